"""Chat spellings keep what the question asks (red team, session 38).

"japan exprts to india?" was answered with India's exports to Japan: the misspelt "exprts" was corrected for
matching, but roles were read before that, so no direction was asked and either direction's fact could answer. A
misspelt word of a relation is now read as the word for its roles too. "jpn exprts 2 ind?" asked for the figure 2
("2" typed for "to" before a name, ``digit_words``); "trde vol?", "wen cepa cme in efect", "special strat
partnership yr" and "jv" (the Joint Vision, a synonym in the knowledge file) were offered as "did you mean". In
session 39, "aagc yr estblshd" was too: a word typed without its vowels is now read as the one base word with that
skeleton.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("japan exprts to india?", "japan_exports_to_india"),
        ("jpn exprts to ind?", "japan_exports_to_india"),
        ("jpn exprts 2 ind?", "japan_exports_to_india"),
        ("india exprts to japan", "india_exports_to_japan"),
        ("trde vol?", "bilateral_trade_total"),
        ("wen cepa cme in efect", "cepa_year"),
        ("special strat partnership yr", "ssgp_2014"),
        ("jv next decade - kitni lines of effort?", "joint_vision_lines_count"),
        # Session 39: words typed without their vowels ("estblshd", "bltrl") are read as the base's words.
        ("aagc yr estblshd", "aagc_year"),
        # (session 40: "est" for established)
        ("AAGC est year?", "aagc_year"),
        ("bltrl trde vol", "bilateral_trade_total"),
        ("imprts of india frm japan", "india_imports_from_japan"),
        # Review, session 39: a kind in the plural before what holds the things asks for them ("countries in scri"
        # is "which countries are in SCRI", not SCRI's goal, which says "a single country").
        ("countries in scri", "scri"),
        ("cntrs in scri", "scri"),
    ],
)
def test_a_chat_spelling_is_answered_as_meant(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


def test_a_misspelt_relation_keeps_its_direction(shipped: KnowledgeService) -> None:
    roles = shipped.matcher.read("japan exprts to india?").roles
    assert [(r.relation, r.agent, r.target) for r in roles] == [("export", "Japan", "India")]


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("exports 2 india", False),
        ("top 2 exports of india", False),
        ("chandrayaan 2 mission with japan", True),
        ("there are 4 india japan pillars right?", True),  # review, session 38: no relation's word before it
    ],
)
def test_a_digit_is_a_word_only_before_a_name(shipped: KnowledgeService, question: str, figure: bool) -> None:
    digit = next(t for t in question.split() if t.isdigit())
    assert (digit in shipped.matcher.read(question).numbers) is figure


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("estblshd", "established"),
        ("cntry", "country"),
        ("bltrl", "bilateral"),
        # The commonest English word so typed decides: "cntrs" is "countries", not the base's "counters".
        ("cntrs", "countries"),
        ("trade", None),
        ("xyzq", None),
    ],
)
def test_a_word_without_its_vowels_is_read_as_the_base_word(
    shipped: KnowledgeService, typed: str, meant: str | None
) -> None:
    # Only one base word may have that skeleton, and only a word typed with at most one vowel is read so.
    assert shipped.matcher.index.correct(typed) == meant


@pytest.mark.parametrize(
    "turns",
    [
        # "continent" asks for a region as "region" does (it was "did you mean", then the follow-up lost the AAGC).
        ("which year did japan and india launch a growth corridor", "which continent"),
        ("which continent is aagc for",),
        ("aagc kis continent ke liye hai",),
    ],
)
def test_a_continent_asked_is_a_region(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert "Africa" in outcome.best.fact.fact.answer
