"""The "Load, time and weather" panel: choose the IT-load source, run time, pick the weather.

Thin: each control emits an intent signal (``..._requested``); the main window turns it into a
call on the :class:`~twin.session.TwinSession`. The panel shows the source's status and
counters, coloured by health, as the session reports them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from twin.session import PlantSnapshot

SPEEDS = (
    (QT_TRANSLATE_NOOP("LivePanel", "real time"), 1.0),
    (QT_TRANSLATE_NOOP("LivePanel", "1 hour per minute"), 60.0),
    (QT_TRANSLATE_NOOP("LivePanel", "1 day per minute"), 1440.0),
    (QT_TRANSLATE_NOOP("LivePanel", "1 hour per second"), 3600.0),
    (QT_TRANSLATE_NOOP("LivePanel", "1 day per second"), 86400.0),
)
"""Speeds as a user says them (English sources), with simulated seconds per wall second."""
WEATHERS = (
    QT_TRANSLATE_NOOP("LivePanel", "default synthetic year"),
    QT_TRANSLATE_NOOP("LivePanel", "heat wave, 25 July 2019 (41.5 °C)"),
    QT_TRANSLATE_NOOP("LivePanel", "EnergyPlus weather file…"),
)
WEATHER_KINDS = ("year", "heatwave", "file")
"""The session's ``weather_kind`` for each entry of :data:`WEATHERS`."""
SOURCE_MODES = ("simulated", "replay", "live")
"""The session's ``mode`` for each entry of :data:`SOURCES`."""
SOURCES = (
    QT_TRANSLATE_NOOP("LivePanel", "Simulated AI load"),
    QT_TRANSLATE_NOOP("LivePanel", "Replay a recording (CSV)…"),
    QT_TRANSLATE_NOOP("LivePanel", "Live from the site (MQTT)"),
)


def _translate(text: str) -> str:
    return QCoreApplication.translate("LivePanel", text)


class LivePanel(QWidget):
    """Source switch with connection status, time control and weather choice."""

    simulated_requested = Signal()
    """The user chose simulated AI load."""
    replay_requested = Signal()
    """The user wants to pick a CSV recording to replay."""
    live_requested = Signal(str, str, str, str)
    """Connect to a broker: url (mqtt://HOST:PORT), topic style, username, password."""
    speed_requested = Signal(float)
    """Simulated seconds per wall second."""
    playing_requested = Signal(bool)
    """Play (True) or pause (False) simulated time."""
    jump_requested = Signal(int)
    """Jump to an hour of the year (0 = 1 January 00:00)."""
    weather_requested = Signal(int)
    """Index into :data:`WEATHERS`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_box = source_box = QGroupBox()
        self.source = QComboBox()
        self.source.addItems([_translate(text) for text in SOURCES])
        self.broker = QLineEdit("mqtt://localhost:1883")  # notr: an address
        self.topic_style = QComboBox()
        self.topic_style.addItems(["both", "dsx", "plain"])  # notr: protocol names the session reads
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.connect_button = QPushButton()
        self.status = QLabel(self.tr("simulated"))
        self.status.setWordWrap(True)
        self.counters = QLabel("")
        self.counters.setWordWrap(True)
        self.counters.setStyleSheet("color: #56606b;")
        form = QFormLayout(source_box)
        form.addRow(QLabel(), self.source)
        self.mqtt_rows = QWidget()
        mqtt_form = QFormLayout(self.mqtt_rows)
        mqtt_form.setContentsMargins(0, 0, 0, 0)
        mqtt_form.addRow(QLabel(), self.broker)
        mqtt_form.addRow(QLabel(), self.topic_style)
        mqtt_form.addRow(QLabel(), self.username)
        mqtt_form.addRow(QLabel(), self.password)
        mqtt_form.addRow("", self.connect_button)
        self.mqtt_rows.setVisible(False)
        form.addRow(self.mqtt_rows)
        form.addRow(QLabel(), self.status)
        form.addRow("", self.counters)
        self._row_labels = [(form, self.source), (mqtt_form, self.broker), (mqtt_form, self.topic_style),
                            (mqtt_form, self.username), (mqtt_form, self.password), (form, self.status)]

        self.time_box = time_box = QGroupBox()
        self.play = QCheckBox()
        self.play.setChecked(True)
        self.speed = QComboBox()
        for label, _ in SPEEDS:
            self.speed.addItem(_translate(label))
        self.jump_day = QSpinBox()
        self.jump_day.setRange(1, 365)
        self.jump_hour = QSpinBox()
        self.jump_hour.setRange(0, 23)
        self.jump_button = QPushButton()
        jump_row = QHBoxLayout()
        for widget in (self.jump_day, self.jump_hour, self.jump_button):
            jump_row.addWidget(widget)
        self.clock = QLabel("")
        self.clock.setStyleSheet("font-weight: 600;")
        time_form = QFormLayout(time_box)
        time_form.addRow(QLabel(), self.clock)
        time_form.addRow(QLabel(), self.play)
        time_form.addRow(QLabel(), self.speed)
        self._jump_label = QLabel()
        time_form.addRow(self._jump_label, jump_row)
        self._row_labels += [(time_form, self.clock), (time_form, self.play), (time_form, self.speed)]

        self.weather_box = weather_box = QGroupBox()
        self.weather = QComboBox()
        self.weather.addItems([_translate(text) for text in WEATHERS])
        self.weather_label = QLabel("")
        self.weather_label.setWordWrap(True)
        self.weather_label.setStyleSheet("color: #b26a00;")
        weather_form = QFormLayout(weather_box)
        weather_form.addRow(QLabel(), self.weather)
        weather_form.addRow("", self.weather_label)
        self._row_labels.append((weather_form, self.weather))
        self._last_snapshot: PlantSnapshot | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(source_box)
        layout.addWidget(time_box)
        layout.addWidget(weather_box)
        layout.addStretch(1)

        self.source.activated.connect(self._on_source_chosen)
        self.connect_button.clicked.connect(self._on_connect)
        self.play.toggled.connect(self.playing_requested)
        self.speed.activated.connect(lambda index: self.speed_requested.emit(SPEEDS[index][1]))
        self.jump_button.clicked.connect(
            lambda: self.jump_requested.emit((self.jump_day.value() - 1) * 24 + self.jump_hour.value())
        )
        self.weather.activated.connect(self.weather_requested)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set every static text in the language in force (called on ``LanguageChange``)."""
        self.source_box.setTitle(self.tr("IT load"))
        for index, text in enumerate(SOURCES):
            self.source.setItemText(index, _translate(text))
        self.broker.setToolTip(self.tr("mqtt://HOST:PORT, or mqtts://HOST:PORT for TLS"))
        self.topic_style.setToolTip(self.tr(
            "dsx: BMS/v1/PUB/Value/PowerMeter/ActivePower/escaudain/{hall}/it_load (kW)\n"
            "plain: campus/{hall}/it_load_mw (MW)"
        ))
        self.username.setPlaceholderText(self.tr("optional"))
        self.password.setPlaceholderText(self.tr("optional"))
        self.connect_button.setText(self.tr("Connect"))
        self.time_box.setTitle(self.tr("Time"))
        self.play.setText(self.tr("running"))
        for index, (label, _) in enumerate(SPEEDS):
            self.speed.setItemText(index, _translate(label))
        self.jump_day.setPrefix(self.tr("day "))
        self.jump_hour.setSuffix(self.tr(" h"))
        self.jump_button.setText(self.tr("Go"))
        self._jump_label.setText(self.tr("Jump to"))
        self.weather_box.setTitle(self.tr("Weather"))
        for index, text in enumerate(WEATHERS):
            self.weather.setItemText(index, _translate(text))
        words = (self.tr("Source"), self.tr("Broker"), self.tr("Topics"), self.tr("User"), self.tr("Password"),
                 self.tr("Status"), self.tr("Now"), self.tr("Clock"), self.tr("Speed"), self.tr("Play"))
        for (form, field), text in zip(self._row_labels, words, strict=True):
            form.labelForField(field).setText(text)
        if self._last_snapshot is not None:
            self.show_snapshot(self._last_snapshot)
        else:
            self.status.setText(self.tr("simulated"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_live_mode(self, live: bool) -> None:
        """Live data runs in real time: disable speed and jumps while it is the source."""
        for widget in (self.speed, self.jump_day, self.jump_hour, self.jump_button, self.play):
            widget.setEnabled(not live)
        if live:
            self.speed.setCurrentIndex(0)
            self.play.setChecked(True)

    def show_state(self, mode: str, weather_kind: str) -> None:
        """Put the source and weather boxes on what the twin really plays (after a refused file,
        a failed connection or a cancelled dialog they must not keep the choice that failed)."""
        if mode in SOURCE_MODES:
            self.source.setCurrentIndex(SOURCE_MODES.index(mode))
            self.mqtt_rows.setVisible(mode == "live")
        if weather_kind in WEATHER_KINDS:
            self.weather.setCurrentIndex(WEATHER_KINDS.index(weather_kind))
        self.set_live_mode(mode == "live")

    def show_snapshot(self, snapshot: PlantSnapshot) -> None:
        """Show the source status (green ok, amber stale, red disconnected) and the clock."""
        self._last_snapshot = snapshot
        status = snapshot.source_status
        stale = [b for b, is_stale in snapshot.stale.items() if is_stale]
        healthy = snapshot.mode != "live" or ("connected" in status and "disconnected" not in status)
        color = "#2e7d4f" if healthy and not stale else "#b26a00" if healthy else "#b3261e"
        text = status + (self.tr(" — stale: {halls}").format(halls=", ".join(stale)) if stale else "")
        self.status.setText(f"<span style='color:{color}'>{text}</span>")
        counters = snapshot.source_counters
        if snapshot.mode == "live":
            reasons = ", ".join(f"{k.split(':', 1)[1]} {v}" for k, v in sorted(counters.items()) if k.startswith("rejected:") and v)
            self.counters.setText(
                self.tr("accepted {accepted} · rejected {rejected}").format(
                    accepted=counters.get("accepted", 0), rejected=counters.get("rejected", 0)) + (f" ({reasons})" if reasons else "")
            )
        else:
            self.counters.setText("")
        self.clock.setText(str(snapshot.time).replace("T", " ")[:16])
        synthetic = "synthetic" in snapshot.weather_label.lower()
        self.weather_label.setText(self.tr("Synthetic weather, not measured data") if synthetic else snapshot.weather_label)

    # -- private -------------------------------------------------------------------------

    def _on_source_chosen(self, index: int) -> None:
        self.mqtt_rows.setVisible(index == 2)
        if index == 0:
            self.simulated_requested.emit()
        elif index == 1:
            self.replay_requested.emit()

    def _on_connect(self) -> None:
        self.live_requested.emit(
            self.broker.text().strip(), self.topic_style.currentText(), self.username.text(), self.password.text()
        )
