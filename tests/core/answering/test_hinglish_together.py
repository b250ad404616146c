"""Hinglish "milke"/"milkar" is "together", not "meet" (red team, session 37).

"aagc 2017 me bana na?" then "india japan ne milke banaya?" (did India and Japan make it together?) was answered with
"The 2+2 Ministerial Dialogues bring together the defence and foreign affairs ministers": "milke" was put right to
"milte" (meet). The glossary's "together" now holds it.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "turns",
    [
        ("aagc 2017 me bana na?", "india japan ne milke banaya?"),
        ("AAGC india japan ne milkar banaya?",),
    ],
)
def test_made_together_is_the_joint_founding(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "aagc_year"
