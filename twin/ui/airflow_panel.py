"""The "Wind and heat" panel: wind, air temperature, solver run control, resolution, overlays.

Thin: controls emit intent signals; the main window turns them into solver settings and overlay
visibility. The panel shows which tier of the solution is on screen (first look, settling,
settled), how fast the solver runs, and any warning it raised.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from twin.ui.i18n import number
from twin.ui.resolution import DETAILED_MAX_CELLS

RESOLUTIONS = (
    (QT_TRANSLATE_NOOP("AirflowPanel", "coarse (12 m)"), 12.0, 6.0),
    (QT_TRANSLATE_NOOP("AirflowPanel", "default (8 m)"), 8.0, 5.0),
    (QT_TRANSLATE_NOOP("AirflowPanel", "fine (6 m)"), 6.0, 4.0),
    (QT_TRANSLATE_NOOP("AirflowPanel", "detailed (4 m, slower)"), 4.0, 5.0),
)
"""Preset name (English source), horizontal and vertical cell size in metres."""
PRESET_MAX_CELLS = {4.0: DETAILED_MAX_CELLS}
"""Cell budget of a preset by its horizontal cell size (the others: the solver's default)."""

OVERLAYS = (
    ("temperature", QT_TRANSLATE_NOOP("AirflowPanel", "Warm air at a height")),
    ("vertical", QT_TRANSLATE_NOOP("AirflowPanel", "Vertical slice along the wind")),
    ("plume", QT_TRANSLATE_NOOP("AirflowPanel", "Plume (air 2 °C warmer)")),
    ("wind", QT_TRANSLATE_NOOP("AirflowPanel", "Wind arrows")),
    ("recirculation", QT_TRANSLATE_NOOP("AirflowPanel", "Intake temperature rise per hall")),
)
"""Overlay id and the words shown to the user (English sources)."""

TIER_WORDS = {
    "first look": QT_TRANSLATE_NOOP("AirflowPanel", "first look — the previous wind fitted to the new layout; refining…"),
    "settling": QT_TRANSLATE_NOOP("AirflowPanel", "settling — the flow is still adjusting"),
    "settled": QT_TRANSLATE_NOOP("AirflowPanel", "settled — the statistics of the flow no longer change"),
    "invalid": QT_TRANSLATE_NOOP("AirflowPanel", "INVALID — the solver gave up after repeated roll-backs. The overlays "
                                                 "show the last good field, greyed, and its recirculation is not passed "
                                                 "to the plant. Change the wind, the layout or the resolution to restart it."),
}
ROLLED_BACK_WORDS = QT_TRANSLATE_NOOP("AirflowPanel", "settling — rolled back {n} times since the last edit, so not called settled")


def _translate(text: str) -> str:
    return QCoreApplication.translate("AirflowPanel", text)


class AirflowPanel(QWidget):
    """Controls of the airflow and heat solver and of its overlays."""

    weather_requested = Signal(float, float, float)
    """Wind from (deg, clockwise from north), wind speed at 10 m (m/s), air temperature (C)."""
    follow_weather_requested = Signal(bool)
    """Take wind and air temperature from the weather being played (True) or from these controls."""
    playing_requested = Signal(bool)
    """Run (True) or pause (False) the solver."""
    step_requested = Signal()
    """Advance the paused solver by one step."""
    resolution_requested = Signal(float, float)
    """Horizontal and vertical cell size, metres."""
    overlay_toggled = Signal(str, bool)
    """An overlay id and whether it is shown."""
    slice_height_requested = Signal(float)
    """Height of the horizontal temperature slice and of the wind arrows, metres."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weather_box = weather_box = QGroupBox()
        self.follow = QCheckBox()
        self.wind_from = QSpinBox()
        self.wind_from.setRange(0, 359)
        self.wind_from.setWrapping(True)
        self.wind_from.setSuffix("°")
        self.wind_speed = QDoubleSpinBox()
        self.wind_speed.setRange(0.0, 25.0)  # 0: calm air, a supported regime
        self.wind_speed.setSingleStep(0.5)
        self.wind_speed.setSuffix(" m/s")
        self.ambient = QDoubleSpinBox()
        self.ambient.setRange(-20.0, 45.0)
        self.ambient.setSuffix(" °C")
        self.apply = QPushButton()
        weather_form = QFormLayout(weather_box)
        weather_form.addRow(self.follow)
        weather_form.addRow(QLabel(), self.wind_from)
        weather_form.addRow(QLabel(), self.wind_speed)
        weather_form.addRow(QLabel(), self.ambient)
        weather_form.addRow("", self.apply)

        self.run_box = run_box = QGroupBox()
        self.play = QPushButton()
        self.play.setCheckable(True)
        self.step = QPushButton()
        self.step.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.play)
        buttons.addWidget(self.step)
        self.resolution = QComboBox()
        for name, _, _ in RESOLUTIONS:
            self.resolution.addItem(_translate(name))
        self.resolution.setCurrentIndex(1)
        self.tier = QLabel(self.tr("starting…"))
        self.tier.setWordWrap(True)
        self.speed = QLabel("")
        self.speed.setStyleSheet("color: #56606b;")
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        run_form = QFormLayout(run_box)
        run_form.addRow(buttons)
        run_form.addRow(QLabel(), self.resolution)
        self.resolution_note = QLabel("")
        """Why the last resolution asked for was refused (empty when it was not)."""
        self.resolution_note.setWordWrap(True)
        self.resolution_note.setStyleSheet("color: #b3261e;")
        run_form.addRow(self.resolution_note)
        run_form.addRow(QLabel(), self.tier)
        run_form.addRow("", self.speed)
        self.outputs = QLabel("")
        self.outputs.setWordWrap(True)
        run_form.addRow(self.outputs)
        run_form.addRow(self.message)

        self._row_labels = [(weather_form, self.wind_from), (weather_form, self.wind_speed), (weather_form, self.ambient),
                            (run_form, self.resolution), (run_form, self.tier)]
        self._tier: str | None = None
        self._rollbacks = 0
        self._outputs: tuple[float, float] | None = None

        self.overlay_box = overlay_box = QGroupBox()
        overlay_layout = QVBoxLayout(overlay_box)
        self.overlay_checks: dict[str, QCheckBox] = {}
        for overlay_id, words in OVERLAYS:
            check = QCheckBox(_translate(words))
            check.setChecked(overlay_id in ("temperature", "recirculation"))
            check.toggled.connect(lambda on, oid=overlay_id: self.overlay_toggled.emit(oid, on))
            self.overlay_checks[overlay_id] = check
            overlay_layout.addWidget(check)
        self.slice_height = QSpinBox()
        self.slice_height.setRange(2, 100)
        self.slice_height.setValue(30)
        self._height_label = QLabel()
        height_row = QHBoxLayout()
        height_row.addWidget(self._height_label)
        height_row.addWidget(self.slice_height, 1)
        overlay_layout.addLayout(height_row)

        layout = QVBoxLayout(self)
        layout.addWidget(weather_box)
        layout.addWidget(run_box)
        layout.addWidget(overlay_box)
        layout.addStretch(1)

        self.apply.clicked.connect(self._emit_weather)
        self.follow.toggled.connect(self._on_follow)
        self.play.toggled.connect(self._on_play)
        self.step.clicked.connect(self.step_requested)
        self.resolution.activated.connect(lambda i: self.resolution_requested.emit(RESOLUTIONS[i][1], RESOLUTIONS[i][2]))
        self.slice_height.valueChanged.connect(lambda value: self.slice_height_requested.emit(float(value)))
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set every static text in the language in force (called on ``LanguageChange``)."""
        self.weather_box.setTitle(self.tr("Wind and air"))
        self.follow.setText(self.tr("follow the weather being played"))
        self.wind_from.setToolTip(self.tr("Direction the wind blows from, clockwise from north (240° = WSW, the prevailing wind)"))
        self.apply.setText(self.tr("Apply"))
        self.run_box.setTitle(self.tr("Solver"))
        self.play.setText(self.tr("Run") if self.play.isChecked() else self.tr("Pause"))
        self.step.setText(self.tr("Step"))
        for index, (name, _, _) in enumerate(RESOLUTIONS):
            self.resolution.setItemText(index, _translate(name))
        self.resolution.setItemData(len(RESOLUTIONS) - 1, self.tr(
            "Cells of 4 m: building-scale detail, about four times the cells of the default grid, "
            "so the solver runs about four times slower"), Qt.ItemDataRole.ToolTipRole)
        self.overlay_box.setTitle(self.tr("Show"))
        for overlay_id, words in OVERLAYS:
            self.overlay_checks[overlay_id].setText(_translate(words))
        self.slice_height.setSuffix(self.tr(" m above ground"))
        self._height_label.setText(self.tr("Height"))
        words = (self.tr("Wind from"), self.tr("Wind speed"), self.tr("Air"), self.tr("Resolution"), self.tr("Showing"))
        for (form, field), text in zip(self._row_labels, words, strict=True):
            form.labelForField(field).setText(text)
        if self._tier is not None:
            self.tier.setText(self._state_text())
        else:
            self.tier.setText(self.tr("starting…"))
        if self._outputs is not None:
            self.show_outputs(*self._outputs)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_weather(self, wind_from_deg: float, wind_speed_ms: float, ambient_c: float) -> None:
        """Show the weather in use without emitting requests."""
        for widget, value in ((self.wind_from, round(wind_from_deg) % 360), (self.wind_speed, wind_speed_ms), (self.ambient, ambient_c)):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)

    def show_resolution(self, dx_m: float, refused: str = "") -> None:
        """Select the preset of cell size ``dx_m`` without emitting a request; ``refused``: why the
        one asked for was not applied (shown under the choice until the next one)."""
        index = next((i for i, (_, dx, _) in enumerate(RESOLUTIONS) if dx == dx_m), -1)
        if index >= 0:
            self.resolution.blockSignals(True)
            self.resolution.setCurrentIndex(index)
            self.resolution.blockSignals(False)
        self.resolution_note.setText(refused)

    def show_outputs(self, reserve_rise_k: float, pedestrian_wind_max_ms: float) -> None:
        """Show what the field means near the ground: warmth over the reserve, strongest gust path.

        Nothing from an invalid field is shown as a figure (see :meth:`show_frame`).
        """
        self._outputs = (reserve_rise_k, pedestrian_wind_max_ms)
        if self._tier == "invalid":
            self.outputs.setText(self.tr("Air over the nature reserve: —\nStrongest wind at pedestrian height: — "
                                         "(the field is invalid)"))
            return
        self.outputs.setText(
            self.tr("Air over the nature reserve: {rise} K vs ambient\nStrongest wind at pedestrian height: {wind} m/s").format(
                rise=number(reserve_rise_k, 1, signed=True), wind=number(pedestrian_wind_max_ms, 1))
        )

    def show_frame(self, frame) -> None:
        """Show the state of an airflow :class:`~twin.sim.airflow.runner.Frame`: tier or INVALID,
        roll-backs since the last edit, speed and the latest warning."""
        self.show_frame_state(frame.state, frame.real_time_factor, frame.grid.cells, frame.messages,
                              rollbacks=frame.rollbacks_since_edit)

    def show_frame_state(self, tier: str, real_time_factor: float, cells: int, messages: tuple[str, ...],
                         rollbacks: int = 0) -> None:
        """Say which tier (or ``"invalid"``) is on screen, how fast the solver runs and its last warning.

        A run rolled back since the last edit is said to be settling with its roll-back count,
        never "settled".
        """
        self._tier, self._rollbacks = tier, rollbacks
        self.tier.setText(self._state_text())
        color = {"settled": "#2e7d4f", "settling": "#b26a00", "invalid": "#b3261e"}.get(tier, "#2f6fc0")
        if rollbacks and tier == "settling":
            color = "#b3261e"
        self.tier.setStyleSheet(f"color: {color};{' font-weight: bold;' if tier == 'invalid' else ''}")
        rtf = self.tr("{factor}× faster than real time").format(factor=number(real_time_factor)) \
            if real_time_factor == real_time_factor else ""
        self.speed.setText(self.tr("{cells} cells · {rtf}").format(cells=number(cells), rtf=rtf))
        self.message.setText(messages[-1] if messages else "")

    def _state_text(self) -> str:
        tier = self._tier or ""
        if tier == "settling" and self._rollbacks:
            return _translate(ROLLED_BACK_WORDS).format(n=number(self._rollbacks))
        return _translate(TIER_WORDS[tier]) if tier in TIER_WORDS else tier

    def _emit_weather(self) -> None:
        self.weather_requested.emit(float(self.wind_from.value()), self.wind_speed.value(), self.ambient.value())

    def _on_follow(self, on: bool) -> None:
        for widget in (self.wind_from, self.wind_speed, self.ambient, self.apply):
            widget.setEnabled(not on)
        self.follow_weather_requested.emit(on)

    def _on_play(self, paused: bool) -> None:
        self.play.setText(self.tr("Run") if paused else self.tr("Pause"))
        self.step.setEnabled(paused)
        self.playing_requested.emit(not paused)


