"""Feedback on an answer is filed under the member who asked, so the asker's forget-me removes it."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from bot.core.services.knowledge import KnowledgeService
from bot.discordbot.client import StudyBot
from bot.discordbot.cogs.ask import AskCog
from bot.discordbot.views import ANSWER_TEMPLATE, AnswerButton
from tests.discord.fakes import FakeInteraction, invoke
from tests.fakes import FakeClock, FakeStore, sqlite_app

ASKER, CLICKER = 7, 8


async def test_wrong_match_names_the_asker_and_goes_with_their_forget_me(
    tmp_path: Path, shipped: KnowledgeService
) -> None:
    store = FakeStore()
    app = await sqlite_app(tmp_path, shipped, FakeClock(), store=store)
    bot = StudyBot(app)
    try:
        asked = FakeInteraction(user_id=ASKER, client=bot)
        await invoke(AskCog.ask, AskCog(bot), asked, question="cepa year?")
        view = asked.last.view
        assert view is not None
        custom_ids = [item.custom_id for item in view.children]
        assert all(cid.endswith(f":{ASKER}") for cid in custom_ids)
        wrong = next(cid for cid in custom_ids if ":w:" in cid)
        match = ANSWER_TEMPLATE.fullmatch(wrong)
        assert match is not None
        click = FakeInteraction(user_id=CLICKER, client=bot)
        click.message = SimpleNamespace(embeds=[asked.last.embed])
        button = await AnswerButton.from_custom_id(click, view.children[0], match)  # as after a restart
        await button.callback(click)
        assert [(row[1], row[2], row[4]) for row in store.feedback_log] == [(CLICKER, "cepa year?", False)]
        assert store.feedback_askers == [ASKER]

        await app.privacy.forget_me(ASKER)
        assert store.feedback_log == []
    finally:
        await app.close()


def test_buttons_sent_before_askers_were_recorded_still_work() -> None:
    match = ANSWER_TEMPLATE.fullmatch("ans:cepa_year:w")
    assert match is not None
    assert match["asker"] is None
