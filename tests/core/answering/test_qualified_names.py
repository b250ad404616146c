"""What a thing named only to qualify another is: "what is UNSC" against a fact about a permanent UNSC seat, and "what
is the Indo-Pacific architecture" against a fact about the partnership that calls itself a pillar of it."""

from __future__ import annotations

import pytest

from bot.core.answering.checks import ASKED_WORDS
from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.answering.present import explain
from bot.core.answering.shapes import read_difference
from bot.core.language.lexicon import LEXICON
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize("question", ["what is unsc", "unsc kya hai", "explain unsc", "tell me about the unsc"])
def test_a_name_a_fact_only_qualifies_another_with_is_not_described_by_it(
    shipped: KnowledgeService, question: str
) -> None:
    # "support each other's bid for a permanent UNSC seat", "work in the G4 to push for UNSC reforms": neither says
    # what the UNSC is, though both questions of those facts name it.
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert outcome.missing == ASKED_WORDS["definition"]
    assert outcome.related
    assert "UNSC" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize(
    "question",
    ["what is the indo pacific architecture", "what is quad critical technologies", "what is the us-led alliance"],
)
def test_a_thing_a_name_qualifies_is_described_only_by_a_fact_about_it(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert outcome.missing == ASKED_WORDS["definition"]


def test_the_qualified_words_are_read_with_the_question(shipped: KnowledgeService) -> None:
    query = shipped.matcher.read("what is the indo pacific architecture")
    assert "definition" in query.attributes
    assert len(query.described_heads) == 1
    # Words naming a kind of programme or an aspect of the thing ("project", "role") only say what the name is.
    for question in ("what is the mahsr project", "what is quad role", "what is the cepa scope"):
        assert not shipped.matcher.read(question).described_heads, question
    # A thing's attribute asked with "of", or words after the name joined by "in", are read elsewhere.
    for question in ("what is the time horizon of the joint vision", "what are critical technologies in quad"):
        assert not shipped.matcher.read(question).described_heads, question


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what is g4", "g4_unsc_reform"),
        ("what is the g4 grouping", "g4_unsc_reform"),
        ("what is the mahsr project", "mahsr"),
        ("what is the chandrayaan 5 mission", "chandrayaan_5"),
        ("what is quad role", "quad"),
        ("what is the cepa scope", "cepa_scope"),
        ("what is the act east forum", "act_east_forum"),
        ("what is ssgp", "ssgp_2014"),
        # Asked of more than the name alone, the name may be anywhere in the fact that gives the rest.
        ("bilateral trade details in fy24", "bilateral_trade_total"),
        ("bilateral trade data in fy24", "bilateral_trade_total"),
        ("What is the time horizon of the India-Japan Joint Vision for the Next Decade?", "joint_vision_duration"),
    ],
)
def test_a_name_a_fact_is_about_is_still_answered(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.best.fact.fact.id == fact_id


@pytest.mark.parametrize(
    "statement", ["india opposes japan's unsc candidacy", "india and japan oppose each other's bid"]
)
def test_a_stated_stance_the_material_contradicts_is_corrected(shipped: KnowledgeService, statement: str) -> None:
    # A word with an opposite right after a name is the statement's verb: a claim, like "india and japan signed npt".
    assert shipped.matcher.read(statement).claims
    assert isinstance(shipped.matcher.ask(statement), Correction)


# ---------------------------------------------------------------- "A vs B" with no opener
@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("cepa vs ijicp", ("cepa", "ijicp")),
        # (Which side borrows the other's noun is the matcher's to say: see the test below.)
        ("india vs japan approach to china", ("india", "japan approach to china")),
        ("india's approach vs japan's approach to china - compare", ("india's approach", "japan's approach to china")),
    ],
)
def test_vs_alone_sets_two_things_side_by_side(question: str, sides: tuple[str, str]) -> None:
    assert read_difference(question, LEXICON) == sides


def test_two_things_set_side_by_side_by_vs_are_each_answered(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("india vs japan approach to china")
    assert isinstance(outcome, Answer)
    assert {m.fact.fact.id for m in outcome.matches} == {"india_approach", "japan_approach"}


def test_a_side_holding_a_relation_is_asked_as_it_is_put(shipped: KnowledgeService) -> None:
    # "what is Japan's exports to India" would read a thing to describe; the side asks the exports' figure.
    outcome = shipped.matcher.ask("difference between japan exports to india and bilateral trade")
    assert isinstance(outcome, Answer)
    assert outcome.matches[0].fact.fact.id == "japan_exports_to_india"


def test_what_the_article_says_of_a_name_is_asked_of_every_fact_naming_it(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what does the article say about the unsc")
    assert isinstance(outcome, Answer), explain(outcome)


@pytest.mark.parametrize(
    "question", ["aagc vs act east forum", "quad vs supply chain resilience initiative", "mahsr vs chandrayaan 5"]
)
def test_a_word_alone_before_vs_borrows_nothing_of_a_name(shipped: KnowledgeService, question: str) -> None:
    # "AAGC vs Act East Forum" sets the AAGC beside the forum, not an "AAGC East Forum" beside it.
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), explain(outcome)
    assert len(outcome.matches) == 2


def test_relations_set_side_by_side_by_vs_are_read_whole(shipped: KnowledgeService) -> None:
    # Whose exports "exports from Japan" are turns on the first side: India's imports, both ways.
    outcome = shipped.matcher.ask("india's imports vs exports from japan")
    assert isinstance(outcome, Answer)
    assert "17.69" not in " ".join(m.fact.fact.answer for m in outcome.matches[:1])


# ---------------------------------------------------------------- one item of a fact's list, asked what it is
@pytest.mark.parametrize(
    "question",
    [
        "what is the mobility line of effort",
        "what is ecological sustainability line of effort about",
        "what is the economic partnership line of effort",
    ],
)
def test_what_one_item_of_a_facts_list_is_gets_a_partial(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial), explain(outcome)
    assert outcome.related[0].fact.fact.id == "joint_vision_lines_named"


@pytest.mark.parametrize(
    ("question", "fact"),
    [("does cepa cover ipr", "cepa_scope"), ("what are the lines of effort", "joint_vision_lines_named")],
)
def test_a_list_asked_for_or_an_item_asked_of_it_is_still_answered(
    shipped: KnowledgeService, question: str, fact: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.best.fact.fact.id == fact
