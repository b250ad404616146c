"""The `studybot` command line: run the bot, chat offline, ask, validate and write the schema."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import re
import shlex
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, AnyStr, NoReturn, TextIO

from pydantic import ValidationError
from pydantic_settings import SettingsError

from bot.app import App, asking_only, bootstrap, index_cache, load_knowledge, reload_broadcast
from bot.core.answering.outcomes import (
    Answer,
    Decline,
    DeclineReason,
    Outcome,
    Suggestions,
    articles_of,
    kind_of,
    related_matches,
)
from bot.core.answering.present import answer_text, explain, outcome_text, suggestion_lines
from bot.core.errors import StorageError
from bot.core.knowledge.base import SourcedFact
from bot.core.knowledge.collector import collection_paused
from bot.core.knowledge.problems import KnowledgeError
from bot.core.knowledge.schema import KnowledgeFile
from bot.core.language.text import printable as safe_text
from bot.core.services.asking import MAX_QUESTION_CHARS, AskingService
from bot.core.services.knowledge import KnowledgeService, draft_article, validate_folder
from bot.settings import ENV_FILE_VARIABLE, SettingError, Settings, env_file_from, load_settings, setting_problems

if TYPE_CHECKING:
    from bot.core.knowledge.cache import CompiledCache
    from bot.core.services.curation import TeachResult
    from bot.core.study.optimise import ParameterFitter

log = logging.getLogger(__name__)

#: Exit codes: done (also a terminal session stopped by SIGTERM); problems found (knowledge, database); bad usage or
#: settings; and EXIT_INTERRUPTED (130) for Ctrl-C or SIGINT.
EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
#: The terminal's code (bot.terminal.EXIT_INTERRUPTED, checked by a test), here so `ask` need not import the terminal.
EXIT_INTERRUPTED = 130
#: The reader of our output closed it early (128 + SIGPIPE), as shells report it.
EXIT_BROKEN_PIPE = 141
#: Characters JSON leaves raw that a terminal would still obey (C0 controls it escapes itself).
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
#: A longer line of `ask --json` is skipped in pieces of this size, never held whole.
_SKIP_CHUNK = 65536


def error(message: str) -> None:
    """Print one line on stderr, prefixed with the program's name."""
    print(f"studybot: {safe_text(message, one_line=True)}", file=sys.stderr, flush=True)


def emit(text: str, out: TextIO) -> None:
    """Print text for the operator, with whatever a terminal would obey removed."""
    print(safe_text(text), file=out)


def json_line(record: dict[str, Any]) -> str:
    """Return one JSON line, every character a terminal would obey written as an escape (still the same JSON)."""
    text = json.dumps(record, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


class _SafeFormatter(logging.Formatter):
    """Log lines with hostile characters removed (questions and knowledge text end up in log messages)."""

    def format(self, record: logging.LogRecord) -> str:
        return safe_text(super().format(record))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        super().error(safe_text(message, one_line=True))


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="studybot", description="Study-group bot for UPSC current affairs.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("start", help="run the Discord bot, or the terminal mode when no DISCORD_TOKEN is set")
    sub.add_parser("run", help="connect the bot to Discord (needs DISCORD_TOKEN)")
    sync = sub.add_parser("sync", help="sync slash commands to Discord, globally or to one guild")
    sync.add_argument("--guild", type=int, help="sync only to this guild (instant; global sync can take an hour)")
    invite = sub.add_parser("invite", help="print the invite link with the permissions the bot needs")
    invite.add_argument("client_id", type=int, help="the application's client id (developer portal)")
    sub.add_parser("chat", help="talk to the bot in this terminal (no Discord needed)")
    ask = sub.add_parser("ask", help="answer one question, or JSON lines from stdin with --json")
    ask.add_argument("question", nargs="*", help="the question (with --json, omit it to read lines from stdin)")
    ask.add_argument("--json", action="store_true", help="write JSON (the question given, else each stdin line)")
    ask.add_argument("--explain", action="store_true", help="also print which check decided, and why")
    ask.add_argument(
        "--conversation",
        action="store_true",
        help="with --json: consecutive lines are one member's turns (follow-ups); a blank line starts a new one",
    )
    validate = sub.add_parser("validate", help="check knowledge files; prints file:line:col problems")
    validate.add_argument("directory", nargs="?", type=Path, help="knowledge folder (default: KNOWLEDGE_DIR)")
    draft = sub.add_parser("draft", help="draft a knowledge file from an article's plain text, for review")
    draft.add_argument("article", type=Path, help="the article as a plain-text file (UTF-8)")
    draft.add_argument("--output", type=Path, help="the YAML file to write (default: next to the article, NAME.yaml)")
    gaps = sub.add_parser("gaps", help="print unanswered questions, grouped, as YAML phrasings to paste")
    gaps.add_argument("--guild", type=int, help="only this guild's questions")
    teach = sub.add_parser("teach", help="add a question as a phrasing of a fact, in the fact's own file")
    teach.add_argument("question", help='the question as members ask it, e.g. "cepa kab hua"')
    teach.add_argument("fact_id", help="the fact it should get, e.g. cepa_year")
    teach.add_argument("--force", action="store_true", help="teach it even though the bot answers it with another fact")
    reports = sub.add_parser("reports", help="print the answers members flagged as a wrong match, counted")
    reports.add_argument("--guild", type=int, help="only this guild's reports")
    stats = sub.add_parser("stats", help="print a member's answers, accuracy and mastery; --chart writes the chart")
    stats.add_argument("--guild", type=int, default=0, help="the guild (default: 0, the terminal mode's)")
    stats.add_argument("--user", type=int, default=0, help="the member's user id (default: 0, the terminal's)")
    stats.add_argument("--chart", type=Path, help="write the progress chart (30 days, mastery) to this PNG file")
    review = sub.add_parser("review", help="spaced-review tools: fit FSRS parameters to a server's reviews")
    review_sub = review.add_subparsers(dest="review_command", required=True)
    optimise = review_sub.add_parser(
        "optimise", help='fit and store FSRS parameters from the review log (needs: pip install "fsrs[optimizer]")'
    )
    optimise.add_argument("--guild", type=int, help="only this guild (default: every guild with logged reviews)")
    export = sub.add_parser("export", help="export a member's review deck (Anki package) or answers (CSV)")
    export_sub = export.add_subparsers(dest="export_command", required=True)
    exports = (("anki", "review deck as an Anki package", ".apkg"), ("answers", "answers as CSV", ".csv"))
    for kind, what, suffix in exports:
        exporter = export_sub.add_parser(kind, help=f"write the member's {what}")
        exporter.add_argument("--user", type=int, required=True, help="the member's Discord user id")
        exporter.add_argument("--output", type=Path, required=True, help=f"the file to write (e.g. deck{suffix})")
    schema = sub.add_parser("schema", help="write the JSON Schema of the knowledge file format")
    schema.add_argument(
        "--output", type=Path, help="where to write it (default: KNOWLEDGE_DIR/schema.json; - for stdout)"
    )
    return parser


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run one `studybot` command and return its exit code (Ctrl-C anywhere: EXIT_INTERRUPTED, no traceback)."""
    args = _parser().parse_args(argv)
    try:
        return _main(args, stdin or sys.stdin, stdout or sys.stdout)
    except KeyboardInterrupt:
        error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away ("studybot ask ... | head -1"): stop quietly, as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _settings() -> Settings | None:
    """Build the settings; on a bad one print one line per problem (never a secret) and return None."""
    try:
        return load_settings()
    except ValidationError as exc:
        for name, problem in setting_problems(exc):
            error(f"setting {name}: {problem}")
    except SettingsError as exc:
        error(f"settings: {exc}")
    except (OSError, UnicodeDecodeError) as exc:
        reason = "it is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else exc.strerror or str(exc)
        error(f"cannot read the settings file {env_file_from(os.environ)} ({ENV_FILE_VARIABLE}): {reason}")
    return None


def _main(args: argparse.Namespace, inp: TextIO, out: TextIO) -> int:
    settings = _settings()
    if settings is None:
        return EXIT_USAGE
    handler = logging.StreamHandler()
    handler.setFormatter(_SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=settings.log_level.upper(), handlers=[handler])
    # Alembic narrates every start at INFO; only its warnings matter to someone running the bot.
    logging.getLogger("alembic").setLevel(max(logging.WARNING, logging.getLogger().level))
    if args.command == "validate":
        return _validate(args.directory or settings.knowledge_dir, out, index_cache(settings))
    if args.command == "draft":
        return _draft(args.article, args.output, out)
    if args.command == "schema":
        return _schema(args.output or settings.knowledge_dir / "schema.json", out)
    if args.command == "invite":
        from bot.discordbot.client import REQUIRED_PERMISSIONS, invite_url

        emit(invite_url(args.client_id), out)
        emit(f"permissions integer: {REQUIRED_PERMISSIONS.value}", out)
        return EXIT_OK
    on_discord = args.command in {"run", "sync"} or (args.command == "start" and settings.discord_token is not None)
    in_terminal = args.command == "chat" or (args.command == "start" and not on_discord)
    # DATA_DIR holds the SQLite database (when no DATABASE_URL is set) and the terminal's line history.
    with_database = {"run", "sync", "start", "gaps", "reports", "export", "review", "stats"}
    if in_terminal or (args.command in with_database and settings.database_url is None):
        try:
            settings.prepare_data_dir()
        except SettingError as exc:
            error(f"setting {exc.setting}: {exc.problem}")
            return EXIT_USAGE
    if on_discord:
        return _discord(settings, args, out)
    try:
        knowledge = _load_once(settings) if args.command == "ask" else load_knowledge(settings)
    except KnowledgeError as exc:
        error("the knowledge files have problems; fix them and try again:")
        for problem in exc.problems:
            print(f"  {safe_text(str(problem), one_line=True)}", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.command == "ask":
        return _ask(asking_only(settings, knowledge), args, inp, out)
    if args.command == "teach":
        return _teach(settings, knowledge, args, out)
    if args.command == "review":
        # Before the database is opened: without the optimiser there is nothing to do.
        args.fitter = _fitter()
        if args.fitter is None:
            return EXIT_PROBLEMS
    if args.command in {"chat", "start", "gaps", "reports", "export", "review", "stats"}:
        if args.command == "start":
            emit("No DISCORD_TOKEN is set, so the bot starts in offline terminal mode.", out)
        try:
            return asyncio.run(_with_app(settings, knowledge, args, inp, out))
        except StorageError as exc:
            error(f"database problem: {exc}")
            return EXIT_PROBLEMS
    return EXIT_USAGE


def _load_once(settings: Settings) -> KnowledgeService:
    """Load the knowledge for a process that answers and exits, leaving what the load made out of the garbage
    collector's passes.

    Collection is paused while knowledge loads; the first pass after it would walk every object the load made (a
    tenth of a second and more at 100,000 facts) just as the first answer is due. A process that answers and exits
    keeps that knowledge to its end, so it is frozen instead (``gc.freeze``): objects that die are still freed by
    reference counting. The bot, which reloads, freezes its heap its own way (``HeapFreezer``).
    """
    with collection_paused():
        knowledge = load_knowledge(settings)
        gc.freeze()
    return knowledge


async def _with_app(
    settings: Settings, knowledge: KnowledgeService, args: argparse.Namespace, inp: TextIO, out: TextIO
) -> int:
    from bot.terminal import StopRequest, TerminalSession

    stop = StopRequest()
    # From here on SIGINT and SIGTERM let a running quiz stop and be saved, and the database close.
    with stop.on_signals():
        app = await bootstrap(settings, knowledge=knowledge)
        try:
            if args.command == "gaps":
                return await _gaps(app, args.guild, out)
            if args.command == "reports":
                return await _reports(app, args.guild, out)
            if args.command == "stats":
                return await _stats(app, args.guild, args.user, args.chart, out)
            if args.command == "export":
                return await _export(app, args.export_command, args.user, args.output, out)
            if args.command == "review":
                return await _optimise(app, args.guild, args.fitter, out)
            return await TerminalSession(app, inp, out, stop=stop).run()
        finally:
            await app.close()


async def _gaps(app: App, guild_id: int | None, out: TextIO) -> int:
    gaps = await app.curation.gaps(guild_id)
    if not gaps:
        emit("No unanswered questions logged yet.", out)
    for gap in gaps:
        # The snippet is yaml.safe_dump output of printable text: pasted into a knowledge file, it stays valid YAML.
        emit(f"# asked {gap.count} time(s)\n{gap.yaml_snippet()}\n", out)
    return EXIT_OK


async def _stats(app: App, guild_id: int, user_id: int, chart: Path | None, out: TextIO) -> int:
    from bot.charts import save_chart, stats_chart

    stats = await app.progress.stats(guild_id, user_id)
    history = await app.progress.history(guild_id, user_id)
    tally, streaks = stats.tally, stats.streaks
    emit(
        f"Member {user_id} in server {guild_id}: answered {tally.answered}, right {tally.correct} "
        f"({tally.accuracy:.0%}), {tally.points} points; daily streak {streaks.current} (best {streaks.best}); "
        f"{stats.due_reviews} review(s) due.",
        out,
    )
    recent = sum(day.answered for day in history.days)
    emit(f"Last {len(history.days)} days: {recent} answered, {sum(day.correct for day in history.days)} right.", out)
    for article in history.articles:
        emit(f"Mastery of {article.title}: {article.share:.0%} ({article.mastered}/{article.facts} facts)", out)
    if chart is None:
        return EXIT_OK
    drawn = await asyncio.to_thread(stats_chart, history)
    try:
        path = await asyncio.to_thread(save_chart, drawn, chart.parent, chart.name)
    except OSError as exc:
        error(f"cannot write {chart}: {exc.strerror or exc}")
        return EXIT_PROBLEMS
    emit(f"Chart: {path}", out)
    return EXIT_OK


def load_fitter() -> ParameterFitter:
    """Return the fsrs package's optimiser (tests replace this with a fake); raise OptimiserMissingError without it."""
    from bot.core.study.optimise import fsrs_fitter

    return fsrs_fitter()


def _fitter() -> ParameterFitter | None:
    """Return the optimiser, or say how to install it (no traceback) and return None."""
    from bot.core.study.optimise import OptimiserMissingError

    try:
        return load_fitter()
    except OptimiserMissingError as exc:
        error(f"{exc} (it needs PyTorch); nothing was changed.")
        return None


async def _optimise(app: App, guild_id: int | None, fitter: ParameterFitter, out: TextIO) -> int:
    from bot.core.study.optimise import MIN_REVIEWS_TO_OPTIMISE

    guilds = [guild_id] if guild_id is not None else await app.reviews.review_guilds()
    if not guilds:
        emit("No reviews logged in any server yet.", out)
    fitted = 0
    for guild in guilds:
        emit(f"Server {guild}: fitting FSRS parameters (this can take minutes)...", out)
        try:
            result = await app.reviews.optimise(guild, fitter)
        except ValueError as exc:
            error(f"server {guild}: the optimiser gave unusable parameters, nothing stored: {exc}")
            continue
        if result.parameters is not None:
            fitted += 1
            weights = ", ".join(f"{w:.4f}" for w in result.parameters)
            emit(f"Server {guild}: fitted to {result.reviews} reviews and stored: {weights}", out)
        elif result.reviews < MIN_REVIEWS_TO_OPTIMISE:
            emit(
                f"Server {guild}: {result.reviews} review(s) logged, {MIN_REVIEWS_TO_OPTIMISE} needed; "
                "the default parameters stay.",
                out,
            )
        else:
            emit(f"Server {guild}: too few reviews a day or more apart to fit; the default parameters stay.", out)
    return EXIT_OK if fitted or guild_id is None else EXIT_PROBLEMS


async def _export(app: App, kind: str, user_id: int, output: Path, out: TextIO) -> int:
    from bot.export import anki_package, answers_csv, summary

    export = await app.export.member(user_id)
    if kind == "anki" and not export.cards:
        error(f"member {user_id} has no review cards to export; nothing written.")
        return EXIT_PROBLEMS
    if kind == "answers" and not export.answers:
        error(f"member {user_id} has no stored answers to export; nothing written.")
        return EXIT_PROBLEMS
    build = anki_package if kind == "anki" else answers_csv
    data = await asyncio.to_thread(build, export)
    try:
        partial = output.with_name(f".{output.name}.partial")
        partial.write_bytes(data)
        partial.replace(output)
    except OSError as exc:
        error(f"cannot write {output}: {exc.strerror or exc}")
        return EXIT_PROBLEMS
    emit(f"Wrote {output} ({len(data):,} bytes): {summary(export)}.", out)
    if kind == "anki":
        emit("Import it in Anki (File > Import); exporting again later updates the same notes.", out)
    return EXIT_OK


def _teach(settings: Settings, knowledge: KnowledgeService, args: argparse.Namespace, out: TextIO) -> int:
    from bot.core.services.curation import CurationService, TeachError  # only `teach` needs curation

    async def teach() -> TeachResult:
        # With PostgreSQL, the reload that follows the edit is announced to the running bots, which reload too.
        curation = CurationService(knowledge, broadcast=reload_broadcast(settings))
        try:
            return await curation.teach(args.question, args.fact_id, force=args.force)
        finally:
            await curation.broadcast.close()

    try:
        result = asyncio.run(teach())
    except TeachError as exc:
        error(str(exc))
        return EXIT_PROBLEMS
    taught = result.taught
    emit(f"Added \u201c{taught.phrasing}\u201d to fact {taught.fact_id} in {taught.path}:{taught.line}.", out)
    if result.answers:
        emit("The bot now answers it with this fact.", out)
    elif result.answered_with:
        emit(f"Note: the bot still answers it with {result.answered_with}; reword that fact's phrasings.", out)
    else:
        emit("Note: the bot is not yet confident on it; more phrasings or keywords on the fact would help.", out)
    if settings.resolved_database_url.startswith("postgresql"):
        emit("Running bots on the same PostgreSQL database were told to reload it.", out)
    else:
        emit("A running bot picks it up with /kb reload (or by itself with WATCH_KNOWLEDGE=true).", out)
    return EXIT_OK


async def _reports(app: App, guild_id: int | None, out: TextIO) -> int:
    reports = await app.curation.reports(guild_id)
    if not reports:
        emit("No open \u201cwrong match\u201d reports.", out)
    for report in reports:
        emit(
            f"{report.count}x {report.question!r}: answered with {report.fact_id}, which members flagged as wrong "
            f"(last {report.last:%Y-%m-%d %H:%M} UTC)\n  teach the right fact: studybot teach "
            f"{shlex.quote(report.question)} FACT_ID",
            out,
        )
    return EXIT_OK


def _discord(settings: Settings, args: argparse.Namespace, out: TextIO) -> int:
    import discord

    from bot.discordbot import client

    if settings.discord_token is None:
        error("DISCORD_TOKEN is not set: put it in .env (see .env.example) or the environment.")
        return EXIT_USAGE
    logging.getLogger().handlers.clear()  # discord.py's handler replaces the plain one set up in main()
    discord.utils.setup_logging(level=logging.getLevelName(settings.log_level.upper()), root=True)
    try:
        if args.command == "sync":
            synced = asyncio.run(client.sync_commands(settings, args.guild))
            where = f"guild {args.guild}" if args.guild else "all guilds (may take up to an hour to appear)"
            emit(f"Synced {len(synced)} command(s) to {where}.", out)
            return EXIT_OK
        asyncio.run(client.run(settings))
    except KnowledgeError as exc:
        error("the knowledge files have problems; fix them and try again:")
        for problem in exc.problems:
            print(f"  {safe_text(str(problem), one_line=True)}", file=sys.stderr)
        return EXIT_PROBLEMS
    except StorageError as exc:
        error(f"database problem: {exc}")
        return EXIT_PROBLEMS
    except discord.LoginFailure:
        error("Discord refused the token: check DISCORD_TOKEN.")
        return EXIT_PROBLEMS
    except discord.PrivilegedIntentsRequired:
        error(
            "Discord refused the Message Content intent: enable it in the developer portal "
            "or set MESSAGE_CONTENT_INTENT=false."
        )
        return EXIT_PROBLEMS
    return EXIT_OK


def _validate(directory: Path, out: TextIO, cache: CompiledCache | None = None) -> int:
    base, problems = validate_folder(directory, cache)
    for problem in problems:
        emit(safe_text(str(problem), one_line=True), out)
    if base is None:
        emit(f"{len(problems)} problem(s) found in {directory}", out)
        return EXIT_PROBLEMS
    stats = base.stats
    emit(
        f"OK: {stats['files']} files, {stats['facts']} facts, {stats['quiz_items']} quiz items, "
        f"{stats['sections']} sections, {stats['glossary_entries']} glossary entries",
        out,
    )
    return EXIT_OK


def _draft(article: Path, output: Path | None, out: TextIO) -> int:
    from bot.core.knowledge.draft import DraftError

    try:
        result = draft_article(article, output)
    except DraftError as exc:
        error(f"cannot draft from {article}: {exc}")
        return EXIT_USAGE
    except OSError as exc:
        error(f"cannot write the draft: {exc.strerror or exc}")
        return EXIT_PROBLEMS
    draft = result.draft
    for note in result.notes:
        emit(f"note: {note}", out)
    for problem in result.problems:
        emit(safe_text(str(problem), one_line=True), out)
    if result.problems:
        emit(f"Wrote {result.output}, but it does not validate: {len(result.problems)} problem(s) above", out)
        return EXIT_PROBLEMS
    counts = f"{draft.facts} facts, {draft.sections} sections, {draft.glossary} glossary entries, {draft.quiz} quiz"
    emit(f"Wrote {result.output}: a draft of \u201c{draft.title}\u201d ({counts} items); it validates.", out)
    emit("Review every fact before use.", out)
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
        emit(f"Wrote {output}", out)
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
    answer, a correction or suggestions draw on; ``articles`` the ids of the articles the outcome draws on.
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
        "articles": list(articles_of(outcome)),
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


def bounded_lines(inp: TextIO, limit: int = MAX_QUESTION_CHARS) -> Iterator[tuple[str, bool]]:
    """Yield (line, cut) for stdin's lines, each cut to ``limit`` characters before anything else reads it.

    The rest of a longer line is read in pieces and dropped, never held whole; bytes that are not UTF-8 become
    replacement characters, never an error.
    """
    buffer = getattr(inp, "buffer", None)
    lines: Iterable[tuple[str, bool]]
    if buffer is None:
        lines = _bounded(inp.readline, limit, "\n")
    else:  # by bytes: 4 per character is enough for any UTF-8 text of ``limit`` characters
        lines = (
            (raw.decode("utf-8", errors="replace"), cut) for raw, cut in _bounded(buffer.readline, limit * 4, b"\n")
        )
    for raw, cut in lines:
        text = raw.removesuffix("\n").removesuffix("\r")
        yield text[:limit], cut or len(text) > limit


def _bounded(readline: Callable[[int], AnyStr], size: int, newline: AnyStr) -> Iterator[tuple[AnyStr, bool]]:
    """Yield lines of at most ``size`` (+1) units, and whether the line went on (its rest is skipped)."""
    while raw := readline(size + 1):
        cut = len(raw) > size and not raw.endswith(newline)
        if cut:
            while (rest := readline(_SKIP_CHUNK)) and not rest.endswith(newline):
                pass
        yield raw, cut


def too_long() -> Decline:
    """Return the decline of a question longer than MAX_QUESTION_CHARS (what the asking service says)."""
    return Decline(DeclineReason.TOO_LONG, f"more than {MAX_QUESTION_CHARS} characters")


def _ask(asking: AskingService, args: argparse.Namespace, inp: TextIO, out: TextIO) -> int:
    if args.json and args.question:
        # A question on the command line is answered as one JSON line, not silently replaced by stdin.
        question = " ".join(args.question).strip()
        outcome = too_long() if len(question) > MAX_QUESTION_CHARS else asking.answer(question)
        out.write(json_line(outcome_record(question, outcome)) + "\n")
        return EXIT_OK
    if args.json:
        conversation = asking.new_conversation() if args.conversation else None
        for question, cut in bounded_lines(inp):
            if not question.strip() and not cut:
                if args.conversation:
                    conversation = asking.new_conversation()
                continue
            outcome = too_long() if cut else asking.answer(question, conversation)
            out.write(json_line(outcome_record(question, outcome)) + "\n")
            out.flush()
        return EXIT_OK
    question = " ".join(args.question).strip()
    if not question:
        emit('Give a question, e.g. studybot ask "cepa year?"', out)
        return EXIT_USAGE
    outcome = too_long() if len(question) > MAX_QUESTION_CHARS else asking.answer(question)
    emit(outcome_text(outcome), out)
    if args.explain:
        for line in explain(outcome):
            emit(line, out)
    return EXIT_OK
