"""The rotate tool: a grip beyond the selected building's long side turns it about its centre.

The angle snaps to the site's main axes (within 2.5 deg) and otherwise to 5 deg steps
(:func:`twin.model.commands.snap_orientation`); hold Ctrl for a free angle.
"""

from __future__ import annotations

import math

from twin.core.i18n import format_number
from twin.model.commands import building_frame, rotate_to_command
from twin.ui.tools import Tool, ToolEvent, _tr

GRIP_OFFSET_M = 25.0
"""The grip stands this far beyond the end of the building's long axis."""


class RotateTool(Tool):
    """Drag the blue grip of the selected building to turn it."""

    id = "rotate"

    def __init__(self, host) -> None:
        super().__init__(host)
        self._gesture = None  # (origin campus, building id, start angle, start orientation, z)

    def hint(self) -> str:
        return _tr("Rotate: click a building, then drag its blue grip (snaps to 5° and to the site axes; Ctrl: free) · Esc: back to select")

    def grips(self) -> list[tuple[float, float, float]]:
        """World position of the rotation grip of the selected building (none if no selection)."""
        building = self._selected()
        if building is None:
            return []
        frame = building_frame(building.footprint)
        a = math.radians(frame.angle_deg)
        reach = frame.width_m / 2 + GRIP_OFFSET_M
        return [(frame.centre[0] + reach * math.cos(a), frame.centre[1] + reach * math.sin(a), building.height_m)]

    def refresh(self) -> None:
        building = self._selected()
        handles = self.host.viewport.scene.handles
        if building is None:
            handles.clear()
        else:
            grip = self.grips()
            handles.show(grip, outline=(building.centroid, grip[0][:2]), outline_z=building.height_m,
                         active=0 if self._gesture else None, radius_m=self._grip_radius_m(*grip[0]))
        self.host.viewport.request_render()

    def press(self, event: ToolEvent) -> bool:
        if not event.left:
            return False
        grips = self.grips()
        if grips and self._grip_at(event, grips) is not None:
            building = self._selected()
            z = building.height_m
            ground = self.host.viewport.ground_point(*event.display, z)
            if ground is None:
                return False
            cx, cy = building.centroid
            start = math.degrees(math.atan2(ground[1] - cy, ground[0] - cx))
            self._gesture = (self.host.document.campus, building.id, start, building_frame(building.footprint).angle_deg, z)
            return True
        building_id = self.host.viewport.scene.pick(*event.display)
        if building_id is not None:
            self.host.document.select(building_id)
            self.refresh()
            return True
        return False

    def _target(self, event: ToolEvent):
        origin, building_id, start, orientation, z = self._gesture
        ground = self.host.viewport.ground_point(*event.display, z)
        if ground is None:
            return None
        cx, cy = origin.building(building_id).centroid
        now = math.degrees(math.atan2(ground[1] - cy, ground[0] - cx))
        return rotate_to_command(origin, building_id, orientation + (now - start), snap=not event.ctrl)

    def move(self, event: ToolEvent) -> bool:
        if self._gesture is None:
            return False
        command = self._target(event)
        if command is not None:
            self.host.preview(command.after)
            angle = building_frame(command.after.building(self._gesture[1]).footprint).angle_deg
            self.host.status(_tr("{label} (long side at {angle}° from east)").format(label=command.label, angle=format_number(angle, 1)))
            self.refresh()
        return True

    def release(self, event: ToolEvent) -> bool:
        if self._gesture is None:
            return False
        command = self._target(event)
        origin, building_id = self._gesture[0], self._gesture[1]
        self._gesture = None
        if command is None or command.after.building(building_id).footprint == origin.building(building_id).footprint:
            self.host.preview(origin)
        else:
            self.host.commit(command)
        self.refresh()
        return True
