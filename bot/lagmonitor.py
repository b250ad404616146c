"""Measure the event loop's own lag: one process serves many servers, so a stall anywhere delays them all.

A probe that wakes up late is a stall of the loop's own making only when the loop's thread spent the time working
(its CPU time over the probe, ``time.thread_time``). A late wake-up with the thread idle means something else held
it up: a busy machine that did not schedule the process, or a worker thread holding the GIL. Both are logged, under
different words, so a test can hold the bot to "no CPU work on the loop" whatever the machine's load.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

#: A stall longer than this is logged as a warning (Discord wants every interaction acknowledged within 3 s).
LAG_WARNING_SECONDS = 0.25
#: How often the loop is probed; the lag of one probe is how late its wake-up came.
PROBE_INTERVAL_SECONDS = 0.1
#: The warning text, which the end-to-end suite looks for in the bot's log.
LAG_WARNING = (
    "Event loop stalled for %.0f ms, %.0f ms of it working (warning above %.0f ms): CPU work is running on the loop"
)
#: The text for a late wake-up while the loop's thread did not work (the machine or another thread held it up).
WAIT_WARNING = "Event loop woke up %.0f ms late, having worked %.0f ms of it: the machine or another thread held it up"


class EventLoopLagMonitor:
    """Sleep in a loop and log a warning whenever a wake-up comes later than the threshold allows."""

    def __init__(
        self,
        threshold: float = LAG_WARNING_SECONDS,
        interval: float = PROBE_INTERVAL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        cpu_clock: Callable[[], float] = time.thread_time,
    ) -> None:
        self.threshold = threshold
        self.interval = interval
        self._clock = clock
        self._cpu_clock = cpu_clock
        #: The longest lag seen, whatever held the loop up.
        self.worst = 0.0
        #: Late wake-ups while the loop's thread worked longer than the threshold (CPU work on the loop).
        self.stalls = 0
        #: Late wake-ups while the loop's thread mostly waited (a busy machine, a worker holding the GIL).
        self.waits = 0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start probing on the running loop (idempotent)."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="event-loop-lag-monitor")

    async def stop(self) -> None:
        """Stop probing."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def record(self, lag: float, worked: float) -> None:
        """Count one probe's lag and the loop thread's CPU time over it; warn when the lag is over the threshold."""
        self.worst = max(self.worst, lag)
        if lag <= self.threshold:
            return
        if worked > self.threshold:
            self.stalls += 1
            log.warning(LAG_WARNING, lag * 1000, worked * 1000, self.threshold * 1000)
        else:
            self.waits += 1
            log.warning(WAIT_WARNING, lag * 1000, worked * 1000)

    async def _run(self) -> None:
        while True:
            started, cpu = self._clock(), self._cpu_clock()
            await asyncio.sleep(self.interval)
            self.record(max(0.0, self._clock() - started - self.interval), self._cpu_clock() - cpu)
