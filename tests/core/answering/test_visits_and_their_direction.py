"""A visit said as a noun ("his visit to India", "japani PM ne india visit me") has a direction, and a question setting
one the other way round from the only visit its article tells of is not answered as if it were so (red team, session
53: "what did the japanese pm sign during his visit to india" got the outcomes of the Indian PM's visit to Japan).

The visit only sets such a question: the outcomes answer it in the right direction, though they never restate who
went where; and the fact that states the visit is the one that corrects a claim turned round.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question",
    [
        "what did the japanese pm sign during his visit to india",
        "japanese pm ne india visit me kya sign kiya",
        "जापानी प्रधानमंत्री ने भारत यात्रा में क्या समझौते किए",
        "japan's pm visit to india outcomes",
    ],
)
def test_a_visit_set_the_other_way_round_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial | Correction), outcome
    if isinstance(outcome, Partial):
        assert "from Japan to India" in outcome.missing


@pytest.mark.parametrize(
    "question",
    [
        "what did the indian pm sign during his visit to japan",
        "key outcomes of the indian pm's visit to japan",
        "what was signed during the pm's visit to japan",
    ],
)
def test_a_visit_set_as_the_article_tells_it_gets_the_outcomes(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "key_outcomes_overview"


@pytest.mark.parametrize(
    "question", ["did japan's pm visit india", "japan ke PM ne india visit karke ye agreements sign kiye na?"]
)
def test_the_fact_stating_the_visit_corrects_the_claim(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert "India's Prime Minister visited Japan" in outcome.related[0].fact.fact.answer


def test_who_visited_is_still_the_fact_that_says_it(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "which leader visited japan")
    assert isinstance(outcome, Answer), outcome
    assert "Prime Minister visited Japan" in outcome.best.fact.fact.answer
