"""Read recorded per-building IT loads from CSV for :class:`twin.live.replay.ReplaySource`.

Two layouts are accepted, told apart by the header row (UTF-8, comma-separated):

*Long* (one row per building and time; rows may come in any order)::

    timestamp,building_id,load_mw
    2025-07-25T14:00:00Z,dc1,91.2
    2025-07-25T14:00:00Z,dc2,88.0

*Wide* (one row per time, one column per building, empty cell = no sample)::

    timestamp,dc1,dc2,dc3
    2025-07-25T14:00:00Z,91.2,88.0,

``timestamp`` is ISO 8601 (``2025-07-25T14:00:00``, optional ``Z`` or ``+02:00`` offset; without
an offset it is read as UTC) or Unix seconds. Loads are MW, finite and non-negative. Blank lines
and lines starting with ``#`` are skipped. Any other problem raises :class:`LoadCsvError` naming
the file, line and column.
"""

from __future__ import annotations

import csv
import io
import math
import os
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from twin.core.files import write_text_atomically
from twin.io.errors import FileContentError
from twin.live.replay import LoadTable

LONG_HEADER = ("timestamp", "building_id", "load_mw")


class LoadCsvError(FileContentError):
    """A load CSV that cannot be replayed; the message names the file, line and column."""

    field_word = "column"

    def __init__(self, path: str | os.PathLike[str], message: str, line: int | None = None, column: str | None = None) -> None:
        super().__init__(path, message, line, column)
        self.column = column


def parse_timestamp(text: str) -> float:
    """Unix seconds from ISO 8601 (naive = UTC) or a plain number of seconds.

    Raises
    ------
    ValueError
        If ``text`` is neither.
    """
    text = text.strip()
    try:
        value = float(text)
    except ValueError:
        pass
    else:
        if not math.isfinite(value):
            raise ValueError(f"not a finite time: {text!r}")
        return value
    stamp = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.timestamp()


def _load_value(path: Path, text: str, line: int, column: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise LoadCsvError(path, f"load is not a number: {text!r}", line, column) from None
    if not math.isfinite(value):
        raise LoadCsvError(path, f"load is not finite: {text!r}", line, column)
    if value < 0:
        raise LoadCsvError(path, f"load is negative: {value:g} MW", line, column)
    return value


def _rows(path: Path) -> Iterable[tuple[int, list[str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for number, row in enumerate(csv.reader(fh), start=1):
                if (
                    not row
                    or not any(cell.strip() for cell in row)
                    or row[0].lstrip().startswith("#")
                ):
                    continue
                yield number, [cell.strip() for cell in row]
    except UnicodeDecodeError as exc:
        raise LoadCsvError(path, f"not UTF-8 text ({exc.reason})") from None
    except csv.Error as exc:
        raise LoadCsvError(path, f"malformed CSV ({exc})") from None


def read_load_csv(
    path: str | os.PathLike[str], building_ids: Iterable[str] | None = None
) -> LoadTable:
    """Read a long or wide load CSV.

    Parameters
    ----------
    path
        The CSV file.
    building_ids
        Known buildings; when given, any other building id is an error (it would otherwise be
        replayed into nothing).

    Returns
    -------
    LoadTable
        Times sorted ascending; NaN where a building has no sample.

    Raises
    ------
    LoadCsvError
        Unreadable file, unknown header, wrong cell count, bad timestamp or load, duplicate
        (time, building), unknown building, or no data rows.
    """
    path = Path(path)
    if not path.is_file():
        raise LoadCsvError(path, "no such file")
    rows = iter(_rows(path))
    try:
        header_line, header = next(rows)
    except StopIteration:
        raise LoadCsvError(path, "the file is empty (expected a header row)") from None
    lowered = tuple(h.lower() for h in header)
    known = set(building_ids) if building_ids is not None else None
    if lowered == LONG_HEADER:
        samples = _read_long(path, rows)
    elif (
        lowered and lowered[0] == "timestamp" and len(lowered) >= 2 and "building_id" not in lowered
    ):
        samples = _read_wide(path, header_line, header, rows)
    else:
        raise LoadCsvError(
            path,
            f"unrecognised header {','.join(header)!r}; expected 'timestamp,building_id,load_mw' "
            "(long) or 'timestamp,<building id>,...' (wide)",
            header_line,
        )
    if not samples:
        raise LoadCsvError(path, "no data rows after the header")
    if known is not None:
        for (_t, b), (_v, line) in samples.items():
            if b not in known:
                raise LoadCsvError(
                    path,
                    f"unknown building {b!r} (known: {', '.join(sorted(known))})",
                    line,
                    "building_id",
                )
    times = np.array(sorted({t for t, _ in samples}))
    ids = tuple(sorted({b for _, b in samples}))
    col = {t: i for i, t in enumerate(times)}
    row = {b: i for i, b in enumerate(ids)}
    loads = np.full((len(ids), len(times)), np.nan)
    for (t, b), (v, _line) in samples.items():
        loads[row[b], col[t]] = v
    return LoadTable(times=times, building_ids=ids, loads_mw=loads, source=path.name)


def _timestamp(path: Path, text: str, line: int) -> float:
    try:
        return parse_timestamp(text)
    except ValueError:
        raise LoadCsvError(
            path, f"bad timestamp {text!r} (ISO 8601 or Unix seconds)", line, "timestamp"
        ) from None


def _read_long(
    path: Path, rows: Iterable[tuple[int, list[str]]]
) -> dict[tuple[float, str], tuple[float, int]]:
    samples: dict[tuple[float, str], tuple[float, int]] = {}
    for line, cells in rows:
        if len(cells) != 3:
            raise LoadCsvError(
                path, f"{len(cells)} cells, expected 3 (timestamp,building_id,load_mw)", line
            )
        t = _timestamp(path, cells[0], line)
        building = cells[1]
        if not building:
            raise LoadCsvError(path, "empty building id", line, "building_id")
        value = _load_value(path, cells[2], line, "load_mw")
        if (t, building) in samples:
            raise LoadCsvError(
                path,
                f"second value for {building!r} at {cells[0]} (first on line {samples[(t, building)][1]})",
                line,
            )
        samples[(t, building)] = (value, line)
    return samples


def _read_wide(
    path: Path, header_line: int, header: list[str], rows: Iterable[tuple[int, list[str]]]
) -> dict[tuple[float, str], tuple[float, int]]:
    ids = header[1:]
    if any(not b for b in ids):
        raise LoadCsvError(path, "empty building id in the header", header_line)
    if len(set(ids)) != len(ids):
        raise LoadCsvError(path, "a building appears twice in the header", header_line)
    samples: dict[tuple[float, str], tuple[float, int]] = {}
    seen: dict[float, int] = {}
    for line, cells in rows:
        if len(cells) != len(header):
            raise LoadCsvError(
                path, f"{len(cells)} cells, expected {len(header)} like the header", line
            )
        t = _timestamp(path, cells[0], line)
        if t in seen:
            raise LoadCsvError(
                path, f"timestamp {cells[0]} repeated (first on line {seen[t]})", line, "timestamp"
            )
        seen[t] = line
        for building, text in zip(ids, cells[1:], strict=True):
            if text == "":
                continue
            samples[(t, building)] = (_load_value(path, text, line, building), line)
    return samples


def write_load_csv(path: str | os.PathLike[str], table: LoadTable) -> None:
    """Write ``table`` in the long layout, atomically (see :mod:`twin.core.files`)."""
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(LONG_HEADER)
    for j, t in enumerate(table.times):
        stamp = datetime.fromtimestamp(float(t), tz=UTC).isoformat().replace("+00:00", "Z")
        for i, b in enumerate(table.building_ids):
            v = table.loads_mw[i, j]
            if not np.isnan(v):
                writer.writerow((stamp, b, f"{v:.6g}"))
    write_text_atomically(path, text.getvalue())
