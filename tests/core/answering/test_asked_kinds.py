""" "Which prefecture / state / city ...": a fact answers only if it names one of that kind."""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.answering.query import asked_kinds
from bot.core.language.lexicon import LEXICON
from bot.core.language.text import tokenize
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: twin-links
  title: Twin Links
  publisher: Practice Press
  published: 2024-01-02
  summary: [Indian states and their partner regions abroad.]
sections:
  - {id: links, title: Links, summary: Sister states and cities.}
facts:
  - id: maharashtra_link
    section: links
    question: Which region is Maharashtra paired with?
    answer: Maharashtra is paired with the German state of Baden-Wurttemberg.
    keywords: [Maharashtra, Baden-Wurttemberg]
  - id: gujarat_link
    section: links
    question: Which region is Gujarat paired with?
    answer: Gujarat is paired with Shizuoka in Japan.
    keywords: [Gujarat, Shizuoka]
"""


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("which prefecture is maharashtra paired with", {"kind:prefecture"}),
        ("what Indian state is paired with ehime", {"kind:state"}),
        ("maharashtra ke saath kaun sa prefecture hai", {"kind:prefecture"}),
        ("kis shahar mein summit hua", {"kind:city"}),  # "kis" before a kind word is "which"
        ("kin deshon ke saath", {"kind:country"}),
        ("aagc kis liye bana", set()),
        ("what is the state of trade", set()),
    ],
)
def test_the_kind_asked_for_is_read(question: str, kinds: set[str]) -> None:
    assert asked_kinds(tokenize(question), LEXICON) == kinds


def test_a_fact_naming_another_kind_does_not_answer(write_knowledge: WriteKnowledge) -> None:
    service = KnowledgeService.from_directory(write_knowledge({"links.yaml": ARTICLE}))
    assert not isinstance(service.matcher.ask("which prefecture is maharashtra paired with"), Answer)
    state = service.matcher.ask("which state is maharashtra paired with")
    assert isinstance(state, Answer)  # the fact calls it a state
    assert state.best.fact.fact.id == "maharashtra_link"
    prefecture = service.matcher.ask("which prefecture is gujarat paired with")
    assert isinstance(prefecture, Answer)  # Shizuoka is a Japanese prefecture in the gazetteer
    assert prefecture.best.fact.fact.id == "gujarat_link"
