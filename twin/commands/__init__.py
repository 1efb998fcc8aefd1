"""Sub-commands of the ``twin`` command line (top layer: may import every other layer).

Each module exposes ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``, and keeps its
heavy imports inside ``run`` so that ``twin --help`` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from twin.model.campus import Campus


def load_campus_or_report(layout: Path | None) -> Campus | None:
    """Load ``layout`` (the bundled Escaudain campus when ``None``).

    On failure print the error, which names the file, the feature and the field, to stderr and
    return ``None``; callers then exit with status 2.
    """
    from twin.core.paths import default_layout_path
    from twin.io.layout import LayoutError, load_layout

    try:
        return load_layout(layout or default_layout_path())
    except LayoutError as error:
        print(f"Cannot open layout: {error}", file=sys.stderr)
        return None
