"""The dashboard's series and the per-building figures as CSV, units in the header.

Plain RFC 4180 CSV (comma, ``.`` decimal point, UTF-8) that a spreadsheet, pandas or R reads
without options; every column header ends with its unit in brackets (``[MW]``, ``[degC]``,
``[-]`` for a ratio). Leading ``#`` lines state where the figures come from (layout, weather,
program version); spreadsheet users can delete them, ``pandas.read_csv(..., comment="#")``
skips them.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from twin.core.files import write_text_atomically
from twin.core.provenance import ExportInfo
from twin.model.campus import Campus

HISTORY_COLUMNS = (
    ("it_mw", 0, "IT load [MW]"),
    ("pue", 0, "PUE [-]"),
    ("temperatures_c", 0, "outdoor air [degC]"),
    ("temperatures_c", 1, "facility water supply [degC]"),
    ("temperatures_c", 2, "facility water return [degC]"),
    ("exported_mw", 0, "heat exported [MW]"),
    ("free_cooling", 0, "IT load on full free cooling [%]"),
)
"""(History attribute, channel, column header) of the plant history table."""


def _header_lines(info: ExportInfo | None) -> list[str]:
    if info is None:
        return []
    keys = ("Software", "campus-twin:layout-name", "campus-twin:layout-file", "campus-twin:layout-sha256",
            "campus-twin:weather-source", "Creation Time")
    metadata = info.metadata()
    return [f"# {key.removeprefix('campus-twin:')}: {metadata[key]}" for key in keys if metadata.get(key)]


def _number(value: float, digits: int = 4) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}g}"


def history_csv(history, info: ExportInfo | None = None) -> str:
    """The plant history (a :class:`~twin.session.History`) as CSV text, one row per sample."""
    series = {}
    times = None
    for attribute, _, _ in HISTORY_COLUMNS:
        if attribute not in series:
            t, values = getattr(history, attribute).view()
            series[attribute] = values
            times = t if times is None or len(t) < len(times) else times
    rows = len(times) if times is not None else 0
    out = io.StringIO()
    for line in _header_lines(info):
        out.write(line + "\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["time (simulated, ISO 8601)"] + [header for _, _, header in HISTORY_COLUMNS])
    for row in range(rows):
        when = np.datetime64(int(round(times[-rows + row])), "s")
        writer.writerow([str(when)] + [_number(float(series[a][-rows + row, c]), 5) for a, c, _ in HISTORY_COLUMNS])
    return out.getvalue()


def buildings_csv(campus: Campus, snapshot=None, info: ExportInfo | None = None) -> str:
    """One row per building: its design figures, and the plant's figures now if ``snapshot`` is given."""
    def get(mapping: Mapping | None, key: str, default=None):
        return mapping.get(key, default) if mapping is not None else default

    out = io.StringIO()
    for line in _header_lines(info):
        out.write(line + "\n")
    if snapshot is not None:
        out.write(f"# plant state at {np.datetime64(snapshot.time, 's')} (simulated)\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["building id", "name", "kind", "footprint [m2]", "height [m]", "IT capacity [MW]",
                     "IT load [MW]", "PUE [-]", "facility water supply [degC]", "facility water return [degC]",
                     "cooling mode", "chiller on", "heat to air [MW]", "cooler intake rise [K]"])
    for b in campus.buildings:
        it = get(getattr(snapshot, "it_mw", None), b.id)
        chiller = get(getattr(snapshot, "chiller_on", None), b.id)
        writer.writerow([
            b.id, b.name, str(b.kind), f"{b.footprint_area_m2:.0f}", _number(b.height_m), _number(b.it_capacity_mw),
            _number(it) if it is not None else "",
            _number(get(getattr(snapshot, "pue_by_building", None), b.id, float("nan"))),
            _number(get(getattr(snapshot, "supply_c", None), b.id, float("nan"))),
            _number(get(getattr(snapshot, "return_c", None), b.id, float("nan"))),
            get(getattr(snapshot, "free_cooling", None), b.id, ""),
            "" if chiller is None else ("yes" if chiller else "no"),
            _number(get(getattr(snapshot, "heat_to_air_mw", None), b.id, float("nan"))),
            _number(get(getattr(snapshot, "intake_rise_k", None), b.id, float("nan")), 3),
        ])
    return out.getvalue()


def write_history_csv(history, path: Path | str, info: ExportInfo | None = None) -> Path:
    """Write :func:`history_csv` to ``path`` atomically."""
    write_text_atomically(path, history_csv(history, info))
    return Path(path)


def write_buildings_csv(campus: Campus, path: Path | str, snapshot=None, info: ExportInfo | None = None) -> Path:
    """Write :func:`buildings_csv` to ``path`` atomically."""
    write_text_atomically(path, buildings_csv(campus, snapshot, info))
    return Path(path)
