"""Guided tours: the file format (validated like the layout), the default Escaudain tour, the player."""

from __future__ import annotations

import dataclasses
import json
import math

import pytest

from twin.core.paths import asset_path

TOUR = asset_path("escaudain.tour.json")


def test_the_default_tour_covers_what_residents_ask_about():
    from twin.io.tour import load_tour

    tour = load_tour(TOUR)
    ids = [stop.id for stop in tour.stops]
    assert ids == ["site", "reserve", "halls", "heat", "escaudain", "lourches", "night", "heatwave"]
    for stop in tour.stops:
        for language in ("fr", "en"):
            assert stop.caption[language].strip() and stop.title[language].strip()
    assert tour.stop("escaudain").preset == "escaudain" and tour.stop("lourches").preset == "lourches"
    assert "Usinor" in tour.stop("site").caption["fr"]
    assert tour.stop("heatwave").weather == "heatwave_2019" and tour.stop("heatwave").time == "07-25T15:00"
    assert "plume" in tour.stop("heatwave").overlays
    assert tour.stop("night").time.endswith("T23:00")
    assert "{homes}" in tour.stop("heat").caption["en"] and "{homes}" in tour.stop("heat").caption["fr"]


def test_a_tour_round_trips(tmp_path):
    from twin.io.tour import load_tour, save_tour

    tour = load_tour(TOUR)
    out = tmp_path / "copy.tour.json"
    save_tour(tour, out)
    assert load_tour(out) == tour


def test_the_tour_sits_beside_its_layout(tmp_path):
    from twin.io.tour import tour_path_for

    assert tour_path_for(tmp_path / "escaudain.campus.geojson") == tmp_path / "escaudain.tour.json"
    assert tour_path_for(tmp_path / "variant.geojson") == tmp_path / "variant.tour.json"


def broken(tmp_path, edit):
    data = json.loads(TOUR.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "bad.tour.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("edit", "words"), [
    (lambda d: d["stops"][1]["caption"].pop("fr"), ["stop 'reserve'", "field 'caption.fr'", "missing"]),
    (lambda d: d["stops"][2].update(camera={"preset": "balloon"}), ["stop 'halls'", "field 'camera.preset'", "balloon"]),
    (lambda d: d["stops"][1]["camera"].update(position=[1, 2]), ["stop 'reserve'", "field 'camera.position'", "3 numbers"]),
    (lambda d: d["stops"][3].update(overlays=["smoke"]), ["stop 'heat'", "field 'overlays'"]),
    (lambda d: d["stops"][6].update(time="23:00"), ["stop 'night'", "field 'time'", "07-25T15:00"]),
    (lambda d: d["stops"][7].update(weather="rain"), ["stop 'heatwave'", "field 'weather'"]),
    (lambda d: d["stops"][7]["wind"].update(speed_ms=float("nan")), ["stop 'heatwave'", "field 'wind.speed_ms'"]),
    (lambda d: d["stops"][4].update(id="site"), ["stop 'site'", "field 'id'", "unique"]),
    (lambda d: d["stops"][0].update(dwell=3), ["stop 'site'", "field 'dwell'", "unknown"]),
    (lambda d: d["campus_twin"].update(version=7), ["field 'campus_twin.version'", "7"]),
    (lambda d: d.update(stops=[]), ["field 'stops'", "non-empty"]),
])
def test_a_bad_tour_is_refused_naming_file_stop_and_field(tmp_path, edit, words):
    from twin.io.errors import FileContentError
    from twin.io.tour import TourError, load_tour

    path = broken(tmp_path, edit)
    with pytest.raises(TourError) as caught:
        load_tour(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    for word in words:
        assert word in message, message
    assert isinstance(caught.value, FileContentError)


def test_malformed_json_names_the_line(tmp_path):
    from twin.io.tour import TourError, load_tour

    path = tmp_path / "bad.tour.json"
    path.write_text('{\n  "campus_twin": {"schema": "campus-twin/tour",\n  oops\n}', encoding="utf-8")
    with pytest.raises(TourError, match=r"line 3"):
        load_tour(path)


def test_model_edits_return_new_tours():
    from twin.io.tour import load_tour
    from twin.model.tour import CameraPose, TourStop

    tour = load_tour(TOUR)
    stop = TourStop(id=tour.new_stop_id(), title={"fr": "a", "en": "a"}, caption={"fr": "b", "en": "b"},
                    pose=CameraPose((0.0, -500.0, 300.0), (0.0, 0.0, 0.0)))
    longer = tour.with_stop(stop, after=1)
    assert [s.id for s in longer.stops][:3] == ["site", "reserve", "stop-1"] and len(tour.stops) == 8
    renamed = longer.with_stop_replaced(2, stop.with_caption("fr", "Ici"))
    assert renamed.stops[2].caption == {"fr": "Ici", "en": "b"}
    with pytest.raises(ValueError, match="unique"):
        longer.with_stop(stop)
    with pytest.raises(ValueError, match="preset"):
        TourStop(id="x", title={}, caption={}, preset="top", pose=stop.pose)


# -- the player ----------------------------------------------------------------------------


@pytest.fixture
def window(qtbot):
    from tests.test_presenter import quick_figures
    from twin.app import build_window

    main_window = build_window(with_twin=False)
    main_window.resize(1280, 720)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.presenter.figures_factory = quick_figures
    main_window.presenter.full_screen = False
    yield main_window
    from twin.ui.i18n import language_manager

    main_window.presenter.set_active(False)
    language_manager().set_language("en")
    main_window.document.undo_stack.set_clean()
    main_window.close()
    main_window.deleteLater()


def camera_of(window):
    from twin.ui.presenter.tour_player import camera_pose

    return camera_pose(window.viewport.renderer.GetActiveCamera())


def preset_pose(window, name):
    from twin.ui.presenter.tour_player import camera_pose, set_camera_pose

    camera = window.viewport.renderer.GetActiveCamera()
    before = camera_pose(camera)
    window.viewport.scene.apply_camera(name)
    pose = camera_pose(camera)
    set_camera_pose(camera, before)
    return pose


def assert_pose(actual, expected):
    assert actual.position == pytest.approx(expected.position, abs=0.05)
    assert actual.focal_point == pytest.approx(expected.focal_point, abs=0.05)
    assert actual.view_angle_deg == pytest.approx(expected.view_angle_deg, abs=0.01)


def test_the_tour_plays_its_stops_in_order_and_lands_where_each_says(window, qtbot):
    player = window.tour_player
    assert player.tour is not None and len(player.tour.stops) == 8
    seen = []
    player.stop_changed.connect(seen.append)
    with qtbot.waitSignal(player.arrived, timeout=5000):
        player.start_action.trigger()
    assert window.presenter.active
    for index, stop in enumerate(player.tour.stops):
        if index > 0:
            with qtbot.waitSignal(player.arrived, timeout=5000):
                player.next_action.trigger()
        expected = stop.pose if stop.pose is not None else preset_pose(window, stop.preset)
        assert_pose(camera_of(window), expected)
        for overlay_id, check in window.airflow_panel.overlay_checks.items():
            assert check.isChecked() == (overlay_id in stop.overlays), (stop.id, overlay_id)
        caption = window.presenter.caption.text()
        assert stop.title["en"] in caption and f"Stop {index + 1} of 8" in caption
    assert seen == list(range(8))
    # Eye-level stops hide the map annotations; a pose from above shows them again.
    assert window.viewport.renderer.GetActiveCamera().GetPosition()[2] > 100
    with qtbot.waitSignal(player.arrived, timeout=5000):
        player.previous_action.trigger()
    assert player.index == 6
    assert "{homes}" not in player.presenter.caption.text()


def test_camera_moves_smoothly_between_stops(window, qtbot):
    from twin.ui.presenter.tour_player import MOVE_MS

    player = window.tour_player
    with qtbot.waitSignal(player.arrived, timeout=5000):
        player.start()
    start = camera_of(window)
    target = player.tour.stops[1].pose
    player.next()
    # Step the move's clock by hand (frames on a loaded machine are too irregular to sample).
    animation = player._animation
    animation.pause()
    arrivals = []
    player.arrived.connect(arrivals.append)
    samples = []
    for ms in range(0, MOVE_MS + 1, 100):
        animation.setCurrentTime(ms)
        samples.append(camera_of(window).position)
    total = math.dist(start.position, target.position)
    progress = [math.dist(start.position, p) for p in samples]
    assert MOVE_MS >= 1000 and progress[0] < 1.0 and progress[-1] == pytest.approx(total, abs=0.5)
    assert progress == sorted(progress)  # always forward
    steps = [b - a for a, b in zip(progress, progress[1:], strict=False)]
    assert max(steps) < 0.2 * total  # eased (in-out cubic peaks at 3x the mean speed): no jump
    assert steps[0] < steps[len(steps) // 2] and steps[-1] < steps[len(steps) // 2]  # slow start and end
    for p, d in zip(samples, progress, strict=True):
        on_line = [a + (b - a) * d / total for a, b in zip(start.position, target.position, strict=True)]
        assert math.dist(p, on_line) < 1.0  # on the straight path
    if not arrivals:  # setting the time to the end may already have finished the move
        with qtbot.waitSignal(player.arrived, timeout=5000):
            animation.resume()
    assert_pose(camera_of(window), target)


def test_auto_advance_and_captions_in_both_languages(window, qtbot):
    player = window.tour_player
    player.tour = dataclasses.replace(player.tour, stops=tuple(dataclasses.replace(s, dwell_s=0.05) for s in player.tour.stops[:3]))
    with qtbot.waitSignal(player.arrived, timeout=5000):
        player.start()
    seen = []
    player.arrived.connect(seen.append)
    player.play_action.trigger()
    assert player.playing and player.play_action.text() == "Pause tour"
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=15000)
    assert seen[:3] == [1, 2, 0]
    player.play_action.trigger()
    assert not player.playing
    window.presenter.language_actions["fr"].trigger()
    stop = player.tour.stops[player.index]
    qtbot.waitUntil(lambda: stop.title["fr"] in window.presenter.caption.text(), timeout=3000)
    assert "Arrêt" in window.presenter.caption.text() and player.next_action.toolTip() == "Arrêt suivant"


def test_add_this_view_as_a_stop_edit_its_caption_and_save(window, qtbot, tmp_path):
    from twin.io.tour import load_tour

    player = window.tour_player
    with qtbot.waitSignal(player.arrived, timeout=5000):
        player.start()
    window.viewport.renderer.GetActiveCamera().SetPosition(120.0, -640.0, 90.0)
    window.viewport.renderer.GetActiveCamera().SetFocalPoint(60.0, 40.0, 12.0)
    stop = player.add_current_view()
    assert player.tour.stops[1] is stop and player.index == 1 and len(player.tour.stops) == 9
    assert stop.pose.position == pytest.approx((120.0, -640.0, 90.0))
    player.set_caption(1, "fr", "Depuis la route de Denain")
    player.set_caption(1, "en", "From the Denain road")
    assert "From the Denain road" in window.presenter.caption.text()
    out = tmp_path / "escaudain.tour.json"
    player.save(out)
    again = load_tour(out)
    assert again == player.tour and again.stops[1].caption["fr"] == "Depuis la route de Denain"
    with qtbot.waitSignal(player.arrived, timeout=5000):
        player.go_to(0)
    with qtbot.waitSignal(player.arrived, timeout=5000):
        player.next()
    assert_pose(camera_of(window), stop.pose)
