"""The error raised for a file that cannot be used: it names the file, where in it, and why."""

from __future__ import annotations

import os


class FileContentError(ValueError):
    """A file whose content cannot be used.

    The message reads ``FILE, line N, field 'NAME': what is wrong`` (line and field when known),
    so a user can open the file at the right place.

    Attributes
    ----------
    path, line, field
        Where the problem is.
    """

    field_word = "field"
    """How the format calls its columns ("field" in EPW, "column" in CSV)."""

    def __init__(self, path: str | os.PathLike[str], message: str, line: int | None = None, field: str | None = None) -> None:
        where = os.fspath(path)
        if line is not None:
            where += f", line {line}"
        if field is not None:
            where += f", {self.field_word} '{field}'"
        super().__init__(f"{where}: {message}")
        self.path = os.fspath(path)
        self.line = line
        self.field = field
