"""Tour files: a small JSON beside the layout (``escaudain.tour.json`` next to ``escaudain.campus.geojson``).

Format (schema ``campus-twin/tour``, version 1)::

    {
      "campus_twin": {"schema": "campus-twin/tour", "version": 1},
      "name": {"fr": "...", "en": "..."},
      "layout": "escaudain.campus.geojson",
      "stops": [
        {
          "id": "reserve",
          "title":   {"fr": "...", "en": "..."},
          "caption": {"fr": "...", "en": "..."},
          "camera": {"preset": "overview"}
                 or {"position": [x, y, z], "focal_point": [x, y, z], "view_up": [0, 0, 1], "view_angle_deg": 30},
          "overlays": ["plume", "recirculation"],
          "time": "07-25T15:00",
          "weather": "default" | "heatwave_2019",
          "wind": {"from_deg": 240, "speed_ms": 4},
          "dwell_s": 12
        }
      ]
    }

``camera`` is required; ``overlays`` defaults to none, ``time``, ``weather`` and ``wind`` to
"keep what is playing", ``dwell_s`` to 12 s. Coordinates are the campus's local frame (metres
east and north of the site centre, up), as in the layout. Both languages are required in
``title`` and ``caption``. A bad file is refused whole with one message naming the file, the
stop and the field; nothing is half-loaded. Saving is atomic.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from twin.core.files import write_text_atomically
from twin.core.i18n import tr
from twin.io.errors import FileContentError, read_regular_text, short_repr
from twin.model.tour import LANGUAGES, OVERLAY_IDS, WEATHERS, CameraPose, Tour, TourStop, Wind
from twin.model.views import CAMERA_PRESETS

SCHEMA = "campus-twin/tour"
VERSION = 1
SUPPORTED_VERSIONS = (1,)
MAX_BYTES = 1 << 20
"""A tour of a few dozen stops is a few kB; one MiB is plenty."""


class TourError(FileContentError):
    """A tour file could not be read; names the file, the stop and the field.

    Attributes
    ----------
    stop
        Id (or index) of the stop at fault, or ``None`` for the file as a whole.
    field
        The field at fault, or ``None``.
    reason
        What is wrong, in a sentence.
    """

    def __init__(self, path: Path | str, reason: str, stop: str | None = None, field: str | None = None,
                 *, line: int | None = None) -> None:
        where = f"{Path(path)}"
        if line is not None:
            where += tr("FileErrors", ", line {line}").format(line=line)
        if stop is not None:
            where += tr("Tour", ": stop {stop}").format(stop=short_repr(stop))
        if field is not None:
            where += tr("Tour", ", field {field}").format(field=short_repr(field))
        ValueError.__init__(self, tr("FileErrors", "{where}: {message}").format(where=where, message=reason))
        self.path = str(path)
        self.line = line
        self.stop = stop
        self.field = field
        self.reason = reason


def tour_path_for(layout_path: Path | str) -> Path:
    """Where the tour of a layout lives: ``X.campus.geojson`` -> ``X.tour.json``, ``X.geojson`` -> ``X.tour.json``."""
    path = Path(layout_path)
    name = path.name
    for suffix in (".campus.geojson", ".geojson", ".json"):
        if name.endswith(suffix):
            return path.with_name(name[: -len(suffix)] + ".tour.json")
    return path.with_name(name + ".tour.json")


def load_tour(path: Path | str) -> Tour:
    """Read and validate a tour file.

    Raises
    ------
    TourError
        For an unreadable or malformed file, an unknown schema or version, or any stop with a
        missing, mistyped or out-of-range field (the message names the stop and the field).
    """
    path = Path(path)
    text = read_regular_text(path, TourError, MAX_BYTES)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TourError(path, tr("Tour", "not valid JSON ({reason})").format(reason=exc.msg), line=exc.lineno) from None
    return tour_from_dict(data, path)


def tour_from_dict(data: object, path: Path | str = "<tour>") -> Tour:
    """Validate the parsed JSON of a tour (see the module docstring) and build the :class:`Tour`."""
    if not isinstance(data, dict):
        raise TourError(path, tr("Tour", "the file must hold a JSON object"))
    meta = data.get("campus_twin")
    if not isinstance(meta, dict) or meta.get("schema") != SCHEMA:
        raise TourError(path, tr("Tour", "not a Campus Twin tour (campus_twin.schema must be {schema})").format(schema=repr(SCHEMA)), field="campus_twin.schema")
    if meta.get("version") not in SUPPORTED_VERSIONS:
        raise TourError(path, tr("Tour", "tour version {version} is not supported (supports {supported})").format(
            version=short_repr(meta.get("version")), supported=SUPPORTED_VERSIONS[0]),
                        field="campus_twin.version")
    name = _texts(path, None, "name", data.get("name"))
    layout = data.get("layout")
    if layout is not None and not isinstance(layout, str):
        raise TourError(path, tr("Tour", "must be a file name (text)"), field="layout")
    raw_stops = data.get("stops")
    if not isinstance(raw_stops, list) or not raw_stops:
        raise TourError(path, tr("Tour", "must be a non-empty list of stops"), field="stops")
    stops = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_stops):
        stop = _stop(path, index, raw)
        if stop.id in seen:
            raise TourError(path, tr("Tour", "this id is used by an earlier stop; ids must be unique"), stop.id, "id")
        seen.add(stop.id)
        stops.append(stop)
    return Tour(name=name, stops=tuple(stops), layout=layout)


def _stop(path: Path | str, index: int, raw: object) -> TourStop:
    if not isinstance(raw, dict):
        raise TourError(path, tr("Tour", "each stop must be a JSON object"), str(index))
    stop_id = raw.get("id")
    if not isinstance(stop_id, str) or not stop_id.strip():
        raise TourError(path, tr("Tour", "every stop needs an id (text)"), str(index), "id")
    known = {"id", "title", "caption", "camera", "overlays", "time", "weather", "wind", "dwell_s"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise TourError(path, tr("Tour", "unknown field (known: {known})").format(known=", ".join(sorted(known))), stop_id, unknown[0])
    title = _texts(path, stop_id, "title", raw.get("title"))
    caption = _texts(path, stop_id, "caption", raw.get("caption"))
    preset, pose = _camera(path, stop_id, raw.get("camera"))
    overlays = raw.get("overlays", [])
    if not isinstance(overlays, list) or any(o not in OVERLAY_IDS for o in overlays):
        raise TourError(path, tr("Tour", "must be a list of overlay ids among {ids}").format(ids=", ".join(OVERLAY_IDS)), stop_id, "overlays")
    time = raw.get("time")
    if time is not None and not _valid_time(time):
        raise TourError(path, tr("Tour", "must look like 07-25T15:00 (month-day, hour:minute), got {value}").format(value=short_repr(time)), stop_id, "time")
    weather = raw.get("weather")
    if weather is not None and weather not in WEATHERS:
        raise TourError(path, tr("Tour", "must be one of {choices}, got {value}").format(choices=", ".join(WEATHERS), value=short_repr(weather)), stop_id, "weather")
    wind = None
    if raw.get("wind") is not None:
        w = raw["wind"]
        if not isinstance(w, dict):
            raise TourError(path, tr("Tour", "must be an object with from_deg and speed_ms"), stop_id, "wind")
        from_deg = _number(path, stop_id, "wind.from_deg", w.get("from_deg"), 0.0, 360.0)
        speed = _number(path, stop_id, "wind.speed_ms", w.get("speed_ms"), 0.5, 25.0)
        wind = Wind(from_deg % 360.0, speed)
    dwell = _number(path, stop_id, "dwell_s", raw.get("dwell_s", 12.0), 2.0, 600.0)
    return TourStop(id=stop_id, title=title, caption=caption, preset=preset, pose=pose, overlays=tuple(overlays),
                    time=time, weather=weather, wind=wind, dwell_s=dwell)


def _texts(path: Path | str, stop: str | None, field: str, value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        raise TourError(path, tr("Tour", "must be an object with the text in each language ({languages})").format(languages=", ".join(LANGUAGES)), stop, field)
    for language in LANGUAGES:
        text = value.get(language)
        if not isinstance(text, str) or not text.strip():
            raise TourError(path, tr("Tour", "the {language} text is missing or empty (every text is needed in {languages})").format(
                language=repr(language), languages=" and ".join(LANGUAGES)), stop, f"{field}.{language}")
    return {language: str(text) for language, text in value.items() if isinstance(text, str)}


def _camera(path: Path | str, stop: str, value: object) -> tuple[str | None, CameraPose | None]:
    if not isinstance(value, dict):
        raise TourError(path, tr("Tour", "must be {example} or a pose with position and focal_point").format(example='{"preset": NAME}'), stop, "camera")
    if "preset" in value:
        if value["preset"] not in CAMERA_PRESETS:
            raise TourError(path, tr("Tour", "unknown preset {preset}; choose one of {choices}").format(
                preset=short_repr(value["preset"]), choices=", ".join(CAMERA_PRESETS)),
                            stop, "camera.preset")
        if set(value) - {"preset"}:
            raise TourError(path, tr("Tour", "a preset camera takes no other field"), stop, f"camera.{sorted(set(value) - {'preset'})[0]}")
        return value["preset"], None
    position = _vector(path, stop, "camera.position", value.get("position"))
    focal = _vector(path, stop, "camera.focal_point", value.get("focal_point"))
    up = _vector(path, stop, "camera.view_up", value.get("view_up", [0.0, 0.0, 1.0]))
    if math.dist(position, focal) < 1.0:
        raise TourError(path, tr("Tour", "the camera must stand at least 1 m from the point it looks at"), stop, "camera.focal_point")
    if math.hypot(*up) < 1e-6:
        raise TourError(path, tr("Tour", "the up vector must not be zero"), stop, "camera.view_up")
    angle = _number(path, stop, "camera.view_angle_deg", value.get("view_angle_deg", 30.0), 5.0, 120.0)
    return None, CameraPose(position, focal, up, angle)


def _vector(path: Path | str, stop: str, field: str, value: object) -> tuple[float, float, float]:
    if not isinstance(value, list) or len(value) != 3:
        raise TourError(path, tr("Tour", "must be a list of 3 numbers (metres east, north, up)"), stop, field)
    return tuple(_number(path, stop, field, v, -1e5, 1e5) for v in value)  # type: ignore[return-value]


def _number(path: Path | str, stop: str | None, field: str, value: object, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise TourError(path, tr("Tour", "must be a number, got {value}").format(value=short_repr(value)), stop, field)
    if not low <= value <= high:
        raise TourError(path, tr("Tour", "must be between {low:g} and {high:g}, got {value:g}").format(low=low, high=high, value=value), stop, field)
    return float(value)


def _valid_time(text: object) -> bool:
    import datetime

    if not isinstance(text, str) or len(text) != 11 or text[5] != "T":
        return False
    try:
        datetime.datetime.strptime("2030-" + text, "%Y-%m-%dT%H:%M")
    except ValueError:
        return False
    return True


def tour_to_dict(tour: Tour) -> dict:
    """The JSON object of ``tour`` (the inverse of :func:`tour_from_dict`)."""
    stops = []
    for stop in tour.stops:
        item: dict = {"id": stop.id, "title": dict(stop.title), "caption": dict(stop.caption)}
        if stop.preset is not None:
            item["camera"] = {"preset": stop.preset}
        else:
            pose = stop.pose
            item["camera"] = {"position": [round(v, 2) for v in pose.position], "focal_point": [round(v, 2) for v in pose.focal_point],
                              "view_up": [round(v, 4) for v in pose.view_up], "view_angle_deg": round(pose.view_angle_deg, 2)}
        if stop.overlays:
            item["overlays"] = list(stop.overlays)
        if stop.time is not None:
            item["time"] = stop.time
        if stop.weather is not None:
            item["weather"] = stop.weather
        if stop.wind is not None:
            item["wind"] = {"from_deg": stop.wind.from_deg, "speed_ms": stop.wind.speed_ms}
        item["dwell_s"] = stop.dwell_s
        stops.append(item)
    out = {"campus_twin": {"schema": SCHEMA, "version": VERSION}, "name": dict(tour.name)}
    if tour.layout is not None:
        out["layout"] = tour.layout
    out["stops"] = stops
    return out


def save_tour(tour: Tour, path: Path | str) -> None:
    """Write ``tour`` atomically (a crash never leaves half a file)."""
    write_text_atomically(path, json.dumps(tour_to_dict(tour), ensure_ascii=False, indent=2) + "\n")
