"""The question bank of the knowledge in use, shared by quizzes, the daily quiz and reviews."""

from __future__ import annotations

import threading

from bot.core.answering.matcher import Matcher
from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.store import Snapshot
from bot.core.services.knowledge import KnowledgeService
from bot.core.study.question import Question
from bot.core.study.questionbank import QuestionBank


class QuestionSource:
    """Build the question bank for the knowledge in use, once per knowledge version."""

    def __init__(self, knowledge: KnowledgeService, seed: int = 0) -> None:
        self.knowledge = knowledge
        self._seed = seed
        self._lock = threading.Lock()
        self._bank_for: KnowledgeBase | None = None
        self._bank: QuestionBank | None = None

    @property
    def bank(self) -> QuestionBank:
        """Return the question bank of the knowledge currently in use (prepared off the loop by reloads)."""
        return self.prepare(self.knowledge.base)

    def prepare(self, base: KnowledgeBase) -> QuestionBank:
        """Build the bank of ``base`` unless it is built already (blocking: call it off the event loop)."""
        bank = self._bank
        if bank is not None and self._bank_for is base:
            return bank
        with self._lock:
            if self._bank is None or self._bank_for is not base:
                self._bank = QuestionBank(base, seed=self._seed)
                self._bank_for = base
            return self._bank

    def ready_for(self, base: KnowledgeBase) -> bool:
        """Tell whether the bank of ``base`` is built already."""
        return self._bank is not None and self._bank_for is base

    def follow_reloads(self) -> None:
        """Build each reloaded base's bank in the reloading thread, before the base is swapped in."""

        def prepare(snapshot: Snapshot[Matcher]) -> None:
            self.prepare(snapshot.base)

        self.knowledge.store.on_reload(prepare)

    def section_of(self, fact_id: str) -> str | None:
        """Return the section id of a fact, or None if the fact is gone."""
        base = self.knowledge.base
        return base.fact(fact_id).section.id if base.has_fact(fact_id) else None

    def get(self, question_id: str) -> Question | None:
        """Return a question by id, or None if the knowledge no longer has it."""
        try:
            return self.bank.get(question_id)
        except KeyError:
            return None
