"""What the render speed work relies on, checked functionally (no timed assertion: see ``twin bench --render``).

The trees' level of detail follows the camera and keeps every tree; the temperature slice
leaves out only what draws nothing; the viewport skips a requested frame when nothing changed
and draws one as soon as something did; the benchmark's layer switch hides and restores layers.
"""

from __future__ import annotations

import numpy as np
import pytest

from tests.pixels import offscreen_campus

pytestmark = pytest.mark.render


@pytest.fixture(scope="module")
def view():
    with offscreen_campus((640, 360), camera="overview") as offscreen:
        yield offscreen


def _tree_green(image: np.ndarray) -> np.ndarray:
    """Pixels of the crowns' green (TREE_CROWN is a mid green: green well above red and blue)."""
    r, g, b = (image[..., c].astype(int) for c in range(3))
    return (g - r > 25) & (g - b > 25)


def test_trees_switch_level_with_camera_distance_and_keep_every_tree(view):
    from twin.render.trees import NEAR_DISTANCE_M

    trees = view.scene._reserve.trees
    view.aim("overview")
    far_image = view.render()
    assert trees.level == "far" and trees.distance_to_camera() > NEAR_DISTANCE_M
    assert trees.far_crowns.GetVisibility() and not trees.crowns.GetVisibility() and not trees.trunks.GetVisibility()
    # The same trees at both levels: one crown per standing tree.
    assert trees.far_crowns.GetMapper().GetInput().GetNumberOfPoints() == trees.crowns.GetMapper().GetInput().GetNumberOfPoints() == trees.count
    trees.lod = False
    near_image = view.render()
    assert trees.level == "near" and trees.trunks.GetVisibility() and not trees.far_crowns.GetVisibility()
    trees.lod = True
    # From the overview the simpler crowns cover the same ground: green area within 10 %.
    far_green, near_green = _tree_green(far_image).sum(), _tree_green(near_image).sum()
    assert near_green > 2000
    assert abs(far_green - near_green) < 0.1 * near_green

    # Close to the trees (standing at the reserve's edge) the detailed trees come back.
    x0, x1, y0, y1, _, top = trees._box
    camera = view.renderer.GetActiveCamera()
    camera.SetPosition(x0 - 20.0, (y0 + y1) / 2, 1.7)
    camera.SetFocalPoint((x0 + x1) / 2, (y0 + y1) / 2, 5.0)
    camera.SetViewUp(0.0, 0.0, 1.0)
    view.renderer.ResetCameraClippingRange()
    view.render()
    assert trees.level == "near" and trees.crowns.GetVisibility() and trees.trunks.GetVisibility()
    view.aim("overview")
    view.render()
    assert trees.level == "far"


def test_hidden_trees_stay_hidden_whatever_the_level(view):
    trees = view.scene._reserve.trees
    trees.set_visible(False)
    try:
        view.render()
        assert not any(actor.GetVisibility() for actor in trees.actors)
    finally:
        trees.set_visible(True)
    view.render()
    assert trees.far_crowns.GetVisibility()


def test_transparent_edge_of_the_heat_table():
    from twin.render.overlays import TEMPERATURE_RANGE_K, heat_lookup_table, transparent_below

    table = heat_lookup_table()
    cutoff = transparent_below(table)
    lo, hi = TEMPERATURE_RANGE_K
    assert lo < cutoff < 0.5
    rgba = [0.0, 0.0, 0.0, 0.0]
    table.GetColor(cutoff - 1e-4, rgba[:3])
    assert table.GetOpacity(cutoff - 1e-4) == 0.0 and table.GetOpacity(cutoff + 1e-4) > 0.0
    assert transparent_below(heat_lookup_table(opacity_floor=0.2)) == -np.inf


def test_slice_leaves_out_only_cells_that_draw_nothing(view):
    """The trimmed temperature slice draws the same pixels as the whole slice."""
    from twin.render.overlays import (
        GridPlacement,
        TemperatureSlice,
        _image,
        transparent_below,
        visible_cells_surface,
    )

    rng = np.random.default_rng(3)
    rise = np.zeros((40, 30, 3), dtype=np.float32)
    rise[10:18, 5:25, 1] = 4.0
    rise[25, 12, 1] = np.nan  # a solid cell: no field
    rise[30:34, 3:6, 1] = rng.uniform(0.0, 0.3, (4, 3))  # around the transparent edge
    placement = GridPlacement((-200.0, -150.0, 2.5), (10.0, 10.0, 5.0), 25.0)
    overlay = TemperatureSlice(view.scene.layers)
    overlay.height_m = 7.5
    try:
        overlay.update(rise, placement)
        actor = overlay.actors[0]
        trimmed = actor.GetMapper().GetInput()
        keep: list = []  # the image's scalars are a view of this array: it must outlive the render
        image = _image(rise[:, :, 1:2], GridPlacement((-200.0, -150.0, 7.5), (10.0, 10.0, 5.0), 25.0), "rise", keep)
        whole = visible_cells_surface(image, -np.inf)
        assert whole.GetNumberOfCells() == 39 * 29
        # Cells with a corner at or above the edge: the 4.0 K block grown by one cell, plus a few.
        assert 9 * 21 <= trimmed.GetNumberOfCells() < 0.3 * whole.GetNumberOfCells()
        cutoff = transparent_below(overlay.table)
        assert trimmed.GetNumberOfCells() == visible_cells_surface(image, cutoff).GetNumberOfCells()
        view.aim("top")

        def settled():  # labels are placed from the previous frame's layout: draw twice
            view.render()
            return view.render().astype(int)

        with_trimmed = settled()
        actor.GetMapper().SetInputData(whole)
        with_whole = settled()
        assert np.abs(with_trimmed - with_whole).max() <= 2
        # and the slice did draw something
        overlay.set_visible(False)
        without = settled()
        assert (np.abs(with_trimmed - without).max(axis=2) > 30).sum() > 500
    finally:
        overlay.remove()
        view.aim("overview")


def test_scene_stamp_changes_only_when_the_picture_would(view):
    from twin.render.scene import scene_stamp

    view.render()
    before = scene_stamp(view.window)
    assert scene_stamp(view.window) == before
    hall = next(iter(view.scene.buildings))
    view.scene.set_building_status(hall, "")  # what it already shows
    view.caption.set_campus(view.scene.campus)  # the same text again
    assert scene_stamp(view.window) == before
    view.scene.set_building_status(hall, "87 of 100 MW", 0.87)
    changed = scene_stamp(view.window)
    assert changed != before
    view.render()
    after_render = scene_stamp(view.window)
    view.renderer.GetActiveCamera().Azimuth(1.0)
    assert scene_stamp(view.window) != after_render
    view.renderer.GetActiveCamera().Azimuth(-1.0)
    view.scene.set_building_status(hall, "")


def test_layer_switch_hides_and_restores(view):
    from twin.render.bench import LayerSwitch

    switch = LayerSwitch(view)
    layers = switch.actors()
    assert layers["trees"] and layers["campus"] and layers["labels"]
    def visibility(layers):
        return {id(p): bool(p.GetVisibility()) for name, props in layers.items() if name != "trees" for p in props}

    visible_before = visibility(layers)
    switch.show_only(("trees",))
    view.render()
    assert not any(p.GetVisibility() for p in layers["campus"] + layers["labels"])
    assert view.scene._reserve.trees.far_crowns.GetVisibility()
    switch.show_only(("campus",))
    view.render()
    assert not any(p.GetVisibility() for p in view.scene._reserve.trees.actors)
    switch.restore()
    view.render()
    assert visibility(switch.actors()) == visible_before
    assert view.scene._reserve.trees.far_crowns.GetVisibility()


def test_viewport_skips_frames_when_nothing_changed_and_draws_a_change(qtbot, campus):
    from twin.ui.viewport import Viewport

    viewport = Viewport()
    qtbot.addWidget(viewport)
    viewport.resize(480, 300)
    viewport.show()
    qtbot.waitExposed(viewport)
    try:
        viewport.set_campus(campus)
        viewport.render_now()
        rendered, skipped = viewport.frames_rendered, viewport.frames_skipped
        for _ in range(3):  # the plant's periodic requests with nothing new
            viewport.request_render()
            viewport._on_frame()
        assert viewport.frames_rendered == rendered and viewport.frames_skipped == skipped + 3
        hall = campus.data_halls[0].id
        viewport.scene.set_building_status(hall, "87 of 100 MW", 0.87)
        viewport.request_render()
        viewport._on_frame()
        assert viewport.frames_rendered == rendered + 1
        viewport.renderer.GetActiveCamera().Azimuth(5.0)
        viewport.request_render()
        viewport._on_frame()
        assert viewport.frames_rendered == rendered + 2
        # The camera just turned: that frame had no FXAA, and one antialiased frame follows
        # once it has rested (twin.ui.still_frame).
        assert not viewport.last_frame_antialiased and viewport._still.pending()
        still = viewport._still.still_frames
        qtbot.waitUntil(lambda: viewport._still.still_frames == still + 1, timeout=3000)
        assert viewport.frames_rendered == rendered + 3 and viewport.last_frame_antialiased
        assert not viewport.renderer.GetUseFXAA()  # reset after each frame: the stamp stays as drawn
        viewport.request_render()
        viewport._on_frame()
        assert viewport.frames_rendered == rendered + 3  # nothing changed: skipped
        # A change other than the camera, camera still: antialiased at once.
        viewport.scene.set_building_status(hall, "88 of 100 MW", 0.88)
        viewport.request_render()
        viewport._on_frame()
        assert viewport.frames_rendered == rendered + 4 and viewport.last_frame_antialiased
        # A drag: plain frames while it lasts, no still frame before it ends.
        viewport._style.InvokeEvent("StartInteractionEvent")
        viewport.renderer.GetActiveCamera().Azimuth(5.0)
        viewport.request_render()
        viewport._on_frame()
        assert not viewport.last_frame_antialiased and not viewport._still.pending()
        viewport.scene.set_building_status(hall, "89 of 100 MW", 0.89)  # the plant ticks mid-drag
        viewport.request_render()
        viewport._on_frame()
        assert not viewport.last_frame_antialiased
        viewport._style.InvokeEvent("EndInteractionEvent")
        still = viewport._still.still_frames
        qtbot.waitUntil(lambda: viewport._still.still_frames == still + 1, timeout=3000)
        assert viewport.last_frame_antialiased
    finally:
        viewport.shutdown()
