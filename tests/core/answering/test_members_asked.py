""" "Who is in X" asks for X's members (red team, session 37).

After "what is the aim" of the Economic Security Initiative, "and who's in scri" was answered with SCRI's purpose:
"who is in" asked nothing the bot read, so the earlier "aim" was carried over. It now asks for members, which the SCRI
fact gives (Australia, with India and Japan) and QUAD's fact does not.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize("question", ["who is in scri", "who are in the supply chain resilience initiative?"])
def test_who_is_in_asks_for_members(shipped: KnowledgeService, question: str) -> None:
    assert "members" in shipped.matcher.read(question).attributes


def test_after_another_attribute_who_is_in_asks_for_the_members(shipped: KnowledgeService) -> None:
    turns = ("which are the strategic sectors", "which initiative is that", "what is the aim", "and who is in scri")
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "scri"


@pytest.mark.parametrize(
    ("question", "kind"), [("who is in the 2+2 dialogue", Answer), ("who all are in quad", Partial)]
)
def test_members_are_answered_where_the_fact_gives_them(shipped: KnowledgeService, question: str, kind: type) -> None:
    assert isinstance(shipped.matcher.ask(question), kind)
