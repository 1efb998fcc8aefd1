"""Overlays of the airflow and heat field on the campus: slices, plume, wind arrows, badges.

Each overlay is fed numpy arrays on the solver's regular grid plus a :class:`GridPlacement`
saying where that grid lies in the campus frame (the solver may turn its grid to face the
wind). Arrays reach VTK without a copy where the layout allows (``numpy_to_vtk`` with
``deep=False``); the overlay keeps a reference so the memory outlives the VTK array.

Every overlay is toggleable and has its own legend with units.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from twin.core.i18n import format_number, tr
from twin.render import palette
from twin.render.geometry import point_cloud
from twin.render.lighting import VertexLighting
from twin.render.vtk import (
    numpy_to_vtk,
    numpy_to_vtkIdTypeArray,
    vtk_to_numpy,
    vtkActor,
    vtkArrowSource,
    vtkBillboardTextActor3D,
    vtkCellArray,
    vtkDataSetMapper,
    vtkFlyingEdges3D,
    vtkGlyph3DMapper,
    vtkImageData,
    vtkLookupTable,
    vtkPoints,
    vtkPolyData,
    vtkPolyDataMapper,
    vtkRenderer,
    vtkScalarBarActor,
    vtkTextActor,
    vtkTransform,
    vtkUnsignedCharArray,
)

TEMPERATURE_RANGE_K = (0.0, 6.0)
"""Colour range of temperature rise above ambient, in kelvin."""
WIND_RANGE_MS = (0.0, 8.0)
"""Colour range of wind speed, m/s (fixed, so colours compare between frames)."""
PLUME_THRESHOLD_K = 2.0
LEGEND_X, LEGEND_Y = 0.66, 0.84
"""Lower-left corner of the temperature legend (normalised viewport): top right, the corner
the campus, its labels, the north arrow and the scale bar leave free in every camera preset;
far enough from the right edge that the title, centred on the bar and wider than it, is not
cut off in a 1280x720 window's ~590 px view."""
"""The plume isosurface: air this much warmer than ambient."""


@dataclass(frozen=True)
class GridPlacement:
    """Where a regular, cell-centred grid lies in the campus frame.

    Attributes
    ----------
    origin
        Grid-frame coordinates (x, y, z) of the centre of cell (0, 0, 0), metres.
    spacing
        Cell sizes (dx, dy, dz), metres.
    rotation_deg
        Counter-clockwise angle from the campus x axis (east) to the grid's x axis; the grid
        frame shares the campus origin and vertical axis.
    """

    origin: tuple[float, float, float]
    spacing: tuple[float, float, float]
    rotation_deg: float = 0.0

    def transform(self) -> vtkTransform:
        """The VTK transform from grid frame to campus frame."""
        transform = vtkTransform()
        transform.RotateZ(self.rotation_deg)
        return transform

    def to_campus(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Map grid-frame (x, y) to campus (x, y)."""
        angle = np.radians(self.rotation_deg)
        cos_a, sin_a = np.cos(angle), np.sin(angle)
        return x * cos_a - y * sin_a, x * sin_a + y * cos_a


def _image(field_xyz: np.ndarray, placement: GridPlacement, name: str, keep: list) -> vtkImageData:
    """Wrap a (nx, ny, nz) array as vtkImageData in the grid frame (x fastest, as VTK wants)."""
    nx, ny, nz = field_xyz.shape
    # VTK image scalars run x fastest: a Fortran-ordered (nx, ny, nz) array is that layout.
    flat = np.asfortranarray(field_xyz, dtype=np.float32).ravel(order="F")
    keep.append(flat)
    scalars = numpy_to_vtk(flat, deep=False)
    scalars.SetName(name)
    image = vtkImageData()
    image.SetDimensions(nx, ny, nz)
    image.SetOrigin(*placement.origin)
    image.SetSpacing(*placement.spacing)
    image.GetPointData().SetScalars(scalars)
    return image


def transparent_below(table: vtkLookupTable) -> float:
    """The value under which ``table`` maps every value to a fully transparent colour.

    ``vtkLookupTable`` maps ``v`` to entry ``floor((v - lo) / (hi - lo) * n)`` (clamped); this is
    the lower edge of its first entry with a non-zero alpha (``-inf`` if the first one has).
    """
    lo, hi = table.GetTableRange()
    n = table.GetNumberOfTableValues()
    for index in range(n):
        if table.GetTableValue(index)[3] > 0.0:
            return -np.inf if index == 0 else lo + (hi - lo) * index / n
    return np.inf


def visible_cells_surface(image: vtkImageData, cutoff: float) -> vtkPolyData:
    """The quads of a one-cell-thick ``image`` that have a corner at ``cutoff`` or above, with its scalars.

    Colours are mapped at the corners and interpolated across each quad, so a quad whose four
    corners are all below the table's transparent edge (:func:`transparent_below`) draws
    nothing: leaving it out changes no pixel, and spares the rasteriser (and the
    order-independent transparency pass) the cold part of the slice, most of it.
    """
    dims = image.GetDimensions()
    flat = vtk_to_numpy(image.GetPointData().GetScalars())
    axes = [axis for axis in range(3) if dims[axis] > 1]
    ids = np.arange(dims[0] * dims[1] * dims[2]).reshape(dims[2], dims[1], dims[0]).transpose(2, 1, 0)
    ids = ids.squeeze(axis=tuple(axis for axis in range(3) if dims[axis] == 1)) if len(axes) == 2 else None
    data = vtkPolyData()
    if ids is None:  # a line or a point: nothing to fill
        return data
    corners = np.stack([ids[:-1, :-1], ids[1:, :-1], ids[1:, 1:], ids[:-1, 1:]], axis=-1).reshape(-1, 4)
    with np.errstate(invalid="ignore"):
        keep = (flat[corners] >= cutoff).any(axis=1)  # NaN (no field) compares False: transparent
    quads = corners[keep]
    origin, spacing = np.asarray(image.GetOrigin()), np.asarray(image.GetSpacing())
    index = np.stack(np.meshgrid(*(np.arange(d) for d in dims), indexing="ij"), axis=-1).reshape(-1, 3, order="F")
    points = vtkPoints()
    points.SetData(numpy_to_vtk(origin + index * spacing, deep=True))
    data.SetPoints(points)
    cells = vtkCellArray()
    cells.SetData(numpy_to_vtkIdTypeArray(np.arange(0, 4 * len(quads) + 1, 4, dtype=np.int64), deep=True),
                  numpy_to_vtkIdTypeArray(quads.astype(np.int64).ravel(), deep=True))
    data.SetPolys(cells)
    data.GetPointData().SetScalars(image.GetPointData().GetScalars())
    return data


def _slice_actor(image: vtkImageData, table: vtkLookupTable, placement: GridPlacement) -> vtkActor:
    """An unlit actor colouring a one-cell-thick image by temperature rise (its transparent part left out)."""
    mapper = vtkDataSetMapper()
    mapper.SetInputData(visible_cells_surface(image, transparent_below(table)))
    actor_image = image  # kept on the actor below: twin bench --render draws the whole slice to compare
    mapper.SetLookupTable(table)
    mapper.SetScalarRange(*TEMPERATURE_RANGE_K)
    mapper.UseLookupTableScalarRangeOn()
    actor = vtkActor()
    actor.SetMapper(mapper)
    actor.SetUserTransform(placement.transform())
    actor.GetProperty().LightingOff()  # colours must read as the legend, whatever the sun
    actor.slice_image = actor_image
    return actor


def heat_lookup_table(opacity_floor: float = 0.0) -> vtkLookupTable:
    """Temperature rise 0..6 K: transparent to pale yellow to deep red, on a perceptual ramp."""
    table = vtkLookupTable()
    table.SetNumberOfTableValues(256)
    table.SetRange(*TEMPERATURE_RANGE_K)
    stops = np.array([
        [0.00, 1.00, 0.98, 0.85],
        [0.25, 1.00, 0.85, 0.45],
        [0.50, 0.98, 0.58, 0.22],
        [0.75, 0.86, 0.28, 0.16],
        [1.00, 0.55, 0.05, 0.12],
    ])
    for index in range(256):
        t = index / 255.0
        rgb = [np.interp(t, stops[:, 0], stops[:, channel]) for channel in (1, 2, 3)]
        alpha = opacity_floor + (1.0 - opacity_floor) * min(1.0, t * 4.0) if t > 0.02 else opacity_floor
        table.SetTableValue(index, *rgb, alpha * 0.85)
    table.SetNanColor(0, 0, 0, 0)
    table.Build()
    return table


def wind_lookup_table(max_speed: float) -> vtkLookupTable:
    """Wind speed 0..max: light blue to deep blue."""
    table = vtkLookupTable()
    table.SetRange(0.0, max_speed)
    table.SetHueRange(0.55, 0.66)
    table.SetSaturationRange(0.25, 0.95)
    table.SetValueRange(0.95, 0.6)
    table.Build()
    return table


def _scalar_bar(title: str, table: vtkLookupTable, x: float, y: float = 0.085) -> vtkScalarBarActor:
    bar = vtkScalarBarActor()
    bar.SetLookupTable(table)
    bar.SetTitle(title)
    bar.SetNumberOfLabels(4)
    bar.SetOrientationToHorizontal()
    bar.SetWidth(0.26)
    bar.SetHeight(0.075)
    bar.GetPositionCoordinate().SetCoordinateSystemToNormalizedViewport()
    bar.GetPositionCoordinate().SetValue(x, y)
    bar.SetLabelFormat("%.0f")
    for prop in (bar.GetTitleTextProperty(), bar.GetLabelTextProperty()):
        prop.SetColor(*palette.LABEL_TEXT)
        prop.SetShadow(False)
        prop.SetItalic(False)
        prop.SetBold(False)
    bar.GetTitleTextProperty().SetFontSize(14)
    bar.GetLabelTextProperty().SetFontSize(12)
    bar.DrawBackgroundOn()
    bar.GetBackgroundProperty().SetColor(*palette.LABEL_BACKGROUND)
    bar.GetBackgroundProperty().SetOpacity(0.8)
    bar.SetTextPositionToPrecedeScalarBar()
    bar.UnconstrainedFontSizeOn()
    return bar


INVALID_GREY = (0.55, 0.55, 0.55)
"""Colour of an overlay drawn from an invalid field (the solver gave up): no scale, no figures."""


class _Overlay:
    """Common part of the overlays: actors, visibility, greying, removal."""

    def __init__(self, renderer: vtkRenderer) -> None:
        self.renderer = renderer  # or a SceneLayers, which puts legends and badges on top
        self.actors: list = []
        self.visible = True
        self.greyed = False
        self._keep: list = []

    def _replace(self, actors: list) -> None:
        for actor in self.actors:
            self.renderer.RemoveActor(actor)
        self.actors = actors
        for actor in actors:
            actor.SetVisibility(self.visible)
            self.renderer.AddActor(actor)
        if self.greyed:
            self._grey()

    def set_greyed(self, greyed: bool) -> None:
        """Grey the overlay out (``True``) for an invalid field: no colour scale, legend hidden.

        Un-greying takes effect at the next ``update`` (which builds fresh, coloured actors).
        """
        self.greyed = greyed
        if greyed:
            self._grey()

    def _grey(self) -> None:
        for actor in self.actors:
            if isinstance(actor, (vtkScalarBarActor, vtkTextActor)):
                actor.SetVisibility(False)  # a scale or caption would give the grey picture a meaning
            elif isinstance(actor, vtkActor):
                actor.GetMapper().ScalarVisibilityOff()
                actor.GetProperty().SetColor(*INVALID_GREY)
                actor.GetProperty().SetOpacity(min(actor.GetProperty().GetOpacity(), 0.45))

    def set_visible(self, visible: bool) -> None:
        """Show or hide the overlay and its legend."""
        self.visible = visible
        for actor in self.actors:
            actor.SetVisibility(visible)
        if self.greyed:
            self._grey()

    def remove(self) -> None:
        """Take the overlay out of the renderer."""
        self._replace([])
        self._keep.clear()


class TemperatureSlice(_Overlay):
    """A horizontal slice of temperature rise above ambient, at a chosen height."""

    @staticmethod
    def legend_title() -> str:
        """The legend's title in the language in force."""
        return tr("Overlay", "Air warmer than around it (°C)")

    def __init__(self, renderer: vtkRenderer) -> None:
        super().__init__(renderer)
        self.table = heat_lookup_table()
        self.legend = _scalar_bar(self.legend_title(), self.table, LEGEND_X, LEGEND_Y)
        self.height_m = 10.0

    def update(self, rise_xyz: np.ndarray, placement: GridPlacement) -> None:
        """Show the layer of ``rise_xyz`` (K, shape (nx, ny, nz)) nearest ``height_m``."""
        z0, dz = placement.origin[2], placement.spacing[2]
        k = int(np.clip(round((self.height_m - z0) / dz), 0, rise_xyz.shape[2] - 1))
        layer = rise_xyz[:, :, k : k + 1]
        self._keep = []
        image = _image(layer, GridPlacement((placement.origin[0], placement.origin[1], z0 + k * dz),
                                            placement.spacing, placement.rotation_deg), "rise", self._keep)
        self.legend.SetTitle(self.legend_title())
        self._replace([_slice_actor(image, self.table, placement), self.legend])


class VerticalSlice(_Overlay):
    """A vertical slice of temperature rise along the wind, through the site centre."""

    def __init__(self, renderer: vtkRenderer, table: vtkLookupTable) -> None:
        super().__init__(renderer)
        self.table = table
        # The same legend as the horizontal slice, at the same place: one shows when either does.
        self.legend = _scalar_bar(TemperatureSlice.legend_title(), table, LEGEND_X, LEGEND_Y)

    def update(self, rise_xyz: np.ndarray, placement: GridPlacement, wind_axis_deg: float) -> None:
        """Slice ``rise_xyz`` along the grid axis closest to the wind through the site centre.

        ``wind_axis_deg`` is the campus-frame angle (CCW from east) of the wind's direction of travel.
        """
        relative = (wind_axis_deg - placement.rotation_deg) % 180.0
        along_x = relative < 45.0 or relative > 135.0
        ox, oy, oz = placement.origin
        dx, dy, dz = placement.spacing
        self._keep = []
        if along_x:
            j = int(np.clip(round(-oy / dy), 0, rise_xyz.shape[1] - 1))
            layer = rise_xyz[:, j : j + 1, :]
            origin = (ox, oy + j * dy, oz)
        else:
            i = int(np.clip(round(-ox / dx), 0, rise_xyz.shape[0] - 1))
            layer = rise_xyz[i : i + 1, :, :]
            origin = (ox + i * dx, oy, oz)
        image = _image(layer, GridPlacement(origin, placement.spacing, placement.rotation_deg), "rise", self._keep)
        self.legend.SetTitle(TemperatureSlice.legend_title())
        self._replace([_slice_actor(image, self.table, placement), self.legend])


class PlumeSurface(_Overlay):
    """The warm plume as an isosurface of temperature rise (+2 K by default).

    Drawn as a pale, mostly transparent veil, not as smoke: +2 K air is invisible in life, and
    residents shown an opaque brown volume over their homes read it as pollution. The caption
    says in words what the surface is and how high it reaches (the top of the contour, m).
    """

    AMBIENT, DIFFUSE = 0.6, 0.4
    OPACITY = 0.3
    """Light enough that houses and trees behind it stay readable at eye level, and that a
    slice under it keeps 70 % of its colour. Only the veil's front faces are drawn, once per
    plume: 0.3 reads about as the two walls of 0.18 drawn before (1 - 0.82^2 = 0.33)."""

    def __init__(self, renderer: vtkRenderer) -> None:
        super().__init__(renderer)
        self.threshold_k = PLUME_THRESHOLD_K
        self._lighting: VertexLighting | None = None
        self.legend = vtkTextActor()
        prop = self.legend.GetTextProperty()
        prop.SetFontSize(14)
        prop.SetColor(*palette.LABEL_TEXT)
        prop.SetBold(True)
        prop.SetBackgroundColor(*palette.LABEL_BACKGROUND)
        prop.SetBackgroundOpacity(0.8)
        self.legend.GetPositionCoordinate().SetCoordinateSystemToNormalizedViewport()
        # Right-aligned to the view's edge: the caption (with the plume's height) is long in French.
        prop.SetJustificationToRight()
        self.legend.GetPositionCoordinate().SetValue(0.985, LEGEND_Y - 0.055)

    def update(self, rise_xyz: np.ndarray, placement: GridPlacement) -> None:
        """Contour ``rise_xyz`` (K) at :attr:`threshold_k`."""
        self._keep = []
        image = _image(rise_xyz, placement, "rise", self._keep)
        # Flying edges: the same isosurface as vtkContourFilter's synchronized templates on
        # image data (same triangles), about 3x faster on the default grid (7 ms instead of 24).
        contour = vtkFlyingEdges3D()
        contour.SetInputData(image)
        contour.SetValue(0, self.threshold_k)
        contour.ComputeScalarsOff()
        contour.ComputeNormalsOn()
        contour.Update()
        output = contour.GetOutput()
        mapper = vtkPolyDataMapper()
        mapper.SetInputData(output)
        actor = vtkActor()
        actor.SetMapper(mapper)
        actor.SetUserTransform(placement.transform())
        prop = actor.GetProperty()
        prop.SetColor(*palette.PLUME_VEIL)
        prop.SetOpacity(self.OPACITY)
        prop.SetSpecular(0.0)
        prop.SetAmbient(self.AMBIENT)  # a veil lit from all sides: no dark, smoky shading
        prop.SetDiffuse(self.DIFFUSE)
        # Front faces only: the veil is drawn once where the eye enters the warm air, not
        # again where it leaves, which halves what the rasteriser shades (18 of 38 ms of a
        # 720p frame on llvmpipe). Flying edges winds its triangles counter-clockwise seen
        # from the cold side, so the front faces are the outside.
        prop.BackfaceCullingOn()
        if self._lighting is not None:
            self._lighting.remove()
            self._lighting = None
        normals = output.GetPointData().GetNormals()
        scene = getattr(self.renderer, "scene", self.renderer)  # SceneLayers or a plain renderer
        if normals is not None and output.GetNumberOfPoints() and isinstance(scene, vtkRenderer):
            # Lit at its points on the processor when the camera turns, instead of at every
            # pixel of every frame by llvmpipe (7 ms of a 720p frame): VTK's lighting, same
            # lights (twin.render.lighting.VertexLighting; flying edges' normals point to the
            # cold side, the outside seen through the front faces).
            colours = vtkUnsignedCharArray()
            colours.SetNumberOfComponents(3)
            colours.SetNumberOfTuples(output.GetNumberOfPoints())
            colours.SetName("lit")
            output.GetPointData().SetScalars(colours)
            self._lighting = VertexLighting(scene, colours, vtk_to_numpy(normals), placement.rotation_deg,
                                            palette.PLUME_VEIL, self.AMBIENT, self.DIFFUSE)
            self._lighting.update()
            mapper.SetColorModeToDirectScalars()
            mapper.ScalarVisibilityOn()
            prop.LightingOff()
            # Unlit, VTK draws ambient * colour + diffuse * colour: the point colours as they are.
            prop.SetAmbient(1.0)
            prop.SetDiffuse(0.0)
        else:
            mapper.ScalarVisibilityOff()
        self.top_m = float(output.GetBounds()[5]) if output.GetNumberOfPoints() else 0.0
        """Height of the top of the plume surface, metres above ground (0 when there is none)."""
        if output.GetNumberOfPoints():
            text = tr("Overlay", "Pale veil: air {k} °C warmer than around it, up to {height} m high").format(
                k=format_number(self.threshold_k, 0), height=format_number(round(self.top_m, -1)))
        else:
            text = tr("Overlay", "No air {k} °C warmer than around it").format(k=format_number(self.threshold_k, 0))
        self.legend.SetInput(text)
        self._replace([actor, self.legend])

    def _grey(self) -> None:
        super()._grey()
        for actor in self.actors[:1]:  # the grey veil keeps its shape: lit by the GPU again
            actor.GetProperty().LightingOn()
            actor.GetProperty().SetAmbient(self.AMBIENT)
            actor.GetProperty().SetDiffuse(self.DIFFUSE)

    def remove(self) -> None:
        """Take the plume out of the renderer."""
        if self._lighting is not None:
            self._lighting.remove()
            self._lighting = None
        super().remove()


class WindArrows(_Overlay):
    """Wind at a chosen height as arrows on a coarse lattice, coloured and scaled by speed."""

    def __init__(self, renderer: vtkRenderer) -> None:
        super().__init__(renderer)
        self.height_m = 10.0
        self.arrow_spacing_m = 48.0
        self.radius_m = 480.0
        """Arrows are drawn within this distance of the site centre only: the rest is clutter."""
        self.table = wind_lookup_table(WIND_RANGE_MS[1])
        self.legend = _scalar_bar(tr("Overlay", "Wind speed (m/s)"), self.table, 0.72)

    def update(self, u_xyz: np.ndarray, v_xyz: np.ndarray, placement: GridPlacement) -> None:
        """Draw arrows of the horizontal wind (grid-frame components ``u``, ``v``, m/s)."""
        z0, dz = placement.origin[2], placement.spacing[2]
        k = int(np.clip(round((self.height_m - z0) / dz), 0, u_xyz.shape[2] - 1))
        s = max(1, round(self.arrow_spacing_m / placement.spacing[0]))
        u = u_xyz[::s, ::s, k]
        v = v_xyz[::s, ::s, k]
        nx, ny = u.shape
        gx = placement.origin[0] + np.arange(nx) * placement.spacing[0] * s
        gy = placement.origin[1] + np.arange(ny) * placement.spacing[1] * s
        X, Y = np.meshgrid(gx, gy, indexing="ij")
        cx, cy = placement.to_campus(X.ravel(), Y.ravel())
        cu, cv = placement.to_campus(u.ravel(), v.ravel())
        speed = np.hypot(cu, cv)
        keep = (speed > 0.05) & (np.hypot(cx, cy) < self.radius_m)
        xyz = np.column_stack([cx[keep], cy[keep], np.full(keep.sum(), z0 + k * dz)])
        vectors = np.column_stack([cu[keep], cv[keep], np.zeros(keep.sum())])
        data = point_cloud(xyz, wind=vectors, speed=speed[keep])
        data.GetPointData().SetActiveScalars("speed")
        arrow = vtkArrowSource()
        arrow.SetTipLength(0.35)
        arrow.SetTipRadius(0.12)
        arrow.SetShaftRadius(0.04)
        mapper = vtkGlyph3DMapper()
        mapper.SetInputData(data)
        mapper.SetSourceConnection(arrow.GetOutputPort())
        mapper.SetOrientationArray("wind")
        mapper.SetScaleArray("speed")
        mapper.SetScaleModeToScaleByMagnitude()
        # The fastest arrow spans 90 % of the lattice step: arrows never overlap.
        mapper.SetScaleFactor(placement.spacing[0] * s * 0.9 / max(float(speed.max(initial=0.0)), 0.1))
        mapper.SetLookupTable(self.table)
        mapper.SetScalarRange(*WIND_RANGE_MS)
        mapper.ScalarVisibilityOn()
        mapper.SetScalarModeToUsePointFieldData()
        mapper.SelectColorArray("speed")
        actor = vtkActor()
        actor.SetMapper(mapper)
        actor.GetProperty().SetAmbient(0.3)
        self.legend.SetTitle(tr("Overlay", "Wind speed (m/s)"))
        self._replace([actor, self.legend])


class RecirculationBadges(_Overlay):
    """Per building: how much warmer the air at its coolers' intake is than ambient.

    Each badge names its building and outranks the building labels in the label placer
    (:data:`twin.render.labels.PRIORITY_BADGE`): in the overview a hall's name label and its
    badge overlap, and a badge ranked as a plain building label was hidden behind the name, so
    the overlay the user asked for showed nothing. Named, the badge stands in for the label.
    """

    WARN_K = 1.0
    ALERT_K = 3.0

    def update(self, rise_by_building: dict[str, float], positions: dict[str, tuple[float, float, float]],
               names: dict[str, str] | None = None) -> None:
        """Put a badge "<name> / intake +x.x K" above each building with heat-rejection equipment.

        ``names`` maps building ids to the names shown (the user's language); a building
        without one gets the figure alone.
        """
        from twin.render.labels import PRIORITY_BADGE

        names = names or {}
        actors = []
        for building_id, rise in rise_by_building.items():
            if building_id not in positions:
                continue
            label = vtkBillboardTextActor3D()
            label.label_priority = PRIORITY_BADGE  # read by the label placer when added
            name = label.building_name = names.get(building_id, "")  # _grey writes it again
            label.SetInput(self._text(name, tr("Overlay", "intake {rise} K").format(rise=format_number(rise, 1, signed=True))))
            label.SetPosition(*positions[building_id])
            prop = label.GetTextProperty()
            prop.SetFontSize(13)
            prop.SetBold(True)
            prop.SetJustificationToCentered()
            color = palette.BADGE_OK if rise < self.WARN_K else palette.BADGE_WARN if rise < self.ALERT_K else palette.BADGE_ALERT
            prop.SetColor(1.0, 1.0, 1.0)
            prop.SetBackgroundColor(*color)
            prop.SetBackgroundOpacity(0.9)
            actors.append(label)
        self._replace(actors)

    @staticmethod
    def _text(name: str, figure: str) -> str:
        return f"{name}\n{figure}" if name else figure

    def _grey(self) -> None:
        # the figures of an invalid field must not be read as current: say so on each badge
        for label in self.actors:
            label.SetInput(self._text(getattr(label, "building_name", ""), tr("Overlay", "intake: no valid field")))
            label.GetTextProperty().SetBackgroundColor(*INVALID_GREY)


class InvalidFieldNotice(_Overlay):
    """A plain message over the view while the airflow field is invalid."""

    def __init__(self, renderer: vtkRenderer) -> None:
        super().__init__(renderer)
        self.text = vtkTextActor()
        prop = self.text.GetTextProperty()
        prop.SetFontSize(18)
        prop.SetBold(True)
        prop.SetColor(1.0, 1.0, 1.0)
        prop.SetBackgroundColor(0.16, 0.18, 0.22)  # dark slate: reads as a notice, not as warm air
        prop.SetBackgroundOpacity(0.92)
        prop.SetJustificationToCentered()
        prop.SetVerticalJustificationToCentered()
        self.text.GetPositionCoordinate().SetCoordinateSystemToNormalizedViewport()
        self.text.GetPositionCoordinate().SetValue(0.5, 0.55)

    def show(self, shown: bool) -> None:
        """Show (or take away) the notice."""
        if shown and not self.actors:
            self.retranslate()
            self._replace([self.text])
        elif not shown and self.actors:
            self._replace([])

    def retranslate(self) -> None:
        """Write the notice in the language in force."""
        self.text.SetInput(tr("Overlay", "Airflow field INVALID: the solver gave up after repeated roll-backs.\n"
                                         "Wind and heat overlays show the last good field, greyed.\n"
                                         "Change the wind, the layout or the resolution to restart it."))
