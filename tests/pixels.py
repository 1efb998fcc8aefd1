"""Helpers for tests that check rendered pixels: an offscreen campus view, and where a point lands."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np


@contextmanager
def offscreen_campus(size: tuple[int, int], camera: str = "top") -> Iterator:
    """The bundled campus in an offscreen view (see :class:`twin.render.snapshot.OffscreenView`)."""
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.render.snapshot import OffscreenView

    with OffscreenView(size) as view:
        view.show(load_layout(default_layout_path()), camera)
        yield view


def pixel_at(view, image: np.ndarray, x: float, y: float, z: float) -> np.ndarray:
    """RGB (int) of ``image`` where the world point (x, y, z) projects in ``view``."""
    renderer = view.renderer
    renderer.SetWorldPoint(x, y, z, 1.0)
    renderer.WorldToDisplay()
    dx, dy, _ = renderer.GetDisplayPoint()
    return image[image.shape[0] - 1 - int(round(dy)), int(round(dx))].astype(int)
