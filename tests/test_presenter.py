"""Presenter mode: full screen with large cards at projector sizes, translated, editing refused."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.gui

SIZES = ((1280, 720), (1920, 1080))


def fake_residents(night_dba: float = 43.2, passes: bool = False) -> dict:
    """A residents' table row for Lourches shaped as :func:`twin.sim.residents.residents_table` returns it."""
    night = {"plant_dba": night_dba, "residual_dba": 37.0, "limit_db": 4.0, "passes_icpe": passes}
    return {"receptors": [{"commune": "Lourches", "distance_m": 1298, "direction": "SSE",
                           "noise": {"day": dict(night, plant_dba=45.4, passes_icpe=True), "night": night},
                           "warm_air": {"delta_t_2m_k": 0.0, "plume_height_m": None}}],
            "reserve": {"warm_air_far_field": {"mean_delta_t_k": 0.31}}}


def quick_figures(campus):
    """Figures as compute_figures gives them, without the 6 s of computation (see test_real_figures)."""
    from twin.ui.presenter.figures import ConsultationFigures

    return ConsultationFigures(campus, annual_pue=1.1118, homes_per_year=19122, heat_exported_mwh=191220.0,
                               residents=fake_residents(), at_index=4800)


@pytest.fixture
def window(qtbot):
    from twin.app import build_window

    main_window = build_window(with_twin=False)
    main_window.resize(1280, 720)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.presenter.figures_factory = quick_figures
    main_window.presenter.full_screen = False  # the offscreen screen is not a projector: set its size
    yield main_window
    from twin.ui.i18n import language_manager

    main_window.presenter.set_active(False)
    language_manager().set_language("en")
    main_window.document.undo_stack.set_clean()
    main_window.close()
    main_window.deleteLater()


def enter(window, qtbot, size):
    window.presenter.set_active(True)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0] and window.size().height() == size[1], timeout=3000)
    qtbot.waitUntil(lambda: window.presenter.figures is not None, timeout=5000)
    window.presenter.refresh()
    qtbot.wait(50)


def boxes_overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_presenter_mode_on_and_off(window, qtbot, size):
    docks_before = {dock.objectName(): dock.isVisible() for dock in (window.properties_dock, window.dashboard_dock,
                                                                      window.live_dock, window.checks_dock)}
    enter(window, qtbot, size)
    presenter = window.presenter
    assert presenter.active and window.actions_by_id["view.presenter"].isChecked()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not any(dock.isVisible() for dock in (window.properties_dock, window.dashboard_dock, window.live_dock,
                                                 window.checks_dock, window.airflow_dock))
    assert presenter.cards_dock.isVisible() and presenter.bar.isVisible()
    width, height = size
    # The 3-D view takes the screen: full width, most of the height above the cards.
    assert window.viewport.width() == width
    assert window.viewport.height() >= 0.62 * height
    strip = presenter.cards
    assert strip.height() <= 0.27 * height
    for card in strip.cards.values():
        # Every line of every card fits inside it (nothing clipped at this size).
        needed = (card.headline.heightForWidth(card.headline.width()) + card.detail.heightForWidth(card.detail.width())
                  + card.layout().spacing() + card.layout().contentsMargins().top() + card.layout().contentsMargins().bottom())
        assert needed <= card.height(), (card.key, needed, card.height())
        assert card.headline.font().pixelSize() >= 0 and "px" in card.headline.styleSheet()
    # Pixels: each card shows dark, large text on white.
    image = strip.grab().toImage()
    for card in strip.cards.values():
        top_left = card.mapTo(strip, card.headline.geometry().topLeft())
        dark = 0
        for x in range(top_left.x() + 2, top_left.x() + card.headline.width() - 2, 3):
            for y in range(top_left.y() + 2, top_left.y() + card.headline.height() - 2, 3):
                color = image.pixelColor(x, y)
                dark += color.lightness() < 90
        assert dark > 40, (card.key, dark)
    # Labels in the 3-D view: the ones drawn do not overlap, and the placement did hide some.
    window.viewport.render_now()
    placer = window.viewport.scene.layers.placer
    boxes = [box for _, box in placer.boxes]
    assert len(boxes) >= 8
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not boxes_overlap(a, b), (a, b)
    # Leaving restores the engineering window as it was.
    window.actions_by_id["view.presenter"].trigger()
    assert not presenter.active
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert not presenter.cards_dock.isVisible() and not presenter.bar.isVisible()
    assert {name: dock.isVisible() for name, dock in ((d.objectName(), d) for d in (
        window.properties_dock, window.dashboard_dock, window.live_dock, window.checks_dock))} == docks_before


def test_cards_say_the_figures_in_plain_words_in_both_languages(window, qtbot):
    enter(window, qtbot, SIZES[0])
    cards = window.presenter.cards.cards
    assert cards["heat"].headline.text() == "Heat for about 19,000 homes a year"
    assert cards["efficiency"].headline.text() == "Energy efficiency: PUE 1.11 (target 1.2)"
    assert cards["noise"].headline.text() == "At night in Lourches: 43\u00a0dB(A), above the rule"
    assert "PUE" in cards["efficiency"].toolTip() and "computers" in cards["efficiency"].toolTip()
    window.presenter.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: cards["heat"].headline.text().startswith("De la chaleur"), timeout=3000)
    assert cards["heat"].headline.text() == "De la chaleur pour environ 19\u00a0000 foyers par an"
    assert cards["efficiency"].headline.text() == "Efficacité énergétique\u00a0: PUE 1,11 (objectif 1,2)"
    assert cards["noise"].headline.text().startswith("La nuit à Lourches\u00a0: 43\u00a0dB(A)")
    assert "ordinateurs" in cards["efficiency"].toolTip()
    assert window.presenter.view_actions["top"].text() == "Vue du ciel"
    window.presenter.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: cards["heat"].headline.text().startswith("Heat"), timeout=3000)


def test_the_fr_button_turns_every_text_of_presenter_mode_french(window, qtbot):
    """At a consultation the presenter switches live: the bar, the cards and the 3-D labels all
    follow (the labels kept the start-up language; the walk fails on any visible English
    source text with a French translation in the catalogue)."""
    import sys
    from pathlib import Path

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from twin.render.vtk import vtkBillboardTextActor3D

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "resources" / "i18n"))
    import update_catalogues

    french = {source: text for (_c, source), text in update_catalogues.translations("fr").items() if text and text != source}
    enter(window, qtbot, SIZES[0])
    window.presenter.language_actions["fr"].trigger()
    cards = window.presenter.cards.cards
    qtbot.waitUntil(lambda: cards["heat"].headline.text().startswith("De la chaleur"), timeout=3000)
    shown = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton) if w.isVisible() and w.text()]
    assert len(shown) > 10
    stale = sorted({text for text in shown if text in french or text.replace("&", "") in french})
    assert not stale, stale
    labels = window.viewport.scene.layers.labels.GetViewProps()
    labels.InitTraversal()
    texts = [prop.GetInput() for prop in (labels.GetNextProp() for _ in range(labels.GetNumberOfItems()))
             if isinstance(prop, vtkBillboardTextActor3D) and prop.GetInput()]
    joined = "\n".join(texts)
    assert "Réserve naturelle" in joined and "Salle 4" in joined and "Habitations · Denain" in joined
    assert "Nature reserve" not in joined and "Data hall" not in joined and "Homes ·" not in joined


def test_cards_never_show_a_nan_or_a_blank():
    from twin.model.campus import Campus  # noqa: F401  (type only)
    from twin.ui.presenter.cards import AirNow, card_texts
    from twin.ui.presenter.figures import ConsultationFigures

    broken = ConsultationFigures(None, annual_pue=float("nan"), homes_per_year=None, residents={"receptors": []},
                                 errors=("plant year: no weather",))
    for figures, air, computing in ((None, AirNow(), True), (None, AirNow(), False), (broken, AirNow(float("nan")), False)):
        texts = card_texts(figures, air, "Lourches", computing)
        assert [t.key for t in texts] == ["heat", "efficiency", "reserve", "noise"]
        for text in texts:
            assert text.headline and text.detail
            assert "nan" not in (text.headline + text.detail).lower()
            assert not text.available
        if computing:
            assert all("being computed" in t.headline for t in texts if t.key != "reserve")
        else:
            assert any("not computed yet" in t.headline for t in texts)
    air = card_texts(None, AirNow(0.34, 240.0, 5.0, settled=True), "Lourches", False)[2]
    assert air.headline == "Air over the nature reserve: +0.3\u00a0°C" and "WSW" in air.detail and air.available


def test_editing_is_refused_in_presenter_mode(window, qtbot):
    enter(window, qtbot, SIZES[0])
    window.apply_camera("top")
    window.viewport.render_now()
    hall = window.document.campus.building("dc5")
    start = hall.centroid
    x0 = min(p[0] for p in hall.footprint) + 5.0
    y0 = min(p[1] for p in hall.footprint) + 5.0
    point = window.viewport.widget_position_of(x0, y0, hall.height_m)
    widget = window.viewport.vtk_widget
    shift = Qt.KeyboardModifier.ShiftModifier
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, shift, point)
    for step in range(1, 6):
        QTest.mouseMove(widget, point + QPoint(8 * step, 0))
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, shift, point + QPoint(40, 0))
    assert window.document.campus.building("dc5").centroid == pytest.approx(start)
    assert not window.document.undo_stack.can_undo
    assert "Editing is off" in window.presenter.message.text()
    for action_id, action in window.actions_by_id.items():
        if action_id.startswith(("edit.", "file.open", "file.save")):
            assert not action.isEnabled(), action_id
    # A plain click still selects (to talk about a building), which is not an edit.
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.document.selected_building_id == "dc5"
    window.presenter.set_active(False)
    assert window.actions_by_id["file.open"].isEnabled()
    assert window.viewport.tool is not None and window.viewport.tool.id != "view-only"


def test_clicking_near_a_communes_homes_picks_it(window, qtbot):
    enter(window, qtbot, SIZES[0])
    window.apply_camera("overview")
    window.viewport.render_now()
    homes = next(r for r in window.document.campus.receptors if r.commune == "Escaudain")
    point = window.viewport.widget_position_of(*homes.position, 0.0)
    assert window.viewport.vtk_widget.rect().contains(point)
    with qtbot.waitSignal(window.presenter.commune_clicked, timeout=2000) as blocker:
        QTest.mouseClick(window.viewport.vtk_widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert blocker.args == ["Escaudain"]
    assert window.presenter.commune == "Escaudain"
    assert window.presenter.cards.cards["noise"].headline.text().startswith("At night in Escaudain")


def test_the_figures_are_those_of_twin_year_and_twin_residents(campus):
    """One code path: the cards' figures equal what the commands compute for the same layout."""
    from twin.sim.residents import residents_table
    from twin.sim.weather import load_default_weather
    from twin.sweep.annual import run_year
    from twin.ui.presenter.figures import compute_figures

    weather = load_default_weather()
    figures = compute_figures(campus, weather)
    year = run_year(campus, weather)
    annual = year.figures()
    assert figures.annual_pue == pytest.approx(annual["annual_pue"])
    assert figures.homes_per_year == annual["homes_equivalent"]
    assert 10000 < figures.homes_per_year < 40000 and 1.0 < figures.annual_pue < 1.3
    table = residents_table(campus, weather, year.result, year.config, figures.at_index)
    lourches = figures.receptor("lourches")
    expected = next(r for r in table["receptors"] if r["commune"] == "Lourches")
    assert lourches["noise"]["night"]["plant_dba"] == expected["noise"]["night"]["plant_dba"]
    assert str(figures.residents["at"]).startswith(str(weather.time[0])[:4] + "-07-20")
    assert np.isfinite(lourches["noise"]["night"]["plant_dba"])


def test_help_guide_and_about_in_both_languages(window, qtbot):
    from twin import __version__
    from twin.ui.help import about_html, guide_html, licence_of
    from twin.ui.i18n import language_manager

    assert "F11" in guide_html() and "Presenter" in guide_html() and "Shift-drag" in guide_html()
    about = about_html()
    assert __version__ in about and "Data4" in about and "ADEME" in about
    assert f"numpy: {licence_of('numpy')}" in about and licence_of("numpy") not in ("not installed", "see the package")
    assert window.actions_by_id["help.about"].text() == "&About Campus Twin…"
    language_manager().set_language("fr")
    qtbot.waitUntil(lambda: window.actions_by_id["help.about"].text() == "&À propos de Campus Twin…", timeout=3000)
    assert "Deux modes" in guide_html() and "Maj + glisser" in guide_html()
    assert "D’où viennent les chiffres" in about_html()


def test_the_gesture_hint_survives_menu_hovers(window):
    """A menu's status tip replaces the temporary status message; the gesture hint must stay."""
    hint = window.editing.hint_label if hasattr(window, "editing") else None
    if hint is None:
        pytest.skip("no permanent gesture hint in this window")
    before = hint.text()
    assert "Shift" in before or "orbit" in before
    window.actions_by_id["file.open"].hover()  # what hovering a menu entry does: shows its status tip
    window.statusBar().showMessage(window.actions_by_id["file.open"].statusTip())
    window.statusBar().clearMessage()
    assert hint.isVisible() and hint.text() == before


def test_the_normal_window_fits_a_1280x720_projector(qtbot):
    from twin.app import build_window
    from twin.ui.presenter.layout import fit_to_screen

    window = build_window(with_twin=False)
    try:
        fit_to_screen(window, (1280, 720))
        window.show()
        qtbot.waitExposed(window)
        window.resize(1280, 720)
        qtbot.waitUntil(lambda: window.height() == 720, timeout=3000)
        fit_to_screen(window, (1280, 720))
        qtbot.wait(50)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720, hint
        assert window.viewport.width() >= 0.5 * 1280 and window.viewport.height() >= 0.5 * 720, window.viewport.size()
        for dock in (window.properties_dock, window.dashboard_dock, window.live_dock):
            assert dock.features() & dock.DockWidgetFeature.DockWidgetClosable
    finally:
        window.document.undo_stack.set_clean()
        window.close()
        window.deleteLater()


def _visible_rect(widget, ancestor):
    """``widget``'s rectangle in ``ancestor``'s coordinates, as (left, top, right, bottom)."""
    top_left = widget.mapTo(ancestor, widget.rect().topLeft())
    return top_left.x(), top_left.y(), top_left.x() + widget.width(), top_left.y() + widget.height()


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("size", [(800, 600), (1280, 720)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_cards_and_bar_reflow_so_nothing_is_clipped(window, qtbot, size, language):
    """At 800x600 the four cards go two by two instead of clipping their sentences; the bar's
    buttons all stay on screen (none pushed into an overflow menu)."""
    from twin.ui.i18n import language_manager

    language_manager().set_language(language)
    enter(window, qtbot, size)
    presenter, strip = window.presenter, window.presenter.cards
    qtbot.waitUntil(lambda: strip.cards["heat"].available, timeout=3000)
    window.presenter.refresh()
    qtbot.wait(50)
    width, height = size
    band = presenter.cards_dock
    boxes = []
    for card in strip.cards.values():
        left, top, right, bottom = _visible_rect(card, window)
        boxes.append((left, top, right, bottom))
        # The card lies wholly inside the window and inside the band that holds it.
        assert 0 <= left < right <= width and 0 <= top < bottom <= height, (card.key, (left, top, right, bottom))
        b_left, b_top, b_right, b_bottom = _visible_rect(band, window)
        assert b_left <= left and right <= b_right and b_top <= top and bottom <= b_bottom, card.key
        # Every line of headline and detail fits in the card at its width.
        needed = (card.headline.heightForWidth(card.headline.width()) + card.detail.heightForWidth(card.detail.width())
                  + card.layout().spacing() + card.layout().contentsMargins().top() + card.layout().contentsMargins().bottom())
        assert needed <= card.height(), (card.key, needed, card.height())
        assert card.headline.height() >= card.headline.heightForWidth(card.headline.width()), card.key
        assert card.detail.height() >= card.detail.heightForWidth(card.detail.width()), card.key
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not boxes_overlap(a, b), (a, b)
    if width < 1000:
        assert strip.columns == 2
    else:
        assert strip.columns == 4
    assert window.viewport.height() >= 0.45 * height
    # The bar: every button and the street chooser inside the window, Leave included.
    for action in (*presenter.view_actions.values(), *presenter.language_actions.values(), presenter.leave_button):
        button = presenter.bar.widgetForAction(action)
        assert button is not None and button.isVisible(), action.text()
        assert _visible_rect(button, window)[2] <= width, action.text()
    assert presenter.street.isVisible() and _visible_rect(presenter.street, window)[2] <= width


def test_presenter_shows_the_plume_veil_not_the_temperature_slice(window, qtbot):
    """From the overview camera the slice at a height reads as flames: the audience gets the
    plume veil; leaving gives the engineer back the overlays they had."""
    checks = window.airflow_panel.overlay_checks
    before = dict(window.field_overlays.shown)
    assert before["temperature"] and not before["plume"]
    enter(window, qtbot, (1280, 720))
    shown = window.field_overlays.shown
    assert shown["plume"] and not shown["temperature"] and not shown["vertical"]
    assert checks["plume"].isChecked() and not checks["temperature"].isChecked()
    window.presenter.set_active(False)
    assert window.field_overlays.shown == before
    assert {oid: check.isChecked() for oid, check in checks.items()} == before


def test_switching_language_in_presenter_mode_leaves_a_clean_window(window, qtbot):
    """FR pressed during the meeting, then F11: the caption fits the narrower view again, the
    note is back to its own size and the status hint is the editing tool's, not presenter mode's."""
    from PySide6.QtWidgets import QApplication

    caption = window.viewport.caption
    note_size = caption.note.GetTextProperty().GetFontSize()
    enter(window, qtbot, SIZES[0])
    assert caption.note.GetTextProperty().GetFontSize() > note_size  # enlarged for the projector
    window.presenter.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: window.presenter.cards.cards["heat"].headline.text().startswith("De la chaleur"), timeout=3000)
    enlarged = caption.note.GetTextProperty().GetFontSize()
    assert enlarged > note_size  # the re-set caption kept the presenter's scale
    window.presenter.set_active(False)
    qtbot.waitUntil(lambda: caption.note.GetTextProperty().GetFontSize() <= note_size, timeout=3000)
    title = caption.title.GetTextProperty()
    qtbot.waitUntil(lambda: window.viewport.renderer.GetSize()[0] < 0.8 * window.width(), timeout=3000)  # docks back
    qtbot.wait(100)
    QApplication.processEvents()
    shown = title.GetFontSize()
    caption.fit()  # what the view as it is now calls for
    assert title.GetFontSize() == shown, "the title kept the size fitted to presenter mode's wider view"
    assert "Mode présentation" not in window.editing.hint_label.text()
