"""The knowledge capability: what the bot knows, summaries of it, and reloading it safely."""

from __future__ import annotations

from pathlib import Path

from bot.core.answering.matcher import Matcher
from bot.core.answering.summary import Summary, TopicSuggestions, summarize
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS, Thresholds
from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.problems import Problem
from bot.core.knowledge.store import KnowledgeStore, ReloadResult
from bot.core.knowledge.validation import validate_directory


class KnowledgeService:
    """Read the knowledge in use, summarise it, and reload it (a broken reload keeps the old knowledge)."""

    def __init__(self, store: KnowledgeStore[Matcher]) -> None:
        self.store = store

    @classmethod
    def from_directory(cls, knowledge_dir: Path, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> KnowledgeService:
        """Load and index a directory; raise KnowledgeError if it does not validate."""
        return cls(KnowledgeStore.load(knowledge_dir, lambda base: Matcher(base, thresholds)))

    @property
    def knowledge_dir(self) -> Path:
        """Return the folder the knowledge is read from."""
        return self.store.directory

    @property
    def base(self) -> KnowledgeBase:
        """Return the knowledge currently in use."""
        return self.store.snapshot.base

    @property
    def matcher(self) -> Matcher:
        """Return the matcher for the knowledge currently in use."""
        return self.store.snapshot.index

    @property
    def stats(self) -> dict[str, int]:
        """Return the counts of the knowledge in use."""
        return self.base.stats

    def summary(self, topic: str | None = None) -> Summary | TopicSuggestions:
        """Summarise the article, or the section a topic names."""
        snapshot = self.store.snapshot
        return summarize(snapshot.base, snapshot.index, topic)

    def section_titles(self) -> list[str]:
        """Return every section title, for autocomplete and help."""
        return [section.title for _source, section in self.base.sections]

    def section_id(self, topic: str) -> str | None:
        """Return the id of the section a topic names (its title, its id, or what its facts cover), if any."""
        for _source, section in self.base.sections:
            if topic.casefold() in {section.title.casefold(), section.id.casefold()}:
                return section.id
        found = self.summary(topic)
        return found.section.id if isinstance(found, Summary) and found.section is not None else None

    def reload(self) -> ReloadResult:
        """Validate the knowledge folder and swap it in only if it is clean (blocking: run it off the loop)."""
        return self.store.reload()


def validate_folder(directory: Path) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Check every knowledge file of a folder; return the base (None on any problem) and every problem."""
    return validate_directory(directory)
