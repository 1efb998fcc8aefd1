"""Checks a campus for impossible or implausible layouts, naming the feature and the field.

Two severities:

* :attr:`Severity.ERROR`: the campus cannot be used as is (a self-intersecting outline, a
  non-positive height or capacity). Loading a file with such a problem fails.
* :attr:`Severity.WARNING`: a planning problem the user must see but may be working on (a
  building outside the site, two buildings overlapping, capacity above the grid connection).
  The app shows them; a planner dragging a building through a neighbour is not blocked.

Each issue names the *rule* it breaks and carries the plan *area* at fault (the overlap, the
encroachment on the reserve, the strip inside the setback, the gap between two halls that are
too close), so the 3-D view can shade it. Rules in :data:`HARD_RULES` (buildings overlapping,
building in the reserve, building outside the site) are ones a planner may choose to have a
drop refused for; the others are planning assumptions to weigh (the spacing and setback
distances are editable in the scenario and labelled as assumptions).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import shapely
from shapely.geometry import LineString
from shapely.geometry import Polygon as ShapelyPolygon

from twin.core.i18n import format_number, tr
from twin.model.campus import Campus, Polygon

HARD_RULES = frozenset({"overlap", "reserve", "outside_site"})
"""Rules whose breach a drop can be refused for (option of the window)."""

CONNECTION_DISTANCE_M = 45.0
"""A data hall farther than this from every facility-water pipe is reported as not served."""

RESERVE_AREA_TOLERANCE = 0.25
"""Relative departure of the reserve's area from the announced figure that raises a warning."""

_OVERLAP_TOLERANCE_M2 = 0.5
"""Touching footprints share an edge; only a real overlap (more than this) is reported."""


class Severity(StrEnum):
    """How serious a :class:`ValidationIssue` is."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class ValidationIssue:
    """One problem found in a campus.

    Attributes
    ----------
    severity
        Error (unusable) or warning (planning problem).
    feature
        Id of the feature concerned (building, reserve, pipe, ``site`` or ``scenario``).
    field
        The property at fault, e.g. ``height_m`` or ``footprint``.
    message
        A sentence a planner understands.
    """

    severity: Severity
    feature: str
    field: str
    message: str
    rule: str = ""
    """Short name of the rule broken (``overlap``, ``reserve``, ``setback``, ``spacing``...)."""
    area: tuple[Polygon, ...] = ()
    """The plan area at fault (overlap, encroachment, strip inside a setback), for shading."""
    other: str = ""
    """Id of the second feature involved, if any (the other hall of an overlap)."""

    @property
    def is_hard(self) -> bool:
        """True for rules a drop may be refused for (see :data:`HARD_RULES`)."""
        return self.rule in HARD_RULES

    def __str__(self) -> str:
        return f"{self.severity}: {self.feature}.{self.field}: {self.message}"


def shapely_polygon(polygon: Polygon) -> ShapelyPolygon:
    """Return ``polygon`` as a shapely polygon (no validity check)."""
    return ShapelyPolygon(polygon)


def polygon_problem(polygon: Polygon) -> str | None:
    """Describe why ``polygon`` is not a usable simple polygon, or return ``None`` if it is."""
    if len(polygon) < 3:
        return f"needs at least 3 vertices, has {len(polygon)}"
    shape = ShapelyPolygon(polygon)
    if not shape.is_valid:
        return f"is not a simple polygon ({shapely.is_valid_reason(shape)})"
    if shape.area <= 0.0:
        return "has zero area"
    return None


def validate_campus(campus: Campus) -> list[ValidationIssue]:
    """Return every problem found in ``campus``, errors first.

    Parameters
    ----------
    campus
        The campus to check.

    Returns
    -------
    list of ValidationIssue
        Empty when the campus is sound.
    """
    issues: list[ValidationIssue] = []

    def error(feature: str, field_name: str, message: str) -> None:
        issues.append(ValidationIssue(Severity.ERROR, feature, field_name, message))

    def warning(feature: str, field_name: str, message: str, rule: str = "", area: tuple = (), other: str = "") -> None:
        issues.append(ValidationIssue(Severity.WARNING, feature, field_name, message, rule, area, other))

    site_problem = polygon_problem(campus.site.boundary)
    if site_problem:
        error("site", "boundary", f"site boundary {site_problem}")
    reserve = campus.reserve
    reserve_problem = polygon_problem(reserve.boundary)
    if reserve_problem:
        error(reserve.id, "boundary", f"reserve outline {reserve_problem}")
    if reserve.trees_per_ha < 0:
        error(reserve.id, "trees_per_ha", f"tree density must not be negative, got {reserve.trees_per_ha}")
    if reserve.tree_height_m <= 0:
        error(reserve.id, "tree_height_m", f"tree height must be positive, got {reserve.tree_height_m}")

    seen_ids: set[str] = set()
    for building in campus.buildings:
        if building.id in seen_ids:
            error(building.id, "id", f"two buildings share the id {building.id!r}")
        seen_ids.add(building.id)
        problem = polygon_problem(building.footprint)
        if problem:
            error(building.id, "footprint", f"footprint of {building.name} {problem}")
        if building.height_m <= 0:
            error(building.id, "height_m", f"height of {building.name} must be positive, got {building.height_m} m")
        if building.storeys < 1:
            error(building.id, "storeys", f"{building.name} must have at least one storey, got {building.storeys}")
        if building.it_capacity_mw < 0:
            error(building.id, "it_capacity_mw", f"IT capacity of {building.name} must not be negative, got {building.it_capacity_mw} MW")
        elif building.kind == "data_hall" and building.it_capacity_mw <= 0:
            error(building.id, "it_capacity_mw", f"data hall {building.name} must have a positive IT capacity, got {building.it_capacity_mw} MW")
        if building.heat_rejection is not None:
            equipment = building.heat_rejection
            problem = polygon_problem(equipment.footprint)
            if problem:
                error(building.id, "heat_rejection.footprint", f"heat-rejection outline of {building.name} {problem}")
            if equipment.height_m <= 0:
                error(building.id, "heat_rejection.height_m", f"heat-rejection equipment of {building.name} must have a positive height, got {equipment.height_m} m")
            if equipment.placement == "roof" and not problem and not _footprint_problem(building):
                if not shapely_polygon(building.footprint).buffer(0.01).contains(shapely_polygon(equipment.footprint)):
                    warning(building.id, "heat_rejection.footprint", f"roof equipment of {building.name} overhangs its roof")
        if building.generator_yard is not None:
            yard = building.generator_yard
            problem = polygon_problem(yard.footprint)
            if problem:
                error(building.id, "generator_yard.footprint", f"generator yard of {building.name} {problem}")
            if yard.generator_count < 0 or yard.rating_mw_each <= 0:
                error(building.id, "generator_yard.rating_mw_each", f"generator yard of {building.name} needs a positive rating and count")

    for pipe in campus.pipes:
        if pipe.diameter_m <= 0:
            error(pipe.id, "diameter_m", f"diameter of {pipe.name} must be positive, got {pipe.diameter_m} m")
        if len(pipe.path) < 2:
            error(pipe.id, "path", f"{pipe.name} needs at least 2 points, has {len(pipe.path)}")
        elif LineString(pipe.path).length <= 0:
            error(pipe.id, "path", f"{pipe.name} has zero length")

    if any(i.severity == Severity.ERROR for i in issues):
        # Geometric comparisons on broken polygons would only add noise.
        return issues

    site_exact = shapely_polygon(campus.site.boundary)
    site = site_exact.buffer(0.01)
    reserve_shape = shapely_polygon(reserve.boundary)
    scenario = campus.scenario
    if not site.contains(reserve_shape):
        warning(reserve.id, "boundary", tr("Validation", "the nature reserve extends outside the site boundary"))
    target = scenario.reserve_target_ha
    effective = effective_reserve_area_ha(campus)
    if target > 0 and abs(reserve.area_ha - target) > RESERVE_AREA_TOLERANCE * target:
        warning(reserve.id, "boundary", tr("Validation", "reserve area is {area} ha, far from the announced {target} ha").format(
            area=format_number(reserve.area_ha, 1), target=format_number(target, 1 if target % 1 else 0)), rule="reserve_area")
    elif target > 0 and effective < target * (1 - 0.02):
        lost = reserve.area_ha - effective
        taken = reserve_shape.intersection(shapely.union_all([_building_extent(b) for b in campus.buildings]))
        warning(reserve.id, "boundary", tr(
            "Validation", "buildings take {lost:.2f} ha of the reserve: {area:.1f} ha left of the announced {target:g} ha").format(
            lost=lost, area=effective, target=target), rule="reserve_area", area=_polygons(taken))

    footprints = {b.id: _building_extent(b) for b in campus.buildings}
    setback = scenario.site_setback_m
    inner_strip = site_exact.exterior.buffer(setback) if setback > 0 else None
    for building in campus.buildings:
        shape = footprints[building.id]
        if not site.contains(shape):
            warning(building.id, "footprint", tr("Validation", "{name} lies partly outside the site boundary").format(name=building.name),
                    rule="outside_site", area=_polygons(shape.difference(site_exact)))
        elif inner_strip is not None:
            distance = site_exact.exterior.distance(shape)
            if distance < setback - 0.01:
                warning(building.id, "footprint", tr(
                    "Validation", "{name} is {distance:.0f} m from the site boundary; the setback is {setback:g} m (planning assumption)").format(
                    name=building.name, distance=distance, setback=setback),
                    rule="setback", area=_polygons(shape.intersection(inner_strip)))
        encroachment = shape.intersection(reserve_shape)
        if encroachment.area > _OVERLAP_TOLERANCE_M2:
            warning(building.id, "footprint", tr("Validation", "{name} encroaches on the nature reserve ({area:,.0f} m²)").format(
                name=building.name, area=encroachment.area), rule="reserve", area=_polygons(encroachment))
    buildings = campus.buildings
    spacing = scenario.min_hall_spacing_m
    for index, first in enumerate(buildings):
        for second in buildings[index + 1 :]:
            a, b = footprints[first.id], footprints[second.id]
            overlap = a.intersection(b)
            if overlap.area > _OVERLAP_TOLERANCE_M2:
                warning(first.id, "footprint", tr("Validation", "{first} overlaps {second}").format(first=first.name, second=second.name),
                        rule="overlap", area=_polygons(overlap), other=second.id)
            elif spacing > 0 and first.it_capacity_mw > 0 and second.it_capacity_mw > 0:
                gap = a.distance(b)
                if gap < spacing - 0.01:
                    zone = a.buffer(spacing / 2).intersection(b.buffer(spacing / 2))
                    warning(first.id, "footprint", tr(
                        "Validation", "{first} and {second} are {gap:.0f} m apart; the minimum spacing between halls is {spacing:g} m (planning assumption)").format(
                        first=first.name, second=second.name, gap=gap, spacing=spacing),
                        rule="spacing", area=_polygons(zone), other=second.id)

    cooling = [LineString(p.path) for p in campus.pipes if p.network == "cooling" and len(p.path) >= 2]
    if cooling:
        for hall in campus.data_halls:
            distance = min(line.distance(footprints[hall.id]) for line in cooling)
            if distance > CONNECTION_DISTANCE_M:
                warning(hall.id, "pipes", tr(
                    "Validation", "{name} is {distance:.0f} m from the facility-water mains: no pipe serves it").format(
                    name=hall.name, distance=distance), rule="unconnected")

    total = campus.total_it_capacity_mw
    if total > scenario.grid_connection_mw:
        warning("scenario", "grid_connection_mw", tr("Validation", "total IT capacity {total:.0f} MW exceeds the grid connection of {grid:.0f} MW").format(
            total=total, grid=scenario.grid_connection_mw), rule="grid")
    elif total * scenario.pue_target > scenario.grid_connection_mw * 1.0001:
        warning(
            "scenario", "grid_connection_mw",
            tr("Validation", "IT capacity {total:.0f} MW at PUE {pue:g} draws {draw:.0f} MW, more than the grid connection of {grid:.0f} MW").format(
                total=total, pue=scenario.pue_target, draw=total * scenario.pue_target, grid=scenario.grid_connection_mw),
            rule="grid",
        )
    return issues


def effective_reserve_area_ha(campus: Campus) -> float:
    """Area of the reserve left once the buildings standing on it are taken out, in hectares.

    This is the reserve the trees are drawn on and the figure compared with the announced
    6 ha: a hall dropped into the reserve removes those trees.
    """
    reserve = shapely_polygon(campus.reserve.boundary)
    if not reserve.is_valid:
        return campus.reserve.area_ha
    taken = [_building_extent(b) for b in campus.buildings if polygon_problem(b.footprint) is None]
    if taken:
        reserve = reserve.difference(shapely.union_all(taken))
    return reserve.area / 10_000.0


def _polygons(geometry) -> tuple[Polygon, ...]:
    """The polygons of a shapely geometry, as plain vertex tuples (first vertex not repeated)."""
    if geometry.is_empty:
        return ()
    parts = getattr(geometry, "geoms", [geometry])
    out = []
    for part in parts:
        if part.geom_type == "Polygon" and part.area > 0:
            out.append(tuple((float(x), float(y)) for x, y in list(part.exterior.coords)[:-1]))
        elif hasattr(part, "geoms"):
            out.extend(_polygons(part))
    return tuple(out)


def _footprint_problem(building) -> str | None:
    return polygon_problem(building.footprint)


def _building_extent(building) -> ShapelyPolygon:
    """Footprint plus yards: what must stay inside the site and clear of neighbours."""
    shape = shapely_polygon(building.footprint)
    if building.heat_rejection is not None and building.heat_rejection.placement == "yard":
        shape = shape.union(shapely_polygon(building.heat_rejection.footprint))
    if building.generator_yard is not None:
        shape = shape.union(shapely_polygon(building.generator_yard.footprint))
    return shape
