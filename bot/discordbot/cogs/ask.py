"""Questions: /ask, answers in ask-channels and on mentions, with feedback and "did you mean" buttons."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.answering.outcomes import (
    Answer,
    Clarify,
    Correction,
    Decline,
    DeclineReason,
    Outcome,
    Partial,
    Suggestions,
)
from bot.core.services.asking import AskingService, Conversation
from bot.discordbot import embeds
from bot.discordbot.views import BaseView, SuggestionView, answer_view

if TYPE_CHECKING:
    from bot.discordbot.client import StudyBot

log = logging.getLogger(__name__)

#: Longest question accepted by /ask (Discord allows up to 6000 in an option; nobody asks that much).
MAX_QUESTION = 500
_MENTION = re.compile(r"<@!?(\d+)>")
#: How long /ask waits for its answer before acknowledging with "thinking..." and following up with the answer.
#: Within it the member gets one response, the answer itself (one request to Discord instead of two).
ANSWER_BUDGET_SECONDS = 0.5
#: With more /ask than this not yet acknowledged (a burst), a new one is acknowledged at once: its answer could not
#: come within the budget, and the acknowledgements go out before more answering (Discord wants them within 3 s).
BURST = 16


class _Counter:
    """Count things in progress; each one leaves the count once, when told or at the latest when it ends."""

    def __init__(self) -> None:
        self.count = 0

    @contextmanager
    def one(self) -> Iterator[Callable[[], None]]:
        """Count one thing while the block runs; the function it gives ends the count early."""
        self.count += 1
        counted = True

        def leave() -> None:
            nonlocal counted
            if counted:
                counted = False
                self.count -= 1

        try:
            yield leave
        finally:
            leave()


def render(
    outcome: Outcome, question: str, asking: AskingService, owner_id: int
) -> tuple[discord.Embed, discord.ui.View | None]:
    """Pick the embed and buttons for an outcome."""
    if isinstance(outcome, Answer):
        fact_id = outcome.best.fact.fact.id
        # A section's summary is no fact: no review deck or feedback buttons to carry its id.
        view = answer_view(fact_id, owner_id) if asking.knowledge.base.has_fact(fact_id) else None
        return embeds.answer_embed(outcome, question), view
    if isinstance(outcome, Suggestions):
        options = [(m.fact.fact.id, m.fact.fact.question) for m in outcome.options]
        return embeds.suggestions_embed(outcome, question), SuggestionView(asking, owner_id, options)
    if isinstance(outcome, Partial | Correction):
        return embeds.related_embed(outcome, question), answer_view(outcome.related[0].fact.fact.id, owner_id)
    if isinstance(outcome, Clarify):
        # "Which article?": one button per article, each showing that article's answer.
        options = [(m.fact.fact.id, m.fact.source.title) for m in outcome.options]
        view = SuggestionView(asking, owner_id, options) if options else None
        return embeds.clarify_embed(outcome, question), view
    return embeds.decline_embed(outcome, question), None


class AskCog(commands.Cog):
    """Answer members' questions from the knowledge base."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot
        self.asking = bot.app.asking
        #: /ask received and not yet acknowledged (answered, or "thinking..."): how busy the bot is right now.
        self._unacknowledged = _Counter()

    @app_commands.command(name="ask")
    @app_commands.describe(question="Your question, e.g. 'cepa year?' or 'which state is paired with Ehime'")
    async def ask(
        self, interaction: discord.Interaction[Any], question: app_commands.Range[str, 1, MAX_QUESTION]
    ) -> None:
        """Ask a question about the study article, in your own words."""
        self.asking.check_rate(interaction.guild_id, interaction.user.id)
        conversation = self.asking.conversation((interaction.guild_id, interaction.channel_id, interaction.user.id))
        with self._unacknowledged.one() as acknowledged:
            outcome, deferred = await self._answer_or_acknowledge(interaction, question, conversation, acknowledged)
            embed, view = render(outcome, question, self.asking, interaction.user.id)
            ephemeral = isinstance(outcome, Clarify) or (
                isinstance(outcome, Decline)
                and outcome.reason not in {DeclineReason.NOT_COVERED, DeclineReason.NOT_MENTIONED}
            )
            if deferred:
                await self._follow_up(interaction, embed, view, ephemeral)
            elif view is None:
                await interaction.response.send_message(embed=embed, ephemeral=ephemeral)
            else:
                await interaction.response.send_message(embed=embed, view=view, ephemeral=ephemeral)
                if isinstance(view, BaseView):
                    view.shown(origin=interaction)
        await self.asking.log_outcome(question, outcome, interaction.guild_id, interaction.user.id)

    async def _answer_or_acknowledge(
        self,
        interaction: discord.Interaction[Any],
        question: str,
        conversation: Conversation,
        acknowledged: Callable[[], None],
    ) -> tuple[Outcome, bool]:
        """Return the outcome, and whether the interaction was acknowledged ("thinking...") to wait for it."""
        # In the answering threads: a burst of questions then never holds up the replies to those already answered.
        if self._unacknowledged.count > BURST:
            await self._acknowledge(interaction, acknowledged)
            return await self.asking.answer_off_loop(question, conversation, after_acknowledgements=True), True
        answering = asyncio.ensure_future(self.asking.answer_off_loop(question, conversation))
        done, _ = await asyncio.wait((answering,), timeout=ANSWER_BUDGET_SECONDS)
        if done:
            return answering.result(), False
        await self._acknowledge(interaction, acknowledged)
        return await answering, True

    async def _acknowledge(self, interaction: discord.Interaction[Any], acknowledged: Callable[[], None]) -> None:
        """Show "thinking..." now (the answer follows), ahead of any further answering."""
        with self.asking.acknowledging():
            await interaction.response.defer(thinking=True)
        acknowledged()

    async def _follow_up(
        self,
        interaction: discord.Interaction[Any],
        embed: discord.Embed,
        view: discord.ui.View | None,
        ephemeral: bool,
    ) -> None:
        """Send the answer of an acknowledged /ask: it replaces the "thinking..." message."""
        if ephemeral:
            # The first follow-up takes the place (and the visibility) of the public "thinking..." message: remove
            # that message, so the follow-up is a new one that only the member sees.
            await interaction.delete_original_response()
        if view is None:
            await interaction.followup.send(embed=embed, ephemeral=ephemeral)
        else:
            sent = await interaction.followup.send(embed=embed, view=view, ephemeral=ephemeral, wait=True)
            if isinstance(view, BaseView):
                view.shown(message=sent)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer questions in ask-channels and whenever the bot is mentioned."""
        if message.author.bot or message.guild is None or self.bot.user is None:
            return
        mentioned = self.bot.user in message.mentions
        in_ask_channel = message.channel.id in await self.bot.app.guilds.ask_channels(message.guild.id)
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
            if self.asking.rate_wait(message.guild.id, message.author.id):
                if mentioned:
                    await message.add_reaction("\u23f3")
                return
        except discord.HTTPException:
            log.warning("Could not react in channel %s of guild %s", message.channel.id, message.guild.id)
            return
        conversation = self.asking.conversation((message.guild.id, message.channel.id, message.author.id))
        outcome = await self.asking.answer_off_loop(question[:MAX_QUESTION], conversation)
        if isinstance(outcome, Decline | Clarify) and not mentioned:
            await self.asking.log_outcome(question, outcome, message.guild.id, message.author.id)
            return  # in ask-channels the bot stays quiet unless it has something to say
        if isinstance(outcome, Answer) and not self.asking.fresh((message.channel.id, outcome.best.fact.fact.id)):
            return  # the same fact was just answered in this channel
        embed, view = render(outcome, question, self.asking, message.author.id)
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
        await self.asking.log_outcome(question, outcome, message.guild.id, message.author.id)


async def setup(bot: StudyBot) -> None:
    """Load the cog."""
    await bot.add_cog(AskCog(bot))
