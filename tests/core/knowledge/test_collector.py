"""Automatic garbage collection is paused while knowledge loads, and resumes as it was."""

from __future__ import annotations

import gc
import shutil
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core.knowledge.collector import collection_paused, freeze_after_loads, without_collection
from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR


@pytest.fixture(autouse=True)
def collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_pause_disables_collection_and_resumes_it_even_after_an_error() -> None:
    seen: list[bool] = []

    @without_collection
    def failing_load() -> None:
        seen.append(gc.isenabled())
        raise RuntimeError("the load failed")

    with pytest.raises(RuntimeError):
        failing_load()
    assert seen == [False]
    assert gc.isenabled()


def test_nested_and_concurrent_pauses_resume_only_when_the_last_ends() -> None:
    inside = threading.Event()
    release = threading.Event()

    def other_load() -> None:
        with collection_paused():
            inside.set()
            release.wait(10)

    worker = threading.Thread(target=other_load)
    with collection_paused():
        worker.start()
        assert inside.wait(10)
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    # The other thread's load still runs: collection stays paused until it ends.
    assert not gc.isenabled()
    release.set()
    worker.join(10)
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_program_stays_off() -> None:
    gc.disable()

    @without_collection
    def load(value: int) -> int:
        return value * 2

    assert load(21) == 42
    assert not gc.isenabled()


@pytest.fixture
def freezing() -> Iterator[None]:
    freeze_after_loads(True)
    yield
    freeze_after_loads(False)
    gc.unfreeze()


@pytest.mark.usefixtures("freezing")
def test_a_process_that_asks_for_it_has_what_a_load_made_frozen_as_the_load_ends() -> None:
    before = gc.get_freeze_count()
    with collection_paused():
        made = [[n] for n in range(1000)]
        with collection_paused():
            pass
        # Only the last load to end freezes: an inner one ending leaves the outer one's objects where they are.
        assert gc.get_freeze_count() == before
    assert gc.get_freeze_count() >= before + len(made)
    assert gc.isenabled()


def test_without_asking_nothing_is_frozen() -> None:
    before = gc.get_freeze_count()
    with collection_paused():
        made = [[n] for n in range(1000)]
    assert gc.get_freeze_count() == before
    assert len(made) == 1000


def test_a_reloaded_base_is_freed_by_reference_counting_alone(tmp_path: Path) -> None:
    """Frozen objects are never walked: a replaced base must hold no reference cycle, or it would live for good."""
    folder = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, folder)
    service = KnowledgeService.from_directory(folder)
    # Fill what the matcher remembers per question and per typo, as members' questions do.
    for question in ("cepa yaer?", "india's exports to japan in 2023-24", "which state is paired with ehime"):
        service.matcher.ask(question)
    old = [weakref.ref(part) for part in (service.base, service.matcher, service.matcher.scorer, service.matcher.index)]
    gc.collect()
    gc.disable()
    try:
        assert service.reload().ok
        assert [ref() is None for ref in old] == [True] * len(old)
    finally:
        gc.enable()
