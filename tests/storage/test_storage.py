"""Storage on a real database: migrations, uniqueness under concurrency, and data that survives."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from sqlalchemy import inspect

from bot.core.study.ports import AnswerRow, CardRow, ReviewLogRow
from bot.core.study.review import card_key
from bot.storage.database import Database
from bot.storage.repository import SqlStudyStore

NOW = dt.datetime(2025, 10, 6, 9, 0, tzinfo=dt.UTC)


def answer(
    user: int, question: str = "c:q1", correct: bool = True, points: int = 900, at: dt.datetime = NOW
) -> AnswerRow:
    return AnswerRow(user, question, "cepa_year", "pillars", 1, correct, points, at, 1200)


async def new_session(store: SqlStudyStore, session_id: str = "s1", guild: int = 10, channel: int = 20) -> None:
    await store.create_session(session_id, guild, channel, 1, None, 5, 20, True, True, NOW)


async def test_migrations_create_every_table_and_are_idempotent(database: Database) -> None:
    async with database.engine.connect() as connection:
        names = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert {"quiz_answers", "daily_posts", "review_cards", "guild_settings", "alembic_version"} <= names
    store = SqlStudyStore(database)
    await new_session(store)
    assert await store.record_quiz_answer("s1", 10, answer(1))
    await database.migrate()  # a restart: nothing is lost
    assert len(await store.session_answers("s1")) == 1


async def test_sqlite_file_is_created_with_its_folder_and_uses_wal(tmp_path: Path) -> None:
    db = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'nested' / 'dir' / 'bot.db'}")
    await db.migrate()
    async with db.engine.connect() as connection:
        mode = (await connection.exec_driver_sql("PRAGMA journal_mode")).scalar()
    await db.close()
    assert mode == "wal"
    assert (tmp_path / "nested" / "dir" / "bot.db").exists()


async def test_guild_settings_default_then_update(database: Database) -> None:
    store = SqlStudyStore(database)
    config = await store.guild_config(5, "Asia/Kolkata")
    assert (config.timezone, config.daily_enabled, config.speed_scoring) == ("Asia/Kolkata", False, True)
    updated = await store.update_guild(
        5, "Asia/Kolkata", NOW, daily_enabled=True, daily_channel_id=77, daily_time="21:30"
    )
    assert (updated.daily_enabled, updated.daily_channel_id, updated.daily_time) == (True, 77, "21:30")
    assert [g.guild_id for g in await store.daily_guilds()] == [5]


async def test_ask_channels(database: Database) -> None:
    store = SqlStudyStore(database)
    assert await store.set_ask_channel(1, 100, True)
    assert not await store.set_ask_channel(1, 100, True)
    assert await store.set_ask_channel(1, 101, True)
    assert await store.ask_channels(1) == {100, 101}
    assert await store.set_ask_channel(1, 100, False)
    assert await store.ask_channels(1) == {101}


async def test_fifty_members_answering_at_once_are_each_recorded_once(database: Database) -> None:
    store = SqlStudyStore(database)
    await new_session(store)
    results = await asyncio.gather(*(store.record_quiz_answer("s1", 10, answer(user)) for user in range(50)))
    doubles = await asyncio.gather(*(store.record_quiz_answer("s1", 10, answer(user)) for user in range(0, 50, 5)))
    assert all(results)
    assert not any(doubles)
    rows = await store.session_answers("s1")
    assert sorted(r.user_id for r in rows) == list(range(50))


async def test_two_quizzes_in_two_channels_never_mix(database: Database) -> None:
    store = SqlStudyStore(database)
    await new_session(store, "a", channel=1)
    await new_session(store, "b", channel=2)
    await asyncio.gather(store.record_quiz_answer("a", 10, answer(1)), store.record_quiz_answer("b", 10, answer(1)))
    assert [r.user_id for r in await store.session_answers("a")] == [1]
    assert [r.user_id for r in await store.session_answers("b")] == [1]


async def test_daily_post_is_claimed_exactly_once(database: Database) -> None:
    store = SqlStudyStore(database)
    day = dt.date(2025, 10, 6)
    claims = await asyncio.gather(*(store.claim_daily(3, day, ["c:q1", "c:q2"], 9, NOW) for _ in range(5)))
    won = [c for c in claims if c is not None]
    assert len(won) == 1
    assert won[0].question_ids == ("c:q1", "c:q2")
    assert await store.daily_post(3, day) == won[0]
    assert await store.claim_daily(3, day + dt.timedelta(days=1), ["c:q3"], 9, NOW) is not None
    assert await store.daily_question_history(3) == ["c:q1", "c:q2", "c:q3"]


async def test_daily_answers_results_and_streak_days(database: Database) -> None:
    store = SqlStudyStore(database)
    post = await store.claim_daily(3, dt.date(2025, 10, 6), ["c:q1"], 9, NOW)
    assert post is not None
    assert await store.record_daily_answer(post, answer(7, points=100))
    assert not await store.record_daily_answer(post, answer(7, correct=False, points=0))
    assert await store.record_daily_answer(post, answer(8, correct=False, points=0))
    results = {t.user_id: (t.points, t.correct, t.answered) for t in await store.daily_results(post.id)}
    assert results == {7: (100, 1, 1), 8: (0, 0, 1)}
    assert await store.daily_days(3, 7) == [dt.date(2025, 10, 6)]


async def test_tallies_merge_quiz_and_daily_and_filter_by_time(database: Database) -> None:
    store = SqlStudyStore(database)
    await new_session(store)
    await store.record_quiz_answer("s1", 10, answer(1, points=800, at=NOW - dt.timedelta(days=10)))
    await store.record_quiz_answer("s1", 10, answer(1, question="c:q2", points=600))
    post = await store.claim_daily(10, dt.date(2025, 10, 6), ["c:q1"], 9, NOW)
    assert post is not None
    await store.record_daily_answer(post, answer(1, correct=False, points=0))
    all_time = {t.user_id: (t.points, t.correct, t.answered) for t in await store.tallies(10)}
    recent = {
        t.user_id: (t.points, t.correct, t.answered) for t in await store.tallies(10, since=NOW - dt.timedelta(days=1))
    }
    assert all_time == {1: (1400, 2, 3)}
    assert recent == {1: (600, 1, 2)}
    records = await store.fact_records(10)
    assert (records["cepa_year"].answered, records["cepa_year"].correct) == (3, 2)
    assert await store.section_results(10, 1) == {"pillars": (3, 2)}


async def test_review_cards_and_log(database: Database) -> None:
    store = SqlStudyStore(database)
    card = CardRow("cepa_year", "new", 0, None, None, NOW, None, 0, 0, False)
    assert await store.add_card_if_missing(4, card, NOW)
    assert not await store.add_card_if_missing(4, card, NOW)
    later = CardRow("cepa_year", "learning", 1, 2.3065, 2.118, NOW + dt.timedelta(minutes=10), NOW, 1, 0, False)
    await store.save_card(4, later, ReviewLogRow(card_key(4, "cepa_year"), "cepa_year", 3, True, NOW, 10, 4200))
    assert await store.cards(4) == [later]
    assert await store.reviews_since(4, NOW - dt.timedelta(hours=1)) == (1, 1)
    assert await store.review_history(10, 100) == [
        ReviewLogRow(card_key(4, "cepa_year"), "cepa_year", 3, True, NOW, 10, 4200)
    ]


async def test_forget_user_deletes_everything_about_them(database: Database) -> None:
    store = SqlStudyStore(database)
    await new_session(store)
    await store.record_quiz_answer("s1", 10, answer(1))
    await store.record_quiz_answer("s1", 10, answer(2))
    await store.add_card_if_missing(1, CardRow("cepa_year", "new", 0, None, None, NOW, None, 0, 0, False), NOW)
    await store.record_feedback(10, 1, "cepa year", "cepa_year", True, NOW)
    await store.log_unanswered(10, 1, "who is the pm", "declined", None, 0.1, NOW)
    removed = await store.forget_user(1)
    assert removed["quiz_answers"] == 1
    assert removed["review_cards"] == 1
    assert removed["answer_feedback"] == 1
    assert removed["unanswered_questions"] == 1
    assert [r.user_id for r in await store.session_answers("s1")] == [2]
    assert await store.cards(1) == []


async def test_unanswered_log_is_returned_newest_first(database: Database) -> None:
    store = SqlStudyStore(database)
    for text in ["first q", "second q"]:
        await store.log_unanswered(10, 1, text, "declined", None, 0.0, NOW)
    assert [q.text for q in await store.unanswered(10)] == ["second q", "first q"]
    assert await store.unanswered(11) == []
