"""Hourly weather for the plant model: a synthetic year for Escaudain, the July 2019 heat wave, wet-bulb.

Everything here is Qt-free numpy. A :class:`WeatherYear` is a set of equal-length hourly arrays
(time, dry-bulb, relative humidity, wind speed and direction) plus a label saying where it comes
from and whether it is synthetic. Three producers exist:

- :func:`synthetic_year` builds a deterministic year from the Lille-Lesquin / Valenciennes normals
  of ``shared/domain/escaudain.md`` section 5 (monthly means, diurnal cycle, seeded synoptic
  noise, prevailing W-SW wind). It is **synthetic** and says so in its label: it reproduces
  monthly means, not any real year.
- :func:`heatwave_2019` gives a few days around 25 July 2019, peaking at the 41.5 C record of
  Lille-Lesquin; :func:`with_heatwave` splices those days into a year.
- ``twin.io.epw.read_epw`` reads a real EnergyPlus weather file (TMYx etc.) into the same class.

Times are naive ``datetime64[s]`` in local standard time (UTC+1 for France, as in EPW files) and
mark the *start* of each hour.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

HOURS_PER_YEAR = 8760

# Monthly mean air temperature, degrees C, January..December.
# Jan-Mar: Meteo-France normals 1991-2020 Lille-Lesquin (escaudain.md s.5, tag V).
# Apr-Dec: approximate normals (escaudain.md s.5, tag U, a planning assumption).
MONTHLY_MEAN_C = np.array([4.1, 4.8, 7.5, 10.1, 13.7, 16.6, 18.7, 18.6, 15.5, 11.7, 7.6, 4.8])

# Mean daily range (max - min), K. Jan-Mar from the normals' min/max (6.6-1.7, 7.6-1.9, 11.2-3.8;
# tag V); Apr-Dec an assumption in line with a temperate oceanic climate (summer ~10 K).
MONTHLY_DAILY_RANGE_K = np.array([4.9, 5.7, 7.4, 9.0, 9.8, 10.2, 10.4, 10.2, 9.2, 7.4, 5.4, 4.6])

# Mean dew-point depression below the daily mean temperature, K (assumption: gives a mean
# relative humidity of ~85-90 % in winter and ~70-75 % in summer, typical of Lille).
MONTHLY_DEWPOINT_DEPRESSION_K = np.array(
    [1.8, 2.1, 3.0, 4.3, 4.8, 5.0, 5.2, 5.0, 4.2, 3.2, 2.2, 1.9]
)

# Monthly mean wind speed at 10 m, m/s: ~5 m/s in winter (escaudain.md s.5, V qualitative,
# U speeds), lower in summer (assumption).
MONTHLY_WIND_MS = np.array([5.0, 4.9, 4.6, 4.2, 3.9, 3.6, 3.6, 3.5, 3.8, 4.3, 4.7, 5.0])

_DAYS_IN_MONTH = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])

HEATWAVE_PEAK_C = 41.5
"""Record high at Lille-Lesquin, 25 July 2019 (escaudain.md s.5, tag V)."""


@dataclass(frozen=True, eq=False)
class WeatherYear:
    """Hourly weather series (a full year or a few days).

    Attributes
    ----------
    time
        Start of each hour, ``datetime64[s]``, local standard time (UTC+1).
    dry_bulb_c
        Air temperature, degrees C.
    relative_humidity_pct
        Relative humidity, % (0-100; EPW allows up to 110, clipped to 100 here).
    wind_speed_ms
        Wind speed at 10 m, m/s.
    wind_from_deg
        Direction the wind blows *from*, degrees clockwise from north (meteorological).
    label
        Human-readable source, shown wherever results are shown.
    synthetic
        True when the series is generated rather than measured.
    """

    time: np.ndarray
    dry_bulb_c: np.ndarray
    relative_humidity_pct: np.ndarray
    wind_speed_ms: np.ndarray
    wind_from_deg: np.ndarray
    label: str
    synthetic: bool

    def __post_init__(self) -> None:
        n = len(self.time)
        for name in ("dry_bulb_c", "relative_humidity_pct", "wind_speed_ms", "wind_from_deg"):
            if len(getattr(self, name)) != n:
                raise ValueError(
                    f"WeatherYear.{name} has {len(getattr(self, name))} values, time has {n}"
                )

    def __len__(self) -> int:
        return len(self.time)

    @property
    def source(self) -> str:
        """Alias of :attr:`label` (the weather source shown in reports)."""
        return self.label

    @property
    def wet_bulb_c(self) -> np.ndarray:
        """Wet-bulb temperature from :func:`wet_bulb_stull`, degrees C."""
        return wet_bulb_stull(self.dry_bulb_c, self.relative_humidity_pct)

    def hottest_index(self) -> int:
        """Index of the hour with the highest dry-bulb temperature."""
        return int(np.argmax(self.dry_bulb_c))

    def slice(self, start: int, stop: int) -> WeatherYear:
        """Return hours ``start:stop`` as a new series with the same label."""
        return dataclasses.replace(
            self,
            time=self.time[start:stop],
            dry_bulb_c=self.dry_bulb_c[start:stop],
            relative_humidity_pct=self.relative_humidity_pct[start:stop],
            wind_speed_ms=self.wind_speed_ms[start:stop],
            wind_from_deg=self.wind_from_deg[start:stop],
        )


def wet_bulb_stull(dry_bulb_c: np.ndarray | float, rh_pct: np.ndarray | float) -> np.ndarray:
    """Wet-bulb temperature from dry-bulb and relative humidity at sea-level pressure.

    Stull, R. (2011), "Wet-Bulb Temperature from Relative Humidity and Air Temperature",
    J. Appl. Meteor. Climatol. 50, 2267-2269, eq. 1::

        Tw = T atan(0.151977 (RH + 8.313659)^0.5) + atan(T + RH) - atan(RH - 1.676331)
             + 0.00391838 RH^1.5 atan(0.023101 RH) - 4.686035

    Valid for RH 5-99 % and T -20..50 C (error within about +-1 K, mostly < 0.3 K). RH is
    clipped to that range because the fit diverges outside it; the result is capped at the
    dry-bulb (a wet bulb can never be warmer).

    Parameters
    ----------
    dry_bulb_c
        Air temperature, degrees C.
    rh_pct
        Relative humidity, %.

    Returns
    -------
    numpy.ndarray
        Wet-bulb temperature, degrees C.
    """
    t = np.asarray(dry_bulb_c, dtype=float)
    rh = np.clip(np.asarray(rh_pct, dtype=float), 5.0, 99.0)
    tw = (
        t * np.arctan(0.151977 * np.sqrt(rh + 8.313659))
        + np.arctan(t + rh)
        - np.arctan(rh - 1.676331)
        + 0.00391838 * rh**1.5 * np.arctan(0.023101 * rh)
        - 4.686035
    )
    return np.minimum(tw, t)


def saturation_vapour_pressure_hpa(t_c: np.ndarray | float) -> np.ndarray:
    """Saturation vapour pressure over water, hPa (Magnus form, Alduchov & Eskridge 1996)."""
    t = np.asarray(t_c, dtype=float)
    return 6.1094 * np.exp(17.625 * t / (t + 243.04))


def relative_humidity_from_dewpoint(t_c: np.ndarray, dewpoint_c: np.ndarray) -> np.ndarray:
    """Relative humidity (%) from air and dew-point temperature (Magnus), capped at 100 %."""
    rh = (
        100.0
        * saturation_vapour_pressure_hpa(np.minimum(dewpoint_c, t_c))
        / saturation_vapour_pressure_hpa(t_c)
    )
    return np.clip(rh, 1.0, 100.0)


def year_times(year: int = 2025) -> np.ndarray:
    """Hour starts of a 365-day year (29 February dropped, as in EPW files), ``datetime64[s]``."""
    start = np.datetime64(f"{year}-01-01T00:00", "s")
    times = start + np.arange(HOURS_PER_YEAR) * np.timedelta64(3600, "s")
    if _is_leap(year):
        # Keep 8760 rows like EPW: skip 29 Feb by shifting every hour from 1 March on by a day.
        feb29 = np.datetime64(f"{year}-02-29T00:00", "s")
        times = np.where(times >= feb29, times + np.timedelta64(86400, "s"), times)
    return times


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_index(times: np.ndarray) -> np.ndarray:
    return (times.astype("datetime64[M]").astype(int) % 12).astype(int)


def _ar1(rng: np.random.Generator, n: int, tau_h: float, sigma: float) -> np.ndarray:
    """Stationary AR(1) series with correlation time ``tau_h`` hours and std ``sigma``.

    Written with ``scipy``-free numpy: the recursion x[k] = a x[k-1] + e[k] is evaluated as a
    scaled cumulative sum, x[k] = a^k cumsum(e / a^j), in blocks short enough that a^-j stays
    finite (a vectorised form; a Python loop over 8760 hours would dominate the cost).
    """
    a = float(np.exp(-1.0 / tau_h))
    e = rng.standard_normal(n) * sigma * np.sqrt(1.0 - a * a)
    out = np.empty(n)
    block = 256
    prev = rng.standard_normal() * sigma
    for start in range(0, n, block):
        seg = e[start : start + block]
        k = np.arange(1, len(seg) + 1)
        pw = a**k
        out[start : start + len(seg)] = pw * (prev + np.cumsum(seg / pw))
        prev = out[start + len(seg) - 1]
    return out


def synthetic_year(seed: int = 2030, year: int = 2025) -> WeatherYear:
    """A deterministic synthetic hourly year for Escaudain (clearly labelled synthetic).

    Construction (each step an assumption unless a source is named):

    - Seasonal mean: the monthly means :data:`MONTHLY_MEAN_C` (Lille-Lesquin normals, see the
      constant's comment for which are verified), interpolated daily between mid-months.
    - Diurnal cycle: a cosine with the month's mean daily range :data:`MONTHLY_DAILY_RANGE_K`,
      minimum at 05:00 and maximum at 15:00 local time, scaled day by day by a seeded factor
      (cloudy days have a small range, clear days a large one).
    - Weather noise: a seeded AR(1) anomaly (std 3.2 K in winter, 2.8 K in summer, correlation
      time 60 h, typical of synoptic systems); its mean is removed month by month so the monthly
      means equal the normals exactly.
    - Humidity: a dew point at the daily mean temperature minus
      :data:`MONTHLY_DEWPOINT_DEPRESSION_K` plus noise; RH from the Magnus formula.
    - Wind: prevailing W-SW (escaudain.md s.5), secondary NE in anticyclonic spells; regimes
      follow the sign of a slow AR(1) series; Weibull-like speeds (k ~ 2) around
      :data:`MONTHLY_WIND_MS`, stronger in the afternoon.

    Parameters
    ----------
    seed
        Seed of the random generator; the same seed always gives the same year.
    year
        Calendar year of the timestamps (365 days; 29 February dropped in leap years).

    Returns
    -------
    WeatherYear
        8760 hours, ``synthetic=True``.
    """
    rng = np.random.default_rng(seed)
    times = year_times(year)
    n = len(times)
    hours = np.arange(n, dtype=float)
    day = (hours // 24).astype(int)
    hour_of_day = hours % 24.0
    month = _month_index(times)

    # Seasonal mean: periodic linear interpolation between mid-month points (day of year).
    mid = np.cumsum(_DAYS_IN_MONTH) - _DAYS_IN_MONTH / 2.0
    doy = hours / 24.0
    xp = np.concatenate(([mid[-1] - 365.0], mid, [mid[0] + 365.0]))
    seasonal = np.interp(
        doy, xp, np.concatenate(([MONTHLY_MEAN_C[-1]], MONTHLY_MEAN_C, [MONTHLY_MEAN_C[0]]))
    )
    daily_range = np.interp(
        doy,
        xp,
        np.concatenate(
            ([MONTHLY_DAILY_RANGE_K[-1]], MONTHLY_DAILY_RANGE_K, [MONTHLY_DAILY_RANGE_K[0]])
        ),
    )

    # Day-to-day cloudiness: scales the diurnal range between ~0.4x and ~1.5x.
    day_factor = np.clip(1.0 + 0.3 * rng.standard_normal(n // 24 + 1), 0.4, 1.5)[day]
    diurnal = 0.5 * daily_range * day_factor * np.cos(2.0 * np.pi * (hour_of_day - 15.0) / 24.0)

    winter = 0.5 * (1.0 + np.cos(2.0 * np.pi * (doy - 15.0) / 365.0))  # 1 mid-Jan, 0 mid-Jul
    anomaly = _ar1(rng, n, tau_h=60.0, sigma=1.0) * (2.8 + 0.4 * winter)

    dry_bulb = seasonal + diurnal + anomaly
    # Remove each month's residual bias so the monthly means are exactly the normals.
    for m in range(12):
        sel = month == m
        dry_bulb[sel] += MONTHLY_MEAN_C[m] - dry_bulb[sel].mean()

    daily_mean = np.repeat(dry_bulb.reshape(-1, 24).mean(axis=1), 24)
    dewpoint = (
        daily_mean - MONTHLY_DEWPOINT_DEPRESSION_K[month] + _ar1(rng, n, tau_h=24.0, sigma=1.2)
    )
    rh = relative_humidity_from_dewpoint(dry_bulb, dewpoint)

    # Wind regime: W-SW most of the time, NE when a slow regime index is strongly negative.
    regime = _ar1(rng, n, tau_h=72.0, sigma=1.0)
    northeast = regime < -0.85  # ~20 % of hours
    direction = np.where(northeast, 45.0, 240.0) + _ar1(rng, n, tau_h=12.0, sigma=25.0)
    direction = np.mod(direction, 360.0)
    gust = np.abs(_ar1(rng, n, tau_h=8.0, sigma=1.0) + 0.9 * _ar1(rng, n, tau_h=30.0, sigma=1.0))
    speed_shape = gust / 1.05  # mean of |N(0, 1.35^2)| ~ 1.07; keeps the monthly mean near nominal
    afternoon = 1.0 + 0.15 * np.cos(2.0 * np.pi * (hour_of_day - 14.0) / 24.0)
    speed = np.clip(
        MONTHLY_WIND_MS[month] * speed_shape * afternoon * np.where(northeast, 0.8, 1.05), 0.0, 30.0
    )

    return WeatherYear(
        time=times,
        dry_bulb_c=dry_bulb,
        relative_humidity_pct=rh,
        wind_speed_ms=speed,
        wind_from_deg=direction,
        label=(
            f"SYNTHETIC year (seed {seed}) from Lille-Lesquin/Valenciennes normals 1991-2020 "
            "(monthly means; Apr-Dec means approximate); not measured data"
        ),
        synthetic=True,
    )


# Daily (min, max) for 22..27 July 2019 at Lille-Lesquin. Only the 41.5 C peak of 25 July is
# verified (escaudain.md s.5); the other days are a reconstruction (assumption) of a heat wave
# building over three days and breaking with storms on the 26th-27th.
_HEATWAVE_DAYS = (
    (15.0, 29.0),
    (17.0, 33.0),
    (20.0, 36.5),
    (22.5, HEATWAVE_PEAK_C),
    (21.0, 32.0),
    (17.0, 26.0),
)
_HEATWAVE_DEWPOINT_C = (14.0, 15.0, 16.0, 16.5, 17.0, 15.0)  # assumption (dry continental air)


def heatwave_2019() -> WeatherYear:
    """Six days, 22-27 July 2019, with the 41.5 C Lille-Lesquin record at 16:00 on the 25th.

    The peak (41.5 C, 25 July 2019) is the verified record (escaudain.md s.5); the shape of the
    days around it, the dew points (14-17 C, giving ~20-25 % RH at the peak) and the light E-SE
    wind (2.5 m/s from 120 deg, the continental flow typical of such events) are assumptions.
    The label says so.

    Returns
    -------
    WeatherYear
        144 hourly values starting 22 July 2019 00:00 local standard time; ``synthetic=True``.
    """
    n_days = len(_HEATWAVE_DAYS)
    day = np.repeat(np.arange(n_days), 24)
    # Anchors: each day's minimum at 05:00 and maximum at 16:00, joined by half-cosines, which
    # gives the fast morning rise and slow evening fall of observed hot days. The first and last
    # anchors (the evening before, the morning after) are assumptions like the rest of the shape.
    anchor_h = [-8.0]
    anchor_t = [27.0]
    for d, (tmin, tmax) in enumerate(_HEATWAVE_DAYS):
        anchor_h += [24.0 * d + 5.0, 24.0 * d + 16.0]
        anchor_t += [tmin, tmax]
    anchor_h.append(24.0 * n_days + 5.0)
    anchor_t.append(15.0)
    hours = np.arange(24 * n_days, dtype=float)
    ah, at = np.array(anchor_h), np.array(anchor_t)
    seg = np.searchsorted(ah, hours, side="right") - 1
    frac = (hours - ah[seg]) / (ah[seg + 1] - ah[seg])
    dry_bulb = at[seg] + (at[seg + 1] - at[seg]) * 0.5 * (1.0 - np.cos(np.pi * frac))
    dew = np.array(_HEATWAVE_DEWPOINT_C)[day]
    times = np.datetime64("2019-07-22T00:00", "s") + np.arange(24 * n_days) * np.timedelta64(
        3600, "s"
    )
    return WeatherYear(
        time=times,
        dry_bulb_c=dry_bulb,
        relative_humidity_pct=relative_humidity_from_dewpoint(dry_bulb, dew),
        wind_speed_ms=np.full(len(times), 2.5),
        wind_from_deg=np.full(len(times), 120.0),
        label=(
            "HEAT WAVE 22-27 July 2019, reconstructed: peak 41.5 C at Lille-Lesquin on 25 July "
            "(Meteo-France record); daily shape, humidity and wind are assumptions"
        ),
        synthetic=True,
    )


def with_heatwave(year: WeatherYear, heatwave: WeatherYear | None = None) -> WeatherYear:
    """Return ``year`` with the heat-wave days spliced in at the same calendar dates.

    The heat wave's month/day/hour are matched against ``year``'s timestamps, so the splice
    works whatever calendar year the series uses.

    Raises
    ------
    ValueError
        If ``year`` does not contain the heat wave's dates.
    """
    hw = heatwave if heatwave is not None else heatwave_2019()
    year_key = _month_day_hour(year.time)
    hw_key = _month_day_hour(hw.time)
    index = {int(k): i for i, k in enumerate(year_key)}
    try:
        rows = np.array([index[int(k)] for k in hw_key])
    except KeyError as exc:
        raise ValueError(
            f"weather series {year.label!r} does not cover the heat-wave dates"
        ) from exc
    fields = {}
    for name in ("dry_bulb_c", "relative_humidity_pct", "wind_speed_ms", "wind_from_deg"):
        values = np.array(getattr(year, name), dtype=float, copy=True)
        values[rows] = getattr(hw, name)
        fields[name] = values
    return dataclasses.replace(year, label=f"{year.label} + {hw.label}", **fields)


def _month_day_hour(times: np.ndarray) -> np.ndarray:
    months = times.astype("datetime64[M]")
    month = months.astype(int) % 12 + 1
    day = (times.astype("datetime64[D]") - months.astype("datetime64[D]")).astype(int) + 1
    hour = (
        times.astype("datetime64[h]") - times.astype("datetime64[D]").astype("datetime64[h]")
    ).astype(int)
    return month * 10000 + day * 100 + hour


def load_default_weather() -> WeatherYear:
    """The bundled default: :func:`synthetic_year` with its default seed (labelled synthetic)."""
    return synthetic_year()
