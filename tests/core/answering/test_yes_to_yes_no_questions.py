"""A yes/no question one fact bears out in full is answered "Yes", with the fact (session 40).

"is JIMEX bilateral?" was answered with the fact on the bilateral exercises alone, leaving the member to work out the
yes. The "Yes" is said only for an item of a list of the thing the list is of, or a name the fact gives asked to exist,
and only where nothing in the question could make it wrong unseen: no figure or direction (their
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
        ("was there any AI initiative?", "AI initiative"),
        ("does the economic security initiative include semiconductors?", "semiconductors"),
        ("is railways part of next gen mobility partnership", "railways"),
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
        # (the second review's: words the fact holds, in another relation than the question's)
        "is India a permanent member of the UNSC?",
        "is copper an export of india?",
        "is MAHSR in the northeast?",
        "is the act east forum a flagship project?",
        "is the joint declaration about defense equipment transfer?",
        "is the SME forum a security initiative?",
        "does the article name all the lines of effort?",
        "is ecological sustainability the main line of effort?",
        "AI wala initiative bhi hai kya",
    ],
)
def test_no_bare_yes_where_the_question_could_be_wrong_unseen(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not (isinstance(outcome, Answer) and outcome.note == CONFIRMS_NOTE), outcome


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("when was the SSGP upgrade", "in 2015 right?"),
        ("what is jimex", "so the joint declaration was also in 2015?"),
        ("is MALABAR multilateral?", "is dharma guardian too?"),
        ("is JIMEX bilateral?", "is MILAN also?"),
        ("is CEPA from 2011?", "is IJICP also?"),
        ("is gujarat paired with shizuoka?", "is tamil nadu too?"),
    ],
)
def test_no_bare_yes_to_a_follow_up(shipped: KnowledgeService, first: str, then: str) -> None:
    outcome = last_reply(shipped, first, then)
    assert not (isinstance(outcome, Answer) and outcome.note == CONFIRMS_NOTE), outcome
