"""French rules on plant noise at homes: ICPE emergence, property-line limits, tonal noise.

Arrêté du 23 janvier 1997 (ICPE, installations classées), as summarised in
shared/domain/escaudain.md s.6 (tag V):

- the *emergence* ``E = L_ambient - L_residual`` (ambient with the plant running, residual
  without it) at homes may not exceed **6 dB(A) by day (7-22 h) and 4 dB(A) at night (22-7 h)**
  where the ambient is above 35 and at most 45 dB(A); **5 / 3 dB(A)** where the ambient is above
  45 dB(A); **no emergence criterion** where the ambient is 35 dB(A) or less;
- at the property line the plant's level may not exceed 70 dB(A) by day and 60 dB(A) at night;
- tonal noise: a one-third-octave band exceeding its four neighbours (two below, two above) by
  10 dB or more (50-315 Hz; 5 dB at 400 Hz-8 kHz) may not last more than 30 % of the period.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DAY = "day"
NIGHT = "night"
PROPERTY_LINE_LIMIT_DBA = {DAY: 70.0, NIGHT: 60.0}
"""Property-line limits, dB(A) (arrêté 23 Jan 1997)."""


def emergence_limit_db(ambient_dba: float, period: str) -> float | None:
    """The admissible emergence, dB(A), for an ambient level and period; None: no criterion.

    >>> emergence_limit_db(40.0, "night"), emergence_limit_db(50.0, "day"), emergence_limit_db(34.0, "day")
    (4.0, 5.0, None)
    """
    if period not in (DAY, NIGHT):
        raise ValueError(f"period must be 'day' or 'night', not {period!r}")
    if ambient_dba <= 35.0:
        return None
    if ambient_dba <= 45.0:
        return 6.0 if period == DAY else 4.0
    return 5.0 if period == DAY else 3.0


def energy_add_db(*levels: float) -> float:
    """``10 lg sum 10^(L/10)``."""
    return float(10.0 * np.log10(np.sum(10.0 ** (np.asarray(levels, float) / 10.0))))


@dataclass(frozen=True)
class EmergenceCheck:
    """The ICPE check at one receptor for one period.

    ``margin_db`` is limit minus emergence (positive: within the rule); None when there is no
    criterion (ambient <= 35 dB(A)), then ``passed`` is True.
    """

    period: str
    plant_dba: float
    residual_dba: float
    ambient_dba: float
    emergence_db: float
    limit_db: float | None
    margin_db: float | None
    passed: bool
    regime: str
    """``"no criterion (ambient <= 35 dB(A))"``, ``"35-45 dB(A)"`` or ``"above 45 dB(A)"``."""


def check_emergence(plant_dba: float, residual_dba: float, period: str) -> EmergenceCheck:
    """Ambient = residual (+) plant (energy sum); emergence and the ICPE verdict."""
    ambient = energy_add_db(plant_dba, residual_dba)
    emergence = ambient - residual_dba
    limit = emergence_limit_db(ambient, period)
    if limit is None:
        regime = "no criterion (ambient <= 35 dB(A))"
        return EmergenceCheck(period, plant_dba, residual_dba, ambient, emergence, None, None, True, regime)
    regime = "35-45 dB(A)" if ambient <= 45.0 else "above 45 dB(A)"
    margin = limit - emergence
    return EmergenceCheck(period, plant_dba, residual_dba, ambient, emergence, limit, margin, bool(margin >= 0.0), regime)


def tonal_bands(thirds_db: np.ndarray, centres_hz: np.ndarray) -> list[float]:
    """One-third-octave bands that stand out as tonal (ICPE criterion), their centre frequencies.

    A band k is tonal when ``L_k - max(L_{k-2}, L_{k-1}, L_{k+1}, L_{k+2}) >= 10`` dB for
    50-315 Hz (5 dB from 400 Hz); bands without two neighbours on each side are not tested.
    """
    levels = np.asarray(thirds_db, float)
    out = []
    for k in range(2, len(levels) - 2):
        neighbours = np.concatenate([levels[k - 2 : k], levels[k + 1 : k + 3]])
        threshold = 10.0 if centres_hz[k] <= 315.0 else 5.0
        if levels[k] - neighbours.max() >= threshold:
            out.append(float(centres_hz[k]))
    return out
