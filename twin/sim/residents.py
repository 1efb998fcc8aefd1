"""What the campus means for its neighbours: one table, for ``twin residents`` and the window alike.

:func:`residents_table` answers, for the nearest homes of each commune, "what will I hear by day
and at night, is it within the rule, and how much warmer will my street be", and gives the
nature reserve's figures. It chains:

1. the cooling plant over the weather year (:mod:`twin.sim.plant`: fan speed, chiller load,
   heat to air per building), given by the caller;
2. the sound sources built from it and ISO 9613-2 propagation (:mod:`twin.sim.acoustics`):
   downwind L_Aeq by day (7-22 h) and at night (22-7 h) of the chosen date, the emergence over
   a residual level per commune (a labelled assumption) and the ICPE verdict with its margin,
   the tonal test of the transformer hum, property-line levels;
3. the far-field plume (:mod:`twin.sim.farfield`): temperature change at 2 m and the plume's
   height over each commune at the chosen hour, and, with ``year=True``, hours a year above
   +0.1, +0.5 and +1 K.

Everything returned is plain JSON-ready data (floats rounded for display, None for "not
applicable"). The figures' provenance is in ``assumptions``.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from twin.model.campus import Campus, FigureSource, Status
from twin.model.validation import effective_reserve_area_ha
from twin.sim.acoustics.iso9613 import A_WEIGHTING_DB, octave_absorption_db_per_km
from twin.sim.acoustics.noise import (
    CONTOURS_DBA,
    NoiseSettings,
    ground_map,
    leq_db,
    path_terms,
    period_levels_at_points,
    period_mask,
    receptor_levels,
    screens_of,
)
from twin.sim.acoustics.rules import (
    PROPERTY_LINE_LIMIT_DBA,
    check_emergence,
    energy_add_db,
    tonal_bands,
)
from twin.sim.acoustics.sources import (
    THIRD_OCTAVES_HZ,
    AcousticParameters,
    build_sources,
    fan_speed_from_plant,
)
from twin.sim.farfield.plume import (
    heat_sources_of,
    plume_field,
    solar_elevation_deg,
    stability_classes,
)

RESIDUAL_DBA: dict[str, tuple[float, float]] = {
    "Escaudain": (42.0, 33.0),
    "Lourches": (45.0, 37.0),
    "Roeulx": (40.0, 31.0),
    "Abscon": (41.0, 32.0),
    "Denain": (47.0, 39.0),
}
"""Residual level (without the campus) by day and at night, dB(A), per commune. Planning
assumption: edge-of-town values (quieter in Roeulx and Abscon, rail and the A21 near Lourches,
urban Denain), to be replaced by a measurement to NF S31-010 before any public figure."""
RESIDUAL_SOURCE = FigureSource(Status.ASSUMPTION, "residual levels not measured; edge-of-town planning values, replace by an NF S31-010 measurement")
DEFAULT_RESIDUAL = (40.0, 32.0)
SITE_LATLON = (50.327, 3.352)
"""Site centre estimate (escaudain.md s.2, U), for the sun's elevation in the stability classes."""
COMPASS = ("N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW")


def _r(v: float | None, nd: int = 1) -> float | None:
    if v is None or not math.isfinite(v) or v < -100.0:  # -inf / silent source: not applicable
        return None
    return round(float(v), nd)


def heat_to_air_by_building(plant) -> dict[str, np.ndarray]:  # noqa: ANN001 - a PlantResult
    """Heat released to the air per building over the plant's steps, MW (T,) each.

    Same split as :meth:`twin.sim.plant.PlantResult.heat_to_air_by_building`, for all steps.
    """
    out = {b: plant.heat_to_air_mw[i] for i, b in enumerate(plant.building_ids)}
    for host, arr in ((plant.chiller_host, plant.chiller_condenser_mw), (plant.substation_host, plant.transformer_loss_mw)):
        if host is None:
            for i, b in enumerate(plant.building_ids):
                out[b] = out[b] + arr[i]
        else:
            out[host] = out.get(host, 0.0) + arr.sum(axis=0)
    return out


@dataclass(frozen=True)
class ResidentsOptions:
    """Knobs of :func:`residents_table` (all have documented defaults)."""

    residual_dba: Mapping[str, tuple[float, float]] = dataclasses.field(default_factory=lambda: dict(RESIDUAL_DBA))
    acoustic: AcousticParameters = dataclasses.field(default_factory=AcousticParameters)
    noise: NoiseSettings = dataclasses.field(default_factory=NoiseSettings)
    reserve_cell_m: float = 5.0
    property_line_step_m: float = 10.0
    overcast_nights: bool = True


_GEOMETRY_CACHE: dict[tuple[int, NoiseSettings], tuple[Campus, tuple]] = {}


def _static_geometry(campus: Campus, noise: NoiseSettings) -> tuple:
    """Ground raster and screens of a campus, cached per snapshot (a campus is immutable)."""
    key = (id(campus), noise)
    hit = _GEOMETRY_CACHE.get(key)
    if hit is not None and hit[0] is campus:
        return hit[1]
    value = (ground_map(campus, noise), screens_of(campus))
    if len(_GEOMETRY_CACHE) > 8:
        _GEOMETRY_CACHE.clear()
    _GEOMETRY_CACHE[key] = (campus, value)
    return value


def _reserve_points(campus: Campus, cell: float, height: float) -> np.ndarray:
    import shapely
    from shapely.geometry import Polygon

    poly = Polygon(campus.reserve.boundary)
    for b in campus.buildings:
        poly = poly.difference(Polygon(b.footprint))
    x0, y0, x1, y1 = poly.bounds
    gx, gy = np.meshgrid(np.arange(x0 + cell / 2, x1, cell), np.arange(y0 + cell / 2, y1, cell))
    inside = shapely.contains_xy(poly, gx, gy)
    return np.stack([gx[inside], gy[inside], np.full(inside.sum(), height)], axis=-1)


def _boundary_points(campus: Campus, step: float, height: float) -> np.ndarray:
    from shapely.geometry import LinearRing

    ring = LinearRing(campus.site.boundary)
    n = max(8, int(ring.length / step))
    pts = [ring.interpolate(i * ring.length / n) for i in range(n)]
    return np.array([[p.x, p.y, height] for p in pts])


def _day_and_night_indices(n: int, at: int) -> np.ndarray:
    """Hours of the date of ``at`` (00-24) plus 00-07 of the next day (the night that starts that evening)."""
    start = (at // 24) * 24
    return np.arange(start, start + 31) % n


def residents_table(
    campus: Campus,
    weather,  # noqa: ANN001 - twin.sim.weather.WeatherYear
    plant,  # noqa: ANN001 - twin.sim.plant.PlantResult over the same hours
    plant_config,  # noqa: ANN001 - twin.sim.plant.PlantConfig
    at_index: int,
    *,
    year: bool = False,
    options: ResidentsOptions | None = None,
    reserve_airflow: bool = False,
) -> dict:
    """The residents' table (see module docstring); JSON-ready.

    Parameters
    ----------
    campus
        The layout snapshot.
    weather
        The weather year (hourly).
    plant
        The plant over the whole weather year (:func:`twin.sim.plant.simulate`).
    plant_config
        Its configuration (for the design fan power that gives back the fan speed).
    at_index
        Hour index of "now" in the weather year: the day and night periods are those of its date
        (the night is the one starting that evening), the warm-air figures are at that hour.
    year
        Add annual statistics over every hour of the weather year (slower: about 3 s).
    reserve_airflow
        Also run the airflow solver on the campus and on the empty site at that hour
        (:func:`twin.sim.farfield.reserve.reserve_against_empty_site`; tens of seconds) for the
        reserve's temperature and wind change.
    """
    t_start = time.perf_counter()
    opt = options or ResidentsOptions()
    n = len(weather.time)
    if not 0 <= at_index < n:
        raise ValueError(f"hour index {at_index} outside the weather year (0..{n - 1})")
    fan = fan_speed_from_plant(plant.building_ids, plant.dry_cooler_fan_mw, plant_config.capacity_mw, plant_config.params.dry_cooler_fan_kw_per_kw)
    sl = _day_and_night_indices(n, at_index)
    times = weather.time[sl]
    # Shift the 7 hours of the next morning onto the same calendar period logic (they are night).
    sources = build_sources(campus, weather.time, fan, plant.chiller_load_mw.sum(axis=0), opt.acoustic)
    src_window = [dataclasses.replace(s, lw=s.lw[sl]) for s in sources]
    ground, screens = _static_geometry(campus, opt.noise)
    rec = campus.receptors
    rcv = np.array([[*r.position, opt.noise.receiver_height_m] for r in rec]).reshape(-1, 3)
    t_c, rh = weather.dry_bulb_c[sl], weather.relative_humidity_pct[sl]
    levels = receptor_levels(src_window, rcv, times, t_c, rh, ground, screens, opt.noise)
    hours = levels.hours
    day_mask = period_mask(hours, "day") & (np.arange(len(sl)) < 24)
    night_mask = period_mask(hours, "night") & (np.arange(len(sl)) >= 22)
    dba = levels.dba  # (T, R)
    t_noise = time.perf_counter()

    # Warm air at the hour.
    heat = heat_to_air_by_building(plant)
    hsrc, hq = heat_sources_of(campus, heat)
    lat, lon = SITE_LATLON
    elev = solar_elevation_deg(weather.time[at_index : at_index + 1], lat, lon)
    cls_now = stability_classes(weather.wind_speed_ms[at_index : at_index + 1], elev, opt.overcast_nights)
    pts2 = np.array([[*r.position, 2.0] for r in rec]).reshape(-1, 3)
    field_now = plume_field(
        hsrc, hq[:, at_index : at_index + 1], pts2, weather.dry_bulb_c[at_index : at_index + 1],
        weather.wind_speed_ms[at_index : at_index + 1], weather.wind_from_deg[at_index : at_index + 1], cls_now,
    )
    t_warm = time.perf_counter()

    gensets = _genset_test_levels(sources, rcv, ground, screens, float(np.mean(t_c)), float(np.mean(rh)), opt)
    site_c = np.mean(np.array(campus.site.boundary), axis=0)
    rows = []
    for i, r in enumerate(rec):
        dx, dy = r.position[0] - site_c[0], r.position[1] - site_c[1]
        bearing = (math.degrees(math.atan2(dx, dy)) + 360.0) % 360.0
        res_day, res_night = opt.residual_dba.get(r.commune, DEFAULT_RESIDUAL)
        noise = {}
        for period, mask, residual in (("day", day_mask, res_day), ("night", night_mask, res_night)):
            plant_dw = float(leq_db(dba[mask, i]))
            lt = float(leq_db(dba[mask, i] - levels.cmet_db[mask, i]))
            chk = check_emergence(plant_dw, residual, period)
            kinds = {k: _r(float(leq_db(v[mask, i]))) for k, v in levels.by_kind.items()}
            thirds = leq_db(levels.thirds_low_db[mask, i, :])
            tonal = tonal_bands(thirds, THIRD_OCTAVES_HZ)
            noise[period] = {
                "plant_dba": _r(plant_dw),
                "plant_long_term_dba": _r(lt),
                "residual_dba": residual,
                "ambient_dba": _r(chk.ambient_dba),
                "emergence_db": _r(chk.emergence_db),
                "regime": chk.regime,
                "limit_db": chk.limit_db,
                "margin_db": _r(chk.margin_db),
                "passes_icpe": chk.passed,
                "by_source_dba": kinds,
                "tonal_bands_hz": tonal,
            }
        gen_alone, gen_hall = gensets[i] if gensets else (None, None)
        rows.append({
            "id": r.id,
            "commune": r.commune,
            "distance_m": round(math.hypot(dx, dy)),
            "direction": COMPASS[int((bearing + 11.25) // 22.5) % 16],
            "bearing_deg": round(bearing),
            "noise": noise,
            "generator_test": None if gen_alone is None else {
                "generators_dba": _r(gen_alone),
                "loudest_yard": gen_hall,
                "with_plant_day_dba": _r(energy_add_db(gen_alone, noise["day"]["plant_dba"])),
                "schedule": "assumption: 4 sets of one yard for 1 h, once a month, weekday 10:00",
            },
            "warm_air": {
                "delta_t_2m_k": _r(float(field_now.delta_t[0, i]), 3),
                "plume_height_m": _r(float(field_now.plume_height[0, i]), 0),
                "in_plume": bool(field_now.downwind[0, i]),
            },
        })

    # Property line and reserve (merged plant items, period L_Aeq).
    boundary = _boundary_points(campus, opt.property_line_step_m, opt.noise.receiver_height_m)
    reserve_pts = _reserve_points(campus, opt.reserve_cell_m, opt.noise.receiver_height_m)
    prop, reserve_noise = {}, {}
    for period, mask in (("day", day_mask), ("night", night_mask)):
        lv = period_levels_at_points(src_window, mask, t_c, rh, ground, screens, boundary)
        lim = PROPERTY_LINE_LIMIT_DBA[period]
        prop[period] = {"max_dba": _r(float(lv.max())), "limit_dba": lim, "margin_db": _r(lim - float(lv.max())), "passes": bool(lv.max() <= lim)}
        rv = period_levels_at_points(src_window, mask, t_c, rh, ground, screens, reserve_pts)
        reserve_noise[period] = {
            "mean_dba": _r(float(leq_db(rv))),
            "max_dba": _r(float(rv.max())),
            "min_dba": _r(float(rv.min())),
            "share_at_or_above": {f"{lv_:g}": round(float((rv >= lv_).mean()), 3) for lv_ in CONTOURS_DBA},
        }
    prop["transformer_hum"] = _hum_at_property_line(src_window, boundary, times, t_c, rh, ground, screens, night_mask, opt)
    reserve_warm = _reserve_warm(campus, weather, hsrc, hq, at_index, year, opt)
    reserve_flow = None
    if reserve_airflow:
        from twin.sim.farfield.reserve import reserve_against_empty_site

        reserve_flow = reserve_against_empty_site(
            campus, {b: float(v[at_index]) for b, v in heat.items()}, float(weather.wind_from_deg[at_index]),
            float(weather.wind_speed_ms[at_index]), float(weather.dry_bulb_c[at_index]),
            continuity=(hsrc, hq[:, at_index], int(cls_now[0]), pts2),
        )
        nested = reserve_flow.get("nested_far_field") or {}
        for row, value in zip(rows, nested.get("delta_t_k", []), strict=False):
            row["warm_air"]["delta_t_2m_k_nested"] = value
    t_maps = time.perf_counter()

    out = {
        "at": str(weather.time[at_index]),
        "weather": {
            "source": weather.label,
            "synthetic": bool(weather.synthetic),
            "air_c": _r(float(weather.dry_bulb_c[at_index])),
            "rh_pct": _r(float(weather.relative_humidity_pct[at_index]), 0),
            "wind_ms": _r(float(weather.wind_speed_ms[at_index])),
            "wind_from_deg": _r(float(weather.wind_from_deg[at_index]), 0),
            "stability_class": "ABCDEF"[int(cls_now[0])],
        },
        "periods": {"day": f"{str(weather.time[sl[7]])[:10]} 07-22 h", "night": f"{str(weather.time[sl[22]])[:10]} 22 h - 07 h"},
        "plant_heat_to_air_mw": _r(float(hq[:, at_index].sum())),
        "receptors": rows,
        "property_line": prop,
        "reserve": {
            "area_ha": _r(effective_reserve_area_ha(campus), 2),
            "area_note": "reserve outline less any building standing on it (no trees under a building)",
            "noise": reserve_noise,
            "warm_air_far_field": reserve_warm,
            "airflow_vs_empty_site": reserve_flow if reserve_flow is not None else "not run (twin residents --reserve-airflow)",
        },
        "assumptions": {
            "residual_dba": {k: {"day": v[0], "night": v[1]} for k, v in opt.residual_dba.items()},
            "residual_status": RESIDUAL_SOURCE.status.value,
            "residual_note": RESIDUAL_SOURCE.note,
            "cooling_mitigation_db": opt.acoustic.cooling_mitigation_db,
            "genset_mitigation_db": opt.acoustic.genset_mitigation_db,
            "genset_tests": "each hall's yard: 4 sets, 1 h at 10:00 on the n-th weekday of the month (n = hall order): assumption",
            "levels": "ISO 9613-2 downwind levels at 4 m; long-term level with C0 = "
            f"{opt.noise.c0_day_db:g} dB day / {opt.noise.c0_night_db:g} dB night (assumption)",
            "warm_air": "Briggs plume rise + Gaussian dispersion (Briggs 1973 rural sigmas), overcast nights assumed",
            "sources": [{"id": s.group, "kind": s.kind, "status": s.provenance.status.value, "note": s.provenance.note} for s in _unique_groups(sources)],
        },
    }
    if year:
        out["annual"] = _annual(campus, weather, sources, hsrc, hq, rec, rcv, ground, screens, opt)
    out["timing_s"] = {
        "noise_receptors": round(t_noise - t_start, 3),
        "warm_air": round(t_warm - t_noise, 3),
        "property_line_and_reserve": round(t_maps - t_warm, 3),
        "total": round(time.perf_counter() - t_start, 3),
    }
    return out


def _genset_test_levels(sources, rcv, ground, screens, t_c: float, rh: float, opt) -> list | None:  # noqa: ANN001
    """Per receptor, the generators' level during the loudest yard's test, whatever the date.

    Each yard's generator source is taken at its test power (its first scheduled hour in the
    year) and propagated alone (ISO 9613-2, the period's mean air); the loudest yard at each
    receptor is reported: ``[(dB(A), building id), ...]``, or None without generators.
    """
    gens = [s for s in sources if s.kind == "genset"]
    if not gens:
        return None
    on = []
    for g in gens:
        hours = np.flatnonzero(np.isfinite(g.lw[:, 0]))
        on.append(g.lw[hours[0]] if hours.size else np.full(8, -np.inf))
    terms = path_terms(np.array([g.position for g in gens]), rcv, ground, screens, opt.noise.ground_samples)
    alpha = octave_absorption_db_per_km(t_c, rh)
    lvl = np.array(on)[None] - terms.a_static - alpha * terms.distance_m[..., None] / 1000.0 + A_WEIGHTING_DB  # (R, G, 8)
    with np.errstate(divide="ignore"):
        per = 10.0 * np.log10(np.sum(10.0 ** (lvl / 10.0), axis=-1))  # (R, G)
    best = np.argmax(per, axis=1)
    return [(float(per[r, k]), gens[k].group.split(" ")[0]) for r, k in enumerate(best)]


def _hum_at_property_line(sources, boundary, times, t_c, rh, ground, screens, night_mask, opt) -> dict | None:  # noqa: ANN001
    """The ICPE tonal test at the property-line point nearest the transformers, at night.

    One-third-octave levels 50-315 Hz of every source there (the hum's 100 Hz band from the
    transformers' declared split, the other sources spread evenly over each octave's thirds).
    """
    hums = [s for s in sources if s.tonal]
    if not hums:
        return None
    centre = np.mean([s.position[:2] for s in hums], axis=0)
    k = int(np.argmin(np.hypot(boundary[:, 0] - centre[0], boundary[:, 1] - centre[1])))
    point = boundary[k : k + 1]
    lv = receptor_levels(sources, point, times, t_c, rh, ground, screens, opt.noise)
    thirds = leq_db(lv.thirds_low_db[night_mask, 0, :])
    bands = tonal_bands(thirds, THIRD_OCTAVES_HZ)
    hum = float(thirds[3] - max(thirds[1], thirds[2], thirds[4], thirds[5]))
    return {
        "point": [round(float(point[0, 0])), round(float(point[0, 1]))],
        "tonal_bands_hz": bands,
        "tonal": bool(bands),
        "hum_100hz_above_neighbours_db": _r(hum),
        "rule": "ICPE tonal criterion (a 1/3-octave band >= 10 dB above its four neighbours, 50-315 Hz, at most 30 % of the period) applies at the homes; shown here at the fence to flag the hum, which runs all night",
        "passes": not bands,
    }


def _unique_groups(sources):  # noqa: ANN001, ANN202
    seen, out = set(), []
    for s in sources:
        if s.group not in seen:
            seen.add(s.group)
            out.append(s)
    return out


def _reserve_warm(campus, weather, hsrc, hq, at_index, year, opt) -> dict:  # noqa: ANN001
    """Far-field estimate of the warming at 2 m over the reserve (indicative: near field)."""
    lat, lon = SITE_LATLON

    def field(spacing: float, sl: slice) -> np.ndarray:
        pts = _reserve_points(campus, spacing, 2.0)
        elev = solar_elevation_deg(weather.time[sl], lat, lon)
        cls = stability_classes(weather.wind_speed_ms[sl], elev, opt.overcast_nights)
        return _chunked_delta_t(hsrc, hq[:, sl], pts, weather.dry_bulb_c[sl], weather.wind_speed_ms[sl], weather.wind_from_deg[sl], cls, min_distance_m=20.0)

    now = field(20.0, slice(at_index, at_index + 1))[0]
    out = {
        "method": "Gaussian plume of each building's heat at 2 m over reserve points 20 m apart (40 m for the year), beyond 20 m downwind of the building centre; indicative only (near field, where the airflow solver is the reference)",
        "mean_delta_t_k": _r(float(now.mean()), 3),
        "max_delta_t_k": _r(float(now.max()), 3),
    }
    if year:
        dt = field(40.0, slice(None))
        out["hours_mean_above_1k"] = int((dt.mean(axis=1) > 1.0).sum())
        out["hours_max_above_1k"] = int((dt.max(axis=1) > 1.0).sum())
    return out


def _chunked_delta_t(hsrc, hq, pts, t_c, wind, wind_from, cls, min_distance_m: float = 1.0, chunk: int = 240) -> np.ndarray:  # noqa: ANN001
    """:func:`plume_field`'s delta_t (T, P) computed ``chunk`` hours at a time (bounded memory)."""
    parts = []
    for a in range(0, hq.shape[1], chunk):
        b = slice(a, a + chunk)
        parts.append(plume_field(hsrc, hq[:, b], pts, t_c[b], wind[b], wind_from[b], cls[b], min_distance_m=min_distance_m).delta_t)
    return np.concatenate(parts, axis=0)


def _annual(campus, weather, sources, hsrc, hq, rec, rcv, ground, screens, opt) -> dict:  # noqa: ANN001
    """Annual statistics over every hour of the weather year."""
    lat, lon = SITE_LATLON
    elev = solar_elevation_deg(weather.time, lat, lon)
    cls = stability_classes(weather.wind_speed_ms, elev, opt.overcast_nights)
    pts2 = np.array([[*r.position, 2.0] for r in rec]).reshape(-1, 3)
    field = plume_field(hsrc, hq, pts2, weather.dry_bulb_c, weather.wind_speed_ms, weather.wind_from_deg, cls)
    levels = receptor_levels(sources, rcv, weather.time, weather.dry_bulb_c, weather.relative_humidity_pct, ground, screens, opt.noise)
    dba = levels.dba
    n_days = len(weather.time) // 24
    out = []
    for i, r in enumerate(rec):
        res_day, res_night = opt.residual_dba.get(r.commune, DEFAULT_RESIDUAL)
        # Night L_Aeq of each night (22 h of day k to 07 h of day k+1) and day L_Aeq of each day.
        nights_fail = days_fail = 0
        night_levels, day_levels = [], []
        for d in range(n_days):
            day = dba[d * 24 + 7 : d * 24 + 22, i]
            night = dba[np.arange(d * 24 + 22, d * 24 + 31) % len(dba), i]
            ld, ln = float(leq_db(day)), float(leq_db(night))
            day_levels.append(ld)
            night_levels.append(ln)
            days_fail += not check_emergence(ld, res_day, "day").passed
            nights_fail += not check_emergence(ln, res_night, "night").passed
        dt = field.delta_t[:, i]
        out.append({
            "id": r.id,
            "commune": r.commune,
            "hours_above_0_1k": int((dt > 0.1).sum()),
            "hours_above_0_5k": int((dt > 0.5).sum()),
            "hours_above_1k": int((dt > 1.0).sum()),
            "max_delta_t_k": _r(float(dt.max()), 3),
            "hours_in_plume": int(field.downwind[:, i].sum()),
            "median_plume_height_m": _r(float(np.nanmedian(np.where(field.downwind[:, i], field.plume_height[:, i], np.nan))) if field.downwind[:, i].any() else None, 0),
            "night_plant_dba_median": _r(float(np.median(night_levels))),
            "night_plant_dba_max": _r(float(np.max(night_levels))),
            "day_plant_dba_max": _r(float(np.max(day_levels))),
            "nights_failing_icpe": nights_fail,
            "days_failing_icpe": days_fail,
            "hours_with_generator_test": int((levels.by_kind.get("genset", np.full_like(dba, -np.inf))[:, i] > -100).sum()),
        })
    return {"hours": len(weather.time), "receptors": out}


def plant_year(campus: Campus, weather, it_load_mw: np.ndarray):  # noqa: ANN001, ANN201
    """The plant over the weather year for a campus and its IT load (B, T): ``(config, result)``.

    The load comes from the caller (``twin.live.simulated.simulate_campus_load`` in the command
    and the window: ``twin.sim`` may not import ``twin.live``). A few milliseconds for the
    default campus once CoolProp's properties are cached.
    """
    from twin.sim.plant import PlantConfig, simulate

    config = PlantConfig.from_campus(campus)
    return config, simulate(config, it_load_mw, weather.dry_bulb_c, weather.relative_humidity_pct)


def neighbours_view(
    campus: Campus,
    weather,  # noqa: ANN001 - WeatherYear
    it_load_mw: np.ndarray,
    at_index: int,
    *,
    period: str = "night",
    map_cell_m: float | None = 10.0,
    map_margin_m: float = 100.0,
    options: ResidentsOptions | None = None,
) -> tuple[dict, object | None]:
    """What the window's Neighbours panel shows: the residents' table and the ground noise map.

    The same :func:`residents_table` as ``twin residents`` (one code path), plus the map of
    ``period`` over a square reaching the nearest receptor plus ``map_margin_m`` (``None``
    skips the map). Runs off the GUI thread in the app.
    """
    from twin.sim.acoustics.noise import noise_map

    opt = options or ResidentsOptions()
    config, plant = plant_year(campus, weather, it_load_mw)
    table = residents_table(campus, weather, plant, config, at_index, options=opt)
    if map_cell_m is None:
        return table, None
    fan = fan_speed_from_plant(plant.building_ids, plant.dry_cooler_fan_mw, config.capacity_mw, config.params.dry_cooler_fan_kw_per_kw)
    sl = _day_and_night_indices(len(weather.time), at_index)
    sources = [dataclasses.replace(s, lw=s.lw[sl]) for s in build_sources(campus, weather.time, fan, plant.chiller_load_mw.sum(axis=0), opt.acoustic)]
    ground, screens = _static_geometry(campus, opt.noise)
    nearest = min((math.hypot(*r.position) for r in campus.receptors), default=700.0)
    half = nearest + map_margin_m
    mask_hours = np.zeros(len(sl), dtype=bool)
    # the same periods as the table: day of that date, the night that starts that evening
    mask_hours[7:22] = period == "day"
    mask_hours[22:31] = period == "night"
    times = weather.time[sl]
    keep = np.flatnonzero(mask_hours)
    nmap = noise_map(
        [dataclasses.replace(s, lw=s.lw[keep]) for s in sources], times[keep], weather.dry_bulb_c[sl][keep],
        weather.relative_humidity_pct[sl][keep], ground, screens, (-half, -half, half, half), period, map_cell_m, opt.noise,
    )
    return table, nmap
