"""The 3-D viewport: a VTK render window inside a Qt widget, driven by one frame clock.

The widget composes :class:`QVTKRenderWindowInteractor` (it does not inherit from it). Renders
are requested with :meth:`Viewport.request_render` and performed by a ~30 Hz timer only when
something changed; the timer stops and a guard is set before the render window is finalized,
since a ``Render()`` after ``Finalize()`` segfaults on X (see ``shared/design/headless.md``).

Under Qt's ``offscreen`` platform the stock interactor gives a black image or crashes; there
the render window is an EGL window whose ``SetWindowInfo`` is ignored, so VTK renders
offscreen while Qt thinks it owns a native window.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from twin.model.campus import Campus
from twin.render.scene import CampusScene, Caption
from twin.render.snapshot import capture
from twin.render.vtk import vtkInteractorStyleTrackballCamera, vtkRenderer

FRAME_INTERVAL_MS = 33
"""The frame clock: at most ~30 renders per second, and none when nothing changed."""

DRAG_THRESHOLD_PX = 4
"""A press and release closer than this is a click (select), not a camera drag."""


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
    """The campus in 3-D, with picking and building drags.

    Left-drag orbits, right-drag zooms, middle-drag pans (trackball camera). A click on a
    building selects it; Shift + drag on a building moves it on the ground.
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
        self._interactor = self.render_window.GetInteractor()
        self._interactor.SetInteractorStyle(vtkInteractorStyleTrackballCamera())
        # Clicks and drags are read from Qt events, before VTK sees them: the trackball style
        # grabs the interactor's focus on press, so VTK observers never see the release.
        self._vtk_widget.installEventFilter(self)
        self._press: tuple[int, int] | None = None
        self._drag: tuple[str, tuple[float, float]] | None = None
        self._drag_offset = (0.0, 0.0)

        self._dirty = True
        self._closed = False
        self.frames_rendered = 0
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
        self.caption.set_campus(campus)
        if first:
            self.scene.apply_camera("overview")
        self.request_render()

    def select(self, building_id: str | None) -> None:
        """Highlight a building."""
        self.scene.select(building_id)
        self.request_render()

    def apply_camera(self, name: str) -> None:
        """Move to a named camera preset."""
        self.scene.apply_camera(name)
        self.request_render()

    def request_render(self) -> None:
        """Mark the view dirty; the frame clock renders it at its next tick."""
        self._dirty = True

    def render_now(self) -> None:
        """Render immediately (tests and snapshots); does nothing once closed."""
        if self._closed:
            return
        self.render_window.Render()
        self.frames_rendered += 1
        self._dirty = False

    def grab_image(self):
        """Render and return the 3-D image as an (height, width, 3) uint8 array."""
        self.render_now()
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
        self._vtk_widget.removeEventFilter(self)
        self._interactor.RemoveAllObservers()
        self.render_window.RemoveAllObservers()
        self.render_window.Finalize()
        self._interactor.SetRenderWindow(None)
        self._vtk_widget.close()

    # -- Qt overrides --------------------------------------------------------------------

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.shutdown()
        super().closeEvent(event)

    # -- private -------------------------------------------------------------------------

    def _on_frame(self) -> None:
        if self._dirty and not self._closed and self.isVisible():
            self.render_now()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Turn clicks into selections and Shift-drags into building moves; pass the rest to VTK."""
        if watched is not self._vtk_widget or self._closed:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._press = self._display_position(event)
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                building_id = self.scene.pick(*self._press)
                ground = self._ground_point(*self._press)
                if building_id is not None and ground is not None:
                    self._drag = (building_id, ground)
                    self._drag_offset = (0.0, 0.0)
                    return True  # the camera must not orbit while a building moves
        elif kind == QEvent.Type.MouseMove and self._drag is not None:
            building_id, start = self._drag
            ground = self._ground_point(*self._display_position(event))
            if ground is not None:
                self._drag_offset = (ground[0] - start[0], ground[1] - start[1])
                self.building_drag_moved.emit(building_id, *self._drag_offset)
            return True
        elif kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            position = self._display_position(event)
            press, self._press = self._press, None
            if self._drag is not None:
                building_id, _ = self._drag
                self._drag = None
                self.building_drag_finished.emit(building_id, *self._drag_offset)
                return True
            if press is not None and math.dist(press, position) <= DRAG_THRESHOLD_PX:
                self.building_clicked.emit(self.scene.pick(*position))
        return False

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

    def _ground_point(self, x: int, y: int) -> tuple[float, float] | None:
        """Where the ray through display pixel (x, y) meets the ground plane z = 0."""
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
        t = -z0 / (z1 - z0)
        if t < 0:
            return None
        return (x0 + t * (x1 - x0), y0 + t * (y1 - y0))

