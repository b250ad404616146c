"""End to end: the real bot process against the local Discord stand-in."""

from __future__ import annotations

from tests.e2e.conftest import RunningBot

#: The application's owner in the stand-in (the only one allowed to reload knowledge there).
OWNER_ID = 1


def embed_text(message: dict) -> str:
    parts = []
    for embed in message.get("embeds", []):
        parts += [embed.get("title", ""), embed.get("description", ""), (embed.get("footer") or {}).get("text", "")]
        parts += [f"{f['name']} {f['value']}" for f in embed.get("fields", [])]
    return "\n".join(parts)


async def test_startup_syncs_commands_to_the_dev_guild(running: RunningBot) -> None:
    fake = running.fake
    names = {c["name"] for c in fake.commands}
    assert {
        "ask",
        "summary",
        "quiz",
        "daily",
        "leaderboard",
        "stats",
        "review",
        "forget-me",
        "kb",
        "config",
        "help",
    } <= names
    assert fake.violations == []
    assert "fake.bot.token" not in running.log()  # the token never reaches the log


async def test_ask_confident_answer(running: RunningBot) -> None:
    fake = running.fake
    interaction = await fake.slash("ask", [{"name": "question", "type": 3, "value": "cepa year?"}])
    await fake.wait_response(interaction)
    response = interaction.responses[0]
    assert response["type"] == 4
    assert "2011" in embed_text(response["data"])
    assert interaction.latency is not None
    assert interaction.latency < 3
    message = fake.messages[int(response["_message_id"])]
    helpful = next(c for c in custom_ids(message) if c.split(":")[2] == "h")
    assert helpful.endswith(":7")  # the asker rides along, so their forget-me removes feedback on it
    click = await fake.click(message, helpful, user_id=33)
    await fake.wait_response(click)
    assert click.responses[0]["data"]["content"] == "Thanks, glad it helped!"
    assert fake.violations == []


def option(name: str, value: object, kind: int = 3) -> dict:
    return {"name": name, "type": kind, "value": value}


def custom_ids(message: dict) -> list[str]:
    return [c["custom_id"] for row in message.get("components", []) for c in row["components"] if "custom_id" in c]


async def test_ask_suggestions_decline_and_mentions_never_ping(running: RunningBot) -> None:
    fake = running.fake
    unsure = await fake.slash("ask", [option("question", "when did japan join the quad")])
    declined = await fake.slash("ask", [option("question", "@everyone <@&900000000000000555> who heads JAXA")])
    partial = await fake.slash("ask", [option("question", "what is the cost of the mahsr")])
    corrected = await fake.slash(
        "ask", [option("question", "why is india restricting nuclear tech transfers to japan")]
    )
    for interaction in (unsure, declined, partial, corrected):
        await fake.wait_response(interaction)
    assert "Did you mean" in embed_text(unsure.responses[0]["data"])
    assert custom_ids(unsure.responses[0]["data"])  # suggestion buttons
    assert "Not in the study material" in embed_text(declined.responses[0]["data"])
    assert "doesn't give a cost" in embed_text(partial.responses[0]["data"])
    assert "other way round" in embed_text(corrected.responses[0]["data"])
    for interaction in (unsure, declined, partial, corrected):
        assert interaction.responses[0]["data"]["allowed_mentions"]["parse"] == []
    assert fake.violations == []


async def test_channel_questions_in_an_ask_channel_and_by_mention(running: RunningBot) -> None:
    from tests.e2e.fakediscord import CHANNEL_ID, OTHER_CHANNEL_ID

    fake = running.fake
    setup = await fake.slash("config ask-channel add", [option("channel", str(CHANNEL_ID), 7)], admin=True)
    await fake.wait_response(setup, count=2)  # deferred, then confirmed
    asked = await fake.post("which state is paired with ehime", channel_id=CHANNEL_ID)
    reply = await fake.wait_for_message(lambda m: m.get("_reply_to") == str(asked))
    assert "Tamil Nadu" in embed_text(reply)
    assert reply["_allowed_mentions"]["parse"] == []
    mention = await fake.post(
        "<@900000000000000002> @everyone who heads JAXA", channel_id=OTHER_CHANNEL_ID, mention_bot=True
    )
    declined = await fake.wait_for_message(lambda m: m.get("_reply_to") == str(mention))
    assert "Not in the study material" in embed_text(declined)
    assert fake.violations == []


async def test_admin_commands_are_refused_to_members(running: RunningBot) -> None:
    fake = running.fake
    interaction = await fake.slash("kb stats", admin=False)
    await fake.wait_response(interaction)
    response = interaction.responses[0]
    assert response["data"]["content"] == "You need the Manage Server permission to do that."
    assert response["data"]["flags"] & 64  # ephemeral


def titled(prefix: str) -> object:
    return lambda m: any((e.get("title") or "").startswith(prefix) for e in m.get("embeds", []))


async def test_group_quiz_with_five_members_double_and_late_clicks(running: RunningBot) -> None:
    fake = running.fake
    start = await fake.slash("quiz start", [option("questions", 1, 4), option("seconds", 10, 4)], user_id=50)
    await fake.wait_response(start, count=2)  # deferred, then "Quiz starting"
    question = await fake.wait_for_message(titled("Question 1 of 1"))
    buttons = custom_ids(question)
    assert len(buttons) == 4
    clicks = [await fake.click(question, buttons[user % 4], user_id=60 + user) for user in range(5)]
    double = await fake.click(question, buttons[3], user_id=60)
    for click in [*clicks, double]:
        await fake.wait_response(click)
    texts = [c.responses[-1]["data"]["content"] for c in clicks]
    assert all(t.startswith("Locked in") for t in texts)
    assert "already answered" in double.responses[-1]["data"]["content"]
    reveal = await fake.wait_for_message(titled("Answer: "))
    late = await fake.click(question, buttons[0], user_id=70)
    await fake.wait_response(late)
    assert "Time's up" in late.responses[-1]["data"]["content"]
    final = await fake.wait_for_message(titled("Quiz over!"))
    assert "How the group answered" in embed_text(reveal)
    assert sum(f"<@{60 + u}>" in embed_text(final) for u in range(5)) == 5  # all five on the podium
    import sqlite3

    rows = (
        sqlite3.connect(running.data_dir / "studybot.db")
        .execute("SELECT user_id, choice FROM quiz_answers ORDER BY user_id")
        .fetchall()
    )
    assert rows == [(60 + user, user % 4) for user in range(5)]  # one answer each; the double click did not count
    assert fake.violations == []


async def test_gateway_drop_mid_quiz_is_resumed_and_the_quiz_carries_on(running: RunningBot) -> None:
    import asyncio

    fake = running.fake
    start = await fake.slash("quiz start", [option("questions", 1, 4), option("seconds", 10, 4)], user_id=40)
    await fake.wait_response(start, count=2)
    question = await fake.wait_for_message(titled("Question 1 of 1"))
    await fake.drop_connection()
    await asyncio.wait_for(fake.resumed.wait(), 30)
    assert fake.resume_count == 1
    assert fake.identify_count == 1  # resumed, not a new session
    click = await fake.click(question, custom_ids(question)[0], user_id=41)
    await fake.wait_response(click)
    assert click.responses[0]["data"]["content"].startswith("Locked in")
    final = await fake.wait_for_message(titled("Quiz over!"))
    assert "<@41>" in embed_text(final)
    interaction = await fake.slash("ask", [option("question", "aagc year")])
    await fake.wait_response(interaction)
    assert "2017" in embed_text(interaction.responses[0]["data"])


async def test_http_faults_429_500_403_are_survived(running: RunningBot) -> None:
    from tests.e2e.fakediscord import CHANNEL_ID

    fake = running.fake
    setup = await fake.slash("config ask-channel add", [option("channel", str(CHANNEL_ID), 7)], admin=True)
    await fake.wait_response(setup, count=2)  # deferred, then confirmed
    fake.fail_next("POST", r"/channels/\d+/messages$", 429, retry_after=0.2)
    asked = await fake.post("cepa year?", channel_id=CHANNEL_ID)
    reply = await fake.wait_for_message(lambda m: m.get("_reply_to") == str(asked))
    assert "2011" in embed_text(reply)
    fake.fail_next("POST", r"/channels/\d+/messages$", 500)
    asked = await fake.post("which state is paired with toyama", channel_id=CHANNEL_ID)
    reply = await fake.wait_for_message(lambda m: m.get("_reply_to") == str(asked))
    assert "Andhra Pradesh" in embed_text(reply)
    fake.fail_next("POST", r"/channels/\d+/messages$", 403)
    lost = await fake.post("which state is paired with yamanashi", channel_id=CHANNEL_ID)
    # The reply to `lost` has been refused before anything else is checked (no race with the next question).
    await fake.wait_until(lambda: any(status == 403 for _m, _p, status in fake.requests))
    after = await fake.slash("ask", [option("question", "gujarat prefecture")])
    await fake.wait_response(after)
    assert "Shizuoka" in embed_text(after.responses[0]["data"])
    assert not any(m.get("_reply_to") == str(lost) for m in fake.messages.values())
    assert any(status == 403 for _m, _p, status in fake.requests)
    assert running.process.returncode is None


async def test_bad_input_from_members_never_crashes(running: RunningBot) -> None:
    fake = running.fake
    weird = [
        "x " * 2000,
        "\u200b\u200d\u202ecepa\u202c year\u200b",
        "\U0001f600\U0001f64f\U0001f600",
        "```python\nprint('cepa')\n```",
        "[click me](https://example.com) @here",
        "?!?!",
    ]
    for member, text in enumerate(weird, start=100):  # one member each: the per-member rate limit stays out of it
        message_id = await fake.post(f"<@900000000000000002> {text}", user_id=member, mention_bot=True)
        await fake.wait_for_message(lambda m, mid=message_id: m.get("_reply_to") == str(mid))
    check = await fake.slash("ask", [option("question", "cepa year?")])
    await fake.wait_response(check)
    assert "2011" in embed_text(check.responses[0]["data"])
    assert fake.violations == []


async def test_daily_quiz_posts_once_and_its_buttons_survive_a_restart(running: RunningBot) -> None:
    import asyncio
    import datetime as dt
    import zoneinfo

    from tests.e2e.conftest import start_bot
    from tests.e2e.fakediscord import OTHER_CHANNEL_ID

    fake = running.fake
    india = zoneinfo.ZoneInfo("Asia/Kolkata")
    local = dt.datetime.now(india)
    if (local.hour, local.minute) >= (23, 58):
        # The time set below must stay today's until the bot's check runs: start after midnight instead.
        midnight = (local + dt.timedelta(days=1)).replace(hour=0, minute=0, second=1, microsecond=0)
        await asyncio.sleep((midnight - local).total_seconds())
        local = dt.datetime.now(india)
    # This minute has begun, so the daily quiz is due at once whatever the seconds are.
    configure = await fake.slash(
        "daily set",
        [
            option("channel", str(OTHER_CHANNEL_ID), 7),
            option("time", local.strftime("%H:%M")),
            option("questions", 2, 4),
        ],
        admin=True,
    )
    await fake.wait_response(configure, count=2)
    post = await fake.wait_for_message(titled("Daily quiz"))
    buttons = custom_ids(post)
    assert len(buttons) == 8
    assert all(b.startswith("daily:") for b in buttons)
    first = await fake.click(post, buttons[0], user_id=80)
    await fake.wait_response(first, count=2)  # deferred, then the verdict
    # Kill the bot without a clean stop, start it again on the same database.
    running.process.kill()
    await running.process.wait()
    fake.synced.clear()
    fake.ready.clear()
    running.process = await start_bot(fake, running.data_dir, running.log_path)
    again = await fake.click(post, buttons[1], user_id=80)
    await fake.wait_response(again, count=2)
    assert "first answer counts" in again.responses[-1]["data"]["content"]
    other = await fake.click(post, buttons[5], user_id=81)
    await fake.wait_response(other, count=2)
    verdict = other.responses[-1]["data"]["content"]
    assert verdict.startswith(("Right!", "Not quite"))
    # The restarted process has completed a full daily check (the log says so once per start): none repeats.
    from bot.discordbot.cogs.daily import FIRST_CHECK_DONE

    await fake.wait_until(lambda: running.log().count(FIRST_CHECK_DONE) >= 2)
    daily_posts = [m for m in fake.messages.values() if titled("Daily quiz")(m)]
    assert len(daily_posts) == 1
    assert fake.violations == []


async def test_kb_reload_keeps_old_knowledge_on_a_broken_file_then_picks_up_the_fix(
    running: RunningBot, tmp_path: object
) -> None:
    import shutil
    from pathlib import Path

    from tests.e2e.conftest import ROOT, start_bot

    fake = running.fake
    knowledge = Path(str(tmp_path)) / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    running.process.kill()
    await running.process.wait()
    fake.synced.clear()
    fake.ready.clear()
    running.process = await start_bot(fake, running.data_dir, running.log_path, KNOWLEDGE_DIR=str(knowledge))
    article = knowledge / "india-japan-partnership.yaml"
    good = article.read_text(encoding="utf-8")
    article.write_text(good.replace("  publisher: Vision IAS\n", "  publisher: [Vision IAS\n", 1), encoding="utf-8")
    refused = await fake.slash("kb reload", admin=True, user_id=OWNER_ID)
    await fake.wait_response(refused, count=2)
    embed = refused.responses[-1]["data"]["embeds"][0]
    assert "Reload refused" in embed["title"]
    assert "india-japan-partnership.yaml:" in embed["description"]
    still = await fake.slash("ask", [option("question", "cepa year?")])
    await fake.wait_response(still)
    assert "2011" in embed_text(still.responses[0]["data"])
    article.write_text(
        good.replace("came into effect in 2011.", "came into effect in 2011 (fixed copy)."), encoding="utf-8"
    )
    accepted = await fake.slash("kb reload", admin=True, user_id=OWNER_ID)
    await fake.wait_response(accepted, count=2)
    assert accepted.responses[-1]["data"]["embeds"][0]["title"] == "Knowledge base"
    fixed = await fake.slash("ask", [option("question", "cepa year?")])
    await fake.wait_response(fixed)
    assert "(fixed copy)" in embed_text(fixed.responses[0]["data"])


async def test_a_locked_database_mid_quiz_loses_no_score(running: RunningBot) -> None:
    import sqlite3

    fake = running.fake
    start = await fake.slash("quiz start", [option("questions", 1, 4), option("seconds", 10, 4)], user_id=90)
    await fake.wait_response(start, count=2)
    question = await fake.wait_for_message(titled("Question 1 of 1"))
    lock = sqlite3.connect(running.data_dir / "studybot.db", timeout=60)
    lock.execute("BEGIN EXCLUSIVE")  # another process holds the database
    try:
        click = await fake.click(question, custom_ids(question)[0], user_id=91)
        await fake.wait_response(click)
        assert click.latency is not None
        assert click.latency < 3  # acknowledged from memory while the database is locked
        assert click.responses[0]["data"]["content"].startswith("Locked in")
    finally:
        lock.rollback()
        lock.close()
    await fake.wait_for_message(titled("Quiz over!"))
    stored = (
        sqlite3.connect(running.data_dir / "studybot.db")
        .execute("SELECT count(*) FROM quiz_answers WHERE user_id = 91")
        .fetchone()[0]
    )
    assert stored == 1


async def test_summary_autocomplete_offers_section_titles(running: RunningBot) -> None:
    fake = running.fake
    data = {
        "id": fake.command_ids["summary"],
        "name": "summary",
        "type": 1,
        "options": [{"name": "section", "type": 3, "value": "conc", "focused": True}],
    }
    interaction = await fake.interact(4, data)
    await fake.wait_response(interaction)
    response = interaction.responses[0]
    assert response["type"] == 8
    names = [c["name"] for c in response["data"]["choices"]]
    assert names[0] == "Conclusion"
    assert fake.violations == []


async def test_the_stand_in_refuses_payloads_that_break_discords_rules(running: RunningBot) -> None:
    fake = running.fake
    before = len(fake.violations)
    fake.check_message({"content": "x" * 2001, "allowed_mentions": {"parse": []}}, "probe")
    fake.check_message({"content": "@everyone hi"}, "probe")
    fake.check_commands([{"name": "Bad Name", "description": ""}])
    assert len(fake.violations) - before == 4
    fake.violations.clear()


async def test_grouping_two_thousand_logged_questions_never_delays_members(running: RunningBot) -> None:
    import asyncio
    import random
    import sqlite3

    from tests.e2e.fakediscord import GUILD_ID

    fake = running.fake
    words = (
        "who when what how much many which year cost speed length bullet train tokyo osaka delhi mumbai "
        "semiconductor rare earth quad summit defence exercise budget loan yen rupee visa students tourism "
        "hydrogen ammonia shipping port airport satellite rocket moon rover chip factory metro monorail"
    ).split()
    rng = random.Random(20251004)
    rows = [
        (GUILD_ID, 5000 + n % 300, " ".join(rng.choices(words, k=rng.randint(4, 12))), "declined", 0.1)
        for n in range(2000)
    ]
    database = sqlite3.connect(running.data_dir / "studybot.db", timeout=60)
    with database:
        database.executemany(
            "INSERT INTO unanswered_questions (guild_id, user_id, question, outcome, top_fact_id, score, asked_at)"
            " VALUES (?, ?, ?, ?, NULL, ?, '2025-10-06 03:30:00.000000')",
            rows,
        )
    database.close()
    gaps = await fake.slash("kb gaps", admin=True)
    questions = ["cepa year?", "which state is paired with ehime", "aagc year", "who heads JAXA"] * 3
    asks = [await fake.slash("ask", [option("question", text)], user_id=300 + n) for n, text in enumerate(questions)]
    answers = await asyncio.gather(*(fake.wait_answer(a) for a in asks))
    await fake.wait_response(gaps, count=2)  # deferred, then the groups
    assert "2011" in embed_text(answers[0])
    assert all(a.latency is not None and a.latency < 3 for a in asks)  # members never waited on the grouping
    assert "asked" in embed_text(gaps.responses[-1]["data"]).lower()
    assert running.stalls() == []


async def test_daily_quiz_in_a_channel_without_embed_links_names_the_missing_permission(running: RunningBot) -> None:
    from tests.e2e.fakediscord import NO_EMBEDS_CHANNEL_ID

    fake = running.fake
    refused = await fake.slash(
        "daily set", [option("channel", str(NO_EMBEDS_CHANNEL_ID), 7), option("time", "09:00")], admin=True
    )
    await fake.wait_response(refused, count=1)
    await fake.wait_until(lambda: any("Embed Links" in str(r) for r in refused.responses))
    text = " ".join(str(r) for r in refused.responses)
    assert "Embed Links" in text
    assert str(NO_EMBEDS_CHANNEL_ID) in text  # the channel is named (as a mention)
    assert "something went wrong" not in text.lower()


async def test_an_operator_teaches_an_unanswered_question_from_kb_gaps_and_it_is_answered(
    running: RunningBot, tmp_path: object
) -> None:
    import asyncio
    import shutil
    from pathlib import Path

    from tests.e2e.conftest import ROOT, start_bot

    fake = running.fake
    knowledge = Path(str(tmp_path)) / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    running.process.kill()
    await running.process.wait()
    fake.synced.clear()
    fake.ready.clear()
    running.process = await start_bot(fake, running.data_dir, running.log_path, KNOWLEDGE_DIR=str(knowledge))
    question = "which exercise do sailors hold"

    unsure = await fake.slash("ask", [option("question", question)], user_id=7)
    await fake.wait_response(unsure)
    assert "Did you mean" in embed_text(unsure.responses[0]["data"])

    # The bot logs an unsure answer after the member has it: on a busy machine the log may come after the member's
    # next command, so the operator asks again until the question is listed (as an operator would).
    listing = None
    for _attempt in range(100):
        gaps = await fake.slash("kb gaps", admin=True, user_id=OWNER_ID)
        await fake.wait_response(gaps, count=2)  # deferred, then the list with a menu per question
        listing = next(
            (m for m in fake.messages.values() if m.get("_webhook_token") == gaps.token and m.get("components")), None
        )
        if listing is not None:
            break
        await asyncio.sleep(0.1)
    assert listing is not None
    assert question in embed_text(listing)
    menu = next(c for row in listing["components"] for c in row["components"] if c["type"] == 3)
    assert question in menu["placeholder"]
    assert menu["options"][0]["value"] == "bilateral_exercises"

    picked = await fake.select(listing, menu["custom_id"], ["bilateral_exercises"], admin=True, user_id=OWNER_ID)
    await fake.wait_response(picked)
    assert picked.responses[0]["type"] == 4
    assert picked.responses[0]["data"]["flags"] & 64  # only the operator sees it
    assert "`bilateral_exercises`" in picked.responses[0]["data"]["content"]
    confirm = fake.messages[int(picked.responses[0]["_message_id"])]
    teach = next(
        c["custom_id"] for row in confirm["components"] for c in row["components"] if c.get("label") == "Teach it"
    )

    confirmed = await fake.click(confirm, teach, admin=True, user_id=OWNER_ID)
    await fake.wait_response(confirmed, count=2)  # the buttons go at once, then the result
    assert confirmed.responses[0]["type"] == 7
    result = confirmed.responses[-1]["data"]
    assert "Taught" in embed_text(result)
    assert "india-japan-partnership.yaml" in embed_text(result)
    assert "bilateral_exercises" in embed_text(result)
    assert f"- {question}\n" in (knowledge / "india-japan-partnership.yaml").read_text(encoding="utf-8")

    again = await fake.slash("ask", [option("question", question)], user_id=8)
    await fake.wait_response(again)
    assert "JIMEX" in embed_text(again.responses[0]["data"])  # the answer of bilateral_exercises
    assert "Did you mean" not in embed_text(again.responses[0]["data"])
    assert all(i.latency is not None and i.latency < 3 for i in (unsure, gaps, picked, confirmed, again))
    assert fake.violations == []


async def test_two_articles_summaries_answers_quiz_daily_reports_and_reload_on_save(
    running: RunningBot, tmp_path: object
) -> None:
    import asyncio
    from pathlib import Path

    from tests.conftest import copy_two_articles
    from tests.e2e.conftest import start_bot
    from tests.e2e.fakediscord import OTHER_CHANNEL_ID

    fake = running.fake
    knowledge = copy_two_articles(Path(str(tmp_path)) / "knowledge")
    running.process.kill()
    await running.process.wait()
    fake.synced.clear()
    fake.ready.clear()
    running.process = await start_bot(
        fake, running.data_dir, running.log_path, KNOWLEDGE_DIR=str(knowledge), WATCH_KNOWLEDGE="true"
    )
    japan, germany = "India-Japan Partnership", "India-Germany Strategic Partnership"

    # Summaries: every article reachable, and an overview of both.
    overview = await fake.slash("summary")
    of_germany = await fake.slash("summary", [option("article", "germany")])
    of_japan = await fake.slash("summary", [option("article", "japan"), option("section", "Conclusion")])
    for interaction in (overview, of_germany, of_japan):
        await fake.wait_response(interaction)
    assert japan in embed_text(overview.responses[0]["data"])
    assert germany in embed_text(overview.responses[0]["data"])
    assert f"Summary: {germany}" in embed_text(of_germany.responses[0]["data"])
    assert "Summary: Conclusion" in embed_text(of_japan.responses[0]["data"])
    assert japan in embed_text(of_japan.responses[0]["data"])

    # A question both articles answer differently: each answered under its title; a named one from its article.
    both = await fake.slash("ask", [option("question", "bilateral trade in fy 2023-24")], user_id=21)
    named = await fake.slash("ask", [option("question", "india germany trade kitna hai")], user_id=22)
    for interaction in (both, named):
        await fake.wait_response(interaction)
    text = embed_text(both.responses[0]["data"])
    assert f"In \u201c{japan}\u201d" in text
    assert f"In \u201c{germany}\u201d" in text
    assert "26.1" in embed_text(named.responses[0]["data"])
    assert japan not in embed_text(named.responses[0]["data"])

    # A quiz on one article: the reveal names it as the source.
    start = await fake.slash("quiz start", [option("article", "germany"), option("questions", 1, 4)], user_id=23)
    await fake.wait_response(start, count=2)
    reveal = await fake.wait_for_message(titled("Answer: "))
    assert germany in embed_text(reveal)
    await fake.wait_for_message(titled("Quiz over!"))

    # The daily quiz on chosen articles.
    daily = await fake.slash(
        "daily set",
        [option("channel", str(OTHER_CHANNEL_ID), 7), option("time", "23:59"), option("articles", "germany")],
        admin=True,
    )
    await fake.wait_response(daily, count=2)
    assert germany in daily.responses[-1]["data"]["content"]

    # A "wrong match" report reaches /kb reports.
    message = fake.messages[int(named.responses[0]["_message_id"])]
    wrong = next(c for c in custom_ids(message) if c.split(":")[2] == "w")
    flagged = await fake.click(message, wrong, user_id=24)
    await fake.wait_response(flagged)
    reports = await fake.slash("kb reports", admin=True)
    await fake.wait_response(reports, count=2)
    assert "india germany trade kitna hai" in embed_text(reports.responses[-1]["data"])

    # Reload on save: a saved edit that validates is answered without any command.
    article = knowledge / "india-germany-partnership.yaml"
    old = "worth about US$ 26.1 billion"
    article.write_text(article.read_text(encoding="utf-8").replace(old, old + " (saved edit)"))

    async def answered_with_edit(attempt: int) -> bool:
        probe = await fake.slash("ask", [option("question", "india germany trade kitna hai")], user_id=100 + attempt)
        await fake.wait_response(probe)
        return "(saved edit)" in embed_text(probe.responses[0]["data"])

    for attempt in range(60):
        if await answered_with_edit(attempt):
            break
        await asyncio.sleep(1)  # the watcher waits for the file to settle, then reloads off the loop
    else:
        raise AssertionError("the saved edit was never picked up")
    assert fake.violations == []


async def test_stats_after_a_quiz_answer_shows_the_members_chart(running: RunningBot) -> None:
    import io

    from matplotlib import image

    fake = running.fake
    start = await fake.slash("quiz start", [option("questions", 1, 4), option("seconds", 10, 4)], user_id=80)
    await fake.wait_response(start, count=2)
    question = await fake.wait_for_message(titled("Question 1 of 1"))
    click = await fake.click(question, custom_ids(question)[0], user_id=81)
    await fake.wait_response(click)
    await fake.wait_for_message(titled("Quiz over!"))

    stats = await fake.slash("stats", user_id=81)
    await fake.wait_response(stats, count=2)  # deferred, then the embed with its chart
    assert stats.responses[0]["type"] == 5
    sent = stats.responses[1]["data"]
    assert sent["embeds"][0]["image"]["url"] == "attachment://stats.png"
    assert "Answered 1" in embed_text(sent)
    assert "Last 30 days: 1 answered" in sent["attachments"][0]["description"]  # the chart's alt text
    message = next(m for m in fake.messages.values() if m.get("_webhook_token") == stats.token and m["attachments"])
    assert [a["filename"] for a in message["attachments"]] == ["stats.png"]
    png = fake.files[int(message["id"])]["stats.png"]
    picture = image.imread(io.BytesIO(png), format="png")
    assert picture.shape[0] >= 300
    assert picture.shape[1] >= 600

    board = await fake.slash("leaderboard", [option("period", "weekly"), option("chart", True, 5)], user_id=81)
    await fake.wait_response(board, count=2)
    shown = board.responses[1]["data"]
    assert shown["embeds"][0]["image"]["url"] == "attachment://leaderboard.png"
    assert "#1" in shown["attachments"][0]["description"]
    assert fake.violations == []


async def test_a_wrong_quiz_answer_reaches_review_with_interval_buttons_and_export(running: RunningBot) -> None:
    import csv
    import io
    import sqlite3
    import zipfile

    fake = running.fake
    start = await fake.slash("quiz start", [option("questions", 1, 4), option("seconds", 10, 4)], user_id=90)
    await fake.wait_response(start, count=2)
    question = await fake.wait_for_message(titled("Question 1 of 1"))
    buttons = custom_ids(question)
    clicks = [await fake.click(question, buttons[index], user_id=91 + index) for index in range(4)]
    for click in clicks:
        await fake.wait_response(click)
    reveal = await fake.wait_for_message(titled("Answer: "))
    right = "ABCD".index(reveal["embeds"][0]["title"].removeprefix("Answer: ")[0])
    member = 91 + (right + 1) % 4  # answered wrong: the fact is now in their review deck
    await fake.wait_for_message(titled("Quiz over!"))

    admin = await fake.slash("config retention", [option("share", 0.85, 10)], admin=True)
    await fake.wait_response(admin, count=2)
    assert "aim at 85% recall" in admin.responses[1]["data"]["content"]

    export = await fake.slash("export", user_id=member)
    await fake.wait_response(export, count=2)  # deferred (thinking), then the files
    assert export.responses[0]["type"] == 5
    sent = export.responses[1]["data"]
    assert sent["flags"] & 64  # only the member sees it
    files = dict(sent["_files"])
    assert sorted(files) == [f"studybot-answers-{member}.csv", f"studybot-review-{member}.apkg"]
    with zipfile.ZipFile(io.BytesIO(files[f"studybot-review-{member}.apkg"])) as package:
        collection = package.read("collection.anki2")
    deck = sqlite3.connect(":memory:")
    deck.deserialize(collection)
    [(fields, tags)] = deck.execute("SELECT flds, tags FROM notes").fetchall()
    assert fields.split("\x1f")[2].startswith("Source: ")
    assert "studybot::" in tags
    rows = list(csv.DictReader(io.StringIO(files[f"studybot-answers-{member}.csv"].decode("utf-8-sig"))))
    assert [(row["kind"], row["correct"]) for row in rows] == [("quiz", "no")]
    assert "1 review card(s) and 1 answer(s)" in sent["content"]

    review = await fake.slash("review", user_id=member)
    await fake.wait_response(review)
    shown = review.responses[0]
    assert shown["data"]["flags"] & 64
    card = fake.messages[int(shown["_message_id"])]
    answer = await fake.click(card, custom_ids(card)[0], user_id=member)
    await fake.wait_response(answer)
    labels = [c.get("label", "") for row in answer.responses[0]["data"]["components"] for c in row["components"]]
    # Learning steps, then FSRS's first interval at the server's retention (0.85: 16 days; the default 0.9: 8).
    assert labels == ["Again \u00b7 1m", "Hard \u00b7 6m", "Good \u00b7 10m", "Easy \u00b7 16d"]
    assert fake.violations == []


async def test_a_burst_of_ask_is_acknowledged_at_once_and_every_question_answered(running: RunningBot) -> None:
    import asyncio

    fake = running.fake
    questions = ["cepa year?", "hello", "aagc year", "who heads JAXA"] * 10
    asks = await asyncio.gather(
        *(fake.slash("ask", [option("question", text)], user_id=700 + n) for n, text in enumerate(questions))
    )
    answers = await asyncio.gather(*(fake.wait_answer(a) for a in asks))
    deferred = [a for a in asks if a.callback_type == 5]
    assert deferred  # a burst: some were acknowledged first ("thinking...") and answered in a follow-up
    assert all(a.latency is not None and a.latency < 3 for a in asks)
    for text, ask, answer in zip(questions, asks, answers, strict=True):
        assert answer.get("embeds"), text  # every question got its answer, not just "thinking..."
        if text == "cepa year?":
            assert "2011" in embed_text(answer)
        if ask in deferred:
            # A private answer (small talk) after a public "thinking..." is a new private message; others replace it.
            private = bool((answer.get("flags") or 0) & 64)
            assert private == (text == "hello")
            if private:  # the public "thinking..." message was removed: only the private answer is left
                left = [m for m in fake.messages.values() if m.get("_webhook_token") == ask.token]
                assert [bool(m["flags"] & 64) for m in left] == [True]
    assert fake.violations == []
