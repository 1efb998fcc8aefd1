"""The running twin, Qt-free: simulated time, weather, IT load, the plant, and their history.

A :class:`TwinSession` is ticked by the GUI's frame clock (or by a test, with an injected
clock). Each tick advances simulated time by the wall time elapsed times the speed, reads the
weather at that time, the latest IT load from the active source, and the recirculation from the
airflow solver if one is attached; steps the plant (a fraction of a millisecond); hands the
plant's heat-to-air back to the airflow solver; and returns an immutable
:class:`PlantSnapshot` while appending to the ring buffers the charts draw from.

Time: in *simulated* and *replay* modes the session's clock is the master (real time,
accelerated, paused, or jumped to any hour); the load sources read it through an injected
clock, so they follow pause and jumps. In *live* mode time is the wall clock at speed 1.

This module sits beside :mod:`twin.render` and :mod:`twin.io` in the layers: it ties
:mod:`twin.sim` and :mod:`twin.live` together and imports neither Qt nor VTK.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from twin.core.i18n import tr
from twin.live.buffers import RingBuffer
from twin.live.simulated import SimulatedSource
from twin.live.sources import LoadSource
from twin.model.campus import Campus
from twin.sim.weather import WeatherYear

MWH_PER_HOME_YEAR = 10.0
"""Heat used by one home in a year (ADEME: 1 TWh/yr ~ 100,000 homes); shown with every
homes-equivalent figure."""
HISTORY_SAMPLES = 1800
EDIT_MARK_MERGE_WALL_S = 2.0
"""Layout changes closer together than this (wall seconds) are marked as one edit."""
MAX_STEP_H = 1.0
"""Longest plant step; a longer tick (after a jump or at high speed) is split."""


class AirflowLink(Protocol):
    """What the session needs from the airflow solver runner."""

    def latest_intake_rise_k(self) -> Mapping[str, float]: ...

    def submit_heat(self, heat_mw_by_building: Mapping[str, float]) -> None: ...


class RunnerLink:
    """Adapts an :class:`~twin.sim.airflow.runner.AirflowRunner` to :class:`AirflowLink`.

    Only a *valid* field feeds the plant: when the solver declared its field invalid (repeated
    roll-backs, see :attr:`~twin.sim.airflow.runner.Frame.state`) the recirculation is withheld
    (the plant then sees no intake rise) and :attr:`valid` / :attr:`note` say so, for the panel
    and the snapshot to show, instead of handing frozen figures on as current.
    """

    def __init__(self, runner) -> None:
        self.runner = runner
        self.valid = True
        """Whether the last frame read was a valid field (True before the first frame)."""
        self.note = ""
        """Empty, or why the recirculation is not passed to the plant (translated)."""

    def latest_intake_rise_k(self) -> Mapping[str, float]:
        frame = self.runner.latest()
        if frame is None:
            return {}
        self.valid = getattr(frame, "valid", True)
        if not self.valid:
            self.note = tr("Session", "The airflow field is invalid (the solver gave up after repeated roll-backs): "
                                      "its recirculation is not passed to the plant model.")
            return {}
        self.note = ""
        return {k: v for k, v in frame.intake_rise_k.items() if np.isfinite(v)}

    def submit_heat(self, heat_mw_by_building: Mapping[str, float]) -> None:
        self.runner.submit_heat(heat_mw_by_building)


@dataclass(frozen=True)
class PlantSnapshot:
    """The twin at one instant, as the dashboard shows it (immutable; safe across threads)."""

    time: np.datetime64
    mode: str
    source_status: str
    source_counters: Mapping[str, int]
    ambient_c: float
    relative_humidity_pct: float
    weather_label: str
    it_mw: Mapping[str, float]
    stale: Mapping[str, bool]
    campus_it_mw: float
    campus_pue: float
    pue_by_building: Mapping[str, float]
    supply_c: Mapping[str, float]
    return_c: Mapping[str, float]
    free_cooling: Mapping[str, str]
    chiller_on: Mapping[str, bool]
    heat_to_air_mw: Mapping[str, float]
    intake_rise_k: Mapping[str, float]
    exported_mw: float
    exported_mwh_total: float
    water_m3_total: float

    @property
    def homes_heated(self) -> float | None:
        """Homes whose yearly heat the current export rate would supply (10 MWh/home/yr);
        None while no heat is exported or no IT load makes it (no figure to show)."""
        if not (self.exported_mw > 0 and self.campus_it_mw > 0):
            return None
        return self.exported_mw * 8760.0 / MWH_PER_HOME_YEAR

    @property
    def has_pue(self) -> bool:
        """Whether PUE is defined now (it is not while no IT load is reported)."""
        return bool(np.isfinite(self.campus_pue)) and self.campus_it_mw > 0

    @property
    def free_cooling_share(self) -> float:
        """Share of IT load in halls on full free cooling, 0..1."""
        total = sum(self.it_mw.values())
        if total <= 0:
            return 0.0
        return sum(load for b, load in self.it_mw.items() if self.free_cooling.get(b) == "free") / total


@dataclass
class History:
    """Ring buffers of the dashboard's series (time is Unix seconds of simulated time)."""

    it_mw: RingBuffer = field(default_factory=lambda: RingBuffer(HISTORY_SAMPLES, 1))
    pue: RingBuffer = field(default_factory=lambda: RingBuffer(HISTORY_SAMPLES, 1))
    temperatures_c: RingBuffer = field(default_factory=lambda: RingBuffer(HISTORY_SAMPLES, 3))
    """ambient, mean facility-water supply, mean return."""
    exported_mw: RingBuffer = field(default_factory=lambda: RingBuffer(HISTORY_SAMPLES, 1))
    free_cooling: RingBuffer = field(default_factory=lambda: RingBuffer(HISTORY_SAMPLES, 1))
    marks: list[tuple[float, str]] = field(default_factory=list)
    """(simulated Unix seconds, label) of layout edits, drawn as lines on the charts; only the
    marks inside the buffers' time span are kept."""

    def clear(self) -> None:
        for buffer in (self.it_mw, self.pue, self.temperatures_c, self.exported_mw, self.free_cooling):
            buffer.clear()
        self.marks.clear()

    def mark(self, t: float, label: str, merge_s: float = 0.0) -> None:
        """Mark an edit at ``t``; a mark within ``merge_s`` of the last one replaces it (one
        drag previews many layouts but is one edit)."""
        if self.marks and abs(t - self.marks[-1][0]) <= merge_s:
            self.marks[-1] = (t, label)
        else:
            self.marks.append((t, label))
        t_series, _ = self.it_mw.view()
        if len(t_series):
            oldest = float(t_series[0])
            self.marks[:] = [m for m in self.marks if m[0] >= oldest]


class SimulationClock:
    """Simulated time (Unix seconds) that runs at ``speed`` x wall time while playing."""

    def __init__(self, start: np.datetime64, wall_clock: Callable[[], float] = time.monotonic) -> None:
        self.now_s = float(np.datetime64(start, "s").astype(np.int64))
        self.speed = 1.0
        self.playing = True
        self._wall_clock = wall_clock
        self._last_wall = wall_clock()

    def advance(self) -> float:
        """Move time forward by the wall time since the last call; return simulated seconds elapsed."""
        wall = self._wall_clock()
        elapsed = (wall - self._last_wall) * self.speed if self.playing else 0.0
        self._last_wall = wall
        self.now_s += elapsed
        return elapsed

    def jump(self, when: np.datetime64) -> None:
        """Set simulated time."""
        self.now_s = float(np.datetime64(when, "s").astype(np.int64))

    @property
    def now(self) -> np.datetime64:
        return np.datetime64(int(self.now_s), "s")


def hour_of_year_index(when: np.datetime64, weather: WeatherYear) -> float:
    """Fractional index into ``weather`` of the same month, day and hour as ``when``.

    The weather year's calendar year need not match: the twin's 2030 is played with the
    bundled synthetic year or any EPW typical year by day of year.
    """
    start_of_year = when.astype("datetime64[Y]").astype("datetime64[s]")
    hours = float((when - start_of_year).astype(np.int64)) / 3600.0
    weather_start = weather.time[0].astype("datetime64[Y]").astype("datetime64[s]")
    offset = float((weather.time[0] - weather_start).astype(np.int64)) / 3600.0
    return (hours - offset) % len(weather)


START_TIME_ENV = "TWIN_START_TIME"


def default_start_time() -> np.datetime64:
    """Where a new session's clock starts: ``TWIN_START_TIME`` if set, else now, in 2030.

    Either is moved into the twin's year by month, day and hour
    (:func:`twin.sim.calendar.in_twin_year`).

    Raises
    ------
    ValueError
        When ``TWIN_START_TIME`` is set but is not an ISO date and time.
    """
    import os

    from twin.sim.calendar import in_twin_year

    text = os.environ.get(START_TIME_ENV, "").strip()
    if not text:
        return in_twin_year(np.array([np.datetime64("now", "s")]))[0]
    try:
        when = np.datetime64(text, "s")
    except ValueError:
        raise ValueError(tr("Session", "{var}={text!r} is not a date and time such as 2030-07-25T14:00").format(
            var=START_TIME_ENV, text=text)) from None
    return in_twin_year(np.array([when]))[0]


class TwinSession:
    """Simulated time + weather + IT load + plant, ticked from outside.

    Parameters
    ----------
    campus
        The layout (its data halls get load and plant).
    weather
        Hourly weather, typically a year.
    plant_factory
        Builds the plant model for a campus (``PlantModel(PlantConfig.from_campus(c))`` by
        default); injectable so tests can count rebuilds.
    start
        Simulated start time; by default the time in ``TWIN_START_TIME`` (ISO, e.g.
        ``2030-07-25T14:00``: a presentation, a test or a bug report that must open on the
        same weather every time), else this moment of the year 2030, the announced
        commissioning year.
    wall_clock
        Monotonic seconds (injectable for tests).
    """

    def __init__(
        self,
        campus: Campus,
        weather: WeatherYear,
        *,
        plant_factory: Callable[[Campus], object] | None = None,
        start: np.datetime64 | None = None,
        wall_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if start is None:
            start = default_start_time()
        self.campus = campus
        self.weather = weather
        self.clock = SimulationClock(start, wall_clock)
        self._plant_factory = plant_factory or _default_plant
        self.plant = self._plant_factory(campus)
        self.history = History()
        self._wall_clock = wall_clock
        self._last_edit_wall = -np.inf
        self.airflow: AirflowLink | None = None
        self.mode = "simulated"
        self.weather_kind = "year"
        """What is played: ``"year"`` (a whole year), ``"heatwave"`` (the year with the July
        2019 heat wave spliced in) or ``"file"`` (an EPW file)."""
        self.source: LoadSource = self._simulated_source()
        self.source.start()
        self.latest: PlantSnapshot | None = None

    # -- sources and settings ------------------------------------------------------------

    def source_clock(self) -> float:
        """Seconds of simulated time: the clock the simulated and replay sources run on."""
        return self.clock.now_s

    def _simulated_source(self) -> LoadSource:
        return SimulatedSource(self.campus, start_time=self.clock.now, speed=1.0, clock=self.source_clock)

    def use_simulated(self) -> None:
        """Switch to simulated AI training and inference load."""
        self._switch(self._simulated_source(), "simulated")

    def use_source(self, source: LoadSource, mode: str) -> None:
        """Switch to an already built source (``mode`` is ``replay`` or ``live``).

        A replay source should be built with ``clock=session.source_clock`` so it follows the
        session's speed, pauses and jumps; a live source runs on the wall clock.
        """
        if mode == "live":
            self.clock.speed = 1.0
            self.clock.jump(np.datetime64("now", "s"))
            self.clock.playing = True
            if len(self.weather) < 24 * 365:
                # A heat wave (six July days) would be played on today's date, e.g. 28.9 C in
                # December: live data runs on the real calendar, so play a whole year.
                from twin.sim.weather import load_default_weather

                self.weather = load_default_weather()
                self.weather_kind = "year"
        self._switch(source, mode)

    def _switch(self, source: LoadSource, mode: str) -> None:
        old, self.source = self.source, source
        old.stop()
        self.mode = mode
        self.history.clear()
        source.start()

    def set_speed(self, speed: float) -> None:
        """Simulated seconds per wall second (1 = real time, 1440 = a day per minute).

        Raises
        ------
        ValueError
            In live mode (live data arrives in real time) or for a non-positive speed.
        """
        if speed <= 0:
            raise ValueError("speed must be positive")
        if self.mode == "live" and speed != 1.0:
            raise ValueError("live data runs in real time; switch to simulated or replay to accelerate")
        self.clock.speed = float(speed)

    def jump_to_hour(self, hour_of_year: int) -> None:
        """Jump to an hour of the year (0 = 1 January, 00:00)."""
        if self.mode == "live":
            raise ValueError("live data runs in real time; switch to simulated or replay to jump")
        year_start = self.clock.now.astype("datetime64[Y]").astype("datetime64[s]")
        self.clock.jump(year_start + np.timedelta64(int(hour_of_year) * 3600, "s"))
        self.history.clear()

    def set_weather(self, weather: WeatherYear, kind: str = "file") -> None:
        """Play a different weather series; ``kind`` as in :attr:`weather_kind`."""
        self.weather = weather
        self.weather_kind = kind
        self.history.clear()

    def play_heatwave(self) -> None:
        """The year with the July 2019 heat wave spliced in, as ``twin year --heatwave`` runs it,
        jumping (outside live mode) to 25 July 06:00 of the twin's year."""
        from twin.sim.weather import load_default_weather, with_heatwave

        self.set_weather(with_heatwave(load_default_weather()), "heatwave")
        if self.mode != "live":
            self.jump_to_hour((206 - 1) * 24 + 6)  # 25 July is day 206 of 2030 (not a leap year)

    def set_campus(self, campus: Campus, label: str | None = None) -> None:
        """Follow a layout edit: halls may have moved, appeared or changed capacity.

        The history is kept (the charts run on across the edit) and the edit is marked on it
        with ``label`` (a generic "layout edit" when omitted); marks within
        :data:`EDIT_MARK_MERGE_WALL_S` wall seconds of each other are one edit (a drag).
        The plant is rebuilt only when halls, pipes or the scenario changed: its loop
        temperatures and chiller states then restart at design.
        """
        if campus == self.campus:
            return
        if _plant_inputs(campus) != _plant_inputs(self.campus):
            old_plant, self.plant = self.plant, self._plant_factory(campus)
            _carry_over(old_plant, self.plant)
        self.campus = campus
        wall = self._wall_clock()
        merge = wall - self._last_edit_wall <= EDIT_MARK_MERGE_WALL_S
        self._last_edit_wall = wall
        self.history.mark(self.clock.now_s, label or tr("Session", "layout edit"),
                          merge_s=np.inf if merge else 0.0)
        if self.mode == "simulated":
            old, self.source = self.source, self._simulated_source()
            old.stop()
            self.source.start()

    def attach_airflow(self, airflow: AirflowLink | None) -> None:
        """Couple the airflow solver: its recirculation feeds the plant, the plant's heat feeds it."""
        self.airflow = airflow

    def source_status(self) -> str:
        """The load source's state in words (the session's clock, not the source's, sets the pace)."""
        if self.mode == "simulated":
            return tr("Session", "simulated AI training and inference load (seeded, reproducible)")
        if self.mode == "replay":
            return tr("Session", "replaying {source}").format(source=self.source.table.source)  # type: ignore[attr-defined]
        return self.source.status

    def close(self) -> None:
        """Stop the load source (disconnects from a broker)."""
        self.source.stop()

    # -- the tick ------------------------------------------------------------------------

    def weather_now(self) -> tuple[float, float, float, float]:
        """Dry-bulb C, relative humidity %, wind speed m/s and wind-from degrees now (interpolated)."""
        index = hour_of_year_index(self.clock.now, self.weather)
        i0 = int(index) % len(self.weather)
        i1 = (i0 + 1) % len(self.weather)
        frac = index - int(index)
        w = self.weather

        def lerp(values: np.ndarray) -> float:
            return float(values[i0] * (1.0 - frac) + values[i1] * frac)

        return lerp(w.dry_bulb_c), lerp(w.relative_humidity_pct), lerp(w.wind_speed_ms), float(w.wind_from_deg[i0])

    def tick(self) -> PlantSnapshot:
        """Advance time and the plant; return the new snapshot."""
        elapsed_s = self.clock.advance()
        ambient_c, rh_pct, _, _ = self.weather_now()
        readings = self.source.latest()
        it_mw = {b.id: (readings[b.id].load_mw if b.id in readings else 0.0) for b in self.campus.data_halls}
        stale = {b.id: (b.id not in readings or readings[b.id].stale) for b in self.campus.data_halls}
        intake = dict(self.airflow.latest_intake_rise_k()) if self.airflow is not None else {}
        step = None
        remaining_h = elapsed_s / 3600.0
        if remaining_h <= 0 and self.latest is None:
            remaining_h = 1.0 / 3600.0  # the first snapshot needs a plant state even when paused
        while remaining_h > 1e-9:
            dt_h = min(remaining_h, MAX_STEP_H)
            step = self.plant.step(it_mw, ambient_c, rh_pct, intake_rise_k=intake, dt_h=dt_h)
            remaining_h -= dt_h
        if step is None:
            assert self.latest is not None
            snapshot = dataclasses.replace(
                self.latest, source_status=self.source_status(), source_counters=self.source.counters,
                it_mw=it_mw, stale=stale, intake_rise_k=intake,
            )
            self.latest = snapshot
            return snapshot
        if self.airflow is not None:
            self.airflow.submit_heat(step.heat_to_air_mw)
        snapshot = PlantSnapshot(
            time=self.clock.now,
            mode=self.mode,
            source_status=self.source_status(),
            source_counters=self.source.counters,
            ambient_c=ambient_c,
            relative_humidity_pct=rh_pct,
            weather_label=self.weather.label,
            it_mw=it_mw,
            stale=stale,
            campus_it_mw=float(sum(it_mw.values())),
            campus_pue=step.campus_pue,
            pue_by_building=step.pue_by_building,
            supply_c=step.supply_c,
            return_c=step.return_c,
            free_cooling=step.free_cooling,
            chiller_on=step.chiller_on,
            heat_to_air_mw=step.heat_to_air_mw,
            intake_rise_k=intake,
            exported_mw=step.exported_mw,
            exported_mwh_total=float(self.plant.exported_mwh),
            water_m3_total=float(self.plant.water_m3),
        )
        self.latest = snapshot
        self._record(snapshot)
        return snapshot

    def _record(self, snapshot: PlantSnapshot) -> None:
        t = self.clock.now_s
        self.history.it_mw.append(t, [snapshot.campus_it_mw])
        self.history.pue.append(t, [snapshot.campus_pue])
        supply = np.mean(list(snapshot.supply_c.values())) if snapshot.supply_c else np.nan
        ret = np.mean(list(snapshot.return_c.values())) if snapshot.return_c else np.nan
        self.history.temperatures_c.append(t, [snapshot.ambient_c, supply, ret])
        self.history.exported_mw.append(t, [snapshot.exported_mw])
        self.history.free_cooling.append(t, [100.0 * snapshot.free_cooling_share])


def _plant_inputs(campus: Campus) -> tuple:
    """What the plant configuration is built from: halls, scenario, pipes, the plant buildings
    (cooling and heat-recovery plants set pipe routes and the export line) and the substation's id."""
    from twin.model.campus import BuildingKind

    plants = tuple(b for b in campus.buildings if b.kind in (BuildingKind.COOLING_PLANT, BuildingKind.HEAT_RECOVERY_PLANT))
    substations = tuple(b.id for b in campus.buildings if b.kind == BuildingKind.SUBSTATION)
    return campus.data_halls, campus.scenario, campus.pipes, plants, substations


def _carry_over(old, new) -> None:
    """Keep the running totals (and, for the same halls, the loop state) across a rebuild."""
    try:
        same_halls = old.config.building_ids == new.config.building_ids
    except AttributeError:
        return  # an injected stand-in plant
    new.water_m3 = old.water_m3
    new.exported_mwh = old.exported_mwh
    if same_halls:
        new.state = old.state
        new.hours_chiller = old.hours_chiller.copy()


def _default_plant(campus: Campus):
    from twin.sim.plant import PlantConfig, PlantModel

    return PlantModel(PlantConfig.from_campus(campus))
