"""Migration 0004 turns SM-2 review cards of a database made at revision 0003 into FSRS cards, on every back end.

Due times, phases, lapses, leech flags and the whole review log are kept; each card's FSRS memory is derived from
its SM-2 interval and ease, so its next "good" grade on time gives what SM-2 would have (interval times ease).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import AsyncIterator
from pathlib import Path
from types import ModuleType

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, text

from bot.app import bootstrap
from bot.core.services.knowledge import KnowledgeService
from bot.core.study.review import CardPhase, CardState, Grade, card_key, schedule
from bot.storage.database import MIGRATIONS_DIR, Database
from bot.storage.repository import SqlStudyStore
from bot.storage.tables import UTCDateTime
from tests.dbfixtures import BACKENDS, POSTGRES_URL
from tests.fakes import FakeClock, settings_for

NOW = dt.datetime(2025, 10, 6, 4, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)
MIN = dt.timedelta(minutes=1)
MEMBER, OTHER = 501, 502

# The tables as revision 0003 left them (typed, so times are stored as the bot stores them).
OLD_CARDS = sa.table(
    "review_cards",
    sa.column("user_id", sa.BigInteger()),
    sa.column("fact_id", sa.String()),
    sa.column("phase", sa.String()),
    sa.column("step", sa.Integer()),
    sa.column("ease", sa.Float()),
    sa.column("interval_days", sa.Float()),
    sa.column("due", UTCDateTime()),
    sa.column("reps", sa.Integer()),
    sa.column("lapses", sa.Integer()),
    sa.column("leech", sa.Boolean()),
    sa.column("updated_at", UTCDateTime()),
)
OLD_LOG = sa.table(
    "review_log",
    sa.column("user_id", sa.BigInteger()),
    sa.column("fact_id", sa.String()),
    sa.column("grade", sa.Integer()),
    sa.column("was_new", sa.Boolean()),
    sa.column("reviewed_at", UTCDateTime()),
)
OLD_GUILDS = sa.table(
    "guild_settings",
    sa.column("guild_id", sa.BigInteger()),
    sa.column("timezone", sa.String()),
    sa.column("daily_enabled", sa.Boolean()),
    sa.column("daily_time", sa.String()),
    sa.column("daily_questions", sa.Integer()),
    sa.column("speed_scoring", sa.Boolean()),
    sa.column("streak_bonus", sa.Boolean()),
    sa.column("updated_at", UTCDateTime()),
)

#: (fact, phase, step, ease, interval, due, reps, lapses, leech) of MEMBER's SM-2 cards.
SM2_CARDS = [
    ("cepa_year", "review", 0, 2.5, 10.0, NOW + 2 * DAY, 4, 0, False),
    ("aagc_year", "review", 0, 1.3, 3.0, NOW - DAY, 12, 8, True),  # a leech, overdue
    ("mahsr_cost", "relearning", 0, 2.3, 1.0, NOW + dt.timedelta(minutes=7), 6, 1, False),
    ("quad_members", "learning", 1, 2.5, 0.0, NOW + dt.timedelta(minutes=4), 1, 0, False),
    ("acsa_year", "new", 0, 2.5, 0.0, NOW - DAY, 0, 0, False),
    ("strong_card", "review", 0, 3.1, 120.0, NOW + 60 * DAY, 9, 0, False),
]


def _alembic(connection: Connection, revision: str, downgrade: bool = False) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    (command.downgrade if downgrade else command.upgrade)(config, revision)


async def database_at_0003(backend: str, tmp_path: Path) -> Database:
    """Return an empty database of the given back end with the schema of revision 0003 and SM-2 data in it."""
    if backend == "sqlite":
        db = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")
    else:
        db = Database.from_url(POSTGRES_URL)
        async with db.engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
    async with db.engine.begin() as connection:
        await connection.run_sync(_alembic, "0003")
        rows = [
            {
                "user_id": MEMBER,
                "fact_id": fact,
                "phase": phase,
                "step": step,
                "ease": ease,
                "interval_days": interval,
                "due": due,
                "reps": reps,
                "lapses": lapses,
                "leech": leech,
                "updated_at": NOW,
            }
            for fact, phase, step, ease, interval, due, reps, lapses, leech in SM2_CARDS
        ]
        rows.append({**rows[0], "user_id": OTHER})
        await connection.execute(OLD_CARDS.insert(), rows)
        log = [
            {"user_id": MEMBER, "fact_id": "cepa_year", "grade": grade, "was_new": new, "reviewed_at": at}
            for grade, new, at in [(1, True, NOW - 20 * DAY), (3, False, NOW - 19 * DAY), (3, False, NOW - 8 * DAY)]
        ]
        log += [
            {"user_id": MEMBER, "fact_id": "mahsr_cost", "grade": 1, "was_new": False, "reviewed_at": NOW - 3 * MIN},
            {"user_id": OTHER, "fact_id": "cepa_year", "grade": 4, "was_new": True, "reviewed_at": NOW - 8 * DAY},
        ]
        await connection.execute(OLD_LOG.insert(), log)
        await connection.execute(
            OLD_GUILDS.insert(),
            [
                {
                    "guild_id": 77,
                    "timezone": "Asia/Kolkata",
                    "daily_enabled": False,
                    "daily_time": "09:00",
                    "daily_questions": 3,
                    "speed_scoring": True,
                    "streak_bonus": True,
                    "updated_at": NOW,
                }
            ],
        )
    return db


@pytest.fixture(params=BACKENDS)
async def upgraded(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    db = await database_at_0003(request.param, tmp_path)
    await db.migrate()  # what the bot does at start: upgrade to the newest revision
    try:
        yield db
    finally:
        await db.close()


async def test_converted_cards_keep_due_phase_lapses_and_leeches(upgraded: Database) -> None:
    store = SqlStudyStore(upgraded)
    cards = {row.fact_id: row for row in await store.cards(MEMBER)}
    assert set(cards) == {fact for fact, *_ in SM2_CARDS}
    for fact, phase, step, _ease, _interval, due, reps, lapses, leech in SM2_CARDS:
        row = cards[fact]
        assert (row.phase, row.step, row.due, row.reps, row.lapses, row.leech) == (
            phase,
            step,
            due,
            reps,
            lapses,
            leech,
        ), fact
        # Every converted card is a valid FSRS card.
        CardState(
            CardPhase(row.phase),
            row.step,
            row.stability,
            row.difficulty,
            row.due,
            row.last_review,
            row.reps,
            row.lapses,
            row.leech,
        )
    assert [row.fact_id for row in await store.cards(OTHER)] == ["cepa_year"]


async def test_converted_memory_comes_from_interval_and_ease(upgraded: Database) -> None:
    cards = {row.fact_id: row for row in await SqlStudyStore(upgraded).cards(MEMBER)}
    review = cards["cepa_year"]
    assert review.stability == pytest.approx(10.0)  # due at 90% after its interval
    assert review.last_review == NOW - 8 * DAY  # its last logged review
    assert review.difficulty is not None
    assert cards["aagc_year"].difficulty == 10.0  # the lowest ease is the hardest card
    assert cards["strong_card"].difficulty is not None
    assert cards["strong_card"].difficulty < review.difficulty
    assert cards["strong_card"].last_review == cards["strong_card"].due - 120 * DAY  # no log: from the interval
    assert cards["mahsr_cost"].stability == pytest.approx(1.0)
    assert cards["mahsr_cost"].last_review == NOW - 3 * MIN
    assert (cards["quad_members"].stability, cards["quad_members"].difficulty) == (None, None)
    assert (cards["acsa_year"].stability, cards["acsa_year"].last_review) == (None, None)


@pytest.mark.parametrize(("fact", "ease", "interval"), [("cepa_year", 2.5, 10), ("strong_card", 3.1, 120)])
async def test_a_converted_card_grows_on_good_as_sm2_would_have(
    upgraded: Database, fact: str, ease: float, interval: int
) -> None:
    row = next(r for r in await SqlStudyStore(upgraded).cards(MEMBER) if r.fact_id == fact)
    assert row.stability is not None
    # Reviewed on time (when SM-2 had it due, its last review plus its interval).
    card = CardState(
        CardPhase.REVIEW, 0, row.stability, row.difficulty, row.due, row.due - interval * DAY, row.reps, 0, False
    )
    good = schedule(card, Grade.GOOD, card.due)
    assert (good.due - card.due) / DAY == pytest.approx(interval * ease, abs=1.0)


async def test_the_review_log_is_kept_with_card_ids_for_the_optimiser(upgraded: Database) -> None:
    async with upgraded.session() as session:
        rows = (
            await session.execute(
                text("SELECT user_id, fact_id, grade, card_id, guild_id, duration_ms FROM review_log ORDER BY id")
            )
        ).all()
    assert [(r.user_id, r.fact_id, r.grade) for r in rows] == [
        (MEMBER, "cepa_year", 1),
        (MEMBER, "cepa_year", 3),
        (MEMBER, "cepa_year", 3),
        (MEMBER, "mahsr_cost", 1),
        (OTHER, "cepa_year", 4),
    ]
    # The migration's card ids are the ones the bot logs from now on.
    assert [r.card_id for r in rows] == [card_key(r.user_id, r.fact_id) for r in rows]
    assert {(r.guild_id, r.duration_ms) for r in rows} == {(None, None)}  # unknown before FSRS
    store = SqlStudyStore(upgraded)
    assert await store.reviews_since(MEMBER, NOW - 30 * DAY) == (4, 1)


async def test_servers_get_the_default_retention(upgraded: Database) -> None:
    config = await SqlStudyStore(upgraded).guild_config(77, "UTC")
    assert (config.desired_retention, config.fsrs_parameters) == (0.9, ())


async def test_converted_cards_are_reviewed_by_the_service(
    upgraded: Database, shipped: KnowledgeService, tmp_path: Path
) -> None:
    clock = FakeClock(NOW)
    app = await bootstrap(settings_for(tmp_path), clock=clock, knowledge=shipped, store=SqlStudyStore(upgraded))
    due = [fact for fact, _card in await app.reviews.due(MEMBER)]
    assert "aagc_year" not in due  # the leech stays out of the queue
    assert "cepa_year" not in due  # not due for two more days
    clock.advance(days=2, minutes=1)
    item = await app.reviews.next(MEMBER, 77)
    assert item is not None
    after = await app.reviews.grade(MEMBER, item.question.fact_id, Grade.GOOD, 77)
    assert after.due > clock.now + DAY


def test_the_migration_and_the_core_agree_on_card_ids() -> None:
    module = _migration()
    for user, fact in [(1, "cepa_year"), (2**62, "x"), (0, "a-b_c")]:
        assert module.card_key(user, fact) == card_key(user, fact)


def test_the_conversion_and_its_downgrade_are_inverse() -> None:
    module = _migration()
    for ease in (1.3, 2.0, 2.5, 3.1):
        for interval in (1.0, 10.0, 120.0):
            stability, difficulty = module.memory_from_sm2(ease, interval)
            if 1 < difficulty < 10:  # not clamped
                assert module.sm2_from_memory(stability, difficulty) == pytest.approx(ease, abs=1e-3)


async def test_downgrade_gives_back_sm2_cards(tmp_path: Path) -> None:
    db = await database_at_0003("sqlite", tmp_path)
    try:
        await db.migrate()
        async with db.engine.begin() as connection:
            await connection.run_sync(_alembic, "0003", True)
        async with db.engine.connect() as connection:
            rows = {
                row.fact_id: row
                for row in (
                    await connection.execute(
                        sa.select(
                            OLD_CARDS.c.fact_id, OLD_CARDS.c.ease, OLD_CARDS.c.interval_days, OLD_CARDS.c.due
                        ).where(OLD_CARDS.c.user_id == MEMBER)
                    )
                ).all()
            }
        assert rows["cepa_year"].ease == pytest.approx(2.5, abs=0.01)
        assert rows["cepa_year"].interval_days == 10.0
        assert rows["cepa_year"].due == NOW + 2 * DAY
        assert rows["acsa_year"].ease == 2.5
        await db.migrate()  # and up again
    finally:
        await db.close()


def _migration() -> ModuleType:
    path = MIGRATIONS_DIR / "versions" / "0004_fsrs_reviews.py"
    spec = importlib.util.spec_from_file_location("migration_0004", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
