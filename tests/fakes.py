"""Hand-written test doubles shared by the suites: a clock moved by hand, and an app on a fresh database."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bot.app import App, Store, bootstrap
from bot.core.answering.gaps import LoggedQuestion
from bot.core.answering.ports import MAX_WRONG_MATCH_ROWS, WrongMatch, group_wrong_matches
from bot.core.services.knowledge import KnowledgeService
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
from bot.settings import Settings
from bot.storage.repository import SqlStudyStore
from tests.dbfixtures import open_database


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime(2025, 10, 6, 4, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def settings_for(tmp_path: Path, **overrides: Any) -> Settings:
    """Return settings that never read a developer's .env or environment defaults for paths."""
    return Settings(_env_file=None, data_dir=tmp_path, **overrides)


async def sqlite_app(
    tmp_path: Path,
    knowledge: KnowledgeService,
    clock: FakeClock | None = None,
    store: Store | None = None,
    **settings: Any,
) -> App:
    """Build the whole app over a fresh SQLite database in ``tmp_path`` (or over ``store``)."""
    database = None
    if store is None:
        database = await open_database("sqlite", tmp_path)
        store = SqlStudyStore(database)
    app = await bootstrap(
        settings_for(tmp_path, **settings), clock=clock or FakeClock(), knowledge=knowledge, store=store
    )
    app.database = database  # closed with the app
    return app


class FakeStore:
    """Every storage port in memory: small enough to read, strict where the database is (answers count once)."""

    def __init__(self) -> None:
        self.guilds: dict[int, GuildConfig] = {}
        self.channels: set[tuple[int, int]] = set()
        self.sessions: dict[str, dict[str, Any]] = {}
        self.quiz_answers: dict[tuple[str, int, str], tuple[int, AnswerRow]] = {}
        self.posts: dict[int, DailyPostRecord] = {}
        self.post_times: dict[int, dt.datetime] = {}
        self.daily_answers: dict[tuple[int, int, str], tuple[DailyPostRecord, AnswerRow]] = {}
        self.cards_by_user: dict[int, dict[str, CardRow]] = {}
        #: (member, logged review) in the order they were graded.
        self.review_log: list[tuple[int, ReviewLogRow]] = []
        self.unanswered_log: list[tuple[int | None, int | None, str, str]] = []
        self.feedback_log: list[tuple[int | None, int, str, str, bool]] = []
        self.feedback_askers: list[int | None] = []
        #: When each verdict of ``feedback_log`` was given, by the row's identity (forget-me filters that list).
        self.feedback_times: dict[int, dt.datetime] = {}
        self.fail_with: Exception | None = None

    def _maybe_fail(self) -> None:
        if self.fail_with is not None:
            raise self.fail_with

    # guilds
    async def guild_config(self, guild_id: int, default_timezone: str) -> GuildConfig:
        self._maybe_fail()
        return self.guilds.get(guild_id, GuildConfig(guild_id, default_timezone))

    async def update_guild(
        self, guild_id: int, default_timezone: str, now: dt.datetime, **changes: object
    ) -> GuildConfig:
        self._maybe_fail()
        if set(changes) - GUILD_FIELDS:
            raise TypeError(f"unknown guild settings: {sorted(set(changes) - GUILD_FIELDS)}")
        current = await self.guild_config(guild_id, default_timezone)
        self.guilds[guild_id] = dataclasses.replace(current, **changes)  # type: ignore[arg-type]
        return self.guilds[guild_id]

    async def daily_guilds(self) -> list[GuildConfig]:
        return [g for g in self.guilds.values() if g.daily_enabled]

    async def ask_channels(self, guild_id: int) -> frozenset[int]:
        self._maybe_fail()
        return frozenset(c for g, c in self.channels if g == guild_id)

    async def set_ask_channel(self, guild_id: int, channel_id: int, enabled: bool) -> bool:
        key = (guild_id, channel_id)
        changed = (key in self.channels) != enabled
        (self.channels.add if enabled else self.channels.discard)(key)
        return changed

    # quizzes
    async def create_session(self, session_id: str, guild_id: int, channel_id: int, host_id: int, *rest: Any) -> None:
        self._maybe_fail()
        self.sessions[session_id] = {"guild_id": guild_id, "channel_id": channel_id, "host_id": host_id}

    async def record_quiz_answer(self, session_id: str, guild_id: int, answer: AnswerRow) -> bool:
        self._maybe_fail()
        key = (session_id, answer.user_id, answer.question_id)
        if key in self.quiz_answers:
            return False
        self.quiz_answers[key] = (guild_id, answer)
        return True

    async def finish_session(self, session_id: str, ended_at: dt.datetime, reason: str) -> None:
        self.sessions[session_id]["end_reason"] = reason

    # daily
    async def claim_daily(
        self, guild_id: int, day: dt.date, question_ids: Iterable[str], channel_id: int | None, now: dt.datetime
    ) -> DailyPostRecord | None:
        self._maybe_fail()
        if any(p.guild_id == guild_id and p.day == day for p in self.posts.values()):
            return None
        post = DailyPostRecord(len(self.posts) + 1, guild_id, day, tuple(question_ids), channel_id, None)
        self.posts[post.id] = post
        self.post_times[post.id] = now
        return post

    async def daily_post(self, guild_id: int, day: dt.date) -> DailyPostRecord | None:
        return next((p for p in self.posts.values() if p.guild_id == guild_id and p.day == day), None)

    async def daily_post_by_id(self, post_id: int) -> DailyPostRecord | None:
        return self.posts.get(post_id)

    async def latest_daily_before(self, guild_id: int, day: dt.date) -> DailyPostRecord | None:
        earlier = [p for p in self.posts.values() if p.guild_id == guild_id and p.day < day]
        return max(earlier, key=lambda p: p.day, default=None)

    async def lease_unsent_daily(
        self, guild_id: int, day: dt.date, now: dt.datetime, older_than: dt.timedelta
    ) -> DailyPostRecord | None:
        post = await self.daily_post(guild_id, day)
        if post is None or post.message_id is not None or self.post_times[post.id] > now - older_than:
            return None
        self.post_times[post.id] = now
        return post

    async def set_daily_message(self, post_id: int, channel_id: int, message_id: int) -> None:
        self.posts[post_id] = dataclasses.replace(self.posts[post_id], channel_id=channel_id, message_id=message_id)

    async def daily_question_history(self, guild_id: int) -> list[str]:
        posts = sorted((p for p in self.posts.values() if p.guild_id == guild_id), key=lambda p: p.day)
        return [qid for p in posts for qid in p.question_ids]

    async def record_daily_answer(self, post: DailyPostRecord, answer: AnswerRow) -> bool:
        self._maybe_fail()
        key = (post.id, answer.user_id, answer.question_id)
        if key in self.daily_answers:
            return False
        self.daily_answers[key] = (post, answer)
        return True

    async def daily_results(self, post_id: int) -> list[Tally]:
        return _tallies(a for (pid, _u, _q), (_p, a) in self.daily_answers.items() if pid == post_id)

    def _all_answers(self) -> list[tuple[int, AnswerRow]]:
        quiz = [(guild_id, answer) for guild_id, answer in self.quiz_answers.values()]
        daily = [(post.guild_id, answer) for post, answer in self.daily_answers.values()]
        return quiz + daily

    async def fact_records(self, guild_id: int) -> dict[str, FactRecord]:
        records: dict[str, FactRecord] = {}
        for g, a in self._all_answers():
            if g == guild_id:
                old = records.get(a.fact_id, FactRecord(0, 0))
                records[a.fact_id] = FactRecord(old.answered + 1, old.correct + a.correct)
        return records

    # progress
    async def tallies(self, guild_id: int, since: dt.datetime | None = None, user_id: int | None = None) -> list[Tally]:
        return _tallies(
            a
            for g, a in self._all_answers()
            if g == guild_id and (since is None or a.answered_at >= since) and user_id in (None, a.user_id)
        )

    async def section_results(self, guild_id: int, user_id: int) -> dict[str, tuple[int, int]]:
        results: dict[str, tuple[int, int]] = {}
        for g, a in self._all_answers():
            if g == guild_id and a.user_id == user_id and a.section_id is not None:
                answered, correct = results.get(a.section_id, (0, 0))
                results[a.section_id] = (answered + 1, correct + a.correct)
        return results

    async def daily_days(self, guild_id: int, user_id: int) -> list[dt.date]:
        return sorted(
            {p.day for p, a in self.daily_answers.values() if p.guild_id == guild_id and a.user_id == user_id}
        )

    async def answer_times(self, guild_id: int, user_id: int, since: dt.datetime) -> list[tuple[dt.datetime, bool]]:
        return sorted(
            (a.answered_at, a.correct)
            for g, a in self._all_answers()
            if g == guild_id and a.user_id == user_id and a.answered_at >= since
        )

    async def latest_results(self, guild_id: int, user_id: int) -> dict[str, bool]:
        mine = sorted(
            (a for g, a in self._all_answers() if g == guild_id and a.user_id == user_id), key=lambda a: a.answered_at
        )
        return {a.fact_id: a.correct for a in mine}  # the newest answer on each fact is written last

    # reviews
    async def cards(self, user_id: int) -> list[CardRow]:
        self._maybe_fail()
        return list(self.cards_by_user.get(user_id, {}).values())

    async def add_card_if_missing(self, user_id: int, card: CardRow, now: dt.datetime) -> bool:
        self._maybe_fail()
        deck = self.cards_by_user.setdefault(user_id, {})
        if card.fact_id in deck:
            return False
        deck[card.fact_id] = card
        return True

    async def save_card(self, user_id: int, card: CardRow, review: ReviewLogRow) -> None:
        self.cards_by_user.setdefault(user_id, {})[card.fact_id] = card
        self.review_log.append((user_id, review))

    async def reviews_since(self, user_id: int, since: dt.datetime) -> tuple[int, int]:
        rows = [r for u, r in self.review_log if u == user_id and r.reviewed_at >= since]
        return len(rows), sum(1 for r in rows if r.was_new)

    async def review_history(self, guild_id: int, limit: int) -> list[ReviewLogRow]:
        cards = {r.card_id for _u, r in self.review_log if r.guild_id == guild_id}
        return sorted((r for _u, r in self.review_log if r.card_id in cards), key=lambda r: r.reviewed_at)[:limit]

    async def review_guilds(self) -> list[int]:
        return sorted({r.guild_id for _u, r in self.review_log if r.guild_id is not None})

    # a member's export
    async def answer_history(self, user_id: int, limit: int) -> list[AnswerHistoryRow]:
        quiz = [(g, "quiz", a) for g, a in self.quiz_answers.values()]
        daily = [(post.guild_id, "daily", a) for post, a in self.daily_answers.values()]
        rows = [
            AnswerHistoryRow(
                kind, g, a.question_id, a.fact_id, a.section_id, a.choice, a.correct, a.points, a.answered_at
            )
            for g, kind, a in quiz + daily
            if a.user_id == user_id
        ]
        return sorted(rows, key=lambda r: r.answered_at)[-limit:] if limit > 0 else []

    # question log
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
        self._maybe_fail()
        self.unanswered_log.append((guild_id, user_id, question, outcome))

    async def unanswered(self, guild_id: int | None = None, limit: int = 2000) -> list[LoggedQuestion]:
        rows = [r for r in reversed(self.unanswered_log) if guild_id is None or r[0] == guild_id][:limit]
        return [LoggedQuestion(question, outcome) for _g, _u, question, outcome in rows]

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
        self.feedback_log.append((guild_id, user_id, question, fact_id, helpful))
        self.feedback_askers.append(asker_id)
        self.feedback_times[id(self.feedback_log[-1])] = now

    async def wrong_matches(self, guild_id: int | None = None, limit: int = MAX_WRONG_MATCH_ROWS) -> list[WrongMatch]:
        self._maybe_fail()
        rows = [
            (row[2], row[3], self.feedback_times.get(id(row), dt.datetime.min.replace(tzinfo=dt.UTC)))
            for row in self.feedback_log
            if not row[4] and guild_id in (None, row[0])
        ]
        return group_wrong_matches(list(reversed(rows))[:limit])

    # privacy
    async def forget_user(self, user_id: int) -> dict[str, int]:
        removed = {
            "quiz_answers": len([k for k in self.quiz_answers if k[1] == user_id]),
            "daily_responses": len([k for k in self.daily_answers if k[1] == user_id]),
            "review_cards": len(self.cards_by_user.pop(user_id, {})),
        }
        self.quiz_answers = {k: v for k, v in self.quiz_answers.items() if k[1] != user_id}
        self.daily_answers = {k: v for k, v in self.daily_answers.items() if k[1] != user_id}
        self.review_log = [(u, r) for u, r in self.review_log if u != user_id]
        self.unanswered_log = [r for r in self.unanswered_log if r[1] != user_id]
        kept = [
            (row, asker)
            for row, asker in zip(self.feedback_log, self.feedback_askers, strict=True)
            if user_id not in (row[1], asker)
        ]
        self.feedback_log = [row for row, _asker in kept]
        self.feedback_askers = [asker for _row, asker in kept]
        for session in self.sessions.values():
            if session["host_id"] == user_id:
                session["host_id"] = None
        return removed


def _tallies(answers: Iterable[AnswerRow]) -> list[Tally]:
    totals: dict[int, Tally] = {}
    for a in answers:
        old = totals.get(a.user_id, Tally(a.user_id, 0, 0, 0))
        totals[a.user_id] = Tally(a.user_id, old.points + a.points, old.correct + a.correct, old.answered + 1)
    return list(totals.values())
