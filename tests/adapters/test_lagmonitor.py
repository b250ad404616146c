"""The event-loop lag monitor: stalls are measured and reported, probes on time are not, and a late wake-up is CPU
work on the loop only when the loop's thread did the work."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from bot.lagmonitor import LAG_WARNING, WAIT_WARNING, EventLoopLagMonitor


def test_a_probe_over_the_threshold_is_logged_once_with_its_length(caplog: pytest.LogCaptureFixture) -> None:
    monitor = EventLoopLagMonitor(threshold=0.25)
    with caplog.at_level(logging.WARNING, logger="bot.lagmonitor"):
        monitor.record(0.1, 0.2)
        monitor.record(0.6, 0.65)
    assert monitor.stalls == 1
    assert monitor.waits == 0
    assert monitor.worst == pytest.approx(0.6)
    assert [r.getMessage() for r in caplog.records] == [LAG_WARNING % (600, 650, 250)]


@pytest.mark.parametrize(("worked", "stalls", "waits"), [(0.0, 0, 1), (0.25, 0, 1), (0.26, 1, 0), (0.9, 1, 0)])
def test_a_late_probe_is_a_stall_only_when_the_loop_thread_worked_past_the_threshold(
    worked: float, stalls: int, waits: int, caplog: pytest.LogCaptureFixture
) -> None:
    monitor = EventLoopLagMonitor(threshold=0.25)
    with caplog.at_level(logging.WARNING, logger="bot.lagmonitor"):
        monitor.record(1.0, worked)
    assert (monitor.stalls, monitor.waits) == (stalls, waits)
    assert monitor.worst == pytest.approx(1.0)
    expected = LAG_WARNING % (1000, worked * 1000, 250) if stalls else WAIT_WARNING % (1000, worked * 1000)
    assert [r.getMessage() for r in caplog.records] == [expected]


async def _until_reported(monitor: EventLoopLagMonitor) -> None:
    for _ in range(300):  # wait for the late probe to wake up and report
        await asyncio.sleep(0.01)
        if monitor.stalls or monitor.waits:
            return


async def test_cpu_work_on_the_loop_is_caught_by_the_running_monitor(caplog: pytest.LogCaptureFixture) -> None:
    monitor = EventLoopLagMonitor(threshold=0.05, interval=0.01)
    with caplog.at_level(logging.WARNING, logger="bot.lagmonitor"):
        monitor.start()
        await asyncio.sleep(0.05)  # let the first probe start sleeping
        # The stall under test: 0.3 s of this thread's CPU time, however fast or busy the machine is.
        started = time.thread_time()
        while time.thread_time() - started < 0.3:
            pass
        await _until_reported(monitor)
        await monitor.stop()
    assert monitor.stalls >= 1
    assert monitor.worst >= 0.2
    assert any("Event loop stalled" in r.getMessage() for r in caplog.records)


async def test_a_loop_held_up_without_working_is_a_wait_not_cpu_work(caplog: pytest.LogCaptureFixture) -> None:
    monitor = EventLoopLagMonitor(threshold=0.05, interval=0.01)
    with caplog.at_level(logging.WARNING, logger="bot.lagmonitor"):
        monitor.start()
        await asyncio.sleep(0.05)
        time.sleep(0.3)  # noqa: ASYNC251 - held up without using the CPU, as a busy machine or the GIL would
        await _until_reported(monitor)
        await monitor.stop()
    assert monitor.stalls == 0
    assert monitor.waits >= 1
    assert not any("Event loop stalled" in r.getMessage() for r in caplog.records)


async def test_stopping_is_idempotent_and_start_restarts() -> None:
    monitor = EventLoopLagMonitor()
    await monitor.stop()
    monitor.start()
    monitor.start()
    await monitor.stop()
    await monitor.stop()
