"""Mechanisms of reading and deciding added together, each at its edges: a relation offered both ways ("imported or
exported?") and what follows from it."""

from __future__ import annotations

import pytest

from bot.core.answering.checks import ASKED_WORDS
from bot.core.answering.outcomes import Answer, Correction, Decline, Partial
from bot.core.answering.shapes import read_difference
from bot.core.language.lexicon import LEXICON
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


# ---------------------------------------------------------------- attributes a fact must give
@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("how exactly will the economic security initiative work", "means"),
        ("how does the Act East Forum work?", "means"),
        ("what are the benefits of the act east forum", "benefit"),
        ("should india sign the NPT", "opinion"),
        ("what does japan think of india's strategic autonomy", "opinion"),
    ],
)
def test_an_attribute_the_fact_does_not_give_is_said_to_be_missing(
    shipped: KnowledgeService, question: str, attribute: str
) -> None:
    assert attribute in shipped.matcher.read(question).attributes
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert outcome.related


@pytest.mark.parametrize("question", ["how do india and japan work together in africa", "what does ijicp aim at"])
def test_working_together_is_no_question_of_how_it_works(shipped: KnowledgeService, question: str) -> None:
    assert "means" not in shipped.matcher.read(question).attributes
    assert isinstance(shipped.matcher.ask(question), Answer)


def test_advice_asked_is_not_corrected_by_what_the_material_states(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("should india sign the NPT"), Correction)


# ---------------------------------------------------------------- tasks and the article as a whole
@pytest.mark.parametrize("question", ["make notes", "create mcqs", "make 3 MCQs from this article"])
def test_a_task_with_nothing_named_is_no_question(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Decline)


def test_a_task_verb_inside_a_question_or_a_name_is_read(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("make in india"), Answer)
    assert shipped.matcher.read("why was it made?").units


@pytest.mark.parametrize(
    "question",
    [
        "what is this article about",
        "explain this article",
        "what does the article say",
        "explain this article like i'm 10",
    ],
)
def test_a_question_about_the_article_itself_gets_its_gist(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "article_summary_gist"


def test_what_the_article_says_of_it_stays_a_follow_up(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("cepa year?").turn
    outcome = shipped.matcher.respond("what does the article say about it", turn).outcome
    assert isinstance(outcome, Answer)
    assert "CEPA" in outcome.best.fact.fact.answer


def test_after_the_gist_a_new_question_is_read_alone(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("summarize the article").turn
    outcome = shipped.matcher.respond("why in news?", turn).outcome
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "why_in_news_visit"


# ---------------------------------------------------------------- a kind of mission the material names otherwise
@pytest.mark.parametrize(
    "question",
    [
        "chandrayaan 5 is a mars mission na",
        "is chandrayaan 5 a mars mission?",
        "chandrayaan 5 is a mars mission with japan right?",
    ],
)
def test_another_destination_is_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert outcome.related[0].fact.fact.id == "chandrayaan_5"


def test_the_kind_inside_a_long_name_is_confirmed(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("chandrayaan 5 is a lunar mission right?")
    assert isinstance(outcome, Answer)
    assert not isinstance(shipped.matcher.ask("is IJICP a trade agreement?"), Answer)


# ---------------------------------------------------------------- statements asked with a question mark
@pytest.mark.parametrize(
    "question",
    ["AAGC was set up by India and China in 2017?", "aagc was set up by india and russia?"],
)
def test_a_statement_with_a_question_mark_is_a_claim_and_a_swapped_founder_is_corrected(
    shipped: KnowledgeService, question: str
) -> None:
    assert shipped.matcher.read(question).claims
    assert isinstance(shipped.matcher.ask(question), Correction)


@pytest.mark.parametrize(
    "question",
    ["Was the SCRI set up by India, Japan and Australia?", "Was the Act East Forum set up by India and Japan?"],
)
def test_founders_named_by_a_claim_are_not_confirmed_by_a_fact_naming_none(
    shipped: KnowledgeService, question: str
) -> None:
    assert not isinstance(shipped.matcher.ask(question), Answer)


def test_who_set_it_up_is_still_asked_when_no_one_is_named(shipped: KnowledgeService) -> None:
    assert "founder" in shipped.matcher.read("AAGC was set up by whom?").attributes


# ---------------------------------------------------------------- categories that exclude each other
@pytest.mark.parametrize(
    "question",
    [
        "2+2 involves home ministers right?",
        "the 2+2 is between finance and commerce ministers na?",
        "2+2 dialogue is between the trade and commerce ministers right",
        "MILAN is bilateral and MALABAR is trilateral?",
    ],
)
def test_another_category_joined_by_and_is_corrected(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Correction)


@pytest.mark.parametrize(
    "question",
    [
        "2+2 is between defence and foreign ministers right?",
        "when was the defence equipment transfer pact signed",
        "is malabar bilateral or multilateral?",
    ],
)
def test_the_materials_own_category_or_a_choice_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Answer)


# ---------------------------------------------------------------- a visit: who went where, and when
def test_every_event_kind_has_its_wording() -> None:
    kinds = set(LEXICON.event_phrases.values())
    assert kinds
    assert all(f"event:{kind}" in ASKED_WORDS for kind in kinds)


def test_a_visit_the_other_way_round_is_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("the japanese prime minister visited india right?")
    assert isinstance(outcome, Correction)
    assert outcome.reversed


def test_a_visit_is_not_dated_by_the_year_of_a_declaration(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("when did the Japanese PM visit India in 2025")
    assert not isinstance(outcome, Answer)


@pytest.mark.parametrize(
    "question",
    ["list the other outcomes of the pm's japan visit", "which security document came out of the 2025 visit"],
)
def test_a_visit_as_a_noun_sets_no_direction(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Answer)


# ---------------------------------------------------------------- chat words
def test_ne_in_capitals_is_the_northeast(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("which policies align in NE"), Correction)
    outcome = shipped.matcher.ask("act east forum NE ke liye hai?")
    assert isinstance(outcome, Answer)
    assert "Northeast" in outcome.best.fact.fact.answer


def test_a_portfolio_word_without_ministers_is_no_category(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("Does the 2+2 dialogue discuss finance?"), Correction)


@pytest.mark.parametrize(
    "question", ["Do you think the AAGC was set up in 2017?", "What is the view of India on UNSC reform?"]
)
def test_a_hedge_or_a_view_the_fact_states_is_no_opinion_asked(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Answer)


def test_a_corrected_year_is_not_asked_again(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("what is the AAGC?").turn
    turn = shipped.matcher.respond("was it set up in 2015?", turn).turn
    outcome = shipped.matcher.respond("when?", turn).outcome
    assert isinstance(outcome, Answer)
    assert "2017" in outcome.best.fact.fact.answer


# ---------------------------------------------------------------- follow-ups that claim or leave a name behind
@pytest.mark.parametrize("follow_up", ["was it set up in 2015?", "it was set up in 2015 right?"])
def test_a_year_claimed_of_the_earlier_subject_is_corrected(shipped: KnowledgeService, follow_up: str) -> None:
    turn = shipped.matcher.respond("what is AAGC").turn
    outcome = shipped.matcher.respond(follow_up, turn).outcome
    assert isinstance(outcome, Correction)
    assert outcome.related[0].fact.fact.id == "aagc_year"


def test_the_right_year_of_the_earlier_subject_is_confirmed(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("what is AAGC").turn
    assert isinstance(shipped.matcher.respond("was it set up in 2017?", turn).outcome, Answer)


def test_a_name_the_correction_did_not_take_up_is_not_asked_again(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("SCRI with US, right?").turn
    outcome = shipped.matcher.respond("what's its purpose", turn).outcome
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "scri_purpose"


# ---------------------------------------------------------------- two things set side by side
@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("difference between G4 and QUAD cooperation", ("G4", "QUAD cooperation")),
        ("compare aagc with the africa initiative", ("aagc", "the africa initiative")),
        ("how is india's approach different from japan's", ("india's approach", "japan's approach")),
        (
            "what is the difference between bilateral and multilateral exercises",
            ("bilateral exercises", "multilateral exercises"),
        ),
        ("cepa aur ijicp me kya fark hai", ("cepa", "ijicp")),
    ],
)
def test_two_things_set_side_by_side_are_read(question: str, sides: tuple[str, str]) -> None:
    assert read_difference(question, LEXICON) == sides


@pytest.mark.parametrize(
    "question", ["JIMEX vs MALABAR - which one is bilateral", "when did cepa come into effect", "india and japan ties"]
)
def test_other_questions_set_nothing_side_by_side(question: str) -> None:
    assert read_difference(question, LEXICON) is None


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("difference between G4 and QUAD cooperation", {"g4_unsc_reform", "quad"}),
        ("how is quad different from scri", {"quad", "scri"}),
    ],
)
def test_each_side_is_answered_with_its_own_fact(shipped: KnowledgeService, question: str, facts: set[str]) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert {m.fact.fact.id for m in outcome.matches} == facts
    assert outcome.note


def test_a_side_the_material_does_not_cover_is_said_to_be_missing(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("compare india japan trade with india china trade")
    assert isinstance(outcome, Partial)
    assert "china" in outcome.missing


def test_the_partners_themselves_are_not_set_side_by_side(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("difference between india and japan")
    assert not (isinstance(outcome, Answer) and outcome.note)


# ---------------------------------------------------------------- a plural kind alone
@pytest.mark.parametrize("question", ["exercises", "exercises?", "india japan exercises"])
def test_a_plural_kind_alone_asks_for_all_of_them(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    facts = {m.fact.fact.id for m in outcome.matches}
    assert {"bilateral_exercises", "multilateral_exercises"} <= facts
