"""Which implementation of the solver's kernels runs: numpy (the reference) or compiled (numba).

The solver asks :func:`kernels_for` for its kernel namespace at the start of every step and
uses that one for the whole step, so a switch lands at a step boundary. Selection, once per
process (:func:`select_backend`, or on first use from the environment variable
``TWIN_SOLVER_BACKEND``):

- ``"numpy"``: :mod:`twin.sim.airflow.kernels` only (the default when the variable is unset
  outside the ``twin`` application, e.g. in the test suite);
- ``"numba"``: the compiled twins of :mod:`twin.sim.airflow.kernels_numba`, compiled in a
  background thread; the numpy kernels run until they are ready, then the solver switches;
  if numba is missing or fails, it says so and stays on numpy;
- ``"auto"``: ``"numba"`` when numba can be imported, else ``"numpy"``.

No frozen start: the compile (35-120 s cold on two busy cores, a few seconds from the on-disk
cache) never blocks a caller. Progress goes to the callbacks registered with
:func:`add_listener` (the status bar shows it) as :class:`BackendStatus` values.

The JIT cache lives in the user's cache folder (``platformdirs.user_cache_dir("campus-twin")
/ "numba"``): ``NUMBA_CACHE_DIR`` is set there before numba is first imported, unless the
user set it.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from twin.core.i18n import tr

ENV_VAR = "TWIN_SOLVER_BACKEND"
CHOICES = ("numpy", "numba", "auto")


@dataclass(frozen=True)
class BackendStatus:
    """Where the backend selection stands.

    Attributes
    ----------
    requested
        What was asked for (``"numpy"``, ``"numba"`` or ``"auto"``).
    active
        The backend the solver gets now for float32 fields (``"numpy"`` or ``"numba"``).
    state
        ``"numpy"`` (reference only), ``"compiling"``, ``"ready"`` or ``"failed"``.
    message
        One translated sentence for the status bar.
    compile_s
        Wall seconds the compile (or the cache load) took, once it is over.
    """

    requested: str
    active: str
    state: str
    message: str
    compile_s: float | None = None


def jit_cache_dir() -> Path:
    """The folder of numba's on-disk cache (in the user's cache folder)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("campus-twin", appauthor=False)) / "numba"


def _set_cache_dir() -> None:
    """Environment numba reads at import: the cache folder, and passive OpenMP waiting.

    ``OMP_WAIT_POLICY=PASSIVE`` (unless the user set it): idle OpenMP threads sleep instead of
    spinning. On a loaded two-core machine spinning threads steal the core the solver's
    other thread (the overlapped heat phase) needs, and a kernel launch then waits for a
    descheduled spinner: measured side by side on the 8 m campus (load ~12 on 2 cores), the
    compiled step was 0.45x numpy's speed with the default policy and 2.8x with PASSIVE.
    """
    if "NUMBA_CACHE_DIR" not in os.environ:
        path = jit_cache_dir()
        path.mkdir(parents=True, exist_ok=True)
        os.environ["NUMBA_CACHE_DIR"] = str(path)
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
MALLOC_ENV = "TWIN_MALLOC_TUNING"


def tune_allocator(mmap_threshold: int = 64 << 20, trim_threshold: int = 512 << 20) -> bool:
    """Keep freed large blocks for reuse instead of returning them to the kernel (glibc only).

    glibc serves every block above its mmap threshold (128 KiB, adapted up to 32 MiB) with
    fresh pages from the kernel and unmaps it on free, so each cell-sized temporary of a
    step (7 MB at 4 m, made by numpy's expressions and by the compiled twins' outputs) costs
    ~1,700 page faults when it is first written: the issue's measurements found ~13,000
    faults per momentum-advection call and numpy's whole step ~12 % faster with the
    thresholds raised. Raising them with ``mallopt(M_MMAP_THRESHOLD)`` (blocks up to 64 MiB
    come from the heap) and ``mallopt(M_TRIM_THRESHOLD)`` (up to 512 MiB of freed heap kept)
    makes the next temporary reuse pages already mapped; the process keeps at most those
    512 MiB more than it uses. Called once when the solver's backend is selected; set
    ``TWIN_MALLOC_TUNING=0`` to leave the allocator alone. Returns whether it was applied.
    """
    if os.environ.get(MALLOC_ENV, "1").strip() == "0" or not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        ok = libc.mallopt(_M_MMAP_THRESHOLD, int(mmap_threshold)) == 1
        ok = libc.mallopt(_M_TRIM_THRESHOLD, int(trim_threshold)) == 1 and ok
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to tune
        return False
    return ok


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requested: str | None = None
        self.ready: dict[Any, ModuleType] = {}  # dtype -> compiled namespace
        self.status: BackendStatus | None = None
        self.listeners: list[Callable[[BackendStatus], None]] = []
        self.thread: threading.Thread | None = None
        self.enabled = False  # a compiled backend was asked for
        self.default = "numpy"  # used when neither select_backend nor the variable chose
        self.allocator_tuned = False


_S = _State()


def _reference() -> ModuleType:
    from twin.sim.airflow import kernels

    return kernels


def _publish(status: BackendStatus) -> None:
    with _S.lock:
        _S.status = status
        listeners = list(_S.listeners)
    for cb in listeners:
        try:
            cb(status)
        except Exception:  # a broken listener must not stop the compile thread
            pass


def add_listener(callback: Callable[[BackendStatus], None]) -> None:
    """Call ``callback(status)`` on every change (from the compile thread); calls it now once."""
    with _S.lock:
        _S.listeners.append(callback)
        status = _S.status
    if status is not None:
        callback(status)


def remove_listener(callback: Callable[[BackendStatus], None]) -> None:
    """Stop calling ``callback``."""
    with _S.lock:
        if callback in _S.listeners:
            _S.listeners.remove(callback)


def status() -> BackendStatus:
    """The current :class:`BackendStatus` (selecting from the environment if nothing was)."""
    _ensure_selected()
    assert _S.status is not None
    return _S.status


def numba_available() -> bool:
    """Whether numba can be imported (without importing it)."""
    import importlib.util

    return importlib.util.find_spec("numba") is not None


def _compile(requested: str, dtypes: tuple[Any, ...]) -> None:
    t0 = time.perf_counter()
    try:
        _set_cache_dir()
        from twin.sim.airflow import kernels_numba

        for i, dtype in enumerate(dtypes):
            kernels_numba.warm_up(dtype)
            with _S.lock:
                _S.ready[np.dtype(dtype)] = kernels_numba
            if i == 0:
                elapsed = time.perf_counter() - t0
                _publish(BackendStatus(requested, "numba", "ready",
                                       tr("Solver", "Compiled solver ready ({s:.1f} s); running on it").format(s=elapsed), elapsed))
    except Exception as exc:  # noqa: BLE001 - any failure leaves the reference running
        _publish(BackendStatus(requested, "numpy", "failed",
                               tr("Solver", "Compiled solver unavailable ({err}); running on numpy").format(err=f"{type(exc).__name__}: {exc}"),
                               time.perf_counter() - t0))


def select_backend(name: str | None = None, background: bool = True, dtypes: tuple[Any, ...] = (np.float32, np.float64)) -> BackendStatus:
    """Choose the kernels' backend for this process (see the module docstring).

    Parameters
    ----------
    name
        ``"numpy"``, ``"numba"`` or ``"auto"``; ``None`` reads ``TWIN_SOLVER_BACKEND``
        (default: :func:`set_default`'s, ``"numpy"`` unless the ``twin`` command set ``"auto"``).
    background
        Compile in a daemon thread (the default; the solver keeps running on numpy until it
        is done). False compiles before returning (benchmarks, tests).
    dtypes
        Field precisions to compile for, the campus solver's float32 first.

    Returns
    -------
    BackendStatus
        The status right after the call (``"compiling"`` while the thread runs).

    Raises
    ------
    ValueError
        On an unknown name.
    """
    if name is None:
        name = os.environ.get(ENV_VAR, _S.default).strip().lower() or _S.default
    if name not in CHOICES:
        raise ValueError(tr("Solver", "unknown solver backend {name!r} ({var}); choose numpy, numba or auto").format(name=name, var=ENV_VAR))
    if not _S.allocator_tuned:
        _S.allocator_tuned = True
        tune_allocator()
    with _S.lock:
        _S.requested = name
        running = _S.thread is not None and _S.thread.is_alive()
        compiled = bool(_S.ready)
    if name == "numpy" or (name == "auto" and not numba_available()):
        with _S.lock:
            _S.enabled = False
        st = BackendStatus(name, "numpy", "numpy", tr("Solver", "Solver on numpy (reference kernels)"))
        _publish(st)
        return st
    with _S.lock:
        _S.enabled = True
    if compiled and not running:
        st = BackendStatus(name, "numba", "ready", tr("Solver", "Compiled solver ready; running on it"), 0.0)
        _publish(st)
        return st
    if not running:
        st = BackendStatus(name, "numpy", "compiling", tr("Solver", "Compiling the solver's kernels in the background; running on numpy meanwhile"))
        _publish(st)
        if background:
            thread = threading.Thread(target=_compile, args=(name, dtypes), name="twin-solver-jit", daemon=True)
            with _S.lock:
                _S.thread = thread
            thread.start()
        else:
            _compile(name, dtypes)
    return status()


def set_default(name: str) -> None:
    """The backend chosen on first use when ``TWIN_SOLVER_BACKEND`` is unset (``twin`` sets ``"auto"``)."""
    if name not in CHOICES:
        raise ValueError(f"unknown solver backend {name!r}")
    _S.default = name


def _ensure_selected() -> None:
    if _S.requested is None:
        select_backend(os.environ.get(ENV_VAR, _S.default))


def kernels_for(dtype: Any = np.float32) -> ModuleType:
    """The kernel namespace a step on fields of ``dtype`` should use now.

    The compiled twins once they are ready for ``dtype`` (and a compiled backend was asked
    for), else the numpy reference. Twins cover the hot kernels only (their names are in
    ``kernels_numba.TWINS``); any other name is looked up in the reference.
    """
    _ensure_selected()
    if not _S.enabled:
        return _reference()
    mod = _S.ready.get(np.dtype(dtype))
    return mod if mod is not None else _reference()


def wait_ready(timeout: float | None = None) -> bool:
    """Block until the background compile has finished; True when the compiled kernels are ready."""
    thread = _S.thread
    if thread is not None:
        thread.join(timeout)
    return bool(_S.ready) and _S.enabled


class use_backend:  # noqa: N801 - used as a context manager, like a function
    """Context manager forcing ``kernels_for`` to answer ``"numpy"`` or ``"numba"`` (benchmarks).

    ``"numba"`` requires the compiled kernels to be ready (:func:`select_backend` with
    ``background=False``, or :func:`wait_ready`); raises RuntimeError otherwise.
    """

    def __init__(self, name: str) -> None:
        if name not in ("numpy", "numba"):
            raise ValueError(f"unknown solver backend {name!r}")
        self.name = name
        self._saved: tuple[bool, dict] | None = None

    def __enter__(self) -> use_backend:
        _ensure_selected()
        with _S.lock:
            self._saved = (_S.enabled, dict(_S.ready))
            if self.name == "numba":
                if not _S.ready:
                    raise RuntimeError("the compiled kernels are not ready")
                _S.enabled = True
            else:
                _S.enabled = False
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._saved is not None
        with _S.lock:
            _S.enabled = self._saved[0]
