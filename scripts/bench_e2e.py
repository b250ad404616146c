"""End-to-end load: a burst of /ask interactions and a 25-member quiz through the local Discord stand-in.

Besides time to first response, it prints what the bot process spent in CPU during the burst and the machine's
load: on a shared machine the times vary with the load, the CPU time much less.

Switches for finding where the time goes: BENCH_PROFILE=folder samples the bot and the stand-in with py-spy during
the burst (raw stacks; py-spy must be on PATH; BENCH_PROFILE_GIL=1 samples only the thread holding the GIL,
BENCH_PROFILE_EXTRA adds py-spy options), BENCH_CPROFILE=file writes cProfile statistics of the bot's event-loop
thread during the burst, in CPU time (tests/e2e/site/sitecustomize.py).
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import statistics
import tempfile
import time
from pathlib import Path

from tests.e2e.conftest import STALL_MARK, WAIT_MARK, start_bot, stop_bot
from tests.e2e.fakediscord import FakeDiscord, Interaction

#: The colour codes of discord.py's log lines.
_COLOUR = re.compile(r"\x1b\[[0-9;]*m")
QUESTIONS = [
    "cepa year?",
    "which state is paired with ehime",
    "india japan ka trade kitna hai",
    "aagc year",
    "who heads JAXA",
    "what is quad role",
    "mahsr full form",
    "jimex kya hai",
]


def percentile(values: list[float], share: float) -> float:
    """Return the value below which ``share`` of the values fall."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def cpu_seconds(pid: int) -> float | None:
    """Return the CPU time (user + system) a process has used so far, where /proc tells (Linux); else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def report(name: str, interactions: list[Interaction], elapsed: float, messages: int) -> None:
    """Print time-to-first-response figures for a set of interactions."""
    latencies = [i.latency * 1000 for i in interactions if i.latency is not None]
    missing = len(interactions) - len(latencies)
    late = sum(1 for value in latencies if value > 3000)
    print(
        f"{name}: {len(interactions)} interactions, first response p50 {statistics.median(latencies):.0f} ms, "
        f"p95 {percentile(latencies, 0.95):.0f} ms, max {max(latencies):.0f} ms; over 3 s: {late}; "
        f"unanswered: {missing}; {messages / elapsed:.1f} requests/s to Discord over {elapsed:.1f} s"
    )


async def settle(pid: int, limit: float = 30.0) -> float:
    """Wait until the bot is idle (under 5% of a CPU over 0.25 s), so the burst meets a bot in its steady state."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        before = cpu_seconds(pid)
        await asyncio.sleep(0.25)
        after = cpu_seconds(pid)
        if before is None or after is None or after - before < 0.0125:
            break
    return time.monotonic() - started


async def start_profilers(bot_pid: int) -> list[asyncio.subprocess.Process]:
    """With BENCH_PROFILE=folder, sample the bot and this process with py-spy during the burst (raw stacks)."""
    folder = os.environ.get("BENCH_PROFILE")
    if not folder:
        return []
    os.makedirs(folder, exist_ok=True)
    spies = []
    for name, pid in (("bot", bot_pid), ("standin", os.getpid())):
        command = [
            "py-spy",
            "record",
            "--pid",
            str(pid),
            "--rate",
            "1000",
            "--format",
            "raw",
            "--threads",
            *os.environ.get("BENCH_PROFILE_EXTRA", "--nonblocking").split(),
        ]
        spies.append(
            await asyncio.create_subprocess_exec(
                *command,
                "--gil" if os.environ.get("BENCH_PROFILE_GIL") else "--idle",
                "-o",
                str(Path(folder) / f"{name}.txt"),
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
            )
        )
    await asyncio.sleep(1.0)  # py-spy attaches
    return spies


async def stop_profilers(spies: list[asyncio.subprocess.Process]) -> None:
    """Stop the samplers (SIGINT makes py-spy write what it sampled)."""
    for spy in spies:
        spy.send_signal(2)
    for spy in spies:
        await spy.wait()


async def main() -> None:
    """Run the burst and the quiz, then print the figures and the targets."""
    fake = FakeDiscord()
    await fake.start()
    with tempfile.TemporaryDirectory() as folder:
        log_path = Path(folder) / "bot.log"
        cprofile = os.environ.get("BENCH_CPROFILE")
        switches = {"STUDYBOT_BENCH_CPROFILE": cprofile} if cprofile else {}
        process = await start_bot(fake, Path(folder) / "data", log_path, LOG_LEVEL="WARNING", **switches)
        try:
            settled = await settle(process.pid)
            print(f"the bot settled {settled:.1f} s after it was ready (start-up work such as index cache writes)")
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
            print(f"{os.cpu_count()} CPU(s), load average {load:.2f} before the burst")
            cpu_before = cpu_seconds(process.pid)
            own_before = time.process_time()
            spies = await start_profilers(process.pid)
            if cprofile:
                process.send_signal(signal.SIGUSR1)
                await asyncio.sleep(0.2)
            before = len(fake.requests)
            started = time.monotonic()
            burst = await asyncio.gather(
                *(
                    fake.slash(
                        "ask",
                        [{"name": "question", "type": 3, "value": QUESTIONS[n % len(QUESTIONS)]}],
                        user_id=1000 + n,
                    )
                    for n in range(300)
                )
            )
            await asyncio.gather(*(fake.wait_response(i, limit=60) for i in burst))
            elapsed = time.monotonic() - started
            cpu_acknowledged = cpu_seconds(process.pid)
            report("300 /ask at once", list(burst), elapsed, len(fake.requests) - before)
            # Under a burst the bot may acknowledge first ("thinking...", callback type 5): its answer follows.
            await asyncio.gather(*(fake.wait_answer(i, limit=60) for i in burst))
            await stop_profilers(spies)
            if cprofile:
                process.send_signal(signal.SIGUSR2)
            answers = [1000 * (i.response_times[-1] - i.sent_at) for i in burst]
            deferred = sum(1 for i in burst if i.callback_type == 5)
            print(
                f"  answers: p50 {statistics.median(answers):.0f} ms, p95 {percentile(answers, 0.95):.0f} ms, "
                f"max {max(answers):.0f} ms; {300 - deferred} answered in the first response, {deferred} acknowledged "
                f'first ("thinking...") and answered in a follow-up'
            )
            cpu_after = cpu_seconds(process.pid)
            own_after = time.process_time()
            if cpu_before is not None and cpu_after is not None and cpu_acknowledged is not None:
                print(
                    f"  the bot used {1000 * (cpu_after - cpu_before):.0f} ms of CPU for the burst (answers included), "
                    f"{1000 * (cpu_acknowledged - cpu_before):.0f} ms until every /ask had its first response"
                )
            print(f"  the stand-in (this process) used {1000 * (own_after - own_before):.0f} ms of CPU for it")

            start = await fake.slash(
                "quiz start",
                [{"name": "questions", "type": 4, "value": 1}, {"name": "seconds", "type": 4, "value": 10}],
            )
            await fake.wait_response(start, count=2)
            question = await fake.wait_for_message(
                lambda m: any((e.get("title") or "").startswith("Question 1") for e in m.get("embeds", []))
            )
            buttons = [c["custom_id"] for row in question["components"] for c in row["components"]]
            started = time.monotonic()
            clicks = await asyncio.gather(*(fake.click(question, buttons[n % 4], user_id=5000 + n) for n in range(25)))
            await asyncio.gather(*(fake.wait_response(c, limit=30) for c in clicks))
            report("25-member quiz answers", list(clicks), time.monotonic() - started, len(clicks))
            all_latencies = [i.latency for i in [*burst, *clicks] if i.latency is not None]
            # The target is the burst's: 300 simultaneous /ask (the quiz clicks, quicker, would pull it down).
            p95 = percentile([i.latency for i in burst if i.latency is not None], 0.95) * 1000
            print(f"  {'PASS' if max(all_latencies) <= 3 else 'FAIL'}  every interaction acknowledged within 3 s")
            print(
                f"  {'PASS' if p95 <= 500 else 'FAIL'}  p95 first response of the 300 /ask at most 500 ms: {p95:.0f} ms"
            )
            print(f"  payload violations: {len(fake.violations)}")
            lines = log_path.read_text(errors="replace").splitlines()
            stalls = [line for line in lines if STALL_MARK in line]
            print(f"  event-loop stalls the bot logged (CPU work on the loop): {len(stalls)}")
            for line in stalls:
                print("    " + _COLOUR.sub("", line).split("bot.lagmonitor", 1)[-1].strip())
            waits = [line for line in lines if WAIT_MARK in line]
            print(f"  late wake-ups while the loop did not work (machine, GIL): {len(waits)}")
            for line in waits:
                print("    " + _COLOUR.sub("", line).split("bot.lagmonitor", 1)[-1].strip())
        finally:
            await stop_bot(process)
            await fake.stop()


if __name__ == "__main__":
    asyncio.run(main())
