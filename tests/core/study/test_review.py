"""Spaced review: Anki's SM-2 scheduling, leeches, picking due cards within daily caps, and interval wording."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from bot.core.study.review import (
    DEFAULT_CONFIG,
    CardPhase,
    CardState,
    Grade,
    SchedulerConfig,
    describe_interval,
    due_cards,
    schedule,
)

NOW = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)
DAY = timedelta(days=1)


def review_card(
    interval: float, ease: float = 2.5, due: datetime = NOW, lapses: int = 0, leech: bool = False
) -> CardState:
    return CardState(CardPhase.REVIEW, 0, ease, float(interval), due, 5, lapses, leech)


def card_in(phase: CardPhase, due: datetime, leech: bool = False) -> CardState:
    interval = 3.0 if phase in (CardPhase.REVIEW, CardPhase.RELEARNING) else 0.0
    return CardState(phase, 0, 2.5, interval, due, 1, 0, leech)


# --- learning steps ---------------------------------------------------------------------------------------


def test_new_card_is_due_now_with_starting_state() -> None:
    card = CardState.new(NOW)
    assert card == CardState(CardPhase.NEW, 0, 2.5, 0.0, NOW, 0, 0, False)


def test_new_card_walks_the_one_and_ten_minute_steps_then_graduates_with_one_day() -> None:
    first = schedule(CardState.new(NOW), Grade.AGAIN, NOW)
    assert (first.phase, first.step, first.due) == (CardPhase.LEARNING, 0, NOW + MINUTE)

    later = first.due
    second = schedule(first, Grade.GOOD, later)
    assert (second.phase, second.step, second.due) == (CardPhase.LEARNING, 1, later + 10 * MINUTE)

    later = second.due
    graduated = schedule(second, Grade.GOOD, later)
    assert graduated.phase is CardPhase.REVIEW
    assert graduated.interval_days == 1.0
    assert graduated.due == later + DAY
    assert graduated.ease == 2.5
    assert graduated.reps == 3


def test_good_on_a_new_card_moves_to_the_ten_minute_step_as_in_anki() -> None:
    # A new card sits on the first step, so Anki's buttons read 1m / 6m / 10m / 4d.
    card = schedule(CardState.new(NOW), Grade.GOOD, NOW)
    assert (card.phase, card.step, card.due) == (CardPhase.LEARNING, 1, NOW + 10 * MINUTE)
    graduated = schedule(card, Grade.GOOD, card.due)
    assert (graduated.phase, graduated.interval_days) == (CardPhase.REVIEW, 1.0)


@pytest.mark.parametrize(
    ("grade", "delay"),
    [
        (Grade.AGAIN, MINUTE),
        (Grade.HARD, timedelta(minutes=5, seconds=30)),  # the average of the 1 and 10 minute steps
        (Grade.GOOD, 10 * MINUTE),
    ],
)
def test_new_card_learning_delays(grade: Grade, delay: timedelta) -> None:
    card = schedule(CardState.new(NOW), grade, NOW)
    assert card.phase is CardPhase.LEARNING
    assert card.due == NOW + delay
    assert card.interval_days == 0.0


@pytest.mark.parametrize("phase", [CardPhase.NEW, CardPhase.LEARNING])
def test_easy_graduates_at_once_with_four_days(phase: CardPhase) -> None:
    card = CardState(phase, 1 if phase is CardPhase.LEARNING else 0, 2.5, 0.0, NOW, 1, 0, False)
    easy = schedule(card, Grade.EASY, NOW)
    assert (easy.phase, easy.step, easy.interval_days, easy.due, easy.ease) == (
        CardPhase.REVIEW,
        0,
        4.0,
        NOW + 4 * DAY,
        2.5,
    )


def test_again_sends_a_learning_card_back_to_the_first_step() -> None:
    on_second_step = CardState(CardPhase.LEARNING, 1, 2.5, 0.0, NOW, 2, 0, False)
    again = schedule(on_second_step, Grade.AGAIN, NOW)
    assert (again.phase, again.step, again.due) == (CardPhase.LEARNING, 0, NOW + MINUTE)


def test_hard_repeats_a_later_step() -> None:
    on_second_step = CardState(CardPhase.LEARNING, 1, 2.5, 0.0, NOW, 2, 0, False)
    hard = schedule(on_second_step, Grade.HARD, NOW)
    assert (hard.phase, hard.step, hard.due) == (CardPhase.LEARNING, 1, NOW + 10 * MINUTE)


def test_hard_on_a_single_step_waits_half_as_long_again() -> None:
    config = SchedulerConfig(learning_steps=(10 * MINUTE,))
    hard = schedule(CardState.new(NOW), Grade.HARD, NOW, config)
    assert (hard.step, hard.due) == (0, NOW + 15 * MINUTE)


def test_graduation_sets_the_configured_starting_ease() -> None:
    config = SchedulerConfig(starting_ease=2.3)
    card = schedule(CardState.new(NOW), Grade.EASY, NOW, config)
    assert card.ease == 2.3


@pytest.mark.parametrize("grade", [Grade.AGAIN, Grade.HARD, Grade.GOOD])
def test_without_learning_steps_a_new_card_graduates_at_once(grade: Grade) -> None:
    config = SchedulerConfig(learning_steps=())
    card = schedule(CardState.new(NOW), grade, NOW, config)
    assert (card.phase, card.interval_days, card.due) == (CardPhase.REVIEW, 1.0, NOW + DAY)


def test_a_step_beyond_changed_settings_uses_the_last_step() -> None:
    stale = CardState(CardPhase.LEARNING, 5, 2.5, 0.0, NOW, 4, 0, False)
    assert schedule(stale, Grade.GOOD, NOW).phase is CardPhase.REVIEW
    assert schedule(stale, Grade.HARD, NOW).due == NOW + 10 * MINUTE


# --- review cards -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("grade", "interval", "ease", "next_interval", "next_ease"),
    [
        (Grade.GOOD, 10, 2.5, 25, 2.5),  # interval * ease
        (Grade.GOOD, 4, 2.3, 9, 2.3),  # 9.2 rounds to 9
        (Grade.HARD, 10, 2.5, 12, 2.35),  # interval * 1.2, ease - 0.15
        (Grade.EASY, 10, 2.5, 33, 2.65),  # interval * ease * 1.3 = 32.5, rounded up; ease + 0.15
        (Grade.HARD, 1, 2.5, 2, 2.35),  # 1.2 rounds to 1, but HARD is at least a day longer
        (Grade.GOOD, 1, 1.3, 3, 1.3),  # 1.3 rounds to 1, but GOOD is at least a day longer than HARD (2)
        (Grade.EASY, 1, 1.3, 4, 1.45),  # 1.69 rounds to 2, but EASY is at least a day longer than GOOD (3)
        (Grade.HARD, 100, 1.4, 120, 1.3),  # ease 1.25 stops at the 1.3 floor
        (Grade.HARD, 100, 1.3, 120, 1.3),
    ],
)
def test_review_answer_intervals_and_ease(
    grade: Grade, interval: int, ease: float, next_interval: int, next_ease: float
) -> None:
    card = schedule(review_card(interval, ease), grade, NOW)
    assert card.phase is CardPhase.REVIEW
    assert card.interval_days == next_interval
    assert card.due == NOW + next_interval * DAY
    assert card.ease == next_ease
    assert card.lapses == 0


@pytest.mark.parametrize(("grade", "next_interval"), [(Grade.HARD, 12), (Grade.GOOD, 30), (Grade.EASY, 46)])
def test_a_late_review_earns_anki_late_bonus(grade: Grade, next_interval: int) -> None:
    # Four days late: GOOD counts half of the delay, EASY all of it, HARD none.
    card = schedule(review_card(10, due=NOW - 4 * DAY), grade, NOW)
    assert card.interval_days == next_interval


def test_only_whole_days_late_count() -> None:
    card = schedule(review_card(10, due=NOW - timedelta(hours=36)), Grade.GOOD, NOW)
    assert card.interval_days == 26  # (10 + 1 / 2) * 2.5 = 26.25


@pytest.mark.parametrize(
    ("grade", "next_interval", "next_ease"), [(Grade.HARD, 6, 2.35), (Grade.GOOD, 13, 2.5), (Grade.EASY, 14, 2.65)]
)
def test_an_early_review_is_based_on_the_time_elapsed(grade: Grade, next_interval: int, next_ease: float) -> None:
    # A 10-day card answered after 5 days: HARD max(5 * 1.2, 10 * 0.6), GOOD max(5 * 2.5, 10),
    # EASY that times half the easy bonus (1.15).
    card = schedule(review_card(10, due=NOW + 5 * DAY), grade, NOW)
    assert (card.interval_days, card.ease) == (next_interval, next_ease)


def test_reviewing_again_straight_away_does_not_inflate_the_interval() -> None:
    card = schedule(review_card(10, due=NOW + 10 * DAY), Grade.GOOD, NOW)
    assert card.interval_days == 10


@pytest.mark.parametrize("grade", [Grade.HARD, Grade.GOOD, Grade.EASY])
def test_the_maximum_interval_caps_every_answer(grade: Grade) -> None:
    config = SchedulerConfig(maximum_interval_days=100)
    card = schedule(review_card(90), grade, NOW, config)
    assert card.interval_days == 100
    assert card.due == NOW + 100 * DAY


def test_interval_modifier_scales_review_intervals() -> None:
    config = SchedulerConfig(interval_modifier=0.8)
    assert schedule(review_card(10), Grade.GOOD, NOW, config).interval_days == 20


def test_intervals_grow_under_repeated_good_until_the_cap() -> None:
    card = schedule(schedule(CardState.new(NOW), Grade.GOOD, NOW), Grade.GOOD, NOW + 10 * MINUTE)
    intervals = [card.interval_days]
    for _ in range(13):
        card = schedule(card, Grade.GOOD, card.due)
        intervals.append(card.interval_days)
    assert intervals == [1, 3, 8, 20, 50, 125, 313, 783, 1958, 4895, 12238, 30595, 36500, 36500]
    assert card.reps == 15


@pytest.mark.parametrize("grade", [Grade.HARD, Grade.GOOD, Grade.EASY])
@pytest.mark.parametrize("ease", [1.3, 2.5])
def test_passing_answers_always_lengthen_the_interval(grade: Grade, ease: float) -> None:
    card = review_card(1, ease)
    previous = card.interval_days
    for _ in range(30):
        card = schedule(card, grade, card.due)
        assert card.interval_days > previous or card.interval_days == DEFAULT_CONFIG.maximum_interval_days
        assert card.ease >= 1.3
        previous = card.interval_days


# --- lapses, relearning and leeches -----------------------------------------------------------------------


def test_a_lapse_counts_lowers_ease_and_relearns() -> None:
    lapsed = schedule(review_card(30, lapses=2), Grade.AGAIN, NOW)
    assert lapsed.phase is CardPhase.RELEARNING
    assert (lapsed.step, lapsed.due) == (0, NOW + 10 * MINUTE)
    assert lapsed.lapses == 3
    assert lapsed.ease == 2.3
    assert lapsed.interval_days == 1.0  # 30 * 0, but at least a day
    assert not lapsed.leech


@pytest.mark.parametrize(
    ("grade", "phase", "due_after", "interval"),
    [
        (Grade.AGAIN, CardPhase.RELEARNING, 10 * MINUTE, 1.0),
        (Grade.HARD, CardPhase.RELEARNING, 15 * MINUTE, 1.0),  # a single step: half as long again
        (Grade.GOOD, CardPhase.REVIEW, DAY, 1.0),
        (Grade.EASY, CardPhase.REVIEW, 2 * DAY, 2.0),  # the lapse interval plus a day
    ],
)
def test_relearning_answers(grade: Grade, phase: CardPhase, due_after: timedelta, interval: float) -> None:
    lapsed = schedule(review_card(30), Grade.AGAIN, NOW)
    later = lapsed.due
    card = schedule(lapsed, grade, later)
    assert (card.phase, card.due, card.interval_days) == (phase, later + due_after, interval)
    assert (card.lapses, card.ease) == (1, 2.3)  # only a review card can lapse; relearning keeps the ease


def test_lapse_interval_keeps_a_share_of_the_old_one_and_can_skip_relearning() -> None:
    config = SchedulerConfig(new_interval_after_lapse=0.5, relearning_steps=())
    card = schedule(review_card(30), Grade.AGAIN, NOW, config)
    assert (card.phase, card.interval_days, card.due, card.lapses) == (CardPhase.REVIEW, 15.0, NOW + 15 * DAY, 1)


def test_ease_never_drops_below_the_minimum_through_lapses() -> None:
    card = review_card(10, ease=1.5)
    for _ in range(3):
        card = schedule(card, Grade.AGAIN, NOW)
        card = schedule(card, Grade.GOOD, NOW)
    assert card.ease == 1.3


def _lapse_times(card: CardState, times: int, config: SchedulerConfig = DEFAULT_CONFIG) -> CardState:
    for _ in range(times):
        card = schedule(card, Grade.AGAIN, card.due, config)
        card = schedule(card, Grade.GOOD, card.due, config)
    return card


def test_the_eighth_lapse_flags_a_leech_and_it_stays_flagged() -> None:
    card = _lapse_times(review_card(10), 7)
    assert (card.lapses, card.leech) == (7, False)
    card = schedule(card, Grade.AGAIN, card.due)
    assert (card.lapses, card.leech) == (8, True)
    for grade in (Grade.GOOD, Grade.EASY, Grade.GOOD):
        card = schedule(card, grade, card.due)
    assert card.leech
    assert _lapse_times(card, 3).leech


def test_a_leech_threshold_of_zero_never_flags() -> None:
    config = SchedulerConfig(leech_threshold=0)
    assert not _lapse_times(review_card(10), 12, config).leech


# --- picking due cards ------------------------------------------------------------------------------------

DECK: list[tuple[str, CardState]] = [
    ("review_late", card_in(CardPhase.REVIEW, NOW - 2 * DAY)),
    ("new_a", card_in(CardPhase.NEW, NOW - DAY)),
    ("future_review", card_in(CardPhase.REVIEW, NOW + DAY)),
    ("learning", card_in(CardPhase.LEARNING, NOW - MINUTE)),
    ("review_oldest", card_in(CardPhase.REVIEW, NOW - 5 * DAY)),
    ("leech", card_in(CardPhase.REVIEW, NOW - 3 * DAY, leech=True)),
    ("relearning", card_in(CardPhase.RELEARNING, NOW - 10 * MINUTE)),
    ("future_learning", card_in(CardPhase.LEARNING, NOW + 5 * MINUTE)),
    ("new_b", card_in(CardPhase.NEW, NOW - 2 * DAY)),
    ("review_now", card_in(CardPhase.REVIEW, NOW)),
]
LEARNING_FIRST = ["relearning", "learning"]
REVIEWS = ["review_oldest", "review_late", "review_now"]


def test_due_cards_order_learning_then_reviews_then_new_and_skip_leeches_and_future_cards() -> None:
    assert due_cards(DECK, NOW, 0, 0) == [*LEARNING_FIRST, *REVIEWS, "new_b", "new_a"]


@pytest.mark.parametrize(
    ("reviewed_today", "new_today", "config", "expected"),
    [
        (48, 0, DEFAULT_CONFIG, [*LEARNING_FIRST, "review_oldest", "review_late"]),  # 2 left: no room for new
        (50, 0, DEFAULT_CONFIG, LEARNING_FIRST),  # learning cards are never capped
        (60, 0, DEFAULT_CONFIG, LEARNING_FIRST),
        (0, 19, DEFAULT_CONFIG, [*LEARNING_FIRST, *REVIEWS, "new_b"]),
        (0, 20, DEFAULT_CONFIG, [*LEARNING_FIRST, *REVIEWS]),
        (0, 0, SchedulerConfig(daily_review_cap=4), [*LEARNING_FIRST, *REVIEWS, "new_b"]),  # new fit what is left
        (0, 0, SchedulerConfig(daily_new_cap=0), [*LEARNING_FIRST, *REVIEWS]),
        (0, 0, SchedulerConfig(daily_review_cap=0), LEARNING_FIRST),
    ],
)
def test_due_cards_respect_what_is_left_of_the_daily_caps(
    reviewed_today: int, new_today: int, config: SchedulerConfig, expected: list[str]
) -> None:
    assert due_cards(DECK, NOW, reviewed_today, new_today, config) == expected


def test_due_cards_keep_input_order_for_equal_due_times_and_accept_any_key() -> None:
    cards = [(3, CardState.new(NOW)), (1, CardState.new(NOW)), (2, CardState.new(NOW))]
    assert due_cards(cards, NOW, 0, 0) == [3, 1, 2]


def test_due_cards_compare_due_times_across_timezones() -> None:
    india = timezone(timedelta(hours=5, minutes=30))
    cards = [("utc", card_in(CardPhase.REVIEW, NOW)), ("ist", card_in(CardPhase.REVIEW, NOW.astimezone(india) - DAY))]
    assert due_cards(cards, NOW.astimezone(india), 0, 0) == ["ist", "utc"]


def test_a_freshly_answered_card_is_not_due_again_until_its_step_passes() -> None:
    card = schedule(CardState.new(NOW), Grade.AGAIN, NOW)
    assert due_cards([("fact", card)], NOW + 30 * timedelta(seconds=1), 0, 0) == []
    assert due_cards([("fact", card)], NOW + MINUTE, 0, 0) == ["fact"]


# --- describing when a card comes back --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "text"),
    [
        (timedelta(0), "now"),
        (-5 * MINUTE, "now"),
        (timedelta(seconds=20), "in 1 min"),
        (MINUTE, "in 1 min"),
        (timedelta(minutes=5, seconds=30), "in 6 min"),
        (10 * MINUTE, "in 10 min"),
        (timedelta(minutes=59, seconds=40), "in 1 hour"),
        (timedelta(hours=3), "in 3 hours"),
        (timedelta(hours=23, minutes=40), "in 1 day"),
        (DAY, "in 1 day"),
        (3 * DAY, "in 3 days"),
        (29 * DAY, "in 29 days"),
        (45 * DAY, "in 2 months"),
        (365 * DAY, "in 1 year"),
        (400 * DAY, "in 1.1 years"),
        (550 * DAY, "in 1.5 years"),
        (730 * DAY, "in 2 years"),
    ],
)
def test_describe_interval(after: timedelta, text: str) -> None:
    assert describe_interval(card_in(CardPhase.REVIEW, NOW + after), NOW) == text


@pytest.mark.parametrize(
    ("grade", "text"),
    [(Grade.AGAIN, "in 1 min"), (Grade.HARD, "in 6 min"), (Grade.GOOD, "in 10 min"), (Grade.EASY, "in 4 days")],
)
def test_describe_interval_after_answering_a_new_card(grade: Grade, text: str) -> None:
    assert describe_interval(schedule(CardState.new(NOW), grade, NOW), NOW) == text


# --- validation -------------------------------------------------------------------------------------------


def test_naive_datetimes_are_rejected() -> None:
    naive = datetime(2025, 1, 6, 9, 0)
    with pytest.raises(ValueError, match="timezone-aware"):
        CardState.new(naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        schedule(CardState.new(NOW), Grade.GOOD, naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        due_cards([], naive, 0, 0)
    with pytest.raises(ValueError, match="timezone-aware"):
        describe_interval(CardState.new(NOW), naive)


def test_states_and_config_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        CardState.new(NOW).ease = 3.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_CONFIG.daily_new_cap = 5  # type: ignore[misc]


def test_default_config_is_ankis() -> None:
    assert DEFAULT_CONFIG.learning_steps == (MINUTE, 10 * MINUTE)
    assert DEFAULT_CONFIG.relearning_steps == (10 * MINUTE,)
    assert (DEFAULT_CONFIG.graduating_interval_days, DEFAULT_CONFIG.easy_interval_days) == (1, 4)
    assert (DEFAULT_CONFIG.starting_ease, DEFAULT_CONFIG.minimum_ease, DEFAULT_CONFIG.easy_bonus) == (2.5, 1.3, 1.3)
    assert (DEFAULT_CONFIG.hard_interval_factor, DEFAULT_CONFIG.interval_modifier) == (1.2, 1.0)
    assert (DEFAULT_CONFIG.new_interval_after_lapse, DEFAULT_CONFIG.maximum_interval_days) == (0.0, 36500)
    assert (DEFAULT_CONFIG.leech_threshold, DEFAULT_CONFIG.daily_review_cap, DEFAULT_CONFIG.daily_new_cap) == (
        8,
        50,
        20,
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"learning_steps": (timedelta(0),)},
        {"relearning_steps": (-MINUTE,)},
        {"graduating_interval_days": 0},
        {"maximum_interval_days": 0},
        {"minimum_ease": 0.0},
        {"starting_ease": 1.2},
        {"easy_bonus": 0.9},
        {"hard_interval_factor": 0.0},
        {"interval_modifier": -1.0},
        {"new_interval_after_lapse": 1.5},
        {"leech_threshold": -1},
        {"daily_review_cap": -1},
    ],
)
def test_config_rejects_impossible_settings(changes: dict[str, Any]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        SchedulerConfig(**changes)


@pytest.mark.parametrize(
    "changes", [{"step": -1}, {"reps": -1}, {"lapses": -1}, {"ease": 0.0}, {"interval_days": -1.0}]
)
def test_card_state_rejects_impossible_values(changes: dict[str, Any]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        dataclasses.replace(CardState.new(NOW), **changes)
