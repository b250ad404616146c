"""The review capability: each member's spaced-review deck of facts they got wrong or asked to be quizzed on."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from bot.core.clock import Clock, utc_now
from bot.core.errors import StudyError
from bot.core.services.questions import QuestionSource
from bot.core.study.ports import CardRow, ReviewStore
from bot.core.study.question import Question, QuestionKind
from bot.core.study.review import CardPhase, CardState, Grade, SchedulerConfig, due_cards, schedule

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReviewItem:
    """The next card a member should review."""

    question: Question
    card: CardState
    remaining: int


class ReviewService:
    """Queue facts for review, pick the next due card, and schedule it by the member's grade."""

    def __init__(
        self,
        questions: QuestionSource,
        store: ReviewStore,
        clock: Clock = utc_now,
        scheduler: SchedulerConfig | None = None,
    ) -> None:
        self.questions = questions
        self.store = store
        self.clock = clock
        self._scheduler = scheduler or SchedulerConfig()

    async def queue(self, user_id: int, fact_id: str) -> None:
        """Put a fact in a member's deck if it is not there yet (a failure is logged, never raised)."""
        card = CardState.new(self.clock())
        try:
            await self.store.add_card_if_missing(user_id, _to_row(fact_id, card), self.clock())
        except Exception:
            log.exception("Could not queue fact %s for review by user %s", fact_id, user_id)

    async def add(self, user_id: int, fact_id: str) -> None:
        """Put a fact in a member's review deck ("quiz me on this")."""
        if not self.questions.knowledge.base.has_fact(fact_id):
            raise StudyError("That fact is no longer in the knowledge base.")
        await self.queue(user_id, fact_id)

    async def due(self, user_id: int) -> list[tuple[str, CardState]]:
        """Return the member's due cards, in the order they should be shown."""
        now = self.clock()
        base = self.questions.knowledge.base
        cards = [(row.fact_id, _from_row(row)) for row in await self.store.cards(user_id)]
        cards = [(fact_id, card) for fact_id, card in cards if base.has_fact(fact_id)]
        reviewed, new = await self.store.reviews_since(user_id, now - dt.timedelta(hours=24))
        # The scheduler caps review-card answers and new cards separately.
        keys = due_cards(cards, now, reviewed - new, new, self._scheduler)
        by_id = dict(cards)
        return [(fact_id, by_id[fact_id]) for fact_id in keys]

    async def next(self, user_id: int) -> ReviewItem | None:
        """Return the member's next due card as a question, or None when nothing is due."""
        due = await self.due(user_id)
        if not due:
            return None
        fact_id, card = due[0]
        questions = self.questions.bank.for_fact(fact_id)
        choice = [q for q in questions if q.kind is QuestionKind.CHOICE] or list(questions)
        return ReviewItem(choice[0], card, len(due))

    async def grade(self, user_id: int, fact_id: str, grade: Grade) -> CardState:
        """Grade a review (again, hard, good, easy) and schedule the card's next showing."""
        cards = {row.fact_id: row for row in await self.store.cards(user_id)}
        if fact_id not in cards:
            raise StudyError("That card is not in your review deck.")
        before = _from_row(cards[fact_id])
        after = schedule(before, grade, self.clock(), self._scheduler)
        await self.store.save_card(
            user_id, _to_row(fact_id, after), grade.value, before.phase is CardPhase.NEW, self.clock()
        )
        return after


def _to_row(fact_id: str, card: CardState) -> CardRow:
    return CardRow(
        fact_id,
        card.phase.value,
        card.step,
        card.ease,
        card.interval_days,
        card.due,
        card.reps,
        card.lapses,
        card.leech,
    )


def _from_row(row: CardRow) -> CardState:
    return CardState(
        phase=CardPhase(row.phase),
        step=row.step,
        ease=row.ease,
        interval_days=row.interval_days,
        due=row.due,
        reps=row.reps,
        lapses=row.lapses,
        leech=row.leech,
    )
