"""``twin residents``: noise, warm air and the nature reserve, as the neighbours would ask.

Runs the plant over the weather year (a few ms), then :func:`twin.sim.residents.residents_table`
(the same function the window's Neighbours panel calls) for the date and hour of ``--at`` (by
default the hottest hour of the weather year, when the coolers' fans run fastest).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HELP = "Noise (ISO 9613-2, ICPE emergence) and warm air (Briggs plume) at the nearest homes of each commune, and the reserve."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``twin residents`` options."""
    parser.add_argument("--layout", type=Path, help="campus layout file (default: bundled Escaudain layout)")
    weather = parser.add_mutually_exclusive_group()
    weather.add_argument("--weather", type=Path, metavar="FILE.epw", help="EnergyPlus weather file (default: synthetic year)")
    weather.add_argument("--heatwave", action="store_true", help="splice the 22-27 July 2019 heat wave into the year")
    parser.add_argument("--at", metavar="YYYY-MM-DDTHH", help="date and hour (default: the hottest hour of the weather year)")
    parser.add_argument("--year", action="store_true", help="add annual statistics over every hour of the weather year")
    parser.add_argument("--mitigation-db", type=float, default=0.0, metavar="DB", help="noise reduction on coolers and chillers (best practice ~8 dB; default 0: untreated)")
    parser.add_argument("--residual", action="append", default=[], metavar="COMMUNE=DAY/NIGHT", help="residual level without the campus, dB(A), e.g. Escaudain=42/33 (repeatable)")
    parser.add_argument("--reserve-airflow", action="store_true", help="also run the airflow solver on the campus and on the empty site for the reserve (tens of seconds)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the simulated IT load (default 7)")
    parser.add_argument("--json", action="store_true", help="print the table as JSON")


def _find_hour(times, text: str) -> int:  # noqa: ANN001
    import numpy as np

    try:
        wanted = np.datetime64(text, "h")
    except ValueError as exc:
        raise ValueError(f"--at {text!r}: expected YYYY-MM-DDTHH") from exc
    t = np.asarray(times, "datetime64[h]")
    hit = np.flatnonzero(t == wanted)
    if hit.size:
        return int(hit[0])
    # Same month, day and hour in the weather year (a typical year carries another year number).
    key = str(wanted)[5:]
    keys = np.array([str(x)[5:] for x in t])
    hit = np.flatnonzero(keys == key)
    if hit.size:
        return int(hit[0])
    raise ValueError(f"--at {text!r}: no such hour in the weather year ({t[0]} .. {t[-1]})")


def run(args: argparse.Namespace) -> int:
    """Compute and print the residents' table; 0 on success, 2 on bad input."""
    t0 = time.perf_counter()
    from twin.commands import load_campus_or_report
    from twin.core.i18n import tr
    from twin.io.epw import EpwError, read_epw
    from twin.sim.acoustics.sources import AcousticParameters
    from twin.sim.residents import RESIDUAL_DBA, ResidentsOptions, plant_year, residents_table
    from twin.sim.weather import synthetic_year, with_heatwave

    campus = load_campus_or_report(args.layout)
    if campus is None:
        return 2
    try:
        weather = read_epw(args.weather) if args.weather else synthetic_year()
        if args.heatwave:
            weather = with_heatwave(weather)
    except (EpwError, ValueError, OSError) as exc:
        print(tr("Residents", "error: {error}").format(error=exc), file=sys.stderr)
        return 2
    residual = dict(RESIDUAL_DBA)
    for item in args.residual:
        try:
            commune, levels = item.split("=", 1)
            day, night = (float(v) for v in levels.split("/"))
        except ValueError:
            print(tr("Residents", "error: --residual {item!r}: expected COMMUNE=DAY/NIGHT, e.g. Escaudain=42/33").format(item=item), file=sys.stderr)
            return 2
        residual[commune] = (day, night)
    if not campus.receptors:
        print(tr("Residents", "error: the layout has no receptor (nearest homes) to report on"), file=sys.stderr)
        return 2
    from twin.live.simulated import simulate_campus_load

    _ids, load = simulate_campus_load(campus, weather.time, seed=args.seed)
    config, plant = plant_year(campus, weather, load)  # the window's path too
    try:
        at = _find_hour(weather.time, args.at) if args.at else weather.hottest_index()
    except ValueError as exc:
        print(tr("Residents", "error: {error}").format(error=exc), file=sys.stderr)
        return 2
    options = ResidentsOptions(residual_dba=residual, acoustic=AcousticParameters(cooling_mitigation_db=args.mitigation_db))
    table = residents_table(campus, weather, plant, config, at, year=args.year, options=options, reserve_airflow=args.reserve_airflow)
    table["at_reason"] = "--at" if args.at else "hottest hour of the weather year"
    table["timing_s"]["command"] = round(time.perf_counter() - t0, 3)
    if args.json:
        print(json.dumps(table, indent=2))
        return 0
    print(tr("Residents", "{at} ({reason}); weather: {source}").format(at=table["at"], reason=table["at_reason"], source=table["weather"]["source"]))
    for r in table["receptors"]:
        d, n = r["noise"]["day"], r["noise"]["night"]
        verdict = {True: tr("Residents", "within the rule"), False: tr("Residents", "ABOVE the rule")}
        print(
            tr("Residents", "{commune:10s} {dist:5d} m {dir:3s}  day {dday} dB(A) (emergence {eday} dB, {vday})  night {dnight} dB(A) (emergence {enight} dB, {vnight})  warm air {dt} K, plume at {h} m").format(
                commune=r["commune"], dist=r["distance_m"], dir=r["direction"], dday=d["plant_dba"], eday=d["emergence_db"], vday=verdict[d["passes_icpe"]],
                dnight=n["plant_dba"], enight=n["emergence_db"], vnight=verdict[n["passes_icpe"]], dt=r["warm_air"]["delta_t_2m_k"], h=r["warm_air"]["plume_height_m"],
            )
        )
    print(tr("Residents", "residual levels are planning assumptions (not measured); computed in {s} s").format(s=table["timing_s"]["command"]))
    return 0
