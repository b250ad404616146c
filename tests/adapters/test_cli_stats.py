"""`studybot stats`: a member's numbers from the database, and their progress chart written where asked."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.knowledge.validation import load_knowledge
from bot.core.study.ports import AnswerRow
from bot.paths import DEFAULT_KNOWLEDGE_DIR
from bot.storage.repository import SqlStudyStore
from tests.dbfixtures import open_database

GUILD, MEMBER = 5, 9
OTHER_FACT = "why_in_news_visit"


def seed(tmp_path: Path) -> None:
    async def answers() -> None:
        database = await open_database("sqlite", tmp_path)
        store = SqlStudyStore(database)
        now = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
        await store.create_session("s1", GUILD, 1, MEMBER, None, 3, 20, True, True, now)
        # cepa_year right, then wrong a minute later (not mastered); one more fact right (mastered).
        for number, (fact, correct) in enumerate([("cepa_year", True), ("cepa_year", False), (OTHER_FACT, True)]):
            at = now + dt.timedelta(minutes=number)
            row = AnswerRow(MEMBER, f"q{number}", fact, "pillars", 0, correct, 500 * correct, at)
            assert await store.record_quiz_answer("s1", GUILD, row)
        await database.close()

    asyncio.run(answers())


def test_stats_prints_the_numbers_and_writes_the_chart(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seed(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'test.db'}")
    chart = tmp_path / "out" / "me.png"
    out = io.StringIO()
    assert main(["stats", "--guild", str(GUILD), "--user", str(MEMBER), "--chart", str(chart)], stdout=out) == 0
    text = out.getvalue()
    assert f"Member {MEMBER} in server {GUILD}: answered 3, right 2 (67%), 1000 points" in text
    assert "Last 30 days: 3 answered, 2 right." in text
    shipped = len(load_knowledge(DEFAULT_KNOWLEDGE_DIR).facts)
    assert f"Mastery of India-Japan Partnership: {round(100 / shipped)}% (1/{shipped} facts)" in text
    assert f"Chart: {chart}" in text
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_stats_without_a_chart_writes_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seed(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'test.db'}")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    out = io.StringIO()
    assert main(["stats", "--guild", str(GUILD), "--user", "12345"], stdout=out) == 0
    assert "answered 0, right 0" in out.getvalue()
    assert "Chart:" not in out.getvalue()
    assert not list(tmp_path.rglob("*.png"))
