"""Wind and heat plumes over the campus (:class:`CampusAirflow`) and a generic box solver (:class:`BoxFlow`).

What the campus model is
------------------------
Incompressible Navier-Stokes with Boussinesq buoyancy and a temperature excess transported as
a conserved scalar, on a uniform staggered (MAC) grid of about 8 m x 8 m x 5 m up to 120 m,
rotated so the wind always blows along +x (:class:`~twin.sim.airflow.grid.WindFrame`):

- inflow at x = 0: a neutral atmospheric surface layer, ``U(z) = U10 ln(z/z0) / ln(10/z0)``
  (5 m/s at 10 m by default, ``z0`` 0.1 m), no inflow turbulence, air at ambient temperature;
- outflow at x = L: convective (non-reflecting) condition with a global flux balance;
- sides and top: free slip; ground and roofs: log-law wall function (drag
  ``(kappa / ln(z1/z0))^2 |U| U`` on the first cell), adiabatic;
- buildings and their roof or yard equipment: solid cells (staircase at the grid size);
- heat: the MW of each building enter the first air layer above its heat-rejection equipment;
- reserve: canopy drag ``Cd LAD |U| U`` up to the tree height and an evapotranspiration sink
  (``AirflowSettings.evapotranspiration_w_m2``, an assumption) spread over the canopy layers;
- turbulence: buoyancy-aware mixing-length eddy viscosities
  (:func:`~twin.sim.airflow.kernels.eddy_viscosity`): horizontal ``l_h^2 |S_h|`` with the
  horizontal shear of all three components (the shear of ``w`` makes plumes entrain) and
  ``l_h`` the larger of the grid scale ``Cs dx`` and a plume's free-shear length ``c z``;
  vertical Prandtl-Blackadar (``l = kappa d / (1 + kappa d / lambda)``, ``d`` the distance to
  ground or roof, times ``|dU_h/dz|``), which keeps the log-law inflow in equilibrium, and at
  least the horizontal one; both damped by stable stratification (Lilly's ``S^2 - N^2/Pr_t``).
  Validated on a plume in still air against Morton, Taylor & Turner (1956): their
  exponents, but at 8 m cells an entrainment coefficient of 0.20 where the laboratory's is
  0.12, so a plume about 1.7 times as wide and temperature excesses aloft about half as large
  (a plume narrower than two cells cannot live on the grid). Heat diffuses with ``nu_t / Pr_t``.

What it resolves and what it cannot
-----------------------------------
It is a RANS-like mean-flow model at building scale: separation, wakes, recirculation behind
and on top of the halls, channelling between them, plume rise and where warm air goes. It
does **not** resolve turbulence (nothing below about two cells, 15-20 m, exists; the larger
eddies it does shed from buildings are damped by the eddy viscosity and the numerical
diffusion of the semi-Lagrangian step), so gusts, peak concentrations and intermittent
re-ingestion are smoothed; intake rises are means over time windows, not peaks. Other limits:
neutral ambient stratification only (no inversion capping the plumes), no radiation or ground
heat flux, no humidity (evapotranspiration is a sensible-heat sink), no fan jets (the plume
rises by buoyancy only), equipment modelled as solid blocks, staircase geometry at 8 m, and
wall stress on vertical walls only through the horizontal eddy viscosity. Receptors outside
the box (the default ones are 0.5-1.8 km away) get no value.

Numerics, and why
-----------------
- Finite volumes on a staggered grid with pressure projection: exact discrete mass
  conservation and no pressure checkerboarding around obstacles given as a cell mask.
- Momentum: first-order semi-Lagrangian advection (unconditionally stable), so the time step
  is set by accuracy (Courant number 4 on the fastest velocity of the field) and by the
  explicit buoyancy, not by advective stability: that is what buys real time on a few
  hundred thousand cells in numpy. Explicit horizontal and
  implicit (Thomas) vertical eddy diffusion, implicit drags.
- Pressure: geometric multigrid (linear prolongation, damped Jacobi, dense coarsest level)
  preconditioning conjugate gradients, warm-started from the previous step's pressure; a
  relative residual of 1e-2 per step (2-3 iterations) because every step projects again.
- Heat: flux-form semi-Lagrangian transport (:func:`~twin.sim.airflow.kernels.advect_scalar_ffsl`),
  conservative to round-off whatever the Courant number, so the heat balance closes exactly
  (injected = left + evapotranspiration + stored, see :class:`HeatBudget`).
- float32 fields (temperature stored as the excess over ambient), preallocated work arrays
  for the largest temporaries.
- Time step: chosen before every step from every limit that applies to the *current* field
  (advective Courant number of the fastest velocity, buoyancy frequency, plume acceleration,
  explicit horizontal diffusion; see :meth:`CampusAirflow.time_step_limits`), so calm air
  (0 m/s) is as supported as a gale.
- Health: judged after every step from the state itself (non-finite values, the Courant
  number of the new field, runaway kinetic energy, implausible speed or temperature; see
  :meth:`CampusAirflow.health`). A failed step is rolled back to the last good copy of the
  *whole* state (fields, time, step count, heat account, the pipelined heat step,
  diagnostics) and retried with half the time step; after repeated failures the field is
  declared invalid (:attr:`CampusAirflow.invalid`) instead of being shown as current.
  Nothing is clamped silently.

:class:`BoxFlow` strings the same kernels together for textbook cases (cavity, channel,
heated boxes) with explicit second-order central advection (Adams-Bashforth 2) or
semi-Lagrangian advection, any mix of no-slip (optionally moving) walls, slip, inflow,
outflow and periodic sides, a body force, buoyancy and fixed-temperature or adiabatic walls.
Per step of ``dt``::

    U* = U + dt [ A(U) + nu lap(U) + f + g beta (T - T0) ]        (central, AB2 for A)
    U* = D_nu(S(U)) + dt [ f + g beta (T - T0) ]                     (semi-Lagrangian S;
         viscosity D_nu on the advected field, sub-cycled to its explicit limit)
    lap(U) with no-slip mirrored at obstacle faces (walls on the faces, second order)
    boundary faces from the BCs, faces touching obstacles set to zero
    solve  -lap(p) = -div(U*) / dt ;  U = U* - dt grad p        (MG-PCG, warm started)
    T: conservative flux-form transport + explicit diffusion + sources
"""

from __future__ import annotations

import math
import threading
import time
import warnings
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from twin.core.i18n import tr
from twin.model.campus import Campus
from twin.sim.airflow.backend import kernels_for
from twin.sim.airflow.domain import (
    AirflowSettings,
    CampusDomain,
    Weather,
    build_domain,
    default_heat_mw,
    plan_grid,
)
from twin.sim.airflow.grid import AXES, Grid, WindFrame, shift
from twin.sim.airflow.kernels import (
    INT,
    BoxBCs,
    Side,
    SLWork,
    StabilityWarning,
    WallMirror,
    advect_scalar_conservative,
    apply_velocity_bcs,
    balance_outflow,
    build_poisson_hierarchy,
    check_explicit_limits,
    convective_outflow,
    diffuse_scalar_explicit,
    divergence,
    eddy_viscosity,
    fill_scalar_ghosts,
    laplacian,
    max_abs_velocity,
    momentum_advection_central,
    open_face_masks,
    pad_mask,
    solid_wall_coefficients,
    solve_poisson,
    subtract_gradient,
    velocity_at,
    vertical_coefficients,
)


class BoxFlow:
    """Incompressible Navier-Stokes with a transported scalar in a rectangular box.

    Parameters
    ----------
    grid
        Cells and spacing; ``nz = 1`` with slip or periodic z sides gives a 2-D problem.
    bcs
        Velocity and scalar conditions on the six sides.
    solid
        Optional interior boolean mask ``(nx, ny, nz)`` of obstacle cells.
    nu, kappa
        Kinematic viscosity and scalar diffusivity (length^2/s).
    body_force
        Constant acceleration ``(fx, fy, fz)`` (length/s^2), e.g. a pressure gradient.
    buoyancy
        ``g * beta`` vector (length/s^2/K): adds ``buoyancy * (T - t_ref)`` to the momentum.
    advection
        ``"central"`` (explicit, AB2), ``"semi_lagrangian"`` or ``"none"`` (Stokes flow).
    scalar_scheme
        ``"muscl"`` or ``"upwind"`` for :func:`~twin.sim.airflow.kernels.advect_scalar_conservative`.
    dtype
        Floating type of every field (float64 for validation, float32 for speed).
    pressure_tol
        Relative residual at which the pressure solve stops each step.
    scalar
        Whether to transport the scalar at all (switch off for pure flow problems).
    """

    def __init__(
        self,
        grid: Grid,
        bcs: BoxBCs,
        solid: np.ndarray | None = None,
        nu: float = 0.0,
        kappa: float = 0.0,
        body_force: tuple[float, float, float] = (0.0, 0.0, 0.0),
        buoyancy: tuple[float, float, float] = (0.0, 0.0, 0.0),
        t_ref: float = 0.0,
        advection: str = "central",
        scalar_scheme: str = "muscl",
        dtype: Any = np.float64,
        pressure_tol: float = 1e-6,
        scalar: bool = True,
        xp: Any = np,
    ) -> None:
        self.grid = grid
        self.bcs = bcs
        self.nu = float(nu)
        self.kappa = float(kappa)
        self.body_force = tuple(float(f) for f in body_force)
        self.buoyancy = tuple(float(b) for b in buoyancy)
        self.t_ref = float(t_ref)
        self.advection = advection
        self.scalar_scheme = scalar_scheme
        self.dtype = dtype
        self.pressure_tol = pressure_tol
        self.xp = xp
        self.has_scalar = scalar
        shape = grid.padded_shape
        self.vel = [xp.zeros(shape, dtype=dtype) for _ in AXES]
        self.p = xp.zeros(shape, dtype=dtype)
        self.scalar = xp.zeros(shape, dtype=dtype)
        self.source = None  # optional interior-shaped scalar source (units of q per second)
        self.time = 0.0
        self.steps = 0
        self.last_pressure_iterations = 0
        self.last_pressure_residual = 0.0
        self._prev_adv: list[Any] | None = None
        self._adv = [xp.zeros(grid.shape, dtype=dtype) for _ in AXES]
        self._lap = xp.zeros(grid.shape, dtype=dtype)
        self._div = xp.zeros(grid.shape, dtype=dtype)
        self._work = xp.zeros(grid.shape, dtype=dtype)
        self._vel_pts = [xp.zeros(grid.shape, dtype=dtype) for _ in AXES]
        self._sl_work: SLWork | None = None
        self.diffusion_substeps = 0
        self.axes = tuple(a for a in AXES if grid.shape[a] > 1)
        self.set_solid(solid)

    # ------------------------------------------------------------------ geometry
    def set_solid(self, solid: np.ndarray | None) -> None:
        """Install a new obstacle mask (interior shape) and rebuild the pressure hierarchy."""
        xp = self.xp
        if solid is None:
            solid = np.zeros(self.grid.shape, dtype=bool)
        self.solid = xp.asarray(solid, dtype=bool)
        self.solid_padded = pad_mask(self.solid, xp)
        self.open_faces = open_face_masks(self.solid_padded, self.bcs, dtype=self.dtype, xp=xp)
        # faces that touch an obstacle carry zero velocity (boundary faces are left to the BCs)
        fluid = ~self.solid_padded
        self.free_faces = []
        for a in AXES:
            m = xp.ones(self.grid.padded_shape, dtype=self.dtype)
            lo = tuple(slice(0, -1) if b == a else slice(None) for b in AXES)
            hi = tuple(slice(1, None) if b == a else slice(None) for b in AXES)
            m[hi] = (fluid[hi] & fluid[lo]).astype(self.dtype)
            self.free_faces.append(m)
        periodic = tuple(self.bcs.periodic(a) for a in AXES)
        # no-slip on the obstacle faces themselves (mirror terms), not half a cell inside
        self.walls = WallMirror.from_coefficients(solid_wall_coefficients(self.solid_padded, self.grid.spacing, self.axes, periodic, dtype=self.dtype, xp=xp), xp)  # type: ignore[arg-type]
        self.hierarchy = build_poisson_hierarchy(self.open_faces, self.grid.spacing, periodic, xp=xp)  # type: ignore[arg-type]
        self._prev_adv = None

    # ------------------------------------------------------------------ stepping
    def stable_dt(self, courant: float = 0.4, umax: float | None = None) -> float:
        """Largest explicit time step honouring ``courant`` and the viscous limit (with margin)."""
        if umax is None:
            umax = max(max_abs_velocity(self.vel), 1e-12)
        hmin = min(self.grid.spacing[a] for a in self.axes)
        dt = courant * hmin / umax
        diff = max(self.nu, self.kappa)
        if diff > 0:
            dt = min(dt, 0.4 / (diff * sum(2.0 / self.grid.spacing[a] ** 2 for a in self.axes)))
        return dt

    def step(self, dt: float) -> None:
        """Advance velocity, pressure and scalar by ``dt``."""
        vel, g, bcs = self.vel, self.grid, self.bcs
        self._k = K = kernels_for(self.dtype)  # numpy reference or compiled twins, for the whole step
        apply_velocity_bcs(vel, bcs)
        fill_scalar_ghosts(self.scalar, bcs)
        if self.advection == "central":
            check_explicit_limits(max_abs_velocity(vel), self.nu, dt, g.spacing, self.axes)
            momentum_advection_central(vel, g.spacing, self._adv, self.axes)
            if self._prev_adv is None:
                self._prev_adv = [a.copy() for a in self._adv]
            new_vel = []
            for a in self.axes:
                tend = 1.5 * self._adv[a] - 0.5 * self._prev_adv[a]
                self._prev_adv[a][...] = self._adv[a]
                new_vel.append((a, tend))
            increments = {a: t for a, t in new_vel}
        elif self.advection == "semi_lagrangian":
            if self._sl_work is None:
                self._sl_work = SLWork.create(g.shape, dtype=self.dtype, xp=self.xp)
            periodic = tuple(bcs.periodic(a) for a in AXES)
            for a in self.axes:
                K.velocity_at(a, vel, self._vel_pts)
                K.advect_semi_lagrangian(vel[a], a, self._vel_pts, dt, g.spacing, periodic, self._adv[a], self._sl_work, self.xp)  # type: ignore[arg-type]
            # operator splitting: viscosity acts on the advected field, sub-cycled to its
            # explicit limit (stable for any dt; see diffuse_momentum_explicit)
            for a in self.axes:
                vel[a][INT] = self._adv[a]
                vel[a] *= self.free_faces[a]
            if self.nu > 0:
                self.diffusion_substeps = K.diffuse_momentum_explicit(vel, self.nu, dt, g.spacing, bcs, self.free_faces, self.walls, self.axes, self.axes)
            increments = {a: 0.0 for a in self.axes}
        else:
            check_explicit_limits(0.0, self.nu, dt, g.spacing, self.axes)
            increments = {a: 0.0 for a in self.axes}
        if self.nu > 0 and self.advection != "semi_lagrangian":
            for a in self.axes:
                laplacian(vel[a], g.spacing, self._lap, self.axes)
                self.walls.apply(self._lap, vel[a], a)  # no-slip on obstacle faces
                increments[a] = increments[a] + self.nu * self._lap
        if any(self.buoyancy):
            t = self.scalar
            for a in self.axes:
                if self.buoyancy[a]:
                    lo = tuple(slice(0, -2) if b == a else slice(1, -1) for b in AXES)
                    t_face = 0.5 * (t[INT] + t[lo]) - self.t_ref
                    increments[a] = increments[a] + self.buoyancy[a] * t_face
        for a in self.axes:
            vel[a][INT] += dt * (increments[a] + self.body_force[a])
            vel[a] *= self.free_faces[a]
        apply_velocity_bcs(vel, bcs)
        convective_outflow(vel, bcs, g, dt)
        balance_outflow(vel, bcs, g, self.free_faces)
        self.project(dt)
        apply_velocity_bcs(vel, bcs)
        self._step_scalar(dt)
        self.time += dt
        self.steps += 1

    def project(self, dt: float) -> None:
        """Make the velocity discretely divergence-free (pressure warm-started)."""
        divergence(self.vel, self.grid.spacing, self._div)
        self._div *= -1.0 / dt
        its, res = kernels_for(self.dtype).solve_poisson(self.hierarchy, self._div, self.p, tol=self.pressure_tol, max_iter=100)
        self.last_pressure_iterations, self.last_pressure_residual = its, res
        subtract_gradient(self.vel, self.p, dt, self.grid.spacing, self.open_faces, self._work)

    def _step_scalar(self, dt: float) -> None:
        if not self.has_scalar:
            return
        advect_scalar_conservative(self.scalar, self.vel, dt, self.grid.spacing, self.bcs, self.scalar_scheme)
        if self.kappa > 0:
            fill_scalar_ghosts(self.scalar, self.bcs)
            diffuse_scalar_explicit(self.scalar, self.kappa, dt, self.grid.spacing, self._scalar_faces(), self.axes)
        if self.source is not None:
            self.scalar[INT] += dt * self.source
        fill_scalar_ghosts(self.scalar, self.bcs)

    def _scalar_faces(self) -> list[Any]:
        """Face masks for scalar diffusion: obstacles adiabatic, box sides via ghost values."""
        masks = []
        for a in AXES:
            m = self.free_faces[a].copy()
            masks.append(m)
        return masks

    def interpolate_from(self, other: BoxFlow) -> None:
        """Start from another box's velocity and scalar (any resolution), then project.

        Used for grid sequencing: a steady solution on a coarse grid, interpolated (linear) to
        a finer one, reaches the fine steady state much sooner than a start from rest.
        """
        from scipy.interpolate import RegularGridInterpolator

        def coords(grid: Grid, axis: int, staggered: bool) -> np.ndarray:
            n, h = grid.shape[axis], grid.spacing[axis]
            m = np.arange(n + 2, dtype=float)
            return (m - 1.0) * h if staggered else (m - 0.5) * h

        apply_velocity_bcs(other.vel, other.bcs)
        fill_scalar_ghosts(other.scalar, other.bcs)
        fields = [(a, other.vel[a], self.vel[a]) for a in AXES] + [(None, other.scalar, self.scalar)]
        for stagger, src, dst in fields:
            pts_src = [coords(other.grid, b, stagger == b) for b in AXES]
            keep = [b for b in AXES if other.grid.shape[b] > 1]
            values = np.asarray(src)
            for b in AXES:
                if b not in keep:
                    values = values.take([1], axis=b)
            interp = RegularGridInterpolator([pts_src[b] for b in keep], values.reshape([values.shape[b] for b in keep]), bounds_error=False, fill_value=None)
            pts_dst = np.meshgrid(*[coords(self.grid, b, stagger == b)[1:-1] for b in keep], indexing="ij")
            res = interp(np.stack([q.ravel() for q in pts_dst], axis=-1)).reshape(pts_dst[0].shape)
            dst[INT] = res.reshape(self.grid.shape)
        for a in AXES:
            self.vel[a] *= self.free_faces[a]
        apply_velocity_bcs(self.vel, self.bcs)
        self.p[...] = 0.0
        self.project(1.0)
        apply_velocity_bcs(self.vel, self.bcs)
        self._prev_adv = None

    # ------------------------------------------------------------------ diagnostics
    def max_divergence(self) -> float:
        """Largest |div U| * h_min / U_max over fluid cells (0 for a still fluid)."""
        divergence(self.vel, self.grid.spacing, self._div)
        d = np.abs(self._div)[~self.solid]
        umax = max_abs_velocity(self.vel)
        if umax == 0:
            return 0.0
        return float(d.max()) * min(self.grid.spacing[a] for a in self.axes) / umax

    def cell_velocity(self) -> list[np.ndarray]:
        """Velocity averaged to cell centres, three interior-shaped arrays."""
        out = [np.zeros(self.grid.shape, dtype=self.dtype) for _ in AXES]
        return velocity_at(None, self.vel, out)

    def run_to_steady(self, dt: float, t_max: float, tol: float = 1e-6, check_every: int = 50) -> tuple[float, float]:
        """Step until ``max |dU| / dt`` over ``check_every`` steps is below ``tol`` or ``t_max``.

        Returns ``(time, last_rate)`` where ``last_rate`` is the measured max rate of change.
        """
        rate = math.inf
        snap = [v.copy() for v in self.vel]
        while self.time < t_max - 1e-12:
            self.step(dt)
            if self.steps % check_every == 0:
                rate = max(float(np.abs(v[INT] - s[INT]).max()) for v, s in zip(self.vel, snap, strict=True)) / (check_every * dt)
                if not math.isfinite(rate):
                    raise FloatingPointError("flow blew up")
                if rate < tol:
                    break
                for v, s in zip(self.vel, snap, strict=True):
                    s[...] = v
        return self.time, rate


# ============================================================================================
# Campus solver
# ============================================================================================

KARMAN = 0.41
GRAVITY = 9.81
RHO_AIR = 1.2
"""Air density used to turn heat into temperature (kg/m3, near 15-20 C at sea level)."""
CP_AIR = 1005.0
"""Specific heat of air at constant pressure (J/kg/K)."""

SCALE_MIN_MS = 0.5
"""Below this wind speed (m/s) a speed change shifts the field by the inflow change instead of
scaling it: a scaled field would lose (calm to wind: multiply by a huge ratio) or freeze
(wind to calm: multiply by zero) the buoyant plumes."""

TIER_FIRST_LOOK = "first look"
TIER_SETTLING = "settling"
TIER_SETTLED = "settled"


@dataclass
class HeatBudget:
    """Running energy account of the campus air since the last reset, joules.

    ``injected = left_domain + evapotranspiration + removed_by_edits + stored`` holds to
    round-off because the heat transport is in flux form; :attr:`imbalance` is the relative
    mismatch. ``removed_by_edits_j`` books what an edit itself changes, so the account runs
    on across edits instead of restarting: warm air in cells a moved building now fills, and
    the difference an interpolation onto a new grid makes (turned wind, new resolution or
    site); negative when an edit added heat.
    """

    injected_j: float = 0.0
    evapotranspiration_j: float = 0.0
    left_domain_j: float = 0.0
    stored_start_j: float = 0.0
    stored_j: float = 0.0
    removed_by_edits_j: float = 0.0

    @property
    def imbalance(self) -> float:
        """``(injected - ET - left - removed by edits - change of stored) / injected`` (0 when nothing injected)."""
        if self.injected_j == 0.0:
            return 0.0
        change = self.stored_j - self.stored_start_j
        out = self.evapotranspiration_j + self.left_domain_j + self.removed_by_edits_j
        return (self.injected_j - out - change) / self.injected_j


class _Interrupted(Exception):
    """Raised inside a step when the caller asked to abandon it (a new edit is waiting)."""


@dataclass
class _Snapshot:
    """A last-good copy of everything a step changes (restored as a whole by a roll-back)."""

    vel: list[np.ndarray]
    p: np.ndarray
    temp: np.ndarray
    time: float
    steps: int
    dt: float
    budget: HeatBudget
    heat_pending: tuple[float, np.ndarray, np.ndarray, list[np.ndarray], float] | None
    tier: str
    history: list[tuple[float, float, dict[str, float]]]
    intake_rise_k: dict[str, float]
    reserve_rise_k: float
    receptor_rise_k: dict[str, float]
    mean_pedestrian_wind: float
    rates: tuple[float, float, float]
    kinetic: float
    nu_h_max: float
    last_crossings: int
    diffusion_substeps: int


class _ColumnInterpolator:
    """Trilinear interpolation of cell-centred fields of one grid at the cells of another.

    Both grids share the vertical axis, so the weights separate: a linear blend between
    levels (once per source field, on the source grid; none when the levels are the same,
    as after a wind turn) and a bilinear blend of four source columns per target column
    (row gathers of whole columns). The target is produced in blocks of rows of columns
    (:meth:`blocks`) in a few small buffers that are reused from block to block and stay in
    cache: on the campus grid this is several times faster than whole-grid temporaries,
    whose cost is mostly first-touch page faults of fresh memory. Points beyond the source
    grid take the nearest edge value. Written here because the general
    ``scipy.ndimage.map_coordinates`` costs ~0.1 s per field on the campus grid, more than
    an edit may take in all.

    Parameters
    ----------
    source
        The grid the fields live on.
    xs, ys
        ``(nx, ny)`` positions of the target columns in the source frame (m).
    z
        Heights of the target levels (m).
    """

    BLOCK_CELLS = 1 << 15
    """Target cells per block (128 KiB per float32 buffer)."""

    def __init__(self, source: Grid, xs: np.ndarray, ys: np.ndarray, z: np.ndarray) -> None:
        nx, ny, nz = source.shape
        dx, dy, dz = source.spacing

        def split(pos: np.ndarray, h: float, n: int) -> tuple[np.ndarray, np.ndarray]:
            f = np.clip(pos / h - 0.5, 0.0, n - 1.0)
            i0 = np.minimum(np.floor(f).astype(np.intp), max(n - 2, 0))
            return i0, (f - i0).astype(np.float32)

        self.source_shape = (nx, ny, nz)
        self.target_shape = (*np.shape(xs), int(np.size(z)))
        i0, self.wx = split(xs, dx, nx)
        j0, self.wy = split(ys, dy, ny)
        z = np.asarray(z, dtype=float)
        self.k0, self.wz = split(z, dz, nz)
        self.single = (nx < 2, ny < 2, nz < 2)
        # the same levels (a wind turn): no vertical blend at all
        self.same_levels = z.size == nz and bool(np.allclose(z, source.centres(2), rtol=0.0, atol=1e-6 * dz))
        # flat column numbers of the four corners, (nx', ny') each
        i1 = i0 + (0 if self.single[0] else 1)
        j1 = j0 + (0 if self.single[1] else 1)
        self.corners = (i0 * ny + j0, i1 * ny + j0, i0 * ny + j1, i1 * ny + j1)

    def _columns(self, field: np.ndarray) -> np.ndarray:
        """``field`` at the target levels, as a ``(nx * ny, nz')`` table of source columns."""
        nx, ny, _ = self.source_shape
        f = np.asarray(field, dtype=np.float32)
        if not self.same_levels:
            k1 = self.k0 + (0 if self.single[2] else 1)
            f = f[:, :, self.k0] * (1.0 - self.wz) + f[:, :, k1] * self.wz
        return np.ascontiguousarray(f).reshape(nx * ny, -1)

    def blocks(self, fields: list[np.ndarray]):  # noqa: ANN201 - a generator of tuples
        """Yield ``(i0, i1, values)`` per block of target rows ``i0:i1``.

        ``values[n]`` is ``fields[n]`` at the target cells of those rows, ``(i1 - i0, ny', nz')``
        float32. The buffers are reused by the next block: use (or copy) them before asking
        for it.
        """
        tx, ty, tz = self.target_shape
        tables = [self._columns(f) for f in fields]
        rows = max(1, self.BLOCK_CELLS // max(ty * tz, 1))
        size = min(rows, tx) * ty
        bufs = [np.empty((size, tz), dtype=np.float32) for _ in range(2)]
        outs = [np.empty((size, tz), dtype=np.float32) for _ in fields]
        corners = [c.reshape(-1) for c in self.corners]
        wx_all, wy_all = self.wx.reshape(-1, 1), self.wy.reshape(-1, 1)
        for i0 in range(0, tx, rows):
            i1 = min(i0 + rows, tx)
            c0, c1 = i0 * ty, i1 * ty
            n = c1 - c0
            wx, wy = wx_all[c0:c1], wy_all[c0:c1]
            b, c = bufs[0][:n], bufs[1][:n]
            for table, out in zip(tables, outs, strict=True):
                a = out[:n]
                # low = f00 + wx (f10 - f00); high = f01 + wx (f11 - f01); value = low + wy (high - low)
                np.take(table, corners[0][c0:c1], axis=0, out=a)
                np.take(table, corners[1][c0:c1], axis=0, out=b)
                b -= a
                b *= wx
                a += b
                np.take(table, corners[2][c0:c1], axis=0, out=b)
                np.take(table, corners[3][c0:c1], axis=0, out=c)
                c -= b
                c *= wx
                b += c
                b -= a
                b *= wy
                a += b
            yield i0, i1, [o[:n].reshape(i1 - i0, ty, tz) for o in outs]

    def __call__(self, field: np.ndarray) -> np.ndarray:
        """``field`` (source ``(nx, ny, nz)``) at the target cells, ``(nx', ny', nz')`` float32."""
        out = np.empty(self.target_shape, dtype=np.float32)
        for i0, i1, (values,) in self.blocks([field]):
            out[i0:i1] = values
        return out


class CampusAirflow:
    """Wind and heat plumes over the campus: the numerical core behind the airflow view.

    Parameters
    ----------
    campus
        The layout (its scenario gives the default weather).
    settings
        Numerical and physical settings.
    heat_mw
        Heat released per building id (MW); defaults to :func:`~twin.sim.airflow.domain.default_heat_mw`.

    Notes
    -----
    Fields live in the wind-aligned solver frame of :attr:`domain` (``domain.frame`` maps to
    campus coordinates). Temperature is carried as the excess over the ambient air, which
    keeps float32 round-off far below the 0.1 K scale of the reported figures.
    """

    def __init__(self, campus: Campus, settings: AirflowSettings | None = None, heat_mw: Mapping[str, float] | None = None) -> None:
        self.settings = settings or AirflowSettings()
        self.campus = campus
        self.heat_mw: dict[str, float] = dict(default_heat_mw(campus) if heat_mw is None else heat_mw)
        self.weather = Weather.resolve(campus, self.settings)
        self.dtype = np.float32
        self.time = 0.0
        self.steps = 0
        self.tier = TIER_FIRST_LOOK
        self.messages: deque[tuple[str, str]] = deque(maxlen=64)
        """``(kind, text)`` of warnings not yet collected (a runner drains it; bounded)."""
        self.budget = HeatBudget()
        self.recoveries = 0
        """Roll-backs since the solver was created."""
        self.rollbacks_since_edit = 0
        """Roll-backs since the last edit (layout, weather, settings): a run with any is never "settled"."""
        self.consecutive_failures = 0
        self.invalid = False
        """True after ``max_retries`` roll-backs in a row: the field cannot be trusted; the
        solver stops stepping until the next edit."""
        self.dt_scale = 1.0
        """Factor on the time step chosen from the limits: halved by each roll-back, restored
        gradually after clean stretches."""
        self.dt_limits: dict[str, float] = {}
        self.dt_limited_by = ""
        self.warn = True
        self._snapshots: list[_Snapshot] = []
        self._first_step = True
        self._rates = (0.0, 0.0, 0.0)  # max |u_a| / h_a of the current field, 1/s
        self._kinetic = 0.0  # mean kinetic energy per unit mass of the current field, m2/s2
        self._nu_h_max = 0.0
        self._buoyancy = (0.0, 0.0)  # largest |b| (m/s2) and N^2 (1/s2) on fluid w faces
        self._buoy_dt = 0.0  # the step the buoyancy increment self._buoy was made with
        self._clean_steps = 0
        self._interrupt: Callable[[], bool] | None = None
        self.last_pressure = (0, 0.0)
        self.last_crossings = 0
        self.diffusion_substeps = 1
        self.first_look_box: tuple[tuple[int, ...], tuple[int, ...]] | None = None
        self.phase_times: dict[str, float] = {}
        self._t_phase = 0.0
        self.mean_pedestrian_wind = math.nan
        self._history: list[tuple[float, float, dict[str, float]]] = []
        self._domains: OrderedDict[tuple, tuple[Campus, CampusDomain]] = OrderedDict()
        self._build(cold=True)

    # ------------------------------------------------------------------ setup
    def _build(self, cold: bool, plan: tuple | None = None, previous: tuple | None = None) -> None:
        """(Re)create grid, masks and work arrays; cold = start from the inflow profile.

        ``previous`` (from :meth:`_sample_fields`) warm-starts the new grid from the old field
        instead (a wind turn, a new resolution or site), see :meth:`_warm_from`.
        """
        s = self.settings
        grid, frame, bounds = plan if plan is not None else plan_grid(self.campus, s, self.weather.wind_from_deg)
        self.grid = grid
        self.bounds = bounds
        self.domain = self._domain_for(self.campus, grid, frame)
        g = grid
        shape = g.padded_shape
        dt_ = self.dtype
        self.vel = [np.zeros(shape, dtype=dt_) for _ in AXES]
        self.p = np.zeros(shape, dtype=dt_)
        self.temp = np.zeros(shape, dtype=dt_)  # temperature excess over ambient, K
        self._work = np.zeros(g.shape, dtype=dt_)
        self._div = np.zeros(g.shape, dtype=dt_)
        self._heat_pending = None
        self._bcs_for_weather()
        self._install_domain()
        if previous is not None and not cold:
            # every interior value is written by the interpolation, ghosts by the BCs
            self._warm_from(previous)
            apply_velocity_bcs(self.vel, self.bcs)
            balance_outflow(self.vel, self.bcs, self.grid, self.free_faces)
            self.first_look_box = None
            self._mark_first_look()
            return
        self._init_fields()
        self.first_look()

    DOMAIN_CACHE_SIZE = 6
    """Rasterised domains kept (per layout, wind direction and grid; least recently used
    dropped first): a wind that turns back, weather played hour by hour or an undone edit
    reuse them (~4 MB each)."""

    def _domain_for(self, campus: Campus, grid: Grid, frame: WindFrame) -> CampusDomain:
        """:func:`~twin.sim.airflow.domain.build_domain`, through a small cache of recent domains.

        An entry is reused only for the very same layout object (layouts are immutable, so
        identity is equality here; the entry holds the layout, so its id cannot be reused)
        on the same grid and frame with the same canopy settings. The solver never writes
        into a domain, so sharing one between visits is safe.
        """
        s = self.settings
        key = (id(campus), grid, frame, s.leaf_area_index, s.crown_area_m2)
        hit = self._domains.get(key)
        if hit is not None and hit[0] is campus:
            self._domains.move_to_end(key)
            return hit[1]
        domain = build_domain(campus, s, grid, frame)
        self._domains[key] = (campus, domain)
        while len(self._domains) > self.DOMAIN_CACHE_SIZE:
            self._domains.popitem(last=False)
        return domain

    @property
    def hierarchy(self) -> Any:
        """Multigrid hierarchy of the current obstacles (built lazily after an edit)."""
        if self._hierarchy is None:
            self._hierarchy = build_poisson_hierarchy(self.open_faces, self.grid.spacing, (False, False, False))
        return self._hierarchy

    def _bcs_for_weather(self) -> None:
        g = self.grid
        s = self.settings
        self.u_ref = float(self.weather.wind_speed_ms)
        prof = self._log_profile(self.u_ref)
        self.inflow_profile = prof.astype(self.dtype)
        self.u_top = float(prof.max())
        inflow = np.broadcast_to(self.inflow_profile[None, :], (g.shape[1], g.shape[2]))
        slip = Side("slip")
        self.bcs = BoxBCs(
            (
                Side("inflow", inflow=inflow, scalar="upstream", scalar_value=0.0),
                Side("outflow"),
                slip,
                slip,
                slip,
                slip,
            )
        )
        # provisional: replaced from the field's limits at the first look and before every step
        self.dt = min(s.dt_max_s, s.dt_s or math.inf, s.cfl * g.spacing[0] / max(self.u_top, 0.5))
        self.t_abs = self.weather.ambient_c + 273.15

    def _log_profile(self, speed_ms: float) -> np.ndarray:
        """Neutral surface-layer inflow ``U10 ln(z / z0) / ln(10 / z0)`` at the grid's cell levels."""
        z = self.grid.centres(2)
        z0 = self.settings.z0_m
        return speed_ms * np.log(np.maximum(z, 1.01 * z0) / z0) / math.log(10.0 / z0)

    def _install_domain(self) -> None:
        """Face masks and diagnostic indices of the domain: what the first look after an edit needs.

        Everything only a step needs (wall mirror terms, wall-function and canopy factors,
        mixing length, source indices, work arrays) is left to :meth:`_install_step_terms`
        at the next step, and the pressure hierarchy to its first use (:attr:`hierarchy`),
        so an edit's first field is published without waiting for them.
        """
        d, g = self.domain, self.grid
        dt_ = self.dtype
        self.solid_padded = pad_mask(d.solid)
        self.open_faces = open_face_masks(self.solid_padded, self.bcs, dtype=dt_)
        fluid = ~self.solid_padded
        self.free_faces = []
        for a in AXES:
            m = np.ones(g.padded_shape, dtype=dt_)
            lo = tuple(slice(0, -1) if b == a else slice(None) for b in AXES)
            hi = tuple(slice(1, None) if b == a else slice(None) for b in AXES)
            np.logical_and(fluid[hi], fluid[lo], out=m[hi], casting="unsafe")
            self.free_faces.append(m)
        self._hierarchy: Any = None  # built on first use (see `hierarchy`), off the edit latency path
        self._step_terms_ready = False
        # flat indices into padded arrays for the cheap per-step diagnostics
        pshape = g.padded_shape
        self._intake_idx = {b: self._padded_index(ix) for b, ix in d.intake_cells.items()}
        ri, rj = np.nonzero(d.reserve_ground)
        self._reserve_idx = np.ravel_multi_index((ri + 1, rj + 1, np.ones_like(ri)), pshape)
        self._receptor_idx = {
            rid: (None if cell is None else int(np.ravel_multi_index((cell[0] + 1, cell[1] + 1, 1), pshape)))
            for rid, cell in d.receptor_cells.items()
        }

    def _padded_index(self, flat: np.ndarray) -> np.ndarray:
        """Flat indices into the interior ``(nx, ny, nz)`` array -> flat indices into the padded one."""
        g = self.grid
        i, j, k = np.unravel_index(flat, g.shape)
        return np.ravel_multi_index((i + 1, j + 1, k + 1), g.padded_shape)

    def _install_step_terms(self) -> None:
        """Wall-function, canopy, wall-mirror and mixing-length factors, sources and work arrays.

        Built at the first step after an edit (see :meth:`_install_domain`); a no-op while
        they are current.
        """
        if self._step_terms_ready:
            return
        d, g, s = self.domain, self.grid, self.settings
        dt_ = self.dtype
        shape = g.padded_shape
        if getattr(self, "_sl", None) is None or self._adv[0].shape != g.shape:
            self._pts = [np.zeros(g.shape, dtype=dt_) for _ in AXES]
            self._cell = [np.zeros(g.shape, dtype=dt_) for _ in AXES]
            self._adv = [np.zeros(g.shape, dtype=dt_) for _ in AXES]
            self._sl = SLWork.create(g.shape, dtype=dt_)
            self._u_prev = np.zeros(g.shape, dtype=dt_)
            self._buoy = np.zeros(g.shape, dtype=dt_)
            self._vel_heat = [np.zeros(shape, dtype=dt_) for _ in AXES]
        # no-slip of the horizontal eddy viscosity on building walls, at the wall faces
        self._walls_h = WallMirror.from_coefficients(solid_wall_coefficients(self.solid_padded, g.spacing, axes=(0, 1), dtype=dt_))
        # wall function (log law in the first cell above ground or a roof), implicit factor
        z1 = 0.5 * g.spacing[2]
        self.cd_wall = (KARMAN / math.log(z1 / s.z0_m)) ** 2 if z1 > s.z0_m else 0.0
        below_solid = np.zeros(g.shape, dtype=bool)
        below_solid[:, :, 0] = True
        below_solid[:, :, 1:] = d.solid[:, :, :-1]
        below_solid &= ~d.solid
        self.wall_cells = below_solid
        self._wall_face = []
        self._lad_face = []
        lad_p = np.zeros(g.padded_shape, dtype=dt_)
        lad_p[INT] = d.canopy_lad
        wall_p = pad_mask(below_solid)
        for a in (0, 1):
            lo = shift(a, -1)
            self._wall_face.append(((wall_p[INT] | wall_p[lo]).astype(dt_)) * self.free_faces[a][INT])
            self._lad_face.append(0.5 * (lad_p[INT] + lad_p[lo]))
        self._lad_face.append(0.5 * (lad_p[INT] + lad_p[shift(2, -1)]))
        # mixing length of the vertical eddy viscosity (Blackadar, wall distance based)
        kd = KARMAN * d.wall_distance
        self.mixing_length = (kd / (1.0 + kd / s.mixing_length_max_m)).astype(dt_)
        # horizontal mixing length: the grid scale (Smagorinsky) or, where larger, the
        # free-shear length of a plume rising from the ground, c z, never more than kappa d
        # (eddies are no larger than their distance to a wall)
        z = (np.arange(g.shape[2]) + 0.5) * g.spacing[2]
        plume = np.minimum(s.plume_mixing * z[None, None, :], kd)
        self.horizontal_length = np.maximum(plume, s.smagorinsky * g.spacing[0]).astype(dt_)
        self._heat_idx = {b: self._padded_index(ix) for b, ix in d.heat_cells.items()}
        canopy_flat = np.flatnonzero(d.canopy_lad > 0)
        self._et_idx = self._padded_index(canopy_flat)
        # each canopy column loses evapotranspiration_w_m2 spread over its canopy height
        col_cells = (d.canopy_lad > 0).sum(axis=2)
        ci, cj, _ = np.unravel_index(canopy_flat, g.shape)
        self._et_rate = (s.evapotranspiration_w_m2 / (RHO_AIR * CP_AIR * g.spacing[2] * np.maximum(col_cells[ci, cj], 1))).astype(dt_)
        self._fluid_cells = (~d.solid).astype(dt_)
        self._step_terms_ready = True

    def _init_fields(self) -> None:
        """Inflow profile everywhere (zero inside obstacles), still air elsewhere, ambient heat."""
        self.vel[0][:, 1:-1, 1:-1] = self.inflow_profile[None, None, :]
        self.vel[1][...] = 0.0
        self.vel[2][...] = 0.0
        for a in AXES:
            self.vel[a] *= self.free_faces[a]
        self.p[...] = 0.0
        self.temp[...] = 0.0
        self.budget = HeatBudget()
        self._snapshots = []

    # ------------------------------------------------------------------ inputs
    def set_heat(self, heat_mw: Mapping[str, float]) -> None:
        """Replace the heat released per building id (MW); unknown ids are ignored."""
        self.heat_mw = {k: float(v) for k, v in heat_mw.items()}

    def set_settings(self, settings: AirflowSettings) -> str:
        """Apply new settings as an edit: the field is kept (warm start), never thrown away.

        - a new wind direction, cell size or margins: a new grid, started from the current
          field rotated and interpolated onto it (:meth:`_warm_from`); returns ``"regrid"``.
          The first look is that interpolated field; the next step's projection makes it
          divergence-free around the newly rasterised obstacles (a global projection here
          would cost several times the 100 ms an edit may take).
        - a new wind speed: between two winds of at least ``SCALE_MIN_MS`` the field is
          scaled by the ratio of the speeds (exactly divergence-free, no projection needed);
          from or to calmer air the field is shifted by the change of the inflow profile at
          each height, which keeps the plumes, and projected.
        - a new air temperature changes only the buoyancy (the field is the excess over
          ambient). Returns ``"warm"`` for both.

        Raises
        ------
        GridTooLargeError
            When the new grid would exceed ``settings.max_cells``; nothing is changed then.
        """
        old, old_weather = self.settings, self.weather
        weather = Weather.resolve(self.campus, settings)
        regrid = old.grid_key() != settings.grid_key() or weather.wind_from_deg != old_weather.wind_from_deg
        plan = plan_grid(self.campus, settings, weather.wind_from_deg) if regrid or settings.max_cells != old.max_cells else None
        previous = self._sample_fields() if regrid else None
        self.settings, self.weather = settings, weather
        if regrid:
            self._build(cold=False, plan=plan, previous=previous)
            return "regrid"
        old_profile = self.inflow_profile
        self._bcs_for_weather()
        weather_only = replace(old, wind_from_deg=None, wind_speed_ms=None, ambient_c=None) == replace(
            settings, wind_from_deg=None, wind_speed_ms=None, ambient_c=None)
        if not weather_only:
            hierarchy = self._hierarchy
            self._install_domain()
            self._hierarchy = hierarchy  # same obstacles and side kinds: same pressure operator
        old_speed, new_speed = old_weather.wind_speed_ms, weather.wind_speed_ms
        if old_speed == new_speed:
            self._mark_first_look()
        elif min(old_speed, new_speed) >= SCALE_MIN_MS:
            for a in AXES:
                self.vel[a] *= self.dtype(new_speed / old_speed)
            apply_velocity_bcs(self.vel, self.bcs)
            self._mark_first_look()
        else:
            self._shift_inflow(old_profile)
            self.first_look()
        return "warm"

    def _shift_inflow(self, old_profile: np.ndarray) -> None:
        """Add the change of the inflow profile (per height) to the along-wind velocity."""
        delta = (self.inflow_profile - old_profile).astype(self.dtype)
        if np.any(delta):
            self.vel[0][:, 1:-1, 1:-1] += delta[None, None, :]
            self.vel[0] *= self.free_faces[0]

    def set_campus(self, campus: Campus) -> str:
        """Apply an edited layout; returns ``"warm"`` (fields kept) or ``"regrid"`` (new grid).

        The box follows the site (:func:`~twin.sim.airflow.domain.plan_grid`): while the site
        and the wind direction are unchanged the grid is kept and the old fields are reused
        with the new obstacles (a warm start), which is what makes the first look after an
        edit cheap. A new site (larger or smaller) gets a new grid started from the current
        field interpolated onto it.

        Raises
        ------
        GridTooLargeError
            When the new site would exceed the cell budget; nothing is changed then.
        """
        old_weather = self.weather
        weather = Weather.resolve(campus, self.settings)
        plan = plan_grid(campus, self.settings, weather.wind_from_deg)
        if weather.wind_from_deg != old_weather.wind_from_deg or plan[0] != self.grid or plan[1] != self.domain.frame:
            previous = self._sample_fields()
            self.campus, self.weather = campus, weather
            self._build(cold=False, plan=plan, previous=previous)
            return "regrid"
        self.campus, self.weather = campus, weather
        old_solid, old_hierarchy = self.domain.solid, self._hierarchy
        self.domain = self._domain_for(campus, self.grid, self.domain.frame)
        old_profile = self.inflow_profile
        self._bcs_for_weather()
        self._install_domain()
        if np.array_equal(old_solid, self.domain.solid):
            self._hierarchy = old_hierarchy  # same obstacles (a property edit): same pressure operator
        self._shift_inflow(old_profile)
        # faces freed by a removed/moved obstacle start from the inflow profile
        freed = old_solid & ~self.domain.solid
        if freed.any():
            fi = np.zeros(self.grid.padded_shape, dtype=bool)
            fi[INT] = freed
            prof = np.broadcast_to(self.inflow_profile[None, None, :], self.grid.shape)
            self.vel[0][INT] = np.where(fi[INT] | fi[shift(0, -1)], prof, self.vel[0][INT])
            self.temp[INT] = np.where(freed, 0.0, self.temp[INT])
        for a in AXES:
            self.vel[a] *= self.free_faces[a]
        # warm air in cells the new obstacles now fill leaves the account as "removed by edits"
        filled = self.domain.solid & ~old_solid
        if filled.any():
            removed = float(self.temp[INT][filled].sum(dtype=np.float64)) * RHO_AIR * CP_AIR * self.grid.cell_volume
            self.budget.removed_by_edits_j += removed
        self.temp[INT] *= ~self.domain.solid
        changed = old_solid != self.domain.solid
        if changed.any() and not self._local_first_look(changed):
            self.first_look()
        else:
            self._mark_first_look()
        return "warm"

    # ------------------------------------------------------------------ warm start on a new grid
    def _sample_fields(self) -> tuple:
        """The current field in a form :meth:`_warm_from` can put on another grid.

        Cell-centred ``u, v, w`` (solver frame) and temperature excess, with the grid and
        frame they belong to, and the wind speed it was made with. Obstacle cells carry zero
        velocity and no excess.
        """
        # the step's work arrays are free between steps: reusing them spares fresh memory
        # (first-touch page faults cost more than the arithmetic here)
        if self._step_terms_ready and self._cell[0].shape == self.grid.shape:
            cells = self._cell
        else:
            cells = [np.empty(self.grid.shape, dtype=self.dtype) for _ in AXES]
        velocity_at(None, self.vel, cells)
        temp = self._work if self._work.shape == self.grid.shape else np.empty(self.grid.shape, dtype=self.dtype)
        np.copyto(temp, self.temp[INT])
        np.copyto(temp, 0.0, where=self.domain.solid)
        return (self.grid, self.domain.frame, cells, temp, replace(self.budget), float(self.weather.wind_speed_ms))

    def _warm_from(self, previous: tuple) -> None:
        """Start the new grid from a field sampled on another grid (turned and/or resized).

        Each new cell centre is mapped to campus coordinates and then into the old solver
        frame; the old cell-centred fields are interpolated there (trilinear, see
        :class:`_ColumnInterpolator`), the horizontal velocity is turned from the old
        wind-aligned axes to the new ones, and face values are averages of the two cells they
        separate. Cells outside the old box start from the new inflow profile and ambient
        air. The heat account runs on; what the interpolation changes in the stored heat is
        booked in ``HeatBudget.removed_by_edits_j``.

        A new wind speed that comes with the turn is applied as :meth:`set_settings` applies
        it on the same grid: the old velocity scaled by the ratio of the speeds, or, below
        ``SCALE_MIN_MS``, the old inflow profile taken off along the old wind and the new one
        added along the new wind. (Carried over at the
        old speed, a 2 m/s field under a 5 m/s inflow is re-projected in the first step, its
        kinetic energy jumps fourfold whatever the step, and the guard rolled it back until
        the field was declared invalid.)
        """
        old_grid, old_frame, (cu, cv, cw), temp, budget, old_speed = previous
        g, frame = self.grid, self.domain.frame
        dt_ = self.dtype
        stored_before = float(temp.sum(dtype=np.float64)) * RHO_AIR * CP_AIR * old_grid.cell_volume
        xs, ys = np.meshgrid(g.centres(0), g.centres(1), indexing="ij")
        ex, ey = frame.to_campus(xs, ys)
        ox, oy = old_frame.to_solver(ex, ey)
        outside = ~((ox >= 0) & (ox <= old_grid.size[0]) & (oy >= 0) & (oy <= old_grid.size[1]))
        sample = _ColumnInterpolator(old_grid, ox, oy, g.centres(2))
        # turn the horizontal velocity from the old wind-aligned axes to the new ones: the
        # composite of old axes -> campus (east, north) -> new axes is one rotation, four scalars
        (ofx, ofy), (ocx, ocy) = old_frame.flow_unit, old_frame.cross_unit
        (fx, fy), (cx, cy) = frame.flow_unit, frame.cross_unit
        new_speed = float(self.weather.wind_speed_ms)
        scale, old_inflow = 1.0, None
        if new_speed != old_speed:
            if min(old_speed, new_speed) >= SCALE_MIN_MS:
                scale = new_speed / old_speed
            else:  # the old inflow (its log profile on the new levels) is taken off along the
                # old wind, before the turn, and the new one added along the new wind, after it
                old_inflow = self._log_profile(old_speed).astype(dt_)
        r_uu, r_uv = dt_(scale * (ofx * fx + ofy * fy)), dt_(scale * (ocx * fx + ocy * fy))
        r_vu, r_vv = dt_(scale * (ofx * cx + ofy * cy)), dt_(scale * (ocx * cx + ocy * cy))
        U, V, W = (v[INT] for v in self.vel)
        T = self.temp[INT]
        u_last = np.empty(g.shape[1:], dtype=dt_)
        # block by block (rows i0:i1 of new columns, see _ColumnInterpolator.blocks): cell values,
        # turned, then face values as the mean of the two cells each face separates; the
        # boundary faces take their cell's value (the side conditions then set the walls and
        # the outflow balance the last u face). Columns beyond the old box start from the new
        # inflow profile and ambient air.
        for i0, i1, (u1, v1, w1, t1) in sample.blocks([cu, cv, cw, temp]):
            out = outside[i0:i1]
            if old_inflow is not None:
                u1 = u1 - old_inflow
            u = u1 * r_uu
            u += v1 * r_uv
            v = u1 * r_vu
            v += v1 * r_vv
            if scale != 1.0:
                w1 *= dt_(scale)
            if old_inflow is not None:
                u += self.inflow_profile
            u[out] = self.inflow_profile
            v[out] = 0.0
            w1[out] = 0.0
            t1[out] = 0.0
            T[i0:i1] = t1
            # u faces: along x, across blocks (the previous block's last row is kept)
            U[i0] = u[0] if i0 == 0 else 0.5 * (u_last + u[0])
            np.add(u[:-1], u[1:], out=U[i0 + 1:i1])
            U[i0 + 1:i1] *= 0.5
            u_last[...] = u[-1]
            # v faces along y and w faces along z lie within the block
            Vb, Wb = V[i0:i1], W[i0:i1]
            Vb[:, 0] = v[:, 0]
            np.add(v[:, :-1], v[:, 1:], out=Vb[:, 1:])
            Vb[:, 1:] *= 0.5
            self.vel[1][1 + i0:1 + i1, -1, 1:-1] = v[:, -1]
            Wb[:, :, 0] = w1[:, :, 0]
            np.add(w1[:, :, :-1], w1[:, :, 1:], out=Wb[:, :, 1:])
            Wb[:, :, 1:] *= 0.5
            self.vel[2][1 + i0:1 + i1, 1:-1, -1] = w1[:, :, -1]
        self.vel[0][-1, 1:-1, 1:-1] = u_last
        np.copyto(T, 0.0, where=self.domain.solid)
        for a in AXES:
            self.vel[a] *= self.free_faces[a]
        fill_scalar_ghosts(self.temp, self.bcs)
        self.budget = budget
        self.budget.removed_by_edits_j += stored_before - self.heat_stored_j()

    def _local_first_look(self, changed: np.ndarray) -> bool:
        """Project only a box around the cells an edit changed; False if the box is too big.

        The warm field was divergence-free before the edit, so the divergence the new
        obstacles create sums to (nearly) zero over any box that contains them, and a
        Neumann (closed) box is a consistent local problem: the flow is re-routed around the
        new obstacles inside the box and nothing leaks out of it. Costs milliseconds instead
        of a global multigrid solve; the next full steps blend the box into the rest.
        """
        g = self.grid
        idx = np.nonzero(changed)
        margin = (8, 8, 4)
        lo, hi = [], []
        for a in AXES:
            n = g.shape[a]
            a0 = max(int(idx[a].min()) - margin[a], 0)
            a1 = min(int(idx[a].max()) + 1 + margin[a], n)
            # multigrid wants sizes divisible by 8: grow the box (inside the domain) to that
            size = min(n, 8 * math.ceil((a1 - a0) / 8))
            a0 = max(0, min(a0, n - size))
            lo.append(a0)
            hi.append(a0 + size)
        if np.prod([b - a for a, b in zip(lo, hi, strict=True)]) > 0.25 * g.cells:
            return False
        box = tuple(slice(l_, h_) for l_, h_ in zip(lo, hi, strict=True))
        pbox = tuple(slice(l_, h_ + 2) for l_, h_ in zip(lo, hi, strict=True))  # padded view
        vel = [v[pbox] for v in self.vel]
        sub_solid = self.domain.solid[box]
        closed = BoxBCs.uniform(Side("slip"))
        faces = open_face_masks(pad_mask(sub_solid), closed, dtype=self.dtype)
        hier = build_poisson_hierarchy(faces, g.spacing, (False, False, False))
        div = np.zeros(sub_solid.shape, dtype=self.dtype)
        K = self._k_now()  # the compiled kernels once ready: at 4 m this solve is most of an edit's cost
        K.divergence(vel, g.spacing, div)
        div *= -1.0
        phi = np.zeros(tuple(n + 2 for n in sub_solid.shape), dtype=self.dtype)
        K.solve_poisson(hier, div, phi, tol=1e-3, max_iter=20)
        K.subtract_gradient(vel, phi, 1.0, g.spacing, faces, np.zeros_like(div))
        self.first_look_box = (tuple(lo), tuple(hi))
        return True

    def _mark_first_look(self) -> None:
        """Reset the tier and the health bookkeeping after an edit; refresh the diagnostics.

        The last-good copies of the old layout cannot be restored onto the new one, so they
        are dropped; the first look itself becomes the first last-good copy at the start of
        the next step (off the edit's latency path).
        """
        self.tier = TIER_FIRST_LOOK
        self._heat_pending = None  # its velocity predates the edit
        self._history.clear()
        self._snapshots = []
        self.rollbacks_since_edit = 0
        self.consecutive_failures = 0
        self.invalid = False
        self.dt_scale = 1.0
        self._clean_steps = 0
        self._first_step = True  # the field is measured and the step chosen at the next step (off the edit path)
        self._update_diagnostics()

    # ------------------------------------------------------------------ stepping
    def first_look(self) -> None:
        """Project the current (warm or initial) field onto the current obstacles.

        A few multigrid-preconditioned CG iterations make the field divergence-free around
        the new obstacles: a potential-flow-like correction of the previous solution that is
        shown at once ("first look") while the full solution settles.
        """
        apply_velocity_bcs(self.vel, self.bcs)
        balance_outflow(self.vel, self.bcs, self.grid, self.free_faces)
        divergence(self.vel, self.grid.spacing, self._div)
        self._div *= -1.0
        # a velocity potential, not a pressure: solved from zero in its own array
        phi = np.zeros_like(self.p)
        solve_poisson(self.hierarchy, self._div, phi, tol=1e-2, max_iter=self.settings.first_look_iterations)
        subtract_gradient(self.vel, phi, 1.0, self.grid.spacing, self.open_faces, self._work)
        apply_velocity_bcs(self.vel, self.bcs)
        self.first_look_box = None
        self._mark_first_look()

    def step(self, interrupt: Callable[[], bool] | None = None) -> bool:
        """Advance one time step; returns False if the step did not complete.

        The step ``self.dt`` is chosen first from the limits of the current field
        (:meth:`time_step_limits`, times :attr:`dt_scale`). Never raises on a numerical
        blow-up: when :meth:`health` finds the new state unsound, everything is restored from
        the last good copy, the step is halved and the failure is recorded in
        :attr:`messages` (and issued as a :class:`~twin.sim.airflow.kernels.StabilityWarning`
        unless ``warn`` is False). After ``max_retries`` failures in a row the solver marks
        the field :attr:`invalid` and stops stepping until the next edit.

        Parameters
        ----------
        interrupt
            Polled between the phases of the step; when it returns True the step is
            abandoned (time does not advance). The fields are then part-way through the step,
            which is harmless because the caller is about to apply an edit whose first look
            re-projects them.
        """
        if self.invalid:
            return False
        if not self._step_terms_ready:
            self._install_step_terms()  # after an edit: the factors the first look did not need
            if interrupt is not None and interrupt():
                return False  # the next edit is already waiting (a dragged wind slider): apply it first
        if self._first_step:
            self._measure()
        if not self._snapshots:
            self._take_snapshot()
        self._choose_dt(first=self._first_step)
        self._first_step = False
        self._interrupt = interrupt
        before = self._kinetic
        try:
            with np.errstate(all="ignore"):
                self._advance(self.dt)
                self._measure()
            reason = self.health(self.dt, before)
        except _Interrupted:
            return False
        except (FloatingPointError, IndexError, ValueError, OverflowError) as exc:
            # NaN/inf velocities turn into invalid gather indices: a blow-up like any other
            reason = f"numerical error in the step ({type(exc).__name__})"
        if reason:
            self._recover(reason)
            return False
        self.time += self.dt
        self.steps += 1
        self._update_diagnostics()
        self._update_tier()
        self._clean_steps += 1
        if self._clean_steps >= self.settings.snapshot_every:
            self._clean_steps = 0
            # a clean stretch: the failure streak is over and the step may grow back
            self.consecutive_failures = 0
            self.dt_scale = min(1.0, self.dt_scale * 1.25)
            self._take_snapshot()
        return True

    # ------------------------------------------------------------------ time step and health
    def time_step_limits(self) -> dict[str, float]:
        """The longest step (s) each limit allows for the current field (see :class:`AirflowSettings`).

        ``advection``: ``cfl / max_a(max|u_a| / h_a)``; ``stratification``: ``buoyancy_c / N``
        with ``N^2 = g / T max(dT/dz)`` over w faces between fluid cells; ``plume``:
        ``plume_c sqrt(dz / b)`` with ``b = g max|T'| / T`` over the same faces (the buoyant
        acceleration actually applied); ``diffusion``: the explicit horizontal limit times
        ``diffusion_substeps_max`` at 0.8 per sub-step; ``ceiling``: ``dt_max_s`` (and
        ``dt_s`` when set), which binds only in calm air before any plume has formed.
        Limits that do not apply (no flow, no heat) are infinite.
        """
        s, g = self.settings, self.grid
        dx, dy, dz = g.spacing
        rate = max(self._rates)
        b_max, n2 = self._buoyancy_stats()
        self._buoyancy = (b_max, n2)
        diff_rate = self._nu_h_max * (2.0 / (dx * dx) + 2.0 / (dy * dy))
        return {
            "advection": s.cfl / rate if rate > 0 else math.inf,
            "stratification": s.buoyancy_c / math.sqrt(n2) if n2 > 0 else math.inf,
            "plume": s.plume_c * math.sqrt(dz / b_max) if b_max > 0 else math.inf,
            "diffusion": 0.8 * s.diffusion_substeps_max / diff_rate if diff_rate > 0 else math.inf,
            "ceiling": min(s.dt_max_s, s.dt_s if s.dt_s is not None else math.inf),
        }

    def _buoyancy_stats(self) -> tuple[float, float]:
        """Largest buoyant acceleration ``|b|`` (m/s2) and ``N^2`` (1/s2) on interior w faces between fluid cells."""
        mean_max, mean_min, grad_max = self._k_now().vertical_face_extremes(self.temp, self.free_faces[2])
        excess = max(mean_max, -mean_min, 0.0) * 0.5
        g_t = GRAVITY / self.t_abs
        return g_t * excess, g_t * max(grad_max, 0.0) / self.grid.spacing[2]

    def _choose_dt(self, first: bool = False) -> None:
        """Set :attr:`dt` from :meth:`time_step_limits`, :attr:`dt_scale` and the growth limit."""
        limits = self.time_step_limits()
        self.dt_limits = limits
        name = min(limits, key=limits.__getitem__)
        self.dt_limited_by = name
        dt = limits[name] * self.dt_scale
        if not first and dt > self.dt * self.settings.dt_growth:
            dt = self.dt * self.settings.dt_growth
            self.dt_limited_by = "growth"
        self.dt = dt

    def _measure(self) -> None:
        """Fastest velocity per axis over its spacing and mean kinetic energy of the current field.

        ``max`` propagates NaN, so a non-finite field shows as NaN here.
        """
        peaks, square_sum = self._k_now().velocity_extremes(self.vel)
        h = self.grid.spacing
        self._rates = (peaks[0] / h[0], peaks[1] / h[1], peaks[2] / h[2])
        self._kinetic = 0.5 * square_sum / self.grid.cells

    def health(self, dt: float, kinetic_before: float) -> str:
        """Why the state after a step of ``dt`` cannot be trusted ("" if it can).

        Judged from the state itself (see ``guard_*`` in :class:`AirflowSettings`): finite
        fields; the Courant number ``dt max_a(max|u_a| / h_a)`` of the new field at most
        ``guard_courant``; mean kinetic energy per unit mass at most ``guard_energy_growth``
        times ``kinetic_before`` plus ``guard_energy_floor``; the fastest face speed at most
        ``guard_speed_factor (U_top + sqrt(2 b_max H))``; temperature excess at most
        ``guard_temperature_k``.
        """
        s = self.settings
        rates, kinetic = self._rates, self._kinetic
        tmax = float(np.abs(self.temp[INT]).max())
        if not (all(math.isfinite(r) for r in rates) and math.isfinite(kinetic) and math.isfinite(tmax)):
            return "non-finite velocity or temperature"
        courant = dt * max(rates)
        if courant > s.guard_courant:
            return f"Courant number {courant:.1f} (limit {s.guard_courant:g})"
        if kinetic > s.guard_energy_growth * kinetic_before + s.guard_energy_floor:
            return f"kinetic energy grew from {kinetic_before:.3g} to {kinetic:.3g} m2/s2 in one step"
        speed = max(r * h for r, h in zip(rates, self.grid.spacing, strict=True))
        ceiling = s.guard_speed_factor * (self.u_top + math.sqrt(2.0 * self._buoyancy[0] * self.grid.size[2]))
        if speed > max(ceiling, 1.0):
            return f"speed {speed:.1f} m/s above the plausible {ceiling:.1f} m/s"
        if tmax > s.guard_temperature_k:
            return f"temperature excess {tmax:.0f} K"
        return ""

    def _take_snapshot(self) -> None:
        """Keep a last-good copy of the whole state (two are kept, newest last)."""
        pending = self._heat_pending
        if pending is not None:
            pdt, nu_h, nu_v, vel, nu_max = pending
            pending = (pdt, nu_h.copy(), nu_v.copy(), [v.copy() for v in vel], nu_max)
        snap = _Snapshot(
            vel=[v.copy() for v in self.vel], p=self.p.copy(), temp=self.temp.copy(), time=self.time,
            steps=self.steps, dt=self.dt, budget=replace(self.budget), heat_pending=pending, tier=self.tier,
            history=[(t, w, dict(r)) for t, w, r in self._history], intake_rise_k=dict(self.intake_rise_k),
            reserve_rise_k=self.reserve_rise_k, receptor_rise_k=dict(self.receptor_rise_k),
            mean_pedestrian_wind=self.mean_pedestrian_wind, rates=self._rates, kinetic=self._kinetic,
            nu_h_max=self._nu_h_max, last_crossings=self.last_crossings, diffusion_substeps=self.diffusion_substeps,
        )
        self._snapshots = [*self._snapshots[-1:], snap]

    def _recover(self, reason: str) -> None:
        """Roll back to the last good copy, halve the step; declare the field invalid after too many."""
        s = self.settings
        failed_at = self.time
        if self.consecutive_failures > 0 and len(self._snapshots) > 1:
            # the newest copy did not lead anywhere healthy: it may hold the seed; go further back
            self._snapshots.pop()
        snap = self._snapshots[-1]
        for a in AXES:
            np.copyto(self.vel[a], snap.vel[a])
        np.copyto(self.p, snap.p)
        np.copyto(self.temp, snap.temp)
        self.time, self.steps, self.dt = snap.time, snap.steps, snap.dt
        self.budget = replace(snap.budget)
        if snap.heat_pending is None:
            self._heat_pending = None
        else:
            pdt, nu_h, nu_v, vel, nu_max = snap.heat_pending
            for a in AXES:
                np.copyto(self._vel_heat[a], vel[a])
            self._heat_pending = (pdt, nu_h, nu_v, self._vel_heat, nu_max)
        self.tier = snap.tier
        self._history = [(t, w, dict(r)) for t, w, r in snap.history]
        self.intake_rise_k = dict(snap.intake_rise_k)
        self.reserve_rise_k = snap.reserve_rise_k
        self.receptor_rise_k = dict(snap.receptor_rise_k)
        self.mean_pedestrian_wind = snap.mean_pedestrian_wind
        self._rates, self._kinetic, self._nu_h_max = snap.rates, snap.kinetic, snap.nu_h_max
        self.last_crossings, self.diffusion_substeps = snap.last_crossings, snap.diffusion_substeps
        self._clean_steps = 0
        self.recoveries += 1
        self.rollbacks_since_edit += 1
        self.consecutive_failures += 1
        self.dt_scale *= 0.5
        if self.consecutive_failures > s.max_retries:
            self.invalid = True
            self.tier = TIER_SETTLING
            kind = "invalid"
            msg = tr("Airflow", "airflow field INVALID: {n} roll-backs in a row (last: {reason} at t={t:.0f} s); "
                                "the solver stopped. Change the wind, the layout or the resolution to restart it.").format(
                n=self.consecutive_failures, reason=reason, t=failed_at)
        else:
            kind = "rollback"
            msg = tr("Airflow", "airflow step rejected at t={t:.0f} s ({reason}); rolled back to the last good state "
                                "(t={t0:.0f} s) and retrying with a step of {dt:.2g} s").format(
                t=failed_at, reason=reason, t0=snap.time, dt=self._planned_dt())
        self.messages.append((kind, msg))
        if self.warn:
            warnings.warn(msg, StabilityWarning, stacklevel=3)

    def _planned_dt(self) -> float:
        limits = self.time_step_limits()
        return min(limits.values()) * self.dt_scale

    def _advance(self, dt: float) -> None:
        """One step: momentum of this step, pipelined with the heat transport of the last one.

        The heat equation of step n-1 (with the velocity, eddy viscosities and time step that
        step produced, kept in ``_heat_pending``) runs on a worker thread while the momentum
        of step n runs here; both finish before this returns, so the state is consistent
        between steps (temperature lags the velocity by one step). Numpy releases the GIL in
        its array loops, so with a free second core the step takes about the longer of the
        two halves instead of their sum. ``AirflowSettings.threads = 1`` runs them in turn.
        The compiled kernels spread every pass over both cores themselves, so on that backend
        the heat runs after the momentum (overlapping the two oversubscribed the cores: 4 m
        campus, 1147 ms a step overlapped against 910 ms in turn).
        """
        job = self._heat_pending
        self._heat_pending = None
        # kernels (numpy reference or compiled twins) chosen once per step: a switch lands here
        self._k = K = kernels_for(self.dtype)
        t = self.temp
        K.fill_scalar_ghosts(t, self.bcs)
        # buoyancy from the temperature before this step's heat update touches it
        K.buoyancy_source(t, 0.5 * dt * GRAVITY / self.t_abs, self._buoy)
        self._buoy_dt = dt  # the closure reads N^2 from it (see _eddy_viscosity)
        worker = None
        errors: list[BaseException] = []
        heat_times: dict[str, float] = {}
        if job is not None:
            if self.settings.threads > 1 and not getattr(K, "COMPILED", False):

                def run_heat() -> None:
                    t0 = time.perf_counter()
                    try:
                        self._advance_heat(*job)
                    except _Interrupted:
                        pass  # an edit is waiting; the step is abandoned anyway
                    except BaseException as exc:  # re-raised on this thread after the join
                        errors.append(exc)
                    key = "heat transport (worker thread, overlapped)"
                    heat_times[key] = heat_times.get(key, 0.0) + time.perf_counter() - t0

                worker = threading.Thread(target=run_heat, name="twin-airflow-heat", daemon=True)
                worker.start()
        try:
            nu_h, nu_v, self._nu_h_max = self._advance_momentum(dt)
        finally:
            if worker is not None:
                worker.join()
        if job is not None and worker is None:
            self._advance_heat(*job)
        for key, value in heat_times.items():
            self.phase_times[key] = self.phase_times.get(key, 0.0) + value
        if errors:
            raise errors[0]
        self._tick("heat transport (not overlapped)" if worker is None else None)
        for a in AXES:
            np.copyto(self._vel_heat[a], self.vel[a])
        self._heat_pending = (dt, nu_h, nu_v, self._vel_heat, self._nu_h_max)

    def _advance_momentum(self, dt: float) -> tuple[np.ndarray, np.ndarray, float]:
        """Momentum and pressure for one step; returns the eddy viscosities it used and the largest horizontal one."""
        g, s = self.grid, self.settings
        vel, bcs = self.vel, self.bcs
        dx, dy, dz = g.spacing
        K = self._k
        K.apply_velocity_bcs(vel, bcs)
        np.copyto(self._u_prev, vel[0][INT])
        self._tick(None)
        # --- eddy viscosities from the current field
        cell = K.velocity_at(None, vel, self._cell)
        nu_h, nu_v = self._eddy_viscosity(cell)
        self._tick("eddy viscosity")
        # --- semi-Lagrangian advection of the three components
        for a in AXES:
            self._checkpoint()
            K.advect_velocity_component(vel, a, dt, g.spacing, (False, False, False), self._adv[a], self._pts, self._sl)
        self._tick("momentum advection")
        self._checkpoint()
        # --- explicit horizontal diffusion (Smagorinsky) of the advected field (operator
        # splitting, stable by construction), sub-cycled when the explicit limit
        # nu dt (2/dx^2 + 2/dy^2) <= 1 would be broken, so strong winds stay stable without
        # clamping the eddy viscosity; building walls are no-slip on their faces (mirror terms)
        for a in AXES:
            K.store_masked(vel[a], self._adv[a], self.free_faces[a])
        nu_faces = [K.face_average(nu_h, a, self._scratch(f"nu_face{a}", g.shape)) for a in AXES]
        # the cell maximum of nu_h bounds its face averages: one reduction instead of three
        # (and the next step's diffusion limit reads it too)
        nu_max = float(nu_h.max())
        self.diffusion_substeps = K.diffuse_momentum_explicit(vel, nu_faces, dt, g.spacing, bcs, self.free_faces, self._walls_h, axes=(0, 1), nu_max=nu_max)
        self._tick("horizontal diffusion")
        # --- buoyancy (Boussinesq) on w faces, then implicit wall-function and canopy drag
        K.buoyancy_and_drag(vel, self._buoy, cell, self._lad_face, self._wall_face, dt * s.canopy_cd, dt * self.cd_wall / dz)
        self._tick("buoyancy and drag")
        # --- implicit vertical diffusion of u and v (mixing length)
        for a in (0, 1):
            K.diffuse_vertical_eddy(vel[a], nu_v, self.free_faces[a][INT], 0.5 * dt / (dz * dz), stagger=a)
        K.apply_masks(vel, self.free_faces)
        K.apply_velocity_bcs(vel, bcs)
        convective_outflow(vel, bcs, g, dt)
        balance_outflow(vel, bcs, g, self.free_faces)
        self._tick("vertical diffusion")
        self._checkpoint()
        # --- projection
        K.divergence(vel, g.spacing, self._div)
        self._div *= -1.0 / dt
        its, res = K.solve_poisson(self.hierarchy, self._div, self.p, tol=s.pressure_tol, max_iter=s.pressure_max_iter, interrupt=self._checkpoint)
        self.last_pressure = (its, res)
        K.subtract_gradient(vel, self.p, dt, g.spacing, self.open_faces, self._work)
        K.apply_velocity_bcs(vel, bcs)
        self._tick("pressure projection")
        return nu_h, nu_v, nu_max

    def _tick(self, phase: str | None) -> None:
        """Accumulate wall time of the phase that just ended (for ``twin bench``)."""
        now = time.perf_counter()
        if phase is not None:
            self.phase_times[phase] = self.phase_times.get(phase, 0.0) + now - self._t_phase
        self._t_phase = now

    def _checkpoint(self) -> None:
        if self._interrupt is not None and self._interrupt():
            raise _Interrupted

    def _advance_heat(self, dt: float, nu_h: np.ndarray, nu_v: np.ndarray, vel: list[np.ndarray], nu_max: float) -> None:
        """Heat: conservative transport with ``vel``, eddy diffusion, sources and sinks."""
        g, s = self.grid, self.settings
        t = self.temp
        out = np.zeros(6)
        order = (0, 1, 2) if self.steps % 2 == 0 else (2, 1, 0)
        K = self._k
        try:
            self.last_crossings = K.advect_scalar_ffsl(t, vel, dt, g.spacing, self.bcs, order=order, boundary_out=out, interrupt=self._checkpoint)
        finally:  # book what did leave even if an edit cut the step short
            self.budget.left_domain_j += float(out.sum()) * RHO_AIR * CP_AIR
        # face diffusivities nu_h / Pr_t in padded arrays whose ghosts (and z component) stay zero
        kappa = [self._scratch(f"kappa{a}", g.padded_shape, zero=True) for a in AXES]
        for a in (0, 1):
            K.face_average(nu_h, a, kappa[a][INT], 1.0 / s.prandtl_t)
        # the same explicit limit as for momentum (divided by Pr_t): sub-cycle when needed
        number = nu_max / s.prandtl_t * dt  # nu_max: the momentum step's reduction of this nu_h * sum(2.0 / g.spacing[a] ** 2 for a in (0, 1))
        nsub = max(1, math.ceil(number / 0.9))
        for sub in range(nsub):
            if sub > 0:
                K.fill_scalar_ghosts(t, self.bcs)
            K.diffuse_scalar_explicit(t, kappa, dt / nsub, g.spacing, self.open_faces, axes=(0, 1), warn=False)
        dz = g.spacing[2]
        K.diffuse_vertical_eddy(t, nu_v, self._fluid_cells, 0.5 * dt / (dz * dz), None, 1.0 / s.prandtl_t)
        flat = t.reshape(-1)
        vol = g.cell_volume
        injected = 0.0
        for bid, idx in self._heat_idx.items():
            q = self.heat_mw.get(bid, 0.0) * 1e6
            if q and idx.size:
                flat[idx] += dt * q / (RHO_AIR * CP_AIR * vol * idx.size)
                injected += q * dt
        et = 0.0
        if self._et_idx.size and s.evapotranspiration_w_m2:
            flat[self._et_idx] -= dt * self._et_rate
            et = float(self._et_rate.sum(dtype=np.float64)) * dt * RHO_AIR * CP_AIR * vol
        b = self.budget
        b.injected_j += injected
        b.evapotranspiration_j += et
        K.fill_scalar_ghosts(t, self.bcs)

    def heat_stored_j(self) -> float:
        """Heat in the air of the box above ambient (J)."""
        return float(self.temp[INT].sum(dtype=np.float64)) * RHO_AIR * CP_AIR * self.grid.cell_volume

    def reset_budget(self) -> None:
        """Start a new heat account from the current state."""
        stored = self.heat_stored_j()
        self.budget = HeatBudget(stored_start_j=stored, stored_j=stored)

    def _at_faces(self, q: np.ndarray, a: int) -> np.ndarray:
        """Interior cell array averaged to the faces of axis a (low face of each cell), a new array."""
        return self._k_now().face_average(q, a, np.empty_like(q))

    def _vertical_coeff(self, nu: np.ndarray, free: np.ndarray, dt: float) -> np.ndarray:
        """Diffusion numbers on the z faces of the unknowns, z-major ``(nz + 1, nx, ny)``
        (:func:`~twin.sim.airflow.kernels.vertical_coefficients`; the step itself fuses them
        into the vertical solve, :func:`~twin.sim.airflow.kernels.diffuse_vertical_eddy`).

        Zero at the ground (the wall function carries that stress), at the free-slip top and
        on faces touching an obstacle.
        """
        dz = self.grid.spacing[2]
        return vertical_coefficients(nu, free, 0.5 * dt / (dz * dz))

    def _k_now(self) -> Any:
        """The kernel namespace of the running step (the reference outside a step)."""
        return getattr(self, "_k", None) or kernels_for(self.dtype)

    def _scratch(self, name: str, shape: tuple[int, ...], zero: bool = False) -> np.ndarray:
        """A work array kept between steps (reallocated when the grid changes).

        ``zero``: allocated zero-filled (the caller writes only part of it, the rest must stay 0).
        """
        store = self.__dict__.setdefault("_scratch_arrays", {})
        arr = store.get(name)
        if arr is None or arr.shape != tuple(shape):
            arr = np.zeros(shape, dtype=self.dtype) if zero else np.empty(shape, dtype=self.dtype)
            store[name] = arr
        return arr

    def _eddy_viscosity(self, cell: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """Buoyancy-aware horizontal and vertical eddy viscosities at cell centres.

        See :func:`twin.sim.airflow.kernels.eddy_viscosity` for the closure: shear production
        (including the horizontal shear of w that makes a plume entrain) damped by stable
        stratification, ``l^2 sqrt(max(S^2 - N+^2 / Pr_t, 0))``, with the lengths of
        :meth:`_install_step_terms`. Validated on a plume in still air against Morton,
        Taylor & Turner (1956) (``twin validate``, :func:`~twin.sim.airflow.validation.campus_plume`).
        """
        K = self._k
        closure = getattr(K, "eddy_viscosity", None) or eddy_viscosity  # compiled twin when it has one
        return closure(self.vel, cell, self._buoy, self._buoy_dt, self.grid.spacing, self.horizontal_length, self.mixing_length, self.settings.prandtl_t)

    # ------------------------------------------------------------------ diagnostics
    def _update_diagnostics(self) -> None:
        flat = self.temp.reshape(-1)
        self.intake_rise_k = {b: (float(flat[idx].mean()) if idx.size else math.nan) for b, idx in self._intake_idx.items()}
        self.reserve_rise_k = float(flat[self._reserve_idx].mean()) if self._reserve_idx.size else math.nan
        self.receptor_rise_k = {r: (math.nan if i is None else float(flat[i])) for r, i in self._receptor_idx.items()}
        self.budget.stored_j = self.heat_stored_j()

    def _update_tier(self) -> None:
        """Classify the frame: settling until two consecutive windows agree (see settings)."""
        s = self.settings
        ped = self.pedestrian_wind()
        self.mean_pedestrian_wind = float(np.nanmean(ped))
        self._history.append((self.time, self.mean_pedestrian_wind, dict(self.intake_rise_k)))
        start = self._history[0][0] - self.dt  # state of the first look
        if self.time - start < 2.0 * s.settle_window_s - 1e-9:
            self.tier = TIER_SETTLING
            return
        # keep only two windows of history
        while self._history and self._history[0][0] <= self.time - 2.0 * s.settle_window_s:
            self._history.pop(0)
        mid = self.time - s.settle_window_s
        first = [h for h in self._history if h[0] <= mid]
        second = [h for h in self._history if h[0] > mid]
        if not first or not second:
            self.tier = TIER_SETTLING
            return

        def mean(rows: list, key: Any) -> float:
            return sum(key(r) for r in rows) / len(rows)

        wind1, wind2 = mean(first, lambda r: r[1]), mean(second, lambda r: r[1])
        ok = abs(wind2 - wind1) <= s.settle_wind_fraction * max(abs(wind2), 1e-6)
        for bid in self.intake_rise_k:
            if not ok:
                break
            a, b = mean(first, lambda r, k=bid: r[2][k]), mean(second, lambda r, k=bid: r[2][k])
            ok = abs(a - b) <= s.settle_intake_k
        # a run that had to be rolled back since the last edit is never called settled
        self.tier = TIER_SETTLED if ok and self.rollbacks_since_edit == 0 else TIER_SETTLING

    def pedestrian_wind(self) -> np.ndarray:
        """Wind speed (m/s) in the first cell above ground, ``(nx, ny)``, NaN under buildings."""
        u, v, w = self.vel
        uc = 0.5 * (u[1:-1, 1:-1, 1] + u[2:, 1:-1, 1])
        vc = 0.5 * (v[1:-1, 1:-1, 1] + v[1:-1, 2:, 1])
        spd = np.sqrt(uc * uc + vc * vc)
        spd[self.domain.solid[:, :, 0]] = np.nan
        return spd

    def cell_fields(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Cell-centred ``u, v, w`` (solver frame, m/s) and air temperature (C), each ``(nx, ny, nz)``.

        Obstacle cells hold NaN temperature and zero velocity.
        """
        out = [np.empty(self.grid.shape, dtype=self.dtype) for _ in AXES]
        velocity_at(None, self.vel, out)
        temp = self.temp[INT] + self.dtype(self.weather.ambient_c)
        temp[self.domain.solid] = np.nan
        return out[0], out[1], out[2], temp
