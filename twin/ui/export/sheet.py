"""A consultation sheet: one or two A4 pages as PDF, in French or English (Qt's PDF writer).

Page 1: the campus view (rendered offscreen through :mod:`twin.render.snapshot`, with its
caption), the headline figures of a year in plain language, and a footer with the date, the
layout (file and content hash) and the program version. Page 2: the neighbours' table (plant
noise by day and night at the nearest homes of each commune against the ICPE emergence rule,
from :func:`twin.sim.residents.residents_table` on a summer night), then the assumptions and sources:
every figure of the layout with whether it is *published* by the operator, *derived* from
published figures, or a planning *assumption*, and the note saying where it comes from.

The annual figures come from :func:`twin.sweep.annual.run_year`, the code behind ``twin year``
and the window's annual figures; the sheet runs it without the airflow recirculation sweep
(intake air at ambient), and says so among the assumptions.

Qt is needed for the PDF (``QPdfWriter`` and ``QPainter``), so this lives in the UI layer; the
``twin sheet`` command creates a ``QGuiApplication`` on the ``offscreen`` platform.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from twin.core.provenance import ExportInfo
from twin.model.campus import Campus

DPI = 300
MARGIN_MM = 15.0
VIEW_SIZE = (2000, 1125)


def _t(text: str) -> str:
    return QCoreApplication.translate("Sheet", text)


@dataclass(frozen=True)
class SheetContent:
    """What the sheet says: provenance, the view, the plain-language figures, the sources table."""

    info: ExportInfo
    image: np.ndarray
    headline: tuple[str, ...]
    sources: tuple[tuple[str, str, str], ...]
    """(figure, status, note) rows."""
    neighbours: tuple[tuple[str, ...], ...] = ()
    """Rows of the neighbours' table (commune and distance, then day and night noise figures)."""
    neighbours_note: str = ""


def _number(value: float, decimals: int = 0) -> str:
    try:
        from twin.ui.i18n import number

        return number(value, decimals)
    except ImportError:  # the translations module is not in this build: English formatting
        return f"{value:,.{decimals}f}"


def headline_figures(figures: dict) -> tuple[str, ...]:
    """Plain-language sentences for the annual figures of :meth:`twin.sweep.annual.YearRun.figures`."""
    pue = figures.get("annual_pue")
    lines = [
        _t("The computers would draw {mw} MW on average over the year, out of {cap} MW installed.").format(
            mw=_number(figures["mean_it_load_mw"]), cap=_number(figures["it_capacity_mw"])),
    ]
    if pue is not None:
        lines.append(_t("For every 100 kWh the computers use, the whole site would use about {total} kWh "
                        "(annual PUE {pue}; the operator's target is 1.2).").format(
            total=_number(100 * pue), pue=_number(pue, 3)))
    if figures.get("pue_hottest_hour") is not None:
        lines.append(_t("In the hottest hour of the year ({when}, {t} °C) that ratio would reach {pue}.").format(
            when=str(figures["hottest_hour"])[:13].replace("T", " ") + ":00", t=_number(figures["hottest_hour_temperature_c"], 1),
            pue=_number(figures["pue_hottest_hour"], 3)))
    hours = figures.get("hours") or 8760
    lines.append(_t("Outside air alone would cool the halls {free} hours of {hours}; chillers would run {chiller} hours.").format(
        free=_number(figures["free_cooling_hours"]), hours=_number(hours), chiller=_number(figures["chiller_hours"])))
    homes = figures.get("homes_equivalent")
    lines.append(_t("Heat sent to the districts: {gwh} GWh a year, as much as about {homes} homes use "
                    "({assumption}).").format(gwh=_number(figures["heat_exported_mwh"] / 1000.0, 1),
                                              homes=_number(homes or 0), assumption=figures.get("homes_assumption", "")))
    lines.append(_t("Water evaporated for cooling: {m3} m³ a year ({wue} litres per kWh of computing).").format(
        m3=_number(figures["water_m3"]), wue=_number(figures["wue_l_per_kwh"], 2)))
    return tuple(lines)


def source_rows(campus: Campus, weather_label: str) -> tuple[tuple[str, str, str], ...]:
    """Every figure's status and note, then the sheet's own modelling assumptions."""
    status_text = {"published": _t("published"), "derived": _t("derived"), "assumption": _t("assumption")}
    rows = []
    for owner, sources in ((_t("Campus"), campus.scenario.sources), (_t("Site"), campus.site.sources),
                           (campus.reserve.name, campus.reserve.sources)):
        for name, source in sources.items():
            rows.append((f"{owner}: {name.replace('_', ' ')}", status_text[str(source.status)], source.note))
    seen = set()
    for building in campus.buildings:
        for name, source in building.sources.items():
            key = (name, str(source.status), source.note)
            if key in seen:
                continue  # the same note for every hall: once is enough
            seen.add(key)
            rows.append((_t("Buildings: {name}").format(name=name.replace("_", " ")), status_text[str(source.status)],
                         source.note))
    rows += [
        (_t("Weather"), _t("assumption"), weather_label),
        (_t("IT load through the year"), _t("assumption"), _t("simulated AI training and inference profile (seeded)")),
        (_t("Warm-air recirculation"), _t("assumption"),
         _t("not included in these annual figures (intake air at ambient); twin year includes it")),
    ]
    return tuple(rows)


def neighbours_rows(table: dict) -> tuple[tuple[tuple[str, ...], ...], str]:
    """The residents' table (:func:`twin.sim.residents.residents_table`) as sheet rows and a note."""
    rows = []
    for receptor in table.get("receptors", ()):
        cells = [_t("{commune}, {km} km {direction}").format(
            commune=receptor["commune"], km=_number(receptor["distance_m"] / 1000.0, 1), direction=receptor["direction"])]
        for period in ("day", "night"):
            noise = receptor["noise"][period]
            verdict = _t("within the rule") if noise["passes_icpe"] else _t("above the rule")
            cells.append(_t("{level} dB(A), +{emergence} dB ({verdict})").format(
                level=_number(noise["plant_dba"], 0), emergence=_number(noise["emergence_db"], 0), verdict=verdict))
        rows.append(tuple(cells))
    assumptions = table.get("assumptions", {})
    note = _t("Plant noise at the nearest homes on {date} (ISO 9613-2, downwind), and its emergence over the "
              "residual noise against the ICPE rule (+5 dB by day, +3 dB by night). Residual noise: {note}.").format(
        date=str(table.get("at", ""))[5:10], note=assumptions.get("residual_note", ""))
    return tuple(rows), note


def _draw_text(painter: QPainter, rect: QRectF, text: str, size_pt: float, bold: bool = False,
               color: str = "#1f2a33") -> float:
    """Draw wrapped text in ``rect``; return the height used (device units)."""
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    painter.setFont(font)
    painter.setPen(QColor(color))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    used = painter.boundingRect(rect, flags, text)
    painter.drawText(rect, flags, text)
    return used.height()


def write_sheet(content: SheetContent, path: Path | str) -> Path:
    """Write the sheet to ``path`` (PDF, A4 portrait) atomically; return the path."""
    path = Path(path)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp.pdf", dir=path.parent)
    os.close(descriptor)
    try:
        _paint(content, temporary)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _paint(content: SheetContent, filename: str) -> None:
    info = content.info
    writer = QPdfWriter(filename)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
    writer.setTitle(_t("Campus Twin consultation sheet: {name}").format(name=info.layout_name))
    writer.setCreator(f"Campus Twin {info.program_version}")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{filename}: cannot open the PDF for writing")
    try:
        page = QRectF(painter.viewport())
        width = page.width()
        y = 0.0
        y += _draw_text(painter, QRectF(0, y, width, 200), _t("Campus Twin — consultation sheet"), 18, bold=True)
        y += _draw_text(painter, QRectF(0, y, width, 200), info.layout_name, 12, color="#56606b") + 30
        image = np.ascontiguousarray(content.image)
        height_px, width_px, _ = image.shape
        qimage = QImage(image.data, width_px, height_px, 3 * width_px, QImage.Format.Format_RGB888)
        view_height = width * height_px / width_px
        painter.drawImage(QRectF(0, y, width, view_height), qimage)
        y += view_height + 40
        y += _draw_text(painter, QRectF(0, y, width, 200), _t("What the figures say"), 13, bold=True) + 10
        for sentence in content.headline:
            y += _draw_text(painter, QRectF(40, y, width - 40, 400), "• " + sentence, 10.5) + 14
        y += 20
        _draw_text(painter, QRectF(0, y, width, 400),
                   _t("Every figure is a simulation of a planned campus whose building plan is not published: "
                      "the layout is a planning assumption sized from the published totals (see page 2)."), 9,
                   color="#56606b")
        _footer(painter, page, info, 1)
        writer.newPage()
        y = 0.0
        if content.neighbours:
            y += _draw_text(painter, QRectF(0, y, width, 200), _t("Neighbours: what the nearest homes would hear"), 14,
                            bold=True) + 20
            columns = (0.0, 0.34 * width, 0.67 * width)
            for heading, x in zip((_t("Homes"), _t("Day (7-22 h)"), _t("Night (22-7 h)")), columns, strict=True):
                _draw_text(painter, QRectF(x, y, 0.33 * width, 100), heading, 9, bold=True)
            y += 60
            for row in content.neighbours:
                used = max(_draw_text(painter, QRectF(x, y, 0.32 * width, 200), cell, 8.5, color=(
                    "#b3261e" if _t("above the rule") in cell else "#1f2a33")) for cell, x in zip(row, columns, strict=True))
                y += used + 10
            y += 10 + _draw_text(painter, QRectF(0, y, width, 300), content.neighbours_note, 8, color="#56606b")
            y += 50
        y += _draw_text(painter, QRectF(0, y, width, 200), _t("Assumptions and sources"), 14, bold=True) + 20
        columns = (0.0, 0.30 * width, 0.45 * width)
        painter.setPen(QPen(QColor("#8a7f6c"), 2))
        for heading, x in zip((_t("Figure"), _t("Status"), _t("Source or reasoning")), columns, strict=True):
            _draw_text(painter, QRectF(x, y, 0.45 * width, 100), heading, 9, bold=True)
        y += 60
        bottom = page.height() - 120
        for figure, status, note in content.sources:
            colour = {"published": "#2e7d4f", "derived": "#2f6fc0"}.get(status, "#a15c00")
            used = max(_draw_text(painter, QRectF(columns[0], y, 0.29 * width, 400), figure, 8),
                       _draw_text(painter, QRectF(columns[1], y, 0.14 * width, 400), status, 8, bold=True, color=colour),
                       _draw_text(painter, QRectF(columns[2], y, 0.55 * width, 400), note, 8))
            y += used + 12
            if y > bottom:
                _draw_text(painter, QRectF(0, y, width, 100), _t("(more sources in the layout file)"), 8, color="#56606b")
                break
        _footer(painter, page, info, 2)
    finally:
        painter.end()


def _footer(painter: QPainter, page: QRectF, info: ExportInfo, number: int) -> None:
    text = _t("Page {n} of 2 · {created} UTC · layout {file} (SHA-256 {sha}…) · Campus Twin {version}").format(
        n=number, created=info.created_utc.replace("T", " ")[:16], file=info.layout_file, sha=info.layout_sha256[:12],
        version=info.program_version)
    _draw_text(painter, QRectF(0, page.height() - 90, page.width(), 90), text, 7.5, color="#56606b")


def sheet_content(campus: Campus, info: ExportInfo, weather=None, frame=None, overlays=()) -> SheetContent:
    """Render the view and compute the annual figures for ``campus`` (a few seconds)."""
    from twin.render.snapshot import SnapshotRequest, render_request
    from twin.sim.weather import load_default_weather
    from twin.sweep.annual import run_year

    weather = weather or load_default_weather()
    year = run_year(campus, weather)
    figures = year.figures()
    neighbours, note = (), ""
    try:
        from twin.sim.residents import residents_table

        # A summer night (20 July 00:00), windows open and fans at their hardest: the presenter's hour.
        n = len(weather.time)
        night = (np.datetime64(str(weather.time[0])[:4] + "-07-20T00:00") - weather.time[0]) // np.timedelta64(1, "h")
        at_index = int(night) if 0 <= night < n else n // 2
        neighbours, note = neighbours_rows(residents_table(campus, weather, year.result, year.config, at_index))
    except (ImportError, ValueError, KeyError) as error:  # the sheet still goes out, saying so
        note = _t("The neighbours' table could not be computed: {error}").format(error=error)
    image = render_request(SnapshotRequest(campus, info, VIEW_SIZE, "overview", frame, tuple(overlays)))
    return SheetContent(info, image, headline_figures(figures), source_rows(campus, weather.label), neighbours, note)
