"""``twin year``: run the cooling plant hour by hour over a year and print annual figures.

The IT load is the simulated training/inference profile (:mod:`twin.live.simulated`) on the
twin's 2030 calendar, the weather the bundled synthetic year, an EPW file, and/or the July 2019
heat wave spliced in. The recirculation (warm air from the halls' own plumes reaching their
coolers) comes from the airflow solver swept over the weather's wind rose, each wind case
solved once until settled and cached (:mod:`twin.sweep`), so moving a hall into another's
plume changes the annual PUE, chiller hours and water. Everything is computed by
:func:`twin.sweep.annual.run_year`, the same code the window's annual figures use.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from twin.core.i18n import tr

if TYPE_CHECKING:  # type names only; the modules are imported inside run() to keep startup light
    from twin.sim.plant import PlantResult
    from twin.sim.weather import WeatherYear

HELP = "Run the cooling plant over a year of hourly weather, with recirculation from the airflow solver, and print PUE, chiller hours, heat exported, water."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``twin year`` options."""
    parser.add_argument(
        "--layout", type=Path, help="campus layout file (default: bundled Escaudain layout)"
    )
    add_weather_arguments(parser)
    parser.add_argument(
        "--csv",
        type=Path,
        metavar="FILE",
        help="write the hourly campus table to FILE (atomically)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")


def add_weather_arguments(parser: argparse.ArgumentParser) -> None:
    """Options shared with ``twin compare``: weather, load seed, district supply and the sweep."""
    parser.add_argument(
        "--weather",
        type=Path,
        metavar="FILE.epw",
        help="EnergyPlus weather file (default: synthetic year)",
    )
    parser.add_argument(
        "--heatwave",
        action="store_true",
        help="splice the 22-27 July 2019 heat wave (41.5 C) into the year",
    )
    parser.add_argument(
        "--district-supply",
        type=float,
        metavar="C",
        help="district heating supply temperature (default: scenario)",
    )
    parser.add_argument(
        "--seed", type=int, default=7, help="seed of the simulated IT load (default 7)"
    )
    sweep = parser.add_argument_group("recirculation sweep (airflow solver over the wind rose)")
    sweep.add_argument("--no-airflow", action="store_true",
                       help="skip the airflow sweep: intake air at ambient (the old, layout-blind figures)")
    sweep.add_argument("--sectors", type=int, default=8, help="wind sectors of the rose (default 8)")
    sweep.add_argument("--speed-edges", type=str, default="2.5,5",
                       help="edges between wind speed classes, m/s at 10 m (default 2.5,5: three classes)")
    sweep.add_argument("--sweep-dx", type=float, default=None, metavar="M",
                       help="horizontal cell of the sweep grid (default 16 m; the window uses 8 m)")
    sweep.add_argument("--sweep-dz", type=float, default=None, metavar="M",
                       help="vertical cell of the sweep grid (default 10 m; the window uses 5 m)")
    sweep.add_argument("--cache-dir", type=Path, default=None,
                       help="where solved wind cases are kept (default: the user's cache folder)")
    sweep.add_argument("--no-cache", action="store_true", help="solve every wind case again and keep nothing")
    sweep.add_argument("--scheduler", metavar="tcp://HOST:8786", default=None,
                       help="solve the wind cases on this Dask scheduler (see twin sweep); 'local' starts a local "
                            "cluster of one process per core (default: one after another in this process)")
    sweep.add_argument("--quiet", action="store_true", help="no progress on stderr")


def load_weather_or_report(args: argparse.Namespace) -> WeatherYear | None:
    """The weather the options ask for, or None after printing why it cannot be read."""
    from twin.io.epw import EpwError, read_epw
    from twin.sim.weather import synthetic_year, with_heatwave

    try:
        weather = read_epw(args.weather) if args.weather else synthetic_year()
        if args.heatwave:
            weather = with_heatwave(weather)
    except (EpwError, ValueError, OSError) as exc:
        print(tr("twin", "error: {message}").format(message=exc), file=sys.stderr)
        return None
    return weather


def sweep_for(campus, weather, args: argparse.Namespace):
    """The recirculation sweep the options ask for (None with ``--no-airflow``).

    Raises
    ------
    ValueError
        On bad ``--sectors`` / ``--speed-edges``, or a ``--scheduler`` that cannot run the cases.
    """
    if args.no_airflow:
        return None
    import math

    from twin.sweep.cache import SweepCache
    from twin.sweep.recirculation import (
        SWEEP_DX_M,
        SWEEP_DZ_M,
        stderr_progress,
        sweep_recirculation,
        sweep_settings,
    )

    try:
        inner = tuple(float(x) for x in args.speed_edges.split(",") if x.strip())
    except ValueError as exc:
        raise ValueError(tr("twin", "--speed-edges must be numbers separated by commas: {text}").format(
            text=args.speed_edges)) from exc
    edges = (0.0, *inner, math.inf)
    if args.no_cache:
        cache = SweepCache(None)
    elif args.cache_dir is not None:
        cache = SweepCache(args.cache_dir)
    else:
        cache = SweepCache.default()
    settings = sweep_settings(args.sweep_dx or SWEEP_DX_M, args.sweep_dz or SWEEP_DZ_M)
    scheduler = getattr(args, "scheduler", None)
    if not scheduler:
        return sweep_recirculation(campus, weather, settings=settings, sectors=args.sectors, speed_edges=edges,
                                   cache=cache, progress=None if args.quiet else stderr_progress)
    from twin.sweep.dask_executor import DaskExecutor

    # The cluster starts only if a case is missing from the cache (twin.sweep.dask_executor).
    try:
        with DaskExecutor(None if scheduler == "local" else scheduler,
                          announce=None if args.quiet else stderr_progress) as executor:
            return sweep_recirculation(campus, weather, settings=settings, sectors=args.sectors, speed_edges=edges,
                                       cache=cache, executor=executor, progress=None if args.quiet else stderr_progress)
    except (RuntimeError, OSError, TimeoutError) as exc:  # unreachable scheduler, foreign workers, failed case
        raise ValueError(tr("twin", "--scheduler {address}: {message}").format(address=scheduler, message=exc)) from exc


def run(args: argparse.Namespace) -> int:
    """Run the annual simulation; 0 on success, 2 on a bad layout, weather file or option."""
    t_start = time.perf_counter()
    from twin.commands import load_campus_or_report
    from twin.core.paths import default_layout_path
    from twin.sim.plant import HOMES_ASSUMPTION, PlantConfig
    from twin.sweep.annual import run_year

    campus = load_campus_or_report(args.layout)
    if campus is None:
        return 2
    weather = load_weather_or_report(args)
    if weather is None:
        return 2
    t_inputs = time.perf_counter()
    config = PlantConfig.from_campus(campus, district_supply_c=args.district_supply)
    t_config = time.perf_counter()
    try:
        recirculation = sweep_for(campus, weather, args)
    except ValueError as exc:
        print(tr("twin", "error: {message}").format(message=exc), file=sys.stderr)
        return 2
    t_sweep = time.perf_counter()
    year = run_year(campus, weather, recirculation=recirculation, seed=args.seed, config=config)
    t_sim = time.perf_counter()
    out = {"layout": str(args.layout or default_layout_path()), **year.figures()}
    out["timing_s"] = {
        "inputs": round(t_inputs - t_start, 4),
        "plant_setup_coolprop": round(t_config - t_inputs, 4),
        "recirculation_sweep": round(t_sweep - t_config, 3),
        "load_and_plant_year": round(t_sim - t_sweep, 4),
        "per_building_year": round((t_sim - t_sweep) / max(len(config.building_ids), 1), 5),
    }
    if recirculation is not None:
        for message in recirculation.messages:
            print(tr("twin", "warning: {message}").format(message=message), file=sys.stderr)
    if args.csv:
        _write_csv(args.csv, year.times, weather, year.result)
        out["csv"] = str(args.csv)
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    _print_text(out, HOMES_ASSUMPTION)
    return 0


def no_data(value: object, fmt: str) -> str:
    """``fmt`` applied to ``value``, or "no data" for None."""
    return tr("twin", "no data") if value is None else format(value, fmt)


def _print_text(out: dict, homes_assumption: str) -> None:
    print(tr("twin", "weather: {source}").format(source=out["weather_source"]))
    rc = out["recirculation"]
    if "cases" in rc:
        print(tr("twin", "recirculation: airflow solver, {cases} wind cases ({sectors} sectors; {solved} solved now, "
                         "{cached} from cache) on a {dx:g} m x {dz:g} m grid").format(
            cases=rc["cases"], sectors=rc["sectors"], solved=rc["solved_now"], cached=rc["from_cache"],
            dx=rc["grid_dx_m"], dz=rc["grid_dz_m"]))
        rises = ", ".join(f"{b} {v:.2f} K" for b, v in out["mean_intake_rise_k_by_building"].items())
        print(tr("twin", "mean intake rise: {rises}").format(rises=rises))
    else:
        print(tr("twin", "recirculation: {source}").format(source=rc["source"]))
    print(tr("twin", "annual PUE {pue}; hottest hour {hour} at {temp:.1f} C: PUE {peak}").format(
        pue=no_data(out["annual_pue"], ".3f"), hour=out["hottest_hour"], temp=out["hottest_hour_temperature_c"],
        peak=no_data(out["pue_hottest_hour"], ".3f")))
    print(tr("twin", "annual PUE by hall: {halls}").format(
        halls=", ".join(f"{b} {no_data(v, '.4f')}" for b, v in out["annual_pue_by_building"].items())))
    print(tr("twin", "chiller hours {ch:.0f}, free-cooling hours {fc:.0f}, adiabatic hours {ad:.0f}").format(
        ch=out["chiller_hours"], fc=out["free_cooling_hours"], ad=out["adiabatic_hours"]))
    if out["homes_equivalent"] is None:
        print(tr("twin", "heat exported: none"))
    else:
        print(tr("twin", "heat exported {mwh:.0f} MWh ~ {homes} homes ({assumption}); export line {km:.2f} km, "
                         "{loss:.0f} MWh lost to the ground").format(
            mwh=out["heat_exported_mwh"], homes=out["homes_equivalent"], assumption=homes_assumption,
            km=out["export_line_length_m"] / 1000.0, loss=out["export_line_loss_mwh"]))
    print(tr("twin", "water used {m3:.0f} m3").format(m3=out["water_m3"]))
    t = out["timing_s"]
    print(tr("twin", "sweep {sweep:.1f} s, plant year {plant:.1f} ms").format(
        sweep=t["recirculation_sweep"], plant=t["load_and_plant_year"] * 1000))


def _write_csv(path: Path, times, weather: WeatherYear, result: PlantResult) -> None:
    """Write the hourly campus table atomically (see :mod:`twin.core.files`)."""
    import numpy as np

    columns = {
        "time": np.asarray(times).astype(str),
        "ambient_c": weather.dry_bulb_c,
        "rh_pct": weather.relative_humidity_pct,
        "it_mw": result.campus_it_mw,
        "facility_mw": result.campus_facility_mw,
        "pue": result.campus_pue,
        "chillers_on": result.chiller_on.sum(axis=0),
        "chiller_mw": result.chiller_mw.sum(axis=0),
        "heat_to_air_mw": result.campus_heat_to_air_mw,
        "exported_mw": result.exported_mw,
        "export_loss_mw": result.export_loss_mw,
        "water_m3": result.water_m3.sum(axis=0),
    }
    for i, b in enumerate(result.building_ids):
        columns[f"{b}_it_mw"] = result.it_mw[i]
        columns[f"{b}_pue"] = result.pue[i]
        columns[f"{b}_supply_c"] = result.supply_c[i]
        columns[f"{b}_return_c"] = result.return_c[i]
        columns[f"{b}_mode"] = result.mode[i]
        columns[f"{b}_coil_air_c"] = result.coil_air_c[i]
        columns[f"{b}_heat_to_air_mw"] = result.heat_to_air_mw[i]
    names = list(columns)
    n = len(weather.time)
    lines = [",".join(names)]
    formatted = []
    for name in names:
        col = columns[name]
        if col.dtype.kind in "fc":
            formatted.append(np.char.mod("%.4f", col))
        else:
            formatted.append(col.astype(str))
    for i in range(n):
        lines.append(",".join(f[i] for f in formatted))
    from twin.core.files import write_text_atomically

    write_text_atomically(path, "\n".join(lines) + "\n")
