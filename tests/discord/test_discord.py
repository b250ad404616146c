"""The Discord layer with small fakes: commands, views, embeds, checks and error handling (no network)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path
from typing import Any

import discord
import pytest
from discord import app_commands

from bot.core.answering.outcomes import Answer, Suggestions
from bot.core.errors import RateLimitedError, StudyError
from bot.core.services.knowledge import KnowledgeService
from bot.discordbot import embeds, limits
from bot.discordbot.client import EXTENSIONS, REQUIRED_PERMISSIONS, StudyBot, build_intents, invite_url
from bot.discordbot.cogs.admin import AdminCog
from bot.discordbot.cogs.ask import AskCog
from bot.discordbot.cogs.daily import CannotPostError, DailyCog
from bot.discordbot.cogs.progress import ProgressCog
from bot.discordbot.cogs.quiz import QuizCog, QuizRun
from bot.discordbot.tree import GENERIC_ERROR
from bot.discordbot.views import (
    ANSWER_TEMPLATE,
    DAILY_TEMPLATE,
    AnswerButton,
    BaseView,
    DailyAnswerButton,
    SuggestionView,
    daily_view,
)
from bot.paths import PROJECT_ROOT
from tests.conftest import MINIMAL_ARTICLE
from tests.discord.fakes import FakeChannel, FakeGuild, FakeInteraction, FakeMessage, FakeUser, invoke
from tests.fakes import FakeClock, sqlite_app

NAME = re.compile(r"^[-_\w]{1,32}$")


# ---------------------------------------------------------------- loading and Discord's rules
async def test_every_extension_loads_and_every_command_follows_discords_rules(bot: StudyBot) -> None:
    async with bot:
        await bot.setup_hook()
        assert {ext for ext in bot.extensions} == set(EXTENSIONS)
        top = bot.tree.get_commands()
        assert 1 <= len(top) <= 100
        for command in bot.tree.walk_commands():
            assert NAME.match(command.name), command.name
            assert command.name == command.name.lower(), command.name
            assert 1 <= len(command.description) <= limits.COMMAND_DESCRIPTION, command.qualified_name
            if isinstance(command, app_commands.Command):
                for parameter in command.parameters:
                    assert NAME.match(parameter.name), parameter.name
                    assert 1 <= len(parameter.description) <= 100, (command.name, parameter.name)
                    assert len(parameter.choices) <= limits.CHOICES
        payload = [command.to_dict(bot.tree) for command in top]
        assert all(len(p["name"]) <= 32 for p in payload)


def test_client_never_pings_and_uses_minimal_intents(bot: StudyBot) -> None:
    mentions = bot.allowed_mentions
    assert mentions is not None
    assert (mentions.everyone, mentions.users, mentions.roles, mentions.replied_user) == (False, False, False, False)
    intents = build_intents(message_content=False)
    assert intents.guilds
    assert intents.guild_messages
    assert not (intents.message_content)
    assert not (intents.members)
    assert not (intents.presences)


def test_invite_asks_for_exactly_the_needed_permissions() -> None:
    url = invite_url(1234)
    assert f"permissions={REQUIRED_PERMISSIONS.value}" in url
    assert "scope=bot+applications.commands" in url
    assert not REQUIRED_PERMISSIONS.administrator
    assert not REQUIRED_PERMISSIONS.mention_everyone


# ---------------------------------------------------------------- /ask
async def test_ask_answers_with_source_and_feedback_buttons(bot: StudyBot) -> None:
    cog = AskCog(bot)
    interaction = FakeInteraction(client=bot)
    await invoke(AskCog.ask, cog, interaction, question="cepa year?")
    sent = interaction.last
    assert sent.embed is not None
    assert limits.fits(sent.embed)
    text = " ".join(f"{f.name} {f.value}" for f in sent.embed.fields)
    assert "2011" in text
    assert "India-Japan Partnership (Vision IAS)" in text
    assert sent.view is not None
    assert sent.view.timeout is None  # answer buttons never go dead
    buttons = [item for item in sent.view.children if isinstance(item, AnswerButton)]
    assert [b.item.label for b in buttons] == ["Helpful", "Wrong match", "Quiz me on this"]
    assert all(ANSWER_TEMPLATE.fullmatch(b.custom_id) and len(b.custom_id) <= limits.CUSTOM_ID for b in buttons)


async def test_ask_declines_and_logs_for_admins(bot: StudyBot) -> None:
    cog = AskCog(bot)
    interaction = FakeInteraction(client=bot)
    await invoke(AskCog.ask, cog, interaction, question="who heads JAXA")
    sent = interaction.last
    assert sent.embed is not None
    assert sent.embed.title == "Not in the study material"
    assert [g.examples[0] for g in await bot.app.curation.gaps(100)] == ["who heads JAXA"]


async def test_suggestions_come_as_at_most_three_buttons_plus_none(bot: StudyBot) -> None:
    outcome = bot.app.asking.answer("when did japan join the quad")
    assert isinstance(outcome, Suggestions)
    options = [(m.fact.fact.id, m.fact.fact.question) for m in outcome.options]
    view = SuggestionView(AskCog(bot), 1, options)
    labels = [b.label for b in view.children]  # type: ignore[attr-defined]
    assert labels[-1] == "None of these"
    assert 2 <= len(labels) <= 4
    assert all(len(label or "") <= limits.BUTTON_LABEL for label in labels)


async def test_rate_limit_gives_a_friendly_message(bot: StudyBot) -> None:
    cog = AskCog(bot)
    for _ in range(5):
        await invoke(AskCog.ask, cog, FakeInteraction(client=bot), question="cepa year?")
    interaction = FakeInteraction(client=bot)
    await invoke(AskCog.ask, cog, interaction, question="cepa year?")
    assert interaction.last.ephemeral
    assert "You're asking quickly" in (interaction.last.content or "")


async def test_feedback_and_quiz_me_buttons(bot: StudyBot) -> None:
    interaction = FakeInteraction(user_id=7, client=bot)
    await AnswerButton("cepa_year", "q").callback(interaction)
    assert "review deck" in (interaction.last.content or "")
    item = await bot.app.reviews.next(7)
    assert item is not None
    assert item.question.fact_id == "cepa_year"
    feedback = FakeInteraction(user_id=7, client=bot)
    await AnswerButton("cepa_year", "w").callback(feedback)
    assert feedback.last.ephemeral


# ---------------------------------------------------------------- channel answering
async def test_channel_answers_in_ask_channels_and_on_mentions(bot: StudyBot) -> None:
    cog = AskCog(bot)
    me = FakeUser(555, bot=True)
    bot._connection.user = me  # type: ignore[assignment]
    await bot.app.guilds.set_ask_channel(100, 200, True)
    channel = FakeChannel(200)
    member = FakeUser(8)
    answered = FakeMessage(1, channel, "cepa year?", member, guild=FakeGuild())
    await cog.on_message(answered)  # type: ignore[arg-type]
    assert answered.replies
    assert "2011" in str(answered.replies[0].embed.to_dict())
    repeat = FakeMessage(2, channel, "cepa year??", member, guild=FakeGuild())
    await cog.on_message(repeat)  # type: ignore[arg-type]
    assert repeat.replies == []  # same fact in the same channel: cooldown
    quiet = FakeMessage(3, channel, "who heads JAXA", member, guild=FakeGuild())
    await cog.on_message(quiet)  # type: ignore[arg-type]
    assert quiet.replies == []  # declines stay silent in ask-channels
    elsewhere = FakeChannel(201)
    mentioned = FakeMessage(4, elsewhere, "<@555> who heads JAXA", member, mentions=[me], guild=FakeGuild())
    await cog.on_message(mentioned)  # type: ignore[arg-type]
    assert mentioned.replies[0].embed.title == "Not in the study material"  # type: ignore[union-attr]
    ignored = FakeMessage(5, elsewhere, "cepa year?", member, guild=FakeGuild())
    await cog.on_message(ignored)  # type: ignore[arg-type]
    assert ignored.replies == []


# ---------------------------------------------------------------- admin checks and the error handler
@pytest.mark.parametrize(
    ("cog", "attribute"),
    [
        *((AdminCog, name) for name in ["stats", "gaps", "add", "remove", "list_channels", "scoring"]),
        *((DailyCog, name) for name in ["set", "off", "now", "status"]),
    ],
)
async def test_admin_commands_need_manage_server(bot: StudyBot, cog: type, attribute: str) -> None:
    command = getattr(cog, attribute)
    interaction = FakeInteraction(manage_guild=False, client=bot)
    with pytest.raises(app_commands.MissingPermissions):
        await command._check_can_run(interaction)
    assert await command._check_can_run(FakeInteraction(manage_guild=True, client=bot))


def test_admin_groups_are_hidden_from_members_by_default() -> None:
    for group in (AdminCog.kb, AdminCog.config, DailyCog.daily):
        assert group.default_permissions is not None
        assert group.default_permissions.manage_guild


async def test_missing_permission_is_explained_privately(bot: StudyBot) -> None:
    interaction = FakeInteraction(manage_guild=False, client=bot)
    await invoke(AdminCog.stats, AdminCog(bot), interaction)
    assert interaction.last.ephemeral
    assert interaction.last.content == "You need the Manage Server permission to do that."


async def test_unexpected_errors_are_logged_with_context_and_members_get_a_short_message(
    bot: StudyBot, caplog: pytest.LogCaptureFixture
) -> None:
    interaction = FakeInteraction(user_id=3, client=bot)
    interaction.command = AskCog.ask
    error = app_commands.CommandInvokeError(AskCog.ask, ZeroDivisionError("boom"))
    with caplog.at_level(logging.ERROR):
        await bot.tree.on_error(interaction, error)  # type: ignore[arg-type]
    assert interaction.last.content == GENERIC_ERROR
    assert interaction.last.ephemeral
    record = caplog.records[-1]
    assert "guild 100, channel 200, user 3" in record.getMessage()
    assert record.exc_info is not None


async def test_expected_errors_keep_their_message(bot: StudyBot) -> None:
    for error, text in [
        (StudyError("There is no quiz running in this channel."), "There is no quiz running in this channel."),
        (RateLimitedError(3), "You're asking quickly! Try again in 3 s."),
    ]:
        interaction = FakeInteraction(client=bot)
        await bot.tree.on_error(interaction, app_commands.CommandInvokeError(AskCog.ask, error))  # type: ignore[arg-type]
        assert interaction.last.content == text


async def test_kb_reload_with_a_broken_file_keeps_the_old_knowledge(
    tmp_path: Path, write_knowledge: Any, bot: StudyBot
) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    bot = StudyBot(await sqlite_app(tmp_path / "other", KnowledgeService.from_directory(folder)))
    bot.owner_id = 1  # the application's owner runs the reload
    (folder / "demo.yaml").write_text(MINIMAL_ARTICLE.replace("answer: Always", "answer: Often"), encoding="utf-8")
    interaction = FakeInteraction(manage_guild=True, client=bot)
    await invoke(AdminCog.reload, AdminCog(bot), interaction)
    embed = interaction.last.embed
    assert embed is not None
    assert "Reload refused" in (embed.title or "")
    assert "demo.yaml:19:5" in (embed.description or "")
    assert isinstance(bot.app.asking.answer("demo fact please"), Answer)


# ---------------------------------------------------------------- quizzes, daily, review
async def test_quiz_buttons_acknowledge_privately_and_count_once(bot: StudyBot) -> None:
    cog = QuizCog(bot)
    quiz = (await bot.app.quizzes.begin(100, 200, 1, question_count=1)).quiz
    click = FakeInteraction(user_id=4, client=bot)
    await cog.on_answer(click, quiz.current.answer_index, quiz.quiz_id, quiz.current.id)
    assert click.last.ephemeral
    assert click.last.content is not None
    assert click.last.content.startswith("Locked in")
    again = FakeInteraction(user_id=4, client=bot)
    await cog.on_answer(again, 0, quiz.quiz_id, quiz.current.id)
    assert "already answered" in (again.last.content or "")
    stale = FakeInteraction(user_id=5, client=bot)
    await cog.on_answer(stale, 0, "an-earlier-quiz", quiz.current.id)
    assert stale.last.content == "Time's up for this question."
    for task in list(cog._background):
        task.cancel()


async def test_quiz_stop_by_a_member_who_did_not_start_it_is_refused(bot: StudyBot) -> None:
    await bot.app.quizzes.begin(100, 200, 1)
    interaction = FakeInteraction(user_id=9, client=bot)
    await invoke(QuizCog.stop, QuizCog(bot), interaction)
    assert interaction.last.content == "Only the member who started the quiz or an admin can stop it."


async def test_daily_buttons_are_persistent_and_record_once(bot: StudyBot) -> None:
    await bot.app.guilds.configure_daily(100, 300, "09:00", questions=3)
    quiz = await bot.app.daily.post(100)
    assert quiz is not None
    view = daily_view(quiz.post.id, [len(q.choices) for q in quiz.questions])
    assert view.timeout is None
    assert view.is_persistent()
    ids = [item.custom_id for item in view.children]  # type: ignore[attr-defined]
    assert len(ids) == 12
    assert all(len(i) <= limits.CUSTOM_ID and DAILY_TEMPLATE.fullmatch(i) for i in ids)
    match = DAILY_TEMPLATE.fullmatch(ids[5])
    assert match is not None
    rebuilt = await DailyAnswerButton.from_custom_id(None, None, match)  # type: ignore[arg-type]
    assert (rebuilt.post_id, rebuilt.question, rebuilt.choice) == (quiz.post.id, 1, 1)
    click = FakeInteraction(user_id=11, client=bot)
    await DailyAnswerButton(quiz.post.id, 0, quiz.questions[0].answer_index).callback(click)
    assert (click.last.content or "").startswith("Right!")
    twice = FakeInteraction(user_id=11, client=bot)
    await DailyAnswerButton(quiz.post.id, 0, 0).callback(twice)
    assert "first answer counts" in (twice.last.content or "")


async def test_daily_post_survives_a_failed_send_and_is_retried(bot: StudyBot) -> None:
    await bot.app.guilds.configure_daily(100, 300, "09:00", questions=2)
    cog = DailyCog.__new__(DailyCog)
    cog.bot = bot
    channel = FakeChannel(300)
    channel.fail_with = discord.Forbidden(_FakeHTTPResponse(403), "Missing Permissions")  # type: ignore[arg-type]
    guild = FakeGuild(100, channel)
    bot.get_guild = lambda _id: guild  # type: ignore[method-assign,assignment,return-value]
    with pytest.raises(CannotPostError):
        await cog.post(100, 300)
    assert await bot.app.daily.today(100) is not None  # claimed...
    assert (await bot.app.daily.today(100)).post.message_id is None  # type: ignore[union-attr]  # ...not posted
    assert await bot.app.daily.due_guilds() == []  # Discord refused it: the loop waits for a fix, no retry storm
    bot.app.daily.clear_problem(100)  # what /daily set and a successful /daily now do
    assert [g.guild_id for g in await bot.app.daily.due_guilds()] == [100]
    channel.fail_with = None
    assert await cog.post(100, 300) is None  # the retry waits for its lease
    bot.app.clock.now += dt.timedelta(minutes=2)  # type: ignore[attr-defined]
    retried = await cog.post(100, 300)
    assert retried is not None
    assert len(channel.sent) == 1
    assert await bot.app.daily.due_guilds() == []


async def test_review_flow_reveals_then_grades(bot: StudyBot) -> None:
    cog = ProgressCog(bot)
    await bot.app.reviews.add(12, "cepa_year")
    start = FakeInteraction(user_id=12, client=bot)
    await invoke(ProgressCog.review, cog, start)
    assert start.last.ephemeral
    assert start.last.embed is not None
    assert start.last.embed.title == "Review"
    answer = FakeInteraction(user_id=12, client=bot)
    item = await bot.app.reviews.next(12)
    assert item is not None
    await cog.on_review_answer(answer, "cepa_year", item.question.answer_index)
    assert answer.last.kind == "edit"
    grade = FakeInteraction(user_id=12, client=bot)
    await cog.on_review_grade(grade, "cepa_year", 3)
    due = bot.app.clock() + dt.timedelta(minutes=10)
    assert f"Next time for that card: <t:{int(due.timestamp())}:R>." in (grade.last.content or "")


async def test_views_refuse_other_members_and_report_errors(bot: StudyBot) -> None:
    view = BaseView(owner_id=1)
    other = FakeInteraction(user_id=2, client=bot)
    assert not await view.interaction_check(other)  # type: ignore[arg-type]
    assert other.last.ephemeral
    failing = FakeInteraction(user_id=1, client=bot)
    await view.on_error(failing, RuntimeError("x"), discord.ui.Button(label="A"))  # type: ignore[arg-type]
    assert failing.last.content == "Something went wrong with that button. Please try again."


# ---------------------------------------------------------------- embeds stay within limits
def test_every_answer_and_quiz_embed_fits_discords_limits(bot: StudyBot) -> None:
    from bot.core.answering.outcomes import Match

    longest_question = "x" * 500
    for sourced in bot.app.knowledge.base.facts:
        answer = Answer((Match(sourced, 0.9, 1.0, "test"),))
        assert limits.fits(embeds.answer_embed(answer, longest_question))
    questions = sorted(bot.app.questions.bank.choice_questions(), key=lambda q: -len(q.prompt))
    assert limits.fits(embeds.daily_embed(questions[:5], "6 Oct 2025", None))
    assert limits.fits(embeds.review_embed(questions[0], 99))


def test_long_lists_are_truncated_cleanly() -> None:
    from bot.core.knowledge.problems import Problem

    problems = [Problem(f"knowledge/file{i}.yaml", i, 3, "x" * 120) for i in range(300)]
    embed = embeds.problems_embed(problems, "Reload refused")
    assert limits.fits(embed)
    assert (embed.description or "").endswith("(run `studybot validate`)")
    assert limits.clip("abcdef", 4) == "abc\u2026"


class _FakeHTTPResponse:
    def __init__(self, status: int) -> None:
        self.status = status
        self.reason = "Forbidden"


async def test_quiz_runner_posts_questions_reveals_and_standings(
    bot: StudyBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    from bot.discordbot.cogs import quiz as quiz_module

    clock: FakeClock = bot.app.clock  # type: ignore[assignment]
    real_sleep = asyncio.sleep

    async def fake_sleep(seconds: float) -> None:
        # Time passes on the fake clock only; let other tasks run.
        clock.now += dt.timedelta(seconds=seconds)
        await real_sleep(0)

    monkeypatch.setattr(quiz_module.asyncio, "sleep", fake_sleep)
    cog = QuizCog(bot)
    channel = FakeChannel(200)
    quiz = (await bot.app.quizzes.begin(100, 200, 1, question_count=2, seconds=10)).quiz
    await bot.app.quizzes.answer(200, 5, quiz.current.answer_index)
    await cog._run(QuizRun(quiz, channel))
    titles = [sent.embed.title for sent in channel.sent if sent.embed is not None]
    assert titles[0] == "Question 1 of 2"
    assert titles[1] is not None
    assert titles[1].startswith("Answer: ")
    assert titles[2] == "Question 2 of 2"
    assert titles[-1] == "Quiz over!"
    assert all(limits.fits(sent.embed) for sent in channel.sent if sent.embed is not None)
    assert bot.app.quizzes.running(200) is None
    assert "<@5>" in (channel.sent[-1].embed.description or "")  # type: ignore[union-attr]


async def test_daily_loop_leaves_guilds_of_other_shards_alone(bot: StudyBot) -> None:
    await bot.app.guilds.configure_daily(100, 300, "09:00", questions=2)
    cog = DailyCog.__new__(DailyCog)
    cog.bot = bot
    bot.get_guild = lambda _id: None  # type: ignore[method-assign,assignment,return-value]
    assert await cog.post(100, 300) is None
    assert (await bot.app.guilds.config(100)).daily_enabled  # not switched off by a process that lacks the guild


def test_readme_states_the_invite_permissions_the_code_asks_for() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert f"permissions integer `{REQUIRED_PERMISSIONS.value}`" in readme


async def test_timed_out_views_grey_out_their_buttons(bot: StudyBot) -> None:
    outcome = bot.app.asking.answer("when did japan join the quad")
    assert isinstance(outcome, Suggestions)
    view = SuggestionView(AskCog(bot), 1, [(m.fact.fact.id, m.fact.fact.question) for m in outcome.options])
    origin = FakeInteraction(client=bot)
    view.shown(origin=origin)  # type: ignore[arg-type]
    await view.on_timeout()
    assert origin.last.kind == "edit_original"
    assert all(item.disabled for item in view.children)  # type: ignore[attr-defined]
