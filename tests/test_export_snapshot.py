"""Snapshots: any size, format by extension, caption and PNG text chunks say what they show.

Files are read back with Pillow (an independent PNG/JPEG reader), not with the project's
own writer.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from PIL import Image

from tests.test_cli import twin

pytestmark = pytest.mark.render


def _layout_sha256(campus) -> str:
    from twin.io.layout import layout_to_text

    return hashlib.sha256(layout_to_text(campus).encode("utf-8")).hexdigest()


def _jpeg_comments(data: bytes) -> list[str]:
    """COM segments of a JPEG, walking its markers up to the start of scan."""
    assert data[:2] == b"\xff\xd8"
    comments, at = [], 2
    while at < len(data) and data[at + 1] != 0xDA:
        marker, length = data[at + 1], int.from_bytes(data[at + 2:at + 4], "big")
        if marker == 0xFE:
            comments.append(data[at + 4:at + 2 + length].decode("utf-8"))
        at += 2 + length
    return comments


def test_cli_jpeg_is_jpeg_and_unknown_extension_is_refused(tmp_path):
    out = tmp_path / "view.jpg"
    result = twin("snapshot", "--out", str(out), "--camera", "top", "--size", "320x180")
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert image.format == "JPEG" and image.size == (320, 180)
        comment = image.info["comment"].decode("utf-8")
    assert "campus-twin:layout-file: bundled: escaudain.campus.geojson" in comment
    assert "campus-twin:solver-tier: off" in comment
    # The same comment read from the JPEG's own segment structure (ISO/IEC 10918-1 B.1.1.4: COM = FFFE).
    assert _jpeg_comments(out.read_bytes()) == [comment]
    bad = tmp_path / "view.tif"
    result = twin("snapshot", "--out", str(bad), "--size", "320x180")
    assert result.returncode == 2
    assert "view.tif" in result.stderr and ".png or .jpg" in result.stderr
    assert not bad.exists()


def test_png_text_chunks_name_layout_hash_weather_and_solver(tmp_path, campus):
    from twin.render.snapshot import basic_info, render_snapshot

    out = tmp_path / "view.png"
    info = basic_info(campus, "escaudain.campus.geojson", _layout_sha256(campus))
    render_snapshot(campus, out, "top", (400, 225), info=info)
    with Image.open(out) as image:
        assert image.format == "PNG" and image.size == (400, 225)
        text = dict(image.text)
    assert text["Software"].startswith("Campus Twin ")
    assert text["campus-twin:layout-sha256"] == _layout_sha256(campus)
    assert text["campus-twin:weather"] == "wind from 240 deg at 5 m/s, air 11.0 C"
    assert text["campus-twin:solver-tier"] == "off"
    assert text["campus-twin:weather-source"] == "layout design scenario"


def test_size_is_independent_and_text_scales_with_it(campus):
    """A 1920x1080 and a 1280x720 render of the same request: the caption covers the same share."""
    from twin.render.snapshot import SnapshotRequest, basic_info, render_request

    info = basic_info(campus, "test", "0" * 64)
    shares = []
    for size in ((1280, 720), (1920, 1080)):
        image = render_request(SnapshotRequest(campus, info, size, "top"))
        assert image.shape == (size[1], size[0], 3)
        # The caption's white background box at the top left: its width as a share of the image.
        row = image[int(size[1] * 0.03)]
        white = np.flatnonzero((row > 225).all(axis=1))
        shares.append(white.max() / size[0])
    assert shares[1] == pytest.approx(shares[0], abs=0.08), shares


def test_caption_states_time_weather_overlays_and_solver_state():
    from twin.core.provenance import ExportInfo
    from twin.render.scene import caption_lines

    info = ExportInfo("0.1.0", "Escaudain", "campus.geojson", "ab" * 32, sim_time="2030-07-25T14:00",
                      weather_source="HEAT WAVE 22-27 July 2019, reconstructed: peak", wind_from_deg=90.0,
                      wind_speed_ms=2.5, ambient_c=38.4, overlays=("temperature", "plume"), solver_state="settling",
                      solver_detail="first look")
    text = "\n".join(caption_lines(info))
    for part in ("2030-07-25 14:00", "campus.geojson", "90° (E)", "2.5 m/s", "38.4 °C", "HEAT WAVE 22-27 July 2019",
                 "warm air at a height, plume", "settling"):
        assert part in text, (part, text)
    spliced = info.replace(weather_source="SYNTHETIC year (seed 2030) from normals + HEAT WAVE 22-27 July 2019, reconstructed")
    assert "SYNTHETIC year + HEAT WAVE 22-27 July 2019" in "\n".join(caption_lines(spliced))
    invalid = "\n".join(caption_lines(info.replace(solver_state="invalid")))
    assert "INVALID" in invalid
    with pytest.raises(ValueError, match="solver_state"):
        info.replace(solver_state="fine")


def test_solver_state_from_a_frame(campus):
    from twin.render.snapshot import solver_state
    from twin.sim.airflow.domain import AirflowSettings
    from twin.sim.airflow.runner import AirflowRunner

    runner = AirflowRunner(campus, AirflowSettings(dx_m=24.0, dz_m=10.0), synchronous=True)
    frame = runner.step_now(1)
    assert solver_state(frame)[0] in ("settling", "settled")
    assert solver_state(frame, current=False)[0] == "invalid"
    assert solver_state(None) == ("off", "")


@pytest.mark.gui
def test_window_export_at_any_size_with_its_caption(qtbot, tmp_path):
    from twin.app import build_window

    window = build_window(with_twin=False)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    try:
        out = tmp_path / "view.png"
        assert window.export_snapshot(out, (1280, 720))
        with Image.open(out) as image:
            assert image.size == (1280, 720)
            text = dict(image.text)
        assert text["campus-twin:layout-file"] == "bundled: escaudain.campus.geojson"
        assert text["campus-twin:layout-sha256"] == _layout_sha256(window.document.campus)
        jpeg = tmp_path / "view.jpeg"
        assert window.export_snapshot(jpeg, (640, 360))
        with Image.open(jpeg) as image:
            assert image.format == "JPEG" and image.size == (640, 360)
    finally:
        window.document.undo_stack.set_clean()
        window.close()
        window.deleteLater()


def test_window_export_after_save_as_names_the_new_file(qtbot, tmp_path):
    """The exported image's caption names the file the layout was saved as, like the window's."""
    from twin.app import build_window
    from twin.render.snapshot import OffscreenView
    from twin.ui.export.state import snapshot_request

    window = build_window(with_twin=False)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.save_to(tmp_path / "variant-c.geojson")
        request = snapshot_request(window, (640, 360))
        with OffscreenView(request.size) as view:
            view.apply(request)
            headline = view.caption.text().splitlines()[0]
        assert "variant-c.geojson" in headline and "default layout" not in headline
        assert headline == window.viewport.caption.text().splitlines()[0]
    finally:
        window.document.undo_stack.set_clean()
        window.close()
        window.deleteLater()
