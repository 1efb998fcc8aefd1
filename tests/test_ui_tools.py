"""The editing tools with real mouse events on the 3-D widget: add, rotate, resize, delete,
property edit, yard move (each with undo and redo), layout checks drawn and clicked, VTK keys."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from twin.model.commands import building_frame

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot):
    from twin.app import build_window

    main_window = build_window(with_twin=False)
    main_window.resize(1200, 760)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.actions_by_id["view.camera.top"].trigger()
    main_window.viewport.render_now()
    yield main_window
    main_window.document.undo_stack.set_clean()  # no "unsaved changes" prompt at teardown
    main_window.close()
    main_window.deleteLater()


def screen(window, x, y, z=0.0) -> QPoint:
    return window.viewport.widget_position_of(x, y, z)


def drag(window, start: QPoint, end: QPoint, modifier=NONE, steps: int = 6) -> None:
    widget = window.viewport.vtk_widget
    QTest.mousePress(widget, LEFT, modifier, start)
    for step in range(1, steps + 1):
        QTest.mouseMove(widget, start + (end - start) * (step / steps))
    QTest.mouseRelease(widget, LEFT, modifier, end)


def undo_redo(window, check_before, check_after) -> None:
    """Undo with the Edit menu action, check; redo, check."""
    window.actions_by_id["edit.undo"].trigger()
    check_before(window.document.campus)
    window.actions_by_id["edit.redo"].trigger()
    check_after(window.document.campus)


def test_add_a_data_hall_by_click(window):
    window.actions_by_id["edit.add.data_hall"].trigger()
    assert window.viewport.tool.id == "add"
    assert "click on the site" in window.editing.hint_label.text()
    QTest.mouseClick(window.viewport.vtk_widget, LEFT, NONE, screen(window, 20.0, -110.0))
    campus = window.document.campus
    hall = campus.building("dc7")
    assert hall.centroid == pytest.approx((20.0, -110.0), abs=3.0)
    assert window.document.selected_building_id == "dc7"
    assert window.document.undo_stack.undo_label == "Add Data hall 7"
    assert window.viewport.tool.id == "select"  # one-shot tool
    assert "dc7" in window.viewport.scene.buildings
    undo_redo(window, lambda c: "dc7" not in {b.id for b in c.buildings}, lambda c: c.building("dc7") == hall)


def test_rotate_with_the_grip_snaps(window):
    window.document.select("dc5")
    window.actions_by_id["edit.tool.rotate"].trigger()
    tool = window.viewport.tool
    before = window.document.campus.building("dc5")
    [(gx, gy, gz)] = tool.grips()
    assert window.viewport.scene.handles.actors  # the grip is drawn
    cx, cy = before.centroid
    reach = math.hypot(gx - cx, gy - cy)
    widget = window.viewport.vtk_widget
    QTest.mousePress(widget, LEFT, NONE, screen(window, gx, gy, gz))
    for angle in (8.0, 16.0, 24.0, 31.0):
        a = math.radians(angle)
        QTest.mouseMove(widget, screen(window, cx + reach * math.cos(a), cy + reach * math.sin(a), gz))
    QTest.mouseRelease(widget, LEFT, NONE, screen(window, cx + reach * math.cos(math.radians(31.0)),
                                                  cy + reach * math.sin(math.radians(31.0)), gz))
    after = window.document.campus.building("dc5")
    assert building_frame(after.footprint).angle_deg == pytest.approx(30.0, abs=0.01)  # 31 deg snapped to 30
    assert window.document.undo_stack.undo_label.startswith("Rotate Data hall 5 by +30")
    assert len([c for c in [window.document.undo_stack.undo_label] if c]) == 1
    window.actions_by_id["edit.undo"].trigger()
    assert not window.document.undo_stack.can_undo  # the whole drag was one step
    assert window.document.campus.building("dc5") == before
    window.actions_by_id["edit.redo"].trigger()
    assert window.document.campus.building("dc5") == after


def test_resize_with_a_corner_grip_shows_the_area(window):
    window.document.select("dc6")
    window.actions_by_id["edit.tool.resize"].trigger()
    tool = window.viewport.tool
    before = window.document.campus.building("dc6")
    grips = tool.grips()
    assert len(grips) == 4 and len(window.viewport.scene.handles.actors) == 5
    gx, gy, gz = grips[2]  # the +u +v corner
    cx, cy = before.centroid
    widget = window.viewport.vtk_widget
    QTest.mousePress(widget, LEFT, NONE, screen(window, gx, gy, gz))
    QTest.mouseMove(widget, screen(window, cx + 90.0, cy + 45.0, gz))
    assert "m²" in window.editing.message_label.text()  # live area while dragging
    QTest.mouseMove(widget, screen(window, cx + 100.0, cy + 50.0, gz))
    import re

    area = float(re.sub(r"[^\d]", "", re.search(r"· ([\d,  ]+) m²", window.editing.message_label.text()).group(1)))
    assert area == pytest.approx(200.0 * 100.0, rel=0.03)  # one screen pixel is ~1.3 m in plan
    QTest.mouseRelease(widget, LEFT, NONE, screen(window, cx + 100.0, cy + 50.0, gz))
    after = window.document.campus.building("dc6")
    frame = building_frame(after.footprint)
    assert (frame.width_m, frame.depth_m) == pytest.approx((200.0, 100.0), abs=2.0)
    assert window.document.undo_stack.undo_label.startswith("Resize Data hall 6 to ")
    undo_redo(window, lambda c: c.building("dc6") == before, lambda c: c.building("dc6") == after)


def test_delete_the_clicked_building(window):
    hall = window.document.campus.building("dc3")
    x0 = min(p[0] for p in hall.footprint)
    y0 = min(p[1] for p in hall.footprint)
    QTest.mouseClick(window.viewport.vtk_widget, LEFT, NONE, screen(window, x0 + 5.0, y0 + 5.0, hall.height_m))
    assert window.document.selected_building_id == "dc3"
    window.actions_by_id["edit.delete"].trigger()
    assert "dc3" not in {b.id for b in window.document.campus.buildings}
    assert "dc3" not in window.viewport.scene.buildings
    assert window.document.undo_stack.undo_label == "Delete Data hall 3"
    undo_redo(window, lambda c: c.building("dc3") == hall, lambda c: "dc3" not in {b.id for b in c.buildings})


def test_property_edit_checks_as_you_type(window, qtbot):
    window.document.select("dc6")
    field = window.properties.editor.fields["height_m"]
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "120")
    error = window.properties.editor.error
    assert not error.isHidden() and "Data hall 6: height must be between 3 and 80 m, got 120 m" in error.text()
    assert window.document.undo_stack.can_undo is False  # nothing applied
    field.selectAll()
    QTest.keyClicks(field, "30")
    assert error.isHidden()
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.document.campus.building("dc6").height_m == 30.0
    assert window.document.undo_stack.undo_label == "Set height of Data hall 6 to 30 m"
    assert window.properties.value_of("Height") == "30 m"
    undo_redo(window, lambda c: c.building("dc6").height_m == 24.0, lambda c: c.building("dc6").height_m == 30.0)
    # A choice: coolers off the roof into a yard, one undo step.
    combo = window.properties.editor.fields["heat_rejection.placement"]
    index = combo.findData("yard")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.document.campus.building("dc6").heat_rejection.placement == "yard"
    assert window.document.undo_stack.undo_label == "Set heat-rejection position of Data hall 6 to yard"


def test_shift_drag_moves_a_generator_yard_alone(window):
    before = window.document.campus.building("dc2")
    yard = building_frame(before.generator_yard.footprint)
    start = screen(window, yard.centre[0] + 30.0, yard.centre[1], 3.5)
    assert window.viewport.scene.pick_part(*window.viewport.display_position_of(yard.centre[0] + 30.0, yard.centre[1], 3.5)) == (
        "dc2", "generator_yard")
    drag(window, start, start + QPoint(0, 12), Qt.KeyboardModifier.ShiftModifier)
    after = window.document.campus.building("dc2")
    assert after.footprint == before.footprint  # the hall stays
    moved = building_frame(after.generator_yard.footprint)
    assert moved.centre[1] < yard.centre[1] - 5.0  # dragged down the screen = south in the plan view
    assert window.document.undo_stack.undo_label == "Move generator yard of Data hall 2"
    undo_redo(window, lambda c: c.building("dc2") == before, lambda c: c.building("dc2") == after)


def amber_like(pixel) -> bool:
    r, g, b = (int(v) for v in pixel)
    return r > 170 and b < 150 and r > g > b


def test_violation_is_drawn_and_clicking_the_check_frames_it(window, qtbot):
    from twin.model.commands import move_building_command

    # Data hall 2 moved 8 m west: 12 m from Data hall 1, under the 20 m spacing assumption.
    window.document.execute(move_building_command(window.document.campus, "dc2", -8.0, 0.0))
    window.viewport.scene.set_annotations_visible(False)  # no name label over the sampled gap
    window.viewport.render_now()
    spacing = [i for i in window.current_issues if i.rule == "spacing"]
    assert len(spacing) == 1 and spacing[0].area
    # The gap between the halls, seen from above, is shaded amber; hidden, it is the site ground.
    gx, gy = building_frame(spacing[0].area[0]).centre
    image = window.viewport.grab_image()
    dx, dy = window.viewport.display_position_of(gx, gy, 1.2)
    shaded = image[image.shape[0] - 1 - dy, dx]
    window.viewport.scene.violations.set_visible(False)
    plain = window.viewport.grab_image()[image.shape[0] - 1 - dy, dx]
    window.viewport.scene.violations.set_visible(True)
    assert amber_like(shaded), shaded
    assert not amber_like(plain), plain
    # Clicking the check selects Data hall 1 and frames it; the highlighted shade is stronger.
    row = next(i for i in range(window.checks.count()) if "apart" in window.checks.item(i).text())
    list_widget = window.checks
    QTest.mouseClick(list_widget.viewport(), LEFT, NONE, list_widget.visualItemRect(list_widget.item(row)).center())
    assert window.document.selected_building_id == "dc1"
    assert window.editing.highlighted == spacing[0]
    focal = window.viewport.renderer.GetActiveCamera().GetFocalPoint()
    assert focal[:2] == pytest.approx(window.document.campus.building("dc1").centroid, abs=1.0)
    image = window.viewport.grab_image()
    dx, dy = window.viewport.display_position_of(gx, gy, 1.8)
    strong = image[image.shape[0] - 1 - dy, dx]
    assert amber_like(strong) and int(strong[2]) < int(shaded[2]), (strong, shaded)


def test_trees_under_a_building_are_felled_and_the_status_bar_follows(window):
    from twin.model.commands import move_building_command

    trees_before = window.viewport.scene._reserve.crowns.GetMapper().GetInput().GetNumberOfPoints()
    assert "reserve 6.0 ha" in window.status_label.text()
    window.document.execute(move_building_command(window.document.campus, "dc1", -60.0, 0.0))
    trees_after = window.viewport.scene._reserve.crowns.GetMapper().GetInput().GetNumberOfPoints()
    assert trees_after < trees_before - 100  # ~0.47 ha at 500 trees/ha, plus clearance
    assert "reserve 5.6 ha" in window.status_label.text()
    assert any(i.rule == "reserve" and i.feature == "dc1" for i in window.current_issues)


def test_refusing_drops_that_break_a_hard_rule(window):
    window.actions_by_id["edit.refuse"].trigger()
    assert window.editing.host.refuse_hard_rules
    hall = window.document.campus.building("dc4")
    x0, y0 = min(p[0] for p in hall.footprint), min(p[1] for p in hall.footprint)
    start = screen(window, x0 + 5.0, y0 + 5.0, hall.height_m)
    end = screen(window, x0 + 5.0 + 170.0, y0 + 5.0, hall.height_m)  # onto Data hall 5
    drag(window, start, end, Qt.KeyboardModifier.ShiftModifier)
    assert window.document.campus.building("dc4") == hall
    assert not window.document.undo_stack.can_undo
    assert window.editing.message_label.text().startswith("Refused:")


def test_vtk_keys_do_not_change_the_scene_and_hints_stay(window):
    widget = window.viewport.vtk_widget
    camera = window.viewport.renderer.GetActiveCamera()
    position = camera.GetPosition()
    body = window.viewport.scene.buildings["dc1"].body
    widget.setFocus()
    for key in (Qt.Key.Key_W, Qt.Key.Key_3, Qt.Key.Key_F, Qt.Key.Key_P):
        QTest.keyClick(widget, key)
    assert body.GetProperty().GetRepresentation() == 2  # still surface, not wireframe
    assert window.viewport.render_window.GetStereoRender() == 0
    assert camera.GetPosition() == pytest.approx(position)
    QTest.keyClick(widget, Qt.Key.Key_R)  # ours: the rotate tool, not VTK's camera reset
    assert camera.GetPosition() == pytest.approx(position)
    assert window.viewport.tool.id == "rotate"
    QTest.keyClick(widget, Qt.Key.Key_Escape)
    assert window.viewport.tool.id == "select"
    assert window.isVisible()  # 'e' / 'q' would have quit
    # The gestures hint is a permanent status widget: a menu's status tip does not wipe it.
    window.statusBar().showMessage("Open a campus layout (GeoJSON)")
    window.statusBar().clearMessage()
    assert "Shift-drag" in window.editing.hint_label.text() and window.editing.hint_label.isVisible()


def test_new_layout_revert_and_help(window, monkeypatch):
    window.actions_by_id["edit.new"].trigger()
    assert window.document.campus.buildings == ()
    assert window.document.undo_stack.undo_label == "New layout from the empty site"
    window.actions_by_id["edit.revert"].trigger()
    assert len(window.document.campus.buildings) == 11
    assert window.document.undo_stack.undo_label == "Revert to the bundled campus"
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window.actions_by_id["help.gestures"].trigger()
    assert shown and "Shift-drag a yard" in shown[0] and "Rotate tool" in shown[0]


def test_duplicate_and_rules_editor(window):
    window.document.select("dc3")
    window.actions_by_id["edit.duplicate"].trigger()
    assert window.document.selected_building_id == "dc7"
    assert window.document.undo_stack.undo_label == "Duplicate Data hall 3"
    spacing = window.rules.fields["min_hall_spacing_m"]
    assert spacing.value() == 20.0
    spacing.setValue(35.0)
    assert window.document.campus.scenario.min_hall_spacing_m == 35.0
    assert window.document.undo_stack.undo_label == "Set minimum spacing between halls to 35 m"
    assert any(i.rule == "spacing" for i in window.current_issues)  # the bundled 20 m gaps now fail
    window.actions_by_id["edit.undo"].trigger()
    assert spacing.value() == 20.0
    assert np.isfinite(window.document.campus.total_it_capacity_mw)


def test_move_tool_drags_without_shift_and_orbits_on_open_ground(window):
    widget = window.viewport.vtk_widget
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_M)
    assert window.viewport.tool.id == "move"
    hub = window.document.campus.building("campus_hub")
    x0, y0 = min(p[0] for p in hub.footprint), min(p[1] for p in hub.footprint)
    start = screen(window, x0 + 4.0, y0 + 4.0, hub.height_m)
    drag(window, start, start + QPoint(0, -10))
    moved = window.document.campus.building("campus_hub")
    assert moved.centroid[1] > hub.centroid[1] + 5.0  # up the plan = north
    assert window.document.undo_stack.undo_label == "Move Training & incubator"
    undo_redo(window, lambda c: c.building("campus_hub") == hub, lambda c: c.building("campus_hub") == moved)
    # On open ground the drag goes to the camera, and no edit is recorded.
    camera = window.viewport.renderer.GetActiveCamera()
    position = camera.GetPosition()
    corner = QPoint(8, widget.height() - 8)
    drag(window, corner, corner + QPoint(40, -20))
    assert camera.GetPosition() != pytest.approx(position)
    assert window.document.undo_stack.undo_label == "Move Training & incubator"


def test_add_tool_shows_where_the_building_will_stand(window):
    window.actions_by_id["edit.add.substation"].trigger()
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    # A hover (no button): QTest.mouseMove only moves the cursor then, so send the move itself.
    widget = window.viewport.vtk_widget
    point = QPointF(screen(window, 0.0, -120.0))
    hover = QMouseEvent(QEvent.Type.MouseMove, point, widget.mapToGlobal(point), Qt.MouseButton.NoButton,
                        Qt.MouseButton.NoButton, NONE)
    QApplication.sendEvent(widget, hover)
    assert len(window.viewport.scene.handles.actors) == 1  # the outline follows the mouse
    QTest.keyClick(window.viewport.vtk_widget, Qt.Key.Key_Escape)
    assert window.viewport.tool.id == "select" and not window.viewport.scene.handles.actors
    assert not window.document.undo_stack.can_undo
