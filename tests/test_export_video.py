"""Animations: MP4 checked by ffprobe (codec, pixel format, frames, duration), GIF frame count
read by Pillow, no half-written file on failure, and the pixels of consecutive day frames."""

from __future__ import annotations

import json
import shutil
import subprocess

import numpy as np
import pytest
from PIL import Image

from tests.test_cli import twin

pytestmark = pytest.mark.render

FFPROBE = shutil.which("ffprobe")
needs_ffprobe = pytest.mark.skipif(FFPROBE is None, reason="ffprobe missing: packaging/install-system-deps.sh installs ffmpeg")


def ffprobe(path) -> dict:
    result = subprocess.run(
        [FFPROBE, "-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
         "stream=codec_name,pix_fmt,width,height,nb_read_frames:format=duration,format_name", "-of", "json", str(path)],
        capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def _info(campus):
    from twin.io.export.provenance import layout_identity
    from twin.render.snapshot import basic_info

    return basic_info(campus, *layout_identity(campus, None))


@needs_ffprobe
def test_cli_orbit_mp4_is_h264_yuv420p_with_its_frames(tmp_path):
    out = tmp_path / "orbit.mp4"
    result = twin("animate", "--out", str(out), "--kind", "orbit", "--size", "160x90", "--fps", "10", "--seconds", "0.8")
    assert result.returncode == 0, result.stderr
    assert "left" in result.stderr  # the progress line with its time left
    probe = ffprobe(out)
    stream = probe["streams"][0]
    assert stream["codec_name"] == "h264"
    assert stream["pix_fmt"] == "yuv420p"
    assert (stream["width"], stream["height"]) == (160, 90)
    assert int(stream["nb_read_frames"]) == 8
    assert float(probe["format"]["duration"]) == pytest.approx(0.8, abs=0.05)
    assert "mp4" in probe["format"]["format_name"]
    assert [p.name for p in tmp_path.iterdir()] == ["orbit.mp4"]  # no temporary left beside it


def test_cli_refuses_unknown_format_and_odd_mp4_size(tmp_path):
    result = twin("animate", "--out", str(tmp_path / "clip.avi"), "--kind", "orbit", "--size", "160x90")
    assert result.returncode == 2 and "clip.avi" in result.stderr and ".mp4 or .gif" in result.stderr
    result = twin("animate", "--out", str(tmp_path / "clip.mp4"), "--kind", "orbit", "--size", "161x90")
    assert result.returncode == 2 and "even width and height" in result.stderr
    result = twin("animate", "--out", str(tmp_path / "clip.mp4"), "--kind", "orbit", "--pvd", str(tmp_path / "f.pvd"))
    assert result.returncode == 2 and "--pvd needs --kind day" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_tour_gif_has_its_frames(tmp_path, campus):
    from twin.io.export.video import VideoWriter
    from twin.render.animation import Animation, AnimationSpec

    out = tmp_path / "tour.gif"
    spec = AnimationSpec("tour", size=(160, 90), fps=5, seconds=1.2)
    with Animation(campus, spec, _info(campus)) as animation, VideoWriter(out, spec.size, spec.fps, spec.frames) as video:
        frames = [image for image in animation]
        for image in frames:
            video.write(image)
    with Image.open(out) as gif:
        assert gif.format == "GIF"
        assert gif.n_frames == 6
    # The camera moves: the first and the middle frame differ a lot.
    assert np.abs(frames[0].astype(int) - frames[3].astype(int)).mean() > 5


def test_failed_export_leaves_no_file_and_keeps_the_old_one(tmp_path):
    from twin.io.export.video import VideoWriter

    out = tmp_path / "clip.mp4"
    out.write_bytes(b"previous clip")
    with pytest.raises(RuntimeError, match="boom"), VideoWriter(out, (64, 36), 10) as video:
        video.write(np.zeros((36, 64, 3), np.uint8))
        raise RuntimeError("boom")
    assert out.read_bytes() == b"previous clip"
    assert [p.name for p in tmp_path.iterdir()] == ["clip.mp4"]
    with pytest.raises(ValueError, match="36x64x3"), VideoWriter(tmp_path / "new.mp4", (64, 36), 10) as video:
        video.write(np.zeros((10, 10, 3), np.uint8))
    assert not (tmp_path / "new.mp4").exists()


def test_day_frames_change_where_the_overlay_changes_and_the_clock_moves(campus):
    """Consecutive frames of a day (03:00 then 06:00): the temperature overlay and the clock line
    change, the static provenance note at the bottom does not."""
    from twin.render.animation import Animation, AnimationSpec
    from twin.session import TwinSession

    spec = AnimationSpec("day", size=(480, 270), fps=3, seconds=3.0, overlays=("temperature",), solver_steps=8)
    with Animation(campus, spec, _info(campus), session_factory=TwinSession) as animation:
        next(animation)  # 00:00
        first = next(animation)
        first_caption, first_time = animation.view.caption.text(), animation.last_info.sim_time
        second = next(animation)
        second_caption, second_time = animation.view.caption.text(), animation.last_info.sim_time
    assert first_time.endswith("03:00") and second_time.endswith("06:00")
    assert first_time.replace("T", " ") in first_caption and second_time.replace("T", " ") in second_caption
    a, b = first.astype(int), second.astype(int)
    changed = np.abs(a - b).sum(axis=2) > 30
    height, width = changed.shape
    # The clock line: the caption's second line, top left.
    assert changed[int(0.04 * height):int(0.12 * height), : width // 3].any()
    # The temperature overlay's warm colours (orange to dark red: red high, blue low), where they changed.
    warm = ((a[..., 0] > 150) & (a[..., 2] < 110)) | ((b[..., 0] > 150) & (b[..., 2] < 110))
    assert (changed & warm).sum() > 200
    # The provenance note at the bottom left is the same in both frames.
    assert not changed[int(0.95 * height):, : width // 4].any()


def test_tour_follows_the_guided_tour_with_its_stop_titles(campus):
    from twin.core.paths import asset_path
    from twin.io.tour import load_tour
    from twin.render.animation import Animation, AnimationSpec

    tour = load_tour(asset_path("escaudain.tour.json"))
    spec = AnimationSpec("tour", size=(160, 90), fps=2, seconds=2.0)
    with Animation(campus, spec, _info(campus), tour=tour) as animation:
        next(animation)
        assert f"Tour: {tour.stops[0].text('en', 'title')}" in animation.view.caption.text()
        poses = [animation.view.renderer.GetActiveCamera().GetPosition()]
        for _ in animation:
            poses.append(animation.view.renderer.GetActiveCamera().GetPosition())
    assert len(poses) == 4
    assert poses[-1] == pytest.approx(poses[0], abs=0.5)  # the tour ends where it started
    assert max(np.linalg.norm(np.subtract(p, poses[0])) for p in poses) > 100.0


def test_sun_position_at_escaudain():
    """Noon elevation is 90° - latitude + declination (50.33° N: 63.1° at the June solstice,
    16.2° at the December one, ~39.7° at the equinox), due south; below the horizon at night."""
    from twin.render.animation import sun_position

    for when, elevation in (("2030-06-21T13:45", 63.1), ("2030-12-21T12:45", 16.2), ("2030-03-21T13:00", 39.7)):
        el, az = sun_position(np.datetime64(when, "s"))
        assert el == pytest.approx(elevation, abs=1.0) and az == pytest.approx(180.0, abs=4.0)
    assert sun_position(np.datetime64("2030-06-21T02:00", "s"))[0] < -10.0
    assert 0.0 < sun_position(np.datetime64("2030-06-21T06:00", "s"))[0] < 5.0  # sunrise ~05:40 CEST in Lille
