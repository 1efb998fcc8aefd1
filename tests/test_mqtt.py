"""MQTT load source against a real Mosquitto broker: topics, validation, reconnect, stale, auth."""

from __future__ import annotations

import json
import time

import pytest

from tests.broker import Broker, auth_broker, broker, tls_broker, wait_until  # noqa: F401 - fixtures
from twin.live.mqtt import MqttSettings, MqttSource, dsx_payload, parse_source_url

pytestmark = pytest.mark.broker

CAPACITIES = {"dc1": 100.0, "dc2": 100.0, "dc5": 90.0}


def _source(b: Broker, **kw) -> MqttSource:
    settings = MqttSettings(
        host=b.host, port=b.port, reconnect_min_s=0.2, reconnect_max_s=1.0, keepalive_s=5, **kw
    )
    return MqttSource(CAPACITIES, settings)


def _publish_all(client, messages, qos=1):
    infos = [client.publish(topic, payload, qos=qos) for topic, payload in messages]
    for info in infos:
        info.wait_for_publish(timeout=10)


@pytest.fixture
def source(broker):  # noqa: F811 - pytest fixture injection
    src = _source(broker)
    src.start()
    try:
        assert src.wait_subscribed(15), src.status
        yield src
    finally:
        src.stop()


@pytest.fixture
def publisher(broker):  # noqa: F811
    client = broker.publisher()
    try:
        yield client
    finally:
        client.disconnect()
        client.loop_stop()


def test_dsx_and_plain_topics_are_accepted(source, publisher):
    s = source.settings
    assert s.dsx_topic("dc1") == "BMS/v1/PUB/Value/PowerMeter/ActivePower/escaudain/dc1/it_load"
    _publish_all(
        publisher,
        [
            (s.dsx_topic("dc1"), dsx_payload(91_500.0, 1_700_000_000.0)),  # kW
            (s.plain_topic("dc2"), b"88.25"),
            (
                s.plain_topic("dc5"),
                json.dumps({"value": 60.0, "timestamp": 1_700_000_001_000, "quality": 1}),
            ),
        ],
    )
    wait_until(lambda: len(source.latest()) == 3, message="three readings")
    latest = source.latest()
    assert latest["dc1"].load_mw == pytest.approx(91.5)
    assert latest["dc1"].timestamp == pytest.approx(1_700_000_000.0)
    assert latest["dc2"].load_mw == pytest.approx(88.25)
    assert latest["dc5"].load_mw == pytest.approx(60.0)
    assert all(not r.stale and r.quality == "good" for r in latest.values())
    assert source.counters["accepted"] == 3 and source.counters["rejected"] == 0
    assert source.status.startswith(f"MQTT connected to {s.host}:{s.port}")


def test_malformed_burst_is_counted_while_valid_messages_get_through(source, publisher):
    s = source.settings
    bad = []
    for i in range(300):
        kind = i % 6
        if kind == 0:
            bad.append((s.dsx_topic("dc1"), b"{not json"))
        elif kind == 1:
            bad.append((s.plain_topic("dc1"), b"\xff\xfe"))
        elif kind == 2:
            bad.append((s.dsx_topic("dc1"), b'{"timestamp": 1, "quality": 1}'))
        elif kind == 3:
            bad.append((s.dsx_topic("dc1"), b'{"value": null, "timestamp": 1, "quality": 1}'))
        elif kind == 4:
            bad.append((s.dsx_topic("dc1"), b'{"value": 5, "timestamp": 1, "quality": 0}'))
        else:
            bad.append((s.dsx_topic("dc1"), b'{"value": "high", "timestamp": 1, "quality": 1}'))
    good = [(s.plain_topic("dc2"), str(50.0 + i).encode()) for i in range(20)]
    messages = []
    for i, msg in enumerate(bad):
        messages.append(msg)
        if i % 15 == 0 and good:
            messages.append(good.pop(0))
    _publish_all(publisher, messages)
    wait_until(
        lambda: source.counters["rejected"] + source.counters["accepted"] >= 320,
        message="all 320 messages",
    )
    c = source.counters
    assert c["accepted"] == 20
    assert c["rejected"] == 300
    assert c["rejected:malformed_json"] == 100
    assert c["rejected:malformed_payload"] == 100
    assert c["rejected:null_value"] == 50
    assert c["rejected:bad_quality"] == 50
    assert source.latest()["dc2"].load_mw == pytest.approx(69.0)
    assert source.connected


def test_unknown_building_point_topic_and_out_of_range(source, publisher):
    s = source.settings
    _publish_all(
        publisher,
        [
            (s.plain_topic("dc9"), b"10"),
            (s.dsx_topic("dc9"), dsx_payload(10_000.0)),
            (
                "BMS/v1/PUB/Value/PowerMeter/ActivePower/escaudain/dc1/chiller_load",
                dsx_payload(1.0),
            ),
            ("BMS/v1/PUB/Value/PowerMeter/ActivePower/lille/dc1/it_load", dsx_payload(1.0)),
            (s.plain_topic("dc1"), b"-1"),
            (s.plain_topic("dc1"), b"151"),  # > 1.5 x 100 MW
            (s.dsx_topic("dc5"), dsx_payload(136_000.0)),  # 136 MW > 1.5 x 90 MW
            (s.plain_topic("dc1"), b"150"),  # exactly 1.5 x: accepted
        ],
    )
    wait_until(
        lambda: source.counters["rejected"] + source.counters["accepted"] >= 8,
        message="eight messages",
    )
    c = source.counters
    assert c["rejected:unknown_building"] == 2
    assert c["rejected:unknown_point"] == 2
    assert c["rejected:out_of_range"] == 3
    assert c["accepted"] == 1
    assert set(source.latest()) == {"dc1"}


def test_topic_style_filters_subscriptions(broker, publisher):  # noqa: F811
    src = _source(broker, topic_style="dsx")
    src.start()
    try:
        assert src.wait_subscribed(15)
        s = src.settings
        _publish_all(
            publisher, [(s.plain_topic("dc1"), b"10"), (s.dsx_topic("dc2"), dsx_payload(20_000.0))]
        )
        wait_until(lambda: src.counters["accepted"] >= 1, message="the DSX message")
        # Give the plain message the same chance to arrive (it was published first).
        assert set(src.latest()) == {"dc2"}
        assert src.counters["rejected"] == 0
    finally:
        src.stop()


def test_reconnects_by_itself_after_the_broker_restarts(broker, publisher):  # noqa: F811
    src = _source(broker)
    src.start()
    try:
        assert src.wait_subscribed(15)
        s = src.settings
        _publish_all(publisher, [(s.plain_topic("dc1"), b"10")])
        wait_until(lambda: "dc1" in src.latest(), message="first reading")
        generation = src.subscribed_generation
        publisher.disconnect()
        publisher.loop_stop()

        broker.stop()
        wait_until(lambda: not src.connected, message="the source to notice the broker is gone")
        wait_until(
            lambda: src.status.startswith("MQTT reconnecting"), message="reconnecting status"
        )
        broker.restart()
        wait_until(
            lambda: src.subscribed_generation > generation, timeout=30, message="resubscription"
        )
        assert src.counters["connects"] >= 2 and src.counters["disconnects"] >= 1

        again = broker.publisher()
        try:
            _publish_all(again, [(s.plain_topic("dc1"), b"42")])
            wait_until(
                lambda: src.latest()["dc1"].load_mw == 42.0, message="a reading after reconnect"
            )
        finally:
            again.disconnect()
            again.loop_stop()
    finally:
        src.stop()
    assert src.status == "MQTT stopped"


def test_readings_turn_stale(broker, publisher):  # noqa: F811
    src = _source(broker, stale_after_s=0.3)
    src.start()
    try:
        assert src.wait_subscribed(15)
        _publish_all(publisher, [(src.settings.plain_topic("dc1"), b"10")])
        wait_until(lambda: "dc1" in src.latest(), message="a reading")
        first = src.latest()["dc1"]
        assert not first.stale and first.age_s < 0.3
        wait_until(lambda: src.latest()["dc1"].stale, timeout=5, message="stale flag")
        assert src.latest()["dc1"].quality == "stale"
        # A fresh value clears the flag.
        _publish_all(publisher, [(src.settings.plain_topic("dc1"), b"11")])
        wait_until(lambda: not src.latest()["dc1"].stale, message="fresh again")
    finally:
        src.stop()


def test_username_and_password(auth_broker):  # noqa: F811
    good = _source(auth_broker, username="twin", password="s3cret")
    bad = _source(auth_broker, username="twin", password="wrong")
    good.start()
    bad.start()
    try:
        assert good.wait_subscribed(15), good.status
        wait_until(
            lambda: bad.status.startswith("MQTT refused by"), message="refusal of a wrong password"
        )
        assert not bad.connected
        pub = auth_broker.publisher(username="twin", password="s3cret")
        try:
            _publish_all(pub, [(good.settings.plain_topic("dc1"), b"33")])
        finally:
            pub.disconnect()
            pub.loop_stop()
        wait_until(lambda: "dc1" in good.latest(), message="reading with credentials")
    finally:
        good.stop()
        bad.stop()


# paho-mqtt 2.2 does not close the SSL socket when the TLS handshake fails (the untrusting
# client below); CPython closes it when it is collected and reports a ResourceWarning, which
# filterwarnings=error would turn into a failure. Only that message is ignored.
@pytest.mark.filterwarnings(
    "ignore:Exception ignored in. <ssl.SSLSocket:pytest.PytestUnraisableExceptionWarning"
)
def test_tls_with_a_ca_file(tls_broker):  # noqa: F811
    src = _source(tls_broker, tls=True, cafile=str(tls_broker.cafile))
    untrusting = _source(tls_broker, tls=True)  # system CAs do not know the self-signed cert
    src.start()
    untrusting.start()
    try:
        assert src.wait_subscribed(15), src.status
        pub = tls_broker.publisher()
        try:
            _publish_all(pub, [(src.settings.dsx_topic("dc1"), dsx_payload(70_000.0))])
        finally:
            pub.disconnect()
            pub.loop_stop()
        wait_until(lambda: "dc1" in src.latest(), message="a reading over TLS")
        assert src.latest()["dc1"].load_mw == pytest.approx(70.0)
        assert not untrusting.connected
        wait_until(
            lambda: "connection failed" in untrusting.status, message="TLS failure in the status"
        )
    finally:
        src.stop()
        untrusting.stop()


def test_source_started_before_the_broker_connects_when_it_appears(tmp_path):
    from tests.broker import mosquitto_available

    if not mosquitto_available():
        pytest.skip("mosquitto broker binary not found (apt install mosquitto)")
    b = Broker(tmp_path)
    src = _source(b)
    src.start()
    try:
        time.sleep(0.05)  # let the first connection attempt fail (nothing listens yet)
        assert not src.connected
        b.start()
        assert src.wait_subscribed(30), src.status
    finally:
        src.stop()
        b.stop()


def test_parse_source_url():
    assert parse_source_url("mqtt://broker.local:1884") == ("broker.local", 1884, False)
    assert parse_source_url("mqtts://broker.local") == ("broker.local", 8883, True)
    assert parse_source_url("localhost") == ("localhost", 1883, False)
    with pytest.raises(ValueError, match="unsupported"):
        parse_source_url("http://x")


def test_settings_validation():
    with pytest.raises(ValueError, match="topic_style"):
        MqttSettings(topic_style="json")
    assert MqttSettings(topic_style="plain").subscriptions() == ["campus/+/it_load_mw"]


def test_twin_listen_reports_loads_and_rejections(broker, publisher, capsys):  # noqa: F811
    from twin.cli import main

    settings = MqttSettings()
    # Retained messages reach the listener as soon as it subscribes, whenever that is.
    infos = [
        publisher.publish(settings.dsx_topic("dc1"), dsx_payload(95_000.0), qos=1, retain=True),
        publisher.publish(settings.plain_topic("dc2"), b"{broken", qos=1, retain=True),
        publisher.publish(settings.plain_topic("dc7"), b"5", qos=1, retain=True),
    ]
    for info in infos:
        info.wait_for_publish(timeout=10)
    code = main(
        ["listen", "--source", f"mqtt://{broker.host}:{broker.port}", "--duration", "3", "--json"]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["connected"]
    assert report["buildings"]["dc1"]["load_mw"] == pytest.approx(95.0)
    assert report["buildings"]["dc1"]["stale"] is False
    assert report["buildings"]["dc3"] is None
    assert report["accepted"] == 1
    assert report["rejected_by_reason"] == {"malformed_json": 1, "unknown_building": 1}


def test_twin_listen_without_a_broker_says_so(capsys):
    from tests.broker import free_port
    from twin.cli import main

    code = main(["listen", "--source", f"mqtt://127.0.0.1:{free_port()}", "--duration", "0.3"])
    out = capsys.readouterr().out
    assert code == 1
    assert "no data" in out and "MQTT" in out
