"""Binds solver frames to the field overlays of the 3-D view.

The solver publishes :class:`~twin.sim.airflow.runner.Frame` objects in its wind-aligned frame; this
module turns a frame into the arrays and :class:`~twin.render.overlays.GridPlacement` the
overlays take, and keeps each overlay's visibility. It updates only the overlays shown, and
only when a new frame has arrived.
"""

from __future__ import annotations

import math

import numpy as np

from twin.model.campus import Campus
from twin.render.overlays import (
    GridPlacement,
    InvalidFieldNotice,
    PlumeSurface,
    RecirculationBadges,
    TemperatureSlice,
    VerticalSlice,
    WindArrows,
)
from twin.render.scene import SceneLayers
from twin.render.vtk import vtkRenderer
from twin.sim.airflow.runner import Frame


def placement_of(frame: Frame) -> GridPlacement:
    """Where the solver grid of ``frame`` lies in the campus frame."""
    ex, ey = frame.wind_frame.flow_unit
    rotation = math.degrees(math.atan2(ey, ex))
    cos_r, sin_r = math.cos(math.radians(rotation)), math.sin(math.radians(rotation))
    ox, oy = frame.wind_frame.origin_campus
    # The grid frame is the campus frame turned by `rotation` about the campus origin.
    gx, gy = ox * cos_r + oy * sin_r, -ox * sin_r + oy * cos_r
    dx, dy, dz = frame.grid.spacing
    return GridPlacement((gx + dx / 2, gy + dy / 2, dz / 2), (dx, dy, dz), rotation)


class FieldOverlays:
    """The five field overlays over one renderer, with their visibility."""

    def __init__(self, renderer: vtkRenderer | SceneLayers) -> None:
        """``renderer``: pass the scene's :class:`SceneLayers` so legends and badges stay on top."""
        self.temperature = TemperatureSlice(renderer)
        self.vertical = VerticalSlice(renderer, self.temperature.table)
        self.plume = PlumeSurface(renderer)
        self.wind = WindArrows(renderer)
        self.recirculation = RecirculationBadges(renderer)
        self.by_id = {
            "temperature": self.temperature,
            "vertical": self.vertical,
            "plume": self.plume,
            "wind": self.wind,
            "recirculation": self.recirculation,
        }
        self.shown = {"temperature": True, "vertical": False, "plume": False, "wind": False, "recirculation": True}
        self.notice = InvalidFieldNotice(renderer)
        self.invalid = False
        """Whether the last frame was an invalid field (overlays greyed, notice shown)."""
        self._frame: Frame | None = None
        self._drawn: dict[str, Frame] = {}

    def retranslate(self, campus: Campus) -> None:
        """Write legends, captions and badges again in the language in force (a language switch).

        They are VTK text set when an overlay is drawn; a settled field brings no new frame,
        so without this they would keep the language of the last frame. The shown overlays are
        drawn again from the last frame; greyed ones (invalid field) are greyed again, which
        re-writes their "no valid field" badges.
        """
        self.notice.retranslate()
        if self.invalid:
            for overlay in self.by_id.values():
                if overlay.greyed:
                    overlay.set_greyed(True)
            return
        self._drawn.clear()
        if self._frame is not None:
            self.update(self._frame, campus)

    def set_shown(self, overlay_id: str, shown: bool, campus: Campus) -> None:
        """Show or hide an overlay; a newly shown one is drawn from the last frame."""
        self.shown[overlay_id] = shown
        overlay = self.by_id[overlay_id]
        overlay.set_visible(shown)
        if shown and self._frame is not None:
            self._draw(overlay_id, self._frame, campus)

    def set_height(self, height_m: float, campus: Campus) -> None:
        """Height of the temperature slice and the wind arrows."""
        self.temperature.height_m = height_m
        self.wind.height_m = height_m
        self._drawn.pop("temperature", None)
        self._drawn.pop("wind", None)
        if self._frame is not None:
            self.update(self._frame, campus)

    def update(self, frame: Frame, campus: Campus) -> bool:
        """Redraw the shown overlays from ``frame`` if it is new; return whether anything changed.

        An invalid frame (``frame.valid`` False: the solver gave up) is not drawn as a
        current picture: the overlays are greyed, their badges say there is no valid field
        and a notice says what happened, until a valid frame arrives.
        """
        invalid = not getattr(frame, "valid", True)
        if invalid != self.invalid:
            self.invalid = invalid
            self.notice.show(invalid)
            for overlay in self.by_id.values():
                overlay.set_greyed(invalid)
            if not invalid:
                self._drawn.clear()  # fresh, coloured actors from the valid frame
            if invalid:
                return True
        if invalid:
            return False
        self._frame = frame
        changed = False
        for overlay_id, shown in self.shown.items():
            # frames are immutable and published once: identity tells a new one (a roll-back
            # publishes an older step number again)
            if shown and self._drawn.get(overlay_id) is not frame:
                self._draw(overlay_id, frame, campus)
                changed = True
        return changed

    def _plume_last(self) -> None:
        """Blend the plume veil after the slices, whichever was redrawn last.

        Translucent actors blend in the renderer's order (no order-independent transparency,
        :meth:`twin.render.scene.CampusScene._setup_renderer`) and an overlay's redraw appends
        its actors. Seen from above, as the cameras mostly are, the veil that rises through a
        slice is nearer the eye than the slice, so it blends last; the veil is light
        (:attr:`~twin.render.overlays.PlumeSurface.OPACITY`), so a slice under it keeps
        70 % of its legend colour.
        """
        for actor in self.plume.actors[:1]:  # the veil itself (its caption is on the labels layer)
            self.plume.renderer.RemoveActor(actor)
            self.plume.renderer.AddActor(actor)

    def _draw(self, overlay_id: str, frame: Frame, campus: Campus) -> None:
        placement = placement_of(frame)
        rise = np.asarray(frame.temperature_c, dtype=np.float32) - np.float32(frame.weather.ambient_c)
        if overlay_id == "temperature":
            self.temperature.update(rise, placement)
        elif overlay_id == "vertical":
            self.vertical.update(rise, placement, placement.rotation_deg)
        elif overlay_id == "plume":
            self.plume.update(np.nan_to_num(rise, nan=0.0), placement)
        elif overlay_id == "wind":
            u, v, _ = frame.velocity
            self.wind.update(np.nan_to_num(u), np.nan_to_num(v), placement)
        elif overlay_id == "recirculation":
            from twin.render.labels import display_name

            positions, names = {}, {}
            for building in campus.buildings:
                if building.heat_rejection is None or building.id not in frame.intake_rise_k:
                    continue
                xs = [p[0] for p in building.footprint]
                ys = [p[1] for p in building.footprint]
                positions[building.id] = ((min(xs) + max(xs)) / 2, min(ys) + 8.0, building.height_m + 3.0)
                names[building.id] = display_name(building.name)
            self.recirculation.update(dict(frame.intake_rise_k), positions, names)
        self.by_id[overlay_id].set_visible(self.shown[overlay_id])
        self._drawn[overlay_id] = frame
        if overlay_id in ("temperature", "vertical"):
            self._plume_last()
