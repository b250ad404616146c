"""WATCH_KNOWLEDGE: a saved change that validates is reloaded; one that does not keeps the knowledge and logs file:line.

Tests wait on events with generous limits (a busy machine may take seconds to notice a file), never on sleeps.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.core.knowledge.store import ReloadResult
from bot.core.services.curation import CurationService
from bot.core.services.knowledge import KnowledgeService
from bot.discordbot.client import StudyBot
from bot.terminal import TerminalSession
from tests.conftest import MINIMAL_ARTICLE, WriteKnowledge
from tests.fakes import FakeClock, FakeStore, sqlite_app

#: Long enough for the slowest machine to notice a file change; a passing run takes a fraction of it.
WAIT = 60.0
CURATION_LOG = "bot.core.services.curation"
#: The fact names a section the file does not define: refused at line 13.
BROKEN = MINIMAL_ARTICLE.replace("    section: main\n", "    section: nowhere\n", 1)


def answer_text(knowledge: KnowledgeService) -> str:
    return knowledge.base.fact("demo_fact").fact.answer


class Results:
    """Every reload the watcher ran, as an awaitable queue."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[ReloadResult] = asyncio.Queue()

    def __call__(self, result: ReloadResult) -> None:
        self.queue.put_nowait(result)

    async def next(self, limit: float = WAIT) -> ReloadResult:
        return await asyncio.wait_for(self.queue.get(), limit)


@contextlib.asynccontextmanager
async def watching(service: CurationService, **kwargs: Any) -> AsyncIterator[Results]:
    results = Results()
    stop = asyncio.Event()
    task = asyncio.create_task(service.watch(stop, on_result=results, **kwargs))
    try:
        yield results
    finally:
        stop.set()
        await asyncio.wait_for(task, WAIT)


# ---------------------------------------------------------------- the reload logic, with changes handed in
async def test_valid_invalid_then_fixed_changes(
    write_knowledge: WriteKnowledge, caplog: pytest.LogCaptureFixture
) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    knowledge = KnowledgeService.from_directory(folder)
    service = CurationService(knowledge)
    changes: asyncio.Queue[set[tuple[int, str]]] = asyncio.Queue()

    async def feed() -> AsyncIterator[set[tuple[int, str]]]:
        while True:
            yield await changes.get()

    article = folder / "demo.yaml"
    changed = {(2, str(article))}
    caplog.set_level(logging.INFO, logger=CURATION_LOG)
    async with watching(service, changes=feed()) as results:
        article.write_text(MINIMAL_ARTICLE.replace("demos work.", "demos work well."), encoding="utf-8")
        changes.put_nowait(changed)
        assert (await results.next()).ok
        assert answer_text(knowledge) == "The demo fact is that demos work well."

        caplog.clear()
        article.write_text(BROKEN, encoding="utf-8")
        changes.put_nowait(changed)
        refused = await results.next()
        assert not refused.ok
        assert answer_text(knowledge) == "The demo fact is that demos work well."  # the old base stays
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == CURATION_LOG]
        assert len(warnings) == 1  # once per change
        assert "demo.yaml:13:" in warnings[0].getMessage()
        assert "previous knowledge stays in use" in warnings[0].getMessage()

        article.write_text(MINIMAL_ARTICLE, encoding="utf-8")
        changes.put_nowait(changed)
        assert (await results.next()).ok
        assert answer_text(knowledge) == "The demo fact is that demos work."


async def test_a_change_back_to_what_is_loaded_is_not_reloaded(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    knowledge = KnowledgeService.from_directory(folder)
    service = CurationService(knowledge)
    changes: asyncio.Queue[set[tuple[int, str]]] = asyncio.Queue()

    async def feed() -> AsyncIterator[set[tuple[int, str]]]:
        while True:
            yield await changes.get()

    async with watching(service, changes=feed()) as results:
        # A teach writes the file and reloads; the watcher then sees the change and has nothing to do.
        await service.teach("does the demo hold up", "demo_fact")
        base = knowledge.base
        changes.put_nowait({(2, str(folder / "demo.yaml"))})
        (folder / "other.yaml").write_text("glossary: []\n", encoding="utf-8")
        changes.put_nowait({(1, str(folder / "other.yaml"))})
        assert (await results.next()).ok  # the first result is the second change: the first was skipped
        assert knowledge.base is not base
        assert results.queue.empty()


# ---------------------------------------------------------------- the real file watcher
async def until_watching(results: Results, article: Path, text: str) -> ReloadResult:
    """Touch the article until the watcher reports a reload: it watches from its first iteration, not before."""
    for _attempt in range(int(WAIT)):
        await asyncio.to_thread(article.write_text, text, encoding="utf-8")
        try:
            return await results.next(limit=5)
        except TimeoutError:
            continue
    raise AssertionError("the folder watcher never reported a change")


async def test_the_folder_watcher_picks_up_a_valid_edit_keeps_the_old_base_on_a_broken_one_then_the_fix(
    write_knowledge: WriteKnowledge, caplog: pytest.LogCaptureFixture
) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    knowledge = KnowledgeService.from_directory(folder)
    service = CurationService(knowledge)
    article = folder / "demo.yaml"
    caplog.set_level(logging.INFO, logger=CURATION_LOG)
    async with watching(service) as results:
        edited = MINIMAL_ARTICLE.replace("demos work.", "demos work on save.")
        assert (await until_watching(results, article, edited)).ok
        assert answer_text(knowledge) == "The demo fact is that demos work on save."

        caplog.clear()
        article.write_text(BROKEN, encoding="utf-8")
        refused = await results.next()
        assert not refused.ok
        assert any("demo.yaml:13:" in str(p) for p in refused.problems)
        assert answer_text(knowledge) == "The demo fact is that demos work on save."
        warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING and r.name == CURATION_LOG]
        assert len(warnings) == 1
        assert "demo.yaml:13:" in warnings[0]

        # Hidden files, editors' swap files and a teach's temporary files are never a change.
        (folder / ".demo.yaml.swp").write_text("junk", encoding="utf-8")
        article.write_text(MINIMAL_ARTICLE, encoding="utf-8")
        fixed = await results.next()
        assert fixed.ok
        assert answer_text(knowledge) == "The demo fact is that demos work."


# ---------------------------------------------------------------- started by the bot and the terminal
async def test_the_bot_watches_only_when_asked_and_stops_on_close(
    tmp_path: Path, write_knowledge: WriteKnowledge
) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    knowledge = KnowledgeService.from_directory(folder)
    for enabled in (False, True):
        app = await sqlite_app(tmp_path / str(enabled), knowledge, FakeClock(), watch_knowledge=enabled)
        bot = StudyBot(app)
        try:
            async with bot:
                await bot.setup_hook()
                task = bot._watch_task
                assert (task is not None) is enabled
                await bot.close()
                assert bot._watch_task is None
                assert task is None or task.done()
        finally:
            await app.close()


async def test_the_terminal_watches_while_it_runs(
    tmp_path: Path, write_knowledge: WriteKnowledge, caplog: pytest.LogCaptureFixture
) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    knowledge = KnowledgeService.from_directory(folder)
    app = await sqlite_app(tmp_path, knowledge, FakeClock(), store=FakeStore(), watch_knowledge=True)
    caplog.set_level(logging.INFO, logger=CURATION_LOG)
    try:
        out = io.StringIO()
        session = TerminalSession(app, io.StringIO("/help\n/quit\n"), out)
        assert await session.run() == 0
    finally:
        await app.close()
    messages = [r.getMessage() for r in caplog.records if r.name == CURATION_LOG]
    assert any(m.startswith("Watching ") for m in messages)
    assert any(m.startswith("No longer watching ") for m in messages)
