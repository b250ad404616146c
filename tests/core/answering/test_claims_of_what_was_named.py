"""A follow-up claiming something of what was just named is checked against it (session 41).

"so its india japan usa right" after SCRI claims SCRI's members: "its" and "it's" lost their "is", the message read
as no statement, and its countries were a new question, answered with India's strategic-autonomy fact. "to ye india
japan US ka hai na?" pointed back with "ye" and was answered alone the same way. "home ministers bhi?" after the 2+2
claims the 2+2 holds them too; it was answered with the visit's outcomes.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "claim",
    [
        "so its india japan usa right",
        "so it's india japan usa right",
        "it is india japan and usa right?",
        "its with usa?",
        "to ye india japan US ka hai na?",
        "this is with the US right?",
    ],
)
def test_a_member_claimed_of_it_that_it_lacks_is_corrected(shipped: KnowledgeService, claim: str) -> None:
    outcome = last_reply(shipped, "what is SCRI?", claim)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "scri"


@pytest.mark.parametrize("claim", ["its aim?", "what is its aim?"])
def test_its_before_what_it_owns_stays_possessive(shipped: KnowledgeService, claim: str) -> None:
    outcome = last_reply(shipped, "what is SCRI?", claim)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "scri_purpose"


def test_the_partners_named_with_ye_are_no_question_of_their_own(shipped: KnowledgeService) -> None:
    # A claim naming only the two partners after an exercise is about that exercise, not the article's gist.
    outcome = last_reply(shipped, "is JIMEX bilateral?", "ye india aur japan ka hai na?")
    assert isinstance(outcome, Answer | Partial), outcome
    assert "JIMEX" in outcome.best.fact.fact.answer


@pytest.mark.parametrize("follow_up", ["home ministers bhi?", "home ministers too?", "finance ministers as well?"])
def test_an_additive_follow_up_claims_the_earlier_subject_has_it_too(shipped: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(shipped, "what was the 2+2 dialogue", follow_up)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "two_plus_two"


def test_a_true_additive_follow_up_is_not_corrected(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "is JIMEX bilateral?", "dharma guardian bhi?")
    assert not isinstance(outcome, Correction), outcome
    assert "Dharma Guardian" in outcome.best.fact.fact.answer
