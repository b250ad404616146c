"""The privacy capability: a member's right to have everything about them deleted."""

from __future__ import annotations

from bot.core.services.asking import AskingService
from bot.core.services.quizzes import QuizService
from bot.core.study.ports import PrivacyStore


class PrivacyService:
    """Delete every stored trace of a member."""

    def __init__(self, store: PrivacyStore, quizzes: QuizService, asking: AskingService | None = None) -> None:
        self.store = store
        self.quizzes = quizzes
        self.asking = asking

    async def forget_me(self, user_id: int) -> dict[str, int]:
        """Delete everything stored about a member; return how many rows went from each table."""
        # Memory first: a quiz question closing after this must not bring the member back (a new review card).
        self.quizzes.forget(user_id)
        if self.asking is not None:
            self.asking.forget(user_id)
        return await self.store.forget_user(user_id)
