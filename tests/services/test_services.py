"""Each service on its own, over the hand-written in-memory store and a clock moved by hand."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from bot.app import App, Store
from bot.core.answering.outcomes import Answer, Decline
from bot.core.errors import QuizAlreadyRunningError, QuizPermissionError, RateLimitedError, StudyError
from bot.core.services.knowledge import KnowledgeService
from bot.core.study.quiz import AnswerStatus, FinalResult
from tests.fakes import FakeClock, FakeStore, sqlite_app

GUILD, CHANNEL, HOST = 100, 200, 1


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def app(tmp_path: Path, shipped: KnowledgeService, store: FakeStore, clock: FakeClock) -> App:
    return await sqlite_app(
        tmp_path, shipped, clock, store=store, ask_rate_limit=2, ask_rate_window_seconds=60, repeat_cooldown_seconds=30
    )


def test_the_fake_store_implements_every_port() -> None:
    wanted = {
        name for base in Store.__mro__ for name, value in vars(base).items() if inspect.iscoroutinefunction(value)
    }
    missing = {name for name in wanted if not inspect.iscoroutinefunction(getattr(FakeStore, name, None))}
    assert wanted
    assert not missing


# ---------------------------------------------------------------- asking
async def test_declines_and_unsure_answers_are_logged_confident_answers_and_greetings_are_not(
    app: App, store: FakeStore
) -> None:
    assert isinstance(await app.asking.ask("cepa year?", GUILD, 5), Answer)
    assert isinstance(await app.asking.ask("hello", GUILD, 5), Decline)
    assert isinstance(await app.asking.ask("who heads JAXA", GUILD, 5), Decline)
    assert [(q, kind) for _g, _u, q, kind in store.unanswered_log] == [("who heads JAXA", "declined")]


async def test_an_answer_does_not_depend_on_the_log(app: App, store: FakeStore) -> None:
    store.fail_with = OSError("disk full")
    assert isinstance(await app.asking.ask("cepa year?", GUILD, 5), Answer)
    assert isinstance(await app.asking.ask("who heads JAXA", GUILD, 5), Decline)


async def test_the_rate_limit_refuses_within_the_window_and_forgets_after_it(app: App, clock: FakeClock) -> None:
    app.asking.check_rate(GUILD, 5)
    app.asking.check_rate(GUILD, 5)
    with pytest.raises(RateLimitedError) as refused:
        app.asking.check_rate(GUILD, 5)
    assert 0 < refused.value.retry_after <= 60
    app.asking.check_rate(GUILD, 6)  # another member is not limited
    clock.advance(seconds=61)
    app.asking.check_rate(GUILD, 5)


async def test_the_repeat_cooldown_expires(app: App, clock: FakeClock) -> None:
    key = (CHANNEL, "cepa_year")
    assert app.asking.fresh(key)
    assert not app.asking.fresh(key)
    clock.advance(seconds=31)
    assert app.asking.fresh(key)


async def test_feedback_is_stored_with_the_question(app: App, store: FakeStore) -> None:
    await app.asking.feedback(GUILD, 7, "cepa year?", "cepa_year", helpful=False)
    assert store.feedback_log == [(GUILD, 7, "cepa year?", "cepa_year", False)]


# ---------------------------------------------------------------- guild settings
async def test_ask_channels_are_cached_and_the_cache_follows_changes(app: App, store: FakeStore) -> None:
    assert await app.guilds.ask_channels(GUILD) == frozenset()
    store.channels.add((GUILD, 999))  # a change behind the service's back is not seen (cached)...
    assert await app.guilds.ask_channels(GUILD) == frozenset()
    assert await app.guilds.set_ask_channel(GUILD, CHANNEL, True)  # ...one through it is
    assert await app.guilds.ask_channels(GUILD) == frozenset({CHANNEL, 999})


# ---------------------------------------------------------------- quizzes
async def test_one_quiz_per_channel_and_who_may_stop_it(app: App) -> None:
    with pytest.raises(StudyError):
        app.quizzes.check_can_stop(CHANNEL, HOST, is_admin=False)
    await app.quizzes.begin(GUILD, CHANNEL, HOST)
    with pytest.raises(QuizAlreadyRunningError):
        app.quizzes.check_can_start(CHANNEL)
    app.quizzes.check_can_start(CHANNEL + 1)
    with pytest.raises(QuizPermissionError):
        app.quizzes.check_can_stop(CHANNEL, 99, is_admin=False)
    assert app.quizzes.check_can_stop(CHANNEL, 99, is_admin=True).host_id == HOST
    result = await app.quizzes.stop(CHANNEL, HOST, is_admin=False)
    assert result.reason == "stopped"
    app.quizzes.check_can_start(CHANNEL)


async def test_quiz_answers_count_once_and_wrong_ones_reach_the_review_deck(
    app: App, store: FakeStore, clock: FakeClock
) -> None:
    quiz = (await app.quizzes.begin(GUILD, CHANNEL, HOST, question_count=1, seconds=10)).quiz
    right = quiz.current.answer_index
    assert (await app.quizzes.answer(CHANNEL, 2, right)).status is AnswerStatus.ACCEPTED
    assert (await app.quizzes.answer(CHANNEL, 2, right)).status is AnswerStatus.DUPLICATE
    assert (await app.quizzes.answer(CHANNEL, 3, (right + 1) % 4)).status is AnswerStatus.ACCEPTED
    clock.advance(seconds=11)
    await app.quizzes.close_question(CHANNEL)
    assert isinstance(await app.quizzes.advance(CHANNEL), FinalResult)
    assert sorted(user for (_s, user, _q) in store.quiz_answers) == [2, 3]
    assert list(store.cards_by_user) == [3]


async def test_answers_the_database_refused_are_kept_and_stored_at_the_end(
    app: App, store: FakeStore, clock: FakeClock
) -> None:
    quiz = (await app.quizzes.begin(GUILD, CHANNEL, HOST, question_count=1, seconds=10)).quiz
    store.fail_with = OSError("locked")
    await app.quizzes.answer(CHANNEL, 4, quiz.current.answer_index)
    assert app.quizzes.unsaved_answers == 1
    store.fail_with = None
    clock.advance(seconds=11)
    await app.quizzes.close_question(CHANNEL)
    await app.quizzes.advance(CHANNEL)
    assert app.quizzes.unsaved_answers == 0
    assert [user for (_s, user, _q) in store.quiz_answers] == [4]


# ---------------------------------------------------------------- daily quiz and reviews
async def test_daily_quiz_posts_once_and_wrong_answers_reach_the_review_deck(
    app: App, store: FakeStore, clock: FakeClock
) -> None:
    await app.guilds.configure_daily(GUILD, 300, "09:00", questions=2)
    clock.advance(hours=1)  # 10:30 in India
    assert [g.guild_id for g in await app.daily.due_guilds()] == [GUILD]
    quiz = await app.daily.post(GUILD)
    assert quiz is not None
    assert await app.daily.post(GUILD) is None
    wrong = (quiz.questions[0].answer_index + 1) % 4
    result = await app.daily.answer(quiz.post.id, 0, 8, wrong)
    assert (result.recorded, result.correct) == (True, False)
    assert list(store.cards_by_user[8]) == [quiz.questions[0].fact_id]
    again = await app.daily.answer(quiz.post.id, 0, 8, quiz.questions[0].answer_index)
    assert not again.recorded


async def test_review_deck_refuses_facts_that_do_not_exist(app: App) -> None:
    with pytest.raises(StudyError):
        await app.reviews.add(5, "no_such_fact")
    await app.reviews.add(5, "cepa_year")
    item = await app.reviews.next(5)
    assert item is not None
    assert item.question.fact_id == "cepa_year"


# ---------------------------------------------------------------- privacy and curation
async def test_forget_me_drops_stored_rows_and_answers_waiting_for_the_database(app: App, store: FakeStore) -> None:
    quiz = (await app.quizzes.begin(GUILD, CHANNEL, HOST, question_count=1)).quiz
    store.fail_with = OSError("locked")
    await app.quizzes.answer(CHANNEL, 9, quiz.current.answer_index)
    store.fail_with = None
    await app.asking.ask("who heads JAXA", GUILD, 9)
    await app.reviews.add(9, "cepa_year")
    removed = await app.privacy.forget_me(9)
    assert removed["review_cards"] == 1
    assert app.quizzes.unsaved_answers == 0
    assert store.unanswered_log == []
    assert 9 not in store.cards_by_user


async def test_gaps_group_similar_unanswered_questions(app: App) -> None:
    for question in ["who heads JAXA", "who heads jaxa?", "jaxa head", "what is ipef"]:
        await app.asking.ask(question, GUILD, 5)
    gaps = await app.curation.gaps(GUILD)
    assert gaps[0].count >= 2
    assert sum(g.count for g in gaps) == 4
