"""What a fact gives of a thing it names only in a list ("which countries are in the global south"), idioms read in
their plain wording ("in force"), things the material never names ("language teachers"), when things began (the ties,
what they were upgraded to), years back from a year, and a relation asked both ways."""

from __future__ import annotations

import pytest

from bot.core.answering.checks import ASKED_WORDS
from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.answering.present import explain
from bot.core.answering.shapes import part_of_whole
from bot.core.language.lexicon import LEXICON, Intent, Lexicon, LexiconError
from bot.core.language.text import tokenize
from bot.core.services.knowledge import KnowledgeService
from tests.core.answering.test_trust import conversation


# ---------------------------------------------------------------- members of a phrase a fact only lists
@pytest.mark.parametrize("question", ["which countries are in the global south", "global south members"])
def test_names_listed_beside_a_phrase_are_not_its_members(shipped: KnowledgeService, question: str) -> None:
    # "... its relations with the US, Russia and the Global South": the US and Russia are its siblings.
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert "members" in outcome.missing


@pytest.mark.parametrize(
    "question",
    ["which countries are in the supply chain resilience initiative", "which countries are part of scri"],
)
def test_members_of_a_thing_a_fact_is_about_are_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "scri"


# ---------------------------------------------------------------- idioms
def test_an_idiom_is_read_in_its_plain_wording() -> None:
    assert tokenize("CEPA is in force since 2011") == ["cepa", "is", "in", "effect", "since", "2011"]
    assert tokenize("which forces take part") == ["which", "forces", "take", "part"]


def test_an_idiom_of_one_word_is_refused() -> None:
    with pytest.raises(LexiconError, match="idiom"):
        Lexicon.from_documents([("x.yaml", {"idioms": {"force": "effect"}})])


@pytest.mark.parametrize("question", ["is cepa in force", "since when is cepa in force", "cepa came into force when"])
def test_a_question_with_the_idiom_meets_the_fact_that_uses_it(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "cepa_year"


@pytest.mark.parametrize("question", ["which forces?", "armed forces of india and japan"])
def test_a_word_of_an_idiom_alone_does_not_meet_it(shipped: KnowledgeService, question: str) -> None:
    # "CEPA (in force since 2011)": armed forces are not what is in force.
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer)


# ---------------------------------------------------------------- a thing the material never names
def test_two_unknown_words_side_by_side_name_a_thing_the_fact_says_nothing_of(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("japanese language teachers under HR exchange")
    assert isinstance(outcome, Partial)
    assert outcome.missing == "anything on language teachers"
    assert outcome.related[0].fact.fact.id == "human_resource_exchange"
    assert "[unknown thing] says nothing of language teachers" in "\n".join(explain(outcome))


def test_unknown_words_apart_name_no_one_thing(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("language of the hr exchange for teachers")
    assert "unknown thing" not in "\n".join(explain(outcome))


# ---------------------------------------------------------------- when things began
@pytest.mark.parametrize(
    "question",
    ["when was india japan relationship established", "india japan relationship started in which year"],
)
def test_the_start_of_the_ties_is_not_dated_by_the_start_of_a_thing_of_them(
    shipped: KnowledgeService, question: str
) -> None:
    # "CEPA, in force since 2011 ... IJICP, launched in 2021": their starts, not the start of the ties.
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert outcome.missing == "when it began"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("when was ssgp established", "ssgp_2014"),  # upgraded to a SSGP: the SSGP began then
        ("ssgp kab bana", "ssgp_2014"),
        ("when did the india japan strategic partnership start", "ssgp_2014"),  # its own words, not IJICP's start
        ("when were india japan relations upgraded", "ssgp_2014"),
        ("in what year did the two countries start their partnership on industrial competitiveness", "ijicp_year"),
    ],
)
def test_what_a_thing_is_raised_to_begins_when_it_is_raised(
    shipped: KnowledgeService, question: str, fact: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


def test_an_upgrade_does_not_date_when_what_was_upgraded_began(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("when was global partnership first formed")
    assert isinstance(outcome, Partial)
    assert outcome.missing == "when it began"


# ---------------------------------------------------------------- years back from a year
@pytest.mark.parametrize(
    ("question", "years"),
    [("how many years ago was cepa from 2025", "14"), ("how long ago was aagc from 2025", "8")],
)
def test_years_ago_from_a_year_are_worked_out(shipped: KnowledgeService, question: str, years: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert f"{years} years before 2025" in outcome.note


# ---------------------------------------------------------------- a relation asked both ways
def test_a_relation_named_both_ways_is_not_corrected_as_turned_round(shipped: KnowledgeService) -> None:
    # "ratio of Japan's exports to India's exports": Japan's exports to India run as asked; nothing is reversed.
    outcome = shipped.matcher.ask("ratio of japan exports to india exports")
    assert isinstance(outcome, Partial)
    assert outcome.related[0].fact.fact.id == "japan_exports_to_india"
    # (A ratio is one figure over the other, worked out of the two-way total: see test_worked_figures.)
    assert outcome.missing == ASKED_WORDS["times"]


def test_a_premise_turned_round_is_still_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("why does india export 17.69 billion to japan")
    assert isinstance(outcome, Correction)
    assert outcome.reversed


# ---------------------------------------------------------------- whose thing, in other words
def test_an_owner_is_read_for_the_glossary_term_the_owned_words_name(shipped: KnowledgeService) -> None:
    scorer = shipped.matcher.judge(shipped.matcher.read("did japan's pm visit india"))[0].candidate.scorer
    asked = scorer.owners("did Japan's PM visit India")
    stated = scorer.owners("India's Prime Minister visited Japan")
    assert {concept for concept, owner in asked if owner == "Japan"} & {c for c, o in stated if o == "India"}


def test_a_thing_given_another_owner_than_the_material_says_is_corrected(shipped: KnowledgeService) -> None:
    # "The visit delivered ..." never names the PM; "India's Prime Minister visited Japan" says whose he is.
    outcome = shipped.matcher.ask("did japan's pm visit india")
    assert isinstance(outcome, Correction)
    assert outcome.related[0].fact.fact.id == "why_in_news_visit"


# ---------------------------------------------------------------- statements, "kaun the", a partner's side
@pytest.mark.parametrize("question", ["india and japan signed npt", "india and japan signed the npt together"])
def test_a_statement_with_an_event_verb_is_a_claim_the_material_corrects(
    shipped: KnowledgeService, question: str
) -> None:
    assert shipped.matcher.read(question).claims
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert outcome.related[0].fact.fact.id == "npt_concern"


def test_the_noun_of_an_event_makes_no_statement(shipped: KnowledgeService) -> None:
    assert not shipped.matcher.read("india japan pm visit outcomes list").claims


@pytest.mark.parametrize(("question", "person"), [("pm kaun the jo japan gaye", True), ("kaun se desh", False)])
def test_a_form_of_to_be_after_kaun_asks_who_someone_is(shipped: KnowledgeService, question: str, person: bool) -> None:
    assert (Intent.PERSON in shipped.matcher.read(question).intents) is person


def test_a_partners_side_is_what_a_close_fact_gives_as_that_partners(shipped: KnowledgeService) -> None:
    turns = conversation(shipped, "what is the act east forum", "japan's side?")
    assert isinstance(turns[1], Answer)
    assert turns[1].best.fact.fact.id == "act_east_forum_anchors"  # Japan's "Vision of a Free and Open Indo-Pacific"


def test_a_partners_side_with_no_fact_owning_it_is_what_the_fact_says(shipped: KnowledgeService) -> None:
    turns = conversation(shipped, "why japan restricts nuclear tech", "japan's side?")
    assert isinstance(turns[1], Answer)
    assert turns[1].best.fact.fact.id == "npt_concern"  # "Japan restricts ...": no thing given as Japan's


# ---------------------------------------------------------------- both ways, and the gap between them
@pytest.mark.parametrize("question", ["india's imports and exports with japan", "india ke imports aur exports"])
def test_a_relation_asked_both_ways_is_answered_each_way(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert {m.fact.fact.id for m in outcome.matches} == {"india_imports_from_japan", "india_exports_to_japan"}


@pytest.mark.parametrize(
    "question",
    [
        "india china trade deficit",
        "india's overall trade deficit",
        "india japan trade deficit in 2022",
    ],
)
def test_a_balance_of_another_pair_year_or_scope_is_not_worked_out(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not (isinstance(outcome, Partial) and outcome.worked)


@pytest.mark.parametrize(
    "question",
    [
        "india's trade deficit with japan",
        "who has trade surplus india or japan",
        "india ka japan ke saath trade deficit",
        # One partner named, the other understood; and in Hindi, as its words are read.
        "trade deficit kitna hai japan ke saath",
        "भारत का जापान के साथ व्यापार घाटा कितना है",
    ],
)
def test_a_trade_balance_is_worked_out_from_one_ways_part_of_the_total(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert "US$ 12.53 billion, a surplus for Japan and a deficit for India" in outcome.worked
    assert outcome.related[0].fact.fact.id == "japan_exports_to_india"


def test_a_balance_asked_as_a_share_is_not_worked_out(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("india's trade deficit with japan as % of total deficit")
    assert not (isinstance(outcome, Partial) and outcome.worked)


def test_the_lead_of_a_part_over_the_rest_of_its_total() -> None:
    whole = part_of_whole("Exports were US$ 17.69 billion, out of total bilateral trade of US$ 22.85 billion.", LEXICON)
    assert whole is not None
    assert whole.lead() == "US$ 12.53 billion"


def test_an_acronym_spelled_in_letter_names_may_end_in_a_figure(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("जी4 क्या है")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "g4_unsc_reform"


# ---------------------------------------------------------------- figures that spell a name
@pytest.mark.parametrize("question", ["2 plus 2 dialog japan", "two plus two dialogue"])
def test_figures_that_spell_a_glossary_name_are_no_figures_of_the_question(
    shipped: KnowledgeService, question: str
) -> None:
    query = shipped.matcher.read(question)
    assert not query.numbers
    assert not query.counts
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "two_plus_two"


def test_a_figure_a_glossary_name_holds_as_written_stays_a_figure(shipped: KnowledgeService) -> None:
    assert "2023-24" in shipped.matcher.read("trade in fy 2023-24").numbers


def test_a_follow_up_ending_in_sign_is_about_what_was_asked_before(shipped: KnowledgeService) -> None:
    # "does india plan to sign?" after the NPT concern: the NPT is what is signed, not the Joint Vision (a "plan").
    turns = conversation(shipped, "why japan restricts nuclear tech", "does india plan to sign?")
    assert shipped.matcher.read("does india plan to sign?").markers.dangling
    assert not (isinstance(turns[1], Answer) and turns[1].best.fact.fact.id == "joint_vision")


def test_a_two_plus_two_in_devanagari_still_finds_the_dialogue(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("2 प्लस 2 वार्ता")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "two_plus_two"


@pytest.mark.parametrize(
    "question", ["fiscal deficit of india", "japan's fiscal deficit", "india's total trade deficit"]
)
def test_a_balance_with_one_partner_named_is_worked_out_only_for_their_trade(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert not (isinstance(outcome, Partial) and outcome.worked)
