"""Offscreen rendering, checked by sampling pixels where known things project."""

from __future__ import annotations

import numpy as np
import pytest

from tests.pixels import offscreen_campus, pixel_at

pytestmark = pytest.mark.render


@pytest.fixture(scope="module")
def view():
    with offscreen_campus((960, 540)) as offscreen:
        yield offscreen


def is_neutral_light(rgb):
    return rgb.min() > 170 and rgb.max() - rgb.min() < 40


def test_top_view_shows_buildings_reserve_and_pipes(view):
    view.scene.apply_camera("top")
    image = view.render()
    hall = view.scene.campus.building("dc2")
    x0 = min(p[0] for p in hall.footprint)
    y0 = min(p[1] for p in hall.footprint)
    roof_edge = pixel_at(view, image, x0 + 4.0, y0 + 4.0, hall.height_m)  # roof, outside the coolers
    cx, cy = hall.centroid
    coolers = pixel_at(view, image, cx + 45.0, cy - 20.0, hall.height_m + hall.heat_rejection.height_m)
    print("roof edge", roof_edge, "coolers", coolers)
    assert is_neutral_light(roof_edge)
    assert coolers.max() < 160 and coolers.max() - coolers.min() < 30  # grey dry coolers

    reserve_point = (-270.0, 100.0)  # in the west band of the reserve
    green = pixel_at(view, image, *reserve_point, 0.0)
    print("reserve", green)
    assert green[1] > green[0] + 15 and green[1] > green[2] + 15

    supply = pixel_at(view, image, 0.0, 78.0, 6.0)
    ret = pixel_at(view, image, 0.0, 72.0, 6.0)
    print("supply", supply, "return", ret)
    assert supply[0] > supply[2] + 60  # red
    assert ret[2] > ret[0] + 60  # blue


def test_selection_highlights_the_building(view):
    view.scene.apply_camera("top")
    hall = view.scene.campus.building("dc4")
    x0 = min(p[0] for p in hall.footprint)
    y0 = min(p[1] for p in hall.footprint)
    before = pixel_at(view, view.render(), x0 + 4.0, y0 + 4.0, hall.height_m)
    view.scene.select("dc4")
    after = pixel_at(view, view.render(), x0 + 4.0, y0 + 4.0, hall.height_m)
    view.scene.select(None)
    print("before", before, "after", after)
    assert is_neutral_light(before)
    assert after[0] > after[2] + 60  # amber


def test_eye_level_view_has_sky_above_and_ground_below(view):
    view.scene.apply_camera("escaudain")
    image = view.render()
    sky = image[5, image.shape[1] - 5].astype(int)  # top right: clear of the title caption
    ground = image[-5, image.shape[1] // 2].astype(int)
    print("sky", sky, "ground", ground)
    assert sky[2] > sky[0] + 15  # bluish
    assert abs(int(ground[2]) - int(sky[2])) > 30
    # Labels are hidden at eye level: no white label boxes in the middle band.
    band = image[image.shape[0] // 3 : image.shape[0] // 2]
    assert (band.min(axis=2) > 250).mean() < 0.001


def test_pick_returns_building_under_pixel(view):
    view.scene.apply_camera("top")
    view.render()
    hall = view.scene.campus.building("dc5")
    renderer = view.renderer
    cx, cy = hall.centroid
    renderer.SetWorldPoint(cx + 45.0, cy - 20.0, hall.height_m, 1.0)
    renderer.WorldToDisplay()
    x, y, _ = renderer.GetDisplayPoint()
    assert view.scene.pick(int(x), int(y)) == "dc5"
    assert view.scene.pick(5, 5) is None


def test_moving_a_building_moves_its_pixels(view, campus):
    from twin.model.document import move_building_command

    view.scene.apply_camera("top")
    hall = campus.building("dc6")
    x0 = min(p[0] for p in hall.footprint)
    y0 = min(p[1] for p in hall.footprint)
    before = pixel_at(view, view.render(), x0 + 4.0, y0 + 4.0, hall.height_m)
    view.scene.set_campus(move_building_command(campus, "dc6", 0.0, 60.0).after)
    after = pixel_at(view, view.render(), x0 + 4.0, y0 + 4.0, hall.height_m)
    view.scene.set_campus(campus)
    print("before", before, "after", after)
    assert not np.array_equal(before, after)


def test_snapshot_writes_png(tmp_path, campus):
    from twin.render.snapshot import render_snapshot

    out = tmp_path / "campus.png"
    image = render_snapshot(campus, out, "overview", (640, 360))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.shape == (360, 640, 3)
    assert image.std() > 20  # a scene, not a flat colour
