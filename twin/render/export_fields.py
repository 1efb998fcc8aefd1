"""Wind and temperature fields and the buildings as VTK XML files that ParaView opens.

- :func:`field_image`: one airflow :class:`~twin.sim.airflow.runner.Frame` as ``vtkImageData``
  (``.vti``). Points are the solver's cell centres. The solver's grid is aligned with the wind,
  so the image carries VTK's direction matrix (columns: along the wind, across it, up; ParaView
  5.9+ honours it); origin and spacing are in metres in **Lambert-93 (EPSG:2154)**: origin =
  the layout's georeference point + the first cell centre. Arrays, point data, named with
  their units: ``wind velocity [m/s]`` (east, north, up components), ``wind speed [m/s]``,
  ``air temperature [degC]`` and ``temperature rise [K]`` (NaN inside buildings), ``building
  [1 = solid]``. Field data: ``CRS`` (``EPSG:2154``), ``time [s]``, the weather, the solver's
  state and every provenance key (:meth:`~twin.core.provenance.ExportInfo.metadata`).
- :func:`buildings_polydata`: every building (and its equipment) as closed prisms in the same
  Lambert-93 metres, with cell data ``building id``, ``kind``, ``height [m]``, ``IT capacity
  [MW]`` (``.vtp``).
- :class:`PvdSeries`: a ParaView collection (``.pvd``) listing one ``.vti`` per time step, so a
  day animation opens as a time series.

Files are written to a temporary name beside the target and renamed (no half-written file).
"""

from __future__ import annotations

import os
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

from twin.core.provenance import ExportInfo
from twin.model.campus import Campus
from twin.render.geometry import prism
from twin.render.vtk import (
    numpy_to_vtk,
    vtkAppendPolyData,
    vtkDoubleArray,
    vtkFloatArray,
    vtkImageData,
    vtkMatrix3x3,
    vtkStringArray,
    vtkTransform,
    vtkTransformFilter,
    vtkXMLImageDataWriter,
    vtkXMLPolyDataWriter,
)

CRS = "EPSG:2154"


def _strings(name: str, values) -> vtkStringArray:
    array = vtkStringArray()
    array.SetName(name)
    for value in values:
        array.InsertNextValue(str(value))
    return array


def _field_number(name: str, value: float) -> vtkDoubleArray:
    array = vtkDoubleArray()
    array.SetName(name)
    array.InsertNextValue(float(value))
    return array


def _point_array(name: str, values: np.ndarray, components: int = 1):
    """A point-data array from (nx, ny, nz[, c]) values in VTK's x-fastest order."""
    if components == 1:
        flat = np.asarray(values).ravel(order="F")
    else:
        flat = np.stack([np.asarray(v).ravel(order="F") for v in values], axis=1)
    array = numpy_to_vtk(np.ascontiguousarray(flat), deep=True)
    array.SetName(name)
    return array


def _add_provenance(field_data, info: ExportInfo | None) -> None:
    field_data.AddArray(_strings("CRS", [CRS]))
    if info is not None:
        for key, value in info.metadata().items():
            field_data.AddArray(_strings(key, [value]))


def field_image(frame, campus: Campus, info: ExportInfo | None = None) -> vtkImageData:
    """The frame's wind and temperature as ``vtkImageData`` in Lambert-93 metres (see module doc)."""
    grid, wind = frame.grid, frame.wind_frame
    nx, ny, nz = grid.shape
    dx, dy, dz = grid.spacing
    georef = campus.georef
    ox, oy = wind.to_campus(dx / 2.0, dy / 2.0)
    (ex, ey), (cx, cy) = wind.flow_unit, wind.cross_unit
    image = vtkImageData()
    image.SetDimensions(nx, ny, nz)
    image.SetSpacing(dx, dy, dz)
    image.SetOrigin(georef.origin_e + float(ox), georef.origin_n + float(oy), dz / 2.0)
    direction = vtkMatrix3x3()
    for row, values in enumerate(((ex, cx, 0.0), (ey, cy, 0.0), (0.0, 0.0, 1.0))):
        for column, value in enumerate(values):
            direction.SetElement(row, column, float(value))
    image.SetDirectionMatrix(direction)
    u, v, w = (np.asarray(c, dtype=np.float32) for c in frame.velocity)
    east, north = wind.vector_to_campus(u, v)
    temperature = np.asarray(frame.temperature_c, dtype=np.float32)
    points = image.GetPointData()
    points.AddArray(_point_array("wind velocity [m/s]", (east, north, w), components=3))
    points.AddArray(_point_array("wind speed [m/s]", np.sqrt(u * u + v * v + w * w)))
    points.AddArray(_point_array("air temperature [degC]", temperature))
    points.AddArray(_point_array("temperature rise [K]", temperature - np.float32(frame.weather.ambient_c)))
    points.AddArray(_point_array("building [1 = solid]", np.asarray(frame.solid, dtype=np.uint8)))
    points.SetActiveScalars("air temperature [degC]")
    points.SetActiveVectors("wind velocity [m/s]")
    fields = image.GetFieldData()
    _add_provenance(fields, info)
    fields.AddArray(_field_number("time [s]", frame.sim_time_s))
    fields.AddArray(_field_number("wind from [deg]", frame.weather.wind_from_deg))
    fields.AddArray(_field_number("wind speed at 10 m [m/s]", frame.weather.wind_speed_ms))
    fields.AddArray(_field_number("ambient air [degC]", frame.weather.ambient_c))
    fields.AddArray(_strings("solver state", [getattr(frame, "state", frame.tier)]))
    return image


def buildings_polydata(campus: Campus, info: ExportInfo | None = None):
    """Every building and its heat-rejection equipment as prisms in Lambert-93 metres."""
    append = vtkAppendPolyData()
    ids, kinds, heights, capacities = [], [], [], []
    for building in campus.buildings:
        parts = [prism(building.footprint, 0.0, building.height_m)]
        if building.heat_rejection is not None:
            equipment = building.heat_rejection
            base = building.height_m if str(equipment.placement) == "roof" else 0.0
            parts.append(prism(equipment.footprint, base, base + equipment.height_m))
        for part in parts:
            append.AddInputData(part)
            cells = part.GetNumberOfCells()
            ids += [building.id] * cells
            kinds += [str(building.kind)] * cells
            heights += [building.height_m] * cells
            capacities += [building.it_capacity_mw] * cells
    shift = vtkTransform()
    shift.Translate(campus.georef.origin_e, campus.georef.origin_n, 0.0)
    moved = vtkTransformFilter()
    moved.SetInputConnection(append.GetOutputPort())
    moved.SetTransform(shift)
    moved.Update()
    data = moved.GetOutput()
    cell_data = data.GetCellData()
    cell_data.AddArray(_strings("building id", ids))
    cell_data.AddArray(_strings("kind", kinds))
    for name, values in (("height [m]", heights), ("IT capacity [MW]", capacities)):
        array = vtkFloatArray()
        array.SetName(name)
        for value in values:
            array.InsertNextValue(value)
        cell_data.AddArray(array)
    _add_provenance(data.GetFieldData(), info)
    return data


def _write(writer, data, path: Path) -> Path:
    path = Path(path)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(descriptor)
    try:
        writer.SetInputData(data)
        writer.SetFileName(temporary)
        writer.SetDataModeToAppended()
        writer.SetCompressorTypeToZLib()
        if writer.Write() != 1:
            raise OSError(f"{path}: VTK could not write the file")
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_fields(frame, campus: Campus, path: Path | str, info: ExportInfo | None = None) -> Path:
    """Write the frame's fields to ``path`` (``.vti``)."""
    return _write(vtkXMLImageDataWriter(), field_image(frame, campus, info), Path(path))


def write_buildings(campus: Campus, path: Path | str, info: ExportInfo | None = None) -> Path:
    """Write the buildings to ``path`` (``.vtp``)."""
    return _write(vtkXMLPolyDataWriter(), buildings_polydata(campus, info), Path(path))


class PvdSeries:
    """A ParaView data collection: one ``.vti`` per time step, listed in a ``.pvd`` beside them.

    The ``.pvd`` is rewritten (atomically) after every step, so an interrupted run still leaves
    a readable series of the steps written so far.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.folder = self.path.with_suffix("")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.steps: list[tuple[float, str]] = []

    def add(self, frame, campus: Campus, time_s: float, info: ExportInfo | None = None) -> Path:
        """Write ``frame`` as the step at ``time_s`` (seconds since the start of the series)."""
        name = f"{self.folder.name}/step_{len(self.steps):05d}.vti"
        written = write_fields(frame, campus, self.path.parent / name, info)
        self.steps.append((float(time_s), name))
        self._write_collection()
        return written

    def _write_collection(self) -> None:
        root = ET.Element("VTKFile", type="Collection", version="0.1", byte_order="LittleEndian")
        collection = ET.SubElement(root, "Collection")
        for time_s, name in self.steps:
            ET.SubElement(collection, "DataSet", timestep=f"{time_s:g}", group="", part="0", file=name)
        from twin.core.files import write_bytes_atomically

        write_bytes_atomically(self.path, ET.tostring(root, xml_declaration=True, encoding="utf-8"))
