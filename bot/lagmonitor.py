"""Measure the event loop's own lag: one process serves many servers, so a stall anywhere delays them all."""

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
LAG_WARNING = "Event loop stalled for %.0f ms (warning above %.0f ms): CPU work is running on the loop"


class EventLoopLagMonitor:
    """Sleep in a loop and log a warning whenever a wake-up comes later than the threshold allows."""

    def __init__(
        self,
        threshold: float = LAG_WARNING_SECONDS,
        interval: float = PROBE_INTERVAL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.threshold = threshold
        self.interval = interval
        self._clock = clock
        self.worst = 0.0
        self.stalls = 0
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

    def record(self, lag: float) -> None:
        """Count one probe's lag and warn when it is over the threshold."""
        self.worst = max(self.worst, lag)
        if lag > self.threshold:
            self.stalls += 1
            log.warning(LAG_WARNING, lag * 1000, self.threshold * 1000)

    async def _run(self) -> None:
        while True:
            started = self._clock()
            await asyncio.sleep(self.interval)
            self.record(max(0.0, self._clock() - started - self.interval))
