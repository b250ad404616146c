"""Two things asked one after the other, one by its year and one by its name, are compared (red team, session 48).

"2015 pacts?", then "SSGP upgrade?", then "which came first?" got "did you mean": the two were kept for a comparison
only when both were named, or both told apart by their years.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


def test_a_thing_by_its_year_and_one_by_its_name_are_compared(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "2015 pacts?", "SSGP upgrade?", "which came first?")
    assert isinstance(outcome, Answer), outcome
    assert {m.fact.fact.id for m in outcome.matches} >= {"pacts_2015", "ssgp_2014"}
    assert "SSGP (2014) came before" in outcome.note


def test_two_things_by_their_names_are_still_compared(shipped: KnowledgeService) -> None:
    outcome = last_reply(
        shipped, "when did CEPA come into effect?", "and when was the AAGC set up?", "which came first?"
    )
    assert isinstance(outcome, Answer), outcome
    assert "CEPA (2011) came before" in outcome.note


def test_a_year_of_a_verb_alone_is_no_thing_to_compare(shipped: KnowledgeService) -> None:
    # "what happened in 2017?" names no thing by its year: "which one came later?" is not of it and CEPA.
    outcome = last_reply(shipped, "what happened in 2017?", "CEPA?", "which one came later?")
    assert not (isinstance(outcome, Answer) and outcome.note.startswith("Of the two"))


@pytest.mark.parametrize("second", ["what was launched in 2021?", "2021 में क्या लॉन्च हुआ?"])
def test_what_a_year_saw_is_a_question_of_its_own(shipped: KnowledgeService, second: str) -> None:
    outcome = last_reply(shipped, "SSGP?", second)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "ijicp_year"
