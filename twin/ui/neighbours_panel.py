"""The "Neighbours" panel: what the campus means at the nearest homes of each commune.

A thin view over :func:`twin.sim.residents.neighbours_view` (the same table as
``twin residents``): per commune the plant's noise by day and at night, the emergence over the
residual level and the ICPE verdict with its margin, the warming at 2 m and the plume's height;
below it the reserve's figures. It also draws the receptor badges
(:mod:`twin.render.receptors`) and the ground noise map (:mod:`twin.render.noise_map`) in the 3-D
view.

The computation runs on a worker thread (latest wins: an edit during a computation is computed
next); while it runs the shown figures are marked as recomputing, never shown as current. Work
starts only while the panel is visible, so the rest of the window pays nothing for it.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from twin.ui.i18n import number

DEBOUNCE_MS = 300
"""Wait this long after an edit before recomputing (a drag sends many)."""
POLL_MS = 100


MAP_CELLS_M = (10.0, 5.0)
"""The map is drawn first with 10 m cells (about a second), then refined to 5 m cells."""


def compute_neighbours(campus, weather, index: int, period: str, cell_m: float = MAP_CELLS_M[0]) -> tuple:  # noqa: ANN001
    """Worker-thread job: the simulated IT load, then :func:`twin.sim.residents.neighbours_view`
    (the same calls as ``twin residents``), with a noise map of ``period`` at ``cell_m``."""
    from twin.live.simulated import simulate_campus_load
    from twin.sim.residents import neighbours_view

    _ids, load = simulate_campus_load(campus, weather.time, seed=7)
    return neighbours_view(campus, weather, load, index, period=period, map_cell_m=cell_m)


class NeighboursPanel(QWidget):
    """Table of the receptors, the reserve summary, and the map toggles.

    Parameters
    ----------
    parent
        The main window.
    campus, weather, hour_index
        Callables giving the current campus, weather year (or None while the session starts)
        and hour index into it.
    layers
        The viewport's scene layers (where the overlays go); None for a panel without a view.
    request_render
        Called after the overlays changed.
    """

    updated = Signal()
    """A new table was shown (tests wait on it)."""

    def __init__(self, parent: QWidget | None, campus: Callable, weather: Callable, hour_index: Callable,
                 layers=None, request_render: Callable[[], None] | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._campus, self._weather, self._hour = campus, weather, hour_index
        self._layers = layers
        self._render = request_render or (lambda: None)
        self._executor: ThreadPoolExecutor | None = None
        self._future: Future | None = None
        self._cell = MAP_CELLS_M[0]
        self._dirty = True
        self._closed = False
        self.table_data: dict | None = None
        self._map = None
        self._badges = None
        self._drawn: tuple | None = None
        """(table, noise map) last drawn in 3-D, drawn again on a language switch (badges, legend)."""
        self._map_overlay = None

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.period = QComboBox()
        self.show_map = QCheckBox()
        self.show_map.setChecked(True)
        self.show_badges = QCheckBox()
        self.show_badges.setChecked(True)
        self.table = QTableWidget(0, 8)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.reserve = QLabel()
        self.reserve.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        # The period on a row of its own: with the two switches beside it the row was wider
        # than the 380 px dock of a 1280x720 projector (the panel scrolled sideways).
        row = QHBoxLayout()
        row.addWidget(self.show_map)
        row.addWidget(self.show_badges)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reserve)
        layout.addWidget(self.note)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)
        self.period.currentIndexChanged.connect(lambda _i: self.request_update())
        self.show_map.toggled.connect(self._apply_visibility)
        self.show_badges.toggled.connect(self._apply_visibility)
        self.retranslate()

    # ------------------------------------------------------------------ Qt overrides
    def changeEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        if self._dirty:
            self.request_update()
        self._apply_visibility()

    def hideEvent(self, event) -> None:  # noqa: N802, ANN001
        super().hideEvent(event)
        self._apply_visibility()

    # ------------------------------------------------------------------ public API
    def retranslate(self) -> None:
        """Set every text in the language in force."""
        index = self.period.currentIndex()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("Night map (22-7 h)"), "night")
        self.period.addItem(self.tr("Day map (7-22 h)"), "day")
        self.period.setCurrentIndex(max(index, 0))
        self.period.blockSignals(False)
        self.show_map.setText(self.tr("Noise map"))
        self.show_badges.setText(self.tr("Badges at the homes"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Commune"), self.tr("Distance"), self.tr("Day dB(A)"), self.tr("Night dB(A)"),
            self.tr("Emergence day / night"), self.tr("ICPE rule"), self.tr("Warm air"), self.tr("Plume height"),
        ])
        self.note.setText(self.tr(
            "Plant noise by ISO 9613-2 (downwind, 4 m above ground); residual levels, generator "
            "test schedule and the octave spectra are planning assumptions. Warm air: Briggs plume "
            "rise and Gaussian dispersion of the plant's heat."
        ))
        if self.table_data is not None:
            self._show(self.table_data)
        else:
            self.status.setText(self.tr("Not computed yet."))
        if self._drawn is not None and self._badges is not None:
            # The badges and the map's legend are VTK text: written again in the new language,
            # greyed again if they were (figures from before an edit).
            greyed = self._badges.greyed
            self._draw(*self._drawn)
            if greyed:
                for overlay in (self._badges, self._map_overlay):
                    overlay.set_greyed(True)

    def request_update(self) -> None:
        """Recompute soon (after an edit, a new hour or weather); only while visible."""
        self._dirty = True
        if self._closed:
            return
        if self.table_data is not None:
            self.status.setText(self.tr("Recomputing after the change: the figures below are those before it."))
            for overlay in (self._badges, self._map_overlay):
                if overlay is not None:
                    overlay.set_greyed(True)
        if self._on_screen():
            self._debounce.start()

    def set_tab_shown(self, shown: bool) -> None:
        """Say whether the panel's dock tab is the one shown (``QDockWidget.visibilityChanged``).

        Qt keeps the widgets of a dock's hidden tabs "visible" (``isVisible`` stays true while
        another tab of the group is in front), so the map and badges follow this instead.
        """
        self._tab_shown = shown
        if shown and self._dirty:
            self.request_update()
        self._apply_visibility()

    def _on_screen(self) -> bool:
        return self.isVisible() and getattr(self, "_tab_shown", True)

    def close_down(self) -> None:
        """Stop timers and the worker (the window calls this when it closes)."""
        self._closed = True
        self._debounce.stop()
        self._poll.stop()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        for overlay in (self._badges, self._map_overlay):
            if overlay is not None:
                overlay.remove()
        self._badges = self._map_overlay = None

    # ------------------------------------------------------------------ private
    def _start(self, cell_m: float = MAP_CELLS_M[0]) -> None:
        if self._closed or (self._future is not None and not self._future.done()):
            return  # the running one finishes first; _collect restarts if still dirty
        weather = self._weather()
        if weather is None:
            self._debounce.start()  # the session is still starting
            return
        campus = self._campus()
        index = int(self._hour()) % len(weather.time)
        period = self.period.currentData() or "night"
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="twin-neighbours")
        self._dirty = False
        self._cell = cell_m
        self._future = self._executor.submit(compute_neighbours, campus, weather, index, period, cell_m)
        if cell_m == MAP_CELLS_M[0]:
            self.status.setText(self.tr("Computing noise and warm air at the homes..."))
        self._poll.start()

    def _collect(self) -> None:
        if self._future is None or not self._future.done():
            return
        self._poll.stop()
        future, self._future = self._future, None
        try:
            table, nmap = future.result()
        except Exception as exc:  # noqa: BLE001 - shown to the user, never hidden
            self.status.setText(self.tr("Could not compute the neighbours' figures: {error}").format(error=exc))
            return
        if self._dirty:
            self._start()  # an edit arrived meanwhile: these figures are already stale
            return
        self.table_data = table
        self._map = nmap
        self._show(table)
        self._draw(table, nmap)
        self.updated.emit()
        if self._cell == MAP_CELLS_M[0] and self._on_screen():
            self._start(MAP_CELLS_M[1])  # refine the map; any edit meanwhile restarts at 10 m

    def _show(self, table: dict) -> None:
        rows = table["receptors"]
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            d, n = r["noise"]["day"], r["noise"]["night"]
            ok = d["passes_icpe"] and n["passes_icpe"]
            margins = [m for m in (d["margin_db"], n["margin_db"]) if m is not None]
            margin = min(margins) if margins else None
            verdict = self.tr("within") if ok else self.tr("above")
            if margin is not None:
                verdict = self.tr("{verdict} ({margin} dB margin)").format(verdict=verdict, margin=number(margin, 1))
            dt = r["warm_air"]["delta_t_2m_k"]
            height = r["warm_air"]["plume_height_m"]
            cells = [
                r["commune"],
                self.tr("{d} m {dir}").format(d=number(r["distance_m"]), dir=r["direction"]),
                number(d["plant_dba"], 1),
                number(n["plant_dba"], 1),
                f"{number(d['emergence_db'], 1)} / {number(n['emergence_db'], 1)}",
                verdict,
                self.tr("{dt} K").format(dt=number(dt if dt is not None else float("nan"), 2)),
                self.tr("upwind") if height is None else self.tr("{h} m").format(h=number(height)),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 5:
                    item.setForeground(QColor("#2e7d4f" if ok else "#b3261e"))
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft if j in (0, 5) else Qt.AlignmentFlag.AlignRight)
                self.table.setItem(i, j, item)
        res = table["reserve"]["noise"]
        warm = table["reserve"]["warm_air_far_field"]
        self.reserve.setText(self.tr(
            "Nature reserve ({ha} ha): noise {day} dB(A) by day, {night} dB(A) at night (mean); "
            "{share} of it at or above 45 dB(A) at night; warming at 2 m {dt} K (far field, indicative)."
        ).format(
            ha=number(table["reserve"]["area_ha"], 1), day=number(res["day"]["mean_dba"], 0), night=number(res["night"]["mean_dba"], 0),
            share=f"{number(100 * res['night']['share_at_or_above']['45'], 0)} %", dt=number(warm["mean_delta_t_k"], 2),
        ))
        self.status.setText(self.tr("At {at}; weather: {source}").format(at=table["at"], source=table["weather"]["source"]))

    def _draw(self, table: dict, nmap) -> None:  # noqa: ANN001
        if self._layers is None:
            return
        from twin.render.noise_map import NoiseMapOverlay
        from twin.render.receptors import ReceptorBadges

        campus = self._campus()
        self._drawn = (table, nmap)
        if self._badges is None:
            self._badges = ReceptorBadges(self._layers)
            self._map_overlay = NoiseMapOverlay(self._layers)
        self._badges.greyed = False
        self._map_overlay.greyed = False
        self._badges.update(table["receptors"], {r.id: r.position for r in campus.receptors})
        if nmap is not None:
            self._map_overlay.update(nmap.dba, nmap.x0, nmap.y0, nmap.cell_m, nmap.period)
        self._apply_visibility()

    def _apply_visibility(self) -> None:
        shown = self._on_screen()
        if self._badges is not None:
            self._badges.set_visible(shown and self.show_badges.isChecked())
        if self._map_overlay is not None:
            self._map_overlay.set_visible(shown and self.show_map.isChecked())
        self._render()
