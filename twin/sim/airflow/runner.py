"""The airflow solver thread: inbox in, immutable frames out, never Qt.

:class:`AirflowRunner` owns a :class:`~twin.sim.airflow.solver.CampusAirflow` and steps it on a
``threading.Thread``. The GUI (or anything else) talks to it through three non-blocking doors:

- ``submit_campus`` / ``submit_settings`` / ``submit_heat`` put the newest request in an inbox
  (latest wins: a second layout submitted before the first was applied replaces it). The
  solver applies the inbox at a step boundary, or abandons the step in progress at one of its
  phase checkpoints so an edit is never kept waiting a whole step;
- ``latest()`` returns the newest :class:`Frame`, an immutable snapshot (read-only numpy
  arrays, mapping proxies) that can be handed to any thread;
- ``on_frame`` (optional) is called from the solver thread with each new frame; a GUI should
  only stash it and let its own timer pick it up (or just poll ``latest()``).

``synchronous=True`` creates no thread: ``step_now(n)`` steps on the caller's thread, which
makes tests deterministic. Errors never propagate into the caller's loop: a numerical blow-up is
rolled back by the solver (and reported in ``Frame.messages``); any other exception in the
thread pauses the runner and is reported in ``Frame.messages`` and :attr:`AirflowRunner.error`.

Honest state: every frame says what it is (:attr:`Frame.state`: ``"first look"``,
``"settling"``, ``"settled"`` or ``"invalid"``) and how many roll-backs the run had since the
last edit; messages are bounded (:class:`MessageLog`: the latest few kinds, each with a count).
"""

from __future__ import annotations

import math
import queue
import threading
import time
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from twin.core.i18n import tr
from twin.core.threads import run_current_thread_in_background, thread_priority
from twin.model.campus import Campus
from twin.sim.airflow.domain import AirflowSettings, GridTooLargeError, Weather
from twin.sim.airflow.grid import Grid, WindFrame, cell_centres_campus
from twin.sim.airflow.solver import CampusAirflow, HeatBudget

STATE_INVALID = "invalid"
"""Frame state when the solver gave up after repeated roll-backs: nothing in the frame is current."""


class MessageLog:
    """The latest few kinds of message, each with its count (bounded; shared by frames).

    A message has a *kind* (``"rollback"``, ``"invalid"``, ``"error"``, ...) and a text; a new
    message of a known kind replaces that kind's text, increments its count and moves it to
    the end. At most ``max_kinds`` kinds are kept (the oldest goes). :meth:`as_tuple` is
    rebuilt only when something changed, so every frame published in between shares the
    same tuple instead of a copy.

    Examples
    --------
    >>> log = MessageLog(max_kinds=2)
    >>> for t in (1, 2, 3):
    ...     log.add("rollback", f"rolled back at t={t}")
    >>> log.as_tuple()
    ('rolled back at t=3 (3 times)',)
    """

    def __init__(self, max_kinds: int = 5) -> None:
        self.max_kinds = max_kinds
        self._entries: dict[str, tuple[str, int]] = {}
        self._tuple: tuple[str, ...] = ()
        self.total = 0

    def add(self, kind: str, text: str) -> None:
        """Record one message of ``kind``."""
        count = self._entries.pop(kind, ("", 0))[1] + 1
        self._entries[kind] = (text, count)
        while len(self._entries) > self.max_kinds:
            self._entries.pop(next(iter(self._entries)))
        self.total += 1
        self._tuple = tuple(
            text if n == 1 else tr("Airflow", "{text} ({n} times)").format(text=text, n=n) for text, n in self._entries.values()
        )

    def count(self, kind: str) -> int:
        """How many messages of ``kind`` are kept (0 if none, or if it was pushed out)."""
        return self._entries.get(kind, ("", 0))[1]

    def as_tuple(self) -> tuple[str, ...]:
        """Display texts, oldest kind first (the same object until a message arrives)."""
        return self._tuple


def _frozen(a: np.ndarray) -> np.ndarray:
    """A read-only copy of ``a``."""
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a


def _sealed(a: np.ndarray) -> np.ndarray:
    """``a`` itself made read-only: for arrays freshly computed for the frame (no copy)."""
    a.flags.writeable = False
    return a


@dataclass(frozen=True)
class Frame:
    """One published state of the airflow solution (immutable; safe to share across threads).

    Frames of reference: every array is in the wind-aligned *solver frame* (axis 0 = x
    along the wind, axis 1 = y to its left, axis 2 = z up; cell ``(i, j, k)`` centred at
    ``((i + .5) dx, (j + .5) dy, (k + .5) dz)``). :meth:`to_campus` and
    :meth:`cell_centres_campus` map solver x, y to campus local x (east), y (north) metres.

    Attributes
    ----------
    step, sim_time_s, dt_s
        Step count, simulated time since the solver (re)started and time step (s).
    tier
        ``"first look"`` (right after an edit: the previous field projected onto the new
        obstacles), ``"settling"`` or ``"settled"`` (see
        :class:`~twin.sim.airflow.domain.AirflowSettings` for the criterion). Never
        ``"settled"`` when the run was rolled back since the last edit.
    state
        What the frame may be used for: the tier, or ``"invalid"`` when the solver gave up
        after repeated roll-backs (the fields are the last good ones, no longer current;
        consumers must not pass them on as current, e.g. to the plant model).
    rollbacks_since_edit
        Steps rejected and rolled back since the last edit (0 for a trustworthy run).
    dt_limited_by
        The limit that set the time step (``"advection"``, ``"stratification"``, ``"plume"``,
        ``"diffusion"``, ``"ceiling"`` or ``"growth"``; see
        :meth:`~twin.sim.airflow.solver.CampusAirflow.time_step_limits`).
    layout_version
        Number of campus submissions applied so far (0 = the campus given at creation).
    weather
        Wind direction, speed at 10 m and ambient temperature in use.
    grid, wind_frame
        Grid geometry ``(nx, ny, nz)``, spacing, and the solver <-> campus map.
    intake_rise_k
        Building id -> mean air temperature rise above ambient at the intake of its
        heat-rejection equipment (K): hot-air recirculation.
    reserve_temp_c
        Mean air temperature over the nature reserve in the first cell above ground (C).
    receptor_temp_c
        Receptor id -> air temperature at ground level (C); NaN when the receptor lies
        outside the solver box.
    pedestrian_wind
        ``(nx, ny)`` wind speed in the first cell above ground (m/s), NaN under buildings.
    velocity
        ``(u, v, w)``, each ``(nx, ny, nz)``, cell-centred, m/s, solver-frame components
        (use ``wind_frame.vector_to_campus`` for east/north components).
    temperature_c
        ``(nx, ny, nz)`` air temperature (C), NaN inside obstacles. The heat transport is
        pipelined with the momentum on a worker thread, so temperature (and everything derived
        from it: intake rises, reserve and receptor temperatures) is one time step (``dt_s``,
        about 3.6 s) behind the velocity of the same frame.
    solid
        ``(nx, ny, nz)`` obstacle cells.
    heat_mw
        Heat released per building id (MW) in this frame.
    heat_budget
        Energy account since the last reset (see :class:`~twin.sim.airflow.solver.HeatBudget`).
    real_time_factor
        Simulated seconds per wall-clock second over the last steps (NaN if unknown).
    messages
        The latest few kinds of warning (roll-backs, errors), each once with its count,
        oldest first (see :class:`MessageLog`).
    """

    step: int
    sim_time_s: float
    dt_s: float
    tier: str
    layout_version: int
    weather: Weather
    grid: Grid
    wind_frame: WindFrame
    intake_rise_k: Mapping[str, float]
    reserve_temp_c: float
    receptor_temp_c: Mapping[str, float]
    pedestrian_wind: np.ndarray
    velocity: tuple[np.ndarray, np.ndarray, np.ndarray]
    temperature_c: np.ndarray
    solid: np.ndarray
    heat_mw: Mapping[str, float]
    heat_budget: HeatBudget
    real_time_factor: float = math.nan
    messages: tuple[str, ...] = field(default=())
    state: str = "first look"
    rollbacks_since_edit: int = 0
    dt_limited_by: str = ""

    @property
    def valid(self) -> bool:
        """False when the field is invalid (the solver gave up): show it greyed, pass nothing on."""
        return self.state != STATE_INVALID

    def to_campus(self, xs: np.ndarray | float, ys: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
        """Solver-frame x, y (m) to campus local x east, y north (m)."""
        return self.wind_frame.to_campus(xs, ys)

    def cell_centres_campus(self) -> tuple[np.ndarray, np.ndarray]:
        """Campus x, y of every cell column, two ``(nx, ny)`` arrays (see :func:`~twin.sim.airflow.grid.cell_centres_campus`)."""
        return cell_centres_campus(self.grid, self.wind_frame)


def make_frame(solver: CampusAirflow, layout_version: int, real_time_factor: float, messages: tuple[str, ...], solid: np.ndarray) -> Frame:
    """Snapshot the solver's state into an immutable :class:`Frame` (copies the fields)."""
    u, v, w, t = solver.cell_fields()
    amb = solver.weather.ambient_c
    return Frame(
        step=solver.steps,
        sim_time_s=solver.time,
        dt_s=solver.dt,
        tier=solver.tier,
        layout_version=layout_version,
        weather=solver.weather,
        grid=solver.grid,
        wind_frame=solver.domain.frame,
        intake_rise_k=types.MappingProxyType(dict(solver.intake_rise_k)),
        reserve_temp_c=amb + solver.reserve_rise_k,
        receptor_temp_c=types.MappingProxyType({k: amb + v_ for k, v_ in solver.receptor_rise_k.items()}),
        pedestrian_wind=_sealed(solver.pedestrian_wind()),
        velocity=(_sealed(u), _sealed(v), _sealed(w)),
        temperature_c=_sealed(t),
        solid=solid,
        heat_mw=types.MappingProxyType(dict(solver.heat_mw)),
        heat_budget=HeatBudget(**vars(solver.budget)),
        real_time_factor=real_time_factor,
        messages=messages,
        state=STATE_INVALID if solver.invalid else solver.tier,
        rollbacks_since_edit=solver.rollbacks_since_edit,
        dt_limited_by=solver.dt_limited_by,
    )


class _ForegroundWorker:
    """A thread at its starter's priority that runs what the background solver thread hands it.

    The solver thread of a background runner sits in Linux's idle class
    (:mod:`twin.core.threads`), behind the window. That is right for its steps, but an edit's
    first look is what a planner dragging a hall waits for, while the window keeps drawing:
    there it arrived 140-170 ms after the edit against 85-105 ms at the window's priority
    (8 m, compiled kernels, 720p frames drawn back to back). An unprivileged thread cannot
    leave the idle class again, so the edits run on this thread, started from the window's
    thread (its priority), while the solver thread waits: only one of the two ever touches the
    solver.
    """

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name="twin-airflow-edit", daemon=True)
        self._thread.start()

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` on the worker, wait for it, return its result or raise its exception here."""
        done = threading.Event()
        box: dict[str, Any] = {}
        self._jobs.put((fn, box, done))
        done.wait()
        if "error" in box:
            raise box["error"]
        return box.get("value")

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            fn, box, done = job
            try:
                box["value"] = fn()
            except BaseException as exc:  # re-raised on the solver thread
                box["error"] = exc
            finally:
                done.set()

    def close(self) -> None:
        """End the worker's thread (after the solver thread has stopped)."""
        self._jobs.put(None)
        self._thread.join(5.0)


class AirflowRunner:
    """Run the campus airflow solver on its own thread (or synchronously for tests).

    Parameters
    ----------
    campus
        Initial layout.
    settings
        Solver settings (default :class:`~twin.sim.airflow.domain.AirflowSettings`).
    heat_mw
        Initial heat per building id (MW); default: each building's IT capacity.
    synchronous
        No thread; call :meth:`step_now` to advance. ``start``/``stop`` are then no-ops.
    on_frame
        Optional callback ``on_frame(frame)`` called from the solver thread after each frame is
        published. Keep it tiny and thread-safe (never touch Qt widgets from it).
    max_real_time_factor
        Optional cap: the thread sleeps so the simulation runs at most this many times faster
        than the wall clock (None = as fast as possible).
    background
        Run the solver thread behind every normal thread (Linux's idle scheduling class,
        :func:`twin.core.threads.run_current_thread_in_background`) so that drawing the window
        comes first; the app does. The solver still gets every cycle the window leaves idle.
        Edits (a new layout or settings, and their first look) and building the solver run
        on a helper thread at the priority of the thread that called :meth:`start`.

    Examples
    --------
    >>> runner = AirflowRunner(campus, synchronous=True)   # doctest: +SKIP
    >>> frame = runner.step_now(5)                          # doctest: +SKIP
    >>> frame.intake_rise_k["dc1"]                          # doctest: +SKIP
    """

    def __init__(
        self,
        campus: Campus,
        settings: AirflowSettings | None = None,
        heat_mw: Mapping[str, float] | None = None,
        synchronous: bool = False,
        on_frame: Callable[[Frame], None] | None = None,
        max_real_time_factor: float | None = None,
        background: bool = False,
    ) -> None:
        self._campus = campus
        self.background = background
        """Whether the solver thread runs behind the window's threads (:mod:`twin.core.threads`)."""
        self._foreground: _ForegroundWorker | None = None
        self.edit_thread_priority: str | None = None
        """How the thread that applied the last edit was scheduled (``None`` before one)."""
        self.thread_priority: str | None = None
        """How the solver thread is scheduled once it runs (``"idle"``, ``"nice 0"``; ``None`` before, or off Linux)."""
        self._settings = settings or AirflowSettings()
        self._heat = dict(heat_mw) if heat_mw is not None else None
        self.synchronous = synchronous
        self.on_frame = on_frame
        self.max_real_time_factor = max_real_time_factor
        self.error: BaseException | None = None
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._playing = True
        self._inbox_campus: Campus | None = None
        self._inbox_settings: AirflowSettings | None = None
        self._inbox_heat: dict[str, float] | None = None
        self._settings_submitted = self._settings
        self._step_requests = 0
        self._latest: Frame | None = None
        self._frame_cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._solver: CampusAirflow | None = None
        self._layout_version = 0
        self.log = MessageLog()
        """Bounded messages of this runner (roll-backs, refused settings, errors)."""
        self._rtf = math.nan
        self._solid_ro: np.ndarray | None = None
        self.edit_submitted_at: float | None = None
        self.last_first_look_latency_s: float | None = None
        if synchronous:
            self._create_solver()

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        """Start the solver thread (no-op in synchronous mode or if already running)."""
        if self.synchronous or (self._thread is not None and self._thread.is_alive()):
            return
        self._stop.clear()
        if self.background and self._foreground is None:
            self._foreground = _ForegroundWorker()  # from this (the window's) thread: its priority
        self._thread = threading.Thread(target=self._run, name="twin-airflow", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> bool:
        """Ask the thread to finish and join it; returns True if it ended within ``timeout``.

        A step in progress is abandoned at its next phase checkpoint, so this returns within
        a fraction of a step.
        """
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        alive = thread.is_alive()
        if not alive:
            self._thread = None
            if self._foreground is not None:
                self._foreground.close()
                self._foreground = None
        return not alive

    @property
    def running(self) -> bool:
        """Whether the solver thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def play(self) -> None:
        """Resume stepping."""
        self._playing = True
        self._wake.set()

    def pause(self) -> None:
        """Stop stepping after the current step (edits are still applied and shown)."""
        self._playing = False

    def request_step(self) -> None:
        """While paused, advance by exactly one step (on the solver thread) and publish it."""
        with self._lock:
            self._step_requests += 1
        self._wake.set()

    @property
    def settings(self) -> AirflowSettings:
        """The settings last submitted (or given at creation)."""
        with self._lock:
            return self._inbox_settings or self._settings_submitted

    @property
    def playing(self) -> bool:
        """Whether the solver steps continuously."""
        return self._playing

    # ------------------------------------------------------------------ inbox
    def submit_campus(self, campus: Campus) -> None:
        """Queue a new layout (latest wins); applied at the next step boundary or checkpoint."""
        with self._lock:
            self._inbox_campus = campus
            self.edit_submitted_at = time.perf_counter()
        self._wake.set()

    def submit_settings(self, settings: AirflowSettings) -> None:
        """Queue new solver settings (latest wins)."""
        with self._lock:
            self._inbox_settings = settings
            self._settings_submitted = settings
            self.edit_submitted_at = time.perf_counter()
        self._wake.set()

    def submit_heat(self, mw_by_building: Mapping[str, float]) -> None:
        """Queue new heat release per building id, MW (latest wins; no restart needed)."""
        with self._lock:
            self._inbox_heat = {k: float(v) for k, v in mw_by_building.items()}
        self._wake.set()

    def _pending(self) -> bool:
        return self._inbox_campus is not None or self._inbox_settings is not None

    # ------------------------------------------------------------------ frames
    def latest(self) -> Frame | None:
        """The newest published frame (None before the first one)."""
        return self._latest

    def wait_for_frame(self, predicate: Callable[[Frame], bool], timeout: float = 10.0) -> Frame | None:
        """Block until a published frame satisfies ``predicate`` (or ``timeout`` s); for tests and tools."""
        deadline = time.perf_counter() + timeout
        with self._frame_cond:
            while True:
                frame = self._latest
                if frame is not None and predicate(frame):
                    return frame
                remaining = deadline - time.perf_counter()
                if remaining <= 0:
                    return None
                self._frame_cond.wait(remaining)

    def step_now(self, n: int = 1) -> Frame:
        """Apply the inbox and advance ``n`` steps on the caller's thread (synchronous mode)."""
        if not self.synchronous:
            raise RuntimeError("step_now() needs synchronous=True")
        if self._solver is None:
            self._create_solver()
        for _ in range(n):
            self._apply_inbox()
            self._step_once()
        frame = self._latest
        assert frame is not None
        return frame

    @property
    def solver(self) -> CampusAirflow | None:
        """The solver object (for diagnostics; do not touch it while the thread runs)."""
        return self._solver

    # ------------------------------------------------------------------ internals
    def _create_solver(self) -> None:
        self._solver = CampusAirflow(self._campus, self._settings, self._heat)
        self._solver.warn = self.synchronous  # the thread records warnings in frames instead
        self._solid_ro = _frozen(self._solver.domain.solid)
        self._publish()

    def _publish(self) -> None:
        solver = self._solver
        assert solver is not None
        while solver.messages:
            self.log.add(*solver.messages.popleft())
        frame = make_frame(solver, self._layout_version, self._rtf, self.log.as_tuple(), self._solid_ro)  # type: ignore[arg-type]
        with self._frame_cond:
            self._latest = frame
            self._frame_cond.notify_all()
        if self.on_frame is not None:
            try:
                self.on_frame(frame)
            except Exception as exc:  # a faulty callback must not kill the solver
                self.log.add("callback", tr("Airflow", "on_frame callback failed: {error}").format(error=repr(exc)))

    def _apply_inbox(self) -> bool:
        with self._lock:
            campus, settings, heat = self._inbox_campus, self._inbox_settings, self._inbox_heat
            self._inbox_campus = self._inbox_settings = self._inbox_heat = None
            submitted = self.edit_submitted_at
        solver = self._solver
        assert solver is not None
        if heat is not None:
            solver.set_heat(heat)
        if campus is None and settings is None:
            return False
        self.edit_thread_priority = thread_priority()
        if settings is not None:
            try:
                solver.set_settings(settings)
            except GridTooLargeError as exc:
                # refused before anything changed: say so, and keep running as before
                self.log.add("refused", str(exc))
                with self._lock:
                    if self._inbox_settings is None:
                        self._settings_submitted = solver.settings
        if campus is not None:
            try:
                solver.set_campus(campus)
                self._layout_version += 1
            except GridTooLargeError as exc:
                self.log.add("refused", str(exc))
        self._solid_ro = _frozen(solver.domain.solid)
        self._publish()
        if submitted is not None:
            self.last_first_look_latency_s = time.perf_counter() - submitted
        return True

    def _step_once(self) -> None:
        solver = self._solver
        assert solver is not None
        if solver.invalid:
            # the solver gave up: nothing to step until an edit arrives (no busy loop)
            if not self.synchronous:
                self._wake.wait(0.25)
                self._wake.clear()
            return
        t0 = time.perf_counter()
        done = solver.step(interrupt=self._pending if not self.synchronous else None)
        if done:
            wall = time.perf_counter() - t0
            rtf = solver.dt / wall if wall > 0 else math.nan
            self._rtf = rtf if math.isnan(self._rtf) else 0.8 * self._rtf + 0.2 * rtf
            self._publish()
        elif solver.messages:
            # a roll-back: publish the restored state with its message (time went back)
            self._publish()

    def _in_foreground(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` on the foreground worker when there is one (background runners), else here."""
        return fn() if self._foreground is None else self._foreground.call(fn)

    def _run(self) -> None:
        # before the first step: the heat worker and numba's OpenMP team inherit it
        if self.background:
            run_current_thread_in_background()
        self.thread_priority = thread_priority()
        try:
            if self._solver is None:
                self._in_foreground(self._create_solver)
        except Exception as exc:
            self.error = exc
            self.log.add("error", tr("Airflow", "airflow solver failed to start: {error}").format(error=repr(exc)))
            return
        next_time = time.perf_counter()
        while not self._stop.is_set():
            try:
                if self._pending():  # an edit: at the window's priority, the solver thread waits
                    self._in_foreground(self._apply_inbox)
                else:
                    self._apply_inbox()  # at most new heat: cheap
                if self._playing:
                    if self.max_real_time_factor:
                        delay = next_time - time.perf_counter()
                        if delay > 0 and self._wake.wait(delay):
                            self._wake.clear()
                            continue
                        next_time = max(next_time, time.perf_counter()) + self._solver.dt / self.max_real_time_factor  # type: ignore[union-attr]
                    self._step_once()
                elif self._step_requests:
                    with self._lock:
                        self._step_requests -= 1
                    self._step_once()
                else:
                    self._wake.wait(0.1)
                    self._wake.clear()
            except Exception as exc:  # never let the thread die silently or raise into the GUI
                self.error = exc
                self.log.add("error", tr("Airflow", "airflow solver error, paused: {error}").format(error=repr(exc)))
                self._playing = False
                try:
                    self._publish()
                except Exception:
                    pass
