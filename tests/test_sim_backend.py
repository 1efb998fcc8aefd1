"""The compiled solver backend agrees with the numpy reference to round-off.

Each compiled twin (:mod:`twin.sim.airflow.kernels_numba`) is run beside its numpy reference
(:mod:`twin.sim.airflow.kernels`) on the same random inputs, then the whole campus solver and
validation cases run on both backends. The twins replay the reference's float operations in
order, so elementwise kernels must agree bit for bit up to ``ULPS`` units in the last place;
whole runs (where float64 sums feed back into the fields through the pressure solve) must
agree within ``RUN_RTOL`` of each field's largest magnitude. A change to a numpy kernel
without the same change to its twin fails here.
"""

from __future__ import annotations

import numpy as np
import pytest

from twin.sim.airflow import backend  # noqa: E402

backend._set_cache_dir()  # before numba's first import: the JIT cache in the user's cache folder
numba = pytest.importorskip("numba")

from twin.sim.airflow import kernels as ref  # noqa: E402
from twin.sim.airflow.grid import AXES, Grid  # noqa: E402

ULPS = 4
"""Elementwise twins: at most 4 float32 ulps of the field's scale apart."""
RUN_RTOL = 1e-5
"""Whole runs: at most 1e-5 of each field's largest magnitude apart after the steps run (the
only possible differences are the summation order of float64 reductions, which reach the
fields through the CG step lengths cast to float32; on the development machine the 6 campus
steps came out bit-identical)."""


@pytest.fixture(scope="module")
def nb():
    """The compiled twins, compiled (or loaded from the user's cache) once for this module."""
    from twin.sim.airflow import kernels_numba

    kernels_numba.warm_up(np.float32)
    kernels_numba.warm_up(np.float64)
    return kernels_numba


def _close(a, b, ulps=ULPS):
    a, b = np.asarray(a), np.asarray(b)
    scale = max(float(np.abs(a).max()), 1e-30)
    tol = ulps * float(np.finfo(a.dtype).eps) * scale
    diff = float(np.abs(a - b).max())
    assert diff <= tol, f"max |numba - numpy| = {diff:.3g} > {tol:.3g} ({ulps} ulps of {scale:.3g})"


def _box(rng, shape=(12, 10, 8), dtype=np.float32):
    grid = Grid(shape, (8.0, 8.0, 5.0))
    bcs = ref.BoxBCs((
        ref.Side("inflow", inflow=3.0, scalar="upstream", scalar_value=0.0),
        ref.Side("outflow"),
        ref.Side("slip"),
        ref.Side("slip"),
        ref.Side("wall"),
        ref.Side("slip"),
    ))
    padded = grid.padded_shape
    vel = [(rng.standard_normal(padded) * 2.0 + (3.0 if a == 0 else 0.0)).astype(dtype) for a in AXES]
    return grid, bcs, vel


def test_every_twin_is_listed_and_has_a_reference(nb):
    for name in nb.TWINS:
        assert callable(getattr(nb, name)) and callable(getattr(ref, name)), name


def test_velocity_at_and_semi_lagrangian_match(nb):
    rng = np.random.default_rng(1)
    grid, bcs, vel = _box(rng)
    for stagger in (None, 0, 1, 2):
        a_pts = ref.velocity_at(stagger, vel, [np.zeros(grid.shape, np.float32) for _ in AXES])
        b_pts = nb.velocity_at(stagger, vel, [np.zeros(grid.shape, np.float32) for _ in AXES])
        for c in AXES:
            _close(a_pts[c], b_pts[c], 0)
        for periodic in ((False, False, False), (True, False, True)):
            q = vel[0] if stagger is None else vel[stagger]
            work = ref.SLWork.create(grid.shape)
            a = ref.advect_semi_lagrangian(q, stagger, a_pts, 3.0, grid.spacing, periodic, np.zeros(grid.shape, np.float32), work)
            b = nb.advect_semi_lagrangian(q, stagger, a_pts, 3.0, grid.spacing, periodic, np.zeros(grid.shape, np.float32), work)
            _close(a, b)


def test_semi_lagrangian_refuses_nan_instead_of_reading_outside(nb):
    rng = np.random.default_rng(2)
    grid, bcs, vel = _box(rng)
    pts = ref.velocity_at(0, vel, [np.zeros(grid.shape, np.float32) for _ in AXES])
    pts[1][3, 3, 3] = np.nan
    with pytest.raises(FloatingPointError):
        nb.advect_semi_lagrangian(vel[0], 0, pts, 3.0, grid.spacing, (False, False, False), np.zeros(grid.shape, np.float32), None)


@pytest.mark.parametrize("periodic", [False, True])
def test_ffsl_matches_with_boundary_account(nb, periodic):
    rng = np.random.default_rng(3)
    grid, bcs, vel = _box(rng)
    if periodic:
        bcs = ref.BoxBCs.uniform(ref.Side("periodic", scalar="periodic"))
    q0 = np.abs(rng.standard_normal(grid.padded_shape)).astype(np.float32)
    for order in ((0, 1, 2), (2, 1, 0)):
        qa, qb = q0.copy(), q0.copy()
        oa, ob = np.zeros(6), np.zeros(6)
        ca = ref.advect_scalar_ffsl(qa, vel, 4.0, grid.spacing, bcs, order=order, boundary_out=oa)
        cb = nb.advect_scalar_ffsl(qb, vel, 4.0, grid.spacing, bcs, order=order, boundary_out=ob)
        assert ca == cb
        _close(qa, qb)
        np.testing.assert_allclose(ob, oa, rtol=1e-9, atol=1e-9 * float(np.abs(oa).max()))


def test_diffusion_kernels_match(nb):
    rng = np.random.default_rng(4)
    grid, bcs, vel = _box(rng)
    q0 = rng.standard_normal(grid.padded_shape).astype(np.float32)
    kappa = [np.abs(rng.standard_normal(grid.padded_shape)).astype(np.float32) for _ in AXES]
    solid = np.zeros(grid.shape, dtype=bool)
    solid[4:7, 3:6, :3] = True
    sp = ref.pad_mask(solid)
    faces = ref.open_face_masks(sp, bcs)
    qa, qb = q0.copy(), q0.copy()
    na = ref.diffuse_scalar_explicit(qa, kappa, 2.0, grid.spacing, faces, axes=(0, 1), warn=False)
    nb_ = nb.diffuse_scalar_explicit(qb, kappa, 2.0, grid.spacing, faces, axes=(0, 1), warn=False)
    assert na == pytest.approx(nb_, rel=1e-12)
    _close(qa, qb)
    coeff = np.abs(rng.standard_normal((grid.shape[2] + 1, grid.shape[0], grid.shape[1]))).astype(np.float32)
    coeff[0] = 0.0
    qa, qb = q0.copy(), q0.copy()
    ref.implicit_vertical_diffusion(qa, coeff)
    nb.implicit_vertical_diffusion(qb, coeff)
    _close(qa, qb)
    walls = ref.WallMirror.from_coefficients(ref.solid_wall_coefficients(sp, grid.spacing, AXES, (False, False, False), dtype=np.float32))
    nu = [np.abs(rng.standard_normal(grid.shape)).astype(np.float32) * 4.0 for _ in AXES]
    va = [v.copy() for v in vel]
    vb = [v.copy() for v in vel]
    sa = ref.diffuse_momentum_explicit(va, nu, 4.0, grid.spacing, bcs, faces, walls, axes=(0, 1))
    sb = nb.diffuse_momentum_explicit(vb, nu, 4.0, grid.spacing, bcs, faces, walls, axes=(0, 1))
    assert sa == sb and sa > 1
    for a in AXES:
        _close(va[a], vb[a])


def test_projection_kernels_match(nb):
    rng = np.random.default_rng(6)
    grid, bcs, vel = _box(rng)
    solid = np.zeros(grid.shape, dtype=bool)
    solid[4:7, 3:6, :3] = True
    faces = ref.open_face_masks(ref.pad_mask(solid), bcs)
    a = ref.divergence(vel, grid.spacing, np.zeros(grid.shape, np.float32))
    b = nb.divergence(vel, grid.spacing, np.zeros(grid.shape, np.float32))
    _close(a, b, 0)
    p = rng.standard_normal(grid.padded_shape).astype(np.float32)
    va = [v.copy() for v in vel]
    vb = [v.copy() for v in vel]
    ref.subtract_gradient(va, p, 2.5, grid.spacing, faces, np.zeros(grid.shape, np.float32))
    nb.subtract_gradient(vb, p, 2.5, grid.spacing, faces, None)
    for c in AXES:
        _close(va[c], vb[c], 0)


@pytest.mark.parametrize("serial_below", [0, None])
def test_pressure_solve_matches(nb, monkeypatch, serial_below):
    if serial_below is not None:  # every level on the parallel kernels
        monkeypatch.setattr(nb, "SERIAL_BELOW", serial_below)
    rng = np.random.default_rng(5)
    grid, bcs, vel = _box(rng, shape=(16, 16, 8))
    solid = np.zeros(grid.shape, dtype=bool)
    solid[5:9, 4:8, :4] = True
    faces = ref.open_face_masks(ref.pad_mask(solid), bcs)
    rhs = rng.standard_normal(grid.shape).astype(np.float32)
    results = []
    for mod in (ref, nb):
        h = ref.build_poisson_hierarchy(faces, grid.spacing, (False, False, False))
        p = np.zeros(grid.padded_shape, np.float32)
        its, res = mod.solve_poisson(h, rhs, p, tol=1e-4, max_iter=30)
        results.append((its, res, p))
    (ia, ra, pa), (ib, rb, pb) = results
    assert ia == ib and rb <= 1e-4
    assert rb == pytest.approx(ra, rel=1e-3)
    _close(pa[ref.INT], pb[ref.INT], ulps=200)  # CG's float64 dot products summed in another order


def _with_backend(monkeypatch, module):
    import twin.sim.airflow.solver as solver

    monkeypatch.setattr(solver, "kernels_for", lambda dtype=None: module)


def _assert_runs_agree(fields_a, fields_b, label):
    for name, a in fields_a.items():
        b = fields_b[name]
        scale = max(float(np.abs(a).max()), 1e-12)
        diff = float(np.abs(a - b).max())
        assert diff <= RUN_RTOL * scale, f"{label}: {name} differs by {diff:.3g} (scale {scale:.3g}, tolerance {RUN_RTOL:g} of it)"


def _campus_solvers(nb, monkeypatch, steps):
    """The default campus at 16 m on the reference, then on the compiled kernels, each after ``steps`` steps."""
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.sim.airflow.domain import AirflowSettings
    from twin.sim.airflow.solver import CampusAirflow

    campus = load_layout(default_layout_path())
    settings = AirflowSettings(dx_m=16.0, threads=2)
    for mod in (ref, nb):
        _with_backend(monkeypatch, mod)
        s = CampusAirflow(campus, settings)
        for _ in range(steps):
            assert s.step()
        assert s._k_now() is mod  # what follows runs on this backend's kernels too
        yield campus, s


def _fields(s, *names):
    arrays = {"u": s.vel[0], "v": s.vel[1], "w": s.vel[2], "T": s.temp, "p": s.p}
    return {name: arrays[name].copy() for name in names}


def test_campus_steps_agree(nb, monkeypatch):
    runs = [(_fields(s, "u", "v", "w", "T", "p"), s.time, s.budget.left_domain_j) for _, s in _campus_solvers(nb, monkeypatch, 6)]
    (fa, ta, la), (fb, tb, lb) = runs
    assert ta == pytest.approx(tb, rel=1e-6)
    assert lb == pytest.approx(la, rel=1e-3, abs=1e-3 * abs(la) + 1.0)
    _assert_runs_agree(fa, fb, "default campus, 6 steps")


def test_edit_first_look_agrees(nb, monkeypatch):
    """A moved hall's first look (the local projection around it) on the compiled kernels."""
    runs = []
    for campus, s in _campus_solvers(nb, monkeypatch, 3):
        moved = campus.with_building(campus.building("dc2").translated(0.0, -30.0))
        assert s.set_campus(moved) == "warm" and s.first_look_box is not None
        runs.append(_fields(s, "u", "v", "w", "T"))
    _assert_runs_agree(runs[0], runs[1], "default campus, 3 steps then a hall moved 30 m")


def test_validation_boxflows_agree(nb, monkeypatch):
    from twin.sim.airflow.solver import BoxFlow

    def cavity_sl():
        wall, slip = ref.Side("wall"), ref.Side("slip")
        bcs = ref.BoxBCs((wall, wall, wall, ref.Side("wall", velocity=(1.0, 0.0, 0.0)), slip, slip))
        solid = np.zeros((16, 16, 1), dtype=bool)
        solid[6:9, 6:9, :] = True
        return BoxFlow(Grid((16, 16, 1), (1 / 16,) * 3), bcs, solid=solid, nu=1e-3, scalar=False, advection="semi_lagrangian")

    def poiseuille():
        per, wall, slip = ref.Side("periodic", scalar="periodic"), ref.Side("wall"), ref.Side("slip")
        return BoxFlow(Grid((8, 16, 1), (1 / 16,) * 3), ref.BoxBCs((per, per, wall, wall, slip, slip)), nu=0.1, body_force=(1.0, 0.0, 0.0), scalar=False)

    for label, make, dt in (("cavity with an obstacle, semi-Lagrangian", cavity_sl, 0.02), ("Poiseuille channel", poiseuille, 0.002)):
        fields = []
        for mod in (ref, nb):
            _with_backend(monkeypatch, mod)
            flow = make()
            for _ in range(20):
                flow.step(dt)
            fields.append({"u": flow.vel[0].copy(), "v": flow.vel[1].copy(), "p": flow.p.copy()})
        _assert_runs_agree(fields[0], fields[1], label)


def test_selector_starts_on_numpy_and_switches(nb, monkeypatch):
    seen = []
    monkeypatch.setattr(backend, "_S", backend._State())
    backend.add_listener(seen.append)
    assert backend.select_backend("numpy").active == "numpy"
    assert backend.kernels_for(np.float32) is ref
    st = backend.select_backend("numba", background=True)
    assert st.state in ("compiling", "ready")
    assert backend.wait_ready(600)
    assert backend.kernels_for(np.float32) is nb
    assert seen[-1].state == "ready" and seen[-1].active == "numba"
    with pytest.raises(ValueError):
        backend.select_backend("fortran")


def test_fused_momentum_advection_matches(nb):
    """One compiled pass (velocity interpolated at each point) equals velocity_at + advect_semi_lagrangian."""
    rng = np.random.default_rng(11)
    grid, bcs, vel = _box(rng)
    ref.apply_velocity_bcs(vel, bcs)
    for a in AXES:
        out_a = np.zeros(grid.shape, np.float32)
        out_b = np.zeros(grid.shape, np.float32)
        pts = [np.zeros(grid.shape, np.float32) for _ in AXES]
        work = ref.SLWork.create(grid.shape)
        ref.advect_velocity_component(vel, a, 2.5, grid.spacing, (False, False, False), out_a, pts, work)
        nb.advect_velocity_component(vel, a, 2.5, grid.spacing, (False, False, False), out_b, pts, work)
        _close(out_a, out_b, 0)
    bad = [v.copy() for v in vel]
    bad[1][3, 3, 3] = np.nan
    with pytest.raises(FloatingPointError):
        nb.advect_velocity_component(bad, 0, 2.5, grid.spacing, (False, False, False), out_b, pts, work)


def test_masks_face_averages_and_buoyancy_match(nb):
    rng = np.random.default_rng(12)
    grid, bcs, vel = _box(rng)
    mask = [(rng.random(grid.padded_shape) > 0.2).astype(np.float32) for _ in AXES]
    src = rng.standard_normal(grid.shape).astype(np.float32)
    for a in AXES:
        da, db = vel[a].copy(), vel[a].copy()
        ref.store_masked(da, src, mask[a])
        nb.store_masked(db, src, mask[a])
        _close(da, db, 0)
    va, vb = [v.copy() for v in vel], [v.copy() for v in vel]
    ref.apply_masks(va, mask)
    nb.apply_masks(vb, mask)
    for c in AXES:
        _close(va[c], vb[c], 0)
    nu = np.abs(rng.standard_normal(grid.shape)).astype(np.float32)
    for a in AXES:
        for scale in (None, 1.0 / 0.9):
            fa = ref.face_average(nu, a, np.empty_like(nu), scale)
            fb = nb.face_average(nu, a, np.empty_like(nu), scale)
            _close(fa, fb, 0)
            # into the interior view of a padded array, as the heat phase does
            ka, kb = np.zeros(grid.padded_shape, np.float32), np.zeros(grid.padded_shape, np.float32)
            ref.face_average(nu, a, ka[ref.INT], scale)
            nb.face_average(nu, a, kb[ref.INT], scale)
            _close(ka, kb, 0)
    t = rng.standard_normal(grid.padded_shape).astype(np.float32)
    _close(ref.buoyancy_source(t, 0.0123, np.empty(grid.shape, np.float32)), nb.buoyancy_source(t, 0.0123, np.empty(grid.shape, np.float32)), 0)


def test_buoyancy_and_drag_matches(nb):
    rng = np.random.default_rng(13)
    grid, bcs, vel = _box(rng)
    cell = ref.velocity_at(None, vel, [np.zeros(grid.shape, np.float32) for _ in AXES])
    lad = [np.where(rng.random(grid.shape) > 0.5, rng.random(grid.shape), 0.0).astype(np.float32) for _ in AXES]
    wall = [(rng.random(grid.shape) > 0.7).astype(np.float32) for _ in range(2)]
    buoy = (rng.standard_normal(grid.shape) * 0.01).astype(np.float32)
    va, vb = [v.copy() for v in vel], [v.copy() for v in vel]
    ref.buoyancy_and_drag(va, buoy, cell, lad, wall, 2.5 * 0.2, 2.5 * 0.05 / 5.0)
    nb.buoyancy_and_drag(vb, buoy, cell, lad, wall, 2.5 * 0.2, 2.5 * 0.05 / 5.0)
    for c in AXES:
        _close(va[c], vb[c], 0)


def test_fused_vertical_eddy_diffusion_matches(nb):
    """Coefficients computed inside the Thomas sweep equal vertical_coefficients + implicit_vertical_diffusion."""
    rng = np.random.default_rng(14)
    grid, bcs, vel = _box(rng)
    nu = (np.abs(rng.standard_normal(grid.shape)) * 5.0).astype(np.float32)
    free = [(rng.random(grid.padded_shape) > 0.1).astype(np.float32) for _ in AXES]
    fluid = (rng.random(grid.shape) > 0.1).astype(np.float32)
    for stagger, f, scale in ((0, free[0][ref.INT], None), (1, free[1][ref.INT], None), (None, fluid, 1.0 / 0.9)):
        qa, qb = vel[0].copy(), vel[0].copy()
        ref.diffuse_vertical_eddy(qa, nu, f, 0.5 * 2.5 / 25.0, stagger, scale)
        nb.diffuse_vertical_eddy(qb, nu, f, 0.5 * 2.5 / 25.0, stagger, scale)
        _close(qa, qb, 0)


@pytest.mark.parametrize("factor", [(2, 2, 2), (2, 2, 1), (1, 2, 1), (1, 1, 2), (2, 1, 3)])
@pytest.mark.parametrize("periodic", [(False, False, False), (True, False, True)])
def test_multigrid_transfers_match(nb, factor, periodic):
    rng = np.random.default_rng(15)
    fine = rng.standard_normal((8, 6, 6 if factor[2] != 3 else 3)).astype(np.float32)
    _close(ref.restrict_linear(fine, factor, periodic), nb.restrict_linear(fine, factor, periodic), 0)
    coarse = ref.restrict_linear(fine, factor, periodic)
    _close(ref.prolong_linear(coarse, factor, periodic), nb.prolong_linear(coarse, factor, periodic), 0)
    target_a = rng.standard_normal(fine.shape).astype(np.float32)
    target_b = target_a.copy()
    target_a += ref.prolong_linear(coarse, factor, periodic)
    nb._prolong_add(coarse, factor, periodic, target_b)
    _close(target_a, target_b, 0)


@pytest.mark.parametrize("z_sides", [("slip", "slip"), ("wall", "slip"), ("wall", "outflow")])
def test_boundary_ghosts_match(nb, z_sides):
    rng = np.random.default_rng(16)
    grid, _, vel = _box(rng)
    lo = ref.Side(z_sides[0], velocity=(0.7, -0.3, 0.0), scalar="dirichlet", scalar_value=1.5)
    hi = ref.Side(z_sides[1], scalar="neumann")
    bcs = ref.BoxBCs((ref.Side("inflow", inflow=3.0, scalar="upstream", scalar_value=0.25), ref.Side("outflow"),
                      ref.Side("wall", velocity=(0.2, 0.0, 0.1)), ref.Side("slip"), lo, hi))
    va, vb = [v.copy() for v in vel], [v.copy() for v in vel]
    ref.apply_velocity_bcs(va, bcs)
    nb.apply_velocity_bcs(vb, bcs)
    for c in AXES:
        _close(va[c], vb[c], 0)
    qa = rng.standard_normal(grid.padded_shape).astype(np.float32)
    qb = qa.copy()
    ref.fill_scalar_ghosts(qa, bcs)
    nb.fill_scalar_ghosts(qb, bcs)
    _close(qa, qb, 0)


@pytest.mark.parametrize("buoy_dt", [0.0, 2.5])
def test_eddy_viscosity_matches(nb, buoy_dt):
    """The buoyancy-aware closure (np.gradient edges, N^2 from the buoyancy increment) in one compiled pass."""
    rng = np.random.default_rng(17)
    grid, bcs, vel = _box(rng)
    cell = ref.velocity_at(None, vel, [np.zeros(grid.shape, np.float32) for _ in AXES])
    buoy = (rng.standard_normal(grid.shape) * 0.05).astype(np.float32)
    hl = (np.abs(rng.standard_normal(grid.shape)) * 3.0 + 1.6).astype(np.float32)
    vl = (np.abs(rng.standard_normal(grid.shape)) * 5.0).astype(np.float32)
    a = ref.eddy_viscosity(vel, cell, buoy, buoy_dt, grid.spacing, hl, vl, 0.9)
    b = nb.eddy_viscosity(vel, cell, buoy, buoy_dt, grid.spacing, hl, vl, 0.9)
    for x, y in zip(a, b, strict=True):
        _close(x, y, 0)


def test_field_statistics_match(nb):
    """The per-step statistics of the time step and the health check (NaN still shows)."""
    rng = np.random.default_rng(18)
    grid, bcs, vel = _box(rng)
    (pa, sa), (pb, sb) = ref.velocity_extremes(vel), nb.velocity_extremes(vel)
    assert pa == pb
    assert sb == pytest.approx(sa, rel=1e-5)  # float64 sum here, BLAS float32 dot there
    t = rng.standard_normal(grid.padded_shape).astype(np.float32)
    free = (rng.random(grid.padded_shape) > 0.3).astype(np.float32)
    assert ref.vertical_face_extremes(t, free) == nb.vertical_face_extremes(t, free)
    vel[1][4, 4, 4] = np.nan
    assert np.isnan(nb.velocity_extremes(vel)[0][1])
    t[5, 5, 5] = np.nan
    assert all(np.isnan(x) for x in nb.vertical_face_extremes(t, np.ones_like(t)))


def test_ffsl_refuses_a_non_finite_departure(nb):
    rng = np.random.default_rng(19)
    grid, bcs, vel = _box(rng)
    vel[0][4, 4, 4] = np.nan
    q = np.abs(rng.standard_normal(grid.padded_shape)).astype(np.float32)
    with pytest.raises(FloatingPointError):
        nb.advect_scalar_ffsl(q, vel, 4.0, grid.spacing, bcs)
