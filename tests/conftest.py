"""Test set-up shared by every test: headless Qt and VTK, test-mode paths, leak checks.

With no X display, Qt runs on its ``offscreen`` platform and VTK renders through EGL (see
``shared/design/headless.md``); with a display (or under ``xvfb-run``) the same tests use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")

# The suite runs the solver on its numpy reference kernels (deterministic, no background JIT
# compile in every test process); tests/test_sim_backend.py exercises the compiled twins.
os.environ.setdefault("TWIN_SOLVER_BACKEND", "numpy")
# The window starts its clock at today's date and hour (in 2030), so its first weather changed
# from day to day and a GUI test could pass one day and fail the next; pin it (summer noon,
# 4.5 m/s, 18.5 C in the bundled year). Tests that need another time pass ``start=``.
os.environ.setdefault("TWIN_START_TIME", "2030-06-21T12:00")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def campus():
    """The bundled Escaudain campus."""
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout

    return load_layout(default_layout_path())


@pytest.fixture(scope="session")
def qapp_args():
    return [sys.argv[0], "-platform", os.environ["QT_QPA_PLATFORM"]] if os.environ.get("QT_QPA_PLATFORM") else [sys.argv[0]]


@pytest.fixture(autouse=True)
def _qt_test_mode(request):
    """Keep UI tests out of the user's real settings and fail on timers left running."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    yield
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    leaked = [
        timer
        for widget in app.topLevelWidgets()
        for timer in widget.findChildren(QTimer)
        if timer.isActive() and widget.isVisible()
    ]
    assert not leaked, f"timers still running after the test: {leaked}"
