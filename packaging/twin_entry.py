"""Entry point of the frozen Campus Twin bundle: the same command line as ``twin``.

PyInstaller freezes this script; with no arguments it opens the window on the bundled campus,
otherwise it runs a sub-command (``snapshot``, ``year``, ``validate``, ``listen`` ...).
"""

import multiprocessing
import sys

if __name__ == "__main__":
    # Sub-processes started by the bundle (a process pool, a Dask worker) re-enter this script.
    multiprocessing.freeze_support()
    from twin.cli import main

    sys.exit(main())
