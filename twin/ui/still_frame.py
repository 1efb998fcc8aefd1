"""FXAA on the frame that stays on screen, not on the frames that stream past.

FXAA (fast approximate antialiasing, a full-window post-process) is the largest single cost of
a frame on Mesa's llvmpipe: measured with ``twin bench --render`` on this project's 2-core
machine, a 1280x720 frame with the temperature slice and the plume costs about 50 ms of
processor time without it and about twice that with it. A frame that is replaced within a
fraction of a second (the camera is turning, a new solver field arrives four times a second)
does not need it; the frame a planner looks at does. So the viewport draws every frame
without FXAA and, once nothing has asked for a new frame for :data:`STILL_AFTER_MS`, draws the
same picture once more with it. Snapshots, videos and the window screenshot render with FXAA
always (:mod:`twin.render.snapshot`, :meth:`twin.ui.viewport.Viewport.grab_image`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

STILL_AFTER_MS = 300
"""A frame is still once no other has followed it for this long: longer than the window's
overlay tick (250 ms, :data:`twin.ui.main_window.OVERLAY_TICK_MS`), so a streaming field does
not pay for FXAA at every update, and short enough that the sharp frame follows a drag at once."""


class StillFrameAntialiasing(QObject):
    """Calls ``draw_still`` once the view has not been redrawn for :data:`STILL_AFTER_MS`.

    Parameters
    ----------
    draw_still
        Draws the current picture with FXAA (the viewport's ``render_now(antialiased=True)``).
    parent
        The owning widget (the timer dies with it).
    """

    def __init__(self, draw_still: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draw_still = draw_still
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STILL_AFTER_MS)
        self._timer.timeout.connect(self._on_still)
        self.held = False
        """True while the camera is dragged: the drag's frames keep coming, none is still."""
        self.still_frames = 0
        """Antialiased frames drawn so far."""

    def frame_drawn(self) -> None:
        """A frame without FXAA was drawn: it becomes the still one if none follows it."""
        if not self.held:
            self._timer.start()

    def hold(self, held: bool) -> None:
        """Hold off (``True``, a drag starts) or allow again (``False``, it ended) the still frame."""
        self.held = held
        if held:
            self._timer.stop()
        else:
            self._timer.start()

    def pending(self) -> bool:
        """Whether a still frame is due (tests)."""
        return self._timer.isActive()

    def stop(self) -> None:
        """No more still frames (the viewport is closing)."""
        self._timer.stop()

    def _on_still(self) -> None:
        if not self.held:
            self.still_frames += 1
            self._draw_still()
