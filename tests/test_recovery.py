"""Autosave and crash recovery: edits survive ``kill -9``; the bundled layout is never saved over.

The crash test runs the real window in a child process (offscreen), makes 20 edits, waits for
the autosave, kills the child with SIGKILL and then, in this process, checks that the restore
offer (with the time of the autosave) brings every edit back.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from twin.core.paths import default_layout_path
from twin.io.errors import FileContentError
from twin.io.layout import load_layout
from twin.io.recovery import (
    discard,
    is_bundled,
    orphaned_recoveries,
    read_recovery,
    recovery_file,
    recovery_folder,
    write_recovery,
)
from twin.model.document import move_building_command

ROOT = Path(__file__).resolve().parents[1]


def twenty_edits(campus):
    """The same 20 moves, in the child and here: building i % n by (1 + i, -0.5 i) m."""
    ids = [b.id for b in campus.buildings]
    commands = []
    for i in range(20):
        command = move_building_command(campus, ids[i % len(ids)], 1.0 + i, -0.5 * i)
        commands.append(command)
        campus = command.after
    return commands, campus


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# --- the recovery file (Qt-free) ------------------------------------------------------------


def test_recovery_file_round_trips(tmp_path, campus):
    _, edited = twenty_edits(campus)
    file = recovery_file(tmp_path, pid=_dead_pid())
    when = datetime(2026, 12, 1, 17, 2, 3, tzinfo=UTC)
    write_recovery(file, edited, document_path=tmp_path / "plan.geojson", bundled=False, now=when)
    recovered = read_recovery(file)
    assert recovered.campus == edited and recovered.saved_at == when
    assert recovered.document_path == tmp_path / "plan.geojson" and not recovered.bundled
    assert [r.file for r in orphaned_recoveries(tmp_path)[0]] == [file]


def test_an_invalid_campus_is_recovered_all_the_same(tmp_path, campus):
    import dataclasses

    building = campus.buildings[0]
    broken = campus.with_building(dataclasses.replace(building, height_m=-5.0))  # a validation error
    file = recovery_file(tmp_path, pid=_dead_pid())
    write_recovery(file, broken, document_path=None, bundled=True)
    assert read_recovery(file).campus == broken


def test_only_files_of_apps_no_longer_running_are_offered(tmp_path, campus):
    write_recovery(recovery_file(tmp_path), campus, document_path=None, bundled=True)  # this process: running
    assert orphaned_recoveries(tmp_path) == ([], [])
    damaged = recovery_file(tmp_path, pid=_dead_pid())
    damaged.write_text('{"schema": "campus-twin/recovery", "version": 1, "saved_at": 5}')
    found, unreadable = orphaned_recoveries(tmp_path)
    assert found == [] and unreadable[0][0] == damaged and damaged.exists()  # never deleted unseen
    with pytest.raises(FileContentError, match="mistyped"):
        read_recovery(damaged)
    discard(recovery_file(tmp_path))


def test_recovery_folder_is_in_the_users_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert recovery_folder() == tmp_path / "campus-twin" / "recovery"


def test_bundled_layout_is_recognised():
    assert is_bundled(default_layout_path())
    assert not is_bundled(ROOT / "README.md")


# --- the window -----------------------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from twin.app import build_window, create_application
    from twin.io.recovery import read_recovery
    from twin.ui.recovery import AutoSaver
    sys.path.insert(0, sys.argv[2])
    from tests.test_recovery import twenty_edits

    app = create_application()
    window = build_window(with_twin=False)
    window.show()
    saver = AutoSaver(window, folder=Path(sys.argv[1]), delay_s=0.5)
    commands, expected = twenty_edits(window.document.campus)
    pending = list(commands)

    def step():
        if pending:  # one edit per tick, as a user would make them
            window.document.execute(pending.pop(0))
            return
        if saver.file.exists() and read_recovery(saver.file).campus == expected:
            print("AUTOSAVED", saver.file, flush=True)
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(50)
    app.exec()
    """
)


@pytest.mark.gui
@pytest.mark.timeout(180)
def test_kill_9_after_20_edits_then_restore_brings_every_edit_back(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from twin.app import build_window
    from twin.ui import recovery

    folder = tmp_path / "recovery"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), str(ROOT)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        line = child.stdout.readline()  # blocks until the child has autosaved every edit
        assert line.startswith("AUTOSAVED"), child.stderr.read() if child.poll() is not None else line
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert len(list(folder.glob("session-*.json"))) == 1

    asked = []

    def answer(parent, title, text, buttons, default):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = build_window(with_twin=False)
    try:
        bundled = window.document.campus
        saver = recovery.install(window, folder, delay_s=60.0)
        _, expected = twenty_edits(bundled)
        assert len(asked) == 1 and "autosaved " + datetime.now().strftime("%Y-%m-%d") in asked[0]
        assert "bundled" in asked[0]
        assert window.document.campus == expected  # every one of the 20 edits
        assert not window.document.undo_stack.is_clean and window.document.bundled
        assert list(folder.glob("session-*.json")) == []  # offered once, then removed
        window.document.undo()
        assert window.document.campus == bundled  # one undo step back to the shipped layout
        window.document.redo()
        saver.finish()
    finally:
        window.document.undo_stack.set_clean()
        window.shutdown()
        window.deleteLater()


@pytest.mark.gui
def test_autosave_follows_edits_and_a_clean_quit_removes_the_file(qtbot, tmp_path):
    from twin.app import build_window
    from twin.ui.recovery import AutoSaver

    window = build_window(with_twin=False)
    try:
        saver = AutoSaver(window, folder=tmp_path, delay_s=0.2)
        commands, expected = twenty_edits(window.document.campus)
        for command in commands[:3]:
            window.document.execute(command)
        qtbot.waitUntil(lambda: saver.file.exists(), timeout=10_000)
        assert read_recovery(saver.file).campus == commands[2].after
        for command in commands[3:]:
            window.document.execute(command)
        qtbot.waitUntil(lambda: read_recovery(saver.file).campus == expected, timeout=10_000)
        # Undo back to the saved state: nothing is unsaved, nothing to recover.
        for _ in commands:
            window.document.undo()
        qtbot.waitUntil(lambda: not saver.file.exists(), timeout=10_000)
        window.document.redo()
        qtbot.waitUntil(lambda: saver.file.exists(), timeout=10_000)
        saver.finish()
        assert not saver.file.exists()
    finally:
        window.document.undo_stack.set_clean()
        window.shutdown()
        window.deleteLater()


@pytest.mark.gui
def test_bundled_layout_saves_as_a_new_file_in_the_users_folder(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from twin.app import build_window

    asset = default_layout_path()
    before = asset.read_bytes(), asset.stat().st_mtime_ns
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Documents"))
    offered = []
    target = tmp_path / "Documents" / "Campus Twin" / "mine.geojson"

    def save_dialog(parent, title, start, filters):
        offered.append(start)
        return str(target), filters

    errors = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: errors.append(text))
    window = build_window(layout=asset, with_twin=False)  # named explicitly: still the shipped file
    try:
        assert window.document.bundled
        window.document.execute(move_building_command(window.document.campus, "dc1", 5.0, 0.0))
        assert not window.save_to(asset) and "shipped" in errors[0]
        assert window.save()
        assert offered == [str(tmp_path / "Documents" / "Campus Twin" / "escaudain.campus.geojson")]
        assert load_layout(target) == window.document.campus
        assert window.document.path == target and not window.document.bundled
        assert window.open_layout(asset) and window.document.bundled
    finally:
        window.document.undo_stack.set_clean()
        window.shutdown()
        window.deleteLater()
    assert (asset.read_bytes(), asset.stat().st_mtime_ns) == before
    time.sleep(0)  # nothing left running
