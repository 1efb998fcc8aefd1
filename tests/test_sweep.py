"""The recirculation sweep: wind rose, cache, executor, and layouts that change the year's figures."""

from __future__ import annotations

import dataclasses
import json
import math
import pickle
import time

import numpy as np
import pytest

from twin.sim.weather import synthetic_year
from twin.sweep import recirculation as rc_module
from twin.sweep.cache import SweepCache, case_key
from twin.sweep.cases import WindCase, wind_rose
from twin.sweep.recirculation import CaseResult, sweep_recirculation


@pytest.fixture(scope="module")
def campus():
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout

    return load_layout(default_layout_path())


def _constant_wind(weather, from_deg, speed):
    n = len(weather)
    return dataclasses.replace(weather, wind_from_deg=np.full(n, float(from_deg)), wind_speed_ms=np.full(n, float(speed)))


def test_wind_rose_bins_every_hour_once():
    weather = synthetic_year()
    rose = wind_rose(weather, sectors=8)
    assert sum(rose.hours) == len(weather)
    assert rose.case_of_hour.shape == (len(weather),)
    np.testing.assert_array_equal(np.bincount(rose.case_of_hour, minlength=len(rose)), rose.hours)
    assert list(rose.hours) == sorted(rose.hours, reverse=True)
    assert min(rose.hours) >= 24  # rare bins joined their neighbours
    assert all(c.wind_from_deg % 45 == 0 and c.wind_speed_ms >= 0.5 for c in rose.cases)
    # Every hour's case lies in its sector (within half a sector, or a neighbour when merged).
    case_dir = np.array([rose.cases[i].wind_from_deg for i in rose.case_of_hour])
    off = np.abs((weather.wind_from_deg - case_dir + 180.0) % 360.0 - 180.0)
    assert np.mean(off <= 22.5 + 1e-9) > 0.97
    # A constant wind is one case.
    one = wind_rose(_constant_wind(weather, 240.0, 5.0), sectors=8)
    assert len(one) == 1 and one.cases[0].wind_from_deg == 225.0 and one.cases[0].wind_speed_ms == 5.0
    with pytest.raises(ValueError):
        wind_rose(weather, sectors=0)


def test_cache_key_follows_layout_settings_and_case(campus, tmp_path):
    settings = rc_module.sweep_settings()
    case = WindCase(225.0, 5.0, 10.0)
    key = case_key(campus=campus, settings=settings, case=case, heat_mw={"dc1": 100.0})
    assert key == case_key(campus=campus, settings=settings, case=case, heat_mw={"dc1": 100.0})
    moved = campus.with_building(campus.building("dc4").translated(10.0, 0.0))
    assert key != case_key(campus=moved, settings=settings, case=case, heat_mw={"dc1": 100.0})
    assert key != case_key(campus=campus, settings=rc_module.sweep_settings(8.0, 5.0), case=case, heat_mw={"dc1": 100.0})
    assert key != case_key(campus=campus, settings=settings, case=WindCase(270.0, 5.0, 10.0), heat_mw={"dc1": 100.0})
    cache = SweepCache(tmp_path)
    assert cache.get(key) is None
    cache.put(key, {"x": 1})
    assert cache.get(key)["x"] == 1
    (tmp_path / f"{key}.json").write_text("{half a file")
    assert cache.get(key) is None  # corrupt entry: a miss, not a crash


def test_sweep_solves_each_case_once_then_serves_the_cache(campus, tmp_path, monkeypatch):
    calls = []

    def fake_solve(job):
        calls.append(job.case)
        # Downwind halls see more of the others' plumes: a deterministic stand-in for the solver.
        rise = {b: 0.01 * job.case.wind_from_deg / 45.0 + (1.0 if b == "dc3" else 0.0) for b in job.heat_mw}
        return CaseResult(case=job.case, intake_rise_k=rise, settled=True, steps=10, sim_time_s=100.0,
                          wall_s=0.01, grid_shape=(8, 8, 4), reserve_rise_k=0.2)

    monkeypatch.setattr(rc_module, "solve_case", fake_solve)
    weather = synthetic_year()
    lines: list[str] = []
    first = sweep_recirculation(campus, weather, cache=SweepCache(tmp_path), progress=lines.append)
    assert len(calls) == len(first.rose) == first.solved and first.cached == 0
    assert f"{len(first.rose)} cases" in lines[0] and len(lines) == 1 + len(first.rose)
    # The jobs can travel to another process (what a Dask executor needs).
    pickle.loads(pickle.dumps(rc_module.CaseJob(campus, rc_module.sweep_settings(), first.rose.cases[0], {"dc1": 1.0})))
    again = sweep_recirculation(campus, weather, cache=SweepCache(tmp_path), progress=lines.append)
    assert len(calls) == len(first.rose)  # nothing solved the second time
    assert again.solved == 0 and again.cached == len(first.rose)
    ids = ("dc1", "dc3")
    np.testing.assert_allclose(again.hourly(ids), first.hourly(ids))
    # Hourly rises: the case's rise, scaled by the hour's heat over the design heat.
    design = sum(first.design_heat_mw.values())
    heat = np.full(len(weather), 0.5 * design)
    np.testing.assert_allclose(first.hourly(ids, heat), 0.5 * first.hourly(ids))
    assert first.hourly(ids)[1].min() >= 1.0


def test_a_custom_executor_runs_the_cases(campus, tmp_path, monkeypatch):
    monkeypatch.setattr(rc_module, "solve_case", lambda job: CaseResult(
        case=job.case, intake_rise_k={}, settled=False, steps=600, sim_time_s=1.0, wall_s=0.0, grid_shape=(1, 1, 1)))
    seen = []

    class Recording:
        def map(self, fn, jobs, on_done=None):
            seen.extend(jobs)
            results = [fn(j) for j in jobs]
            for i, r in enumerate(results):
                on_done(i, r)
            return results

    weather = _constant_wind(synthetic_year(), 90.0, 3.0)
    result = sweep_recirculation(campus, weather, cache=SweepCache(None), executor=Recording())
    assert len(seen) == 1 and result.solved == 1
    assert result.messages and "not settled" in result.messages[0]


def _write_layout(campus, path):
    from twin.io.layout import save_layout

    save_layout(campus, path)
    return path


@pytest.mark.slow
def test_a_hall_moved_into_the_plume_gets_a_worse_year(campus, tmp_path, capsys):
    """Hall dc4 moved downwind (wind from 240 deg) of dc3: its intake rise, chiller hours and
    annual PUE go up in ``twin year``, and ``twin compare`` shows it, from the cache."""
    from twin.cli import main
    from twin.io.epw import write_epw

    summer = synthetic_year().slice(24 * 181, 24 * 243)  # July and August: chillers matter
    epw = tmp_path / "summer.epw"
    write_epw(epw, _constant_wind(summer, 240.0, 5.0))
    a = _write_layout(campus, tmp_path / "a.geojson")
    b = _write_layout(campus.with_building(campus.building("dc4").translated(500.0, 260.0)), tmp_path / "b.geojson")
    common = ["--weather", str(epw), "--cache-dir", str(tmp_path / "cache"), "--json", "--quiet"]

    def year(path, *extra):
        assert main(["year", "--layout", str(path), *common, *extra]) == 0
        return json.loads(capsys.readouterr().out)

    ya, yb = year(a), year(b)
    assert ya["recirculation"]["cases"] == 1 and ya["recirculation"]["solved_now"] == 1
    assert ya["recirculation"]["grid_dx_m"] == 16.0
    rise_a, rise_b = ya["mean_intake_rise_k_by_building"]["dc4"], yb["mean_intake_rise_k_by_building"]["dc4"]
    assert rise_b > rise_a + 0.3, (rise_a, rise_b)
    assert yb["chiller_hours_by_building"]["dc4"] > ya["chiller_hours_by_building"]["dc4"]
    pue_a, pue_b = ya["annual_pue_by_building"]["dc4"], yb["annual_pue_by_building"]["dc4"]
    assert pue_b > pue_a
    # Part of that is dc4's longer pipe route; without the airflow the move costs less.
    na, nb = year(a, "--no-airflow"), year(b, "--no-airflow")
    assert pue_b - pue_a > nb["annual_pue_by_building"]["dc4"] - na["annual_pue_by_building"]["dc4"]

    started = time.perf_counter()
    assert main(["compare", str(a), str(b), *common]) == 0
    elapsed = time.perf_counter() - started
    table = json.loads(capsys.readouterr().out)
    assert table["figures_a"]["recirculation"]["from_cache"] == 1 and table["figures_b"]["recirculation"]["solved_now"] == 0
    assert elapsed < 20.0  # both sweeps served from the cache
    rows = {r["key"]: r for r in table["rows"]}
    assert rows["intake_rise_k.dc4"]["verdict"] == "B worse"
    assert rows["annual_pue.dc4"]["b"] == pytest.approx(pue_b)
    assert rows["annual_pue.dc4"]["difference"] == pytest.approx(pue_b - pue_a, abs=2e-4)
    assert rows["annual_pue"]["a"] == pytest.approx(ya["annual_pue"])
    assert not any(isinstance(v, float) and math.isnan(v) for r in table["rows"] for v in r.values())


def test_code_version_ignores_comments_and_docstrings(tmp_path):
    from twin.sweep.cache import _code_text

    a, b, c = tmp_path / "a.py", tmp_path / "b.py", tmp_path / "c.py"
    a.write_text('"""Module."""\n\ndef f(x):\n    """Old words."""\n    return x + 1  # why\n')
    b.write_text('"""Module, reworded."""\n\n\ndef f(x):\n    """New words."""\n    # a new comment\n    return x + 1\n')
    c.write_text('"""Module."""\n\ndef f(x):\n    """Old words."""\n    return x + 2  # why\n')
    assert _code_text(a) == _code_text(b)
    assert _code_text(a) != _code_text(c)
