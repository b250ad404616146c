"""Whatever a member types is shown back inert: no pings, no mentions, no markdown where markdown renders."""

from __future__ import annotations

import re
from collections.abc import Callable

import discord
import pytest

from bot.core.answering.gaps import Gap
from bot.core.answering.outcomes import (
    Answer,
    Clarify,
    Correction,
    Decline,
    DeclineReason,
    Match,
    Partial,
    Suggestions,
)
from bot.core.answering.summary import TopicSuggestions
from bot.core.services.knowledge import KnowledgeService
from bot.discordbot import embeds, limits
from bot.discordbot.client import StudyBot
from bot.discordbot.cogs.ask import AskCog
from bot.discordbot.cogs.daily import DailyCog
from bot.discordbot.cogs.quiz import QuizCog
from bot.discordbot.cogs.summary import SummaryCog
from tests.discord.fakes import FakeChannel, FakeGuild, FakeInteraction, FakeMessage, FakeUser, Sent, invoke

HOSTILE = "@everyone <@123> **bold** `code` [x](http://e)"
RAW = ("@everyone", "<@123>")
#: Markdown that would render if it reached a title, a description or a field unescaped.
MARKDOWN = ("**bold**", "`code`", "[x](http://e)")


def _matches(shipped: KnowledgeService, count: int) -> tuple[Match, ...]:
    return tuple(Match(sourced, 0.9, 1.0, "test") for sourced in shipped.base.facts[:count])


Renderer = Callable[[KnowledgeService], discord.Embed]

#: Every renderer that shows something the member typed, fed the hostile text wherever user text can go.
RENDERERS: dict[str, Renderer] = {
    "answer": lambda k: embeds.answer_embed(Answer(_matches(k, 1)), HOSTILE),
    "answers": lambda k: embeds.answer_embed(Answer(_matches(k, 2)), HOSTILE),
    "partial": lambda k: embeds.related_embed(Partial(HOSTILE, _matches(k, 1)), HOSTILE),
    "correction": lambda k: embeds.related_embed(Correction(_matches(k, 1)), HOSTILE),
    "clarify": lambda k: embeds.clarify_embed(Clarify(HOSTILE), HOSTILE),
    "suggestions": lambda k: embeds.suggestions_embed(Suggestions(_matches(k, 3), near_tie=False), HOSTILE),
    "not mentioned": lambda k: embeds.decline_embed(Decline(DeclineReason.NOT_MENTIONED, HOSTILE), HOSTILE),
    "not covered": lambda k: embeds.decline_embed(Decline(DeclineReason.NOT_COVERED, HOSTILE), HOSTILE),
    "topic": lambda k: embeds.summary_embed(TopicSuggestions(HOSTILE, ())),
    "topic with titles": lambda k: embeds.summary_embed(TopicSuggestions(HOSTILE, ("Conclusion",))),
    "gaps": lambda k: embeds.gaps_embed([Gap(2, (HOSTILE, HOSTILE.upper()), None, None)]),
}


def rendered_parts(embed: discord.Embed) -> list[str]:
    """Return the parts of an embed where Discord renders markdown: title, description, fields."""
    return [embed.title or "", embed.description or ""] + [f"{f.name}\n{f.value}" for f in embed.fields]


def every_part(embed: discord.Embed) -> list[str]:
    """Return every text of an embed, plain-text places (footer, author) included."""
    return [*rendered_parts(embed), embed.footer.text or "", embed.author.name or ""]


def assert_inert(sent: Sent, bot: StudyBot) -> None:
    """Check one thing the bot sent: no raw mention anywhere, and no ping allowed."""
    texts = [sent.content or ""] + (every_part(sent.embed) if sent.embed is not None else [])
    for text in texts:
        for raw in RAW:
            assert raw not in text, (raw, text)
    allowed = sent.allowed_mentions or bot.allowed_mentions
    assert allowed is not None
    assert allowed.everyone is False
    assert allowed.users is False or allowed.users == []
    assert allowed.roles is False or allowed.roles == []


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_every_renderer_that_echoes_member_text_shows_it_inert(shipped: KnowledgeService, name: str) -> None:
    embed = RENDERERS[name](shipped)
    assert limits.fits(embed)
    shown = "\n".join(every_part(embed))
    assert "bold" in shown  # the text is echoed (so this test checks something)...
    for part in every_part(embed):
        for raw in RAW:
            assert raw not in part, (raw, part)  # ...but never as a mention
    for part in rendered_parts(embed):
        live = re.sub(r"\\.", "", part)  # what is left once escaped characters are taken out
        for markdown in MARKDOWN:
            assert markdown not in live, (markdown, part)  # ...nor as markdown where markdown renders


def test_the_footer_keeps_the_question_readable() -> None:
    # Footers render no markdown, so escaping it there would only show backslashes.
    footer = embeds.decline_embed(Decline(DeclineReason.NOT_COVERED), HOSTILE).footer.text or ""
    assert footer.startswith("You asked: @\u200beveryone <@\u200b123> **bold** `code` [x](http://e)")


def test_echo_breaks_mentions_of_any_length_and_escapes_markdown() -> None:
    role = "<@&123456789012345678>"
    assert limits.echo(f"@everyone {role} **x**") == "@\u200beveryone <@\u200b&123456789012345678> \\*\\*x\\*\\*"
    assert limits.echo("<@!1> @here") == "<@\u200b!1> @\u200bhere"
    assert limits.echo_plain("a\n@everyone  **b**") == "a @\u200beveryone **b**"


@pytest.mark.parametrize(
    "question",
    [
        f"{HOSTILE} cepa year?",  # an answer
        f"{HOSTILE} who heads JAXA",  # a decline
        f"{HOSTILE} when did japan join the quad",  # suggestions
        f"what is the cost of the mahsr {HOSTILE}",  # a partial answer
        HOSTILE,
    ],
)
async def test_ask_replies_never_ping_or_echo_mentions(bot: StudyBot, question: str) -> None:
    interaction = FakeInteraction(client=bot)
    await invoke(AskCog.ask, AskCog(bot), interaction, question=question)
    assert interaction.sent
    for sent in interaction.sent:
        assert_inert(sent, bot)
    bot._connection.user = FakeUser(555, bot=True)  # type: ignore[assignment]
    channel = FakeChannel(201)
    message = FakeMessage(1, channel, f"<@555> {question}", FakeUser(8), mentions=[bot.user], guild=FakeGuild())
    await AskCog(bot).on_message(message)  # type: ignore[arg-type]
    assert message.replies
    for sent in message.replies:
        assert_inert(sent, bot)


async def test_refusals_that_quote_the_member_never_ping(bot: StudyBot) -> None:
    topic = FakeInteraction(client=bot)
    await invoke(SummaryCog.summary, SummaryCog(bot), topic, section=HOSTILE)
    quiz = FakeInteraction(client=bot)
    quiz.channel = FakeChannel(200)
    await invoke(QuizCog.start, QuizCog(bot), quiz, section=HOSTILE)
    assert (quiz.last.content or "").startswith("I don't know a section called")
    channel = FakeChannel(300)
    FakeGuild(100, channel)
    daily = FakeInteraction(manage_guild=True, client=bot)
    await invoke(DailyCog.set, DailyCog(bot), daily, channel=channel, time="09:00", timezone=HOSTILE[:64])
    assert "is not a time zone" in (daily.last.content or "")
    for sent in topic.sent + quiz.sent + daily.sent:
        assert_inert(sent, bot)
