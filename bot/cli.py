"""The `studybot` command line: run the bot, chat offline, ask, validate and write the schema."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from bot.app import App, asking_only, bootstrap, load_knowledge
from bot.core.answering.outcomes import Answer, Decline, Outcome, Suggestions, kind_of, related_matches
from bot.core.answering.present import answer_text, explain, outcome_text, suggestion_lines
from bot.core.errors import StorageError
from bot.core.knowledge.base import SourcedFact
from bot.core.knowledge.problems import KnowledgeError
from bot.core.knowledge.schema import KnowledgeFile
from bot.core.services.asking import MAX_QUESTION_CHARS, AskingService
from bot.core.services.knowledge import KnowledgeService, validate_folder
from bot.settings import Settings

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="studybot", description="Study-group bot for UPSC current affairs.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("start", help="run the Discord bot, or the terminal mode when no DISCORD_TOKEN is set")
    sub.add_parser("run", help="connect the bot to Discord (needs DISCORD_TOKEN)")
    sync = sub.add_parser("sync", help="sync slash commands to Discord, globally or to one guild")
    sync.add_argument("--guild", type=int, help="sync only to this guild (instant; global sync can take an hour)")
    invite = sub.add_parser("invite", help="print the invite link with the permissions the bot needs")
    invite.add_argument("client_id", type=int, help="the application's client id (developer portal)")
    sub.add_parser("chat", help="talk to the bot in this terminal (no Discord needed)")
    ask = sub.add_parser("ask", help="answer one question, or JSON lines from stdin with --json")
    ask.add_argument("question", nargs="*", help="the question (omit with --json)")
    ask.add_argument("--json", action="store_true", help="read questions from stdin, write one JSON object per line")
    ask.add_argument("--explain", action="store_true", help="also print which check decided, and why")
    ask.add_argument(
        "--conversation",
        action="store_true",
        help="with --json: consecutive lines are one member's turns (follow-ups); a blank line starts a new one",
    )
    validate = sub.add_parser("validate", help="check knowledge files; prints file:line:col problems")
    validate.add_argument("directory", nargs="?", type=Path, help="knowledge folder (default: KNOWLEDGE_DIR)")
    gaps = sub.add_parser("gaps", help="print unanswered questions, grouped, as YAML phrasings to paste")
    gaps.add_argument("--guild", type=int, help="only this guild's questions")
    schema = sub.add_parser("schema", help="write the JSON Schema of the knowledge file format")
    schema.add_argument(
        "--output", type=Path, help="where to write it (default: KNOWLEDGE_DIR/schema.json; - for stdout)"
    )
    return parser


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run one `studybot` command and return its exit code."""
    args = _parser().parse_args(argv)
    out = stdout or sys.stdout
    inp = stdin or sys.stdin
    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"Configuration error:\n{exc}", file=sys.stderr)
        return EXIT_USAGE
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Alembic narrates every start at INFO; only its warnings matter to someone running the bot.
    logging.getLogger("alembic").setLevel(max(logging.WARNING, logging.getLogger().level))
    if args.command == "validate":
        return _validate(args.directory or settings.knowledge_dir, out)
    if args.command == "schema":
        return _schema(args.output or settings.knowledge_dir / "schema.json", out)
    if args.command == "invite":
        from bot.discordbot.client import REQUIRED_PERMISSIONS, invite_url

        print(invite_url(args.client_id), file=out)
        print(f"permissions integer: {REQUIRED_PERMISSIONS.value}", file=out)
        return EXIT_OK
    if args.command in {"run", "sync"} or (args.command == "start" and settings.discord_token is not None):
        return _discord(settings, args, out)
    try:
        knowledge = load_knowledge(settings)
    except KnowledgeError as exc:
        print("The knowledge files have problems; fix them and try again:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.command == "ask":
        return _ask(asking_only(settings, knowledge), args, inp, out)
    if args.command in {"chat", "start", "gaps"}:
        if args.command == "start":
            if settings.discord_token is None:
                print("No DISCORD_TOKEN is set, so the bot starts in offline terminal mode.", file=out)
            else:
                print(
                    "The Discord adapter is not part of this build yet; starting the offline terminal mode.", file=out
                )
        try:
            return asyncio.run(_with_app(settings, knowledge, args, inp, out))
        except StorageError as exc:
            print(f"Database problem: {exc}", file=sys.stderr)
            return EXIT_PROBLEMS
    return EXIT_USAGE


async def _with_app(
    settings: Settings, knowledge: KnowledgeService, args: argparse.Namespace, inp: TextIO, out: TextIO
) -> int:
    from bot.terminal import TerminalSession

    app = await bootstrap(settings, knowledge=knowledge)
    try:
        if args.command == "gaps":
            return await _gaps(app, args.guild, out)
        return await TerminalSession(app, inp, out).run()
    finally:
        await app.close()


async def _gaps(app: App, guild_id: int | None, out: TextIO) -> int:
    gaps = await app.curation.gaps(guild_id)
    if not gaps:
        print("No unanswered questions logged yet.", file=out)
    for gap in gaps:
        print(f"# asked {gap.count} time(s)\n{gap.yaml_snippet()}\n", file=out)
    return EXIT_OK


def _discord(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    import discord

    from bot.discordbot import client

    if settings.discord_token is None:
        print("DISCORD_TOKEN is not set: put it in .env (see .env.example) or the environment.", file=sys.stderr)
        return EXIT_USAGE
    logging.getLogger().handlers.clear()  # discord.py's handler replaces the plain one set up in main()
    discord.utils.setup_logging(level=logging.getLevelName(settings.log_level.upper()), root=True)
    try:
        if args.command == "sync":
            synced = asyncio.run(client.sync_commands(settings, args.guild))
            where = f"guild {args.guild}" if args.guild else "all guilds (may take up to an hour to appear)"
            print(f"Synced {len(synced)} command(s) to {where}.", file=out)
            return EXIT_OK
        asyncio.run(client.run(settings))
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    except StorageError as exc:
        print(f"Database problem: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except discord.LoginFailure:
        print("Discord refused the token: check DISCORD_TOKEN.", file=sys.stderr)
        return EXIT_PROBLEMS
    except discord.PrivilegedIntentsRequired:
        print(
            "Discord refused the Message Content intent: enable it in the developer portal "
            "or set MESSAGE_CONTENT_INTENT=false.",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    return EXIT_OK


def _validate(directory: Path, out: TextIO) -> int:
    base, problems = validate_folder(directory)
    for problem in problems:
        print(problem, file=out)
    if base is None:
        print(f"{len(problems)} problem(s) found in {directory}", file=out)
        return EXIT_PROBLEMS
    stats = base.stats
    print(
        f"OK: {stats['files']} files, {stats['facts']} facts, {stats['quiz_items']} quiz items, "
        f"{stats['sections']} sections, {stats['glossary_entries']} glossary entries",
        file=out,
    )
    return EXIT_OK


def schema_document() -> dict[str, Any]:
    """Return the JSON Schema of a knowledge file."""
    schema = KnowledgeFile.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "title": "Study bot knowledge file",
        "description": "One article (source, sections, facts, glossary, quiz) or a shared glossary.",
    }


def _schema(output: Path, out: TextIO) -> int:
    text = json.dumps(schema_document(), indent=2, ensure_ascii=False) + "\n"
    if str(output) == "-":
        out.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        print(f"Wrote {output}", file=out)
    return EXIT_OK


def _source(sourced: SourcedFact) -> dict[str, Any]:
    source = sourced.source
    return {
        "article": source.title,
        "publisher": source.publisher,
        "section": sourced.section.title,
        "published": source.published.isoformat(),
        "updated": source.updated.isoformat() if source.updated else None,
        "url": source.url,
    }


def outcome_record(question: str, outcome: Outcome) -> dict[str, Any]:
    """Return the stable JSON form of one outcome, used by evaluation tools.

    ``answered`` is true only for an answer; ``answer`` is then exactly the text the member is shown (empty
    otherwise); ``message`` is what the member is shown for any kind; ``related`` lists the facts a partial
    answer, a correction or suggestions draw on.
    """
    record: dict[str, Any] = {
        "question": question,
        "kind": kind_of(outcome).value,
        "answered": False,
        "answer": "",
        "message": outcome_text(outcome),
        "fact_id": None,
        "score": 0.0,
        "source": None,
        "suggestions": [],
        "related": [
            {"fact_id": m.fact.fact.id, "answer": m.fact.fact.answer, "source": _source(m.fact)}
            for m in related_matches(outcome)
        ],
    }
    if isinstance(outcome, Answer):
        best = outcome.best
        record.update(
            answered=True,
            answer=answer_text(outcome),
            fact_id=best.fact.fact.id,
            fact_ids=[m.fact.fact.id for m in outcome.matches],
            score=outcome.confidence,
            source=_source(best.fact),
        )
    elif isinstance(outcome, Suggestions):
        record["suggestions"] = suggestion_lines(outcome.options)
    elif isinstance(outcome, Decline):
        record["declined"] = outcome.reason.value
    return record


def _lines(inp: TextIO) -> Iterator[str]:
    """Yield stdin's lines as text: bytes that are not UTF-8 become replacement characters, never an error."""
    buffer = getattr(inp, "buffer", None)
    if buffer is None:
        yield from (line.rstrip("\n") for line in inp)
        return
    for raw in buffer:
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


def _ask(asking: AskingService, args: argparse.Namespace, inp: TextIO, out: TextIO) -> int:
    if args.json:
        conversation = asking.new_conversation() if args.conversation else None
        for line in _lines(inp):
            question = line[: MAX_QUESTION_CHARS * 2]
            if not question.strip():
                if args.conversation:
                    conversation = asking.new_conversation()
                continue
            record = outcome_record(question, asking.answer(question, conversation))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
        return EXIT_OK
    question = " ".join(args.question).strip()
    if not question:
        print('Give a question, e.g. studybot ask "cepa year?"', file=out)
        return EXIT_USAGE
    outcome = asking.answer(question)
    print(outcome_text(outcome), file=out)
    if args.explain:
        for line in explain(outcome):
            print(line, file=out)
    return EXIT_OK
