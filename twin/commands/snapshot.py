"""``twin snapshot``: render the campus to a PNG with no display (offscreen EGL).

With ``--overlay`` the airflow and heat solver first runs on the layout (in this process, no
thread) until its solution is settled or ``--max-steps`` is reached, printing its progress.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from twin.commands import load_campus_or_report

HELP = "Render the campus to a PNG or JPEG image of any size offscreen (no display needed), optionally with wind and heat overlays."
OVERLAY_NAMES = ("temperature", "vertical", "plume", "wind", "recirculation")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1600x900, got {text!r}") from None
    if not (16 <= width <= 8192 and 16 <= height <= 8192):
        raise argparse.ArgumentTypeError(f"size must be between 16 and 8192 pixels a side, got {text!r}")
    return width, height


def _wind(text: str) -> tuple[float, float]:
    try:
        direction, speed = (float(part) for part in text.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"wind must look like 240/5 (from 240 degrees at 5 m/s), got {text!r}") from None
    if not (0.0 <= direction < 360.0 and 0.0 <= speed <= 30.0):  # 0 m/s: calm air, a supported regime
        raise argparse.ArgumentTypeError(f"wind direction must be 0-359 degrees and speed 0-30 m/s, got {text!r}")
    return direction, speed


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from twin.model.views import CAMERA_PRESETS

    parser.add_argument("--out", type=Path, required=True, help="image to write: .png (with provenance text chunks) or .jpg")
    parser.add_argument("--layout", type=Path, help="layout file (GeoJSON); default: the bundled Escaudain campus")
    parser.add_argument("--camera", default="overview", choices=CAMERA_PRESETS, help="camera preset (default: overview)")
    parser.add_argument("--size", type=_size, default=(1600, 900), metavar="WxH", help="image size (default: 1600x900)")
    parser.add_argument("--overlay", action="append", choices=OVERLAY_NAMES, default=[],
                        help="field overlay to draw (repeatable); runs the airflow solver first")
    parser.add_argument("--wind", type=_wind, metavar="DIR/SPEED",
                        help="wind from DIR degrees (clockwise from north) at SPEED m/s at 10 m; default: the layout's scenario")
    parser.add_argument("--ambient", type=float, metavar="C", help="air temperature, C; default: the layout's scenario")
    parser.add_argument("--height", type=float, default=30.0, metavar="M", help="height of the temperature slice and wind arrows (default 30 m)")
    parser.add_argument("--max-steps", type=int, default=300, help="solver steps at most before rendering (default 300)")


def write_snapshot(layout: Path | None, out: Path, camera: str, size: tuple[int, int], overlays=(), wind=None,
                   ambient: float | None = None, height_m: float = 30.0, max_steps: int = 300) -> int:
    """Load ``layout`` (default campus if ``None``), render it and write ``out``; return an exit code.

    The image goes through the same path as File > Export snapshot in the window
    (:func:`twin.render.snapshot.write_snapshot`): its format follows the extension (PNG with
    provenance text chunks, or JPEG) and its caption states layout, weather, overlays and the
    solver's state.
    """
    from twin.core.i18n import tr
    from twin.render.snapshot import ExportError, image_format_for

    try:
        image_format_for(out)
    except ExportError as error:
        print(str(error), file=sys.stderr)
        return 2
    campus = load_campus_or_report(layout)
    if campus is None:
        return 2
    out.parent.mkdir(parents=True, exist_ok=True)
    frame = _solve(campus, wind, ambient, max_steps) if overlays else None

    from twin.io.export.provenance import layout_identity
    from twin.render.scene import overlay_name, solver_state_text
    from twin.render.snapshot import SnapshotRequest, basic_info, solver_state
    from twin.render.snapshot import write_snapshot as render_and_write

    info = basic_info(campus, *layout_identity(campus, layout))
    if wind is not None or ambient is not None:
        info = info.replace(weather_source=tr("Snapshot", "given on the command line"))
    if frame is not None:
        state, detail = solver_state(frame)
        info = info.replace(wind_from_deg=frame.weather.wind_from_deg, wind_speed_ms=frame.weather.wind_speed_ms,
                            ambient_c=frame.weather.ambient_c, overlays=tuple(overlays), solver_state=state,
                            solver_detail=detail)
    elif wind is not None or ambient is not None:
        info = info.replace(wind_from_deg=wind[0] if wind else info.wind_from_deg,
                            wind_speed_ms=wind[1] if wind else info.wind_speed_ms,
                            ambient_c=ambient if ambient is not None else info.ambient_c)
    request = SnapshotRequest(campus, info, size, camera, frame, tuple(overlays), height_m)
    try:
        render_and_write(request, out)
    except ExportError as error:
        print(str(error), file=sys.stderr)
        return 2
    print(tr("Snapshot", "wrote {out} ({w}x{h}, camera {camera}{overlays}, airflow {state})").format(
        out=out, w=size[0], h=size[1], camera=camera,
        overlays=(tr("Snapshot", ", overlays {names}").format(names=", ".join(overlay_name(o) for o in overlays)) if overlays else ""),
        state=solver_state_text(info.solver_state)))
    return 0


def _solve(campus, wind, ambient, max_steps):
    """Run the solver synchronously until settled (or ``max_steps``), reporting progress."""
    from twin.sim.airflow.domain import AirflowSettings
    from twin.sim.airflow.runner import AirflowRunner

    settings = AirflowSettings(
        wind_from_deg=wind[0] if wind else None,
        wind_speed_ms=wind[1] if wind else None,
        ambient_c=ambient,
    )
    runner = AirflowRunner(campus, settings, synchronous=True)
    frame = runner.latest()
    started = time.perf_counter()
    print(f"solving wind and heat on {frame.grid.shape[0]}x{frame.grid.shape[1]}x{frame.grid.shape[2]} cells "
          f"(wind from {frame.weather.wind_from_deg:.0f} deg at {frame.weather.wind_speed_ms:g} m/s)…", file=sys.stderr)
    for step in range(1, max_steps + 1):
        frame = runner.step_now(1)
        # frame.state is never "settled" after a roll-back (the run is then reported as
        # settling with its count) and "invalid" once the solver gave up: stop there too
        done = frame.state in ("settled", "invalid")
        if step % 25 == 0 or done:
            rolled = f", {frame.rollbacks_since_edit} roll-backs" if frame.rollbacks_since_edit else ""
            print(f"  step {step}: {frame.sim_time_s:.0f} s simulated, {frame.state}{rolled}, "
                  f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
        if done:
            break
    for message in frame.messages:
        print(f"  solver: {message}", file=sys.stderr)
    if not frame.valid:
        from twin.core.i18n import tr

        print(tr("Snapshot", "  solver: the airflow field is INVALID; the overlays are drawn greyed"), file=sys.stderr)
    return frame


def run(args: argparse.Namespace) -> int:
    return write_snapshot(args.layout, args.out, args.camera, args.size, tuple(args.overlay), args.wind,
                          args.ambient, args.height, args.max_steps)
