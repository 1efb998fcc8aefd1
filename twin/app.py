"""Composition root: builds the document, the window and (later) the runners, and wires them.

This is the one module that knows every layer; nothing below it imports it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from twin import __version__
from twin.core.paths import default_layout_path


def has_display() -> bool:
    """True when a windowing system is reachable (X11 or Wayland), or Qt was told to go offscreen."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or os.environ.get("QT_QPA_PLATFORM") == "offscreen"


def create_application(argv: list[str] | None = None):
    """Return the QApplication, creating it once with the app's identity."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
        app.setApplicationName("Campus Twin")
        app.setOrganizationName("Campus Twin")
        app.setApplicationDisplayName("Campus Twin")
        app.setApplicationVersion(__version__)
        from PySide6.QtGui import QIcon

        from twin.core.paths import project_root

        icon = QIcon()
        for size in (16, 32, 48, 64, 128, 256, 512):
            icon.addFile(str(project_root() / "resources" / "icons" / f"campus-twin-{size}.png"))
        app.setWindowIcon(icon)
    return app


def build_window(layout: Path | str | None = None, with_twin: bool = True, with_airflow: bool = True):
    """Load a layout (the bundled Escaudain campus by default) and return the main window.

    ``with_twin`` starts the plant, load and weather session; ``with_airflow`` also starts the
    airflow solver thread. Tests of one part switch the others off to keep the CPU for it.

    Raises
    ------
    twin.io.layout.LayoutError
        If the layout file cannot be read; nothing is shown then.
    """
    from twin.io.layout import load_layout
    from twin.model.document import CampusDocument
    from twin.ui.main_window import MainWindow

    path = Path(layout) if layout else default_layout_path()
    campus = load_layout(path)
    from twin.io.recovery import is_bundled

    # The bundled layout opens as a new document: "Save" must not overwrite the shipped asset
    # (also when it is named with --layout: it then saves as a new file in the user's folder).
    document = CampusDocument(campus, path if layout else None, bundled=is_bundled(path))
    return MainWindow(
        document,
        session_factory=create_session if with_twin else None,
        airflow_factory=create_airflow if with_twin and with_airflow else None,
    )


def create_airflow(campus):
    """The airflow and heat solver on its own thread, at the default resolution, below the window's priority."""
    from twin.sim.airflow.runner import AirflowRunner

    # behind the window's threads: an orbit stays smooth while the solver steps
    return AirflowRunner(campus, background=True)


def create_session(campus):
    """The running twin on the bundled synthetic weather year (called off the GUI thread)."""
    from twin.session import TwinSession
    from twin.sim.weather import load_default_weather

    return TwinSession(campus, load_default_weather())


def install_language(language: str | None = None) -> str:
    """Show the app in ``language`` (``"fr"``, ``"en"``; the system locale's by default); return it.

    Installs the Qt catalogue and hands ``QCoreApplication.translate`` to
    :func:`twin.core.i18n.tr`, so render captions and session texts follow too.
    """
    from twin.ui.i18n import language_manager, system_language

    manager = language_manager()
    manager.set_language(language or system_language())
    return manager.language


def main(layout: Path | str | None = None, language: str | None = None) -> int:
    """Run the desktop app until its window closes; return the exit code."""
    from PySide6.QtCore import QEvent

    app = create_application()
    install_language(language)
    window = build_window(layout)
    from twin.ui.presenter.layout import fit_to_screen

    fit_to_screen(window)
    window.show()
    from twin.ui import recovery

    # Offers what a crashed run left unsaved, then autosaves this run's edits.
    autosaver = recovery.install(window)
    exit_code = app.exec()
    autosaver.finish()  # a clean quit: nothing to recover next time
    # Delete the window (and its VTK and pyqtgraph children) while the QApplication still
    # exists: left to interpreter shutdown, the order is undefined and can segfault.
    window.shutdown()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del window
    import gc

    gc.collect()
    return exit_code
