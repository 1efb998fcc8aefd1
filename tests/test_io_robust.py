"""One test per file-path defect of issue 8: each failed on commit 36332b4 and passes now.

Readers (layout, EPW, load CSV) refuse every bad file with their own error; commands print it
on one line and exit 2; the window shows it in a dialog; every load path (replay, MQTT,
simulated) goes through one plausibility check with counted rejections.
"""

from __future__ import annotations

import json
import os
from types import SimpleNamespace

import numpy as np
import pytest

from twin.core.paths import default_layout_path
from twin.io.epw import EpwError, read_epw, write_epw
from twin.io.errors import FileContentError
from twin.io.layout import LayoutError, load_layout
from twin.io.loadcsv import read_load_csv
from twin.live.replay import LoadTable, ReplaySource
from twin.sim.weather import synthetic_year


@pytest.fixture(scope="module")
def layout_json():
    return json.loads(default_layout_path().read_text(encoding="utf-8"))


def _write_layout(tmp_path, document, name="bad.geojson"):
    path = tmp_path / name
    path.write_text(document if isinstance(document, str) else json.dumps(document), encoding="utf-8")
    return path


# --- layout ---------------------------------------------------------------------------------


def test_layout_error_is_the_projects_file_error():
    assert issubclass(LayoutError, FileContentError)


def test_deeply_nested_layout_is_refused(tmp_path):
    path = _write_layout(tmp_path, "[" * 100_000 + "]" * 100_000)
    with pytest.raises(LayoutError, match="nested too deeply"):
        load_layout(path)


def test_integer_of_5000_digits_is_refused(tmp_path, layout_json):
    document = json.loads(json.dumps(layout_json))
    document["features"][0]["properties"]["announced_area_ha"] = "HUGE"
    text = json.dumps(document).replace('"HUGE"', "1" * 5000)  # an integer: no dot, no exponent
    with pytest.raises(LayoutError, match="number"):
        load_layout(_write_layout(tmp_path, text))


@pytest.mark.parametrize("where", ["property", "coordinate", "origin"])
def test_integer_of_400_digits_is_refused(tmp_path, layout_json, where):
    document = json.loads(json.dumps(layout_json))
    huge = 10**400
    if where == "property":
        next(f for f in document["features"] if f["properties"]["feature_type"] == "building")["properties"]["height_m"] = huge
        field = "height_m"
    elif where == "coordinate":
        document["features"][0]["geometry"]["coordinates"][0][1][0] = huge
        field = "geometry"
    else:
        document["campus_twin"]["georef"]["origin_e"] = huge
        field = "georef.origin_e"
    with pytest.raises(LayoutError) as caught:
        load_layout(_write_layout(tmp_path, document))
    assert caught.value.field == field


@pytest.mark.parametrize("epsg", [0, -1, 999999, 0.5, 4326])
def test_bad_epsg_is_refused_before_pyproj(tmp_path, layout_json, epsg):
    document = json.loads(json.dumps(layout_json))
    document["campus_twin"]["georef"]["epsg"] = epsg
    with pytest.raises(LayoutError) as caught:
        load_layout(_write_layout(tmp_path, document))
    assert caught.value.field == "georef.epsg" and "EPSG" in str(caught.value)


# --- EPW ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def epw_lines(tmp_path_factory):
    year = synthetic_year()
    n = 24 * 3
    short = type(year)(
        time=year.time[:n], dry_bulb_c=year.dry_bulb_c[:n], relative_humidity_pct=year.relative_humidity_pct[:n],
        wind_speed_ms=year.wind_speed_ms[:n], wind_from_deg=year.wind_from_deg[:n], label="t", synthetic=True,
    )
    path = tmp_path_factory.mktemp("epw") / "three_days.epw"
    write_epw(path, short)
    return path.read_text().splitlines()


def _write_epw(tmp_path, lines):
    path = tmp_path / "w.epw"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("token", ["inf", "-inf", "1e999", "nan"])
def test_infinite_date_field_is_refused(tmp_path, epw_lines, token):
    lines = list(epw_lines)
    cells = lines[20].split(",")
    cells[2] = token
    lines[20] = ",".join(cells)
    with pytest.raises(EpwError) as caught:
        read_epw(_write_epw(tmp_path, lines))
    assert caught.value.line == 21 and caught.value.field == "date"


@pytest.mark.parametrize(
    "order, line",
    [
        ("reversed", 10),  # the second data row is already earlier than the first
        ("duplicated", 14),
        ("swapped", 15),
    ],
)
def test_epw_rows_out_of_order_are_refused_at_the_first_offending_line(tmp_path, epw_lines, order, line):
    header, rows = list(epw_lines[:8]), list(epw_lines[8:])
    if order == "reversed":
        rows = rows[::-1]
    elif order == "duplicated":
        rows.insert(5, rows[4])
    else:
        rows[5], rows[6] = rows[6], rows[5]
    with pytest.raises(EpwError, match="time order") as caught:
        read_epw(_write_epw(tmp_path, header + rows))
    assert caught.value.line == line


# --- load CSV -------------------------------------------------------------------------------


PEAK_MEMORY_CHILD = """
import sys
from twin.io.loadcsv import read_load_csv

def peak_kib():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))

before = peak_kib()
table = read_load_csv(sys.argv[1])
print(table.loads_mw.size, peak_kib() - before)
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads VmHWM from /proc (Linux)")
def test_load_csv_memory_is_proportional_to_the_samples(tmp_path):
    """Memory per extra sample: ~270 bytes on 36332b4 (a dict of tuples), ~60 now (flat arrays).

    The peak resident memory of a child reading 100,000 and then 600,000 samples is compared,
    so the reader's bounded per-block working set (~1 MB of text at a time) does not count.
    """
    import subprocess
    import sys

    peaks = []
    for minutes in (25_000, 150_000):
        path = tmp_path / f"loads{minutes}.csv"
        times = 1_750_000_000 + 60 * np.arange(minutes)
        rows = "\n".join(f"{t},{50 + (t % 7) * 0.1:.1f},{51.5:.1f},{52:.1f},{53:.1f}" for t in times.tolist())
        path.write_text("timestamp,dc1,dc2,dc3,dc4\n" + rows + "\n")
        done = subprocess.run([sys.executable, "-c", PEAK_MEMORY_CHILD, str(path)], capture_output=True, text=True,
                              check=True, timeout=120)
        size, kib = map(int, done.stdout.split())
        assert size == 4 * minutes
        peaks.append(kib * 1024)
    per_sample = (peaks[1] - peaks[0]) / 500_000
    assert per_sample < 120, f"{per_sample:.0f} bytes per extra sample while reading"


def test_load_csv_with_a_bom_is_read(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbftimestamp,dc1\r\n2025-07-25T14:00:00Z,91.2\r\n")
    table = read_load_csv(path)
    assert table.building_ids == ("dc1",) and table.loads_mw[0, 0] == pytest.approx(91.2)


def test_epw_and_layout_with_a_bom_are_read(tmp_path, epw_lines):
    epw = tmp_path / "bom.epw"
    epw.write_bytes(b"\xef\xbb\xbf" + "\n".join(epw_lines).encode())
    assert len(read_epw(epw).time) == 72
    layout = tmp_path / "bom.geojson"
    layout.write_bytes(b"\xef\xbb\xbf" + default_layout_path().read_bytes())
    assert load_layout(layout) == load_layout(default_layout_path())


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    for reader in (load_layout, read_epw, read_load_csv):
        with pytest.raises(FileContentError, match="FIFO"):
            reader(fifo)


# --- plausibility on every load path --------------------------------------------------------


def _replay(loads_row, capacities={"dc1": 100.0}):  # noqa: B006 - read only
    times = 1_750_000_000.0 + 60.0 * np.arange(len(loads_row))
    table = LoadTable(times=times, building_ids=("dc1",), loads_mw=np.array([loads_row], dtype=float))
    clock = SimpleNamespace(t=0.0)
    source = ReplaySource(table, speed=60.0, loop=False, clock=lambda: clock.t, capacities_mw=capacities)
    source.start()
    return source, clock


def test_replay_refuses_and_counts_implausible_loads():
    source, clock = _replay([90.0, 1e308, 1000.0, 95.0])
    assert source.counters["rejected"] == 2 and source.counters["rejected:out_of_range"] == 2
    seen = []
    for minute in range(4):
        clock.t = minute + 1e-6
        seen.append(source.latest()["dc1"].load_mw)
    # The implausible minutes keep the last plausible value; nothing above 1.5 x capacity.
    assert seen == [90.0, 90.0, 90.0, 95.0]


def test_replay_loads_stay_finite_in_the_plant():
    from twin.sim.plant import PlantConfig, simulate

    campus = load_layout(default_layout_path())
    halls = campus.data_halls
    source, clock = _replay([90.0, 1e308], {b.id: b.it_capacity_mw for b in halls})
    clock.t = 1.0 + 1e-6
    load = source.loads_mw()["dc1"]
    assert load == 90.0
    weather = synthetic_year()
    config = PlantConfig.from_campus(campus)
    loads = np.array([[load if b.id == "dc1" else 50.0] for b in halls])
    result = simulate(config, loads, weather.dry_bulb_c[:1], weather.relative_humidity_pct[:1])
    assert np.isfinite(result.campus_pue).all()


def test_one_check_for_replay_mqtt_and_simulated():
    from twin.live.mqtt import MqttSource
    from twin.live.plausibility import LoadLimits
    from twin.live.simulated import SimulatedSource

    limits = LoadLimits({"dc1": 100.0})
    assert limits.check("dc1", 150.0) is None
    assert limits.check("dc1", 150.1) == "out_of_range"
    assert limits.check("dc1", -0.1) == "out_of_range"
    assert limits.check("dc1", float("inf")) == "not_finite"
    assert limits.check("dc9", 1.0) == "unknown_building"
    assert limits.check("dc1", 1.0, time_s=10.0, previous_s=20.0) == "out_of_order"
    assert limits.check("dc1", 1.0, time_s=20.0, previous_s=20.0) is None
    mqtt = MqttSource({"dc1": 100.0})
    assert mqtt.limits.capacities_mw == limits.capacities_mw and type(mqtt.limits) is LoadLimits
    assert mqtt.limits.check("dc1", 150.1) == "out_of_range"
    simulated = SimulatedSource(load_layout(default_layout_path()))
    simulated.start()
    assert len(simulated.latest()) == len(simulated.building_ids)
    assert simulated.counters["rejected"] == 0


def _mqtt_reasons(payloads):
    from twin.live.mqtt import MqttSource

    source = MqttSource({"dc1": 100.0})
    topic = source.settings.plain_topic("dc1")
    for payload in payloads:
        source._on_message(None, None, SimpleNamespace(topic=topic, payload=payload))
    return source.store.rejected_by_reason()


def test_mqtt_parser_has_no_internal_errors_for_deep_or_huge_payloads():
    reasons = _mqtt_reasons(
        [
            b"[" * 2000 + b"]" * 2000,
            b'{"value": ' + b"9" * 400 + b"}",
            b'{"value": 5, "timestamp": ' + b"9" * 400 + b"}",
            b"9" * 400,
        ]
    )
    assert "internal_error" not in reasons
    assert reasons == {"nesting_too_deep": 1, "number_too_large": 3}


def test_mqtt_refuses_a_reading_older_than_the_last():
    reasons = _mqtt_reasons(
        [b'{"value": 5, "timestamp": 2000000}', b'{"value": 6, "timestamp": 1000000}', b'{"value": 7, "timestamp": 2000000}']
    )
    assert reasons == {"out_of_order": 1}


# --- callers: one line and exit 2 on the command line ---------------------------------------


@pytest.mark.parametrize("command", ["listen", "year", "snapshot"])
def test_commands_print_one_line_and_exit_2_on_a_bad_layout(tmp_path, capsys, command):
    from twin.cli import main

    bad = _write_layout(tmp_path, "[" * 5000 + "]" * 5000)
    argv = {"listen": ["listen", "--duration", "0"], "year": ["year", "--json"],
            "snapshot": ["snapshot", "--out", str(tmp_path / "x.png")]}[command]
    code = main([*argv, "--layout", str(bad)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "bad.geojson" in err and "Traceback" not in err


def test_twin_year_refuses_a_fifo_as_weather(tmp_path, capsys):
    from twin.cli import main

    fifo = tmp_path / "weather.epw"
    os.mkfifo(fifo)
    code = main(["year", "--weather", str(fifo), "--json"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "FIFO" in err


# --- caller: a dialog in the window ---------------------------------------------------------


@pytest.mark.gui
@pytest.mark.parametrize("content", ["[" * 5000 + "]" * 5000, "epsg"])
def test_file_open_shows_a_dialog_for_any_bad_layout(qtbot, tmp_path, monkeypatch, layout_json, content):
    from PySide6.QtWidgets import QMessageBox

    from twin.model.document import CampusDocument
    from twin.ui.main_window import MainWindow

    if content == "epsg":
        document = json.loads(json.dumps(layout_json))
        document["campus_twin"]["georef"]["epsg"] = 999999
        content = json.dumps(document)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    window = MainWindow(CampusDocument(load_layout(default_layout_path())))
    try:
        campus = window.document.campus
        assert not window.open_layout(_write_layout(tmp_path, content))
        assert window.document.campus is campus
        assert len(shown) == 1 and "bad.geojson" in shown[0]
    finally:
        window.shutdown()
        window.deleteLater()


# --- atomic save, finished ------------------------------------------------------------------


KILLED_SAVE = """
import sys, time
from twin.core.files import write_atomically
def write(handle):
    handle.write(b"half")
    handle.flush()
    print("WRITING", flush=True)
    time.sleep(60)
write_atomically(sys.argv[1], write)
"""


def test_temporaries_of_killed_saves_are_removed_by_the_next_save(tmp_path):
    import signal
    import subprocess
    import sys

    from twin.core.files import write_text_atomically

    target = tmp_path / "campus.geojson"
    target.write_text("original")
    for _ in range(5):
        child = subprocess.Popen([sys.executable, "-c", KILLED_SAVE, str(target)], stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline() == "WRITING\n"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert target.read_text() == "original"  # every kill left the target intact...
    # ... and a temporary file, each new save removing the ones of earlier killed saves.
    assert len(list(tmp_path.glob(".campus.geojson.*.tmp"))) == 1
    legacy = tmp_path / ".campus.geojson.k3j4h5g6.tmp"  # mkstemp's name before it carried a pid
    legacy.write_text("old")
    os.utime(legacy, (0, 0))
    write_text_atomically(target, "saved")
    assert target.read_text() == "saved"
    assert list(tmp_path.glob(".campus.geojson.*")) == []


def test_saving_through_a_symlink_writes_the_target(tmp_path):
    from twin.core.files import write_text_atomically

    real = tmp_path / "shared" / "campus.geojson"
    real.parent.mkdir()
    real.write_text("v1")
    os.chmod(real, 0o640)
    link = tmp_path / "campus.geojson"
    link.symlink_to(real)
    write_text_atomically(link, "v2")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "v2" and (real.stat().st_mode & 0o777) == 0o640
