"""The years between two dated things ("gap between SSGP and AAGC"), a claim's owner corrected by a fact about the
same thing ("IJICP is for Japan's industry"), and "what is the name of ..." asking a name."""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.answering.shapes import asks_time_gap, read_age, read_time_gap
from bot.core.language.lexicon import LEXICON
from bot.core.services.knowledge import KnowledgeService


# ---------------------------------------------------------------- the time between two things
@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("how many years between cepa and aagc", ("cepa", "aagc")),
        ("gap between SSGP and AAGC?", ("SSGP", "AAGC")),
        ("cepa aur aagc ke beech kitne saal", ("cepa", "aagc")),
        ("time gap between the 2+2 and cepa", ("the 2+2", "cepa")),
    ],
)
def test_the_two_things_of_a_time_gap_are_read(question: str, sides: tuple[str, str]) -> None:
    assert read_time_gap(question, LEXICON) == sides


@pytest.mark.parametrize("question", ["gap between them", "what is the gap in trade", "between cepa and aagc"])
def test_a_gap_without_two_sides_is_not_read(question: str) -> None:
    assert read_time_gap(question, LEXICON) is None


@pytest.mark.parametrize(
    ("question", "note", "facts"),
    [
        ("how many years between cepa and aagc", "CEPA (2011) came 6 years before AAGC (2017).", 2),
        ("gap between aagc and ssgp", "SSGP (2014) came 3 years before AAGC (2017).", 2),
        ("cepa aur ijicp ke beech kitne saal", "CEPA (2011) came 10 years before IJICP (2021).", 2),
        # From a dated thing to a year: the one fact that dates it.
        ("how old is the cepa as of 2025", "CEPA (2011) came 14 years before 2025.", 1),
        ("how many years between cepa and 2025", "CEPA (2011) came 14 years before 2025.", 1),
        ("how many years from aagc to 2025", "AAGC (2017) came 8 years before 2025.", 1),
        ("gap between 2010 and cepa", "CEPA (2011) came 1 year after 2010.", 1),
        ("how old was ijicp in 2021", "IJICP dates from 2021 itself.", 1),
    ],
)
def test_the_years_between_two_dated_things_are_worked_out(
    shipped: KnowledgeService, question: str, note: str, facts: int
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.note == note
    assert len(outcome.matches) == facts


def test_a_side_the_material_does_not_date_gives_a_partial(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("how many years between cepa and mahsr")
    assert isinstance(outcome, Partial)
    assert "dates for both" in outcome.missing


@pytest.mark.parametrize(
    "question",
    [
        "how many years between cepa and the moon landing",  # a side that names nothing of the material
        "gap between bilateral trade and Japan's exports",  # sums, not dates
        "gap between the posted date and the updated date",  # days within one year
        "is the gap between CEPA and AAGC 6 years?",  # a gap claimed, not asked
    ],
)
def test_no_gap_of_years_is_worked_out_where_none_is_asked(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not (isinstance(outcome, Answer) and "years before" in outcome.note)


def test_a_gap_after_a_comparison_of_sizes_is_no_gap_of_years(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("which is larger, bilateral trade or japans exports?").turn
    outcome = shipped.matcher.respond("gap between them?", turn).outcome
    assert not (isinstance(outcome, Answer) and "date from" in outcome.note)
    later = shipped.matcher.respond("which came first, CEPA or AAGC?").turn
    other = shipped.matcher.respond("what is the gap between them in terms of aims?", later).outcome
    assert not (isinstance(other, Answer) and "years before" in other.note)


@pytest.mark.parametrize(
    "question",
    ["Is organic chemicals India's export?", "Are vehicles India's exports?", "Is nuclear reactor India's export?"],
)
def test_a_true_owner_claim_is_not_corrected_by_another_fact(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "india_exports_to_japan"


def test_a_gap_asked_after_a_comparison_is_between_the_two_compared(shipped: KnowledgeService) -> None:
    first = shipped.matcher.respond("which came first cepa or aagc")
    assert asks_time_gap("gap between them?", LEXICON)
    gap = shipped.matcher.respond("gap between them?", first.turn)
    assert isinstance(gap.outcome, Answer)
    assert "6 years" in gap.outcome.note
    nothing_compared = shipped.matcher.respond("gap between them?", shipped.matcher.respond("what is cepa").turn)
    assert not isinstance(nothing_compared.outcome, Answer)


# ---------------------------------------------------------------- a claim's owner, said of the same thing elsewhere
@pytest.mark.parametrize(
    "question", ["ijicp is for japan's industry", "ijicp was launched in 2021 for japan's industry?"]
)
def test_an_owner_a_fact_about_the_same_thing_contradicts_is_corrected(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert outcome.related[0].fact.fact.id == "ijicp_aim"


def test_an_owner_claim_the_facts_agree_with_is_not_corrected(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("ijicp is for india's industrial competitiveness?"), Correction)
    assert isinstance(shipped.matcher.ask("ijicp launched in 2021?"), Answer)


# ---------------------------------------------------------------- a name asked for
def test_what_is_the_name_of_asks_a_name_not_a_description(shipped: KnowledgeService) -> None:
    assert "definition" not in shipped.matcher.read("what is the name of the relationship").attributes
    assert "definition" in shipped.matcher.read("what is the relationship").attributes


# ---------------------------------------------------------------- follow-ups set against the earlier subject
@pytest.mark.parametrize(
    ("first", "then", "note"),
    [
        ("ijicp launched when", "was it before cepa?", "No: IJICP (2021) came after CEPA (2011)."),
        ("what is aagc", "did it come after ijicp?", "No: AAGC (2017) came before IJICP (2021)."),
        ("what is aagc", "before CEPA?", "No: AAGC (2017) came after CEPA (2011)."),  # no "it" at all
    ],
)
def test_the_earlier_subject_is_put_in_order_with_a_thing_named(
    shipped: KnowledgeService, first: str, then: str, note: str
) -> None:
    turn = shipped.matcher.respond(first).turn
    outcome = shipped.matcher.respond(then, turn).outcome
    assert isinstance(outcome, Answer)
    assert outcome.note == note


def test_an_order_asked_of_nothing_before_is_not_answered(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("was it before cepa?"), Answer)


def test_a_follow_up_naming_another_category_is_corrected(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("2+2 kya hai").turn
    for then in ("does it include commerce ministers?", "commerce minister bhi hote hai?"):
        outcome = shipped.matcher.respond(then, turn).outcome
        assert isinstance(outcome, Correction), then
        assert outcome.related[0].fact.fact.id == "two_plus_two"


@pytest.mark.parametrize("question", ["what exercises do they do", "what all exercises do india and japan do"])
def test_what_before_a_noun_asks_for_the_things_not_their_purpose(shipped: KnowledgeService, question: str) -> None:
    assert "purpose" not in shipped.matcher.read(question).attributes
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert {m.fact.fact.id for m in outcome.matches} == {"bilateral_exercises", "multilateral_exercises"}


def test_what_a_thing_does_still_asks_its_purpose(shipped: KnowledgeService) -> None:
    assert "purpose" in shipped.matcher.read("what does the initiative do").attributes


def test_its_full_name_in_hindi_is_asked_of_the_earlier_subject(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("चंद्रयान 5 किसके साथ है").turn
    outcome = shipped.matcher.respond("इसका पूरा नाम क्या है", turn).outcome
    assert isinstance(outcome, Answer)
    assert "Joint Lunar Polar Exploration Mission" in outcome.best.fact.fact.answer


# ---------------------------------------------------------------- a follow-up kept to the fact it follows
def test_a_follow_up_naming_nothing_is_not_answered_about_another_thing(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("africa cooperation kaise").turn
    turn = shipped.matcher.respond("aur koi initiative?", turn).turn
    assert turn is not None
    assert turn.fact_ids == ("africa_sustainable_initiative",)
    outcome = shipped.matcher.respond("kab launch hua", turn).outcome
    assert isinstance(outcome, Partial)  # the initiative is undated; the AAGC's 2017 is another thing's year
    assert outcome.related[0].fact.fact.id == "africa_sustainable_initiative"


@pytest.mark.parametrize(
    ("first", "then", "fact"),
    [
        ("when was aagc set up", "purpose?", "aagc_aim"),  # another fact about the same thing still answers
        ("what is aagc", "when was it set up?", "aagc_year"),
    ],
)
def test_a_follow_up_about_the_same_thing_is_answered_by_its_other_facts(
    shipped: KnowledgeService, first: str, then: str, fact: str
) -> None:
    turn = shipped.matcher.respond(first).turn
    outcome = shipped.matcher.respond(then, turn).outcome
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


def test_a_follow_up_naming_a_thing_of_its_own_is_answered_about_it(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("other outcomes of visit").turn
    outcome = shipped.matcher.respond("what's in mobility partnership", turn).outcome
    assert isinstance(outcome, Answer)
    assert "railways" in outcome.best.fact.fact.answer


# ---------------------------------------------------------------- a named place said to be another kind of place
@pytest.mark.parametrize(
    ("question", "claimed"),
    [
        ("is toyama an indian state?", ("Toyama", "state")),
        ("Is Andhra Pradesh Japan's prefecture?", ("Andhra Pradesh", "prefecture")),
        ("gujarat ek prefecture hai?", ("Gujarat", "prefecture")),
    ],
)
def test_the_kind_a_question_says_a_place_is_is_read(
    shipped: KnowledgeService, question: str, claimed: tuple[str, str]
) -> None:
    assert claimed in shipped.matcher.read(question).claimed_kinds


def test_a_kind_word_of_another_phrase_is_no_claim(shipped: KnowledgeService) -> None:
    assert shipped.matcher.read("is gujarat paired with a prefecture?").claimed_kinds == ()


@pytest.mark.parametrize(
    "question",
    [
        "is toyama an indian state?",
        "Is Ehime India's state?",
        "is gujarat a prefecture?",
        "toyama is a state of india, right?",
    ],
)
def test_a_place_said_to_be_another_kind_is_corrected(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Correction)


@pytest.mark.parametrize("question", ["is shizuoka a japanese prefecture?", "is toyama a prefecture?"])
def test_a_place_said_to_be_its_own_kind_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Answer)


# ---------------------------------------------------------------- follow-ups and names, after the review
def test_a_why_after_an_answer_corrects_nothing(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("what is india's approach").turn
    outcome = shipped.matcher.respond("why?", turn).outcome
    assert not isinstance(outcome, Correction)  # the bot's own answer is no premise of the member's
    claim_turn = shipped.matcher.respond("what is aagc").turn
    assert isinstance(shipped.matcher.respond("was it set up in 2015?", claim_turn).outcome, Correction)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("what is the name of the japanese space agency?", "agency"),
        ("japan ki space agency ka naam", "agency"),
        ("what is cepa", ""),
    ],
)
def test_the_thing_whose_name_is_asked_is_read(shipped: KnowledgeService, question: str, head: str) -> None:
    assert shipped.matcher.read(question).name_of == head


def test_a_name_of_a_thing_the_material_never_names_is_not_answered(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("what is the name of the japanese space agency?"), Answer)
    assert isinstance(shipped.matcher.ask("What is the name of the Japanese Prime Minister?"), Partial)
    named = shipped.matcher.ask("name of the lunar mission")
    assert isinstance(named, Answer)
    assert named.best.fact.fact.id == "chandrayaan_5"


# ---------------------------------------------------------------- corrections only of what a question claims
@pytest.mark.parametrize("question", ["who is japan's prime minister", "what is the npt signatory count"])
def test_a_question_that_claims_nothing_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Correction)


@pytest.mark.parametrize(
    "question",
    ["why did india sign the npt", "since india signed npt japan gives nuclear tech?", "india signed the npt, right?"],
)
def test_a_premise_a_better_fact_denies_is_corrected_before_a_weaker_fact_answers(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert outcome.related[0].fact.fact.id == "npt_concern"


# ---------------------------------------------------------------- the time from a dated thing to a year
@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("how old is the cepa as of 2025", ("the cepa", "2025")),
        ("years since aagc till 2025", ("aagc", "2025")),
        ("how old is cepa", None),  # no year to count to
        ("how old is the cepa as of now", None),
    ],
)
def test_an_age_asked_at_a_year_is_read(question: str, sides: tuple[str, str] | None) -> None:
    assert read_age(question, LEXICON) == sides


@pytest.mark.parametrize("question", ["gap between 2011 and 2017", "gap between cepa and 6"])
def test_a_gap_of_two_figures_is_not_a_gap_to_a_year(question: str) -> None:
    assert read_time_gap(question, LEXICON) is None
