"""Credentials stay private, and a broker that never answers does not hang the caller.

The password never appears in a repr, a status line, a log or an error message; ``twin listen``
takes it from the environment (or a prompt), never from argv; a password that would cross the
network unencrypted is warned about in the window and on the command line. Against real
Mosquitto (tests/broker.py) where a broker is needed; the silent broker is a raw TCP socket.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from types import SimpleNamespace

import pytest

from tests.broker import auth_broker, wait_until  # noqa: F401 - fixture
from twin.live.mqtt import MqttSettings, MqttSource, parse_source_url

SECRET = "s3cret"
CAPACITIES = {"dc1": 100.0}


def test_password_is_not_in_the_settings_repr():
    settings = MqttSettings(host="bms.site", username="twin", password=SECRET)
    assert SECRET not in repr(settings) and SECRET not in str(settings)
    assert "twin" in repr(settings)  # the user name is not a secret
    assert SECRET not in repr(SimpleNamespace(settings=settings))


def test_credentials_in_a_url_are_refused_without_repeating_them():
    with pytest.raises(ValueError) as caught:
        parse_source_url(f"mqtt://twin:{SECRET}@bms.site:1883")
    assert SECRET not in str(caught.value) and "credentials" in str(caught.value)
    with pytest.raises(ValueError) as caught:
        parse_source_url(f"http://twin:{SECRET}@bms.site")
    assert SECRET not in str(caught.value)


def test_tls_is_verified_by_default():
    assert MqttSettings().tls_insecure is False
    assert parse_source_url("mqtts://bms.site") == ("bms.site", 8883, True)


def test_warning_for_a_password_over_plain_mqtt():
    from twin.live.mqtt import plaintext_password_warning

    assert "unencrypted" in plaintext_password_warning(MqttSettings(host="bms.site", username="u", password="p"))
    assert plaintext_password_warning(MqttSettings(host="bms.site", username="u", password="p", tls=True)) is None
    assert plaintext_password_warning(MqttSettings(host="bms.site")) is None  # nothing secret to send
    assert plaintext_password_warning(MqttSettings(host="127.0.0.1", password="p")) is None  # never leaves the machine


# --- twin listen ----------------------------------------------------------------------------


def test_listen_refuses_a_password_on_the_command_line(capsys):
    from twin.cli import main

    code = main(["listen", "--username", "twin", "--password", SECRET, "--duration", "0"])
    err = capsys.readouterr().err
    assert code == 2 and "process list" in err and SECRET not in err


def test_listen_without_a_password_and_no_terminal_says_how(capsys, monkeypatch):
    from twin.cli import main

    monkeypatch.delenv("TWIN_MQTT_PASSWORD", raising=False)
    code = main(["listen", "--username", "twin", "--duration", "0"])
    assert code == 2 and "TWIN_MQTT_PASSWORD" in capsys.readouterr().err


def test_listen_prompts_for_the_password_on_a_terminal(capsys, monkeypatch):
    import getpass
    import sys

    from twin.cli import main

    monkeypatch.delenv("TWIN_MQTT_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(isatty=lambda: True))
    asked = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or SECRET)
    started = []
    monkeypatch.setattr(MqttSource, "start", lambda self: started.append(self.settings.password))
    monkeypatch.setattr(MqttSource, "stop", lambda self: None)
    code = main(["listen", "--source", "mqtt://bms.site:1883", "--username", "twin", "--duration", "0"])
    captured = capsys.readouterr()
    assert code == 1 and asked == ["MQTT password for twin: "] and started == [SECRET]
    assert "unencrypted" in captured.err  # warned: the password would go to bms.site in clear
    assert SECRET not in captured.out + captured.err


@pytest.mark.broker
def test_listen_reads_the_password_from_the_environment_and_logs_nothing_secret(auth_broker, capsys, monkeypatch, caplog):  # noqa: F811
    from twin.cli import main

    monkeypatch.setenv("TWIN_MQTT_PASSWORD", SECRET)
    caplog.set_level(logging.DEBUG)
    code = main(["listen", "--source", f"mqtt://{auth_broker.host}:{auth_broker.port}", "--username", "twin",
                 "--duration", "1.5", "--json"])
    captured = capsys.readouterr()
    assert code == 0 and '"connected": true' in captured.out
    assert SECRET not in captured.out + captured.err + caplog.text
    monkeypatch.setenv("TWIN_MQTT_PASSWORD", "wrong")
    code = main(["listen", "--source", f"mqtt://{auth_broker.host}:{auth_broker.port}", "--username", "twin",
                 "--duration", "1.5"])
    captured = capsys.readouterr()
    assert code == 1 and "refused" in captured.out and "wrong" not in captured.out + captured.err


# --- the window -----------------------------------------------------------------------------


@pytest.mark.gui
def test_window_warns_about_a_password_over_plain_mqtt(qtbot):
    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.model.document import CampusDocument
    from twin.ui.main_window import MainWindow

    window = MainWindow(CampusDocument(load_layout(default_layout_path())))
    used = []
    window.session = SimpleNamespace(use_source=lambda source, mode: used.append(source), close=lambda: None)
    try:
        assert window.connect_live("mqtt://bms.site:1883", "both", "twin", SECRET)
        message = window.statusBar().currentMessage()
        assert "unencrypted" in message and SECRET not in message
        assert used[0].settings.password == SECRET and SECRET not in used[0].status
        assert window.connect_live("mqtts://bms.site:8883", "both", "twin", SECRET)
        assert "unencrypted" not in window.statusBar().currentMessage()
    finally:
        window.session = None
        window.shutdown()
        window.deleteLater()


# --- a broker that accepts TCP and never answers --------------------------------------------


class SilentBroker:
    """Accepts TCP connections on 127.0.0.1 and never sends a byte (a hung broker or proxy)."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.1)  # accept() wakes up to see close(): closing alone does not
        self.port = self.server.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._closing.is_set():
            try:
                connection, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted.append(connection)

    def close(self) -> None:
        self._closing.set()
        self._thread.join(timeout=5)
        self.server.close()
        for connection in self.accepted:
            connection.close()


@pytest.fixture
def silent():
    broker = SilentBroker()
    try:
        yield broker
    finally:
        broker.close()


# paho-mqtt 2.2 leaves the SSL socket of a failed handshake to the garbage collector, which
# reports a ResourceWarning (as in tests/test_mqtt.py); only that message is ignored.
@pytest.mark.filterwarnings(
    "ignore:Exception ignored in. <ssl.SSLSocket:pytest.PytestUnraisableExceptionWarning"
)
@pytest.mark.timeout(60)
@pytest.mark.parametrize("tls", [False, True])
def test_a_broker_that_never_answers_does_not_hang_the_caller(silent, tls):
    source = MqttSource(CAPACITIES, MqttSettings(host="127.0.0.1", port=silent.port, tls=tls, keepalive_s=5,
                                                 username="twin", password=SECRET))
    started = time.monotonic()
    source.start()
    assert time.monotonic() - started < 1.0  # start never waits for the network
    try:
        wait_until(lambda: silent.accepted, timeout=10, message="the TCP connection")
        time.sleep(1.0)
        assert not source.connected and source.latest() == {}
        assert source.status.startswith("MQTT connecting") or source.status.startswith("MQTT reconnecting")
        assert SECRET not in source.status
    finally:
        stopping = time.monotonic()
        source.stop()
        # Bounded by connect_timeout_s (2 s) when paho's thread sits in a TLS handshake.
        assert time.monotonic() - stopping < 3.0
    assert source.status == "MQTT stopped"


@pytest.mark.timeout(60)
def test_twin_listen_returns_on_time_against_a_silent_broker(silent, capsys):
    from twin.cli import main

    started = time.monotonic()
    code = main(["listen", "--source", f"mqtt://127.0.0.1:{silent.port}", "--duration", "1"])
    elapsed = time.monotonic() - started
    out = capsys.readouterr().out
    assert code == 1 and "no data" in out
    assert elapsed < 6.0, f"twin listen took {elapsed:.1f} s for --duration 1"
