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

from tests.e2e.fakediscord import GUILD_ID, FakeDiscord

SITE = Path(__file__).parent / "site"
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class RunningBot:
    """The bot process and the stand-in it talks to."""

    fake: FakeDiscord
    process: asyncio.subprocess.Process
    data_dir: Path
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


async def start_bot(fake: FakeDiscord, data_dir: Path, log_path: Path, **env: str) -> asyncio.subprocess.Process:
    """Start `python -m bot run` against the stand-in."""
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SITE), str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "STUDYBOT_DISCORD_API": fake.base_url,
        "DISCORD_TOKEN": "fake.bot.token",
        "DEV_GUILD_ID": str(GUILD_ID),
        "DATA_DIR": str(data_dir),
        "DATABASE_URL": "",
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
    await asyncio.wait_for(fake.synced.wait(), 30)
    await asyncio.wait_for(fake.ready.wait(), 30)
    return process


async def stop_bot(process: asyncio.subprocess.Process) -> int:
    """Stop the bot with SIGTERM (a graceful stop) and return its exit code."""
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), 20)
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
    try:
        yield RunningBot(fake, process, tmp_path / "data", log_path)
    finally:
        await stop_bot(process)
        await fake.stop()
