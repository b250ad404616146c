"""The offline terminal mode, driven with scripted input over a real (SQLite) database."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from bot.core.services.knowledge import KnowledgeService
from bot.core.services.study import StudyService
from bot.storage.repository import StudyStore
from bot.terminal import TerminalSession
from tests.dbfixtures import open_database


@pytest.fixture
async def study(tmp_path: Path, shipped: KnowledgeService) -> StudyService:
    database = await open_database("sqlite", tmp_path)
    now = dt.datetime(2025, 10, 6, 6, 0, tzinfo=dt.UTC)
    return StudyService(shipped, StudyStore(database), clock=lambda: now)


async def run_session(study: StudyService, lines: list[str]) -> str:
    out = io.StringIO()
    session = TerminalSession(study, io.StringIO("\n".join(lines) + "\n"), out)
    assert await session.run() == 0
    return out.getvalue()


async def test_questions_summaries_and_help(study: StudyService) -> None:
    output = await run_session(
        study, ["which state is paired with ehime", "/summary conclusion", "/help", "/nope", "/quit"]
    )
    assert "Tamil Nadu" in output
    assert "Conclusion" in output
    assert "/quiz [n]" in output
    assert "Unknown command /nope" in output
    assert output.rstrip().endswith("Bye!")


async def test_solo_quiz_scores_and_wrong_answers_reach_review(study: StudyService) -> None:
    output = await run_session(study, ["/quiz 2", "x", "a", "b", "/stats", "/review", "/stop", "/quit"])
    assert "Please answer a, b, c or d" in output
    assert output.count("Source: India-Japan Partnership (Vision IAS)") >= 2
    assert "You scored" in output
    assert "Answered 2" in output


async def test_daily_quiz_and_leaderboard(study: StudyService) -> None:
    output = await run_session(study, ["/daily", "a", "a", "a", "/daily", "b", "/stop", "/leaderboard", "/quit"])
    assert "Daily quiz of 2025-10-06: 3 question(s)." in output
    assert "You already answered this one today" in output
    assert "#1 user 0" in output


async def test_gaps_and_forget_me(study: StudyService) -> None:
    output = await run_session(study, ["who heads JAXA", "/gaps", "/forget-me", "yes", "/gaps", "/quit"])
    assert "1x e.g. 'who heads JAXA'" in output
    assert "Deleted 1 stored item(s)." in output
    assert output.count("No unanswered questions logged yet.") == 1


async def test_end_of_input_leaves_cleanly(study: StudyService) -> None:
    assert (await run_session(study, [])).rstrip().endswith("Bye!")
