"""Where bundled resources live, in the source tree and in a frozen (PyInstaller) bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """Return the folder that holds ``assets/`` and ``resources/``.

    In a PyInstaller bundle that is ``sys._MEIPASS``; from a source checkout or an editable
    install it is the repository root, two levels above this file.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parents[2]


def asset_path(name: str) -> Path:
    """Return the path of a bundled asset such as ``escaudain.campus.geojson``."""
    return project_root() / "assets" / name


def default_layout_path() -> Path:
    """Return the bundled Escaudain "Les Soufflantes" layout."""
    return asset_path("escaudain.campus.geojson")
