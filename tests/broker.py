"""A real Mosquitto broker for the MQTT tests, started on a free port in a temporary folder.

Import the fixtures into a test module (``from tests.broker import broker, wait_until``) or use
:class:`Broker` directly. The broker can be stopped and restarted on the same port to test
reconnection. Tests are skipped, with the reason, only when the mosquitto binary is missing
(CI installs the ``mosquitto`` package).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

MOSQUITTO = os.environ.get("MOSQUITTO", "/usr/sbin/mosquitto")
MOSQUITTO_PASSWD = shutil.which("mosquitto_passwd") or "/usr/bin/mosquitto_passwd"
OPENSSL = shutil.which("openssl") or "/usr/bin/openssl"


def mosquitto_available() -> bool:
    """True when the broker binary can be run."""
    return os.access(MOSQUITTO, os.X_OK) or shutil.which("mosquitto") is not None


def _binary() -> str:
    return MOSQUITTO if os.access(MOSQUITTO, os.X_OK) else (shutil.which("mosquitto") or MOSQUITTO)


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(
    condition: Callable[[], object],
    timeout: float = 15.0,
    interval: float = 0.02,
    message: str = "",
) -> None:
    """Poll ``condition`` until it is truthy; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        if condition():
            return
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {message or condition}")
        time.sleep(interval)


class Broker:
    """One Mosquitto process with its own config, log and optional password file."""

    def __init__(
        self, folder: Path, *, users: dict[str, str] | None = None, tls: bool = False
    ) -> None:
        self.folder = folder
        self.port = free_port()
        self.host = "127.0.0.1"
        self.process: subprocess.Popen[bytes] | None = None
        self.log = folder / "mosquitto.log"
        lines = [
            f"listener {self.port} 127.0.0.1",
            "persistence false",
            "log_dest stderr",
            "log_type error",
            "log_type warning",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            # Started as root, mosquitto drops to user "mosquitto", which cannot read files in
            # pytest's private temporary folder: stay root (containers and CI runners).
            lines.append("user root")
        if users:
            passwd = folder / "passwd"
            for i, (user, password) in enumerate(users.items()):
                flags = ["-b", "-c"] if i == 0 else ["-b"]
                subprocess.run(
                    [MOSQUITTO_PASSWD, *flags, str(passwd), user, password],
                    check=True,
                    capture_output=True,
                )
            passwd.chmod(0o600)
            lines += ["allow_anonymous false", f"password_file {passwd}"]
        else:
            lines.append("allow_anonymous true")
        self.cafile: Path | None = None
        if tls:
            # Self-signed certificate for 127.0.0.1, used by the client as its CA bundle.
            cert, key = folder / "server.crt", folder / "server.key"
            subprocess.run(
                [OPENSSL, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                 "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
                 "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                check=True, capture_output=True,
            )  # fmt: skip
            lines += [f"certfile {cert}", f"keyfile {key}"]
            self.cafile = cert
        self.conf = folder / "mosquitto.conf"
        self.conf.write_text("\n".join(lines) + "\n")

    def start(self, timeout: float = 10.0) -> None:
        """Start the broker and wait until its port accepts connections."""
        assert self.process is None, "broker already running"
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [_binary(), "-c", str(self.conf)], stdout=log, stderr=log
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"mosquitto exited with {self.process.returncode}: {self.log.read_text()[-2000:]}"
                )
            try:
                with socket.create_connection((self.host, self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.02)
        self.stop()
        raise RuntimeError(
            f"mosquitto did not accept connections on port {self.port} within {timeout} s"
        )

    def stop(self) -> None:
        """Terminate the broker (kill after 5 s) and wait for it."""
        process, self.process = self.process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)

    def restart(self) -> None:
        """Start again on the same port (retrying while the old socket lingers)."""
        deadline = time.monotonic() + 15.0
        while True:
            try:
                self.start()
                return
            except RuntimeError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def publisher(self, **auth: str):  # noqa: ANN201 - paho type imported lazily
        """A connected paho client for publishing test messages (caller disconnects)."""
        import paho.mqtt.client as mqtt

        client = mqtt.Client(
            mqtt.CallbackAPIVersion.VERSION2,
            client_id=f"test-pub-{os.getpid()}-{time.monotonic_ns()}",
        )
        if auth:
            client.username_pw_set(auth["username"], auth["password"])
        if self.cafile is not None:
            client.tls_set(ca_certs=str(self.cafile))
        client.connect(self.host, self.port, keepalive=30)
        client.loop_start()
        return client


def _skip_without_mosquitto() -> None:
    if not mosquitto_available():
        pytest.skip(f"mosquitto broker binary not found at {MOSQUITTO} (apt install mosquitto)")


def _running(b: Broker) -> Iterator[Broker]:
    """Start ``b``, hand it to the test, stop it at teardown whatever happened."""
    b.start()
    try:
        yield b
    finally:
        b.stop()


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Broker]:
    """A running anonymous broker on a free port, stopped at teardown."""
    _skip_without_mosquitto()
    yield from _running(Broker(tmp_path))


@pytest.fixture
def auth_broker(tmp_path: Path) -> Iterator[Broker]:
    """A running broker that requires user ``twin`` / password ``s3cret``."""
    _skip_without_mosquitto()
    if not os.access(MOSQUITTO_PASSWD, os.X_OK):
        pytest.skip("mosquitto_passwd not found; cannot build a password file")
    yield from _running(Broker(tmp_path, users={"twin": "s3cret"}))


@pytest.fixture
def tls_broker(tmp_path: Path) -> Iterator[Broker]:
    """A running anonymous broker that speaks TLS only, with a self-signed certificate."""
    _skip_without_mosquitto()
    if not os.access(OPENSSL, os.X_OK):
        pytest.skip("openssl not found; cannot make a test certificate")
    yield from _running(Broker(tmp_path, tls=True))
