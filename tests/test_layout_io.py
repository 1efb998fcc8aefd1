"""Layout files: exact round trip, readable by GDAL (what QGIS uses), one clear error per bad file."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys

import pytest

from twin.core.paths import default_layout_path
from twin.io.layout import LayoutError, layout_to_geojson, load_layout, save_layout
from twin.model.document import move_building_command

ROOT = default_layout_path().parents[1]


def test_round_trip_is_exact(campus, tmp_path):
    path = tmp_path / "campus.geojson"
    save_layout(campus, path)
    assert load_layout(path) == campus
    again = tmp_path / "again.geojson"
    save_layout(load_layout(path), again)
    assert again.read_bytes() == path.read_bytes()


def test_round_trip_after_an_edit(campus, tmp_path):
    edited = move_building_command(campus, "dc5", 12.3, -4.5).after
    path = tmp_path / "edited.geojson"
    save_layout(edited, path)
    assert load_layout(path) == edited


def test_bundled_layout_is_what_the_script_writes(tmp_path):
    """assets/make_escaudain_layout.py is the documented source of the bundled file."""
    bundled = default_layout_path().read_bytes()
    script = ROOT / "assets" / "make_escaudain_layout.py"
    copy_root = tmp_path / "tree"
    (copy_root / "assets").mkdir(parents=True)
    (copy_root / "assets" / script.name).write_text(script.read_text())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, str(copy_root / "assets" / script.name)], check=True, env=env, capture_output=True)
    assert (copy_root / "assets" / "escaudain.campus.geojson").read_bytes() == bundled


def test_every_figure_of_the_default_campus_says_where_it_comes_from(campus):
    for hall in campus.data_halls:
        for field in ("it_capacity_mw", "height_m", "footprint"):
            assert field in hall.sources, f"{hall.id}.{field} has no source"
    assert campus.scenario.sources["pue_target"].status == "published"
    assert campus.scenario.sources["announced_capacity_mw"].status == "published"
    assert campus.site.sources["boundary"].status == "assumption"


def test_gdal_reads_the_file_as_qgis_would():
    pyogrio = pytest.importorskip("pyogrio")
    info = pyogrio.read_info(default_layout_path())
    assert info["crs"] == "EPSG:4326"
    assert info["features"] == len(layout_to_geojson(load_layout(default_layout_path()))["features"])
    meta, _, geometry, fields = pyogrio.raw.read(default_layout_path(), columns=["feature_type", "name", "it_capacity_mw"])
    feature_types = list(fields[0])
    assert feature_types.count("building") == 11
    assert {"site", "reserve", "pipe", "receptor", "place", "heat_rejection", "generator_yard"} <= set(feature_types)
    lon_min, lat_min, lon_max, lat_max = info["total_bounds"]
    assert 3.29 < lon_min < lon_max < 3.41 and 50.30 < lat_min < lat_max < 50.34  # Escaudain area


def _document():
    return json.loads(default_layout_path().read_text())


def _feature(document, fid):
    return next(f for f in document["features"] if f["id"] == fid)


def _write(tmp_path, document, name="bad.geojson"):
    path = tmp_path / name
    path.write_text(json.dumps(document) if not isinstance(document, str) else document)
    return path


def _mutate_building(field, value):
    def change(document):
        _feature(document, "dc2")["properties"][field] = value
    return change


def _drop_building_field(field):
    def change(document):
        del _feature(document, "dc2")["properties"][field]
    return change


def _set_version(document):
    document["campus_twin"]["version"] = 99


def _bow_tie(document):
    ring = _feature(document, "dc2")["geometry"]["coordinates"][0]
    ring[1], ring[2] = ring[2], ring[1]


def _open_ring(document):
    _feature(document, "dc2")["geometry"]["coordinates"][0].pop()


def _point_instead_of_polygon(document):
    _feature(document, "dc2")["geometry"] = {"type": "Point", "coordinates": [3.35, 50.33]}


def _projected_coordinates(document):
    _feature(document, "homes_lourches")["geometry"]["coordinates"] = [725400.0, 7024250.0]


def _orphan_equipment(document):
    _feature(document, "dc2.heat_rejection")["properties"]["building_id"] = "dc99"


def _bad_enum(document):
    _feature(document, "export_supply")["properties"]["role"] = "sideways"


def _bad_source_status(document):
    _feature(document, "dc2")["properties"]["sources"]["height_m"]["status"] = "rumour"


def _negative_height(document):
    _feature(document, "dc2")["properties"]["height_m"] = -3


def _duplicate_id(document):
    document["features"].append(copy.deepcopy(_feature(document, "dc2")))


def _no_site(document):
    document["features"] = [f for f in document["features"] if f["id"] != "site"]


BAD_FILES = [
    # (case, change, expected feature, expected field, words in the message)
    ("wrong type: text for a number", _mutate_building("height_m", "24 m"), "dc2", "height_m", "must be a number"),
    ("wrong type: boolean for a number", _mutate_building("it_capacity_mw", True), "dc2", "it_capacity_mw", "must be a number"),
    ("wrong type: fractional storeys", _mutate_building("storeys", 2.5), "dc2", "storeys", "whole number"),
    ("missing field", _drop_building_field("kind"), "dc2", "kind", "missing"),
    ("unknown version", _set_version, None, "campus_twin.version", "version 99"),
    ("self-intersecting polygon", _bow_tie, "dc2", "footprint", "not a simple polygon"),
    ("unclosed ring", _open_ring, "dc2", "geometry", "not closed"),
    ("wrong geometry type", _point_instead_of_polygon, "dc2", "geometry", "must be a Polygon"),
    ("not lon/lat", _projected_coordinates, "homes_lourches", "geometry", "RFC 7946"),
    ("equipment of unknown building", _orphan_equipment, "dc2.heat_rejection", "building_id", "dc99"),
    ("unknown enum value", _bad_enum, "export_supply", "role", "sideways"),
    ("unknown provenance", _bad_source_status, "dc2", "sources.height_m.status", "rumour"),
    ("negative height", _negative_height, "dc2", "height_m", "must be positive"),
    ("duplicate id", _duplicate_id, "dc2", "id", "twice"),
    ("no site", _no_site, None, "features", "site"),
]


@pytest.mark.parametrize(("case", "change", "feature", "field", "words"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_file_gives_one_clear_error(tmp_path, case, change, feature, field, words):
    document = _document()
    change(document)
    path = _write(tmp_path, document)
    with pytest.raises(LayoutError) as caught:
        load_layout(path)
    error = caught.value
    print(f"{case}: {error}")
    assert error.path == path
    assert error.feature == feature
    assert error.field == field
    assert words in str(error)
    assert str(path) in str(error)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (default_layout_path().read_text()[:5000], "not valid JSON (line"),  # truncated
        ("", "not valid JSON"),
        ("[1, 2, 3]", "not a GeoJSON FeatureCollection"),
        ('{"type": "FeatureCollection", "features": []}', "campus_twin"),
    ],
    ids=["truncated", "empty", "not a collection", "plain GeoJSON"],
)
def test_unreadable_files(tmp_path, text, words):
    path = _write(tmp_path, text)
    with pytest.raises(LayoutError, match="bad.geojson") as caught:
        load_layout(path)
    assert words in str(caught.value)


def test_missing_file_and_binary_file(tmp_path):
    with pytest.raises(LayoutError, match="cannot read"):
        load_layout(tmp_path / "absent.geojson")
    binary = tmp_path / "binary.geojson"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(LayoutError, match="UTF-8"):
        load_layout(binary)


def test_save_is_atomic(campus, tmp_path, monkeypatch):
    path = tmp_path / "campus.geojson"
    save_layout(campus, path)
    original = path.read_bytes()
    edited = move_building_command(campus, "dc1", 5.0, 0.0).after

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="No space"):
        save_layout(edited, path)
    assert path.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir()] == ["campus.geojson"], "temporary file left behind"


def test_saved_files_get_ordinary_permissions(campus, tmp_path):
    """Atomic saves must not leave reports and layouts readable by their owner only."""
    from twin.core import files

    path = tmp_path / "campus.geojson"
    save_layout(campus, path)
    assert path.stat().st_mode & 0o777 == 0o666 & ~files._UMASK
    path.chmod(0o664)
    save_layout(campus, path)
    assert path.stat().st_mode & 0o777 == 0o664  # an existing file keeps its mode


# ----------------------------------------------------------------- the layout-check rules


def test_edited_rules_survive_a_save(campus, tmp_path):
    """Spacing, setback and grid connection edited by a planner come back from the file."""
    from twin.model.commands import SCENARIO_RULES, edit_scenario_command

    edited = campus
    for field, value in (("min_hall_spacing_m", 35.5), ("site_setback_m", 4.0), ("grid_connection_mw", 650.0)):
        edited = edit_scenario_command(edited, field, value).after
    path = tmp_path / "rules.geojson"
    save_layout(edited, path)
    written = json.loads(path.read_text())["campus_twin"]["scenario"]
    assert {field: written[field] for field in SCENARIO_RULES} == {
        "min_hall_spacing_m": 35.5, "site_setback_m": 4.0, "grid_connection_mw": 650.0}
    again = load_layout(path)
    assert again.scenario.min_hall_spacing_m == 35.5
    assert again.scenario.site_setback_m == 4.0
    assert again == edited


def test_a_file_without_rules_loads_with_the_defaults(tmp_path):
    """Files written before the rules were saved have no such members: the defaults apply."""
    from twin.model.campus import Scenario

    document = _document()
    for field in ("min_hall_spacing_m", "site_setback_m"):
        document["campus_twin"]["scenario"].pop(field, None)
    campus = load_layout(_write(tmp_path, document, "old.geojson"))
    assert campus.scenario.min_hall_spacing_m == Scenario().min_hall_spacing_m
    assert campus.scenario.site_setback_m == Scenario().site_setback_m


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("min_hall_spacing_m", 500.0, "between 0 and 200 m"),
        ("site_setback_m", -2.0, "between 0 and 100 m"),
        ("grid_connection_mw", 0.0, "between 1 and 5000 MW"),
        ("site_setback_m", "10 m", "must be a number"),
    ],
)
def test_a_rule_out_of_range_names_file_and_field(tmp_path, field, value, words):
    document = _document()
    document["campus_twin"]["scenario"][field] = value
    path = _write(tmp_path, document)
    with pytest.raises(LayoutError) as caught:
        load_layout(path)
    assert caught.value.feature == "campus_twin"
    assert caught.value.field == f"scenario.{field}"
    assert words in str(caught.value) and str(path) in str(caught.value)
