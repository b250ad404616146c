"""Claims read as claims, and follow-ups that turn a relation round (red team, session 34).

- "which partnership was launched in 2021" gives the year and asks which: no "doesn't give when it began";
- "and exports?" after "India's primary imports from Japan" keeps the sides, not "primary" (the imports' wording);
- "the forum is for the Northeast, correct?" says what the forum serves, not that the two are one;
- "India's primary exports to Japan include copper ..." is a claim (a verb of containing), corrected as reversed.
"""

from __future__ import annotations

import pytest

from bot.core.answering.context import merge
from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge, last_reply

ARTICLE = """
source:
  id: harbour-ties
  title: Chile-Latvia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Latvia trade and build together.]
sections:
  - {id: ties, title: Ties, summary: Trade and programmes.}
facts:
  - id: clip_year
    section: ties
    question: When was the Chile-Latvia Industrial Partnership launched?
    answer: The Chile-Latvia Industrial Partnership (CLIP) was launched in 2021.
    keywords: [CLIP, launched]
  - id: ties_status
    section: ties
    question: What is the status of Chile-Latvia ties?
    answer: Chile-Latvia ties were raised to a Strategic Partnership in 2014.
    keywords: [ties, Strategic Partnership, status]
  - id: chile_imports
    section: ties
    question: What are Chile's primary imports from Latvia?
    answer: Chile's primary imports from Latvia include timber, grain and machinery.
    keywords: [imports, Chile, Latvia, goods]
  - id: chile_exports
    section: ties
    question: What does Chile export to Latvia?
    answer: The goods Chile exports to Latvia include copper, wine and fruit, among others.
    keywords: [exports, Chile, Latvia, goods]
  - id: latvia_export_value
    section: ties
    question: How much did Latvia export to Chile in 2023?
    answer: Latvia's exports to Chile were worth US$ 9.5 billion in 2023.
    keywords: [exports, Latvia, Chile, worth]
  - id: ocean_forum
    section: ties
    question: What is the Ocean Forum?
    answer: The Ocean Forum is a platform for Chile and Latvia to work together on the development of the North Coast.
    keywords: [Ocean Forum, North Coast]
glossary:
  - {term: CLIP, expansion: Chile-Latvia Industrial Partnership}
  - {term: Strategic Partnership}
  - {term: Ocean Forum}
  - {term: North Coast}
  - {term: partnership, synonyms: [alliance of ties]}
  - {term: Chile}
  - {term: Latvia}
  - term: Chile-Latvia
"""


@pytest.fixture
def ties(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


def test_which_thing_began_in_a_year_is_answered_by_the_thing_so_dated(ties: KnowledgeService) -> None:
    outcome = ties.matcher.ask("which partnership was launched in 2021")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "clip_year"


def test_a_relation_turned_round_keeps_the_sides_not_the_old_wording(ties: KnowledgeService) -> None:
    outcome = last_reply(ties, "chile's primary imports from latvia", "and exports?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "chile_exports"


@pytest.mark.parametrize(
    "claim", ["ocean forum is for the north coast, correct?", "the ocean forum is for the north coast"]
)
def test_what_a_thing_is_for_is_no_claim_that_two_things_are_one(ties: KnowledgeService, claim: str) -> None:
    outcome = ties.matcher.ask(claim)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "ocean_forum"


def test_a_claim_of_what_a_relation_includes_is_corrected_when_reversed(ties: KnowledgeService) -> None:
    outcome = ties.matcher.ask("chile's primary exports to latvia include timber and grain")
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "chile_imports"


def test_whose_it_is_asked_after_a_reversed_claim_is_answered_not_corrected_again(ties: KnowledgeService) -> None:
    # Red team (session 35): "then whose exports are 17.69?" after "india's exports to japan 17.69?" was told "it is
    # the other way round" again: who exports is what it asks, so the earlier sides are not carried over.
    outcome = last_reply(ties, "chile's exports to latvia 9.5?", "then whose exports are 9.5?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "latvia_export_value"


def test_who_asked_without_a_relation_of_its_own_keeps_the_earlier_sides(ties: KnowledgeService) -> None:
    # "who did he meet there" after the visit names no relation: the earlier sides stay its setting; "whose exports"
    # names the relation again, and asks its side.
    previous = ties.matcher.respond("chile's exports to latvia 9.5?").turn
    assert previous is not None
    assert previous.query.roles
    parties = frozenset({"who", "whose"})
    kept = merge(previous, ties.matcher.read("who did they meet there?"), flip=False, party_words=parties)
    assert kept.roles == previous.query.roles
    assert not merge(previous, ties.matcher.read("then whose exports are 9.5?"), flip=False, party_words=parties).roles
