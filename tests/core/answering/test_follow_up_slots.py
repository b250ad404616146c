"""What a follow-up takes over from the turn before and what it asks itself: "what did he sign?" after "when?" asks
what was done, not when."""

from __future__ import annotations

import pytest

from bot.core.answering.context import Turn
from bot.core.answering.outcomes import Answer
from bot.core.answering.present import explain
from bot.core.language.lexicon import Intent
from bot.core.services.knowledge import KnowledgeService


def _last(shipped: KnowledgeService, *questions: str) -> tuple[object, Turn | None]:
    turn: Turn | None = None
    outcome: object = None
    for question in questions:
        reply = shipped.matcher.respond(question, turn)
        outcome, turn = reply.outcome, reply.turn
    return outcome, turn


def test_a_question_of_what_was_done_does_not_take_over_when(shipped: KnowledgeService) -> None:
    outcome, turn = _last(shipped, "who visited japan", "when?", "what did he sign?")
    assert turn is not None
    assert Intent.WHEN not in turn.query.intents
    assert isinstance(outcome, Answer), explain(outcome)
    # Something of the visit, never the year CEPA came into effect.
    assert outcome.best.fact.fact.id != "cepa_year"
    assert "visit" in outcome.best.fact.fact.answer


def test_a_bare_follow_up_still_takes_over_when(shipped: KnowledgeService) -> None:
    _outcome, turn = _last(shipped, "when was the aagc set up", "and the ijicp?")
    assert turn is not None
    assert Intent.WHEN in turn.query.intents


def test_what_an_unanswered_follow_up_asked_is_asked_of_the_next_partner(shipped: KnowledgeService) -> None:
    # "india's share?" got no answer; "and japan's?" asks Japan's share, which the total does not give.
    outcome, turn = _last(shipped, "bilateral trade fy24", "india's share?", "and japan's?")
    assert turn is not None
    assert "share" in turn.query.own_units
    # Not the total, which gives no share of anyone's.
    assert not isinstance(outcome, Answer) or outcome.best.fact.fact.id != "bilateral_trade_total"


def test_an_answered_follow_ups_words_are_no_longer_asked(shipped: KnowledgeService) -> None:
    _outcome, turn = _last(shipped, "when was the aagc set up", "what was its aim?", "and the ijicp?")
    assert turn is not None
    assert "aim" not in turn.query.own_units


def test_a_host_receives_the_visit(shipped: KnowledgeService) -> None:
    from bot.core.answering.outcomes import Correction

    # India's PM visited Japan: Japan hosted him, India hosted no one.
    assert isinstance(shipped.matcher.ask("did japan host india's PM"), Answer)
    assert isinstance(shipped.matcher.ask("did india host the japanese PM?"), Correction)


def test_host_is_a_visit_only_as_a_verb(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    assert [r.relation for r in matcher.read("did india host the japanese PM?").roles] == ["visit"]
    # After a determiner the word names a thing; alone after an exercise it asks who held it.
    assert not matcher.read("who was the host of MILAN in india").roles
    outcome, _turn = _last(shipped, "MILAN exercise", "host?")
    assert not isinstance(outcome, Answer) or "visit" not in outcome.best.fact.fact.answer


def test_one_partner_after_the_other_takes_its_place_beside_a_named_thing(shipped: KnowledgeService) -> None:
    # "and japan?" after "has India signed the NPT?" asks it of Japan, not of India and Japan together.
    _outcome, turn = _last(shipped, "has india signed NPT?", "and japan?")
    assert turn is not None
    assert turn.query.contrast == ("Japan",)
    assert turn.query.subject_partner == "Japan"


def test_a_third_country_after_a_named_thing_is_asked_with_it(shipped: KnowledgeService) -> None:
    # "and the US?" after SCRI asks of the US with SCRI (the material names Australia there).
    _outcome, turn = _last(shipped, "who is in scri with india and japan", "and the US?")
    assert turn is not None
    assert "SCRI" in [u.label for u in turn.query.units]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Chat spellings of Hinglish verbs ("krta h" for "karta hai") are function words like their full forms.
        ("japan se kya import krte hum", "india_imports_from_japan"),
        ("g4 kya krta h", "g4_unsc_reform"),
        # Words cut short ("decl", "semicon").
        ("sec coop joint decl yr", "security_declaration_2025"),
        ("semicon wala initiative kaunsa", "economic_security_sectors"),
        # Hindi words of changing into something and of coordinating.
        ("भारत जापान संबंध को विशेष रणनीतिक और वैश्विक साझेदारी में कब बदला गया?", "ssgp_2014"),
        ("क्वाड में भारत-जापान किन मुद्दों पर समन्वय करते हैं?", "quad"),
    ],
)
def test_chat_spellings_and_hindi_words_are_read(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.best.fact.fact.id == fact_id


@pytest.mark.parametrize(
    ("question", "relation"),
    [
        ("Did the Japanese PM visit India?", True),
        ("did japan visit india", True),
        # A noun: no place right after it.
        ("what outcomes did the PM's visit to Japan deliver", False),
        ("what did india and japan sign when the pm visit happened", False),
    ],
)
def test_visit_is_the_relation_only_with_the_place_right_after_it(
    shipped: KnowledgeService, question: str, relation: bool
) -> None:
    roles = shipped.matcher.read(question).roles
    assert any(r.relation == "visit" for r in roles) is relation


def test_a_visit_the_other_way_round_is_corrected(shipped: KnowledgeService) -> None:
    from bot.core.answering.outcomes import Correction

    assert isinstance(shipped.matcher.ask("Did the Japanese PM visit India?"), Correction)
    assert isinstance(shipped.matcher.ask("did the indian pm visit japan"), Answer)


@pytest.mark.parametrize("thing", ["the AI initiative", "MILAN", "the NPT", "the SMEs forum"])
def test_ke_baare_me_batao_asks_what_a_thing_is(shipped: KnowledgeService, thing: str) -> None:
    # The material only names these: "tell me about" one gets the honest partial answer, in Hinglish too.
    from bot.core.answering.outcomes import Partial

    assert isinstance(shipped.matcher.ask(f"{thing} ke baare me batao"), Partial)
    assert "definition" in shipped.matcher.read(f"{thing} ke bare me batao").attributes


@pytest.mark.parametrize(
    ("first", "fact_id"),
    [
        # A fact that says why ("because India has not signed the NPT") answers a bare "why?".
        ("what does japan restrict for india", "npt_concern"),
        # A thing's aim answers it too.
        ("AAGC kab bana", "aagc_aim"),
    ],
)
def test_a_bare_why_asks_a_reason_or_an_aim(shipped: KnowledgeService, first: str, fact_id: str) -> None:
    outcome, turn = _last(shipped, first, "why?")
    assert turn is not None
    assert "reason" in turn.query.attributes
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.best.fact.fact.id == fact_id


def test_a_kind_of_programme_after_another_takes_its_place(shipped: KnowledgeService) -> None:
    # "and the forum?" after the Act East Policy asks about the Act East Forum, not a forum of the policy.
    outcome, turn = _last(shipped, "act east policy kya hai", "and the forum?")
    assert turn is not None
    assert "polici" not in [u.label for u in turn.query.units]
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.best.fact.fact.id == "act_east_forum"


def test_since_before_a_year_is_a_time_not_a_reason(shipped: KnowledgeService) -> None:
    # "in force since 2011" says when, not why: "why?" after CEPA's year is no answer of the economic overview.
    profiles, position = shipped.matcher.index.profiles, shipped.matcher.base.position_of
    assert "reason" not in profiles[position("economic_cooperation_overview")].gives
    assert "reason" in profiles[position("npt_concern")].gives
    outcome, _turn = _last(shipped, "when did cepa come into effect", "why?")
    assert not isinstance(outcome, Answer), explain(outcome)


def test_the_visit_is_the_setting_of_a_follow_up_asking_a_thing_of_its_own(shipped: KnowledgeService) -> None:
    # "what were the outcomes?" after "did the PM visit Japan?": all of them, not the one fact naming the visit.
    outcome, _turn = _last(shipped, "did the PM visit Japan?", "what were the outcomes?")
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.best.fact.fact.id == "key_outcomes_overview"
    # The items of an export asked next are still that export's.
    outcome, _turn = _last(shipped, "what does japan export to india", "what are the main items?")
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.best.fact.fact.id == "india_imports_from_japan"


def test_a_negated_reversed_claim_is_corrected_as_its_positive(shipped: KnowledgeService) -> None:
    from bot.core.answering.outcomes import Correction

    assert isinstance(shipped.matcher.ask("doesn't India restrict nuclear tech to Japan?"), Correction)
