"""The resize tool: four corner grips of the selected building resize its footprint.

The footprint stays centred and keeps its orientation; the sides snap to whole metres. The
area is shown live on the status line while dragging.
"""

from __future__ import annotations

import math

from twin.model.commands import MAX_SIDE_M, MIN_SIDE_M, building_frame, resize_building_command
from twin.ui.tools import Tool, ToolEvent, _tr


class ResizeTool(Tool):
    """Drag a corner grip of the selected building to resize it."""

    id = "resize"

    def __init__(self, host) -> None:
        super().__init__(host)
        self._gesture = None  # (origin campus, building id, grip index)

    def hint(self) -> str:
        return _tr("Resize: click a building, then drag a corner grip (area shown live) · Esc: back to select")

    def grips(self) -> list[tuple[float, float, float]]:
        """World positions of the four corner grips of the selected building."""
        building = self._selected()
        if building is None:
            return []
        frame = building_frame(building.footprint)
        a = math.radians(frame.angle_deg)
        ux, uy, vx, vy = math.cos(a), math.sin(a), -math.sin(a), math.cos(a)
        w, d = frame.width_m / 2, frame.depth_m / 2
        cx, cy = frame.centre
        return [(cx + su * w * ux + sv * d * vx, cy + su * w * uy + sv * d * vy, building.height_m)
                for su, sv in ((-1, -1), (1, -1), (1, 1), (-1, 1))]

    def refresh(self) -> None:
        building = self._selected()
        handles = self.host.viewport.scene.handles
        if building is None:
            handles.clear()
        else:
            grips = self.grips()
            handles.show(grips, outline=[g[:2] for g in grips], outline_z=building.height_m + 0.5,
                         active=self._gesture[2] if self._gesture else None, radius_m=self._grip_radius_m(*grips[0]))
        self.host.viewport.request_render()

    def press(self, event: ToolEvent) -> bool:
        if not event.left:
            return False
        grips = self.grips()
        index = self._grip_at(event, grips) if grips else None
        if index is not None:
            self._gesture = (self.host.document.campus, self._selected().id, index)
            self.refresh()
            return True
        building_id = self.host.viewport.scene.pick(*event.display)
        if building_id is not None:
            self.host.document.select(building_id)
            self.refresh()
            return True
        return False

    def _command(self, event: ToolEvent):
        origin, building_id, _ = self._gesture
        building = origin.building(building_id)
        ground = self.host.viewport.ground_point(*event.display, building.height_m)
        if ground is None:
            return None
        frame = building_frame(building.footprint)
        a = math.radians(frame.angle_deg)
        x, y = ground[0] - frame.centre[0], ground[1] - frame.centre[1]
        u, v = x * math.cos(a) + y * math.sin(a), -x * math.sin(a) + y * math.cos(a)
        width = min(max(round(2 * abs(u)), MIN_SIDE_M), MAX_SIDE_M)
        depth = min(max(round(2 * abs(v)), MIN_SIDE_M), MAX_SIDE_M)
        return resize_building_command(origin, building_id, width, depth)

    def move(self, event: ToolEvent) -> bool:
        if self._gesture is None:
            return False
        command = self._command(event)
        if command is not None:
            self.host.preview(command.after)
            area = command.after.building(self._gesture[1]).footprint_area_m2
            self.host.status(_tr("{label} · {area:,.0f} m²").format(label=command.label, area=area))
            self.refresh()
        return True

    def release(self, event: ToolEvent) -> bool:
        if self._gesture is None:
            return False
        command = self._command(event)
        origin, building_id, _ = self._gesture
        self._gesture = None
        if command is None or command.after.building(building_id).footprint == origin.building(building_id).footprint:
            self.host.preview(origin)
        else:
            self.host.commit(command)
        self.refresh()
        return True
