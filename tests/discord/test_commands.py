"""The success path of every slash command, run through its real callback, and the limits that must expire."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from types import SimpleNamespace

import discord
import pytest

from bot.core.services.knowledge import KnowledgeService
from bot.core.study.quiz import FinalResult
from bot.discordbot.client import StudyBot
from bot.discordbot.cogs.admin import AdminCog
from bot.discordbot.cogs.ask import AskCog
from bot.discordbot.cogs.daily import DailyCog
from bot.discordbot.cogs.help import HelpCog
from bot.discordbot.cogs.progress import ProgressCog
from bot.discordbot.cogs.quiz import QuizCog
from bot.discordbot.cogs.summary import SummaryCog
from bot.discordbot.views import AnswerButton, ConfirmView, DailyAnswerButton
from tests.discord.fakes import FakeChannel, FakeGuild, FakeInteraction, FakeMessage, FakeUser, invoke
from tests.fakes import FakeClock, FakeStore, sqlite_app

GUILD, CHANNEL = 100, 200
WINNER, LOSER = 5, 6


def clock_of(bot: StudyBot) -> FakeClock:
    clock = bot.app.clock
    assert isinstance(clock, FakeClock)
    return clock


def embed_text(embed: discord.Embed | None) -> str:
    assert embed is not None
    parts = [embed.title or "", embed.description or "", embed.footer.text or ""]
    parts += [f"{f.name}\n{f.value}" for f in embed.fields]
    return "\n".join(parts)


async def play_one_question(bot: StudyBot) -> None:
    """WINNER answers the one question right and LOSER wrong; the quiz ends and is stored."""
    quizzes = bot.app.quizzes
    quiz = (await quizzes.begin(GUILD, CHANNEL, 1, question_count=1, seconds=10)).quiz
    right = quiz.current.answer_index
    await quizzes.answer(CHANNEL, WINNER, right)
    await quizzes.answer(CHANNEL, LOSER, (right + 1) % len(quiz.current.choices))
    clock_of(bot).advance(seconds=11)
    await quizzes.close_question(CHANNEL)
    assert isinstance(await quizzes.advance(CHANNEL), FinalResult)


def on_this_guild(bot: StudyBot, *channels: FakeChannel) -> FakeGuild:
    guild = FakeGuild(GUILD, *channels)
    bot.get_guild = lambda _id: guild if _id == GUILD else None  # type: ignore[method-assign,assignment,return-value]
    return guild


# ---------------------------------------------------------------- /summary
@pytest.mark.parametrize(
    ("topic", "title"),
    [
        (None, "Summary: India-Japan Partnership"),
        ("Conclusoin", "Summary: Conclusion"),  # a typo still finds the section
    ],
)
async def test_summary_returns_the_summary_with_its_source(bot: StudyBot, topic: str | None, title: str) -> None:
    interaction = FakeInteraction(client=bot)
    await invoke(SummaryCog.summary, SummaryCog(bot), interaction, section=topic)
    embed = interaction.last.embed
    assert embed is not None
    assert embed.title == title
    assert (embed.description or "").count("\u2022") >= 1  # the bullets
    assert [f.name for f in embed.fields] == ["Source"]
    assert not interaction.last.ephemeral


async def test_summary_of_an_unclear_topic_suggests_sections(bot: StudyBot) -> None:
    interaction = FakeInteraction(client=bot)
    await invoke(SummaryCog.summary, SummaryCog(bot), interaction, section="cooperation")
    embed = interaction.last.embed
    assert embed is not None
    assert embed.title == "Which section? (cooperation)"
    suggested = [t for t in bot.app.knowledge.section_titles() if t in (embed.description or "")]
    assert 1 <= len(suggested) <= 3
    assert (embed.description or "").startswith("Try one of: ")


# ---------------------------------------------------------------- /leaderboard, /stats, /forget-me
@pytest.mark.parametrize("period", ["all-time", "weekly"])
async def test_leaderboard_ranks_the_players_of_a_quiz(bot: StudyBot, period: str) -> None:
    await play_one_question(bot)
    interaction = FakeInteraction(user_id=LOSER, client=bot)
    await invoke(ProgressCog.leaderboard, ProgressCog(bot), interaction, period=period)
    embed = interaction.last.embed
    assert embed is not None
    lines = (embed.description or "").splitlines()
    assert lines[0].startswith(f"**#1** <@{WINNER}> \u2014 ")
    assert lines[1].startswith(f"**#2** <@{LOSER}> \u2014 0 pts")
    assert "You: #2" in (embed.footer.text or "")
    assert not interaction.last.ephemeral


async def test_stats_shows_your_own_numbers_privately_and_a_members_publicly(bot: StudyBot) -> None:
    await play_one_question(bot)
    mine = FakeInteraction(user_id=WINNER, client=bot)
    await invoke(ProgressCog.stats, ProgressCog(bot), mine)
    assert mine.last.ephemeral
    embed = mine.last.embed
    assert embed is not None
    fields = {f.name: f.value for f in embed.fields}
    assert (fields["Answered"], fields["Accuracy"]) == ("1", "100%")
    assert int(fields["Points"] or 0) > 0
    theirs = FakeInteraction(user_id=WINNER, client=bot)
    await invoke(ProgressCog.stats, ProgressCog(bot), theirs, member=FakeUser(LOSER))
    assert not theirs.last.ephemeral
    assert theirs.last.embed is not None
    assert theirs.last.embed.description == f"<@{LOSER}>"
    assert {f.name: f.value for f in theirs.last.embed.fields}["Reviews due"] == "1"  # the wrong answer


async def test_forget_me_deletes_the_members_data_after_confirmation(bot: StudyBot) -> None:
    await play_one_question(bot)
    await bot.app.asking.ask("who heads JAXA", GUILD, LOSER)
    assert await bot.app.reviews.next(LOSER) is not None
    cog = ProgressCog(bot)
    interaction = FakeInteraction(user_id=LOSER, client=bot)
    await invoke(ProgressCog.forget_me, cog, interaction)
    assert interaction.last.ephemeral
    view = interaction.last.view
    assert isinstance(view, ConfirmView)
    yes = view.children[0]
    assert isinstance(yes, discord.ui.Button)
    assert yes.label == "Yes, delete"
    click = FakeInteraction(user_id=LOSER, client=bot)
    await yes.callback(click)
    assert (click.last.content or "").startswith("Done: deleted ")
    assert (await bot.app.progress.stats(GUILD, LOSER)).tally.answered == 0
    assert await bot.app.reviews.next(LOSER) is None
    assert await bot.app.curation.gaps(GUILD) == []
    assert (await bot.app.progress.stats(GUILD, WINNER)).tally.answered == 1  # nobody else's


# ---------------------------------------------------------------- /help
async def test_help_lists_every_command(bot: StudyBot) -> None:
    async with bot:
        await bot.setup_hook()
        command = bot.tree.get_command("help")  # the loaded extension's own command and cog
        assert isinstance(command, discord.app_commands.Command)
        assert type(command.binding).__name__ == HelpCog.__name__
        interaction = FakeInteraction(client=bot)
        await invoke(command, command.binding, interaction)
        commands = {
            f"/{c.qualified_name}" for c in bot.tree.walk_commands() if not isinstance(c, discord.app_commands.Group)
        }
    embed = interaction.last.embed
    assert embed is not None
    assert interaction.last.ephemeral
    assert {f.name for f in embed.fields} == commands
    assert {"/ask", "/daily status", "/kb reload", "/forget-me"} <= commands
    ask = next(f.value for f in embed.fields if f.name == "/ask")
    assert "`/ask question: cepa year?`" in (ask or "")


# ---------------------------------------------------------------- /daily off and now
async def test_daily_off_switches_the_daily_quiz_off(bot: StudyBot) -> None:
    await bot.app.guilds.configure_daily(GUILD, 300, "09:00")
    interaction = FakeInteraction(manage_guild=True, client=bot)
    await invoke(DailyCog.off, DailyCog(bot), interaction)
    assert interaction.last.content == "The daily quiz is off."
    assert interaction.last.ephemeral
    assert not (await bot.app.guilds.config(GUILD)).daily_enabled


async def test_daily_now_posts_todays_quiz_once(bot: StudyBot) -> None:
    await bot.app.guilds.configure_daily(GUILD, 300, "23:00", questions=2)  # not due yet: only /daily now posts
    channel = FakeChannel(300, "daily")
    on_this_guild(bot, channel)
    cog = DailyCog(bot)
    first = FakeInteraction(manage_guild=True, client=bot)
    await invoke(DailyCog.now, cog, first)
    assert first.last.content == "Posted today's daily quiz in <#300>."
    assert len(channel.sent) == 1
    assert (channel.sent[0].embed.title or "").startswith("Daily quiz")  # type: ignore[union-attr]
    today = await bot.app.daily.today(GUILD)
    assert today is not None
    assert today.post.message_id is not None
    again = FakeInteraction(manage_guild=True, client=bot)
    await invoke(DailyCog.now, cog, again)
    assert again.last.content == "Today's daily quiz was already posted."
    assert len(channel.sent) == 1


# ---------------------------------------------------------------- /config
@pytest.mark.parametrize(
    ("points", "streak", "text"),
    [
        ("flat", False, "Quizzes now score flat points, without streak bonus."),
        ("speed", True, "Quizzes now score speed-weighted points, with streak bonus."),
    ],
)
async def test_config_scoring_is_stored(bot: StudyBot, points: str, streak: bool, text: str) -> None:
    interaction = FakeInteraction(manage_guild=True, client=bot)
    await invoke(AdminCog.scoring, AdminCog(bot), interaction, points=points, streak_bonus=streak)
    assert interaction.last.content == text
    config = await bot.app.guilds.config(GUILD)
    assert (config.speed_scoring, config.streak_bonus) == (points == "speed", streak)


async def test_config_ask_channel_list_and_remove(bot: StudyBot) -> None:
    cog = AdminCog(bot)
    await bot.app.guilds.set_ask_channel(GUILD, 201, True)
    await bot.app.guilds.set_ask_channel(GUILD, 202, True)
    listed = FakeInteraction(manage_guild=True, client=bot)
    await invoke(AdminCog.list_channels, cog, listed)
    assert listed.last.content == "<#201>, <#202>"
    removed = FakeInteraction(manage_guild=True, client=bot)
    await invoke(AdminCog.remove, cog, removed, channel=FakeChannel(201))
    assert removed.last.content == "<#201> is no longer an ask-channel."
    again = FakeInteraction(manage_guild=True, client=bot)
    await invoke(AdminCog.remove, cog, again, channel=FakeChannel(201))
    assert again.last.content == "<#201> is no longer an ask-channel (no change)."
    assert await bot.app.guilds.ask_channels(GUILD) == frozenset({202})
    await invoke(AdminCog.remove, cog, FakeInteraction(manage_guild=True, client=bot), channel=FakeChannel(202))
    empty = FakeInteraction(manage_guild=True, client=bot)
    await invoke(AdminCog.list_channels, cog, empty)
    assert empty.last.content == "No ask-channels yet: add one with /config ask-channel add."


# ---------------------------------------------------------------- /kb stats and gaps
async def test_kb_stats_counts_the_knowledge_in_use(bot: StudyBot) -> None:
    interaction = FakeInteraction(manage_guild=True, client=bot)
    await invoke(AdminCog.stats, AdminCog(bot), interaction)
    embed = interaction.last.embed
    assert embed is not None
    assert embed.title == "Knowledge base"
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Facts"] == str(bot.app.knowledge.stats["facts"])
    assert int(fields["Facts"] or 0) > 0


async def test_kb_gaps_lists_what_members_asked_that_was_not_answered(bot: StudyBot) -> None:
    cog = AskCog(bot)
    for user, question in enumerate(["who heads JAXA", "who heads jaxa?", "cepa year?"], start=20):
        await invoke(AskCog.ask, cog, FakeInteraction(user_id=user, client=bot), question=question)
    interaction = FakeInteraction(manage_guild=True, client=bot)
    await invoke(AdminCog.gaps, AdminCog(bot), interaction)
    embed = interaction.last.embed
    assert embed is not None
    assert embed.title == "Gaps \u2014 what members asked that the material did not answer"
    assert embed.fields[0].name is not None
    assert embed.fields[0].name.startswith("2\u00d7")
    assert "who heads JAXA" in (embed.fields[0].value or "")
    assert "cepa" not in embed_text(embed)  # answered questions are not gaps


# ---------------------------------------------------------------- /quiz stop
@pytest.mark.parametrize(("user_id", "admin"), [(1, False), (9, True)], ids=["host", "admin"])
async def test_quiz_stop_by_its_host_or_an_admin_ends_the_quiz(bot: StudyBot, user_id: int, admin: bool) -> None:
    cog = QuizCog(bot)
    channel = FakeChannel(CHANNEL)
    start = FakeInteraction(user_id=1, client=bot)
    start.channel = channel
    await invoke(QuizCog.start, cog, start, questions=3, seconds=30)
    assert (start.last.content or "").startswith("Quiz starting: 3 question(s)")
    run = cog._runs[CHANNEL]
    for _ in range(5):
        await asyncio.sleep(0)  # the runner posts the first question
    assert (channel.sent[0].embed.title or "") == "Question 1 of 3"  # type: ignore[union-attr]
    stop = FakeInteraction(user_id=user_id, manage_guild=admin, client=bot)
    await invoke(QuizCog.stop, cog, stop)
    assert stop.last.embed is not None
    assert stop.last.embed.title == "Quiz stopped."
    assert bot.app.quizzes.running(CHANNEL) is None
    assert CHANNEL not in cog._runs
    assert run.task is not None
    with contextlib.suppress(asyncio.CancelledError):
        await run.task
    assert run.task.cancelled()
    assert all(button.disabled for button in run.views[-1].children)  # type: ignore[attr-defined]


# ---------------------------------------------------------------- limits that must expire
async def test_ask_rate_limit_expires(bot: StudyBot) -> None:
    cog = AskCog(bot)
    for _ in range(5):
        await invoke(AskCog.ask, cog, FakeInteraction(user_id=3, client=bot), question="cepa year?")
    refused = FakeInteraction(user_id=3, client=bot)
    await invoke(AskCog.ask, cog, refused, question="cepa year?")
    assert (refused.last.content or "").startswith("You're asking quickly! Try again in ")
    clock_of(bot).advance(seconds=61)  # the window is 60 s
    again = FakeInteraction(user_id=3, client=bot)
    await invoke(AskCog.ask, cog, again, question="cepa year?")
    assert again.last.content is None
    assert "2011" in embed_text(again.last.embed)


async def test_channel_repeat_cooldown_expires(bot: StudyBot) -> None:
    cog = AskCog(bot)
    bot._connection.user = FakeUser(555, bot=True)  # type: ignore[assignment]
    await bot.app.guilds.set_ask_channel(GUILD, CHANNEL, True)
    channel = FakeChannel(CHANNEL)
    guild = FakeGuild(GUILD, channel)
    first = FakeMessage(1, channel, "cepa year?", FakeUser(8), guild=guild)
    await cog.on_message(first)  # type: ignore[arg-type]
    assert len(first.replies) == 1
    repeat = FakeMessage(2, channel, "cepa year?", FakeUser(9), guild=guild)
    await cog.on_message(repeat)  # type: ignore[arg-type]
    assert repeat.replies == []
    clock_of(bot).advance(seconds=121)  # the cooldown is 120 s
    later = FakeMessage(3, channel, "cepa year?", FakeUser(9), guild=guild)
    await cog.on_message(later)  # type: ignore[arg-type]
    assert len(later.replies) == 1
    assert "2011" in embed_text(later.replies[0].embed)


async def test_a_wrong_daily_answer_lands_in_the_members_review_deck(bot: StudyBot) -> None:
    await bot.app.guilds.configure_daily(GUILD, 300, "09:00", questions=2)
    quiz = await bot.app.daily.post(GUILD)
    assert quiz is not None
    question = quiz.questions[1]
    wrong = (question.answer_index + 1) % len(question.choices)
    click = FakeInteraction(user_id=14, client=bot)
    await DailyAnswerButton(quiz.post.id, 1, wrong).callback(click)
    assert (click.last.content or "").startswith("Not quite")
    assert "added to your /review deck" in (click.last.content or "")
    item = await bot.app.reviews.next(14)
    assert item is not None
    assert item.question.fact_id == question.fact_id
    review = FakeInteraction(user_id=14, client=bot)
    await invoke(ProgressCog.review, ProgressCog(bot), review)
    assert review.last.embed is not None
    assert review.last.embed.title == "Review"


async def test_wrong_match_feedback_is_stored_with_the_question(tmp_path: Path, shipped: KnowledgeService) -> None:
    store = FakeStore()
    app = await sqlite_app(tmp_path, shipped, FakeClock(), store=store)
    bot = StudyBot(app)
    try:
        asked = FakeInteraction(user_id=7, client=bot)
        await invoke(AskCog.ask, AskCog(bot), asked, question="cepa year?")
        answer = asked.last.embed
        assert answer is not None
        click = FakeInteraction(user_id=8, client=bot)
        click.message = SimpleNamespace(embeds=[answer])  # the answer message the button sits under
        await AnswerButton("cepa_year", "w").callback(click)
        assert click.last.content == "Thanks, I've flagged that match for the admins."
        assert store.feedback_log == [(GUILD, 8, "cepa year?", "cepa_year", False)]
        helpful = FakeInteraction(user_id=9, client=bot)
        helpful.message = SimpleNamespace(embeds=[answer])
        await AnswerButton("cepa_year", "h").callback(helpful)
        assert store.feedback_log[-1] == (GUILD, 9, "cepa year?", "cepa_year", True)
    finally:
        await app.close()
