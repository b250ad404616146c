"""Claims about one of several things a fact lists, comparisons with a worked-out sum, and claims with nothing before.

"dharma guardian is india-us exercise right" was corrected with the multilateral exercises' fact (MILAN read as put in
Dharma Guardian's place): the fact listing the bilateral exercises is about each of them, and names Japan in the US's.
"so india exports more than japan?" got "no figures for both things compared", though Japan's 17.69 of the 22.85 total
leaves 5.16 the other way; "does japan export 12.53 bn more than india?" was "corrected", though that is the gap. "is
that more than 20 bn?" after "trade 22.85 bn" was "corrected" (the 22.85 said before was read as a second figure
claimed); "was cepa before 2015?" was asked back; "china too?" with nothing before was answered with a guess at what it
added to. Counts of a glossary thing in other words ("8 state prefecture pairs hai na"), Hindi statements ending on
their verb ("2+2 me foreign ministers nahi hote"), questions about the exam itself and a bare name after an attribute
the material lacks ("aur SCRI?") were missed or answered with the nearest fact.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction, Decline, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question",
    [
        "dharma guardian is india-us exercise right",
        "jimex is india-us exercise?",
        "jimex india aur russia ka exercise hai na?",
    ],
)
def test_a_partner_put_in_place_of_a_listed_things_is_corrected_by_the_list(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert "Dharma Guardian" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize("question", ["is dharma guardian an india-japan exercise?", "jimex bilateral hai na?"])
def test_a_listed_things_true_partner_is_still_confirmed(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert "JIMEX" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("so india exports more than japan?", "No: "),
        ("japan exports more than india?", "Yes: "),
        ("does japan export less than india?", "No: "),
        ("is india's export to japan less than japan's export to india?", "Yes: "),
        ("who exports more, india or japan?", ""),
        ("who exports more, japan to india or india to japan", ""),
        ("india ya japan, kiska export zyada hai?", ""),
    ],
)
def test_a_sum_is_compared_with_the_rest_of_its_total_worked_out(
    shipped: KnowledgeService, question: str, verdict: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    stated = "Japan's exports to India (17.69) are larger than India's exports to Japan (5.16) by 12.53."
    assert outcome.note.startswith(f"{verdict}{stated}"), outcome.note
    assert "less US$ 17.69 billion the other way = US$ 5.16 billion" in outcome.note


@pytest.mark.parametrize(
    "question",
    [
        "does japan export more technology than india?",
        "who exports more globally, india or japan?",
        "did india export more than japan in 2010?",
        "does india export more than china?",
        "does india export more to japan than it imports?",
    ],
)
def test_a_sum_the_material_does_not_give_is_not_compared(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert not isinstance(outcome, Answer | Correction), outcome


def test_two_stated_sums_are_named_and_a_claim_between_them_settled(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "is japan exports bigger than bilateral trade?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == "No: bilateral trade (22.85) is larger than Japan's exports to India (17.69) by 5.16."


@pytest.mark.parametrize(
    ("bound", "kind"), [("is that more than 20 bn?", Answer), ("is that more than 30 bn?", Correction)]
)
def test_a_bound_after_a_figure_is_the_claim_not_the_figure_before(
    shipped: KnowledgeService, bound: str, kind: type
) -> None:
    outcome = last_reply(shipped, "trade 22.85 bn", bound)
    assert isinstance(outcome, kind), outcome
    matches = outcome.matches if isinstance(outcome, Answer) else outcome.related
    assert "22.85" in matches[0].fact.fact.answer


@pytest.mark.parametrize(
    ("question", "kind"), [("was cepa before 2015?", Answer), ("was aagc before 2015?", Correction)]
)
def test_a_thing_set_against_a_year_is_a_question_of_its_own(
    shipped: KnowledgeService, question: str, kind: type
) -> None:
    assert isinstance(last_reply(shipped, question), kind)


@pytest.mark.parametrize("question", ["china too?", "australia bhi?"])
def test_an_addition_with_nothing_before_is_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Clarify)


@pytest.mark.parametrize(("before", "question"), [("what does SCRI do?", "australia bhi?")])
def test_the_same_words_after_a_question_are_answered(shipped: KnowledgeService, before: str, question: str) -> None:
    assert not isinstance(last_reply(shipped, before, question), Clarify)


@pytest.mark.parametrize("question", ["2011?", "2011 na?", "22.85 right?", "cepa 2011 na?", "JIMEX bhi quad me aata?"])
def test_a_figure_alone_or_a_claim_of_its_own_is_not_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(last_reply(shipped, question), Clarify)


@pytest.mark.parametrize(
    "question",
    [
        "3 state prefecture pairs established right?",
        "8 state prefecture pairs hai na",
        "6 state prefecture partnership hui?",
        "decade matlab 5 saal hai na joint vision me",
    ],
)
def test_a_count_of_a_glossary_thing_in_other_words_is_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    answer = outcome.related[0].fact.fact.answer
    assert answer.startswith(("Four state-prefecture partnerships", "The Joint Vision is a 10-year plan")), answer


@pytest.mark.parametrize("question", ["4 state prefecture pairs hai na", "are there 4 state prefecture partnerships?"])
def test_the_count_the_material_gives_in_other_words_is_confirmed(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.answer.startswith("Four state-prefecture partnerships")


@pytest.mark.parametrize("question", ["2015 me 3 pacts hue defence ke", "2+2 matlab 2 agreements + 2 MoUs?"])
def test_a_year_before_a_thing_counts_nothing(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert not isinstance(outcome, Correction), outcome


def test_a_figure_the_fact_gives_as_a_measure_of_another_thing_counts_nothing_asked(shipped: KnowledgeService) -> None:
    # "a 10-year plan" measures the plan in years: it gives no 10 items of anything.
    outcome = last_reply(shipped, "other outcomes me 10 items hai")
    assert not isinstance(outcome, Answer), outcome
    assert isinstance(last_reply(shipped, "joint vision 10 saal ka hai?"), Answer)


@pytest.mark.parametrize(
    ("statement", "shown"),
    [
        ("2+2 me foreign ministers nahi hote", "2+2 Ministerial Dialogues"),
        ("india japan ke beech koi bilateral exercise nahi hota", "JIMEX"),
        ("MILAN me japan nahi jata na", "MILAN"),
    ],
)
def test_a_hindi_statement_ending_on_its_verb_is_a_claim_checked(
    shipped: KnowledgeService, statement: str, shown: str
) -> None:
    outcome = last_reply(shipped, statement)
    assert isinstance(outcome, Correction), outcome
    assert shown in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize("statement", ["cepa 2011 me aaya tha", "japan india ko copper export karta hai"])
def test_a_true_hindi_statement_is_answered(shipped: KnowledgeService, statement: str) -> None:
    assert isinstance(last_reply(shipped, statement), Answer)


@pytest.mark.parametrize(
    "question", ["multilateral exercises jisme dono hain", "multilateral exercises jisme india japan dono hai?"]
)
def test_a_hindi_relative_word_is_no_misspelt_name(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert "MILAN" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("before", "question"), [("CEPA", "upsc prelims 2026 kab hai?"), ("cepa kab aaya", "when is prelims?")]
)
def test_a_question_about_the_exam_is_not_bent_to_the_topic_before(
    shipped: KnowledgeService, before: str, question: str
) -> None:
    outcome = last_reply(shipped, before, question)
    assert isinstance(outcome, Decline), outcome


def test_a_thing_asked_of_for_the_exam_is_still_answered(shipped: KnowledgeService) -> None:
    assert isinstance(last_reply(shipped, "cepa", "prelims ke liye kab aaya?"), Answer)
    assert isinstance(last_reply(shipped, "for prelims, cepa year?"), Answer)


def test_a_bare_name_after_an_attribute_the_material_lacks_asks_it_again(shipped: KnowledgeService) -> None:
    # "aur SCRI?" after "when did QUAD start?" asks when SCRI started, which the material does not say either.
    outcome = last_reply(shipped, "QUAD ka budget kitna hai", "and when did it start?", "aur SCRI?")
    assert isinstance(outcome, Partial), outcome
    assert "SCRI" in outcome.related[0].fact.fact.answer
    answered = last_reply(shipped, "when was the SSGP formed", "and CEPA?")
    assert isinstance(answered, Answer), answered
    assert "2011" in answered.best.fact.fact.answer


@pytest.mark.parametrize("question", ["AAGC me kaunse african countries hai", "quad me kaunse desh hai"])
def test_which_countries_in_hinglish_asks_for_members_the_material_may_not_name(
    shipped: KnowledgeService, question: str
) -> None:
    assert isinstance(last_reply(shipped, question), Partial)


def test_which_countries_in_hinglish_is_answered_where_the_material_names_them(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "SCRI me kaunse countries hai")
    assert isinstance(outcome, Answer), outcome
    assert "Australia" in outcome.best.fact.fact.answer


def test_a_relation_asked_both_ways_past_hinglish_auxiliaries_is_answered_both_ways(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "india nuclear reactors import bhi karta hai aur export bhi?")
    assert isinstance(outcome, Answer), outcome
    assert {m.fact.fact.id for m in outcome.matches} == {"india_imports_from_japan", "india_exports_to_japan"}


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("does japan export 12.53 bn more than india?", "Yes: "),
        ("japan exports 12.5 billion more than india right?", "Yes: "),
        ("does japan export 5 bn more than india?", "No: "),
        ("does india export 12.53 bn more than japan?", "No: "),
        ("japan exports 12.53 million more than india?", "No: "),
    ],
)
def test_a_gap_claimed_between_the_two_ways_is_checked(shipped: KnowledgeService, question: str, verdict: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith(verdict), outcome.note
    assert [m.fact.fact.id for m in outcome.matches] == ["japan_exports_to_india"]


def test_a_denied_comparison_gets_no_verdict(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "india exports no more than japan")
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith("Japan's exports to India (17.69) are larger"), outcome.note


@pytest.mark.parametrize(
    "question",
    [
        "is MALABAR an India-US exercise?",
        "india us ke saath malabar karta hai",
        "do india and australia back a free and open indo-pacific?",
    ],
)
def test_a_third_country_beside_an_open_list_is_not_put_in_a_partners_place(
    shipped: KnowledgeService, question: str
) -> None:
    assert not isinstance(last_reply(shipped, question), Correction)


@pytest.mark.parametrize("question", ["7 partnerships hai na", "5 new partnerships?"])
def test_a_count_of_a_plain_word_is_not_a_count_of_the_glossary_thing(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(last_reply(shipped, question), Correction)


def test_a_year_bound_is_set_against_the_named_things_own_year(shipped: KnowledgeService) -> None:
    # The security overview's 2015 is the pacts', not JIMEX's: the material dates no exercise.
    assert not isinstance(last_reply(shipped, "was jimex before 2015?"), Correction)
    assert isinstance(last_reply(shipped, "was aagc before 2015?"), Correction)


@pytest.mark.parametrize(
    ("question", "note"),
    [
        ("was cepa before or after 2015?", "CEPA (2011) came 4 years before 2015."),
        ("was aagc set up before or after 2015?", "AAGC (2017) came 2 years after 2015."),
    ],
)
def test_a_thing_set_before_or_after_a_year_is_placed_not_corrected(
    shipped: KnowledgeService, question: str, note: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == note


def test_a_thing_the_material_dates_nowhere_set_against_a_year_is_a_partial_answer(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "was jimex before or after 2015?")
    assert isinstance(outcome, Partial), outcome
    assert "JIMEX" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is india's export to japan more than 5 billion?", "which is more than 5."),
        ("is india's export to japan more than 10 billion?", "which is not more than 10."),
        ("india's exports to japan are less than 6 bn?", "which is less than 6."),
    ],
)
def test_a_bound_on_the_worked_way_of_trade_is_set_against_the_worked_sum(
    shipped: KnowledgeService, question: str, verdict: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert outcome.worked.endswith(f"= US$ 5.16 billion, {verdict}"), outcome.worked


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("toh AAGC IJICP ke baad bana?", Correction),
        ("so CEPA SSGP ke baad aaya na", Correction),
        ("2015 pacts 2014 upgrade se pehle the na", Correction),
        ("CEPA SSGP se pehle aaya na?", Answer),
        ("IJICP AAGC ke baad launch hua?", Answer),
    ],
)
def test_a_hindi_order_said_after_the_two_things_is_a_claim_checked(
    shipped: KnowledgeService, claim: str, kind: type
) -> None:
    assert isinstance(last_reply(shipped, claim), kind)


def test_what_came_after_one_thing_is_no_order_of_two(shipped: KnowledgeService) -> None:
    assert not isinstance(last_reply(shipped, "cepa ke baad kya aaya?"), Correction)


@pytest.mark.parametrize(
    "question",
    ["prelims 2024 ka cut off kya tha", "UPSC age limit kya hai", "UPSC mains 2025 me Japan pe question aaya tha?"],
)
def test_a_question_about_the_exam_naming_none_of_the_material_is_declined(
    shipped: KnowledgeService, question: str
) -> None:
    assert isinstance(last_reply(shipped, question), Decline)


@pytest.mark.parametrize(
    "question",
    [
        "mcq: which exercise is bilateral?",
        "for upsc: what does india export to japan",
        "upsc: when was the article posted?",
        "who published this? vision ias or some other site",
    ],
)
def test_a_question_of_the_material_asked_for_the_exam_is_answered(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Answer)


@pytest.mark.parametrize("claim", ["Gujarat ka partner Ehime nahi hai right?", "UP ka partner Toyama nahi hai na?"])
def test_a_true_denial_of_a_pair_is_not_corrected(shipped: KnowledgeService, claim: str) -> None:
    assert not isinstance(last_reply(shipped, claim), Correction)


def test_a_false_denial_of_a_pair_is_still_corrected(shipped: KnowledgeService) -> None:
    assert isinstance(last_reply(shipped, "Gujarat ka partner Shizuoka nahi hai na?"), Correction)


@pytest.mark.parametrize("claim", ["kya india NPT pe sign kar chuka hai?", "india npt signatry h?"])
def test_hinglish_aspect_and_short_copula_make_a_claim_checked(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(last_reply(shipped, claim), Correction)


def test_an_addition_after_a_thing_named_in_short_words_stays_with_its_fact(shipped: KnowledgeService) -> None:
    # "shipping bhi?" after the mobility partnership (asked as "next gen mobility"): not India's exports ("ship").
    outcome = last_reply(shipped, "next gen mobility me kya kya?", "shipping bhi?")
    assert not isinstance(outcome, Answer), outcome
    assert isinstance(last_reply(shipped, "next gen mobility me kya kya?", "aviation bhi?"), Answer)


@pytest.mark.parametrize(
    ("claim", "worked"),
    [
        ("japan's exports to india are more than half of bilateral trade?", "US$ 17.69 billion is 77.4%"),
        ("india's exports to japan are more than half of bilateral trade?", "US$ 5.16 billion is 22.6%"),
    ],
)
def test_a_part_set_against_half_of_its_whole_is_worked_out_as_a_share(
    shipped: KnowledgeService, claim: str, worked: str
) -> None:
    outcome = last_reply(shipped, claim)
    assert isinstance(outcome, Partial), outcome
    assert outcome.worked.startswith(f"Worked out from its figures: {worked}"), outcome.worked


def test_half_of_a_sum_asked_alone_is_still_halved(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is half of bilateral trade?")
    assert isinstance(outcome, Partial), outcome
    assert outcome.worked.endswith("half of US$ 22.85 billion is US$ 11.43 billion."), outcome.worked


def test_a_bare_name_after_an_answered_question_may_be_a_new_subject(shipped: KnowledgeService) -> None:
    # After trade's sum was given, "aur chandrayaan 5?" asks about Chandrayaan 5, not its sum.
    outcome = last_reply(shipped, "trade kitna", "aur chandrayaan 5?")
    assert isinstance(outcome, Answer), outcome
    assert "Chandrayaan 5" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "statement", ["multilateral exercises india japan dono participate karte", "india japan dono participate karte"]
)
def test_a_hindi_verb_ending_a_statement_asks_no_purpose(shipped: KnowledgeService, statement: str) -> None:
    assert not isinstance(last_reply(shipped, statement), Correction)


def test_a_question_ending_on_the_verb_still_asks_what_a_thing_does(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "AAGC kya karta hai")
    assert isinstance(outcome, Answer), outcome
    assert "Africa" in outcome.best.fact.fact.answer
