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
from array import array
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from twin.core.files import write_text_atomically
from twin.io.errors import MIB, FileContentError, open_regular_file, short_repr
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


MAX_CSV_BYTES = 1024 * MIB
"""Largest load CSV read. A year of one-minute data for six halls is ~120 MB (long layout) and
takes ~80 MB of memory once read (:func:`read_load_csv` keeps 20 bytes a sample)."""


def _load_value(path: Path, text: str, line: int, column: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise LoadCsvError(path, f"load is not a number: {short_repr(text)}", line, column) from None
    if not math.isfinite(value):
        raise LoadCsvError(path, f"load is not finite: {short_repr(text)}", line, column)
    if value < 0:
        raise LoadCsvError(path, f"load is negative: {value:g} MW", line, column)
    return value


def _rows(path: Path, handle: io.TextIOBase) -> Iterator[tuple[int, list[str]]]:
    """(line number, stripped cells) of every row that is not blank or a ``#`` comment."""
    reader = csv.reader(handle)
    try:
        for row in reader:
            if not row or row[0].lstrip().startswith("#"):
                continue
            cells = [cell.strip() for cell in row]
            if any(cells):
                yield reader.line_num, cells
    except UnicodeDecodeError as exc:
        raise LoadCsvError(path, f"not UTF-8 text ({exc.reason}); save it as UTF-8", reader.line_num + 1) from None
    except csv.Error as exc:
        raise LoadCsvError(path, f"malformed CSV ({exc})", reader.line_num) from None
    except OSError as exc:
        raise LoadCsvError(path, f"cannot read the file ({exc.strerror or exc})") from None


class _Samples:
    """Samples as they are read: flat typed arrays, 20 bytes a sample (no Python object each).

    A dict keyed by (time, building) took ~600 bytes a sample (1.8 GB for 100 MB of CSV);
    :class:`array.array` grows in place and hands its buffer to numpy without a copy.
    """

    def __init__(self) -> None:
        self.times = array("d")
        self.building = array("i")
        self.loads = array("d")
        self.lines = array("i")
        self.ids: dict[str, int] = {}
        self.row_times = array("d")
        """Wide layout: the time of each row, which must not repeat even if the cells differ."""
        self.row_lines = array("i")


def read_load_csv(
    path: str | os.PathLike[str], building_ids: Iterable[str] | None = None
) -> LoadTable:
    """Read a long or wide load CSV.

    Memory is proportional to the number of samples (about 20 bytes each while reading, then
    the (buildings x times) table of 8-byte floats); the file itself is streamed.

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
        Unreadable file, not a regular file, larger than :data:`MAX_CSV_BYTES`, unknown
        header, wrong cell count, bad timestamp or load, duplicate (time, building), unknown
        building, or no data rows. A UTF-8 byte-order mark is accepted.
    """
    path = Path(path)
    known = set(building_ids) if building_ids is not None else None
    descriptor = open_regular_file(path, LoadCsvError, MAX_CSV_BYTES)
    # utf-8-sig: spreadsheet programs write a byte-order mark for "CSV UTF-8".
    with open(descriptor, encoding="utf-8-sig", newline="") as handle:
        rows = _rows(path, handle)
        try:
            header_line, header = next(rows)
        except StopIteration:
            raise LoadCsvError(path, "the file is empty (expected a header row)") from None
        lowered = tuple(h.lower() for h in header)
        if lowered == LONG_HEADER:
            samples = _read_long(path, rows, known)
        elif (
            lowered and lowered[0] == "timestamp" and len(lowered) >= 2 and "building_id" not in lowered
        ):
            samples = _read_wide(path, header_line, header, rows, known)
        else:
            raise LoadCsvError(
                path,
                f"unrecognised header {short_repr(','.join(header))}; expected 'timestamp,building_id,load_mw' "
                "(long) or 'timestamp,<building id>,...' (wide)",
                header_line,
            )
    if not samples.loads:
        raise LoadCsvError(path, "no data rows after the header")
    return _table(path, samples)


def _table(path: Path, samples: _Samples) -> LoadTable:
    """The (buildings x times) table of ``samples``, refusing a second value for a (time, building)."""
    if samples.row_times:
        row_times = np.frombuffer(samples.row_times, dtype=np.float64)
        order = np.argsort(row_times, kind="stable")
        repeated = np.flatnonzero(row_times[order][1:] == row_times[order][:-1])
        if repeated.size:
            first, second = order[repeated[0]], order[repeated[0] + 1]
            stamp = datetime.fromtimestamp(float(row_times[second]), tz=UTC).isoformat()
            raise LoadCsvError(
                path, f"timestamp {stamp} repeated (first on line {samples.row_lines[first]})",
                samples.row_lines[second], "timestamp",
            )
    times = np.frombuffer(samples.times, dtype=np.float64)
    building = np.frombuffer(samples.building, dtype=np.int32)
    loads = np.frombuffer(samples.loads, dtype=np.float64)
    unique_times, column = np.unique(times, return_inverse=True)
    n_buildings = len(samples.ids)
    key = column.astype(np.int64) * n_buildings + building
    order = np.argsort(key, kind="stable")
    repeated = np.flatnonzero(key[order][1:] == key[order][:-1])
    if repeated.size:
        first, second = order[repeated[0]], order[repeated[0] + 1]
        name = next(b for b, i in samples.ids.items() if i == building[second])
        stamp = datetime.fromtimestamp(float(times[second]), tz=UTC).isoformat()
        raise LoadCsvError(
            path,
            f"second value for {name!r} at {stamp} (first on line {samples.lines[first]})",
            samples.lines[second],
        )
    ids = tuple(sorted(samples.ids))
    row_of = np.empty(n_buildings, dtype=np.int64)
    for sorted_row, b in enumerate(ids):
        row_of[samples.ids[b]] = sorted_row
    table = np.full((n_buildings, len(unique_times)), np.nan)
    table[row_of[building], column] = loads
    return LoadTable(times=unique_times, building_ids=ids, loads_mw=table, source=path.name)


MAX_ABS_TIMESTAMP_S = 1e11
"""Unix seconds beyond this (the year ~5100) are a unit mistake (milliseconds), not a time."""


def _timestamp(path: Path, text: str, line: int) -> float:
    try:
        value = parse_timestamp(text)
    except (ValueError, OverflowError):
        raise LoadCsvError(
            path, f"bad timestamp {short_repr(text)} (ISO 8601 or Unix seconds)", line, "timestamp"
        ) from None
    if abs(value) > MAX_ABS_TIMESTAMP_S:
        raise LoadCsvError(
            path, f"timestamp {short_repr(text)} is out of range (Unix seconds, not milliseconds)", line, "timestamp"
        )
    return value


def _building_index(path: Path, samples: _Samples, name: str, known: set[str] | None, line: int, column: str) -> int:
    index = samples.ids.get(name)
    if index is None:
        if not name:
            raise LoadCsvError(path, "empty building id", line, column)
        if known is not None and name not in known:
            raise LoadCsvError(
                path, f"unknown building {short_repr(name)} (known: {', '.join(sorted(known))})", line, column
            )
        index = samples.ids[name] = len(samples.ids)
    return index


def _read_long(path: Path, rows: Iterator[tuple[int, list[str]]], known: set[str] | None) -> _Samples:
    samples = _Samples()
    last_text, t = None, 0.0
    for line, cells in rows:
        if len(cells) != 3:
            raise LoadCsvError(
                path, f"{len(cells)} cells, expected 3 (timestamp,building_id,load_mw)", line
            )
        if cells[0] != last_text:  # rows of one time usually follow each other: parse once
            t = _timestamp(path, cells[0], line)
            last_text = cells[0]
        samples.building.append(_building_index(path, samples, cells[1], known, line, "building_id"))
        samples.loads.append(_load_value(path, cells[2], line, "load_mw"))
        samples.times.append(t)
        samples.lines.append(line)
    return samples


def _read_wide(
    path: Path, header_line: int, header: list[str], rows: Iterator[tuple[int, list[str]]], known: set[str] | None
) -> _Samples:
    ids = header[1:]
    if any(not b for b in ids):
        raise LoadCsvError(path, "empty building id in the header", header_line)
    if len(set(ids)) != len(ids):
        raise LoadCsvError(path, "a building appears twice in the header", header_line)
    samples = _Samples()
    columns = [_building_index(path, samples, b, known, header_line, b) for b in ids]
    for line, cells in rows:
        if len(cells) != len(header):
            raise LoadCsvError(
                path, f"{len(cells)} cells, expected {len(header)} like the header", line
            )
        t = _timestamp(path, cells[0], line)
        samples.row_times.append(t)
        samples.row_lines.append(line)
        for building, index, text in zip(ids, columns, cells[1:], strict=True):
            if text == "":
                continue
            samples.loads.append(_load_value(path, text, line, building))
            samples.building.append(index)
            samples.times.append(t)
            samples.lines.append(line)
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
