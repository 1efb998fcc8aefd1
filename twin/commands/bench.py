"""``twin bench``: speed of the airflow solver on the default campus (see :mod:`twin.sim.airflow.bench`);
``twin bench --render``: frame rate of the 3-D view (see :mod:`twin.render.bench`)."""

from __future__ import annotations

import argparse

HELP = ("Benchmark the airflow solver: cell updates per second, memory bandwidth, real-time factor, edit latency; "
        "--render: frames per second of the 3-D view at 720p and 1080p, by layer.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--json``, ``--steps`` and ``--settle-timeout``."""
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--steps", type=int, default=20, help="timed solver steps (default 20)")
    parser.add_argument("--settle-timeout", type=float, default=60.0, help="give up waiting for 'settled' after this many wall seconds")
    parser.add_argument("--render", action="store_true",
                        help="benchmark the 3-D view instead: fps at 720p and 1080p, campus only and with the "
                             "temperature slice and plume, frame time by layer")
    parser.add_argument("--rounds", type=int, default=5, help="with --render: interleaved measuring rounds (default 5)")


def run(args: argparse.Namespace) -> int:
    """Run the benchmark and print its figures."""
    import json

    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.sim.airflow.bench import format_report, run_bench

    if args.render:
        return _run_render(args)
    report = run_bench(load_layout(default_layout_path()), steps=args.steps, settle_timeout_s=args.settle_timeout)
    print(json.dumps(report, indent=2) if args.json else format_report(report))
    return 0


def _run_render(args: argparse.Namespace) -> int:
    import json
    import sys

    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.render.bench import format_render_report, run_render_bench

    report = run_render_bench(load_layout(default_layout_path()), rounds=max(1, args.rounds),
                              progress=lambda text: print(text, file=sys.stderr))
    print(json.dumps(report, indent=2) if args.json else format_render_report(report))
    return 0
