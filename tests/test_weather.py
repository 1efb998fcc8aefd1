"""Weather: synthetic year, heat wave, wet bulb, EPW reading and its error messages."""

from __future__ import annotations

import numpy as np
import pytest

from twin.io.epw import EpwError, read_epw, write_epw
from twin.sim.weather import (
    MONTHLY_MEAN_C,
    heatwave_2019,
    synthetic_year,
    wet_bulb_stull,
    with_heatwave,
)


@pytest.fixture(scope="module")
def year():
    return synthetic_year()


def test_synthetic_year_matches_the_normals_and_says_synthetic(year):
    assert len(year) == 8760
    assert year.synthetic
    assert "SYNTHETIC" in year.label and year.source == year.label
    month = year.time.astype("datetime64[M]").astype(int) % 12
    means = np.array([year.dry_bulb_c[month == m].mean() for m in range(12)])
    np.testing.assert_allclose(means, MONTHLY_MEAN_C, atol=1e-9)
    assert year.dry_bulb_c.mean() == pytest.approx(11.1, abs=0.3)  # Lille 11.3 / Valenciennes 11.0
    assert -20 < year.dry_bulb_c.min() < 0 and 25 < year.dry_bulb_c.max() < 38
    assert (year.relative_humidity_pct > 0).all() and (year.relative_humidity_pct <= 100).all()
    assert (year.wind_speed_ms >= 0).all()
    # Prevailing W-SW wind, ~5 m/s in winter.
    wsw = ((year.wind_from_deg > 180) & (year.wind_from_deg < 300)).mean()
    assert wsw > 0.5
    winter = np.isin(month, (0, 1, 11))
    assert year.wind_speed_ms[winter].mean() == pytest.approx(5.0, abs=0.8)
    # Diurnal cycle: afternoons warmer than nights.
    hod = year.time.astype("datetime64[h]").astype(int) % 24
    assert year.dry_bulb_c[hod == 15].mean() > year.dry_bulb_c[hod == 5].mean() + 3


def test_synthetic_year_is_deterministic(year):
    again = synthetic_year()
    np.testing.assert_array_equal(year.dry_bulb_c, again.dry_bulb_c)
    np.testing.assert_array_equal(year.wind_from_deg, again.wind_from_deg)
    other = synthetic_year(seed=1)
    assert not np.array_equal(year.dry_bulb_c, other.dry_bulb_c)


def test_heatwave_peaks_at_the_lille_record():
    hw = heatwave_2019()
    peak = hw.hottest_index()
    assert hw.dry_bulb_c[peak] == pytest.approx(41.5)
    assert str(hw.time[peak]) == "2019-07-25T16:00:00"
    assert hw.synthetic and "41.5" in hw.label and "assumption" in hw.label
    assert 15 < hw.relative_humidity_pct[peak] < 35


def test_with_heatwave_splices_at_the_same_dates(year):
    spliced = with_heatwave(year)
    peak = spliced.hottest_index()
    assert spliced.dry_bulb_c[peak] == pytest.approx(41.5)
    assert str(spliced.time[peak])[5:] == "07-25T16:00:00"
    changed = np.flatnonzero(spliced.dry_bulb_c != year.dry_bulb_c)
    assert len(changed) <= 144
    assert "HEAT WAVE" in spliced.label


def test_wet_bulb_stull_reference_values():
    # Stull (2011): T = 20 C, RH = 50 % gives Tw = 13.7 C.
    assert float(wet_bulb_stull(20.0, 50.0)) == pytest.approx(13.7, abs=0.1)
    # Saturated air: the wet bulb equals the dry bulb (within the fit's accuracy).
    assert float(wet_bulb_stull(25.0, 99.0)) == pytest.approx(25.0, abs=0.3)
    tw = wet_bulb_stull(np.array([41.5, 10.0]), np.array([23.0, 80.0]))
    assert (tw < np.array([41.5, 10.0])).all()
    assert 22 < tw[0] < 27


def _epw_lines(tmp_path, year):
    path = tmp_path / "site.epw"
    write_epw(path, year)
    return path, path.read_text().splitlines()


def test_epw_round_trip_of_a_full_year(tmp_path, year):
    path, lines = _epw_lines(tmp_path, year)
    assert len(lines) == 8 + 8760
    assert all(len(line.split(",")) == 35 for line in lines[8:])
    read = read_epw(path)
    assert len(read) == 8760 and not read.synthetic
    assert "Escaudain" in read.label
    np.testing.assert_allclose(read.dry_bulb_c, year.dry_bulb_c, atol=0.051)
    np.testing.assert_allclose(read.relative_humidity_pct, year.relative_humidity_pct, atol=0.51)
    np.testing.assert_allclose(read.wind_speed_ms, year.wind_speed_ms, atol=0.051)
    np.testing.assert_array_equal(read.time, year.time)


def _expect_error(tmp_path, lines, match, line=None, field=None):
    bad = tmp_path / "bad.epw"
    bad.write_text("\n".join(lines) + "\n")
    with pytest.raises(EpwError, match=match) as info:
        read_epw(bad)
    message = str(info.value)
    assert str(bad) in message
    if line is not None:
        assert f"line {line}" in message
    if field is not None:
        assert field in message
    return message


def _set(line, col, value):
    fields = line.split(",")
    fields[col] = value
    return ",".join(fields)


def test_epw_errors_name_file_line_and_field(tmp_path, year):
    _, lines = _epw_lines(tmp_path, year)
    # Missing header.
    _expect_error(tmp_path, lines[1:], "LOCATION", line=1)
    # Wrong column count on line 20 (data row 12).
    broken = list(lines)
    broken[19] = ",".join(broken[19].split(",")[:30])
    _expect_error(tmp_path, broken, "30 comma-separated fields, expected 35", line=20)
    # Non-numeric dry bulb.
    broken = list(lines)
    broken[100] = _set(broken[100], 6, "warm")
    _expect_error(tmp_path, broken, "not a number", line=101, field="dry-bulb temperature")
    # Missing-value codes.
    broken = list(lines)
    broken[500] = _set(broken[500], 6, "99.9")
    _expect_error(tmp_path, broken, "missing-value code", line=501, field="dry-bulb temperature")
    broken = list(lines)
    broken[600] = _set(broken[600], 21, "999")
    _expect_error(tmp_path, broken, "missing-value code", line=601, field="wind speed")
    # Out of range.
    broken = list(lines)
    broken[700] = _set(broken[700], 8, "130")
    _expect_error(tmp_path, broken, "outside the valid range", line=701, field="relative humidity")
    broken = list(lines)
    broken[800] = _set(broken[800], 20, "-5")
    _expect_error(tmp_path, broken, "outside the valid range", line=801, field="wind direction")
    # Impossible date.
    broken = list(lines)
    broken[900] = _set(broken[900], 2, "31")
    broken[900] = _set(broken[900], 1, "2")
    _expect_error(tmp_path, broken, "impossible date", line=901, field="date")
    # Too short.
    _expect_error(tmp_path, lines[:8] + lines[8:20], "at least one day")


def test_epw_unreadable_file(tmp_path):
    with pytest.raises(EpwError, match="cannot read"):
        read_epw(tmp_path / "nope.epw")
