"""Discord: /review's grade buttons with their intervals and the server's retention, /config retention, /export."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import zipfile

import discord
from sqlalchemy import text

from bot.core.study.ports import CardRow
from bot.core.study.review import short_interval
from bot.discordbot import embeds, limits
from bot.discordbot.client import StudyBot
from bot.discordbot.cogs.admin import AdminCog
from bot.discordbot.cogs.export import EMPTY, ExportCog
from bot.discordbot.cogs.progress import ProgressCog
from bot.storage.repository import SqlStudyStore
from tests.discord.fakes import FakeInteraction, invoke

MEMBER = 12
GUILD = 100


def labels(view: discord.ui.View | None) -> list[str]:
    assert view is not None
    return [item.label or "" for item in view.children if isinstance(item, discord.ui.Button)]


async def reveal(bot: StudyBot, cog: ProgressCog, guild_id: int | None = GUILD) -> FakeInteraction:
    start = FakeInteraction(user_id=MEMBER, guild_id=guild_id, client=bot)
    await invoke(ProgressCog.review, cog, start)
    item = await bot.app.reviews.next(MEMBER)
    assert item is not None
    answer = FakeInteraction(user_id=MEMBER, guild_id=guild_id, client=bot)
    await cog.on_review_answer(answer, item.question.fact_id, item.question.answer_index)
    return answer


async def test_grade_buttons_show_when_each_grade_brings_the_card_back(bot: StudyBot) -> None:
    cog = ProgressCog(bot)
    await bot.app.reviews.add(MEMBER, "cepa_year")
    answer = await reveal(bot, cog)
    assert answer.last.kind == "edit"
    assert labels(answer.last.view) == ["Again \u00b7 1m", "Hard \u00b7 6m", "Good \u00b7 10m", "Easy \u00b7 8d"]
    assert all(len(label) <= limits.BUTTON_LABEL for label in labels(answer.last.view))


async def put_review_card(bot: StudyBot) -> None:
    """Give MEMBER a card in review, due now, last seen ten days ago."""
    now = bot.app.clock()
    store = bot.app.reviews.store
    assert isinstance(store, SqlStudyStore)
    card = CardRow("cepa_year", "review", 0, 10.0, 5.0, now, now - dt.timedelta(days=10), 4, 0, False)
    await store.add_card_if_missing(MEMBER, card, now)


async def test_the_servers_retention_sets_the_intervals_and_the_schedule(bot: StudyBot) -> None:
    cog = ProgressCog(bot)
    await put_review_card(bot)
    in_dm = labels((await reveal(bot, cog, guild_id=None)).last.view)
    admin = FakeInteraction(user_id=1, manage_guild=True, client=bot)
    await invoke(AdminCog.retention, AdminCog(bot), admin, share=0.8)
    assert "aim at 80% recall" in (admin.last.content or "")
    in_server = labels((await reveal(bot, cog)).last.view)
    assert in_dm[1:] == ["Hard \u00b7 23d", "Good \u00b7 1.1mo", "Easy \u00b7 1.7mo"]
    assert in_server[1:] == ["Hard \u00b7 2.6mo", "Good \u00b7 3.5mo", "Easy \u00b7 5.7mo"]  # 0.8: longer intervals
    grade = FakeInteraction(user_id=MEMBER, client=bot)
    bot.app.clock.now += dt.timedelta(seconds=9)  # type: ignore[attr-defined]
    await cog.on_review_grade(grade, "cepa_year", 3)
    [card] = await bot.app.reviews.store.cards(MEMBER)
    assert short_interval(card.due - bot.app.clock()) == "3.5mo"  # as the button said
    async with bot.app.database.session() as session:  # type: ignore[union-attr]
        row = (await session.execute(text("SELECT guild_id, grade, duration_ms FROM review_log"))).one()
    assert tuple(row) == (GUILD, 3, 9000)  # shown, then graded nine seconds later


async def test_members_cannot_change_the_retention(bot: StudyBot) -> None:
    member = FakeInteraction(user_id=5, manage_guild=False, client=bot)
    await invoke(AdminCog.retention, AdminCog(bot), member, share=0.75)
    assert "Manage Server" in (member.last.content or "")
    assert (await bot.app.guilds.config(GUILD)).desired_retention == 0.9


async def test_export_sends_the_deck_and_the_answers_privately(bot: StudyBot) -> None:
    cog = ExportCog(bot)
    empty = FakeInteraction(user_id=MEMBER, client=bot)
    await invoke(ExportCog.export, cog, empty)
    assert (empty.last.content, empty.last.ephemeral, empty.last.files) == (EMPTY, True, [])

    quiz = (await bot.app.quizzes.begin(GUILD, 200, 1, question_count=1, seconds=10)).quiz
    await bot.app.quizzes.answer(200, MEMBER, (quiz.current.answer_index + 1) % 4)
    bot.app.clock.now += dt.timedelta(seconds=11)  # type: ignore[attr-defined]
    await bot.app.quizzes.close_question(200)
    await bot.app.quizzes.advance(200)

    sent = FakeInteraction(user_id=MEMBER, client=bot)
    await invoke(ExportCog.export, cog, sent)
    assert sent.sent[0].kind == "defer"
    assert sent.sent[0].ephemeral
    reply = sent.last
    assert reply.ephemeral
    assert [f.filename for f in reply.files] == [f"studybot-review-{MEMBER}.apkg", f"studybot-answers-{MEMBER}.csv"]
    assert "1 review card(s) and 1 answer(s)" in (reply.content or "")
    apkg, answers = (f.fp.read() for f in reply.files)
    assert zipfile.ZipFile(io.BytesIO(apkg)).namelist() == ["collection.anki2", "media"]
    assert quiz.current.id in answers.decode("utf-8-sig")


async def test_an_export_too_large_for_discord_is_explained(bot: StudyBot) -> None:
    await bot.app.reviews.add(MEMBER, "cepa_year")
    interaction = FakeInteraction(user_id=MEMBER, client=bot)
    interaction.filesize_limit = 200  # type: ignore[attr-defined]
    await invoke(ExportCog.export, ExportCog(bot), interaction)
    assert "too large to send here" in (interaction.last.content or "")
    assert f"studybot export anki --user {MEMBER}" in (interaction.last.content or "")
    assert interaction.last.files == []


async def test_a_double_export_builds_once(bot: StudyBot) -> None:
    await bot.app.reviews.add(MEMBER, "cepa_year")
    cog = ExportCog(bot)
    first, second = FakeInteraction(user_id=MEMBER, client=bot), FakeInteraction(user_id=MEMBER, client=bot)
    await asyncio.gather(invoke(ExportCog.export, cog, first), invoke(ExportCog.export, cog, second))
    texts = [first.last.content or "", second.last.content or ""]
    assert sum("already on its way" in text for text in texts) == 1
    assert sum(len(i.last.files) for i in (first, second)) == 1


def test_the_review_embeds_fit_discords_limits(bot: StudyBot) -> None:
    question = bot.app.questions.bank.for_fact("cepa_year")[0]
    assert limits.fits(embeds.review_embed(question, 99))
