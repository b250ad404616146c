"""CPU work never runs on the event loop: loading, question banks after a reload, answering, grouping gaps."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

import bot.app
from bot.app import bootstrap
from bot.core.answering.gaps import LoggedQuestion
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge
from tests.fakes import FakeStore, settings_for


async def test_bootstrap_loads_knowledge_and_builds_the_bank_off_the_loop(
    tmp_path: Path, write_knowledge: WriteKnowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_knowledge(copy_mini=True)
    loop_thread = threading.get_ident()
    threads: dict[str, int] = {}
    real_load = bot.app.load_knowledge

    def load(settings: Any) -> KnowledgeService:
        threads["load"] = threading.get_ident()
        return real_load(settings)

    monkeypatch.setattr(bot.app, "load_knowledge", load)
    app = await bootstrap(settings_for(tmp_path, knowledge_dir=folder), store=FakeStore())
    assert threads["load"] != loop_thread
    assert app.questions.ready_for(app.knowledge.base)  # built before the first quiz asks for it


async def test_bootstrap_reads_the_word_data_off_the_loop(
    tmp_path: Path, shipped: KnowledgeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Word lists and the lemmatiser's dictionary are read at start, so a member's first typo does not stall the loop.
    loop_thread = threading.get_ident()
    seen: list[int] = []
    real_warm_up = KnowledgeService.warm_up

    def warm_up() -> None:
        seen.append(threading.get_ident())
        real_warm_up()

    monkeypatch.setattr(KnowledgeService, "warm_up", staticmethod(warm_up))
    await bootstrap(settings_for(tmp_path), knowledge=shipped, store=FakeStore())
    assert seen
    assert seen[0] != loop_thread


async def test_a_reload_builds_the_new_bank_in_the_reloading_thread(
    tmp_path: Path, write_knowledge: WriteKnowledge
) -> None:
    folder = write_knowledge(copy_mini=True)
    knowledge = KnowledgeService.from_directory(folder)
    app = await bootstrap(settings_for(tmp_path, knowledge_dir=folder), knowledge=knowledge, store=FakeStore())
    old = app.knowledge.base
    result = app.knowledge.reload()  # what /kb reload runs in a worker thread
    assert result.ok
    assert app.knowledge.base is not old
    assert app.questions.ready_for(app.knowledge.base)  # no rebuild waits for the loop's first quiz


async def test_questions_are_answered_in_a_worker_thread(tmp_path: Path, shipped: KnowledgeService) -> None:
    app = await bootstrap(settings_for(tmp_path), knowledge=shipped, store=FakeStore())
    loop_thread = threading.get_ident()
    seen: list[int] = []
    real_answer = app.asking.answer

    def answer(question: str, conversation: Any = None) -> Any:
        seen.append(threading.get_ident())
        return real_answer(question, conversation)

    app.asking.answer = answer  # type: ignore[method-assign]
    await app.asking.ask("cepa year?", 1, 2)
    assert seen
    assert seen[0] != loop_thread


async def test_gaps_are_grouped_in_a_worker_thread(
    tmp_path: Path, shipped: KnowledgeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.core.services.curation as curation

    store = FakeStore()
    app = await bootstrap(settings_for(tmp_path), knowledge=shipped, store=store)
    for n in range(50):
        await app.asking.ask(f"who heads agency number {n}", 1, 2)
    loop_thread = threading.get_ident()
    seen: list[int] = []
    real = curation.cluster_gaps

    def cluster(questions: list[LoggedQuestion], *args: Any, **kwargs: Any) -> Any:
        seen.append(threading.get_ident())
        return real(questions, *args, **kwargs)

    monkeypatch.setattr(curation, "cluster_gaps", cluster)
    gaps = await app.curation.gaps(1)
    assert gaps
    assert seen
    assert seen[0] != loop_thread
