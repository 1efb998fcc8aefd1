"""Sub-commands of the ``twin`` command line (top layer: may import every other layer).

Each module exposes ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``, and keeps its
heavy imports inside ``run`` so that ``twin --help`` stays fast.
"""
