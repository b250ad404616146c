"""A quiz asked for more questions than its topic has (or a quiz may hold) says so instead of shrinking silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App
from bot.core.errors import StudyError
from bot.core.services.knowledge import KnowledgeService
from bot.core.services.quizzes import count_notice
from bot.core.study.question import QuestionKind
from bot.core.study.quiz import MAX_QUESTIONS
from tests.fakes import FakeClock, FakeStore, sqlite_app

GUILD, CHANNEL, HOST = 100, 200, 1


@pytest.fixture
async def app(tmp_path: Path, shipped: KnowledgeService) -> App:
    return await sqlite_app(tmp_path, shipped, FakeClock(), store=FakeStore())


def _facts_with_questions(app: App, section: str | None = None) -> int:
    bank = app.questions.bank
    pool = bank.in_section(section) if section else bank.choice_questions()
    return len({q.fact_id for q in pool if q.kind is QuestionKind.CHOICE})


@pytest.mark.parametrize(
    ("requested", "available", "notice"),
    [
        (5, 23, None),
        (20, 20, None),
        (9, 4, "Only 4 questions are available for this section; starting a 4-question quiz."),
        (2, 1, "Only 1 question is available for this section; starting a 1-question quiz."),
        (
            50,
            23,
            "Only 23 questions are available for this section, and a quiz has at most 20; starting a 20-question quiz.",
        ),
        (50, 80, "A quiz has at most 20 questions; starting a 20-question quiz."),
        (50, 12, "Only 12 questions are available for this section; starting a 12-question quiz."),
    ],
)
def test_the_notice_names_the_real_count_and_why(requested: int, available: int, notice: str | None) -> None:
    assert MAX_QUESTIONS == 20
    assert count_notice(requested, available, "this section") == notice


async def test_asking_a_section_for_more_questions_than_it_has_starts_what_it_has_and_says_so(app: App) -> None:
    available = _facts_with_questions(app, "conclusion")
    assert 1 < available < MAX_QUESTIONS
    started = await app.quizzes.begin(GUILD, CHANNEL, HOST, question_count=MAX_QUESTIONS, section_id="conclusion")
    assert started.quiz.total == started.available == available
    assert started.requested == MAX_QUESTIONS
    assert started.notice == (
        f"Only {available} questions are available for this section; starting a {available}-question quiz."
    )


async def test_fifty_questions_become_twenty_with_a_notice(app: App) -> None:
    started = await app.quizzes.begin(GUILD, CHANNEL, HOST, question_count=50)
    assert started.quiz.total == MAX_QUESTIONS
    available = _facts_with_questions(app)
    assert started.available == available > MAX_QUESTIONS
    assert available < 50  # the shipped article has fewer questions than asked for: the notice says both limits
    assert started.notice == (
        f"Only {available} questions are available for all articles, and a quiz has at most 20; "
        "starting a 20-question quiz."
    )


async def test_a_request_the_topic_can_meet_has_no_notice(app: App) -> None:
    started = await app.quizzes.begin(GUILD, CHANNEL, HOST, question_count=3, section_id="conclusion")
    assert started.quiz.total == 3
    assert started.notice is None
    await app.quizzes.stop(CHANNEL, HOST, True)
    quiz = (await app.quizzes.begin(GUILD, CHANNEL, HOST, question_count=50)).quiz
    assert quiz.total == MAX_QUESTIONS


async def test_a_fact_without_questions_cannot_go_in_the_review_deck(app: App) -> None:
    # "Quiz me on this" under the posting date: the article's own details are no quiz material.
    assert app.questions.bank.for_fact("posted_date") == ()
    with pytest.raises(StudyError, match="no quiz question on that fact"):
        await app.reviews.add(HOST, "posted_date")
    await app.reviews.add(HOST, "cepa_year")
    item = await app.reviews.next(HOST)
    assert item is not None
    assert item.question.fact_id == "cepa_year"
