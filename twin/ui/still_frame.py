"""FXAA on the frames that stay on screen, not on the frames of a moving camera.

FXAA (fast approximate antialiasing, a full-window post-process) is the largest single cost of
a frame on Mesa's llvmpipe: measured with ``twin bench --render`` on this project's 2-core
machine, a 1280x720 frame with the temperature slice and the plume costs about 50 ms of
processor time without it and about twice that with it. A frame that the next one replaces
within 33 ms, because the camera is turning, does not need it. So the viewport draws the frames
of a moving camera without FXAA and, once the camera has been still for
:data:`STILL_AFTER_MS`, draws the same picture once more with it; frames drawn for anything else
while the camera is still (a new solver field four times a second, the live labels) have FXAA
at once. Snapshots, videos and the window screenshot render with FXAA always
(:mod:`twin.render.snapshot`, :meth:`twin.ui.viewport.Viewport.grab_image`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

STILL_AFTER_MS = 300
"""The camera is still once it has not moved for this long: ten frames of a 30 fps drag, so a
drag's pauses between mouse moves do not each pay for FXAA, and short enough that the sharp
frame follows the end of a drag at once."""


class StillFrameAntialiasing(QObject):
    """Knows whether the camera is moving; calls ``draw_still`` once it has been still for :data:`STILL_AFTER_MS`.

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

    def camera_moved(self) -> None:
        """The camera moved (the viewport noticed before drawing a frame): frames are plain until it rests."""
        if not self.held:
            self._timer.start()

    def moving(self) -> bool:
        """Whether the camera is moving: dragged, or moved less than :data:`STILL_AFTER_MS` ago."""
        return self.held or self._timer.isActive()

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
