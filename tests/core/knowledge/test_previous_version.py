"""A changed file's facts that its previous version held keep their questions: exactly what reading them gives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

from bot.core.knowledge import validation
from bot.core.knowledge.base import HeldFacts
from bot.core.knowledge.cache import CacheEntry, CacheFormatError, NoCache
from bot.core.knowledge.files import FileUnit, PreviousVersion, QuestionMaterial, fact_json, file_digest, parse_file
from scripts.synthetic import generate_files, write_directory

ARRAYS = ("facts", "places", "texts", "lengths", "figures", "keys", "owners")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    write_directory(generate_files(120, seed=3, per_article=60), folder)
    return sorted(folder.glob("article-*.yaml"))[0]


def _parsed(path: Path, previous: PreviousVersion | None = None) -> FileUnit:
    text = path.read_text(encoding="utf-8")
    unit, problems = parse_file(path, path.name, text, file_digest(text), previous)
    assert unit is not None
    assert not problems
    return unit


def _previous(unit: FileUnit) -> PreviousVersion:
    return PreviousVersion.of(unit.entry(), unit.questions_entry())


def _same(a: QuestionMaterial, b: QuestionMaterial) -> bool:
    return all(np.array_equal(getattr(a, name), getattr(b, name)) for name in ARRAYS)


def _edit(path: Path, change: Callable[[list[dict[str, Any]]], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data["facts"])
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


def _added(facts: list[dict[str, Any]]) -> None:
    facts.insert(3, {"id": "added", "section": facts[0]["section"], "question": "Which airship?", "answer": "Ostwind."})


def _reworded(facts: list[dict[str, Any]]) -> None:
    facts[5]["question"] = "Which airship flew first?"
    facts[6]["answer"] += " It was signed again."


EDITS: list[Callable[[list[dict[str, Any]]], None]] = [
    _added,
    _reworded,
    lambda facts: facts.pop(0),
    lambda facts: facts.reverse(),
    lambda facts: facts.append(dict(facts[2], id="copied")),
]


@pytest.mark.parametrize("edit", EDITS)
def test_the_facts_a_previous_version_held_keep_their_questions_as_reading_them_gives(
    article: Path, edit: Callable[[list[dict[str, Any]]], None]
) -> None:
    previous = _previous(_parsed(article))
    _edit(article, edit)
    fresh, kept = _parsed(article), _parsed(article, previous)
    assert fresh.questions is not None
    assert kept.questions is not None
    assert _same(kept.questions, fresh.questions)
    kept_entry, fresh_entry = kept.entry(), fresh.entry()
    assert kept_entry.meta == fresh_entry.meta
    assert all(np.array_equal(kept_entry.arrays[name], fresh_entry.arrays[name]) for name in fresh_entry.arrays)
    # Only the new or changed facts' phrasings are read again; the others' tokens are left to the index.
    assert fresh.content.tokens is not None
    assert kept.content.tokens is not None
    facts = [kept.content.facts.fact(i) for i in range(len(kept.content.facts))]
    new = [fact for fact in facts if fact_json(fact) not in previous.facts]
    read = [words for words in kept.content.tokens if words is not None]
    assert len(read) == sum(len(fact.phrasings) for fact in new)
    assert all(words in fresh.content.tokens for words in read)


def test_a_previous_version_that_does_not_hold_together_is_refused(article: Path) -> None:
    unit = _parsed(article)
    entry, questions = unit.entry(), unit.questions_entry()
    backwards = {**questions.arrays, "facts": questions.arrays["facts"][::-1].copy()}
    with pytest.raises(CacheFormatError):
        PreviousVersion.of(entry, CacheEntry({}, backwards))
    with pytest.raises(CacheFormatError):
        PreviousVersion.of(CacheEntry({**entry.meta, "fact_ids": []}, entry.arrays), questions)
    without = {name: array for name, array in questions.arrays.items() if name != "keys"}
    with pytest.raises(CacheFormatError):
        PreviousVersion.of(entry, CacheEntry({}, without))


@pytest.mark.parametrize(("limit", "held"), [(10**6, [True, True]), (100, [False, False]), (1, [False, False])])
def test_files_parsed_here_keep_their_facts_as_objects_until_many_are_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int, held: list[bool]
) -> None:
    folder = tmp_path / "knowledge"
    write_directory(generate_files(120, seed=3, per_article=60), folder)
    paths = sorted(folder.glob("article-*.yaml"))
    monkeypatch.setattr(validation, "worker_count", lambda: 1)
    monkeypatch.setattr(validation, "LARGE_COMPILE_FACTS", limit)
    read = [(path, path.name, path.read_text(encoding="utf-8")) for path in paths]
    checked = validation._checked_files(read, NoCache())
    assert [isinstance(unit.content.facts, HeldFacts) for unit, _problems in checked if unit is not None] == held
    # Either way, the same facts.
    for (unit, _problems), path in zip(checked, paths, strict=True):
        assert unit is not None
        expected = _parsed(path).content.facts
        assert [unit.content.facts.fact(i) for i in range(len(unit.content.facts))] == [
            expected.fact(i) for i in range(len(expected))
        ]
