"""A first version of a thing the material dates otherwise (red team, session 50).

"When was the first India-Japan Joint Declaration on Security Cooperation signed, 2008?" was "corrected" with the 2025
declaration, which the material never calls the first. A word said of the verb ("was CEPA first in force from 2012?")
picks no version: that claim is still corrected (a review found 144 such corrections lost to a first reading).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


def test_when_it_became_what_it_is_now_is_the_upgrade(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("when did ties become a special strategic and global partnership?").outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "ssgp_2014"


@pytest.mark.parametrize(
    "question",
    [
        "when was the first india-japan joint declaration on security cooperation signed, 2008?",
        "was the original joint declaration on security cooperation signed in 2008?",
    ],
)
def test_a_year_claimed_of_a_first_version_is_not_corrected_with_another(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert not isinstance(outcome, Answer | Correction), outcome


@pytest.mark.parametrize(
    "question",
    [
        "was the joint declaration on security cooperation signed in 2008?",
        "was CEPA in force from 2012?",
        "was CEPA first in force from 2012?",
        "the first agreement, CEPA, came in 2012?",
        "AAGC was first established in 2016?",
    ],
)
def test_a_year_claimed_of_the_thing_itself_is_still_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Correction), outcome
