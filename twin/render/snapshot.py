"""Offscreen rendering of the campus to a numpy image or a PNG file, with no display.

Without an X display VTK renders through EGL on Mesa's llvmpipe (see
``shared/design/headless.md``); the same code renders through GLX when a display exists.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from twin.core.files import write_bytes_atomically
from twin.model.campus import Campus
from twin.render.scene import CampusScene, Caption
from twin.render.vtk import (
    vtk_to_numpy,
    vtkPNGWriter,
    vtkRenderer,
    vtkRenderWindow,
    vtkWindowToImageFilter,
)


def capture(render_window: vtkRenderWindow) -> np.ndarray:
    """Return the last rendered frame as an (height, width, 3) uint8 array, top row first."""
    grabber = vtkWindowToImageFilter()
    grabber.SetInput(render_window)
    grabber.SetInputBufferTypeToRGB()
    grabber.ReadFrontBufferOff()
    grabber.ShouldRerenderOff()
    grabber.Update()
    image = grabber.GetOutput()
    width, height, _ = image.GetDimensions()
    pixels = vtk_to_numpy(image.GetPointData().GetScalars()).reshape(height, width, -1)
    return np.ascontiguousarray(pixels[::-1, :, :3])


def png_bytes(image: np.ndarray) -> bytes:
    """Encode an (height, width, 3) uint8 image as PNG bytes (VTK's encoder, no extra dependency)."""
    from twin.render.vtk import numpy_to_vtk, vtkImageData

    height, width, channels = image.shape
    data = vtkImageData()
    data.SetDimensions(width, height, 1)
    scalars = numpy_to_vtk(np.ascontiguousarray(image[::-1]).reshape(-1, channels), deep=True)
    data.GetPointData().SetScalars(scalars)
    writer = vtkPNGWriter()
    writer.SetInputData(data)
    writer.WriteToMemoryOn()
    writer.Write()
    return bytes(vtk_to_numpy(writer.GetResult()))


class OffscreenView:
    """A campus scene in an offscreen render window; use as a context manager.

    Parameters
    ----------
    size
        (width, height) in pixels.
    """

    def __init__(self, size: tuple[int, int] = (1600, 900)) -> None:
        self.window = vtkRenderWindow()
        self.window.SetOffScreenRendering(True)
        self.window.SetSize(*size)
        self.window.SetMultiSamples(0)  # FXAA instead: MSAA is slow on llvmpipe
        self.renderer = vtkRenderer()
        self.window.AddRenderer(self.renderer)
        self.scene = CampusScene(self.renderer)
        self.caption = Caption(self.renderer)

    def show(self, campus: Campus, camera: str = "overview") -> None:
        """Put ``campus`` in the scene and aim the camera."""
        self.scene.set_campus(campus)
        self.caption.set_campus(campus)
        self.scene.apply_camera(camera)

    def render(self) -> np.ndarray:
        """Render and return the image, (height, width, 3) uint8."""
        self.window.Render()
        return capture(self.window)

    def close(self) -> None:
        """Release the OpenGL context."""
        self.window.Finalize()

    def __enter__(self) -> OffscreenView:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def render_snapshot(campus: Campus, out: Path | str, camera: str = "overview",
                    size: tuple[int, int] = (1600, 900)) -> np.ndarray:
    """Render ``campus`` offscreen and write a PNG atomically; return the image."""
    with OffscreenView(size) as view:
        view.show(campus, camera)
        image = view.render()
    write_bytes_atomically(out, png_bytes(image))
    return image
