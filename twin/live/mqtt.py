"""Live IT load over MQTT (paho-mqtt 2.x), compatible with NVIDIA DSX Exchange's BMS event bus.

Two topic styles are understood (``topic_style`` "dsx", "plain" or "both"):

**DSX** (NVIDIA DSX Exchange, BMS Event Bus 1.0 "Point Value" channel)::

    BMS/v1/PUB/Value/{objectType}/{pointType}/{tagPath}
    payload {"value": <number|null>, "timestamp": <Unix ms>, "quality": <int, 1 = good>}

The IT load of a hall is read from ``objectType = PowerMeter``, ``pointType = ActivePower``
(the DSX enumerations for an electrical meter) with the tagPath ``{site}/{building_id}/it_load``,
for example ``BMS/v1/PUB/Value/PowerMeter/ActivePower/escaudain/dc1/it_load``. tagPaths are
vendor-defined in DSX, so this mapping is our convention: a BMS integrator publishes (or
re-maps) the IT meter of each hall there. ``value`` is in **kW** by default (DSX power metadata
carries the engineering unit; change :attr:`MqttSettings.dsx_unit` to "MW" if needed).
Other tagPaths under the same objectType/pointType are counted as ``unknown_point``.

**Plain**::

    campus/{building_id}/it_load_mw
    payload: a bare number in MW ("91.5"), or the same JSON envelope as DSX with value in MW

Validation (each rejected message is counted under its reason, never raised):

==================  =================================================================
reason              when
==================  =================================================================
malformed_json      payload is not UTF-8 JSON (or, plain style, not a bare number)
malformed_payload   JSON but not an object with a numeric ``value``; bad timestamp/quality
null_value          ``value`` is null (DSX: the BMS has no valid reading)
bad_quality         ``quality`` is not 1 (DSX: the value is not trustworthy)
unknown_building    the building id is not a data hall of the campus
unknown_point       a DSX tagPath that is not ``{site}/{building}/it_load``
unknown_topic       a topic of neither style
nesting_too_deep    JSON nested so deeply (~1,000 levels) that the decoder gives up
number_too_large    a value or timestamp that does not fit a float (> ~1e308,
                    e.g. an integer of 400 digits; Python also refuses > 4,300 digits)
out_of_range        load negative or above ``max_load_factor`` x the hall's capacity
out_of_order        the timestamp is earlier than the last accepted one of that hall
future_timestamp    the timestamp is more than :data:`MAX_FUTURE_S` ahead of this computer's
                    clock (else one bogus future time would make every later reading of
                    the hall ``out_of_order``)
internal_error      an exception the parser did not foresee; counted (not raised) so the
                    network thread survives; the fuzz tests keep it at zero
==================  =================================================================

``unknown_building``, ``out_of_range`` and ``out_of_order`` are decided by
:class:`twin.live.plausibility.LoadLimits`, the check replay and simulated loads go through
too.

The network runs in paho's own thread (``loop_start``); after a lost connection paho reconnects
by itself with an exponential back-off (``reconnect_delay_set``) and :meth:`MqttSource._on_connect`
subscribes again (clean sessions forget subscriptions).
"""

from __future__ import annotations

import json
import math
import os
import ssl
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from twin.live.plausibility import LoadLimits
from twin.live.sources import Clock, LoadSource
from twin.model.campus import Campus

DSX_PREFIX = "BMS/v1/PUB/Value"
MAX_FUTURE_S = 3600.0
"""Publisher clocks ahead of ours by more than this are refused (an hour covers clock skew and
daylight-saving mistakes; a year 2262 timestamp is a unit error)."""
TOPIC_STYLES = ("dsx", "plain", "both")


@dataclass(frozen=True)
class MqttSettings:
    """Connection and topic settings of :class:`MqttSource`.

    Attributes
    ----------
    host, port
        Broker address.
    topic_style
        "dsx", "plain" or "both".
    site
        First element of the DSX tagPath (``{site}/{building}/it_load``).
    dsx_object_type, dsx_point_type
        DSX objectType and pointType carrying IT power.
    dsx_unit
        Unit of DSX values: "kW" or "MW".
    plain_prefix
        First topic level of the plain style.
    username, password
        Credentials, if the broker requires them. The password is left out of the settings'
        ``repr`` (and so of logs and tracebacks that print it); see
        :func:`plaintext_password_warning` for a password that would cross the network in clear.
    tls, cafile, certfile, keyfile, tls_insecure
        TLS: enable, CA bundle (system store when None), client certificate, and whether to
        skip host-name verification (testing only).
    keepalive_s
        MQTT keep-alive; a dead broker is noticed within ~1.5x this.
    connect_timeout_s
        Limit on the TCP connect and the TLS handshake. A broker that accepts the connection
        and never answers holds paho's thread that long, and :meth:`MqttSource.stop` waits
        for that thread: keep it short (a handshake on a site network takes milliseconds).
    reconnect_min_s, reconnect_max_s
        Reconnect back-off bounds.
    stale_after_s
        A building not heard from for this long is flagged stale.
    max_load_factor
        Loads above this multiple of the hall's capacity are rejected as out of range.
    client_id
        MQTT client id; unique per process when empty.
    """

    host: str = "localhost"
    port: int = 1883
    topic_style: str = "both"
    site: str = "escaudain"
    dsx_object_type: str = "PowerMeter"
    dsx_point_type: str = "ActivePower"
    dsx_unit: str = "kW"
    plain_prefix: str = "campus"
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    tls: bool = False
    cafile: str | None = None
    certfile: str | None = None
    keyfile: str | None = None
    tls_insecure: bool = False
    keepalive_s: int = 15
    connect_timeout_s: float = 2.0
    reconnect_min_s: float = 1.0
    reconnect_max_s: float = 8.0
    stale_after_s: float = 10.0
    max_load_factor: float = 1.5
    client_id: str = ""

    def __post_init__(self) -> None:
        if self.topic_style not in TOPIC_STYLES:
            raise ValueError(f"topic_style must be one of {TOPIC_STYLES}, not {self.topic_style!r}")
        if self.dsx_unit not in ("kW", "MW"):
            raise ValueError(f"dsx_unit must be 'kW' or 'MW', not {self.dsx_unit!r}")

    def subscriptions(self) -> list[str]:
        """Topic filters to subscribe to."""
        topics = []
        if self.topic_style in ("dsx", "both"):
            topics.append(f"{DSX_PREFIX}/{self.dsx_object_type}/{self.dsx_point_type}/#")
        if self.topic_style in ("plain", "both"):
            topics.append(f"{self.plain_prefix}/+/it_load_mw")
        return topics

    def dsx_topic(self, building_id: str) -> str:
        """DSX topic carrying the IT load of ``building_id``."""
        return f"{DSX_PREFIX}/{self.dsx_object_type}/{self.dsx_point_type}/{self.site}/{building_id}/it_load"

    def plain_topic(self, building_id: str) -> str:
        """Plain topic carrying the IT load of ``building_id`` in MW."""
        return f"{self.plain_prefix}/{building_id}/it_load_mw"


def plaintext_password_warning(settings: MqttSettings) -> str | None:
    """A warning when ``settings`` would send a password unencrypted, else ``None``.

    MQTT's CONNECT packet carries the password as plain bytes; without TLS anyone on the path
    (the site network, a Wi-Fi) can read it. Loopback is exempt: it never leaves the machine.
    """
    import ipaddress

    from twin.core.i18n import tr

    if settings.tls or not settings.password:
        return None
    try:
        loopback = settings.host == "localhost" or ipaddress.ip_address(settings.host).is_loopback
    except ValueError:
        loopback = False
    if loopback:
        return None
    return tr(
        "MQTT",
        "the password for {host}:{port} would travel unencrypted over mqtt://; use mqtts:// (TLS) "
        "if the broker offers it",
    ).format(host=settings.host, port=settings.port)


def parse_source_url(url: str) -> tuple[str, int, bool]:
    """``mqtt://host:port`` -> (host, port, tls); ``mqtts://`` turns TLS on (default port 8883).

    Raises
    ------
    ValueError
        For another scheme, a missing host or a bad port, or credentials in the URL (a URL
        ends up in shell histories, process lists and status lines; the password has its own
        field). Messages never repeat what stood before ``@``.
    """
    parts = urlsplit(url if "://" in url else f"mqtt://{url}")
    shown = redact_url(url)
    if parts.scheme not in ("mqtt", "mqtts", "tcp", "ssl"):
        raise ValueError(f"unsupported source {shown!r}; use mqtt://HOST:PORT or mqtts://HOST:PORT")
    if parts.username is not None or parts.password is not None:
        raise ValueError(f"{shown!r} holds credentials; give the user name and password separately, not in the URL")
    if not parts.hostname:
        raise ValueError(f"no host in {shown!r}")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"bad port in {shown!r}") from None
    tls = parts.scheme in ("mqtts", "ssl")
    return parts.hostname, port or (8883 if tls else 1883), tls


def redact_url(url: str) -> str:
    """``url`` with anything before an ``@`` in its network location replaced by ``***``."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    location, slash, path = rest.partition("/")
    if "@" in location:
        location = "***@" + location.rsplit("@", 1)[1]
    return f"{scheme}{sep}{location}{slash}{path}"


class _Rejected(Exception):
    """A message refused for ``reason`` (internal control flow of the parser)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class MqttSource(LoadSource):
    """IT loads from an MQTT broker; see the module docstring for topics and validation.

    Parameters
    ----------
    capacities_mw
        Design IT capacity per known building id (out-of-range check and unknown buildings).
    settings
        Broker, topics, credentials, TLS.
    clock
        Monotonic clock used for ages and staleness.
    """

    kind = "mqtt"

    def __init__(
        self,
        capacities_mw: Mapping[str, float],
        settings: MqttSettings | None = None,
        *,
        clock: Clock = time.monotonic,
    ) -> None:
        self.settings = settings or MqttSettings()
        super().__init__(
            tuple(capacities_mw), stale_after_s=self.settings.stale_after_s, clock=clock
        )
        self._capacity = {b: float(c) for b, c in capacities_mw.items()}
        self.limits = LoadLimits(self._capacity, self.settings.max_load_factor, order_tolerance_s=1.0)
        self._client: Any = None
        self._lock = threading.Lock()
        self._state = "stopped"
        self._detail = ""
        self._connects = 0
        self._disconnects = 0
        self._subscribed_generation = 0
        self._connected = threading.Event()
        self._subscribed = threading.Event()
        self._pending_mids: set[int] = set()
        self._refused = ""  # reason of the last refused CONNECT, "" once accepted

    @classmethod
    def from_campus(
        cls, campus: Campus, settings: MqttSettings | None = None, **kwargs: Any
    ) -> MqttSource:
        """Source for every data hall of ``campus``."""
        return cls({b.id: b.it_capacity_mw for b in campus.data_halls}, settings, **kwargs)

    # --- lifecycle -------------------------------------------------------------------
    def start(self) -> None:
        """Connect in the background and keep reconnecting until :meth:`stop`."""
        import paho.mqtt.client as mqtt  # deferred: only live MQTT needs paho

        if self._client is not None:
            return
        s = self.settings
        client_id = s.client_id or f"campus-twin-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        client = mqtt.Client(
            mqtt.CallbackAPIVersion.VERSION2, client_id=client_id, clean_session=True
        )
        if s.username is not None:
            client.username_pw_set(s.username, s.password)
        if s.tls:
            client.tls_set(
                ca_certs=s.cafile,
                certfile=s.certfile,
                keyfile=s.keyfile,
                cert_reqs=ssl.CERT_REQUIRED,
            )
            if s.tls_insecure:
                client.tls_insecure_set(True)
        client.connect_timeout = s.connect_timeout_s
        client.reconnect_delay_set(min_delay=s.reconnect_min_s, max_delay=s.reconnect_max_s)  # type: ignore[arg-type]
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        client.on_message = self._on_message
        client.on_subscribe = self._on_subscribe
        client.on_connect_fail = self._on_connect_fail
        self._set_state("connecting", "")
        self._client = client
        # connect_async + loop_start: the first attempt happens in paho's thread, and a broker
        # that is down at start is retried like a lost connection (retry_first_connection).
        client.connect_async(s.host, s.port, keepalive=s.keepalive_s)
        client.loop_start()

    def stop(self) -> None:
        """Disconnect and join paho's thread; idempotent."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.disconnect()
        finally:
            client.loop_stop()
        self._connected.clear()
        self._subscribed.clear()
        self._set_state("stopped", "")

    # --- status ----------------------------------------------------------------------
    def _set_state(self, state: str, detail: str) -> None:
        with self._lock:
            self._state, self._detail = state, detail

    @property
    def connected(self) -> bool:
        """True while the broker connection is up."""
        return self._connected.is_set()

    @property
    def subscribed_generation(self) -> int:
        """How many times the subscriptions were acknowledged (grows with each reconnect)."""
        with self._lock:
            return self._subscribed_generation

    def wait_subscribed(self, timeout: float) -> bool:
        """Block until subscribed (after the current connection), at most ``timeout`` s."""
        return self._subscribed.wait(timeout)

    @property
    def status(self) -> str:
        """``connected to host:port (topics)``, ``reconnecting to host:port: reason``..."""
        s = self.settings
        with self._lock:
            state, detail = self._state, self._detail
        where = {"connecting": "to", "connected": "to", "reconnecting": "to", "refused by": ""}.get(
            state
        )
        if where is None:
            return "MQTT stopped"
        text = f"MQTT {state} {where + ' ' if where else ''}{s.host}:{s.port}"
        if state == "connected":
            text += f" ({s.topic_style} topics)"
        return f"{text}: {detail}" if detail else text

    @property
    def counters(self) -> dict[str, int]:
        """Accepted/rejected message counts by reason, plus ``connects`` and ``disconnects``."""
        out = self.store.counters()
        with self._lock:
            out["connects"] = self._connects
            out["disconnects"] = self._disconnects
        return out

    # --- paho callbacks (paho's network thread) ---------------------------------------
    def _on_connect(
        self, client: Any, userdata: Any, flags: Any, reason_code: Any, properties: Any
    ) -> None:
        if reason_code.is_failure:
            # Refused (bad credentials, not authorised): paho retries; the status says why,
            # and keeps saying it through the disconnect that follows.
            self._refused = str(reason_code)
            self._set_state("refused by", f"{reason_code}; retrying")
            return
        self._refused = ""
        with self._lock:
            self._connects += 1
        self._connected.set()
        self._set_state("connected", "")
        topics = self.settings.subscriptions()
        result, mid = client.subscribe([(t, 0) for t in topics])
        if mid is not None:
            with self._lock:
                self._pending_mids.add(mid)

    def _on_connect_fail(self, client: Any, userdata: Any) -> None:
        # TCP or TLS failure before any CONNACK (broker down, certificate not trusted).
        if self._client is not None:
            with self._lock:
                state = self._state
            again = "connecting" if state == "connecting" else "reconnecting"
            self._set_state(again, "connection failed, retrying")

    def _on_subscribe(
        self, client: Any, userdata: Any, mid: int, reason_codes: Any, properties: Any
    ) -> None:
        failed = [str(rc) for rc in reason_codes if rc.is_failure]
        if failed:
            self._set_state("connected", f"subscription refused ({', '.join(failed)})")
            return
        with self._lock:
            self._pending_mids.discard(mid)
            self._subscribed_generation += 1
        self._subscribed.set()

    def _on_disconnect(
        self, client: Any, userdata: Any, flags: Any, reason_code: Any, properties: Any
    ) -> None:
        self._connected.clear()
        self._subscribed.clear()
        with self._lock:
            self._disconnects += 1
        if self._client is not None and not self._refused:  # not a stop() or a refusal
            self._set_state("reconnecting", str(reason_code))

    def _on_message(self, client: Any, userdata: Any, message: Any) -> None:
        # Never let an exception escape into paho's thread: count it instead.
        try:
            building, load_mw, stamp = self._parse(message.topic, message.payload)
        except _Rejected as rej:
            self.store.reject(rej.reason)
            return
        except Exception:  # noqa: BLE001 - defensive: a parser bug must not kill the network loop
            self.store.reject("internal_error")
            return
        self.store.accept(building, load_mw, stamp)

    # --- parsing ---------------------------------------------------------------------
    def _parse(self, topic: str, payload: bytes) -> tuple[str, float, float]:
        """Return (building id, load MW, timestamp s) or raise :class:`_Rejected`."""
        s = self.settings
        levels = topic.split("/")
        dsx_head = [*DSX_PREFIX.split("/"), s.dsx_object_type, s.dsx_point_type]
        if s.topic_style in ("dsx", "both") and levels[: len(dsx_head)] == dsx_head:
            tag = levels[len(dsx_head) :]
            if len(tag) != 3 or tag[0] != s.site or tag[2] != "it_load":
                raise _Rejected("unknown_point")
            building = tag[1]
            value, stamp = self._parse_envelope(payload, bare_number=False)
            scale = 1e-3 if s.dsx_unit == "kW" else 1.0
            return building, self._check(building, value * scale, stamp), stamp
        if (
            s.topic_style in ("plain", "both")
            and len(levels) == 3
            and levels[0] == s.plain_prefix
            and levels[2] == "it_load_mw"
        ):
            building = levels[1]
            value, stamp = self._parse_envelope(payload, bare_number=True)
            return building, self._check(building, value, stamp), stamp
        raise _Rejected("unknown_topic")

    def _check(self, building: str, load_mw: float, stamp: float) -> float:
        """The load if the building is known and the value plausible, else :class:`_Rejected`."""
        reason = self.limits.check(building, load_mw, stamp, self.store.timestamp_of(building))
        if reason is not None:
            raise _Rejected(reason)
        return load_mw

    def _parse_envelope(self, payload: bytes, *, bare_number: bool) -> tuple[float, float]:
        """(value, timestamp s) from a DSX envelope or, if allowed, a bare number."""
        if len(payload) > 4096:
            raise _Rejected("malformed_payload")
        try:
            data = json.loads(payload.decode("utf-8"))
        except RecursionError:
            raise _Rejected("nesting_too_deep") from None
        except (UnicodeDecodeError, ValueError):
            # ValueError also covers integers of more than 4,300 digits (int_max_str_digits).
            raise _Rejected("malformed_json") from None
        if bare_number and isinstance(data, (int, float)) and not isinstance(data, bool):
            value = _as_float(data)
            if not math.isfinite(value):
                raise _Rejected("malformed_payload")
            return value, time.time()
        if not isinstance(data, dict) or "value" not in data:
            raise _Rejected("malformed_payload")
        value = data["value"]
        if value is None:
            raise _Rejected("null_value")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(_as_float(value)):
            raise _Rejected("malformed_payload")
        quality = data.get("quality", 1)
        if isinstance(quality, bool) or not isinstance(quality, int):
            raise _Rejected("malformed_payload")
        if quality != 1:
            raise _Rejected("bad_quality")
        stamp_ms = data.get("timestamp")
        if stamp_ms is None:
            stamp = time.time()
        elif (
            isinstance(stamp_ms, bool)
            or not isinstance(stamp_ms, (int, float))
            or not math.isfinite(_as_float(stamp_ms))
        ):
            raise _Rejected("malformed_payload")
        else:
            stamp = _as_float(stamp_ms) / 1000.0
            if stamp > time.time() + MAX_FUTURE_S:
                raise _Rejected("future_timestamp")
        return _as_float(value), stamp


def _as_float(number: int | float) -> float:
    """``float(number)``, or :class:`_Rejected` ``number_too_large`` for an int beyond ~1e308."""
    try:
        return float(number)
    except OverflowError:
        raise _Rejected("number_too_large") from None


def dsx_payload(value: float, timestamp_s: float | None = None, quality: int = 1) -> bytes:
    """A DSX point-value payload (``timestamp`` in Unix milliseconds), for publishers and tests."""
    stamp = time.time() if timestamp_s is None else timestamp_s
    return json.dumps({"value": value, "timestamp": int(stamp * 1000), "quality": quality}).encode()
