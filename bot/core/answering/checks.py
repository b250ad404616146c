"""Scoring a candidate fact against a query, and the checks that decide whether it answers the question.

Every check looks at one property (coverage, an uncovered rare word, the kind of answer asked for, figures,
...) and returns a verdict with its reason, shown by ``studybot ask --explain``. A new check is one class
added to ``DEFAULT_CHECKS``; the decision only reads the verdicts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz

from bot.core.answering.index import FactIndex, FactProfile
from bot.core.answering.outcomes import Match
from bot.core.answering.query import Query, Unit
from bot.core.answering.thresholds import Thresholds
from bot.core.knowledge.base import SourcedFact
from bot.core.language.lexicon import Intent

#: How a fact gives each kind of answer. An intent missing here is never satisfied (fail closed).
INTENT_SATISFIERS: Mapping[Intent, Callable[[Query, FactProfile], bool]] = MappingProxyType(
    {
        Intent.WHEN: lambda _query, profile: profile.has_year,
        Intent.QUANTITY: lambda _query, profile: profile.has_number,
        Intent.COUNT: lambda _query, profile: profile.has_count,
        # A name the member typed is not an answer to "who is ...".
        Intent.PERSON: lambda query, profile: bool(profile.named_after_role - query.words),
        Intent.PLACE: lambda query, profile: bool(profile.places - query.words),
    }
)


def unmet_intents(query: Query, profile: FactProfile) -> tuple[Intent, ...]:
    """Return the kinds of answer the question asks for that the fact does not give."""
    never: Callable[[Query, FactProfile], bool] = lambda _q, _p: False  # noqa: E731
    return tuple(
        i for i in sorted(query.intents, key=lambda i: i.value) if not INTENT_SATISFIERS.get(i, never)(query, profile)
    )


@dataclass(frozen=True)
class Candidate:
    """A fact scored against a query: how much of the question it covers and how it reads."""

    index: int
    fact: SourcedFact
    profile: FactProfile
    coverage: float
    similarity: float
    score: float
    covered: tuple[Unit, ...]
    uncovered: tuple[Unit, ...]
    unmet_intents: tuple[Intent, ...]


@dataclass(frozen=True)
class Verdict:
    """One check's judgement of a candidate."""

    check: str
    ok: bool
    reason: str = ""


class Check(Protocol):
    """A rule a candidate must pass to be given as the answer."""

    name: str

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""


class Scorer:
    """Score candidates: weighted coverage of the question's units, the asked kind, and phrasing similarity."""

    def __init__(self, index: FactIndex) -> None:
        self.index = index
        self.thresholds = index.thresholds

    def raw_coverage(self, query: Query) -> npt.NDArray[np.float32]:
        """Return every fact's weighted coverage of the query's units (before the detailed scoring)."""
        index = self.index
        total = np.zeros(index.size, dtype=np.float32)
        for unit in query.units:
            best = np.zeros(index.size, dtype=np.float32)
            for alternative in unit.alternatives:
                if any(token not in index.postings for token in alternative):
                    continue
                credit = index.dense(alternative[0])
                for token in alternative[1:]:
                    np.minimum(credit, index.dense(token), out=credit)
                np.maximum(best, credit, out=best)
            total += np.float32(unit.weight) * best
        return total

    def score(self, query: Query, position: int, raw: float) -> Candidate:
        """Score one fact in detail."""
        t = self.thresholds
        profile = self.index.profiles[position]
        unmet = unmet_intents(query, profile)
        intent_weight = t.intent_weight if query.intents else 0.0
        # A lone word the fact only has inside a name ("top speed" against "High Speed Rail") is not covered.
        name_bound = [u for u in query.units if u.lone and u.token in profile.name_only]
        for unit in name_bound:
            raw -= unit.weight * profile.credits.get(unit.token, 0.0)
        earned = intent_weight if not unmet else 0.0
        coverage = round((raw + earned) / max(query.unit_weight + intent_weight, 1e-9), 4)
        uncovered = tuple(u for u in query.units if not _unit_covered(u, profile) or u in name_bound)
        covered = tuple(u for u in query.units if u not in uncovered)
        similarity = 0.0
        if query.similarity_text:
            text = query.similarity_text
            best = max(
                (max(fuzz.ratio(text, p), fuzz.token_sort_ratio(text, p)) for p in profile.phrasings), default=0.0
            )
            similarity = best / 100.0
        score = (1 - t.phrasing_weight) * coverage + t.phrasing_weight * similarity
        return Candidate(
            position,
            self.index.facts[position],
            profile,
            round(float(coverage), 4),
            similarity,
            round(float(score), 4),
            covered,
            uncovered,
            unmet,
        )


def _unit_covered(unit: Unit, profile: FactProfile) -> bool:
    return any(all(profile.credits.get(t, 0.0) > 0 for t in alternative) for alternative in unit.alternatives)


# ---------------------------------------------------------------------------------------------------- the checks
class CoverageCheck:
    """The fact covers enough of the question's weighted content."""

    name = "coverage"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        ok = candidate.coverage >= thresholds.answer_coverage
        return Verdict(self.name, ok, "" if ok else f"covers {candidate.coverage:.2f} of the question")


class RareWordCheck:
    """No rare, specific word of the question is left uncovered."""

    name = "rare word"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        heavy = [u for u in candidate.uncovered if u.weight >= thresholds.max_uncovered_weight]
        return Verdict(self.name, not heavy, f"leaves out {', '.join(u.label for u in heavy)}" if heavy else "")


class AskedKindCheck:
    """The fact gives the kind of answer the question asks for (a time, an amount, a name...)."""

    name = "asked kind"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        unmet = candidate.unmet_intents
        reason = f"asks for a {' and '.join(i.value for i in unmet)} the fact does not give" if unmet else ""
        return Verdict(self.name, not unmet, reason)


class FiguresCheck:
    """Every figure the question names (a year, an amount) is in the fact."""

    name = "figures"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        missing = query.numbers - candidate.profile.numbers
        return Verdict(
            self.name, not missing, f"figures not in the fact: {', '.join(sorted(missing))}" if missing else ""
        )


class TopicOnlyCheck:
    """A fact that matches only the thing asked about does not answer what is asked of it ("cost of MAHSR")."""

    name = "topic only"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        uncovered_weight = sum(u.weight for u in candidate.uncovered)
        only_topic = len(candidate.covered) == 1 and uncovered_weight >= thresholds.only_topic_uncovered_weight
        reason = f"covers only {candidate.covered[0].label}" if only_topic else ""
        return Verdict(self.name, not only_topic, reason)


DEFAULT_CHECKS: tuple[Check, ...] = (
    CoverageCheck(),
    RareWordCheck(),
    AskedKindCheck(),
    FiguresCheck(),
    TopicOnlyCheck(),
)


@dataclass(frozen=True)
class Judged:
    """A candidate with every check's verdict."""

    candidate: Candidate
    verdicts: tuple[Verdict, ...]
    corrections: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        """Tell whether every check passed."""
        return all(v.ok for v in self.verdicts)

    @property
    def reason(self) -> str:
        """Explain the judgement: what matched, what did not, which checks failed."""
        c = self.candidate
        parts = [f"matched {', '.join(u.label for u in c.covered) or 'nothing'}"]
        if c.uncovered:
            parts.append(f"not covered: {', '.join(u.label for u in c.uncovered)}")
        parts.extend(f"[{v.check}] {v.reason}" for v in self.verdicts if not v.ok)
        if self.corrections:
            parts.append("read " + ", ".join(f"{a!r} as {b!r}" for a, b in self.corrections))
        return "; ".join(parts) + f" (coverage {c.coverage:.2f}, phrasing {c.similarity:.2f})"

    @property
    def match(self) -> Match:
        """Return the candidate as an outcome's match."""
        c = self.candidate
        return Match(c.fact, c.score, c.coverage, self.reason, frozenset(u.label for u in c.covered))


def judge(query: Query, candidate: Candidate, checks: tuple[Check, ...], thresholds: Thresholds) -> Judged:
    """Run every check on one candidate."""
    return Judged(candidate, tuple(check(query, candidate, thresholds) for check in checks), query.corrections)
