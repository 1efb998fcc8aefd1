"""Stability sweep of the campus airflow solver: every weather the campus will see, and edits.

``twin validate --stability`` runs the default campus with every hall at full load (heat
released = IT capacity, :func:`~twin.sim.airflow.domain.default_heat_mw`) for
``duration_s`` simulated seconds (20 minutes by default) in each of

- 12 wind directions (every 30 degrees) x speeds {0, 0.5, 1, 2, 3, 5, 8, 12} m/s at 10 m x
  air temperatures {-10, 11, 41.5} C (288 cases; 41.5 C is the record of the 25 July 2019
  heat wave in the Nord, -10 C a cold winter night), and
- one edit sequence at 1 m/s: a hall moved 60 m, the move undone, the wind turned 45
  degrees, the resolution changed, each followed by ``duration_s / 4`` of simulated time,

and reports per case the roll-backs (must be 0), whether the field ended invalid, the heat
account over the run and the fastest speed seen. The heat account counts every step that
was run: ``injected = left the box + evapotranspiration + removed by edits + change of
stored``, closed within 0.5 % of the heat injected (the flux-form transport closes it to
round-off; a roll-back that restored only part of the state broke it by 2-63 %).
The fastest speed must stay physically plausible: below twice the wind at the top of the
box plus the free rise of the warmest air through the box (the guard's own ceiling would
have rolled such a step back, so a case that passes never came near it).

The full sweep takes hours on a laptop at the window's 8 m resolution; ``coarse`` runs it on
the 16 m x 8 m grid of the tests, and ``subset`` picks a few cases (``"quick"``: the winds
the issue found failing, calm air in the heat wave, the strongest wind in the cold, plus the
edit sequence). Rows are computed one case at a time, so a caller can print them as they come.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from twin.model.campus import Campus

DIRECTIONS_DEG = tuple(float(d) for d in range(0, 360, 30))
SPEEDS_MS = (0.0, 0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 12.0)
AMBIENTS_C = (-10.0, 11.0, 41.5)
DURATION_S = 1200.0
CLOSURE_LIMIT = 0.005
"""Heat account closure gate: |imbalance| of the run at most 0.5 % of the heat injected."""
QUICK_CASES = (
    (60.0, 3.0, 11.0),  # the issue: 6 roll-backs in 54 steps
    (240.0, 2.0, 11.0),  # 17 in 150 steps
    (120.0, 2.0, 41.5),  # the heat-wave wind (measured at 2.5 m/s)
    (0.0, 0.0, 41.5),  # a still, hot summer night
    (240.0, 12.0, -10.0),  # the strongest wind in the cold
)
"""``(wind from, speed, air temperature)`` of the ``"quick"`` subset."""


@dataclass(frozen=True)
class StabilityRow:
    """The outcome of one case of the sweep (see the module docstring for the gates)."""

    case: str
    steps: int
    sim_time_s: float
    rollbacks: int
    invalid: bool
    injected_mwh: float
    left_mwh: float
    evapotranspiration_mwh: float
    removed_by_edits_mwh: float
    stored_change_mwh: float
    closure: float
    max_speed_ms: float
    plausible_speed_ms: float
    mean_dt_s: float
    wall_s: float

    @property
    def passed(self) -> bool:
        """Zero roll-backs, a valid field, the heat account closed, a plausible top speed."""
        return (self.rollbacks == 0 and not self.invalid and abs(self.closure) <= CLOSURE_LIMIT
                and self.max_speed_ms <= self.plausible_speed_ms)


def cases(subset: str | None = None) -> list[tuple[float, float, float]]:
    """The weather cases ``(wind from, speed, air)``: all 288, ``"quick"`` or a filter.

    ``subset`` may be ``"quick"`` or a filter such as ``"speeds=0,1,3;dirs=60,240;ambients=41.5"``
    (any of the three keys; the missing ones take every value).
    """
    if subset in (None, "", "all"):
        return [(d, v, a) for a in AMBIENTS_C for v in SPEEDS_MS for d in DIRECTIONS_DEG]
    if subset == "quick":
        return list(QUICK_CASES)
    chosen = {"dirs": DIRECTIONS_DEG, "speeds": SPEEDS_MS, "ambients": AMBIENTS_C}
    for part in subset.split(";"):
        key, _, values = part.partition("=")
        key = key.strip()
        if key not in chosen:
            raise ValueError(f"unknown subset key {key!r} in {subset!r}: use dirs=, speeds= or ambients=")
        try:
            chosen[key] = tuple(float(x) for x in values.split(","))
        except ValueError:
            raise ValueError(f"subset {subset!r}: {key} must be numbers separated by commas") from None
    return [(d, v, a) for a in chosen["ambients"] for v in chosen["speeds"] for d in chosen["dirs"]]


def sweep_settings(coarse: bool = False) -> Any:
    """Default solver settings, or the 16 m x 8 m grid of the tests when ``coarse``."""
    from twin.sim.airflow.domain import AirflowSettings

    return AirflowSettings(dx_m=16.0, dz_m=8.0, height_m=128.0) if coarse else AirflowSettings()


class _Tracker:
    """Runs a solver and keeps what the row needs: roll-backs, fastest speed, steps and dt."""

    def __init__(self, solver: Any) -> None:
        self.solver = solver
        solver.warn = False
        self.rollbacks = 0
        self.max_speed = 0.0
        self.plausible = 0.0
        self.steps = 0
        self.dt_sum = 0.0
        self.invalid = False
        self.budget0 = dataclasses.replace(solver.budget)

    def run_for(self, seconds: float) -> None:
        s = self.solver
        end = s.time + seconds
        while s.time < end - 1e-9:
            before = s.recoveries
            ok = s.step()
            self.rollbacks += s.recoveries - before
            if s.invalid:
                self.invalid = True
                return
            if ok:
                self.steps += 1
                self.dt_sum += s.dt
                speed = max(r * h for r, h in zip(s._rates, s.grid.spacing, strict=True))
                self.max_speed = max(self.max_speed, speed)
                ceiling = 2.0 * (s.u_top + math.sqrt(2.0 * s._buoyancy[0] * s.grid.size[2]))
                self.plausible = max(self.plausible, ceiling, 1.0)

    def row(self, name: str, wall_s: float) -> StabilityRow:
        b = self.solver.budget
        mwh = 1.0 / 3.6e9
        return StabilityRow(
            case=name, steps=self.steps, sim_time_s=self.solver.time, rollbacks=self.rollbacks, invalid=self.invalid,
            injected_mwh=b.injected_j * mwh, left_mwh=b.left_domain_j * mwh, evapotranspiration_mwh=b.evapotranspiration_j * mwh,
            removed_by_edits_mwh=b.removed_by_edits_j * mwh, stored_change_mwh=(b.stored_j - b.stored_start_j) * mwh,
            closure=b.imbalance, max_speed_ms=self.max_speed, plausible_speed_ms=self.plausible,
            mean_dt_s=self.dt_sum / self.steps if self.steps else math.nan, wall_s=wall_s,
        )


def run_case(campus: Campus, settings: Any, wind_from_deg: float, wind_speed_ms: float, ambient_c: float,
             duration_s: float = DURATION_S) -> StabilityRow:
    """One weather case from a cold start, ``duration_s`` simulated seconds at full load."""
    from twin.sim.airflow.solver import CampusAirflow

    t0 = time.perf_counter()
    s = CampusAirflow(campus, dataclasses.replace(settings, wind_from_deg=wind_from_deg, wind_speed_ms=wind_speed_ms,
                                                  ambient_c=ambient_c))
    tracker = _Tracker(s)
    tracker.run_for(duration_s)
    return tracker.row(f"{wind_from_deg:03.0f} deg {wind_speed_ms:4.1f} m/s {ambient_c:+5.1f} C", time.perf_counter() - t0)


def run_edit_sequence(campus: Campus, settings: Any, duration_s: float = DURATION_S, speed_ms: float = 1.0) -> StabilityRow:
    """Move a hall 60 m, undo, turn the wind 45 degrees, change the resolution; at ``speed_ms``;
    then turn it back with a wind four times as strong in one edit (the window's Apply with
    both changed, which once rolled back until the field was invalid).

    Each edit is followed by ``duration_s / 4`` simulated seconds (and the start by as much);
    the heat account runs across all of them (edits book what they change).
    """
    from twin.sim.airflow.solver import CampusAirflow

    t0 = time.perf_counter()
    wind = campus.scenario.wind_from_deg
    base = dataclasses.replace(settings, wind_from_deg=wind, wind_speed_ms=speed_ms)
    s = CampusAirflow(campus, base)
    tracker = _Tracker(s)
    part = duration_s / 4.0
    tracker.run_for(part)
    hall = campus.data_halls[0]
    s.set_campus(campus.with_building(hall.translated(60.0, 0.0)))
    tracker.run_for(part)
    s.set_campus(campus)
    tracker.run_for(part)
    s.set_settings(dataclasses.replace(base, wind_from_deg=(wind + 45.0) % 360.0))
    tracker.run_for(part)
    # the window's "coarse (12 m)" preset from the default grid, or 16 m -> 12 m on the test grid
    new_dx = 12.0 if settings.dx_m != 12.0 else 8.0
    s.set_settings(dataclasses.replace(base, wind_from_deg=(wind + 45.0) % 360.0, dx_m=new_dx))
    tracker.run_for(part)
    s.set_settings(dataclasses.replace(base, wind_from_deg=wind, dx_m=new_dx, wind_speed_ms=4.0 * speed_ms))
    tracker.run_for(part)
    return tracker.row(f"move/undo/turn/resolution/turn+{4 * speed_ms:g} m/s from {speed_ms:g} m/s", time.perf_counter() - t0)


def run_sweep(campus: Campus, coarse: bool = False, subset: str | None = None, duration_s: float = DURATION_S,
              sequence: bool = True) -> Iterator[StabilityRow]:
    """One :class:`StabilityRow` per weather case, then the edit sequence, computed as iterated.

    Raises
    ------
    ValueError
        At once (before any case runs) for a malformed ``subset``.
    """
    settings = sweep_settings(coarse)
    chosen = cases(subset)

    def rows() -> Iterator[StabilityRow]:
        for d, v, a in chosen:
            yield run_case(campus, settings, d, v, a, duration_s)
        if sequence:
            yield run_edit_sequence(campus, settings, duration_s)

    return rows()


HEADER = (f"{'case':<40} {'steps':>6} {'sim s':>6} {'roll':>4} {'inval':>5} {'in MWh':>8} {'out MWh':>8} "
          f"{'stored':>8} {'closure':>9} {'max m/s':>7} {'ceil':>5} {'dt s':>5} {'wall s':>6}  ok")


def format_row(r: StabilityRow) -> str:
    """One line of the table."""
    out = r.left_mwh + r.evapotranspiration_mwh + r.removed_by_edits_mwh
    return (f"{r.case:<40} {r.steps:>6} {r.sim_time_s:>6.0f} {r.rollbacks:>4} {'yes' if r.invalid else 'no':>5} "
            f"{r.injected_mwh:>8.2f} {out:>8.2f} {r.stored_change_mwh:>8.2f} {r.closure:>9.1e} {r.max_speed_ms:>7.1f} "
            f"{r.plausible_speed_ms:>5.0f} {r.mean_dt_s:>5.2f} {r.wall_s:>6.1f}  {'PASS' if r.passed else 'FAIL'}")


def format_summary(rows: list[StabilityRow]) -> str:
    """The closing lines: cases passed, total roll-backs, worst closure, fastest speed."""
    failed = [r for r in rows if not r.passed]
    worst = max((abs(r.closure) for r in rows), default=0.0)
    return (f"{len(rows) - len(failed)}/{len(rows)} cases pass; roll-backs {sum(r.rollbacks for r in rows)}; "
            f"worst heat closure {worst:.1e} (gate {CLOSURE_LIMIT:.1%}); fastest {max((r.max_speed_ms for r in rows), default=0.0):.1f} m/s")


def print_sweep(rows: Iterator[StabilityRow], write: Callable[[str], None] = print) -> list[StabilityRow]:
    """Print the header, each row as it comes and the summary; return the rows."""
    write(HEADER)
    done = []
    for r in rows:
        write(format_row(r))
        done.append(r)
    write(format_summary(done))
    return done
