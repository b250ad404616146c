"""Spaced review: FSRS scheduling (through the fsrs package), leeches, due cards within daily caps, interval wording."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import fsrs
import pytest

from bot.core.study.review import (
    DEFAULT_CONFIG,
    DEFAULT_PARAMETERS,
    CardPhase,
    CardState,
    Grade,
    SchedulerConfig,
    card_key,
    check_retention,
    describe_interval,
    due_cards,
    grade_label,
    next_intervals,
    preview,
    review_duration_ms,
    schedule,
    short_interval,
)

NOW = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)
DAY = timedelta(days=1)


def review_card(
    stability: float = 10.0,
    difficulty: float = 5.0,
    due: datetime = NOW,
    lapses: int = 0,
    leech: bool = False,
    interval: float | None = None,
) -> CardState:
    """Return a card in review, last reviewed ``interval`` (default: ``stability``) days before it is due."""
    last = due - (stability if interval is None else interval) * DAY
    return CardState(CardPhase.REVIEW, 0, stability, difficulty, due, last, 5, lapses, leech)


def card_in(phase: CardPhase, due: datetime, leech: bool = False) -> CardState:
    if phase is CardPhase.NEW:
        return CardState(phase, 0, None, None, due, None, 0, 0, leech)
    return CardState(phase, 0, 3.0, 5.0, due, due - 3 * DAY, 1, 0, leech)


def days(card: CardState, since: datetime) -> float:
    return (card.due - since) / DAY


# --- learning steps ---------------------------------------------------------------------------------------


def test_new_card_is_due_now_without_a_memory_state() -> None:
    card = CardState.new(NOW)
    assert card == CardState(CardPhase.NEW, 0, None, None, NOW, None, 0, 0, False)
    assert card.interval_days == 0.0


def test_new_card_walks_the_one_and_ten_minute_steps_then_graduates_to_whole_days() -> None:
    first = schedule(CardState.new(NOW), Grade.AGAIN, NOW)
    assert (first.phase, first.step, first.due, first.last_review) == (CardPhase.LEARNING, 0, NOW + MINUTE, NOW)
    assert first.stability is not None
    assert first.difficulty is not None

    later = first.due
    second = schedule(first, Grade.GOOD, later)
    assert (second.phase, second.step, second.due) == (CardPhase.LEARNING, 1, later + 10 * MINUTE)

    later = second.due
    graduated = schedule(second, Grade.GOOD, later)
    assert graduated.phase is CardPhase.REVIEW
    assert graduated.due - later >= DAY
    assert (graduated.due - later) % DAY == timedelta(0)  # FSRS schedules whole days
    assert graduated.reps == 3


@pytest.mark.parametrize(
    ("grade", "delay"),
    [
        (Grade.AGAIN, MINUTE),
        (Grade.HARD, timedelta(minutes=5, seconds=30)),  # the average of the 1 and 10 minute steps
        (Grade.GOOD, 10 * MINUTE),
    ],
)
def test_new_card_learning_delays_are_ankis(grade: Grade, delay: timedelta) -> None:
    card = schedule(CardState.new(NOW), grade, NOW)
    assert card.phase is CardPhase.LEARNING
    assert card.due == NOW + delay


def test_easy_graduates_a_new_card_at_once_with_fsrs_first_interval() -> None:
    easy = schedule(CardState.new(NOW), Grade.EASY, NOW)
    assert (easy.phase, easy.step) == (CardPhase.REVIEW, 0)
    # FSRS-6's initial stability for EASY (w3 = 8.2956 days) is the interval at 90% retention.
    assert easy.due == NOW + 8 * DAY
    assert easy.stability == pytest.approx(DEFAULT_PARAMETERS[3])


def test_again_sends_a_learning_card_back_to_the_first_step() -> None:
    on_second_step = schedule(CardState.new(NOW), Grade.GOOD, NOW)
    again = schedule(on_second_step, Grade.AGAIN, on_second_step.due)
    assert (again.phase, again.step, again.due) == (CardPhase.LEARNING, 0, on_second_step.due + MINUTE)


def test_without_learning_steps_a_new_card_graduates_at_once() -> None:
    config = SchedulerConfig(learning_steps=())
    for grade in Grade:
        card = schedule(CardState.new(NOW), grade, NOW, config)
        assert card.phase is CardPhase.REVIEW
        assert card.due >= NOW + DAY


def test_a_learning_card_converted_from_sm2_without_memory_starts_afresh() -> None:
    # Migration 0004 leaves a card still in SM-2's learning steps without FSRS memory.
    converted = CardState(CardPhase.LEARNING, 1, None, None, NOW, NOW - 10 * MINUTE, 1, 0, False)
    card = schedule(converted, Grade.GOOD, NOW)
    assert card.phase is CardPhase.REVIEW  # the last step graduates it
    assert card.stability == pytest.approx(DEFAULT_PARAMETERS[2])  # FSRS's initial stability for GOOD


# --- review cards -----------------------------------------------------------------------------------------


def test_scheduling_matches_the_fsrs_package_without_fuzz() -> None:
    card = review_card(stability=12.0, difficulty=6.5, due=NOW, interval=12)
    package = fsrs.Scheduler(enable_fuzzing=False)
    reference = fsrs.Card(
        card_id=1, state=fsrs.State.Review, stability=12.0, difficulty=6.5, due=NOW, last_review=NOW - 12 * DAY
    )
    for grade in Grade:
        ours = schedule(card, grade, NOW)
        theirs, _log = package.review_card(reference, fsrs.Rating(grade.value), review_datetime=NOW)
        assert (ours.due, ours.stability, ours.difficulty) == (theirs.due, theirs.stability, theirs.difficulty)


def test_a_review_on_time_at_90_percent_follows_stability() -> None:
    good = schedule(review_card(stability=10.0), Grade.GOOD, NOW)
    assert good.phase is CardPhase.REVIEW
    assert good.stability is not None
    assert good.stability > 10
    assert days(good, NOW) == round(good.stability)  # at 90% retention the interval is the stability


@pytest.mark.parametrize("difficulty", [1.0, 5.0, 10.0])
@pytest.mark.parametrize("stability", [0.5, 3.0, 40.0, 400.0])
def test_harder_grades_never_give_longer_intervals(stability: float, difficulty: float) -> None:
    intervals = next_intervals(review_card(stability, difficulty), NOW)
    assert intervals[Grade.AGAIN] == 10 * MINUTE  # a lapse relearns
    assert DAY <= intervals[Grade.HARD] <= intervals[Grade.GOOD] <= intervals[Grade.EASY]


def test_a_higher_desired_retention_brings_cards_back_sooner() -> None:
    card = review_card(stability=10.0)
    goods = [
        next_intervals(card, NOW, SchedulerConfig(desired_retention=retention))[Grade.GOOD]
        for retention in (0.7, 0.8, 0.9, 0.97)
    ]
    assert goods == sorted(goods, reverse=True)
    assert goods[0] > goods[-1]


def test_fitted_parameters_change_the_schedule() -> None:
    weights = list(DEFAULT_PARAMETERS)
    weights[8] = 1.2  # slower stability growth on recall
    slower = SchedulerConfig(parameters=tuple(weights))
    card = review_card(stability=10.0)
    assert schedule(card, Grade.GOOD, NOW, slower).due < schedule(card, Grade.GOOD, NOW).due


def test_grading_is_deterministic() -> None:
    card = review_card(stability=30.0, difficulty=4.0)
    assert {schedule(card, Grade.GOOD, NOW) for _ in range(20)} == {schedule(card, Grade.GOOD, NOW)}


@pytest.mark.parametrize("grade", [Grade.HARD, Grade.GOOD, Grade.EASY])
def test_the_maximum_interval_caps_every_answer(grade: Grade) -> None:
    config = SchedulerConfig(maximum_interval_days=100)
    card = schedule(review_card(stability=90.0), grade, NOW, config)
    assert card.due <= NOW + 100 * DAY


def test_intervals_grow_under_repeated_good_until_the_cap() -> None:
    card = schedule(schedule(CardState.new(NOW), Grade.GOOD, NOW), Grade.GOOD, NOW + 10 * MINUTE)
    intervals = [card.interval_days]
    for _ in range(25):
        card = schedule(card, Grade.GOOD, card.due)
        intervals.append(card.interval_days)
    assert intervals == sorted(intervals)
    assert intervals[-1] == DEFAULT_CONFIG.maximum_interval_days
    assert card.reps == 27


def test_preview_gives_each_grade_without_changing_the_card() -> None:
    card = review_card(stability=10.0)
    before = dataclasses.replace(card)
    shown = preview(card, NOW)
    assert card == before
    assert shown == {grade: schedule(card, grade, NOW) for grade in Grade}
    assert next_intervals(card, NOW) == {grade: state.due - NOW for grade, state in shown.items()}


def test_an_early_review_counts_the_time_elapsed() -> None:
    early = schedule(review_card(stability=10.0, due=NOW + 5 * DAY), Grade.GOOD, NOW)
    on_time = schedule(review_card(stability=10.0, due=NOW), Grade.GOOD, NOW)
    assert early.stability is not None
    assert on_time.stability is not None
    assert early.stability < on_time.stability


# --- lapses, relearning and leeches -----------------------------------------------------------------------


def test_a_lapse_counts_and_relearns() -> None:
    lapsed = schedule(review_card(stability=30.0, lapses=2), Grade.AGAIN, NOW)
    assert lapsed.phase is CardPhase.RELEARNING
    assert (lapsed.step, lapsed.due) == (0, NOW + 10 * MINUTE)
    assert lapsed.lapses == 3
    assert lapsed.stability is not None
    assert lapsed.stability < 30
    assert not lapsed.leech


@pytest.mark.parametrize(
    ("grade", "phase", "due_after"),
    [
        (Grade.AGAIN, CardPhase.RELEARNING, 10 * MINUTE),
        (Grade.HARD, CardPhase.RELEARNING, 15 * MINUTE),  # a single step: half as long again
        (Grade.GOOD, CardPhase.REVIEW, DAY),
        (Grade.EASY, CardPhase.REVIEW, 2 * DAY),
    ],
)
def test_relearning_answers(grade: Grade, phase: CardPhase, due_after: timedelta) -> None:
    lapsed = schedule(review_card(stability=10.0), Grade.AGAIN, NOW)
    later = lapsed.due
    card = schedule(lapsed, grade, later)
    assert (card.phase, card.due) == (phase, later + due_after)
    assert card.lapses == 1  # only a review card can lapse


def _lapse_times(card: CardState, times: int, config: SchedulerConfig = DEFAULT_CONFIG) -> CardState:
    for _ in range(times):
        card = schedule(card, Grade.AGAIN, card.due, config)
        card = schedule(card, Grade.GOOD, card.due, config)
    return card


def test_the_eighth_lapse_flags_a_leech_and_it_stays_flagged() -> None:
    card = _lapse_times(review_card(stability=10.0), 7)
    assert (card.lapses, card.leech) == (7, False)
    card = schedule(card, Grade.AGAIN, card.due)
    assert (card.lapses, card.leech) == (8, True)
    for grade in (Grade.GOOD, Grade.EASY, Grade.GOOD):
        card = schedule(card, grade, card.due)
    assert card.leech
    assert _lapse_times(card, 3).leech


def test_again_on_a_learning_card_is_no_lapse() -> None:
    card = schedule(schedule(CardState.new(NOW), Grade.AGAIN, NOW), Grade.AGAIN, NOW + MINUTE)
    assert card.lapses == 0


def test_a_leech_threshold_of_zero_never_flags() -> None:
    config = SchedulerConfig(leech_threshold=0)
    assert not _lapse_times(review_card(stability=10.0), 12, config).leech


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
    [(Grade.AGAIN, "in 1 min"), (Grade.HARD, "in 6 min"), (Grade.GOOD, "in 10 min"), (Grade.EASY, "in 8 days")],
)
def test_describe_interval_after_answering_a_new_card(grade: Grade, text: str) -> None:
    assert describe_interval(schedule(CardState.new(NOW), grade, NOW), NOW) == text


# --- button labels, card ids and durations ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (timedelta(seconds=20), "<1m"),
        (MINUTE, "1m"),
        (timedelta(minutes=5, seconds=30), "6m"),
        (10 * MINUTE, "10m"),
        (timedelta(hours=3), "3h"),
        (DAY, "1d"),
        (3 * DAY, "3d"),
        (29 * DAY, "29d"),
        (32 * DAY, "1.1mo"),
        (90 * DAY, "3mo"),
        (365 * DAY, "1y"),
        (550 * DAY, "1.5y"),
    ],
)
def test_short_interval_as_on_ankis_buttons(interval: timedelta, text: str) -> None:
    assert short_interval(interval) == text


def test_grade_labels_show_the_next_interval() -> None:
    intervals = next_intervals(CardState.new(NOW), NOW)
    labels = [grade_label(grade, intervals[grade]) for grade in Grade]
    assert labels == ["Again \u00b7 1m", "Hard \u00b7 6m", "Good \u00b7 10m", "Easy \u00b7 8d"]
    assert grade_label(Grade.GOOD, None) == "Good"


def test_card_key_is_stable_positive_and_distinct() -> None:
    assert card_key(1, "cepa_year") == 1326337328059078012  # never changes: the review log stores it
    keys = {card_key(user, fact) for user in range(50) for fact in ("cepa_year", "aagc_year", "x")}
    assert len(keys) == 150
    assert all(0 < key < 2**62 for key in keys)


def test_review_duration_is_capped_like_ankis() -> None:
    assert review_duration_ms(None, NOW) is None
    assert review_duration_ms(NOW - timedelta(seconds=7.5), NOW) == 7500
    assert review_duration_ms(NOW - timedelta(minutes=5), NOW) == 60_000
    assert review_duration_ms(NOW + timedelta(seconds=1), NOW) == 0


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


def test_times_in_other_zones_are_scheduled_in_utc() -> None:
    india = timezone(timedelta(hours=5, minutes=30))
    card = schedule(review_card(stability=10.0), Grade.GOOD, NOW.astimezone(india))
    assert card == schedule(review_card(stability=10.0), Grade.GOOD, NOW)


def test_states_and_config_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        CardState.new(NOW).stability = 3.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_CONFIG.daily_new_cap = 5  # type: ignore[misc]


def test_default_config_is_fsrs_with_ankis_steps() -> None:
    assert DEFAULT_CONFIG.desired_retention == 0.9
    assert DEFAULT_CONFIG.parameters == tuple(fsrs.scheduler.DEFAULT_PARAMETERS)
    assert DEFAULT_CONFIG.learning_steps == (MINUTE, 10 * MINUTE)
    assert DEFAULT_CONFIG.relearning_steps == (10 * MINUTE,)
    assert DEFAULT_CONFIG.maximum_interval_days == 36500
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
        {"maximum_interval_days": 0},
        {"desired_retention": 1.0},
        {"desired_retention": 0.0},
        {"parameters": (1.0, 2.0)},
        {"parameters": (*DEFAULT_PARAMETERS[:-1], 5.0)},  # the decay out of bounds
        {"parameters": (float("nan"), *DEFAULT_PARAMETERS[1:])},
        {"leech_threshold": -1},
        {"daily_review_cap": -1},
    ],
)
def test_config_rejects_impossible_settings(changes: dict[str, Any]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        SchedulerConfig(**changes)


@pytest.mark.parametrize("retention", [0.69, 0.98, float("nan"), float("inf")])
def test_a_server_may_not_choose_an_extreme_retention(retention: float) -> None:
    with pytest.raises(ValueError, match=r"between 0\.7 and 0\.97"):
        check_retention(retention)


@pytest.mark.parametrize("retention", [0.7, 0.85, 0.97])
def test_a_server_may_choose_a_retention_within_bounds(retention: float) -> None:
    assert check_retention(retention) == retention


@pytest.mark.parametrize(
    "changes",
    [
        {"step": -1},
        {"reps": -1},
        {"lapses": -1},
        {"stability": 0.0},
        {"difficulty": 11.0},
        {"phase": CardPhase.REVIEW},  # a card in review needs a memory state
        {"last_review": datetime(2025, 1, 1)},
    ],
)
def test_card_state_rejects_impossible_values(changes: dict[str, Any]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        dataclasses.replace(CardState.new(NOW), **changes)
