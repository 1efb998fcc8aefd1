"""Plant noise at the homes and on the ground around the campus (ISO 9613-2, see :mod:`.iso9613`).

:func:`receptor_levels` gives the hourly octave-band levels of every source at every receptor;
:func:`period_levels` turns them into L_Aeq by day (7-22 h, 15 h) and at night (22-7 h, 9 h);
:func:`noise_map` computes L_Aeq of a period on a ground grid (5 m cells by default) fast enough
to follow an edit: the sub-sources of one plant item are merged into one point there, the
terms are evaluated once per cell and item (cells x items x 8 bands in numpy).

Land cover (ground factor G, ISO 9613-2 7.3.1): the site is hard (G = 0: concrete, roofs,
roads), the nature reserve and the farmland around porous (G = 1). The villages' gardens and
streets are not distinguished from farmland (assumption). Receivers stand 4 m above the ground
(first-floor window, the height of strategic noise maps, Directive 2002/49/EC Annex I).

Levels by period are *downwind* levels (ISO 9613-2 eq. 3: propagation favourable from every
source to every receiver, which is how French impact studies check the emergence at night);
the long-term level ``L_AT(LT) = L_AT(DW) - C_met`` is given beside it with C0 an assumption
(2 dB by day, 1 dB at night: nights are more often favourable, temperature inversions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from twin.model.campus import Campus
from twin.sim.acoustics.iso9613 import (
    A_WEIGHTING_DB,
    GroundMap,
    Screen,
    attenuation,
    energy_sum_db,
    octave_absorption_db_per_km,
)
from twin.sim.acoustics.sources import SoundSource

DAY_HOURS = tuple(range(7, 22))
"""Hours of day (start of hour) in the French day period, 7-22 h."""
NIGHT_HOURS = tuple(h for h in range(24) if h not in DAY_HOURS)
CONTOURS_DBA = (35.0, 40.0, 45.0, 50.0, 55.0)
"""Contour levels of the noise map, dB(A)."""


@dataclass(frozen=True)
class NoiseSettings:
    """Propagation settings (assumptions unless stated)."""

    receiver_height_m: float = 4.0
    site_g: float = 0.0
    """Hard ground on the former steelworks (concrete, roofs, roads)."""
    reserve_g: float = 1.0
    """Planted reserve: porous."""
    farmland_g: float = 1.0
    """Farmland and everything outside the site: porous."""
    c0_day_db: float = 2.0
    """ISO 9613-2 C0 by day (0-5 dB in the standard; local statistic not available). Assumption."""
    c0_night_db: float = 1.0
    """C0 at night. Assumption."""
    ground_cell_m: float = 5.0
    ground_samples: int = 6


def ground_map(campus: Campus, settings: NoiseSettings | None = None) -> GroundMap:
    """Raster of G over the site: hard inside the parcel, porous in the reserve and outside."""
    import shapely
    from shapely.geometry import Polygon

    s = settings or NoiseSettings()
    site = Polygon(campus.site.boundary)
    reserve = Polygon(campus.reserve.boundary)
    x0, y0, x1, y1 = site.bounds
    x0, y0 = x0 - s.ground_cell_m, y0 - s.ground_cell_m
    nx = int(np.ceil((x1 - x0) / s.ground_cell_m)) + 2
    ny = int(np.ceil((y1 - y0) / s.ground_cell_m)) + 2
    xs = x0 + (np.arange(nx) + 0.5) * s.ground_cell_m
    ys = y0 + (np.arange(ny) + 0.5) * s.ground_cell_m
    gx, gy = np.meshgrid(xs, ys)
    g = np.full(gx.shape, s.farmland_g)
    g[shapely.contains_xy(site, gx, gy)] = s.site_g
    # Trees under a building do not count: the reserve is porous only where no building stands.
    trees = reserve
    for b in campus.buildings:
        trees = trees.difference(Polygon(b.footprint))
    g[shapely.contains_xy(trees, gx, gy)] = s.reserve_g
    return GroundMap(x0, y0, s.ground_cell_m, g, outside=s.farmland_g)


def screens_of(campus: Campus) -> list[Screen]:
    """Every building as a barrier (roof height), ISO 9613-2 7.4."""
    return [Screen(tuple(b.footprint), float(b.height_m)) for b in campus.buildings]


@dataclass(frozen=True, eq=False)
class PathTerms:
    """Hour-independent terms for sources x receivers: everything but A_atm, plus d and C_met."""

    a_static: np.ndarray
    """A_div + A_gr + A_bar, dB, (R, S, 8)."""
    distance_m: np.ndarray
    """3-D distance, m (R, S)."""
    cmet_unit: np.ndarray
    """C_met for C0 = 1 dB (multiply by C0), (R, S)."""


def path_terms(src_xyz: np.ndarray, rcv_xyz: np.ndarray, ground: GroundMap, screens: Sequence[Screen], samples: int = 6) -> PathTerms:
    """Terms of ISO 9613-2 that do not change hour to hour, for (R,) receivers x (S,) sources."""
    src = np.asarray(src_xyz, float)[None, :, :]
    rcv = np.asarray(rcv_xyz, float)[:, None, :]
    att = attenuation(src, rcv, 20.0, 70.0, ground, screens, c0_db=1.0, ground_samples=samples)
    d = np.linalg.norm(np.broadcast_to(rcv, np.broadcast_shapes(src.shape, rcv.shape)) - src, axis=-1)
    return PathTerms(a_static=att.a_div + att.a_gr + att.a_bar, distance_m=d, cmet_unit=att.c_met)


@dataclass(frozen=True, eq=False)
class ReceptorLevels:
    """Hourly downwind octave-band levels at the receptors.

    ``band_db`` has shape (T, R, 8): all sources together; ``by_kind`` maps a source kind
    (``dry_cooler``, ``chiller``, ``transformer``, ``genset``...) to its (T, R) dB(A);
    ``cmet_db`` is (T, R), the C_met of the dominant path (period C0 applied).
    """

    hours: np.ndarray
    band_db: np.ndarray
    by_kind: dict[str, np.ndarray]
    cmet_db: np.ndarray
    thirds_low_db: np.ndarray
    """(T, R, 9) one-third-octave levels 50-315 Hz for the tonal test (see sources.THIRD_OCTAVES_HZ)."""

    @property
    def dba(self) -> np.ndarray:
        """A-weighted downwind level, (T, R) dB(A)."""
        return energy_sum_db(self.band_db + A_WEIGHTING_DB, axis=-1)


def receptor_levels(
    sources: Sequence[SoundSource],
    receivers_xyz: np.ndarray,
    times: np.ndarray,
    temperature_c: np.ndarray,
    rh_pct: np.ndarray,
    ground: GroundMap,
    screens: Sequence[Screen],
    settings: NoiseSettings | None = None,
    terms: PathTerms | None = None,
) -> ReceptorLevels:
    """Hourly levels of every source at every receiver (T hours x R receivers x 8 bands)."""
    s = settings or NoiseSettings()
    src = np.array([src.position for src in sources], float)
    terms = terms or path_terms(src, receivers_xyz, ground, screens, s.ground_samples)
    t_c = np.asarray(temperature_c, float)
    rh = np.asarray(rh_pct, float)
    alpha = octave_absorption_db_per_km(t_c[:, None], rh[:, None])  # (T, 8)
    lw_all = np.stack([src.lw for src in sources], axis=1)  # (T, S, 8)
    kinds = sorted({src.kind for src in sources})
    kind_of = np.array([kinds.index(src.kind) for src in sources])
    # One-third octaves 50-315 Hz: octave energy split evenly into its thirds, except tonal
    # sources whose 125 Hz octave follows their declared split (the hum sits at 100 Hz).
    split = np.zeros((len(sources), 9, 8))
    for i, src in enumerate(sources):
        for j in range(9):
            octave, pos = divmod(j, 3)  # 50, 63, 80 -> 63 Hz; 100, 125, 160 -> 125 Hz; 200-315 -> 250 Hz
            tonal = src.tonal and octave == 1 and src.thirds_125 is not None
            split[i, j, octave] = src.thirds_125[pos] if tonal else 1.0 / 3.0
    kind_matrix = np.zeros((len(sources), len(kinds)))
    kind_matrix[np.arange(len(sources)), kind_of] = 1.0
    a_weight = 10.0 ** (A_WEIGHTING_DB / 10.0)
    e_static = 10.0 ** (-terms.a_static / 10.0)  # (R, S, 8)
    n_t, n_r = len(t_c), terms.distance_m.shape[0]
    band = np.empty((n_t, n_r, 8))
    kind_e = np.empty((n_t, n_r, len(kinds)))
    dominant = np.empty((n_t, n_r), dtype=int)
    thirds = np.empty((n_t, n_r, 9))
    # Blocks of hours keep the (hours, R, S, 8) temporaries small enough to stay in cache.
    block = max(1, 200_000 // max(1, n_r * len(sources) * 8))
    for a in range(0, n_t, block):
        b = slice(a, a + block)
        # E[t, r, s, b] = 10^(Lw/10) 10^(-A_static/10) 10^(-alpha d / 10^4)
        with np.errstate(over="ignore", under="ignore"):
            e_atm = 10.0 ** (-alpha[b, None, None, :] * terms.distance_m[None, :, :, None] / 10_000.0)
            energy = 10.0 ** (lw_all[b, None, :, :] / 10.0) * e_static[None] * e_atm  # (t, R, S, 8)
        band[b] = 10.0 * np.log10(np.maximum(energy.sum(axis=2), 1e-30))
        weighted = (energy * a_weight).sum(axis=3)  # (t, R, S) A-weighted energy per source
        kind_e[b] = weighted @ kind_matrix
        dominant[b] = np.argmax(weighted, axis=2)
        thirds[b] = np.einsum("trsb,sjb->trj", energy, split, optimize=True)
    by_kind = {k: 10.0 * np.log10(np.maximum(kind_e[:, :, i], 1e-30)) for i, k in enumerate(kinds)}
    hours = (np.asarray(times, "datetime64[h]") - np.asarray(times, "datetime64[D]")).astype(int)
    c0 = np.where(np.isin(hours, DAY_HOURS), s.c0_day_db, s.c0_night_db)
    cmet = terms.cmet_unit[np.arange(n_r)[None, :], dominant] * c0[:, None]
    thirds_db = 10.0 * np.log10(np.maximum(thirds, 1e-30))
    return ReceptorLevels(hours=hours, band_db=band, by_kind=by_kind, cmet_db=cmet, thirds_low_db=thirds_db)


def leq_db(levels_db: np.ndarray, axis: int = 0) -> np.ndarray:
    """Energy-mean level over ``axis`` (an L_eq of equal-length hours)."""
    with np.errstate(divide="ignore"):
        return 10.0 * np.log10(np.mean(10.0 ** (np.asarray(levels_db) / 10.0), axis=axis))


def period_mask(hours: np.ndarray, period: str) -> np.ndarray:
    """True for the hours (0-23) of ``"day"`` (7-22 h) or ``"night"`` (22-7 h)."""
    return np.isin(hours, DAY_HOURS if period == "day" else NIGHT_HOURS)


@dataclass(frozen=True, eq=False)
class NoiseMap:
    """L_Aeq of one period on a ground grid; ``dba[j, i]`` at cell centre (x0 + (i+.5) cell, y0 + (j+.5) cell)."""

    x0: float
    y0: float
    cell_m: float
    dba: np.ndarray
    period: str
    height_m: float

    def centres(self) -> tuple[np.ndarray, np.ndarray]:
        """Cell-centre coordinates (x along columns, y along rows), m."""
        ny, nx = self.dba.shape
        return self.x0 + (np.arange(nx) + 0.5) * self.cell_m, self.y0 + (np.arange(ny) + 0.5) * self.cell_m

    def share_above(self, mask: np.ndarray, levels: Sequence[float] = CONTOURS_DBA) -> dict[float, float]:
        """Share (0-1) of the cells in ``mask`` at or above each contour level."""
        vals = self.dba[mask]
        n = max(vals.size, 1)
        return {float(lv): float((vals >= lv).sum() / n) for lv in levels}


def merged_sources(sources: Sequence[SoundSource], hour_mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One point per plant item (``group``) with the energy-mean L_W over the masked hours.

    Returns positions (G, 3) and L_W (G, 8); items silent over the whole period are dropped.
    """
    groups: dict[str, list[SoundSource]] = {}
    for src in sources:
        groups.setdefault(src.group, []).append(src)
    pos, lw = [], []
    for members in groups.values():
        with np.errstate(divide="ignore"):
            e = sum(10.0 ** (m.lw[hour_mask] / 10.0) for m in members).mean(axis=0)  # (8,)
        if not np.any(e > 0):
            continue
        pos.append(np.mean([m.position for m in members], axis=0))
        lw.append(10.0 * np.log10(np.maximum(e, 1e-30)))
    return np.array(pos).reshape(-1, 3), np.array(lw).reshape(-1, 8)


def noise_map(
    sources: Sequence[SoundSource],
    times: np.ndarray,
    temperature_c: np.ndarray,
    rh_pct: np.ndarray,
    ground: GroundMap,
    screens: Sequence[Screen],
    extent: tuple[float, float, float, float],
    period: str = "night",
    cell_m: float = 5.0,
    settings: NoiseSettings | None = None,
) -> NoiseMap:
    """Downwind L_Aeq of ``period`` on a grid of ``cell_m`` cells over ``extent`` (x0, y0, x1, y1).

    Vectorised over cells x plant items x bands (see module docstring). Measured on the 2-core
    development machine (``bench/bench_residents.py``): the 1.4 km square around the default
    campus takes about 1-2 s with 10 m cells (19,600) and several seconds with 5 m cells
    (78,400), the building screening being most of it.
    """
    s = settings or NoiseSettings()
    hours = (np.asarray(times, "datetime64[h]") - np.asarray(times, "datetime64[D]")).astype(int)
    mask = period_mask(hours, period)
    if not mask.any():
        raise ValueError(f"no {period} hour among the {len(hours)} hours given")
    x0, y0, x1, y1 = extent
    nx = int(np.ceil((x1 - x0) / cell_m))
    ny = int(np.ceil((y1 - y0) / cell_m))
    xs = x0 + (np.arange(nx) + 0.5) * cell_m
    ys = y0 + (np.arange(ny) + 0.5) * cell_m
    gx, gy = np.meshgrid(xs, ys)
    rcv = np.stack([gx.ravel(), gy.ravel(), np.full(gx.size, s.receiver_height_m)], axis=-1)
    dba = period_levels_at_points(sources, mask, temperature_c, rh_pct, ground, screens, rcv).reshape(ny, nx)
    return NoiseMap(x0, y0, cell_m, dba, period, s.receiver_height_m)


def period_levels_at_points(
    sources: Sequence[SoundSource],
    hour_mask: np.ndarray,
    temperature_c: np.ndarray,
    rh_pct: np.ndarray,
    ground: GroundMap,
    screens: Sequence[Screen],
    points_xyz: np.ndarray,
    chunk: int = 40_000,
) -> np.ndarray:
    """Downwind L_Aeq over the masked hours at many points (P, 3), dB(A) (P,).

    Plant items are merged into one point each (:func:`merged_sources`) with their energy-mean
    power; air absorption uses the period's mean temperature and humidity.
    """
    pos, lw = merged_sources(sources, hour_mask)
    rcv = np.asarray(points_xyz, float)
    if len(pos) == 0:
        return np.full(rcv.shape[0], -np.inf)
    t_mean = float(np.mean(np.asarray(temperature_c, float)[hour_mask]))
    rh_mean = float(np.mean(np.asarray(rh_pct, float)[hour_mask]))
    total = np.zeros(rcv.shape[0])
    for a in range(0, rcv.shape[0], chunk):
        r = rcv[a : a + chunk]
        att = attenuation(pos[None], r[:, None], t_mean, rh_mean, ground, screens, ground_samples=3)
        lvl = lw[None] - att.total_dw + A_WEIGHTING_DB
        total[a : a + chunk] = (10.0 ** (lvl / 10.0)).sum(axis=(1, 2))
    with np.errstate(divide="ignore"):
        return 10.0 * np.log10(total)
