"""``python -m twin`` runs the same command line as the ``twin`` entry point."""

import sys

from twin.cli import main

if __name__ == "__main__":
    sys.exit(main())
