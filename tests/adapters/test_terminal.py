"""The offline terminal mode, driven with scripted input over a real (SQLite) database."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import io
import os
import pty
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from sqlalchemy import text

from bot.app import App
from bot.core.services.asking import MAX_QUESTION_CHARS
from bot.core.services.knowledge import KnowledgeService
from bot.paths import PROJECT_ROOT
from bot.terminal import (
    CUT_NOTICE,
    EXIT_INTERRUPTED,
    LETTERS,
    TERMINAL_CHANNEL,
    TERMINAL_USER,
    Interrupted,
    Line,
    PromptReader,
    StopRequest,
    StreamReader,
    TerminalSession,
    _pump,
    default_reader,
    parse_choice,
    safe_text,
)
from tests.conftest import MINIMAL_ARTICLE, WriteKnowledge
from tests.fakes import FakeClock, sqlite_app

ONE_LETTER = "Answer with one letter, A-D (or /stop)."


@pytest.fixture
async def app(tmp_path: Path, shipped: KnowledgeService) -> App:
    return await sqlite_app(tmp_path, shipped, FakeClock(dt.datetime(2025, 10, 6, 6, 0, tzinfo=dt.UTC)))


async def run_session(app: App, lines: list[str]) -> str:
    out = io.StringIO()
    session = TerminalSession(app, io.StringIO("\n".join(lines) + "\n"), out)
    assert await session.run() == 0
    return out.getvalue()


Reply = str | Callable[[], str]


class ScriptedReader:
    """Answers each prompt with the next reply (or what a function returns then); None when the script ends."""

    def __init__(self, replies: list[Reply]) -> None:
        self.replies = list(replies)
        self.prompts: list[str] = []

    async def read_line(self, prompt: str) -> Line | None:
        self.prompts.append(prompt)
        if not self.replies:
            return None
        reply = self.replies.pop(0)
        line = reply() if callable(reply) else reply
        return Line(line[:MAX_QUESTION_CHARS], len(line) > MAX_QUESTION_CHARS)


def current_question_answer(app: App, right: bool) -> Callable[[], str]:
    """Return a reply that answers the running quiz's question right or wrong."""

    def reply() -> str:
        quiz = app.quizzes.running(TERMINAL_CHANNEL)
        assert quiz is not None
        question = quiz.current
        index = question.answer_index if right else (question.answer_index + 1) % len(question.choices)
        return LETTERS[index]

    return reply


async def test_questions_summaries_and_help(app: App) -> None:
    output = await run_session(
        app, ["which state is paired with ehime", "/summary conclusion", "/help", "/nope", "/quit"]
    )
    assert "Tamil Nadu" in output
    assert "Conclusion" in output
    assert "/quiz [n]" in output
    assert "Unknown command /nope" in output
    assert output.rstrip().endswith("Bye!")


async def test_solo_quiz_scores_and_wrong_answers_reach_review(app: App) -> None:
    wrong_facts: list[str] = []

    def wrong() -> str:
        quiz = app.quizzes.running(TERMINAL_CHANNEL)
        assert quiz is not None
        wrong_facts.append(quiz.current.fact_id)
        return current_question_answer(app, right=False)()

    reader = ScriptedReader(["/quiz 2", "x", wrong, current_question_answer(app, right=True), "/stats"])
    out = io.StringIO()
    assert await TerminalSession(app, io.StringIO(), out, reader=reader).run() == 0
    output = out.getvalue()
    assert ONE_LETTER in output
    assert output.count("Source: India-Japan Partnership (Vision IAS)") >= 2
    assert "You scored 1/2 right" in output
    assert "Answered 2" in output
    due = await app.reviews.due(TERMINAL_USER)
    assert [fact_id for fact_id, _card in due] == wrong_facts
    review = ScriptedReader(["/review", "/stop"])
    out = io.StringIO()
    await TerminalSession(app, io.StringIO(), out, reader=review).run()
    assert "Review (1 due):" in out.getvalue()


async def test_daily_quiz_and_leaderboard(app: App) -> None:
    output = await run_session(app, ["/daily", "a", "a", "a", "/daily", "b", "/stop", "/leaderboard", "/quit"])
    assert "Daily quiz of 2025-10-06: 3 question(s)." in output
    assert "You already answered this one today" in output
    assert "#1 user 0" in output


async def test_gaps_and_forget_me(app: App) -> None:
    output = await run_session(app, ["who heads JAXA", "/gaps", "/forget-me", "yes", "/gaps", "/quit"])
    assert "1x e.g. 'who heads JAXA'" in output
    assert "Deleted 1 stored item(s)." in output
    assert output.count("No unanswered questions logged yet.") == 1


async def test_end_of_input_leaves_cleanly(app: App) -> None:
    assert (await run_session(app, [])).rstrip().endswith("Bye!")


@pytest.mark.parametrize(
    ("reply", "expected"),
    [("a", 0), ("B", 1), ("  c  ", 2), ("d", 3), ("", None), ("bcd", None), ("ab", None), ("e", None), ("1", None)],
)
def test_a_choice_is_exactly_one_letter(reply: str, expected: int | None) -> None:
    assert parse_choice(reply, 4) == expected


def test_a_choice_is_among_the_options_shown() -> None:
    assert parse_choice("c", 2) is None
    assert parse_choice("b", 2) == 1


async def test_quiz_refuses_empty_and_several_letters(app: App) -> None:
    output = await run_session(app, ["/quiz 1", "", "bcd", "ab", "B", "/stats", "/quit"])
    assert output.count(ONE_LETTER) == 3
    assert "You scored" in output
    assert "Answered 1," in output


async def test_daily_refuses_empty_and_several_letters(app: App) -> None:
    output = await run_session(app, ["/daily", "", "abc", "a", "/stop", "/stats", "/quit"])
    assert output.count(ONE_LETTER) == 2
    assert "Answered 1," in output


async def test_review_refuses_empty_and_several_letters_and_unknown_grades(app: App) -> None:
    await app.reviews.add(TERMINAL_USER, "cepa_year")
    output = await run_session(app, ["/review", "", "abcd", "a", "xyz", "good", "/quit"])
    assert output.count(ONE_LETTER) == 2
    assert "Answer with one letter, a, h, g or e" in output
    assert await app.reviews.store.reviews_since(TERMINAL_USER, dt.datetime(2000, 1, 1, tzinfo=dt.UTC)) == (1, 1)


async def test_quit_inside_a_quiz_stops_it_and_leaves(app: App) -> None:
    output = await run_session(app, ["/quiz 3", "/quit", "which state is paired with ehime"])
    assert "Quiz stopped." in output
    assert "(confidence" not in output  # the line after /quit was never read
    assert output.rstrip().endswith("Quiz stopped.\nBye!")
    assert app.quizzes.running(TERMINAL_CHANNEL) is None


async def test_a_huge_line_is_refused_unread_and_the_next_is_answered(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    answer = app.asking.answer

    def spy(question: str, *args: object) -> object:
        seen.append(len(question))
        return answer(question, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(app.asking, "answer", spy)
    output = await run_session(app, ["x" * 1_000_000, "which state is paired with ehime", "/quit"])
    assert CUT_NOTICE in output
    assert "Tamil Nadu" in output
    assert seen == [len("which state is paired with ehime")]


@pytest.mark.parametrize(
    ("hostile", "shown"),
    [
        ("\x1b[31mred\x1b[0m", "red"),
        ("\x1b]0;new title\x07after", "after"),
        ("\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"),
        ("a\x00b\x08c\x7fd\re", "abcde"),
        ("\x9b2Jclear\x9dtitle\x9c", "cleartitle"),
        ("C1\x85\x90 gone", "C1 gone"),
        ("\u202eevil\u202c and \u2066isolate\u2069", "evil and isolate"),
        ("keeps\ttabs\nand newlines", "keeps\ttabs\nand newlines"),
        ("भारत–जापान 日本 é\u200d", "भारत–जापान 日本 é\u200d"),
        ("cut short\x1b[", "cut short"),
        ("\x1bc reset", " reset"),
    ],
)
def test_safe_text_removes_what_a_terminal_would_obey(hostile: str, shown: str) -> None:
    assert safe_text(hostile) == shown


def test_safe_text_on_one_line() -> None:
    assert safe_text("two\nlines\tand a tab", one_line=True) == "two lines and a tab"


async def test_knowledge_and_member_text_reach_the_terminal_clean(
    tmp_path: Path, write_knowledge: WriteKnowledge
) -> None:
    hostile = MINIMAL_ARTICLE.replace(
        "answer: The demo fact is that demos work.",
        'answer: "The demo fact is that demos work.\\e[2J\\e]0;pwned\\a \\u202eevil"',
    )
    knowledge = KnowledgeService.from_directory(write_knowledge({"demo.yaml": hostile}))
    app = await sqlite_app(tmp_path, knowledge)
    try:
        output = await run_session(app, ["What is the demo fact?", "/nope\x1b[2J\x1b]0;x\x07", "/quit"])
    finally:
        await app.close()
    assert "The demo fact is that demos work. evil" in output
    assert "Unknown command /nope." in output
    assert not any(ch in output for ch in "\x1b\x07\u202e")


async def test_a_stop_request_while_waiting_stops_the_quiz_saves_it_and_leaves(app: App) -> None:
    stop = StopRequest()

    async def never() -> str:
        stop.request(0, "SIGTERM")  # the signal arrives while the session waits for the second answer
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    class WaitingReader(ScriptedReader):
        async def read_line(self, prompt: str) -> Line | None:
            if len(self.prompts) == 2:
                self.prompts.append(prompt)
                await never()
            return await super().read_line(prompt)

    reader = WaitingReader(["/quiz 2", "a"])
    out = io.StringIO()
    assert await TerminalSession(app, io.StringIO(), out, reader=reader, stop=stop).run() == 0
    output = out.getvalue()
    assert "Quiz stopped." in output
    assert output.rstrip().endswith("Stopped (SIGTERM); everything so far is saved.\nBye!")
    assert app.quizzes.running(TERMINAL_CHANNEL) is None
    assert app.database is not None
    async with app.database.session() as session:
        ended = (await session.execute(text("SELECT end_reason FROM quiz_sessions"))).scalars().all()
        answers = (await session.execute(text("SELECT count(*) FROM quiz_answers"))).scalar_one()
    assert ended == ["stopped"]
    assert answers == 1


async def test_ctrl_c_at_the_prompt_leaves_with_130(app: App) -> None:
    class CtrlC:
        async def read_line(self, prompt: str) -> Line | None:
            raise Interrupted

    out = io.StringIO()
    assert await TerminalSession(app, io.StringIO(), out, reader=CtrlC()).run() == EXIT_INTERRUPTED
    assert out.getvalue().rstrip().endswith("Stopped (Ctrl-C); everything so far is saved.\nBye!")


async def test_stream_reader_on_a_pipe_waits_without_blocking_and_cuts_long_lines() -> None:
    read_fd, write_fd = os.pipe()
    with open(read_fd, encoding="utf-8") as stream:  # noqa: ASYNC230 - a pipe, opened not read
        reader = StreamReader(stream, io.StringIO())
        pending = asyncio.ensure_future(reader.read_line("you> "))
        await asyncio.sleep(0.05)
        assert not pending.done()  # nothing arrived, and the loop kept running meanwhile
        pending.cancel()  # a stop request abandons the read; nothing is lost for the next one
        with pytest.raises(asyncio.CancelledError):
            await pending
        writer = threading.Thread(
            target=os.write, args=(write_fd, b"x" * 1_000_000 + b"\n" + b"y" * 4000 + b"\nnot \xff utf8\n")
        )
        writer.start()
        assert await asyncio.wait_for(reader.read_line(""), 30) == Line("x" * MAX_QUESTION_CHARS, True)
        assert await asyncio.wait_for(reader.read_line(""), 30) == Line("y" * MAX_QUESTION_CHARS, False)
        assert await asyncio.wait_for(reader.read_line(""), 30) == Line("not \ufffd utf8", False)
        writer.join()
        os.close(write_fd)
        assert await asyncio.wait_for(reader.read_line(""), 30) is None


async def test_prompt_reader_edits_keeps_history_and_maps_ctrl_c_and_ctrl_d(tmp_path: Path) -> None:
    history = tmp_path / "terminal_history"
    with create_pipe_input() as keys:
        reader = PromptReader(history, pt_input=keys, pt_output=DummyOutput())
        keys.send_text("cepa yeat\x7fr?\r")  # a typo mended with backspace
        assert await reader.read_line("you> ") == Line("cepa year?", False)
        keys.send_text("\x1b[A\r")  # the up arrow brings it back
        assert await reader.read_line("you> ") == Line("cepa year?", False)
        keys.send_text("z" * 4500 + "\r")
        assert await reader.read_line("you> ") == Line("z" * MAX_QUESTION_CHARS, True)
        keys.send_text("half typed\x03")
        with pytest.raises(Interrupted):
            await reader.read_line("you> ")
        keys.send_text("\x04")
        assert await reader.read_line("you> ") is None
    assert "+cepa year?" in history.read_text(encoding="utf-8")
    assert history.stat().st_mode & 0o777 == 0o600


def test_line_editing_only_when_both_ends_are_a_terminal(tmp_path: Path) -> None:
    assert isinstance(default_reader(io.StringIO(), io.StringIO(), None), StreamReader)
    primary, secondary = pty.openpty()
    try:
        with open(secondary, encoding="utf-8", closefd=False) as tty_in, open(secondary, "w", closefd=False) as tty:
            assert isinstance(default_reader(tty_in, tty, tmp_path / "history"), PromptReader)
            assert isinstance(default_reader(tty_in, io.StringIO(), None), StreamReader)
    finally:
        os.close(primary)
        os.close(secondary)


class Child:
    """`python -m bot chat` in its own process, its output collected by a thread as it comes."""

    def __init__(self, data_dir: Path) -> None:
        env = {**os.environ, "DATA_DIR": str(data_dir), "PYTHONPATH": str(PROJECT_ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "chat"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=str(data_dir),
        )
        self.output = b""
        self._reader = threading.Thread(target=self._collect, daemon=True)
        self._reader.start()

    def _collect(self) -> None:
        assert self.process.stdout is not None
        while chunk := os.read(self.process.stdout.fileno(), 4096):
            self.output += chunk

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line.encode() + b"\n")
        self.process.stdin.flush()

    def wait_for(self, marker: str, count: int = 1, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while self.output.count(marker.encode()) < count:
            assert self.process.poll() is None, self.output.decode(errors="replace")
            assert time.monotonic() < deadline, f"no {marker!r} in {self.output.decode(errors='replace')!r}"
            time.sleep(0.05)

    def stop(self, signum: int) -> tuple[int, str, str]:
        self.process.send_signal(signum)
        try:
            code = self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        self._reader.join(timeout=30)
        assert self.process.stderr is not None
        return code, self.output.decode(), self.process.stderr.read().decode()


@pytest.mark.slow
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 0), (signal.SIGINT, EXIT_INTERRUPTED)])
def test_a_signal_while_waiting_stops_the_quiz_saves_it_and_exits_cleanly(
    tmp_path: Path, signum: signal.Signals, code: int
) -> None:
    child = Child(tmp_path)
    try:
        child.wait_for("you> ")
        child.send("/quiz 2")
        child.wait_for("answer> ")
        child.send("a")
        child.wait_for("Q2/2.")
        child.wait_for("answer> ", count=2)  # waiting for the second answer
        exit_code, output, errors = child.stop(signum)
    finally:
        if child.process.poll() is None:
            child.process.kill()
    assert exit_code == code, errors
    assert "Traceback" not in errors
    assert "Quiz stopped." in output
    assert output.rstrip().endswith(f"Stopped ({signum.name}); everything so far is saved.\nBye!")
    with sqlite3.connect(tmp_path / "studybot.db") as database:
        sessions = database.execute("SELECT end_reason, ended_at FROM quiz_sessions").fetchall()
        answers = database.execute("SELECT count(*) FROM quiz_answers").fetchone()
    assert [reason for reason, _ended in sessions] == ["stopped"]
    assert all(ended is not None for _reason, ended in sessions)
    assert answers == (1,)


def test_the_reading_thread_hands_nothing_to_a_closed_loop_and_leaves_no_coroutine_behind() -> None:
    # Under load the session may end while the thread still holds a line: the hand-over is refused, and the
    # coroutine made for it is closed (a "coroutine 'Queue.put' was never awaited" warning showed in a busy CI run).
    loop = asyncio.new_event_loop()
    chunks: asyncio.Queue[str] = asyncio.Queue()
    loop.close()
    read_end, write_end = os.pipe()
    os.write(write_end, b"cepa year?\n")
    os.close(write_end)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            _pump(read_end, chunks, loop)
            gc.collect()
    finally:
        os.close(read_end)
    assert chunks.empty()
    assert not [w for w in caught if "never awaited" in str(w.message)], [str(w.message) for w in caught]
