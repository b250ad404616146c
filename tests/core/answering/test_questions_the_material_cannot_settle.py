"""Questions whose answer the material cannot give, though it speaks of their subject (red teams, session 53):

- whether a topic counts for the exam ("is india japan important for prelims 2026?": it got the Indo-Pacific line);
- which armed service an exercise belongs to ("which exercise involves the navy?": it got MILAN and MALABAR, which
  the material never calls naval);
- and a count where the only number word counts the partners ("the two sides also produced ..." is no count of
  the outcomes: "how many other outcomes" got the Joint Declaration).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Decline, Partial
from bot.core.answering.present import outcome_text
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question",
    [
        "is india japan important for prelims 2026?",
        "india japan prelims 2026 ke liye important hai kya",
        "is CEPA important for mains?",
        "was CEPA asked in prelims 2023?",
    ],
)
def test_what_the_exam_will_hold_is_declined(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Decline)


def test_why_a_topic_matters_is_still_read(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "why is india japan partnership important for upsc")
    assert not isinstance(outcome, Decline), outcome


@pytest.mark.parametrize(
    "question",
    [
        "Which exercise involves the navy?",
        "which branch of the military does Dharma Guardian involve?",
        "kaunsa exercise navy wala hai",
        "dharma guardian is army or navy exercise?",
    ],
)
def test_the_armed_service_of_an_exercise_is_not_given(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert outcome.missing == "which armed service takes part"


def test_which_exercises_without_a_service_are_answered(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "which exercise is bilateral")
    assert isinstance(outcome, Answer), outcome
    assert "JIMEX" in outcome.best.fact.fact.answer


def test_a_count_of_the_two_sides_counts_nothing_asked(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "How many other outcomes did the visit produce?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "other_outcomes_list"
    assert "six" in outcome_text(outcome)


@pytest.mark.parametrize(
    "question",
    [
        "india signed npt but why does japan restrict",
        "india ne npt sign kiya fir bhi japan restriction kyu",
        "भारत ने एनपीटी पर हस्ताक्षर किए फिर भी जापान प्रतिबंध क्यों लगाता है",
    ],
)
def test_a_statement_asked_why_of_is_corrected(shipped: KnowledgeService, question: str) -> None:
    # The "why" comes after the statement it takes as given: India has not signed the NPT.
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "npt_concern"


def test_a_question_and_a_why_of_it_is_answered(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is the AAGC and why was it set up")
    assert isinstance(outcome, Answer), outcome
