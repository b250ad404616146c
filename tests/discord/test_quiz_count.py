"""/quiz start says when the topic has fewer questions than asked for, and starts what it has."""

from __future__ import annotations

import asyncio
import contextlib

from bot.core.study.question import QuestionKind
from bot.discordbot.client import StudyBot
from bot.discordbot.cogs.quiz import QuizCog
from tests.discord.fakes import FakeChannel, FakeInteraction, invoke

CHANNEL = 200


async def test_a_section_with_fewer_questions_than_asked_says_so(bot: StudyBot) -> None:
    available = len(
        {q.fact_id for q in bot.app.questions.bank.in_section("conclusion") if q.kind is QuestionKind.CHOICE}
    )
    assert 1 < available < 20
    cog = QuizCog(bot)
    start = FakeInteraction(user_id=1, client=bot)
    start.channel = FakeChannel(CHANNEL)
    await invoke(QuizCog.start, cog, start, section="Conclusion", questions=20, seconds=30)
    content = start.last.content or ""
    assert content.startswith(
        f"Only {available} questions are available for this section; starting a {available}-question quiz.\n"
    )
    assert f"Quiz starting: {available} question(s), 30 s each." in content
    run = cog._runs[CHANNEL]
    await invoke(QuizCog.stop, cog, FakeInteraction(user_id=1, client=bot))
    assert run.task is not None
    with contextlib.suppress(asyncio.CancelledError):
        await run.task
    assert bot.app.quizzes.running(CHANNEL) is None


async def test_a_request_the_topic_can_meet_has_no_notice(bot: StudyBot) -> None:
    cog = QuizCog(bot)
    start = FakeInteraction(user_id=1, client=bot)
    start.channel = FakeChannel(CHANNEL)
    await invoke(QuizCog.start, cog, start, questions=3, seconds=30)
    assert (start.last.content or "").startswith("Quiz starting: 3 question(s)")
    await invoke(QuizCog.stop, cog, FakeInteraction(user_id=1, client=bot))
    assert bot.app.quizzes.running(CHANNEL) is None
