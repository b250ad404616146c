"""The numbers behind the progress charts, read from a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import datetime as dt

from bot.app import bootstrap
from bot.charts import stats_chart
from bot.core.services.knowledge import KnowledgeService
from bot.core.study.ports import AnswerRow
from bot.settings import Settings
from bot.storage.database import Database
from bot.storage.repository import SqlStudyStore

GUILD, OTHER_GUILD, MEMBER, OTHER_MEMBER = 10, 11, 1, 2
#: 09:00 in India on Monday 6 Oct 2025.
NOW = dt.datetime(2025, 10, 6, 3, 30, tzinfo=dt.UTC)


def row(
    user: int, fact: str, correct: bool, at: dt.datetime, question: str = "q", section: str = "pillars"
) -> AnswerRow:
    return AnswerRow(user, f"{question}:{fact}", fact, section, 0, correct, 100 if correct else 0, at)


class Seeded:
    """Answers spread over quizzes and daily quizzes, two guilds and two members."""

    def __init__(self, store: SqlStudyStore, facts: list[str]) -> None:
        self.store = store
        self.facts = facts
        self.sessions = 0

    async def quiz(self, guild: int, *answers: AnswerRow) -> None:
        self.sessions += 1
        session = f"s{self.sessions}"
        await self.store.create_session(session, guild, 20, MEMBER, None, len(answers), 20, True, True, NOW)
        for answer in answers:
            assert await self.store.record_quiz_answer(session, guild, answer)

    async def daily(self, guild: int, day: dt.date, *answers: AnswerRow) -> None:
        post = await self.store.claim_daily(guild, day, [a.question_id for a in answers], 30, NOW)
        assert post is not None
        for answer in answers:
            assert await self.store.record_daily_answer(post, answer)


async def seed(store: SqlStudyStore, facts: list[str]) -> None:
    a, b, c = facts[:3]
    s = Seeded(store, facts)
    day = dt.timedelta(days=1)
    # Fact a: wrong in a quiz, then right in a later daily quiz -> mastered.
    await s.quiz(GUILD, row(MEMBER, a, False, NOW - 3 * day))
    await s.daily(GUILD, (NOW - day).date(), row(MEMBER, a, True, NOW - day, question="d"))
    # Fact b: right, then wrong later -> not mastered. Fact c: right once -> mastered.
    await s.quiz(GUILD, row(MEMBER, b, True, NOW - 3 * day), row(MEMBER, c, True, NOW - 2 * day))
    await s.quiz(GUILD, row(MEMBER, b, False, NOW - dt.timedelta(minutes=5)))
    # Long ago (outside 30 days) it still counts for mastery, not for the days.
    await s.quiz(GUILD, row(MEMBER, facts[3], True, NOW - 40 * day))
    # Other guilds and other members never count.
    await s.quiz(OTHER_GUILD, row(MEMBER, facts[4], True, NOW - day), row(MEMBER, b, True, NOW))
    await s.quiz(GUILD, row(OTHER_MEMBER, facts[5], True, NOW - day))


async def test_answer_times_and_latest_results_per_fact(database: Database, shipped: KnowledgeService) -> None:
    store = SqlStudyStore(database)
    facts = [sf.fact.id for sf in shipped.base.facts if sf.section.id == "pillars"]
    await seed(store, facts)
    latest = await store.latest_results(GUILD, MEMBER)
    assert latest == {facts[0]: True, facts[1]: False, facts[2]: True, facts[3]: True}
    times = await store.answer_times(GUILD, MEMBER, NOW - dt.timedelta(days=30))
    assert len(times) == 5
    assert [t for t, _ in times] == sorted(t for t, _ in times)
    assert all(t.tzinfo is not None for t, _ in times)
    assert sum(ok for _, ok in times) == 3
    assert await store.latest_results(GUILD, 999) == {}


async def test_history_and_its_chart_come_from_the_stored_answers(
    database: Database, shipped: KnowledgeService
) -> None:
    store = SqlStudyStore(database)
    facts = [sf.fact.id for sf in shipped.base.facts if sf.section.id == "pillars"]
    await seed(store, facts)
    settings = Settings(_env_file=None, default_timezone="Asia/Kolkata")
    app = await bootstrap(settings, clock=lambda: NOW, knowledge=shipped, store=store)
    history = await app.progress.history(GUILD, MEMBER)
    assert len(history.days) == 30
    assert history.days[-1].day == dt.date(2025, 10, 6)
    by_day = {d.day.isoformat(): (d.answered, d.correct) for d in history.days if d.answered}
    # Days in India: 3 Oct (a wrong, b right), 4 Oct (c right), 5 Oct (the daily answer on a) and 6 Oct at
    # 08:55 (b wrong); the answer 40 days ago and the other guild's and member's answers are not counted.
    assert by_day == {"2025-10-03": (2, 1), "2025-10-04": (1, 1), "2025-10-05": (1, 1), "2025-10-06": (1, 0)}
    pillars = next(m for m in history.sections if m.section_id == "pillars")
    assert (pillars.facts, pillars.answered, pillars.mastered) == (len(facts), 4, 3)

    chart = stats_chart(history, "Member")
    assert chart.png.startswith(b"\x89PNG\r\n\x1a\n")
    plotted = dict(
        zip(chart.series["day"], zip(chart.series["answered"], chart.series["correct"], strict=True), strict=True)
    )
    assert {day: counts for day, counts in plotted.items() if counts[0]} == by_day
    index = chart.series["section"].index("Pillars of India-Japan Relations")
    assert chart.series["section_mastered"][index] == 3
    assert chart.series["section_facts"][index] == len(facts)
