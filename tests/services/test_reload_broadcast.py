"""One reload for all processes: a reload in one is announced, and every other one reloads the shared folder.

Two "processes" here are two knowledge services over one folder, each with its curation service, joined by an
in-memory broadcast that delivers like PostgreSQL's NOTIFY (to every listener, the sender too, after the send).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.knowledge.reloads import MAYBE_MISSED, NoticeHandler, ReloadNotice, SilentBroadcast
from bot.core.knowledge.store import ReloadResult
from bot.core.services.curation import CurationService, folder_digest
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import MINIMAL_ARTICLE, WriteKnowledge

WAIT = 30.0
CURATION_LOG = "bot.core.services.curation"
EDITED = MINIMAL_ARTICLE.replace("demos work.", "demos work (edited).")
BROKEN = MINIMAL_ARTICLE.replace("    section: main\n", "    section: nowhere\n", 1)


class Hub:
    """The database's channel: every notice published reaches every listener, its sender included."""

    def __init__(self) -> None:
        self.handlers: list[NoticeHandler] = []
        self.published: list[ReloadNotice] = []

    def broadcast(self) -> HubBroadcast:
        return HubBroadcast(self)


class HubBroadcast:
    """One process's end of the hub."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self.closed = False

    async def publish(self, notice: ReloadNotice) -> None:
        self.hub.published.append(notice)
        loop = asyncio.get_running_loop()
        for handler in list(self.hub.handlers):
            loop.call_soon(handler, notice)  # delivered later, on the loop, as asyncpg does

    async def listen(self, handler: NoticeHandler) -> None:
        self.hub.handlers.append(handler)

    async def close(self) -> None:
        self.closed = True


class Outcomes:
    """What the follower did with each notice, as an awaitable queue."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[ReloadResult | None] = asyncio.Queue()

    def __call__(self, result: ReloadResult | None) -> None:
        self.queue.put_nowait(result)

    async def next(self) -> ReloadResult | None:
        return await asyncio.wait_for(self.queue.get(), WAIT)


@contextlib.asynccontextmanager
async def following(service: CurationService) -> AsyncIterator[Outcomes]:
    outcomes = Outcomes()
    stop = asyncio.Event()
    task = asyncio.create_task(service.follow(stop, on_result=outcomes))
    await asyncio.sleep(0)  # let it subscribe
    try:
        yield outcomes
    finally:
        stop.set()
        await asyncio.wait_for(task, WAIT)


def demo_answer(knowledge: KnowledgeService) -> str:
    return knowledge.base.fact("demo_fact").fact.answer


def process(folder: Path, hub: Hub, name: str) -> CurationService:
    return CurationService(KnowledgeService.from_directory(folder), broadcast=hub.broadcast(), origin=name)


async def test_a_reload_in_one_process_reloads_the_other_and_not_itself_again(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    hub = Hub()
    a, b = process(folder, hub, "a"), process(folder, hub, "b")
    async with following(a) as heard_by_a, following(b) as heard_by_b:
        (folder / "demo.yaml").write_text(EDITED, encoding="utf-8")
        assert (await a.reload()).ok
        assert hub.published == [ReloadNotice("a", folder_digest(folder))]
        result = await heard_by_b.next()
        assert result is not None
        assert result.ok
        assert demo_answer(b.knowledge) == "The demo fact is that demos work (edited)."
        assert heard_by_a.queue.empty()  # its own notice came back and was ignored
    assert len(hub.published) == 1  # a reload after a notice is not announced again (no echo)


async def test_a_teach_is_announced_and_the_other_process_answers_the_taught_phrasing(
    write_knowledge: WriteKnowledge,
) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    hub = Hub()
    a, b = process(folder, hub, "a"), process(folder, hub, "b")
    async with following(b) as heard_by_b:
        taught = await a.teach("what do demos prove", "demo_fact", force=True)
        assert taught.reload.ok
        assert [n.origin for n in hub.published] == ["a"]
        result = await heard_by_b.next()
        assert result is not None
        assert result.ok
    assert "what do demos prove" in b.knowledge.base.fact("demo_fact").fact.alternatives


async def test_a_saved_change_seen_by_the_watcher_is_announced(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    hub = Hub()
    a, b = process(folder, hub, "a"), process(folder, hub, "b")
    (folder / "demo.yaml").write_text(EDITED, encoding="utf-8")

    async def one_change() -> AsyncIterator[set[tuple[int, str]]]:
        yield {(2, str(folder / "demo.yaml"))}

    async with following(b) as heard_by_b:
        await a.watch(asyncio.Event(), changes=one_change())
        assert [n.origin for n in hub.published] == ["a"]
        result = await heard_by_b.next()
        assert result is not None
        assert result.ok
    assert demo_answer(b.knowledge) == "The demo fact is that demos work (edited)."


async def test_a_burst_of_notices_is_one_reload(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    hub = Hub()
    b = process(folder, hub, "b")
    reloads = 0

    def count(_snapshot: object) -> None:
        nonlocal reloads
        reloads += 1

    b.knowledge.store.on_reload(count)
    async with following(b) as heard_by_b:
        (folder / "demo.yaml").write_text(EDITED, encoding="utf-8")
        for number in range(5):  # all heard before the follower wakes up
            hub.handlers[0](ReloadNotice("a", f"digest-{number}"))
        result = await heard_by_b.next()
        assert result is not None
        assert result.ok
        # One more notice, for what b now has: nothing to do, and it shows every earlier notice was used up.
        hub.handlers[0](ReloadNotice("a", folder_digest(folder)))
        assert await heard_by_b.next() is None
    assert heard_by_b.queue.empty()  # two outcomes for six notices
    assert reloads == 1


async def test_a_notice_for_what_is_loaded_and_a_possible_gap_with_nothing_new_reload_nothing(
    write_knowledge: WriteKnowledge,
) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    hub = Hub()
    b = process(folder, hub, "b")
    assert (await b.reload()).ok  # b now knows the digest of what it loaded
    async with following(b) as heard_by_b:
        hub.handlers[0](ReloadNotice("a", folder_digest(folder)))
        assert await heard_by_b.next() is None
        hub.handlers[0](MAYBE_MISSED)  # e.g. after a lost connection: the folder is checked, and is the same
        assert await heard_by_b.next() is None
        (folder / "demo.yaml").write_text(EDITED, encoding="utf-8")
        hub.handlers[0](MAYBE_MISSED)  # now it differs: reloaded
        result = await heard_by_b.next()
        assert result is not None
        assert result.ok
    assert demo_answer(b.knowledge) == "The demo fact is that demos work (edited)."


async def test_a_folder_that_does_not_validate_here_keeps_the_old_knowledge_and_logs(
    write_knowledge: WriteKnowledge, caplog: pytest.LogCaptureFixture
) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    hub = Hub()
    b = process(folder, hub, "b")
    caplog.set_level(logging.INFO, logger=CURATION_LOG)
    async with following(b) as heard_by_b:
        (folder / "demo.yaml").write_text(BROKEN, encoding="utf-8")
        hub.handlers[0](ReloadNotice("a", "whatever-a-loaded"))
        refused = await heard_by_b.next()
        assert refused is not None
        assert not refused.ok
        assert demo_answer(b.knowledge) == "The demo fact is that demos work."
        # The follower carries on: the fix, announced next, is loaded.
        (folder / "demo.yaml").write_text(EDITED, encoding="utf-8")
        hub.handlers[0](ReloadNotice("a", "the-fix"))
        fixed = await heard_by_b.next()
        assert fixed is not None
        assert fixed.ok
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("reloaded by process a not loaded here" in w and "demo.yaml:" in w for w in warnings)
    assert demo_answer(b.knowledge) == "The demo fact is that demos work (edited)."


async def test_a_failing_broadcast_never_fails_the_reload(
    write_knowledge: WriteKnowledge, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken(SilentBroadcast):
        async def publish(self, notice: ReloadNotice) -> None:
            raise ConnectionError("the database went away")

    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    service = CurationService(KnowledgeService.from_directory(folder), broadcast=Broken())
    (folder / "demo.yaml").write_text(EDITED, encoding="utf-8")
    assert (await service.reload()).ok
    assert demo_answer(service.knowledge) == "The demo fact is that demos work (edited)."
    assert any("Could not tell the other processes" in r.getMessage() for r in caplog.records)


async def test_a_single_process_broadcasts_nothing_and_follows_until_stopped(
    write_knowledge: WriteKnowledge,
) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    service = CurationService(KnowledgeService.from_directory(folder))
    assert isinstance(service.broadcast, SilentBroadcast)
    assert (await service.reload()).ok
    stop = asyncio.Event()
    task = asyncio.create_task(service.follow(stop))
    await asyncio.sleep(0)
    assert not task.done()
    stop.set()
    await asyncio.wait_for(task, WAIT)


def test_notices_travel_as_short_json_and_anything_else_asks_for_a_check() -> None:
    notice = ReloadNotice("1234-abcd", "f" * 64)
    assert ReloadNotice.from_payload(notice.to_payload()) == notice
    assert len(notice.to_payload()) < 200
    for garbage in ("", "not json", "[1, 2]", '{"origin": 5}', '{"origin": "a", "content": 7}', "x" * 5000):
        assert ReloadNotice.from_payload(garbage) == MAYBE_MISSED


def test_the_folder_digest_follows_contents_not_times_and_never_opens_a_fifo(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    article = folder / "demo.yaml"
    article.write_text(MINIMAL_ARTICLE, encoding="utf-8")
    first = folder_digest(folder)
    assert first is not None
    os.utime(article, (1, 1))  # another copy of the folder: same contents, other times
    assert folder_digest(folder) == first
    (folder / ".demo.yaml.swp").write_text("editor droppings", encoding="utf-8")
    assert folder_digest(folder) == first
    article.write_text(EDITED, encoding="utf-8")
    edited = folder_digest(folder)
    assert edited not in {None, first}
    os.mkfifo(folder / "pipe")  # opening it would block: the digest must not
    assert folder_digest(folder) not in {None, edited}
    (folder / "link.txt").symlink_to("/dev/zero")
    assert folder_digest(folder) is not None
