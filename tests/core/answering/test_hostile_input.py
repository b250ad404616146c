"""Hostile question text: bounded before work, linear regexes, never an exception.

These are hang guards, not speed tests: the time limit is minutes where the linear code needs well
under a second, while the quadratic code they guard against needs hours on the same input.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from bot.core.answering.outcomes import Decline, DeclineReason
from bot.core.language.text import normalize, tokenize
from bot.core.services.knowledge import KnowledgeService

#: Far beyond what linear work on these inputs needs even on a busy machine; quadratic work needs hours.
HANG_GUARD_SECONDS = 120.0

#: Repeated units that exercise every regex and every shape reader on the question path.
HOSTILE_UNITS = [
    "](",
    "[x](",
    "<@!",
    "<a:",
    "<#&",
    "http://",
    "@everyone ",
    "a ",
    "what is ",
    "india japan ",
    "1",
    "1,",
    "1.",
    "2025-26 ",
    "19/20 ",
    "$1 ",
    "or ",
    ", and ",
    "? ",
    "x vs y ",
    "which of these is not ",
    "not ",
    "kitna hai ",
    "क",
    "((",
    "[[",
    ":",
    "' ",
    "'s",
    "\u202e",
    "\x00",
    "\u200b",
    "🙂",
    "-",
    "—",
]


def _finishes(work: Callable[[], object]) -> object:
    """Run ``work`` in a thread and fail the test if it has not finished within the hang guard."""
    result: list[object] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(HANG_GUARD_SECONDS)
    assert not thread.is_alive(), "did not finish: unbounded or super-linear work on hostile input"
    if errors:
        raise errors[0]
    return result[0]


def _repeat(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_normalising_a_megabyte_of_hostile_text_is_linear(unit: str) -> None:
    text = _repeat(unit, 1_000_000)
    normalised = _finishes(lambda: normalize(text))
    assert isinstance(normalised, str)
    _finishes(lambda: tokenize(text))


@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_the_matcher_reads_hostile_questions_at_the_length_limit(shipped: KnowledgeService, unit: str) -> None:
    matcher = shipped.matcher
    text = _repeat(unit, matcher.thresholds.max_question_chars)
    reply = _finishes(lambda: matcher.respond(text))
    assert reply is not None


def test_a_question_over_the_limit_is_declined_before_any_reading(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    calls: list[str] = []
    original = matcher.read

    def counting_read(question: str) -> object:
        calls.append(question)
        return original(question)

    matcher.read = counting_read  # type: ignore[method-assign]
    try:
        reply = matcher.respond("](" * 500_000)
    finally:
        del matcher.read
    assert isinstance(reply.outcome, Decline)
    assert reply.outcome.reason is DeclineReason.TOO_LONG
    assert calls == []


@pytest.mark.parametrize(
    "question",
    [
        # A part of the message read on its own ("indian") once held a name reaching past its words.
        "how do Indian and Japanese firms cooperate?",
        "Indian and Japanese companies?",
    ],
)
def test_a_demonym_pair_is_read_without_error(shipped: KnowledgeService, question: str) -> None:
    assert shipped.matcher.respond(question).outcome is not None
