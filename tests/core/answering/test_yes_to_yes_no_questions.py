"""A yes/no question one fact bears out in full is answered "Yes", with the fact (session 40).

"is JIMEX bilateral?" was answered with the fact on the bilateral exercises alone, leaving the member to work out the
yes. The "Yes" is said only where nothing in the question could make it wrong unseen: no figure or direction (their
checks correct what is off, and a bare "Yes" beside a fact naming another year would confirm it), no statement put as
a question, no "only", no question word ("kiske beech hota hai?"), nothing left to fill in, and no follow-up read with
the question before it.
"""

from __future__ import annotations

import pytest

from bot.core.answering.matcher import CONFIRMS_NOTE
from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("is jimex a bilateral exercise", "JIMEX"),
        ("does cepa cover ipr?", "intellectual property"),
        ("is malabar multilateral?", "MALABAR"),
        ("AI wala initiative bhi hai kya", "AI initiative"),
        ("do india and japan support each other for a permanent UNSC seat?", "candidacy"),
    ],
)
def test_a_borne_out_question_is_answered_yes(shipped: KnowledgeService, question: str, key: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == CONFIRMS_NOTE
    assert key in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "question",
    [
        "joint declaration bhi 2015 ka hai?",
        "is india japan trade 22.85 billion",
        "copper toh export hai na?",
        "gujarat ka bhi toyama hai na?",
        "is SCRI only india and japan?",
        "2+2 dialogue kiske beech hota hai?",
        "joint vision is for economic and ___ cooperation?",
        "and the 2015 pacts were on?",
        "what are the bilateral exercises",
    ],
)
def test_no_bare_yes_where_the_question_could_be_wrong_unseen(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not (isinstance(outcome, Answer) and outcome.note == CONFIRMS_NOTE), outcome


@pytest.mark.parametrize(
    ("first", "then"),
    [("when was the SSGP upgrade", "in 2015 right?"), ("what is jimex", "so the joint declaration was also in 2015?")],
)
def test_no_bare_yes_to_a_follow_up(shipped: KnowledgeService, first: str, then: str) -> None:
    outcome = last_reply(shipped, first, then)
    assert not (isinstance(outcome, Answer) and outcome.note == CONFIRMS_NOTE), outcome
