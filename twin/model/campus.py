"""The campus as immutable data: site, buildings, reserve, pipes, receptors and scenario.

Every class here is a frozen dataclass, so a :class:`Campus` can cross threads as a snapshot
(the solver and the plant model read it while the GUI edits a new one). Edits return a new
campus (:meth:`Campus.with_building`), never mutate one.

Coordinates are in a local metric frame: x to the east, y to the north, metres, origin at
:attr:`GeoReference.origin_e`, :attr:`GeoReference.origin_n` in Lambert-93 (EPSG:2154). Heights
are metres above the local ground. Powers are MW, temperatures degrees Celsius, lengths metres.

Each numeric figure may carry a :class:`FigureSource` in its feature's ``sources`` mapping, saying
whether it is published by the operator, derived from published inputs, or a planning
assumption; the app shows that distinction wherever it shows the figure.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

Point = tuple[float, float]
Polygon = tuple[Point, ...]
"""A simple polygon: its vertices in order, the first not repeated at the end."""
Polyline = tuple[Point, ...]


class Status(StrEnum):
    """Where a figure comes from (the tags of ``shared/domain/escaudain.md``)."""

    PUBLISHED = "published"
    """Stated by the operator or an official source (tag V)."""
    DERIVED = "derived"
    """Computed here from published inputs (tag D)."""
    ASSUMPTION = "assumption"
    """A planning assumption, not published (tag U); must be labelled as such in public."""


@dataclass(frozen=True)
class FigureSource:
    """The provenance of one figure: its :class:`Status` and a short note (source or reasoning)."""

    status: Status
    note: str = ""


Sources = Mapping[str, FigureSource]


class BuildingKind(StrEnum):
    """What a building is for."""

    DATA_HALL = "data_hall"
    SUBSTATION = "substation"
    COOLING_PLANT = "cooling_plant"
    HEAT_RECOVERY_PLANT = "heat_recovery_plant"
    OFFICES = "offices"
    """Offices, training rooms, incubator, repair cafe ("Data4 Good")."""
    GATEHOUSE = "gatehouse"


class CoolingType(StrEnum):
    """How a building's IT heat reaches the outside air."""

    NONE = "none"
    DIRECT_LIQUID_DRY_COOLERS = "direct_liquid_dry_coolers"
    """Cold plates on a liquid loop rejected by dry coolers, chillers only as trim."""
    ADIABATIC = "adiabatic"
    """Dry coolers with evaporative pre-cooling of the inlet air on hot days."""
    CHILLERS = "chillers"
    """Mechanical chillers with air-cooled condensers."""


class Placement(StrEnum):
    """Where heat-rejection equipment stands."""

    ROOF = "roof"
    YARD = "yard"


class EquipmentKind(StrEnum):
    """Kind of heat-rejection equipment."""

    DRY_COOLER = "dry_cooler"
    ADIABATIC_COOLER = "adiabatic_cooler"
    COOLING_TOWER = "cooling_tower"


class PipeRole(StrEnum):
    """Direction of flow in a pipe, relative to the heat consumer."""

    SUPPLY = "supply"
    RETURN = "return"


class PipeNetwork(StrEnum):
    """Which network a pipe belongs to."""

    COOLING = "cooling"
    """The campus facility-water loop between halls and heat rejection/recovery."""
    HEAT_EXPORT = "heat_export"
    """The line that exports recovered heat to the neighbouring districts."""


@dataclass(frozen=True)
class GeoReference:
    """Ties the local frame to Lambert-93 (EPSG:2154): local (0, 0) is (origin_e, origin_n)."""

    origin_e: float
    origin_n: float
    epsg: int = 2154


@dataclass(frozen=True)
class Site:
    """The parcel boundary and its announced area."""

    boundary: Polygon
    announced_area_ha: float = 38.0
    sources: Sources = field(default_factory=dict)


@dataclass(frozen=True)
class HeatRejection:
    """Heat-rejection equipment of a building: dry coolers, adiabatic coolers or towers.

    Attributes
    ----------
    placement
        On the building's roof or in a yard at ground level.
    footprint
        Plan outline of the equipment (on the roof, inside the building footprint).
    height_m
        Height of the equipment itself (its base is the roof or the ground).
    equipment
        What kind of unit rejects the heat.
    """

    placement: Placement
    footprint: Polygon
    height_m: float
    equipment: EquipmentKind = EquipmentKind.DRY_COOLER


@dataclass(frozen=True)
class GeneratorYard:
    """Standby diesel generators next to a building."""

    footprint: Polygon
    generator_count: int
    rating_mw_each: float


@dataclass(frozen=True)
class Building:
    """One building on the campus.

    ``it_capacity_mw`` is the IT (critical) load the building is built for; it is zero for
    buildings that host no IT. ``heat_rejection`` and ``generator_yard`` are optional.
    """

    id: str
    name: str
    kind: BuildingKind
    footprint: Polygon
    height_m: float
    storeys: int = 1
    it_capacity_mw: float = 0.0
    cooling: CoolingType = CoolingType.NONE
    heat_rejection: HeatRejection | None = None
    generator_yard: GeneratorYard | None = None
    sources: Sources = field(default_factory=dict)

    @property
    def footprint_area_m2(self) -> float:
        """Plan area of the footprint in square metres."""
        return polygon_area(self.footprint)

    @property
    def centroid(self) -> Point:
        """Area-weighted centre of the footprint."""
        return polygon_centroid(self.footprint)

    def translated(self, dx: float, dy: float) -> Building:
        """Return this building moved by (dx, dy) metres, with its equipment and yard."""

        def move(polygon: Polygon) -> Polygon:
            return tuple((x + dx, y + dy) for x, y in polygon)

        heat_rejection = self.heat_rejection
        if heat_rejection is not None:
            heat_rejection = dataclasses.replace(heat_rejection, footprint=move(heat_rejection.footprint))
        generator_yard = self.generator_yard
        if generator_yard is not None:
            generator_yard = dataclasses.replace(generator_yard, footprint=move(generator_yard.footprint))
        return dataclasses.replace(
            self,
            footprint=move(self.footprint),
            heat_rejection=heat_rejection,
            generator_yard=generator_yard,
        )


@dataclass(frozen=True)
class NatureReserve:
    """The planted nature reserve (announced at 6 ha with thousands of trees)."""

    id: str
    name: str
    boundary: Polygon
    trees_per_ha: float
    tree_height_m: float = 12.0
    sources: Sources = field(default_factory=dict)

    @property
    def area_ha(self) -> float:
        """Plan area in hectares."""
        return polygon_area(self.boundary) / 10_000.0

    @property
    def tree_count(self) -> int:
        """Number of trees at the planting density."""
        return round(self.area_ha * self.trees_per_ha)


@dataclass(frozen=True)
class Pipe:
    """A pipe run drawn as a polyline: part of the cooling loop or the heat-export line."""

    id: str
    name: str
    network: PipeNetwork
    role: PipeRole
    path: Polyline
    diameter_m: float
    sources: Sources = field(default_factory=dict)

    @property
    def length_m(self) -> float:
        """Length along the polyline in metres."""
        return sum(math.dist(a, b) for a, b in zip(self.path[:-1], self.path[1:], strict=True))


@dataclass(frozen=True)
class Receptor:
    """A point where noise and heat are checked: the nearest homes of a commune."""

    id: str
    name: str
    commune: str
    position: Point
    sources: Sources = field(default_factory=dict)


@dataclass(frozen=True)
class Place:
    """A surrounding town, shown in the 3D view with its direction and distance."""

    id: str
    name: str
    position: Point


@dataclass(frozen=True)
class Scenario:
    """Campus-wide figures and the conditions a study runs in.

    Attributes
    ----------
    name
        Short title shown in the window title and in reports.
    announced_capacity_mw
        The operator's announced gross capacity.
    grid_connection_mw
        Power the grid connection (Mastaing substation) can deliver to the site.
    pue_target
        Announced power usage effectiveness.
    reserve_target_ha
        Announced area of the nature reserve.
    wind_from_deg, wind_speed_ms, ambient_c
        Default weather for the airflow view: wind direction it blows *from* (meteorological,
        degrees clockwise from north), speed at 10 m, air temperature.
    district_supply_c
        Supply temperature of the heat-export line to the districts.
    min_hall_spacing_m
        Planning assumption: the clear distance kept between two data halls (with their
        yards), for fire separation, maintenance access and air to the coolers. Editable.
    site_setback_m
        Planning assumption: the clear distance kept between any building and the site
        boundary (landscaping, fence, perimeter road). Editable.
    """

    name: str = "Escaudain - Les Soufflantes"
    announced_capacity_mw: float = 700.0
    grid_connection_mw: float = 900.0
    pue_target: float = 1.2
    reserve_target_ha: float = 6.0
    wind_from_deg: float = 240.0
    wind_speed_ms: float = 5.0
    ambient_c: float = 11.0
    district_supply_c: float = 70.0
    min_hall_spacing_m: float = 20.0
    site_setback_m: float = 10.0
    sources: Sources = field(default_factory=dict)


@dataclass(frozen=True)
class Campus:
    """Everything the twin knows about the campus layout; immutable, safe to share across threads."""

    georef: GeoReference
    site: Site
    buildings: tuple[Building, ...]
    reserve: NatureReserve
    pipes: tuple[Pipe, ...] = ()
    receptors: tuple[Receptor, ...] = ()
    places: tuple[Place, ...] = ()
    scenario: Scenario = field(default_factory=Scenario)

    def building(self, building_id: str) -> Building:
        """Return the building with that id.

        Raises
        ------
        KeyError
            If no building has that id.
        """
        for building in self.buildings:
            if building.id == building_id:
                return building
        raise KeyError(f"no building with id {building_id!r}")

    def with_building(self, building: Building) -> Campus:
        """Return a campus in which the building of the same id is replaced by ``building``."""
        self.building(building.id)  # raises on an unknown id
        buildings = tuple(building if b.id == building.id else b for b in self.buildings)
        return dataclasses.replace(self, buildings=buildings)

    def with_added_building(self, building: Building) -> Campus:
        """Return a campus with ``building`` appended.

        Raises
        ------
        ValueError
            If a building already has that id.
        """
        if any(b.id == building.id for b in self.buildings):
            raise ValueError(f"a building with id {building.id!r} already exists")
        return dataclasses.replace(self, buildings=self.buildings + (building,))

    def without_building(self, building_id: str) -> Campus:
        """Return a campus without the building of that id (raises ``KeyError`` if unknown)."""
        self.building(building_id)
        return dataclasses.replace(self, buildings=tuple(b for b in self.buildings if b.id != building_id))

    @property
    def total_it_capacity_mw(self) -> float:
        """Sum of the IT capacity of every building."""
        return sum(b.it_capacity_mw for b in self.buildings)

    @property
    def data_halls(self) -> tuple[Building, ...]:
        """Buildings that host IT load."""
        return tuple(b for b in self.buildings if b.it_capacity_mw > 0)


def polygon_area(polygon: Polygon) -> float:
    """Unsigned plan area of a simple polygon (shoelace formula), in the square of its unit."""
    return abs(_signed_area(polygon))


def _signed_area(polygon: Polygon) -> float:
    total = 0.0
    for (x0, y0), (x1, y1) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        total += x0 * y1 - x1 * y0
    return total / 2.0


def polygon_centroid(polygon: Polygon) -> Point:
    """Area-weighted centroid of a simple polygon; the vertex mean for a degenerate one."""
    area = _signed_area(polygon)
    if abs(area) < 1e-12:
        xs, ys = zip(*polygon, strict=True)
        return (sum(xs) / len(xs), sum(ys) / len(ys))
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return (cx / (6.0 * area), cy / (6.0 * area))


def rectangle(cx: float, cy: float, width: float, depth: float, angle_deg: float = 0.0) -> Polygon:
    """A rectangle centred on (cx, cy), ``width`` along x and ``depth`` along y before rotation.

    The rotation is counter-clockwise by ``angle_deg``; vertices run counter-clockwise.
    """
    cos_a, sin_a = math.cos(math.radians(angle_deg)), math.sin(math.radians(angle_deg))
    corners = ((-width / 2, -depth / 2), (width / 2, -depth / 2), (width / 2, depth / 2), (-width / 2, depth / 2))
    return tuple((cx + x * cos_a - y * sin_a, cy + x * sin_a + y * cos_a) for x, y in corners)
