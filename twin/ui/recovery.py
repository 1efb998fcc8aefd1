"""Autosave and crash recovery in the window: a timer writes unsaved edits, a dialog restores them.

:class:`AutoSaver` watches the window's document. A few seconds (:data:`AUTOSAVE_DELAY_S`)
after the first unsaved change it writes the whole campus to this app's recovery file
(:mod:`twin.io.recovery`, atomic); further changes are written at the same pace, never more often;
when the document is clean again (saved, or undone back to the saved state) the file is removed,
and :meth:`AutoSaver.finish` removes it on a clean quit. A file is therefore left behind only
when the app did not quit cleanly, and :func:`offer_restore` offers it at the next start, saying
when it was written.

Writing the whole campus (~40 kB of GeoJSON, ~5 ms) rather than a journal of commands keeps
the file readable by any later version that reads layouts, and a restore exact.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from twin.io.errors import FileContentError
from twin.io.recovery import Recovery, discard, orphaned_recoveries, recovery_file, write_recovery
from twin.model.document import CampusDocument, Command

if TYPE_CHECKING:
    from twin.ui.main_window import MainWindow

AUTOSAVE_DELAY_S = 3.0
"""Seconds between an unsaved change and its autosave: short enough that a crash loses at
most a few seconds of work, long enough that a burst of edits costs one write."""
POLL_MS = 500


class AutoSaver(QObject):
    """Writes the window's unsaved campus to a recovery file a few seconds after each change.

    Parameters
    ----------
    window
        The main window; its current :attr:`~MainWindow.document` is followed, whichever it is.
    folder
        Folder of recovery files; the user's data folder by default (tests pass their own).
    delay_s
        Seconds from the first unsaved change to its autosave.
    """

    def __init__(self, window: MainWindow, folder: Path | None = None, delay_s: float = AUTOSAVE_DELAY_S) -> None:
        super().__init__(window)
        self._window = window
        self.file = recovery_file(folder)
        self.delay_s = delay_s
        self._written: tuple[CampusDocument, object] | None = None
        self._pending_since: float | None = None
        self._warned = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    # -- public API ----------------------------------------------------------------------

    def write_now(self) -> bool:
        """Write the current campus to the recovery file now; False (status message) if it failed."""
        document = self._window.document
        try:
            write_recovery(self.file, document.campus, document_path=document.path, bundled=document.bundled)
        except OSError as error:
            if not self._warned:  # once: a full disk must not flood the status bar
                self._warned = True
                self._window.statusBar().showMessage(
                    self.tr("Autosave failed ({reason}): unsaved edits are not protected").format(
                        reason=error.strerror or error
                    ),
                    0,
                )
            return False
        self._written = (document, document.campus)
        self._pending_since = None
        return True

    def finish(self) -> None:
        """Stop and delete the recovery file: called on a clean quit. Idempotent."""
        self._timer.stop()
        discard(self.file)

    # -- private -------------------------------------------------------------------------

    def _tick(self) -> None:
        document = self._window.document
        if document is None:
            return
        if document.undo_stack.is_clean:
            if self._written is not None or self._pending_since is not None:
                discard(self.file)
            self._written, self._pending_since = None, None
            return
        written = self._written
        if written is not None and written[0] is document and written[1] is document.campus:
            return
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        if now - self._pending_since >= self.delay_s:
            self.write_now()


def offer_restore(window: MainWindow, folder: Path | None = None) -> bool:
    """Offer the newest recovery file left by an app that did not quit cleanly; True if restored.

    The question says which layout the edits belong to and when they were autosaved. Whatever
    the answer, that file is then deleted (the edits are in the window, or were declined).
    """
    recoveries, _unreadable = orphaned_recoveries(folder)
    if not recoveries:
        return False
    recovery = recoveries[0]
    when = recovery.saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    if recovery.document_path is not None:
        name = recovery.document_path.name
    elif recovery.bundled:
        name = QCoreApplication.translate("Recovery", "the bundled Escaudain layout")
    else:
        name = QCoreApplication.translate("Recovery", "an untitled layout")
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("Recovery", "Restore unsaved edits?"),
        QCoreApplication.translate(
            "Recovery",
            "Campus Twin did not close normally. Edits to {name} that were not saved were kept "
            "(autosaved {when}). Restore them?",
        ).format(name=name, when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    restored = answer == QMessageBox.StandardButton.Yes
    if restored:
        restore(window, recovery)
    discard(recovery.file)
    return restored


def restore(window: MainWindow, recovery: Recovery) -> None:
    """Show the recovered campus in ``window`` as unsaved edits (one undo step back to the file)."""
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout

    base = recovery.campus
    origin = recovery.document_path or (default_layout_path() if recovery.bundled else None)
    if origin is not None:
        try:
            base = load_layout(origin)
        except FileContentError:
            pass  # the file is gone or changed: the recovered campus stands on its own
    document = CampusDocument(base, recovery.document_path, bundled=recovery.bundled)
    # One command from the file's campus to the recovered one: the document is unsaved, and
    # Undo shows what the file holds.
    document.execute(Command(QCoreApplication.translate("Recovery", "Restore unsaved edits"), base, recovery.campus))
    window.replace_document(document)


def install(window: MainWindow, folder: Path | None = None, delay_s: float = AUTOSAVE_DELAY_S) -> AutoSaver:
    """Offer to restore what a crashed app left, then autosave ``window``'s edits; the app calls this."""
    offer_restore(window, folder)
    return AutoSaver(window, folder, delay_s)
