"""The bot over a fresh SQLite database and a hand-moved clock, shared by the Discord-layer tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.services.knowledge import KnowledgeService
from bot.discordbot.client import StudyBot
from tests.fakes import FakeClock, sqlite_app


@pytest.fixture
async def bot(tmp_path: Path, shipped: KnowledgeService) -> AsyncIterator[StudyBot]:
    app = await sqlite_app(tmp_path, shipped, FakeClock(), ask_rate_limit=5, repeat_cooldown_seconds=120)
    client = StudyBot(app)
    yield client
    await app.close()
