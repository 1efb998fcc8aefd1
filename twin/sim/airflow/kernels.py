"""Pure array kernels of the finite-volume flow solver (MAC grid, pressure projection).

Every function here takes arrays and returns (or writes into ``out=``) arrays; none holds state
between calls except the :class:`PoissonHierarchy` work buffers, which belong to the caller.
They are written against an array module ``xp`` (``numpy`` by default) so that ``cupy`` can be
swapped in for batch runs on a GPU; only :func:`build_poisson_hierarchy` uses numpy directly
for its (small) dense coarsest-level pseudo-inverse.

Array layout (see :mod:`twin.sim.airflow.grid`): every field has the padded shape
``(nx + 2, ny + 2, nz + 2)``; velocity component ``a`` sits on the low face of each cell along
axis ``a``; the unknowns of every field are the ``[1:-1, 1:-1, 1:-1]`` block.

Units: lengths in metres (or the unit of the caller's ``spacing``), time in seconds, velocity in
length per second, kinematic viscosity and diffusivity in length^2 / s. Each kernel's docstring
states its equation and its stability limit; kernels that detect a broken limit warn
(:class:`StabilityWarning`) or return a flag, they never clamp silently.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from twin.sim.airflow.grid import AXES, Grid, interior, shift

INT = interior()
"""Slice of the unknowns of every padded array."""


class StabilityWarning(RuntimeWarning):
    """A kernel was called beyond its stability limit (the result may blow up)."""


# --------------------------------------------------------------------------------------------
# Boundary conditions
# --------------------------------------------------------------------------------------------

VELOCITY_KINDS = ("wall", "slip", "periodic", "inflow", "outflow")
SCALAR_KINDS = ("neumann", "dirichlet", "upstream", "periodic")


@dataclass(frozen=True)
class Side:
    """Boundary condition on one face of the box.

    Attributes
    ----------
    kind
        ``"wall"`` (no-slip; moves with ``velocity``), ``"slip"`` (free slip, no penetration),
        ``"periodic"`` (both sides of the axis must say so), ``"inflow"`` (normal velocity
        ``inflow``, zero tangential velocity) or ``"outflow"`` (convective, non-reflecting).
    velocity
        Wall velocity ``(u, v, w)``; only its tangential components are used (moving lid).
    inflow
        Inflow normal velocity: a float or an array broadcastable to the face's interior
        (the two tangential axes, in axis order), signed along the axis.
    scalar
        Scalar condition: ``"neumann"`` (zero gradient, adiabatic), ``"dirichlet"`` (value
        ``scalar_value`` on the wall, e.g. fixed-temperature wall), ``"upstream"`` (the value of
        fluid entering through the side, for inflows) or ``"periodic"``.
    scalar_value
        Value used by ``"dirichlet"`` and ``"upstream"``.
    """

    kind: str = "wall"
    velocity: tuple[float, float, float] = (0.0, 0.0, 0.0)
    inflow: Any = 0.0
    scalar: str = "neumann"
    scalar_value: float = 0.0

    def __post_init__(self) -> None:
        if self.kind not in VELOCITY_KINDS:
            raise ValueError(f"unknown velocity boundary kind {self.kind!r}")
        if self.scalar not in SCALAR_KINDS:
            raise ValueError(f"unknown scalar boundary kind {self.scalar!r}")


@dataclass(frozen=True)
class BoxBCs:
    """The six sides of the box, in the order x-, x+, y-, y+, z-, z+."""

    sides: tuple[Side, Side, Side, Side, Side, Side]

    def __post_init__(self) -> None:
        for axis in AXES:
            lo, hi = self.side(axis, False), self.side(axis, True)
            if (lo.kind == "periodic") != (hi.kind == "periodic"):
                raise ValueError(f"axis {axis}: periodic must be set on both sides")

    def side(self, axis: int, high: bool) -> Side:
        """The side of ``axis`` at its low (``high=False``) or high end."""
        return self.sides[2 * axis + int(high)]

    def periodic(self, axis: int) -> bool:
        """Whether ``axis`` is periodic."""
        return self.sides[2 * axis].kind == "periodic"

    @classmethod
    def uniform(cls, side: Side) -> BoxBCs:
        """All six sides equal to ``side``."""
        return cls((side,) * 6)  # type: ignore[arg-type]

    def replaced(self, axis: int, high: bool, side: Side) -> BoxBCs:
        """A copy with one side replaced."""
        sides = list(self.sides)
        sides[2 * axis + int(high)] = side
        return BoxBCs(tuple(sides))  # type: ignore[arg-type]


def _plane(axis: int, index: int, ndim: int = 3) -> tuple:
    """Index tuple selecting plane ``index`` along ``axis`` (all of the other axes)."""
    sel: list[Any] = [slice(None)] * ndim
    sel[axis] = index
    return tuple(sel)


def _face_interior(axis: int, index: int) -> tuple:
    """Plane ``index`` along ``axis`` restricted to the interior of the two other axes."""
    sel: list[Any] = [slice(1, -1)] * 3
    sel[axis] = index
    return tuple(sel)


def fill_scalar_ghosts(q: Any, bcs: BoxBCs) -> None:
    """Set the ghost layers of a cell-centred field from the scalar boundary conditions.

    ``"dirichlet"``: ghost = 2 v - interior (the wall value is the mean of ghost and interior);
    ``"neumann"``: ghost = interior (zero flux); ``"upstream"``: ghost = v (value carried in by an
    inflow); ``"periodic"``: ghost = the opposite interior layer. Axes are filled in order so
    the edges and corners get consistent values. Modifies ``q`` in place.
    """
    for axis in AXES:
        n = q.shape[axis] - 2
        if bcs.periodic(axis):
            q[_plane(axis, 0)] = q[_plane(axis, n)]
            q[_plane(axis, n + 1)] = q[_plane(axis, 1)]
            continue
        for high, ghost, inner in ((False, 0, 1), (True, n + 1, n)):
            side = bcs.side(axis, high)
            if side.scalar == "dirichlet":
                q[_plane(axis, ghost)] = 2.0 * side.scalar_value - q[_plane(axis, inner)]
            elif side.scalar == "upstream":
                q[_plane(axis, ghost)] = side.scalar_value
            else:
                q[_plane(axis, ghost)] = q[_plane(axis, inner)]


def apply_velocity_bcs(vel: list[Any], bcs: BoxBCs) -> None:
    """Set boundary faces and ghost layers of the three velocity components in place.

    Normal component on a non-periodic side: 0 on walls and slip sides, the prescribed profile
    on inflows, left unchanged on outflows (see :func:`convective_outflow`). Tangential ghosts:
    ``2 U_wall - interior`` for no-slip walls (zero at an inflow), ``interior`` for slip and
    outflow sides, the opposite layer for periodic axes.
    """
    for a in AXES:
        u = vel[a]
        n = u.shape[a] - 2
        # Normal faces of component a on the two ends of axis a.
        if bcs.periodic(a):
            u[_plane(a, n + 1)] = u[_plane(a, 1)]
            u[_plane(a, 0)] = u[_plane(a, n)]
        else:
            for high, face, ghost, mirror in ((False, 1, 0, 2), (True, n + 1, None, None)):
                side = bcs.side(a, high)
                if side.kind == "inflow":
                    u[_face_interior(a, face)] = side.inflow
                elif side.kind in ("wall", "slip"):
                    u[_plane(a, face)] = 0.0
                if ghost is not None:
                    if side.kind == "inflow" or side.kind == "outflow":
                        u[_plane(a, ghost)] = u[_plane(a, face)]
                    else:  # odd reflection about the wall face
                        u[_plane(a, ghost)] = 2.0 * u[_plane(a, face)] - u[_plane(a, mirror)]
        # Tangential ghosts of component a on the ends of the other axes.
        for b in AXES:
            if b == a:
                continue
            nb = u.shape[b] - 2
            if bcs.periodic(b):
                u[_plane(b, 0)] = u[_plane(b, nb)]
                u[_plane(b, nb + 1)] = u[_plane(b, 1)]
                continue
            for high, ghost, inner in ((False, 0, 1), (True, nb + 1, nb)):
                side = bcs.side(b, high)
                if side.kind == "wall":
                    u[_plane(b, ghost)] = 2.0 * side.velocity[a] - u[_plane(b, inner)]
                elif side.kind == "inflow":
                    u[_plane(b, ghost)] = -u[_plane(b, inner)]
                else:
                    u[_plane(b, ghost)] = u[_plane(b, inner)]


def convective_outflow(vel: list[Any], bcs: BoxBCs, grid: Grid, dt: float) -> None:
    """Advance the normal velocity on outflow sides with a convective (Orlanski-type) condition.

    Equation: du/dt + U_c du/dn = 0 with U_c the mean outflow speed through the side, solved
    implicitly, ``u_b <- (u_b + c u_in) / (1 + c)`` with ``c = U_c dt / h``, which is stable for
    any time step (no limit to warn about). Lets eddies and plumes leave without reflection.
    """
    for a in AXES:
        if bcs.periodic(a):
            continue
        u = vel[a]
        n = u.shape[a] - 2
        h = grid.spacing[a]
        for high, face, inner in ((False, 1, 2), (True, n + 1, n)):
            if bcs.side(a, high).kind != "outflow":
                continue
            sign = 1.0 if high else -1.0
            ub = u[_face_interior(a, face)]
            uc = max(float(sign * ub.mean()), 0.0)
            c = uc * dt / h
            ub += c * u[_face_interior(a, inner)]
            ub /= 1.0 + c


def balance_outflow(vel: list[Any], bcs: BoxBCs, grid: Grid, free_faces: list[Any]) -> float:
    """Shift the outflow normal velocity uniformly so the net volume flux through the box is 0.

    The all-Neumann pressure equation is solvable only when the boundary fluxes balance; a
    convective outflow alone does not guarantee that. ``free_faces`` are per-axis masks of
    faces not touching an obstacle (boundary faces included), so the correction is spread over
    the open part of the outflow. Returns the volume flux that was corrected (length^3 / s),
    zero when there is no outflow side.
    """
    net = 0.0
    out_area = 0.0
    targets = []
    for a in AXES:
        if bcs.periodic(a):
            continue
        u = vel[a]
        n = u.shape[a] - 2
        area = grid.cell_volume / grid.spacing[a]
        for high, face in ((False, 1), (True, n + 1)):
            side = bcs.side(a, high)
            sign = -1.0 if high else 1.0  # + for flux into the box
            net += sign * float(u[_face_interior(a, face)].sum(dtype=np.float64)) * area
            if side.kind == "outflow":
                mask = free_faces[a][_face_interior(a, face)]
                out_area += float(mask.sum()) * area
                targets.append((a, face, sign, mask))
    if not targets or out_area == 0.0:
        return 0.0
    for a, face, sign, mask in targets:
        # more outward velocity (opposite to the inward sign) by net / area on open faces
        vel[a][_face_interior(a, face)] -= sign * (net / out_area) * mask
    return net


# --------------------------------------------------------------------------------------------
# Geometry helpers: open faces of an obstacle mask
# --------------------------------------------------------------------------------------------


def pad_mask(solid: Any, xp: Any = np) -> Any:
    """Pad an interior ``(nx, ny, nz)`` solid mask to the padded shape with fluid ghosts."""
    out = xp.zeros(tuple(n + 2 for n in solid.shape), dtype=bool)
    out[INT] = solid
    return out


def open_face_masks(solid_padded: Any, bcs: BoxBCs, dtype: Any = np.float32, xp: Any = np) -> list[Any]:
    """Per-axis face masks: 1 where a velocity face is free (both neighbour cells fluid).

    Boundary faces of non-periodic axes are 0 (their velocity is set by the boundary
    condition, so the pressure correction must not touch them). Shape: padded, indexed like
    the velocity component of that axis.
    """
    masks = []
    fluid = ~solid_padded
    for a in AXES:
        m = xp.zeros(solid_padded.shape, dtype=dtype)
        lo = shift(a, -1)
        m[INT] = (fluid[INT] & fluid[lo]).astype(dtype)
        n = solid_padded.shape[a] - 2
        if bcs.periodic(a):
            # face 1 joins cell n (periodic image of ghost 0) and cell 1
            m[_face_interior(a, 1)] = (fluid[_face_interior(a, 1)] & fluid[_face_interior(a, n)]).astype(dtype)
            m[_plane(a, n + 1)] = m[_plane(a, 1)]  # the same face seen from cell n
            if n == 1:
                m[...] = 0.0  # a single periodic cell has no neighbour along a
        else:
            m[_plane(a, 1)] = 0.0
            m[_plane(a, n + 1)] = 0.0
        masks.append(m)
    return masks


# --------------------------------------------------------------------------------------------
# Projection
# --------------------------------------------------------------------------------------------


def divergence(vel: list[Any], spacing: tuple[float, float, float], out: Any) -> Any:
    """Cell divergence sum_a (U_a[i+1] - U_a[i]) / h_a of the face velocities, into ``out``.

    ``out`` has the interior shape ``(nx, ny, nz)``. Units 1/s.
    """
    out[...] = 0.0
    for a in AXES:
        out += (vel[a][shift(a, 1)] - vel[a][INT]) * (1.0 / spacing[a])
    return out


def subtract_gradient(vel: list[Any], p: Any, scale: float, spacing: tuple[float, float, float], open_faces: list[Any], work: Any) -> None:
    """Velocity correction ``U_a -= scale * (p[i] - p[i-1]) / h_a`` on open faces, in place.

    With ``scale = dt`` and ``p`` solving :func:`solve_poisson` for ``-div(U*)/dt`` the corrected
    field is discretely divergence-free. ``p`` must have its periodic ghosts filled.
    """
    for a in AXES:
        np.subtract(p[INT], p[shift(a, -1)], out=work)
        work *= open_faces[a][INT]
        work *= scale / spacing[a]
        vel[a][INT] -= work


# --------------------------------------------------------------------------------------------
# Pressure Poisson: geometric multigrid preconditioned conjugate gradients
# --------------------------------------------------------------------------------------------


@dataclass
class _Level:
    shape: tuple[int, int, int]
    spacing: tuple[float, float, float]
    periodic: tuple[bool, bool, bool]
    coeff: list[Any]  # per-axis open-face fraction, padded
    weight: list[Any]  # coeff / h^2
    diag: Any
    inv_diag: Any
    active: Any
    axes: tuple[int, ...]
    factor: tuple[int, int, int] = (1, 1, 1)  # coarsening factor to the next level
    e: Any = None
    r: Any = None
    tmp: Any = None
    tmp2: Any = None
    pinv: Any = None


@dataclass
class PoissonHierarchy:
    """Multigrid levels of the pressure operator for one obstacle layout.

    Built by :func:`build_poisson_hierarchy`; reused every step until the obstacles change.
    Holds preallocated work arrays, so one hierarchy must not be used by two threads at once.
    """

    levels: list[_Level]
    omega: float
    sweeps: int
    xp: Any = np
    p_work: dict[str, Any] = field(default_factory=dict)

    @property
    def fine(self) -> _Level:
        """The finest level (the grid itself)."""
        return self.levels[0]


def _fill_periodic(e: Any, level: _Level) -> None:
    for a in level.axes:
        if level.periodic[a]:
            n = level.shape[a]
            e[_plane(a, 0)] = e[_plane(a, n)]
            e[_plane(a, n + 1)] = e[_plane(a, 1)]


def _apply_operator(level: _Level, e: Any, out: Any) -> Any:
    """out = A e with A = -Laplacian (positive semi-definite); e padded, out interior."""
    _fill_periodic(e, level)
    np.multiply(level.diag, e[INT], out=out)
    tmp = level.tmp2
    for a in level.axes:
        np.multiply(level.weight[a][shift(a, 1)], e[shift(a, 1)], out=tmp)
        out -= tmp
        np.multiply(level.weight[a][INT], e[shift(a, -1)], out=tmp)
        out -= tmp
    return out


def _make_level(coeff: list[Any], spacing: tuple[float, float, float], periodic: tuple[bool, bool, bool], xp: Any) -> _Level:
    shape = tuple(s - 2 for s in coeff[0].shape)
    axes = tuple(a for a in AXES if shape[a] > 1)
    weight = [c * (1.0 / (h * h)) for c, h in zip(coeff, spacing, strict=True)]
    diag = xp.zeros(shape, dtype=coeff[0].dtype)
    for a in axes:
        diag += weight[a][INT] + weight[a][shift(a, 1)]
    active = diag > 0
    inv_diag = xp.where(active, 1.0 / xp.where(active, diag, 1.0), 0.0).astype(diag.dtype)
    padded = coeff[0].shape
    dtype = coeff[0].dtype
    return _Level(
        shape=shape,  # type: ignore[arg-type]
        spacing=spacing,
        periodic=periodic,
        coeff=coeff,
        weight=weight,
        diag=diag,
        inv_diag=inv_diag,
        active=active,
        axes=axes,
        e=xp.zeros(padded, dtype=dtype),
        r=xp.zeros(shape, dtype=dtype),
        tmp=xp.zeros(shape, dtype=dtype),
        tmp2=xp.zeros(shape, dtype=dtype),
    )


def _coarsen_coeff(coeff: list[Any], factor: tuple[int, int, int], xp: Any) -> list[Any]:
    """Average fine open-face fractions onto the faces of the coarse cells."""
    shape = tuple(s - 2 for s in coeff[0].shape)
    cshape = tuple(n // f for n, f in zip(shape, factor, strict=True))
    out = []
    for a in AXES:
        c = coeff[a]
        # fine faces that coincide with coarse faces: 1, 1 + f, ..., n + 1 along a
        sel: list[Any] = [slice(1, -1)] * 3
        sel[a] = slice(1, shape[a] + 2, factor[a])
        faces = c[tuple(sel)]
        # average over the children along the two tangential axes
        dims = []
        for b in AXES:
            if b == a:
                dims.append((faces.shape[b], 1))
            else:
                dims.append((cshape[b], factor[b]))
        faces = faces.reshape(dims[0][0], dims[0][1], dims[1][0], dims[1][1], dims[2][0], dims[2][1])
        faces = faces.mean(axis=(1, 3, 5))
        cc = xp.zeros(tuple(n + 2 for n in cshape), dtype=c.dtype)
        csel: list[Any] = [slice(1, -1)] * 3
        csel[a] = slice(1, cshape[a] + 2)
        cc[tuple(csel)] = faces
        out.append(cc)
    return out


def _dense_pinv(level: _Level) -> np.ndarray:
    """Pseudo-inverse of the (small) coarsest operator, singular for pure-Neumann problems."""
    n = int(np.prod(level.shape))
    mat = np.zeros((n, n))
    idx = np.arange(n).reshape(level.shape)
    idx_p = np.zeros(tuple(s + 2 for s in level.shape), dtype=np.int64)
    idx_p[INT] = idx
    for a in level.axes:
        n_a = level.shape[a]
        if level.periodic[a]:
            idx_p[_plane(a, 0)] = idx_p[_plane(a, n_a)]
        w = np.asarray(level.weight[a][INT]).ravel()
        i = np.asarray(idx_p[INT]).ravel()
        j = np.asarray(idx_p[shift(a, -1)]).ravel()
        keep = w > 0  # boundary faces of non-periodic axes have weight 0
        i, j, w = i[keep], j[keep], w[keep]
        np.add.at(mat, (i, i), w)
        np.add.at(mat, (j, j), w)
        np.add.at(mat, (i, j), -w)
        np.add.at(mat, (j, i), -w)
    # Regularise the singular (pure Neumann) operator on its active cells with a rank-one
    # mean constraint, A + s 11^T / m: for zero-mean data its inverse gives the zero-mean
    # solution, and non-zero-mean data are solved in the least-squares sense. Inactive
    # (solid) cells get an identity row so their correction is exactly zero.
    active = np.asarray(level.active).ravel()
    m = max(int(active.sum()), 1)
    scale = float(np.abs(np.diag(mat)).max()) / m if m else 1.0
    mat[np.ix_(active, active)] += scale
    mat[~active, ~active] = 1.0
    inv = _spd_inverse(mat)
    inv[~active, :] = 0.0
    inv[:, ~active] = 0.0
    # remove the regularisation's contribution: project results onto zero mean
    proj = np.eye(n)
    proj[np.ix_(active, active)] -= 1.0 / m
    return proj @ inv @ proj


def _spd_inverse(mat: np.ndarray) -> np.ndarray:
    """Inverse of a small symmetric positive definite matrix by Gauss-Jordan, pure numpy.

    Avoids LAPACK on purpose: on a busy two-core machine a multithreaded BLAS call can stall
    for hundreds of milliseconds (thread start-up, spinning), which would break the latency
    target of the first look after an edit. No pivoting is needed for SPD matrices.
    """
    a = mat.astype(np.float64)
    n = a.shape[0]
    for k in range(n):
        piv = a[k, k]
        row = a[k] / piv
        row[k] = 1.0 / piv
        col = a[:, k].copy()
        col[k] = 0.0
        a -= np.multiply.outer(col, row)
        a[:, k] = -col / piv
        a[k] = row
    return a


def build_poisson_hierarchy(
    open_faces: list[Any],
    spacing: tuple[float, float, float],
    periodic: tuple[bool, bool, bool],
    xp: Any = np,
    max_coarse_cells: int = 100,
    omega: float = 0.8,
    sweeps: int = 2,
) -> PoissonHierarchy:
    """Build the multigrid hierarchy of ``A p = -div(grad p)`` with obstacles.

    Parameters
    ----------
    open_faces
        Per-axis face masks (1 open, 0 closed) from :func:`open_face_masks`.
    spacing, periodic
        Cell size and periodicity of each axis.
    max_coarse_cells
        Coarsen (by 2 along every axis that has an even number of cells > 2; when none has,
        collapse axes of 2-3 cells into one) until a level has at most this many cells; that
        level is solved exactly with a dense pseudo-inverse.
    omega, sweeps
        Damped-Jacobi weight and number of pre- and post-smoothing sweeps.

    Notes
    -----
    Cell-centred multigrid: linear prolongation (weights 3/4, 1/4 per axis), restriction its
    transpose over 2^d, coarse operators re-discretised on averaged open-face fractions, damped
    Jacobi smoothing. Used as a preconditioner of conjugate gradients the cycle only needs to
    be symmetric, which it is (same smoother before and after, R = P^T / 2^d); on the campus
    operator one cycle reduces the residual about 5-fold (piecewise-constant prolongation,
    tried first, only 2.5-fold).
    """
    levels = [_make_level([xp.asarray(c) for c in open_faces], spacing, periodic, xp)]
    while True:
        lv = levels[-1]
        if int(np.prod(lv.shape)) <= max_coarse_cells:
            break
        factor = tuple(2 if (n % 2 == 0 and n > 2) else 1 for n in lv.shape)
        if factor == (1, 1, 1):
            # no axis halves any more: collapse the short ones (e.g. 3 layers -> 1)
            factor = tuple(n if 1 < n <= 3 else 1 for n in lv.shape)
        if factor == (1, 1, 1):
            break
        lv.factor = factor  # type: ignore[assignment]
        coeff = _coarsen_coeff(lv.coeff, factor, xp)  # type: ignore[arg-type]
        cspacing = tuple(h * f for h, f in zip(lv.spacing, factor, strict=True))
        levels.append(_make_level(coeff, cspacing, periodic, xp))  # type: ignore[arg-type]
    coarsest = levels[-1]
    if int(np.prod(coarsest.shape)) > 4000:
        raise ValueError(f"coarsest multigrid level too large: {coarsest.shape}; use sizes divisible by powers of 2")
    coarsest.pinv = xp.asarray(_dense_pinv(coarsest).astype(open_faces[0].dtype))
    return PoissonHierarchy(levels=levels, omega=omega, sweeps=sweeps, xp=xp)


def _smooth(level: _Level, r: Any, e: Any, omega: float) -> None:
    ax = _apply_operator(level, e, level.tmp)
    np.subtract(r, ax, out=ax)
    ax *= level.inv_diag
    ax *= omega
    e[INT] += ax


def _edge_pad(a: Any, axis: int, periodic: bool, xp: Any = np) -> Any:
    """Pad one layer on each end of ``axis``: edge copies (Neumann) or wrapped (periodic)."""
    n = a.shape[axis]
    if periodic:
        first, last = xp.take(a, [n - 1], axis=axis), xp.take(a, [0], axis=axis)
    else:
        first, last = xp.take(a, [0], axis=axis), xp.take(a, [n - 1], axis=axis)
    return xp.concatenate([first, a, last], axis=axis)


def _sel(axis: int, sl: slice) -> tuple:
    return tuple(sl if b == axis else slice(None) for b in AXES)


def prolong_linear(ec: Any, factor: tuple[int, int, int], periodic: tuple[bool, bool, bool], xp: Any = np) -> Any:
    """Cell-centred linear interpolation to a grid refined by ``factor`` (weights 3/4, 1/4 per axis).

    A factor above 2 marks an axis collapsed to one coarse cell; it is prolonged by copying.
    """
    out = ec
    for ax in AXES:
        if factor[ax] == 1:
            continue
        if factor[ax] > 2:  # a collapsed axis: constant over its cells
            out = xp.repeat(out, factor[ax], axis=ax)
            continue
        n = out.shape[ax]
        p = _edge_pad(out, ax, periodic[ax], xp)
        mid = p[_sel(ax, slice(1, n + 1))]
        shp = list(out.shape)
        shp[ax] = 2 * n
        fine = xp.empty(shp, dtype=out.dtype)
        fine[_sel(ax, slice(0, None, 2))] = 0.75 * mid + 0.25 * p[_sel(ax, slice(0, n))]
        fine[_sel(ax, slice(1, None, 2))] = 0.75 * mid + 0.25 * p[_sel(ax, slice(2, n + 2))]
        out = fine
    return out


def restrict_linear(f: Any, factor: tuple[int, int, int], periodic: tuple[bool, bool, bool], xp: Any = np) -> Any:
    """Transpose of :func:`prolong_linear` divided by 2 per coarsened axis (weights 1,3,3,1 / 8)."""
    out = f
    for ax in AXES:
        if factor[ax] == 1:
            continue
        if factor[ax] > 2:  # a collapsed axis: the mean of its cells
            out = out.mean(axis=ax, keepdims=True)
            continue
        n = out.shape[ax] // 2
        p = _edge_pad(out, ax, periodic[ax], xp)
        out = 0.375 * (p[_sel(ax, slice(1, 2 * n + 1, 2))] + p[_sel(ax, slice(2, 2 * n + 2, 2))]) + 0.125 * (
            p[_sel(ax, slice(0, 2 * n, 2))] + p[_sel(ax, slice(3, 2 * n + 3, 2))]
        )
    return out


def _vcycle(h: PoissonHierarchy, index: int, r: Any) -> Any:
    """Approximate A^{-1} r on level ``index`` with one V-cycle from a zero guess; returns e (padded)."""
    lv = h.levels[index]
    e = lv.e
    if lv.pinv is not None:
        e[INT] = (lv.pinv @ r.reshape(-1)).reshape(lv.shape)
        _fill_periodic(e, lv)
        return e
    np.multiply(r, lv.inv_diag, out=e[INT])
    e[INT] *= h.omega
    for _ in range(h.sweeps - 1):
        _smooth(lv, r, e, h.omega)
    res = _apply_operator(lv, e, lv.tmp)
    np.subtract(r, res, out=res)
    nxt = h.levels[index + 1]
    nxt.r[...] = restrict_linear(res, lv.factor, lv.periodic, h.xp)
    ec = _vcycle(h, index + 1, nxt.r)[INT]
    e[INT] += prolong_linear(ec, lv.factor, lv.periodic, h.xp)
    for _ in range(h.sweeps):
        _smooth(lv, r, e, h.omega)
    return e


def _masked_mean(x: Any, active: Any, count: int) -> float:
    return float(x[active].sum(dtype=np.float64)) / max(count, 1)


def solve_poisson(
    h: PoissonHierarchy,
    rhs: Any,
    p: Any,
    tol: float = 1e-4,
    max_iter: int = 50,
    abs_tol: float = 0.0,
    interrupt: Callable[[], None] | None = None,
) -> tuple[int, float]:
    """Solve ``A p = rhs`` (A = -Laplacian with obstacles, Neumann or periodic sides) in place.

    Parameters
    ----------
    h
        Hierarchy from :func:`build_poisson_hierarchy`.
    rhs
        Right-hand side, interior shape; its mean over active cells is removed (the pure
        Neumann problem is solvable only for zero-mean data).
    p
        Padded initial guess (warm start from the previous step), overwritten by the solution.
    tol, abs_tol, max_iter
        Stop when ``||r|| <= max(tol * ||rhs||, abs_tol)`` or after ``max_iter`` MG-PCG
        iterations.
    interrupt
        Called before each V-cycle; it may raise to abandon the solve (``p`` then holds the
        last iterate).

    Returns
    -------
    iterations, relative_residual
        Work done and the final ``||r|| / ||rhs||``.
    """
    xp = h.xp
    lv = h.fine
    w = h.p_work
    if "r" not in w or w["r"].shape != lv.shape:
        w["r"] = xp.zeros(lv.shape, dtype=rhs.dtype)
        w["ap"] = xp.zeros(lv.shape, dtype=rhs.dtype)
        w["d"] = xp.zeros(tuple(s + 2 for s in lv.shape), dtype=rhs.dtype)
        w["count"] = int(lv.active.sum())
    r, ap, d = w["r"], w["ap"], w["d"]
    count = w["count"]
    b = rhs
    b_mean = _masked_mean(b, lv.active, count)
    b_norm = math.sqrt(float(((b - b_mean * lv.active) ** 2).sum(dtype=np.float64)))
    if b_norm == 0.0:
        return 0, 0.0
    _apply_operator(lv, p, r)
    np.subtract(b, r, out=r)
    r -= b_mean
    r *= lv.active
    target = max(tol * b_norm, abs_tol)
    res = math.sqrt(float((r * r).sum(dtype=np.float64)))
    if res <= target:
        return 0, res / b_norm
    if interrupt is not None:
        interrupt()
    z = _vcycle(h, 0, r)[INT]
    z -= _masked_mean(z, lv.active, count)
    z *= lv.active
    d[INT] = z
    rz = float((r * z).sum(dtype=np.float64))
    it = 0
    while it < max_iter:
        it += 1
        _apply_operator(lv, d, ap)
        dap = float((d[INT] * ap).sum(dtype=np.float64))
        if dap <= 0.0:
            break
        alpha = rz / dap
        p[INT] += alpha * d[INT]
        r -= alpha * ap
        res = math.sqrt(float((r * r).sum(dtype=np.float64)))
        if res <= target or it >= max_iter:
            break
        if interrupt is not None:
            interrupt()
        z = _vcycle(h, 0, r)[INT]
        z -= _masked_mean(z, lv.active, count)
        z *= lv.active
        rz_new = float((r * z).sum(dtype=np.float64))
        beta = rz_new / rz
        rz = rz_new
        d[INT] *= beta
        d[INT] += z
    _fill_periodic(p, lv)
    return it, res / b_norm


# --------------------------------------------------------------------------------------------
# Momentum advection
# --------------------------------------------------------------------------------------------


def momentum_advection_central(vel: list[Any], spacing: tuple[float, float, float], out: list[Any], axes: tuple[int, ...] = AXES) -> list[Any]:
    """Advective tendency ``-div(u u_a)`` of each face velocity, second-order central (MAC).

    Equation: ``dU_a/dt = -sum_b d(u_b U_a)/dx_b`` in flux (divergence) form with the classic
    staggered averages (Harlow & Welch); energy-conserving for a divergence-free field.
    Units: length / s^2. Stability (with forward Euler / AB2 time stepping): Courant number
    ``max |u| dt / h`` below about 0.5 and cell Reynolds number ``|u| h / nu`` of order 2-10;
    see :func:`check_explicit_limits`. ``out[a]`` are interior-shaped arrays.
    """
    for a in axes:
        ua = vel[a]
        acc = out[a]
        acc[...] = 0.0
        for b in axes:
            hb = spacing[b]
            if b == a:
                s = ua[INT] + ua[shift(a, 1)]
                t = ua[shift(a, -1)] + ua[INT]
                acc -= (s * s - t * t) * (0.25 / hb)
            else:
                ub = vel[b]
                # edge fluxes G(j) for the low (j) and high (j+1) edges along b
                g_lo = (ub[shift(a, -1)] + ub[INT]) * (ua[shift(b, -1)] + ua[INT])
                sh: list[int] = [0, 0, 0]
                sh[a] = -1
                sh[b] = 1
                g_hi = (ub[interior(tuple(sh))] + ub[shift(b, 1)]) * (ua[INT] + ua[shift(b, 1)])
                acc -= (g_hi - g_lo) * (0.25 / hb)
    return out


def laplacian(q: Any, spacing: tuple[float, float, float], out: Any, axes: tuple[int, ...] = AXES) -> Any:
    """Seven-point Laplacian of a padded field (ghosts filled), into interior-shaped ``out``.

    Units: q / length^2. Applied to velocity it gives the viscous term ``nu * lap(U)`` once
    multiplied by ``nu``; explicit stability needs ``nu dt sum_a 2 / h_a^2 <= 1``.
    """
    out[...] = 0.0
    c = q[INT]
    for a in axes:
        out += (q[shift(a, 1)] - 2.0 * c + q[shift(a, -1)]) * (1.0 / spacing[a] ** 2)
    return out


def solid_wall_coefficients(
    solid_padded: Any,
    spacing: tuple[float, float, float],
    axes: tuple[int, ...] = AXES,
    periodic: tuple[bool, bool, bool] = (False, False, False),
    dtype: Any = np.float64,
    xp: Any = np,
) -> list[Any]:
    """Mirror terms that put the no-slip condition of obstacle walls *on* the cell faces.

    A velocity component ``U_a`` next to an obstacle wall parallel to it has, in the
    Laplacian along a tangential axis ``b``, a neighbour face that lies inside the obstacle
    (both cells of that face solid). That face is stored as zero, which would put the wall
    half a cell inside the obstacle, at the solid cell's centre: a first-order error that
    makes a channel between solid rows behave as if it were one cell wider (``u_max`` +25 %
    at 8 cells across). The second-order treatment, the one box walls get from
    :func:`apply_velocity_bcs`, is the odd mirror ``U_ghost = -U`` about the wall face, so
    that ``U = 0`` exactly on the face. Since the stored neighbour is zero, mirroring adds
    ``-U / h_b^2`` to the Laplacian per neighbour inside the obstacle:

        lap_mirrored(U_a) = lap(U_a) - C_a U_a,   C_a = sum_{b != a} n_ab / h_b^2

    with ``n_ab`` in {0, 1, 2} the number of the two neighbours along ``b`` that lie inside
    the obstacle. This returns ``C_a`` (interior-shaped, 1/length^2) for each component, zero
    on faces that touch an obstacle themselves (their velocity is zero anyway) and far from
    obstacles. Faces whose neighbour has only one solid cell are an obstacle's normal faces:
    their zero is the no-penetration condition at the right place and is not mirrored.

    Stability: the mirrored operator keeps the Gershgorin bound of the plain one
    (``|diag| + sum |offdiag| <= 4 / h_b^2`` per axis), so the explicit limit
    ``nu dt sum_b 2 / h_b^2 <= 1`` is unchanged. Reference: the ghost-cell reflection of
    staggered-grid no-slip walls, Harlow & Welch (1965), Phys. Fluids 8:2182; Griebel,
    Dornseifer & Neunhoeffer (1998), Numerical Simulation in Fluid Dynamics, SIAM, sec. 3.1.3
    (obstacle cells).
    """
    solid = xp.asarray(solid_padded, dtype=bool).copy()
    for b in AXES:
        if periodic[b]:  # the ghost layers of a periodic axis are the opposite interior cells
            n = solid.shape[b] - 2
            solid[_plane(b, 0)] = solid[_plane(b, n)]
            solid[_plane(b, n + 1)] = solid[_plane(b, 1)]
    out = []
    for a in AXES:
        inside = xp.zeros(solid.shape, dtype=bool)  # faces of component a inside the obstacle
        hi = tuple(slice(1, None) if b == a else slice(None) for b in AXES)
        lo = tuple(slice(0, -1) if b == a else slice(None) for b in AXES)
        inside[hi] = solid[hi] & solid[lo]
        free = ~(solid[INT] | solid[shift(a, -1)])
        c = xp.zeros(solid[INT].shape, dtype=dtype)
        for b in axes:
            if b == a:
                continue
            count = inside[shift(b, 1)].astype(dtype) + inside[shift(b, -1)].astype(dtype)
            c += count * (1.0 / spacing[b] ** 2)
        c *= free
        out.append(c)
    return out


@dataclass(frozen=True)
class WallMirror:
    """Sparse form of :func:`solid_wall_coefficients`: only the faces next to obstacle walls.

    Per component ``a``: flat indices of those faces into the padded array (``padded``) and
    into the interior-shaped array (``interior``), and their mirror coefficients ``C_a``
    (1/length^2). Built once per obstacle layout; applying it costs a gather and a scatter
    over the wall faces only, instead of two full-grid passes.
    """

    padded: tuple[Any, Any, Any]
    interior: tuple[Any, Any, Any]
    coeff: tuple[Any, Any, Any]

    @classmethod
    def from_coefficients(cls, coeff: list[Any], xp: Any = np) -> WallMirror:
        """Collect the non-zero entries of the dense per-component coefficients."""
        padded, inner, values = [], [], []
        for c in coeff:
            idx = xp.flatnonzero(c)
            shape = c.shape
            i, j, k = xp.unravel_index(idx, shape)
            padded.append(xp.ravel_multi_index((i + 1, j + 1, k + 1), tuple(n + 2 for n in shape)))
            inner.append(idx)
            values.append(c.reshape(-1)[idx])
        return cls(tuple(padded), tuple(inner), tuple(values))  # type: ignore[arg-type]

    def apply(self, lap: Any, u: Any, a: int, scale: float = 1.0) -> None:
        """``lap -= scale C_a u`` on the wall faces of component ``a`` (``lap`` interior-shaped, contiguous)."""
        if self.interior[a].size:
            flat = lap.reshape(-1)
            flat[self.interior[a]] -= (scale * self.coeff[a]) * u.reshape(-1)[self.padded[a]]


def diffuse_momentum_explicit(
    vel: list[Any],
    nu: Any,
    dt: float,
    spacing: tuple[float, float, float],
    bcs: BoxBCs,
    free_faces: list[Any] | None,
    walls: WallMirror | None = None,
    axes: tuple[int, ...] = AXES,
    components: tuple[int, ...] = AXES,
    max_number: float = 0.9,
    nu_max: float | None = None,
) -> int:
    """Viscous step ``dU_a/dt = nu lap(U_a)`` by sub-cycled forward Euler, stable by construction; in place.

    Equation: ``dU_a/dt = nu_a sum_{b in axes} d^2 U_a / dx_b^2`` for each ``a`` in
    ``components`` (length/s^2), with ``nu`` a float or a per-component list of
    interior-shaped face viscosities ``nu_a`` (length^2/s; with a variable eddy viscosity this is
    the usual ``nu_face * lap`` simplification of ``div(nu grad U)``). Box sides act through
    the ghost layers of :func:`apply_velocity_bcs` (applied before every sub-step; the ghosts
    are stale on return, the caller applies the conditions again), obstacle walls through the mirror terms ``walls`` (:class:`WallMirror` of
    :func:`solid_wall_coefficients`: no-slip on the wall faces). Faces with
    ``free_faces == 0`` (inside or touching an obstacle) keep their value; pass
    ``free_faces=None`` when ``nu`` is already zero on them.

    Stability limit and how it is met: forward Euler is stable for the diffusion number
    ``d = nu_max dt sum_b 2 / h_b^2 <= 1`` (``nu_max`` defaults to the largest ``nu``; a
    caller may pass a cheaper upper bound). The step is split into
    ``n = ceil(d / max_number)`` equal sub-steps, so every sub-step has ``d / n <= max_number``
    whatever ``dt`` and ``nu`` are: nothing is clamped, large viscosities cost sub-steps.

    Use it as an operator-split step *after* semi-Lagrangian advection, on the advected
    field: ``U <- D(S(U))`` has amplification ``|g_S| |g_D| <= 1``. Adding the explicit
    viscous increment of the *old* field to the advected one instead
    (``S(U) + dt nu lap(U)``) has amplification ``g_S - 2 d`` on the grid-scale mode, which
    exceeds 1 in magnitude for ``d > (1 + g_S) / 2`` -- e.g. at ``d = 0.8`` once the
    interpolation damping reaches ``g_S = 0.2`` (fractional Courant number 0.4) -- so that
    form is unstable inside the explicit limit (found by testing: noise grew 1e37-fold in 200
    steps). Reference for the splitting: Strang (1968), SIAM J. Numer. Anal. 5:506 (first-order
    Lie splitting here); for the limit, e.g. LeVeque (2007), Finite Difference Methods for
    ODEs and PDEs, SIAM, sec. 9.1.

    Returns
    -------
    int
        The number of sub-steps used (0 when there is nothing to diffuse).
    """
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
    # per component, once per call: k_a = nu_a * free_a (the sub-step length goes into the
    # axis factors), so a sub-step costs the Laplacian, one multiply and one add
    factor = {b: h * inv_h2[b] for b in axes}
    k: dict[int, Any] = {}
    for a in components:
        nu_a = nu[a] if per_component else float(nu)
        if free_faces is None:
            k[a] = nu_a
        else:
            k[a] = free_faces[a][INT] * nu_a
    for _ in range(nsub):
        apply_velocity_bcs(vel, bcs)
        for a in components:
            u = vel[a]
            c = u[INT]
            twice = c * 2.0
            lap = None
            for b in axes:
                term = u[shift(b, 1)] + u[shift(b, -1)]
                term -= twice
                term *= factor[b]
                if lap is None:
                    lap = term
                else:
                    lap += term
            if lap is None:
                continue
            if walls is not None:
                walls.apply(lap, u, a, scale=h)
            lap *= k[a]
            c += lap
    return nsub


def velocity_at(stagger: int | None, vel: list[Any], out: list[Any]) -> list[Any]:
    """All three velocity components at the unknowns of a field, interior-shaped.

    ``stagger`` is the axis along which the field is face-located (the velocity component
    index) or ``None`` for a cell-centred field. Uses 2-point means across the stagger axis
    and 4-point means for the two other components, the standard MAC interpolation.
    """
    for c in AXES:
        u = vel[c]
        if stagger is None:
            np.add(u[INT], u[shift(c, 1)], out=out[c])
            out[c] *= 0.5
        elif c == stagger:
            out[c][...] = u[INT]
        else:
            # component c at faces of axis `stagger`: mean over cells i-1, i along stagger
            # and the two faces (low, high) of component c
            sh: list[int] = [0, 0, 0]
            sh[stagger] = -1
            sh_c: list[int] = [0, 0, 0]
            sh_c[stagger] = -1
            sh_c[c] = 1
            np.add(u[INT], u[shift(c, 1)], out=out[c])
            out[c] += u[interior(tuple(sh))]
            out[c] += u[interior(tuple(sh_c))]
            out[c] *= 0.25
    return out


@dataclass
class SLWork:
    """Preallocated work arrays of :func:`advect_semi_lagrangian` for one grid size."""

    shape: tuple[int, int, int]
    base: list[Any]
    fi: list[Any]
    fr: list[Any]
    idx: Any
    tmp: Any
    acc: list[Any]

    @classmethod
    def create(cls, shape: tuple[int, int, int], dtype: Any = np.float32, xp: Any = np) -> SLWork:
        """Allocate work arrays for an interior ``shape``."""
        base = []
        for a in AXES:
            sh = [1, 1, 1]
            sh[a] = shape[a]
            base.append(xp.arange(1, shape[a] + 1, dtype=dtype).reshape(sh))
        return cls(
            shape=shape,
            base=base,
            fi=[xp.zeros(shape, dtype=dtype) for _ in AXES],
            fr=[xp.zeros(shape, dtype=dtype) for _ in AXES],
            idx=xp.zeros(shape, dtype=np.int32),
            tmp=xp.zeros(shape, dtype=np.int32),
            acc=[xp.zeros(shape, dtype=dtype) for _ in range(4)],
        )


def advect_semi_lagrangian(
    q: Any,
    stagger: int | None,
    vel_at_q: list[Any],
    dt: float,
    spacing: tuple[float, float, float],
    periodic: tuple[bool, bool, bool],
    out: Any,
    work: SLWork,
    xp: Any = np,
) -> Any:
    """Semi-Lagrangian advection: ``out = q(x - u(x) dt)`` by trilinear interpolation.

    Equation: ``dq/dt + u . grad q = 0`` (advective form), first-order backward trajectory
    from the velocity at the point itself. Unconditionally stable (the result is a convex
    combination of old values, so no new extrema): the Courant number may exceed 1, which is
    what makes large time steps, and real time, affordable on a campus grid. Cost: numerical
    diffusion of order ``h^2 c (1 - c) / (2 dt)`` per axis (``c`` the fractional Courant
    number), not conservative. Departure points outside a non-periodic box are clamped onto
    the boundary, where the ghost layers hold the boundary values.

    Parameters
    ----------
    q
        Padded field with ghosts filled.
    stagger
        Axis along which ``q`` is face-located, or ``None`` for cell-centred.
    vel_at_q
        Velocity components at the unknowns of ``q`` (see :func:`velocity_at`).
    out
        Interior-shaped result.
    """
    padded = q.shape
    strides = (padded[1] * padded[2], padded[2], 1)
    active = [a for a in AXES if padded[a] > 3]
    fi, fr = work.fi, work.fr
    acc = work.acc[0]  # flat index accumulated in float (exact below 2**24 cells)
    acc[...] = 0.0
    for a in AXES:
        if a not in active:
            # a single layer: the value sits at padded index 1
            acc += strides[a]
            continue
        n = padded[a] - 2
        pos = fi[a]
        # departure position in padded-index units (the value at index m sits at m)
        np.multiply(vel_at_q[a], -dt / spacing[a], out=pos)
        pos += work.base[a]
        if periodic[a]:
            lo = 1.0 if stagger == a else 0.5
            pos -= lo
            xp.remainder(pos, float(n), out=pos)
            pos += lo
        else:
            lo, hi = (1.0, n + 1.0) if stagger == a else (0.5, n + 0.5)
            # keep floor(pos) + 1 inside the array (a face departure may sit on the last face)
            xp.clip(pos, lo, min(hi, n + 0.999), out=pos)
        xp.floor(pos, out=fr[a])
        pos -= fr[a]  # now the fraction
        fr[a] *= strides[a]
        acc += fr[a]
    idx = work.idx
    idx[...] = acc
    flat = q.reshape(-1)
    offsets = [0]
    for a in active:
        offsets = offsets + [o + strides[a] for o in offsets]
    # gather the corners from offset views (no index arithmetic per corner), then blend
    vals = [xp.take(flat[o:], idx) for o in offsets]
    for a in reversed(active):
        frac = fi[a]
        half = len(vals) // 2
        blended = []
        for i in range(half):
            lo_v, hi_v = vals[i], vals[i + half]
            hi_v -= lo_v
            hi_v *= frac
            hi_v += lo_v
            blended.append(hi_v)
        vals = blended
    out[...] = vals[0]
    return out


# --------------------------------------------------------------------------------------------
# Conservative scalar transport
# --------------------------------------------------------------------------------------------


def outflow_courant(vel: list[Any], dt: float, spacing: tuple[float, float, float]) -> float:
    """Largest fraction of a cell's content that leaves it in one step (unsplit upwind limit).

    ``max_cells sum_a (max(U_a[i+1], 0) - min(U_a[i], 0)) dt / h_a``; explicit conservative
    transport is positive and stable when this is at most 1.
    """
    total = None
    for a in AXES:
        if vel[a].shape[a] == 3:
            continue
        u = vel[a]
        part = (np.maximum(u[shift(a, 1)], 0.0) - np.minimum(u[INT], 0.0)) * (dt / spacing[a])
        total = part if total is None else total + part
    return 0.0 if total is None else float(total.max())


def advect_scalar_conservative(
    q: Any,
    vel: list[Any],
    dt: float,
    spacing: tuple[float, float, float],
    bcs: BoxBCs,
    scheme: str = "muscl",
    max_courant: float = 0.9,
    boundary_out: Any = None,
) -> int:
    """Advance ``dq/dt + div(u q) = 0`` in flux form, sub-cycling to keep it stable; in place.

    Equation and units: ``q`` any per-volume quantity (temperature excess in K for heat), face
    velocities in length / s. The update is exactly conservative: the change of ``sum q V``
    equals minus the net boundary flux, which is accumulated per side (in q * length^3, signed
    outward) into ``boundary_out`` (length-6 array) when given.

    Stability: the velocity is frozen over the step and split into ``n`` equal sub-steps so
    that :func:`outflow_courant` of each is at most ``max_courant`` (so any ``dt`` works, at the
    cost of ``n`` flux evaluations). ``scheme="upwind"`` is first order; ``"muscl"`` uses
    van Leer-limited linear reconstruction with the Fromm time correction (second order in
    smooth regions, no new extrema in 1-D).

    Returns
    -------
    int
        Number of sub-steps used.
    """
    c = outflow_courant(vel, dt, spacing)
    nsub = max(1, math.ceil(c / max_courant - 1e-9))
    dts = dt / nsub
    axes = [a for a in AXES if q.shape[a] > 3]
    # face Courant numbers and upwind selectors are constant over the sub-steps
    pre = {}
    for a in axes:
        ext: list[Any] = [slice(1, -1)] * 3
        ext[a] = slice(1, None)  # faces 1 .. n+1
        ext_t = tuple(ext)
        u = vel[a][ext_t]
        pos = u >= 0
        cour = u * (dts / spacing[a])
        pre[a] = (ext_t, u, pos, cour)
    for _ in range(nsub):
        fill_scalar_ghosts(q, bcs)
        acc = None
        for a in axes:
            ext_t, u, pos, cour = pre[a]
            n = q.shape[a] - 2
            lo_sel: list[Any] = [slice(1, -1)] * 3
            lo_sel[a] = slice(0, n + 1)  # upwind cell for u >= 0 is i - 1
            hi_sel: list[Any] = [slice(1, -1)] * 3
            hi_sel[a] = slice(1, n + 2)
            q_lo = q[tuple(lo_sel)]
            q_hi = q[tuple(hi_sel)]
            if scheme == "muscl":
                # limited slopes of cells 1..n (ghost cells get zero slope)
                d = q_hi - q_lo  # differences across faces 1..n+1
                dl = d[_slab(a, 0, n)]
                dr = d[_slab(a, 1, n + 1)]
                ad_l = np.abs(dl)
                ad_r = np.abs(dr)
                slope = (dl * ad_r + dr * ad_l) / (ad_l + ad_r + 1e-30)
                full = np.zeros_like(q_lo, shape=q_lo.shape[:a] + (n + 2,) + q_lo.shape[a + 1 :])
                full[_slab(a, 1, n + 1)] = slope
                s_lo = full[_slab(a, 0, n + 1)]
                s_hi = full[_slab(a, 1, n + 2)]
                face = np.where(pos, q_lo + 0.5 * (1.0 - cour) * s_lo, q_hi - 0.5 * (1.0 + cour) * s_hi)
            elif scheme == "upwind":
                face = np.where(pos, q_lo, q_hi)
            else:
                raise ValueError(f"unknown scheme {scheme!r}")
            flux = u * face  # q * length / s at faces 1..n+1
            if boundary_out is not None:
                area = 1.0
                for b in AXES:
                    if b != a:
                        area *= spacing[b]
                lo_face = flux[_slab(a, 0, 1)]
                hi_face = flux[_slab(a, n, n + 1)]
                boundary_out[2 * a] -= float(lo_face.sum(dtype=np.float64)) * area * dts
                boundary_out[2 * a + 1] += float(hi_face.sum(dtype=np.float64)) * area * dts
            div = (flux[_slab(a, 1, n + 1)] - flux[_slab(a, 0, n)]) * (dts / spacing[a])
            acc = div if acc is None else acc + div
        if acc is not None:
            q[INT] -= acc
    fill_scalar_ghosts(q, bcs)
    return nsub


def _slab(axis: int, start: int, stop: int) -> tuple:
    sel: list[Any] = [slice(None)] * 3
    sel[axis] = slice(start, stop)
    return tuple(sel)


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
    """Forward-Euler conservative diffusion ``dq/dt = div(kappa grad q)`` in place.

    ``kappa`` is a float or a per-axis list of face diffusivities (padded, indexed like the
    velocity of that axis; length^2/s). Faces are multiplied by ``open_faces`` (so obstacles and
    boundary faces whose mask is 0 are adiabatic) unless it is ``None``, in which case boundary
    faces use the ghost values (Dirichlet or Neumann from :func:`fill_scalar_ghosts`, which the
    caller must have applied). Diffusive boundary fluxes are accumulated in ``boundary_out``.

    Stability: ``dt * max(kappa) * sum_a 2 / h_a^2 <= 1``. Returns that diffusion number and
    warns (:class:`StabilityWarning`) when it exceeds 1 and ``warn`` is set.
    """
    number = 0.0
    acc = None
    for a in axes:
        if q.shape[a] == 3:
            continue
        n = q.shape[a] - 2
        h = spacing[a]
        k = kappa[a] if isinstance(kappa, list | tuple) else kappa
        lo_sel: list[Any] = [slice(1, -1)] * 3
        lo_sel[a] = slice(0, n + 1)
        hi_sel: list[Any] = [slice(1, -1)] * 3
        hi_sel[a] = slice(1, n + 2)
        grad = (q[tuple(hi_sel)] - q[tuple(lo_sel)]) * (1.0 / h)
        if isinstance(k, float | int):
            kmax = float(k)
            grad *= k
        else:
            kf = k[tuple(hi_sel)]
            kmax = float(kf.max()) if kf.size else 0.0
            grad *= kf
        if open_faces is not None:
            grad *= open_faces[a][tuple(hi_sel)]
        number += dt * kmax * 2.0 / (h * h)
        if boundary_out is not None:
            area = 1.0
            for b in AXES:
                if b != a:
                    area *= spacing[b]
            # outward diffusive flux = -kappa dq/dn
            boundary_out[2 * a] += float(grad[_slab(a, 0, 1)].sum(dtype=np.float64)) * area * dt
            boundary_out[2 * a + 1] -= float(grad[_slab(a, n, n + 1)].sum(dtype=np.float64)) * area * dt
        div = (grad[_slab(a, 1, n + 1)] - grad[_slab(a, 0, n)]) * (dt / h)
        acc = div if acc is None else acc + div
    if warn and number > 1.0:
        warnings.warn(
            f"explicit diffusion number {number:.2f} > 1: unstable; reduce dt or use implicit diffusion",
            StabilityWarning,
            stacklevel=2,
        )
    if acc is not None:
        q[INT] += acc
    return number


def implicit_vertical_diffusion(q: Any, coeff: Any, xp: Any = np) -> None:
    """Backward-Euler diffusion along z, ``(1 - dt d/dz K d/dz) q_new = q``, solved exactly.

    Parameters
    ----------
    q
        Padded field; its interior columns are overwritten.
    coeff
        Diffusion numbers ``K dt / dz^2`` on the z faces of the unknowns, shape
        ``(nz + 1, nx, ny)`` (z first, so each level is a contiguous plane); face k is below
        unknown k. Zero on faces that must carry no flux (ground with a wall function, a
        free-slip top, obstacle surfaces); unknowns whose two faces are zero keep their value.

    Notes
    -----
    Thomas algorithm vectorised over columns: unconditionally stable and exactly
    conservative (the matrix columns sum to one), so large eddy diffusivities in thin
    vertical cells do not limit the time step. Works on a z-major copy because strided
    z-planes of a C-ordered (x, y, z) array are several times slower to sweep.
    """
    nz = q.shape[2] - 2
    d = xp.ascontiguousarray(xp.moveaxis(q[INT], 2, 0))
    lower = coeff[:-1]
    upper = coeff[1:]
    cp = xp.empty_like(d)
    denom = 1.0 + lower[0] + upper[0]
    cp[0] = -upper[0] / denom
    d[0] /= denom
    for k in range(1, nz):
        denom = (1.0 + lower[k] + upper[k]) + lower[k] * cp[k - 1]
        cp[k] = -upper[k] / denom
        d[k] += lower[k] * d[k - 1]
        d[k] /= denom
    for k in range(nz - 2, -1, -1):
        d[k] -= cp[k] * d[k + 1]
    q[INT] = xp.moveaxis(d, 0, 2)


_PLANE_CACHE: dict[tuple[tuple[int, ...], int], Any] = {}


def _plane_offsets(padded: tuple[int, ...], axis: int, xp: Any) -> Any:
    """Flat offsets (float32) of the interior of the planes normal to ``axis``, broadcastable.

    Cached per shape: the FFSL sweep adds ``j * stride`` to them to index departure cells.
    """
    key = (tuple(padded), axis)
    hit = _PLANE_CACHE.get(key)
    if hit is not None:
        return hit
    strides = (padded[1] * padded[2], padded[2], 1)
    off = xp.zeros([1, 1, 1], dtype=np.float32)
    for b in AXES:
        if b == axis:
            continue
        sh = [1, 1, 1]
        sh[b] = padded[b] - 2
        off = off + (xp.arange(1, padded[b] - 1, dtype=np.float32) * strides[b]).reshape(sh)
    _PLANE_CACHE[key] = off
    return off


def advect_scalar_ffsl(
    q: Any,
    vel: list[Any],
    dt: float,
    spacing: tuple[float, float, float],
    bcs: BoxBCs,
    order: tuple[int, ...] = AXES,
    boundary_out: Any = None,
    xp: Any = np,
    interrupt: Callable[[], None] | None = None,
) -> int:
    """Flux-form semi-Lagrangian transport ``dq/dt + div(u q) = 0``, any Courant number; in place.

    Dimension-split (one 1-D sweep per axis, in ``order``; alternate the order between steps
    for second-order splitting). In each sweep the flux through a face is the exact integral of
    the reconstructed ``q`` over the interval the face sweeps in ``dt`` (Leonard et al. 1996;
    Lin & Rood 1996), evaluated from prefix sums along the axis, with a van Leer-limited
    piecewise-linear reconstruction inside cells (second order in smooth regions, no new
    extrema in 1-D). The update is in flux form, so ``sum q V`` changes exactly by the boundary
    fluxes, which are accumulated per side (q * length^3, outward positive) in ``boundary_out``.

    Stability and limits: stable for any Courant number as long as departure intervals do
    not cross (``du/dx dt < 1`` along each axis); the number of faces where they cross is
    returned (0 means the sweep was monotone), so the caller can warn. Departure points are
    clamped at walls and slip sides; beyond inflow and outflow sides the ghost value is
    extrapolated; periodic axes wrap exactly.

    ``interrupt`` is called between sweeps and may raise to stop early; each sweep is
    conservative on its own, so the totals stay exact.

    Returns
    -------
    int
        Number of faces whose departure intervals crossed (a loss of monotonicity).
    """
    crossings = 0
    for sweep, a in enumerate(order):
        n = q.shape[a] - 2
        if n == 1:
            continue
        if interrupt is not None and sweep > 0:
            interrupt()
        h = spacing[a]
        fill_scalar_ghosts(q, bcs)
        # prefix sums C_j = sum_{m<=j} q_m along the axis (padded cells 0..n+1); the exclusive
        # sum E_j = C_j - q_j is formed only where it is needed
        csum = xp.cumsum(q, axis=a, dtype=q.dtype)
        # limited slopes (cell units), zero in ghost cells
        slope = xp.zeros_like(q)
        dl = q[shift(a, 0)] - q[shift(a, -1)]
        dr = q[shift(a, 1)] - q[shift(a, 0)]
        adl, adr = xp.abs(dl), xp.abs(dr)
        slope[INT] = (dl * adr + dr * adl) / (adl + adr + 1e-30)
        # faces 1..n+1 along a, interior along the other axes
        fsel: list[Any] = [slice(1, -1)] * 3
        fsel[a] = slice(1, n + 2)
        fsel_t = tuple(fsel)
        u = vel[a][fsel_t]
        base_shape = [1, 1, 1]
        base_shape[a] = n + 1
        zeta_f = xp.arange(1, n + 2, dtype=q.dtype).reshape(base_shape)
        zeta = zeta_f - u * (dt / h)  # departure point in padded-cell coordinates
        back = zeta[_slab(a, 1, n + 1)] - zeta[_slab(a, 0, n)]
        crossings += int((back < 0).sum())
        lo_side, hi_side = bcs.side(a, False), bcs.side(a, True)
        wraps = None
        if bcs.periodic(a):
            wraps = xp.floor((zeta - 1.0) / n)
            zeta = zeta - wraps * n
        else:
            # no fluid comes from behind a wall: clamp there; extrapolate the ghost value
            # beyond open (inflow/outflow) sides
            if lo_side.kind not in ("inflow", "outflow"):
                zeta = xp.maximum(zeta, 1.0)
            if hi_side.kind not in ("inflow", "outflow"):
                zeta = xp.minimum(zeta, float(n + 1))
        j = xp.clip(xp.floor(zeta), 0, n + 1)
        xi = zeta - j
        # flat indices of (departure cell j) with the other coordinates of the face
        strides = (q.shape[1] * q.shape[2], q.shape[2], 1)
        idx = (j * strides[a] + _plane_offsets(q.shape, a, xp)).astype(np.int32)
        c_d = xp.take(csum.reshape(-1), idx)
        q_d = xp.take(q.reshape(-1), idx)
        s_d = xp.take(slope.reshape(-1), idx)
        # S(departure) = E_j + xi q_j - s_j xi (1 - xi) / 2, with E_j = C_j - q_j
        s_dep = c_d + (xi - 1.0) * q_d - 0.5 * s_d * xi * (1.0 - xi)
        if wraps is not None:
            # one period of the prefix sum is the total over interior cells 1..n
            last: list[Any] = [slice(1, -1)] * 3
            last[a] = slice(n, n + 1)
            first: list[Any] = [slice(1, -1)] * 3
            first[a] = slice(0, 1)
            period = csum[tuple(last)] - q[tuple(first)]
            s_dep = s_dep + wraps * period
        # S at face i itself: the sum over cells 0..i-1 = C_{i-1}
        prev: list[Any] = [slice(1, -1)] * 3
        prev[a] = slice(0, n + 1)
        s_face = csum[tuple(prev)]
        flux = s_face - s_dep  # q * cells swept through the face (cell units)
        if boundary_out is not None:
            area = h
            for b in AXES:
                if b != a:
                    area *= spacing[b]
            # amount that crossed outward, in q * length^3
            boundary_out[2 * a] -= float(flux[_slab(a, 0, 1)].sum(dtype=np.float64)) * area
            boundary_out[2 * a + 1] += float(flux[_slab(a, n, n + 1)].sum(dtype=np.float64)) * area
        q[INT] -= flux[_slab(a, 1, n + 1)] - flux[_slab(a, 0, n)]
    fill_scalar_ghosts(q, bcs)
    return crossings


# --------------------------------------------------------------------------------------------
# Stability
# --------------------------------------------------------------------------------------------


def max_abs_velocity(vel: list[Any]) -> float:
    """Largest absolute face velocity over the unknowns (NaN if any value is NaN)."""
    m = 0.0
    for u in vel:
        v = float(np.abs(u[INT]).max())
        if not math.isfinite(v):
            return math.nan
        m = max(m, v)
    return m


def check_explicit_limits(umax: float, nu: float, dt: float, spacing: tuple[float, float, float], axes: tuple[int, ...] = AXES, courant_limit: float = 1.0) -> tuple[float, float]:
    """Courant and diffusion numbers of an explicit step; warn when either breaks its limit.

    Courant ``umax dt / min h`` must stay below ``courant_limit``; diffusion
    ``nu dt sum_a 2 / h_a^2`` below 1. Returns ``(courant, diffusion_number)``.
    """
    hmin = min(spacing[a] for a in axes)
    courant = umax * dt / hmin
    dnum = nu * dt * sum(2.0 / spacing[a] ** 2 for a in axes)
    if courant > courant_limit or dnum > 1.0:
        warnings.warn(
            f"explicit step beyond its stability limit: Courant {courant:.2f} (limit {courant_limit}), diffusion number {dnum:.2f} (limit 1)",
            StabilityWarning,
            stacklevel=2,
        )
    return courant, dnum


# --------------------------------------------------------------------------------------------
# Campus-step passes, each one kernel call (the compiled backend fuses each into one pass)
# --------------------------------------------------------------------------------------------


def advect_velocity_component(
    vel: list[Any],
    a: int,
    dt: float,
    spacing: tuple[float, float, float],
    periodic: tuple[bool, bool, bool],
    out: Any,
    pts: list[Any],
    work: SLWork,
    xp: Any = np,
) -> Any:
    """Semi-Lagrangian advection of face velocity component ``a``: ``out = U_a(x - u(x) dt)``.

    :func:`velocity_at` (``a``) into ``pts`` followed by :func:`advect_semi_lagrangian` of
    ``vel[a]`` (see there for the equation, stability and cost). The compiled twin interpolates
    the velocity at each departure point on the fly instead of storing ``pts``.
    """
    velocity_at(a, vel, pts)
    return advect_semi_lagrangian(vel[a], a, pts, dt, spacing, periodic, out, work, xp)


def store_masked(dst: Any, src: Any, mask: Any) -> None:
    """``dst[INT] = src`` then ``dst *= mask`` (padded ``dst`` and ``mask``, interior ``src``)."""
    dst[INT] = src
    dst *= mask


def apply_masks(vel: list[Any], masks: list[Any]) -> None:
    """``vel[a] *= masks[a]`` for every component (zero the faces touching obstacles)."""
    for a in AXES:
        vel[a] *= masks[a]


def face_average(q: Any, a: int, out: Any, scale: float | None = None) -> Any:
    """Cell array ``q`` averaged to the low faces along axis ``a``: ``out_i = (q_i + q_{i-1}) / 2``.

    The first layer (a boundary face) takes ``q_0``. With ``scale`` the result is multiplied
    by it afterwards (e.g. ``1 / Pr_t`` for an eddy diffusivity). ``out`` may be a view.
    """
    hi = tuple(slice(1, None) if b == a else slice(None) for b in AXES)
    lo = tuple(slice(0, -1) if b == a else slice(None) for b in AXES)
    out[...] = q
    out[hi] += q[lo]
    out[hi] *= 0.5
    if scale is not None:
        out *= scale
    return out


def buoyancy_source(t: Any, coefficient: float, out: Any) -> Any:
    """Boussinesq velocity increment on the w faces: ``out = (T_k + T_{k-1}) * coefficient``.

    ``coefficient = dt g / (2 T_abs)`` makes it ``dt g T'_face / T_abs`` (``t`` padded, ghosts filled).
    """
    np.add(t[INT], t[shift(2, -1)], out=out)
    out *= coefficient
    return out


def buoyancy_and_drag(
    vel: list[Any], buoy: Any, cell: list[Any], lad_face: list[Any], wall_face: list[Any], c_canopy: float, c_wall: float,
) -> None:
    """Buoyancy increment on w, then implicit canopy and wall-function drag, in place.

    ``W += buoy``; then for each component ``U_a /= 1 + c_canopy LAD_a |U| + c_wall W_a |U|``
    (the wall term for the horizontal components only), i.e. backward Euler of
    ``dU/dt = -(Cd LAD + C_wall / dz) |U| U`` with the speed ``|U|`` of the cell-centred
    velocity ``cell`` averaged to the faces (``c_canopy = dt Cd``, ``c_wall = dt C_wall / dz``).
    Unconditionally stable: the factor is at least 1. The face average along ``a`` wraps at the
    first (boundary) face, as ``np.roll`` does; that face is set by the boundary conditions.
    """
    vel[2][INT] += buoy
    speed = np.sqrt(cell[0] ** 2 + cell[1] ** 2 + cell[2] ** 2)
    for a in AXES:
        spd = 0.5 * (speed + np.roll(speed, 1, axis=a))
        factor = 1.0 + c_canopy * lad_face[a] * spd
        if a < 2:
            factor += c_wall * wall_face[a] * spd
        vel[a][INT] /= factor


def vertical_coefficients(nu: Any, free: Any, factor: float, stagger: int | None = None, scale: float | None = None) -> Any:
    """Diffusion numbers ``K dt / dz^2`` on the z faces of the unknowns, z-major ``(nz + 1, nx, ny)``.

    ``K`` on face k is the mean of the eddy viscosity ``nu`` (interior cell array; averaged to
    the faces of axis ``stagger`` first when the unknowns are face velocities, then times
    ``scale``, e.g. ``1 / Pr_t``) of the two unknowns it separates; ``factor = dt / (2 dz^2)``.
    Zero on the bottom and top faces (the wall function and the free-slip top carry those
    fluxes) and where ``free`` (1 on unknowns that move, 0 in or at obstacles) is zero on
    either side. Input of :func:`implicit_vertical_diffusion`.
    """
    if stagger is not None:
        nu = face_average(nu, stagger, np.empty_like(nu))
    if scale is not None:
        nu = nu * scale
    nx, ny, nz = nu.shape
    coeff = np.zeros((nz + 1, nx, ny), dtype=nu.dtype)
    nu_z = np.moveaxis(nu, 2, 0)
    free_z = np.moveaxis(free, 2, 0)
    np.add(nu_z[1:], nu_z[:-1], out=coeff[1:nz])
    coeff[1:nz] *= factor
    coeff[1:nz] *= free_z[1:]
    coeff[1:nz] *= free_z[:-1]
    return coeff


def diffuse_vertical_eddy(q: Any, nu: Any, free: Any, factor: float, stagger: int | None = None, scale: float | None = None) -> None:
    """Implicit vertical eddy diffusion of padded ``q`` in place: :func:`vertical_coefficients` then
    :func:`implicit_vertical_diffusion` (backward Euler, unconditionally stable, conservative)."""
    implicit_vertical_diffusion(q, vertical_coefficients(nu, free, factor, stagger, scale))


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
    """Buoyancy-aware eddy viscosities at cell centres, horizontal and vertical (m^2/s).

    Mixing-length closure with the production of turbulence by shear reduced by the work
    against stable stratification (the Smagorinsky-Lilly form; Lilly 1962, Tellus 14:148;
    e.g. Mason 1989, J. Atmos. Sci. 46:1492):

        nu_h = l_h^2 sqrt(max(S_h^2 - N+^2 / Pr_t, 0))
        S_h^2 = 2 (du/dx)^2 + 2 (dv/dy)^2 + (du/dy + dv/dx)^2 + (dw/dx)^2 + (dw/dy)^2
        nu_v = max(l_v^2 sqrt(max(S_v^2 - N+^2 / Pr_t, 0)), nu_h),   S_v^2 = (du/dz)^2 + (dv/dz)^2
        N+^2 = max((g / T) dT/dz, 0)

    ``S_h`` carries the horizontal shear of ``w``, the shear that makes a rising plume entrain:
    without it a plume in still air sees no eddy viscosity and accelerates upwards like a
    laminar jet (w ~ z^+0.4 where Morton, Taylor & Turner have z^-1/3). Stable air (a warm
    layer over cooler air, ``N^2 > 0``) damps the mixing, down to none above the critical
    Richardson number ``Ri = N^2 / S^2 = Pr_t``. Unstable air is not given extra mixing: its
    overturning is the plumes' own rise, which the model resolves (counting it again as
    diffusion made the plume's temperature fall as z^-2.2 instead of z^-5/3 in the
    validation). The vertical viscosity is at least the horizontal one, so heat and momentum
    inside a plume mix upwards as well as sideways. Lengths (see ``CampusAirflow``): ``l_h``
    the larger of the grid scale ``Cs dx`` and the free-shear length of a plume rising from
    the ground, ``l_v`` Blackadar's ``kappa d / (1 + kappa d / lambda)``; either may be an
    array broadcastable to the interior.

    Parameters
    ----------
    vel
        Padded staggered velocity components.
    cell
        Cell-centred velocity (interior shape), e.g. from :func:`velocity_at`.
    buoy, buoy_dt
        The Boussinesq increment on the interior w faces, ``dt g / T`` times the face
        temperature excess (face ``k`` is the bottom of cell ``k``), and the ``dt`` it was
        made with: ``N^2 = (buoy[k + 1] - buoy[k]) / (dt dz)``, so the closure reads the
        temperature the momentum step sees (not the field the heat thread is updating).
    spacing
        Cell sizes ``(dx, dy, dz)``.
    horizontal_length, vertical_length
        Mixing lengths ``l_h`` and ``l_v`` (m).
    prandtl_t
        Turbulent Prandtl number.
    """
    dx, dy, dz = spacing
    u, v = vel[0], vel[1]
    dudx = (u[shift(0, 1)] - u[INT]) * (1.0 / dx)
    dvdy = (v[shift(1, 1)] - v[INT]) * (1.0 / dy)
    dudy = np.gradient(cell[0], dy, axis=1)
    dvdx = np.gradient(cell[1], dx, axis=0)
    dwdx = np.gradient(cell[2], dx, axis=0)
    dwdy = np.gradient(cell[2], dy, axis=1)
    n2_pr = np.zeros_like(cell[0])
    if buoy_dt > 0.0 and buoy.shape[2] > 1:
        n2_pr[:, :, :-1] = (buoy[:, :, 1:] - buoy[:, :, :-1]) * (1.0 / (buoy_dt * dz * prandtl_t))
        n2_pr[:, :, -1] = n2_pr[:, :, -2]
        np.maximum(n2_pr, 0.0, out=n2_pr)  # stable air only: convective overturning is resolved
    sh = 2.0 * dudx * dudx + 2.0 * dvdy * dvdy + (dudy + dvdx) ** 2 + dwdx * dwdx + dwdy * dwdy
    sh -= n2_pr
    np.maximum(sh, 0.0, out=sh)
    nu_h = np.sqrt(sh, out=sh)
    nu_h *= np.square(horizontal_length)
    dudz = np.gradient(cell[0], dz, axis=2)
    dvdz = np.gradient(cell[1], dz, axis=2)
    sv = dudz * dudz + dvdz * dvdz
    sv -= n2_pr
    np.maximum(sv, 0.0, out=sv)
    nu_v = np.sqrt(sv, out=sv)
    nu_v *= np.square(vertical_length)
    np.maximum(nu_v, nu_h, out=nu_v)
    dtype = cell[0].dtype
    return nu_h.astype(dtype, copy=False), nu_v.astype(dtype, copy=False)


def velocity_extremes(vel: list[Any]) -> tuple[tuple[float, float, float], float]:
    """Per component ``max |U_a|`` over the unknowns and ``sum U_a^2`` over the padded arrays.

    The time step and the health check read these every step (the largest velocity per axis
    and the kinetic energy); ``max`` propagates NaN, so a non-finite field shows as NaN.
    """
    peaks = []
    square_sum = 0.0
    for a in AXES:
        u = vel[a]
        inner = u[INT]
        peaks.append(max(float(inner.max()), -float(inner.min())))
        flat = u.reshape(-1)
        square_sum += float(np.dot(flat, flat))
    return (peaks[0], peaks[1], peaks[2]), square_sum


def vertical_face_extremes(t: Any, free_w: Any) -> tuple[float, float, float]:
    """Extremes over the interior w faces between fluid cells: ``max`` and ``min`` of
    ``(T_k + T_{k-1}) free`` and ``max`` of ``(T_k - T_{k-1}) free`` (the plume and
    stratification limits of the time step; NaN propagates)."""
    free = free_w[1:-1, 1:-1, 2:-1]
    upper, lower = t[1:-1, 1:-1, 2:-1], t[1:-1, 1:-1, 1:-2]
    mean = (upper + lower) * free
    grad = (upper - lower) * free
    return float(mean.max()), float(mean.min()), float(grad.max())
