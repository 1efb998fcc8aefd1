"""``twin animate``: a day on the campus, a tour or an orbit, to H.264 MP4 or GIF, offscreen.

Frames come from :mod:`twin.render.animation` (the snapshot path, so every frame carries the
caption), the file from :class:`twin.io.export.video.VideoWriter` (written beside the target
and renamed when complete: an interrupted or failed export leaves no half-written file).
Progress and the estimated time left go to stderr.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from twin.commands import load_campus_or_report
from twin.commands.snapshot import OVERLAY_NAMES, _size

HELP = "Render an animation (a simulated day, a tour of the views, an orbit) to an MP4 (H.264) or GIF offscreen."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, help="video to write: .mp4 (H.264, yuv420p) or .gif")
    parser.add_argument("--kind", choices=("day", "tour", "orbit"), default="day",
                        help="day: 24 h of load, plant, weather and airflow; tour: the guided tour beside the layout (else the camera presets); orbit: a turn around the campus")
    parser.add_argument("--layout", type=Path, help="layout file (GeoJSON); default: the bundled Escaudain campus")
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--date", help="simulated day for --kind day, YYYY-MM-DD (default 2030-06-21)")
    when.add_argument("--heatwave", action="store_true", help="play the reconstructed 25 July 2019 heat wave (day)")
    parser.add_argument("--size", type=_size, default=(1920, 1080), metavar="WxH", help="frame size (default 1920x1080)")
    parser.add_argument("--fps", type=float, default=30.0, help="frames per second (default 30)")
    parser.add_argument("--seconds", type=float, default=20.0, help="clip length in seconds (default 20)")
    parser.add_argument("--overlay", action="append", choices=OVERLAY_NAMES, default=[],
                        help="field overlay (repeatable); day default: temperature and recirculation")
    parser.add_argument("--dx", type=float, default=16.0, metavar="M", help="solver cell size for the animation, m (default 16)")
    parser.add_argument("--lang", choices=("en", "fr"), help="language of the captions (default: English)")
    parser.add_argument("--pvd", type=Path, metavar="FILE.pvd",
                        help="day: also write the wind and heat fields as a ParaView time series (.pvd + one .vti per step)")
    parser.add_argument("--pvd-every", type=float, default=3600.0, metavar="S",
                        help="simulated seconds between two .pvd steps (default 3600)")


class Progress:
    """A one-line progress bar with frames per second and time left, on stderr."""

    def __init__(self, total: int, label: str, stream=sys.stderr) -> None:
        self.total = total
        self.label = label
        self.stream = stream
        self.started = time.perf_counter()
        self._last = 0.0

    def update(self, done: int) -> None:
        now = time.perf_counter()
        if done < self.total and now - self._last < 0.5:
            return
        self._last = now
        elapsed = now - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        left = (self.total - done) / rate if rate > 0 else float("nan")
        width = 30
        filled = int(width * done / max(self.total, 1))
        eta = f"{int(left // 60)}:{int(left % 60):02d}" if left == left else "?"
        speed = f"{rate:.1f} frames/s" if rate >= 1.0 else f"{1.0 / rate:.1f} s/frame" if rate > 0 else "…"
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} "
                          f"{speed}, {eta} left ")
        if done >= self.total:
            self.stream.write("\n")
        self.stream.flush()


_app = None
"""The Qt Core application that holds the translators (kept alive for the whole command)."""


def install_language(lang: str | None) -> None:
    """Install the French or English catalogue for the captions (Qt Core only, no widgets)."""
    global _app
    if not lang or lang == "en":
        return
    try:
        from PySide6.QtCore import QCoreApplication

        from twin.ui.i18n import LanguageManager
    except ImportError:
        print(f"captions stay in English: no {lang} catalogue in this build", file=sys.stderr)
        return
    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    if not LanguageManager(_app).set_language(lang):
        print(f"captions stay in English: the {lang} catalogue could not be loaded", file=sys.stderr)


def make_animation(out: Path, kind: str, layout: Path | None, date: str | None, heatwave: bool,
                   size: tuple[int, int], fps: float, seconds: float, overlays=(), dx_m: float = 16.0,
                   pvd: Path | None = None, pvd_every_s: float = 3600.0) -> int:
    """Render and write the animation; return an exit code (timings printed on stderr)."""
    from twin.core.i18n import tr
    from twin.core.provenance import ExportError
    from twin.io.export.provenance import layout_identity
    from twin.io.export.video import VideoWriter, check_video
    from twin.render.animation import Animation, AnimationSpec
    from twin.render.snapshot import basic_info
    from twin.session import TwinSession

    spec = AnimationSpec(kind=kind, size=size, fps=fps, seconds=seconds, overlays=tuple(overlays), date=date or "",
                         heatwave=heatwave, dx_m=dx_m)
    try:
        spec.check()
        check_video(out, size, spec.frames)
    except ExportError as error:
        print(str(error), file=sys.stderr)
        return 2
    if pvd is not None and (kind != "day" or pvd.suffix.lower() != ".pvd" or pvd_every_s <= 0):
        print(tr("Animate", "--pvd needs --kind day, a .pvd file name and a positive --pvd-every"), file=sys.stderr)
        return 2
    campus = load_campus_or_report(layout)
    if campus is None:
        return 2
    out.parent.mkdir(parents=True, exist_ok=True)
    info = basic_info(campus, *layout_identity(campus, layout))
    series = None
    if pvd is not None:
        from twin.render.export_fields import PvdSeries

        pvd.parent.mkdir(parents=True, exist_ok=True)
        series = PvdSeries(pvd)
    next_step_s = 0.0
    started = time.perf_counter()
    tour = _tour_for(layout) if kind == "tour" else None
    with Animation(campus, spec, info, session_factory=TwinSession, tour=tour) as animation:
        if kind != "day" and animation.overlays:
            print(tr("Animate", "settling the airflow on the layout's design weather…"), file=sys.stderr)
            animation.prepare()
        progress = Progress(spec.frames, tr("Animate", "rendering {kind}").format(kind=kind))
        try:
            with VideoWriter(out, size, fps, spec.frames) as video:
                for index, image in enumerate(animation, start=1):
                    video.write(image)
                    if series is not None and animation.field_frame is not None and animation.elapsed_s >= next_step_s:
                        series.add(animation.field_frame, campus, animation.elapsed_s, animation.last_info)
                        next_step_s += pvd_every_s
                    progress.update(index)
        except KeyboardInterrupt:
            print("\n" + tr("Animate", "cancelled: {out} was not written").format(out=out), file=sys.stderr)
            return 130
        except (ExportError, OSError) as error:
            print("\n" + tr("Animate", "failed, {out} was not written: {error}").format(out=out, error=error), file=sys.stderr)
            return 1
    elapsed = time.perf_counter() - started
    print(tr("Animate", "wrote {out} ({frames} frames, {w}x{h} at {fps:g} fps, {seconds:g} s) in {elapsed:.1f} s").format(
        out=out, frames=spec.frames, w=size[0], h=size[1], fps=fps, seconds=spec.frames / fps, elapsed=elapsed))
    return 0


def _tour_for(layout: Path | None):
    """The guided tour beside the layout (``X.tour.json``), or None to tour the camera presets."""
    from twin.core.paths import default_layout_path

    try:
        from twin.io.tour import TourError, load_tour, tour_path_for
    except ImportError:  # a build without guided tours
        return None
    path = tour_path_for(layout or default_layout_path())
    if not path.exists():
        return None
    try:
        return load_tour(path)
    except TourError as error:
        print(f"not following the guided tour: {error}", file=sys.stderr)
        return None


def run(args: argparse.Namespace) -> int:
    install_language(args.lang)
    return make_animation(args.out, args.kind, args.layout, args.date, args.heatwave, args.size, args.fps,
                          args.seconds, tuple(args.overlay), args.dx, args.pvd, args.pvd_every)
