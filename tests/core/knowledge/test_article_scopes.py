"""Files that don't trip over each other: glossary and kinds belong to their article, clashes go to the newer file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bot.core.knowledge.validation import validate_directory
from bot.core.services.knowledge import KnowledgeService
from bot.core.study.questionbank import QuestionBank
from tests.conftest import DATA, MINI_DIR

SECOND = DATA / "mini_second"


def two_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    for source in (MINI_DIR, SECOND):
        for path in source.iterdir():
            shutil.copy(path, folder / path.name)
    return folder


def age(path: Path, seconds: int) -> None:
    """Set a file's modification time (older files claim ids and terms first)."""
    os.utime(path, (1_700_000_000 + seconds, 1_700_000_000 + seconds))


def test_two_articles_may_each_define_a_term_their_own_way(tmp_path: Path) -> None:
    base, problems = validate_directory(two_articles(tmp_path))
    assert problems == []
    assert base is not None
    scopes = {e.expansion: s for e, s in zip(base.glossary, base.glossary_scopes, strict=True) if e.term == "RCC"}
    assert scopes == {"River Cities Compact": "river-compact", "Regional Coast Committee": "harbour-accord"}


def test_an_articles_term_means_its_own_expansion_in_its_own_facts(tmp_path: Path) -> None:
    service = KnowledgeService.from_directory(two_articles(tmp_path))
    outcome = service.matcher.ask("rcc year")
    assert outcome.best.fact.fact.id == "compact_year"  # type: ignore[union-attr]


@pytest.mark.parametrize(("newer", "older"), [("accord.yaml", "compact.yaml"), ("compact.yaml", "accord.yaml")])
def test_a_duplicate_fact_id_is_reported_in_the_newer_file_with_a_prefix(
    tmp_path: Path, newer: str, older: str
) -> None:
    folder = two_articles(tmp_path)
    accord = folder / "accord.yaml"
    accord.write_text(accord.read_text(encoding="utf-8").replace("id: accord_year", "id: compact_year"), "utf-8")
    accord.write_text(
        accord.read_text(encoding="utf-8").replace("fact: accord_year", "fact: compact_year"), encoding="utf-8"
    )
    age(folder / older, 0)
    age(folder / newer, 100)
    _base, problems = validate_directory(folder)
    clashes = [p for p in problems if "duplicate fact id" in p.message]
    assert [Path(p.path).name for p in clashes] == [newer]
    assert older in clashes[0].message  # names where it was first defined
    prefix = "har_compact_year" if newer == "accord.yaml" else "riv_compact_year"
    assert prefix in clashes[0].message


def test_an_article_redefining_a_shared_term_is_told_so_in_its_own_file(tmp_path: Path) -> None:
    folder = two_articles(tmp_path)
    (folder / "glossary.yaml").write_text(
        "glossary:\n  - term: JFC\n    expansion: Joint Fishing Committee\n", encoding="utf-8"
    )
    age(folder / "glossary.yaml", 0)
    age(folder / "accord.yaml", 100)
    _base, problems = validate_directory(folder)
    clashes = [p for p in problems if "glossary term 'JFC'" in p.message]
    assert [Path(p.path).name for p in clashes] == ["accord.yaml"]
    assert "shared glossary" in clashes[0].message


def test_removing_an_article_does_not_change_how_another_is_indexed(tmp_path: Path) -> None:
    both = KnowledgeService.from_directory(two_articles(tmp_path))
    alone = KnowledgeService.from_directory(MINI_DIR)

    def readable(service: KnowledgeService) -> dict[str, tuple[set[str], set[str]]]:
        # Concepts are numbered per base; compare them by the term they stand for.
        labels = service.matcher.index.glossary.labels
        index = service.matcher.index
        return {
            sf.fact.id: ({labels.get(t, t) for t in p.credits}, {labels[c] for c in p.expansions})
            for sf, p in zip(service.base.facts, index.profiles, strict=True)
        }

    with_other = readable(both)
    for fact_id, seen in readable(alone).items():
        assert with_other[fact_id] == seen, fact_id


def test_kinds_and_distractors_stay_within_their_article(tmp_path: Path) -> None:
    base, _problems = validate_directory(two_articles(tmp_path))
    assert base is not None
    assert "town_body" in base.kinds_for("harbour-accord")
    assert "town_body" not in base.kinds_for("river-compact")
    bank = QuestionBank(base)
    accord_words = {"corvel", "dunmere", "7.2", "2016", "fishing", "lighthouse", "ferry"}
    for sf in base.facts_of("river-compact"):
        for question in bank.for_fact(sf.fact.id):
            for choice in question.choices:
                assert not accord_words & set(choice.casefold().split()), (question.id, choice)
