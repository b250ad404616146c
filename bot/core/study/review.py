"""Schedule personal review cards with FSRS (the ``fsrs`` package), and pick which cards are due.

One card per member per fact. Everything here is pure and deterministic: the current time comes from the
caller as a timezone-aware datetime, and FSRS's random interval fuzz is switched off, so a grade on a card
always gives the same next state. Cards are frozen values; they are turned into ``fsrs.Card`` objects only
inside :func:`schedule`, so nothing else depends on the package's mutable classes.

* FSRS models each card's memory with a *stability* (days until recall drops to 90%) and a *difficulty*
  (1 to 10). After every grade it updates both and schedules the card for when the predicted recall falls
  to the *desired retention* (0.9 unless a server chooses another, between 0.7 and 0.97): a higher
  retention means shorter intervals and more reviews.
* New and learning cards walk the learning steps (1 and 10 minutes), relearning cards the relearning step
  (10 minutes), as in Anki; then FSRS takes over with whole-day intervals.
* AGAIN on a review card is a lapse: one more lapse, and the card relearns. A card that has lapsed
  ``leech_threshold`` times (8) is flagged as a leech and stays flagged; leeches are no longer shown
  (they need the member's attention, not more drilling).
* ``parameters`` are FSRS's 21 model weights: the package's defaults, or a server's own fitted from its
  review log by the optimiser (see :mod:`bot.core.study.optimise`).
"""

from __future__ import annotations

import functools
import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import TypeVar

import fsrs
from fsrs.scheduler import DEFAULT_PARAMETERS as FSRS_DEFAULT_PARAMETERS

K = TypeVar("K")

DAY = timedelta(days=1)
#: FSRS's desired retention: the default, and the range a server may choose from.
DEFAULT_RETENTION = 0.9
MIN_RETENTION = 0.7
MAX_RETENTION = 0.97
#: FSRS's default model weights (FSRS-6, 21 numbers).
DEFAULT_PARAMETERS: tuple[float, ...] = tuple(float(w) for w in FSRS_DEFAULT_PARAMETERS)
#: Anki's review duration cap: a longer pause is counted as this long.
MAX_REVIEW_DURATION_MS = 60_000


class Grade(Enum):
    """How well a member recalled a card, as Anki's four answer buttons (FSRS's ratings, 1 to 4)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        """Return the button's name: "Again", "Hard", "Good" or "Easy"."""
        return self.name.title()


class CardPhase(Enum):
    """Where a card is in its life: never seen, learning, in review, or relearning after a lapse."""

    NEW = "new"
    LEARNING = "learning"
    REVIEW = "review"
    RELEARNING = "relearning"


_TO_FSRS_STATE = {
    CardPhase.NEW: fsrs.State.Learning,
    CardPhase.LEARNING: fsrs.State.Learning,
    CardPhase.REVIEW: fsrs.State.Review,
    CardPhase.RELEARNING: fsrs.State.Relearning,
}
_FROM_FSRS_STATE = {
    fsrs.State.Learning: CardPhase.LEARNING,
    fsrs.State.Review: CardPhase.REVIEW,
    fsrs.State.Relearning: CardPhase.RELEARNING,
}


@dataclass(frozen=True)
class CardState:
    """The scheduling state of one member's card for one fact.

    ``stability`` (days) and ``difficulty`` (1 to 10) are FSRS's memory state: None until the first grade (and
    for a learning card converted from SM-2, whose first FSRS grade sets them). ``step`` indexes the learning
    or relearning steps (0 otherwise). ``last_review`` is when it was last graded (None while new).
    """

    phase: CardPhase
    step: int
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int
    lapses: int
    leech: bool

    def __post_init__(self) -> None:
        _require_aware(self.due, "due")
        if self.last_review is not None:
            _require_aware(self.last_review, "last_review")
        if self.step < 0 or self.reps < 0 or self.lapses < 0:
            raise ValueError("step, reps and lapses cannot be negative")
        if self.stability is not None and not (math.isfinite(self.stability) and self.stability > 0):
            raise ValueError("stability must be a positive number of days")
        if self.difficulty is not None and not 1 <= self.difficulty <= 10:
            raise ValueError("difficulty must be between 1 and 10")
        if self.phase in (CardPhase.REVIEW, CardPhase.RELEARNING) and (
            self.stability is None or self.difficulty is None
        ):
            raise ValueError("a card in review or relearning needs its stability and difficulty")

    @classmethod
    def new(cls, now: datetime) -> CardState:
        """Return a card never reviewed, due at ``now``."""
        return cls(CardPhase.NEW, 0, None, None, now, None, 0, 0, False)

    @property
    def interval_days(self) -> float:
        """Return the days from the last review to the due time (0 while new)."""
        if self.last_review is None:
            return 0.0
        return max((self.due - self.last_review) / DAY, 0.0)


@dataclass(frozen=True)
class SchedulerConfig:
    """Scheduling options: FSRS's desired retention and weights, Anki's steps, leeches and daily caps."""

    desired_retention: float = DEFAULT_RETENTION
    parameters: tuple[float, ...] = DEFAULT_PARAMETERS
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval_days: int = 36500
    #: Lapses that flag a card as a leech; 0 never flags one.
    leech_threshold: int = 8
    #: Review cards shown per day; new cards also fit within what is left of it, as in Anki's v3 scheduler.
    daily_review_cap: int = 50
    daily_new_cap: int = 20

    def __post_init__(self) -> None:
        if not 0 < self.desired_retention < 1:
            raise ValueError("desired_retention must be between 0 and 1")
        if any(step <= timedelta(0) for step in (*self.learning_steps, *self.relearning_steps)):
            raise ValueError("learning and relearning steps must be positive")
        if self.maximum_interval_days < 1:
            raise ValueError("maximum_interval_days must be at least 1")
        if min(self.leech_threshold, self.daily_review_cap, self.daily_new_cap) < 0:
            raise ValueError("leech_threshold and daily caps cannot be negative")
        check_parameters(self.parameters)


def check_parameters(parameters: Sequence[float]) -> None:
    """Raise ValueError unless ``parameters`` are 21 FSRS weights within the package's bounds."""
    if not all(isinstance(w, int | float) and math.isfinite(w) for w in parameters):
        raise ValueError("FSRS parameters must be finite numbers")
    # The package checks the count and each weight's bounds (and says which are out of bounds).
    fsrs.Scheduler(parameters=tuple(parameters), enable_fuzzing=False)


def check_retention(retention: float) -> float:
    """Return ``retention`` if a server may choose it (0.7 to 0.97), else raise ValueError."""
    if not (math.isfinite(retention) and MIN_RETENTION <= retention <= MAX_RETENTION):
        raise ValueError(f"desired retention must be between {MIN_RETENTION} and {MAX_RETENTION}")
    return retention


DEFAULT_CONFIG = SchedulerConfig()


@functools.lru_cache(maxsize=64)
def _scheduler(config: SchedulerConfig) -> fsrs.Scheduler:
    """Return the package's scheduler for ``config`` (built once per configuration; never mutated)."""
    return fsrs.Scheduler(
        parameters=config.parameters,
        desired_retention=config.desired_retention,
        learning_steps=config.learning_steps,
        relearning_steps=config.relearning_steps,
        maximum_interval=config.maximum_interval_days,
        # Fuzz draws from the global random generator: left out so a grade always gives the same state.
        enable_fuzzing=False,
    )


def schedule(card: CardState, grade: Grade, now: datetime, config: SchedulerConfig = DEFAULT_CONFIG) -> CardState:
    """Return the card's state after the member answers it with ``grade`` at ``now``."""
    _require_aware(now, "now")
    at = now.astimezone(UTC)  # the package insists on UTC
    reviewed, _log = _scheduler(config).review_card(_to_fsrs(card), fsrs.Rating(grade.value), review_datetime=at)
    lapsed = card.phase is CardPhase.REVIEW and grade is Grade.AGAIN
    lapses = card.lapses + 1 if lapsed else card.lapses
    return CardState(
        phase=_FROM_FSRS_STATE[reviewed.state],
        step=reviewed.step or 0,
        stability=reviewed.stability,
        difficulty=reviewed.difficulty,
        due=reviewed.due,
        last_review=at,
        reps=card.reps + 1,
        lapses=lapses,
        leech=card.leech or (lapsed and 0 < config.leech_threshold <= lapses),
    )


def preview(card: CardState, now: datetime, config: SchedulerConfig = DEFAULT_CONFIG) -> dict[Grade, CardState]:
    """Return what each grade would make of the card at ``now``, committing nothing (for the buttons' labels)."""
    return {grade: schedule(card, grade, now, config) for grade in Grade}


def next_intervals(card: CardState, now: datetime, config: SchedulerConfig = DEFAULT_CONFIG) -> dict[Grade, timedelta]:
    """Return how long after ``now`` each grade would bring the card back."""
    return {grade: state.due - now for grade, state in preview(card, now, config).items()}


def grade_label(grade: Grade, interval: timedelta | None) -> str:
    """Return a grade button's label with its next interval, as Anki shows it: "Good · 3d"."""
    return grade.label if interval is None else f"{grade.label} \u00b7 {short_interval(interval)}"


def due_cards(
    cards: Sequence[tuple[K, CardState]],
    now: datetime,
    reviewed_today: int,
    new_today: int,
    config: SchedulerConfig = DEFAULT_CONFIG,
) -> list[K]:
    """Return the keys of the cards to study now, in order, within what is left of today's caps.

    Learning and relearning cards come first (never capped: they are in the middle of being learnt), then
    review cards, then new cards, each group by due time and then input order. ``reviewed_today`` counts
    review cards answered today and ``new_today`` new cards first answered today. Review cards fill what is
    left of the review cap; new cards fill what is left of the new cap, but no more than the review cap has
    room for after today's due reviews, so a backlog is not buried under new cards. Leeches are skipped:
    they need the member's attention, not more drilling. Cards not yet due are left out.
    """
    _require_aware(now, "now")
    learning: list[tuple[datetime, K]] = []
    review: list[tuple[datetime, K]] = []
    new: list[tuple[datetime, K]] = []
    for key, card in cards:
        if card.leech or card.due > now:
            continue
        if card.phase is CardPhase.REVIEW:
            review.append((card.due, key))
        elif card.phase is CardPhase.NEW:
            new.append((card.due, key))
        else:
            learning.append((card.due, key))
    for group in (learning, review, new):
        group.sort(key=lambda item: item[0])
    reviews_left = max(0, config.daily_review_cap - reviewed_today)
    chosen_reviews = review[:reviews_left]
    new_left = max(0, min(config.daily_new_cap - new_today, reviews_left - len(chosen_reviews)))
    return [key for _due, key in (*learning, *chosen_reviews, *new[:new_left])]


def describe_interval(card: CardState, now: datetime) -> str:
    """Return when the card comes back, relative to ``now``: "now", "in 10 min", "in 3 days", "in 1.5 years"."""
    _require_aware(now, "now")
    seconds = (card.due - now).total_seconds()
    if seconds <= 0:
        return "now"
    minutes = _round_half_up(seconds / 60)
    if minutes < 60:
        return f"in {max(minutes, 1)} min"
    hours = _round_half_up(seconds / 3600)
    if hours < 24:
        return _in(hours, "hour")
    days = _round_half_up(seconds / 86400)
    if days < 30:
        return _in(days, "day")
    months = _round_half_up(days / 30)
    if months < 12:
        return _in(months, "month")
    years = _round_half_up(days * 10 / 365) / 10
    return "in 1 year" if years == 1 else f"in {years:g} years"


def short_interval(interval: timedelta) -> str:
    """Return an interval as Anki writes it on its buttons: "<1m", "10m", "3h", "3d", "2mo", "1.5y"."""
    seconds = interval.total_seconds()
    if seconds < 60:
        return "<1m"
    minutes = _round_half_up(seconds / 60)
    if minutes < 60:
        return f"{minutes}m"
    hours = _round_half_up(seconds / 3600)
    if hours < 24:
        return f"{hours}h"
    days = _round_half_up(seconds / 86400)
    if days < 30:
        return f"{days}d"
    months = _round_half_up(days * 10 / 30) / 10
    if months < 12:
        return f"{months:g}mo"
    return f"{_round_half_up(days * 10 / 365) / 10:g}y"


def card_key(user_id: int, fact_id: str) -> int:
    """Return the stable id of a member's card for a fact, as FSRS's review logs and optimiser want one.

    The first 62 bits of a SHA-256 of both: the same on every machine and run, positive, and fitting a BIGINT.
    Migration 0004 computes the same number for reviews logged before it (a test keeps the two in step).
    """
    digest = hashlib.sha256(f"{user_id}:{fact_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 2


def review_duration_ms(shown: datetime | None, graded: datetime) -> int | None:
    """Return the milliseconds from showing a card to grading it, capped as Anki does (None if unknown)."""
    if shown is None:
        return None
    return max(0, min(int((graded - shown).total_seconds() * 1000), MAX_REVIEW_DURATION_MS))


def _to_fsrs(card: CardState) -> fsrs.Card:
    """Return the package's mutable card for a frozen state (its id is irrelevant to scheduling)."""
    step: int | None = None if card.phase is CardPhase.REVIEW else card.step
    return fsrs.Card(
        card_id=0,
        state=_TO_FSRS_STATE[card.phase],
        step=step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due.astimezone(UTC),
        last_review=None if card.last_review is None else card.last_review.astimezone(UTC),
    )


def _round_half_up(value: float) -> int:
    """Return ``value`` rounded to the nearest whole number, halves away from zero for positives (as Anki)."""
    return math.floor(value + 0.5)


def _in(count: int, unit: str) -> str:
    """Return "in 1 day" or "in 3 days"."""
    return f"in {count} {unit}" if count == 1 else f"in {count} {unit}s"


def _require_aware(moment: datetime, name: str) -> None:
    """Reject a naive datetime: times must carry their timezone."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")
