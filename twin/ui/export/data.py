"""File > Export data and File > Export consultation sheet: the window's campus and results to files.

One file dialog, the format chosen by the extension (as ``twin export``): ``.glb`` (the 3-D
model), ``.vti`` (the solver's current wind and temperature fields, with the buildings as
``<name>-buildings.vtp`` beside), ``.vtp`` (the buildings), ``.csv`` (the dashboard's series,
with the per-building figures now as ``<name>-buildings.csv``). A field that is not valid for
what the window shows is refused rather than exported as if it were current.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from twin.core.provenance import ExportError
from twin.ui.export.state import export_info


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportData", text)


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(f"{path.stem}-buildings{suffix}")


def export_data(window, path: Path | str) -> list[Path]:
    """Write what ``path``'s extension names from the window's state; return the files written.

    Raises
    ------
    ExportError
        For an unknown extension, no airflow field, an invalid field or no plant history.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    info = export_info(window)
    campus = window.document.campus
    if suffix == ".glb":
        from twin.io.export.glb import write_glb

        return [write_glb(campus, path, info)]
    if suffix in (".vti", ".vtp"):
        from twin.render.export_fields import write_buildings, write_fields

        if suffix == ".vtp":
            return [write_buildings(campus, path, info)]
        runner = getattr(window, "airflow", None)
        frame = runner.latest() if runner is not None else None
        if frame is None:
            raise ExportError(_t("No wind and heat field to export: the airflow solver is not running."))
        if info.solver_state == "invalid" or getattr(frame, "state", "") == "invalid":
            raise ExportError(_t("The airflow field is invalid for the conditions shown (stale or failed); "
                                 "wait until it is settling or settled, then export."))
        return [write_fields(frame, campus, path, info), write_buildings(campus, _beside(path, ".vtp"), info)]
    if suffix == ".csv":
        from twin.io.export.csv import write_buildings_csv, write_history_csv

        session = getattr(window, "session", None)
        if session is None or session.latest is None:
            raise ExportError(_t("No plant history yet: the running twin has not started."))
        return [write_history_csv(session.history, path, info),
                write_buildings_csv(campus, _beside(path, ".csv"), session.latest, info)]
    raise ExportError(_t("{path}: unknown export format {suffix!r}; use .glb, .vti, .vtp or .csv").format(
        path=path, suffix=suffix or "(none)"))


def export_data_dialog(window) -> list[Path]:
    """Ask for a file (format by extension) and export to it; errors in a message box."""
    path, _ = QFileDialog.getSaveFileName(
        window, _t("Export data"), "campus.glb",
        _t("3-D model, glTF binary (*.glb);;Wind and heat fields, VTK image (*.vti);;Buildings, VTK poly data (*.vtp);;"
           "Plant history, CSV (*.csv)"))
    if not path:
        return []
    return _run(window, lambda: export_data(window, path), _t("Cannot export data"))


def export_sheet(window, path: Path | str) -> list[Path]:
    """Write the consultation sheet (PDF) for the window's campus, weather and view."""
    from twin.ui.export.sheet import sheet_content, write_sheet

    if Path(path).suffix.lower() != ".pdf":
        raise ExportError(_t("{path}: the sheet is a PDF; name it .pdf").format(path=path))
    session = getattr(window, "session", None)
    info = export_info(window)
    runner = getattr(window, "airflow", None)
    frame = runner.latest() if runner is not None else None
    content = sheet_content(window.document.campus, info, session.weather if session is not None else None,
                            frame if info.overlays else None, info.overlays)
    return [write_sheet(content, path)]


def export_sheet_dialog(window) -> list[Path]:
    """Ask for the PDF's name and write the sheet."""
    path, _ = QFileDialog.getSaveFileName(window, _t("Export consultation sheet"), "campus-sheet.pdf",
                                          _t("PDF document (*.pdf)"))
    if not path:
        return []
    return _run(window, lambda: export_sheet(window, path), _t("Cannot export the sheet"))


def _run(window, job, title: str) -> list[Path]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = job()
    except (ExportError, OSError) as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.critical(window, title, str(error))
        return []
    QGuiApplication.restoreOverrideCursor()
    window.statusBar().showMessage(_t("Written: {files}").format(files=", ".join(str(p) for p in written)), 10000)
    return written
