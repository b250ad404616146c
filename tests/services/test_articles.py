"""Every feature knows its article: summaries, quizzes and the daily quiz over two articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.app import App
from bot.core.answering.summary import Summary, TopicSuggestions
from bot.core.errors import StudyError
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import DATA, MINI_DIR
from tests.fakes import FakeClock, FakeStore, sqlite_app

GUILD, CHANNEL = 100, 200
COMPACT, ACCORD = "river-compact", "harbour-accord"


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeService:
    folder = tmp_path_factory.mktemp("two") / "knowledge"
    folder.mkdir()
    for source in (MINI_DIR, DATA / "mini_second"):
        for path in source.iterdir():
            shutil.copy(path, folder / path.name)
    return KnowledgeService.from_directory(folder)


@pytest.fixture
async def app(tmp_path: Path, two: KnowledgeService) -> App:
    return await sqlite_app(tmp_path, two, FakeClock(), store=FakeStore())


def test_every_article_summary_is_reachable_and_none_named_lists_them_all(two: KnowledgeService) -> None:
    overview = two.summary()
    assert isinstance(overview, Summary)
    assert overview.source is None
    assert sorted(b.split(" (")[0] for b in overview.bullets) == ["Harbour Towns Accord", "River Cities Compact"]
    for name, title in [("harbour towns accord", "Harbour Towns Accord"), ("river-compact", "River Cities Compact")]:
        summary = two.summary(article=name)
        assert isinstance(summary, Summary)
        assert summary.title == title
        assert summary.source is not None


def test_a_section_is_found_within_the_article_named(two: KnowledgeService) -> None:
    summary = two.summary("harbour trade", "accord")
    assert isinstance(summary, Summary)
    assert summary.section is not None
    assert summary.section.id == "accord_economy"
    assert two.section_titles("Harbour Towns Accord") == ["The Accord", "Harbour Trade"]


def test_an_unknown_article_gets_the_titles_it_might_mean(two: KnowledgeService) -> None:
    found = two.summary(article="harbour accords")
    assert isinstance(found, Summary)  # a close spelling is enough
    unclear = two.summary(article="zzzz")
    assert isinstance(unclear, TopicSuggestions)
    assert unclear.what == "article"


def test_articles_are_named_in_lists_and_unknown_ones_refused(two: KnowledgeService) -> None:
    assert two.articles_named("all") == ()
    assert two.articles_named("Harbour Towns Accord, river-compact") == (ACCORD, COMPACT)
    assert two.articles_named("accord") == (ACCORD,)
    with pytest.raises(StudyError, match="nope"):
        two.articles_named("accord, nope")


async def test_a_quiz_on_one_article_asks_only_about_it(app: App) -> None:
    quiz = (await app.quizzes.begin(GUILD, CHANNEL, 1, question_count=5, article_id=ACCORD)).quiz
    articles = {app.questions.bank.article_of(q.fact_id) for q in quiz.questions}
    assert articles == {ACCORD}


async def test_the_daily_quiz_draws_on_the_articles_a_server_chose(app: App) -> None:
    config = await app.guilds.configure_daily(GUILD, 555, "00:00", questions=3, articles=(COMPACT,))
    assert config.daily_articles == (COMPACT,)
    quiz = await app.daily.post(GUILD)
    assert quiz is not None
    assert {app.questions.bank.article_of(q.fact_id) for q in quiz.questions} == {COMPACT}
    # Unchanged when the next /daily set names no articles.
    again = await app.guilds.configure_daily(GUILD, 555, "00:00", questions=3)
    assert again.daily_articles == (COMPACT,)
