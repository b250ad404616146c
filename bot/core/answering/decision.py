"""Decide from the judged candidates: answer, offer "did you mean", or decline."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.answering.checks import Judged
from bot.core.answering.outcomes import Answer, Decline, DeclineReason, Outcome, Suggestions
from bot.core.answering.thresholds import Thresholds


def decide(judged: Sequence[Judged], thresholds: Thresholds) -> Outcome:
    """Answer with the best candidate that passes every check, unless close ones read the question differently."""
    t = thresholds
    passing = [j.match for j in judged if j.ok]
    if passing:
        best = passing[0]
        close = tuple(m for m in passing[1 : t.max_suggestions] if best.score - m.score < t.tie_margin)
        # Ask back only when close facts read the question differently (cover different parts of it).
        disagree = any(m.covered != best.covered for m in close)
        if close and disagree and best.coverage < t.full_coverage:
            return Suggestions((best, *close), near_tie=True)
        # A fact that covers the whole question answers it; close runners-up are offered as related.
        return Answer((best,), related=close)
    near = [j.match for j in judged if j.candidate.coverage >= t.suggest_coverage][: t.max_suggestions]
    if near:
        return Suggestions(tuple(near), near_tie=False)
    return Decline(DeclineReason.NOT_COVERED, judged[0].reason if judged else "no fact shares its words")
