"""The cheap frame paths draw the same picture as the expensive ones they replace (pixels checked).

- The ground drawn as the clear colour (twin.render.ground) is the colour of the lit quad, and
  is used only when the ground fills the view (not at eye level, where the sky shows).
- The plume veil lit at its points on the processor (twin.render.lighting.VertexLighting)
  matches the GPU's lighting of the same veil, and is recomputed only when the camera turns.
- The veil's front faces are its outside (back-face culling drops the far wall, not the near one).
"""

from __future__ import annotations

import numpy as np
import pytest

from tests.pixels import offscreen_campus

pytestmark = pytest.mark.render


@pytest.fixture(scope="module")
def view():
    with offscreen_campus((480, 270), camera="overview") as offscreen:
        offscreen.renderer.UseFXAAOff()  # compare the drawing itself, not its antialiasing
        yield offscreen


def _both(view):
    """The image with the ground drawn lit (sky and quad, as before) and as the clear colour."""
    ground = view.scene.ground
    ground.enabled = False
    lit = view.render()
    assert not ground.cleared and ground.ground.GetVisibility()
    ground.enabled = True
    cleared = view.render()
    return lit, cleared


@pytest.mark.parametrize("azimuth", [0.0, 65.0, 200.0])
def test_clear_ground_is_the_lit_ground_from_above(view, azimuth):
    camera = view.renderer.GetActiveCamera()
    view.aim("overview")
    camera.Azimuth(azimuth)
    view.renderer.ResetCameraClippingRange()
    lit, cleared = _both(view)
    assert view.scene.ground.cleared and not view.scene.ground.ground.GetVisibility()
    # Open ground at the image's corners (no campus, label or caption there): the same colour.
    for row, col in ((135, 3), (200, 476), (60, 470)):
        assert np.abs(lit[row, col].astype(int) - cleared[row, col].astype(int)).max() <= 1, (row, col)
    # Whole picture: labels are placed frame by frame, so compare the 3-D drawing where it differs
    # at most a grey level, i.e. everywhere but a few label boxes.
    differs = np.abs(lit.astype(int) - cleared.astype(int)).max(axis=2) > 1
    assert differs.mean() < 0.02


def test_sky_and_lit_ground_stay_where_the_horizon_shows(view):
    view.aim("escaudain")  # eye level from the homes: the sky fills the top of the view
    lit, cleared = _both(view)
    assert not view.scene.ground.cleared and view.scene.ground.ground.GetVisibility()
    assert np.array_equal(lit[:20], cleared[:20])  # the sky gradient, drawn as before
    top = cleared[5, 240].astype(int)
    assert top[2] > top[0] + 5  # blue-grey sky, not the ground's olive
    view.aim("overview")


def test_hiding_the_ground_shows_the_sky_and_showing_it_restores(view):
    ground = view.scene.ground
    view.aim("overview")
    ground.set_visible(False)
    hidden = view.render()
    assert not ground.cleared and not ground.ground.GetVisibility()
    corner = hidden[130, 3].astype(int)
    assert corner[2] > corner[0]  # sky colour behind where the ground was
    ground.set_visible(True)
    shown = view.render()
    assert ground.cleared
    assert np.abs(shown[130, 3].astype(int) - corner).sum() > 30


def _warm_blob():
    from twin.render.overlays import GridPlacement

    placement = GridPlacement((-395.0, -395.0, 2.5), (10.0, 10.0, 5.0), 25.0)
    x = placement.origin[0] + np.arange(80) * 10.0
    z = 2.5 + np.arange(20) * 5.0
    X, Y, Z = np.meshgrid(x, x, z, indexing="ij")
    rise = 5.0 * np.exp(-((X - 150.0) ** 2 + (Y + 100.0) ** 2) / (2 * 60.0**2) - (Z - 40.0) ** 2 / (2 * 20.0**2))
    return rise.astype(np.float32), placement


def test_plume_front_faces_are_its_outside():
    from twin.render.overlays import PlumeSurface
    from twin.render.vtk import vtk_to_numpy, vtkRenderer

    rise, placement = _warm_blob()
    plume = PlumeSurface(vtkRenderer())
    plume.update(rise, placement)
    data = plume.actors[0].GetMapper().GetInput()
    points = vtk_to_numpy(data.GetPoints().GetData())
    triangles = vtk_to_numpy(data.GetPolys().GetConnectivityArray()).reshape(-1, 3)
    a, b, c = (points[triangles[:, i]] for i in range(3))
    winding = np.cross(b - a, c - a)  # counter-clockwise seen from where this points: the front
    centre = np.array([150.0, -100.0, 40.0])
    angle = np.radians(-placement.rotation_deg)  # the blob's centre from the campus frame to the grid's
    grid_centre = np.array([centre[0] * np.cos(angle) - centre[1] * np.sin(angle),
                            centre[0] * np.sin(angle) + centre[1] * np.cos(angle), centre[2]])
    outward = (a + b + c) / 3.0 - grid_centre
    assert np.mean(np.einsum("ij,ij->i", winding, outward) > 0) > 0.99
    normals = vtk_to_numpy(data.GetPointData().GetNormals())
    assert np.mean(np.einsum("ij,ij->i", normals, points - grid_centre) > 0) > 0.99
    assert plume.actors[0].GetProperty().GetBackfaceCulling()
    plume.remove()


def test_plume_lit_at_its_points_matches_the_gpu_and_follows_the_camera(view):
    from twin.render.overlays import PlumeSurface
    from twin.render.vtk import vtk_to_numpy

    rise, placement = _warm_blob()
    view.aim("overview")
    bare = view.render()
    plume = PlumeSurface(view.scene.layers)
    plume.update(rise, placement)
    lighting = plume._lighting
    assert lighting is not None
    actor = plume.actors[0]
    assert not actor.GetProperty().GetLighting() and actor.GetMapper().GetScalarVisibility()
    on_cpu = view.render()
    bakes = lighting.bakes
    view.render()
    assert lighting.bakes == bakes  # camera still: nothing recomputed, nothing modified
    actor.GetProperty().LightingOn()
    actor.GetProperty().SetAmbient(PlumeSurface.AMBIENT)
    actor.GetProperty().SetDiffuse(PlumeSurface.DIFFUSE)
    actor.GetMapper().ScalarVisibilityOff()
    on_gpu = view.render()
    veil = np.abs(on_gpu.astype(int) - bare.astype(int)).max(axis=2) > 2
    assert veil.sum() > 500  # the veil covers a good part of the image
    difference = np.abs(on_cpu.astype(int) - on_gpu.astype(int)).max(axis=2)[veil]
    # Gouraud (at the points) against Phong (at the pixels): within a few grey levels on average.
    assert np.mean(difference) < 2.0 and np.percentile(difference, 99) <= 8
    actor.GetProperty().LightingOff()
    actor.GetProperty().SetAmbient(1.0)
    actor.GetProperty().SetDiffuse(0.0)
    actor.GetMapper().ScalarVisibilityOn()
    view.renderer.GetActiveCamera().Azimuth(30.0)
    view.render()
    assert lighting.bakes == bakes + 1
    # an orbit's small turns are not re-baked until they add up, and stay within a level of exact
    colours = vtk_to_numpy(lighting.colours)
    view.renderer.GetActiveCamera().Azimuth(0.5)
    view.render()
    assert lighting.bakes == bakes + 1
    kept = colours.copy()
    lighting.update(force=True)
    assert lighting.bakes == bakes + 2 and np.abs(kept.astype(int) - colours.astype(int)).max() <= 1
    for _ in range(4):  # 2 degrees in all: past the tolerance
        view.renderer.GetActiveCamera().Azimuth(0.5)
        view.render()
    assert lighting.bakes == bakes + 3
    view.aim("overview")
    plume.remove()
    assert plume._lighting is None


@pytest.mark.parametrize("camera", ["overview", "top"])
def test_site_and_reserve_ground_unlit_in_their_lit_colour(view, camera):
    from tests.pixels import pixel_at

    flat = view.scene.flat_lit
    view.aim(camera)
    flat.set_enabled(False)
    lit = view.render()
    assert view.scene._reserve.ground.GetProperty().GetLighting()
    flat.set_enabled(True)
    unlit = view.render()
    assert not view.scene._reserve.ground.GetProperty().GetLighting()
    # Open site ground south of the substation and reserve ground between its trees' rows:
    # sample a few points of each, where nothing stands on them.
    site_points = [(x, y, -0.1) for x in (-120.0, 0.0, 120.0) for y in (-230.0,)]
    for x, y, z in site_points:
        a, b = pixel_at(view, lit, x, y, z), pixel_at(view, unlit, x, y, z)
        assert np.abs(a - b).max() <= 1, (camera, x, y, a, b)
    differs = np.abs(lit.astype(int) - unlit.astype(int)).max(axis=2) > 1
    assert differs.mean() < 0.02  # the whole picture: nothing but a label box may differ


def test_shown_labels_drawn_opaque_with_the_same_pixels(view):
    placer = view.scene.layers.placer
    view.aim("overview")
    placer.opaque_labels = False
    translucent = view.render()
    assert not any(entry.actor.GetForceOpaque() for entry in placer._entries.values())
    placer.opaque_labels = True
    opaque = view.render()
    shown = [actor for actor, _box in placer.boxes]
    assert len(shown) >= 5 and all(actor.GetForceOpaque() for actor in shown)
    assert not any(actor.GetForceOpaque() for actor in placer.hidden)  # no depth from an invisible label
    from twin.render.labels import HIDDEN_OFFSET

    assert placer.hidden and all(tuple(actor.GetDisplayOffset()) == HIDDEN_OFFSET for actor in placer.hidden)
    assert np.array_equal(translucent, opaque)


@pytest.mark.parametrize("camera", ["overview", "top", "escaudain"])
def test_still_camera_draws_the_same_frame_again(view, camera):
    """Nothing blinks on a still camera: a label hidden one frame (drawn transparent, so VTK
    measured its box without the background's padding) must not be shown the next."""
    view.aim(camera)
    first = view.render()
    hidden = [id(actor) for actor in view.scene.layers.placer.hidden]
    for _ in range(2):
        again = view.render()
        assert [id(actor) for actor in view.scene.layers.placer.hidden] == hidden
        assert np.array_equal(first, again)
    view.aim("overview")
