"""Claims put as checks: "in 2015 right?", "is it true that ...", "is it true?" (session 40, red team).

"in 2015 right?" after the SSGP's year was answered with the 2015 pacts (the year alone found them); "is it true that
cepa came in 2011" was read as asking about something called "true" and got "did you mean"; "is it true?" after an
answer was no question at all. A year said as a date ("in 2015") is the bare value a member puts in the answer's
place; "is it true that" opens a statement to check; "is it true?" doubts the answer just given.
"""

from __future__ import annotations

import pytest

from bot.core.answering.matcher import STANDS_NOTE
from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("first", "claim", "key"),
    [
        ("when was the SSGP upgrade", "in 2015 right?", "2014"),
        ("when did cepa come into effect", "in 2012 na?", "2011"),
    ],
)
def test_a_year_said_as_a_date_is_checked_against_the_answer(
    shipped: KnowledgeService, first: str, claim: str, key: str
) -> None:
    outcome = last_reply(shipped, first, claim)
    assert isinstance(outcome, Correction), outcome
    assert key in outcome.related[0].fact.fact.answer


def test_a_year_asked_about_after_an_event_is_still_a_question(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what happened in 2015", "in 2017?")
    assert isinstance(outcome, Answer), outcome
    assert "2017" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("question", "kind", "key"),
    [
        ("is it true that cepa came in 2011", Answer, "2011"),
        ("is it true that cepa came in 2014", Correction, "2011"),
        ("is it correct that aagc was set up in 2017", Answer, "2017"),
    ],
)
def test_is_it_true_that_opens_a_statement_to_check(
    shipped: KnowledgeService, question: str, kind: type, key: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, kind), outcome
    shown = outcome.best.fact.fact.answer if isinstance(outcome, Answer) else outcome.related[0].fact.fact.answer
    assert key in shown


@pytest.mark.parametrize("doubt", ["is it true?", "is that correct?", "is this true"])
def test_is_it_true_doubts_the_answer_just_given(shipped: KnowledgeService, doubt: str) -> None:
    outcome = last_reply(shipped, "cepa year", doubt)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == STANDS_NOTE
    assert "2011" in outcome.best.fact.fact.answer


def test_is_that_correct_with_a_value_corrects_it(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "cepa year", "is that correct? i read 2012")
    assert isinstance(outcome, Correction), outcome
    assert "2011" in outcome.related[0].fact.fact.answer
