"""A misspelt attribute cue is read as the cue (session 40, red team).

"objctive?" after the AAGC's year was read as the plain word "objective" and answered with the one fact whose
phrasing has it (the SCRI's goal); "mahsr budgt?" found nothing. A misspelt one-word cue is read as the cue, whether
the base uses the word ("objective") or not ("budget"), so the attribute is asked of the thing talked about.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


def test_a_misspelt_aim_is_asked_of_the_thing_just_answered(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "asia africa growth coridor kab bana", "objctive?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "aagc_aim"


@pytest.mark.parametrize(
    ("question", "attribute"),
    [("aagc purpse", "purpose"), ("mahsr budgt?", "cost"), ("what is the populaton of ehime", "population")],
)
def test_the_cue_is_read(shipped: KnowledgeService, question: str, attribute: str) -> None:
    assert attribute in shipped.matcher.read(question).attributes


@pytest.mark.parametrize("question", ["mahsr budgt?", "what is the populaton of ehime"])
def test_an_attribute_not_given_is_a_partial_answer(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Partial)


@pytest.mark.parametrize("question", ["what is the aim of aagc", "cepa year", "which sectors does esi cover"])
def test_rightly_spelt_words_are_read_as_before(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Answer)
