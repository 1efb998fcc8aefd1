"""The 3-D viewport: a VTK render window inside a Qt widget, driven by one frame clock.

The widget composes :class:`QVTKRenderWindowInteractor` (it does not inherit from it). Renders
are requested with :meth:`Viewport.request_render` and performed by a ~30 Hz timer only when
something changed: a requested frame whose scene, camera and window are exactly as last drawn
(:func:`twin.render.scene.scene_stamp`) is skipped, so a periodic request (the plant's five
ticks a second) costs nothing when nothing moved. While the camera is dragged the frames are
drawn without FXAA (half of a 720p frame on llvmpipe), and an antialiased frame follows once
the camera has stopped; a frame drawn for anything else (a new field, live labels) with the
camera still is antialiased at once (:mod:`twin.ui.still_frame`); the timer stops and a guard is set before the render window is finalized,
since a ``Render()`` after ``Finalize()`` segfaults on X (see ``shared/design/headless.md``).

Mouse events are read from Qt (an event filter on the VTK widget, since the trackball style
grabs the interactor on press and VTK observers never see the release) and handed to the
active editing tool (:mod:`twin.ui.tools`); what the tool does not use goes on to the camera.
VTK's own key bindings that change the scene (``w`` wireframe, ``s`` surface, ``r`` reset the
camera, ``e``/``q`` quit, ``3`` stereo, ``f`` fly to, ``p`` pick...) are switched off: the
window's actions own the keyboard.

Under Qt's ``offscreen`` platform the stock interactor gives a black image or crashes; there
the render window is an EGL window whose ``SetWindowInfo`` is ignored, so VTK renders
offscreen while Qt thinks it owns a native window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from twin.model.campus import Campus
from twin.render.scene import CampusScene, Caption, scene_stamp
from twin.render.snapshot import capture
from twin.render.vtk import vtkInteractorStyleTrackballCamera, vtkRenderer
from twin.ui.still_frame import StillFrameAntialiasing

FRAME_INTERVAL_MS = 33
"""The frame clock: at most ~30 renders per second, and none when nothing changed."""



def _ignore_vtk_key(caller, event_name) -> None:
    """Swallows a key event of the interactor style (see :class:`Viewport`)."""


def _offscreen_platform() -> bool:
    app = QGuiApplication.instance()
    return app is not None and app.platformName() in ("offscreen", "minimal")


def _make_render_window():
    """Return the render window to give the interactor, or ``None`` for VTK's default."""
    if not _offscreen_platform():
        return None
    from vtkmodules.vtkRenderingOpenGL2 import vtkEGLRenderWindow

    class _DetachedEGLRenderWindow(vtkEGLRenderWindow):
        """An EGL window that ignores Qt's native window id: it renders offscreen."""

        def SetWindowInfo(self, info):  # noqa: N802 (VTK's name)
            pass

    window = _DetachedEGLRenderWindow()
    window.SetOffScreenRendering(True)
    return window


class Viewport(QWidget):
    """The campus in 3-D, with picking and the editing tools.

    Left-drag orbits, right-drag zooms, middle-drag pans (trackball camera). What a click or a
    drag on a building does is up to the active tool (:meth:`set_tool`): the select tool
    selects on click and moves on Shift-drag.
    """

    building_clicked = Signal(object)
    """A click landed on a building (its id) or on nothing (``None``)."""
    building_drag_moved = Signal(str, float, float)
    """A Shift-drag of a building is under way: id and total (dx, dy) in metres so far."""
    building_drag_finished = Signal(str, float, float)
    """A Shift-drag ended: id and total (dx, dy) in metres."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import vtkmodules.qt

        vtkmodules.qt.PyQtImpl = "PySide6"
        from vtkmodules.qt.QVTKRenderWindowInteractor import QVTKRenderWindowInteractor

        render_window = _make_render_window()
        self._vtk_widget = (
            QVTKRenderWindowInteractor(self, rw=render_window) if render_window is not None else QVTKRenderWindowInteractor(self)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._vtk_widget)

        self.render_window = self._vtk_widget.GetRenderWindow()
        self.render_window.SetMultiSamples(0)
        self.renderer = vtkRenderer()
        self.render_window.AddRenderer(self.renderer)
        self.scene = CampusScene(self.renderer)
        self.caption = Caption(self.renderer)
        self._layout_name: str | None = None
        """The headline's name for the layout (see :meth:`set_layout_name`)."""
        self._interactor = self.render_window.GetInteractor()
        self._style = vtkInteractorStyleTrackballCamera()
        # An observer on the style's key events replaces its OnChar/OnKeyPress handlers
        # (vtkInteractorStyle::ProcessEvents calls one or the other): VTK's built-in keys
        # would turn the scene to wireframe, reset the camera or quit.
        for event_name in ("CharEvent", "KeyPressEvent", "KeyReleaseEvent"):
            self._style.AddObserver(event_name, _ignore_vtk_key)
        self._interactor.SetInteractorStyle(self._style)
        self._style.AddObserver("StartInteractionEvent", lambda *_: self._set_interacting(True))
        self._style.AddObserver("EndInteractionEvent", lambda *_: self._set_interacting(False))
        # Clicks and drags are read from Qt events, before VTK sees them: the trackball style
        # grabs the interactor's focus on press, so VTK observers never see the release.
        self._vtk_widget.installEventFilter(self)
        # Moves without a button reach the tools too (the add tool's outline follows the mouse).
        self._vtk_widget.setMouseTracking(True)
        self.tool = None
        """The active editing tool (see :mod:`twin.ui.tools`), or ``None`` for camera only."""
        self._tool_has_press = False

        self._dirty = True
        self._closed = False
        self.frames_rendered = 0
        self.frames_skipped = 0
        """Requested frames not drawn because nothing had changed since the last one."""
        self._stamp: tuple | None = None
        self._still = StillFrameAntialiasing(lambda: self.render_now(antialiased=True), self)
        """Knows whether the camera is moving; draws the antialiased frame once it stops."""
        self._camera_time = -1
        self.last_frame_antialiased = False
        """Whether the last frame was drawn with FXAA (tests)."""
        self.renderer.UseFXAAOff()
        self._frame_clock = QTimer(self)
        self._frame_clock.setInterval(FRAME_INTERVAL_MS)
        self._frame_clock.timeout.connect(self._on_frame)
        self._frame_clock.start()
        self._vtk_widget.Initialize()

    # -- public API ----------------------------------------------------------------------

    def set_campus(self, campus: Campus) -> None:
        """Show ``campus`` (only what changed is rebuilt)."""
        first = self.scene.campus is None
        self.scene.set_campus(campus)
        self.caption.set_campus(campus, self._layout_name)
        if first:
            self.scene.apply_camera("overview")
        self.request_render()

    def set_layout_name(self, name: str | None) -> None:
        """Name the layout in the caption's headline (``None``: the scenario's own name)."""
        if name == self._layout_name:
            return
        self._layout_name = name
        if self.scene.campus is not None:
            self.caption.set_campus(self.scene.campus, name)
            self.request_render()

    def select(self, building_id: str | None) -> None:
        """Highlight a building."""
        self.scene.select(building_id)
        self.request_render()

    def apply_camera(self, name: str) -> None:
        """Move to a named camera preset."""
        self.scene.apply_camera(name)
        self.request_render()

    def set_tool(self, tool) -> None:
        """Make ``tool`` the one that receives mouse events (the previous one is deactivated)."""
        if self.tool is tool:
            return
        if self.tool is not None:
            self.tool.deactivate()
        self.tool = tool
        self._tool_has_press = False
        if tool is not None:
            tool.activate()
        self.request_render()

    def frame(self, centre: tuple[float, float], distance_m: float) -> None:
        """Point the camera at ``centre`` (on the ground) from ``distance_m``, keeping its direction."""
        camera = self.renderer.GetActiveCamera()
        position, focal = camera.GetPosition(), camera.GetFocalPoint()
        direction = [p - f for p, f in zip(position, focal, strict=True)]
        length = max(sum(d * d for d in direction) ** 0.5, 1e-9)
        new_focal = (centre[0], centre[1], 0.0)
        camera.SetFocalPoint(*new_focal)
        camera.SetPosition(*(f + d / length * distance_m for f, d in zip(new_focal, direction, strict=True)))
        self.renderer.ResetCameraClippingRange()
        self.request_render()

    def request_render(self) -> None:
        """Mark the view dirty; the frame clock renders it at its next tick."""
        self._dirty = True

    def render_now(self, antialiased: bool | None = None) -> None:
        """Render immediately (tests and snapshots); does nothing once closed.

        ``antialiased`` forces FXAA on (``True``) or off (``False``) for this frame; by default
        a frame is drawn without it while the camera moves (it moved since the last frame, or
        less than :data:`~twin.ui.still_frame.STILL_AFTER_MS` ago, or is being dragged), and
        with it otherwise (:mod:`twin.ui.still_frame`).
        """
        if self._closed:
            return
        camera_time = self.renderer.GetActiveCamera().GetMTime()
        if camera_time != self._camera_time:
            self._camera_time = camera_time
            self._still.camera_moved()
        if antialiased is None:
            antialiased = not self._still.moving()
        self.last_frame_antialiased = antialiased
        self.renderer.SetUseFXAA(antialiased)
        self.render_window.Render()
        self.renderer.UseFXAAOff()
        self.frames_rendered += 1
        self._dirty = False
        # Taken after the render (and FXAA's reset): what the render itself sets (label
        # placement, the trees' level of detail) is part of the frame drawn.
        self._stamp = scene_stamp(self.render_window)

    def _set_interacting(self, interacting: bool) -> None:
        """No still frame while the camera is dragged; one follows when the drag ends."""
        self._still.hold(interacting)
        if not interacting:
            self.request_render()

    def grab_image(self):
        """Render with FXAA and return the 3-D image as an (height, width, 3) uint8 array."""
        self.render_now(antialiased=True)
        return capture(self.render_window)

    def display_position_of(self, x: float, y: float, z: float) -> tuple[int, int]:
        """VTK display coordinates (origin bottom-left, pixels) of a world point."""
        self.renderer.SetWorldPoint(x, y, z, 1.0)
        self.renderer.WorldToDisplay()
        dx, dy, _ = self.renderer.GetDisplayPoint()
        return int(round(dx)), int(round(dy))

    def shutdown(self) -> None:
        """Stop the frame clock, drop VTK observers and release the OpenGL context. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._frame_clock.stop()
        self._still.stop()
        self._vtk_widget.removeEventFilter(self)
        self.tool = None
        self._style.RemoveAllObservers()
        self._interactor.RemoveAllObservers()
        self.render_window.RemoveAllObservers()
        self.render_window.Finalize()
        self._interactor.SetRenderWindow(None)
        self._vtk_widget.close()

    # -- Qt overrides --------------------------------------------------------------------

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.shutdown()
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # The caption was fitted to the width it had (a French title fitted in presenter mode's
        # full-width view overflowed the narrower view after leaving it).
        if not self._closed:
            QTimer.singleShot(0, self, self._refit_caption)  # after the VTK widget took its new size

    def _refit_caption(self) -> None:
        if not self._closed and self.caption.fit():
            self.request_render()  # only when a font size changed: a resize redraws anyway

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # The caption and the 3-D labels are VTK text, not widgets: re-set them in the new
        # language (presenter mode's FR/EN buttons left the headline, the provenance note and
        # every name in the view in the language at start-up).
        if event.type() == QEvent.Type.LanguageChange and not self._closed and self.scene.campus is not None:
            self.caption.set_campus(self.scene.campus, self._layout_name)
            self.scene.retranslate()
            self.request_render()
        super().changeEvent(event)

    # -- private -------------------------------------------------------------------------

    def _on_frame(self) -> None:
        if self._dirty and not self._closed and self.isVisible():
            if self._stamp is not None and scene_stamp(self.render_window) == self._stamp:
                self._dirty = False  # the window already shows this
                self.frames_skipped += 1
                return
            self.render_now()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Hand mouse presses, moves and releases to the active tool; the rest goes to VTK."""
        if watched is not self._vtk_widget or self._closed or self.tool is None:
            return False
        from twin.ui.tools import ToolEvent

        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease):
            return False
        modifiers = event.modifiers()
        left = (event.button() == Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove
                else bool(event.buttons() & Qt.MouseButton.LeftButton))
        tool_event = ToolEvent(
            self._display_position(event),
            shift=bool(modifiers & Qt.KeyboardModifier.ShiftModifier),
            ctrl=bool(modifiers & Qt.KeyboardModifier.ControlModifier),
            left=left,
        )
        if kind == QEvent.Type.MouseButtonPress:
            used = self.tool.press(tool_event)
            if left:
                self._tool_has_press = used
            return used
        if kind == QEvent.Type.MouseMove:
            used = self.tool.move(tool_event)
            return used and self._tool_has_press
        used = self.tool.release(tool_event)
        if left:
            # A release whose press went to the camera must reach VTK, or the orbit never ends.
            used, self._tool_has_press = used and self._tool_has_press, False
        return used

    def _display_position(self, event) -> tuple[int, int]:
        """VTK display coordinates (physical pixels, origin bottom-left) of a Qt mouse event."""
        ratio = self._vtk_widget.devicePixelRatioF()
        point = event.position()
        return int(round(point.x() * ratio)), int(round((self._vtk_widget.height() - point.y() - 1) * ratio))

    def widget_position_of(self, x: float, y: float, z: float):
        """Qt widget coordinates (of the VTK widget) where a world point projects."""
        from PySide6.QtCore import QPoint

        dx, dy = self.display_position_of(x, y, z)
        ratio = self._vtk_widget.devicePixelRatioF()
        return QPoint(int(round(dx / ratio)), int(round(self._vtk_widget.height() - 1 - dy / ratio)))

    @property
    def vtk_widget(self) -> QWidget:
        """The Qt widget that receives mouse events for the 3-D view."""
        return self._vtk_widget

    def ground_point(self, x: int, y: int, z: float = 0.0) -> tuple[float, float] | None:
        """Where the ray through display pixel (x, y) meets the horizontal plane at height ``z``."""
        renderer = self.renderer
        points = []
        for depth in (0.0, 1.0):
            renderer.SetDisplayPoint(x, y, depth)
            renderer.DisplayToWorld()
            wx, wy, wz, w = renderer.GetWorldPoint()
            points.append((wx / w, wy / w, wz / w))
        (x0, y0, z0), (x1, y1, z1) = points
        if abs(z1 - z0) < 1e-9:
            return None
        t = (z - z0) / (z1 - z0)
        if t < 0:
            return None
        return (x0 + t * (x1 - x0), y0 + t * (y1 - y0))

