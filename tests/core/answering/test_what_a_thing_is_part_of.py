"""A question asking which plan or document a thing is part of ("state prefecture engagement part of which
initiative", "kis document ka hissa hai", "किस पहल का हिस्सा है") is answered with the heading the article files the
thing under (red teams, session 53: they got the four pairs, with no word of the Joint Vision).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question",
    [
        "state prefecture engagement part of which initiative",
        "state prefecture engagement is under which doc",
        "State-Prefecture engagement kis document ka hissa hai?",
        "राज्य-प्रीफेक्चर जुड़ाव किस दस्तावेज़ का हिस्सा है?",
        "राज्य-प्रान्त जुड़ाव किस पहल का हिस्सा है",
    ],
)
def test_what_a_thing_is_part_of_is_its_heading(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert "India-Japan Joint Vision for the Next Decade" in outcome.note


@pytest.mark.parametrize(
    "question",
    [
        "which initiative was launched in 2021",
        "what initiative for sustainable economic development in africa has been launched",
        "is australia part of SCRI?",
    ],
)
def test_a_plan_asked_without_a_part_of_it_is_no_heading_question(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert not outcome.note.startswith("The article puts this under")
