"""The Help menu's own pages: a short guide to the two modes and the gestures, and the About box.

Both texts are translated like every other (French and English). The About box lists the
version, where the figures come from, and the licence of each library the app runs on, read
from the installed packages' metadata (so it says what is actually installed).
"""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from twin import __version__

LIBRARIES = ("PySide6-Essentials", "vtk", "numpy", "scipy", "pyqtgraph", "CoolProp", "shapely", "pyproj", "trimesh",
             "paho-mqtt", "imageio", "imageio-ffmpeg", "platformdirs", "mapbox-earcut")
"""The libraries named in the About box (the run-time dependencies of pyproject.toml)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def licence_of(distribution: str) -> str:
    """The licence an installed package declares (SPDX expression, licence field or classifier)."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return _tr("not installed")
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or () if c.startswith("License ::")]
    if classifiers:
        return ", ".join(dict.fromkeys(classifiers))
    field = (meta.get("License") or "").strip().splitlines()
    return field[0][:60] if field and field[0] else _tr("see the package")


def guide_html() -> str:
    """The in-app guide: the two modes and the gestures, in the language in force."""
    return _tr(
        "<h3>Two modes</h3>"
        "<p><b>Planning</b> (the normal window): the 3-D view with the panels around it. Move, rotate and resize "
        "buildings, set the wind and the weather, read the plant's figures and the layout checks. Every edit can be "
        "undone (Ctrl+Z).</p>"
        "<p><b>Presenter</b> (F11, or the toolbar button): for a public meeting. Full screen, large cards in plain "
        "language, editing switched off. Use the buttons at the top for the views, the guided tour (◀ ▶), "
        "“My street” (or click near a commune’s homes) and the language. F11 or Esc leaves.</p>"
        "<h3>Mouse and keys in the 3-D view</h3>"
        "<ul><li>Left-drag: turn around the site · right-drag or wheel: zoom · middle-drag: pan</li>"
        "<li>Click a building: its figures · Shift-drag a building: move it (planning mode only)</li>"
        "<li>Ctrl+1 to Ctrl+4: overview, plan, eye level from Escaudain and from Lourches</li>"
        "<li>F11: presenter mode · F1: all the gestures</li></ul>"
        "<p>Figures are marked <i>published</i> (stated by the operator), <i>derived</i> (computed from published "
        "figures) or <i>assumption</i> (a planning assumption): the building layout and the weather year are "
        "assumptions.</p>"
    )


def about_html() -> str:
    """The About box's text: version, sources of the figures, licences."""
    libraries = "".join(f"<li>{name}: {licence_of(name)}</li>" for name in LIBRARIES)
    return _tr(
        "<h3>Campus Twin {version}</h3>"
        "<p>A digital twin of the AI data-centre campus planned at Escaudain (Nord), on the former Usinor "
        "steelworks “Les Soufflantes”. Licence of Campus Twin: MIT.</p>"
        "<h4>Where the figures come from</h4>"
        "<ul><li>Campus (38 ha, up to 700 MW, PUE target 1.2, 6 ha nature reserve, heat recovery): Data4 and "
        "Communauté d’Agglomération de La Porte du Hainaut press release, 15 December 2025.</li>"
        "<li>Building layout: a planning assumption sized from those totals (the real plan is not published).</li>"
        "<li>Weather: a synthetic year from the Lille-Lesquin and Valenciennes normals 1991-2020 (Météo-France); "
        "the heat wave of 25 July 2019 (41.5 °C at Lille-Lesquin).</li>"
        "<li>Homes heated: 1 TWh of heat a year for about 100,000 homes (ADEME).</li>"
        "<li>Noise: ISO 9613-2 outdoor propagation; the rule of the order of 23 January 1997 (ICPE); residual "
        "levels are planning assumptions, not measurements.</li></ul>"
        "<h4>Libraries and their licences</h4><ul>{libraries}</ul>"
    ).format(version=__version__, libraries=libraries)


class HelpPages(QObject):
    """The "Guide" and "About" actions of a window's Help menu (and their dialogs)."""

    def __init__(self, window, menu) -> None:  # noqa: ANN001 - a QMainWindow and its Help menu (or None)
        super().__init__(window)
        self.window = window
        self.guide_action = QAction(window)
        self.guide_action.setObjectName("help.guide")
        self.guide_action.setShortcut(QKeySequence("Shift+F1"))
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action = QAction(window)
        self.about_action.setObjectName("help.about")
        self.about_action.triggered.connect(self.show_about)
        if menu is None:
            menu = window.menuBar().addMenu("")
            self._own_menu = menu
        else:
            self._own_menu = None
        menu.addAction(self.guide_action)
        menu.addSeparator()
        menu.addAction(self.about_action)
        window.addAction(self.guide_action)
        if hasattr(window, "actions_by_id"):
            window.actions_by_id["help.guide"] = self.guide_action
            window.actions_by_id["help.about"] = self.about_action
        from twin.ui.i18n import language_manager

        language_manager().language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, _language: str = "") -> None:
        self.guide_action.setText(_tr("&Guide: the two modes…"))
        self.about_action.setText(_tr("&About Campus Twin…"))
        if self._own_menu is not None:
            self._own_menu.setTitle(_tr("&Help"))

    def show_guide(self) -> None:
        QMessageBox.information(self.window, _tr("Guide"), guide_html())

    def show_about(self) -> None:
        QMessageBox.about(self.window, _tr("About Campus Twin"), about_html())
