"""The 4 m preset of the "Wind and heat" dock: offered as slower, accepted on the bundled campus,
refused with the solver's own message when its grid exceeds the budget."""

from __future__ import annotations

import dataclasses

import pytest

from twin.sim.airflow.domain import AirflowSettings, GridTooLargeError, plan_grid


def test_detailed_preset_fits_the_bundled_campus_in_every_wind(campus):
    from twin.ui.airflow_panel import PRESET_MAX_CELLS, RESOLUTIONS
    from twin.ui.resolution import grid_cells, grid_refusal, preset_settings

    name, dx, dz = RESOLUTIONS[-1]
    assert (dx, dz) == (4.0, 5.0) and "slower" in name
    for wind in range(0, 360, 15):
        settings = preset_settings(dataclasses.replace(AirflowSettings(), wind_from_deg=float(wind)), dx, dz,
                                   PRESET_MAX_CELLS[dx])
        assert grid_refusal(campus, settings) is None, wind
    prevailing = preset_settings(dataclasses.replace(AirflowSettings(), wind_from_deg=240.0), dx, dz, PRESET_MAX_CELLS[dx])
    assert grid_cells(campus, prevailing) == 4 * grid_cells(campus, AirflowSettings(wind_from_deg=240.0))
    # The other presets keep the solver's default budget, under which 4 m would not fit.
    assert preset_settings(prevailing, 8.0, 5.0).max_cells == AirflowSettings().max_cells
    assert grid_refusal(campus, dataclasses.replace(prevailing, max_cells=AirflowSettings().max_cells)) is not None


def test_refusal_is_the_solver_message(campus):
    from twin.ui.resolution import grid_refusal

    settings = AirflowSettings(dx_m=4.0, dz_m=5.0, max_cells=1_000_000, wind_from_deg=240.0)
    with pytest.raises(GridTooLargeError) as raised:
        plan_grid(campus, settings, 240.0)
    assert grid_refusal(campus, settings) == str(raised.value)
    assert "1,000,000" in str(raised.value)


@pytest.mark.gui
def test_window_applies_the_4m_preset_and_refuses_an_oversized_one(qtbot, monkeypatch):
    from twin.app import build_window
    from twin.ui import airflow_panel

    window = build_window()
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    try:
        qtbot.waitUntil(lambda: window.airflow.latest() is not None, timeout=60000)
        panel = window.airflow_panel
        detailed = len(airflow_panel.RESOLUTIONS) - 1
        assert "4 m" in panel.resolution.itemText(detailed)
        # Over budget: refused before the solver sees it, with the solver's message; the choice goes back.
        monkeypatch.setitem(airflow_panel.PRESET_MAX_CELLS, 4.0, 600_000)
        submitted = window.airflow.settings
        panel.resolution.setCurrentIndex(detailed)
        panel.resolution.activated.emit(detailed)
        assert window.airflow.settings == submitted
        assert "600,000" in panel.resolution_note.text() and "budget" in panel.resolution_note.text()
        assert panel.resolution.currentIndex() == 1  # back on the default 8 m
        # Within budget: the solver gets 4 m cells and the preset's budget.
        monkeypatch.setitem(airflow_panel.PRESET_MAX_CELLS, 4.0, 2_000_000)
        panel.resolution.setCurrentIndex(detailed)
        panel.resolution.activated.emit(detailed)
        assert (window.airflow.settings.dx_m, window.airflow.settings.max_cells) == (4.0, 2_000_000)
        assert panel.resolution_note.text() == "" and panel.resolution.currentIndex() == detailed
        panel.resolution.setCurrentIndex(1)
        panel.resolution.activated.emit(1)  # back to 8 m before closing: the 4 m grid is not needed here
        assert window.airflow.settings.dx_m == 8.0
    finally:
        window.document.undo_stack.set_clean()
        window.close()
        window.deleteLater()
