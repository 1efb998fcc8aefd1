"""The running twin in the window: load, PUE and heat export move from each of the three sources."""

from __future__ import annotations

import numpy as np
import pytest

from tests.broker import broker, wait_until  # noqa: F401 - pytest fixture

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot):
    from twin.app import build_window

    main_window = build_window(with_airflow=False)
    # Not qtbot.addWidget: pytest-qt would close the window before this fixture marks the
    # document clean, and an "unsaved changes" dialog would wait forever.
    main_window.resize(1300, 860)
    main_window.show()
    qtbot.waitExposed(main_window)
    qtbot.waitUntil(lambda: main_window.session is not None and main_window.session.latest is not None, timeout=60000)
    yield main_window
    main_window.document.undo_stack.set_clean()
    main_window.close()
    main_window.deleteLater()


def history_length(window):
    return len(window.session.history.pue)


def test_simulated_load_moves_the_dashboard(window, qtbot):
    window.session.set_speed(3600.0)
    start = history_length(window)
    qtbot.waitUntil(lambda: history_length(window) >= start + 5, timeout=10000)
    t, pue = window.session.history.pue.view()
    assert np.all(np.diff(t) > 0)
    assert 1.03 < pue[-1, 0] < 1.5
    snapshot = window.session.latest
    assert window.dashboard.pue.value.text() == f"{snapshot.campus_pue:.3f}"
    assert "MW" in window.dashboard.it_load.value.text()
    assert "homes heated" in window.dashboard.exported.caption.text()
    assert "simulated" in window.live_panel.status.text()
    # The halls show their live load on their labels.
    adapter = window.viewport.scene.buildings["dc1"]
    assert " of 100 MW IT" in adapter.label.GetInput()
    # The pipes carry their temperature and flow.
    supply_label = window.viewport.scene._pipe_labels["cooling_supply"].GetInput()
    assert supply_label.startswith("supply ") and "°C" in supply_label and "kg/s" in supply_label


def test_replay_follows_the_recording(window, qtbot, tmp_path):
    start = np.datetime64("2030-07-01T00:00:00")
    lines = ["timestamp,building_id,load_mw"]
    for hour in range(48):
        for hall in window.document.campus.data_halls:
            load = 20.0 if hour < 24 else 80.0
            lines.append(f"{start + np.timedelta64(hour, 'h')},{hall.id},{load}")
    recording = tmp_path / "load.csv"
    recording.write_text("\n".join(lines) + "\n")
    assert window.replay(recording)
    window.session.set_speed(3600.0 * 6)
    qtbot.waitUntil(lambda: window.session.latest.mode == "replay" and window.session.latest.campus_it_mw > 0, timeout=10000)
    first = window.session.latest.campus_it_mw
    assert first == pytest.approx(120.0)  # 6 halls x 20 MW on the first day
    qtbot.waitUntil(lambda: window.session.latest.campus_it_mw == pytest.approx(480.0), timeout=20000)
    assert "replaying" in window.live_panel.status.text()


def test_bad_recording_is_refused_and_simulation_goes_on(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "bad.csv"
    bad.write_text("timestamp,building_id,load_mw\n2030-01-01T00:00,dc1,lots\n")
    assert not window.replay(bad)
    assert window.session.mode == "simulated"
    assert len(shown) == 1 and "bad.csv" in shown[0]


@pytest.mark.broker
def test_live_mqtt_load_reaches_the_dashboard(window, qtbot, broker):  # noqa: F811
    assert window.connect_live(f"mqtt://{broker.host}:{broker.port}", "both")
    qtbot.waitUntil(lambda: window.session.source.connected, timeout=15000)
    assert window.session.source.wait_subscribed(10.0)
    assert not window.live_panel.speed.isEnabled()  # live runs in real time
    publisher = broker.publisher()
    try:
        for hall in window.document.campus.data_halls:
            publisher.publish(f"campus/{hall.id}/it_load_mw", b"50").wait_for_publish(5)
        qtbot.waitUntil(lambda: window.session.latest.campus_it_mw == pytest.approx(300.0), timeout=10000)
        publisher.publish("campus/dc1/it_load_mw", b"not a number").wait_for_publish(5)
        publisher.publish("campus/dc9/it_load_mw", b"5").wait_for_publish(5)
        qtbot.waitUntil(lambda: window.session.latest.source_counters.get("rejected", 0) >= 2, timeout=10000)
    finally:
        publisher.disconnect()
        publisher.loop_stop()
    assert "rejected 2" in window.live_panel.counters.text()
    assert "connected" in window.live_panel.status.text()
    window.live_panel.source.setCurrentIndex(0)
    window.live_panel.source.activated.emit(0)
    assert window.session.mode == "simulated" and window.live_panel.speed.isEnabled()


def test_heat_wave_in_one_click(window, qtbot):
    window.live_panel.weather.setCurrentIndex(1)
    window.live_panel.weather.activated.emit(1)
    qtbot.waitUntil(lambda: "2019" in window.session.latest.weather_label, timeout=5000)
    assert str(window.session.latest.time).startswith("2030-07-25")


def test_jump_to_hour(window, qtbot):
    window.live_panel.jump_day.setValue(32)
    window.live_panel.jump_hour.setValue(12)
    window.live_panel.jump_button.click()
    qtbot.waitUntil(lambda: str(window.session.latest.time).startswith("2030-02-01T12"), timeout=5000)
    window.live_panel.play.setChecked(False)
    frozen = window.session.latest.time
    qtbot.wait(400)
    assert window.session.latest.time == frozen
