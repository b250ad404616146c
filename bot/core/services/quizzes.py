"""The group-quiz capability: one quiz per channel, who may stop it, answers stored once, results recorded."""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from bot.core.clock import Clock, utc_now
from bot.core.errors import QuizAlreadyRunningError, QuizPermissionError, StudyError
from bot.core.services.guilds import GuildSettingsService
from bot.core.services.questions import QuestionSource
from bot.core.services.reviews import ReviewService
from bot.core.study.ports import AnswerRow, QuizStore
from bot.core.study.question import Question, QuestionKind
from bot.core.study.quiz import (
    MAX_QUESTIONS,
    AnswerReceipt,
    FinalResult,
    GroupQuiz,
    QuizRegistry,
    QuizSettings,
    Reveal,
)

log = logging.getLogger(__name__)

NO_QUIZ_TEXT = "There is no quiz running in this channel. Start one with /quiz start."
ALREADY_RUNNING_TEXT = "A quiz is already running in this channel; /quiz stop ends it."
STOP_REFUSED_TEXT = "Only the member who started the quiz or an admin can stop it."


@dataclass(frozen=True)
class QuizStart:
    """A quiz just started, with how many questions were asked for and a notice when it has fewer."""

    quiz: GroupQuiz
    requested: int
    #: Questions on different facts the topic has (a quiz never asks two about one fact).
    available: int
    notice: str | None = None


def count_notice(requested: int, available: int, scope: str) -> str | None:
    """Explain why a quiz has fewer questions than asked for ("Only 9 questions are available..."), or None."""
    count = min(requested, available, MAX_QUESTIONS)
    if count >= requested:
        return None
    plural = "question is" if available == 1 else "questions are"
    if available < requested and available <= MAX_QUESTIONS:
        reason = f"Only {available} {plural} available for {scope}"
    elif available < requested:
        reason = f"Only {available} {plural} available for {scope}, and a quiz has at most {MAX_QUESTIONS}"
    else:
        reason = f"A quiz has at most {MAX_QUESTIONS} questions"
    return f"{reason}; starting a {count}-question quiz."


class QuizService:
    """Run group quizzes: the state machines in memory, sessions and answers in the database."""

    def __init__(
        self,
        questions: QuestionSource,
        store: QuizStore,
        guilds: GuildSettingsService,
        reviews: ReviewService,
        clock: Clock = utc_now,
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self.questions = questions
        self.store = store
        self.guilds = guilds
        self.reviews = reviews
        self.clock = clock
        self._new_id = new_id
        self._registry = QuizRegistry()
        self._guild_of: dict[str, int] = {}
        #: Answers the database refused (a fault); retried when the quiz ends so no score is lost silently.
        self._unsaved: list[tuple[str, int, AnswerRow]] = []

    # ------------------------------------------------------------------ rules, asked before any work
    def check_can_start(self, channel_id: int) -> None:
        """Refuse a second quiz in a channel."""
        if self._registry.get(channel_id) is not None:
            raise QuizAlreadyRunningError(ALREADY_RUNNING_TEXT)

    def check_can_stop(self, channel_id: int, user_id: int | None, is_admin: bool) -> GroupQuiz:
        """Return the channel's quiz if this member may stop it (its host or an admin)."""
        quiz = self._registry.get(channel_id)
        if quiz is None:
            raise StudyError(NO_QUIZ_TEXT)
        if quiz.host_id != user_id and not is_admin:
            raise QuizPermissionError(STOP_REFUSED_TEXT)
        return quiz

    # ------------------------------------------------------------------ running
    async def begin(
        self,
        guild_id: int,
        channel_id: int,
        host_id: int,
        question_count: int = 5,
        seconds: int = 20,
        section_id: str | None = None,
        speed_scoring: bool | None = None,
        streak_bonus: bool | None = None,
        article_id: str | None = None,
    ) -> QuizStart:
        """Start a group quiz in a channel, on one article or section when given; say when it has fewer questions."""
        config = await self.guilds.config(guild_id)
        requested = max(1, question_count)
        bank = self.questions.bank
        if section_id:
            chosen = bank.in_section(section_id, article_id)
            scope = "this section"
        elif article_id:
            chosen = bank.in_articles([article_id])
            scope = "this article"
        else:
            chosen = bank.choice_questions()
            scope = "all articles"
        pool = [q for q in chosen if q.kind is QuestionKind.CHOICE]
        if not pool:
            raise StudyError("There are no quiz questions for that topic yet.")
        available = len({q.fact_id for q in pool})
        settings = QuizSettings(
            question_count=min(requested, available, MAX_QUESTIONS),
            seconds=seconds,
            speed_scoring=config.speed_scoring if speed_scoring is None else speed_scoring,
            streak_bonus=config.streak_bonus if streak_bonus is None else streak_bonus,
            section_id=section_id,
        )
        quiz_id = self._new_id()
        questions = pick_distinct_facts(pool, settings.question_count, quiz_id)
        now = self.clock()
        quiz = GroupQuiz(quiz_id, channel_id, host_id, questions, settings, now)
        self._registry.start(quiz)
        self._guild_of[quiz_id] = guild_id
        try:
            await self.store.create_session(
                quiz_id,
                guild_id,
                channel_id,
                host_id,
                section_id,
                len(questions),
                settings.seconds,
                settings.speed_scoring,
                settings.streak_bonus,
                now,
            )
        except Exception:
            self._registry.end(channel_id)
            raise
        return QuizStart(quiz, requested, available, count_notice(requested, available, scope))

    def running(self, channel_id: int) -> GroupQuiz | None:
        """Return the quiz running in a channel, if any."""
        return self._registry.get(channel_id)

    def running_all(self) -> tuple[GroupQuiz, ...]:
        """Return every quiz that is not finished."""
        return self._registry.running()

    async def answer(self, channel_id: int, user_id: int, choice: int) -> AnswerReceipt:
        """Record a member's answer to the open question of the channel's quiz (once per member)."""
        receipt = self.take_answer(channel_id, user_id, choice)
        await self.save_answer(channel_id, receipt)
        return receipt

    def take_answer(self, channel_id: int, user_id: int, choice: int) -> AnswerReceipt:
        """Decide on an answer in memory, at once (so a button can be acknowledged before any I/O)."""
        return self._quiz(channel_id).answer(user_id, choice, self.clock())

    async def save_answer(self, channel_id: int, receipt: AnswerReceipt) -> None:
        """Store an accepted answer; on a database fault keep it for a retry when the quiz ends."""
        quiz = self._quiz(channel_id)
        record = receipt.record
        if not receipt.accepted or record is None:
            return
        row = AnswerRow(
            record.user_id,
            record.question_id,
            record.fact_id,
            self.questions.section_of(record.fact_id),
            record.choice,
            record.correct,
            record.points,
            record.at,
            round(record.elapsed * 1000),
        )
        guild_id = self._guild_of.get(quiz.quiz_id, 0)
        try:
            await self.store.record_quiz_answer(quiz.quiz_id, guild_id, row)
        except Exception:
            log.exception("Could not store a quiz answer; it will be retried when the quiz ends")
            self._unsaved.append((quiz.quiz_id, guild_id, row))

    async def close_question(self, channel_id: int) -> Reveal:
        """Close the open question (time is up) and queue wrong answers for review."""
        reveal = self._quiz(channel_id).close(self.clock())
        for user_id, fact_id in reveal.wrong:
            await self.reviews.queue(user_id, fact_id)
        return reveal

    async def advance(self, channel_id: int) -> Question | FinalResult:
        """Open the next question, or finish the quiz."""
        quiz = self._quiz(channel_id)
        step = quiz.advance(self.clock())
        if isinstance(step, FinalResult):
            await self._finish(quiz, step)
        return step

    async def stop(self, channel_id: int, user_id: int | None, is_admin: bool) -> FinalResult:
        """Stop the channel's quiz (the host or an admin only) and record it."""
        quiz = self.check_can_stop(channel_id, user_id, is_admin)
        result = quiz.stop(user_id, is_admin, self.clock())
        await self._finish(quiz, result)
        return result

    async def stop_all(self) -> list[FinalResult]:
        """Close and record every running quiz (at shutdown)."""
        results = []
        for quiz in list(self._registry.running()):
            result = quiz.stop(quiz.host_id, True, self.clock())
            await self._finish(quiz, result)
            results.append(result)
        return results

    async def _finish(self, quiz: GroupQuiz, result: FinalResult) -> None:
        self._registry.end(quiz.channel_id)
        self._guild_of.pop(quiz.quiz_id, None)
        await self.retry_unsaved()
        await self.store.finish_session(quiz.quiz_id, self.clock(), result.reason)

    async def retry_unsaved(self) -> int:
        """Store answers the database refused earlier; return how many are still unsaved."""
        pending, self._unsaved = self._unsaved, []
        for quiz_id, guild_id, row in pending:
            try:
                await self.store.record_quiz_answer(quiz_id, guild_id, row)
            except Exception:
                log.exception("Still cannot store a quiz answer of user %s", row.user_id)
                self._unsaved.append((quiz_id, guild_id, row))
        return len(self._unsaved)

    @property
    def unsaved_answers(self) -> int:
        """Return how many answers are waiting for the database."""
        return len(self._unsaved)

    def forget(self, user_id: int) -> None:
        """Drop what running quizzes hold about a member and their answers waiting for the database."""
        for quiz in self._registry.running():
            quiz.forget(user_id)
        self._unsaved = [item for item in self._unsaved if item[2].user_id != user_id]

    def _quiz(self, channel_id: int) -> GroupQuiz:
        quiz = self._registry.get(channel_id)
        if quiz is None:
            raise StudyError(NO_QUIZ_TEXT)
        return quiz


def pick_distinct_facts(pool: list[Question], count: int, seed: str) -> list[Question]:
    """Pick up to ``count`` questions about different facts, in a shuffled but reproducible order."""
    rng = random.Random(seed)
    shuffled = sorted(pool, key=lambda q: q.id)
    rng.shuffle(shuffled)
    picked: list[Question] = []
    seen: set[str] = set()
    for question in shuffled:
        if question.fact_id not in seen:
            picked.append(question)
            seen.add(question.fact_id)
        if len(picked) == count:
            break
    return picked
