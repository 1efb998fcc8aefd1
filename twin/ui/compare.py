"""Alternatives side by side: layout A and layout B, one key to switch, one table to compare.

The panel keeps two documents: A (the one the window had when B was made) and B (a duplicate
of it, or a second layout file). :meth:`ComparePanel.switch` shows the other one in the
window, edits and undo history intact on both. :meth:`ComparePanel.compute` runs, off the GUI
thread, exactly what ``twin compare`` runs (:func:`twin.sweep.annual.run_year` with the
recirculation swept over the weather's wind rose, cached on disk) and fills the table of
:func:`twin.sweep.compare.comparison_rows`, B's better figures in green and worse in red.
The table exports as CSV (:func:`twin.sweep.compare.table_csv`, the same text the command
writes) and as a PNG of the panel.

Thin panel (conventions.md #10): no figures are computed here; the window gives the panel a
way to read the current document and to show another.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from twin.model.document import CampusDocument

BETTER = QColor("#d7efd9")
WORSE = QColor("#f6d5d3")
SWITCH_KEY = "F6"
"""One key flips the window between A and B."""


def _year_figures(campus, weather, progress: Callable[[str], None]) -> dict:
    """What ``twin year`` prints for ``campus`` (runs on a worker thread)."""
    from twin.sweep.annual import run_year
    from twin.sweep.recirculation import sweep_recirculation

    recirculation = sweep_recirculation(campus, weather, progress=progress)
    return run_year(campus, weather, recirculation=recirculation).figures()


class ComparePanel(QWidget):
    """Two alternatives, the A/B switch and their comparison table.

    Parameters
    ----------
    current
        Returns the document the window shows now.
    show
        Makes the window show a document (the window's own document switch).
    weather
        Returns the weather series to compare over (the session's, or None for the default year).
    """

    compared = Signal(list)
    """The comparison finished (the list of :class:`~twin.sweep.compare.Row`)."""

    def __init__(
        self,
        current: Callable[[], CampusDocument],
        show: Callable[[CampusDocument], None],
        weather: Callable[[], object | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._current = current
        self._show = show
        self._weather = weather
        self.a: CampusDocument | None = None
        self.b: CampusDocument | None = None
        self.rows: list = []
        self._future: Future | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._progress: list[str] = []
        self._lock = threading.Lock()

        self.which = QLabel()
        self.which.setStyleSheet("font-weight: 600;")
        self.which.setWordWrap(True)
        self.duplicate_button = QPushButton()
        self.open_button = QPushButton()
        self.switch_button = QPushButton()
        self.compute_button = QPushButton()
        self.csv_button = QPushButton()
        self.png_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #56606b;")
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(260)

        # Two buttons a row: three a row did not fit the 380 px dock of a 1280x720 projector
        # (longer still in French), and the panel scrolled sideways.
        buttons = QGridLayout()
        for index, button in enumerate((self.duplicate_button, self.open_button, self.switch_button,
                                        self.compute_button, self.csv_button, self.png_button)):
            buttons.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.which)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

        self.switch_action = QAction(self)
        self.switch_action.setShortcut(QKeySequence(SWITCH_KEY))
        self.switch_action.triggered.connect(self.switch)
        self.duplicate_action = QAction(self)
        self.duplicate_action.triggered.connect(self.duplicate_as_b)
        self.duplicate_button.clicked.connect(self.duplicate_as_b)
        self.open_button.clicked.connect(self.open_b_dialog)
        self.switch_button.clicked.connect(self.switch)
        self.compute_button.clicked.connect(self.compute)
        self.csv_button.clicked.connect(self.export_csv_dialog)
        self.png_button.clicked.connect(self.export_png_dialog)
        self._poll = QTimer(self)
        self._poll.setInterval(200)
        self._poll.timeout.connect(self._check_done)
        self.retranslate()

    def retranslate(self) -> None:
        """Static texts in the language in force."""
        self.duplicate_button.setText(self.tr("Duplicate as alternative B"))
        self.duplicate_action.setText(self.tr("Duplicate as alternative &B"))
        self.open_button.setText(self.tr("Open layout as B…"))
        self.switch_button.setText(self.tr("Switch A/B ({key})").format(key=SWITCH_KEY))
        self.switch_action.setText(self.tr("Switch between alternatives A and B"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.png_button.setText(self.tr("Export PNG…"))
        self.table.setHorizontalHeaderLabels([self.tr("figure"), "A", "B", self.tr("B - A"), self.tr("verdict")])
        self._show_which()
        self._update_buttons()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- public API ----------------------------------------------------------------------

    def actions(self) -> list[QAction]:  # type: ignore[override]
        """The menu actions: duplicate as B, switch A/B."""
        return [self.duplicate_action, self.switch_action]

    def duplicate_as_b(self) -> None:
        """Make B a copy of the layout shown now (A stays as it is) and show B."""
        self.a = self._current()
        self.b = CampusDocument(self.a.campus, None)
        self._show(self.b)
        self._changed()

    def open_b(self, path: Path | str) -> bool:
        """Load a second layout as B and show it; a bad file is refused with its message."""
        from twin.io.errors import FileContentError
        from twin.io.layout import load_layout

        try:
            campus = load_layout(path)
        except (FileContentError, OSError) as error:
            QMessageBox.critical(self, self.tr("Cannot open layout"), str(error))
            return False
        self.a = self._current()
        self.b = CampusDocument(campus, Path(path))
        self._show(self.b)
        self._changed()
        return True

    def open_b_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open layout as B"), "", self.tr("Campus layout (*.geojson *.json)"))
        if path:
            self.open_b(path)

    def switch(self) -> None:
        """Show the other alternative (nothing to do until B exists)."""
        if self.a is None or self.b is None:
            return
        self._show(self.b if self._current() is self.a else self.a)
        self._show_which()

    def showing(self) -> str | None:
        """``"A"``, ``"B"`` or None (no alternative yet)."""
        if self.a is None or self.b is None:
            return None
        return "A" if self._current() is self.a else "B"

    def compute(self) -> None:
        """Compare A and B over a year in the background (what ``twin compare`` prints); with
        no B yet, the year figures of the layout shown (what ``twin year`` prints) in column A."""
        if self._future is not None:
            return
        from twin.sim.weather import load_default_weather

        weather = self._weather() or load_default_weather()
        pair = self.a is not None and self.b is not None
        campuses = (self.a.campus, self.b.campus) if pair else (self._current().campus,)
        self._executor = self._executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="twin-compare")
        self._progress = []

        def say(line: str) -> None:
            with self._lock:
                self._progress.append(line)

        def work():
            return [_year_figures(c, weather, say) for c in campuses]

        self._future = self._executor.submit(work)
        self.status.setText(self.tr("Comparing: the airflow solver sweeps the wind rose for each layout "
                                    "(minutes the first time, instant from the cache)…"))
        self._poll.start()
        self._update_buttons()

    def wait(self, timeout: float) -> bool:
        """Block until a comparison in progress is done (for tests and scripts); True if done."""
        future = self._future
        if future is None:
            return True
        try:
            future.result(timeout=timeout)
        except Exception:  # noqa: BLE001 - reported by _check_done
            pass
        self._check_done()
        return self._future is None

    def export_csv(self, path: Path | str) -> None:
        """Write the table as CSV, atomically (the same text ``twin compare --csv`` writes)."""
        from twin.core.files import write_text_atomically
        from twin.sweep.compare import table_csv

        write_text_atomically(path, table_csv(self.rows, "A", "B"))

    def export_png(self, path: Path | str) -> None:
        """Write the panel (buttons, status and table) as a PNG image."""
        from PySide6.QtCore import QBuffer, QIODevice

        from twin.core.files import write_bytes_atomically

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.table.grab().save(buffer, "PNG")
        write_bytes_atomically(path, bytes(buffer.data()))

    def export_csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export comparison"), "comparison.csv", self.tr("CSV (*.csv)"))
        if path:
            self.export_csv(path)

    def export_png_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export comparison"), "comparison.png", self.tr("PNG image (*.png)"))
        if path:
            self.export_png(path)

    def shutdown(self) -> None:
        """Stop polling and wait for a comparison in progress (it cannot be interrupted)."""
        self._poll.stop()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    # -- private -------------------------------------------------------------------------

    def _changed(self) -> None:
        self.rows = []
        self.table.setRowCount(0)
        self.status.setText(self.tr("B is a copy of A: edit it, then compare.") if self.b and self.b.path is None
                            else self.tr("Compare the two layouts over a year."))
        self._show_which()
        self._update_buttons()

    def _show_which(self) -> None:
        which = self.showing()
        if which is None:
            self.which.setText(self.tr("One layout. Duplicate it or open another as alternative B."))
        else:
            self.which.setText(self.tr("Showing alternative {which} ({key} switches)").format(which=which, key=SWITCH_KEY))

    def _update_buttons(self) -> None:
        pair = self.a is not None and self.b is not None
        busy = self._future is not None
        self.switch_button.setEnabled(pair)
        self.switch_action.setEnabled(pair)
        self.compute_button.setEnabled(not busy)
        self.compute_button.setText(self.tr("Compare over a year") if pair else self.tr("Year figures of this layout"))
        self.csv_button.setEnabled(bool(self.rows))
        self.png_button.setEnabled(bool(self.rows))

    def _check_done(self) -> None:
        future = self._future
        if future is None:
            self._poll.stop()
            return
        if not future.done():
            with self._lock:
                last = self._progress[-1] if self._progress else ""
            if last:
                self.status.setText(last.strip())
            return
        self._future = None
        self._poll.stop()
        try:
            figures = future.result()
        except Exception as error:  # noqa: BLE001 - shown to the user; the window carries on
            self.status.setText(self.tr("The comparison failed: {error}").format(error=error))
            self._update_buttons()
            return
        from twin.sweep.compare import comparison_rows

        figures_a = figures[0]
        single = len(figures) == 1
        self.rows = comparison_rows(figures_a, figures[-1])
        for column in (2, 3, 4):
            self.table.setColumnHidden(column, single)
        rc = figures_a["recirculation"]
        self.status.setText(self.tr("Over {weather}; recirculation from {cases} wind cases on a {dx:g} m grid.").format(
            weather=figures_a["weather_source"], cases=rc.get("cases", 0), dx=rc.get("grid_dx_m", 0)))
        self._fill_table()
        self._update_buttons()
        self.compared.emit(self.rows)

    def _fill_table(self) -> None:
        from twin.sweep.compare import format_value, verdict_text

        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            unit = f" ({row.unit})" if row.unit else ""
            d = row.difference
            cells = [row.label + unit, format_value(row.a, row.digits), format_value(row.b, row.digits),
                     format_value(d, row.digits) if d is None else f"{d:+,.{row.digits}f}", verdict_text(row.verdict)]
            colour = BETTER if row.verdict == "B better" else WORSE if row.verdict == "B worse" else None
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if colour is not None:
                    item.setBackground(colour)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
