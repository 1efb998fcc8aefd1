"""File > Export snapshot: the view at any size, through the same path as ``twin snapshot``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from twin.render.snapshot import ExportError, write_snapshot
from twin.ui.export.state import snapshot_request

SIZES = ((1280, 720), (1920, 1080), (2560, 1440), (3840, 2160))
"""Image sizes offered besides the view's own (HD, Full HD, QHD, 4K UHD)."""


class SnapshotDialog(QDialog):
    """Asks for the image size; the file name (and so the format) is asked next."""

    def __init__(self, view_size: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export snapshot"))
        self.size_box = QComboBox(self)
        self.size_box.addItem(self.tr("As the view ({w}x{h})").format(w=view_size[0], h=view_size[1]), view_size)
        for width, height in SIZES:
            self.size_box.addItem(f"{width}x{height}", (width, height))
        self.size_box.setCurrentIndex(2)  # Full HD: what a slide or a report page wants
        form = QFormLayout(self)
        form.addRow(self.tr("Image size"), self.size_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_size(self) -> tuple[int, int]:
        return tuple(self.size_box.currentData())


def export_snapshot(window, path: Path | str, size: tuple[int, int] | None = None) -> bool:
    """Write the window's view to ``path`` at ``size`` (default 1920x1080); report errors in a box."""
    request = snapshot_request(window, size or (1920, 1080))
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_snapshot(request, path)
    except (ExportError, OSError) as error:
        QMessageBox.critical(window, window.tr("Cannot export snapshot"), str(error))
        return False
    finally:
        QGuiApplication.restoreOverrideCursor()
    window.statusBar().showMessage(
        window.tr("Snapshot {w}x{h} written to {path}").format(w=request.size[0], h=request.size[1], path=path), 5000)
    return True


def export_snapshot_dialog(window) -> bool:
    """Ask for a size and a file, then export."""
    width, height = window.viewport.render_window.GetSize()
    dialog = SnapshotDialog((int(width), int(height)), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    path, _ = QFileDialog.getSaveFileName(
        window, window.tr("Export snapshot"), "campus.png",
        window.tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg)"))
    if not path:
        return False
    return export_snapshot(window, path, dialog.chosen_size())
