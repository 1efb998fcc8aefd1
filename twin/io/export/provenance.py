"""Which layout an export shows: its file and the hash of its content."""

from __future__ import annotations

from pathlib import Path

from twin.core.i18n import tr
from twin.core.paths import default_layout_path
from twin.core.provenance import content_hash
from twin.io.layout import layout_to_text
from twin.model.campus import Campus


def layout_identity(campus: Campus, path: Path | str | None, edited: bool = False) -> tuple[str, str]:
    """``(layout file as shown, SHA-256 of the layout's content)``.

    The hash is of the campus as :func:`~twin.io.layout.save_layout` would write it, so an
    edited, unsaved layout is told apart from its file; the file is named ``bundled: ...`` for
    the shipped asset and gets ``(unsaved edits)`` when the document differs from it.
    """
    digest = _digest(campus)
    if path is None or Path(path).resolve() == default_layout_path().resolve():
        name = tr("Export", "bundled: {name}").format(name=default_layout_path().name)
    else:
        name = Path(path).name
    if edited:
        name = tr("Export", "{name} (unsaved edits)").format(name=name)
    return name, digest


_last: list = [None, ""]
"""The last campus hashed and its digest: the window's live caption asks five times a second."""


def _digest(campus: Campus) -> str:
    # Campus objects are immutable, so identity is a safe cache key; serialising costs ~5 ms.
    if _last[0] is not campus:
        _last[:] = [campus, content_hash(layout_to_text(campus))]
    return _last[1]
