"""Speed of the 3-D view, measured offscreen on this machine in one run (``twin bench --render``).

The scene is the one the window and ``twin snapshot`` draw (:class:`~twin.render.snapshot.OffscreenView`:
campus, reserve trees, labels, caption, and the temperature slice and plume drawn from a real
solver frame). The camera turns by a small step every frame, as when a planner orbits, so every
frame is really drawn. Each frame is timed to the end of rasterisation (``WaitForCompletion``,
i.e. ``glFinish``: Mesa's llvmpipe rasterises in threads after ``Render`` returns).

Figures:

- frames per second at 1280x720 and 1920x1080, campus only and with the overlays;
- frame time by layer (campus, trees, overlays, labels): the frame time with every layer shown
  minus the frame time with that layer hidden, and the cost of an empty frame (clear, sky
  gradient). Hiding the campus hides the ground, so the sky gradient is drawn instead of the
  clear ground (:mod:`twin.render.ground`): the campus figure is net of that. Frames are drawn
  as the viewport draws them while the camera moves (no FXAA); a frame of a still camera (and
  every snapshot or video frame) has FXAA, measured apart (:mod:`twin.ui.still_frame`);
- the same configurations drawn as before the speed work (:func:`set_reference`), interleaved
  with the current ones, so before / now comes from one run;
- the cost of drawing a new solver frame into the overlays (the window does this at most four
  times a second, :data:`twin.ui.main_window.OVERLAY_TICK_MS`), and the frame rate with a new
  solver frame every ``FRAMES_PER_FIELD`` frames (30 fps with a field at 4 Hz);
- optionally the 720p frame with overlays while the solver steps in a thread beside the
  renderer, as in the app, the camera turning (now, and before the speed work).

Processor time is that of the threads that render (this one and llvmpipe's,
:func:`render_cpu_s`), so the solver's thread is not counted as the renderer's.

The machine is shared and noisy, so configurations are measured interleaved, round by round,
and the median frame time of each is reported; compare the figures of one run with each other
(the ratios), not with another run's.
"""

from __future__ import annotations

import dataclasses
import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from twin.model.campus import Campus
from twin.render.vtk import vtkBillboardTextActor3D, vtkTextActor

SIZES = {"720p": (1280, 720), "1080p": (1920, 1080)}
LAYERS = ("campus", "trees", "overlays", "labels")
OVERLAYS = ("temperature", "plume")
FRAMES_PER_FIELD = 8
"""At 30 frames a second and a new field four times a second, one frame in 7.5 carries a new field."""
ORBIT_STEP_DEG = 0.5


def solve_frame(campus: Campus, max_steps: int = 120):
    """Run the airflow solver in this thread until settled (or ``max_steps``); return its last frame."""
    from twin.sim.airflow.runner import AirflowRunner

    runner = AirflowRunner(campus, synchronous=True)
    frame = runner.latest()
    for _ in range(max_steps):
        frame = runner.step_now(1)
        if frame.state in ("settled", "invalid"):
            break
    return frame


def fresh_copy(frame):
    """The same field as a new frame with new arrays, as the solver publishes one (nothing cached can match it)."""
    return dataclasses.replace(frame, temperature_c=np.array(frame.temperature_c, copy=True),
                               velocity=tuple(np.array(c, copy=True) for c in frame.velocity))


class LayerSwitch:
    """Shows and hides the layers of an :class:`~twin.render.snapshot.OffscreenView` by name.

    ``campus``: ground, site, buildings, pipes, markers; ``trees``: the reserve's instanced
    trees; ``overlays``: the field overlays with their legends and badges; ``labels``: 3-D labels
    and the caption. Each actor's own visibility is remembered and restored, so hiding a layer
    and showing it again leaves the scene as it was.
    """

    def __init__(self, view) -> None:  # noqa: ANN001 - OffscreenView (import cycle avoided)
        self.view = view
        self._saved: dict[int, tuple[Any, bool]] = {}

    def actors(self) -> dict[str, list]:
        """The props of each layer, as the scene holds them now."""
        scene = self.view.scene
        reserve = scene._reserve  # same package: the scene has no public accessor for its trees
        trees = list(reserve.trees.actors) if reserve is not None else []
        overlays = []
        if self.view._fields is not None:
            for overlay in (*self.view._fields.by_id.values(), self.view._fields.notice):
                overlays += list(overlay.actors)
        ground = [scene.ground.ground] if scene.ground is not None else []
        taken = {id(a) for a in trees + overlays + ground}
        labels, campus = [], []
        for renderer in (scene.renderer, scene.layers.labels):
            props = renderer.GetViewProps()
            props.InitTraversal()
            for _ in range(props.GetNumberOfItems()):
                prop = props.GetNextProp()
                if id(prop) in taken:
                    continue
                if isinstance(prop, vtkBillboardTextActor3D | vtkTextActor):
                    labels.append(prop)
                else:
                    campus.append(prop)
        return {"campus": ground + campus, "trees": trees, "overlays": overlays, "labels": labels}

    def show_only(self, shown: tuple[str, ...]) -> None:
        """Show the layers named in ``shown`` (as they were), hide the others."""
        self.restore()
        reserve = self.view.scene._reserve
        if reserve is not None:  # the tree layer sets its actors' visibility itself at each render
            reserve.trees.set_visible("trees" in shown)
        ground = self.view.scene.ground
        if ground is not None:  # so does the ground (twin.render.ground)
            ground.set_visible("campus" in shown)
        for name, props in self.actors().items():
            if name in shown or name == "trees":
                continue
            for prop in props:
                if ground is not None and prop is ground.ground:
                    continue
                self._saved[id(prop)] = (prop, bool(prop.GetVisibility()))
                prop.SetVisibility(False)

    def restore(self) -> None:
        """Every layer back as it was."""
        for prop, visible in self._saved.values():
            prop.SetVisibility(visible)
        self._saved.clear()
        reserve = self.view.scene._reserve
        if reserve is not None:
            reserve.trees.set_visible(True)
        if self.view.scene.ground is not None:
            self.view.scene.ground.set_visible(True)


def set_reference(view, reference: bool) -> None:  # noqa: ANN001 - OffscreenView
    """Draw as before the speed work (``True``) or as now (``False``).

    Before: detailed trees at every distance, no back-face culling, order-independent
    transparency in both renderer layers, the whole one-cell-thick slices, the plume veil's
    two walls at 0.18 opacity lit by the GPU, the sky gradient and the lit ground quad in every
    view, the site and the reserve's ground lit by the GPU, every label in the translucent pass. Lets
    one run of the benchmark measure before and after side by side on the same machine load.
    """
    from twin.render.overlays import PlumeSurface

    scene = view.scene
    scene.layers.labels.SetUseOIT(reference)
    scene.renderer.SetUseOIT(reference)
    if scene.ground is not None:
        scene.ground.enabled = not reference
        scene.ground.update()
    scene.flat_lit.set_enabled(not reference)
    scene.layers.placer.opaque_labels = not reference
    if view._fields is not None:
        for actor in view._fields.plume.actors[:1]:  # lit by the GPU, both walls at 0.18
            baked = actor.GetMapper().GetInput().GetPointData().GetScalars() is not None
            actor.GetProperty().SetBackfaceCulling(not reference)
            actor.GetProperty().SetOpacity(0.18 if reference else PlumeSurface.OPACITY)
            actor.GetProperty().SetLighting(reference or not baked)
            actor.GetMapper().SetScalarVisibility(baked and not reference)
            lit_by_gpu = reference or not baked
            actor.GetProperty().SetAmbient(PlumeSurface.AMBIENT if lit_by_gpu else 1.0)
            actor.GetProperty().SetDiffuse(PlumeSurface.DIFFUSE if lit_by_gpu else 0.0)
    closed = []
    if scene._reserve is not None:
        scene._reserve.trees.lod = not reference
        closed += list(scene._reserve.trees.actors)
    for adapter in scene.buildings.values():
        closed += [actor for actor, part in zip(adapter.actors, adapter.parts, strict=True) if part != "label"]
    for actor in closed:
        actor.GetProperty().SetBackfaceCulling(not reference)
    if view._fields is not None:  # slices: the whole one-cell-thick image, or its visible quads
        from twin.render.overlays import transparent_below, visible_cells_surface

        for overlay in (view._fields.temperature, view._fields.vertical):
            for actor in overlay.actors:
                image = getattr(actor, "slice_image", None)
                if image is not None:
                    cutoff = -np.inf if reference else transparent_below(overlay.table)
                    actor.GetMapper().SetInputData(visible_cells_surface(image, cutoff))


def render_cpu_s() -> float:
    """Processor seconds used so far by the threads that render: this one and llvmpipe's.

    Read from Linux's per-thread scheduler statistics (``/proc/self/task/*/schedstat``, the
    first field is the time the thread has run, in nanoseconds), so that a solver stepping in
    another thread of the process is not counted as the renderer's; elsewhere, the whole
    process's processor time.
    """
    import os
    import threading

    tasks = "/proc/self/task"
    if not os.path.isdir(tasks) or threading.current_thread() is not threading.main_thread():
        return time.process_time()
    total = time.thread_time()
    for tid in os.listdir(tasks):
        try:
            with open(f"{tasks}/{tid}/comm") as comm:
                if not comm.read().startswith("llvmpipe"):
                    continue
            with open(f"{tasks}/{tid}/schedstat") as stat:
                total += int(stat.read().split()[0]) * 1e-9
        except (OSError, ValueError, IndexError):  # a thread that ended meanwhile
            continue
    return total


def _time_frames(view, frames: int, between: Callable[[int], None] | None = None,
                 cpu: list[float] | None = None) -> list[float]:
    """Render ``frames`` frames turning the camera; return each frame's wall time in ms.

    ``cpu``, when given, receives each frame's processor time in ms, summed over the threads
    that render (this one and llvmpipe's rasteriser threads, :func:`render_cpu_s`): on a shared
    machine it varies far less than wall time, which waits for the cores other programs hold.
    """
    window = view.window
    camera = view.renderer.GetActiveCamera()
    times = []
    for index in range(frames):
        camera.Azimuth(ORBIT_STEP_DEG)
        started, started_cpu = time.perf_counter(), render_cpu_s()
        if between is not None:
            between(index)
        window.Render()
        window.WaitForCompletion()
        times.append((time.perf_counter() - started) * 1000.0)
        if cpu is not None:
            cpu.append((render_cpu_s() - started_cpu) * 1000.0)
    camera.Azimuth(-ORBIT_STEP_DEG * frames)
    return times


STILL = "with overlays, still frame (FXAA)"
"""The one configuration drawn with FXAA: a frame of a still camera (the viewport's frame after
the camera stops, or for a new field or label while it rests; snapshots, video frames). Every
other configuration is drawn as the viewport draws while the camera moves: without FXAA."""


def _configurations() -> dict[str, tuple[str, ...]]:
    everything = LAYERS
    configs = {"campus only": ("campus", "trees", "labels"), "with overlays": everything, STILL: everything, "empty": ()}
    for layer in LAYERS:
        configs[f"without {layer}"] = tuple(name for name in everything if name != layer)
    return configs


def run_render_bench(campus: Campus, frame=None, sizes: tuple[str, ...] = ("720p", "1080p"), rounds: int = 3,
                     frames: int = 4, solver_steps: int = 120, with_solver: bool = True, compare: bool = True,
                     progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Measure the view's frame rate; return the figures as a JSON-ready dict.

    Parameters
    ----------
    campus
        The layout to draw.
    frame
        The solver frame the overlays are drawn from; ``None`` runs the solver first
        (``solver_steps`` at most, until settled).
    sizes
        Keys of :data:`SIZES`.
    rounds, frames
        Every configuration is measured ``frames`` frames per round, ``rounds`` rounds
        interleaved; the median frame time over all of them is reported.
    with_solver
        Also measure the 720p overlays frame rate with the solver stepping in a thread.
    compare
        Also measure every configuration drawn as before the speed work (:func:`set_reference`),
        interleaved with the current one, reported as ``"... (before)"``.
    """
    from twin.render.snapshot import OffscreenView, basic_info

    say = progress or (lambda _text: None)
    if frame is None:
        say("solving the field the overlays show…")
        started = time.perf_counter()
        frame = solve_frame(campus, solver_steps)
        say(f"  {frame.state} after {frame.sim_time_s:.0f} s simulated ({time.perf_counter() - started:.1f} s)")
    info = basic_info(campus, "bench", "")
    report: dict[str, Any] = {"frame_state": frame.state, "grid": list(frame.grid.shape), "sizes": {}}
    configs = _configurations()
    for size_name in sizes:
        size = SIZES[size_name]
        say(f"rendering at {size[0]}x{size[1]}…")
        with OffscreenView(size) as view:
            view.show(campus, "overview")
            view.caption.set_info(info)
            view.show_fields(frame, campus, OVERLAYS)
            switch = LayerSwitch(view)
            for reference in (True, False):  # first frames compile shaders and upload buffers
                set_reference(view, reference)
                view.window.Render()
                view.window.Render()
            triangles = _triangles(switch)
            streaming = f"with overlays, new field every {FRAMES_PER_FIELD} frames"
            names = [*configs, streaming]
            if compare:
                names += [f"{name} (before)" for name in configs]
            samples: dict[str, list[float]] = {name: [] for name in names}
            cpu: dict[str, list[float]] = {name: [] for name in samples}
            for _ in range(rounds):
                for reference in (True, False) if compare else (False,):
                    set_reference(view, reference)
                    for name, shown in configs.items():
                        key = f"{name} (before)" if reference else name
                        switch.show_only(shown)
                        view.renderer.SetUseFXAA(name == STILL)
                        view.window.Render()  # the visibility change is drawn once before timing
                        samples[key] += _time_frames(view, frames, cpu=cpu[key])
                    switch.restore()
                set_reference(view, False)
                view.renderer.UseFXAAOff()
                view.window.Render()

                def new_field(index: int, view=view) -> None:
                    if index % FRAMES_PER_FIELD == 0:
                        view.fields.update(fresh_copy(frame), campus)
                samples[streaming] += _time_frames(view, 2 * FRAMES_PER_FIELD, new_field, cpu=cpu[streaming])
            view.renderer.UseFXAAOn()
            update_ms = []
            for _ in range(max(3, rounds)):
                copy = fresh_copy(frame)
                started = time.perf_counter()
                view.fields.update(copy, campus)
                update_ms.append((time.perf_counter() - started) * 1000.0)
            switch.restore()
            medians = {name: statistics.median(times) for name, times in samples.items()}
            cpu_medians = {name: statistics.median(times) for name, times in cpu.items()}
            full, full_cpu = medians["with overlays"], cpu_medians["with overlays"]
            report["sizes"][size_name] = {
                "width": size[0], "height": size[1],
                "frame_ms": {name: round(ms, 2) for name, ms in medians.items()},
                "fps": {name: round(1000.0 / ms, 1) for name, ms in medians.items()},
                "cpu_ms": {name: round(ms, 2) for name, ms in cpu_medians.items()},
                "layer_ms": {layer: round(full - medians[f"without {layer}"], 2) for layer in LAYERS},
                "layer_cpu_ms": {layer: round(full_cpu - cpu_medians[f"without {layer}"], 2) for layer in LAYERS},
                **({"layer_ms_before": {layer: round(medians["with overlays (before)"] - medians[f"without {layer} (before)"], 2)
                                        for layer in LAYERS},
                    "layer_cpu_ms_before": {layer: round(cpu_medians["with overlays (before)"] - cpu_medians[f"without {layer} (before)"], 2)
                                            for layer in LAYERS}} if compare else {}),
                "empty_frame_ms": round(medians["empty"], 2),
                "new_field_ms": round(statistics.median(update_ms), 2),
                "triangles": triangles,
            }
    if with_solver and "720p" in sizes:
        say("rendering at 1280x720 with the solver stepping in a thread…")
        report["720p_with_solver_running"] = _with_solver(campus, frame, info, rounds * frames * 2, compare)
    return report


def _with_solver(campus: Campus, frame, info, frames: int, compare: bool = True) -> dict[str, Any]:
    """720p frames with overlays while the solver steps in its thread, each new frame drawn as the window does.

    The camera turns every frame (the viewport's moving-camera frames: no FXAA). The solver
    thread runs behind the window's threads, as in the app
    (:func:`twin.core.threads.run_current_thread_in_background`). With ``compare``, blocks of frames drawn
    that way alternate with blocks drawn with a second solver at the window's priority
    (``solver_at_window_priority``), and with blocks drawn as before the speed work
    (:func:`set_reference`, FXAA on every frame, solver at the window's priority: ``before``);
    only one solver steps at a time, the others are paused.
    """
    from twin.render.snapshot import OffscreenView
    from twin.sim.airflow.runner import AirflowRunner

    modes = ("now", "solver_at_window_priority", "before") if compare else ("now",)
    runners = {"now": AirflowRunner(campus, background=True)}
    if compare:
        runners["solver_at_window_priority"] = runners["before"] = AirflowRunner(campus)
    times: dict[str, list[float]] = {mode: [] for mode in modes}
    cpu: dict[str, list[float]] = {mode: [] for mode in modes}
    steps: dict[str, int] = dict.fromkeys(modes, 0)
    wall: dict[str, float] = dict.fromkeys(modes, 0.0)
    try:
        for runner in set(runners.values()):
            runner.start()
            runner.wait_for_frame(lambda f: f.step >= 2, timeout=30.0)
            runner.pause()
        with OffscreenView(SIZES["720p"]) as view:
            view.show(campus, "overview")
            view.caption.set_info(info)
            view.show_fields(frame, campus, OVERLAYS)
            last: list[Any] = [time.perf_counter(), None]
            block = max(4, frames // 4)
            for _block in range(0, frames, block):
                for mode in modes:
                    runner = runners[mode]
                    reference = mode == "before"

                    def poll(_index: int, runner=runner, reference=reference) -> None:
                        # the window's overlay tick: at most four times a second, only a new frame
                        if time.perf_counter() - last[0] >= 0.25:
                            last[0] = time.perf_counter()
                            latest = runner.latest()
                            if latest is not None and latest is not last[1]:
                                last[1] = latest
                                view.fields.update(latest, campus)
                                if reference:
                                    set_reference(view, True)  # the new veil drawn as before too
                    set_reference(view, reference)
                    view.renderer.SetUseFXAA(reference)
                    resumed_at = runner.latest().step
                    runner.play()
                    runner.wait_for_frame(lambda f, s=resumed_at: f.step > s, timeout=30.0)  # stepping again
                    view.window.Render()
                    step_before, started = runner.latest().step, time.perf_counter()
                    times[mode] += _time_frames(view, block, poll, cpu=cpu[mode])
                    wall[mode] += time.perf_counter() - started
                    steps[mode] += runner.latest().step - step_before
                    runner.pause()
    finally:
        for runner in set(runners.values()):
            runner.stop()

    def figures(mode: str) -> dict[str, float]:
        median = statistics.median(times[mode])
        return {"frame_ms": round(median, 2), "fps": round(1000.0 / median, 1),
                "cpu_ms": round(statistics.median(cpu[mode]), 2),
                "p90_frame_ms": round(float(np.percentile(times[mode], 90)), 2),
                "solver_steps_per_s": round(steps[mode] / wall[mode], 2) if wall[mode] > 0 else 0.0}
    from twin.sim.airflow.backend import status as backend_status

    result = {**figures("now"), "solver_backend": backend_status().active,
              "solver_priority": runners["now"].thread_priority}
    for mode in modes[1:]:
        result[mode] = figures(mode)
    return result


def _triangles(switch: LayerSwitch) -> dict[str, int]:
    """Triangles (and instanced glyph triangles) each layer sends to the rasteriser."""
    counts = {}
    for layer, props in switch.actors().items():
        total = 0
        for prop in props:
            mapper = prop.GetMapper() if hasattr(prop, "GetMapper") else None
            if mapper is None or not prop.GetVisibility():
                continue
            mapper.Update()
            data = mapper.GetInputDataObject(0, 0)
            if data is None or not hasattr(data, "GetNumberOfCells"):
                continue
            if hasattr(mapper, "SetScaleArray"):  # glyphs: the source drawn once per point
                source = mapper.GetSource(0)
                per = source.GetNumberOfCells() if source is not None else 0
                total += per * data.GetNumberOfPoints()
            elif hasattr(data, "GetNumberOfPolys"):
                total += data.GetNumberOfPolys() + data.GetNumberOfStrips()
            else:
                total += data.GetNumberOfCells()
        counts[layer] = int(total)
    return counts


def format_render_report(report: dict[str, Any]) -> str:
    """The figures as a plain-text table: fps and frame time side by side, layer costs, ratios."""
    lines = [f"render benchmark (field {report['frame_state']}, grid {'x'.join(map(str, report['grid']))}); "
             "medians of interleaved rounds, compare within this run"]
    for size_name, figures in report["sizes"].items():
        lines.append(f"\n{figures['width']}x{figures['height']} ({size_name}):")
        for name, ms in figures["frame_ms"].items():
            lines.append(f"  {name:<44} {ms:7.1f} ms  {figures['fps'][name]:6.1f} fps   cpu {figures['cpu_ms'][name]:7.1f} ms")
        full = figures["frame_ms"]["with overlays"]
        full_cpu = figures["cpu_ms"]["with overlays"]
        lines.append("  frame time by layer (with every layer shown minus without it), wall and processor time:")
        for layer, ms in figures["layer_ms"].items():
            cpu_ms = figures["layer_cpu_ms"][layer]
            before = ""
            if "layer_ms_before" in figures:
                before = (f"   before: {figures['layer_ms_before'][layer]:7.1f} ms, "
                          f"cpu {figures['layer_cpu_ms_before'][layer]:7.1f} ms")
            lines.append(f"    {layer:<10} {ms:7.1f} ms ({100.0 * ms / full:4.0f} %)   cpu {cpu_ms:7.1f} ms "
                         f"({100.0 * cpu_ms / full_cpu:4.0f} %)   {figures['triangles'].get(layer, 0):,} triangles{before}")
        lines.append(f"    empty frame (clear, no FXAA) {figures['empty_frame_ms']:.1f} ms, "
                     f"cpu {figures['cpu_ms']['empty']:.1f} ms")
        lines.append(f"  drawing a new solver frame into the overlays: {figures['new_field_ms']:.1f} ms")
        lines.append(f"  overlays / campus only frame time: {full / figures['frame_ms']['campus only']:.2f}")
        if "with overlays (before)" in figures["frame_ms"]:
            for name, now_name in (("campus only", "campus only"), ("with overlays", "with overlays"), (STILL, STILL),
                                   (STILL, "with overlays")):
                was, now = figures["frame_ms"][f"{name} (before)"], figures["frame_ms"][now_name]
                was_cpu, now_cpu = figures["cpu_ms"][f"{name} (before)"], figures["cpu_ms"][now_name]
                label = now_name if name == now_name else f"{now_name} now / {name} before"
                lines.append(f"  {label}: before / now frame time {was / now:.2f} (wall), {was_cpu / now_cpu:.2f} (cpu)")
    if "720p" in report["sizes"] and "1080p" in report["sizes"]:
        a, b = report["sizes"]["720p"]["frame_ms"], report["sizes"]["1080p"]["frame_ms"]
        lines.append(f"\n1080p / 720p frame time with overlays: {b['with overlays'] / a['with overlays']:.2f} "
                     f"(pixels x{1920 * 1080 / (1280 * 720):.2f})")
    solver = report.get("720p_with_solver_running")
    if solver:
        lines.append(f"1280x720 with overlays while the solver steps in a thread ({solver.get('solver_priority')}), "
                     f"camera moving: {solver['frame_ms']:.1f} ms ({solver['fps']:.1f} fps, 90th percentile "
                     f"{solver['p90_frame_ms']:.1f} ms, cpu {solver['cpu_ms']:.1f} ms), "
                     f"solver {solver['solver_steps_per_s']:.2f} steps/s on {solver.get('solver_backend', '?')}")
        for mode, words in (("solver_at_window_priority", "solver at the window's priority"),
                            ("before", "drawn as before (FXAA every frame), solver at the window's priority")):
            was = solver.get(mode)
            if was:
                lines.append(f"  {words}: {was['frame_ms']:.1f} ms ({was['fps']:.1f} fps, cpu {was['cpu_ms']:.1f} ms, "
                             f"solver {was['solver_steps_per_s']:.2f} steps/s); that / now "
                             f"{was['frame_ms'] / solver['frame_ms']:.2f} (wall), {was['cpu_ms'] / solver['cpu_ms']:.2f} (cpu)")
    return "\n".join(lines)
