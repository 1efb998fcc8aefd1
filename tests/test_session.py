"""The running twin without Qt: time control, sources, plant coupling, airflow coupling."""

from __future__ import annotations

import numpy as np
import pytest

from twin.session import TwinSession, hour_of_year_index
from twin.sim.weather import heatwave_2019, load_default_weather


class FakeWallClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


class RecordingAirflow:
    """Stands in for the solver runner: a fixed recirculation, records the heat it is sent."""

    def __init__(self, rise):
        self.rise = rise
        self.heat = []

    def latest_intake_rise_k(self):
        return self.rise

    def submit_heat(self, heat):
        self.heat.append(dict(heat))


@pytest.fixture(scope="module")
def weather():
    return load_default_weather()


@pytest.fixture
def session(campus, weather):
    wall = FakeWallClock()
    twin = TwinSession(campus, weather, start=np.datetime64("2030-07-15T14:00:00"), wall_clock=wall)
    twin.wall = wall
    yield twin
    twin.close()


def test_time_runs_at_the_chosen_speed_and_pauses(session):
    first = session.tick()
    session.set_speed(1440.0)  # a day per minute
    session.wall.t += 10.0
    second = session.tick()
    assert (second.time - first.time).astype(int) == 14400  # 10 s x 1440 = 4 h
    session.clock.playing = False
    session.wall.t += 10.0
    assert session.tick().time == second.time


def test_jump_to_hour_of_year(session, weather):
    session.jump_to_hour(24 * 31 + 12)  # 1 February, noon
    snapshot = session.tick()
    assert str(snapshot.time).startswith("2030-02-01T12")
    index = hour_of_year_index(snapshot.time, weather)
    assert snapshot.ambient_c == pytest.approx(weather.dry_bulb_c[int(index)], abs=1e-6)


def test_snapshot_figures_are_consistent(session):
    session.set_speed(3600.0)
    session.wall.t += 1.0
    snapshot = session.tick()
    assert snapshot.campus_it_mw == pytest.approx(sum(snapshot.it_mw.values()))
    assert 300.0 < snapshot.campus_it_mw <= 580.0
    assert 1.03 < snapshot.campus_pue < 1.5
    assert snapshot.homes_heated == pytest.approx(snapshot.exported_mw * 876.0)
    assert set(snapshot.supply_c) == {b.id for b in session.campus.data_halls}
    assert not any(snapshot.stale.values())
    t, values = session.history.pue.view()
    assert len(t) >= 1 and values[-1, 0] == pytest.approx(snapshot.campus_pue)


def test_heat_wave_raises_pue(campus):
    wall = FakeWallClock()
    mild = TwinSession(campus, load_default_weather(), start=np.datetime64("2030-03-10T04:00:00"), wall_clock=wall)
    hot = TwinSession(campus, heatwave_2019(), start=np.datetime64("2030-07-25T16:00:00"), wall_clock=wall)
    try:
        for twin in (mild, hot):
            twin.set_speed(3600.0)
        wall.t += 3.0
        cool_pue, hot_pue = mild.tick().campus_pue, hot.tick().campus_pue
        print("PUE night in March", cool_pue, "25 July 2019 16:00", hot_pue)
        assert hot.latest.ambient_c > 38.0
        assert hot_pue > cool_pue + 0.05
    finally:
        mild.close()
        hot.close()


def test_airflow_coupling_both_ways(session):
    session.set_speed(3600.0)
    session.wall.t += 1.0
    baseline = session.tick()
    airflow = RecordingAirflow({b.id: 4.0 for b in session.campus.data_halls})
    session.attach_airflow(airflow)
    session.wall.t += 1e-3
    coupled = session.tick()
    assert airflow.heat, "plant heat never reached the airflow solver"
    assert airflow.heat[-1]["dc1"] > 50.0  # most of a 100 MW hall's heat goes to air
    assert coupled.intake_rise_k["dc1"] == 4.0
    print("PUE without / with +4 K recirculation", baseline.campus_pue, coupled.campus_pue)
    assert coupled.campus_pue > baseline.campus_pue


def test_layout_edit_rebuilds_the_plant_only_when_halls_change(campus, weather):
    import dataclasses

    from twin.model.document import move_building_command

    built = []

    def factory(c):
        from twin.sim.plant import PlantConfig, PlantModel

        built.append(c)
        return PlantModel(PlantConfig.from_campus(c))

    twin = TwinSession(campus, weather, plant_factory=factory, wall_clock=FakeWallClock())
    twin.set_campus(move_building_command(campus, "substation", 5.0, 0.0).after)
    assert len(built) == 1
    bigger = campus.with_building(dataclasses.replace(campus.building("dc1"), it_capacity_mw=120.0))
    twin.set_campus(bigger)
    assert len(built) == 2
    twin.close()


def test_live_mode_refuses_acceleration(session):
    from twin.live.simulated import SimulatedSource

    session.use_source(SimulatedSource(session.campus), "live")
    with pytest.raises(ValueError, match="real time"):
        session.set_speed(60.0)
    with pytest.raises(ValueError, match="real time"):
        session.jump_to_hour(100)
