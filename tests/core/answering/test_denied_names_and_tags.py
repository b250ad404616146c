"""Denials of a name the material gives another in place of, and Hindi tags after the copula.

"SCRI with South Africa nahi hai na?" denies what the material never says (its SCRI is India, Japan and Australia),
yet was answered "The study material says otherwise"; "SCRI me china nahi hai na?" was corrected the same way. "SCRI
south africa ke saath hai nahi?" ends on a tag ("isn't it?"), not a denial, and is corrected.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction, Decline, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("question", "denied", "given"),
    [
        ("SCRI with South Africa nahi hai na?", "South Africa", "Australia"),
        # Japan's approach to China names China too, but is about another thing than SCRI.
        ("SCRI me china nahi hai na?", "China", "Australia"),
        ("AAGC latin america ke liye nahi hai na?", "Latin America", "Africa"),
        ("the SCRI isn't between india, japan and south africa?", "South Africa", "Australia"),
    ],
)
def test_a_denied_name_the_fact_gives_another_in_place_of_is_confirmed(
    shipped: KnowledgeService, question: str, denied: str, given: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == f"Right, not {denied}: the material gives {given}."


@pytest.mark.parametrize(
    "question",
    [
        # Another fact on the same thing gives the denied name, or the claim names another thing instead.
        "Act east forum northeast ke liye nahi hai na?",
        "Dharma Guardian is not a India-Japan exercise right?",
        "IJICP was not launched with japan but with the US right?",
        # A second thing of the fact named beside the denied one: the denial is of what the fact gives.
        "the AAGC isn't about Africa but South America right?",
    ],
)
def test_a_denial_another_fact_or_the_claim_itself_names_is_not_confirmed(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = last_reply(shipped, question)
    assert not (isinstance(outcome, Answer) and outcome.note.startswith("Right, not")), outcome


@pytest.mark.parametrize(
    "question",
    [
        "SCRI south africa ke saath hai nahi?",
        "CEPA 2014 me aaya tha nahi?",
        "SCRI doesn't have australia, it is india japan and the US right?",
    ],
)
def test_a_claim_ending_on_a_tag_or_naming_the_facts_own_name_is_corrected(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome


@pytest.mark.parametrize(
    ("question", "agent", "target"),
    [
        ("india japan ko 6 billion se zyada export karta hai?", "India", "Japan"),
        ("japan india ko 10 billion se kam export karta hai?", "Japan", "India"),
    ],
)
def test_a_bound_between_the_names_and_the_relation_keeps_the_roles(
    shipped: KnowledgeService, question: str, agent: str, target: str
) -> None:
    roles = shipped.matcher.read(question).roles
    assert any(r.relation == "export" and (r.agent, r.target) == (agent, target) for r in roles), roles


def test_a_bound_on_the_worked_way_is_set_against_the_worked_sum(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "india japan ko 6 billion se zyada export karta hai?")
    assert isinstance(outcome, Partial), outcome
    assert outcome.worked_sum == pytest.approx(5.16)
    assert outcome.worked.endswith("which is not more than 6.")


@pytest.mark.parametrize(
    "question",
    [
        "AAGC 2017 mein India-Japan ne Asia ke development ke liye banaya na?",
        "AAGC 2017 me India Japan ne Asia ke development ke liye banaya, right?",
    ],
)
def test_a_statement_tagged_to_be_confirmed_is_not_confirmed_by_a_fact_covering_part_of_it(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = last_reply(shipped, question)
    assert not isinstance(outcome, Answer), outcome


def test_a_statement_tagged_to_be_confirmed_that_a_fact_wholly_covers_is_confirmed(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "AAGC 2017 me bana tha na?")
    assert isinstance(outcome, Answer), outcome
    assert "2017" in outcome.best.fact.fact.answer


@pytest.mark.parametrize("doubt", ["100% sure?", "are you 100% sure?", "100 percent sure?", "ekdum pakka?"])
def test_how_sure_a_doubt_asks_to_be_is_no_figure_claimed(shipped: KnowledgeService, doubt: str) -> None:
    outcome = last_reply(shipped, "When was the partnership upgraded?", doubt)
    assert isinstance(outcome, Answer), outcome
    assert "2014" in outcome.best.fact.fact.answer


@pytest.mark.parametrize("question", ["did india sign?", "has india signed?"])
def test_whether_a_partner_did_an_act_that_needs_an_object_is_asked_back_with_nothing_before(
    shipped: KnowledgeService, question: str
) -> None:
    assert isinstance(last_reply(shipped, question), Clarify)


def test_the_same_act_after_a_subject_is_asked_of_it(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is japan's concern about the npt", "did india sign?")
    assert isinstance(outcome, Correction), outcome
    assert "NPT" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("India's primary imports from Japan include organic chemicals?", "india_exports_to_japan"),
        ("Is organic chemicals among India's primary imports from Japan?", "india_exports_to_japan"),
        ("india's primary exports to japan include copper?", "india_imports_from_japan"),
    ],
)
def test_an_item_of_the_other_ways_list_worded_as_the_asked_way_is_corrected(
    shipped: KnowledgeService, question: str, fact: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == fact


def test_items_of_both_ways_claimed_as_one_are_not_turned_round(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "Is India's main import from Japan organic chemicals and copper?")
    assert not isinstance(outcome, (Answer, Correction)), outcome


def test_a_misspelt_relation_word_names_the_relation_as_the_written_one_does(shipped: KnowledgeService) -> None:
    written = shipped.matcher.read("india exports copper to japn?")
    misspelt = shipped.matcher.read("india exprts copper to japn?")
    assert [u.alternatives for u in misspelt.units] == [u.alternatives for u in written.units]
    outcome = last_reply(shipped, "india exprts copper to japn?")
    assert not isinstance(outcome, Answer), outcome


@pytest.mark.parametrize("question", ["hum japan ko kitna export karte hai", "what do we export to japan?"])
def test_the_members_own_country_is_a_side_of_the_relation(shipped: KnowledgeService, question: str) -> None:
    roles = shipped.matcher.read(question).roles
    assert any(r.relation == "export" and (r.agent, r.target) == ("India", "Japan") for r in roles), roles


def test_we_after_the_partners_other_way_asks_our_way(shipped: KnowledgeService) -> None:
    turns = ("india japan ka trade kitna hai", "aur japan kitna bhejta hai?", "hum kitna bhejte hai?")
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Partial), outcome
    assert outcome.worked_sum == pytest.approx(5.16)


@pytest.mark.parametrize(
    "turns",
    [
        ("which chandrayaan is with japan?", "and with the US?"),
        ("Japan ke saath kaunsa Chandrayaan?", "aur US ke saath?"),
        ("what does india export to japan?", "and to china?"),
    ],
)
def test_a_country_put_in_the_earlier_countrys_place_asks_the_earlier_question_of_it(
    shipped: KnowledgeService, turns: tuple[str, str]
) -> None:
    outcome = last_reply(shipped, *turns)
    assert not isinstance(outcome, Answer | Correction), outcome


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # "hume" (to us) and "our" before a region say to whom or whose, not who does it.
        ("japan hume kya bhejta hai?", "india_imports_from_japan"),
        ("japan humein kitna export karta hai?", "japan_exports_to_india"),
        ("does the act east forum help our northeast?", "act_east_forum"),
        ("we are from gujarat, which prefecture are we paired with?", "gujarat_shizuoka"),
    ],
)
def test_we_only_as_the_doer_or_the_owner_of_a_relation_is_the_home_country(
    shipped: KnowledgeService, question: str, fact: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact


@pytest.mark.parametrize("question", ["India NPT ka signatory hai nahi", "CEPA 2014 me aaya tha nahi."])
def test_nahi_after_the_copula_without_a_question_mark_denies(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(last_reply(shipped, question), Correction)


def test_a_degree_not_before_a_doubt_is_part_of_the_claim(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what share of trade is japan's exports?", "isn't it 100 percent?")
    assert not (isinstance(outcome, Answer) and outcome.note), outcome


def test_a_country_added_beside_the_pair_is_no_partner_replaced(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "India-Japan trilateral cooperation with african countries?", "and with australia?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "scri"


@pytest.mark.parametrize("question", ["was SCRI set up in 2020?", "SCRI 2020 me bana tha na?"])
def test_a_year_claimed_of_a_thing_the_material_never_dates_gets_what_it_says(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert "2020" in outcome.missing


def test_a_partner_owning_a_thing_of_the_follow_up_is_no_partner_set_against_the_earlier_one(
    shipped: KnowledgeService,
) -> None:
    outcome = last_reply(shipped, "IJICP 2021 mein launch hua na?", "aur ye japan ki competitiveness ke liye hai?")
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "ijicp_aim"


def test_our_in_hindi_is_a_function_word_and_our_export_is_indias(shipped: KnowledgeService) -> None:
    first = last_reply(shipped, "Japan ke saath humara trade kitna hai?")
    assert isinstance(first, Answer), first
    assert first.best.fact.fact.id == "bilateral_trade_total"
    outcome = last_reply(shipped, "humara export japan ko kitna hai")
    assert isinstance(outcome, Partial), outcome
    assert outcome.worked_sum == pytest.approx(5.16)


@pytest.mark.parametrize(
    ("turns", "heading"),
    [
        (("MAHSR kya hai?", "kis pillar mein?"), "Development Cooperation"),
        (("2+2 dialogue kis ke beech hota hai?", "kis pillar mein?"), "Security Cooperation"),
    ],
)
def test_a_heading_asked_of_nothing_named_is_asked_of_the_thing_before(
    shipped: KnowledgeService, turns: tuple[str, str], heading: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert heading in outcome.note


@pytest.mark.parametrize("question", ["kis pillar mein?", "which pillars?", "kaunse pillars hain?"])
def test_a_heading_asked_of_nothing_with_nothing_before_gets_the_pillars(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert "three pillars" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "question", ["kya australia SCRI ka hissa hai?", "IPR CEPA ka hissa hai?", "MALABAR me kaun kaun hissa lete hain?"]
)
def test_hissa_as_a_part_asks_no_percentage(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert not (isinstance(outcome, Partial) and "percentage" in outcome.missing), outcome


def test_a_member_part_of_a_thing_in_hindi_is_confirmed(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "kya australia SCRI ka hissa hai?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "scri"


@pytest.mark.parametrize(
    ("turns", "fact"),
    [
        (("india japan se kya kya kharidta hai?", "aur japan india se?"), "india_exports_to_japan"),
        (("india japan ko kya bechta hai?", "aur japan india ko?"), "india_imports_from_japan"),
        (("what does india buy from japan?", "and japan from india?"), "india_exports_to_japan"),
        (("what does japan export to india?", "and india to japan?"), "india_exports_to_japan"),
    ],
)
def test_sides_marked_in_a_follow_up_are_read_against_the_earlier_relation(
    shipped: KnowledgeService, turns: tuple[str, str], fact: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact


@pytest.mark.parametrize(
    ("question", "note"),
    [
        ("SSGP ko 2025 tak kitne saal?", "11 years before 2025"),
        ("CEPA ko 2025 me kitne saal ho gaye?", "14 years before 2025"),
    ],
)
def test_an_age_asked_in_hindi_order_is_worked_out(shipped: KnowledgeService, question: str, note: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert note in outcome.note


@pytest.mark.parametrize(
    "question", ["Bilateral trade me Japan ka share kitna hai?", "trade me japan ka hissa kitna hai?"]
)
def test_a_share_asked_in_hindi_asks_a_percentage_the_total_does_not_give(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert "percentage" in outcome.missing


@pytest.mark.parametrize(
    "turns",
    [("trade kitna hai?", "aur China ke saath?"), ("when did cepa come into effect?", "and with china?")],
)
def test_a_country_asked_with_after_a_question_naming_none_takes_the_partners_place(
    shipped: KnowledgeService, turns: tuple[str, str]
) -> None:
    outcome = last_reply(shipped, *turns)
    assert not isinstance(outcome, Answer | Correction), outcome


@pytest.mark.parametrize("question", ["17.69 aur 22.85 ka difference?", "22.85 aur 17.69 me kitna difference hai"])
def test_a_difference_asked_in_hindi_order_is_worked_out(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert "US$ 5.16 billion" in outcome.note


def test_whose_asks_and_another_pairs_thing_asked_of_is_not_corrected(shipped: KnowledgeService) -> None:
    assert not shipped.matcher.read("2+2 dialogue kiske beech hai?").yes_no
    assert not isinstance(last_reply(shipped, "India-Russia 2+2 dialogue kiske beech hai?"), Correction)


def test_an_unanswered_addition_is_not_the_subject_of_the_next_follow_up(shipped: KnowledgeService) -> None:
    turns = ("Next-Generation Mobility Partnership mein kya hai?", "shipping bhi?", "focus kis pe hai?")
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert "Mobility" in outcome.best.fact.fact.answer


def test_the_other_partner_too_claims_it_of_that_partner_alone(shipped: KnowledgeService) -> None:
    # Japan's approach, which the earlier answer gave, says nothing of India: not confirmed.
    outcome = last_reply(shipped, "Japan kis alliance system mein hai?", "India bhi usme hai na?")
    assert not isinstance(outcome, Answer), outcome
    india = last_reply(shipped, "which alliance system does japan rely on?", "and india?")
    assert isinstance(india, Answer), india
    assert "non-aligned" in india.best.fact.fact.answer


def test_a_thing_named_after_an_unanswered_addition_takes_its_place(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "CEPA kya cover karta hai?", "government procurement bhi?", "IPR?")
    assert isinstance(outcome, Answer), outcome
    assert "IPR" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "question", ["is nuclear reactor an import or an export of india?", "nuclear reactor import hai ya export?"]
)
def test_a_way_offered_with_an_article_after_or_is_both_ways(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert {m.fact.fact.id for m in outcome.matches} == {"india_imports_from_japan", "india_exports_to_japan"}


@pytest.mark.parametrize("question", ["Dharma Guardian multilateral?", "MALABAR bilateral?"])
def test_a_name_and_a_kind_of_its_set_claim_the_kind(shipped: KnowledgeService, question: str) -> None:
    assert shipped.matcher.read(question).yes_no
    assert isinstance(last_reply(shipped, question), Correction)


def test_a_name_and_its_own_kind_is_confirmed(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "JIMEX bilateral?")
    assert isinstance(outcome, Answer), outcome
    assert "JIMEX" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("which prefecture is kerala paired with?", "Kerala"),
        ("Is Bihar paired with a Japanese prefecture?", "Bihar"),
        ("which state is paired with tokyo", "Tokyo"),
    ],
)
def test_an_unknown_member_of_a_kind_the_material_lists_gets_the_list(
    shipped: KnowledgeService, question: str, name: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert name in outcome.missing
    assert "Four state-prefecture partnerships" in outcome.related[0].fact.fact.answer


def test_an_unknown_country_beside_the_partners_is_still_declined(shipped: KnowledgeService) -> None:
    assert isinstance(last_reply(shipped, "when did the CEPA with Korea come into effect?"), Decline)


@pytest.mark.parametrize(
    ("turns", "fact"),
    [
        (("what does india export to japan?", "what does the act east forum do for india?"), "act_east_forum"),
        (
            ("india japan se kya kya kharidta hai?", "aur japan india se?", "aur india japan se?"),
            "india_imports_from_japan",
        ),
        (
            ("what does india buy from japan?", "and japan from india?", "and india from japan?"),
            "india_imports_from_japan",
        ),
    ],
)
def test_the_earlier_relations_sides_are_read_only_in_a_follow_up_of_sides(
    shipped: KnowledgeService, turns: tuple[str, ...], fact: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact


def test_a_year_gap_asked_in_hindi_is_no_difference_of_things(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "CEPA aur IJICP ke saal ka difference kitna hai?")
    assert isinstance(outcome, Answer), outcome
    assert "10 years" in outcome.note


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("India Japan ko 5.16 billion export karta hai na?", "as said."),
        ("india exports 5.16 billion to japan, right?", "as said."),
        ("India Japan ko 6 billion export karta hai na?", "not 6."),
    ],
)
def test_a_figure_claimed_of_the_worked_way_is_set_against_the_worked_sum(
    shipped: KnowledgeService, question: str, said: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert outcome.worked.endswith(said)


@pytest.mark.parametrize(
    "question", ["india exports to japan in 2024-25 was 6 billion right?", "india ka export 2024-25 me 5.16 tha na?"]
)
def test_a_figure_claimed_for_another_period_is_not_worked_out(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert not (isinstance(outcome, Partial) and outcome.worked), outcome


def test_the_other_ways_own_figure_claimed_is_corrected(shipped: KnowledgeService) -> None:
    assert isinstance(last_reply(shipped, "india exported 17.69 billion to japan?"), Correction)


@pytest.mark.parametrize(
    "turns",
    [
        ("Japan ne India ko nuclear reactors export kiye?", "India ne bhi?"),
        ("does japan export vehicles to india?", "india too?"),
    ],
)
def test_the_other_partner_too_does_it_to_the_first(shipped: KnowledgeService, turns: tuple[str, str]) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "india_exports_to_japan"


@pytest.mark.parametrize(
    ("question", "note"),
    [("CEPA se 2015 pacts tak kitne saal?", "4 years"), ("CEPA se AAGC tak kitne saal hue?", "6 years")],
)
def test_a_year_gap_from_one_thing_to_another_in_hindi_is_worked_out(
    shipped: KnowledgeService, question: str, note: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert note in outcome.note
