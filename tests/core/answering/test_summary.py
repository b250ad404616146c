"""Summaries of the whole article and of one section, with fuzzy topics and suggestions."""

from __future__ import annotations

import pytest

from bot.core.answering.summary import Summary, TopicSuggestions
from bot.core.services.knowledge import KnowledgeService


def test_article_summary_has_at_most_ten_bullets_and_a_source_line(shipped: KnowledgeService) -> None:
    summary = shipped.summary()
    assert isinstance(summary, Summary)
    assert 1 <= len(summary.bullets) <= 10
    assert summary.section is None
    assert summary.source_line == "Source: India-Japan Partnership (Vision IAS), posted 4 Oct 2025, updated 8 Oct 2025"
    assert summary.text().endswith(summary.source_line)


@pytest.mark.parametrize(
    ("topic", "section_id"),
    [
        ("conclusion", "conclusion"),
        ("Conclusoin", "conclusion"),  # typo
        ("key outcomes", "key_outcomes"),
        ("pillars", "pillars"),
        ("global and regional order", "global_role"),
        ("why in news", "why_in_news"),
    ],
)
def test_section_summary_by_fuzzy_topic(shipped: KnowledgeService, topic: str, section_id: str) -> None:
    summary = shipped.summary(topic)
    assert isinstance(summary, Summary), summary
    assert summary.section is not None
    assert summary.section.id == section_id
    assert summary.bullets
    assert summary.section.title in summary.source_line


def test_topic_by_content_finds_its_section(shipped: KnowledgeService) -> None:
    summary = shipped.summary("state prefecture partnerships")
    assert isinstance(summary, Summary)
    assert summary.section is not None
    assert summary.section.id == "key_outcomes"


def test_unclear_topic_gets_suggestions(shipped: KnowledgeService) -> None:
    result = shipped.summary("football world cup")
    assert isinstance(result, TopicSuggestions)
    assert len(result.titles) <= 3
