"""Database tables (SQLAlchemy 2 declarative); schema changes go through Alembic migrations."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Store aware datetimes as UTC and give them back aware, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use timezone-aware datetimes")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


#: ``info`` of a column that holds a member's id: what forget-me does with it ("delete" the row, or "nullify").
MEMBER_ROW = {"member": "delete"}
MEMBER_REFERENCE = {"member": "nullify"}


class Base(DeclarativeBase):
    """Base of every table."""

    metadata = MetaData(naming_convention=NAMING)


class GuildSettings(Base):
    """Per-server settings."""

    __tablename__ = "guild_settings"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    timezone: Mapped[str] = mapped_column(String(64))
    daily_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    daily_channel_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    daily_time: Mapped[str] = mapped_column(String(5), default="09:00")
    daily_questions: Mapped[int] = mapped_column(Integer, default=3)
    speed_scoring: Mapped[bool] = mapped_column(Boolean, default=True)
    streak_bonus: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Article ids the daily quiz draws on, one per line; empty means every article.
    daily_articles: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: FSRS's desired retention for reviews done in this server.
    desired_retention: Mapped[float] = mapped_column(Float, default=0.9, server_default="0.9")
    #: FSRS weights fitted to this server's reviews, comma-separated; empty means the defaults.
    fsrs_parameters: Mapped[str | None] = mapped_column(Text, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class AskChannel(Base):
    """A channel where the bot answers questions without being mentioned."""

    __tablename__ = "ask_channels"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    channel_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)


class QuizSession(Base):
    """One group quiz run in a channel."""

    __tablename__ = "quiz_sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger, index=True)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    # The host is kept only while they want to be: forget-me clears it, the session stays for the others.
    host_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, info=MEMBER_REFERENCE)
    section_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    question_count: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[int] = mapped_column(Integer)
    speed_scoring: Mapped[bool] = mapped_column(Boolean)
    streak_bonus: Mapped[bool] = mapped_column(Boolean)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    end_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)


class QuizAnswer(Base):
    """One member's answer to one question of a group quiz; recorded exactly once."""

    __tablename__ = "quiz_answers"
    __table_args__ = (UniqueConstraint("session_id", "question_id", "user_id"), Index(None, "guild_id", "answered_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("quiz_sessions.id", ondelete="CASCADE"))
    guild_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True, info=MEMBER_ROW)
    question_id: Mapped[str] = mapped_column(String(128))
    fact_id: Mapped[str] = mapped_column(String(64))
    section_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    choice: Mapped[int] = mapped_column(Integer)
    correct: Mapped[bool] = mapped_column(Boolean)
    elapsed_ms: Mapped[int] = mapped_column(Integer)
    points: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class DailyPost(Base):
    """The daily quiz of one guild on one calendar day; the unique key makes posting exactly-once."""

    __tablename__ = "daily_posts"
    __table_args__ = (UniqueConstraint("guild_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    day: Mapped[dt.date] = mapped_column(Date)
    question_ids: Mapped[str] = mapped_column(Text)  # newline-separated, in order
    channel_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class DailyResponse(Base):
    """One member's answer to one question of a daily quiz."""

    __tablename__ = "daily_responses"
    __table_args__ = (UniqueConstraint("post_id", "question_id", "user_id"), Index(None, "guild_id", "user_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("daily_posts.id", ondelete="CASCADE"))
    guild_id: Mapped[int] = mapped_column(BigInteger)
    day: Mapped[dt.date] = mapped_column(Date)
    user_id: Mapped[int] = mapped_column(BigInteger, info=MEMBER_ROW)
    question_id: Mapped[str] = mapped_column(String(128))
    fact_id: Mapped[str] = mapped_column(String(64))
    section_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    choice: Mapped[int] = mapped_column(Integer)
    correct: Mapped[bool] = mapped_column(Boolean)
    points: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ReviewCard(Base):
    """A member's spaced-review card for one fact, scheduled with FSRS."""

    __tablename__ = "review_cards"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False, info=MEMBER_ROW)
    fact_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    phase: Mapped[str] = mapped_column(String(16))
    step: Mapped[int] = mapped_column(Integer)
    #: FSRS's memory state; empty until the first grade.
    stability: Mapped[float | None] = mapped_column(Float, nullable=True)
    difficulty: Mapped[float | None] = mapped_column(Float, nullable=True)
    due: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    last_review: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    reps: Mapped[int] = mapped_column(Integer)
    lapses: Mapped[int] = mapped_column(Integer)
    leech: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ReviewLog(Base):
    """One review of one card: daily caps, history, and what FSRS's optimiser fits a server's weights to."""

    __tablename__ = "review_log"
    __table_args__ = (Index(None, "user_id", "reviewed_at"), Index(None, "guild_id", "card_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, info=MEMBER_ROW)
    fact_id: Mapped[str] = mapped_column(String(64))
    #: The card's stable id (bot.core.study.review.card_key of the member and the fact), FSRS's card_id.
    card_id: Mapped[int] = mapped_column(BigInteger, index=True)
    #: The grade, 1 to 4: FSRS's rating.
    grade: Mapped[int] = mapped_column(Integer)
    was_new: Mapped[bool] = mapped_column(Boolean)
    reviewed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: Where it was reviewed (empty: a direct message, or logged before migration 0004).
    guild_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    #: Milliseconds from showing the card to grading it, when known.
    duration_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)


class UnansweredQuestion(Base):
    """A question the bot declined or was unsure of, for admins to fill gaps."""

    __tablename__ = "unanswered_questions"
    __table_args__ = (Index(None, "guild_id", "asked_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    guild_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    user_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, info=MEMBER_ROW)
    question: Mapped[str] = mapped_column(String(500))
    outcome: Mapped[str] = mapped_column(String(16))  # declined | suggested | low_confidence
    top_fact_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    score: Mapped[float] = mapped_column(Float)
    asked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class AnswerFeedback(Base):
    """A member's verdict on an answer: helpful or a wrong match."""

    __tablename__ = "answer_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    guild_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True, info=MEMBER_ROW)
    # Whose question it was: the row quotes the asker, so their forget-me removes it too.
    asker_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True, info=MEMBER_ROW)
    question: Mapped[str] = mapped_column(String(500))
    fact_id: Mapped[str] = mapped_column(String(64))
    helpful: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
