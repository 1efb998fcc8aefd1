"""Fields and buildings read back by VTK's own XML readers (what ParaView uses); CSV by the csv module."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from tests.test_cli import twin


@pytest.fixture(scope="module")
def solved(tmp_path_factory):
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.render.animation import settle
    from twin.sim.airflow.domain import AirflowSettings

    campus = load_layout(default_layout_path())
    return campus, settle(campus, AirflowSettings(dx_m=16.0), max_steps=12)


def _read_image(path):
    from vtkmodules.vtkIOXML import vtkXMLImageDataReader

    reader = vtkXMLImageDataReader()
    reader.SetFileName(str(path))
    reader.Update()
    return reader.GetOutput()


def test_vti_has_lambert93_origin_spacing_named_arrays_and_ranges(solved, tmp_path):
    from vtkmodules.util.numpy_support import vtk_to_numpy

    from twin.render.export_fields import write_fields

    campus, frame = solved
    path = write_fields(frame, campus, tmp_path / "fields.vti")
    image = _read_image(path)
    assert image.GetDimensions() == frame.grid.shape
    assert image.GetSpacing() == pytest.approx(frame.grid.spacing)
    ox, oy = frame.wind_frame.to_campus(frame.grid.spacing[0] / 2, frame.grid.spacing[1] / 2)
    assert image.GetOrigin() == pytest.approx((campus.georef.origin_e + ox, campus.georef.origin_n + oy, frame.grid.spacing[2] / 2))
    assert 700_000 < image.GetOrigin()[0] < 760_000 and 6_990_000 < image.GetOrigin()[1] < 7_060_000  # Nord, in L93
    points = image.GetPointData()
    names = {points.GetArrayName(i) for i in range(points.GetNumberOfArrays())}
    assert names == {"wind velocity [m/s]", "wind speed [m/s]", "air temperature [degC]", "temperature rise [K]",
                     "building [1 = solid]"}
    assert points.GetArray("wind velocity [m/s]").GetNumberOfComponents() == 3
    temperature = vtk_to_numpy(points.GetArray("air temperature [degC]"))
    expected = np.asarray(frame.temperature_c).ravel(order="F")
    assert np.allclose(temperature, expected, equal_nan=True)
    low, high = points.GetArray("wind speed [m/s]").GetRange()
    assert low >= 0.0 and 3.0 < high < 20.0
    # The wind blows from the scenario's 240 degrees: toward the north-east, both components positive upwind.
    east, north, _ = vtk_to_numpy(points.GetArray("wind velocity [m/s]")).reshape(-1, 3)[-1]
    assert east > 0 and north > 0
    assert image.GetFieldData().GetAbstractArray("CRS").GetValue(0) == "EPSG:2154"
    direction = image.GetDirectionMatrix()
    assert direction.GetElement(0, 0) == pytest.approx(frame.wind_frame.flow_unit[0])


def test_vtp_buildings_in_the_same_frame(solved, tmp_path):
    from vtkmodules.vtkIOXML import vtkXMLPolyDataReader

    from twin.render.export_fields import write_buildings

    campus, _ = solved
    path = write_buildings(campus, tmp_path / "buildings.vtp")
    reader = vtkXMLPolyDataReader()
    reader.SetFileName(str(path))
    reader.Update()
    data = reader.GetOutput()
    x0, x1, y0, y1, z0, z1 = data.GetBounds()
    xs = [p[0] for b in campus.buildings for p in b.footprint]
    assert x0 == pytest.approx(campus.georef.origin_e + min(xs), abs=0.01)
    assert z0 == 0.0 and z1 == pytest.approx(max(b.height_m + (b.heat_rejection.height_m if b.heat_rejection else 0) for b in campus.buildings), abs=5)
    ids = data.GetCellData().GetAbstractArray("building id")
    assert {ids.GetValue(i) for i in range(ids.GetNumberOfValues())} == {b.id for b in campus.buildings}


def test_pvd_series_lists_readable_steps(solved, tmp_path):
    from twin.render.export_fields import PvdSeries

    campus, frame = solved
    series = PvdSeries(tmp_path / "day.pvd")
    series.add(frame, campus, 0.0)
    series.add(frame, campus, 3600.0)
    root = ET.parse(tmp_path / "day.pvd").getroot()
    steps = root.find("Collection").findall("DataSet")
    assert [s.get("timestep") for s in steps] == ["0", "3600"]
    for step in steps:
        assert _read_image(tmp_path / step.get("file")).GetDimensions() == frame.grid.shape


def test_cli_csv_has_units_and_a_day_of_rows(tmp_path):
    out = tmp_path / "plant.csv"
    result = twin("export", "--out", str(out), "--hours", "2")
    assert result.returncode == 0, result.stderr
    lines = [line for line in out.read_text().splitlines() if not line.startswith("#")]
    rows = list(csv.reader(lines))
    header = rows[0]
    assert header[1:4] == ["IT load [MW]", "PUE [-]", "outdoor air [degC]"]
    assert len(rows) == 1 + 13  # 00:00 to 02:00 every 10 min
    pue = [float(r[2]) for r in rows[1:]]
    assert all(1.0 < p < 1.5 for p in pue)
    buildings = list(csv.reader(line for line in (tmp_path / "plant-buildings.csv").read_text().splitlines()
                                if not line.startswith("#")))
    assert buildings[0][:3] == ["building id", "name", "kind"] and "IT capacity [MW]" in buildings[0]
    assert any(row[0] == "dc1" and float(row[6]) > 0 for row in buildings[1:])
    assert "layout-sha256" in out.read_text()
