"""Shared fixtures: the shipped knowledge, a small hand-written article, and a folder builder."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR

DATA = Path(__file__).parent / "data"
MINI_DIR = DATA / "mini"

MINIMAL_ARTICLE = """\
source:
  id: demo
  title: Demo Article
  publisher: Demo Press
  published: 2024-01-02
  summary: [A demo summary bullet.]
sections:
  - id: main
    title: Main Points
    summary: The demo article has one section.
facts:
  - id: demo_fact
    section: main
    question: What is the demo fact?
    alternatives: [demo fact please]
    answer: The demo fact is that demos work.
    keywords: [demo]
quiz:
  - id: demo_quiz
    fact: demo_fact
    question: Do demos work?
    choices: [Always, Never, Sometimes, Rarely]
    answer: Always
    explanation: The article says demos work.
"""

WriteKnowledge = Callable[..., Path]

pytest_plugins = ["tests.dbfixtures"]


@pytest.fixture(scope="session")
def shipped() -> KnowledgeService:
    """Return a service over the shipped knowledge files."""
    return KnowledgeService.from_directory(DEFAULT_KNOWLEDGE_DIR)


@pytest.fixture(scope="session")
def mini() -> KnowledgeService:
    """Return a service over the small practice article in tests/data/mini."""
    return KnowledgeService.from_directory(MINI_DIR)


@pytest.fixture
def write_knowledge(tmp_path: Path) -> WriteKnowledge:
    """Return a function that writes YAML files (name -> text) into a fresh knowledge folder."""

    def write(files: dict[str, str | bytes] | None = None, *, copy_mini: bool = False) -> Path:
        folder = tmp_path / "knowledge"
        folder.mkdir(exist_ok=True)
        if copy_mini:
            for path in MINI_DIR.iterdir():
                shutil.copy(path, folder / path.name)
        for name, content in (files or {}).items():
            target = folder / name
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(textwrap.dedent(content), encoding="utf-8")
        return folder

    return write
