"""A follow-up that only asks an attribute ("how long is it?") asks it of the thing before.

Its words are the attribute's cue and nothing else: left in the merged question as words to cover, they made the
fact about the thing look like a poor match, and the member got "did you mean" instead of the honest partial
answer the same question with the name in it gets. And a word of a language phrase ("lamba" of "kitna lamba") is a
word of that language, never read as a typo of a word of the base ("tamba", copper).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: canal-ties
  title: Chile-Latvia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Latvia build and trade together.]
sections:
  - {id: ties, title: Ties, summary: Projects and trade.}
facts:
  - id: canal_project
    section: ties
    question: What is the Harbour Canal?
    answer: The Harbour Canal is the flagship project of Chile-Latvia cooperation.
    keywords: [Harbour Canal, flagship]
  - id: latvia_imports
    section: ties
    question: What does Latvia import from Chile?
    answer: Latvia's main imports from Chile are tamba (copper) and wine.
    keywords: [imports, tamba, copper]
glossary:
  - term: Harbour Canal
    synonyms: [HC]
  - term: Chile-Latvia
    synonyms: [Chile Latvia]
"""


@pytest.fixture
def canals(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


@pytest.mark.parametrize("follow_up", ["how long is it?", "kitna lamba hai?"])
def test_an_attribute_asked_of_the_thing_before_gets_the_partial_answer(
    canals: KnowledgeService, follow_up: str
) -> None:
    matcher = canals.matcher
    first = matcher.respond("what is the harbour canal", None)
    assert isinstance(first.outcome, Answer)
    reply = matcher.respond(follow_up, first.turn).outcome
    assert isinstance(reply, Partial), reply
    assert [m.fact.fact.id for m in reply.related][:1] == ["canal_project"]


def test_the_same_question_alone_is_asked_back(canals: KnowledgeService) -> None:
    # "lamba" (long) is not read as "tamba": nothing in the question names copper.
    assert isinstance(canals.matcher.ask("kitna lamba hai?"), Clarify)
    assert all(u.token != "tamba" for u in canals.matcher.reader.read("kitna lamba hai?").units)


@pytest.mark.parametrize(
    ("first", "follow_up", "fact_id"),
    [
        # A yes/no follow-up asks whether it is so, not the description the question before asked for.
        ("what is JIMEX", "is it bilateral?", "bilateral_exercises"),
    ],
)
def test_a_follow_up_asks_its_own_question_of_the_thing_before(
    shipped: KnowledgeService, first: str, follow_up: str, fact_id: str
) -> None:
    matcher = shipped.matcher
    reply = matcher.respond(follow_up, matcher.respond(first, None).turn).outcome
    assert isinstance(reply, Answer), reply
    assert reply.best.fact.fact.id == fact_id


@pytest.mark.parametrize("follow_up", ["when will it be completed?", "who funds it?", "will it be completed soon?"])
def test_words_beyond_the_cue_that_name_nothing_still_ask_of_the_thing_before(
    canals: KnowledgeService, follow_up: str
) -> None:
    # "completed" is more than the attribute's cue, but names no subject: "it" is still the canal.
    matcher = canals.matcher
    reply = matcher.respond(follow_up, matcher.respond("what is the harbour canal", None).turn).outcome
    assert isinstance(reply, Partial), reply
    assert [m.fact.fact.id for m in reply.related][:1] == ["canal_project"]


def test_words_of_their_own_without_a_pointer_are_not_asked_of_the_thing_before(canals: KnowledgeService) -> None:
    matcher = canals.matcher
    reply = matcher.respond("polar vortex kya hota hai", matcher.respond("what is the harbour canal", None).turn)
    assert not isinstance(reply.outcome, Answer | Partial), reply.outcome


def test_a_what_of_its_own_does_not_take_the_attribute_asked_before(canals: KnowledgeService) -> None:
    matcher = canals.matcher
    members = matcher.respond("who are its members?", matcher.respond("what is the harbour canal", None).turn)
    assert isinstance(members.outcome, Partial), members.outcome
    reply = matcher.respond("latvia imports what?", members.turn)
    assert "members" not in reply.turn.query.attributes
    assert not isinstance(reply.outcome, Partial) or "member" not in reply.outcome.missing, reply.outcome


@pytest.mark.parametrize("follow_up", ["does china?", "does china too?"])
def test_an_auxiliary_and_a_name_asks_the_earlier_question_of_that_name(
    shipped: KnowledgeService, follow_up: str
) -> None:
    # "does china?" after "does japan support india's seat?" asks whether China does, which the material does not
    # say; what it says of China (Japan's answer to Chinese assertiveness) is no answer to that.
    matcher = shipped.matcher
    first = matcher.respond("does japan support india's seat?", None)
    assert isinstance(first.outcome, Answer)
    assert not isinstance(matcher.respond(follow_up, first.turn).outcome, Answer)


@pytest.mark.parametrize("question", ["does china?", "is QUAD?"])
def test_an_auxiliary_and_a_name_with_nothing_before_is_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.respond(question, None).outcome, Clarify)


def test_an_auxiliary_pointing_back_is_no_bare_name(shipped: KnowledgeService) -> None:
    # "is it JIMEX?" asks whether the earlier thing is JIMEX: "it" is read, not left out.
    assert not shipped.matcher.reader.read("is it JIMEX?").markers.elliptical
    assert shipped.matcher.reader.read("does china?").markers.elliptical


def test_a_measure_is_no_subject_of_its_own(shipped: KnowledgeService) -> None:
    # "how much in dollars?" after India's exports asks their worth: "dollars" (the US dollar) is what it is counted
    # in, not a new subject; the material gives India's exports only as worked out from two of its figures.
    matcher = shipped.matcher
    first = matcher.respond("what is india's export to japan", None)
    reply = matcher.respond("how much in dollars", first.turn).outcome
    assert isinstance(reply, Partial)
    assert not shipped.matcher.reader.read("how much in dollars").names_more_than_partners
