"""The knowledge in use: a validated base and the index built from it, swapped together on reload."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.cache import CompiledCache
from bot.core.knowledge.problems import Problem
from bot.core.knowledge.validation import load_knowledge, validate_directory

log = logging.getLogger(__name__)

IndexT = TypeVar("IndexT")


@dataclass(frozen=True)
class Snapshot(Generic[IndexT]):
    """A knowledge base and the index built from it; readers take one snapshot and use it throughout."""

    base: KnowledgeBase
    index: IndexT


@dataclass(frozen=True)
class ReloadResult:
    """What a reload did: the problems that stopped it, or the new base's counts."""

    problems: tuple[Problem, ...]
    stats: dict[str, int]

    @property
    def ok(self) -> bool:
        """Tell whether the new knowledge is now in use."""
        return not self.problems


class KnowledgeStore(Generic[IndexT]):
    """Hold the current snapshot; a reload validates first and keeps the old snapshot on any problem."""

    def __init__(
        self,
        directory: Path,
        build_index: Callable[[KnowledgeBase], IndexT],
        snapshot: Snapshot[IndexT],
        cache: CompiledCache | None = None,
    ) -> None:
        self.directory = directory
        self._build_index = build_index
        self._snapshot = snapshot
        #: Where unchanged files' validated form is kept between loads (reloads reuse it too).
        self._cache = cache
        self._lock = threading.Lock()
        self._listeners: list[Callable[[Snapshot[IndexT]], None]] = []

    @classmethod
    def load(
        cls, directory: Path, build_index: Callable[[KnowledgeBase], IndexT], cache: CompiledCache | None = None
    ) -> KnowledgeStore[IndexT]:
        """Load and index a directory; raise KnowledgeError if it does not validate."""
        base = load_knowledge(directory, cache)
        return cls(directory, build_index, Snapshot(base, build_index(base)), cache)

    @property
    def snapshot(self) -> Snapshot[IndexT]:
        """Return the knowledge in use now."""
        return self._snapshot

    def on_reload(self, listener: Callable[[Snapshot[IndexT]], None]) -> None:
        """Call ``listener`` with every new snapshot (in the reloading thread, before it is swapped in)."""
        self._listeners.append(listener)

    def reload(self) -> ReloadResult:
        """Validate the directory and swap it in only if it is clean; otherwise keep the old knowledge."""
        base, problems = validate_directory(self.directory, self._cache)
        if base is None:
            log.warning("Knowledge reload refused (%d problems); the previous knowledge stays in use", len(problems))
            return ReloadResult(tuple(problems), self._snapshot.base.stats)
        snapshot = Snapshot(base, self._build_index(base))
        for listener in self._listeners:
            listener(snapshot)
        with self._lock:
            self._snapshot = snapshot
        log.info("Knowledge reloaded: %s", base.stats)
        return ReloadResult((), base.stats)
