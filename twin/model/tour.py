"""A guided tour of the campus: an ordered list of stops a presenter walks residents through.

Each :class:`TourStop` says where the camera is (a named preset or an explicit pose), which
overlays are shown, the time and weather to play, and a caption in French and English. A
:class:`Tour` is immutable like the campus; edits (add the current view as a stop, change a
caption) return a new tour. Reading and writing the JSON file is :mod:`twin.io.tour`'s job.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from twin.model.views import CAMERA_PRESETS

LANGUAGES = ("fr", "en")
"""Languages every caption is written in."""
OVERLAY_IDS = ("temperature", "vertical", "plume", "wind", "recirculation")
"""Overlays a stop may show (the ids of the Wind and heat panel)."""
WEATHERS = ("default", "heatwave_2019")
"""Weather a stop may play: the bundled synthetic year, or the 25 July 2019 heat wave."""


@dataclass(frozen=True)
class CameraPose:
    """An explicit camera: position, focal point and up vector (campus frame, metres), view angle."""

    position: tuple[float, float, float]
    focal_point: tuple[float, float, float]
    view_up: tuple[float, float, float] = (0.0, 0.0, 1.0)
    view_angle_deg: float = 30.0


@dataclass(frozen=True)
class Wind:
    """Wind the airflow solver runs in at a stop: from (degrees clockwise from north), speed at 10 m."""

    from_deg: float
    speed_ms: float


@dataclass(frozen=True)
class TourStop:
    """One stop of a tour.

    Attributes
    ----------
    id
        Short unique name (``"reserve"``), used in error messages and tests.
    title, caption
        Language code -> text (a short title and one or two sentences), French and English.
    preset
        A camera preset of :data:`~twin.model.views.CAMERA_PRESETS`, or ``None`` with ``pose``.
    pose
        An explicit camera, or ``None`` with ``preset``.
    overlays
        Overlay ids shown at this stop (the others are hidden).
    time
        Simulated time to jump to, ``"MM-DDTHH:MM"`` in the twin's year, or ``None`` to keep the clock.
    weather
        One of :data:`WEATHERS`, or ``None`` to keep the weather being played.
    wind
        Wind for the airflow solver, or ``None`` to keep it.
    dwell_s
        Seconds the stop stays on screen when the tour plays by itself.
    """

    id: str
    title: dict[str, str]
    caption: dict[str, str]
    preset: str | None = None
    pose: CameraPose | None = None
    overlays: tuple[str, ...] = ()
    time: str | None = None
    weather: str | None = None
    wind: Wind | None = None
    dwell_s: float = 12.0

    def __post_init__(self) -> None:
        if (self.preset is None) == (self.pose is None):
            raise ValueError(f"stop {self.id!r}: give a camera preset or a camera pose, not both or neither")
        if self.preset is not None and self.preset not in CAMERA_PRESETS:
            raise ValueError(f"stop {self.id!r}: unknown camera preset {self.preset!r}")

    def text(self, language: str, which: str = "caption") -> str:
        """The caption (or title) in ``language``, falling back to English, then to any language."""
        texts = getattr(self, which)
        return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")

    def with_caption(self, language: str, text: str) -> TourStop:
        """This stop with its caption in ``language`` replaced."""
        return dataclasses.replace(self, caption={**self.caption, language: text})


@dataclass(frozen=True)
class Tour:
    """An ordered, immutable list of stops with a name and the layout it was written for."""

    name: dict[str, str]
    stops: tuple[TourStop, ...] = field(default_factory=tuple)
    layout: str | None = None
    """File name of the layout the tour goes with (informative: a tour works on any layout)."""

    def __post_init__(self) -> None:
        ids = [stop.id for stop in self.stops]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"stop ids must be unique; repeated: {', '.join(duplicates)}")

    def stop(self, stop_id: str) -> TourStop:
        """The stop called ``stop_id``.

        Raises
        ------
        KeyError
            If there is none.
        """
        for stop in self.stops:
            if stop.id == stop_id:
                return stop
        raise KeyError(stop_id)

    def with_stop(self, stop: TourStop, after: int | None = None) -> Tour:
        """This tour with ``stop`` inserted after index ``after`` (at the end by default)."""
        stops = list(self.stops)
        stops.insert(len(stops) if after is None else after + 1, stop)
        return dataclasses.replace(self, stops=tuple(stops))

    def with_stop_replaced(self, index: int, stop: TourStop) -> Tour:
        """This tour with the stop at ``index`` replaced."""
        stops = list(self.stops)
        stops[index] = stop
        return dataclasses.replace(self, stops=tuple(stops))

    def new_stop_id(self, base: str = "stop") -> str:
        """An id not used yet: ``stop-1``, ``stop-2``..."""
        used = {stop.id for stop in self.stops}
        n = 1
        while f"{base}-{n}" in used:
            n += 1
        return f"{base}-{n}"
