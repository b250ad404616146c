"""More mechanisms that keep confident wrong answers out, each at its edges.

A name given only as an example, a year that dates another thing, plural titles, romanised translations, an
action with no subject, a follow-up with nothing before it, and a "which is not" answer that points to where the
odd one out is mentioned.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.core.answering.checks import ASKED_WORDS
from bot.core.answering.entities import Gazetteer
from bot.core.answering.matcher import Matcher
from bot.core.answering.outcomes import Answer, Clarify, Correction, Decline, DeclineReason, Partial
from bot.core.answering.present import outcome_text
from bot.core.answering.query import drop_repeats
from bot.core.answering.shapes import read_statements, statement_option
from bot.core.language.lexicon import Intent, Lexicon, LexiconError
from bot.core.language.text import tokenize
from bot.core.services.asking import AskingService
from bot.core.services.knowledge import KnowledgeService
from bot.paths import PROJECT_ROOT
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: river-ties
  title: Peru-Estonia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Peru and Estonia work together on rivers, ports and drills.]
sections:
  - {id: ties, title: Ties, summary: Accords drills and talks.}
facts:
  - id: ties_overview
    section: ties
    question: What do river ties rest on?
    answer: >-
      River ties rest on the 2019 Delta Accord and the 2016 barge pact, plus the Ferry Talks and drills such as
      Reef Watch and Cold Current.
    keywords: [river ties, Delta Accord, Ferry Talks, Reef Watch]
  - id: ferry_talks
    section: ties
    question: Who takes part in the Ferry Talks?
    answer: The Ferry Talks bring together the transport and energy ministers of Peru and Estonia.
    keywords: [Ferry Talks, ministers]
  - id: delta_accord_year
    section: ties
    question: When was the Delta Accord signed?
    answer: The Delta Accord was signed in 2019.
    keywords: [Delta Accord, "2019"]
  - id: lock_board
    section: ties
    question: What does the Lock Board do?
    answer: Set up in 2021, the Lock Board runs the river locks that both countries share.
    keywords: [Lock Board]
  - id: cold_current
    section: ties
    question: What is Cold Current?
    answer: Cold Current is a winter naval drill held by Peru and Estonia in the Baltic.
    keywords: [Cold Current, drill]
glossary:
  - term: Delta Accord
  - term: Ferry Talks
  - term: Reef Watch
  - term: Cold Current
  - term: Lock Board
  - term: Peru-Estonia
    synonyms: [Peru Estonia]
"""


def _service(write_knowledge: WriteKnowledge, article: str) -> KnowledgeService:
    """Load one article file of this module's small bases."""
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": article}))


@pytest.fixture
def rivers(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return _service(write_knowledge, ARTICLE)


def _ids(outcome: object) -> list[str]:
    matches = getattr(outcome, "matches", None) or getattr(outcome, "related", ())
    return [m.fact.fact.id for m in matches]


# ---------------------------------------------------------------- a name given only as an example
def test_names_after_such_as_or_far_into_a_fact_are_only_mentioned(rivers: KnowledgeService) -> None:
    matcher = rivers.matcher
    labels = matcher.index.glossary.labels

    def aside(fact_id: str) -> set[str]:
        position = next(i for i, f in enumerate(matcher.index.facts) if f.fact.id == fact_id)
        return {labels[c] for c in matcher.scorer.mentioned_aside(position)}

    # Examples ("such as Reef Watch and Cold Current") and names far into the answer that the fact's question
    # never names (the Ferry Talks) are only mentioned.
    assert aside("ties_overview") >= {"Reef Watch", "Cold Current", "Ferry Talks"}
    # A fact is about what its question names ("What is Cold Current?").
    assert aside("cold_current") == set()


def test_what_is_an_example_name_is_a_partial_answer_unless_a_fact_describes_it(rivers: KnowledgeService) -> None:
    only_named = rivers.matcher.ask("what is Reef Watch")
    assert isinstance(only_named, Partial)
    assert _ids(only_named) == ["ties_overview"]
    described = rivers.matcher.ask("what is Cold Current")
    assert isinstance(described, Answer)
    assert described.best.fact.fact.id == "cold_current"


# ---------------------------------------------------------------- a year written inside another thing's name
def test_when_is_not_answered_by_years_that_date_other_things(rivers: KnowledgeService) -> None:
    # "the 2019 Delta Accord" and "the 2016 barge pact" date those two; the Ferry Talks have no year.
    outcome = rivers.matcher.ask("when did the ferry talks start")
    assert not isinstance(outcome, Answer)
    assert "year" in (outcome.missing if isinstance(outcome, Partial) else "year")


def test_when_is_answered_by_a_year_of_the_thing_itself(rivers: KnowledgeService) -> None:
    accord = rivers.matcher.ask("when was the delta accord signed")
    assert isinstance(accord, Answer)
    assert accord.best.fact.fact.id == "delta_accord_year"
    # A year in a phrase of its own ("Set up in 2021, the Lock Board ...") dates the fact's subject.
    board = rivers.matcher.ask("when was the lock board set up")
    assert isinstance(board, Answer)
    assert board.best.fact.fact.id == "lock_board"


# ---------------------------------------------------------------- titles in the plural ask for offices
def test_which_ministers_is_answered_by_the_offices_a_fact_names(rivers: KnowledgeService) -> None:
    outcome = rivers.matcher.ask("which ministers attend the ferry talks")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "ferry_talks"


def test_who_is_the_minister_still_needs_a_name(rivers: KnowledgeService) -> None:
    assert not isinstance(rivers.matcher.ask("who is the transport minister of peru"), Answer)


# ---------------------------------------------------------------- Hinglish read through the language data
def test_romanised_words_are_translated_too(shipped: KnowledgeService) -> None:
    query = shipped.matcher.read("gujarat kis prefecture se juda hai")
    assert "paired" in query.similarity_text or any("pair" in u.label.casefold() for u in query.units)
    outcome = shipped.matcher.ask("gujrat kis japani prefecture ke saath juda hai")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "gujarat_shizuoka"


@pytest.mark.parametrize("question", ["india japan ties special strategic and global partnership kab bane?"])
def test_a_hinglish_verb_is_not_left_uncovered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "ssgp_2014"


# ---------------------------------------------------------------- nothing to lean on
@pytest.mark.parametrize("question", ["kab shuru hua?", "who launched?", "aur UP ka?", "and the AAGC?"])
def test_a_follow_up_with_nothing_before_it_is_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Clarify)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("when was the article last updated", "updated_date"),
        ("UP ka partner prefecture kaunsa hai", "uttar_pradesh_yamanashi"),
        ("mahsr??", "mahsr"),
    ],
)
def test_a_complete_first_question_is_answered(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert fact in _ids(outcome)


# ---------------------------------------------------------------- explain a thing the material only names
def test_explaining_a_thing_only_named_is_a_partial_answer(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("action plan for human resource exchange explain karo")
    assert isinstance(outcome, Partial)
    assert _ids(outcome) == ["human_resource_exchange"]
    # "what is there for human resource exchange" asks for the plan's name, which the fact gives.
    asked_for = shipped.matcher.ask("human resource exchange ke liye kya hai")
    assert isinstance(asked_for, Answer)


# ---------------------------------------------------------------- "which is not": where the odd one is
def test_the_odd_one_out_is_shown_where_the_material_mentions_it(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask(
        "which is not a QUAD focus area: maritime security, critical technologies, UNSC reforms?"
    )
    assert isinstance(outcome, Answer)
    assert _ids(outcome) == ["quad", "g4_unsc_reform"]
    assert "unsc reforms" in (outcome.note or "").casefold()


# ---------------------------------------------------------------- "what does X sell": the goods
@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what does japan export to india", "india_imports_from_japan"),
        ("japan india ko kya bechta hai", "india_imports_from_japan"),
        ("how much does japan export to india", "japan_exports_to_india"),
    ],
)
def test_what_a_country_sells_is_the_goods_and_how_much_is_their_worth(
    shipped: KnowledgeService, question: str, fact: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert _ids(outcome)[:1] == [fact], outcome


def test_the_goods_asked_for_are_not_answered_by_a_value(shipped: KnowledgeService) -> None:
    query = shipped.matcher.read("what does japan sell to india")
    assert "goods" in query.attributes
    assert "goods" not in shipped.matcher.read("how much does japan sell to india").attributes
    # "what about exports from Japan?" continues the question before it, whatever that asked.
    assert "goods" not in shipped.matcher.read("what about exports from Japan?").attributes


# ---------------------------------------------------------------- turning round, carrying over
def test_the_other_way_after_imports_is_the_exports(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    first = matcher.respond("what does india import from japan?")
    other = matcher.respond("the other way?", first.turn)
    assert _ids(other.outcome) == ["india_exports_to_japan"]
    # With nothing before it, there is nothing to turn round.
    assert isinstance(matcher.ask("the other way round?"), Clarify)


def test_an_action_after_an_unanswered_question_is_not_answered_about_something_else(
    shipped: KnowledgeService,
) -> None:
    matcher = shipped.matcher
    first = matcher.respond("2+2 dialogue kiske beech hota hai zzqx?")
    started = matcher.respond("kab shuru hua?", first.turn)
    assert not (isinstance(started.outcome, Answer) and "ijicp_year" in _ids(started.outcome))


def test_expand_asks_for_the_full_form(shipped: KnowledgeService) -> None:
    query = shipped.matcher.read("expand CEPA")
    assert "full_form" in query.attributes
    outcome = shipped.matcher.ask("expand CEPA")
    assert isinstance(outcome, Answer)
    assert "comprehensive economic partnership agreement" in outcome.best.fact.fact.answer.casefold()


# ---------------------------------------------------------------- "which is not" over an open list
def test_options_before_the_question_are_read_as_options() -> None:
    from bot.core.answering.shapes import read_odd_one_out
    from bot.core.language.lexicon import LEXICON

    odd = read_odd_one_out("JIMEX, MILAN, MALABAR - inme se kaunsa multilateral nahi hai?", True, LEXICON)
    assert odd is not None
    assert odd.options == ("jimex", "milan", "malabar")
    assert "multilateral" in odd.stem
    assert read_odd_one_out("JIMEX, MILAN, MALABAR - good exercises", True, LEXICON) is None


@pytest.mark.parametrize(
    ("question", "options", "stem_word"),
    [
        # The question word inside the part before the dash: the options follow it.
        ("ESI me kaunsa sector nahi hai - semiconductors, clean energy, aviation?", 3, "sector"),
        # A lead-in, the options, then the question, with nothing between them.
        ("Out of MILAN, MALABAR and JIMEX, which one isn't multilateral?", 3, "multilateral"),
        ("among AP, TN or kerala which state is not paired", 3, "paired"),
    ],
)
def test_options_are_found_on_either_side_of_the_question(question: str, options: int, stem_word: str) -> None:
    from bot.core.answering.shapes import read_odd_one_out
    from bot.core.language.lexicon import LEXICON

    odd = read_odd_one_out(question, True, LEXICON)
    assert odd is not None
    assert len(odd.options) == options
    assert stem_word in odd.stem
    assert not any(word in odd.stem.split() for word in ("among", "out", "nahi", "not"))


@pytest.mark.parametrize(
    "question",
    [
        # No question word after the lead-in's list, or no list: nothing to choose from.
        "out of curiosity, India and Japan are not allies?",
        "among other things, why doesn't India sign the NPT",
        "ESI me semiconductors nahi hai - ya hai?",
    ],
)
def test_a_lead_in_without_options_and_a_question_is_no_choice(question: str) -> None:
    from bot.core.answering.shapes import read_odd_one_out
    from bot.core.language.lexicon import LEXICON

    assert read_odd_one_out(question, True, LEXICON) is None


@pytest.mark.parametrize(
    ("question", "odd_one", "facts"),
    [
        (
            "JIMEX, MILAN, MALABAR - inme se kaunsa multilateral nahi hai?",
            "JIMEX",
            ["multilateral_exercises", "bilateral_exercises"],
        ),
        (
            "Out of MILAN, MALABAR and JIMEX, which one isn't multilateral?",
            "JIMEX",
            ["multilateral_exercises", "bilateral_exercises"],
        ),
        (
            "economic security initiative me kaunsa sector nahi hai - semiconductors, clean energy, aviation?",
            "aviation",
            ["economic_security_sectors", "next_gen_mobility"],
        ),
        (
            "which of these is not among india's exports: organic chemicals, vehicles, copper?",
            "copper",
            ["india_exports_to_japan", "india_imports_from_japan"],
        ),
    ],
)
def test_an_open_list_names_the_odd_one_only_with_a_fact_that_places_it_elsewhere(
    shipped: KnowledgeService, question: str, odd_one: str, facts: list[str]
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome) == facts
    assert f"\u201c{odd_one}\u201d" in outcome.note


@pytest.mark.parametrize(
    ("question", "odd_one"),
    [
        (
            "Which of the following is NOT an exercise India and Japan take part in: JIMEX, MALABAR, Yudh Abhyas",
            "Yudh Abhyas",
        ),
        ("which one is not an India-Japan exercise - MILAN, JIMEX, Garuda", "Garuda"),
    ],
)
def test_an_option_on_another_list_of_the_asked_kind_is_no_odd_one(
    shipped: KnowledgeService, question: str, odd_one: str
) -> None:
    # MALABAR is on the list of multilateral exercises, which are exercises India and Japan take part in too.
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith(f"\u201c{odd_one}\u201d")


def test_an_open_list_with_an_option_found_nowhere_stays_a_partial_answer(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("which of these is not among india's exports: organic chemicals, vehicles, zinc?")
    assert isinstance(outcome, Partial)


# ---------------------------------------------------------------- whose thing it is
def test_a_thing_given_the_wrong_owner_is_corrected(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    owners = matcher.scorer.owners("the development of India's Northeast")
    assert ("northeast", "India") in owners
    assert {owner for _thing, owner in owners} == {"India"}  # the word, and the glossary term it starts
    outcome = matcher.ask("how does the act east forum help develop japan's northeast region?")
    assert isinstance(outcome, Correction)
    right = matcher.ask("how does the act east forum help develop india's northeast region?")
    assert isinstance(right, Answer)


# ---------------------------------------------------------------- partners in follow-ups
def test_the_other_partners_side_turns_the_relation_round(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    first = matcher.respond("india's main exports to japan?")
    other = matcher.respond("what about japan's side?", first.turn)
    assert _ids(first.outcome) == ["india_exports_to_japan"]
    assert _ids(other.outcome)[:1] in (["japan_exports_to_india"], ["india_imports_from_japan"])


# ---------------------------------------------------------------- "the other one" after a choice
def test_the_other_one_after_a_comparison_is_the_option_not_chosen(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    first = matcher.respond("which came first, cepa or ijicp?")
    assert first.turn is not None
    assert first.turn.others == ("ijicp",)
    other = matcher.respond("and the other one, when?", first.turn)
    assert _ids(other.outcome) == ["ijicp_year"]


def test_the_other_one_with_no_choice_before_it_is_asked_back(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    assert isinstance(matcher.ask("and the other one, when?"), Clarify)
    first = matcher.respond("what is cepa")
    assert isinstance(matcher.respond("the other one?", first.turn).outcome, Clarify)
    # "the other outcomes" is no reference to an earlier choice.
    assert not isinstance(matcher.ask("list the other outcomes of the pm's visit"), Clarify)


# ---------------------------------------------------------------- who leads it, which agency
@pytest.mark.parametrize(
    "question",
    [
        "i meant the india japan act east forum, who leads it?",
        "who heads the IJICP",
        "which japanese space agency is working on chandrayaan 5",
        "which country leads scri",
    ],
)
def test_a_leader_or_agency_the_material_never_names_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer), outcome


def test_the_partners_do_not_count_as_a_leader(rivers: KnowledgeService) -> None:
    # "Peru and Estonia" run the locks together; that says who shares them, not who leads the board.
    assert "leader" in rivers.matcher.read("who leads the lock board").attributes
    assert not isinstance(rivers.matcher.ask("who leads the lock board"), Answer)


def test_a_kind_word_after_several_describing_words_is_read() -> None:
    from bot.core.answering.query import asked_kinds
    from bot.core.language.lexicon import LEXICON
    from bot.core.language.text import tokenize

    assert asked_kinds(tokenize("which japanese space agency is working on it"), LEXICON) == {"kind:organisation"}
    assert asked_kinds(tokenize("what is the state of trade"), LEXICON) == set()


# ---------------------------------------------------------------- what a follow-up keeps
def test_a_pronoun_after_a_question_that_was_asked_back_is_asked_back_again(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    first = matcher.respond("aur UP ka?")
    assert isinstance(first.outcome, Clarify)
    assert isinstance(matcher.respond("uska aim?", first.turn).outcome, Clarify)
    # A complete question opening with "aur" is answered.
    assert _ids(matcher.ask("aur SCRI me teesra desh kaun hai?")) == ["scri"]


# ---------------------------------------------------------------- figures asserted must be read
def test_a_figure_only_in_a_facts_phrasings_does_not_confirm_it(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    # joint_vision_duration lists "is the joint vision a 5 year or 10 year plan" among its phrasings.
    assert not isinstance(matcher.ask("the joint vision for the next decade is a 5-year plan, na?"), Answer)
    assert _ids(matcher.ask("is the joint vision a 10-year plan?")) == ["joint_vision_duration"]
    # A figure inside a name is the name's ("Chandrayaan 5").
    assert _ids(matcher.ask("what is chandrayaan 5")) == ["chandrayaan_5"]


# ---------------------------------------------------------------- exam-style multiple choice
@pytest.mark.parametrize(
    ("question", "stem", "letters"),
    [
        ("established in: (a) 2011 (b) 2014 (c) 2017 (d) 2021", "established in", "abcd"),
        ("a joint mission with: a) USA b) Japan c) Russia", "a joint mission with", "abc"),
        ("Pick one. A. bilateral B. multilateral C. trilateral D. naval", "Pick one.", "abcd"),
    ],
)
def test_lettered_options_are_read(question: str, stem: str, letters: str) -> None:
    from bot.core.answering.shapes import read_choices

    choices = read_choices(question)
    assert choices is not None
    assert choices.stem == stem
    assert "".join(letter for letter, _o in choices.options) == letters


@pytest.mark.parametrize("question", ["what is a) thing", "(a) only one (b) two", "plain question?"])
def test_text_that_is_not_a_multiple_choice_question_is_left_alone(question: str) -> None:
    from bot.core.answering.shapes import read_choices

    assert read_choices(question) is None


@pytest.mark.parametrize(
    ("question", "picked", "fact"),
    [
        (
            "The Special Strategic and Global Partnership between India and Japan was established in: "
            "(a) 2011 (b) 2014 (c) 2017 (d) 2021",
            "(b) 2014",
            "ssgp_2014",
        ),
        (
            "Dharma Guardian is a ____ exercise. (a) bilateral (b) multilateral (c) trilateral (d) naval-only",
            "(a) bilateral",
            "bilateral_exercises",
        ),
        ("Chandrayaan 5 is a joint mission of India with: a) USA b) Japan c) Russia d) France", "(b) Japan", None),
    ],
)
def test_a_multiple_choice_question_is_answered_with_its_option(
    shipped: KnowledgeService, question: str, picked: str, fact: str | None
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith(f"Answer: {picked}.")
    if fact is not None:
        assert _ids(outcome) == [fact]


def test_a_multiple_choice_answer_naming_several_options_picks_none(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask(
        "Which pairs were formed? (a) Gujarat and Shizuoka (b) Tamil Nadu and Ehime (c) Kerala and Osaka"
    )
    assert not isinstance(outcome, Answer)


def test_this_with_nothing_before_it_is_the_articles_topic_when_something_is_asked_of_it(
    shipped: KnowledgeService,
) -> None:
    matcher = shipped.matcher
    assert _ids(matcher.ask("why is this in the news tho?")) == ["why_in_news_visit"]
    assert isinstance(matcher.ask("when was this set up?"), Clarify)


def test_a_relation_between_the_partners_stands_alone_as_a_part(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask(
        "what was total india-japan trade in fy 2023-24, and what does india mainly import from there?"
    )
    assert isinstance(outcome, Answer)
    assert _ids(outcome) == ["bilateral_trade_total", "india_imports_from_japan"]


def test_a_follow_up_that_states_its_own_direction_is_not_turned_round_again(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    first = matcher.respond("why does japan restrict nuclear tech transfers to india?")
    other = matcher.respond("does india restrict anything the other way?", first.turn)
    assert not isinstance(other.outcome, Answer)


# ---------------------------------------------------------------- follow-ups, turn by turn
def _converse(matcher: Matcher, *questions: str) -> list[object]:
    outcomes: list[object] = []
    turn = None
    for question in questions:
        reply = matcher.respond(question, turn)
        outcomes.append(reply.outcome)
        turn = reply.turn
    return outcomes


@pytest.mark.parametrize(
    ("questions", "facts"),
    [
        # "what about" carries the question ("when") over to the new subject, not the old subject's verb.
        (("Special Strategic and Global Partnership kab bana?", "and CEPA?", "what about IJICP?"), ["ijicp_year"]),
        # India and Japan are what every fact is about, not the subject a follow-up leans on.
        (
            ("which country joins India and Japan in the supply chain resilience initiative?", "what's the goal?"),
            ["scri_purpose"],
        ),
        # A partner named in a follow-up replaces the partner asked about, not the earlier subject.
        (("what is the india japan act east forum for?", "under which japanese vision?"), ["act_east_forum_anchors"]),
        # A plural pronoun keeps the things asked about; a singular one points at the one named subject.
        (
            ("what is the joint vision for the next decade?", "kitni lines of effort?", "name them"),
            ["joint_vision_lines_named"],
        ),
        (("aur SCRI me teesra desh kaun hai?", "uska aim?"), ["scri_purpose"]),
    ],
    ids=["what-about", "partners-not-subject", "partner-replaces-partner", "name-them", "its-aim"],
)
def test_a_follow_up_is_read_against_the_turn_before(
    shipped: KnowledgeService, questions: tuple[str, ...], facts: list[str]
) -> None:
    assert _ids(_converse(shipped.matcher, *questions)[-1]) == facts


# ---------------------------------------------------------------- a figure of something else
def test_a_figure_the_fact_gives_for_another_thing_is_corrected(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    assert isinstance(matcher.ask("japan ka india ko export 22.85 billion tha na FY24 me?"), Correction)
    assert _ids(matcher.ask("japan ka india ko export 17.69 billion tha na FY24 me?")) == ["japan_exports_to_india"]
    assert _ids(matcher.ask("total india japan trade 22.85 billion tha?")) == ["bilateral_trade_total"]
    # A financial year is a date, not a figure of anything.
    assert _ids(matcher.ask("india japan trade in 2023-24 kitna tha")) == ["bilateral_trade_total"]


@pytest.mark.parametrize(("question", "described"), [("what is the NPT?", False), ("what is chandrayaan 5", True)])
def test_what_is_x_needs_a_fact_about_x(shipped: KnowledgeService, question: str, described: bool) -> None:
    # npt_concern mentions the NPT as what India has not signed; chandrayaan_5 is about the mission.
    assert isinstance(shipped.matcher.ask(question), Answer) is described


def test_that_agreement_is_read_against_the_part_before(shipped: KnowledgeService) -> None:
    # The pairing with Ehime gives no year; "that agreement" is not the 2015 pacts.
    outcome = shipped.matcher.ask("which state is paired with Ehime, and in which year was that agreement signed?")
    assert isinstance(outcome, Partial)
    assert _ids(outcome) == ["tamil_nadu_ehime"]


# ---------------------------------------------------------------- comparisons and clauses
@pytest.mark.parametrize(
    "question",
    [
        "was IJICP launched before or after CEPA came into effect?",
        "which happened first, the ijicp launch or cepa coming into effect",
        "did the cepa come into force before or after the ijicp was started?",
    ],
)
def test_a_comparison_side_is_the_thing_named_not_its_verbs(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert sorted(_ids(outcome)) == ["cepa_year", "ijicp_year"]
    assert outcome.note is not None
    assert "CEPA (2011)" in outcome.note
    assert "IJICP (2021)" in outcome.note


def test_a_compared_side_is_named_by_its_most_specific_term(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask(
        "the AAGC or relations becoming a special strategic and global partnership: which came first?"
    )
    assert isinstance(outcome, Answer)
    assert outcome.note is not None
    assert outcome.note.startswith("SSGP (2014)")


def test_a_joiner_inside_a_name_the_base_knows_does_not_split_the_question(shipped: KnowledgeService) -> None:
    # "special strategic and global partnership": the "and" joins words of one name, not two questions.
    matcher = shipped.matcher
    assert matcher._split("relations became a special strategic and global partnership year") == [
        "relations became a special strategic and global partnership year"
    ]
    assert matcher._split("cepa year and ijicp year?") == ["cepa year", "ijicp year?"]


def test_irregular_verb_forms_meet_their_base_form(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what year relations became a special strategic and global partnership")
    assert _ids(outcome) == ["ssgp_2014"]


@pytest.mark.parametrize(
    ("question", "fact"),
    [("AAGC की स्थापना कब हुई थी?", "aagc_year"), ("IJICP की स्थापना कब हुई?", "ijicp_year")],
)
def test_common_hindi_question_words_are_read(shipped: KnowledgeService, question: str, fact: str) -> None:
    assert _ids(shipped.matcher.ask(question)) == [fact]


# ---------------------------------------------------------------- the event a date belongs to
@pytest.mark.parametrize(
    "question", ["when was CEPA signed", "CEPA kab sign hua", "when was IJICP signed?", "CEPA पर हस्ताक्षर कब हुए?"]
)
def test_a_date_of_another_event_is_a_partial_answer(shipped: KnowledgeService, question: str) -> None:
    # The material dates CEPA's coming into effect and IJICP's launch, never a signing.
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert outcome.missing == "when it was signed"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("when was IJICP set up", "ijicp_year"),
        ("when was IJICP established", "ijicp_year"),
        ("when did CEPA come into force", "cepa_year"),
        ("when were the 2015 defence pacts signed", "pacts_2015"),
    ],
)
def test_a_date_of_the_same_event_answers_however_it_is_worded(
    shipped: KnowledgeService, question: str, fact: str
) -> None:
    assert _ids(shipped.matcher.ask(question)) == [fact]


# ---------------------------------------------------------------- going back after a declined question
def test_back_to_it_goes_back_past_a_declined_question(shipped: KnowledgeService) -> None:
    outcomes = _converse(
        shipped.matcher,
        "what did CEPA cover",
        "btw who won the ipl in 2025",
        "back to it - when did it come into effect",
    )
    assert _ids(outcomes[-1]) == ["cepa_year"]


def test_it_after_a_declined_question_still_means_that_question(shipped: KnowledgeService) -> None:
    # Without "back to", "it" is what was just asked: the bot declines rather than answer about CEPA.
    outcomes = _converse(shipped.matcher, "what did CEPA cover", "who won the ipl in 2025", "when did it start")
    assert not isinstance(outcomes[-1], Answer)


@pytest.mark.parametrize(
    "question",
    [
        "ok diff topic - which year was the security joint declaration",
        "topic change: which year was the joint declaration",
    ],
)
def test_a_topic_switch_prefix_is_read_past(shipped: KnowledgeService, question: str) -> None:
    outcomes = _converse(shipped.matcher, "what is MAHSR", question)
    assert _ids(outcomes[-1]) == ["security_declaration_2025"]


# ---------------------------------------------------------------- references to what came before
def test_that_one_with_nothing_before_it_is_asked_back(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("that one's year?"), Clarify)


@pytest.mark.parametrize("follow_up", ["when was that one set up", "woh wala kab bana"])
def test_that_one_points_back_at_the_subject(shipped: KnowledgeService, follow_up: str) -> None:
    assert _ids(_converse(shipped.matcher, "what is the AAGC", follow_up)[-1]) == ["aagc_year"]


@pytest.mark.parametrize(
    ("follow_up", "fact"),
    [
        ("first one ka full form", "aagc_aim"),
        ("what was the second one launched for", "ijicp_aim"),
        ("and the latter's aim?", "ijicp_aim"),
    ],
)
def test_the_first_and_second_one_are_the_options_in_the_order_asked(
    shipped: KnowledgeService, follow_up: str, fact: str
) -> None:
    outcomes = _converse(shipped.matcher, "which is older, AAGC or IJICP?", "and the other one?", follow_up)
    assert _ids(outcomes[-1]) == [fact]


def test_the_other_partner_must_be_named_by_the_answer(shipped: KnowledgeService) -> None:
    # Every fact is about India and Japan: "and india?" after Japan's approach is not answered by Japan's fact.
    outcomes = _converse(shipped.matcher, "how does japan address chinese assertiveness?", "and india?")
    assert _ids(outcomes[0]) == ["japan_approach"]
    assert "japan_approach" not in _ids(outcomes[1])
    if isinstance(outcomes[1], Answer):
        assert "India takes" in outcomes[1].best.fact.fact.answer
    # A year alone still replaces the earlier one.
    outcomes = _converse(shipped.matcher, "what happened in 2011 between india and japan?", "and in 2014?")
    assert _ids(outcomes[-1]) == ["ssgp_2014"]


# ---------------------------------------------------------------- names of people and kinds of things
@pytest.mark.parametrize(
    "question", ["what was the PM's name", "name of the prime minister who visited japan", "PM ka naam kya tha?"]
)
def test_the_name_beside_a_title_asks_for_a_person(shipped: KnowledgeService, question: str) -> None:
    # The material says India's Prime Minister visited; it never names the person.
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer)


def test_name_without_a_title_still_asks_for_things(shipped: KnowledgeService) -> None:
    assert _ids(shipped.matcher.ask("name the outcomes of the visit")) == ["key_outcomes_overview"]


def test_which_companies_needs_a_company_in_the_answer(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "economic security initiative sectors?", "which companies are involved")
    assert not isinstance(outcomes[-1], Answer)


# ---------------------------------------------------------------- what a follow-up itself asks
def test_a_follow_ups_own_words_are_not_covered_by_the_earlier_subject(shipped: KnowledgeService) -> None:
    outcomes = _converse(
        shipped.matcher,
        "space cooperation me kya agreement hua",
        "what about the reverse - japan joining india's mars mission?",
    )
    assert _ids(outcomes[0]) == ["chandrayaan_5"]
    assert not isinstance(outcomes[1], Answer)


def test_a_follow_up_asking_an_action_keeps_the_subject(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "economic security initiative sectors?", "why was it set up")
    assert isinstance(outcomes[-1], Answer)


def test_a_year_in_a_follow_up_replaces_the_year_before(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "2015 me kya pacts hue?", "aur 2014 me?", "2021?")
    assert [_ids(o) for o in outcomes] == [["pacts_2015"], ["ssgp_2014"], ["ijicp_year"]]


@pytest.mark.parametrize(
    ("question", "year"), [("IJICP launched 2011 na?", "2021"), ("AAGC was set up in 2019?", "2017")]
)
def test_a_wrong_year_is_corrected_by_the_fact_that_states_the_year(
    shipped: KnowledgeService, question: str, year: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert year in outcome.related[0].fact.fact.answer


# ---------------------------------------------------------------- premises, contractions, currencies
@pytest.mark.parametrize(
    "question",
    [
        "india restricts nuclear tech transfer to japan since japan isnt in NPT, right?",
        "india restricts nuclear tech transfer to japan since japan isn't in the NPT, na?",
    ],
)
def test_a_statement_tagged_right_is_a_premise_to_correct(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert outcome.reversed
    assert _ids(outcome) == ["npt_concern"]


def test_a_contraction_is_a_negation_not_a_rare_word(shipped: KnowledgeService) -> None:
    units = {u.label for u in shipped.matcher.read("japan doesnt restrict anything, japan isn't in the NPT").units}
    assert not units & {"doesnt", "isn", "doesn", "isnt"}


def test_us_dollars_are_no_mention_of_the_united_states(shipped: KnowledgeService) -> None:
    # The trade facts give sums in US$; an India-US trade deal is still not in the material.
    assert not isinstance(shipped.matcher.ask("भारत-अमेरिका व्यापार समझौता कब हुआ?"), Answer)
    assert not isinstance(shipped.matcher.ask("when was the india america trade deal signed"), Answer)


def test_us_led_in_a_fact_names_the_united_states(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("in this article what does japan address through the US-led alliance system?")
    assert _ids(outcome) == ["japan_approach"]


def test_a_year_a_few_function_words_away_still_dates_the_thing(shipped: KnowledgeService) -> None:
    query = shipped.matcher.read("the AAGC was set up in 2019 by india and japan")
    assert "2019" in {year for _concept, year in query.dates}
    assert isinstance(shipped.matcher.ask("AAGC was set up in 2019?"), Correction)


@pytest.mark.parametrize(
    "question",
    ["what approach does india follow acc to the conclusion", "conclusion me india ka approach kya hai"],
)
def test_a_pointer_to_a_part_of_the_article_counts_its_title_as_covered(
    shipped: KnowledgeService, question: str
) -> None:
    # The India-specific fact of the conclusion, not the conclusion's overview that names the section itself.
    assert _ids(shipped.matcher.ask(question)) == ["india_approach"]


@pytest.mark.parametrize(
    ("questions", "fact"),
    [
        (("space cooperation me kya agreement hua", "what is it exactly"), "chandrayaan_5"),
        (("when was IJICP launched", "explain it"), "ijicp_aim"),
    ],
)
def test_what_is_it_describes_the_earlier_subject(
    shipped: KnowledgeService, questions: tuple[str, ...], fact: str
) -> None:
    assert _ids(_converse(shipped.matcher, *questions)[-1]) == [fact]


def test_what_is_it_with_nothing_before_it_is_asked_back(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("what is it?"), Clarify)


def test_who_takes_part_is_read_as_who_it_brings_together(shipped: KnowledgeService) -> None:
    assert _ids(shipped.matcher.ask("2+2 dialogue involves whom")) == ["two_plus_two"]


@pytest.mark.parametrize(
    ("question", "letter"),
    [
        (
            "which of these is not an outcome of the visit: (a) AI initiative (b) sustainable fuel initiative "
            "(c) SME forum (d) defence tech fund",
            "(d) defence tech fund",
        ),
        ("which is not a multilateral exercise per the article: a) MILAN b) MALABAR c) JIMEX d) none", "(c) JIMEX"),
    ],
)
def test_a_multiple_choice_which_is_not_names_the_odd_option(
    shipped: KnowledgeService, question: str, letter: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.note is not None
    assert outcome.note.startswith(f"Answer: {letter}.")


def test_a_multiple_choice_which_is_not_over_an_open_list_picks_nothing(shipped: KnowledgeService) -> None:
    question = (
        "Which of the following is NOT covered by CEPA? (a) trade in goods and services (b) movement of natural "
        "persons (c) IPR (d) agricultural subsidies"
    )
    assert isinstance(shipped.matcher.ask(question), Partial)


def test_what_came_before_a_thing_is_not_answered_by_the_thing(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what was the relationship called before the 2014 upgrade")
    assert isinstance(outcome, Partial)
    assert outcome.missing == "what came before it"
    follow_up = _converse(shipped.matcher, "kab upgrade hua india japan relations", "what was it called before that")
    assert not isinstance(follow_up[-1], Answer)


# ---------------------------------------------------------------- categories that exclude each other
@pytest.mark.parametrize(
    "question", ["MALABAR is bilateral, na?", "JIMEX aur MALABAR dono bilateral exercises hai na?"]
)
def test_a_thing_filed_in_the_other_category_is_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert "multilateral" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("is JIMEX bilateral?", "bilateral_exercises"),
        ("is malabar bilateral or multilateral", "multilateral_exercises"),
    ],
)
def test_a_category_the_question_only_asks_about_is_answered(
    shipped: KnowledgeService, question: str, fact: str
) -> None:
    assert fact in _ids(shipped.matcher.ask(question))


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("तमिलनाडु किस प्रीफेक्चर से जुड़ा है?", "tamil_nadu_ehime"),
        ("उत्तरप्रदेश का साथी प्रांत कौन सा है?", "uttar_pradesh_yamanashi"),
    ],
)
def test_a_two_word_name_written_as_one_hindi_word_is_read(shipped: KnowledgeService, question: str, fact: str) -> None:
    assert _ids(shipped.matcher.ask(question)) == [fact]


def test_a_hinglish_reference_word_is_a_marker_not_a_typo(shipped: KnowledgeService) -> None:
    # "usme" (in it) was once read as a misspelt "SMEs".
    query = shipped.matcher.read("usme japan ka export kitna tha?")
    assert "usme" not in {u.label for u in query.units}
    outcomes = _converse(
        shipped.matcher, "india japan bilateral trade FY 2023-24 kitna tha", "usme japan ka export kitna tha?"
    )
    assert _ids(outcomes[-1]) == ["japan_exports_to_india"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [("2+2 dialogue kiske beech hota hai?", Answer), ("SMEs forum ka kaam kya hai", Partial)],
)
def test_hinglish_between_and_its_work(shipped: KnowledgeService, question: str, expected: type) -> None:
    assert isinstance(shipped.matcher.ask(question), expected)


def test_any_other_asks_besides_what_was_just_answered(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "when was the AAGC set up", "any other africa initiative by them?")
    assert "aagc_year" not in _ids(outcomes[-1])
    assert "africa_sustainable_initiative" in _ids(outcomes[-1])
    # "the other members" are the members besides the partners, not another fact.
    outcomes = _converse(
        shipped.matcher, "what do india and japan coordinate on through QUAD?", "who are the other members?"
    )
    assert isinstance(outcomes[-1], Partial)


@pytest.mark.parametrize("question", ["IJICP kab launch hua aur kyu", "when was IJICP launched and why"])
def test_and_why_is_a_second_question_about_the_same_thing(shipped: KnowledgeService, question: str) -> None:
    assert _ids(shipped.matcher.ask(question)) == ["ijicp_year", "ijicp_aim"]


def test_a_bare_why_after_a_question_asks_what_it_is_for(shipped: KnowledgeService) -> None:
    assert _ids(_converse(shipped.matcher, "when was IJICP launched", "why?")[-1]) == ["ijicp_aim"]


def test_no_shipped_answer_opens_with_yes_or_no(shipped: KnowledgeService) -> None:
    # "Yes." fits one question and falsely confirms the next one that matches the fact.
    outcome = shipped.matcher.ask("is japan a permanent member of unsc")
    assert not any(m.fact.fact.answer.lower().startswith(("yes", "no")) for m in getattr(outcome, "matches", ()))


def test_a_number_inside_a_name_is_no_count(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("how many indians work in japan"), Answer)
    assert _ids(shipped.matcher.ask("how many lines of effort in the joint vision")) == ["joint_vision_lines_count"]


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [("what is chandrayaan 5", "which country is partner"), ("what is G4 about", "who are the members")],
)
def test_an_attribute_asked_of_nothing_named_stays_with_the_earlier_subject(
    shipped: KnowledgeService, first: str, follow_up: str
) -> None:
    # Not the Supply Chain Resilience Initiative, which happens to have a partner country and members.
    outcome = _converse(shipped.matcher, first, follow_up)[-1]
    assert not (isinstance(outcome, Answer) and "scri" in _ids(outcome))


@pytest.mark.parametrize(
    ("first", "follow_up", "fact"),
    [
        ("what does india export to japan", "and japan to india?", "india_imports_from_japan"),
        ("what does japan export to india", "and india to japan?", "india_exports_to_japan"),
    ],
)
def test_a_follow_up_naming_both_partners_gives_the_direction(
    shipped: KnowledgeService, first: str, follow_up: str, fact: str
) -> None:
    assert _ids(_converse(shipped.matcher, first, follow_up)[-1]) == [fact]


@pytest.mark.parametrize(
    ("question", "confirmed"),
    [("dharma guardian is naval exercise?", False), ("MAHSR is the flagship project?", True)],
)
def test_a_statement_with_a_question_mark_asks_to_confirm_all_of_it(
    shipped: KnowledgeService, question: str, confirmed: bool
) -> None:
    # The material never says which service an exercise belongs to.
    assert shipped.matcher.read(question).yes_no
    assert isinstance(shipped.matcher.ask(question), Answer) is confirmed


@pytest.mark.parametrize(
    "question",
    ["and the initiative with australia is called?", "Joint Lunar Polar Exploration Mission is also known as?"],
)
def test_a_statement_asking_for_a_name_is_no_yes_no_question(shipped: KnowledgeService, question: str) -> None:
    assert not shipped.matcher.read(question).yes_no


def test_a_fact_about_the_other_category_does_not_answer_which_of_one(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    judged = {
        j.candidate.fact.fact.id: j
        for j in matcher.judge(matcher.read("which bilateral exercises do they take part in"))
    }
    assert not judged["multilateral_exercises"].ok
    assert "another kind than bilateral" in judged["multilateral_exercises"].reason


def test_the_other_two_stays_with_the_earlier_subject(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "which state is paired with toyama", "and ehime?", "and the other two?")
    assert not (isinstance(outcomes[-1], Answer) and "bilateral_trade_total" in _ids(outcomes[-1]))


def test_a_relation_both_ways_is_no_premise_to_correct(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "is japan a permanent member of unsc", "does india support it")
    assert isinstance(outcomes[-1], Answer)
    assert _ids(outcomes[-1]) == ["unsc_permanent_seat"]


def test_a_figure_of_another_magnitude_is_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("trade was 22.85 million?")
    assert isinstance(outcome, Correction)
    assert "22.85 billion" in outcome.related[0].fact.fact.answer
    assert isinstance(shipped.matcher.ask("india japan trade 22.85 billion tha?"), Answer)


def test_why_is_it_needed_asks_its_purpose(shipped: KnowledgeService) -> None:
    assert _ids(shipped.matcher.ask("why is scri needed")) == ["scri_purpose"]


# ---------------------------------------------------------------- the kind asked for, in keywords too
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("act east forum focus region?", "kind:region"),
        ("andhra pradesh ka partner prefecture?", "kind:prefecture"),
        ("scri partner country", "kind:country"),
        # A question word reads the kind where it is asked; a kind word that ends a name names the thing.
        ("what is the region", None),
        ("high speed rail project state?", "kind:state"),
    ],
)
def test_a_keyword_question_ending_in_a_kind_asks_for_one(
    shipped: KnowledgeService, question: str, kind: str | None
) -> None:
    attributes = shipped.matcher.read(question).attributes
    assert {a for a in attributes if a.startswith("kind:")} == ({kind} if kind else set())


def test_which_region_is_answered_by_a_fact_naming_a_region(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("act east forum kis region ke liye hai")
    assert isinstance(outcome, Answer)
    assert "Northeast" in outcome.best.fact.fact.answer
    # A fact naming no region gives a partial answer worded for people, not the attribute's name.
    partial = shipped.matcher.ask("which region is the sustainable fuel initiative for")
    assert not isinstance(partial, Answer)
    if isinstance(partial, Partial):
        assert partial.missing == "a region"


def test_every_kind_asked_for_has_a_wording(shipped: KnowledgeService) -> None:
    kinds = {f"kind:{kind}" for kind in shipped.matcher.lexicon.asked_types.values()}
    assert kinds <= set(ASKED_WORDS)


# ---------------------------------------------------------------- a relation asked both ways
def test_a_follow_up_asking_which_way_drops_the_earlier_direction(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "india's exports to japan include what", "and copper? export or import?")
    assert isinstance(outcomes[-1], Answer)
    assert _ids(outcomes[-1]) == ["india_imports_from_japan"]


def test_a_conversation_reads_the_same_in_every_process() -> None:
    # Sets of words iterate in an order that differs between processes; no answer may depend on it.
    script = """
from bot.core.services.asking import AskingService
from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR
matcher = KnowledgeService.from_directory(DEFAULT_KNOWLEDGE_DIR).matcher
turn = None
for q in ["india's exports to japan include what", "and copper? export or import?", "what about imports?",
          "japan sells what to india", "buy or sell?"]:
    reply = matcher.respond(q, turn)
    turn = reply.turn
    print(type(reply.outcome).__name__, [x.fact.fact.id for x in getattr(reply.outcome, "matches", ())])
"""
    runs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "INDEX_CACHE": "false"}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
        )
        runs.add(done.stdout)
    assert len(runs) == 1, runs


# ---------------------------------------------------------------- what a thing named in plain words is
@pytest.mark.parametrize("question", ["what is a semiconductor", "what is maritime security", "what is telecom"])
def test_what_is_a_plain_thing_is_not_answered_by_a_fact_that_only_mentions_it(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer)
    if isinstance(outcome, Partial):
        assert outcome.missing == "a description beyond its name"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [("what is the current status of india japan relations", "ssgp_2014"), ("what is cepa", "cepa_scope")],
)
def test_what_is_a_thing_a_fact_is_about_is_answered(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert fact_id in _ids(outcome)


# ---------------------------------------------------------------- an event the question says happened
@pytest.mark.parametrize(
    "question", ["why did india leave quad", "why did australia leave scri", "which countries left the g4"]
)
def test_an_ending_the_material_never_states_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer)
    if isinstance(outcome, Partial):
        assert "left, stopped or cancelled" in outcome.missing


def test_an_ending_the_fact_states_is_answered(write_knowledge: WriteKnowledge) -> None:
    article = ARTICLE.replace(
        "    answer: The Delta Accord was signed in 2019.\n",
        "    answer: The Delta Accord was signed in 2019; Estonia left it in 2023.\n",
    )
    service = KnowledgeService.from_directory(write_knowledge({"rivers.yaml": article}))
    outcome = service.matcher.ask("when did estonia leave the delta accord")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "delta_accord_year"
    assert not isinstance(service.matcher.ask("why did peru leave the ferry talks"), Answer)


# ---------------------------------------------------------------- what "how many" counts
@pytest.mark.parametrize(
    "question",
    ["how many prefectures are there in japan", "how many states does india have", "how many agreements were signed"],
)
def test_how_many_is_not_answered_by_a_number_of_other_things(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Answer)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how many state-prefecture partnerships", "state_prefecture_overview"),
        ("how many state-prefecture pairs does the article mention", "state_prefecture_overview"),
        ("how many lines of effort", "joint_vision_lines_count"),
        ("how many years is the joint vision", "joint_vision_duration"),
        ("how many minutes to read the article", "reading_time"),
    ],
)
def test_how_many_is_answered_by_a_number_of_the_things_counted(
    shipped: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == fact_id


def test_a_share_of_something_asks_for_a_proportion(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what is japan's share of bilateral trade")
    assert isinstance(outcome, Partial)
    assert outcome.missing == "a percentage"
    assert isinstance(shipped.matcher.ask("what do india and japan share"), Answer)


# ---------------------------------------------------------------- facts about the article as a document
@pytest.mark.parametrize("question", ["who is first", "what is the last one", "how long is it"])
def test_a_fact_about_the_article_itself_needs_a_question_about_the_article(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert not ({"posted_date", "updated_date", "reading_time"} & set(_ids(outcome)) and isinstance(outcome, Answer))


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [("wen was it updatd last?", "updated_date"), ("kab post hua", "posted_date"), ("4 min read?", "reading_time")],
)
def test_a_question_about_the_article_gets_its_facts(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == fact_id


# ---------------------------------------------------------------- the partner a question makes its doer
@pytest.mark.parametrize(
    "question", ["how does india deal with chinese assertiveness", "what is india's alliance system"]
)
def test_what_one_partner_does_is_not_answered_by_the_other_partners_fact(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert "japan_approach" not in _ids(outcome) or not isinstance(outcome, Answer)
    assert shipped.matcher.read(question).subject_partner == "India"


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("how does japan deal with chinese assertiveness", "Japan"),
        ("does japan follow strategic autonomy", "Japan"),
        ("how do india and japan cooperate in quad", None),
        ("what does japan export to india", None),
    ],
)
def test_the_subject_partner_is_read_only_where_a_question_puts_its_doer(
    shipped: KnowledgeService, question: str, subject: str | None
) -> None:
    assert shipped.matcher.read(question).subject_partner == subject


# ---------------------------------------------------------------- "why" asks a reason
@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("why was ijicp started", "ijicp_aim"),
        ("why was aagc established", "aagc_aim"),
        ("why does japan restrict nuclear tech to india", "npt_concern"),
        ("why is india japan in news", "why_in_news_visit"),
    ],
)
def test_why_is_answered_by_a_reason_or_an_aim(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == fact_id


@pytest.mark.parametrize("question", ["why was cepa signed in 2011", "why was the partnership upgraded in 2014"])
def test_why_is_not_answered_by_a_date(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    # "why was cepa signed in 2011": nor does it say CEPA was signed then (it came into effect in 2011).
    assert outcome.missing.startswith("a reason")


# ---------------------------------------------------------------- "is X part of Y?"
@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("is telecom part of economic security initiative", "economic_security_sectors"),
        ("is aviation part of the mobility partnership", "next_gen_mobility"),
    ],
)
def test_is_a_thing_part_of_a_list_is_answered_by_the_list(
    shipped: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == fact_id


def test_is_it_part_of_another_thing_keeps_what_it_refers_to(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "what's IJICP?", "is it part of CEPA?")
    assert not isinstance(outcomes[-1], Answer)


# ---------------------------------------------------------------- short names typed in lowercase
@pytest.mark.parametrize(
    "question", ["up paired with", "which prefecture is up paired with", "up ka partner prefecture", "pairs with u.p.?"]
)
def test_a_lowercase_short_name_where_a_name_stands_is_the_name(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "uttar_pradesh_yamanashi"


@pytest.mark.parametrize("question", ["when was the aagc set up", "who set up the sme forum"])
def test_a_particle_after_a_verb_stays_a_particle(shipped: KnowledgeService, question: str) -> None:
    assert all(u.label != "Uttar Pradesh" for u in shipped.matcher.read(question).units)


def test_dotted_initials_are_one_word() -> None:
    assert tokenize("pairs with u.p.? e.g. the U.S.A.") == ["pairs", "with", "up", "eg", "the", "usa"]


# ---------------------------------------------------------------- "it" as the object of a preposition
def test_it_after_a_preposition_points_back_whatever_else_the_question_names(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "tell me about chandrayaan 5", "which country is india working with on it")
    assert "scri" not in _ids(outcomes[-1])
    assert shipped.matcher.read("which country is india working with on it").markers.object_reference
    assert not shipped.matcher.read("how long will it take").markers.object_reference


def test_who_naming_nothing_after_a_subject_stays_with_it(shipped: KnowledgeService) -> None:
    # The material names no partner of MAHSR: "who is the partner?" is not the state-prefecture partnership.
    outcomes = _converse(shipped.matcher, "what is MAHSR?", "who is the partner?")
    assert not isinstance(outcomes[-1], Answer)


@pytest.mark.parametrize(
    ("question", "missing"),
    [("Which is the largest prefecture in Japan?", "a ranking"), ("What is the capital of Ehime?", "a capital city")],
)
def test_a_ranking_or_a_capital_is_given_only_by_a_fact_that_gives_one(
    shipped: KnowledgeService, question: str, missing: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert outcome.missing == missing


def test_a_fact_that_ranks_answers_a_superlative(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what are india's biggest imports from japan")
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "india_imports_from_japan"


# ---------------------------------------------------------------- a count the question asserts
@pytest.mark.parametrize(
    "question", ["The Joint Vision has ten lines of effort?", "joint vision has 10 lines of effort?"]
)
def test_a_wrong_count_of_a_thing_is_never_confirmed(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer)
    if isinstance(outcome, Correction):
        assert "eight lines of effort" in outcome.related[0].fact.fact.answer


def test_the_right_count_is_confirmed(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("the joint vision has eight lines of effort?")
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "joint_vision_lines_count"


# ---------------------------------------------------------------- a claim passed on to be checked
@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("My notes say CEPA came into effect in 2014. Please verify.", "cepa_year"),
        ("I read somewhere that Gujarat is paired with Toyama. Is that correct?", "state_prefecture_overview"),
    ],
)
def test_a_passed_on_claim_is_corrected_as_the_bare_claim_is(
    shipped: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert fact_id in _ids(outcome) or any(m.fact.fact.id.startswith("gujarat") for m in outcome.related)


def test_a_passed_on_true_claim_is_confirmed(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("my friend says CEPA came into effect in 2011, is he right?")
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "cepa_year"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("I am preparing for UPSC 2026. Could you please tell me when the SSGP upgrade happened?", "ssgp_2014"),
        ("UPSC 2025 prelims me aa sakta hai - IJICP kab launch hua?", "ijicp_year"),
    ],
)
def test_the_year_of_an_exam_is_no_figure_of_the_question(
    shipped: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == fact_id


# ---------------------------------------------------------------- a programme the material never names
@pytest.mark.parametrize(
    "question", ["When was the India-Japan Green Partnership launched?", "what is the india japan digital partnership"]
)
def test_another_programme_of_a_known_kind_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer)


def test_a_programme_named_by_a_word_the_fact_has_is_answered(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("when was the industrial partnership launched")
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "ijicp_year"


def test_a_follow_up_asking_an_attribute_by_its_word_is_answered_by_a_fact_giving_it(
    shipped: KnowledgeService,
) -> None:
    outcomes = _converse(shipped.matcher, "what is the act east forum", "what is its goal?")
    assert isinstance(outcomes[-1], Answer)
    assert _ids(outcomes[-1]) == ["act_east_forum"]


# ---------------------------------------------------------------- figures written in words
@pytest.mark.parametrize("question", ["what are the 4 state prefecture pairs", "4 state-prefecture pairs?"])
def test_a_figure_meets_the_same_figure_written_in_words(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "state_prefecture_overview"


def test_what_are_the_n_things_asks_for_them_by_name(shipped: KnowledgeService) -> None:
    assert "names" in shipped.matcher.read("What are the eight lines of effort?").attributes
    assert "names" not in shipped.matcher.read("what are the 2015 pacts about").attributes
    # The article names five of the eight: those, shown as not all that was asked for.
    outcome = shipped.matcher.ask("What are the eight lines of effort?")
    assert isinstance(outcome, Partial)
    assert outcome.related[0].fact.fact.id == "joint_vision_lines_named"


def test_which_is_not_over_an_open_list_picks_the_option_placed_elsewhere_not_an_unknown_one(
    shipped: KnowledgeService,
) -> None:
    question = "Which is not a bilateral exercise: (a) JIMEX (b) Dharma Guardian (c) Shinyuu Maitri (d) MALABAR"
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith("Answer: (d)")


# ---------------------------------------------------------------- acronyms spelled out in Devanagari
@pytest.mark.parametrize(
    ("question", "fact_id"),
    [("एएजीसी की स्थापना कब हुई?", "aagc_year"), ("आईजेआईसीपी कब शुरू हुआ?", "ijicp_year")],
)
def test_an_acronym_spelled_in_hindi_letter_names_is_the_acronym(
    shipped: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == fact_id


def test_a_single_letter_name_stays_a_word(shipped: KnowledgeService) -> None:
    # "के" is also the Hindi "of": only two or more letter names make an acronym.
    assert shipped.matcher.reader._spelled_acronym("के") is None
    assert shipped.matcher.reader._spelled_acronym("गुजरात") is None


# ---------------------------------------------------------------- the event a question dates or asks the doer of
HARBOUR = """
source: {id: harbour, title: Harbour Ties, publisher: Practice Press, published: 2024-01-02, summary: [Pacts.]}
sections:
  - {id: pacts, title: Pacts, summary: Two pacts.}
facts:
  - id: harbour_pact
    section: pacts
    question: When did the Harbour Pact come into force?
    answer: The Harbour Pact between Peru and Estonia came into force in 2018.
    keywords: [Harbour Pact, signed]
  - id: reef_accord
    section: pacts
    question: Which accord did Peru and Estonia sign on reefs?
    answer: Peru and Estonia signed the Reef Accord in 2016.
    keywords: [Reef Accord]
  - id: peru_exports
    section: pacts
    question: How much did Peru export to Estonia in 2023?
    answer: Peru's exports to Estonia were worth US$ 4.2 billion in 2023, out of total trade of US$ 6.5 billion.
    keywords: [exports, trade]
  - id: tide_board
    section: pacts
    question: When was the Tide Board set up?
    answer: The Tide Board was established in 2021 to run the tidal locks.
    keywords: [Tide Board]
glossary:
  - term: Harbour Pact
  - term: Reef Accord
  - term: Tide Board
"""


@pytest.fixture
def harbour(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return _service(write_knowledge, HARBOUR)


def test_who_did_an_event_is_answered_only_by_a_fact_stating_that_event(harbour: KnowledgeService) -> None:
    signed = harbour.matcher.ask("who signed the reef accord")
    assert isinstance(signed, Answer)
    assert _ids(signed)[0] == "reef_accord"
    # The fact says when the pact came into force: the partners it names are not who signed it.
    assert harbour.matcher.read("who signed the harbour pact").acted_events == frozenset({"signing"})
    outcome = harbour.matcher.ask("who signed the harbour pact")
    assert not isinstance(outcome, Answer)


@pytest.mark.parametrize("question", ["when was the tide board made", "when was the tide board formed"])
def test_a_start_worded_otherwise_is_the_start_the_fact_dates(harbour: KnowledgeService, question: str) -> None:
    outcome = harbour.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "tide_board"


def test_a_wrong_year_of_a_start_worded_otherwise_is_corrected(harbour: KnowledgeService) -> None:
    query = harbour.matcher.read("the Tide Board was made in 2019?")
    assert query.event_words.get("made") == frozenset({"start"})
    outcome = harbour.matcher.ask("the Tide Board was made in 2019?")
    assert isinstance(outcome, Correction)
    assert _ids(outcome)[0] == "tide_board"


def test_event_words_are_read_only_where_an_event_is_dated_or_its_doer_asked(harbour: KnowledgeService) -> None:
    assert harbour.matcher.read("what was made by the tide board").event_words == {}
    assert "made" in harbour.matcher.read("when was the tide board made").event_words


# ---------------------------------------------------------------- figures given as bounds
@pytest.mark.parametrize(
    ("question", "bound"),
    [
        ("were peru's exports to estonia more than 3 billion?", ("3", "above", "")),
        ("peru ka export estonia ko 3 billion se zyada hai kya", ("3", "above", "")),
        ("was the tide board set up before 2025?", ("2025", "below", "")),
        ("was the tide board set up by 2021?", ("2021", "at_most", "")),
    ],
)
def test_a_figure_met_by_the_fact_as_a_bound_is_answered(
    harbour: KnowledgeService, question: str, bound: tuple[str, str, str]
) -> None:
    query = harbour.matcher.read(question)
    assert query.bounds == (bound,)
    assert bound[0] not in query.numbers
    assert isinstance(harbour.matcher.ask(question), Answer)


@pytest.mark.parametrize(
    "question",
    [
        "were peru's exports to estonia more than 5 billion?",
        "was the tide board set up before 2020?",
        "was the tide board set up by 2020?",
    ],
)
def test_a_bound_the_facts_figure_does_not_meet_is_corrected(harbour: KnowledgeService, question: str) -> None:
    outcome = harbour.matcher.ask(question)
    assert isinstance(outcome, Correction)


def test_a_bound_is_set_against_the_figure_of_the_thing_asked_not_another(harbour: KnowledgeService) -> None:
    # 6.5 is the total; Peru's exports (4.2) are what "exports more than 5 billion" bounds.
    assert isinstance(harbour.matcher.ask("were peru's exports more than 5 billion?"), Correction)
    assert isinstance(harbour.matcher.ask("was total trade more than 5 billion?"), Answer)


# ---------------------------------------------------------------- two directions, two owners
def test_a_question_naming_both_directions_compares_them_and_is_not_reversed(harbour: KnowledgeService) -> None:
    outcome = harbour.matcher.ask("did estonia export more to peru than peru exported to estonia?")
    assert not isinstance(outcome, (Answer, Correction))


@pytest.mark.parametrize("question", ["estonia's export value to peru", "estonia ka export peru ko kitna hai"])
def test_asking_the_figure_of_the_other_owner_is_no_correction(harbour: KnowledgeService, question: str) -> None:
    # Nothing is claimed: the material gives Peru's exports, not Estonia's, which is no "it says otherwise".
    assert not isinstance(harbour.matcher.ask(question), (Answer, Correction))


# ---------------------------------------------------------------- a named thing set aside
@pytest.mark.parametrize(
    "question",
    [
        "apart from cold current, which drill do they hold?",
        "other than Cold Current what drills are there",
        "cold current ke alawa kaun sa drill hai",
    ],
)
def test_a_thing_set_aside_is_not_the_answer(rivers: KnowledgeService, question: str) -> None:
    query = rivers.matcher.read(question)
    assert query.set_aside
    outcome = rivers.matcher.ask(question)
    assert "cold_current" not in _ids(outcome)[:1]


def test_a_fact_naming_the_thing_set_aside_among_others_still_answers(rivers: KnowledgeService) -> None:
    outcome = rivers.matcher.ask("apart from the Delta Accord, what do river ties rest on?")
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "ties_overview"


def test_setting_a_thing_aside_and_naming_no_kind_asks_nothing(rivers: KnowledgeService) -> None:
    assert not isinstance(rivers.matcher.ask("apart from the lock board, what else was set up?"), Answer)


def test_apart_from_that_points_back_and_sets_nothing_aside(rivers: KnowledgeService) -> None:
    assert rivers.matcher.read("apart from that, what else?").set_aside == frozenset()


COUNCIL = """
source:
  id: council-ties
  title: Peru-Estonia Council Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Peru and Estonia work together on river councils.]
sections:
  - {id: order, title: Global Order, summary: Councils and seats.}
facts:
  - id: river_four
    section: order
    question: Where do Peru and Estonia work on river council reform?
    alternatives: [river four, what is the river four, strengthening river law]
    answer: Peru and Estonia work within the River Four to push river council reform, strengthening river law.
  - id: council_seats
    section: order
    question: Do Peru and Estonia back each other's bids for council seats?
    answer: Peru and Estonia back each other's bids for a permanent council seat.
  - id: ferry_pact
    section: order
    question: What river trade agreement did Peru and Estonia sign at the summit?
    alternatives: [ferry line 5, what is ferry line 5]
    answer: Under a river trade agreement, Peru and Estonia will run the Lake Ferry Line, i.e. Ferry Line 5.
  - id: summit_outcomes
    section: order
    question: What else came out of the summit?
    answer: The summit also produced a Dock Forum and a Barge Plan.
glossary:
  - term: River Four
  - term: River Council
  - term: river trade
  - term: Lake Ferry Line
    synonyms: [Ferry Line 5]
  - term: Dock Forum
  - term: Barge Plan
  - term: Peru-Estonia
"""


def test_a_fact_that_defines_the_thing_set_aside_is_not_the_answer(write_knowledge: WriteKnowledge) -> None:
    # The fact's question does not name the River Four (it is the answer), but a phrasing asking for it alone does.
    matcher = _service(write_knowledge, COUNCIL).matcher
    assert _ids(matcher.ask("what is the river four"))[:1] == ["river_four"]
    outcome = matcher.ask("apart from the river four, how do they strengthen river law?")
    assert "river_four" not in _ids(outcome)


@pytest.mark.parametrize(
    "question",
    [
        # A thing the fact's own question names, though not a name ("river trade"), is what the fact is about.
        "apart from river trade, what agreement was signed at the summit?",
        # A word of a name the fact defines ("ferry" of "Ferry Line 5"), set aside in plain words.
        "ferry ke alawa summit me kya agreement hua",
    ],
)
def test_a_fact_about_the_thing_set_aside_is_not_the_answer(write_knowledge: WriteKnowledge, question: str) -> None:
    matcher = _service(write_knowledge, COUNCIL).matcher
    assert matcher.read(question).set_aside
    assert "ferry_pact" not in _ids(matcher.ask(question))


# ---------------------------------------------------------------- who did it, and which one is named
VISITS = """
source: {id: visits, title: Peru-Estonia Visit, publisher: Practice Press, published: 2024-01-02, summary: [A visit.]}
sections:
  - {id: visit, title: The Visit, summary: What the visit did.}
facts:
  - id: visit_outcomes
    section: visit
    question: What did the visit to Estonia deliver?
    answer: The visit to Estonia delivered the Peru-Estonia Harbour Pact and a Tide Board.
    keywords: [visit, Harbour Pact, Tide Board]
  - id: visit_news
    section: visit
    question: Why is the Peru-Estonia relationship in the news?
    answer: It is in the news because Peru's President visited Estonia in May.
    keywords: [news, President]
glossary:
  - term: Harbour Pact
  - term: Tide Board
"""


@pytest.fixture
def visits(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return _service(write_knowledge, VISITS)


def test_who_did_it_is_answered_by_a_fact_naming_a_doer_beside_the_action(visits: KnowledgeService) -> None:
    assert visits.matcher.read("who visited estonia").agent_action == "visit"
    outcome = visits.matcher.ask("who visited estonia")
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "visit_news"


def test_a_who_before_a_noun_asks_no_action(visits: KnowledgeService) -> None:
    assert visits.matcher.read("kaun ministers hote hain visit me").agent_action == ""


@pytest.mark.parametrize("question", ["what is the green barge pact", "what is the river trade pact"])
def test_every_word_saying_which_one_must_be_in_the_fact(rivers: KnowledgeService, question: str) -> None:
    assert not isinstance(rivers.matcher.ask(question), Answer)


def test_words_after_which_say_what_kind_is_asked_not_which_one(rivers: KnowledgeService) -> None:
    assert rivers.matcher.read("which new river pact was signed?").qualified_kinds == ()


def test_a_lowercase_name_opening_the_question_before_is(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("up is paired with?")
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "uttar_pradesh_yamanashi"


# ---------------------------------------------------------------- "is A part of B?"
LISTS = """
source: {id: lists, title: Summit Outcomes, publisher: Practice Press, published: 2024-01-02, summary: [Outcomes.]}
sections:
  - {id: outcomes, title: Outcomes, summary: What came of it.}
facts:
  - id: outcomes_list
    section: outcomes
    question: What did the summit deliver?
    answer: The summit delivered the Harbour Pact, a Reef Initiative and a joint plan on the Tide Board.
    keywords: [summit, Harbour Pact, Reef Initiative, Tide Board]
  - id: reef_fields
    section: outcomes
    question: Which fields does the Reef Initiative cover?
    answer: The fields the Reef Initiative includes are corals, kelp, and fisheries.
    keywords: [Reef Initiative, corals, kelp, fisheries]
glossary:
  - term: Harbour Pact
  - term: Reef Initiative
  - term: Tide Board
"""


@pytest.fixture
def lists(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return _service(write_knowledge, LISTS)


def test_two_items_of_one_list_are_not_one_part_of_the_other(lists: KnowledgeService) -> None:
    outcome = lists.matcher.ask("is the tide board part of the reef initiative?")
    assert isinstance(outcome, Correction)
    assert _ids(outcome) == ["outcomes_list"]


def test_a_fact_putting_a_thing_inside_another_confirms_it(lists: KnowledgeService) -> None:
    outcome = lists.matcher.ask("is kelp part of the reef initiative?")
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "reef_fields"


# ---------------------------------------------------------------- a kind word alone
FORUMS = """
source: {id: forums, title: Two Forums, publisher: Practice Press, published: 2024-01-02, summary: [Forums.]}
sections:
  - {id: forums, title: Forums, summary: Two forums.}
facts:
  - id: harbour_forum
    section: forums
    question: What is the Harbour Forum?
    answer: The Harbour Forum brings port officials of Peru and Estonia together every year.
    keywords: [Harbour Forum]
  - id: reef_forum
    section: forums
    question: What is the Reef Forum?
    answer: The Reef Forum is where marine scientists of Peru and Estonia share survey data.
    keywords: [Reef Forum]
glossary:
  - term: Harbour Forum
  - term: Reef Forum
"""


@pytest.fixture
def forums(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return _service(write_knowledge, FORUMS)


def test_the_kind_word_alone_is_asked_back_when_the_material_names_several(forums: KnowledgeService) -> None:
    assert forums.matcher.read("what is the forum?").bare_kind == "forum"
    outcome = forums.matcher.ask("what is the forum?")
    assert not isinstance(outcome, Answer)
    assert set(_ids(outcome)) <= {"harbour_forum", "reef_forum"}


@pytest.mark.parametrize("question", ["what is the harbour forum?", "which forums are there?"])
def test_a_named_one_or_the_whole_kind_is_not_a_bare_kind(forums: KnowledgeService, question: str) -> None:
    assert forums.matcher.read(question).bare_kind == ""


def test_a_kind_asked_in_the_plural_is_answered_with_each_close_fact(forums: KnowledgeService) -> None:
    assert forums.matcher.read("what forums do peru and estonia have?").plural_kind == "forums"
    outcome = forums.matcher.ask("what forums do peru and estonia have?")
    assert isinstance(outcome, Answer)
    assert set(_ids(outcome)) == {"harbour_forum", "reef_forum"}


def test_a_kind_asked_in_the_singular_is_answered_with_one_fact(forums: KnowledgeService) -> None:
    assert forums.matcher.read("what forum do marine scientists share survey data in?").plural_kind == ""
    outcome = forums.matcher.ask("what forum do marine scientists share survey data in?")
    assert isinstance(outcome, Answer)
    assert _ids(outcome) == ["reef_forum"]


# ---------------------------------------------------------------- "not mentioned" means nowhere in the base
def test_a_place_a_fact_names_is_never_said_to_be_unmentioned(shipped: KnowledgeService) -> None:
    # "the US, Russia and the Global South": "us" is also a function word, so the glossary term is not read there.
    outcome = shipped.matcher.ask("what does india do with the us")
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "india_approach"
    about = shipped.matcher.ask("what does the article say about the us")
    assert not (isinstance(about, Decline) and about.reason == DeclineReason.NOT_MENTIONED)


def test_a_place_no_fact_names_is_said_to_be_unmentioned(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what does the article say about germany")
    assert isinstance(outcome, Decline)
    assert outcome.reason == DeclineReason.NOT_MENTIONED


@pytest.mark.parametrize(
    "question", ["toyama is paired with AP, correct?", "toyama is paired with andhra pradesh right"]
)
def test_a_tag_asking_to_confirm_is_no_word_the_fact_must_have(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "andhra_pradesh_toyama"


# ---------------------------------------------------------------- whose approach, in a follow-up too
def test_a_verb_that_only_carries_its_noun_need_not_be_the_facts(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what approach does india follow")
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "india_approach"


def test_the_other_partner_in_a_follow_up_is_the_one_whose_approach_is_asked(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "what approach does india follow", "and japan?")
    assert isinstance(outcomes[-1], Answer)
    assert _ids(outcomes[-1])[0] == "japan_approach"


@pytest.mark.parametrize("question", ["does", "does india", "what does india follow", "which approach does india take"])
def test_the_doer_is_read_from_short_and_long_openings_alike(shipped: KnowledgeService, question: str) -> None:
    shipped.matcher.read(question)  # no position outside the question is read


def test_a_bound_in_a_unit_the_fact_gives_no_figure_in_is_no_correction(harbour: KnowledgeService) -> None:
    # "more than 50%": the fact gives sums, no share; 4.2 is no percentage to set against 50.
    query = harbour.matcher.read("are peru's exports more than 50% of the trade?")
    assert query.bounds == (("50", "above", "percent"),)
    assert not isinstance(harbour.matcher.ask("are peru's exports more than 50% of the trade?"), (Answer, Correction))


def test_a_share_written_as_a_fraction_is_no_second_thing_to_compare(harbour: KnowledgeService) -> None:
    outcome = harbour.matcher.ask("are peru's exports more than half of the total trade?")
    assert not (isinstance(outcome, Answer) and outcome.note)


def test_a_bound_keeps_its_unit_and_a_fact_without_a_figure_in_it_says_nothing(harbour: KnowledgeService) -> None:
    assert harbour.matcher.read("has the tide board run for more than 2 years?").bounds == (("2", "above", "year"),)
    # The fact dates the board; it gives no age in years, which is no correction either.
    assert not isinstance(harbour.matcher.ask("has the tide board run for more than 2 years?"), (Answer, Correction))


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("list all the forums", "forums"),
        ("what are all the forums in the article", "forums"),
        ("which forums do peru and estonia run?", "forums"),
        ("is the harbour forum one of the forums?", ""),
    ],
)
def test_the_plural_kind_asked_for_is_read_wherever_it_stands(
    forums: KnowledgeService, question: str, kind: str
) -> None:
    query = forums.matcher.read(question)
    assert query.plural_kind == kind
    assert "definition" not in query.attributes or not kind


def test_a_last_do_after_which_is_the_verb_not_an_aim(forums: KnowledgeService) -> None:
    assert "purpose" not in forums.matcher.read("which forums do peru and estonia do").attributes
    assert "purpose" in forums.matcher.read("what will the harbour forum do").attributes


CORALS = """
source: {id: corals, title: Coral Partnership, publisher: Practice Press, published: 2024-01-02, summary: [Corals.]}
sections:
  - {id: reefs, title: Reef Partnership, summary: Reefs.}
facts:
  - id: reef_initiative
    section: reefs
    question: What does the Reef Initiative cover?
    answer: The Reef Initiative covers corals, kelp and fisheries.
    keywords: [Reef Initiative, kelp]
glossary:
  - term: Reef Initiative
"""


def test_a_kind_word_only_the_titles_have_names_no_such_thing(write_knowledge: WriteKnowledge) -> None:
    matcher = _service(write_knowledge, CORALS).matcher
    # "partnership" is in the article's and section's titles, not in the fact: no kelp partnership is named.
    assert not isinstance(matcher.ask("what is the kelp partnership?"), Answer)
    assert isinstance(matcher.ask("what does the reef initiative cover?"), Answer)


@pytest.mark.parametrize("question", ["who launched the ijicp", "who launched the economic security initiative"])
def test_a_name_inside_a_things_name_is_no_doer(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Answer)


def test_one_partner_after_a_question_about_both_asks_that_ones_part(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "what is the bilateral trade", "what about japan?")
    assert isinstance(outcomes[-1], Answer)
    # "India-Japan bilateral trade" is the pair's; Japan's own exports are Japan's part of it.
    assert _ids(outcomes[-1])[0] == "japan_exports_to_india"


def test_a_partner_alone_after_the_pairs_figure_is_not_bent_to_another_topic(shipped: KnowledgeService) -> None:
    # The material gives the pair's trade and Japan's exports, not India's part: no India fact of another topic.
    outcomes = _converse(shipped.matcher, "what is the bilateral trade", "what about india?")
    assert not isinstance(outcomes[-1], Answer)


def test_a_partner_with_words_of_its_own_keeps_what_the_follow_up_asks(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "how does india balance its ties?", "what about japan's approach?")
    assert isinstance(outcomes[-1], Answer)
    assert _ids(outcomes[-1])[0] == "japan_approach"


def test_both_partners_doing_a_thing_answer_for_each(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "india is committed to which kind of global order?", "what about japan?")
    assert isinstance(outcomes[-1], Answer)
    assert _ids(outcomes[-1])[0] == "rules_based_order"


def test_a_better_fact_contradicting_the_figure_corrects_before_a_weak_one_is_offered(
    shipped: KnowledgeService,
) -> None:
    # "10" also stands in the 10-year plan, which passes weakly; the count of lines of effort says 8.
    outcome = shipped.matcher.ask("joint vision has 10 lines of effort?")
    assert isinstance(outcome, Correction)
    assert _ids(outcome) == ["joint_vision_lines_count"]


@pytest.mark.parametrize(
    ("question", "kind"),
    [("joint vision 5 saal se zyada ka hai?", Answer), ("joint vision 12 saal se zyada ka hai?", Correction)],
)
def test_a_hindi_unit_bounds_a_span_of_years(shipped: KnowledgeService, question: str, kind: type) -> None:
    assert isinstance(shipped.matcher.ask(question), kind)


# ---------------------------------------------------------------- who said it
@pytest.mark.parametrize(
    ("question", "speakers"),
    [
        ("what did the harbour unions say about the pact", {"harbour", "union"}),
        ("what does the article say about the pact", set()),
        ("what does the conclusion say", set()),
        ("which indian state is paired with toyama", set()),
    ],
)
def test_who_spoke_is_read_from_between_did_and_the_verb_of_saying(
    harbour: KnowledgeService, question: str, speakers: set[str]
) -> None:
    assert harbour.matcher.read(question).speakers == speakers


def test_what_someone_said_needs_a_fact_naming_them(harbour: KnowledgeService) -> None:
    assert not isinstance(harbour.matcher.ask("what did the dock workers say about the harbour pact"), Answer)


def test_what_are_the_things_gathers_them(shipped: KnowledgeService) -> None:
    assert shipped.matcher.read("what are the lines of effort").plural_kind == "lines"
    outcome = shipped.matcher.ask("what are the lines of effort")
    assert isinstance(outcome, Answer)
    assert "joint_vision_lines_named" in _ids(outcome)


def test_a_thing_set_aside_by_plain_words_is_not_the_answer(rivers: KnowledgeService) -> None:
    # "the 2019 accord" is no name of the glossary; the fact opening on those words is about it.
    outcome = rivers.matcher.ask("apart from the 2019 accord, when was a pact signed?")
    assert "delta_accord_year" not in _ids(outcome)[:1]


def test_the_partners_set_aside_set_nothing_aside(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("which country other than india and japan is in scri")
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[0] == "scri"


# ---------------------------------------------------------------- "third?" after a list
@pytest.mark.parametrize(
    ("answer", "items"),
    [
        ("Ties rest on three pillars: trade, drills and talks.", ("trade", "drills", "talks")),
        ("Imports include copper, tin and electrical machinery.", ("copper", "tin", "electrical machinery")),
        ("The Delta Accord was signed in 2019.", ()),
        ("It covers ports and rivers.", ()),
    ],
)
def test_the_items_of_a_list_answer_are_read_in_order(answer: str, items: tuple[str, ...]) -> None:
    from bot.core.answering.context import list_items

    assert list_items(answer) == items


def test_an_ordinal_after_a_list_asks_about_that_item_on_its_own(rivers: KnowledgeService) -> None:
    reader = rivers.matcher.reader
    items = ("the Delta Accord", "the barge pact", "the Ferry Talks")
    assert reader.list_ordinal("third?", items)[2] == "the Ferry Talks"
    assert reader.list_ordinal("and the last one", items)[2] == "the Ferry Talks"
    assert reader.list_ordinal("tell me about the first one", items)[2] == "the Delta Accord"
    # "the first ferry talks" says which talks; a fifth item the list does not have.
    assert reader.list_ordinal("when were the first ferry talks", items)[1] == set()
    assert reader.list_ordinal("fifth?", items)[1] == set()


@pytest.mark.parametrize(
    "question", ["so estonia exported 2.3 billion to peru?", "estonia's exports to peru were 2.3 billion, right?"]
)
def test_a_figure_the_fact_lacks_is_not_corrected_by_the_other_direction(
    harbour: KnowledgeService, question: str
) -> None:
    # 6.5 - 4.2 = 2.3: the material's own sum worked out; Peru's exports cannot say Estonia's are otherwise.
    assert not isinstance(harbour.matcher.ask(question), (Answer, Correction))


def test_a_figure_of_the_same_thing_otherwise_is_still_corrected(harbour: KnowledgeService) -> None:
    assert isinstance(harbour.matcher.ask("peru's exports to estonia were 9.9 billion, right?"), Correction)


# ---------------------------------------------------------------- found in review
@pytest.mark.parametrize("question", ["dusra?", "aur koi dusra?", "kaunsa dusra", "pehla"])
def test_a_phrase_cut_short_by_the_end_of_the_question_is_not_read(shipped: KnowledgeService, question: str) -> None:
    shipped.matcher.ask(question)  # "dusra" alone is not "dusra wala": no position past the end is read


def test_only_the_name_after_the_cue_is_set_aside(rivers: KnowledgeService) -> None:
    query = rivers.matcher.read("which pact other than the delta accord was signed in 2016?")
    assert query.set_aside
    assert "2016" in query.numbers


def test_a_list_ends_with_its_item_after_and() -> None:
    from bot.core.answering.context import list_items

    assert list_items("It includes railways, aviation, roads and ports, with its focus on exports.") == (
        "railways",
        "aviation",
        "roads",
        "ports",
    )
    assert list_items("It includes corals, kelp, and fisheries.") == ("corals", "kelp", "fisheries")


def test_an_ordinal_in_a_question_of_its_own_points_nowhere(rivers: KnowledgeService) -> None:
    items = ("the Delta Accord", "the barge pact", "the Ferry Talks")
    assert rivers.matcher.reader.list_ordinal("which came first?", items)[1] == set()


# ---------------------------------------------------------------- one partner's own, not the pair's
PLANS = """
source:
  id: plan-ties
  title: Peru-Estonia Plans
  publisher: Practice Press
  published: 2024-01-02
  summary: [Peru and Estonia plan rivers and ports together.]
sections:
  - {id: plans, title: Plans, summary: Joint and own plans.}
facts:
  - id: joint_plan
    section: plans
    question: What is the Peru-Estonia Joint Plan?
    answer: The Peru-Estonia Joint Plan is a ten-year plan for river trade between Peru and Estonia.
  - id: harbour_forum
    section: plans
    question: Which policies anchor the Harbour Forum?
    answer: The Harbour Forum works under Peru's "Open Ports Policy" and Estonia's "Plan for Clean Seas".
glossary:
  - term: Peru-Estonia
  - term: Harbour Forum
"""


@pytest.fixture
def plans(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return _service(write_knowledge, PLANS)


@pytest.mark.parametrize(
    ("question", "owner"),
    [
        ("what is estonia's plan", "Estonia"),
        ("estonia ka plan kya hai", "Estonia"),
        ("what is the plan of estonia", "Estonia"),
        ("what is estonia's bilateral plan", None),  # what the two share is the pair's
        ("what is peru's plan for estonia", None),  # both partners named: a relation, read by the roles
        ("what is the plan", None),
    ],
)
def test_the_partner_owning_what_is_asked_is_read(plans: KnowledgeService, question: str, owner: str | None) -> None:
    assert plans.matcher.read(question).owner_partner == owner


@pytest.mark.parametrize("question", ["what is estonia's plan", "estonia ka plan kya hai"])
def test_one_partners_own_thing_is_not_the_pairs(plans: KnowledgeService, question: str) -> None:
    # "The Peru-Estonia Joint Plan ... between Peru and Estonia" is the pair's plan; Estonia's own is another fact's.
    outcome = plans.matcher.ask(question)
    assert "joint_plan" not in _ids(outcome)[:1]
    assert _ids(outcome)[:1] == ["harbour_forum"]


def test_a_quoted_title_after_an_owner_is_that_owners(plans: KnowledgeService) -> None:
    # Estonia's "Plan for Clean Seas": the plan is Estonia's, so Peru's plan is not answered by it.
    outcome = plans.matcher.ask("what is peru's plan")
    assert isinstance(outcome, Correction)
    assert _ids(outcome) == ["harbour_forum"]


# ---------------------------------------------------------------- lists, support verbs and pairings
def test_a_misspelt_plural_still_asks_for_every_one(shipped: KnowledgeService) -> None:
    question = "ind jpn prefctures list plz"
    assert shipped.matcher.read(question).plural_kind == "prefectures"
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert len(_ids(outcome)) > 1


@pytest.mark.parametrize(
    "question", ["which military exercises do india and japan take part in", "which exercises do they participate in"]
)
def test_taking_part_only_carries_the_noun(shipped: KnowledgeService, question: str) -> None:
    # The bilateral exercises' fact says "hold", not "take part": the verb is no word the answer must have.
    ids = _ids(shipped.matcher.ask(question))
    assert {"bilateral_exercises", "multilateral_exercises"} <= set(ids)


def test_a_demonym_before_a_kind_is_no_party_to_a_pairing(shipped: KnowledgeService) -> None:
    query = shipped.matcher.read("which prefectures are paired with indian states")
    assert all("India" not in (r.agent, r.target) for r in query.roles)
    assert isinstance(shipped.matcher.ask("which prefectures are paired with indian states"), Answer)


# ---------------------------------------------------------------- fields of ties and what a follow-up names
@pytest.mark.parametrize("question", ["india japan health cooperation", "cultural ties between india and japan"])
def test_a_field_the_material_never_names_is_not_any_cooperation(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Answer)


def test_a_field_it_names_is_still_answered(shipped: KnowledgeService) -> None:
    assert _ids(shipped.matcher.ask("india japan defence cooperation"))[:1] == ["security_cooperation_overview"]


def test_one_field_of_ties_in_a_follow_up_replaces_the_other(shipped: KnowledgeService) -> None:
    outcomes = _converse(
        shipped.matcher, "tell me about the security cooperation pillar", "what about development cooperation?"
    )
    assert _ids(outcomes[-1])[:1] == ["development_cooperation_overview"]
    outcomes = _converse(shipped.matcher, "what is the security pillar", "and space?")
    assert _ids(outcomes[-1])[:1] == ["chandrayaan_5"]


def test_what_a_follow_up_names_is_what_must_be_described(shipped: KnowledgeService) -> None:
    # The declaration is only named among the visit's outcomes: what it says is not given.
    outcomes = _converse(
        shipped.matcher,
        "what came out of the PM's visit on space?",
        "and on security?",
        "what does that declaration say?",
    )
    assert not isinstance(outcomes[-1], Answer)


# ---------------------------------------------------------------- who, in the passive, and what a count counts
@pytest.mark.parametrize("question", ["joint vision signed by whom", "by whom was cepa signed"])
def test_by_whom_asks_the_doer_of_a_passive_action(shipped: KnowledgeService, question: str) -> None:
    assert "agent" in shipped.matcher.read(question).attributes
    assert not isinstance(shipped.matcher.ask(question), Answer)


def test_the_action_before_by_whom_is_what_the_doer_did(shipped: KnowledgeService) -> None:
    assert shipped.matcher.read("joint vision signed by whom").agent_action == "sign"


def test_how_many_of_a_people_counts_the_people(shipped: KnowledgeService) -> None:
    # "six more outcomes" counts outcomes, not the Indians who will go.
    question = "how many indians will go to japan under hr exchange"
    assert shipped.matcher.read(question).counted == ("indian",)
    assert not isinstance(shipped.matcher.ask(question), Answer)


@pytest.mark.parametrize("question", ["how many prefectures are paired", "how many indian states are paired"])
def test_a_count_of_pairs_counts_what_each_pair_joins(shipped: KnowledgeService, question: str) -> None:
    assert _ids(shipped.matcher.ask(question))[:1] == ["state_prefecture_overview"]


def test_a_count_of_pairs_is_no_count_of_all_of_a_kind(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("how many prefectures does japan have"), Answer)


# ---------------------------------------------------------------- premises the material contradicts
@pytest.mark.parametrize(
    "question", ["special strategic and global partnership 2011 me hua tha na?", "ijicp 2011 me launch hua?"]
)
def test_a_wrong_year_for_a_named_thing_alone_is_corrected(shipped: KnowledgeService, question: str) -> None:
    # The fact that dates the thing covers the thing alone: that is all a year question names besides the year.
    assert isinstance(shipped.matcher.ask(question), Correction)


@pytest.mark.parametrize("question", ["does japan oppose india's unsc bid", "japan opposes india for unsc seat right"])
def test_a_premise_the_fact_says_the_opposite_of_is_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert _ids(outcome) == ["unsc_permanent_seat"]


def test_the_same_premise_put_rightly_is_answered(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("does japan support india's unsc bid"), Answer)


def test_opposite_pairs_must_be_two_words() -> None:
    with pytest.raises(LexiconError, match="two words"):
        Lexicon.from_documents([("bad.yaml", {"opposite_pairs": ["oppose"]})])


def test_apart_from_alone_asks_the_previous_question_again(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "economic security initiative sectors", "apart from telecom?")
    assert isinstance(outcomes[-1], Answer)
    assert _ids(outcomes[-1])[:1] == ["economic_security_sectors"]


def test_apart_from_alone_with_nothing_before_it_is_asked_back(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.respond("apart from telecom?").outcome, Clarify)


@pytest.mark.parametrize("question", ["agreements before 2015", "what agreements were signed before 2015"])
def test_a_year_bound_on_a_kind_bounds_its_things(shipped: KnowledgeService, question: str) -> None:
    # The 2015 pacts are not before 2015; CEPA (2011) is.
    query = shipped.matcher.read(question)
    assert query.bounds
    assert _ids(shipped.matcher.ask(question))[:1] == ["cepa_year"]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # A state is India's own, but not a view or plan of India's: the pairing facts answer it.
        ("India ka kaunsa state Toyama se juda hai?", "andhra_pradesh_toyama"),
        ("which state of India is paired with Toyama?", "andhra_pradesh_toyama"),
        # A field the fact covers in other words ("semiconductors") is no other field's cooperation.
        ("what is the semiconductor cooperation between India and Japan?", "economic_security_sectors"),
    ],
)
def test_owners_and_fields_narrow_no_more_than_they_say(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[:1] == [fact]


@pytest.mark.parametrize(
    "question", ["does japan support or oppose india's unsc bid", "do both back a rules-based global order?"]
)
def test_a_question_naming_both_or_neither_opposite_is_no_contradiction(
    shipped: KnowledgeService, question: str
) -> None:
    assert not isinstance(shipped.matcher.ask(question), Correction)


def test_setting_aside_what_the_earlier_answer_never_named_is_asked_back(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "when did CEPA come into effect?", "apart from telecom?")
    assert isinstance(outcomes[-1], Clarify)


# ---------------------------------------------------------------- chat wording
@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("can someone tell me the bilateral exercises quickly", "bilateral_exercises"),
        ("hey guys quick q - what's the flagship project of india japan dev cooperation?", "mahsr"),
        ("econ security initiative sectors?", "economic_security_sectors"),
        ("prelims pt: AAGC established in?", "aagc_year"),
        ("tamilnadu paired wid which prefecture bro", "tamil_nadu_ehime"),
    ],
)
def test_chat_wording_reaches_the_fact(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[:1] == [fact]


def test_a_request_opening_with_can_is_no_yes_no_question(shipped: KnowledgeService) -> None:
    assert not shipped.matcher.read("can someone tell me the bilateral exercises").yes_no
    assert shipped.matcher.read("can india join the quad?").yes_no


def test_a_name_of_several_words_typed_as_one_is_the_name() -> None:
    gazetteer = Gazetteer([("Tamil Nadu", "Tamil Nadu", "state"), ("Goa", "Goa", "state")])
    assert [m.canonical for m in gazetteer.find(["tamilnadu", "ka", "partner"])] == ["Tamil Nadu"]
    assert gazetteer.find(["goa"])[0].canonical == "Goa"


@pytest.mark.parametrize(
    ("question", "fact"), [("what happened in 2017", "aagc_year"), ("what happened in 2011", "cepa_year")]
)
def test_what_happened_in_a_year_asks_for_the_years_event(shipped: KnowledgeService, question: str, fact: str) -> None:
    assert _ids(shipped.matcher.ask(question))[:1] == [fact]


def test_what_happened_in_a_year_the_material_never_gives_is_declined(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("what happened in 2019"), Answer)


def test_deal_with_is_handling_not_an_agreement(shipped: KnowledgeService) -> None:
    ids = _ids(shipped.matcher.ask("which initiatives deal with supply chains"))
    assert "scri" in ids or "scri_purpose" in ids
    assert all(u.label != "agreement" for u in shipped.matcher.read("how does japan deal with china").units)


@pytest.mark.parametrize(
    ("question", "agent", "target"),
    [("japan to india exports", "Japan", "India"), ("india to japan exports fy24", "India", "Japan")],
)
def test_a_to_b_before_the_relation_word_is_its_direction(
    shipped: KnowledgeService, question: str, agent: str, target: str
) -> None:
    roles = shipped.matcher.read(question).roles
    assert [(r.agent, r.target) for r in roles] == [(agent, target)]


def test_hindi_ko_before_the_relation_word_marks_the_receiver(shipped: KnowledgeService) -> None:
    roles = shipped.matcher.read("japan ko india exports").roles
    assert all(r.agent != "Japan" for r in roles)


@pytest.mark.parametrize("question", ["how often do 2+2 dialogues happen", "2+2 dialogue kitni baar hota hai"])
def test_how_often_is_an_attribute_the_material_may_not_give(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert "how often" in outcome_text(outcome)


def test_each_name_of_a_list_after_apart_from_is_set_aside(shipped: KnowledgeService) -> None:
    question = "apart from jimex and dharma guardian which exercises"
    assert len(shipped.matcher.read(question).set_aside) == 2
    assert "bilateral_exercises" not in _ids(shipped.matcher.ask(question))


def test_a_plain_word_after_the_name_set_aside_is_still_asked(shipped: KnowledgeService) -> None:
    question = "apart from jimex bilateral exercises"
    assert len(shipped.matcher.read(question).set_aside) == 1
    assert _ids(shipped.matcher.ask(question))[:1] == ["bilateral_exercises"]


# ---------------------------------------------------------------- session 21
def test_each_other_in_hinglish_says_how_and_is_no_typo(shipped: KnowledgeService) -> None:
    query = shipped.matcher.read("UNSC permanent seat pe india japan ek dusre ko support karte hai?")
    assert not query.corrections
    assert _ids(shipped.matcher.ask(query.text))[:1] == ["unsc_permanent_seat"]


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("Japan's vision that the Act East Forum is aligned with?", False),
        ("the policy jo india follow karta hai?", False),
        ("dharma guardian is a naval exercise?", True),
        ("malabar is an exercise that india holds?", True),
    ],
)
def test_a_relative_clause_before_the_verb_asks_for_the_thing(
    shipped: KnowledgeService, question: str, yes_no: bool
) -> None:
    assert shipped.matcher.read(question).yes_no is yes_no


@pytest.mark.parametrize("question", ["what did the joint vision set out?", "what does the joint vision lay out"])
def test_a_phrasal_verb_at_the_end_asks_what_a_thing_says(shipped: KnowledgeService, question: str) -> None:
    query = shipped.matcher.read(question)
    assert "contents" in query.attributes
    assert [u.label for u in query.units] == ["Joint Vision"]


def test_set_up_at_the_end_still_asks_when_a_thing_began(shipped: KnowledgeService) -> None:
    assert "contents" not in shipped.matcher.read("when was the aagc set up").attributes


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("pairs for gujarat and tamil nadu?", {"gujarat_shizuoka", "tamil_nadu_ehime"}),
        ("when did cepa and ijicp start", {"cepa_year", "ijicp_year"}),
    ],
)
def test_a_question_about_two_names_is_asked_once_per_name(
    shipped: KnowledgeService, question: str, facts: set[str]
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert set(_ids(outcome)) == facts


@pytest.mark.parametrize(
    "question",
    [
        "apart from jimex and dharma guardian which exercises",  # one list set aside
        "compare japan's and india's approach to china",  # the partners
        "CEPA aur AAGC ke beech kitne saal ka gap hai",  # a pair, after the two
        "what is the gap between cepa and aagc",  # a pair, before the two
        "cepa year and ijicp year",  # no name on its own before "and"
    ],
)
def test_lists_that_are_no_two_questions_are_not_split_per_name(shipped: KnowledgeService, question: str) -> None:
    assert shipped.matcher._per_name(question.casefold().split()) == []


def test_only_the_name_is_left_out_of_each_part(shipped: KnowledgeService) -> None:
    parts = shipped.matcher._per_name("what do the aagc and the sme forum aim at".split())
    assert parts == ["what do the aagc aim at", "what do the sme forum aim at"]


def test_a_false_premise_in_one_part_corrects_the_whole(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("JIMEX aur MALABAR dono bilateral exercises hai na?")
    assert isinstance(outcome, Correction)
    assert "multilateral" in outcome_text(outcome).casefold()


def test_a_state_beside_the_prefecture_named_is_what_which_states_asks(shipped: KnowledgeService) -> None:
    assert _ids(shipped.matcher.ask("which states are toyama paired with"))[:1] == ["andhra_pradesh_toyama"]
    assert not isinstance(shipped.matcher.ask("which countries are in quad"), Answer)  # the partners are no members


def test_a_comparison_both_sides_of_which_one_fact_answers_compares_nothing(shipped: KnowledgeService) -> None:
    asking = AskingService(shipped)
    conversation = asking.new_conversation()
    asking.answer("india japan trade", conversation)
    outcome = asking.answer("is it more import or export for india?", conversation)
    assert isinstance(outcome, Partial)
    assert "equal" not in outcome_text(outcome)


def test_the_words_of_a_name_scattered_over_a_fact_do_not_name_it(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what is the make in india link in india japan ties")
    assert "state_prefecture_overview" not in _ids(outcome)
    matcher = shipped.matcher
    judged = {j.candidate.fact.fact.id: j for j in matcher.judge(matcher.read("make in india link"))}
    assert "make-in-india only apart" in judged["state_prefecture_overview"].reason.casefold()


@pytest.mark.parametrize("question", ["has japan signed npt", "did japan sign the npt"])
def test_what_a_fact_says_one_partner_has_not_done_says_nothing_of_the_other(
    shipped: KnowledgeService, question: str
) -> None:
    assert not isinstance(shipped.matcher.ask(question), (Answer, Correction))


def test_what_a_fact_says_the_partner_asked_about_has_not_done_corrects_the_premise(
    shipped: KnowledgeService,
) -> None:
    assert isinstance(shipped.matcher.ask("has india signed the npt?"), Correction)


@pytest.mark.parametrize(
    "question", ["apart from nuclear what other concern", "apart from nuclear any other concern in the partnership"]
)
def test_a_fact_naming_the_thing_asked_only_as_the_one_set_aside_does_not_answer(
    shipped: KnowledgeService, question: str
) -> None:
    assert not isinstance(shipped.matcher.ask(question), Answer)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("is health a line of effort in the joint vision", ("health",)),
        ("is the us part of quad", ()),
        ("is jimex bilateral?", ()),
    ],
)
def test_is_x_a_y_asserts_x(shipped: KnowledgeService, question: str, subject: tuple[str, ...]) -> None:
    assert shipped.matcher.read(question).asserted_subject == subject


def test_a_fact_that_never_names_what_is_x_a_y_asserts_neither_confirms_nor_denies(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("is health a line of effort in the joint vision"), Answer)
    assert isinstance(shipped.matcher.ask("is mobility a line of effort"), Answer)


@pytest.mark.parametrize(
    ("question", "asks_when"), [("act east policy launched in?", True), ("what was launched in", False)]
)
def test_a_start_left_open_at_the_end_asks_when(shipped: KnowledgeService, question: str, asks_when: bool) -> None:
    assert (Intent.WHEN in shipped.matcher.read(question).intents) is asks_when


def test_a_start_the_material_never_dates_is_not_answered_by_what_it_says_of_the_thing(
    shipped: KnowledgeService,
) -> None:
    assert not isinstance(shipped.matcher.ask("act east policy launched in?"), Answer)


def test_an_attribute_word_asked_before_is_not_the_subject_of_the_next_question(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "ijicp", "aim", "year")
    assert isinstance(outcomes[-1], Answer)
    assert _ids(outcomes[-1])[:1] == ["ijicp_year"]


def test_an_attribute_of_the_named_thing_drops_the_words_of_the_question_before(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "what is scri", "who is the third partner", "aim?")
    assert _ids(outcomes[-1])[:1] == ["scri_purpose"]


def test_a_list_asked_for_keeps_the_words_of_the_question_before(shipped: KnowledgeService) -> None:
    outcomes = _converse(
        shipped.matcher, "joint vision for the next decade - for how long?", "how many lines of effort?", "name a few"
    )
    assert _ids(outcomes[-1])[:1] == ["joint_vision_lines_named"]


@pytest.mark.parametrize(
    ("question", "answered"), [("who upgraded the partnership in 2014", False), ("who set up the aagc", True)]
)
def test_a_passive_names_what_was_acted_on_not_who_acted(
    shipped: KnowledgeService, question: str, answered: bool
) -> None:
    assert isinstance(shipped.matcher.ask(question), Answer) is answered


@pytest.mark.parametrize("question", ["what is a prefecture", "prefecture kya hota hai"])
def test_a_fact_about_one_of_a_kind_does_not_define_the_kind(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert "description" in outcome_text(outcome)


def test_a_word_of_a_term_asked_alone_is_not_the_term(shipped: KnowledgeService) -> None:
    assert "cepa_scope" not in _ids(shipped.matcher.ask("who is india's natural partner"))


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("is ehime paired with kerala?", "tamil_nadu_ehime"),
        ("did japan and russia launch the aagc?", "aagc_year"),
        ("AAGC was set up in 2015 by india and china, right?", "aagc_year"),
        # "partnership" after two places of two kinds claims they pair, as "paired with" does.
        ("kerala and ehime partnership details", "state_prefecture_overview"),
    ],
)
def test_a_name_put_in_place_of_the_materials_on_a_named_thing_is_corrected(
    shipped: KnowledgeService, question: str, fact: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert _ids(outcome)[:1] == [fact]


@pytest.mark.parametrize("question", ["does india export vehicles to china?", "what did kerala and ehime gain?"])
def test_an_unknown_name_without_a_named_thing_or_a_premise_is_not_corrected(
    shipped: KnowledgeService, question: str
) -> None:
    assert not isinstance(shipped.matcher.ask(question), (Answer, Correction))


@pytest.mark.parametrize(
    ("question", "kind"),
    [("true or false: SSGP was in 2014", Answer), ("true or false: aagc was set up in 2015", Correction)],
)
def test_true_or_false_asks_to_confirm_the_statement(shipped: KnowledgeService, question: str, kind: type) -> None:
    assert shipped.matcher.read(question).yes_no
    assert isinstance(shipped.matcher.ask(question), kind)


def test_how_long_an_exam_answer_should_be_is_no_figure_asked(shipped: KnowledgeService) -> None:
    query = shipped.matcher.read("mains: discuss the significance of the india japan partnership (150 words)")
    assert "150" not in query.numbers
    assert "150" in shipped.matcher.read("is india japan trade 150 billion").numbers


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("sec coop details", "security_cooperation_overview"),
        ("indo pac", "rules_based_order"),
        ("multilat exercises", "multilateral_exercises"),
    ],
)
def test_chat_shorthand_reaches_the_fact(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome)[:1] == [fact]


def test_details_of_a_thing_only_named_are_not_given(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("details of the india-japan AI initiative pls")
    assert isinstance(outcome, Partial)
    assert "description" in outcome_text(outcome)


def test_its_after_which_x_and_a_preposition_is_x_itself(shipped: KnowledgeService) -> None:
    assert shipped.matcher.read("which partnership has 'global' in its name").markers.anaphor is None
    assert shipped.matcher.read("which country is its partner").markers.anaphor == "its"


def test_other_before_a_noun_is_no_reference_to_the_other_one(shipped: KnowledgeService) -> None:
    assert shipped.matcher.reader.other_one("chandrayaan 5 ka dusra naam")[1] == set()
    assert shipped.matcher.reader.other_one("dusra wala kab hua")[1]


def test_a_word_of_the_language_files_is_no_typo(shipped: KnowledgeService) -> None:
    assert not shipped.matcher.read("chandrayaan 5 ka dusra naam").corrections


@pytest.mark.parametrize(
    ("question", "answered"),
    [("how long will the joint vision run", True), ("how long is the mahsr", False), ("how long to read", True)],
)
def test_how_long_asks_a_length_or_a_span_of_time(shipped: KnowledgeService, question: str, answered: bool) -> None:
    assert "span" in shipped.matcher.read(question).attributes
    assert isinstance(shipped.matcher.ask(question), Answer) is answered


def test_how_long_after_naming_the_lines_asks_the_vision_span(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "joint vision", "how many lines", "name them", "how long")
    assert _ids(outcomes[-1])[:1] == ["joint_vision_duration"]


def test_how_many_items_are_listed_counts_the_list(shipped: KnowledgeService) -> None:
    assert _ids(shipped.matcher.ask("how many other outcomes are listed"))[:1] == ["other_outcomes_list"]


def test_the_name_an_answer_gives_to_which_or_called_is_the_next_subject(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    reply = matcher.respond("and the initiative with australia is called?", None)
    assert [u.label for u in reply.turn.topic] == ["SCRI"]
    assert _ids(matcher.ask("what does it aim for", reply.turn))[:1] == ["scri_purpose"]
    # A question that names the thing itself keeps its own subject.
    named = matcher.read("which country is in scri")
    assert matcher._answered_name(named, matcher.ask(named.text)) == ()


def test_a_us_led_system_names_who_leads_it(shipped: KnowledgeService) -> None:
    assert _ids(shipped.matcher.ask("who leads the alliance system japan uses"))[:1] == ["japan_approach"]
    assert isinstance(shipped.matcher.ask("who leads quad"), Partial)


def test_which_x_covers_y_asks_for_the_thing_not_its_contents(shipped: KnowledgeService) -> None:
    assert "contents" not in shipped.matcher.read("which agreement covers ipr").attributes
    assert "contents" in shipped.matcher.read("what does cepa cover").attributes


def test_true_or_false_at_the_end_asks_to_confirm(shipped: KnowledgeService) -> None:
    assert shipped.matcher.read("jimex is a bilateral exercise - true or false?").yes_no


@pytest.mark.parametrize("question", ["how long?", "aim?", "full form?"])
def test_an_attribute_alone_with_nothing_before_is_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Clarify)


def test_an_attribute_alone_after_a_question_is_asked_of_its_subject(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "what is ijicp", "aim?")
    assert _ids(outcomes[-1])[:1] == ["ijicp_aim"]
    assert not isinstance(shipped.matcher.ask("who is the author"), Clarify)  # the article's, if anything's


def test_chat_abbreviations_of_the_partners_carry_the_direction(shipped: KnowledgeService) -> None:
    roles = shipped.matcher.read("jpn export to ind?").roles
    assert [(r.agent, r.target) for r in roles] == [("Japan", "India")]


def test_when_negotiations_started_is_no_coming_into_effect(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("when were cepa negotiations started"), Answer)
    assert isinstance(shipped.matcher.ask("when did cepa start"), Answer)


def test_who_else_asks_for_the_members(shipped: KnowledgeService) -> None:
    assert "members" in shipped.matcher.read("who else is in g4").attributes
    assert isinstance(shipped.matcher.ask("who else is in g4"), Partial)


def test_exports_after_imports_with_no_parties_turns_the_answered_relation_round(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "trade figures", "imports?", "exports?")
    assert not isinstance(outcomes[-1], Answer)  # India's export figure is not given
    assert _ids(outcomes[1])[:1] == ["japan_exports_to_india"]


def test_there_at_the_end_points_back_to_the_place_asked_about(shipped: KnowledgeService) -> None:
    assert shipped.matcher.read("what do india and japan do there").markers.anaphor == "there"
    assert shipped.matcher.read("what does india import from there").markers.anaphor is None
    outcomes = _converse(shipped.matcher, "quad members?", "what do india japan do there")
    assert _ids(outcomes[-1])[:1] == ["quad"]


def test_is_x_one_points_back_to_the_kind_asked_before(shipped: KnowledgeService) -> None:
    outcomes = _converse(shipped.matcher, "what are the bilateral exercises", "is malabar one?")
    assert isinstance(outcomes[-1], Correction)
    assert isinstance(shipped.matcher.ask("is mobility one"), Clarify)
    assert shipped.matcher.read("and the fuel one?").markers.anaphor is None


def test_a_field_of_cooperation_named_is_a_field_the_fact_must_give(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("what is japan's security cooperation with australia"), Answer)
    assert isinstance(shipped.matcher.ask("what does india japan security cooperation involve"), Answer)


def test_names_offered_as_options_may_be_who_does_it(shipped: KnowledgeService) -> None:
    query = shipped.matcher.read("who restricts nuclear technology transfers, india or japan")
    assert query.offered == {"India", "Japan"}
    assert _ids(shipped.matcher.ask(query.text))[:1] == ["npt_concern"]


@pytest.mark.parametrize("question", ["what is the conclusion of the article", "what is in the conclusion about us"])
def test_what_a_part_of_the_article_says_is_given_by_its_facts(shipped: KnowledgeService, question: str) -> None:
    query = shipped.matcher.read(question)
    assert not query.attributes & {"definition", "contents"}
    assert isinstance(shipped.matcher.ask(question), Answer)


# ---------------------------------------------------------------- review of the session's mechanisms
@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("how many lines of effort are there?", "joint_vision_lines_count"),
        ("what did 2014 mark for india japan ties", "ssgp_2014"),
    ],
)
def test_existential_there_and_a_year_before_mark_are_read_as_written(
    shipped: KnowledgeService, question: str, fact: str
) -> None:
    assert _ids(shipped.matcher.ask(question))[:1] == [fact]


def test_the_other_one_followed_by_an_attribute_is_still_the_other_one(shipped: KnowledgeService) -> None:
    assert shipped.matcher.reader.other_one("the other one year?")[1]
    outcomes = _converse(shipped.matcher, "which is older, aagc or ijicp?", "the other one year?")
    assert _ids(outcomes[-1])[:1] == ["ijicp_year"]


@pytest.mark.parametrize("question", ["is scri opposed by china?", "did the aagc get funding from china?"])
def test_a_substituted_name_corrects_only_what_the_fact_states(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), (Answer, Correction))


def test_or_not_still_asks_to_confirm(shipped: KnowledgeService) -> None:
    assert shipped.matcher.read("is health a line of effort or not").yes_no
    assert not isinstance(shipped.matcher.ask("is health a line of effort or not"), Answer)


def test_which_came_first_with_and_is_not_split_per_name(shipped: KnowledgeService) -> None:
    assert shipped.matcher._per_name("which came first cepa and ijicp".split()) == []


def test_which_provisions_keeps_asking_for_contents(shipped: KnowledgeService) -> None:
    assert "contents" in shipped.matcher.read("which provisions does cepa contain").attributes


# ---------------------------------------------------------------- numbered statements
def test_numbered_statements_are_read_with_their_options() -> None:
    read = read_statements(
        "Consider the following statements: 1. CEPA came into effect in 2011. 2. IJICP was launched in 2014. "
        "Which of the statements given above is/are correct? (a) 1 only (b) 2 only (c) Both 1 and 2 (d) Neither"
    )
    assert read is not None
    assert read.statements == ("CEPA came into effect in 2011", "IJICP was launched in 2014")
    assert statement_option(read.options, frozenset({1}), 2) == "a"
    assert statement_option(read.options, frozenset(), 2) == "d"
    assert statement_option(read.options, frozenset({1, 2}), 2) == "c"
    assert read_statements("name 2 exercises. 1) jimex") is None


def test_each_statement_is_judged_and_the_option_named(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask(
        "Consider the following statements: 1. CEPA came into effect in 2011. 2. IJICP was launched in 2014. "
        "Which of the statements given above is/are correct? (a) 1 only (b) 2 only (c) Both 1 and 2 (d) Neither"
    )
    assert isinstance(outcome, Answer)
    assert "Statement 2 is not correct" in outcome.note
    assert "(a) 1 only" in outcome.note


def test_a_statement_of_bare_names_is_not_judged(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("Consider the following: 1. AP-Toyama 2. TN-Yamanashi. Which are correct?")
    assert not isinstance(outcome, Answer)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "Consider the pairs: 1. AP-Toyama 2. TN-Yamanashi. Which are correct?",
            "Pair 1 is correctly matched. Pair 2 is not correctly matched.",
        ),
        (
            "Consider the following pairs: 1. Tamil Nadu - Ehime 2. Gujarat - Toyama 3. Uttar Pradesh - Yamanashi. "
            "Which of the pairs given above are correctly matched?",
            "Pair 1 is correctly matched. Pair 2 is not correctly matched. Pair 3 is correctly matched.",
        ),
        (
            "in jodiyon par vichar karein: 1. Gujarat - Shizuoka 2. Andhra Pradesh - Ehime. kaunsi jodi sahi hai?",
            "Pair 1 is correctly matched. Pair 2 is not correctly matched.",
        ),
        (
            "Consider the following pairs: State : Prefecture 1. Andhra Pradesh : Toyama 2. Tamil Nadu : Ehime "
            "3. Gujarat : Toyama. How many of the pairs given above are correctly matched? (a) Only one (b) Only two "
            "(c) All three (d) None",
            "2 of 3 are right. Answer: (b) Only two.",
        ),
    ],
)
def test_two_names_side_by_side_are_judged_as_a_pair_when_the_question_says_pairs(
    shipped: KnowledgeService, question: str, said: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert said in outcome.note


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "Consider the following pairs: 1. Uttar Pradesh and Shizuoka 2. Uttar Pradesh and Yamanashi "
            "3. AP and Yamanashi. Which of the pairs given above are correctly matched?",
            "Pair 1 is not correctly matched. Pair 2 is correctly matched. Pair 3 is not correctly matched.",
        ),
        (
            "Consider the following pairs: 1. Gujarat & Toyama 2. Tamil Nadu & Ehime. How many pairs are correctly "
            "matched? (a) Only one (b) Both (c) None",
            "Answer: (a) Only one.",
        ),
    ],
)
def test_the_two_sides_of_a_pair_are_read_however_joined(shipped: KnowledgeService, question: str, said: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert said in outcome.note


@pytest.mark.parametrize(
    "question",
    [
        "Consider the following pairs: 1. India - NPT 2. CEPA - 2011. Which are correctly matched?",
        "Match the following: (1) Japan -- Africa (2) SSGP -- 2014. Which of these are correctly matched?",
        "Consider the following pairs: 1. MILAN - MALABAR 2. AAGC - 2017. How many pairs are correct? (a) One (b) Two",
    ],
)
def test_two_names_the_material_pairs_no_way_are_not_judged_a_pair(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert outcome.missing == "whether pair 1 is correctly matched"


def test_a_pair_the_material_does_not_judge_is_named_as_a_pair(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask(
        "Match the following: 1. Gujarat - Shizuoka 2. Gujarat - Kyoto Osaka Nara. Which are correctly matched?"
    )
    assert not isinstance(outcome, Answer)


@pytest.mark.parametrize(
    ("options", "correct", "counted", "letter"),
    [
        ((("a", "Only one"), ("b", "Only two"), ("c", "All three"), ("d", "None")), {1, 3}, True, "b"),
        ((("a", "Only one"), ("b", "Only two"), ("c", "All three"), ("d", "None")), {1, 2, 3}, True, "c"),
        ((("a", "Only one"), ("b", "Only two"), ("c", "All three"), ("d", "None")), set(), True, "d"),
        ((("a", "Only 1"), ("b", "Only 2"), ("c", "All 3"), ("d", "None")), {2}, True, "a"),
        # Not asked how many: "Only one" names no statement, so it is no option for none of them.
        ((("a", "Only one"), ("b", "Only two"), ("c", "All three")), set(), False, None),
        ((("a", "1 only"), ("b", "2 only"), ("c", "Both 1 and 2"), ("d", "Neither")), {1, 2}, False, "c"),
    ],
)
def test_an_option_counting_the_correct_statements_is_chosen_by_their_count(
    options: tuple[tuple[str, str], ...], correct: set[int], counted: bool, letter: str | None
) -> None:
    values = {"one": "1", "two": "2", "three": "3"}
    assert statement_option(options, frozenset(correct), 3, counted=counted, number_values=values) == letter


def test_another_articles_term_is_not_looked_for_as_a_name_in_this_one(two_articles: KnowledgeService) -> None:
    matcher = two_articles.matcher
    judged = {j.candidate.fact.fact.id: j for j in matcher.judge(matcher.read("bilateral trade in fy 2023-24"))}
    assert "scattered" not in judged["de_bilateral_trade"].reason


def test_a_partner_stands_in_for_a_name_only_beside_the_other_partner(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("is australia part of quad as per article"), Correction)
    assert isinstance(shipped.matcher.ask("did japan and russia launch the aagc?"), Correction)


def test_which_of_the_following_are_covered_still_asks_for_contents(shipped: KnowledgeService) -> None:
    assert "contents" in shipped.matcher.read("which of the following are covered under cepa").attributes


# ---------------------------------------------------------------- a word said again right after itself
@pytest.mark.parametrize(
    ("repeated", "once"),
    [("japan japan japan japan japan japan", "japan"), ("india india india", "india"), ("cepa cepa kab", "cepa kab")],
)
def test_a_word_said_again_right_after_itself_is_read_once(shipped: KnowledgeService, repeated: str, once: str) -> None:
    assert drop_repeats(tokenize(repeated)) == tokenize(once)
    assert _ids(shipped.matcher.ask(repeated)) == _ids(shipped.matcher.ask(once))


def test_words_said_apart_and_doubled_question_words_are_kept() -> None:
    assert drop_repeats(["india", "and", "india"]) == ["india", "and", "india"]
    # Hinglish doubles a question word to mean "which all" ("kaun kaun se desh"): the language data reads it.
    assert drop_repeats(["kaun", "kaun", "se", "desh"], frozenset({"kaun"})) == ["kaun", "kaun", "se", "desh"]


def test_what_all_in_hinglish_asks_for_the_things_the_verb_asks(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("QUAD mein India aur Japan kya kya coordinate karte hain")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "quad"


@pytest.mark.parametrize(
    ("question", "equates"),
    [
        ("is AAGC for africa's development?", ()),
        ("is IJICP the same as CEPA?", ("IJICP", "CEPA")),
        ("is ssgp another name for cepa", ("SSGP", "CEPA")),
    ],
)
def test_only_a_word_of_sameness_says_two_things_are_one(
    shipped: KnowledgeService, question: str, equates: tuple[str, ...]
) -> None:
    assert shipped.matcher.read(question).equates == equates


def test_the_figure_of_a_name_counts_nothing(shipped: KnowledgeService) -> None:
    assert "5" not in shipped.matcher.read("chandrayaan 5 partner country").counts
    assert "4" in shipped.matcher.read("4 state prefecture partnerships right?").counts


@pytest.mark.parametrize(
    ("question", "polar"),
    [
        ("kya india ne npt sign kiya hai", True),
        ("kya scri me usa hai", True),
        ("kya hai cepa", False),
        ("kya kya hua visit me", False),
        ("kya cover karta hai", False),
    ],
)
def test_kya_opening_a_statement_asks_whether_it_is_so(shipped: KnowledgeService, question: str, polar: bool) -> None:
    assert shipped.matcher.read(question).yes_no is polar


def test_a_hinglish_yes_no_question_is_judged_against_what_the_material_says(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("kya india ne npt sign kiya hai")
    assert isinstance(outcome, Correction)
    assert _ids(outcome) == ["npt_concern"]


# ---------------------------------------------------------------- a name the answer quotes after its subject
QUOTES = """
source: {id: quotes, title: Coast Ties, publisher: Practice Press, published: 2024-01-02, summary: [Ties.]}
sections:
  - {id: ties, title: Ties, summary: How the coast ties work.}
facts:
  - id: board_anchors
    section: ties
    question: Which plans anchor the Harbour Board?
    answer: The Harbour Board of the coasts works under the north's "Tidal Reach Plan" and the south's "Reef Vision".
    keywords: [Harbour Board, Tidal Reach Plan, Reef Vision]
  - id: reef_vision
    section: ties
    question: What is the Reef Vision?
    answer: '"Reef Vision" is the south''s plan to restore its coral reefs by sharing boats.'
    keywords: [Reef Vision, coral reefs]
"""


@pytest.fixture
def quotes(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return _service(write_knowledge, QUOTES)


def test_a_name_quoted_after_the_subject_is_cited_not_described(quotes: KnowledgeService) -> None:
    matcher = quotes.matcher
    position = next(i for i, f in enumerate(matcher.index.facts) if f.fact.id == "board_anchors")
    assert len(matcher.scorer.quoted_stems(position)) == 2
    outcome = matcher.ask("what is the tidal reach plan")
    assert isinstance(outcome, Partial)
    assert _ids(outcome) == ["board_anchors"]
    # The fact the name opens is about it; and what anchors the board is answered by the quoting fact.
    assert _ids(matcher.ask("what is the reef vision")) == ["reef_vision"]
    assert isinstance(matcher.ask("which plans anchor the harbour board"), Answer)


def test_the_act_east_policy_is_only_named_by_the_forum_it_anchors(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what is act east policy")
    assert isinstance(outcome, Partial)
    assert _ids(outcome) == ["act_east_forum_anchors"]
    assert isinstance(shipped.matcher.ask("what is the act east forum"), Answer)


@pytest.mark.parametrize("question", ["what is ESI", "ESI kya hai"])
def test_a_fact_about_the_thing_defines_it_though_a_list_naming_it_scores_higher(
    shipped: KnowledgeService, question: str
) -> None:
    # The list of the visit's outcomes only names the Economic Security Initiative; its own fact describes it.
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert _ids(outcome) == ["economic_security_initiative"]
    # A thing only named stays an honest partial answer.
    assert isinstance(shipped.matcher.ask("what is the SME forum"), Partial)


@pytest.mark.parametrize(
    ("question", "roles"),
    [
        ("prime minister of japan ki india visit me kya hua", [("visit", "Japan", "India")]),
        ("the japanese pm's india visit", [("visit", "Japan", "India")]),
        ("what came out of the indian pm's japan visit", [("visit", "India", "Japan")]),
        ("PM ki japan visit me kya hua", []),  # whose visit is not said
        ("india and japan visit", []),  # two names joined, neither the owner
    ],
)
def test_a_place_before_a_visit_is_where_it_goes_and_the_name_before_it_whose_it_is(
    shipped: KnowledgeService, question: str, roles: list[tuple[str, str, str]]
) -> None:
    read = shipped.matcher.reader.read(question).roles
    assert [(r.relation, r.agent, r.target) for r in read] == roles


@pytest.mark.parametrize(
    "question", ["prime minister of japan ki india visit me kya hua", "the japanese pm's india visit"]
)
def test_a_visit_the_other_way_round_is_not_answered_as_the_material_s(
    shipped: KnowledgeService, question: str
) -> None:
    # The material's visit is India's Prime Minister's to Japan.
    assert not isinstance(shipped.matcher.ask(question), Answer)


# ---------------------------------------------------------------- no correction where nothing is claimed
@pytest.mark.parametrize(
    ("question", "corrected"),
    [("when was NPT signed", False), ("when did india sign the npt", True), ("when did they sign the npt?", True)],
)
def test_a_date_asked_of_an_act_no_one_is_said_to_have_done_corrects_nothing(
    shipped: KnowledgeService, question: str, corrected: bool
) -> None:
    # "India has not signed the NPT" contradicts "when did India sign it", not "when was it signed" (by anyone).
    assert isinstance(shipped.matcher.ask(question), Correction) is corrected


@pytest.mark.parametrize(
    ("question", "claimed"),
    [
        ("TN's japanese prefecture partner", ()),  # the prefecture is Tamil Nadu's partner, not Tamil Nadu
        ("is TN's Japanese prefecture partner Ehime?", ()),
        ("is AP Japan's prefecture?", (("Andhra Pradesh", "prefecture"),)),
        ("is Toyama an Indian state?", (("Toyama", "state"),)),
        ("gujarat ek prefecture hai?", (("Gujarat", "prefecture"),)),
    ],
)
def test_a_kind_is_claimed_of_a_name_only_through_a_linking_word(
    shipped: KnowledgeService, question: str, claimed: tuple[tuple[str, str], ...]
) -> None:
    assert shipped.matcher.reader.read(question).claimed_kinds == claimed


@pytest.mark.parametrize("question", ["japan-india exports figure 23-24", "japan india export kitna hai"])
def test_two_names_side_by_side_before_a_directed_word_go_from_the_first_to_the_second(
    shipped: KnowledgeService, question: str
) -> None:
    roles = shipped.matcher.reader.read(question).roles
    assert [(r.relation, r.agent, r.target) for r in roles] == [("export", "Japan", "India")]
    assert _ids(shipped.matcher.ask(question)) == ["japan_exports_to_india"]


@pytest.mark.parametrize(
    ("question", "corrected"),
    [("does china support india's UNSC bid", False), ("does japan oppose india's bid?", True)],
)
def test_others_who_support_it_do_not_say_a_third_does_not(
    shipped: KnowledgeService, question: str, corrected: bool
) -> None:
    # India and Japan backing each other's bid says nothing of China's view; "oppose" is their support denied.
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction) is corrected
    assert not isinstance(outcome, Answer)


@pytest.mark.parametrize(
    "question", ["whats in the action plan for human resource exchange", "what's in the action plan?"]
)
def test_what_is_in_a_thing_asks_its_contents(shipped: KnowledgeService, question: str) -> None:
    assert "contents" in shipped.matcher.reader.read(question).attributes


@pytest.mark.parametrize(
    ("question", "asked_back"),
    [
        ("who launched them", True),
        ("when were they set up", True),
        ("what did they sign", False),
        ("when did they sign?", False),
    ],
)
def test_they_with_nothing_before_are_the_partners_only_as_the_doers(
    shipped: KnowledgeService, question: str, asked_back: bool
) -> None:
    # "what did they sign" asks what India and Japan signed; "who launched them" asks who launched some things.
    assert isinstance(shipped.matcher.respond(question, None).outcome, Clarify) is asked_back


def test_a_better_fact_lacking_the_thing_asked_is_a_partial_answer_before_weaker_ones(
    shipped: KnowledgeService,
) -> None:
    # The MAHSR fact does not say which technology; a weaker fact passing every check is no reason to offer it only.
    outcome = shipped.matcher.ask("which japanese train technology is used in MAHSR")
    assert isinstance(outcome, Partial), outcome
    assert "which technology" in outcome_text(outcome)
    assert _ids(outcome) == ["mahsr"]


def test_the_first_one_after_a_choice_is_its_first_option_not_an_item_of_a_list_shown(
    shipped: KnowledgeService,
) -> None:
    outcomes = _converse(shipped.matcher, "which came first, JIMEX or MALABAR?", "the second one?", "the first one?")
    assert _ids(outcomes[1])[:1] == ["multilateral_exercises"]
    assert _ids(outcomes[2])[:1] == ["bilateral_exercises"]


def test_a_pair_named_whole_after_other_pairs_is_a_claim_of_its_own(shipped: KnowledgeService) -> None:
    # Red team (session 35): after two pairs asked in turn it was declined, read as the earlier question again.
    outcomes = _converse(shipped.matcher, "tamil nadu ka prefecture?", "aur andhra ka?", "aur UP ka shizuoka hai na?")
    assert isinstance(outcomes[2], Correction), outcomes[2]
