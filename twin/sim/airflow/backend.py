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
user set it. The installer bundle ships it warm (:func:`seed_from_bundle`): its build compiles
the kernels once with the bundle's own executable and carries the cache files, and the first
start copies them into the user's cache, so the compiled solver is ready in seconds instead of
minutes (on a processor of the build machine's kind; numba keys its cache by the processor's
name and features, so elsewhere it compiles in the background as before).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from twin.core.i18n import format_number, tr, tr_noop
from twin.core.threads import run_current_thread_in_background

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
    template, values
        For a message with figures: its English catalogue text (context ``"Solver"``) and the
        values to format it with, so a window can write it again after a language switch.
    """

    requested: str
    active: str
    state: str
    message: str
    compile_s: float | None = None
    template: str = ""
    values: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def with_figures(cls, requested: str, active: str, state: str, template: str, values: dict[str, Any],
                     compile_s: float | None = None) -> BackendStatus:
        """A status whose message is ``template`` (marked with ``tr_noop``) formatted with ``values``,
        in the language in force now and again, by :meth:`text`, after a switch."""
        status = cls(requested, active, state, "", compile_s, template, tuple(values.items()))
        return replace(status, message=status.text())

    def text(self, translate: Callable[[str, str], str] = tr) -> str:
        """The message in the language ``translate`` (context, text) -> text gives."""
        if self.template:
            # numbers written for the language in force (3,2 s in French), text as it is
            values = {k: format_number(v, 1) if isinstance(v, float) else v for k, v in self.values}
            return translate("Solver", self.template).format(**values)
        return translate("Solver", self.message)


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
        self.seeded = 0  # JIT cache files copied from the installer bundle at this start


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


def seeded_files() -> int:
    """JIT cache files this process copied from the installer bundle (0 outside a bundle)."""
    return _S.seeded


def jit_cache_statistics() -> dict[str, int]:
    """How the compiled kernels of this process came: ``{"compiled": n, "from_cache": m}``.

    Sums numba's per-signature cache statistics over the jitted kernels of
    :mod:`twin.sim.airflow.kernels_numba` (zeros before the compiled backend is loaded).
    """
    kernels = sys.modules.get("twin.sim.airflow.kernels_numba")
    compiled = from_cache = 0
    for obj in vars(kernels).values() if kernels is not None else ():
        stats = getattr(obj, "stats", None)
        if stats is not None and hasattr(stats, "cache_hits"):
            compiled += sum(stats.cache_misses.values())
            from_cache += sum(stats.cache_hits.values())
    return {"compiled": compiled, "from_cache": from_cache}


def numba_available() -> bool:
    """Whether numba can be imported (without importing it)."""
    import importlib.util

    return importlib.util.find_spec("numba") is not None


BUNDLED_CACHE_DIR = "numba_cache"
"""Folder of the bundle's warm JIT cache, under the bundle's data folder (``sys._MEIPASS``), with
one sub-folder per source folder of jitted kernels, by its path in the package
(``numba_cache/twin/sim/airflow/``): numba names its cache folders after the source folder's
absolute path, which depends on where the bundle is installed."""


def numba_cache_subdir(source_dir: str) -> str:
    """The folder numba keeps the cache of the kernels in ``source_dir`` in, under ``NUMBA_CACHE_DIR``.

    numba's own rule (``UserProvidedCacheLocator.get_suitable_cache_subpath``): the folder's
    name and a hash of its absolute path. Imports numba (set ``NUMBA_CACHE_DIR`` first).
    """
    from numba.core.caching import UserProvidedCacheLocator

    return UserProvidedCacheLocator.get_suitable_cache_subpath(os.path.join(os.path.abspath(source_dir), "_.py"))


SEED_MARKER = ".seeded-from-bundle"
"""File beside the seeded cache naming the bundle build it came from (a digest of its index files)."""


def seed_from_bundle(bundle_root: Path, package_root: str, cache_dir: Path) -> int:
    """Copy the bundle's warm JIT cache into ``cache_dir`` where numba will look for it.

    Parameters
    ----------
    bundle_root
        The bundle's data folder, holding :data:`BUNDLED_CACHE_DIR`.
    package_root
        The folder the ``twin`` package's sources are in here (the parent of ``twin/``), as
        numba sees it (the kernels' source file name, not resolved through links).
    cache_dir
        ``NUMBA_CACHE_DIR``.

    Once per bundle build: a marker (:data:`SEED_MARKER`) records a digest of the shipped index
    files, and while it matches nothing is copied again, so what numba adds to the cache later
    (kernels compiled for a processor unlike the build machine's) is kept. A new build (an
    upgrade) seeds again over the old files, whose stamps no longer match. The index files hold
    a hash of the source (in a frozen application, of the executable), so numba ignores a cache
    from another build and recompiles, never running stale code. Returns the number of files
    copied.
    """
    import hashlib
    import shutil

    shipped = Path(bundle_root) / BUNDLED_CACHE_DIR
    copied = 0
    if not shipped.is_dir():
        return 0
    for folder in sorted(p for p in shipped.rglob("*") if p.is_dir() and any(f.is_file() for f in p.iterdir())):
        files = sorted(f for f in folder.iterdir() if f.is_file())
        digest = hashlib.sha256()
        for f in files:
            if f.suffix == ".nbi":
                digest.update(f.name.encode() + b"\0" + f.read_bytes())
        target = Path(cache_dir) / numba_cache_subdir(os.path.join(package_root, *folder.relative_to(shipped).parts))
        marker = target / SEED_MARKER
        if marker.is_file() and marker.read_text().strip() == digest.hexdigest():
            continue
        target.mkdir(parents=True, exist_ok=True)
        for f in files:
            shutil.copy2(f, target / f.name)
            copied += 1
        marker.write_text(digest.hexdigest() + "\n")
    return copied


def _import_kernels() -> ModuleType:
    """Import :mod:`twin.sim.airflow.kernels_numba`; in the installer bundle, from its source file.

    PyInstaller strips the folders from the file names of the modules it freezes
    (``twin/sim/airflow/kernels_numba.py``, relative), and numba places its cache by that file
    name: relative, it exists only when the current folder is the bundle's, and numba falls back
    to a cache folder named after the current folder, so the cache missed at every start from
    elsewhere. The bundle carries the package's sources (``campus_twin.spec``); compiled from
    the absolute path of that file, the kernels get a cache folder of their own.
    """
    import importlib
    import importlib.util

    name = "twin.sim.airflow.kernels_numba"
    bundle_root = getattr(sys, "_MEIPASS", None)
    if name in sys.modules or not getattr(sys, "frozen", False) or bundle_root is None:
        return importlib.import_module(name)
    source = os.path.join(os.path.abspath(bundle_root), "twin", "sim", "airflow", "kernels_numba.py")
    if not os.path.isfile(source):
        return importlib.import_module(name)
    spec = importlib.util.spec_from_file_location(name, source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    import twin.sim.airflow as package

    package.kernels_numba = module  # as a normal import binds it
    return module


def _seed_if_frozen(kernels: ModuleType) -> int:
    """In the installer bundle, seed the user's JIT cache from the shipped one (see :func:`seed_from_bundle`)."""
    import inspect

    bundle_root = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or bundle_root is None:
        return 0
    # where numba will say the kernels' source is: .../twin/sim/airflow/kernels_numba.py
    source = inspect.getfile(kernels.warm_up)
    package_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(source)))))
    try:
        return seed_from_bundle(Path(bundle_root), package_root, Path(os.environ["NUMBA_CACHE_DIR"]))
    except OSError:
        return 0  # a read-only or full cache folder: numba compiles as without a shipped cache


def _compile(requested: str, dtypes: tuple[Any, ...], background: bool = False) -> None:
    t0 = time.perf_counter()
    if background:  # a cold compile takes a core for half a minute: the window comes first
        run_current_thread_in_background()
    try:
        _set_cache_dir()
        kernels_numba = _import_kernels()
        _S.seeded = _seed_if_frozen(kernels_numba)

        for i, dtype in enumerate(dtypes):
            kernels_numba.warm_up(dtype)
            with _S.lock:
                _S.ready[np.dtype(dtype)] = kernels_numba
            if i == 0:
                elapsed = time.perf_counter() - t0
                _publish(BackendStatus.with_figures(requested, "numba", "ready", tr_noop(
                    "Solver", "Compiled solver ready ({s} s); running on it"), {"s": elapsed}, elapsed))
    except Exception as exc:  # noqa: BLE001 - any failure leaves the reference running
        _publish(BackendStatus.with_figures(requested, "numpy", "failed", tr_noop(
            "Solver", "Compiled solver unavailable ({err}); running on numpy"), {"err": f"{type(exc).__name__}: {exc}"},
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
            thread = threading.Thread(target=_compile, args=(name, dtypes, True), name="twin-solver-jit", daemon=True)
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
