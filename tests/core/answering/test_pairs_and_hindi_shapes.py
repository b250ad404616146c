"""A pair joined by "and" before the question word, and the shapes of a message in Devanagari (red team, session 50).

"Between CEPA and IJICP, which came first?" and "CEPA aur IJICP me se kaun pehle aaya?" were no comparison (only "A or
B" was), and in Devanagari "पहले क्या आया, CEPA या IJICP?" and "CEPA कब लागू हुआ और इसमें क्या शामिल है?" were read
whole: the readers of a message's shape saw "या" and "और", not "or" and "and".
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.answering.shapes import read_comparison
from bot.core.language.lexicon import LEXICON
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("between ijicp and aagc which came first?", ("ijicp", "aagc")),
        ("of CEPA and the IJICP, which was first?", ("cepa", "the ijicp")),
        ("CEPA aur IJICP me se kaun pehle aaya?", ("cepa", "ijicp")),
    ],
)
def test_a_pair_before_the_question_word_is_compared(question: str, sides: tuple[str, str]) -> None:
    comparison = read_comparison(question, "earlier", LEXICON)
    assert comparison is not None
    assert (comparison.first.casefold(), comparison.second.casefold()) == sides


@pytest.mark.parametrize(
    "question", ["when did cepa and ijicp start?", "cepa and ijicp, what are they?", "india japan trade kitna hai?"]
)
def test_no_pair_is_read_where_nothing_is_compared(question: str) -> None:
    assert read_comparison(question, None, LEXICON) is None


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("between ijicp and aagc which came first?", "AAGC (2017) came before IJICP (2021)"),
        ("CEPA aur IJICP me se kaun pehle aaya?", "CEPA (2011) came before IJICP (2021)"),
        ("पहले क्या आया, CEPA या IJICP?", "CEPA (2011) came before IJICP (2021)"),
        ("आईजेआईसीपी और एएजीसी में से कौन पहले बना?", "AAGC (2017) came before IJICP (2021)"),
        ("क्या सीईपीए आईजेआईसीपी से पहले आया?", "Yes: CEPA (2011) came before IJICP (2021)"),
    ],
)
def test_which_came_first_is_answered_with_both_years(shipped: KnowledgeService, question: str, verdict: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith(verdict), outcome.note


def test_a_two_part_question_in_devanagari_is_answered_part_by_part(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("एएजीसी कब बना और इसका उद्देश्य क्या है?").outcome
    assert isinstance(outcome, Answer), outcome
    assert {"aagc_year", "aagc_aim"} <= {m.fact.fact.id for m in outcome.matches}


@pytest.mark.parametrize(
    "question",
    [
        "सीईपीए के बाद आईजेआईसीपी आया न?",
        "आईजेआईसीपी के बाद सीईपीए आया न?",
        "सीईपीए के कितने साल बाद आईजेआईसीपी आया?",
    ],
)
def test_an_order_postposed_in_hindi_is_never_turned_round(shipped: KnowledgeService, question: str) -> None:
    # ("X के बाद Y" read in English order, "X ke after Y", said X came after Y: a review found the true claim
    # "corrected" and the false one confirmed.)
    outcome = shipped.matcher.respond(question).outcome
    assert not isinstance(outcome, Correction), outcome
    if isinstance(outcome, Answer):
        assert "came after CEPA" in outcome.note or "came before IJICP" in outcome.note, outcome.note


def test_a_noun_after_the_question_word_is_what_is_compared(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("India and Japan, which agreement came first?").outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "cepa_year"
