"""The open campus document: the current :class:`Campus`, its file, its undo stack, its events.

The campus itself is immutable; the document holds the current one and replaces it when a
command runs. Views subscribe to :attr:`CampusDocument.changed` and get the new campus.
Every user edit is a :class:`Command` with a label, pushed on an :class:`UndoStack`; a drag
previews with :meth:`CampusDocument.preview` and pushes one command on release.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from twin.core.events import EventEmitter
from twin.model.campus import Building, Campus


@dataclass(frozen=True)
class Command:
    """A labelled replacement of one campus by another; undo restores the old one.

    Storing whole snapshots is cheap here (a campus is a few dozen small tuples) and makes
    undo exact: there is no inverse operation to get wrong.
    """

    label: str
    before: Campus
    after: Campus


def move_building_command(campus: Campus, building_id: str, dx: float, dy: float) -> Command:
    """Return the command that moves a building (with its equipment, yards and attached pipe
    ends) by (dx, dy) m; see :func:`twin.model.commands.move_building_command`."""
    from twin.model import commands  # commands builds on Command: imported late, no cycle

    return commands.move_building_command(campus, building_id, dx, dy)


def replace_building_command(campus: Campus, building: Building, label: str) -> Command:
    """Return the command that replaces a building by an edited copy of it."""
    return Command(label, campus, campus.with_building(building))


class UndoStack:
    """A linear history of :class:`Command` objects with a clean mark for "saved"."""

    def __init__(self) -> None:
        self._commands: list[Command] = []
        self._index = 0  # commands[:index] are done
        self._clean_index: int | None = 0
        self.changed = EventEmitter()
        """Emitted with no argument whenever the stack or its clean state changes."""

    def push(self, command: Command) -> None:
        """Record an already applied command, dropping any redo history."""
        del self._commands[self._index :]
        if self._clean_index is not None and self._clean_index > self._index:
            self._clean_index = None  # the saved state can no longer be reached
        self._commands.append(command)
        self._index += 1
        self.changed.emit()

    def undo(self) -> Command | None:
        """Step back; return the command undone, or ``None`` at the bottom."""
        if not self.can_undo:
            return None
        self._index -= 1
        self.changed.emit()
        return self._commands[self._index]

    def redo(self) -> Command | None:
        """Step forward; return the command redone, or ``None`` at the top."""
        if not self.can_redo:
            return None
        self._index += 1
        self.changed.emit()
        return self._commands[self._index - 1]

    def set_clean(self) -> None:
        """Mark the current position as saved."""
        self._clean_index = self._index
        self.changed.emit()

    @property
    def is_clean(self) -> bool:
        """True when the campus equals the one last saved (or loaded)."""
        return self._clean_index == self._index

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    @property
    def undo_label(self) -> str:
        """Label of the command :meth:`undo` would undo, or an empty string."""
        return self._commands[self._index - 1].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        """Label of the command :meth:`redo` would redo, or an empty string."""
        return self._commands[self._index].label if self.can_redo else ""


class CampusDocument:
    """The campus being edited, where it came from, and its history.

    Parameters
    ----------
    campus
        The campus as loaded.
    path
        The file it was loaded from, or ``None`` for a new one.
    bundled
        The layout is the one shipped with the app (``assets/``); Save then writes a new file
        in the user's folder instead.
    """

    def __init__(self, campus: Campus, path: Path | None = None, *, bundled: bool = False) -> None:
        self._campus = campus
        self.path = path
        self.bundled = bundled
        """True for the layout shipped in ``assets/``: it is never saved over, Save asks where."""
        self.undo_stack = UndoStack()
        self.changed = EventEmitter()
        """Emitted with the new :class:`Campus` whenever the current campus changes."""
        self.selection_changed = EventEmitter()
        """Emitted with the selected building id, or ``None``, when the selection changes."""
        self._selected: str | None = None

    @property
    def campus(self) -> Campus:
        """The current campus."""
        return self._campus

    @property
    def selected_building_id(self) -> str | None:
        """Id of the selected building, or ``None``."""
        return self._selected

    def select(self, building_id: str | None) -> None:
        """Select a building by id (``None`` clears the selection)."""
        if building_id is not None:
            self._campus.building(building_id)
        if building_id != self._selected:
            self._selected = building_id
            self.selection_changed.emit(building_id)

    def execute(self, command: Command) -> None:
        """Apply ``command`` and push it on the undo stack."""
        self._set_campus(command.after)
        self.undo_stack.push(command)

    def preview(self, campus: Campus) -> None:
        """Show an intermediate campus (during a drag) without recording history."""
        self._set_campus(campus)

    def undo(self) -> None:
        """Undo the last command, if any."""
        command = self.undo_stack.undo()
        if command is not None:
            self._set_campus(command.before)

    def redo(self) -> None:
        """Redo the last undone command, if any."""
        command = self.undo_stack.redo()
        if command is not None:
            self._set_campus(command.after)

    def _set_campus(self, campus: Campus) -> None:
        if campus is self._campus:
            return
        self._campus = campus
        if self._selected is not None and not any(b.id == self._selected for b in campus.buildings):
            self.select(None)
        self.changed.emit(campus)
