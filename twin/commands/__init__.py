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


def report_file_error(what: str, error: BaseException) -> int:
    """Print ``error`` (a :class:`twin.io.errors.FileContentError`) on one line to stderr; return 2.

    ``what`` is the translated start of the line ("Cannot open layout"). The message already
    names the file, and the feature and field (or line) at fault.
    """
    text = " ".join(str(error).split())  # one line, whatever the file put in the message
    print(f"{what}: {text}", file=sys.stderr)
    return 2


def load_campus_or_report(layout: Path | None) -> Campus | None:
    """Load ``layout`` (the bundled Escaudain campus when ``None``).

    On failure print the error, which names the file, the feature and the field, to stderr on
    one line and return ``None``; callers then exit with status 2. Every problem with the file
    (even a FIFO, a 5,000-digit number or 1,000 levels of nesting) is a
    :class:`~twin.io.errors.FileContentError`, so nothing else needs catching here.
    """
    from twin.core.i18n import tr
    from twin.core.paths import default_layout_path
    from twin.io.errors import FileContentError
    from twin.io.layout import load_layout

    try:
        return load_layout(layout or default_layout_path())
    except FileContentError as error:
        report_file_error(tr("twin", "Cannot open layout"), error)
        return None
