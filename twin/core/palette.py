"""The campus colours for exports outside the 3-D view (glTF materials, sheets), stdlib only.

The one definition of the campus colours: :mod:`twin.render.palette` (the 3-D view) takes them
from here, keyed by the model's enums, because the I/O layer, which writes the glTF model, may
not import the render layer. Keys are the
model's enum values as strings (``"data_hall"``, ``("cooling", "supply")``): a ``StrEnum``
member looks them up as well.
"""

from __future__ import annotations


def hex_rgb(code: str) -> tuple[float, float, float]:
    """``"#rrggbb"`` -> (r, g, b) in 0..1."""
    code = code.lstrip("#")
    return tuple(int(code[i : i + 2], 16) / 255.0 for i in (0, 2, 4))  # type: ignore[return-value]


GROUND = hex_rgb("#c5cfae")
SITE = hex_rgb("#e3ddd0")
SITE_BOUNDARY = hex_rgb("#8a7f6c")
RESERVE_GROUND = hex_rgb("#9fbf86")
TREE_CROWN = hex_rgb("#4f7f3f")
TREE_TRUNK = hex_rgb("#6b5440")
EQUIPMENT = hex_rgb("#7d858c")
GENERATOR_YARD = hex_rgb("#a6a197")

BUILDING_DEFAULT = hex_rgb("#e9e7e1")
BUILDING_COLORS = {
    "data_hall": hex_rgb("#eceae4"),
    "substation": hex_rgb("#b9b2a4"),
    "cooling_plant": hex_rgb("#c9d3da"),
    "heat_recovery_plant": hex_rgb("#e6c9b4"),
    "offices": hex_rgb("#d6e2d0"),
    "gatehouse": hex_rgb("#d8d4cb"),
}

PIPE_COLORS = {
    ("cooling", "supply"): hex_rgb("#d64541"),
    ("cooling", "return"): hex_rgb("#2f6fc0"),
    ("heat_export", "supply"): hex_rgb("#f08a24"),
    ("heat_export", "return"): hex_rgb("#8e5bb5"),
}
