"""The twin's one calendar year, shared by the window, the commands and the heat wave.

The campus is announced for service around 2030, so the twin plays 2030: the window's clock
starts in 2030, ``twin year`` reports its hours in 2030, and a weather series from another
calendar year (the synthetic 2025 year, an EPW typical year, the July 2019 heat wave) is played
by month, day and hour on the 2030 calendar. The IT load, which depends on the weekday, is
therefore the same in the window and in ``twin year`` at the same hour.
"""

from __future__ import annotations

import numpy as np

TWIN_YEAR = 2030
"""Announced commissioning year (escaudain.md s.1)."""


def in_twin_year(times: np.ndarray) -> np.ndarray:
    """``times`` (datetime64) moved to :data:`TWIN_YEAR` by month, day, hour, minute, second.

    29 February (leap-year series) has no 2030 day: it is played as a second 28 February.
    """
    t = np.asarray(times).astype("datetime64[s]")
    year_start = t.astype("datetime64[Y]")
    offset = t - year_start.astype("datetime64[s]")
    years = year_start.astype(np.int64) + 1970
    leap = (years % 4 == 0) & ((years % 100 != 0) | (years % 400 == 0))
    # Past 28 February of a leap year, drop the extra day so the month and day keep their names.
    feb29 = np.timedelta64(59 * 86400, "s")
    offset = np.where(leap & (offset >= feb29), offset - np.timedelta64(86400, "s"), offset)
    return np.datetime64(f"{TWIN_YEAR}-01-01T00:00:00", "s") + offset
