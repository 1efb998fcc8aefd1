"""Benchmark of the load-CSV replay reader: a year of one-minute data for six halls.

Run from the repository root::

    .venv/bin/python bench/bench_replay.py [--minutes N] [--halls B] [--layout long|wide] [--json]

Writes the recording with the project's own writer (:func:`twin.io.loadcsv.write_load_csv`,
long layout; or a wide one), then reads it in a fresh child process, so the figure is the
reader's alone, and prints the file size, the read time (wall clock and CPU: on a shared
machine the CPU time is the steadier figure), the child's peak resident memory
(``VmHWM``, or ``ru_maxrss`` off Linux) and the memory above the bare interpreter with numpy imported. It finally
builds a :class:`twin.live.replay.ReplaySource` on the table (plausibility check included).

Figure on the 2-core development machine: see the README ("Measured figures").
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHILD = """
import json, resource, sys, time
import numpy as np
from twin.io.loadcsv import read_load_csv
from twin.live.replay import ReplaySource

def peak_kib():
    # VmHWM (Linux) is this process's own peak; ru_maxrss can carry the forking parent's.
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

baseline = peak_kib()
t0, c0 = time.perf_counter(), time.process_time()
table = read_load_csv(sys.argv[1])
read_s, read_cpu_s = time.perf_counter() - t0, time.process_time() - c0
t1 = time.perf_counter()
source = ReplaySource(table, capacities_mw=dict.fromkeys(table.building_ids, 100.0))
replay_s = time.perf_counter() - t1
peak = peak_kib()
print(json.dumps({"samples": int(np.count_nonzero(~np.isnan(table.loads_mw))), "read_s": read_s, "read_cpu_s": read_cpu_s,
                  "replay_setup_s": replay_s, "peak_rss_mb": peak / 1024, "above_import_mb": (peak - baseline) / 1024,
                  "rejected": source.counters["rejected"]}))
"""


def write_recording(path: Path, minutes: int, halls: int, layout: str) -> None:
    """A recording of ``minutes`` one-minute samples for ``halls`` halls (training-like noise)."""
    import numpy as np

    from twin.io.loadcsv import write_load_csv
    from twin.live.replay import LoadTable

    times = 1_735_689_600.0 + 60.0 * np.arange(minutes)  # 2025-01-01T00:00Z
    rng = np.random.default_rng(8)
    loads = np.round(80.0 + 10.0 * rng.random((halls, minutes)), 3)
    ids = tuple(f"dc{i + 1}" for i in range(halls))
    if layout == "long":
        write_load_csv(path, LoadTable(times=times, building_ids=ids, loads_mw=loads, source="bench"))
        return
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(("timestamp", *ids)) + "\n")
        for j, t in enumerate(times):
            handle.write(f"{int(t)}," + ",".join(f"{v:.3f}" for v in loads[:, j]) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Write, read in a child process, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, default=525_600, help="samples per hall (default: a year of minutes)")
    parser.add_argument("--halls", type=int, default=6)
    parser.add_argument("--layout", choices=("long", "wide"), default="long")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"year.{args.layout}.csv"
        t0 = time.perf_counter()
        write_recording(path, args.minutes, args.halls, args.layout)
        write_s = time.perf_counter() - t0
        size_mb = path.stat().st_size / 1e6
        done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, cwd=ROOT, check=True)
    figures = {"layout": args.layout, "halls": args.halls, "minutes": args.minutes, "file_mb": round(size_mb, 1),
               "write_s": round(write_s, 1), **{k: round(v, 2) if isinstance(v, float) else v for k, v in json.loads(done.stdout).items()}}
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{figures['samples']:,} samples ({args.halls} halls x {args.minutes:,} minutes, {args.layout}), "
              f"{figures['file_mb']} MB of CSV: read in {figures['read_s']} s ({figures['read_cpu_s']} s of CPU), "
              f"peak memory {figures['peak_rss_mb']:.0f} MB ({figures['above_import_mb']:.0f} MB above the imports); "
              f"replay set-up {figures['replay_setup_s']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
