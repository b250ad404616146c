"""Mechanisms that keep confident wrong answers out: each read on a small practice article or on the shipped base.

A thing dated elsewhere in the base, a name a fact only lists, a kind word that names nothing, "who" before an
action, relation words of another sense, a bare name as a follow-up, and continents that are no cities.
"""

from __future__ import annotations

import pytest

from bot.core.answering.entities import default_gazetteer
from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.answering.query import asks_agent
from bot.core.language.lexicon import LEXICON, Lexicon, LexiconError
from bot.core.language.text import tokenize
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: harbour-ties
  title: Chile-Norway Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Norway work together on ports, fuel and trade.]
sections:
  - {id: ties, title: Ties, summary: Accords and forums.}
facts:
  - id: accord_year
    section: ties
    question: When was the Harbour Accord signed?
    answer: The Harbour Accord was signed in 2021.
    keywords: [Harbour Accord, "2021"]
  - id: port_ties
    section: ties
    question: What do port ties between the two rest on?
    answer: Port ties rest on the 2021 Harbour Accord and the 2018 river pact.
    keywords: [port ties, Harbour Accord, river pact]
  - id: outcomes
    section: ties
    question: What else came out of the summit?
    answer: >-
      The summit also produced several bodies: a Fuel Forum, a Canal Board, a Dock Council and a Chile-Norway
      Trade Desk.
    keywords: [summit, outcomes]
  - id: trade_desk
    section: ties
    question: What is the Trade Desk?
    answer: The Chile-Norway Trade Desk helps small firms find buyers across the border.
    keywords: [Trade Desk, small firms]
  - id: fuel_forum
    section: ties
    question: What is the Fuel Forum?
    answer: The summit set up an Chile-Norway Fuel Forum.
    keywords: [Fuel Forum]
    names_only: true
  - id: canal_board_year
    section: ties
    question: When did the Canal Board start?
    answer: The Canal Board dates from 2020.
    keywords: [Canal Board, "2020"]
  - id: canal_board_goal
    section: ties
    question: What is the goal of the Canal Board?
    answer: The Canal Board aims to cut dependence on any one country for shipping lanes.
    keywords: [Canal Board, goal]
glossary:
  - term: Harbour Accord
  - term: Fuel Forum
  - term: Canal Board
  - term: Dock Council
  - term: Trade Desk
  - term: Chile-Norway
    synonyms: [Chile Norway]
"""


@pytest.fixture
def ties(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"ties.yaml": ARTICLE}))


# ---------------------------------------------------------------- a named thing's year, from the whole base
def test_a_year_the_base_gives_a_named_thing_corrects_a_premise_against_a_fact_without_one(
    ties: KnowledgeService,
) -> None:
    # port_ties names the accord beside two years (2021 and 2018), so it dates nothing by itself; accord_year
    # dates the accord 2021, and "the Harbour Accord in 2018" is a premise to correct, not an answer.
    scorer = ties.matcher.scorer
    label = {c: ties.matcher.index.glossary.labels[c] for c in scorer.concept_years}
    assert {label[c]: year for c, year in scorer.concept_years.items()} == {
        "Harbour Accord": "2021",
        "Canal Board": "2020",
    }
    outcome = ties.matcher.ask("why did they sign the Harbour Accord in 2018?")
    assert isinstance(outcome, Correction)
    assert not isinstance(ties.matcher.ask("why did they sign the Harbour Accord in 2021?"), Correction)


def test_the_shipped_base_corrects_the_joint_declaration_of_2015(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("Why did India and Japan sign the Joint Declaration on Security Cooperation in 2015?")
    assert isinstance(outcome, Correction)
    # The article's own partners ("India-Japan") are no dated thing.
    labels = {shipped.matcher.index.glossary.labels[c] for c in shipped.matcher.scorer.concept_years}
    assert "India-Japan" not in labels
    assert "Joint Declaration on Security Cooperation" in labels


# ---------------------------------------------------------------- a name a fact only lists is not described
def test_a_name_listed_beside_the_partners_names_is_only_listed(ties: KnowledgeService) -> None:
    position = next(i for i, f in enumerate(ties.matcher.index.facts) if f.fact.id == "outcomes")
    labels = ties.matcher.index.glossary.labels
    listed = {labels[c] for c in ties.matcher.scorer.listed_names(position)}
    assert listed == {"Fuel Forum", "Canal Board", "Dock Council", "Trade Desk"}
    # "what is the Fuel Forum": the list names it, the names-only fact says so honestly.
    outcome = ties.matcher.ask("what is the Fuel Forum")
    assert isinstance(outcome, Partial)
    described = ties.matcher.ask("what is the Trade Desk")
    assert isinstance(described, Answer)
    assert described.best.fact.fact.id == "trade_desk"


def test_what_is_the_sme_forum_is_a_partial_answer(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what is the SME forum")
    assert isinstance(outcome, Partial)
    assert [m.fact.fact.id for m in outcome.related] == ["sme_forum"]


# ---------------------------------------------------------------- "which country": a name of that kind
def test_a_kind_word_that_names_nothing_does_not_answer_which_kind(ties: KnowledgeService) -> None:
    scorer = ties.matcher.scorer
    position = next(i for i, f in enumerate(ties.matcher.index.facts) if f.fact.id == "canal_board_goal")
    assert scorer.kinds_called(position) == frozenset()  # "any one country" calls nothing a country
    judged = {
        j.candidate.fact.fact.id: j for j in ties.matcher.judge(ties.matcher.read("which country runs the Canal Board"))
    }
    assert "kind:country" in judged["canal_board_goal"].candidate.unmet_attributes
    assert not judged["canal_board_goal"].ok


def test_which_country_is_answered_from_a_country_the_answer_names(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("which country joins them in scri")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "scri"


# ---------------------------------------------------------------- "who" before an action
@pytest.mark.parametrize(
    ("question", "agent"),
    [
        ("who set it up?", True),
        ("who restricts nuclear tech transfer to india", True),
        ("who is the prime minister of japan", False),
        ("who are its members", False),
        ("what did they set up", False),
    ],
)
def test_who_before_an_action_asks_who_does_it(question: str, agent: bool) -> None:
    assert asks_agent(tokenize(question), LEXICON) is agent


def test_a_fact_that_names_no_doer_does_not_answer_who_did_it(ties: KnowledgeService) -> None:
    outcome = ties.matcher.ask("who started the Canal Board")
    assert not isinstance(outcome, Answer)


def test_who_set_it_up_after_the_aagc_is_answered_by_a_fact_naming_who_did(shipped: KnowledgeService) -> None:
    conversation = None
    first = shipped.matcher.respond("what is the AAGC for", conversation)
    outcome = shipped.matcher.respond("who set it up?", first.turn).outcome
    # Only a fact whose answer names the doers answers "who": the AAGC's year fact says India and Japan set it up.
    assert isinstance(outcome, Answer)
    assert "India and Japan jointly established" in outcome.best.fact.fact.answer


# ---------------------------------------------------------------- relation words of another sense
@pytest.mark.parametrize(
    "question",
    [
        "which ship did japan send to the malabar exercise",
        "did japan send warships to india",
        "what does india get from the partnership",
    ],
)
def test_a_relation_word_without_its_context_relates_nothing(shipped: KnowledgeService, question: str) -> None:
    query = shipped.matcher.read(question)
    assert query.roles == ()
    assert all(u.kind != "relation" for u in query.units)
    outcome = shipped.matcher.ask(question)
    assert not (isinstance(outcome, Answer) and outcome.best.fact.fact.id in {"japan_exports_to_india"})


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what goods does japan ship to india", "india_imports_from_japan"),
        ("is gujarat linked with shizuoka", "gujarat_shizuoka"),
        ("what does japan sell to india", "india_imports_from_japan"),  # the goods Japan sells: what India buys
    ],
)
def test_a_relation_word_beside_its_context_still_relates(
    shipped: KnowledgeService, question: str, fact_id: str
) -> None:
    assert shipped.matcher.read(question).roles
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact_id


def test_weak_relation_words_must_be_words_of_their_relation() -> None:
    document = {"relations": {"export": {"forward": ["export"], "reverse": [], "weak": ["ship"]}}}
    with pytest.raises(LexiconError, match="weak words"):
        Lexicon.from_documents([("bad.yaml", document)])
    contexts = LEXICON.relation_contexts
    assert "export" in contexts["ship"]  # a word that surely names the relation is context enough
    assert "exports" not in contexts


# ---------------------------------------------------------------- a bare name after an earlier question
def test_a_bare_name_is_read_as_continuing_the_earlier_question(shipped: KnowledgeService) -> None:
    assert shipped.matcher.read("the SME forum?").markers.elliptical
    assert not shipped.matcher.read("AI wala initiative bhi hai kya").markers.elliptical
    assert not shipped.matcher.read("is there an AI initiative").markers.elliptical
    first = shipped.matcher.respond("what's the sustainable fuel initiative?")
    outcome = shipped.matcher.respond("the SME forum?", first.turn).outcome
    assert isinstance(outcome, Partial)  # the forum is only named: no description, as for the fuel initiative
    alone = shipped.matcher.ask("the SME forum?")
    assert isinstance(alone, Answer)  # with nothing before it, a name is a question of its own


# ---------------------------------------------------------------- continents are no cities, nor countries
def test_continents_are_regions_not_countries_or_cities() -> None:
    kinds = {m.canonical: m.kind for m in default_gazetteer().find(tokenize("Africa Asia Mumbai African"))}
    assert kinds == {"Africa": "region", "Asia": "region", "Mumbai": "place"}


def test_which_city_is_not_answered_by_a_continent(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("PM japan mein kaunse city gaye the?")
    assert not isinstance(outcome, Answer)


# ---------------------------------------------------------------- what a thing does, asked as its activities or target
@pytest.mark.parametrize(
    "question",
    [
        "what activities happen in the india-japan SME forum",
        "what does the action plan for human resource exchange target",
    ],
)
def test_the_activities_or_target_of_a_thing_only_named_are_not_answered_with_its_name(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert "purpose" in outcome.missing or "aim" in outcome.missing


@pytest.mark.parametrize(
    ("question", "fact"), [("what activities does quad do", "quad"), ("what does ijicp target", "ijicp_aim")]
)
def test_the_activities_or_target_of_a_thing_described_are_answered(
    shipped: KnowledgeService, question: str, fact: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


def test_an_attribute_the_fact_lacks_is_no_owner_turned_round(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what is india's export target")
    assert not isinstance(outcome, Correction)
    # A claim naming the wrong owner is still corrected.
    assert isinstance(shipped.matcher.ask("act east forum develops japan's northeast region?"), Correction)


def test_what_both_partners_do_is_not_answered_by_what_one_does_alone(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("how do india and japan counter unilateralism")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "quad"
    # Asked which of the two, the one alone is the answer.
    chosen = shipped.matcher.ask(
        "who deals with chinese assertiveness through the US-led alliance system, india or japan?"
    )
    assert isinstance(chosen, Answer)
    assert "japan_approach" in {m.fact.fact.id for m in chosen.matches}


@pytest.mark.parametrize("question", ["Who is the corridor manager for AAGC?", "who is the SME forum coordinator"])
def test_a_title_of_a_person_asks_for_a_name(shipped: KnowledgeService, question: str) -> None:
    # The material names no manager: a fact that only shares the thing managed does not answer.
    assert not isinstance(shipped.matcher.ask(question), Answer)
