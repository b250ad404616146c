"""The immutable, validated knowledge base that every other part reads."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from bot.core.knowledge.schema import Fact, GlossaryEntry, KnowledgeFile, QuizItem, Section, Source


@dataclass(frozen=True)
class SourcedFact:
    """A fact together with the article and section it comes from."""

    fact: Fact
    source: Source
    section: Section


@dataclass(frozen=True)
class KnowledgeBase:
    """An immutable, validated view of every knowledge file."""

    sources: tuple[Source, ...]
    sections: tuple[tuple[Source, Section], ...]
    facts: tuple[SourcedFact, ...]
    glossary: tuple[GlossaryEntry, ...]
    quiz: tuple[QuizItem, ...]
    files: tuple[str, ...] = ()
    #: The article each glossary entry belongs to (its source id), or None for shared entries (glossary.yaml).
    glossary_scopes: tuple[str | None, ...] = ()
    #: Terms grouped by kind (kind -> terms) per article id, None holding the shared kinds.
    kinds_by_article: Mapping[str | None, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    _facts_by_id: Mapping[str, SourcedFact] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(
        cls,
        files: Iterable[KnowledgeFile],
        names: Iterable[str] = (),
    ) -> KnowledgeBase:
        """Assemble a base from already-validated files."""
        sources: list[Source] = []
        sections: list[tuple[Source, Section]] = []
        facts: list[SourcedFact] = []
        glossary: list[GlossaryEntry] = []
        scopes: list[str | None] = []
        quiz: list[QuizItem] = []
        kinds: dict[str | None, dict[str, list[str]]] = {}
        for kfile in files:
            # What an article file defines belongs to that article; only files without a source are shared.
            scope = kfile.source.id if kfile.source is not None else None
            glossary.extend(kfile.glossary)
            scopes.extend(scope for _entry in kfile.glossary)
            for kind, terms in kfile.kinds.items():
                bucket = kinds.setdefault(scope, {}).setdefault(kind, [])
                bucket.extend(t for t in terms if t not in bucket)
            if kfile.source is None:
                continue
            sources.append(kfile.source)
            by_id = {s.id: s for s in kfile.sections}
            sections.extend((kfile.source, s) for s in kfile.sections)
            facts.extend(SourcedFact(f, kfile.source, by_id[f.section]) for f in kfile.facts)
            quiz.extend(kfile.quiz)
        return cls(
            sources=tuple(sources),
            sections=tuple(sections),
            facts=tuple(facts),
            glossary=tuple(glossary),
            quiz=tuple(quiz),
            files=tuple(names),
            glossary_scopes=tuple(scopes),
            kinds_by_article=MappingProxyType(
                {
                    scope: MappingProxyType({kind: tuple(terms) for kind, terms in by_kind.items()})
                    for scope, by_kind in kinds.items()
                }
            ),
            _facts_by_id=MappingProxyType({sf.fact.id: sf for sf in facts}),
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
        return tuple(sf for sf in self.facts if sf.source.id == article_id)

    def fact(self, fact_id: str) -> SourcedFact:
        """Return the fact with this id (KeyError if there is none)."""
        return self._facts_by_id[fact_id]

    def has_fact(self, fact_id: str) -> bool:
        """Tell whether a fact with this id exists."""
        return fact_id in self._facts_by_id

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
