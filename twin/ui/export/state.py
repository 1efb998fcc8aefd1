"""The window's state as an export request: what the view shows and where it came from.

:func:`export_info` and :func:`snapshot_request` read the window (document, session, airflow
runner, overlays, camera) and return immutable objects; the snapshot, animation and sheet
exports and the live caption all use them, so the window and ``twin snapshot`` state the
same facts the same way.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from twin import __version__
from twin.core.provenance import ExportInfo
from twin.io.export.provenance import layout_identity
from twin.render.snapshot import CameraPose, SceneStatus, SnapshotRequest, solver_state


def export_info(window) -> ExportInfo:
    """What the window shows now, as :class:`~twin.core.provenance.ExportInfo`."""
    document = window.document
    campus = document.campus
    layout_file, digest = layout_identity(campus, document.path, not document.undo_stack.is_clean)
    info = ExportInfo(program_version=__version__, layout_name=campus.scenario.name, layout_file=layout_file,
                      layout_sha256=digest)
    session = getattr(window, "session", None)
    snapshot = session.latest if session is not None else None
    if snapshot is not None:
        info = info.replace(
            sim_time=str(np.datetime64(snapshot.time, "m")), weather_source=session.weather.label,
            ambient_c=snapshot.ambient_c,
            figures=(
                (QCoreApplication.translate("Export", "PUE"), f"{snapshot.campus_pue:.3f}"),
                (QCoreApplication.translate("Export", "heat exported"), f"{snapshot.exported_mw:.0f} MW"),
            ),
        )
        _, _, speed, wind_from = session.weather_now()
        info = info.replace(wind_from_deg=wind_from, wind_speed_ms=speed)
    runner = getattr(window, "airflow", None)
    frame = runner.latest() if runner is not None else None
    shown = tuple(name for name, on in window.field_overlays.shown.items() if on) if frame is not None else ()
    if frame is not None:
        from twin.sim.airflow.domain import Weather

        wanted = Weather.resolve(campus, runner.settings)
        current = wanted == frame.weather
        state, detail = solver_state(frame, current=current)
        following = getattr(window, "_follow_weather", False)
        # The overlays show the solver's weather; say so when it is not the played weather.
        info = info.replace(
            wind_from_deg=frame.weather.wind_from_deg, wind_speed_ms=frame.weather.wind_speed_ms,
            ambient_c=frame.weather.ambient_c, overlays=shown, solver_state=state if shown else "off",
            solver_detail=detail,
            weather_source=info.weather_source if following and info.weather_source else
            QCoreApplication.translate("Export", "set in the Wind and heat panel"),
        )
    elif snapshot is None:
        scenario = campus.scenario
        info = info.replace(weather_source=QCoreApplication.translate("Export", "layout design scenario"),
                            wind_from_deg=scenario.wind_from_deg, wind_speed_ms=scenario.wind_speed_ms,
                            ambient_c=scenario.ambient_c)
    return info


def headline_name(window) -> str | None:
    """How the caption's headline names the window's layout; ``None`` for the unedited bundled one.

    The bundled scenario is titled "... (default layout)": once the layout is saved under
    another name or edited, that title is no longer true, so the headline names the file the
    layout now lives in and its unsaved edits (as the window title does), after the
    scenario's name without that suffix.
    """
    document = window.document
    edited = not document.undo_stack.is_clean
    if (document.path is None or document.bundled) and not edited:
        return None
    layout_file, _ = layout_identity(document.campus, document.path, edited)
    name = document.campus.scenario.name.removesuffix(" (default layout)")
    return QCoreApplication.translate("Export", "{name} · {file}").format(name=name, file=layout_file)


def snapshot_request(window, size: tuple[int, int] | None = None) -> SnapshotRequest:
    """The window's view (camera, overlays, labels, caption facts) at ``size`` (default: the view's)."""
    viewport = window.viewport
    if size is None:
        width, height = viewport.render_window.GetSize()
        size = (max(int(width), 16), max(int(height), 16))
    runner = getattr(window, "airflow", None)
    frame = runner.latest() if runner is not None else None
    info = export_info(window)
    return SnapshotRequest(
        campus=window.document.campus, info=info, size=size,
        camera=CameraPose.of(viewport.renderer.GetActiveCamera()), frame=frame, overlays=info.overlays,
        slice_height_m=window.field_overlays.temperature.height_m, status=SceneStatus.of(viewport.scene),
        annotations=viewport.scene._annotations_visible, headline=headline_name(window),
    )
