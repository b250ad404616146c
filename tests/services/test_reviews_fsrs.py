"""Reviews with FSRS: each server's desired retention, grade previews, the review log and fitting parameters."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.app import App
from bot.core.errors import StudyError
from bot.core.services.knowledge import KnowledgeService
from bot.core.study.optimise import (
    MIN_REVIEWS_TO_OPTIMISE,
    LoggedReview,
    OptimiserMissingError,
    fit_parameters,
    fsrs_fitter,
)
from bot.core.study.ports import CardRow, ReviewLogRow
from bot.core.study.review import DEFAULT_PARAMETERS, CardPhase, Grade, card_key
from tests.fakes import FakeClock, FakeStore, sqlite_app

GUILD, OTHER_GUILD, MEMBER = 100, 101, 8
DAY = dt.timedelta(days=1)


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def app(tmp_path: Path, shipped: KnowledgeService, store: FakeStore, clock: FakeClock) -> App:
    return await sqlite_app(tmp_path, shipped, clock, store=store)


def put_review_card(store: FakeStore, clock: FakeClock, fact_id: str = "cepa_year", stability: float = 10.0) -> None:
    """Give MEMBER a card in review, due now, last seen ``stability`` days ago."""
    store.cards_by_user.setdefault(MEMBER, {})[fact_id] = CardRow(
        fact_id, "review", 0, stability, 5.0, clock.now, clock.now - stability * DAY, 3, 0, False
    )


async def test_the_next_card_carries_each_grades_interval(app: App) -> None:
    await app.reviews.add(MEMBER, "cepa_year")
    item = await app.reviews.next(MEMBER)
    assert item is not None
    assert [grade for grade, _interval in item.intervals] == list(Grade)
    assert item.interval(Grade.AGAIN) == dt.timedelta(minutes=1)
    assert item.interval(Grade.GOOD) == dt.timedelta(minutes=10)


async def test_previews_are_what_grading_then_does(app: App, store: FakeStore, clock: FakeClock) -> None:
    put_review_card(store, clock)
    item = await app.reviews.next(MEMBER, GUILD)
    assert item is not None
    card = await app.reviews.grade(MEMBER, "cepa_year", Grade.HARD, GUILD)
    assert card.due - clock.now == item.interval(Grade.HARD)
    assert store.cards_by_user[MEMBER]["cepa_year"].due == card.due


async def test_a_servers_retention_schedules_its_reviews(app: App, store: FakeStore, clock: FakeClock) -> None:
    put_review_card(store, clock)
    config = await app.guilds.set_review_retention(GUILD, 0.8)
    assert config.desired_retention == 0.8
    lenient = await app.reviews.next(MEMBER, GUILD)
    strict_config = await app.guilds.set_review_retention(OTHER_GUILD, 0.95)
    assert strict_config.desired_retention == 0.95
    strict = await app.reviews.next(MEMBER, OTHER_GUILD)
    direct = await app.reviews.next(MEMBER, None)  # a DM: the default, 0.9
    assert lenient
    assert strict
    assert direct
    good = [item.interval(Grade.GOOD) for item in (lenient, direct, strict)]
    assert good[0] > good[1] > good[2]  # type: ignore[operator]
    card = await app.reviews.grade(MEMBER, "cepa_year", Grade.GOOD, OTHER_GUILD)
    assert card.due - clock.now == strict.interval(Grade.GOOD)


@pytest.mark.parametrize("retention", [0.5, 0.69, 0.98, 1.0, float("nan")])
async def test_an_admin_cannot_choose_an_extreme_retention(app: App, retention: float) -> None:
    with pytest.raises(StudyError, match=r"between 0\.7 and 0\.97"):
        await app.guilds.set_review_retention(GUILD, retention)
    assert (await app.guilds.config(GUILD)).desired_retention == 0.9


async def test_the_log_keeps_what_the_optimiser_needs(app: App, store: FakeStore, clock: FakeClock) -> None:
    await app.reviews.add(MEMBER, "cepa_year")
    await app.reviews.grade(MEMBER, "cepa_year", Grade.AGAIN, GUILD, duration_ms=5200)
    clock.advance(minutes=2)
    await app.reviews.grade(MEMBER, "cepa_year", Grade.GOOD)
    first = clock.now - dt.timedelta(minutes=2)
    assert [review for _user, review in store.review_log] == [
        ReviewLogRow(card_key(MEMBER, "cepa_year"), "cepa_year", 1, True, first, GUILD, 5200),
        ReviewLogRow(card_key(MEMBER, "cepa_year"), "cepa_year", 3, False, clock.now, None, None),
    ]


async def test_leeches_stay_out_of_the_queue(app: App, store: FakeStore, clock: FakeClock) -> None:
    put_review_card(store, clock)
    store.cards_by_user[MEMBER]["cepa_year"] = CardRow(
        "cepa_year", "review", 0, 1.0, 9.0, clock.now, clock.now - DAY, 30, 7, False
    )
    card = await app.reviews.grade(MEMBER, "cepa_year", Grade.AGAIN, GUILD)
    assert (card.phase, card.lapses, card.leech) == (CardPhase.RELEARNING, 8, True)
    clock.advance(days=1)
    assert await app.reviews.next(MEMBER) is None


# ---------------------------------------------------------------- fitting parameters
def fitted_weights() -> tuple[float, ...]:
    weights = list(DEFAULT_PARAMETERS)
    weights[8] = 1.5
    return tuple(weights)


class FakeFitter:
    """Stands in for the package's optimiser (which needs PyTorch): records what it was given."""

    def __init__(self, weights: Sequence[float] | None = None) -> None:
        self.weights = tuple(weights or fitted_weights())
        self.calls: list[list[LoggedReview]] = []

    def __call__(self, reviews: Sequence[LoggedReview]) -> Sequence[float]:
        self.calls.append(list(reviews))
        return self.weights


def log_reviews(store: FakeStore, start: dt.datetime, count: int, guild_id: int | None, user: int = MEMBER) -> None:
    """Log ``count`` reviews over 20 cards, one a day each, in ``guild_id``."""
    for index in range(count):
        fact = f"fact_{index % 20}"
        at = start + (index // 20) * DAY
        review = ReviewLogRow(card_key(user, fact), fact, 1 + index % 4, index < 20, at, guild_id, 3000)
        store.review_log.append((user, review))


async def test_optimise_fits_and_stores_a_servers_parameters(app: App, store: FakeStore, clock: FakeClock) -> None:
    log_reviews(store, clock.now - 400 * DAY, MIN_REVIEWS_TO_OPTIMISE, GUILD)
    log_reviews(store, clock.now - 400 * DAY, 40, OTHER_GUILD, user=9)
    fitter = FakeFitter()
    result = await app.reviews.optimise(GUILD, fitter)
    assert result.fitted
    assert result.reviews == MIN_REVIEWS_TO_OPTIMISE
    assert {review.card_id for review in fitter.calls[0]} == {card_key(MEMBER, f"fact_{i}") for i in range(20)}
    assert all(review.duration_ms == 3000 for review in fitter.calls[0])
    assert (await app.guilds.config(GUILD)).fsrs_parameters == fitted_weights()
    assert (await app.guilds.config(OTHER_GUILD)).fsrs_parameters == ()
    # The guild's reviews now use its own weights.
    assert (await app.reviews.scheduler_for(GUILD)).parameters == fitted_weights()
    assert (await app.reviews.scheduler_for(None)).parameters == DEFAULT_PARAMETERS


async def test_a_cards_whole_history_is_fitted_even_if_it_began_elsewhere(
    app: App, store: FakeStore, clock: FakeClock
) -> None:
    log_reviews(store, clock.now - 400 * DAY, MIN_REVIEWS_TO_OPTIMISE - 20, None)  # DMs first
    log_reviews(store, clock.now - 10 * DAY, 20, GUILD)  # then every card once in the guild
    fitter = FakeFitter()
    result = await app.reviews.optimise(GUILD, fitter)
    assert result.reviews == MIN_REVIEWS_TO_OPTIMISE
    times = [review.reviewed_at for review in fitter.calls[0]]
    assert times == sorted(times)


async def test_too_few_reviews_are_not_fitted(app: App, store: FakeStore, clock: FakeClock) -> None:
    log_reviews(store, clock.now - 100 * DAY, MIN_REVIEWS_TO_OPTIMISE - 1, GUILD)
    fitter = FakeFitter()
    result = await app.reviews.optimise(GUILD, fitter)
    assert (result.fitted, result.reviews) == (False, MIN_REVIEWS_TO_OPTIMISE - 1)
    assert fitter.calls == []
    assert (await app.guilds.config(GUILD)).fsrs_parameters == ()


async def test_the_optimisers_default_answer_is_not_stored(app: App, store: FakeStore, clock: FakeClock) -> None:
    log_reviews(store, clock.now - 400 * DAY, MIN_REVIEWS_TO_OPTIMISE, GUILD)
    result = await app.reviews.optimise(GUILD, FakeFitter(DEFAULT_PARAMETERS))
    assert not result.fitted
    assert (await app.guilds.config(GUILD)).fsrs_parameters == ()


def test_weights_out_of_bounds_are_refused() -> None:
    reviews = [LoggedReview(1, Grade.GOOD, dt.datetime(2025, 1, 1, tzinfo=dt.UTC))] * MIN_REVIEWS_TO_OPTIMISE
    with pytest.raises(ValueError, match="out of bounds"):
        fit_parameters(reviews, FakeFitter((*DEFAULT_PARAMETERS[:-1], 9.0)))
    with pytest.raises(ValueError, match="Expected 21"):
        fit_parameters(reviews, FakeFitter((1.0, 2.0)))


@pytest.mark.skipif(importlib.util.find_spec("torch") is not None, reason="the optimiser's extras are installed")
def test_without_torch_the_optimiser_is_missing() -> None:
    with pytest.raises(OptimiserMissingError, match=r"pip install \"fsrs\[optimizer\]\""):
        fsrs_fitter()


async def test_unusable_stored_settings_fall_back_to_the_defaults(
    app: App, store: FakeStore, caplog: pytest.LogCaptureFixture
) -> None:
    # Only a hand-edited database holds these: the services refuse to store them.
    await store.update_guild(GUILD, "UTC", dt.datetime(2025, 1, 1, tzinfo=dt.UTC), fsrs_parameters=(1.0, 2.0))
    assert (await app.reviews.scheduler_for(GUILD)).parameters == DEFAULT_PARAMETERS
    assert "unusable review settings" in caplog.text
