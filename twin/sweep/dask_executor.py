"""Sweep cases on a Dask cluster: a local one (one worker process per core) or an existing one.

:class:`DaskExecutor` implements the :class:`~twin.sweep.executor.Executor` protocol with
:mod:`distributed`: every job is its own task (``Client.submit(..., retries=..., pure=False)``),
results come back in completion order (``as_completed``) and are handed to ``on_done`` at once,
so the caller (:func:`~twin.sweep.recirculation.sweep_recirculation`) stores each solved case
in the :class:`~twin.sweep.cache.SweepCache` as soon as it exists and a rerun after a crash
resubmits only the cases still missing. The caller checks the cache *before* calling
:meth:`DaskExecutor.map`, so a finished case is never submitted.

Failures, and why one dead worker costs one case:

* A worker process that dies (killed, out of memory, segfault) is restarted by its nanny; the
  scheduler reschedules the tasks it held on another worker. Each such task counts one
  "suspicious" death; after ``distributed.scheduler.allowed-failures`` (3 by default) deaths the
  task fails with ``KilledWorker`` (a case that kills every worker it touches must not take the
  whole cluster down).
* A case that raises is rerun up to ``retries`` times (``Client.submit(retries=...)``), then
  its exception is raised here as :class:`SweepCaseError` naming the job; cases finished before
  it are already in the cache.

One solver thread per worker: the airflow solver's numpy kernels use all the cores a BLAS/OpenMP
runtime finds, which on a cluster of one-process-per-core workers would oversubscribe every
core. The local cluster's worker processes are started with ``OMP_NUM_THREADS=1`` and friends
(:data:`SINGLE_THREAD_ENV`, set through ``distributed.nanny.pre-spawn-environ`` so they hold
before numpy is imported) and ``threads_per_worker=1``. Workers of an existing cluster must be
started the same way (``OMP_NUM_THREADS=1 dask worker tcp://HOST:8786 --nthreads 1``) from the
same environment: :meth:`DaskExecutor.start` compares each worker's
:func:`~twin.sweep.cache.code_version` with this process's and refuses workers that run other
code (their results would be cached under this code's keys).
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from twin.core.i18n import tr

SINGLE_THREAD_ENV = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "NUMBA_NUM_THREADS": "1",
    "VECLIB_MAXIMUM_THREADS": "1",
}
"""Environment of the local cluster's worker processes: one compute thread each."""

DEFAULT_RETRIES = 2
"""Reruns of a case that raised (worker deaths are counted separately by the scheduler)."""


class SweepCaseError(RuntimeError):
    """A case failed on the cluster after its retries (or killed too many workers)."""


class WorkerMismatchError(RuntimeError):
    """A worker of the cluster runs other code than this process (or cannot import twin)."""


@dataclass(frozen=True)
class TaskStats:
    """Where and how one case ran (measured inside the worker process)."""

    pid: int
    host: str
    wall_s: float
    rss_before_mb: float
    """Resident memory of the worker process when the case started, MiB."""
    peak_rss_mb: float
    """Peak resident memory of the worker process so far (``getrusage`` ``ru_maxrss``), MiB;
    NaN where the platform does not report it."""


@dataclass(frozen=True)
class SweepProgress:
    """Where a sweep stands after a case completed."""

    done: int
    """Cases finished in this executor's life (all ``map`` calls together)."""
    total: int
    """Cases submitted so far."""
    elapsed_s: float
    eta_s: float
    """Estimated seconds left: cases left / observed completion rate (NaN before the first)."""
    workers: int
    last: TaskStats

    def describe(self) -> str:
        """``"12/48 cases, 3 min 10 s elapsed, about 9 min 30 s left (2 workers)"``, translated."""
        left = tr("Sweep", "about {eta} left").format(eta=format_duration(self.eta_s)) if math.isfinite(self.eta_s) \
            else tr("Sweep", "time left unknown")
        return tr("Sweep", "{done}/{total} cases, {elapsed} elapsed, {left} ({workers} workers)").format(
            done=self.done, total=self.total, elapsed=format_duration(self.elapsed_s), left=left, workers=self.workers)


def format_duration(seconds: float) -> str:
    """``"45 s"``, ``"3 min 10 s"``, ``"2 h 05 min"``."""
    s = max(0, int(round(seconds)))
    if s < 60:
        return tr("Sweep", "{s} s").format(s=s)
    if s < 3600:
        return tr("Sweep", "{m} min {s} s").format(m=s // 60, s=s % 60)
    return tr("Sweep", "{h} h {m:02d} min").format(h=s // 3600, m=(s % 3600) // 60)


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return math.nan
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024.0  # bytes on macOS, KiB on Linux


def run_measured(fn: Callable[[Any], Any], job: Any) -> tuple[Any, TaskStats]:
    """``fn(job)`` and where/how long/how much memory it took (runs inside the worker)."""
    import socket

    rss = _rss_mb()
    started = time.perf_counter()
    result = fn(job)
    return result, TaskStats(pid=os.getpid(), host=socket.gethostname(), wall_s=time.perf_counter() - started,
                             rss_before_mb=rss, peak_rss_mb=_peak_rss_mb())


def worker_info() -> dict[str, object]:
    """What :meth:`DaskExecutor.start` checks on every worker (runs inside the worker)."""
    from twin.sweep.cache import code_version

    return {"pid": os.getpid(), "code": code_version(), "omp_num_threads": os.environ.get("OMP_NUM_THREADS"),
            "rss_mb": _rss_mb()}


class DaskExecutor:
    """Runs sweep cases as Dask tasks (see the module docstring).

    Parameters
    ----------
    scheduler
        Address of an existing scheduler (``tcp://HOST:8786``); None starts a
        :class:`distributed.LocalCluster` of ``n_workers`` processes with one thread each.
    n_workers
        Worker processes of the local cluster; the machine's cores
        (``os.cpu_count()``) when omitted. Ignored with ``scheduler``.
    retries
        Reruns of a case that raised.
    progress
        Called with a :class:`SweepProgress` after every completed case (from the thread that
        called :meth:`map`; several threads may call :meth:`map` on one executor at once).
    check_code
        Refuse workers whose :func:`~twin.sweep.cache.code_version` differs from this process's.
    announce
        Called with one translated line once the cluster is up (where, workers, start time).
    priority
        ``priority(job)``: jobs with a higher value start first (Dask's ``priority``), e.g.
        :func:`light_wind_first`, so the slowest cases do not form the tail of a sweep.

    The cluster is started (or connected to) by the first :meth:`map` that has jobs, so a sweep
    served entirely from the cache never starts one. Use as a context manager (or call
    :meth:`close`) so the local cluster is shut down.
    """

    def __init__(
        self,
        scheduler: str | None = None,
        *,
        n_workers: int | None = None,
        retries: int = DEFAULT_RETRIES,
        progress: Callable[[SweepProgress], None] | None = None,
        check_code: bool = True,
        announce: Callable[[str], None] | None = None,
        priority: Callable[[Any], float] | None = None,
    ) -> None:
        if n_workers is not None and n_workers < 1:
            raise ValueError(tr("Sweep", "the local cluster needs at least one worker, not {n}").format(n=n_workers))
        self.scheduler = scheduler
        self.n_workers = n_workers or os.cpu_count() or 1
        self.retries = retries
        self.progress = progress
        self.check_code = check_code
        self.announce = announce
        self.priority = priority
        self.submitted = 0
        """Cases submitted to the cluster over this executor's life."""
        self.completed = 0
        self.stats: list[TaskStats] = []
        """One entry per completed case, in completion order."""
        self.stats_by_key: dict[str, TaskStats] = {}
        """The same, by Dask task key."""
        self.start_s = math.nan
        """Seconds the cluster took to start (or to connect to) and check (NaN before)."""
        self.busy_s = 0.0
        """Seconds from the first submission to the latest completion (the cluster's solving time)."""
        self.worker_infos: dict[str, dict[str, object]] = {}
        """:func:`worker_info` of each worker at :meth:`start`."""
        self._client = None
        self._cluster = None
        self._lock = threading.RLock()
        self._start_error: BaseException | None = None
        self._first_submit: float | None = None

    # -- life cycle ---------------------------------------------------------------------------

    def start(self):
        """Start (or connect to) the cluster and check its workers; returns the ``Client``.

        Raises
        ------
        OSError
            When the scheduler cannot be reached.
        WorkerMismatchError
            When a worker runs other code (see the module docstring).
        """
        with self._lock:  # re-entrant: close() inside takes it too
            if self._client is not None:
                return self._client
            if self._start_error is not None:  # another layout's thread already failed to start it
                raise self._start_error
            started = time.perf_counter()
            try:
                client = self._connect()
                self._client = client
                self._check_workers(client)
            except BaseException as exc:
                self._start_error = exc
                self.close()
                raise
            self.start_s = time.perf_counter() - started
        if self.announce is not None:
            self.announce(tr("Sweep", "cluster: {where}, {workers} workers, {cores} cores ({seconds:.1f} s to start)").format(
                where=self.scheduler or tr("Sweep", "local"), workers=len(self.worker_infos), cores=self.cores,
                seconds=self.start_s))
        return client

    def _connect(self):
        import dask
        from distributed import Client, LocalCluster

        if self.scheduler:
            return Client(self.scheduler, timeout="20s")
        environ = {**dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}) or {}), **SINGLE_THREAD_ENV}
        # worker-saturation 1: a one-thread worker holds only the case it runs (not a second
        # one queued behind it), so a dying worker loses one case.
        with dask.config.set({"distributed.nanny.pre-spawn-environ": environ,
                              "distributed.scheduler.worker-saturation": 1.0}):
            self._cluster = LocalCluster(n_workers=self.n_workers, threads_per_worker=1, processes=True,
                                         dashboard_address=":0")  # any free port: never "8787 in use"
        return Client(self._cluster)

    def _check_workers(self, client) -> None:
        from twin.sweep.cache import code_version

        if not self.scheduler:
            client.wait_for_workers(self.n_workers, timeout=120)
        try:
            infos = client.run(worker_info)
        except Exception as exc:  # noqa: BLE001 - any failure in a worker means it cannot run the sweep
            raise WorkerMismatchError(tr("Sweep", "a worker of the cluster cannot run twin: {error}").format(
                error=exc)) from exc
        if not infos:
            raise WorkerMismatchError(tr("Sweep", "the cluster at {address} has no workers").format(
                address=self.scheduler))
        self.worker_infos = infos
        mine = code_version()
        other = sorted(addr for addr, info in infos.items() if info.get("code") != mine)
        if self.check_code and other:
            raise WorkerMismatchError(tr("Sweep", "workers {workers} run other twin code ({theirs}) than this "
                                                  "process ({mine}); start them from the same environment").format(
                workers=", ".join(other), theirs=infos[other[0]].get("code"), mine=mine))

    @property
    def cores(self) -> int:
        """Threads (one per worker process on a local cluster) the cluster offers now."""
        if self._client is None:
            return 0
        return int(sum(self._client.nthreads().values()))

    def close(self) -> None:
        """Close the client and, when this executor started it, the local cluster."""
        with self._lock:
            client, cluster = self._client, self._cluster
            self._client = self._cluster = None
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the Executor protocol ----------------------------------------------------------------

    def map(
        self,
        fn: Callable[[Any], Any],
        jobs: Sequence[Any],
        on_done: Callable[[int, Any], None] | None = None,
    ) -> list[Any]:
        """Submit one task per job, hand each result to ``on_done`` as it completes.

        Returns the results in the jobs' order.

        Raises
        ------
        SweepCaseError
            A case raised after its retries, or killed too many workers; the other tasks of this
            call are cancelled (the results already passed to ``on_done`` stay there).
        """
        if not jobs:
            return []
        from distributed import as_completed

        client = self.start()
        futures = [client.submit(run_measured, fn, job, retries=self.retries, pure=False,
                                 priority=round(self.priority(job)) if self.priority else 0) for job in jobs]
        where = {f.key: i for i, f in enumerate(futures)}
        with self._lock:
            self.submitted += len(futures)
            if self._first_submit is None:
                self._first_submit = time.perf_counter()
        results: list[Any] = [None] * len(jobs)
        try:
            for future in as_completed(futures):
                i = where[future.key]
                try:
                    result, stats = future.result()
                except Exception as exc:
                    raise SweepCaseError(tr("Sweep", "sweep case {i} ({job}) failed on the cluster: {error}").format(
                        i=i + 1, job=_describe(jobs[i]), error=exc)) from exc
                results[i] = result
                if on_done is not None:
                    on_done(i, result)
                self._completed(future.key, stats)
        finally:
            client.cancel([f for f in futures if not f.done()])
        return results

    def _completed(self, key: str, stats: TaskStats) -> None:
        with self._lock:
            self.completed += 1
            self.stats.append(stats)
            self.stats_by_key[str(key)] = stats
            elapsed = time.perf_counter() - (self._first_submit or time.perf_counter())
            self.busy_s = elapsed
            left = self.submitted - self.completed
            eta = left * elapsed / self.completed if self.completed else math.nan
            report = SweepProgress(done=self.completed, total=self.submitted, elapsed_s=elapsed, eta_s=eta,
                                   workers=len(self.worker_infos), last=stats)
        if self.progress is not None:
            self.progress(report)


def light_wind_first(job: Any) -> float:
    """Priority of a sweep case: the lighter its wind, the earlier it starts.

    A case steps until one flow-through time ``L / U`` has passed and its settle test holds, so
    its cost grows as the wind drops (measured at 16 m: ~45 steps at 8 m/s, ~100 at 3.5 m/s,
    200-600 at 1-1.5 m/s, see ``docs/scaling.md``). Starting the costly cases first keeps the
    sweep from ending on one slow case while the other workers idle (longest-processing-time-
    first scheduling).
    """
    case = getattr(job, "case", None)
    speed = float(getattr(case, "wind_speed_ms", 0.0) or 0.0)
    return 1000.0 / max(speed, 0.5)


def _describe(job: Any) -> str:
    case = getattr(job, "case", None)
    describe = getattr(case, "describe", None)
    return describe() if callable(describe) else type(job).__name__
