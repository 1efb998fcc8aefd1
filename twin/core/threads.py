"""Thread priorities: background computation yields the processor to the window.

On a laptop's two or four cores the solver's threads and the renderer's (the GUI thread and
llvmpipe's rasteriser threads on software OpenGL) want the same cores. At equal priority the
scheduler shares them evenly, and a camera orbit at 1280x720 drops from about 30 to 19-21
frames a second while the solver steps (``twin bench --render``). A solver thread in the
background still gets every cycle the window leaves idle (between frames, and all of them when
nothing moves), but gives way at once while the picture is drawn.

Measured on the 2-core development machine, 720p with the temperature slice and plume, camera
turning every frame, compiled solver stepping (alternating runs, frames per second / solver
steps a second): equal priority 19-21 / 7.6-7.8; nice 10: 26 / 5.7-6.5; nice 19: 29-30 /
5.6-6.8; ``SCHED_IDLE``: 36-38 / 4.2-4.8. Linux's idle class is what this module uses: a
normal thread that wakes preempts it at once, where a niced thread keeps its slice.

Linux keeps the policy per thread, and a thread's new threads inherit it: moving the solver's
thread before its first step moves its heat worker and its OpenMP team too (numba's ``omp``
threading layer gives each calling thread its own team). Elsewhere this is a no-op. An edit's
first look is what a planner waits for, so a background runner applies edits on a helper
thread at the window's priority (:class:`twin.sim.airflow.runner.AirflowRunner`).
"""

from __future__ import annotations

import os
import sys
import threading

IDLE = "idle"
"""Linux's ``SCHED_IDLE`` class: run only when no normal thread wants the core."""


def run_current_thread_in_background() -> str | None:
    """Put the calling thread (and the threads it starts later) behind every normal thread.

    Uses Linux's ``SCHED_IDLE`` scheduling class (``sched(7)``), falling back to the lowest
    nice value, 19, where it is refused.

    Returns
    -------
    str or None
        ``"idle"``, ``"nice 19"``, or ``None`` where per-thread priorities are not available
        (not Linux) or both were refused.

    Notes
    -----
    An unprivileged thread can leave its priority this way but not come back, so call this only
    in a thread dedicated to background work. Under a machine saturated by other programs a
    background thread advances slowly; the window's own drawing is what it is meant to yield to.
    """
    if not sys.platform.startswith("linux"):
        return None
    tid = threading.get_native_id()
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_IDLE"):
        try:
            os.sched_setscheduler(tid, os.SCHED_IDLE, os.sched_param(0))
            return IDLE
        except OSError:
            pass
    try:
        os.setpriority(os.PRIO_PROCESS, tid, 19)  # with a thread id: that thread only
        return "nice 19"
    except OSError:
        return None


def thread_priority(native_id: int | None = None) -> str | None:
    """How a thread of this process (the calling one by default) is scheduled.

    ``"idle"`` for ``SCHED_IDLE``, ``"nice N"`` for the normal class; ``None`` off Linux.
    """
    if not sys.platform.startswith("linux"):
        return None
    tid = native_id if native_id is not None else threading.get_native_id()
    try:
        if hasattr(os, "SCHED_IDLE") and os.sched_getscheduler(tid) == os.SCHED_IDLE:
            return IDLE
        return f"nice {os.getpriority(os.PRIO_PROCESS, tid)}"
    except OSError:
        return None
