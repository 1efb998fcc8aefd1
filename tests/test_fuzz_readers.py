"""Fuzz the three file readers: whatever a file holds, only the project's error type comes out.

The originals are the bundled layout and an EPW and a load CSV written by the project's own
writers; :mod:`tests.fuzzing` mutates them with a fixed seed (truncation, byte flips, deleted
keys, swapped types, huge and non-finite numbers, deep nesting, other encodings, BOM, CRLF,
reordered rows). Special files (FIFO, ``/dev/zero``, a folder, a sparse file larger than the
limits) are read in a child process so that a reader that blocks fails the test instead of
hanging it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from tests import fuzzing

ROOT = Path(__file__).resolve().parents[1]


def _peak_rss_bytes() -> int | None:
    try:
        with open("/proc/self/status") as status:
            return 1024 * next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return None


def _check(folder: Path, cases: int) -> None:
    before = _peak_rss_bytes()
    total, refused, foreign = fuzzing.run(folder, cases)
    after = _peak_rss_bytes()
    # No hang: every case returns well within a second on an idle machine (10 s allows a busy one).
    seconds, slowest = fuzzing.SLOWEST[0]
    assert seconds < 10.0, f"{slowest} took {seconds:.1f} s"
    # Bounded memory: the process's peak grows by less than 200 MB over all the cases (files
    # are at most ~100 kB; a reader that expanded one, e.g. 100,000 levels of nesting, would not).
    if before is not None:
        assert after - before < 200 << 20, f"peak memory grew by {(after - before) >> 20} MiB"
    assert total == 4 * cases
    # The mutations do break files (else this test could not fail) ...
    assert refused > total // 3, f"only {refused} of {total} mutants were refused: the mutations are too gentle"
    # ... and every broken file is refused with the project's own error, naming the file.
    assert foreign == [], f"{len(foreign)} foreign exceptions, first: {foreign[:5]}"


@pytest.mark.timeout(120)
def test_mutated_files_raise_only_the_projects_error(tmp_path):
    _check(tmp_path, cases=150)


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_many_mutated_files_raise_only_the_projects_error(tmp_path):
    _check(tmp_path, cases=2000)


SPECIAL_FILES_SCRIPT = textwrap.dedent(
    """
    import json, os, sys, tracemalloc
    from pathlib import Path
    from twin.io.errors import FileContentError
    from twin.io.epw import read_epw
    from twin.io.layout import load_layout
    from twin.io.loadcsv import read_load_csv

    folder = Path(sys.argv[1])
    fifo = folder / "pipe"
    os.mkfifo(fifo)
    sparse = folder / "sparse"
    with open(sparse, "wb") as handle:
        handle.truncate(3 << 30)  # 3 GiB of holes: no disk used, larger than every limit
    results = {}
    tracemalloc.start()
    for reader in (load_layout, read_epw, read_load_csv):
        for path in (fifo, Path("/dev/zero"), folder, sparse):
            try:
                reader(path)
                outcome = "accepted"
            except FileContentError as error:
                outcome = "refused: " + str(error)
            except Exception as error:
                outcome = "foreign: " + type(error).__name__
            results[reader.__name__ + " " + path.name] = outcome
    results["peak_bytes"] = tracemalloc.get_traced_memory()[1]
    print(json.dumps(results))
    """
)


@pytest.mark.timeout(120)
def test_special_files_are_refused_at_once_without_reading_them(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", SPECIAL_FILES_SCRIPT, str(tmp_path)],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    peak = results.pop("peak_bytes")
    assert len(results) == 12
    for case, outcome in results.items():
        assert outcome.startswith("refused: "), f"{case}: {outcome}"
    assert "pipe (FIFO)" in results["load_layout pipe"]
    assert "device" in results["read_epw zero"]
    assert "folder" in results["read_load_csv " + tmp_path.name]
    assert "MiB" in results["read_load_csv sparse"] and "larger than" in results["read_load_csv sparse"]
    assert peak < 16 << 20, f"reading special files allocated {peak / 2**20:.0f} MiB"


@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    return fuzzing.originals(tmp_path_factory.mktemp("originals"))


def _same(kind: str, a, b) -> bool:
    if kind == "layout":
        return a == b
    if kind == "epw":
        return np.array_equal(a.time, b.time) and np.allclose(a.dry_bulb_c, b.dry_bulb_c)
    return a.building_ids == b.building_ids and np.array_equal(a.times, b.times) and np.allclose(a.loads_mw, b.loads_mw, equal_nan=True)


@pytest.mark.parametrize("kind", ["layout", "epw", "csv", "csv_wide"])
@pytest.mark.parametrize("transform", ["bom", "crlf", "bom+crlf"])
def test_bom_and_crlf_read_like_the_original(tmp_path, originals, kind, transform):
    path, data = originals[kind]
    if "crlf" in transform:
        data = data.replace(b"\n", b"\r\n")
    if "bom" in transform:
        data = b"\xef\xbb\xbf" + data
    copy = tmp_path / ("copy" + path.suffix)
    copy.write_bytes(data)
    read = fuzzing.readers()[kind]
    assert _same(kind, read(copy), read(path))


def test_mqtt_parser_counts_every_fuzzed_message_under_a_documented_reason():
    """3,000 mutated DSX and plain payloads, each followed by a valid one: no internal_error, none lost."""
    import random
    import re
    from types import SimpleNamespace

    from twin.live import mqtt

    documented = set(re.findall(r"^(\w+)\s{2,}", mqtt.__doc__, re.MULTILINE)) - {"reason"}
    source = mqtt.MqttSource({"dc1": 100.0, "dc2": 100.0})
    s = source.settings
    originals = [
        (s.dsx_topic("dc1"), mqtt.dsx_payload(50_000.0, 1_750_000_000.0)),
        (s.plain_topic("dc2"), b"42.5"),
        (s.plain_topic("dc2"), b'{"value": 40.0, "timestamp": 1750000000000, "quality": 1}'),
    ]
    valid = 0
    for index in range(3000):
        rng = random.Random(f"{fuzzing.SEED}:mqtt:{index}")
        topic, payload = rng.choice(originals)
        mutation = rng.choice(fuzzing.BYTE_MUTATIONS)
        message = SimpleNamespace(topic=topic, payload=mutation(payload, rng))
        source._on_message(None, None, message)
        # A valid reading right after: a hostile message must not stop the next one.
        good = mqtt.dsx_payload(60_000.0 + index)  # stamped now, as a live publisher would
        source._on_message(None, None, SimpleNamespace(topic=s.dsx_topic("dc1"), payload=good))
        valid += 1
        assert source.latest()["dc1"].load_mw == pytest.approx(60.0 + index / 1000)
    reasons = source.store.rejected_by_reason()
    assert "internal_error" not in reasons, reasons
    assert set(reasons) <= documented, set(reasons) - documented
    counters = source.counters
    assert counters["accepted"] + counters["rejected"] == 3000 + valid
    assert counters["accepted"] >= valid
