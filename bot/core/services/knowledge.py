"""The one facade every adapter (Discord, terminal, CLI) calls."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from bot.core.answering.matcher import DEFAULT_THRESHOLDS, Matcher, Outcome, Thresholds
from bot.core.answering.summary import Summary, TopicSuggestions, summarize
from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.validation import Problem, load_knowledge, validate_directory

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Snapshot:
    """A knowledge base and the matcher index built from it; swapped together on reload."""

    base: KnowledgeBase
    matcher: Matcher


@dataclass(frozen=True)
class ReloadResult:
    """What a reload did: the problems that stopped it, or the new base's counts."""

    problems: tuple[Problem, ...]
    stats: dict[str, int]

    @property
    def ok(self) -> bool:
        """Tell whether the new knowledge is now in use."""
        return not self.problems


class KnowledgeService:
    """Answer questions and summarise from the current knowledge, and reload it safely."""

    def __init__(self, knowledge_dir: Path, snapshot: Snapshot, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> None:
        self.knowledge_dir = knowledge_dir
        self._snapshot = snapshot
        self._thresholds = thresholds
        self._lock = threading.Lock()

    @classmethod
    def from_directory(cls, knowledge_dir: Path, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> KnowledgeService:
        """Load and index a directory; raise KnowledgeError if it does not validate."""
        base = load_knowledge(knowledge_dir)
        return cls(knowledge_dir, Snapshot(base, Matcher(base, thresholds)), thresholds)

    @property
    def base(self) -> KnowledgeBase:
        """Return the knowledge currently in use."""
        return self._snapshot.base

    @property
    def matcher(self) -> Matcher:
        """Return the matcher for the knowledge currently in use."""
        return self._snapshot.matcher

    def ask(self, question: str) -> Outcome:
        """Answer a member's question, suggest close facts, or decline."""
        return self._snapshot.matcher.ask(question)

    def summary(self, topic: str | None = None) -> Summary | TopicSuggestions:
        """Summarise the article, or the section a topic names."""
        snapshot = self._snapshot
        return summarize(snapshot.base, snapshot.matcher, topic)

    def section_titles(self) -> list[str]:
        """Return every section title, for autocomplete and help."""
        return [section.title for _source, section in self._snapshot.base.sections]

    def reload(self) -> ReloadResult:
        """Validate the knowledge directory and swap it in only if it is clean; otherwise keep the old one."""
        base, problems = validate_directory(self.knowledge_dir)
        if base is None:
            log.warning("Knowledge reload refused (%d problems); the previous knowledge stays in use", len(problems))
            return ReloadResult(tuple(problems), self._snapshot.base.stats)
        snapshot = Snapshot(base, Matcher(base, self._thresholds))
        with self._lock:
            self._snapshot = snapshot
        log.info("Knowledge reloaded: %s", base.stats)
        return ReloadResult((), base.stats)
