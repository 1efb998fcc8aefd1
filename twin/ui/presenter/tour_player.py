"""The guided-tour player: next / previous / auto-advance, smooth camera moves, stops added in the app.

A stop (:class:`~twin.model.tour.TourStop`) is applied in a fixed order: the weather and the time
(through the live panel's own intent signals, as if the presenter had chosen them), the wind for
the airflow solver, the overlays (through the Wind and heat panel's check boxes), then the camera,
which glides from where it is to the stop's pose in :data:`MOVE_MS` with an ease-in-out, so the
audience keeps its bearings. A preset camera ends on the preset itself (eye-level presets also
hide the map annotations). The caption is shown above the presenter cards, in the language in
force; ``{homes}`` and ``{pue}`` in a caption are filled from the presenter's computed figures
(or say "being computed").

The tour is read from the JSON beside the layout (:func:`twin.io.tour.tour_path_for`), or the
bundled Escaudain tour for the bundled layout. "Add this view as a stop" inserts the current
camera after the current stop; its caption is edited in a dialog; "Save tour" writes the file
beside the layout (atomically).
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QObject,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from twin.core.paths import asset_path
from twin.io.tour import TourError, load_tour, save_tour, tour_path_for
from twin.model.tour import CameraPose, Tour, TourStop
from twin.ui.i18n import current_language, number

MOVE_MS = 1600
"""Duration of a camera move between stops."""
DEFAULT_TOUR = "escaudain.tour.json"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TourPlayer", text)


def camera_pose(camera) -> CameraPose:  # noqa: ANN001 - vtkCamera
    """The pose of a VTK camera."""
    return CameraPose(tuple(camera.GetPosition()), tuple(camera.GetFocalPoint()), tuple(camera.GetViewUp()),
                      float(camera.GetViewAngle()))


def set_camera_pose(camera, pose: CameraPose) -> None:  # noqa: ANN001 - vtkCamera
    camera.SetPosition(*pose.position)
    camera.SetFocalPoint(*pose.focal_point)
    camera.SetViewUp(*pose.view_up)
    camera.SetViewAngle(pose.view_angle_deg)
    camera.OrthogonalizeViewUp()


def blend(a: CameraPose, b: CameraPose, t: float) -> CameraPose:
    """The pose a fraction ``t`` (0..1) of the way from ``a`` to ``b``.

    Position and focal point move in straight lines; the up vector is blended and renormalised
    (the poses of a tour differ by less than a half turn of roll, so this never flips).
    """
    lerp = lambda p, q: tuple(x + (y - x) * t for x, y in zip(p, q, strict=True))  # noqa: E731
    up = lerp(a.view_up, b.view_up)
    norm = math.hypot(*up) or 1.0
    return CameraPose(lerp(a.position, b.position), lerp(a.focal_point, b.focal_point), tuple(u / norm for u in up),
                      a.view_angle_deg + (b.view_angle_deg - a.view_angle_deg) * t)


def tour_for(document) -> Tour | None:  # noqa: ANN001 - CampusDocument
    """The tour beside the document's layout, or the bundled one for the bundled layout; ``None`` if neither."""
    path = getattr(document, "path", None)
    candidates = [tour_path_for(path)] if path is not None else []
    if path is None or getattr(document, "bundled", False):
        candidates.append(asset_path(DEFAULT_TOUR))
    for candidate in candidates:
        if candidate.exists():
            return load_tour(candidate)
    return None


class TourPlayer(QObject):
    """Plays a :class:`Tour` in a main window's 3-D view (inside presenter mode or not).

    Parameters
    ----------
    window
        The main window (viewport, panels, session).
    presenter
        Its :class:`~twin.ui.presenter.mode.PresenterMode` (caption band, bar, figures).
    """

    stop_changed = Signal(int)
    """The tour moved to the stop at this index (the camera starts moving)."""
    arrived = Signal(int)
    """The camera reached the stop at this index."""

    def __init__(self, window, presenter) -> None:  # noqa: ANN001
        super().__init__(window)
        self.window = window
        self.presenter = presenter
        self.tour: Tour | None = None
        self.index = -1
        self.playing = False
        self.tour_file: Path | None = None
        self.error = ""
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(MOVE_MS)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._on_move)
        self._animation.finished.connect(self._on_arrived)
        self._from: CameraPose | None = None
        self._to: CameraPose | None = None
        self._dwell = QTimer(self)
        self._dwell.setSingleShot(True)
        self._dwell.timeout.connect(self._advance)

        bar = presenter.bar
        self.previous_action = QAction(window)
        self.play_action = QAction(window)
        self.play_action.setCheckable(True)
        self.next_action = QAction(window)
        for action in (self.previous_action, self.play_action, self.next_action):
            bar.insertAction(presenter.tour_slot, action)
        self.previous_action.triggered.connect(self.previous)
        self.next_action.triggered.connect(self.next)
        self.play_action.toggled.connect(self.set_playing)
        self.add_action = QAction(window)
        self.add_action.triggered.connect(self.add_current_view)
        self.caption_action = QAction(window)
        self.caption_action.triggered.connect(self.edit_caption_dialog)
        self.save_action = QAction(window)
        self.save_action.triggered.connect(self.save_dialog)
        self.start_action = QAction(window)
        self.start_action.triggered.connect(self.start)
        self.menu = QMenu(window)
        """The window's "Guided tour" menu (the View menu holds it)."""
        for action in (self.start_action, self.add_action, self.caption_action, self.save_action):
            self.menu.addAction(action)
        self._document = None
        presenter.toggled.connect(self._on_presenter)
        presenter.figures_ready.connect(lambda _: self._show_caption())
        window.installEventFilter(self)
        self.reload()
        self.retranslate()

    # -- public API ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the tour that goes with the window's layout (or the bundled one)."""
        self.stop_playing()
        self.index = -1
        self._document = self.window.document
        try:
            self.tour = tour_for(self.window.document)
            self.error = ""
        except TourError as error:
            self.tour, self.error = None, str(error)
        self._update_actions()

    def start(self) -> None:
        """Enter presenter mode (if needed) and go to the first stop."""
        if self._document is not self.window.document:
            self.reload()  # another layout was opened: its own tour
        if not self.presenter.active:
            self.presenter.set_active(True)
        if self.tour is not None and self.tour.stops:
            self.go_to(0)

    def go_to(self, index: int, animate: bool = True) -> None:
        """Apply the stop at ``index``: weather and time, wind, overlays, caption, then the camera."""
        if self.tour is None or not 0 <= index < len(self.tour.stops):
            return
        self._dwell.stop()
        self.index = index
        stop = self.tour.stops[index]
        self._apply_conditions(stop)
        self._show_caption()
        self._update_actions()
        self.stop_changed.emit(index)
        target = self._target_pose(stop)
        camera = self.window.viewport.renderer.GetActiveCamera()
        self._animation.stop()
        if animate and MOVE_MS > 0:
            self._from, self._to = camera_pose(camera), target
            self._animation.start()
        else:
            self._from, self._to = target, target
            self._on_arrived()

    def next(self) -> None:
        """The next stop (from the last, back to the first)."""
        if self.tour is not None and self.tour.stops:
            self.go_to((self.index + 1) % len(self.tour.stops))

    def previous(self) -> None:
        if self.tour is not None and self.tour.stops:
            self.go_to((self.index - 1) % len(self.tour.stops))

    def set_playing(self, playing: bool) -> None:
        """Advance by itself after each stop's dwell time (True) or wait for the presenter."""
        self.playing = playing
        self.play_action.blockSignals(True)
        self.play_action.setChecked(playing)
        self.play_action.blockSignals(False)
        if playing and self.index < 0:
            self.go_to(0)
        elif playing and not self._animation.state() == QVariantAnimation.State.Running:
            self._schedule()
        elif not playing:
            self._dwell.stop()
        self.retranslate()

    def stop_playing(self) -> None:
        self.set_playing(False)

    def add_current_view(self) -> TourStop:
        """Insert the current view as a new stop after the current one (and go to it)."""
        camera = self.window.viewport.renderer.GetActiveCamera()
        tour = self.tour or Tour(name={"fr": "Visite", "en": "Tour"}, layout=self._layout_name())
        shown = tuple(o for o, on in self.window.field_overlays.shown.items() if on)
        stop = TourStop(id=tour.new_stop_id(), title={"fr": "Nouvel arrêt", "en": "New stop"},
                        caption={"fr": "Nouvel arrêt", "en": "New stop"}, pose=camera_pose(camera), overlays=shown)
        self.tour = tour.with_stop(stop, after=self.index if self.index >= 0 else None)
        self.index = self.tour.stops.index(stop)
        self._show_caption()
        self._update_actions()
        return stop

    def set_caption(self, index: int, language: str, text: str) -> None:
        """Replace the caption of stop ``index`` in ``language``."""
        stop = self.tour.stops[index].with_caption(language, text)
        self.tour = self.tour.with_stop_replaced(index, stop)
        if index == self.index:
            self._show_caption()

    def edit_caption_dialog(self) -> None:
        """Edit the current stop's caption in the language in force."""
        if self.tour is None or self.index < 0:
            return
        language = current_language()
        text, ok = QInputDialog.getMultiLineText(self.window, _tr("Stop caption"),
                                                 _tr("Caption of this stop ({language}):").format(language=language),
                                                 self.tour.stops[self.index].text(language))
        if ok and text.strip():
            self.set_caption(self.index, language, text.strip())

    def save(self, path: Path | str) -> None:
        """Write the tour to ``path`` (atomically)."""
        save_tour(self.tour, path)
        self.tour_file = Path(path)

    def save_dialog(self) -> None:
        """Save beside the layout; the bundled layout's folder is not ours to write, so ask there."""
        if self.tour is None:
            return
        document = self.window.document
        suggested = tour_path_for(document.path) if document.path is not None and not getattr(document, "bundled", False) else None
        path = suggested
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self.window, _tr("Save tour"), "campus.tour.json", _tr("Tour (*.tour.json)"))
            path = Path(chosen) if chosen else None
        if path is None:
            return
        try:
            self.save(path)
        except OSError as error:
            QMessageBox.critical(self.window, _tr("Cannot save tour"), f"{path}: {error.strerror or error}")

    def retranslate(self) -> None:
        self.previous_action.setText("◀")
        self.previous_action.setToolTip(_tr("Previous stop"))
        self.next_action.setText("▶")
        self.next_action.setToolTip(_tr("Next stop"))
        self.play_action.setText(_tr("Pause tour") if self.playing else _tr("Play tour"))
        self.add_action.setText(_tr("&Add this view as a stop"))
        self.caption_action.setText(_tr("Edit this stop’s &caption…"))
        self.save_action.setText(_tr("&Save tour"))
        self.start_action.setText(_tr("Start the guided &tour"))
        self.menu.setTitle(_tr("Guided &tour"))
        self._show_caption()

    # -- Qt overrides --------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- private -------------------------------------------------------------------------

    def _apply_conditions(self, stop: TourStop) -> None:
        window = self.window
        panel = window.live_panel
        if stop.weather is not None and window.session is not None:
            panel.weather_requested.emit(1 if stop.weather == "heatwave_2019" else 0)
        if stop.time is not None and window.session is not None and window.session.mode != "live":
            panel.jump_requested.emit(_hour_of_year(stop.time))
        if stop.wind is not None and window.airflow is not None:
            ambient = window.airflow.settings.ambient_c
            window.airflow_panel.set_weather(stop.wind.from_deg, stop.wind.speed_ms, ambient)
            window.set_airflow_weather(stop.wind.from_deg, stop.wind.speed_ms, ambient)
        for overlay_id, check in window.airflow_panel.overlay_checks.items():
            check.setChecked(overlay_id in stop.overlays)

    def _target_pose(self, stop: TourStop) -> CameraPose:
        if stop.pose is not None:
            return stop.pose
        # The preset's pose: set it, read it, and put the camera back where it was.
        scene = self.window.viewport.scene
        camera = self.window.viewport.renderer.GetActiveCamera()
        before = camera_pose(camera)
        scene.apply_camera(stop.preset)
        pose = camera_pose(camera)
        set_camera_pose(camera, before)
        return pose

    def _on_move(self, t) -> None:  # noqa: ANN001 - float from the animation
        if self._from is None or self._to is None:
            return
        viewport = self.window.viewport
        camera = viewport.renderer.GetActiveCamera()
        set_camera_pose(camera, blend(self._from, self._to, float(t)))
        viewport.renderer.ResetCameraClippingRange()
        viewport.request_render()

    def _on_arrived(self) -> None:
        if self.tour is None or self.index < 0:
            return
        stop = self.tour.stops[self.index]
        viewport = self.window.viewport
        if stop.preset is not None:
            self.window.apply_camera(stop.preset)
        else:
            viewport.scene.set_annotations_visible(True)
            set_camera_pose(viewport.renderer.GetActiveCamera(), stop.pose)
            viewport.renderer.ResetCameraClippingRange()
            viewport.request_render()
        self.arrived.emit(self.index)
        self._schedule()

    def _schedule(self) -> None:
        if self.playing and self.tour is not None and self.index >= 0:
            self._dwell.start(round(self.tour.stops[self.index].dwell_s * 1000))

    def _advance(self) -> None:
        if self.playing:
            self.next()

    def _show_caption(self) -> None:
        if not self.presenter.active or self.tour is None or self.index < 0:
            self.presenter.show_caption("")
            return
        stop = self.tour.stops[self.index]
        language = current_language()
        figures = self.presenter.figures
        homes = figures.homes_per_year if figures is not None and figures.homes_per_year else None
        pue = figures.annual_pue if figures is not None and figures.annual_pue else None
        waiting = _tr("(being computed)")
        text = stop.text(language).replace("{homes}", number(round(homes, -3)) if homes else waiting)
        text = text.replace("{pue}", number(pue, 2) if pue else waiting)
        counter = _tr("Stop {n} of {total}").format(n=self.index + 1, total=len(self.tour.stops))
        self.presenter.show_caption(f"<b>{stop.text(language, 'title')}</b> · <span style='color:#56606b'>{counter}</span><br>{text}")

    def _update_actions(self) -> None:
        has = self.tour is not None and bool(self.tour.stops)
        for action in (self.previous_action, self.next_action, self.play_action, self.start_action):
            action.setEnabled(has)
        self.caption_action.setEnabled(has and self.index >= 0)
        self.save_action.setEnabled(self.tour is not None)

    def _on_presenter(self, active: bool) -> None:
        if not active:
            self.stop_playing()
            self._animation.stop()
        self._show_caption()

    def _layout_name(self) -> str | None:
        path = self.window.document.path
        return Path(path).name if path is not None else None


def _hour_of_year(text: str) -> int:
    """Hour of the year (0 = 1 January 00:00) of ``MM-DDTHH:MM`` in the twin's year (2030)."""
    import datetime

    when = datetime.datetime.strptime("2030-" + text, "%Y-%m-%dT%H:%M")
    return (when.timetuple().tm_yday - 1) * 24 + when.hour
