"""Questions for what is not so, and clauses that only look like pointers back.

"Name a state that doesn't have a partnership" was answered with a list whose only "not" says what the article
leaves out ("the rest are not listed"): that says nothing of what is not so. Nor does a fact saying what is so
contradict such a question, which claims nothing. And "that" right after a noun ("an exercise that is not
bilateral") starts a clause about the noun: it is no "that" pointing back to ask about.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: region-ties
  title: Chile-Latvia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Latvia pair regions and drill together.]
sections:
  - {id: ties, title: Ties, summary: Regions and drills.}
facts:
  - id: region_pairs
    section: ties
    question: Which regions were paired?
    answer: Two region partnerships were set up, pairing Maule with Riga and Biobio with Liepaja.
    keywords: [region partnerships, maule, biobio]
  - id: plan_lines
    section: ties
    question: Which lines does the Harbour Plan name?
    answer: The Harbour Plan names Trade, Ports and Region Partnerships among its eight lines; the rest are not listed.
    keywords: [harbour plan, lines]
  - id: drills
    section: ties
    question: Which drills do Chile and Latvia hold?
    answer: Chile and Latvia hold the bilateral drill Baltic Condor and take part in the multilateral drill Andes Net.
    keywords: [drills, baltic condor, andes net]
glossary:
  - term: Harbour Plan
  - term: Baltic Condor
  - term: Andes Net
"""


@pytest.fixture
def regions(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


def test_a_fact_saying_only_what_is_left_out_says_nothing_is_not_so(regions: KnowledgeService) -> None:
    matcher = regions.matcher
    profile = matcher.index.profiles[matcher.base.position_of("plan_lines")]
    assert not profile.negative


@pytest.mark.parametrize(
    "question", ["name a region that doesn't have a region partnership", "name a drill that is not multilateral"]
)
def test_what_is_not_so_is_neither_answered_by_a_list_nor_corrected(regions: KnowledgeService, question: str) -> None:
    assert not isinstance(regions.matcher.ask(question), Answer | Correction)


def test_that_after_a_noun_starts_a_clause_not_a_pointer(regions: KnowledgeService) -> None:
    assert regions.matcher.reader.read("name a drill that is not bilateral").markers.anaphor is None
    assert not isinstance(regions.matcher.ask("name a drill that is not bilateral"), Clarify)
    # "when was that set up" still points back, and "thanks, that helped" is no clause about "thanks".
    assert regions.matcher.reader.read("when was that set up").markers.anaphor == "that"
    assert regions.matcher.reader.read("thanks, that helped").markers.anaphor == "that"


def test_a_figure_in_a_written_name_is_no_word_of_the_name(regions: KnowledgeService) -> None:
    outcome = regions.matcher.ask("What are the Eight Lines of the Harbour Plan?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "plan_lines"
