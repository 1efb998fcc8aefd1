"""Exports from the window: File > Export animation runs in chunks, reports progress, cancels cleanly."""

from __future__ import annotations

import pytest
from PIL import Image

pytestmark = [pytest.mark.gui, pytest.mark.render]


@pytest.fixture
def window(qtbot):
    from twin.app import build_window

    main_window = build_window(with_twin=False)
    main_window.resize(900, 600)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    main_window.document.undo_stack.set_clean()
    main_window.close()
    main_window.deleteLater()


def test_window_animation_export_writes_the_gif_while_the_window_runs(window, qtbot, tmp_path):
    from twin.render.animation import AnimationSpec
    from twin.ui.export.animation import start_animation_export

    out = tmp_path / "orbit.gif"
    spec = AnimationSpec("orbit", size=(160, 90), fps=5, seconds=1.0)
    job = start_animation_export(window, spec, out, progress=False)
    progress = []
    job.progressed.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=60000) as finished:
        pass
    assert finished.args[0], finished.args[1]
    assert progress[-1] == (5, 5) and len(progress) == 5
    with Image.open(out) as gif:
        assert gif.n_frames == 5
    assert window.actions_by_id["file.animation"].isEnabled()


def test_cancelled_animation_leaves_nothing(window, qtbot, tmp_path):
    from twin.render.animation import AnimationSpec
    from twin.ui.export.animation import start_animation_export

    out = tmp_path / "orbit.mp4"
    spec = AnimationSpec("orbit", size=(160, 90), fps=10, seconds=30.0)
    job = start_animation_export(window, spec, out, progress=False)
    job.progressed.connect(lambda done, total: job.cancel() if done == 3 else None)
    with qtbot.waitSignal(job.finished, timeout=60000) as finished:
        pass
    assert finished.args[0] is False and "Cancelled" in finished.args[1]
    assert list(tmp_path.iterdir()) == []


def test_bad_extension_is_refused_with_a_message(window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from twin.render.animation import AnimationSpec
    from twin.ui.export.animation import start_animation_export

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert start_animation_export(window, AnimationSpec("orbit", size=(160, 90)), tmp_path / "x.mov") is None
    assert len(shown) == 1 and "x.mov" in shown[0]


def test_window_exports_model_and_refuses_fields_without_solver(window, tmp_path):
    import pygltflib

    from twin.core.provenance import ExportError
    from twin.ui.export.data import export_data

    [glb] = export_data(window, tmp_path / "campus.glb")
    gltf = pygltflib.GLTF2().load(str(glb))
    assert any(node.name == "building dc1" for node in gltf.nodes)
    assert gltf.scenes[0].extras["provenance"]["campus-twin:layout-file"] == "bundled: escaudain.campus.geojson"
    with pytest.raises(ExportError, match="airflow solver is not running"):
        export_data(window, tmp_path / "fields.vti")
    with pytest.raises(ExportError, match="running twin has not started"):
        export_data(window, tmp_path / "plant.csv")
    with pytest.raises(ExportError, match="unknown export format"):
        export_data(window, tmp_path / "campus.obj")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["campus.glb"]
    for action in ("file.snapshot", "file.animation", "file.data", "file.sheet"):
        assert action in window.actions_by_id


def test_window_day_animation_simulates_on_a_worker_and_writes_every_frame(window, qtbot, tmp_path):
    import threading

    from twin.render.animation import Animation, AnimationSpec
    from twin.ui.export.animation import start_animation_export

    threads = set()
    compute = Animation._day_compute

    def spy(self):
        threads.add(threading.current_thread().name)
        return compute(self)

    out = tmp_path / "day.gif"
    spec = AnimationSpec("day", size=(160, 90), fps=2, seconds=1.5, overlays=("temperature",), solver_steps=2)
    Animation._day_compute = spy
    try:
        job = start_animation_export(window, spec, out, progress=False)
        with qtbot.waitSignal(job.finished, timeout=120000) as finished:
            pass
    finally:
        Animation._day_compute = compute
    assert finished.args[0], finished.args[1]
    with Image.open(out) as gif:
        assert gif.n_frames == 3
    assert threads and all(name.startswith("twin-animation") for name in threads)
