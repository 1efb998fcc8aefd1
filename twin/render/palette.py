"""The calm colour palette of the 3-D view (RGB in 0..1).

Chosen for a projector in a lit room: low-saturation ground and buildings, saturated colour
reserved for what carries meaning (pipes by role, selection, overlays).
"""

from __future__ import annotations

from twin.core.palette import BUILDING_COLORS as _BUILDING_COLORS_BY_NAME
from twin.core.palette import (  # noqa: F401 - the campus colours, shared with the exports
    BUILDING_DEFAULT,
    EQUIPMENT,
    GENERATOR_YARD,
    GROUND,
    RESERVE_GROUND,
    SITE,
    SITE_BOUNDARY,
    TREE_CROWN,
    TREE_TRUNK,
    hex_rgb,
)
from twin.core.palette import PIPE_COLORS as _PIPE_COLORS_BY_NAME
from twin.model.campus import BuildingKind, PipeNetwork, PipeRole

SKY_HORIZON = hex_rgb("#eef2f5")
SKY_ZENITH = hex_rgb("#a9c3da")
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

BUILDING_COLORS = {kind: _BUILDING_COLORS_BY_NAME[kind.value] for kind in BuildingKind}
PIPE_COLORS = {
    (network, role): _PIPE_COLORS_BY_NAME[(network.value, role.value)]
    for network in PipeNetwork
    for role in PipeRole
    if (network.value, role.value) in _PIPE_COLORS_BY_NAME
}

PLUME = hex_rgb("#e4572e")
PLUME_VEIL = hex_rgb("#fff4e6")
"""The plume surface: a pale warm white veil (see overlays.PlumeSurface), not a smoke colour."""
BADGE_OK = hex_rgb("#2e7d4f")
BADGE_WARN = hex_rgb("#c77d00")
BADGE_ALERT = hex_rgb("#b3261e")

LOAD_FULL = hex_rgb("#8fb0d8")
"""Data halls are tinted toward this colour as their IT load approaches capacity."""
