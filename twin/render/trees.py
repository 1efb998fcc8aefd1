"""The nature reserve's trees: ~3,000 instanced crowns and trunks, with two levels of detail.

Each tree is a cone (crown) over a thin cylinder (trunk), drawn by instancing one source shape
per point (``vtkGlyph3DMapper``). Seen from the overview a screen pixel covers about a metre,
so a 0.6 m trunk is below a pixel and hidden under its crown anyway, and a nine-sided crown
a few pixels wide reads the same as a six-sided one; on llvmpipe every triangle and every
covered pixel is processor time. So the layer has two levels:

- **near** (the camera within :data:`NEAR_DISTANCE_M` of the nearest tree: eye level in the
  reserve, a planner zoomed in): nine-sided crowns and five-sided trunks, as modelled;
- **far**: six-sided crowns without their base (which faces down) and no trunks: 6 triangles a
  tree instead of 32 (crown 9 + 7 for its base, trunk 10 + 6 for its ends).

The level is chosen just before each render (the renderer's ``StartEvent``), whoever renders
(window, snapshot, video), from the camera's distance to the trees' bounding box; both levels
keep their buffers on the GPU, so a switch costs nothing. Crowns and trunks are closed
surfaces, so back faces are culled (half the triangles never reach the rasteriser, the image
is the same).

A hand-written switch rather than VTK's ``vtkLODProp3D`` (which picks by the time a frame was
allotted, so a snapshot's look would depend on how busy the machine is) or the glyph mapper's
per-instance GPU culling (transform feedback, which llvmpipe runs on the processor).
"""

from __future__ import annotations

import math
import weakref

import numpy as np

from twin.render import palette
from twin.render.geometry import point_cloud
from twin.render.vtk import (
    vtkActor,
    vtkConeSource,
    vtkCylinderSource,
    vtkGlyph3DMapper,
    vtkRenderer,
    vtkTransform,
    vtkTransformFilter,
)

NEAR_DISTANCE_M = 350.0
"""Camera distance to the nearest tree under which the detailed trees are drawn. At 350 m, a
30-degree view 720 pixels high covers 0.26 m a pixel: a trunk is about two pixels wide."""
NEAR_CROWN_SIDES = 9
FAR_CROWN_SIDES = 6
TRUNK_SIDES = 5


def _crown_source(sides: int, capped: bool = True) -> vtkConeSource:
    crown = vtkConeSource()
    crown.SetResolution(sides)
    crown.SetHeight(1.0)
    crown.SetRadius(0.55)
    crown.SetDirection(0.0, 0.0, 1.0)
    crown.SetCapping(capped)
    return crown


def _trunk_source() -> vtkTransformFilter:
    trunk_along_y = vtkCylinderSource()
    trunk_along_y.SetResolution(TRUNK_SIDES)
    trunk_along_y.SetRadius(0.05)
    trunk_along_y.SetHeight(0.55)
    upright = vtkTransform()
    upright.RotateX(90.0)  # the cylinder source's axis is y; trees grow along z
    trunk = vtkTransformFilter()
    trunk.SetInputConnection(trunk_along_y.GetOutputPort())
    trunk.SetTransform(upright)
    return trunk


def _glyphs(source, centres: np.ndarray, scale: np.ndarray, shades: np.ndarray, color) -> vtkActor:
    mapper = vtkGlyph3DMapper()
    mapper.SetInputData(point_cloud(centres, scale=scale, shade=shades))
    mapper.SetSourceConnection(source.GetOutputPort())
    mapper.SetScaleArray("scale")
    mapper.SetScaleModeToScaleByVectorComponents()
    mapper.ScalarVisibilityOff()
    actor = vtkActor()
    actor.SetMapper(mapper)
    prop = actor.GetProperty()
    prop.SetColor(*color)
    prop.SetAmbient(0.2)
    prop.SetSpecular(0.0)
    prop.BackfaceCullingOn()  # closed shapes: back faces are always hidden by front ones
    return actor


class TreeLayer:
    """The reserve's trees in a renderer, at the level of detail the camera distance calls for.

    Parameters
    ----------
    renderer
        Where the trees are seen (its camera picks the level); actors are added to ``target``.
    target
        What the actors are added to (the scene's :class:`~twin.render.scene.SceneLayers`, or
        ``renderer`` itself).
    xy, heights, shades
        Tree positions (campus metres), heights (m) and a 0..1 shade per tree.
    """

    def __init__(self, renderer: vtkRenderer, target, xy: np.ndarray, heights: np.ndarray, shades: np.ndarray) -> None:  # noqa: ANN001
        self.renderer = renderer
        self._target = target
        self.count = len(xy)
        crown_centres = np.column_stack([xy, heights * 0.62])
        trunk_centres = np.column_stack([xy, heights * 0.2])
        scale = np.column_stack([heights * 0.42, heights * 0.42, heights * 0.75])
        self.crowns = _glyphs(_crown_source(NEAR_CROWN_SIDES), crown_centres, scale, shades, palette.TREE_CROWN)
        self.trunks = _glyphs(_trunk_source(), trunk_centres, scale, shades, palette.TREE_TRUNK)
        # Far crowns have no base: it faces down, so from any camera above the crowns' bottoms
        # (every view but eye level, which is near or sees far crowns edge-on, under a pixel)
        # it is a back face, culled, and its four triangles of six-sided base (40 % of a
        # crown's) were set up for nothing.
        self.far_crowns = _glyphs(_crown_source(FAR_CROWN_SIDES, capped=False), crown_centres, scale, shades,
                                  palette.TREE_CROWN)
        self.actors = (self.crowns, self.trunks, self.far_crowns)
        if self.count:
            top = float(np.max(heights)) * 1.0
            self._box = (float(xy[:, 0].min()), float(xy[:, 0].max()), float(xy[:, 1].min()), float(xy[:, 1].max()), 0.0, top)
        else:
            self._box = None
        self.visible = True
        self.lod = True
        """Whether the level follows the camera (False: always the detailed trees, e.g. to compare)."""
        self.level = ""
        """``"near"`` or ``"far"``: the level the last render drew (``""`` before the first)."""
        for actor in self.actors:
            target.AddActor(actor)
        self.set_level("near")
        layer = weakref.ref(self)  # the renderer (VTK) must not keep this Python object alive
        self._observer = renderer.AddObserver("StartEvent", lambda *_: (t := layer()) is not None and t.choose_level())

    def distance_to_camera(self) -> float:
        """Distance (m) from the camera to the trees' bounding box (0 inside it)."""
        if self._box is None:
            return math.inf
        x, y, z = self.renderer.GetActiveCamera().GetPosition()
        x0, x1, y0, y1, z0, z1 = self._box
        dx = max(x0 - x, 0.0, x - x1)
        dy = max(y0 - y, 0.0, y - y1)
        dz = max(z0 - z, 0.0, z - z1)
        return math.sqrt(dx * dx + dy * dy + dz * dz)

    def choose_level(self) -> None:
        """Pick the level for the camera as it is now (runs before every render)."""
        self.set_level("near" if not self.lod or self.distance_to_camera() < NEAR_DISTANCE_M else "far")

    def set_level(self, level: str) -> None:
        """Show the ``"near"`` or ``"far"`` trees."""
        self.level = level
        self._apply()

    def set_visible(self, visible: bool) -> None:
        """Show or hide every tree."""
        self.visible = visible
        self._apply()

    def _apply(self) -> None:
        near = self.level == "near"
        # Set only on a change: a Set with the same value leaves the actor unmodified, so a
        # view whose camera did not move is not re-rendered for nothing.
        for actor, shown in ((self.crowns, near), (self.trunks, near), (self.far_crowns, not near)):
            wanted = bool(shown and self.visible)
            if bool(actor.GetVisibility()) != wanted:
                actor.SetVisibility(wanted)

    def remove(self) -> None:
        """Take the trees out of the renderer."""
        if self._observer is not None:
            self.renderer.RemoveObserver(self._observer)
            self._observer = None
        for actor in self.actors:
            self._target.RemoveActor(actor)
