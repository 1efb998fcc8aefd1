"""Simulated IT load: AI training and inference profiles per data hall, seeded and reproducible.

:func:`simulate_it_load` is a pure, vectorised function of (halls x hours) used both by the
annual plant run (``twin year``) and by :class:`SimulatedSource`, the live source the app uses
when no real feed is connected. Random parts are a counter-based hash of (seed, hall, hour),
not a stateful generator, so the load at a given hour is the same whichever window of hours is
asked for (the live source and the annual run agree).

Profiles (all planning assumptions, not published by the operator):

- ``training``: large synchronous jobs keep the hall near capacity (mean ~92 %), +-1.5 % hourly
  noise; every few days a job ends and the next one starts after a 1-2 h dip to ~60 %.
- ``inference``: follows users: a diurnal cycle (trough ~04:00, plateau 10:00-22:00 local),
  weekends 10 % lower; mean ~65 % of capacity.
- maintenance: every hall has an 8-hour window at 40 % every six weeks, staggered between halls,
  starting 08:00 on a weekday.
- ramp-up (optional): halls come online one after another (``phase_days`` apart), each ramping
  linearly from 10 % to its profile over ``ramp_days``: the commissioning of a phased campus.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from twin.live.plausibility import REASONS, LoadLimits
from twin.live.sources import Clock, LoadSource, Quality, Reading
from twin.model.campus import Campus

TRAINING = "training"
INFERENCE = "inference"


@dataclass(frozen=True)
class RampUp:
    """Phased commissioning: hall i comes online at ``start + i * phase_days``."""

    start: np.datetime64
    phase_days: float = 90.0
    ramp_days: float = 60.0


def default_profiles(campus: Campus) -> dict[str, str]:
    """Profile per data hall: the largest halls train, the others serve inference (assumption)."""
    halls = campus.data_halls
    biggest = max(b.it_capacity_mw for b in halls)
    return {b.id: TRAINING if b.it_capacity_mw >= biggest else INFERENCE for b in halls}


def _splitmix64(x: np.ndarray) -> np.ndarray:
    # Counter-based hash (Steele et al. 2014, SplitMix64); uint64 arithmetic wraps by design.
    x = x + np.uint64(0x9E3779B97F4A7C15)
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _uniform(seed: int, hall: np.ndarray, key: np.ndarray, stream: int) -> np.ndarray:
    """Uniform [0, 1) numbers, a pure function of (seed, hall, key, stream)."""
    h = np.asarray(hall, dtype=np.uint64)
    k = np.asarray(key, dtype=np.int64).astype(np.uint64)
    mixed = _splitmix64(
        h * np.uint64(0x100000001B3) + np.uint64(seed & 0xFFFFFFFF) + np.uint64(stream << 40)
    )
    mixed = _splitmix64(mixed ^ k)
    return (mixed >> np.uint64(11)).astype(np.float64) / float(1 << 53)


def _normal(seed: int, hall: np.ndarray, key: np.ndarray, stream: int) -> np.ndarray:
    u1 = _uniform(seed, hall, key, stream)
    u2 = _uniform(seed, hall, key, stream + 1)
    return np.sqrt(-2.0 * np.log1p(-u1)) * np.cos(2.0 * np.pi * u2)


def simulate_it_load(
    capacities_mw: Sequence[float] | np.ndarray,
    profiles: Sequence[str],
    times: np.ndarray,
    *,
    seed: int = 7,
    ramp_up: RampUp | None = None,
) -> np.ndarray:
    """IT load per hall and hour, MW, shape (B, T).

    Parameters
    ----------
    capacities_mw
        Design IT capacity per hall (B,).
    profiles
        :data:`TRAINING` or :data:`INFERENCE` per hall.
    times
        Hour starts, ``datetime64`` (T,), local time; only the whole hour is used.
    seed
        Seed of the hash; the same seed gives the same loads at the same hours.
    ramp_up
        Phased commissioning, or ``None`` for a campus in full operation.

    Returns
    -------
    numpy.ndarray
        Loads, never negative, at most the capacity.
    """
    cap = np.asarray(capacities_mw, dtype=float)[:, None]
    n_b = cap.shape[0]
    if len(profiles) != n_b:
        raise ValueError(f"{len(profiles)} profiles for {n_b} halls")
    unknown = sorted(set(profiles) - {TRAINING, INFERENCE})
    if unknown:
        raise ValueError(f"unknown load profiles {unknown}; use {TRAINING!r} or {INFERENCE!r}")
    hours = np.asarray(times).astype("datetime64[h]").astype(np.int64)[None, :]  # hours since 1970
    hall = np.arange(n_b, dtype=np.int64)[:, None]
    hour_of_day = hours % 24
    day = hours // 24
    weekday = (day + 3) % 7  # 1970-01-01 was a Thursday; 0 = Monday

    # Training: near capacity; a job change (1-2 h dip) on ~1 day in 4, at a hashed hour.
    training = 0.925 + 0.015 * _normal(seed, hall, hours, 0)
    job_change_day = _uniform(seed, hall, day, 2) < 0.25
    change_hour = np.floor(_uniform(seed, hall, day, 3) * 23).astype(np.int64)
    dip = job_change_day & (
        (hour_of_day == change_hour)
        | ((hour_of_day == change_hour + 1) & (_uniform(seed, hall, day, 4) < 0.5))
    )
    training = np.where(dip, 0.6 + 0.05 * _normal(seed, hall, hours, 5), training)

    # Inference: diurnal users' cycle, lower at weekends.
    phase = 2.0 * np.pi * (hour_of_day - 16.0) / 24.0
    diurnal = 0.5 * (1.0 + np.cos(phase))  # 1 at 16:00, 0 at 04:00
    plateau = np.clip(1.4 * diurnal, 0.0, 1.0)
    inference = (0.42 + 0.33 * plateau) * np.where(weekday >= 5, 0.9, 1.0) + 0.03 * _normal(
        seed, hall, hours, 6
    )

    is_training = np.array([p == TRAINING for p in profiles])[:, None]
    frac = np.where(is_training, training, inference)

    # Maintenance: an 8 h window at 40 % every 6 weeks, staggered by a week between halls.
    week = (day + 3) // 7  # weeks since Monday 1969-12-29
    in_window = (
        ((week + hall) % 6 == 0) & (weekday == (hall % 5)) & (hour_of_day >= 8) & (hour_of_day < 16)
    )
    frac = np.where(in_window, np.minimum(frac, 0.4), frac)

    if ramp_up is not None:
        start_h = np.asarray(ramp_up.start).astype("datetime64[h]").astype(np.int64)
        online_h = start_h + (hall * ramp_up.phase_days * 24.0).astype(np.int64)
        progress = np.clip((hours - online_h) / (ramp_up.ramp_days * 24.0), 0.0, 1.0)
        frac = np.where(hours < online_h, 0.0, frac * (0.1 + 0.9 * progress))

    return np.clip(frac, 0.0, 1.0) * cap


def simulate_campus_load(
    campus: Campus,
    times: np.ndarray,
    *,
    seed: int = 7,
    profiles: Mapping[str, str] | None = None,
    ramp_up: RampUp | None = None,
) -> tuple[tuple[str, ...], np.ndarray]:
    """:func:`simulate_it_load` for every data hall of ``campus``; returns (ids, loads (B, T))."""
    halls = campus.data_halls
    chosen = dict(default_profiles(campus))
    chosen.update(profiles or {})
    ids = tuple(b.id for b in halls)
    loads = simulate_it_load(
        [b.it_capacity_mw for b in halls],
        [chosen[i] for i in ids],
        times,
        seed=seed,
        ramp_up=ramp_up,
    )
    return ids, loads


class SimulatedSource(LoadSource):
    """Live source that plays :func:`simulate_it_load` against the clock, no thread needed.

    Simulated time starts at ``start_time`` when :meth:`start` is called and runs ``speed``
    times faster than the wall clock; loads are interpolated linearly between hours so charts
    move smoothly. Readings are always fresh (quality good) while started.

    Parameters
    ----------
    campus
        Supplies the halls, their capacities and default profiles.
    start_time
        Simulated time at start (local ``datetime64``); now when omitted.
    speed
        Simulated seconds per wall-clock second.
    seed, profiles, ramp_up
        As for :func:`simulate_campus_load`.
    clock
        Monotonic clock (injectable for tests).
    """

    kind = "simulated"

    def __init__(
        self,
        campus: Campus,
        *,
        start_time: np.datetime64 | None = None,
        speed: float = 1.0,
        seed: int = 7,
        profiles: Mapping[str, str] | None = None,
        ramp_up: RampUp | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        halls = campus.data_halls
        super().__init__(tuple(b.id for b in halls), clock=clock)
        chosen = dict(default_profiles(campus))
        chosen.update(profiles or {})
        self._capacities = np.array([b.it_capacity_mw for b in halls])
        # The same check as replay and MQTT: a simulated load can never be refused by
        # construction (0 <= load <= capacity), the counter proves it stays so.
        self._limits = LoadLimits({b.id: b.it_capacity_mw for b in halls})
        self._rejected: dict[str, int] = {}
        self._profiles = [chosen[b] for b in self.building_ids]
        self._seed = seed
        self._ramp = ramp_up
        self.speed = float(speed)
        self._start_time = start_time
        self._t0: float | None = None
        self._sim_t0 = np.datetime64("now", "s")
        self._samples = 0

    def start(self) -> None:
        """Start the simulated clock."""
        self._sim_t0 = np.datetime64(self._start_time or np.datetime64("now", "s"), "s")
        self._t0 = self.clock()

    def stop(self) -> None:
        """Stop: :meth:`latest` returns nothing until started again."""
        self._t0 = None

    def simulated_time(self) -> np.datetime64:
        """Current simulated time (``datetime64[s]``)."""
        elapsed = 0.0 if self._t0 is None else (self.clock() - self._t0) * self.speed
        return self._sim_t0 + np.timedelta64(int(elapsed), "s")

    def latest(self) -> dict[str, Reading]:
        """Loads at the current simulated time, interpolated between hours."""
        if self._t0 is None:
            return {}
        now = self.simulated_time()
        hour0 = now.astype("datetime64[h]")
        frac = float((now - hour0.astype("datetime64[s]")).astype(np.int64)) / 3600.0
        pair = np.array([hour0, hour0 + np.timedelta64(1, "h")])
        loads = simulate_it_load(
            self._capacities, self._profiles, pair, seed=self._seed, ramp_up=self._ramp
        )
        values = loads[:, 0] * (1.0 - frac) + loads[:, 1] * frac
        self._samples += 1
        stamp = float(now.astype(np.int64))
        codes = self._limits.classify(self.building_ids, values[:, None])[:, 0]
        for code in codes[codes != 0]:
            self._rejected[REASONS[code]] = self._rejected.get(REASONS[code], 0) + 1
        return {
            b: Reading(b, float(v), stamp, 0.0, Quality.GOOD.value)
            for b, v, code in zip(self.building_ids, values, codes, strict=True)
            if code == 0
        }

    @property
    def counters(self) -> dict[str, int]:
        """``accepted``: samples produced; ``rejected`` by the shared plausibility check (stays 0)."""
        out = {"accepted": self._samples, "rejected": sum(self._rejected.values())}
        out.update({f"rejected:{k}": v for k, v in sorted(self._rejected.items())})
        return out

    @property
    def status(self) -> str:
        """``simulated x<speed>, <simulated time>`` or ``simulated (stopped)``."""
        if self._t0 is None:
            return "simulated (stopped)"
        return f"simulated x{self.speed:g}, {self.simulated_time()}"
