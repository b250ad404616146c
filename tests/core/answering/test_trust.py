"""Trustworthy answers: each mechanism that keeps a wrong answer from being shown as confident, at its edges.

These run on the shipped India-Japan knowledge, whose facts the expectations name; the questions are
written for the test, not taken from any evaluation set.
"""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answering.matcher import Matcher
from bot.core.answering.outcomes import (
    Answer,
    Clarify,
    Correction,
    Decline,
    DeclineReason,
    Outcome,
    Partial,
    Suggestions,
    kind_of,
)
from bot.core.answering.present import outcome_text
from bot.core.services.asking import AskingService
from bot.core.services.knowledge import KnowledgeService


def answered(outcome: Outcome) -> str | None:
    return outcome.best.fact.fact.id if isinstance(outcome, Answer) else None


def related(outcome: Outcome) -> list[str]:
    return [m.fact.fact.id for m in getattr(outcome, "related", ())]


# ---------------------------------------------------------------- roles and direction
@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what does japan buy from india", "india_exports_to_japan"),
        ("what goods does india sell to japan", "india_exports_to_japan"),
        ("what does india import from japan", "india_imports_from_japan"),
        ("india japan se kya import karta hai", "india_imports_from_japan"),
        ("japan ka india ko export kitna hai", "japan_exports_to_india"),
    ],
)
def test_a_relation_is_answered_in_the_direction_asked(shipped: KnowledgeService, question: str, fact: str) -> None:
    assert answered(shipped.matcher.ask(question)) == fact


def test_a_reversed_premise_is_corrected_not_answered(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("why is india restricting nuclear technology transfers to japan")
    assert isinstance(outcome, Correction)
    assert outcome.reversed
    assert related(outcome) == ["npt_concern"]
    assert outcome_text(outcome).startswith("The study material says it is the other way round")


@pytest.mark.parametrize(
    ("question", "agent", "target"),
    [
        # A reverse verb in the passive: "by" names who imports, "from" where it comes from.
        ("is copper imported by india from japan", "Japan", "India"),
        ("are organic chemicals bought by japan from india", "India", "Japan"),
        # A forward verb in the passive: "by" names who exports.
        ("is copper exported by japan to india", "Japan", "India"),
    ],
)
def test_by_in_a_passive_names_who_does_the_relation(
    shipped: KnowledgeService, question: str, agent: str, target: str
) -> None:
    roles = shipped.matcher.read(question).roles
    assert [(r.agent, r.target) for r in roles] == [(agent, target)]


@pytest.mark.parametrize(
    "question", ["is copper imported by india from japan", "is electrical machinery bought by india from japan"]
)
def test_a_true_claim_in_the_passive_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    assert answered(shipped.matcher.ask(question)) == "india_imports_from_japan"


def test_a_reversed_claim_in_the_passive_is_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("is copper imported by japan from india")
    assert isinstance(outcome, Correction)
    assert outcome.reversed


def test_a_direction_the_material_does_not_quantify_gets_a_partial_answer(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("how much does india export to japan")
    assert isinstance(outcome, Partial)
    assert "from India to Japan" in outcome.missing


def test_a_wrong_pairing_is_corrected_with_the_material(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("why is gujarat paired with toyama")
    assert isinstance(outcome, Correction)
    assert not outcome.reversed
    assert "gujarat_shizuoka" in related(outcome) or "state_prefecture_overview" in related(outcome)


# ---------------------------------------------------------------- word sense
@pytest.mark.parametrize("question", ["who are india's relatives in japan", "what is important for japan"])
def test_words_that_only_share_a_stem_do_not_answer(shipped: KnowledgeService, question: str) -> None:
    query = shipped.matcher.read(question)
    assert not {"relat", "import"} & {u.token for u in query.units}


def test_inflections_still_meet(shipped: KnowledgeService) -> None:
    assert answered(shipped.matcher.ask("what are india's main imports from japan")) == "india_imports_from_japan"


# ---------------------------------------------------------------- unknown names
@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("which prefecture is paired with kerala", "Kerala"),
        ("is south korea in the supply chain resilience initiative", "South Korea"),
        ("what did the african union say about the aagc", "African Union"),
    ],
)
def test_a_name_the_material_never_mentions_is_never_answered(
    shipped: KnowledgeService, question: str, name: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer)
    if isinstance(outcome, Decline):
        assert outcome.reason is DeclineReason.NOT_MENTIONED
        assert name in outcome.detail


def test_us_in_lowercase_is_a_pronoun_not_a_country(shipped: KnowledgeService) -> None:
    assert "United States" not in shipped.matcher.read("tell us the cepa year").entities
    assert "United States" in shipped.matcher.read("what does the US do in QUAD").entities


# ---------------------------------------------------------------- the asked attribute
@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("what is the cost of mahsr", "cost"),
        ("budget of the india japan ai initiative", "cost"),
        ("what does JIMEX stand for", "full form"),
        ("which countries are in the g4", "members"),
        ("what is the sustainable fuel initiative", "description"),
        ("quad year", "date"),
    ],
)
def test_an_attribute_the_material_does_not_give_gets_a_partial_answer(
    shipped: KnowledgeService, question: str, missing: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial), kind_of(outcome)
    assert missing in outcome.missing
    assert outcome.related


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("cepa full form", "cepa_year"),
        ("what is the aim of the ijicp", "ijicp_aim"),
        ("which country joins india and japan in scri", "scri"),
        ("what does the cepa cover", "cepa_scope"),
    ],
)
def test_an_attribute_the_material_gives_is_answered(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert answered(outcome) is not None
    if fact != "cepa_year":
        assert answered(outcome) == fact


# ---------------------------------------------------------------- dates and polarity
def test_a_wrong_year_for_a_named_thing_is_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("why was the AAGC established in 2014")
    assert isinstance(outcome, Correction)
    assert related(outcome) == ["aagc_year"]


def test_a_question_asserting_what_the_material_denies_is_corrected(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("when did india sign the npt"), Correction)


def test_which_is_not_is_never_answered_with_the_positive_list(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("which exercise do india and japan not hold bilaterally")
    assert answered(outcome) != "bilateral_exercises"


def test_the_odd_one_out_of_a_complete_list(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask(
        "which state is not in the state-prefecture list: andhra, tamil nadu, kerala, gujarat"
    )
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith("\u201ckerala\u201d is not one of them")


# ---------------------------------------------------------------- two facts at once
def test_a_comparison_of_two_dates_states_the_order(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("cepa or ijicp, which came first?")
    assert isinstance(outcome, Answer)
    assert [m.fact.fact.id for m in outcome.matches] == ["cepa_year", "ijicp_year"]
    assert outcome.note == "CEPA (2011) came before IJICP (2021)."


def test_a_comparison_with_one_undated_side_is_partial(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("which came first, quad or cepa?")
    assert not isinstance(outcome, Answer)


def test_a_part_without_a_subject_leans_on_the_part_before(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("aagc kab bana aur kis liye")
    assert isinstance(outcome, Answer)
    assert {m.fact.fact.id for m in outcome.matches} == {"aagc_year", "aagc_aim"}


# ---------------------------------------------------------------- follow-ups
def conversation(shipped: KnowledgeService, *questions: str) -> list[Outcome]:
    asking = AskingService(shipped)
    talk = asking.new_conversation()
    return [asking.answer(q, talk) for q in questions]


def test_a_follow_up_leans_on_the_previous_question(shipped: KnowledgeService) -> None:
    first, follow_up = conversation(shipped, "when did cepa come into effect", "what does it cover")
    assert answered(first) == "cepa_year"
    assert answered(follow_up) == "cepa_scope"


def test_an_elliptical_follow_up_replaces_the_subject(shipped: KnowledgeService) -> None:
    _, follow_up, unknown = conversation(
        shipped, "which prefecture is andhra pradesh paired with", "and gujarat?", "and kerala?"
    )
    assert answered(follow_up) == "gujarat_shizuoka"
    assert not isinstance(unknown, Answer)


def test_a_complete_new_question_is_not_bent_to_the_previous_topic(shipped: KnowledgeService) -> None:
    _, new = conversation(shipped, "what is chandrayaan 5", "when did ties become a special strategic partnership")
    assert answered(new) == "ssgp_2014"


def test_a_follow_up_with_nothing_to_follow_is_asked_back_then_completed(shipped: KnowledgeService) -> None:
    dangling, named = conversation(shipped, "when was it set up?", "sorry, i meant the aagc")
    assert isinstance(dangling, Clarify)
    assert dangling.reference == "it"
    assert answered(named) == "aagc_year"


def test_the_other_way_round_flips_the_previous_relation(shipped: KnowledgeService) -> None:
    _, other_way = conversation(shipped, "what does india export to japan", "and the other way round?")
    # Either fact of Japan's exports to India answers; India's exports to Japan would be the wrong way.
    assert answered(other_way) in {"india_imports_from_japan", "japan_exports_to_india"}


def test_a_follow_up_window_expires(shipped: KnowledgeService) -> None:
    import datetime as dt

    now = [dt.datetime(2025, 10, 6, tzinfo=dt.UTC)]
    asking = AskingService(shipped, clock=lambda: now[0])
    talk = asking.new_conversation()
    asking.answer("when did cepa come into effect", talk)
    now[0] += dt.timedelta(minutes=30)
    assert isinstance(asking.answer("what does it cover", talk), Clarify)


# ---------------------------------------------------------------- Hindi
@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("CEPA कब लागू हुआ", "cepa_year"),
        ("भारत जापान व्यापार कितना है", "bilateral_trade_total"),
        ("गुजरात किस जापानी प्रांत के साथ जुड़ा है", "gujarat_shizuoka"),
        # Words of current affairs and English words written in Devanagari (red team, session 35).
        ("सीईपीए किस वर्ष प्रभावी हुआ?", "cepa_year"),
        ("संयुक्त विजन कितने वर्षों के लिए है?", "joint_vision_duration"),
        ("नेक्स्ट जनरेशन मोबिलिटी पार्टनरशिप में कौन-कौन से क्षेत्र हैं?", "next_gen_mobility"),
        ("भारत-जापान संबंधों को विशेष रणनीतिक और वैश्विक साझेदारी में कब अपग्रेड किया गया?", "ssgp_2014"),
        ("जापान परमाणु तकनीक हस्तांतरण पर प्रतिबंध क्यों लगाता है?", "npt_concern"),
        # "impose restrictions": the noun carries what is done, as in "take an approach".
        ("why does japan impose restrictions on nuclear technology transfer", "npt_concern"),
    ],
)
def test_hindi_questions_are_answered_in_english(shipped: KnowledgeService, question: str, fact: str) -> None:
    assert answered(shipped.matcher.ask(question)) == fact


# ---------------------------------------------------------------- confidence
def test_confidence_is_a_probability_and_low_confidence_answers_become_suggestions(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("cepa year?")
    assert isinstance(outcome, Answer)
    assert 0.0 < outcome.confidence <= 1.0
    strict = Matcher(shipped.base, dataclasses.replace(shipped.matcher.thresholds, answer_confidence=1.0))
    assert isinstance(strict.ask("cepa year?"), Suggestions)
