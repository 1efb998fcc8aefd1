"""The properties panel: every figure of the selected building, with where it comes from.

A thin view: it reads the model and shows it. Each figure carries a badge saying whether it is
published by the operator, derived from published inputs, or a planning assumption, because
presenters must never show an assumption as a fact.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from twin.model.campus import Building, Campus, FigureSource, Status
from twin.model.commands import (
    EditError,
    PropertySpec,
    check_property,
    choice_title,
    property_specs,
    property_value,
)
from twin.ui.i18n import number

STATUS_LABELS = {
    Status.PUBLISHED: (QT_TRANSLATE_NOOP("PropertiesPanel", "published"), "#2e7d4f"),
    Status.DERIVED: (QT_TRANSLATE_NOOP("PropertiesPanel", "derived"), "#2f6fc0"),
    Status.ASSUMPTION: (QT_TRANSLATE_NOOP("PropertiesPanel", "assumption"), "#b26a00"),
}
"""Provenance badge (English source) and its colour."""

KIND_NAMES = {
    "data_hall": QT_TRANSLATE_NOOP("PropertiesPanel", "Data hall"),
    "substation": QT_TRANSLATE_NOOP("PropertiesPanel", "Substation"),
    "cooling_plant": QT_TRANSLATE_NOOP("PropertiesPanel", "Cooling plant"),
    "heat_recovery_plant": QT_TRANSLATE_NOOP("PropertiesPanel", "Heat-recovery plant"),
    "offices": QT_TRANSLATE_NOOP("PropertiesPanel", "Offices, training, incubator"),
    "gatehouse": QT_TRANSLATE_NOOP("PropertiesPanel", "Gatehouse"),
}
COOLING_NAMES = {
    "none": QT_TRANSLATE_NOOP("PropertiesPanel", "none"),
    "direct_liquid_dry_coolers": QT_TRANSLATE_NOOP("PropertiesPanel", "direct liquid cooling + dry coolers"),
    "adiabatic": QT_TRANSLATE_NOOP("PropertiesPanel", "adiabatic (evaporative assist)"),
    "chillers": QT_TRANSLATE_NOOP("PropertiesPanel", "chillers"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PropertiesPanel", text)


def _g(value: float) -> str:
    """``value`` with as many decimals as it has (like ``format(value, "g")``), for the language."""
    text = f"{value:g}"
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    return number(value, decimals)


def building_rows(building: Building) -> list[tuple[str, str, FigureSource | None, str]]:
    """The rows shown for ``building``: (label, value, source, property name)."""
    sources = building.sources
    kind = KIND_NAMES.get(building.kind.value)
    cooling = COOLING_NAMES.get(building.cooling.value)
    rows: list[tuple[str, str, FigureSource | None, str]] = [
        (_tr("Name"), building.name, None, "name"),
        (_tr("Kind"), _tr(kind) if kind else building.kind.value, sources.get("kind"), "kind"),
        (_tr("Footprint"), f"{number(building.footprint_area_m2)} m²", sources.get("footprint"), "footprint"),
        (_tr("Height"), f"{_g(building.height_m)} m", sources.get("height_m"), "height_m"),
        (_tr("Storeys"), f"{building.storeys}", sources.get("storeys"), "storeys"),
    ]
    if building.it_capacity_mw > 0:
        rows.append((_tr("IT capacity"), f"{_g(building.it_capacity_mw)} MW", sources.get("it_capacity_mw"), "it_capacity_mw"))
        rows.append((_tr("Cooling"), _tr(cooling) if cooling else building.cooling.value, sources.get("cooling"), "cooling"))
    if building.heat_rejection is not None:
        hr = building.heat_rejection
        equipment = {"dry_cooler": _tr("dry coolers"), "cooling_tower": _tr("cooling towers"),
                     "adiabatic_cooler": _tr("adiabatic coolers")}.get(hr.equipment.value, hr.equipment.value.replace("_", " "))
        text = (_tr("{equipment} on the roof, {height} m tall") if hr.placement.value == "roof"
                else _tr("{equipment} in the yard, {height} m tall"))
        rows.append((_tr("Heat rejection"), text.format(equipment=equipment, height=_g(hr.height_m)),
                     sources.get("heat_rejection"), "heat_rejection"))
    if building.generator_yard is not None:
        yard = building.generator_yard
        rows.append((
            _tr("Generators"),
            _tr("{count} × {mw} MW standby").format(count=yard.generator_count, mw=_g(yard.rating_mw_each)),
            sources.get("generator_yard"), "generator_yard",
        ))
    cx, cy = building.centroid
    rows.append((_tr("Centre"), _tr("{east} m E, {north} m N of site centre").format(
        east=number(cx, signed=True), north=number(cy, signed=True)), None, "centroid"))
    return rows


class PropertiesPanel(QWidget):
    """Shows the selected building's figures with provenance badges, and edits them.

    The table shows every figure with its provenance; below it, :attr:`editor` has one field
    per editable property (:func:`twin.model.commands.property_specs`) with its unit and range,
    checked as you type. A valid value entered (Enter, or leaving the field) is emitted as
    :attr:`edit_requested`; the window turns it into one undoable command.
    """

    edit_requested = Signal(str, str, object)
    """The user entered a valid new value: building id, property field, value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 3)

        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.editor = PropertyEditor(self)
        self.editor.edit_requested.connect(self.edit_requested)
        layout.addWidget(self.editor)
        layout.addWidget(self.legend)
        layout.addStretch(1)
        self._building: Building | None = None
        self._shown: tuple[Campus, str | None] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set every text in the language in force (called on ``LanguageChange``)."""
        self.table.setHorizontalHeaderLabels(["", self.tr("Value"), self.tr("Source")])
        self.legend.setText(self.tr(
            "<span style='color:#2e7d4f'>published</span>: stated by the operator · "
            "<span style='color:#2f6fc0'>derived</span>: computed from published figures · "
            "<span style='color:#b26a00'>assumption</span>: planning assumption, not published"
        ))
        if self._shown is not None:
            self.show_building(*self._shown)
        else:
            self.heading.setText(self.tr("Click a building to see its figures."))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def building(self) -> Building | None:
        """The building shown, or ``None``."""
        return self._building

    def show_building(self, campus: Campus, building_id: str | None) -> None:
        """Fill the panel for a building of ``campus`` (``None`` clears it)."""
        building = campus.building(building_id) if building_id is not None else None
        self._building = building
        self._shown = (campus, building_id)
        self.editor.show_building(building)
        if building is None:
            self.heading.setText(self.tr("Click a building to see its figures."))
            self.table.setRowCount(0)
            self.table.setFixedHeight(self.table.horizontalHeader().height() + 2 * self.table.frameWidth())
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
                badge.setText(_tr(text))
                badge.setForeground(QColor(color))
                badge.setToolTip(source.note)
                self.table.item(row, 1).setToolTip(source.note)
            self.table.setItem(row, 2, badge)
        self.table.resizeRowsToContents()
        # As tall as its rows: the dock scrolls as a whole, so the editor below stays reachable.
        self.table.setFixedHeight(self.table.horizontalHeader().height() + self.table.verticalHeader().length()
                                  + 2 * self.table.frameWidth())

    def value_of(self, label: str) -> str | None:
        """The value shown on the row called ``label`` (for tests and accessibility)."""
        return self._cell(label, 1)

    def source_of(self, label: str) -> str | None:
        """The provenance badge on the row called ``label``."""
        return self._cell(label, 2)

    def _cell(self, label: str, column: int) -> str | None:
        """Text in ``column`` of the row labelled ``label`` (the English label or its translation)."""
        wanted = {label, _tr(label)}
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() in wanted:
                return self.table.item(row, column).text()
        return None



class PropertyEditor(QWidget):
    """One field per editable property of a building, with unit, range and checks as you type.

    Numbers and text are line edits (so an out-of-range value can be typed and is explained,
    rather than silently refused by a spin box); choices are combo boxes. The check is the
    model's own (:func:`twin.model.commands.check_property`), so the dock and the command can
    never disagree; its message names the building and the field.
    """

    edit_requested = Signal(str, str, object)
    """A valid new value was entered: building id, property field, value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = QFormLayout()
        self._form.setContentsMargins(0, 4, 0, 0)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        self._building: Building | None = None
        self.fields: dict[str, QWidget] = {}
        """The editor widget of each property field (for tests and accessibility)."""

    def show_building(self, building: Building | None) -> None:
        """Rebuild the fields for ``building`` (``None`` empties the editor)."""
        same = (building is not None and self._building is not None and building.id == self._building.id
                and [s.field for s in property_specs(building)] == [s.field for s in property_specs(self._building)])
        self._building = building
        if same:
            self._refresh_values()
            return
        while self._form.rowCount():
            self._form.removeRow(0)
        self.fields = {}
        self.error.hide()
        if building is None:
            return
        for spec in property_specs(building):
            self._form.addRow(spec.label, self._field(spec))
        self._refresh_values()

    def _field(self, spec: PropertySpec) -> QWidget:
        if spec.kind == "choice":
            combo = QComboBox(self)
            for choice in spec.choices:
                combo.addItem(choice_title(choice), choice)
            combo.activated.connect(lambda index, spec=spec, combo=combo: self._enter(spec, combo.itemData(index)))
            self.fields[spec.field] = combo
            return combo
        edit = QLineEdit(self)
        edit.setObjectName(spec.field)
        if spec.kind != "text":
            edit.setToolTip(self.tr("from {low} to {high} {unit}").format(low=spec.minimum, high=spec.maximum, unit=spec.unit))
            edit.setPlaceholderText(f"{spec.minimum:g}–{spec.maximum:g}")
        edit.textEdited.connect(lambda text, spec=spec: self._check(spec, text))
        edit.editingFinished.connect(lambda spec=spec, edit=edit: self._enter(spec, edit.text()))
        self.fields[spec.field] = edit
        if not spec.unit:
            return edit
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit, 1)
        box.addWidget(QLabel(spec.unit, row))
        return row

    def _refresh_values(self) -> None:
        building = self._building
        for spec in property_specs(building):
            widget = self.fields.get(spec.field)
            value = property_value(building, spec.field)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QLineEdit) and not widget.hasFocus():
                widget.setText(value if isinstance(value, str) else f"{value:g}")
                widget.setStyleSheet("")
        self.error.hide()

    def _check(self, spec: PropertySpec, text: str):
        """Check ``text`` for ``spec``; show the message; return the value or ``None``."""
        try:
            value = check_property(self._building, spec.field, text)
        except EditError as error:
            self.error.setText(str(error))
            self.error.show()
            widget = self.fields.get(spec.field)
            if widget is not None:
                widget.setStyleSheet("border: 1px solid #b3261e")
            return None
        self.error.hide()
        widget = self.fields.get(spec.field)
        if widget is not None:
            widget.setStyleSheet("")
        return value

    def _enter(self, spec: PropertySpec, text) -> None:
        building = self._building
        if building is None:
            return
        value = self._check(spec, text)
        if value is None or value == property_value(building, spec.field):
            return
        self.edit_requested.emit(building.id, spec.field, value)
