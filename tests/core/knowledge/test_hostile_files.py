"""Hostile knowledge files end in positioned problems (or a clean base), never in an exception or a hang."""

from __future__ import annotations

import random
import re
import threading
from pathlib import Path

import pytest

from bot.core.knowledge import yamlsafe
from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.problems import Problem
from bot.core.knowledge.validation import validate_directory
from bot.core.knowledge.yamlsafe import MAX_DEPTH, MAX_FILE_BYTES, YamlReadError, parse_yaml
from tests.conftest import MINIMAL_ARTICLE, WriteKnowledge

#: A generous bound that only a hang (or a quadratic blow-up) exceeds.
SECONDS = 60
CLEAN = None


def validate_within(folder: Path) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Validate in a thread, failing the test if validation raises or does not finish."""
    outcome: list[tuple[KnowledgeBase | None, list[Problem]]] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(validate_directory(folder))
        except BaseException as exc:
            failure.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=SECONDS)
    assert not worker.is_alive(), f"validation did not finish within {SECONDS} s"
    assert not failure, f"validation raised {failure[0]!r}"
    return outcome[0]


def nested_block_mappings(levels: int) -> str:
    return "".join("  " * i + f"k{i}:\n" for i in range(levels)) + "  " * levels + "leaf\n"


# --- deep nesting ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "col"),
    [
        pytest.param("[" * 500, 1, MAX_DEPTH + 2, id="500-brackets"),
        pytest.param("[" * 10_000, 1, MAX_DEPTH + 2, id="10000-brackets"),
        # Brace k opens level k at column 4k+1; its key one level down is what crosses the limit.
        pytest.param("{a: " * 10_000, 1, 4 * MAX_DEPTH + 2, id="10000-flow-mappings"),
        pytest.param(nested_block_mappings(1000), MAX_DEPTH + 1, 2 * MAX_DEPTH + 1, id="1000-block-mappings"),
        pytest.param("- " * 1000 + "x\n", 1, 2 * MAX_DEPTH + 3, id="1000-block-sequences"),
    ],
)
def test_deep_nesting_is_a_positioned_problem(write_knowledge: WriteKnowledge, text: str, line: int, col: int) -> None:
    base, problems = validate_within(write_knowledge({"deep.yaml": text}))
    assert base is None
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert problem.message == f"values are nested more than {MAX_DEPTH} levels deep"
    assert problem.path.endswith("deep.yaml")
    assert (problem.line, problem.col) == (line, col), str(problem)


def test_nesting_up_to_the_limit_is_read() -> None:
    doc = parse_yaml("[" * MAX_DEPTH + "x" + "]" * MAX_DEPTH)
    depth, value = 0, doc.data
    while isinstance(value, list):
        depth, value = depth + 1, value[0]
    assert (depth, value) == (MAX_DEPTH, "x")
    with pytest.raises(YamlReadError, match="nested more than"):
        parse_yaml("[" * (MAX_DEPTH + 1) + "x" + "]" * (MAX_DEPTH + 1))


def test_a_flood_of_values_is_stopped_while_composing(monkeypatch: pytest.MonkeyPatch) -> None:
    # A smaller budget keeps the test fast; composing MAX_NODES values takes pure-Python PyYAML seconds.
    monkeypatch.setattr(yamlsafe, "MAX_NODES", 1000)
    with pytest.raises(YamlReadError, match="document holds more than 1,000 values") as caught:
        parse_yaml("glossary:\n" + "- a\n" * 2000)
    # The mapping, its key and the list are three values, so item 998 (on line 999) is value 1,001.
    assert (caught.value.line, caught.value.col) == (999, 3)


# --- every kind of hostile file ---------------------------------------------------------------------------------


def _garbage() -> bytes:
    return b"\xff\xfe\x00\x01" + random.Random(10).randbytes(4096)


HOSTILE: list[object] = [
    pytest.param(_garbage(), r"^file is not valid UTF-8", id="binary-garbage"),
    pytest.param(
        MINIMAL_ARTICLE.replace("Demo Press", "Demo\x00Press"),
        r"^character U\+0000 is not allowed in a YAML file",
        id="nul-byte",
    ),
    pytest.param(
        MINIMAL_ARTICLE.replace("Demo Press", "Demo \x1b[31mPress"), r"^character U\+001B is not allowed", id="escape"
    ),
    pytest.param("source: " + "x" * (MAX_FILE_BYTES - 100) + "\n", r"^source: expected a mapping", id="huge-line"),
    pytest.param("# " + "x" * MAX_FILE_BYTES + "\n", r"the limit is 2,097,152 bytes", id="huge-line-over-limit"),
    pytest.param(
        "\n".join(
            ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
            + [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(9)]
        ),
        r"too many aliases",
        id="alias-bomb",
    ),
    pytest.param("glossary: &a [*a]\n", r"nested more than 64 levels", id="recursive-alias"),
    pytest.param("[" * 10_000, r"nested more than 64 levels", id="deep-brackets"),
    pytest.param(nested_block_mappings(1200), r"nested more than 64 levels", id="deep-block"),
    pytest.param(
        "glossary: !!python/object/apply:os.system ['echo pwned']\n",
        r"YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
        id="python-tag",
    ),
    pytest.param("glossary: !custom x\n", r"YAML tag '!custom' is not allowed", id="local-tag"),
    pytest.param("glossary: !!binary aGVsbG8=\n", r"tag 'tag:yaml.org,2002:binary' is not allowed", id="binary-tag"),
    pytest.param("glossary: !!set {a, b}\n", r"tag 'tag:yaml.org,2002:set' is not allowed", id="set-tag"),
    pytest.param("a: &a {b: 1}\nc:\n  <<: *a\n", r"tag 'tag:yaml.org,2002:merge' is not allowed", id="merge-key"),
    pytest.param("glossary: !!timestamp soon\n", r"cannot read 'soon' as a date", id="bad-timestamp-tag"),
    pytest.param("glossary: !!int many\n", r"cannot read 'many' as a whole number", id="bad-int-tag"),
    pytest.param("glossary: !!float much\n", r"cannot read 'much' as a number", id="bad-float-tag"),
    pytest.param("glossary: !!bool maybe\n", r"cannot read 'maybe' as a boolean", id="bad-bool-tag"),
    pytest.param(
        MINIMAL_ARTICLE.replace("published: 2024-01-02", "published: 2024-13-45"),
        r"cannot read '2024-13-45' as a date \(month must be in 1..12\)",
        id="impossible-date",
    ),
    pytest.param("glossary: " + "9" * 5000 + "\n", r"as a whole number", id="5000-digit-number"),
    pytest.param("1: x\n", r"keys must be text, got 1", id="number-key"),
    pytest.param("? [a, b]\n: c\n", r"keys must be text", id="list-key"),
    pytest.param("source:\n\tid: x\n", r"YAML syntax error", id="tab-indent"),
    pytest.param("glossary: []\n---\nglossary: []\n", r"expected a single document", id="two-documents"),
    pytest.param("", r"must be a mapping", id="empty"),
    pytest.param("\ufeff" + MINIMAL_ARTICLE, CLEAN, id="bom"),
    pytest.param(MINIMAL_ARTICLE.replace("\n", "\r\n"), CLEAN, id="crlf"),
    pytest.param("\ufeff" + MINIMAL_ARTICLE.replace("\n", "\r\n"), CLEAN, id="bom-crlf"),
    pytest.param(MINIMAL_ARTICLE.replace("\n", "\r"), CLEAN, id="cr-only"),
]


@pytest.mark.parametrize(("content", "expected"), HOSTILE)
def test_hostile_file_never_raises(write_knowledge: WriteKnowledge, content: str | bytes, expected: str | None) -> None:
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    folder = write_knowledge()
    (folder / "hostile.yaml").write_bytes(data)  # raw bytes: the fixture would dedent and re-encode text
    base, problems = validate_within(folder)
    if expected is CLEAN:
        assert problems == []
        assert base is not None
        return
    assert base is None
    assert problems
    for problem in problems:
        assert problem.path.endswith("hostile.yaml")
        assert problem.line >= 1
        assert problem.col >= 1
    assert any(re.search(expected, p.message) for p in problems), [str(p) for p in problems]
