"""``twin sweep``: layouts x the wind rose of a weather year, on a Dask cluster, cached.

Every layout's wind rose (``--sectors`` x ``--speeds`` classes of the weather's hours, see
:mod:`twin.sweep.cases`) is solved case by case until settled by the airflow solver
(:func:`twin.sweep.recirculation.sweep_recirculation`, the function ``twin year``, ``twin
compare`` and the window call), each case a task on a local Dask cluster (one worker process
per core) or on an existing one (``--scheduler tcp://HOST:8786``), see
:class:`twin.sweep.dask_executor.DaskExecutor`. Cases already in the sweep cache (keyed by
layout, settings, case, heat and code version) are not submitted; each solved case is cached as
soon as it completes, so a rerun (or a ``twin year`` with the same settings) only solves what is
missing. Then each layout's year of plant figures is run (:func:`twin.sweep.annual.run_year`).

Output (``--out``): CSV (one row per layout x case and one ``annual`` row per layout, units in
the header) or JSON (by the file's suffix). Progress with an estimate of the time left goes to
stderr.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from twin.core.i18n import tr

HELP = ("Sweep layouts x the wind rose of a weather year with the airflow solver on a Dask cluster "
        "(local or --scheduler), cached; write intake rise per hall and annual PUE per layout (CSV or JSON).")

SPEED_CLASS_STEP_MS = 2.5
"""``--speeds N`` puts edges every 2.5 m/s: 3 classes are < 2.5, 2.5-5 and > 5 m/s, the
default of ``twin year`` (so both land on the same cache entries)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``twin sweep`` options."""
    parser.add_argument("--layouts", type=Path, nargs="+", metavar="LAYOUT.geojson",
                        help="layout files to sweep (default: the bundled Escaudain layout)")
    parser.add_argument("--weather", type=Path, metavar="FILE.epw", help="EnergyPlus weather file (default: synthetic year)")
    parser.add_argument("--heatwave", action="store_true", help="splice the 22-27 July 2019 heat wave into the year")
    parser.add_argument("--sectors", type=int, default=8, help="wind sectors of the rose (default 8, as twin year)")
    parser.add_argument("--speeds", type=int, default=3,
                        help="wind speed classes, edges every 2.5 m/s (default 3: < 2.5, 2.5-5, > 5 m/s, as twin year)")
    parser.add_argument("--speed-edges", type=str, default=None, metavar="E1,E2,...",
                        help="explicit edges between speed classes, m/s at 10 m (overrides --speeds)")
    parser.add_argument("--resolution", type=str, default="16", metavar="DX[xDZ]",
                        help="sweep grid cell, m: DX alone sets DZ = 5/8 DX (default 16 -> 16 x 10 m, as twin year; "
                             "8 is the window's 8 x 5 m grid)")
    parser.add_argument("--out", type=Path, metavar="FILE.csv|FILE.json",
                        help="write the results (format from the suffix); without it a summary is printed")
    cluster = parser.add_argument_group("cluster")
    cluster.add_argument("--scheduler", metavar="tcp://HOST:8786",
                         help="run on this existing Dask scheduler (workers started from the same environment, "
                              "OMP_NUM_THREADS=1, --nthreads 1) instead of a local cluster")
    cluster.add_argument("--workers", type=int, default=None,
                         help="worker processes of the local cluster (default: one per core)")
    cluster.add_argument("--retries", type=int, default=2, help="reruns of a case that raised (default 2)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the simulated IT load of the annual figures (default 7)")
    parser.add_argument("--district-supply", type=float, metavar="C", help="district heating supply temperature (default: scenario)")
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="where solved cases are kept (default: the user's cache folder, shared with twin year)")
    parser.add_argument("--no-cache", action="store_true", help="solve every case again and keep nothing")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")


def speed_edges_from(args: argparse.Namespace) -> tuple[float, ...]:
    """The speed-class edges (0, ..., inf) the options ask for.

    Raises
    ------
    ValueError
        On a bad ``--speeds`` or ``--speed-edges``.
    """
    if args.speed_edges is not None:
        try:
            inner = tuple(float(x) for x in args.speed_edges.split(",") if x.strip())
        except ValueError as exc:
            raise ValueError(tr("twin", "--speed-edges must be numbers separated by commas: {text}").format(
                text=args.speed_edges)) from exc
    else:
        if args.speeds < 1:
            raise ValueError(tr("twin", "--speeds must be at least 1, not {n}").format(n=args.speeds))
        inner = tuple(SPEED_CLASS_STEP_MS * k for k in range(1, args.speeds))
    return (0.0, *inner, math.inf)


def resolution_from(text: str) -> tuple[float, float]:
    """``"16"`` -> (16, 10); ``"16x8"`` -> (16, 8).

    Raises
    ------
    ValueError
        On anything else, or a cell not positive.
    """
    parts = text.lower().replace(" ", "").split("x")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        values = []
    if len(values) == 1:
        values.append(values[0] * 5.0 / 8.0)
    if len(values) != 2 or not all(math.isfinite(v) and v > 0 for v in values):
        raise ValueError(tr("twin", "--resolution must be DX or DXxDZ in metres (e.g. 16 or 16x10), not {text}").format(
            text=text))
    return values[0], values[1]


def run(args: argparse.Namespace) -> int:
    """0 on success; 2 on a bad layout, weather file or option; 1 when the cluster fails."""
    from twin.commands import load_campus_or_report
    from twin.commands.year import load_weather_or_report
    from twin.core.paths import default_layout_path
    from twin.sweep.cache import SweepCache
    from twin.sweep.dask_executor import (
        DaskExecutor,
        SweepCaseError,
        WorkerMismatchError,
        light_wind_first,
    )
    from twin.sweep.recirculation import sweep_settings

    def error(message: object) -> None:
        print(tr("twin", "error: {message}").format(message=message), file=sys.stderr)

    paths = list(args.layouts or [default_layout_path()])
    campuses = []
    for path in paths:
        campus = load_campus_or_report(path)
        if campus is None:
            return 2
        campuses.append(campus)
    weather = load_weather_or_report(args)
    if weather is None:
        return 2
    try:
        edges = speed_edges_from(args)
        dx, dz = resolution_from(args.resolution)
        if args.sectors < 1:
            raise ValueError(tr("twin", "--sectors must be at least 1, not {n}").format(n=args.sectors))
        if args.out is not None and args.out.suffix.lower() not in (".csv", ".json"):
            raise ValueError(tr("twin", "--out must end in .csv or .json: {path}").format(path=args.out))
    except ValueError as exc:
        error(exc)
        return 2
    settings = sweep_settings(dx, dz)
    if args.no_cache:
        cache = SweepCache(None)
    elif args.cache_dir is not None:
        cache = SweepCache(args.cache_dir)
    else:
        cache = SweepCache.default()
    quiet = args.quiet

    def say(message: str) -> None:
        if not quiet:
            print(message, file=sys.stderr, flush=True)

    def eta(progress) -> None:
        say("    " + progress.describe())

    started = time.perf_counter()
    names = [Path(p).name for p in paths]
    if len(set(names)) < len(names):
        names = [str(p) for p in paths]
    try:
        executor = DaskExecutor(args.scheduler, n_workers=args.workers, retries=args.retries, progress=eta,
                                announce=say, priority=light_wind_first)
    except ValueError as exc:
        error(exc)
        return 2
    try:
        with executor:
            sweeps = sweep_layouts(
                campuses, weather, executor, settings=settings, sectors=args.sectors, speed_edges=edges, cache=cache,
                progress=[lambda m, name=name: say(f"{name}: {m.strip()}") for name in names])
            t_swept = time.perf_counter()
            stats = list(executor.stats)
            busy_s = executor.busy_s
            cores = executor.cores
            start_s = executor.start_s
    except (SweepCaseError, WorkerMismatchError, OSError, TimeoutError) as exc:
        error(exc)
        return 1
    from twin.sweep.annual import run_year

    years = [run_year(c, weather, recirculation=r, seed=args.seed, district_supply_c=args.district_supply).figures()
             for c, r in zip(campuses, sweeps, strict=True)]
    t_end = time.perf_counter()
    solved = sum(r.solved for r in sweeps)
    summary = {
        "weather_source": weather.label,
        "sectors": args.sectors,
        "speed_edges_ms": [e if math.isfinite(e) else None for e in edges],
        "grid_dx_m": dx,
        "grid_dz_m": dz,
        "grid_shape": list(sweeps[0].results[0].grid_shape) if sweeps and sweeps[0].results else None,
        "cluster": {"scheduler": args.scheduler or "local", "workers": len(executor.worker_infos), "cores": cores,
                    "started": bool(executor.worker_infos)},
        "cases": sum(len(r.results) for r in sweeps),
        "solved_now": solved,
        "from_cache": sum(r.cached for r in sweeps),
        "timing_s": {"cluster_start": round(start_s, 2) if math.isfinite(start_s) else None,
                     "sweep": round(t_swept - started, 2), "cluster_busy": round(busy_s, 2),
                     "annual_figures": round(t_end - t_swept, 2), "total": round(t_end - started, 2)},
        # Throughput of the cluster: solved cases over the time from the first submission to the
        # last completion (the cache look-ups, the design heat and the cluster start excluded).
        "cases_per_hour_per_core": round(solved / (busy_s / 3600.0) / max(cores, 1), 1) if solved and busy_s > 0 else None,
        "case_wall_s_mean": round(sum(s.wall_s for s in stats) / len(stats), 2) if stats else None,
        "worker_peak_rss_mib": round(max(s.peak_rss_mb for s in stats), 1) if stats else None,
        "worker_rss_before_first_case_mib": round(min(s.rss_before_mb for s in stats), 1) if stats else None,
    }
    layouts = []
    for path, rec, fig in zip(paths, sweeps, years, strict=True):
        layouts.append({
            "layout": str(path),
            "annual": {k: fig[k] for k in _ANNUAL_KEYS if k in fig},
            "cases": rec.by_case(),
            "warnings": list(rec.messages),
        })
    for rec, name in zip(sweeps, names, strict=True):
        for message in rec.messages:
            print(tr("twin", "warning: {message}").format(message=f"{name}: {message}"), file=sys.stderr)
    document = {**summary, "layouts": layouts}
    if args.out is not None:
        from twin.core.files import write_text_atomically

        text = json.dumps(document, indent=2) + "\n" if args.out.suffix.lower() == ".json" else results_csv(layouts)
        try:
            write_text_atomically(args.out, text)
        except OSError as exc:
            error(tr("twin", "cannot write {path}: {reason}").format(path=args.out, reason=exc.strerror or exc))
            return 1
    _print_summary(summary, layouts, names)
    return 0


def sweep_layouts(campuses, weather, executor, *, progress=None, **options):
    """:func:`~twin.sweep.recirculation.sweep_recirculation` of every campus on one executor at once.

    One thread per layout submits that layout's uncached cases and waits on them, so every
    layout's cases are on the cluster together (the threads only wait; the solving happens in the
    workers). ``progress`` is one callback per layout (or None); ``options`` go to
    ``sweep_recirculation`` (settings, sectors, speed_edges, cache, ...). Returns the
    :class:`~twin.sweep.recirculation.Recirculation` of each campus, in order; the first
    exception of any layout is raised.
    """
    from twin.sweep.recirculation import sweep_recirculation

    progress = list(progress) if progress is not None else [None] * len(campuses)

    def one(i: int):
        return sweep_recirculation(campuses[i], weather, executor=executor, progress=progress[i], **options)

    if not campuses:
        return []
    with ThreadPoolExecutor(max_workers=min(len(campuses), 16)) as pool:
        return list(pool.map(one, range(len(campuses))))


_ANNUAL_KEYS = (
    "annual_pue", "annual_pue_by_building", "mean_intake_rise_k_by_building", "chiller_hours",
    "chiller_hours_by_building", "free_cooling_hours", "water_m3", "heat_exported_mwh", "homes_equivalent",
    "mean_reserve_air_rise_k",
)


def results_csv(layouts: list[dict]) -> str:
    """CSV text: one ``case`` row per layout x wind case, one ``annual`` row per layout; units in the header.

    On an ``annual`` row the intake rise of a hall is its mean over the year's hours (each hour
    its case's rise x that hour's heat to air / design heat); on a ``case`` row it is the case's
    settled mean at the design heat.
    """
    halls: list[str] = []
    for layout in layouts:
        for b in layout["annual"].get("mean_intake_rise_k_by_building", {}):
            if b not in halls:
                halls.append(b)
        for case in layout["cases"]:
            for b in case["intake_rise_k"]:
                if b not in halls:
                    halls.append(b)
    header = ["layout", "row", "wind_from [deg]", "wind_speed_10m [m/s]", "ambient [C]", "hours [h]", "settled",
              "steps", "cached", "case_wall [s]", *(f"intake_rise_{b} [K]" for b in halls), "reserve_air_rise [K]",
              "annual_pue [-]", *(f"annual_pue_{b} [-]" for b in halls), "chiller_hours [h]", "water [m3]",
              "heat_exported [MWh]", "homes_equivalent [homes]"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)

    def cell(v: object) -> object:
        return "" if v is None or (isinstance(v, float) and not math.isfinite(v)) else v

    for layout in layouts:
        for case in layout["cases"]:
            rise = case["intake_rise_k"]
            writer.writerow([layout["layout"], "case", case["wind_from_deg"], case["wind_speed_ms"], case["ambient_c"],
                             case["hours"], case["settled"], case["steps"], case["cached"], case["wall_s"],
                             *(cell(rise.get(b)) for b in halls), cell(case["reserve_rise_k"]),
                             *([""] * (len(halls) + 5))])
        a = layout["annual"]
        rise = a.get("mean_intake_rise_k_by_building", {})
        pue = a.get("annual_pue_by_building", {})
        writer.writerow([layout["layout"], "annual", "", "", "", sum(c["hours"] for c in layout["cases"]), "", "", "", "",
                         *(cell(rise.get(b)) for b in halls), cell(a.get("mean_reserve_air_rise_k")),
                         cell(a.get("annual_pue")), *(cell(pue.get(b)) for b in halls), cell(a.get("chiller_hours")),
                         cell(a.get("water_m3")), cell(a.get("heat_exported_mwh")), cell(a.get("homes_equivalent"))])
    return buffer.getvalue()


def _print_summary(summary: dict, layouts: list[dict], names: list[str]) -> None:
    from twin.commands.year import no_data

    t = summary["timing_s"]
    print(tr("twin", "{cases} cases ({solved} solved now, {cached} from cache) on {cores} cores in {sweep:.1f} s "
                     "({rate} cases per hour per core; worker peak {rss} MiB)").format(
        cases=summary["cases"], solved=summary["solved_now"], cached=summary["from_cache"],
        cores=summary["cluster"]["cores"], sweep=t["cluster_busy"], rate=no_data(summary["cases_per_hour_per_core"], "g"),
        rss=no_data(summary["worker_peak_rss_mib"], "g")))
    for name, layout in zip(names, layouts, strict=True):
        a = layout["annual"]
        rises = ", ".join(f"{b} {v:.2f} K" for b, v in a.get("mean_intake_rise_k_by_building", {}).items())
        print(tr("twin", "{name}: annual PUE {pue}; mean intake rise {rises}").format(
            name=name, pue=no_data(a.get("annual_pue"), ".4f"), rises=rises))
