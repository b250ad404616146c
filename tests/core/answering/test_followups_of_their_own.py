"""Follow-ups that are questions of their own, or that the answer just given does not answer again.

"ok what are the pillars" after the partnership's status was answered with the status again: its fact sits in the
section "Pillars of India-Japan Relations", but its words name no pillar.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize("before", ["india japan relations ka current status kya hai", "SSGP kab bana?"])
def test_a_whole_question_the_answer_just_given_does_not_say_is_answered_on_its_own(
    shipped: KnowledgeService, before: str
) -> None:
    first = last_reply(shipped, before)
    outcome = last_reply(shipped, before, "ok what are the pillars")
    assert isinstance(first, Answer), first
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id != first.best.fact.fact.id
    assert "security cooperation" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("before", "question", "said"),
    [
        # The answer's own words say what is asked: it is the answer again.
        ("Japan exports to india?", "what was the total?", "22.85"),
        ("what is the mobility partnership?", "which sectors", "railways"),
    ],
)
def test_a_question_the_answer_just_given_says_stays_with_it(
    shipped: KnowledgeService, before: str, question: str, said: str
) -> None:
    outcome = last_reply(shipped, before, question)
    assert isinstance(outcome, Answer), outcome
    assert said in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("before", "claim"),
    [
        ("IJICP kab launch hua?", "kya ye 2011 me tha?"),
        ("आईजेआईसीपी कब लॉन्च हुआ?", "क्या यह 2011 में था?"),
    ],
)
def test_whether_this_was_in_a_year_is_a_claim_of_the_thing_before(
    shipped: KnowledgeService, before: str, claim: str
) -> None:
    # It was answered with CEPA's 2011, as if it asked what happened in 2011.
    outcome = last_reply(shipped, before, claim)
    assert isinstance(outcome, Correction), outcome
    assert "2021" in outcome.related[0].fact.fact.answer


def test_kya_before_a_figure_asks_whether_not_what_the_figure_is(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "japan exports to india?", "kya 17.69 hai?")
    assert isinstance(outcome, Answer), outcome
    assert "17.69" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("claim", "given"),
    [
        ("क्या CEPA 2014 में आया?", "2011"),
        ("क्या द्विपक्षीय व्यापार 25 अरब डॉलर था?", "22.85"),
        ("क्या गुजरात का साझेदार यामानाशी है?", "Shizuoka"),
    ],
)
def test_a_devanagari_claim_opened_by_kya_is_checked_as_its_hinglish_twin_is(
    shipped: KnowledgeService, claim: str, given: str
) -> None:
    outcome = last_reply(shipped, claim)
    assert isinstance(outcome, Correction), outcome
    assert given in outcome.related[0].fact.fact.answer


def test_kya_before_the_verb_in_devanagari_still_asks_what(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "क्या है CEPA?")
    assert isinstance(outcome, Answer), outcome
    assert "CEPA" in outcome.best.fact.fact.answer


def test_a_devanagari_follow_up_asked_back_is_named_as_written(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "और जापान का?")
    assert isinstance(outcome, Clarify), outcome
    assert outcome.reference == "और जापान का?"


@pytest.mark.parametrize(
    "question",
    [
        "difference between japan's exports to india and india's exports to japan?",
        "japan ke export aur india ke export me kitna difference hai?",
    ],
)
def test_the_difference_between_the_two_flows_of_the_total_is_worked_out(
    shipped: KnowledgeService, question: str
) -> None:
    # It gave the material on each, Japan's 17.69 and India's goods, and no difference.
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert "12.53" in outcome.note


@pytest.mark.parametrize(
    "question",
    [
        "who has the trade surplus?",
        "trade deficit",
        "trade deficit kitna hai?",
        "trade balance kiske favour me hai?",
        "is the trade balance in japan's favour?",
    ],
)
def test_a_trade_balance_asked_with_no_partner_named_is_the_articles_pair(
    shipped: KnowledgeService, question: str
) -> None:
    # They got "did you mean" or the sentence on India "keeping a balance among its relations". The worked gap says
    # whose surplus and whose deficit it is, so the pair it is of is named.
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert "12.53" in outcome.worked


@pytest.mark.parametrize("question", ["fiscal deficit?", "deficit kitna hai?"])
def test_a_balance_not_of_trade_with_no_partner_named_is_not_worked_out(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = last_reply(shipped, question)
    assert not isinstance(outcome, Partial | Answer), outcome


def test_an_attribute_asked_of_a_flow_may_be_answered_by_the_other_fact_of_that_flow(
    shipped: KnowledgeService,
) -> None:
    # "which goods?" after Japan's exports to India: India's imports from Japan are the same flow; it was the partial
    # answer "doesn't give a list of goods" with Japan's exports' worth.
    outcome = last_reply(shipped, "Japan's exports to India?", "which goods?")
    assert isinstance(outcome, Answer), outcome
    assert "copper" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("before", "question", "said"),
    [
        # The answer's words give the areas and agreements in other words: it was CEPA's "other areas" and the
        # space agreement.
        ("what is QUAD?", "what areas?", "maritime security"),
        ("security cooperation kya hai", "what agreements?", "2015 pacts"),
    ],
)
def test_a_whole_question_the_answer_just_given_answers_in_other_words_stays_with_it(
    shipped: KnowledgeService, before: str, question: str, said: str
) -> None:
    outcome = last_reply(shipped, before, question)
    assert isinstance(outcome, Answer), outcome
    assert said in outcome.best.fact.fact.answer


@pytest.mark.parametrize("question", ["क्या होता है CEPA?", "क्या होता है QUAD?"])
def test_kya_before_a_helper_verb_in_devanagari_asks_what(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome


@pytest.mark.parametrize("claim", ["kya ye 20 arab hai?", "क्या यह 20 अरब है?", "is it 20 billion?"])
def test_a_sum_claimed_of_this_after_a_sum_is_set_against_it(shipped: KnowledgeService, claim: str) -> None:
    outcome = last_reply(shipped, "japan exports to india?", claim)
    assert isinstance(outcome, Correction), outcome
    assert "17.69" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize("question", ["व्यापार संतुलन किसके पक्ष में है?", "vyapar santulan kiske paksh me hai?"])
def test_a_trade_balance_asked_in_hindi_is_worked_out(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert "12.53" in outcome.worked


def test_a_country_written_short_is_still_a_country_the_material_never_names(shipped: KnowledgeService) -> None:
    # "saudi arab ke saath trade?" was answered with India-Japan trade.
    outcome = last_reply(shipped, "saudi arab ke saath trade?")
    assert not isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(
    "claim",
    [
        "gujarat shizuoka correct na?",
        "UP - Yamanashi sahi hai na?",
        "IJICP launched 2021 sahi?",
        "CEPA 2011 se effect me aaya, sahi?",
    ],
)
def test_a_true_claim_ending_on_sahi_or_a_run_of_tags_is_confirmed(shipped: KnowledgeService, claim: str) -> None:
    # "sahi" (right) and "correct na" were read as words to find, and the claims got "did you mean".
    outcome = last_reply(shipped, claim)
    assert isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(
    ("claim", "given"), [("UP - Toyama sahi hai na?", "Yamanashi"), ("CEPA 2014 me aaya, sahi?", "2011")]
)
def test_a_false_claim_ending_on_sahi_is_corrected(shipped: KnowledgeService, claim: str, given: str) -> None:
    outcome = last_reply(shipped, claim)
    assert isinstance(outcome, Correction), outcome
    assert given in outcome.related[0].fact.fact.answer


def test_a_hinglish_claim_about_the_other_partner_than_the_fact_denies_is_not_corrected(
    shipped: KnowledgeService,
) -> None:
    # "India has not signed the NPT" says nothing of Japan: it was "The study material says otherwise".
    outcome = last_reply(shipped, "kya japan NPT signatory hai?")
    assert not isinstance(outcome, Correction | Answer), outcome


@pytest.mark.parametrize(
    ("claim", "given"),
    [
        ("kya india US-led alliance system follow karta hai?", "non-aligned"),
        ("UP - Shizuoka sahi hai?", "Yamanashi"),
    ],
)
def test_a_hinglish_claim_opened_by_kya_or_closed_by_sahi_hai_is_corrected(
    shipped: KnowledgeService, claim: str, given: str
) -> None:
    # They got a partial answer and a decline.
    outcome = last_reply(shipped, claim)
    assert isinstance(outcome, Correction), outcome
    assert given in outcome.related[0].fact.fact.answer


def test_share_alone_after_a_sum_is_not_the_shared_values(shipped: KnowledgeService) -> None:
    # "share?" after Japan's exports was answered with the partnership's "shared democratic values".
    outcome = last_reply(shipped, "japan exports 17.69", "share?")
    assert not (isinstance(outcome, Answer) and "shared" in outcome.best.fact.fact.answer), outcome
    assert isinstance(last_reply(shipped, "what values do they share?"), Answer)


@pytest.mark.parametrize("question", ["wo wala exercise kaunsa tha", "what is this partnership about?"])
def test_one_of_a_kind_pointed_at_with_nothing_before_is_not_answered_with_any_of_them(
    shipped: KnowledgeService, question: str
) -> None:
    # They got the multilateral exercises and the mobility partnership, as if "that one" were known.
    outcome = last_reply(shipped, question)
    assert not isinstance(outcome, Answer), outcome


def test_this_before_a_name_of_the_article_still_asks_of_the_article(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "who wrote this vision IAS article")
    assert isinstance(outcome, Partial), outcome
    assert "Vision IAS" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize(
    "claim",
    [
        "japan NPT signatory nahi hai, sahi hai?",
        "kya japan NPT signatory hai?",
        "kya india par nuclear restrictions hai?",
    ],
)
def test_a_hinglish_claim_whose_subject_the_fact_does_not_deny_is_not_confirmed_or_corrected(
    shipped: KnowledgeService, claim: str
) -> None:
    # "India has not signed the NPT" says nothing of Japan; restrictions "on India" are Japan's, aimed at India.
    outcome = last_reply(shipped, claim)
    assert not isinstance(outcome, Answer | Correction), outcome


@pytest.mark.parametrize("question", ["what do they share?", "share karo", "kya japan ka concern hai?"])
def test_share_as_a_verb_and_kya_asking_what_are_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome


@pytest.mark.parametrize("follow_up", ["kya ye sahi hai?", "inme se kaunsa sahi hai?"])
def test_a_tag_with_no_statement_before_it_claims_nothing(shipped: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(shipped, "CEPA kya hai", follow_up)
    assert not isinstance(outcome, Answer | Correction), outcome
