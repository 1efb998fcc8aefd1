"""The main window with pytest-qt: opening, picking, camera presets, drags, undo, closing."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot):
    from twin.app import build_window

    main_window = build_window(with_twin=False)
    # Not qtbot.addWidget: pytest-qt would close the window before this fixture marks the
    # document clean, and an "unsaved changes" dialog would wait forever.
    main_window.resize(1200, 760)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.viewport.render_now()
    yield main_window
    main_window.document.undo_stack.set_clean()  # no "unsaved changes" prompt at teardown
    main_window.close()
    main_window.deleteLater()


def roof_corner_on_screen(window, building_id):
    """Qt position (in the 3-D widget) of a roof corner of the building, clear of its coolers."""
    hall = window.document.campus.building(building_id)
    x0 = min(p[0] for p in hall.footprint)
    y0 = min(p[1] for p in hall.footprint)
    return window.viewport.widget_position_of(x0 + 5.0, y0 + 5.0, hall.height_m)


def click(window, point):
    QTest.mouseClick(window.viewport.vtk_widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_window_opens_on_the_default_campus(window):
    assert window.document.campus.total_it_capacity_mw == pytest.approx(580.0)
    assert "Campus Twin" in window.windowTitle()
    image = window.viewport.grab_image()
    assert image.std() > 20
    assert window.checks.item(0).text().startswith("✔")


def test_clicking_a_building_fills_the_properties_dock(window, qtbot):
    point = roof_corner_on_screen(window, "dc2")
    with qtbot.waitSignal(window.viewport.building_clicked, timeout=2000) as blocker:
        click(window, point)
    assert blocker.args == ["dc2"]
    assert window.properties.heading.text() == "Data hall 2"
    assert window.properties.value_of("IT capacity") == "100 MW"
    assert window.properties.source_of("IT capacity") == "derived"
    assert window.properties.source_of("Height") == "assumption"
    click(window, QPoint(3, 3))  # open ground far away: clears the selection
    assert window.document.selected_building_id is None
    assert window.properties.table.rowCount() == 0


def test_camera_preset_changes_the_view(window):
    camera = window.viewport.renderer.GetActiveCamera()
    before_position = camera.GetPosition()
    before = window.viewport.grab_image()
    window.actions_by_id["view.camera.top"].trigger()
    after = window.viewport.grab_image()
    assert camera.GetPosition() != before_position
    assert camera.GetViewUp() == pytest.approx((0.0, 1.0, 0.0))
    assert np.abs(after.astype(int) - before.astype(int)).mean() > 10
    window.actions_by_id["view.camera.lourches"].trigger()
    assert camera.GetPosition()[2] == pytest.approx(1.7)


def test_shift_drag_moves_a_building_as_one_undo_step(window, qtbot):
    window.actions_by_id["view.camera.top"].trigger()
    window.viewport.render_now()
    start_centroid = window.document.campus.building("dc5").centroid
    widget = window.viewport.vtk_widget
    point = roof_corner_on_screen(window, "dc5")
    shift = Qt.KeyboardModifier.ShiftModifier
    camera_before = window.viewport.renderer.GetActiveCamera().GetPosition()
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, shift, point)
    for step in range(1, 6):
        QTest.mouseMove(widget, point + QPoint(6 * step, 0))
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, shift, point + QPoint(30, 0))
    assert window.viewport.renderer.GetActiveCamera().GetPosition() == camera_before  # no orbit
    moved = window.document.campus.building("dc5").centroid
    assert moved[0] > start_centroid[0] + 10.0
    assert moved[1] == pytest.approx(start_centroid[1], abs=1.0)
    assert window.document.undo_stack.undo_label == "Move Data hall 5"
    assert window.actions_by_id["edit.undo"].text() == "&Undo Move Data hall 5"
    assert window.windowTitle().startswith("untitled *")
    window.actions_by_id["edit.undo"].trigger()
    assert window.document.campus.building("dc5").centroid == pytest.approx(start_centroid)
    assert not window.actions_by_id["edit.undo"].isEnabled()


def test_save_and_reopen(window, tmp_path):
    from twin.model.document import move_building_command

    window.document.execute(move_building_command(window.document.campus, "dc1", 3.0, 2.0))
    path = tmp_path / "planned.geojson"
    assert window.save_to(path)
    assert window.document.undo_stack.is_clean
    assert window.windowTitle().startswith("planned.geojson —")
    assert window.open_layout(path)
    assert window.document.campus.building("dc1").centroid == pytest.approx((-147.0, 152.0))


def test_bad_layout_keeps_the_current_campus(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "campus_twin": {"schema": "campus-twin/layout", "version": 7}}')
    campus = window.document.campus
    assert not window.open_layout(bad)
    assert window.document.campus is campus
    assert len(shown) == 1 and "bad.geojson" in shown[0] and "version 7" in shown[0]


def test_export_snapshot(window, tmp_path):
    out = tmp_path / "view.png"
    window.export_snapshot(out)
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_closing_stops_the_frame_clock(qtbot):
    from twin.app import build_window

    main_window = build_window()
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    clock = main_window.viewport._frame_clock
    assert clock.isActive()
    qtbot.waitUntil(lambda: main_window.viewport.frames_rendered > 0, timeout=3000)
    main_window.close()
    assert not clock.isActive()
    main_window.viewport.render_now()  # a late render request after close is harmless


def test_caption_names_the_file_after_save_as(window, tmp_path):
    """After Save As the 3-D caption's headline names the new file, and its unsaved edits."""
    from twin.model.document import move_building_command

    caption = window.viewport.caption
    assert caption.text().startswith("Escaudain - Les Soufflantes (default layout)")
    window.save_to(tmp_path / "variant-b.geojson")
    headline = caption.text().splitlines()[0]
    assert "variant-b.geojson" in headline and "default layout" not in headline
    assert caption.title.GetInput().splitlines()[0] == headline  # what VTK draws
    window.document.execute(move_building_command(window.document.campus, "dc5", 10.0, 0.0))
    assert "variant-b.geojson (unsaved edits)" in caption.text().splitlines()[0]
    window.document.undo()
    assert "(unsaved edits)" not in caption.text().splitlines()[0]


def test_caption_follows_the_language(window, qtbot):
    """The 3-D caption is VTK text: switching language re-sets it (it kept the start-up language)."""
    from twin.ui.i18n import language_manager

    note = window.viewport.caption.note
    assert note.GetInput().startswith("Layout: planning assumption")
    language_manager().set_language("fr")
    try:
        qtbot.waitUntil(lambda: note.GetInput().startswith("Implantation"), timeout=3000)
    finally:
        language_manager().set_language("en")
    qtbot.waitUntil(lambda: note.GetInput().startswith("Layout: planning assumption"), timeout=3000)
