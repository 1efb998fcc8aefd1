"""Checks a campus for impossible or implausible layouts, naming the feature and the field.

Two severities:

* :attr:`Severity.ERROR`: the campus cannot be used as is (a self-intersecting outline, a
  non-positive height or capacity). Loading a file with such a problem fails.
* :attr:`Severity.WARNING`: a planning problem the user must see but may be working on (a
  building outside the site, two buildings overlapping, capacity above the grid connection).
  The app shows them; a planner dragging a building through a neighbour is not blocked.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import shapely
from shapely.geometry import LineString
from shapely.geometry import Polygon as ShapelyPolygon

from twin.model.campus import Campus, Polygon

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

    def warning(feature: str, field_name: str, message: str) -> None:
        issues.append(ValidationIssue(Severity.WARNING, feature, field_name, message))

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

    site = shapely_polygon(campus.site.boundary).buffer(0.01)
    reserve_shape = shapely_polygon(reserve.boundary)
    if not site.contains(reserve_shape):
        warning(reserve.id, "boundary", "the nature reserve extends outside the site boundary")
    target = campus.scenario.reserve_target_ha
    if target > 0 and abs(reserve.area_ha - target) > RESERVE_AREA_TOLERANCE * target:
        warning(reserve.id, "boundary", f"reserve area is {reserve.area_ha:.1f} ha, far from the announced {target:g} ha")

    footprints = {b.id: _building_extent(b) for b in campus.buildings}
    for building in campus.buildings:
        shape = footprints[building.id]
        if not site.contains(shape):
            warning(building.id, "footprint", f"{building.name} lies partly outside the site boundary")
        if shape.intersection(reserve_shape).area > _OVERLAP_TOLERANCE_M2:
            warning(building.id, "footprint", f"{building.name} encroaches on the nature reserve")
    buildings = campus.buildings
    for index, first in enumerate(buildings):
        for second in buildings[index + 1 :]:
            if footprints[first.id].intersection(footprints[second.id]).area > _OVERLAP_TOLERANCE_M2:
                warning(first.id, "footprint", f"{first.name} overlaps {second.name}")

    total = campus.total_it_capacity_mw
    scenario = campus.scenario
    if total > scenario.grid_connection_mw:
        warning("scenario", "grid_connection_mw", f"total IT capacity {total:.0f} MW exceeds the grid connection of {scenario.grid_connection_mw:.0f} MW")
    elif total * scenario.pue_target > scenario.grid_connection_mw * 1.0001:
        warning(
            "scenario", "grid_connection_mw",
            f"IT capacity {total:.0f} MW at PUE {scenario.pue_target:g} draws {total * scenario.pue_target:.0f} MW, "
            f"more than the grid connection of {scenario.grid_connection_mw:.0f} MW",
        )
    return issues


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
