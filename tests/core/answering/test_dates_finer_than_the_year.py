"""A claimed month or day is borne out only by a fact that gives one; a day written "4" is the material's "04".

"cepa came into effect in august 2011?" was answered with the fact that gives the year alone, as if it confirmed the
month; "article was posted on 4 oct 2025 right?" was "corrected" with "posted on 04 Oct 2025". A month beside a year
now asks for the day or month (a fact giving only the year is a partial answer), and a two-digit day with a leading
zero is read as the same figure as without it.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.language.text import tokenize
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "claim",
    [
        "cepa came into effect in august 2011?",
        "in march 2014 ties were upgraded to ssgp",
        "aagc was established on 15 may 2017",
        "in december 2015 pacts were signed on defence equipment right?",
    ],
)
def test_a_month_the_fact_does_not_give_is_a_partial_answer(shipped: KnowledgeService, claim: str) -> None:
    outcome = shipped.matcher.ask(claim)
    assert isinstance(outcome, Partial)
    assert "month" in outcome.missing


def test_the_day_is_part_of_the_date_not_a_figure(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("aagc was established on 15 may 2017")
    assert isinstance(outcome, Partial)
    assert outcome.missing == "the day or month"


@pytest.mark.parametrize(
    "claim",
    [
        "article was posted on 4 oct 2025 right?",
        "article 4 oct 2025 ko post hua tha na?",
        "the article was updated on 8 october 2025?",
    ],
)
def test_a_day_without_its_leading_zero_is_confirmed(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(shipped.matcher.ask(claim), Answer)


@pytest.mark.parametrize(
    "claim",
    [
        "posted on 5 oct 2025?",
        "the article was updated on 4 oct 2025?",
        "the article was posted on 08 october 2025, right?",
        "cepa came into effect in august 2012?",
        "was cepa signed in may 2010?",
    ],
)
def test_another_day_or_year_is_still_corrected(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(shipped.matcher.ask(claim), Correction)


@pytest.mark.parametrize(
    "question",
    [
        "what did india and japan agree in may?",
        "will trade march past 30 bn?",
        # Review, session 39: a month word after the year is the modal "may", no month of a date.
        "aagc was set up in 2017, may i know more about it?",
        "cepa came into effect in 2011 may be",
    ],
)
def test_a_month_word_not_before_a_year_asks_no_month(shipped: KnowledgeService, question: str) -> None:
    assert "month" not in shipped.matcher.read(question).attributes


@pytest.mark.parametrize(
    ("claim", "note"),
    [
        # Review, session 39: the day denied is read in the fact as written there ("04").
        ("the article was not posted on 8 oct right?", "Right, not 8: the material gives 4."),
        ("the article was not updated on 4 oct right?", "Right, not 4: the material gives 8."),
        ("the article wasn't posted on 8 oct, when was it posted?", "Right, not 8: the material gives 4."),
    ],
)
def test_a_true_denial_of_a_day_is_confirmed(shipped: KnowledgeService, claim: str, note: str) -> None:
    outcome = shipped.matcher.ask(claim)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == note


def test_only_a_leading_zero_is_dropped() -> None:
    assert tokenize("posted 04 oct, 2011, 10 and 0") == ["posted", "4", "oct", "2011", "10", "and", "0"]
