"""Rasterise a :class:`~twin.model.campus.Campus` onto the wind-aligned solver grid.

The campus is rotated so the wind blows along +x (see :class:`~twin.sim.airflow.grid.WindFrame`), a
box is drawn around the site (not the buildings: one dragged off site is a layout error and
does not stretch the grid) plus margins (more downwind, where plumes and wakes go), and each
building, its roof or yard heat-rejection equipment and the planted reserve are turned into
cell masks:

- obstacles: a cell is solid when its centre lies inside a footprint and below the top of the
  building (or equipment); any fluid pocket sealed off from the inflow is filled in, so the
  pressure equation has one connected fluid region;
- heat release: the first fluid layer above each equipment footprint (where the fans of dry
  coolers blow the warm air);
- intake: the fluid cells in a one-cell ring around the equipment, at the equipment's own
  height (where dry coolers draw air in); their mean temperature excess is the recirculation
  figure reported per building;
- reserve: the reserve outline up to the tree height, with a leaf-area density for canopy drag
  and an evapotranspiration heat sink;
- receptors: the ground-level cell under each receptor point, or ``None`` when it lies outside
  the box (the receptors of the default layout are 0.5-1.8 km away, beyond a campus-sized box).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from twin.model.campus import Campus, Placement, Polygon
from twin.sim.airflow.grid import Grid, WindFrame, cell_centres_campus

MG_MULTIPLE = 16
"""Plan cell counts are rounded up to a multiple of this so multigrid can coarsen 4 times
(the coarsest level, solved densely, then stays at a few hundred cells)."""


@dataclass(frozen=True)
class AirflowSettings:
    """Numerical and physical settings of the campus airflow solver.

    Weather fields left ``None`` are taken from the campus :class:`~twin.model.campus.Scenario`.
    Values marked *assumption* are modelling choices, not published figures.

    Attributes
    ----------
    dx_m, dz_m, height_m
        Horizontal and vertical cell size and the height of the box (metres).
    margin_upwind_m, margin_downwind_m, margin_side_m
        Distance from the campus to the inflow, outflow and side boundaries.
    z0_m
        Aerodynamic roughness length of the surroundings (assumption: 0.1 m, open farmland with
        hedges and scattered buildings), used by the inflow log law and the ground wall function.
    cfl, buoyancy_c, plume_c, diffusion_substeps_max, dt_s, dt_growth
        The time step is chosen before every step as the smallest of these limits, each from
        the *current* field (:meth:`~twin.sim.airflow.solver.CampusAirflow.time_step_limits`):

        - advective accuracy: ``dt <= cfl / max_a(max|u_a| / h_a)``, the Courant number of
          the fastest face velocity of the field (plumes and roof speed-ups, not the inflow)
          along each axis. Semi-Lagrangian momentum and flux-form semi-Lagrangian heat are
          stable at any Courant number; ``cfl`` (4.0) bounds their numerical diffusion.
          4.0 is the Courant number the earlier rule (3.5 on the *inflow* speed at the top)
          actually ran at on the default campus at 5 m/s (roof speed-ups reach 1.12 times
          that speed), so the default step, and the accuracy validated with it, are kept
          where the wind sets the step; what changes is that plumes in light wind now set
          it too.
        - stratification: ``dt <= buoyancy_c / N`` with the largest buoyancy frequency of the
          field, ``N^2 = g / T dT/dz`` over vertical faces between two fluid cells. Buoyancy is
          explicit and the temperature lags the momentum by one step, a forward-backward
          oscillator that is stable for ``N dt < 2``; ``buoyancy_c = 1.5`` keeps a margin.
        - plume acceleration: ``dt <= plume_c sqrt(dz / b)``, ``b = g dT / T`` the largest
          buoyant acceleration applied on a fluid face: a parcel accelerated from rest for one
          step moves ``b dt^2 / 2 <= plume_c^2 dz / 2`` (2 cells at ``plume_c = 2``). The
          documented overshoot (a 35 K plume blows up above ~10 s, ``b dt^2 ~ 24 dz``) is
          about 2.4 times this limit.
        - explicit horizontal diffusion: ``nu_h dt (2/dx^2 + 2/dy^2) <= 0.9 n`` with
          ``n = diffusion_substeps_max`` sub-steps (the diffusion is sub-cycled below that).

        ``dt_max_s`` (6 s: the step at which heat released in calm air, before any plume has
        formed, raises a cooler's outlet cell by some 20 K in one step) and ``dt_s``
        (optional) cap the step; ``dt_growth`` is the largest ratio between two consecutive
        steps (a step may shrink at once). After a roll-back the step is halved
        (see ``guard_*``).
    smagorinsky
        Smagorinsky constant of the horizontal eddy viscosity.
    mixing_length_max_m
        Asymptotic (Blackadar) mixing length of the vertical eddy viscosity.
    plume_mixing
        Free-shear mixing length of the horizontal eddy viscosity per metre of height,
        ``l_h = max(Cs dx, min(plume_mixing z, kappa d))``: a plume rising from near the ground
        is about ``0.1 z`` wide (Morton, Taylor & Turner 1956), and Prandtl's mixing length of
        a free shear flow scales with its width. Calibrated (0.07) on the calm-air plume of
        ``twin validate`` at the default 8 m cells, where it gives Morton, Taylor & Turner's
        exponents (w ~ z^-0.31, dT ~ z^-1.90 for -1/3 and -5/3); 0.05 and 0.06 let the
        temperature fall too fast (z^-2.12, z^-1.97), 0.1 entrains too much (top-hat alpha 0.29
        from dT against the laboratory's 0.12). See
        :func:`~twin.sim.airflow.validation.campus_plume` for the limits.
    prandtl_t
        Turbulent Prandtl number (eddy diffusivity of heat = eddy viscosity / this).
    canopy_cd, leaf_area_index, crown_area_m2
        Canopy drag coefficient, leaf area index of a closed canopy and crown area of one tree
        (assumptions: 0.2, 4 and 20 m2); the reserve's cover fraction is
        ``trees_per_ha * crown_area_m2 / 10 000`` capped at 1.
    evapotranspiration_w_m2
        Latent heat taken from the air over the reserve per m2 of plan area (assumption:
        40 W/m2, a modest summer-day mean for young broadleaf plantings; real values range
        from ~0 in winter to a few hundred W/m2 at noon in summer).
    scalar_scheme
        ``"muscl"`` (second order, limited) or ``"upwind"`` for the heat transport.
    pressure_tol, pressure_max_iter
        Stopping rule of the pressure solve per step: MG-PCG iterates until the relative
        residual is below ``pressure_tol``; ``pressure_max_iter`` is only a safety cap (warm
        started from the last pressure the solve takes 2 iterations a step at 4 m and 8 m once
        the flow has formed, up to 5 in the first steps).
    first_look_iterations
        MG-PCG iterations of the projection that produces the first look after an edit.
    guard_courant, guard_energy_growth, guard_energy_floor, guard_speed_factor, guard_temperature_k
        The health check after every step, from the state itself: a step is rolled back when
        any velocity or temperature is not finite; when the Courant number of the new field
        at the step just taken exceeds ``guard_courant`` (three times ``cfl``: the fastest
        velocity tripled within one step); when the mean kinetic energy per unit mass grew
        by more than ``guard_energy_growth`` times its value before the step plus
        ``guard_energy_floor`` (m2/s2); when the fastest speed exceeds ``guard_speed_factor``
        times the plausible ceiling ``U_top + sqrt(2 b_max H)`` (wind at the top of the box
        plus the free rise of the warmest air through the box height ``H``); or when a
        temperature excess beyond ``guard_temperature_k`` appears.
    snapshot_every, max_retries
        A last-good copy of the *whole* state is kept every ``snapshot_every`` healthy steps
        (two are kept; the first after an edit is the first look itself). A roll-back
        restores everything and halves the time step; after ``max_retries`` roll-backs in a
        row without a healthy snapshot between them the field is declared *invalid* and the
        solver stops until the next edit.
    max_cells
        Cell budget: a resolution or layout that needs more cells is refused with
        :class:`GridTooLargeError` (assumption: 1.2 M cells keeps the solver several times
        faster than real time on two laptop cores; the default grid has 0.44 M).
    threads
        2 runs the heat transport of the previous step on a worker thread while the momentum
        step runs (about 1.5x faster with a free second core); 1 runs them in turn.
    settle_window_s, settle_intake_k, settle_wind_fraction
        Settle criterion. Building wakes shed eddies, so the solution is statistically, not
        strictly, steady: a frame is *settled* when, over two consecutive windows of
        ``settle_window_s`` simulated seconds since the last edit, the window means of every
        intake rise differ by less than ``settle_intake_k`` K and the mean pedestrian wind
        speed by less than ``settle_wind_fraction`` of itself.
    """

    dx_m: float = 8.0
    dz_m: float = 5.0
    height_m: float = 120.0
    margin_upwind_m: float = 80.0
    margin_downwind_m: float = 220.0
    margin_side_m: float = 80.0
    wind_from_deg: float | None = None
    wind_speed_ms: float | None = None
    ambient_c: float | None = None
    z0_m: float = 0.1
    cfl: float = 4.0
    buoyancy_c: float = 1.5
    plume_c: float = 2.0
    diffusion_substeps_max: int = 4
    dt_s: float | None = None
    dt_max_s: float = 6.0
    dt_growth: float = 1.2
    smagorinsky: float = 0.2
    mixing_length_max_m: float = 20.0
    plume_mixing: float = 0.07
    prandtl_t: float = 0.9
    canopy_cd: float = 0.2
    leaf_area_index: float = 4.0
    crown_area_m2: float = 20.0
    evapotranspiration_w_m2: float = 40.0
    scalar_scheme: str = "muscl"
    pressure_tol: float = 1e-2
    pressure_max_iter: int = 30
    first_look_iterations: int = 2
    guard_courant: float = 12.0
    guard_energy_growth: float = 2.0
    guard_energy_floor: float = 0.125
    guard_speed_factor: float = 2.0
    guard_temperature_k: float = 200.0
    snapshot_every: int = 20
    max_retries: int = 5
    max_cells: int = 1_200_000
    threads: int = 2
    settle_window_s: float = 20.0
    settle_intake_k: float = 0.25
    settle_wind_fraction: float = 0.02

    def grid_key(self) -> tuple[float, ...]:
        """Settings that change the grid (a change means a cold restart)."""
        return (self.dx_m, self.dz_m, self.height_m, self.margin_upwind_m, self.margin_downwind_m, self.margin_side_m)


@dataclass(frozen=True)
class Weather:
    """The weather the solver runs in: wind from (deg), speed at 10 m (m/s), air temperature (C)."""

    wind_from_deg: float
    wind_speed_ms: float
    ambient_c: float

    @classmethod
    def resolve(cls, campus: Campus, settings: AirflowSettings) -> Weather:
        """Settings override the campus scenario field by field."""
        sc = campus.scenario
        return cls(
            wind_from_deg=sc.wind_from_deg if settings.wind_from_deg is None else settings.wind_from_deg,
            wind_speed_ms=sc.wind_speed_ms if settings.wind_speed_ms is None else settings.wind_speed_ms,
            ambient_c=sc.ambient_c if settings.ambient_c is None else settings.ambient_c,
        )


@dataclass
class CampusDomain:
    """The campus as cell masks on a wind-aligned grid (interior shapes, no ghosts).

    Attributes
    ----------
    grid, frame
        Grid geometry and the map between solver and campus coordinates.
    solid
        ``(nx, ny, nz)`` obstacle cells (buildings and their equipment).
    heat_cells, intake_cells
        Per building id with heat-rejection equipment: flat indices into the interior
        ``(nx, ny, nz)`` array of the heat-release and intake cells.
    canopy_lad
        ``(nx, ny, nz)`` leaf-area density (m2/m3), zero outside the reserve canopy.
    reserve_ground
        ``(nx, ny)`` columns of the reserve (ground level fluid).
    receptor_cells
        Receptor id -> ``(i, j)`` of its ground-level column, or ``None`` if outside the box.
    wall_distance
        ``(nx, ny, nz)`` distance of each cell centre to the nearest solid surface or ground (m);
        computed on first access (only the solver's step needs it, not an edit's first look).
    """

    grid: Grid
    frame: WindFrame
    solid: np.ndarray
    heat_cells: dict[str, np.ndarray]
    intake_cells: dict[str, np.ndarray]
    canopy_lad: np.ndarray
    reserve_ground: np.ndarray
    receptor_cells: dict[str, tuple[int, int] | None]
    core_bounds: tuple[float, float, float, float] = field(default=(0.0, 0.0, 0.0, 0.0))
    _wall_distance: np.ndarray | None = field(default=None, repr=False, compare=False)

    @property
    def wall_distance(self) -> np.ndarray:
        """Distance (m) of each cell centre to the nearest ground, roof or wall (see :func:`_wall_distance`)."""
        if self._wall_distance is None:
            self._wall_distance = _wall_distance(self.solid, self.grid)
        return self._wall_distance


def points_in_polygon(xs: np.ndarray, ys: np.ndarray, polygon: Polygon) -> np.ndarray:
    """Even-odd rule: boolean array, True where ``(xs, ys)`` lies inside ``polygon``."""
    inside = np.zeros(xs.shape, dtype=bool)
    n = len(polygon)
    for i in range(n):
        x0, y0 = polygon[i]
        x1, y1 = polygon[(i + 1) % n]
        if y0 == y1:
            continue
        crosses = (y0 > ys) != (y1 > ys)
        x_at = x0 + (ys - y0) * (x1 - x0) / (y1 - y0)
        inside ^= crosses & (xs < x_at)
    return inside


def _footprint_mask(xc: np.ndarray, yc: np.ndarray, polygon: Polygon, frame: WindFrame, grid: Grid) -> np.ndarray:
    """Columns whose centre is inside ``polygon``; at least the column under its centroid.

    Only the columns within the polygon's bounding box (in the solver frame, one cell of
    margin) are tested: a centre outside it cannot be inside, and a building covers a few
    hundred of the campus grid's ~20 000 columns.
    """
    mask = np.zeros(xc.shape, dtype=bool)
    sx, sy = frame.to_solver(np.array([q[0] for q in polygon]), np.array([q[1] for q in polygon]))
    hx, hy = grid.spacing[0], grid.spacing[1]
    i0, i1 = max(int(np.floor(sx.min() / hx)) - 1, 0), min(int(np.ceil(sx.max() / hx)) + 1, xc.shape[0])
    j0, j1 = max(int(np.floor(sy.min() / hy)) - 1, 0), min(int(np.ceil(sy.max() / hy)) + 1, xc.shape[1])
    if i0 < i1 and j0 < j1:
        mask[i0:i1, j0:j1] = points_in_polygon(xc[i0:i1, j0:j1], yc[i0:i1, j0:j1], polygon)
    if not mask.any():
        cx = sum(p[0] for p in polygon) / len(polygon)
        cy = sum(p[1] for p in polygon) / len(polygon)
        sx, sy = frame.to_solver(cx, cy)
        i, j = int(sx // grid.spacing[0]), int(sy // grid.spacing[1])
        if 0 <= i < grid.shape[0] and 0 <= j < grid.shape[1]:
            mask[i, j] = True
    return mask


def _layers(zc: np.ndarray, bottom: float, top: float) -> np.ndarray:
    """Cells whose centre lies in ``[bottom, top)``; at least the one containing the midpoint."""
    sel = (zc >= bottom) & (zc < top)
    if not sel.any() and top > bottom:
        dz = zc[1] - zc[0] if zc.size > 1 else 1.0
        k = min(int(((bottom + top) / 2) // dz), zc.size - 1)
        sel[k] = True
    return sel


class GridTooLargeError(ValueError):
    """The grid a resolution (or site) asks for exceeds the cell budget ``AirflowSettings.max_cells``."""


def campus_extent(campus: Campus, wind_from_deg: float) -> tuple[float, float, float, float]:
    """Bounds ``(xmin, xmax, ymin, ymax)`` of the site in a wind-aligned frame at the campus origin.

    The box follows the *site* (its boundary and the reserve), not the buildings: a building
    outside the site is a layout error reported by the model's validation, and must not drag
    the grid (and the cost of every step) after it. A building dragged off site therefore
    leaves the box unchanged; the part of it outside the box is simply not rasterised.
    """
    frame = WindFrame(wind_from_deg, (0.0, 0.0))
    pts: list[tuple[float, float]] = list(campus.site.boundary) + list(campus.reserve.boundary)
    xs, ys = frame.to_solver(np.array([p[0] for p in pts]), np.array([p[1] for p in pts]))
    return float(xs.min()), float(xs.max()), float(ys.min()), float(ys.max())


def plan_grid(campus: Campus, settings: AirflowSettings, wind_from_deg: float) -> tuple[Grid, WindFrame, tuple[float, float, float, float]]:
    """Choose the box for a campus and wind direction: grid, frame and the site bounds in it.

    Raises
    ------
    GridTooLargeError
        When the box would need more than ``settings.max_cells`` cells (the message says how
        many, and which cell size would fit).
    """
    from twin.core.i18n import tr

    xmin, xmax, ymin, ymax = campus_extent(campus, wind_from_deg)
    dx, dz = settings.dx_m, settings.dz_m

    def cells(length: float) -> int:
        return MG_MULTIPLE * math.ceil(length / dx / MG_MULTIPLE)

    nx = cells(xmax - xmin + settings.margin_upwind_m + settings.margin_downwind_m)
    ny = cells(ymax - ymin + 2 * settings.margin_side_m)
    nz = max(4, 4 * math.ceil(settings.height_m / dz / 4))
    if nx * ny * nz > settings.max_cells:
        # cells scale as 1 / (dx^2 dz): the smallest cell of the same aspect that fits
        fit = dx * (nx * ny * nz / settings.max_cells) ** (1.0 / 3.0)
        raise GridTooLargeError(
            tr("Airflow", "A {dx:g} m x {dz:g} m grid over this site needs {cells:,} cells, more than the budget of "
                          "{budget:,}; the solver would slow far below its usual speed. Choose cells of about "
                          "{fit:.0f} m or more (or raise max_cells).").format(
                dx=dx, dz=dz, cells=nx * ny * nz, budget=settings.max_cells, fit=math.ceil(fit))
        )
    # centre the campus across the wind; keep the chosen upwind margin
    x0 = xmin - settings.margin_upwind_m
    y0 = (ymin + ymax) / 2 - ny * dx / 2
    frame0 = WindFrame(wind_from_deg, (0.0, 0.0))
    ox, oy = frame0.to_campus(x0, y0)
    frame = WindFrame(wind_from_deg, (float(ox), float(oy)))
    grid = Grid((nx, ny, nz), (dx, dx, dz))
    bounds = (xmin - x0, xmax - x0, ymin - y0, ymax - y0)
    return grid, frame, bounds


def build_domain(campus: Campus, settings: AirflowSettings, grid: Grid, frame: WindFrame) -> CampusDomain:
    """Rasterise ``campus`` onto ``grid`` (see the module docstring for what each mask means)."""
    from scipy import ndimage

    nx, ny, nz = grid.shape
    xc, yc = cell_centres_campus(grid, frame)
    zc = grid.centres(2)
    solid = np.zeros(grid.shape, dtype=bool)
    equipment: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for b in campus.buildings:
        cols = _footprint_mask(xc, yc, b.footprint, frame, grid)
        solid[cols] |= _layers(zc, 0.0, b.height_m)[None, :]
        hr = b.heat_rejection
        if hr is None:
            continue
        base = b.height_m if hr.placement == Placement.ROOF else 0.0
        ecols = _footprint_mask(xc, yc, hr.footprint, frame, grid)
        elev = _layers(zc, base, base + hr.height_m)
        solid[ecols] |= elev[None, :]
        equipment[b.id] = (ecols, elev)
    # seal fluid pockets that the inflow cannot reach (e.g. a courtyard closed on all sides).
    # Only the levels up to one above the highest obstacle need labelling: that level is all
    # fluid and touches the inflow face, and every path to the air above passes through it.
    occupied = np.nonzero(solid.any(axis=(0, 1)))[0]
    if occupied.size:
        ktop = min(int(occupied[-1]) + 2, nz)
        labels, count = ndimage.label(~solid[:, :, :ktop])
        if count > 1:
            inflow_labels = np.unique(labels[0][labels[0] > 0])
            solid[:, :, :ktop] |= ~np.isin(labels, inflow_labels)
    heat_cells: dict[str, np.ndarray] = {}
    intake_cells: dict[str, np.ndarray] = {}
    for bid, (ecols, elev) in equipment.items():
        # first fluid cell above the equipment in each of its columns
        ii, jj = np.nonzero(ecols)
        top = np.nonzero(elev)[0].max()
        kk = np.full(ii.shape, min(top + 1, nz - 1))
        ok = ~solid[ii, jj, kk]
        heat_cells[bid] = np.ravel_multi_index((ii[ok], jj[ok], kk[ok]), grid.shape)
        # the 8-neighbour ring, in a box one cell around the equipment: a 3 x 3 dilation by
        # nine shifted ORs of the padded box (scipy's binary_dilation costs ~1 ms a call here)
        if not ii.size:  # equipment outside the box (a layout error): no intake cells
            intake_cells[bid] = np.zeros(0, dtype=np.intp)
            continue
        i0, j0 = int(ii.min()), int(jj.min())
        sub = np.zeros((int(ii.max()) - i0 + 5, int(jj.max()) - j0 + 5), dtype=bool)
        sub[ii - i0 + 2, jj - j0 + 2] = True
        grown = np.zeros_like(sub)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                grown[1:-1, 1:-1] |= sub[1 + di:sub.shape[0] - 1 + di, 1 + dj:sub.shape[1] - 1 + dj]
        ri, rj = np.nonzero(grown & ~sub)
        ri, rj = ri + i0 - 2, rj + j0 - 2
        keep = (ri >= 0) & (ri < nx) & (rj >= 0) & (rj < ny)
        ri, rj = ri[keep], rj[keep]
        levels = np.nonzero(elev)[0]
        ci = np.repeat(ri, levels.size)
        cj = np.repeat(rj, levels.size)
        ck = np.tile(levels, ri.size)
        ok = ~solid[ci, cj, ck]
        intake_cells[bid] = np.ravel_multi_index((ci[ok], cj[ok], ck[ok]), grid.shape)
    reserve = campus.reserve
    reserve_cols = points_in_polygon(xc, yc, reserve.boundary)
    cover = min(1.0, reserve.trees_per_ha * settings.crown_area_m2 / 10_000.0)
    lad = settings.leaf_area_index * cover / max(reserve.tree_height_m, 1e-6)
    canopy = np.zeros(grid.shape, dtype=np.float32)
    canopy[reserve_cols] = np.where(_layers(zc, 0.0, reserve.tree_height_m), lad, 0.0)[None, :]
    canopy[solid] = 0.0
    reserve_ground = reserve_cols & ~solid[:, :, 0]
    receptor_cells: dict[str, tuple[int, int] | None] = {}
    for r in campus.receptors:
        sx, sy = frame.to_solver(r.position[0], r.position[1])
        i, j = int(math.floor(float(sx) / grid.spacing[0])), int(math.floor(float(sy) / grid.spacing[1]))
        receptor_cells[r.id] = (i, j) if (0 <= i < nx and 0 <= j < ny and not solid[i, j, 0]) else None
    return CampusDomain(
        grid=grid,
        frame=frame,
        solid=solid,
        heat_cells=heat_cells,
        intake_cells=intake_cells,
        canopy_lad=canopy,
        reserve_ground=reserve_ground,
        receptor_cells=receptor_cells,
    )


def _wall_distance(solid: np.ndarray, grid: Grid) -> np.ndarray:
    """Approximate distance (m) of each cell centre to the nearest ground, roof or wall.

    The smaller of the height above the surface below (ground or roof) and the horizontal
    distance to the nearest obstacle at the same level (a 2-D distance transform per level:
    a few milliseconds, against tens for a full 3-D transform; good enough for a mixing length).
    """
    from scipy import ndimage

    nx, ny, nz = grid.shape
    dx, dy, dz = grid.spacing
    zc = grid.centres(2)
    # height of the surface below each cell: top of the highest solid cell under it
    solid_below = np.maximum.accumulate(np.where(solid, np.arange(1, nz + 1)[None, None, :], 0), axis=2)
    height = zc[None, None, :] - solid_below * dz
    out = height.astype(np.float32)
    for k in range(nz):
        level = solid[:, :, k]
        if level.any():
            d = ndimage.distance_transform_edt(~level, sampling=(dx, dy)) - 0.5 * dx
            np.minimum(out[:, :, k], np.maximum(d, 0.5 * dx), out=out[:, :, k])
    return np.maximum(out, 0.5 * dz)


def default_heat_mw(campus: Campus) -> dict[str, float]:
    """Heat released per building when no plant model drives the solver.

    Assumption: every building with heat-rejection equipment rejects its full IT capacity
    (cooling-plant losses and part load are left to the plant model that will replace this).
    """
    return {b.id: float(b.it_capacity_mw) for b in campus.buildings if b.heat_rejection is not None}
