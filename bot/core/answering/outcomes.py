"""What the matcher decides for a question: an answer, "did you mean" suggestions, or an honest decline."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from bot.core.knowledge.base import SourcedFact


class DeclineReason(Enum):
    """Why the bot gives no answer."""

    EMPTY = "empty"
    SMALL_TALK = "small_talk"
    TOO_LONG = "too_long"
    NOT_COVERED = "not_covered"


@dataclass(frozen=True)
class Match:
    """One fact considered for a question, with its scores and why it matched."""

    fact: SourcedFact
    score: float
    coverage: float
    reason: str
    #: Labels of the question's parts this fact covers.
    covered: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Answer:
    """A confident answer: one fact, or one per part of a multi-part question."""

    matches: tuple[Match, ...]
    related: tuple[Match, ...] = ()

    @property
    def best(self) -> Match:
        """Return the first (or only) match."""
        return self.matches[0]

    @property
    def confidence(self) -> float:
        """Return the lowest score among the parts."""
        return min(m.score for m in self.matches)


@dataclass(frozen=True)
class Suggestions:
    """No confident answer, but up to three facts that are close ("did you mean")."""

    options: tuple[Match, ...]
    near_tie: bool


@dataclass(frozen=True)
class Decline:
    """The material does not answer the question."""

    reason: DeclineReason
    detail: str = ""


Outcome = Answer | Suggestions | Decline
