"""Staggered (MAC) grid geometry and the wind-aligned frame of the campus solver.

Array conventions shared by every kernel in :mod:`twin.sim.airflow.kernels`
--------------------------------------------------------------------
Every field, whatever its staggering, is stored in an array of the same *padded* shape
``(nx + 2, ny + 2, nz + 2)`` (C order, axis 0 = x, 1 = y, 2 = z) with one ghost layer on each
side. For a cell-centred field (pressure, temperature) padded index ``m`` along an axis is the
cell whose centre sits at ``(m - 0.5) * h``; cells ``1 .. n`` are inside the box, ``0`` and
``n + 1`` are ghosts that carry the boundary condition.

A velocity component ``U[a]`` lives on the faces normal to axis ``a``: along ``a`` its padded
index ``m`` is the *low* face of cell ``m``, at ``(m - 1) * h``. Face ``1`` is the low boundary
of the box, face ``n + 1`` the high boundary, face ``0`` a ghost outside. Along the two other
axes ``U[a]`` is cell-centred like a scalar. With this choice the unknowns of every field are
the same slice ``[1:-1, 1:-1, 1:-1]`` (for a non-periodic axis the low boundary face in it is
overwritten by the boundary condition, the high boundary face is outside it), which keeps the
kernels short and free of special cases.

Wind-aligned frame
------------------
The campus solver rotates the campus so that the wind always blows along +x of the grid
(inflow at x = 0, outflow at x = L, free-slip sides). :class:`WindFrame` converts between that
solver frame (metres from the low corner of the box, x along the wind, y to its left, z up)
and the campus local frame (x east, y north, metres). Any wind direction is therefore the same
problem for the solver, at the price of a grid whose plan extent depends on the direction.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

AXES = (0, 1, 2)


@dataclass(frozen=True)
class Grid:
    """A uniform box of ``shape`` cells of size ``spacing`` (metres or any length unit).

    Attributes
    ----------
    shape
        Number of cells ``(nx, ny, nz)``; use ``nz = 1`` with a periodic or slip z axis for
        2-D problems.
    spacing
        Cell size ``(dx, dy, dz)``.
    """

    shape: tuple[int, int, int]
    spacing: tuple[float, float, float]

    @property
    def padded_shape(self) -> tuple[int, int, int]:
        """Shape of every stored array, one ghost layer on each side."""
        return tuple(n + 2 for n in self.shape)  # type: ignore[return-value]

    @property
    def cells(self) -> int:
        """Number of cells inside the box."""
        nx, ny, nz = self.shape
        return nx * ny * nz

    @property
    def size(self) -> tuple[float, float, float]:
        """Extent of the box ``(Lx, Ly, Lz)``."""
        return tuple(n * h for n, h in zip(self.shape, self.spacing, strict=True))  # type: ignore[return-value]

    @property
    def cell_volume(self) -> float:
        """Volume of one cell."""
        dx, dy, dz = self.spacing
        return dx * dy * dz

    def centres(self, axis: int) -> np.ndarray:
        """Cell-centre coordinates along ``axis`` (``n`` values, first at ``h / 2``)."""
        n, h = self.shape[axis], self.spacing[axis]
        return (np.arange(n) + 0.5) * h

    def faces(self, axis: int) -> np.ndarray:
        """Face coordinates along ``axis`` (``n + 1`` values, from 0 to ``L``)."""
        n, h = self.shape[axis], self.spacing[axis]
        return np.arange(n + 1) * h


def interior(axis_shift: tuple[int, int, int] = (0, 0, 0)) -> tuple[slice, slice, slice]:
    """Slice of the unknowns ``[1:-1]`` on each axis, shifted by ``axis_shift`` cells.

    ``arr[interior((1, 0, 0))]`` is the interior block moved one cell towards +x, i.e. the
    +x neighbour of every interior entry. Shifts of -1, 0 and +1 stay inside the padding.
    """
    return tuple(slice(1 + s, -1 + s if -1 + s != 0 else None) for s in axis_shift)  # type: ignore[return-value]


def shift(axis: int, offset: int) -> tuple[slice, slice, slice]:
    """Interior slice shifted by ``offset`` along ``axis`` only (see :func:`interior`)."""
    offsets = [0, 0, 0]
    offsets[axis] = offset
    return interior(tuple(offsets))  # type: ignore[arg-type]


@dataclass(frozen=True)
class WindFrame:
    """Rigid map between the wind-aligned solver frame and the campus local frame.

    The solver x axis points where the wind blows *to*; y is 90 degrees counter-clockwise
    from it (to the left of an observer facing downwind); z is up in both frames.

    Attributes
    ----------
    wind_from_deg
        Meteorological direction the wind blows from, degrees clockwise from north.
    origin_campus
        Campus local (x east, y north) coordinates of the solver origin (the low corner of
        the box at ground level), metres.
    """

    wind_from_deg: float
    origin_campus: tuple[float, float]

    @property
    def flow_unit(self) -> tuple[float, float]:
        """Campus (east, north) components of the solver +x axis (the flow direction)."""
        phi = math.radians(self.wind_from_deg)
        return (-math.sin(phi), -math.cos(phi))

    @property
    def cross_unit(self) -> tuple[float, float]:
        """Campus (east, north) components of the solver +y axis."""
        ex, ey = self.flow_unit
        return (-ey, ex)

    def to_campus(self, xs: np.ndarray | float, ys: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
        """Map solver-frame points (metres) to campus local (x east, y north) metres."""
        ex, ey = self.flow_unit
        cx, cy = self.cross_unit
        ox, oy = self.origin_campus
        xs = np.asarray(xs, dtype=float)
        ys = np.asarray(ys, dtype=float)
        return ox + xs * ex + ys * cx, oy + xs * ey + ys * cy

    def to_solver(self, xs: np.ndarray | float, ys: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
        """Map campus local points (metres) to solver-frame metres."""
        ex, ey = self.flow_unit
        cx, cy = self.cross_unit
        ox, oy = self.origin_campus
        rx = np.asarray(xs, dtype=float) - ox
        ry = np.asarray(ys, dtype=float) - oy
        return rx * ex + ry * ey, rx * cx + ry * cy

    def vector_to_campus(self, us: np.ndarray, vs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Rotate solver-frame horizontal vectors (u along wind, v across) to (east, north)."""
        ex, ey = self.flow_unit
        cx, cy = self.cross_unit
        return us * ex + vs * cx, us * ey + vs * cy


def cell_centres_campus(grid: Grid, frame: WindFrame) -> tuple[np.ndarray, np.ndarray]:
    """Campus local (x east, y north) coordinates of every cell column, each ``(nx, ny)``.

    Use this to drape a 2-D solver array (e.g. pedestrian wind) over the campus: the value
    ``a[i, j]`` belongs at ``(X[i, j], Y[i, j])``.
    """
    xs, ys = np.meshgrid(grid.centres(0), grid.centres(1), indexing="ij")
    return frame.to_campus(xs, ys)
