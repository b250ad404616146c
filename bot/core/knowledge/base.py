"""The immutable, validated knowledge base that every other part reads."""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from sys import intern
from types import MappingProxyType
from typing import Protocol, overload

from bot.core.knowledge.schema import Fact, GlossaryEntry, KnowledgeFile, QuizItem, Section, Source


@dataclass(frozen=True)
class SourcedFact:
    """A fact together with the article and section it comes from."""

    fact: Fact
    source: Source
    section: Section


class FactSource(Protocol):
    """The facts of one file, in file order: held in memory, or read from the compiled cache when first asked."""

    def __len__(self) -> int:
        """Return how many facts the file has."""

    def fact(self, position: int) -> Fact:
        """Return the fact at ``position`` in the file."""


class HeldFacts:
    """Facts already in memory."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self._facts = tuple(facts)

    def __len__(self) -> int:
        return len(self._facts)

    def fact(self, position: int) -> Fact:
        """Return the fact at ``position``."""
        return self._facts[position]


class ReadEntries(Sequence[GlossaryEntry]):
    """A file's glossary entries as the compiled cache keeps them, each file's read (validated) when first asked.

    A large base's files hold tens of thousands of entries, and a start that reads its index from the cache asks
    for none of them (the index keeps its own reading of the glossary): they are not validated at every start.
    """

    def __init__(self, count: int, read: Callable[[], tuple[GlossaryEntry, ...]]) -> None:
        self._count = count
        self._read = read
        self._entries: tuple[GlossaryEntry, ...] | None = None

    def entries(self) -> tuple[GlossaryEntry, ...]:
        """Return the entries, read now if they were not yet (ValueError if there are not as many as said)."""
        found = self._entries
        if found is None:
            found = self._read()
            if len(found) != self._count:
                raise ValueError("a file's glossary holds another number of entries than recorded")
            self._entries = found
        return found

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, position: int) -> GlossaryEntry: ...

    @overload
    def __getitem__(self, position: slice) -> tuple[GlossaryEntry, ...]: ...

    def __getitem__(self, position: int | slice) -> GlossaryEntry | tuple[GlossaryEntry, ...]:
        return self.entries()[position]

    def __iter__(self) -> Iterator[GlossaryEntry]:
        return iter(self.entries())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(self.entries())

    def __repr__(self) -> str:
        return f"ReadEntries({self._count} entries)"


class Glossaries(Sequence[GlossaryEntry]):
    """Every file's glossary entries, one after another, each file's read only when one of its entries is asked."""

    def __init__(self, files: Sequence[Sequence[GlossaryEntry]]) -> None:
        self._files = [entries for entries in files if len(entries)]
        self._starts: list[int] = []
        start = 0
        for entries in self._files:
            self._starts.append(start)
            start += len(entries)
        self._size = start

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, position: int) -> GlossaryEntry: ...

    @overload
    def __getitem__(self, position: slice) -> tuple[GlossaryEntry, ...]: ...

    def __getitem__(self, position: int | slice) -> GlossaryEntry | tuple[GlossaryEntry, ...]:
        if isinstance(position, slice):
            start, stop, step = position.indices(self._size)
            if step == 1:
                # A file's span (the usual slice) is read from that file alone.
                return tuple(self._span(start, stop))
            return tuple(self[i] for i in range(start, stop, step))
        if position < 0:
            position += self._size
        if not 0 <= position < self._size:
            raise IndexError("glossary position out of range")
        number = bisect.bisect_right(self._starts, position) - 1
        return self._files[number][position - self._starts[number]]

    def _span(self, start: int, stop: int) -> Iterator[GlossaryEntry]:
        if start >= stop:
            return
        number = bisect.bisect_right(self._starts, start) - 1
        while start < stop:
            entries, first = self._files[number], self._starts[number]
            end = min(stop, first + len(entries))
            yield from entries[start - first : end - first]
            start, number = end, number + 1

    def __iter__(self) -> Iterator[GlossaryEntry]:
        for entries in self._files:
            yield from entries

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Glossaries({self._size} entries)"


#: Separators of packed tokens: between phrasings, and between a phrasing's words (a word holds no control character,
#: but that is checked when packing, not assumed).
_PHRASING_SEP, _WORD_SEP = "\x1e", "\x1f"


class PackedTokens:
    """The tokens of a file's phrasings (``FileContent.tokens``) packed in one string, read back when asked.

    A worker process that validated a file sends them back so; as lists they would be pickled word by word and
    held as millions of objects between validating the base and indexing it (at 100,000 facts). Reading them back
    costs a small part of tokenising the phrasings again.
    """

    def __init__(self, packed: str, count: int) -> None:
        self._packed = packed
        self._count = count

    @classmethod
    def pack(cls, tokens: Sequence[list[str] | None]) -> PackedTokens | None:
        """Pack every phrasing's tokens; None if one is unknown (None) or a word cannot be packed (it would not be
        read back as it is: an empty word, or one holding a separator)."""
        if any(words is None or not all(words) for words in tokens):
            return None
        packed = _PHRASING_SEP.join(_WORD_SEP.join(words) for words in tokens if words is not None)
        expected = max(len(tokens) - 1, 0) + sum(max(len(words) - 1, 0) for words in tokens if words is not None)
        if packed.count(_PHRASING_SEP) + packed.count(_WORD_SEP) != expected:
            return None
        return cls(packed, len(tokens))

    def unpacked(self) -> list[list[str] | None]:
        """Return every phrasing's tokens, as validating made them (words interned); empty once cleared."""
        if not self._count:
            return []
        return [
            [intern(w) for w in text.split(_WORD_SEP)] if text else [] for text in self._packed.split(_PHRASING_SEP)
        ]

    def clear(self) -> None:
        """Let the tokens go (the index has read them)."""
        self._packed, self._count = "", 0

    def __len__(self) -> int:
        return self._count


@dataclass(frozen=True)
class FilePart:
    """What one knowledge file contributes to a base, and where its facts and glossary entries sit in it."""

    name: str
    #: The digest of the file's content (None for a base not read from files); compiled caches are keyed by it.
    digest: str | None
    article: str | None
    facts: range
    glossary: range
    #: Tokens of the file's questions (every fact's phrasings, in order) tokenised while validating, for the index
    #: to reuse (it empties the list).
    tokens: list[list[str] | None] | PackedTokens | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class FileContent:
    """One validated knowledge file, its facts possibly not yet read (``FactSource``)."""

    name: str
    digest: str | None
    source: Source | None
    sections: tuple[Section, ...]
    facts: FactSource
    fact_ids: tuple[str, ...]
    #: The file's glossary entries (read when first asked, for a file read from the cache: ``ReadEntries``).
    glossary: Sequence[GlossaryEntry]
    quiz: tuple[QuizItem, ...]
    kinds: Mapping[str, tuple[str, ...]]
    #: Tokens of every fact's phrasings (in order) already tokenised while validating, for the index to reuse;
    #: None when read from the cache. The index empties it once it has used it.
    tokens: list[list[str] | None] | PackedTokens | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(
        cls,
        kfile: KnowledgeFile,
        name: str,
        digest: str | None = None,
        tokens: list[list[str] | None] | PackedTokens | None = None,
    ) -> FileContent:
        """Return the content of a parsed file."""
        return cls(
            name=name,
            digest=digest,
            source=kfile.source,
            sections=kfile.sections,
            facts=HeldFacts(kfile.facts),
            fact_ids=tuple(f.id for f in kfile.facts),
            glossary=kfile.glossary,
            quiz=kfile.quiz,
            kinds=kfile.kinds,
            tokens=tokens,
        )


#: Facts read from the compiled cache kept in memory (those of recent answers; the rest are read again if asked).
RECENT_FACTS = 16384


class FactList(Sequence[SourcedFact]):
    """Every fact of a base in file order; a fact kept in the compiled cache is read the first time it is asked."""

    def __init__(self, files: Sequence[FileContent]) -> None:
        self._segments: list[tuple[int, Source, Mapping[str, Section], FactSource]] = []
        start = 0
        for content in files:
            if content.source is None or not len(content.facts):
                continue
            sections = {s.id: s for s in content.sections}
            self._segments.append((start, content.source, sections, content.facts))
            start += len(content.facts)
        self._starts = [segment[0] for segment in self._segments]
        self._size = start
        #: Facts already in memory are wrapped once; facts read from the cache are kept while recently used.
        self._held: list[SourcedFact | None] = [None] * start
        self._recent: OrderedDict[int, SourcedFact] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, position: int) -> SourcedFact: ...

    @overload
    def __getitem__(self, position: slice) -> tuple[SourcedFact, ...]: ...

    def __getitem__(self, position: int | slice) -> SourcedFact | tuple[SourcedFact, ...]:
        if isinstance(position, slice):
            return tuple(self[i] for i in range(*position.indices(self._size)))
        if position < 0:
            position += self._size
        if not 0 <= position < self._size:
            raise IndexError("fact position out of range")
        found = self._held[position]
        if found is not None:
            return found
        with self._lock:
            found = self._recent.get(position)
            if found is not None:
                self._recent.move_to_end(position)
                return found
        return self._load(position)

    def source_at(self, position: int) -> Source:
        """Return the source of the fact at a position, without reading the fact (from the compiled cache)."""
        if not 0 <= position < self._size:
            raise IndexError("fact position out of range")
        # The last file starting at or before it (files without facts have no segment: the starts rise).
        return self._segments[bisect.bisect_right(self._starts, position) - 1][1]

    def _load(self, position: int) -> SourcedFact:
        low, high = 0, len(self._starts)
        while high - low > 1:
            middle = (low + high) // 2
            if self._starts[middle] <= position:
                low = middle
            else:
                high = middle
        start, source, sections, facts = self._segments[low]
        fact = facts.fact(position - start)
        found = SourcedFact(fact, source, sections[fact.section])
        # Two threads may read the same fact at once; both get equal values and one is kept.
        if isinstance(facts, HeldFacts):
            self._held[position] = found
            return found
        with self._lock:
            self._recent[position] = found
            if len(self._recent) > RECENT_FACTS:
                self._recent.popitem(last=False)
        return found

    def __iter__(self) -> Iterator[SourcedFact]:
        for position in range(self._size):
            yield self[position]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"FactList({self._size} facts)"


@dataclass(frozen=True)
class KnowledgeBase:
    """An immutable, validated view of every knowledge file."""

    sources: tuple[Source, ...]
    sections: tuple[tuple[Source, Section], ...]
    facts: Sequence[SourcedFact]
    #: Every file's glossary entries in file order (a file read from the cache reads its own when first asked).
    glossary: Sequence[GlossaryEntry]
    quiz: tuple[QuizItem, ...]
    files: tuple[str, ...] = ()
    #: The article each glossary entry belongs to (its source id), or None for shared entries (glossary.yaml).
    glossary_scopes: tuple[str | None, ...] = ()
    #: Terms grouped by kind (kind -> terms) per article id, None holding the shared kinds.
    kinds_by_article: Mapping[str | None, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    #: Each file's share of the base, in file order (the compiled caches are kept per file).
    parts: tuple[FilePart, ...] = ()
    _facts_by_id: Mapping[str, int] = field(default_factory=dict, repr=False, compare=False)
    _article_ranges: Mapping[str, tuple[range, ...]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(
        cls,
        files: Iterable[KnowledgeFile],
        names: Iterable[str] = (),
    ) -> KnowledgeBase:
        """Assemble a base from already-validated files."""
        names = list(names)
        contents = [FileContent.of(kfile, names[i] if i < len(names) else f"file-{i}") for i, kfile in enumerate(files)]
        return cls.assemble(contents, names)

    @classmethod
    def assemble(cls, contents: Sequence[FileContent], names: Iterable[str] | None = None) -> KnowledgeBase:
        """Assemble a base from validated file contents, in the order given."""
        sources: list[Source] = []
        sections: list[tuple[Source, Section]] = []
        glossaries: list[Sequence[GlossaryEntry]] = []
        glossary_size = 0
        scopes: list[str | None] = []
        quiz: list[QuizItem] = []
        kinds: dict[str | None, dict[str, list[str]]] = {}
        parts: list[FilePart] = []
        by_id: dict[str, int] = {}
        article_ranges: dict[str, list[range]] = {}
        fact_count = 0
        for content in contents:
            # What an article file defines belongs to that article; only files without a source are shared.
            scope = content.source.id if content.source is not None else None
            glossary_start = glossary_size
            glossaries.append(content.glossary)
            glossary_size += len(content.glossary)
            scopes.extend([scope] * len(content.glossary))
            for kind, terms in content.kinds.items():
                bucket = kinds.setdefault(scope, {}).setdefault(kind, [])
                bucket.extend(t for t in terms if t not in bucket)
            start = fact_count
            if content.source is not None:
                sources.append(content.source)
                sections.extend((content.source, s) for s in content.sections)
                quiz.extend(content.quiz)
                # In one call per file: a large base has a hundred thousand ids (a later one of an id wins, as ever).
                by_id.update(zip(content.fact_ids, range(start, start + len(content.fact_ids)), strict=True))
                fact_count += len(content.fact_ids)
                article_ranges.setdefault(content.source.id, []).append(range(start, fact_count))
            facts_range, glossary_range = range(start, fact_count), range(glossary_start, glossary_size)
            parts.append(
                FilePart(content.name, content.digest, scope, facts_range, glossary_range, tokens=content.tokens)
            )
        return cls(
            sources=tuple(sources),
            sections=tuple(sections),
            facts=FactList(contents),
            # Entries already read are kept as one tuple, as ever; files read from the cache are read when asked.
            glossary=(
                tuple(entry for entries in glossaries for entry in entries)
                if all(isinstance(entries, tuple) for entries in glossaries)
                else Glossaries(glossaries)
            ),
            quiz=tuple(quiz),
            files=tuple(names if names is not None else (c.name for c in contents)),
            glossary_scopes=tuple(scopes),
            kinds_by_article=MappingProxyType(
                {
                    scope: MappingProxyType({kind: tuple(terms) for kind, terms in by_kind.items()})
                    for scope, by_kind in kinds.items()
                }
            ),
            parts=tuple(parts),
            _facts_by_id=MappingProxyType(by_id),
            _article_ranges=MappingProxyType({article: tuple(spans) for article, spans in article_ranges.items()}),
        )

    def kinds_for(self, article_id: str | None) -> Mapping[str, tuple[str, ...]]:
        """Return the kinds an article's quiz may draw on: the shared ones and its own (its own terms first)."""
        merged: dict[str, list[str]] = {}
        for scope in (article_id, None):
            for kind, terms in self.kinds_by_article.get(scope, {}).items():
                bucket = merged.setdefault(kind, [])
                bucket.extend(t for t in terms if t not in bucket)
        return MappingProxyType({kind: tuple(terms) for kind, terms in merged.items()})

    def glossary_of(self, article_id: str | None) -> tuple[GlossaryEntry, ...]:
        """Return the glossary entries that apply to an article: the shared ones and its own."""
        return tuple(e for e, s in zip(self.glossary, self.glossary_scopes, strict=True) if s in (None, article_id))

    def source(self, article_id: str) -> Source:
        """Return the article with this id (KeyError if there is none)."""
        for source in self.sources:
            if source.id == article_id:
                return source
        raise KeyError(article_id)

    def facts_of(self, article_id: str) -> tuple[SourcedFact, ...]:
        """Return the facts of one article, in file order."""
        return tuple(self.facts[i] for span in self._article_ranges.get(article_id, ()) for i in span)

    def fact(self, fact_id: str) -> SourcedFact:
        """Return the fact with this id (KeyError if there is none)."""
        return self.facts[self._facts_by_id[fact_id]]

    def position_of(self, fact_id: str) -> int:
        """Return where the fact with this id stands in ``facts`` (KeyError if there is none)."""
        return self._facts_by_id[fact_id]

    def has_fact(self, fact_id: str) -> bool:
        """Tell whether a fact with this id exists."""
        return fact_id in self._facts_by_id

    def article_at(self, position: int) -> str:
        """Return the id of the article of the fact at a position, without reading the fact from the compiled cache
        (when the facts are a ``FactList``, as ``assemble`` makes them)."""
        facts = self.facts
        return facts.source_at(position).id if isinstance(facts, FactList) else facts[position].source.id

    def fact_id_at(self, position: int) -> str:
        """Return the id of the fact at a position, without reading the fact from the compiled cache.

        Candidates are ranked by score, then id: most of a question's candidates are never read further.
        """
        found = self._ids_by_position[position] if 0 <= position < len(self._ids_by_position) else None
        # A base made without its ids (or with an id twice, which validation refuses) reads the fact itself.
        return found if found is not None else self.facts[position].fact.id

    @cached_property
    def _ids_by_position(self) -> list[str | None]:
        by_id = self._facts_by_id
        # As ``assemble`` numbers them, every position once and in order: the ids are the mapping's keys as they are
        # (a large base's hundred thousand are not placed one by one).
        if len(by_id) == len(self.facts) and list(by_id.values()) == list(range(len(by_id))):
            return list(by_id)
        ids: list[str | None] = [None] * len(self.facts)
        for fact_id, position in by_id.items():
            if 0 <= position < len(ids):
                ids[position] = fact_id
        return ids

    @property
    def stats(self) -> dict[str, int]:
        """Return counts for a one-line summary."""
        return {
            "files": len(self.files),
            "articles": len(self.sources),
            "sections": len(self.sections),
            "facts": len(self.facts),
            "quiz_items": len(self.quiz),
            "glossary_entries": len(self.glossary),
        }
