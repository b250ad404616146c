"""Exact shortcuts of compiling: the merge's order of credits, a changed file's near-duplicates, packed texts."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from bot.core.answering import index as index_module
from bot.core.answering.index import _pack, _unpack, stable_order
from bot.core.knowledge import workers
from bot.core.knowledge.base import FilePart
from bot.core.knowledge.cache import FolderCache
from bot.core.knowledge.files import QuestionMaterial
from bot.core.knowledge.schema import Fact
from bot.core.knowledge.validation import SMALL_BLOCK, near_duplicates
from bot.core.services.knowledge import KnowledgeService
from tests.core.knowledge.test_index_cache import folder

__all__ = ["folder"]  # a fixture shared with the cache's tests


@pytest.mark.parametrize("bound", [1, 2, 300, 1 << 16, (1 << 16) + 1, 126_073, 1 << 24, (1 << 24) + 5, 1 << 30])
def test_stable_order_is_numpys_stable_argsort(bound: int) -> None:
    rng = np.random.default_rng(bound)
    # Skewed ids with many repeats (as tokens' credits are), and the bound's extremes.
    ids = (rng.zipf(1.3, 50_000) % bound).astype(np.int32)
    ids[:3] = [0, bound - 1, 0]
    order = stable_order(ids, bound)
    assert np.array_equal(order, np.argsort(ids, kind="stable"))


def test_stable_order_of_nothing_is_empty() -> None:
    assert len(stable_order(np.zeros(0, dtype=np.int32), 0)) == 0
    assert len(stable_order(np.zeros(0, dtype=np.int32), 1 << 20)) == 0


def _file(prefix: str, names: list[str]) -> tuple[QuestionMaterial, list[str]]:
    facts = [
        Fact(
            id=f"{prefix}_{k}",
            section="s",
            question=f"Which harbour treaty did the northern kingdom of Kalmar sign with {name} in the winter?",
            answer=f"Kalmar signed the harbour treaty with {name}.",
        )
        for k, name in enumerate(names)
    ]
    return QuestionMaterial.of(facts), [f.id for f in facts]


def test_a_changed_file_in_a_big_block_finds_exactly_the_pairs_a_full_check_finds_with_it() -> None:
    rng = random.Random(5)
    names = ["".join(rng.choice("bcdfghklmnprstvz") for _ in range(5)) for _ in range(150)]
    # Three files whose questions all share most words: one block of 150 questions, far above SMALL_BLOCK.
    files = [_file("a", names[:60]), _file("b", names[60:120]), _file("c", names[120:] + names[:3])]
    assert sum(len(q) for q, _ids in files) > 4 * SMALL_BLOCK
    full = near_duplicates(files)
    with_c = [d for d in full if 2 in (d.earlier[0], d.later[0])]
    assert with_c
    assert len(with_c) < len(full)
    assert near_duplicates(files, [True, True, False]) == with_c
    assert near_duplicates(files, [True, True, True]) == []


@pytest.mark.parametrize("low_bits", [0, 1, 6, 7, 8, 0xFFFFFF])
def test_a_changed_files_keys_meet_an_unchanged_files_whatever_their_bits(low_bits: int) -> None:
    # Every question of both files shares one key (the table of the changed file's keys holds one bit per key: each
    # bit of a byte must be found), and one unrelated key lands in the same byte or nowhere near it.
    files = [_file("a", ["Lund", "Visby"]), _file("b", ["Lunds"])]
    shared = (0x5A << 24) | low_bits
    for questions, _ids in files:
        count = len(questions)
        keys = np.asarray([shared, (shared ^ 1) + (1 << 24)] * count, dtype=np.uint32)
        object.__setattr__(questions, "keys", keys)
        object.__setattr__(questions, "owners", np.repeat(np.arange(count, dtype=np.int32), 2))
    full = near_duplicates(files)
    assert full
    assert near_duplicates(files, [True, False]) == full
    assert near_duplicates(files, [False, True]) == full


def test_packed_fields_read_back_as_they_were_and_separators_in_words_are_refused() -> None:
    fields = [
        [(["india", "japan"], 0.3, "context"), ([], 1.0, "answer"), (["2+2", "us$"], 0.8, "phrasing")],
        [(["cepa"], 0.3, "context"), (["in", "force", "2011"], 1.0, "answer")],
    ]
    packed = _pack(fields)  # type: ignore[arg-type]
    assert packed is not None
    assert _unpack(*packed) == fields
    assert _pack([]) == ("", {})
    assert _unpack("", {}) == []
    assert _pack([[(["a\x1fb"], 1.0, "answer")]]) is None
    assert _pack([[(["a"], 1.0, "answer"), (["b"], 0.5, "answer")]]) is None  # one kind, two credits


def test_a_large_base_unpacks_its_texts_instead_of_tokenising_them_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "MIN_PARALLEL_FACTS", 10**9)
    KnowledgeService.from_directory(folder, cache=FolderCache(tmp_path / "kept"))
    read: list[str] = []
    texts = index_module.Compiler._texts

    def counting(self: index_module.Compiler, part: FilePart, *known: object) -> object:
        read.append(part.name)
        return texts(self, part, *known)  # type: ignore[arg-type]

    monkeypatch.setattr(index_module.Compiler, "_texts", counting)
    monkeypatch.setattr(index_module, "LARGE_COMPILE_FACTS", 0)
    KnowledgeService.from_directory(folder, cache=FolderCache(tmp_path / "large"))
    assert read
    assert len(read) == len(set(read))
    # Every compiled file and the merged index are byte for byte what keeping the tokenised texts makes.
    kept, large = (_entries(tmp_path / name) for name in ("kept", "large"))
    assert any(name.startswith(index_module.PART_KIND) for name in kept)
    assert large == kept


def _entries(cache: Path) -> dict[str, bytes]:
    return {
        path.name: path.read_bytes()
        for path in cache.rglob("*.bin")
        if path.name.startswith((index_module.PART_KIND, index_module.BASE_KIND))
    }


def _union_as_mapping(lines: list[str]) -> dict[str, list[str]]:
    """Each stem's lemmas as one mapping of lists: a stem on one line keeps its lemmas, on several their union."""
    by_stem: dict[str, list[str]] = {}
    several: dict[str, set[str]] = {}
    for line in lines:
        key, *lemmas = line.split("\t")
        if key in by_stem:
            several.setdefault(key, set(by_stem[key])).update(lemmas)
        else:
            by_stem[key] = lemmas
    return {key: sorted(several[key]) if key in several else lemmas for key, lemmas in by_stem.items()}


def test_stem_lines_of_several_files_unite_into_the_stems_split_by_their_number_of_lemmas() -> None:
    rng = random.Random(11)
    lemmas = ["work", "worker", "works", "import", "important", "relate", "relation"]
    lines = {
        "\t".join([f"s{rng.randrange(40)}", *sorted(set(rng.sample(lemmas, rng.choice([1, 1, 1, 2, 3]))))])
        for _ in range(300)
    }
    lines |= {"one\twork", "one\twork\twork", "two\twork\tworker", "two\twork", "lone\tworker"}
    ordered = sorted(lines)
    united = index_module._union_stem_lines(ordered)
    expected = _union_as_mapping(ordered)
    assert dict(united) == expected
    assert united.single == {key: found[0] for key, found in expected.items() if len(found) == 1}
    assert index_module._recorded_stems(united) == index_module._recorded_stems(dict(united))
    senses = index_module.Senses.from_stems(united)
    again = index_module.Senses.from_stems(expected)
    assert {key: senses.families[key] for key in expected} == {key: again.families[key] for key in expected}


class _Tokens:
    """Senses that give each word the token in a table (and note the words asked)."""

    def __init__(self, tokens: dict[str, str]) -> None:
        self.tokens = tokens
        self.asked: list[str] = []

    def token(self, word: str) -> str:
        self.asked.append(word)
        return self.tokens[word]


def test_what_a_file_relied_on_holds_while_its_stems_or_its_words_tokens_are_as_recorded() -> None:
    stems = {"work": ["work"], "relat": ["relate", "relation"]}
    tokens = {"works": "work", "relations": "relat", "2011": "2011"}
    recorder = index_module._Recorder(_Tokens(tokens))  # type: ignore[arg-type]
    for word in tokens:
        recorder.token(word)
    context = recorder.depends(stems)
    assert index_module._recorded_tokens(context) == tokens
    # A figure has no lemmas in the base: it is recorded without any, and holds while the base has none for it.
    same = _Tokens(tokens)
    current = index_module._recorded_stems(stems)
    assert index_module._depends_hold(context, stems, same, current)  # type: ignore[arg-type]
    assert same.asked == []  # every stem as recorded: no word is read again
    # A stem with another lemma now: its words are read again, and hold while their tokens are the same.
    grown = {**stems, "work": ["work", "worker"]}
    assert index_module._depends_hold(context, grown, same, index_module._recorded_stems(grown))  # type: ignore[arg-type]
    assert same.asked == ["works"]
    split = _Tokens({**tokens, "works": "work~work"})
    assert not index_module._depends_hold(context, grown, split, index_module._recorded_stems(grown))  # type: ignore[arg-type]


def test_questions_a_changed_file_held_before_are_compared_only_with_its_new_ones() -> None:
    rng = random.Random(9)
    names = ["".join(rng.choice("bcdfghklmnprstvz") for _ in range(5)) for _ in range(40)]
    # Near-duplicates within each file and across them; the second file's last three questions are new.
    files = [_file("a", names[:20]), _file("b", [*names[20:], names[3], names[25]])]
    full = near_duplicates(files)
    questions_b = len(files[1][0])
    known = np.ones(questions_b, dtype=np.bool_)
    known[-3:] = False
    new = set(range(questions_b - 3, questions_b))
    involving_new = [
        d for d in full if (d.earlier[0] == 1 and d.earlier[1] in new) or (d.later[0] == 1 and d.later[1] in new)
    ]
    assert involving_new
    assert len(involving_new) < len([d for d in full if 1 in (d.earlier[0], d.later[0])])
    assert near_duplicates(files, [True, False], [None, known]) == involving_new
    # Known questions of a trusted file change nothing; a file with every question known has nothing to compare.
    assert near_duplicates(files, [True, False], [known, None]) == near_duplicates(files, [True, False])
    assert near_duplicates(files, [True, False], [None, np.ones(questions_b, dtype=np.bool_)]) == []
    with pytest.raises(ValueError, match="one flag per question"):
        near_duplicates(files, [True, False], [None, known[:-1]])
