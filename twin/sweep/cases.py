"""The wind rose of a weather year as a small set of solver cases.

Every hour is put in one bin: a wind *sector* (``sectors`` equal sectors centred on north,
east, ... for 8) and a *speed class* (between consecutive ``speed_edges``, m/s at 10 m). Each
non-empty bin becomes one :class:`WindCase`: the sector's centre direction, the mean speed of
its hours (rounded to 0.5 m/s, at least :data:`MIN_SPEED_MS`) and their mean air temperature
(rounded to :data:`AMBIENT_STEP_C`, so a case is shared by weather years that differ a little
and the cache serves it). The recirculation solved for a case stands for every hour of its bin.

Why this is enough: the intake rise at a hall depends mostly on where the wind comes from
(which hall is upwind) and on its speed (how far a plume is bent over before it reaches the next
intake); the air temperature enters only through the Boussinesq buoyancy ``g (T - T0) / T0``,
a 3 % change between 0 and 10 C.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from twin.sim.weather import WeatherYear

DEFAULT_SECTORS = 8
DEFAULT_SPEED_EDGES = (0.0, 2.5, 5.0, math.inf)
"""Speed classes, m/s at 10 m: light (< 2.5), moderate (2.5-5) and strong (> 5) wind."""
MIN_SPEED_MS = 0.5
"""The solver's inflow floor (it treats calmer air as 0.5 m/s)."""
AMBIENT_STEP_C = 5.0
DEFAULT_MIN_CASE_HOURS = 24
"""Bins with fewer hours are not solved on their own: their hours join the nearest solved bin
(nearest sector first, then speed class). A bin of one hour of calm air costs as much as a
thousand-hour bin and moves the annual figures by less than the sweep's own uncertainty."""


@dataclass(frozen=True)
class WindCase:
    """One solver case: wind from (deg, meteorological), speed at 10 m (m/s), air (C)."""

    wind_from_deg: float
    wind_speed_ms: float
    ambient_c: float

    def describe(self) -> str:
        """``"240 deg at 4.5 m/s, 10 C"``."""
        return f"{self.wind_from_deg:.0f} deg at {self.wind_speed_ms:g} m/s, {self.ambient_c:.0f} C"


@dataclass(frozen=True, eq=False)
class WindRose:
    """The cases of a weather year and which case stands for each hour.

    Attributes
    ----------
    sectors, speed_edges
        The binning used.
    cases
        Non-empty bins, most frequent first.
    hours
        Hours of the year in each case (same order as ``cases``).
    case_of_hour
        (T,) index into ``cases`` for every hour of the weather series.
    """

    sectors: int
    speed_edges: tuple[float, ...]
    cases: tuple[WindCase, ...]
    hours: tuple[int, ...]
    case_of_hour: np.ndarray

    def __len__(self) -> int:
        return len(self.cases)


def wind_rose(
    weather: WeatherYear,
    sectors: int = DEFAULT_SECTORS,
    speed_edges: tuple[float, ...] = DEFAULT_SPEED_EDGES,
    min_case_hours: int = DEFAULT_MIN_CASE_HOURS,
) -> WindRose:
    """Bin the hours of ``weather`` into wind cases (see the module docstring).

    Bins with fewer than ``min_case_hours`` hours are merged into the nearest bin that has
    enough (distance = sector steps + speed-class steps), unless no bin has enough.

    Raises
    ------
    ValueError
        If ``sectors`` < 1 or ``speed_edges`` is not increasing with at least two edges.
    """
    if sectors < 1:
        raise ValueError("sectors must be at least 1")
    edges = np.asarray(speed_edges, dtype=float)
    if edges.size < 2 or np.any(np.diff(edges) <= 0):
        raise ValueError("speed_edges must be at least two increasing values")
    width = 360.0 / sectors
    direction = np.asarray(weather.wind_from_deg, dtype=float) % 360.0
    speed = np.asarray(weather.wind_speed_ms, dtype=float)
    sector = np.floor(((direction + 0.5 * width) % 360.0) / width).astype(int) % sectors
    klass = np.clip(np.searchsorted(edges, speed, side="right") - 1, 0, edges.size - 2)
    n_class = edges.size - 1
    bin_id = sector * n_class + klass
    ids, counts = np.unique(bin_id, return_counts=True)
    keep = ids[counts >= min_case_hours]
    if keep.size and keep.size < ids.size:
        ks, kc = keep // n_class, keep % n_class
        remap = {}
        for b in ids[counts < min_case_hours]:
            ds = np.abs(ks - b // n_class)
            ds = np.minimum(ds, sectors - ds)
            remap[int(b)] = int(keep[np.argmin(ds * (n_class + 1) + np.abs(kc - b % n_class))])
        bin_id = np.array([remap.get(int(b), int(b)) for b in bin_id])
    ids, inverse, counts = np.unique(bin_id, return_inverse=True, return_counts=True)
    order = np.argsort(-counts, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    cases = []
    for i in order:
        members = inverse == i
        s = int(ids[i]) // n_class
        mean_speed = max(round(2.0 * float(speed[members].mean())) / 2.0, MIN_SPEED_MS)
        ambient = AMBIENT_STEP_C * round(float(np.mean(weather.dry_bulb_c[members])) / AMBIENT_STEP_C)
        cases.append(WindCase(wind_from_deg=(s * width) % 360.0, wind_speed_ms=mean_speed, ambient_c=ambient + 0.0))
    return WindRose(
        sectors=sectors,
        speed_edges=tuple(float(e) for e in edges),
        cases=tuple(cases),
        hours=tuple(int(counts[i]) for i in order),
        case_of_hour=rank[inverse].astype(np.intp),
    )
