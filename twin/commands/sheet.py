"""``twin sheet``: the consultation sheet (A4 PDF, one or two pages) with no display.

Imports the UI layer's sheet writer (commands sit above the UI): Qt's PDF writer needs a
``QGuiApplication``, created here on the ``offscreen`` platform when there is no display.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from twin.commands import load_campus_or_report

HELP = "Write the consultation sheet (A4 PDF): campus view, headline figures in plain language, assumptions and sources."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, help="PDF file to write")
    parser.add_argument("--layout", type=Path, help="layout file (GeoJSON); default: the bundled Escaudain campus")
    parser.add_argument("--lang", choices=("en", "fr"), default="en", help="language of the sheet (default English)")
    parser.add_argument("--heatwave", action="store_true", help="figures for the year with the July 2019 heat wave")


_app = None


def run(args: argparse.Namespace) -> int:
    global _app
    from twin.core.i18n import tr

    if args.out.suffix.lower() != ".pdf":
        print(tr("Export", "{path}: the sheet is a PDF; name it .pdf").format(path=args.out), file=sys.stderr)
        return 2
    campus = load_campus_or_report(args.layout)
    if campus is None:
        return 2
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    if args.lang != "en":
        from twin.ui.i18n import LanguageManager

        if not LanguageManager(_app).set_language(args.lang):
            print(f"the {args.lang} catalogue could not be loaded: the sheet is in English", file=sys.stderr)
    from twin.io.export.provenance import layout_identity
    from twin.render.snapshot import basic_info
    from twin.sim.weather import load_default_weather, with_heatwave
    from twin.ui.export.sheet import sheet_content, write_sheet

    weather = load_default_weather()
    if args.heatwave:
        weather = with_heatwave(weather)
    info = basic_info(campus, *layout_identity(campus, args.layout))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_sheet(sheet_content(campus, info, weather), args.out)
    print(tr("Export", "wrote {out}").format(out=args.out))
    return 0
