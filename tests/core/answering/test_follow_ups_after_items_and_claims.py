"""Follow-ups that lean on the right earlier turn (red team, session 36).

- After "the second one?" of India's imports, "and the exports?" turns the list's relation round (it was answered
  with the imports again, the item "copper" taken as the subject), and "the first one?" then points into the exports.
- After a year claim corrected ("SSGP 2015 mein bana?"), "aur IJICP?" asks when IJICP began (it got IJICP's aim).
- "and with Russia?" after the exercises India and Japan hold asks for exercises with Russia, which the material
  does not give (it was answered with India balancing its ties with Russia).
- "and the remaining ones?", "baaki?" name nothing: the bot asks back (a fact saying "other outcomes" was the answer);
  after a list just given, "and the rest?" is that list, said to be all the material gives (it was another list).
- A claimed sum of a magnitude the fact gives otherwise for the same thing is corrected ("trade was 25 billion in
  2023-24?"); a sum the material's own figures make, a rounded one, another period's or another thing's is not.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


def test_a_relation_turned_round_after_a_list_item_leans_on_the_list(shipped: KnowledgeService) -> None:
    asked = ("What are India's imports from Japan?", "the second one?", "and the exports?")
    exports = last_reply(shipped, *asked)
    assert isinstance(exports, Answer), exports
    assert exports.best.fact.fact.id == "india_exports_to_japan"
    first = last_reply(shipped, *asked, "the first one?")
    assert isinstance(first, Answer)
    assert "organic chemicals" in first.note


def test_a_list_item_is_still_what_the_next_place_points_into(shipped: KnowledgeService) -> None:
    last = last_reply(shipped, "What are India's imports from Japan?", "the second one?", "the last one?")
    assert isinstance(last, Answer)
    assert "electrical machinery" in last.note


@pytest.mark.parametrize("claim", ["SSGP 2015 mein bana?", "was AAGC set up in 2015?"])
def test_after_a_corrected_year_another_name_alone_asks_its_year(shipped: KnowledgeService, claim: str) -> None:
    outcome = last_reply(shipped, claim, "aur IJICP?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "ijicp_year"


@pytest.mark.parametrize("follow_up", ["and what is IJICP?", "aur IJICP kya hai?"])
def test_after_a_corrected_year_a_question_of_its_own_asks_that(shipped: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(shipped, "SSGP 2015 mein bana?", follow_up)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "ijicp_aim"


def test_a_side_added_with_with_keeps_the_earlier_subject(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "Which exercises do India and Japan participate in?", "and with Russia?")
    assert not isinstance(outcome, Answer), outcome
    pair = last_reply(shipped, "which state is paired with toyama", "and with ehime?")
    assert isinstance(pair, Answer)
    assert "Tamil Nadu" in pair.best.fact.fact.answer


def test_a_side_named_with_with_before_is_replaced(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "India and Japan cooperate with African countries?", "and with Australia?")
    assert isinstance(outcome, Answer), outcome
    assert "Australia" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "questions",
    [
        ("Which is paired with Gujarat?", "and the remaining ones?"),
        ("Which is paired with Gujarat?", "what about the others?"),
        ("and the rest?",),
        ("baaki?",),
    ],
)
def test_the_rest_alone_is_asked_back(shipped: KnowledgeService, questions: tuple[str, ...]) -> None:
    assert isinstance(last_reply(shipped, *questions), Clarify)


def test_the_rest_after_a_list_is_that_list(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "What are India's imports from Japan?", "and the rest?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "india_imports_from_japan"
    assert outcome.note


def test_a_question_naming_what_the_others_are_is_answered(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("what are the other outcomes of the visit"), Answer)


@pytest.mark.parametrize(
    "claim", ["India Japan trade was 25 billion dollars in 2023-24?", "trade was 20 billion in 2023-24, right?"]
)
def test_a_sum_the_fact_gives_otherwise_is_corrected(shipped: KnowledgeService, claim: str) -> None:
    outcome = shipped.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome
    assert "22.85" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize(
    "question",
    [
        "so India exported 5.16 billion?",
        "India Japan trade was 22.85 billion in 2023-24?",
        "the trade gap is 12.5 billion dollars?",
        "India Japan trade target is 50 billion dollars?",
        "Japan India trade was 21.9 billion dollars in 2022-23?",
        "bilateral trade was nearly 23 billion dollars?",
    ],
)
def test_a_sum_the_material_makes_or_gives_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Correction)
