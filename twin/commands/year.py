"""``twin year``: run the cooling plant hour by hour over a year and print annual figures.

The IT load is the simulated training/inference profile (:mod:`twin.live.simulated`), the
weather the bundled synthetic year, an EPW file, and/or the July 2019 heat wave spliced in.
The plant (:mod:`twin.sim.plant`) runs vectorised over halls x 8760 hours in one call.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # type names only; the modules are imported inside run() to keep startup light
    from twin.sim.plant import PlantResult
    from twin.sim.weather import WeatherYear

HELP = "Run the cooling plant over a year of hourly weather and print PUE, chiller hours, heat exported, water."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``twin year`` options."""
    parser.add_argument(
        "--layout", type=Path, help="campus layout file (default: bundled Escaudain layout)"
    )
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
    parser.add_argument(
        "--csv",
        type=Path,
        metavar="FILE",
        help="write the hourly campus table to FILE (atomically)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")


def run(args: argparse.Namespace) -> int:
    """Run the annual simulation; 0 on success, 2 on a bad layout or weather file."""
    t_start = time.perf_counter()
    from twin.commands import load_campus_or_report, report_file_error
    from twin.core.i18n import tr
    from twin.core.paths import default_layout_path
    from twin.io.epw import EpwError, read_epw
    from twin.live.simulated import simulate_campus_load
    from twin.sim.plant import HOMES_ASSUMPTION, PlantConfig, simulate
    from twin.sim.weather import synthetic_year, with_heatwave

    campus = load_campus_or_report(args.layout)
    if campus is None:
        return 2
    try:
        weather = read_epw(args.weather) if args.weather else synthetic_year()
        if args.heatwave:
            weather = with_heatwave(weather)
    except EpwError as exc:
        return report_file_error(tr("twin", "Cannot read weather file"), exc)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    t_inputs = time.perf_counter()
    config = PlantConfig.from_campus(campus, district_supply_c=args.district_supply)
    t_config = time.perf_counter()
    ids, load = simulate_campus_load(campus, weather.time, seed=args.seed)
    result = simulate(config, load, weather.dry_bulb_c, weather.relative_humidity_pct)
    t_sim = time.perf_counter()
    s = result.summary()
    hot = int(s["hottest_hour_index"])
    out = {
        "layout": str(args.layout or default_layout_path()),
        "weather_source": weather.label,
        "weather_synthetic": weather.synthetic,
        "hours": int(s["hours"]),
        "buildings": list(ids),
        "it_capacity_mw": float(config.capacity_mw.sum()),
        "mean_it_load_mw": float(result.campus_it_mw.mean()),
        "annual_pue": round(float(s["pue"]), 4),
        "pue_hottest_hour": round(float(s["pue_hottest_hour"]), 4),
        "hottest_hour": str(weather.time[hot]),
        "hottest_hour_temperature_c": round(float(s["hottest_hour_ambient_c"]), 2),
        "pue_max": round(float(s["pue_max"]), 4),
        "chiller_hours": s["chiller_hours"],
        "chiller_hours_by_building": s["chiller_hours_by_building"],
        "free_cooling_hours": s["free_cooling_hours"],
        "free_cooling_hours_by_building": s["free_cooling_hours_by_building"],
        "adiabatic_hours": s["adiabatic_hours"],
        "over_temperature_hours": s["over_temperature_hours"],
        "heat_exported_mwh": round(float(s["heat_exported_mwh"]), 1),
        "homes_equivalent": int(round(float(s["homes_equivalent"]))),
        "homes_assumption": HOMES_ASSUMPTION,
        "district_supply_c": config.district_supply_c,
        "water_m3": round(float(s["water_m3"]), 1),
        "wue_l_per_kwh": round(float(s["wue_l_per_kwh"]), 4),
        "energy_balance_max_residual_mw": s["max_energy_balance_residual_mw"],
        "timing_s": {
            "inputs": round(t_inputs - t_start, 4),
            "plant_setup_coolprop": round(t_config - t_inputs, 4),
            "load_and_plant_year": round(t_sim - t_config, 4),
            "per_building_year": round((t_sim - t_config) / max(len(ids), 1), 5),
        },
    }
    if args.csv:
        _write_csv(args.csv, weather, result)
        out["csv"] = str(args.csv)
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        print(f"weather: {out['weather_source']}")
        print(
            f"annual PUE {out['annual_pue']:.3f}; hottest hour {out['hottest_hour']} at "
            f"{out['hottest_hour_temperature_c']:.1f} C: PUE {out['pue_hottest_hour']:.3f}"
        )
        print(
            f"chiller hours {out['chiller_hours']:.0f}, free-cooling hours {out['free_cooling_hours']:.0f}, "
            f"adiabatic hours {out['adiabatic_hours']:.0f}"
        )
        print(
            f"heat exported {out['heat_exported_mwh']:.0f} MWh ~ {out['homes_equivalent']} homes ({HOMES_ASSUMPTION})"
        )
        print(f"water used {out['water_m3']:.0f} m3")
        print(f"plant year computed in {out['timing_s']['load_and_plant_year'] * 1000:.1f} ms")
    return 0


def _write_csv(path: Path, weather: WeatherYear, result: PlantResult) -> None:
    """Write the hourly campus table atomically (see :mod:`twin.core.files`)."""
    import numpy as np

    columns = {
        "time": weather.time.astype(str),
        "ambient_c": weather.dry_bulb_c,
        "rh_pct": weather.relative_humidity_pct,
        "it_mw": result.campus_it_mw,
        "facility_mw": result.campus_facility_mw,
        "pue": result.campus_pue,
        "chillers_on": result.chiller_on.sum(axis=0),
        "chiller_mw": result.chiller_mw.sum(axis=0),
        "heat_to_air_mw": result.campus_heat_to_air_mw,
        "exported_mw": result.exported_mw,
        "water_m3": result.water_m3.sum(axis=0),
    }
    for i, b in enumerate(result.building_ids):
        columns[f"{b}_it_mw"] = result.it_mw[i]
        columns[f"{b}_pue"] = result.pue[i]
        columns[f"{b}_supply_c"] = result.supply_c[i]
        columns[f"{b}_return_c"] = result.return_c[i]
        columns[f"{b}_mode"] = result.mode[i]
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
