"""Editing the layout from the window: tools, Edit-menu commands, property edits, layout checks.

:class:`EditController` is what the main window wires to: it owns the tools of
:mod:`twin.ui.tools` and the :class:`~twin.ui.tools.ToolHost`, runs the Edit-menu actions
(add from the palette, delete, duplicate, new layout, revert to the bundled campus), turns
property edits from the dock into commands, and draws the layout checks in 3-D. Every change
is one command of :mod:`twin.model.commands` on the document's undo stack; this module only
decides which one, so the window stays wiring and the rules stay in the model.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QMessageBox, QWidget

from twin.model.campus import BuildingKind
from twin.model.commands import (
    EditError,
    delete_building_command,
    duplicate_building_command,
    edit_property_command,
    edit_scenario_command,
    empty_site_command,
    replace_campus_command,
)
from twin.model.validation import ValidationIssue
from twin.ui.tools import Tool, ToolHost
from twin.ui.tools.add import AddTool
from twin.ui.tools.resize import ResizeTool
from twin.ui.tools.rotate import RotateTool
from twin.ui.tools.select import MoveTool, SelectTool

TOOL_IDS = ("select", "move", "rotate", "resize")


class EditController(QObject):
    """The editing behaviour of a :class:`~twin.ui.main_window.MainWindow`.

    Parameters
    ----------
    window
        The main window (its ``document``, ``viewport`` and status bar are used).
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.hint_label = QLabel(window)
        """Permanent status-bar widget with the active tool's gestures: menu hovers never clear it."""
        self.message_label = QLabel(window)
        """Permanent status-bar widget with the last edit's outcome (live area, refusal, error)."""
        window.statusBar().addPermanentWidget(self.message_label, 0)
        window.statusBar().addPermanentWidget(self.hint_label, 1)
        self.host = ToolHost(lambda: self.window.document, window.viewport, self.show_message)
        self.host.finished = lambda: self.use_tool("select")
        self.tools: dict[str, Tool] = {
            "select": SelectTool(self.host),
            "move": MoveTool(self.host),
            "rotate": RotateTool(self.host),
            "resize": ResizeTool(self.host),
        }
        self.highlighted: ValidationIssue | None = None
        self.use_tool("select")

    # -- tools -------------------------------------------------------------------------

    @property
    def tool(self) -> Tool:
        """The active tool."""
        return self.window.viewport.tool

    def use_tool(self, tool_id: str) -> Tool:
        """Activate a tool by id (``select``, ``move``, ``rotate``, ``resize``)."""
        tool = self.tools[tool_id]
        self.window.viewport.set_tool(tool)
        self.show_hint()
        self._check_tool_actions(tool_id)
        return tool

    def add(self, kind: BuildingKind | str) -> AddTool:
        """Arm the add tool: the next click on the ground places a building of ``kind``."""
        tool = AddTool(self.host, kind)
        self.window.viewport.set_tool(tool)
        self.show_hint()
        self._check_tool_actions("add")
        return tool

    def refresh(self) -> None:
        """The campus or the selection changed: let the active tool redraw its grips."""
        if self.tool is not None:
            self.tool.refresh()

    def show_hint(self) -> None:
        """Show the active tool's gestures on the permanent status widget."""
        tool = self.tool
        hint = tool.hint() if tool is not None else ""
        common = self.tr("Left-drag: orbit · right-drag: zoom · middle-drag: pan")
        self.hint_label.setText(f"{hint} · {common}" if hint else common)

    def _check_tool_actions(self, active: str) -> None:
        for tool_id in TOOL_IDS:
            action = self.window.actions_by_id.get(f"edit.tool.{tool_id}")
            if action is not None:
                action.setCheckable(True)
                action.setChecked(tool_id == active)

    def show_message(self, text: str) -> None:
        """Show the outcome of an edit next to the gestures (stays until the next one)."""
        self.message_label.setText(text)

    # -- Edit menu -----------------------------------------------------------------------

    def run(self, name: str) -> None:
        """Run the Edit-menu action ``name`` (the part after ``edit:`` in the action table)."""
        if name.startswith("tool."):
            self.use_tool(name.split(".", 1)[1])
        elif name.startswith("add."):
            self.add(name.split(".", 1)[1])
        elif name == "delete":
            self._on_selected(delete_building_command)
        elif name == "duplicate":
            self._on_selected(duplicate_building_command, select_new=True)
        elif name == "new":
            self.host.commit(empty_site_command(self.window.document.campus))
        elif name == "revert":
            self.revert_to_bundled()
        elif name == "refuse":
            action = self.window.actions_by_id["edit.refuse"]
            self.host.refuse_hard_rules = action.isChecked()
        elif name == "gestures":
            self.show_gestures()
        else:
            raise KeyError(name)

    def _on_selected(self, make, select_new: bool = False) -> None:
        document = self.window.document
        building_id = document.selected_building_id
        if building_id is None:
            self.show_message(self.tr("Select a building first (click it)."))
            return
        command = make(document.campus, building_id)
        if self.host.commit(command) and select_new:
            document.select(command.after.buildings[-1].id)

    def revert_to_bundled(self) -> None:
        """Replace the layout by the bundled Escaudain campus (one undo step)."""
        from twin.core.paths import default_layout_path
        from twin.io.layout import load_layout

        bundled = load_layout(default_layout_path())
        document = self.window.document
        document.execute(replace_campus_command(document.campus, bundled, self.tr("Revert to the bundled campus")))

    def edit_property(self, building_id: str, field: str, value) -> bool:
        """Apply a property edit from the dock as one command; report a refused value."""
        try:
            command = edit_property_command(self.window.document.campus, building_id, field, value)
        except (EditError, KeyError) as error:
            self.show_message(str(error))
            return False
        return self.host.commit(command)

    def edit_rule(self, field: str, value: float) -> bool:
        """Change a campus-wide planning rule (minimum hall spacing, setback), one undo step."""
        try:
            command = edit_scenario_command(self.window.document.campus, field, value)
        except EditError as error:
            self.show_message(str(error))
            return False
        self.window.document.execute(command)
        return True

    def show_gestures(self) -> None:
        """The mouse and keyboard gestures, in a dialog (Help menu)."""
        QMessageBox.information(self.window, self.tr("Mouse and keyboard"), self.gestures_html())

    def gestures_html(self) -> str:
        """The gestures as an HTML table (the Help dialog's text)."""
        rows = (
            (self.tr("Left-drag on open ground"), self.tr("orbit the camera")),
            (self.tr("Right-drag / wheel"), self.tr("zoom")),
            (self.tr("Middle-drag"), self.tr("pan")),
            (self.tr("Click a building"), self.tr("select it; its figures appear in the Properties dock, where they can be edited")),
            (self.tr("Shift-drag a building"), self.tr("move it with its yards and pipes (one undo step)")),
            (self.tr("Shift-drag a yard"), self.tr("move the cooler or generator yard alone")),
            (self.tr("M, R, S, Esc"), self.tr("move, rotate, resize tools; back to select")),
            (self.tr("Rotate tool"), self.tr("drag the blue grip; snaps to 5° and to the site axes, Ctrl for a free angle")),
            (self.tr("Resize tool"), self.tr("drag a corner grip; the area is shown live")),
            (self.tr("Edit ▸ Add"), self.tr("then click the ground to place the building")),
            (self.tr("Delete, Ctrl+D"), self.tr("delete, duplicate the selected building")),
            (self.tr("Ctrl+Z, Ctrl+Shift+Z"), self.tr("undo, redo")),
            (self.tr("Ctrl+1 … Ctrl+4"), self.tr("overview, plan, views from Escaudain and Lourches")),
            (self.tr("Click a layout check"), self.tr("select and frame the feature at fault")),
        )
        body = "".join(f"<tr><td><b>{key}</b></td><td>{what}</td></tr>" for key, what in rows)
        return f"<table cellspacing='6'>{body}</table>"

    # -- layout checks -------------------------------------------------------------------

    def show_violations(self, campus, issues) -> None:
        """Draw the layout checks in 3-D (keeping the highlighted one if it still applies)."""
        if self.highlighted is not None and self.highlighted not in issues:
            self.highlighted = None
        self.window.viewport.scene.violations.show(campus, issues, self.highlighted)
        self.window.viewport.request_render()

    def activate_issue(self, issue: ValidationIssue | None) -> None:
        """A check was clicked: highlight it, select its building and frame it in the view."""
        if issue is None:
            return
        document = self.window.document
        campus = document.campus
        self.highlighted = issue
        ids = {b.id for b in campus.buildings}
        if issue.feature in ids:
            document.select(issue.feature)
            building = campus.building(issue.feature)
            xs = [p[0] for p in building.footprint]
            ys = [p[1] for p in building.footprint]
            radius = max(max(xs) - min(xs), max(ys) - min(ys)) / 2
            self.window.viewport.frame((sum(xs) / len(xs), sum(ys) / len(ys)), max(radius, 30.0) * 6.0)
        elif issue.area:
            points = [p for polygon in issue.area for p in polygon]
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            radius = math.hypot(max(xs) - min(xs), max(ys) - min(ys)) / 2
            self.window.viewport.frame(((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2), max(radius, 40.0) * 6.0)
        self.show_violations(campus, self.window.current_issues)


class RulesEditor(QWidget):
    """The editable planning rules of the layout checks, labelled as planning assumptions.

    Two compact rows above the checks list (a 1280 x 720 projector leaves the dock little
    height): the caption saying these are planning assumptions, then the three values.
    """

    rule_requested = Signal(str, float)
    """The user entered a new value for a rule: scenario field, value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QGridLayout

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        grid.addWidget(self.caption, 0, 0, 1, 6)
        self.fields: dict[str, QDoubleSpinBox] = {}
        self._names: dict[str, QLabel] = {}
        for column, (field, low, high, unit) in enumerate((
            ("min_hall_spacing_m", 0.0, 200.0, " m"),
            ("site_setback_m", 0.0, 100.0, " m"),
            ("grid_connection_mw", 1.0, 5000.0, " MW"),
        )):
            box = QDoubleSpinBox(self)
            box.setRange(low, high)
            box.setDecimals(0)
            box.setSuffix(unit)
            box.setKeyboardTracking(False)
            box.valueChanged.connect(lambda value, field=field: self._changed(field, value))
            name = QLabel(self)
            grid.addWidget(name, 1, 2 * column)
            grid.addWidget(box, 1, 2 * column + 1)
            self.fields[field] = box
            self._names[field] = name
        self._campus = None
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set the caption, names and tooltips in the language in force (called on ``LanguageChange``)."""
        self.caption.setText(self.tr("Planning assumptions used by the checks (not published):"))
        for field, label, tip in (
            ("min_hall_spacing_m", self.tr("spacing"), self.tr("Minimum clear distance between two data halls (planning assumption)")),
            ("site_setback_m", self.tr("setback"), self.tr("Minimum distance from the site boundary (planning assumption)")),
            ("grid_connection_mw", self.tr("grid"), self.tr("Power the grid connection can deliver (planning assumption)")),
        ):
            self._names[field].setText(label)
            self._names[field].setToolTip(tip)
            self.fields[field].setToolTip(tip)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_campus(self, campus) -> None:
        """Show the rules of ``campus`` (without emitting edits)."""
        self._campus = campus
        for field, box in self.fields.items():
            box.blockSignals(True)
            box.setValue(getattr(campus.scenario, field))
            box.blockSignals(False)

    def _changed(self, field: str, value: float) -> None:
        if self._campus is not None and value != getattr(self._campus.scenario, field):
            self.rule_requested.emit(field, value)
