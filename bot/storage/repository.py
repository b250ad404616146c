"""Every read and write the study features make, as async functions over the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Integer, cast, delete, func, insert, or_, select, union_all, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement

from bot.core.answering.gaps import LoggedQuestion
from bot.core.answering.ports import MAX_WRONG_MATCH_ROWS, WrongMatch, group_wrong_matches
from bot.core.study.daily import FactRecord
from bot.core.study.ports import (
    GUILD_FIELDS,
    AnswerHistoryRow,
    AnswerRow,
    CardRow,
    DailyPostRecord,
    GuildConfig,
    ReviewLogRow,
)
from bot.core.study.progress import Tally
from bot.storage.database import Database
from bot.storage.tables import (
    AnswerFeedback,
    AskChannel,
    Base,
    DailyPost,
    DailyResponse,
    GuildSettings,
    QuizAnswer,
    QuizSession,
    ReviewCard,
    ReviewLog,
    UnansweredQuestion,
)

#: The two tables that hold members' answers (group quizzes and daily quizzes).
AnswerTable = type[QuizAnswer] | type[DailyResponse]


def _config(row: GuildSettings) -> GuildConfig:
    return GuildConfig(
        row.guild_id,
        row.timezone,
        row.daily_enabled,
        row.daily_channel_id,
        row.daily_time,
        row.daily_questions,
        row.speed_scoring,
        row.streak_bonus,
        tuple(article for article in (row.daily_articles or "").split("\n") if article),
        row.desired_retention,
        tuple(float(w) for w in (row.fsrs_parameters or "").split(",") if w),
    )


def _column_value(name: str, value: object) -> object:
    """Store a setting the way its column holds it (a list of articles as lines, FSRS weights by commas)."""
    if name == "daily_articles" and isinstance(value, tuple | list):
        return "\n".join(str(v) for v in value) or None
    if name == "fsrs_parameters" and isinstance(value, tuple | list):
        # repr() of a float reads back exactly.
        return ",".join(repr(float(v)) for v in value) or None
    return value


def _answer_values(answer: AnswerRow) -> dict[str, object]:
    return {
        "user_id": answer.user_id,
        "question_id": answer.question_id,
        "fact_id": answer.fact_id,
        "section_id": answer.section_id,
        "choice": answer.choice,
        "correct": answer.correct,
        "points": answer.points,
        "answered_at": answer.answered_at,
    }


def _post_record(row: DailyPost) -> DailyPostRecord:
    return DailyPostRecord(
        row.id, row.guild_id, row.day, tuple(row.question_ids.split("\n")), row.channel_id, row.message_id
    )


class SqlStudyStore:
    """Every storage port of the core over SQLAlchemy; each method runs in its own transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # ------------------------------------------------------------------ guild settings
    async def guild_config(self, guild_id: int, default_timezone: str) -> GuildConfig:
        """Return a guild's settings (defaults when it has none)."""
        async with self.db.session() as session:
            row = await session.get(GuildSettings, guild_id)
        return GuildConfig(guild_id, default_timezone) if row is None else _config(row)

    async def update_guild(
        self, guild_id: int, default_timezone: str, now: dt.datetime, **changes: object
    ) -> GuildConfig:
        """Change some of a guild's settings and return them all."""
        unknown = set(changes) - GUILD_FIELDS
        if unknown:
            raise TypeError(f"unknown guild settings: {sorted(unknown)}")
        async with self.db.session() as session:
            row = await session.get(GuildSettings, guild_id, with_for_update=True)
            if row is None:
                row = GuildSettings(guild_id=guild_id, timezone=default_timezone, updated_at=now)
                defaults = GuildConfig(guild_id, default_timezone)
                for name in GUILD_FIELDS - {"timezone"}:
                    setattr(row, name, _column_value(name, getattr(defaults, name)))
                session.add(row)
            for name, value in changes.items():
                setattr(row, name, _column_value(name, value))
            row.updated_at = now
        return await self.guild_config(guild_id, default_timezone)

    async def daily_guilds(self) -> list[GuildConfig]:
        """Return every guild with the daily quiz switched on."""
        async with self.db.session() as session:
            rows = (await session.scalars(select(GuildSettings).where(GuildSettings.daily_enabled))).all()
        return [_config(row) for row in rows]

    async def ask_channels(self, guild_id: int) -> frozenset[int]:
        """Return the guild's ask-channels."""
        async with self.db.session() as session:
            rows = await session.scalars(select(AskChannel.channel_id).where(AskChannel.guild_id == guild_id))
            return frozenset(rows.all())

    async def set_ask_channel(self, guild_id: int, channel_id: int, enabled: bool) -> bool:
        """Add or remove an ask-channel; return whether anything changed."""
        async with self.db.session() as session:
            existing = await session.get(AskChannel, (guild_id, channel_id))
            if enabled and existing is None:
                session.add(AskChannel(guild_id=guild_id, channel_id=channel_id))
                return True
            if not enabled and existing is not None:
                await session.delete(existing)
                return True
        return False

    # ------------------------------------------------------------------ group quizzes
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
        async with self.db.session() as session:
            session.add(
                QuizSession(
                    id=session_id,
                    guild_id=guild_id,
                    channel_id=channel_id,
                    host_id=host_id,
                    section_id=section_id,
                    question_count=question_count,
                    seconds=seconds,
                    speed_scoring=speed_scoring,
                    streak_bonus=streak_bonus,
                    started_at=started_at,
                )
            )

    async def record_quiz_answer(self, session_id: str, guild_id: int, answer: AnswerRow) -> bool:
        """Store one quiz answer; return False if this member already answered this question."""
        values = _answer_values(answer) | {
            "session_id": session_id,
            "guild_id": guild_id,
            "elapsed_ms": answer.elapsed_ms,
        }
        return await self._insert_once(QuizAnswer, values)

    async def _insert_once(self, table: AnswerTable, values: dict[str, object]) -> bool:
        """Insert a row; a unique-key clash (the same member answering twice) returns False."""
        try:
            async with self.db.session() as session:
                await session.execute(insert(table).values(**values))
        except IntegrityError:
            return False
        return True

    async def finish_session(self, session_id: str, ended_at: dt.datetime, reason: str) -> None:
        """Mark a quiz session as ended."""
        async with self.db.session() as session:
            await session.execute(
                update(QuizSession)
                .where(QuizSession.id == session_id, QuizSession.ended_at.is_(None))
                .values(ended_at=ended_at, end_reason=reason)
            )

    async def session_answers(self, session_id: str) -> list[AnswerRow]:
        """Return every stored answer of a quiz session, in the order they were given."""
        async with self.db.session() as session:
            rows = await session.scalars(
                select(QuizAnswer).where(QuizAnswer.session_id == session_id).order_by(QuizAnswer.id)
            )
            return [
                AnswerRow(
                    r.user_id,
                    r.question_id,
                    r.fact_id,
                    r.section_id,
                    r.choice,
                    r.correct,
                    r.points,
                    r.answered_at,
                    r.elapsed_ms,
                )
                for r in rows.all()
            ]

    # ------------------------------------------------------------------ daily quiz
    async def claim_daily(
        self, guild_id: int, day: dt.date, question_ids: Iterable[str], channel_id: int | None, now: dt.datetime
    ) -> DailyPostRecord | None:
        """Record today's daily quiz; return None if it was already posted (by this or another process)."""
        try:
            async with self.db.session() as session:
                row = DailyPost(
                    guild_id=guild_id,
                    day=day,
                    question_ids="\n".join(question_ids),
                    channel_id=channel_id,
                    created_at=now,
                )
                session.add(row)
                await session.flush()
                return _post_record(row)
        except IntegrityError:
            return None

    async def daily_post(self, guild_id: int, day: dt.date) -> DailyPostRecord | None:
        """Return the guild's daily quiz of ``day``, if it was posted."""
        async with self.db.session() as session:
            row = await session.scalar(select(DailyPost).where(DailyPost.guild_id == guild_id, DailyPost.day == day))
            return _post_record(row) if row else None

    async def daily_post_by_id(self, post_id: int) -> DailyPostRecord | None:
        """Return a daily quiz post by its id."""
        async with self.db.session() as session:
            row = await session.get(DailyPost, post_id)
            return _post_record(row) if row else None

    async def latest_daily_before(self, guild_id: int, day: dt.date) -> DailyPostRecord | None:
        """Return the guild's most recent daily quiz before ``day``."""
        async with self.db.session() as session:
            row = await session.scalar(
                select(DailyPost)
                .where(DailyPost.guild_id == guild_id, DailyPost.day < day)
                .order_by(DailyPost.day.desc())
                .limit(1)
            )
            return _post_record(row) if row else None

    async def lease_unsent_daily(
        self, guild_id: int, day: dt.date, now: dt.datetime, older_than: dt.timedelta
    ) -> DailyPostRecord | None:
        """Take over a claimed daily post whose message was never sent (a failed post); None if not ours to retry."""
        async with self.db.session() as session:
            result = await session.execute(
                update(DailyPost)
                .where(
                    DailyPost.guild_id == guild_id,
                    DailyPost.day == day,
                    DailyPost.message_id.is_(None),
                    DailyPost.created_at <= now - older_than,
                )
                .values(created_at=now)
            )
            if getattr(result, "rowcount", 0) != 1:
                return None
            row = await session.scalar(select(DailyPost).where(DailyPost.guild_id == guild_id, DailyPost.day == day))
            return _post_record(row) if row else None

    async def set_daily_message(self, post_id: int, channel_id: int, message_id: int) -> None:
        """Remember which message carries a daily quiz."""
        async with self.db.session() as session:
            await session.execute(
                update(DailyPost).where(DailyPost.id == post_id).values(channel_id=channel_id, message_id=message_id)
            )

    async def daily_question_history(self, guild_id: int) -> list[str]:
        """Return the question ids of every daily quiz the guild has had, oldest first."""
        async with self.db.session() as session:
            rows = await session.scalars(
                select(DailyPost.question_ids).where(DailyPost.guild_id == guild_id).order_by(DailyPost.day)
            )
            return [qid for text in rows.all() for qid in text.split("\n") if qid]

    async def record_daily_answer(self, post: DailyPostRecord, answer: AnswerRow) -> bool:
        """Store a daily answer; return False if the member already answered that question."""
        values = _answer_values(answer) | {"post_id": post.id, "guild_id": post.guild_id, "day": post.day}
        return await self._insert_once(DailyResponse, values)

    async def daily_results(self, post_id: int) -> list[Tally]:
        """Return each member's result on one daily quiz."""
        async with self.db.session() as session:
            rows = await session.execute(
                select(
                    DailyResponse.user_id,
                    func.sum(DailyResponse.points),
                    func.sum(cast(DailyResponse.correct, Integer)),
                    func.count(),
                )
                .where(DailyResponse.post_id == post_id)
                .group_by(DailyResponse.user_id)
            )
            return [Tally(int(u), int(p or 0), int(c or 0), int(n)) for u, p, c, n in rows.all()]

    async def daily_days(self, guild_id: int, user_id: int) -> list[dt.date]:
        """Return the days on which a member answered the guild's daily quiz."""
        async with self.db.session() as session:
            rows = await session.scalars(
                select(DailyResponse.day)
                .where(DailyResponse.guild_id == guild_id, DailyResponse.user_id == user_id)
                .distinct()
            )
            return list(rows.all())

    # ------------------------------------------------------------------ progress
    async def _answer_totals(
        self, key: str, *conditions: Callable[[AnswerTable], ColumnElement[bool]]
    ) -> dict[Any, tuple[int, int, int]]:
        """Sum (answered, correct, points) per ``key`` column over quiz and daily answers alike."""
        totals: dict[Any, tuple[int, int, int]] = {}
        async with self.db.session() as session:
            for table in (QuizAnswer, DailyResponse):
                column = getattr(table, key)
                query = (
                    select(column, func.count(), func.sum(cast(table.correct, Integer)), func.sum(table.points))
                    .where(*(condition(table) for condition in conditions))
                    .group_by(column)
                )
                for value, answered, correct, points in (await session.execute(query)).all():
                    a, c, p = totals.get(value, (0, 0, 0))
                    totals[value] = (a + int(answered), c + int(correct or 0), p + int(points or 0))
        return totals

    async def fact_records(self, guild_id: int) -> dict[str, FactRecord]:
        """Return how the guild has done on each fact, across quizzes and daily quizzes."""
        totals = await self._answer_totals("fact_id", lambda t: t.guild_id == guild_id)
        return {fact_id: FactRecord(a, c) for fact_id, (a, c, _p) in totals.items()}

    async def tallies(self, guild_id: int, since: dt.datetime | None = None, user_id: int | None = None) -> list[Tally]:
        """Return every member's points and answers in a guild (optionally since a moment, or for one member)."""
        conditions: list[Callable[[AnswerTable], ColumnElement[bool]]] = [lambda t: t.guild_id == guild_id]
        if since is not None:
            conditions.append(lambda t: t.answered_at >= since)
        if user_id is not None:
            conditions.append(lambda t: t.user_id == user_id)
        totals = await self._answer_totals("user_id", *conditions)
        return [Tally(int(uid), p, c, a) for uid, (a, c, p) in totals.items()]

    async def section_results(self, guild_id: int, user_id: int) -> dict[str, tuple[int, int]]:
        """Return a member's (answered, correct) per section."""
        totals = await self._answer_totals(
            "section_id",
            lambda t: t.guild_id == guild_id,
            lambda t: t.user_id == user_id,
            lambda t: t.section_id.is_not(None),
        )
        return {str(section): (a, c) for section, (a, c, _p) in totals.items()}

    async def answer_times(self, guild_id: int, user_id: int, since: dt.datetime) -> list[tuple[dt.datetime, bool]]:
        """Return when a member answered in a guild since a moment (quiz and daily alike), oldest first."""
        answers: list[tuple[dt.datetime, bool]] = []
        async with self.db.session() as session:
            for table in (QuizAnswer, DailyResponse):
                rows = await session.execute(
                    select(table.answered_at, table.correct).where(
                        table.guild_id == guild_id, table.user_id == user_id, table.answered_at >= since
                    )
                )
                answers.extend((at, bool(correct)) for at, correct in rows.all())
        return sorted(answers, key=lambda answer: answer[0])

    async def latest_results(self, guild_id: int, user_id: int) -> dict[str, bool]:
        """Return, per fact a member answered in a guild, whether their most recent answer on it was right."""
        answers = union_all(
            *(
                select(table.fact_id, table.correct, table.answered_at).where(
                    table.guild_id == guild_id, table.user_id == user_id
                )
                for table in (QuizAnswer, DailyResponse)
            )
        ).subquery()
        # One row per fact: its newest answer (a window function, on SQLite 3.25+ as on PostgreSQL).
        newest = func.row_number().over(partition_by=answers.c.fact_id, order_by=answers.c.answered_at.desc())
        ranked = select(answers.c.fact_id, answers.c.correct, newest.label("newest")).subquery()
        async with self.db.session() as session:
            rows = await session.execute(select(ranked.c.fact_id, ranked.c.correct).where(ranked.c.newest == 1))
            return {str(fact_id): bool(correct) for fact_id, correct in rows.all()}

    # ------------------------------------------------------------------ review cards
    async def cards(self, user_id: int) -> list[CardRow]:
        """Return all of a member's review cards."""
        async with self.db.session() as session:
            rows = await session.scalars(select(ReviewCard).where(ReviewCard.user_id == user_id))
            return [
                CardRow(
                    r.fact_id,
                    r.phase,
                    r.step,
                    r.stability,
                    r.difficulty,
                    r.due,
                    r.last_review,
                    r.reps,
                    r.lapses,
                    r.leech,
                )
                for r in rows.all()
            ]

    async def add_card_if_missing(self, user_id: int, card: CardRow, now: dt.datetime) -> bool:
        """Add a new card for a fact unless the member already has one; return whether it was added."""
        try:
            async with self.db.session() as session:
                if await session.get(ReviewCard, (user_id, card.fact_id)) is not None:
                    return False
                session.add(_card_model(user_id, card, now))
        except IntegrityError:
            return False
        return True

    async def save_card(self, user_id: int, card: CardRow, review: ReviewLogRow) -> None:
        """Store a card after a review and log the review."""
        async with self.db.session() as session:
            await session.merge(_card_model(user_id, card, review.reviewed_at))
            session.add(
                ReviewLog(
                    user_id=user_id,
                    fact_id=review.fact_id,
                    card_id=review.card_id,
                    grade=review.grade,
                    was_new=review.was_new,
                    reviewed_at=review.reviewed_at,
                    guild_id=review.guild_id,
                    duration_ms=review.duration_ms,
                )
            )

    async def reviews_since(self, user_id: int, since: dt.datetime) -> tuple[int, int]:
        """Return how many reviews, and how many of new cards, a member did since a moment."""
        async with self.db.session() as session:
            row = (
                await session.execute(
                    select(func.count(), func.sum(cast(ReviewLog.was_new, Integer))).where(
                        ReviewLog.user_id == user_id, ReviewLog.reviewed_at >= since
                    )
                )
            ).one()
        return int(row[0]), int(row[1] or 0)

    async def review_history(self, guild_id: int, limit: int) -> list[ReviewLogRow]:
        """Return the whole logged history (oldest first, at most ``limit``) of every card reviewed in a guild.

        A card's reviews in other guilds or in DMs come too: FSRS reads a card's history from its first review.
        """
        in_guild = select(ReviewLog.card_id).where(ReviewLog.guild_id == guild_id).distinct()
        async with self.db.session() as session:
            rows = await session.scalars(
                select(ReviewLog)
                .where(ReviewLog.card_id.in_(in_guild))
                .order_by(ReviewLog.reviewed_at, ReviewLog.id)
                .limit(limit)
            )
            return [
                ReviewLogRow(r.card_id, r.fact_id, r.grade, r.was_new, r.reviewed_at, r.guild_id, r.duration_ms)
                for r in rows.all()
            ]

    async def review_guilds(self) -> list[int]:
        """Return every guild in which reviews were logged."""
        async with self.db.session() as session:
            rows = await session.scalars(
                select(ReviewLog.guild_id)
                .where(ReviewLog.guild_id.is_not(None))
                .distinct()
                .order_by(ReviewLog.guild_id)
            )
            return [int(g) for g in rows.all() if g is not None]

    # ------------------------------------------------------------------ a member's export
    async def answer_history(self, user_id: int, limit: int) -> list[AnswerHistoryRow]:
        """Return a member's quiz and daily answers in every guild, oldest first (the latest ``limit``)."""
        history: list[AnswerHistoryRow] = []
        async with self.db.session() as session:
            for kind, table in (("quiz", QuizAnswer), ("daily", DailyResponse)):
                rows = await session.scalars(
                    select(table).where(table.user_id == user_id).order_by(table.answered_at.desc()).limit(limit)
                )
                history.extend(
                    AnswerHistoryRow(
                        kind,
                        r.guild_id,
                        r.question_id,
                        r.fact_id,
                        r.section_id,
                        r.choice,
                        r.correct,
                        r.points,
                        r.answered_at,
                    )
                    for r in rows.all()
                )
        history.sort(key=lambda row: row.answered_at)
        return history[-limit:] if limit > 0 else []

    # ------------------------------------------------------------------ gaps and feedback
    async def log_unanswered(
        self,
        guild_id: int | None,
        user_id: int | None,
        question: str,
        outcome: str,
        top_fact_id: str | None,
        score: float,
        now: dt.datetime,
    ) -> None:
        """Log a question the bot declined or was unsure of."""
        async with self.db.session() as session:
            session.add(
                UnansweredQuestion(
                    guild_id=guild_id,
                    user_id=user_id,
                    question=question[:500],
                    outcome=outcome,
                    top_fact_id=top_fact_id,
                    score=score,
                    asked_at=now,
                )
            )

    async def unanswered(self, guild_id: int | None = None, limit: int = 2000) -> list[LoggedQuestion]:
        """Return the most recent logged questions (of one guild, or all)."""
        async with self.db.session() as session:
            query = select(UnansweredQuestion).order_by(UnansweredQuestion.id.desc()).limit(limit)
            if guild_id is not None:
                query = query.where(UnansweredQuestion.guild_id == guild_id)
            rows = (await session.scalars(query)).all()
        return [LoggedQuestion(r.question, r.outcome) for r in rows]

    async def record_feedback(
        self,
        guild_id: int | None,
        user_id: int,
        question: str,
        fact_id: str,
        helpful: bool,
        now: dt.datetime,
        asker_id: int | None = None,
    ) -> None:
        """Store a member's verdict on an answer to someone's question (the asker's, when known)."""
        async with self.db.session() as session:
            session.add(
                AnswerFeedback(
                    guild_id=guild_id,
                    user_id=user_id,
                    asker_id=asker_id,
                    question=question[:500],
                    fact_id=fact_id,
                    helpful=helpful,
                    created_at=now,
                )
            )

    async def wrong_matches(self, guild_id: int | None = None, limit: int = MAX_WRONG_MATCH_ROWS) -> list[WrongMatch]:
        """Return the most recent "wrong match" verdicts (of one guild, or all), grouped and counted."""
        async with self.db.session() as session:
            query = (
                select(AnswerFeedback.question, AnswerFeedback.fact_id, AnswerFeedback.created_at)
                .where(AnswerFeedback.helpful.is_(False))
                .order_by(AnswerFeedback.id.desc())
                .limit(limit)
            )
            if guild_id is not None:
                query = query.where(AnswerFeedback.guild_id == guild_id)
            rows = (await session.execute(query)).all()
        return group_wrong_matches((row.question, row.fact_id, row.created_at) for row in rows)

    # ------------------------------------------------------------------ privacy
    async def forget_user(self, user_id: int) -> dict[str, int]:
        """Delete everything stored about a member; return how many rows went from (or changed in) each table.

        The columns come from the tables' metadata (``info={"member": ...}``), so a new column that holds a
        member's id is forgotten as soon as it is marked, and a test fails until it is.
        """
        removed: dict[str, int] = {}
        async with self.db.session() as session:
            for table in Base.metadata.sorted_tables:
                rows = [c for c in table.columns if c.info.get("member") == "delete"]
                references = [c for c in table.columns if c.info.get("member") == "nullify"]
                count = 0
                if rows:
                    result = await session.execute(delete(table).where(or_(*(c == user_id for c in rows))))
                    count += int(getattr(result, "rowcount", 0) or 0)
                for column in references:
                    result = await session.execute(update(table).where(column == user_id).values({column.name: None}))
                    count += int(getattr(result, "rowcount", 0) or 0)
                if rows or references:
                    removed[table.name] = count
        return removed


def _card_model(user_id: int, card: CardRow, now: dt.datetime) -> ReviewCard:
    return ReviewCard(
        user_id=user_id,
        fact_id=card.fact_id,
        phase=card.phase,
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
        reps=card.reps,
        lapses=card.lapses,
        leech=card.leech,
        updated_at=now,
    )
