"""Forget-me forgets everything: every column that can hold a member's id, found from the tables' metadata."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import BigInteger, Column, func, select

from bot.app import App
from bot.core.services.knowledge import KnowledgeService
from bot.storage.database import Database
from bot.storage.tables import Base
from tests.storage.test_services_on_database import CHANNEL, GUILD, FakeClock, build

MEMBER, OTHER = 7001, 7002
#: Big integers that are ids of places or messages, never of members. Every other one may hold a member.
#: (review_log.card_id is a hash of a member and a fact, never a member's id; its row goes with the member's.)
NOT_MEMBER_IDS = {"guild_id", "channel_id", "daily_channel_id", "message_id", "card_id"}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2025, 10, 6, 3, 30, tzinfo=dt.UTC))


def member_columns() -> list[Column[int]]:
    """Return every column that can hold a member's id, derived from the schema (new columns are included)."""
    return [
        column
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, BigInteger) and column.name not in NOT_MEMBER_IDS
    ]


async def holding(database: Database, member: int) -> dict[str, int]:
    """Count, per member column, the rows that hold ``member``."""
    found: dict[str, int] = {}
    async with database.session() as session:
        for column in member_columns():
            count = await session.scalar(select(func.count()).select_from(column.table).where(column == member))
            found[f"{column.table.name}.{column.name}"] = int(count or 0)
    return found


async def leave_a_trace_everywhere(app: App, clock: FakeClock) -> None:
    """Have MEMBER touch every feature: host and answer a quiz, daily, reviews, the log, feedback both ways."""
    quiz = (await app.quizzes.begin(GUILD, CHANNEL, MEMBER, question_count=2, seconds=20)).quiz
    await app.quizzes.answer(CHANNEL, MEMBER, (quiz.current.answer_index + 1) % 4)
    await app.quizzes.close_question(CHANNEL)
    await app.quizzes.advance(CHANNEL)
    await app.guilds.configure_daily(GUILD, 555, "09:00", questions=2)
    daily = await app.daily.post(GUILD)
    assert daily is not None
    await app.daily.answer(daily.post.id, 0, MEMBER, (daily.questions[0].answer_index + 1) % 4)
    item = await app.reviews.next(MEMBER)
    assert item is not None
    from bot.core.study.review import Grade

    await app.reviews.grade(MEMBER, item.question.fact_id, Grade.GOOD)
    await app.asking.ask("who heads JAXA", GUILD, MEMBER)
    await app.asking.feedback(GUILD, MEMBER, "cepa year?", "cepa_year", True, asker_id=OTHER)
    await app.asking.feedback(GUILD, OTHER, "my question", "cepa_year", False, asker_id=MEMBER)


async def test_every_member_column_is_covered_then_emptied(
    database: Database, shipped: KnowledgeService, clock: FakeClock
) -> None:
    app = await build(database, shipped, clock)
    await leave_a_trace_everywhere(app, clock)
    before = await holding(database, MEMBER)
    # The scenario reaches every column that can hold a member, so the check below proves something.
    assert all(before.values()), {name: n for name, n in before.items() if not n}

    await app.privacy.forget_me(MEMBER)

    after = await holding(database, MEMBER)
    assert after == dict.fromkeys(after, 0)
    assert (await holding(database, OTHER))["answer_feedback.user_id"] == 0  # OTHER's row quoted MEMBER


async def test_an_in_flight_quiz_forgets_the_member_and_makes_no_card_after(
    database: Database, shipped: KnowledgeService, clock: FakeClock
) -> None:
    app = await build(database, shipped, clock)
    quiz = (await app.quizzes.begin(GUILD, CHANNEL, MEMBER, question_count=2, seconds=20)).quiz
    wrong = (quiz.current.answer_index + 1) % 4
    await app.quizzes.answer(CHANNEL, MEMBER, wrong)
    await app.quizzes.answer(CHANNEL, OTHER, wrong)

    await app.privacy.forget_me(MEMBER)  # while the question is still open

    reveal = await app.quizzes.close_question(CHANNEL)
    assert [user for user, _fact in reveal.wrong] == [OTHER]
    result = await app.quizzes.stop(CHANNEL, None, True)
    assert [s.user_id for s in result.standings] == [OTHER]
    assert await app.reviews.due(MEMBER) == []
    assert [fact for fact, _card in await app.reviews.due(OTHER)] == [quiz.questions[0].fact_id]
    assert not any((await holding(database, MEMBER)).values())


async def test_forget_me_drops_the_members_conversations_and_rate_history(
    database: Database, shipped: KnowledgeService, clock: FakeClock
) -> None:
    app = await build(database, shipped, clock)
    kept = app.asking.conversation((GUILD, CHANNEL, OTHER))
    mine = app.asking.conversation((GUILD, CHANNEL, MEMBER))
    await app.asking.ask("cepa year?", GUILD, MEMBER, mine)
    assert mine.turn is not None
    await app.privacy.forget_me(MEMBER)
    assert app.asking.conversation((GUILD, CHANNEL, MEMBER)) is not mine
    assert app.asking.conversation((GUILD, CHANNEL, OTHER)) is kept
