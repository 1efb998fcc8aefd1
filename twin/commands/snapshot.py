"""``twin snapshot``: render the campus to a PNG with no display (offscreen EGL)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "Render the campus to a PNG image offscreen (no display needed)."


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1600x900, got {text!r}") from None
    if not (16 <= width <= 8192 and 16 <= height <= 8192):
        raise argparse.ArgumentTypeError(f"size must be between 16 and 8192 pixels a side, got {text!r}")
    return width, height


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from twin.model.views import CAMERA_PRESETS

    parser.add_argument("--out", type=Path, required=True, help="PNG file to write")
    parser.add_argument("--layout", type=Path, help="layout file (GeoJSON); default: the bundled Escaudain campus")
    parser.add_argument("--camera", default="overview", choices=CAMERA_PRESETS, help="camera preset (default: overview)")
    parser.add_argument("--size", type=_size, default=(1600, 900), metavar="WxH", help="image size (default: 1600x900)")


def write_snapshot(layout: Path | None, out: Path, camera: str, size: tuple[int, int]) -> int:
    """Load ``layout`` (default campus if ``None``), render it and write ``out``; return an exit code."""
    from twin.core.paths import default_layout_path
    from twin.io.layout import LayoutError, load_layout

    try:
        campus = load_layout(layout or default_layout_path())
    except LayoutError as error:
        print(f"Cannot open layout: {error}", file=sys.stderr)
        return 2
    out.parent.mkdir(parents=True, exist_ok=True)
    from twin.render.snapshot import render_snapshot

    render_snapshot(campus, out, camera, size)
    print(f"wrote {out} ({size[0]}x{size[1]}, camera {camera})")
    return 0


def run(args: argparse.Namespace) -> int:
    return write_snapshot(args.layout, args.out, args.camera, args.size)
