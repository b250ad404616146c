"""Fit a server's own FSRS parameters to its review log, with the fsrs package's optimiser when it is installed.

The optimiser needs PyTorch (``pip install "fsrs[optimizer]"``), so it is looked up only when asked for, and a
fitter is any function from logged reviews to 21 weights: tests hand in their own, the bot the package's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import fsrs

from bot.core.study.review import DEFAULT_PARAMETERS, Grade, check_parameters

#: The package's optimiser keeps the default weights below this many reviews a day or more apart (its batch
#: size), so fewer logged reviews than this are not worth fitting.
MIN_REVIEWS_TO_OPTIMISE = 512
#: At most this many logged reviews are read for one fit (the optimiser reads each card's first 64).
MAX_REVIEWS_TO_OPTIMISE = 500_000


@dataclass(frozen=True)
class LoggedReview:
    """One logged review, as FSRS's optimiser reads it: which card, the grade, when, and how long it took."""

    card_id: int
    grade: Grade
    reviewed_at: datetime
    duration_ms: int | None = None


#: Fits FSRS weights to logged reviews (blocking and CPU-heavy: run it off the event loop).
ParameterFitter = Callable[[Sequence[LoggedReview]], Sequence[float]]


class OptimiserMissingError(RuntimeError):
    """The fsrs package's optimiser is not installed (it needs PyTorch)."""

    def __init__(self) -> None:
        super().__init__('the FSRS optimiser is not installed; install it with: pip install "fsrs[optimizer]"')


def fsrs_fitter() -> ParameterFitter:
    """Return a fitter over the fsrs package's optimiser; raise OptimiserMissingError when it is not installed."""
    try:
        from fsrs.optimizer import Optimizer
    except ImportError as exc:  # pragma: no cover - the module itself always imports; its extras may not
        raise OptimiserMissingError from exc
    # Without its extras (torch, pandas, tqdm) the package defines a stand-in that fails when built.
    if not hasattr(Optimizer, "compute_optimal_parameters"):
        raise OptimiserMissingError

    def fit(reviews: Sequence[LoggedReview]) -> Sequence[float]:
        logs = [
            fsrs.ReviewLog(
                card_id=review.card_id,
                rating=fsrs.Rating(review.grade.value),
                review_datetime=review.reviewed_at.astimezone(UTC),
                review_duration=review.duration_ms,
            )
            for review in reviews
        ]
        return list(Optimizer(logs).compute_optimal_parameters())

    return fit


def fit_parameters(reviews: Sequence[LoggedReview], fitter: ParameterFitter) -> tuple[float, ...] | None:
    """Return weights fitted to ``reviews``, or None when there are too few reviews to learn anything from.

    The fitter's answer is checked (21 weights within FSRS's bounds); the package's own "too few" answer, its
    default weights, is also None.
    """
    if len(reviews) < MIN_REVIEWS_TO_OPTIMISE:
        return None
    parameters = tuple(float(w) for w in fitter(reviews))
    check_parameters(parameters)
    return None if parameters == DEFAULT_PARAMETERS else parameters
