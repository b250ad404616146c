"""The question bank: curated items, generated choice and typed questions, and judging typed answers."""

from __future__ import annotations

import re

import pytest

from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.schema import MAX_CHOICE_CHARS, QUIZ_CHOICES
from bot.core.knowledge.validation import load_knowledge
from bot.core.services.knowledge import KnowledgeService
from bot.core.study.question import Question, QuestionKind, QuestionOrigin
from bot.core.study.questionbank import BLANK, MAX_PROMPT_CHARS, QuestionBank, judge_typed
from tests.conftest import WriteKnowledge

YEAR = re.compile(r"^(?:19|20)\d{2}$")
AMOUNT = re.compile(r"^US\$ \d+\.\d{2} billion$")


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _occurs(term: str, text: str) -> bool:
    """Tell whether a term occurs in a text as whole words, ignoring case."""
    body = r"\s+".join(re.escape(part) for part in term.split())
    return re.search(rf"(?<![^\W_]){body}(?![^\W_])", text, re.IGNORECASE) is not None


def _generated(bank: QuestionBank) -> list[Question]:
    return [q for q in bank.choice_questions() if q.origin is QuestionOrigin.GENERATED]


def _asking(bank: QuestionBank, fact_id: str, answer: str) -> Question:
    """Return the generated choice question on a fact whose right answer is ``answer``."""
    return next(q for q in _generated(bank) if q.fact_id == fact_id and q.answer == answer)


@pytest.fixture(scope="module")
def bank(shipped: KnowledgeService) -> QuestionBank:
    return QuestionBank(shipped.base)


@pytest.fixture(scope="module")
def mini_bank(mini: KnowledgeService) -> QuestionBank:
    return QuestionBank(mini.base)


# ---------------------------------------------------------------- coverage and shape


def test_many_shipped_content_facts_yield_a_generated_choice_question(
    shipped: KnowledgeService, bank: QuestionBank
) -> None:
    # Precision over count: a fact without three plausible distractors of the answer's kind gets no generated
    # question (a lower-case phrase such as "railways" has none unless the article names others with its head
    # noun), and facts about the article itself get none at all; still, a good share of the content is covered.
    covered = {q.fact_id for q in _generated(bank)}
    content = [sf.fact.id for sf in shipped.base.facts if sf.fact.id not in bank.excluded_fact_ids]
    assert not covered & set(bank.excluded_fact_ids)
    assert len(covered) >= 0.4 * len(content), sorted(set(content) - covered)
    with_questions = {q.fact_id for q in bank.all()}
    assert bank.fact_ids() == tuple(sf.fact.id for sf in shipped.base.facts if sf.fact.id in with_questions)


@pytest.mark.parametrize("which", ["shipped", "mini"])
def test_every_choice_question_is_well_formed(which: str, request: pytest.FixtureRequest) -> None:
    service: KnowledgeService = request.getfixturevalue(which)
    bank = QuestionBank(service.base)
    assert bank.choice_questions()
    for question in bank.choice_questions():
        assert len(question.choices) == QUIZ_CHOICES, question.id
        assert len({_fold(c) for c in question.choices}) == QUIZ_CHOICES, question.id
        assert all(0 < len(c) <= MAX_CHOICE_CHARS for c in question.choices), question.id
        assert 0 <= question.answer_index < QUIZ_CHOICES
        assert question.is_correct(question.answer_index)
        assert service.base.has_fact(question.fact_id), question.id
        assert 0 < len(question.prompt) <= MAX_PROMPT_CHARS, question.id
        assert question.explanation


def test_ids_are_unique_and_get_returns_each_question(bank: QuestionBank) -> None:
    ids = [q.id for q in bank.all()]
    assert len(ids) == len(set(ids))
    for question in bank.all():
        assert bank.get(question.id) is question
    with pytest.raises(KeyError):
        bank.get("g:no_such_fact:0")


def test_generated_ids_name_their_fact(bank: QuestionBank) -> None:
    for question in bank.all():
        if question.origin is QuestionOrigin.GENERATED:
            assert re.fullmatch(rf"g:{re.escape(question.fact_id)}:t?\d+", question.id), question.id


def test_generated_explanation_is_the_fact_answer(shipped: KnowledgeService, bank: QuestionBank) -> None:
    for question in bank.all():
        if question.origin is QuestionOrigin.GENERATED:
            assert question.explanation == shipped.base.fact(question.fact_id).fact.answer


def test_curated_items_are_included_unchanged_and_come_first(shipped: KnowledgeService, bank: QuestionBank) -> None:
    # Items on facts about the article itself (its posting date, publisher...) are no quiz material.
    items = [item for item in shipped.base.quiz if item.fact not in bank.excluded_fact_ids]
    left_out = [item for item in shipped.base.quiz if item.fact in bank.excluded_fact_ids]
    assert left_out
    assert all(bank.for_fact(item.fact) == () for item in left_out)
    assert [q.id for q in bank.all()[: len(items)]] == [f"c:{item.id}" for item in items]
    for item in items:
        question = bank.get(f"c:{item.id}")
        assert question.origin is QuestionOrigin.CURATED
        assert question.kind is QuestionKind.CHOICE
        assert (question.fact_id, question.prompt, question.explanation) == (item.fact, item.question, item.explanation)
        assert question.choices == tuple(item.choices)
        assert question.answer == item.answer


def test_queries_by_fact_and_section(shipped: KnowledgeService, bank: QuestionBank) -> None:
    on_fact = bank.for_fact("cepa_year")
    assert on_fact[0].id == "c:quiz_cepa_year"
    assert {q.fact_id for q in on_fact} == {"cepa_year"}
    assert {q.origin for q in on_fact} == {QuestionOrigin.CURATED, QuestionOrigin.GENERATED}
    assert bank.for_fact("no_such_fact") == ()
    pillars = {sf.fact.id for sf in shipped.base.facts if sf.section.id == "pillars"}
    in_section = bank.in_section("pillars")
    assert in_section
    assert {q.fact_id for q in in_section} == pillars & set(bank.fact_ids())
    assert len({q.fact_id for q in in_section}) >= 0.8 * len(pillars)
    assert bank.in_section("no_such_section") == ()
    assert len(bank.all()) == len(bank.choice_questions()) + len(bank.typed_questions())


# ---------------------------------------------------------------- distractors


def test_no_distractor_occurs_in_its_fact_answer(shipped: KnowledgeService, bank: QuestionBank) -> None:
    for question in _generated(bank):
        answer = shipped.base.fact(question.fact_id).fact.answer
        for index, choice in enumerate(question.choices):
            if index != question.answer_index:
                assert not _occurs(choice, answer), (question.id, choice)


def test_a_year_fact_gets_year_distractors(bank: QuestionBank) -> None:
    question = _asking(bank, "cepa_year", "2011")
    assert question.prompt == "When did the India-Japan Comprehensive Economic Partnership Agreement come into effect?"
    assert all(YEAR.match(c) for c in question.choices), question.choices


def test_year_distractors_prefer_years_of_the_base(bank: QuestionBank) -> None:
    question = _asking(bank, "cepa_year", "2011")
    base_years = {"2014", "2015", "2017", "2021", "2025"}
    assert set(question.choices) - {"2011"} <= base_years


def test_a_prefecture_fact_gets_prefecture_distractors(shipped: KnowledgeService, bank: QuestionBank) -> None:
    question = _asking(bank, "andhra_pradesh_toyama", "Toyama")
    assert question.prompt == "Which Japanese prefecture is Andhra Pradesh partnered with?"
    assert set(question.choices) <= set(shipped.base.kinds_for("india-japan-partnership")["prefecture"])


def test_a_state_blank_gets_state_distractors(shipped: KnowledgeService, bank: QuestionBank) -> None:
    question = _asking(bank, "andhra_pradesh_toyama", "Andhra Pradesh")
    assert question.prompt.startswith("Fill in the blank: ")
    assert BLANK in question.prompt
    assert "Andhra Pradesh" not in question.prompt
    assert set(question.choices) <= set(shipped.base.kinds_for("india-japan-partnership")["state"])


def test_an_amount_fact_gets_amount_distractors(bank: QuestionBank) -> None:
    question = _asking(bank, "bilateral_trade_total", "US$ 22.85 billion")
    assert all(AMOUNT.match(c) for c in question.choices), question.choices


def test_two_amounts_in_one_answer_make_a_blank_without_the_other(bank: QuestionBank) -> None:
    question = _asking(bank, "japan_exports_to_india", "US$ 17.69 billion")
    assert BLANK in question.prompt
    assert "US$ 22.85 billion" not in question.choices
    assert all(AMOUNT.match(c) for c in question.choices), question.choices


@pytest.mark.parametrize(("fact_id", "answer", "other"), [("bilateral_exercises", "JIMEX", "Dharma Guardian")])
def test_an_exercise_fact_gets_exercise_distractors_and_never_its_twin(
    shipped: KnowledgeService, bank: QuestionBank, fact_id: str, answer: str, other: str
) -> None:
    question = _asking(bank, fact_id, answer)
    assert set(question.choices) <= set(shipped.base.kinds_for("india-japan-partnership")["exercise"])
    assert other not in question.choices
    twin = _asking(bank, fact_id, other)
    assert answer not in twin.choices


def test_a_cloze_does_not_give_its_answer_away(bank: QuestionBank) -> None:
    for question in _generated(bank):
        if question.prompt.startswith("Fill in the blank: "):
            assert BLANK in question.prompt, question.id
            assert not _occurs(question.answer, question.prompt.replace(BLANK, " ")), question.id


def test_facts_whose_question_does_not_ask_for_the_key_get_a_blank(bank: QuestionBank) -> None:
    question = _asking(bank, "ssgp_2014", "2014")
    assert question.prompt.startswith("Fill in the blank: ")
    assert f"in {BLANK}" in question.prompt


# ---------------------------------------------------------------- determinism


def test_same_seed_gives_the_same_bank(shipped: KnowledgeService) -> None:
    assert QuestionBank(shipped.base, seed=3).all() == QuestionBank(shipped.base, seed=3).all()


def test_a_rebuilt_base_gives_the_same_bank(shipped: KnowledgeService) -> None:
    from bot.paths import DEFAULT_KNOWLEDGE_DIR

    assert QuestionBank(load_knowledge(DEFAULT_KNOWLEDGE_DIR)).all() == QuestionBank(shipped.base).all()


def test_another_seed_changes_choice_orders_but_not_the_questions(shipped: KnowledgeService) -> None:
    first, second = QuestionBank(shipped.base, seed=0), QuestionBank(shipped.base, seed=1)
    assert [q.id for q in first.all()] == [q.id for q in second.all()]
    assert [q.prompt for q in first.all()] == [q.prompt for q in second.all()]
    assert [q.answer for q in first.all()] == [q.answer for q in second.all()]
    changed = [q.id for q, r in zip(first.all(), second.all(), strict=True) if q.choices != r.choices]
    assert changed
    assert all(q.startswith("g:") for q in changed)


# ---------------------------------------------------------------- typed questions


def test_typed_questions_ask_the_fact_question_for_a_short_answer(
    shipped: KnowledgeService, bank: QuestionBank
) -> None:
    typed = bank.typed_questions()
    assert typed
    for question in typed:
        assert question.kind is QuestionKind.TYPED
        assert question.origin is QuestionOrigin.GENERATED
        assert len(question.choices) == 1
        assert question.answer_index == 0
        assert len(question.answer) <= 40
        assert question.prompt == shipped.base.fact(question.fact_id).fact.question
        assert judge_typed(question, question.answer)
        assert judge_typed(question, f"  {question.answer.upper()}! ")


def test_known_typed_answers(bank: QuestionBank) -> None:
    answers = {q.fact_id: q.answer for q in bank.typed_questions()}
    assert answers["cepa_year"] == "2011"
    assert answers["andhra_pradesh_toyama"] == "Toyama"
    assert answers["scri"] == "Australia"
    # Two exercises answer one question, so a typed "JIMEX" would wrongly reject "Dharma Guardian".
    assert "bilateral_exercises" not in answers


def _typed(answer: str) -> Question:
    return Question(
        id="t",
        fact_id="f",
        prompt="?",
        choices=(answer,),
        answer_index=0,
        explanation="",
        kind=QuestionKind.TYPED,
        origin=QuestionOrigin.GENERATED,
    )


@pytest.mark.parametrize(
    ("answer", "reply"),
    [
        ("Tamil Nadu", "Tamil Nadu"),
        ("Tamil Nadu", "tamilnadu"),
        ("Tamil Nadu", "  tamil   NADU!! "),
        ("2011", "2011"),
        ("2011", "in 2011"),
        ("Toyama", "the Toyama"),
        ("Toyama", "toyoma"),  # 6 letters: one typo forgiven
        ("Yamanashi", "yamanasi"),  # 9 letters: two typos forgiven
        ("Yamanashi", "yamansi"),
        ("US$ 22.85 billion", "22.85 billion"),
        ("US$ 22.85 billion", "$22.85 bn"),
        ("US$ 22.85 billion", "22.85"),
        ("4 min", "4 minutes"),
        ("4 min", "4"),
        ("8", "eight"),
        ("10 years", "10 yrs"),
        ("04 Oct 2025", "4 October 2025"),
        ("2023-24", "2023-2024"),
        ("the US-led alliance system", "US led alliance system"),
    ],
)
def test_judge_typed_accepts(answer: str, reply: str) -> None:
    assert judge_typed(_typed(answer), reply)


@pytest.mark.parametrize(
    ("answer", "reply"),
    [
        ("Tamil Nadu", "kerala"),
        ("Tamil Nadu", ""),
        ("Tamil Nadu", "   "),
        ("2011", "2012"),
        ("2011", "2011 october"),
        ("QUAD", "quid"),  # 4 letters: no typo forgiven
        ("Ehime", "ehiem"),  # 5 letters: one typo only, a swap is two
        ("Toyama", "osaka"),
        ("US$ 22.85 billion", "22.85 million"),
        ("US$ 22.85 billion", "22.58 billion"),
        ("4 min", "5 min"),
        ("8", "9"),
        ("10 years", "10 months"),
        ("04 Oct 2025", "4 Oct 2024"),
        ("2023-24", "2022-23"),
    ],
)
def test_judge_typed_rejects(answer: str, reply: str) -> None:
    assert not judge_typed(_typed(answer), reply)


# ---------------------------------------------------------------- other bases


def test_the_mini_base_still_works(mini: KnowledgeService, mini_bank: QuestionBank) -> None:
    assert len(mini.base.facts) == 4
    # "water board" and "port authority" have no noun phrases of their kind to stand against: no question.
    assert mini_bank.fact_ids() == ("compact_year", "trade_value")
    assert mini_bank.for_fact("water_board") == mini_bank.for_fact("university_port") == ()
    assert {q.fact_id for q in _generated(mini_bank)} == set(mini_bank.fact_ids())
    assert mini_bank.get("c:quiz_compact_year").choices == ("2017", "2018", "2019", "2020")
    year = _asking(mini_bank, "compact_year", "2019")
    assert all(YEAR.match(c) for c in year.choices)
    trade = _asking(mini_bank, "trade_value", "4.5 million crowns")
    assert all(re.fullmatch(r"\d+\.\d million crowns", c) for c in trade.choices), trade.choices
    assert {q.fact_id for q in mini_bank.typed_questions()} == {"compact_year", "trade_value"}


AUTHORITIES_ARTICLE = """\
source:
  id: towns
  title: Two Towns
  publisher: Practice Press
  published: 2024-01-02
  summary: [Two towns work together.]
sections:
  - {id: main, title: Main, summary: Two towns work together.}
  - {id: more, title: More, summary: Their bodies.}
facts:
  - id: university_port
    section: main
    question: Which institution of Belmora is paired with Ardena's university?
    answer: Ardena's university is paired with Belmora's port authority.
    keywords: [university, port authority]
  - id: water
    section: more
    question: Who runs the reservoirs?
    answer: The reservoirs are run by a water authority.
    keywords: [water authority]
  - id: housing
    section: more
    question: Who plans new homes?
    answer: New homes are planned by the housing authority.
    keywords: [housing authority]
  - id: transit
    section: more
    question: Who runs the buses?
    answer: The buses are run by a transit authority.
    keywords: [transit authority]
"""


def test_facts_without_a_typed_key_fall_back_to_a_keyword_blank(write_knowledge: WriteKnowledge) -> None:
    bank = QuestionBank(load_knowledge(write_knowledge({"towns.yaml": AUTHORITIES_ARTICLE})))
    assert "university_port" in bank.fallback_fact_ids
    question = _asking(bank, "university_port", "port authority")
    assert question.prompt == f"Fill in the blank: Ardena's university is paired with Belmora's {BLANK}."
    assert set(question.choices) == {"port authority", "water authority", "housing authority", "transit authority"}


KINDS_ARTICLE = """\
source:
  id: drills
  title: Drills of Two Navies
  publisher: Practice Press
  published: 2024-01-02
  summary: [Two navies drill together.]
sections:
  - id: main
    title: Main
    summary: Two navies hold drills.
facts:
  - id: pair
    section: main
    question: Which drills do the two navies hold?
    answer: The two navies hold drills such as Alpha Storm and Beta Wave.
    keywords: [drills]
  - id: single
    section: main
    question: Which drill is the largest?
    answer: The largest drill is Gamma Reef, held since 2012.
    keywords: [largest drill]
  - id: plain
    section: main
    question: How do the navies talk?
    answer: The navies talk through liaison officers.
    keywords: [liaison officers]
  - id: other
    section: main
    question: Who plans the drills?
    answer: A joint planning staff plans the drills.
    keywords: [joint planning staff, staff college, naval attache]
kinds:
  drill: [Alpha Storm, Beta Wave, Gamma Reef, Delta Tide, Echo Sound, Foxtrot Line]
"""


def test_a_term_also_in_the_answer_is_never_a_distractor(write_knowledge: WriteKnowledge) -> None:
    base = load_knowledge(write_knowledge({"drills.yaml": KINDS_ARTICLE}))
    bank = QuestionBank(base, seed=5)
    alpha = _asking(bank, "pair", "Alpha Storm")
    beta = _asking(bank, "pair", "Beta Wave")
    assert "Beta Wave" not in alpha.choices
    assert "Alpha Storm" not in beta.choices
    # Two drills answer the question, so each is asked as a blank.
    assert alpha.prompt == f"Fill in the blank: The two navies hold drills such as {BLANK} and Beta Wave."
    single = _asking(bank, "single", "Gamma Reef")
    assert single.prompt == "Which drill is the largest?"
    assert set(single.choices) <= set(base.kinds_for(base.sources[0].id)["drill"])
    # "liaison officers" and "joint planning staff" have no noun phrases of their kind to stand against.
    assert {q.fact_id for q in _generated(bank)} == {"pair", "single"}


def test_a_base_with_a_single_fact_builds_without_generated_questions(write_knowledge: WriteKnowledge) -> None:
    from tests.conftest import MINIMAL_ARTICLE

    base: KnowledgeBase = load_knowledge(write_knowledge({"demo.yaml": MINIMAL_ARTICLE}))
    bank = QuestionBank(base)
    # One fact offers no distractors of its own kind: only the curated item remains.
    assert [q.id for q in bank.all()] == ["c:demo_quiz"]
