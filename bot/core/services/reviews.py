"""The review capability: each member's spaced-review deck of facts they got wrong or asked to be quizzed on.

Cards are scheduled with FSRS at the desired retention (and the fitted weights, if any) of the server the
member reviews in; reviews in direct messages use the defaults.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass, replace

from bot.core.clock import Clock, utc_now
from bot.core.errors import StudyError
from bot.core.services.guilds import GuildSettingsService
from bot.core.services.questions import QuestionSource
from bot.core.study.optimise import (
    MAX_REVIEWS_TO_OPTIMISE,
    MIN_REVIEWS_TO_OPTIMISE,
    LoggedReview,
    ParameterFitter,
    fit_parameters,
)
from bot.core.study.ports import CardRow, ReviewLogRow, ReviewStore
from bot.core.study.question import Question, QuestionKind
from bot.core.study.review import (
    CardPhase,
    CardState,
    Grade,
    SchedulerConfig,
    card_key,
    due_cards,
    next_intervals,
    schedule,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReviewItem:
    """The next card a member should review, and when each grade would bring it back."""

    question: Question
    card: CardState
    remaining: int
    #: Per grade, how long until the card comes back (what the grade buttons show).
    intervals: tuple[tuple[Grade, dt.timedelta], ...] = ()

    def interval(self, grade: Grade) -> dt.timedelta | None:
        """Return how long ``grade`` would put the card away for (None if not computed)."""
        return dict(self.intervals).get(grade)


@dataclass(frozen=True)
class OptimiseResult:
    """What fitting a guild's FSRS parameters came to."""

    guild_id: int
    reviews: int
    parameters: tuple[float, ...] | None

    @property
    def fitted(self) -> bool:
        """Tell whether new parameters were fitted and stored."""
        return self.parameters is not None


class ReviewService:
    """Queue facts for review, pick the next due card, and schedule it by the member's grade."""

    def __init__(
        self,
        questions: QuestionSource,
        store: ReviewStore,
        clock: Clock = utc_now,
        scheduler: SchedulerConfig | None = None,
        guilds: GuildSettingsService | None = None,
    ) -> None:
        self.questions = questions
        self.store = store
        self.clock = clock
        self.guilds = guilds
        self._scheduler = scheduler or SchedulerConfig()

    async def scheduler_for(self, guild_id: int | None) -> SchedulerConfig:
        """Return the scheduling options of reviews done in a guild (its retention and weights), or in a DM."""
        if guild_id is None or self.guilds is None:
            return self._scheduler
        config = await self.guilds.config(guild_id)
        try:
            return replace(
                self._scheduler,
                desired_retention=config.desired_retention,
                parameters=config.fsrs_parameters or self._scheduler.parameters,
            )
        except ValueError:
            # Only a hand-edited database gets here (the services check what they store): review on, with defaults.
            log.warning("Guild %s has unusable review settings; reviewing with the defaults", guild_id, exc_info=True)
            return self._scheduler

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
        if not self.questions.bank.has_questions(fact_id):
            raise StudyError("There is no quiz question on that fact, so it can't go in your review deck.")
        await self.queue(user_id, fact_id)

    async def due(self, user_id: int) -> list[tuple[str, CardState]]:
        """Return the member's due cards, in the order they should be shown."""
        now = self.clock()
        base = self.questions.knowledge.base
        cards = [(row.fact_id, _from_row(row)) for row in await self.store.cards(user_id)]
        bank = self.questions.bank  # a fact without questions (no quiz material) cannot be reviewed
        cards = [(fact_id, card) for fact_id, card in cards if base.has_fact(fact_id) and bank.has_questions(fact_id)]
        reviewed, new = await self.store.reviews_since(user_id, now - dt.timedelta(hours=24))
        # The scheduler caps review-card answers and new cards separately.
        keys = due_cards(cards, now, reviewed - new, new, self._scheduler)
        by_id = dict(cards)
        return [(fact_id, by_id[fact_id]) for fact_id in keys]

    async def next(self, user_id: int, guild_id: int | None = None) -> ReviewItem | None:
        """Return the member's next due card as a question, or None when nothing is due.

        The item carries each grade's next interval at the retention of ``guild_id`` (None: a DM), computed
        without storing anything.
        """
        due = await self.due(user_id)
        if not due:
            return None
        fact_id, card = due[0]
        questions = self.questions.bank.for_fact(fact_id)
        choice = [q for q in questions if q.kind is QuestionKind.CHOICE] or list(questions)
        intervals = next_intervals(card, self.clock(), await self.scheduler_for(guild_id))
        return ReviewItem(choice[0], card, len(due), tuple(intervals.items()))

    async def grade(
        self,
        user_id: int,
        fact_id: str,
        grade: Grade,
        guild_id: int | None = None,
        duration_ms: int | None = None,
    ) -> CardState:
        """Grade a review (again, hard, good, easy) and schedule the card's next showing.

        The card is scheduled with the retention of the guild it is reviewed in; the log keeps the guild, the
        grade, the time and (when known) how long the member took, for the optimiser.
        """
        cards = {row.fact_id: row for row in await self.store.cards(user_id)}
        if fact_id not in cards:
            raise StudyError("That card is not in your review deck.")
        now = self.clock()
        before = _from_row(cards[fact_id])
        after = schedule(before, grade, now, await self.scheduler_for(guild_id))
        review = ReviewLogRow(
            card_key(user_id, fact_id),
            fact_id,
            grade.value,
            before.phase is CardPhase.NEW,
            now,
            guild_id,
            duration_ms,
        )
        await self.store.save_card(user_id, _to_row(fact_id, after), review)
        return after

    async def optimise(self, guild_id: int, fitter: ParameterFitter) -> OptimiseResult:
        """Fit FSRS weights to the guild's review log and store them for its reviews (when there are enough).

        The fit runs in a worker thread: the package's optimiser takes seconds to minutes of CPU.
        """
        history = await self.store.review_history(guild_id, MAX_REVIEWS_TO_OPTIMISE)
        reviews = [LoggedReview(r.card_id, Grade(r.grade), r.reviewed_at, r.duration_ms) for r in history]
        if len(reviews) < MIN_REVIEWS_TO_OPTIMISE:
            return OptimiseResult(guild_id, len(reviews), None)
        parameters = await asyncio.to_thread(fit_parameters, reviews, fitter)
        if parameters is not None:
            if self.guilds is None:
                raise StudyError("Server settings are not available, so fitted parameters cannot be stored.")
            await self.guilds.set_fsrs_parameters(guild_id, parameters)
            log.info("Fitted FSRS parameters for guild %s to %d reviews", guild_id, len(reviews))
        return OptimiseResult(guild_id, len(reviews), parameters)

    async def review_guilds(self) -> list[int]:
        """Return every guild in which reviews were logged."""
        return await self.store.review_guilds()


def _to_row(fact_id: str, card: CardState) -> CardRow:
    return CardRow(
        fact_id,
        card.phase.value,
        card.step,
        card.stability,
        card.difficulty,
        card.due,
        card.last_review,
        card.reps,
        card.lapses,
        card.leech,
    )


def _from_row(row: CardRow) -> CardState:
    return CardState(
        phase=CardPhase(row.phase),
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=row.due,
        last_review=row.last_review,
        reps=row.reps,
        lapses=row.lapses,
        leech=row.leech,
    )
