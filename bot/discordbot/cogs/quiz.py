"""Group quizzes: /quiz start and /quiz stop, question messages with A-D buttons, timer, reveal, standings."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.charts import quiz_chart, wants_quiz_chart
from bot.core.errors import StudyError
from bot.core.study.quiz import MAX_QUESTIONS, MAX_SECONDS, MIN_SECONDS, AnswerStatus, FinalResult, GroupQuiz
from bot.discordbot import embeds
from bot.discordbot.charting import attach, render
from bot.discordbot.cogs.summary import section_titles_for, title_choices
from bot.discordbot.limits import echo
from bot.discordbot.views import LETTERS, ChoiceView, send_ephemeral

if TYPE_CHECKING:
    from bot.discordbot.client import StudyBot

log = logging.getLogger(__name__)

#: Seconds between a reveal and the next question.
REVEAL_PAUSE = 4.0
#: At most one live-count edit per question message in this many seconds (Discord rate limits edits).
COUNT_EDIT_INTERVAL = 2.0

Scoring = Literal["speed", "flat", "speed, no streak bonus", "flat, no streak bonus"]


@dataclass
class QuizRun:
    """Everything the Discord side keeps for one channel's running quiz."""

    quiz: GroupQuiz
    channel: Any
    task: asyncio.Task[None] | None = None
    #: The message of the open question, and the buttons of every question asked so far.
    message: discord.Message | None = None
    views: list[ChoiceView] = field(default_factory=list)
    count_edit_pending: bool = False

    @property
    def view(self) -> ChoiceView | None:
        """Return the buttons of the open question."""
        return self.views[-1] if self.views else None

    def close_buttons(self) -> None:
        """Grey out and stop listening on every question's buttons."""
        for view in self.views:
            view.disable_all()
            view.stop()


class QuizCog(commands.Cog):
    """Run group quizzes in channels."""

    quiz = app_commands.Group(name="quiz", description="Group quizzes on the study article", guild_only=True)

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot
        self.quizzes = bot.app.quizzes
        self._runs: dict[int, QuizRun] = {}
        #: Fire-and-forget tasks are kept here so they are not garbage-collected mid-flight.
        self._background: set[asyncio.Task[None]] = set()

    async def cog_unload(self) -> None:
        """Stop the quiz timers when the cog is unloaded."""
        for run in self._runs.values():
            if run.task is not None:
                run.task.cancel()

    @quiz.command(name="start")
    @app_commands.describe(
        article="Only questions from this article (optional)",
        section="Only questions from this section (optional)",
        questions=f"How many questions (1-{MAX_QUESTIONS}, default 5)",
        seconds=f"Seconds per question ({MIN_SECONDS}-{MAX_SECONDS}, default 20)",
        scoring="Speed-weighted points or flat points, with or without the streak bonus",
    )
    async def start(
        self,
        interaction: discord.Interaction[Any],
        article: app_commands.Range[str, 1, 100] | None = None,
        section: app_commands.Range[str, 1, 100] | None = None,
        questions: app_commands.Range[int, 1, MAX_QUESTIONS] = 5,
        seconds: app_commands.Range[int, MIN_SECONDS, MAX_SECONDS] = 20,
        scoring: Scoring | None = None,
    ) -> None:
        """Start a group quiz in this channel: buttons, a timer and points for fast right answers."""
        assert interaction.guild_id is not None
        assert interaction.channel_id is not None
        channel = interaction.channel
        if channel is None or not hasattr(channel, "send"):
            raise StudyError("I can't run a quiz in this kind of channel.")
        # The rules are asked first, so refusals are private; the database work comes after the acknowledgement.
        article_id = self._article_id(article) if article else None
        found = self._section(section, article_id) if section else None
        section_id = found[1] if found else None
        article_id = found[0] if found else article_id
        self.quizzes.check_can_start(interaction.channel_id)
        speed = None if scoring is None else scoring.startswith("speed")
        streak = None if scoring is None else "no streak" not in scoring
        await interaction.response.defer()
        started = await self.quizzes.begin(
            interaction.guild_id,
            interaction.channel_id,
            interaction.user.id,
            questions,
            seconds,
            section_id,
            speed,
            streak,
            article_id,
        )
        quiz = started.quiz
        # The runner owns the quiz from here on: if anything below fails, the quiz still runs and ends.
        run = QuizRun(quiz, channel)
        self._runs[quiz.channel_id] = run
        run.task = asyncio.create_task(self._run(run), name=f"quiz-{quiz.quiz_id}")
        # A topic with fewer questions than asked for says so, instead of silently running a shorter quiz.
        notice = f"{started.notice}\n" if started.notice else ""
        await interaction.followup.send(
            f"{notice}Quiz starting: {quiz.total} question(s), {seconds} s each. "
            "Pick A-D; faster right answers score more!"
        )

    @start.autocomplete("article")
    async def article_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """Offer article titles."""
        return title_choices(self.bot.app.knowledge.article_titles(), current)

    @start.autocomplete("section")
    async def section_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """Offer section titles (of the article already chosen)."""
        return title_choices(section_titles_for(self.bot, interaction), current)

    def _article_id(self, name: str) -> str:
        source = self.bot.app.knowledge.article(name)
        if source is None:
            raise StudyError(f"I don't know an article called \u201c{echo(name, 100)}\u201d; pick one from the list.")
        return source.id

    def _section(self, name: str, article_id: str | None) -> tuple[str, str]:
        found = self.bot.app.knowledge.find_section(name, article_id)
        if found is None:
            raise StudyError(f"I don't know a section called \u201c{echo(name, 100)}\u201d; pick one from the list.")
        return found

    @quiz.command(name="stop")
    async def stop(self, interaction: discord.Interaction[Any]) -> None:
        """Stop the quiz running in this channel (the member who started it, or an admin)."""
        assert interaction.channel_id is not None
        channel_id = interaction.channel_id
        member = interaction.user
        # The invoker's resolved permissions come with every interaction (no member cache needed).
        is_admin = interaction.permissions.manage_guild or (
            isinstance(member, discord.Member) and member.guild_permissions.manage_guild
        )
        self.quizzes.check_can_stop(channel_id, member.id, is_admin)
        await interaction.response.defer()
        # Close the buttons and the timer before any database work, so nothing can answer a stopped quiz.
        run = self._runs.pop(channel_id, None)
        if run is not None:
            if run.task is not None:
                run.task.cancel()
            run.close_buttons()
            if run.views and run.message is not None:
                with contextlib.suppress(discord.HTTPException):
                    await run.message.edit(view=run.views[-1])
        quiz = self.quizzes.running(channel_id)
        result = await self.quizzes.stop(channel_id, member.id, is_admin)
        await interaction.followup.send(**await self._final(result, quiz))

    # ------------------------------------------------------------------ the timer loop
    async def _run(self, run: QuizRun) -> None:
        quizzes = self.quizzes
        quiz = run.quiz
        channel_id = quiz.channel_id
        try:
            while True:
                question = quiz.current
                view = ChoiceView(self._answer_handler(quiz.quiz_id, question.id), len(question.choices), timeout=None)
                run.views.append(view)
                # Registered before sending: members click as soon as Discord shows the message, which can be
                # before our send returns, and an unregistered view would drop those clicks.
                self.bot.add_view(view)
                run.message = await run.channel.send(embed=embeds.quiz_question_embed(quiz, question, 0), view=view)
                await asyncio.sleep(max(0.0, (quiz.deadline - quizzes.clock()).total_seconds()))
                reveal = await quizzes.close_question(channel_id)
                await self._disable(run)
                base = self.bot.app.knowledge.base
                fact = base.fact(question.fact_id) if base.has_fact(question.fact_id) else None
                await run.channel.send(embed=embeds.reveal_embed(reveal, fact))
                if not quiz.is_last and quiz.silent_questions < 2:
                    await asyncio.sleep(REVEAL_PAUSE)
                step = await quizzes.advance(channel_id)
                if isinstance(step, FinalResult):
                    await run.channel.send(**await self._final(step, quiz))
                    return
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("Quiz %s in channel %s failed; stopping it", quiz.quiz_id, channel_id)
            if quizzes.running(channel_id) is quiz:
                with contextlib.suppress(Exception):
                    await quizzes.stop(channel_id, quiz.host_id, True)
        finally:
            # Only clean up what still belongs to this quiz (a new one may already run in the channel).
            if self._runs.get(channel_id) is run:
                del self._runs[channel_id]
                for old_view in run.views:
                    old_view.stop()

    async def _final(self, result: FinalResult, quiz: GroupQuiz | None) -> dict[str, Any]:
        """Return the final standings message, with a chart of the answers per question for a long enough quiz."""
        embed = embeds.final_embed(result)
        reveals = quiz.reveals if quiz is not None else ()
        if not wants_quiz_chart(reveals):
            return {"embed": embed}
        return attach(embed, await render(quiz_chart, reveals, len(result.standings)))

    async def _disable(self, run: QuizRun) -> None:
        view, message = run.view, run.message
        if view is None or message is None:
            return
        # The view keeps listening until the quiz ends, so a click racing the time-up is told "Time's up".
        view.disable_all()
        try:
            await message.edit(view=view)
        except discord.HTTPException:
            log.warning("Could not disable the quiz buttons in channel %s", run.quiz.channel_id)

    # ------------------------------------------------------------------ answers
    def _answer_handler(self, quiz_id: str, question_id: str) -> Any:
        async def handle(interaction: discord.Interaction[Any], choice: int) -> None:
            await self.on_answer(interaction, choice, quiz_id, question_id)

        return handle

    async def on_answer(
        self, interaction: discord.Interaction[Any], choice: int, quiz_id: str, question_id: str
    ) -> None:
        """Record an answer to the question these buttons belong to, acknowledging it privately first."""
        assert interaction.channel_id is not None
        channel_id = interaction.channel_id
        quiz = self.quizzes.running(channel_id)
        if quiz is None or quiz.quiz_id != quiz_id or quiz.current.id != question_id:
            # Buttons of an earlier question or quiz never count for the current one.
            await send_ephemeral(interaction, "Time's up for this question.")
            return
        # Decide in memory and acknowledge first; the database write comes after the reply.
        receipt = self.quizzes.take_answer(channel_id, interaction.user.id, choice)
        if receipt.status is AnswerStatus.ACCEPTED:
            await send_ephemeral(interaction, f"Locked in: **{LETTERS[choice]}**")
            await self.quizzes.save_answer(channel_id, receipt)
            self._schedule_count_edit(channel_id)
        elif receipt.status is AnswerStatus.DUPLICATE:
            first = receipt.record.choice if receipt.record else choice
            await send_ephemeral(interaction, f"You already answered **{LETTERS[first]}**; your first answer counts.")
        else:
            await send_ephemeral(interaction, "Time's up for this question.")

    def _schedule_count_edit(self, channel_id: int) -> None:
        run = self._runs.get(channel_id)
        if run is None or run.count_edit_pending:
            return
        run.count_edit_pending = True
        self._spawn(self._edit_count(run))

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coroutine)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _edit_count(self, run: QuizRun) -> None:
        try:
            await asyncio.sleep(COUNT_EDIT_INTERVAL)
            quiz, message = run.quiz, run.message
            if message is None or self.quizzes.running(quiz.channel_id) is not quiz or quiz.phase.value != "asking":
                return
            await message.edit(embed=embeds.quiz_question_embed(quiz, quiz.current, quiz.answer_count))
        except discord.HTTPException:
            log.debug("Live count edit failed in channel %s", run.quiz.channel_id)
        finally:
            run.count_edit_pending = False


async def setup(bot: StudyBot) -> None:
    """Load the cog."""
    await bot.add_cog(QuizCog(bot))
