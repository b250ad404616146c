"""Figures matched only as another thing's, kinds named by glossary terms, owners said after a thing, claims after.

"10 lines of effort in joint vision?" was answered with the plan's 10 years (the fact counting the lines gives 8);
"India-Japan nuclear deal signed when" with the 2015 pacts ("nuclear", a glossary term, says which deal as a plain
word would); "bilateral bhi?" after "is MALABAR multilateral?" with the article's overview (read as "india japan
bilateral ties"); "chandryaan 5 partner country" with the visit's outcomes (the 5 of the misspelt name counted
partners); "joint vision has 10 linez of effort?" was answered (the misspelt word counted nothing). "usa bhi hai
na?" after SCRI's partner was answered with a fact about something else;
"is act east policy japan ka?", "is the act east policy japanese?", "ye japan ka hai na?" after it were answered
unflagged; "japan ne NPT sign kiya hai?" was corrected with India's status; "US-led alliance system kiska approach
hai?" was corrected as if the US were the doer.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction, Partial
from bot.core.answering.wording import counts_in_text
from bot.core.language.lexicon import LEXICON
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize("question", ["10 lines of effort in joint vision?", "joint vision 10 lines of effort"])
def test_a_figure_the_better_fact_gives_otherwise_is_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert "eight lines of effort" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize("question", ["joint vision kitne saal ka hai?", "how many lines of effort in joint vision"])
def test_the_figure_asked_of_its_own_thing_is_still_answered(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Answer)


@pytest.mark.parametrize(
    "question", ["India-Japan nuclear deal signed when", "when was the nuclear deal signed", "atomic deal kab sign hua"]
)
def test_a_deal_named_by_a_glossary_term_is_not_another_deal(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert not isinstance(outcome, Answer | Correction), outcome


def test_a_plain_agreement_question_is_still_answered(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "when was the security declaration signed")
    assert isinstance(outcome, Answer), outcome
    assert "2025" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("before", "follow_up", "kept"),
    [("is MALABAR multilateral?", "bilateral bhi?", "MALABAR"), ("is JIMEX bilateral?", "multilateral bhi?", "JIMEX")],
)
def test_an_additive_kind_word_is_a_claim_about_the_earlier_thing(
    shipped: KnowledgeService, before: str, follow_up: str, kept: str
) -> None:
    outcome = last_reply(shipped, before, follow_up)
    assert isinstance(outcome, Correction), outcome
    assert kept in outcome.related[0].fact.fact.answer


def test_the_ties_asked_alone_are_still_the_article_s_subject(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is SCRI", "india japan relations?")
    assert isinstance(outcome, Answer), outcome
    assert "SCRI" not in outcome.best.fact.fact.answer


@pytest.mark.parametrize("question", ["chandryaan 5 partner country", "chandrayan 5 kiske saath"])
def test_the_figure_of_a_misspelt_name_is_the_name_s(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "chandrayaan_5"


def test_a_misspelt_counted_word_still_counts(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "joint vision has 10 linez of effort?")
    assert isinstance(outcome, Correction), outcome
    assert "eight lines of effort" in outcome.related[0].fact.fact.answer


def test_a_country_added_to_a_grouping_s_partner_is_checked_in_it(shipped: KnowledgeService) -> None:
    # "usa bhi hai na?" after SCRI's third partner was answered with India's balancing of the US and Russia.
    outcome = last_reply(shipped, "which country is with india and japan in scri", "usa bhi hai na?")
    assert isinstance(outcome, Correction), outcome
    assert "Australia" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize(
    "question",
    [
        "is act east policy japan ka?",
        "act east policy japan ka hai na?",
        "is the act east policy japanese?",
        "kya act east policy japan ki hai?",
    ],
)
def test_an_owner_said_after_the_thing_is_a_claim_to_check(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert 'India\'s "Act East Policy"' in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize("question", ["is the act east policy indian?", "act east policy india ki hai na?"])
def test_the_right_owner_said_after_the_thing_is_answered(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Answer)


@pytest.mark.parametrize(
    ("before", "follow_up", "kind"),
    [
        ("act east policy kiski hai?", "ye japan ka hai na?", Correction),
        ("what is the act east policy", "is it japanese?", Correction),
        ("act east policy kiski hai?", "ye india ka hai na?", Answer),
    ],
)
def test_an_owner_claimed_of_what_was_just_asked_is_checked(
    shipped: KnowledgeService, before: str, follow_up: str, kind: type
) -> None:
    outcome = last_reply(shipped, before, follow_up)
    assert isinstance(outcome, kind), outcome
    shown = outcome.related[0] if isinstance(outcome, Correction) else outcome.best
    assert "Act East Policy" in shown.fact.fact.answer


def test_a_doer_marked_in_hinglish_is_the_subject_of_the_claim(shipped: KnowledgeService) -> None:
    # "japan ne NPT sign kiya hai?": the material says India has not signed; of Japan it says nothing.
    assert not isinstance(last_reply(shipped, "japan ne NPT sign kiya hai?"), Correction)
    assert isinstance(last_reply(shipped, "kya india ne npt sign kiya hai?"), Correction)


def test_a_phrase_s_doer_is_not_read_where_whose_it_is_is_asked(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "US-led alliance system kiska approach hai?")
    assert isinstance(outcome, Answer), outcome
    assert "Japan leans on the US-led alliance system" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("visit me kitne agreements sign hue total?", None),
        ("india japan relations ke pillars kitne hai?", "three pillars"),
        ("kitne state prefecture partnerships hai", "Four state-prefecture partnerships"),
        ("kitne state prefecture partnership bani", "Four state-prefecture partnerships"),
    ],
)
def test_kitne_before_or_after_a_thing_counts_it(
    shipped: KnowledgeService, question: str, expected: str | None
) -> None:
    # "kitne agreements" asks how many agreements: the eight lines of effort are no count of them.
    outcome = last_reply(shipped, question)
    if expected is None:
        assert not (isinstance(outcome, Answer) and "lines of effort" in outcome.best.fact.fact.answer), outcome
    else:
        assert isinstance(outcome, Answer), outcome
        assert expected in outcome.best.fact.fact.answer


@pytest.mark.parametrize("question", ["india japan trade kitne ka hai", "japan ka export kitne billion ka hai"])
def test_kitne_before_a_sum_still_asks_how_much(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert "billion" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("before", "follow_up", "expected"),
    [
        ("imports", "india ke", "India's primary imports from Japan"),
        ("imports", "japan ke", "The goods India exports to Japan"),
        ("exports", "japan's?", "Japan's exports to India"),
    ],
)
def test_a_partner_s_side_of_a_relation_asked_of_no_one(
    shipped: KnowledgeService, before: str, follow_up: str, expected: str
) -> None:
    # "india ke" after "imports" (answered with India's imports) was answered with India's exports.
    outcome = last_reply(shipped, before, follow_up)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.answer.startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("जापान भारत को क्या बेचता है", "India's primary imports from Japan"),
        ("भारत जापान को क्या बेचता है", "The goods India exports to Japan"),
        ("भारत जापान से क्या खरीदता है", "India's primary imports from Japan"),
    ],
)
def test_hindi_verbs_of_selling_and_buying_carry_the_direction(
    shipped: KnowledgeService, question: str, expected: str
) -> None:
    # "जापान भारत को क्या बेचता है" (what does Japan sell to India) was answered with India's exports.
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.answer.startswith(expected)


@pytest.mark.parametrize(
    ("before", "follow_up"),
    [
        ("india japan G4 me hai?", "G20 bhi?"),
        ("kya india japan 2+2 dialogue karte hai", "with australia bhi?"),
        ("did the pm visit japan?", "china bhi gaye the?"),
    ],
)
def test_a_thing_added_beside_the_earlier_one_is_no_substitution(
    shipped: KnowledgeService, before: str, follow_up: str
) -> None:
    # The material says nothing of the G20, an India-Australia 2+2 or a visit to China: no "says otherwise".
    assert not isinstance(last_reply(shipped, before, follow_up), Correction)


def test_a_member_added_to_a_grouping_s_named_members_is_still_corrected(shipped: KnowledgeService) -> None:
    assert isinstance(last_reply(shipped, "what is SCRI", "south africa bhi hai na?"), Correction)


@pytest.mark.parametrize(
    ("follow_up", "kind"),
    [("matlab 2017 me upgrade hua?", Correction), ("2014 me upgrade hua?", Answer)],
)
def test_a_year_claimed_for_the_event_just_dated_is_checked_against_it(
    shipped: KnowledgeService, follow_up: str, kind: type
) -> None:
    # "2017 me upgrade hua?" after the SSGP's 2014 (asked as "current status") got "doesn't give figures for 2017".
    outcome = last_reply(shipped, "current status of india japan relations?", follow_up)
    assert isinstance(outcome, kind), outcome
    shown = outcome.related[0] if isinstance(outcome, Correction) else outcome.best
    assert "2014" in shown.fact.fact.answer


def test_a_hindi_statement_ending_on_its_verb_asks_whether(shipped: KnowledgeService) -> None:
    assert shipped.matcher.read("2017 me upgrade hua?").yes_no
    assert not shipped.matcher.read("kab upgrade hua?").yes_no


@pytest.mark.parametrize(
    ("before", "kept"),
    [("next gen mobility partnership areas", "Next-Generation Mobility Partnership"), ("bilateral exercises", "JIMEX")],
)
def test_total_alone_after_a_list_asks_how_many_of_it(shipped: KnowledgeService, before: str, kept: str) -> None:
    # "total?" after the mobility partnership's areas was answered with the Joint Vision's eight lines of effort.
    outcome = last_reply(shipped, before, "total?")
    shown = outcome.related[0] if isinstance(outcome, Partial) else getattr(outcome, "best", None)
    assert shown is not None, outcome
    assert kept in shown.fact.fact.answer, outcome


@pytest.mark.parametrize(
    "question", ["japan ke PM india aaye the na?", "japan ke PM india aaye the na agreements sign karne"]
)
def test_a_claim_of_whose_pm_travelled_is_corrected_by_the_fact_naming_the_pm(
    shipped: KnowledgeService, question: str
) -> None:
    # The visit's outcomes never name the PM; the fact that does says it was India's Prime Minister who visited Japan.
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert "India's Prime Minister visited Japan" in outcome.related[0].fact.fact.answer


def test_the_right_pm_claimed_is_answered(shipped: KnowledgeService) -> None:
    assert isinstance(last_reply(shipped, "india ke pm japan gaye the na?"), Answer)


def test_kitne_after_a_plural_counts_that_plural(shipped: KnowledgeService) -> None:
    # "unsc me permanent members kitne": the UNSC fact gives no count of members; it was answered with it.
    assert isinstance(last_reply(shipped, "unsc me permanent members kitne"), Partial)


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ("three pillars: economic cooperation, security cooperation and development cooperation.", "3", "pillar"),
        ("Four state-prefecture partnerships were set up, pairing Andhra Pradesh with Toyama", "4", "partnership"),
        ("a space cooperation agreement on Chandrayaan 5, plus a Joint Declaration", "5", None),
        ("the visit produced six more outcomes: a Joint Declaration on Security Cooperation", "6", "outcom"),
    ],
)
def test_a_figure_counts_the_words_of_its_own_clause(text: str, figure: str, counted: str | None) -> None:
    counts = counts_in_text(text, LEXICON)
    if counted is None:
        assert figure not in counts
    else:
        assert counts[figure] == frozenset({counted})


@pytest.mark.parametrize(
    "follow_up", ["2020 me launch nahi hua tha na?", "2025 se pehle launch hua tha?", "2030 tak launch hua?"]
)
def test_a_year_denied_or_bounding_is_no_claim_of_that_year(shipped: KnowledgeService, follow_up: str) -> None:
    # The IJICP's 2021 agrees with each: "says otherwise" would be false.
    assert not isinstance(last_reply(shipped, "ijicp kab launch hua", follow_up), Correction)


@pytest.mark.parametrize(
    ("before", "follow_up"),
    [("japan exports to india?", "ye india ka hai na?"), ("india japan trade?", "ye japan ka hai na?")],
)
def test_an_owner_claimed_of_trade_is_not_answered_with_the_article_s_gist(
    shipped: KnowledgeService, before: str, follow_up: str
) -> None:
    outcome = last_reply(shipped, before, follow_up)
    assert not (isinstance(outcome, Answer) and outcome.best.fact.fact.id == "article_summary_gist"), outcome
    assert not (isinstance(outcome, Answer) and "Economic ties rest on" in outcome.best.fact.fact.answer), outcome


def test_the_ties_asked_with_bhi_are_still_the_article_s_subject(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is SCRI", "india japan ke relations ke baare me bhi batao")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "article_summary_gist"


@pytest.mark.parametrize("question", ["kitne exports hai india ke", "exports kitne hai india ke"])
def test_a_question_with_the_owner_last_is_no_claim(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(last_reply(shipped, question), Correction)


def test_kitne_before_a_span_of_time_asks_how_long(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "kitne decades ka vision")
    assert isinstance(outcome, Answer), outcome
    assert "10-year plan" in outcome.best.fact.fact.answer


@pytest.mark.parametrize("question", ["total?", "overall?", "total kitne?"])
def test_total_with_nothing_before_is_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Clarify)


def test_an_owner_claimed_of_a_joint_thing_is_not_corrected_by_another_thing_s_owner(
    shipped: KnowledgeService,
) -> None:
    # The Act East Forum is India and Japan's: "India's Northeast" in its fact says nothing of whose the forum is.
    assert not isinstance(last_reply(shipped, "act east forum kya hai", "ye japan ka hai na?"), Correction)


@pytest.mark.parametrize(
    "question", ["security pacts on defence equipment transfer signed 2025?", "act east policy japan ki policy hai na"]
)
def test_a_claim_sharing_one_word_with_another_thing_is_still_checked(shipped: KnowledgeService, question: str) -> None:
    # "security" is the 2025 declaration's word too, but the pacts named are 2015's; the policy named is India's.
    assert isinstance(last_reply(shipped, question), Correction)


def test_the_declaration_named_by_its_own_words_keeps_its_year(shipped: KnowledgeService) -> None:
    assert isinstance(last_reply(shipped, "the 2025 security declaration signed?"), Answer)


def test_kitne_asks_and_claims_nothing(shipped: KnowledgeService) -> None:
    # "india ka japan ko export kitne ka hai" asks the worth of India's exports (not given): no "other way round".
    outcome = last_reply(shipped, "india ka japan ko export kitne ka hai")
    assert isinstance(outcome, Partial), outcome


def test_whose_asks_a_fact_that_says_whose(shipped: KnowledgeService) -> None:
    # The IJICP's launch year (its phrasings say "boost indian industry") says of no one whose competitiveness it is.
    outcome = last_reply(shipped, "whose industrial competitiveness does ijicp boost")
    assert isinstance(outcome, Answer), outcome
    assert "India's industrial competitiveness" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whose mission is chandrayaan 5", "India and Japan will work together"),
        ("2+2 dialogue kiske beech hota hai?", "defence and foreign affairs ministers"),
        ("whose approach is strategic autonomy", "India takes a non-aligned"),
    ],
)
def test_a_doer_or_a_with_whom_question_is_still_answered(
    shipped: KnowledgeService, question: str, expected: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert expected in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "turns",
    [
        ("railways included in next generation mobility partnership?", "aviation bhi?", "shipping bhi?"),
        ("economic security initiative me telecom?", "clean energy bhi?", "AI bhi?"),
    ],
)
def test_an_additive_after_a_list_item_stays_with_the_list_s_subject(
    shipped: KnowledgeService, turns: tuple[str, ...]
) -> None:
    # "shipping bhi?" was answered with India's export goods, "AI bhi?" with the separate AI initiative.
    outcome = last_reply(shipped, *turns)
    assert not isinstance(outcome, Answer), outcome


def test_the_reply_to_total_asked_back_is_counted(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "total kitne?", "state prefecture pairs")
    assert isinstance(outcome, Answer), outcome
    assert "Four state-prefecture partnerships" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("turns", "kind", "expected"),
    [
        (("other outcomes list", "total?"), Answer, "six more outcomes"),
        (("state prefecture partnerships list", "2nd?", "total kitne?"), Answer, "Four state-prefecture"),
        (("cepa kya cover karta hai", "total?"), Partial, "CEPA"),
        (("what are the lines of effort named", "total kitne?"), Answer, "eight lines of effort (8 in all)"),
        (("next gen mobility partnership areas", "total?"), Partial, "Next-Generation Mobility"),
        (("joint vision ke lines of effort", "total?"), Answer, "eight lines of effort (8 in all)"),
        (("india imports from japan", "total?"), Answer, "US$ 17.69 billion"),
    ],
)
def test_total_counts_the_list_just_given(
    shipped: KnowledgeService, turns: tuple[str, ...], kind: type, expected: str
) -> None:
    # "total?" after CEPA's scope was answered with the economic overview's sums, after the named lines with the
    # plan's 10 years; the list's own fact gives its count, or another about the same thing does, or it says none.
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, kind), outcome
    shown = outcome.related[0] if isinstance(outcome, Partial) else outcome.best
    assert expected in shown.fact.fact.answer
