"""A yes/no question about whether a thing is mentioned, and "what's it called?" after the partners' own thing
(conversation red team, session 50).

"Is QUAD mentioned for maritime security?" was read as if QUAD "mentioned" a claim (a source quoted, as in "coaching
notes say ..."), so QUAD was dropped and the next "what else does it coordinate on?" had maritime security alone for
its subject. "What's it called?" after "What's the space agreement between India and Japan?" asked the full form of
"India-Japan", the partners' joint name every fact holds.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [("Is QUAD mentioned for maritime security?", "quad"), ("Is MAHSR mentioned as a flagship project?", "mahsr")],
)
def test_is_it_mentioned_asks_of_the_thing(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id
    assert outcome.matches[0].covered & {"QUAD", "MAHSR"}, outcome.matches[0].covered


def test_a_source_quoted_is_still_no_subject(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("the article says CEPA came in 2012").outcome
    assert isinstance(outcome, Correction), outcome


def test_what_it_is_called_is_not_asked_of_the_partners(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "What's the space agreement between India and Japan?", "what's it called?")
    assert not (isinstance(outcome, Partial) and outcome.related[0].fact.fact.id == "article_summary_gist"), outcome
    assert not isinstance(outcome, Answer) or outcome.matches[0].fact.fact.id == "chandrayaan_5", outcome


@pytest.mark.parametrize(
    "turns",
    [
        ("Japan ke saath space mein kya agreement hua?", "uska naam?"),
        ("What's the space agreement between India and Japan?", "what's it called?"),
    ],
)
def test_its_name_is_asked_of_the_thing_the_answer_named(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *turns)
    shown = outcome.matches if isinstance(outcome, Answer) else getattr(outcome, "related", ())
    assert shown, outcome
    assert shown[0].fact.fact.id == "chandrayaan_5", outcome
