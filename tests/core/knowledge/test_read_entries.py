"""Glossary entries read back from the compiled cache: each file's validated when first asked, the same entries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.core.knowledge import files as files_module
from bot.core.knowledge.base import Glossaries, ReadEntries
from bot.core.knowledge.cache import FolderCache
from bot.core.knowledge.schema import GlossaryEntry
from bot.core.knowledge.validation import load_knowledge
from bot.paths import DEFAULT_KNOWLEDGE_DIR
from scripts.synthetic import generate_files, write_directory
from tests.conftest import MINIMAL_ARTICLE


class Counting:
    """Wrap the glossary's TypeAdapter, counting the files whose entries were validated."""

    def __init__(self, adapter: Any) -> None:
        self.adapter = adapter
        self.read = 0

    def validate_python(self, value: Any) -> Any:
        self.read += 1
        return self.adapter.validate_python(value)


@pytest.mark.parametrize("folder", ["shipped", "synthetic"])
def test_a_base_read_from_the_cache_reads_a_files_glossary_only_when_asked_and_it_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    directory = DEFAULT_KNOWLEDGE_DIR
    if folder == "synthetic":
        directory = tmp_path / "knowledge"
        write_directory(generate_files(300, seed=5, per_article=60), directory)
    fresh = load_knowledge(directory)
    load_knowledge(directory, FolderCache(tmp_path / "cache"))
    counting = Counting(files_module._GLOSSARY)
    monkeypatch.setattr(files_module, "_GLOSSARY", counting)
    cached = load_knowledge(directory, FolderCache(tmp_path / "cache"))
    assert isinstance(cached.glossary, Glossaries)
    assert len(cached.glossary) == len(fresh.glossary)
    assert counting.read == 0
    # One file's span is read from that file alone.
    part = max(cached.parts, key=lambda p: len(p.glossary))
    assert (
        cached.glossary[part.glossary.start : part.glossary.stop]
        == fresh.glossary[part.glossary.start : part.glossary.stop]
    )
    assert counting.read == 1
    assert cached.glossary[-1] == fresh.glossary[-1]
    assert list(cached.glossary) == list(fresh.glossary)
    assert cached.glossary == fresh.glossary
    assert cached.glossary[::3] == fresh.glossary[::3]
    assert cached.glossary_of(cached.sources[0].id) == fresh.glossary_of(fresh.sources[0].id)
    assert cached.stats == fresh.stats


def test_entries_are_found_by_position_across_files_empty_ones_included() -> None:
    entries = [GlossaryEntry(term=f"T{i}", expansion=f"Term number {i}") for i in range(7)]
    files: list[tuple[GlossaryEntry, ...]] = [tuple(entries[:3]), (), tuple(entries[3:4]), (), tuple(entries[4:])]
    read = [ReadEntries(len(chunk), lambda chunk=chunk: chunk) for chunk in files]  # type: ignore[misc]
    every = Glossaries(read)
    assert len(every) == len(entries)
    assert [every[i] for i in range(len(entries))] == entries
    assert [every[i] for i in range(-len(entries), 0)] == entries
    assert every[2:5] == tuple(entries[2:5])
    assert every[5:2] == ()
    assert every[1::2] == tuple(entries[1::2])
    assert every == tuple(entries)
    assert every != tuple(entries[:-1])
    for outside in (len(entries), -len(entries) - 1):
        with pytest.raises(IndexError):
            every[outside]


def test_a_files_entries_that_are_not_as_many_as_recorded_are_refused() -> None:
    entry = GlossaryEntry(term="AW", expansion="Airship Works")
    with pytest.raises(ValueError, match="another number"):
        list(ReadEntries(2, lambda: (entry,)))


def test_a_glossary_of_any_text_goes_through_the_cache_as_it_was(tmp_path: Path) -> None:
    text = MINIMAL_ARTICLE + (
        "glossary:\n"
        '  - {term: "Café Σ", expansion: "Σύνδεσμος «café» — ₹ 5", synonyms: ["Cafe S", "カフェ"]}\n'
        '  - {term: "DLFQA", expansion: "a \\"quoted\\" \\\\ backslash"}\n'
    )
    path = tmp_path / "demo.yaml"
    path.write_text(text, encoding="utf-8")
    unit, problems = files_module.parse_file(path, path.name, text, files_module.file_digest(text))
    assert unit is not None
    assert not problems
    read = files_module.FileUnit.from_entry(path, path.name, unit.digest, unit.entry())
    assert isinstance(read.content.glossary, ReadEntries)
    assert tuple(read.content.glossary) == tuple(unit.content.glossary)
    assert len(unit.content.glossary) == 2
