"""fsrs reviews: review cards move from SM-2 to FSRS, the review log keeps what FSRS's optimiser needs

Every SM-2 card becomes an FSRS card with the same due time, phase, step, repetitions, lapses and leech flag.
Its stability is its current interval (at FSRS's 90% retention a card is due when its interval equals its
stability), and its difficulty is the one whose FSRS growth on a "good" answer on time equals the card's SM-2
ease (Anki's own conversion, with FSRS-6's default weights); a card never graduated keeps no memory state, so
its next grade starts it afresh. The review log keeps every row and gains the card's stable id, the guild and
the review's duration (unknown before this migration). Servers get a desired retention (0.9) and room for
fitted FSRS weights.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 09:00:00
"""

import datetime as dt
import hashlib
import math
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.tables

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here on purpose: a migration must convert the same way whatever the code becomes later.
#: FSRS-6's default weights w8, w9, w10 (stability growth on a successful recall).
W8, W9, W10 = 1.8722, 0.1666, 0.796
#: SM-2 schedules at about this retention; FSRS-6 is due at 90% after ``stability`` days.
SM2_RETENTION = 0.9
MIN_STABILITY = 0.1
DEFAULT_EASE = 2.5
DAY = dt.timedelta(days=1)

cards = sa.table(
    "review_cards",
    sa.column("user_id", sa.BigInteger()),
    sa.column("fact_id", sa.String()),
    sa.column("phase", sa.String()),
    sa.column("ease", sa.Float()),
    sa.column("interval_days", sa.Float()),
    sa.column("stability", sa.Float()),
    sa.column("difficulty", sa.Float()),
    sa.column("due", bot.storage.tables.UTCDateTime()),
    sa.column("last_review", bot.storage.tables.UTCDateTime()),
)
log = sa.table(
    "review_log",
    sa.column("user_id", sa.BigInteger()),
    sa.column("fact_id", sa.String()),
    sa.column("card_id", sa.BigInteger()),
    sa.column("reviewed_at", bot.storage.tables.UTCDateTime()),
)


def card_key(user_id: int, fact_id: str) -> int:
    """Return a card's stable id: the same as bot.core.study.review.card_key (a test checks they agree)."""
    digest = hashlib.sha256(f"{user_id}:{fact_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 2


def _growth(stability: float) -> float:
    """Return FSRS's stability growth per point of (11 - difficulty) for a recall on time."""
    return math.exp(W8) * stability**-W9 * math.expm1((1 - SM2_RETENTION) * W10)


def memory_from_sm2(ease: float, interval_days: float) -> tuple[float, float]:
    """Return the FSRS (stability, difficulty) of an SM-2 card with this ease and interval."""
    stability = max(interval_days, MIN_STABILITY)
    difficulty = 11 - (ease - 1) / _growth(stability)
    return stability, min(max(difficulty, 1.0), 10.0)


def sm2_from_memory(stability: float, difficulty: float) -> float:
    """Return the SM-2 ease that grows a card as FSRS would (the inverse of memory_from_sm2), at least 1.3."""
    return max(1.3, round(1 + (11 - difficulty) * _growth(max(stability, MIN_STABILITY)), 3))


def upgrade() -> None:
    """Apply this migration."""
    connection = op.get_bind()
    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stability", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("difficulty", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("last_review", bot.storage.tables.UTCDateTime(timezone=True), nullable=True))

    last_reviews = {
        (row.user_id, row.fact_id): row.last
        for row in connection.execute(
            sa.select(log.c.user_id, log.c.fact_id, sa.func.max(log.c.reviewed_at).label("last")).group_by(
                log.c.user_id, log.c.fact_id
            )
        )
    }
    rows = connection.execute(
        sa.select(cards.c.user_id, cards.c.fact_id, cards.c.phase, cards.c.ease, cards.c.interval_days, cards.c.due)
    ).all()
    for row in rows:
        # max() over a typed column comes back as text on SQLite: read it through the column's type.
        last = _as_datetime(last_reviews.get((row.user_id, row.fact_id)))
        values: dict[str, object] = {}
        if row.phase in ("review", "relearning"):
            stability, difficulty = memory_from_sm2(row.ease, row.interval_days)
            values = {"stability": stability, "difficulty": difficulty}
            if last is None and row.phase == "review":
                last = row.due - row.interval_days * DAY
        values["last_review"] = last if row.phase != "new" else None
        connection.execute(
            cards.update().where(cards.c.user_id == row.user_id, cards.c.fact_id == row.fact_id).values(**values)
        )

    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.drop_column("ease")
        batch_op.drop_column("interval_days")

    with op.batch_alter_table("review_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("card_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("guild_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("duration_ms", sa.Integer(), nullable=True))
    logged = connection.execute(sa.select(log.c.user_id, log.c.fact_id).distinct()).all()
    for user_id, fact_id in logged:
        connection.execute(
            log.update()
            .where(log.c.user_id == user_id, log.c.fact_id == fact_id)
            .values(card_id=card_key(user_id, fact_id))
        )
    with op.batch_alter_table("review_log", schema=None) as batch_op:
        batch_op.alter_column("card_id", existing_type=sa.BigInteger(), nullable=False)
        batch_op.create_index(batch_op.f("ix_review_log_card_id"), ["card_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_log_guild_id"), ["guild_id", "card_id"], unique=False)

    with op.batch_alter_table("guild_settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("desired_retention", sa.Float(), server_default="0.9", nullable=False))
        batch_op.add_column(sa.Column("fsrs_parameters", sa.Text(), nullable=True))


def downgrade() -> None:
    """Revert this migration (FSRS cards become SM-2 cards with the ease that grows them alike)."""
    connection = op.get_bind()
    with op.batch_alter_table("guild_settings", schema=None) as batch_op:
        batch_op.drop_column("fsrs_parameters")
        batch_op.drop_column("desired_retention")

    with op.batch_alter_table("review_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_log_guild_id"))
        batch_op.drop_index(batch_op.f("ix_review_log_card_id"))
        batch_op.drop_column("duration_ms")
        batch_op.drop_column("guild_id")
        batch_op.drop_column("card_id")

    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ease", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("interval_days", sa.Float(), nullable=True))
    rows = connection.execute(
        sa.select(
            cards.c.user_id,
            cards.c.fact_id,
            cards.c.phase,
            cards.c.stability,
            cards.c.difficulty,
            cards.c.due,
            cards.c.last_review,
        )
    ).all()
    for row in rows:
        ease, interval = DEFAULT_EASE, 0.0
        if row.stability is not None and row.difficulty is not None:
            ease = sm2_from_memory(row.stability, row.difficulty)
            interval = float(max(round(row.stability), 1))
        if row.phase == "review" and row.last_review is not None:
            interval = float(max(round((row.due - row.last_review) / DAY), 1))
        connection.execute(
            cards.update()
            .where(cards.c.user_id == row.user_id, cards.c.fact_id == row.fact_id)
            .values(ease=ease, interval_days=interval)
        )
    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.alter_column("ease", existing_type=sa.Float(), nullable=False)
        batch_op.alter_column("interval_days", existing_type=sa.Float(), nullable=False)
        batch_op.drop_column("last_review")
        batch_op.drop_column("difficulty")
        batch_op.drop_column("stability")


def _as_datetime(value: object) -> dt.datetime | None:
    """Return a logged time as an aware UTC datetime, however the back end hands it over."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
