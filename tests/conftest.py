"""Shared fixtures: no developer settings, the shipped knowledge, a small hand-written article, a folder builder."""

from __future__ import annotations

import os
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.core.answering.context import Turn
from bot.core.answering.outcomes import Outcome
from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR
from bot.settings import ENV_FILE_VARIABLE, Settings

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


@pytest.fixture(autouse=True)
def no_developer_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a developer's `.env` and shell settings out of every test and of every process a test starts.

    The empty STUDYBOT_ENV_FILE is inherited by subprocesses (`python -m bot ...`), so they read no `.env` either;
    settings a test wants it sets itself.
    """
    monkeypatch.setenv(ENV_FILE_VARIABLE, "")
    monkeypatch.setitem(Settings.model_config, "env_file", None)
    fields = set(Settings.model_fields)
    for name in list(os.environ):
        if name.lower() in fields:  # settings are read from the environment whatever the case
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def shipped() -> KnowledgeService:
    """Return a service over the shipped knowledge files."""
    return KnowledgeService.from_directory(DEFAULT_KNOWLEDGE_DIR)


@pytest.fixture(scope="session")
def mini() -> KnowledgeService:
    """Return a service over the small practice article in tests/data/mini."""
    return KnowledgeService.from_directory(MINI_DIR)


SECOND_ARTICLE = DATA / "second_article"


def copy_two_articles(target: Path) -> Path:
    """Copy the shipped knowledge and the team's second article (India-Germany) into one folder."""
    target.mkdir(parents=True, exist_ok=True)
    for source in (DEFAULT_KNOWLEDGE_DIR, SECOND_ARTICLE):
        for path in source.iterdir():
            if path.is_file():
                shutil.copy(path, target / path.name)
    return target


@pytest.fixture(scope="session")
def two_articles_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder with the shipped article and the team's India-Germany article."""
    return copy_two_articles(tmp_path_factory.mktemp("two_articles") / "knowledge")


@pytest.fixture(scope="session")
def two_articles(two_articles_dir: Path) -> KnowledgeService:
    """Return a service over India-Japan (shipped) and India-Germany (tests/data/second_article)."""
    return KnowledgeService.from_directory(two_articles_dir)


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


def last_reply(service: KnowledgeService, *questions: str) -> Outcome:
    """Return the reply to the last of one member's questions, each read after the ones before (a conversation)."""
    turn: Turn | None = None
    outcome: Outcome | None = None
    for question in questions:
        reply = service.matcher.respond(question, turn)
        turn, outcome = reply.turn, reply.outcome
    assert outcome is not None
    return outcome
