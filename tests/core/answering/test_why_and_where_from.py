"""Why a member asks and where they are from are no part of the question (red team, session 39).

"yr of CEPA india japan?? need for prelims tmrw" got "doesn't give an answer to every part": "need for" asked a
purpose; "chennai wala hoon, tamil nadu ka partner prefecture?" and "i'm from bihar, when did cepa come into effect?"
were declined for Chennai and Bihar, which the material never names. Reasons for asking are discourse phrases, read
before the attributes, and a place right after "i'm from" (or before "wala hoon") is the member's, not the question's.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Decline
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("yr of CEPA india japan?? need for prelims tmrw", "2011"),
        ("cepa year, need it for mains", "2011"),
        ("chennai wala hoon, tamil nadu ka partner prefecture?", "Ehime"),
        ("i'm from bihar, when did cepa come into effect?", "2011"),
        ("i'm from tamil nadu, which prefecture is paired with gujarat?", "Shizuoka"),
    ],
)
def test_the_question_is_answered_without_them(shipped: KnowledgeService, question: str, key: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert key in outcome.best.fact.fact.answer


def test_where_a_member_is_from_alone_asks_nothing(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("i'm from tamil nadu"), Decline)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("i'm from bihar, which prefecture is bihar paired with", "Bihar"),
        ("bihar se hoon, bihar ke saath kaunsa prefecture hai", "Bihar"),
    ],
)
def test_a_home_place_asked_about_is_still_checked(shipped: KnowledgeService, question: str, name: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer), outcome
    assert name in shipped.matcher.read(question).entities


@pytest.mark.parametrize(
    ("question", "key"),
    [
        # Review, session 39: "my state" asks of the place the member is from; "i am from japan" names a partner
        # the question goes on to ask about.
        ("i'm from gujarat, which prefecture is my state paired with?", "Gujarat"),
        ("i live in andhra pradesh, is my state paired with any prefecture?", "Andhra Pradesh"),
        ("i'm from gujarat. gujarat's partner prefecture?", "Shizuoka"),
        ("tamil nadu wala hoon, ehime ke saath kya partnership hai", "Tamil Nadu"),
        ("i am from japan, how does japan deal with china", "US-led alliance"),
        (
            "i'm from gujarat so curious lol which japanese prefecture did we get paired with in the new "
            "state-prefecture thing",
            "Gujarat",
        ),
    ],
)
def test_a_question_about_the_home_place_is_answered(shipped: KnowledgeService, question: str, key: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert key in outcome.best.fact.fact.answer
    assert "Uttar Pradesh" not in outcome.best.fact.fact.answer
