"""Field overlays drawn over the campus, checked by pixels on a synthetic field with known values."""

from __future__ import annotations

import numpy as np
import pytest

from tests.pixels import offscreen_campus, pixel_at
from twin.render.overlays import GridPlacement

pytestmark = pytest.mark.render


@pytest.fixture(scope="module")
def view():
    with offscreen_campus((800, 450)) as offscreen:
        yield offscreen


def project(view, x, y, z, image):
    return pixel_at(view, image, x, y, z)


def test_to_campus_rotates_counter_clockwise():
    placement = GridPlacement((0, 0, 0), (1, 1, 1), 90.0)
    x, y = placement.to_campus(np.array([1.0]), np.array([0.0]))
    assert (x[0], y[0]) == pytest.approx((0.0, 1.0))


def test_temperature_slice_colours_warm_air_and_can_be_hidden(view):
    from twin.render.overlays import TemperatureSlice

    # A rotated 40 x 40 x 4 grid of 10 m cells: 6 K in its east half (grid frame), 0 K elsewhere.
    placement = GridPlacement((-195.0, -195.0, 5.0), (10.0, 10.0, 10.0), 30.0)
    rise = np.zeros((40, 40, 4), dtype=np.float32)
    rise[20:, :, :] = 6.0
    overlay = TemperatureSlice(view.renderer)
    overlay.height_m = 5.0
    overlay.update(rise, placement)
    image = view.render()
    # A grid point in the hot half, mapped to the campus frame, over open ground (south of the halls).
    hot_x, hot_y = placement.to_campus(np.array([150.0]), np.array([-150.0]))
    cold_x, cold_y = placement.to_campus(np.array([-100.0]), np.array([-150.0]))
    hot = project(view, hot_x[0], hot_y[0], 5.0, image)
    cold = project(view, cold_x[0], cold_y[0], 5.0, image)
    print("hot", hot, "cold", cold)
    assert hot[0] > hot[2] + 80  # deep red
    overlay.set_visible(False)
    hidden = project(view, hot_x[0], hot_y[0], 5.0, view.render())
    assert not hidden[0] > hidden[2] + 80
    overlay.remove()


def test_plume_surface_and_wind_arrows_appear(view):
    from twin.render.overlays import PlumeSurface, WindArrows

    placement = GridPlacement((-395.0, -395.0, 2.5), (10.0, 10.0, 5.0), 0.0)
    x = placement.origin[0] + np.arange(80) * 10.0
    z = 2.5 + np.arange(20) * 5.0
    X, Y, Z = np.meshgrid(x, x, z, indexing="ij")
    # Centred over open ground between the halls and the plant buildings, clear of any label.
    rise = 5.0 * np.exp(-((X - 150.0) ** 2 + (Y + 100.0) ** 2) / (2 * 60.0**2) - (Z - 40.0) ** 2 / (2 * 20.0**2))
    bare = project(view, 150.0, -100.0, 90.0, view.render())
    plume = PlumeSurface(view.renderer)
    plume.update(rise, placement)
    before = view.render()
    centre = project(view, 150.0, -100.0, 90.0, before)
    print("plume", centre, "without", bare)
    # A pale veil, not smoke: it changes the picture, lightens or keeps it light, warm-tinted.
    assert np.abs(centre.astype(int) - bare.astype(int)).sum() > 12
    assert centre.min() > 150 and centre[0] >= centre[2]
    assert "m high" in plume.legend.GetInput() and 40 < plume.top_m < 100
    plume.remove()
    arrows = WindArrows(view.renderer)
    arrows.update(np.full_like(rise, 5.0), np.zeros_like(rise), placement)
    with_arrows = view.render()
    arrows.remove()
    without = view.render()
    changed = np.abs(with_arrows.astype(int) - without.astype(int)).sum(axis=2) > 60
    print("pixels changed by arrows", changed.mean())
    assert 0.01 < changed.mean() < 0.5
