"""Teaching from /kb gaps and /kb reports: pick the fact in a menu, confirm, and the knowledge is taught and reloaded.

Everything goes through the real command callbacks and the views' own dispatch (checks, callbacks, error handler).
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import discord
import pytest

from bot.core.services.knowledge import KnowledgeService
from bot.discordbot.client import StudyBot
from bot.discordbot.cogs.admin import NOT_TAUGHT, TEACH_OPERATORS_ONLY, AdminCog
from bot.discordbot.cogs.ask import AskCog
from bot.discordbot.views import NOT_YOURS_TEXT, AnswerButton, ConfirmView, TeachView
from bot.paths import DEFAULT_KNOWLEDGE_DIR
from tests.discord.fakes import FakeInteraction, Sent, invoke
from tests.fakes import FakeClock, FakeStore, sqlite_app

OWNER, SERVER_ADMIN, MEMBER, OTHER_MEMBER = 1, 7, 20, 21
ARTICLE = "india-japan-partnership.yaml"
UNANSWERED = "which exercise do sailors hold"
READS_AS_ANOTHER = "japan defence pact ties"


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[StudyBot]:
    folder = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, folder)
    knowledge = KnowledgeService.from_directory(folder)
    app = await sqlite_app(tmp_path / "db", knowledge, FakeClock(), store=FakeStore(), knowledge_dir=folder)
    client = StudyBot(app)
    client.owner_id = OWNER
    yield client
    await app.close()


async def ask(bot: StudyBot, question: str, user_id: int = MEMBER) -> FakeInteraction:
    interaction = FakeInteraction(user_id=user_id, client=bot)
    await invoke(AskCog.ask, AskCog(bot), interaction, question=question)
    return interaction


async def admin_command(bot: StudyBot, command: Any, user_id: int = OWNER) -> FakeInteraction:
    interaction = FakeInteraction(user_id=user_id, manage_guild=True, client=bot)
    await invoke(command, AdminCog(bot), interaction)
    return interaction


async def choose(view: discord.ui.View, item: discord.ui.Item[Any], user_id: int, bot: StudyBot, **data: Any) -> Any:
    """Send a component interaction through the view's own dispatch (its checks, the callback, on_error)."""
    interaction = FakeInteraction(user_id=user_id, manage_guild=True, client=bot)
    interaction.data = {"custom_id": getattr(item, "custom_id", ""), **data}  # type: ignore[attr-defined]
    await view._scheduled_task(item, interaction)  # what discord.py runs for a click
    return interaction


async def pick(view: TeachView, number: int, fact_id: str, bot: StudyBot, user_id: int = OWNER) -> FakeInteraction:
    menu = next(
        item
        for item in view.children
        if isinstance(item, discord.ui.Select) and (item.placeholder or "").startswith(f"#{number}:")
    )
    result: FakeInteraction = await choose(view, menu, user_id, bot, component_type=3, values=[fact_id])
    return result


async def press(view: discord.ui.View, label: str, bot: StudyBot, user_id: int = OWNER) -> FakeInteraction:
    button = next(item for item in view.children if isinstance(item, discord.ui.Button) and item.label == label)
    result: FakeInteraction = await choose(view, button, user_id, bot, component_type=2)
    return result


def menus(sent: Sent) -> list[discord.ui.Select[Any]]:
    assert sent.view is not None
    return [item for item in sent.view.children if isinstance(item, discord.ui.Select)]


# ---------------------------------------------------------------- /kb gaps -> teach
async def test_an_operator_teaches_a_gap_in_two_clicks_and_the_question_is_answered(bot: StudyBot) -> None:
    declined = await ask(bot, UNANSWERED)
    assert declined.last.embed is not None
    assert "Did you mean" in (declined.last.embed.title or "")
    gaps = await admin_command(bot, AdminCog.gaps)
    listing = gaps.last
    assert listing.kind == "followup"
    assert listing.ephemeral
    assert isinstance(listing.view, TeachView)
    [menu] = menus(listing)
    assert UNANSWERED in (menu.placeholder or "")
    assert len(menu.placeholder or "") <= 150
    assert 1 <= len(menu.options) <= 25
    assert all(len(o.label) <= 100 and len(o.description or "") <= 100 for o in menu.options)
    assert menu.options[0].value == "bilateral_exercises"
    assert listing.embed is not None
    assert "menu" in (listing.embed.footer.text or "")

    first = await pick(listing.view, 1, "bilateral_exercises", bot)  # click 1: the fact
    confirm = first.last
    assert (confirm.kind, confirm.ephemeral) == ("send", True)
    assert "`bilateral_exercises`" in (confirm.content or "")
    assert "every server" in (confirm.content or "")
    assert isinstance(confirm.view, ConfirmView)

    second = await press(confirm.view, "Teach it", bot)  # click 2: confirm
    assert [s.kind for s in second.sent] == ["edit", "followup"]
    assert second.sent[0].view is None  # the buttons go at once: no double teach
    taught = second.last.embed
    assert taught is not None
    assert taught.title == "Taught"
    fields = {f.name: f.value for f in taught.fields}
    assert fields["File"] is not None
    assert fields["File"].startswith(f"`{ARTICLE}`, line ")
    assert (fields["Fact"] or "").startswith("`bilateral_exercises`")
    assert "now answers it with this fact" in (taught.description or "")

    again = await ask(bot, UNANSWERED, user_id=OTHER_MEMBER)
    assert again.last.embed is not None
    assert again.last.embed.title == bot.app.knowledge.base.fact("bilateral_exercises").fact.question
    text = (bot.app.knowledge.knowledge_dir / ARTICLE).read_text(encoding="utf-8")
    assert f"- {UNANSWERED}\n" in text


async def test_server_admins_who_do_not_run_the_bot_see_no_menus_and_cannot_teach(bot: StudyBot) -> None:
    await ask(bot, UNANSWERED)
    gaps = await admin_command(bot, AdminCog.gaps, user_id=SERVER_ADMIN)
    assert gaps.last.embed is not None
    assert gaps.last.view is None
    # Even a menu reaching them (an operator's, forwarded) refuses them.
    interaction = FakeInteraction(user_id=SERVER_ADMIN, manage_guild=True, client=bot)
    cog = AdminCog(bot)
    choice = SimpleNamespace(number=1, question=UNANSWERED, facts=(), wrong_fact_id=None)
    with pytest.raises(Exception, match="Only the bot's operators can teach"):
        await cog.pick_fact(interaction, choice, "bilateral_exercises")  # type: ignore[arg-type]
    assert "changes every server" in TEACH_OPERATORS_ONLY


async def test_only_the_operator_who_opened_the_list_can_use_its_menus(bot: StudyBot) -> None:
    await ask(bot, UNANSWERED)
    gaps = await admin_command(bot, AdminCog.gaps)
    assert isinstance(gaps.last.view, TeachView)
    other = await pick(gaps.last.view, 1, "bilateral_exercises", bot, user_id=OTHER_MEMBER)
    assert other.last.content == NOT_YOURS_TEXT
    assert other.last.ephemeral
    assert UNANSWERED not in bot.app.knowledge.base.fact("bilateral_exercises").fact.alternatives


async def test_cancel_teaches_nothing(bot: StudyBot) -> None:
    await ask(bot, UNANSWERED)
    gaps = await admin_command(bot, AdminCog.gaps)
    assert isinstance(gaps.last.view, TeachView)
    confirm = (await pick(gaps.last.view, 1, "bilateral_exercises", bot)).last
    assert confirm.view is not None
    cancelled = await press(confirm.view, "Cancel", bot)
    assert cancelled.last.content == NOT_TAUGHT
    assert UNANSWERED not in bot.app.knowledge.base.fact("bilateral_exercises").fact.alternatives


async def test_a_teach_reloads_even_right_after_a_kb_reload(bot: StudyBot) -> None:
    cog = AdminCog(bot)
    reload = FakeInteraction(user_id=OWNER, manage_guild=True, client=bot)
    await invoke(AdminCog.reload, cog, reload)
    assert reload.last.embed is not None
    assert reload.last.embed.title == "Knowledge base"
    before = bot.app.knowledge.base
    click = FakeInteraction(user_id=OWNER, manage_guild=True, client=bot)
    await cog.teach(click, UNANSWERED, "bilateral_exercises")
    assert click.last.embed is not None
    assert click.last.embed.title == "Taught"
    assert bot.app.knowledge.base is not before  # reloaded, whatever /kb reload's 30 s window says
    again = FakeInteraction(user_id=OWNER, manage_guild=True, client=bot)
    await invoke(AdminCog.reload, cog, again)
    assert "try again in" in (again.last.content or "")  # and /kb reload keeps its own window


# ---------------------------------------------------------------- refusals, shown privately
async def test_a_question_that_reads_as_another_fact_offers_teach_anyway(bot: StudyBot) -> None:
    cog = AdminCog(bot)
    click = FakeInteraction(user_id=OWNER, manage_guild=True, client=bot)
    await cog.teach(click, READS_AS_ANOTHER, "cepa_year")
    refusal = click.last
    assert refusal.kind == "followup"
    assert refusal.ephemeral
    assert "`security_cooperation_overview`" in (refusal.content or "")
    assert isinstance(refusal.view, ConfirmView)
    anyway = await press(refusal.view, "Teach anyway", bot)
    assert anyway.last.embed is not None
    assert anyway.last.embed.title == "Taught"
    assert READS_AS_ANOTHER in bot.app.knowledge.base.fact("cepa_year").fact.alternatives


async def test_a_teach_that_would_break_the_knowledge_names_the_problem(bot: StudyBot) -> None:
    cog = AdminCog(bot)
    click = FakeInteraction(user_id=OWNER, manage_guild=True, client=bot)
    await cog.teach(click, "when did cepa come into force?!", "cepa_scope")
    assert click.last.view is not None
    anyway = await press(click.last.view, "Teach anyway", bot)
    message = anyway.last.content or ""
    assert anyway.last.ephemeral
    assert "would make the knowledge invalid, so nothing was changed" in message
    assert f"{ARTICLE}:" in message
    assert "nearly duplicates one of fact 'cepa_year'" in message
    assert len(message) <= 2000


# ---------------------------------------------------------------- /kb reports -> teach
async def test_wrong_match_reports_are_listed_and_taught_the_right_fact(bot: StudyBot) -> None:
    asked = await ask(bot, READS_AS_ANOTHER)
    answer = asked.last
    assert answer.embed is not None
    assert answer.view is not None
    wrong = next(item for item in answer.view.children if ":w" in str(getattr(item, "custom_id", "")))
    for user in (30, 31):
        flag = FakeInteraction(user_id=user, client=bot)
        flag.message = SimpleNamespace(embeds=[answer.embed])
        assert isinstance(wrong, AnswerButton)
        await wrong.callback(flag)

    reports = await admin_command(bot, AdminCog.reports)
    listing = reports.last
    assert listing.embed is not None
    assert listing.ephemeral
    assert listing.embed.title == "Wrong matches \u2014 answers members flagged as the wrong fact"
    assert listing.embed.fields[0].name == "2\u00d7 \u2014 answered with `security_cooperation_overview` (#1)"
    assert READS_AS_ANOTHER in (listing.embed.fields[0].value or "")
    [menu] = menus(listing)
    assert "security_cooperation_overview" not in {o.value for o in menu.options}  # the flagged fact is not offered
    assert isinstance(listing.view, TeachView)
    confirm = (await pick(listing.view, 1, "cepa_year", bot)).last
    assert "Members flagged `security_cooperation_overview`" in (confirm.content or "")
    assert confirm.view is not None
    done = await press(confirm.view, "Teach it", bot)  # no "teach anyway": fixing the report is the point
    assert done.last.embed is not None
    assert done.last.embed.title == "Taught"
    assert "now answers it with this fact" in (done.last.embed.description or "")

    after = await admin_command(bot, AdminCog.reports)
    assert after.last.embed is not None
    assert after.last.embed.description == "No open \u201cwrong match\u201d reports."
    assert after.last.view is None


async def test_members_may_not_list_reports(bot: StudyBot) -> None:
    interaction = FakeInteraction(user_id=MEMBER, manage_guild=False, client=bot)
    await invoke(AdminCog.reports, AdminCog(bot), interaction)
    assert interaction.last.content == "You need the Manage Server permission to do that."
