"""The knowledge capability: what the bot knows, summaries of it, and reloading it safely."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bot.core.answering.index import load_word_data
from bot.core.answering.matcher import Matcher
from bot.core.answering.summary import Summary, TopicSuggestions, find_article, summarize
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS, Thresholds
from bot.core.errors import StudyError
from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.cache import CompiledCache
from bot.core.knowledge.problems import Problem
from bot.core.knowledge.schema import Source
from bot.core.knowledge.store import KnowledgeStore, ReloadResult
from bot.core.knowledge.validation import validate_directory

if TYPE_CHECKING:
    from bot.core.knowledge.draft import DraftResult


class KnowledgeService:
    """Read the knowledge in use, summarise it, and reload it (a broken reload keeps the old knowledge)."""

    def __init__(self, store: KnowledgeStore[Matcher]) -> None:
        self.store = store

    @classmethod
    def from_directory(
        cls, knowledge_dir: Path, thresholds: Thresholds = DEFAULT_THRESHOLDS, cache: CompiledCache | None = None
    ) -> KnowledgeService:
        """Load and index a directory; raise KnowledgeError if it does not validate.

        With a ``cache``, files unchanged since an earlier load are neither parsed, validated nor indexed again
        (reloads use it too), and what the current files no longer use is cleared from it now and then.
        """
        store = KnowledgeStore.load(knowledge_dir, lambda base: Matcher(base, thresholds, cache=cache), cache)
        if cache is not None:
            cache.prune()
        return cls(store)

    @staticmethod
    def warm_up() -> None:
        """Read the word lists and dictionary that some questions need, now (a fraction of a second: off the loop)."""
        load_word_data()

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

    def summary(self, topic: str | None = None, article: str | None = None) -> Summary | TopicSuggestions:
        """Summarise an article (or list them all), or the section a topic names, in one article or any."""
        snapshot = self.store.snapshot
        return summarize(snapshot.base, snapshot.index, topic, article)

    def section_titles(self, article: str | None = None) -> list[str]:
        """Return the section titles (of one article, named by id or title), for autocomplete and help."""
        source = self.article(article) if article else None
        return [s.title for src, s in self.base.sections if source is None or src.id == source.id]

    def article_titles(self) -> list[str]:
        """Return every article's title, in file order."""
        return [source.title for source in self.base.sources]

    def article(self, name: str) -> Source | None:
        """Return the article a name means (id, title or a close spelling), or None when it is unclear."""
        found = find_article(self.base, name)
        return found if isinstance(found, Source) else None

    def articles_named(self, text: str) -> tuple[str, ...]:
        """Return the ids of the articles a comma-separated list names ("all" or nothing: every article).

        Raises StudyError naming what it cannot tell apart, so a member can fix the list.
        """
        names = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
        if not names or [n.casefold() for n in names] == ["all"]:
            return ()
        found: list[str] = []
        unknown: list[str] = []
        for name in names:
            source = self.article(name)
            if source is None:
                unknown.append(name)
            elif source.id not in found:
                found.append(source.id)
        if unknown:
            known = "; ".join(self.article_titles())
            raise StudyError(f"I don't know the article(s) {', '.join(unknown)!s}. The articles are: {known}.")
        return tuple(found)

    def article_stats(self) -> dict[str, dict[str, int]]:
        """Return, per article title, how many sections, facts and curated quiz items it has."""
        base = self.base
        stats = {}
        for source in base.sources:
            fact_ids = {sf.fact.id for sf in base.facts_of(source.id)}
            stats[source.title] = {
                "sections": sum(1 for src, _s in base.sections if src.id == source.id),
                "facts": len(fact_ids),
                "quiz_items": sum(1 for item in base.quiz if item.fact in fact_ids),
            }
        return stats

    def section_id(self, topic: str, article: str | None = None) -> str | None:
        """Return the id of the section a topic names (its title, its id, or what its facts cover), if any."""
        found = self.find_section(topic, article)
        return found[1] if found else None

    def find_section(self, topic: str, article: str | None = None) -> tuple[str, str] | None:
        """Return (article id, section id) of the section a topic names, within one article when given."""
        source = self.article(article) if article else None
        for src, section in self.base.sections:
            if source is not None and src.id != source.id:
                continue
            if topic.casefold() in {section.title.casefold(), section.id.casefold()}:
                return src.id, section.id
        found = self.summary(topic, source.id if source else None)
        if isinstance(found, Summary) and found.section is not None and found.source is not None:
            return found.source.id, found.section.id
        return None

    def reload(self) -> ReloadResult:
        """Validate the knowledge folder and swap it in only if it is clean (blocking: run it off the loop)."""
        return self.store.reload()


def validate_folder(directory: Path, cache: CompiledCache | None = None) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Check every knowledge file of a folder; return the base (None on any problem) and every problem.

    With a ``cache``, files that passed before are not checked on their own again (the checks across files
    still run over the whole folder).
    """
    return validate_directory(directory, cache)


def draft_article(article: Path, output: Path | None = None) -> DraftResult:
    """Draft a knowledge file from an article's plain text, write it and validate it (DraftError if it cannot)."""
    # The drafter is large and only `studybot draft` needs it: imported here, it costs the other commands nothing.
    from bot.core.knowledge.draft import write_draft

    return write_draft(article, output)
