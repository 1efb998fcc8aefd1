"""Preallocated numpy ring buffers for the charts' scrolling history.

The charts redraw at the frame clock's rate from arrays written in place (pyqtgraph's
``scrollingPlots`` pattern, conventions.md #7): appending never allocates, and
:meth:`RingBuffer.view` returns the samples in time order, oldest first, ready for ``setData``.
A lock makes appends (load-source or solver thread) and views (GUI thread) safe together.
"""

from __future__ import annotations

import threading

import numpy as np


class RingBuffer:
    """Fixed-capacity history of timestamped samples with ``channels`` values each.

    Parameters
    ----------
    capacity
        Number of samples kept; older samples are overwritten.
    channels
        Values per sample (e.g. one per building).
    dtype
        Value type (float64 by default; NaN marks a missing value).

    Examples
    --------
    >>> buf = RingBuffer(3, channels=2)
    >>> for t in range(5):
    ...     buf.append(float(t), [t, 10 * t])
    >>> buf.view()[0].tolist()
    [2.0, 3.0, 4.0]
    """

    def __init__(self, capacity: int, channels: int = 1, dtype: type = np.float64) -> None:
        if capacity < 1 or channels < 1:
            raise ValueError("capacity and channels must be at least 1")
        self.capacity = int(capacity)
        self.channels = int(channels)
        self._t = np.full(self.capacity, np.nan)
        self._v = np.full((self.capacity, self.channels), np.nan, dtype=dtype)
        self._next = 0
        self._count = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self._count

    def append(self, t: float, values: np.ndarray | list[float] | float) -> None:
        """Add one sample at time ``t`` (seconds, any origin), overwriting the oldest when full."""
        row = np.asarray(values, dtype=self._v.dtype).reshape(-1)
        if row.shape[0] != self.channels:
            raise ValueError(f"expected {self.channels} values, got {row.shape[0]}")
        with self._lock:
            self._t[self._next] = t
            self._v[self._next] = row
            self._next = (self._next + 1) % self.capacity
            self._count = min(self._count + 1, self.capacity)

    def extend(self, t: np.ndarray, values: np.ndarray) -> None:
        """Append many samples (``t`` (N,), ``values`` (N, channels)) in one locked copy."""
        t = np.asarray(t, dtype=float).reshape(-1)
        values = np.asarray(values, dtype=self._v.dtype).reshape(len(t), self.channels)
        if len(t) >= self.capacity:
            t, values = t[-self.capacity :], values[-self.capacity :]
        n = len(t)
        with self._lock:
            idx = (self._next + np.arange(n)) % self.capacity
            self._t[idx] = t
            self._v[idx] = values
            self._next = (self._next + n) % self.capacity
            self._count = min(self._count + n, self.capacity)

    def view(self) -> tuple[np.ndarray, np.ndarray]:
        """Copies of (times (N,), values (N, channels)) in time order, oldest first."""
        with self._lock:
            if self._count < self.capacity:
                return self._t[: self._count].copy(), self._v[: self._count].copy()
            order = np.r_[self._next : self.capacity, 0 : self._next]
            return self._t[order], self._v[order]

    def last(self) -> tuple[float, np.ndarray] | None:
        """The newest sample, or ``None`` when empty."""
        with self._lock:
            if self._count == 0:
                return None
            i = (self._next - 1) % self.capacity
            return float(self._t[i]), self._v[i].copy()

    def clear(self) -> None:
        """Drop every sample (the storage is kept)."""
        with self._lock:
            self._t[:] = np.nan
            self._v[:] = np.nan
            self._next = 0
            self._count = 0
