"""Sections a member names when asking for a summary ("summarize the pillars section"), and their summaries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from bot.core.knowledge.base import SourcedFact
from bot.core.knowledge.schema import Fact, Section, Source
from bot.core.language.text import stem, tokenize

#: How a section's summary is named where a fact id would be (never a fact's own id: ids have no colon).
SECTION_FACT_PREFIX = "section:"


class SectionTitles:
    """The sections of the articles, found by the words of their titles (and ids)."""

    def __init__(self, sections: Iterable[tuple[Source, Section]], ignored: frozenset[str], similarity: float) -> None:
        self._ignored = ignored
        self._similarity = similarity
        self._sections: list[tuple[Source, Section, frozenset[str], frozenset[str]]] = []
        #: Each section's title alone, as stems (``named_in_full`` reads them for every message no fact answers).
        self._titles: list[tuple[Source, Section, frozenset[str]]] = []
        for source, section in sections:
            own = self._stems(f"{section.title} {section.id.replace('_', ' ').replace('-', ' ')}")
            self._sections.append((source, section, own, self._stems(source.title)))
            self._titles.append((source, section, self._stems(section.title)))

    def _stems(self, text: str) -> frozenset[str]:
        return frozenset(stem(t) for t in tokenize(text) if t not in self._ignored)

    def named_by(self, topic: Sequence[str]) -> tuple[tuple[Source, Section], ...]:
        """Return the sections whose titles hold every word of ``topic`` and the most words of it: one, or one per
        article when several articles have such a section ("pillars"); () when none does.

        The words must include one the article's own title lacks: "india japan" names the article, not a section.
        """
        asked = [stem(t) for t in topic if t not in self._ignored]
        if not asked:
            return ()
        found: list[tuple[int, Source, Section]] = []
        for source, section, own, article in self._sections:
            met = [self._met(word, own) for word in asked]
            if not all(met) or all(word in article for word in met):
                continue
            # "pillars of india japan relations" meets more words of India-Japan's pillars than of India-Germany's;
            # "pillars" alone meets as many of each, and names neither.
            found.append((len(set(met)), source, section))
        most = max((count for count, _source, _section in found), default=0)
        best = tuple((source, section) for count, source, section in found if count == most)
        # Two sections of one article alike are no choice a member could make by naming the article.
        return best if len({source.id for source, _section in best}) == len(best) else ()

    def named_in_full(self, words: Sequence[str], most_left: int) -> tuple[Source, Section] | None:
        """Return the one section whose whole title a question's words give ("role of india-japan in global and
        regional order"), with at most ``most_left`` words of the question beside it; None otherwise."""
        asked = {stem(t) for t in words if t not in self._ignored}
        found = [
            (source, section)
            for source, section, title in self._titles
            if len(title) >= 3 and title <= asked and len(asked - title) <= most_left
        ]
        return found[0] if len(found) == 1 else None

    def title_holds(self, section: Section, words: Sequence[str]) -> bool:
        """Tell whether every one of these words is a word of a section's title ("why" of "Why in the News?")."""
        title = set(tokenize(section.title))
        return all(w in title for w in words)

    def names_an_article(self, topic: Sequence[str]) -> bool:
        """Tell whether every word of ``topic`` is of an article's title ("summary of india japan partnership")."""
        asked = {stem(t) for t in topic if t not in self._ignored}
        return bool(asked) and any(asked <= article for _source, _section, _own, article in self._sections)

    def _met(self, word: str, own: frozenset[str]) -> str:
        """Return the title word a topic word is (itself, or a close spelling: "piller"), or ""."""
        if word in own:
            return word
        close = [w for w in own if fuzz.ratio(word, w) >= self._similarity]
        return close[0] if len(close) == 1 else ""


def section_fact_id(source: Source, section: Section) -> str:
    """Return the id a section's summary is answered under: "section:<article id>:<section id>"."""
    return f"{SECTION_FACT_PREFIX}{source.id}:{section.id}"


def summary_fact_of(sections: Iterable[tuple[Source, Section]], fact_id: str) -> SourcedFact | None:
    """Return the section summary answered under ``fact_id`` (a member picked it among options), or None."""
    if not fact_id.startswith(SECTION_FACT_PREFIX):
        return None
    return next(
        (
            section_summary_fact(source, section)
            for source, section in sections
            if section_fact_id(source, section) == fact_id
        ),
        None,
    )


def section_summary_fact(source: Source, section: Section) -> SourcedFact:
    """Return a section's summary in the shape of a fact, so it is answered and shown as facts are."""
    # Built without validation: the summary was validated with its file, and may be longer than a fact's answer.
    fact = Fact.model_construct(
        id=section_fact_id(source, section),
        section=section.id,
        question=f"What does the section \u201c{section.title}\u201d say?",
        answer=section.summary,
    )
    return SourcedFact(fact, source, section)
