"""Every editing command: do/undo round trips, labels, validation messages naming feature and field,
pipes following buildings, and the layout rules (setback, spacing, reserve, grid)."""

from __future__ import annotations

import math

import pytest

from twin.model import commands as C
from twin.model.campus import BuildingKind, Placement, polygon_area
from twin.model.document import CampusDocument
from twin.model.validation import effective_reserve_area_ha, validate_campus


def round_trip(campus, command):
    """Execute, undo, redo on a document; return the document after redo."""
    document = CampusDocument(campus)
    document.execute(command)
    assert document.campus is command.after
    assert document.undo_stack.undo_label == command.label
    document.undo()
    assert document.campus == campus
    document.redo()
    assert document.campus == command.after
    return document


def rules(campus):
    return {(issue.feature, issue.rule) for issue in validate_campus(campus)}


@pytest.mark.parametrize("kind", list(BuildingKind))
def test_add_every_kind_of_the_palette(campus, kind):
    command = C.add_building_command(campus, kind, (0.0, -120.0))
    round_trip(campus, command)
    [added] = [b for b in command.after.buildings if b not in campus.buildings]
    template = C.TEMPLATES[kind]
    assert added.kind == kind
    assert polygon_area(added.footprint) == pytest.approx(template.width_m * template.depth_m)
    assert added.centroid == pytest.approx((0.0, -120.0))
    assert command.label == f"Add {added.name}"
    assert all(source.status == "assumption" for source in added.sources.values())
    assert not any(issue.severity == "error" for issue in validate_campus(command.after))


def test_added_data_hall_is_sized_like_the_bundled_halls_and_gets_branches(campus):
    command = C.add_building_command(campus, "data_hall", (20.0, -110.0))
    hall = command.after.building("dc7")
    bundled = campus.building("dc1")
    assert hall.name == "Data hall 7"
    assert hall.footprint_area_m2 == pytest.approx(bundled.footprint_area_m2)
    assert (hall.height_m, hall.storeys, hall.it_capacity_mw) == (bundled.height_m, bundled.storeys, bundled.it_capacity_mw)
    assert hall.heat_rejection.placement == Placement.ROOF
    assert hall.generator_yard.generator_count == bundled.generator_yard.generator_count
    branches = [p for p in command.after.pipes if p.id.startswith("dc7_branch_")]
    assert {p.role for p in branches} == {"supply", "return"}
    assert all(p.network == "cooling" for p in branches)
    assert command.after.total_it_capacity_mw == pytest.approx(680.0)
    assert ("dc7", "unconnected") not in rules(command.after)
    # The branches follow their hall, and only their hall: their other end stays on the main.
    moved = C.move_building_command(command.after, "dc7", 30.0, -10.0).after
    for before, after in zip(branches, [p for p in moved.pipes if p.id.startswith("dc7_branch_")], strict=True):
        assert after.path[0] == pytest.approx((before.path[0][0] + 30.0, before.path[0][1] - 10.0))
        assert after.path[-1] == before.path[-1]
    neighbour = C.move_building_command(command.after, "dc2", 0.0, 5.0).after  # its yard is 6 m from the main end
    assert [p for p in neighbour.pipes if p.id.startswith("dc7_")] == branches
    # Deleting the hall takes its branches with it.
    deleted = C.delete_building_command(command.after, "dc7").after
    assert deleted.pipes == campus.pipes


def test_a_hall_moved_away_from_the_mains_gets_branches_and_loses_them_back(campus):
    far = C.move_building_command(campus, "dc4", 0.0, -150.0).after
    branches = [p for p in far.pipes if p.id.startswith("dc4_branch_")]
    assert {p.role for p in branches} == {"supply", "return"}
    assert not [i for i in validate_campus(far) if i.rule == "unconnected"]
    back = C.move_building_command(far, "dc4", 0.0, 150.0).after
    assert back.pipes == campus.pipes


def test_a_hall_with_no_pipe_near_is_reported_not_served(campus):
    import dataclasses

    # Pipes drawn by hand and a hall dragged off them: the check names the hall.
    bare = dataclasses.replace(campus, pipes=tuple(p for p in campus.pipes if p.network != "cooling" or p.role != "return"))
    far = bare.with_building(campus.building("dc4").translated(0.0, -150.0))
    issues = [i for i in validate_campus(far) if i.rule == "unconnected"]
    assert [i.feature for i in issues] == ["dc4"] and "Data hall 4" in issues[0].message


def test_delete(campus):
    command = C.delete_building_command(campus, "dc3")
    round_trip(campus, command)
    assert command.label == "Delete Data hall 3"
    assert "dc3" not in {b.id for b in command.after.buildings}
    assert command.after.total_it_capacity_mw == pytest.approx(480.0)
    with pytest.raises(KeyError):
        C.delete_building_command(campus, "nope")


def test_duplicate_places_the_copy_beside_with_new_identity(campus):
    # Data hall 3 has no free side (site edge east, halls west and south, reserve north): east.
    command = C.duplicate_building_command(campus, "dc3")
    round_trip(campus, command)
    copy = command.after.building("dc7")
    assert copy.name == "Data hall 7" and command.label == "Duplicate Data hall 3"
    original = campus.building("dc3")
    dx = copy.centroid[0] - original.centroid[0]
    assert dx == pytest.approx(150.0 + campus.scenario.min_hall_spacing_m)
    assert copy.heat_rejection.footprint != original.heat_rejection.footprint  # moved with it
    other = C.duplicate_building_command(campus, "substation").after.buildings[-1]
    assert other.id != "substation" and other.name == "Substation 2"
    # With room beside it, the copy goes where it breaks nothing (north of the training centre).
    hub = C.duplicate_building_command(campus, "campus_hub")
    copy = hub.after.buildings[-1]
    assert copy.centroid[1] > campus.building("campus_hub").centroid[1] + 40.0
    assert not [i for i in validate_campus(hub.after) if copy.id in (i.feature, i.other)]


def test_rotate_snaps_to_five_degrees_and_to_the_site_axes(campus):
    assert C.snap_orientation(campus, 33.0) == pytest.approx(35.0)
    assert C.snap_orientation(campus, 47.4) == pytest.approx(45.0)
    # The site's south edge runs at -0.65 deg: within 2.5 deg a hall snaps to it, not to 0.
    axes = C.site_axes_deg(campus)
    snapped = C.snap_orientation(campus, 1.2)
    assert any(snapped == pytest.approx(axis) for axis in axes) and snapped != 0.0
    command = C.rotate_to_command(campus, "dc5", 33.0)
    round_trip(campus, command)
    hall = command.after.building("dc5")
    assert C.building_frame(hall.footprint).angle_deg == pytest.approx(35.0, abs=1e-3)  # mm-rounded corners
    assert hall.centroid == pytest.approx(campus.building("dc5").centroid, abs=1e-3)
    assert hall.footprint_area_m2 == pytest.approx(campus.building("dc5").footprint_area_m2, rel=1e-4)
    assert command.label == "Rotate Data hall 5 by +35°"
    with pytest.raises(C.EditError) as error:
        C.rotate_building_command(campus, "dc5", math.nan)
    assert (error.value.feature, error.value.field) == ("dc5", "footprint")


def test_resize_keeps_roof_margin_and_yard_side(campus):
    command = C.resize_building_command(campus, "dc6", 180.0, 100.0)
    round_trip(campus, command)
    hall = command.after.building("dc6")
    frame = C.building_frame(hall.footprint)
    assert (frame.width_m, frame.depth_m) == pytest.approx((180.0, 100.0))
    roof = C.building_frame(hall.heat_rejection.footprint)
    assert (roof.width_m, roof.depth_m) == pytest.approx((160.0, 80.0))  # the 10 m margin kept
    yard = C.building_frame(hall.generator_yard.footprint)
    old_yard = C.building_frame(campus.building("dc6").generator_yard.footprint)
    assert yard.width_m == pytest.approx(old_yard.width_m)  # not stretched
    # The yard keeps its 8 m gap to the south wall, which moved 10 m south.
    assert yard.centre[1] == pytest.approx(old_yard.centre[1] - 10.0)
    assert command.label == "Resize Data hall 6 to 180 × 100 m"
    with pytest.raises(C.EditError) as error:
        C.resize_building_command(campus, "dc6", 2.0, 100.0)
    assert error.value.feature == "dc6" and error.value.field == "footprint.width_m"
    assert "Data hall 6" in str(error.value) and "between 5 and 400 m" in str(error.value)


@pytest.mark.parametrize(
    ("field", "value", "check"),
    [
        ("name", "  Hall North  ", lambda b: b.name == "Hall North"),
        ("height_m", "30", lambda b: b.height_m == 30.0),
        ("storeys", 3, lambda b: b.storeys == 3),
        ("it_capacity_mw", 60, lambda b: b.it_capacity_mw == 60.0),
        ("cooling", "adiabatic", lambda b: b.cooling == "adiabatic"),
        ("heat_rejection.equipment", "adiabatic_cooler", lambda b: b.heat_rejection.equipment == "adiabatic_cooler"),
        ("heat_rejection.equipment", "none", lambda b: b.heat_rejection is None),
        ("heat_rejection.placement", "yard", lambda b: b.heat_rejection.placement == "yard"),
        ("heat_rejection.height_m", 6.0, lambda b: b.heat_rejection.height_m == 6.0),
        ("generator_yard.generator_count", 30, lambda b: b.generator_yard.generator_count == 30),
        ("generator_yard.generator_count", 0, lambda b: b.generator_yard is None),
        ("generator_yard.rating_mw_each", 2.5, lambda b: b.generator_yard.rating_mw_each == 2.5),
    ],
)
def test_edit_every_property(campus, field, value, check):
    command = C.edit_property_command(campus, "dc6", field, value)
    round_trip(campus, command)
    assert check(command.after.building("dc6"))
    assert command.label.startswith("Set ") and "Data hall 6" in command.label
    assert not any(issue.severity == "error" for issue in validate_campus(command.after))


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("name", "   ", "must not be empty"),
        ("height_m", 120, "between 3 and 80 m, got 120 m"),
        ("height_m", "tall", "must be a number"),
        ("storeys", 2.5, "whole number"),
        ("storeys", 9, "at least 3 m"),
        ("it_capacity_mw", 0, "between 1 and 400 MW"),
        ("cooling", "magic", "must be one of"),
        ("generator_yard.rating_mw_each", 50, "between 0.5 and 6 MW"),
    ],
)
def test_property_validation_names_feature_and_field(campus, field, value, words):
    with pytest.raises(C.EditError) as error:
        C.edit_property_command(campus, "dc6", field, value)
    assert error.value.feature == "dc6" and error.value.field == field
    assert str(error.value).startswith("Data hall 6: ") and words in str(error.value)


def test_roof_to_yard_and_back(campus):
    to_yard = C.edit_property_command(campus, "dc6", "heat_rejection.placement", "yard").after
    hall = to_yard.building("dc6")
    # The yard stands beside the hall, on the side away from its generators (north here).
    assert hall.heat_rejection.footprint != campus.building("dc6").heat_rejection.footprint
    assert C.building_frame(hall.heat_rejection.footprint).centre[1] > hall.centroid[1] + 40.0
    back = C.edit_property_command(to_yard, "dc6", "heat_rejection.placement", "roof").after
    assert back.building("dc6").heat_rejection.footprint == campus.building("dc6").heat_rejection.footprint


def test_move_a_yard_on_its_own(campus):
    command = C.move_equipment_command(campus, "dc2", "generator_yard", 0.0, -10.0)
    round_trip(campus, command)
    assert command.label == "Move generator yard of Data hall 2"
    before, after = campus.building("dc2"), command.after.building("dc2")
    assert after.footprint == before.footprint
    assert after.generator_yard.footprint[0][1] == pytest.approx(before.generator_yard.footprint[0][1] - 10.0)
    with pytest.raises(C.EditError) as error:
        C.move_equipment_command(campus, "dc2", "heat_rejection", 5.0, 0.0)
    assert (error.value.feature, error.value.field) == ("dc2", "heat_rejection.placement")
    assert "roof coolers move with their roof" in str(error.value)
    in_yard = C.edit_property_command(campus, "dc2", "heat_rejection.placement", "yard").after
    moved = C.move_equipment_command(in_yard, "dc2", "heat_rejection", 30.0, 0.0)
    assert moved.label == "Move cooler yard of Data hall 2"
    assert moved.after.building("dc2").footprint == in_yard.building("dc2").footprint
    with pytest.raises(C.EditError) as error:
        C.move_equipment_command(campus, "gatehouse", "generator_yard", 1.0, 0.0)
    assert error.value.field == "generator_yard" and "Gatehouse" in str(error.value)


def test_pipes_follow_the_buildings_they_serve(campus):
    assert C.attached_pipe_ends(campus, "heat_recovery") == [
        ("cooling_supply", -1), ("cooling_return", -1), ("export_supply", 0), ("export_return", 0)]
    moved = C.move_building_command(campus, "heat_recovery", 0.0, -30.0).after
    for pipe_id, index in C.attached_pipe_ends(campus, "heat_recovery"):
        old = campus.pipes[[p.id for p in campus.pipes].index(pipe_id)].path[index]
        new = moved.pipes[[p.id for p in moved.pipes].index(pipe_id)].path[index]
        assert new == pytest.approx((old[0], old[1] - 30.0))
    for pipe in moved.pipes:  # runs stay orthogonal (on their rack) where they were
        if pipe.network == "cooling":
            for (x0, y0), (x1, y1) in zip(pipe.path[:-1], pipe.path[1:], strict=True):
                assert abs(x0 - x1) < 1e-6 or abs(y0 - y1) < 1e-6
    # Moved back, the inserted jogs vanish: the runs are the original ones again.
    from shapely.geometry import LineString

    back = C.move_building_command(moved, "heat_recovery", 0.0, 30.0).after
    for original, returned in zip(campus.pipes, back.pipes, strict=True):
        assert LineString(returned.path).equals(LineString(original.path))
        assert len(returned.path) <= len(original.path)
    # A building with no pipe attached leaves the pipes alone.
    assert C.move_building_command(campus, "gatehouse", 5.0, 0.0).after.pipes == campus.pipes


def test_scenario_rules_are_editable_and_change_the_checks(campus):
    close = C.move_building_command(campus, "dc2", -8.0, 0.0).after  # 12 m from Data hall 1
    assert ("dc1", "spacing") in rules(close)
    relaxed = C.edit_scenario_command(close, "min_hall_spacing_m", 10.0)
    round_trip(close, relaxed)
    assert ("dc1", "spacing") not in rules(relaxed.after)
    assert relaxed.label == "Set minimum spacing between halls to 10 m"
    with pytest.raises(C.EditError) as error:
        C.edit_scenario_command(campus, "site_setback_m", -3)
    assert (error.value.feature, error.value.field) == ("scenario", "site_setback_m")


def test_layout_rules_with_the_areas_to_shade(campus):
    near_edge = C.move_building_command(campus, "dc6", 38.0, 0.0).after  # 3 m from the east fence
    [setback] = [i for i in validate_campus(near_edge) if i.rule == "setback"]
    assert setback.feature == "dc6" and "planning assumption" in setback.message and setback.area
    into_reserve = C.move_building_command(campus, "dc1", -60.0, 0.0).after
    issues = validate_campus(into_reserve)
    [reserve] = [i for i in issues if i.rule == "reserve"]
    assert reserve.is_hard and sum(polygon_area(p) for p in reserve.area) == pytest.approx(4663.0, rel=0.01)
    [area] = [i for i in issues if i.rule == "reserve_area"]
    assert "5.6 ha left of the announced 6 ha" in area.message
    assert effective_reserve_area_ha(into_reserve) == pytest.approx(campus.reserve.area_ha - 0.4663, abs=0.002)
    onto = C.move_building_command(campus, "dc4", 170.0, 0.0).after
    [overlap] = [i for i in validate_campus(onto) if i.rule == "overlap"]
    assert overlap.is_hard and {overlap.feature, overlap.other} == {"dc4", "dc5"}
    big = C.edit_scenario_command(campus, "grid_connection_mw", 650.0).after
    assert ("scenario", "grid") in rules(big)


def test_empty_site_and_replace(campus):
    command = C.empty_site_command(campus)
    round_trip(campus, command)
    assert command.after.buildings == () and command.after.pipes == ()
    assert command.after.reserve == campus.reserve and command.after.site == campus.site
    assert validate_campus(command.after) == []
    back = C.replace_campus_command(command.after, campus, "Revert to the bundled campus")
    assert back.after is campus
