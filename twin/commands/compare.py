"""``twin compare A.geojson B.geojson``: two layouts' year of figures side by side.

Each layout runs through exactly what ``twin year`` runs (:func:`twin.sweep.annual.run_year`
with the recirculation swept over the same weather's wind rose, cached), and the table
(:func:`twin.sweep.compare.comparison_rows`) is the one the window's comparison panel shows:
annual and peak PUE, intake rise and annual PUE per hall, chiller and free-cooling hours, water,
heat exported and homes, the air over the reserve.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from twin.commands.year import add_weather_arguments, load_weather_or_report, sweep_for
from twin.core.i18n import tr

HELP = "Compare two layouts over a year (PUE, recirculation per hall, chillers, water, heat exported) in one table."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``twin compare`` options (the weather and sweep options of ``twin year``)."""
    parser.add_argument("a", type=Path, metavar="A.geojson", help="the reference layout")
    parser.add_argument("b", type=Path, metavar="B.geojson", help="the alternative")
    add_weather_arguments(parser)
    parser.add_argument("--csv", type=Path, metavar="FILE", help="also write the table as CSV (atomically)")
    parser.add_argument("--json", action="store_true", help="print the table and both years' figures as JSON")


def run(args: argparse.Namespace) -> int:
    """0 on success, 2 on a bad layout, weather file or option."""
    from twin.commands import load_campus_or_report
    from twin.sweep.annual import run_year
    from twin.sweep.compare import comparison_rows, table_csv, table_text

    campuses = []
    for path in (args.a, args.b):
        campus = load_campus_or_report(path)
        if campus is None:
            return 2
        campuses.append(campus)
    weather = load_weather_or_report(args)
    if weather is None:
        return 2
    figures = []
    for path, campus in zip((args.a, args.b), campuses, strict=True):
        if not args.quiet:
            print(tr("twin", "{name}:").format(name=path), file=sys.stderr)
        try:
            recirculation = sweep_for(campus, weather, args)
        except ValueError as exc:
            print(tr("twin", "error: {message}").format(message=exc), file=sys.stderr)
            return 2
        year = run_year(campus, weather, recirculation=recirculation, seed=args.seed,
                        district_supply_c=args.district_supply)
        figures.append(year.figures())
    rows = comparison_rows(figures[0], figures[1])
    name_a, name_b = f"A: {args.a.name}", f"B: {args.b.name}"
    if args.csv:
        from twin.core.files import write_text_atomically

        write_text_atomically(args.csv, table_csv(rows, name_a, name_b))
    if args.json:
        print(json.dumps({
            "a": str(args.a), "b": str(args.b), "weather_source": weather.label,
            "rows": [r.as_dict() for r in rows],
            "figures_a": figures[0], "figures_b": figures[1],
        }, indent=2))
    else:
        print(tr("twin", "weather: {source}").format(source=weather.label))
        print(table_text(rows, name_a, name_b))
    return 0
