"""The add tool: a click on the ground places a building of the chosen kind from the palette.

While the tool is active an outline of the new building follows the mouse; the building is
placed square to the site's main axis, centred on the click (to the metre), selected, and the
window goes back to the select tool.
"""

from __future__ import annotations

import math

from twin.model.campus import BuildingKind, rectangle
from twin.model.commands import TEMPLATES, add_building_command, kind_title, snap_orientation
from twin.ui.tools import CLICK_PX, Tool, ToolEvent, _tr


class AddTool(Tool):
    """Click on the ground to place a new building of :attr:`kind`."""

    id = "add"

    def __init__(self, host, kind: BuildingKind | str = BuildingKind.DATA_HALL) -> None:
        super().__init__(host)
        self.kind = BuildingKind(kind)
        self._press: tuple[int, int] | None = None

    def hint(self) -> str:
        return _tr("Add: click on the site to place a {kind} · Esc: cancel").format(kind=kind_title(self.kind).lower())

    def _angle(self) -> float:
        return snap_orientation(self.host.document.campus, 0.0)

    def press(self, event: ToolEvent) -> bool:
        if not event.left:
            return False
        self._press = event.display
        return True  # a click here places a building: the camera stays still

    def move(self, event: ToolEvent) -> bool:
        ground = self.host.viewport.ground_point(*event.display)
        if ground is not None and self._press is None:
            template = TEMPLATES[self.kind]
            outline = rectangle(ground[0], ground[1], template.width_m, template.depth_m, self._angle())
            self.host.viewport.scene.handles.show([], outline=outline, outline_z=0.8)
            self.host.viewport.request_render()
        return self._press is not None

    def release(self, event: ToolEvent) -> bool:
        press, self._press = self._press, None
        if press is None or not event.left:
            return False
        if math.dist(press, event.display) > CLICK_PX:
            return True
        ground = self.host.viewport.ground_point(*event.display)
        if ground is None:
            return True
        command = add_building_command(self.host.document.campus, self.kind, (round(ground[0]), round(ground[1])), self._angle())
        added = command.after.buildings[-1].id
        if self.host.commit(command):
            self.host.document.select(added)
        self.host.viewport.scene.handles.clear()
        self.host.finished()
        return True
