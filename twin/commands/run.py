"""``twin run``: open the desktop app (the default command)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "Open the desktop app on a campus layout (the bundled Escaudain campus by default)."
NO_DISPLAY_SNAPSHOT = Path("out") / "escaudain-overview.png"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--layout", type=Path, help="layout file (GeoJSON); default: the bundled Escaudain campus")
    parser.add_argument("--lang", choices=("fr", "en"), default=None,
                        help="language of the window (default: the system locale's; French or English)")


def run(args: argparse.Namespace) -> int:
    from twin.app import has_display, main
    from twin.commands import report_file_error
    from twin.core.i18n import tr
    from twin.io.errors import FileContentError

    if not has_display():
        from twin.commands.snapshot import write_snapshot

        print(
            "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.\n"
            "Run this on a desktop session, or over 'ssh -X', or under 'xvfb-run'.\n"
            f"Meanwhile, here is a snapshot of the campus: {NO_DISPLAY_SNAPSHOT.resolve()}",
            file=sys.stderr,
        )
        return write_snapshot(args.layout, NO_DISPLAY_SNAPSHOT, "overview", (1600, 900))
    try:
        return main(args.layout, language=args.lang)
    except FileContentError as error:
        return report_file_error(tr("twin", "Cannot open layout"), error)
