"""Questions that put several things in order of time, counts of the names a list gives, and typos that swap two
letters, each at its edges."""

from __future__ import annotations

import pytest

from bot.core.answering.matcher import Matcher
from bot.core.answering.outcomes import Answer, Clarify, Correction, Decline, DeclineReason, Partial
from bot.core.answering.present import outcome_text
from bot.core.answering.shapes import Ordering, named_list, read_ordering
from bot.core.language.lexicon import LEXICON, Intent
from bot.core.language.text import stem
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: river-ties
  title: Peru-Estonia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Peru and Estonia work together on rivers, ports and drills.]
sections:
  - {id: ties, title: Ties, summary: Accords and boards.}
facts:
  - id: delta_accord_year
    section: ties
    question: When was the Delta Accord signed?
    answer: The Delta Accord was signed in 2019.
    keywords: [Delta Accord]
  - id: barge_pact_year
    section: ties
    question: When was the Barge Pact concluded?
    answer: Peru and Estonia concluded the Barge Pact in 2016.
    keywords: [Barge Pact]
  - id: lock_board
    section: ties
    question: When was the Lock Board set up?
    alternatives: [when was the lock board signed]
    answer: The Lock Board was set up in 2021 to run the river locks both countries share.
    keywords: [Lock Board]
  - id: ferry_talks
    section: ties
    question: Who takes part in the Ferry Talks?
    answer: The Ferry Talks bring together the transport and energy ministers of Peru and Estonia.
    keywords: [Ferry Talks]
  - id: river_drills
    section: ties
    question: Which river drills do Peru and Estonia hold?
    answer: Peru and Estonia hold river drills such as Reef Watch and Cold Current.
    keywords: [river drills, Reef Watch, Cold Current]
  - id: sea_drills
    section: ties
    question: Which sea drills do they join?
    answer: They join sea drills (Blue Tide, North Gale) with other navies.
    keywords: [sea drills, Blue Tide, North Gale]
  - id: port_sectors
    section: ties
    question: Which port sectors do they work on?
    answer: They work on port sectors, namely cranes, dredging and customs.
    keywords: [port sectors]
glossary:
  - term: Delta Accord
  - term: Barge Pact
  - term: Lock Board
  - term: Ferry Talks
  - term: Grand River and Harbour Compact
    synonyms: [GRHC]
"""


@pytest.fixture
def rivers(write_knowledge: WriteKnowledge) -> Matcher:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE})).matcher


def _read(question: str) -> Ordering | None:
    return read_ordering(question, None, LEXICON, 6, 6)


# ---------------------------------------------------------------- reading an ordering
@pytest.mark.parametrize(
    ("question", "kind", "items"),
    [
        ("arrange chronologically: delta accord, barge pact, lock board", "order", 3),
        ("was the lock board set up before the delta accord?", "before", 2),
        ("did the barge pact come after the lock board", "after", 2),
        ("lock board before or after the delta accord?", "order", 2),
    ],
)
def test_orderings_are_read_with_their_items(question: str, kind: str, items: int) -> None:
    read = _read(question)
    assert read is not None
    assert read.kind == kind
    assert len(read.items) == items


@pytest.mark.parametrize(
    "question",
    [
        "was the delta accord signed before 2020?",  # a bound on a year, not a second thing
        "what did the lock board do before",  # no yes/no claim, no list
        "arrange chronologically",  # nothing to arrange
        "arrange chronologically: " + ", ".join(f"thing {n}" for n in range(8)),  # too many to be a list of names
    ],
)
def test_what_is_no_ordering_is_not_read_as_one(question: str) -> None:
    assert _read(question) is None


def test_the_latest_needs_the_list_a_comparison_word_alone_does_not_make() -> None:
    assert read_ordering("latest among delta accord, barge pact, lock board", "later", LEXICON, 6, 6) is not None
    assert read_ordering("what is the latest news", "later", LEXICON, 6, 6) is None


# ---------------------------------------------------------------- answering it
def test_things_are_put_in_order_of_their_years(rivers: Matcher) -> None:
    outcome = rivers.ask("arrange chronologically: lock board, delta accord, barge pact")
    assert isinstance(outcome, Answer)
    assert [m.fact.fact.id for m in outcome.matches] == ["barge_pact_year", "delta_accord_year", "lock_board"]
    assert outcome.note.index("Barge Pact") < outcome.note.index("Delta Accord") < outcome.note.index("Lock Board")


def test_the_latest_of_a_list_is_named(rivers: Matcher) -> None:
    outcome = rivers.ask("which is the latest of the delta accord, the barge pact and the lock board?")
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith("Lock Board (2021) is the latest")


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("was the lock board set up before the delta accord?", "No: Lock Board (2021) came after Delta Accord (2019)"),
        ("was the barge pact concluded before the lock board?", "Yes: Barge Pact (2016) came before Lock Board"),
        ("lock board before or after the barge pact?", "Lock Board (2021) came after Barge Pact (2016)"),
    ],
)
def test_a_claim_of_order_is_confirmed_or_denied_from_the_years(rivers: Matcher, question: str, start: str) -> None:
    outcome = rivers.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith(start)


def test_a_thing_the_material_does_not_date_makes_a_partial_answer(rivers: Matcher) -> None:
    # The Ferry Talks have no year: the order cannot be given, only what the material dates.
    outcome = rivers.ask("arrange chronologically: ferry talks, delta accord, lock board")
    assert isinstance(outcome, Partial)
    assert {m.fact.fact.id for m in outcome.related} >= {"delta_accord_year", "lock_board"}


def test_two_things_with_a_comparison_word_are_left_to_the_comparison(rivers: Matcher) -> None:
    # "which came first, X or Y" stays the two-sided comparison it always was.
    outcome = rivers.ask("which came first: the lock board or the barge pact?")
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith("Barge Pact (2016) came before Lock Board (2021)")


def test_the_and_inside_a_name_does_not_split_it_into_two_things(shipped: KnowledgeService) -> None:
    # "Special Strategic and Global Partnership" is one thing, not "special strategic" and "global partnership".
    outcome = shipped.matcher.ask("Which came first: CEPA or the upgrade to Special Strategic and Global Partnership?")
    assert isinstance(outcome, Answer)
    assert "came before" in outcome.note


# ---------------------------------------------------------------- typos that swap two letters
def test_two_swapped_letters_are_read_as_the_base_word(rivers: Matcher) -> None:
    assert rivers.index.correct("ghrc") == "grhc"
    assert rivers.index.correct("rghc") == "grhc"


def test_a_swap_that_could_make_two_base_words_is_left_unread(write_knowledge: WriteKnowledge) -> None:
    article = ARTICLE.replace("synonyms: [GRHC]", "synonyms: [GRHC, GHCR]")
    matcher = KnowledgeService.from_directory(write_knowledge({"article.yaml": article})).matcher
    # "ghrc" is one swap from "grhc" and one from "ghcr": no telling which was meant.
    assert matcher.index.correct("ghrc") is None


# ---------------------------------------------------------------- counting the names a list gives
def test_how_many_counts_the_names_listed_after_the_counted_noun(rivers: Matcher) -> None:
    outcome = rivers.ask("how many river drills are mentioned")
    assert isinstance(outcome, Answer)
    assert outcome.note == "The material names 2 (as examples; there may be more): Reef Watch and Cold Current."


def test_how_many_gathers_the_lists_of_every_fact_that_lacks_only_the_number(rivers: Matcher) -> None:
    outcome = rivers.ask("how many drills are mentioned")
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith("The material names 4 ")
    assert {m.fact.fact.id for m in outcome.matches} == {"river_drills", "sea_drills"}


def test_a_list_of_another_kind_is_not_counted(rivers: Matcher) -> None:
    # "sea drills (Blue Tide, North Gale)" lists no river drill.
    outcome = rivers.ask("how many sea drills")
    assert isinstance(outcome, Answer)
    assert "Reef Watch" not in outcome.note


def test_a_whole_list_of_common_words_right_after_the_noun_is_counted(rivers: Matcher) -> None:
    # "port sectors, namely cranes, dredging and customs": a whole list of the noun counted, told apart by its commas
    # and its last "and" (session 54: "how many pacts were signed in 2015" got "doesn't give a number").
    outcome = rivers.ask("how many port sectors do they work on")
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == "The material names 3: cranes, dredging and customs."


@pytest.mark.parametrize(
    ("text", "counted", "names"),
    [
        ("exercises such as JIMEX and Dharma Guardian.", ("exercis",), ("JIMEX", "Dharma Guardian")),
        (
            "bilateral exercises (JIMEX, Dharma Guardian) and multilateral exercises (MILAN, MALABAR)",
            ("multilater", "exercis"),
            ("MILAN", "MALABAR"),
        ),
        # a name alone in brackets is a short form, no list of one
        ("bilateral exercises (JIMEX) and multilateral exercises (MILAN, MALABAR)", ("exercis",), ("MILAN", "MALABAR")),
        ("exercises such as joint drills", ("exercis",), ()),
        ("partners: Peru, Chile and Bolivia", ("partner",), ("Peru", "Chile", "Bolivia")),
    ],
)
def test_named_lists_are_read_after_their_noun(text: str, counted: tuple[str, ...], names: tuple[str, ...]) -> None:
    assert named_list(text, counted, stem) == names


# ---------------------------------------------------------------- "which of these is not" over typed abbreviations
def test_an_option_is_found_by_the_glossary_name_it_abbreviates(shipped: KnowledgeService) -> None:
    # "UP", "AP", "TN" are Uttar Pradesh, Andhra Pradesh and Tamil Nadu; Bihar is the one left out.
    outcome = shipped.matcher.ask("which of these states is not paired with a prefecture: UP, AP, TN, Bihar")
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith("\u201cBihar\u201d is not one of them")


def test_a_lowercase_word_is_not_read_as_the_abbreviation_it_spells(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    assert matcher._absent_options(("up",), "Uttar Pradesh is paired with Yamanashi.", str) == ["up"]
    assert matcher._absent_options(("UP",), "Uttar Pradesh is paired with Yamanashi.", str) == []


def test_which_states_asks_for_states_beyond_the_partners(shipped: KnowledgeService) -> None:
    # States named by a fact answer "which states"; India and Japan, the partners, are no answer to "which countries".
    assert isinstance(shipped.matcher.ask("which states are paired with a prefecture"), Answer)
    assert not isinstance(shipped.matcher.ask("which countries are members of quad"), Answer)


# ---------------------------------------------------------------- a day or month, finer than a year
@pytest.mark.parametrize("question", ["which month was the delta accord signed", "exact date of the delta accord"])
def test_a_day_or_month_is_not_given_by_a_year(rivers: Matcher, question: str) -> None:
    outcome = rivers.ask(question)
    assert isinstance(outcome, Partial)
    assert outcome.missing == "the day or month"
    assert [m.fact.fact.id for m in outcome.related] == ["delta_accord_year"]


def test_a_day_or_month_is_given_by_a_date(write_knowledge: WriteKnowledge) -> None:
    article = ARTICLE.replace("was signed in 2019.", "was signed on 4 March 2019.")
    matcher = KnowledgeService.from_directory(write_knowledge({"article.yaml": article})).matcher
    outcome = matcher.ask("which month was the delta accord signed")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "delta_accord_year"


# ---------------------------------------------------------------- a lowercase name that is also a function word
@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("india japan us trilateral", True),  # right after a name: the United States
        ("tell us india japan trade", False),  # after a verb: the pronoun
        ("what does the article tell us about japan", False),
    ],
)
def test_us_beside_a_name_is_the_united_states(shipped: KnowledgeService, question: str, named: bool) -> None:
    assert ("United States" in shipped.matcher.read(question).entities) is named


def test_a_question_about_a_trilateral_with_the_us_is_not_answered_by_another_trilateral(
    shipped: KnowledgeService,
) -> None:
    assert not isinstance(shipped.matcher.ask("india japan us trilateral"), Answer)


# ---------------------------------------------------------------- a year claimed for one event
@pytest.mark.parametrize("question", ["was the lock board signed in 2021?", "lock board signed in 2021 right"])
def test_a_year_claimed_for_one_event_is_not_confirmed_by_another(rivers: Matcher, question: str) -> None:
    # The Lock Board "was set up in 2021": when it was signed, the material does not say.
    outcome = rivers.ask(question)
    assert isinstance(outcome, Partial)
    assert [m.fact.fact.id for m in outcome.related] == ["lock_board"]


def test_a_year_claimed_for_the_event_the_fact_dates_is_confirmed(rivers: Matcher) -> None:
    outcome = rivers.ask("was the delta accord signed in 2019?")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "delta_accord_year"


# ---------------------------------------------------------------- a statement tagged "right?"
def test_a_statement_tagged_right_asks_to_confirm_it(shipped: KnowledgeService) -> None:
    query = shipped.matcher.read("india has signed the NPT right?")
    assert query.yes_no
    # The material says India has not signed it: a correction, not the nearest fact that mentions the NPT.
    assert isinstance(shipped.matcher.ask("india has signed the NPT right?"), Correction)
    assert not shipped.matcher.read("what has india signed right").yes_no  # a question word still asks


# ---------------------------------------------------------------- a follow-up that asks to choose
def test_a_follow_up_offering_options_does_not_ask_the_earlier_attribute_again(shipped: KnowledgeService) -> None:
    first = shipped.matcher.respond("what is jimex")
    assert isinstance(first.outcome, Partial)  # the material gives no description beyond its name
    second = shipped.matcher.respond("is it bilateral or multilateral?", first.turn)
    assert isinstance(second.outcome, Answer)
    assert second.outcome.best.fact.fact.id == "bilateral_exercises"


# ---------------------------------------------------------------- an unknown name beside a thing of the material
def test_an_unknown_name_beside_a_thing_of_the_material_shows_what_it_says_of_that_thing(
    shipped: KnowledgeService,
) -> None:
    outcome = shipped.matcher.ask("does the G4 deal with WTO reforms?")
    assert isinstance(outcome, Partial)
    assert outcome.missing == "anything on WTO"
    assert [m.fact.fact.id for m in outcome.related] == ["g4_unsc_reform"]


@pytest.mark.parametrize(
    "question",
    [
        "india france relations",  # only the partners beside the unknown name: nothing of the material's own
        "What is the Indo-Pacific Economic Framework?",  # "Indo-Pacific" is only part of the unknown name
    ],
)
def test_an_unknown_name_with_nothing_of_the_material_beside_it_is_declined(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Decline)
    assert outcome.reason is DeclineReason.NOT_MENTIONED


# ---------------------------------------------------------------- an aim asked with the verb of its start
@pytest.mark.parametrize("question", ["AAGC kiske liye bana", "what was the aim of setting up aagc"])
def test_an_aim_asked_with_how_a_thing_began_is_answered_by_the_aim(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "aagc_aim"


def test_a_follow_up_asking_the_aim_need_not_repeat_how_it_began(shipped: KnowledgeService) -> None:
    first = shipped.matcher.respond("AAGC kab bana")
    second = shipped.matcher.respond("kiske liye bana tha", first.turn)
    assert isinstance(second.outcome, Answer)
    assert second.outcome.best.fact.fact.id == "aagc_aim"


# ---------------------------------------------------------------- typos ending like an adverb
def test_a_typo_ending_in_ly_is_not_a_real_word_made_of_a_short_one(shipped: KnowledgeService) -> None:
    # "suply" is no "sup" + "ly": it is read as "supply".
    assert shipped.matcher.index.correct("suply") == "supply"
    assert shipped.matcher.index.correct("quickly") is None  # a real word, however its stem reads


# ---------------------------------------------------------------- figures offered as a choice
@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("was the delta accord signed in 2019 or 2020?", True),  # one figure offered is the fact's
        ("was the delta accord signed in 2017 or 2018?", False),  # neither is
    ],
)
def test_one_figure_of_a_choice_is_all_a_fact_must_give(rivers: Matcher, question: str, answered: bool) -> None:
    assert isinstance(rivers.ask(question), Answer) is answered


# ---------------------------------------------------------------- claims checked against what the fact says
def test_a_thing_named_again_in_brackets_is_no_item_beside_itself(shipped: KnowledgeService) -> None:
    # "The ... Agreement (CEPA) includes ... (IPR)": IPR is inside CEPA, not listed beside it.
    assert isinstance(shipped.matcher.ask("is ipr part of cepa"), Answer)
    assert isinstance(shipped.matcher.ask("is chandrayaan 5 part of the economic security initiative"), Correction)


def test_what_one_side_does_not_do_is_not_corrected_by_the_other_direction(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("india doesnt export any nuclear reactors to japan right?")
    assert isinstance(outcome, Correction)
    assert not outcome.reversed
    assert [m.fact.fact.id for m in outcome.related] == ["india_exports_to_japan"]


@pytest.mark.parametrize(
    "question", ["does japan transfer nuclear technology to india?", "japan transfers nuclear tech to india right?"]
)
def test_a_claim_leaving_out_the_restriction_the_fact_puts_on_it_is_corrected(
    shipped: KnowledgeService, question: str
) -> None:
    assert isinstance(shipped.matcher.ask(question), Correction)


def test_a_question_about_the_restriction_itself_is_answered(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("why does japan restrict nuclear tech transfers to india"), Answer)


# ---------------------------------------------------------------- follow-ups: "why" with "it", a bare choice
def test_why_with_it_asks_the_reason_of_the_earlier_subject(shipped: KnowledgeService) -> None:
    first = shipped.matcher.respond("ijicp launch year")
    second = shipped.matcher.respond("why was it launched", first.turn)
    assert isinstance(second.outcome, Answer)
    assert second.outcome.best.fact.fact.id == "ijicp_aim"


@pytest.mark.parametrize("question", ["bilateral or multilateral?", "2011 or 2014?"])
def test_a_bare_choice_with_nothing_before_it_is_asked_back(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Clarify)
    assert "of which thing" in outcome_text(outcome)


def test_a_choice_between_named_things_or_unknown_words_is_not_asked_back(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.respond("jimex or malabar?").outcome, Clarify)
    assert isinstance(shipped.matcher.respond("tea or coffee?").outcome, Decline)  # nothing of the material


# ---------------------------------------------------------------- who visited whom
def test_a_visit_the_other_way_round_is_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("the japanese pm visited india right?")
    assert isinstance(outcome, Correction)
    assert outcome.reversed
    assert isinstance(shipped.matcher.ask("who visited japan"), Answer)


def test_no_of_asks_a_count(shipped: KnowledgeService) -> None:
    assert Intent.COUNT in shipped.matcher.read("no. of lines of effort in the joint vision").intents
    assert Intent.COUNT in shipped.matcher.read("no of state prefecture partnerships").intents


def test_a_follow_up_with_another_action_does_not_keep_the_earlier_relations_sides(shipped: KnowledgeService) -> None:
    first = shipped.matcher.respond("who visited japan")
    second = shipped.matcher.respond("what did he sign", first.turn)
    assert isinstance(second.outcome, Answer)
    # The visit's sides are not what was signed: the outcomes are (all of them, or those beyond the headline items).
    assert second.outcome.best.fact.fact.id in {"key_outcomes_overview", "other_outcomes_list"}


def test_a_tagged_statement_pointing_back_is_read_with_the_earlier_question(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("cepa").turn
    assert not shipped.matcher.read("it came into force 2012 right?").yes_no
    outcome = shipped.matcher.respond("it came into force 2012 right?", turn).outcome
    # Not a yes/no the CEPA fact "does not wholly cover" (asked back): what the material says of CEPA is shown.
    assert isinstance(outcome, (Partial, Correction))
    assert [m.fact.fact.id for m in outcome.related] == ["cepa_year"]


def test_an_unknown_name_in_the_place_of_the_materials_shows_the_fact_naming_that_place(
    shipped: KnowledgeService,
) -> None:
    outcome = shipped.matcher.ask("supply chain resilience initiative is with france?")
    # The fact on the SCRI (its phrasings ask about it by name) names Australia where the claim puts France.
    assert isinstance(outcome, Correction)
    assert "Australia" in outcome.related[0].fact.fact.answer


# ---------------------------------------------------------------- what the review of the change found
@pytest.mark.parametrize(
    "question",
    [
        "nuclear technology transfers are a concern, correct?",  # the concern is what the fact says, restriction aside
        "the NPT issue affects nuclear technology transfers, true?",
    ],
)
def test_a_claim_about_what_else_the_fact_says_is_not_corrected_by_its_restriction(
    shipped: KnowledgeService, question: str
) -> None:
    assert not isinstance(shipped.matcher.ask(question), Correction)


def test_an_ordering_pointing_back_is_read_with_the_conversation(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("when did CEPA come into effect?").turn
    outcome = shipped.matcher.respond("was it launched before the AAGC?", turn).outcome
    assert not (isinstance(outcome, Answer) and outcome.note.startswith("No"))


@pytest.mark.parametrize(
    "question",
    [
        "arrange chronologically: japan's exports to india, CEPA, AAGC",  # "FY 2023-24" dates no export
        "arrange chronologically: india japan partnership, CEPA, AAGC",  # the partners are no dated thing
        "which one is earlier: 2011, 2014 or 2017?",  # years alone name nothing
    ],
)
def test_an_ordering_is_given_only_of_things_the_material_dates(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Answer)


def test_a_duplicated_item_is_put_in_order_once(rivers: Matcher) -> None:
    read = _read("arrange chronologically: lock board, delta accord, lock board")
    assert read is not None
    outcome = rivers.ask("arrange chronologically: lock board, delta accord, lock board, barge pact")
    assert isinstance(outcome, Answer)
    assert outcome.note.count("Lock Board") == 1


@pytest.mark.parametrize(
    "question",
    [
        "how many exercises besides MILAN?",  # what is left of a list is not what it names
        "how many exercises in 2015?",  # a figure the list does not give
        "how many agreements did india and japan sign?",  # "the Agreement (CEPA)" is no list of one
    ],
)
def test_a_count_of_listed_names_is_not_given_where_the_list_does_not_answer(
    shipped: KnowledgeService, question: str
) -> None:
    assert not isinstance(shipped.matcher.ask(question), Answer)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("programmes such as Make in India and Digital India", ("Make in India", "Digital India")),
        ("exercises (2018 and 2019)", ()),
        ("exercises such as JIMEX (Japan-India Maritime Exercise) and MILAN", ("JIMEX", "MILAN")),
    ],
)
def test_named_lists_keep_whole_names_and_skip_years(text: str, names: tuple[str, ...]) -> None:
    counted = (stem(text.split()[0]),)
    assert named_list(text, counted, stem) == names


def test_an_open_list_is_counted_as_examples(rivers: Matcher) -> None:
    outcome = rivers.ask("how many river drills are mentioned")
    assert isinstance(outcome, Answer)
    assert "as examples" in outcome.note


def test_hinglish_us_opening_a_question_is_not_the_united_states(shipped: KnowledgeService) -> None:
    assert "United States" not in shipped.matcher.read("us japan visit mein kya sign hua?").entities


def test_an_unknown_name_beside_a_thing_is_no_partial_answer_to_a_plain_question(shipped: KnowledgeService) -> None:
    # India's CEPA is no part-answer about a CEPA with Korea.
    assert isinstance(shipped.matcher.ask("when did the CEPA with Korea come into effect?"), Decline)


# ---------------------------------------------------------------- the start of a name; a colon after the cue
def test_the_start_of_a_name_is_put_in_order_under_its_full_name(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("which is the latest of: aagc, ijicp, joint declaration on security")
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith("Joint Declaration on Security Cooperation (2025) is the latest")


def test_an_ordering_word_before_a_colon_still_asks_for_an_order(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("arrange: 2015 pacts, 2025 joint declaration, 2011 cepa")
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith("In order of time: CEPA (2011)")


@pytest.mark.parametrize(
    "question", ["state prefecture partnerships kitne hai", "kitne state prefecture partnership hue"]
)
def test_kitne_is_answered_by_a_fact_counting_the_thing_in_words(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "state_prefecture_overview"


def test_an_amount_is_not_answered_by_a_count_of_another_thing(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("how much funding has been set aside for the india-japan AI initiative")
    assert not isinstance(outcome, Answer)
