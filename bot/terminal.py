"""Offline terminal mode: the bot's features in a terminal, for trying it without a Discord token."""

from __future__ import annotations

import asyncio
from typing import TextIO

from bot.app import App
from bot.core.answering.outcomes import Answer
from bot.core.answering.present import fact_source_line, outcome_text
from bot.core.errors import UserFacingError
from bot.core.study.progress import Period, RankBy
from bot.core.study.question import Question
from bot.core.study.quiz import MAX_QUESTIONS, MAX_SECONDS, AnswerStatus, FinalResult
from bot.core.study.review import Grade

HELP = """Type a question, or a command:
  /summary [topic]     summary of the article, or of one section (e.g. /summary conclusion)
  /quiz [n]            a solo quiz of n questions (default 5); answer with a, b, c or d
  /daily               today's daily quiz
  /review              your due review cards (wrong answers land here)
  /stats               your answers, accuracy, points and streaks
  /leaderboard [week]  the all-time (or this week's) leaderboard
  /gaps                questions the bot could not answer, grouped
  /forget-me           delete everything stored about you
  /sections            list the article's sections
  /help                this help
  /quit                leave"""

LETTERS = "abcd"
DEFAULT_QUIZ_LENGTH = 5
#: The terminal plays as one member of one server.
TERMINAL_GUILD = 0
TERMINAL_CHANNEL = 0
TERMINAL_USER = 0


class TerminalSession:
    """A read-eval-print loop over the study service, with injectable streams for tests."""

    def __init__(self, app: App, stdin: TextIO, stdout: TextIO) -> None:
        self.app = app
        #: The session is one member's conversation: follow-ups lean on the previous question.
        self.conversation = app.asking.new_conversation()
        self.stdin = stdin
        self.stdout = stdout

    def say(self, text: str = "") -> None:
        """Print a line to the session's output."""
        print(text, file=self.stdout, flush=True)

    async def prompt(self, text: str) -> str | None:
        """Show a prompt and read one line; None at end of input."""
        self.stdout.write(text)
        self.stdout.flush()
        line = await asyncio.to_thread(self.stdin.readline)
        return None if line == "" else line.strip()

    async def run(self) -> int:
        """Run until /quit or end of input."""
        stats = self.app.knowledge.stats
        self.say(
            f"Study bot (offline). {stats['facts']} facts from {stats['articles']} article(s). /help for commands."
        )
        while True:
            line = await self.prompt("you> ")
            if line is None or line in {"/quit", "/exit", "/q"}:
                self.say("Bye!")
                return 0
            if not line:
                continue
            try:
                await self.handle(line)
            except UserFacingError as exc:
                self.say(str(exc))

    async def handle(self, line: str) -> None:
        """Handle one line of input."""
        command, _, rest = line.partition(" ")
        rest = rest.strip()
        handlers = {
            "/help": self.help,
            "/summary": self.summary,
            "/sections": self.sections,
            "/quiz": self.quiz,
            "/daily": self.daily,
            "/review": self.review,
            "/stats": self.stats,
            "/leaderboard": self.leaderboard,
            "/gaps": self.gaps,
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
        """Show a summary."""
        self.say(self.app.knowledge.summary(rest or None).text())

    async def sections(self, _rest: str) -> None:
        """List the sections."""
        for title in self.app.knowledge.section_titles():
            self.say(f"  - {title}")

    async def ask_choice(self, question: Question, heading: str) -> int | None:
        """Show a question with its options and read a letter; None if the member stopped."""
        self.say(f"\n{heading} {question.prompt}")
        for letter, choice in zip(LETTERS, question.choices, strict=False):
            self.say(f"  {letter}) {choice}")
        while True:
            reply = await self.prompt("answer> ")
            if reply is None or reply == "/stop":
                return None
            if reply.lower() in LETTERS[: len(question.choices)]:
                return LETTERS.index(reply.lower())
            self.say("Please answer a, b, c or d (or /stop).")

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
        try:
            count = int(rest) if rest else DEFAULT_QUIZ_LENGTH
        except ValueError:
            self.say("Usage: /quiz [number of questions]")
            return
        count = max(1, min(count, MAX_QUESTIONS))
        # One player at a keyboard gets the longest timer; an answer after it is reported as late, not as wrong.
        quiz = await self.app.quizzes.start(
            TERMINAL_GUILD, TERMINAL_CHANNEL, TERMINAL_USER, question_count=count, seconds=MAX_SECONDS
        )
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

    async def daily(self, _rest: str) -> None:
        """Take today's daily quiz."""
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
            item = await self.app.reviews.next(TERMINAL_USER)
            if item is None:
                self.say("Nothing is due for review. Wrong quiz answers land here.")
                return
            choice = await self.ask_choice(item.question, f"Review ({item.remaining} due):")
            if choice is None:
                return
            correct = item.question.is_correct(choice)
            self.reveal(item.question, correct)
            grade = await self._grade(correct)
            if grade is None:
                return
            await self.app.reviews.grade(TERMINAL_USER, item.question.fact_id, grade)

    async def _grade(self, correct: bool) -> Grade | None:
        default = "g" if correct else "a"
        grades = {"a": Grade.AGAIN, "h": Grade.HARD, "g": Grade.GOOD, "e": Grade.EASY}
        while True:
            reply = await self.prompt(f"How was it? (a)gain (h)ard (g)ood (e)asy [{default}]> ")
            if reply is None or reply == "/stop":
                return None
            key = (reply or default).lower()[:1]
            if key in grades:
                return grades[key]

    async def stats(self, _rest: str) -> None:
        """Show the member's statistics."""
        stats = await self.app.progress.stats(TERMINAL_GUILD, TERMINAL_USER)
        tally = stats.tally
        self.say(
            f"Answered {tally.answered}, right {tally.correct} ({tally.accuracy:.0%}), {tally.points} points; "
            f"daily streak {stats.streaks.current} (best {stats.streaks.best}); {stats.due_reviews} review(s) due."
        )
        for section in stats.weakest:
            self.say(f"  weakest: {section.title}: {section.correct}/{section.answered}")

    async def leaderboard(self, rest: str) -> None:
        """Show the leaderboard."""
        period = Period.WEEKLY if rest.startswith("week") else Period.ALL_TIME
        page = await self.app.progress.leaderboard(TERMINAL_GUILD, period, RankBy.POINTS, 1, TERMINAL_USER)
        if not page.entries:
            self.say("Nobody has answered anything yet.")
        for entry in page.entries:
            self.say(
                f"  #{entry.rank} user {entry.tally.user_id}: {entry.tally.points} points, {entry.tally.correct} right"
            )

    async def gaps(self, _rest: str) -> None:
        """Show what the bot could not answer."""
        gaps = await self.app.curation.gaps()
        if not gaps:
            self.say("No unanswered questions logged yet.")
        for gap in gaps[:10]:
            self.say(f"\n{gap.count}x e.g. {gap.examples[0]!r}\n{gap.yaml_snippet()}")

    async def forget_me(self, _rest: str) -> None:
        """Delete the member's stored data after confirmation."""
        reply = await self.prompt("Delete all your scores, answers and review cards? Type yes to confirm> ")
        if reply and reply.lower() == "yes":
            removed = await self.app.privacy.forget_me(TERMINAL_USER)
            self.say(f"Deleted {sum(removed.values())} stored item(s).")
        else:
            self.say("Nothing deleted.")
