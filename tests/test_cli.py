"""The command line as a user runs it, in subprocesses with no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def twin(*args, cwd=ROOT, display=False):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "twin", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def test_help_lists_the_commands():
    result = twin("--help")
    assert result.returncode == 0
    for command in ("run", "snapshot"):
        assert command in result.stdout


def test_snapshot_writes_a_png(tmp_path):
    out = tmp_path / "top.png"
    result = twin("snapshot", "--out", str(out), "--camera", "top", "--size", "480x270")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_snapshot_rejects_bad_size_and_bad_layout(tmp_path):
    result = twin("snapshot", "--out", str(tmp_path / "x.png"), "--size", "big")
    assert result.returncode == 2 and "1600x900" in result.stderr
    broken = tmp_path / "broken.geojson"
    broken.write_text('{"type": "FeatureCollection"')
    result = twin("snapshot", "--out", str(tmp_path / "x.png"), "--layout", str(broken))
    assert result.returncode == 2
    assert "broken.geojson" in result.stderr and "not valid JSON" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_run_without_display_says_so_and_writes_a_snapshot(tmp_path):
    result = twin(cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "No display found" in result.stderr
    assert (tmp_path / "out" / "escaudain-overview.png").read_bytes()[:4] == b"\x89PNG"
