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


def run(args: argparse.Namespace) -> int:
    """Run the validation and print the table (or JSON); nonzero if a gate fails."""
    import json
    import sys
    import time

    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.sim.airflow.validation import format_table, rows_as_dicts, run_validation

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
