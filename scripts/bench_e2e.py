"""End-to-end load: a burst of /ask interactions and a 25-member quiz through the local Discord stand-in.

Besides time to first response, it prints what the bot process spent in CPU during the burst and the machine's
load: on a shared machine the times vary with the load, the CPU time much less.
"""

from __future__ import annotations

import asyncio
import os
import re
import statistics
import tempfile
import time
from pathlib import Path

from tests.e2e.conftest import STALL_MARK, start_bot, stop_bot
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


async def main() -> None:
    """Run the burst and the quiz, then print the figures and the targets."""
    fake = FakeDiscord()
    await fake.start()
    with tempfile.TemporaryDirectory() as folder:
        log_path = Path(folder) / "bot.log"
        process = await start_bot(fake, Path(folder) / "data", log_path, LOG_LEVEL="WARNING")
        try:
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
            print(f"{os.cpu_count()} CPU(s), load average {load:.2f} before the burst")
            cpu_before = cpu_seconds(process.pid)
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
            report("300 /ask at once", list(burst), elapsed, len(fake.requests) - before)
            cpu_after = cpu_seconds(process.pid)
            if cpu_before is not None and cpu_after is not None:
                print(f"  the bot used {1000 * (cpu_after - cpu_before):.0f} ms of CPU for the burst")

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
            p95 = percentile(all_latencies, 0.95) * 1000
            print(f"  {'PASS' if max(all_latencies) <= 3 else 'FAIL'}  every interaction acknowledged within 3 s")
            print(f"  {'PASS' if p95 <= 500 else 'FAIL'}  p95 at most 500 ms: {p95:.0f} ms")
            print(f"  payload violations: {len(fake.violations)}")
            stalls = [line for line in log_path.read_text(errors="replace").splitlines() if STALL_MARK in line]
            print(f"  event-loop stalls the bot logged: {len(stalls)}")
            for line in stalls:
                print("    " + _COLOUR.sub("", line).split("bot.lagmonitor", 1)[-1].strip())
        finally:
            await stop_bot(process)
            await fake.stop()


if __name__ == "__main__":
    asyncio.run(main())
