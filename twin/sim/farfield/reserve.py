"""The nature reserve against the empty site: the airflow solver run twice in the same weather.

:func:`reserve_against_empty_site` runs :class:`twin.sim.airflow.solver.CampusAirflow` at a coarse
resolution (12 m x 6 m cells, the app's "coarse" preset) on

1. the campus, with the plant's heat to air per building at the hour, and
2. the same site with no building and no heat (the *baseline*: farmland and the planted reserve,
   whose canopy drag and evapotranspiration stay in both runs),

each until the solver calls its frame *settled* (or a step budget runs out, then the answer says
so), and compares the two over the reserve's ground columns (the first air cell, centre 3 m
above the ground): mean and maximum air-temperature change, and the change of the wind speed
at pedestrian height. Both runs share the grid (the box follows the site and the reserve, not
the buildings), so the comparison is cell by cell; cells under a building in the campus run
are left out (no trees grow under a building).

Hours a year above +1 K over the reserve are not computed with the solver (8760 runs); the
residents' table gives them from the far-field plume (:mod:`.plume`), an indicative estimate.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Mapping

import numpy as np

from twin.model.campus import Campus


def reserve_against_empty_site(
    campus: Campus,
    heat_mw: Mapping[str, float],
    wind_from_deg: float,
    wind_speed_ms: float,
    ambient_c: float,
    dx_m: float = 12.0,
    dz_m: float = 6.0,
    max_steps: int = 400,
    max_wall_s: float = 120.0,
    threads: int = 1,
    continuity: tuple | None = None,
) -> dict:
    """Reserve figures, campus minus empty site, same weather (see module docstring).

    Returns a JSON-ready dict: ``mean_delta_t_k``, ``max_delta_t_k``, ``mean_wind_ms`` (campus,
    baseline), ``wind_change_pct`` (mean of the cell-by-cell relative change), ``settled`` per
    run, ``simulated_s``, ``wall_s``, the resolution and the method. With ``continuity`` =
    ``(heat_sources, heat_mw (S,), stability_class)`` also the near-/far-field comparison at the
    box's outflow face (:func:`box_edge_continuity`); ``(heat_sources, heat_mw, class, points)``
    adds the far field fed by the solver's outflow face at the points (:func:`nested_far_field`).
    """
    from twin.sim.airflow.domain import AirflowSettings
    from twin.sim.airflow.solver import TIER_SETTLED, CampusAirflow

    t0 = time.perf_counter()
    settings = AirflowSettings(dx_m=dx_m, dz_m=dz_m, wind_from_deg=float(wind_from_deg), wind_speed_ms=max(float(wind_speed_ms), 0.5), ambient_c=float(ambient_c), threads=threads)
    empty = dataclasses.replace(campus, buildings=())
    runs = {}
    for name, site, heat in (("campus", campus, dict(heat_mw)), ("baseline", empty, {})):
        flow = CampusAirflow(site, settings, heat_mw=heat)
        steps = 0
        t_run = time.perf_counter()
        while flow.tier != TIER_SETTLED and steps < max_steps and not flow.invalid and time.perf_counter() - t_run < max_wall_s:
            flow.step()
            steps += 1
        _u, _v, _w, temp = flow.cell_fields()
        runs[name] = {
            "flow": flow,
            "t2m": temp[:, :, 0],
            "wind": flow.pedestrian_wind(),
            "settled": flow.tier == TIER_SETTLED,
            "invalid": bool(flow.invalid),
            "steps": steps,
            "simulated_s": round(float(flow.time), 1),
        }
    a, b = runs["campus"], runs["baseline"]
    if a["flow"].grid.shape != b["flow"].grid.shape:
        raise RuntimeError("campus and empty-site runs have different grids; cannot compare cell by cell")
    reserve = a["flow"].domain.reserve_ground & np.isfinite(a["t2m"]) & np.isfinite(b["t2m"])
    dt = (a["t2m"] - b["t2m"])[reserve]
    wa, wb = a["wind"][reserve], b["wind"][reserve]
    ok = np.isfinite(wa) & np.isfinite(wb) & (wb > 0.05)
    valid = a["settled"] and b["settled"] and not (a["invalid"] or b["invalid"])
    edge = nested = None
    if continuity is not None:
        hs, hq, cls, points = continuity
        edge = {k: round(v, 4) for k, v in box_edge_continuity(a["flow"], hs, np.asarray(hq, float), float(ambient_c), float(wind_speed_ms), float(wind_from_deg), int(cls)).items()}
        hq_ = np.asarray(hq, float)
        centroid = (float(sum(s.x * q for s, q in zip(hs, hq_, strict=True)) / max(hq_.sum(), 1e-12)), float(sum(s.y * q for s, q in zip(hs, hq_, strict=True)) / max(hq_.sum(), 1e-12)))
        nested = nested_far_field(a["flow"], points, float(wind_speed_ms), int(cls), centroid)
        nested["delta_t_k"] = [round(float(v), 4) for v in nested["delta_t_k"]]
    return {
        "box_edge_continuity": edge,
        "nested_far_field": nested,
        "method": f"airflow solver at {dx_m:g} m x {dz_m:g} m, campus with the plant's heat vs the empty site (no buildings, no heat), same weather; first air cell over the reserve",
        "valid": bool(valid),
        "note": None if valid else "a run did not settle within the step budget: figures are provisional",
        "cells": int(reserve.sum()),
        "mean_delta_t_k": round(float(dt.mean()), 3) if dt.size else None,
        "max_delta_t_k": round(float(dt.max()), 3) if dt.size else None,
        "mean_wind_campus_ms": round(float(np.mean(wa[ok])), 2) if ok.any() else None,
        "mean_wind_baseline_ms": round(float(np.mean(wb[ok])), 2) if ok.any() else None,
        "wind_change_pct": round(float(np.mean(wa[ok] / wb[ok] - 1.0) * 100.0), 1) if ok.any() else None,
        "settled": {"campus": a["settled"], "baseline": b["settled"]},
        "steps": {"campus": a["steps"], "baseline": b["steps"]},
        "simulated_s": {"campus": a["simulated_s"], "baseline": b["simulated_s"]},
        "wall_s": round(time.perf_counter() - t0, 2),
        "heat_mw": round(float(sum(heat_mw.values())), 1),
        "weather": {"wind_from_deg": float(wind_from_deg), "wind_speed_ms": float(wind_speed_ms), "ambient_c": float(ambient_c)},
    }


def box_edge_continuity(flow, sources, heat_mw: np.ndarray, ambient_c: float, wind_10m: float, wind_from_deg: float, stability: int) -> dict:  # noqa: ANN001
    """Near field vs far field where both apply: the solver's excess temperature on its outflow
    face against the Gaussian plume at the same points (reported, not gated: the Gaussian is not
    meant for the first few hundred metres). Returns the two means and their ratio.
    """
    from twin.sim.farfield.plume import plume_field

    _u, _v, _w, temp = flow.cell_fields()
    amb = float(flow.weather.ambient_c)
    g = flow.grid
    from twin.sim.airflow.grid import cell_centres_campus

    xc, yc = cell_centres_campus(g, flow.domain.frame)
    i = g.shape[0] - 2  # last interior column before the outflow face
    zc = (np.arange(g.shape[2]) + 0.5) * g.spacing[2]
    xs = np.repeat(np.asarray(xc)[i, :][:, None], g.shape[2], axis=1).ravel()
    ys = np.repeat(np.asarray(yc)[i, :][:, None], g.shape[2], axis=1).ravel()
    zs = np.tile(zc, g.shape[1])
    solver = (temp[i, :, :] - amb).ravel()
    gauss = plume_field(sources, heat_mw.reshape(len(sources), 1), np.stack([xs, ys, zs], axis=-1), np.array([ambient_c]), np.array([wind_10m]), np.array([wind_from_deg]), np.array([stability])).delta_t[0]
    ok = np.isfinite(solver)
    ms, mg = float(np.mean(solver[ok])), float(np.mean(gauss[ok]))
    return {"solver_mean_k": ms, "gaussian_mean_k": mg, "ratio": ms / mg if mg > 0 else math.nan}


def nested_far_field(flow, points_xyz: np.ndarray, wind_10m: float, stability: int, source_xy: tuple[float, float]) -> dict:  # noqa: ANN001
    """Far field fed by the near field: a virtual source on the solver box's outflow face.

    From the solver frame at the last interior column before the outflow face: the heat flux
    leaving ``Q_f = sum rho c_p u dT dy dz`` (cells with u > 0 and dT > 0), its flux-weighted
    centroid (y_c, z_c) and spreads sigma_y0, sigma_z0. Downwind of the face the plume is a
    Gaussian from that virtual source, ``sigma^2 = sigma_0^2 + sigma_Briggs(x')^2`` (x' from
    the face), centre-line ``H = z_c + Delta h(x_f + x') - Delta h(x_f)`` (the buoyant rise
    still to come, Briggs with the flux Q_f; x_f the distance of the face from ``source_xy``,
    the campus heat centroid). By construction it carries the solver's heat flux, centroid and
    spread at the face: the two agree where both apply. Heat that left the box through its
    top or sides is not in Q_f (reported as ``face_share``).

    Returns ``face`` (Q_f MW, z_c, sigmas, share of the released heat) and ``delta_t_k`` at
    the points (P,), 0 upwind of the face.
    """
    from twin.sim.farfield.plume import CP_AIR, RHO_AIR, buoyancy_flux, plume_rise, sigmas, wind_at

    u, _v, _w, temp = flow.cell_fields()
    g = flow.grid
    amb = float(flow.weather.ambient_c)
    i = g.shape[0] - 2
    yc_ = g.centres(1)
    zc_ = g.centres(2)
    dy, dz = g.spacing[1], g.spacing[2]
    d_t = np.nan_to_num(temp[i] - amb)  # (ny, nz)
    ui = np.asarray(u[i], float)
    flux = RHO_AIR * CP_AIR * np.clip(ui, 0.0, None) * np.clip(d_t, 0.0, None) * dy * dz  # W per cell
    q_face = float(flux.sum())
    released = float(sum(flow.heat_mw.values())) * 1e6
    out: dict = {"face": {"heat_mw": round(q_face / 1e6, 2), "face_share": round(q_face / released, 3) if released > 0 else None}}
    pts = np.asarray(points_xyz, float)
    if q_face <= 0:
        out["delta_t_k"] = np.zeros(len(pts))
        return out
    w_ = flux / q_face
    yy, zz = np.meshgrid(yc_, zc_, indexing="ij")
    y_c, z_c = float((w_ * yy).sum()), float((w_ * zz).sum())
    sy0 = math.sqrt(float((w_ * (yy - y_c) ** 2).sum()))
    sz0 = math.sqrt(float((w_ * (zz - z_c) ** 2).sum()))
    x_face = float(g.centres(0)[i])
    frame = flow.domain.frame
    sx, sy = frame.to_solver(np.asarray(pts[:, 0]), np.asarray(pts[:, 1]))
    src_sx, _src_sy = frame.to_solver(np.asarray(source_xy[0]), np.asarray(source_xy[1]))
    xp = np.asarray(sx) - x_face
    cls = np.full(len(pts), int(stability))
    uu = wind_at(max(z_c, 10.0), np.full(len(pts), float(wind_10m)), cls)
    f = buoyancy_flux(q_face, amb)
    xf = max(x_face - float(src_sx), 1.0)
    rise = plume_rise(f, uu, xf + np.maximum(xp, 0.0), cls, amb) - plume_rise(f, uu, xf, cls, amb)
    by, bz = sigmas(np.maximum(xp, 1.0), cls)
    sig_y = np.sqrt(sy0**2 + by**2)
    sig_z = np.sqrt(sz0**2 + bz**2)
    h = z_c + rise
    z = pts[:, 2]
    dt = q_face / (RHO_AIR * CP_AIR * uu * 2 * math.pi * sig_y * sig_z) * np.exp(-((np.asarray(sy) - y_c) ** 2) / (2 * sig_y**2)) * (
        np.exp(-((z - h) ** 2) / (2 * sig_z**2)) + np.exp(-((z + h) ** 2) / (2 * sig_z**2))
    )
    out["face"].update({"centroid_height_m": round(z_c, 1), "sigma_y0_m": round(sy0, 1), "sigma_z0_m": round(sz0, 1), "box_top_m": round(float(g.shape[2] * dz), 1)})
    out["delta_t_k"] = np.where(xp > 0, dt, 0.0)
    return out
