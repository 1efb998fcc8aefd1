"""The status bar's solver backend widget follows the backend's reports, from any thread."""

from __future__ import annotations

import threading

import pytest

from twin.sim.airflow import backend


@pytest.fixture
def restore_backend_status():
    saved = backend._S.status  # the tests publish made-up states; the process's real one comes back
    yield
    with backend._S.lock:
        backend._S.status = saved


def _publish_from_thread(status: backend.BackendStatus) -> None:
    thread = threading.Thread(target=backend._publish, args=(status,), name="fake-jit")
    thread.start()
    thread.join()


def test_status_widget_shows_each_state_published_from_the_compile_thread(qtbot, restore_backend_status):
    from twin.ui.solver_status import SolverBackendStatus

    widget = SolverBackendStatus()
    qtbot.addWidget(widget)
    set_text, set_in = widget.label.setText, []
    widget.label.setText = lambda text: (set_in.append(threading.current_thread()), set_text(text))
    try:
        _publish_from_thread(backend.BackendStatus("auto", "numpy", "compiling", "Compiling in the background"))
        qtbot.waitUntil(lambda: widget.status is not None and widget.status.state == "compiling", timeout=3000)
        assert widget.bar.isVisibleTo(widget) and "compiling" in widget.label.text()
        assert widget.toolTip() == "Compiling in the background"
        first = widget.label.text()
        qtbot.waitUntil(lambda: widget.label.text() != first, timeout=3000)  # the seconds count up
        _publish_from_thread(backend.BackendStatus("auto", "numba", "ready", "Compiled solver ready (3.0 s)", 3.0))
        qtbot.waitUntil(lambda: widget.status.state == "ready", timeout=3000)
        assert not widget.bar.isVisibleTo(widget) and "compiled" in widget.label.text()
        _publish_from_thread(backend.BackendStatus("auto", "numpy", "failed", "Compiled solver unavailable (ImportError)"))
        qtbot.waitUntil(lambda: widget.status.state == "failed", timeout=3000)
        assert "failed" in widget.label.text() and "b3261e" in widget.label.styleSheet()
        # The label was changed in the GUI thread only, never in the publishing thread.
        assert set_in and all(thread is threading.main_thread() for thread in set_in)
    finally:
        widget.shutdown()
    _publish_from_thread(backend.BackendStatus("numpy", "numpy", "numpy", "Solver on numpy"))
    qtbot.wait(50)
    assert widget.status.state == "failed"  # no longer listening


def test_status_widget_starts_from_the_state_already_published(qtbot, restore_backend_status):
    from twin.ui.solver_status import SolverBackendStatus

    backend._publish(backend.BackendStatus("numpy", "numpy", "numpy", "Solver on numpy (reference kernels)"))
    widget = SolverBackendStatus()
    qtbot.addWidget(widget)
    try:
        qtbot.waitUntil(lambda: widget.status is not None, timeout=3000)
        assert widget.label.text() == "Solver: numpy" and not widget.bar.isVisibleTo(widget)
    finally:
        widget.shutdown()


def test_a_tooltip_with_figures_follows_a_language_switch(qtbot, restore_backend_status):
    from twin.ui.i18n import language_manager
    from twin.ui.solver_status import SolverBackendStatus

    template = "Compiled solver ready ({s} s); running on it"
    backend._publish(backend.BackendStatus("auto", "numba", "ready", template.format(s="3.3"), 3.25, template, (("s", 3.25),)))
    widget = SolverBackendStatus()
    qtbot.addWidget(widget)
    manager = language_manager()
    try:
        qtbot.waitUntil(lambda: widget.status is not None, timeout=3000)
        assert widget.toolTip() == "Compiled solver ready (3.3 s); running on it"
        assert manager.set_language("fr")
        qtbot.waitUntil(lambda: widget.toolTip() != "Compiled solver ready (3.3 s); running on it", timeout=3000)
        # the figure is written the French way too: a decimal comma
        assert widget.toolTip() == "Calcul compilé prêt (3,3 s) ; il est utilisé"
    finally:
        manager.set_language("en")
        widget.shutdown()
