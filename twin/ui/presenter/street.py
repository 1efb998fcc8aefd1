""""What about my street?": one card for one commune, and the eye-level view from its nearest homes.

A resident picks a commune (the list in the presenter bar, or a click near its homes on the map).
The view goes to eye level (1.7 m) in front of that commune's nearest homes, looking at the campus,
and one card answers, one sentence per question: how far and in which direction the campus is;
what the campus sounds like there by day and at night, against the rule; whether the air is
warmer in the street. The answers come from the residents' table
(:func:`twin.sim.residents.residents_table`, through the presenter's figures); until it is
computed the card says so. It never shows a blank, a dash alone or NaN.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from twin.ui.i18n import number
from twin.ui.presenter.figures import ConsultationFigures


def _tr(text: str) -> str:
    return QCoreApplication.translate("StreetCard", text)


def direction_words(bearing_deg: float) -> str:
    """"to the north-west" for a bearing (degrees clockwise from north), eight points, in the language in force."""
    words = (_tr("to the north"), _tr("to the north-east"), _tr("to the east"), _tr("to the south-east"),
             _tr("to the south"), _tr("to the south-west"), _tr("to the west"), _tr("to the north-west"))
    return words[round(bearing_deg % 360 / 45.0) % 8]


def _finite(value) -> float | None:  # noqa: ANN001
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def _dba(value: float) -> str:
    return f"{number(value)}\u00a0dB(A)"


def street_sentences(campus, commune: str, figures: ConsultationFigures | None, computing: bool) -> list[str]:  # noqa: ANN001
    """The card's sentences for ``commune``: where the campus is, noise by day and night, warm air.

    Parameters
    ----------
    campus
        The layout (the commune's receptor gives the distance and direction even before any
        computation).
    figures
        The presenter's figures for this layout, or ``None``.
    computing
        True while they are being computed.
    """
    receptor = next((r for r in campus.receptors if r.commune == commune), None)
    if receptor is None:
        return [_tr("This layout has no homes marked in {commune}.").format(commune=commune)]
    x, y = receptor.position
    distance_km = math.hypot(x, y) / 1000.0
    # The campus (the site centre, the origin) seen from the homes: the opposite of the homes' bearing.
    towards = math.degrees(math.atan2(-x, -y)) % 360.0
    sentences = [_tr("The campus is {km} km {direction} of the nearest homes of {commune}.").format(
        km=number(distance_km, 1), direction=direction_words(towards), commune=commune)]
    row = figures.receptor(commune) if figures is not None else None
    if row is None:
        waiting = _tr("being computed…") if computing else _tr("not computed yet")
        sentences.append(_tr("Noise by day and at night: {state}.").format(state=waiting))
        sentences.append(_tr("Warmer air in the street: {state}.").format(state=waiting))
        return sentences
    noise = row.get("noise", {})
    for period, with_rule, against_rule in (
        ("day", _tr("By day the campus would be heard at {level}, within the rule (margin {margin} dB)."),
         _tr("By day the campus would be heard at {level}, above the rule by {margin} dB.")),
        ("night", _tr("At night it would be heard at {level}, within the rule (margin {margin} dB)."),
         _tr("At night it would be heard at {level}, above the rule by {margin} dB.")),
    ):
        data = noise.get(period) or {}
        level, margin = _finite(data.get("plant_dba")), _finite(data.get("margin_db"))
        if level is None:
            sentences.append(_tr("Noise ({period}): not computed yet.").format(period=_period(period)))
        else:
            text = with_rule if data.get("passes_icpe") else against_rule
            sentences.append(text.format(level=_dba(level), margin=number(abs(margin or 0.0), 1)))
    warm = row.get("warm_air") or {}
    rise = _finite(warm.get("delta_t_2m_k"))
    height = _finite(warm.get("plume_height_m"))
    if rise is None:
        sentences.append(_tr("Warmer air in the street: not computed yet."))
    elif abs(rise) < 0.05:
        text = _tr("The air in the street would not be measurably warmer")
        if height is not None:
            text += _tr("; the campus's warm air passes about {height} m overhead").format(height=number(round(height, -1)))
        sentences.append(text + ".")
    else:
        sentences.append(_tr("The air in the street would be {rise} °C warmer at that hour.").format(rise=number(rise, 1, signed=True)))
    return sentences


def _period(period: str) -> str:
    return _tr("by day") if period == "day" else _tr("at night")


class StreetCard(QFrame):
    """The one card of "what about my street?" (in the presenter band, in place of the four cards)."""

    closed = Signal()
    """The presenter went back to the four cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("street_card")
        self.setStyleSheet("#street_card { background: #ffffff; border: 1px solid #c9d1d8; border-radius: 8px; }")
        self.commune = ""
        self.title = QLabel()
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.back = QPushButton()
        self.back.clicked.connect(self.closed)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(head)
        layout.addWidget(self.body, 1)
        self.sentences: list[str] = []
        self.set_scale(720)
        self.retranslate()

    def show_commune(self, commune: str, sentences: list[str]) -> None:
        self.commune = commune
        self.sentences = sentences
        self.title.setText(_tr("What about {commune}?").format(commune=commune))
        self.body.setText("<br>".join(sentences))

    def set_scale(self, screen_height: int) -> None:
        self.title.setStyleSheet(f"font-size: {max(18, round(screen_height * 0.030))}px; font-weight: 700; color: #1f2a33;")
        self.body.setStyleSheet(f"font-size: {max(14, round(screen_height * 0.022))}px; color: #1f2a33;")
        self.back.setStyleSheet(f"font-size: {max(13, round(screen_height * 0.019))}px; padding: 4px 10px;")

    def retranslate(self) -> None:
        self.back.setText(_tr("Back to the figures"))
