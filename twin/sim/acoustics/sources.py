"""Sound sources of the campus, built from the layout and the plant's state (not typed in).

Each :class:`SoundSource` is a point at its real position and height with an octave-band sound
power (63 Hz - 8 kHz, dB re 1 pW) per hour, and a :class:`~twin.model.campus.FigureSource`
saying whether its level is published, derived or an assumption, like the layout's figures.

============================  ==================================================================
source                        sound power
============================  ==================================================================
dry / adiabatic cooler fans   ``L_WA = L_unit + 10 lg N + 50 lg(n/n_0) - mitigation``, N units
                              from the heat the hall rejects at design (1 MW per unit), fan
                              speed n/n_0 from the plant (fan power = design x speed^3)
trim-chiller condensers       ``99 dB(A) + 10 lg(Q_ch / 1.4 MW)`` while chillers carry Q_ch
transformers (substation)     ``90 dB(A)`` per ~120 MVA unit, hum at 100 Hz (tonal), always on
diesel generators (tests)     ``108 dB(A)`` per enclosed 2.5 MW set, scaled 10 lg(P/2.5 MW),
                              during an assumed monthly daytime test schedule
============================  ==================================================================

Sources of the unit levels: shared/domain/escaudain.md s.6 (one dry cooler ~93 dB(A), a 50 MW
cooling plant ~110 dB(A) untreated, i.e. 50 units of ~1 MW; air-cooled chiller ~99 dB(A) per
~1.4 MW; transformer ~90 dB(A) with a 100/125 Hz hum; enclosed 2.5 MW generator ~108 dB(A); fan
law ~50 lg of the speed ratio; best-practice mitigation -8 dB on cooling, -10 dB on gensets).
Octave-band shapes are planning assumptions (generic axial-fan, chiller, transformer and
enclosed-genset spectra), normalised so that their A-weighted sum is the stated L_WA.

A roof full of coolers is not a point: it is split into sub-sources on a grid (ISO 9613-2
requires d > 2 H_max for a point), each carrying its share of the power, at the fans' discharge
height (roof + equipment height).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from twin.model.campus import (
    BuildingKind,
    Campus,
    EquipmentKind,
    FigureSource,
    Placement,
    Status,
)
from twin.sim.acoustics.iso9613 import A_WEIGHTING_DB, energy_sum_db

# Spectrum shapes: A-weighted band share of the total, dB (normalised below). Assumptions.
_FAN_SHAPE_A = np.array([-17.0, -10.0, -6.0, -4.0, -5.0, -8.0, -13.0, -20.0])
"""Large low-speed axial fans (dry coolers): broadband, maximum at 250-1000 Hz (A-weighted)."""
_CHILLER_SHAPE_A = np.array([-18.0, -11.0, -7.0, -5.0, -4.0, -6.0, -11.0, -18.0])
"""Air-cooled screw chiller: compressor tones 500 Hz-2 kHz plus condenser fans."""
_TRANSFORMER_SHAPE_A = np.array([-25.0, -1.0, -6.0, -10.0, -14.0, -20.0, -28.0, -36.0])
"""Oil-filled power transformer: magnetostriction hum at 100 Hz (in the 125 Hz octave, which
carries most of the unweighted energy) and its 200 Hz harmonic."""
_GENSET_SHAPE_A = np.array([-14.0, -8.0, -5.0, -4.0, -5.0, -7.0, -12.0, -18.0])
"""Enclosed diesel genset with exhaust silencer: low-frequency exhaust and engine casing."""

THIRD_OCTAVES_HZ = np.array([50.0, 63.0, 80.0, 100.0, 125.0, 160.0, 200.0, 250.0, 315.0])
"""One-third-octave bands used for the tonal test of the hum (ICPE: 50-315 Hz, >= 10 dB)."""


def _normalised(shape_a: np.ndarray, lwa: float) -> np.ndarray:
    """Unweighted octave-band L_W whose A-weighted total is ``lwa``."""
    shape = shape_a - energy_sum_db(shape_a)
    return lwa + shape - A_WEIGHTING_DB


@dataclass(frozen=True)
class AcousticParameters:
    """Every figure of the source model, with its provenance (see the module docstring)."""

    dry_cooler_unit_lwa: float = 93.0
    """One dry cooler at full fan speed, dB(A) (escaudain.md s.6, third-party model value)."""
    dry_cooler_unit_mw: float = 1.0
    """Heat one dry cooler rejects at design, MW: derived, 50 units x 93 dB(A) = 110 dB(A) for a
    50 MW plant (escaudain.md s.6)."""
    fan_law_exponent: float = 50.0
    """Sound power change per decade of fan speed, dB: 50 lg(n/n0) (escaudain.md s.6)."""
    chiller_unit_lwa: float = 99.0
    """Air-cooled chiller, dB(A) per chiller_unit_mw of cooling (escaudain.md s.6)."""
    chiller_unit_mw: float = 1.4
    transformer_lwa: float = 90.0
    """One large power transformer, dB(A) (escaudain.md s.6, U)."""
    transformer_mva: float = 120.0
    """Rating per transformer, MVA: assumption; the count is grid connection / rating."""
    hum_share_100hz: float = 0.9
    """Share of the 125 Hz octave's energy in the 100 Hz one-third octave (the 2 x 50 Hz hum). Assumption."""
    genset_lwa_2_5mw: float = 108.0
    """Enclosed 2.5 MW generator, dB(A) (escaudain.md s.6); scaled by 10 lg(P / 2.5 MW)."""
    genset_test_hours: tuple[int, ...] = (10,)
    """Hours of day a generator test runs (assumption: one hour, 10:00-11:00)."""
    genset_tests_per_month: int = 1
    """Each hall's yard is tested once a month, on weekday number ``hall index + 1`` of the month
    (assumption)."""
    gensets_per_test: int = 4
    """Sets run together during a test (the rest of the yard rests). Assumption."""
    cooling_mitigation_db: float = 0.0
    """Reduction on coolers and chillers (low-noise fans, screens). 0: untreated, the published
    third-party levels; best practice is about 8 dB (escaudain.md s.6)."""
    genset_mitigation_db: float = 0.0
    """Reduction on generators; best practice about 10 dB (escaudain.md s.6)."""
    roof_grid_m: float = 40.0
    """Spacing of the sub-sources that stand for a roof of coolers, m (ISO 9613-2: d > 2 H_max)."""


@dataclass(frozen=True, eq=False)
class SoundSource:
    """One point source: position (x, y, height above ground, m) and L_W per band per hour.

    ``lw`` has shape (T, 8), dB re 1 pW, ``-inf`` when the source is off. ``group`` names the
    physical plant item (e.g. ``"dc1 dry coolers"``) several sub-sources share.
    """

    id: str
    group: str
    kind: str
    position: tuple[float, float, float]
    lw: np.ndarray
    provenance: FigureSource
    tonal: bool = False
    thirds_125: np.ndarray | None = field(default=None)
    """For a tonal source: the shares of the 125 Hz octave's energy in its 100, 125 and 160 Hz thirds."""

    @property
    def lwa(self) -> np.ndarray:
        """A-weighted sound power per hour, dB(A) (T,)."""
        return energy_sum_db(self.lw + A_WEIGHTING_DB, axis=-1)


def _roof_points(footprint: tuple[tuple[float, float], ...], spacing: float) -> list[tuple[float, float]]:
    """Centres of a grid of cells covering the footprint's bounding box, kept if inside it."""
    from shapely.geometry import Point, Polygon

    poly = Polygon(footprint)
    x0, y0, x1, y1 = poly.bounds
    nx = max(1, round((x1 - x0) / spacing))
    ny = max(1, round((y1 - y0) / spacing))
    pts = []
    for i in range(nx):
        for j in range(ny):
            p = (x0 + (i + 0.5) * (x1 - x0) / nx, y0 + (j + 0.5) * (y1 - y0) / ny)
            if poly.contains(Point(p)):
                pts.append(p)
    if not pts:
        c = poly.representative_point()
        pts = [(c.x, c.y)]
    return pts


def genset_test_mask(times: np.ndarray, hall_index: int, params: AcousticParameters) -> np.ndarray:
    """True at the hours a hall's generators are on test (assumed schedule, see parameters).

    The test runs on the ``hall_index + 1``-th weekday (Monday-Friday) of each month, at the
    hours in ``genset_test_hours``.
    """
    t = np.asarray(times, dtype="datetime64[h]")
    days = t.astype("datetime64[D]")
    hours = (t - days).astype(int)
    months = t.astype("datetime64[M]")
    weekday = (days.astype(int) + 3) % 7  # 1970-01-01 was a Thursday; Monday = 0
    is_weekday = weekday < 5
    # Ordinal of the weekday within the month: count weekdays from the first of the month.
    first = months.astype("datetime64[D]")
    span = (days - first).astype(int)
    first_wd = (first.astype(int) + 3) % 7
    # weekdays among days first..day inclusive
    full_weeks, rest = np.divmod(span + 1, 7)
    extra = np.zeros_like(rest)
    for k in range(7):
        extra += (rest > k) & (((first_wd + k) % 7) < 5)
    ordinal = full_weeks * 5 + extra  # 1-based on a weekday
    on_day = is_weekday & (ordinal == hall_index + 1)
    return on_day & np.isin(hours, np.array(params.genset_test_hours))


def build_sources(
    campus: Campus,
    times: np.ndarray,
    fan_speed: dict[str, np.ndarray],
    chiller_load_mw: np.ndarray,
    params: AcousticParameters | None = None,
) -> list[SoundSource]:
    """Every sound source of the campus over T hours.

    Parameters
    ----------
    campus
        The layout: halls with their roof or yard coolers, the cooling plant (chiller
        condensers), the substation, generator yards.
    times
        Hour stamps (T,), ``datetime64``; they place the generator tests.
    fan_speed
        Building id -> dry-cooler fan speed as a fraction of full speed (T,), from the plant
        (:func:`fan_speed_from_plant`). A hall missing here runs at full speed.
    chiller_load_mw
        Heat carried by all trim chillers together (T,), MW; their condensers stand at the
        cooling plant (or on the halls when the campus has none).
    """
    p = params or AcousticParameters()
    n_t = len(times)
    sources: list[SoundSource] = []
    halls = campus.data_halls
    plant = next((b for b in campus.buildings if b.kind == BuildingKind.COOLING_PLANT), None)
    for index, hall in enumerate(halls):
        hr = hall.heat_rejection
        if hr is not None:
            base = hall.height_m if hr.placement == Placement.ROOF else 0.0
            z = base + hr.height_m
            units = max(1.0, hall.it_capacity_mw / p.dry_cooler_unit_mw)
            speed = np.asarray(fan_speed.get(hall.id, np.ones(n_t)), float)
            with np.errstate(divide="ignore"):
                lwa_t = p.dry_cooler_unit_lwa + 10 * math.log10(units) + p.fan_law_exponent * np.log10(np.maximum(speed, 0.0)) - p.cooling_mitigation_db
            pts = _roof_points(hr.footprint, p.roof_grid_m)
            share = 10 * math.log10(len(pts))
            kind = "adiabatic_cooler" if hr.equipment == EquipmentKind.ADIABATIC_COOLER else "dry_cooler"
            note = (
                f"{units:.0f} units x {p.dry_cooler_unit_lwa:.0f} dB(A) (1 per {p.dry_cooler_unit_mw:g} MW of design heat), "
                f"fan law {p.fan_law_exponent:g} lg(speed) from the plant's fan power"
                + (f", mitigation -{p.cooling_mitigation_db:g} dB" if p.cooling_mitigation_db else ", untreated")
            )
            lw = _normalised(_FAN_SHAPE_A, 0.0)[None, :] + (lwa_t - share)[:, None]
            for k, (x, y) in enumerate(pts):
                sources.append(
                    SoundSource(f"{hall.id}_coolers_{k}", f"{hall.id} {kind.replace('_', ' ')}s", kind, (x, y, z), lw, FigureSource(Status.DERIVED, note))
                )
        yard = hall.generator_yard
        if yard is not None and yard.generator_count > 0:
            mask = genset_test_mask(times, index, p)
            lwa_one = p.genset_lwa_2_5mw + 10 * math.log10(yard.rating_mw_each / 2.5) - p.genset_mitigation_db
            n_on = min(p.gensets_per_test, yard.generator_count)
            lwa_t = np.where(mask, lwa_one + 10 * math.log10(n_on), -np.inf)
            from shapely.geometry import Polygon

            c = Polygon(yard.footprint).centroid
            lw = _normalised(_GENSET_SHAPE_A, 0.0)[None, :] + lwa_t[:, None]
            sources.append(
                SoundSource(
                    f"{hall.id}_gensets", f"{hall.id} generators (test)", "genset", (c.x, c.y, 3.0), lw,
                    FigureSource(Status.ASSUMPTION, f"{n_on} of {yard.generator_count} x {yard.rating_mw_each:g} MW sets, {lwa_one:.0f} dB(A) each (108 dB(A) per enclosed 2.5 MW set, escaudain.md s.6), on an assumed monthly 1 h daytime test"),
                )
            )
    # Trim chillers: at the central cooling plant's roof (its condensers), else spread on the halls.
    q = np.asarray(chiller_load_mw, float)
    with np.errstate(divide="ignore"):
        lwa_ch = np.where(q > 1e-6, p.chiller_unit_lwa + 10 * np.log10(np.maximum(q, 1e-12) / p.chiller_unit_mw), -np.inf) - p.cooling_mitigation_db
    hosts = [plant] if plant is not None else list(halls)
    for host in hosts:
        hr = host.heat_rejection
        footprint = hr.footprint if hr is not None else host.footprint
        z = host.height_m + (hr.height_m if hr is not None else 2.0)
        pts = _roof_points(footprint, p.roof_grid_m)
        share = 10 * math.log10(len(pts) * len(hosts))
        lw = _normalised(_CHILLER_SHAPE_A, 0.0)[None, :] + (lwa_ch - share)[:, None]
        for k, (x, y) in enumerate(pts):
            sources.append(
                SoundSource(
                    f"{host.id}_chillers_{k}", f"{host.id} trim chillers", "chiller", (x, y, z), lw,
                    FigureSource(Status.DERIVED, "99 dB(A) per 1.4 MW of chiller load (escaudain.md s.6), load from the plant model"),
                )
            )
    sub = next((b for b in campus.buildings if b.kind == BuildingKind.SUBSTATION), None)
    if sub is not None:
        n_tr = max(1, math.ceil(campus.scenario.grid_connection_mw / p.transformer_mva))
        from shapely.geometry import Polygon

        poly = Polygon(sub.footprint)
        x0, y0, x1, y1 = poly.bounds
        # Transformers stand in a row in the yard beside the substation building (south side).
        lw = np.broadcast_to(_normalised(_TRANSFORMER_SHAPE_A, p.transformer_lwa), (n_t, 8))
        # the 125 Hz octave's thirds are 100, 125 and 160 Hz: the hum sits in the first
        thirds = np.array([p.hum_share_100hz, (1 - p.hum_share_100hz) / 2, (1 - p.hum_share_100hz) / 2])
        for k in range(n_tr):
            x = x0 + (k + 0.5) * (x1 - x0) / n_tr
            sources.append(
                SoundSource(
                    f"transformer_{k}", "substation transformers", "transformer", (x, y0 - 8.0, 4.0), lw,
                    FigureSource(Status.ASSUMPTION, f"{n_tr} x {p.transformer_mva:g} MVA units (grid connection / rating), {p.transformer_lwa:g} dB(A) each with a 100 Hz hum (escaudain.md s.6, U)"),
                    tonal=True, thirds_125=thirds,
                )
            )
    return sources


def fan_speed_from_plant(building_ids: tuple[str, ...], dry_cooler_fan_mw: np.ndarray, capacity_mw: np.ndarray, fan_kw_per_kw: float) -> dict[str, np.ndarray]:
    """Fan speed per hall (B, T) recovered from the plant's fan power: ``P = P_design speed^3``.

    The plant model (:mod:`twin.sim.plant`) sets the fans' speed so the dry coolers just hold
    the supply set-point and computes their electricity with the cube law; inverting that law
    gives back the speed, so the noise follows load and air temperature exactly as the PUE does.
    """
    design = fan_kw_per_kw * np.asarray(capacity_mw, float)[:, None]
    speed = np.cbrt(np.clip(np.asarray(dry_cooler_fan_mw, float) / np.maximum(design, 1e-12), 0.0, 1.0))
    return {b: speed[i] for i, b in enumerate(building_ids)}
