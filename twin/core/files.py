"""Atomic file writes: a crash, a full disk or a killed process never leaves a half-written file.

The new content goes to a hidden temporary file beside the target, named
``.<name>.<pid>.<random>.tmp``, which is flushed to disk and renamed over the target. A process
killed between the two leaves that temporary file behind; the next save of the same file
removes those of processes that no longer run (:func:`remove_stale_temporaries`). Saving
through a symbolic link writes the file the link points to and keeps the link.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

LEGACY_TEMPORARY_AGE_S = 3600.0
"""Temporary files without a process id (written before they carried one) are removed once
this old: no save takes an hour, so such a file is certainly abandoned."""


def write_atomically(path: Path | str, write: Callable[[BinaryIO], object]) -> None:
    """Call ``write(handle)`` on a temporary file beside ``path``, then rename it over ``path``.

    The temporary file lives in the target's folder so the final :func:`os.replace` is a
    same-filesystem rename, which POSIX makes atomic: readers see the old file or the new one.
    When ``path`` is a symbolic link, the file it points to is the target (the link stays).
    """
    # realpath: renaming over the link itself would replace it by a regular file and leave
    # the file it points to unchanged.
    path = Path(os.path.realpath(path))
    remove_stale_temporaries(path)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
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


def remove_stale_temporaries(path: Path | str) -> list[Path]:
    """Delete the temporary files that killed saves of ``path`` left beside it; return them.

    A temporary file is stale when the process named in it no longer runs (or, for one without
    a process id, when it is older than :data:`LEGACY_TEMPORARY_AGE_S`). Those of running
    processes, this one included, are left alone: they may be saves in progress.
    """
    path = Path(path)
    removed = []
    prefix = f".{path.name}."
    try:
        candidates = [p for p in path.parent.iterdir() if p.name.startswith(prefix) and p.name.endswith(".tmp")]
    except OSError:
        return removed
    now = time.time()
    for candidate in candidates:
        middle = candidate.name[len(prefix) : -len(".tmp")]
        pid_text, _, rest = middle.partition(".")
        try:
            if pid_text.isdigit() and rest:
                stale = not process_is_running(int(pid_text))
            else:
                stale = now - candidate.lstat().st_mtime > LEGACY_TEMPORARY_AGE_S
            if stale and candidate.is_file() and not candidate.is_symlink():
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue  # gone meanwhile, or not ours to delete
    return removed


def process_is_running(pid: int) -> bool:
    """True when a process ``pid`` exists (POSIX: signal 0 checks without sending anything)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        # os.kill(pid, 0) would terminate the process on Windows; without a safe probe a
        # foreign pid counts as gone.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to another user
    except OverflowError:
        return False
    return True


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
