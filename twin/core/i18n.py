"""Translation hook for the Qt-free layers.

The layers below ``twin.ui`` (``render``, ``session``, ``sim``, ``io``, the commands) may not import
Qt, yet their captions and messages reach users and must be translated. They call :func:`tr`
with a *context* (a stable name, usually the module's, e.g. ``"Caption"``) and the English
source text, exactly as ``QCoreApplication.translate(context, text)`` takes them, so that
``pyside6-lupdate`` finds the calls (it recognises ``translate`` and ``tr`` calls with a literal
context and text).

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
