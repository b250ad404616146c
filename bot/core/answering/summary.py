"""Summaries of a whole article or of one of its sections."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.core.answering.matcher import Matcher
from bot.core.answering.present import source_line
from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.schema import Section, Source
from bot.core.language.text import normalize

#: A topic this similar (0-100) to a section title or id picks that section outright.
TITLE_MATCH_SCORE = 86.0
#: Titles at least this similar are offered as suggestions when nothing is clear.
TITLE_SUGGEST_SCORE = 55.0


@dataclass(frozen=True)
class Summary:
    """Bullets about an article or one section, with their source line."""

    title: str
    bullets: tuple[str, ...]
    source: Source
    section: Section | None

    @property
    def source_line(self) -> str:
        """Return where the summary comes from."""
        return source_line(self.source, self.section)

    def text(self) -> str:
        """Return the summary as plain text."""
        lines = [self.title, *(f"\u2022 {b}" for b in self.bullets), self.source_line]
        return "\n".join(lines)


@dataclass(frozen=True)
class TopicSuggestions:
    """No section clearly matches the topic; these section titles are close."""

    topic: str
    titles: tuple[str, ...]

    def text(self) -> str:
        """Return the suggestions as plain text."""
        if not self.titles:
            return f"No section matches {self.topic!r}."
        return f"Which section did you mean by {self.topic!r}? " + "; ".join(self.titles)


def summarize(base: KnowledgeBase, matcher: Matcher, topic: str | None = None) -> Summary | TopicSuggestions:
    """Summarise the first article, or the section that ``topic`` names."""
    if not base.sources:
        return TopicSuggestions(topic or "", ())
    if not topic or not normalize(topic):
        source = base.sources[0]
        return Summary(source.title, source.summary, source, None)
    sections = base.sections
    names = {i: normalize(f"{section.title}") for i, (_src, section) in enumerate(sections)}
    ids = {i: normalize(section.id.replace("_", " ").replace("-", " ")) for i, (_src, section) in enumerate(sections)}
    query = normalize(topic)
    scored: dict[int, float] = {}
    for choices in (names, ids):
        for _choice, score, index in process.extract(query, choices, scorer=fuzz.WRatio, limit=len(choices)):
            scored[index] = max(scored.get(index, 0.0), float(score))
    ranked = sorted(scored.items(), key=lambda item: -item[1])
    best_index, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_score >= TITLE_MATCH_SCORE and best_score - runner_up >= 5:
        return _section_summary(*sections[best_index])
    # Fall back on content: the sections of the facts that best match the topic.
    votes: dict[tuple[str, str], float] = {}
    for match in matcher.rank(topic, limit=5):
        if match.coverage >= 0.5:
            key = (match.fact.source.id, match.fact.section.id)
            votes[key] = votes.get(key, 0.0) + match.coverage
    if votes:
        (top_key, top_votes), *rest = sorted(votes.items(), key=lambda item: -item[1])
        if not rest or top_votes >= 1.5 * rest[0][1]:
            for source, section in sections:
                if (source.id, section.id) == top_key:
                    return _section_summary(source, section)
    close = [sections[i][1].title for i, score in ranked if score >= TITLE_SUGGEST_SCORE][:3]
    return TopicSuggestions(topic, tuple(close))


def _section_summary(source: Source, section: Section) -> Summary:
    bullets = tuple(
        s.strip() + ("" if s.strip().endswith(".") else ".") for s in section.summary.split(". ") if s.strip()
    )
    return Summary(section.title, bullets, source, section)
