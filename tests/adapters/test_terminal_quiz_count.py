"""The terminal says when /quiz N asks for more questions than a quiz can have."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from bot.app import App
from bot.core.services.knowledge import KnowledgeService
from bot.terminal import TerminalSession
from tests.fakes import FakeClock, sqlite_app


@pytest.fixture
async def app(tmp_path: Path, shipped: KnowledgeService) -> App:
    return await sqlite_app(tmp_path, shipped, FakeClock(dt.datetime(2025, 10, 6, 6, 0, tzinfo=dt.UTC)))


async def run_session(app: App, lines: list[str]) -> str:
    out = io.StringIO()
    session = TerminalSession(app, io.StringIO("\n".join(lines) + "\n"), out)
    assert await session.run() == 0
    return out.getvalue()


async def test_quiz_50_says_it_starts_a_20_question_quiz(app: App) -> None:
    output = await run_session(app, ["/quiz 50", "/quit"])
    # The shipped article has fewer than 50 questions, so the notice names that count too.
    assert "a quiz has at most 20; starting a 20-question quiz." in output
    assert "Q1/20." in output


async def test_quiz_5_starts_quietly(app: App) -> None:
    output = await run_session(app, ["/quiz 5", "/quit"])
    assert "starting a" not in output
    assert "Q1/5." in output
