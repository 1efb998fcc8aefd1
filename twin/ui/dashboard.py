"""The plant dashboard: headline figures and scrolling pyqtgraph charts of the running twin.

Plot items are created once; each refresh writes the session's ring buffers into them with
``setData`` (pyqtgraph's scrolling-plot pattern, conventions.md #7). Charts share one time axis
in simulated time.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from twin.session import MWH_PER_HOME_YEAR, History, PlantSnapshot
from twin.ui.i18n import number

pg.setConfigOptions(antialias=True, background="w", foreground="#1f2a33")

SERIES_COLORS = {
    "it": "#2f6fc0",
    "pue": "#1f2a33",
    "ambient": "#7d858c",
    "supply": "#2f6fc0",
    "return": "#d64541",
    "exported": "#f08a24",
    "free": "#2e7d4f",
}


class Figure(QWidget):
    """A headline figure: big value, small caption, optional tooltip with the assumption."""

    def __init__(self, caption: str = "", tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel("–")  # notr: a dash, no words
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1f2a33;")
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #56606b;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        if tooltip:
            self.setToolTip(tooltip)

    def set(self, text: str, caption: str | None = None) -> None:
        self.value.setText(text)
        if caption is not None:
            self.caption.setText(caption)


class Dashboard(QWidget):
    """Headline figures on top, five charts below, all fed by :meth:`show_snapshot`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pue = Figure()
        self.it_load = Figure()
        self.exported = Figure()
        self.cooling = Figure()
        self.ambient = Figure()
        headline = QHBoxLayout()
        for figure in (self.pue, self.it_load, self.exported, self.cooling, self.ambient):
            headline.addWidget(figure)
        self.status = QLabel(self.tr("Starting the plant model…"))
        self._last_snapshot: PlantSnapshot | None = None
        """The snapshot on show, written again on a language switch (its captions carry its state)."""
        self._starting_message = True
        """The status line still says the model is starting (the default text, re-set on a switch)."""
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #56606b;")

        self.charts = QGridLayout()
        self.plots: dict[str, pg.PlotItem] = {}
        self.curves: dict[str, pg.PlotDataItem] = {}
        specs = self._chart_specs()
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setMinimumHeight(150)
        for column, (key, title, unit, series) in enumerate(specs):
            plot = self.graphics.addPlot(row=0, col=column, axisItems={"bottom": pg.DateAxisItem()})
            plot.setTitle(f"{title}" + (f" ({unit})" if unit else ""), size="10pt")
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setMenuEnabled(False)
            if len(series) > 1:
                plot.addLegend(offset=(4, 4), labelTextSize="8pt")
            for name, label in series:
                self.curves[name] = plot.plot(pen=pg.mkPen(SERIES_COLORS[name], width=2), name=label)
            self.plots[key] = plot
        self.plots["pue"].addLine(y=1.2, pen=pg.mkPen("#b26a00", width=1, style=Qt.PenStyle.DashLine))
        self.plots["pue"].setYRange(1.0, 1.4, padding=0)
        self.plots["free"].setYRange(0, 100, padding=0.02)
        self.plots["temperature"].setYRange(0, 50, padding=0)
        self.plots["exported"].setYRange(0, 60, padding=0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(headline)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.status)
        self.mark_lines: dict[str, list[pg.InfiniteLine]] = {}
        """Vertical lines marking layout edits, per chart (see :meth:`show_history`)."""
        self._marks_shown: list[tuple[float, str]] = []
        self.retranslate()

    def _chart_specs(self) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
        """Chart key, title, unit and (series, legend) pairs, in the language in force."""
        return [
            ("it", self.tr("IT load"), "MW", [("it", self.tr("IT"))]),
            ("pue", self.tr("PUE"), "", [("pue", self.tr("PUE"))]),
            ("temperature", self.tr("Temperatures"), "°C", [("ambient", self.tr("outside")), ("supply", self.tr("water supply")),
                                                            ("return", self.tr("water return"))]),
            ("exported", self.tr("Heat exported"), "MW", [("exported", self.tr("to districts"))]),
            ("free", self.tr("Load on free cooling"), "%", [("free", self.tr("free cooling"))]),
        ]

    def retranslate(self) -> None:
        """Re-set captions, tooltips, chart titles and legends in the language in force."""
        self.pue.caption.setText(self.tr("PUE now"))
        self.pue.setToolTip(self.tr("Total facility power / IT power, from the plant model (target 1.2, published)"))
        self.it_load.caption.setText(self.tr("IT load"))
        self.exported.caption.setText(self.tr("heat exported"))
        self.exported.setToolTip(self.tr(
            "Heat delivered to the district line. Homes: the yearly heat of one home is taken as "
            "{mwh} MWh (ADEME: 1 TWh/yr ~ 100,000 homes).").format(mwh=number(MWH_PER_HOME_YEAR, 0)))
        self.cooling.caption.setText(self.tr("free cooling"))
        self.ambient.caption.setText(self.tr("outside air"))
        for key, title, unit, series in self._chart_specs():
            plot = self.plots[key]
            plot.setTitle(f"{title}" + (f" ({unit})" if unit else ""), size="10pt")
            legend = plot.legend
            if legend is not None:
                names = dict(series)
                for sample, label in legend.items:
                    curve = next((n for n, c in self.curves.items() if c is sample.item), None)
                    if curve in names:
                        label.setText(names[curve])
        if self._last_snapshot is not None:
            self.show_snapshot(self._last_snapshot)
        elif self._starting_message:
            self.status.setText(self.tr("Starting the plant model…"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_snapshot(self, snapshot: PlantSnapshot) -> None:
        """Update the headline figures; a figure with nothing to stand on reads "no data"."""
        self._last_snapshot = snapshot
        no_data = self.tr("no data")
        if snapshot.has_pue:
            self.pue.set(number(snapshot.campus_pue, 3), self.tr("PUE now"))
        else:
            self.pue.set(no_data, self.tr("PUE now · no IT load reported"))
        stale = any(snapshot.stale.values())
        self.it_load.set(f"{number(snapshot.campus_it_mw)} MW", self.tr("IT load · some halls stale") if stale else self.tr("IT load"))
        homes = snapshot.homes_heated
        if homes is None:
            self.exported.set(f"{number(snapshot.exported_mw)} MW", self.tr("heat exported · none now"))
        else:
            self.exported.set(f"{number(snapshot.exported_mw)} MW",
                              self.tr("heat exported · at this rate ≈ {homes} homes heated").format(homes=_round_homes(homes)))
        chillers = sum(snapshot.chiller_on.values())
        caption = self.tr("IT load on free cooling · chillers on in {on} of {halls} halls").format(
            on=chillers, halls=len(snapshot.chiller_on))
        if snapshot.water_m3_total > 0:
            caption += self.tr(" · water used {m3} m³").format(m3=number(snapshot.water_m3_total))
        share = f"{number(100 * snapshot.free_cooling_share)} %" if snapshot.campus_it_mw > 0 else no_data
        self.cooling.set(share, caption)
        self.ambient.set(f"{number(snapshot.ambient_c, 1)} °C",
                         self.tr("outside air · RH {rh} %").format(rh=number(snapshot.relative_humidity_pct)))
        when = str(snapshot.time).replace("T", " ")[:16]
        self.status.setText(self.tr("{when} · load: {source} · weather: {weather}").format(
            when=when, source=snapshot.source_status, weather=snapshot.weather_label))

    def set_capacity(self, it_capacity_mw: float) -> None:
        """Scale the IT-load chart to the campus's capacity (so a 0.1 MW wobble looks like one)."""
        self.plots["it"].setYRange(0, it_capacity_mw * 1.05, padding=0)

    def show_history(self, history: History) -> None:
        """Redraw the charts from the session's ring buffers, with a line at every layout edit."""
        self._show_marks(history.marks)
        for buffer, columns in (
            (history.it_mw, ("it",)),
            (history.pue, ("pue",)),
            (history.exported_mw, ("exported",)),
            (history.free_cooling, ("free",)),
            (history.temperatures_c, ("ambient", "supply", "return")),
        ):
            t, values = buffer.view()
            for index, name in enumerate(columns):
                column = values[:, index] if len(t) else np.zeros(0)
                self.curves[name].setData(t, column, connect="finite")
        # Axes that start at zero grow with the data, never shrink below the default view.
        for key, buffer, floor in (("exported", history.exported_mw, 60.0), ("temperature", history.temperatures_c, 50.0)):
            _, values = buffer.view()
            top = float(np.nanmax(values)) if values.size else 0.0
            self.plots[key].setYRange(0, max(floor, top * 1.1), padding=0)

    def _show_marks(self, marks: list[tuple[float, str]]) -> None:
        """One dashed vertical line per edit on every chart (lines reused, never leaked)."""
        if marks == self._marks_shown:
            return
        self._marks_shown = list(marks)
        for lines in self.mark_lines.values():
            for line in lines:
                line.setVisible(False)
        for key, plot in self.plots.items():
            lines = self.mark_lines.setdefault(key, [])
            while len(lines) < len(marks):
                line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#8a4fbf", width=1, style=Qt.PenStyle.DashLine))
                plot.addItem(line, ignoreBounds=True)
                lines.append(line)
            for line, (t, label) in zip(lines, marks, strict=False):
                line.setPos(t)
                line.setToolTip(label)
                line.setVisible(True)

    def show_starting(self, message: str) -> None:
        """Say what is being prepared before the first snapshot (``message`` in the language in force)."""
        self._starting_message = False
        self.status.setText(message)


def _round_homes(homes: float) -> str:
    """Homes rounded as a presenter would say it (two significant figures)."""
    if homes < 100:
        return number(homes)
    digits = len(str(int(homes))) - 2
    return number(round(homes, -digits))
