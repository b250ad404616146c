"""Where the article puts a thing: "which pillar is MAHSR under?", "AAGC kis category me aata hai", answered with the
heading of the thing's fact (``facts[].heading``) and its section, never with a fact about the heading's name."""

from __future__ import annotations

import pytest

from bot.core.answering.context import Turn
from bot.core.answering.outcomes import Answer, Clarify
from bot.core.answering.present import explain
from bot.core.answering.shapes import read_heading_question
from bot.core.language.lexicon import LEXICON
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("which pillar is MAHSR under", "MAHSR"),
        ("under which pillar are JIMEX and Malabar", "JIMEX and Malabar"),
        ("AAGC comes under which heading?", "AAGC"),
        ("which section of the article talks about the AAGC", "AAGC"),
        ("mumbai ahmedabad bullet train kis category me aata hai article me?", "mumbai ahmedabad bullet train"),
        ("which category of the article is the AAGC in", "AAGC"),
        ("ye partnerships kis cheez ke under aati hain", "partnerships"),
    ],
)
def test_a_heading_question_is_read_into_the_thing_it_places(question: str, thing: str) -> None:
    assert read_heading_question(question, LEXICON) == thing


@pytest.mark.parametrize(
    "question",
    [
        # A kind, not a heading: "category of exercise" asks bilateral or multilateral.
        "which category of exercise is MILAN",
        # The pillars themselves, or a thing called a pillar: no which-word asks for a heading.
        "what are the pillars of india japan relations",
        "what is the key pillar of the indo-pacific architecture",
        # Only the article and a heading word: nothing to place.
        "which pillars does the article cover",
        # A bare "thing" with nothing said to be under it asks a purpose.
        "kis cheez ke liye hai scri",
        # "category" without the article asks the kind the material files a thing under.
        "MILAN kis category ka exercise hai?",
        "Which category do MILAN and MALABAR belong to?",
        # Options offered ask to choose a kind, even in the article.
        "which category in the article is JIMEX, bilateral or multilateral?",
    ],
)
def test_other_questions_with_heading_words_are_no_heading_questions(question: str) -> None:
    assert read_heading_question(question, LEXICON) is None


@pytest.mark.parametrize(
    ("question", "fact_id", "heading", "section"),
    [
        ("which pillar is MAHSR under", "mahsr", "Development Cooperation", "Pillars of India-Japan Relations"),
        (
            "AAGC article me kis category me aata hai",
            "aagc",
            "African Development",
            "Role of India-Japan in Global and Regional Order",
        ),
        ("under which heading is the IJICP", "ijicp", "Economic Cooperation", "Pillars of India-Japan Relations"),
    ],
)
def test_the_heading_of_the_things_fact_answers(
    shipped: KnowledgeService, question: str, fact_id: str, heading: str, section: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.best.fact.fact.id.startswith(fact_id)
    assert f"\u201c{heading}\u201d" in outcome.note
    assert f"\u201c{section}\u201d" in outcome.note


def test_a_fact_without_a_heading_is_placed_by_its_section(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("the npt concern comes under which section?")
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.best.fact.fact.heading is None
    assert outcome.note == "The article puts this under the section \u201cConclusion\u201d:"


def test_things_under_one_heading_are_placed_together(shipped: KnowledgeService) -> None:
    # JIMEX is bilateral and MALABAR multilateral; the article puts both under Security Cooperation.
    outcome = shipped.matcher.ask("under which pillar are JIMEX and Malabar")
    assert isinstance(outcome, Answer), explain(outcome)
    assert "\u201cSecurity Cooperation\u201d" in outcome.note


def test_it_in_a_heading_question_is_the_thing_answered_before(shipped: KnowledgeService) -> None:
    first = shipped.matcher.respond("MAHSR full form")
    reply = shipped.matcher.respond("which pillar is it under", first.turn)
    assert isinstance(reply.outcome, Answer), explain(reply.outcome)
    assert reply.outcome.best.fact.fact.id == "mahsr"
    assert "\u201cDevelopment Cooperation\u201d" in reply.outcome.note
    assert isinstance(reply.turn, Turn)
    assert "mahsr" in reply.turn.fact_ids


def test_it_in_a_heading_question_with_nothing_before_is_asked_back(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("which pillar is it under").outcome
    assert isinstance(outcome, Clarify)
    assert outcome.reference == "it"


def test_a_kind_asked_with_a_heading_word_gets_the_kind(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("which category of exercise is MILAN")
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.note == ""
    assert "multilateral" in outcome.best.fact.fact.answer


def test_a_bare_follow_up_after_a_heading_asks_where_that_one_is(shipped: KnowledgeService) -> None:
    first = shipped.matcher.respond("which pillar is MAHSR under?")
    reply = shipped.matcher.respond("and IJICP?", first.turn)
    assert isinstance(reply.outcome, Answer), explain(reply.outcome)
    assert reply.outcome.best.fact.fact.id.startswith("ijicp")
    assert "\u201cEconomic Cooperation\u201d" in reply.outcome.note
    # The thing now placed is what "it" means next.
    after = shipped.matcher.respond("when was it launched?", reply.turn)
    assert isinstance(after.outcome, Answer), explain(after.outcome)
    assert "2021" in after.outcome.best.fact.fact.answer
