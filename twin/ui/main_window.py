"""The main window: the 3-D viewport in the centre, docks around it, actions from one table.

The window binds the :class:`~twin.model.CampusDocument` to the views: model events update the
viewport and panels; user gestures become commands on the document's undo stack. It holds no
business logic of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from twin.io.layout import LayoutError, load_layout, save_layout
from twin.model.campus import Campus
from twin.model.document import CampusDocument, move_building_command
from twin.model.validation import Severity, validate_campus
from twin.model.views import CAMERA_PRESETS
from twin.render.snapshot import png_bytes
from twin.ui.properties import PropertiesPanel
from twin.ui.viewport import Viewport

CAMERA_TITLES = {
    "overview": "Overview",
    "top": "Top (plan)",
    "escaudain": "From Escaudain (eye level)",
    "lourches": "From Lourches (eye level)",
}


@dataclass(frozen=True)
class ActionSpec:
    """One user action: id, title, shortcut, menu and the window method it calls."""

    id: str
    title: str
    menu: str
    method: str
    shortcut: str | QKeySequence.StandardKey | None = None
    tip: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.open", "&Open layout…", "&File", "open_layout_dialog", QKeySequence.StandardKey.Open, "Open a campus layout (GeoJSON)"),
    ActionSpec("file.save", "&Save layout", "&File", "save", QKeySequence.StandardKey.Save, "Save the layout"),
    ActionSpec("file.save_as", "Save layout &as…", "&File", "save_as_dialog", QKeySequence.StandardKey.SaveAs),
    ActionSpec("file.snapshot", "Export &snapshot…", "&File", "export_snapshot_dialog", "Ctrl+E", "Save the 3-D view as a PNG image"),
    ActionSpec("file.quit", "&Quit", "&File", "close", QKeySequence.StandardKey.Quit),
    ActionSpec("edit.undo", "&Undo", "&Edit", "undo", QKeySequence.StandardKey.Undo),
    ActionSpec("edit.redo", "&Redo", "&Edit", "redo", QKeySequence.StandardKey.Redo),
    *(
        ActionSpec(f"view.camera.{name}", CAMERA_TITLES[name], "&View", f"camera:{name}", f"Ctrl+{index + 1}")
        for index, name in enumerate(CAMERA_PRESETS)
    ),
)
"""Every action of the window, in menu order: menus, toolbar and tests read this table."""


class MainWindow(QMainWindow):
    """Campus Twin's main window.

    Parameters
    ----------
    document
        The campus document to show and edit.
    """

    campus_changed = Signal(object)
    """The current campus changed (the new :class:`Campus`)."""

    def __init__(self, document: CampusDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.resize(1440, 900)
        self.viewport = Viewport(self)
        self.setCentralWidget(self.viewport)
        self.properties = PropertiesPanel(self)
        self.properties_dock = self._dock("Properties", self.properties, Qt.DockWidgetArea.RightDockWidgetArea)
        self.properties_dock.setMinimumWidth(380)
        self.checks = QListWidget(self)
        self.checks_dock = self._dock("Layout checks", self.checks, Qt.DockWidgetArea.RightDockWidgetArea)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self.actions_by_id: dict[str, QAction] = {}
        self._build_actions()

        self.viewport.building_clicked.connect(self._on_building_clicked)
        self.viewport.building_drag_moved.connect(self._on_drag_moved)
        self.viewport.building_drag_finished.connect(self._on_drag_finished)
        document.changed.connect(self._on_campus_changed)
        document.selection_changed.connect(self._on_selection_changed)
        document.undo_stack.changed.connect(self._update_actions)
        self._drag_origin: Campus | None = None

        self._on_campus_changed(document.campus)
        self._update_actions()
        self.statusBar().showMessage("Left-drag: orbit · right-drag: zoom · middle-drag: pan · click: select · Shift-drag: move a building", 0)

    # -- public API ----------------------------------------------------------------------

    def open_layout(self, path: Path | str) -> bool:
        """Replace the document with the layout at ``path``; on error keep the current one."""
        try:
            campus = load_layout(path)
        except LayoutError as error:
            QMessageBox.critical(self, "Cannot open layout", str(error))
            return False
        if not self._confirm_discard():
            return False
        self._set_document(CampusDocument(campus, Path(path)))
        return True

    def save(self) -> bool:
        """Save to the document's file, asking for one if it has none."""
        if self.document.path is None:
            return self.save_as_dialog()
        return self.save_to(self.document.path)

    def save_to(self, path: Path | str) -> bool:
        """Save the layout atomically to ``path``; report failures without losing anything."""
        try:
            save_layout(self.document.campus, path)
        except OSError as error:
            QMessageBox.critical(self, "Cannot save layout", f"{path}: {error.strerror or error}")
            return False
        self.document.path = Path(path)
        self.document.undo_stack.set_clean()
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def undo(self) -> None:
        self.document.undo()

    def redo(self) -> None:
        self.document.redo()

    def export_snapshot(self, path: Path | str) -> None:
        """Write the current 3-D view to a PNG file."""
        from twin.core.files import write_bytes_atomically

        write_bytes_atomically(path, png_bytes(self.viewport.grab_image()))
        self.statusBar().showMessage(f"Snapshot written to {path}", 5000)

    def apply_camera(self, name: str) -> None:
        self.viewport.apply_camera(name)

    # -- dialogs -------------------------------------------------------------------------

    def open_layout_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open layout", "", "Campus layout (*.geojson *.json)")
        if path:
            self.open_layout(path)

    def save_as_dialog(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, "Save layout", "campus.geojson", "Campus layout (*.geojson)")
        return bool(path) and self.save_to(path)

    def export_snapshot_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export snapshot", "campus.png", "PNG image (*.png)")
        if path:
            self.export_snapshot(path)

    # -- Qt overrides --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._confirm_discard():
            event.ignore()
            return
        self.viewport.shutdown()
        self._disconnect_document()
        super().closeEvent(event)

    # -- private -------------------------------------------------------------------------

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _build_actions(self) -> None:
        menus = {}
        toolbar = self.addToolBar("Views")
        toolbar.setObjectName("views")
        for spec in ACTIONS:
            menu = menus.get(spec.menu) or menus.setdefault(spec.menu, self.menuBar().addMenu(spec.menu))
            action = QAction(spec.title, self)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setStatusTip(spec.tip)
            action.triggered.connect(self._callback(spec.method))
            menu.addAction(action)
            if spec.id.startswith("view.camera."):
                toolbar.addAction(action)
            self.actions_by_id[spec.id] = action

    def _callback(self, method: str) -> Callable[[], object]:
        if method.startswith("camera:"):
            name = method.split(":", 1)[1]
            return lambda: self.apply_camera(name)
        return lambda: getattr(self, method)()

    def _update_actions(self) -> None:
        stack = self.document.undo_stack
        undo, redo = self.actions_by_id["edit.undo"], self.actions_by_id["edit.redo"]
        undo.setEnabled(stack.can_undo)
        undo.setText(f"&Undo {stack.undo_label}" if stack.can_undo else "&Undo")
        redo.setEnabled(stack.can_redo)
        redo.setText(f"&Redo {stack.redo_label}" if stack.can_redo else "&Redo")
        name = self.document.path.name if self.document.path else "untitled"
        self.setWindowTitle(f"{name}{'' if stack.is_clean else ' *'} — Campus Twin")

    def _set_document(self, document: CampusDocument) -> None:
        self._disconnect_document()
        self.document = document
        document.changed.connect(self._on_campus_changed)
        document.selection_changed.connect(self._on_selection_changed)
        document.undo_stack.changed.connect(self._update_actions)
        self._on_campus_changed(document.campus)
        self._on_selection_changed(None)
        self._update_actions()

    def _disconnect_document(self) -> None:
        self.document.changed.disconnect(self._on_campus_changed)
        self.document.selection_changed.disconnect(self._on_selection_changed)
        self.document.undo_stack.changed.disconnect(self._update_actions)

    def _confirm_discard(self) -> bool:
        if self.document.undo_stack.is_clean:
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            "The layout has unsaved changes. Save them first?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _on_campus_changed(self, campus: Campus) -> None:
        self.viewport.set_campus(campus)
        self.properties.show_building(campus, self.document.selected_building_id)
        self._show_checks(campus)
        self.status_label.setText(
            f"{campus.total_it_capacity_mw:.0f} MW IT · {len(campus.data_halls)} data halls · reserve {campus.reserve.area_ha:.1f} ha"
        )
        self.campus_changed.emit(campus)

    def _show_checks(self, campus: Campus) -> None:
        self.checks.clear()
        issues = validate_campus(campus)
        if not issues:
            self.checks.addItem(QListWidgetItem("✔ No layout problems found."))
        for issue in issues:
            mark = "✖" if issue.severity == Severity.ERROR else "⚠"
            item = QListWidgetItem(f"{mark} {issue.message}")
            item.setToolTip(f"{issue.feature}.{issue.field}")
            self.checks.addItem(item)

    def _on_selection_changed(self, building_id: str | None) -> None:
        self.viewport.select(building_id)
        self.properties.show_building(self.document.campus, building_id)

    def _on_building_clicked(self, building_id: str | None) -> None:
        self.document.select(building_id)

    def _on_drag_moved(self, building_id: str, dx: float, dy: float) -> None:
        if self._drag_origin is None:
            self._drag_origin = self.document.campus
            self.document.select(building_id)
        self.document.preview(move_building_command(self._drag_origin, building_id, dx, dy).after)

    def _on_drag_finished(self, building_id: str, dx: float, dy: float) -> None:
        origin, self._drag_origin = self._drag_origin, None
        if origin is None or (abs(dx) < 0.5 and abs(dy) < 0.5):
            if origin is not None:
                self.document.preview(origin)
            return
        # Round to the decimetre: a planner's drag is not millimetre-precise.
        command = move_building_command(origin, building_id, round(dx, 1), round(dy, 1))
        self.document.execute(command)
