"""The main window: the 3-D viewport in the centre, docks around it, actions from one table.

The window binds the :class:`~twin.model.CampusDocument` to the views: model events update the
viewport and panels; user gestures become commands on the document's undo stack. It holds no
business logic of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
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

from twin import __version__
from twin.io.errors import FileContentError
from twin.io.layout import load_layout, save_layout
from twin.io.recovery import is_bundled, user_layout_folder
from twin.model.campus import Campus
from twin.model.document import CampusDocument
from twin.model.validation import Severity, effective_reserve_area_ha, validate_campus
from twin.model.views import CAMERA_PRESETS
from twin.render.field import FieldOverlays
from twin.session import PlantSnapshot, RunnerLink, TwinSession, hour_of_year_index
from twin.ui.airflow_panel import PRESET_MAX_CELLS, AirflowPanel
from twin.ui.compare import ComparePanel
from twin.ui.dashboard import Dashboard
from twin.ui.dock_tabs import hide_orphan_tab_bars
from twin.ui.editing import EditController, RulesEditor
from twin.ui.help import HelpPages
from twin.ui.i18n import add_language_menu, number
from twin.ui.live_panel import LivePanel
from twin.ui.neighbours_panel import NeighboursPanel
from twin.ui.presenter.layout import scrollable
from twin.ui.presenter.mode import PresenterMode
from twin.ui.presenter.tour_player import TourPlayer
from twin.ui.properties import PropertiesPanel
from twin.ui.resolution import grid_refusal, preset_settings
from twin.ui.solver_status import SolverBackendStatus
from twin.ui.viewport import Viewport

OVERLAY_TICK_MS = 250
"""New solver frames are drawn at most four times a second (a 3-D contour costs tens of ms)."""
TWIN_TICK_MS = 200
"""The plant and load update five times a second: smooth charts, negligible cost (~1 ms)."""

CAMERA_TITLES = {
    "overview": QT_TRANSLATE_NOOP("MainWindow", "Overview"),
    "top": QT_TRANSLATE_NOOP("MainWindow", "Top (plan)"),
    "escaudain": QT_TRANSLATE_NOOP("MainWindow", "From Escaudain (eye level)"),
    "lourches": QT_TRANSLATE_NOOP("MainWindow", "From Lourches (eye level)"),
}
"""Camera preset titles (English sources; shown through ``translate("MainWindow", ...)``)."""


_FILE = QT_TRANSLATE_NOOP("MainWindow", "&File")
_EDIT = QT_TRANSLATE_NOOP("MainWindow", "&Edit")
_VIEW = QT_TRANSLATE_NOOP("MainWindow", "&View")
_HELP = QT_TRANSLATE_NOOP("MainWindow", "&Help")


def _translate(text: str) -> str:
    """An English source of the action table in the language in force."""
    return QCoreApplication.translate("MainWindow", text) if text else ""


@dataclass(frozen=True)
class ActionSpec:
    """One user action: id, title, shortcut, menu and the window method it calls.

    ``title``, ``menu`` and ``tip`` are English sources marked with ``QT_TRANSLATE_NOOP``;
    the window shows them through ``translate("MainWindow", ...)`` and again on a language change.
    """

    id: str
    title: str
    menu: str
    method: str
    shortcut: str | QKeySequence.StandardKey | None = None
    tip: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.open", QT_TRANSLATE_NOOP("MainWindow", "&Open layout…"), _FILE, "open_layout_dialog",
               QKeySequence.StandardKey.Open, QT_TRANSLATE_NOOP("MainWindow", "Open a campus layout (GeoJSON)")),
    ActionSpec("file.save", QT_TRANSLATE_NOOP("MainWindow", "&Save layout"), _FILE, "save", QKeySequence.StandardKey.Save,
               QT_TRANSLATE_NOOP("MainWindow", "Save the layout")),
    ActionSpec("file.save_as", QT_TRANSLATE_NOOP("MainWindow", "Save layout &as…"), _FILE, "save_as_dialog", QKeySequence.StandardKey.SaveAs),
    ActionSpec("file.snapshot", QT_TRANSLATE_NOOP("MainWindow", "Export &snapshot…"), _FILE, "export_snapshot_dialog", "Ctrl+E",
               QT_TRANSLATE_NOOP("MainWindow", "Save the 3-D view as a PNG image")),
    ActionSpec("file.animation", QT_TRANSLATE_NOOP("MainWindow", "Export &animation…"), _FILE, "export_animation_dialog", None,
               QT_TRANSLATE_NOOP("MainWindow", "Render a day, a tour or an orbit to an MP4 or GIF")),
    ActionSpec("file.data", QT_TRANSLATE_NOOP("MainWindow", "Export &data…"), _FILE, "export_data_dialog", None,
               QT_TRANSLATE_NOOP("MainWindow", "3-D model (.glb), wind and heat fields (.vti), plant history (.csv)")),
    ActionSpec("file.sheet", QT_TRANSLATE_NOOP("MainWindow", "Export consultation s&heet…"), _FILE, "export_sheet_dialog", None,
               QT_TRANSLATE_NOOP("MainWindow", "A4 PDF: the view, the year's figures in plain language, sources")),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), _FILE, "close", QKeySequence.StandardKey.Quit),
    ActionSpec("edit.undo", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), _EDIT, "undo", QKeySequence.StandardKey.Undo),
    ActionSpec("edit.redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), _EDIT, "redo", QKeySequence.StandardKey.Redo),
    # Editing: "edit:<name>" runs EditController.run(name) (twin/ui/editing.py).
    ActionSpec("edit.tool.select", QT_TRANSLATE_NOOP("MainWindow", "Se&lect"), _EDIT, "edit:tool.select", "Esc",
               QT_TRANSLATE_NOOP("MainWindow", "Click to select; Shift-drag to move")),
    ActionSpec("edit.tool.move", QT_TRANSLATE_NOOP("MainWindow", "&Move"), _EDIT, "edit:tool.move", "M",
               QT_TRANSLATE_NOOP("MainWindow", "Drag a building or a yard to move it")),
    ActionSpec("edit.tool.rotate", QT_TRANSLATE_NOOP("MainWindow", "&Rotate"), _EDIT, "edit:tool.rotate", "R",
               QT_TRANSLATE_NOOP("MainWindow", "Drag the grip of the selected building to turn it")),
    ActionSpec("edit.tool.resize", QT_TRANSLATE_NOOP("MainWindow", "Resi&ze"), _EDIT, "edit:tool.resize", "S",
               QT_TRANSLATE_NOOP("MainWindow", "Drag a corner grip of the selected building to resize it")),
    ActionSpec("edit.add.data_hall", QT_TRANSLATE_NOOP("MainWindow", "Add data hall"), _EDIT, "edit:add.data_hall", None,
               QT_TRANSLATE_NOOP("MainWindow", "Click the ground to place a 100 MW data hall with roof coolers and generators")),
    ActionSpec("edit.add.cooling_plant", QT_TRANSLATE_NOOP("MainWindow", "Add cooling plant"), _EDIT, "edit:add.cooling_plant"),
    ActionSpec("edit.add.substation", QT_TRANSLATE_NOOP("MainWindow", "Add substation"), _EDIT, "edit:add.substation"),
    ActionSpec("edit.add.heat_recovery_plant", QT_TRANSLATE_NOOP("MainWindow", "Add heat-recovery plant"), _EDIT,
               "edit:add.heat_recovery_plant"),
    ActionSpec("edit.add.offices", QT_TRANSLATE_NOOP("MainWindow", "Add offices and training"), _EDIT, "edit:add.offices"),
    ActionSpec("edit.add.gatehouse", QT_TRANSLATE_NOOP("MainWindow", "Add gatehouse"), _EDIT, "edit:add.gatehouse"),
    ActionSpec("edit.delete", QT_TRANSLATE_NOOP("MainWindow", "&Delete building"), _EDIT, "edit:delete",
               QKeySequence.StandardKey.Delete),
    ActionSpec("edit.duplicate", QT_TRANSLATE_NOOP("MainWindow", "D&uplicate building"), _EDIT, "edit:duplicate", "Ctrl+D"),
    ActionSpec("edit.new", QT_TRANSLATE_NOOP("MainWindow", "New layout from the empty site"), _EDIT, "edit:new"),
    ActionSpec("edit.revert", QT_TRANSLATE_NOOP("MainWindow", "Revert to the bundled campus"), _EDIT, "edit:revert"),
    ActionSpec("edit.refuse", QT_TRANSLATE_NOOP("MainWindow", "Refuse drops that break a hard rule"), _EDIT, "edit:refuse", None,
               QT_TRANSLATE_NOOP("MainWindow", "Overlaps, the reserve and the site boundary: refuse the drop instead of warning")),
    *(
        ActionSpec(f"view.camera.{name}", CAMERA_TITLES[name], _VIEW, f"camera:{name}", f"Ctrl+{index + 1}")
        for index, name in enumerate(CAMERA_PRESETS)
    ),
    ActionSpec("help.gestures", QT_TRANSLATE_NOOP("MainWindow", "&Mouse and keyboard…"), _HELP, "edit:gestures", "F1"),
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

    def __init__(
        self,
        document: CampusDocument,
        session_factory: Callable[[Campus], TwinSession] | None = None,
        airflow_factory: Callable[[Campus], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.resize(1440, 900)
        self.viewport = Viewport(self)
        self.setCentralWidget(self.viewport)
        self.properties = PropertiesPanel(self)
        self.properties_dock = self._dock("Properties", self.properties, Qt.DockWidgetArea.RightDockWidgetArea)
        self.properties_dock.setMinimumWidth(300)
        self.checks = QListWidget(self)
        self.rules = RulesEditor(self)
        self.checks_dock = self._dock("Layout checks", _stacked(self, self.rules, self.checks), Qt.DockWidgetArea.RightDockWidgetArea)
        self.current_issues: list = []
        """The layout checks of the current campus (what the list and the 3-D view show)."""
        self.dashboard = Dashboard(self)
        self.dashboard_dock = self._dock("Plant dashboard", self.dashboard, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.live_panel = LivePanel(self)
        self.live_dock = self._dock("Load, time and weather", self.live_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.resizeDocks([self.dashboard_dock], [230], Qt.Orientation.Vertical)  # the 3-D view keeps most of a 720 px screen
        self.resizeDocks([self.live_dock, self.properties_dock], [310, 380], Qt.Orientation.Horizontal)
        self.airflow_panel = AirflowPanel(self)
        self.airflow_dock = self._dock("Wind and heat", self.airflow_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.live_dock, self.airflow_dock)
        self.live_dock.raise_()
        self.neighbours = NeighboursPanel(self, lambda: self.document.campus, lambda: self.session.weather if self.session else None,
                                          self._hour_index, self.viewport.scene.layers, self.viewport.request_render)
        self.neighbours_dock = self._dock("Neighbours", self.neighbours, Qt.DockWidgetArea.RightDockWidgetArea)
        self.field_overlays = FieldOverlays(self.viewport.scene.layers)
        self.airflow = None
        self._follow_weather = False
        self._followed: tuple[float, float, float] | None = None
        """The (wind from, speed, air) last sent while following the played weather."""
        self._overlay_timer = QTimer(self)
        self._overlay_timer.setInterval(OVERLAY_TICK_MS)
        self._overlay_timer.timeout.connect(self._on_overlay_tick)
        self.session: TwinSession | None = None
        self._session_future: Future | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._twin_timer = QTimer(self)
        self._twin_timer.setInterval(TWIN_TICK_MS)
        self._twin_timer.timeout.connect(self._on_twin_tick)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self.solver_status = SolverBackendStatus(self)
        self.statusBar().addPermanentWidget(self.solver_status)
        self.actions_by_id: dict[str, QAction] = {}
        self._menus: dict[str, object] = {}
        """Menus by their English source title (``ActionSpec.menu``)."""
        self._build_actions()
        add_language_menu(self)
        self.presenter = PresenterMode(self)
        self._menus[_VIEW].addAction(self.presenter.action)
        self._toolbar.addAction(self.presenter.action)
        self.actions_by_id["view.presenter"] = self.presenter.action
        self.tour_player = TourPlayer(self, self.presenter)
        self._menus[_VIEW].addMenu(self.tour_player.menu)
        self.help_pages = HelpPages(self, self._menus.get(_HELP))
        self.compare = ComparePanel(lambda: self.document, self._set_document,
                                    lambda: self.session.weather if self.session else None, self)
        self.compare_dock = self._dock(self.tr("Compare A/B"), self.compare, Qt.DockWidgetArea.RightDockWidgetArea)
        # One Properties | Neighbours | Compare group with Properties in front. Qt keeps the
        # widgets of hidden tabs "visible", so the Neighbours panel follows its dock's
        # visibilityChanged: the noise map and badges show only when its tab is opened.
        # Qt 6.11 leaves the second tab group an orphaned copy of its tab bar, drawn over the
        # layout-checks dock at 1280x720 and never retranslated (twin.ui.dock_tabs).
        self.tabifyDockWidget(self.properties_dock, self.neighbours_dock)
        self.tabifyDockWidget(self.neighbours_dock, self.compare_dock)
        hide_orphan_tab_bars(self)
        self.properties_dock.raise_()
        self.neighbours.set_tab_shown(False)
        self.neighbours_dock.visibilityChanged.connect(self.neighbours.set_tab_shown)
        self._menus[_VIEW].addActions(self.compare.actions())
        self.editing = EditController(self)
        self.properties.edit_requested.connect(self.editing.edit_property)
        self.rules.rule_requested.connect(self.editing.edit_rule)
        self.checks.itemClicked.connect(lambda item: self.editing.activate_issue(item.data(Qt.ItemDataRole.UserRole)))

        self.viewport.building_clicked.connect(self._on_building_clicked)
        document.changed.connect(self._on_campus_changed)
        document.selection_changed.connect(self._on_selection_changed)
        document.undo_stack.changed.connect(self._update_actions)

        self._connect_live_panel()
        self._connect_airflow_panel()
        self._on_campus_changed(document.campus)
        self._update_actions()
        if session_factory is not None:
            # The plant model loads CoolProp (~3 s): build the session off the GUI thread.
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="twin-setup")
            self._session_future = self._executor.submit(session_factory, document.campus)
            self._twin_timer.start()
        if airflow_factory is not None:
            self.airflow = airflow_factory(document.campus)
            self.airflow.start()
            scenario = document.campus.scenario
            self.airflow_panel.set_weather(scenario.wind_from_deg, scenario.wind_speed_ms, scenario.ambient_c)
            self.airflow_panel.follow.setChecked(True)  # one story: the solver runs in the played weather
            self._overlay_timer.start()
        self.retranslate()

    # -- public API ----------------------------------------------------------------------

    def open_layout(self, path: Path | str) -> bool:
        """Replace the document with the layout at ``path``; on error keep the current one."""
        try:
            campus = load_layout(path)
        except FileContentError as error:
            QMessageBox.critical(self, self.tr("Cannot open layout"), str(error))
            return False
        except Exception as error:  # noqa: BLE001 - a reader bug must still end in a dialog, not a lost slot
            QMessageBox.critical(self, self.tr("Cannot open layout"), f"{path}: {type(error).__name__}: {error}")
            return False
        if not self._confirm_discard():
            return False
        self._set_document(CampusDocument(campus, Path(path), bundled=is_bundled(path)))
        return True

    def replace_document(self, document: CampusDocument) -> None:
        """Show and edit ``document`` in place of the current one, without asking (crash recovery)."""
        self._set_document(document)

    def save(self) -> bool:
        """Save to the document's file, asking for one if it has none or it is the bundled layout."""
        if self.document.path is None or self.document.bundled:
            return self.save_as_dialog()
        return self.save_to(self.document.path)

    def save_to(self, path: Path | str) -> bool:
        """Save the layout atomically to ``path``; report failures without losing anything."""
        if is_bundled(path):
            QMessageBox.critical(
                self,
                self.tr("Cannot save layout"),
                self.tr("{path} is the layout shipped with Campus Twin; save your version under another name.").format(path=path),
            )
            return False
        try:
            save_layout(self.document.campus, path)
        except OSError as error:
            QMessageBox.critical(self, self.tr("Cannot save layout"), f"{path}: {error.strerror or error}")
            return False
        self.document.path = Path(path)
        self.document.bundled = False
        self.document.undo_stack.set_clean()
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        return True

    def undo(self) -> None:
        self.document.undo()

    def redo(self) -> None:
        self.document.redo()

    def export_snapshot(self, path: Path | str, size: tuple[int, int] | None = None) -> bool:
        """Write the 3-D view to an image (PNG or JPEG by extension) at ``size`` (default 1920x1080)."""
        from twin.ui.export.snapshot import export_snapshot

        return export_snapshot(self, path, size)

    def apply_camera(self, name: str) -> None:
        self.viewport.apply_camera(name)

    # -- dialogs -------------------------------------------------------------------------

    def open_layout_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open layout"), "", self.tr("Campus layout (*.geojson *.json)"))
        if path:
            self.open_layout(path)

    def save_as_dialog(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save layout"), self._save_as_start(), self.tr("Campus layout (*.geojson)"))
        return bool(path) and self.save_to(path)

    def _save_as_start(self) -> str:
        """Where Save As starts: beside the file, or in the user's folder for a new or bundled layout."""
        name = self.document.path.name if self.document.path is not None else "campus.geojson"
        if self.document.path is not None and not self.document.bundled:
            return str(self.document.path)
        folder = user_layout_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return name
        return str(folder / name)

    def export_snapshot_dialog(self) -> None:
        from twin.ui.export.snapshot import export_snapshot_dialog

        export_snapshot_dialog(self)

    def export_animation_dialog(self) -> None:
        from twin.ui.export.animation import export_animation_dialog

        export_animation_dialog(self)

    def export_data_dialog(self) -> None:
        from twin.ui.export.data import export_data_dialog

        export_data_dialog(self)

    def export_sheet_dialog(self) -> None:
        from twin.ui.export.data import export_sheet_dialog

        export_sheet_dialog(self)

    def retranslate(self) -> None:
        """Re-set every static text in the language in force (called on ``LanguageChange``)."""
        for dock, title in ((self.properties_dock, self.tr("Properties")), (self.checks_dock, self.tr("Layout checks")),
                            (self.dashboard_dock, self.tr("Plant dashboard")),
                            (self.live_dock, self.tr("Load, time and weather")), (self.airflow_dock, self.tr("Wind and heat")),
                            (self.neighbours_dock, self.tr("Neighbours")), (self.compare_dock, self.tr("Compare A/B"))):
            dock.setWindowTitle(title)
        self._toolbar.setWindowTitle(self.tr("Views"))
        self._edit_toolbar.setWindowTitle(self.tr("Edit"))
        for source, menu in self._menus.items():
            menu.setTitle(_translate(source))
        for spec in ACTIONS:
            action = self.actions_by_id[spec.id]
            action.setText(_translate(spec.title))
            action.setStatusTip(_translate(spec.tip))
        self._update_actions()
        self._show_checks(self.document.campus)
        self._show_campus_status(self.document.campus)
        self.editing.show_hint()
        self.field_overlays.retranslate(self.document.campus)  # legends are VTK text (twin.render.field)
        self.viewport.request_render()

    def gesture_hint(self) -> str:
        """The mouse gestures of the 3-D view, in a line for the status bar."""
        return self.tr("Left-drag: orbit · right-drag: zoom · middle-drag: pan · click: select · Shift-drag: move a building")

    # -- Qt overrides --------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._confirm_discard():
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop timers, the solver thread, the load source and the viewport. Idempotent."""
        if getattr(self, "_animation_export", None) is not None:
            self._animation_export.cancel()  # removes its partial file
        self._twin_timer.stop()
        self.solver_status.shutdown()
        self.compare.shutdown()
        self.presenter.shutdown()
        self.neighbours.close_down()
        self._overlay_timer.stop()
        if self.airflow is not None:
            self.airflow.stop(timeout=10.0)
        if self._session_future is not None and self.session is None:
            self._session_future.cancel()
            try:
                self.session = self._session_future.result(timeout=30)
            except Exception:  # noqa: BLE001 - a failed start has nothing left to stop
                self.session = None
        if self.session is not None:
            self.session.close()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        self.viewport.shutdown()
        if self.document is not None:
            self._disconnect_document()

    # -- private -------------------------------------------------------------------------

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        # In a scroll area, a tall panel scrolls instead of forcing the window taller than a
        # 1280x720 projector; closable, and listed in View > Panels to bring it back.
        dock.setWidget(scrollable(widget))
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_actions(self) -> None:
        menus = self._menus
        toolbar = self.addToolBar(self.tr("Views"))
        toolbar.setObjectName("views")
        self._toolbar = toolbar
        for spec in ACTIONS:
            menu = menus.get(spec.menu) or menus.setdefault(spec.menu, self.menuBar().addMenu(_translate(spec.menu)))
            action = QAction(_translate(spec.title), self)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setStatusTip(_translate(spec.tip))
            action.triggered.connect(self._callback(spec.method))
            menu.addAction(action)
            if spec.id.startswith("view.camera."):
                toolbar.addAction(action)
            self.actions_by_id[spec.id] = action
        self._edit_toolbar = self.addToolBar(self.tr("Edit"))
        self._edit_toolbar.setObjectName("edit")
        for action_id in ("edit.tool.select", "edit.tool.move", "edit.tool.rotate", "edit.tool.resize", "edit.add.data_hall",
                          "edit.duplicate", "edit.delete"):
            self._edit_toolbar.addAction(self.actions_by_id[action_id])
        self.actions_by_id["edit.refuse"].setCheckable(True)

    def _callback(self, method: str) -> Callable[[], object]:
        if method.startswith("camera:"):
            name = method.split(":", 1)[1]
            return lambda: self.apply_camera(name)
        if method.startswith("edit:"):
            name = method.split(":", 1)[1]
            return lambda: self.editing.run(name)
        return lambda: getattr(self, method)()

    def _update_actions(self) -> None:
        stack = self.document.undo_stack
        undo, redo = self.actions_by_id["edit.undo"], self.actions_by_id["edit.redo"]
        undo.setEnabled(stack.can_undo)
        undo.setText(self.tr("&Undo {label}").format(label=stack.undo_label) if stack.can_undo else self.tr("&Undo"))
        redo.setEnabled(stack.can_redo)
        redo.setText(self.tr("&Redo {label}").format(label=stack.redo_label) if stack.can_redo else self.tr("&Redo"))
        name = self.document.path.name if self.document.path else self.tr("untitled")
        self.setWindowTitle(
            self.tr("{name}{modified} — Campus Twin {version}").format(
                name=name, modified="" if stack.is_clean else " *", version=__version__
            )
        )
        from twin.ui.export.state import headline_name

        self.viewport.set_layout_name(headline_name(self))  # after Save As: the new file, not "(default layout)"

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
            self.tr("Unsaved changes"),
            self.tr("The layout has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _hour_index(self) -> float:
        return hour_of_year_index(self.session.clock.now, self.session.weather) if self.session is not None else 0.0

    def _on_campus_changed(self, campus: Campus) -> None:
        if hasattr(self, "neighbours"):
            self.neighbours.request_update()
        if self.session is not None:
            self.session.set_campus(campus)
        if self.airflow is not None:
            self.airflow.submit_campus(campus)
        self.dashboard.set_capacity(campus.total_it_capacity_mw)
        self.viewport.set_campus(campus)
        self.properties.show_building(campus, self.document.selected_building_id)
        self._show_checks(campus)
        self._show_campus_status(campus)
        self.rules.show_campus(campus)
        self.editing.refresh()
        self.campus_changed.emit(campus)

    def _show_campus_status(self, campus: Campus) -> None:
        self.status_label.setText(self.tr("{mw} MW IT · {halls} data halls · reserve {ha} ha").format(
            mw=number(campus.total_it_capacity_mw), halls=len(campus.data_halls), ha=number(effective_reserve_area_ha(campus), 1)))

    def _show_checks(self, campus: Campus) -> None:
        self.checks.clear()
        issues = validate_campus(campus)
        self.current_issues = issues
        if hasattr(self, "editing"):
            self.editing.show_violations(campus, issues)
        if not issues:
            self.checks.addItem(QListWidgetItem(self.tr("✔ No layout problems found.")))
        for issue in issues:
            mark = "✖" if issue.severity == Severity.ERROR else "⚠"
            item = QListWidgetItem(f"{mark} {issue.message}")
            item.setToolTip(f"{issue.feature}.{issue.field}")
            item.setData(Qt.ItemDataRole.UserRole, issue)
            self.checks.addItem(item)

    def _on_selection_changed(self, building_id: str | None) -> None:
        self.viewport.select(building_id)
        self.properties.show_building(self.document.campus, building_id)
        self.editing.refresh()

    def _on_building_clicked(self, building_id: str | None) -> None:
        self.document.select(building_id)

    # -- the running twin ----------------------------------------------------------------

    def _connect_live_panel(self) -> None:
        panel = self.live_panel
        panel.simulated_requested.connect(self._use_simulated)
        panel.replay_requested.connect(self.open_replay_dialog)
        panel.live_requested.connect(self.connect_live)
        panel.speed_requested.connect(self._set_speed)
        panel.playing_requested.connect(self._set_playing)
        panel.jump_requested.connect(self._jump)
        panel.weather_requested.connect(self._choose_weather)

    def _on_twin_tick(self) -> None:
        if self.session is None:
            future = self._session_future
            if future is None or not future.done():
                self.dashboard.show_starting(self.tr("Starting the plant model…"))
                return
            try:
                self.session = future.result()
            except Exception as error:  # noqa: BLE001 - shown to the user, the app carries on
                self._twin_timer.stop()
                self.dashboard.show_starting(self.tr("The plant model could not start: {error}").format(error=error))
                return
            self.session.set_campus(self.document.campus)
            self.dashboard.set_capacity(self.document.campus.total_it_capacity_mw)
            if self.airflow is not None:
                self.session.attach_airflow(RunnerLink(self.airflow))
        snapshot = self.session.tick()
        self.dashboard.show_snapshot(snapshot)
        self.dashboard.show_history(self.session.history)
        self.live_panel.show_snapshot(snapshot)
        self._show_live_on_campus(snapshot)
        if self._follow_weather and self.airflow is not None:
            self._follow_played_weather()
        self._show_caption()
        self.viewport.request_render()

    def _show_caption(self) -> None:
        from twin.ui.export.state import export_info

        self.viewport.caption.set_info(export_info(self))

    def _show_live_on_campus(self, snapshot: PlantSnapshot) -> None:
        campus = self.document.campus
        for hall in campus.data_halls:
            load = snapshot.it_mw.get(hall.id, 0.0)
            if snapshot.stale.get(hall.id):
                text = self.tr("{load} of {capacity} MW (stale)").format(load=number(load), capacity=number(hall.it_capacity_mw))
            else:
                text = self.tr("{load} of {capacity} MW IT").format(load=number(load), capacity=number(hall.it_capacity_mw))
            self.viewport.scene.set_building_status(hall.id, text, load / hall.it_capacity_mw)
        if snapshot.supply_c:
            supply = sum(snapshot.supply_c.values()) / len(snapshot.supply_c)
            ret = sum(snapshot.return_c.values()) / len(snapshot.return_c)
            # Facility-water flow carrying the IT heat: m = Q / (cp dT), water cp ~4.18 kJ/(kg K).
            lift_k = max(ret - supply, 0.1)
            flow_kg_s = snapshot.campus_it_mw * 1000.0 / (4.18 * lift_k)
            texts = {}
            for pipe in campus.pipes:
                if pipe.network == "cooling":
                    temperature = supply if pipe.role == "supply" else ret
                    if pipe.role == "supply":
                        texts[pipe.id] = self.tr("supply {t} °C · {flow} kg/s").format(t=number(temperature), flow=number(flow_kg_s))
                    else:
                        texts[pipe.id] = self.tr("return {t} °C").format(t=number(temperature))
                elif pipe.role == "supply":
                    texts[pipe.id] = self.tr("to districts {t} °C · {mw} MW").format(
                        t=number(campus.scenario.district_supply_c), mw=number(snapshot.exported_mw))
            self.viewport.scene.set_pipe_labels(texts)

    # -- wind and heat -------------------------------------------------------------------

    def _connect_airflow_panel(self) -> None:
        panel = self.airflow_panel
        panel.weather_requested.connect(self.set_airflow_weather)
        panel.follow_weather_requested.connect(self._set_follow_weather)
        panel.playing_requested.connect(lambda playing: self.airflow and (self.airflow.play() if playing else self.airflow.pause()))
        panel.step_requested.connect(self._step_airflow)
        panel.resolution_requested.connect(self.set_airflow_resolution)
        panel.overlay_toggled.connect(self._toggle_overlay)
        panel.slice_height_requested.connect(lambda h: self.field_overlays.set_height(h, self.document.campus))

    def _airflow_settings(self):
        """The settings last sent to the solver (the defaults until the user changes one)."""
        return self.airflow.settings

    def set_airflow_weather(self, wind_from_deg: float, wind_speed_ms: float, ambient_c: float) -> None:
        """Run the solver in this wind and air temperature."""
        if self.airflow is None:
            return
        import dataclasses

        settings = dataclasses.replace(self._airflow_settings(), wind_from_deg=wind_from_deg,
                                       wind_speed_ms=wind_speed_ms, ambient_c=ambient_c)
        self.airflow.submit_settings(settings)

    def set_airflow_resolution(self, dx_m: float, dz_m: float) -> None:
        """Change the solver's cell size (the field is interpolated onto the new grid); a grid over
        the preset's cell budget is refused with the solver's message (:mod:`twin.ui.resolution`)."""
        if self.airflow is None:
            return
        settings = preset_settings(self._airflow_settings(), dx_m, dz_m, PRESET_MAX_CELLS.get(dx_m))
        refused = grid_refusal(self.document.campus, settings)
        self.airflow_panel.show_resolution(self._airflow_settings().dx_m if refused else dx_m, refused or "")
        if not refused:
            self.airflow.submit_settings(settings)

    def _set_follow_weather(self, on: bool) -> None:
        self._follow_weather = on
        if on:
            self._followed = None
            self._follow_played_weather()

    def _follow_played_weather(self) -> None:
        if self.session is None:
            return
        ambient, _, speed, wind_from = self.session.weather_now()
        # Re-aim the solver only on a real change (each change is an edit: a first look, then settling).
        wanted = (round(wind_from / 10.0) * 10.0 % 360, round(speed * 2) / 2, round(ambient))
        if wanted != self._followed:
            self._followed = wanted
            self.airflow_panel.set_weather(*wanted)
            self.set_airflow_weather(*wanted)

    def _step_airflow(self) -> None:
        if self.airflow is not None:
            self.airflow.request_step()

    def _toggle_overlay(self, overlay_id: str, shown: bool) -> None:
        self.field_overlays.set_shown(overlay_id, shown, self.document.campus)
        self.viewport.request_render()

    def _on_overlay_tick(self) -> None:
        frame = self.airflow.latest() if self.airflow is not None else None
        if frame is None:
            return
        if self.field_overlays.update(frame, self.document.campus):
            if self.session is None:
                self._show_caption()
            self.viewport.request_render()
        self.airflow_panel.show_frame(frame)
        wind = np.asarray(frame.pedestrian_wind)
        self.airflow_panel.show_outputs(
            frame.reserve_temp_c - frame.weather.ambient_c,
            float(np.nanmax(wind)) if np.isfinite(wind).any() else float("nan"),
        )

    def _use_simulated(self) -> None:
        if self.session is not None:
            self.session.use_simulated()
            self.live_panel.set_live_mode(False)

    def open_replay_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Replay IT load"), "", self.tr("Load recording (*.csv)"))
        if path:
            self.replay(path)
        else:
            self._sync_live_panel()

    def replay(self, path: Path | str) -> bool:
        """Replay a CSV of per-building loads, following the twin's clock."""
        from twin.io.loadcsv import LoadCsvError, read_load_csv
        from twin.live.replay import ReplaySource

        if self.session is None:
            return False
        try:
            table = read_load_csv(path, [b.id for b in self.document.campus.data_halls])
        except (LoadCsvError, OSError) as error:
            QMessageBox.critical(self, self.tr("Cannot replay"), str(error))
            self._sync_live_panel()
            return False
        capacities = {b.id: b.it_capacity_mw for b in self.document.campus.data_halls}
        source = ReplaySource(table, speed=1.0, clock=self.session.source_clock, capacities_mw=capacities)
        self.session.use_source(source, "replay")
        self.live_panel.set_live_mode(False)
        if source.rejected_by_reason:
            reasons = ", ".join(f"{k} {v}" for k, v in source.rejected_by_reason.items())
            self.statusBar().showMessage(
                self.tr("{path}: implausible samples left out ({reasons})").format(path=Path(path).name, reasons=reasons), 0
            )
        return True

    def connect_live(self, url: str, topic_style: str, username: str = "", password: str = "") -> bool:
        """Take IT load live from an MQTT broker; the connection is made (and remade) in the background."""
        from twin.live.mqtt import (
            MqttSettings,
            MqttSource,
            parse_source_url,
            plaintext_password_warning,
        )

        if self.session is None:
            return False
        try:
            host, port, tls = parse_source_url(url)
            settings = MqttSettings(host=host, port=port, tls=tls, topic_style=topic_style,
                                    username=username or None, password=password or None)
        except ValueError as error:
            QMessageBox.critical(self, self.tr("Cannot connect"), str(error))
            self._sync_live_panel()
            return False
        self.session.use_source(MqttSource.from_campus(self.document.campus, settings), "live")
        self.live_panel.set_live_mode(True)
        warning = plaintext_password_warning(settings)
        if warning:  # connect anyway (the user chose the broker), but say it plainly and keep it shown
            self.statusBar().showMessage(self.tr("Warning: {warning}").format(warning=warning), 0)
        elif self.statusBar().currentMessage().startswith(self.tr("Warning: ")):
            self.statusBar().clearMessage()  # the warning was about the previous connection
        return True

    def _set_speed(self, speed: float) -> None:
        if self.session is not None:
            self.session.set_speed(speed)

    def _set_playing(self, playing: bool) -> None:
        if self.session is not None:
            self.session.clock.playing = playing

    def _jump(self, hour: int) -> None:
        if self.session is not None:
            self.session.jump_to_hour(hour)

    def _choose_weather(self, index: int) -> None:
        from twin.sim.weather import load_default_weather

        if self.session is None:
            return
        if index == 0:
            self.session.set_weather(load_default_weather(), "year")
        elif index == 1:
            self.session.play_heatwave()  # the same spliced year as `twin year --heatwave`
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open weather file"), "", self.tr("EnergyPlus weather (*.epw)"))
            if not (path and self.open_weather(path)):
                self._sync_live_panel()

    def open_weather(self, path: Path | str) -> bool:
        """Play an EnergyPlus weather file; a bad file is reported and the current weather kept."""
        from twin.io.epw import EpwError, read_epw

        try:
            weather = read_epw(path)
        except (EpwError, OSError) as error:
            QMessageBox.critical(self, self.tr("Cannot read weather file"), str(error))
            return False
        if self.session is not None:
            self.session.set_weather(weather, "file")
        return True

    def _sync_live_panel(self) -> None:
        """Put the source and weather boxes back on what the twin plays (after a refusal or a cancel)."""
        if self.session is not None:
            self.live_panel.show_state(self.session.mode, self.session.weather_kind)


def _hour_of_year(month: int, day: int, hour: int) -> int:
    import datetime

    return (datetime.date(2030, month, day).timetuple().tm_yday - 1) * 24 + hour


def _stacked(parent: QWidget, *widgets: QWidget) -> QWidget:
    """One widget holding ``widgets`` one above the other (the last one stretches)."""
    from PySide6.QtWidgets import QVBoxLayout

    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(2, 2, 2, 2)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is widgets[-1] else 0)
    return box
