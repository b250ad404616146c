"""/ask under a burst or a slow answer: acknowledged at once ("thinking..."), then answered in a follow-up."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from bot.discordbot.client import StudyBot
from bot.discordbot.cogs import ask as ask_module
from bot.discordbot.cogs.ask import BURST, AskCog
from tests.discord.fakes import FakeInteraction, invoke


def embed_text(interaction: FakeInteraction) -> str:
    embed = interaction.last.embed
    return str(embed.to_dict()) if embed is not None else ""


async def test_a_question_answered_within_the_budget_gets_one_response(bot: StudyBot) -> None:
    interaction = FakeInteraction(client=bot)
    await invoke(AskCog.ask, AskCog(bot), interaction, question="cepa year?")
    assert [s.kind for s in interaction.sent] == ["send"]
    assert "2011" in embed_text(interaction)


async def test_in_a_burst_a_question_is_acknowledged_first_then_answered(bot: StudyBot) -> None:
    cog = AskCog(bot)
    cog._unacknowledged.count = BURST  # as many /ask as a burst already wait for their first response
    interaction = FakeInteraction(client=bot)
    await invoke(AskCog.ask, cog, interaction, question="cepa year?")
    assert [s.kind for s in interaction.sent] == ["defer", "followup"]
    assert not interaction.sent[0].ephemeral
    assert not interaction.last.ephemeral
    assert "2011" in embed_text(interaction)
    assert interaction.last.view is not None  # the feedback buttons come with the follow-up
    assert cog._unacknowledged.count == BURST  # this one left the count when it was acknowledged


async def test_a_private_answer_after_a_public_acknowledgement_replaces_it_privately(bot: StudyBot) -> None:
    cog = AskCog(bot)
    cog._unacknowledged.count = BURST
    interaction = FakeInteraction(client=bot)
    await invoke(AskCog.ask, cog, interaction, question="hello")  # small talk: answered privately
    # The first follow-up would take the public "thinking..." message's place: it is deleted first.
    assert [s.kind for s in interaction.sent] == ["defer", "delete_original", "followup"]
    assert interaction.last.ephemeral


async def test_a_slow_answer_is_acknowledged_when_the_budget_runs_out(
    bot: StudyBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ask_module, "ANSWER_BUDGET_SECONDS", 0.0)
    release = threading.Event()
    real_answer = bot.app.asking.answer

    def slow_answer(question: str, conversation: Any = None) -> Any:
        release.wait(30)  # the test lets the answer come only once the acknowledgement was sent
        return real_answer(question, conversation)

    bot.app.asking.answer = slow_answer  # type: ignore[method-assign]
    cog = AskCog(bot)
    interaction = FakeInteraction(client=bot)
    asking = asyncio.ensure_future(invoke(AskCog.ask, cog, interaction, question="cepa year?"))
    while not interaction.sent:  # noqa: ASYNC110 - the fake records what was sent; it has no event to wait on
        await asyncio.sleep(0.01)
    assert [s.kind for s in interaction.sent] == ["defer"]
    assert cog._unacknowledged.count == 0
    release.set()
    await asking
    assert [s.kind for s in interaction.sent] == ["defer", "followup"]
    assert "2011" in embed_text(interaction)


async def test_questions_held_for_acknowledgements_wait_until_they_are_sent(bot: StudyBot) -> None:
    asking = bot.app.asking
    answered: list[str] = []
    real_answer = asking.answer

    def answer(question: str, conversation: Any = None) -> Any:
        answered.append(question)
        return real_answer(question, conversation)

    asking.answer = answer  # type: ignore[method-assign]
    with asking.acknowledging():
        held = asyncio.ensure_future(asking.answer_off_loop("aagc year", after_acknowledgements=True))
        await asyncio.sleep(0)  # the held question reaches an answering thread first
        await asking.answer_off_loop("cepa year?")  # a question not held is answered meanwhile
        assert answered == ["cepa year?"]
        assert not held.done()
    await held
    assert answered == ["cepa year?", "aagc year"]
    asking.close()
