"""Discord over two articles: answers per article, "which article?" buttons, summaries and stats per article."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.core.answering.thresholds import DEFAULT_THRESHOLDS
from bot.core.knowledge.validation import load_knowledge
from bot.core.services.knowledge import KnowledgeService
from bot.discordbot.client import StudyBot
from bot.discordbot.cogs.admin import AdminCog
from bot.discordbot.cogs.ask import AskCog
from bot.discordbot.cogs.summary import SummaryCog
from bot.paths import DEFAULT_KNOWLEDGE_DIR
from tests.discord.fakes import FakeInteraction, invoke
from tests.fakes import FakeClock, sqlite_app

JAPAN_TITLE, GERMANY_TITLE = "India-Japan Partnership", "India-Germany Strategic Partnership"


@pytest.fixture
async def bot(tmp_path: Path, two_articles: KnowledgeService) -> AsyncIterator[StudyBot]:
    app = await sqlite_app(tmp_path, two_articles, FakeClock())
    client = StudyBot(app)
    yield client
    await app.close()


async def test_a_question_both_articles_answer_is_answered_for_each_under_its_title(bot: StudyBot) -> None:
    interaction = FakeInteraction(client=bot)
    await invoke(AskCog.ask, AskCog(bot), interaction, question="bilateral trade in fy 2023-24")
    embed = interaction.last.embed
    assert embed is not None
    assert "answer this differently" in (embed.description or "")
    names = [field.name for field in embed.fields]
    assert f"In \u201c{JAPAN_TITLE}\u201d" in names
    assert f"In \u201c{GERMANY_TITLE}\u201d" in names


async def test_long_answers_ask_which_article_with_buttons_that_answer(tmp_path: Path, two_articles_dir: Path) -> None:
    thresholds = replace(DEFAULT_THRESHOLDS, per_article_answer_chars=10)
    app = await sqlite_app(tmp_path, KnowledgeService.from_directory(two_articles_dir, thresholds), FakeClock())
    client = StudyBot(app)
    try:
        asked = FakeInteraction(user_id=5, client=client)
        await invoke(AskCog.ask, AskCog(client), asked, question="bilateral trade in fy 2023-24")
        assert asked.last.embed is not None
        assert asked.last.embed.title == "Which article?"
        view = asked.last.view
        labels = [item.label for item in view.children]
        assert JAPAN_TITLE in labels
        assert GERMANY_TITLE in labels
        button = next(item for item in view.children if item.label == GERMANY_TITLE)
        click = FakeInteraction(user_id=5, client=client)
        await button.callback(click)
        shown = click.last.embed
        assert shown is not None
        assert "26.1" in " ".join(field.value or "" for field in shown.fields)
    finally:
        await app.close()


async def test_summary_autocompletes_articles_and_the_chosen_articles_sections(bot: StudyBot) -> None:
    cog = SummaryCog(bot)
    interaction = FakeInteraction(client=bot)
    articles = await SummaryCog.article_autocomplete(cog, interaction, "")  # type: ignore[arg-type]
    assert {choice.value for choice in articles} == {JAPAN_TITLE, GERMANY_TITLE}
    interaction.namespace = SimpleNamespace(article="germany")  # type: ignore[attr-defined]
    sections = [c.value for c in await SummaryCog.section_autocomplete(cog, interaction, "")]  # type: ignore[arg-type]
    assert sections == bot.app.knowledge.section_titles("india-germany-partnership")
    summary = FakeInteraction(client=bot)
    await invoke(SummaryCog.summary, cog, summary, article="japan")
    assert summary.last.embed is not None
    assert summary.last.embed.title == f"Summary: {JAPAN_TITLE}"


async def test_kb_stats_counts_each_article(bot: StudyBot) -> None:
    interaction = FakeInteraction(manage_guild=True, client=bot)
    await invoke(AdminCog.stats, AdminCog(bot), interaction)
    embed = interaction.last.embed
    assert embed is not None
    fields = {field.name: field.value for field in embed.fields}
    shipped = len(load_knowledge(DEFAULT_KNOWLEDGE_DIR).facts)
    assert f"{shipped} facts" in (fields[JAPAN_TITLE] or "")
    assert "59 facts" in (fields[GERMANY_TITLE] or "")


async def test_a_section_both_articles_have_is_asked_back_and_each_button_shows_its_summary(bot: StudyBot) -> None:
    asked = FakeInteraction(user_id=5, client=bot)
    await invoke(AskCog.ask, AskCog(bot), asked, question="summarize the pillars section")
    assert asked.last.embed is not None
    assert asked.last.embed.title == "Which article?"
    button = next(item for item in asked.last.view.children if item.label == GERMANY_TITLE)
    click = FakeInteraction(user_id=5, client=bot)
    await button.callback(click)
    shown = click.last.embed
    assert shown is not None
    pillars = next(s for src, s in bot.app.knowledge.base.sections if s.id == "de_pillars")
    shown_text = " ".join([shown.description or "", *(field.value or "" for field in shown.fields)])
    assert pillars.summary.split(".")[0] in shown_text
    assert click.last.view is None  # a section's summary is no fact: no review-deck or feedback buttons


async def test_a_section_summary_answer_has_no_fact_buttons(bot: StudyBot) -> None:
    asked = FakeInteraction(user_id=5, client=bot)
    await invoke(AskCog.ask, AskCog(bot), asked, question="summarize the pillars of india germany relations")
    assert asked.last.embed is not None
    assert asked.last.view is None
