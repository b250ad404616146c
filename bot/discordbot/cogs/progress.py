"""Progress: /leaderboard, /stats, /review (spaced review) and /forget-me."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.charts import leaderboard_chart, stats_chart
from bot.core.study.progress import Period, RankBy
from bot.core.study.review import Grade, grade_label, review_duration_ms
from bot.discordbot import embeds
from bot.discordbot.charting import attach, display_name, render
from bot.discordbot.views import ChoiceView, ConfirmView, GradeView, send_ephemeral

if TYPE_CHECKING:
    from bot.discordbot.client import StudyBot

#: Review cards whose showing time is remembered at once (a member who never grades leaves one behind).
MAX_SHOWN = 10_000


class ProgressCog(commands.Cog):
    """Scores, streaks, personal review and data deletion."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot
        self._grading: set[tuple[int, str]] = set()
        #: When each member's review card was shown, for the review log's duration (bounded; oldest dropped).
        self._shown: dict[tuple[int, str], dt.datetime] = {}

    @app_commands.command(name="leaderboard")
    @app_commands.guild_only()
    @app_commands.describe(
        period="This week or all time",
        by="Rank by points or by accuracy",
        page="Page number (10 per page)",
        chart="Add the page as a bar chart",
    )
    async def leaderboard(
        self,
        interaction: discord.Interaction[Any],
        period: Literal["weekly", "all-time"] = "all-time",
        by: Literal["points", "accuracy"] = "points",
        page: app_commands.Range[int, 1, 1000] = 1,
        chart: bool = False,
    ) -> None:
        """See the server's top scorers this week or of all time, and your own rank."""
        assert interaction.guild_id is not None
        await interaction.response.defer()
        me = interaction.user.id
        board = await self.bot.app.progress.leaderboard(interaction.guild_id, Period(period), RankBy(by), page, me)
        drawn = None
        if chart and board.entries:
            # Names only from the cache: fetching up to ten members would cost ten API calls; ranks label the rest.
            guild = interaction.guild
            names = {me: display_name(interaction.user)}
            for ranked in board.entries:
                user = (guild.get_member(ranked.tally.user_id) if guild else None) or self.bot.get_user(
                    ranked.tally.user_id
                )
                if user is not None:
                    names.setdefault(ranked.tally.user_id, display_name(user))
            drawn = await render(leaderboard_chart, board, names, me)
        await interaction.followup.send(**attach(embeds.leaderboard_embed(board), drawn))

    @app_commands.command(name="stats")
    @app_commands.guild_only()
    @app_commands.describe(member="Whose stats to show (default: yours)")
    async def stats(self, interaction: discord.Interaction[Any], member: discord.Member | None = None) -> None:
        """See answers, accuracy, points, streaks, mastery and a 30-day chart for you or a member."""
        assert interaction.guild_id is not None
        target = member or interaction.user
        # Acknowledged first: the queries and the chart together can take longer than Discord's 3 s.
        await interaction.response.defer(ephemeral=member is None)
        stats = await self.bot.app.progress.stats(interaction.guild_id, target.id)
        history = await self.bot.app.progress.history(interaction.guild_id, target.id)
        drawn = await render(stats_chart, history, display_name(target))
        await interaction.followup.send(**attach(embeds.stats_embed(stats), drawn), ephemeral=member is None)

    @app_commands.command(name="review")
    async def review(self, interaction: discord.Interaction[Any]) -> None:
        """Review your due cards: facts you got wrong come back, spaced out until you know them."""
        await self.show_next(interaction, edit=False)

    async def show_next(self, interaction: discord.Interaction[Any], edit: bool) -> None:
        """Show the member's next due card, or say nothing is due."""
        # Scheduled with the retention of the server the member reviews in (a DM: the default).
        item = await self.bot.app.reviews.next(interaction.user.id, interaction.guild_id)
        if item is None:
            text = 'Nothing is due for review. Wrong answers in quizzes (and "Quiz me on this") land here.'
            if edit:
                await interaction.response.edit_message(content=text, embed=None, view=None)
            else:
                await interaction.response.send_message(text, ephemeral=True)
            return
        question = item.question
        self._shown.pop((interaction.user.id, question.fact_id), None)
        self._shown[(interaction.user.id, question.fact_id)] = self.bot.app.clock()
        while len(self._shown) > MAX_SHOWN:
            del self._shown[next(iter(self._shown))]

        async def on_choice(click: discord.Interaction[Any], choice: int) -> None:
            await self.on_review_answer(click, question.fact_id, choice)

        view = ChoiceView(on_choice, len(question.choices), owner_id=interaction.user.id)
        embed = embeds.review_embed(question, item.remaining)
        if edit:
            await interaction.response.edit_message(content=None, embed=embed, view=view)
        else:
            await interaction.response.send_message(embed=embed, view=view, ephemeral=True)
        view.shown(origin=interaction)

    async def on_review_answer(self, interaction: discord.Interaction[Any], fact_id: str, choice: int) -> None:
        """Reveal a review card's answer and offer the grade buttons."""
        item = await self.bot.app.reviews.next(interaction.user.id, interaction.guild_id)
        question = item.question if item and item.question.fact_id == fact_id else None
        if question is None:
            await self.show_next(interaction, edit=True)
            return
        correct = question.is_correct(choice)
        base = self.bot.app.knowledge.base
        fact = base.fact(fact_id) if base.has_fact(fact_id) else None

        async def on_grade(click: discord.Interaction[Any], grade: int) -> None:
            await self.on_review_grade(click, fact_id, grade)

        # Each button says when its grade brings the card back, as in Anki: "Good · 3d".
        labels = {grade.value: grade_label(grade, interval) for grade, interval in item.intervals} if item else {}
        grades = GradeView(on_grade, interaction.user.id, labels)
        await interaction.response.edit_message(embed=embeds.review_reveal_embed(question, correct, fact), view=grades)
        grades.shown(origin=interaction)

    async def on_review_grade(self, interaction: discord.Interaction[Any], fact_id: str, grade: int) -> None:
        """Schedule the card by the member's grade and move on to the next one (a double click grades once)."""
        key = (interaction.user.id, fact_id)
        if key in self._grading:
            await send_ephemeral(interaction, "Already graded.")
            return
        self._grading.add(key)
        try:
            shown = self._shown.pop(key, None)
            card = await self.bot.app.reviews.grade(
                interaction.user.id,
                fact_id,
                Grade(grade),
                interaction.guild_id,
                review_duration_ms(shown, self.bot.app.clock()),
            )
        finally:
            self._grading.discard(key)
        await self.show_next(interaction, edit=True)
        await interaction.followup.send(
            # Discord renders the timestamp relative to each reader's own clock and language.
            f"Next time for that card: {discord.utils.format_dt(card.due, 'R')}.",
            ephemeral=True,
        )

    @app_commands.command(name="forget-me")
    async def forget_me(self, interaction: discord.Interaction[Any]) -> None:
        """Delete all your stored data: scores, answers, review cards and feedback."""

        async def confirm(click: discord.Interaction[Any]) -> None:
            removed = await self.bot.app.privacy.forget_me(click.user.id)
            await click.response.edit_message(
                content=f"Done: deleted {sum(removed.values())} stored item(s) about you.", view=None
            )

        await interaction.response.send_message(
            "This deletes your scores, quiz and daily answers, review cards and feedback in every server. Sure?",
            view=(confirmation := ConfirmView(interaction.user.id, confirm)),
            ephemeral=True,
        )
        confirmation.shown(origin=interaction)


async def setup(bot: StudyBot) -> None:
    """Load the cog."""
    await bot.add_cog(ProgressCog(bot))
