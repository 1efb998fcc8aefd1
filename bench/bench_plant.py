"""Benchmark of the cooling-plant model: one hourly year, and single live steps.

Run from the repository root::

    .venv/bin/python bench/bench_plant.py [--repeat N] [--buildings B]

Prints the one-off set-up cost (CoolProp import and property evaluation), the median time of a
year of hours for the default campus (and for B synthetic halls if asked), and the median time
of one :meth:`twin.sim.plant.PlantModel.step` (the live path, called each solver step).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _median_time(fn, repeat: int) -> float:  # noqa: ANN001
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a small table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--buildings", type=int, default=0, help="also time a campus of this many halls"
    )
    args = parser.parse_args(argv)

    import numpy as np

    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.live.simulated import simulate_campus_load
    from twin.sim.plant import PlantConfig, PlantModel, simulate
    from twin.sim.weather import synthetic_year

    campus = load_layout(default_layout_path())
    t0 = time.perf_counter()
    config = PlantConfig.from_campus(campus)
    setup = time.perf_counter() - t0
    weather = synthetic_year()
    _, load = simulate_campus_load(campus, weather.time)
    n_b = len(config.building_ids)

    year = _median_time(
        lambda: simulate(config, load, weather.dry_bulb_c, weather.relative_humidity_pct),
        args.repeat,
    )
    load_year = _median_time(lambda: simulate_campus_load(campus, weather.time), args.repeat)
    model = PlantModel(config)
    it = {b: 80.0 for b in config.building_ids}
    step = _median_time(
        lambda: model.step(it, 25.0, 50.0, intake_rise_k={"dc1": 1.0}, dt_h=1 / 3600),
        max(args.repeat, 200),
    )

    print(f"set-up (CoolProp import + properties, once): {setup * 1000:8.1f} ms")
    print(
        f"plant year, {n_b} halls x {len(weather)} h:          {year * 1000:8.2f} ms  ({year / n_b * 1000:.2f} ms per building-year)"
    )
    print(f"simulated IT load year, {n_b} halls:            {load_year * 1000:8.2f} ms")
    print(f"one live step (PlantModel.step):             {step * 1e6:8.1f} us")
    if args.buildings:
        many = dataclasses.replace(
            config,
            building_ids=tuple(f"b{i}" for i in range(args.buildings)),
            capacity_mw=np.full(args.buildings, 100.0),
            adiabatic=np.arange(args.buildings) % 3 == 0,
            free_cooling=np.ones(args.buildings, dtype=bool),
            chiller_capacity_mw=np.full(args.buildings, 100.0),
        )
        big_load = np.full((args.buildings, len(weather)), 85.0)
        t = _median_time(
            lambda: simulate(many, big_load, weather.dry_bulb_c, weather.relative_humidity_pct),
            args.repeat,
        )
        print(
            f"plant year, {args.buildings} halls:                    {t * 1000:8.2f} ms  ({t / args.buildings * 1000:.2f} ms per building-year)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
