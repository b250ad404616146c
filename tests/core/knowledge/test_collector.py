"""Automatic garbage collection is paused while knowledge loads, and resumes as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from bot.core.knowledge.collector import collection_paused, without_collection


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
