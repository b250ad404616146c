"""The event-loop lag monitor: stalls are measured and reported, probes on time are not."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from bot.lagmonitor import LAG_WARNING, EventLoopLagMonitor


def test_a_probe_over_the_threshold_is_logged_once_with_its_length(caplog: pytest.LogCaptureFixture) -> None:
    monitor = EventLoopLagMonitor(threshold=0.25)
    with caplog.at_level(logging.WARNING, logger="bot.lagmonitor"):
        monitor.record(0.1)
        monitor.record(0.6)
    assert monitor.stalls == 1
    assert monitor.worst == pytest.approx(0.6)
    assert [r.getMessage() for r in caplog.records] == [LAG_WARNING % (600, 250)]


async def test_blocking_the_loop_is_caught_by_the_running_monitor(caplog: pytest.LogCaptureFixture) -> None:
    monitor = EventLoopLagMonitor(threshold=0.05, interval=0.01)
    with caplog.at_level(logging.WARNING, logger="bot.lagmonitor"):
        monitor.start()
        await asyncio.sleep(0.05)  # let the first probe start sleeping
        time.sleep(0.3)  # noqa: ASYNC251 - the stall under test: at least 0.3 s, whatever the machine's speed
        for _ in range(100):  # wait for the late probe to wake up and report
            await asyncio.sleep(0.01)
            if monitor.stalls:
                break
        await monitor.stop()
    assert monitor.stalls >= 1
    assert monitor.worst >= 0.2
    assert any("Event loop stalled" in r.getMessage() for r in caplog.records)


async def test_stopping_is_idempotent_and_start_restarts() -> None:
    monitor = EventLoopLagMonitor()
    await monitor.stop()
    monitor.start()
    monitor.start()
    await monitor.stop()
    await monitor.stop()
