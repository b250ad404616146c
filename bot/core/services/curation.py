"""The curation capability: what the knowledge lacks, from the questions members asked."""

from __future__ import annotations

import asyncio

from bot.core.answering.gaps import Gap, cluster_gaps
from bot.core.answering.ports import QuestionLog
from bot.core.services.knowledge import KnowledgeService


class CurationService:
    """Show admins the questions the bot could not answer, grouped, with the fact they likely belong to."""

    def __init__(self, knowledge: KnowledgeService, question_log: QuestionLog) -> None:
        self.knowledge = knowledge
        self.question_log = question_log

    async def gaps(self, guild_id: int | None = None) -> list[Gap]:
        """Cluster the logged questions, most frequent first (the clustering runs off the event loop)."""
        logged = await self.question_log.unanswered(guild_id)
        return await asyncio.to_thread(cluster_gaps, logged, self.knowledge.matcher)
