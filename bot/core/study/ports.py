"""What the study services need from storage, as Protocols; `bot.storage` implements them with SQLAlchemy.

Each capability names only the calls it makes, so a test can hand a service a small fake of just that part.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from bot.core.study.daily import FactRecord
from bot.core.study.progress import Tally
from bot.core.study.review import DEFAULT_RETENTION


@dataclass(frozen=True)
class GuildConfig:
    """A guild's settings, with defaults for guilds that never changed any."""

    guild_id: int
    timezone: str
    daily_enabled: bool = False
    daily_channel_id: int | None = None
    daily_time: str = "09:00"
    daily_questions: int = 3
    speed_scoring: bool = True
    streak_bonus: bool = True
    #: The articles (ids) the daily quiz draws on; empty means all of them.
    daily_articles: tuple[str, ...] = ()
    #: FSRS's desired retention for reviews done in this server (0.7 to 0.97).
    desired_retention: float = DEFAULT_RETENTION
    #: FSRS weights fitted to this server's reviews (`studybot review optimise`); empty means the defaults.
    fsrs_parameters: tuple[float, ...] = ()


#: The settings ``GuildStore.update_guild`` may change.
GUILD_FIELDS = frozenset(
    {
        "timezone",
        "daily_enabled",
        "daily_channel_id",
        "daily_time",
        "daily_questions",
        "speed_scoring",
        "streak_bonus",
        "daily_articles",
        "desired_retention",
        "fsrs_parameters",
    }
)


@dataclass(frozen=True)
class DailyPostRecord:
    """A stored daily quiz post."""

    id: int
    guild_id: int
    day: dt.date
    question_ids: tuple[str, ...]
    channel_id: int | None
    message_id: int | None


@dataclass(frozen=True)
class CardRow:
    """A stored review card (FSRS's memory state, Anki's steps, lapses and the leech flag)."""

    fact_id: str
    phase: str
    step: int
    stability: float | None
    difficulty: float | None
    due: dt.datetime
    last_review: dt.datetime | None
    reps: int
    lapses: int
    leech: bool


@dataclass(frozen=True)
class ReviewLogRow:
    """One review in the log: what FSRS's optimiser needs (card, grade, time, duration) and the daily caps."""

    card_id: int
    fact_id: str
    grade: int
    was_new: bool
    reviewed_at: dt.datetime
    #: The server it was done in (None: a direct message).
    guild_id: int | None = None
    #: Milliseconds from showing the card to grading it, when known.
    duration_ms: int | None = None


@dataclass(frozen=True)
class AnswerHistoryRow:
    """One of a member's stored quiz or daily answers, for their export."""

    kind: str  # "quiz" or "daily"
    guild_id: int
    question_id: str
    fact_id: str
    section_id: str | None
    choice: int
    correct: bool
    points: int
    answered_at: dt.datetime


@dataclass(frozen=True)
class AnswerRow:
    """One answer to store (quiz or daily)."""

    user_id: int
    question_id: str
    fact_id: str
    section_id: str | None
    choice: int
    correct: bool
    points: int
    answered_at: dt.datetime
    elapsed_ms: int = 0


class GuildStore(Protocol):
    """Guild settings and ask-channels."""

    async def guild_config(self, guild_id: int, default_timezone: str) -> GuildConfig:
        """Return a guild's settings (defaults when it has none)."""

    async def update_guild(
        self, guild_id: int, default_timezone: str, now: dt.datetime, **changes: object
    ) -> GuildConfig:
        """Change some of a guild's settings and return them all."""

    async def daily_guilds(self) -> list[GuildConfig]:
        """Return every guild with the daily quiz switched on."""

    async def ask_channels(self, guild_id: int) -> frozenset[int]:
        """Return the guild's ask-channels."""

    async def set_ask_channel(self, guild_id: int, channel_id: int, enabled: bool) -> bool:
        """Add or remove an ask-channel; return whether anything changed."""


class QuizStore(Protocol):
    """Group-quiz sessions and their answers."""

    async def create_session(
        self,
        session_id: str,
        guild_id: int,
        channel_id: int,
        host_id: int,
        section_id: str | None,
        question_count: int,
        seconds: int,
        speed_scoring: bool,
        streak_bonus: bool,
        started_at: dt.datetime,
    ) -> None:
        """Store a new quiz session."""

    async def record_quiz_answer(self, session_id: str, guild_id: int, answer: AnswerRow) -> bool:
        """Store one quiz answer; return False if this member already answered this question."""

    async def finish_session(self, session_id: str, ended_at: dt.datetime, reason: str) -> None:
        """Mark a quiz session as ended."""


class DailyStore(Protocol):
    """Daily quiz posts (exactly one per guild and day) and their answers."""

    async def claim_daily(
        self, guild_id: int, day: dt.date, question_ids: Iterable[str], channel_id: int | None, now: dt.datetime
    ) -> DailyPostRecord | None:
        """Record the day's daily quiz; None if it was already claimed."""

    async def daily_post(self, guild_id: int, day: dt.date) -> DailyPostRecord | None:
        """Return the guild's daily quiz of ``day``, if it was posted."""

    async def daily_post_by_id(self, post_id: int) -> DailyPostRecord | None:
        """Return a daily quiz post by its id."""

    async def latest_daily_before(self, guild_id: int, day: dt.date) -> DailyPostRecord | None:
        """Return the guild's most recent daily quiz before ``day``."""

    async def lease_unsent_daily(
        self, guild_id: int, day: dt.date, now: dt.datetime, older_than: dt.timedelta
    ) -> DailyPostRecord | None:
        """Take over a claimed post whose message was never sent; None if it is not ours to retry."""

    async def set_daily_message(self, post_id: int, channel_id: int, message_id: int) -> None:
        """Remember which message carries a daily quiz."""

    async def daily_question_history(self, guild_id: int) -> list[str]:
        """Return the question ids of every daily quiz the guild has had, oldest first."""

    async def record_daily_answer(self, post: DailyPostRecord, answer: AnswerRow) -> bool:
        """Store a daily answer; return False if the member already answered that question."""

    async def daily_results(self, post_id: int) -> list[Tally]:
        """Return each member's result on one daily quiz."""

    async def fact_records(self, guild_id: int) -> dict[str, FactRecord]:
        """Return how the guild has done on each fact."""


class ProgressStore(Protocol):
    """Totals over every stored answer."""

    async def tallies(self, guild_id: int, since: dt.datetime | None = None, user_id: int | None = None) -> list[Tally]:
        """Return members' points and answers in a guild (optionally since a moment, or for one member)."""

    async def section_results(self, guild_id: int, user_id: int) -> dict[str, tuple[int, int]]:
        """Return a member's (answered, correct) per section."""

    async def daily_days(self, guild_id: int, user_id: int) -> list[dt.date]:
        """Return the days on which a member answered the guild's daily quiz."""

    async def answer_times(self, guild_id: int, user_id: int, since: dt.datetime) -> list[tuple[dt.datetime, bool]]:
        """Return when a member answered in a guild since a moment, and whether each answer was right."""

    async def latest_results(self, guild_id: int, user_id: int) -> dict[str, bool]:
        """Return, per fact a member answered in a guild, whether their most recent answer on it was right."""


class ReviewStore(Protocol):
    """Members' review cards and their review log."""

    async def cards(self, user_id: int) -> list[CardRow]:
        """Return all of a member's review cards."""

    async def add_card_if_missing(self, user_id: int, card: CardRow, now: dt.datetime) -> bool:
        """Add a card unless the member already has one for the fact; return whether it was added."""

    async def save_card(self, user_id: int, card: CardRow, review: ReviewLogRow) -> None:
        """Store a card after a review and log the review."""

    async def reviews_since(self, user_id: int, since: dt.datetime) -> tuple[int, int]:
        """Return how many reviews, and how many of new cards, a member did since a moment."""

    async def review_history(self, guild_id: int, limit: int) -> list[ReviewLogRow]:
        """Return the whole logged history (oldest first, at most ``limit``) of every card reviewed in a guild."""

    async def review_guilds(self) -> list[int]:
        """Return every guild in which reviews were logged."""


class AnswerHistoryStore(Protocol):
    """A member's stored answers, for their export."""

    async def answer_history(self, user_id: int, limit: int) -> list[AnswerHistoryRow]:
        """Return a member's quiz and daily answers in every guild, oldest first (the latest ``limit``)."""


class PrivacyStore(Protocol):
    """Deleting a member's data."""

    async def forget_user(self, user_id: int) -> dict[str, int]:
        """Delete everything stored about a member; return how many rows went from each table."""
