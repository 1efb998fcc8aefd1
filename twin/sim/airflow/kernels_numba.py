"""Compiled (numba) twins of the airflow solver's hottest kernels.

Every public function here has the signature and the semantics of the function of the same
name in :mod:`twin.sim.airflow.kernels`, which stays the reference implementation; the twins
replay the reference's floating-point operations in the same order and the same precision
(constants are cast to the array's dtype before they reach a kernel, and ``fastmath`` is off
so LLVM contracts nothing into fused multiply-adds), so results agree to round-off: only the
float64 reductions (sums over planes and dot products) are summed in another order.
``tests/test_sim_backend.py`` checks every twin against its reference on random data and the
whole solver on the campus and on validation cases, so a reference change without its twin
fails there.

Kernels are compiled with ``@njit(parallel=True, cache=True, fastmath=False)``; the on-disk
cache lives in the user's cache folder (set by :mod:`twin.sim.airflow.backend` before numba is
imported). Import this module only through :mod:`twin.sim.airflow.backend`, which compiles it
in a background thread and switches the solver over at a step boundary.

Forms the solver never uses (a scalar diffusivity, cupy arrays) fall through to the numpy
reference, so every call is valid on either backend.

Why numba: it compiles the loops the numpy code spells out as array passes into one pass per
kernel, over both cores, without a C toolchain on the user's machine (wheels from PyPI), and
keeps the array-module design intact for CuPy (see the issue's measurements).
"""

from __future__ import annotations

import math
import threading
import types
from collections.abc import Callable
from typing import Any

import numba
import numpy as np
from numba import njit, prange

from twin.sim.airflow import kernels as ref
from twin.sim.airflow.grid import AXES

INT = ref.INT

COMPILED = True
"""Marks this namespace as the compiled one (the solver then runs its phases in turn, each on both cores)."""


_JIT = {"parallel": True, "cache": True, "fastmath": False, "nogil": True}
_JIT_SERIAL = {"parallel": False, "cache": True, "fastmath": False, "nogil": True}


def _serial_copy(kernel: Any, name: str) -> Any:
    """A serial (``parallel=False``) compile of a parallel kernel's Python source, for small arrays.

    The copy gets its own name so that numba's on-disk cache keeps both versions apart (the
    cache is keyed by the function's qualified name and signature, not by its options).
    """
    src = kernel.py_func
    fn = types.FunctionType(src.__code__, src.__globals__, name, src.__defaults__, src.__closure__)
    fn.__qualname__ = name
    return njit(**_JIT_SERIAL)(fn)

# numba's "workqueue" threading layer must not be entered by two threads at once (the solver
# runs the heat phase on a worker thread beside the momentum phase); "omp" and "tbb" may.
_LOCK = threading.RLock()
_SERIALISE = True


def _init_threading() -> None:
    global _SERIALISE
    try:
        _SERIALISE = numba.threading_layer() == "workqueue"
    except ValueError:  # no parallel kernel has run yet: decided after the first call
        _SERIALISE = True


class _Guard:
    """Context manager holding the kernel lock only when the threading layer needs it."""

    def __enter__(self) -> None:
        if _SERIALISE:
            _LOCK.acquire()

    def __exit__(self, *exc: object) -> None:
        if _SERIALISE:
            _LOCK.release()


_guard = _Guard()


def _t(arr: Any, value: float) -> Any:
    """``value`` as a scalar of ``arr``'s dtype (what numpy does with a Python float operand)."""
    return arr.dtype.type(value)


# --------------------------------------------------------------------------------------------
# velocity_at
# --------------------------------------------------------------------------------------------


@njit(**_JIT)
def _vel_cell(u, out, ci, cj, ck, half):  # pragma: no cover - compiled
    nx, ny, nz = out.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                out[i, j, k] = (u[i + 1, j + 1, k + 1] + u[i + 1 + ci, j + 1 + cj, k + 1 + ck]) * half


@njit(**_JIT)
def _vel_copy(u, out):  # pragma: no cover - compiled
    nx, ny, nz = out.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                out[i, j, k] = u[i + 1, j + 1, k + 1]


@njit(**_JIT)
def _vel_four(u, out, ci, cj, ck, si, sj, sk, quarter):  # pragma: no cover - compiled
    # ((u[ip] + u[ip + e_c]) + u[ip - e_s]) + u[ip - e_s + e_c], then * 1/4, as the reference
    nx, ny, nz = out.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                a = u[i + 1, j + 1, k + 1] + u[i + 1 + ci, j + 1 + cj, k + 1 + ck]
                a = a + u[i + 1 - si, j + 1 - sj, k + 1 - sk]
                a = a + u[i + 1 - si + ci, j + 1 - sj + cj, k + 1 - sk + ck]
                out[i, j, k] = a * quarter


def velocity_at(stagger: int | None, vel: list[Any], out: list[Any]) -> list[Any]:
    """Twin of :func:`twin.sim.airflow.kernels.velocity_at`."""
    with _guard:
        for c in AXES:
            u = vel[c]
            e_c = [0, 0, 0]
            e_c[c] = 1
            if stagger is None:
                _vel_cell(u, out[c], *e_c, _t(u, 0.5))
            elif c == stagger:
                _vel_copy(u, out[c])
            else:
                e_s = [0, 0, 0]
                e_s[stagger] = 1
                _vel_four(u, out[c], *e_c, *e_s, _t(u, 0.25))
    return out


# --------------------------------------------------------------------------------------------
# Semi-Lagrangian advection (trilinear gather)
# --------------------------------------------------------------------------------------------


@njit(**_JIT)
def _sl_kernel(q, v0, v1, v2, out, c0, c1, c2, act, per, lo, hi, nn, strides, bad):  # pragma: no cover - compiled
    nx, ny, nz = out.shape
    one = q.dtype.type(1.0)
    zero = q.dtype.type(0.0)
    flat = q.ravel()
    for i in prange(nx):
        nbad = 0
        for j in range(ny):
            for k in range(nz):
                base = 0
                f0 = zero
                f1 = zero
                f2 = zero
                for a in range(3):
                    if act[a] == 0:
                        base += strides[a]
                        continue
                    if a == 0:
                        pos = v0[i, j, k] * c0 + q.dtype.type(i + 1)
                    elif a == 1:
                        pos = v1[i, j, k] * c1 + q.dtype.type(j + 1)
                    else:
                        pos = v2[i, j, k] * c2 + q.dtype.type(k + 1)
                    if per[a]:
                        pos = pos - lo[a]
                        pos = np.remainder(pos, nn[a])
                        pos = pos + lo[a]
                    else:
                        # np.clip(pos, lo, hi): NaN stays NaN, caught below
                        if pos < lo[a]:
                            pos = lo[a]
                        elif pos > hi[a]:
                            pos = hi[a]
                    fl = np.floor(pos)
                    if not (fl >= zero and fl <= hi[a]):  # NaN / inf: refuse to gather
                        nbad += 1
                        fl = zero + one
                        pos = fl
                    frac = pos - fl
                    base += int(fl) * strides[a]
                    if a == 0:
                        f0 = frac
                    elif a == 1:
                        f1 = frac
                    else:
                        f2 = frac
                s0 = strides[0] * act[0]
                s1 = strides[1] * act[1]
                s2 = strides[2] * act[2]
                v000 = flat[base]
                v100 = flat[base + s0]
                v010 = flat[base + s1]
                v110 = flat[base + s0 + s1]
                v001 = flat[base + s2]
                v101 = flat[base + s0 + s2]
                v011 = flat[base + s1 + s2]
                v111 = flat[base + s0 + s1 + s2]
                # blend along z, then y, then x: the reference's order (hi - lo) * f + lo
                v000 = (v001 - v000) * f2 + v000 if act[2] else v000
                v100 = (v101 - v100) * f2 + v100 if act[2] else v100
                v010 = (v011 - v010) * f2 + v010 if act[2] else v010
                v110 = (v111 - v110) * f2 + v110 if act[2] else v110
                v000 = (v010 - v000) * f1 + v000 if act[1] else v000
                v100 = (v110 - v100) * f1 + v100 if act[1] else v100
                v000 = (v100 - v000) * f0 + v000 if act[0] else v000
                out[i, j, k] = v000
        bad[i] = nbad


def advect_semi_lagrangian(
    q: Any,
    stagger: int | None,
    vel_at_q: list[Any],
    dt: float,
    spacing: tuple[float, float, float],
    periodic: tuple[bool, bool, bool],
    out: Any,
    work: Any,
    xp: Any = np,
) -> Any:
    """Twin of :func:`twin.sim.airflow.kernels.advect_semi_lagrangian` (``work`` is unused).

    Raises :class:`FloatingPointError` where the reference's gather would fail (a NaN or
    infinite velocity), instead of reading outside the array.
    """
    if xp is not np:
        return ref.advect_semi_lagrangian(q, stagger, vel_at_q, dt, spacing, periodic, out, work, xp)
    padded = q.shape
    strides = np.array([padded[1] * padded[2], padded[2], 1], dtype=np.int64)
    act = np.array([1 if padded[a] > 3 else 0 for a in AXES], dtype=np.int64)
    per = np.array([1 if periodic[a] else 0 for a in AXES], dtype=np.int64)
    dtype = q.dtype.type
    lo = np.zeros(3, dtype=q.dtype)
    hi = np.zeros(3, dtype=q.dtype)
    nn = np.zeros(3, dtype=q.dtype)
    for a in AXES:
        n = padded[a] - 2
        nn[a] = n
        if periodic[a]:
            lo[a] = 1.0 if stagger == a else 0.5
            hi[a] = n + 1.0
        else:
            lo_a, hi_a = (1.0, n + 1.0) if stagger == a else (0.5, n + 0.5)
            lo[a] = lo_a
            hi[a] = min(hi_a, n + 0.999)
    bad = np.zeros(out.shape[0], dtype=np.int64)
    c = [dtype(-dt / spacing[a]) for a in AXES]
    with _guard:
        _sl_kernel(q, vel_at_q[0], vel_at_q[1], vel_at_q[2], out, c[0], c[1], c[2], act, per, lo, hi, nn, strides, bad)
    if bad.any():
        raise FloatingPointError("semi-Lagrangian departure point is not finite")
    return out


# --------------------------------------------------------------------------------------------
# Flux-form semi-Lagrangian scalar transport (one sweep per axis)
# --------------------------------------------------------------------------------------------


@njit(**_JIT)
def _ffsl_sweep(q, u, c_dt, eps, half, nf, periodic, clamp_lo, clamp_hi, flux_lo, flux_hi, cross):  # pragma: no cover - compiled
    # views ordered (outer, sweep, inner); q, u padded; interior of outer / inner is 1..n-2.
    # Each (sweep, inner) slab is copied into contiguous local arrays first: the views are
    # strided ("A" layout), which keeps LLVM from vectorising the loops that work on them.
    no, ns, ni = q.shape
    n = ns - 2
    one = q.dtype.type(1.0)
    zero = q.dtype.type(0.0)
    top = q.dtype.type(n + 1)
    for o in prange(1, no - 1):
        qs = np.empty((ns, ni), dtype=q.dtype)
        us = np.empty((ns, ni), dtype=q.dtype)
        csum = np.empty((ns, ni), dtype=q.dtype)
        slope = np.zeros((ns, ni), dtype=q.dtype)
        flux = np.empty((ns, ni), dtype=q.dtype)
        zeta_prev = np.empty(ni, dtype=q.dtype)
        for s in range(ns):
            for m in range(ni):
                qs[s, m] = q[o, s, m]
                us[s, m] = u[o, s, m]
        ncross = 0
        for m in range(ni):
            csum[0, m] = qs[0, m]
        for s in range(1, ns):
            for m in range(1, ni - 1):
                csum[s, m] = csum[s - 1, m] + qs[s, m]
        for s in range(1, n + 1):
            for m in range(1, ni - 1):
                dl = qs[s, m] - qs[s - 1, m]
                dr = qs[s + 1, m] - qs[s, m]
                adl = abs(dl)
                adr = abs(dr)
                slope[s, m] = (dl * adr + dr * adl) / (adl + adr + eps)
        for f in range(1, n + 2):
            for m in range(1, ni - 1):
                zeta = q.dtype.type(f) - us[f, m] * c_dt
                if f > 1 and zeta - zeta_prev[m] < zero:
                    ncross += 1
                zeta_prev[m] = zeta
                wraps = zero
                if periodic:
                    wraps = np.floor((zeta - one) / nf)
                    zeta = zeta - wraps * nf
                else:
                    if clamp_lo and zeta < one:
                        zeta = one
                    if clamp_hi and zeta > top:
                        zeta = top
                jf = np.floor(zeta)
                if jf < zero:
                    jf = zero
                elif jf > top:
                    jf = top
                elif not (jf >= zero):  # NaN: the reference fails on the cast; count it
                    jf = zero
                    ncross += 1 << 40
                xi = zeta - jf
                jj = int(jf)
                s_dep = csum[jj, m] + (xi - one) * qs[jj, m] - half * slope[jj, m] * xi * (one - xi)
                if periodic:
                    s_dep = s_dep + wraps * (csum[n, m] - qs[0, m])
                flux[f, m] = csum[f - 1, m] - s_dep
        blo = 0.0
        bhi = 0.0
        for m in range(1, ni - 1):
            blo += np.float64(flux[1, m])
            bhi += np.float64(flux[n + 1, m])
        flux_lo[o] = blo
        flux_hi[o] = bhi
        for s in range(1, n + 1):
            for m in range(1, ni - 1):
                q[o, s, m] = qs[s, m] - (flux[s + 1, m] - flux[s, m])
        cross[o] = ncross


@njit(**_JIT)
def _ffsl_sweep_open(q, u, c_dt, eps, half, clamp_lo, clamp_hi, flux_lo, flux_hi, cross):  # pragma: no cover - compiled
    # _ffsl_sweep for a non-periodic axis, restructured for speed (same operations, same
    # results): departure points for the whole slab first and the crossing count in a loop
    # of its own, so the loops vectorise; the gathers of the flux loop index flat slabs.
    no, ns, ni = q.shape
    n = ns - 2
    one = q.dtype.type(1.0)
    zero = q.dtype.type(0.0)
    top = q.dtype.type(n + 1)
    for o in prange(1, no - 1):
        qs = np.empty((ns, ni), dtype=q.dtype)
        zs = np.empty((ns, ni), dtype=q.dtype)
        csum = np.empty((ns, ni), dtype=q.dtype)
        slope = np.zeros((ns, ni), dtype=q.dtype)
        flux = np.zeros((ns, ni), dtype=q.dtype)
        for s in range(ns):
            for m in range(ni):
                qs[s, m] = q[o, s, m]
                zs[s, m] = q.dtype.type(s) - u[o, s, m] * c_dt
        ncross = 0
        for f in range(2, n + 2):
            for m in range(1, ni - 1):
                ncross += 1 if zs[f, m] - zs[f - 1, m] < zero else 0
        for m in range(ni):
            csum[0, m] = qs[0, m]
        for s in range(1, ns):
            for m in range(1, ni - 1):
                csum[s, m] = csum[s - 1, m] + qs[s, m]
        for s in range(1, n + 1):
            for m in range(1, ni - 1):
                dl = qs[s, m] - qs[s - 1, m]
                dr = qs[s + 1, m] - qs[s, m]
                adl = abs(dl)
                adr = abs(dr)
                slope[s, m] = (dl * adr + dr * adl) / (adl + adr + eps)
        flat_c = csum.ravel()
        flat_q = qs.ravel()
        flat_s = slope.ravel()
        nbad = 0
        for f in range(1, n + 2):
            for m in range(1, ni - 1):
                zeta = zs[f, m]
                if clamp_lo:
                    zeta = one if zeta < one else zeta
                if clamp_hi:
                    zeta = top if zeta > top else zeta
                jf = np.floor(zeta)
                if jf != jf:  # NaN: the reference fails on the cast; count it
                    nbad += 1
                    jf = zero
                jf = zero if jf < zero else (top if jf > top else jf)
                xi = zeta - jf
                idx = int(jf) * ni + m
                s_dep = flat_c[idx] + (xi - one) * flat_q[idx] - half * flat_s[idx] * xi * (one - xi)
                flux[f, m] = csum[f - 1, m] - s_dep
        blo = 0.0
        bhi = 0.0
        for m in range(1, ni - 1):
            blo += np.float64(flux[1, m])
            bhi += np.float64(flux[n + 1, m])
        flux_lo[o] = blo
        flux_hi[o] = bhi
        for s in range(1, n + 1):
            for m in range(1, ni - 1):
                q[o, s, m] = qs[s, m] - (flux[s + 1, m] - flux[s, m])
        cross[o] = ncross + (nbad << 40)


_SWEEP_ORDER = {0: (1, 0, 2), 1: (0, 1, 2), 2: (0, 2, 1)}
"""Axis order of the (outer, sweep, inner) view of each sweep: the inner axis is z (contiguous)
except for the z sweep, whose (z, y) planes of one x still sit in cache."""


def advect_scalar_ffsl(
    q: Any,
    vel: list[Any],
    dt: float,
    spacing: tuple[float, float, float],
    bcs: ref.BoxBCs,
    order: tuple[int, ...] = AXES,
    boundary_out: Any = None,
    xp: Any = np,
    interrupt: Callable[[], None] | None = None,
) -> int:
    """Twin of :func:`twin.sim.airflow.kernels.advect_scalar_ffsl`.

    Raises :class:`FloatingPointError` where the reference would fail on a non-finite
    departure point.
    """
    if xp is not np:
        return ref.advect_scalar_ffsl(q, vel, dt, spacing, bcs, order, boundary_out, xp, interrupt)
    crossings = 0
    for sweep, a in enumerate(order):
        n = q.shape[a] - 2
        if n == 1:
            continue
        if interrupt is not None and sweep > 0:
            interrupt()
        h = spacing[a]
        fill_scalar_ghosts(q, bcs)
        perm = _SWEEP_ORDER[a]
        qv = q.transpose(perm)
        uv = vel[a].transpose(perm)
        lo_side, hi_side = bcs.side(a, False), bcs.side(a, True)
        periodic = bcs.periodic(a)
        no = qv.shape[0]
        flux_lo = np.zeros(no)
        flux_hi = np.zeros(no)
        cross = np.zeros(no, dtype=np.int64)
        clamp_lo, clamp_hi = lo_side.kind not in ("inflow", "outflow"), hi_side.kind not in ("inflow", "outflow")
        with _guard:
            if periodic:
                _ffsl_sweep(qv, uv, _t(q, dt / h), _t(q, 1e-30), _t(q, 0.5), _t(q, n), periodic, clamp_lo, clamp_hi, flux_lo, flux_hi, cross)
            else:
                _ffsl_sweep_open(qv, uv, _t(q, dt / h), _t(q, 1e-30), _t(q, 0.5), clamp_lo, clamp_hi, flux_lo, flux_hi, cross)
        total = int(cross.sum())
        if total >= 1 << 40:
            raise FloatingPointError("flux-form semi-Lagrangian departure point is not finite")
        crossings += total
        if boundary_out is not None:
            area = h
            for b in AXES:
                if b != a:
                    area *= spacing[b]
            boundary_out[2 * a] -= float(flux_lo.sum()) * area
            boundary_out[2 * a + 1] += float(flux_hi.sum()) * area
    fill_scalar_ghosts(q, bcs)
    return crossings


# --------------------------------------------------------------------------------------------
# Explicit scalar diffusion
# --------------------------------------------------------------------------------------------


@njit(**_JIT)
def _diffuse_scalar(q, k0, k1, k2, o0, o1, o2, use0, use1, use2, ih0, ih1, ih2, dt0, dt1, dt2, acc):  # pragma: no cover - compiled
    # sum over the used axes, in axis order, of ((g_hi - g_lo) * dt/h) with g = (dq / h) k open;
    # flags and factors come as scalars: read from arrays inside the loop they kept it from vectorising
    nx, ny, nz = acc.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                ip, jp, kp = i + 1, j + 1, k + 1
                c = q[ip, jp, kp]
                total = c - c
                first = True
                if use0:
                    g_lo = ((c - q[ip - 1, jp, kp]) * ih0) * k0[ip, jp, kp] * o0[ip, jp, kp]
                    g_hi = ((q[ip + 1, jp, kp] - c) * ih0) * k0[ip + 1, jp, kp] * o0[ip + 1, jp, kp]
                    total = (g_hi - g_lo) * dt0
                    first = False
                if use1:
                    g_lo = ((c - q[ip, jp - 1, kp]) * ih1) * k1[ip, jp, kp] * o1[ip, jp, kp]
                    g_hi = ((q[ip, jp + 1, kp] - c) * ih1) * k1[ip, jp + 1, kp] * o1[ip, jp + 1, kp]
                    d = (g_hi - g_lo) * dt1
                    total = d if first else total + d
                    first = False
                if use2:
                    g_lo = ((c - q[ip, jp, kp - 1]) * ih2) * k2[ip, jp, kp] * o2[ip, jp, kp]
                    g_hi = ((q[ip, jp, kp + 1] - c) * ih2) * k2[ip, jp, kp + 1] * o2[ip, jp, kp + 1]
                    d = (g_hi - g_lo) * dt2
                    total = d if first else total + d
                acc[i, j, k] = total


@njit(**_JIT)
def _add_interior(q, acc):  # pragma: no cover - compiled
    nx, ny, nz = acc.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                q[i + 1, j + 1, k + 1] += acc[i, j, k]


def diffuse_scalar_explicit(
    q: Any,
    kappa: Any,
    dt: float,
    spacing: tuple[float, float, float],
    open_faces: list[Any] | None,
    axes: tuple[int, ...] = AXES,
    boundary_out: Any = None,
    warn: bool = True,
) -> float:
    """Twin of :func:`twin.sim.airflow.kernels.diffuse_scalar_explicit`.

    Compiled for the solver's form (per-axis face diffusivities, open-face masks, no boundary
    account); other forms run the reference.
    """
    if not isinstance(kappa, list | tuple) or open_faces is None or boundary_out is not None or not isinstance(q, np.ndarray):
        return ref.diffuse_scalar_explicit(q, kappa, dt, spacing, open_faces, axes, boundary_out, warn)
    use = np.array([1 if (a in axes and q.shape[a] > 3) else 0 for a in AXES], dtype=np.int64)
    number = 0.0
    for a in AXES:
        if use[a]:
            n = q.shape[a] - 2
            sel: list[Any] = [slice(1, -1)] * 3
            sel[a] = slice(1, n + 2)
            kf = kappa[a][tuple(sel)]
            kmax = float(kf.max()) if kf.size else 0.0
            number += dt * kmax * 2.0 / (spacing[a] * spacing[a])
    if warn and number > 1.0:
        import warnings

        warnings.warn(
            f"explicit diffusion number {number:.2f} > 1: unstable; reduce dt or use implicit diffusion",
            ref.StabilityWarning,
            stacklevel=2,
        )
    if not use.any():
        return number
    inv_h = np.array([1.0 / s for s in spacing], dtype=q.dtype)
    dth = np.array([dt / s for s in spacing], dtype=q.dtype)
    acc = np.empty(tuple(s - 2 for s in q.shape), dtype=q.dtype)
    with _guard:
        _diffuse_scalar(q, kappa[0], kappa[1], kappa[2], open_faces[0], open_faces[1], open_faces[2],
                        bool(use[0]), bool(use[1]), bool(use[2]), inv_h[0], inv_h[1], inv_h[2], dth[0], dth[1], dth[2], acc)
        _add_interior(q, acc)
    return number


# --------------------------------------------------------------------------------------------
# Implicit vertical diffusion (Thomas algorithm per column)
# --------------------------------------------------------------------------------------------


@njit(**_JIT)
def _thomas(q, coeff):  # pragma: no cover - compiled
    nz = q.shape[2] - 2
    nx = q.shape[0] - 2
    ny = q.shape[1] - 2
    one = q.dtype.type(1.0)
    for i in prange(nx):
        cp = np.empty(nz, dtype=q.dtype)
        d = np.empty(nz, dtype=q.dtype)
        for j in range(ny):
            for k in range(nz):
                d[k] = q[i + 1, j + 1, k + 1]
            lower = coeff[0, i, j]
            upper = coeff[1, i, j]
            denom = one + lower + upper
            cp[0] = -upper / denom
            d[0] = d[0] / denom
            for k in range(1, nz):
                lower = coeff[k, i, j]
                upper = coeff[k + 1, i, j]
                denom = (one + lower + upper) + lower * cp[k - 1]
                cp[k] = -upper / denom
                d[k] = d[k] + lower * d[k - 1]
                d[k] = d[k] / denom
            for k in range(nz - 2, -1, -1):
                d[k] = d[k] - cp[k] * d[k + 1]
            for k in range(nz):
                q[i + 1, j + 1, k + 1] = d[k]


def implicit_vertical_diffusion(q: Any, coeff: Any, xp: Any = np) -> None:
    """Twin of :func:`twin.sim.airflow.kernels.implicit_vertical_diffusion`."""
    if xp is not np:
        return ref.implicit_vertical_diffusion(q, coeff, xp)
    with _guard:
        _thomas(q, coeff)
    return None


# --------------------------------------------------------------------------------------------
# Explicit momentum diffusion
# --------------------------------------------------------------------------------------------


@njit(**_JIT)
def _laplacian_terms(u, lap, use0, use1, use2, f0, f1, f2, two):  # pragma: no cover - compiled
    # sum over the used axes, in axis order, of ((u[+] + u[-]) - 2 u) * factor (scalar flags)
    nx, ny, nz = lap.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                ip, jp, kp = i + 1, j + 1, k + 1
                c = u[ip, jp, kp]
                twice = c * two
                total = c - c
                first = True
                if use0:
                    total = ((u[ip + 1, jp, kp] + u[ip - 1, jp, kp]) - twice) * f0
                    first = False
                if use1:
                    term = ((u[ip, jp + 1, kp] + u[ip, jp - 1, kp]) - twice) * f1
                    total = term if first else total + term
                    first = False
                if use2:
                    term = ((u[ip, jp, kp + 1] + u[ip, jp, kp - 1]) - twice) * f2
                    total = term if first else total + term
                lap[i, j, k] = total


@njit(**_JIT)
def _add_scaled(u, lap, k):  # pragma: no cover - compiled
    nx, ny, nz = lap.shape
    for i in prange(nx):
        for j in range(ny):
            for m in range(nz):
                u[i + 1, j + 1, m + 1] += lap[i, j, m] * k[i, j, m]


@njit(**_JIT)
def _free_times(free, nu, out):  # pragma: no cover - compiled
    # out = free[INT] * nu
    nx, ny, nz = out.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                out[i, j, k] = free[i + 1, j + 1, k + 1] * nu[i, j, k]


def diffuse_momentum_explicit(
    vel: list[Any],
    nu: Any,
    dt: float,
    spacing: tuple[float, float, float],
    bcs: ref.BoxBCs,
    free_faces: list[Any] | None,
    walls: ref.WallMirror | None = None,
    axes: tuple[int, ...] = AXES,
    components: tuple[int, ...] = AXES,
    max_number: float = 0.9,
    nu_max: float | None = None,
) -> int:
    """Twin of :func:`twin.sim.airflow.kernels.diffuse_momentum_explicit`."""
    if not isinstance(vel[0], np.ndarray):
        return ref.diffuse_momentum_explicit(vel, nu, dt, spacing, bcs, free_faces, walls, axes, components, max_number, nu_max)
    inv_h2 = [1.0 / spacing[b] ** 2 for b in AXES]
    per_component = isinstance(nu, list | tuple)
    if nu_max is None:
        nu_max = max((float(nu[a].max()) if nu[a].size else 0.0) for a in components) if per_component else float(nu)
    number = nu_max * dt * sum(2.0 * inv_h2[b] for b in axes)
    if number <= 0.0 or not components:
        return 0
    if not math.isfinite(number):
        raise FloatingPointError(f"diffusion number {number} is not finite")
    nsub = max(1, math.ceil(number / max_number - 1e-12))
    h = dt / nsub
    dtype = vel[0].dtype
    factor = np.array([h * inv_h2[b] for b in AXES], dtype=dtype)
    use = np.array([1 if b in axes else 0 for b in AXES], dtype=np.int64)
    k: dict[int, Any] = {}
    for a in components:
        nu_a = nu[a] if per_component else float(nu)
        inner = tuple(s - 2 for s in vel[a].shape)
        if free_faces is not None and per_component and nu_a.shape == inner and nu_a.dtype == dtype:
            k[a] = np.empty(inner, dtype=dtype)
            with _guard:
                _free_times(free_faces[a], nu_a, k[a])
            continue
        kk = free_faces[a][INT] * nu_a if free_faces is not None else nu_a
        k[a] = np.ascontiguousarray(np.broadcast_to(np.asarray(kk, dtype=dtype), inner))
    lap = np.empty(tuple(s - 2 for s in vel[0].shape), dtype=dtype)
    if not use.any():
        return nsub
    for _ in range(nsub):
        apply_velocity_bcs(vel, bcs)
        for a in components:
            u = vel[a]
            with _guard:
                _laplacian_terms(u, lap, bool(use[0]), bool(use[1]), bool(use[2]), factor[0], factor[1], factor[2], dtype.type(2.0))
            if walls is not None:
                walls.apply(lap, u, a, scale=h)
            with _guard:
                _add_scaled(u, lap, k[a])
    return nsub


# --------------------------------------------------------------------------------------------
# Projection: divergence and gradient correction
# --------------------------------------------------------------------------------------------


@njit(**_JIT)
def _divergence(v0, v1, v2, ih0, ih1, ih2, out):  # pragma: no cover - compiled
    # ((0 + d_x) + d_y) + d_z with d_a = (U_a[i+1] - U_a[i]) / h_a, as the reference
    nx, ny, nz = out.shape
    zero = out.dtype.type(0.0)
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                ip, jp, kp = i + 1, j + 1, k + 1
                acc = zero + (v0[ip + 1, jp, kp] - v0[ip, jp, kp]) * ih0
                acc = acc + (v1[ip, jp + 1, kp] - v1[ip, jp, kp]) * ih1
                acc = acc + (v2[ip, jp, kp + 1] - v2[ip, jp, kp]) * ih2
                out[i, j, k] = acc


def divergence(vel: list[Any], spacing: tuple[float, float, float], out: Any) -> Any:
    """Twin of :func:`twin.sim.airflow.kernels.divergence`."""
    if not isinstance(out, np.ndarray):
        return ref.divergence(vel, spacing, out)
    inv_h = np.array([1.0 / s for s in spacing], dtype=out.dtype)
    with _guard:
        _divergence(vel[0], vel[1], vel[2], inv_h[0], inv_h[1], inv_h[2], out)
    return out


@njit(**_JIT)
def _subtract_gradient(v0, v1, v2, p, o0, o1, o2, c0, c1, c2):  # pragma: no cover - compiled
    # U_a -= ((p[i] - p[i-1]) * open_a) * (scale / h_a), as the reference
    nx, ny, nz = p.shape[0] - 2, p.shape[1] - 2, p.shape[2] - 2
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                ip, jp, kp = i + 1, j + 1, k + 1
                pc = p[ip, jp, kp]
                v0[ip, jp, kp] -= ((pc - p[ip - 1, jp, kp]) * o0[ip, jp, kp]) * c0
                v1[ip, jp, kp] -= ((pc - p[ip, jp - 1, kp]) * o1[ip, jp, kp]) * c1
                v2[ip, jp, kp] -= ((pc - p[ip, jp, kp - 1]) * o2[ip, jp, kp]) * c2


def subtract_gradient(vel: list[Any], p: Any, scale: float, spacing: tuple[float, float, float], open_faces: list[Any], work: Any) -> None:
    """Twin of :func:`twin.sim.airflow.kernels.subtract_gradient` (``work`` is unused)."""
    if not isinstance(p, np.ndarray):
        return ref.subtract_gradient(vel, p, scale, spacing, open_faces, work)
    c = np.array([scale / s for s in spacing], dtype=p.dtype)
    with _guard:
        _subtract_gradient(vel[0], vel[1], vel[2], p, open_faces[0], open_faces[1], open_faces[2], c[0], c[1], c[2])
    return None


# --------------------------------------------------------------------------------------------
# Pressure: MG-preconditioned CG with compiled operator, smoother and vector updates
# --------------------------------------------------------------------------------------------


@njit(**_JIT)
def _operator(e, diag, w0, w1, w2, use0, use1, use2, out):  # pragma: no cover - compiled
    # out = diag e - sum_a (w_a[+] e[+] + w_a[.] e[-]), subtracted term by term as the reference
    nx, ny, nz = out.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                ip, jp, kp = i + 1, j + 1, k + 1
                acc = diag[i, j, k] * e[ip, jp, kp]
                if use0:
                    acc = acc - w0[ip + 1, jp, kp] * e[ip + 1, jp, kp]
                    acc = acc - w0[ip, jp, kp] * e[ip - 1, jp, kp]
                if use1:
                    acc = acc - w1[ip, jp + 1, kp] * e[ip, jp + 1, kp]
                    acc = acc - w1[ip, jp, kp] * e[ip, jp - 1, kp]
                if use2:
                    acc = acc - w2[ip, jp, kp + 1] * e[ip, jp, kp + 1]
                    acc = acc - w2[ip, jp, kp] * e[ip, jp, kp - 1]
                out[i, j, k] = acc


@njit(**_JIT)
def _first_guess(r, inv_diag, omega, e):  # pragma: no cover - compiled
    nx, ny, nz = r.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                e[i + 1, j + 1, k + 1] = (r[i, j, k] * inv_diag[i, j, k]) * omega


# Serial copies for the coarse multigrid levels: there a parallel launch (waking the OpenMP
# team, a barrier at the end) costs more than the work, and far more on a loaded machine.
SERIAL_BELOW = 32768
"""Levels with fewer cells than this run the serial kernels."""


@njit(**_JIT_SERIAL)
def _operator_serial(e, diag, w0, w1, w2, use0, use1, use2, out):  # pragma: no cover - compiled
    # out = diag e - sum_a (w_a[+] e[+] + w_a[.] e[-]), subtracted term by term as the reference
    nx, ny, nz = out.shape
    for i in range(nx):
        for j in range(ny):
            for k in range(nz):
                ip, jp, kp = i + 1, j + 1, k + 1
                acc = diag[i, j, k] * e[ip, jp, kp]
                if use0:
                    acc = acc - w0[ip + 1, jp, kp] * e[ip + 1, jp, kp]
                    acc = acc - w0[ip, jp, kp] * e[ip - 1, jp, kp]
                if use1:
                    acc = acc - w1[ip, jp + 1, kp] * e[ip, jp + 1, kp]
                    acc = acc - w1[ip, jp, kp] * e[ip, jp - 1, kp]
                if use2:
                    acc = acc - w2[ip, jp, kp + 1] * e[ip, jp, kp + 1]
                    acc = acc - w2[ip, jp, kp] * e[ip, jp, kp - 1]
                out[i, j, k] = acc


@njit(**_JIT_SERIAL)
def _first_guess_serial(r, inv_diag, omega, e):  # pragma: no cover - compiled
    nx, ny, nz = r.shape
    for i in range(nx):
        for j in range(ny):
            for k in range(nz):
                e[i + 1, j + 1, k + 1] = (r[i, j, k] * inv_diag[i, j, k]) * omega


@njit(**_JIT)
def _restrict_axis(src, out, axis, periodic):  # pragma: no cover - compiled
    # out_I = 0.375 (s_2I + s_2I+1) + 0.125 (s_2I-1 + s_2I+2), edge copies or wrapped ends
    n0, n1, n2 = out.shape
    n = src.shape[axis]
    w3 = src.dtype.type(0.375)
    w1 = src.dtype.type(0.125)
    for i in prange(n0):
        for j in range(n1):
            for k in range(n2):
                if axis == 0:
                    c = 2 * np.int64(i)
                elif axis == 1:
                    c = 2 * np.int64(j)
                else:
                    c = 2 * np.int64(k)
                m = c - 1
                p = c + 2
                if m < 0:
                    m = n - 1 if periodic else 0
                if p > n - 1:
                    p = 0 if periodic else n - 1
                if axis == 0:
                    a, b, cc, d = src[m, j, k], src[c, j, k], src[c + 1, j, k], src[p, j, k]
                elif axis == 1:
                    a, b, cc, d = src[i, m, k], src[i, c, k], src[i, c + 1, k], src[i, p, k]
                else:
                    a, b, cc, d = src[i, j, m], src[i, j, c], src[i, j, c + 1], src[i, j, p]
                out[i, j, k] = w3 * (b + cc) + w1 * (a + d)


@njit(**_JIT)
def _prolong_axis(src, out, axis, periodic, add):  # pragma: no cover - compiled
    # out_2i = 0.75 s_i + 0.25 s_i-1, out_2i+1 = 0.75 s_i + 0.25 s_i+1 (edge copies or wrapped)
    n0, n1, n2 = out.shape
    n = src.shape[axis]
    w3 = src.dtype.type(0.75)
    w1 = src.dtype.type(0.25)
    for i in prange(n0):
        for j in range(n1):
            for k in range(n2):
                if axis == 0:
                    f = np.int64(i)
                elif axis == 1:
                    f = np.int64(j)
                else:
                    f = np.int64(k)
                c = f >> 1
                if (f & 1) == 0:
                    o = c - 1
                    if o < 0:
                        o = n - 1 if periodic else 0
                else:
                    o = c + 1
                    if o > n - 1:
                        o = 0 if periodic else n - 1
                if axis == 0:
                    v = w3 * src[c, j, k] + w1 * src[o, j, k]
                elif axis == 1:
                    v = w3 * src[i, c, k] + w1 * src[i, o, k]
                else:
                    v = w3 * src[i, j, c] + w1 * src[i, j, o]
                if add:
                    out[i, j, k] += v
                else:
                    out[i, j, k] = v


_restrict_axis_serial = _serial_copy(_restrict_axis, "_restrict_axis_serial")
_prolong_axis_serial = _serial_copy(_prolong_axis, "_prolong_axis_serial")


def restrict_linear(f: Any, factor: tuple[int, int, int], periodic: tuple[bool, bool, bool], xp: Any = np, out: Any = None) -> Any:
    """Twin of :func:`twin.sim.airflow.kernels.restrict_linear` (one compiled pass per halved axis;
    ``out``, if given, receives the result)."""
    if xp is not np:
        return ref.restrict_linear(f, factor, periodic, xp)
    cur = f
    last = max((ax for ax in AXES if factor[ax] != 1), default=-1)
    for ax in AXES:
        if factor[ax] == 1:
            continue
        if factor[ax] > 2:  # a collapsed axis: the mean of its cells (coarse levels only)
            cur = cur.mean(axis=ax, keepdims=True)
            continue
        shp = list(cur.shape)
        shp[ax] //= 2
        dst = out if (ax == last and out is not None) else np.empty(shp, dtype=cur.dtype)
        if dst.size < SERIAL_BELOW:
            _restrict_axis_serial(cur, dst, ax, bool(periodic[ax]))
        else:
            with _guard:
                _restrict_axis(cur, dst, ax, bool(periodic[ax]))
        cur = dst
    if out is not None and cur is not out:
        out[...] = cur
        return out
    return cur


def _prolong_add(ec: Any, factor: tuple[int, int, int], periodic: tuple[bool, bool, bool], target: Any) -> None:
    """``target += prolong_linear(ec)`` with the last interpolated axis added in place."""
    cur = ec
    last = max((ax for ax in AXES if factor[ax] == 2), default=-1)
    if any(f > 2 for f in factor) or last < 0:
        target += ref.prolong_linear(ec, factor, periodic)
        return
    for ax in AXES:
        if factor[ax] == 1:
            continue
        shp = list(cur.shape)
        shp[ax] *= 2
        add = ax == last
        dst = target if add else np.empty(shp, dtype=cur.dtype)
        if dst.size < SERIAL_BELOW:
            _prolong_axis_serial(cur, dst, ax, bool(periodic[ax]), add)
        else:
            with _guard:
                _prolong_axis(cur, dst, ax, bool(periodic[ax]), add)
        cur = dst


def prolong_linear(ec: Any, factor: tuple[int, int, int], periodic: tuple[bool, bool, bool], xp: Any = np) -> Any:
    """Twin of :func:`twin.sim.airflow.kernels.prolong_linear` (one compiled pass per refined axis)."""
    if xp is not np or any(f > 2 for f in factor):
        return ref.prolong_linear(ec, factor, periodic, xp)
    shp = tuple(n * f for n, f in zip(ec.shape, factor, strict=True))
    out = np.zeros(shp, dtype=ec.dtype)
    _prolong_add(ec, factor, periodic, out)  # 0 + v == v exactly
    return out


@njit(**_JIT)
def _residual_kernel(e, diag, w0, w1, w2, use0, use1, use2, r, out):  # pragma: no cover - compiled
    # out = r - A e, A e summed as _operator does
    nx, ny, nz = out.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                ip, jp, kp = i + 1, j + 1, k + 1
                acc = diag[i, j, k] * e[ip, jp, kp]
                if use0:
                    acc = acc - w0[ip + 1, jp, kp] * e[ip + 1, jp, kp]
                    acc = acc - w0[ip, jp, kp] * e[ip - 1, jp, kp]
                if use1:
                    acc = acc - w1[ip, jp + 1, kp] * e[ip, jp + 1, kp]
                    acc = acc - w1[ip, jp, kp] * e[ip, jp - 1, kp]
                if use2:
                    acc = acc - w2[ip, jp, kp + 1] * e[ip, jp, kp + 1]
                    acc = acc - w2[ip, jp, kp] * e[ip, jp, kp - 1]
                out[i, j, k] = r[i, j, k] - acc


_residual_kernel_serial = _serial_copy(_residual_kernel, "_residual_kernel_serial")


def _residual(level: Any, r: Any, e: Any, out: Any) -> Any:
    """``out = r - A e`` in one pass (the reference: the operator into ``out``, then a subtraction)."""
    ref._fill_periodic(e, level)
    if out.size < SERIAL_BELOW:
        _residual_kernel_serial(e, level.diag, level.weight[0], level.weight[1], level.weight[2], *_use(level), r, out)
        return out
    with _guard:
        _residual_kernel(e, level.diag, level.weight[0], level.weight[1], level.weight[2], *_use(level), r, out)
    return out


@njit(**_JIT)
def _centered_norm2(b, mean, active):  # pragma: no cover - compiled
    # sum over cells of (b - mean * active)^2 in float64, as the reference's float64 temporaries
    nx, ny, nz = b.shape
    part = np.zeros(nx)
    for i in prange(nx):
        s = 0.0
        for j in range(ny):
            for k in range(nz):
                x = np.float64(b[i, j, k]) - (mean if active[i, j, k] else 0.0)
                s += x * x
        part[i] = s
    return part.sum()


def _use(level: Any) -> tuple[bool, bool, bool]:
    # scalar flags (an array of flags is reloaded in the inner loop and blocks vectorisation)
    return (0 in level.axes, 1 in level.axes, 2 in level.axes)


def _apply_operator(level: Any, e: Any, out: Any) -> Any:
    ref._fill_periodic(e, level)
    if out.size < SERIAL_BELOW:
        _operator_serial(e, level.diag, level.weight[0], level.weight[1], level.weight[2], *_use(level), out)
        return out
    with _guard:
        _operator(e, level.diag, level.weight[0], level.weight[1], level.weight[2], *_use(level), out)
    return out


@njit(**_JIT)
def _smooth_kernel(e, diag, w0, w1, w2, use0, use1, use2, r, inv_diag, omega, out):  # pragma: no cover - compiled
    # one damped-Jacobi sweep into another array: out = e + ((r - A e) * inv_diag) * omega,
    # A e summed as _operator does (the reference: A e into tmp, then three in-place passes)
    nx, ny, nz = r.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                ip, jp, kp = i + 1, j + 1, k + 1
                c = e[ip, jp, kp]
                acc = diag[i, j, k] * c
                if use0:
                    acc = acc - w0[ip + 1, jp, kp] * e[ip + 1, jp, kp]
                    acc = acc - w0[ip, jp, kp] * e[ip - 1, jp, kp]
                if use1:
                    acc = acc - w1[ip, jp + 1, kp] * e[ip, jp + 1, kp]
                    acc = acc - w1[ip, jp, kp] * e[ip, jp - 1, kp]
                if use2:
                    acc = acc - w2[ip, jp, kp + 1] * e[ip, jp, kp + 1]
                    acc = acc - w2[ip, jp, kp] * e[ip, jp, kp - 1]
                t = r[i, j, k] - acc
                t = t * inv_diag[i, j, k]
                t = t * omega
                out[ip, jp, kp] = c + t


_smooth_kernel_serial = _serial_copy(_smooth_kernel, "_smooth_kernel_serial")


def _smooth(level: Any, r: Any, e: Any, omega: float, out: Any) -> Any:
    """One damped-Jacobi sweep from ``e`` into ``out`` (both padded); returns ``out``."""
    ref._fill_periodic(e, level)
    args = (e, level.diag, level.weight[0], level.weight[1], level.weight[2], *_use(level), r, level.inv_diag, r.dtype.type(omega), out)
    if r.size < SERIAL_BELOW:
        _smooth_kernel_serial(*args)
        return out
    with _guard:
        _smooth_kernel(*args)
    return out


def _vcycle(h: Any, index: int, r: Any) -> Any:
    lv = h.levels[index]
    e = lv.e
    if lv.pinv is not None:
        e[INT] = (lv.pinv @ r.reshape(-1)).reshape(lv.shape)
        ref._fill_periodic(e, lv)
        return e
    key = ("e2", index)
    other = h.p_work.get(key)
    if other is None or other.shape != e.shape:
        other = h.p_work[key] = np.zeros_like(e)  # ghosts stay zero (or periodic images)
    if r.size < SERIAL_BELOW:
        _first_guess_serial(r, lv.inv_diag, r.dtype.type(h.omega), e)
    else:
        with _guard:
            _first_guess(r, lv.inv_diag, r.dtype.type(h.omega), e)
    # sweeps alternate between the two buffers (Jacobi needs the old iterate whole)
    for _ in range(h.sweeps - 1):
        e, other = _smooth(lv, r, e, h.omega, other), e
    res = _residual(lv, r, e, lv.tmp)
    nxt = h.levels[index + 1]
    restrict_linear(res, lv.factor, lv.periodic, out=nxt.r)
    ec = _vcycle(h, index + 1, nxt.r)[INT]
    _prolong_add(ec, lv.factor, lv.periodic, e[INT])
    for _ in range(h.sweeps):
        e, other = _smooth(lv, r, e, h.omega, other), e
    return e


@njit(**_JIT)
def _masked_sum(x, active):  # pragma: no cover - compiled
    nx, ny, nz = x.shape
    part = np.zeros(nx)
    for i in prange(nx):
        s = 0.0
        for j in range(ny):
            for k in range(nz):
                if active[i, j, k]:
                    s += np.float64(x[i, j, k])
        part[i] = s
    return part.sum()


@njit(**_JIT)
def _center_masked(z, mean, active):  # pragma: no cover - compiled
    # z = (z - mean) * active, in place
    nx, ny, nz = z.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                z[i, j, k] = (z[i, j, k] - mean) * active[i, j, k]


@njit(**_JIT)
def _dot(a, b):  # pragma: no cover - compiled
    nx, ny, nz = a.shape
    part = np.zeros(nx)
    for i in prange(nx):
        s = 0.0
        for j in range(ny):
            for k in range(nz):
                s += np.float64(a[i, j, k] * b[i, j, k])
        part[i] = s
    return part.sum()


@njit(**_JIT)
def _dot_padded(d, ap):  # pragma: no cover - compiled
    nx, ny, nz = ap.shape
    part = np.zeros(nx)
    for i in prange(nx):
        s = 0.0
        for j in range(ny):
            for k in range(nz):
                s += np.float64(d[i + 1, j + 1, k + 1] * ap[i, j, k])
        part[i] = s
    return part.sum()


@njit(**_JIT)
def _cg_update(p, d, r, ap, alpha):  # pragma: no cover - compiled
    # p[INT] += alpha d[INT]; r -= alpha ap; returns sum r^2 (float64)
    nx, ny, nz = r.shape
    part = np.zeros(nx)
    for i in prange(nx):
        s = 0.0
        for j in range(ny):
            for k in range(nz):
                p[i + 1, j + 1, k + 1] += alpha * d[i + 1, j + 1, k + 1]
                rr = r[i, j, k] - alpha * ap[i, j, k]
                r[i, j, k] = rr
                s += np.float64(rr * rr)
        part[i] = s
    return part.sum()


@njit(**_JIT)
def _masked_sum_padded(e, active):  # pragma: no cover - compiled
    nx, ny, nz = active.shape
    part = np.zeros(nx)
    for i in prange(nx):
        s = 0.0
        for j in range(ny):
            for k in range(nz):
                if active[i, j, k]:
                    s += np.float64(e[i + 1, j + 1, k + 1])
        part[i] = s
    return part.sum()


@njit(**_JIT)
def _center_dot_padded(e, mean, active_f, r):  # pragma: no cover - compiled
    # z = (z - mean) * active in place on e's interior; returns sum(r * z) in float64
    nx, ny, nz = r.shape
    part = np.zeros(nx)
    for i in prange(nx):
        s = 0.0
        for j in range(ny):
            for k in range(nz):
                z = (e[i + 1, j + 1, k + 1] - mean) * active_f[i, j, k]
                e[i + 1, j + 1, k + 1] = z
                s += np.float64(r[i, j, k] * z)
        part[i] = s
    return part.sum()


@njit(**_JIT)
def _direction_padded(d, e, beta, first):  # pragma: no cover - compiled
    # d[INT] = e[INT] (first) or d[INT] * beta + e[INT]
    nx, ny, nz = d.shape[0] - 2, d.shape[1] - 2, d.shape[2] - 2
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                if first:
                    d[i + 1, j + 1, k + 1] = e[i + 1, j + 1, k + 1]
                else:
                    d[i + 1, j + 1, k + 1] = d[i + 1, j + 1, k + 1] * beta + e[i + 1, j + 1, k + 1]


def _precondition(h: Any, r: Any, active_f: Any, active: Any, count: int) -> tuple[Any, float]:
    """One V-cycle on ``r``, mean-free over the active cells; returns the padded ``z`` and ``r . z``.

    Works on the padded array (C layout) rather than its interior view, which numba sees as
    a strided array and does not vectorise.
    """
    e = _vcycle(h, 0, r)
    with _guard:
        mean = _masked_sum_padded(e, active) / max(count, 1)
        rz = _center_dot_padded(e, e.dtype.type(mean), active_f, r)
    return e, rz


def solve_poisson(
    h: ref.PoissonHierarchy,
    rhs: Any,
    p: Any,
    tol: float = 1e-4,
    max_iter: int = 50,
    abs_tol: float = 0.0,
    interrupt: Callable[[], None] | None = None,
) -> tuple[int, float]:
    """Twin of :func:`twin.sim.airflow.kernels.solve_poisson` (same MG-PCG iteration)."""
    if h.xp is not np:
        return ref.solve_poisson(h, rhs, p, tol, max_iter, abs_tol, interrupt)
    lv = h.fine
    w = h.p_work
    if "r" not in w or w["r"].shape != lv.shape:
        w["r"] = np.zeros(lv.shape, dtype=rhs.dtype)
        w["ap"] = np.zeros(lv.shape, dtype=rhs.dtype)
        w["d"] = np.zeros(tuple(s + 2 for s in lv.shape), dtype=rhs.dtype)
        w["count"] = int(lv.active.sum())
    if "active_f" not in w or w["active_f"].shape != lv.shape:
        w["active_f"] = lv.active.astype(rhs.dtype)
    r, ap, d = w["r"], w["ap"], w["d"]
    count = w["count"]
    active, active_f = lv.active, w["active_f"]
    b = rhs
    with _guard:
        b_mean = _masked_sum(b, active) / max(count, 1)
        b_norm = math.sqrt(_centered_norm2(b, b_mean, active))
    if b_norm == 0.0:
        return 0, 0.0
    _residual(lv, b, p, r)
    with _guard:
        _center_masked(r, r.dtype.type(b_mean), active_f)
    target = max(tol * b_norm, abs_tol)
    with _guard:
        res = math.sqrt(_dot(r, r))
    if res <= target:
        return 0, res / b_norm
    if interrupt is not None:
        interrupt()
    z, rz = _precondition(h, r, active_f, active, count)
    with _guard:
        _direction_padded(d, z, z.dtype.type(0.0), True)
    it = 0
    dtype = rhs.dtype.type
    while it < max_iter:
        it += 1
        _apply_operator(lv, d, ap)
        with _guard:
            dap = _dot_padded(d, ap)
        if dap <= 0.0:
            break
        alpha = rz / dap
        with _guard:
            res = math.sqrt(_cg_update(p, d, r, ap, dtype(alpha)))
        if res <= target or it >= max_iter:
            break
        if interrupt is not None:
            interrupt()
        z, rz_new = _precondition(h, r, active_f, active, count)
        beta = rz_new / rz
        rz = rz_new
        with _guard:
            _direction_padded(d, z, dtype(beta), False)
    ref._fill_periodic(p, lv)
    return it, res / b_norm


# --------------------------------------------------------------------------------------------
# Campus-step passes fused into one compiled pass each (see the "Campus-step passes" section
# of the reference)
# --------------------------------------------------------------------------------------------


@njit(**_JIT)
def _sl_face(q, u0, u1, u2, out, a, c0, c1, c2, lo, hi, bad):  # pragma: no cover - compiled
    # velocity_at(a) (2- or 4-point MAC means, in the reference's order) and the trilinear
    # semi-Lagrangian gather of advect_semi_lagrangian, non-periodic box, all axes active
    nx, ny, nz = out.shape
    one = q.dtype.type(1.0)
    zero = q.dtype.type(0.0)
    quarter = q.dtype.type(0.25)
    s0 = q.shape[1] * q.shape[2]
    s1 = q.shape[2]
    flat = q.ravel()
    lo0, lo1, lo2 = lo[0], lo[1], lo[2]
    hi0, hi1, hi2 = hi[0], hi[1], hi[2]
    for i in prange(nx):
        nbad = 0
        ip = i + 1
        for j in range(ny):
            jp = j + 1
            for k in range(nz):
                kp = k + 1
                if a == 0:
                    v0 = u0[ip, jp, kp]
                    v1 = (((u1[ip, jp, kp] + u1[ip, jp + 1, kp]) + u1[ip - 1, jp, kp]) + u1[ip - 1, jp + 1, kp]) * quarter
                    v2 = (((u2[ip, jp, kp] + u2[ip, jp, kp + 1]) + u2[ip - 1, jp, kp]) + u2[ip - 1, jp, kp + 1]) * quarter
                elif a == 1:
                    v0 = (((u0[ip, jp, kp] + u0[ip + 1, jp, kp]) + u0[ip, jp - 1, kp]) + u0[ip + 1, jp - 1, kp]) * quarter
                    v1 = u1[ip, jp, kp]
                    v2 = (((u2[ip, jp, kp] + u2[ip, jp, kp + 1]) + u2[ip, jp - 1, kp]) + u2[ip, jp - 1, kp + 1]) * quarter
                else:
                    v0 = (((u0[ip, jp, kp] + u0[ip + 1, jp, kp]) + u0[ip, jp, kp - 1]) + u0[ip + 1, jp, kp - 1]) * quarter
                    v1 = (((u1[ip, jp, kp] + u1[ip, jp + 1, kp]) + u1[ip, jp, kp - 1]) + u1[ip, jp + 1, kp - 1]) * quarter
                    v2 = u2[ip, jp, kp]
                p0 = v0 * c0 + q.dtype.type(ip)
                p1 = v1 * c1 + q.dtype.type(jp)
                p2 = v2 * c2 + q.dtype.type(kp)
                # np.clip(pos, lo, hi); NaN stays NaN and is caught below
                p0 = lo0 if p0 < lo0 else (hi0 if p0 > hi0 else p0)
                p1 = lo1 if p1 < lo1 else (hi1 if p1 > hi1 else p1)
                p2 = lo2 if p2 < lo2 else (hi2 if p2 > hi2 else p2)
                f0 = np.floor(p0)
                f1 = np.floor(p1)
                f2 = np.floor(p2)
                if not (f0 >= zero and f1 >= zero and f2 >= zero and f0 <= hi0 and f1 <= hi1 and f2 <= hi2):
                    nbad += 1  # NaN / inf: refuse to gather
                    f0 = one
                    f1 = one
                    f2 = one
                    p0 = one
                    p1 = one
                    p2 = one
                r0 = p0 - f0
                r1 = p1 - f1
                r2 = p2 - f2
                base = int(f0) * s0 + int(f1) * s1 + int(f2)
                v000 = flat[base]
                v001 = flat[base + 1]
                v010 = flat[base + s1]
                v011 = flat[base + s1 + 1]
                v100 = flat[base + s0]
                v101 = flat[base + s0 + 1]
                v110 = flat[base + s0 + s1]
                v111 = flat[base + s0 + s1 + 1]
                # blend along z, then y, then x: the reference's order (hi - lo) * f + lo
                v000 = (v001 - v000) * r2 + v000
                v100 = (v101 - v100) * r2 + v100
                v010 = (v011 - v010) * r2 + v010
                v110 = (v111 - v110) * r2 + v110
                v000 = (v010 - v000) * r1 + v000
                v100 = (v110 - v100) * r1 + v100
                out[i, j, k] = (v100 - v000) * r0 + v000
        bad[i] = nbad


def advect_velocity_component(
    vel: list[Any],
    a: int,
    dt: float,
    spacing: tuple[float, float, float],
    periodic: tuple[bool, bool, bool],
    out: Any,
    pts: list[Any],
    work: Any,
    xp: Any = np,
) -> Any:
    """Twin of :func:`twin.sim.airflow.kernels.advect_velocity_component` (one fused pass; ``pts`` unused).

    Periodic axes, single-layer axes and non-numpy arrays take the two-kernel path.
    """
    q = vel[a]
    if xp is not np or any(periodic) or any(n <= 3 for n in q.shape):
        velocity_at(a, vel, pts)
        return advect_semi_lagrangian(q, a, pts, dt, spacing, periodic, out, work, xp)
    lo = np.zeros(3, dtype=q.dtype)
    hi = np.zeros(3, dtype=q.dtype)
    for b in AXES:
        n = q.shape[b] - 2
        lo_b, hi_b = (1.0, n + 1.0) if b == a else (0.5, n + 0.5)
        lo[b] = lo_b
        hi[b] = min(hi_b, n + 0.999)
    dtype = q.dtype.type
    c = [dtype(-dt / spacing[b]) for b in AXES]
    bad = np.zeros(out.shape[0], dtype=np.int64)
    with _guard:
        _sl_face(q, vel[0], vel[1], vel[2], out, a, c[0], c[1], c[2], lo, hi, bad)
    if bad.any():
        raise FloatingPointError("semi-Lagrangian departure point is not finite")
    return out


@njit(**_JIT)
def _store_masked(dst, src, mask):  # pragma: no cover - compiled
    # dst[INT] = src; dst *= mask (the whole padded array)
    nx, ny, nz = dst.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                if 0 < i < nx - 1 and 0 < j < ny - 1 and 0 < k < nz - 1:
                    dst[i, j, k] = src[i - 1, j - 1, k - 1] * mask[i, j, k]
                else:
                    dst[i, j, k] = dst[i, j, k] * mask[i, j, k]


@njit(**_JIT)
def _mask_inplace(u, mask):  # pragma: no cover - compiled
    nx, ny, nz = u.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                u[i, j, k] = u[i, j, k] * mask[i, j, k]


def store_masked(dst: Any, src: Any, mask: Any) -> None:
    """Twin of :func:`twin.sim.airflow.kernels.store_masked`."""
    if not isinstance(dst, np.ndarray):
        return ref.store_masked(dst, src, mask)
    with _guard:
        _store_masked(dst, src, mask)
    return None


def apply_masks(vel: list[Any], masks: list[Any]) -> None:
    """Twin of :func:`twin.sim.airflow.kernels.apply_masks`."""
    if not isinstance(vel[0], np.ndarray):
        return ref.apply_masks(vel, masks)
    with _guard:
        for a in AXES:
            _mask_inplace(vel[a], masks[a])
    return None


@njit(**_JIT)
def _face_average(q, a, out, scale, use_scale):  # pragma: no cover - compiled
    # out = q, then (q_i + q_{i-1}) * 0.5 past the first layer along a, then * scale
    nx, ny, nz = q.shape
    half = q.dtype.type(0.5)
    for i in prange(nx):
        if a == 0 and i > 0:
            for j in range(ny):
                for k in range(nz):
                    out[i, j, k] = (q[i, j, k] + q[i - 1, j, k]) * half
        elif a == 1:
            for k in range(nz):
                out[i, 0, k] = q[i, 0, k]
            for j in range(1, ny):
                for k in range(nz):
                    out[i, j, k] = (q[i, j, k] + q[i, j - 1, k]) * half
        elif a == 2:
            for j in range(ny):
                out[i, j, 0] = q[i, j, 0]
                for k in range(1, nz):
                    out[i, j, k] = (q[i, j, k] + q[i, j, k - 1]) * half
        else:
            for j in range(ny):
                for k in range(nz):
                    out[i, j, k] = q[i, j, k]
        if use_scale:
            for j in range(ny):
                for k in range(nz):
                    out[i, j, k] = out[i, j, k] * scale


def face_average(q: Any, a: int, out: Any, scale: float | None = None) -> Any:
    """Twin of :func:`twin.sim.airflow.kernels.face_average`."""
    if not isinstance(q, np.ndarray) or out.shape != q.shape:
        return ref.face_average(q, a, out, scale)
    with _guard:
        _face_average(q, a, out, _t(q, 1.0 if scale is None else scale), scale is not None)
    return out


@njit(**_JIT)
def _buoyancy_source(t, c, out):  # pragma: no cover - compiled
    nx, ny, nz = out.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                out[i, j, k] = (t[i + 1, j + 1, k + 1] + t[i + 1, j + 1, k]) * c


def buoyancy_source(t: Any, coefficient: float, out: Any) -> Any:
    """Twin of :func:`twin.sim.airflow.kernels.buoyancy_source`."""
    if not isinstance(t, np.ndarray):
        return ref.buoyancy_source(t, coefficient, out)
    with _guard:
        _buoyancy_source(t, _t(t, coefficient), out)
    return out


@njit(**_JIT)
def _speed(c0, c1, c2, out):  # pragma: no cover - compiled
    nx, ny, nz = out.shape
    for i in prange(nx):
        for j in range(ny):
            for k in range(nz):
                out[i, j, k] = np.sqrt((c0[i, j, k] * c0[i, j, k] + c1[i, j, k] * c1[i, j, k]) + c2[i, j, k] * c2[i, j, k])


@njit(**_JIT)
def _drag(v0, v1, v2, buoy, speed, lad0, lad1, lad2, wall0, wall1, cc, cw):  # pragma: no cover - compiled
    # W += buoy; U_a /= (1 + (cc LAD_a) |U|_a) + (cw W_a) |U|_a, |U|_a the face mean (np.roll wrap)
    nx, ny, nz = speed.shape
    one = speed.dtype.type(1.0)
    half = speed.dtype.type(0.5)
    for i in prange(nx):
        im = i - 1 if i > 0 else nx - 1
        for j in range(ny):
            jm = j - 1 if j > 0 else ny - 1
            for k in range(nz):
                km = k - 1 if k > 0 else nz - 1
                s = speed[i, j, k]
                s0 = (s + speed[im, j, k]) * half
                s1 = (s + speed[i, jm, k]) * half
                s2 = (s + speed[i, j, km]) * half
                f0 = one + (cc * lad0[i, j, k]) * s0
                f0 = f0 + (cw * wall0[i, j, k]) * s0
                f1 = one + (cc * lad1[i, j, k]) * s1
                f1 = f1 + (cw * wall1[i, j, k]) * s1
                f2 = one + (cc * lad2[i, j, k]) * s2
                ip, jp, kp = i + 1, j + 1, k + 1
                v0[ip, jp, kp] = v0[ip, jp, kp] / f0
                v1[ip, jp, kp] = v1[ip, jp, kp] / f1
                v2[ip, jp, kp] = (v2[ip, jp, kp] + buoy[i, j, k]) / f2


def buoyancy_and_drag(
    vel: list[Any], buoy: Any, cell: list[Any], lad_face: list[Any], wall_face: list[Any], c_canopy: float, c_wall: float,
) -> None:
    """Twin of :func:`twin.sim.airflow.kernels.buoyancy_and_drag` (two passes: the speed, then the update)."""
    if not isinstance(vel[0], np.ndarray):
        return ref.buoyancy_and_drag(vel, buoy, cell, lad_face, wall_face, c_canopy, c_wall)
    speed = np.empty(buoy.shape, dtype=buoy.dtype)
    with _guard:
        _speed(cell[0], cell[1], cell[2], speed)
        _drag(vel[0], vel[1], vel[2], buoy, speed, lad_face[0], lad_face[1], lad_face[2], wall_face[0], wall_face[1],
              _t(buoy, c_canopy), _t(buoy, c_wall))
    return None


@njit(**_JIT)
def _thomas_eddy(q, nu, free, fac, stagger, scale, use_scale):  # pragma: no cover - compiled
    # vertical_coefficients computed on the fly, then the Thomas sweep of _thomas; the columns of
    # one x-plane are swept together (z outer, y inner: independent columns, vectorised)
    nz = q.shape[2] - 2
    nx = q.shape[0] - 2
    ny = q.shape[1] - 2
    one = q.dtype.type(1.0)
    zero = q.dtype.type(0.0)
    half = q.dtype.type(0.5)
    for i in prange(nx):
        nf = np.empty((ny, nz), dtype=q.dtype)
        cf = np.empty((nz + 1, ny), dtype=q.dtype)
        cp = np.empty((nz, ny), dtype=q.dtype)
        d = np.empty((nz, ny), dtype=q.dtype)
        if stagger == 0 and i > 0:
            for j in range(ny):
                for k in range(nz):
                    nf[j, k] = (nu[i, j, k] + nu[i - 1, j, k]) * half
        elif stagger == 1:
            for k in range(nz):
                nf[0, k] = nu[i, 0, k]
            for j in range(1, ny):
                for k in range(nz):
                    nf[j, k] = (nu[i, j, k] + nu[i, j - 1, k]) * half
        else:
            for j in range(ny):
                for k in range(nz):
                    nf[j, k] = nu[i, j, k]
        if use_scale:
            for j in range(ny):
                for k in range(nz):
                    nf[j, k] = nf[j, k] * scale
        for j in range(ny):
            cf[0, j] = zero
            cf[nz, j] = zero
            for k in range(1, nz):
                cf[k, j] = (((nf[j, k] + nf[j, k - 1]) * fac) * free[i, j, k]) * free[i, j, k - 1]
            for k in range(nz):
                d[k, j] = q[i + 1, j + 1, k + 1]
        for j in range(ny):
            lower = cf[0, j]
            upper = cf[1, j]
            denom = one + lower + upper
            cp[0, j] = -upper / denom
            d[0, j] = d[0, j] / denom
        for k in range(1, nz):
            for j in range(ny):
                lower = cf[k, j]
                upper = cf[k + 1, j]
                denom = (one + lower + upper) + lower * cp[k - 1, j]
                cp[k, j] = -upper / denom
                dk = d[k, j] + lower * d[k - 1, j]
                d[k, j] = dk / denom
        for k in range(nz - 2, -1, -1):
            for j in range(ny):
                d[k, j] = d[k, j] - cp[k, j] * d[k + 1, j]
        for j in range(ny):
            for k in range(nz):
                q[i + 1, j + 1, k + 1] = d[k, j]


def diffuse_vertical_eddy(q: Any, nu: Any, free: Any, factor: float, stagger: int | None = None, scale: float | None = None) -> None:
    """Twin of :func:`twin.sim.airflow.kernels.diffuse_vertical_eddy` (coefficients on the fly, one pass)."""
    if not isinstance(q, np.ndarray) or q.shape[2] < 4:
        return ref.diffuse_vertical_eddy(q, nu, free, factor, stagger, scale)
    with _guard:
        _thomas_eddy(q, nu, free, _t(q, factor), -1 if stagger is None else stagger, _t(q, 1.0 if scale is None else scale), scale is not None)
    return None


# --------------------------------------------------------------------------------------------
# Eddy viscosity (buoyancy-aware mixing-length closure)
# --------------------------------------------------------------------------------------------


@njit(inline="always")
def _grad(a, b, c, at, n, two_h, h):  # pragma: no cover - compiled
    # np.gradient along one axis: central inside, one-sided first order at both ends;
    # a, b, c the values at at-1, at, at+1 (clamped), n the length of the axis
    if at == 0:
        return (c - b) / h
    if at == n - 1:
        return (b - a) / h
    return (c - a) / two_h


@njit(**_JIT)
def _eddy(u, v, c0, c1, c2, buoy, cn, use_n2, inv_dx, inv_dy, h2x, h2y, h2z, hx, hy, hz, hl, vl, nu_h, nu_v):  # pragma: no cover - compiled
    # the reference's float32 operations in its order; h2* = 2 h and h* = h as float32 divisors
    nx, ny, nz = nu_h.shape
    two = u.dtype.type(2.0)
    zero = u.dtype.type(0.0)
    for i in prange(nx):
        im = max(i - 1, 0)
        ip = min(i + 1, nx - 1)
        for j in range(ny):
            jm = max(j - 1, 0)
            jp = min(j + 1, ny - 1)
            for k in range(nz):
                km = max(k - 1, 0)
                kp = min(k + 1, nz - 1)
                dudx = (u[i + 2, j + 1, k + 1] - u[i + 1, j + 1, k + 1]) * inv_dx
                dvdy = (v[i + 1, j + 2, k + 1] - v[i + 1, j + 1, k + 1]) * inv_dy
                dudy = _grad(c0[i, jm, k], c0[i, j, k], c0[i, jp, k], j, ny, h2y, hy)
                dvdx = _grad(c1[im, j, k], c1[i, j, k], c1[ip, j, k], i, nx, h2x, hx)
                dwdx = _grad(c2[im, j, k], c2[i, j, k], c2[ip, j, k], i, nx, h2x, hx)
                dwdy = _grad(c2[i, jm, k], c2[i, j, k], c2[i, jp, k], j, ny, h2y, hy)
                n2 = zero
                if use_n2:
                    kk = k if k < nz - 1 else nz - 2
                    n2 = (buoy[i, j, kk + 1] - buoy[i, j, kk]) * cn
                    if n2 < zero:  # stable air only (np.maximum(n2, 0); NaN stays)
                        n2 = zero
                sh = two * dudx * dudx + two * dvdy * dvdy
                t = dudy + dvdx
                sh = sh + t * t
                sh = sh + dwdx * dwdx
                sh = sh + dwdy * dwdy
                sh = sh - n2
                if sh < zero:
                    sh = zero
                h = hl[i, j, k]
                nh = np.sqrt(sh) * (h * h)
                dudz = _grad(c0[i, j, km], c0[i, j, k], c0[i, j, kp], k, nz, h2z, hz)
                dvdz = _grad(c1[i, j, km], c1[i, j, k], c1[i, j, kp], k, nz, h2z, hz)
                sv = dudz * dudz + dvdz * dvdz
                sv = sv - n2
                if sv < zero:
                    sv = zero
                lv = vl[i, j, k]
                nv = np.sqrt(sv) * (lv * lv)
                if nh > nv or nh != nh:  # np.maximum: NaN wins
                    nv = nh
                nu_h[i, j, k] = nh
                nu_v[i, j, k] = nv


def eddy_viscosity(
    vel: list[Any],
    cell: list[Any],
    buoy: Any,
    buoy_dt: float,
    spacing: tuple[float, float, float],
    horizontal_length: Any,
    vertical_length: Any,
    prandtl_t: float,
) -> tuple[Any, Any]:
    """Twin of :func:`twin.sim.airflow.kernels.eddy_viscosity` (one pass; new output arrays).

    Mixing lengths given as full interior arrays of the fields' dtype are compiled; other forms
    (scalars, broadcast profiles) and grids with an axis under 2 cells take the reference.
    """
    shape = cell[0].shape
    dtype = cell[0].dtype
    lengths_ok = all(isinstance(x, np.ndarray) and x.shape == shape and x.dtype == dtype for x in (horizontal_length, vertical_length))
    if not isinstance(vel[0], np.ndarray) or not lengths_ok or min(shape) < 2:
        return ref.eddy_viscosity(vel, cell, buoy, buoy_dt, spacing, horizontal_length, vertical_length, prandtl_t)
    dx, dy, dz = spacing
    f = dtype.type
    use_n2 = bool(buoy_dt > 0.0 and buoy.shape[2] > 1)
    cn = f(1.0 / (buoy_dt * dz * prandtl_t)) if use_n2 else f(0.0)
    nu_h = np.empty(shape, dtype=dtype)
    nu_v = np.empty(shape, dtype=dtype)
    with _guard:
        _eddy(vel[0], vel[1], cell[0], cell[1], cell[2], buoy, cn, use_n2, f(1.0 / dx), f(1.0 / dy),
              f(2.0 * dx), f(2.0 * dy), f(2.0 * dz), f(dx), f(dy), f(dz), horizontal_length, vertical_length, nu_h, nu_v)
    return nu_h, nu_v


# --------------------------------------------------------------------------------------------
# Field statistics read by the time step and the health check every step
# --------------------------------------------------------------------------------------------


@njit(**_JIT)
def _peak_and_squares(u, peak, sq):  # pragma: no cover - compiled
    # per x-plane: max |u| over the unknowns (NaN wins, as numpy's max) and sum u^2 over all
    n0, n1, n2 = u.shape
    for i in prange(n0):
        m = 0.0
        s = 0.0
        inside = 0 < i < n0 - 1
        for j in range(n1):
            for k in range(n2):
                x = np.float64(u[i, j, k])
                s += x * x
                if inside and 0 < j < n1 - 1 and 0 < k < n2 - 1:
                    ax = abs(x)
                    if ax > m or ax != ax:
                        m = ax if m == m else m
        peak[i] = m
        sq[i] = s


def velocity_extremes(vel: list[Any]) -> tuple[tuple[float, float, float], float]:
    """Twin of :func:`twin.sim.airflow.kernels.velocity_extremes` (one pass per component; the
    sum of squares is accumulated in float64, BLAS's sdot in float32)."""
    if not isinstance(vel[0], np.ndarray):
        return ref.velocity_extremes(vel)
    peaks = []
    total = 0.0
    for a in AXES:
        n0 = vel[a].shape[0]
        peak = np.zeros(n0)
        sq = np.zeros(n0)
        with _guard:
            _peak_and_squares(vel[a], peak, sq)
        inner = peak[1:-1]
        peaks.append(float("nan") if np.isnan(inner).any() else float(inner.max()))
        total += float(sq.sum())
    return (peaks[0], peaks[1], peaks[2]), total


@njit(**_JIT)
def _face_extremes(t, free, out):  # pragma: no cover - compiled
    # out[i] = (max, min) of (T_k + T_k-1) free and max of (T_k - T_k-1) free, faces k = 2..nz
    n0, n1, n2 = t.shape
    for i in prange(1, n0 - 1):
        mx = -np.inf
        mn = np.inf
        gx = -np.inf
        nan_a = False
        nan_g = False
        for j in range(1, n1 - 1):
            for k in range(2, n2 - 1):
                f = free[i, j, k]
                a = (t[i, j, k] + t[i, j, k - 1]) * f
                g = (t[i, j, k] - t[i, j, k - 1]) * f
                if a != a:
                    nan_a = True
                if g != g:
                    nan_g = True
                if a > mx:
                    mx = a
                if a < mn:
                    mn = a
                if g > gx:
                    gx = g
        if nan_a:  # numpy's max and min return NaN when there is one
            mx = np.nan
            mn = np.nan
        if nan_g:
            gx = np.nan
        out[i, 0] = mx
        out[i, 1] = mn
        out[i, 2] = gx


def vertical_face_extremes(t: Any, free_w: Any) -> tuple[float, float, float]:
    """Twin of :func:`twin.sim.airflow.kernels.vertical_face_extremes` (one pass)."""
    if not isinstance(t, np.ndarray) or t.shape[2] < 4 or min(t.shape[:2]) < 3:
        return ref.vertical_face_extremes(t, free_w)
    out = np.zeros((t.shape[0], 3))
    with _guard:
        _face_extremes(t, free_w, out)
    rows = out[1:-1]  # np.max / np.min of float64 propagate NaN like the reference's
    return float(rows[:, 0].max()), float(rows[:, 1].min()), float(rows[:, 2].max())


# --------------------------------------------------------------------------------------------
# Ghost layers: the x and y planes by numpy slices, the z planes (strided: one cache line per
# element) for both ends of every column in one compiled pass. These passes touch two cache
# lines per column whatever the grid, so they run serial: a parallel launch costs more than
# the work, and on a busy machine (the 3-D view drawing beside the solver) far more: at 4 m,
# 0.75 ms a call parallel against 0.11 ms serial (median of 30, machine at load 3), 17 calls a
# step.
# --------------------------------------------------------------------------------------------

_Z_COPY, _Z_CONST_MINUS, _Z_NEGATE, _Z_FILL, _Z_KEEP = 0, 1, 2, 3, 4


@njit(**_JIT_SERIAL)
def _z_ghosts(u, lo_mode, lo_c, hi_mode, hi_c):  # pragma: no cover - compiled
    # ghost 0 from layer 1 and ghost n+1 from layer n: copy, c - x, -x, c, or keep
    n0, n1, n2 = u.shape
    n = n2 - 2
    for i in range(n0):
        for j in range(n1):
            x = u[i, j, 1]
            if lo_mode == 0:
                u[i, j, 0] = x
            elif lo_mode == 1:
                u[i, j, 0] = lo_c - x
            elif lo_mode == 2:
                u[i, j, 0] = -x
            elif lo_mode == 3:
                u[i, j, 0] = lo_c
            x = u[i, j, n]
            if hi_mode == 0:
                u[i, j, n + 1] = x
            elif hi_mode == 1:
                u[i, j, n + 1] = hi_c - x
            elif hi_mode == 2:
                u[i, j, n + 1] = -x
            elif hi_mode == 3:
                u[i, j, n + 1] = hi_c


@njit(**_JIT_SERIAL)
def _z_normal(w, lo_closed, lo_reflect, hi_closed):  # pragma: no cover - compiled
    # w's own z faces: a closed (wall, slip) side has zero normal velocity on its face; the low
    # ghost is the face value (inflow/outflow) or its odd reflection 2 w_1 - w_2
    n0, n1, n2 = w.shape
    n = n2 - 2
    zero = w.dtype.type(0.0)
    two = w.dtype.type(2.0)
    for i in range(n0):
        for j in range(n1):
            if lo_closed:
                w[i, j, 1] = zero
            if lo_reflect:
                w[i, j, 0] = two * w[i, j, 1] - w[i, j, 2]
            else:
                w[i, j, 0] = w[i, j, 1]
            if hi_closed:
                w[i, j, n + 1] = zero


def _z_compiled(bcs: ref.BoxBCs) -> bool:
    lo, hi = bcs.side(2, False), bcs.side(2, True)
    return not bcs.periodic(2) and lo.kind != "inflow" and hi.kind != "inflow"


def fill_scalar_ghosts(q: Any, bcs: ref.BoxBCs) -> None:
    """Twin of :func:`twin.sim.airflow.kernels.fill_scalar_ghosts` (same order: x, y, then z)."""
    if not isinstance(q, np.ndarray) or q.ndim != 3 or bcs.periodic(2) or q.shape[2] < 4:
        return ref.fill_scalar_ghosts(q, bcs)
    for axis in (0, 1):
        n = q.shape[axis] - 2
        if bcs.periodic(axis):
            q[ref._plane(axis, 0)] = q[ref._plane(axis, n)]
            q[ref._plane(axis, n + 1)] = q[ref._plane(axis, 1)]
            continue
        for high, ghost, inner in ((False, 0, 1), (True, n + 1, n)):
            side = bcs.side(axis, high)
            if side.scalar == "dirichlet":
                q[ref._plane(axis, ghost)] = 2.0 * side.scalar_value - q[ref._plane(axis, inner)]
            elif side.scalar == "upstream":
                q[ref._plane(axis, ghost)] = side.scalar_value
            else:
                q[ref._plane(axis, ghost)] = q[ref._plane(axis, inner)]
    modes = []
    for high in (False, True):
        side = bcs.side(2, high)
        if side.scalar == "dirichlet":
            modes.append((_Z_CONST_MINUS, 2.0 * side.scalar_value))
        elif side.scalar == "upstream":
            modes.append((_Z_FILL, side.scalar_value))
        else:
            modes.append((_Z_COPY, 0.0))
    with _guard:
        _z_ghosts(q, modes[0][0], _t(q, modes[0][1]), modes[1][0], _t(q, modes[1][1]))
    return None


def apply_velocity_bcs(vel: list[Any], bcs: ref.BoxBCs) -> None:
    """Twin of :func:`twin.sim.airflow.kernels.apply_velocity_bcs` (same order of the planes).

    The z planes of every component are set by one compiled pass over the columns; inflow or
    periodic z sides take the reference.
    """
    if not isinstance(vel[0], np.ndarray) or vel[0].ndim != 3 or not _z_compiled(bcs) or vel[0].shape[2] < 4:
        return ref.apply_velocity_bcs(vel, bcs)
    plane, face_int = ref._plane, ref._face_interior
    for a in AXES:
        u = vel[a]
        n = u.shape[a] - 2
        if a == 2:
            lo, hi = bcs.side(2, False), bcs.side(2, True)
            with _guard:
                _z_normal(u, lo.kind in ("wall", "slip"), lo.kind not in ("inflow", "outflow"), hi.kind in ("wall", "slip"))
        elif bcs.periodic(a):
            u[plane(a, n + 1)] = u[plane(a, 1)]
            u[plane(a, 0)] = u[plane(a, n)]
        else:
            for high, face, ghost, mirror in ((False, 1, 0, 2), (True, n + 1, None, None)):
                side = bcs.side(a, high)
                if side.kind == "inflow":
                    u[face_int(a, face)] = side.inflow
                elif side.kind in ("wall", "slip"):
                    u[plane(a, face)] = 0.0
                if ghost is not None:
                    if side.kind == "inflow" or side.kind == "outflow":
                        u[plane(a, ghost)] = u[plane(a, face)]
                    else:
                        u[plane(a, ghost)] = 2.0 * u[plane(a, face)] - u[plane(a, mirror)]
        for b in AXES:
            if b == a:
                continue
            nb = u.shape[b] - 2
            if b == 2:
                modes = []
                for high in (False, True):
                    side = bcs.side(2, high)
                    if side.kind == "wall":
                        modes.append((_Z_CONST_MINUS, 2.0 * side.velocity[a]))
                    else:
                        modes.append((_Z_COPY, 0.0))
                with _guard:
                    _z_ghosts(u, modes[0][0], _t(u, modes[0][1]), modes[1][0], _t(u, modes[1][1]))
                continue
            if bcs.periodic(b):
                u[plane(b, 0)] = u[plane(b, nb)]
                u[plane(b, nb + 1)] = u[plane(b, 1)]
                continue
            for high, ghost, inner in ((False, 0, 1), (True, nb + 1, nb)):
                side = bcs.side(b, high)
                if side.kind == "wall":
                    u[plane(b, ghost)] = 2.0 * side.velocity[a] - u[plane(b, inner)]
                elif side.kind == "inflow":
                    u[plane(b, ghost)] = -u[plane(b, inner)]
                else:
                    u[plane(b, ghost)] = u[plane(b, inner)]
    return None


# --------------------------------------------------------------------------------------------
# Warm-up (compile) and the set of twins
# --------------------------------------------------------------------------------------------

TWINS = (
    "velocity_at",
    "advect_semi_lagrangian",
    "advect_scalar_ffsl",
    "diffuse_scalar_explicit",
    "implicit_vertical_diffusion",
    "diffuse_momentum_explicit",
    "solve_poisson",
    "divergence",
    "subtract_gradient",
    "advect_velocity_component",
    "store_masked",
    "apply_masks",
    "face_average",
    "buoyancy_source",
    "buoyancy_and_drag",
    "diffuse_vertical_eddy",
    "eddy_viscosity",
    "velocity_extremes",
    "vertical_face_extremes",
    "fill_scalar_ghosts",
    "apply_velocity_bcs",
    "restrict_linear",
    "prolong_linear",
)
"""Kernels of :mod:`twin.sim.airflow.kernels` that have a compiled twin here."""


def warm_up(dtype: Any = np.float32) -> None:
    """Compile (or load from the cache) every twin for ``dtype`` by running it on a small box.

    The box has obstacles, an inflow, an outflow and walls so every branch the solver takes
    is compiled; results are discarded.
    """
    global SERIAL_BELOW
    from twin.sim.airflow.grid import Grid

    rng = np.random.default_rng(0)
    shape = (8, 8, 6)
    grid = Grid(shape, (2.0, 2.0, 1.5))
    bcs = ref.BoxBCs(
        (
            ref.Side("inflow", inflow=1.0, scalar="upstream"),
            ref.Side("outflow"),
            ref.Side("slip"),
            ref.Side("slip"),
            ref.Side("wall"),
            ref.Side("slip"),
        )
    )
    padded = tuple(n + 2 for n in shape)
    vel = [rng.standard_normal(padded).astype(dtype) for _ in AXES]
    pts = [np.zeros(shape, dtype=dtype) for _ in AXES]
    out = np.zeros(shape, dtype=dtype)
    velocity_at(None, vel, pts)
    for a in AXES:
        velocity_at(a, vel, pts)
        advect_semi_lagrangian(vel[a], a, pts, 0.5, grid.spacing, (False, False, False), out, None)
    advect_semi_lagrangian(vel[0], None, pts, 0.5, grid.spacing, (True, False, False), out, None)
    q = rng.standard_normal(padded).astype(dtype)
    advect_scalar_ffsl(q, vel, 0.3, grid.spacing, bcs, boundary_out=np.zeros(6))
    per = ref.Side("periodic", scalar="periodic")
    advect_scalar_ffsl(q, vel, 0.3, grid.spacing, ref.BoxBCs((per, per, *bcs.sides[2:])))
    kappa = [np.abs(rng.standard_normal(padded)).astype(dtype) * 0.01 for _ in AXES]
    faces = [np.ones(padded, dtype=dtype) for _ in AXES]
    diffuse_scalar_explicit(q, kappa, 0.1, grid.spacing, faces, axes=(0, 1), warn=False)
    coeff = np.abs(rng.standard_normal((shape[2] + 1, shape[0], shape[1]))).astype(dtype)
    implicit_vertical_diffusion(q, coeff)
    solid = np.zeros(shape, dtype=bool)
    solid[3:5, 3:5, :2] = True
    sp = ref.pad_mask(solid)
    open_faces = ref.open_face_masks(sp, bcs, dtype=dtype)
    walls = ref.WallMirror.from_coefficients(ref.solid_wall_coefficients(sp, grid.spacing, AXES, (False, False, False), dtype=dtype))
    nu = [np.abs(rng.standard_normal(shape)).astype(dtype) * 0.1 for _ in AXES]
    diffuse_momentum_explicit(vel, nu, 0.5, grid.spacing, bcs, faces, walls, axes=(0, 1))
    diffuse_momentum_explicit(vel, 0.1, 0.5, grid.spacing, bcs, faces, walls)
    hier = ref.build_poisson_hierarchy(open_faces, grid.spacing, (False, False, False), max_coarse_cells=40)
    rhs = rng.standard_normal(shape).astype(dtype)
    divergence(vel, grid.spacing, out)
    subtract_gradient(vel, q, 0.5, grid.spacing, open_faces, out)
    # an edit's first look projects a box of the padded fields: views ("A" layout)
    box = [v[1:7, 1:7, 1:6] for v in vel]
    box_faces = ref.open_face_masks(ref.pad_mask(solid[1:5, 1:5, 1:4]), ref.BoxBCs.uniform(ref.Side("slip")), dtype=dtype)
    box_div = np.zeros((4, 4, 3), dtype=dtype)
    divergence(box, grid.spacing, box_div)
    subtract_gradient(box, np.zeros((6, 6, 5), dtype=dtype), 1.0, grid.spacing, box_faces, box_div)
    # the fused campus-step passes, with every array layout the solver passes (views of
    # padded arrays are "A" layout, separate compiles)
    for a in AXES:
        advect_velocity_component(vel, a, 0.5, grid.spacing, (False, False, False), out, pts, None)
        store_masked(vel[a], out, faces[a])
        face_average(nu[0], a, out)
        face_average(nu[0], a, kappa[a][INT], 0.5)
    apply_masks(vel, faces)
    buoy = np.zeros(shape, dtype=dtype)
    buoyancy_source(q, 0.01, buoy)
    lad = [np.abs(rng.standard_normal(shape)).astype(dtype) for _ in AXES]
    buoyancy_and_drag(vel, buoy, pts, lad, lad[:2], 0.1, 0.2)
    for stagger, free in ((0, faces[0][INT]), (1, faces[1][INT]), (None, np.ones(shape, dtype=dtype))):
        diffuse_vertical_eddy(vel[0], nu[0], free, 0.3, stagger, None if stagger is not None else 1.1)
    fill_scalar_ghosts(q, bcs)
    apply_velocity_bcs(vel, bcs)
    velocity_extremes(vel)
    vertical_face_extremes(q, faces[2])
    length = np.abs(rng.standard_normal(shape)).astype(dtype)
    eddy_viscosity(vel, pts, buoy, 0.5, grid.spacing, length, length, 0.9)
    fine = rng.standard_normal((8, 8, 4)).astype(dtype)
    for f in ((2, 2, 2), (2, 1, 1), (1, 1, 2)):
        coarse = restrict_linear(fine, f, (False, False, False))
        padded_c = np.zeros(tuple(n + 2 for n in coarse.shape), dtype=dtype)
        target = np.zeros((10, 10, 6), dtype=dtype)
        saved = SERIAL_BELOW
        try:
            for below in (0, saved):
                SERIAL_BELOW = below
                restrict_linear(fine, f, (False, False, False), out=np.empty(coarse.shape, dtype=dtype))
                _prolong_add(padded_c[INT], f, (False, False, False), target[INT])
                _prolong_add(coarse, f, (False, False, False), target[INT])
                prolong_linear(coarse, f, (False, False, False))
        finally:
            SERIAL_BELOW = saved
    saved = SERIAL_BELOW
    try:
        for below in (0, saved):  # the parallel kernels (fine levels) and the serial ones
            SERIAL_BELOW = below
            solve_poisson(hier, rhs, np.zeros(padded, dtype=dtype), tol=1e-3, max_iter=3)
    finally:
        SERIAL_BELOW = saved
    _init_threading()
