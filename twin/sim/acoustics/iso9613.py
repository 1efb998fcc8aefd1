"""Outdoor sound propagation after ISO 9613-2:1996 (general method), vectorised with numpy.

The octave-band level at a receiver from a point source (ISO 9613-2 eq. 3 and 4)::

    L_fT(DW) = L_W + D_c - A,     A = A_div + A_atm + A_gr + A_bar      (downwind)
    L_AT(LT) = L_AT(DW) - C_met                                          (long term, eq. 6)

with, per octave band 63 Hz - 8 kHz:

- geometrical divergence (eq. 7): ``A_div = 20 lg(d / 1 m) + 11`` dB, d the 3-D distance;
- atmospheric absorption (eq. 8): ``A_atm = alpha d / 1000``, alpha in dB/km from ISO 9613-1
  (eq. 3-5 there) at the *exact* midband frequency of each octave, from the air temperature,
  humidity and pressure (:func:`absorption_db_per_km`);
- ground effect (7.3.1, Table 3): ``A_gr = A_s + A_r + A_m``, three regions along the path
  (source region 30 h_s long, receiver region 30 h_r long, the rest the middle region), each
  with its ground factor G from 0 (hard) to 1 (porous) averaged over the land cover under that
  part of the path (:class:`GroundMap`);
- screening (7.4): a building crossed by the line of sight is a thick barrier (double
  diffraction over its two roof edges, e = depth crossed): ``D_z = 10 lg(3 + (C2/lambda) C3 z
  K_met)`` with C2 = 20, ``C3 = (1 + (5 lambda/e)^2) / (1/3 + (5 lambda/e)^2)``, z the path
  difference, ``K_met = exp(-(1/2000) sqrt(d_ss d_sr d / (2 z)))``; capped at 20 dB (single edge)
  or 25 dB (double edge); over the top edge the ground term is replaced (eq. 12:
  ``A_bar = D_z - A_gr`` when positive);
- meteorological correction (eq. 21, 22): ``C_met = 0`` if ``d_p <= 10 (h_s + h_r)``, else
  ``C_0 (1 - 10 (h_s + h_r) / d_p)``, C_0 a local statistic (0 to 5 dB).

Limits (ISO 9613-2 clause 9): stated accuracy about +/-3 dB up to 1 km for broadband sources
(mean height up to 30 m); point sources need ``d > 2 H_max`` (divide larger sources). Not
modelled: lateral diffraction around buildings, reflections from facades (7.5), foliage,
housing and industrial-site attenuation (Annex A), terrain relief (flat ground assumed: the
site is 30-50 m, escaudain.md s.2). The screening uses the single building that gives the
largest path difference on each path (a stand-in for the standard's "two most effective
barriers"); building footprints are treated through their convex outline. As in the standard,
``A_bar`` switches on when the line of sight is cut (at grazing incidence D_z = 10 lg 3 = 4.8 dB,
minus A_gr), so levels step by a few dB across a roof's shadow edge.

Written here rather than taken from a library: ``phonometry`` (which states ISO 9613-2 coverage)
requires Python >= 3.13 while the project supports 3.11; ``acoustic-toolbox`` has ISO 9613-1
only and pulls numba, pandas and audio I/O; ``sound-propagation`` 0.1 is scalar per call and has
no screening. Here every term broadcasts over receivers x sources x bands, which the noise map
needs (tens of thousands of cells in well under a second).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.spatial import ConvexHull

OCTAVE_BANDS_HZ = np.array([63.0, 125.0, 250.0, 500.0, 1000.0, 2000.0, 4000.0, 8000.0])
"""Nominal octave-band centre frequencies (ISO 266), Hz."""
EXACT_MIDBAND_HZ = 1000.0 * 10.0 ** (0.3 * np.arange(-4, 4))
"""Exact base-10 midband frequencies ``1000 10^(3k/10)`` at which ISO 9613-2 Table 2 is computed."""
A_WEIGHTING_DB = np.array([-26.2, -16.1, -8.6, -3.2, 0.0, 1.2, 1.0, -1.1])
"""A-weighting of the octave bands (IEC 61672-1), dB."""
SPEED_OF_SOUND = 340.0
"""Speed of sound used for the wavelength in the barrier term, m/s (ISO 9613-2 uses 340 m/s)."""

_T0 = 293.15  # reference temperature, K (ISO 9613-1)
_T01 = 273.16  # triple-point isotherm temperature, K
_PR = 101.325  # reference pressure, kPa


def absorption_db_per_km(
    frequency_hz: np.ndarray | float,
    temperature_c: np.ndarray | float,
    relative_humidity_pct: np.ndarray | float,
    pressure_kpa: float = 101.325,
) -> np.ndarray:
    """Pure-tone atmospheric absorption coefficient alpha, dB/km (ISO 9613-1:1993 eq. 3-5).

    ::

        h    = h_r (p_sat / p_r) / (p_a / p_r),  p_sat / p_r = 10^C,
               C = -6.8346 (T01/T)^1.261 + 4.6151                  (Annex B)
        f_rO = (p_a/p_r) (24 + 4.04e4 h (0.02 + h) / (0.391 + h))  (eq. 3)
        f_rN = (p_a/p_r) (T/T0)^-1/2 (9 + 280 h exp(-4.170 ((T/T0)^-1/3 - 1)))   (eq. 4)
        alpha = 8.686 f^2 [1.84e-11 (p_r/p_a) (T/T0)^1/2
                + (T/T0)^-5/2 (0.01275 exp(-2239.1/T) / (f_rO + f^2/f_rO)
                + 0.1068 exp(-3352/T) / (f_rN + f^2/f_rN))]   dB/m     (eq. 5)

    Stated accuracy +/-10 % for 0.0005 <= h <= 0.05, -20..50 C, 50 Hz-10 kHz (ISO 9613-1 cl. 7).
    All arguments broadcast.
    """
    f = np.asarray(frequency_hz, dtype=float)
    t = np.asarray(temperature_c, dtype=float) + 273.15
    rh = np.asarray(relative_humidity_pct, dtype=float)
    pa = pressure_kpa / _PR
    c = -6.8346 * (_T01 / t) ** 1.261 + 4.6151
    h = rh * 10.0**c / pa
    fro = pa * (24.0 + 4.04e4 * h * (0.02 + h) / (0.391 + h))
    frn = pa * (t / _T0) ** -0.5 * (9.0 + 280.0 * h * np.exp(-4.170 * ((t / _T0) ** (-1.0 / 3.0) - 1.0)))
    alpha = (
        8.686
        * f**2
        * (
            1.84e-11 / pa * (t / _T0) ** 0.5
            + (t / _T0) ** -2.5
            * (
                0.01275 * np.exp(-2239.1 / t) / (fro + f**2 / fro)
                + 0.1068 * np.exp(-3352.0 / t) / (frn + f**2 / frn)
            )
        )
    )
    return alpha * 1000.0


def octave_absorption_db_per_km(temperature_c: float, relative_humidity_pct: float, pressure_kpa: float = 101.325) -> np.ndarray:
    """alpha (dB/km) for the eight octave bands at their exact midband frequencies (as ISO 9613-2 Table 2)."""
    return absorption_db_per_km(EXACT_MIDBAND_HZ, temperature_c, relative_humidity_pct, pressure_kpa)


def divergence_db(distance_m: np.ndarray | float) -> np.ndarray:
    """Geometrical divergence ``A_div = 20 lg(d/d0) + 11`` dB, d0 = 1 m (ISO 9613-2 eq. 7)."""
    return 20.0 * np.log10(np.maximum(np.asarray(distance_m, dtype=float), 1.0)) + 11.0


def _ground_region(g: np.ndarray, h: np.ndarray, dp: np.ndarray) -> np.ndarray:
    """Source or receiver region term A_s or A_r per band (ISO 9613-2 Table 3), shape (..., 8).

    ``a'(h) = 1.5 + 3.0 e^{-0.12(h-5)^2}(1 - e^{-dp/50}) + 5.7 e^{-0.09 h^2}(1 - e^{-2.8e-6 dp^2})``,
    ``b'(h) = 1.5 + 8.6 e^{-0.09 h^2}(1 - e^{-dp/50})``, ``c'(h) = 1.5 + 14.0 e^{-0.46 h^2}(1 - e^{-dp/50})``,
    ``d'(h) = 1.5 + 5.0 e^{-0.9 h^2}(1 - e^{-dp/50})``; 63 Hz: -1.5; 125-1000 Hz: -1.5 + G x'(h);
    2-8 kHz: -1.5 (1 - G).
    """
    e50 = 1.0 - np.exp(-dp / 50.0)
    a = 1.5 + 3.0 * np.exp(-0.12 * (h - 5.0) ** 2) * e50 + 5.7 * np.exp(-0.09 * h**2) * (1.0 - np.exp(-2.8e-6 * dp**2))
    b = 1.5 + 8.6 * np.exp(-0.09 * h**2) * e50
    c = 1.5 + 14.0 * np.exp(-0.46 * h**2) * e50
    d = 1.5 + 5.0 * np.exp(-0.9 * h**2) * e50
    high = -1.5 * (1.0 - g)
    return np.stack([np.full_like(g, -1.5), -1.5 + g * a, -1.5 + g * b, -1.5 + g * c, -1.5 + g * d, high, high, high], axis=-1)


def ground_attenuation_db(
    dp: np.ndarray, hs: np.ndarray, hr: np.ndarray, gs: np.ndarray, gr: np.ndarray, gm: np.ndarray
) -> np.ndarray:
    """Ground effect ``A_gr = A_s + A_r + A_m`` per octave band (ISO 9613-2 eq. 9, Table 3).

    Parameters
    ----------
    dp
        Source-receiver distance projected on the ground plane, m.
    hs, hr
        Source and receiver heights above ground, m.
    gs, gr, gm
        Ground factors (0 hard .. 1 porous) of the source, receiver and middle regions.

    Returns
    -------
    numpy.ndarray
        Shape ``broadcast(...) + (8,)``, dB (negative values are a gain from ground reflection).
        The middle term is ``A_m = -3 q`` at 63 Hz and ``-3 q (1 - G_m)`` above, with ``q = 0``
        when ``dp <= 30 (hs + hr)`` and ``1 - 30 (hs + hr)/dp`` otherwise.
    """
    dp, hs, hr, gs, gr, gm = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (dp, hs, hr, gs, gr, gm)))
    a_s = _ground_region(gs, hs, dp)
    a_r = _ground_region(gr, hr, dp)
    with np.errstate(divide="ignore", invalid="ignore"):
        q = np.where(dp <= 30.0 * (hs + hr), 0.0, 1.0 - 30.0 * (hs + hr) / np.maximum(dp, 1e-9))
    a_m = -3.0 * q[..., None] * np.concatenate([np.ones(gm.shape + (1,)), np.repeat((1.0 - gm)[..., None], 7, axis=-1)], axis=-1)
    return a_s + a_r + a_m


def barrier_dz_db(z: np.ndarray, e: np.ndarray, d_ss: np.ndarray, d_sr: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Barrier attenuation D_z per octave band (ISO 9613-2 eq. 14, 15, 16, 18), shape (..., 8).

    ``D_z = 10 lg(3 + (C2/lambda) C3 z K_met)``, C2 = 20; single edge (``e <= 0``) C3 = 1 and a
    20 dB cap, double edge ``C3 = (1 + (5 lambda/e)^2)/(1/3 + (5 lambda/e)^2)`` and a 25 dB cap;
    ``K_met = exp(-(1/2000) sqrt(d_ss d_sr d/(2 z)))`` for z > 0, 1 otherwise. Paths with
    ``z <= 0`` (line of sight not cut) return 0 (no screening claimed).
    """
    z, e, d_ss, d_sr, d = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (z, e, d_ss, d_sr, d)))
    lam = SPEED_OF_SOUND / OCTAVE_BANDS_HZ
    zpos = np.maximum(z, 1e-12)[..., None]
    with np.errstate(divide="ignore", invalid="ignore"):
        kmet = np.exp(-(1.0 / 2000.0) * np.sqrt(d_ss * d_sr * d / (2.0 * np.maximum(z, 1e-12))))[..., None]
        r = (5.0 * lam / np.maximum(e, 1e-9)[..., None]) ** 2
        c3 = np.where(e[..., None] > 0, (1.0 + r) / (1.0 / 3.0 + r), 1.0)
    dz = 10.0 * np.log10(3.0 + (20.0 / lam) * c3 * zpos * kmet)
    cap = np.where(e[..., None] > 0, 25.0, 20.0)
    return np.where(z[..., None] > 0, np.minimum(dz, cap), 0.0)


def meteorological_correction_db(dp: np.ndarray, hs: np.ndarray, hr: np.ndarray, c0_db: float | np.ndarray) -> np.ndarray:
    """C_met (ISO 9613-2 eq. 21, 22): 0 if ``dp <= 10 (hs + hr)``, else ``C0 (1 - 10 (hs + hr)/dp)``."""
    dp, hs, hr = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (dp, hs, hr)))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(dp <= 10.0 * (hs + hr), 0.0, np.asarray(c0_db) * (1.0 - 10.0 * (hs + hr) / np.maximum(dp, 1e-9)))


@dataclass(frozen=True, eq=False)
class GroundMap:
    """Ground factor G on a raster (the land cover), with a value outside it.

    ``g[j, i]`` covers the cell whose lower-left corner is ``(x0 + i*cell, y0 + j*cell)``.
    """

    x0: float
    y0: float
    cell_m: float
    g: np.ndarray
    outside: float = 1.0

    def sample(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """G at points (x, y) (arrays broadcast), nearest cell; ``outside`` beyond the raster."""
        i = np.floor((np.asarray(x) - self.x0) / self.cell_m).astype(np.int64)
        j = np.floor((np.asarray(y) - self.y0) / self.cell_m).astype(np.int64)
        ny, nx = self.g.shape
        inside = (i >= 0) & (i < nx) & (j >= 0) & (j < ny)
        out = np.full(np.broadcast(i, j).shape, self.outside, dtype=float)
        out[inside] = self.g[j[inside], i[inside]]
        return out

    @classmethod
    def uniform(cls, g: float) -> GroundMap:
        """The same G everywhere."""
        return cls(0.0, 0.0, 1.0, np.zeros((0, 0)), outside=float(g))


def region_ground_factors(
    src: np.ndarray, rcv: np.ndarray, ground: GroundMap, samples: int = 6
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Mean G over the source, receiver and middle regions of every path (ISO 9613-2 7.3.1).

    The source region runs from the source toward the receiver for ``30 h_s`` (at most the whole
    path), the receiver region back from the receiver for ``30 h_r``; the middle region is what
    is left (none when the two overlap, then G_m is irrelevant since q = 0). Each region's G is
    the mean of ``samples`` points spread along it.

    Parameters
    ----------
    src, rcv
        Positions ``(..., 3)`` (x, y, height above ground), broadcast against each other.
    """
    src, rcv = np.broadcast_arrays(np.asarray(src, float), np.asarray(rcv, float))
    dxy = rcv[..., :2] - src[..., :2]
    dp = np.maximum(np.hypot(dxy[..., 0], dxy[..., 1]), 1e-9)
    ls = np.minimum(30.0 * src[..., 2], dp) / dp  # fraction of the path in the source region
    lr = np.minimum(30.0 * rcv[..., 2], dp) / dp
    u = (np.arange(samples) + 0.5) / samples

    def mean_g(t0: np.ndarray, t1: np.ndarray) -> np.ndarray:
        t = t0[..., None] + (t1 - t0)[..., None] * u  # (..., samples)
        x = src[..., 0, None] + dxy[..., 0, None] * t
        y = src[..., 1, None] + dxy[..., 1, None] * t
        return ground.sample(x, y).mean(axis=-1)

    zero, one = np.zeros_like(dp), np.ones_like(dp)
    gs = mean_g(zero, ls)
    gr = mean_g(1.0 - lr, one)
    mid0, mid1 = ls, np.maximum(1.0 - lr, ls)
    gm = mean_g(mid0, mid1)
    return gs, gr, gm


@dataclass(frozen=True)
class Screen:
    """A building as a barrier: its convex plan outline and its roof height above ground, m."""

    outline: tuple[tuple[float, float], ...]
    height_m: float


def screening(
    src: np.ndarray, rcv: np.ndarray, screens: Sequence[Screen]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Path difference over the most effective building on each path (ISO 9613-2 7.4).

    For each building the horizontal path is clipped against its convex outline (Cyrus-Beck),
    giving entry and exit fractions t_in < t_out. The line of sight is cut when the roof is
    above the sight line at either roof edge. The diffracted path goes source -> roof edge at
    entry -> across the roof (thickness e) -> roof edge at exit -> receiver; for a source on the
    roof itself (t_in = 0) only the exit edge counts (single diffraction, e = 0).

    Returns
    -------
    z, e, d_ss, d_sr
        Path difference (m, <= 0 where nothing screens), barrier thickness e (m), source-to-
        first-edge and last-edge-to-receiver distances (m), each of the broadcast path shape.
    """
    src, rcv = np.asarray(src, float), np.asarray(rcv, float)
    # Outer product receivers (N, 1, 3) x sources (1, S, 3), as the noise map calls it: the
    # distinct source points are known without searching for them.
    outer = src.ndim == 3 and rcv.ndim == 3 and src.shape[0] == 1 and rcv.shape[1] == 1
    n_src = src.shape[1] if outer else 0
    src, rcv = np.broadcast_arrays(src, rcv)
    shape = src.shape[:-1]
    s_all = src.reshape(-1, 3)
    r_all = rcv.reshape(-1, 3)
    n = s_all.shape[0]
    d3_all = np.linalg.norm(r_all - s_all, axis=-1)
    best_z = np.full(n, -np.inf)
    best_e = np.zeros(n)
    best_ss = d3_all.copy()
    best_sr = np.zeros(n)
    candidates = _screen_candidates(s_all, r_all, screens, n_src)
    for screen, idx in zip(screens, candidates, strict=True):
        poly = np.asarray(screen.outline, float)
        if len(poly) < 3 or idx.size == 0:
            continue
        hb = screen.height_m
        s, r, d3 = s_all[idx], r_all[idx], d3_all[idx]
        p0 = s[:, :2]
        dv = r[:, :2] - p0
        dp = np.hypot(dv[:, 0], dv[:, 1])
        # Counter-clockwise convex outline: inside means behind every edge's outward normal.
        hull = poly[ConvexHull(poly).vertices]
        t_in = np.zeros(idx.size)
        t_out = np.ones(idx.size)
        empty = np.zeros(idx.size, dtype=bool)
        for k in range(len(hull)):
            a, b = hull[k], hull[(k + 1) % len(hull)]
            edge = b - a
            normal = np.array([edge[1], -edge[0]])  # outward for a ccw polygon
            num = (a - p0) @ normal  # >= 0 where p0 is inside this half-plane
            den = dv @ normal
            with np.errstate(divide="ignore", invalid="ignore"):
                t = num / den
            entering = den < 0
            leaving = den > 0
            t_in = np.where(entering, np.maximum(t_in, t), t_in)
            t_out = np.where(leaving, np.minimum(t_out, t), t_out)
            empty |= ~entering & ~leaving & (num < 0)
        crosses = ~empty & (t_out > t_in + 1e-9)
        z_line_in = s[:, 2] + (r[:, 2] - s[:, 2]) * t_in
        z_line_out = s[:, 2] + (r[:, 2] - s[:, 2]) * t_out
        on_roof = t_in <= 1e-9  # the source stands on (or in) this building
        cut = crosses & ((hb > z_line_out) | (~on_roof & (hb > z_line_in)))
        if not np.any(cut):
            continue
        xe_in, xe_out = t_in * dp, t_out * dp
        d_sr = np.hypot(dp - xe_out, hb - r[:, 2])
        # Source on the roof: single diffraction at the exit edge (the roof is its own barrier).
        d_ss = np.where(on_roof, np.hypot(xe_out, hb - s[:, 2]), np.hypot(xe_in, hb - s[:, 2]))
        e = np.where(on_roof, 0.0, xe_out - xe_in)
        z = np.where(cut, d_ss + e + d_sr - d3, -np.inf)
        better = z > best_z[idx]
        sel = idx[better]
        best_z[sel] = z[better]
        best_e[sel] = e[better]
        best_ss[sel] = d_ss[better]
        best_sr[sel] = d_sr[better]
    best_z = np.where(np.isfinite(best_z), best_z, 0.0)
    return best_z.reshape(shape), best_e.reshape(shape), best_ss.reshape(shape), best_sr.reshape(shape)


def _screen_candidates(s_all: np.ndarray, r_all: np.ndarray, screens: Sequence[Screen], n_src: int = 0) -> list[np.ndarray]:
    """Per building, the indices of the paths that may cross it (a cheap superset).

    When the paths are an outer product of receivers x ``n_src`` sources (path index
    ``i = receiver * n_src + source``; a noise map: many cells, a dozen plant items) the test is
    angular: seen from each source, a building outside it spans an angle [lo, hi] and starts at
    its distance; only cells in that wedge and beyond can be screened. Otherwise the paths'
    bounding boxes are tested against the building's. Paths passing above the roof at both
    ends are dropped in either case.
    """
    z_min = np.minimum(s_all[:, 2], r_all[:, 2])
    outlines = [np.asarray(sc.outline, float) for sc in screens]
    if n_src <= 0:
        lo = np.minimum(s_all[:, :2], r_all[:, :2])
        hi = np.maximum(s_all[:, :2], r_all[:, :2])
        out = []
        for sc, poly in zip(screens, outlines, strict=True):
            if len(poly) < 3:
                out.append(np.zeros(0, dtype=np.int64))
                continue
            bmin, bmax = poly.min(axis=0), poly.max(axis=0)
            out.append(np.flatnonzero((hi[:, 0] >= bmin[0]) & (lo[:, 0] <= bmax[0]) & (hi[:, 1] >= bmin[1]) & (lo[:, 1] <= bmax[1]) & (z_min < sc.height_m)))
        return out
    from shapely.geometry import Point, Polygon

    per_screen: list[list[np.ndarray]] = [[] for _ in screens]
    for u in range(n_src):
        paths = np.arange(u, s_all.shape[0], n_src)
        source = s_all[u]
        d = r_all[paths, :2] - source[:2]
        ang = np.arctan2(d[:, 1], d[:, 0])
        dist = np.hypot(d[:, 0], d[:, 1])
        for k, (sc, poly) in enumerate(zip(screens, outlines, strict=True)):
            if len(poly) < 3:
                continue
            shape = Polygon(poly).convex_hull
            low = z_min[paths] < sc.height_m
            if shape.buffer(1e-6).contains(Point(source[0], source[1])):
                per_screen[k].append(paths[low])
                continue
            v = poly - source[:2]
            centre = math.atan2(v[:, 1].mean(), v[:, 0].mean())
            rel = np.angle(np.exp(1j * (np.arctan2(v[:, 1], v[:, 0]) - centre)))
            a_lo, a_hi = rel.min() - 1e-9, rel.max() + 1e-9
            rel_paths = np.angle(np.exp(1j * (ang - centre)))
            near = shape.distance(Point(source[0], source[1]))
            far = float(np.hypot(v[:, 0], v[:, 1]).max())
            # The sight line is lowest over the building at its near or far side (it is straight):
            # if it clears the roof at both, the building cannot cut it.
            zr = r_all[paths, 2]
            span = np.maximum(dist, 1e-9)
            h_near = source[2] + (zr - source[2]) * np.minimum(near / span, 1.0)
            h_far = source[2] + (zr - source[2]) * np.minimum(far / span, 1.0)
            can_cut = np.minimum(h_near, h_far) < sc.height_m
            keep = low & can_cut & (rel_paths >= a_lo) & (rel_paths <= a_hi) & (dist >= near)
            per_screen[k].append(paths[keep])
    return [np.concatenate(p) if p else np.zeros(0, dtype=np.int64) for p in per_screen]


@dataclass(frozen=True, eq=False)
class Attenuation:
    """Per-band attenuation terms of every path, dB, shape ``paths + (8,)`` (A_div, A_atm: broadcast)."""

    a_div: np.ndarray
    a_atm: np.ndarray
    a_gr: np.ndarray
    a_bar: np.ndarray
    c_met: np.ndarray
    """Meteorological correction per path (no band axis), dB."""

    @property
    def total_dw(self) -> np.ndarray:
        """A = A_div + A_atm + A_gr + A_bar (downwind), dB."""
        return self.a_div + self.a_atm + self.a_gr + self.a_bar


def attenuation(
    src: np.ndarray,
    rcv: np.ndarray,
    temperature_c: float,
    relative_humidity_pct: float,
    ground: GroundMap,
    screens: Sequence[Screen] = (),
    c0_db: float = 0.0,
    ground_samples: int = 6,
) -> Attenuation:
    """All ISO 9613-2 terms for paths from ``src`` to ``rcv`` (``(..., 3)`` arrays that broadcast).

    Where a building cuts the line of sight, ``A_bar = max(D_z - A_gr, 0)`` per band (eq. 12, top
    edge), so that ``A_gr + A_bar = max(A_gr, D_z)``.
    """
    src, rcv = np.broadcast_arrays(np.asarray(src, float), np.asarray(rcv, float))
    d = np.linalg.norm(rcv - src, axis=-1)
    dp = np.hypot(rcv[..., 0] - src[..., 0], rcv[..., 1] - src[..., 1])
    a_div = divergence_db(d)[..., None]
    alpha = octave_absorption_db_per_km(temperature_c, relative_humidity_pct)
    a_atm = alpha * d[..., None] / 1000.0
    gs, gr, gm = region_ground_factors(src, rcv, ground, ground_samples)
    a_gr = ground_attenuation_db(dp, src[..., 2], rcv[..., 2], gs, gr, gm)
    if screens:
        z, e, d_ss, d_sr = screening(src, rcv, screens)
        a_bar = np.zeros_like(a_gr)
        hit = z > 0
        if np.any(hit):
            dz = barrier_dz_db(z[hit], e[hit], d_ss[hit], d_sr[hit], d[hit])
            a_bar[hit] = np.maximum(dz - a_gr[hit], 0.0)
    else:
        a_bar = np.zeros_like(a_gr)
    c_met = meteorological_correction_db(dp, src[..., 2], rcv[..., 2], c0_db)
    return Attenuation(a_div=a_div, a_atm=a_atm, a_gr=a_gr, a_bar=a_bar, c_met=c_met)


def energy_sum_db(levels: np.ndarray, axis: int | tuple[int, ...] = -1) -> np.ndarray:
    """Energetic sum ``10 lg sum 10^(L/10)`` along ``axis`` (-inf levels contribute nothing)."""
    with np.errstate(divide="ignore"):
        return 10.0 * np.log10(np.sum(10.0 ** (np.asarray(levels) / 10.0), axis=axis))


def a_weighted_total_db(band_levels: np.ndarray) -> np.ndarray:
    """A-weighted total of octave-band levels along the last axis, dB(A)."""
    return energy_sum_db(np.asarray(band_levels) + A_WEIGHTING_DB, axis=-1)
