"""A person asked by a word for any office is answered by the office the fact names (red team, session 37).

"which leader from india visited japan as per article" was declined ("asks for a person the fact does not give"): the
article names India's Prime Minister by office only. Asked by "leader" (``general_roles``), the office is the answer;
asked by the office itself ("who is Japan's prime minister?"), a name is still wanted.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "question", ["which leader from india visited japan as per article", "india ke kis leader ne japan visit kiya"]
)
def test_a_leader_asked_is_the_office_named(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "why_in_news_visit"


@pytest.mark.parametrize("question", ["who is japan's prime minister?", "which japanese leader visited india"])
def test_an_office_asked_by_itself_or_of_another_country_is_not_answered(
    shipped: KnowledgeService, question: str
) -> None:
    assert not isinstance(shipped.matcher.ask(question), Answer)
