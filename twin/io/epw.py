"""Read EnergyPlus weather files (EPW) into a :class:`twin.sim.weather.WeatherYear`.

Format (EnergyPlus "Auxiliary Programs", chapter "Weather Converter Program", section "EnergyPlus
Weather File (EPW) Data Dictionary"): 8 header records (LOCATION, DESIGN CONDITIONS,
TYPICAL/EXTREME PERIODS, GROUND TEMPERATURES, HOLIDAYS/DAYLIGHT SAVINGS, COMMENTS 1, COMMENTS 2,
DATA PERIODS), then one comma-separated record per hour (8760 for one record per hour) of 35
fields. Fields used here, 0-based column index (the dictionary's N-number in brackets):

====  ==================  ========  ============  =========
col   field               unit      valid range   missing
====  ==================  ========  ============  =========
0-3   year, month, day,   -         month 1-12,   -
      hour                          hour 1-24
6     dry-bulb (N6)       C         > -70, < 70   99.9
8     relative humidity   %         0-110         999
      (N8)
20    wind direction      deg       0-360         999
      (N20)
21    wind speed (N21)    m/s       0-40          999
====  ==================  ========  ============  =========

Hour 1 covers 00:00-01:00; here it becomes a timestamp at the start of the hour (00:00). TMY
files mix months from different years, so every row is given the year of the first row.
Missing values are refused rather than filled: a weather year with holes would silently bias
annual results, so the user is told which line and field to fix.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import numpy as np

from twin.core.files import write_text_atomically
from twin.core.i18n import tr
from twin.io.errors import MIB, FileContentError, read_regular_text
from twin.sim.weather import WeatherYear

HEADER_RECORDS = (
    "LOCATION",
    "DESIGN CONDITIONS",
    "TYPICAL/EXTREME PERIODS",
    "GROUND TEMPERATURES",
    "HOLIDAYS/DAYLIGHT SAVINGS",
    "COMMENTS 1",
    "COMMENTS 2",
    "DATA PERIODS",
)
N_FIELDS = 35
MAX_EPW_BYTES = 64 * MIB
"""Largest weather file read: an hourly year is ~1.6 MB, a year of 10-minute data ~10 MB."""

# name -> (column, minimum, maximum, missing-if->=, inclusive minimum?)
_FIELDS = {
    "dry-bulb temperature": (6, -70.0, 70.0, 99.9),
    "relative humidity": (8, 0.0, 110.0, 999.0),
    "wind direction": (20, 0.0, 360.0, 999.0),
    "wind speed": (21, 0.0, 40.0, 999.0),
}


class EpwError(FileContentError):
    """A weather file that cannot be used; the message names the file, line and field.

    ``field`` keeps the English name of :data:`_FIELDS` (or ``"date"``); the message writes it
    in the language in force.
    """

    def __init__(self, path: str | os.PathLike[str], message: str, line: int | None = None, field: str | None = None) -> None:
        super().__init__(path, message, line, _field_title(field) if field is not None else None)
        self.field = field


def _field_title(field: str) -> str:
    return {
        "dry-bulb temperature": tr("Weather", "dry-bulb temperature"),
        "relative humidity": tr("Weather", "relative humidity"),
        "wind direction": tr("Weather", "wind direction"),
        "wind speed": tr("Weather", "wind speed"),
        "date": tr("Weather", "date"),
    }.get(field, field)


def read_epw(path: str | os.PathLike[str], *, label: str | None = None) -> WeatherYear:
    """Parse an EPW file.

    Parameters
    ----------
    path
        The ``.epw`` file.
    label
        Source label; by default "EPW <city> (<file name>)" from the LOCATION record.

    Returns
    -------
    WeatherYear
        One value per data row, ``synthetic=False``.

    Raises
    ------
    EpwError
        Missing or misplaced header records, a row with the wrong number of fields, a
        non-numeric or out-of-range value, a missing-value code (e.g. 99.9 dry-bulb), an
        impossible date, rows out of time order or repeated, fewer than 24 data rows, a file
        that is not a regular file or is over :data:`MAX_EPW_BYTES`. The message names file,
        line and field. A UTF-8 byte-order mark is accepted.
    """
    path = Path(path)
    # errors="replace": EPW files from weather services are often Latin-1 in their header
    # (city names); only numbers are read from the data rows, so a replaced accent is harmless.
    text = read_regular_text(path, EpwError, MAX_EPW_BYTES, errors="replace")
    lines = text.splitlines()
    if len(lines) < len(HEADER_RECORDS):
        raise EpwError(path, tr("Weather", "only {lines} lines; an EPW file starts with {records} header records").format(
            lines=len(lines), records=len(HEADER_RECORDS)))
    for i, name in enumerate(HEADER_RECORDS):
        if not lines[i].upper().startswith(name):
            raise EpwError(path, tr("Weather", "expected the header record {name}, found {found}").format(
                name=repr(name), found=repr(lines[i][:40])), line=i + 1)
    try:
        location = next(csv.reader([lines[0]]))
    except csv.Error:
        location = lines[0].split(",")
    city = location[1].strip() if len(location) > 1 else ""

    rows = [
        (n, line)
        for n, line in enumerate(lines[len(HEADER_RECORDS) :], start=len(HEADER_RECORDS) + 1)
        if line.strip()
    ]
    if len(rows) < 24:
        raise EpwError(path, tr("Weather", "{rows} data rows; at least one day (24 rows) is needed").format(rows=len(rows)))
    n = len(rows)
    values = {name: np.empty(n) for name in _FIELDS}
    year = month = day = hour = None
    times = np.empty(n, dtype="datetime64[s]")
    first_year = None
    for i, (line_no, line) in enumerate(rows):
        fields = line.split(",")
        if len(fields) != N_FIELDS:
            raise EpwError(path, tr("Weather", "{count} comma-separated fields, expected {expected}").format(
                count=len(fields), expected=N_FIELDS), line=line_no)
        try:
            year, month, day, hour = (int(float(fields[k])) for k in range(4))
        except (ValueError, OverflowError):  # OverflowError: int(float("inf"))
            raise EpwError(path, tr("Weather", "year, month, day and hour must be integers"), line=line_no, field="date") from None
        first_year = year if first_year is None else first_year
        if not 1 <= first_year <= 9999:
            raise EpwError(path, tr("Weather", "impossible year {year}").format(year=first_year), line=line_no, field="date")
        if not (1 <= month <= 12 and 1 <= hour <= 24):
            raise EpwError(path, tr("Weather", "impossible date/hour month={month} hour={hour}").format(month=month, hour=hour),
                           line=line_no, field="date")
        try:
            stamp = np.datetime64(f"{first_year:04d}-{month:02d}-{day:02d}", "s")
        except ValueError:
            raise EpwError(path, tr("Weather", "impossible date {month:02d}-{day:02d}").format(month=month, day=day),
                           line=line_no, field="date") from None
        if int(str(stamp)[8:10]) != day:
            raise EpwError(path, tr("Weather", "impossible date {month:02d}-{day:02d}").format(month=month, day=day),
                           line=line_no, field="date")
        times[i] = stamp + np.timedelta64(3600 * (hour - 1), "s")
        if i > 0 and times[i] <= times[i - 1]:
            # Rows out of order or repeated would make the played year run backwards.
            if times[i] == times[i - 1]:
                text = tr("Weather", "{month:02d}-{day:02d} hour {hour} repeats the time of the row above (line {above}); "
                                     "rows must be in time order without duplicates")
            else:
                text = tr("Weather", "{month:02d}-{day:02d} hour {hour} comes before the row above (line {above}); "
                                     "rows must be in time order without duplicates")
            raise EpwError(path, text.format(month=month, day=day, hour=hour, above=rows[i - 1][0]), line=line_no, field="date")
        for name, (col, lo, hi, missing) in _FIELDS.items():
            raw = fields[col].strip()
            try:
                v = float(raw)
            except ValueError:
                raise EpwError(path, tr("Weather", "not a number: {raw}").format(raw=repr(raw)), line=line_no, field=name) from None
            if not np.isfinite(v):
                raise EpwError(path, tr("Weather", "not a finite number: {raw}").format(raw=repr(raw)), line=line_no, field=name)
            if v >= missing:
                raise EpwError(path, tr("Weather", "missing-value code {raw} (>= {missing:g}); fill the gap before use").format(
                    raw=raw, missing=missing), line=line_no, field=name)
            if not (lo <= v <= hi) or (name == "dry-bulb temperature" and not (lo < v < hi)):
                raise EpwError(path, tr("Weather", "{value:g} is outside the valid range {low:g} to {high:g}").format(
                    value=v, low=lo, high=hi), line=line_no, field=name)
            values[name][i] = v
    return WeatherYear(
        time=times,
        dry_bulb_c=values["dry-bulb temperature"],
        relative_humidity_pct=np.minimum(values["relative humidity"], 100.0),
        wind_speed_ms=values["wind speed"],
        wind_from_deg=np.mod(values["wind direction"], 360.0),
        label=label or f"EPW {city or 'unknown site'} ({path.name})",
        synthetic=False,
    )


def write_epw(
    path: str | os.PathLike[str], weather: WeatherYear, *, city: str = "Escaudain"
) -> None:
    """Write ``weather`` as a minimal EPW file (unused fields at EnergyPlus defaults).

    Meant for tests and for exporting the synthetic year to other tools; fields other than
    dry-bulb, dew point, humidity, pressure and wind are written with their missing codes.
    """
    from twin.sim.weather import saturation_vapour_pressure_hpa

    header = [
        f"LOCATION,{city},Nord,FRA,Campus Twin,000000,50.33,3.35,1.0,40.0",
        "DESIGN CONDITIONS,0",
        "TYPICAL/EXTREME PERIODS,0",
        "GROUND TEMPERATURES,0",
        "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0",
        f"COMMENTS 1,{weather.label}",
        "COMMENTS 2,written by Campus Twin",
        "DATA PERIODS,1,1,Data,Sunday,1/1,12/31",
    ]
    t = weather.time.astype("datetime64[h]")
    years = t.astype("datetime64[Y]").astype(int) + 1970
    months = t.astype("datetime64[M]").astype(int) % 12 + 1
    days = (t.astype("datetime64[D]") - t.astype("datetime64[M]").astype("datetime64[D]")).astype(
        int
    ) + 1
    hours = (t - t.astype("datetime64[D]").astype("datetime64[h]")).astype(int) + 1
    e = saturation_vapour_pressure_hpa(weather.dry_bulb_c) * weather.relative_humidity_pct / 100.0
    ln = np.log(np.maximum(e, 1e-6) / 6.1094)
    dew = 243.04 * ln / (17.625 - ln)
    tail = "9999,9999,9999,9999,9999,9999,999999,999999,999999,9999"
    rows = [
        f"{y},{mo},{d},{h},60,?9?9?9?9E0?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9*9*9?9?9?9,"
        f"{tb:.1f},{td:.1f},{rh:.0f},101325,{tail},{wd:.0f},{ws:.1f},99,99,9999,99999,9,999999999,999,0.999,999,99,999,999,99"
        for y, mo, d, h, tb, td, rh, wd, ws in zip(
            years,
            months,
            days,
            hours,
            weather.dry_bulb_c,
            dew,
            weather.relative_humidity_pct,
            weather.wind_from_deg,
            weather.wind_speed_ms,
            strict=True,
        )
    ]
    write_text_atomically(path, "\n".join(header + rows) + "\n")
