"""Cooling-plant model: energy balance, physics trends, calibration and cost."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest

from twin.sim.plant import (
    MODE_FREE,
    MODE_PARTIAL,
    PlantConfig,
    PlantModel,
    PlantParameters,
    heat_pump_cop,
    simulate,
)
from twin.sim.weather import heatwave_2019, synthetic_year


@pytest.fixture(scope="module")
def plant_campus():
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout

    return load_layout(default_layout_path())


@pytest.fixture(scope="module")
def config(plant_campus):
    return PlantConfig.from_campus(plant_campus)


@pytest.fixture(scope="module")
def year_result(plant_campus, config):
    from twin.live.simulated import simulate_campus_load

    weather = synthetic_year()
    _, load = simulate_campus_load(plant_campus, weather.time)
    return simulate(config, load, weather.dry_bulb_c, weather.relative_humidity_pct)


def _full(config, frac=0.9, hours=1):
    return config.capacity_mw[:, None] * frac * np.ones((1, hours))


def test_config_reads_the_campus(config):
    assert config.building_ids == ("dc1", "dc2", "dc3", "dc4", "dc5", "dc6")
    assert config.capacity_mw.sum() == pytest.approx(580.0)
    assert list(config.adiabatic) == [False, False, True, False, False, True]
    assert config.chiller_host == "cooling_plant"
    assert config.substation_host == "substation"
    # CoolProp water at ~35 C.
    assert 990 < config.rho < 998
    assert 4170 < config.cp < 4190


def test_energy_balance_closes_every_hour_of_a_year(year_result):
    r = year_result
    total = r.campus_facility_mw
    residual = r.energy_balance_residual_mw()
    assert np.abs(residual).max() <= 1e-9 * total.max()
    # Per hall, the loop balance: heat into the water = rejected + recovered + stored.
    loop_in = r.it_mw + r.ups_loss_mw + r.crah_fan_mw + r.pump_mw
    loop_out = r.dry_cooler_mw + r.chiller_load_mw + r.heat_recovery_source_mw + r.stored_mw
    np.testing.assert_allclose(loop_in, loop_out, rtol=0, atol=1e-9)


def test_balance_closes_with_storage_when_load_swings(config):
    # A load step changes the loop temperatures (low load -> minimum flow -> smaller dT):
    # the stored term is non-zero and the balance still closes.
    it = _full(config, 0.9, 6)
    it[:, 3:] = config.capacity_mw[:, None] * 0.1
    r = simulate(config, it, 10.0, 80.0)
    assert np.abs(r.stored_mw).max() > 0.1
    assert np.abs(r.energy_balance_residual_mw()).max() < 1e-9
    # Heat to air is positive and smaller than the electricity in.
    assert (r.campus_heat_to_air_mw > 0).all()


def test_annual_pue_is_realistic_for_dlc_in_nord(year_result):
    s = year_result.summary()
    assert 1.08 <= s["pue"] <= 1.25
    assert s["pue"] > 1.0
    assert 0 < s["chiller_hours"] < 8760
    assert s["free_cooling_hours"] > 3000
    assert s["water_m3"] > 0
    assert 5_000 < s["homes_equivalent"] < 60_000
    json.dumps(s)  # the summary is JSON-ready


def test_heat_wave_is_worse_and_stays_in_control(config):
    hw = heatwave_2019()
    it = _full(config, 0.9, len(hw))
    r = simulate(config, it, hw.dry_bulb_c, hw.relative_humidity_pct)
    peak = hw.hottest_index()
    assert hw.dry_bulb_c[peak] == pytest.approx(41.5)
    mild = int(np.argmin(hw.dry_bulb_c))
    assert r.campus_pue[peak] > r.campus_pue[mild] + 0.05
    assert r.chiller_on[:, peak].all()
    assert r.adiabatic_on[config.adiabatic, peak].all()
    assert not r.adiabatic_on[~config.adiabatic, peak].any()
    assert r.water_m3[:, peak].sum() > 0
    # Adiabatic halls need less chiller power than dry-only halls at the peak.
    per_mw = r.chiller_mw[:, peak] / config.capacity_mw
    assert per_mw[config.adiabatic].max() < per_mw[~config.adiabatic].min()
    # Chillers are sized to ride through the record: supply stays at its set-point.
    np.testing.assert_allclose(r.supply_c[:, peak], config.supply_setpoint_c)


def test_intake_rise_raises_pue_on_a_hot_hour(config):
    it = config.capacity_mw * 0.9
    base = simulate(config, it, 30.0, 45.0)
    worse = simulate(config, it, 30.0, 45.0, intake_rise_k={"dc1": 3.0})
    assert worse.pue[0, 0] > base.pue[0, 0] + 0.002
    np.testing.assert_allclose(worse.pue[1:, 0], base.pue[1:, 0])
    assert worse.chiller_mw[0, 0] > base.chiller_mw[0, 0]
    # Array and scalar forms are accepted too.
    everywhere = simulate(config, it, 30.0, 45.0, intake_rise_k=3.0)
    assert everywhere.campus_pue[0] > base.campus_pue[0]


def test_free_cooling_in_winter_chillers_in_summer(config):
    it = config.capacity_mw * 0.9
    cold = simulate(config, it, 2.0, 85.0)
    warm = simulate(config, it, 24.0, 60.0)
    assert (cold.mode == MODE_FREE).all() and not cold.chiller_on.any()
    assert (warm.mode[~config.adiabatic] == MODE_PARTIAL).all()
    assert cold.campus_pue[0] < warm.campus_pue[0]
    # Fans slow down in the cold (cube law) but never stop while there is heat to reject.
    assert (cold.dry_cooler_fan_mw < warm.dry_cooler_fan_mw).all()
    assert (cold.dry_cooler_fan_mw > 0).all()
    # Facility water temperatures: supply at the set-point, return above it.
    assert (cold.supply_c == config.supply_setpoint_c).all()
    assert (cold.return_c > cold.supply_c).all()


def test_heat_to_air_by_building_feeds_the_airflow_solver(config):
    r = simulate(config, config.capacity_mw * 0.9, 30.0, 40.0)
    heat = r.heat_to_air_by_building(0)
    assert set(heat) == {"dc1", "dc2", "dc3", "dc4", "dc5", "dc6", "cooling_plant", "substation"}
    assert all(v >= 0 for v in heat.values())
    assert heat["cooling_plant"] > 0  # trim chillers' condensers
    assert sum(heat.values()) == pytest.approx(float(r.campus_heat_to_air_mw[0]))


def test_heat_pump_cop_matches_the_source_table():
    p = PlantParameters()
    for supply, cop in ((60.0, 5.5), (70.0, 4.3), (80.0, 3.5)):
        assert float(heat_pump_cop(p, 45.0, supply)) == pytest.approx(cop)
    assert float(heat_pump_cop(p, 45.0, 65.0)) > 4.3
    assert float(heat_pump_cop(p, 40.0, 70.0)) < 4.3  # colder source, more lift


def test_district_supply_temperature_changes_heat_pump_electricity(config):
    it = config.capacity_mw * 0.9
    low = simulate(config.with_district_supply(60.0), it, 0.0, 85.0)
    high = simulate(config.with_district_supply(80.0), it, 0.0, 85.0)
    assert low.exported_mw[0] == pytest.approx(high.exported_mw[0])  # capped by the line
    assert high.heat_pump_mw.sum() > low.heat_pump_mw.sum()
    assert high.campus_pue[0] > low.campus_pue[0]


def test_export_follows_heating_demand_and_line_capacity(config):
    it = config.capacity_mw * 0.9
    winter = simulate(config, it, -10.0, 85.0)
    summer = simulate(config, it, 25.0, 60.0)
    assert winter.exported_mw[0] == pytest.approx(config.params.export_line_capacity_mw)
    assert summer.exported_mw[0] < winter.exported_mw[0]
    assert summer.exported_mw[0] > 0  # hot water all year


def test_step_model_keeps_state(plant_campus, config):
    model = PlantModel(config)
    first = model.step({"dc1": 90.0, "dc2": 90.0}, 20.0, 60.0)
    assert set(first.heat_to_air_mw) >= {"dc1", "cooling_plant"}
    assert first.pue_by_building["dc3"] != first.pue_by_building["dc3"]  # NaN: no IT load there
    second = model.step(
        {"dc1": 90.0, "dc2": 90.0}, 20.0, 60.0, intake_rise_k={"dc1": 2.0}, dt_h=0.01
    )
    assert second.free_cooling["dc1"] in {"free", "partial", "mechanical"}
    assert isinstance(second.chiller_on["dc1"], bool)
    assert second.supply_c["dc1"] >= config.supply_setpoint_c


def test_bad_inputs_are_refused(config):
    with pytest.raises(ValueError, match="rows"):
        simulate(config, np.ones(3), 10.0, 50.0)
    with pytest.raises(ValueError, match="non-negative"):
        simulate(config, -np.ones(6), 10.0, 50.0)


def test_year_costs_far_less_than_a_second(plant_campus, config):
    weather = synthetic_year()
    it = _full(config, 0.85, len(weather))
    simulate(config, it, weather.dry_bulb_c, weather.relative_humidity_pct)  # warm caches
    t0 = time.perf_counter()
    simulate(config, it, weather.dry_bulb_c, weather.relative_humidity_pct)
    elapsed = time.perf_counter() - t0
    assert elapsed < 0.5, f"plant year for 6 halls took {elapsed:.3f} s"


def test_twin_year_command_json_and_csv(tmp_path, capsys):
    from twin.cli import main

    csv_path = tmp_path / "hourly.csv"
    assert main(["year", "--heatwave", "--json", "--csv", str(csv_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["hottest_hour_temperature_c"] == pytest.approx(41.5)
    assert out["pue_hottest_hour"] > out["annual_pue"] > 1.0
    assert "SYNTHETIC" in out["weather_source"] and "HEAT WAVE" in out["weather_source"]
    assert out["homes_assumption"].startswith("homes-equivalent = exported heat / 10 MWh")
    for key in (
        "chiller_hours",
        "free_cooling_hours",
        "heat_exported_mwh",
        "homes_equivalent",
        "water_m3",
    ):
        assert out[key] >= 0
    assert out["timing_s"]["load_and_plant_year"] < 1.0
    lines = csv_path.read_text().splitlines()
    assert len(lines) == 8761 and lines[0].startswith("time,ambient_c")
    assert not list(tmp_path.glob("*.tmp"))


def test_twin_year_reports_bad_inputs(tmp_path, capsys):
    from twin.cli import main

    bad_layout = tmp_path / "bad.geojson"
    bad_layout.write_text("{not json")
    assert main(["year", "--layout", str(bad_layout)]) == 2
    bad_epw = tmp_path / "bad.epw"
    bad_epw.write_text("LOCATION,x\n")
    assert main(["year", "--weather", str(bad_epw)]) == 2
    err = capsys.readouterr().err
    assert "bad.geojson" in err and "bad.epw" in err


def test_intake_rise_at_the_cooling_plant_worsens_chiller_cop(config):
    it = config.capacity_mw * 0.9
    base = simulate(config, it, 32.0, 35.0)
    hot_plant = simulate(config, it, 32.0, 35.0, intake_rise_k={"cooling_plant": 3.0})
    assert (hot_plant.chiller_cop[:, 0] < base.chiller_cop[:, 0]).all()
    assert hot_plant.campus_pue[0] > base.campus_pue[0]
    np.testing.assert_allclose(hot_plant.coil_air_c, base.coil_air_c)  # halls' coils unaffected
