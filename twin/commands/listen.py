"""``twin listen``: connect to an MQTT broker as the app would and report what arrives.

Prints, per data hall, the last IT load and its age, and the counts of accepted and rejected
messages with the reasons (see :mod:`twin.live.mqtt` for topics and validation). Useful to
check a BMS integration before opening the desktop app.

Credentials: ``--username`` on the command line, the password from the environment variable
named by ``--password-env`` (``TWIN_MQTT_PASSWORD`` by default) or, when that is unset and a
terminal is attached, from a prompt that does not echo. There is no ``--password`` option: a
command line is visible to every local user (``ps``, ``/proc/<pid>/cmdline``). A password sent
over plain ``mqtt://`` to another machine gets a warning on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

PASSWORD_ENV = "TWIN_MQTT_PASSWORD"

HELP = "Listen to live IT load over MQTT (DSX or plain topics) and print what arrives."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare ``twin listen`` options."""
    parser.add_argument(
        "--source",
        default="mqtt://localhost:1883",
        help="broker URL mqtt://HOST:PORT or mqtts://HOST:PORT",
    )
    parser.add_argument(
        "--topic-style",
        choices=("dsx", "plain", "both"),
        default="both",
        help="topics to subscribe to",
    )
    parser.add_argument(
        "--site", default="escaudain", help="first element of the DSX tagPath (default escaudain)"
    )
    parser.add_argument(
        "--dsx-unit", choices=("kW", "MW"), default="kW", help="unit of DSX ActivePower values"
    )
    parser.add_argument(
        "--duration", type=float, default=10.0, metavar="S", help="seconds to listen (default 10)"
    )
    parser.add_argument(
        "--stale-after",
        type=float,
        default=10.0,
        metavar="S",
        help="age after which a value is stale",
    )
    parser.add_argument("--username", help="user name, if the broker requires one")
    parser.add_argument(
        "--password-env",
        default=PASSWORD_ENV,
        metavar="VAR",
        help=f"environment variable holding the password (default {PASSWORD_ENV}); "
        "prompted for when unset and a terminal is attached",
    )
    # Kept only to refuse it with a reason: a password in argv is readable by every local user.
    parser.add_argument("--password", help=argparse.SUPPRESS)
    parser.add_argument("--tls", action="store_true", help="use TLS (implied by mqtts://)")
    parser.add_argument("--cafile", type=Path, help="CA bundle for TLS (system store when omitted)")
    parser.add_argument(
        "--layout", type=Path, help="campus layout file (default: bundled Escaudain layout)"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


def run(args: argparse.Namespace) -> int:
    """Listen for ``--duration`` seconds; 0 when connected at the end, 1 if never connected, 2 on bad input."""
    from twin.commands import load_campus_or_report
    from twin.core.i18n import tr
    from twin.live.mqtt import (
        MqttSettings,
        MqttSource,
        parse_source_url,
        plaintext_password_warning,
    )

    if args.password is not None:
        print(
            tr("twin", "error: --password would show the password to every user of this computer (process list); "
               "set {var} or leave it unset to be asked").format(var=args.password_env),
            file=sys.stderr,
        )
        return 2
    campus = load_campus_or_report(args.layout)
    if campus is None:
        return 2
    password = _password(args)
    if password is False:
        return 2
    try:
        host, port, tls = parse_source_url(args.source)
        settings = MqttSettings(
            host=host,
            port=port,
            topic_style=args.topic_style,
            site=args.site,
            dsx_unit=args.dsx_unit,
            username=args.username,
            password=password,
            tls=tls or args.tls,
            cafile=str(args.cafile) if args.cafile else None,
            stale_after_s=args.stale_after,
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    warning = plaintext_password_warning(settings)
    if warning:
        print(tr("twin", "warning: {warning}").format(warning=warning), file=sys.stderr)
    source = MqttSource.from_campus(campus, settings)
    ever_connected = False
    source.start()
    try:
        deadline = time.monotonic() + max(0.0, args.duration)
        while time.monotonic() < deadline:
            ever_connected = ever_connected or source.connected
            time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
        ever_connected = ever_connected or source.connected
        latest = source.latest()
        counters = source.counters
        status = source.status
    except KeyboardInterrupt:
        latest, counters, status = source.latest(), source.counters, source.status
    finally:
        source.stop()

    buildings = {
        b: (
            {
                "load_mw": round(r.load_mw, 4),
                "age_s": round(r.age_s, 2),
                "stale": r.stale,
                "timestamp": r.timestamp,
            }
            if (r := latest.get(b)) is not None
            else None
        )
        for b in source.building_ids
    }
    rejected = {k.split(":", 1)[1]: v for k, v in counters.items() if k.startswith("rejected:")}
    report = {
        "source": f"{'mqtts' if settings.tls else 'mqtt'}://{host}:{port}",
        "topic_style": settings.topic_style,
        "topics": settings.subscriptions(),
        "status": status,
        "connected": ever_connected,
        "duration_s": args.duration,
        "buildings": buildings,
        "accepted": counters.get("accepted", 0),
        "rejected": counters.get("rejected", 0),
        "rejected_by_reason": rejected,
        "connects": counters.get("connects", 0),
        "disconnects": counters.get("disconnects", 0),
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{report['source']} ({settings.topic_style} topics): {status}")
        for b, r in buildings.items():
            print(
                f"  {b:12s} "
                + (
                    "no data"
                    if r is None
                    else f"{r['load_mw']:9.3f} MW  age {r['age_s']:6.1f} s{'  STALE' if r['stale'] else ''}"
                )
            )
        print(
            f"accepted {report['accepted']}, rejected {report['rejected']}"
            + (f" {rejected}" if rejected else "")
        )
    return 0 if ever_connected else 1


def _password(args: argparse.Namespace) -> str | None | bool:
    """The password: from the environment, else a prompt; ``None`` without a user; False: none given."""
    from twin.core.i18n import tr

    if not args.username:
        return None
    password = os.environ.get(args.password_env)
    if password is not None:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(tr("twin", "MQTT password for {user}: ").format(user=args.username))
    print(
        tr("twin", "error: --username {user} needs a password: set {var} (no terminal to ask on)").format(
            user=args.username, var=args.password_env
        ),
        file=sys.stderr,
    )
    return False
