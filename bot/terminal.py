"""Offline terminal mode: the bot's features in a terminal, for trying it without a Discord token.

Lines are read without blocking the event loop: with prompt_toolkit (line editing, history in DATA_DIR) when both
ends are a terminal, else plainly from the pipe or file. Every line is cut to MAX_QUESTION_CHARS before any work, and
everything printed goes through ``safe_text``. SIGTERM, SIGINT and Ctrl-C stop a running quiz (recorded as stopped),
say goodbye and leave with EXIT_OK (SIGTERM) or EXIT_INTERRUPTED (SIGINT, Ctrl-C).
"""

from __future__ import annotations

import asyncio
import codecs
import concurrent.futures
import contextlib
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple, Protocol, TextIO

from bot.app import App
from bot.charts import CHARTS_DIR, Chart, leaderboard_chart, save_chart, stats_chart
from bot.core.answering.outcomes import Answer
from bot.core.answering.present import fact_source_line, outcome_text
from bot.core.errors import UserFacingError
from bot.core.language.text import printable as safe_text
from bot.core.services.asking import MAX_QUESTION_CHARS
from bot.core.services.reviews import ReviewItem
from bot.core.study.progress import Period, RankBy
from bot.core.study.question import Question
from bot.core.study.quiz import MAX_SECONDS, AnswerStatus, FinalResult
from bot.core.study.review import Grade, describe_interval, review_duration_ms, short_interval
from bot.lagmonitor import EventLoopLagMonitor

log = logging.getLogger(__name__)

HELP = """Type a question, or a command:
  /articles            list the articles, with their counts
  /summary [article] [: section]
                       summary of an article (or of all), or of one section (e.g. /summary japan : conclusion)
  /quiz [n] [article]  a solo quiz of n questions (default 5), on one article if named; answer a, b, c or d
  /daily               today's daily quiz (/daily articles NAMES sets which articles it draws on; "all")
  /review              your due review cards (wrong answers land here); each grade shows when the card comes back
  /retention [share]   the desired retention of reviews here (0.7 to 0.97; default 0.9)
  /export              write your review deck (Anki .apkg) and your answers (CSV) into DATA_DIR
  /stats               your answers, accuracy, points and streaks, and a chart of them (written to DATA_DIR/charts)
  /leaderboard [week]  the all-time (or this week's) leaderboard, and a chart of it
  /gaps                questions the bot could not answer, grouped
  /reports             answers members flagged as a wrong match, counted
  /teach FACT QUESTION teach QUESTION as a way to ask fact FACT (--force first: even if it reads as another fact)
  /forget-me           delete everything stored about you
  /sections [article]  list the sections (of one article)
  /help                this help
  /quit                leave (Ctrl-C or Ctrl-D too)"""

LETTERS = "abcd"
DEFAULT_QUIZ_LENGTH = 5
#: The terminal plays as one member of one server.
TERMINAL_GUILD = 0
TERMINAL_CHANNEL = 0
TERMINAL_USER = 0
#: Exit codes of the session: /quit, end of input and SIGTERM leave with 0; Ctrl-C and SIGINT with 128 + SIGINT.
EXIT_OK = 0
EXIT_INTERRUPTED = 130
QUIT_WORDS = frozenset({"/quit", "/exit", "/q"})
STOP_WORDS = frozenset({"/stop"})
#: Where /export writes its files, inside DATA_DIR.
EXPORT_DIR = "exports"
#: The line history of the interactive prompt, inside DATA_DIR.
HISTORY_FILE = "terminal_history"
#: How much is read at once from a pipe or file (a longer line is skipped piece by piece, never held whole).
CHUNK_BYTES = 65536
CUT_NOTICE = f"That line is longer than {MAX_QUESTION_CHARS} characters, so it was not read: ask one short question."


# Escape sequences, whole: CSI (colours, cursor moves, erasing), string commands (OSC titles and links, DCS, APC...)
# up to their terminator, and two-character escapes. Their parameters alone would still be noise on the screen.
# (A lone 8-bit C1 character is only dropped: text after it is more likely meant than a title.)
def parse_choice(reply: str, count: int) -> int | None:
    """Return the option a reply names (exactly one letter among the first ``count``, any case), or None."""
    letter = reply.strip().lower()
    letters = LETTERS[:count]
    return letters.index(letter) if len(letter) == 1 and letter in letters else None


class Line(NamedTuple):
    """One line of input, cut to MAX_QUESTION_CHARS; ``cut`` tells that it was longer."""

    text: str
    cut: bool = False


class Interrupted(Exception):  # noqa: N818 - it names what happened, like KeyboardInterrupt
    """Ctrl-C at the interactive prompt."""


class LineReader(Protocol):
    """Where the session's lines come from."""

    async def read_line(self, prompt: str) -> Line | None:
        """Show ``prompt`` and return the next line; None at end of input; raise Interrupted on Ctrl-C."""
        ...


def _fileno(stream: TextIO) -> int | None:
    try:
        return stream.fileno()
    except (AttributeError, OSError, ValueError):  # in-memory streams (io.UnsupportedOperation), closed files
        return None


def _pump(fd: int, chunks: asyncio.Queue[str], loop: asyncio.AbstractEventLoop) -> None:
    """Read ``fd`` in a daemon thread and hand decoded text to the loop ("" at the end), a little ahead at most."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    while True:
        try:
            data = os.read(fd, CHUNK_BYTES)
        except OSError:
            data = b""
        pieces = [decoder.decode(data)] if data else [decoder.decode(b"", final=True), ""]
        for piece in pieces:
            if piece or not data:
                putting = chunks.put(piece)
                try:
                    handed = asyncio.run_coroutine_threadsafe(putting, loop)
                except RuntimeError:  # the loop is closed: nobody reads any more
                    putting.close()  # (never scheduled: closed here, not left to warn "never awaited")
                    return
                while True:
                    try:
                        handed.result(timeout=1.0)
                        break
                    except TimeoutError:
                        if loop.is_closed():
                            return
                    except concurrent.futures.CancelledError:  # the loop shut down with the hand-over pending
                        return
        if not data:
            return


class StreamReader:
    """Lines of a pipe, a file or an in-memory stream (tests), read without blocking the event loop.

    A pipe or file is read by a daemon thread, so a signal never waits for a line to arrive (a thread of the
    default executor would hold the process until Enter). Each line is cut to ``limit`` characters; the rest of
    a longer line is read and dropped piece by piece. Bytes that are not UTF-8 become replacement characters.
    """

    def __init__(self, stream: TextIO, out: TextIO, limit: int = MAX_QUESTION_CHARS) -> None:
        self._stream = stream
        self._out = out
        self._limit = limit
        self._fd = _fileno(stream)
        self._chunks: asyncio.Queue[str] | None = None
        self._pending = ""
        self._parts: list[str] = []
        self._size = 0
        self._cut = False
        self._eof = False

    async def read_line(self, prompt: str) -> Line | None:
        """Show the prompt and read the next line."""
        self._out.write(prompt)
        self._out.flush()
        return await self.next_line()

    async def next_line(self) -> Line | None:
        """Return the next line, or None at end of input (the state survives a cancelled read)."""
        while True:
            if not self._pending:
                if self._eof:
                    return self._take(at_end=True)
                chunk = await self._next_chunk()
                if not chunk:
                    self._eof = True
                    continue
                self._pending = chunk
            head, newline, self._pending = self._pending.partition("\n")
            room = self._limit - self._size
            if len(head.removesuffix("\r") if newline else head) > room:
                self._cut = True
                head = head[:room]
            if head:
                self._parts.append(head)
                self._size += len(head)
            if newline:
                return self._take()

    def _take(self, at_end: bool = False) -> Line | None:
        text, cut = "".join(self._parts).removesuffix("\r"), self._cut
        self._parts, self._size, self._cut = [], 0, False
        return None if at_end and not text and not cut else Line(text, cut)

    async def _next_chunk(self) -> str:
        if self._fd is None:
            return await asyncio.to_thread(self._stream.readline, CHUNK_BYTES)
        if self._chunks is None:
            self._chunks = asyncio.Queue(maxsize=2)
            reader = threading.Thread(
                target=_pump, args=(self._fd, self._chunks, asyncio.get_running_loop()), name="stdin", daemon=True
            )
            reader.start()
        return await self._chunks.get()


def _private_file(path: Path) -> None:
    """Create ``path`` readable by its owner only, if missing (what someone typed is their business)."""
    os.close(os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600))


class PromptReader:
    """Lines typed at a terminal, with line editing and a history kept in DATA_DIR (prompt_toolkit)."""

    def __init__(
        self,
        history_path: Path | None,
        limit: int = MAX_QUESTION_CHARS,
        *,
        pt_input: Any = None,
        pt_output: Any = None,
    ) -> None:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import FileHistory, History, InMemoryHistory

        history: History = InMemoryHistory()
        if history_path is not None:
            try:
                _private_file(history_path)
                history = FileHistory(str(history_path))
            except OSError as exc:
                log.warning("No line history: cannot write %s (%s)", history_path, exc.strerror or exc)
        self._limit = limit
        self._session: Any = PromptSession(history=history, input=pt_input, output=pt_output)

    async def read_line(self, prompt: str) -> Line | None:
        """Read a line with editing; Ctrl-D ends the input, Ctrl-C raises Interrupted."""
        try:
            # The session's own signal handlers take SIGINT and SIGTERM; prompt_toolkit's would remove them.
            text: str = await self._session.prompt_async(prompt, handle_sigint=False)
        except EOFError:
            return None
        except KeyboardInterrupt:
            # Caught here: a KeyboardInterrupt leaving a task would tear down the event loop itself.
            raise Interrupted from None
        return Line(text[: self._limit], len(text) > self._limit)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, OSError, ValueError):
        return False


def default_reader(stdin: TextIO, stdout: TextIO, history_path: Path | None) -> LineReader:
    """Return the interactive prompt when both ends are a terminal, else plain line reading."""
    if _isatty(stdin) and _isatty(stdout):
        from prompt_toolkit.input import create_input
        from prompt_toolkit.output import create_output

        return PromptReader(history_path, pt_input=create_input(stdin), pt_output=create_output(stdout))
    return StreamReader(stdin, stdout)


class StopRequest:
    """A request to leave, from a signal or Ctrl-C: prompts return at once, so a running quiz stops and is saved."""

    def __init__(self) -> None:
        self._event = asyncio.Event()
        self.exit_code = EXIT_OK
        self.reason = ""

    @property
    def requested(self) -> bool:
        """Tell whether the session should leave."""
        return self._event.is_set()

    def request(self, exit_code: int, reason: str) -> None:
        """Ask the session to leave; the first request decides the exit code."""
        if not self._event.is_set():
            self.exit_code, self.reason = exit_code, reason
            self._event.set()

    async def wait(self) -> None:
        """Return once a stop is requested."""
        await self._event.wait()

    @contextlib.contextmanager
    def on_signals(self) -> Iterator[None]:
        """Turn SIGINT and SIGTERM into stop requests while inside (where the platform allows signal handlers)."""
        loop = asyncio.get_running_loop()
        installed = []
        for signum, code in ((signal.SIGINT, EXIT_INTERRUPTED), (signal.SIGTERM, EXIT_OK)):
            try:
                loop.add_signal_handler(signum, self.request, code, signum.name)
            except (NotImplementedError, RuntimeError, ValueError):  # Windows, or not the main thread
                continue
            installed.append(signum)
        try:
            yield
        finally:
            for signum in installed:
                loop.remove_signal_handler(signum)


class TerminalSession:
    """A read-eval-print loop over the study service, with injectable streams (or a reader) for tests."""

    def __init__(
        self,
        app: App,
        stdin: TextIO,
        stdout: TextIO,
        *,
        reader: LineReader | None = None,
        stop: StopRequest | None = None,
    ) -> None:
        self.app = app
        #: The session is one member's conversation: follow-ups lean on the previous question.
        self.conversation = app.asking.new_conversation()
        self.stdin = stdin
        self.stdout = stdout
        self.reader = reader or default_reader(stdin, stdout, app.settings.data_dir / HISTORY_FILE)
        self.stop = stop or StopRequest()
        #: Set by /quit inside a quiz or review: every later prompt ends at once.
        self.leaving = False

    def say(self, text: str = "") -> None:
        """Print a line to the session's output, with whatever a terminal would obey removed."""
        print(safe_text(text), file=self.stdout, flush=True)

    async def prompt(self, text: str) -> str | None:
        """Show a prompt and read one line, stripped; None at end of input, or when leaving or stopped."""
        while not (self.leaving or self.stop.requested):
            line = await self._read(text)
            if line is None:
                return None
            if not line.cut:
                return line.text.strip()
            self.say(CUT_NOTICE)
        return None

    async def _read(self, text: str) -> Line | None:
        reading = asyncio.ensure_future(self.reader.read_line(text))
        stopping = asyncio.ensure_future(self.stop.wait())
        try:
            await asyncio.wait({reading, stopping}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopping.cancel()
            if not reading.done():
                reading.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await reading
        if reading.cancelled():
            return None
        try:
            return reading.result()
        except Interrupted:
            self.stop.request(EXIT_INTERRUPTED, "Ctrl-C")
            return None

    async def run(self) -> int:
        """Run until /quit, end of input or a stop request; return the exit code."""
        stats = self.app.knowledge.stats
        self.say(
            f"Study bot (offline). {stats['facts']} facts from {stats['articles']} article(s). /help for commands."
        )
        monitor = EventLoopLagMonitor()
        monitor.start()
        stop_watching = asyncio.Event()
        watcher = (
            asyncio.ensure_future(self.app.curation.watch(stop_watching)) if self.app.settings.watch_knowledge else None
        )
        try:
            while True:
                line = await self.prompt("you> ")
                if line is None or line in QUIT_WORDS:
                    break
                if not line:
                    continue
                try:
                    await self.handle(line)
                except UserFacingError as exc:
                    self.say(str(exc))
        finally:
            if watcher is not None:
                stop_watching.set()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(watcher, 10)
            await monitor.stop()
        if self.stop.requested:
            self.say(f"\nStopped ({self.stop.reason}); everything so far is saved.")
        self.say("Bye!")
        return self.stop.exit_code

    async def handle(self, line: str) -> None:
        """Handle one line of input."""
        command, _, rest = line.partition(" ")
        rest = rest.strip()
        handlers = {
            "/help": self.help,
            "/summary": self.summary,
            "/sections": self.sections,
            "/articles": self.articles,
            "/quiz": self.quiz,
            "/daily": self.daily,
            "/review": self.review,
            "/retention": self.retention,
            "/export": self.export,
            "/stats": self.stats,
            "/leaderboard": self.leaderboard,
            "/gaps": self.gaps,
            "/reports": self.reports,
            "/teach": self.teach,
            "/forget-me": self.forget_me,
        }
        handler = handlers.get(command)
        if handler is not None:
            await handler(rest)
        elif command.startswith("/"):
            self.say(f"Unknown command {command}. /help lists the commands.")
        else:
            outcome = await self.app.asking.ask(line, TERMINAL_GUILD, TERMINAL_USER, self.conversation)
            self.say(outcome_text(outcome))
            if isinstance(outcome, Answer):
                self.say(f"(confidence {outcome.confidence:.2f})")

    async def help(self, _rest: str) -> None:
        """Show the commands."""
        self.say(HELP)

    async def summary(self, rest: str) -> None:
        """Show a summary: "/summary", "/summary ARTICLE", "/summary ARTICLE : SECTION" or "/summary SECTION"."""
        knowledge = self.app.knowledge
        article, colon, section = (part.strip() for part in rest.partition(":"))
        if colon:
            self.say(knowledge.summary(section or None, article or None).text())
        elif article and knowledge.article(article) is not None and len(knowledge.article_titles()) > 1:
            self.say(knowledge.summary(None, article).text())
        else:
            self.say(knowledge.summary(article or None).text())

    async def sections(self, rest: str) -> None:
        """List the sections (of one article)."""
        for title in self.app.knowledge.section_titles(rest.strip() or None):
            self.say(f"  - {title}")

    async def articles(self, _rest: str) -> None:
        """List the articles with their counts."""
        for title, counts in self.app.knowledge.article_stats().items():
            self.say(f"  - {title}: " + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items()))

    async def ask_choice(self, question: Question, heading: str) -> int | None:
        """Show a question with its options and read one letter; None if the member stopped or left."""
        self.say(f"\n{heading} {question.prompt}")
        for letter, option in zip(LETTERS, question.choices, strict=False):
            self.say(f"  {letter}) {option}")
        count = min(len(question.choices), len(LETTERS))
        while True:
            reply = await self.prompt("answer> ")
            if reply is None or self._stops(reply):
                return None
            choice = parse_choice(reply, count)
            if choice is not None:
                return choice
            self.say(f"Answer with one letter, A-{LETTERS[max(count, 1) - 1].upper()} (or /stop).")

    def _stops(self, reply: str) -> bool:
        """Tell whether a reply ends the quiz or review (/stop), or the whole session (/quit)."""
        word = reply.lower()
        if word in QUIT_WORDS:
            self.leaving = True
        return word in QUIT_WORDS or word in STOP_WORDS

    def reveal(self, question: Question, correct: bool) -> None:
        """Say whether an answer was right, with the explanation and the source."""
        verdict = (
            "Correct!" if correct else f"Not quite: the answer is {LETTERS[question.answer_index]}) {question.answer}."
        )
        self.say(f"{verdict} {question.explanation}")
        base = self.app.knowledge.base
        if base.has_fact(question.fact_id):
            self.say(fact_source_line(base.fact(question.fact_id)))

    async def quiz(self, rest: str) -> None:
        """Run a solo quiz on the quiz engine."""
        number, _space, name = rest.strip().partition(" ")
        if number and not number.isdigit():
            number, name = "", rest.strip()
        # The service caps the count (at most 20, and what the topic has) and says so: "/quiz 50" is not cut silently.
        count = max(1, int(number) if number else DEFAULT_QUIZ_LENGTH)
        article = self.app.knowledge.article(name) if name else None
        if name and article is None:
            self.say(f"No article called {name!r}. /articles lists them.")
            return
        # One player at a keyboard gets the longest timer; an answer after it is reported as late, not as wrong.
        started = await self.app.quizzes.begin(
            TERMINAL_GUILD,
            TERMINAL_CHANNEL,
            TERMINAL_USER,
            question_count=count,
            seconds=MAX_SECONDS,
            article_id=article.id if article else None,
        )
        quiz = started.quiz
        if started.notice:
            self.say(started.notice)
        while True:
            question = quiz.current
            choice = await self.ask_choice(question, f"Q{quiz.index + 1}/{quiz.total}.")
            if choice is None:
                result = await self.app.quizzes.stop(TERMINAL_CHANNEL, TERMINAL_USER, True)
                self.say("Quiz stopped.")
                break
            receipt = await self.app.quizzes.answer(TERMINAL_CHANNEL, TERMINAL_USER, choice)
            await self.app.quizzes.close_question(TERMINAL_CHANNEL)
            if receipt.status is AnswerStatus.LATE:
                self.say(f"Time's up ({MAX_SECONDS} s): that answer came too late to count.")
            self.reveal(question, bool(receipt.record and receipt.record.correct))
            if receipt.record is not None:
                self.say(f"+{receipt.record.points} points")
            step = await self.app.quizzes.advance(TERMINAL_CHANNEL)
            if isinstance(step, FinalResult):
                result = step
                break
        mine = next((s for s in result.standings if s.user_id == TERMINAL_USER), None)
        if mine is not None:
            self.say(f"\nYou scored {mine.correct}/{result.questions_asked} right, {mine.points} points.")

    async def daily(self, rest: str) -> None:
        """Take today's daily quiz, or choose its articles ("/daily articles japan, germany" or "all")."""
        word, _space, names = rest.strip().partition(" ")
        if word == "articles":
            chosen = self.app.knowledge.articles_named(names)
            await self.app.guilds.update_daily_articles(TERMINAL_GUILD, chosen)
            titles = [s.title for s in self.app.knowledge.base.sources if s.id in chosen] or ["every article"]
            self.say("The daily quiz draws on: " + "; ".join(titles) + ".")
            return
        quiz = await self.app.daily.today(TERMINAL_GUILD) or await self.app.daily.post(TERMINAL_GUILD)
        if quiz is None:
            self.say("There is no daily quiz today.")
            return
        self.say(f"Daily quiz of {quiz.post.day.isoformat()}: {len(quiz.questions)} question(s).")
        for index, question in enumerate(quiz.questions):
            choice = await self.ask_choice(question, f"D{index + 1}/{len(quiz.questions)}.")
            if choice is None:
                return
            result = await self.app.daily.answer(quiz.post.id, index, TERMINAL_USER, choice)
            if not result.recorded:
                self.say("You already answered this one today; your first answer counts.")
            self.reveal(question, result.correct)

    async def review(self, _rest: str) -> None:
        """Go through the due review cards."""
        while True:
            item = await self.app.reviews.next(TERMINAL_USER, TERMINAL_GUILD)
            if item is None:
                self.say("Nothing is due for review. Wrong quiz answers land here.")
                return
            shown = self.app.clock()
            choice = await self.ask_choice(item.question, f"Review ({item.remaining} due):")
            if choice is None:
                return
            correct = item.question.is_correct(choice)
            self.reveal(item.question, correct)
            grade = await self._grade(correct, item)
            if grade is None:
                return
            card = await self.app.reviews.grade(
                TERMINAL_USER,
                item.question.fact_id,
                grade,
                TERMINAL_GUILD,
                review_duration_ms(shown, self.app.clock()),
            )
            self.say(f"Next time for that card: {describe_interval(card, self.app.clock())}.")

    async def _grade(self, correct: bool, item: ReviewItem) -> Grade | None:
        default = "g" if correct else "a"
        grades = {"a": Grade.AGAIN, "h": Grade.HARD, "g": Grade.GOOD, "e": Grade.EASY}
        grades |= {grade.name.lower(): grade for grade in grades.values()}
        # As Anki's buttons: each grade with when it brings the card back, e.g. "(g)ood 10m".
        choices = " ".join(
            f"({letter}){grade.name.lower()[1:]} {short_interval(interval)}"
            for letter, grade in list(grades.items())[:4]
            if (interval := item.interval(grade)) is not None
        )
        while True:
            reply = await self.prompt(f"How was it? {choices} [{default}]> ")
            if reply is None or self._stops(reply):
                return None
            grade = grades.get(reply.lower() or default)
            if grade is not None:
                return grade
            self.say(f"Answer with one letter, a, h, g or e (Enter for {default}), or /stop.")

    async def retention(self, rest: str) -> None:
        """Show or set the desired retention of reviews here (FSRS)."""
        if rest:
            try:
                value = float(rest.rstrip("%")) / (100 if rest.endswith("%") else 1)
            except ValueError:
                self.say("Usage: /retention 0.85 (a share between 0.7 and 0.97), or /retention to see it.")
                return
            config = await self.app.guilds.set_review_retention(TERMINAL_GUILD, value)
        else:
            config = await self.app.guilds.config(TERMINAL_GUILD)
        fitted = "fitted to this server's reviews" if config.fsrs_parameters else "FSRS's defaults"
        self.say(f"Desired retention: {config.desired_retention:g} (parameters: {fitted}).")

    async def export(self, _rest: str) -> None:
        """Write the member's review deck (.apkg) and answers (.csv) into DATA_DIR and print where."""
        from bot.export import build_files, summary, write_files

        export = await self.app.export.member(TERMINAL_USER)
        if export.empty:
            self.say("Nothing to export yet: your review deck and your answers are empty.")
            return
        directory = self.app.settings.data_dir / EXPORT_DIR

        def build() -> list[Path]:
            return write_files(build_files(export), directory)

        paths = await asyncio.to_thread(build)
        self.say(f"Exported {summary(export)}:")
        for path in paths:
            self.say(f"  {path}")

    async def stats(self, _rest: str) -> None:
        """Show the member's statistics and write their progress chart to DATA_DIR/charts."""
        stats = await self.app.progress.stats(TERMINAL_GUILD, TERMINAL_USER)
        tally = stats.tally
        self.say(
            f"Answered {tally.answered}, right {tally.correct} ({tally.accuracy:.0%}), {tally.points} points; "
            f"daily streak {stats.streaks.current} (best {stats.streaks.best}); {stats.due_reviews} review(s) due."
        )
        for section in stats.weakest:
            self.say(f"  weakest: {section.title}: {section.correct}/{section.answered}")
        history = await self.app.progress.history(TERMINAL_GUILD, TERMINAL_USER)
        await self._save_chart(stats_chart, history)

    async def leaderboard(self, rest: str) -> None:
        """Show the leaderboard and write it as a chart to DATA_DIR/charts."""
        period = Period.WEEKLY if rest.startswith("week") else Period.ALL_TIME
        page = await self.app.progress.leaderboard(TERMINAL_GUILD, period, RankBy.POINTS, 1, TERMINAL_USER)
        if not page.entries:
            self.say("Nobody has answered anything yet.")
            return
        for entry in page.entries:
            self.say(
                f"  #{entry.rank} user {entry.tally.user_id}: {entry.tally.points} points, {entry.tally.correct} right"
            )
        await self._save_chart(leaderboard_chart, page, {}, TERMINAL_USER)

    async def _save_chart(self, draw: Callable[..., Chart], *args: Any) -> None:
        """Draw a chart off the event loop, write it to DATA_DIR/charts and print where it is."""
        folder = self.app.settings.data_dir / CHARTS_DIR
        try:
            path = await asyncio.to_thread(lambda: save_chart(draw(*args), folder))
        except OSError as exc:
            self.say(f"Could not write the chart to {folder}: {exc.strerror or exc}")
            return
        self.say(f"Chart: {path}")

    async def gaps(self, _rest: str) -> None:
        """Show what the bot could not answer."""
        gaps = await self.app.curation.gaps()
        if not gaps:
            self.say("No unanswered questions logged yet.")
        for gap in gaps[:10]:
            self.say(f"\n{gap.count}x e.g. {gap.examples[0]!r}\n{gap.yaml_snippet()}")

    async def reports(self, _rest: str) -> None:
        """Show the answers members flagged as a wrong match."""
        reports = await self.app.curation.reports()
        if not reports:
            self.say("No open \u201cwrong match\u201d reports.")
        for report in reports[:10]:
            self.say(f"\n{report.count}x {report.question!r}: answered with {report.fact_id}, flagged as wrong")
            self.say(f"  teach the right fact: /teach FACT_ID {report.question}")

    async def teach(self, rest: str) -> None:
        """Teach a fact a new phrasing (in its knowledge file) and reload the knowledge."""
        force = rest.startswith("--force ")
        fact_id, _, question = rest.removeprefix("--force ").strip().partition(" ")
        if not fact_id or not question.strip():
            self.say("Usage: /teach [--force] FACT_ID QUESTION, e.g. /teach cepa_year cepa kab hua")
            return
        result = await self.app.curation.teach(question, fact_id, force=force)
        taught = result.taught
        self.say(f"Added \u201c{taught.phrasing}\u201d to fact {taught.fact_id} in {taught.file}:{taught.line}.")
        if result.answers:
            self.say("Knowledge reloaded: I now answer it with this fact.")
        elif result.answered_with:
            self.say(f"Knowledge reloaded, but I still answer it with {result.answered_with}.")
        else:
            self.say("Knowledge reloaded, but I'm not yet confident on it.")

    async def forget_me(self, _rest: str) -> None:
        """Delete the member's stored data after confirmation."""
        reply = await self.prompt("Delete all your scores, answers and review cards? Type yes to confirm> ")
        if reply and reply.lower() == "yes":
            removed = await self.app.privacy.forget_me(TERMINAL_USER)
            self.say(f"Deleted {sum(removed.values())} stored item(s).")
        else:
            self.say("Nothing deleted.")
