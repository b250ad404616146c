"""Teach a fact a new phrasing: one line added to its own file, everything else kept byte for byte.

The edit is made on the text, not by re-dumping YAML, so comments, quoting, folding, blank lines, indentation and
line endings all stay as the admin wrote them. It is checked three ways before the file is touched: the edited
file must parse to exactly the old data plus the one phrasing; a copy of the whole folder with the change must
validate; and the file must not have changed while this ran. Only then is the new text written to a temporary
file beside it and moved over it with ``os.replace``, so readers (a reload, an editor) see the old file or the
new one, never half of one.
"""

from __future__ import annotations

import contextlib
import copy
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from bot.core.errors import UserFacingError
from bot.core.knowledge.folder import MAX_TOTAL_BYTES, RefusedPathError, article_path, list_folder
from bot.core.knowledge.problems import Problem
from bot.core.knowledge.schema import MAX_QUESTION_CHARS
from bot.core.knowledge.validation import validate_directory
from bot.core.knowledge.yamlsafe import YamlReadError, parse_yaml, read_text
from bot.core.language.text import collapse_whitespace, comparable_question, normalize, printable

#: Problems quoted in a refusal (the rest are counted); `studybot validate` lists them all.
MAX_PROBLEMS_SHOWN = 3
#: The temporary file a teach writes beside the knowledge file starts with this (a dot: hidden, never read).
TEMP_PREFIX = ".studybot-teach-"


class TeachError(UserFacingError):
    """A phrasing that cannot be taught; the message says why and what to do, ``problems`` the file:line:col."""

    def __init__(self, message: str, problems: Iterable[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


class UnknownFactError(TeachError):
    """No knowledge file defines the fact; ``suggestions`` are ids that look alike."""

    def __init__(self, fact_id: str, suggestions: Sequence[str]) -> None:
        hint = f" Did you mean {', '.join(f'`{s}`' for s in suggestions)}?" if suggestions else ""
        super().__init__(f"There is no fact `{fact_id}` in the knowledge files.{hint}")
        self.fact_id = fact_id
        self.suggestions = tuple(suggestions)


@dataclass(frozen=True)
class TeachPlan:
    """A phrasing ready to be written into a fact's file: the file's text before and after."""

    directory: Path
    path: Path
    fact_id: str
    fact_question: str
    phrasing: str
    original: str
    edited: str
    #: The 1-based line of the file that holds the new phrasing.
    line: int
    #: The article texts (``source.text_file``) the folder's files name, for the validation of a copy.
    articles: tuple[str, ...] = ()

    @property
    def file(self) -> str:
        """Return the file's path relative to the knowledge folder (for messages)."""
        return _relative_name(self.path, self.directory)


@dataclass(frozen=True)
class Taught:
    """A phrasing written into a fact's file."""

    fact_id: str
    fact_question: str
    phrasing: str
    path: Path
    #: The file relative to the knowledge folder, e.g. ``india-japan-partnership.yaml``.
    file: str
    line: int


def clean_phrasing(text: str) -> str:
    """Return the phrasing as it will be stored (one line, no control characters); raise TeachError if unusable."""
    cleaned = collapse_whitespace(printable(text, one_line=True))
    if not cleaned:
        raise TeachError("The question is empty: give the words members actually type.")
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise TeachError(
            f"The question is {len(cleaned)} characters long; a phrasing holds at most {MAX_QUESTION_CHARS}. "
            "Teach the words that carry the question."
        )
    return cleaned


def teach_phrasing(directory: Path, question: str, fact_id: str) -> Taught:
    """Add ``question`` as a phrasing of ``fact_id`` in its file, after checking it all (blocking; see module doc)."""
    return commit_teach(prepare_teach(directory, question, fact_id))


def prepare_teach(directory: Path, question: str, fact_id: str) -> TeachPlan:
    """Find the fact's file and make the edited text, without writing anything; raise TeachError if it cannot."""
    phrasing = clean_phrasing(question)
    listing = _listing(directory)
    ids: list[str] = []
    articles: list[str] = []
    found: tuple[Path, str, dict[str, Any]] | None = None
    for path in listing.files:
        text = _read(path)
        try:
            data = parse_yaml(text).data
        except YamlReadError as exc:
            raise _folder_broken([Problem(_display(path), exc.line, exc.col, exc.message)]) from exc
        source = data.get("source") if isinstance(data, dict) else None
        article = source.get("text_file") if isinstance(source, dict) else None
        if isinstance(article, str) and article:
            articles.append(article)
        for fact in _facts(data):
            ids.append(str(fact.get("id")))
            if fact.get("id") == fact_id and found is None:
                found = (path, text, fact)
    if found is None:
        raise UnknownFactError(fact_id, close_ids(fact_id, ids))
    path, text, fact = found
    _refuse_known_phrasing(fact, fact_id, phrasing)
    edited, line = add_phrasing(text, fact_id, phrasing)
    return TeachPlan(
        directory, path, fact_id, str(fact.get("question", "")), phrasing, text, edited, line, tuple(articles)
    )


def commit_teach(plan: TeachPlan) -> Taught:
    """Validate the folder with the change, then replace the file atomically; raise TeachError on any problem."""
    problems = _validate_with(plan)
    if problems:
        raise _refusal(plan, problems)
    _replace(plan)
    return Taught(plan.fact_id, plan.fact_question, plan.phrasing, plan.path, plan.file, plan.line)


def close_ids(wanted: str, ids: Iterable[str], limit: int = 3) -> list[str]:
    """Return up to ``limit`` ids that look like ``wanted``, closest first."""
    found = process.extract(wanted, list(dict.fromkeys(ids)), scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
    return [name for name, _score, _index in found]


# ---------------------------------------------------------------------------------------------- the text edit
def add_phrasing(text: str, fact_id: str, phrasing: str) -> tuple[str, int]:
    """Return ``text`` with ``phrasing`` added to the alternatives of ``fact_id``, and the 1-based line it is on.

    Only that phrasing is added: under a block list one new line at the list's indentation; in a flow list
    ``[a, b]`` the item is appended inside the brackets; a fact without alternatives gets the key (in the style the
    file's other facts use) right after its question. The result is parsed again and must hold exactly the old
    data plus the phrasing; otherwise TeachError is raised and nothing should be written.
    """
    try:
        data = parse_yaml(text).data
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (YamlReadError, yaml.YAMLError) as exc:
        raise TeachError(f"The file of fact `{fact_id}` cannot be read as YAML; run `studybot validate`.") from exc
    fact_node, fact_data = _fact_node(root, data, fact_id)
    newline = "\r\n" if "\r\n" in text else "\n"
    alternatives = _value_node(fact_node, "alternatives")
    if isinstance(alternatives, yaml.SequenceNode) and alternatives.flow_style:
        edited, at = _append_to_flow_list(text, alternatives, phrasing)
    elif isinstance(alternatives, yaml.SequenceNode) and alternatives.value:
        edited, at = _append_to_block_list(text, alternatives, phrasing, newline)
    elif alternatives is None:
        edited, at = _add_alternatives_key(text, root, fact_node, phrasing, newline)
    else:
        raise TeachError(
            f"The alternatives of fact `{fact_id}` are not a list this tool can extend; add the phrasing by hand."
        )
    expected = copy.deepcopy(data)
    target = next(f for f in _facts(expected) if f.get("id") == fact_id)
    target["alternatives"] = [*(fact_data.get("alternatives") or []), phrasing]
    try:
        reread = parse_yaml(edited).data
    except YamlReadError:
        reread = None
    if reread != expected:
        raise TeachError(
            f"Could not add the phrasing to fact `{fact_id}` without changing anything else in its file "
            "(an unusual layout); add it by hand."
        )
    return edited, edited.count("\n", 0, at) + 1


def _facts(data: Any) -> list[dict[str, Any]]:
    facts = data.get("facts") if isinstance(data, dict) else None
    return [f for f in facts if isinstance(f, dict)] if isinstance(facts, list) else []


def _fact_node(root: yaml.Node | None, data: Any, fact_id: str) -> tuple[yaml.MappingNode, dict[str, Any]]:
    facts = _value_node(root, "facts") if isinstance(root, yaml.MappingNode) else None
    if isinstance(facts, yaml.SequenceNode) and isinstance(data, dict) and isinstance(data.get("facts"), list):
        for node, item in zip(facts.value, data["facts"], strict=False):
            if isinstance(node, yaml.MappingNode) and isinstance(item, dict) and item.get("id") == fact_id:
                return node, item
    raise TeachError(f"There is no fact `{fact_id}` in this file.")


def _value_node(mapping: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(mapping, yaml.MappingNode):
        return None
    for key_node, value_node in mapping.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key and isinstance(value_node, yaml.Node):
            return value_node
    return None


def _key_node(mapping: yaml.MappingNode, key: str) -> yaml.ScalarNode | None:
    for key_node, _value in mapping.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return key_node
    return None


def _scalar(phrasing: str, flow: bool) -> str:
    """Write the phrasing as one YAML scalar for a block (``- x``) or flow (``[x]``) list, quoted only if needed."""
    dumped = yaml.safe_dump([phrasing], default_flow_style=flow, allow_unicode=True, width=1 << 30).rstrip("\n")
    item = dumped[1:-1] if flow else dumped.removeprefix("- ")
    if "\n" in item or "\r" in item or not item:
        raise TeachError("The question cannot be written on one line of YAML; simplify it.")
    return item


def _content_end(text: str, node: yaml.Node) -> int:
    """Return the index just after the last character of ``node`` that is not whitespace."""
    start, end = node.start_mark.index, node.end_mark.index
    return start + len(text[start:end].rstrip())


def _after_line(text: str, index: int) -> int:
    """Return the index of the start of the line after the one holding ``index - 1`` (or the end of the text)."""
    found = text.find("\n", max(index - 1, 0))
    return len(text) if found < 0 else found + 1


def _insert_lines(text: str, at: int, lines: Sequence[str], newline: str) -> tuple[str, int]:
    """Insert whole lines at ``at`` (a line start, or the end of a text without a final newline)."""
    block = newline.join(lines)
    if at == len(text) and text and not text.endswith("\n"):
        # The file ends without a newline: the new lines go after one, and the file keeps ending without one.
        return text + newline + block, len(text) + len(newline)
    return text[:at] + block + newline + text[at:], at


def _append_to_block_list(text: str, seq: yaml.SequenceNode, phrasing: str, newline: str) -> tuple[str, int]:
    dash = seq.start_mark.column
    first = seq.value[0]
    same_line = first.start_mark.line == seq.start_mark.line
    gap = first.start_mark.column - dash if same_line and first.start_mark.column - dash >= 2 else 2
    line = " " * dash + "-" + " " * (gap - 1) + _scalar(phrasing, flow=False)
    return _insert_lines(text, _after_line(text, _content_end(text, seq.value[-1])), [line], newline)


def _append_to_flow_list(text: str, seq: yaml.SequenceNode, phrasing: str) -> tuple[str, int]:
    item = _scalar(phrasing, flow=True)
    if seq.value:
        at = _content_end(text, seq.value[-1])
        return text[:at] + ", " + item + text[at:], at + 2
    at = seq.start_mark.index + 1  # just inside "["
    return text[:at] + item + text[at:], at


def _add_alternatives_key(
    text: str, root: yaml.Node | None, fact: yaml.MappingNode, phrasing: str, newline: str
) -> tuple[str, int]:
    question_key = _key_node(fact, "question")
    question = _value_node(fact, "question")
    if question_key is None or question is None:
        raise TeachError("The fact has no question to put the alternatives after; add the phrasing by hand.")
    if fact.flow_style:
        at = _content_end(text, question)
        addition = f", alternatives: [{_scalar(phrasing, flow=True)}]"
        return text[:at] + addition + text[at:], at + len(", alternatives: [")
    column = question_key.start_mark.column
    offset = _house_style(root)
    if offset is None:
        line = " " * column + f"alternatives: [{_scalar(phrasing, flow=True)}]"
        return _insert_lines(text, _after_line(text, _content_end(text, question)), [line], newline)
    lines = [" " * column + "alternatives:", " " * (column + offset) + "- " + _scalar(phrasing, flow=False)]
    edited, at = _insert_lines(text, _after_line(text, _content_end(text, question)), lines, newline)
    return edited, at + len(lines[0]) + len(newline)


def _house_style(root: yaml.Node | None) -> int | None:
    """Return how far the file's block lists of alternatives indent their dashes past the key (None: flow lists).

    A file whose facts all write ``alternatives: [a, b]`` gets a flow list; otherwise (and when no fact has
    alternatives yet) a block list, indented as the file's other facts indent theirs (two spaces by default).
    """
    facts = _value_node(root, "facts")
    flow_seen = False
    for node in facts.value if isinstance(facts, yaml.SequenceNode) else []:
        if not isinstance(node, yaml.MappingNode) or node.flow_style:
            continue
        key = _key_node(node, "alternatives")
        value = _value_node(node, "alternatives")
        if key is None or not isinstance(value, yaml.SequenceNode) or not value.value:
            continue
        if value.flow_style:
            flow_seen = True
            continue
        return max(0, value.start_mark.column - key.start_mark.column)
    return None if flow_seen else 2


def _refuse_known_phrasing(fact: dict[str, Any], fact_id: str, phrasing: str) -> None:
    """Refuse a phrasing the fact already has, as typed or as the matcher reads it (its content words)."""
    phrasings = [p for p in [fact.get("question"), *(fact.get("alternatives") or [])] if isinstance(p, str)]
    typed = normalize(phrasing).rstrip("?!. ")
    for known in phrasings:
        if normalize(known).rstrip("?!. ") == typed:
            raise TeachError(f"Fact `{fact_id}` already has that phrasing (“{known}”); nothing to teach.")
    read = comparable_question(phrasing)
    for known in phrasings:
        if read and comparable_question(known) == read:
            raise TeachError(
                f"Fact `{fact_id}` already has a phrasing that reads the same to the bot (“{known}”); nothing to teach."
            )


# ---------------------------------------------------------------------------------------------- the folder
def _listing(directory: Path) -> Any:
    try:
        listing = list_folder(directory)
    except OSError as exc:
        raise TeachError(f"Cannot list the knowledge folder: {exc.strerror or exc}.") from exc
    problems = [Problem(_display(path), 1, 1, reason) for path, reason in listing.refused]
    if listing.too_many or listing.total_bytes > MAX_TOTAL_BYTES:
        problems.append(Problem(_display(directory), 1, 1, "the knowledge folder is over its limits"))
    if problems:
        raise _folder_broken(problems)
    return listing


def _read(path: Path) -> str:
    try:
        return read_text(path)
    except YamlReadError as exc:
        raise _folder_broken([Problem(_display(path), exc.line, exc.col, exc.message)]) from exc
    except OSError as exc:
        raise TeachError(f"Cannot read {path.name}: {exc.strerror or exc}.") from exc


def _validate_with(plan: TeachPlan) -> list[Problem]:
    """Validate a copy of the folder that holds the edited file; return the problems, named as in the real folder."""
    listing = _listing(plan.directory)
    with tempfile.TemporaryDirectory(prefix="studybot-teach-") as temporary:
        shadow = Path(temporary) / "knowledge"
        shadow.mkdir()
        for path in listing.files:
            target = shadow / path.name
            if path == plan.path:
                target.write_bytes(plan.edited.encode("utf-8"))
                continue
            shutil.copy2(path, target)  # with its times: the validator reports a clash in the newer file
        for name in plan.articles:
            # Article texts are read relative to the folder; copy each one the validator would read.
            try:
                source = article_path(listing.root, name)
                destination = article_path(shadow.resolve(), name)
            except RefusedPathError:
                continue
            if source.is_file() and not destination.exists():
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, destination)
        _base, problems = validate_directory(shadow)
        return [_unshadow(problem, shadow, plan.directory) for problem in problems]


def _unshadow(problem: Problem, shadow: Path, directory: Path) -> Problem:
    """Name a problem of the shadow copy by the real folder's files."""
    real = _display(directory)
    forms = sorted({_display(shadow), str(shadow), str(shadow.resolve())}, key=len, reverse=True)

    def swap(text: str) -> str:
        for form in forms:
            text = text.replace(form, real)
        return text

    return Problem(swap(problem.path), problem.line, problem.col, swap(problem.message))


def _refusal(plan: TeachPlan, problems: list[Problem]) -> TeachError:
    before, before_problems = validate_directory(plan.directory)
    if before is None:
        return _folder_broken(before_problems)
    shown = "; ".join(str(p) for p in problems[:MAX_PROBLEMS_SHOWN])
    more = f" (and {len(problems) - MAX_PROBLEMS_SHOWN} more)" if len(problems) > MAX_PROBLEMS_SHOWN else ""
    return TeachError(
        f"Teaching “{plan.phrasing}” to fact `{plan.fact_id}` would make the knowledge invalid, so nothing was "
        f"changed: {shown}{more}",
        problems,
    )


def _folder_broken(problems: Sequence[Problem]) -> TeachError:
    shown = "; ".join(str(p) for p in sorted(problems)[:MAX_PROBLEMS_SHOWN])
    more = f" (and {len(problems) - MAX_PROBLEMS_SHOWN} more)" if len(problems) > MAX_PROBLEMS_SHOWN else ""
    return TeachError(
        f"The knowledge folder already has {len(problems)} problem(s), so nothing was taught; fix them first "
        f"(`studybot validate`): {shown}{more}",
        problems,
    )


def _replace(plan: TeachPlan) -> None:
    """Write the edited text beside the file and move it over the file, if the file is still what was read."""
    target = plan.path.resolve()  # a knowledge file may be a link inside the folder: write what it points at
    data = plan.edited.encode("utf-8")
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=TEMP_PREFIX, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
        if _read(target) != plan.original:
            raise TeachError(
                f"{plan.file} changed while the phrasing was being taught; nothing was changed, try again."
            )
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (best effort)."""
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _display(path: Path) -> str:
    """Name a path as the validator does: relative to the working folder when inside it."""
    try:
        return str((path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


def _relative_name(path: Path, directory: Path) -> str:
    try:
        return str(path.relative_to(directory))
    except ValueError:
        return path.name
