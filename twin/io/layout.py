"""Campus layout files: GeoJSON (RFC 7946) that QGIS opens as is, versioned, round-tripping.

Format (schema ``campus-twin/layout``, version 1)
-------------------------------------------------
A ``FeatureCollection`` in WGS84 longitude/latitude, with one foreign top-level member,
``campus_twin``::

    {"type": "FeatureCollection",
     "campus_twin": {"schema": "campus-twin/layout", "version": 1,
                     "georef": {"epsg": 2154, "origin_e": ..., "origin_n": ...},
                     "scenario": {"name": ..., "announced_capacity_mw": ..., "sources": {...}}},
     "features": [...]}

``campus_twin.scenario`` holds the campus-wide figures of :class:`~twin.model.campus.Scenario`
(numbers in the units their names end with), among them the rules the layout checks apply
(:data:`twin.model.commands.SCENARIO_RULES`, editable in the rules dock):

=======================  ======  ===========  ==========================================
member                   unit    range        meaning
=======================  ======  ===========  ==========================================
``min_hall_spacing_m``   m       0-200        clear distance kept between two data halls
``site_setback_m``       m       0-100        clear distance kept from the site boundary
``grid_connection_mw``   MW      1-5000       power the grid connection can deliver
=======================  ======  ===========  ==========================================

A member left out takes the default of :class:`~twin.model.campus.Scenario` (files written
before the spacing and setback were saved load with 20 m and 10 m); a value outside its range
is refused on load with the file and the field named.

Every feature has an ``id`` and a ``properties.feature_type``:

=================  ===========  =========================================================
feature_type       geometry     properties
=================  ===========  =========================================================
``site``           Polygon      ``announced_area_ha``
``reserve``        Polygon      ``name``, ``trees_per_ha``, ``tree_height_m``
``building``       Polygon      ``name``, ``kind``, ``height_m``, ``storeys``,
                                ``it_capacity_mw``, ``cooling``
``heat_rejection`` Polygon      ``building_id``, ``placement`` (roof|yard), ``height_m``,
                                ``equipment``
``generator_yard`` Polygon      ``building_id``, ``generator_count``, ``rating_mw_each``
``pipe``           LineString   ``name``, ``network`` (cooling|heat_export),
                                ``role`` (supply|return), ``diameter_m``
``receptor``       Point        ``name``, ``commune``
``place``          Point        ``name``
=================  ===========  =========================================================

Any feature (and the scenario) may carry ``sources``: a mapping from a property name to
``{"status": "published"|"derived"|"assumption", "note": "..."}``.

Heat-rejection equipment and generator yards are features of their own (not nested
properties) so that QGIS draws them; they point at their building by ``building_id``.

Local coordinates are kept to the millimetre and written as lon/lat with 9 decimals, so
``save(load(f))`` reproduces ``f`` byte for byte and ``load(save(c)) == c``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from twin.core.files import write_text_atomically
from twin.core.i18n import tr
from twin.io.errors import MIB, FileContentError, read_regular_text, short_repr
from twin.io.geo import check_projected_epsg, local_to_lonlat, lonlat_to_local
from twin.model.campus import (
    Building,
    BuildingKind,
    Campus,
    CoolingType,
    EquipmentKind,
    FigureSource,
    GeneratorYard,
    GeoReference,
    HeatRejection,
    NatureReserve,
    Pipe,
    PipeNetwork,
    PipeRole,
    Place,
    Placement,
    Receptor,
    Scenario,
    Site,
    Status,
)
from twin.model.commands import SCENARIO_RULES, scenario_rule_title
from twin.model.validation import Severity, validate_campus

SCHEMA = "campus-twin/layout"
VERSION = 1
SUPPORTED_VERSIONS = (1,)
COORDINATE_DECIMALS = 9
MAX_LOCAL_EXTENT_M = 50_000.0
"""A campus feature further than this from the georef origin is a wrong origin, not a campus."""

E = TypeVar("E", bound=StrEnum)


MAX_LAYOUT_BYTES = 64 * MIB
"""Largest layout file read: the bundled campus is ~40 kB, a detailed one a few MB."""


class LayoutError(FileContentError):
    """A layout file could not be read; names the file, the feature and the field.

    A :class:`~twin.io.errors.FileContentError`, so callers catch one type for every reader.

    Attributes
    ----------
    path
        The file.
    feature
        Id (or index) of the feature at fault, or ``None`` for the file as a whole.
    field
        The property at fault, or ``None``.
    reason
        What is wrong, in a sentence.
    line
        Line of the file, when known (undecodable bytes).
    """

    def __init__(
        self,
        path: Path | str,
        reason: str,
        feature: str | None = None,
        field: str | None = None,
        *,
        line: int | None = None,
    ):
        where = f"{Path(path)}"
        if line is not None:
            where += tr("FileErrors", ", line {line}").format(line=line)
        if feature is not None:
            where += tr("Layout", ": feature {feature}").format(feature=short_repr(feature))
        if field is not None:
            where += tr("Layout", ", field {field}").format(field=short_repr(field))
        ValueError.__init__(self, tr("FileErrors", "{where}: {message}").format(where=where, message=reason))
        self.path = Path(path)  # type: ignore[assignment] - a Path here, str in the base
        self.feature = feature
        self.field = field
        self.reason = reason
        self.line = line


# --------------------------------------------------------------------------- reading


def load_layout(path: Path | str) -> Campus:
    """Read a campus from a layout file.

    The whole file is parsed and validated before anything is returned: on any problem a
    :class:`LayoutError` is raised and no partial campus exists.

    Raises
    ------
    LayoutError
        For unreadable or malformed JSON, an unknown schema version, a missing or mistyped
        field, invalid geometry, or a validation *error* (see :mod:`twin.model.validation`).
    """
    path = Path(path)
    text = read_regular_text(path, LayoutError, MAX_LAYOUT_BYTES)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LayoutError(path, tr("Layout", "is not valid JSON (line {line}, column {column}: {reason})").format(
            line=exc.lineno, column=exc.colno, reason=exc.msg)) from exc
    except RecursionError:
        raise LayoutError(path, tr("Layout", "is nested too deeply to be a layout (arrays or objects inside each other ~1,000 levels)")) from None
    except ValueError as exc:
        # Python refuses integers of more than 4,300 digits (int_max_str_digits) with ValueError.
        raise LayoutError(path, tr("Layout", "holds a number that cannot be read ({reason})").format(reason=exc)) from None
    return layout_from_geojson(document, path)


def layout_from_geojson(document: Any, path: Path | str, *, validate: bool = True) -> Campus:
    """The campus of an already parsed layout document (a recovery file holds one).

    ``path`` only names the origin in error messages. Checks exactly as :func:`load_layout`;
    with ``validate=False`` the structure is still checked field by field but validation
    *errors* of the campus (:mod:`twin.model.validation`) are not: a recovery file keeps the
    edits of a planner whatever state they left the campus in.

    Raises
    ------
    LayoutError
        As :func:`load_layout`.
    """
    path = Path(path)
    campus = _Reader(path).campus(document)
    if not validate:
        return campus
    errors = [issue for issue in validate_campus(campus) if issue.severity == Severity.ERROR]
    if errors:
        first = errors[0]
        more = tr("Layout", " (and {count} more problems)").format(count=len(errors) - 1) if len(errors) > 1 else ""
        raise LayoutError(path, first.message + more, first.feature, first.field)
    return campus


def _show(value: Any) -> str:
    """A value from the file as JSON, short and never failing (see :func:`short_repr`)."""
    try:
        text = json.dumps(value)
    except (ValueError, TypeError, RecursionError, OverflowError):
        return short_repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Reader:
    """Parses one GeoJSON document, raising :class:`LayoutError` with full context."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.georef: GeoReference | None = None
        self.owner_references: dict[str, str] = {}
        """Feature id of each equipment or yard feature -> the building id it names."""

    def fail(self, reason: str, feature: str | None = None, field: str | None = None) -> LayoutError:
        return LayoutError(self.path, reason, feature, field)

    def campus(self, document: Any) -> Campus:
        if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
            raise self.fail(tr("Layout", "is not a GeoJSON FeatureCollection"))
        meta = document.get("campus_twin")
        if not isinstance(meta, dict):
            raise self.fail(tr("Layout", "has no 'campus_twin' member: not a Campus Twin layout"), field="campus_twin")
        if meta.get("schema") != SCHEMA:
            raise self.fail(tr("Layout", "schema is {schema}, expected {expected}").format(
                schema=_show(meta.get("schema")), expected=repr(SCHEMA)), field="campus_twin.schema")
        version = meta.get("version")
        if version not in SUPPORTED_VERSIONS:
            raise self.fail(
                tr("Layout", "layout version {version} is not supported by this Campus Twin (supports {supported})").format(
                    version=_show(version), supported=", ".join(map(str, SUPPORTED_VERSIONS))),
                field="campus_twin.version",
            )
        georef_data = self.mapping(meta, "georef", "campus_twin", "campus_twin.georef")
        epsg = self.number(georef_data, "epsg", "campus_twin", "georef.", default=2154)
        try:
            # Checked here, before any coordinate is converted: pyproj's own CRSError would
            # otherwise escape from the first polygon read.
            epsg = check_projected_epsg(epsg)
        except ValueError as exc:
            raise self.fail(str(exc), "campus_twin", "georef.epsg") from None
        self.georef = GeoReference(
            origin_e=self.number(georef_data, "origin_e", "campus_twin", "georef."),
            origin_n=self.number(georef_data, "origin_n", "campus_twin", "georef."),
            epsg=epsg,
        )
        scenario = self.scenario(self.mapping(meta, "scenario", "campus_twin", "campus_twin.scenario"))

        features = document.get("features")
        if not isinstance(features, list):
            raise self.fail(tr("Layout", "'features' must be a list"), field="features")
        site: Site | None = None
        reserve: NatureReserve | None = None
        buildings: list[dict[str, Any]] = []
        equipment: dict[str, HeatRejection] = {}
        yards: dict[str, GeneratorYard] = {}
        pipes: list[Pipe] = []
        receptors: list[Receptor] = []
        places: list[Place] = []
        seen: set[str] = set()
        for index, feature in enumerate(features):
            if not isinstance(feature, dict) or feature.get("type") != "Feature":
                raise self.fail(tr("Layout", "is not a GeoJSON Feature"), feature=f"#{index}")
            fid = feature.get("id")
            if not isinstance(fid, str) or not fid:
                raise self.fail(tr("Layout", "needs a non-empty string 'id'"), feature=f"#{index}", field="id")
            if fid in seen:
                raise self.fail(tr("Layout", "the same id is used twice"), feature=fid, field="id")
            seen.add(fid)
            props = feature.get("properties")
            if not isinstance(props, dict):
                raise self.fail(tr("Layout", "'properties' must be an object"), feature=fid, field="properties")
            kind = props.get("feature_type")
            geometry = feature.get("geometry")
            if kind == "site":
                site = Site(
                    boundary=self.polygon(geometry, fid),
                    announced_area_ha=self.number(props, "announced_area_ha", fid),
                    sources=self.sources(props, fid),
                )
            elif kind == "reserve":
                reserve = NatureReserve(
                    id=fid,
                    name=self.text(props, "name", fid),
                    boundary=self.polygon(geometry, fid),
                    trees_per_ha=self.number(props, "trees_per_ha", fid),
                    tree_height_m=self.number(props, "tree_height_m", fid),
                    sources=self.sources(props, fid),
                )
            elif kind == "building":
                buildings.append(
                    dict(
                        id=fid,
                        name=self.text(props, "name", fid),
                        kind=self.enum(props, "kind", BuildingKind, fid),
                        footprint=self.polygon(geometry, fid),
                        height_m=self.number(props, "height_m", fid),
                        storeys=self.integer(props, "storeys", fid),
                        it_capacity_mw=self.number(props, "it_capacity_mw", fid),
                        cooling=self.enum(props, "cooling", CoolingType, fid),
                        sources=self.sources(props, fid),
                    )
                )
            elif kind == "heat_rejection":
                owner = self.text(props, "building_id", fid)
                if owner in equipment:
                    raise self.fail(tr("Layout", "building {owner} already has heat-rejection equipment").format(owner=_show(owner)),
                                    fid, "building_id")
                equipment[owner] = HeatRejection(
                    placement=self.enum(props, "placement", Placement, fid),
                    footprint=self.polygon(geometry, fid),
                    height_m=self.number(props, "height_m", fid),
                    equipment=self.enum(props, "equipment", EquipmentKind, fid),
                )
                self.owner_references[fid] = owner
            elif kind == "generator_yard":
                owner = self.text(props, "building_id", fid)
                if owner in yards:
                    raise self.fail(tr("Layout", "building {owner} already has a generator yard").format(owner=_show(owner)), fid, "building_id")
                yards[owner] = GeneratorYard(
                    footprint=self.polygon(geometry, fid),
                    generator_count=self.integer(props, "generator_count", fid),
                    rating_mw_each=self.number(props, "rating_mw_each", fid),
                )
                self.owner_references[fid] = owner
            elif kind == "pipe":
                pipes.append(
                    Pipe(
                        id=fid,
                        name=self.text(props, "name", fid),
                        network=self.enum(props, "network", PipeNetwork, fid),
                        role=self.enum(props, "role", PipeRole, fid),
                        path=self.linestring(geometry, fid),
                        diameter_m=self.number(props, "diameter_m", fid),
                        sources=self.sources(props, fid),
                    )
                )
            elif kind == "receptor":
                receptors.append(
                    Receptor(
                        id=fid,
                        name=self.text(props, "name", fid),
                        commune=self.text(props, "commune", fid),
                        position=self.point(geometry, fid),
                        sources=self.sources(props, fid),
                    )
                )
            elif kind == "place":
                places.append(Place(id=fid, name=self.text(props, "name", fid), position=self.point(geometry, fid)))
            else:
                raise self.fail(
                    tr("Layout", "unknown feature_type {kind} (expected one of site, reserve, building, heat_rejection, "
                                 "generator_yard, pipe, receptor, place)").format(kind=_show(kind)),
                    fid,
                    "feature_type",
                )
        if site is None:
            raise self.fail(tr("Layout", "has no feature with feature_type 'site'"), field="features")
        if reserve is None:
            raise self.fail(tr("Layout", "has no feature with feature_type 'reserve'"), field="features")
        building_ids = {b["id"] for b in buildings}
        for fid, owner in self.owner_references.items():
            if owner not in building_ids:
                raise self.fail(tr("Layout", "refers to unknown building {owner}").format(owner=_show(owner)), fid, "building_id")
        return Campus(
            georef=self.georef,
            site=site,
            buildings=tuple(
                Building(**b, heat_rejection=equipment.get(b["id"]), generator_yard=yards.get(b["id"])) for b in buildings
            ),
            reserve=reserve,
            pipes=tuple(pipes),
            receptors=tuple(receptors),
            places=tuple(places),
            scenario=scenario,
        )

    # -- typed field readers -------------------------------------------------------------

    def mapping(self, data: Mapping[str, Any], key: str, feature: str, field: str) -> Mapping[str, Any]:
        value = data.get(key)
        if not isinstance(value, dict):
            raise self.fail(tr("Layout", "is missing or not an object"), feature, field)
        return value

    def number(self, data: Mapping[str, Any], key: str, feature: str, prefix: str = "", default: float | None = None) -> float:
        if key not in data:
            if default is not None:
                return default
            raise self.fail(tr("Layout", "is missing"), feature, prefix + key)
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(tr("Layout", "must be a number, got {value}").format(value=_show(value)), feature, prefix + key)
        try:
            number = float(value)  # an integer of 400 digits does not fit a float
        except OverflowError:
            raise self.fail(tr("Layout", "is too large a number ({value})").format(value=_show(value)), feature, prefix + key) from None
        if not math.isfinite(number):
            raise self.fail(tr("Layout", "must be a finite number, got {value}").format(value=_show(value)), feature, prefix + key)
        return number

    def integer(self, data: Mapping[str, Any], key: str, feature: str) -> int:
        value = self.number(data, key, feature)
        if value != int(value):
            raise self.fail(tr("Layout", "must be a whole number, got {value}").format(value=value), feature, key)
        return int(value)

    def text(self, data: Mapping[str, Any], key: str, feature: str) -> str:
        if key not in data:
            raise self.fail(tr("Layout", "is missing"), feature, key)
        value = data[key]
        if not isinstance(value, str):
            raise self.fail(tr("Layout", "must be text, got {value}").format(value=_show(value)), feature, key)
        return value

    def enum(self, data: Mapping[str, Any], key: str, enum_type: type[E], feature: str) -> E:
        value = self.text(data, key, feature)
        try:
            return enum_type(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum_type)
            raise self.fail(tr("Layout", "{value} is not one of: {allowed}").format(value=_show(value), allowed=allowed), feature, key) from None

    def sources(self, data: Mapping[str, Any], feature: str) -> dict[str, FigureSource]:
        raw = data.get("sources", {})
        if not isinstance(raw, dict):
            raise self.fail(tr("Layout", "must be an object mapping property names to sources"), feature, "sources")
        result = {}
        for name, entry in raw.items():
            if not isinstance(entry, dict):
                raise self.fail(tr("Layout", "must be an object with 'status' and 'note'"), feature, f"sources.{name}")
            status = entry.get("status")
            try:
                status = Status(status)
            except ValueError:
                raise self.fail(
                    tr("Layout", "status {status} is not one of: {allowed}").format(
                        status=_show(status), allowed=", ".join(s.value for s in Status)), feature, f"sources.{name}.status"
                ) from None
            note = entry.get("note", "")
            if not isinstance(note, str):
                raise self.fail(tr("Layout", "must be text"), feature, f"sources.{name}.note")
            result[name] = FigureSource(status, note)
        return result

    def scenario(self, data: Mapping[str, Any]) -> Scenario:
        defaults = Scenario()
        values: dict[str, Any] = {}
        for name in ("announced_capacity_mw", "grid_connection_mw", "pue_target", "reserve_target_ha",
                     "wind_from_deg", "wind_speed_ms", "ambient_c", "district_supply_c", *SCENARIO_RULES):
            values[name] = self.number(data, name, "campus_twin", "scenario.", default=getattr(defaults, name))
        for name, (low, high) in SCENARIO_RULES.items():
            # The same ranges the rules dock enforces on an edit: a file cannot bring in a
            # spacing or setback the window would refuse (a negative setback, say).
            if not low <= values[name] <= high:
                raise self.fail(tr("Layout", "must be between {low:g} and {high:g} {unit} ({title}), got {value}").format(
                    low=low, high=high, unit="MW" if name.endswith("_mw") else "m", title=scenario_rule_title(name),
                    value=_show(data[name])), "campus_twin", f"scenario.{name}")
        name = data.get("name", defaults.name)
        if not isinstance(name, str):
            raise self.fail(tr("Layout", "must be text"), "campus_twin", "scenario.name")
        return Scenario(name=name, sources=self.sources(data, "campus_twin"), **values)

    # -- geometry readers ----------------------------------------------------------------

    def positions(self, coordinates: Any, feature: str, minimum: int) -> np.ndarray:
        try:
            array = np.asarray(coordinates, dtype=float)
        except (TypeError, ValueError, OverflowError, RecursionError):
            # OverflowError: an integer too large for a float; RecursionError: deep nesting.
            raise self.fail(tr("Layout", "coordinates must be [longitude, latitude] number pairs"), feature, "geometry") from None
        if array.ndim != 2 or array.shape[1] not in (2, 3) or len(array) < minimum:
            raise self.fail(tr("Layout", "needs at least {minimum} [longitude, latitude] positions").format(minimum=minimum), feature, "geometry")
        if not np.isfinite(array).all():
            raise self.fail(tr("Layout", "coordinates must be finite numbers"), feature, "geometry")
        lon, lat = array[:, 0], array[:, 1]
        if (np.abs(lon) > 180).any() or (np.abs(lat) > 90).any():
            raise self.fail(tr("Layout", "coordinates are not longitude/latitude in degrees (RFC 7946 requires WGS84)"), feature, "geometry")
        local = lonlat_to_local(self.georef, array[:, :2])
        if not np.isfinite(local).all() or (np.abs(local) > MAX_LOCAL_EXTENT_M).any():
            raise self.fail(
                tr("Layout", "lies more than {km:.0f} km from the georef origin (or cannot be projected): "
                             "check campus_twin.georef").format(km=MAX_LOCAL_EXTENT_M / 1000),
                feature,
                "geometry",
            )
        return local

    def geometry(self, geometry: Any, expected: str, feature: str) -> Any:
        if not isinstance(geometry, dict):
            raise self.fail(tr("Layout", "must be a {expected} geometry").format(expected=expected), feature, "geometry")
        if geometry.get("type") != expected:
            raise self.fail(tr("Layout", "must be a {expected}, got {found}").format(expected=expected, found=_show(geometry.get("type"))),
                            feature, "geometry")
        return geometry.get("coordinates")

    def polygon(self, geometry: Any, feature: str) -> tuple[tuple[float, float], ...]:
        rings = self.geometry(geometry, "Polygon", feature)
        if not isinstance(rings, list) or len(rings) != 1:
            raise self.fail(tr("Layout", "must be a Polygon with exactly one ring (holes are not supported)"), feature, "geometry")
        ring = self.positions(rings[0], feature, minimum=4)
        if not np.array_equal(ring[0], ring[-1]):
            raise self.fail(tr("Layout", "polygon ring is not closed (first and last positions differ)"), feature, "geometry")
        return _as_points(ring[:-1])

    def linestring(self, geometry: Any, feature: str) -> tuple[tuple[float, float], ...]:
        return _as_points(self.positions(self.geometry(geometry, "LineString", feature), feature, minimum=2))

    def point(self, geometry: Any, feature: str) -> tuple[float, float]:
        return _as_points(self.positions([self.geometry(geometry, "Point", feature)], feature, minimum=1))[0]


def _as_points(array: np.ndarray) -> tuple[tuple[float, float], ...]:
    # +0.0 turns -0.0 into 0.0 so equal campuses compare and serialise identically.
    return tuple((float(x) + 0.0, float(y) + 0.0) for x, y in array)


# --------------------------------------------------------------------------- writing


def layout_to_geojson(campus: Campus) -> dict[str, Any]:
    """Return the layout of ``campus`` as a GeoJSON-compatible dictionary."""
    georef = campus.georef

    def positions(points) -> list[list[float]]:
        lonlat = local_to_lonlat(georef, np.asarray(points, dtype=float))
        return [[round(float(lon), COORDINATE_DECIMALS), round(float(lat), COORDINATE_DECIMALS)] for lon, lat in lonlat]

    def polygon(points) -> dict[str, Any]:
        ring = list(points)
        if _signed_area_of(ring) < 0:  # RFC 7946: exterior rings are counter-clockwise
            ring = ring[::-1]
        coordinates = positions(ring)
        return {"type": "Polygon", "coordinates": [coordinates + [coordinates[0]]]}

    def feature(fid: str, geometry: dict[str, Any], properties: dict[str, Any]) -> dict[str, Any]:
        return {"type": "Feature", "id": fid, "geometry": geometry, "properties": properties}

    features = [
        feature("site", polygon(campus.site.boundary), {
            "feature_type": "site", "announced_area_ha": campus.site.announced_area_ha,
            **_sources_out(campus.site.sources),
        })
    ]
    reserve = campus.reserve
    features.append(feature(reserve.id, polygon(reserve.boundary), {
        "feature_type": "reserve", "name": reserve.name, "trees_per_ha": reserve.trees_per_ha,
        "tree_height_m": reserve.tree_height_m, **_sources_out(reserve.sources),
    }))
    for b in campus.buildings:
        features.append(feature(b.id, polygon(b.footprint), {
            "feature_type": "building", "name": b.name, "kind": b.kind.value, "height_m": b.height_m,
            "storeys": b.storeys, "it_capacity_mw": b.it_capacity_mw, "cooling": b.cooling.value,
            **_sources_out(b.sources),
        }))
        if b.heat_rejection is not None:
            hr = b.heat_rejection
            features.append(feature(f"{b.id}.heat_rejection", polygon(hr.footprint), {
                "feature_type": "heat_rejection", "building_id": b.id, "placement": hr.placement.value,
                "height_m": hr.height_m, "equipment": hr.equipment.value,
            }))
        if b.generator_yard is not None:
            yard = b.generator_yard
            features.append(feature(f"{b.id}.generator_yard", polygon(yard.footprint), {
                "feature_type": "generator_yard", "building_id": b.id,
                "generator_count": yard.generator_count, "rating_mw_each": yard.rating_mw_each,
            }))
    for pipe in campus.pipes:
        features.append(feature(pipe.id, {"type": "LineString", "coordinates": positions(pipe.path)}, {
            "feature_type": "pipe", "name": pipe.name, "network": pipe.network.value, "role": pipe.role.value,
            "diameter_m": pipe.diameter_m, **_sources_out(pipe.sources),
        }))
    for receptor in campus.receptors:
        features.append(feature(receptor.id, {"type": "Point", "coordinates": positions([receptor.position])[0]}, {
            "feature_type": "receptor", "name": receptor.name, "commune": receptor.commune,
            **_sources_out(receptor.sources),
        }))
    for place in campus.places:
        features.append(feature(place.id, {"type": "Point", "coordinates": positions([place.position])[0]}, {
            "feature_type": "place", "name": place.name,
        }))
    scenario = campus.scenario
    scenario_out = {
        name: getattr(scenario, name)
        for name in ("name", "announced_capacity_mw", "grid_connection_mw", "pue_target", "reserve_target_ha",
                     "wind_from_deg", "wind_speed_ms", "ambient_c", "district_supply_c", *SCENARIO_RULES)
    }
    scenario_out.update(_sources_out(scenario.sources))
    return {
        "type": "FeatureCollection",
        "campus_twin": {
            "schema": SCHEMA,
            "version": VERSION,
            "georef": {"epsg": georef.epsg, "origin_e": georef.origin_e, "origin_n": georef.origin_n},
            "scenario": scenario_out,
        },
        "features": features,
    }


def layout_to_text(campus: Campus) -> str:
    """Serialise ``campus`` exactly as :func:`save_layout` writes it."""
    return json.dumps(layout_to_geojson(campus), indent=1, ensure_ascii=False) + "\n"


def save_layout(campus: Campus, path: Path | str) -> None:
    """Write ``campus`` to ``path`` atomically.

    The text goes to a temporary file in the same folder, is flushed to disk, then renamed
    over the target: a crash or a full disk leaves the previous file intact.
    """
    write_text_atomically(path, layout_to_text(campus))


def _sources_out(sources: Mapping[str, FigureSource]) -> dict[str, Any]:
    if not sources:
        return {}
    return {"sources": {name: {"status": s.status.value, "note": s.note} for name, s in sources.items()}}


def _signed_area_of(points) -> float:
    total = 0.0
    for (x0, y0), (x1, y1) in zip(points, list(points[1:]) + list(points[:1]), strict=True):
        total += x0 * y1 - x1 * y0
    return total / 2.0
