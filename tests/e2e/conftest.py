"""Start the Discord stand-in and the real bot (`python -m bot run`) as a separate process."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.lagmonitor import LAG_WARNING, WAIT_WARNING
from bot.settings import Settings
from tests.e2e.fakediscord import GUILD_ID, WAIT_LIMIT, FakeDiscord

SITE = Path(__file__).parent / "site"
ROOT = Path(__file__).resolve().parents[2]
SETTING_NAMES = {name.upper() for name in Settings.model_fields}
#: The bot's log line for CPU work on its event loop (what every scenario must never show).
STALL_MARK = LAG_WARNING.split("%", 1)[0]
#: Its line for a loop held up while it did not work (a busy machine): reported by the bench, no failure.
WAIT_MARK = WAIT_WARNING.split("%", 1)[0]


@dataclass
class RunningBot:
    """The bot process and the stand-in it talks to."""

    fake: FakeDiscord
    process: asyncio.subprocess.Process
    data_dir: Path
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stalls(self) -> list[str]:
        """Return the bot's warnings that its event loop stalled."""
        return [line for line in self.log().splitlines() if STALL_MARK in line]


async def start_bot(fake: FakeDiscord, data_dir: Path, log_path: Path, **env: str) -> asyncio.subprocess.Process:
    """Start `python -m bot run` against the stand-in."""
    # Everything the bot reads is set here: a developer's .env or shell must not leak into the run.
    environment = {
        **{k: v for k, v in os.environ.items() if k.upper() not in SETTING_NAMES},
        "STUDYBOT_ENV_FILE": "",
        "PYTHONPATH": os.pathsep.join([str(SITE), str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "STUDYBOT_DISCORD_API": fake.base_url,
        "DISCORD_TOKEN": "fake.bot.token",
        "DEV_GUILD_ID": str(GUILD_ID),
        "DATA_DIR": str(data_dir),
        "DATABASE_URL": f"sqlite+aiosqlite:///{data_dir / 'studybot.db'}",
        "KNOWLEDGE_DIR": str(ROOT / "knowledge"),
        "LOG_LEVEL": "INFO",
        "MESSAGE_CONTENT_INTENT": "true",
        "DAILY_CHECK_SECONDS": "0.3",
        **env,
    }
    log_file = log_path.open("ab")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=environment, stdout=log_file, stderr=log_file, cwd=str(ROOT)
    )
    log_file.close()
    await asyncio.wait_for(fake.synced.wait(), WAIT_LIMIT)
    await asyncio.wait_for(fake.ready.wait(), WAIT_LIMIT)
    return process


async def stop_bot(process: asyncio.subprocess.Process) -> int:
    """Stop the bot with SIGTERM (a graceful stop) and return its exit code."""
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), WAIT_LIMIT)
        except TimeoutError:
            process.kill()
            await process.wait()
    return process.returncode if process.returncode is not None else -1


@pytest.fixture
async def running(tmp_path: Path) -> AsyncIterator[RunningBot]:
    fake = FakeDiscord()
    await fake.start()
    log_path = tmp_path / "bot.log"
    process = await start_bot(fake, tmp_path / "data", log_path)
    bot = RunningBot(fake, process, tmp_path / "data", log_path)
    try:
        yield bot
    finally:
        await stop_bot(bot.process)
        await fake.stop()
    # Every scenario: the loop never stalled, and every interaction was acknowledged within Discord's 3 s.
    assert bot.stalls() == []
    assert fake.violations == []
