"""Qt-free load sources without a broker: simulated profiles, CSV replay, ring buffers."""

from __future__ import annotations

import numpy as np
import pytest

from twin.io.loadcsv import LoadCsvError, read_load_csv, write_load_csv
from twin.live.buffers import RingBuffer
from twin.live.replay import LoadTable, ReplaySource
from twin.live.simulated import (
    INFERENCE,
    TRAINING,
    RampUp,
    SimulatedSource,
    default_profiles,
    simulate_campus_load,
    simulate_it_load,
)
from twin.live.sources import LoadSource, ReadingStore
from twin.sim.weather import year_times


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(scope="module")
def live_campus():
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout

    return load_layout(default_layout_path())


# --- simulated --------------------------------------------------------------------------


def test_profiles_have_their_character(live_campus):
    profiles = default_profiles(live_campus)
    assert profiles["dc1"] == TRAINING and profiles["dc5"] == INFERENCE
    times = year_times()
    ids, load = simulate_campus_load(live_campus, times)
    cap = np.array([b.it_capacity_mw for b in live_campus.data_halls])[:, None]
    frac = load / cap
    assert (load >= 0).all() and (frac <= 1.0).all()
    training = frac[ids.index("dc1")]
    inference = frac[ids.index("dc5")]
    assert 0.88 < training.mean() < 0.95
    assert 0.5 < inference.mean() < 0.75
    hod = times.astype("datetime64[h]").astype(int) % 24
    assert inference[hod == 16].mean() > inference[hod == 4].mean() + 0.2  # diurnal
    assert abs(training[hod == 16].mean() - training[hod == 4].mean()) < 0.03  # steady
    # Maintenance dips reach 40 % a few times a year in every hall.
    assert ((frac <= 0.41).sum(axis=1) >= 8 * 7).all()


def test_simulated_load_is_reproducible_and_window_independent(live_campus):
    times = year_times()
    _, a = simulate_campus_load(live_campus, times, seed=3)
    _, b = simulate_campus_load(live_campus, times[1000:1100], seed=3)
    np.testing.assert_array_equal(a[:, 1000:1100], b)
    _, c = simulate_campus_load(live_campus, times, seed=4)
    assert not np.array_equal(a, c)


def test_ramp_up_brings_halls_online_in_phases():
    times = year_times(2030)
    ramp = RampUp(np.datetime64("2030-01-01"), phase_days=60, ramp_days=30)
    load = simulate_it_load([100.0, 100.0, 100.0], [TRAINING] * 3, times, ramp_up=ramp)
    day = np.arange(len(times)) // 24
    assert (load[1, day < 60] == 0).all() and (load[2, day < 120] == 0).all()
    assert load[0, day == 10].mean() < load[0, day == 40].mean()
    assert load[2, day > 200].mean() > 85


def test_bad_profiles_are_refused():
    with pytest.raises(ValueError, match="unknown load profiles"):
        simulate_it_load([1.0], ["crypto"], year_times()[:3])
    with pytest.raises(ValueError, match="profiles for"):
        simulate_it_load([1.0, 2.0], [TRAINING], year_times()[:3])


def test_simulated_source_follows_its_clock(live_campus):
    clock = FakeClock()
    src = SimulatedSource(
        live_campus, start_time=np.datetime64("2025-03-03T04:00"), speed=3600.0, clock=clock
    )
    assert isinstance(src, LoadSource)
    assert src.latest() == {} and "stopped" in src.status
    with src:
        night = src.latest()
        assert set(night) == {"dc1", "dc2", "dc3", "dc4", "dc5", "dc6"}
        assert all(r.quality == "good" and not r.stale for r in night.values())
        clock.t += 12.0  # 12 simulated hours later: 16:00
        day = src.latest()
        assert day["dc5"].load_mw > night["dc5"].load_mw
        assert "2025-03-03T16:00" in src.status
        assert src.loads_mw()["dc1"] == pytest.approx(day["dc1"].load_mw)
        assert src.counters["accepted"] >= 2 and src.counters["rejected"] == 0
    assert src.latest() == {}


# --- replay and CSV ---------------------------------------------------------------------


def _write(tmp_path, text, name="loads.csv"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_long_and_wide_csv_read_the_same(tmp_path):
    long = _write(
        tmp_path,
        "timestamp,building_id,load_mw\n"
        "# comment line\n"
        "2025-07-25T14:00:00Z,dc1,90\n"
        "2025-07-25T14:00:00Z,dc2,80\n"
        "2025-07-25T14:01:00Z,dc1,91\n"
        "\n"
        "2025-07-25T14:02:00+00:00,dc2,82.5\n",
    )
    wide = _write(
        tmp_path,
        "timestamp,dc1,dc2\n2025-07-25T14:00:00,90,80\n2025-07-25T14:01:00,91,\n1753452120,,82.5\n",
        "wide.csv",
    )
    a, b = read_load_csv(long), read_load_csv(wide)
    assert a.building_ids == b.building_ids == ("dc1", "dc2")
    np.testing.assert_array_equal(a.times, b.times)
    np.testing.assert_array_equal(a.loads_mw, b.loads_mw)
    assert a.times[0] == pytest.approx(1753452000.0)
    assert np.isnan(a.loads_mw[1, 1])
    out = tmp_path / "round.csv"
    write_load_csv(out, a)
    c = read_load_csv(out)
    np.testing.assert_array_equal(c.loads_mw, a.loads_mw)


@pytest.mark.parametrize(
    ("text", "match", "line"),
    [
        ("", "empty", None),
        ("time,load\n1,2\n", "unrecognised header", 1),
        ("timestamp,building_id,load_mw\n", "no data rows", None),
        ("timestamp,building_id,load_mw\n2025-01-01T00:00,dc1\n", "2 cells, expected 3", 2),
        ("timestamp,building_id,load_mw\nyesterday,dc1,3\n", "bad timestamp", 2),
        ("timestamp,building_id,load_mw\n2025-01-01T00:00,dc1,lots\n", "not a number", 2),
        ("timestamp,building_id,load_mw\n2025-01-01T00:00,dc1,-4\n", "negative", 2),
        ("timestamp,building_id,load_mw\n2025-01-01T00:00,dc1,nan\n", "not finite", 2),
        ("timestamp,building_id,load_mw\n2025-01-01T00:00,,4\n", "empty building id", 2),
        ("timestamp,building_id,load_mw\n1,dc1,4\n1,dc1,5\n", "second value", 3),
        ("timestamp,dc1,dc2\n1,2,3\n2,4\n", "2 cells, expected 3", 3),
        ("timestamp,dc1,dc1\n1,2,3\n", "twice", 1),
        ("timestamp,dc1\n1,2\n1,3\n", "repeated", 3),
        ("timestamp,building_id,load_mw\n1,dc9,4\n", "unknown building 'dc9'", 2),
    ],
)
def test_bad_csv_gives_one_clear_error(tmp_path, text, match, line):
    path = _write(tmp_path, text)
    with pytest.raises(LoadCsvError, match=match) as info:
        read_load_csv(path, building_ids=["dc1", "dc2"])
    assert str(path) in str(info.value)
    if line is not None:
        assert f"line {line}" in str(info.value)


def test_missing_csv(tmp_path):
    with pytest.raises(LoadCsvError, match="no such file"):
        read_load_csv(tmp_path / "nope.csv")


def test_replay_at_speed_with_stale_gaps_and_looping():
    times = np.array([0.0, 60.0, 120.0, 180.0]) + 1.7e9
    loads = np.array([[10.0, 11.0, 12.0, 13.0], [20.0, np.nan, np.nan, np.nan]])
    table = LoadTable(times, ("dc1", "dc2"), loads, source="rec.csv")
    clock = FakeClock()
    src = ReplaySource(table, speed=60.0, stale_after_s=90.0, clock=clock)
    src.start()
    assert src.latest()["dc1"].load_mw == 10.0
    clock.t += 1.5  # 90 recorded seconds
    r = src.latest()
    assert r["dc1"].load_mw == 11.0 and not r["dc1"].stale
    assert r["dc2"].load_mw == 20.0 and not r["dc2"].stale  # 90 s old: at the limit
    clock.t += 1.0  # 150 s: dc2's last sample is 150 s old
    r = src.latest()
    assert r["dc1"].load_mw == 12.0 and r["dc2"].stale
    assert "rec.csv x60" in src.status
    src.speed = 120.0  # position is kept across a speed change
    assert src.latest()["dc1"].load_mw == 12.0
    clock.t += 0.5  # +60 s -> 210 s
    assert src.latest()["dc1"].load_mw == 13.0
    clock.t += 0.5  # +60 s -> 270 s: past the end + one step, loops to 30 s
    assert src.latest()["dc1"].load_mw == 10.0
    src.loop = False
    clock.t += 100.0
    assert src.latest()["dc1"].load_mw == 13.0
    src.stop()
    assert src.latest() == {}
    with pytest.raises(ValueError):
        src.speed = 0


def test_load_table_checks_shape_and_order():
    with pytest.raises(ValueError, match="shape"):
        LoadTable(np.array([0.0, 1.0]), ("a",), np.zeros((1, 3)))
    with pytest.raises(ValueError, match="increasing"):
        LoadTable(np.array([1.0, 0.0]), ("a",), np.zeros((1, 2)))


# --- store and ring buffer ----------------------------------------------------------------


def test_reading_store_counts_and_flags_stale():
    clock = FakeClock()
    store = ReadingStore(clock=clock)
    store.accept("dc1", 50.0, 1.7e9)
    store.reject("malformed_json")
    store.reject("malformed_json")
    store.reject("out_of_range")
    assert store.counters() == {
        "accepted": 1,
        "rejected": 3,
        "rejected:malformed_json": 2,
        "rejected:out_of_range": 1,
    }
    assert not store.latest(5.0)["dc1"].stale
    clock.t += 6.0
    reading = store.latest(5.0)["dc1"]
    assert reading.stale and reading.age_s == pytest.approx(6.0)


def test_ring_buffer_wraps_in_time_order():
    buf = RingBuffer(4, channels=2)
    assert len(buf) == 0 and buf.last() is None
    t, v = buf.view()
    assert t.shape == (0,) and v.shape == (0, 2)
    for i in range(6):
        buf.append(float(i), [i, -i])
    t, v = buf.view()
    assert t.tolist() == [2.0, 3.0, 4.0, 5.0]
    assert v[:, 1].tolist() == [-2.0, -3.0, -4.0, -5.0]
    assert buf.last()[0] == 5.0
    buf.extend(np.arange(10.0, 20.0), np.ones((10, 2)))
    t, _ = buf.view()
    assert t.tolist() == [16.0, 17.0, 18.0, 19.0]
    with pytest.raises(ValueError):
        buf.append(0.0, [1.0])
    buf.clear()
    assert len(buf) == 0
