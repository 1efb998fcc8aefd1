"""A minimal, Qt-free observable: callbacks subscribed to a named event.

Models emit events; render adapters and widgets subscribe and must disconnect on close.
Qt signals are deliberately not used here so the model layer runs without a QApplication.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Callback = Callable[..., Any]


class EventEmitter:
    """Hold callbacks and call them in subscription order.

    Examples
    --------
    >>> events = EventEmitter()
    >>> seen = []
    >>> events.connect(seen.append)
    >>> events.emit("moved")
    >>> seen
    ['moved']
    """

    def __init__(self) -> None:
        self._callbacks: list[Callback] = []

    def connect(self, callback: Callback) -> None:
        """Subscribe ``callback``; subscribing twice has no further effect."""
        if callback not in self._callbacks:
            self._callbacks.append(callback)

    def disconnect(self, callback: Callback) -> None:
        """Unsubscribe ``callback``; unknown callbacks are ignored."""
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *args: Any, **kwargs: Any) -> None:
        """Call every subscriber with the given arguments."""
        for callback in list(self._callbacks):
            callback(*args, **kwargs)

    def __len__(self) -> int:
        return len(self._callbacks)
