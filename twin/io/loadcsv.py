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

import contextlib
import csv
import io
import itertools
import math
import operator
import os
import re
import warnings
from array import array
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from twin.core.files import write_text_atomically
from twin.core.i18n import tr
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
            raise ValueError(f"not a finite time: {text!r}")  # notr: callers word it (see _timestamp)
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
        raise LoadCsvError(path, tr("LoadCsv", "load is not a number: {text}").format(text=short_repr(text)), line, column) from None
    if not math.isfinite(value):
        raise LoadCsvError(path, tr("LoadCsv", "load is not finite: {text}").format(text=short_repr(text)), line, column)
    if value < 0:
        raise LoadCsvError(path, tr("LoadCsv", "load is negative: {value:g} MW").format(value=value), line, column)
    return value


BLOCK_CHARS = 1 << 20
"""Text read at a time (~1 MB, ~15,000 rows): splitting, checking and converting a whole block
with str and numpy methods, instead of row by row, is what makes a year of minutes load in a
few seconds."""

_SKIPPED_LINE = re.compile(r"^[ \t,\r]*$|^[ \t]*#.*$", re.MULTILINE)
"""A blank line (only spaces, tabs, commas) or a ``#`` comment: skipped, as csv rows would be."""
_OTHER_LINE_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
"""Characters :meth:`str.splitlines` breaks at but a CSV file does not."""


def _may_skip(text: str) -> bool:
    """Cheap test (substring searches) for a blank or comment line; the regex confirms it."""
    return (
        "#" in text or "\n\n" in text or "\n\r" in text or "\r\r" in text or "\n," in text or "\n " in text
        or "\n\t" in text or text[:1] in (",", " ", "\t", "\r", "\n")
    )


class _Blocks:
    """The rows of a CSV file, a block at a time, as columns of cell texts (not stripped).

    While the text holds no quote character rows are split on commas directly; from the first
    block that holds one, the :mod:`csv` module reads the rest (a quoted field may contain
    commas and line breaks). Both give what ``csv.reader`` would, and both refuse a row whose
    cell count differs from the header's with its line number.
    """

    def __init__(self, path: Path, handle: io.TextIOBase) -> None:
        self.path = path
        self.handle = handle
        self.consumed = 0  # lines read so far
        self.width = 0
        self.expected = ""  # the layout, "long" or "wide", for the message on a wrong cell count

    def header(self) -> tuple[int, list[str]] | None:
        """(line, stripped cells) of the first row that is not blank or a comment; None if none."""
        with self._errors(None):
            for line in self.handle:
                self.consumed += 1
                text = line.rstrip("\r\n")
                if _SKIPPED_LINE.fullmatch(text):
                    continue
                return self.consumed, [cell.strip() for cell in next(csv.reader([text]))]
        return None

    def __iter__(self) -> Iterator[tuple[list[int], list[list[str]]]]:
        """(line numbers, columns) of each block of data rows."""
        with self._errors(None):
            while True:
                lines = self.handle.readlines(BLOCK_CHARS)
                if not lines:
                    return
                text = "".join(lines)
                if '"' in text:
                    yield from self._quoted(lines)
                    return
                numbers = list(range(self.consumed + 1, self.consumed + 1 + len(lines)))
                self.consumed += len(lines)
                rows = text.splitlines() if not _OTHER_LINE_BREAKS.search(text) else [line.rstrip("\r\n") for line in lines]
                # endpos leaves out the final line break, after which "$" would match an empty line.
                end = len(text) - (2 if text.endswith("\r\n") else 1 if text.endswith(("\n", "\r")) else 0)
                if _may_skip(text) and _SKIPPED_LINE.search(text, 0, end):
                    keep = [k for k, row in enumerate(rows) if not _SKIPPED_LINE.fullmatch(row)]
                    numbers, rows = [numbers[k] for k in keep], [rows[k] for k in keep]
                if not rows:
                    continue
                counts = list(map(operator.methodcaller("count", ","), rows))
                if counts.count(self.width - 1) != len(counts):
                    wrong = next(k for k, n in enumerate(counts) if n != self.width - 1)
                    self._wrong_width(counts[wrong] + 1, numbers[wrong])
                cells = ",".join(rows).split(",")
                yield numbers, [cells[j :: self.width] for j in range(self.width)]

    def _quoted(self, lines: list[str]) -> Iterator[tuple[list[int], list[list[str]]]]:
        start = self.consumed
        reader = csv.reader(itertools.chain(lines, self.handle))
        with self._errors(reader):
            numbers: list[int] = []
            rows: list[list[str]] = []
            for row in reader:
                if not row or not "".join(row).strip(" \t") or row[0].lstrip().startswith("#"):
                    continue
                number = start + reader.line_num
                if len(row) != self.width:
                    self._wrong_width(len(row), number)
                numbers.append(number)
                rows.append(row)
                if len(rows) >= 16384:
                    yield numbers, [list(column) for column in zip(*rows, strict=True)]
                    numbers, rows = [], []
            if rows:
                yield numbers, [list(column) for column in zip(*rows, strict=True)]

    def _wrong_width(self, cells: int, line: int) -> None:
        expected = (tr("LoadCsv", "{cells} cells, expected {width} (timestamp,building_id,load_mw)") if self.expected == "long"
                    else tr("LoadCsv", "{cells} cells, expected {width} like the header"))
        raise LoadCsvError(self.path, expected.format(cells=cells, width=self.width), line)

    @contextlib.contextmanager
    def _errors(self, reader: Any) -> Iterator[None]:
        try:
            yield
        except UnicodeDecodeError as exc:
            line = self.consumed + (reader.line_num if reader is not None else 0) + 1
            raise LoadCsvError(self.path, tr("LoadCsv", "not UTF-8 text ({reason}); save it as UTF-8").format(reason=exc.reason),
                               line) from None
        except csv.Error as exc:
            line = self.consumed + (reader.line_num if reader is not None else 0)
            raise LoadCsvError(self.path, tr("LoadCsv", "malformed CSV ({reason})").format(reason=exc), line) from None
        except OSError as exc:
            raise LoadCsvError(self.path, tr("FileErrors", "cannot read the file ({reason})").format(reason=exc.strerror or exc)) from None


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
        blocks = _Blocks(path, handle)
        found = blocks.header()
        if found is None:
            raise LoadCsvError(path, tr("LoadCsv", "the file is empty (expected a header row)"))
        header_line, header = found
        lowered = tuple(h.lower() for h in header)
        blocks.width = len(header)
        if lowered == LONG_HEADER:
            blocks.expected = "long"
            samples = _read_long(path, blocks, known)
        elif (
            lowered and lowered[0] == "timestamp" and len(lowered) >= 2 and "building_id" not in lowered
        ):
            blocks.expected = "wide"
            samples = _read_wide(path, header_line, header, blocks, known)
        else:
            raise LoadCsvError(path, tr("LoadCsv", "unrecognised header {header}; expected 'timestamp,building_id,load_mw' "
                                                   "(long) or 'timestamp,<building id>,...' (wide)").format(
                header=short_repr(",".join(header))), header_line)
    if not samples.loads:
        raise LoadCsvError(path, tr("LoadCsv", "no data rows after the header"))
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
            raise LoadCsvError(path, tr("LoadCsv", "timestamp {stamp} repeated (first on line {first})").format(
                stamp=stamp, first=samples.row_lines[first]), samples.row_lines[second], "timestamp")
    times = np.frombuffer(samples.times, dtype=np.float64)
    building = np.frombuffer(samples.building, dtype=np.int32)
    loads = np.frombuffer(samples.loads, dtype=np.float64)
    if times.size > 1 and bool(np.all(times[1:] >= times[:-1])):
        # Recordings are written in time order: the distinct times and each sample's column
        # come from one pass, without np.unique's sort and its copies.
        new_time = np.empty(times.size, dtype=bool)
        new_time[0] = True
        np.not_equal(times[1:], times[:-1], out=new_time[1:])
        unique_times = times[new_time]
        column = np.cumsum(new_time, dtype=np.int64) - 1
        del new_time
    else:
        unique_times, column = np.unique(times, return_inverse=True)
        column = column.astype(np.int64, copy=False)
    n_buildings, n_times = len(samples.ids), len(unique_times)
    ids = tuple(sorted(samples.ids))
    row_of = np.empty(n_buildings, dtype=np.int64)
    for sorted_row, b in enumerate(ids):
        row_of[samples.ids[b]] = sorted_row
    # The flat index of each sample's cell in the table; ``column`` is freed once it is folded in.
    cell = row_of[building]
    cell *= n_times
    cell += column
    del column
    table = np.full(n_buildings * n_times, np.nan)
    table[cell] = loads
    # Loads are finite, so a cell hit twice leaves fewer filled cells than samples.
    if np.count_nonzero(~np.isnan(table)) < loads.size:
        order = np.argsort(cell, kind="stable")
        repeated = int(np.flatnonzero(cell[order][1:] == cell[order][:-1])[0])
        first, second = sorted(order[repeated : repeated + 2], key=lambda k: samples.lines[k])
        name = next(b for b, i in samples.ids.items() if i == building[second])
        stamp = datetime.fromtimestamp(float(times[second]), tz=UTC).isoformat()
        raise LoadCsvError(path, tr("LoadCsv", "second value for {name} at {stamp} (first on line {first})").format(
            name=repr(name), stamp=stamp, first=samples.lines[first]), samples.lines[second])
    table = table.reshape(n_buildings, n_times)
    return LoadTable(times=unique_times, building_ids=ids, loads_mw=table, source=path.name)


MAX_ABS_TIMESTAMP_S = 1e11
"""Unix seconds beyond this (the year ~5100) are a unit mistake (milliseconds), not a time."""


def _timestamp(path: Path, text: str, line: int) -> float:
    try:
        value = parse_timestamp(text)
    except (ValueError, OverflowError):
        raise LoadCsvError(path, tr("LoadCsv", "bad timestamp {text} (ISO 8601 or Unix seconds)").format(text=short_repr(text)),
                           line, "timestamp") from None
    if abs(value) > MAX_ABS_TIMESTAMP_S:
        raise LoadCsvError(path, tr("LoadCsv", "timestamp {text} is out of range (Unix seconds, not milliseconds)").format(
            text=short_repr(text)), line, "timestamp")
    return value


def _building_index(path: Path, samples: _Samples, name: str, known: set[str] | None, line: int, column: str) -> int:
    index = samples.ids.get(name)
    if index is None:
        if not name:
            raise LoadCsvError(path, tr("LoadCsv", "empty building id"), line, column)
        if known is not None and name not in known:
            raise LoadCsvError(path, tr("LoadCsv", "unknown building {name} (known: {known})").format(
                name=short_repr(name), known=", ".join(sorted(known))), line, column)
        index = samples.ids[name] = len(samples.ids)
    return index


def _times(path: Path, texts: list[str], numbers: list[int]) -> list[float]:
    """Unix seconds of each timestamp text, each distinct text parsed once."""
    parsed = dict.fromkeys(texts, 0.0)  # rows of one time follow each other: a few distinct
    fast = _uniform_times(list(parsed))
    if fast is not None:
        parsed = dict(zip(parsed, fast.tolist(), strict=True))
        return list(map(parsed.__getitem__, texts))
    for text in parsed:
        try:
            parsed[text] = _timestamp(path, text.strip(), 0)
        except LoadCsvError:  # again with its line: looked up only when there is an error
            _timestamp(path, text.strip(), numbers[texts.index(text)])
            raise
    return list(map(parsed.__getitem__, texts))


def _uniform_times(texts: list[str]) -> np.ndarray | None:
    """Unix seconds of ``texts`` converted by numpy in one go, or None (then row by row).

    Handles the two forms recorders write (what :func:`write_load_csv` writes included): plain
    Unix seconds, and UTC ISO 8601 ending in ``Z``. Anything else (offsets, week dates, an
    error to report with its line) is left to :func:`parse_timestamp`, row by row.
    """
    try:
        seconds = np.array(texts, dtype=np.float64)
    except ValueError:
        if not all(map(operator.methodcaller("endswith", "Z"), texts)):
            return None
        try:
            # Naive ISO strings are UTC to numpy as to parse_timestamp; microseconds kept. A
            # time-zone suffix left in the text makes numpy warn (deprecated): row by row then.
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                stamps = np.array([text[:-1] for text in texts], dtype="datetime64[us]")
        except (ValueError, Warning):
            return None
        if np.isnat(stamps).any():
            return None
        seconds = stamps.astype(np.int64) / 1e6
    if not np.isfinite(seconds).all() or (np.abs(seconds) > MAX_ABS_TIMESTAMP_S).any():
        return None
    return seconds


def _loads(path: Path, texts: list[str], numbers: list[int], column: str | None) -> np.ndarray:
    """Loads of ``texts`` as an array; the first bad one raises with its line (and column)."""
    try:
        values = np.array(texts, dtype=np.float64)
    except ValueError:
        values = None
    if values is not None:
        bad = np.flatnonzero(~np.isfinite(values) | (values < 0))
        if not bad.size:
            return values
        first = int(bad[0])
    else:
        first = next(k for k, text in enumerate(texts) if not _parses(text))
    _load_value(path, texts[first].strip(), numbers[first], column or "load_mw")
    raise AssertionError("unreachable: _load_value raised")  # pragma: no cover


def _parses(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _read_long(path: Path, blocks: _Blocks, known: set[str] | None) -> _Samples:
    samples = _Samples()
    indices: dict[str, int] = {}  # cell text as written -> building index
    for numbers, (stamps, names, loads) in blocks:
        for name in dict.fromkeys(names):
            if name not in indices:
                line = numbers[names.index(name)]
                indices[name] = _building_index(path, samples, name.strip(), known, line, "building_id")
        samples.times.extend(_times(path, stamps, numbers))
        samples.building.extend(map(indices.__getitem__, names))
        samples.loads.frombytes(_loads(path, loads, numbers, "load_mw").tobytes())
        samples.lines.extend(numbers)
    return samples


def _read_wide(
    path: Path, header_line: int, header: list[str], blocks: _Blocks, known: set[str] | None
) -> _Samples:
    ids = header[1:]
    if any(not b for b in ids):
        raise LoadCsvError(path, tr("LoadCsv", "empty building id in the header"), header_line)
    if len(set(ids)) != len(ids):
        raise LoadCsvError(path, tr("LoadCsv", "a building appears twice in the header"), header_line)
    samples = _Samples()
    indices = [_building_index(path, samples, b, known, header_line, b) for b in ids]
    for numbers, columns in blocks:
        times = np.array(_times(path, columns[0], numbers))
        lines = np.array(numbers, dtype=np.int32)
        samples.row_times.frombytes(times.tobytes())
        samples.row_lines.frombytes(lines.tobytes())
        for building, index, column in zip(ids, indices, columns[1:], strict=True):
            cells = [cell.strip() for cell in column]
            if "" in cells:  # empty cell = no sample
                kept = np.flatnonzero(np.array([cell != "" for cell in cells], dtype=bool))
                if not kept.size:
                    continue
                cells = [cells[k] for k in kept]
            else:
                kept = np.arange(len(cells))
            values = _loads(path, cells, [numbers[k] for k in kept], building)
            samples.loads.frombytes(values.tobytes())
            samples.times.frombytes(times[kept].tobytes())
            samples.building.frombytes(np.full(len(kept), index, dtype=np.int32).tobytes())
            samples.lines.frombytes(lines[kept].tobytes())
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
