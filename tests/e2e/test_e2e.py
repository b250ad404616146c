"""End to end: the real bot process against the local Discord stand-in."""

from __future__ import annotations

from tests.e2e.conftest import RunningBot


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


async def test_ask_confident_answer(running: RunningBot) -> None:
    fake = running.fake
    interaction = await fake.slash("ask", [{"name": "question", "type": 3, "value": "cepa year?"}])
    await fake.wait_response(interaction)
    response = interaction.responses[0]
    assert response["type"] == 4
    assert "2011" in embed_text(response["data"])
    assert interaction.latency is not None
    assert interaction.latency < 3
    assert fake.violations == []


def option(name: str, value: object, kind: int = 3) -> dict:
    return {"name": name, "type": kind, "value": value}


def custom_ids(message: dict) -> list[str]:
    return [c["custom_id"] for row in message.get("components", []) for c in row["components"] if "custom_id" in c]


async def test_ask_suggestions_decline_and_mentions_never_ping(running: RunningBot) -> None:
    fake = running.fake
    unsure = await fake.slash("ask", [option("question", "which prefecture partners with karnataka")])
    declined = await fake.slash("ask", [option("question", "@everyone <@&900000000000000555> who heads JAXA")])
    await fake.wait_response(unsure)
    await fake.wait_response(declined)
    assert "Did you mean" in embed_text(unsure.responses[0]["data"])
    assert custom_ids(unsure.responses[0]["data"])  # suggestion buttons
    assert "Not in the study material" in embed_text(declined.responses[0]["data"])
    for interaction in (unsure, declined):
        assert interaction.responses[0]["data"]["allowed_mentions"]["parse"] == []
    assert fake.violations == []


async def test_channel_questions_in_an_ask_channel_and_by_mention(running: RunningBot) -> None:
    from tests.e2e.fakediscord import CHANNEL_ID, OTHER_CHANNEL_ID

    fake = running.fake
    setup = await fake.slash("config ask-channel add", [option("channel", str(CHANNEL_ID), 7)], admin=True)
    await fake.wait_response(setup)
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
