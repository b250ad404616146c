"""Turn matcher outcomes into the plain text every adapter shows (Discord embeds build on the same parts)."""

from __future__ import annotations

import datetime as dt

from bot.core.answering.outcomes import Answer, Decline, DeclineReason, Match, Outcome, Suggestions
from bot.core.knowledge.base import SourcedFact
from bot.core.knowledge.schema import Section, Source

NOT_COVERED_TEXT = "The study material doesn't cover that, so I won't guess."
SMALL_TALK_TEXT = 'Hi! Ask me anything about the article, e.g. "cepa year?" or "which state is paired with Ehime".'
EMPTY_TEXT = "I couldn't find a question in that message."
TOO_LONG_TEXT = "That's a lot of text: please ask one short question at a time."


def format_date(day: dt.date) -> str:
    """Format a date the way the article does: 4 Oct 2025."""
    return f"{day.day} {day:%b %Y}"


def source_line(source: Source, section: Section | None = None) -> str:
    """Describe where something comes from: article, publisher, section and dates."""
    parts = [f"{source.title} ({source.publisher})"]
    if section is not None:
        parts.append(f"section \u201c{section.title}\u201d")
    dated = f"posted {format_date(source.published)}"
    if source.updated is not None and source.updated != source.published:
        dated += f", updated {format_date(source.updated)}"
    parts.append(dated)
    return "Source: " + ", ".join(parts)


def fact_source_line(sourced: SourcedFact) -> str:
    """Return the source line of one fact."""
    return source_line(sourced.source, sourced.section)


def confidence_words(score: float) -> str:
    """Describe a match score in words members understand."""
    if score >= 0.85:
        return "high"
    if score >= 0.7:
        return "good"
    return "fair"


def answer_text(answer: Answer) -> str:
    """Return exactly what a member is shown for an answer: each snippet with its source line."""
    blocks = [f"{m.fact.fact.answer}\n{fact_source_line(m.fact)}" for m in answer.matches]
    return "\n\n".join(blocks)


def suggestion_lines(options: tuple[Match, ...]) -> list[str]:
    """Return the "did you mean" questions, one per close fact."""
    return [m.fact.fact.question for m in options]


def decline_text(decline: Decline) -> str:
    """Return the honest message for a question the material does not answer."""
    return {
        DeclineReason.SMALL_TALK: SMALL_TALK_TEXT,
        DeclineReason.EMPTY: EMPTY_TEXT,
        DeclineReason.TOO_LONG: TOO_LONG_TEXT,
        DeclineReason.NOT_COVERED: NOT_COVERED_TEXT,
    }[decline.reason]


def outcome_text(outcome: Outcome) -> str:
    """Return a plain-text rendering of any outcome, for the terminal and the CLI."""
    if isinstance(outcome, Answer):
        return answer_text(outcome)
    if isinstance(outcome, Suggestions):
        lead = "I'm not sure which you mean." if outcome.near_tie else NOT_COVERED_TEXT + " Did you mean:"
        lines = [lead, *(f"  {i}. {q}" for i, q in enumerate(suggestion_lines(outcome.options), start=1))]
        return "\n".join(lines)
    return decline_text(outcome)
