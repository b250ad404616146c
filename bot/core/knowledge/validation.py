"""Validate knowledge files: every problem with its file:line:col, and the base when there are none."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from rapidfuzz import fuzz, process

from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.folder import (
    MAX_ARTICLE_BYTES,
    MAX_FILES,
    MAX_TOTAL_BYTES,
    RefusedPathError,
    article_path,
    list_folder,
)
from bot.core.knowledge.problems import KnowledgeError, Problem
from bot.core.knowledge.schema import KnowledgeFile
from bot.core.knowledge.yamlsafe import PositionedDocument, YamlReadError, describe_scalar, parse_yaml, read_text
from bot.core.language.text import collapse_whitespace, comparable_question, is_number

log = logging.getLogger(__name__)

NEAR_DUPLICATE_QUESTION_SCORE = 94.0
SCHEMA_FILE_NAME = "schema.json"


@dataclass
class _ParsedFile:
    path: Path
    display: str
    doc: PositionedDocument
    model: KnowledgeFile

    @property
    def age(self) -> tuple[int, str]:
        """Order files oldest first (ties by name): a clash is reported in the newer file, the one being added."""
        try:
            return (self.path.stat().st_mtime_ns, self.display)
        except OSError:
            return (0, self.display)


def knowledge_paths(directory: Path) -> list[Path]:
    """List the knowledge files in a directory that the validator reads, in a stable order."""
    return list(list_folder(directory).files)


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
    try:
        listing = list_folder(directory)
    except OSError as exc:
        return None, [Problem(str(directory), 1, 1, f"cannot list the knowledge directory: {exc.strerror or exc}")]
    # The folder's limits are checked before anything is opened, so a flood of files costs only a listing.
    if listing.too_many:
        message = f"the knowledge folder holds more than {MAX_FILES} knowledge files; the limit is {MAX_FILES}"
        return None, [Problem(_display(directory), 1, 1, message)]
    if listing.total_bytes > MAX_TOTAL_BYTES:
        message = (
            f"the knowledge files hold {listing.total_bytes:,} bytes together; the limit is {MAX_TOTAL_BYTES:,} bytes"
        )
        return None, [Problem(_display(directory), 1, 1, message)]
    problems = [Problem(_display(path), 1, 1, reason) for path, reason in listing.refused]
    if not listing.files and not problems:
        return None, [Problem(str(directory), 1, 1, "no .yaml knowledge files found")]
    parsed: list[_ParsedFile] = []
    for path in listing.files:
        display = _display(path)
        try:
            doc = parse_yaml(read_text(path))
        except YamlReadError as exc:
            problems.append(Problem(display, exc.line, exc.col, exc.message))
            continue
        except OSError as exc:
            problems.append(Problem(display, 1, 1, f"cannot read file: {exc.strerror or exc}"))
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
    articles = _Articles(listing.root, MAX_TOTAL_BYTES - listing.total_bytes)
    problems.extend(_cross_file_problems(parsed, articles))
    if problems:
        return None, sorted(set(problems))
    return KnowledgeBase.build((p.model for p in parsed), (p.display for p in parsed)), []


def _display(path: Path) -> str:
    # Only the parent is resolved: a refused symbolic link is named as the link, not as what it points at.
    try:
        return str((path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


class _Articles:
    """Article texts for the quote check: inside the folder, read once each, within the folder's byte budget."""

    def __init__(self, root: Path, budget: int) -> None:
        self._root = root
        self._remaining = budget
        self._normalised: dict[Path, str] = {}

    def normalised(self, name: str) -> str:
        """Return the article text, whitespace collapsed and casefolded (RefusedPathError, YamlReadError, OSError)."""
        path = article_path(self._root, name)
        if path in self._normalised:
            return self._normalised[path]
        # Stat never opens, so asking the size of a FIFO cannot block; read_text refuses non-regular files itself.
        size = os.stat(path).st_size
        if MAX_ARTICLE_BYTES >= size > self._remaining:
            raise RefusedPathError(
                f"reading it would take the knowledge folder past {MAX_TOTAL_BYTES:,} bytes "
                "(knowledge files and article texts together)"
            )
        text = read_text(path, min(MAX_ARTICLE_BYTES, max(self._remaining, 0)))
        self._remaining -= len(text.encode("utf-8"))
        self._normalised[path] = collapse_whitespace(text).casefold()
        return self._normalised[path]


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


@dataclass
class _Claim:
    """One definition of an id or term: where it is, and the scope it lives in (None: every file)."""

    kind: str
    ident: str
    scope: str | None
    pf: _ParsedFile
    loc: tuple[int | str, ...]

    def where(self) -> str:
        line, _col = self.pf.doc.position(self.loc)
        return f"{self.pf.display}:{line}"


def _cross_file_problems(parsed: list[_ParsedFile], articles: _Articles) -> list[Problem]:
    problems: list[Problem] = []
    claims: list[_Claim] = []
    fact_ids: set[str] = {f.id for pf in parsed for f in pf.model.facts}
    for pf in parsed:
        model = pf.model
        article = model.source.id if model.source is not None else None
        if model.source is not None:
            claims.append(_Claim("source id", model.source.id, None, pf, ("source", "id")))
        section_ids = set()
        for i, section in enumerate(model.sections):
            claims.append(_Claim("section id", section.id, pf.display, pf, ("sections", i, "id")))
            section_ids.add(section.id)
        for i, fact in enumerate(model.facts):
            claims.append(_Claim("fact id", fact.id, None, pf, ("facts", i, "id")))
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
            claims.append(_Claim("quiz id", item.id, None, pf, ("quiz", i, "id")))
            if item.fact not in fact_ids:
                line, col = pf.doc.position(("quiz", i, "fact"))
                problems.append(
                    Problem(
                        pf.display, line, col, f"quiz item {item.id!r} tests fact {item.fact!r}, which does not exist"
                    )
                )
        # An article's glossary belongs to that article: two articles may each define a term their own way, but
        # neither may redefine a term of the shared glossary, nor define one twice.
        for i, entry in enumerate(model.glossary):
            for variant in entry.variants:
                claims.append(
                    _Claim("glossary term", collapse_whitespace(variant), article, pf, ("glossary", i, "term"))
                )
        problems.extend(_quote_problems(pf, articles))
    problems.extend(_clash_problems(claims))
    problems.extend(_near_duplicate_problems(parsed))
    return problems


def _clash_problems(claims: list[_Claim]) -> list[Problem]:
    """Report every definition that clashes with an earlier one, in the newer file, naming the older place."""
    problems: list[Problem] = []
    kept: dict[tuple[str, str], list[_Claim]] = {}
    for claim in sorted(claims, key=lambda c: c.pf.age):
        earlier = kept.setdefault((claim.kind, claim.ident.casefold()), [])
        clash = next((c for c in earlier if None in (c.scope, claim.scope) or c.scope == claim.scope), None)
        if clash is None:
            earlier.append(claim)
            continue
        line, col = claim.pf.doc.position(claim.loc)
        message = f"duplicate {claim.kind} {claim.ident!r} (first defined at {clash.where()})"
        if claim.kind in {"fact id", "quiz id", "source id"} and clash.pf is not claim.pf:
            message += f"; ids are shared by all files, so give this file's ids a prefix, e.g. {_prefixed(claim)!r}"
        elif claim.kind == "glossary term" and claim.scope is not None and clash.scope is None:
            message += "; the shared glossary already defines it for every article: use that entry or rename this one"
        problems.append(Problem(claim.pf.display, line, col, message))
    return problems


#: Words of an article id that say nothing about which article it is.
_COMMON_ID_WORDS = frozenset({"india", "indian", "partnership", "relations", "and", "the", "of", "ties", "article"})


def _prefixed(claim: _Claim) -> str:
    """Suggest a prefixed id from the claiming file's article ("india-germany-partnership" -> "ger_trade")."""
    source = claim.pf.model.source
    words = [w for w in re.split(r"[-_]", source.id if source else claim.pf.path.stem) if w]
    distinctive = [w for w in words if w not in _COMMON_ID_WORDS] or words or ["art"]
    prefix = distinctive[0][:3]
    if claim.kind == "quiz id" and claim.ident.startswith("quiz_"):
        return f"quiz_{prefix}_{claim.ident.removeprefix('quiz_')}"
    return f"{prefix}_{claim.ident}"


def _quote_problems(pf: _ParsedFile, articles: _Articles) -> list[Problem]:
    source = pf.model.source
    if source is None or source.text_file is None:
        return []
    try:
        article = articles.normalised(source.text_file)
    except (RefusedPathError, YamlReadError, OSError) as exc:
        line, col = pf.doc.position(("source", "text_file"))
        shown = source.text_file if len(source.text_file) <= 80 else source.text_file[:77] + "..."
        return [Problem(pf.display, line, col, f"cannot read the article text file {shown!r}: {_why(exc)}")]
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


def _why(exc: RefusedPathError | YamlReadError | OSError) -> str:
    """Say why an article text could not be used, in words an admin can act on."""
    if isinstance(exc, YamlReadError):
        # A position inside the article (where its UTF-8 breaks) cannot be the problem's own position.
        inside = f" (line {exc.line}, column {exc.col} of the article)" if (exc.line, exc.col) != (1, 1) else ""
        return exc.message + inside
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


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
