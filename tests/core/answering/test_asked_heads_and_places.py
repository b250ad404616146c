"""What a question asks to be named, where a list's place points, and whom "it" stands for in a relation.

Each was answered with a true fact that does not answer it (red team, session 34):
- "which Japanese train technology is used in MAHSR?" with "MAHSR is the flagship project ...": a "which X is ..."
  question asks for an X, and a fact about the thing that neither says X, names another thing, nor lists any does not
  give it (a partial answer says so);
- "duration of the Chandrayaan 5 mission" with "... the Joint Vision for the Next Decade ...": a word of time inside a
  name is no span;
- "the third one?" with no list just given (or after an answer of two facts, one of them a list);
- "what does it export to India?" after "which country is in SCRI?": "it" is that country, not a partner.
"""

from __future__ import annotations

import pytest

from bot.core.answering.context import list_items
from bot.core.answering.index import gives
from bot.core.answering.outcomes import Answer, Clarify, Partial
from bot.core.answering.present import outcome_text
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
  - {id: ties, title: Ties, summary: "Trade, projects and programmes."}
facts:
  - id: hrl
    section: ties
    question: What is the flagship project of Chile-Latvia development cooperation?
    answer: The Harbour Rail Link (HRL) is the flagship project of Chile-Latvia development cooperation.
    keywords: [Harbour Rail Link, flagship, railways]
  - id: valparaiso_riga
    section: ties
    question: Which Latvian region is Valparaiso paired with?
    answer: Valparaiso is paired with Latvia's Riga region under the region partnerships agreed during the visit.
    keywords: [Valparaiso, Riga, region partnership]
  - id: ocean_forum
    section: ties
    question: How do Chile and Latvia counter piracy?
    answer: Chile and Latvia use the Ocean Forum to work together on shipping lanes, to counter piracy at sea.
    keywords: [Ocean Forum, piracy]
  - id: visit_outcomes
    section: ties
    question: What did the visit deliver?
    answer: >-
      The visit delivered the Chile-Latvia Joint Plan for the Next Decade and a space agreement on the Moon Probe 7
      mission.
    keywords: [visit, outcomes, Joint Plan, Moon Probe 7]
  - id: joint_plan_span
    section: ties
    question: How long does the Joint Plan run?
    answer: The Joint Plan is a 10-year plan, so it runs for 10 years.
    keywords: [Joint Plan, how long]
  - id: moon_probe
    section: ties
    question: What is the Moon Probe 7 mission?
    answer: Under a space agreement, Chile and Latvia will work together on the Moon Probe 7 mission to the lunar pole.
    keywords: [Moon Probe 7, space]
  - id: harbour_sectors
    section: ties
    question: Which sectors does the Harbour Initiative cover?
    answer: The sectors of the Harbour Initiative include shipbuilding, fisheries, tourism and logistics.
    keywords: [Harbour Initiative, sectors]
  - id: harbour_year
    section: ties
    question: When was the Harbour Initiative launched?
    answer: The Harbour Initiative was launched in 2019.
    keywords: [Harbour Initiative, launched]
  - id: plan_strands_count
    section: ties
    question: How many strands does the Harbour Plan have?
    answer: The Harbour Plan is built around six strands (6 in all).
    keywords: [Harbour Plan, strands, how many]
  - id: plan_strands_named
    section: ties
    question: Which strands of the Harbour Plan does the article name?
    answer: >-
      The strands of the Harbour Plan that the article names include Fishing, Tourism and Shipping; the rest are not
      listed.
    keywords: [Harbour Plan, strands, named]
  - id: fund_arms_count
    section: ties
    question: How many arms does the Harbour Fund have?
    answer: The Harbour Fund has two arms (2 in all).
    keywords: [Harbour Fund, arms, how many]
  - id: fund_arms_named
    section: ties
    question: Which arms of the Harbour Fund does the article name?
    answer: The arms of the Harbour Fund that the article names include Loans, Grants and Bonds.
    keywords: [Harbour Fund, arms, named]
  - id: drills
    section: ties
    question: Which drills do Chile and Latvia hold?
    answer: Chile and Latvia hold naval drills such as Baltic Star and Andes Wave.
    keywords: [drills, Baltic Star, Andes Wave]
  - id: plan_pillars
    section: ties
    question: What are the Harbour Plan's pillars?
    answer: "The Harbour Plan has three pillars: trade, security and culture."
    keywords: [Harbour Plan, pillars]
  - id: supply_network
    section: ties
    question: Which country joins Chile and Latvia in the Supply Network Initiative?
    answer: Chile and Latvia team up with Norway in the Supply Network Initiative (SNI).
    keywords: [Supply Network Initiative, Norway]
  - id: chile_exports
    section: ties
    question: What does Chile export to Latvia?
    answer: Chile's exports to Latvia include copper, wine and fruit.
    keywords: [exports, Chile, Latvia, goods]
glossary:
  - {term: HRL, expansion: Harbour Rail Link}
  - {term: railways, synonyms: [railway, rail, train, trains]}
  - {term: SNI, expansion: Supply Network Initiative}
  - {term: Ocean Forum}
  - {term: Joint Plan}
  - {term: Harbour Plan}
  - {term: Harbour Fund}
  - {term: Baltic Star}
  - {term: Andes Wave}
  - {term: Moon Probe 7}
  - {term: Harbour Initiative}
  - {term: Valparaiso}
  - {term: Chile}
  - {term: Latvia}
  - {term: Riga}
  - term: Chile-Latvia
"""


@pytest.fixture
def ties(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("which train technology is used in the HRL?", "which technology"),
        ("what sectors will Valparaiso and Riga cooperate on?", "which sectors"),
    ],
)
def test_a_fact_about_the_thing_that_does_not_give_the_x_asked_is_a_partial_answer(
    ties: KnowledgeService, question: str, asked: str
) -> None:
    outcome = ties.matcher.ask(question)
    assert isinstance(outcome, Partial), outcome
    assert asked in outcome_text(outcome)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # The fact names a thing the question does not: the name is the grouping asked for.
        ("through which grouping do Chile and Latvia counter piracy?", "ocean_forum"),
        # The fact lists things: the list is the sectors asked for.
        ("what sectors does the Harbour Initiative cover?", "harbour_sectors"),
        # The fact says the word asked for.
        ("which project is the flagship of development cooperation?", "hrl"),
    ],
)
def test_a_fact_that_names_lists_or_says_the_x_asked_answers(ties: KnowledgeService, question: str, fact: str) -> None:
    outcome = ties.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact


def test_a_which_question_naming_no_subject_is_not_told_what_a_fact_lacks(ties: KnowledgeService) -> None:
    # "what corridor did they set up": no thing named, so no fact is its subject to say "which corridor" is missing of.
    outcome = ties.matcher.ask("what corridor did chile and latvia set up together?")
    assert not isinstance(outcome, Partial) or "which corridor" not in outcome_text(outcome)


def test_a_word_of_time_inside_a_name_gives_no_span() -> None:
    assert "duration" not in gives("The visit delivered the Joint Plan for the Next Decade and a space agreement.")
    assert "duration" in gives("The Joint Plan is a 10-year plan.")
    assert "duration" in gives("Ties have grown over two decades.")


def test_how_long_a_mission_lasts_is_not_read_from_another_thing_s_name(ties: KnowledgeService) -> None:
    outcome = ties.matcher.ask("duration of the moon probe 7 mission")
    assert isinstance(outcome, Partial), outcome
    assert "how long" in outcome_text(outcome)
    assert "Next Decade" not in outcome_text(outcome)
    answered = ties.matcher.ask("how long is the joint plan?")
    assert isinstance(answered, Answer)
    assert answered.best.fact.fact.id == "joint_plan_span"


@pytest.mark.parametrize("question", ["the third one?", "what is the second one", "third?"])
def test_a_place_in_a_list_with_no_list_before_it_is_asked_back(ties: KnowledgeService, question: str) -> None:
    outcome = last_reply(ties, question)
    assert isinstance(outcome, Clarify), outcome


def test_a_place_in_a_list_after_an_answer_with_no_list_is_asked_back(ties: KnowledgeService) -> None:
    outcome = last_reply(ties, "when was the harbour initiative launched?", "the third one?")
    assert isinstance(outcome, Clarify), outcome


def test_a_place_beyond_the_list_says_how_many_it_names(ties: KnowledgeService) -> None:
    # (Session 41: it was asked back; the list just given is plainly what "the fifth one" points into, and saying
    # how many it names tells the member they miscounted.)
    outcome = last_reply(ties, "which sectors does the harbour initiative cover?", "the fifth one?")
    assert isinstance(outcome, Partial), outcome
    assert outcome.missing.startswith("item 5 of the list (it names")
    assert outcome.missing.endswith(" 4)")


def test_a_place_in_the_list_is_its_item_said_as_such(ties: KnowledgeService) -> None:
    sectors = ("shipbuilding", "fisheries", "tourism", "logistics")
    assert list_items(ties.base.fact("harbour_sectors").fact.answer) == sectors
    outcome = last_reply(ties, "which sectors does the harbour initiative cover?", "the third one?")
    assert isinstance(outcome, Answer), outcome
    assert outcome_text(outcome).startswith("Item 3 in that list is tourism.")


def test_a_second_place_points_into_the_same_list(ties: KnowledgeService) -> None:
    outcome = last_reply(ties, "which sectors does the harbour initiative cover?", "the third one?", "the last one?")
    assert isinstance(outcome, Answer), outcome
    assert outcome_text(outcome).startswith("Item 4 in that list is logistics.")


@pytest.mark.parametrize(
    ("answer", "items"),
    [
        (
            "The sectors include chips, clean energy, telecom, and new and emerging technologies, where it aims high.",
            ("chips", "clean energy", "telecom", "new and emerging technologies"),
        ),
        ("The sectors it includes are chips, telecom and ports.", ("chips", "telecom", "ports")),
        ("Its pillars: trade, security and development.", ("trade", "security", "development")),
        # Before the last comma, "and" joins words of one item.
        (
            "The pact includes trade in goods and services, movement of people, investments and patents, among others.",
            ("trade in goods and services", "movement of people", "investments", "patents"),
        ),
    ],
)
def test_a_list_s_items_are_read_whole(answer: str, items: tuple[str, ...]) -> None:
    assert list_items(answer) == items


@pytest.mark.parametrize(
    "answer",
    [
        # A sentence of clauses is no list: "and" inside a piece before the last comma joins words of a clause, and
        # a piece that long is no item.
        "The article's gist: through new pacts, Chile and Latvia have deepened their ties, with weight on trade,"
        " security and ports, helping growth and stability.",
    ],
)
def test_a_sentence_of_clauses_is_no_list(answer: str) -> None:
    assert list_items(answer, fewest=2) == ()


def test_how_many_are_named_counts_the_names_not_the_total(ties: KnowledgeService) -> None:
    outcome = ties.matcher.ask("how many strands of the harbour plan are named in the article?")
    assert isinstance(outcome, Answer), outcome
    assert outcome_text(outcome).startswith("The material names 3: Fishing, Tourism and Shipping. It gives 6 in all")
    total = ties.matcher.ask("how many strands does the harbour plan have?")
    assert isinstance(total, Answer), total
    assert total.best.fact.fact.id == "plan_strands_count"
    assert not total.note


@pytest.mark.parametrize(
    "earlier",
    [
        "which country joins chile and latvia in the supply network initiative?",
        "which latvian region is valparaiso paired with?",
    ],
)
def test_it_in_a_relation_s_open_side_is_the_earlier_subject_not_a_partner(
    ties: KnowledgeService, earlier: str
) -> None:
    outcome = last_reply(ties, earlier, "what does it export to latvia?")
    assert not isinstance(outcome, Answer), outcome


def test_it_after_a_question_naming_only_the_partners_is_read_on_its_own(ties: KnowledgeService) -> None:
    # No earlier subject but the partners: "it" is the partner that trades, as the question alone reads it.
    outcome = last_reply(ties, "how do chile and latvia trade?", "what does it export to latvia?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "chile_exports"


def test_two_names_after_an_opener_are_a_list_to_point_into(ties: KnowledgeService) -> None:
    assert list_items(ties.base.fact("drills").fact.answer) == ()  # not a list of three or more for other readings
    outcome = last_reply(ties, "which drills do chile and latvia hold?", "the second one?")
    assert isinstance(outcome, Answer), outcome
    assert outcome_text(outcome).startswith("Item 2 in that list is Andes Wave.")


def test_a_place_in_a_whole_list_says_how_many_there_are(ties: KnowledgeService) -> None:
    # "include" and "such as" may leave items out; a list after a colon names them all.
    outcome = last_reply(ties, "what are the harbour plan's pillars?", "the second one?")
    assert isinstance(outcome, Answer), outcome
    assert outcome_text(outcome).startswith("Item 2 of 3 in that list is security.")


@pytest.mark.parametrize(("ordinal", "item"), [("2nd?", "fisheries"), ("the 3rd one", "tourism")])
def test_an_ordinal_written_with_figures_is_a_place(ties: KnowledgeService, ordinal: str, item: str) -> None:
    outcome = last_reply(ties, "which sectors does the harbour initiative cover?", ordinal)
    assert isinstance(outcome, Answer), outcome
    assert f"in that list is {item}." in outcome_text(outcome)


def test_who_will_head_a_thing_asks_its_leader(ties: KnowledgeService) -> None:
    outcome = ties.matcher.ask("who will head the ocean forum?")
    assert isinstance(outcome, Partial), outcome
    assert "who leads it" in outcome_text(outcome)


def test_a_total_no_larger_than_the_names_is_not_said_to_leave_others_unnamed(ties: KnowledgeService) -> None:
    outcome = ties.matcher.ask("how many arms of the harbour fund are named in the article?")
    assert "the others are not named" not in outcome_text(outcome)
