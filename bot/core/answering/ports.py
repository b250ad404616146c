"""What the asking and curation services need from storage: the log of unanswered questions and feedback."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from bot.core.answering.gaps import LoggedQuestion


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
