"""The curation capability: what the knowledge lacks or gets wrong, from members' questions, and teaching it.

Every reload of the knowledge the bot serves goes through one lock here (``/kb reload``, a teach, a change
seen by the folder watcher, a notice from another process), so two reloads never race and the last one to finish
is the newest. Each successful reload of this process's own is announced on the reload broadcast; the other
processes sharing the knowledge folder hear it and reload the folder too (``follow``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import stat
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.answering.gaps import Gap, cluster_gaps
from bot.core.answering.outcomes import Answer
from bot.core.answering.ports import QuestionLog, WrongMatch
from bot.core.knowledge.base import SourcedFact
from bot.core.knowledge.reloads import ReloadBroadcast, ReloadNotice, SilentBroadcast
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
#: Bytes read from one file for the folder's digest at most (the folder's own limits are far below).
MAX_DIGEST_FILE_BYTES = 64 * 1024 * 1024

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

    def __init__(
        self,
        knowledge: KnowledgeService,
        question_log: QuestionLog | None = None,
        *,
        broadcast: ReloadBroadcast | None = None,
        origin: str | None = None,
    ) -> None:
        self.knowledge = knowledge
        self.question_log = question_log
        #: Where this process announces its reloads and hears those of the others sharing the folder.
        self.broadcast: ReloadBroadcast = broadcast if broadcast is not None else SilentBroadcast()
        #: This process's name in its notices (it ignores its own when they come back).
        self.origin = origin or f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        #: One reload at a time, whoever asks for it; taken on the event loop, the work runs in a thread.
        self._reload_lock = asyncio.Lock()
        #: What the knowledge folder looked like when it was last loaded through this service (None: unknown).
        self._fingerprint: Fingerprint | None = None
        #: The digest of the folder's contents as last loaded through this service (None: unknown).
        self._digest: str | None = None
        #: The newest notice heard from another process and not yet acted on (a burst keeps only the last).
        self._heard: ReloadNotice | None = None
        self._heard_event = asyncio.Event()

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
            result = await asyncio.to_thread(self._teach, question, fact_id, force, overriding)
        if result.reload.ok:
            await self._announce()
        return result

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
            result = await asyncio.to_thread(self._reload_now)
        if result.ok:
            await self._announce()
        return result

    def _reload_now(self, digest: str | None = None) -> ReloadResult:
        # Taken before reading: a file saved meanwhile makes them older than what is loaded, which costs at most
        # one more reload later, never a missed one.
        fingerprint = folder_fingerprint(self.knowledge.knowledge_dir)
        digest = digest or folder_digest(self.knowledge.knowledge_dir)
        result = self.knowledge.reload()
        if result.ok:
            self._fingerprint = fingerprint
            self._digest = digest
        return result

    async def _announce(self) -> None:
        """Tell the other processes sharing the knowledge folder that this one reloaded it (never raises)."""
        try:
            await self.broadcast.publish(ReloadNotice(self.origin, self._digest))
        except Exception:
            log.exception("Could not tell the other processes about this reload; they need /kb reload")

    # ------------------------------------------------------------------ reloads of other processes
    async def follow(
        self, stop: asyncio.Event, *, on_result: Callable[[ReloadResult | None], None] | None = None
    ) -> None:
        """Reload the knowledge folder whenever another process announces a reload, until ``stop`` is set.

        Notices heard while a reload runs are coalesced into one more check; a notice for contents already
        loaded here changes nothing; a folder that does not validate here keeps the knowledge in use and is
        logged. ``on_result`` hears how each notice acted on ended (None: nothing needed reloading).
        """
        await self.broadcast.listen(self._hear)
        stopped = asyncio.ensure_future(stop.wait())
        try:
            while not stop.is_set():
                heard = asyncio.ensure_future(self._heard_event.wait())
                await asyncio.wait({heard, stopped}, return_when=asyncio.FIRST_COMPLETED)
                if not heard.done():
                    heard.cancel()
                    break
                self._heard_event.clear()
                notice, self._heard = self._heard, None
                if notice is None:
                    continue
                try:
                    result = await self._reload_for(notice)
                except Exception:
                    log.exception("Could not reload after a notice from process %s", notice.origin or "?")
                    continue
                if on_result is not None:
                    on_result(result)
        finally:
            stopped.cancel()

    def _hear(self, notice: ReloadNotice) -> None:
        if notice.origin == self.origin:
            return
        self._heard = notice
        self._heard_event.set()

    async def _reload_for(self, notice: ReloadNotice) -> ReloadResult | None:
        """Reload because of another process's notice, unless the folder holds what is already loaded here."""
        async with self._reload_lock:
            if notice.content is not None and notice.content == self._digest:
                log.debug("Process %s reloaded what this one has already loaded", notice.origin)
                return None
            digest = await asyncio.to_thread(folder_digest, self.knowledge.knowledge_dir)
            if digest is not None and digest == self._digest:
                log.info(
                    "Process %s reloaded the knowledge, but the folder here holds what is already loaded",
                    notice.origin or "?",
                )
                return None
            result = await asyncio.to_thread(self._reload_now, digest)
        if result.ok:
            log.info("Knowledge reloaded after a reload in process %s: %s", notice.origin or "?", result.stats)
        else:
            _log_refused(f"Knowledge reloaded by process {notice.origin or '?'} not loaded here", result)
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
            await self._announce()
        else:
            _log_refused("Knowledge change not loaded", result)
        return result


def _log_refused(what: str, result: ReloadResult) -> None:
    """Log, once and as a warning, the problems that kept a reload out (the previous knowledge stays)."""
    shown = "\n".join(f"  {problem}" for problem in result.problems[:MAX_LOGGED_PROBLEMS])
    more = len(result.problems) - MAX_LOGGED_PROBLEMS
    log.warning(
        "%s: %d problem(s); the previous knowledge stays in use:\n%s%s",
        what,
        len(result.problems),
        shown,
        f"\n  ...and {more} more (run `studybot validate`)" if more > 0 else "",
    )


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


def folder_digest(directory: Path) -> str | None:
    """Return a digest of the contents of every visible regular file under ``directory``; None if unreadable.

    Processes on different machines compare it (modification times differ between copies of one folder).
    Symbolic links count by their target's name, and FIFOs and devices by their name only: never opened.
    """
    digest = hashlib.sha256()
    count = 0
    try:
        for root, folders, files in os.walk(directory):
            folders.sort()
            folders[:] = [name for name in folders if not name.startswith(".")]
            for name in sorted(files):
                if name.startswith("."):
                    continue
                count += 1
                if count > MAX_FINGERPRINT_ENTRIES:
                    return None
                path = os.path.join(root, name)
                digest.update(os.path.relpath(path, directory).encode("utf-8", "surrogateescape") + b"\0")
                digest.update(_file_digest(path) + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def _file_digest(path: str) -> bytes:
    """Return what a file contributes to its folder's digest (its contents, for a regular file)."""
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            return b"link:" + os.readlink(path).encode("utf-8", "surrogateescape")
        if not stat.S_ISREG(info.st_mode):
            return b"special"
        # O_NONBLOCK: a FIFO swapped in after the check never blocks the open; fstat then refuses it.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return b"unreadable"
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            return b"special"
        return hashlib.sha256(file.read(MAX_DIGEST_FILE_BYTES)).digest()


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
