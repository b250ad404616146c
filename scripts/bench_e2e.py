"""End-to-end load: a burst of /ask interactions and a 25-member quiz through the local Discord stand-in."""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from tests.e2e.conftest import start_bot, stop_bot
from tests.e2e.fakediscord import FakeDiscord, Interaction

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
            print(f"  {'PASS' if p95 < 500 else 'FAIL'}  p95 under 500 ms: {p95:.0f} ms")
            print(f"  payload violations: {len(fake.violations)}")
        finally:
            await stop_bot(process)
            await fake.stop()


if __name__ == "__main__":
    asyncio.run(main())
