"""The properties panel: every figure of the selected building, with where it comes from.

A thin view: it reads the model and shows it. Each figure carries a badge saying whether it is
published by the operator, derived from published inputs, or a planning assumption, because
presenters must never show an assumption as a fact.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from twin.model.campus import Building, Campus, FigureSource, Status

STATUS_LABELS = {
    Status.PUBLISHED: ("published", "#2e7d4f"),
    Status.DERIVED: ("derived", "#2f6fc0"),
    Status.ASSUMPTION: ("assumption", "#b26a00"),
}

KIND_NAMES = {
    "data_hall": "Data hall",
    "substation": "Substation",
    "cooling_plant": "Cooling plant",
    "heat_recovery_plant": "Heat-recovery plant",
    "offices": "Offices, training, incubator",
    "gatehouse": "Gatehouse",
}
COOLING_NAMES = {
    "none": "none",
    "direct_liquid_dry_coolers": "direct liquid cooling + dry coolers",
    "adiabatic": "adiabatic (evaporative assist)",
    "chillers": "chillers",
}


def building_rows(building: Building) -> list[tuple[str, str, FigureSource | None, str]]:
    """The rows shown for ``building``: (label, value, source, property name)."""
    sources = building.sources
    rows: list[tuple[str, str, FigureSource | None, str]] = [
        ("Name", building.name, None, "name"),
        ("Kind", KIND_NAMES.get(building.kind.value, building.kind.value), sources.get("kind"), "kind"),
        ("Footprint", f"{building.footprint_area_m2:,.0f} m²", sources.get("footprint"), "footprint"),
        ("Height", f"{building.height_m:g} m", sources.get("height_m"), "height_m"),
        ("Storeys", f"{building.storeys}", sources.get("storeys"), "storeys"),
    ]
    if building.it_capacity_mw > 0:
        rows.append(("IT capacity", f"{building.it_capacity_mw:g} MW", sources.get("it_capacity_mw"), "it_capacity_mw"))
        rows.append(("Cooling", COOLING_NAMES.get(building.cooling.value, building.cooling.value), sources.get("cooling"), "cooling"))
    if building.heat_rejection is not None:
        hr = building.heat_rejection
        rows.append((
            "Heat rejection",
            f"{hr.equipment.value.replace('_', ' ')}s on the {hr.placement.value}, {hr.height_m:g} m tall",
            sources.get("heat_rejection"), "heat_rejection",
        ))
    if building.generator_yard is not None:
        yard = building.generator_yard
        rows.append((
            "Generators",
            f"{yard.generator_count} × {yard.rating_mw_each:g} MW standby",
            sources.get("generator_yard"), "generator_yard",
        ))
    cx, cy = building.centroid
    rows.append(("Centre", f"{cx:+.0f} m E, {cy:+.0f} m N of site centre", None, "centroid"))
    return rows


class PropertiesPanel(QWidget):
    """Shows the selected building's figures with provenance badges."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel("Click a building to see its figures.")
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["", "Value", "Source"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.legend = QLabel(
            "<span style='color:#2e7d4f'>published</span>: stated by the operator · "
            "<span style='color:#2f6fc0'>derived</span>: computed from published figures · "
            "<span style='color:#b26a00'>assumption</span>: planning assumption, not published"
        )
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self._building: Building | None = None

    @property
    def building(self) -> Building | None:
        """The building shown, or ``None``."""
        return self._building

    def show_building(self, campus: Campus, building_id: str | None) -> None:
        """Fill the panel for a building of ``campus`` (``None`` clears it)."""
        building = campus.building(building_id) if building_id is not None else None
        self._building = building
        if building is None:
            self.heading.setText("Click a building to see its figures.")
            self.table.setRowCount(0)
            return
        self.heading.setText(building.name)
        rows = building_rows(building)
        self.table.setRowCount(len(rows))
        for row, (label, value, source, _) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(value))
            badge = QTableWidgetItem("")
            if source is not None:
                text, color = STATUS_LABELS[source.status]
                badge.setText(text)
                badge.setForeground(QColor(color))
                badge.setToolTip(source.note)
                self.table.item(row, 1).setToolTip(source.note)
            self.table.setItem(row, 2, badge)
        self.table.resizeRowsToContents()

    def value_of(self, label: str) -> str | None:
        """The value shown on the row called ``label`` (for tests and accessibility)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == label:
                return self.table.item(row, 1).text()
        return None

    def source_of(self, label: str) -> str | None:
        """The provenance badge on the row called ``label``."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == label:
                return self.table.item(row, 2).text()
        return None

