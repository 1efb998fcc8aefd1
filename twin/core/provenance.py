"""What an exported picture, clip or dataset shows, and where it came from (stdlib only).

Every export of Campus Twin (a snapshot, a frame of an animation, a field file, a sheet)
carries an :class:`ExportInfo`: the caption drawn on the image is made from it, and the same
facts go into the file's metadata (PNG text chunks, VTK field data, glTF extras), so a picture
pasted in a report still says which layout, which weather and which solver state it shows.

The class lives in :mod:`twin.core` because the render layer (captions), the I/O layer (file
metadata) and the UI all read it and none of them may import the others.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
from dataclasses import dataclass, field

from twin.core.i18n import tr

SOLVER_STATES = ("settled", "settling", "invalid", "off")
"""What the airflow solution shown is:

- ``settled``: the solver's convergence criterion holds for the conditions shown;
- ``settling``: the field is still evolving toward the conditions shown (right after an edit,
  a wind change or a start), so values are indicative;
- ``invalid``: the field does not belong to the conditions shown (stale after an edit the
  solver has not applied yet, or a numerical failure): it must not be read as a result;
- ``off``: no airflow solution is shown (no overlay, or the solver is not running).
"""


class ExportError(ValueError):
    """An export cannot be made as asked (unknown format, bad size); the message says why."""


def content_hash(text: str | bytes) -> str:
    """SHA-256 hex digest of a layout's content (its GeoJSON text as :func:`save_layout` writes it)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


def short_source(label: str, limit: int = 48) -> str:
    """The head of a long weather label for a caption ("SYNTHETIC year (seed ...)" -> "SYNTHETIC year";
    "SYNTHETIC year (...) + HEAT WAVE 22-27 July 2019, reconstructed: ..." -> "SYNTHETIC year + HEAT WAVE 22-27 July 2019").

    The full label is kept in the file's metadata; the caption only needs to say what kind of
    weather it is.
    """
    def head_of(part: str) -> str:
        head = part.split(" (")[0].split(";")[0].split(":")[0].split(",")[0].strip() or part
        # the bundled series' heads in the caption's language (a user's file keeps its own words)
        if head == "SYNTHETIC year":
            return tr("Weather", "SYNTHETIC year")
        if head == "HEAT WAVE 22-27 July 2019":
            return tr("Weather", "HEAT WAVE 22-27 July 2019")
        return head

    # A spliced series ("<year> + <heat wave>") keeps both heads: the heat wave must show.
    head = " + ".join(head_of(part) for part in label.split(" + "))
    return head if len(head) <= limit else head[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class ExportInfo:
    """The facts every export states about itself.

    Attributes
    ----------
    program_version
        ``twin.__version__`` of the program that wrote the file.
    layout_name
        The scenario's name (shown in the title).
    layout_file
        The layout file the campus came from (``"bundled: <name>"`` for the shipped asset,
        ``"<path> (unsaved edits)"`` for an edited document).
    layout_sha256
        SHA-256 of the campus's layout text as it would be saved (so an edited, unsaved layout
        gets its own hash).
    sim_time
        The simulated moment shown (ISO 8601, minutes), or ``""`` when the picture shows no
        particular moment (a plain layout view).
    weather_source
        Where wind and air temperature come from (the weather series' label, or the layout's
        design scenario, or values given on the command line).
    wind_from_deg, wind_speed_ms, ambient_c
        The weather shown (degrees clockwise from north the wind blows *from*; m/s at 10 m; C).
    overlays
        Field overlays drawn, in drawing order.
    solver_state
        One of :data:`SOLVER_STATES`.
    solver_detail
        A short phrase on the solver (e.g. ``"first look"``, ``"after 310 s simulated"``).
    figures
        Extra headline figures for the caption, ``(label, text)`` in order (e.g. PUE, heat
        exported); already formatted and translated.
    created_utc
        When the file was written (ISO 8601, UTC, seconds).
    """

    program_version: str
    layout_name: str
    layout_file: str
    layout_sha256: str
    sim_time: str = ""
    weather_source: str = ""
    wind_from_deg: float | None = None
    wind_speed_ms: float | None = None
    ambient_c: float | None = None
    overlays: tuple[str, ...] = ()
    solver_state: str = "off"
    solver_detail: str = ""
    figures: tuple[tuple[str, str], ...] = ()
    created_utc: str = field(default_factory=lambda: _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat())

    def __post_init__(self) -> None:
        if self.solver_state not in SOLVER_STATES:
            raise ValueError(f"solver_state must be one of {', '.join(SOLVER_STATES)}, got {self.solver_state!r}")

    def replace(self, **changes) -> ExportInfo:
        """A copy with ``changes`` applied (frames of an animation differ in time and figures)."""
        return dataclasses.replace(self, **changes)

    def metadata(self) -> dict[str, str]:
        """Key -> text for file metadata (PNG ``tEXt`` chunks, VTK field data, glTF extras).

        The first keys are PNG's registered keywords (``Software``, ``Source``, ``Creation
        Time``, ``Comment``) so image viewers show them; the rest are prefixed ``campus-twin:``.
        """
        weather = ""
        if self.wind_from_deg is not None:
            weather = f"wind from {self.wind_from_deg:.0f} deg at {self.wind_speed_ms:g} m/s, air {self.ambient_c:.1f} C"
        items = {
            "Software": f"Campus Twin {self.program_version}",
            "Source": self.layout_file,
            "Creation Time": self.created_utc,
            "Comment": f"{self.layout_name}; {weather}; airflow {self.solver_state}",
            "campus-twin:program-version": self.program_version,
            "campus-twin:layout-name": self.layout_name,
            "campus-twin:layout-file": self.layout_file,
            "campus-twin:layout-sha256": self.layout_sha256,
            "campus-twin:simulated-time": self.sim_time,
            "campus-twin:weather-source": self.weather_source,
            "campus-twin:weather": weather,
            "campus-twin:overlays": ",".join(self.overlays),
            "campus-twin:solver-tier": self.solver_state,
            "campus-twin:solver-detail": self.solver_detail,
        }
        for label, text in self.figures:
            items[f"campus-twin:figure:{label}"] = text
        return items
