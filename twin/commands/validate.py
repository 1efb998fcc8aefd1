"""``twin validate``: run the solver validation cases and print the comparison table.

Exit status 0 when every gated row passes, 1 otherwise. See :mod:`twin.sim.airflow.validation` for
the cases, references and gates.
"""

from __future__ import annotations

import argparse

HELP = "Validate the airflow solver against exact solutions and published benchmarks (Ghia et al. cavity)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--quick`` and ``--json``."""
    parser.add_argument("--quick", action="store_true", help="coarser cavity grids and a shorter campus run (about a minute)")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON instead of a table")
    parser.add_argument("--stability", action="store_true",
                        help="run the stability sweep instead (default campus, 12 directions x 8 speeds x 3 air "
                             "temperatures x 20 simulated minutes, and an edit sequence; hours at full resolution)")
    parser.add_argument("--subset", metavar="SPEC",
                        help="with --stability: 'quick' (a few cases) or e.g. 'speeds=0,1,3;dirs=60,240;ambients=41.5'")
    parser.add_argument("--coarse", action="store_true", help="with --stability: the 16 m x 8 m test grid")
    parser.add_argument("--duration", type=float, default=1200.0, metavar="S",
                        help="with --stability: simulated seconds per case (default 1200)")


def run(args: argparse.Namespace) -> int:
    """Run the validation and print the table (or JSON); nonzero if a gate fails."""
    import json
    import sys
    import time

    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.sim.airflow.validation import format_table, rows_as_dicts, run_validation

    if getattr(args, "stability", False):
        return _run_stability(args)
    t0 = time.perf_counter()
    log = None if args.json else (lambda msg: print(f"  {msg}", file=sys.stderr, flush=True))
    rows = run_validation(quick=args.quick, log=log, campus=load_layout(default_layout_path()))
    from twin.sim.acoustics.validation import rows as acoustics_rows
    from twin.sim.farfield.validation import rows as farfield_rows

    rows += acoustics_rows() + farfield_rows()  # ISO 9613-2 (noise at homes), Briggs plume rise
    failed = [r for r in rows if r.passed is False]
    if args.json:
        print(json.dumps({"rows": rows_as_dicts(rows), "failed": len(failed), "seconds": round(time.perf_counter() - t0, 1)}, indent=2))
    else:
        print(format_table(rows))
        gated = sum(r.passed is not None for r in rows)
        print(f"\n{gated - len(failed)}/{gated} gated rows pass ({time.perf_counter() - t0:.0f} s)")
    return 1 if failed else 0


def _run_stability(args: argparse.Namespace) -> int:
    """``--stability``: print the sweep table (see :mod:`twin.sim.airflow.stability`); nonzero if a case fails."""
    import json

    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.sim.airflow.stability import print_sweep, run_sweep

    try:
        rows = run_sweep(load_layout(default_layout_path()), coarse=args.coarse, subset=args.subset, duration_s=args.duration)
        if args.json:
            import dataclasses

            done = [dict(dataclasses.asdict(r), passed=r.passed) for r in rows]
            print(json.dumps({"rows": done, "failed": sum(not r["passed"] for r in done)}, indent=2))
            return 1 if any(not r["passed"] for r in done) else 0
        done = print_sweep(rows, lambda line: print(line, flush=True))
    except ValueError as exc:  # a bad --subset
        print(f"twin validate: {exc}")
        return 2
    return 1 if any(not r.passed for r in done) else 0
