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


@pytest.mark.parametrize("language", ["en", "fr"])
def test_intake_badges_are_not_hidden_behind_the_hall_labels_and_name_their_hall(language, qapp):
    """In the overview each hall's name label and its badge overlap; the badge the user asked
    for wins and carries the hall's name (it was hidden behind the label, so the overlay
    showed nothing). In French the wider badge of hall 2 met the reserve's label."""
    from twin.render.labels import display_name
    from twin.render.overlays import RecirculationBadges
    from twin.ui.i18n import language_manager

    manager = language_manager()
    assert manager.set_language(language)
    try:
        _check_intake_badges(display_name, RecirculationBadges)
    finally:
        manager.set_language("en")  # the rest of the suite reads English texts


def _check_intake_badges(display_name, RecirculationBadges):
    with offscreen_campus((1280, 720), camera="overview") as view:
        campus = view.scene.campus
        halls = campus.data_halls
        positions = {h.id: ((min(p[0] for p in h.footprint) + max(p[0] for p in h.footprint)) / 2,
                            min(p[1] for p in h.footprint) + 8.0, h.height_m + 3.0) for h in halls}
        names = {h.id: display_name(h.name) for h in halls}
        badges = RecirculationBadges(view.scene.layers)
        badges.update({h.id: 0.5 + i for i, h in enumerate(halls)}, positions, names)
        view.render()
        placer = view.scene.layers.placer
        shown = [b for b in badges.actors if placer.is_shown(b)]
        print("badges shown", len(shown), "of", len(badges.actors), [b.GetInput() for b in badges.actors])
        assert len(badges.actors) == len(halls) == 6
        assert len(shown) == len(halls)
        assert all(b.GetInput().startswith(names[h.id] + "\n") for b, h in zip(badges.actors, halls, strict=True))
        badges.set_greyed(True)
        assert all(b.GetInput().startswith(names[h.id] + "\n") and b.GetInput() != names[h.id] + "\n"
                   for b, h in zip(badges.actors, halls, strict=True))
        badges.remove()
