"""The ``twin`` command line: the desktop app by default, headless sub-commands otherwise.

Each sub-command lives in a module of :mod:`twin.commands` exposing ``HELP`` (one line),
``add_arguments(parser)`` and ``run(args) -> int``; modules are imported only when their
command runs, so ``twin --help`` starts without loading Qt, VTK or the solver.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from twin import __version__

SUBCOMMANDS: dict[str, str] = {
    "run": "twin.commands.run",
    "snapshot": "twin.commands.snapshot",
    "validate": "twin.commands.validate",
    "bench": "twin.commands.bench",
    "year": "twin.commands.year",
    "compare": "twin.commands.compare",
    "listen": "twin.commands.listen",
    "residents": "twin.commands.residents",
    "animate": "twin.commands.animate",
    "export": "twin.commands.export",
    "sheet": "twin.commands.sheet",
    "sweep": "twin.commands.sweep",
}
"""Command name -> module implementing it."""


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every available sub-command."""
    parser = argparse.ArgumentParser(
        prog="twin",
        description="Campus Twin: digital twin of the Escaudain 'Les Soufflantes' AI data-centre campus.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in SUBCOMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # a command not built yet in this checkout
            raise
        sub = commands.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
        sub.set_defaults(handler=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; with no command, open the desktop app on the default campus."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0].startswith(("--layout", "--lang")) or argv[0] == "--no-display-snapshot":
        argv = ["run", *argv]
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    if args.command != "run":
        # The window installs its own catalogue (and its language menu); the other commands
        # speak the system locale's language through Qt Core alone.
        from twin.ui.i18n import install_command_language

        install_command_language()
    from twin.sim.airflow.backend import set_default

    set_default("auto")  # the solver compiles its kernels in the background on first use (TWIN_SOLVER_BACKEND overrides)
    return int(args.handler(args) or 0)
