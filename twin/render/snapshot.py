"""Offscreen rendering of the campus to an image file of any size, with what it shows written on it.

One code path for every snapshot: ``twin snapshot`` (:mod:`twin.commands.snapshot`), File >
Export snapshot in the window (:mod:`twin.ui.export`) and the frames of ``twin animate``
(:mod:`twin.render.animation`) all build a :class:`SnapshotRequest` and call
:func:`render_request` / :func:`write_snapshot`. The image is rendered in its own offscreen
window at the requested size (1920x1080, 3840x2160, ...), independent of the window on
screen; text scales with the image through the render window's DPI. The caption says which
layout, date and time, weather, overlays and solver state the picture shows, and a PNG carries
the same facts as ``tEXt`` chunks (:meth:`~twin.core.provenance.ExportInfo.metadata`).

Without an X display VTK renders through EGL on Mesa's llvmpipe (see
``shared/design/headless.md``); the same code renders through GLX when a display exists.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from twin.core.files import write_bytes_atomically
from twin.core.i18n import tr
from twin.core.provenance import ExportError, ExportInfo
from twin.model.campus import Campus
from twin.render.scene import CampusScene, Caption
from twin.render.vtk import (
    vtk_to_numpy,
    vtkPNGWriter,
    vtkRenderer,
    vtkRenderWindow,
    vtkWindowToImageFilter,
)

IMAGE_FORMATS = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg"}
"""File extension -> image format written."""
REFERENCE_HEIGHT_PX = 900
"""Text is sized for this image height (the default 1600x900 snapshot); larger images scale it."""
JPEG_QUALITY = 92


def image_format_for(path: Path | str) -> str:
    """``"png"`` or ``"jpeg"`` from the file's extension.

    Raises
    ------
    ExportError
        For any other extension, naming the file and the formats accepted.
    """
    suffix = Path(path).suffix.lower()
    try:
        return IMAGE_FORMATS[suffix]
    except KeyError:
        raise ExportError(tr("Export", "{path}: unknown image format {suffix!r}; use .png or .jpg").format(
            path=path, suffix=suffix or "(none)")) from None


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


def _vtk_image(image: np.ndarray):
    from twin.render.vtk import numpy_to_vtk, vtkImageData

    height, width, channels = image.shape
    data = vtkImageData()
    data.SetDimensions(width, height, 1)
    scalars = numpy_to_vtk(np.ascontiguousarray(image[::-1]).reshape(-1, channels), deep=True)
    data.GetPointData().SetScalars(scalars)
    return data


def png_bytes(image: np.ndarray, text: Mapping[str, str] | None = None) -> bytes:
    """Encode an (height, width, 3) uint8 image as PNG bytes, with ``text`` as ``tEXt`` chunks.

    VTK's encoder (libpng) is used, so no extra dependency is needed. PNG ``tEXt`` is Latin-1:
    characters outside it are replaced (``°`` is Latin-1 and survives).
    """
    writer = vtkPNGWriter()
    writer.SetInputData(_vtk_image(image))
    for key, value in (text or {}).items():
        safe = str(value).encode("latin-1", "replace").decode("latin-1")
        writer.AddText(key[:79], safe)
    writer.WriteToMemoryOn()
    writer.Write()
    return bytes(vtk_to_numpy(writer.GetResult()))


def jpeg_bytes(image: np.ndarray, text: Mapping[str, str] | None = None, quality: int = JPEG_QUALITY) -> bytes:
    """Encode an (height, width, 3) uint8 image as JPEG bytes, with ``text`` in a COM segment.

    Pillow's encoder (libjpeg), since VTK's JPEG writer cannot write comments. JPEG has no
    key/value text chunks: the provenance goes into one comment segment (JPEG's ``COM``
    marker, ISO/IEC 10918-1 B.2.4.5), one ``key: value`` line per fact, which ``exiftool``,
    ``rdjpgcom`` and image viewers show.
    """
    import io

    from PIL import Image

    buffer = io.BytesIO()
    options = {"quality": quality, "optimize": True}
    if text:
        options["comment"] = "\n".join(f"{key}: {value}" for key, value in text.items()).encode("utf-8")
    Image.fromarray(np.ascontiguousarray(image), "RGB").save(buffer, "JPEG", **options)
    return buffer.getvalue()


def encode_image(image: np.ndarray, path: Path | str, info: ExportInfo | None = None) -> bytes:
    """The bytes of ``image`` in the format ``path``'s extension names (PNG or JPEG, both with the metadata)."""
    fmt = image_format_for(path)
    text = info.metadata() if info is not None else None
    return png_bytes(image, text) if fmt == "png" else jpeg_bytes(image, text)


def text_dpi(size: tuple[int, int]) -> int:
    """Render-window DPI that keeps text the same share of the picture as at 1600x900.

    VTK draws text in points at the window's DPI (72 by default), so scaling the DPI with the
    image height scales every caption, label and legend alike. Below the reference height the
    text is not shrunk under half (10-point titles are the least a viewer reads); a wide, short image is limited
    by its width so the caption still fits.
    """
    width, height = size
    scale = min(height / REFERENCE_HEIGHT_PX, width / 1280.0)
    return int(round(72 * min(max(scale, 0.5), 6.0)))


@dataclass(frozen=True)
class CameraPose:
    """A camera: position and focal point (campus metres), view-up vector, vertical view angle (deg)."""

    position: tuple[float, float, float]
    focal_point: tuple[float, float, float]
    view_up: tuple[float, float, float]
    view_angle: float = 30.0

    @classmethod
    def of(cls, camera) -> CameraPose:
        """The pose of a ``vtkCamera``."""
        return cls(tuple(camera.GetPosition()), tuple(camera.GetFocalPoint()), tuple(camera.GetViewUp()),
                   float(camera.GetViewAngle()))

    def apply(self, renderer: vtkRenderer) -> None:
        """Put the renderer's active camera in this pose."""
        camera = renderer.GetActiveCamera()
        camera.SetPosition(*self.position)
        camera.SetFocalPoint(*self.focal_point)
        camera.SetViewUp(*self.view_up)
        camera.SetViewAngle(self.view_angle)
        camera.OrthogonalizeViewUp()
        renderer.ResetCameraClippingRange()
        near, far = camera.GetClippingRange()
        if self.position[2] < 30.0:  # eye level: VTK's automatic near plane clips the homes' marker
            camera.SetClippingRange(1.0, max(far, 6000.0))


def solver_state(frame, current: bool = True) -> tuple[str, str]:
    """``(state, detail)`` of an airflow frame for captions (see :data:`~twin.core.provenance.SOLVER_STATES`).

    Uses the frame's explicit ``state`` field when the runner provides one. Otherwise derives
    it: a frame whose velocity or temperature is not finite in the air, or that the caller
    says is not ``current`` (an edit or a weather change not yet applied), is ``invalid``;
    the solver's ``settled`` tier is ``settled``; ``first look`` and ``settling`` are
    ``settling``.
    """
    if frame is None:
        return "off", ""
    detail = tr("Caption", "{time:.0f} s simulated").format(time=frame.sim_time_s)
    explicit = getattr(frame, "state", None)
    if explicit is not None:
        state = str(getattr(explicit, "value", explicit)).lower()
        if state == "first look":  # the previous field on new obstacles: still settling
            state = "settling"
        if state in ("settled", "settling", "invalid"):
            return (state if current else "invalid"), detail
    if not current:
        return "invalid", tr("Caption", "stale: conditions changed")
    air = ~np.asarray(frame.solid)
    finite = bool(np.isfinite(np.asarray(frame.temperature_c)[air]).all()) and all(
        bool(np.isfinite(np.asarray(component)[air]).all()) for component in frame.velocity)
    if not finite:
        return "invalid", tr("Caption", "non-finite field")
    if frame.tier == "settled":
        return "settled", detail
    return "settling", f"{frame.tier}, {detail}"


@dataclass(frozen=True)
class SceneStatus:
    """The live text on the campus: building labels and tints, pipe labels."""

    buildings: Mapping[str, tuple[str, float | None]] = field(default_factory=dict)
    pipes: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, scene: CampusScene) -> SceneStatus:
        """What ``scene`` shows now (the window's scene, mirrored into a snapshot)."""
        # Same package: the adapters keep their status privately, there is no other reader.
        buildings = {bid: (adapter._status, adapter._load_fraction) for bid, adapter in scene.buildings.items()
                     if adapter._status}
        pipes = {pid: label.GetInput() for pid, label in scene._pipe_labels.items() if label.GetInput()}
        return cls(buildings, pipes)

    def apply(self, scene: CampusScene) -> None:
        for building_id, (text, fraction) in self.buildings.items():
            scene.set_building_status(building_id, text, fraction)
        scene.set_pipe_labels(dict(self.pipes))


@dataclass(frozen=True)
class SnapshotRequest:
    """Everything a snapshot shows; immutable, so the window can hand it to an export job.

    Attributes
    ----------
    campus, info
        The layout and the facts the caption and metadata state.
    size
        ``(width, height)`` pixels.
    camera
        A preset name (:data:`~twin.model.views.CAMERA_PRESETS`) or a :class:`CameraPose`.
    frame
        The airflow :class:`~twin.sim.airflow.runner.Frame` to draw overlays from (None: none).
    overlays
        Overlay ids to draw (``temperature``, ``vertical``, ``plume``, ``wind``, ``recirculation``).
    slice_height_m
        Height of the temperature slice and wind arrows.
    status
        Building and pipe labels to show.
    annotations
        Show labels, town markers, north arrow (``None``: as the camera preset decides).
    headline
        How the caption's headline names the layout (``None``: the scenario's name); the
        window names the file a saved-as layout lives in, as its own caption does.
    """

    campus: Campus
    info: ExportInfo
    size: tuple[int, int] = (1600, 900)
    camera: str | CameraPose = "overview"
    frame: object | None = None
    overlays: tuple[str, ...] = ()
    slice_height_m: float = 30.0
    status: SceneStatus = field(default_factory=SceneStatus)
    annotations: bool | None = None
    headline: str | None = None


class OffscreenView:
    """A campus scene in an offscreen render window; use as a context manager.

    Parameters
    ----------
    size
        (width, height) in pixels.
    dpi
        Text resolution (points to pixels); default :func:`text_dpi` of ``size``.
    """

    def __init__(self, size: tuple[int, int] = (1600, 900), dpi: int | None = None) -> None:
        width, height = size
        if not (16 <= width <= 8192 and 16 <= height <= 8192):
            raise ExportError(tr("Export", "image size must be 16 to 8192 pixels a side, got {w}x{h}").format(w=width, h=height))
        self.size = (int(width), int(height))
        self.window = vtkRenderWindow()
        self.window.SetOffScreenRendering(True)
        self.window.SetSize(*self.size)
        self.window.SetDPI(dpi or text_dpi(self.size))
        self.window.SetMultiSamples(0)  # FXAA instead: MSAA is slow on llvmpipe
        self.renderer = vtkRenderer()
        self.window.AddRenderer(self.renderer)
        self.scene = CampusScene(self.renderer)
        self.caption = Caption(self.renderer)
        self._fields = None

    def show(self, campus: Campus, camera: str | CameraPose = "overview") -> None:
        """Put ``campus`` in the scene and aim the camera."""
        self.scene.set_campus(campus)
        self.caption.set_campus(campus)
        self.aim(camera)

    def aim(self, camera: str | CameraPose) -> None:
        """Aim at a preset name or a :class:`CameraPose`."""
        if isinstance(camera, CameraPose):
            camera.apply(self.renderer)
        else:
            self.scene.apply_camera(camera)

    @property
    def fields(self):
        """The :class:`~twin.render.field.FieldOverlays` of this view (created on first use, all hidden)."""
        if self._fields is None:
            from twin.render.field import FieldOverlays

            self._fields = FieldOverlays(self.scene.layers)
            for name in list(self._fields.shown):
                self._fields.shown[name] = False
                self._fields.by_id[name].set_visible(False)
        return self._fields

    def show_fields(self, frame, campus: Campus, overlays: tuple[str, ...], height_m: float = 30.0) -> None:
        """Draw ``overlays`` from ``frame`` (hides the others)."""
        fields = self.fields
        if fields.temperature.height_m != height_m:
            fields.set_height(height_m, campus)
        for name in fields.shown:
            wanted = name in overlays
            if fields.shown[name] != wanted:
                fields.set_shown(name, wanted, campus)
        fields.update(frame, campus)

    def apply(self, request: SnapshotRequest) -> None:
        """Set the scene, camera, overlays, labels and caption from ``request``."""
        self.show(request.campus, request.camera)
        if request.headline is not None:
            self.caption.set_campus(request.campus, request.headline)
        if request.annotations is not None:
            self.scene.set_annotations_visible(request.annotations)
        if request.frame is not None and request.overlays:
            self.show_fields(request.frame, request.campus, request.overlays, request.slice_height_m)
        elif self._fields is not None:
            for name in self._fields.shown:
                if self._fields.shown[name]:
                    self._fields.set_shown(name, False, request.campus)
        request.status.apply(self.scene)
        self.caption.set_info(request.info)

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


def render_request(request: SnapshotRequest) -> np.ndarray:
    """Render ``request`` in a fresh offscreen window of its size; return the image."""
    with OffscreenView(request.size) as view:
        view.apply(request)
        return view.render()


def write_snapshot(request: SnapshotRequest, out: Path | str) -> np.ndarray:
    """Render ``request`` and write it to ``out`` (format from the extension), atomically.

    The format is checked before anything is rendered, so a wrong extension costs nothing.

    Raises
    ------
    ExportError
        For an unknown extension or an impossible size.
    """
    image_format_for(out)
    image = render_request(request)
    write_bytes_atomically(out, encode_image(image, out, request.info))
    return image


def basic_info(campus: Campus, layout_file: str, layout_sha256: str) -> ExportInfo:
    """Provenance for a plain layout view: the design scenario's weather, no solver."""
    from twin import __version__

    scenario = campus.scenario
    return ExportInfo(
        program_version=__version__, layout_name=scenario.name, layout_file=layout_file, layout_sha256=layout_sha256,
        weather_source=tr("Caption", "layout design scenario"), wind_from_deg=scenario.wind_from_deg,
        wind_speed_ms=scenario.wind_speed_ms, ambient_c=scenario.ambient_c,
    )


def render_snapshot(campus: Campus, out: Path | str, camera: str = "overview",
                    size: tuple[int, int] = (1600, 900), info: ExportInfo | None = None) -> np.ndarray:
    """Render ``campus`` offscreen and write ``out`` atomically; return the image (a plain view, no overlays)."""
    if info is None:
        info = basic_info(campus, tr("Caption", "(in memory)"), "")
    return write_snapshot(SnapshotRequest(campus, info, size, camera), out)

