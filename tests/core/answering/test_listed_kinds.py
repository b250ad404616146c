"""A claim naming one term of a curated list where the fact names another of that list is corrected.

The knowledge file's ``kinds`` lists terms of one kind (groupings, exercises, regions) for quiz distractors; they
also say which name a claim put in place of the material's: "do they work together in BRICS on reform?" against
"they work together in the G4 on reform", with BRICS and G4 both groupings, is the G4 claim turned wrong, and the
reply is the correction. A name in no such list (NATO here) is only a name the material never mentions.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Correction, Decline, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: forum-ties
  title: Chile-Latvia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Latvia in world forums.]
sections:
  - {id: forums, title: Forums, summary: Groupings.}
facts:
  - id: g4_reform
    section: forums
    question: Where do Chile and Latvia cooperate on UNSC reform?
    answer: Chile and Latvia work together in the G4 to push for UNSC reform.
    keywords: [G4, UNSC, reform]
glossary:
  - term: G4
    expansion: Group of Four
  - term: UNSC
    expansion: United Nations Security Council
  - term: Chile-Latvia
    synonyms: [Chile Latvia]
kinds:
  grouping: [G4, BRICS, ASEAN, G20]
"""


@pytest.fixture
def forums(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


@pytest.mark.parametrize(
    "claim",
    [
        "do chile and latvia work together in BRICS for UNSC reform?",
        "do chile and latvia push for UNSC reform in the g20?",
    ],
)
def test_a_listed_term_in_place_of_the_facts_is_corrected(forums: KnowledgeService, claim: str) -> None:
    outcome = forums.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome
    assert [m.fact.fact.id for m in outcome.related] == ["g4_reform"]


def test_a_name_in_no_list_is_not_corrected(forums: KnowledgeService) -> None:
    outcome = forums.matcher.ask("do chile and latvia work together in NATO for UNSC reform?")
    assert isinstance(outcome, Decline | Partial), outcome
