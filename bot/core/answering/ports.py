"""What the asking and curation services need from storage: the log of unanswered questions and feedback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from bot.core.answering.gaps import MAX_WRONG_MATCH_ROWS, LoggedQuestion
from bot.core.language.text import collapse_whitespace, normalize, printable

__all__ = ["MAX_WRONG_MATCH_ROWS", "QuestionLog", "WrongMatch", "group_wrong_matches", "report_key"]


@dataclass(frozen=True)
class WrongMatch:
    """Members' "wrong match" verdicts on one question and the fact it was answered with, counted."""

    #: The question as a member last typed it (one line, printable).
    question: str
    #: The fact the bot answered it with, which members said was the wrong one.
    fact_id: str
    count: int
    last: dt.datetime
    #: The question normalised (case, spacing, quotes, final punctuation): reports with one key are one report.
    key: str


def report_key(question: str) -> str:
    """Return the form two reported questions share when they are the same question typed differently."""
    return normalize(question).rstrip("?!.। ")


def group_wrong_matches(rows: Iterable[tuple[str, str, dt.datetime]]) -> list[WrongMatch]:
    """Group (question, fact id, when) verdicts by normalised question and fact: most often reported first.

    Questions that are empty once normalised (the question could not be recovered) are left out: nothing can be
    taught from them.
    """
    groups: dict[tuple[str, str], WrongMatch] = {}
    for question, fact_id, when in rows:
        shown = collapse_whitespace(printable(question, one_line=True))
        key = report_key(shown)
        if not key:
            continue
        old = groups.get((key, fact_id))
        if old is None:
            groups[(key, fact_id)] = WrongMatch(shown, fact_id, 1, when, key)
        elif when >= old.last:
            groups[(key, fact_id)] = WrongMatch(shown, fact_id, old.count + 1, when, key)
        else:
            groups[(key, fact_id)] = WrongMatch(old.question, fact_id, old.count + 1, old.last, key)
    return sorted(groups.values(), key=lambda r: (-r.count, -r.last.timestamp(), r.key, r.fact_id))


class QuestionLog(Protocol):
    """Questions the bot declined or was unsure of, and members' verdicts on answers."""

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

    async def unanswered(self, guild_id: int | None = None, limit: int = 2000) -> list[LoggedQuestion]:
        """Return the most recent logged questions (of one guild, or all)."""

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

    async def wrong_matches(self, guild_id: int | None = None, limit: int = MAX_WRONG_MATCH_ROWS) -> list[WrongMatch]:
        """Return the "wrong match" verdicts (of one guild, or all) grouped by ``group_wrong_matches``."""
