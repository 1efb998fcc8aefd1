"""Layout checks drawn in 3-D: the offending feature outlined, the area at fault shaded.

:class:`ViolationLayer` turns the :class:`~twin.model.validation.ValidationIssue` list of a
campus into actors: every building a warning names gets a glowing outline around its extent,
and the plan area each issue carries (overlap, encroachment on the reserve, strip inside the
setback, gap between two halls that are too close) is a translucent slab just above the
ground, red for hard rules and amber for planning assumptions. The *highlighted* issue (the
one clicked in the checks list) is drawn stronger. Like the rest of the scene, the layer never
renders by itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from twin.model.campus import Campus
from twin.model.validation import ValidationIssue
from twin.render import palette
from twin.render.geometry import polyline, prism, surface_actor
from twin.render.vtk import vtkActor, vtkTubeFilter

HARD = palette.hex_rgb("#d1342b")
"""Shade of a hard rule (overlap, reserve, outside the site)."""
SOFT = palette.hex_rgb("#e39b16")
"""Shade of a planning-assumption rule (setback, spacing, unconnected)."""
SLAB_TOP_M = 1.2
"""Shaded areas are slabs up to this height: above the reserve's ground, below roofs."""


def _actor(data, color, opacity: float):
    """A shaded check: flat-lit so it reads the same from every side."""
    return surface_actor(data, color, opacity, specular=0.0, ambient=0.6, diffuse=0.5)


class ViolationLayer:
    """Outlines and shaded areas for the layout checks of one campus.

    Parameters
    ----------
    renderer
        The scene's renderer (or :class:`~twin.render.scene.SceneLayers`); the layer adds and
        removes its own actors only.
    """

    def __init__(self, renderer) -> None:
        self._renderer = renderer
        self.actors: list[vtkActor] = []
        self._issues: tuple[ValidationIssue, ...] = ()
        self._campus: Campus | None = None
        self._highlight: ValidationIssue | None = None
        self.visible = True

    def show(self, campus: Campus, issues: Sequence[ValidationIssue], highlight: ValidationIssue | None = None) -> None:
        """Draw ``issues`` of ``campus``; ``highlight`` (one of them) is drawn stronger."""
        issues = tuple(issues)
        if campus is self._campus and issues == self._issues and highlight == self._highlight:
            return
        self._campus, self._issues, self._highlight = campus, issues, highlight
        self._rebuild()

    def set_visible(self, visible: bool) -> None:
        """Show or hide every violation actor."""
        self.visible = visible
        for actor in self.actors:
            actor.SetVisibility(visible)

    def clear(self) -> None:
        """Remove every actor."""
        for actor in self.actors:
            self._renderer.RemoveActor(actor)
        self.actors = []

    def _rebuild(self) -> None:
        self.clear()
        campus = self._campus
        if campus is None:
            return
        buildings = {b.id: b for b in campus.buildings}
        outlined: dict[str, bool] = {}
        for issue in self._issues:
            strong = issue == self._highlight
            color = HARD if issue.is_hard else SOFT
            for polygon in issue.area:
                if len(polygon) >= 3:
                    self._add(_actor(prism(polygon, 0.15, SLAB_TOP_M + (0.6 if strong else 0.0)), color, 0.85 if strong else 0.6))
            for feature in (issue.feature, issue.other):
                if feature in buildings:
                    outlined[feature] = outlined.get(feature, False) or strong or issue.is_hard
        for building_id, strong in outlined.items():
            building = buildings[building_id]
            ring = tuple(building.footprint) + (building.footprint[0],)
            for z in (0.6, building.height_m + 0.6):
                tube = vtkTubeFilter()
                tube.SetInputData(polyline(ring, z))
                tube.SetRadius(2.2 if strong else 1.4)
                tube.SetNumberOfSides(8)
                self._add(_actor(tube, HARD if strong else SOFT, 1.0))

    def _add(self, actor: vtkActor) -> None:
        actor.SetVisibility(self.visible)
        self._renderer.AddActor(actor)
        self.actors.append(actor)
