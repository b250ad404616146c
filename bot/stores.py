"""Every storage port at once, apart from bot.app so that `studybot ask` need not import the study ports."""

from __future__ import annotations

from typing import Protocol

from bot.core.answering.ports import QuestionLog
from bot.core.study.ports import (
    AnswerHistoryStore,
    DailyStore,
    GuildStore,
    PrivacyStore,
    ProgressStore,
    QuizStore,
    ReviewStore,
)


class Store(
    GuildStore,
    QuizStore,
    DailyStore,
    ProgressStore,
    ReviewStore,
    AnswerHistoryStore,
    PrivacyStore,
    QuestionLog,
    Protocol,
):
    """Every storage port at once: what the SQL store implements and what a full fake must."""
