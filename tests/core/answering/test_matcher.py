"""The matcher's mechanisms, each on its own, on the practice article and on the shipped base."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answering.matcher import Matcher
from bot.core.answering.outcomes import Answer, Decline, DeclineReason, Partial, Suggestions
from bot.core.answering.present import answer_text
from bot.core.answering.query import split_clauses
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS
from bot.core.language.text import normalize, tokenize
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge


def answered_fact(service: KnowledgeService, question: str) -> str | None:
    outcome = service.matcher.ask(question)
    return outcome.best.fact.fact.id if isinstance(outcome, Answer) else None


# ---------------------------------------------------------------- normalisation
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan\u2019s  EXPORTS", "japan exports"),
        ("india\u200b-\u200djapan", "india-japan"),
        ("FY 2023\u201324", "fy 2023-24"),
        ("\u202eCEPA\u202c year", "cepa year"),
    ],
)
def test_normalize_folds_unicode_case_quotes_and_invisible_characters(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_tokenize_keeps_figures_whole() -> None:
    # "US$" is a currency ("usd"), not the United States.
    assert tokenize("Trade of US$ 22.85 billion in FY 2023-2024, 2+2 talks") == [
        "trade", "of", "usd", "22.85", "billion", "in", "fy", "2023-24", "2+2", "talks",
    ]  # fmt: skip


# ---------------------------------------------------------------- mechanisms on the practice article
@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("When was the River Cities Compact signed?", "compact_year"),  # canonical
        ("rcc year", "compact_year"),  # abbreviation from the glossary
        ("hey bot quick q: when was the compact signed??", "compact_year"),  # chat filler
        ("WHEN WAS THE COMPACT SIGNED", "compact_year"),  # case
        ("when was the compcat signed", "compact_year"),  # typo
        ("how often does the water board meet", "water_board"),
        ("belmora port authority is paired with which university", "university_port"),  # reversed
        ("ardena belmora trade kitna hai", "trade_value"),  # Hinglish
    ],
)
def test_mechanisms_find_the_fact(mini: KnowledgeService, question: str, fact: str) -> None:
    assert answered_fact(mini, question) == fact


@pytest.mark.parametrize(
    "question",
    [
        "who is the mayor of ardena",  # on topic, not in the material
        "trade between ardena and belmora in 2021",  # a figure the fact does not have
        "when did the water board first meet",  # asks for a date the fact does not give
        "what is the population of belmora",
        "whats 15% of 200",
    ],
)
def test_on_topic_questions_the_material_does_not_answer_are_declined(mini: KnowledgeService, question: str) -> None:
    assert not isinstance(mini.matcher.ask(question), Answer)


@pytest.mark.parametrize("message", ["hi", "thanks bot!", "Hello!!", "ok thanks", "gm"])
def test_greetings_and_thanks_are_declined_quietly(mini: KnowledgeService, message: str) -> None:
    outcome = mini.matcher.ask(message)
    assert isinstance(outcome, Decline)
    assert outcome.reason is DeclineReason.SMALL_TALK


@pytest.mark.parametrize("message", ["", "   ", "???", "\u200b\u200b", "\U0001f600\U0001f600", "the of and"])
def test_messages_without_a_question_are_declined(mini: KnowledgeService, message: str) -> None:
    outcome = mini.matcher.ask(message)
    assert isinstance(outcome, Decline)
    assert outcome.reason is DeclineReason.EMPTY


def test_absurdly_long_text_is_declined_not_matched(mini: KnowledgeService) -> None:
    outcome = mini.matcher.ask("compact water board trade " * 1000)
    assert isinstance(outcome, Decline)
    assert outcome.reason is DeclineReason.TOO_LONG


@pytest.mark.parametrize(
    "question",
    [
        "@everyone when was the compact signed",
        "<@&123> rcc year",
        "`rcc` **year** [here](http://x.y)",
        "rcc\u202e year",
    ],
)
def test_mentions_markdown_and_control_characters_do_not_break_matching(mini: KnowledgeService, question: str) -> None:
    assert answered_fact(mini, question) == "compact_year"


def test_either_or_questions_need_only_one_option_covered(mini: KnowledgeService) -> None:
    assert answered_fact(mini, "is the university paired with the port authority or the water board") == (
        "university_port"
    )


def test_answer_explains_why_it_matched(mini: KnowledgeService) -> None:
    outcome = mini.matcher.ask("when was the compcat signed")
    assert isinstance(outcome, Answer)
    assert "read 'compcat' as 'compact'" in outcome.best.reason
    assert 0 < outcome.confidence <= 1


# ---------------------------------------------------------------- thresholds at their edges
def _coverage_of(matcher: Matcher, question: str, fact_id: str) -> float:
    return next(m.coverage for m in matcher.rank(question, limit=10) if m.fact.fact.id == fact_id)


def test_answer_coverage_threshold_edge(mini: KnowledgeService) -> None:
    question = "how often does the water board meet with the mayor"
    coverage = _coverage_of(mini.matcher, question, "water_board")
    at_edge = Matcher(
        mini.base, dataclasses.replace(DEFAULT_THRESHOLDS, answer_coverage=coverage, max_uncovered_weight=2)
    )
    above = Matcher(mini.base, dataclasses.replace(at_edge.thresholds, answer_coverage=coverage + 0.001))
    assert isinstance(at_edge.ask(question), Answer)
    assert not isinstance(above.ask(question), Answer)


def test_uncovered_weight_threshold_edge(mini: KnowledgeService) -> None:
    question = "how often does the water board meet with the mayor"
    loose = Matcher(mini.base, dataclasses.replace(DEFAULT_THRESHOLDS, answer_coverage=0.0, max_uncovered_weight=1.01))
    strict = Matcher(mini.base, dataclasses.replace(loose.thresholds, max_uncovered_weight=0.15))
    assert isinstance(loose.ask(question), Answer)
    assert not isinstance(strict.ask(question), Answer)


def test_near_tie_becomes_suggestions_and_a_clear_lead_an_answer(mini: KnowledgeService) -> None:
    question = "ardena belmora university compact"
    ranked = mini.matcher.rank(question, limit=3)
    gap = ranked[0].score - ranked[1].score
    relaxed = dataclasses.replace(DEFAULT_THRESHOLDS, answer_coverage=0.0, max_uncovered_weight=2.0)
    tie = Matcher(mini.base, dataclasses.replace(relaxed, tie_margin=gap + 0.001))
    lead = Matcher(mini.base, dataclasses.replace(relaxed, tie_margin=max(gap - 0.001, 0.0)))
    outcome = tie.ask(question)
    assert isinstance(outcome, Suggestions)
    assert outcome.near_tie
    assert 2 <= len(outcome.options) <= 3
    assert isinstance(lead.ask(question), Answer)


def test_close_but_uncovered_questions_offer_at_most_three_suggestions(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("when did japan join the quad")
    assert isinstance(outcome, Suggestions)
    assert not outcome.near_tie
    assert 1 <= len(outcome.options) <= 3
    assert "quad" in [m.fact.fact.id for m in outcome.options]


def test_a_name_the_material_never_mentions_is_declined_by_name(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("when did karnataka sign a pact with japan")
    assert isinstance(outcome, Decline)
    assert outcome.reason is DeclineReason.NOT_MENTIONED
    assert outcome.detail == "Karnataka"


def test_a_name_the_material_never_mentions_of_a_kind_it_lists_gets_the_list_by_name(
    shipped: KnowledgeService,
) -> None:
    # Karnataka is a state, and the material lists the four states paired with prefectures: not among them.
    outcome = shipped.matcher.ask("which prefecture partners with karnataka")
    assert isinstance(outcome, Partial)
    assert outcome.missing == "anything on Karnataka"


# ---------------------------------------------------------------- multi-part questions
def test_split_clauses_on_question_words_after_and() -> None:
    assert split_clauses("what was trade in 2022, and what does the board do?") == [
        "what was trade in 2022",
        "what does the board do",
    ]
    assert split_clauses("trade and investment") == ["trade and investment"]


def test_a_clause_of_choices_belongs_to_the_question_before_it() -> None:
    assert split_clauses("and copper? export or import?") == ["and copper export or import"]
    assert split_clauses("what is jimex? bilateral or multilateral?") == ["what is jimex bilateral or multilateral"]
    # A question of its own, with a question word, stays one.
    assert split_clauses("when was cepa signed? which is older, cepa or aagc?") == [
        "when was cepa signed",
        "which is older cepa or aagc",
    ]


def test_multipart_question_gets_both_answers(mini: KnowledgeService) -> None:
    outcome = mini.matcher.ask("when was the compact signed and how often does the water board meet?")
    assert isinstance(outcome, Answer)
    assert [m.fact.fact.id for m in outcome.matches] == ["compact_year", "water_board"]
    text = answer_text(outcome)
    assert "2019" in text
    assert "twice a year" in text


# ---------------------------------------------------------------- the shipped base
@pytest.mark.parametrize(
    ("question", "must_contain"),
    [
        ("cepa year?", "2011"),
        ("which state is paired with ehime", "Tamil Nadu"),
        ("india japan ka trade kitna hai", "22.85"),
        ("moon mission with japan", "Chandrayaan 5"),
        ("bullet train project", "Mumbai-Ahmedabad"),
    ],
)
def test_shipped_base_answers_member_phrasings(shipped: KnowledgeService, question: str, must_contain: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert must_contain in answer_text(outcome)


@pytest.mark.parametrize(
    "question",
    [
        "which prefecture is paired with Kerala",
        "india japan trade in 2024-25",
        "who heads ISRO",
        "what is the capital of japan",
    ],
)
def test_shipped_base_declines_near_misses(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Answer)


def test_answer_text_carries_the_source_line(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("cepa year?")
    assert isinstance(outcome, Answer)
    text = answer_text(outcome)
    assert "Source: India-Japan Partnership (Vision IAS), section \u201cPillars of India-Japan Relations\u201d" in text
    assert "posted 4 Oct 2025, updated 8 Oct 2025" in text


PEOPLE_ARTICLE = """\
source:
  id: people
  title: Harbour Summit
  publisher: Practice Press
  published: 2024-03-01
  summary: [A practice article that names people and places.]
sections:
  - {id: main, title: Summit, summary: The summit met in Lisbon and was chaired by a minister.}
facts:
  - id: chair
    section: main
    question: Who chaired the harbour summit?
    alternatives: [harbour summit chair, who was the summit chairperson]
    answer: The harbour summit was chaired by Foreign Minister Ada Quill.
  - id: venue
    section: main
    question: Where did the harbour summit meet?
    alternatives: [harbour summit venue, summit location]
    answer: The harbour summit met in Lisbon.
  - id: agenda
    section: main
    question: What was on the harbour summit agenda?
    alternatives: [summit agenda, harbour summit topics]
    answer: The agenda covered shipping lanes and port fees.
"""


@pytest.fixture
def people(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"people.yaml": PEOPLE_ARTICLE}))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is the foreign minister", "chair"),  # the answer names the person after the title
        ("where was the harbour summit", "venue"),  # the answer names a place after "in"
        ("what was on the agenda", "agenda"),
        ("who is the summit's secretary", None),  # asks for a name no fact gives
        ("where are the port fees paid", None),  # asks for a place the agenda fact does not give
        ("when was the summit agenda set", None),  # asks for a date no fact gives
        ("how many ports were on the agenda", None),  # asks for a count no fact gives
    ],
)
def test_questions_are_answered_only_with_the_kind_of_answer_they_ask_for(
    people: KnowledgeService, question: str, expected: str | None
) -> None:
    assert answered_fact(people, question) == expected


def test_a_word_only_used_inside_a_name_does_not_answer_on_its_own(
    mini: KnowledgeService, shipped: KnowledgeService
) -> None:
    # The MAHSR fact says "speed" only inside the name "Mumbai-Ahmedabad High Speed Rail": asking for the
    # railway's speed is not answered by it.
    assert not isinstance(shipped.matcher.ask("mumbai ahmedabad high speed rail speed"), Answer)
    assert isinstance(shipped.matcher.ask("mumbai ahmedabad high speed rail"), Answer)
    assert answered_fact(mini, "when was the river cities compact signed") == "compact_year"
    assert answered_fact(mini, "when was the cities compact signed") == "compact_year"  # a partial name still counts
