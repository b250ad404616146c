"""The terminal and the CLI over two articles: summaries, quizzes, the daily pool, answers and their articles."""

from __future__ import annotations

import io
import json
from pathlib import Path

from bot.cli import main
from bot.core.services.knowledge import KnowledgeService
from tests.adapters.test_terminal import run_session
from tests.fakes import sqlite_app

JAPAN, GERMANY = "india-japan-partnership", "india-germany-partnership"


def ask_json(folder: Path, lines: list[str], monkeypatch: object) -> list[dict[str, object]]:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setenv("KNOWLEDGE_DIR", str(folder))
    out = io.StringIO()
    assert main(["ask", "--json"], stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_ask_json_names_the_articles_each_outcome_draws_on(two_articles_dir: Path, monkeypatch: object) -> None:
    records = ask_json(
        two_articles_dir,
        ["cepa year?", "india germany trade kitna hai", "bilateral trade in fy 2023-24", "who heads JAXA"],
        monkeypatch,
    )
    assert records[0]["articles"] == [JAPAN]
    assert records[1]["articles"] == [GERMANY]
    assert set(records[2]["articles"]) == {JAPAN, GERMANY}  # both articles answer it, differently
    assert "India-Japan Partnership" in str(records[2]["message"])
    assert "India-Germany Strategic Partnership" in str(records[2]["message"])
    assert records[3]["articles"] == []


async def test_terminal_summaries_quizzes_and_daily_per_article(tmp_path: Path, two_articles: KnowledgeService) -> None:
    app = await sqlite_app(tmp_path, two_articles)
    try:
        output = await run_session(
            app,
            [
                "/articles",
                "/summary",
                "/summary germany",
                "/summary japan : conclusion",
                "/quiz 1 germany",
                "a",
                "/daily articles germany",
                "/quit",
            ],
        )
    finally:
        await app.close()
    assert "India-Japan Partnership: " in output
    assert "India-Germany Strategic Partnership: " in output
    assert "The study material" in output  # /summary with two articles lists them
    assert "Source: India-Germany Strategic Partnership" in output
    assert "section \u201cConclusion\u201d" in output
    assert "The daily quiz draws on: India-Germany Strategic Partnership." in output
    config = await app.guilds.config(0)
    assert config.daily_articles == (GERMANY,)
    import sqlite3

    (fact_id,) = sqlite3.connect(tmp_path / "test.db").execute("SELECT fact_id FROM quiz_answers").fetchone()
    assert app.questions.bank.article_of(fact_id) == GERMANY
