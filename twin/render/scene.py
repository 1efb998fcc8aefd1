"""The 3-D campus scene: one adapter per model type, a calm palette, cameras, picking.

:class:`CampusScene` owns a ``vtkRenderer`` and fills it from a :class:`~twin.model.Campus`.
Each model type has an adapter that builds its actors and rebuilds them when its part of the
campus changes; a moved building rebuilds only that building. The scene never renders by
itself: callers (the viewport's frame clock, or :mod:`twin.render.snapshot`) call ``Render``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from twin.core.i18n import format_number, tr
from twin.core.provenance import ExportInfo, short_source
from twin.model.campus import (
    Building,
    BuildingKind,
    Campus,
    Place,
    polygon_centroid,
)
from twin.model.validation import effective_reserve_area_ha
from twin.model.views import CAMERA_PRESETS
from twin.render import lighting, palette
from twin.render.geometry import flat_polygon, points_in_polygon, polyline, prism, surface_actor
from twin.render.ground import ClearGround, FlatLit
from twin.render.handles import HandleLayer
from twin.render.labels import (
    PRIORITY_BUILDING,
    PRIORITY_HALL,
    PRIORITY_HOMES,
    PRIORITY_PIPE,
    PRIORITY_RESERVE,
    PRIORITY_SCALE,
    PRIORITY_TOWN,
    LabelPlacer,
    display_name,
)
from twin.render.trees import TreeLayer
from twin.render.violations import ViolationLayer
from twin.render.vtk import (
    vtkActor,
    vtkBillboardTextActor3D,
    vtkCamera,
    vtkCylinderSource,
    vtkLight,
    vtkPlaneSource,
    vtkPropPicker,
    vtkRenderer,
    vtkScalarBarActor,
    vtkTextActor,
    vtkTubeFilter,
)

GROUND_HALF_SIZE_M = 2500.0
PIPE_RACK_HEIGHT_M = 6.0
TOWN_RING_M = 720.0
"""Town markers stand on this ring around the site centre, in the town's direction."""




def _label(text: str, position: tuple[float, float, float], size: int = 15, color=palette.LABEL_TEXT,
           background=palette.LABEL_BACKGROUND, bold: bool = False, priority: int = PRIORITY_BUILDING) -> vtkBillboardTextActor3D:
    label = vtkBillboardTextActor3D()
    label.label_priority = priority  # read by the label placer (twin.render.labels) when added
    label.SetInput(text)
    label.SetPosition(*position)
    prop = label.GetTextProperty()
    prop.SetFontSize(size)
    prop.SetColor(*color)
    prop.SetBold(bold)
    prop.SetJustificationToCentered()
    prop.SetVerticalJustificationToBottom()
    if background is not None:
        prop.SetBackgroundColor(*background)
        prop.SetBackgroundOpacity(0.82)
        prop.SetFrame(False)
    return label


def _along(path, fraction: float) -> tuple[float, float]:
    """The point at ``fraction`` of a polyline's length."""
    points = np.asarray(path, dtype=float)
    lengths = np.hypot(*np.diff(points, axis=0).T)
    target = fraction * lengths.sum()
    cumulative = np.concatenate([[0.0], np.cumsum(lengths)])
    index = int(np.clip(np.searchsorted(cumulative, target) - 1, 0, len(lengths) - 1))
    t = (target - cumulative[index]) / max(lengths[index], 1e-9)
    x, y = points[index] + t * (points[index + 1] - points[index])
    return float(x), float(y)


def _extents_on(campus: Campus) -> tuple:
    """The ground polygons of buildings that touch the reserve (what fells its trees)."""
    from shapely.geometry import Polygon as ShapelyPolygon

    from twin.model.commands import building_extent_polygons

    reserve = ShapelyPolygon(campus.reserve.boundary)
    if not reserve.is_valid:
        return ()
    found = []
    for building in campus.buildings:
        for polygon in building_extent_polygons(building):
            shape = ShapelyPolygon(polygon)
            if shape.is_valid and shape.intersects(reserve):
                found.append(tuple(polygon))
    return tuple(found)


def _outside(xy: np.ndarray, polygons: tuple) -> np.ndarray:
    """Mask of the points of ``xy`` outside every polygon (a 3 m clearance around each)."""
    import shapely

    keep = np.ones(len(xy), dtype=bool)
    if not polygons or not len(xy):
        return keep
    points = shapely.points(xy)
    for polygon in polygons:
        keep &= ~shapely.contains(shapely.Polygon(polygon).buffer(3.0), points)
    return keep


def compass_name(bearing_deg: float) -> str:
    """Sixteen-point compass name of a bearing (degrees clockwise from north) in the language in
    force (French writes west "O": NO, SO, ONO...)."""
    # Translated at each call (not once at import) so that a language switch applies.
    names = (
        tr("Compass", "N"), tr("Compass", "NNE"), tr("Compass", "NE"), tr("Compass", "ENE"), tr("Compass", "E"),
        tr("Compass", "ESE"), tr("Compass", "SE"), tr("Compass", "SSE"), tr("Compass", "S"), tr("Compass", "SSW"),
        tr("Compass", "SW"), tr("Compass", "WSW"), tr("Compass", "W"), tr("Compass", "WNW"), tr("Compass", "NW"),
        tr("Compass", "NNW"),
    )
    return names[round(bearing_deg % 360 / 22.5) % 16]


def bearing_of(x: float, y: float) -> float:
    """Bearing (degrees clockwise from north) of the local point (x, y) from the origin."""
    return math.degrees(math.atan2(x, y)) % 360.0


def scene_stamp(window) -> tuple:  # noqa: ANN001 - vtkRenderWindow
    """A value that changes whenever anything a render of ``window`` would draw has changed.

    VTK stamps every object with a modification time on each effective ``Set`` (a ``Set`` to
    the value already there does not count). The stamp gathers the window's size and, per
    renderer, its own time, its prop list's, its camera's and the latest redraw time of each
    prop (an actor's includes its mapper and the mapper's input data) and of each text's
    properties. Two equal stamps mean the frame would come out the same, so the viewport can
    skip it (:class:`twin.ui.viewport.Viewport`).
    """
    stamp: list = [tuple(window.GetSize()), window.GetMTime()]
    renderers = window.GetRenderers()
    renderers.InitTraversal()
    for _ in range(renderers.GetNumberOfItems()):
        renderer = renderers.GetNextItem()
        props = renderer.GetViewProps()
        latest = 0
        props.InitTraversal()
        for _ in range(props.GetNumberOfItems()):
            prop = props.GetNextProp()
            latest = max(latest, prop.GetRedrawMTime(), prop.GetMTime())
            text = getattr(prop, "GetTextProperty", None)
            if text is not None:
                latest = max(latest, text().GetMTime())
        camera = renderer.GetActiveCamera()
        stamp.append((renderer.GetMTime(), props.GetMTime(), props.GetNumberOfItems(), camera.GetMTime(), latest))
    return tuple(stamp)


class SceneLayers:
    """Adds text and legends to a renderer layer drawn on top, everything else to the scene.

    Labels and legends must stay readable over field overlays and over each other (a
    temperature slice at 30 m would otherwise hide a roof badge at 27 m, a town label would
    cover a legend), so they live in a second renderer layer that shares the camera and
    ignores the scene's depth. It stands in for a ``vtkRenderer`` (``AddActor`` and
    ``RemoveActor``) wherever the render layer adds actors.
    """

    def __init__(self, scene: vtkRenderer) -> None:
        self.scene = scene
        self.labels = vtkRenderer()
        self.labels.SetLayer(1)
        self.labels.InteractiveOff()
        self.labels.SetActiveCamera(scene.GetActiveCamera())
        # Labels never overlap (the placer hides crowded ones) and ignore depth, so plain alpha
        # blending draws them exactly as order-independent transparency does, without its two
        # full-window float buffers and composite pass (12 % of a 720p frame on llvmpipe).
        self.labels.UseOITOff()
        window = scene.GetRenderWindow()
        if window is not None:
            window.SetNumberOfLayers(max(2, window.GetNumberOfLayers()))
            window.AddRenderer(self.labels)
        self.placer = LabelPlacer(scene)
        """Hides, frame by frame, 3-D labels that would overlap one of higher priority."""

    def _target(self, actor) -> vtkRenderer:
        on_top = isinstance(actor, vtkBillboardTextActor3D | vtkScalarBarActor | vtkTextActor)
        return self.labels if on_top else self.scene

    def AddActor(self, actor) -> None:  # noqa: N802 (the vtkRenderer name it stands in for)
        self._target(actor).AddActor(actor)
        if isinstance(actor, vtkBillboardTextActor3D):
            self.placer.add(actor, getattr(actor, "label_priority", PRIORITY_BUILDING))

    def RemoveActor(self, actor) -> None:  # noqa: N802
        self._target(actor).RemoveActor(actor)
        if isinstance(actor, vtkBillboardTextActor3D):
            self.placer.remove(actor)


class BuildingAdapter:
    """The actors of one building: body, roof equipment or yard, generator yard, label."""

    def __init__(self, building: Building, renderer: vtkRenderer | SceneLayers) -> None:
        self.building = building
        self._renderer = renderer
        self.body: vtkActor | None = None
        self.label: vtkBillboardTextActor3D | None = None
        self.actors: list = []
        self.parts: list[str] = []
        """What each actor of :attr:`actors` is: ``body``, ``heat_rejection``, ``generator_yard``, ``label``."""
        self._selected = False
        self._label_visible = True
        self._status = ""
        self._load_fraction: float | None = None
        self._build()

    def _build(self) -> None:
        self.label = None
        b = self.building
        color = palette.BUILDING_COLORS.get(b.kind, palette.BUILDING_DEFAULT)
        self.body = surface_actor(prism(b.footprint, 0.0, b.height_m), color, specular=0.15)
        self.actors = [self.body]
        closed = [self.body]  # prisms: closed surfaces, back faces culled below
        self.parts = ["body"]
        top = b.height_m
        if b.heat_rejection is not None:
            equipment = b.heat_rejection
            base = b.height_m if equipment.placement == "roof" else 0.0
            self.actors.append(surface_actor(prism(equipment.footprint, base, base + equipment.height_m), palette.EQUIPMENT))
            closed.append(self.actors[-1])
            # Roof units belong to the roof (they move with it); a yard is its own part.
            self.parts.append("heat_rejection" if equipment.placement == "yard" else "body")
            top = max(top, base + equipment.height_m)
        if b.generator_yard is not None:
            self.actors.append(surface_actor(prism(b.generator_yard.footprint, 0.0, 3.5), palette.GENERATOR_YARD))
            closed.append(self.actors[-1])
            self.parts.append("generator_yard")
        for actor in closed:
            # A closed, outward-facing surface: its back faces are always behind front ones, so
            # culling them changes no pixel and halves what the rasteriser is given.
            actor.GetProperty().BackfaceCullingOn()
        if b.kind != BuildingKind.GATEHOUSE:
            cx, cy = polygon_centroid(b.footprint)
            self.label = _label(self._label_text(), (cx, cy, top + 6.0), size=14 if b.it_capacity_mw > 0 else 12,
                                priority=PRIORITY_HALL if b.it_capacity_mw > 0 else PRIORITY_BUILDING)
            self.label.SetVisibility(self._label_visible)
            self.actors.append(self.label)
            self.parts.append("label")
        for actor in self.actors:
            self._renderer.AddActor(actor)
        self._apply_selection()

    def update(self, building: Building) -> None:
        """Rebuild if the building changed."""
        if building == self.building:
            return
        self.remove()
        self.building = building
        self._build()

    def _label_text(self) -> str:
        b = self.building
        if self._status:
            return f"{display_name(b.name)}\n{self._status}"
        if b.it_capacity_mw <= 0:
            return display_name(b.name)
        return tr("Scene", "{name}\n{mw} MW IT").format(name=display_name(b.name), mw=format_number(b.it_capacity_mw))

    def set_status(self, text: str, load_fraction: float | None = None) -> None:
        """Show live status under the name (e.g. "87 of 100 MW") and tint the body by load."""
        self._status = text
        self._load_fraction = load_fraction
        if self.label is not None:
            self.label.SetInput(self._label_text())
        self._apply_selection()

    def retranslate(self) -> None:
        """Re-write the label in the language in force (the live status is re-set by its owner)."""
        if self.label is not None:
            self.label.SetInput(self._label_text())

    def set_label_visible(self, visible: bool) -> None:
        """Show or hide the name label (hidden in eye-level views)."""
        self._label_visible = visible
        if self.label is not None:
            self.label.SetVisibility(visible)

    def set_selected(self, selected: bool) -> None:
        """Highlight (or un-highlight) the building body."""
        self._selected = selected
        self._apply_selection()

    def _apply_selection(self) -> None:
        prop = self.body.GetProperty()
        if self._selected:
            prop.SetColor(*palette.SELECTION)
            prop.EdgeVisibilityOn()
            prop.SetEdgeColor(*palette.SELECTION_EDGE)
            prop.SetLineWidth(2.0)
        else:
            base = palette.BUILDING_COLORS.get(self.building.kind, palette.BUILDING_DEFAULT)
            if self._load_fraction is not None:
                f = min(max(self._load_fraction, 0.0), 1.0)
                base = tuple(low + (high - low) * f for low, high in zip(base, palette.LOAD_FULL, strict=True))
            prop.SetColor(*base)
            prop.EdgeVisibilityOff()

    def remove(self) -> None:
        """Take every actor out of the renderer."""
        for actor in self.actors:
            self._renderer.RemoveActor(actor)
        self.actors = []
        self.parts = []


@dataclass
class _ReserveActors:
    ground: vtkActor
    trees: TreeLayer
    """The trees, at the level of detail the camera distance calls for (:mod:`twin.render.trees`)."""
    label: vtkBillboardTextActor3D

    @property
    def crowns(self) -> vtkActor:
        """The detailed crowns (one point per standing tree)."""
        return self.trees.crowns

    @property
    def trunks(self) -> vtkActor:
        """The detailed trunks."""
        return self.trees.trunks


class CampusScene:
    """The campus in a ``vtkRenderer``: ground, site, reserve, buildings, pipes, context.

    Parameters
    ----------
    renderer
        The renderer to fill. The scene adds and removes its own actors only.
    """

    def __init__(self, renderer: vtkRenderer) -> None:
        self.renderer = renderer
        self.layers = SceneLayers(renderer)
        self.campus: Campus | None = None
        self.buildings: dict[str, BuildingAdapter] = {}
        self._static_actors: list = []
        self.flat_lit = FlatLit(renderer)
        """The site and the reserve's ground: flat, drawn unlit in their lit colour (:mod:`twin.render.ground`)."""
        self.ground: ClearGround | None = None
        """The ground plane, drawn as the clear colour when it fills the view (:mod:`twin.render.ground`)."""
        self._reserve: _ReserveActors | None = None
        self._reserve_text: Callable[[], str] | None = None
        self._pipe_actors: list = []
        self._pipe_labels: dict[str, vtkBillboardTextActor3D] = {}
        self._selected: str | None = None
        self._annotations: list = []
        """Labels and markers that help from above but clutter an eye-level view."""
        self._annotations_visible = True
        self._texts: list[tuple[vtkBillboardTextActor3D, Callable[[], str]]] = []
        """Context labels (towns, homes, scale bar, north) with the function that writes each in
        the language in force (see :meth:`retranslate`)."""
        self._picker = vtkPropPicker()
        self._reserve_key: tuple | None = None
        self.violations = ViolationLayer(self.layers)
        """The layout checks drawn in 3-D (see :mod:`twin.render.violations`)."""
        self.handles = HandleLayer(self.layers)
        """Grips of the editing tool in use (see :mod:`twin.render.handles`)."""
        self._setup_renderer()

    # -- renderer look -------------------------------------------------------------------

    def _setup_renderer(self) -> None:
        renderer = self.renderer
        renderer.GradientBackgroundOn()
        renderer.SetBackground(*palette.SKY_HORIZON)
        renderer.SetBackground2(*palette.SKY_ZENITH)
        renderer.UseFXAAOn()
        # Plain alpha blending instead of order-independent transparency (two full-window float
        # buffers and a composite pass, ~25 ms of a 720p frame on llvmpipe): the translucent
        # layers are one-cell-thick slices, which never overlap themselves, and the plume veil,
        # one colour drawn front faces only (twin.render.overlays.PlumeSurface), so the order
        # they blend in changes the picture only where a slice and the veil cross.
        renderer.UseOITOff()
        renderer.RemoveAllLights()
        sun = vtkLight()
        sun.SetLightTypeToSceneLight()
        sun.SetPosition(*lighting.SUN_POSITION)  # low afternoon sun from the south-west
        sun.SetFocalPoint(0.0, 0.0, 0.0)
        sun.SetIntensity(lighting.SUN_INTENSITY)
        sun.SetColor(*lighting.SUN_COLOR)
        fill = vtkLight()
        fill.SetLightTypeToHeadlight()
        fill.SetIntensity(lighting.HEADLIGHT_INTENSITY)
        renderer.AddLight(sun)
        renderer.AddLight(fill)

    # -- campus --------------------------------------------------------------------------

    def set_campus(self, campus: Campus) -> None:
        """Show ``campus``; only the parts that differ from the current one are rebuilt."""
        previous = self.campus
        self.campus = campus
        if previous is None or previous.site != campus.site or previous.places != campus.places or previous.receptors != campus.receptors:
            self._build_context(campus)
        # Trees under a building are felled: the reserve is rebuilt when what stands on it changes.
        reserve_key = (campus.reserve, _extents_on(campus))
        if reserve_key != self._reserve_key:
            self._reserve_key = reserve_key
            self._build_reserve(campus)
        if previous is None or previous.pipes != campus.pipes:
            self._build_pipes(campus)
        self._sync_buildings(campus)

    def _sync_buildings(self, campus: Campus) -> None:
        wanted = {b.id: b for b in campus.buildings}
        for building_id in list(self.buildings):
            if building_id not in wanted:
                self.buildings.pop(building_id).remove()
        for building_id, building in wanted.items():
            adapter = self.buildings.get(building_id)
            if adapter is None:
                adapter = self.buildings[building_id] = BuildingAdapter(building, self.layers)
            else:
                adapter.update(building)
            adapter.set_label_visible(self._annotations_visible)
        if self._selected not in wanted:
            self._selected = None
        for building_id, adapter in self.buildings.items():
            adapter.set_selected(building_id == self._selected)

    def _build_context(self, campus: Campus) -> None:
        for actor in self._static_actors:
            self.layers.RemoveActor(actor)
            self.flat_lit.discard(actor)
        if self.ground is not None:
            self.ground.remove()
        actors = []
        plane = vtkPlaneSource()
        plane.SetOrigin(-GROUND_HALF_SIZE_M, -GROUND_HALF_SIZE_M, -0.3)
        plane.SetPoint1(GROUND_HALF_SIZE_M, -GROUND_HALF_SIZE_M, -0.3)
        plane.SetPoint2(-GROUND_HALF_SIZE_M, GROUND_HALF_SIZE_M, -0.3)
        ground = surface_actor(plane, palette.GROUND, specular=0.0)
        actors.append(ground)
        self.ground = ClearGround(self.renderer, ground, GROUND_HALF_SIZE_M, -0.3)
        site = surface_actor(flat_polygon(campus.site.boundary, -0.1), palette.SITE, specular=0.0)
        actors.append(site)
        self.flat_lit.add(site)
        boundary = vtkTubeFilter()
        boundary.SetInputData(polyline(tuple(campus.site.boundary) + (campus.site.boundary[0],), 0.3))
        boundary.SetRadius(1.6)
        boundary.SetNumberOfSides(8)
        actors.append(surface_actor(boundary, palette.SITE_BOUNDARY, specular=0.0))
        self._texts = []
        annotations = self._north_arrow_and_scale(campus)
        for place in campus.places:
            annotations += self._town_marker(place)
        for receptor in campus.receptors:
            x, y = receptor.position
            if math.hypot(x, y) < GROUND_HALF_SIZE_M:
                marker = vtkCylinderSource()
                marker.SetRadius(9.0)
                marker.SetHeight(6.0)
                marker.SetResolution(20)
                marker.SetCenter(x, 3.0, -y)  # cylinder axis is y: rotated below
                actor = surface_actor(marker, palette.RECEPTOR)
                actor.SetOrientation(90.0, 0.0, 0.0)
                annotations.append(actor)
                annotations.append(self._text_label(lambda c=receptor.commune: tr("Scene", "Homes · {commune}").format(commune=c),
                                                    (x, y, 12.0), size=12, priority=PRIORITY_HOMES, color=palette.RECEPTOR_TEXT))
        for actor in annotations:
            actor.SetVisibility(self._annotations_visible)
        for actor in actors + annotations:
            self.layers.AddActor(actor)
        self._static_actors = actors + annotations
        self._annotations = annotations

    def _north_arrow_and_scale(self, campus: Campus) -> list:
        xs = [p[0] for p in campus.site.boundary]
        ys = [p[1] for p in campus.site.boundary]
        x0, y0 = min(xs), min(ys)
        actors = []
        # A 100 m scale bar on the ground south-west of the site reads true in perspective.
        bar_x, bar_y = x0 + 10.0, y0 - 45.0
        for index in range(2):
            segment = prism(((bar_x + 50 * index, bar_y), (bar_x + 50 * (index + 1), bar_y),
                             (bar_x + 50 * (index + 1), bar_y + 7), (bar_x + 50 * index, bar_y + 7)), 0.0, 0.6)
            actors.append(surface_actor(segment, palette.SCALE_DARK if index == 0 else palette.SCALE_LIGHT, specular=0.0))
        actors.append(self._text_label(lambda: tr("Scene", "{m} m").format(m=format_number(100)), (bar_x + 50.0, bar_y + 3.0, 4.0),
                                       size=12, background=None, color=palette.LABEL_TEXT, priority=PRIORITY_SCALE))
        # North arrow: a flat triangle on the ground west of the scale bar.
        ax, ay = x0 - 60.0, y0 - 40.0
        arrow = prism(((ax - 14, ay - 20), (ax, ay - 10), (ax + 14, ay - 20), (ax, ay + 30)), 0.0, 0.8)
        actors.append(surface_actor(arrow, palette.SCALE_DARK, specular=0.0))
        actors.append(self._text_label(lambda: tr("Compass", "N"), (ax, ay + 34.0, 2.0), size=16, bold=True, background=None,
                                       priority=PRIORITY_SCALE))
        return actors

    def _town_marker(self, place: Place) -> list:
        x, y = place.position
        distance_km = math.hypot(x, y) / 1000.0
        bearing = bearing_of(x, y)
        ring = TOWN_RING_M / max(math.hypot(x, y), 1e-6)
        mx, my = (x * ring, y * ring) if distance_km * 1000 > TOWN_RING_M else (x, y)
        pole = vtkCylinderSource()
        pole.SetRadius(3.0)
        pole.SetHeight(30.0)
        pole.SetResolution(12)
        pole_actor = surface_actor(pole, palette.TOWN)
        pole_actor.SetOrientation(90.0, 0.0, 0.0)
        pole_actor.SetPosition(mx, my, 15.0)

        def text() -> str:
            return tr("Scene", "{place}\n{km} km {direction}").format(
                place=place.name, km=format_number(distance_km, 1), direction=compass_name(bearing))

        return [pole_actor, self._text_label(text, (mx, my, 34.0), size=13, color=palette.TOWN_TEXT, priority=PRIORITY_TOWN)]

    def _text_label(self, text: Callable[[], str], position: tuple[float, float, float], **style) -> vtkBillboardTextActor3D:
        """A context label whose ``text()`` is written again on :meth:`retranslate`."""
        label = _label(text(), position, **style)
        self._texts.append((label, text))
        return label

    def _build_reserve(self, campus: Campus) -> None:
        if self._reserve is not None:
            self.flat_lit.discard(self._reserve.ground)
            for actor in (self._reserve.ground, self._reserve.label):
                self.layers.RemoveActor(actor)
            self._reserve.trees.remove()
        reserve = campus.reserve
        ground = surface_actor(flat_polygon(reserve.boundary, 0.05), palette.RESERVE_GROUND, specular=0.0)
        self.flat_lit.add(ground)
        rng = np.random.default_rng(20300)  # fixed seed: the same trees at every start
        xy = points_in_polygon(reserve.boundary, reserve.tree_count, rng, margin=3.0)
        standing = _outside(xy, _extents_on(campus))
        heights = reserve.tree_height_m * rng.uniform(0.6, 1.15, len(xy))
        shades = rng.uniform(0.0, 1.0, len(xy))
        xy, heights, shades = xy[standing], heights[standing], shades[standing]
        trees = TreeLayer(self.renderer, self.layers, xy, heights, shades)
        cx, cy = polygon_centroid(reserve.boundary)
        # The centroid of an L lies outside it; label the longest arm instead.
        label_xy = max(((x, y) for x, y in xy), key=lambda p: p[1], default=(cx, cy))
        area_ha, standing_trees = effective_reserve_area_ha(campus), len(xy)

        def text() -> str:
            return tr("Scene", "{name} · {ha} ha · ~{trees} trees").format(
                name=display_name(reserve.name), ha=format_number(area_ha, 1), trees=format_number(standing_trees))

        self._reserve_text = text
        label = _label(text(),
                       (cx if abs(cx) < 150 else 0.0, label_xy[1] - 30.0, reserve.tree_height_m + 8.0),
                       size=13, color=palette.RESERVE_TEXT, priority=PRIORITY_RESERVE)
        label.SetVisibility(self._annotations_visible)
        for actor in (ground, label):
            self.layers.AddActor(actor)
        self._reserve = _ReserveActors(ground, trees, label)

    def _build_pipes(self, campus: Campus) -> None:
        for actor in self._pipe_actors + list(self._pipe_labels.values()):
            self.layers.RemoveActor(actor)
        self._pipe_actors = []
        self._pipe_labels = {}
        for pipe in campus.pipes:
            tube = vtkTubeFilter()
            # On a 6 m pipe rack, drawn thicker than life (x3) so a 0.6 m line reads from 1 km.
            tube.SetInputData(polyline(pipe.path, PIPE_RACK_HEIGHT_M))
            tube.SetRadius(max(pipe.diameter_m * 1.5, 1.2))
            tube.SetNumberOfSides(14)
            tube.CappingOn()
            color = palette.PIPE_COLORS[(pipe.network, pipe.role)]
            actor = surface_actor(tube, color, specular=0.3)
            self._pipe_actors.append(actor)
            self.layers.AddActor(actor)
            x, y = _along(pipe.path, 0.35 if pipe.role == "supply" else 0.65)
            label = _label("", (x, y, PIPE_RACK_HEIGHT_M + 4.0), size=12, color=color, priority=PRIORITY_PIPE)
            label.SetVisibility(False)
            self._pipe_labels[pipe.id] = label
            self.layers.AddActor(label)

    def retranslate(self) -> None:
        """Write every label of the scene again in the language in force (``tr`` per call).

        Names, town distances and directions, homes markers, the reserve's figures and the
        scale bar are built once per campus; a language switch (presenter mode's FR/EN) must
        re-write them, or the 3-D view keeps the start-up language. Geometry is untouched.
        Live texts (building status, pipe readings) are re-set by their owner at its next tick.
        """
        for label, text in self._texts:
            label.SetInput(text())
        if self._reserve is not None and self._reserve_text is not None:
            self._reserve.label.SetInput(self._reserve_text())
        for adapter in self.buildings.values():
            adapter.retranslate()

    def set_building_status(self, building_id: str, text: str, load_fraction: float | None = None) -> None:
        """Show live status on a building's label and tint it by load (0..1)."""
        adapter = self.buildings.get(building_id)
        if adapter is not None:
            adapter.set_status(text, load_fraction)

    def set_pipe_labels(self, texts: dict[str, str]) -> None:
        """Show a text (temperature, heat flow) by each pipe; an empty text hides it."""
        for pipe_id, label in self._pipe_labels.items():
            text = texts.get(pipe_id, "")
            label.SetInput(text)
            label.SetVisibility(bool(text) and self._annotations_visible)

    def set_annotations_visible(self, visible: bool) -> None:
        """Show or hide labels, town markers, north arrow and scale bar."""
        self._annotations_visible = visible
        for actor in self._annotations:
            actor.SetVisibility(visible)
        if self._reserve is not None:
            self._reserve.label.SetVisibility(visible)
        for label in self._pipe_labels.values():
            label.SetVisibility(visible and bool(label.GetInput()))
        for adapter in self.buildings.values():
            adapter.set_label_visible(visible)

    # -- selection and picking -----------------------------------------------------------

    def select(self, building_id: str | None) -> None:
        """Highlight a building by id (``None`` clears)."""
        self._selected = building_id
        for adapter_id, adapter in self.buildings.items():
            adapter.set_selected(adapter_id == building_id)

    def pick_part(self, x: int, y: int) -> tuple[str | None, str]:
        """The building under display pixel (x, y) and the part hit.

        Returns ``(building id, part)`` with part ``body`` (roof units included),
        ``heat_rejection`` (a cooler yard) or ``generator_yard``; ``(None, "")`` over nothing.
        """
        if not self._picker.Pick(x, y, 0.0, self.renderer):
            return None, ""
        picked = self._picker.GetViewProp()
        for building_id, adapter in self.buildings.items():
            for actor, part in zip(adapter.actors, adapter.parts, strict=True):
                if picked is actor:
                    return building_id, "body" if part == "label" else part
        return None, ""

    def pick(self, x: int, y: int) -> str | None:
        """Return the id of the building under display pixel (x, y), or ``None``.

        Roof equipment and generator yards count as their building.
        """
        if not self._picker.Pick(x, y, 0.0, self.renderer):
            return None
        picked = self._picker.GetViewProp()  # an actor or the building's label
        for building_id, adapter in self.buildings.items():
            if any(picked is actor for actor in adapter.actors):
                return building_id
        return None

    # -- cameras -------------------------------------------------------------------------

    def apply_camera(self, name: str) -> None:
        """Move the camera to a named preset (see :data:`CAMERA_PRESETS`).

        Besides the presets, the lower-case name of any commune with a receptor (``"roeulx"``)
        gives the eye-level view from its nearest homes ("what about my street?").

        Raises
        ------
        ValueError
            For an unknown preset name.
        """
        if self.campus is None:
            return
        camera: vtkCamera = self.renderer.GetActiveCamera()
        camera.SetViewAngle(30.0)
        eye_level = name not in ("overview", "top") and any(r.commune.lower() == name for r in self.campus.receptors)
        self.set_annotations_visible(not eye_level)
        if name == "overview":
            # From the south-west, the prevailing wind's side, looking north-east over the site.
            camera.SetFocalPoint(0.0, 10.0, 0.0)
            camera.SetPosition(-820.0, -980.0, 700.0)
            camera.SetViewUp(0.0, 0.0, 1.0)
        elif name == "top":
            camera.SetFocalPoint(0.0, 0.0, 0.0)
            camera.SetPosition(0.0, 0.0, 1650.0)
            camera.SetViewUp(0.0, 1.0, 0.0)
        elif eye_level:
            receptor = next(r for r in self.campus.receptors if r.commune.lower() == name)
            x, y = receptor.position
            # Eye height of a resident standing 25 m in front of the homes' marker.
            step = 25.0 / max(math.hypot(x, y), 1.0)
            camera.SetPosition(x * (1 - step), y * (1 - step), 1.7)
            camera.SetFocalPoint(0.0, 0.0, 12.0)
            camera.SetViewUp(0.0, 0.0, 1.0)
            camera.SetViewAngle(27.0)  # about a 50 mm lens, as in visual-impact photomontages
        elif name in CAMERA_PRESETS:
            raise ValueError(f"this layout has no receptor in {name.capitalize()}")
        else:
            raise ValueError(f"unknown camera {name!r}; choose one of {', '.join(CAMERA_PRESETS)}")
        self.renderer.ResetCameraClippingRange()
        if eye_level:
            camera.SetClippingRange(1.0, 6000.0)


class Caption:
    """Two-dimensional text over the 3-D view: what the picture shows, and a provenance note.

    The title (top left) names the layout; :meth:`set_info` adds the layout file, the
    simulated date and time, the weather, the overlays and the airflow solver's state, so that
    a snapshot or a video frame says what it shows. The note (bottom left) says which figures
    are assumptions. Font sizes are in points at the render window's DPI, so an offscreen
    window with a higher DPI (:mod:`twin.render.snapshot`) scales the text with the image.
    """

    def __init__(self, renderer: vtkRenderer) -> None:
        self.renderer = renderer
        self.title = vtkTextActor()
        self.note = vtkTextActor()
        for actor, size, bold in ((self.title, 20, True), (self.note, 13, False)):
            prop = actor.GetTextProperty()
            prop.SetFontSize(size)
            prop.SetBold(bold)
            prop.SetColor(*palette.LABEL_TEXT)
            prop.SetBackgroundColor(*palette.LABEL_BACKGROUND)
            prop.SetBackgroundOpacity(0.75)
            actor.GetPositionCoordinate().SetCoordinateSystemToNormalizedDisplay()
            renderer.AddActor(actor)
        # Anchored by its top edge: the lines on conditions grow downwards.
        self.title.GetTextProperty().SetVerticalJustificationToTop()
        self.title.GetPositionCoordinate().SetValue(0.015, 0.985)
        self.note.GetPositionCoordinate().SetValue(0.015, 0.015)
        self._headline = ""
        self.note_scale = 1.0
        """The note's size over its own (presenter mode enlarges it for a projector); kept by :meth:`fit`."""
        self.lines: tuple[str, ...] = ()
        """The caption's lines below the headline, as last set (tests and the sheet read them)."""

    def set_weather(self, weather, tier: str, sim_time_s: float) -> None:
        """Add the solver's conditions to the title (wind, air, which tier of the solution)."""
        self.lines = (
            tr("Caption", "Wind from {direction:.0f}° at {speed} m/s, air {air} °C · airflow {tier} after {time:.0f} s simulated").format(
                direction=weather.wind_from_deg, speed=format_number(weather.wind_speed_ms, 1),
                air=format_number(weather.ambient_c, 0), tier=tier, time=sim_time_s),
        )
        self._show()

    def set_info(self, info: ExportInfo) -> None:
        """State what the view shows: layout file, date and time, weather, overlays, solver state.

        Lines are kept short (under ~75 characters) so that the bold 20-point title fits a
        1280-pixel-wide image and a 680-pixel viewport shows at least their beginning.
        """
        self.lines = caption_lines(info)
        self._show()

    def set_campus(self, campus: Campus, name: str | None = None) -> None:
        """Describe ``campus`` in the title (as ``name`` when given: the window names the file
        the layout lives in) and say which figures are assumptions."""
        halls = campus.data_halls
        self._headline = tr("Caption", "{name}  ·  {mw:.0f} MW IT in {halls} data halls").format(
            name=display_name(campus.scenario.name) if name is None else name, mw=campus.total_it_capacity_mw, halls=len(halls))
        self._show()
        self.note.SetInput(
            tr("Caption", "Layout: planning assumption (the real plan is not published).  "
                          "Published: 38 ha, up to 700 MW, 6 ha reserve, PUE 1.2.") + "\n"
            + tr("Caption", "Pipes: red = facility water supply, blue = return, orange = district-heat export supply, violet = its return.")
        )
        self.fit()

    def text(self) -> str:
        """The whole title as drawn."""
        return "\n".join((self._headline, *self.lines)) if self.lines else self._headline

    def _show(self) -> None:
        self.title.SetInput(self.text())
        self.fit()

    TITLE_SHARE = 0.62
    """Widest share of the view the title may take: the temperature legend sits top right."""

    def fit(self) -> bool:
        """Shrink the title and note (down to 8 points) so they fit a narrow view; full size otherwise.

        Text is measured by VTK's own text renderer at the window's DPI, so an offscreen image
        whose DPI already scales with its size (:func:`twin.render.snapshot.text_dpi`) keeps
        its full-size caption, and a 600-pixel viewport gets a smaller one instead of a
        clipped title over the legend. Returns whether a font size changed (a caller then
        draws again; an unchanged caption costs no frame).
        """
        size = self.renderer.GetSize()
        if not size or size[0] <= 0 or self.renderer.GetRenderWindow() is None:
            return False
        changed = False
        for actor, base, share in ((self.title, 20, self.TITLE_SHARE), (self.note, round(13 * self.note_scale), 0.97)):
            prop = actor.GetTextProperty()
            before = prop.GetFontSize()
            prop.SetFontSize(base)
            box = [0.0, 0.0, 0.0, 0.0]
            actor.GetBoundingBox(self.renderer, box)
            width = box[1] - box[0]
            if width > share * size[0]:
                prop.SetFontSize(max(8, int(base * share * size[0] / width)))
            changed |= prop.GetFontSize() != before
        return changed


def solver_state_text(state: str) -> str:
    """The airflow solver's state (``settled``, ``settling``, ``invalid``, ``off``) in words, in
    the language in force: one wording for captions and the commands' messages."""
    return {
        "settled": tr("Caption", "settled"),
        "settling": tr("Caption", "settling (indicative)"),
        "invalid": tr("Caption", "INVALID (not the conditions shown)"),
        "off": tr("Caption", "off"),
    }[state]


def overlay_name(overlay: str) -> str:
    """The caption's name of an overlay id (``plume``, ``temperature``, ...) in the language in force."""
    names = {
        "temperature": tr("Caption", "warm air at a height"),
        "vertical": tr("Caption", "vertical slice along the wind"),
        "plume": tr("Caption", "plume"),
        "wind": tr("Caption", "wind arrows"),
        "recirculation": tr("Caption", "intake air rise per hall"),
    }
    return names.get(overlay, overlay)


def caption_lines(info: ExportInfo) -> tuple[str, ...]:
    """The caption's lines for ``info`` (below the headline naming the layout), translated."""
    lines = []
    when = info.sim_time.replace("T", " ")[:16] if info.sim_time else ""
    if when:
        lines.append(tr("Caption", "{when} · layout {file}").format(when=when, file=info.layout_file))
    else:
        lines.append(tr("Caption", "Layout {file} · rendered {when} UTC").format(
            file=info.layout_file, when=info.created_utc.replace("T", " ")[:16]))
    if info.wind_from_deg is not None:
        lines.append(tr("Caption", "Wind from {direction:.0f}° ({compass}) at {speed} m/s, air {air} °C · {source}").format(
            direction=info.wind_from_deg, compass=compass_name(info.wind_from_deg), speed=format_number(info.wind_speed_ms, 1),
            air=format_number(info.ambient_c, 1), source=short_source(info.weather_source, 48)))
    state = solver_state_text(info.solver_state)
    overlays = ", ".join(overlay_name(o) for o in info.overlays) if info.overlays else tr("Caption", "none")
    solver = tr("Caption", "Overlays: {overlays} · airflow {state}").format(overlays=overlays, state=state)
    if info.solver_detail and info.solver_state != "off":
        solver += f" ({info.solver_detail})"
    lines.append(solver)
    if info.figures:
        lines.append("  ·  ".join(f"{label} {text}" for label, text in info.figures))
    return tuple(lines)
