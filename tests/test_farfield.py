"""Far-field warm air: Briggs plume rise, Gaussian dispersion, heat conservation, stability classes."""

from __future__ import annotations

import math

import numpy as np
import pytest

from twin.sim.farfield.plume import (
    HeatSource,
    buoyancy_flux,
    plume_field,
    plume_rise,
    sigmas,
    solar_elevation_deg,
    stability_classes,
    stability_parameter,
)
from twin.sim.farfield.validation import heat_flux_through_plane, rows


def test_buoyancy_flux_of_briggs():
    # F = g Q / (pi rho cp T): 10 MW at 20 C
    assert buoyancy_flux(10e6, 20.0) == pytest.approx(9.81 * 10e6 / (math.pi * 1.2 * 1005.0 * 293.15))


@pytest.mark.parametrize("f", [5.0, 54.0, 56.0, 900.0])
def test_neutral_rise_against_briggs_1975(f):
    u = 4.0
    final = 38.71 * f**0.6 / u if f >= 55 else 21.425 * f**0.75 / u
    xf = 119 * f**0.4 if f >= 55 else 49 * f ** (5 / 8)
    assert plume_rise(f, u, 10 * xf, 3, 10.0) == pytest.approx(final)
    # 2/3 law before the final rise, continuous at x_f (to the rounding of the constants).
    x = 0.3 * xf
    assert plume_rise(f, u, x, 3, 10.0) == pytest.approx(1.6 * f ** (1 / 3) * x ** (2 / 3) / u)
    assert plume_rise(f, u, xf * 0.999, 3, 10.0) == pytest.approx(final, rel=2e-3)


def test_stable_rise_against_briggs_1975():
    f, u = 300.0, 3.0
    for cls, dthdz in ((4, 0.020), (5, 0.035)):
        s = 9.81 / 288.15 * dthdz
        assert stability_parameter(cls, 15.0) == pytest.approx(s)
        assert plume_rise(f, u, 1e5, cls, 15.0) == pytest.approx(2.6 * (f / (u * s)) ** (1 / 3))
    # more stable air caps the plume lower
    assert plume_rise(f, u, 1e5, 5, 15.0) < plume_rise(f, u, 1e5, 4, 15.0) < plume_rise(f, u, 1e5, 3, 15.0)


def test_sigmas_grow_and_order_by_stability():
    x = np.array([100.0, 1000.0])
    sy_a, sz_a = sigmas(x, np.array([0, 0]))
    sy_f, sz_f = sigmas(x, np.array([5, 5]))
    assert np.all(sy_a > sy_f) and np.all(sz_a > sz_f)
    sy_d, sz_d = sigmas(np.array([1000.0]), np.array([3]))
    assert sy_d[0] == pytest.approx(0.08 * 1000 / math.sqrt(1.1))
    assert sz_d[0] == pytest.approx(0.06 * 1000 / math.sqrt(2.5))


@pytest.mark.parametrize("cls", [1, 3, 5])
def test_heat_is_conserved_across_downwind_planes(cls):
    for x in (400.0, 1500.0):
        assert heat_flux_through_plane(cls, x) == pytest.approx(100.0, rel=5e-3)


def test_every_farfield_validation_row_passes():
    assert all(r.passed for r in rows())


def test_plume_upwind_is_zero_and_downwind_warms():
    src = HeatSource("h", 0.0, 0.0, 28.5, 7800.0, 24.0)
    pts = np.array([[0.0, 800.0, 2.0], [0.0, -800.0, 2.0]])  # north and south
    # wind from the south blows the plume north
    f = plume_field([src], np.array([[100.0]]), pts, np.array([15.0]), np.array([3.0]), np.array([180.0]), np.array([3]))
    assert f.delta_t[0, 0] > 0.0 and f.delta_t[0, 1] == 0.0
    assert f.downwind[0, 0] and not f.downwind[0, 1]
    assert f.plume_height[0, 0] > 28.5 and np.isnan(f.plume_height[0, 1])
    # twice the heat: twice the warming only if the plume rose the same (it rises higher: less than twice)
    f2 = plume_field([src], np.array([[200.0]]), pts, np.array([15.0]), np.array([3.0]), np.array([180.0]), np.array([3]))
    assert f.delta_t[0, 0] < f2.delta_t[0, 0] < 2 * f.delta_t[0, 0] + 1e-12


def test_stability_classes_from_wind_and_sun():
    t = np.array(["2025-06-21T12", "2025-06-21T01", "2025-12-21T12"], dtype="datetime64[h]")
    el = solar_elevation_deg(t, 50.33, 3.35)
    assert el[0] == pytest.approx(90 - 50.33 + 23.45, abs=3.0)  # solar noon near midsummer
    assert el[1] < 0 and 10 < el[2] < 20
    cls = stability_classes(np.array([1.5, 1.5, 8.0]), el)
    assert list(cls) == [0, 4, 3]  # A at midsummer noon in light wind, E at night (overcast), D in strong wind
    clear = stability_classes(np.array([1.5]), el[1:2], overcast_nights=False)
    assert clear[0] == 5


def test_far_field_fed_by_the_box_face_carries_the_face_heat():
    """Continuity: the virtual source on the solver box's outflow face carries the heat flux the
    face lets out, and its plume conserves it downwind (checked on a synthetic near field)."""
    from types import SimpleNamespace

    from twin.sim.airflow.grid import Grid, WindFrame
    from twin.sim.farfield.plume import CP_AIR, RHO_AIR
    from twin.sim.farfield.reserve import nested_far_field

    grid = Grid((40, 50, 20), (10.0, 10.0, 6.0))
    frame = WindFrame(270.0, (0.0, 0.0))  # wind from the west: solver x = east
    nx, ny, nz = grid.shape
    y = grid.centres(1)
    z = grid.centres(2)
    yy, zz = np.meshgrid(y, z, indexing="ij")
    blob = 2.0 * np.exp(-((yy - 250.0) ** 2) / (2 * 40.0**2) - ((zz - 50.0) ** 2) / (2 * 15.0**2))
    u = np.full(grid.shape, 4.0, dtype=np.float32)
    temp = np.full(grid.shape, 15.0, dtype=np.float32)
    temp[nx - 2] += blob.astype(np.float32)
    face_heat = float((RHO_AIR * CP_AIR * 4.0 * blob * 10.0 * 6.0).sum())
    flow = SimpleNamespace(
        cell_fields=lambda: (u, u * 0, u * 0, temp),
        grid=grid,
        weather=SimpleNamespace(ambient_c=15.0),
        heat_mw={"hall": face_heat / 1e6},
        domain=SimpleNamespace(frame=frame),
    )
    # A plane 1 km beyond the face, crosswind y and height z.
    x_plane = grid.centres(0)[nx - 2] + 1000.0
    ys = np.linspace(-2500.0, 3000.0, 551)
    zs = np.linspace(0.0, 2500.0, 501)
    Y, Z = np.meshgrid(ys, zs, indexing="ij")
    cx, cy = frame.to_campus(np.full(Y.size, x_plane), Y.ravel())
    pts = np.stack([cx, cy, Z.ravel()], axis=-1)
    out = nested_far_field(flow, pts, 4.0, 3, (0.0, 250.0))
    assert out["face"]["heat_mw"] == pytest.approx(face_heat / 1e6, abs=0.01)  # rounded for display
    assert out["face"]["face_share"] == pytest.approx(1.0, abs=1e-3)
    assert out["face"]["centroid_height_m"] == pytest.approx(50.0, abs=2.0)
    from twin.sim.farfield.plume import wind_at

    uu = float(wind_at(50.0, np.array([4.0]), np.array([3]))[0])
    dt = out["delta_t_k"].reshape(Y.shape)
    flux = RHO_AIR * CP_AIR * uu * np.trapezoid(np.trapezoid(dt, zs, axis=1), ys)
    assert flux == pytest.approx(face_heat, rel=0.01)
