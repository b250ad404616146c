"""A member's history for charts: answers per local day, and mastery per article and section."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from bot.core.services.knowledge import KnowledgeService
from bot.core.study.progress import Mastery, count_days, history_start, mastery

KOLKATA = zoneinfo.ZoneInfo("Asia/Kolkata")
TODAY = dt.date(2025, 10, 6)


def at(day: int, hour: float, month: int = 10) -> dt.datetime:
    return dt.datetime(2025, month, day, tzinfo=dt.UTC) + dt.timedelta(hours=hour)


def test_days_are_counted_in_the_servers_time_zone_with_every_day_present() -> None:
    answers = [
        (at(6, 2), True),  # 07:30 on 6 Oct in India
        (at(5, 20), False),  # 01:30 on 6 Oct in India, though still 5 Oct in UTC
        (at(5, 18), True),  # 23:30 on 5 Oct in India
        (at(1, 10), True),
        (at(1, 11), False),
    ]
    days = count_days(answers, TODAY, KOLKATA, days=7)
    assert [d.day for d in days] == [TODAY - dt.timedelta(days=n) for n in range(6, -1, -1)]
    by_day = {d.day: (d.answered, d.correct) for d in days}
    assert by_day[TODAY] == (2, 1)
    assert by_day[dt.date(2025, 10, 5)] == (1, 1)
    assert by_day[dt.date(2025, 10, 1)] == (2, 1)
    assert by_day[dt.date(2025, 10, 3)] == (0, 0)
    assert days[-1].accuracy == 0.5
    assert days[-4].accuracy is None  # a day without answers has no accuracy, not 0%


def test_answers_outside_the_window_are_left_out() -> None:
    answers = [(at(6, 2), True), (at(29, 12, month=9), True), (at(30, 12, month=9), False)]
    days = count_days(answers, TODAY, KOLKATA, days=7)
    assert days[0].day == dt.date(2025, 9, 30)
    assert sum(d.answered for d in days) == 2
    start = history_start(TODAY, KOLKATA, days=7)
    assert start == dt.datetime(2025, 9, 29, 18, 30, tzinfo=dt.UTC)  # midnight of 30 Sep in India


def test_mastery_counts_facts_whose_latest_answer_was_right(two_articles: KnowledgeService) -> None:
    base = two_articles.base
    japan = "india-japan-partnership"
    facts = base.facts_of(japan)
    pillars = [sf for sf in facts if sf.section.id == "pillars"]
    latest = {pillars[0].fact.id: True, pillars[1].fact.id: True, pillars[2].fact.id: False, "gone_fact": True}
    articles, sections = mastery(base, latest)
    assert [m.article_id for m in articles] == [s.id for s in base.sources]  # every article, in order
    first = next(m for m in articles if m.article_id == japan)
    assert (first.facts, first.answered, first.mastered) == (len(facts), 3, 2)
    assert first.share == 2 / len(facts)
    other = next(m for m in articles if m.article_id != japan)
    assert (other.answered, other.mastered, other.share) == (0, 0, 0.0)
    # Sections only of the articles the member answered in, in the base's order.
    assert {m.article_id for m in sections} == {japan}
    assert [m.section_id for m in sections] == [s.id for src, s in base.sections if src.id == japan]
    row = next(m for m in sections if m.section_id == "pillars")
    assert (row.title, row.facts, row.answered, row.mastered) == (
        "Pillars of India-Japan Relations",
        len(pillars),
        3,
        2,
    )
    assert all(m.mastered == 0 for m in sections if m.section_id != "pillars")


def test_no_answers_means_no_sections_and_zero_mastery(shipped: KnowledgeService) -> None:
    articles, sections = mastery(shipped.base, {})
    assert sections == ()
    assert [m.share for m in articles] == [0.0]
    assert Mastery("a", "s", "Empty", 0, 0, 0).share == 0.0
