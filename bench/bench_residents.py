"""Benchmark of the residents' table (noise, warm air, reserve) and of the ground noise map.

Run from the repository root::

    .venv/bin/python bench/bench_residents.py [--repeat N] [--cell M] [--json]

Times, on the bundled campus and the synthetic weather year (plant year computed once, as the
app holds it):

- the table at one hour (what the window recomputes after every edit) for an unchanged layout
  and for a freshly edited one (a hall moved: new ground raster and screens);
- the same with ``year=True`` (annual statistics);
- the night noise map over +/-700 m (the nearest homes) at ``--cell`` metres (default 5).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _median(fn, repeat: int) -> float:  # noqa: ANN001
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the timings (seconds)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cell", type=float, default=5.0, help="noise-map cell size, m")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.live.simulated import simulate_campus_load
    from twin.sim.acoustics.noise import ground_map, noise_map, screens_of
    from twin.sim.acoustics.sources import build_sources, fan_speed_from_plant
    from twin.sim.plant import PlantConfig, simulate
    from twin.sim.residents import residents_table
    from twin.sim.weather import synthetic_year

    campus = load_layout(default_layout_path())
    weather = synthetic_year()
    config = PlantConfig.from_campus(campus)
    _ids, load = simulate_campus_load(campus, weather.time, seed=7)
    plant = simulate(config, load, weather.dry_bulb_c, weather.relative_humidity_pct)
    at = weather.hottest_index()
    residents_table(campus, weather, plant, config, at)  # warm-up (imports, caches)

    hall = campus.building("dc1")
    edits = iter(range(10_000))

    def edited() -> None:
        moved = campus.with_building(hall.translated(float(next(edits) % 7), 0.0))
        residents_table(moved, weather, plant, config, at)

    fan = fan_speed_from_plant(plant.building_ids, plant.dry_cooler_fan_mw, config.capacity_mw, config.params.dry_cooler_fan_kw_per_kw)
    day = slice(at // 24 * 24, at // 24 * 24 + 24)
    sources = [dataclasses.replace(s, lw=s.lw[day]) for s in build_sources(campus, weather.time, fan, plant.chiller_load_mw.sum(axis=0))]
    ground, screens = ground_map(campus), screens_of(campus)

    def the_map() -> None:
        noise_map(sources, weather.time[day], weather.dry_bulb_c[day], weather.relative_humidity_pct[day], ground, screens, (-700.0, -700.0, 700.0, 700.0), "night", args.cell)

    out = {
        "table_one_hour_s": round(_median(lambda: residents_table(campus, weather, plant, config, at), args.repeat), 3),
        "table_after_an_edit_s": round(_median(edited, args.repeat), 3),
        "table_with_year_s": round(_median(lambda: residents_table(campus, weather, plant, config, at, year=True), max(1, args.repeat // 2)), 3),
        f"noise_map_1400m_square_{args.cell:g}m_cells_s": round(_median(the_map, max(1, args.repeat // 2)), 3),
        "map_cells": int((1400 / args.cell) ** 2),
    }
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for k, v in out.items():
            print(f"{k:40s} {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
