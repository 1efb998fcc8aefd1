"""``twin export``: the campus and its results in formats other tools open, chosen by extension.

- ``.glb``: the campus as a glTF 2.0 binary 3-D model (Blender, three.js, QGIS 3-D);
- ``.vti``: the wind and temperature fields (VTK XML image, Lambert-93 metres) after the solver
  settles, with the buildings as ``<name>-buildings.vtp`` beside (ParaView);
- ``.vtp``: the buildings only;
- ``.csv``: the plant over ``--hours`` of simulated time from ``--date`` (the dashboard's series,
  every 10 minutes), with the per-building figures at the end as ``<name>-buildings.csv``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from twin.commands import load_campus_or_report
from twin.commands.snapshot import _wind

HELP = "Export the campus as a 3-D model (.glb), its wind and heat fields (.vti/.vtp, ParaView) or the plant's figures (.csv)."
FORMATS = (".glb", ".vti", ".vtp", ".csv")
CSV_STEP_S = 600.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, help="file to write: .glb, .vti, .vtp or .csv")
    parser.add_argument("--layout", type=Path, help="layout file (GeoJSON); default: the bundled Escaudain campus")
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--date", help="first simulated day for .csv, YYYY-MM-DD (default 2030-06-21)")
    when.add_argument("--heatwave", action="store_true", help=".csv: the reconstructed 25 July 2019 heat wave")
    parser.add_argument("--hours", type=float, default=24.0, help=".csv: simulated hours (default 24)")
    parser.add_argument("--wind", type=_wind, metavar="DIR/SPEED", help=".vti: wind from DIR degrees at SPEED m/s")
    parser.add_argument("--ambient", type=float, metavar="C", help=".vti: air temperature, C")
    parser.add_argument("--dx", type=float, default=8.0, metavar="M", help=".vti: solver cell size, m (default 8)")
    parser.add_argument("--max-steps", type=int, default=300, help=".vti: solver steps at most (default 300)")


def _beside(out: Path, suffix: str) -> Path:
    return out.with_name(f"{out.stem}-buildings{suffix}")


def run(args: argparse.Namespace) -> int:
    from twin.core.i18n import tr

    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        print(tr("Export", "{path}: unknown export format {suffix!r}; use .glb, .vti, .vtp or .csv").format(
            path=out, suffix=suffix or "(none)"), file=sys.stderr)
        return 2
    if args.hours <= 0 or args.hours > 24 * 366:
        print(tr("Export", "--hours must be between 0 and 8784, got {h:g}").format(h=args.hours), file=sys.stderr)
        return 2
    campus = load_campus_or_report(args.layout)
    if campus is None:
        return 2
    out.parent.mkdir(parents=True, exist_ok=True)
    from twin.io.export.provenance import layout_identity
    from twin.render.snapshot import basic_info

    info = basic_info(campus, *layout_identity(campus, args.layout))
    if suffix == ".glb":
        from twin.io.export.glb import write_glb

        write_glb(campus, out, info)
        print(tr("Export", "wrote {out} (glTF 2.0 binary, metres, site local frame)").format(out=out))
    elif suffix == ".vtp":
        from twin.render.export_fields import write_buildings

        write_buildings(campus, out, info)
        print(tr("Export", "wrote {out} (buildings, Lambert-93 metres)").format(out=out))
    elif suffix == ".vti":
        return _fields(campus, out, info, args)
    else:
        return _plant_csv(campus, out, info, args)
    return 0


def _fields(campus, out: Path, info, args) -> int:
    from twin.core.i18n import tr
    from twin.render.animation import settle
    from twin.render.export_fields import write_buildings, write_fields
    from twin.render.snapshot import solver_state
    from twin.sim.airflow.domain import AirflowSettings

    settings = AirflowSettings(dx_m=args.dx, wind_from_deg=args.wind[0] if args.wind else None,
                               wind_speed_ms=args.wind[1] if args.wind else None, ambient_c=args.ambient)

    def progress(step, frame):
        if step % 25 == 0 or frame.tier == "settled":
            print(tr("Export", "  step {step}: {time:.0f} s simulated, {tier}").format(
                step=step, time=frame.sim_time_s, tier=frame.tier), file=sys.stderr)

    frame = settle(campus, settings, args.max_steps, progress)
    state, detail = solver_state(frame)
    info = info.replace(wind_from_deg=frame.weather.wind_from_deg, wind_speed_ms=frame.weather.wind_speed_ms,
                        ambient_c=frame.weather.ambient_c, solver_state=state, solver_detail=detail)
    write_fields(frame, campus, out, info)
    buildings = write_buildings(campus, _beside(out, ".vtp"), info)
    print(tr("Export", "wrote {out} ({nx}x{ny}x{nz} points, airflow {state}) and {buildings}").format(
        out=out, nx=frame.grid.shape[0], ny=frame.grid.shape[1], nz=frame.grid.shape[2], state=state,
        buildings=buildings))
    return 0


def _plant_csv(campus, out: Path, info, args) -> int:
    import numpy as np

    from twin.core.i18n import tr
    from twin.io.export.csv import write_buildings_csv, write_history_csv
    from twin.session import TwinSession
    from twin.sim.weather import load_default_weather, with_heatwave

    weather = load_default_weather()
    if args.heatwave:
        weather = with_heatwave(weather)
    day = args.date or ("2030-07-25" if args.heatwave else "2030-06-21")
    try:
        start = np.datetime64(day, "s")
    except ValueError:
        print(tr("Export", "date must look like 2030-07-25, got {date!r}").format(date=day), file=sys.stderr)
        return 2
    clock = [0.0]
    session = TwinSession(campus, weather, start=start, wall_clock=lambda: clock[0])
    try:
        session.tick()
        for _ in range(int(round(args.hours * 3600.0 / CSV_STEP_S))):
            clock[0] += CSV_STEP_S
            snapshot = session.tick()
    finally:
        session.close()
    info = info.replace(weather_source=weather.label, sim_time=str(np.datetime64(session.clock.now, "m")))
    write_history_csv(session.history, out, info)
    buildings = write_buildings_csv(campus, _beside(out, ".csv"), snapshot if args.hours > 0 else None, info)
    print(tr("Export", "wrote {out} ({n} rows, every {step:.0f} min) and {buildings}").format(
        out=out, n=len(session.history.pue), step=CSV_STEP_S / 60, buildings=buildings))
    return 0
