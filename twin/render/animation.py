"""Frames of animations: a day on the campus, a guided tour of the camera presets, an orbit.

Each animation is an iterator of ``(height, width, 3)`` uint8 images rendered offscreen
through :class:`~twin.render.snapshot.OffscreenView` (the snapshot path), one at a time, so a
caller can write them to a video (:class:`twin.io.export.video.VideoWriter`), show progress
and stop between any two frames. Nothing here writes files.

**day**: 24 hours of simulated time, lit by the sun of that day and hour at Escaudain
(:func:`sun_position`; the night is dark blue, the campus kept readable by a fill light). A :class:`~twin.session.TwinSession` runs the simulated
IT load, the weather series and the cooling plant on an injected clock that advances
``86400 / (frames - 1)`` simulated seconds per frame; with overlays, the airflow solver runs
synchronously in the weather of that moment (wind direction rounded to 10°, speed to 0.5 m/s,
air to 1 °C as the window does when it follows the weather: a new wind direction restarts the
field, so rounding avoids a restart every frame) and takes :func:`solver_steps_per_frame`
steps per frame. The solver does not run 24 h of real air time (that would take ~75 min of
CPU at 8 m cells); it re-settles on each hour's weather, quasi-steadily, and every frame's
caption says whether its field is settled or still settling. The plant's intake rises come
from the solver and its heat goes back to it, as in the window.

**tour**: the guided tour's stops (:class:`twin.model.tour.Tour`, e.g. the bundled
``assets/escaudain.tour.json``) when one is given, each stop's title in the caption; otherwise
the camera presets in sequence (overview, plan, eye level from Escaudain and from Lourches).
It rests at each stop, moves with eased (smoothstep) paths and ends where it started; moves
between two eye-level stops rise over the campus instead of passing through it.

**orbit**: one turn around the campus's centre from the overview's height and distance.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from twin.core.i18n import format_number, tr
from twin.core.provenance import ExportError, ExportInfo
from twin.model.campus import Campus
from twin.model.views import CAMERA_PRESETS
from twin.render.snapshot import CameraPose, OffscreenView, solver_state

KINDS = ("day", "tour", "orbit")
DAY_OVERLAYS = ("temperature", "recirculation")
"""Overlays of a day animation when none are asked for."""
SOLVER_STEPS_PER_HOUR = 40
"""Solver steps wanted per simulated hour of a day animation: at 16 m cells the campus field
settles in about 30 steps (about 110 s of air time) after a wind change."""
ANIMATION_DX_M = 16.0
"""Cell size of the day animation's solver (twice the window's 8 m): 4x fewer cells, so a
60 s clip is minutes, not an hour; plumes are broader but recirculation is still resolved."""


@dataclass(frozen=True)
class AnimationSpec:
    """What to animate.

    Attributes
    ----------
    kind
        ``day``, ``tour`` or ``orbit``.
    size, fps, seconds
        Frame size (pixels), frames per second, clip length (s).
    overlays
        Field overlays; for ``tour`` and ``orbit`` the solver first settles on the layout's
        design weather.
    date
        ``day``: the simulated day (``YYYY-MM-DD``).
    heatwave
        ``day``: play the reconstructed 25 July 2019 heat wave.
    dx_m
        Solver cell size for animations (see :data:`ANIMATION_DX_M`).
    solver_steps
        ``day``: solver steps per frame; 0 chooses :func:`solver_steps_per_frame`.
    """

    kind: str
    size: tuple[int, int] = (1920, 1080)
    fps: float = 30.0
    seconds: float = 20.0
    overlays: tuple[str, ...] = ()
    date: str = ""
    heatwave: bool = False
    dx_m: float = ANIMATION_DX_M
    solver_steps: int = 0

    @property
    def frames(self) -> int:
        return max(2, int(round(self.fps * self.seconds)))

    def check(self) -> None:
        """Raise :class:`ExportError` with a clear message for impossible values."""
        if self.kind not in KINDS:
            raise ExportError(tr("Export", "unknown animation kind {kind!r}; choose day, tour or orbit").format(kind=self.kind))
        if not (1.0 <= self.fps <= 120.0):
            raise ExportError(tr("Export", "frames per second must be 1 to 120, got {fps:g}").format(fps=self.fps))
        if not (0.1 <= self.seconds <= 3600.0):
            raise ExportError(tr("Export", "clip length must be 0.1 to 3600 s, got {s:g}").format(s=self.seconds))
        if self.date:
            try:
                np.datetime64(self.date, "D")
            except ValueError:
                raise ExportError(tr("Export", "date must look like 2030-07-25, got {date!r}").format(date=self.date)) from None


def solver_steps_per_frame(frames: int) -> int:
    """Solver steps per frame so a day gets at least :data:`SOLVER_STEPS_PER_HOUR` per hour."""
    return max(1, math.ceil(SOLVER_STEPS_PER_HOUR * 24 / max(frames - 1, 1)))


ESCAUDAIN_LAT_DEG = 50.33
ESCAUDAIN_LON_DEG = 3.34
NIGHT_SKY = ((0.16, 0.20, 0.28), (0.06, 0.09, 0.16))
"""Horizon and zenith colours of the sky at night (the day's are the scene's palette)."""


def sun_position(when: np.datetime64, lat_deg: float = ESCAUDAIN_LAT_DEG, lon_deg: float = ESCAUDAIN_LON_DEG) -> tuple[float, float]:
    """``(elevation, azimuth)`` of the sun in degrees (azimuth clockwise from north) at local time ``when``.

    Declination from Cooper (1969), ``δ = 23.45° sin(360° (284 + n) / 365)``; equation of time
    from Spencer (1971); hour angle ``15° (t_solar - 12 h)``; then
    ``sin(el) = sin φ sin δ + cos φ cos δ cos H``. Accurate to about a degree, which is what
    lighting a picture needs. ``when`` is French civil time: UTC+2 from April to October,
    UTC+1 otherwise (summer time approximated by whole months).
    """
    day = when.astype("datetime64[D]")
    n = int((day - day.astype("datetime64[Y]")).astype(int)) + 1
    month = int(str(day)[5:7])
    hours = float((when - day.astype("datetime64[s]")).astype("timedelta64[s]").astype(int)) / 3600.0
    utc = hours - (2.0 if 4 <= month <= 10 else 1.0)
    gamma = 2.0 * math.pi * (n - 1) / 365.0
    eot_min = 229.18 * (0.000075 + 0.001868 * math.cos(gamma) - 0.032077 * math.sin(gamma)
                        - 0.014615 * math.cos(2 * gamma) - 0.040849 * math.sin(2 * gamma))
    solar = utc + lon_deg / 15.0 + eot_min / 60.0
    h = math.radians(15.0 * (solar - 12.0))
    delta = math.radians(23.45 * math.sin(math.radians(360.0 * (284 + n) / 365.0)))
    phi = math.radians(lat_deg)
    sin_el = math.sin(phi) * math.sin(delta) + math.cos(phi) * math.cos(delta) * math.cos(h)
    elevation = math.degrees(math.asin(max(-1.0, min(1.0, sin_el))))
    azimuth = (math.degrees(math.atan2(math.sin(h), math.cos(h) * math.sin(phi) - math.tan(delta) * math.cos(phi))) + 180.0) % 360.0
    return elevation, azimuth


def light_scene_for_sun(renderer, elevation_deg: float, azimuth_deg: float, day_sky) -> float:
    """Put the scene's sun (its first light) where the sun is, dim it below the horizon, darken the sky.

    Returns the daylight fraction (0 at night, 1 with the sun above ~25°). The fill light keeps
    the campus readable at night (a picture of the plant in the dark would show nothing).
    """
    daylight = min(max(math.sin(math.radians(elevation_deg)) * 2.5 + 0.1, 0.0), 1.0)
    lights = renderer.GetLights()
    lights.InitTraversal()
    sun, fill = lights.GetNextItem(), lights.GetNextItem()
    if sun is not None:
        el, az = math.radians(max(elevation_deg, 2.0)), math.radians(azimuth_deg)
        sun.SetPosition(1500.0 * math.cos(el) * math.sin(az), 1500.0 * math.cos(el) * math.cos(az), 1500.0 * math.sin(el))
        sun.SetIntensity(0.9 * daylight)
    if fill is not None:
        fill.SetIntensity(0.45 + 0.2 * (1.0 - daylight))
    horizon, zenith = day_sky
    renderer.SetBackground(*_lerp(NIGHT_SKY[0], horizon, daylight))
    renderer.SetBackground2(*_lerp(NIGHT_SKY[1], zenith, daylight))
    return daylight


def smoothstep(t: float) -> float:
    """``3t² - 2t³``: zero speed at both ends of a camera move."""
    t = min(max(t, 0.0), 1.0)
    return t * t * (3.0 - 2.0 * t)


def _lerp(a, b, t: float) -> tuple[float, ...]:
    return tuple(x + (y - x) * t for x, y in zip(a, b, strict=True))


def interpolate(a: CameraPose, b: CameraPose, t: float, rise_m: float = 0.0) -> CameraPose:
    """The pose a fraction ``t`` (eased) of the way from ``a`` to ``b``, lifted by up to ``rise_m``."""
    s = smoothstep(t)
    position = list(_lerp(a.position, b.position, s))
    position[2] += 4.0 * rise_m * s * (1.0 - s)
    up = np.array(_lerp(a.view_up, b.view_up, s))
    if np.linalg.norm(up) < 1e-6:
        up = np.array([0.0, 0.0, 1.0])
    return CameraPose(tuple(position), _lerp(a.focal_point, b.focal_point, s), tuple(up / np.linalg.norm(up)),
                      a.view_angle + (b.view_angle - a.view_angle) * s)


def preset_pose(view: OffscreenView, name: str) -> CameraPose:
    """The pose a camera preset puts the view's camera in."""
    view.scene.apply_camera(name)
    return CameraPose.of(view.renderer.GetActiveCamera())


def tour_stops(view: OffscreenView, campus: Campus) -> list[CameraPose]:
    """The tour's stops: the presets the layout supports, then back to the first."""
    stops = []
    for name in CAMERA_PRESETS:
        try:
            stops.append(preset_pose(view, name))
        except ValueError:  # a layout without homes in that commune has no such eye-level view
            continue
    return stops + stops[:1]


def guided_stops(view: OffscreenView, tour) -> tuple[list[CameraPose], list]:
    """Poses of a :class:`~twin.model.tour.Tour`'s stops (then back to the first) and the stops."""
    poses, stops = [], []
    for stop in tour.stops:
        if stop.pose is not None:
            pose = CameraPose(tuple(stop.pose.position), tuple(stop.pose.focal_point), tuple(stop.pose.view_up),
                              float(stop.pose.view_angle_deg))
        else:
            try:
                pose = preset_pose(view, stop.preset)
            except ValueError:  # an eye-level preset this layout has no homes for
                continue
        poses.append(pose)
        stops.append(stop)
    return poses + poses[:1], stops + stops[:1]


def tour_leg(stops: list, t: float, rest: float = 0.3) -> tuple[int, float]:
    """``(leg, move)``: which leg of the tour fraction ``t`` is on, and how far it has moved (0..1)."""
    legs = len(stops) - 1
    position = min(max(t, 0.0), 1.0) * legs
    leg = min(int(position), legs - 1)
    local = position - leg
    return leg, 0.0 if local < rest else (local - rest) / (1.0 - rest)


def tour_pose(stops: list[CameraPose], t: float, rest: float = 0.3) -> CameraPose:
    """The camera at fraction ``t`` of the tour: each leg rests ``rest`` of its time, then moves."""
    leg, move = tour_leg(stops, t, rest)
    a, b = stops[leg], stops[leg + 1]
    both_low = a.position[2] < 30.0 and b.position[2] < 30.0
    return interpolate(a, b, move, rise_m=350.0 if both_low else 0.0)


def orbit_pose(start: CameraPose, t: float) -> CameraPose:
    """``start`` turned by ``360 t`` degrees about the vertical through its focal point."""
    angle = 2.0 * math.pi * t
    fx, fy, _ = start.focal_point
    x, y, z = start.position
    dx, dy = x - fx, y - fy
    c, s = math.cos(angle), math.sin(angle)
    return CameraPose((fx + c * dx - s * dy, fy + s * dx + c * dy, z), start.focal_point, start.view_up, start.view_angle)


def settle(campus: Campus, settings, max_steps: int = 300,
           progress: Callable[[int, object], None] | None = None):
    """Run the solver synchronously on ``campus`` until settled or ``max_steps``; return the last frame."""
    from twin.sim.airflow.runner import AirflowRunner

    runner = AirflowRunner(campus, settings, synchronous=True)
    frame = runner.latest()
    for step in range(1, max_steps + 1):
        frame = runner.step_now(1)
        if progress is not None:
            progress(step, frame)
        if frame.tier == "settled":
            break
    return frame


class _RunnerLink:
    """The session's view of a synchronous runner: recirculation in, heat out."""

    def __init__(self, runner) -> None:
        self.runner = runner

    def latest_intake_rise_k(self):
        frame = self.runner.latest()
        return {} if frame is None else {k: v for k, v in frame.intake_rise_k.items() if np.isfinite(v)}

    def submit_heat(self, heat_mw_by_building) -> None:
        self.runner.submit_heat(heat_mw_by_building)


class Animation:
    """Frames of one animation; iterate it (each ``next`` renders one frame), then :meth:`close`.

    Parameters
    ----------
    campus
        The layout.
    spec
        What to animate (checked on creation).
    info
        Provenance of the layout (program version, layout file and hash); each frame's caption
        adds its time, weather, overlays and solver state.
    session_factory
        ``day``: builds the running twin, called as ``session_factory(campus, weather,
        start=..., wall_clock=...)``; pass :class:`twin.session.TwinSession` (the session layer
        sits beside this one, so it is handed in rather than imported).
    weather
        ``day``: the weather series to play (default: the bundled synthetic year, with the 2019
        heat wave when ``spec.heatwave``).
    tour
        ``tour``: a :class:`~twin.model.tour.Tour` to follow (default: the camera presets).
    """

    def __init__(self, campus: Campus, spec: AnimationSpec, info: ExportInfo, session_factory=None,
                 weather=None, tour=None) -> None:
        spec.check()
        self.campus = campus
        self.spec = spec
        self.info = info
        self.index = 0
        self.last_info = info
        self._ahead = None
        self._computed = 0
        self.view = OffscreenView(spec.size)
        self.view.show(campus, "overview")
        self.overlays = tuple(spec.overlays) or (DAY_OVERLAYS if spec.kind == "day" else ())
        self._frame = None
        self._runner = None
        self.session = None
        if spec.kind == "day":
            if session_factory is None:
                raise ValueError("a day animation needs a session_factory (twin.session.TwinSession)")
            self._start_day(session_factory, weather)
        else:
            self._guided: list = []
            if spec.kind == "tour" and tour is not None and tour.stops:
                self._stops, self._guided = guided_stops(self.view, tour)
            elif spec.kind == "tour":
                self._stops = tour_stops(self.view, campus)
            else:
                self._stops = [preset_pose(self.view, "overview")]
            self.view.show(campus, "overview")

    # -- public --------------------------------------------------------------------------

    @property
    def frames(self) -> int:
        return self.spec.frames

    def prepare(self, progress: Callable[[int, object], None] | None = None) -> None:
        """For a tour or orbit with overlays, settle the solver on the layout's design weather first."""
        if self.spec.kind != "day" and self.overlays and self._frame is None:
            from twin.sim.airflow.domain import AirflowSettings

            self._frame = settle(self.campus, AirflowSettings(dx_m=self.spec.dx_m), progress=progress)
            self.view.show_fields(self._frame, self.campus, self.overlays)

    def __iter__(self) -> Iterator[np.ndarray]:
        return self

    def __next__(self) -> np.ndarray:
        if self.index >= self.frames:
            raise StopIteration
        t = self.index / (self.frames - 1)
        if self.spec.kind == "day":
            info = self._day_frame()
        else:
            self.prepare()
            pose = tour_pose(self._stops, t) if self.spec.kind == "tour" else orbit_pose(self._stops[0], t)
            self.view.aim(pose)
            self.view.scene.set_annotations_visible(pose.position[2] > 30.0)
            info = self._static_info()
            if self._guided:
                from twin.core.i18n import current_language

                leg, move = tour_leg(self._stops, t)
                stop = self._guided[leg + 1 if move > 0.5 else leg]
                info = info.replace(figures=((tr("Caption", "Tour:"), stop.text(current_language(), "title")),))
        self.view.caption.set_info(info)
        self.last_info = info
        self.index += 1
        return self.view.render()

    @property
    def field_frame(self):
        """The airflow frame the last image's overlays were drawn from (None without overlays)."""
        return self._frame

    @property
    def elapsed_s(self) -> float:
        """Simulated seconds from the first frame to the last one rendered (day; 0 otherwise)."""
        if self.spec.kind != "day" or self.index == 0:
            return 0.0
        return (self.index - 1) * self._seconds_per_frame

    def close(self) -> None:
        """Release the OpenGL context and the load source (after any frame computed ahead)."""
        if self._ahead is not None:
            try:
                self._ahead.result()
            except Exception:  # noqa: BLE001 - closing anyway; the caller saw or will not need it
                pass
            self._ahead = None
        if self.session is not None:
            self.session.close()
        self.view.close()

    def __enter__(self) -> Animation:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- day -------------------------------------------------------------------------------

    def _start_day(self, session_factory, weather) -> None:
        from twin.sim.weather import load_default_weather, with_heatwave

        if weather is None:
            weather = load_default_weather()
            if self.spec.heatwave:
                weather = with_heatwave(weather)
        day = self.spec.date or ("2030-07-25" if self.spec.heatwave else "2030-06-21")
        self._wall = 0.0
        self.session = session_factory(self.campus, weather, start=np.datetime64(day, "s"), wall_clock=lambda: self._wall)
        self._seconds_per_frame = 86400.0 / (self.frames - 1)
        self._steps = self.spec.solver_steps or solver_steps_per_frame(self.frames)
        self.view.aim("overview")
        if self.overlays:
            from twin.sim.airflow.domain import AirflowSettings

            ambient, _, speed, wind_from = self.session.weather_now()
            self._settings = AirflowSettings(dx_m=self.spec.dx_m, **self._rounded(wind_from, speed, ambient))
            self._cold_start()

    def _cold_start(self) -> None:
        from twin.sim.airflow.runner import AirflowRunner

        self._runner = AirflowRunner(self.campus, self._settings, synchronous=True)
        # Roll-backs are reported in the frames (and so in the caption's solver state),
        # not as Python warnings interrupting the export.
        self._runner.solver.warn = False
        self.session.attach_airflow(_RunnerLink(self._runner))

    @staticmethod
    def _rounded(wind_from: float, speed: float, ambient: float) -> dict[str, float]:
        return {"wind_from_deg": round(wind_from / 10.0) * 10.0 % 360.0, "wind_speed_ms": max(round(speed * 2) / 2, 0.5),
                "ambient_c": float(round(ambient))}

    def _day_frame(self) -> ExportInfo:
        """Advance and draw the next day frame (the simulation part possibly computed ahead)."""
        pending, self._ahead = self._ahead, None
        computed = pending.result() if pending is not None else self._day_compute()
        return self._day_draw(*computed)

    def compute_ahead(self, executor) -> object | None:
        """Start simulating the next day frame on ``executor`` (a worker thread); return its future.

        Only the Qt-free, VTK-free part runs there (the session's tick, the solver's steps);
        drawing stays on the caller's thread at the next ``next()``, which waits for the
        future. The window uses it to keep the event loop free while the solver steps. The
        session and the runner are touched by one thread at a time: the worker until the
        future is done, then the caller.
        """
        if self.spec.kind != "day" or self._ahead is not None or self.index >= self.frames:
            return self._ahead
        self._ahead = executor.submit(self._day_compute)
        return self._ahead

    def _day_compute(self):
        """The next moment of the day: plant snapshot, airflow frame, caption facts (no VTK)."""
        import dataclasses

        if self._computed > 0:
            self._wall += self._seconds_per_frame
        self._computed += 1
        snapshot = self.session.tick()
        ambient, _, speed, wind_from = self.session.weather_now()
        info = self.info.replace(
            sim_time=str(np.datetime64(snapshot.time, "m")), weather_source=self.session.weather.label,
            wind_from_deg=wind_from, wind_speed_ms=speed, ambient_c=ambient,
            figures=(
                (tr("Caption", "IT"), f"{snapshot.campus_it_mw:.0f} MW"),
                (tr("Caption", "PUE"), format_number(snapshot.campus_pue, 3)),
                (tr("Caption", "heat exported"), tr("Caption", "{mw} MW (~{homes} homes' use)").format(
                    mw=format_number(snapshot.exported_mw), homes=format_number(snapshot.homes_heated))),
            ),
        )
        if self._runner is None:
            return snapshot, None, info
        wanted = self._rounded(wind_from, speed, ambient)
        if any(getattr(self._settings, key) != value for key, value in wanted.items()):
            self._settings = dataclasses.replace(self._settings, **wanted)
            self._runner.submit_settings(self._settings)  # a warm start from the last field
        frame = self._runner.step_now(self._steps)
        if getattr(frame, "state", "") == "invalid":
            # The solver gave up (repeated roll-backs, seen after a warm start from calm air
            # into a 5 m/s wind): start afresh in the new conditions instead of showing a
            # stopped field for the rest of the day. Its caption says "settling" meanwhile.
            self._cold_start()
            frame = self._runner.step_now(self._steps)
        state, detail = solver_state(frame)
        return snapshot, frame, info.replace(
            wind_from_deg=frame.weather.wind_from_deg, wind_speed_ms=frame.weather.wind_speed_ms,
            ambient_c=frame.weather.ambient_c, overlays=self.overlays, solver_state=state, solver_detail=detail)

    def _day_draw(self, snapshot, frame, info: ExportInfo) -> ExportInfo:
        """Light, labels and overlays of a computed moment (VTK, the caller's thread)."""
        from twin.render import palette

        light_scene_for_sun(self.view.renderer, *sun_position(np.datetime64(snapshot.time, "s")),
                            (palette.SKY_HORIZON, palette.SKY_ZENITH))
        for hall in self.campus.data_halls:
            load = snapshot.it_mw.get(hall.id, 0.0)
            self.view.scene.set_building_status(
                hall.id, tr("Caption", "{load:.0f} of {capacity:g} MW IT").format(load=load, capacity=hall.it_capacity_mw),
                load / hall.it_capacity_mw if hall.it_capacity_mw else None)
        if frame is not None:
            self._frame = frame
            self.view.show_fields(frame, self.campus, self.overlays)
        return info

    # -- tour and orbit -------------------------------------------------------------------

    def _static_info(self) -> ExportInfo:
        if self._frame is None:
            return self.info
        state, detail = solver_state(self._frame)
        weather = self._frame.weather
        return self.info.replace(wind_from_deg=weather.wind_from_deg, wind_speed_ms=weather.wind_speed_ms,
                                 ambient_c=weather.ambient_c, overlays=self.overlays, solver_state=state,
                                 solver_detail=detail)
