"""The compiled index cache: reused when nothing changed, rebuilt for what changed, never trusted when damaged."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import yaml

from bot.core.answering import index as index_module
from bot.core.answering.present import outcome_text
from bot.core.knowledge import files as files_module
from bot.core.knowledge import validation as validation_module
from bot.core.knowledge.cache import (
    CacheEntry,
    CacheFormatError,
    FolderCache,
    NoCache,
    read_entry,
    write_entry,
)
from bot.core.knowledge.validation import validate_directory
from bot.core.language import senses as senses_module
from bot.core.language.text import stem
from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR
from tests.conftest import DATA, SECOND_ARTICLE

GERMANY = "india-germany-partnership"

DEV_SET = DATA / "dev.yaml"


def dev_questions() -> list[str]:
    return [str(item["q"]) for item in yaml.safe_load(DEV_SET.read_text(encoding="utf-8"))["items"]]


def outcomes(service: KnowledgeService, questions: list[str]) -> list[tuple[str, str]]:
    """Return, per question, the outcome in full (its repr) and the text a member would see."""
    return [(repr(outcome), outcome_text(outcome)) for outcome in map(service.matcher.ask, questions)]


class Counts:
    """How many files were parsed and how many files' profiles compiled since the last reset."""

    def __init__(self) -> None:
        self.parsed: list[str] = []
        self.compiled: list[str] = []

    def reset(self) -> None:
        self.parsed.clear()
        self.compiled.clear()


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counts]:
    found = Counts()
    parse_file = files_module.parse_file
    compile_part = index_module.Compiler._compile

    def counting_parse(path: Path, *args: object) -> object:
        found.parsed.append(path.name)
        return parse_file(path, *args)  # type: ignore[arg-type]

    def counting_compile(self: index_module.Compiler, part: object, *args: object) -> object:
        found.compiled.append(Path(part.name).name)  # type: ignore[attr-defined]
        return compile_part(self, part, *args)  # type: ignore[arg-type]

    monkeypatch.setattr("bot.core.knowledge.validation.parse_file", counting_parse)
    monkeypatch.setattr(index_module.Compiler, "_compile", counting_compile)
    return found


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Return a copy of the shipped knowledge and the team's second article (two articles and a glossary)."""
    target = tmp_path / "knowledge"
    target.mkdir()
    for source in (DEFAULT_KNOWLEDGE_DIR, SECOND_ARTICLE):
        for path in source.iterdir():
            if path.is_file():
                shutil.copy(path, target / path.name)
    return target


def load(folder: Path, cache: FolderCache | NoCache) -> KnowledgeService:
    return KnowledgeService.from_directory(folder, cache=cache)


def test_cached_loads_answer_the_dev_set_exactly_as_a_fresh_build(tmp_path: Path, counts: Counts) -> None:
    questions = dev_questions()
    fresh = outcomes(KnowledgeService.from_directory(DEFAULT_KNOWLEDGE_DIR), questions)
    cache = FolderCache(tmp_path / "cache")
    first = load(DEFAULT_KNOWLEDGE_DIR, cache)
    assert counts.parsed
    assert counts.compiled
    counts.reset()
    second = load(DEFAULT_KNOWLEDGE_DIR, FolderCache(tmp_path / "cache"))
    assert (counts.parsed, counts.compiled) == ([], [])
    assert outcomes(first, questions) == fresh
    assert outcomes(second, questions) == fresh
    assert second.base.stats == first.base.stats
    assert list(second.base.facts) == list(first.base.facts)


def test_a_warm_start_parses_and_compiles_nothing_and_answers_the_same(
    folder: Path, tmp_path: Path, counts: Counts
) -> None:
    cache = tmp_path / "cache"
    cold = load(folder, FolderCache(cache))
    assert sorted(counts.parsed) == sorted(p.name for p in folder.glob("*.yaml"))
    counts.reset()
    warm = load(folder, FolderCache(cache))
    assert counts.parsed == []
    assert counts.compiled == []
    questions = [*dev_questions(), "bilateral trade with germany", "cepa year?"]
    assert outcomes(warm, questions) == outcomes(cold, questions)
    assert outcomes(warm, questions) == outcomes(KnowledgeService.from_directory(folder), questions)


def test_a_changed_file_is_the_only_one_parsed_and_its_change_is_answered(
    folder: Path, tmp_path: Path, counts: Counts
) -> None:
    cache = tmp_path / "cache"
    load(folder, FolderCache(cache))
    counts.reset()
    germany = folder / "india-germany-partnership.yaml"
    text = germany.read_text(encoding="utf-8")
    assert "question:" in text
    germany.write_text(
        text.replace("facts:\n", "facts:\n" + _fact("ger_zeppelin", _first_section(text)), 1), encoding="utf-8"
    )
    changed = load(folder, FolderCache(cache))
    assert counts.parsed == [germany.name]
    assert changed.base.has_fact("ger_zeppelin")
    outcome = changed.matcher.ask("which airship did the zeppelin works build in 1931?")
    assert "Graf Quirinus" in outcome_text(outcome)
    fresh = KnowledgeService.from_directory(folder)
    questions = [*dev_questions(), "zeppelin airship 1931"]
    assert outcomes(changed, questions) == outcomes(fresh, questions)


def test_a_changed_file_keeps_the_profiles_of_the_facts_it_kept(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Parsed and compiled in this process, whatever the machine's load: worker processes would count elsewhere.
    monkeypatch.setattr(validation_module, "worker_count", lambda: 1)
    cache = tmp_path / "cache"
    load(folder, FolderCache(cache))
    profiled: list[str] = []
    profile = index_module.FactIndex._profile

    def counting_profile(self: index_module.FactIndex, sf: object, *args: object) -> object:
        profiled.append(sf.fact.id)  # type: ignore[attr-defined]
        return profile(self, sf, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(index_module.FactIndex, "_profile", counting_profile)
    keyed: list[str] = []
    blocking_keys = files_module.blocking_keys

    def counting_keys(text: str) -> list[int]:
        keyed.append(text)
        return blocking_keys(text)

    monkeypatch.setattr(files_module, "blocking_keys", counting_keys)
    germany = folder / "india-germany-partnership.yaml"
    text = germany.read_text(encoding="utf-8")
    section = _first_section(text)
    germany.write_text(text.replace("facts:\n", "facts:\n" + _fact("ger_zeppelin", section), 1), encoding="utf-8")
    changed = load(folder, FolderCache(cache))
    # Only the new fact is compiled; the file's other facts keep the profiles of its previous version, and their
    # questions the blocking keys it had (the near-duplicate check's).
    assert profiled == ["ger_zeppelin"]
    assert keyed == ["airship zeppelin work build 1931"]
    questions = [*dev_questions(), "zeppelin airship 1931", "bilateral trade with germany", "cepa year?"]
    assert outcomes(changed, questions) == outcomes(KnowledgeService.from_directory(folder), questions)
    # A section's new title is read into every fact of that section: they are compiled again, the others not.
    profiled.clear()
    title = f"    title: {yaml.safe_load(text)['sections'][0]['title']}\n"
    now = germany.read_text(encoding="utf-8")
    assert title in now
    germany.write_text(now.replace(title, title.rstrip("\n") + " and Zeppelins\n", 1), encoding="utf-8")
    again = load(folder, FolderCache(cache))
    in_section = [sf.fact.id for sf in again.base.facts if sf.section.id == section and sf.source.id == GERMANY]
    assert sorted(profiled) == sorted(in_section)
    assert len(in_section) < len(again.base.facts_of(GERMANY))
    assert outcomes(again, questions) == outcomes(KnowledgeService.from_directory(folder), questions)


def test_a_removed_file_leaves_nothing_behind(folder: Path, tmp_path: Path, counts: Counts) -> None:
    cache = tmp_path / "cache"
    both = load(folder, FolderCache(cache))
    germany_ids = [sf.fact.id for sf in both.base.facts if sf.source.id != "india-japan-partnership"]
    assert germany_ids
    (folder / "india-germany-partnership.yaml").unlink()
    counts.reset()
    alone = load(folder, FolderCache(cache))
    assert counts.parsed == []
    assert not any(alone.base.has_fact(fact_id) for fact_id in germany_ids)
    assert all(sf.source.id == "india-japan-partnership" for sf in alone.base.facts)
    questions = dev_questions()
    assert outcomes(alone, questions) == outcomes(KnowledgeService.from_directory(folder), questions)


def test_a_file_compiled_beside_other_files_is_not_merged_as_it_was_compiled_alone(
    folder: Path, tmp_path: Path
) -> None:
    """A file's compiled profiles depend on the base's senses: ones made in another base never join this one's merge.

    The shipped base alone, then beside the second article (whose words split the senses of "nation"), share the
    shipped files' entries; the shipped base's merged index, from its first start, must not adopt those made since.
    """
    cache = tmp_path / "cache"
    questions = [*dev_questions(), "malabar coast pe india japan kya karte hai?", "exercises involving many nations"]
    fresh = outcomes(KnowledgeService.from_directory(DEFAULT_KNOWLEDGE_DIR), questions)
    assert outcomes(load(DEFAULT_KNOWLEDGE_DIR, FolderCache(cache)), questions) == fresh
    load(folder, FolderCache(cache))
    assert outcomes(load(DEFAULT_KNOWLEDGE_DIR, FolderCache(cache)), questions) == fresh
    # And the other way round: the two articles' merged index, from their first start, after the shipped base's.
    both = outcomes(KnowledgeService.from_directory(folder), questions)
    assert outcomes(load(folder, FolderCache(cache)), questions) == both


def test_another_code_version_ignores_every_entry(folder: Path, tmp_path: Path, counts: Counts) -> None:
    cache = tmp_path / "cache"
    load(folder, FolderCache(cache, version="version-one"))
    counts.reset()
    other = load(folder, FolderCache(cache, version="version-two"))
    assert sorted(counts.parsed) == sorted(p.name for p in folder.glob("*.yaml"))
    assert counts.compiled
    assert sorted(p.name for p in cache.iterdir() if not p.name.startswith(".")) == ["version-one", "version-two"]
    questions = dev_questions()
    assert outcomes(other, questions) == outcomes(KnowledgeService.from_directory(folder), questions)


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty"])
def test_a_damaged_entry_is_ignored_with_a_warning_and_rebuilt(
    folder: Path, tmp_path: Path, counts: Counts, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    cache = tmp_path / "cache"
    load(folder, FolderCache(cache, version="v"))
    entries = sorted((cache / "v").glob("*.bin"))
    assert {p.name.split("-")[0] for p in entries} >= {"kfile", "ixpart", "ixbase", "kclean"}
    for path in entries:
        data = bytearray(path.read_bytes())
        if damage == "flip":
            data[len(data) // 2] ^= 0x40
        elif damage == "truncate":
            data = data[: len(data) // 2]
        elif damage == "garbage":
            data = bytearray(b"\x93NUMPY" + bytes(range(256)) * 4)
        else:
            data = bytearray()
        path.write_bytes(bytes(data))
    counts.reset()
    with caplog.at_level(logging.WARNING):
        rebuilt = load(folder, FolderCache(cache, version="v"))
    assert sorted(counts.parsed) == sorted(p.name for p in folder.glob("*.yaml"))
    assert any("Ignoring the compiled knowledge cache entry" in r.message for r in caplog.records)
    questions = dev_questions()
    assert outcomes(rebuilt, questions) == outcomes(KnowledgeService.from_directory(folder), questions)
    # The damaged entries were replaced: the next start reads them all again without a warning.
    counts.reset()
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        load(folder, FolderCache(cache, version="v"))
    assert counts.parsed == []
    assert counts.compiled == []
    assert not caplog.records


def test_a_stale_entry_under_the_right_name_is_not_used(folder: Path, tmp_path: Path, counts: Counts) -> None:
    """An entry written for another key (copied over a file's entry) is refused, not used for the wrong file."""
    cache = tmp_path / "cache"
    load(folder, FolderCache(cache, version="v"))
    kfiles = sorted((cache / "v").glob("kfile-*.bin"))
    assert len(kfiles) >= 2
    shutil.copy(kfiles[0], kfiles[1])
    counts.reset()
    again = load(folder, FolderCache(cache, version="v"))
    assert len(counts.parsed) == 1
    assert again.base.stats == KnowledgeService.from_directory(folder).base.stats


def test_profiles_depending_on_a_changed_glossary_are_compiled_again(
    folder: Path, tmp_path: Path, counts: Counts
) -> None:
    cache = tmp_path / "cache"
    load(folder, FolderCache(cache))
    glossary = folder / "glossary.yaml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8") + "  - {term: ZWK, expansion: Zeppelin Works Kommission}\n",
        encoding="utf-8",
    )
    counts.reset()
    changed = load(folder, FolderCache(cache))
    # The shared glossary applies to every article, so every article's profiles are compiled again.
    assert sorted(counts.parsed) == ["glossary.yaml"]
    assert len(counts.compiled) == len(list(folder.glob("*.yaml")))
    questions = dev_questions()
    assert outcomes(changed, questions) == outcomes(KnowledgeService.from_directory(folder), questions)


def test_a_new_word_sharing_a_stem_recompiles_the_files_that_use_the_stem(
    write_knowledge: object, tmp_path: Path, counts: Counts
) -> None:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "a.yaml").write_text(_article("alpha", "a_imports", "What are the imports of Zorland?"))
    (folder / "b.yaml").write_text(_article("beta", "b_other", "Who leads the Quillon council?"))
    cache = tmp_path / "cache"
    load(folder, FolderCache(cache))
    # "important" shares the stem of "imports" but not its meaning: that stem's tokens change for a.yaml too.
    (folder / "b.yaml").write_text(_article("beta", "b_other", "Why is the Quillon council important?"))
    counts.reset()
    changed = load(folder, FolderCache(cache))
    assert counts.parsed == ["b.yaml"]
    assert sorted(counts.compiled) == ["a.yaml", "b.yaml"]
    questions = ["imports of zorland", "why is the quillon council important", "zorland important"]
    assert outcomes(changed, questions) == outcomes(KnowledgeService.from_directory(folder), questions)


def test_validation_with_the_cache_reports_the_same_problems(folder: Path, tmp_path: Path) -> None:
    cache = FolderCache(tmp_path / "cache")
    load(folder, cache)
    text = (folder / "india-japan-partnership.yaml").read_text(encoding="utf-8")
    copy = text.replace("id: india-japan-partnership", "id: india-japan-copy", 1)
    (folder / "copy.yaml").write_text(copy, encoding="utf-8")
    expected = validate_directory(folder)[1]
    assert expected
    assert any("duplicate fact id" in p.message for p in expected)
    assert validate_directory(folder, cache)[1] == expected
    assert validate_directory(folder, cache)[1] == expected


def test_a_near_duplicate_of_a_file_that_passed_before_is_still_found(folder: Path, tmp_path: Path) -> None:
    cache = FolderCache(tmp_path / "cache")
    assert validate_directory(folder, cache)[1] == []
    (folder / "zextra.yaml").write_text(
        _article("extra", "extra_cepa", "Since when is the India-Japan CEPA in force?"), encoding="utf-8"
    )
    problems = validate_directory(folder, cache)[1]
    assert [p.path.rsplit("/", 1)[-1] for p in problems] == ["zextra.yaml"]
    assert "nearly duplicates one of fact 'cepa_year'" in problems[0].message
    assert validate_directory(folder)[1] == problems


def test_a_glossary_term_clashing_with_a_file_that_passed_before_is_still_found(folder: Path, tmp_path: Path) -> None:
    cache = FolderCache(tmp_path / "cache")
    assert validate_directory(folder, cache)[1] == []
    # The shared glossary defines "moon" (a spelling of "lunar"); an article may not define it again.
    extra = _article("extra", "extra_fact", "Which craft went round the Quillon moon?")
    (folder / "zextra.yaml").write_text(
        extra + "glossary:\n  - {term: Moon,  synonyms: [Quillon moon]}\n", encoding="utf-8"
    )
    problems = validate_directory(folder, cache)[1]
    assert any("glossary term 'Moon'" in p.message and p.path.endswith("zextra.yaml") for p in problems)
    assert validate_directory(folder)[1] == problems
    assert validate_directory(folder, cache)[1] == problems


def test_a_file_read_from_the_cache_keeps_its_glossary_terms_as_the_checks_compare_them(folder: Path) -> None:
    path = folder / "glossary.yaml"
    text = path.read_text(encoding="utf-8")
    parsed, problems = files_module.parse_file(path, "glossary.yaml", text, files_module.file_digest(text))
    assert parsed is not None
    assert not problems
    cached = files_module.FileUnit.from_entry(path, "glossary.yaml", parsed.digest, parsed.entry())
    assert cached._terms is not None  # kept in the entry, not made again from the entries
    assert cached.glossary_terms() == parsed.glossary_terms()
    assert "moon" in parsed.glossary_terms()
    assert "high speed rail" in parsed.glossary_terms()
    # A damaged list of terms is not trusted: they are made from the file's entries.
    damaged = files_module.FileUnit.from_entry(
        path,
        "glossary.yaml",
        parsed.digest,
        CacheEntry({**parsed.entry().meta, "terms": [1, 2]}, parsed.entry().arrays),
    )
    assert damaged.glossary_terms() == parsed.glossary_terms()


def test_an_unwritable_cache_warns_once_and_everything_still_works(
    folder: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        service = load(folder, FolderCache(blocker / "cache"))
    warnings = [r for r in caplog.records if "Cannot write the compiled knowledge cache" in r.message]
    assert len(warnings) == 1
    assert service.matcher.ask("cepa year?") is not None
    assert service.base.has_fact("cepa_year")


def test_entries_round_trip_and_refuse_another_key_or_version(tmp_path: Path) -> None:
    path = tmp_path / "entry.bin"
    arrays = {"a": np.arange(5, dtype=np.int32), "b": np.linspace(0, 1, 3), "c": np.frombuffer(b"xyz", np.uint8)}
    write_entry(path, "v1", "kind", "key", CacheEntry({"hello": ["world", 1]}, arrays))
    entry = read_entry(path, "v1", "kind", "key")
    assert entry.meta == {"hello": ["world", 1]}
    assert {name: array.tolist() for name, array in entry.arrays.items()} == {
        name: array.tolist() for name, array in arrays.items()
    }
    for version, kind, key in (("v2", "kind", "key"), ("v1", "other", "key"), ("v1", "kind", "other")):
        with pytest.raises(CacheFormatError):
            read_entry(path, version, kind, key)
    with pytest.raises(ValueError, match="one-dimensional"):
        write_entry(path, "v1", "kind", "key", CacheEntry({}, {"x": np.zeros((2, 2))}))


def test_the_setting_turns_the_cache_off(tmp_path: Path) -> None:
    from bot.app import index_cache
    from tests.fakes import settings_for

    assert isinstance(index_cache(settings_for(tmp_path, index_cache=False)), NoCache)
    cache = index_cache(settings_for(tmp_path))
    assert isinstance(cache, FolderCache)
    assert cache.folder == tmp_path / "index-cache"


def _first_section(text: str) -> str:
    data = yaml.safe_load(text)
    return str(data["sections"][0]["id"])


def _fact(fact_id: str, section: str) -> str:
    return (
        f"  - id: {fact_id}\n"
        f"    section: {section}\n"
        "    question: Which airship did the Zeppelin works build in 1931?\n"
        "    answer: The Zeppelin works built the airship Graf Quirinus in 1931.\n"
        "    keywords: [zeppelin, airship]\n"
    )


def _article(article_id: str, fact_id: str, question: str) -> str:
    return (
        "source:\n"
        f"  id: {article_id}\n"
        f"  title: {article_id.title()} Notes\n"
        "  publisher: Test Press\n"
        "  published: 2024-01-02\n"
        "  summary: [A summary bullet.]\n"
        "sections:\n"
        "  - {id: main, title: Main Points, summary: One section.}\n"
        "facts:\n"
        f"  - id: {fact_id}\n"
        "    section: main\n"
        f"    question: {question}\n"
        f"    answer: The answer about {article_id} is on record for 2020.\n"
    )


def test_prune_removes_long_unused_entries_and_other_versions_at_most_daily(tmp_path: Path) -> None:
    cache = FolderCache(tmp_path / "cache", version="current")
    cache.store("kfile", "fresh", CacheEntry({"a": 1}))
    cache.store("kfile", "stale", CacheEntry({"a": 2}))
    old = tmp_path / "cache" / "older-version"
    old.mkdir()
    (old / "kfile-x.bin").write_bytes(b"old")
    now = time.time()
    long_ago = now - 8 * 24 * 3600
    os.utime(tmp_path / "cache" / "current" / "kfile-stale.bin", (long_ago, long_ago))
    os.utime(old, (long_ago, long_ago))
    assert cache.prune(now) == 2
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == [".pruned", "current"]
    assert cache.load("kfile", "fresh") is not None
    assert cache.load("kfile", "stale") is None
    # Pruning again the same day does nothing, whatever has aged meanwhile.
    os.utime(tmp_path / "cache" / "current" / "kfile-fresh.bin", (long_ago, long_ago))
    assert cache.prune(now + 3600) == 0
    assert cache.load("kfile", "fresh") is not None


def test_compiled_json_reads_back_exactly_as_json_reads_it() -> None:
    # orjson parses the compiled index; what it refuses (a lone surrogate, a huge number) json reads instead.
    rng = np.random.default_rng(7)
    floats = [float(x) for x in rng.standard_normal(2000) * 10.0 ** rng.integers(-300, 300, 2000)]
    values = [
        {"text": "lone \ud800 surrogate", "fine": "é"},
        {"big": 2**70},
        {"floats": [*floats, 0.1, 5e-324, 1.7976931348623157e308]},
    ]
    for value in values:
        blob = index_module._json_bytes(value)
        assert index_module._json_object(blob, "test") == json.loads(blob.tobytes()) == value


def _merged_indexes(monkeypatch: pytest.MonkeyPatch) -> list[index_module.MergedIndex]:
    """Record every merged index an index adopts (compiled, or read back from the cache)."""
    adopted: list[index_module.MergedIndex] = []
    adopt = index_module.FactIndex.adopt

    def recording(self: index_module.FactIndex, merged: index_module.MergedIndex, *args: object) -> None:
        adopted.append(merged)
        adopt(self, merged, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(index_module.FactIndex, "adopt", recording)
    return adopted


def _shape(merged: index_module.MergedIndex) -> dict[str, object]:
    """Return everything a merged index holds, in plain values (arrays as lists, mappings as dicts)."""
    return {
        "by_stem": dict(merged.by_stem),
        "plan": [list(concept) for concept in merged.plan],
        "tokens": merged.tokens,
        "vocabulary": merged.vocabulary,
        "surface": merged.surface,
        "phrase_relations": merged.phrase_relations,
        "partners": merged.partners,
        "concept_numbers": dict(merged.concept_numbers),
        "concept_years": dict(merged.concept_years),
        "postings": [a.tolist() for a in (merged.posting_offsets, merged.posting_facts, merged.posting_credits)],
        "weights": list(merged.weights),
        "remaps": [remap.tolist() for remap in merged.remaps],
        "label_words": [list(words) for words in merged.label_words],
        "made": merged.made,
    }


def test_the_merged_index_read_back_is_the_one_compiled(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    adopted = _merged_indexes(monkeypatch)
    cache = tmp_path / "cache"
    load(folder, FolderCache(cache))
    load(folder, FolderCache(cache))
    compiled, read = adopted
    assert read is not compiled
    assert _shape(read) == _shape(compiled)


def test_a_changed_file_lemmatises_only_the_words_its_previous_version_did_not_hold(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load(folder, FolderCache(cache))
    germany = folder / "india-germany-partnership.yaml"
    text = germany.read_text(encoding="utf-8")
    germany.write_text(
        text.replace("facts:\n", "facts:\n" + _fact("ger_zeppelin", _first_section(text)), 1), encoding="utf-8"
    )
    asked: list[str] = []
    lemma = senses_module.lemma

    def counting(word: str) -> str:
        asked.append(word)
        return lemma(word)

    # A fresh process has read no word's lemma: every word the start needs one for is asked for.
    monkeypatch.setattr(senses_module, "lemma", counting)
    monkeypatch.setattr(index_module, "lemma", counting)
    changed = load(folder, FolderCache(cache))
    new_words = {"zeppelin", "airship", "works", "built", "build", "graf", "quirinus", "which", "did", "the", "in"}
    assert asked, "the new fact's words are read"
    # Besides the new words, only words of stems the base uses for unrelated words need their lemma to be read.
    split = changed.matcher.index.senses.split_stems
    assert {w for w in asked if w.isalpha() and w not in new_words and stem(w) not in split} == set()
    fresh = KnowledgeService.from_directory(folder)
    questions = [*dev_questions(), "zeppelin airship 1931"]
    assert outcomes(changed, questions) == outcomes(fresh, questions)


def test_a_question_moved_to_another_fact_of_a_changed_file_is_checked_again(tmp_path: Path) -> None:
    """A question its file held before on another fact may now nearly duplicate that fact's questions."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "a.yaml").write_text(_article("alpha", "a_imports", "What are the imports of Zorland?"))
    text = _article("beta", "b_council", "Who leads the Quillon council?") + (
        "    alternatives: [who heads the quillon council]\n"
        "  - id: b_other\n"
        "    section: main\n"
        "    question: When was the Quillon harbour built?\n"
        "    answer: The Quillon harbour was built in 1920.\n"
    )
    (folder / "b.yaml").write_text(text)
    cache = FolderCache(tmp_path / "cache")
    assert validate_directory(folder, cache)[1] == []
    moved = text.replace("    alternatives: [who heads the quillon council]\n", "").replace(
        "    question: When was the Quillon harbour built?\n",
        "    question: When was the Quillon harbour built?\n    alternatives: [who heads the quillon council]\n",
    )
    (folder / "b.yaml").write_text(moved)
    problems = validate_directory(folder, cache)[1]
    assert any("nearly duplicates one of fact 'b_council'" in p.message for p in problems)
    assert validate_directory(folder)[1] == problems


def test_only_the_new_questions_of_a_changed_file_are_compared_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = FolderCache(tmp_path / "cache")
    assert validate_directory(folder, cache)[1] == []
    germany = folder / "india-germany-partnership.yaml"
    text = germany.read_text(encoding="utf-8")
    germany.write_text(
        text.replace("facts:\n", "facts:\n" + _fact("ger_zeppelin", _first_section(text)), 1), encoding="utf-8"
    )
    calls: list[tuple[list[bool], list[object]]] = []
    near_duplicates = validation_module.near_duplicates

    def recording(files: object, trusted: list[bool], known: list[object]) -> object:
        calls.append((list(trusted), list(known)))
        return near_duplicates(files, trusted, known)  # type: ignore[arg-type]

    monkeypatch.setattr(validation_module, "near_duplicates", recording)
    assert validate_directory(folder, cache)[1] == []
    [(trusted, known)] = calls
    changed = trusted.index(False)
    assert trusted.count(False) == 1
    mask = known[changed]
    assert isinstance(mask, np.ndarray)
    assert int((~mask).sum()) == 1  # the new fact's one question


def test_the_thresholds_key_the_cache_alike_in_every_process() -> None:
    # The thresholds' repr is part of every cache key: a set in it is ordered by string hashes, which change from one
    # process to the next, and every start compiled the base again.
    code = "from bot.core.answering.thresholds import DEFAULT_THRESHOLDS; print(repr(DEFAULT_THRESHOLDS))"
    reprs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=str(Path(__file__).resolve().parents[3]),
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(reprs) == 1
