"""Three questions in one message, and a list of claims, are read part by part (red team, session 38).

"cepa kab aaya, trade kitna hai aur aagc kab bana?" was split once, at the comma, and the half "trade kitna hai aur
aagc kab bana" then answered as one question: "doesn't give an answer to every part". The half after a split may be
split again (up to ``max_parts``). "cepa 2011, aagc 2015 right?" was offered as "did you mean": a claim after a claim
about another named thing is split too, each checked, and one false part corrects the whole.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


def test_three_questions_in_one_message_are_each_answered(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("cepa kab aaya, trade kitna hai aur aagc kab bana?")
    assert isinstance(outcome, Answer), outcome
    answers = " ".join(m.fact.fact.answer for m in outcome.matches)
    assert all(key in answers for key in ("2011", "22.85", "2017"))


@pytest.mark.parametrize(
    ("claims", "fact_id"),
    [
        ("cepa 2011, aagc 2015 right?", "aagc_year"),
        ("cepa 2011 and aagc 2015 right?", "aagc_year"),
        ("cepa came in 2011 and aagc in 2015 right?", "aagc_year"),
        ("cepa 2014, aagc 2017 right?", "cepa_year"),
    ],
)
def test_one_false_claim_of_a_list_is_corrected(shipped: KnowledgeService, claims: str, fact_id: str) -> None:
    outcome = shipped.matcher.ask(claims)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == fact_id


def test_a_list_of_true_claims_is_confirmed_part_by_part(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("cepa 2011, aagc 2017 right?")
    assert isinstance(outcome, Answer), outcome
    assert {m.fact.fact.id for m in outcome.matches} == {"cepa_year", "aagc_year"}


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        # Session 39: a part's relation word is remembered for the next part as for the next message, so "what does
        # it import" after India's exports turns the relation round (it got India's exports again).
        (
            "what does india export to japan and what does it import",
            ["india_exports_to_japan", "india_imports_from_japan"],
        ),
        (
            "what does japan export to india and what does it import",
            ["india_imports_from_japan", "india_exports_to_japan"],
        ),
    ],
)
def test_the_second_part_turns_the_relation_round(shipped: KnowledgeService, question: str, ids: list[str]) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert [m.fact.fact.id for m in outcome.matches] == ids


def test_a_terse_pair_of_asks_is_answered(shipped: KnowledgeService) -> None:
    # "volume" asks an amount as "value" does: "cepa year and trade volume" was "did you mean".
    outcome = shipped.matcher.ask("cepa year and trade volume")
    assert isinstance(outcome, Answer), outcome
    said = " ".join(m.fact.fact.answer for m in outcome.matches)
    assert "2011" in said
    assert "22.85" in said
