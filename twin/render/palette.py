"""The calm colour palette of the 3-D view (RGB in 0..1).

Chosen for a projector in a lit room: low-saturation ground and buildings, saturated colour
reserved for what carries meaning (pipes by role, selection, overlays).
"""

from __future__ import annotations

from twin.model.campus import BuildingKind, PipeNetwork, PipeRole


def hex_rgb(code: str) -> tuple[float, float, float]:
    """``"#rrggbb"`` -> (r, g, b) in 0..1."""
    code = code.lstrip("#")
    return tuple(int(code[i : i + 2], 16) / 255.0 for i in (0, 2, 4))  # type: ignore[return-value]


SKY_HORIZON = hex_rgb("#eef2f5")
SKY_ZENITH = hex_rgb("#a9c3da")
GROUND = hex_rgb("#c5cfae")
SITE = hex_rgb("#e3ddd0")
SITE_BOUNDARY = hex_rgb("#8a7f6c")
RESERVE_GROUND = hex_rgb("#9fbf86")
TREE_CROWN = hex_rgb("#4f7f3f")
TREE_TRUNK = hex_rgb("#6b5440")
EQUIPMENT = hex_rgb("#7d858c")
GENERATOR_YARD = hex_rgb("#a6a197")
SELECTION = hex_rgb("#f2b544")
SELECTION_EDGE = hex_rgb("#8a5a00")
LABEL_TEXT = hex_rgb("#1f2a33")
LABEL_BACKGROUND = hex_rgb("#ffffff")
RESERVE_TEXT = hex_rgb("#24512a")
RECEPTOR = hex_rgb("#c8553d")
RECEPTOR_TEXT = hex_rgb("#7a2d1c")
TOWN = hex_rgb("#56606b")
TOWN_TEXT = hex_rgb("#2e3a45")
SCALE_DARK = hex_rgb("#2e3a45")
SCALE_LIGHT = hex_rgb("#f7f7f2")

BUILDING_DEFAULT = hex_rgb("#e9e7e1")
BUILDING_COLORS = {
    BuildingKind.DATA_HALL: hex_rgb("#eceae4"),
    BuildingKind.SUBSTATION: hex_rgb("#b9b2a4"),
    BuildingKind.COOLING_PLANT: hex_rgb("#c9d3da"),
    BuildingKind.HEAT_RECOVERY_PLANT: hex_rgb("#e6c9b4"),
    BuildingKind.OFFICES: hex_rgb("#d6e2d0"),
    BuildingKind.GATEHOUSE: hex_rgb("#d8d4cb"),
}

PIPE_COLORS = {
    (PipeNetwork.COOLING, PipeRole.SUPPLY): hex_rgb("#d64541"),
    (PipeNetwork.COOLING, PipeRole.RETURN): hex_rgb("#2f6fc0"),
    (PipeNetwork.HEAT_EXPORT, PipeRole.SUPPLY): hex_rgb("#f08a24"),
    (PipeNetwork.HEAT_EXPORT, PipeRole.RETURN): hex_rgb("#8e5bb5"),
}

PLUME = hex_rgb("#e4572e")
PLUME_VEIL = hex_rgb("#fff4e6")
"""The plume surface: a pale warm white veil (see overlays.PlumeSurface), not a smoke colour."""
BADGE_OK = hex_rgb("#2e7d4f")
BADGE_WARN = hex_rgb("#c77d00")
BADGE_ALERT = hex_rgb("#b3261e")

LOAD_FULL = hex_rgb("#8fb0d8")
"""Data halls are tinted toward this colour as their IT load approaches capacity."""
