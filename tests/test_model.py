"""Campus model: validation names feature and field; undo/redo; moves."""

from __future__ import annotations

import dataclasses

import pytest

from twin.model.campus import Building, BuildingKind, rectangle
from twin.model.document import CampusDocument, move_building_command
from twin.model.validation import Severity, validate_campus


def issues_for(campus, feature=None, field=None, severity=None):
    return [
        issue
        for issue in validate_campus(campus)
        if (feature is None or issue.feature == feature)
        and (field is None or issue.field == field)
        and (severity is None or issue.severity == severity)
    ]


def test_default_campus_is_clean(campus):
    assert validate_campus(campus) == []
    assert campus.total_it_capacity_mw == pytest.approx(580.0)
    assert campus.reserve.area_ha == pytest.approx(6.0, rel=0.05)
    assert 2000 < campus.reserve.tree_count < 5000  # "thousands of trees"


def test_self_intersecting_footprint_is_an_error(campus):
    hall = campus.building("dc1")
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = hall.footprint
    bow_tie = ((x0, y0), (x2, y2), (x1, y1), (x3, y3))
    broken = campus.with_building(dataclasses.replace(hall, footprint=bow_tie))
    [issue] = issues_for(broken, "dc1", "footprint")
    assert issue.severity == Severity.ERROR
    assert "Data hall 1" in issue.message and "simple polygon" in issue.message


@pytest.mark.parametrize(
    ("field", "value"),
    [("height_m", 0.0), ("height_m", -5.0), ("it_capacity_mw", -1.0), ("it_capacity_mw", 0.0), ("storeys", 0)],
)
def test_non_positive_figures_are_errors(campus, field, value):
    broken = campus.with_building(dataclasses.replace(campus.building("dc3"), **{field: value}))
    [issue] = issues_for(broken, "dc3", field)
    assert issue.severity == Severity.ERROR
    assert str(value) in issue.message


def test_building_outside_site_is_a_warning(campus):
    moved = move_building_command(campus, "dc6", 400.0, 0.0).after
    problems = issues_for(moved, "dc6", "footprint", Severity.WARNING)
    assert any("outside the site" in issue.message for issue in problems)


def test_building_in_reserve_is_reported(campus):
    moved = move_building_command(campus, "dc1", -60.0, 0.0).after  # into the west band
    assert any("nature reserve" in issue.message for issue in issues_for(moved, "dc1", "footprint"))


def test_overlapping_buildings_are_reported(campus):
    moved = move_building_command(campus, "dc2", 60.0, 0.0).after  # onto Data hall 3
    [issue] = [i for i in issues_for(moved, field="footprint") if "overlaps" in i.message]
    assert issue.feature in ("dc2", "dc3") and "Data hall 2" in issue.message and "Data hall 3" in issue.message


def test_touching_buildings_do_not_overlap(campus):
    hall = campus.building("dc1")
    neighbour = Building("x", "Annex", BuildingKind.OFFICES, rectangle(-150.0, 150.0 + 40.0 + 10.0, 150.0, 20.0), 8.0)
    extended = dataclasses.replace(campus, buildings=campus.buildings + (neighbour,))
    assert hall.footprint  # sanity: shares the edge y = 190 with Data hall 1
    assert not [i for i in validate_campus(extended) if "overlaps" in i.message]


def test_reserve_area_far_from_announced(campus):
    shrunk = dataclasses.replace(campus, reserve=dataclasses.replace(campus.reserve, boundary=rectangle(0, 270, 200, 50)))
    [issue] = issues_for(shrunk, "reserve", "boundary")
    assert "1.0 ha" in issue.message and "6 ha" in issue.message


def test_capacity_above_grid_connection(campus):
    bigger = campus.with_building(dataclasses.replace(campus.building("dc1"), it_capacity_mw=300.0))
    [issue] = issues_for(bigger, "scenario", "grid_connection_mw")
    assert "780 MW" in issue.message and "700 MW" in issue.message


def test_undo_redo_move_and_clean_state(campus):
    document = CampusDocument(campus)
    seen = []
    document.changed.connect(seen.append)
    before = campus.building("dc4").centroid
    document.execute(move_building_command(campus, "dc4", 10.0, -5.0))
    moved = document.campus.building("dc4")
    assert moved.centroid == pytest.approx((before[0] + 10.0, before[1] - 5.0))
    assert moved.heat_rejection.footprint[0][0] == pytest.approx(campus.building("dc4").heat_rejection.footprint[0][0] + 10.0)
    assert document.undo_stack.undo_label == "Move Data hall 4"
    assert not document.undo_stack.is_clean
    document.undo()
    assert document.campus == campus and document.undo_stack.is_clean
    document.redo()
    assert document.campus.building("dc4") == moved
    assert len(seen) == 3


def test_new_command_after_undo_drops_redo(campus):
    document = CampusDocument(campus)
    document.execute(move_building_command(campus, "dc1", 1.0, 0.0))
    document.undo()
    document.execute(move_building_command(document.campus, "dc2", 1.0, 0.0))
    assert not document.undo_stack.can_redo
    assert document.undo_stack.undo_label == "Move Data hall 2"


def test_selecting_unknown_building_raises(campus):
    document = CampusDocument(campus)
    with pytest.raises(KeyError, match="nope"):
        document.select("nope")
