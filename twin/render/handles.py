"""Handles of the editing tools: grips to drag (rotate, resize corners) and a ghost outline.

The tools in :mod:`twin.ui.tools` decide where handles go (world coordinates) and hit-test them
in screen space; this layer only draws them, so the tools stay free of VTK.
"""

from __future__ import annotations

from collections.abc import Sequence

from twin.render import palette
from twin.render.geometry import polyline
from twin.render.vtk import vtkActor, vtkCylinderSource, vtkPolyDataMapper, vtkTubeFilter

HANDLE = palette.hex_rgb("#1565c0")
HANDLE_ACTIVE = palette.hex_rgb("#f2b544")


def _actor(source, color) -> vtkActor:
    mapper = vtkPolyDataMapper()
    if hasattr(source, "GetOutputPort"):
        mapper.SetInputConnection(source.GetOutputPort())
    else:
        mapper.SetInputData(source)
    mapper.ScalarVisibilityOff()
    actor = vtkActor()
    actor.SetMapper(mapper)
    actor.GetProperty().SetColor(*color)
    actor.GetProperty().SetAmbient(0.5)
    return actor


class HandleLayer:
    """Draws grips (upright discs) at given points and an optional outline between them."""

    def __init__(self, renderer) -> None:
        self._renderer = renderer
        self.actors: list[vtkActor] = []

    def show(self, grips: Sequence[tuple[float, float, float]], outline: Sequence[tuple[float, float]] = (),
             outline_z: float = 0.0, active: int | None = None, radius_m: float = 6.0) -> None:
        """Replace the handles by grips at ``grips`` and a closed ``outline`` at ``outline_z``."""
        self.clear()
        for index, (x, y, z) in enumerate(grips):
            disc = vtkCylinderSource()
            disc.SetRadius(radius_m)
            disc.SetHeight(2.5)
            disc.SetResolution(24)
            actor = _actor(disc, HANDLE_ACTIVE if index == active else HANDLE)
            actor.SetOrientation(90.0, 0.0, 0.0)  # the cylinder's axis is y: stand it on z
            actor.SetPosition(x, y, z)
            self._add(actor)
        if len(outline) >= 2:
            tube = vtkTubeFilter()
            tube.SetInputData(polyline(tuple(outline) + (outline[0],), outline_z))
            tube.SetRadius(1.0)
            tube.SetNumberOfSides(6)
            self._add(_actor(tube, HANDLE))

    def clear(self) -> None:
        """Remove every handle."""
        for actor in self.actors:
            self._renderer.RemoveActor(actor)
        self.actors = []

    def _add(self, actor) -> None:
        self._renderer.AddActor(actor)
        self.actors.append(actor)
