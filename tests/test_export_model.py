"""The glTF 2.0 model, read back by trimesh and by pygltflib (an independent glTF parser)."""

from __future__ import annotations

import numpy as np
import pygltflib
import pytest
import trimesh


@pytest.fixture(scope="module")
def glb(tmp_path_factory):
    from twin.core.paths import default_layout_path
    from twin.io.export.glb import write_glb
    from twin.io.export.provenance import layout_identity
    from twin.io.layout import load_layout
    from twin.render.snapshot import basic_info

    campus = load_layout(default_layout_path())
    path = tmp_path_factory.mktemp("glb") / "campus.glb"
    write_glb(campus, path, basic_info(campus, *layout_identity(campus, None)))
    return campus, path


def test_pygltflib_sees_named_nodes_meshes_materials_and_georeference(glb):
    campus, path = glb
    gltf = pygltflib.GLTF2().load(str(path))
    assert gltf.asset.version == "2.0"
    names = {node.name for node in gltf.nodes}
    expected = {"campus", "ground", "site", "site boundary", "reserve", "reserve trees (crowns)", "reserve trees (trunks)"}
    expected |= {f"building {b.id}" for b in campus.buildings}
    expected |= {f"building {b.id} equipment" for b in campus.buildings if b.heat_rejection is not None}
    expected |= {f"pipe {p.id}" for p in campus.pipes}
    assert expected <= names, expected - names
    meshes = 7 - 1 + len(campus.buildings) + sum(b.heat_rejection is not None for b in campus.buildings) \
        + sum(b.generator_yard is not None for b in campus.buildings) + len(campus.pipes)
    assert len(gltf.meshes) == meshes
    # The root turns z-up into glTF's y-up.
    root = next(node for node in gltf.nodes if node.name == "campus")
    assert np.allclose(np.array(root.matrix).reshape(4, 4).T[:3, :3], [[1, 0, 0], [0, 0, 1], [0, -1, 0]])
    colours = {m.name: m.pbrMetallicRoughness.baseColorFactor for m in gltf.materials}
    assert colours["pipe cooling supply"][:3] == pytest.approx([0xd6 / 255, 0x45 / 255, 0x41 / 255], abs=1e-3)
    extras = gltf.scenes[gltf.scene].extras
    assert extras["georeference"] == {"epsg": 2154, "origin_e": campus.georef.origin_e, "origin_n": campus.georef.origin_n}
    assert extras["units"] == "metre"


def test_trimesh_bounds_are_the_campus_in_metres_y_up(glb):
    campus, path = glb
    scene = trimesh.load(path)
    tallest = max(max(b.height_m + (b.heat_rejection.height_m if b.heat_rejection and str(b.heat_rejection.placement) == "roof" else 0.0),
                      b.height_m) for b in campus.buildings)
    dc1 = scene.geometry["building dc1"]
    transform, _ = scene.graph["building dc1"]
    hall = dc1.copy().apply_transform(transform)
    xs = [p[0] for p in campus.building("dc1").footprint]
    ys = [p[1] for p in campus.building("dc1").footprint]
    (x0, y0, z0), (x1, y1, z1) = hall.bounds
    assert (x0, x1) == pytest.approx((min(xs), max(xs)), abs=0.01)   # x east
    assert (z0, z1) == pytest.approx((-max(ys), -min(ys)), abs=0.01)  # glTF z = -north
    assert (y0, y1) == pytest.approx((0.0, campus.building("dc1").height_m), abs=0.01)  # y up
    assert scene.bounds[1][1] == pytest.approx(tallest, abs=0.6)
    trees = scene.geometry["reserve trees (crowns)"]
    assert len(trees.faces) >= campus.reserve.tree_count * 9


def test_every_building_kind_and_pipe_of_the_campus_has_its_colour_in_both_palettes(campus):
    """One definition (twin.core.palette) serves the glTF export and the 3-D view; a new kind or
    pipe role without a colour would fail here instead of raising inside an export."""
    from twin.core import palette as core
    from twin.model.campus import BuildingKind
    from twin.render import palette as view

    for kind in BuildingKind:
        assert view.BUILDING_COLORS[kind] == core.BUILDING_COLORS[kind.value]
    for pipe in campus.pipes:
        assert view.PIPE_COLORS[(pipe.network, pipe.role)] == core.PIPE_COLORS[(pipe.network.value, pipe.role.value)]
