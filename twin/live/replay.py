"""Replay of recorded per-building IT loads at an adjustable speed.

The recording is a :class:`LoadTable` (read from CSV by :func:`twin.io.loadcsv.read_load_csv`;
parsing lives in ``io`` so this layer stays free of file formats). :class:`ReplaySource` maps the
wall clock to a position in the recording, ``speed`` recorded seconds per real second, and
returns for each building its last recorded value at or before that position. No thread: the
position is computed when :meth:`ReplaySource.latest` is called.

Plausibility: given the halls' capacities, every recorded sample goes through
:class:`twin.live.plausibility.LoadLimits` (the check MQTT uses) when the source is built;
refused samples are dropped (the hall keeps its previous value) and counted per reason in
:attr:`ReplaySource.counters`, so a recording with 1e308 MW or 1,000 MW in a 100 MW hall never
reaches the plant model or the solver.

Staleness in a replay is measured in *recorded* time: a building whose last sample is more than
``stale_after_s`` recorded seconds behind the replay position is stale (a gap in the recording),
whatever the replay speed.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from twin.live.plausibility import DEFAULT_MAX_LOAD_FACTOR, LoadLimits, count_reasons
from twin.live.sources import Clock, LoadSource, Quality, Reading


@dataclass(frozen=True, eq=False)
class LoadTable:
    """Recorded IT loads.

    Attributes
    ----------
    times
        Sample times, Unix seconds, strictly increasing (T,).
    building_ids
        Buildings, in the order of the rows of ``loads_mw``.
    loads_mw
        Loads, MW (B, T); NaN where a building has no sample at that time.
    source
        Where the table came from (file name), for the status line.
    """

    times: np.ndarray
    building_ids: tuple[str, ...]
    loads_mw: np.ndarray
    source: str = ""

    def __post_init__(self) -> None:
        if self.loads_mw.shape != (len(self.building_ids), len(self.times)):
            raise ValueError(
                f"loads_mw has shape {self.loads_mw.shape}, expected {(len(self.building_ids), len(self.times))}"
            )
        if len(self.times) == 0:
            raise ValueError("a load table needs at least one sample")
        if np.any(np.diff(self.times) <= 0):
            raise ValueError("load table times must be strictly increasing")

    @property
    def duration_s(self) -> float:
        """Recorded time from the first to the last sample, s."""
        return float(self.times[-1] - self.times[0])

    def last_index(self, valid: np.ndarray | None = None) -> np.ndarray:
        """For every (building, time) the index of the latest usable sample at or before it (-1: none).

        ``valid`` marks the usable samples; by default every non-NaN one.
        """
        if valid is None:
            valid = ~np.isnan(self.loads_mw)
        idx = np.where(valid, np.arange(len(self.times))[None, :], -1)
        return np.maximum.accumulate(idx, axis=1)


class ReplaySource(LoadSource):
    """Plays a :class:`LoadTable` against the clock.

    Parameters
    ----------
    table
        The recording.
    speed
        Recorded seconds per wall-clock second (1 = real time, 3600 = an hour per second).
    loop
        Start again from the beginning after the last sample (else hold the last values).
    stale_after_s
        Recorded-time gap after which a building's value is flagged stale.
    clock
        Monotonic clock (injectable for tests).
    capacities_mw
        Design IT capacity per hall; when given, implausible samples are refused and counted
        (see the module docstring). Without it only non-finite and negative loads are refused.
    max_load_factor
        Loads above this multiple of a hall's capacity are refused.
    """

    kind = "replay"

    def __init__(
        self,
        table: LoadTable,
        *,
        speed: float = 60.0,
        loop: bool = True,
        stale_after_s: float = 3600.0,
        clock: Clock = time.monotonic,
        capacities_mw: Mapping[str, float] | None = None,
        max_load_factor: float = DEFAULT_MAX_LOAD_FACTOR,
    ) -> None:
        super().__init__(table.building_ids, stale_after_s=stale_after_s, clock=clock)
        if speed <= 0:
            raise ValueError("replay speed must be positive")
        self.table = table
        self._speed = float(speed)
        self.loop = loop
        # Without capacities every hall of the table is "known" with an unbounded capacity, so
        # the shared check still refuses non-finite and negative loads.
        limits = LoadLimits(
            dict(capacities_mw) if capacities_mw is not None else dict.fromkeys(table.building_ids, np.inf),
            max_load_factor,
        )
        codes = limits.classify(table.building_ids, table.loads_mw, table.times)
        self.rejected_by_reason = count_reasons(codes)
        """Samples of the recording refused by the plausibility check, per reason."""
        self._last_index = table.last_index(~np.isnan(table.loads_mw) & (codes == 0))
        self._t0: float | None = None
        self._offset = 0.0  # recorded seconds already played before the last speed change
        self._served = 0

    @property
    def speed(self) -> float:
        """Recorded seconds per wall-clock second."""
        return self._speed

    @speed.setter
    def speed(self, value: float) -> None:
        # Keep the current position when the speed changes: fold elapsed time into the offset.
        if value <= 0:
            raise ValueError("replay speed must be positive")
        if self._t0 is not None:
            now = self.clock()
            self._offset += (now - self._t0) * self._speed
            self._t0 = now
        self._speed = float(value)

    def start(self) -> None:
        """Start (or restart) from the beginning of the recording."""
        self._t0 = self.clock()
        self._offset = 0.0

    def stop(self) -> None:
        """Stop; :meth:`latest` returns nothing until started again."""
        self._t0 = None

    def position_s(self) -> float:
        """Recorded seconds since the first sample at the current clock time."""
        if self._t0 is None:
            return 0.0
        pos = self._offset + (self.clock() - self._t0) * self._speed
        duration = self.table.duration_s
        if not self.loop or duration <= 0:
            return min(pos, duration)
        # One extra median step per lap so the last sample is shown before wrapping around.
        step = float(np.median(np.diff(self.table.times))) if len(self.table.times) > 1 else 0.0
        return pos % (duration + step)

    def latest(self) -> dict[str, Reading]:
        """Last recorded value per building at the replay position."""
        if self._t0 is None:
            return {}
        t = self.table.times[0] + self.position_s()
        col = int(np.searchsorted(self.table.times, t, side="right")) - 1
        col = max(col, 0)
        out = {}
        for i, b in enumerate(self.table.building_ids):
            j = int(self._last_index[i, col])
            if j < 0:
                continue
            age = float(t - self.table.times[j])
            quality = Quality.STALE if age > self.stale_after_s else Quality.GOOD
            out[b] = Reading(
                b, float(self.table.loads_mw[i, j]), float(self.table.times[j]), age, quality.value
            )
        self._served += 1
        return out

    @property
    def counters(self) -> dict[str, int]:
        """``accepted``: readings served; ``rejected`` (and per reason): samples of the recording refused."""
        out = {"accepted": self._served, "rejected": sum(self.rejected_by_reason.values())}
        out.update({f"rejected:{k}": v for k, v in sorted(self.rejected_by_reason.items())})
        return out

    @property
    def status(self) -> str:
        """``replay <file> x<speed> at <recorded time> (<percent>)``."""
        if self._t0 is None:
            return f"replay {self.table.source} (stopped)"
        pos = self.position_s()
        when = np.datetime64(int(self.table.times[0] + pos), "s")
        pct = 100.0 * pos / self.table.duration_s if self.table.duration_s > 0 else 100.0
        return f"replay {self.table.source} x{self._speed:g} at {when} ({min(pct, 100.0):.0f} %)"
