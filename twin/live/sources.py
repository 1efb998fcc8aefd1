"""The interface every IT-load source implements, and the thread-safe store they share.

A load source (simulated, file replay, MQTT) produces, per data hall, the latest IT load in MW
with the time it refers to and a quality flag. The GUI's frame clock and the solver thread only
ever call :meth:`LoadSource.latest`, :attr:`LoadSource.status` and :attr:`LoadSource.counters`;
those are cheap, never block on the network and are safe from any thread.

Staleness: a reading is *stale* when it has not been refreshed for ``stale_after_s`` seconds,
measured on this computer's monotonic clock from the moment it was received. The publisher's own
timestamp is kept (:attr:`Reading.timestamp`) but not used for staleness, so a publisher whose
clock is off does not make every value look stale or fresh.
"""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from types import TracebackType

Clock = Callable[[], float]
"""A function returning seconds from a monotonic origin (``time.monotonic`` by default)."""


class Quality(StrEnum):
    """Quality of a reading as shown to the user."""

    GOOD = "good"
    STALE = "stale"
    """Not refreshed within the source's ``stale_after_s``."""


@dataclass(frozen=True)
class Reading:
    """The latest IT load of one building.

    Attributes
    ----------
    building_id
        Id of the data hall in the campus model.
    load_mw
        IT load, MW.
    timestamp
        Time the value refers to, Unix seconds (the publisher's clock, or the replayed/simulated
        time).
    age_s
        Seconds since the value was received (monotonic clock), or since its time in a replay.
    quality
        :class:`Quality` value as a string.
    """

    building_id: str
    load_mw: float
    timestamp: float
    age_s: float
    quality: str = Quality.GOOD.value

    @property
    def stale(self) -> bool:
        """True when the reading is older than the source's staleness limit."""
        return self.quality == Quality.STALE.value


class LoadSource(ABC):
    """Base class of IT-load sources: start, stop, latest readings, status, counters.

    Subclasses fill :attr:`store` (or override :meth:`latest`). Usable as a context manager
    (``with source: ...`` starts and stops it).
    """

    kind: str = "source"
    """Short name of the kind of source ("simulated", "replay", "mqtt")."""

    def __init__(
        self,
        building_ids: tuple[str, ...],
        *,
        stale_after_s: float = 10.0,
        clock: Clock = time.monotonic,
    ) -> None:
        self.building_ids = tuple(building_ids)
        self.stale_after_s = float(stale_after_s)
        self.clock = clock
        self.store = ReadingStore(clock=clock)

    @abstractmethod
    def start(self) -> None:
        """Begin producing readings (returns at once; work happens in the background)."""

    @abstractmethod
    def stop(self) -> None:
        """Stop producing readings and release threads and sockets; idempotent."""

    def latest(self) -> dict[str, Reading]:
        """Latest reading per building id (buildings never heard from are absent)."""
        return self.store.latest(self.stale_after_s)

    def loads_mw(self, default: float = 0.0) -> dict[str, float]:
        """Latest load per building of :attr:`building_ids`, ``default`` when none arrived."""
        readings = self.latest()
        return {b: readings[b].load_mw if b in readings else default for b in self.building_ids}

    @property
    def counters(self) -> dict[str, int]:
        """Message counts: ``accepted``, ``rejected`` and ``rejected:<reason>`` per reason."""
        return self.store.counters()

    @property
    @abstractmethod
    def status(self) -> str:
        """One line for the status bar (connected, reconnecting, replay position...)."""

    def __enter__(self) -> LoadSource:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class ReadingStore:
    """Last value per building plus accept/reject counters, guarded by one lock.

    Writers are the network or replay threads; readers are the GUI and solver threads. Every
    method holds the lock only to copy small dicts, so readers never wait for I/O.
    """

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._values: dict[str, tuple[float, float, float]] = {}  # id -> (MW, timestamp, received)
        self._accepted = 0
        self._rejected: Counter[str] = Counter()

    def accept(self, building_id: str, load_mw: float, timestamp: float) -> None:
        """Record a valid reading received now."""
        now = self._clock()
        with self._lock:
            self._values[building_id] = (float(load_mw), float(timestamp), now)
            self._accepted += 1

    def timestamp_of(self, building_id: str) -> float | None:
        """Time of the last accepted reading of ``building_id`` (Unix s), or ``None``."""
        with self._lock:
            value = self._values.get(building_id)
        return None if value is None else value[1]

    def reject(self, reason: str, count: int = 1) -> None:
        """Count ``count`` rejected messages under ``reason`` (e.g. ``malformed_json``)."""
        with self._lock:
            self._rejected[reason] += count

    def latest(self, stale_after_s: float) -> dict[str, Reading]:
        """Readings with their age and stale flag at the current clock time."""
        now = self._clock()
        with self._lock:
            values = dict(self._values)
        out = {}
        for building_id, (load, stamp, received) in values.items():
            age = max(0.0, now - received)
            quality = Quality.STALE if age > stale_after_s else Quality.GOOD
            out[building_id] = Reading(building_id, load, stamp, age, quality.value)
        return out

    def counters(self) -> dict[str, int]:
        """``accepted``, ``rejected`` (total) and ``rejected:<reason>`` counts."""
        with self._lock:
            out = {"accepted": self._accepted, "rejected": sum(self._rejected.values())}
            out.update({f"rejected:{k}": v for k, v in sorted(self._rejected.items())})
        return out

    def rejected_by_reason(self) -> dict[str, int]:
        """Rejections per reason."""
        with self._lock:
            return dict(self._rejected)

    def clear(self) -> None:
        """Forget values and counts."""
        with self._lock:
            self._values.clear()
            self._accepted = 0
            self._rejected.clear()
