"""Turn matcher outcomes into the plain text every adapter shows (Discord embeds build on the same parts)."""

from __future__ import annotations

import datetime as dt

from bot.core.answering.outcomes import (
    CHOICE_DETAIL,
    CLAIM_DETAIL,
    Answer,
    Clarify,
    Correction,
    Decline,
    DeclineReason,
    Match,
    Outcome,
    Partial,
    Suggestions,
)
from bot.core.knowledge.base import SourcedFact
from bot.core.knowledge.schema import Section, Source

NOTHING_MORE_TEXT = "That is all the study material says about it; ask about another part of the article."
NOT_COVERED_TEXT = "The study material doesn't cover that, so I won't guess."
SMALL_TALK_TEXT = 'Hi! Ask me anything about the article, e.g. "cepa year?" or "which state is paired with Ehime".'
EMPTY_TEXT = "I couldn't find a question in that message."
TOO_LONG_TEXT = "That's a lot of text: please ask one short question at a time."
TASK_TEXT = (
    "I answer questions about the study material; I don't write MCQs in chat. "
    "For practice questions run /quiz, and for an overview /summary."
)


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


def snippet_block(match: Match) -> str:
    """Return one fact's snippet with its source line."""
    return f"{match.fact.fact.answer}\n{fact_source_line(match.fact)}"


def article_snippet_block(match: Match) -> str:
    """Return one fact's snippet under its article's title, for answers that differ between articles."""
    return f"In \u201c{match.fact.source.title}\u201d: {snippet_block(match)}"


def answer_text(answer: Answer) -> str:
    """Return exactly what a member is shown for an answer: the bot's note, then each snippet with its source."""
    blocks = [article_snippet_block(m) if answer.by_article else snippet_block(m) for m in answer.matches]
    return "\n\n".join([answer.note, *blocks] if answer.note else blocks)


def partial_lead(partial: Partial) -> str:
    """Return the sentence that says what the material does not give (and what its figures work out to, if any)."""
    lead = f"The study material doesn't give {partial.missing}. Here is what it does say:"
    return f"{lead}\n{partial.worked}" if partial.worked else lead


def partial_text(partial: Partial) -> str:
    """Return an honest partial answer: what is missing, then what the material says about the subject."""
    return "\n".join([partial_lead(partial), *(snippet_block(m) for m in partial.related)])


CORRECTION_LEAD = "The study material says it is the other way round:"
OTHERWISE_LEAD = "The study material says otherwise:"


def correction_text(correction: Correction) -> str:
    """Return a correction of a reversed premise, with what the material says."""
    lead = CORRECTION_LEAD if correction.reversed else OTHERWISE_LEAD
    return "\n".join([lead, *(snippet_block(m) for m in correction.related)])


def clarify_text(clarify: Clarify) -> str:
    """Return the question back to a member whose follow-up has nothing to follow, or who must pick an article."""
    if clarify.options:
        titles = [m.fact.source.title for m in clarify.options]
        listed = ", ".join(f"\u201c{t}\u201d" for t in titles[:-1]) + f" or \u201c{titles[-1]}\u201d"
        return f"Several articles answer that differently. Which article do you mean: {listed}?"
    if clarify.detail == CHOICE_DETAIL:
        return (
            f"\u201c{clarify.reference}\u201d: of which thing? Ask again with its name, "
            f"e.g. \u201cis <name> {clarify.reference}?\u201d"
        )
    if clarify.detail == CLAIM_DETAIL:
        return (
            f"\u201c{clarify.reference}\u201d: of which thing? Ask again with its name, "
            f"e.g. \u201cis it {clarify.reference} for <name>?\u201d"
        )
    return (
        f"What does \u201c{clarify.reference}\u201d refer to? Ask again with its name, "
        "e.g. \u201cwhen was the AAGC set up?\u201d"
    )


def suggestion_lines(options: tuple[Match, ...]) -> list[str]:
    """Return the "did you mean" questions, one per close fact."""
    return [m.fact.fact.question for m in options]


def decline_text(decline: Decline) -> str:
    """Return the honest message for a question the material does not answer."""
    if decline.reason is DeclineReason.NOT_MENTIONED:
        return f"The study material doesn't mention {decline.detail}, so I won't guess."
    return {
        DeclineReason.SMALL_TALK: SMALL_TALK_TEXT,
        DeclineReason.EMPTY: EMPTY_TEXT,
        DeclineReason.TOO_LONG: TOO_LONG_TEXT,
        DeclineReason.NOT_COVERED: NOT_COVERED_TEXT,
        DeclineReason.NOTHING_MORE: NOTHING_MORE_TEXT,
        DeclineReason.TASK: TASK_TEXT,
    }[decline.reason]


def outcome_text(outcome: Outcome) -> str:
    """Return a plain-text rendering of any outcome, for the terminal and the CLI."""
    if isinstance(outcome, Answer):
        return answer_text(outcome)
    if isinstance(outcome, Partial):
        return partial_text(outcome)
    if isinstance(outcome, Correction):
        return correction_text(outcome)
    if isinstance(outcome, Clarify):
        return clarify_text(outcome)
    if isinstance(outcome, Suggestions):
        lead = "I'm not sure which you mean." if outcome.near_tie else NOT_COVERED_TEXT + " Did you mean:"
        lines = [lead, *(f"  {i}. {q}" for i, q in enumerate(suggestion_lines(outcome.options), start=1))]
        return "\n".join(lines)
    return decline_text(outcome)


def explain(outcome: Outcome) -> list[str]:
    """Return why the bot decided as it did: the kind of outcome and each fact's checks, for --explain."""
    kind = type(outcome).__name__.lower()
    detail = "" if isinstance(outcome, Answer | Suggestions) else outcome.detail
    lines = [f"decided: {kind}" + (f" ({detail})" if detail else "")]
    matches: tuple[Match, ...] = ()
    if isinstance(outcome, Answer):
        matches = outcome.matches + outcome.related
    elif isinstance(outcome, Partial | Correction):
        matches = outcome.related
    elif isinstance(outcome, Suggestions):
        matches = outcome.options
    lines.extend(f"[{m.fact.fact.id}] score {m.score:.3f}: {m.reason}" for m in matches)
    return lines
