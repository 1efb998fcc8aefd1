"""Build VTK poly data from campus geometry: extruded polygons, polylines, instanced points."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely

from twin.render.vtk import (
    numpy_to_vtk,
    numpy_to_vtkIdTypeArray,
    vtkActor,
    vtkCellArray,
    vtkPoints,
    vtkPolyData,
    vtkPolyDataMapper,
    vtkPolyDataNormals,
    vtkTriangleFilter,
)

Point = tuple[float, float]


def _cells(connectivity: Sequence[Sequence[int]]) -> vtkCellArray:
    offsets = np.zeros(len(connectivity) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(c) for c in connectivity])
    flat = np.fromiter((i for cell in connectivity for i in cell), dtype=np.int64, count=int(offsets[-1]))
    cells = vtkCellArray()
    cells.SetData(numpy_to_vtkIdTypeArray(offsets, deep=True), numpy_to_vtkIdTypeArray(flat, deep=True))
    return cells


def _points(xyz: np.ndarray) -> vtkPoints:
    points = vtkPoints()
    points.SetData(numpy_to_vtk(np.ascontiguousarray(xyz, dtype=np.float64), deep=True))
    return points


def prism(polygon: Sequence[Point], z_bottom: float, z_top: float) -> vtkPolyData:
    """A closed, triangulated prism: ``polygon`` extruded from ``z_bottom`` to ``z_top``.

    Concave outlines (the L-shaped reserve) are triangulated by ear clipping, so the top face
    renders correctly; normals are computed with sharp edges kept sharp.
    """
    ring = np.asarray(polygon, dtype=float)
    if _signed_area(ring) < 0:
        ring = ring[::-1]
    n = len(ring)
    bottom = np.column_stack([ring, np.full(n, z_bottom)])
    top = np.column_stack([ring, np.full(n, z_top)])
    xyz = np.vstack([bottom, top])
    faces: list[list[int]] = [list(range(n - 1, -1, -1)), list(range(n, 2 * n))]
    for i in range(n):
        j = (i + 1) % n
        faces.append([i, j, n + j, n + i])
    return _finish(xyz, faces)


def flat_polygon(polygon: Sequence[Point], z: float) -> vtkPolyData:
    """A single horizontal, triangulated polygon at height ``z``, facing up."""
    ring = np.asarray(polygon, dtype=float)
    if _signed_area(ring) < 0:
        ring = ring[::-1]
    xyz = np.column_stack([ring, np.full(len(ring), z)])
    return _finish(xyz, [list(range(len(ring)))])


def polyline(points: Sequence[Point], z: float) -> vtkPolyData:
    """A polyline at height ``z`` (to be wrapped by a tube filter)."""
    xy = np.asarray(points, dtype=float)
    xyz = np.column_stack([xy, np.full(len(xy), z)])
    data = vtkPolyData()
    data.SetPoints(_points(xyz))
    data.SetLines(_cells([list(range(len(xy)))]))
    return data


def point_cloud(xyz: np.ndarray, **arrays: np.ndarray) -> vtkPolyData:
    """Points with named point-data arrays, for :class:`vtkGlyph3DMapper` instancing."""
    data = vtkPolyData()
    data.SetPoints(_points(xyz))
    for name, values in arrays.items():
        array = numpy_to_vtk(np.ascontiguousarray(values), deep=True)
        array.SetName(name)
        data.GetPointData().AddArray(array)
    return data


def _finish(xyz: np.ndarray, faces: list[list[int]]) -> vtkPolyData:
    data = vtkPolyData()
    data.SetPoints(_points(xyz))
    data.SetPolys(_cells(faces))
    triangles = vtkTriangleFilter()
    triangles.SetInputData(data)
    normals = vtkPolyDataNormals()
    normals.SetInputConnection(triangles.GetOutputPort())
    normals.SetFeatureAngle(30.0)
    normals.SplittingOn()
    normals.ConsistencyOn()
    normals.AutoOrientNormalsOff()
    normals.Update()
    result = vtkPolyData()
    result.ShallowCopy(normals.GetOutput())
    return result


def _signed_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def points_in_polygon(polygon: Sequence[Point], count: int, rng: np.random.Generator, margin: float = 0.0) -> np.ndarray:
    """``count`` uniformly random (x, y) points inside ``polygon``, at least ``margin`` from its edge.

    Rejection sampling in the bounding box; deterministic for a given ``rng`` state.
    """
    shape = shapely.Polygon(polygon)
    if margin > 0:
        shape = shape.buffer(-margin)
    if shape.is_empty or count <= 0:
        return np.zeros((0, 2))
    x0, y0, x1, y1 = shape.bounds
    accepted: list[np.ndarray] = []
    total = 0
    while total < count:
        candidates = rng.uniform((x0, y0), (x1, y1), size=(max(2 * count, 64), 2))
        inside = candidates[shapely.contains_xy(shape, candidates[:, 0], candidates[:, 1])]
        accepted.append(inside)
        total += len(inside)
    return np.vstack(accepted)[:count]


def surface_actor(source_or_data, color, opacity: float = 1.0, specular: float = 0.1,
                  ambient: float = 0.18, diffuse: float = 0.85) -> vtkActor:
    """An actor drawing ``source_or_data`` (a VTK algorithm or a ``vtkPolyData``) in one colour.

    Parameters
    ----------
    source_or_data
        A filter or source (connected by its output port) or a data set (set as input).
    color : tuple of float
        RGB in 0..1 (see :mod:`twin.render.palette`).
    opacity, specular, ambient, diffuse : float
        Lighting of the surface; the defaults are the campus's matte look, shaded overlays
        (layout checks) pass a higher ambient so they read the same from every side.
    """
    mapper = vtkPolyDataMapper()
    if hasattr(source_or_data, "GetOutputPort"):
        mapper.SetInputConnection(source_or_data.GetOutputPort())
    else:
        mapper.SetInputData(source_or_data)
    mapper.ScalarVisibilityOff()
    actor = vtkActor()
    actor.SetMapper(mapper)
    prop = actor.GetProperty()
    prop.SetColor(*color)
    prop.SetOpacity(opacity)
    prop.SetSpecular(specular)
    prop.SetSpecularPower(20)
    prop.SetAmbient(ambient)
    prop.SetDiffuse(diffuse)
    return actor
