"""File > Export animation: the same choices as ``twin animate``, rendered in chunks with progress and cancel.

Frames are rendered on the GUI thread, one per event-loop turn (a short timer), in their own
offscreen render window: VTK's OpenGL contexts and the X connection stay on one thread (a
second thread rendering beside the viewport is not safe under GLX), and the window keeps
repainting and answering between frames. For a day, the simulation of the next moment (the
plant's tick, the solver's steps; no Qt, no VTK) runs on a worker thread meanwhile
(:meth:`~twin.render.animation.Animation.compute_ahead`), so only the drawing holds the GUI. The progress dialog shows frames done and
time left; Cancel (or closing the window) stops between two frames and removes the partial
file (:class:`~twin.io.export.video.VideoWriter`), so nothing half-written is left under the
target name.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QWidget,
)

from twin.core.provenance import ExportError
from twin.io.export.video import VideoWriter, check_video
from twin.render.animation import Animation, AnimationSpec
from twin.ui.export.snapshot import SIZES
from twin.ui.export.state import export_info

OVERLAYS = ("temperature", "vertical", "plume", "wind", "recirculation")


class AnimationDialog(QDialog):
    """Kind, size, frame rate, length, day or heat wave, overlays."""

    def __init__(self, shown_overlays: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export animation"))
        form = QFormLayout(self)
        self.kind = QComboBox(self)
        for kind, title in (("day", self.tr("A day on the campus (24 h simulated)")),
                            ("tour", self.tr("Tour of the views")), ("orbit", self.tr("Orbit around the campus"))):
            self.kind.addItem(title, kind)
        form.addRow(self.tr("Animation"), self.kind)
        self.size_box = QComboBox(self)
        for width, height in SIZES:
            self.size_box.addItem(f"{width}x{height}", (width, height))
        self.size_box.setCurrentIndex(1)
        form.addRow(self.tr("Frame size"), self.size_box)
        self.fps = QSpinBox(self)
        self.fps.setRange(1, 60)
        self.fps.setValue(30)
        form.addRow(self.tr("Frames per second"), self.fps)
        self.seconds = QDoubleSpinBox(self)
        self.seconds.setRange(0.5, 600.0)
        self.seconds.setValue(20.0)
        self.seconds.setSuffix(" s")
        form.addRow(self.tr("Length"), self.seconds)
        self.date = QDateEdit(QDate(2030, 6, 21), self)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.heatwave = QCheckBox(self.tr("25 July 2019 heat wave"), self)
        self.heatwave.toggled.connect(lambda on: self.date.setEnabled(not on))
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(self.heatwave)
        form.addRow(self.tr("Day"), row)
        self.overlays: dict[str, QCheckBox] = {}
        overlay_row = QHBoxLayout()
        for name in OVERLAYS:
            box = QCheckBox(name, self)
            box.setChecked(name in shown_overlays)
            self.overlays[name] = box
            overlay_row.addWidget(box)
        form.addRow(self.tr("Overlays"), overlay_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def spec(self) -> AnimationSpec:
        """The choices as an :class:`~twin.render.animation.AnimationSpec`."""
        heatwave = self.heatwave.isChecked()
        return AnimationSpec(
            kind=self.kind.currentData(), size=tuple(self.size_box.currentData()), fps=float(self.fps.value()),
            seconds=float(self.seconds.value()),
            overlays=tuple(name for name, box in self.overlays.items() if box.isChecked()),
            date="" if heatwave else self.date.date().toString("yyyy-MM-dd"), heatwave=heatwave,
        )


class AnimationExport(QObject):
    """One animation export running in chunks on the GUI thread.

    Parameters
    ----------
    window
        The main window (its document and provenance).
    spec, path
        What to render and where.
    progress
        Show a :class:`QProgressDialog` with Cancel (tests pass ``False`` and call :meth:`cancel`).
    """

    finished = Signal(bool, str)
    """The export ended: whether the file was written, and a message for the user."""
    progressed = Signal(int, int)
    """Frames done, frames in all."""

    def __init__(self, window, spec: AnimationSpec, path: Path | str, progress: bool = True) -> None:
        super().__init__(window)
        from twin.session import TwinSession

        self.path = Path(path)
        self.spec = spec
        self.done = False
        info = export_info(window).replace(sim_time="", figures=(), overlays=(), solver_state="off", solver_detail="")
        self._writer: VideoWriter | None = None
        self._animation: Animation | None = None
        self._started = time.perf_counter()
        from concurrent.futures import ThreadPoolExecutor

        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="twin-animation")
        self._timer = QTimer(self)
        self._timer.setInterval(5)  # polls the worker between frames; 0 would spin the CPU
        self._timer.timeout.connect(self._next_frame)
        self._dialog: QProgressDialog | None = None
        if progress:
            self._dialog = QProgressDialog(self.tr("Rendering {name}…").format(name=self.path.name), self.tr("Cancel"),
                                           0, spec.frames, window)
            self._dialog.setWindowTitle(self.tr("Export animation"))
            self._dialog.setMinimumDuration(0)
            self._dialog.canceled.connect(self.cancel)
        try:
            self._writer = VideoWriter(self.path, spec.size, spec.fps, spec.frames)
            tour = _guided_tour(window) if spec.kind == "tour" else None
            self._animation = Animation(window.document.campus, spec, info, session_factory=TwinSession, tour=tour)
            self._animation.prepare()
        except Exception as error:  # noqa: BLE001 - reported to the user, nothing left behind
            self._end(False, str(error))
            return
        self._timer.start()

    def cancel(self) -> None:
        """Stop between two frames and remove the partial file."""
        if not self.done:
            self._end(False, self.tr("Cancelled: {name} was not written.").format(name=self.path.name))

    def _next_frame(self) -> None:
        if self.spec.kind == "day":
            # The next moment is simulated on a worker thread; draw only once it is ready, so
            # the event loop stays free while the solver steps.
            ahead = self._animation.compute_ahead(self._executor)
            if ahead is not None and not ahead.done():
                return
        try:
            image = next(self._animation)
            self._writer.write(image)
        except StopIteration:
            try:
                self._writer.close()
            except Exception as error:  # noqa: BLE001
                self._end(False, str(error))
                return
            self._end(True, self.tr("Animation written to {path} ({n} frames in {s:.0f} s)").format(
                path=self.path, n=self.spec.frames, s=time.perf_counter() - self._started))
            return
        except Exception as error:  # noqa: BLE001 - any failure aborts the file and is reported
            self._end(False, str(error))
            return
        done = self._animation.index
        self.progressed.emit(done, self.spec.frames)
        if self._dialog is not None:
            elapsed = time.perf_counter() - self._started
            left = elapsed / done * (self.spec.frames - done)
            self._dialog.setLabelText(self.tr("Rendering {name}: frame {done} of {total}, about {left:.0f} s left").format(
                name=self.path.name, done=done, total=self.spec.frames, left=left))
            self._dialog.setValue(done)

    def _end(self, ok: bool, message: str) -> None:
        self.done = True
        self._timer.stop()
        if not ok and self._writer is not None:
            self._writer.abort()
        if self._animation is not None:
            self._animation.close()  # waits for a frame being computed ahead
        self._animation = None
        self._executor.shutdown(wait=True)
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        self.finished.emit(ok, message)


def _guided_tour(window):
    """The guided tour beside the document's layout file (or the bundled one), if there is one."""
    from twin.core.paths import default_layout_path
    from twin.io.tour import TourError, load_tour, tour_path_for

    path = tour_path_for(window.document.path or default_layout_path())
    try:
        return load_tour(path) if path.exists() else None
    except TourError:
        return None  # the tour player reports a bad tour file; the export tours the presets


def export_animation_dialog(window) -> AnimationExport | None:
    """Ask for the animation and the file, then start the export (it runs while the window stays live)."""
    shown = tuple(name for name, on in window.field_overlays.shown.items() if on)
    dialog = AnimationDialog(shown, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    spec = dialog.spec()
    path, _ = QFileDialog.getSaveFileName(window, window.tr("Export animation"), f"campus-{spec.kind}.mp4",
                                          window.tr("MP4 video (*.mp4);;GIF animation (*.gif)"))
    if not path:
        return None
    return start_animation_export(window, spec, path)


def start_animation_export(window, spec: AnimationSpec, path: Path | str, progress: bool = True) -> AnimationExport | None:
    """Check ``spec`` and ``path``, then start the export; errors are shown in a message box."""
    try:
        spec.check()
        check_video(path, spec.size, spec.frames)
    except ExportError as error:
        QMessageBox.critical(window, window.tr("Cannot export animation"), str(error))
        return None
    job = AnimationExport(window, spec, path, progress)

    def report(ok: bool, message: str) -> None:
        if ok:
            window.statusBar().showMessage(message, 10000)
        elif progress:
            QMessageBox.warning(window, window.tr("Animation not written"), message)

    job.finished.connect(report)
    window._animation_export = job  # keep it alive while it runs
    return job
