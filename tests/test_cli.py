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


def test_snapshot_with_overlays_runs_the_solver(tmp_path):
    import numpy as np

    out = tmp_path / "plume.png"
    plain = tmp_path / "plain.png"
    result = twin("snapshot", "--out", str(out), "--camera", "top", "--size", "480x270",
                  "--overlay", "temperature", "--wind", "240/5", "--max-steps", "40")
    assert result.returncode == 0, result.stderr
    assert "solving wind and heat" in result.stderr and "step" in result.stderr
    assert twin("snapshot", "--out", str(plain), "--camera", "top", "--size", "480x270").returncode == 0
    from twin.render.vtk import vtk_to_numpy, vtkPNGReader

    def pixels(path):
        reader = vtkPNGReader()
        reader.SetFileName(str(path))
        reader.Update()
        return vtk_to_numpy(reader.GetOutput().GetPointData().GetScalars()).astype(int)

    warm = pixels(out)
    base = pixels(plain)
    # Warm air (orange-red: red well above blue) covers part of the image only with the overlay.
    reddish = lambda p: (p[:, 0] - p[:, 2]) > 90  # noqa: E731
    print("reddish share without / with overlay", reddish(base).mean(), reddish(warm).mean())
    assert reddish(warm).mean() > reddish(base).mean() + 0.01
    assert np.any(warm != base)


def test_snapshot_rejects_bad_wind(tmp_path):
    result = twin("snapshot", "--out", str(tmp_path / "x.png"), "--wind", "west")
    assert result.returncode == 2 and "240/5" in result.stderr
