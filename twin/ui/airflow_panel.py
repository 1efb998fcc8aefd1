"""The "Wind and heat" panel: wind, air temperature, solver run control, resolution, overlays.

Thin: controls emit intent signals; the main window turns them into solver settings and overlay
visibility. The panel shows which tier of the solution is on screen (first look, settling,
settled), how fast the solver runs, and any warning it raised.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
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

RESOLUTIONS = (
    ("coarse (12 m)", 12.0, 6.0),
    ("default (8 m)", 8.0, 5.0),
    ("fine (6 m)", 6.0, 4.0),
)
"""Preset name, horizontal and vertical cell size in metres."""

OVERLAYS = (
    ("temperature", "Warm air at a height"),
    ("vertical", "Warm air along the wind (vertical slice)"),
    ("plume", "Plume: air 2 K warmer than ambient"),
    ("wind", "Wind arrows"),
    ("recirculation", "Intake temperature rise per hall"),
)
"""Overlay id and the words shown to the user."""

TIER_WORDS = {
    "first look": "first look — the previous wind fitted to the new layout; refining…",
    "settling": "settling — the flow is still adjusting",
    "settled": "settled — the statistics of the flow no longer change",
}


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
        weather_box = QGroupBox("Wind and air")
        self.follow = QCheckBox("follow the weather being played")
        self.wind_from = QSpinBox()
        self.wind_from.setRange(0, 359)
        self.wind_from.setWrapping(True)
        self.wind_from.setSuffix("°")
        self.wind_from.setToolTip("Direction the wind blows from, clockwise from north (240° = WSW, the prevailing wind)")
        self.wind_speed = QDoubleSpinBox()
        self.wind_speed.setRange(0.5, 25.0)
        self.wind_speed.setSingleStep(0.5)
        self.wind_speed.setSuffix(" m/s")
        self.ambient = QDoubleSpinBox()
        self.ambient.setRange(-20.0, 45.0)
        self.ambient.setSuffix(" °C")
        self.apply = QPushButton("Apply")
        weather_form = QFormLayout(weather_box)
        weather_form.addRow(self.follow)
        weather_form.addRow("Wind from", self.wind_from)
        weather_form.addRow("Wind speed", self.wind_speed)
        weather_form.addRow("Air", self.ambient)
        weather_form.addRow("", self.apply)

        run_box = QGroupBox("Solver")
        self.play = QPushButton("Pause")
        self.play.setCheckable(True)
        self.step = QPushButton("Step")
        self.step.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.play)
        buttons.addWidget(self.step)
        self.resolution = QComboBox()
        for name, _, _ in RESOLUTIONS:
            self.resolution.addItem(name)
        self.resolution.setCurrentIndex(1)
        self.tier = QLabel("starting…")
        self.tier.setWordWrap(True)
        self.speed = QLabel("")
        self.speed.setStyleSheet("color: #56606b;")
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        run_form = QFormLayout(run_box)
        run_form.addRow(buttons)
        run_form.addRow("Resolution", self.resolution)
        run_form.addRow("Showing", self.tier)
        run_form.addRow("", self.speed)
        self.outputs = QLabel("")
        self.outputs.setWordWrap(True)
        run_form.addRow(self.outputs)
        run_form.addRow(self.message)

        overlay_box = QGroupBox("Show")
        overlay_layout = QVBoxLayout(overlay_box)
        self.overlay_checks: dict[str, QCheckBox] = {}
        for overlay_id, words in OVERLAYS:
            check = QCheckBox(words)
            check.setChecked(overlay_id in ("temperature", "recirculation"))
            check.toggled.connect(lambda on, oid=overlay_id: self.overlay_toggled.emit(oid, on))
            self.overlay_checks[overlay_id] = check
            overlay_layout.addWidget(check)
        self.slice_height = QSpinBox()
        self.slice_height.setRange(2, 100)
        self.slice_height.setValue(30)
        self.slice_height.setSuffix(" m above ground")
        height_row = QHBoxLayout()
        height_row.addWidget(QLabel("Height"))
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

    def set_weather(self, wind_from_deg: float, wind_speed_ms: float, ambient_c: float) -> None:
        """Show the weather in use without emitting requests."""
        for widget, value in ((self.wind_from, round(wind_from_deg) % 360), (self.wind_speed, wind_speed_ms), (self.ambient, ambient_c)):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)

    def show_outputs(self, reserve_rise_k: float, pedestrian_wind_max_ms: float) -> None:
        """Show what the field means near the ground: warmth over the reserve, strongest gust path."""
        self.outputs.setText(
            f"Air over the nature reserve: {reserve_rise_k:+.1f} K vs ambient\n"
            f"Strongest wind at pedestrian height: {pedestrian_wind_max_ms:.1f} m/s"
        )

    def show_frame_state(self, tier: str, real_time_factor: float, cells: int, messages: tuple[str, ...]) -> None:
        """Say which tier is on screen, how fast the solver runs and its last warning."""
        self.tier.setText(TIER_WORDS.get(tier, tier))
        color = {"settled": "#2e7d4f", "settling": "#b26a00"}.get(tier, "#2f6fc0")
        self.tier.setStyleSheet(f"color: {color};")
        rtf = f"{real_time_factor:.0f}× faster than real time" if real_time_factor == real_time_factor else ""
        self.speed.setText(f"{cells:,} cells · {rtf}")
        self.message.setText(messages[-1] if messages else "")

    def _emit_weather(self) -> None:
        self.weather_requested.emit(float(self.wind_from.value()), self.wind_speed.value(), self.ambient.value())

    def _on_follow(self, on: bool) -> None:
        for widget in (self.wind_from, self.wind_speed, self.ambient, self.apply):
            widget.setEnabled(not on)
        self.follow_weather_requested.emit(on)

    def _on_play(self, paused: bool) -> None:
        self.play.setText("Run" if paused else "Pause")
        self.step.setEnabled(paused)
        self.playing_requested.emit(not paused)


