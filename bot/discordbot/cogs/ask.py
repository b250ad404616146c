"""Questions: /ask, answers in ask-channels and on mentions, feedback and "did you mean" buttons."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.answering.matcher import Answer, Decline, DeclineReason, Outcome, Suggestions
from bot.discordbot import embeds
from bot.discordbot.tree import RateLimitedError
from bot.discordbot.views import BaseView, SuggestionView, answer_view, send_ephemeral

if TYPE_CHECKING:
    from bot.discordbot.client import StudyBot

log = logging.getLogger(__name__)

#: Longest question accepted by /ask (Discord allows up to 6000 in an option; nobody asks that much).
MAX_QUESTION = 500
_MENTION = re.compile(r"<@!?(\d+)>")


def render(
    outcome: Outcome, question: str, handler: AskCog, owner_id: int
) -> tuple[discord.Embed, discord.ui.View | None]:
    """Pick the embed and buttons for an outcome."""
    if isinstance(outcome, Answer):
        return embeds.answer_embed(outcome, question), answer_view(outcome.best.fact.fact.id)
    if isinstance(outcome, Suggestions):
        options = [(m.fact.fact.id, m.fact.fact.question) for m in outcome.options]
        return embeds.suggestions_embed(outcome, question), SuggestionView(handler, owner_id, options)
    return embeds.decline_embed(outcome, question), None


class AskCog(commands.Cog):
    """Answer members' questions from the knowledge base."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot
        self._ask_channels: dict[int, frozenset[int]] = {}

    def _check_rate(self, guild_id: int | None, user_id: int) -> None:
        wait = self.bot.ask_limiter.hit((guild_id, user_id))
        if wait:
            raise RateLimitedError(wait)

    @app_commands.command(name="ask")
    @app_commands.describe(question="Your question, e.g. 'cepa year?' or 'which state is paired with Ehime'")
    async def ask(
        self, interaction: discord.Interaction[Any], question: app_commands.Range[str, 1, MAX_QUESTION]
    ) -> None:
        """Ask a question about the study article, in your own words."""
        self._check_rate(interaction.guild_id, interaction.user.id)
        outcome = self.bot.knowledge.ask(question)
        embed, view = render(outcome, question, self, interaction.user.id)
        ephemeral = isinstance(outcome, Decline) and outcome.reason is not DeclineReason.NOT_COVERED
        if view is None:
            await interaction.response.send_message(embed=embed, ephemeral=ephemeral)
        else:
            await interaction.response.send_message(embed=embed, view=view, ephemeral=ephemeral)
            if isinstance(view, BaseView):
                view.shown(origin=interaction)
        await self.bot.study.log_outcome(question, outcome, interaction.guild_id, interaction.user.id)

    # ------------------------------------------------------------------ channel answering
    async def ask_channels(self, guild_id: int) -> frozenset[int]:
        """Return a guild's ask-channels (cached; the config cog refreshes it)."""
        if guild_id not in self._ask_channels:
            self._ask_channels[guild_id] = await self.bot.study.ask_channels(guild_id)
        return self._ask_channels[guild_id]

    def forget_ask_channels(self, guild_id: int) -> None:
        """Drop the cached ask-channels of a guild after they changed."""
        self._ask_channels.pop(guild_id, None)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer questions in ask-channels and whenever the bot is mentioned."""
        if message.author.bot or message.guild is None or self.bot.user is None:
            return
        mentioned = self.bot.user in message.mentions
        in_ask_channel = message.channel.id in await self.ask_channels(message.guild.id)
        if not mentioned and not in_ask_channel:
            return
        question = _MENTION.sub(" ", message.content).strip()
        try:
            if not question:
                if mentioned:
                    await message.reply(
                        "Ask me something about the study article, e.g. `cepa year?`", mention_author=False
                    )
                return
            if self.bot.ask_limiter.hit((message.guild.id, message.author.id)):
                if mentioned:
                    await message.add_reaction("\u23f3")
                return
        except discord.HTTPException:
            log.warning("Could not react in channel %s of guild %s", message.channel.id, message.guild.id)
            return
        outcome = self.bot.knowledge.ask(question[:MAX_QUESTION])
        if isinstance(outcome, Decline) and not mentioned:
            await self.bot.study.log_outcome(question, outcome, message.guild.id, message.author.id)
            return  # in ask-channels the bot stays quiet unless it has something to say
        if isinstance(outcome, Answer) and not self.bot.repeat_cooldown.ready(
            (message.channel.id, outcome.best.fact.fact.id)
        ):
            return  # the same fact was just answered in this channel
        embed, view = render(outcome, question, self, message.author.id)
        try:
            if view is None:
                await message.reply(embed=embed, mention_author=False)
            else:
                sent = await message.reply(embed=embed, view=view, mention_author=False)
                if isinstance(view, BaseView):
                    view.shown(message=sent)
        except discord.Forbidden:
            log.warning("No permission to reply in channel %s of guild %s", message.channel.id, message.guild.id)
        except discord.HTTPException:
            log.exception("Could not reply in channel %s", message.channel.id)
        await self.bot.study.log_outcome(question, outcome, message.guild.id, message.author.id)

    # ------------------------------------------------------------------ button handlers
    async def on_feedback(
        self, interaction: discord.Interaction[Any], question: str, fact_id: str, helpful: bool
    ) -> None:
        """Store "Helpful" or "Wrong match"."""
        await self.bot.study.feedback(interaction.guild_id, interaction.user.id, question, fact_id, helpful)
        text = "Thanks, glad it helped!" if helpful else "Thanks, I've flagged that match for the admins."
        await send_ephemeral(interaction, text)

    async def on_quiz_me(self, interaction: discord.Interaction[Any], fact_id: str) -> None:
        """Put the fact in the member's review deck and tell them how to review."""
        await self.bot.study.add_to_review(interaction.user.id, fact_id)
        await send_ephemeral(interaction, "Added to your review deck: run /review to be quizzed on it.")

    async def on_suggestion(self, interaction: discord.Interaction[Any], fact_id: str | None) -> None:
        """Show the chosen suggestion's answer, or note that none fit."""
        base = self.bot.knowledge.base
        if fact_id is None or not base.has_fact(fact_id):
            await interaction.response.edit_message(
                content="Thanks, noted: the study material doesn't cover that yet.", embed=None, view=None
            )
            return
        sourced = base.fact(fact_id)
        from bot.core.answering.matcher import Match

        answer = Answer((Match(sourced, 1.0, 1.0, "chosen from suggestions"),))
        embed = embeds.answer_embed(answer, sourced.fact.question)
        await interaction.response.edit_message(embed=embed, view=answer_view(fact_id))


async def setup(bot: StudyBot) -> None:
    """Load the cog."""
    await bot.add_cog(AskCog(bot))
