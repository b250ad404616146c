"""Keep the long-lived heap (the knowledge and its index) out of the garbage collector's full passes."""

from __future__ import annotations

import gc
import logging

from bot.core.knowledge.collector import freeze_after_loads

log = logging.getLogger(__name__)


class HeapFreezer:
    """Freeze what is alive after start-up, and have every later load of knowledge freeze what it made.

    A full collection walks every tracked object: with the shipped knowledge loaded that is some 190,000 objects and
    a pause of about 100 ms on the event loop, measured in the middle of a burst of /ask. Frozen objects are never
    walked again. A reload runs in a worker thread with collection paused and ends by freezing what it made
    (``freeze_after_loads``), so neither its objects nor the whole heap are walked afterwards, on the loop or
    anywhere. Objects that die, such as the knowledge a reload replaced, are still freed by reference counting: the
    knowledge holds no reference cycle (a test reloads with the collector off and sees the old base freed).
    """

    def freeze(self) -> None:
        """Collect what is garbage now, freeze everything left, and have later loads freeze what they make."""
        gc.collect()
        gc.freeze()
        freeze_after_loads(True)
        log.debug("Froze %d objects out of the garbage collector's passes", gc.get_freeze_count())

    def thaw(self) -> None:
        """Give the frozen heap back to the collector, for a process that lets its knowledge go for good (the
        benchmark, moving from one base to the next): frozen cycles would otherwise never be freed."""
        freeze_after_loads(False)
        gc.unfreeze()
