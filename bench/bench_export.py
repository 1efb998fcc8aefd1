"""Time a day animation at 1920x1080, 30 fps: solver, plant, render and H.264 encoding.

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python bench/bench_export.py [--frames 90] [--seconds 60] [--size 1920x1080]

Renders the first ``--frames`` frames of a ``--seconds`` s day clip (so the solver takes the
steps per frame the full clip would), encodes them to an MP4 as ``twin animate`` does, and
prints the measured time per frame of each stage and the full clip's time extrapolated from
them (``frames x per-frame time``; say "extrapolated from N frames" when quoting it). With
``--frames`` equal to ``fps x seconds`` it measures the whole clip instead. It also prints the
process's CPU seconds per frame and the machine's load average: on a shared machine the wall
time measures the contention as much as the exporter.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=90)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--fps", type=float, default=30.0)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--kind", default="day", choices=("day", "tour", "orbit"))
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from twin.core.paths import default_layout_path
    from twin.io.export.provenance import layout_identity
    from twin.io.export.video import VideoWriter
    from twin.io.layout import load_layout
    from twin.render.animation import Animation, AnimationSpec, solver_steps_per_frame
    from twin.render.snapshot import basic_info
    from twin.session import TwinSession

    campus = load_layout(default_layout_path())
    spec = AnimationSpec(kind=args.kind, size=(width, height), fps=args.fps, seconds=args.seconds)
    frames = min(args.frames, spec.frames)
    info = basic_info(campus, *layout_identity(campus, None))
    load_before = os.getloadavg()[0]
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    animation = Animation(campus, spec, info, session_factory=TwinSession)
    setup_s = time.perf_counter() - t0
    cpu_setup = time.process_time() - cpu0
    render_s = encode_s = 0.0
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "bench.mp4"
        with VideoWriter(out, spec.size, spec.fps, frames) as video:
            for _ in range(frames):
                t = time.perf_counter()
                image = next(animation)
                render_s += time.perf_counter() - t
                t = time.perf_counter()
                video.write(image)
                encode_s += time.perf_counter() - t
            t = time.perf_counter()
        encode_s += time.perf_counter() - t  # the encoder's flush at close
        size_bytes = out.stat().st_size
    cpu_frames = time.process_time() - cpu0 - cpu_setup  # this process's threads (llvmpipe's included), not ffmpeg's
    animation.close()
    per_frame = (render_s + encode_s) / frames
    result = {
        "kind": args.kind, "size": f"{width}x{height}", "fps": args.fps, "clip_seconds": args.seconds,
        "clip_frames": spec.frames, "frames_measured": frames,
        "solver_steps_per_frame": solver_steps_per_frame(spec.frames) if args.kind == "day" else 0,
        "setup_s": round(setup_s, 2),
        "frame_s (solver + plant + render)": round(render_s / frames, 4),
        "encode_s_per_frame": round(encode_s / frames, 4),
        "mp4_bytes_per_frame": round(size_bytes / frames),
        "clip_time_s": round(setup_s + per_frame * spec.frames, 1),
        "clip_time_is": "measured" if frames == spec.frames else f"extrapolated from {frames} frames",
        "cpu_s_per_frame (this process, all its threads)": round(cpu_frames / frames, 4),
        "cpu_count": os.cpu_count(),
        "load_average_1min (before, after)": (round(load_before, 1), round(os.getloadavg()[0], 1)),
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
