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


def test_history_survives_a_layout_edit_and_marks_it(session):
    from twin.model.document import move_building_command

    session.set_speed(3600.0)
    for _ in range(3):
        session.wall.t += 1.0
        session.tick()
    before = len(session.history.pue.view()[0])
    assert before >= 3
    # A drag: many previews within a second are one edit.
    campus = session.campus
    for dx in (5.0, 10.0, 15.0):
        session.set_campus(move_building_command(campus, "dc3", dx, 0.0).after)
        session.wall.t += 0.1
    session.tick()
    assert len(session.history.pue.view()[0]) == before + 1  # nothing wiped
    assert len(session.history.marks) == 1
    t_mark, label = session.history.marks[0]
    assert label == "layout edit" and t_mark <= session.clock.now_s
    # Another edit later is a second mark; the running totals carry across the plant rebuild.
    exported = session.plant.exported_mwh
    session.wall.t += 5.0
    session.set_campus(move_building_command(session.campus, "dc3", 0.0, 10.0).after)
    assert len(session.history.marks) == 2 and session.plant.exported_mwh == exported
    # Playing the same layout again is no edit.
    session.set_campus(session.campus)
    assert len(session.history.marks) == 2


def test_no_it_load_means_no_pue_and_no_homes_figure(campus, weather):
    from twin.live.sources import LoadSource

    class Silent(LoadSource):
        """A broker that never answers: no reading for any hall."""

        def start(self):
            pass

        def stop(self):
            pass

        def latest(self):
            return {}

        @property
        def status(self):
            return "disconnected"

    twin = TwinSession(campus, weather, wall_clock=FakeWallClock())
    try:
        twin.use_source(Silent([b.id for b in campus.data_halls]), "live")
        snapshot = twin.tick()
        assert snapshot.campus_it_mw == 0.0
        assert not snapshot.has_pue
        assert snapshot.exported_mw == 0.0 and snapshot.homes_heated is None
    finally:
        twin.close()


def test_live_mode_never_plays_the_heat_wave_on_todays_date(campus, weather):
    from twin.live.simulated import SimulatedSource

    twin = TwinSession(campus, weather, wall_clock=FakeWallClock())
    try:
        twin.play_heatwave()
        assert twin.weather_kind == "heatwave" and str(twin.clock.now).startswith("2030-07-25T06")
        twin.set_weather(heatwave_2019(), "heatwave")  # a bare six-day series
        twin.use_source(SimulatedSource(campus), "live")
        assert len(twin.weather) >= 8760 and twin.weather_kind == "year"
    finally:
        twin.close()


def test_window_session_and_twin_year_agree_hour_by_hour_in_the_heat_wave(campus):
    """One code path: the session stepped hour by hour through the heat wave gives the PUE that
    ``twin year --heatwave`` (twin.sweep.annual.run_year) gives for the same hours."""
    from twin.sim.calendar import in_twin_year
    from twin.sim.weather import synthetic_year, with_heatwave
    from twin.sweep.annual import run_year

    year = with_heatwave(synthetic_year())
    start = int(np.argmax(in_twin_year(year.time) == np.datetime64("2030-07-22T00:00:00")))
    days = year.slice(start, start + 24 * 6)
    cli = run_year(campus, days)
    wall = FakeWallClock()
    twin = TwinSession(campus, year, start=np.datetime64("2030-07-22T00:00:00"), wall_clock=wall)
    try:
        pue = [twin.tick().campus_pue]
        for _ in range(len(days) - 1):
            wall.t += 3600.0
            pue.append(twin.tick().campus_pue)
    finally:
        twin.close()
    hot = int(np.argmax(days.dry_bulb_c))
    assert str(cli.times[hot]).startswith("2030-07-25T16")
    print("heat-wave peak PUE: session", pue[hot], "twin year", cli.result.campus_pue[hot])
    np.testing.assert_allclose(pue, cli.result.campus_pue, atol=2e-4)
    assert pue[hot] == pytest.approx(cli.figures()["pue_hottest_hour"], abs=2e-4)


def test_start_time_comes_from_the_environment_moved_into_2030(monkeypatch, campus, weather):
    from twin.session import START_TIME_ENV, default_start_time

    monkeypatch.setenv(START_TIME_ENV, "2019-07-25T14:00")
    assert default_start_time() == np.datetime64("2030-07-25T14:00:00")
    twin = TwinSession(campus, weather, wall_clock=FakeWallClock())
    try:
        assert twin.clock.now == np.datetime64("2030-07-25T14:00:00")
    finally:
        twin.close()
    monkeypatch.setenv(START_TIME_ENV, "tomorrow at noon")
    with pytest.raises(ValueError, match=START_TIME_ENV + ".*tomorrow at noon"):
        default_start_time()
    monkeypatch.delenv(START_TIME_ENV)
    now = default_start_time()
    assert now.astype("datetime64[Y]") == np.datetime64("2030", "Y")
