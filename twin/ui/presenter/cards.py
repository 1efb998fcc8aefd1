"""Large plain-language cards for presenter mode, and the sentences they show.

Each card is one sentence a resident can read from the back of a hall ("Heat for about 19,000
homes a year") with one line under it saying what it means, and a glossary tooltip for any
technical word left. The sentences are built by :func:`card_texts` from
:class:`~twin.ui.presenter.figures.ConsultationFigures` and the airflow solver's latest frame:
a figure that does not exist yet is said in words ("being computed…", "not computed yet"),
never shown as a blank, a dash or NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from twin.ui.i18n import number
from twin.ui.presenter.figures import ConsultationFigures
from twin.ui.presenter.glossary import glossary_html

CARD_KEYS = ("heat", "efficiency", "reserve", "noise")
"""The cards, left to right."""
PUE_TARGET = 1.2
"""The operator's published PUE target (escaudain.md)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresenterCards", text)


def _finite(value) -> float | None:  # noqa: ANN001 - any number or None
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


@dataclass(frozen=True)
class CardText:
    """What one card says: a headline sentence, a line of explanation, glossary terms."""

    key: str
    headline: str
    detail: str
    terms: tuple[str, ...] = ()
    available: bool = True
    """False when the card says a figure is not there (being computed, failed)."""


@dataclass(frozen=True)
class AirNow:
    """The airflow solver's near-field answer now (from its latest frame), if any."""

    reserve_rise_k: float | None = None
    wind_from_deg: float | None = None
    wind_speed_ms: float | None = None
    settled: bool = False


def _missing(key: str, headline: str, computing: bool, reason: str = "") -> CardText:
    if computing:
        return CardText(key, headline.format(value=_tr("being computed…")), _tr("The figure appears here in a few seconds."),
                        available=False)
    return CardText(key, headline.format(value=_tr("not computed yet")),
                    reason or _tr("This figure needs a computation that has not run for this layout."), available=False)


def _reserve_headline(rise: float) -> str:
    if abs(rise) < 0.05:
        return _tr("Air over the nature reserve: no measurable warming")
    # The unit stays on the figure's line (a narrow card put "°C" alone on the next one).
    return _tr("Air over the nature reserve: {rise} °C").format(rise=number(rise, 1, signed=True)).replace(" °C", "\u00a0°C")


def card_texts(figures: ConsultationFigures | None, air: AirNow, commune: str, computing: bool) -> list[CardText]:
    """The four cards' texts in the language in force.

    Parameters
    ----------
    figures
        The consultation figures of the current layout, or ``None`` before any computation.
    air
        The solver's latest near-field answer (reserve air).
    commune
        Whose nights the noise card speaks about.
    computing
        True while the figures are being computed (the cards say so).
    """
    cards: list[CardText] = []
    homes = figures.homes_per_year if figures else None
    if homes is not None and homes > 0:
        rounded = round(homes, -3) if homes >= 10000 else round(homes, -2)
        cards.append(CardText("heat", _tr("Heat for about {homes} homes a year").format(homes=number(rounded)),
                              _tr("Heat from the servers, sent to the district heating network (10 MWh per home a year)."),
                              ("district",)))
    elif figures is not None and not computing and homes is not None:
        cards.append(CardText("heat", _tr("No heat exported to homes with this layout"),
                              _tr("The layout has no heat-recovery connection to the districts."), ("district",)))
    else:
        cards.append(_missing("heat", _tr("Heat for homes: {value}"), computing, _reason(figures)))

    pue = _finite(figures.annual_pue) if figures else None
    if pue is not None:
        extra = (pue - 1.0) * 100.0
        cards.append(CardText(
            "efficiency",
            _tr("Energy efficiency: PUE {pue} (target {target})").format(pue=number(pue, 2), target=number(PUE_TARGET, 1)),
            _tr("Over a year: {extra} kWh for cooling and the rest of the site for every 100 kWh of computing.").format(
                extra=number(extra)),
            ("pue",)))
    else:
        cards.append(_missing("efficiency", _tr("Energy efficiency: {value}"), computing, _reason(figures)))

    rise = _finite(air.reserve_rise_k)
    far = None
    if figures and figures.residents:
        far = _finite(figures.residents.get("reserve", {}).get("warm_air_far_field", {}).get("mean_delta_t_k"))
    if rise is not None:
        wind = ""
        if _finite(air.wind_from_deg) is not None and _finite(air.wind_speed_ms) is not None:
            from twin.render.scene import compass_name

            wind = _tr(" (wind from the {direction} at {speed} m/s)").format(
                direction=compass_name(air.wind_from_deg), speed=number(air.wind_speed_ms, 0))
        detail = _tr("Compared with the air around the site, in the weather shown{wind}.").format(wind=wind)
        if not air.settled:
            detail += " " + _tr("Still settling: indicative.")
        cards.append(CardText("reserve", _reserve_headline(rise), detail, ("warmer",)))
    elif far is not None:
        cards.append(CardText("reserve", _reserve_headline(far),
                              _tr("Estimate from the far-field plume on a summer night (indicative)."), ("warmer",)))
    else:
        cards.append(_missing("reserve", _tr("Air over the nature reserve: {value}"), computing,
                              _tr("The airflow has not been computed yet.")))

    row = figures.receptor(commune) if figures else None
    night = (row or {}).get("noise", {}).get("night") if row else None
    level = _finite(night.get("plant_dba")) if night else None
    if night and level is not None:
        verdict = _tr("within the rule") if night.get("passes_icpe") else _tr("above the rule")
        limit = _finite(night.get("limit_db"))
        residual = _finite(night.get("residual_dba"))
        cards.append(CardText(
            "noise",
            _tr("At night in {commune}: {level}, {verdict}").format(commune=commune, level=_dba(level), verdict=verdict),
            _tr("Rule: at most {limit} above the night-time background ({residual}, estimated, not measured).").format(
                limit=_dba(limit or 0), residual=_dba(residual or 0)),
            ("dba", "rule")))
    else:
        cards.append(_missing("noise", _tr("At night in {commune}: {{value}}").format(commune=commune), computing, _reason(figures)))
    return cards


def _dba(level: float) -> str:
    """A sound level with its unit, never split across lines (no-break space)."""
    return f"{number(level)}\u00a0dB(A)"


def _reason(figures: ConsultationFigures | None) -> str:
    if figures is not None and figures.errors:
        return _tr("The computation failed: {reason}").format(reason=figures.errors[0])
    return ""


class Card(QFrame):
    """One card: a headline sentence in large type, a line of explanation, a glossary tooltip."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail, 1)
        self.available = False
        self.set_scale(720)

    def show_text(self, text: CardText) -> None:
        """Show ``text`` (its headline, detail and glossary)."""
        self.headline.setText(text.headline)
        self.detail.setText(text.detail)
        self.setToolTip(glossary_html(text.terms))
        self.available = text.available
        self._style()

    def set_scale(self, screen_height: int) -> None:
        """Size the type for a screen ``screen_height`` pixels tall (readable at the back of a hall).

        Headline 3 % of the height (22 px at 720, 32 px at 1080), detail 1.9 % (14 / 21 px):
        on a 3 m wide projected image a 32/1080 headline is 5 cm tall, legible from about
        15 m (the 1:300 rule of thumb for projected text), and two lines fit a quarter-width card.
        """
        self._headline_px = max(18, round(screen_height * 0.030))
        self._detail_px = max(13, round(screen_height * 0.019))
        self._style()

    @property
    def headline_px(self) -> int:
        """The headline's type size in pixels (see :meth:`set_scale`)."""
        return self._headline_px

    def height_for_width(self, width: int) -> int:
        """Height the card needs at ``width`` pixels to show every line of its two labels."""
        margins = self.layout().contentsMargins()
        frame = 2 * self.frameWidth()
        inner = max(1, width - margins.left() - margins.right() - frame)
        for label in (self.headline, self.detail):
            label.ensurePolished()  # the style sheet's font size, before the first layout pass
        return (self.headline.heightForWidth(inner) + self.layout().spacing() + self.detail.heightForWidth(inner)
                + margins.top() + margins.bottom() + frame)

    def _style(self) -> None:
        color = "#1f2a33" if self.available else "#6b7580"
        self.setStyleSheet(
            f"#card_{self.key} {{ background: #ffffff; border: 1px solid #c9d1d8; border-radius: 8px; }}"
        )
        self.headline.setStyleSheet(f"font-size: {self._headline_px}px; font-weight: 700; color: {color};")
        self.detail.setStyleSheet(f"font-size: {self._detail_px}px; color: #3d4852;")


class CardStrip(QWidget):
    """The four cards side by side (the bottom band of presenter mode), two by two when narrow.

    A card narrower than :data:`MIN_CARD_EMS` headline sizes wraps its sentence into five or
    six lines that the band's height cannot hold (an 800-pixel window gave 187-pixel cards
    whose last lines were cut off): the cards then go in two rows of two, and the band takes
    the height its longest card needs (:meth:`fit`).
    """

    MIN_CARD_EMS = 12
    """Narrowest card, in headline type sizes: about 20 characters of bold headline a line."""
    MARGINS = (10, 8, 10, 8)
    SPACING = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenter_cards")
        self.setStyleSheet("#presenter_cards { background: #eef2f5; }")
        self.cards = {key: Card(key, self) for key in CARD_KEYS}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(*self.MARGINS)
        self._grid.setSpacing(self.SPACING)
        self.columns = 0
        """Cards a row: 4, or 2 in a narrow window."""
        self._screen_height = 720
        self._place(len(CARD_KEYS))

    def show_texts(self, texts: list[CardText]) -> None:
        for text in texts:
            self.cards[text.key].show_text(text)

    def set_scale(self, screen_height: int, width: int | None = None) -> None:
        """Size the type for a screen ``screen_height`` tall and fit the band to ``width``."""
        self._screen_height = screen_height
        for card in self.cards.values():
            card.set_scale(screen_height)
        self.fit(width)

    def fit(self, width: int | None = None) -> int:
        """Choose 4 or 2 cards a row for ``width`` (default: the strip's) and take the height
        the texts need (at least a quarter of the screen, as the 3-D view's share was sized);
        returns that height."""
        width = width or self.width()
        left, top, right, bottom = self.MARGINS
        inner = width - left - right
        count = len(CARD_KEYS)
        headline_px = next(iter(self.cards.values())).headline_px
        columns = count if (inner - (count - 1) * self.SPACING) / count >= self.MIN_CARD_EMS * headline_px else 2
        if columns != self.columns:
            self._place(columns)
        card_width = int((inner - (columns - 1) * self.SPACING) / columns)
        cards = list(self.cards.values())
        rows = [cards[i:i + columns] for i in range(0, count, columns)]
        needed = (top + bottom + (len(rows) - 1) * self.SPACING
                  + sum(max(card.height_for_width(card_width) for card in row) for row in rows))
        height = max(needed, max(190, round(self._screen_height * 0.25)))
        self.setFixedHeight(height)
        return height

    def _place(self, columns: int) -> None:
        for card in self.cards.values():
            self._grid.removeWidget(card)
        for index, card in enumerate(self.cards.values()):
            self._grid.addWidget(card, index // columns, index % columns)
        for column in range(len(CARD_KEYS)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(len(CARD_KEYS)):
            self._grid.setRowStretch(row, 1 if row < len(CARD_KEYS) // columns else 0)
        self.columns = columns
