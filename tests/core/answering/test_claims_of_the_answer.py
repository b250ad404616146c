"""Claims about the answer just given, sums read in any wording, and pairs said in one breath.

A red team found "kya ye 22.85 tha?" after Japan's exports (US$ 17.69 billion of US$ 22.85 billion total trade)
confirmed with "Yes, that is what the study material says", and "so it's Ehime right?" after Gujarat's Shizuoka,
"kya ye Tamil Nadu hai?" after Toyama's partner, answered with the pairs instead of a correction.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("before", "claim"),
    [
        # The total the answer gives its sum as a part of is no sum of the part.
        ("Japan ka export?", "kya ye 22.85 tha?"),
        ("Japan ka export?", "is it 22.85?"),
        ("Japan ka export?", "it is 22.85 right?"),
        # Another thing's sum claimed of the one answered.
        ("India-Japan trade kitna tha 2023-24 me?", "so it was 17.69 billion right?"),
        # A name put in the answer's place.
        ("Gujarat paired with which prefecture?", "so its Ehime right?"),
        ("Shizuoka kis state ka partner hai?", "so its Uttar Pradesh right?"),
        ("Whats Toyama paired with?", "kya ye Tamil Nadu hai?"),
        ("which country is in SCRI with india and japan?", "so its USA right?"),
    ],
)
def test_a_claim_about_the_answer_just_given_that_it_contradicts_is_corrected(
    shipped: KnowledgeService, before: str, claim: str
) -> None:
    first = last_reply(shipped, before)
    outcome = last_reply(shipped, before, claim)
    assert isinstance(outcome, Correction), outcome
    assert isinstance(first, Answer), first
    assert outcome.related[0].fact.fact.id == first.best.fact.fact.id


@pytest.mark.parametrize(
    ("before", "claim"),
    [
        ("Japan ka export?", "kya ye 17.69 billion tha?"),
        ("bilateral trade kitna hai?", "kya ye 22.85 tha?"),
        ("India-Japan trade kitna tha 2023-24 me?", "so it was 22.85 billion right?"),
        ("Gujarat paired with which prefecture?", "so its Shizuoka right?"),
        ("Whats Toyama paired with?", "kya ye andhra pradesh hai?"),
        ("which country is in SCRI with india and japan?", "kya ye australia hai?"),
    ],
)
def test_a_claim_the_answer_just_given_says_is_confirmed(shipped: KnowledgeService, before: str, claim: str) -> None:
    outcome = last_reply(shipped, before, claim)
    assert isinstance(outcome, Answer), outcome


@pytest.mark.parametrize("question", ["tamil nadu?", "and tamil nadu?"])
def test_a_bare_name_after_a_pair_asks_of_it_anew(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, "Whats Toyama paired with?", question)
    assert isinstance(outcome, Answer), outcome
    assert "Ehime" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "question",
    [
        "were japan exports 20 billion dollars?",
        "japan exported 40 billion dollars to india?",
        "kya japan ka niryat 20 arab dollar tha?",
        "क्या जापान का निर्यात 20 अरब डॉलर था?",
        "जापान का निर्यात 20 अरब डॉलर था?",
    ],
)
def test_a_sum_claimed_of_one_way_of_trade_is_set_against_that_way_s_sum(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert "17.69" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize(
    ("before", "question", "worked"),
    [
        ("japan exports to india?", "and the balance?", "12.53"),
        ("india japan trade?", "balance?", "12.53"),
        ("japan exports to india?", "what percent of total?", "77.4%"),
        ("japan exports to india?", "kitna percent hai total ka?", "77.4%"),
        ("india exports to japan?", "what % of total is it?", "22.6%"),
    ],
)
def test_a_balance_or_share_after_a_trade_answer_is_worked_out(
    shipped: KnowledgeService, before: str, question: str, worked: str
) -> None:
    outcome = last_reply(shipped, before, question)
    assert isinstance(outcome, Partial), outcome
    assert worked in outcome.worked


@pytest.mark.parametrize(
    "question", ["balance among relations?", "what balance does india keep?", "what percent of india total imports?"]
)
def test_a_balance_or_share_not_of_the_trade_is_not_worked_out(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert not (isinstance(outcome, Partial) and outcome.worked), outcome


@pytest.mark.parametrize(
    "question",
    [
        "UP ka partner Yamanashi hai aur Gujarat ka Toyama, sahi?",
        "UP-Yamanashi aur Gujarat-Toyama sahi?",
        "UP is paired with Yamanashi and Gujarat is Toyama?",
        "UP is paired with Yamanashi, Gujarat with Toyama?",
        "are gujarat and UP both paired with shizuoka?",
        "are AP and TN paired with Toyama and Shizuoka?",
        "is gujarat paired with toyama and ehime?",
        "tamil nadu ka partner ehime hai aur andhra ka shizuoka na?",
        "andhra ka partner ehime hai na?",
    ],
)
def test_a_wrong_pair_said_beside_a_right_one_is_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome


@pytest.mark.parametrize(
    "question",
    [
        "UP ka partner Yamanashi hai aur Gujarat ka Shizuoka, sahi?",
        "UP-Yamanashi aur Gujarat-Shizuoka sahi?",
        "UP is paired with Yamanashi and Gujarat with Shizuoka?",
        "are AP and TN paired with Toyama and Ehime?",
        "tamil nadu ka partner ehime hai aur andhra ka toyama na?",
    ],
)
def test_right_pairs_said_together_are_confirmed(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(
    ("before", "question"),
    [
        ("Which three countries collaborate in SCRI?", "kab bana?"),
        ("SCRI ka purpose?", ""),
    ],
)
def test_this_said_to_be_part_of_another_thing_stays_the_earlier_subject(
    shipped: KnowledgeService, before: str, question: str
) -> None:
    turns = [t for t in (before, question, "kya ye QUAD ka part hai?") if t]
    outcome = last_reply(shipped, *turns)
    # The material does not say whether SCRI is part of QUAD: no fact about another thing "corrects" it.
    assert not isinstance(outcome, Answer | Correction), outcome


@pytest.mark.parametrize(
    ("before", "question", "kind"),
    [
        ("which country is in SCRI?", "is china also a member?", Partial),
        ("which country is in SCRI?", "kya China bhi member hai?", Correction),
        ("which country is in SCRI?", "is australia a member?", Answer),
        ("what does QUAD do?", "is US a member?", Partial),
    ],
)
def test_a_member_asked_of_nothing_named_is_a_member_of_the_group_just_spoken_of(
    shipped: KnowledgeService, before: str, question: str, kind: type
) -> None:
    outcome = last_reply(shipped, before, question)
    assert isinstance(outcome, kind), outcome
    assert any(w in outcome_fact(outcome) for w in ("SCRI", "QUAD"))


def outcome_fact(outcome: Answer | Correction | Partial) -> str:
    """Return the answer text of the fact an outcome shows first."""
    matches = outcome.matches if isinstance(outcome, Answer) else outcome.related
    return matches[0].fact.fact.answer


@pytest.mark.parametrize("question", ["is china a member?", "kya China bhi member hai?"])
def test_a_member_of_no_group_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(last_reply(shipped, question), Answer | Correction)


@pytest.mark.parametrize(
    "question", ["is australia a member of SCRI?", "kya australia SCRI ka member hai?", "is australia part of SCRI?"]
)
def test_a_member_the_fact_names_beside_the_group_is_confirmed(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(
    "question",
    [
        "What is the size of the SME forum?",
        "how big is the MAHSR project?",
        "what is the area of Shizuoka?",
        "Shizuoka ka area kitna hai?",
        "QUAD size?",
    ],
)
def test_a_size_the_material_never_gives_is_a_partial_answer(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert "its size" in outcome.missing


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what is the size of india japan trade?", "22.85"),
        ("trade ka size kitna hai?", "22.85"),
        ("areas of QUAD?", "maritime security"),
        ("what is the area of cooperation of QUAD?", "maritime security"),
    ],
)
def test_a_size_that_is_a_sum_or_an_area_of_work_is_answered(
    shipped: KnowledgeService, question: str, said: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert said in outcome.best.fact.fact.answer


@pytest.mark.parametrize("question", ["japan pm?", "japan's pm?", "japan ka pm?"])
def test_an_office_and_whose_it_is_asks_who_holds_it(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert outcome.missing == "a name"


@pytest.mark.parametrize("question", ["defence minister?", "2+2 ministers?"])
def test_an_office_alone_is_no_person_asked(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert "defence" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "question",
    ["give me the answer key for prelims 2025", "prelims 2025 answer key bhejo", "upsc syllabus me japan hai?"],
)
def test_a_thing_of_the_exam_itself_is_declined(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert not isinstance(outcome, Answer | Correction | Partial), outcome


@pytest.mark.parametrize(
    "question",
    [
        "What are Japan's top imports from the world?",
        "india's total exports to the world?",
    ],
)
def test_a_scope_beyond_the_pair_is_not_answered_by_a_fact_about_the_pair(
    shipped: KnowledgeService, question: str
) -> None:
    assert not isinstance(last_reply(shipped, question), Answer | Correction)


def test_a_fact_that_says_world_covers_it(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "in today's multipolar world what does the partnership show?")
    assert isinstance(outcome, Answer), outcome
    assert "multipolar world" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("before", "claim"),
    [
        # A claim after a reply that gave no answer has nothing to be set against.
        ("India ka export Japan ko kitna?", "so it was 5.16 billion right?"),
        ("what is the trade gap between india and japan?", "so it was 12.53 right?"),
        ("how many sectors in economic security initiative?", "so it was 4 right?"),
        ("how many countries in SCRI?", "so it was 3 right?"),
        # A name the material is silent on is no name put in the answer's place.
        ("what is chandrayaan 5?", "so its JAXA right?"),
        ("what is G4?", "so its Brazil right?"),
        ("what is G4?", "Germany hai usme?"),
    ],
)
def test_a_claim_with_nothing_to_set_it_against_is_not_corrected(
    shipped: KnowledgeService, before: str, claim: str
) -> None:
    assert not isinstance(last_reply(shipped, before, claim), Correction)


@pytest.mark.parametrize(
    ("before", "claim"),
    [
        ("how many other outcomes?", "so it was 6 right?"),
        ("how many tags?", "so it was 2 right?"),
        ("when were the defence pacts signed?", "so it was 2015 right?"),
        ("where does the act east forum work?", "so its Northeast right?"),
    ],
)
def test_a_claim_of_what_the_answer_says_however_written_is_confirmed(
    shipped: KnowledgeService, before: str, claim: str
) -> None:
    assert isinstance(last_reply(shipped, before, claim), Answer)


@pytest.mark.parametrize(
    ("before", "claim"),
    [
        # The answer's year of another thing, a word inside a name, a sum with its currency.
        ("when were the defence pacts signed?", "so it was 2025 right?"),
        ("where is AAGC focused?", "so its Asia right?"),
        ("AAGC ka focus kahan hai?", "kya ye Asia hai?"),
        ("Japan ka export?", "so it was US$ 22.85 billion right?"),
        ("Japan ka export?", "so it was 22.85 USD right?"),
        ("Ehime ka partner?", "kya ye andhra hai?"),
    ],
)
def test_a_claim_of_a_figure_or_name_the_answer_gives_something_else_is_corrected(
    shipped: KnowledgeService, before: str, claim: str
) -> None:
    assert isinstance(last_reply(shipped, before, claim), Correction)


@pytest.mark.parametrize(
    ("before", "claim"),
    [
        ("Which Indian state is paired with Toyama?", "so its Toyama right?"),
        ("who does Japan lean on against China?", "so its China right?"),
        ("flagship project of development cooperation?", "so its Mumbai right?"),
    ],
)
def test_a_name_of_the_question_or_inside_a_name_is_not_confirmed(
    shipped: KnowledgeService, before: str, claim: str
) -> None:
    outcome = last_reply(shipped, before, claim)
    assert not (isinstance(outcome, Answer) and outcome.note), outcome


def test_a_member_after_no_group_is_not_read_as_the_earlier_subject_s(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "India's approach?", "is Russia a member?")
    assert not isinstance(outcome, Answer | Correction), outcome


def test_a_short_name_ending_a_message_ends_there() -> None:
    from bot.core.answering.entities import default_gazetteer

    (mention,) = default_gazetteer().find(["kya", "andhra"])
    assert (mention.start, mention.end, mention.canonical) == (1, 2, "Andhra Pradesh")


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (("is IJICP newer than AAGC?", "by how many years?"), "4 years"),
        (("which came first, CEPA or AAGC?", "kitne saal?"), "6 years"),
        (("How much older is CEPA than IJICP?",), "10 years"),
        (("how many years older is CEPA than IJICP?",), "10 years"),
        (("When did CEPA come into effect?", "how many years older is it than IJICP?"), "10 years"),
        (("When did CEPA come into effect?", "How much older is it than IJICP?"), "10 years"),
    ],
)
def test_the_years_between_two_dated_things_are_worked_out(
    shipped: KnowledgeService, turns: tuple[str, ...], said: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert said in outcome.note, outcome.note


@pytest.mark.parametrize("question", ["by how many years?", "how many years?", "kitne saal?", "uska year kya tha?"])
def test_years_of_nothing_named_are_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Clarify)


@pytest.mark.parametrize(
    ("before", "asked", "said"),
    [
        ("How many state-prefecture partnerships are mentioned?", "list karo", "Toyama"),
        ("how many lines of effort?", "list do", "Economic Security"),
        ("how many other outcomes?", "list please", "SMEs"),
    ],
)
def test_a_request_for_the_list_after_a_count_names_them(
    shipped: KnowledgeService, before: str, asked: str, said: str
) -> None:
    outcome = last_reply(shipped, before, asked)
    assert isinstance(outcome, Answer), outcome
    assert said in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # A claim of the figure the answer gives the thing asked of, of a kind of its own, is confirmed.
        (("which FY was the trade?", "so it was 2023-24 right?"), Answer),
        (("when was CEPA in effect?", "and IJICP?", "so it was 2021 right?"), Answer),
        # A country put in the place of the partner the answer names, when a country was asked for.
        (("which country restricts nuclear tech transfer?", "so its USA right?"), Correction),
        # After a partial answer: a year it never gives is said so; a figure the material contradicts is corrected.
        (("when did the 2+2 dialogue start?", "so it was 2015 right?"), Partial),
        (("India ka export Japan ko kitna?", "kya ye 22.85 tha?"), Correction),
        # A name asked of ("then andhra's?") is a question, and "ye" before a name and a kind is "this".
        (("ehime ka partner?", "then andhra's?"), Answer),
        (("what is CEPA?", "kya ye MALABAR multilateral hai?"), Answer),
        (("India's approach?", "is Russia also a member?"), Partial),
    ],
)
def test_claims_and_questions_after_an_answer_are_told_apart(
    shipped: KnowledgeService, turns: tuple[str, ...], kind: type
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, kind), outcome


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("size of CEPA?", Partial),
        ("which area in India does the Act East Forum develop?", Answer),
        ("India and Japan's commitment to world order?", Answer),
    ],
)
def test_sizes_and_scopes_in_other_senses(shipped: KnowledgeService, question: str, kind: type) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, kind), outcome


def test_a_year_of_another_thing_in_the_answer_is_corrected_after_a_question_in_other_words(
    shipped: KnowledgeService,
) -> None:
    outcome = last_reply(shipped, "defence equipment transfer agreement kab?", "so it was 2025 right?")
    assert isinstance(outcome, Correction), outcome


def test_then_and_a_name_asks_of_it_anew(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "Gujarat paired with which prefecture?", "so it's Ehime right?", "then Ehime?")
    assert isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(("name", "said"), [("IJICP ka", "2021"), ("AAGC", "2017")])
def test_a_name_after_years_of_it_asked_back_is_asked_its_year(shipped: KnowledgeService, name: str, said: str) -> None:
    outcome = last_reply(shipped, "uska year?", name)
    assert isinstance(outcome, Answer), outcome
    assert said in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "question",
    [
        "CEPA stands for Comprehensive Economic Partnership Act?",
        "AAGC stands for Asia-Africa Green Corridor?",
        "IJICP means India-Japan Industrial Cooperation Partnership, right?",
    ],
)
def test_a_claimed_expansion_of_a_name_the_material_expands_otherwise_is_corrected(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome


@pytest.mark.parametrize(
    "question",
    [
        "CEPA stands for Comprehensive Economic Partnership Agreement, right?",
        "what is the full form of AAGC?",
        "what does IJICP mean?",
    ],
)
def test_the_expansion_the_material_gives_is_confirmed_or_given(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Answer)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Tamil Nadu-Ehime, Uttar Pradesh-Yamanashi and Gujarat-Toyama are the pairings, right?", Correction),
        ("AP Ehime, TN Toyama sahi?", Correction),
        ("Tamil Nadu-Ehime, Uttar Pradesh-Yamanashi and Gujarat-Shizuoka are the pairings, right?", Answer),
        ("AP Toyama, TN Ehime, UP Yamanashi, Gujarat Shizuoka sahi?", Answer),
        ("which prefectures are paired with AP, TN, UP and Gujarat?", Answer),
    ],
)
def test_pairs_listed_one_after_another_are_read_two_by_two(
    shipped: KnowledgeService, question: str, kind: type
) -> None:
    assert isinstance(last_reply(shipped, question), kind)
