"""The app's two languages: load a Qt catalogue, switch live, format numbers for the language.

Catalogues are Qt Linguist ``.ts`` sources in ``resources/i18n`` (``campus_twin_fr.ts``,
``campus_twin_en.ts``), compiled to ``.qm`` by the set-up (``make``) with
``pyside6-lrelease``. If a ``.qm`` is missing or older than its ``.ts`` (a fresh checkout run
without ``make``), it is compiled on first use into the user's cache folder, so the app never
shows a half-translated window because a build step was skipped.

Switching language installs a new :class:`QTranslator`; Qt then sends ``QEvent.LanguageChange``
to every widget, and each panel re-sets its texts in its ``retranslate()`` (called from its
``changeEvent``). The Qt-free layers (render captions, session, commands) translate through
:func:`twin.core.i18n.tr`, into which :class:`LanguageManager` installs
``QCoreApplication.translate``.

Examples
--------
>>> manager = LanguageManager(app)            # doctest: +SKIP
>>> manager.set_language("fr")                 # doctest: +SKIP
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QStandardPaths,
    QTranslator,
    Signal,
)

from twin.core import i18n
from twin.core.paths import project_root

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
"""The languages shipped, by code, each named in its own language (as a language menu shows them)."""
CATALOGUE = "campus_twin"
"""Catalogue base name: ``campus_twin_fr.ts`` / ``.qm``."""


def catalogue_dir() -> Path:
    """The folder of the ``.ts`` sources (and of the ``.qm`` files ``make`` compiles beside them)."""
    return project_root() / "resources" / "i18n"


def system_language() -> str:
    """The language of the system locale if shipped, else English."""
    code = QLocale.system().name().split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def _lrelease() -> str | None:
    """Path of ``pyside6-lrelease`` beside the running interpreter, or on ``PATH``."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    from shutil import which

    return which("pyside6-lrelease")


def compiled_catalogue(language: str) -> Path | None:
    """The ``.qm`` for ``language``, compiling it into the cache folder when it is missing or stale.

    Returns ``None`` when there is no ``.ts`` for the language, or it cannot be compiled (no
    ``pyside6-lrelease``): the app then runs in English and says so on stderr.
    """
    source = catalogue_dir() / f"{CATALOGUE}_{language}.ts"
    built = source.with_suffix(".qm")
    if built.exists() and (not source.exists() or built.stat().st_mtime >= source.stat().st_mtime):
        return built
    if not source.exists():
        return None
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation) or
                 project_root() / "build") / "i18n"
    cached = cache / built.name
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        print(f"Campus Twin: cannot compile {source} (pyside6-lrelease not found); showing English", file=sys.stderr)
        return None
    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([tool, "-silent", str(source), "-qm", str(cached)], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    if result.returncode != 0 or not cached.exists():
        print(f"Campus Twin: compiling {source} failed: {result.stderr.strip()}", file=sys.stderr)
        return None
    return cached


class LanguageManager(QObject):
    """Holds the installed translators and switches language at once, without restart.

    Parameters
    ----------
    app
        The running ``QCoreApplication`` (translators are installed into it).
    """

    language_changed = Signal(str)
    """The language now in force changed (its code, ``"fr"`` or ``"en"``)."""

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent or app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def set_language(self, language: str) -> bool:
        """Show every text in ``language`` from now on; return whether its catalogue loaded.

        English needs no catalogue (the sources are English); for another language a
        catalogue that cannot be found leaves English in place and returns ``False``.

        Raises
        ------
        ValueError
            For a language that is not shipped (see :data:`LANGUAGES`).
        """
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
        translators: list[QTranslator] = []
        loaded = True
        if language != "en":
            path = compiled_catalogue(language)
            ours = QTranslator(self)
            loaded = path is not None and ours.load(str(path))
            if loaded:
                translators.append(ours)
            # Qt's own texts (standard dialog buttons: Save, Discard, Cancel, ...).
            qt_base = QTranslator(self)
            if qt_base.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                translators.append(qt_base)
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = translators
        if not loaded:
            language = "en"
        self.language = language
        QLocale.setDefault(QLocale(language))
        # setDefault reaches only widgets created from now on: the open windows are given the
        # locale too, which their children inherit (spin boxes then write 0,00 m/s in French).
        from PySide6.QtWidgets import QApplication

        if isinstance(self._app, QApplication):
            for window in QApplication.topLevelWidgets():
                window.setLocale(QLocale(language))
        # Before installTranslator: the LanguageChange events it posts must find the new
        # language already in twin.core.i18n when panels re-format their numbers.
        i18n.install_translator(QCoreApplication.translate if translators else None, language)
        for translator in translators:
            self._app.installTranslator(translator)
        if not translators:
            # Removing translators posts LanguageChange too; when none was installed, post it
            # ourselves so texts formatted with numbers (decimal comma) follow the language.
            from PySide6.QtCore import QEvent
            from PySide6.QtWidgets import QApplication

            for widget in QApplication.allWidgets():
                QCoreApplication.postEvent(widget, QEvent(QEvent.Type.LanguageChange))
        self.language_changed.emit(language)
        return loaded


def number(value: float, decimals: int = 0, group: bool = True, signed: bool = False) -> str:
    """A number for the current language (see :func:`twin.core.i18n.format_number`)."""
    return i18n.format_number(value, decimals, group, signed)


def current_language() -> str:
    """The code of the language in force."""
    return i18n.current_language()


def language_manager() -> LanguageManager:
    """The application's one :class:`LanguageManager` (created on first use)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    manager = app.findChild(LanguageManager, "language_manager")
    if manager is None:
        manager = LanguageManager(app)
        manager.setObjectName("language_manager")
    return manager


class _LanguageMenu(QObject):
    """The "Language" menu of one window; a child of the menu, so its connection to the
    application-wide manager ends with the window."""

    def __init__(self, window, manager: LanguageManager) -> None:  # noqa: ANN001 - a QMainWindow
        from PySide6.QtGui import QAction, QActionGroup

        self.menu = window.menuBar().addMenu(QCoreApplication.translate("Language", "&Language"))
        super().__init__(self.menu)
        self.menu.setObjectName("language_menu")
        group = QActionGroup(self.menu)
        group.setExclusive(True)
        self.actions: dict[str, object] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self.menu)  # notr: each language in its own name
            action.setCheckable(True)
            action.setChecked(code == manager.language)
            action.setObjectName(f"language.{code}")
            action.triggered.connect(lambda _=False, c=code: manager.set_language(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
            window.actions_by_id[f"language.{code}"] = action
        manager.language_changed.connect(self.follow)

    def follow(self, code: str) -> None:
        """Check the language now in force and re-title the menu."""
        if code in self.actions:
            self.actions[code].setChecked(True)
        self.menu.setTitle(QCoreApplication.translate("Language", "&Language"))


def add_language_menu(window) -> None:
    """Add a "Language" menu of exclusive, checkable actions to ``window``'s menu bar.

    Each language is named in its own language (as users look for their own). Choosing one
    switches at once; the menu's own title follows the language.
    """
    _LanguageMenu(window, language_manager())


def install_command_language(language: str | None = None) -> str:
    """Translate the headless commands' messages (``twin validate``, ``twin year``...) into ``language``.

    Uses a :class:`QTranslator` on its own, with no ``QCoreApplication`` (a command may later
    need to create its own application, and only one may exist), and hands its ``translate`` to
    :func:`twin.core.i18n.tr`. ``None`` takes the system locale's language. Returns the
    language now in force (English when the catalogue cannot be loaded).
    """
    language = language or system_language()
    if language == "en" or language not in LANGUAGES:
        i18n.install_translator(None, "en")
        return "en"
    path = compiled_catalogue(language)
    translator = QTranslator()
    if path is None or not translator.load(str(path)):
        i18n.install_translator(None, "en")
        return "en"

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    i18n.install_translator(translate, language)
    return language
