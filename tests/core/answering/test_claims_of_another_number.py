"""A claim naming the material's thing by another number, or another side in its place, is corrected (session 49).

"yaar Chandrayaan 7 Japan ke saath hai na?" and "Chandrayaan 2 is the joint India-Japan lunar polar mission, right?"
got "the material doesn't give anything on Chandrayaan 7" and then Chandrayaan 5, which reads as if the material were
silent on the point. A claim (or a premise) that gives the thing another number than the material's is corrected with
the material's own; a plain question ("what is chandrayaan 4?") still does not guess which one is meant.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "question",
    [
        "yaar Chandrayaan 7 Japan ke saath hai na?",
        "Chandrayaan 2 is the joint India-Japan lunar polar mission, right?",
        "is Chandrayaan 4 with Japan?",
    ],
)
def test_a_claim_with_another_number_is_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Correction), outcome
    assert "Chandrayaan 5" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize("question", ["what is chandrayaan 4?", "Chandrayaan 5 is with Japan right?"])
def test_a_plain_question_or_a_true_claim_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert not isinstance(outcome, Correction), outcome
    if "5" in question:
        assert isinstance(outcome, Answer)


@pytest.mark.parametrize(
    "question",
    [
        "India and Japan collaborate with Indonesia in the SCRI, right?",
        "India and Japan cooperate with the UK in SCRI, right?",
        "India and Japan collaborate with the US in the SCRI, right?",
    ],
)
def test_a_third_side_claimed_in_another_s_place_is_corrected(shipped: KnowledgeService, question: str) -> None:
    # "collaborate" words the act the fact words as "team up": with the name in Australia's place, what is wrong is the
    # name (these were declined, "doesn't mention Indonesia").
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "scri"


def test_the_right_third_side_is_confirmed(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("India and Japan collaborate with Australia in the SCRI, right?").outcome
    assert isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(
    "question", ["Chandrayaan 3 landed on the moon, right?", "Chandrayaan 4 will bring samples back, right?"]
)
def test_a_claim_of_what_another_number_did_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    # What the claim says of the other mission is nothing the material's Chandrayaan 5 contradicts.
    outcome = shipped.matcher.respond(question).outcome
    assert not isinstance(outcome, Correction | Answer), outcome
