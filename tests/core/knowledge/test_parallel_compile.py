"""Compiling in worker processes: the same base, index, answers, cache entries and problems as compiling here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.core.answering import index as index_module
from bot.core.knowledge import workers
from bot.core.knowledge.base import PackedTokens
from bot.core.knowledge.cache import FolderCache
from bot.core.knowledge.validation import validate_directory
from bot.core.language.text import tokenize
from bot.core.services.knowledge import KnowledgeService
from tests.core.knowledge.test_index_cache import Counts, _article, counts, dev_questions, folder, outcomes

__all__ = ["counts", "folder"]  # fixtures shared with the cache's tests

pytestmark = pytest.mark.skipif("fork" not in workers.multiprocessing.get_all_start_methods(), reason="no fork")


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make every compile with two files or more use two worker processes; record how many pieces each map had."""
    maps: list[int] = []
    real = workers.map_forked

    def recording(task: object, count: int, parallel: bool = True) -> object:
        if parallel:
            maps.append(count)
        return real(task, count, parallel)  # type: ignore[arg-type]

    monkeypatch.setattr(workers, "MIN_PARALLEL_FACTS", 0)
    monkeypatch.setattr(workers, "worker_count", lambda: 2)
    monkeypatch.setattr("bot.core.knowledge.validation.worker_count", lambda: 2)
    monkeypatch.setattr("bot.core.knowledge.validation.map_forked", recording)
    monkeypatch.setattr("bot.core.answering.index.map_forked", recording)
    return maps


def test_forked_workers_return_results_in_order_and_raise_what_a_task_raises() -> None:
    parent = os.getpid()
    assert workers.map_forked(lambda i: (i * i, os.getpid() != parent), 5, parallel=True) == [
        (i * i, True) for i in range(5)
    ]
    assert workers.map_forked(lambda i: (i, os.getpid()), 3, parallel=False) == [(i, parent) for i in range(3)]

    def failing(i: int) -> int:
        if i == 2:
            raise ValueError("piece 2 is broken")
        return i

    with pytest.raises(ValueError, match="piece 2 is broken"):
        workers.map_forked(failing, 4, parallel=True)


def test_small_work_is_not_worth_forking() -> None:
    assert not workers.worth_forking(1, 10**6)
    assert not workers.worth_forking(50, workers.MIN_PARALLEL_FACTS - 1)


def test_a_base_compiled_by_workers_answers_exactly_as_one_compiled_here(
    folder: Path, tmp_path: Path, forked: list[int], counts: Counts, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = [*dev_questions(), "bilateral trade with germany", "cepa year?", "zeppelin airship 1931"]
    monkeypatch.setattr(workers, "MIN_PARALLEL_FACTS", 10**9)
    here = KnowledgeService.from_directory(folder)
    expected = outcomes(here, questions)
    assert forked == []
    monkeypatch.setattr(workers, "MIN_PARALLEL_FACTS", 0)
    parallel = KnowledgeService.from_directory(folder, cache=FolderCache(tmp_path / "cache"))
    # The files were parsed, read and compiled in three maps over worker processes.
    assert len(forked) == 3
    assert all(count >= 2 for count in forked)
    assert outcomes(parallel, questions) == expected
    assert parallel.base.stats == here.base.stats
    assert list(parallel.base.facts) == list(here.base.facts)
    # wordfreq's list was read here, before the workers were forked, and kept (a worker's writes would be lost).
    assert list((tmp_path / "cache").rglob(f"{index_module.FREQUENCY_KIND}-*.bin"))
    # What the workers compiled was kept: the next start parses and compiles nothing and answers the same.
    counts.reset()
    forked.clear()
    warm = KnowledgeService.from_directory(folder, cache=FolderCache(tmp_path / "cache"))
    assert (counts.parsed, counts.compiled, forked) == ([], [], [])
    assert outcomes(warm, questions) == expected


def test_workers_find_the_same_problems_as_a_check_made_here(
    folder: Path, tmp_path: Path, forked: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (folder / "india-japan-partnership.yaml").read_text(encoding="utf-8")
    (folder / "copy.yaml").write_text(text.replace("id: india-japan-partnership", "id: india-japan-copy", 1))
    (folder / "zextra.yaml").write_text(
        _article("extra", "extra_cepa", "Since when is the India-Japan CEPA in force?"), encoding="utf-8"
    )
    (folder / "broken.yaml").write_text("source: {id: broken}\nfacts: [{id: x}]\n", encoding="utf-8")
    monkeypatch.setattr(workers, "MIN_PARALLEL_FACTS", 10**9)
    expected = validate_directory(folder)[1]
    assert {"duplicate fact id", "nearly duplicates", "missing required key"} <= {
        marker
        for p in expected
        for marker in ("duplicate fact id", "nearly duplicates", "missing required key")
        if marker in p.message
    }
    monkeypatch.setattr(workers, "MIN_PARALLEL_FACTS", 0)
    assert validate_directory(folder, FolderCache(tmp_path / "cache"))[1] == expected
    assert forked  # the files were parsed by workers


def test_a_large_base_read_again_when_compiled_answers_the_same(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large base's tokenised texts are not kept between gathering its words and compiling: same index."""
    questions = [*dev_questions(), "bilateral trade with germany", "cepa year?"]
    monkeypatch.setattr(workers, "MIN_PARALLEL_FACTS", 10**9)
    expected = outcomes(KnowledgeService.from_directory(folder), questions)
    monkeypatch.setattr(index_module, "LARGE_COMPILE_FACTS", 0)
    read_again = KnowledgeService.from_directory(folder, cache=FolderCache(tmp_path / "cache"))
    assert outcomes(read_again, questions) == expected


def test_the_load_of_this_process_s_own_finished_workers_does_not_count_as_other_programs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(workers.os, "getloadavg", lambda: (2.0, 1.0, 0.5))
    monkeypatch.setattr(workers.time, "monotonic", lambda: 1000.0)
    monkeypatch.setattr(workers, "_own_work", [])
    assert workers.worker_count() == 1  # two other programs running: the work is done here
    # Two workers of this process ran for the last minute: most of the load is theirs.
    workers._own_work.append((940.0, 1000.0, 2))
    assert workers.own_load(1000.0) == pytest.approx(2 * (1 - 2.718281828459045**-1))
    assert workers.worker_count() == 2
    # Long after they ended, they count for nothing.
    assert workers.own_load(1000.0 + 20 * workers.LOAD_AVERAGE_SECONDS) == pytest.approx(0.0, abs=1e-6)


def test_a_parallel_map_records_its_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "_own_work", [])
    monkeypatch.setattr(workers, "worker_count", lambda: 2)
    assert workers.map_forked(lambda i: i, 3, parallel=True) == [0, 1, 2]
    assert [count for _start, _end, count in workers._own_work] == [2]
    start, end, _count = workers._own_work[0]
    assert start <= end


def test_workers_send_back_the_tokens_of_the_questions_they_validated(
    folder: Path, tmp_path: Path, forked: list[int]
) -> None:
    """The index reads the questions' tokens a worker made while validating, not tokenising them again."""
    base, problems = validate_directory(folder, FolderCache(tmp_path / "cache"))
    assert forked
    assert not problems
    assert base is not None
    for part in base.parts:
        assert isinstance(part.tokens, PackedTokens)
        phrasings = [p for position in part.facts for p in base.facts[position].fact.phrasings]
        assert part.tokens.unpacked() == [tokenize(p) for p in phrasings]


def test_packed_tokens_read_back_as_they_were_or_are_not_packed() -> None:
    tokens: list[list[str] | None] = [["when", "was", "cepa", "signed"], [], ["cepa"], ["2011", "year"]]
    packed = PackedTokens.pack(tokens)
    assert packed is not None
    assert len(packed) == 4
    assert packed.unpacked() == tokens
    for few in ([], [[]]):
        alone = PackedTokens.pack(few)
        assert alone is not None
        assert alone.unpacked() == few
    # What would not read back as it is stays unpacked: an unknown phrasing, an empty word, a separator in a word.
    assert PackedTokens.pack([["a"], None]) is None
    assert PackedTokens.pack([["a", ""]]) is None
    assert PackedTokens.pack([["a\x1fb"]]) is None
    assert PackedTokens.pack([["a\x1eb"]]) is None
    packed.clear()
    assert packed.unpacked() == []
    assert not len(packed)
