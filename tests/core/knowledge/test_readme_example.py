"""The README's complete article example validates, beside the shipped knowledge, and answers as it says."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.knowledge.validation import validate_directory
from bot.core.services.asking import AskingService
from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT

README = PROJECT_ROOT / "README.md"


def readme_example() -> str:
    """Return the YAML block that follows the README's "The format" heading."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### The format", 1)[1]
    match = re.search(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert match is not None, "README: no YAML example under 'The format'"
    return match.group(1)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, target)
    (target / "india-germany-partnership.yaml").write_text(readme_example(), encoding="utf-8")
    return target


def test_the_example_is_block_style_and_starts_with_the_schema_line() -> None:
    example = readme_example()
    assert example.startswith("# yaml-language-server: $schema=schema.json\n")
    assert not re.search(r"^\s*-?\s*\w+:\s*\{", example, re.MULTILINE), "flow mappings in the block-style example"


def test_the_example_validates_beside_the_shipped_article(folder: Path) -> None:
    base, problems = validate_directory(folder)
    assert [str(p) for p in problems] == []
    assert base is not None
    assert {s.id for s in base.sources} == {"india-japan-partnership", "india-germany-partnership"}


def test_the_example_answers_from_its_own_article(folder: Path) -> None:
    asking = AskingService(KnowledgeService.from_directory(folder))
    outcome = asking.answer("india germany trade kitna hai")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "de_trade_total"


def test_the_example_s_listed_items_are_what_the_second_one_points_at(folder: Path) -> None:
    service = KnowledgeService.from_directory(folder)
    listed = service.matcher.respond("what are the pillars of india germany relations?")
    second = service.matcher.respond("the second one?", listed.turn).outcome
    assert isinstance(second, Answer), second
    assert "Item 2 of 4 in that list is the green transition." in second.note
