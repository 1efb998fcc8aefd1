"""Edit -> first field while the 3-D view draws frames back to back (a planner dragging a hall).

Usage::

    TWIN_SOLVER_BACKEND=numba OMP_NUM_THREADS=2 .venv/bin/python bench/bench_edit_while_drawing.py [--rounds 4]

Two threaded runners on the default 8 m campus take turns (only one steps at a time): one as
the app runs it (``background=True``: the solver thread in Linux's idle class, edits on a
helper at the window's priority) and one with every thread at the window's priority. For each,
a hall is moved while a 1280x720 offscreen view with the temperature slice and the plume is
drawn continuously, camera turning; printed: the wall time from the edit to the first frame of
the new layout, and the frames a second drawn meanwhile. Compare the two rows of one run only:
the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    os.environ.setdefault("TWIN_START_TIME", "2030-06-21T12:00")

    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.render.bench import OVERLAYS, SIZES, set_reference, solve_frame
    from twin.render.snapshot import OffscreenView
    from twin.sim.airflow.bench import _moved_building
    from twin.sim.airflow.runner import AirflowRunner

    campus = load_layout(default_layout_path())
    frame = solve_frame(campus, 60)
    modes = {"app (background solver)": True, "window priority": False}
    latency: dict[str, list[float]] = {name: [] for name in modes}
    fps: dict[str, list[float]] = {name: [] for name in modes}
    with OffscreenView(SIZES["720p"]) as view:
        view.show(campus, "overview")
        view.show_fields(frame, campus, OVERLAYS)
        set_reference(view, False)
        view.renderer.SetUseFXAA(False)
        camera = view.renderer.GetActiveCamera()
        runners = {name: AirflowRunner(campus, background=background) for name, background in modes.items()}
        try:
            for runner in runners.values():
                runner.start()
                runner.wait_for_frame(lambda f: f.step >= 3, timeout=120.0)
                runner.pause()
            for index in range(args.rounds + 1):  # the first round warms both up, not counted
                for name, runner in runners.items():
                    runner.play()
                    time.sleep(0.3)  # land the edit in the middle of a step, as a user would
                    version = runner.latest().layout_version
                    submitted = time.perf_counter()
                    runner.submit_campus(_moved_building(campus, -30.0 if index % 2 == 0 else 0.0))
                    frames, first = 0, None
                    while first is None and time.perf_counter() - submitted < 20.0:
                        camera.Azimuth(0.5)
                        view.window.Render()
                        view.window.WaitForCompletion()
                        frames += 1
                        if runner.latest().layout_version > version:
                            first = time.perf_counter() - submitted
                    runner.pause()
                    if index > 0 and first is not None:
                        latency[name].append(first * 1e3)
                        fps[name].append(frames / first)
        finally:
            for runner in runners.values():
                runner.stop()
    report = {name: {"edit_to_first_field_ms": [round(x, 1) for x in latency[name]],
                     "median_ms": round(statistics.median(latency[name]), 1) if latency[name] else None,
                     "fps_while_waiting": [round(x, 1) for x in fps[name]]} for name in modes}
    report["load_average"] = os.getloadavg()
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
