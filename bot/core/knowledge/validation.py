"""Validate knowledge files: every problem with its file:line:col, and the base when there are none."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from rapidfuzz import fuzz, process

from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.problems import KnowledgeError, Problem
from bot.core.knowledge.schema import KnowledgeFile
from bot.core.knowledge.yamlsafe import PositionedDocument, YamlReadError, describe_scalar, parse_yaml, read_text
from bot.core.language.text import collapse_whitespace, comparable_question, is_number

log = logging.getLogger(__name__)

NEAR_DUPLICATE_QUESTION_SCORE = 94.0
KNOWLEDGE_SUFFIXES = (".yaml", ".yml")
SCHEMA_FILE_NAME = "schema.json"


@dataclass
class _ParsedFile:
    path: Path
    display: str
    doc: PositionedDocument
    model: KnowledgeFile


def knowledge_paths(directory: Path) -> list[Path]:
    """List the knowledge files in a directory, in a stable order."""
    return sorted(p for p in directory.iterdir() if p.is_file() and p.suffix in KNOWLEDGE_SUFFIXES)


def load_knowledge(directory: Path) -> KnowledgeBase:
    """Validate every file in ``directory`` and return the base, or raise KnowledgeError with all problems."""
    base, problems = validate_directory(directory)
    if problems or base is None:
        raise KnowledgeError(problems)
    return base


def validate_directory(directory: Path) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Check every file in ``directory``; return the base (None on any problem) and the problems."""
    if not directory.is_dir():
        return None, [Problem(str(directory), 1, 1, "knowledge directory does not exist")]
    paths = knowledge_paths(directory)
    if not paths:
        return None, [Problem(str(directory), 1, 1, "no .yaml knowledge files found")]
    problems: list[Problem] = []
    parsed: list[_ParsedFile] = []
    for path in paths:
        display = _display(path)
        try:
            doc = parse_yaml(read_text(path))
        except YamlReadError as exc:
            problems.append(Problem(display, exc.line, exc.col, exc.message))
            continue
        except OSError as exc:
            problems.append(Problem(display, 1, 1, f"cannot read file: {exc.strerror}"))
            continue
        if not isinstance(doc.data, dict):
            problems.append(
                Problem(display, 1, 1, "a knowledge file must be a mapping with keys such as 'source' and 'facts'")
            )
            continue
        try:
            model = KnowledgeFile.model_validate(doc.data)
        except ValidationError as exc:
            problems.extend(_schema_problems(display, doc, exc))
            continue
        parsed.append(_ParsedFile(path, display, doc, model))
    problems.extend(_cross_file_problems(parsed))
    if problems:
        return None, sorted(set(problems))
    return KnowledgeBase.build((p.model for p in parsed), (p.display for p in parsed)), []


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _schema_problems(display: str, doc: PositionedDocument, exc: ValidationError) -> list[Problem]:
    problems = []
    errors = exc.errors(include_url=False)
    locations = [tuple(error["loc"]) for error in errors]
    for error in errors:
        loc: tuple[int | str, ...] = tuple(error["loc"])
        # A list that is "too short" only because some of its items were invalid repeats those errors.
        if error["type"] == "too_short" and any(len(o) > len(loc) and o[: len(loc)] == loc for o in locations):
            continue
        line, col = doc.position(loc)
        problems.append(Problem(display, line, col, _describe_error(error, loc, doc)))
    return problems


def _where(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        else:
            parts.append(("." if parts else "") + part)
    return "".join(parts) or "file"


def _describe_error(error: Any, loc: tuple[int | str, ...], doc: PositionedDocument) -> str:
    kind = error["type"]
    where = _where(loc)
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"missing required key '{loc[-1]}' (in {_where(loc[:-1])})"
    if kind == "extra_forbidden":
        return f"unknown key '{loc[-1]}' in {_where(loc[:-1])}{_did_you_mean(str(loc[-1]), loc[:-1])}"
    if kind in {"string_type", "date_type", "date_from_datetime_parsing", "int_type", "tuple_type", "model_type"}:
        raw = doc.raw_scalars.get(loc)
        if raw is not None:
            hint = describe_scalar(raw, error.get("input"))
            if hint:
                return f"{where}: {hint}"
        expected = {"string_type": "text", "tuple_type": "a list", "model_type": "a mapping of keys"}.get(kind, "")
        if expected:
            return f"{where}: expected {expected}, got {_kind_of(error.get('input'))}"
    if kind == "string_too_long":
        return f"{where}: text is {len(error['input'])} characters; the limit is {ctx.get('max_length')}"
    if kind == "string_too_short":
        return f"{where}: text is empty"
    if kind == "string_pattern_mismatch" and str(loc[-1]) in {"id", "section", "fact"}:
        return f"{where}: {error['input']!r} is not a valid id (use lowercase letters, digits, '_' or '-')"
    if kind in {"too_short", "too_long"}:
        return f"{where}: {error['msg'].lower()}"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}"


def _kind_of(value: object) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {value!r}"


def _did_you_mean(key: str, parent: tuple[int | str, ...]) -> str:
    names = _field_names(parent)
    best = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=70) if names else None
    return f" (did you mean '{best[0]}'?)" if best else ""


def _field_names(parent: tuple[int | str, ...]) -> list[str]:
    model: type[BaseModel] = KnowledgeFile
    for part in parent:
        if isinstance(part, int):
            continue
        annotation = model.model_fields.get(part)
        if annotation is None:
            return []
        nested = _model_in(annotation.annotation)
        if nested is None:
            return []
        model = nested
    return list(model.model_fields)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _cross_file_problems(parsed: list[_ParsedFile]) -> list[Problem]:
    problems: list[Problem] = []
    first_seen: dict[tuple[str, str], str] = {}

    def claim(kind: str, ident: str, pf: _ParsedFile, loc: tuple[int | str, ...]) -> None:
        line, col = pf.doc.position(loc)
        here = f"{pf.display}:{line}"
        key = (kind, ident.casefold())
        if key in first_seen:
            problems.append(
                Problem(pf.display, line, col, f"duplicate {kind} {ident!r} (first defined at {first_seen[key]})")
            )
        else:
            first_seen[key] = here

    fact_ids: set[str] = {f.id for pf in parsed for f in pf.model.facts}
    for pf in parsed:
        model = pf.model
        if model.source is not None:
            claim("source id", model.source.id, pf, ("source", "id"))
        section_ids = set()
        for i, section in enumerate(model.sections):
            claim(f"section id in {pf.display}", section.id, pf, ("sections", i, "id"))
            section_ids.add(section.id)
        for i, fact in enumerate(model.facts):
            claim("fact id", fact.id, pf, ("facts", i, "id"))
            if fact.section not in section_ids:
                line, col = pf.doc.position(("facts", i, "section"))
                known = ", ".join(sorted(section_ids)) or "none"
                problems.append(
                    Problem(
                        pf.display,
                        line,
                        col,
                        f"fact {fact.id!r} names section {fact.section!r}, "
                        f"which this file does not define (sections: {known})",
                    )
                )
        for i, item in enumerate(model.quiz):
            claim("quiz id", item.id, pf, ("quiz", i, "id"))
            if item.fact not in fact_ids:
                line, col = pf.doc.position(("quiz", i, "fact"))
                problems.append(
                    Problem(
                        pf.display, line, col, f"quiz item {item.id!r} tests fact {item.fact!r}, which does not exist"
                    )
                )
        for i, entry in enumerate(model.glossary):
            for variant in entry.variants:
                claim("glossary term", collapse_whitespace(variant), pf, ("glossary", i, "term"))
        problems.extend(_quote_problems(pf))
    problems.extend(_near_duplicate_problems(parsed))
    return problems


def _quote_problems(pf: _ParsedFile) -> list[Problem]:
    source = pf.model.source
    if source is None or source.text_file is None:
        return []
    text_path = (pf.path.parent / source.text_file).resolve()
    try:
        article = collapse_whitespace(read_text(text_path)).casefold()
    except (OSError, YamlReadError) as exc:
        line, col = pf.doc.position(("source", "text_file"))
        return [Problem(pf.display, line, col, f"cannot read the article text file {source.text_file!r}: {exc}")]
    problems = []
    for i, fact in enumerate(pf.model.facts):
        if fact.quote and collapse_whitespace(fact.quote).casefold() not in article:
            line, col = pf.doc.position(("facts", i, "quote"))
            problems.append(
                Problem(
                    pf.display,
                    line,
                    col,
                    f"the quote of fact {fact.id!r} does not occur verbatim in {source.text_file}",
                )
            )
    return problems


def _near_duplicate_problems(parsed: list[_ParsedFile]) -> list[Problem]:
    """Flag questions on two different facts that read the same once normalised."""
    entries: list[tuple[str, str, _ParsedFile, tuple[int | str, ...]]] = []
    figures: list[frozenset[str]] = []
    for pf in parsed:
        for i, fact in enumerate(pf.model.facts):
            for j, phrasing in enumerate(fact.phrasings):
                loc: tuple[int | str, ...] = ("facts", i, "question") if j == 0 else ("facts", i, "alternatives", j - 1)
                text = comparable_question(phrasing)
                entries.append((text, fact.id, pf, loc))
                figures.append(_figures(text))
    # Block on the first two words so that the fuzzy comparison stays near-linear on large bases.
    blocks: dict[str, list[int]] = {}
    for index, (text, *_rest) in enumerate(entries):
        for token in set(text.split()[:3]):
            blocks.setdefault(token, []).append(index)
    reported: set[tuple[int, int]] = set()
    problems = []
    for members in blocks.values():
        if len(members) < 2 or len(members) > 2000:
            continue
        for a_pos, a in enumerate(members):
            text_a, fact_a, pf_a, loc_a = entries[a]
            for b in members[a_pos + 1 :]:
                text_b, fact_b, pf_b, loc_b = entries[b]
                if fact_a == fact_b or (a, b) in reported:
                    continue
                # Different figures ("in 2011" / "in 2017") are told apart by the matcher's figure check.
                if figures[a] != figures[b]:
                    continue
                if fuzz.ratio(text_a, text_b) >= NEAR_DUPLICATE_QUESTION_SCORE:
                    reported.add((a, b))
                    line_a, _ = pf_a.doc.position(loc_a)
                    line, col = pf_b.doc.position(loc_b)
                    problems.append(
                        Problem(
                            pf_b.display,
                            line,
                            col,
                            f"question {text_b!r} of fact {fact_b!r} nearly duplicates one of fact {fact_a!r} "
                            f"({pf_a.display}:{line_a}); matching could not tell them apart",
                        )
                    )
    return problems


def _figures(text: str) -> frozenset[str]:
    return frozenset(t for t in text.split() if is_number(t))
