"""The status bar's word on the airflow solver's kernels: numpy, compiling (with the time so far),
compiled and running, or failed.

The compiled (numba) kernels compile in a background thread while the solver runs on the numpy
reference (:mod:`twin.sim.airflow.backend`); that thread reports each change to the listeners
registered with :func:`~twin.sim.airflow.backend.add_listener`. A listener runs in the thread
that publishes, so this widget only emits a Qt signal from it: Qt queues a signal emitted in
another thread to the receiver's thread (an automatic connection across threads is a queued
one), and the labels are changed in the GUI thread only.

A compile does not report its own progress (numba compiles a kernel at a time, with no
measure of how far it is), so while it runs the widget shows a busy bar and the seconds since
it started; the tooltip carries the backend's own sentence.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from twin.sim.airflow import backend


class SolverBackendStatus(QWidget):
    """Label (and, while compiling, a busy bar) for the solver backend, fed by the backend's listeners.

    Parameters
    ----------
    parent
        The owner (the main window's status bar takes it as a permanent widget).
    """

    status_arrived = Signal(object)
    """A :class:`~twin.sim.airflow.backend.BackendStatus`, emitted from whichever thread published it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: a compile gives no fraction done
        self.bar.setMaximumWidth(70)
        self.bar.setMaximumHeight(12)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.status: backend.BackendStatus | None = None
        """The last status shown (None before the backend has been selected)."""
        self._compile_started: float | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._refresh)
        self.status_arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._listening = True
        backend.add_listener(self._from_any_thread)  # calls back at once with the status so far
        self.hide()  # until the solver picks its kernels (on its first step)

    def _from_any_thread(self, status: backend.BackendStatus) -> None:
        # Runs in the compile or solver thread: hand over to the GUI thread, touch nothing else.
        self.status_arrived.emit(status)

    def _show(self, status: backend.BackendStatus) -> None:
        if status.state == "compiling" and (self.status is None or self.status.state != "compiling"):
            self._compile_started = time.monotonic()
        self.status = status
        compiling = status.state == "compiling"
        self.bar.setVisible(compiling)
        if compiling:
            self._tick.start()
        else:
            self._tick.stop()
            self._compile_started = None
        self._refresh()
        self.show()

    def _refresh(self) -> None:
        status = self.status
        if status is None:
            return
        if status.state == "compiling":
            elapsed = time.monotonic() - (self._compile_started or time.monotonic())
            text = self.tr("Solver: compiling its kernels, {s} s (numpy meanwhile)").format(s=int(elapsed))
        elif status.state == "ready":
            text = self.tr("Solver: compiled (numba)")
        elif status.state == "failed":
            text = self.tr("Solver: numpy (compiling failed)")
        else:
            text = self.tr("Solver: numpy")
        self.label.setText(text)
        self.label.setStyleSheet("color: #b3261e;" if status.state == "failed" else "")
        # The backend writes its message once, in the language then in force; the status keeps
        # its English catalogue text (and the figures of one with figures), so the tooltip is
        # written again in the language of a later switch.
        self.setToolTip(status.text(QCoreApplication.translate))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)

    def shutdown(self) -> None:
        """Stop listening to the backend (the window is closing). Idempotent."""
        if self._listening:
            self._listening = False
            backend.remove_listener(self._from_any_thread)
            self._tick.stop()
