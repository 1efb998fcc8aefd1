"""The consultation sheet, checked by poppler's pdfinfo, pdftotext and pdftoppm (not by Qt)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import numpy as np
import pytest
from PIL import Image

from tests.test_cli import twin

pytestmark = [
    pytest.mark.render,
    pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils missing: packaging/install-system-deps.sh"),
]


def test_cli_sheet_has_two_a4_pages_figures_sources_and_renders(tmp_path):
    out = tmp_path / "sheet.pdf"
    result = twin("sheet", "--out", str(out))
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           2" in info
    assert "595 x 842 pts (A4)" in info
    assert "Campus Twin" in info  # title and creator
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # ligatures back to letters, lines joined
    for words in ("What the figures say", "annual PUE", "GWh a year", "Neighbours", "dB(A)", "Assumptions and sources", "published",
                  "assumption", "SHA-256", "escaudain.campus.geojson"):
        assert words in text, words
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")], check=True)
    with Image.open(tmp_path / "page-1.png") as page:
        pixels = np.asarray(page.convert("RGB")).astype(int)
    height = pixels.shape[0]
    view = pixels[int(0.12 * height):int(0.42 * height)]
    assert view.std() > 20  # the campus view, not blank paper
    assert (pixels[int(0.9 * height):] > 245).mean() > 0.9  # paper white at the foot of the page


def test_cli_sheet_refuses_other_extensions(tmp_path):
    result = twin("sheet", "--out", str(tmp_path / "sheet.docx"))
    assert result.returncode == 2 and ".pdf" in result.stderr
