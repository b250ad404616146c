"""Keep the garbage collector's passes out of loading and compiling knowledge.

Loading a large base makes millions of objects that all live on (stems, plans, postings' vocabulary). Each
object made counts towards the collector's next pass, and its full passes walk every object alive: at 100,000
facts a start made a dozen of them, some 2.5 s of a changed-file start. Nearly all of those objects are freed by
reference counting or live on, so the passes found almost nothing. While a load runs, automatic collection is
paused (in every thread: the collector is the process's); it resumes when the last running load ends, as it was.

All that a paused load made is then in the collector's youngest generation, and the first pass after the pause walks
all of it, in whichever thread allocates next: in the bot that can be the event loop, right after a reload. A
long-lived process that keeps its knowledge (the bot) asks for what loads make to be frozen instead
(``freeze_after_loads``): the last load to end moves everything alive out of the collector's passes (``gc.freeze``,
which takes no walk), before collection resumes. Frozen objects that die are still freed by reference counting, so
knowledge must hold no reference cycle (``BoundedMemo``) for a replaced base to be freed. What is cyclic garbage when
a load ends is frozen with it and kept: PyYAML's loaders leave some two dozen objects a reload (measured: 120 objects,
about 17 KB, after five reloads of the shipped folder), and so would cycles the event loop dropped meanwhile.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_lock = threading.Lock()
_running = 0
_was_enabled = False
_freezing = False


def freeze_after_loads(freeze: bool) -> None:
    """Have every load, as it ends, freeze what is alive out of the collector's passes (or stop doing so)."""
    global _freezing
    with _lock:
        _freezing = freeze


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause automatic garbage collection until the block ends (nested or concurrent blocks share one pause)."""
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                if _freezing:
                    gc.freeze()
                if _was_enabled:
                    gc.enable()


def without_collection(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` with automatic garbage collection paused (``collection_paused``)."""

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        with collection_paused():
            return function(*args, **kwargs)

    return paused
