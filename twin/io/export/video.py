"""Video files from a stream of frames: H.264 MP4 (yuv420p) and GIF, never half-written.

Both go through the ``ffmpeg`` binary that the ``imageio-ffmpeg`` wheel ships (no system
ffmpeg needed). MP4 is written by :func:`imageio_ffmpeg.write_frames` with ``libx264`` in the
``yuv420p`` pixel format, the one every player, browser and presentation program decodes, and
``+faststart`` so it plays while it downloads. A GIF uses ffmpeg's two-filter recipe
(``palettegen`` over the whole clip, then ``paletteuse``) for a palette fitted to the clip's
colours; ffmpeg keeps the frames in memory until the end for that, so GIFs are limited to
:data:`GIF_MAX_BYTES` of raw frames (a short, small clip is what a GIF is for).

Frames are written to a temporary file beside the target, renamed over it only when the
encoder finished cleanly (POSIX rename is atomic); a cancelled or failed export removes the
temporary file and leaves any previous file under the target name untouched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np

from twin.core.files import _mode_for
from twin.core.i18n import tr
from twin.core.provenance import ExportError

VIDEO_FORMATS = {".mp4": "mp4", ".gif": "gif"}
GIF_MAX_BYTES = 2_000_000_000
"""Raw RGB bytes of all frames a GIF may hold (ffmpeg buffers them for the palette)."""
MP4_CRF = 20
"""x264 constant rate factor: 18-23 is visually lossless to good for rendered scenes."""


def video_format_for(path: Path | str) -> str:
    """``"mp4"`` or ``"gif"`` from the extension; anything else is refused with a clear message."""
    suffix = Path(path).suffix.lower()
    try:
        return VIDEO_FORMATS[suffix]
    except KeyError:
        raise ExportError(tr("Export", "{path}: unknown video format {suffix!r}; use .mp4 or .gif").format(
            path=path, suffix=suffix or "(none)")) from None


def check_video(path: Path | str, size: tuple[int, int], frames: int) -> str:
    """Check that a clip of ``frames`` frames at ``size`` can be written to ``path``; return its format.

    Raises
    ------
    ExportError
        Unknown extension, odd width or height (H.264 in yuv420p stores colour at half
        resolution, so both must be even), or a GIF too large for memory.
    """
    fmt = video_format_for(path)
    width, height = size
    if fmt == "mp4" and (width % 2 or height % 2):
        raise ExportError(tr("Export", "{path}: an MP4 (H.264, yuv420p) needs an even width and height, got {w}x{h}").format(
            path=path, w=width, h=height))
    if fmt == "gif" and frames * width * height * 3 > GIF_MAX_BYTES:
        raise ExportError(tr("Export", "{path}: a GIF of {n} frames at {w}x{h} is too large; use .mp4, a smaller size or fewer frames").format(
            path=path, n=frames, w=width, h=height))
    return fmt


class VideoWriter:
    """Write frames to an MP4 or GIF; use as a context manager (an exception aborts the file).

    Parameters
    ----------
    path
        Target file; the extension chooses the format (``.mp4`` or ``.gif``).
    size
        ``(width, height)`` of every frame.
    fps
        Frames per second.
    frames
        Expected number of frames (only to refuse an impossible GIF up front).

    Examples
    --------
    >>> with VideoWriter("day.mp4", (1920, 1080), 30) as video:   # doctest: +SKIP
    ...     for image in frames:
    ...         video.write(image)
    """

    def __init__(self, path: Path | str, size: tuple[int, int], fps: float, frames: int = 0) -> None:
        self.path = Path(path)
        self.format = check_video(self.path, size, frames)
        self.size = (int(size[0]), int(size[1]))
        self.fps = fps
        self.frames_written = 0
        descriptor, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=f".part{self.path.suffix}",
                                                 dir=self.path.parent)
        os.close(descriptor)
        self._temporary = Path(temporary)
        self._closed = False
        try:
            self._encoder = self._start()
            self._encoder.send(None)
        except BaseException:
            self._temporary.unlink(missing_ok=True)
            raise

    def _start(self):
        import imageio_ffmpeg

        common = {"fps": self.fps, "macro_block_size": 2, "ffmpeg_log_level": "error", "pix_fmt_in": "rgb24"}
        if self.format == "mp4":
            return imageio_ffmpeg.write_frames(
                str(self._temporary), self.size, codec="libx264", pix_fmt_out="yuv420p", quality=None,
                output_params=["-crf", str(MP4_CRF), "-preset", "medium", "-movflags", "+faststart", "-f", "mp4"], **common)
        palette = "split[a][b];[a]palettegen=stats_mode=full:max_colors=256[p];[b][p]paletteuse=dither=sierra2_4a"
        return imageio_ffmpeg.write_frames(
            str(self._temporary), self.size, codec="gif", pix_fmt_out="pal8", quality=None,
            output_params=["-vf", palette, "-loop", "0", "-f", "gif"], **common)

    def write(self, image: np.ndarray) -> None:
        """Append one (height, width, 3) uint8 frame."""
        if self._closed:
            raise RuntimeError("the video is already closed")  # notr: a programming error, not a user message
        if image.shape != (self.size[1], self.size[0], 3) or image.dtype != np.uint8:
            raise ValueError(f"frame must be {self.size[1]}x{self.size[0]}x3 uint8, got {image.shape} {image.dtype}")  # notr: a programming error
        self._encoder.send(np.ascontiguousarray(image))
        self.frames_written += 1

    def close(self) -> Path:
        """Finish encoding and move the file under its name; return the path."""
        if self._closed:
            return self.path
        self._closed = True
        try:
            self._encoder.close()  # waits for ffmpeg; raises if it failed
            if self.frames_written == 0:
                raise ExportError(tr("Export", "{path}: no frames were written").format(path=self.path))
            os.chmod(self._temporary, _mode_for(self.path))
            os.replace(self._temporary, self.path)
        except BaseException:
            self._temporary.unlink(missing_ok=True)
            raise
        return self.path

    def abort(self) -> None:
        """Stop encoding and remove the partial file; the target name is left as it was."""
        if self._closed:
            return
        self._closed = True
        try:
            self._encoder.close()
        except Exception:  # noqa: BLE001 - the encoder's complaint about a cut stream is expected
            pass
        finally:
            self._temporary.unlink(missing_ok=True)

    def __enter__(self) -> VideoWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
