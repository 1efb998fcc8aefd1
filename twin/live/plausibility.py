"""One plausibility check for every IT load that reaches the twin: replay, MQTT and simulated.

A load read from a file or a broker may be well-formed and still absurd: 1e308 MW turns the
campus PUE and the heat given to the airflow solver into NaN, 1,000 MW in a 100 MW hall gives a
158 C supply. Every source therefore passes its values through :func:`classify` and counts what
it refuses under the reason it returns:

=================  =================================================================
reason             when
=================  =================================================================
unknown_building   the building id is not a data hall of the campus
not_finite         the load or its time is NaN or infinite
out_of_range       the load is negative or above ``max_load_factor`` x the hall's capacity
out_of_order       the time is earlier than the last accepted time of that hall
=================  =================================================================

``max_load_factor`` defaults to 1.5: a hall briefly above its design IT capacity is possible
(design figures are nominal, meters have offsets), 50 % above it is a unit or wiring mistake.
Equal times are accepted (a broker re-sends retained values after a reconnect).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

DEFAULT_MAX_LOAD_FACTOR = 1.5

ACCEPTED = 0
REASONS = ("accepted", "unknown_building", "not_finite", "out_of_range", "out_of_order")
"""Index = the code returned by :meth:`LoadLimits.classify`; 0 means accepted."""
UNKNOWN_BUILDING, NOT_FINITE, OUT_OF_RANGE, OUT_OF_ORDER = 1, 2, 3, 4


@dataclass(frozen=True)
class LoadLimits:
    """The plausible loads of a campus's data halls.

    Attributes
    ----------
    capacities_mw
        Design IT capacity per data-hall id, MW.
    max_load_factor
        Loads above this multiple of the capacity are refused as ``out_of_range``.
    order_tolerance_s
        A time earlier than the last accepted one by at most this much is still accepted.
        0 for a recording; MQTT uses 1 s, because a message without its own timestamp is
        stamped with the receive time while the next may carry the publisher's, in whole ms.
    """

    capacities_mw: Mapping[str, float]
    max_load_factor: float = DEFAULT_MAX_LOAD_FACTOR
    order_tolerance_s: float = 0.0
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {b: i for i, b in enumerate(self.capacities_mw)})

    def classify(
        self,
        building_ids: Sequence[str],
        loads_mw: np.ndarray,
        times_s: np.ndarray | None = None,
        previous_s: np.ndarray | None = None,
    ) -> np.ndarray:
        """Reason code per sample (0 = accepted; see :data:`REASONS`).

        Parameters
        ----------
        building_ids
            The hall of each row (B,).
        loads_mw
            Loads (B, T), MW; NaN means "no sample" and is left alone (code 0).
        times_s
            Times of the columns (T,) or per sample (B, T), Unix seconds; ``None`` skips the
            time checks.
        previous_s
            Last accepted time per row (B,) before the first column, or ``None``; within a
            row, times must not decrease.

        Returns
        -------
        numpy.ndarray
            ``int8`` codes, shape (B, T).
        """
        loads = np.asarray(loads_mw, dtype=float)
        loads = loads.reshape(len(building_ids), -1)
        present = ~np.isnan(loads)
        codes = np.zeros(loads.shape, dtype=np.int8)
        capacity = np.array([self.capacities_mw.get(b, np.nan) for b in building_ids], dtype=float)[:, None]
        with np.errstate(invalid="ignore"):
            too_big = loads > self.max_load_factor * capacity
        codes[present & ((loads < 0) | too_big)] = OUT_OF_RANGE
        if times_s is not None:
            times = np.broadcast_to(np.asarray(times_s, dtype=float), loads.shape)
            before = np.concatenate(
                [
                    np.full((loads.shape[0], 1), -np.inf) if previous_s is None
                    else np.asarray(previous_s, dtype=float).reshape(-1, 1),
                    np.where(present, times, -np.inf)[:, :-1],
                ],
                axis=1,
            )
            # The last time accepted so far in each row, carried over the gaps.
            before = np.maximum.accumulate(np.nan_to_num(before, nan=-np.inf), axis=1)
            codes[present & (times < before - self.order_tolerance_s)] = OUT_OF_ORDER
            codes[present & ~np.isfinite(times)] = NOT_FINITE
        codes[np.isinf(loads)] = NOT_FINITE
        codes[present & np.isnan(capacity)] = UNKNOWN_BUILDING
        return codes

    def check(self, building_id: str, load_mw: float, time_s: float | None = None, previous_s: float | None = None) -> str | None:
        """The reason one reading is refused, or ``None`` if it is plausible (same rules as :meth:`classify`)."""
        if load_mw != load_mw:  # NaN: a source never means "no sample" by sending a reading
            return REASONS[NOT_FINITE]
        code = self.classify(
            [building_id],
            np.array([[load_mw]]),
            None if time_s is None else np.array([time_s]),
            None if previous_s is None else np.array([previous_s]),
        )[0, 0]
        return None if code == ACCEPTED else REASONS[code]


def count_reasons(codes: np.ndarray) -> dict[str, int]:
    """``{reason: count}`` of the refused codes in ``codes`` (reasons with a zero count left out)."""
    counts = np.bincount(np.asarray(codes, dtype=np.int64).ravel(), minlength=len(REASONS))
    return {REASONS[i]: int(n) for i, n in enumerate(counts) if i != ACCEPTED and n}
