"""A partner named alone after a yes/no question asks the same thing of that partner.

"Has India signed the NPT?" (no: the material says India has not) followed by "and Japan?" asks whether Japan has
signed it. The fact that answered the first turn names Japan too (Japan restricts transfers because India has not
signed), so dropping the verb and matching "NPT, Japan" would show that fact as a confident answer about Japan.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: tide-ties
  title: Peru-Estonia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Peru and Estonia work together on tides and trade.]
sections:
  - {id: ties, title: Ties, summary: Treaties and approaches.}
facts:
  - id: treaty_concern
    section: ties
    question: What concern affects Peru-Estonia tide cooperation?
    answer: Estonia limits tide technology transfers to Peru because Peru has not signed the Tide Treaty.
    keywords: [Tide Treaty, tide technology]
  - id: estonia_approach
    section: ties
    question: What approach does Estonia follow?
    answer: Estonia follows a Nordic alliance approach to regional security.
    keywords: [approach, Nordic alliance]
  - id: peru_approach
    section: ties
    question: What approach does Peru follow?
    answer: Peru follows a non-aligned approach to regional security.
    keywords: [approach, non-aligned]
glossary:
  - term: Tide Treaty
  - term: Peru
  - term: Estonia
  - term: Peru-Estonia
    synonyms: [Peru Estonia]
"""


@pytest.fixture
def tides(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


def test_the_other_partner_after_a_yes_no_question_is_not_answered_by_the_first_ones_fact(
    tides: KnowledgeService,
) -> None:
    matcher = tides.matcher
    first = matcher.respond("has peru signed the tide treaty?", None)
    assert isinstance(first.outcome, Correction)
    follow_up = matcher.respond("and estonia?", first.turn)
    assert not isinstance(follow_up.outcome, Answer)


def test_the_other_partner_after_a_what_question_still_gets_its_own_fact(tides: KnowledgeService) -> None:
    matcher = tides.matcher
    first = matcher.respond("what approach does peru follow?", None)
    assert isinstance(first.outcome, Answer)
    follow_up = matcher.respond("and estonia?", first.turn)
    assert isinstance(follow_up.outcome, Answer)
    assert follow_up.outcome.best.fact.fact.id == "estonia_approach"
