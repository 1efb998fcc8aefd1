"""Recovery files: the unsaved layout of a running app, written so a crash loses nothing.

While the app runs with unsaved edits, :mod:`twin.ui.recovery` writes the current campus here a
few seconds after each change; a clean quit deletes the file. A file left behind by an app that
is no longer running (killed, crashed, power cut) is offered for restore at the next start.

Format (schema ``campus-twin/recovery``, version 1), one JSON file per running app, named
``session-<pid>.json`` in :func:`recovery_folder`::

    {"schema": "campus-twin/recovery", "version": 1,
     "saved_at": "2026-12-01T17:02:03+00:00",   # UTC, ISO 8601
     "pid": 12345,                             # the app that wrote it
     "document_path": "/home/me/plan.geojson", # null for a new or the bundled layout
     "bundled": false,                         # the document came from the shipped assets/
     "layout": {...}}                          # the campus, exactly as a layout file holds it

The file is written atomically (:func:`twin.core.files.write_text_atomically`), so a kill during
the write leaves the previous recovery file, never half of one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from twin.core.files import process_is_running, write_text_atomically
from twin.core.i18n import tr
from twin.io.errors import MIB, FileContentError, read_regular_text
from twin.io.layout import layout_from_geojson, layout_to_geojson
from twin.model.campus import Campus

SCHEMA = "campus-twin/recovery"
VERSION = 1
APP_NAME = "campus-twin"
MAX_RECOVERY_BYTES = 64 * MIB


class RecoveryError(FileContentError):
    """A recovery file that cannot be used (damaged, foreign, or of another version)."""


@dataclass(frozen=True)
class Recovery:
    """What a recovery file holds.

    Attributes
    ----------
    file
        The recovery file itself.
    saved_at
        When it was written (UTC).
    pid
        Process id of the app that wrote it.
    document_path
        The layout file the edits apply to, or ``None`` (new or bundled layout).
    bundled
        True when the document was the shipped layout (it must be saved elsewhere).
    campus
        The campus with every edit applied.
    """

    file: Path
    saved_at: datetime
    pid: int
    document_path: Path | None
    bundled: bool
    campus: Campus


def recovery_folder() -> Path:
    """The folder of recovery files in the user's data folder (``platformdirs``).

    On Linux ``$XDG_DATA_HOME/campus-twin/recovery`` (``~/.local/share/...`` by default), on
    macOS ``~/Library/Application Support/campus-twin/recovery``, on Windows under
    ``%LOCALAPPDATA%``.
    """
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "recovery"


def recovery_file(folder: Path | None = None, pid: int | None = None) -> Path:
    """The recovery file of process ``pid`` (this one by default)."""
    return (folder or recovery_folder()) / f"session-{os.getpid() if pid is None else pid}.json"


def write_recovery(
    file: Path,
    campus: Campus,
    *,
    document_path: Path | None,
    bundled: bool,
    now: datetime | None = None,
) -> None:
    """Write ``campus`` and where it came from to ``file``, atomically (folder created if needed)."""
    file.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "schema": SCHEMA,
        "version": VERSION,
        "saved_at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "document_path": None if document_path is None else os.fspath(document_path),
        "bundled": bool(bundled),
        "layout": layout_to_geojson(campus),
    }
    write_text_atomically(file, json.dumps(record, ensure_ascii=False) + "\n")


def read_recovery(file: Path) -> Recovery:
    """Read a recovery file.

    Raises
    ------
    RecoveryError
        For a file that is not a regular readable file, not this schema or version, or whose
        fields are missing or mistyped.
    twin.io.layout.LayoutError
        For a layout inside that does not load (both are :class:`FileContentError`).
    """
    file = Path(file)
    text = read_regular_text(file, RecoveryError, MAX_RECOVERY_BYTES)
    try:
        record = json.loads(text)
    except (ValueError, RecursionError):
        raise RecoveryError(file, tr("RecoveryFile", "is not a recovery file (not valid JSON)")) from None
    if not isinstance(record, dict) or record.get("schema") != SCHEMA:
        raise RecoveryError(file, tr("RecoveryFile", "is not a Campus Twin recovery file"))
    if record.get("version") != VERSION:
        raise RecoveryError(file, tr("RecoveryFile", "was written by another version of Campus Twin"), field="version")
    try:
        saved_at = datetime.fromisoformat(record["saved_at"])
        pid = record["pid"]
        document_path = record["document_path"]
        bundled = record["bundled"]
        if not (isinstance(pid, int) and isinstance(bundled, bool)):
            raise TypeError
        if document_path is not None and not isinstance(document_path, str):
            raise TypeError
    except (KeyError, TypeError, ValueError):
        raise RecoveryError(file, tr("RecoveryFile", "has missing or mistyped fields")) from None
    # validate=False: edits that broke a validation rule (an outline being reshaped) are the
    # planner's work all the same; the window shows the problems once restored.
    campus = layout_from_geojson(record.get("layout"), file, validate=False)
    return Recovery(
        file=file,
        saved_at=saved_at if saved_at.tzinfo else saved_at.replace(tzinfo=UTC),
        pid=pid,
        document_path=None if document_path is None else Path(document_path),
        bundled=bundled,
        campus=campus,
    )


def orphaned_recoveries(folder: Path | None = None) -> tuple[list[Recovery], list[tuple[Path, str]]]:
    """Recovery files left by apps that are no longer running, newest first.

    Returns
    -------
    (recoveries, unreadable)
        The readable ones, and ``(file, reason)`` for those that cannot be used (they are
        left in place so nothing is deleted unseen).
    """
    folder = folder or recovery_folder()
    found: list[Recovery] = []
    unreadable: list[tuple[Path, str]] = []
    if not folder.is_dir():
        return found, unreadable
    for file in sorted(folder.glob("session-*.json")):
        try:
            pid = int(file.stem.split("-", 1)[1])
        except ValueError:
            continue
        if process_is_running(pid):
            continue
        try:
            found.append(read_recovery(file))
        except FileContentError as error:
            unreadable.append((file, str(error)))
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found, unreadable


def discard(file: Path) -> None:
    """Delete a recovery file (no error if it is already gone)."""
    Path(file).unlink(missing_ok=True)


def is_bundled(path: Path | str) -> bool:
    """True for a file inside the app's shipped ``assets/`` folder (never to be saved over)."""
    from twin.core.paths import asset_path

    try:
        return Path(path).resolve().is_relative_to(asset_path("").resolve())
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop
        return False


def user_layout_folder() -> Path:
    """Where Save proposes to put a layout that has no file of its own (``~/Documents/Campus Twin``)."""
    from platformdirs import user_documents_path

    return user_documents_path() / "Campus Twin"
