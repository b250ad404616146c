"""The curation capability: what the knowledge lacks or gets wrong, from members' questions, and teaching it.

Every reload of the knowledge the bot serves goes through one lock here (``/kb reload``, a teach, a change
seen by the folder watcher), so two reloads never race and the last one to finish is the newest.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.answering.gaps import Gap, cluster_gaps
from bot.core.answering.outcomes import Answer
from bot.core.answering.ports import QuestionLog, WrongMatch
from bot.core.knowledge.base import SourcedFact
from bot.core.knowledge.store import ReloadResult
from bot.core.knowledge.teach import (
    TEMP_PREFIX,
    Taught,
    TeachError,
    UnknownFactError,
    commit_teach,
    prepare_teach,
)
from bot.core.services.knowledge import KnowledgeService

__all__ = [
    "AmbiguousTeachError",
    "CurationService",
    "TeachError",
    "TeachResult",
    "UnknownFactError",
    "WrongMatch",
]

log = logging.getLogger(__name__)

#: The most facts offered for one question (a Discord select menu holds 25 options).
MAX_CANDIDATES = 25
#: The folder watcher waits for this long without changes before it reloads (editors save in several steps) ...
WATCH_QUIET_MS = 400
#: ... but never longer than this after the first change.
WATCH_DEBOUNCE_MS = 5000
#: Problems quoted in the log line of a change that did not validate.
MAX_LOGGED_PROBLEMS = 20
#: Entries of the knowledge folder fingerprinted at most (beyond that every change reloads).
MAX_FINGERPRINT_ENTRIES = 5000

Fingerprint = tuple[tuple[str, int, int], ...]


class AmbiguousTeachError(TeachError):
    """The question already reads as another fact: teaching it to this one would fight the bot's answer."""

    def __init__(self, question: str, fact_id: str, other: SourcedFact) -> None:
        super().__init__(
            f"I already answer “{question}” with fact `{other.fact.id}` ({other.fact.question}), so teaching it to "
            f"`{fact_id}` would fight that answer. If members mean `{fact_id}`, teach it anyway (--force); "
            f"otherwise leave it, or reword `{other.fact.id}`."
        )
        self.question = question
        self.fact_id = fact_id
        self.other_fact_id = other.fact.id


@dataclass(frozen=True)
class TeachResult:
    """A phrasing written into a fact's file, the reload that followed, and how the bot now answers it."""

    taught: Taught
    reload: ReloadResult
    #: The fact the bot now answers the question with (None: no confident answer).
    answered_with: str | None

    @property
    def answers(self) -> bool:
        """Tell whether the bot now answers the question with the taught fact."""
        return self.reload.ok and self.answered_with == self.taught.fact_id


class CurationService:
    """Show admins what members asked that went unanswered or wrong, and teach the knowledge new phrasings."""

    def __init__(self, knowledge: KnowledgeService, question_log: QuestionLog | None = None) -> None:
        self.knowledge = knowledge
        self.question_log = question_log
        #: One reload at a time, whoever asks for it; taken on the event loop, the work runs in a thread.
        self._reload_lock = asyncio.Lock()
        #: What the knowledge folder looked like when it was last loaded through this service (None: unknown).
        self._fingerprint: Fingerprint | None = None

    # ------------------------------------------------------------------ what went unanswered or wrong
    async def gaps(self, guild_id: int | None = None) -> list[Gap]:
        """Cluster the logged questions, most frequent first (the clustering runs off the event loop)."""
        if self.question_log is None:
            return []
        logged = await self.question_log.unanswered(guild_id)
        return await asyncio.to_thread(cluster_gaps, logged, self.knowledge.matcher)

    async def reports(self, guild_id: int | None = None, *, include_fixed: bool = False) -> list[WrongMatch]:
        """Return members' "wrong match" reports, counted, most frequent first.

        A report is fixed once the bot answers its question with another fact (someone taught it, or edited the
        files); fixed reports are left out unless ``include_fixed``. Checking runs off the event loop.
        """
        if self.question_log is None:
            return []
        reports = await self.question_log.wrong_matches(guild_id)
        if include_fixed or not reports:
            return reports
        return await asyncio.to_thread(self._unfixed, reports)

    def _unfixed(self, reports: Sequence[WrongMatch]) -> list[WrongMatch]:
        matcher = self.knowledge.matcher
        kept = []
        for report in reports:
            outcome = matcher.ask(report.question)
            if isinstance(outcome, Answer) and report.fact_id not in {m.fact.fact.id for m in outcome.matches}:
                continue
            kept.append(report)
        return kept

    async def candidates(
        self, questions: Sequence[str], exclude: Sequence[str | None] = (), limit: int = MAX_CANDIDATES
    ) -> list[list[SourcedFact]]:
        """Return, for each question, the facts it most likely belongs to (best first, up to ``limit``).

        ``exclude`` gives, per question, a fact to leave out (the one members said was a wrong match).
        """
        return await asyncio.to_thread(self._candidates, list(questions), list(exclude), limit)

    def _candidates(self, questions: list[str], exclude: list[str | None], limit: int) -> list[list[SourcedFact]]:
        matcher = self.knowledge.matcher
        found = []
        for index, question in enumerate(questions):
            skip = exclude[index] if index < len(exclude) else None
            facts = [m.fact for m in matcher.rank(question, limit=limit + 1) if m.fact.fact.id != skip]
            found.append(list({f.fact.id: f for f in facts}.values())[:limit])
        return found

    def fact(self, fact_id: str) -> SourcedFact | None:
        """Return a fact of the knowledge in use, or None."""
        base = self.knowledge.base
        return base.fact(fact_id) if base.has_fact(fact_id) else None

    # ------------------------------------------------------------------ teaching and reloading
    async def teach(
        self, question: str, fact_id: str, *, force: bool = False, overriding: str | None = None
    ) -> TeachResult:
        """Add ``question`` as a phrasing of ``fact_id`` in its file, then reload the knowledge for everyone.

        Refused (TeachError, nothing changed) when the fact does not exist, the question is empty, too long or
        already one of the fact's phrasings, or the change would make the knowledge invalid; and, unless ``force``,
        when the bot already answers the question confidently with another fact (AmbiguousTeachError).
        ``overriding`` names a fact members reported as a wrong match for the question: the bot answering with
        that one is what teaching is meant to fix. The file edit, the reload and the check run off the event loop.
        """
        async with self._reload_lock:
            return await asyncio.to_thread(self._teach, question, fact_id, force, overriding)

    def _teach(self, question: str, fact_id: str, force: bool, overriding: str | None) -> TeachResult:
        directory = self.knowledge.knowledge_dir
        plan = prepare_teach(directory, question, fact_id)
        if not force:
            rival = self._rival(plan.phrasing, fact_id, overriding)
            if rival is not None:
                raise AmbiguousTeachError(plan.phrasing, fact_id, rival)
        taught = commit_teach(plan)
        log.info("Taught %r to fact %s in %s:%d", taught.phrasing, taught.fact_id, taught.file, taught.line)
        result = self._reload_now()
        outcome = self.knowledge.matcher.ask(plan.phrasing)
        answered = outcome.best.fact.fact.id if isinstance(outcome, Answer) else None
        return TeachResult(taught, result, answered)

    def _rival(self, phrasing: str, fact_id: str, overriding: str | None) -> SourcedFact | None:
        """Return the other fact the bot confidently answers ``phrasing`` with, if any."""
        outcome = self.knowledge.matcher.ask(phrasing)
        if not isinstance(outcome, Answer):
            return None
        answered = {m.fact.fact.id for m in outcome.matches}
        if fact_id in answered or outcome.best.fact.fact.id == overriding:
            return None
        return outcome.best.fact

    async def reload(self) -> ReloadResult:
        """Reload the knowledge folder (after any running teach or reload); a broken folder keeps the old one."""
        async with self._reload_lock:
            return await asyncio.to_thread(self._reload_now)

    def _reload_now(self) -> ReloadResult:
        fingerprint = folder_fingerprint(self.knowledge.knowledge_dir)
        result = self.knowledge.reload()
        if result.ok:
            self._fingerprint = fingerprint
        return result

    # ------------------------------------------------------------------ reload on save
    async def watch(
        self,
        stop: asyncio.Event,
        *,
        on_result: Callable[[ReloadResult], None] | None = None,
        changes: AsyncIterator[Any] | None = None,
    ) -> None:
        """Reload the knowledge after every change to its folder that validates, until ``stop`` is set.

        A change that does not validate keeps the knowledge in use and logs its file:line problems once (WARNING).
        Changes are debounced (WATCH_QUIET_MS of quiet, WATCH_DEBOUNCE_MS at most); a change that leaves the folder
        as it was last loaded (e.g. the file a teach just wrote and reloaded) is skipped. ``changes`` replaces the
        file watcher (tests); ``on_result`` hears every reload it ran.
        """
        directory = self.knowledge.knowledge_dir
        source = changes if changes is not None else _folder_changes(directory, stop)
        log.info("Watching %s: knowledge files are reloaded when they change and validate", directory)
        try:
            async for batch in _until(stop, source):
                result = await self._reload_after_change(batch)
                if result is not None and on_result is not None:
                    on_result(result)
        except Exception:
            log.exception("Stopped watching %s for changes; use /kb reload after editing", directory)
        finally:
            log.info("No longer watching %s", directory)

    async def _reload_after_change(self, batch: object) -> ReloadResult | None:
        async with self._reload_lock:
            fingerprint = await asyncio.to_thread(folder_fingerprint, self.knowledge.knowledge_dir)
            if fingerprint is not None and fingerprint == self._fingerprint:
                log.debug("Knowledge folder changed back to what is loaded; nothing to reload (%s)", batch)
                return None
            result = await asyncio.to_thread(self._reload_now)
        if result.ok:
            log.info("Knowledge reloaded after a change in %s: %s", _changed_names(batch), result.stats)
        else:
            shown = "\n".join(f"  {problem}" for problem in result.problems[:MAX_LOGGED_PROBLEMS])
            more = len(result.problems) - MAX_LOGGED_PROBLEMS
            log.warning(
                "Knowledge change not loaded: %d problem(s); the previous knowledge stays in use:\n%s%s",
                len(result.problems),
                shown,
                f"\n  ...and {more} more (run `studybot validate`)" if more > 0 else "",
            )
        return result


async def _until(stop: asyncio.Event, source: AsyncIterator[Any]) -> AsyncIterator[Any]:
    """Yield from ``source`` until ``stop`` is set, even while ``source`` is waiting for its next item."""
    stopped = asyncio.ensure_future(stop.wait())
    try:
        while not stop.is_set():
            following = asyncio.ensure_future(anext(source))
            await asyncio.wait({following, stopped}, return_when=asyncio.FIRST_COMPLETED)
            if not following.done():
                following.cancel()
                with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration):
                    await following
                return
            try:
                yield following.result()
            except StopAsyncIteration:
                return
    finally:
        stopped.cancel()
        close = getattr(source, "aclose", None)
        if close is not None:
            with contextlib.suppress(Exception):
                await close()


def folder_fingerprint(directory: Path) -> Fingerprint | None:
    """Return (path, size, mtime) of every visible file under ``directory``; None if unknown or too many."""
    entries: list[tuple[str, int, int]] = []
    try:
        for root, folders, files in os.walk(directory):
            folders[:] = [name for name in folders if not name.startswith(".")]
            for name in files:
                if name.startswith("."):
                    continue
                path = os.path.join(root, name)
                try:
                    info = os.stat(path)
                except OSError:
                    continue
                entries.append((os.path.relpath(path, directory), info.st_size, info.st_mtime_ns))
                if len(entries) > MAX_FINGERPRINT_ENTRIES:
                    return None
    except OSError:
        return None
    return tuple(sorted(entries))


def _changed_names(batch: object) -> str:
    names: list[str] = []
    if isinstance(batch, Iterable):
        for change in batch:
            path = change[1] if isinstance(change, tuple) and len(change) == 2 else change
            names.append(Path(str(path)).name)
    return ", ".join(sorted(set(names))) or "the knowledge folder"


async def _folder_changes(directory: Path, stop: asyncio.Event) -> AsyncIterator[Any]:
    """Yield batches of changes to the knowledge folder (watchfiles), ignoring hidden files and editors' droppings."""
    from watchfiles import DefaultFilter, awatch

    class KnowledgeFilter(DefaultFilter):
        def __call__(self, change: Any, path: str) -> bool:
            name = os.path.basename(path)
            if name.startswith((".", TEMP_PREFIX)) or name.endswith((".tmp", ".swp", "~")):
                return False
            return bool(super().__call__(change, path))

    async for batch in awatch(
        directory,
        watch_filter=KnowledgeFilter(),
        step=WATCH_QUIET_MS,
        debounce=WATCH_DEBOUNCE_MS,
        stop_event=stop,
    ):
        yield batch
