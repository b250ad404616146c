"""A "same question for X" asks the question before of X; alone, it is asked back (red team, session 39).

"same question for UP" with no question before it was answered with UP's prefecture, as if the member had asked it;
"yahi sawal aagc ke liye" and "mera sawal hai cepa kab aaya" were declined for the words "sawal" and "mera". The
phrases are ellipsis starters, and the Hinglish words for "question", "same" and "my" are filler and function words.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("first", "again", "key"),
    [
        ("gujarat partner?", "same question for UP", "Yamanashi"),
        ("cepa year", "same question for aagc", "2017"),
        ("cepa kab aaya", "yahi sawal aagc ke liye", "2017"),
    ],
)
def test_the_question_before_is_asked_again(shipped: KnowledgeService, first: str, again: str, key: str) -> None:
    outcome = last_reply(shipped, first, again)
    assert isinstance(outcome, Answer), outcome
    assert key in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "again", ["same question for UP", "same thing for aagc", "yahi sawal aagc ke liye", "same with toyama"]
)
def test_with_nothing_before_it_is_asked_back(shipped: KnowledgeService, again: str) -> None:
    assert isinstance(shipped.matcher.respond(again).outcome, Clarify)


def test_my_question_is_no_part_of_it(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("mera sawal hai cepa kab aaya")
    assert isinstance(outcome, Answer), outcome
    assert "2011" in outcome.best.fact.fact.answer
