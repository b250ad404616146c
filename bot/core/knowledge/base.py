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
    #: Terms grouped by kind across all files (kind -> terms), for quiz distractors.
    kinds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
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
        quiz: list[QuizItem] = []
        kinds: dict[str, list[str]] = {}
        for kfile in files:
            glossary.extend(kfile.glossary)
            for kind, terms in kfile.kinds.items():
                bucket = kinds.setdefault(kind, [])
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
            kinds=MappingProxyType({kind: tuple(terms) for kind, terms in kinds.items()}),
            _facts_by_id=MappingProxyType({sf.fact.id: sf for sf in facts}),
        )

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
