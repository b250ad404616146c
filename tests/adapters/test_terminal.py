"""The offline terminal mode, driven with scripted input over a real (SQLite) database."""

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


async def test_questions_summaries_and_help(app: App) -> None:
    output = await run_session(
        app, ["which state is paired with ehime", "/summary conclusion", "/help", "/nope", "/quit"]
    )
    assert "Tamil Nadu" in output
    assert "Conclusion" in output
    assert "/quiz [n]" in output
    assert "Unknown command /nope" in output
    assert output.rstrip().endswith("Bye!")


async def test_solo_quiz_scores_and_wrong_answers_reach_review(app: App) -> None:
    output = await run_session(app, ["/quiz 2", "x", "a", "b", "/stats", "/review", "/stop", "/quit"])
    assert "Please answer a, b, c or d" in output
    assert output.count("Source: India-Japan Partnership (Vision IAS)") >= 2
    assert "You scored" in output
    assert "Answered 2" in output


async def test_daily_quiz_and_leaderboard(app: App) -> None:
    output = await run_session(app, ["/daily", "a", "a", "a", "/daily", "b", "/stop", "/leaderboard", "/quit"])
    assert "Daily quiz of 2025-10-06: 3 question(s)." in output
    assert "You already answered this one today" in output
    assert "#1 user 0" in output


async def test_gaps_and_forget_me(app: App) -> None:
    output = await run_session(app, ["who heads JAXA", "/gaps", "/forget-me", "yes", "/gaps", "/quit"])
    assert "1x e.g. 'who heads JAXA'" in output
    assert "Deleted 1 stored item(s)." in output
    assert output.count("No unanswered questions logged yet.") == 1


async def test_end_of_input_leaves_cleanly(app: App) -> None:
    assert (await run_session(app, [])).rstrip().endswith("Bye!")
