"""Per-file work spread over the machine's cores: forked processes that inherit what this one has built.

Compiling a large base from scratch (the first start, or a new code version) parses, checks and indexes every
file; each file's work is independent once what they share is known, so it is done by worker processes forked
from this one. A forked worker inherits everything in memory (the base, the senses, the glossary) without it
being copied or pickled; only each file's result comes back, pickled between our own processes (never read from
disk). Where processes cannot be forked, or the work is too small to pay for it, everything runs here, in order:
the results are the same either way.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

#: At most this many worker processes (each holds a copy-on-write view of this process, plus its own work).
MAX_WORKERS = 2
#: Forking and returning results costs tens of milliseconds: only this many facts (or more) are worth it.
MIN_PARALLEL_FACTS = 4000
#: From this many facts to compile on, each file's tokenised texts are kept packed in one string between gathering
#: the base's words and compiling the file, not as lists (they would take hundreds of megabytes at 100,000 facts).
LARGE_COMPILE_FACTS = 20_000

#: The time constant of the 1-minute load average, in seconds (it moves towards the number of running tasks as
#: ``1 - exp(-t / 60)``).
LOAD_AVERAGE_SECONDS = 60.0

#: When this process's own worker processes ran: (start, end, how many), on the monotonic clock.
_own_work: list[tuple[float, float, int]] = []

#: The task the forked workers run (they inherit it; only its argument, a number, is sent to them).
_task: Callable[[int], Any] | None = None
_lock = threading.Lock()


def worker_count() -> int:
    """Return how many worker processes to use: the idle cores this process may run on, at most ``MAX_WORKERS``.

    On a machine whose cores are all busy, workers only compete with each other and with the other programs:
    the work is then done in this process, which costs the least in all.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    try:
        # This process's own workers, done by now, still count in the average for a minute or so: they are not
        # another program's work (a first start would otherwise deem the machine busy with its own earlier step).
        busy = max(0.0, os.getloadavg()[0] - own_load(time.monotonic()))
    except (AttributeError, OSError):
        busy = 0.0
    # This process is one of the busy ones (it is about to compile), so it counts as an idle core of its own.
    idle = round(cores - busy + 1)
    return max(1, min(cores, idle, MAX_WORKERS))


def own_load(now: float) -> float:
    """Return how much of the 1-minute load average this process's finished worker processes still make up."""
    return sum(
        count * (math.exp(-(now - end) / LOAD_AVERAGE_SECONDS) - math.exp(-(now - start) / LOAD_AVERAGE_SECONDS))
        for start, end, count in _own_work
    )


def worth_forking(count: int, facts: int) -> bool:
    """Tell whether ``count`` pieces of work over ``facts`` facts are worth worker processes."""
    return count >= 2 and facts >= MIN_PARALLEL_FACTS and worker_count() >= 2 and _can_fork()


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _run(number: int) -> Any:
    assert _task is not None, "a worker runs only inside map_forked"
    return _task(number)


def map_forked(task: Callable[[int], T], count: int, parallel: bool = True) -> list[T]:
    """Return ``[task(0), ..., task(count - 1)]``, computed by forked worker processes when ``parallel``.

    ``task`` may use anything this process holds; what it returns is pickled back. It must not change state
    this process relies on (a worker's changes stay in the worker). If the workers cannot be started, the work
    is done here.
    """
    global _task
    if not parallel or count < 2 or not _can_fork():
        return [task(i) for i in range(count)]
    with _lock:  # the task is a global the workers inherit: one parallel map at a time
        _task = task
        try:
            context = multiprocessing.get_context("fork")
            workers = min(worker_count(), count)
            log.debug("Spreading %d pieces of work over %d worker processes", count, workers)
            started = time.monotonic()
            try:
                with context.Pool(workers) as pool:
                    return pool.map(_run, range(count), chunksize=1)
            finally:
                ended = time.monotonic()
                # Work done ten time constants ago no longer counts (a bot that reloads for weeks keeps few).
                _own_work[:] = [w for w in _own_work if ended - w[1] < 10 * LOAD_AVERAGE_SECONDS]
                _own_work.append((started, ended, workers))
        except OSError as exc:  # no processes left, no memory to fork: do the work here
            log.warning("Could not start worker processes (%s); compiling in this process", exc)
        finally:
            _task = None
    return [task(i) for i in range(count)]
