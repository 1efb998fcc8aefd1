"""``twin bench``: speed of the airflow solver on the default campus (see :mod:`twin.sim.airflow.bench`)."""

from __future__ import annotations

import argparse

HELP = "Benchmark the airflow solver: cell updates per second, memory bandwidth, real-time factor, edit latency."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--json``, ``--steps`` and ``--settle-timeout``."""
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--steps", type=int, default=20, help="timed solver steps (default 20)")
    parser.add_argument("--settle-timeout", type=float, default=60.0, help="give up waiting for 'settled' after this many wall seconds")


def run(args: argparse.Namespace) -> int:
    """Run the benchmark and print its figures."""
    import json

    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.sim.airflow.bench import format_report, run_bench

    report = run_bench(load_layout(default_layout_path()), steps=args.steps, settle_timeout_s=args.settle_timeout)
    print(json.dumps(report, indent=2) if args.json else format_report(report))
    return 0
