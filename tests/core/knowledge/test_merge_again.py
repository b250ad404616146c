"""Merging the index again after one file changed: exactly what merging every file makes, or not done at all."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

from bot.core.answering.index import BASE_KIND, LAST_KIND, PART_KIND, Compiler, FactIndex, MergedIndex, _segment_sums
from bot.core.knowledge.cache import FolderCache, NoCache, read_entry
from bot.core.services.knowledge import KnowledgeService
from scripts.synthetic import generate_files, write_directory
from tests.core.knowledge.test_index_cache import _shape, outcomes


class Merges:
    """Every merge of a start: merged again from the last index (checked against merging every file) or in full."""

    def __init__(self) -> None:
        self.again: list[str] = []
        self.full = 0

    def reset(self) -> None:
        self.again.clear()
        self.full = 0


@pytest.fixture
def merges(monkeypatch: pytest.MonkeyPatch) -> Merges:
    found = Merges()
    merge, merge_changed = Compiler._merge, Compiler._merge_changed

    def counting_merge(self: Compiler, *args: Any) -> MergedIndex:
        found.full += 1
        return merge(self, *args)

    def checked_merge_changed(
        self: Compiler, last: MergedIndex, k: int, previous: Any, parts: Any, *rest: Any
    ) -> MergedIndex | None:
        again = merge_changed(self, last, k, previous, parts, *rest)
        if again is not None:
            found.again.append(Path(self.base.parts[k].name).name)
            everything = merge(self, parts, *rest)
            assert _shape(again) == _shape(everything)
            assert list(again.vocabulary) == list(everything.vocabulary)
            assert np.array_equal(again.rarity, everything.rarity)
        return again

    monkeypatch.setattr(Compiler, "_merge", counting_merge)
    monkeypatch.setattr(Compiler, "_merge_changed", checked_merge_changed)
    return found


@pytest.fixture
def synthetic(tmp_path: Path) -> Path:
    """Return a folder of five small synthetic articles and their shared glossary."""
    folder = tmp_path / "knowledge"
    write_directory(generate_files(300, seed=7, per_article=60), folder)
    return folder


def _articles(folder: Path) -> list[Path]:
    return sorted(folder.glob("article-*.yaml"))


def _edit(path: Path, change: Callable[[list[dict[str, Any]]], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data["facts"])
    for fact in data["facts"]:
        fact.setdefault("section", data["sections"][0]["id"])  # an added fact, in the file's first section
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


def _fact(fact_id: str, question: str, answer: str) -> dict[str, Any]:
    return {"id": fact_id, "question": question, "answer": answer}


def _questions(service: KnowledgeService) -> list[str]:
    return [sf.fact.question for sf in list(service.base.facts)[::15]] + ["graf ostwind airship", "quirinus works"]


def _same_as_fresh(folder: Path, cache: Path, merges: Merges) -> tuple[list[str], int]:
    """Start with the cache, check its answers against a start without it; return how the start merged."""
    merges.reset()
    service = KnowledgeService.from_directory(folder, cache=FolderCache(cache))
    merged = (list(merges.again), merges.full)
    questions = _questions(service)
    assert outcomes(service, questions) == outcomes(KnowledgeService.from_directory(folder, cache=NoCache()), questions)
    return merged


def test_a_changed_file_is_merged_again_into_the_last_index_exactly_as_merging_every_file(
    synthetic: Path, tmp_path: Path, merges: Merges
) -> None:
    cache = tmp_path / "cache"
    KnowledgeService.from_directory(synthetic, cache=FolderCache(cache))
    assert merges.full == 1
    articles = _articles(synthetic)
    later_answer = yaml.safe_load(articles[4].read_text(encoding="utf-8"))["facts"][3]["answer"]
    edits: list[tuple[Path, Callable[[list[dict[str, Any]]], None]]] = [
        # A fact with words new to the base, first in its file (the file's tokens are numbered anew).
        (
            articles[2],
            lambda facts: facts.insert(
                0,
                _fact(
                    "added-airship",
                    "Which airship did the Quirinus works build in 1931?",
                    "The Quirinus works built the airship Graf Ostwind in 1931.",
                ),
            ),
        ),
        # A fact whose words a later file introduced until now: their tokens move ahead of that file's.
        (
            articles[2],
            lambda facts: facts.append(_fact("added-later-words", "What does the copied record say?", later_answer)),
        ),
        # An answer reworded, in the first article and in the last.
        (articles[0], lambda facts: facts[5].update(answer=facts[5]["answer"] + " Ostwind kept the record.")),
        (articles[4], lambda facts: facts[7].update(answer="Ostwind yard works at Quirinus launched it in 1932.")),
        # A fact removed (what it alone gave goes with it, or everything is merged).
        (articles[2], lambda facts: facts.pop(10)),
    ]
    paths = []
    for path, change in edits:
        _edit(path, change)
        again, full = _same_as_fresh(synthetic, cache, merges)
        assert (again, full) in [([path.name], 0), ([], 1)]
        paths.extend(again)
    # The changes that leave what the file gave before in place are merged again.
    assert paths[:3] == [articles[2].name, articles[2].name, articles[0].name]
    # Nothing changed: the merged index is read back as it was written.
    assert _same_as_fresh(synthetic, cache, merges) == ([], 0)


def test_most_single_file_changes_are_merged_again(synthetic: Path, tmp_path: Path, merges: Merges) -> None:
    cache = tmp_path / "cache"
    KnowledgeService.from_directory(synthetic, cache=FolderCache(cache))
    merged_again = []
    for number, path in enumerate(_articles(synthetic)):
        _edit(
            path,
            lambda facts, n=number: facts.insert(
                n * 3,
                _fact(f"added-{n}", f"Which airship did works number {n} build in 1931?", f"Airship Graf {n} flew."),
            ),
        )
        merges.reset()
        KnowledgeService.from_directory(synthetic, cache=FolderCache(cache))
        merged_again.extend(merges.again)
    assert merged_again == [path.name for path in _articles(synthetic)]


def test_two_changed_files_are_merged_in_full(synthetic: Path, tmp_path: Path, merges: Merges) -> None:
    cache = tmp_path / "cache"
    KnowledgeService.from_directory(synthetic, cache=FolderCache(cache))
    first, second = _articles(synthetic)[1:3]
    _edit(first, lambda facts: facts.append(_fact("added-one", "Which yard built the Ostwind?", "Quirinus did.")))
    _edit(second, lambda facts: facts.append(_fact("added-two", "Which airship flew in 1931?", "Graf Ostwind.")))
    assert _same_as_fresh(synthetic, cache, merges) == ([], 1)


@pytest.mark.parametrize("lost", [PART_KIND, BASE_KIND, LAST_KIND])
def test_without_the_last_index_or_the_changed_files_previous_profiles_everything_is_merged(
    synthetic: Path, tmp_path: Path, merges: Merges, lost: str
) -> None:
    cache = tmp_path / "cache"
    KnowledgeService.from_directory(synthetic, cache=FolderCache(cache))
    path = _articles(synthetic)[3]
    before = {p.name for p in cache.rglob(f"{lost}-*.bin")}
    assert before
    _edit(path, lambda facts: facts.append(_fact("added-lost", "Which yard built the Ostwind?", "Quirinus did.")))
    # The entries the change would read (every one of the kind: the previous profiles, the last index or the
    # pointer to it) are gone.
    for entry in cache.rglob(f"{lost}-*.bin"):
        entry.unlink()
    assert _same_as_fresh(synthetic, cache, merges) == ([], 1)


def test_a_pointer_to_another_folders_index_is_checked_file_by_file(
    synthetic: Path, tmp_path: Path, merges: Merges
) -> None:
    """Folders with files of the same names share the pointer: the index it names is used only where it fits."""
    cache = tmp_path / "cache"
    other = tmp_path / "other"
    write_directory(generate_files(300, seed=8, per_article=60), other)
    KnowledgeService.from_directory(synthetic, cache=FolderCache(cache))
    assert _same_as_fresh(other, cache, merges) == ([], 1)
    assert _same_as_fresh(synthetic, cache, merges) == ([], 0)  # its own merged index, read back


def test_the_merged_index_keeps_what_merging_again_reads(synthetic: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    service = KnowledgeService.from_directory(synthetic, cache=FolderCache(cache))
    index = service.matcher.index
    entries = list(cache.rglob(f"{BASE_KIND}-*.bin"))
    assert len(entries) == 1
    assert len(list(cache.rglob(f"{LAST_KIND}-*.bin"))) == 1
    version = entries[0].parent.name
    key = entries[0].stem.removeprefix(f"{BASE_KIND}-")
    read = MergedIndex.from_entry(
        read_entry(entries[0], version, BASE_KIND, key), len(index.base.parts), None, words=False
    )
    assert read.keys == [index.part_key(part) for part in index.base.parts]
    assert len(read.rarity) == len(read.tokens) == len(index.postings)
    assert read.plan == []
    assert read.surface == []


def _whole(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    for fact in data["facts"]:
        fact.setdefault("section", data["sections"][0]["id"])  # an added fact, in the file's first section
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


def _compiled(part: Any) -> dict[str, Any]:
    """Return a file's compiled profiles in plain values (its arrays as lists, its context and merge data decoded)."""
    arrays = ("credit_offsets", "credit_tokens", "credit_values", "records", "record_offsets", "fact_keys")
    return {
        **{name: getattr(part, name).tolist() for name in arrays},
        "context": part.context,
        "merge": part.merge,
        "made": part.made,
    }


def _start(
    folder: Path, cache: Path | None, monkeypatch: pytest.MonkeyPatch, alone: bool = False
) -> tuple[Any, list[Any], bool]:
    """Start with the cache, or none (reading a changed file alone into the last index if ``alone`` and it can be)."""
    found: list[tuple[MergedIndex, list[Any]]] = []
    used: list[bool] = []
    with monkeypatch.context() as patch:
        adopt, run_one = FactIndex.adopt, Compiler._run_one_changed

        def recording(self: FactIndex, merged: MergedIndex, parts: Any, *rest: Any) -> None:
            found.append((merged, list(parts)))
            adopt(self, merged, parts, *rest)

        def one_changed(self: Compiler, texts: Any) -> bool:
            used.append(alone and run_one(self, texts))
            return used[-1]

        patch.setattr(FactIndex, "adopt", recording)
        patch.setattr(Compiler, "_run_one_changed", one_changed)
        KnowledgeService.from_directory(folder, cache=FolderCache(cache) if cache is not None else NoCache())
    merged, parts = found[-1]
    return _shape(merged), [_compiled(part) for part in parts], any(used)


def test_a_changed_file_read_alone_into_the_last_index_gives_what_reading_every_file_gives(
    synthetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    KnowledgeService.from_directory(synthetic, cache=FolderCache(cache))
    articles = _articles(synthetic)
    later_answer = yaml.safe_load(articles[4].read_text(encoding="utf-8"))["facts"][3]["answer"]

    def new_term(data: dict[str, Any]) -> None:
        data["glossary"].append({"term": "QWX", "expansion": "Quirinus Works Exchange"})

    def new_section_title(data: dict[str, Any]) -> None:
        data["sections"][1]["title"] = "Quirinus Works and Trade"

    edits: list[tuple[Path, Callable[[dict[str, Any]], None]]] = [
        # Words new to the base, then words a later file introduced, then an answer that only gains words.
        (articles[2], lambda d: d["facts"].insert(0, _fact("added-airship", "Which airship flew?", "Graf Ostwind."))),
        (articles[2], lambda d: d["facts"].append(_fact("added-later", "What does the record say?", later_answer))),
        (articles[0], lambda d: d["facts"][5].update(answer=d["facts"][5]["answer"] + " Ostwind kept the record.")),
        # A section renamed: its facts' profiles are compiled again.
        (articles[1], new_section_title),
        # A word giving a stem of the base another lemma ("relations" / "relative"): every file is read.
        (articles[3], lambda d: d["facts"].append(_fact("added-relative", "Which relative came?", "A relative."))),
        # An answer replaced by words its file uses elsewhere.
        (articles[4], lambda d: d["facts"][7].update(answer="Ostwind yard works launched it in 1932.")),
        # Words gone (another file may still use them), a glossary entry added: every file is read.
        (articles[2], lambda d: d["facts"].pop(0)),
        (articles[3], new_term),
    ]
    alone = []
    for number, (path, change) in enumerate(edits):
        _whole(path, change)
        copy = tmp_path / f"copy-{number}"
        shutil.copytree(cache, copy)
        merged, parts, used = _start(synthetic, cache, monkeypatch, alone=True)
        assert (merged, parts) == _start(synthetic, copy, monkeypatch, alone=False)[:2]
        alone.append(used)
        # The changed file's profiles, partly its previous version's, are what compiling it afresh makes (what its
        # profiles rely on aside: a version compiled from a previous one records that one's words too).
        fresh = _start(synthetic, None, monkeypatch)[1]
        changed = sorted(synthetic.glob("*.yaml")).index(path)
        for compiled in (parts[changed], fresh[changed]):
            for relied in ("depends_stems", "depends_words"):
                del compiled["context"][relied]
            del compiled["made"]
        assert parts[changed] == fresh[changed]
    assert alone == [True, True, True, True, False, True, False, False]


def test_the_flags_of_each_run_are_counted_empty_runs_and_ends_included() -> None:
    rng = np.random.default_rng(1)
    for _trial in range(500):
        size = int(rng.integers(0, 30))
        flags = rng.random(size) < 0.5
        cuts = np.sort(rng.integers(0, size + 1, int(rng.integers(0, 8))))
        offsets = np.concatenate(([0], cuts, [size])).astype(np.int64)
        expected = [int(flags[a:b].sum()) for a, b in itertools.pairwise(offsets)]
        assert _segment_sums(flags, offsets).tolist() == expected
    assert _segment_sums(np.zeros(0, dtype=np.bool_), np.zeros(1, dtype=np.int64)).tolist() == []
