"""Conversions between the campus's local metric frame, Lambert-93 and WGS84 longitude/latitude."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from pyproj import Transformer

from twin.core.i18n import tr
from twin.model.campus import GeoReference

WGS84 = 4326
LOCAL_RESOLUTION_M = 1e-3
"""Local coordinates are kept to the millimetre, so that lon/lat written to 9 decimals
(about 0.1 mm) always reads back to the same local value and files round-trip exactly."""


@lru_cache(maxsize=32)
def check_projected_epsg(epsg: float) -> int:
    """``epsg`` as an int if it names a projected CRS in metres; else :class:`ValueError`.

    The local frame of a campus is metres east and north of an origin in a projected CRS
    (Lambert-93, EPSG:2154, for France), so a geographic CRS (degrees) or a code pyproj does
    not know is refused here, with a sentence, rather than as pyproj's ``CRSError`` later.
    """
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    if not 1024 <= epsg <= 999_999 or epsg != int(epsg):
        raise ValueError(tr("Geo", "EPSG code must be a whole number from 1024 to 999999 such as 2154 (Lambert-93), got {epsg:g}").format(
            epsg=epsg))
    code = int(epsg)
    try:
        crs = CRS.from_epsg(code)
    except CRSError:
        raise ValueError(tr("Geo", "EPSG:{code} is not a coordinate reference system known to PROJ").format(code=code)) from None
    if not crs.is_projected:
        raise ValueError(tr("Geo", "EPSG:{code} ({name}) is not a projected system in metres (2154, Lambert-93, is)").format(
            code=code, name=crs.name))
    units = {axis.unit_name for axis in crs.axis_info}
    if units - {"metre"}:
        raise ValueError(tr("Geo", "EPSG:{code} ({name}) is not in metres (its axes are in {units})").format(
            code=code, name=crs.name, units=", ".join(sorted(units))))
    return code


@lru_cache(maxsize=8)
def _transformer(source_epsg: int, target_epsg: int) -> Transformer:
    return Transformer.from_crs(source_epsg, target_epsg, always_xy=True)


def local_to_lonlat(georef: GeoReference, xy: np.ndarray) -> np.ndarray:
    """Convert local (x east, y north) metres to (lon, lat) degrees.

    Parameters
    ----------
    georef
        Where the local origin lies in the projected CRS.
    xy
        Array of shape (n, 2).

    Returns
    -------
    numpy.ndarray
        Array of shape (n, 2) of longitude, latitude in degrees (WGS84).
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    lon, lat = _transformer(georef.epsg, WGS84).transform(xy[:, 0] + georef.origin_e, xy[:, 1] + georef.origin_n)
    return np.column_stack([lon, lat])


def lonlat_to_local(georef: GeoReference, lonlat: np.ndarray) -> np.ndarray:
    """Convert (lon, lat) degrees to local metres, rounded to :data:`LOCAL_RESOLUTION_M`."""
    lonlat = np.asarray(lonlat, dtype=float).reshape(-1, 2)
    east, north = _transformer(WGS84, georef.epsg).transform(lonlat[:, 0], lonlat[:, 1])
    local = np.column_stack([np.asarray(east) - georef.origin_e, np.asarray(north) - georef.origin_n])
    return np.round(local / LOCAL_RESOLUTION_M) * LOCAL_RESOLUTION_M


def lonlat_to_projected(lon: float, lat: float, epsg: int = 2154) -> tuple[float, float]:
    """Convert one WGS84 position to projected coordinates (Lambert-93 by default)."""
    east, north = _transformer(WGS84, epsg).transform(lon, lat)
    return float(east), float(north)
