"""The residents' table: ``twin residents --json`` and :func:`twin.sim.residents.residents_table`."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def year_plant():
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.live.simulated import simulate_campus_load
    from twin.sim.plant import PlantConfig, simulate
    from twin.sim.weather import synthetic_year

    campus = load_layout(default_layout_path())
    weather = synthetic_year()
    config = PlantConfig.from_campus(campus)
    _ids, load = simulate_campus_load(campus, weather.time, seed=7)
    return campus, weather, config, simulate(config, load, weather.dry_bulb_c, weather.relative_humidity_pct)


def test_command_answers_for_the_five_communes():
    out = subprocess.run(
        [sys.executable, "-m", "twin", "residents", "--at", "2025-01-15T03", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=True,
    )
    table = json.loads(out.stdout)
    assert table["at"].startswith("2025-01-15T03")
    communes = [r["commune"] for r in table["receptors"]]
    assert communes == ["Escaudain", "Lourches", "Roeulx", "Abscon", "Denain"]
    for r in table["receptors"]:
        for period in ("day", "night"):
            n = r["noise"][period]
            assert isinstance(n["plant_dba"], float) and 0 < n["plant_dba"] < 90
            assert isinstance(n["passes_icpe"], bool)
            assert n["residual_dba"] == table["assumptions"]["residual_dba"][r["commune"]][period]
        assert r["warm_air"]["delta_t_2m_k"] >= 0.0
        assert r["direction"] and r["distance_m"] > 600
    # Nearest homes hear the most.
    night = [r["noise"]["night"]["plant_dba"] for r in table["receptors"]]
    assert night[0] == max(night)
    assert table["assumptions"]["residual_status"] == "assumption"
    assert set(table["reserve"]["noise"]["night"]["share_at_or_above"]) == {"35", "40", "45", "50", "55"}
    # At the fence beside the transformers the 100 Hz hum stands out as tonal (ICPE criterion).
    hum = table["property_line"]["transformer_hum"]
    assert hum["tonal_bands_hz"] == [100.0] and hum["hum_100hz_above_neighbours_db"] >= 10.0
    # Property-line limits are reported for both periods.
    assert {"day", "night"} <= set(table["property_line"])


def test_bad_input_is_refused_with_a_clear_message(tmp_path):
    out = subprocess.run([sys.executable, "-m", "twin", "residents", "--at", "2025-13-40T99"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 2 and "--at" in out.stderr
    out = subprocess.run([sys.executable, "-m", "twin", "residents", "--residual", "Escaudain=loud"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 2 and "COMMUNE=DAY/NIGHT" in out.stderr


def test_table_is_consistent_with_the_rule_and_follows_the_fans(year_plant):
    from twin.sim.acoustics.rules import check_emergence
    from twin.sim.residents import residents_table

    campus, weather, config, plant = year_plant
    hot = residents_table(campus, weather, plant, config, weather.hottest_index())
    cold_index = int(np.argmin(weather.dry_bulb_c))
    cold = residents_table(campus, weather, plant, config, cold_index)
    for r_hot, r_cold in zip(hot["receptors"], cold["receptors"], strict=True):
        # The fans run slower on a cold night: the campus is quieter.
        assert r_cold["noise"]["night"]["plant_dba"] < r_hot["noise"]["night"]["plant_dba"]
        for period in ("day", "night"):
            n = r_hot["noise"][period]
            chk = check_emergence(n["plant_dba"], n["residual_dba"], period)
            assert n["passes_icpe"] == chk.passed
    # Mitigation lowers every level by about its amount where the coolers dominate.
    from twin.sim.acoustics.sources import AcousticParameters
    from twin.sim.residents import ResidentsOptions

    quiet = residents_table(campus, weather, plant, config, weather.hottest_index(), options=ResidentsOptions(acoustic=AcousticParameters(cooling_mitigation_db=8.0)))
    esc_hot = hot["receptors"][0]["noise"]["night"]["plant_dba"]
    esc_quiet = quiet["receptors"][0]["noise"]["night"]["plant_dba"]
    assert 7.0 < esc_hot - esc_quiet <= 8.05


def test_a_moved_hall_changes_the_answer(year_plant):
    from twin.sim.residents import residents_table

    campus, weather, config, plant = year_plant
    base = residents_table(campus, weather, plant, config, weather.hottest_index())
    hall = campus.building("dc1")  # north-west hall, nearest Escaudain
    moved = campus.with_building(hall.translated(0.0, -150.0))
    after = residents_table(moved, weather, plant, config, weather.hottest_index())
    assert after["receptors"][0]["noise"]["night"]["plant_dba"] < base["receptors"][0]["noise"]["night"]["plant_dba"]
    # A hall moved into the reserve takes its trees: the reserve's area shrinks.
    into = campus.with_building(hall.translated(0.0, 120.0))
    shrunk = residents_table(into, weather, plant, config, weather.hottest_index())
    assert shrunk["reserve"]["area_ha"] < base["reserve"]["area_ha"] - 0.3


@pytest.mark.slow
def test_annual_statistics(year_plant):
    from twin.sim.residents import residents_table

    campus, weather, config, plant = year_plant
    table = residents_table(campus, weather, plant, config, weather.hottest_index(), year=True)
    annual = table["annual"]["receptors"]
    assert len(annual) == 5
    for a in annual:
        assert a["hours_above_0_1k"] >= a["hours_above_0_5k"] >= a["hours_above_1k"] >= 0
        assert 0 <= a["nights_failing_icpe"] <= 365
        assert a["hours_with_generator_test"] == 72  # 6 halls x 12 monthly tests of one hour


@pytest.mark.render
def test_noise_map_overlay_and_receptor_badges_draw_where_the_levels_say():
    from tests.pixels import offscreen_campus, pixel_at
    from twin.render.noise_map import NoiseMapOverlay
    from twin.render.receptors import ReceptorBadges, badge_text

    # Stripes along x on open ground south of the halls: 30, 42, 52, 62 dB(A).
    cell = 5.0
    x0, y0 = -300.0, -150.0
    xs = x0 + (np.arange(120) + 0.5) * cell
    levels = np.select([xs < -150, xs < 0, xs < 150], [30.0, 42.0, 52.0], 62.0)
    dba = np.tile(levels, (12, 1))  # 60 m tall band, y from -150 to -90
    with offscreen_campus((800, 600)) as view:
        bare = view.render()
        overlay = NoiseMapOverlay(view.renderer)
        overlay.update(dba, x0, y0, cell, "night")
        image = view.render()
        y = -120.0
        quiet_bare = pixel_at(view, bare, -225.0, y, 0.6)
        quiet = pixel_at(view, image, -225.0, y, 0.6)
        green = pixel_at(view, image, -75.0, y, 0.6)
        orange = pixel_at(view, image, 75.0, y, 0.6)
        red = pixel_at(view, image, 225.0, y, 0.6)
        assert np.abs(quiet - quiet_bare).max() <= 3  # below 35 dB(A): not coloured
        assert green[1] > green[0] + 20 and green[1] > green[2] + 20  # 40-45: green
        assert orange[0] > orange[2] + 60 and orange[0] > orange[1]  # 50-55: orange
        assert red[0] > red[1] + 60 and red[0] > red[2] + 60  # >= 60: red
        overlay.set_visible(False)
        hidden = pixel_at(view, view.render(), 75.0, y, 0.6)
        assert np.abs(hidden - pixel_at(view, bare, 75.0, y, 0.6)).max() <= 3
        overlay.remove()

        row = {
            "id": "r", "commune": "Escaudain",
            "noise": {"night": {"plant_dba": 51.0, "passes_icpe": False}, "day": {"plant_dba": 51.2, "passes_icpe": False}},
            "warm_air": {"delta_t_2m_k": 0.01},
        }
        text = badge_text(row)
        assert "Escaudain" in text and "51" in text and "above the rule" in text
        badges = ReceptorBadges(view.renderer)
        badges.update([row], {"r": (0.0, -120.0)})
        with_badge = view.render()
        assert np.abs(with_badge.astype(int) - image.astype(int)).sum() > 0
        badges.remove()


@pytest.mark.gui
def test_neighbours_panel_shows_the_same_table_as_the_command(qtbot, year_plant):
    """One code path: the panel's figures are those of residents_table for the same hour."""
    from twin.sim.residents import residents_table
    from twin.ui.neighbours_panel import NeighboursPanel

    campus, weather, config, plant = year_plant
    at = weather.hottest_index()
    panel = NeighboursPanel(None, lambda: campus, lambda: weather, lambda: at)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.updated, timeout=120_000):
        panel.show()
    expected = residents_table(campus, weather, plant, config, at)
    assert panel.table.rowCount() == 5
    for i, row in enumerate(expected["receptors"]):
        assert panel.table.item(i, 0).text() == row["commune"]
        assert float(panel.table.item(i, 3).text()) == pytest.approx(row["noise"]["night"]["plant_dba"])
        verdict = panel.table.item(i, 5).text()
        ok = row["noise"]["night"]["passes_icpe"] and row["noise"]["day"]["passes_icpe"]
        assert verdict.startswith("within" if ok else "above")
    assert "Nature reserve" in panel.reserve.text()
    # An edit marks the figures as stale until the new ones arrive.
    panel.request_update()
    assert "Recomputing" in panel.status.text()
    with qtbot.waitSignal(panel.updated, timeout=120_000):
        pass
    panel.close_down()
