"""Benchmark the campus airflow solver from a source checkout.

Same figures as ``twin bench --json`` (see :mod:`twin.sim.airflow.bench`), plus an optional profile of
one step by phase. Run from the repository root::

    .venv/bin/python bench/bench_airflow.py [--steps 20] [--profile]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    """Parse the options, run the benchmark and print JSON."""
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.sim.airflow.bench import run_bench

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--settle-timeout", type=float, default=60.0)
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of 5 steps")
    args = parser.parse_args()
    campus = load_layout(default_layout_path())
    print(json.dumps(run_bench(campus, steps=args.steps, settle_timeout_s=args.settle_timeout), indent=2))
    if args.profile:
        import cProfile
        import pstats

        from twin.sim.airflow.solver import CampusAirflow

        solver = CampusAirflow(campus)
        for _ in range(3):
            solver.step()
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(5):
            solver.step()
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(20)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
