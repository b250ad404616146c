"""Leaderboards, member statistics and daily streaks, computed from stored answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

#: Members need this many answers to appear on the accuracy leaderboard.
MIN_ANSWERS_FOR_ACCURACY = 10
PAGE_SIZE = 10


class Period(Enum):
    """Which answers a leaderboard counts."""

    WEEKLY = "weekly"
    ALL_TIME = "all-time"


class RankBy(Enum):
    """What a leaderboard ranks members by."""

    POINTS = "points"
    ACCURACY = "accuracy"


@dataclass(frozen=True)
class Tally:
    """One member's totals."""

    user_id: int
    points: int
    correct: int
    answered: int

    @property
    def accuracy(self) -> float:
        """Return the share of answers that were right."""
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class Ranked:
    """A tally with its rank (ties share a rank)."""

    rank: int
    tally: Tally


@dataclass(frozen=True)
class LeaderboardPage:
    """One page of a leaderboard, plus the asking member's own line."""

    period: Period
    by: RankBy
    entries: tuple[Ranked, ...]
    page: int
    pages: int
    me: Ranked | None
    min_answers: int


def rank_tallies(tallies: Iterable[Tally], by: RankBy, min_answers: int = MIN_ANSWERS_FOR_ACCURACY) -> list[Ranked]:
    """Order tallies for a leaderboard; ties share a rank (1, 2, 2, 4)."""
    pool = [t for t in tallies if t.answered > 0]
    if by is RankBy.ACCURACY:
        pool = [t for t in pool if t.answered >= min_answers]

        def key(t: Tally) -> tuple[float, ...]:
            return (-t.accuracy, -t.answered, t.user_id)

        def score(t: Tally) -> tuple[float, ...]:
            return (t.accuracy,)
    else:

        def key(t: Tally) -> tuple[float, ...]:
            return (-t.points, -t.correct, t.user_id)

        def score(t: Tally) -> tuple[float, ...]:
            return (t.points, t.correct)

    ranked: list[Ranked] = []
    for position, tally in enumerate(sorted(pool, key=key), start=1):
        same = ranked and score(ranked[-1].tally) == score(tally)
        ranked.append(Ranked(ranked[-1].rank if same else position, tally))
    return ranked


def paginate(
    ranked: Sequence[Ranked], period: Period, by: RankBy, page: int, user_id: int | None, page_size: int = PAGE_SIZE
) -> LeaderboardPage:
    """Cut one page out of a ranked list (pages count from 1) and find the member's own line."""
    pages = max(1, -(-len(ranked) // page_size))
    page = min(max(page, 1), pages)
    start = (page - 1) * page_size
    me = next((r for r in ranked if r.tally.user_id == user_id), None)
    return LeaderboardPage(
        period, by, tuple(ranked[start : start + page_size]), page, pages, me, MIN_ANSWERS_FOR_ACCURACY
    )


def week_start(now: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """Return the start (Monday 00:00 local, as UTC) of the week containing ``now``."""
    local = now.astimezone(tz)
    monday = (local - dt.timedelta(days=local.weekday())).date()
    return dt.datetime.combine(monday, dt.time(), tzinfo=tz).astimezone(dt.UTC)


@dataclass(frozen=True)
class Streaks:
    """Consecutive days with at least one daily-quiz answer."""

    current: int
    best: int


def streaks(days: Iterable[dt.date], today: dt.date) -> Streaks:
    """Compute the current streak (ending today or yesterday) and the best one."""
    ordered = sorted(set(days))
    best = run = 0
    previous: dt.date | None = None
    for day in ordered:
        run = run + 1 if previous is not None and (day - previous).days == 1 else 1
        best = max(best, run)
        previous = day
    current = 0
    if ordered and (today - ordered[-1]).days <= 1:
        current = 1
        for earlier, later in zip(reversed(ordered[:-1]), reversed(ordered), strict=False):
            if (later - earlier).days != 1:
                break
            current += 1
    return Streaks(current, best)


@dataclass(frozen=True)
class SectionScore:
    """A member's accuracy on one section."""

    section_id: str
    title: str
    answered: int
    correct: int

    @property
    def accuracy(self) -> float:
        """Return the share answered correctly."""
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class MemberStats:
    """What a member has done in a guild."""

    user_id: int
    tally: Tally
    streaks: Streaks
    weakest: tuple[SectionScore, ...]
    due_reviews: int
