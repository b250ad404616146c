"""Summaries of a whole article or of one of its sections."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.core.answering.matcher import Matcher
from bot.core.answering.present import format_date, source_line
from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.schema import Section, Source
from bot.core.language.text import normalize

#: A topic this similar (0-100) to a section title or id picks that section outright.
TITLE_MATCH_SCORE = 86.0
#: An article title this similar (and clearly ahead of the next) is the article meant.
ARTICLE_MATCH_SCORE = 80.0
ARTICLE_MARGIN = 10.0
#: Titles at least this similar are offered as suggestions when nothing is clear.
TITLE_SUGGEST_SCORE = 55.0


@dataclass(frozen=True)
class Summary:
    """Bullets about an article or one section (or, over several articles, one bullet each), with the source."""

    title: str
    bullets: tuple[str, ...]
    source: Source | None
    section: Section | None

    @property
    def source_line(self) -> str:
        """Return where the summary comes from."""
        if self.source is None:
            return f"Source: {len(self.bullets)} articles; ask for one by name for its summary"
        return source_line(self.source, self.section)

    def text(self) -> str:
        """Return the summary as plain text."""
        lines = [self.title, *(f"\u2022 {b}" for b in self.bullets), self.source_line]
        return "\n".join(lines)


@dataclass(frozen=True)
class TopicSuggestions:
    """No section (or article) clearly matches what was asked for; these titles are close."""

    topic: str
    titles: tuple[str, ...]
    what: str = "section"

    def text(self) -> str:
        """Return the suggestions as plain text."""
        if not self.titles:
            return f"No {self.what} matches {self.topic!r}."
        return f"Which {self.what} did you mean by {self.topic!r}? " + "; ".join(self.titles)


def _article_score(query: str, title: str, **_options: object) -> float:
    # Members name an article by a word or two of its title ("accord", "harbour accords", "india germany").
    return max(fuzz.WRatio(query, title), fuzz.token_set_ratio(query, title))


def find_article(base: KnowledgeBase, name: str) -> Source | TopicSuggestions:
    """Return the article a name means (its id, title or a close spelling), or the titles it might mean."""
    query = normalize(name)
    for source in base.sources:
        if query in {normalize(source.id.replace("-", " ")), normalize(source.title), normalize(source.id)}:
            return source
    titles = {i: normalize(source.title) for i, source in enumerate(base.sources)}
    ranked = process.extract(query, titles, scorer=_article_score, limit=len(titles)) if titles else []
    if ranked:
        _choice, best, index = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if best >= ARTICLE_MATCH_SCORE and best - runner_up >= ARTICLE_MARGIN:
            return base.sources[index]
    close = tuple(base.sources[i].title for _c, score, i in ranked if score >= TITLE_SUGGEST_SCORE)[:3]
    return TopicSuggestions(name, close or tuple(source.title for source in base.sources[:3]), what="article")


def summarize(
    base: KnowledgeBase, matcher: Matcher, topic: str | None = None, article: str | None = None
) -> Summary | TopicSuggestions:
    """Summarise an article (the only one, or the one named), the section ``topic`` names, or list the articles."""
    if not base.sources:
        return TopicSuggestions(topic or "", ())
    chosen: Source | None = None
    if article and normalize(article):
        found = find_article(base, article)
        if isinstance(found, TopicSuggestions):
            return found
        chosen = found
    elif len(base.sources) == 1:
        chosen = base.sources[0]
    if not topic or not normalize(topic):
        if chosen is not None:
            return Summary(chosen.title, chosen.summary, chosen, None)
        return _overview(base)
    sections = [(src, section) for src, section in base.sections if chosen is None or src.id == chosen.id]
    many = len({src.id for src, _section in sections}) > 1
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
        if match.coverage >= 0.5 and (chosen is None or match.fact.source.id == chosen.id):
            key = (match.fact.source.id, match.fact.section.id)
            votes[key] = votes.get(key, 0.0) + match.coverage
    if votes:
        (top_key, top_votes), *rest = sorted(votes.items(), key=lambda item: -item[1])
        if not rest or top_votes >= 1.5 * rest[0][1]:
            for source, section in sections:
                if (source.id, section.id) == top_key:
                    return _section_summary(source, section)
    close = [_section_title(*sections[i], many) for i, score in ranked if score >= TITLE_SUGGEST_SCORE][:3]
    return TopicSuggestions(topic, tuple(close))


def _section_title(source: Source, section: Section, with_article: bool) -> str:
    return f"{section.title} ({source.title})" if with_article else section.title


def _overview(base: KnowledgeBase) -> Summary:
    """One bullet per article: its title, publisher, date and first point."""
    bullets = tuple(
        f"{source.title} ({source.publisher}, posted {format_date(source.published)})"
        + (f": {source.summary[0]}" if source.summary else "")
        for source in base.sources
    )
    return Summary("The study material", bullets, None, None)


def _section_summary(source: Source, section: Section) -> Summary:
    bullets = tuple(
        s.strip() + ("" if s.strip().endswith(".") else ".") for s in section.summary.split(". ") if s.strip()
    )
    return Summary(section.title, bullets, source, section)
