"""The airflow runner: synchronous stepping, inbox semantics, immutable frames, clean thread stop."""

from __future__ import annotations

import math
import threading

import numpy as np
import pytest

from twin.sim.airflow.domain import AirflowSettings
from twin.sim.airflow.runner import AirflowRunner, Frame

# a coarse grid keeps these tests fast; the physics is covered in test_sim_airflow
COARSE = AirflowSettings(dx_m=16.0, dz_m=8.0, height_m=128.0)


def test_synchronous_steps_publish_immutable_frames(campus):
    runner = AirflowRunner(campus, COARSE, synchronous=True)
    first = runner.latest()
    assert isinstance(first, Frame) and first.step == 0 and first.tier == "first look"
    frame = runner.step_now(3)
    assert frame.step == 3 and frame.tier == "settling"
    assert frame.sim_time_s == pytest.approx(3 * frame.dt_s)
    nx, ny, nz = frame.grid.shape
    assert frame.pedestrian_wind.shape == (nx, ny)
    assert all(v.shape == (nx, ny, nz) for v in frame.velocity)
    assert frame.temperature_c.shape == (nx, ny, nz) and frame.solid.shape == (nx, ny, nz)
    for arr in (frame.pedestrian_wind, frame.temperature_c, frame.solid, *frame.velocity):
        assert not arr.flags.writeable
        with pytest.raises(ValueError):
            arr.flat[0] = 1.0
    with pytest.raises(TypeError):
        frame.intake_rise_k["dc1"] = 0.0  # type: ignore[index]
    assert set(frame.intake_rise_k) == {b.id for b in campus.buildings if b.heat_rejection}
    assert math.isfinite(frame.reserve_temp_c)
    # the default receptors are 0.5-1.8 km away: outside a campus-sized box
    assert set(frame.receptor_temp_c) == {r.id for r in campus.receptors}
    # an earlier frame is not changed by later steps
    before = frame.temperature_c.copy()
    runner.step_now(2)
    assert np.array_equal(frame.temperature_c, before, equal_nan=True)


def test_cell_centres_map_back_to_campus(campus):
    runner = AirflowRunner(campus, COARSE, synchronous=True)
    frame = runner.latest()
    xs, ys = frame.cell_centres_campus()
    hall = campus.building("dc5")
    cx, cy = hall.centroid
    i, j = np.unravel_index(np.argmin((xs - cx) ** 2 + (ys - cy) ** 2), xs.shape)
    assert frame.solid[i, j, 0]
    assert np.isnan(frame.pedestrian_wind[i, j])


def test_inbox_latest_wins_and_heat_updates(campus):
    runner = AirflowRunner(campus, COARSE, synchronous=True)
    runner.step_now(2)
    far = campus.with_building(campus.building("dc2").translated(0.0, -30.0))
    near = campus.with_building(campus.building("dc2").translated(0.0, -10.0))
    runner.submit_campus(far)
    runner.submit_campus(near)  # replaces the pending one
    runner.submit_heat({"dc1": 10.0})
    frame = runner.step_now(1)
    assert frame.layout_version == 1
    assert runner.solver is not None and runner.solver.campus is near
    assert frame.heat_mw == {"dc1": 10.0}
    expected = AirflowRunner(near, COARSE, synchronous=True).latest()
    assert np.array_equal(frame.solid, expected.solid)


def test_step_now_requires_synchronous_mode(campus):
    runner = AirflowRunner(campus, COARSE)
    with pytest.raises(RuntimeError):
        runner.step_now()


def test_thread_runs_applies_edits_and_stops_cleanly(campus):
    frames: list[Frame] = []

    def on_frame(frame: Frame) -> None:
        frames.append(frame)
        if len(frames) == 2:
            raise RuntimeError("a faulty GUI callback")  # must not kill the solver

    runner = AirflowRunner(campus, COARSE, on_frame=on_frame)
    runner.start()
    try:
        assert runner.wait_for_frame(lambda f: f.step >= 3, timeout=60.0) is not None
        moved = campus.with_building(campus.building("dc2").translated(0.0, -30.0))
        runner.submit_campus(moved)
        look = runner.wait_for_frame(lambda f: f.layout_version == 1, timeout=30.0)
        assert look is not None and look.tier == "first look"
        print(f"first look after {runner.last_first_look_latency_s * 1e3:.0f} ms (coarse grid)")
        assert runner.wait_for_frame(lambda f: f.layout_version == 1 and f.tier == "settling", timeout=30.0) is not None
        runner.pause()
        paused_at = runner.latest().step
        threading.Event().wait(0.5)
        assert runner.latest().step <= paused_at + 1
        runner.play()
        assert runner.wait_for_frame(lambda f: f.step > paused_at + 1, timeout=30.0) is not None
        assert any("callback failed" in m for m in runner.latest().messages)
        assert runner.error is None
    finally:
        assert runner.stop(timeout=5.0)
    assert not runner.running
    assert not any(t.name == "twin-airflow" for t in threading.enumerate())


def test_settles_under_steady_conditions(campus):
    runner = AirflowRunner(campus, COARSE, synchronous=True)
    tiers = []
    for _ in range(80):
        frame = runner.step_now(1)
        tiers.append(frame.tier)
        if frame.tier == "settled":
            break
    print(f"settled after {frame.sim_time_s:.0f} s simulated ({len(tiers)} steps)")
    assert tiers[-1] == "settled"
    assert frame.sim_time_s >= 2 * COARSE.settle_window_s


def test_paused_runner_steps_once_on_request(campus):
    from twin.sim.airflow.runner import AirflowRunner

    runner = AirflowRunner(campus)
    runner.start()
    try:
        first = runner.wait_for_frame(lambda f: f.step >= 2, timeout=60.0)
        assert first is not None
        runner.pause()
        # Wait until the step that was in progress has been published and no other follows.
        paused_at = runner.latest().step
        while runner.wait_for_frame(lambda f, s=paused_at: f.step > s, timeout=3.0) is not None:
            paused_at = runner.latest().step
        runner.request_step()
        stepped = runner.wait_for_frame(lambda f: f.step == paused_at + 1, timeout=30.0)
        assert stepped is not None
        assert runner.wait_for_frame(lambda f: f.step > paused_at + 1, timeout=1.0) is None
    finally:
        assert runner.stop(timeout=10.0)
