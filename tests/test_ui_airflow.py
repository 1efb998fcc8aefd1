"""Wind and heat in the window: the solver thread, layout edits reaching it, overlays in pixels."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot):
    from twin.app import build_window

    main_window = build_window()
    # Not qtbot.addWidget: pytest-qt would close the window before this fixture marks the
    # document clean, and an "unsaved changes" dialog would wait forever.
    main_window.resize(1200, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    qtbot.waitUntil(lambda: main_window.airflow.latest() is not None and main_window.airflow.latest().step >= 3, timeout=60000)
    yield main_window
    main_window.document.undo_stack.set_clean()
    main_window.close()
    main_window.deleteLater()
    assert not main_window.airflow.running, "solver thread still alive after close"


def test_temperature_overlay_appears_in_the_pixels(window, qtbot):
    # A fixed, known wind (the solver follows the played weather by default, which varies).
    window.airflow_panel.follow.setChecked(False)
    window.airflow_panel.wind_from.setValue(240)
    window.airflow_panel.wind_speed.setValue(5.0)
    window.airflow_panel.apply.click()
    window.actions_by_id["view.camera.top"].trigger()
    # Let the plumes grow for a minute of simulated time, then wait for that frame to be drawn.
    frame = window.airflow.wait_for_frame(lambda f: f.weather.wind_from_deg == 240.0 and f.sim_time_s > 60.0, timeout=90.0)
    assert frame is not None
    qtbot.waitUntil(lambda: getattr(window.field_overlays._drawn.get("temperature"), "step", -1) >= frame.step, timeout=10000)
    with_overlay = window.viewport.grab_image().astype(int)
    window.airflow_panel.overlay_checks["temperature"].setChecked(False)
    window.airflow_panel.overlay_checks["recirculation"].setChecked(False)
    without = window.viewport.grab_image().astype(int)
    reddish = lambda image: ((image[..., 0] - image[..., 2]) > 90).mean()  # noqa: E731
    print("warm share with / without overlay", reddish(with_overlay), reddish(without))
    assert reddish(with_overlay) > reddish(without) + 0.01
    assert "nature reserve" in window.airflow_panel.outputs.text() and "m/s" in window.airflow_panel.outputs.text()


def test_layout_edit_reaches_the_solver(window, qtbot):
    from twin.model.document import move_building_command

    version = window.airflow.latest().layout_version
    window.document.execute(move_building_command(window.document.campus, "dc3", 0.0, -30.0))
    frame = window.airflow.wait_for_frame(lambda f: f.layout_version > version, timeout=20.0)
    assert frame is not None, "the moved layout never reached the solver"
    moved = window.document.campus.building("dc3")
    # A solid cell now stands under the moved hall's new centre.
    sx, sy = frame.wind_frame.to_solver(*moved.centroid)
    dx, dy, _ = frame.grid.spacing
    assert frame.solid[int(sx // dx), int(sy // dy), 0]
    qtbot.waitUntil(lambda: "first look" in window.airflow_panel.tier.text() or "settl" in window.airflow_panel.tier.text(), timeout=10000)


def test_recirculation_reaches_the_plant(window, qtbot):
    qtbot.waitUntil(lambda: window.session is not None and window.session.latest is not None, timeout=60000)
    qtbot.waitUntil(lambda: bool(window.session.latest.intake_rise_k), timeout=20000)
    rise = window.session.latest.intake_rise_k
    assert set(rise) >= {b.id for b in window.document.campus.data_halls}
    assert all(np.isfinite(v) for v in rise.values())
    # And the plant's heat went the other way.
    qtbot.waitUntil(lambda: window.airflow.latest().heat_mw.get("dc1", 0.0) < 100.0, timeout=20000)


def test_wind_direction_control_turns_the_grid(window, qtbot):
    window.airflow_panel.follow.setChecked(False)  # the solver follows the played weather by default
    window.airflow_panel.wind_from.setValue(60)
    window.airflow_panel.wind_speed.setValue(3.0)
    window.airflow_panel.apply.click()
    frame = window.airflow.wait_for_frame(lambda f: f.weather.wind_from_deg == 60.0, timeout=20.0)
    assert frame is not None and frame.weather.wind_speed_ms == 3.0
    ex, ey = frame.wind_frame.flow_unit
    assert ex == pytest.approx(-np.sin(np.radians(60)), abs=1e-9)  # blowing toward the south-west
    assert ey == pytest.approx(-np.cos(np.radians(60)), abs=1e-9)


def test_pause_and_step_buttons(window, qtbot):
    panel = window.airflow_panel
    panel.play.click()  # pause
    assert not window.airflow.playing and panel.step.isEnabled()
    paused_at = window.airflow.latest().step
    while window.airflow.wait_for_frame(lambda f, s=paused_at: f.step > s, timeout=3.0) is not None:
        paused_at = window.airflow.latest().step
    panel.step.click()
    assert window.airflow.wait_for_frame(lambda f: f.step == paused_at + 1, timeout=30.0) is not None
    panel.play.click()  # run again
    assert window.airflow.playing


def test_follow_the_played_weather(window, qtbot):
    window.airflow_panel.follow.setChecked(True)
    assert not window.airflow_panel.apply.isEnabled()
    qtbot.waitUntil(lambda: window.session is not None and window.session.latest is not None, timeout=60000)
    _, _, speed, wind_from = window.session.weather_now()
    expected = round(wind_from / 10.0) * 10.0 % 360
    frame = window.airflow.wait_for_frame(lambda f: f.weather.wind_from_deg == expected, timeout=30.0)
    assert frame is not None, f"solver never took the played wind ({expected} deg)"


def test_an_invalid_field_is_greyed_and_said_and_not_passed_to_the_plant(window, qtbot, monkeypatch):
    """When the solver gives up, the window shows INVALID and greys the overlays; an edit restarts it."""
    window.actions_by_id["view.camera.top"].trigger()
    frame = window.airflow.wait_for_frame(lambda f: f.sim_time_s > 40.0, timeout=60.0)
    assert frame is not None
    qtbot.waitUntil(lambda: getattr(window.field_overlays._drawn.get("temperature"), "step", -1) >= frame.step, timeout=10000)
    reddish = lambda image: ((image[..., 0] - image[..., 2]) > 90).mean()  # noqa: E731
    coloured = reddish(window.viewport.grab_image().astype(int))
    solver = window.airflow.solver
    monkeypatch.setattr(solver, "health", lambda dt, before: "forced failure (test)")
    invalid = window.airflow.wait_for_frame(lambda f: f.state == "invalid", timeout=60.0)
    assert invalid is not None and not invalid.valid
    qtbot.waitUntil(lambda: "INVALID" in window.airflow_panel.tier.text(), timeout=10000)
    assert window.field_overlays.invalid and window.field_overlays.temperature.greyed
    assert "—" in window.airflow_panel.outputs.text()
    qtbot.waitUntil(lambda: window.session is not None and window.session.airflow is not None, timeout=60000)
    qtbot.waitUntil(lambda: window.session.latest is not None and window.session.latest.intake_rise_k == {}, timeout=20000)
    assert not window.session.airflow.valid and window.session.airflow.note
    window.viewport.request_render()
    greyed = reddish(window.viewport.grab_image().astype(int))
    print("warm share coloured / greyed", coloured, greyed)
    assert greyed < coloured - 0.005
    # an edit (a new wind speed) restarts the solver and the colours come back
    monkeypatch.undo()
    faster = frame.weather.wind_speed_ms + 1.0
    window.set_airflow_weather(frame.weather.wind_from_deg, faster, frame.weather.ambient_c)
    assert window.airflow.wait_for_frame(lambda f: f.valid and f.weather.wind_speed_ms == faster, timeout=60.0) is not None
    qtbot.waitUntil(lambda: not window.field_overlays.invalid, timeout=10000)
    assert not window.field_overlays.temperature.greyed
