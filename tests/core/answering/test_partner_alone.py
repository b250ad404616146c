"""The other partner named alone asks the same of it, as "and India?" does (session 40, red team).

"India?" after "how does Japan handle China?" was declined: read with the question before it, it asked how India
"handles" China, a verb only Japan's fact has; "and India?" already dropped that verb and found India's approach.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize("follow_up", ["India?", "and india?"])
def test_the_other_partner_alone_gets_its_own_fact(shipped: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(shipped, "how does Japan handle China?", follow_up)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "india_approach"


def test_a_partner_with_a_verb_of_its_own_is_no_contrast(shipped: KnowledgeService) -> None:
    # "so india hasnt signed?" after a corrected claim naming both partners says what India did, with its own verb:
    # it was read as setting India against Japan, and the fact (Japan restricts; India has not signed) "did not
    # mention India" as the one acting.
    claim = "Japan restricts nuclear tech because India signed the NPT?"
    outcome = last_reply(shipped, claim, "so india hasnt signed?")
    assert isinstance(outcome, Answer), outcome
    assert "not signed the NPT" in outcome.best.fact.fact.answer
