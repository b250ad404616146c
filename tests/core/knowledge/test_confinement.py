"""Knowledge files cannot reach outside the knowledge folder, block the validator, or flood it."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import pytest

from bot.core.knowledge import validation
from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.folder import MAX_ARTICLE_BYTES, MAX_FILES, MAX_TOTAL_BYTES
from bot.core.knowledge.problems import Problem
from bot.core.knowledge.validation import knowledge_paths, validate_directory
from bot.core.knowledge.yamlsafe import MAX_FILE_BYTES
from tests.conftest import MINIMAL_ARTICLE, WriteKnowledge

#: Where ``text_file: article.txt`` sits in tests/data/mini/compact.yaml.
TEXT_FILE_LINE, TEXT_FILE_COL = 9, 3

needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="needs POSIX symlinks")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def validate_within(folder: Path, seconds: float = 30) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Validate in a thread so that a validator blocked on a pipe fails the test instead of hanging it."""
    outcome: list[tuple[KnowledgeBase | None, list[Problem]]] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(validate_directory(folder))
        except BaseException as exc:
            failure.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=seconds)
    assert not worker.is_alive(), f"validation did not finish within {seconds} s (blocked on a file?)"
    if failure:
        raise failure[0]
    return outcome[0]


def only_problem(folder: Path) -> Problem:
    base, problems = validate_within(folder)
    assert base is None
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def with_text_file(write_knowledge: WriteKnowledge, text_file: str) -> Path:
    """Copy the mini article into a fresh folder, pointing its text_file at ``text_file``."""
    folder = write_knowledge(copy_mini=True)
    compact = folder / "compact.yaml"
    original = compact.read_text(encoding="utf-8")
    assert "  text_file: article.txt\n" in original
    compact.write_text(original.replace("  text_file: article.txt\n", f"  text_file: {text_file}\n"), encoding="utf-8")
    return folder


def assert_text_file_refused(problem: Problem, text_file: str, why: str) -> None:
    assert problem.path.endswith("compact.yaml")
    assert (problem.line, problem.col) == (TEXT_FILE_LINE, TEXT_FILE_COL), str(problem)
    assert problem.message.startswith(f"cannot read the article text file {text_file!r}: "), str(problem)
    assert re.search(why, problem.message), str(problem)
    assert "does not occur verbatim" not in problem.message


# --- source.text_file ------------------------------------------------------------------------------------------


def test_article_in_a_subfolder_of_the_knowledge_folder_is_read(write_knowledge: WriteKnowledge) -> None:
    folder = with_text_file(write_knowledge, "articles/compact.txt")
    (folder / "articles").mkdir()
    (folder / "article.txt").rename(folder / "articles" / "compact.txt")
    base, problems = validate_within(folder)
    assert problems == []
    assert base is not None


def test_quotes_are_still_checked_in_a_subfolder_article(write_knowledge: WriteKnowledge) -> None:
    folder = with_text_file(write_knowledge, "articles/../articles/compact.txt")
    (folder / "articles").mkdir()
    (folder / "articles" / "compact.txt").write_text("Nothing the facts quote.\n", encoding="utf-8")
    _, problems = validate_within(folder)
    assert problems
    assert all("does not occur verbatim" in p.message for p in problems)


def test_absolute_path_is_refused(write_knowledge: WriteKnowledge, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text((Path("tests/data/mini/article.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    # The article would match every quote, so only the path itself can be the reason for refusing it.
    problem = only_problem(with_text_file(write_knowledge, str(outside)))
    assert_text_file_refused(problem, str(outside), r"it is an absolute path")


def test_proc_self_environ_cannot_be_probed_through_the_quote_check(
    write_knowledge: WriteKnowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUDYBOT_TEST_SECRET", "hunter2")
    folder = with_text_file(write_knowledge, "/proc/self/environ")
    compact = folder / "compact.yaml"
    # A correct guess used to validate cleanly and a wrong one to fail: an oracle for the bot's secrets.
    compact.write_text(
        compact.read_text(encoding="utf-8").replace(
            "quote: was signed in 2019 by the cities of Ardena and Belmora", "quote: studybot_test_secret=hunter2"
        ),
        encoding="utf-8",
    )
    base, problems = validate_within(folder)
    assert base is None
    messages = [p.message for p in problems]
    assert any("'/proc/self/environ': it is an absolute path" in m for m in messages), messages
    assert not any("does not occur verbatim" in m for m in messages), messages


def test_dot_dot_escape_is_refused(write_knowledge: WriteKnowledge) -> None:
    name = "../../../../../../../../../../proc/self/environ"
    problem = only_problem(with_text_file(write_knowledge, name))
    assert_text_file_refused(problem, name, r"it leaves the knowledge folder")


def test_dot_dot_to_a_sibling_folder_is_refused(write_knowledge: WriteKnowledge, tmp_path: Path) -> None:
    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / "token.txt").write_text("token\n", encoding="utf-8")
    problem = only_problem(with_text_file(write_knowledge, "articles/../../secrets/token.txt"))
    assert_text_file_refused(problem, "articles/../../secrets/token.txt", r"it leaves the knowledge folder")


@needs_symlinks
def test_symlink_pointing_outside_is_refused(write_knowledge: WriteKnowledge, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(Path("tests/data/mini/article.txt").read_text(encoding="utf-8"), encoding="utf-8")
    folder = write_knowledge(copy_mini=True)
    (folder / "article.txt").unlink()
    (folder / "article.txt").symlink_to(outside)
    problem = only_problem(folder)
    assert_text_file_refused(problem, "article.txt", r"symbolic link to .*outside\.txt, outside the knowledge folder")


@needs_symlinks
def test_symlinked_folder_pointing_outside_is_refused(write_knowledge: WriteKnowledge, tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "article.txt").write_text("x\n", encoding="utf-8")
    folder = with_text_file(write_knowledge, "articles/article.txt")
    (folder / "articles").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    problem = only_problem(folder)
    assert_text_file_refused(problem, "articles/article.txt", r"outside the knowledge folder")


@needs_symlinks
def test_symlink_inside_the_folder_is_followed(write_knowledge: WriteKnowledge) -> None:
    folder = with_text_file(write_knowledge, "current.txt")
    (folder / "articles").mkdir()
    (folder / "article.txt").rename(folder / "articles" / "v2.txt")
    (folder / "current.txt").symlink_to(Path("articles") / "v2.txt")
    base, problems = validate_within(folder)
    assert problems == []
    assert base is not None


@needs_symlinks
def test_dev_zero_through_a_symlink_is_refused(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(copy_mini=True)
    (folder / "article.txt").unlink()
    (folder / "article.txt").symlink_to("/dev/zero")
    problem = only_problem(folder)
    assert_text_file_refused(problem, "article.txt", r"symbolic link to /dev/zero, outside the knowledge folder")


@needs_fifo
def test_fifo_is_refused_without_blocking(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(copy_mini=True)
    (folder / "article.txt").unlink()
    os.mkfifo(folder / "article.txt")
    problem = only_problem(folder)
    assert_text_file_refused(problem, "article.txt", r"file is a named pipe \(FIFO\), not a regular file")


def test_a_folder_is_not_an_article(write_knowledge: WriteKnowledge) -> None:
    folder = with_text_file(write_knowledge, "articles")
    (folder / "articles").mkdir()
    problem = only_problem(folder)
    assert_text_file_refused(problem, "articles", r"file is a folder, not a regular file")


def test_oversized_article_is_refused_without_reading_it(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(copy_mini=True)
    with (folder / "article.txt").open("r+b") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: no disk is used and nothing is read
    problem = only_problem(folder)
    assert_text_file_refused(
        problem, "article.txt", rf"file is {MAX_ARTICLE_BYTES + 1:,} bytes; the limit is {MAX_ARTICLE_BYTES:,} bytes"
    )


def test_article_that_is_not_utf8_is_refused_with_the_place_it_breaks(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(copy_mini=True)
    (folder / "article.txt").write_bytes(b"The River Cities Compact\nwas sign\xe9d in 2019.\n")
    problem = only_problem(folder)
    assert_text_file_refused(
        problem, "article.txt", r"not valid UTF-8 \(byte 0xe9\); save it as UTF-8 \(line 2, column 9 of the article\)"
    )


@pytest.mark.parametrize(
    ("text_file", "why"),
    [
        pytest.param('"article\\0.txt"', r"the path contains a NUL character", id="nul"),
        pytest.param('"\\ud800.txt"', r"text_file: Input should be a valid string", id="lone-surrogate"),
        pytest.param('"C:\\\\Windows\\\\win.ini"', r"it is an absolute path", id="windows-drive"),
        pytest.param("'" + "a/" * 3000 + "x.txt'", r"the article text file 'a/a/.*\.\.\.': ", id="very-long"),
    ],
)
def test_odd_text_file_paths_are_refused(write_knowledge: WriteKnowledge, text_file: str, why: str) -> None:
    problem = only_problem(with_text_file(write_knowledge, text_file))
    assert (problem.line, problem.col) == (TEXT_FILE_LINE, TEXT_FILE_COL), str(problem)
    assert re.search(why, problem.message), str(problem)


def test_articles_count_towards_the_folder_budget(
    write_knowledge: WriteKnowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_knowledge(copy_mini=True)
    monkeypatch.setattr(validation, "MAX_TOTAL_BYTES", (folder / "compact.yaml").stat().st_size + 10)
    problem = only_problem(folder)
    assert_text_file_refused(problem, "article.txt", r"would take the knowledge folder past")


# --- the knowledge files themselves ----------------------------------------------------------------------------


def test_too_many_files_are_refused_before_any_is_parsed(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({f"f{i:04d}.yaml": "[unclosed\n" for i in range(MAX_FILES + 1)})
    problem = only_problem(folder)
    assert problem.path.endswith("knowledge")
    assert f"more than {MAX_FILES} knowledge files; the limit is {MAX_FILES}" in problem.message


def test_as_many_files_as_the_limit_are_parsed(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({f"f{i:04d}.yaml": "[unclosed\n" for i in range(MAX_FILES)})
    _, problems = validate_within(folder)
    assert len(problems) == MAX_FILES
    assert all("YAML syntax error" in p.message for p in problems)


def test_too_many_bytes_are_refused_before_any_is_parsed(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge()
    count = MAX_TOTAL_BYTES // MAX_FILE_BYTES + 1
    for i in range(count):
        with (folder / f"big{i:02d}.yaml").open("wb") as handle:
            handle.truncate(MAX_FILE_BYTES)  # sparse, each within the per-file limit
    problem = only_problem(folder)
    assert f"the knowledge files hold {count * MAX_FILE_BYTES:,} bytes together" in problem.message
    assert f"the limit is {MAX_TOTAL_BYTES:,} bytes" in problem.message


@needs_symlinks
def test_symlinked_knowledge_file_leading_outside_is_refused(write_knowledge: WriteKnowledge, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text(MINIMAL_ARTICLE, encoding="utf-8")
    folder = write_knowledge({"glossary.yaml": "glossary:\n  - term: demo\n"})
    (folder / "evil.yaml").symlink_to(outside)
    assert knowledge_paths(folder) == [folder / "glossary.yaml"]
    problem = only_problem(folder)
    assert problem.path.endswith("evil.yaml")
    assert (problem.line, problem.col) == (1, 1)
    assert re.search(r"is a symbolic link to .*outside\.yaml, outside the knowledge folder", problem.message)


@needs_symlinks
def test_symlinked_knowledge_file_inside_the_folder_is_read(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge()
    (folder / "drafts").mkdir()
    (folder / "drafts" / "demo.yaml").write_text(MINIMAL_ARTICLE, encoding="utf-8")
    (folder / "demo.yaml").symlink_to(Path("drafts") / "demo.yaml")
    base, problems = validate_within(folder)
    assert problems == []
    assert base is not None
    assert base.stats["facts"] == 1


@needs_symlinks
def test_broken_and_looping_symlinks_are_reported(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    (folder / "gone.yaml").symlink_to(folder / "missing.yaml")
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    _, problems = validate_within(folder)
    by_file = {Path(p.path).name: p.message for p in problems}
    assert set(by_file) == {"gone.yaml", "loop.yaml"}, [str(p) for p in problems]
    assert "which does not exist" in by_file["gone.yaml"]
    assert "cannot be followed" in by_file["loop.yaml"]


@needs_fifo
def test_fifo_named_like_a_knowledge_file_is_refused_without_blocking(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    os.mkfifo(folder / "pipe.yaml")
    problem = only_problem(folder)
    assert problem.path.endswith("pipe.yaml")
    assert "file is a named pipe (FIFO), not a regular file" in problem.message
