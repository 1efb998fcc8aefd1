"""Editing tools of the 3-D view: one object per tool, commands from :mod:`twin.model.commands`.

The viewport (:mod:`twin.ui.viewport`) reads the mouse from Qt events and hands each press,
move and release to the *active tool* as a :class:`ToolEvent`. A tool returns ``True`` when it
used the event (the camera then stays still) and ``False`` to let the trackball camera have it.
A drag previews on the document and pushes one command on release, so one gesture is one undo
step; the :class:`ToolHost` decides whether a drop that breaks a hard layout rule is refused.

The tools draw their grips through the scene's handle layer and hit-test them in screen space,
so nothing here imports VTK.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from twin.model.campus import Campus
from twin.model.document import CampusDocument, Command
from twin.model.validation import validate_campus

GRIP_PICK_PX = 14
"""A press this close (screen pixels) to a grip takes the grip."""

CLICK_PX = 4
"""A press and release closer than this is a click, not a drag."""


@dataclass(frozen=True)
class ToolEvent:
    """A mouse event as the tools see it.

    Attributes
    ----------
    display
        VTK display coordinates (pixels, origin bottom-left).
    shift, ctrl
        Modifier keys held.
    left
        True when the left button is the one pressed or released (for moves: held).
    """

    display: tuple[int, int]
    shift: bool = False
    ctrl: bool = False
    left: bool = True


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tools", text)


class ToolHost:
    """What the tools act on: the document, the viewport, the status line, the refusal rule.

    Parameters
    ----------
    document
        Returns the document being edited (the window may open another one).
    viewport
        The :class:`~twin.ui.viewport.Viewport` (picking, ground points, handles).
    status
        Shows a line of text to the user (the window's permanent status widget).
    """

    def __init__(self, document: Callable[[], CampusDocument], viewport, status: Callable[[str], None]) -> None:
        self._document = document
        self.viewport = viewport
        self.status = status
        self.refuse_hard_rules = False
        """When True, a drop that breaks a hard rule (overlap, reserve, outside the site) is undone."""
        self.finished: Callable[[], None] = lambda: None
        """Called by one-shot tools (add) when done, so the window can go back to selecting."""

    @property
    def document(self) -> CampusDocument:
        return self._document()

    def preview(self, campus: Campus) -> None:
        """Show an intermediate campus during a drag (no history)."""
        self.document.preview(campus)

    def commit(self, command: Command) -> bool:
        """Execute ``command`` unless it breaks a new hard rule and refusal is on.

        Returns True when the command was executed. A breach that is allowed is reported on
        the status line; a refused one restores the campus from before the gesture.
        """
        new = new_hard_issues(command.before, command.after)
        if new and self.refuse_hard_rules:
            self.document.preview(command.before)
            self.status(_tr("Refused: {reason} (hard rules are enforced; see Edit ▸ Refuse drops that break a hard rule)").format(
                reason=new[0].message))
            return False
        self.document.execute(command)
        if new:
            self.status(_tr("Warning: {reason}").format(reason=new[0].message))
        return True


def new_hard_issues(before: Campus, after: Campus) -> list:
    """Hard-rule issues of ``after`` that ``before`` did not have."""
    old = {(i.feature, i.rule, i.other) for i in validate_campus(before) if i.is_hard}
    return [i for i in validate_campus(after) if i.is_hard and (i.feature, i.rule, i.other) not in old]


class Tool:
    """Base of the tools: ignores everything (the camera gets every event)."""

    id = "tool"

    def __init__(self, host: ToolHost) -> None:
        self.host = host

    def activate(self) -> None:
        """The tool became active: draw its grips."""
        self.refresh()

    def deactivate(self) -> None:
        """Another tool takes over: drop grips and any gesture under way."""
        self.host.viewport.scene.handles.clear()
        self.host.viewport.request_render()

    def refresh(self) -> None:
        """The campus or the selection changed: redraw the grips."""

    def hint(self) -> str:
        """A line telling the user how to use the tool."""
        return ""

    def press(self, event: ToolEvent) -> bool:
        return False

    def move(self, event: ToolEvent) -> bool:
        return False

    def release(self, event: ToolEvent) -> bool:
        return False

    # -- helpers shared by the tools ---------------------------------------------------

    def _grip_at(self, event: ToolEvent, grips: list[tuple[float, float, float]]) -> int | None:
        best = None
        for index, (x, y, z) in enumerate(grips):
            sx, sy = self.host.viewport.display_position_of(x, y, z)
            distance = math.dist((sx, sy), event.display)
            if distance <= GRIP_PICK_PX and (best is None or distance < best[0]):
                best = (distance, index)
        return None if best is None else best[1]

    def _grip_radius_m(self, x: float, y: float, z: float) -> float:
        """A grip radius that reads as ~7 screen pixels at (x, y, z), whatever the zoom."""
        viewport = self.host.viewport
        sx, sy = viewport.display_position_of(x, y, z)
        a, b = viewport.ground_point(sx, sy, z), viewport.ground_point(sx + 1, sy, z)
        if a is None or b is None:
            return 6.0
        return min(max(7.0 * math.dist(a, b), 3.0), 40.0)

    def _selected(self):
        document = self.host.document
        building_id = document.selected_building_id
        if building_id is None:
            return None
        try:
            return document.campus.building(building_id)
        except KeyError:
            return None
