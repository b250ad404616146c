""" "Who all are in X" asks for X's members (red team and review, session 37).

After "what is the aim" of the Economic Security Initiative, "and who all are in scri" was answered with SCRI's
purpose: the question asked nothing the bot read, so the earlier "aim" was carried over. It now asks for members,
which the SCRI fact gives (Australia, with India and Japan) and QUAD's fact does not. A plain "who is in" is left as it
was ("who is in the news" asks why the partnership is in the news).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize("question", ["who all are in scri", "who else is in the supply chain resilience initiative?"])
def test_who_all_are_in_asks_for_members(shipped: KnowledgeService, question: str) -> None:
    assert "members" in shipped.matcher.read(question).attributes


def test_after_another_attribute_who_all_are_in_asks_for_the_members(shipped: KnowledgeService) -> None:
    turns = (
        "which are the strategic sectors",
        "which initiative is that",
        "what is the aim",
        "and who all are in scri",
    )
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "scri"


@pytest.mark.parametrize(
    ("question", "kind"),
    [("who all are in the 2+2 dialogue", Answer), ("who all are in quad", Partial), ("who is in the news", Answer)],
)
def test_members_are_answered_where_the_fact_gives_them(shipped: KnowledgeService, question: str, kind: type) -> None:
    assert isinstance(shipped.matcher.ask(question), kind)
