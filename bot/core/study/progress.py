"""Leaderboards, member statistics and daily streaks, computed from stored answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from bot.core.knowledge.base import KnowledgeBase

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


#: How many days of answers a member's activity chart covers.
HISTORY_DAYS = 30


@dataclass(frozen=True)
class DayCount:
    """A member's answers on one local calendar day."""

    day: dt.date
    answered: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        """Return the share answered correctly, or None on a day without answers."""
        return self.correct / self.answered if self.answered else None


def history_start(today: dt.date, tz: dt.tzinfo, days: int = HISTORY_DAYS) -> dt.datetime:
    """Return the moment (UTC) the ``days`` local days ending with ``today`` begin."""
    first = today - dt.timedelta(days=days - 1)
    return dt.datetime.combine(first, dt.time(), tzinfo=tz).astimezone(dt.UTC)


def count_days(
    answers: Iterable[tuple[dt.datetime, bool]], today: dt.date, tz: dt.tzinfo, days: int = HISTORY_DAYS
) -> tuple[DayCount, ...]:
    """Count answers and right answers per local day over the ``days`` days ending with ``today``, oldest first.

    Every day is present (days without answers count zero); answers outside the window are ignored.
    """
    first = today - dt.timedelta(days=days - 1)
    totals = {first + dt.timedelta(days=offset): [0, 0] for offset in range(days)}
    for at, correct in answers:
        bucket = totals.get(at.astimezone(tz).date())
        if bucket is not None:
            bucket[0] += 1
            bucket[1] += int(correct)
    return tuple(DayCount(day, answered, correct) for day, (answered, correct) in totals.items())


@dataclass(frozen=True)
class Mastery:
    """How much of one section (or one whole article) a member has mastered.

    A fact is *mastered* when the member's most recent answer on it (group or daily quiz, in this server) was
    right; mastery is the share of the section's facts that are mastered. Facts never answered count as not
    mastered, so mastery grows with how much of the material was covered as well as with getting it right, and
    a fact answered wrong after being right drops out until it is answered right again.
    """

    article_id: str
    #: None for an article's overall mastery.
    section_id: str | None
    title: str
    facts: int
    answered: int
    mastered: int

    @property
    def share(self) -> float:
        """Return the share of the facts that are mastered (0 for an empty section)."""
        return self.mastered / self.facts if self.facts else 0.0


def mastery(base: KnowledgeBase, latest: Mapping[str, bool]) -> tuple[tuple[Mastery, ...], tuple[Mastery, ...]]:
    """Return mastery per article (every article) and per section (of the articles the member answered in).

    ``latest`` maps a fact id to whether the member's most recent answer on it was right; facts that are no
    longer in the knowledge base are ignored. Both lists keep the knowledge base's order.
    """
    sections: dict[tuple[str, str], list[int]] = {(src.id, s.id): [0, 0, 0] for src, s in base.sections}
    articles: dict[str, list[int]] = {src.id: [0, 0, 0] for src in base.sources}
    for sourced in base.facts:
        result = latest.get(sourced.fact.id)
        for counts in (sections[(sourced.source.id, sourced.section.id)], articles[sourced.source.id]):
            counts[0] += 1
            counts[1] += result is not None
            counts[2] += bool(result)
    per_article = tuple(Mastery(src.id, None, src.title, *articles[src.id]) for src in base.sources)
    attempted = {m.article_id for m in per_article if m.answered}
    per_section = tuple(
        Mastery(src.id, s.id, s.title, *sections[(src.id, s.id)]) for src, s in base.sections if src.id in attempted
    )
    return per_article, per_section


@dataclass(frozen=True)
class MemberHistory:
    """What a member's progress chart shows: answers per day, and mastery per article and section."""

    user_id: int
    days: tuple[DayCount, ...]
    articles: tuple[Mastery, ...]
    sections: tuple[Mastery, ...]
