"""Layer boundaries and the PySide6 signal-emission guard from headless.md."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_qt_free_layers_load_neither_qt_nor_vtk():
    """model, sim, live, io, sweep and the session run with no QApplication and no OpenGL."""
    code = (
        "import sys\n"
        "import twin.core, twin.model, twin.sim, twin.live, twin.io, twin.sweep\n"
        "import twin.io.layout, twin.model.validation, twin.model.document, twin.session\n"
        "import pkgutil, importlib\n"
        "for package in (twin.sim, twin.live, twin.io, twin.model, twin.core, twin.sweep):\n"
        "    for info in pkgutil.iter_modules(package.__path__):\n"
        "        importlib.import_module(f'{package.__name__}.{info.name}')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'vtkmodules', 'vtk', 'pyqtgraph'))\n"
        "print(' '.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "", f"Qt-free layers imported: {result.stdout}"


def test_importing_twin_and_the_cli_is_light():
    code = "import sys, twin, twin.cli; twin.cli.build_parser(); print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'vtkmodules', 'pyqtgraph', 'twin.sim.', 'twin.render'))))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


def test_import_linter_contracts_hold():
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint_imports is None:
        pytest.fail("lint-imports is not installed: run the README's test command, which installs it")
    result = subprocess.run([lint_imports], capture_output=True, text=True, cwd=ROOT)
    print(result.stdout[-3000:])
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_many_python_signal_emits_do_not_crash_the_interpreter():
    """PySide6 6.12.0 on CPython 3.11 aborts after a few thousand emits (bool_dealloc)."""
    code = (
        "from PySide6.QtCore import QObject, Signal, QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "class Emitter(QObject):\n"
        "    fired = Signal(bool)\n"
        "emitter = Emitter(); seen = []\n"
        "emitter.fired.connect(seen.append)\n"
        "for i in range(5000):\n"
        "    emitter.fired.emit(i % 2 == 0)\n"
        "print(len(seen))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, f"interpreter died: {result.stderr[-2000:]}"
    assert result.stdout.strip() == "5000"
