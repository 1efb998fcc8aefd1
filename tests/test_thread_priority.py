"""Background threads yield to the window: the app's solver and JIT threads run in Linux's idle class."""

from __future__ import annotations

import sys
import threading

import pytest

from twin.core.threads import IDLE, run_current_thread_in_background, thread_priority
from twin.sim.airflow.domain import AirflowSettings
from twin.sim.airflow.runner import AirflowRunner

COARSE = AirflowSettings(dx_m=16.0, dz_m=8.0, height_m=128.0)
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread scheduling is Linux's")


def _in_thread(target):
    result = {}
    thread = threading.Thread(target=lambda: result.update(value=target()))
    thread.start()
    thread.join(10.0)
    return result["value"]


@linux
def test_a_background_thread_leaves_the_others_and_its_threads_inherit_it():
    mine = thread_priority()
    assert mine is not None and mine.startswith("nice ")

    def backgrounded_then_child():
        return run_current_thread_in_background(), thread_priority(), _in_thread(thread_priority)

    how, after, child = _in_thread(backgrounded_then_child)
    assert how in (IDLE, "nice 19") and after == how
    assert child == after  # what the solver relies on for its heat worker and OpenMP team
    assert thread_priority() == mine  # the calling (window's) thread is untouched


@linux
def test_runner_thread_runs_behind_the_window_and_still_steps(campus):
    mine = thread_priority()
    background = AirflowRunner(campus, COARSE, background=True)
    plain = AirflowRunner(campus, COARSE)
    try:
        background.start()
        plain.start()
        # both step: on an idle core the background thread runs at full speed
        assert background.wait_for_frame(lambda f: f.step >= 2, timeout=60.0) is not None
        assert plain.wait_for_frame(lambda f: f.step >= 2, timeout=60.0) is not None
        assert background.thread_priority in (IDLE, "nice 19")
        assert thread_priority(background._thread.native_id) == background.thread_priority
        assert plain.thread_priority == mine
        # an edit (and its first look) is applied at the window's priority, then stepping goes on
        version = background.latest().layout_version
        background.submit_campus(campus.with_building(campus.building("dc2").translated(0.0, -16.0)))
        moved = background.wait_for_frame(lambda f: f.layout_version > version, timeout=60.0)
        assert moved is not None and background.edit_thread_priority == mine
        assert background.wait_for_frame(lambda f: f.layout_version > version and f.step >= moved.step + 2, timeout=60.0)
        broken = AirflowSettings(dx_m=16.0, dz_m=8.0, height_m=128.0, max_cells=10)  # refused: too many cells
        background.submit_settings(broken)
        assert background.wait_for_frame(lambda f: any("refused" in m or "cells" in m for m in f.messages), timeout=60.0)
        assert background.running and background.error is None  # an edit's failure reaches the solver thread's handling
    finally:
        assert background.stop() and plain.stop()
    assert thread_priority() == mine


def test_the_app_runs_its_solver_in_the_background(campus):
    from twin.app import create_airflow

    runner = create_airflow(campus)
    assert runner.background and not runner.running
