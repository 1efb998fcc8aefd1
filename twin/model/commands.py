"""Every layout edit a planner can make, as a labelled :class:`~twin.model.document.Command`.

Each function here takes the current :class:`~twin.model.campus.Campus` and returns one
command (before and after snapshots and a label for the Edit menu), so one gesture is one undo
step and undo is exact. Nothing here imports Qt or VTK: the tools in ``twin/ui/tools`` call these
functions, and the model tests call them directly.

Bad input raises :class:`EditError`, which names the feature (building id) and the field, with
a sentence a planner understands ("Data hall 6: height must be between 3 and 80 m, got 120 m").

Geometry conventions
--------------------
A building's *frame* is its footprint's centroid ``c`` and orientation ``theta``: the direction
of its longest edge, in degrees counter-clockwise from east, folded into (-90, 90]. Its local
axes are ``u = (cos theta, sin theta)`` (the *width*) and ``v = (-sin theta, cos theta)`` (the
*depth*). Rotating and resizing act in that frame, so a hall keeps its shape and its yards keep
their side.

Pipes that serve a building follow it. A pipe end *attached* to a building is one within
:data:`ATTACH_DISTANCE_M` of the building's extent (footprint and yards) and nearer to it than
to any other building. When the building moves, rotates or is resized, the attached end is
mapped with it, and an orthogonal jog is inserted so the rest of the run stays on its rack
(pipe racks run along the site axes). A data hall that stands away from the facility-water
mains (added there, or moved there) gets a supply and a return branch from the nearest point
of each main; the branches follow the hall and go when it is back beside a main.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from shapely.geometry import LineString
from shapely.geometry import Point as ShapelyPoint

from twin.core.i18n import format_number, tr
from twin.model.campus import (
    Building,
    BuildingKind,
    Campus,
    CoolingType,
    EquipmentKind,
    FigureSource,
    GeneratorYard,
    HeatRejection,
    Pipe,
    PipeNetwork,
    PipeRole,
    Placement,
    Point,
    Polygon,
    Scenario,
    Status,
    rectangle,
)
from twin.model.document import Command

ATTACH_DISTANCE_M = 25.0
"""A pipe end this close to a building's extent belongs to that building and follows it."""

ROTATION_STEP_DEG = 5.0
"""Rotations snap to multiples of this angle."""

SITE_AXIS_SNAP_DEG = 2.5
"""Within this angle of one of the site boundary's main axes, a rotation snaps to that axis."""

YARD_GAP_M = 8.0
"""Gap left between a building and a heat-rejection yard placed beside it."""

ROOF_MARGIN_M = 10.0
"""Roof equipment placed on a roof keeps this margin to the roof edge (as in the bundled halls)."""

BRANCH_DIAMETER_M = 0.8
"""Diameter of a branch from the mains to a new hall: ~100 MW at 10 K is ~2,400 kg/s, ~3 m/s."""

MIN_SIDE_M = 5.0
MAX_SIDE_M = 400.0

_ASSUMED = FigureSource(Status.ASSUMPTION, "default of the building palette, sized like the bundled halls")


class EditError(ValueError):
    """An edit that cannot be made, naming the feature and the field at fault.

    Attributes
    ----------
    feature
        Id of the building (or ``"scenario"``) concerned.
    field
        The property, e.g. ``height_m`` or ``heat_rejection.placement``.
    message
        A sentence for the planner; ``str(error)`` is the same sentence.
    """

    def __init__(self, feature: str, field: str, message: str) -> None:
        super().__init__(message)
        self.feature = feature
        self.field = field
        self.message = message


# -- the building palette ----------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    """Defaults of one kind of building in the palette (sizes like the bundled campus).

    Attributes
    ----------
    kind
        The building kind.
    width_m, depth_m, height_m, storeys
        Footprint (along the local u and v axes), height and floors.
    it_capacity_mw
        IT load it is built for (data halls only).
    roof_equipment
        Heat rejection on the roof, inset by :data:`ROOF_MARGIN_M`, or ``None``.
    generators
        Standby generator count (a yard along the south side) or 0.
    """

    kind: BuildingKind
    width_m: float
    depth_m: float
    height_m: float
    storeys: int = 1
    it_capacity_mw: float = 0.0
    cooling: CoolingType = CoolingType.NONE
    roof_equipment: EquipmentKind | None = None
    roof_equipment_height_m: float = 4.5
    generators: int = 0


TEMPLATES: dict[BuildingKind, Template] = {
    # 150 m x 80 m, two floors, 100 MW: ~24,000 m2 per ~100 MW as Digital Realty Dugny, like the
    # bundled halls; 40 x 3 MW generators cover 100 MW IT at PUE 1.2 with N+1 margin.
    BuildingKind.DATA_HALL: Template(BuildingKind.DATA_HALL, 150.0, 80.0, 24.0, 2, 100.0,
                                     CoolingType.DIRECT_LIQUID_DRY_COOLERS, EquipmentKind.DRY_COOLER, 4.5, 40),
    BuildingKind.COOLING_PLANT: Template(BuildingKind.COOLING_PLANT, 70.0, 50.0, 12.0, 1,
                                         roof_equipment=EquipmentKind.DRY_COOLER, roof_equipment_height_m=3.5),
    BuildingKind.SUBSTATION: Template(BuildingKind.SUBSTATION, 150.0, 110.0, 12.0),
    BuildingKind.HEAT_RECOVERY_PLANT: Template(BuildingKind.HEAT_RECOVERY_PLANT, 90.0, 60.0, 14.0),
    BuildingKind.OFFICES: Template(BuildingKind.OFFICES, 90.0, 40.0, 13.0, 3),
    BuildingKind.GATEHOUSE: Template(BuildingKind.GATEHOUSE, 24.0, 12.0, 4.0),
}
"""The palette: one template per kind the model knows."""


def kind_title(kind: BuildingKind | str) -> str:
    """The palette's name for a kind of building (translated)."""
    titles = {
        BuildingKind.DATA_HALL: tr("Commands", "Data hall"),
        BuildingKind.COOLING_PLANT: tr("Commands", "Cooling plant"),
        BuildingKind.SUBSTATION: tr("Commands", "Substation"),
        BuildingKind.HEAT_RECOVERY_PLANT: tr("Commands", "Heat-recovery plant"),
        BuildingKind.OFFICES: tr("Commands", "Offices and training"),
        BuildingKind.GATEHOUSE: tr("Commands", "Gatehouse"),
    }
    return titles[BuildingKind(kind)]


def new_building(campus: Campus, kind: BuildingKind | str, centre: Point, angle_deg: float = 0.0) -> Building:
    """A building of ``kind`` from the palette, centred on ``centre``, with a fresh id and name.

    Data halls get ids ``dc<n>`` and names ``Data hall <n>`` continuing the campus's numbering.
    """
    kind = BuildingKind(kind)
    template = TEMPLATES[kind]
    building_id, name = _fresh_identity(campus, kind)
    cx, cy = centre
    footprint = rectangle(cx, cy, template.width_m, template.depth_m, angle_deg)
    heat_rejection = None
    if template.roof_equipment is not None:
        heat_rejection = HeatRejection(
            Placement.ROOF,
            rectangle(cx, cy, template.width_m - 2 * ROOF_MARGIN_M, template.depth_m - 2 * ROOF_MARGIN_M, angle_deg),
            template.roof_equipment_height_m,
            template.roof_equipment,
        )
    generator_yard = None
    if template.generators:
        generator_yard = GeneratorYard(_generator_yard_footprint(footprint), template.generators, 3.0)
    sources = {name: _ASSUMED for name in ("footprint", "height_m", "storeys", "it_capacity_mw", "cooling")}
    return Building(
        id=building_id, name=name, kind=kind, footprint=footprint, height_m=template.height_m,
        storeys=template.storeys, it_capacity_mw=template.it_capacity_mw, cooling=template.cooling,
        heat_rejection=heat_rejection, generator_yard=generator_yard, sources=sources,
    )


def _fresh_identity(campus: Campus, kind: BuildingKind, base_name: str | None = None) -> tuple[str, str]:
    ids = {b.id for b in campus.buildings}
    names = {b.name for b in campus.buildings}
    if kind == BuildingKind.DATA_HALL:
        numbers = [int(m.group(1)) for b in campus.buildings if (m := re.fullmatch(r"dc(\d+)", b.id))]
        number = max(numbers, default=0) + 1
        while f"dc{number}" in ids:
            number += 1
        return f"dc{number}", tr("Commands", "Data hall {n}").format(n=number)
    title = base_name or kind_title(kind)
    number = 1
    while f"{kind.value}_{number}" in ids:
        number += 1
    name = title if title not in names else tr("Commands", "{title} {n}").format(title=title, n=number + 1)
    return f"{kind.value}_{number}", name


def _generator_yard_footprint(footprint: Polygon) -> Polygon:
    """A generator yard along the building's -v side, like the bundled halls' (140 m x 18 m)."""
    frame = building_frame(footprint)
    ux, uy, vx, vy = _axes(frame.angle_deg)
    offset = frame.depth_m / 2 + 17.0
    cx, cy = frame.centre[0] - vx * offset, frame.centre[1] - vy * offset
    return rectangle(cx, cy, max(frame.width_m - 10.0, 5.0), 18.0, frame.angle_deg)


# -- frames and transforms ---------------------------------------------------------------


@dataclass(frozen=True)
class Frame:
    """A footprint's centre, orientation (degrees, in (-90, 90]) and extents along its axes."""

    centre: Point
    angle_deg: float
    width_m: float
    depth_m: float


def _axes(angle_deg: float) -> tuple[float, float, float, float]:
    a = math.radians(angle_deg)
    return math.cos(a), math.sin(a), -math.sin(a), math.cos(a)


def _fold(angle_deg: float) -> float:
    """Fold an orientation into (-90, 90] (a footprint turned by 180 deg looks the same)."""
    folded = (angle_deg + 90.0) % 180.0 - 90.0
    return 90.0 if folded == -90.0 else folded


def building_frame(footprint: Polygon) -> Frame:
    """The frame of a footprint: its longest edge gives the orientation (exact for rectangles)."""
    from twin.model.campus import polygon_centroid

    edges = list(zip(footprint, footprint[1:] + footprint[:1], strict=True))
    (x0, y0), (x1, y1) = max(edges, key=lambda e: math.dist(*e))
    angle = _fold(math.degrees(math.atan2(y1 - y0, x1 - x0)))
    centre = polygon_centroid(footprint)
    umin, umax, vmin, vmax = _extent(footprint, centre, angle)
    return Frame(centre, angle, umax - umin, vmax - vmin)


def _extent(polygon: Polygon, centre: Point, angle_deg: float) -> tuple[float, float, float, float]:
    ux, uy, vx, vy = _axes(angle_deg)
    us = [(x - centre[0]) * ux + (y - centre[1]) * uy for x, y in polygon]
    vs = [(x - centre[0]) * vx + (y - centre[1]) * vy for x, y in polygon]
    return min(us), max(us), min(vs), max(vs)


PointMap = Callable[[Point], Point]


def _map_polygon(polygon: Polygon, fn: PointMap) -> Polygon:
    return tuple(_round_point(fn(p)) for p in polygon)


def _round_point(p: Point) -> Point:
    # Millimetres: enough for a plan, and keeps saved files free of 1e-13 noise.
    return (round(p[0], 3) + 0.0, round(p[1], 3) + 0.0)


def _rotation(centre: Point, delta_deg: float) -> PointMap:
    c, s = math.cos(math.radians(delta_deg)), math.sin(math.radians(delta_deg))
    cx, cy = centre

    def fn(p: Point) -> Point:
        x, y = p[0] - cx, p[1] - cy
        return (cx + c * x - s * y, cy + s * x + c * y)

    return fn


def _translation(dx: float, dy: float) -> PointMap:
    return lambda p: (p[0] + dx, p[1] + dy)


def building_extent_polygons(building: Building) -> list[Polygon]:
    """Footprint and ground-level yards of a building (what it occupies on the ground)."""
    polygons = [building.footprint]
    if building.heat_rejection is not None and building.heat_rejection.placement == Placement.YARD:
        polygons.append(building.heat_rejection.footprint)
    if building.generator_yard is not None:
        polygons.append(building.generator_yard.footprint)
    return polygons


# -- pipes that follow -------------------------------------------------------------------


def _distance_to_building(point: Point, building: Building) -> float:
    from shapely.geometry import Polygon as ShapelyPolygon

    p = ShapelyPoint(point)
    return min(ShapelyPolygon(poly).distance(p) for poly in building_extent_polygons(building))


def attached_pipe_ends(campus: Campus, building_id: str) -> list[tuple[str, int]]:
    """The pipe ends attached to a building: (pipe id, 0 for the start or -1 for the end)."""
    ends = []
    for pipe in campus.pipes:
        if _BRANCH_SUFFIX in pipe.id:
            # A branch belongs to its hall at its first point; its other end stays on the main
            # even when another building stands close to it.
            if _is_branch_of(pipe, building_id):
                ends.append((pipe.id, 0))
            continue
        for index in (0, -1):
            point = pipe.path[index]
            distances = {b.id: _distance_to_building(point, b) for b in campus.buildings}
            if not distances:
                continue
            nearest = min(distances, key=distances.get)
            if nearest == building_id and distances[nearest] <= ATTACH_DISTANCE_M:
                ends.append((pipe.id, index))
    return ends


def _move_pipe_end(path: tuple[Point, ...], index: int, new_end: Point) -> tuple[Point, ...]:
    """Move one end of an orthogonal run, inserting a jog so the rest stays on its rack."""
    points = list(path) if index == 0 else list(reversed(path))
    old = points[0]
    new_end = _round_point(new_end)
    if len(points) >= 2:
        nxt = points[1]
        if abs(nxt[1] - old[1]) < 0.5:  # horizontal first leg: jog vertically onto it
            jog = (new_end[0], old[1])
        elif abs(nxt[0] - old[0]) < 0.5:  # vertical first leg: jog horizontally onto it
            jog = (old[0], new_end[1])
        else:
            jog = None
        points = [new_end] + ([jog] if jog is not None else []) + points[1:]
    else:
        points = [new_end]
    points = _simplify(points)
    return tuple(points) if index == 0 else tuple(reversed(points))


def _simplify(points: list[Point]) -> list[Point]:
    """Drop repeated points and middle points of straight runs (so jogs undone by hand vanish)."""
    out: list[Point] = []
    for p in points:
        if out and math.dist(out[-1], p) < 0.01:
            continue
        out.append(p)
    changed = True
    while changed and len(out) > 2:
        changed = False
        for i in range(1, len(out) - 1):
            (ax, ay), (bx, by), (cx, cy) = out[i - 1], out[i], out[i + 1]
            cross = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
            dot = (bx - ax) * (cx - bx) + (by - ay) * (cy - by)
            if abs(cross) < 1e-3 * max(math.dist(out[i - 1], out[i + 1]), 1.0) and dot >= 0:
                del out[i]
                changed = True
                break
    return out


def _replace_with_pipes(campus: Campus, building_id: str, new: Building, fn: PointMap) -> Campus:
    """Replace a building and carry its attached pipe ends through ``fn``."""
    ends = attached_pipe_ends(campus, building_id)
    pipes = {p.id: p for p in campus.pipes}
    for pipe_id, index in ends:
        pipe = pipes[pipe_id]
        pipes[pipe_id] = dataclasses.replace(pipe, path=_move_pipe_end(pipe.path, index, fn(pipe.path[index])))
    moved = campus.with_building(new)
    return _reconnect(dataclasses.replace(moved, pipes=tuple(pipes[p.id] for p in campus.pipes)), building_id)


def _distance_to_mains(campus: Campus, building: Building) -> float:
    """Distance from a building's extent to the nearest facility-water main (branches excluded)."""
    from shapely.geometry import Polygon as ShapelyPolygon
    from shapely.ops import unary_union

    mains = [LineString(p.path) for p in campus.pipes
             if p.network == PipeNetwork.COOLING and _BRANCH_SUFFIX not in p.id and len(p.path) >= 2]
    if not mains:
        return math.inf
    extent = unary_union([ShapelyPolygon(p) for p in building_extent_polygons(building)])
    return min(main.distance(extent) for main in mains)


def _reconnect(campus: Campus, building_id: str) -> Campus:
    """Keep a data hall served: branches from the mains when it stands away from them.

    A hall within :data:`~twin.model.validation.CONNECTION_DISTANCE_M` of a main is served by
    it directly (as the bundled halls are by the rack between the rows); farther away it gets a
    supply and a return branch, which then follow it (they are attached to it). A hall moved
    back beside a main loses its branches.
    """
    from twin.model.validation import CONNECTION_DISTANCE_M

    building = campus.building(building_id)
    if building.kind != BuildingKind.DATA_HALL:
        return campus
    own = [p for p in campus.pipes if _is_branch_of(p, building_id)]
    far = _distance_to_mains(campus, building) > CONNECTION_DISTANCE_M
    if far and not own:
        return dataclasses.replace(campus, pipes=campus.pipes + _branch_pipes(campus, building))
    if not far and own:
        return dataclasses.replace(campus, pipes=tuple(p for p in campus.pipes if not _is_branch_of(p, building_id)))
    return campus


def _map_building(building: Building, fn: PointMap) -> Building:
    hr, yard = building.heat_rejection, building.generator_yard
    return dataclasses.replace(
        building,
        footprint=_map_polygon(building.footprint, fn),
        heat_rejection=None if hr is None else dataclasses.replace(hr, footprint=_map_polygon(hr.footprint, fn)),
        generator_yard=None if yard is None else dataclasses.replace(yard, footprint=_map_polygon(yard.footprint, fn)),
    )


def _branch_pipes(campus: Campus, building: Building) -> tuple[Pipe, ...]:
    """Supply and return branches from the nearest point of each facility-water main to a hall."""
    from shapely.geometry import Polygon as ShapelyPolygon
    from shapely.ops import nearest_points

    branches = []
    hall = ShapelyPolygon(building.footprint)
    for pipe in campus.pipes:
        if pipe.network != PipeNetwork.COOLING or _BRANCH_SUFFIX in pipe.id:
            continue  # branch from the mains, not from another branch
        main = LineString(pipe.path)
        # From the main's point nearest the hall's centre to the hall's facing side: a branch
        # meets the hall square on, not at a corner.
        on_main = nearest_points(main, hall.centroid)[0]
        on_hall = nearest_points(hall.exterior, on_main)[0]
        a = (on_hall.x, on_hall.y)
        b = (on_main.x, on_main.y)
        if math.dist(a, b) < 1.0:
            continue
        corner = (a[0], b[1]) if abs(a[0] - b[0]) > 0.5 and abs(a[1] - b[1]) > 0.5 else None
        path = tuple(_round_point(p) for p in _simplify([a] + ([corner] if corner else []) + [b]))
        role = tr("Commands", "supply") if pipe.role == PipeRole.SUPPLY else tr("Commands", "return")
        branches.append(Pipe(
            id=f"{building.id}{_BRANCH_SUFFIX}{pipe.role.value}",
            name=tr("Commands", "{name} branch, {role}").format(name=building.name, role=role),
            network=PipeNetwork.COOLING, role=pipe.role, path=path, diameter_m=BRANCH_DIAMETER_M,
            sources={"path": FigureSource(Status.ASSUMPTION, "shortest branch from the main, drawn by the twin")},
        ))
    return tuple(branches)


_BRANCH_SUFFIX = "_branch_"


def _is_branch_of(pipe: Pipe, building_id: str) -> bool:
    return pipe.id.startswith(f"{building_id}{_BRANCH_SUFFIX}")


# -- commands ----------------------------------------------------------------------------


def add_building_command(campus: Campus, kind: BuildingKind | str, centre: Point, angle_deg: float = 0.0) -> Command:
    """Add a building of ``kind`` from the palette at ``centre``; data halls get pipe branches."""
    building = new_building(campus, kind, centre, angle_deg)
    return _add(campus, building, tr("Commands", "Add {name}").format(name=building.name))


def _add(campus: Campus, building: Building, label: str) -> Command:
    after = _reconnect(campus.with_added_building(building), building.id)
    return Command(label, campus, after)


def delete_building_command(campus: Campus, building_id: str) -> Command:
    """Delete a building and the branches that served only it."""
    building = campus.building(building_id)
    after = campus.without_building(building_id)
    after = dataclasses.replace(after, pipes=tuple(p for p in after.pipes if not _is_branch_of(p, building_id)))
    return Command(tr("Commands", "Delete {name}").format(name=building.name), campus, after)


def duplicate_building_command(campus: Campus, building_id: str) -> Command:
    """Copy a building beside itself, one hall spacing away, with a new id and name.

    The copy goes to the first side (east along its width, then west, north, south in its own
    frame) where it stands inside the site, off the reserve and clear of every building; if
    no side is free it goes east and the layout checks say what it breaks.
    """
    from shapely.geometry import Polygon as ShapelyPolygon
    from shapely.ops import unary_union

    original = campus.building(building_id)
    frame = building_frame(original.footprint)
    ux, uy, vx, vy = _axes(frame.angle_deg)
    gap = campus.scenario.min_hall_spacing_m
    extent = unary_union([ShapelyPolygon(p) for p in building_extent_polygons(original)])
    minx, miny, maxx, maxy = extent.bounds
    # How far the whole extent (with yards) must move for the copy to clear the original.
    along_u = frame.width_m + gap
    along_v = (maxy - miny if abs(frame.angle_deg) < 45 else maxx - minx) + gap
    site = ShapelyPolygon(campus.site.boundary)
    reserve = ShapelyPolygon(campus.reserve.boundary)
    others = [ShapelyPolygon(p) for b in campus.buildings for p in building_extent_polygons(b)]
    offsets = [(ux * along_u, uy * along_u), (-ux * along_u, -uy * along_u),
               (vx * along_v, vy * along_v), (-vx * along_v, -vy * along_v)]

    def free(offset: tuple[float, float]) -> bool:
        candidate = _map_building(original, _translation(*offset))
        shape = unary_union([ShapelyPolygon(p) for p in building_extent_polygons(candidate)])
        return (site.contains(shape) and not shape.intersects(reserve)
                and all(shape.distance(other) >= gap - 0.01 for other in others))

    offset = next((o for o in offsets if free(o)), offsets[0])
    building_id_new, name = _fresh_identity(campus, original.kind, original.name if original.kind != BuildingKind.DATA_HALL else None)
    copy = dataclasses.replace(_map_building(original, _translation(*offset)), id=building_id_new, name=name)
    return _add(campus, copy, tr("Commands", "Duplicate {name}").format(name=original.name))


def move_building_command(campus: Campus, building_id: str, dx: float, dy: float) -> Command:
    """Move a building with its equipment, yards and the pipe ends attached to it."""
    building = campus.building(building_id)
    fn = _translation(dx, dy)
    after = _replace_with_pipes(campus, building_id, _map_building(building, fn), fn)
    return Command(tr("Commands", "Move {name}").format(name=building.name), campus, after)


def site_axes_deg(campus: Campus) -> list[float]:
    """Orientations (folded into (-90, 90]) of the site boundary's edges and their normals."""
    boundary = campus.site.boundary
    axes = []
    for a, b in zip(boundary, boundary[1:] + boundary[:1], strict=True):
        if math.dist(a, b) < 50.0:
            continue  # a short jog of the fence is not a main axis
        angle = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
        axes += [_fold(angle), _fold(angle + 90.0)]
    return sorted(set(round(a, 6) for a in axes))


def snap_orientation(campus: Campus, angle_deg: float) -> float:
    """Snap an orientation to the nearest site axis (within :data:`SITE_AXIS_SNAP_DEG`), else to 5 deg."""
    best = None
    for axis in site_axes_deg(campus):
        gap = abs(_fold(angle_deg - axis))
        if gap <= SITE_AXIS_SNAP_DEG and (best is None or gap < best[0]):
            best = (gap, axis)
    if best is not None:
        return best[1]
    return _fold(round(angle_deg / ROTATION_STEP_DEG) * ROTATION_STEP_DEG)


def rotate_building_command(campus: Campus, building_id: str, delta_deg: float) -> Command:
    """Turn a building by ``delta_deg`` (counter-clockwise) about its footprint's centroid."""
    building = campus.building(building_id)
    if not math.isfinite(delta_deg):
        raise EditError(building_id, "footprint", tr("Commands", "{name}: the rotation must be a number of degrees").format(name=building.name))
    fn = _rotation(building.centroid, delta_deg)
    after = _replace_with_pipes(campus, building_id, _map_building(building, fn), fn)
    label = tr("Commands", "Rotate {name} by {angle}°").format(name=building.name, angle=f"{delta_deg:+.4g}")
    return Command(label, campus, after)


def rotate_to_command(campus: Campus, building_id: str, orientation_deg: float, snap: bool = True) -> Command:
    """Turn a building so its long side points at ``orientation_deg`` (snapped unless told not to)."""
    building = campus.building(building_id)
    target = snap_orientation(campus, orientation_deg) if snap else orientation_deg
    current = building_frame(building.footprint).angle_deg
    return rotate_building_command(campus, building_id, round(_fold(target - current), 6))


def resize_building_command(campus: Campus, building_id: str, width_m: float, depth_m: float) -> Command:
    """Resize a footprint about its centre, along its own axes.

    Roof equipment keeps its margin to the roof edge; a yard keeps its gap to the side it
    faces; attached pipe ends follow the nearest side.
    """
    building = campus.building(building_id)
    for field_name, value in (("footprint.width_m", width_m), ("footprint.depth_m", depth_m)):
        if not (math.isfinite(value) and MIN_SIDE_M <= value <= MAX_SIDE_M):
            raise EditError(building_id, field_name, tr(
                "Commands", "{name}: footprint sides must be between {low:g} and {high:g} m, got {value} m"
            ).format(name=building.name, low=MIN_SIDE_M, high=MAX_SIDE_M, value=f"{value:g}"))
    frame = building_frame(building.footprint)
    dw, dd = width_m - frame.width_m, depth_m - frame.depth_m
    sx, sy = width_m / frame.width_m, depth_m / frame.depth_m
    centre, angle = frame.centre, frame.angle_deg
    ux, uy, vx, vy = _axes(angle)

    def to_local(p: Point) -> tuple[float, float]:
        x, y = p[0] - centre[0], p[1] - centre[1]
        return x * ux + y * uy, x * vx + y * vy

    def to_world(u: float, v: float) -> Point:
        return (centre[0] + u * ux + v * vx, centre[1] + u * uy + v * vy)

    def scale(p: Point) -> Point:
        u, v = to_local(p)
        return to_world(u * sx, v * sy)

    def keep_side(p: Point) -> Point:
        """Shift a point outside the footprint by half the growth of the side it faces."""
        u, v = to_local(p)
        if abs(v) / max(frame.depth_m, 1e-9) >= abs(u) / max(frame.width_m, 1e-9):
            return to_world(u * sx, v + math.copysign(dd / 2, v))
        return to_world(u + math.copysign(dw / 2, u), v * sy)

    footprint = _map_polygon(building.footprint, scale)
    hr = building.heat_rejection
    if hr is not None:
        if hr.placement == Placement.ROOF:
            e = _extent(hr.footprint, centre, angle)
            ec = to_world((e[0] + e[1]) / 2 * sx, (e[2] + e[3]) / 2 * sy)
            hr = dataclasses.replace(hr, footprint=_round_polygon(rectangle(
                *ec, max(e[1] - e[0] + dw, 2.0), max(e[3] - e[2] + dd, 2.0), angle)))
        else:
            hr = dataclasses.replace(hr, footprint=_shift_to(hr.footprint, keep_side))
    yard = building.generator_yard
    if yard is not None:
        yard = dataclasses.replace(yard, footprint=_shift_to(yard.footprint, keep_side))
    resized = dataclasses.replace(building, footprint=footprint, heat_rejection=hr, generator_yard=yard)
    after = _replace_with_pipes(campus, building_id, resized, keep_side)
    label = tr("Commands", "Resize {name} to {w} × {d} m").format(name=building.name, w=f"{width_m:.0f}", d=f"{depth_m:.0f}")
    return Command(label, campus, after)


def _round_polygon(polygon: Polygon) -> Polygon:
    return tuple(_round_point(p) for p in polygon)


def _shift_to(polygon: Polygon, fn: PointMap) -> Polygon:
    """Translate a polygon (without deforming it) by where ``fn`` sends its centroid."""
    from twin.model.campus import polygon_centroid

    c = polygon_centroid(polygon)
    nx, ny = fn(c)
    return _map_polygon(polygon, _translation(nx - c[0], ny - c[1]))


def move_equipment_command(campus: Campus, building_id: str, part: str, dx: float, dy: float) -> Command:
    """Move a building's heat-rejection yard or generator yard on its own.

    Parameters
    ----------
    part
        ``"heat_rejection"`` (only when placed in a yard: roof units stand on their roof) or
        ``"generator_yard"``.
    """
    building = campus.building(building_id)
    fn = _translation(dx, dy)
    if part == "heat_rejection":
        hr = building.heat_rejection
        if hr is None:
            raise EditError(building_id, "heat_rejection", tr("Commands", "{name} has no heat-rejection equipment to move").format(name=building.name))
        if hr.placement != Placement.YARD:
            raise EditError(building_id, "heat_rejection.placement", tr(
                "Commands", "{name}: roof coolers move with their roof; set their position to yard first").format(name=building.name))
        moved = dataclasses.replace(building, heat_rejection=dataclasses.replace(hr, footprint=_map_polygon(hr.footprint, fn)))
        label = tr("Commands", "Move cooler yard of {name}").format(name=building.name)
    elif part == "generator_yard":
        yard = building.generator_yard
        if yard is None:
            raise EditError(building_id, "generator_yard", tr("Commands", "{name} has no generator yard to move").format(name=building.name))
        moved = dataclasses.replace(building, generator_yard=dataclasses.replace(yard, footprint=_map_polygon(yard.footprint, fn)))
        label = tr("Commands", "Move generator yard of {name}").format(name=building.name)
    else:
        raise EditError(building_id, part, tr("Commands", "{name}: no part called {part!r} can move on its own").format(name=building.name, part=part))
    return Command(label, campus, campus.with_building(moved))


# -- properties --------------------------------------------------------------------------


@dataclass(frozen=True)
class PropertySpec:
    """One editable property: its field path, label, unit, range or choices.

    ``kind`` is ``"text"``, ``"float"``, ``"int"`` or ``"choice"``.
    """

    field: str
    label: str
    kind: str
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    decimals: int = 1


def property_specs(building: Building) -> list[PropertySpec]:
    """The properties of ``building`` a planner may edit, in dock order (labels translated)."""
    specs = [
        PropertySpec("name", tr("Commands", "Name"), "text"),
        PropertySpec("height_m", tr("Commands", "Height"), "float", "m", 3.0, 80.0),
        PropertySpec("storeys", tr("Commands", "Storeys"), "int", "", 1, 12, decimals=0),
    ]
    if building.kind == BuildingKind.DATA_HALL or building.it_capacity_mw > 0:
        specs += [
            PropertySpec("it_capacity_mw", tr("Commands", "IT capacity"), "float", "MW", 1.0, 400.0),
            PropertySpec("cooling", tr("Commands", "Cooling"), "choice",
                         choices=tuple(c.value for c in CoolingType if c != CoolingType.NONE)),
        ]
    specs.append(PropertySpec("heat_rejection.equipment", tr("Commands", "Heat rejection"), "choice",
                              choices=("none",) + tuple(e.value for e in EquipmentKind)))
    if building.heat_rejection is not None:
        specs += [
            PropertySpec("heat_rejection.placement", tr("Commands", "Heat-rejection position"), "choice",
                         choices=tuple(p.value for p in Placement)),
            PropertySpec("heat_rejection.height_m", tr("Commands", "Cooler height"), "float", "m", 1.0, 20.0),
        ]
    specs.append(PropertySpec("generator_yard.generator_count", tr("Commands", "Generators"), "int", "", 0, 200, decimals=0))
    if building.generator_yard is not None:
        specs.append(PropertySpec("generator_yard.rating_mw_each", tr("Commands", "Generator rating"), "float", "MW", 0.5, 6.0, decimals=2))
    return specs


def choice_title(value: str) -> str:
    """Translated name of a choice (cooling type, equipment kind, placement) for menus and labels."""
    titles = {
        "none": tr("Commands", "none"),
        CoolingType.DIRECT_LIQUID_DRY_COOLERS.value: tr("Commands", "direct liquid cooling + dry coolers"),
        CoolingType.ADIABATIC.value: tr("Commands", "adiabatic (evaporative assist)"),
        CoolingType.CHILLERS.value: tr("Commands", "chillers"),
        EquipmentKind.DRY_COOLER.value: tr("Commands", "dry coolers"),
        EquipmentKind.ADIABATIC_COOLER.value: tr("Commands", "adiabatic coolers"),
        EquipmentKind.COOLING_TOWER.value: tr("Commands", "cooling towers"),
        Placement.ROOF.value: tr("Commands", "roof"),
        Placement.YARD.value: tr("Commands", "yard"),
    }
    return titles.get(value, value)


def property_value(building: Building, field: str):
    """The current value of a property path (``"none"`` / 0 where the equipment is absent)."""
    hr, yard = building.heat_rejection, building.generator_yard
    if field == "heat_rejection.equipment":
        return "none" if hr is None else hr.equipment.value
    if field == "heat_rejection.placement":
        return None if hr is None else hr.placement.value
    if field == "heat_rejection.height_m":
        return None if hr is None else hr.height_m
    if field == "generator_yard.generator_count":
        return 0 if yard is None else yard.generator_count
    if field == "generator_yard.rating_mw_each":
        return None if yard is None else yard.rating_mw_each
    value = getattr(building, field)
    return value.value if hasattr(value, "value") else value


def _spec(building: Building, field: str) -> PropertySpec:
    for spec in property_specs(building):
        if spec.field == field:
            return spec
    raise EditError(building.id, field, tr("Commands", "{name}: {field} cannot be edited here").format(name=building.name, field=field))


def check_property(building: Building, field: str, value) -> object:
    """Check a new value for one property and return it normalised (a float, int, str).

    Raises
    ------
    EditError
        Naming the building and the field, e.g. "Data hall 6: height must be between 3 and
        80 m, got 120 m".
    """
    spec = _spec(building, field)

    def fail(text: str, **values) -> EditError:
        return EditError(building.id, field, tr("Commands", "{name}: {what}").format(
            name=building.name, what=text.format(label=spec.label.lower(), **values)))

    if spec.kind == "text":
        text = str(value).strip()
        if not text:
            raise fail(tr("Commands", "the {label} must not be empty"))
        if len(text) > 60:
            raise fail(tr("Commands", "the {label} must be at most 60 characters, got {n}"), n=len(text))
        return text
    if spec.kind == "choice":
        text = str(value)
        if text not in spec.choices:
            raise fail(tr("Commands", "{label} must be one of {choices}, got {value!r}"), choices=", ".join(spec.choices), value=text)
        return text
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise fail(tr("Commands", "{label} must be a number, got {value!r}"), value=value) from None
    if not math.isfinite(number):
        raise fail(tr("Commands", "{label} must be a finite number, got {value}"), value=value)
    if spec.kind == "int":
        if number != int(number):
            raise fail(tr("Commands", "{label} must be a whole number, got {value:g}"), value=number)
        number = int(number)
    unit = f" {spec.unit}" if spec.unit else ""
    if (spec.minimum is not None and number < spec.minimum) or (spec.maximum is not None and number > spec.maximum):
        raise fail(tr("Commands", "{label} must be between {low:g} and {high:g}{unit}, got {value:g}{unit}"),
                   low=spec.minimum, high=spec.maximum, unit=unit, value=number)
    # Floors need head room: at least 3 m a storey, the lowest for a building with services.
    height = number if field == "height_m" else building.height_m
    storeys = number if field == "storeys" else building.storeys
    if field in ("height_m", "storeys") and height / storeys < 3.0:
        raise fail(tr("Commands", "{storeys} storeys in {height} m leaves {per} m a storey; at least 3 m is needed"),
                   storeys=storeys, height=format_number(height, 1 if height % 1 else 0), per=format_number(height / storeys, 1))
    return number


def edit_property_command(campus: Campus, building_id: str, field: str, value) -> Command:
    """Set one property of a building (see :func:`property_specs` for the fields and ranges)."""
    building = campus.building(building_id)
    value = check_property(building, field, value)
    edited = _with_property(building, field, value)
    spec = _spec(building, field)
    shown = value if spec.kind == "text" else choice_title(value) if spec.kind == "choice" else f"{value:g}{' ' + spec.unit if spec.unit else ''}"
    label = tr("Commands", "Set {label} of {name} to {value}").format(label=spec.label.lower(), name=building.name, value=shown)
    return Command(label, campus, campus.with_building(edited))


def _with_property(building: Building, field: str, value) -> Building:
    hr, yard = building.heat_rejection, building.generator_yard
    frame = building_frame(building.footprint)
    if field in ("name", "height_m", "storeys", "it_capacity_mw"):
        return dataclasses.replace(building, **{field: value})
    if field == "cooling":
        return dataclasses.replace(building, cooling=CoolingType(value))
    if field == "heat_rejection.equipment":
        if value == "none":
            return dataclasses.replace(building, heat_rejection=None)
        if hr is None:
            hr = HeatRejection(Placement.ROOF, _roof_footprint(frame, None), 4.5, EquipmentKind(value))
        return dataclasses.replace(building, heat_rejection=dataclasses.replace(hr, equipment=EquipmentKind(value)))
    if field == "heat_rejection.placement":
        placement = Placement(value)
        if placement == hr.placement:
            return building
        if placement == Placement.YARD:
            footprint = _yard_beside(building, hr.footprint, frame)
        else:
            footprint = _roof_footprint(frame, hr.footprint)
        return dataclasses.replace(building, heat_rejection=dataclasses.replace(hr, placement=placement, footprint=footprint))
    if field == "heat_rejection.height_m":
        return dataclasses.replace(building, heat_rejection=dataclasses.replace(hr, height_m=value))
    if field == "generator_yard.generator_count":
        if value == 0:
            return dataclasses.replace(building, generator_yard=None)
        if yard is None:
            return dataclasses.replace(building, generator_yard=GeneratorYard(_generator_yard_footprint(building.footprint), value, 3.0))
        return dataclasses.replace(building, generator_yard=dataclasses.replace(yard, generator_count=value))
    if field == "generator_yard.rating_mw_each":
        return dataclasses.replace(building, generator_yard=dataclasses.replace(yard, rating_mw_each=value))
    raise AssertionError(field)  # _spec() has already refused unknown fields


def _roof_footprint(frame: Frame, equipment: Polygon | None) -> Polygon:
    """Equipment on the roof: its own size if it fits within the margin, else the inset roof."""
    width = frame.width_m - 2 * ROOF_MARGIN_M
    depth = frame.depth_m - 2 * ROOF_MARGIN_M
    if equipment is not None:
        e = _extent(equipment, frame.centre, frame.angle_deg)
        width, depth = min(width, e[1] - e[0]), min(depth, e[3] - e[2])
    return _round_polygon(rectangle(*frame.centre, max(width, 2.0), max(depth, 2.0), frame.angle_deg))


def _yard_beside(building: Building, equipment: Polygon, frame: Frame) -> Polygon:
    """A yard of the equipment's size beside the building, on the side without generators."""
    e = _extent(equipment, frame.centre, frame.angle_deg)
    width, depth = e[1] - e[0], e[3] - e[2]
    side = 1.0
    if building.generator_yard is not None:
        g = _extent(building.generator_yard.footprint, frame.centre, frame.angle_deg)
        side = -1.0 if (g[2] + g[3]) / 2 > 0 else 1.0
    ux, uy, vx, vy = _axes(frame.angle_deg)
    offset = side * (frame.depth_m / 2 + YARD_GAP_M + depth / 2)
    cx, cy = frame.centre[0] + vx * offset, frame.centre[1] + vy * offset
    return _round_polygon(rectangle(cx, cy, width, depth, frame.angle_deg))


SCENARIO_RULES: dict[str, tuple[float, float]] = {
    "min_hall_spacing_m": (0.0, 200.0),
    "site_setback_m": (0.0, 100.0),
    "grid_connection_mw": (1.0, 5000.0),
}
"""Campus-wide planning rules a planner may edit, with their ranges."""


def scenario_rule_title(field: str) -> str:
    """Translated name of an editable rule of the scenario."""
    return {
        "min_hall_spacing_m": tr("Commands", "minimum spacing between halls"),
        "site_setback_m": tr("Commands", "setback from the site boundary"),
        "grid_connection_mw": tr("Commands", "grid connection"),
    }[field]


def edit_scenario_command(campus: Campus, field: str, value: float) -> Command:
    """Set a campus-wide rule (minimum hall spacing, setback, grid connection), one undo step."""
    if field not in SCENARIO_RULES:
        raise EditError("scenario", field, tr("Commands", "the scenario has no editable rule {field}").format(field=field))
    low, high = SCENARIO_RULES[field]
    unit = "MW" if field.endswith("_mw") else "m"
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if not (math.isfinite(number) and low <= number <= high):
        raise EditError("scenario", field, tr("Commands", "The {title} must be between {low:g} and {high:g} {unit}, got {value}").format(
            title=scenario_rule_title(field), low=low, high=high, unit=unit, value=value))
    scenario: Scenario = dataclasses.replace(campus.scenario, **{field: number})
    label = tr("Commands", "Set {title} to {value:g} {unit}").format(title=scenario_rule_title(field), value=number, unit=unit)
    return Command(label, campus, dataclasses.replace(campus, scenario=scenario))


def empty_site_command(campus: Campus) -> Command:
    """Start a new layout on the empty site: no buildings or pipes; site, reserve, homes kept."""
    after = dataclasses.replace(campus, buildings=(), pipes=(),
                                scenario=dataclasses.replace(campus.scenario, name=tr("Commands", "New layout")))
    return Command(tr("Commands", "New layout from the empty site"), campus, after)


def replace_campus_command(campus: Campus, replacement: Campus, label: str) -> Command:
    """Replace the whole campus (e.g. revert to the bundled layout) as one undo step."""
    return Command(label, campus, replacement)
