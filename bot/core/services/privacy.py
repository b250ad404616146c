"""The privacy capability: a member's right to have everything about them deleted."""

from __future__ import annotations

from bot.core.services.quizzes import QuizService
from bot.core.study.ports import PrivacyStore


class PrivacyService:
    """Delete every stored trace of a member."""

    def __init__(self, store: PrivacyStore, quizzes: QuizService) -> None:
        self.store = store
        self.quizzes = quizzes

    async def forget_me(self, user_id: int) -> dict[str, int]:
        """Delete everything stored about a member; return how many rows went from each table."""
        self.quizzes.forget(user_id)
        return await self.store.forget_user(user_id)
