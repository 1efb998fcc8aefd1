"""Translation hook for the Qt-free layers.

The layers below ``twin.ui`` (``render``, ``session``, ``sim``, ``io``, the commands) may not import
Qt, yet their captions and messages reach users and must be translated. They call :func:`tr`
with a *context* (a stable name, usually the module's, e.g. ``"Caption"``) and the English
source text, exactly as ``QCoreApplication.translate(context, text)`` takes them, so that
``pyside6-lupdate`` finds the calls (it recognises ``translate`` and ``tr`` calls with a literal
context and text).

``pyside6-lupdate`` reads a bare ``tr(context, text)`` as ``tr(text, comment)``, so the
catalogue script (``resources/i18n/update_catalogues.py``) scans the Qt-free layers with
``-tr-function-alias translate+=tr``.

By default :func:`tr` returns the text unchanged (English). The application (``twin.app``) or a
command that wants another language installs Qt's translator with :func:`install_translator`;
nothing here depends on Qt.

Examples
--------
>>> from twin.core.i18n import tr
>>> tr("Caption", "Wind {speed} m/s").format(speed=3)
'Wind 3 m/s'
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

Translator = Callable[[str, str], str]

_translator: Translator | None = None
_language: str = "en"


def tr(context: str, text: str) -> str:
    """Return ``text`` translated in ``context`` by the installed translator (unchanged if none).

    Parameters
    ----------
    context : str
        Translation context, a literal string (lupdate reads it from the source).
    text : str
        English source text, a literal string; use ``str.format`` placeholders for values.
    """
    if _translator is None:
        return text
    return _translator(context, text)


def tr_noop(context: str, text: str) -> str:
    """Return ``text`` untranslated, marked for the catalogue in ``context`` (lupdate reads it).

    For a text kept in English to be translated later, each time it is shown: a status that
    a window writes again after a language switch (``tr(context, template).format(...)``).
    """
    del context
    return text


def install_translator(translator: Translator | None, language: str = "en") -> None:
    """Install ``translator`` (e.g. ``QCoreApplication.translate``) for every later :func:`tr`.

    ``None`` restores the identity (English). ``language`` is the BCP-47 code now in force
    (``"fr"``, ``"en"``); see :func:`current_language`.
    """
    global _translator, _language
    _translator = translator
    _language = language


def current_language() -> str:
    """The language code of the installed translation (``"en"`` when none is installed)."""
    return _language


# Number formats of the two languages (CLDR): French groups thousands with a no-break space and
# uses a decimal comma; English groups with a comma and uses a decimal point. The no-break space
# is U+00A0, not CLDR's narrow U+202F, because VTK's embedded fonts have no glyph for U+202F.
_NUMBER_SYMBOLS = {"fr": ("\u00a0", ","), "en": (",", ".")}


def format_number(value: float, decimals: int = 0, group: bool = True, signed: bool = False) -> str:
    """``value`` written for the current language: ``24 000`` and ``1,2`` in French, ``24,000`` and ``1.2`` in English.

    The one number formatter of the app (window, cards, render captions, tour), so that a
    figure reads the same everywhere. A non-finite value is returned as ``"–"``: callers that
    may hold one say in words what is missing instead (see the presenter cards).

    Parameters
    ----------
    value : float
        The number.
    decimals : int
        Digits after the decimal separator (rounded half to even, as ``format``).
    group : bool
        Group thousands (off for years and identifiers).
    signed : bool
        Write a ``+`` before positive values (a rise, a change); ``-0`` is written ``0``.
    """
    if value != value or value in (float("inf"), float("-inf")):
        return "–"
    thousands, point = _NUMBER_SYMBOLS.get(_language, _NUMBER_SYMBOLS["en"])
    # Round half away from zero on the decimal digits the user sees (1.25 -> 1.3, as QLocale
    # and people do), not on the binary double (which gives 1.2).
    exact = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if exact == 0:
        exact = abs(exact)  # never "-0.0"
    sign = "+" if signed else ""
    text = f"{exact:{sign},.{decimals}f}" if group else f"{exact:{sign}.{decimals}f}"
    # Swap through a placeholder so "," and "." trade places without clobbering each other.
    text = text.replace(",", "\0").replace(".", point).replace("\0", thousands)
    return text
