"""Labels that stay readable: names in the user's language, and no label drawn over another.

:func:`display_name` shows the bundled layout's English feature names ("Data hall 3",
"Nature reserve") in the language in force; names a user typed are shown as typed.

:class:`LabelPlacer` is the label-placement rule of the 3-D view. Before each render it projects
every registered label, measures its text box in screen pixels (VTK's own text renderer, so the
box is the one drawn), and walks the labels by priority: a label whose box meets a box already
placed (with a small gap), or does not fit whole in the view, is made transparent for this frame. Priorities: town names
first, then intake badges when their overlay is on (they name their hall), the nature reserve
(where am I?), data halls, other buildings, homes markers, pipe labels last. Greedy by priority is the usual rule for map labels when moving them is not
worth it (Imhof's "priority and elimination"); the view changes continuously, so a hidden label
comes back as soon as there is room.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from twin.core.i18n import tr
from twin.render.vtk import vtkBillboardTextActor3D, vtkRenderer, vtkTextProperty

PRIORITY_TOWN = 100
PRIORITY_BADGE = 95
"""Intake badges: shown only with their overlay, which the user asked for; they name their hall
and outrank the reserve's label too (the reserve's green reads without it; in French a badge is
wide enough to meet it in the overview)."""
PRIORITY_RESERVE = 90
PRIORITY_HALL = 80
PRIORITY_BUILDING = 60
PRIORITY_HOMES = 50
PRIORITY_SCALE = 40
PRIORITY_PIPE = 20
GAP_PX = 6
"""Boxes closer than this count as touching."""
HIDDEN_OFFSET = (-1_000_000, -1_000_000)
"""Display offset (pixels) that puts a hidden label's quad far outside any view."""


def bundled_names() -> dict[str, str]:
    """The bundled Escaudain layout's feature names -> their translation (evaluated per call)."""
    return {
        "Nature reserve": tr("LayoutNames", "Nature reserve"),
        "Cooling plant": tr("LayoutNames", "Cooling plant"),
        "Heat recovery": tr("LayoutNames", "Heat recovery"),
        "Training & incubator": tr("LayoutNames", "Training & incubator"),
        "Substation": tr("LayoutNames", "Substation"),
        "Gatehouse": tr("LayoutNames", "Gatehouse"),
        "Escaudain - Les Soufflantes (default layout)": tr("LayoutNames", "Escaudain - Les Soufflantes (default layout)"),
    }


def display_name(name: str) -> str:
    """``name`` as the user reads it: a bundled English name translated, any other name unchanged."""
    match = re.fullmatch(r"Data hall (\d+)", name)
    if match:
        return tr("LayoutNames", "Data hall {n}").format(n=match.group(1))
    return bundled_names().get(name, name)


@dataclass
class _Entry:
    actor: vtkBillboardTextActor3D
    priority: int
    opacity: float
    background_opacity: float
    """The text's own opacities, restored when the label has room again."""
    font_size: int
    """The label's own font size, before :meth:`LabelPlacer.set_text_scale`."""
    offset: tuple[int, int] = (0, 0)
    """The label's own display offset (pixels); a hidden label is moved far off the view."""


class LabelPlacer:
    """Hides, frame by frame, labels that would overlap a label of higher priority.

    Parameters
    ----------
    renderer
        The renderer whose camera the labels are seen through (the scene's); the placement runs
        on its ``StartEvent``, just before each render, whoever renders (viewport, snapshot).
    """

    def __init__(self, renderer: vtkRenderer) -> None:
        self.renderer = renderer
        self._entries: dict[int, _Entry] = {}
        self.hidden: list[vtkBillboardTextActor3D] = []
        """Labels the last placement hid (tests and debugging)."""
        self.boxes: list[tuple[vtkBillboardTextActor3D, tuple[float, float, float, float]]] = []
        """Screen boxes (x0, y0, x1, y1, display pixels) of the labels the last placement showed."""
        self.enabled = True
        self._measure = vtkTextProperty()
        self.opaque_labels = True
        """Draw shown labels in the opaque pass (see :meth:`_show`; False draws them translucent, to compare)."""
        self.text_scale = 1.0
        # A weak reference: the renderer (VTK) must not keep this Python object alive.
        placer = weakref.ref(self)
        self._observer = renderer.AddObserver("StartEvent", lambda *_: (p := placer()) is not None and p.place())

    def add(self, actor: vtkBillboardTextActor3D, priority: int) -> None:
        """Take part in the placement with ``priority`` (higher wins).

        The owner keeps showing and hiding the label with ``SetVisibility``; the placer hides a
        crowded label by making its text transparent, so the two never fight over visibility.
        """
        prop = actor.GetTextProperty()
        entry = _Entry(actor, priority, prop.GetOpacity(), prop.GetBackgroundOpacity(), prop.GetFontSize(),
                       tuple(actor.GetDisplayOffset()))
        self._entries[id(actor)] = entry
        if self.text_scale != 1.0:
            prop.SetFontSize(max(1, round(entry.font_size * self.text_scale)))

    def remove(self, actor: vtkBillboardTextActor3D) -> None:
        entry = self._entries.pop(id(actor), None)
        if entry is not None:
            self._show(entry, True)
            actor.SetForceOpaque(False)
            actor.SetDisplayOffset(*entry.offset)
            actor.GetTextProperty().SetFontSize(entry.font_size)

    def _show(self, entry: _Entry, shown: bool) -> None:
        prop = entry.actor.GetTextProperty()
        prop.SetOpacity(entry.opacity if shown else 0.0)
        prop.SetBackgroundOpacity(entry.background_opacity if shown else 0.0)
        # A shown label is drawn in the opaque pass. Its texture still blends (VTK keeps
        # blending on in every pass), so the picture is the same, and on llvmpipe a billboard
        # text in the translucent pass costs about 1.2 ms a frame, in the opaque one 0.14 ms
        # (measured at 1280x720). It writes depth there, which is harmless because shown labels
        # never overlap (the placement above); a hidden one stays in the translucent pass,
        # where it writes no depth and cannot cut a hole in a shown label behind it.
        wanted = bool(shown and self.opaque_labels and self.enabled)  # unplaced labels may overlap
        if bool(entry.actor.GetForceOpaque()) != wanted:
            entry.actor.SetForceOpaque(wanted)
        # A hidden label is also moved far off the view: transparent, it was still rasterised
        # (0.2 ms a label a frame; nine are hidden from the overview), clipped it costs nothing.
        offset = entry.offset if shown or not self.opaque_labels else HIDDEN_OFFSET
        if tuple(entry.actor.GetDisplayOffset()) != offset:
            entry.actor.SetDisplayOffset(*offset)

    def set_text_scale(self, factor: float) -> None:
        """Draw every label ``factor`` times its own font size (1 restores it), new ones included.

        Presenter mode enlarges the labels for a projector; the placement then hides more of
        the minor ones, since the boxes grow with the text.
        """
        self.text_scale = factor
        for entry in self._entries.values():
            entry.actor.GetTextProperty().SetFontSize(max(1, round(entry.font_size * factor)))

    def is_shown(self, actor: vtkBillboardTextActor3D) -> bool:
        """Whether ``actor`` is drawn after the last placement (visible and not crowded out)."""
        return bool(actor.GetVisibility()) and actor.GetTextProperty().GetOpacity() > 0.0

    def close(self) -> None:
        """Stop placing (the renderer goes away)."""
        if self._observer is not None:
            self.renderer.RemoveObserver(self._observer)
            self._observer = None

    def place(self) -> None:
        """Show the wanted labels that fit, by priority; hide the others."""
        window = self.renderer.GetRenderWindow()
        if window is None or not self._entries:
            return
        dpi = window.GetDPI()
        width, height = self.renderer.GetSize()
        origin_x, origin_y = self.renderer.GetOrigin()
        # Two-dimensional texts (caption, legends) stay where they are: labels give way to them.
        placed: list[tuple[float, float, float, float]] = self._fixed_boxes(window)
        self.hidden, self.boxes = [], []
        for entry in sorted(self._entries.values(), key=lambda e: -e.priority):
            actor = entry.actor
            if not actor.GetVisibility() or not actor.GetInput() or not self.enabled:
                self._show(entry, True)
                continue
            box = self._box(actor, dpi)
            if box is None:
                self._show(entry, False)
                self.hidden.append(actor)
                continue
            x0, y0, x1, y1 = box
            # A label cut by the edge of the view reads as a fragment: it must fit whole.
            outside = x0 < origin_x or x1 > origin_x + width or y0 < origin_y or y1 > origin_y + height
            clash = any(x0 < bx1 + GAP_PX and bx0 < x1 + GAP_PX and y0 < by1 + GAP_PX and by0 < y1 + GAP_PX
                        for bx0, by0, bx1, by1 in placed)
            self._show(entry, not (outside or clash))
            if outside or clash:
                self.hidden.append(actor)
            else:
                placed.append(box)
                self.boxes.append((actor, box))

    def _fixed_boxes(self, window) -> list[tuple[float, float, float, float]]:  # noqa: ANN001 - vtkRenderWindow
        """Screen boxes of the visible 2-D texts and colour legends of every renderer of ``window``."""
        from twin.render.vtk import vtkScalarBarActor, vtkTextActor

        boxes = []
        renderers = window.GetRenderers()
        renderers.InitTraversal()
        for _ in range(renderers.GetNumberOfItems()):
            renderer = renderers.GetNextItem()
            props = renderer.GetViewProps()
            props.InitTraversal()
            for _ in range(props.GetNumberOfItems()):
                prop = props.GetNextProp()
                if not prop.GetVisibility():
                    continue
                if isinstance(prop, vtkTextActor) and prop.GetInput():
                    ax, ay = prop.GetPositionCoordinate().GetComputedDisplayValue(renderer)
                    box = _text_box(prop.GetTextProperty(), prop.GetInput(), window.GetDPI(), ax, ay)
                    if box is not None:
                        boxes.append(box)
                elif isinstance(prop, vtkScalarBarActor):
                    x0, y0 = prop.GetPositionCoordinate().GetComputedDisplayValue(renderer)
                    x1, y1 = prop.GetPosition2Coordinate().GetComputedDisplayValue(renderer)
                    boxes.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
        return boxes

    def _box(self, actor: vtkBillboardTextActor3D, dpi: int):
        """The label's screen box, or None when it is behind the camera."""
        x, y, z = actor.GetPosition()
        renderer = self.renderer
        renderer.SetWorldPoint(x, y, z, 1.0)
        renderer.WorldToView()
        _, _, depth = renderer.GetViewPoint()
        if not -1.0 <= depth <= 1.0:
            return None
        renderer.SetWorldPoint(x, y, z, 1.0)
        renderer.WorldToDisplay()
        dx, dy, _ = renderer.GetDisplayPoint()
        entry = self._entries.get(id(actor))
        ox, oy = entry.offset if entry is not None else actor.GetDisplayOffset()
        prop = actor.GetTextProperty()
        if entry is not None:
            # Measured as the label is drawn when shown: VTK pads the box of a text with a
            # background, so a label hidden (transparent) the frame before would measure
            # smaller, fit, be shown, clash again, and blink from frame to frame (which also
            # kept the viewport from ever skipping a frame). A copy, so the label is untouched.
            measure = self._measure
            measure.ShallowCopy(prop)
            measure.SetOpacity(entry.opacity)
            measure.SetBackgroundOpacity(entry.background_opacity)
            prop = measure
        return _text_box(prop, actor.GetInput(), dpi, dx + ox, dy + oy)


def _text_box(prop, text: str, dpi: int, x: float, y: float) -> tuple[float, float, float, float] | None:  # noqa: ANN001
    """Screen box of ``text`` drawn with ``prop`` anchored at display (x, y), by VTK's text renderer."""
    from twin.render.vtk import vtkTextRenderer

    bbox = [0, 0, 0, 0]
    if not vtkTextRenderer.GetInstance().GetBoundingBox(prop, text, bbox, dpi):
        return None
    w, h = bbox[1] - bbox[0] + 1, bbox[3] - bbox[2] + 1
    justification = prop.GetJustification()  # 0 left, 1 centred, 2 right
    left = x - (w / 2 if justification == 1 else w if justification == 2 else 0)
    vertical = prop.GetVerticalJustification()  # 0 bottom, 1 centred, 2 top
    bottom = y - (h / 2 if vertical == 1 else h if vertical == 2 else 0)
    return (left, bottom, left + w, bottom + h)
