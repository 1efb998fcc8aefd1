"""``twin sweep`` on a real Dask LocalCluster of two worker processes: a worker killed in the
middle of a two-layout sweep costs only its case (rescheduled and solved elsewhere), every case
lands in the cache, a rerun submits nothing, and ``twin year`` then reads the same entries."""

from __future__ import annotations

import csv
import json
import math
import os
import signal
import time

import pytest

from twin.sim.weather import synthetic_year

pytest.importorskip("distributed")

DX, DZ = 32.0, 20.0
"""A coarse grid (32 x 32 x 8 cells for the bundled campus): a case settles in a few seconds."""


@pytest.fixture(scope="module")
def layouts(tmp_path_factory):
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout, save_layout

    folder = tmp_path_factory.mktemp("layouts")
    campus = load_layout(default_layout_path())
    moved = campus.with_building(campus.building("dc4").translated(500.0, 260.0))
    paths = [folder / "a.geojson", folder / "b.geojson"]
    for c, p in zip((campus, moved), paths, strict=True):
        save_layout(c, p)
    return paths, [load_layout(p) for p in paths]


@pytest.fixture(scope="module")
def executor():
    from twin.sweep.dask_executor import DaskExecutor

    with DaskExecutor(n_workers=2) as ex:
        ex.start()
        yield ex


@pytest.fixture(scope="module")
def weather():
    return synthetic_year()


def _options(cache, sectors=2):
    from twin.sweep.recirculation import sweep_settings

    return {"settings": sweep_settings(DX, DZ), "sectors": sectors, "speed_edges": (0.0, math.inf), "cache": cache}


def test_local_cluster_has_two_single_threaded_workers_running_this_code(executor):
    from twin.sweep.cache import code_version

    assert executor.cores == 2
    infos = executor.worker_infos
    assert len(infos) == 2 and len({i["pid"] for i in infos.values()}) == 2
    assert all(i["pid"] != os.getpid() for i in infos.values())  # real processes, not threads
    assert all(i["omp_num_threads"] == "1" for i in infos.values())
    assert all(i["code"] == code_version() for i in infos.values())


def test_a_killed_worker_loses_only_its_case_and_a_rerun_submits_nothing(executor, layouts, weather, tmp_path):
    from twin.commands.sweep import sweep_layouts
    from twin.sweep.cache import SweepCache

    _paths, campuses = layouts
    cache = SweepCache(tmp_path / "cache")
    client = executor.start()
    killed: dict[str, object] = {}
    user_progress = executor.progress

    def kill_a_busy_worker(progress):
        # At the first completion, the worker that just finished takes the next case at once:
        # kill that process while its new case has just started (killing the other worker
        # could race with its case finishing at the same moment).
        if killed:
            return
        address = next(a for a, info in executor.worker_infos.items() if info["pid"] == progress.last.pid)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            keys = client.processing().get(address, ())
            if keys:
                killed.update(pid=progress.last.pid, keys=set(keys), at=progress.done)
                os.kill(int(progress.last.pid), signal.SIGKILL)
                return
            time.sleep(0.05)

    executor.progress = kill_a_busy_worker
    submitted_before = executor.submitted
    try:
        sweeps = sweep_layouts(campuses, weather, executor, **_options(cache))
    finally:
        executor.progress = user_progress
    assert killed, "no worker was busy to kill"
    assert len(killed["keys"]) == 1  # worker-saturation 1: the worker held only the case it ran
    # Every case of both layouts came back, solved (none from the cache), once each.
    assert [len(r.results) for r in sweeps] == [2, 2]
    assert all(r.solved == 2 and r.cached == 0 for r in sweeps)
    assert executor.submitted - submitted_before == 4
    for rec in sweeps:
        for result in rec.results:
            assert result.settled and result.steps > 0
            assert all(math.isfinite(v) for v in result.intake_rise_k.values()) and result.intake_rise_k
    # The killed case was solved again by another worker process.
    (key,) = killed["keys"]
    assert key in executor.stats_by_key
    assert executor.stats_by_key[key].pid != killed["pid"]
    # The nanny restarts the dead worker: the cluster is back to two processes.
    deadline = time.monotonic() + 60
    while len(client.nthreads()) < 2 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert len(client.nthreads()) == 2
    assert len(list((tmp_path / "cache").glob("*.json"))) == 4
    # The two layouts differ: dc4 moved 500 m east sees another intake rise.
    assert sweeps[0].results[0].intake_rise_k["dc4"] != pytest.approx(sweeps[1].results[0].intake_rise_k["dc4"], abs=1e-3)

    # Rerun: every case from the cache, nothing submitted, the same figures.
    submitted = executor.submitted
    again = sweep_layouts(campuses, weather, executor, **_options(cache))
    assert executor.submitted == submitted
    assert all(r.cached == 2 and r.solved == 0 for r in again)
    for first, second in zip(sweeps, again, strict=True):
        for r1, r2 in zip(first.results, second.results, strict=True):
            assert r2.intake_rise_k == pytest.approx(r1.intake_rise_k, rel=1e-12)


def test_twin_sweep_on_an_existing_scheduler_then_twin_year_reads_its_cache(executor, layouts, tmp_path, capsys):
    from twin.cli import main

    paths, _ = layouts
    address = executor.start().scheduler.address
    cache = tmp_path / "cache"
    out = tmp_path / "results.csv"
    common = ["--sectors", "1", "--cache-dir", str(cache)]
    args = ["sweep", "--layouts", *map(str, paths), *common, "--speeds", "1", "--resolution", f"{DX:g}x{DZ:g}", "--scheduler", address]
    assert main([*args, "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "2/2 cases" in captured.err and "left" in captured.err  # progress with the time left
    assert f"cluster: {address}" in captured.err
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["layout"], r["row"]) for r in rows] == [
        (str(paths[0]), "case"), (str(paths[0]), "annual"), (str(paths[1]), "case"), (str(paths[1]), "annual")]
    header = rows[0].keys()
    assert "intake_rise_dc4 [K]" in header and "annual_pue [-]" in header and "wind_speed_10m [m/s]" in header
    assert rows[0]["hours [h]"] == "8760" and rows[0]["cached"] == "False"
    pue = [float(r["annual_pue [-]"]) for r in rows if r["row"] == "annual"]
    assert all(1.0 < p < 1.5 for p in pue)

    # twin year with the same settings: served from what twin sweep stored.
    year = ["year", "--layout", str(paths[1]), *common, "--speed-edges", "", "--sweep-dx", f"{DX:g}",
            "--sweep-dz", f"{DZ:g}", "--json", "--quiet"]
    assert main(year) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["recirculation"]["from_cache"] == 1 and figures["recirculation"]["solved_now"] == 0
    assert figures["annual_pue"] == pytest.approx(pue[1], abs=1e-4)

    # twin year --scheduler solves a missing case on the cluster (a coarser grid: not cached).
    coarse = ["year", "--layout", str(paths[0]), *common, "--speed-edges", "", "--sweep-dx", "48", "--sweep-dz", "30",
              "--scheduler", address, "--json"]
    assert main(coarse) == 0
    captured = capsys.readouterr()
    figures = json.loads(captured.out)
    assert figures["recirculation"]["solved_now"] == 1 and figures["recirculation"]["grid_dx_m"] == 48.0
    assert f"cluster: {address}" in captured.err

    # A rerun of twin sweep starts no cluster at all and writes the same rows.
    json_out = tmp_path / "results.json"
    assert main(["sweep", "--layouts", *map(str, paths), *common, "--speeds", "1", "--resolution", f"{DX:g}x{DZ:g}",
                 "--workers", "2", "--out", str(json_out)]) == 0
    captured = capsys.readouterr()
    assert "cluster:" not in captured.err
    document = json.loads(json_out.read_text(encoding="utf-8"))
    assert document["solved_now"] == 0 and document["from_cache"] == 2 and document["cluster"]["started"] is False
    assert [lay["annual"]["annual_pue"] for lay in document["layouts"]] == pytest.approx(pue, abs=1e-4)


def test_bad_options_name_the_option(capsys):
    from twin.cli import main

    assert main(["sweep", "--resolution", "fine", "--quiet"]) == 2
    assert "--resolution" in capsys.readouterr().err
    assert main(["sweep", "--out", "results.txt", "--quiet"]) == 2
    assert "--out" in capsys.readouterr().err


def test_twin_sweep_defaults_are_twin_years_and_the_windows_so_they_share_cache_entries():
    """``twin sweep`` with no grid or rose options asks for exactly the settings
    ``sweep_recirculation`` (``twin year``, ``twin compare``, the window) uses by default."""
    from twin.cli import build_parser
    from twin.commands.sweep import resolution_from, speed_edges_from
    from twin.sweep.cases import DEFAULT_SECTORS, DEFAULT_SPEED_EDGES
    from twin.sweep.recirculation import SWEEP_DX_M, SWEEP_DZ_M

    args = build_parser().parse_args(["sweep"])
    assert args.sectors == DEFAULT_SECTORS
    assert speed_edges_from(args) == DEFAULT_SPEED_EDGES
    assert resolution_from(args.resolution) == (SWEEP_DX_M, SWEEP_DZ_M)
    assert resolution_from("8") == (8.0, 5.0) and resolution_from("16x8") == (16.0, 8.0)
    args.speeds = 4
    assert speed_edges_from(args) == (0.0, 2.5, 5.0, 7.5, math.inf)


def test_light_wind_cases_start_first():
    """The costly light-wind cases get the higher Dask priority (longest first)."""
    from types import SimpleNamespace

    from twin.sweep.cases import WindCase
    from twin.sweep.dask_executor import light_wind_first

    def job(speed):
        return SimpleNamespace(case=WindCase(240.0, speed, 10.0))

    order = sorted([8.0, 1.0, 3.5, 0.5], key=lambda s: -light_wind_first(job(s)))
    assert order == [0.5, 1.0, 3.5, 8.0]
    assert round(light_wind_first(job(8.0))) != round(light_wind_first(job(7.5)))  # still apart after rounding


def test_a_case_that_raises_fails_after_its_retries_with_an_error_naming_it(executor):
    """A case that raises on every attempt ends the call with :class:`SweepCaseError` naming
    the case and the cause; the cluster stays usable."""
    from twin.sweep.dask_executor import SweepCaseError

    with pytest.raises(SweepCaseError, match=r"sweep case 2 .*math domain error"):
        executor.map(math.sqrt, [4.0, -1.0])
    assert executor.map(math.sqrt, [9.0]) == [3.0]
