"""Warm air beyond the airflow box: Briggs plume rise and Gaussian dispersion of the plant's heat.

The homes of the five communes are 0.65-1.8 km from the campus centre, far outside the airflow
solver's box. There the heat each building releases (the plant model's heat to air: dry coolers
and fans on the halls, chiller condensers at the cooling plant, transformer losses at the
substation) is carried as a buoyant plume:

**Buoyancy flux** (Briggs 1975)::

    F = g Q / (pi rho c_p T_a)            [m^4 s^-3],  Q the sensible heat, W

**Plume rise** Delta h at downwind distance x, wind u at the release height (Briggs 1975, in the
form of US EPA ISC3 / AERMOD's documentation):

- gradual ("2/3 law"), all stabilities: ``Delta h(x) = 1.6 F^{1/3} x^{2/3} / u`` up to x_f;
- final, neutral and unstable (classes A-D): ``Delta h = 21.425 F^{3/4} / u`` for F < 55,
  ``38.71 F^{3/5} / u`` for F >= 55; ``x_f = 49 F^{5/8}`` (F < 55), ``119 F^{2/5}`` (F >= 55);
- final, stable (E, F): ``Delta h = 2.6 (F / (u s))^{1/3}``, ``s = (g / T_a) d theta/dz`` with
  d theta/dz = 0.020 K/m (E) and 0.035 K/m (F); ``x_f = 2.0715 u / sqrt(s)``.

**Dispersion**: Gaussian plume with ground reflection; excess temperature::

    dT(x, y, z) = Q / (rho c_p u 2 pi s_y s_z) exp(-y^2 / 2 s_y^2)
                  [exp(-(z - H)^2 / 2 s_z^2) + exp(-(z + H)^2 / 2 s_z^2)],   H = h_s + Delta h(x)

whose flux ``int int rho c_p u dT dy dz`` over a downwind plane (z >= 0) is exactly Q (the heat
is conserved; checked numerically in :mod:`.validation`). Sigmas: Briggs (1973) open-country
curves by Pasquill-Gifford class, plus the initial size of the source (a roof of coolers: area
A gives ``s_y0 = sqrt(A) / 4.3``, ``s_z0 = building height / 2.15``, as ISC3 volume sources)
and buoyancy-induced dispersion ``Delta h / 3.5`` (Pasquill 1976), added in quadrature.

**Stability class** per hour (Pasquill 1961, Turner 1964) from the 10 m wind and the solar
elevation (computed from the date, hour and the site's latitude); the weather files carry no
cloud cover, so nights are taken as overcast (>= 4/8, usual in the Nord): an assumption.

Limits (stated, not hidden): a Gaussian plume is a steady, flat-terrain, homogeneous-wind model;
not valid in calm air (u is floored at 1 m/s) nor in the recirculation zone of the buildings
(the near field is the airflow solver's job); Briggs' rise is for a single point source, so
merging of the plumes of neighbouring halls (which rise higher together) is ignored, a
conservative choice for the warming at the ground; no mixing-height lid (a lid would trap heat
in the mixed layer by day; the ground-level figures here are then a low estimate by day and
unaffected at night, when the plume stays in the stable layer).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

G = 9.81
RHO_AIR = 1.2
CP_AIR = 1005.0

CLASSES = "ABCDEF"
_SIGMA_Y_A = np.array([0.22, 0.16, 0.11, 0.08, 0.06, 0.04])
_WIND_EXPONENT = np.array([0.07, 0.07, 0.10, 0.15, 0.35, 0.55])
"""Power-law wind profile exponents, rural (US EPA ISC3)."""
_DTHETA_DZ = np.array([0.0, 0.0, 0.0, 0.0, 0.020, 0.035])
"""Potential temperature gradient, K/m, for the stable classes E and F (US EPA ISC3)."""


def buoyancy_flux(heat_w: np.ndarray | float, ambient_c: np.ndarray | float) -> np.ndarray:
    """Briggs buoyancy flux ``F = g Q / (pi rho c_p T_a)``, m^4/s^3."""
    return G * np.asarray(heat_w, float) / (math.pi * RHO_AIR * CP_AIR * (np.asarray(ambient_c, float) + 273.15))


def final_rise_neutral(f: np.ndarray, u: np.ndarray) -> np.ndarray:
    """Briggs (1975) final buoyant rise in neutral/unstable air, m."""
    f = np.asarray(f, float)
    return np.where(f < 55.0, 21.425 * f**0.75, 38.71 * f**0.6) / np.asarray(u, float)


def final_rise_stable(f: np.ndarray, u: np.ndarray, s: np.ndarray) -> np.ndarray:
    """Briggs (1975) final buoyant rise in stable air ``2.6 (F / (u s))^{1/3}``, m."""
    return 2.6 * (np.asarray(f, float) / (np.asarray(u, float) * np.asarray(s, float))) ** (1.0 / 3.0)


def gradual_rise(f: np.ndarray, u: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Briggs' 2/3 law ``1.6 F^{1/3} x^{2/3} / u``, m."""
    return 1.6 * np.cbrt(np.asarray(f, float)) * np.maximum(np.asarray(x, float), 0.0) ** (2.0 / 3.0) / np.asarray(u, float)


def stability_parameter(cls: np.ndarray, ambient_c: np.ndarray) -> np.ndarray:
    """``s = (g / T) d theta / dz``, 1/s^2 (zero for A-D)."""
    return G / (np.asarray(ambient_c, float) + 273.15) * _DTHETA_DZ[np.asarray(cls)]


def plume_rise(f: np.ndarray, u: np.ndarray, x: np.ndarray, cls: np.ndarray, ambient_c: np.ndarray) -> np.ndarray:
    """Rise Delta h(x), m: gradual up to the distance of final rise, final beyond (module docstring)."""
    f, u, x, cls, ambient_c = np.broadcast_arrays(*(np.asarray(v) for v in (f, u, x, cls, ambient_c)))
    f = f.astype(float)
    u = u.astype(float)
    stable = cls >= 4
    s = stability_parameter(cls, ambient_c)
    s_safe = np.where(stable, np.maximum(s, 1e-9), 1.0)
    final = np.where(stable, final_rise_stable(f, u, s_safe), final_rise_neutral(f, u))
    xf = np.where(stable, 2.0715 * u / np.sqrt(s_safe), np.where(f < 55.0, 49.0 * f ** (5.0 / 8.0), 119.0 * f**0.4))
    return np.where(x < xf, np.minimum(gradual_rise(f, u, x), final), final)


def sigmas(x: np.ndarray, cls: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Briggs (1973) open-country sigma_y, sigma_z, m, at distance x (m) for classes 0..5 = A..F."""
    x = np.maximum(np.asarray(x, float), 1.0)
    c = np.asarray(cls)
    sy = _SIGMA_Y_A[c] * x / np.sqrt(1.0 + 0.0001 * x)
    sz = np.select(
        [c == 0, c == 1, c == 2, c == 3, c == 4],
        [0.20 * x, 0.12 * x, 0.08 * x / np.sqrt(1.0 + 0.0002 * x), 0.06 * x / np.sqrt(1.0 + 0.0015 * x), 0.03 * x / (1.0 + 0.0003 * x)],
        0.016 * x / (1.0 + 0.0003 * x),
    )
    return sy, sz


def solar_elevation_deg(times: np.ndarray, lat_deg: float, lon_deg: float, utc_offset_h: float = 1.0) -> np.ndarray:
    """Solar elevation, degrees (Cooper's declination, equation of time ignored: +/-4 degrees).

    ``times`` are local standard time (CET, UTC+1, as EPW files for France) at the start of the
    hour; the elevation is taken at mid-hour.
    """
    t = np.asarray(times, "datetime64[m]")
    doy = (t.astype("datetime64[D]") - t.astype("datetime64[Y]")).astype(int) + 1
    hour = (t - t.astype("datetime64[D]")).astype(float) / 60.0 + 0.5
    decl = np.radians(23.45) * np.sin(2 * np.pi * (284 + doy) / 365.0)
    solar_time = hour - utc_offset_h + lon_deg / 15.0
    ha = np.radians(15.0 * (solar_time - 12.0))
    lat = np.radians(lat_deg)
    return np.degrees(np.arcsin(np.sin(lat) * np.sin(decl) + np.cos(lat) * np.cos(decl) * np.cos(ha)))


def stability_classes(wind_10m: np.ndarray, elevation_deg: np.ndarray, overcast_nights: bool = True) -> np.ndarray:
    """Pasquill-Gifford class index 0..5 (A..F) per hour (Pasquill 1961 table, Turner 1964 insolation).

    Day insolation from the solar elevation: strong above 60 degrees, moderate 35-60, slight
    15-35; within 15 degrees of the horizon neutral (D). Intermediate classes of the table
    (A-B, B-C, C-D) are taken as the more stable one. Nights: >= 4/8 cloud when
    ``overcast_nights`` (E below 3 m/s, D above), else clear (F below 3, E 3-5, D above).
    """
    u = np.asarray(wind_10m, float)
    el = np.asarray(elevation_deg, float)
    bins = np.digitize(u, [2.0, 3.0, 5.0, 6.0])  # 0: <2, 1: 2-3, 2: 3-5, 3: 5-6, 4: >6
    strong = np.array([0, 1, 1, 2, 2])
    moderate = np.array([1, 1, 2, 3, 3])
    slight = np.array([1, 2, 2, 3, 3])
    night_cloudy = np.array([4, 4, 3, 3, 3])
    night_clear = np.array([5, 5, 4, 3, 3])
    night = night_cloudy if overcast_nights else night_clear
    return np.select(
        [el <= 0.0, el < 15.0, el < 35.0, el < 60.0],
        [night[bins], np.full(u.shape, 3), slight[bins], moderate[bins]],
        strong[bins],
    ).astype(int)


def wind_at(z_m: np.ndarray | float, wind_10m: np.ndarray, cls: np.ndarray) -> np.ndarray:
    """Power-law wind at height z, ``u(z) = u10 (z / 10)^p`` (p by class, rural), floored at 1 m/s."""
    return np.maximum(np.asarray(wind_10m, float) * (np.maximum(np.asarray(z_m, float), 1.0) / 10.0) ** _WIND_EXPONENT[np.asarray(cls)], 1.0)


@dataclass(frozen=True)
class HeatSource:
    """A building that releases heat to the air: centre (x, y), release height, plan area, height."""

    id: str
    x: float
    y: float
    release_height_m: float
    area_m2: float
    building_height_m: float


@dataclass(frozen=True, eq=False)
class PlumeField:
    """Excess temperature and plume height at points, per hour.

    ``delta_t`` (T, P) K at the points; ``plume_height`` (T, P) m: the centre-line height of the
    strongest source's plume at the points' downwind distance (NaN where the point is upwind);
    ``downwind`` (T, P): the point lies within 2 sigma_y of that plume's axis.
    """

    delta_t: np.ndarray
    plume_height: np.ndarray
    downwind: np.ndarray
    stability: np.ndarray


def plume_field(
    sources: list[HeatSource],
    heat_mw: np.ndarray,
    points_xyz: np.ndarray,
    ambient_c: np.ndarray,
    wind_10m: np.ndarray,
    wind_from_deg: np.ndarray,
    stability: np.ndarray,
    min_distance_m: float = 1.0,
) -> PlumeField:
    """Sum of every source's Gaussian plume at the points, hour by hour (vectorised).

    Parameters
    ----------
    sources
        The buildings releasing heat (S,).
    heat_mw
        Heat to air per source per hour, MW (S, T).
    points_xyz
        Receptor points (P, 3): x east, y north, height above ground, m.
    ambient_c, wind_10m, wind_from_deg, stability
        Hourly weather (T,): air temperature C, 10 m wind m/s, direction it blows from
        (degrees from north), Pasquill class index 0..5.
    min_distance_m
        Points closer downwind than this get no contribution from a source (its near field).
    """
    q = np.asarray(heat_mw, float) * 1e6  # (S, T) W
    pts = np.asarray(points_xyz, float)
    sx = np.array([s.x for s in sources])[:, None, None]
    sy_ = np.array([s.y for s in sources])[:, None, None]
    hs = np.array([s.release_height_m for s in sources])[:, None, None]
    sy0 = np.array([math.sqrt(s.area_m2) / 4.3 for s in sources])[:, None, None]
    sz0 = np.array([s.building_height_m / 2.15 for s in sources])[:, None, None]
    theta = np.radians(np.asarray(wind_from_deg, float))
    # Unit vector of the direction the wind blows *to*.
    ex = -np.sin(theta)[None, :, None]
    ey = -np.cos(theta)[None, :, None]
    dx = pts[None, None, :, 0] - sx
    dy = pts[None, None, :, 1] - sy_
    x = dx * ex + dy * ey  # (S, T, P) downwind distance
    y = -dx * ey + dy * ex  # crosswind offset
    cls = np.asarray(stability)[None, :, None]
    t_a = np.asarray(ambient_c, float)[None, :, None]
    u = wind_at(hs, np.asarray(wind_10m, float)[None, :, None], cls)
    f = buoyancy_flux(q[:, :, None], t_a)
    rise = plume_rise(f, u, x, cls, t_a)
    syb, szb = sigmas(x, cls)
    sig_y = np.sqrt(syb**2 + sy0**2 + (rise / 3.5) ** 2)
    sig_z = np.sqrt(szb**2 + sz0**2 + (rise / 3.5) ** 2)
    h = hs + rise
    z = pts[None, None, :, 2]
    with np.errstate(over="ignore", under="ignore"):
        c = q[:, :, None] / (RHO_AIR * CP_AIR * u * 2 * math.pi * sig_y * sig_z)
        dt = c * np.exp(-(y**2) / (2 * sig_y**2)) * (np.exp(-((z - h) ** 2) / (2 * sig_z**2)) + np.exp(-((z + h) ** 2) / (2 * sig_z**2)))
    dt = np.where(x > min_distance_m, dt, 0.0)
    total = dt.sum(axis=0)
    strongest = int(np.argmax(q.sum(axis=1))) if q.size else 0
    height = np.where(x[strongest] > min_distance_m, h[strongest], np.nan)
    downwind = (x[strongest] > min_distance_m) & (np.abs(y[strongest]) <= 2 * sig_y[strongest])
    return PlumeField(delta_t=total, plume_height=height, downwind=downwind, stability=np.asarray(stability))


def heat_sources_of(campus, heat_by_building: dict[str, np.ndarray]) -> tuple[list[HeatSource], np.ndarray]:  # noqa: ANN001
    """Heat sources (buildings with heat to air) and their heat (S, T) MW from a per-building dict."""
    from twin.model.campus import Placement, polygon_area

    out, heat = [], []
    for b in campus.buildings:
        if b.id not in heat_by_building:
            continue
        hr = b.heat_rejection
        top = b.height_m + (hr.height_m if hr is not None and hr.placement == Placement.ROOF else 0.0)
        area = polygon_area(hr.footprint) if hr is not None else b.footprint_area_m2
        cx, cy = b.centroid
        out.append(HeatSource(b.id, cx, cy, top, area, b.height_m))
        heat.append(np.asarray(heat_by_building[b.id], float))
    return out, np.array(heat).reshape(len(out), -1)
