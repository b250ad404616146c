"""A follow-up that asks a thing by name asks its own question (conversation red team, session 50).

"which Indian policy is it under?" after "what does the India Japan Act East Forum do?" took over the earlier
question's ask of an aim ("do"), so the fact naming the policies was a partial answer "doesn't give its aim"; "which
<noun> ..." asks that noun's name, not what was asked before. "aur kaun kaun hai G4 me?" asks who else is in the G4;
"निष्कर्ष क्या कहता है?" asks what the conclusion says.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("turns", "fact_id"),
    [
        (("what does India Japan Act East Forum do?", "which Indian policy is it under?"), "act_east_forum_anchors"),
        (("what does the act east forum do?", "which japanese vision is it linked to?"), "act_east_forum_anchors"),
        (("What does the Act East Forum aim at?", "Under which Indian policy?"), "act_east_forum_anchors"),
    ],
)
def test_which_noun_asks_the_noun_not_the_earlier_ask(
    shipped: KnowledgeService, turns: tuple[str, ...], fact_id: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


def test_who_all_else_is_in_a_group(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "G4 ka role kya hai?", "aur kaun kaun hai G4 me?")
    assert isinstance(outcome, Partial), outcome
    assert "members" in outcome.missing


def test_what_the_conclusion_says(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("भारत-जापान साझेदारी के बारे में निष्कर्ष क्या कहता है?").outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.section == "conclusion"
