"""Speed of the campus airflow solver, measured on this machine in one run.

Figures (all from the same process, default campus and settings):

- grid size and cells;
- time per step, cell updates per second (MLUPS) and real-time factor (simulated seconds per
  wall-clock second);
- memory bandwidth of a large numpy copy (read + write bytes per second), as the roofline;
- bytes moved per cell per step, two ways: (a) a census of the full-grid array passes this
  numpy implementation makes per phase (every elementwise op reads its operands and writes its
  result through memory; gathers also read an index), and (b) the minimum of an ideal fused
  kernel that reads and writes each prognostic field once; with the ratio of achieved to
  bandwidth-bound speed for each;
- edit-to-first-field latency through the threaded runner (a building moved by 30 m: the
  time from ``submit_campus`` to the "first look" frame being available from ``latest()``);
- weather edits, which are edits too (:func:`weather_edit_latency`): wind 240 -> 270 degrees (a
  new grid with the field turned onto it; rasterised afresh, and again with the domain cached),
  5 -> 3 m/s (the field scaled) and 11 -> 30 C air (buoyancy only), each timed from the call to
  the first frame made, directly and through the threaded runner (which adds the wait for the
  running step to reach a checkpoint);
- time to settle after that edit, with the criterion of
  :class:`~twin.sim.airflow.domain.AirflowSettings` (two consecutive windows of simulated time whose
  mean intake rises and mean pedestrian wind agree).
"""

from __future__ import annotations

import math
import statistics
import time
from typing import Any

import numpy as np

WORD = 4  # float32 / int32 bytes

# Full-grid array passes (4-byte words per cell) of each phase of one campus step, counted
# from the code: an elementwise op on cell-sized arrays moves (inputs + 1 output) words, a
# gather moves 3 (index, value, result). Ghost layers, surfaces and per-building indices are
# neglected. The pressure figure is per MG-PCG iteration (fine level; coarse levels add ~1/7).
PASS_CENSUS: dict[str, float] = {
    "eddy viscosity": 80.0,  # cell-centred velocity, 2 gradients, Smagorinsky and mixing length
    "momentum advection": 3 * 160.0,  # per component: face velocities, departure indices, 8 gathers, 7 lerps
    "horizontal diffusion": 3 * 40.0,  # 2-D Laplacian x nu at faces, per component
    "buoyancy and drag": 90.0,  # speed, face averages, implicit drag factors
    "vertical diffusion": 2 * 50.0,  # coefficients + Thomas sweeps, u and v
    "pressure fixed": 80.0,  # divergence, rhs, gradient correction, boundary conditions
    "pressure per iteration": 260.0,  # 5 operator applications (13 ops), smoothing, transfers, CG updates
    "heat transport": 3 * 100.0 + 140.0,  # 3 FFSL sweeps (prefix sums, slopes, 3 gathers) + diffusion
}
FUSED_MINIMUM_WORDS = 2 * 5 + 2 * 3
"""Read and write u, v, w, T and p once (10 words) plus one read and write of p per
pressure iteration for ~3 iterations (6 words): what a single fused, cache-blocked kernel
would have to move at the least."""


def memory_bandwidth(mbytes: int = 256, repeats: int = 5) -> float:
    """Best copy bandwidth of a large float32 array in GB/s (read + write bytes counted)."""
    n = mbytes * 1024 * 1024 // 4
    src = np.ones(n, dtype=np.float32)
    dst = np.empty_like(src)
    best = math.inf
    for _ in range(repeats):
        t0 = time.perf_counter()
        np.copyto(dst, src)
        best = min(best, time.perf_counter() - t0)
    return 2 * src.nbytes / best / 1e9


def _moved_building(campus: Any, dy: float) -> Any:
    ids = [b.id for b in campus.buildings]
    hall = campus.building("dc2") if "dc2" in ids else campus.data_halls[0]
    return campus.with_building(hall.translated(0.0, dy))


def run_bench(campus: Any, steps: int = 20, settle_timeout_s: float = 60.0, edits: int = 3) -> dict[str, Any]:
    """Run the benchmark on ``campus`` (``twin bench`` passes the default layout); JSON-ready dict.

    The edits move building ``dc2`` of the default layout (or the first data hall) by 30 m.
    """
    from twin.sim.airflow.runner import AirflowRunner
    from twin.sim.airflow.solver import CampusAirflow

    bandwidth = memory_bandwidth()

    # --- raw solver speed (synchronous, warm)
    t0 = time.perf_counter()
    solver = CampusAirflow(campus)
    build_s = time.perf_counter() - t0
    for _ in range(5):
        solver.step()
    solver.phase_times.clear()
    its = []
    sim0 = solver.time
    t0 = time.perf_counter()
    for _ in range(steps):
        solver.step()
        its.append(solver.last_pressure[0])
    wall = time.perf_counter() - t0
    # the step is chosen from the field's limits every step: simulated time over wall time
    sim_per_wall = (solver.time - sim0) / wall
    dt_mean = (solver.time - sim0) / steps
    per_step = wall / steps
    cells = solver.grid.cells
    mlups = cells / per_step / 1e6
    mean_its = float(np.mean(its))
    phase_ms = {k: round(v / steps * 1e3, 1) for k, v in solver.phase_times.items()}
    words = sum(v for k, v in PASS_CENSUS.items() if k != "pressure per iteration") + PASS_CENSUS["pressure per iteration"] * mean_its
    numpy_bytes = words * WORD
    fused_bytes = FUSED_MINIMUM_WORDS * WORD
    bound_numpy = bandwidth * 1e9 / numpy_bytes / 1e6  # MLUPS if every pass ran at copy speed
    bound_fused = bandwidth * 1e9 / fused_bytes / 1e6

    # --- direct cost of applying an edit (no thread): rasterise, rebuild, first-look projection
    direct = []
    for k in range(edits):
        t1 = time.perf_counter()
        solver.set_campus(_moved_building(campus, -30.0 if k % 2 == 0 else 0.0))
        direct.append(time.perf_counter() - t1)

    # --- weather edits (no thread): wind turn, new speed, new air temperature, to the first frame
    weather_direct = weather_edit_latency(solver)

    # --- through the threaded runner: latency of the first look and time to settle
    runner = AirflowRunner(campus)
    runner.start()
    latencies = []
    settle_wall = math.nan
    settle_sim = math.nan
    try:
        runner.wait_for_frame(lambda f: f.step >= 3, timeout=60.0)
        for k in range(edits):
            version = k + 1
            runner.wait_for_frame(lambda f, v=version - 1: f.layout_version == v and f.step >= 2, timeout=30.0)
            time.sleep(0.05)  # land the edit in the middle of a step, as a user would
            t_sub = time.perf_counter()
            runner.submit_campus(_moved_building(campus, -30.0 if k % 2 == 0 else 0.0))
            frame = runner.wait_for_frame(lambda f, v=version: f.layout_version >= v, timeout=30.0)
            if frame is not None:
                latencies.append(time.perf_counter() - t_sub)
        # settle after the last edit
        t_sub_version = edits
        first = runner.wait_for_frame(lambda f: f.layout_version == t_sub_version, timeout=5.0)
        t_first = time.perf_counter()
        sim0 = first.sim_time_s if first is not None else 0.0
        settled = runner.wait_for_frame(lambda f: f.layout_version == t_sub_version and f.tier == "settled", timeout=settle_timeout_s)
        if settled is not None:
            settle_wall = time.perf_counter() - t_first + (latencies[-1] if latencies else 0.0)
            settle_sim = settled.sim_time_s - sim0
        runner_rtf = runner.latest().real_time_factor if runner.latest() is not None else math.nan
        weather_runner = weather_edit_latency_runner(runner)
    finally:
        runner.stop(5.0)

    s = solver.settings
    return {
        "grid": {"nx": solver.grid.shape[0], "ny": solver.grid.shape[1], "nz": solver.grid.shape[2], "cells": cells, "spacing_m": list(solver.grid.spacing), "wind_from_deg": solver.weather.wind_from_deg},
        "dt_s": round(dt_mean, 3),
        "dt_limited_by": getattr(solver, "dt_limited_by", "cfl on the inflow"),
        "build_s": round(build_s, 3),
        "ms_per_step": round(per_step * 1e3, 1),
        "phase_ms_per_step": phase_ms,
        "pressure_iterations_per_step": round(mean_its, 2),
        "mlups": round(mlups, 2),
        "real_time_factor": round(sim_per_wall, 1),
        "real_time_factor_threaded_runner": round(float(runner_rtf), 1) if math.isfinite(runner_rtf) else None,
        "memory_bandwidth_gb_s": round(bandwidth, 1),
        "bytes_per_cell_step_numpy": round(numpy_bytes),
        "bytes_per_cell_step_fused_minimum": fused_bytes,
        "bandwidth_bound_mlups_numpy": round(bound_numpy, 2),
        "bandwidth_bound_mlups_fused": round(bound_fused, 1),
        "ratio_achieved_to_bound_numpy": round(mlups / bound_numpy, 2),
        "ratio_achieved_to_bound_fused": round(mlups / bound_fused, 3),
        "edit_apply_ms_direct": [round(x * 1e3, 1) for x in direct],
        "weather_edit_apply_ms_direct": weather_direct,
        "weather_edit_to_first_field_ms": weather_runner,
        "edit_to_first_field_ms": [round(x * 1e3, 1) for x in latencies],
        "edit_to_first_field_ms_median": round(statistics.median(latencies) * 1e3, 1) if latencies else None,
        "settle_after_edit_wall_s": None if math.isnan(settle_wall) else round(settle_wall, 1),
        "settle_after_edit_sim_s": None if math.isnan(settle_sim) else round(settle_sim, 1),
        "settle_criterion": (
            f"two consecutive {s.settle_window_s:.0f} s windows (simulated) since the edit whose mean intake rises differ by "
            f"< {s.settle_intake_k} K for every building and whose mean pedestrian wind differs by < {s.settle_wind_fraction:.0%}"
        ),
        "notes": (
            "bytes_per_cell_step_numpy is a census of full-grid array passes per phase (see twin.sim.airflow.bench.PASS_CENSUS); "
            "each numpy op round-trips memory, gathers add random access, and one core runs it all. "
            "edit_to_first_field includes waiting for the running step to reach a phase checkpoint."
        ),
    }


WEATHER_EDITS: tuple[tuple[str, dict[str, float], dict[str, float]], ...] = (
    ("wind_240_to_270_deg", {"wind_from_deg": 240.0}, {"wind_from_deg": 270.0}),
    ("wind_5_to_3_m_s", {"wind_speed_ms": 5.0}, {"wind_speed_ms": 3.0}),
    ("air_11_to_30_c", {"ambient_c": 11.0}, {"ambient_c": 30.0}),
)
"""The weather edits timed: name, the weather before and after (the rest as it is)."""


def weather_edit_latency(solver: Any, repeats: int = 3) -> dict[str, float]:
    """Median ms from ``set_settings`` to the first frame made, per weather edit (no thread).

    Starts from 240 degrees, 5 m/s and 11 C on the solver's grid; each edit is applied
    ``repeats`` times, with a step between edits (as a running solver would take). The wind
    turn is timed twice: with the solver's cache of rasterised domains emptied first (a
    direction not seen lately) and with it kept (a wind that turns back).
    """
    import dataclasses

    from twin.sim.airflow.runner import make_frame

    def apply(**weather: float) -> float:
        t0 = time.perf_counter()
        solver.set_settings(dataclasses.replace(solver.settings, **weather))
        make_frame(solver, 0, math.nan, (), solver.domain.solid)
        return time.perf_counter() - t0

    apply(wind_from_deg=240.0, wind_speed_ms=5.0, ambient_c=11.0)
    solver.step()
    out: dict[str, float] = {}
    for name, before, after in WEATHER_EDITS:
        runs = {"": [], "_cached_domain": []} if "wind_from_deg" in after else {"": []}
        for _ in range(repeats):
            for suffix, times in runs.items():
                if suffix == "" and hasattr(solver, "_domains"):
                    solver._domains.clear()
                times.append(apply(**after))
                solver.step()
                apply(**before)
                solver.step()
        for suffix, times in runs.items():
            out[name + suffix] = round(statistics.median(times) * 1e3, 1)
    return out


def weather_edit_latency_runner(runner: Any, repeats: int = 3) -> dict[str, list[float]]:
    """ms from ``submit_settings`` to the first frame with the new weather, through the running thread.

    Each edit lands 50 ms into a step (as a user's would), so the figures include the wait
    for the step to reach a phase checkpoint. The wind turns alternate 240 <-> 270 degrees,
    so after the first the domain comes from the solver's cache.
    """
    import dataclasses

    def submit(**weather: float) -> float | None:
        n0 = runner.latest().step
        runner.wait_for_frame(lambda f: f.step >= n0 + 2, timeout=30.0)
        time.sleep(0.05)
        new = dataclasses.replace(runner.settings, **weather)
        want = (new.wind_from_deg, new.wind_speed_ms, new.ambient_c)
        t0 = time.perf_counter()
        runner.submit_settings(new)
        frame = runner.wait_for_frame(lambda f: (f.weather.wind_from_deg, f.weather.wind_speed_ms, f.weather.ambient_c) == want, timeout=10.0)
        return None if frame is None else round((time.perf_counter() - t0) * 1e3, 1)

    submit(wind_from_deg=240.0, wind_speed_ms=5.0, ambient_c=11.0)
    out: dict[str, list[float]] = {}
    for name, before, after in WEATHER_EDITS:
        times = []
        for _ in range(repeats):
            times.append(submit(**after))
            submit(**before)
        out[name] = times  # type: ignore[assignment]
    return out


def format_report(report: dict[str, Any]) -> str:
    """Human-readable lines of :func:`run_bench`'s figures."""
    g = report["grid"]
    lines = [
        f"grid {g['nx']} x {g['ny']} x {g['nz']} = {g['cells']:,} cells, spacing {g['spacing_m']} m, mean dt {report['dt_s']} s ({report['dt_limited_by']})",
        f"step {report['ms_per_step']} ms ({report['pressure_iterations_per_step']} pressure iterations): {report['mlups']} MLUPS, real time x{report['real_time_factor']}",
        "phases (ms/step): " + ", ".join(f"{k} {v}" for k, v in report["phase_ms_per_step"].items()),
        f"memory bandwidth {report['memory_bandwidth_gb_s']} GB/s; bytes/cell/step numpy {report['bytes_per_cell_step_numpy']} "
        f"(achieved/bound {report['ratio_achieved_to_bound_numpy']}), fused minimum {report['bytes_per_cell_step_fused_minimum']} "
        f"(achieved/bound {report['ratio_achieved_to_bound_fused']})",
        f"edit -> first field: {report['edit_to_first_field_ms']} ms (median {report['edit_to_first_field_ms_median']}); direct apply {report['edit_apply_ms_direct']} ms",
        "weather edit -> first frame, direct (ms, median of 3): " + ", ".join(f"{k} {v}" for k, v in report["weather_edit_apply_ms_direct"].items()),
        "weather edit -> first field through the runner (ms): " + ", ".join(f"{k} {v}" for k, v in report["weather_edit_to_first_field_ms"].items()),
        f"settle after edit: {report['settle_after_edit_wall_s']} s wall, {report['settle_after_edit_sim_s']} s simulated",
        f"settle criterion: {report['settle_criterion']}",
    ]
    if "solver_backend" in report:
        lines.append(f"solver backend for the figures above: {report['solver_backend']}")
    cmp_ = report.get("backends_side_by_side")
    if cmp_ and cmp_.get("available"):
        lines.append(f"compiled kernels: compile or cache load {cmp_['compile_or_cache_load_s']} s, threading layer {cmp_['threading_layer']}")
        for res, row in cmp_["resolutions"].items():
            lines.append(
                f"{res} ({row['cells']:,} cells): numpy {row['ms_per_step']['numpy']} ms/step (x{row['real_time_factor']['numpy']} real time), "
                f"numba {row['ms_per_step']['numba']} ms/step (x{row['real_time_factor']['numba']} real time): speed-up {row['speedup_whole_step']}x "
                f"(CPU time {row['speedup_cpu_time']}x); pressure {row['pressure_iterations_per_step']} iterations/step, largest residual "
                f"{row['pressure_residual_max']} (tolerance {row['pressure_tolerance']}); "
                "per phase " + ", ".join(f"{k} {v}x" for k, v in row["phase_speedup"].items())
            )
            edit = row.get("edit_apply_ms_direct")
            if edit:
                lines.append(f"  {res} an edit applied directly (to its first field): numpy {edit['numpy']} ms, numba {edit['numba']} ms")
            for p, b in row.get("phase_bandwidth", {}).items():
                if "numba" in b:
                    lines.append(f"  {res} {p}: numba {b['numba']['achieved_gb_s']} GB/s on {b['words_per_cell']:g} words/cell "
                                 f"({b['numba']['ratio_to_copy_bandwidth']:.0%} of copy bandwidth); limited by {b['limited_by']}")
    elif cmp_:
        lines.append(f"compiled kernels unavailable: {cmp_.get('reason')}")
    return "\n".join(lines)


PHASE_WORDS: dict[str, tuple[float, str]] = {
    "eddy viscosity": (10.0, "read u, v, w, the buoyancy increment and the mixing lengths; write the cell velocity and nu_h, nu_v"),
    "momentum advection": (6.0, "read u, v, w; write the three advected components (the 8-point gathers hit cache)"),
    "horizontal diffusion": (9.0, "per sub-step read and write u, v, read the face viscosities and masks"),
    "buoyancy and drag": (15.0, "read the cell velocity, canopy and wall factors, the buoyancy increment; read and write u, v, w"),
    "vertical diffusion": (13.0, "read nu_v and the face masks, read and write u, v; mask u, v, w"),
    "pressure projection": (16.0, "divergence, gradient correction and the norms (fixed part); add PRESSURE_WORDS_PER_ITERATION per iteration"),
    "heat transport": (19.0, "three flux-form sweeps (read T and u_a, write T), explicit horizontal and implicit vertical diffusion"),
}
"""Compulsory memory traffic of each phase (4-byte words per cell): what a pass that reads and
writes each array the phase needs exactly once must move, whatever the implementation. Its
ratio to the phase's time is the achieved bandwidth, compared with the machine's copy bandwidth
measured in the same run; a phase far below it is limited by something else (compute, gathers,
kernel launches or numpy temporaries), named in PHASE_LIMITS."""

PRESSURE_WORDS_PER_ITERATION = 60.0
"""Fine-level words per MG-PCG iteration: five stencil passes of the V-cycle (first guess, three
Jacobi sweeps, residual: each reads the iterate, the right-hand side, the diagonal, its inverse
and three face weights and writes one array), the transfers, and the CG operator and updates;
coarse levels add about 1/7."""

PHASE_LIMITS: dict[str, str] = {
    "eddy viscosity": "one fused pass (gradients, N^2, both viscosities) writing two new arrays; compute-light, not yet at bandwidth (short z rows)",
    "momentum advection": "compute: per point 3 floors, 8 data-dependent gathers and 7 blends, not vectorised",
    "horizontal diffusion": "per sub-step the x/y ghost planes and the wall-mirror scatter in numpy, then Laplacian and update passes",
    "buoyancy and drag": "memory: two fused passes (speed, then the update)",
    "vertical diffusion": "the Thomas recurrence (two divisions per cell, dependent along z), vectorised across columns",
    "pressure projection": "fine-level stencil passes over 8 arrays at about a third of copy bandwidth (inner z rows of 24); kernel launches and Python on the coarse levels",
    "heat transport": "compute: flux-form semi-Lagrangian sweeps (a division for the slope, floors and gathers per face); x/y ghost planes in numpy between sweeps",
}


def _phase_key(name: str) -> str:
    return "heat transport" if name.startswith("heat transport") else name


def backend_comparison(campus: Any, resolutions: tuple[float, ...] = (8.0, 4.0), rounds: int = 3, steps: int = 2,
                       progress: Any = None) -> dict[str, Any]:
    """numpy vs compiled (numba) solver, side by side in this run, per resolution.

    For each cell size the same :class:`~twin.sim.airflow.solver.CampusAirflow` (default
    settings, both threads) alternates ``rounds`` blocks of ``steps`` steps on each backend
    (numpy first), so both see the same flow state and the same machine load; a step is
    timed whole (wall clock and this process's CPU time) and per phase. Figures: ms per step,
    real-time factor (simulated over wall seconds), whole-step and per-phase speed-ups
    (numpy / numba), pressure iterations and residual against the tolerance, and per phase
    the compulsory bytes (:data:`PHASE_WORDS`), the bandwidth achieved on them and its ratio
    to the copy bandwidth measured here, with what limits the phase (:data:`PHASE_LIMITS`).
    The heat phase overlaps the momentum on a worker thread on numpy and runs after it on
    the compiled backend (whose kernels use both cores). Before timing, each backend runs
    ``warm`` steps so the start-up transient (more pressure iterations) is not counted.
    Returns ``{"available": False, "reason": ...}`` when numba is missing or fails.
    """
    import dataclasses

    from twin.sim.airflow import backend
    from twin.sim.airflow.domain import AirflowSettings
    from twin.sim.airflow.solver import CampusAirflow

    t0 = time.perf_counter()
    st = backend.select_backend("numba", background=False)
    compile_s = time.perf_counter() - t0
    if st.active != "numba":
        return {"available": False, "reason": st.message}
    bandwidth = memory_bandwidth()
    out: dict[str, Any] = {"available": True, "compile_or_cache_load_s": round(compile_s, 2),
                           "jit_cache_dir": str(backend.jit_cache_dir()), "threading_layer": _threading_layer(),
                           "memory_bandwidth_gb_s": round(bandwidth, 1),
                           "rounds": rounds, "steps_per_round": steps,
                           "targets": {"speedup_whole_step_at_4m": 5.0, "real_time_factor_at_4m": 20.0, "edit_to_first_field_ms_at_4m": 100.0},
                           "resolutions": {}}
    warm = 3
    for dx in resolutions:
        settings = AirflowSettings()
        settings = dataclasses.replace(settings, dx_m=dx, max_cells=max(settings.max_cells, int(settings.max_cells * (8.0 / dx) ** 2)))
        solver = CampusAirflow(campus, settings)
        # settle the start-up transient (and the first call of every kernel) on both backends
        for name in ("numpy", "numba"):
            with backend.use_backend(name):
                for _ in range(warm):
                    solver.step()
        wall = {"numpy": 0.0, "numba": 0.0}
        cpu = {"numpy": 0.0, "numba": 0.0}
        sim = {"numpy": 0.0, "numba": 0.0}
        its: dict[str, list[int]] = {"numpy": [], "numba": []}
        resid: dict[str, list[float]] = {"numpy": [], "numba": []}
        phases: dict[str, dict[str, float]] = {"numpy": {}, "numba": {}}
        for r in range(rounds):
            for name in ("numpy", "numba"):
                with backend.use_backend(name):
                    solver.phase_times.clear()
                    t_sim = solver.time
                    c1 = time.process_time()
                    t1 = time.perf_counter()
                    for _ in range(steps):
                        solver.step()
                        its[name].append(int(solver.last_pressure[0]))
                        resid[name].append(float(solver.last_pressure[1]))
                    wall[name] += time.perf_counter() - t1
                    cpu[name] += time.process_time() - c1
                    sim[name] += solver.time - t_sim
                    for k, v in solver.phase_times.items():
                        key = _phase_key(k)
                        phases[name][key] = phases[name].get(key, 0.0) + v
                if progress is not None:
                    progress(f"{dx:g} m round {r + 1}/{rounds}: {name} done")
        # an edit applied directly (rasterise, rebuild, local first look), on each backend
        edit_ms: dict[str, float] = {}
        for name in ("numpy", "numba"):
            with backend.use_backend(name):
                times = []
                for k in range(3):
                    t1 = time.perf_counter()
                    solver.set_campus(_moved_building(campus, -30.0 if k % 2 == 0 else 0.0))
                    times.append(time.perf_counter() - t1)
                edit_ms[name] = round(statistics.median(times) * 1e3, 1)
        n = rounds * steps
        ms = {k: wall[k] / n * 1e3 for k in wall}
        cells = solver.grid.cells
        per_phase: dict[str, Any] = {}
        for p, (words, what) in PHASE_WORDS.items():
            row_p: dict[str, Any] = {"words_per_cell": words, "touches": what, "limited_by": PHASE_LIMITS[p]}
            for name in ("numpy", "numba"):
                t_p = phases[name].get(p, 0.0) / n
                w = words + (PRESSURE_WORDS_PER_ITERATION * statistics.mean(its[name]) if p == "pressure projection" else 0.0)
                if t_p > 0:
                    gbs = w * WORD * cells / t_p / 1e9
                    row_p[name] = {"ms_per_step": round(t_p * 1e3, 1), "achieved_gb_s": round(gbs, 2), "ratio_to_copy_bandwidth": round(gbs / bandwidth, 3)}
            per_phase[p] = row_p
        outside = {k: round(ms[k] - sum(phases[k].values()) / n * 1e3, 1) for k in ms}
        row = {
            "cells": cells,
            "grid": list(solver.grid.shape),
            "ms_per_step": {k: round(v, 1) for k, v in ms.items()},
            "cpu_ms_per_step": {k: round(cpu[k] / n * 1e3, 1) for k in cpu},
            "real_time_factor": {k: round(sim[k] / wall[k], 1) for k in wall},
            "mean_dt_s": round(sim["numba"] / n, 3),
            "edit_apply_ms_direct": edit_ms,
            "speedup_whole_step": round(ms["numpy"] / ms["numba"], 2),
            "speedup_cpu_time": round(cpu["numpy"] / cpu["numba"], 2),
            "phase_ms_per_step": {k: {p: round(v / n * 1e3, 1) for p, v in phases[k].items()} for k in phases},
            "outside_phases_ms_per_step": outside,
            "phase_speedup": {p: round(phases["numpy"][p] / phases["numba"][p], 2) for p in phases["numpy"] if phases["numba"].get(p)},
            "phase_bandwidth": per_phase,
            "pressure_tolerance": settings.pressure_tol,
            "pressure_iterations_per_step": {k: round(statistics.mean(v), 2) for k, v in its.items()},
            "pressure_residual_max": {k: round(max(v), 4) for k, v in resid.items()},
            "pressure_solved_to_tolerance_every_step": all(x <= settings.pressure_tol for v in resid.values() for x in v),
        }
        out["resolutions"][f"{dx:g}m"] = row
    return out


def _threading_layer() -> str:
    try:
        import numba

        return str(numba.threading_layer())
    except Exception:  # noqa: BLE001 - informative only
        return "unknown"
