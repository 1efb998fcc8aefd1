"""The plant's noise on the ground: an L_Aeq map in 5 dB classes with contour lines and a legend.

Fed by :class:`twin.sim.acoustics.noise.NoiseMap` (cell-centred dB(A) on a regular grid in the
campus frame). Classes follow the usual noise-map colours (green, yellow, orange, red in 5 dB
steps, as in ISO 1996-2 style maps and French "cartes de bruit"); below 35 dB(A) the ground is
left uncoloured, since the ICPE rule sets no emergence criterion there.
"""

from __future__ import annotations

import numpy as np

from twin.core.i18n import tr
from twin.render import palette
from twin.render.overlays import _Overlay, _scalar_bar
from twin.render.vtk import (
    numpy_to_vtk,
    vtkActor,
    vtkContourFilter,
    vtkDataSetMapper,
    vtkImageData,
    vtkLookupTable,
    vtkPolyDataMapper,
)

CLASS_EDGES_DBA = (35.0, 40.0, 45.0, 50.0, 55.0, 60.0, 65.0)
"""Lower edges of the colour classes, dB(A); the last class is open (65 and above shown as 60-65)."""
CLASS_COLOURS = ("#b8e0a8", "#4fa83d", "#f4e04d", "#f0a23b", "#e2562e", "#b3261e")
"""35-40 pale green, 40-45 green, 45-50 yellow, 50-55 orange, 55-60 red-orange, >= 60 red."""
MAP_HEIGHT_M = 0.6
"""Height of the drawn map above the ground (just above the ground plane, under the buildings)."""


def noise_lookup_table() -> vtkLookupTable:
    """Discrete 5 dB classes from 35 to 65 dB(A); below 35 transparent, above 65 the top class."""
    table = vtkLookupTable()
    table.SetNumberOfTableValues(len(CLASS_COLOURS))
    table.SetRange(CLASS_EDGES_DBA[0], CLASS_EDGES_DBA[-1])
    for i, code in enumerate(CLASS_COLOURS):
        table.SetTableValue(i, *palette.hex_rgb(code), 0.72)
    table.SetBelowRangeColor(0.0, 0.0, 0.0, 0.0)
    table.UseBelowRangeColorOn()
    table.SetAboveRangeColor(*palette.hex_rgb(CLASS_COLOURS[-1]), 0.72)
    table.UseAboveRangeColorOn()
    table.SetNanColor(0.0, 0.0, 0.0, 0.0)
    table.Build()
    return table


def class_colour(level_dba: float) -> tuple[float, float, float] | None:
    """The RGB of the class a level falls in (None below 35 dB(A))."""
    if not np.isfinite(level_dba) or level_dba < CLASS_EDGES_DBA[0]:
        return None
    k = min(int((level_dba - CLASS_EDGES_DBA[0]) // 5.0), len(CLASS_COLOURS) - 1)
    return palette.hex_rgb(CLASS_COLOURS[k])


class NoiseMapOverlay(_Overlay):
    """The noise map as a coloured ground layer, contour lines at 35/40/45/50/55 dB(A), a legend."""

    def update(self, dba: np.ndarray, x0: float, y0: float, cell_m: float, period: str, contours=(35.0, 40.0, 45.0, 50.0, 55.0)) -> None:  # noqa: ANN001
        """Draw ``dba[j, i]`` (rows along y) for cells of ``cell_m`` whose lower-left corner is (x0, y0)."""
        ny, nx = dba.shape
        flat = np.ascontiguousarray(dba, dtype=np.float32).ravel()  # x fastest, as VTK images run
        self._keep = [flat]
        scalars = numpy_to_vtk(flat, deep=False)
        scalars.SetName("L_Aeq")
        image = vtkImageData()
        image.SetDimensions(nx, ny, 1)
        image.SetOrigin(x0 + 0.5 * cell_m, y0 + 0.5 * cell_m, MAP_HEIGHT_M)
        image.SetSpacing(cell_m, cell_m, 1.0)
        image.GetPointData().SetScalars(scalars)
        table = noise_lookup_table()
        mapper = vtkDataSetMapper()
        mapper.SetInputData(image)
        mapper.SetLookupTable(table)
        mapper.SetScalarRange(CLASS_EDGES_DBA[0], CLASS_EDGES_DBA[-1])
        mapper.UseLookupTableScalarRangeOn()
        ground = vtkActor()
        ground.SetMapper(mapper)
        ground.GetProperty().LightingOff()  # colours must read as the legend
        contour = vtkContourFilter()
        contour.SetInputData(image)
        for k, level in enumerate(contours):
            contour.SetValue(k, float(level))
        lines_mapper = vtkPolyDataMapper()
        lines_mapper.SetInputConnection(contour.GetOutputPort())
        lines_mapper.ScalarVisibilityOff()
        lines = vtkActor()
        lines.SetMapper(lines_mapper)
        lines.GetProperty().SetColor(*palette.LABEL_TEXT)
        lines.GetProperty().SetLineWidth(1.5)
        lines.GetProperty().LightingOff()
        lines.SetPosition(0.0, 0.0, 0.3)
        title = tr("Overlay", "Plant noise, night L_Aeq dB(A)") if period == "night" else tr("Overlay", "Plant noise, day L_Aeq dB(A)")
        legend = _scalar_bar(title, table, 0.02, 0.02)
        legend.SetNumberOfLabels(len(CLASS_EDGES_DBA))
        legend.SetMaximumNumberOfColors(len(CLASS_COLOURS))
        self._replace([ground, lines, legend])
