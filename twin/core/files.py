"""Atomic file writes: a crash, a full disk or a killed process never leaves a half-written file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(path: Path | str, write: Callable[[BinaryIO], object]) -> None:
    """Call ``write(handle)`` on a temporary file beside ``path``, then rename it over ``path``.

    The temporary file lives in the target's folder so the final :func:`os.replace` is a
    same-filesystem rename, which POSIX makes atomic: readers see the old file or the new one.
    """
    path = Path(path)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); give it the mode a plain write would: the
        # replaced file's, or the default allowed by the umask for a new one.
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _current_umask() -> int:
    # os.umask can only be read by setting it; done at import, before any worker thread
    # exists, since the process-wide value is briefly 0 in between.
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


_UMASK = _current_umask()


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_UMASK


def write_bytes_atomically(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    write_atomically(path, lambda handle: handle.write(data))


def write_text_atomically(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically."""
    write_bytes_atomically(path, text.encode(encoding))
