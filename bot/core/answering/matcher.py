"""Match a chat question to one fact of the knowledge base, or decline honestly.

The pipeline: read the question once into a structured query (``query``); take candidates from the index
(``index``: every fact scored by the weighted share of the question it covers, the best few re-scored in
detail with the phrasing they read like); run every check on them (``checks``); and decide (``decision``).
A message with several questions gets one answer per part.
"""

from __future__ import annotations

import numpy as np

from bot.core.answering.checks import DEFAULT_CHECKS, Candidate, Check, Judged, Scorer, judge
from bot.core.answering.decision import decide
from bot.core.answering.index import FactIndex
from bot.core.answering.outcomes import Answer, Decline, DeclineReason, Match, Outcome, Suggestions
from bot.core.answering.query import Query, QueryReader, asserts_premise, split_clauses
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS, Thresholds
from bot.core.knowledge.base import KnowledgeBase
from bot.core.language.lexicon import LEXICON, Lexicon

__all__ = [
    "DEFAULT_THRESHOLDS",
    "Answer",
    "Decline",
    "DeclineReason",
    "Match",
    "Matcher",
    "Outcome",
    "Suggestions",
    "Thresholds",
]


class Matcher:
    """An index over one knowledge base that answers questions."""

    def __init__(
        self,
        base: KnowledgeBase,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
        lexicon: Lexicon = LEXICON,
        checks: tuple[Check, ...] = DEFAULT_CHECKS,
    ) -> None:
        self.base = base
        self.thresholds = thresholds
        self.index = FactIndex(base, thresholds, lexicon)
        self.reader = QueryReader(self.index)
        self.scorer = Scorer(self.index)
        self.checks = checks

    @property
    def lexicon(self) -> Lexicon:
        """Return the words the questions are read with."""
        return self.index.lexicon

    def read(self, question: str) -> Query:
        """Read a question into its structured query."""
        return self.reader.read(question)

    def candidates(self, query: Query) -> list[Candidate]:
        """Return the best-covering facts scored in detail, best first."""
        raw = self.scorer.raw_coverage(query)
        size = self.index.size
        k = min(self.thresholds.candidates, size)
        if k == 0:
            return []
        top = np.argpartition(-raw, k - 1)[:k] if k < size else np.arange(size)
        scored = [self.scorer.score(query, int(i), float(raw[i])) for i in top if raw[i] > 0]
        scored.sort(key=lambda c: (-c.score, c.fact.fact.id))
        return scored

    def judge(self, query: Query) -> list[Judged]:
        """Return the candidates with every check's verdict, best first."""
        return [judge(query, candidate, self.checks, self.thresholds) for candidate in self.candidates(query)]

    def _decide(self, question: str) -> Outcome:
        t = self.thresholds
        query = self.read(question)
        if query.small_talk:
            return Decline(DeclineReason.SMALL_TALK, "greeting or thanks")
        if not query.units:
            return Decline(DeclineReason.EMPTY, "no question found in the message")
        if query.content_words > t.max_content_words:
            return Decline(DeclineReason.TOO_LONG, f"more than {t.max_content_words} content words")
        return decide(query, self.judge(query), t, premise=asserts_premise(query))

    def ask(self, question: str) -> Outcome:
        """Answer ``question`` from the base, suggest close facts, or decline."""
        whole = self._decide(question)
        if isinstance(whole, Answer) and whole.best.coverage >= self.thresholds.whole_message_coverage:
            return whole
        parts = split_clauses(question, self.lexicon)
        if len(parts) < 2:
            return whole
        answers: list[Match] = []
        for part in parts[: self.thresholds.max_parts]:
            outcome = self._decide(part)
            if isinstance(outcome, Answer) and all(m.fact.fact.id != outcome.best.fact.fact.id for m in answers):
                answers.append(outcome.best)
        if len(answers) >= 2:
            return Answer(tuple(answers))
        return whole

    def rank(self, question: str, limit: int = 5) -> list[Match]:
        """Return the best-scoring facts for ``question`` whether or not they answer it."""
        return [j.match for j in self.judge(self.read(question))][:limit]

    @property
    def vocabulary_size(self) -> int:
        """Return how many distinct index tokens the base has."""
        return len(self.index.postings)
