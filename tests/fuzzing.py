"""Seeded mutation of files for the readers' fuzz tests (tests/test_fuzz_readers.py).

Written here rather than with ``hypothesis``: the mutations are format-aware (delete a JSON key,
swap a value's type, nest deeply, reorder EPW rows), every case must be reproducible from one
seed and its index, and the suite must run a fixed number of cases in a bounded time; a plain
:class:`random.Random` does all three with no shrinking machinery to pay for.

Run it by hand to print the figures (cases, foreign exceptions by type)::

    .venv/bin/python -m tests.fuzzing [--cases N] [--seed S]
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

SEED = 20261201
NUMBER = re.compile(rb"-?\d+(\.\d+)?([eE][-+]?\d+)?")

HUGE_NUMBERS = (
    b"1" * 5000,  # past Python's 4,300-digit int limit
    b"9" * 400,  # an int that does not fit a float
    b"-" + b"7" * 330,
    b"1e999",
    b"-1e999",
    b"1e308",
    b"NaN",
    b"Infinity",
    b"-Infinity",
    b"inf",
    b"nan",
    b"-0",
    b"0",
    b"-1",
    b"4.9e-324",
    b"1e-400",
    b"2147483648",
    b"9223372036854775808",
)

WEIRD_VALUES: tuple[Any, ...] = (
    None, True, False, 0, -1, 0.5, 1e308, 10**400, "", "x", "2154", [], {}, [[]], [1, 2], {"a": 1},
    "\u0000", "\ufeff", "é" * 3, [[[[0]]]],
)


# --- byte-level mutations ----------------------------------------------------------------

def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def insert_bytes(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    junk = rng.choice([b"\x00", b"\xff\xfe", b",", b"\n", b'"', b"{", b"[", b"]", b"}", b"\r", b"#", bytes(rng.randrange(256) for _ in range(16))])
    return data[:at] + junk + data[at:]


def huge_number(data: bytes, rng: random.Random) -> bytes:
    numbers = list(NUMBER.finditer(data))
    if not numbers:
        return data
    match = rng.choice(numbers)
    return data[: match.start()] + rng.choice(HUGE_NUMBERS) + data[match.end() :]


def deep_nesting(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([100, 990, 1001, 5000, 100_000])
    numbers = list(NUMBER.finditer(data))
    at = rng.choice(numbers).start() if numbers else 0
    end = rng.choice(numbers).end() if numbers else 0
    end = max(at, end) if rng.random() < 0.5 else at
    return data[:at] + b"[" * depth + data[at:end] + b"]" * depth + data[end:]


def add_bom(data: bytes, rng: random.Random) -> bytes:
    return b"\xef\xbb\xbf" + data


def crlf(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def other_encoding(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", errors="replace").replace("Escaudain", "Escaudaîn")
    codec = rng.choice(["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252"])
    return text.encode(codec, errors="replace")


def shuffle_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    choice = rng.randrange(4)
    if len(lines) < 3:
        return data
    if choice == 0:
        head, body = lines[:1], lines[1:]
        rng.shuffle(body)
        return b"\n".join(head + body)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    if choice == 1:
        lines[i], lines[j] = lines[j], lines[i]
    elif choice == 2:
        lines.insert(j, lines[i])
    else:
        del lines[i]
    return b"\n".join(lines)


def bad_cell(data: bytes, rng: random.Random) -> bytes:
    """One comma-separated cell of a data row (EPW, CSV) replaced by a hostile token."""
    lines = data.split(b"\n")
    rows = [i for i, line in enumerate(lines) if line.count(b",") >= 2 and line[:1].isdigit()]
    if not rows:
        return data
    i = rng.choice(rows)
    cells = lines[i].split(b",")
    # Early cells (the date and time) most of the time: that is where int(float(...)) lives.
    k = rng.randrange(min(4, len(cells))) if rng.random() < 0.6 else rng.randrange(len(cells))
    cells[k] = rng.choice(HUGE_NUMBERS + (b"", b"abc", b"1.5", b"13", b"32", b"0", b"25", b"99999", b"-2000"))
    lines[i] = b",".join(cells)
    return b"\n".join(lines)


def reverse_lines_after(data: bytes, rng: random.Random, keep: int = 1) -> bytes:
    lines = data.rstrip(b"\n").split(b"\n")
    return b"\n".join(lines[:keep] + lines[keep:][::-1]) + b"\n"


BYTE_MUTATIONS: tuple[Callable[[bytes, random.Random], bytes], ...] = (
    truncate, flip_bytes, insert_bytes, huge_number, huge_number, deep_nesting, add_bom, crlf,
    other_encoding, shuffle_lines, bad_cell, bad_cell,
)


# --- JSON-level mutations (layouts) -------------------------------------------------------

def _containers(node: Any, out: list) -> list:
    if isinstance(node, dict):
        out.append(node)
        for value in node.values():
            _containers(value, out)
    elif isinstance(node, list):
        out.append(node)
        for value in node:
            _containers(value, out)
    return out


def _json_mutation(data: bytes, rng: random.Random, action: str) -> bytes:
    document = json.loads(data)
    candidates = [c for c in _containers(document, []) if c]
    if not candidates:
        return data
    target = rng.choice(candidates)
    keys = list(target.keys()) if isinstance(target, dict) else list(range(len(target)))
    key = rng.choice(keys)
    if action == "delete":
        del target[key]
    elif action == "swap":
        target[key] = rng.choice(WEIRD_VALUES)
    elif action == "epsg":
        document.setdefault("campus_twin", {}).setdefault("georef", {})["epsg"] = rng.choice(
            [0, -1, 999999, 0.5, 4326, 3857, "2154", None, 10**30, 1e300, 2154.0, 32631]
        )
    elif action == "origin":
        georef = document.setdefault("campus_twin", {}).setdefault("georef", {})
        georef[rng.choice(["origin_e", "origin_n"])] = rng.choice([1e300, -1e300, 1e9, 0, 10**400])
    return json.dumps(document).encode()


def delete_key(data: bytes, rng: random.Random) -> bytes:
    return _json_mutation(data, rng, "delete")


def swap_type(data: bytes, rng: random.Random) -> bytes:
    return _json_mutation(data, rng, "swap")


def bad_epsg(data: bytes, rng: random.Random) -> bytes:
    return _json_mutation(data, rng, "epsg")


def bad_origin(data: bytes, rng: random.Random) -> bytes:
    return _json_mutation(data, rng, "origin")


JSON_MUTATIONS = (delete_key, delete_key, swap_type, swap_type, swap_type, bad_epsg, bad_origin)


def mutants(original: bytes, kind: str, count: int, seed: int = SEED) -> Iterator[tuple[str, bytes]]:
    """``count`` mutated copies of ``original`` (``kind``: "layout", "epw" or "csv"), with names.

    Each case applies one to three mutations drawn from a :class:`random.Random` seeded with
    ``(seed, kind, index)``, so case *i* is the same whatever ``count`` is.
    """
    for index in range(count):
        rng = random.Random(f"{seed}:{kind}:{index}")
        data, names = original, []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            pool = BYTE_MUTATIONS + (JSON_MUTATIONS if kind == "layout" else ())
            mutation = rng.choice(pool)
            if mutation in JSON_MUTATIONS:
                try:
                    json.loads(data)
                except (ValueError, RecursionError):
                    mutation = flip_bytes  # already broken JSON: keep mutating bytes
            if kind == "epw" and mutation is shuffle_lines and rng.random() < 0.3:
                data, name = reverse_lines_after(data, rng, keep=8), "reverse_rows"
            else:
                data, name = mutation(data, rng), mutation.__name__
            names.append(name)
        yield f"{kind}#{index}:{'+'.join(names)}", data


# --- the originals, written by the project's own code --------------------------------------

def originals(folder: Path) -> dict[str, tuple[Path, bytes]]:
    """The bundled layout, a 10-day EPW (write_epw), a load CSV (write_load_csv) and a wide one, as bytes."""
    import numpy as np

    from twin.core.paths import default_layout_path
    from twin.io.epw import write_epw
    from twin.io.loadcsv import write_load_csv
    from twin.live.replay import LoadTable
    from twin.sim.weather import synthetic_year

    year = synthetic_year()
    days = slice(0, 24 * 10)  # ten days: every code path, a twentieth of the read time
    short = type(year)(
        time=year.time[days], dry_bulb_c=year.dry_bulb_c[days], relative_humidity_pct=year.relative_humidity_pct[days],
        wind_speed_ms=year.wind_speed_ms[days], wind_from_deg=year.wind_from_deg[days], label=year.label,
        synthetic=year.synthetic,
    )
    epw = folder / "original.epw"
    write_epw(epw, short)
    times = 1_750_000_000.0 + 60.0 * np.arange(120)
    loads = np.vstack([50 + 10 * np.sin(times / 600.0 + k) for k in range(3)])
    csv = folder / "original.csv"
    write_load_csv(csv, LoadTable(times=times, building_ids=("dc1", "dc2", "dc3"), loads_mw=loads, source="fuzz"))
    # The wide layout too (one column per hall, an empty cell = no sample), as BMS exports write it.
    wide = folder / "original_wide.csv"
    wide.write_text("timestamp,dc1,dc2,dc3\n" + "".join(
        f"{int(t)},{loads[0, j]:.3f},{'' if j % 5 == 0 else f'{loads[1, j]:.3f}'},{loads[2, j]:.3f}\n"
        for j, t in enumerate(times)
    ))
    layout = default_layout_path()
    return {kind: (path, path.read_bytes())
            for kind, path in (("layout", layout), ("epw", epw), ("csv", csv), ("csv_wide", wide))}


def readers() -> dict[str, Callable[[Path], object]]:
    from twin.io.epw import read_epw
    from twin.io.layout import load_layout
    from twin.io.loadcsv import read_load_csv

    return {"layout": load_layout, "epw": read_epw, "csv": read_load_csv, "csv_wide": read_load_csv}


def project_errors() -> tuple[type[BaseException], ...]:
    from twin.io.errors import FileContentError
    from twin.io.layout import LayoutError

    return (FileContentError, LayoutError)


SLOWEST: list[tuple[float, str]] = []
"""(seconds, case) of the slowest case of the last :func:`run`, for the no-hang assertion."""


def run(folder: Path, cases: int, seed: int = SEED) -> tuple[int, int, list[tuple[str, str]]]:
    """Feed ``cases`` mutants of each original to its reader; (cases, refused, foreign exceptions)."""
    import time

    read = readers()
    allowed = project_errors()
    total = refused = 0
    foreign: list[tuple[str, str]] = []
    SLOWEST[:] = [(0.0, "")]
    suffix = {"layout": ".geojson", "epw": ".epw", "csv": ".csv", "csv_wide": ".csv"}
    for kind, (_path, original) in originals(folder).items():
        target = folder / f"mutant{suffix[kind]}"
        for name, data in mutants(original, kind, cases, seed):
            target.write_bytes(data)
            total += 1
            started = time.perf_counter()
            try:
                read[kind](target)
            except allowed:
                refused += 1
            except Exception as exc:  # noqa: BLE001 - the point: any other type is a finding
                foreign.append((name, f"{type(exc).__name__}: {str(exc)[:160]}"))
            SLOWEST[0] = max(SLOWEST[0], (time.perf_counter() - started, name))
    return total, refused, foreign


if __name__ == "__main__":
    import argparse
    import collections
    import tempfile
    import time

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200, help="mutants per format")
    parser.add_argument("--seed", type=int, default=SEED)
    options = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        total, refused, foreign = run(Path(folder), options.cases, options.seed)
    print(f"{total} mutated files, {refused} refused with the project's error, {len(foreign)} foreign exceptions "
          f"({time.perf_counter() - started:.1f} s; slowest case {SLOWEST[0][0]:.2f} s, {SLOWEST[0][1]})")
    for kind, count in collections.Counter(name.split("#")[0] + " " + error.split(":")[0] for name, error in foreign).most_common():
        print(f"  {count:4d}  {kind}")
    for name, error in foreign[:40]:
        print(f"  {name}: {error}")
