"""Offline terminal mode: the bot's features in a terminal, for trying it without a Discord token."""

from __future__ import annotations

import random
from typing import TextIO

from bot.core.matcher import Answer
from bot.core.present import fact_source_line, outcome_text
from bot.core.service import KnowledgeService

HELP = """Type a question, or a command:
  /summary [topic]   summary of the article, or of one section (e.g. /summary conclusion)
  /quiz [n]          a solo quiz of n curated questions (default 5); answer with a, b, c or d
  /sections          list the article's sections
  /help              this help
  /quit              leave"""

LETTERS = "abcd"
DEFAULT_QUIZ_LENGTH = 5


class TerminalSession:
    """A read-eval-print loop over the service, with injectable streams and randomness for tests."""

    def __init__(
        self, service: KnowledgeService, stdin: TextIO, stdout: TextIO, rng: random.Random | None = None
    ) -> None:
        self.service = service
        self.stdin = stdin
        self.stdout = stdout
        self.rng = rng or random.Random()

    def say(self, text: str = "") -> None:
        """Print a line to the session's output."""
        print(text, file=self.stdout, flush=True)

    def prompt(self, text: str) -> str | None:
        """Show a prompt and read one line; None at end of input."""
        self.stdout.write(text)
        self.stdout.flush()
        line = self.stdin.readline()
        return None if line == "" else line.strip()

    def run(self) -> int:
        """Run until /quit or end of input."""
        stats = self.service.base.stats
        self.say(
            f"Study bot (offline). {stats['facts']} facts from {stats['articles']} article(s). /help for commands."
        )
        while True:
            line = self.prompt("you> ")
            if line is None or line in {"/quit", "/exit", "/q"}:
                self.say("Bye!")
                return 0
            if not line:
                continue
            self.handle(line)

    def handle(self, line: str) -> None:
        """Handle one line of input."""
        command, _, rest = line.partition(" ")
        if command == "/help":
            self.say(HELP)
        elif command == "/summary":
            self.say(self.service.summary(rest.strip() or None).text())
        elif command == "/sections":
            for title in self.service.section_titles():
                self.say(f"  - {title}")
        elif command == "/quiz":
            self.quiz(rest.strip())
        elif command.startswith("/"):
            self.say(f"Unknown command {command}. /help lists the commands.")
        else:
            outcome = self.service.ask(line)
            self.say(outcome_text(outcome))
            if isinstance(outcome, Answer):
                self.say(f"(confidence {outcome.confidence:.2f})")

    def quiz(self, arg: str) -> None:
        """Run a solo quiz from the curated items."""
        items = self.service.quiz_items()
        if not items:
            self.say("There are no quiz items yet.")
            return
        try:
            count = max(1, min(int(arg), len(items))) if arg else min(DEFAULT_QUIZ_LENGTH, len(items))
        except ValueError:
            self.say("Usage: /quiz [number of questions]")
            return
        chosen = self.rng.sample(items, count)
        score = 0
        for number, item in enumerate(chosen, start=1):
            self.say(f"\nQ{number}/{count}. {item.question}")
            for letter, choice in zip(LETTERS, item.choices, strict=True):
                self.say(f"  {letter}) {choice}")
            reply = self.prompt("answer> ")
            while reply is not None and reply.lower() not in LETTERS:
                reply = self.prompt("Please answer a, b, c or d (or /stop)> ")
                if reply == "/stop":
                    break
            if reply is None or reply == "/stop":
                self.say("Quiz stopped.")
                break
            correct = LETTERS.index(reply.lower()) == item.answer_index
            score += int(correct)
            verdict = (
                "Correct!" if correct else f"Not quite: the answer is {LETTERS[item.answer_index]}) {item.answer}."
            )
            self.say(f"{verdict} {item.explanation}")
            if self.service.base.has_fact(item.fact):
                self.say(fact_source_line(self.service.base.fact(item.fact)))
        self.say(f"\nYou scored {score}/{count}.")
