"""Solve the wind cases of a year with the airflow solver and expand them to hourly intake rises.

For each :class:`~twin.sweep.cases.WindCase` the campus airflow solver
(:class:`~twin.sim.airflow.runner.AirflowRunner`, synchronous) starts cold from the inflow
profile and steps until

1. its own settle criterion holds (two consecutive windows whose mean intake rises differ by
   less than ``settle_intake_k``, see :class:`~twin.sim.airflow.domain.AirflowSettings`), and
2. at least one flow-through time ``L / U`` of the box has passed (``L`` the box length along
   the wind, ``U`` the 10-m wind speed), so a plume from the upwind edge of the campus has
   reached the downwind halls before the criterion is trusted;

then it keeps stepping for :data:`AVERAGE_WINDOW_S` simulated seconds and reports the *mean*
intake rise over that window: building wakes shed eddies, so a single frame is one sample of a
statistically steady state, not the state.

The sweep runs on a coarse grid (:data:`SWEEP_DX_M` x :data:`SWEEP_DZ_M`, about 60,000 cells for
the bundled campus) so a year's cases take a few minutes on two cores. Assumption and known
bias: the coarse grid smears plumes, and on the bundled campus it gives intake rises about half
those of the window's 8 m x 5 m grid (2 K against 4 K at 5 m/s from 240 deg); rankings between
layouts hold better than absolute values. ``twin year --sweep-dx 8 --sweep-dz 5`` runs the
window's grid when the time is available.

Heat: every case is solved with the *design heat* (:func:`design_heat_mw`): what the plant
model releases to the air per building at 90 % IT load on a 30 C afternoon, so the central
cooling plant releases its trim chillers' condenser heat and its own intake (the chillers'
condensers) sees it come back, as it does in the window. An hour's rise is that case's rise
scaled by the campus's heat to air at that hour over the design heat
(:meth:`Recirculation.hourly`): temperature excess is linear in the heat released when the flow
is set by the wind (forced convection); buoyancy makes it sub-linear at light wind, which this
scaling ignores, and at cool hours the condenser share is overstated (harmless: the chillers
whose condensers it warms are then off).
"""

from __future__ import annotations

import dataclasses
import math
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from twin.core.i18n import tr
from twin.model.campus import Campus
from twin.sim.weather import WeatherYear
from twin.sweep.cache import SweepCache, case_key
from twin.sweep.cases import (
    DEFAULT_MIN_CASE_HOURS,
    DEFAULT_SECTORS,
    DEFAULT_SPEED_EDGES,
    WindCase,
    WindRose,
    wind_rose,
)
from twin.sweep.executor import Executor, SerialExecutor

SWEEP_DX_M = 16.0
"""Horizontal cell of the sweep grid, m (the window uses 8 m)."""
SWEEP_DZ_M = 10.0
"""Vertical cell of the sweep grid, m (the window uses 5 m)."""
MAX_DT_S = 8.0
"""Longest time step of a sweep case: the explicit buoyancy coupling overshoots above ~10 s
(see :class:`~twin.sim.airflow.domain.AirflowSettings`, ``cfl``), which the CFL rule alone would
exceed in light wind on a coarse grid."""
AVERAGE_WINDOW_S = 60.0
"""Simulated seconds over which the settled intake rises are averaged."""
MAX_STEPS = 600
"""Give up waiting for the settle criterion after this many steps (the case is then reported
``settled: false`` and its mean is still used)."""


DESIGN_LOAD_FRACTION = 0.9
DESIGN_AMBIENT_C = 30.0
"""About the 1 % summer design dry bulb of Lille-Lesquin (29-30 C; assumption from the normals)."""
DESIGN_RH_PCT = 40.0


def design_heat_mw(campus: Campus) -> dict[str, float]:
    """Heat released to the air per building at the design hour (see the module docstring), MW."""
    from twin.sim.plant import PlantConfig, simulate

    config = PlantConfig.from_campus(campus)
    result = simulate(config, config.capacity_mw * DESIGN_LOAD_FRACTION, DESIGN_AMBIENT_C, DESIGN_RH_PCT)
    return {b: round(v, 6) for b, v in result.heat_to_air_by_building(0).items()}


def sweep_settings(dx_m: float = SWEEP_DX_M, dz_m: float = SWEEP_DZ_M):
    """The solver settings of the sweep: the solver's defaults but for the cell size."""
    from twin.sim.airflow.domain import AirflowSettings

    return AirflowSettings(dx_m=dx_m, dz_m=dz_m)


@dataclass(frozen=True)
class CaseJob:
    """Everything one case needs (picklable, so a distributed executor can ship it)."""

    campus: Campus
    settings: object
    case: WindCase
    heat_mw: Mapping[str, float]


@dataclass(frozen=True)
class CaseResult:
    """The mean intake rise of one wind case and how it was obtained."""

    case: WindCase
    intake_rise_k: Mapping[str, float]
    settled: bool
    steps: int
    sim_time_s: float
    wall_s: float
    grid_shape: tuple[int, int, int]
    reserve_rise_k: float = math.nan
    """Mean air temperature rise over the nature reserve (first cell above ground), K."""
    cached: bool = False
    warnings: tuple[str, ...] = ()
    """The solver's warnings while solving (at most five distinct ones)."""


def solve_case(job: CaseJob) -> CaseResult:
    """Run one case cold until settled (see the module docstring) and average its intake rises.

    The solver's stability warnings (a step rolled back and retried) are collected into
    :attr:`CaseResult.warnings` instead of being printed in the middle of the progress lines.
    """
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = _solve_case(job)
    texts = tuple(dict.fromkeys(str(w.message) for w in caught))
    return dataclasses.replace(result, warnings=texts[:5])


def _solve_case(job: CaseJob) -> CaseResult:
    from twin.sim.airflow.runner import AirflowRunner

    started = time.perf_counter()
    settings = dataclasses.replace(
        job.settings, wind_from_deg=job.case.wind_from_deg, wind_speed_ms=job.case.wind_speed_ms,
        ambient_c=job.case.ambient_c,
    )
    runner = AirflowRunner(job.campus, settings, heat_mw=dict(job.heat_mw), synchronous=True)
    frame = runner.latest()
    if frame.dt_s > MAX_DT_S:
        runner = AirflowRunner(job.campus, dataclasses.replace(settings, dt_s=MAX_DT_S),
                               heat_mw=dict(job.heat_mw), synchronous=True)
        frame = runner.latest()
    box_length_m = frame.grid.shape[0] * frame.grid.spacing[0]
    flow_through_s = box_length_m / max(job.case.wind_speed_ms, 0.5)
    settled = False
    while frame.step < MAX_STEPS:
        frame = runner.step_now(1)
        if frame.tier == "settled" and frame.sim_time_s >= flow_through_s:
            settled = True
            break
    sums: dict[str, float] = {}
    reserve_sum = 0.0
    samples = 0
    end = frame.sim_time_s + AVERAGE_WINDOW_S
    while frame.sim_time_s < end - 1e-9:
        frame = runner.step_now(1)
        for b, v in frame.intake_rise_k.items():
            if math.isfinite(v):
                sums[b] = sums.get(b, 0.0) + float(v)
        reserve_sum += float(frame.reserve_temp_c - frame.weather.ambient_c)
        samples += 1
    return CaseResult(
        case=job.case,
        intake_rise_k={b: s / samples for b, s in sums.items()},
        settled=settled,
        steps=frame.step,
        sim_time_s=float(frame.sim_time_s),
        wall_s=time.perf_counter() - started,
        grid_shape=tuple(int(n) for n in frame.grid.shape),
        reserve_rise_k=reserve_sum / samples,
    )


@dataclass(frozen=True, eq=False)
class Recirculation:
    """Intake rises of every wind case of a year, and how to spread them over its hours.

    Attributes
    ----------
    rose
        The wind cases and the case of each hour.
    results
        One :class:`CaseResult` per case, in the rose's order.
    design_heat_mw
        Heat per building the cases were solved with (MW).
    settings
        The solver settings used (cell size in ``dx_m``, ``dz_m``).
    wall_s
        Wall time of the whole sweep, s (near zero when every case came from the cache).
    """

    rose: WindRose
    results: tuple[CaseResult, ...]
    design_heat_mw: Mapping[str, float]
    settings: object
    wall_s: float = 0.0
    messages: tuple[str, ...] = field(default=())

    @property
    def solved(self) -> int:
        """Cases solved in this run (not served from the cache)."""
        return sum(not r.cached for r in self.results)

    @property
    def cached(self) -> int:
        """Cases served from the cache."""
        return sum(r.cached for r in self.results)

    def hourly(self, building_ids: tuple[str, ...], heat_to_air_mw: np.ndarray | None = None) -> np.ndarray:
        """(B, T) intake rise for ``building_ids`` at every hour, K.

        ``heat_to_air_mw`` (T,) is the campus heat released to the air each hour; the case rises
        are scaled by it over the design heat (see the module docstring). Without it the design
        heat is assumed every hour.
        """
        table = np.array([[float(r.intake_rise_k.get(b, 0.0)) for r in self.results] for b in building_ids])
        rise = table[:, self.rose.case_of_hour] if len(self.results) else np.zeros((len(building_ids), len(self.rose.case_of_hour)))
        if heat_to_air_mw is not None:
            design = sum(self.design_heat_mw.values())
            rise = rise * (np.asarray(heat_to_air_mw, dtype=float) / max(design, 1e-9))[None, :]
        return rise

    def reserve_rise(self, heat_to_air_mw: np.ndarray | None = None) -> np.ndarray:
        """(T,) air temperature rise over the reserve at every hour, K (scaled like :meth:`hourly`)."""
        per_case = np.array([r.reserve_rise_k for r in self.results], dtype=float)
        rise = per_case[self.rose.case_of_hour] if len(self.results) else np.zeros(len(self.rose.case_of_hour))
        if heat_to_air_mw is not None:
            rise = rise * np.asarray(heat_to_air_mw, dtype=float) / max(sum(self.design_heat_mw.values()), 1e-9)
        return rise

    def by_case(self) -> list[dict[str, object]]:
        """One JSON-ready row per case: wind, hours, settled, steps, rises."""
        return [
            {
                "wind_from_deg": r.case.wind_from_deg,
                "wind_speed_ms": r.case.wind_speed_ms,
                "ambient_c": r.case.ambient_c,
                "hours": h,
                "settled": r.settled,
                "steps": r.steps,
                "simulated_s": round(r.sim_time_s, 1),
                "wall_s": round(r.wall_s, 2),
                "cached": r.cached,
                "intake_rise_k": {b: round(v, 3) for b, v in r.intake_rise_k.items()},
                "reserve_rise_k": round(r.reserve_rise_k, 3) if math.isfinite(r.reserve_rise_k) else None,
            }
            for r, h in zip(self.results, self.rose.hours, strict=True)
        ]


def _result_to_entry(r: CaseResult) -> dict[str, object]:
    return {
        "case": dataclasses.asdict(r.case), "intake_rise_k": dict(r.intake_rise_k), "settled": r.settled,
        "steps": r.steps, "sim_time_s": r.sim_time_s, "wall_s": r.wall_s, "grid_shape": list(r.grid_shape),
        "reserve_rise_k": r.reserve_rise_k if math.isfinite(r.reserve_rise_k) else None,
    }


def _entry_to_result(entry: Mapping[str, object], case: WindCase) -> CaseResult | None:
    try:
        return CaseResult(
            case=case,
            intake_rise_k={str(k): float(v) for k, v in dict(entry["intake_rise_k"]).items()},  # type: ignore[arg-type]
            settled=bool(entry["settled"]), steps=int(entry["steps"]),  # type: ignore[arg-type]
            sim_time_s=float(entry["sim_time_s"]), wall_s=float(entry["wall_s"]),  # type: ignore[arg-type]
            grid_shape=tuple(int(n) for n in entry["grid_shape"]),  # type: ignore[union-attr, arg-type]
            reserve_rise_k=math.nan if entry.get("reserve_rise_k") is None else float(entry["reserve_rise_k"]),  # type: ignore[arg-type]
            cached=True,
        )
    except (KeyError, TypeError, ValueError):
        return None  # an entry from an older layout of the cache: solve again


def stderr_progress(message: str) -> None:
    """Progress printer for commands: one line per event on stderr."""
    print(message, file=sys.stderr, flush=True)


def sweep_recirculation(
    campus: Campus,
    weather: WeatherYear,
    *,
    settings: object | None = None,
    sectors: int = DEFAULT_SECTORS,
    speed_edges: tuple[float, ...] = DEFAULT_SPEED_EDGES,
    min_case_hours: int = DEFAULT_MIN_CASE_HOURS,
    cache: SweepCache | None = None,
    executor: Executor | None = None,
    progress: Callable[[str], None] | None = None,
) -> Recirculation:
    """Solve (or fetch from ``cache``) every wind case of ``weather`` for ``campus``.

    Parameters
    ----------
    campus
        The layout.
    weather
        The hourly series whose wind rose is swept.
    settings
        Solver settings; :func:`sweep_settings` (16 m x 10 m) when omitted.
    sectors, speed_edges, min_case_hours
        Binning of the wind rose (:func:`~twin.sweep.cases.wind_rose`).
    cache
        Where solved cases are kept; :meth:`SweepCache.default` when omitted,
        ``SweepCache(None)`` for none.
    executor
        Runs the cases that are not cached; :class:`SerialExecutor` when omitted.
    progress
        Called with one translated line per case (e.g. :func:`stderr_progress`).
    """
    started = time.perf_counter()
    settings = settings if settings is not None else sweep_settings()
    cache = cache if cache is not None else SweepCache.default()
    executor = executor or SerialExecutor()
    say = progress or (lambda _m: None)
    rose = wind_rose(weather, sectors, speed_edges, min_case_hours)
    heat = design_heat_mw(campus)
    keys = [case_key(campus=campus, settings=settings, case=c, heat_mw=heat) for c in rose.cases]
    results: list[CaseResult | None] = []
    for key, case in zip(keys, rose.cases, strict=True):
        entry = cache.get(key)
        results.append(_entry_to_result(entry, case) if entry is not None else None)
    todo = [i for i, r in enumerate(results) if r is None]
    n = len(rose)
    say(tr("Sweep", "wind rose: {n} cases ({sectors} sectors x {classes} speed classes), {cached} cached, "
                    "{todo} to solve on a {dx:g} m x {dz:g} m grid").format(
        n=n, sectors=sectors, classes=len(speed_edges) - 1, cached=n - len(todo), todo=len(todo),
        dx=settings.dx_m, dz=settings.dz_m))  # type: ignore[attr-defined]

    def done(k: int, result: CaseResult) -> None:
        i = todo[k]
        results[i] = result
        cache.put(keys[i], _result_to_entry(result))
        say(tr("Sweep", "  case {k}/{total}: wind from {case} ({hours} h of the year): {state} after {steps} steps, "
                        "{wall:.1f} s").format(
            k=k + 1, total=len(todo), case=result.case.describe(), hours=rose.hours[i],
            state=tr("Sweep", "settled") if result.settled else tr("Sweep", "NOT settled"),
            steps=result.steps, wall=result.wall_s))

    jobs = [CaseJob(campus, settings, rose.cases[i], heat) for i in todo]
    executor.map(solve_case, jobs, done)
    final = tuple(r for r in results if r is not None)
    messages = tuple(
        tr("Sweep", "wind from {case}: not settled within {steps} steps; its mean is used").format(
            case=r.case.describe(), steps=MAX_STEPS)
        for r in final if not r.settled
    ) + tuple(
        tr("Sweep", "wind from {case}: solver: {warning}").format(case=r.case.describe(), warning=w)
        for r in final for w in r.warnings
    )
    return Recirculation(rose=rose, results=final, design_heat_mw=heat, settings=settings,
                         wall_s=time.perf_counter() - started, messages=messages)
