"""Buttons. Callbacks only hand the click to a cog's handler; the views own checks and error replies."""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import discord

from bot.app import App
from bot.core.errors import StudyError
from bot.core.services.asking import AskingService
from bot.discordbot import embeds
from bot.discordbot.limits import BUTTON_LABEL, clip, echo_plain
from bot.discordbot.tree import is_fault, member_message

log = logging.getLogger(__name__)

LETTERS = "ABCD"
ERROR_TEXT = "Something went wrong with that button. Please try again."
NOT_YOURS_TEXT = "These buttons belong to someone else's request; run the command yourself."

Handler = Callable[[discord.Interaction[Any]], Awaitable[None]]


def app_of(interaction: discord.Interaction[Any]) -> App:
    """Return the services of the bot that received an interaction."""
    app = getattr(interaction.client, "app", None)
    if not isinstance(app, App):
        raise StudyError("The bot is still starting; please try again in a moment.")
    return app


async def send_ephemeral(interaction: discord.Interaction[Any], text: str) -> None:
    """Reply privately, whether or not the interaction was already acknowledged."""
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True)
    else:
        await interaction.response.send_message(text, ephemeral=True)


async def report_button_error(interaction: discord.Interaction[Any], error: Exception, custom_id: str | None) -> None:
    """Tell the member what went wrong with a button; log unexpected failures with their context."""
    expected = member_message(error)
    if expected is not None and not is_fault(error):
        log.info("Button refused for user %s: %s", interaction.user.id, expected)
        message = expected
    else:
        log.error(
            "Button %s failed (guild %s, channel %s, user %s)",
            custom_id,
            interaction.guild_id,
            interaction.channel_id,
            interaction.user.id,
            exc_info=error,
        )
        message = expected or ERROR_TEXT
    try:
        await send_ephemeral(interaction, message)
    except discord.HTTPException:
        log.warning("Could not tell user %s about the failed button", interaction.user.id)


class BaseView(discord.ui.View):
    """A view with an owner check (when it has an owner) and one error handler for all its buttons."""

    def __init__(self, owner_id: int | None = None, timeout: float | None = 600) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        #: Where the view is shown, so its buttons can be greyed out when it times out.
        self.origin: discord.Interaction[Any] | None = None
        self.message: discord.Message | None = None

    def shown(self, origin: discord.Interaction[Any] | None = None, message: discord.Message | None = None) -> None:
        """Remember where the view was sent (an interaction's response, or a message)."""
        self.origin = origin
        self.message = message

    async def on_timeout(self) -> None:
        """Grey out the buttons so nobody clicks a dead view."""
        self.disable_all()
        try:
            if self.message is not None:
                await self.message.edit(view=self)
            elif self.origin is not None:
                await self.origin.edit_original_response(view=self)
        except discord.HTTPException:
            log.debug("Could not grey out a timed-out view")

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Let only the owner (when set) press the buttons."""
        if self.owner_id is not None and interaction.user.id != self.owner_id:
            await send_ephemeral(interaction, NOT_YOURS_TEXT)
            return False
        return True

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        """Tell the member what went wrong; log unexpected failures with their context."""
        await report_button_error(interaction, error, getattr(item, "custom_id", None))

    def disable_all(self) -> None:
        """Grey out every button and menu (after time-up or once used)."""
        for child in self.children:
            if isinstance(child, discord.ui.Button | discord.ui.Select):
                child.disabled = True


class _CallbackButton(discord.ui.Button["BaseView"]):
    def __init__(self, handler: Handler, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._handler = handler

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await self._handler(interaction)


# The asker's id rides along so feedback quoting their question is filed under them (and their forget-me
# removes it); buttons sent before it was added have no asker.
ANSWER_TEMPLATE = re.compile(r"ans:(?P<fact>[a-z0-9][a-z0-9_-]{0,63}):(?P<action>[hwq])(?::(?P<asker>\d{1,20}))?")
ANSWER_BUTTONS = (
    ("h", "Helpful", "\U0001f44d", discord.ButtonStyle.secondary),
    ("w", "Wrong match", "\U0001f44e", discord.ButtonStyle.secondary),
    ("q", "Quiz me on this", None, discord.ButtonStyle.primary),
)


class AnswerButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=ANSWER_TEMPLATE):
    """A button under an answer; its custom_id carries the fact, so it keeps working for as long as the message."""

    def __init__(self, fact_id: str, action: str, asker_id: int | None = None) -> None:
        _key, label, emoji, style = next(b for b in ANSWER_BUTTONS if b[0] == action)
        custom_id = f"ans:{fact_id}:{action}" + (f":{asker_id}" if asker_id is not None else "")
        super().__init__(discord.ui.Button(label=label, emoji=emoji, style=style, custom_id=custom_id))
        self.fact_id = fact_id
        self.action = action
        self.asker_id = asker_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> AnswerButton:
        """Rebuild the button from a click's custom_id."""
        asker = match["asker"]
        return cls(match["fact"], match["action"], int(asker) if asker else None)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Put the fact in the member's review deck, or store their verdict on the answer."""
        try:
            app = app_of(interaction)
            if self.action == "q":
                await app.reviews.add(interaction.user.id, self.fact_id)
                await send_ephemeral(interaction, "Added to your review deck: run /review to be quizzed on it.")
                return
            helpful = self.action == "h"
            await app.asking.feedback(
                interaction.guild_id,
                interaction.user.id,
                asked_question(interaction),
                self.fact_id,
                helpful,
                asker_id=self.asker_id,
            )
            text = "Thanks, glad it helped!" if helpful else "Thanks, I've flagged that match for the admins."
            await send_ephemeral(interaction, text)
        except Exception as error:
            await report_button_error(interaction, error, self.custom_id)


def asked_question(interaction: discord.Interaction[Any]) -> str:
    """Recover the member's question from the answer's footer ("You asked: ..."), for feedback records."""
    message = interaction.message
    footer = message.embeds[0].footer.text if message is not None and message.embeds else None
    if footer and footer.startswith("You asked: "):
        # The footer breaks mentions with zero-width spaces so they never ping; the record keeps what was typed.
        return footer.removeprefix("You asked: ").split(" \u00b7 ")[0].replace("\u200b", "")
    return ""


def answer_view(fact_id: str, asker_id: int | None = None) -> discord.ui.View:
    """Build the Helpful / Wrong match / Quiz me buttons under an answer to ``asker_id`` (they never time out)."""
    view = discord.ui.View(timeout=None)
    for action, *_rest in ANSWER_BUTTONS:
        view.add_item(AnswerButton(fact_id, action, asker_id))
    return view


class SuggestionView(BaseView):
    """Up to three "did you mean" buttons plus "None of these", for the member who asked."""

    def __init__(self, asking: AskingService, owner_id: int, options: list[tuple[str, str]]) -> None:
        super().__init__(owner_id=owner_id, timeout=600)
        self.asking = asking
        for fact_id, question in options[:3]:

            async def choose(interaction: discord.Interaction[Any], fact_id: str = fact_id) -> None:
                await self.choose(interaction, fact_id)

            self.add_item(
                _CallbackButton(choose, label=clip(question, BUTTON_LABEL), style=discord.ButtonStyle.primary)
            )

        async def none(interaction: discord.Interaction[Any]) -> None:
            await self.choose(interaction, None)

        self.add_item(_CallbackButton(none, label="None of these", style=discord.ButtonStyle.secondary))

    async def choose(self, interaction: discord.Interaction[Any], fact_id: str | None) -> None:
        """Show the chosen suggestion's answer, or note that none fit."""
        answer = self.asking.chosen(fact_id)
        if answer is None:
            await interaction.response.edit_message(
                content="Thanks, noted: the study material doesn't cover that yet.", embed=None, view=None
            )
            return
        fact_id = answer.best.fact.fact.id
        embed = embeds.answer_embed(answer, answer.best.fact.fact.question)
        view = answer_view(fact_id, self.owner_id) if self.asking.knowledge.base.has_fact(fact_id) else None
        await interaction.response.edit_message(embed=embed, view=view)


#: Receives a chosen option (0-3).
ChoiceHandler = Callable[[discord.Interaction[Any], int], Awaitable[None]]
#: Receives a review grade (1 again, 2 hard, 3 good, 4 easy).
GradeHandler = Callable[[discord.Interaction[Any], int], Awaitable[None]]


class ChoiceView(BaseView):
    """A to D buttons for a quiz or review question."""

    def __init__(self, handler: ChoiceHandler, choices: int, owner_id: int | None = None, timeout: float | None = 600):
        super().__init__(owner_id=owner_id, timeout=timeout)
        # Explicit ids make the view registrable before its message is sent (see QuizCog), so a click that
        # arrives before the send returns is still routed.
        token = secrets.token_hex(8)
        for index in range(choices):

            async def choose(interaction: discord.Interaction[Any], index: int = index) -> None:
                await handler(interaction, index)

            self.add_item(
                _CallbackButton(
                    choose, label=LETTERS[index], style=discord.ButtonStyle.primary, custom_id=f"choice:{token}:{index}"
                )
            )


class GradeView(BaseView):
    """Again / Hard / Good / Easy after a review card's answer, each with when it brings the card back."""

    GRADES = (
        ("Again", 1, discord.ButtonStyle.danger),
        ("Hard", 2, discord.ButtonStyle.secondary),
        ("Good", 3, discord.ButtonStyle.success),
        ("Easy", 4, discord.ButtonStyle.primary),
    )

    def __init__(self, handler: GradeHandler, owner_id: int, labels: Mapping[int, str] | None = None) -> None:
        """``labels`` replace the plain names per grade, e.g. {3: "Good · 3d"} (as Anki's buttons)."""
        super().__init__(owner_id=owner_id, timeout=600)
        for label, grade, style in self.GRADES:

            async def choose(interaction: discord.Interaction[Any], grade: int = grade) -> None:
                await handler(interaction, grade)

            text = clip((labels or {}).get(grade, label), BUTTON_LABEL)
            self.add_item(_CallbackButton(choose, label=text, style=style))


class ConfirmView(BaseView):
    """A yes/cancel question for the member who asked (e.g. deleting their data)."""

    def __init__(
        self,
        owner_id: int,
        on_confirm: Handler,
        confirm_label: str = "Yes, delete",
        *,
        cancel_text: str = "Cancelled; nothing was deleted.",
        confirm_style: discord.ButtonStyle = discord.ButtonStyle.danger,
        timeout: float | None = 120,
        single_use: bool = False,
    ) -> None:
        super().__init__(owner_id=owner_id, timeout=timeout)

        async def cancel(interaction: discord.Interaction[Any]) -> None:
            self.disable_all()
            self.stop()
            await interaction.response.edit_message(content=cancel_text, view=self)

        async def confirm(interaction: discord.Interaction[Any]) -> None:
            if single_use:
                # A second click (a double click, or one after a slow reply) is never routed here again.
                self.disable_all()
                self.stop()
            await on_confirm(interaction)

        self.add_item(_CallbackButton(confirm, label=confirm_label, style=confirm_style))
        self.add_item(_CallbackButton(cancel, label="Cancel", style=discord.ButtonStyle.secondary))


class _CallbackSelect(discord.ui.Select["BaseView"]):
    def __init__(self, handler: Callable[[discord.Interaction[Any], str], Awaitable[None]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._handler = handler

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await self._handler(interaction, self.values[0])


#: A select menu holds at most this many options, and a message this many menus (one per row).
MENU_OPTIONS = 25
MAX_TEACH_MENUS = 5
#: Discord's limits on a menu option's label and description, and on a menu's placeholder.
MENU_LABEL = 100
MENU_PLACEHOLDER = 150


@dataclass(frozen=True)
class TeachChoice:
    """One question to teach (a gap's or a report's), numbered as its embed lists it, and the facts it may mean."""

    number: int
    question: str
    #: (fact id, the fact's question, its section's title), most likely first.
    facts: tuple[tuple[str, str, str], ...]
    #: The fact members reported as a wrong match for the question, if it comes from a report.
    wrong_fact_id: str | None = None


#: Receives the choice a menu belongs to and the fact id picked in it.
TeachPickHandler = Callable[[discord.Interaction[Any], TeachChoice, str], Awaitable[None]]


class TeachView(BaseView):
    """One menu of candidate facts per listed question: picking a fact asks to confirm teaching it (its owner only)."""

    def __init__(self, owner_id: int, choices: Sequence[TeachChoice], on_pick: TeachPickHandler) -> None:
        super().__init__(owner_id=owner_id, timeout=600)
        for row, choice in enumerate([c for c in choices if c.facts][:MAX_TEACH_MENUS]):

            async def pick(interaction: discord.Interaction[Any], fact_id: str, choice: TeachChoice = choice) -> None:
                await on_pick(interaction, choice, fact_id)

            options = [
                discord.SelectOption(
                    label=clip(question, MENU_LABEL),
                    value=fact_id,
                    description=clip(f"{fact_id} \u00b7 {section}", MENU_LABEL),
                )
                for fact_id, question, section in choice.facts[:MENU_OPTIONS]
            ]
            placeholder = clip(
                f"#{choice.number}: teach \u201c{echo_plain(choice.question)}\u201d as\u2026", MENU_PLACEHOLDER
            )
            self.add_item(_CallbackSelect(pick, placeholder=placeholder, options=options, row=row))


DAILY_TEMPLATE = re.compile(r"daily:(?P<post>\d{1,18}):(?P<question>\d):(?P<choice>\d)")


class DailyAnswerButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=DAILY_TEMPLATE):
    """A daily-quiz option whose custom_id carries the post, question and option, so it outlives restarts."""

    def __init__(self, post_id: int, question: int, choice: int) -> None:
        super().__init__(
            discord.ui.Button(
                label=f"{question + 1}{LETTERS[choice]}",
                style=discord.ButtonStyle.secondary,
                custom_id=f"daily:{post_id}:{question}:{choice}",
                row=question,
            )
        )
        self.post_id = post_id
        self.question = question
        self.choice = choice

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> DailyAnswerButton:
        """Rebuild the button from a click's custom_id."""
        return cls(int(match["post"]), int(match["question"]), int(match["choice"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Record the answer and tell the member privately how they did (the view is rebuilt per click)."""
        try:
            app = app_of(interaction)
            await interaction.response.defer(ephemeral=True, thinking=True)  # the answer is checked in the database
            result = await app.daily.answer(self.post_id, self.question, interaction.user.id, self.choice)
            q = result.question
            if not result.recorded:
                text = "You already answered this question today; your first answer counts."
            elif result.correct:
                text = f"Right! {q.explanation}"
            else:
                text = (
                    f"Not quite: it's {LETTERS[q.answer_index]}) {q.answer}. {q.explanation} "
                    "(added to your /review deck)"
                )
            await send_ephemeral(interaction, text[:1900])
        except Exception as error:
            await report_button_error(interaction, error, self.custom_id)


def daily_view(post_id: int, questions: list[int]) -> discord.ui.View:
    """Build the persistent view of a daily quiz: one row of A-D per question (at most five)."""
    view = discord.ui.View(timeout=None)
    for question, choices in enumerate(questions[:5]):
        for choice in range(min(choices, 4)):
            view.add_item(DailyAnswerButton(post_id, question, choice))
    return view
