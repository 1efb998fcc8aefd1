"""Alternatives side by side: the comparison table (Qt-free), the A/B panel in the window, and
the window telling one story (panels reset after a refusal, history across edits, no NaN)."""

from __future__ import annotations

import csv
import io

import pytest

from twin.sweep.compare import comparison_rows, table_csv, table_text


@pytest.fixture(scope="module")
def figures_pair():
    """Year figures of the bundled campus and of a copy with dc3 moved 2 km off site (no airflow: fast)."""
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.sim.weather import synthetic_year
    from twin.sweep.annual import run_year

    campus = load_layout(default_layout_path())
    far = campus.with_building(campus.building("dc3").translated(2000.0, 0.0))
    weather = synthetic_year()
    return run_year(campus, weather).figures(), run_year(far, weather).figures()


def test_rows_compare_every_figure_and_say_which_is_better(figures_pair):
    a, b = figures_pair
    rows = {r.key: r for r in comparison_rows(a, b)}
    for key in ("annual_pue", "pue_max", "chiller_hours", "free_cooling_hours", "water_m3", "heat_exported_mwh",
                "homes_equivalent", "intake_rise_k.dc1", "annual_pue.dc3", "chiller_hours.dc6"):
        assert key in rows
    # dc3 2 km away pumps its water 4 km further: its PUE is worse, and the table says so.
    assert rows["annual_pue.dc3"].verdict == "B worse"
    assert rows["annual_pue.dc3"].difference > 0.003
    assert rows["annual_pue.dc1"].verdict == "same"
    assert rows["annual_pue"].a == pytest.approx(a["annual_pue"])
    assert rows["mean_reserve_air_rise_k"].verdict == "no data"  # no airflow in this run
    text = table_text(list(rows.values()), "A", "B")
    assert "B worse" in text and "no data" in text and "nan" not in text.lower()
    parsed = list(csv.reader(io.StringIO(table_csv(list(rows.values()), "A", "B"))))
    assert parsed[0] == ["figure", "unit", "A", "B", "B - A", "verdict"] and len(parsed) == len(rows) + 1


def test_twin_compare_command_prints_the_table(tmp_path, capsys):
    from twin.cli import main
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout, save_layout

    campus = load_layout(default_layout_path())
    a, b = tmp_path / "a.geojson", tmp_path / "b.geojson"
    save_layout(campus, a)
    save_layout(campus.with_building(campus.building("dc3").translated(2000.0, 0.0)), b)
    out_csv = tmp_path / "table.csv"
    assert main(["compare", str(a), str(b), "--no-airflow", "--csv", str(out_csv)]) == 0
    printed = capsys.readouterr().out
    assert "dc3: annual PUE" in printed and "B worse" in printed
    assert out_csv.read_text().startswith("figure,unit,A: a.geojson,B: b.geojson")
    assert main(["compare", str(a), str(tmp_path / "missing.geojson"), "--no-airflow"]) == 2
    assert "missing.geojson" in capsys.readouterr().err


# -- the window --------------------------------------------------------------------------


@pytest.fixture
def window(qtbot):
    from twin.app import build_window

    main_window = build_window(with_airflow=False)
    main_window.resize(1300, 860)
    main_window.show()
    qtbot.waitExposed(main_window)
    qtbot.waitUntil(lambda: main_window.session is not None and main_window.session.latest is not None, timeout=60000)
    yield main_window
    for doc in (main_window.compare.a, main_window.compare.b, main_window.document):
        if doc is not None:
            doc.undo_stack.set_clean()
    main_window.close()
    main_window.deleteLater()


@pytest.mark.gui
def test_duplicate_switch_compare_and_export(window, qtbot, tmp_path, monkeypatch, figures_pair):
    from twin.model.document import move_building_command
    from twin.ui import compare as compare_ui

    panel = window.compare
    assert panel.showing() is None and not panel.switch_button.isEnabled()
    # The comparison runs off the GUI thread; here the year is stubbed with the fast (no-airflow) figures.
    calls = []

    def stub(campus, weather, progress):
        calls.append(campus)
        return figures_pair[(len(calls) - 1) % 2]

    monkeypatch.setattr(compare_ui, "_year_figures", stub)
    # One layout: its year figures, in column A only.
    panel.compute()
    qtbot.waitUntil(lambda: bool(panel.rows), timeout=20000)
    assert panel.table.isColumnHidden(2) and not panel.table.isColumnHidden(1)
    calls.clear()
    original = window.document
    panel.duplicate_as_b()
    assert panel.showing() == "B" and window.document is panel.b and panel.a is original
    assert not panel.rows  # the old table is not shown as current
    window.document.execute(move_building_command(window.document.campus, "dc3", 2000.0, 0.0))
    moved = window.document.campus
    panel.switch_action.trigger()  # F6
    assert panel.showing() == "A" and window.document.campus.building("dc3") == original.campus.building("dc3")
    panel.switch()
    assert window.document.campus == moved  # B kept its edit
    panel.compute()
    qtbot.waitUntil(lambda: bool(panel.rows), timeout=20000)
    assert [c.building("dc3") for c in calls] == [original.campus.building("dc3"), moved.building("dc3")]
    assert not panel.table.isColumnHidden(2)
    keys = [r.key for r in panel.rows]
    i = keys.index("annual_pue.dc3")
    assert panel.table.item(i, 4).text() == "B worse"
    assert panel.table.item(i, 4).background().color() == compare_ui.WORSE
    assert all("nan" not in panel.table.item(r, c).text().lower() for r in range(panel.table.rowCount()) for c in range(5))
    panel.export_csv(tmp_path / "cmp.csv")
    panel.export_png(tmp_path / "cmp.png")
    assert (tmp_path / "cmp.csv").read_text().count("\n") == len(panel.rows) + 1
    assert (tmp_path / "cmp.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.gui
def test_panels_tell_one_story(window, qtbot, tmp_path, monkeypatch):
    """A refused file leaves no box showing the choice that failed; edits keep the charts; no NaN."""
    from PySide6.QtWidgets import QMessageBox

    from twin.model.document import move_building_command

    monkeypatch.setattr(QMessageBox, "critical", lambda *args: None)
    panel = window.live_panel
    panel.source.setCurrentIndex(1)  # the user picked "Replay", then the file is refused
    bad = tmp_path / "bad.csv"
    bad.write_text("timestamp,building_id,load_mw\n2030-01-01T00:00,dc1,lots\n")
    assert not window.replay(bad)
    assert panel.source.currentIndex() == 0 and window.session.mode == "simulated"
    panel.weather.setCurrentIndex(2)  # "EnergyPlus weather file…", then a bad file
    bad_epw = tmp_path / "bad.epw"
    bad_epw.write_text("LOCATION,x\n")
    assert not window.open_weather(bad_epw)
    window._sync_live_panel()
    assert panel.weather.currentIndex() == 0
    # The heat wave is the year of `twin year --heatwave`, played on the twin's 2030 calendar.
    panel.weather.setCurrentIndex(1)
    panel.weather.activated.emit(1)
    qtbot.waitUntil(lambda: "HEAT WAVE" in window.session.latest.weather_label.upper(), timeout=5000)
    assert len(window.session.weather) >= 8760 and str(window.session.latest.time).startswith("2030-07-25")
    # An edit keeps the dashboard history and draws a mark on the charts.
    qtbot.waitUntil(lambda: len(window.session.history.pue) >= 3, timeout=10000)
    before = len(window.session.history.pue)
    window.document.execute(move_building_command(window.document.campus, "dc3", 0.0, -30.0))
    qtbot.waitUntil(lambda: any(line.isVisible() for line in window.dashboard.mark_lines.get("pue", [])), timeout=5000)
    assert len(window.session.history.pue) >= before
    assert "nan" not in window.dashboard.pue.value.text().lower()
