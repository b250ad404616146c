"""A list the file names as ``items`` is what "the second one?" points into (red team, session 37).

"List the state-prefecture pairs." then "the third one?" was asked back ("what does 'the third one' refer to?"), and
so was "the second one?" after the 2015 pacts: their answers list without a colon, "include" or "such as", so no list
was read from them. A file may now give a fact's ``items``. After an item, "and the first?" points into the same list
(the "and" was read as continuing a question with nothing before it), and the list's length is still said.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify
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
  - {id: ties, title: Ties, summary: Programmes and pacts.}
facts:
  - id: harbour_pairs
    section: ties
    question: Which Chilean ports are twinned with Latvian ports?
    answer: >-
      Three port twinnings were agreed, joining Arica with Riga, Iquique with Liepaja and Valparaiso with
      Ventspils.
    keywords: [port twinnings, Arica, Iquique, Valparaiso]
{items}
  - id: iquique_liepaja
    section: ties
    question: Which Latvian port is Iquique twinned with?
    answer: Iquique is twinned with the Latvian port of Liepaja.
    keywords: [Iquique, Liepaja]
"""

ITEMS = "    items: [Arica with Riga, Iquique with Liepaja, Valparaiso with Ventspils]"


@pytest.fixture
def listed(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE.replace("{items}", ITEMS)}))


@pytest.fixture
def unlisted(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE.replace("{items}\n", "")}))


def test_a_place_in_a_list_the_file_names_is_its_item(listed: KnowledgeService) -> None:
    second = last_reply(listed, "list the port twinnings", "the second one?")
    assert isinstance(second, Answer), second
    assert second.note.startswith("Item 2 of 3 in that list is Iquique with Liepaja.")
    assert second.best.fact.fact.id == "iquique_liepaja"


def test_without_items_the_same_wording_lists_nothing(unlisted: KnowledgeService) -> None:
    # The guard of the mechanism: the answer's wording ("joining A with B, ...") marks no list of its own.
    assert isinstance(last_reply(unlisted, "list the port twinnings", "the second one?"), Clarify)


@pytest.mark.parametrize("follow_up", ["and the first?", "and the first one?", "the last one?"])
def test_after_an_item_a_place_still_points_into_the_list(listed: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(listed, "list the port twinnings", "the second one?", follow_up)
    assert isinstance(outcome, Answer), outcome
    assert " of 3 in that list is " in outcome.note


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            ("List the state-prefecture pairs.", "the third one?"),
            "Item 3 of 4 in that list is Uttar Pradesh with Yamanashi.",
        ),
        (
            ("What were the 2015 pacts?", "the second one?", "and the first?"),
            "Item 1 of 2 in that list is defense equipment transfer.",
        ),
        (
            ("What were the key outcomes of the visit?", "the third one?"),
            "Item 3 of 9 in that list is space cooperation agreement on Chandrayaan 5.",
        ),
        # In Devanagari, as in Hinglish ("aur teesra?"): it got the SCRI for "और तीसरा?" (session 52 red team).
        (
            ("What were the key outcomes of the visit?", "और तीसरा?"),
            "Item 3 of 9 in that list is space cooperation agreement on Chandrayaan 5.",
        ),
        (("What were the key outcomes of the visit?", "दूसरा वाला?"), "Item 2 of 9 in that list is Economic Security"),
        (("what are the three pillars?", "आखिरी वाला?"), "Item 3 of 3 in that list is development cooperation."),
    ],
)
def test_the_shipped_lists_are_pointed_into(shipped: KnowledgeService, turns: tuple[str, ...], said: str) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith(said)


# "when did the second one start?" asked what "the second one" was of nothing: it was answered with the IJICP's year.
def test_the_nth_one_inside_a_longer_question_with_no_list_is_asked_back(shipped: KnowledgeService) -> None:
    assert isinstance(last_reply(shipped, "when did the second one start?"), Clarify)


def test_the_nth_one_inside_a_longer_question_asks_of_that_item(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what are the lines of effort", "what does the third one cover?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith("Item 3 in that list is Mobility.")
    assert outcome.best.fact.fact.id != "joint_vision_lines_named"


def test_what_the_material_does_not_give_of_an_item_is_not_the_list(shipped: KnowledgeService) -> None:
    # The list says which item is second; it gives no amount of it.
    outcome = last_reply(shipped, "What are India's imports from Japan?", "how much of the second one is imported?")
    assert not isinstance(outcome, Answer), outcome


# "state prefecture me kya hua" after the lines of effort was answered with the lines again (the list, bent towards
# the item's words); it asks about the item the list names. A fact on it under the list's own heading is the item's;
# one in another part of the article is shown as what the material says elsewhere (review: the Mobility line of
# effort is not said to be the Next-Generation Mobility Partnership).
@pytest.mark.parametrize(
    ("turns", "said", "fact_id"),
    [
        (
            ("joint vision kya hai", "uske lines of effort", "state prefecture me kya hua"),
            "Item 5 in that list is State-Prefecture Engagements.",
            "state_prefecture_overview",
        ),
        (
            ("what are the lines of effort", "what about mobility?"),
            "Item 3 in that list is Mobility. Elsewhere the material says:",
            "next_gen_mobility",
        ),
        (
            ("what are the three pillars", "security?"),
            "Item 2 of 3 in that list is security cooperation. Elsewhere the material says:",
            "outcome_security_declaration",
        ),
    ],
)
def test_a_question_naming_an_item_of_the_list_asks_about_the_item(
    shipped: KnowledgeService, turns: tuple[str, ...], said: str, fact_id: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith(said)
    assert outcome.best.fact.fact.id == fact_id


@pytest.mark.parametrize(
    "turns",
    [
        # "which sectors?" asks for a kind of thing; "india japan?" names only the partners; "which agreement ... was
        # the first one?" asks which came first: none of them names an item of the list just given.
        ("what does the next generation mobility partnership include?", "which sectors?"),
        # Red team, session 39: "kaun se" is Hinglish "which" (the list's "similar sectors" was item 4).
        ("next gen mobility partnership ka focus", "kaun se sectors"),
        ("what are the key outcomes of the visit", "india japan?"),
        ("what are the key outcomes of the visit", "which agreement between india and japan was the first one?"),
    ],
)
def test_a_question_naming_no_item_is_no_pointer(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *turns)
    assert "in that list is" not in getattr(outcome, "note", "")
