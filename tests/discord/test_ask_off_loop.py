"""/ask and channel questions are answered in the answering threads: a burst of questions never stalls the loop."""

from __future__ import annotations

import threading
from typing import Any

from bot.core.services.asking import ANSWER_THREADS
from bot.discordbot.client import StudyBot
from bot.discordbot.cogs.ask import AskCog
from tests.discord.fakes import FakeChannel, FakeGuild, FakeInteraction, FakeMessage, FakeUser, invoke


def record_threads(bot: StudyBot) -> list[str]:
    """Make the asking service note the thread each question is answered in."""
    seen: list[str] = []
    real_answer = bot.app.asking.answer

    def answer(question: str, conversation: Any = None) -> Any:
        seen.append(threading.current_thread().name)
        return real_answer(question, conversation)

    bot.app.asking.answer = answer  # type: ignore[method-assign]
    return seen


async def test_slash_ask_is_answered_in_an_answering_thread(bot: StudyBot) -> None:
    seen = record_threads(bot)
    interaction = FakeInteraction(client=bot)
    await invoke(AskCog.ask, AskCog(bot), interaction, question="cepa year?")
    assert "2011" in str(interaction.last.embed.to_dict())  # type: ignore[union-attr]
    assert len(seen) == 1
    assert seen[0].startswith("answering")
    assert seen[0] != threading.current_thread().name


async def test_channel_questions_are_answered_in_an_answering_thread(bot: StudyBot) -> None:
    seen = record_threads(bot)
    me = FakeUser(555, bot=True)
    bot._connection.user = me  # type: ignore[assignment]
    message = FakeMessage(1, FakeChannel(201), "<@555> cepa year?", FakeUser(8), mentions=[me], guild=FakeGuild())
    await AskCog(bot).on_message(message)  # type: ignore[arg-type]
    assert "2011" in str(message.replies[0].embed.to_dict())
    assert [name.startswith("answering") for name in seen] == [True]


async def test_the_answering_threads_are_few_and_closed_with_the_app(bot: StudyBot) -> None:
    asking = bot.app.asking
    for n in range(3 * ANSWER_THREADS):
        await asking.answer_off_loop(f"cepa year {n}?")
    names = {t.name for t in threading.enumerate() if t.name.startswith("answering")}
    assert 1 <= len(names) <= ANSWER_THREADS
    asking.close()
    await asking.answer_off_loop("cepa year?")  # a later question starts them again rather than failing
    asking.close()
