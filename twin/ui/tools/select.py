"""The select tool (default) and the move tool.

Select: a click selects the building under the cursor (or clears the selection); Shift-drag
moves a building with its yards and attached pipes; Shift-drag on a cooler yard or generator
yard moves that yard alone. Move: the same drags without Shift.
"""

from __future__ import annotations

import math

from twin.model.commands import EditError, move_building_command, move_equipment_command
from twin.ui.tools import CLICK_PX, Tool, ToolEvent, _tr


class SelectTool(Tool):
    """Click to select; Shift-drag a building (or one of its yards) to move it."""

    id = "select"
    needs_shift = True

    def __init__(self, host) -> None:
        super().__init__(host)
        self._press: tuple[int, int] | None = None
        self._drag: tuple[str, str, tuple[float, float]] | None = None  # building, part, start
        self._origin = None
        self._offset = (0.0, 0.0)

    def hint(self) -> str:
        return _tr("Click: select · Shift-drag: move a building · Shift-drag a yard: move the yard alone")

    def press(self, event: ToolEvent) -> bool:
        if not event.left:
            return False
        self._press = event.display
        if self.needs_shift and not event.shift:
            return False
        viewport = self.host.viewport
        building_id, part = viewport.scene.pick_part(*event.display)
        ground = viewport.ground_point(*event.display)
        if building_id is None or ground is None:
            return False
        self._drag = (building_id, part, ground)
        self._origin = self.host.document.campus
        self._offset = (0.0, 0.0)
        self.host.document.select(building_id)
        return True  # the camera must not orbit while a building moves

    def move(self, event: ToolEvent) -> bool:
        if self._drag is None:
            return False
        building_id, part, start = self._drag
        ground = self.host.viewport.ground_point(*event.display)
        if ground is not None:
            self._offset = (ground[0] - start[0], ground[1] - start[1])
            command = self._command(self._origin, building_id, part, *self._offset)
            if command is not None:
                self.host.preview(command.after)
                self.host.viewport.building_drag_moved.emit(building_id, *self._offset)
                dx, dy = self._offset
                self.host.status(_tr("{label}: {dx:+.0f} m east, {dy:+.0f} m north").format(label=command.label, dx=dx, dy=dy))
        return True

    def release(self, event: ToolEvent) -> bool:
        press, self._press = self._press, None
        if self._drag is not None:
            building_id, part, _ = self._drag
            self._drag = None
            origin, self._origin = self._origin, None
            dx, dy = self._offset
            self.host.viewport.building_drag_finished.emit(building_id, dx, dy)
            if abs(dx) < 0.5 and abs(dy) < 0.5:
                self.host.preview(origin)
                return True
            # Round to the decimetre: a planner's drag is not millimetre-precise.
            command = self._command(origin, building_id, part, round(dx, 1), round(dy, 1))
            if command is not None:
                self.host.commit(command)
            return True
        if event.left and press is not None and math.dist(press, event.display) <= CLICK_PX:
            building_id = self.host.viewport.scene.pick(*event.display)
            self.host.viewport.building_clicked.emit(building_id)
            self.host.document.select(building_id)
        return False

    def _command(self, campus, building_id: str, part: str, dx: float, dy: float):
        if part in ("heat_rejection", "generator_yard"):
            try:
                return move_equipment_command(campus, building_id, part, dx, dy)
            except EditError as error:
                self.host.status(str(error))
                return None
        return move_building_command(campus, building_id, dx, dy)


class MoveTool(SelectTool):
    """Drag a building (or a yard) to move it; drag open ground to orbit."""

    id = "move"
    needs_shift = False

    def hint(self) -> str:
        return _tr("Move: drag a building to move it with its yards and pipes; drag a yard to move it alone · Esc: back to select")
