"""Where sweep cases run: a small interface, and the serial executor used today.

The interface is what a Dask (``distributed.Client.map`` / ``as_completed``) executor needs to
implement later (issue 13): take a picklable function and a list of picklable jobs, return the
results in order, report each completion as it happens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

J = TypeVar("J")
R = TypeVar("R")


class Executor(Protocol):
    """Runs ``fn(job)`` for every job; results in the jobs' order."""

    def map(
        self,
        fn: Callable[[Any], Any],
        jobs: Sequence[Any],
        on_done: Callable[[int, Any], None] | None = None,
    ) -> list[Any]:
        """Run ``fn`` over ``jobs``; ``on_done(index, result)`` after each one completes."""
        ...


class SerialExecutor:
    """Runs the jobs one after another on the caller's thread (deterministic, no overhead).

    The airflow solver already uses the machine's cores within one case (numpy kernels and its
    heat-transport worker thread), so running cases in parallel on one workstation buys little.
    """

    def map(
        self,
        fn: Callable[[J], R],
        jobs: Sequence[J],
        on_done: Callable[[int, R], None] | None = None,
    ) -> list[R]:
        results: list[R] = []
        for i, job in enumerate(jobs):
            result = fn(job)
            results.append(result)
            if on_done is not None:
                on_done(i, result)
        return results
