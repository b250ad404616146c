"""One knowledge file validated on its own: parsed from its YAML, or read back from the compiled cache.

What the checks across files need from a file (its ids, glossary terms, quotes and the near-duplicate
material of its questions) is kept with it, so an unchanged file is never parsed again. Positions (file:line:col)
are only needed to report a problem; a file read from the cache is parsed for them when one is reported.
"""

from __future__ import annotations

import functools
import hashlib
import json
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from sys import intern
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, TypeAdapter, ValidationError
from rapidfuzz import fuzz, process

from bot.core.knowledge.base import FileContent, ReadEntries
from bot.core.knowledge.cache import CacheEntry, CacheFormatError, entry_bytes
from bot.core.knowledge.problems import Problem
from bot.core.knowledge.schema import Fact, GlossaryEntry, KnowledgeFile, QuizItem, Section, Source
from bot.core.knowledge.yamlsafe import (
    NOT_PLAIN,
    Location,
    PositionedDocument,
    YamlReadError,
    describe_scalar,
    parse_plain,
    parse_positioned,
    parse_yaml,
    read_text,
)
from bot.core.language.lexicon import LEXICON
from bot.core.language.text import collapse_whitespace, is_number, stem, tokenize

#: The cache entry kinds of a validated file, and of its questions as the near-duplicate check reads them.
ENTRY_KIND = "kfile"
QUESTIONS_KIND = "kquest"


class CachedFacts:
    """A file's facts as JSON in the compiled cache, each validated into a Fact the first time it is asked."""

    def __init__(self, blob: npt.NDArray[np.uint8], offsets: npt.NDArray[np.int64]) -> None:
        self._blob = blob
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def fact(self, position: int) -> Fact:
        """Return the fact at ``position`` (validated again: the cache is checked, never trusted blindly)."""
        start, end = int(self._offsets[position]), int(self._offsets[position + 1])
        return Fact.model_validate_json(self._blob[start:end].tobytes())


@dataclass(frozen=True)
class QuestionMaterial:
    """A file's questions as the near-duplicate check reads them: reduced to their stems, with blocking keys."""

    #: For each phrasing: the fact it belongs to (position in the file) and its place among that fact's phrasings.
    facts: npt.NDArray[np.int32]
    places: npt.NDArray[np.int32]
    #: The reduced texts, one per line (a reduced text is stems joined by spaces: it never holds a newline).
    texts: npt.NDArray[np.uint8]
    #: Each reduced text's length in characters, and a digest of the figures it names (0 for none).
    lengths: npt.NDArray[np.int32]
    figures: npt.NDArray[np.uint32]
    #: Every phrasing's blocking keys (``blocking_keys``), and the phrasing each key belongs to.
    keys: npt.NDArray[np.uint32]
    owners: npt.NDArray[np.int32]

    def __len__(self) -> int:
        return len(self.facts)

    def holds_together(self, fact_count: int) -> bool:
        """Tell whether the arrays agree with each other (checked before a cached file's questions are used)."""
        lines = int(np.count_nonzero(self.texts == ord("\n"))) + 1 if len(self.facts) else 0
        return (
            len(self.places) == len(self.facts) == len(self.lengths) == len(self.figures) == lines
            and len(self.keys) == len(self.owners)
            and _within(self.facts, fact_count)
            and _within(self.owners, len(self.facts))
        )

    def lines(self) -> list[str]:
        """Return every phrasing's reduced text, in order."""
        return self.texts.tobytes().decode("utf-8").split("\n") if len(self.facts) else []

    @classmethod
    def of(
        cls,
        facts: Sequence[Fact],
        tokens: list[list[str] | None] | None = None,
        previous: PreviousVersion | None = None,
        same: Sequence[int | None] = (),
    ) -> QuestionMaterial:
        """Reduce every phrasing of ``facts`` (appending each phrasing's tokens to ``tokens``, in order).

        ``previous``: the file's previous version, and ``same``, for each fact, the position of the same fact there
        (None for a new or changed one). A fact the previous version held keeps its questions as they were (what
        reducing them gives again: they depend on its phrasings alone), and its phrasings are not tokenised
        (``tokens`` gets None for each); the others take the blocking keys of the previous version's reduced texts
        they share (most of a changed fact's phrasings are as they were).
        """
        owners_of: list[int] = []
        places: list[int] = []
        texts: list[str] = []
        lengths: list[int] = []
        figures: list[int] = []
        counts: list[int] = []
        #: Keys in order: lists made here, and runs of the previous version's keys.
        chunks: list[list[int] | npt.NDArray[np.uint32]] = [[]]
        rows = previous.rows if previous is not None else None
        for i, fact in enumerate(facts):
            held = same[i] if i < len(same) else None
            if rows is not None and held is not None:
                first, last = rows.starts[held], rows.starts[held + 1]
                if last - first == len(fact.phrasings):
                    owners_of.extend([i] * (last - first))
                    places.extend(rows.places[first:last])
                    texts.extend(rows.texts[first:last])
                    lengths.extend(rows.lengths[first:last])
                    figures.extend(rows.figures[first:last])
                    counts.extend(rows.counts[first:last])
                    chunks.append(rows.keys[rows.key_starts[first] : rows.key_starts[last]])
                    chunks.append([])
                    if tokens is not None:
                        tokens.extend([None] * (last - first))
                    continue
            for j, phrasing in enumerate(fact.phrasings):
                # Interned: the same words recur in thousands of questions, and the index reuses these lists.
                words = [intern(w) for w in tokenize(phrasing)]
                if tokens is not None:
                    tokens.append(words)
                text = reduced(words)
                found = previous.known.get(text) if previous is not None else None
                if found is None:
                    found = blocking_keys(text)
                keys = chunks[-1]
                assert isinstance(keys, list)
                keys.extend(found)
                counts.append(len(found))
                owners_of.append(i)
                places.append(j)
                texts.append(text)
                lengths.append(len(text))
                numbers = sorted({t for t in text.split() if is_number(t)})
                figures.append(zlib.crc32(" ".join(numbers).encode("utf-8")) if numbers else 0)
        return cls(
            np.asarray(owners_of, dtype=np.int32),
            np.asarray(places, dtype=np.int32),
            np.frombuffer("\n".join(texts).encode("utf-8"), dtype=np.uint8),
            np.asarray(lengths, dtype=np.int32),
            np.asarray(figures, dtype=np.uint32),
            np.concatenate([np.asarray(chunk, dtype=np.uint32) for chunk in chunks]),
            np.repeat(np.arange(len(texts), dtype=np.int32), counts),
        )


@dataclass(frozen=True)
class _Rows:
    """A file's questions as lists to copy from: each fact's first row, each row's values and first key."""

    starts: list[int]
    places: list[int]
    texts: list[str]
    lengths: list[int]
    figures: list[int]
    counts: list[int]
    keys: npt.NDArray[np.uint32]
    key_starts: list[int]


@dataclass(frozen=True)
class PreviousVersion:
    """A changed file's previous version as the cache keeps it: each fact's JSON (by position) and its questions."""

    #: Each fact's JSON as ``FileUnit.entry`` writes it, with the fact's position.
    facts: Mapping[bytes, int]
    #: Its questions, as lists to copy each fact's rows from.
    rows: _Rows

    @classmethod
    def of(cls, entry: CacheEntry, questions: CacheEntry) -> PreviousVersion:
        """Read the previous version's entries (``FileUnit.entry``, ``questions_entry``); CacheFormatError if torn."""
        try:
            count = len(entry.meta["fact_ids"])
            blob = entry.arrays["facts"].astype(np.uint8, copy=False).tobytes()
            offsets = _checked_offsets(entry.arrays["fact_offsets"], count, len(blob)).tolist()
        except (KeyError, TypeError) as exc:
            raise CacheFormatError(f"entry does not hold together ({type(exc).__name__})") from exc
        q = questions_from_entry(questions, count)
        # Rows come fact by fact, and keys row by row (as ``QuestionMaterial.of`` makes them).
        if len(q) and (bool(np.any(np.diff(q.facts) < 0)) or bool(np.any(np.diff(q.owners) < 0))):
            raise CacheFormatError("questions out of order")
        try:
            texts = q.lines()
        except UnicodeDecodeError as exc:
            raise CacheFormatError("unreadable question texts") from exc
        rows = _Rows(
            np.searchsorted(q.facts, np.arange(count + 1)).tolist(),
            q.places.tolist(),
            texts,
            q.lengths.tolist(),
            q.figures.tolist(),
            np.bincount(q.owners, minlength=len(q)).tolist() if len(q) else [],
            q.keys,
            np.searchsorted(q.owners, np.arange(len(q) + 1)).tolist(),
        )
        return cls({blob[offsets[k] : offsets[k + 1]]: k for k in range(count)}, rows)

    @cached_property
    def known(self) -> dict[str, list[int]]:
        """Return the blocking keys of each reduced text, made when a new question first needs them."""
        rows = self.rows
        values = rows.keys.tolist()
        starts = rows.key_starts
        return {text: values[starts[k] : starts[k + 1]] for k, text in enumerate(rows.texts)}


def reduced(words: Sequence[str]) -> str:
    """Return a question's content stems, as the matcher reads it (what ``comparable_question`` returns)."""
    ignored = LEXICON.ignored
    return " ".join(stem(t) for t in words if t not in ignored) or " ".join(stem(t) for t in words)


#: A word this short may be all that tells two questions apart ("in" / "on"): it is never blocked by its letters.
SHORT_WORD = 3
#: From this many characters on, a question may nearly duplicate another though one word differs entirely
#: (a ratio of 94 leaves 6% of the characters of both to differ).
LONG_QUESTION = 24


def blocking_keys(text: str) -> list[int]:
    """Return the keys under which a reduced question meets the questions it may nearly duplicate.

    Two questions that read nearly alike (a ratio of 94 or more) differ in about one word at most, so they
    share all their other words. The missing word is then a short one, or one within a couple of edits of
    the other's (the two share a form with one letter taken out), or, in a long question, any word. So each
    "all words but one" is a key: with the missing word's forms, or alone for a short word or a long
    question; all the words together are one more (and meet "all but one" of a question with one more
    word). The keys depend on the text alone: they are computed once
    per file and kept with it, so whether two questions are compared never depends on any other question.
    """
    words = sorted(set(text.split()))
    if not words:
        return []
    crc = zlib.crc32
    # Joined as bytes (the UTF-8 of joined text is the join of each word's): a large base has a million keys.
    encoded = [word.encode("utf-8") for word in words]
    keys = {crc(b"+\x1f" + b"\x1f".join(encoded))}
    long = len(text) >= LONG_QUESTION
    for i, word in enumerate(words):
        rest = crc(b"+\x1f" + b"\x1f".join(encoded[:i] + encoded[i + 1 :]))
        if long or len(word) <= SHORT_WORD:
            keys.add(rest)
            continue
        keys.add(crc(encoded[i], rest))
        keys.update(crc(form, rest) for form in _shortened(word, encoded[i]))
    return sorted(keys)


def _shortened(word: str, encoded: bytes) -> Iterator[bytes]:
    """Yield a word with each of its letters taken out in turn, encoded."""
    if len(encoded) == len(word):  # one byte per letter: taking out a byte takes out a letter
        return (encoded[:j] + encoded[j + 1 :] for j in range(len(encoded)))
    return ((word[:j] + word[j + 1 :]).encode("utf-8") for j in range(len(word)))


@dataclass(eq=False)
class FileUnit:
    """A knowledge file that passed the checks made on it alone, with what the checks across files need."""

    path: Path
    display: str
    content: FileContent
    quotes: tuple[tuple[int, str], ...]
    #: The questions as the near-duplicate check reads them; None for a file read from the cache until they are
    #: needed (a start with nothing changed never reads them).
    questions: QuestionMaterial | None
    from_cache: bool = False
    _doc: PositionedDocument | None = field(default=None, repr=False)
    #: Every spelling of the file's glossary terms as the checks across files compare them (``glossary_terms``):
    #: as kept in the cache (read when first needed), or None until made.
    _terms: object = field(default=None, repr=False)
    #: Each fact's JSON as ``entry`` writes it, when parsing made it already (to compare with a previous version).
    _facts_json: list[bytes] | None = field(default=None, repr=False)

    @property
    def digest(self) -> str:
        """Return the digest of the file's content."""
        assert self.content.digest is not None
        return self.content.digest

    @property
    def age(self) -> tuple[int, str]:
        """Order files oldest first (ties by name): a clash is reported in the newer file, the one being added."""
        try:
            return (self.path.stat().st_mtime_ns, self.display)
        except OSError:
            return (0, self.display)

    def position(self, loc: Location) -> tuple[int, int]:
        """Return the line and column of a value, parsing the file for positions if it has not been yet."""
        if self._doc is None:
            try:
                self._doc = parse_positioned(read_text(self.path))
            except (YamlReadError, OSError):
                self._doc = PositionedDocument(data=None)
        return self._doc.position(loc)

    def glossary_terms(self) -> frozenset[str]:
        """Return every spelling of the file's glossary terms, whitespace collapsed and casefolded.

        A file unchanged since the folder last passed is compared with a changed one only where they could clash:
        these tell at once whether any of its terms is one of the changed file's.
        """
        kept = self._terms
        if isinstance(kept, frozenset):
            return kept
        if isinstance(kept, list) and all(isinstance(term, str) for term in kept):
            found = frozenset(kept)
        else:
            found = frozenset(
                collapse_whitespace(variant).casefold() for entry in self.content.glossary for variant in entry.variants
            )
        self._terms = found
        return found

    def entry(self) -> CacheEntry:
        """Return what is kept of this file in the compiled cache."""
        content = self.content
        facts = self._facts_json
        if facts is None or len(facts) != len(content.facts):
            facts = [fact_json(content.facts.fact(i)) for i in range(len(content.facts))]
        blob, offsets = entry_bytes(facts)
        # The glossary goes apart from the metadata, as JSON read only when an entry is first asked (ASCII: any
        # text, a lone surrogate included, is written and read back as it is).
        glossary = json.dumps([g.model_dump(mode="json") for g in content.glossary], separators=(",", ":"))
        meta = {
            "source": None if content.source is None else content.source.model_dump(mode="json"),
            "sections": [s.model_dump(mode="json") for s in content.sections],
            "glossary": len(content.glossary),
            "quiz": [q.model_dump(mode="json") for q in content.quiz],
            "kinds": {kind: list(terms) for kind, terms in content.kinds.items()},
            "fact_ids": list(content.fact_ids),
            "quotes": [list(quote) for quote in self.quotes],
            "terms": sorted(self.glossary_terms()),
        }
        return CacheEntry(
            meta,
            {
                "facts": blob,
                "fact_offsets": offsets,
                "glossary": np.frombuffer(glossary.encode("ascii"), dtype=np.uint8),
            },
        )

    def questions_entry(self) -> CacheEntry:
        """Return what is kept of this file's questions in the compiled cache."""
        q = self.questions
        assert q is not None
        arrays: dict[str, npt.NDArray[Any]] = {
            "facts": q.facts,
            "places": q.places,
            "texts": q.texts,
            "lengths": q.lengths,
            "figures": q.figures,
            "keys": q.keys,
            "owners": q.owners,
        }
        return CacheEntry({}, arrays)

    def compacted(self, entry: CacheEntry) -> FileUnit:
        """Return this file with its facts read from its cache entry's arrays (``entry()``) when needed."""
        facts = CachedFacts(entry.arrays["facts"], entry.arrays["fact_offsets"])
        return replace(self, content=replace(self.content, facts=facts))

    @classmethod
    def from_entry(cls, path: Path, display: str, digest: str, entry: CacheEntry) -> FileUnit:
        """Rebuild a file from its cache entry; raise CacheFormatError if the entry does not hold together."""
        meta, arrays = entry.meta, entry.arrays
        try:
            source = None if meta["source"] is None else Source.model_validate(meta["source"])
            sections = tuple(Section.model_validate(s) for s in meta["sections"])
            count = meta["glossary"]
            if not isinstance(count, int) or count < 0:
                raise TypeError("no count of glossary entries")
            # Read (validated) when first asked: a start that reads its index from the cache asks for none.
            glossary = ReadEntries(count, functools.partial(_read_glossary, arrays["glossary"]))
            quiz = _QUIZ.validate_python(meta["quiz"])
            kinds = {str(kind): tuple(str(t) for t in terms) for kind, terms in dict(meta["kinds"]).items()}
            fact_ids = tuple(map(str, meta["fact_ids"]))
            quotes = tuple((int(i), str(text)) for i, text in meta["quotes"])
            offsets = _checked_offsets(arrays["fact_offsets"], len(fact_ids), len(arrays["facts"]))
        except (KeyError, TypeError, ValueError, ValidationError) as exc:
            raise CacheFormatError(f"entry does not hold together ({type(exc).__name__})") from exc
        content = FileContent(
            name=display,
            digest=digest,
            source=source,
            sections=sections,
            facts=CachedFacts(arrays["facts"].astype(np.uint8, copy=False), offsets),
            fact_ids=fact_ids,
            glossary=glossary,
            quiz=quiz,
            kinds=kinds,
        )
        # The terms are checked (and their set made) only if the checks across files need them.
        return cls(path, display, content, quotes, None, from_cache=True, _terms=meta.get("terms"))


#: A file's glossary and quiz read back in one call each (an article's glossary runs to thousands of entries).
_GLOSSARY: TypeAdapter[tuple[GlossaryEntry, ...]] = TypeAdapter(tuple[GlossaryEntry, ...])
_QUIZ: TypeAdapter[tuple[QuizItem, ...]] = TypeAdapter(tuple[QuizItem, ...])


def _read_glossary(raw: npt.NDArray[np.uint8]) -> tuple[GlossaryEntry, ...]:
    """Read a file's glossary entries back from their JSON (``FileUnit.entry``), validating each."""
    return _GLOSSARY.validate_python(json.loads(raw.tobytes()))


def questions_from_entry(entry: CacheEntry, fact_count: int) -> QuestionMaterial:
    """Read a file's questions back; raise CacheFormatError unless they hold together."""
    a = entry.arrays
    try:
        questions = QuestionMaterial(
            a["facts"].astype(np.int32, copy=False),
            a["places"].astype(np.int32, copy=False),
            a["texts"].astype(np.uint8, copy=False),
            a["lengths"].astype(np.int32, copy=False),
            a["figures"].astype(np.uint32, copy=False),
            a["keys"].astype(np.uint32, copy=False),
            a["owners"].astype(np.int32, copy=False),
        )
    except KeyError as exc:
        raise CacheFormatError(f"missing array {exc}") from exc
    if not questions.holds_together(fact_count):
        raise CacheFormatError("question arrays do not hold together")
    return questions


def _within(positions: npt.NDArray[Any], size: int) -> bool:
    return not len(positions) or (int(positions.min()) >= 0 and int(positions.max()) < size)


def _checked_offsets(offsets: npt.NDArray[Any], count: int, size: int) -> npt.NDArray[np.int64]:
    checked = offsets.astype(np.int64, copy=False)
    if len(checked) != count + 1 or (count >= 0 and (checked[0] != 0 or checked[-1] != size)):
        raise CacheFormatError("offsets do not match their data")
    if count and bool(np.any(np.diff(checked) < 0)):
        raise CacheFormatError("offsets go backwards")
    return checked


# ---------------------------------------------------------------------------------------------------- parsing
def fact_json(fact: Fact) -> bytes:
    """Return a fact as the cache keeps it (equal facts give equal bytes)."""
    return fact.model_dump_json(exclude_defaults=True).encode("utf-8")


def parse_file(
    path: Path, display: str, text: str, digest: str, previous: PreviousVersion | None = None
) -> tuple[FileUnit | None, list[Problem]]:
    """Parse and check one file on its own: its YAML, its schema, and the sections its facts name.

    ``previous``: the file's previous version, whose questions the facts it held keep (``QuestionMaterial.of``).
    """
    doc: PositionedDocument | None = None
    data = parse_plain(text)
    if data is NOT_PLAIN:
        try:
            doc = parse_yaml(text)
        except YamlReadError as exc:
            return None, [Problem(display, exc.line, exc.col, exc.message)]
        data = doc.data
    if not isinstance(data, dict):
        message = "a knowledge file must be a mapping with keys such as 'source' and 'facts'"
        return None, [Problem(display, 1, 1, message)]
    try:
        model = KnowledgeFile.model_validate(data)
    except ValidationError as exc:
        try:
            doc = doc or parse_yaml(text)
        except YamlReadError as error:  # cannot happen for a document parse_plain read; kept for safety
            return None, [Problem(display, error.line, error.col, error.message)]
        return None, schema_problems(display, doc, exc)
    tokens: list[list[str] | None] = []
    content = FileContent.of(model, display, digest, tokens)
    dumped = [fact_json(fact) for fact in model.facts] if previous is not None else None
    same = [previous.facts.get(made) for made in dumped] if previous is not None and dumped is not None else []
    unit = FileUnit(
        path,
        display,
        content,
        tuple((i, fact.quote) for i, fact in enumerate(model.facts) if fact.quote),
        QuestionMaterial.of(model.facts, tokens, previous=previous, same=same),
        _doc=doc,
        _facts_json=dumped,
    )
    problems = []
    section_ids = {section.id for section in model.sections}
    for i, fact in enumerate(model.facts):
        if fact.section not in section_ids:
            line, col = unit.position(("facts", i, "section"))
            known = ", ".join(sorted(section_ids)) or "none"
            problems.append(
                Problem(
                    display,
                    line,
                    col,
                    f"fact {fact.id!r} names section {fact.section!r}, "
                    f"which this file does not define (sections: {known})",
                )
            )
    return unit, problems


def file_digest(text: str) -> str:
    """Return the digest that names a file's content in the cache."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:40]


# ---------------------------------------------------------------------------------------------------- schema errors
def schema_problems(display: str, doc: PositionedDocument, exc: ValidationError) -> list[Problem]:
    """Describe every schema error of a file at its position."""
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
