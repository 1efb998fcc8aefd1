"""Qt-free, VTK-free campus state: the campus, its validation, the open document and undo."""

from twin.model.campus import (
    Building,
    BuildingKind,
    Campus,
    CoolingType,
    EquipmentKind,
    FigureSource,
    GeneratorYard,
    GeoReference,
    HeatRejection,
    NatureReserve,
    Pipe,
    PipeNetwork,
    PipeRole,
    Place,
    Placement,
    Receptor,
    Scenario,
    Site,
    Status,
)
from twin.model.document import CampusDocument, Command, UndoStack
from twin.model.validation import Severity, ValidationIssue, validate_campus

__all__ = [
    "Building", "BuildingKind", "Campus", "CampusDocument", "Command", "CoolingType",
    "EquipmentKind", "FigureSource", "GeneratorYard", "GeoReference", "HeatRejection",
    "NatureReserve", "Pipe", "PipeNetwork", "PipeRole", "Place", "Placement", "Receptor",
    "Scenario", "Severity", "Site", "Status", "UndoStack", "ValidationIssue", "validate_campus",
]
