"""The error raised for a file that cannot be used, and the one guarded way every reader opens files.

Every reader of :mod:`twin.io` (layout, EPW weather, load CSV) raises a subclass of
:class:`FileContentError` for *any* problem with its file, whatever the file contains, so a
caller catches that one type: the window shows it in a dialog, a command prints it on one line
and exits with status 2.

:func:`read_regular_text` is how those readers get the text: it refuses anything but a regular
file (a FIFO would block the reader forever, ``/dev/zero`` would fill the memory), refuses a
file over the format's size limit with a message that says the limit, accepts a UTF-8 byte-order
mark (what spreadsheet programs write for "CSV UTF-8") and reports undecodable bytes with the
line they are on.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from twin.core.i18n import format_number, tr


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
    """How the format calls its columns ("field" in EPW, "column" in CSV); written in the
    message in the language in force."""

    def __init__(self, path: str | os.PathLike[str], message: str, line: int | None = None, field: str | None = None) -> None:
        where = os.fspath(path)
        if line is not None:
            where += tr("FileErrors", ", line {line}").format(line=line)
        if field is not None:
            where += (tr("FileErrors", ", column '{name}'") if self.field_word == "column"
                      else tr("FileErrors", ", field '{name}'")).format(name=field)
        super().__init__(tr("FileErrors", "{where}: {message}").format(where=where, message=message))
        self.path = os.fspath(path)
        self.line = line
        self.field = field


MIB = 1 << 20


def open_regular_file(path: Path, error: type[FileContentError], max_bytes: int) -> int:
    """Open ``path`` for reading and return the descriptor, if it is a regular file of at most ``max_bytes``.

    The file is opened with ``O_NONBLOCK`` so that a FIFO does not block the open itself, then
    checked with :func:`os.fstat` on the open descriptor (not on the name, which could be
    swapped in between).

    Raises
    ------
    FileContentError
        (the ``error`` subclass) for a missing or unreadable file, a folder, a device, a FIFO
        or a socket, or a file over ``max_bytes``.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise error(path, tr("FileErrors", "cannot read the file (no such file)")) from None
    except IsADirectoryError:
        raise error(path, tr("FileErrors", "is a folder, not a file")) from None
    except OSError as exc:
        raise error(path, tr("FileErrors", "cannot read the file ({reason})").format(reason=exc.strerror or exc)) from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise error(path, tr("FileErrors", "is not a regular file (it is {kind}); choose a saved file").format(
                kind=_kind_of(info.st_mode)))
        if info.st_size > max_bytes:
            raise error(path, tr("FileErrors", "is {size} MiB, larger than the {limit} MiB this reader accepts "
                                               "for this kind of file").format(size=format_number(info.st_size / MIB, 1),
                                                                               limit=format_number(max_bytes / MIB)))
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def read_regular_bytes(path: Path, error: type[FileContentError], max_bytes: int) -> bytes:
    """The bytes of ``path``, read through :func:`open_regular_file` (at most ``max_bytes``)."""
    descriptor = open_regular_file(path, error, max_bytes)
    try:
        with os.fdopen(descriptor, "rb") as handle:
            # +1: a file that grew past the limit after fstat is still refused, never read whole.
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise error(path, tr("FileErrors", "cannot read the file ({reason})").format(reason=exc.strerror or exc)) from None
    if len(data) > max_bytes:
        raise error(path, tr("FileErrors", "is larger than the {limit:.0f} MiB this reader accepts").format(limit=max_bytes / MIB))
    return data


def decode_utf8(path: Path, data: bytes, error: type[FileContentError], errors: str = "strict") -> str:
    """``data`` as UTF-8 text without its byte-order mark, if any.

    Raises
    ------
    FileContentError
        With the line of the first byte that is not UTF-8 (``errors="strict"`` only).
    """
    try:
        return data.decode("utf-8-sig", errors=errors)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise error(path, tr("FileErrors", "is not UTF-8 text (byte 0x{byte:02x} at offset {offset}); save it as UTF-8").format(
            byte=data[exc.start], offset=exc.start), line=line) from None


def read_regular_text(path: Path, error: type[FileContentError], max_bytes: int, errors: str = "strict") -> str:
    """The text of a regular UTF-8 file (BOM accepted) of at most ``max_bytes``."""
    return decode_utf8(path, read_regular_bytes(path, error, max_bytes), error, errors)


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return tr("FileErrors", "a folder")
    if stat.S_ISFIFO(mode):
        return tr("FileErrors", "a pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return tr("FileErrors", "a device")
    if stat.S_ISSOCK(mode):
        return tr("FileErrors", "a socket")
    return tr("FileErrors", "not a plain file")


def short_repr(value: object, limit: int = 60) -> str:
    """A bounded, never-failing ``repr`` of a value read from a file, for error messages.

    A file may hold a 10,000-digit integer or a list nested 900 deep; the message must stay one
    readable line and building it must not itself raise (``repr`` of a huge int raises
    ``ValueError`` past Python's 4,300-digit limit).
    """
    try:
        text = repr(value)
    except (ValueError, RecursionError, OverflowError):
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 3] + "..."
