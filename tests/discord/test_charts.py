"""Charts in Discord: /stats and /leaderboard attach a PNG shown in their embed, and so does a long quiz's end."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

import pytest

from bot.discordbot.client import StudyBot
from bot.discordbot.cogs import progress as progress_module
from bot.discordbot.cogs import quiz as quiz_module
from bot.discordbot.cogs.progress import ProgressCog
from bot.discordbot.cogs.quiz import QuizCog, QuizRun
from tests.discord.fakes import FakeChannel, FakeInteraction, FakeUser, Sent, invoke
from tests.discord.test_commands import CHANNEL, GUILD, LOSER, WINNER, play_one_question
from tests.fakes import FakeClock

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def attached_png(sent: Sent, filename: str) -> bytes:
    """Return the one PNG attached to a message, checking the embed shows it."""
    assert [f.filename for f in sent.files] == [filename]
    assert sent.embed is not None
    assert sent.embed.image.url == f"attachment://{filename}"
    data = sent.files[0].fp.read()
    assert data.startswith(PNG_SIGNATURE)
    assert len(data) > 5000
    return data


async def test_stats_attaches_the_members_chart_privately(bot: StudyBot) -> None:
    await play_one_question(bot)
    interaction = FakeInteraction(user_id=WINNER, client=bot)
    await invoke(ProgressCog.stats, ProgressCog(bot), interaction)
    assert [s.kind for s in interaction.sent] == ["defer", "followup"]  # acknowledged before the work
    sent = interaction.last
    assert sent.ephemeral
    attached_png(sent, "stats.png")
    description = sent.files[0].description or ""
    assert "Last 30 days: 1 answered, 1 right" in description  # the alt text carries the numbers
    fields = {f.name: f.value for f in sent.embed.fields} if sent.embed else {}
    assert fields["Answered"] == "1"


async def test_stats_of_another_member_is_public_with_their_chart(bot: StudyBot) -> None:
    await play_one_question(bot)
    interaction = FakeInteraction(user_id=WINNER, client=bot)
    await invoke(ProgressCog.stats, ProgressCog(bot), interaction, member=FakeUser(LOSER))
    assert not interaction.last.ephemeral
    attached_png(interaction.last, "stats.png")
    assert "1 answered, 0 right" in (interaction.last.files[0].description or "")


async def test_stats_still_answers_when_the_chart_cannot_be_drawn(
    bot: StudyBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("no fonts")

    monkeypatch.setattr(progress_module, "stats_chart", broken)
    interaction = FakeInteraction(user_id=WINNER, client=bot)
    with caplog.at_level(logging.ERROR):
        await invoke(ProgressCog.stats, ProgressCog(bot), interaction)
    assert interaction.last.kind == "followup"
    assert interaction.last.files == []
    assert interaction.last.embed is not None
    assert interaction.last.embed.image.url is None
    assert "Could not draw the broken chart" in caplog.text


@pytest.mark.parametrize("chart", [True, False])
async def test_leaderboard_attaches_a_chart_when_asked(bot: StudyBot, chart: bool) -> None:
    await play_one_question(bot)
    interaction = FakeInteraction(user_id=LOSER, client=bot)
    await invoke(ProgressCog.leaderboard, ProgressCog(bot), interaction, period="weekly", chart=chart)
    sent = interaction.last
    assert sent.embed is not None
    assert sent.embed.title == "Leaderboard \u2014 This week, by points"
    if chart:
        attached_png(sent, "leaderboard.png")
        assert "#2 you" in (sent.files[0].description or "")  # FakeUser has no display name
    else:
        assert sent.files == []
        assert sent.embed.image.url is None


async def run_quiz(bot: StudyBot, monkeypatch: pytest.MonkeyPatch, questions: int) -> FakeChannel:
    """Run a quiz through the cog's timer loop on the fake clock; two members answer every question."""
    clock = bot.app.clock
    assert isinstance(clock, FakeClock)
    real_sleep = asyncio.sleep
    cog = QuizCog(bot)
    channel = FakeChannel(CHANNEL)

    async def fake_sleep(seconds: float) -> None:
        # Before each question closes, both members answer it (WINNER right, LOSER wrong); then time passes.
        quiz = bot.app.quizzes.running(CHANNEL)
        if quiz is not None and quiz.phase.value == "asking":
            right = quiz.current.answer_index
            await bot.app.quizzes.answer(CHANNEL, WINNER, right)
            await bot.app.quizzes.answer(CHANNEL, LOSER, (right + 1) % len(quiz.current.choices))
        clock.now += dt.timedelta(seconds=seconds)
        await real_sleep(0)

    monkeypatch.setattr(quiz_module.asyncio, "sleep", fake_sleep)
    quiz = (await bot.app.quizzes.begin(GUILD, CHANNEL, 1, question_count=questions, seconds=10)).quiz
    await cog._run(QuizRun(quiz, channel))
    return channel


async def test_a_quiz_of_three_questions_ends_with_the_answers_chart(
    bot: StudyBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    channel = await run_quiz(bot, monkeypatch, 3)
    final = channel.sent[-1]
    assert final.embed is not None
    assert final.embed.title == "Quiz over!"
    attached_png(final, "quiz.png")
    assert (final.files[0].description or "").endswith("Q3 1 right, 1 wrong, 0 no answer")
    assert all(s.files == [] for s in channel.sent[:-1])  # questions and reveals stay text


async def test_a_two_question_quiz_ends_without_a_chart(bot: StudyBot, monkeypatch: pytest.MonkeyPatch) -> None:
    channel = await run_quiz(bot, monkeypatch, 2)
    assert channel.sent[-1].embed is not None
    assert channel.sent[-1].embed.title == "Quiz over!"
    assert channel.sent[-1].files == []
