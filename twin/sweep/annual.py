"""A year of plant figures for a layout: the one code path behind ``twin year``, ``twin compare``
and the window's annual figures.

Steps (each a function the window and the commands share):

1. IT load: the simulated profiles (:func:`~twin.live.simulated.simulate_campus_load`) at the
   weather's hours moved to the twin's calendar year (:func:`~twin.sim.calendar.in_twin_year`),
   so the load at an hour is the one the window plays at that hour.
2. Recirculation (optional): the wind rose of the weather swept by the airflow solver
   (:func:`~twin.sweep.recirculation.sweep_recirculation`), cached.
3. Plant, pass 1 without recirculation: the heat each hour releases to the air.
4. Plant, pass 2 with the hourly intake rises (case rise x that hour's heat to air / design
   heat) at every hall, and at the central cooling plant's chiller condensers. One pass is
   enough: the heat to air changes by well under 1 % between the passes (fans and chillers
   only), far inside the sweep's own uncertainty.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from twin.core.i18n import tr
from twin.model.campus import Campus
from twin.sim.weather import WeatherYear
from twin.sweep.recirculation import Recirculation


@dataclass(frozen=True, eq=False)
class YearRun:
    """The plant over a weather series for one layout, and how it was obtained."""

    campus: Campus
    weather: WeatherYear
    times: np.ndarray
    """The weather's hours on the twin's calendar (datetime64[s])."""
    result: object
    """:class:`~twin.sim.plant.PlantResult` of the final pass."""
    config: object
    """:class:`~twin.sim.plant.PlantConfig` used."""
    recirculation: Recirculation | None
    intake_rise_k: np.ndarray
    """(B, T) intake rise used at each hall, K (zeros without recirculation)."""
    reserve_rise_k: np.ndarray | None = None
    """(T,) air temperature rise over the nature reserve, K (None without recirculation)."""

    def figures(self) -> dict[str, object]:
        """The annual figures as a JSON-ready dict (the table ``twin year`` and ``twin compare`` print)."""
        from twin.sim.plant import HOMES_ASSUMPTION

        result, config = self.result, self.config
        s = result.summary()  # type: ignore[attr-defined]
        hot = int(s["hottest_hour_index"])
        ids = list(result.building_ids)  # type: ignore[attr-defined]
        rise = self.intake_rise_k
        heat = float(s["heat_exported_mwh"])
        out: dict[str, object] = {
            "weather_source": self.weather.label,
            "weather_synthetic": self.weather.synthetic,
            "calendar_year": int(str(self.times[0])[:4]) if len(self.times) else None,
            "hours": int(s["hours"]),
            "buildings": ids,
            "it_capacity_mw": float(config.capacity_mw.sum()),  # type: ignore[attr-defined]
            "mean_it_load_mw": float(result.campus_it_mw.mean()),  # type: ignore[attr-defined]
            "annual_pue": _r(s["pue"], 4),
            "annual_pue_by_building": {b: _r(v, 4) for b, v in result.annual_pue_by_building().items()},  # type: ignore[attr-defined]
            "pue_hottest_hour": _r(s["pue_hottest_hour"], 4),
            "hottest_hour": str(self.times[hot]),
            "hottest_hour_temperature_c": round(float(s["hottest_hour_ambient_c"]), 2),
            "pue_max": _r(s["pue_max"], 4),
            "chiller_hours": s["chiller_hours"],
            "chiller_hours_by_building": s["chiller_hours_by_building"],
            "free_cooling_hours": s["free_cooling_hours"],
            "free_cooling_hours_by_building": s["free_cooling_hours_by_building"],
            "adiabatic_hours": s["adiabatic_hours"],
            "over_temperature_hours": s["over_temperature_hours"],
            "mean_intake_rise_k_by_building": {b: round(float(rise[i].mean()), 3) for i, b in enumerate(ids)},
            "mean_reserve_air_rise_k": _r(np.nanmean(self.reserve_rise_k), 3)
            if self.reserve_rise_k is not None and np.isfinite(self.reserve_rise_k).any() else None,
            "heat_exported_mwh": round(heat, 1),
            "export_line_loss_mwh": round(float(s["export_line_loss_mwh"]), 1),
            "export_line_length_m": round(float(config.export_line_length_m), 1),  # type: ignore[attr-defined]
            "homes_equivalent": int(round(float(s["homes_equivalent"]))) if heat > 0 else None,
            "homes_assumption": HOMES_ASSUMPTION,
            "district_supply_c": config.district_supply_c,  # type: ignore[attr-defined]
            "cooling_route_m_by_building": {b: round(float(v), 1) for b, v in zip(ids, config.cooling_route_m, strict=True)},  # type: ignore[attr-defined]
            "water_m3": round(float(s["water_m3"]), 1),
            "wue_l_per_kwh": round(float(s["wue_l_per_kwh"]), 4),
            "energy_balance_max_residual_mw": s["max_energy_balance_residual_mw"],
        }
        rc = self.recirculation
        if rc is None:
            out["recirculation"] = {"source": tr("Year", "none: intake air at ambient (--no-airflow)")}
        else:
            out["recirculation"] = {
                "source": tr("Year", "airflow solver over the weather's wind rose"),
                "cases": len(rc.results),
                "sectors": rc.rose.sectors,
                "speed_edges_ms": [e if np.isfinite(e) else None for e in rc.rose.speed_edges],
                "solved_now": rc.solved,
                "from_cache": rc.cached,
                "not_settled": sum(not r.settled for r in rc.results),
                "grid_dx_m": rc.settings.dx_m,  # type: ignore[attr-defined]
                "grid_dz_m": rc.settings.dz_m,  # type: ignore[attr-defined]
                "grid_shape": list(rc.results[0].grid_shape) if rc.results else None,
                "sweep_wall_s": round(rc.wall_s, 2),
                "heat_scaling": tr("Year", "case rise x hour's campus heat to air / design heat"),
                "cases_detail": rc.by_case(),
            }
        return out


def _r(value: object, digits: int) -> float | None:
    """Round, or None (JSON null, shown as "no data") for a NaN."""
    v = float(value)  # type: ignore[arg-type]
    return round(v, digits) if np.isfinite(v) else None


def year_load(campus: Campus, weather: WeatherYear, seed: int = 7) -> tuple[np.ndarray, np.ndarray]:
    """The twin-calendar times of ``weather`` and the (B, T) simulated IT load at them."""
    from twin.live.simulated import simulate_campus_load
    from twin.sim.calendar import in_twin_year

    times = in_twin_year(weather.time)
    _, load = simulate_campus_load(campus, times, seed=seed)
    return times, load


def run_year(
    campus: Campus,
    weather: WeatherYear,
    *,
    recirculation: Recirculation | None = None,
    seed: int = 7,
    district_supply_c: float | None = None,
    config: object | None = None,
) -> YearRun:
    """Run the plant over ``weather`` for ``campus`` (see the module docstring).

    Parameters
    ----------
    recirculation
        From :func:`~twin.sweep.recirculation.sweep_recirculation` for this campus and weather;
        None runs with the intake air at ambient.
    seed
        Seed of the simulated IT load.
    district_supply_c
        District supply temperature; the scenario's when omitted.
    config
        A ready :class:`~twin.sim.plant.PlantConfig` (built from ``campus`` when omitted).
    """
    from twin.sim.plant import PlantConfig, simulate

    config = config or PlantConfig.from_campus(campus, district_supply_c=district_supply_c)
    times, load = year_load(campus, weather, seed)
    ids = config.building_ids  # type: ignore[attr-defined]
    rise = np.zeros((len(ids), len(weather)))
    chiller_rise: np.ndarray | float = 0.0
    reserve = None
    result = simulate(config, load, weather.dry_bulb_c, weather.relative_humidity_pct)  # type: ignore[arg-type]
    if recirculation is not None:
        heat = result.campus_heat_to_air_mw
        rise = recirculation.hourly(ids, heat)
        reserve = recirculation.reserve_rise(heat)
        host = config.chiller_host  # type: ignore[attr-defined]
        if host is not None:
            chiller_rise = recirculation.hourly((host,), heat)[0]
        result = simulate(config, load, weather.dry_bulb_c, weather.relative_humidity_pct,  # type: ignore[arg-type]
                          intake_rise_k=rise, chiller_intake_rise_k=chiller_rise)
    return YearRun(campus=campus, weather=weather, times=times, result=result, config=config,
                   recirculation=recirculation, intake_rise_k=rise, reserve_rise_k=reserve)
