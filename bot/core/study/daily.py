"""The daily quiz: when it is due in a guild's time zone, and which questions it asks."""

from __future__ import annotations

import datetime as dt
import random
import re
import zoneinfo
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.core.errors import DailyScheduleError
from bot.core.study.question import Question, QuestionKind

MIN_DAILY_QUESTIONS = 1
MAX_DAILY_QUESTIONS = 5
_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_time(text: str) -> dt.time:
    """Parse a time written as HH:MM (24-hour clock)."""
    match = _HHMM.match(text.strip())
    if not match:
        raise DailyScheduleError(f"{text!r} is not a time; write it as HH:MM, e.g. 09:30 or 21:00")
    return dt.time(int(match.group(1)), int(match.group(2)))


def parse_timezone(name: str) -> zoneinfo.ZoneInfo:
    """Return the IANA time zone ``name`` (e.g. Asia/Kolkata)."""
    try:
        return zoneinfo.ZoneInfo(name.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise DailyScheduleError(f"{name!r} is not a time zone; use a name such as Asia/Kolkata") from exc


def check_question_count(count: int) -> int:
    """Check the number of daily questions is within the allowed range."""
    if not MIN_DAILY_QUESTIONS <= count <= MAX_DAILY_QUESTIONS:
        raise DailyScheduleError(f"a daily quiz has {MIN_DAILY_QUESTIONS} to {MAX_DAILY_QUESTIONS} questions")
    return count


def local_day(now: dt.datetime, timezone: str) -> dt.date:
    """Return the calendar day it is in ``timezone`` at ``now``."""
    return now.astimezone(parse_timezone(timezone)).date()


def post_time(day: dt.date, at: str, timezone: str) -> dt.datetime:
    """Return the moment (UTC) the daily quiz of ``day`` is due."""
    local = dt.datetime.combine(day, parse_time(at), tzinfo=parse_timezone(timezone))
    return local.astimezone(dt.UTC)


def is_due(now: dt.datetime, at: str, timezone: str) -> bool:
    """Tell whether today's daily quiz is due (its local time has come)."""
    return now >= post_time(local_day(now, timezone), at, timezone)


@dataclass(frozen=True)
class FactRecord:
    """How a guild has done on one fact so far."""

    answered: int
    correct: int

    @property
    def accuracy(self) -> float:
        """Return the share answered correctly (0 when never answered)."""
        return self.correct / self.answered if self.answered else 0.0


def select_daily(
    pool: Sequence[Question],
    guild_id: int,
    day: dt.date,
    count: int,
    used_fact_ids: Sequence[str],
    records: Mapping[str, FactRecord],
) -> list[Question]:
    """Pick the day's questions: deterministic per guild and day, no fact repeated until all are used,
    facts the group has never seen or answered worst first."""
    choices = [q for q in pool if q.kind is QuestionKind.CHOICE]
    rng = random.Random(f"daily:{guild_id}:{day.isoformat()}")
    by_fact: dict[str, list[Question]] = {}
    for question in choices:
        by_fact.setdefault(question.fact_id, []).append(question)
    fact_ids = sorted(by_fact)
    used = set(used_fact_ids)
    fresh = [f for f in fact_ids if f not in used]
    if len(fresh) < count:
        # The pool is exhausted: a new cycle starts, still avoiding what is left of the old one first.
        fresh = fresh + [f for f in fact_ids if f in used]
    tie_breaks = {fact_id: rng.random() for fact_id in fact_ids}

    def weakness(fact_id: str) -> tuple[int, float, float]:
        record = records.get(fact_id)
        seen = 1 if record and record.answered else 0
        return (seen, record.accuracy if record else 0.0, tie_breaks[fact_id])

    ordered = sorted(fresh, key=weakness)
    picked = ordered[:count]
    return [rng.choice(sorted(by_fact[fact_id], key=lambda q: q.id)) for fact_id in picked]
