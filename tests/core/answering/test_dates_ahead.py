"""A date ahead asked with "when will", "kab ... karega", "कब ... करेगा" (red team, session 52).

"when will india sign NPT" was answered as a false premise ("The study material says otherwise: ... India is a
non-signatory"), as were its Hinglish and Hindi twins, with "karega" read as "what will it do". The material says what
is so today; when something will happen it does not say, so the reply is a partial answer with what it does say.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question",
    [
        "when will india sign NPT",
        "india NPT kab sign karega",
        "भारत एनपीटी पर कब हस्ताक्षर करेगा",
        "when will MAHSR be completed",
    ],
)
def test_a_date_ahead_is_not_given_by_what_is_so_today(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert "future" in shipped.matcher.read(question).attributes


@pytest.mark.parametrize("question", ["india NPT kab sign karega", "MAHSR kab complete hoga"])
def test_a_verb_of_the_future_is_no_word_to_find(shipped: KnowledgeService, question: str) -> None:
    labels = {u.label for u in shipped.matcher.read(question).units}
    assert not labels & {"karega", "hoga"}


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [("CEPA kab lagu hua", "cepa_year"), ("when was the aagc set up", "aagc_year")],
)
def test_a_date_in_the_past_is_still_answered(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id
    assert "future" not in shipped.matcher.read(question).attributes


def test_what_will_it_do_still_asks_a_purpose(shipped: KnowledgeService) -> None:
    assert "purpose" in shipped.matcher.read("IJICP kya karega?").attributes
