"""The campus as a glTF 2.0 binary (``.glb``) for Blender, three.js, QGIS 3-D or any glTF viewer.

Built with trimesh from the model (no Qt, no VTK): the ground, the site with its boundary, each
building with its roof (or ground) heat-rejection equipment and generator yard, the nature
reserve with its trees (two merged meshes, crowns and trunks, so 3,000 trees stay 2 meshes),
and the pipes at rack height coloured by network and role, with the app's palette
(:mod:`twin.core.palette`) as PBR materials.

Units and frames: metres, in the site's local frame (x east, y north, z up, origin at the
layout's georeference point, Lambert-93 ``origin_e``/``origin_n``). glTF's own convention is
+Y up and -Z forward (glTF 2.0 specification, section 3.4), so everything hangs under one root
node ``campus`` whose matrix turns local z-up into glTF y-up; importers (Blender's among them)
turn it back, and the campus stands upright at real scale. The georeference and the program
that wrote the file are in the scene's ``extras``.

Node names: ``ground``, ``site``, ``site boundary``, ``reserve``, ``reserve trees (crowns)``,
``reserve trees (trunks)``, ``building <id>``, ``building <id> equipment``, ``building <id>
generators``, ``pipe <id>``.

Trees are placed as the 3-D view places them (same seed and rejection sampling of the
reserve polygon, 3 m from its edge), so the model and the view show the same wood.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import shapely
import trimesh

from twin.core import palette
from twin.core.files import write_bytes_atomically
from twin.core.provenance import ExportInfo
from twin.model.campus import Campus

PIPE_RACK_HEIGHT_M = 6.0
"""Pipes run on a 6 m rack, as drawn in the 3-D view (an assumption of the layout)."""
GROUND_HALF_SIZE_M = 1500.0
TREE_SEED = 20300
"""The 3-D view's seed for the reserve's trees (``twin.render.scene``)."""
Z_UP_TO_Y_UP = np.array([[1.0, 0, 0, 0], [0, 0, 1.0, 0], [0, -1.0, 0, 0], [0, 0, 0, 1.0]])
"""(x east, y north, z up) -> glTF (x, y up, z south): a -90 degree turn about x."""


def _material(name: str, rgb, roughness: float = 0.85, metallic: float = 0.0):
    return trimesh.visual.material.PBRMaterial(
        name=name, baseColorFactor=[*(float(c) for c in rgb), 1.0], metallicFactor=metallic, roughnessFactor=roughness,
        doubleSided=True)


def _painted(mesh: trimesh.Trimesh, material) -> trimesh.Trimesh:
    mesh.visual = trimesh.visual.TextureVisuals(material=material)
    return mesh


def prism(polygon, base_m: float, top_m: float) -> trimesh.Trimesh:
    """A polygon extruded between two heights (m), closed top and bottom."""
    shape = shapely.Polygon(polygon)
    if not shape.is_valid:
        shape = shape.buffer(0)
    mesh = trimesh.creation.extrude_polygon(shape, height=max(top_m - base_m, 0.01))
    mesh.apply_translation((0.0, 0.0, base_m))
    return mesh


def flat(polygon, z_m: float, thickness_m: float = 0.05) -> trimesh.Trimesh:
    """A thin slab for areas drawn on the ground (site, reserve)."""
    return prism(polygon, z_m - thickness_m, z_m)


def _pipe(path, radius_m: float) -> trimesh.Trimesh:
    points = np.column_stack([np.asarray(path, dtype=float), np.full(len(path), PIPE_RACK_HEIGHT_M)])
    pieces = []
    for start, end in zip(points[:-1], points[1:], strict=True):
        if np.linalg.norm(end - start) < 1e-6:
            continue
        pieces.append(trimesh.creation.cylinder(radius=radius_m, segment=(start, end), sections=12))
        pieces.append(trimesh.creation.icosphere(subdivisions=1, radius=radius_m).apply_translation(end))  # elbows
    return trimesh.util.concatenate(pieces)


def _trees(campus: Campus) -> tuple[trimesh.Trimesh, trimesh.Trimesh] | None:
    reserve = campus.reserve
    shape = shapely.Polygon(reserve.boundary).buffer(-3.0)
    count = reserve.tree_count
    if shape.is_empty or count <= 0:
        return None
    rng = np.random.default_rng(TREE_SEED)
    x0, y0, x1, y1 = shape.bounds
    accepted, total = [], 0
    while total < count:  # the same rejection sampling as twin.render.geometry.points_in_polygon
        candidates = rng.uniform((x0, y0), (x1, y1), size=(max(2 * count, 64), 2))
        inside = candidates[shapely.contains_xy(shape, candidates[:, 0], candidates[:, 1])]
        accepted.append(inside)
        total += len(inside)
    xy = np.vstack(accepted)[:count]
    heights = reserve.tree_height_m * rng.uniform(0.6, 1.15, len(xy))
    crown = trimesh.creation.cone(radius=0.55, height=1.0, sections=9)
    crown.apply_translation((0.0, 0.0, -0.5))  # centred like VTK's cone source
    trunk = trimesh.creation.cylinder(radius=0.05, height=0.55, sections=5)
    scale = np.column_stack([0.42 * heights, 0.42 * heights, 0.75 * heights])
    return _instances(crown, xy, 0.62 * heights, scale), _instances(trunk, xy, 0.2 * heights, scale)


def _instances(template: trimesh.Trimesh, xy: np.ndarray, z: np.ndarray, scale: np.ndarray) -> trimesh.Trimesh:
    """``template`` scaled per axis and placed at each (x, y, z), merged into one mesh (vectorised)."""
    count = len(xy)
    centres = np.column_stack([xy, z])
    vertices = template.vertices[None, :, :] * scale[:, None, :] + centres[:, None, :]
    offsets = (np.arange(count) * len(template.vertices))[:, None, None]
    faces = template.faces[None, :, :] + offsets
    return trimesh.Trimesh(vertices.reshape(-1, 3), faces.reshape(-1, 3), process=False)


def campus_scene(campus: Campus, info: ExportInfo | None = None) -> trimesh.Scene:
    """The campus as a trimesh scene, one named node per feature under the root ``campus``."""
    scene = trimesh.Scene()
    scene.graph.update(frame_from=scene.graph.base_frame, frame_to="campus", matrix=Z_UP_TO_Y_UP)
    materials = {}

    def material(name, rgb, **kw):
        if name not in materials:
            materials[name] = _material(name, rgb, **kw)
        return materials[name]

    def add(name: str, mesh: trimesh.Trimesh, mat) -> None:
        scene.add_geometry(_painted(mesh, mat), node_name=name, geom_name=name, parent_node_name="campus")

    half = GROUND_HALF_SIZE_M
    add("ground", flat(((-half, -half), (half, -half), (half, half), (-half, half)), -0.3, 0.2),
        material("ground", palette.GROUND))
    add("site", flat(campus.site.boundary, -0.1), material("site", palette.SITE))
    boundary = shapely.Polygon(campus.site.boundary).exterior.buffer(1.6)
    add("site boundary", trimesh.creation.extrude_polygon(boundary, height=0.6), material("site boundary", palette.SITE_BOUNDARY))
    add("reserve", flat(campus.reserve.boundary, 0.05), material("reserve", palette.RESERVE_GROUND))
    trees = _trees(campus)
    if trees is not None:
        add("reserve trees (crowns)", trees[0], material("tree crown", palette.TREE_CROWN))
        add("reserve trees (trunks)", trees[1], material("tree trunk", palette.TREE_TRUNK))
    for building in campus.buildings:
        kind = str(building.kind)
        add(f"building {building.id}", prism(building.footprint, 0.0, building.height_m),
            material(f"building {kind}", palette.BUILDING_COLORS.get(kind, palette.BUILDING_DEFAULT)))
        if building.heat_rejection is not None:
            equipment = building.heat_rejection
            base = building.height_m if str(equipment.placement) == "roof" else 0.0
            add(f"building {building.id} equipment", prism(equipment.footprint, base, base + equipment.height_m),
                material("equipment", palette.EQUIPMENT, roughness=0.5, metallic=0.4))
        if building.generator_yard is not None:
            add(f"building {building.id} generators", prism(building.generator_yard.footprint, 0.0, 3.5),
                material("generator yard", palette.GENERATOR_YARD))
    for pipe in campus.pipes:
        key = (str(pipe.network), str(pipe.role))
        add(f"pipe {pipe.id}", _pipe(pipe.path, pipe.diameter_m / 2.0),
            material(f"pipe {key[0]} {key[1]}", palette.PIPE_COLORS[key], roughness=0.4, metallic=0.2))
    georef = campus.georef
    extras = {
        "units": "metre",
        "frame": "site local: x east, y north, z up (root node turns it to glTF y-up)",
        "georeference": {"epsg": georef.epsg, "origin_e": georef.origin_e, "origin_n": georef.origin_n},
        "layout": campus.scenario.name,
    }
    if info is not None:
        extras["provenance"] = info.metadata()
    scene.metadata.update(extras)  # trimesh writes the scene metadata as the glTF scene's extras
    return scene


def glb_bytes(campus: Campus, info: ExportInfo | None = None) -> bytes:
    """The campus as glTF 2.0 binary bytes."""
    return trimesh.exchange.gltf.export_glb(campus_scene(campus, info), include_normals=True)


def write_glb(campus: Campus, path: Path | str, info: ExportInfo | None = None) -> Path:
    """Write the campus to ``path`` (``.glb``) atomically; return the path."""
    write_bytes_atomically(path, glb_bytes(campus, info))
    return Path(path)
