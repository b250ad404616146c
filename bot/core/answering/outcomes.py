"""What the matcher decides for a question: an answer, "did you mean" suggestions, or an honest decline."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from bot.core.answering.frozen import quick_init
from bot.core.knowledge.base import SourcedFact


class DeclineReason(Enum):
    """Why the bot gives no answer."""

    EMPTY = "empty"
    SMALL_TALK = "small_talk"
    TOO_LONG = "too_long"
    NOT_COVERED = "not_covered"
    #: The question names something (a country, a state, an organisation) the material never mentions.
    NOT_MENTIONED = "not_mentioned"
    #: "tell me more" after an answer when the material says nothing more of that thing.
    NOTHING_MORE = "nothing_more"
    #: "make 5 MCQs", "5 sawal bana do": a task the quiz command does, not a question.
    TASK = "task"


@quick_init
@dataclass(frozen=True)
class Match:
    """One fact considered for a question, with its scores and why it matched."""

    fact: SourcedFact
    score: float
    coverage: float
    reason: str
    #: Labels of the question's parts this fact covers.
    covered: frozenset[str] = frozenset()
    #: How likely this answer is right, calibrated on labelled questions (0-1); the score until calibrated.
    confidence: float = 0.0
    #: What the calibration reads (see ``decision.answer_features``).
    features: tuple[float, ...] = ()


@dataclass(frozen=True)
class Answer:
    """A confident answer: one fact, or one per part of a multi-part question."""

    matches: tuple[Match, ...]
    related: tuple[Match, ...] = ()
    #: A sentence the bot adds over the snippets (a comparison of two facts, the odd one out of a list).
    note: str = ""
    #: Several articles answer the question differently: one match per article, each shown under its title.
    by_article: bool = False

    @property
    def best(self) -> Match:
        """Return the first (or only) match."""
        return self.matches[0]

    @property
    def confidence(self) -> float:
        """Return the lowest calibrated confidence among the parts."""
        return min(m.confidence or m.score for m in self.matches)


@dataclass(frozen=True)
class Suggestions:
    """No confident answer, but up to three facts that are close ("did you mean")."""

    options: tuple[Match, ...]
    near_tie: bool


@dataclass(frozen=True)
class Partial:
    """The material names what the question is about but not what it asks; show what it does say."""

    #: What the question asks that the material does not give ("a cost", "a date", "India's exports in US$").
    missing: str
    related: tuple[Match, ...]
    detail: str = ""
    #: A figure worked out from the material's own figures, shown as such ("... less ... = US$ 5.16 billion").
    worked: str = ""
    #: That figure as a number, when it is one sum (5.16): what a comparison of sums may set against another.
    worked_sum: float | None = None


@dataclass(frozen=True)
class Correction:
    """The question's premise is the reverse of what the material says; show what it says."""

    related: tuple[Match, ...]
    detail: str = ""
    #: True when the material states the same relation the other way round; False when it names others.
    reversed: bool = True


#: ``Clarify.detail`` of a choice offered with nothing it is about ("bilateral or multilateral?").
CHOICE_DETAIL = "a choice about nothing named"
#: ``Clarify.detail`` of a name or figure claimed of nothing named ("so 22.85 right?", "toh Ehime na?").
CLAIM_DETAIL = "a claim about nothing named"


@dataclass(frozen=True)
class Clarify:
    """A follow-up with nothing to follow ("when was it set up?"), or several articles: ask what is meant."""

    reference: str
    detail: str = ""
    #: When several articles answer differently: their best facts, one per article, for the member to pick.
    options: tuple[Match, ...] = ()


@dataclass(frozen=True)
class Decline:
    """The material does not answer the question."""

    reason: DeclineReason
    detail: str = ""


Outcome = Answer | Partial | Correction | Suggestions | Clarify | Decline


class OutcomeKind(Enum):
    """The outcome's kind, as the JSON contract and the logs name it."""

    ANSWER = "answer"
    PARTIAL = "partial"
    CORRECTION = "correction"
    SUGGESTIONS = "suggestions"
    CLARIFY = "clarify"
    DECLINE = "decline"


def kind_of(outcome: Outcome) -> OutcomeKind:
    """Return the kind of an outcome."""
    kinds: dict[type, OutcomeKind] = {
        Answer: OutcomeKind.ANSWER,
        Partial: OutcomeKind.PARTIAL,
        Correction: OutcomeKind.CORRECTION,
        Suggestions: OutcomeKind.SUGGESTIONS,
        Clarify: OutcomeKind.CLARIFY,
        Decline: OutcomeKind.DECLINE,
    }
    return kinds[type(outcome)]


def related_matches(outcome: Outcome) -> tuple[Match, ...]:
    """Return the facts an outcome draws on without answering with them (partial, correction, suggestions)."""
    if isinstance(outcome, Partial | Correction):
        return outcome.related
    if isinstance(outcome, Suggestions):
        return outcome.options
    if isinstance(outcome, Answer):
        return outcome.related
    if isinstance(outcome, Clarify):
        return outcome.options
    return ()


def articles_of(outcome: Outcome) -> tuple[str, ...]:
    """Return the ids of the articles an outcome draws on (its answer's, or its options'), in order."""
    matches = outcome.matches if isinstance(outcome, Answer) else ()
    return tuple(dict.fromkeys(m.fact.source.id for m in (*matches, *related_matches(outcome))))
