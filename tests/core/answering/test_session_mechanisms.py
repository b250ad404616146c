"""Mechanisms of reading and deciding added together, each at its edges: a relation offered both ways ("imported or
exported?") and what follows from it."""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


# ---------------------------------------------------------------- a relation offered both ways
@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("is copper imported or exported by india", "india_imports_from_japan"),
        ("is electrical machinery an import or export for india", "india_imports_from_japan"),
        ("does india import or export vehicles to japan", "india_exports_to_japan"),
    ],
)
def test_a_relation_offered_both_ways_sets_no_direction(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert [m.fact.fact.id for m in outcome.matches] == [fact]


def test_one_way_is_still_a_direction(shipped: KnowledgeService) -> None:
    assert shipped.matcher.read("is copper exported by india").roles
    assert not shipped.matcher.read("is copper imported or exported by india").roles
    assert shipped.matcher.read("is copper imported or exported by india").either_way


def test_a_thing_listed_both_ways_is_answered_with_both(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("is nuclear reactor an import or export for india")
    assert isinstance(outcome, Answer)
    assert {m.fact.fact.id for m in outcome.matches} == {"india_imports_from_japan", "india_exports_to_japan"}
    assert outcome.note


# ---------------------------------------------------------------- a contrast of the partners turned round
@pytest.mark.parametrize(
    "question",
    [
        "Japan follows non-alignment, right?",
        "india follows us-led alliance system per article",
        "does japan take a non-aligned approach?",
        "does india follow the US-led alliance system while japan is non aligned?",
    ],
)
def test_a_claim_that_swaps_the_partners_is_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert outcome.related[0].fact.fact.id == "india_approach"


@pytest.mark.parametrize(
    "question",
    ["india follows strategic autonomy right?", "japan relies on the us-led alliance system, right?"],
)
def test_a_claim_of_each_partners_own_approach_is_confirmed(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Answer)


def test_denying_of_one_partner_what_the_fact_says_of_the_other_is_not_corrected(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("japan doesnt follow strategic autonomy right?"), Correction)


# ---------------------------------------------------------------- names of the world inside longer names
@pytest.mark.parametrize(
    ("question", "region"),
    [
        ("is the initiative for latin america?", "Latin America"),
        ("does india trade with north america", "North America"),
    ],
)
def test_a_longer_name_keeps_its_words_from_a_shorter_term(
    shipped: KnowledgeService, question: str, region: str
) -> None:
    query = shipped.matcher.read(question)
    assert region in query.entities
    assert "United States" not in query.entities
    assert "United States" not in {u.label for u in query.units}


def test_america_alone_is_still_the_united_states(shipped: KnowledgeService) -> None:
    assert "United States" in shipped.matcher.read("india and america ties").entities


# ---------------------------------------------------------------- a place put in the place the material names
@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "japan-india cooperation initiative is for sustainable development in latin america?",
            "africa_sustainable_initiative",
        ),
        ("aagc was to develop southeast asia", "aagc_aim"),
        ("chandrayaan 5 is india's joint mission with russia na?", "chandrayaan_5"),
    ],
)
def test_a_region_or_country_put_in_the_materials_place_is_corrected(
    shipped: KnowledgeService, question: str, fact: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert outcome.related[0].fact.fact.id == fact


@pytest.mark.parametrize("question", ["the aagc is for asia and africa right?", "aagc was set up for africa right?"])
def test_a_region_the_material_names_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Answer)
