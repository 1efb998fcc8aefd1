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
    assert main(["year", "--heatwave", "--no-airflow", "--json", "--csv", str(csv_path)]) == 0
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
    assert out["hottest_hour"].startswith("2030-07-25T16")  # the twin's one calendar year
    assert "none" in out["recirculation"]["source"]
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


def test_chillers_switch_with_hysteresis_not_every_step(config):
    """At the free-cooling limit, air wobbling +-0.3 K must not cycle the chillers each hour."""
    import dataclasses

    it = config.capacity_mw * 0.9
    hours = 48
    wobble = 0.3 * np.where(np.arange(hours) % 2 == 0, 1.0, -1.0)
    load = it[:, None] * np.ones((1, hours))

    def most_flips(cfg):
        flips = []
        for t0 in np.arange(5.0, 20.0, 0.1):  # sweeps the free-cooling limit of every hall
            res = simulate(cfg, load, wobble + t0, 70.0)
            flips.append(int(np.abs(np.diff(res.chiller_on.astype(int), axis=1)).sum(axis=1).max()))
        return max(flips)

    # With a 0.5 K start band and a 1 K stop margin no 0.6 K wobble flips a hall more than once;
    # with the bands at zero the same wobble flips the chillers every hour.
    no_bands = dataclasses.replace(config.params, chiller_start_deficit_k=0.0, chiller_stop_margin_k=0.0,
                                   chiller_min_load_fraction=0.0)
    assert most_flips(dataclasses.replace(config, params=no_bands)) >= hours - 1
    assert most_flips(config) <= 1
    wobble = 14.0 + wobble
    # The dead band is real: once on at a warm hour, the chillers stay on when the air cools
    # by less than the stop margin, and stop when it cools by more.
    warm, cool = 24.0, 12.0
    ramp = np.concatenate((np.full(3, warm), np.full(3, cool)))
    res = simulate(config, it[:, None] * np.ones((1, 6)), ramp, 70.0)
    assert res.chiller_on[0, :3].all() and not res.chiller_on[0, 3:].any()
    # The state carries across calls (the window steps the plant one tick at a time).
    model = PlantModel(config)
    states = [model.step(it, t, 70.0).chiller_on["dc1"] for t in (24.0, *wobble)]
    assert states[0] and len(set(states[1:])) == 1


def test_pipe_routes_and_export_line_count_in_the_plant(plant_campus, config):
    import dataclasses

    from twin.model.campus import PipeNetwork

    # Routes follow the supply main: the far western halls have the longest.
    routes = dict(zip(config.building_ids, config.cooling_route_m, strict=True))
    assert routes["dc1"] > routes["dc2"] > routes["dc3"] > 0
    assert config.export_line_length_m > 600.0
    # A hall moved 2 km off site gets a 4 km longer route and a worse PUE.
    far = plant_campus.with_building(plant_campus.building("dc3").translated(2000.0, 0.0))
    far_config = PlantConfig.from_campus(far)
    assert far_config.cooling_route_m[2] > routes["dc3"] + 3000.0
    it = config.capacity_mw * 0.9
    near, moved = simulate(config, it, 5.0, 80.0), simulate(far_config, it, 5.0, 80.0)
    assert moved.pue[2, 0] > near.pue[2, 0] + 0.003
    assert moved.pump_mw[2, 0] > 2 * near.pump_mw[2, 0]
    # A longer export line loses more heat to the ground, which the heat pumps make up.
    long_pipes = tuple(
        dataclasses.replace(p, path=tuple((x * 5.0, y * 5.0) for x, y in p.path)) if p.network == PipeNetwork.HEAT_EXPORT else p
        for p in plant_campus.pipes
    )
    long_config = PlantConfig.from_campus(dataclasses.replace(plant_campus, pipes=long_pipes))
    short, long_ = simulate(config, it, 0.0, 85.0), simulate(long_config, it, 0.0, 85.0)
    assert long_.export_loss_mw[0] > 3 * short.export_loss_mw[0] > 0
    assert long_.heat_pump_mw.sum() > short.heat_pump_mw.sum()
    # Loss: L U ((Ts - Tg) + (Tr - Tg)) with the documented figures (0.30 W/m K, 70/40 C, 10 C).
    expected = config.export_line_length_m * 0.30 * (60.0 + 30.0) / 1e6
    assert short.export_loss_mw[0] == pytest.approx(expected)
    assert np.abs(long_.energy_balance_residual_mw()).max() < 1e-9


def test_no_it_load_exports_no_heat_and_pue_is_undefined(config):
    idle = simulate(config, np.zeros(len(config.building_ids)), 0.0, 85.0)
    assert idle.exported_mw[0] == 0.0 and idle.export_loss_mw[0] == 0.0
    assert np.isnan(idle.campus_pue[0])
    assert idle.summary()["heat_exported_mwh"] == 0.0
    assert np.abs(idle.energy_balance_residual_mw()).max() < 1e-9
