"""Render resources/icons/campus-twin.svg to the PNG sizes desktops and PyInstaller use.

Run from the repository root after editing the SVG::

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv)  # noqa: F841 - QPainter needs a GUI application
    icons = Path(__file__).resolve().parents[1] / "resources" / "icons"
    renderer = QSvgRenderer(str(icons / "campus-twin.svg"))
    if not renderer.isValid():
        print("campus-twin.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(icons / f"campus-twin-{size}.png"))
    print(f"wrote {len(SIZES)} PNG icons to {icons}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
