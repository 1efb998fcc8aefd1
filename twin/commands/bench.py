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
    parser.add_argument("--compile", action="store_true",
                        help="only compile the solver's kernels into the JIT cache (or load them from it) and report "
                             "the time and the cache folder; nonzero if the compiled solver is unavailable")
    parser.add_argument("--backends", default="8,4", metavar="DX,DX",
                        help="cell sizes (m) at which numpy and the compiled (numba) solver are timed side by side "
                             "(default 8,4; 'none' skips the comparison)")


def run(args: argparse.Namespace) -> int:
    """Run the benchmark and print its figures."""
    import json

    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.sim.airflow.bench import format_report, run_bench

    if args.render:
        return _run_render(args)
    if args.compile:
        return _run_compile(args)
    campus = load_layout(default_layout_path())
    comparison = None
    if args.backends.strip().lower() != "none":
        import sys

        from twin.sim.airflow.bench import backend_comparison

        try:
            sizes = tuple(float(x) for x in args.backends.split(","))
        except ValueError:
            from twin.core.i18n import tr

            print(tr("bench", "--backends expects cell sizes in metres such as 8,4, not {v!r}").format(v=args.backends), file=sys.stderr)
            return 2
        comparison = backend_comparison(campus, resolutions=sizes, progress=lambda text: print(text, file=sys.stderr))
    else:
        from twin.sim.airflow.backend import select_backend

        select_backend("numpy")
    report = run_bench(campus, steps=args.steps, settle_timeout_s=args.settle_timeout)
    from twin.sim.airflow.backend import status as backend_status

    report["solver_backend"] = backend_status().active
    if comparison is not None:
        report["backends_side_by_side"] = comparison
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


def _run_compile(args: argparse.Namespace) -> int:
    """``--compile``: compile (or load) the kernels now, in this process, and say how it went."""
    import json
    import os
    import time

    from twin.sim.airflow import backend

    t0 = time.perf_counter()
    st = backend.select_backend("numba", background=False)
    # the folder numba used: the user's cache folder unless NUMBA_CACHE_DIR chose another
    cache = os.environ.get("NUMBA_CACHE_DIR", str(backend.jit_cache_dir()))
    report = {"active": st.active, "state": st.state, "message": st.message, "wall_s": round(time.perf_counter() - t0, 2),
              "jit_cache_dir": cache, "seeded_from_bundle": backend.seeded_files()}
    counts = backend.jit_cache_statistics()
    report["kernels_compiled"], report["kernels_from_cache"] = counts["compiled"], counts["from_cache"]
    from twin.core.i18n import format_number, tr

    line = tr("bench", "{message} ({s} s; {hits} kernels from the cache, {compiled} compiled; cache {cache})").format(
        message=st.message, s=format_number(report["wall_s"], 2), hits=counts["from_cache"], compiled=counts["compiled"], cache=cache)
    print(json.dumps(report, indent=2) if args.json else line)
    return 0 if st.active == "numba" else 1
