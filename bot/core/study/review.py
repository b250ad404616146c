"""Schedule personal review cards with Anki's SM-2 variant, and pick which cards are due.

One card per member per fact. Everything here is pure and deterministic: the current time comes from the
caller as a timezone-aware datetime, and Anki's random interval fuzz is left out, so a grade on a card
always gives the same next state. The rules follow Anki's v3 scheduler with SM-2 (not FSRS):

* New and learning cards walk the learning steps (1 and 10 minutes): AGAIN goes back to the first step,
  HARD repeats the current step (on the first step, the average of the first two), GOOD moves to the next
  step or graduates with the graduating interval (1 day), EASY graduates at once with the easy interval
  (4 days). Graduation sets the starting ease (2.5).
* Review cards: AGAIN is a lapse (one more lapse, ease -0.20, the interval shrinks to
  ``old * new_interval_after_lapse`` but at least a day, and the card relearns); HARD gives
  ``interval * 1.2`` and ease -0.15; GOOD gives ``(interval + days_late / 2) * ease``; EASY gives
  ``(interval + days_late) * ease * easy_bonus`` and ease +0.15. Ease never drops below 1.3; HARD is at least
  a day longer than the old interval, GOOD a day longer than HARD and EASY a day longer than GOOD; the
  interval modifier applies and the maximum interval caps them all. A card answered before it is due gets
  Anki's early-review intervals, which are based on the time actually elapsed.
* Relearning cards walk the relearning steps (10 minutes) and then return to review with the lapse
  interval (EASY: one day more).
* A card that has lapsed ``leech_threshold`` times (8) is flagged as a leech and stays flagged.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum
from typing import TypeVar

K = TypeVar("K")

DAY = timedelta(days=1)
#: Anki's fixed ease adjustments for a review card's answer.
AGAIN_EASE_DELTA = -0.20
HARD_EASE_DELTA = -0.15
EASY_EASE_DELTA = 0.15


class Grade(Enum):
    """How well a member recalled a card, as Anki's four answer buttons."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class CardPhase(Enum):
    """Where a card is in its life: never seen, learning, in review, or relearning after a lapse."""

    NEW = "new"
    LEARNING = "learning"
    REVIEW = "review"
    RELEARNING = "relearning"


@dataclass(frozen=True)
class CardState:
    """The scheduling state of one member's card for one fact.

    ``step`` indexes the learning or relearning steps (0 otherwise). ``interval_days`` is the review
    interval: 0 while new or learning, and while relearning the interval the card returns to review with.
    """

    phase: CardPhase
    step: int
    ease: float
    interval_days: float
    due: datetime
    reps: int
    lapses: int
    leech: bool

    def __post_init__(self) -> None:
        _require_aware(self.due, "due")
        if self.step < 0 or self.reps < 0 or self.lapses < 0:
            raise ValueError("step, reps and lapses cannot be negative")
        if self.ease <= 0 or self.interval_days < 0:
            raise ValueError("ease must be positive and interval_days not negative")

    @classmethod
    def new(cls, now: datetime, ease: float = 2.5) -> CardState:
        """Return a card never reviewed, due at ``now``."""
        return cls(CardPhase.NEW, 0, ease, 0.0, now, 0, 0, False)


@dataclass(frozen=True)
class SchedulerConfig:
    """Scheduling options, defaulting to Anki's deck defaults."""

    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    graduating_interval_days: int = 1
    easy_interval_days: int = 4
    starting_ease: float = 2.5
    minimum_ease: float = 1.3
    easy_bonus: float = 1.3
    hard_interval_factor: float = 1.2
    interval_modifier: float = 1.0
    #: A lapsed card's new interval is its old interval times this (Anki's "new interval", 0 by default) ...
    new_interval_after_lapse: float = 0.0
    #: ... but never less than this many days.
    minimum_lapse_interval_days: int = 1
    maximum_interval_days: int = 36500
    #: Lapses that flag a card as a leech; 0 never flags one.
    leech_threshold: int = 8
    #: Review cards shown per day; new cards also fit within what is left of it, as in Anki's v3 scheduler.
    daily_review_cap: int = 50
    daily_new_cap: int = 20

    def __post_init__(self) -> None:
        if any(step <= timedelta(0) for step in (*self.learning_steps, *self.relearning_steps)):
            raise ValueError("learning and relearning steps must be positive")
        if min(self.graduating_interval_days, self.easy_interval_days, self.minimum_lapse_interval_days) < 1:
            raise ValueError("graduating, easy and minimum lapse intervals must be at least a day")
        if self.maximum_interval_days < 1:
            raise ValueError("maximum_interval_days must be at least 1")
        if not 0 < self.minimum_ease <= self.starting_ease:
            raise ValueError("minimum_ease must be positive and at most starting_ease")
        if self.easy_bonus < 1 or self.hard_interval_factor <= 0 or self.interval_modifier <= 0:
            raise ValueError("easy_bonus must be at least 1; hard_interval_factor and interval_modifier positive")
        if not 0 <= self.new_interval_after_lapse <= 1:
            raise ValueError("new_interval_after_lapse must be between 0 and 1")
        if min(self.leech_threshold, self.daily_review_cap, self.daily_new_cap) < 0:
            raise ValueError("leech_threshold and daily caps cannot be negative")


DEFAULT_CONFIG = SchedulerConfig()


def schedule(card: CardState, grade: Grade, now: datetime, config: SchedulerConfig = DEFAULT_CONFIG) -> CardState:
    """Return the card's state after the member answers it with ``grade`` at ``now``."""
    _require_aware(now, "now")
    if card.phase is CardPhase.REVIEW:
        answered = _answer_review(card, grade, now, config)
    elif card.phase is CardPhase.RELEARNING:
        answered = _answer_relearning(card, grade, now, config)
    else:
        answered = _answer_learning(card, grade, now, config)
    return replace(answered, reps=card.reps + 1)


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


def _answer_learning(card: CardState, grade: Grade, now: datetime, config: SchedulerConfig) -> CardState:
    """Return a new or learning card's state after an answer."""
    steps = config.learning_steps
    step = 0 if card.phase is CardPhase.NEW else _current_step(card.step, steps)
    next_step = None if grade is Grade.EASY else _next_step(steps, step, grade)
    if next_step is None:
        days = config.easy_interval_days if grade is Grade.EASY else config.graduating_interval_days
        return _to_review(replace(card, ease=config.starting_ease), days, now, config)
    index, delay = next_step
    return replace(card, phase=CardPhase.LEARNING, step=index, interval_days=0.0, due=now + delay)


def _answer_relearning(card: CardState, grade: Grade, now: datetime, config: SchedulerConfig) -> CardState:
    """Return a relearning card's state after an answer."""
    steps = config.relearning_steps
    if grade is Grade.EASY:
        return _to_review(card, _round_half_up(card.interval_days) + 1, now, config)
    next_step = _next_step(steps, _current_step(card.step, steps), grade)
    if next_step is None:
        return _to_review(card, _round_half_up(card.interval_days), now, config)
    index, delay = next_step
    return replace(card, phase=CardPhase.RELEARNING, step=index, due=now + delay)


def _answer_review(card: CardState, grade: Grade, now: datetime, config: SchedulerConfig) -> CardState:
    """Return a review card's state after an answer."""
    if grade is Grade.AGAIN:
        return _lapse(card, now, config)
    days_late = (now - card.due) / DAY
    if days_late < 0:
        hard, good, easy = _early_review_intervals(card, card.interval_days + days_late, config)
    else:
        hard, good, easy = _review_intervals(card, math.floor(days_late), config)
    if grade is Grade.HARD:
        return _to_review(replace(card, ease=_ease(card.ease + HARD_EASE_DELTA, config)), hard, now, config)
    if grade is Grade.GOOD:
        return _to_review(card, good, now, config)
    return _to_review(replace(card, ease=_ease(card.ease + EASY_EASE_DELTA, config)), easy, now, config)


def _lapse(card: CardState, now: datetime, config: SchedulerConfig) -> CardState:
    """Return a forgotten review card's state: one more lapse, less ease, a shorter interval, relearning."""
    lapses = card.lapses + 1
    interval = max(
        _round_half_up(card.interval_days * config.new_interval_after_lapse), config.minimum_lapse_interval_days, 1
    )
    lapsed = replace(
        card,
        ease=_ease(card.ease + AGAIN_EASE_DELTA, config),
        lapses=lapses,
        leech=card.leech or 0 < config.leech_threshold <= lapses,
    )
    if not config.relearning_steps:
        return _to_review(lapsed, interval, now, config)
    interval = min(interval, config.maximum_interval_days)
    return replace(
        lapsed, phase=CardPhase.RELEARNING, step=0, interval_days=float(interval), due=now + config.relearning_steps[0]
    )


def _review_intervals(card: CardState, days_late: int, config: SchedulerConfig) -> tuple[int, int, int]:
    """Return the HARD, GOOD and EASY intervals for a review card answered on time or ``days_late`` late."""
    current = card.interval_days
    scheduled = _round_half_up(current)
    factor = config.hard_interval_factor
    hard = _constrain(current * factor, 0 if factor <= 1 else scheduled + 1, config)
    good = _constrain((current + days_late / 2) * card.ease, scheduled + 1 if factor <= 1 else hard + 1, config)
    easy = _constrain((current + days_late) * card.ease * config.easy_bonus, good + 1, config)
    return hard, good, easy


def _early_review_intervals(card: CardState, elapsed_days: float, config: SchedulerConfig) -> tuple[int, int, int]:
    """Return the HARD, GOOD and EASY intervals for a review card answered ``elapsed_days`` after its last review."""
    scheduled = card.interval_days
    elapsed = max(elapsed_days, 0.0)
    factor = config.hard_interval_factor
    hard = _constrain(max(elapsed * factor, scheduled * factor / 2), 0, config)
    good = _constrain(max(elapsed * card.ease, scheduled), 0, config)
    reduced_bonus = config.easy_bonus - (config.easy_bonus - 1) / 2
    easy = _constrain(max(elapsed * card.ease, scheduled) * reduced_bonus, 0, config)
    return hard, good, easy


def _constrain(interval: float, minimum: int, config: SchedulerConfig) -> int:
    """Return a passing review interval in whole days: modified, rounded, at least ``minimum`` and capped."""
    maximum = config.maximum_interval_days
    lowest = min(max(minimum, 1), maximum)
    return min(max(_round_half_up(interval * config.interval_modifier), lowest), maximum)


def _to_review(card: CardState, days: int, now: datetime, config: SchedulerConfig) -> CardState:
    """Return the card in review, due ``days`` (kept within 1 and the maximum) after ``now``."""
    days = min(max(days, 1), config.maximum_interval_days)
    return replace(card, phase=CardPhase.REVIEW, step=0, interval_days=float(days), due=now + days * DAY)


def _next_step(steps: tuple[timedelta, ...], step: int, grade: Grade) -> tuple[int, timedelta] | None:
    """Return the step a learning answer leads to and its delay, or None when the card graduates."""
    if not steps:
        return None
    if grade is Grade.AGAIN:
        return 0, steps[0]
    if grade is Grade.HARD:
        return step, _hard_delay(steps, step)
    if step + 1 < len(steps):
        return step + 1, steps[step + 1]
    return None


def _hard_delay(steps: tuple[timedelta, ...], step: int) -> timedelta:
    """Return the delay for HARD: the current step, or on the first step the mean of the first two."""
    if step > 0:
        return steps[step]
    if len(steps) > 1:
        return (steps[0] + steps[1]) / 2
    return min(steps[0] * 1.5, steps[0] + DAY)


def _current_step(step: int, steps: tuple[timedelta, ...]) -> int:
    """Return the card's step, kept within the configured steps in case they changed since."""
    return min(step, max(len(steps) - 1, 0))


def _ease(ease: float, config: SchedulerConfig) -> float:
    """Return an ease rounded to Anki's permille and no lower than the minimum."""
    return max(config.minimum_ease, round(ease, 3))


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
