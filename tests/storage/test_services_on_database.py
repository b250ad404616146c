"""The study service end to end on a real database: quizzes, daily quizzes, reviews, progress, gaps."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from bot.app import App, bootstrap
from bot.core.answering.outcomes import Answer
from bot.core.errors import QuizAlreadyRunningError, QuizPermissionError, StudyError
from bot.core.services.knowledge import KnowledgeService
from bot.core.study.ports import AnswerRow
from bot.core.study.progress import Period, RankBy
from bot.core.study.quiz import AnswerStatus, FinalResult
from bot.core.study.review import CardPhase, Grade
from bot.settings import Settings
from bot.storage.database import Database
from bot.storage.repository import SqlStudyStore

GUILD, CHANNEL, HOST = 100, 200, 1


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    # 09:00 in India on Monday 6 Oct 2025.
    return FakeClock(dt.datetime(2025, 10, 6, 3, 30, tzinfo=dt.UTC))


async def build(database: Database, knowledge: KnowledgeService, clock: FakeClock) -> App:
    ids = (f"quiz-{n}" for n in itertools.count(1))
    settings = Settings(_env_file=None, default_timezone="Asia/Kolkata")
    return await bootstrap(
        settings, clock=clock, new_id=lambda: next(ids), knowledge=knowledge, store=SqlStudyStore(database)
    )


@pytest.fixture
async def app(database: Database, shipped: KnowledgeService, clock: FakeClock) -> App:
    return await build(database, shipped, clock)


async def test_group_quiz_with_five_members_double_and_late_clicks(app: App, clock: FakeClock) -> None:
    quiz = (await app.quizzes.begin(GUILD, CHANNEL, HOST, question_count=2, seconds=20)).quiz
    question = quiz.current
    right, wrong = question.answer_index, (question.answer_index + 1) % 4
    clock.advance(seconds=2)
    receipts = [await app.quizzes.answer(CHANNEL, user, right if user % 2 else wrong) for user in range(1, 6)]
    assert all(r.status is AnswerStatus.ACCEPTED for r in receipts)
    double = await app.quizzes.answer(CHANNEL, 1, wrong)
    assert double.status is AnswerStatus.DUPLICATE
    clock.advance(seconds=30)
    late = await app.quizzes.answer(CHANNEL, 6, right)
    assert late.status is AnswerStatus.LATE
    reveal = await app.quizzes.close_question(CHANNEL)
    assert sum(reveal.distribution) == 5
    assert sorted(user for user, _fact in reveal.wrong) == [2, 4]
    await app.quizzes.advance(CHANNEL)
    clock.advance(seconds=25)
    await app.quizzes.close_question(CHANNEL)
    result = await app.quizzes.advance(CHANNEL)
    assert isinstance(result, FinalResult)
    assert [s.user_id for s in result.standings[:3]] == [1, 3, 5]
    stored = await app.quizzes.store.session_answers("quiz-1")
    assert sorted(a.user_id for a in stored) == [1, 2, 3, 4, 5]
    assert app.quizzes.running(CHANNEL) is None
    # Wrong answers went to the members' review decks.
    item = await app.reviews.next(2)
    assert item is not None
    assert item.question.fact_id == question.fact_id


async def test_one_quiz_per_channel_and_channels_are_separate(app: App) -> None:
    await app.quizzes.begin(GUILD, CHANNEL, HOST)
    with pytest.raises(QuizAlreadyRunningError):
        await app.quizzes.begin(GUILD, CHANNEL, HOST)
    other = (await app.quizzes.begin(GUILD, CHANNEL + 1, HOST)).quiz
    assert other.channel_id == CHANNEL + 1
    with pytest.raises(StudyError):
        await app.quizzes.answer(999, 1, 0)


async def test_only_host_or_admin_can_stop(app: App) -> None:
    await app.quizzes.begin(GUILD, CHANNEL, HOST)
    with pytest.raises(QuizPermissionError, match="started the quiz"):
        await app.quizzes.stop(CHANNEL, 42, is_admin=False)
    result = await app.quizzes.stop(CHANNEL, 42, is_admin=True)
    assert result.reason == "stopped"


async def test_topic_filter_uses_one_section(app: App) -> None:
    quiz = (await app.quizzes.begin(GUILD, CHANNEL, HOST, question_count=3, section_id="conclusion")).quiz
    base = app.knowledge.base
    assert base.fact(quiz.current.fact_id).section.id == "conclusion"


async def test_answers_refused_by_the_database_are_retried_not_lost(
    app: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    quiz = (await app.quizzes.begin(GUILD, CHANNEL, HOST, question_count=1)).quiz
    real = SqlStudyStore.record_quiz_answer

    async def broken(self: SqlStudyStore, session_id: str, guild_id: int, answer: AnswerRow) -> bool:
        raise OSError("database is locked")

    monkeypatch.setattr(SqlStudyStore, "record_quiz_answer", broken)
    await app.quizzes.answer(CHANNEL, 7, quiz.current.answer_index)
    assert app.quizzes.unsaved_answers == 1
    monkeypatch.setattr(SqlStudyStore, "record_quiz_answer", real)
    clock.advance(seconds=30)
    await app.quizzes.close_question(CHANNEL)
    await app.quizzes.advance(CHANNEL)
    assert app.quizzes.unsaved_answers == 0
    assert [a.user_id for a in await app.quizzes.store.session_answers("quiz-1")] == [7]


async def test_questions_are_answered_even_when_logging_fails(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(SqlStudyStore, "log_unanswered", broken)
    assert not isinstance(await app.asking.ask("who heads JAXA", GUILD, 5), Answer)
    assert isinstance(await app.asking.ask("cepa year?", GUILD, 5), Answer)


async def test_daily_quiz_is_due_at_local_time_and_posted_once(app: App, clock: FakeClock) -> None:
    await app.guilds.configure_daily(GUILD, 555, "09:30", "Asia/Kolkata", questions=3)
    assert await app.daily.due_guilds() == []  # 09:00 local: not yet
    clock.advance(minutes=31)
    assert [g.guild_id for g in await app.daily.due_guilds()] == [GUILD]
    quiz = await app.daily.post(GUILD)
    assert quiz is not None
    assert len(quiz.questions) == 3
    assert len({q.fact_id for q in quiz.questions}) == 3
    assert await app.daily.post(GUILD) is None  # exactly once per day
    # Claimed but not yet sent: still due, so a failed post is retried.
    assert [g.guild_id for g in await app.daily.due_guilds()] == [GUILD]
    await app.daily.mark_posted(quiz.post.id, 555, 9001)
    assert await app.daily.due_guilds() == []


async def test_daily_answers_survive_a_restart_and_close_at_midnight(
    database: Database, shipped: KnowledgeService, app: App, clock: FakeClock
) -> None:
    await app.guilds.configure_daily(GUILD, 555, "09:00", questions=2)
    quiz = await app.daily.post(GUILD)
    assert quiz is not None
    first = await app.daily.answer(quiz.post.id, 0, 9, quiz.questions[0].answer_index)
    assert (first.recorded, first.correct) == (True, True)
    # A new process on the same database: the old buttons (post id + index) still work.
    restarted = await build(database, shipped, clock)
    again = await restarted.daily.answer(quiz.post.id, 0, 9, 0)
    assert not again.recorded
    wrong = (quiz.questions[1].answer_index + 1) % 4
    assert not (await restarted.daily.answer(quiz.post.id, 1, 9, wrong)).correct
    clock.advance(days=1)
    with pytest.raises(StudyError, match="closed"):
        await restarted.daily.answer(quiz.post.id, 0, 10, 0)
    previous = await restarted.daily.previous_results(GUILD)
    assert previous is not None
    post, results = previous
    assert post.id == quiz.post.id
    assert [(t.user_id, t.correct, t.answered) for t in results] == [(9, 1, 2)]
    stats = await restarted.progress.stats(GUILD, 9)
    assert stats.streaks.current == 1


async def test_daily_selection_does_not_repeat_facts_until_the_pool_is_used(app: App, clock: FakeClock) -> None:
    await app.guilds.configure_daily(GUILD, 555, "09:00", questions=5)
    seen: list[str] = []
    fact_count = len(app.questions.bank.fact_ids())
    for _day in range(fact_count // 5):
        quiz = await app.daily.post(GUILD)
        assert quiz is not None
        seen.extend(q.fact_id for q in quiz.questions)
        clock.advance(days=1)
    assert len(seen) == len(set(seen))


async def test_leaderboards_weekly_all_time_and_accuracy(app: App, clock: FakeClock) -> None:
    store = app.quizzes.store
    await store.create_session("s", GUILD, CHANNEL, HOST, None, 5, 20, True, True, clock())
    old = clock() - dt.timedelta(days=14)
    rows = [(1, 900, True, old), (1, 800, True, clock()), (2, 1000, True, clock()), (3, 0, False, clock())]
    for n, (user, points, correct, at) in enumerate(rows):
        await store.record_quiz_answer(
            "s", GUILD, AnswerRow(user, f"q{n}", "cepa_year", "pillars", 0, correct, points, at)
        )
    all_time = await app.progress.leaderboard(GUILD, Period.ALL_TIME, RankBy.POINTS, user_id=3)
    assert [(e.rank, e.tally.user_id) for e in all_time.entries] == [(1, 1), (2, 2), (3, 3)]
    assert all_time.me is not None
    assert all_time.me.rank == 3
    weekly = await app.progress.leaderboard(GUILD, Period.WEEKLY, RankBy.POINTS)
    assert [(e.tally.user_id, e.tally.points) for e in weekly.entries] == [(2, 1000), (1, 800), (3, 0)]
    accuracy = await app.progress.leaderboard(GUILD, Period.ALL_TIME, RankBy.ACCURACY)
    assert accuracy.entries == ()  # nobody has the minimum number of answers yet


async def test_review_grading_schedules_the_card(app: App, clock: FakeClock) -> None:
    await app.reviews.add(8, "cepa_year")
    item = await app.reviews.next(8)
    assert item is not None
    assert item.question.fact_id == "cepa_year"
    after = await app.reviews.grade(8, "cepa_year", Grade.GOOD)
    assert after.phase is CardPhase.LEARNING
    assert await app.reviews.next(8) is None  # due again in 10 minutes
    clock.advance(minutes=11)
    assert await app.reviews.next(8) is not None
    with pytest.raises(StudyError):
        await app.reviews.grade(8, "not_a_card", Grade.GOOD)


async def test_gaps_cluster_what_the_bot_could_not_answer(app: App) -> None:
    for text in ["who heads JAXA", "who is the head of jaxa?", "jaxa head", "What top speed will MAHSR have"]:
        await app.asking.ask(text, GUILD, 1)
    gaps = await app.curation.gaps(GUILD)
    assert gaps[0].count == 3
    assert "jaxa" in gaps[0].examples[0].lower()
    assert "alternatives:" in gaps[0].yaml_snippet()


async def test_forget_me_deletes_everything(app: App, clock: FakeClock) -> None:
    quiz = (await app.quizzes.begin(GUILD, CHANNEL, HOST, question_count=1)).quiz
    await app.quizzes.answer(CHANNEL, 5, (quiz.current.answer_index + 1) % 4)
    await app.quizzes.close_question(CHANNEL)
    await app.quizzes.advance(CHANNEL)
    await app.asking.ask("who heads JAXA", GUILD, 5)
    removed = await app.privacy.forget_me(5)
    assert removed["quiz_answers"] == 1
    assert removed["review_cards"] == 1
    assert removed["unanswered_questions"] == 1
    assert (await app.progress.stats(GUILD, 5)).tally.answered == 0


async def test_shutdown_closes_and_records_running_quizzes(app: App) -> None:
    from sqlalchemy import select

    from bot.storage.tables import QuizSession

    await app.quizzes.begin(GUILD, CHANNEL, HOST)
    await app.quizzes.begin(GUILD, CHANNEL + 1, HOST)
    results = await app.quizzes.stop_all()
    assert sorted(r.reason for r in results) == ["stopped", "stopped"]
    assert app.quizzes.running_all() == ()
    async with app.quizzes.store.db.session() as session:
        ended = (await session.scalars(select(QuizSession.end_reason))).all()
    assert sorted(ended) == ["stopped", "stopped"]
