"""The study facade: questions, quizzes, daily quizzes, reviews, progress and gaps over one database.

Every adapter (Discord, terminal, CLI) calls this class; it holds no Discord types. Time comes from an
injected clock and quiz ids from an injected factory, so tests are deterministic.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from bot.core.answering.gaps import Gap, cluster_gaps
from bot.core.answering.matcher import Answer, Decline, DeclineReason, Outcome, Suggestions
from bot.core.knowledge.base import KnowledgeBase
from bot.core.services.knowledge import KnowledgeService
from bot.core.study import daily as daily_rules
from bot.core.study.progress import (
    LeaderboardPage,
    MemberStats,
    Period,
    RankBy,
    SectionScore,
    Tally,
    paginate,
    rank_tallies,
    streaks,
    week_start,
)
from bot.core.study.question import Question
from bot.core.study.questionbank import QuestionBank
from bot.core.study.quiz import AnswerReceipt, FinalResult, GroupQuiz, QuizRegistry, QuizSettings, Reveal
from bot.core.study.review import CardPhase, CardState, Grade, SchedulerConfig, due_cards, schedule
from bot.storage.repository import AnswerRow, CardRow, DailyPostRecord, GuildConfig, StudyStore

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
#: Answers that scored below this are logged for admins as low-confidence.
LOW_CONFIDENCE_SCORE = 0.75
#: A daily quiz claimed but not sent this long ago (the post failed, the process died) is sent again.
RETRY_DAILY_AFTER = dt.timedelta(seconds=60)
#: Points for a right daily-quiz answer (no timer, so no speed weighting).
DAILY_POINTS = 100


def utc_now() -> dt.datetime:
    """Return the current time, timezone-aware, in UTC."""
    return dt.datetime.now(dt.UTC)


class StudyError(Exception):
    """A request a member made that cannot be done; the message says why, in their words."""


@dataclass(frozen=True)
class DailyQuiz:
    """A guild's daily quiz of one day."""

    post: DailyPostRecord
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class DailyAnswer:
    """The outcome of answering one daily question."""

    recorded: bool  # False: this member had already answered it
    correct: bool
    question: Question


@dataclass(frozen=True)
class ReviewItem:
    """The next card a member should review."""

    question: Question
    card: CardState
    remaining: int


class StudyService:
    """Quizzes, daily quizzes, reviews and progress, on top of the knowledge service."""

    def __init__(
        self,
        knowledge: KnowledgeService,
        store: StudyStore,
        default_timezone: str = "Asia/Kolkata",
        clock: Clock = utc_now,
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
        scheduler: SchedulerConfig | None = None,
        seed: int = 0,
    ) -> None:
        self.knowledge = knowledge
        self.store = store
        self.default_timezone = default_timezone
        self.clock = clock
        self._new_id = new_id
        self._scheduler = scheduler or SchedulerConfig()
        self._seed = seed
        self._bank_for: KnowledgeBase | None = None
        self._bank: QuestionBank | None = None
        self.quizzes = QuizRegistry()
        self._quiz_guilds: dict[str, int] = {}
        #: Answers the database refused (a fault); retried when the quiz ends so no score is lost silently.
        self._unsaved: list[tuple[str, int, AnswerRow]] = []

    # ------------------------------------------------------------------ questions
    @property
    def bank(self) -> QuestionBank:
        """Return the question bank of the knowledge currently in use (rebuilt after a reload)."""
        base = self.knowledge.base
        if self._bank is None or self._bank_for is not base:
            self._bank = QuestionBank(base, seed=self._seed)
            self._bank_for = base
        return self._bank

    def _section_of(self, fact_id: str) -> str | None:
        base = self.knowledge.base
        return base.fact(fact_id).section.id if base.has_fact(fact_id) else None

    # ------------------------------------------------------------------ asking
    async def ask(self, question: str, guild_id: int | None = None, user_id: int | None = None) -> Outcome:
        """Answer a question and log it for admins when the bot declined or was unsure."""
        outcome = self.knowledge.ask(question)
        await self.log_outcome(question, outcome, guild_id, user_id)
        return outcome

    async def log_outcome(self, question: str, outcome: Outcome, guild_id: int | None, user_id: int | None) -> None:
        """Log a declined or unsure answer for admins (after the member already has the reply)."""
        logged = _log_kind(outcome)
        if logged is None:
            return
        kind, fact_id, score = logged
        try:
            await self.store.log_unanswered(guild_id, user_id, question, kind, fact_id, score, self.clock())
        except Exception:
            # The answer does not depend on the log: members still get it while the database is down.
            log.exception("Could not log an unanswered question (guild %s)", guild_id)

    async def feedback(self, guild_id: int | None, user_id: int, question: str, fact_id: str, helpful: bool) -> None:
        """Store a member's verdict on an answer."""
        await self.store.record_feedback(guild_id, user_id, question, fact_id, helpful, self.clock())

    # ------------------------------------------------------------------ group quizzes
    async def start_quiz(
        self,
        guild_id: int,
        channel_id: int,
        host_id: int,
        question_count: int = 5,
        seconds: int = 20,
        section_id: str | None = None,
        speed_scoring: bool | None = None,
        streak_bonus: bool | None = None,
    ) -> GroupQuiz:
        """Start a group quiz in a channel (one per channel); scoring defaults come from the guild."""
        config = await self.guild_config(guild_id)
        settings = QuizSettings(
            question_count=question_count,
            seconds=seconds,
            speed_scoring=config.speed_scoring if speed_scoring is None else speed_scoring,
            streak_bonus=config.streak_bonus if streak_bonus is None else streak_bonus,
            section_id=section_id,
        )
        pool = list(self.bank.in_section(section_id) if section_id else self.bank.choice_questions())
        pool = [q for q in pool if q.kind.value == "choice"]
        if not pool:
            raise StudyError("There are no quiz questions for that topic yet.")
        quiz_id = self._new_id()
        questions = _pick_distinct_facts(pool, settings.question_count, quiz_id)
        now = self.clock()
        quiz = GroupQuiz(quiz_id, channel_id, host_id, questions, settings, now)
        self.quizzes.start(quiz)
        self._quiz_guilds[quiz_id] = guild_id
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
            self.quizzes.end(channel_id)
            raise
        return quiz

    def running_quiz(self, channel_id: int) -> GroupQuiz | None:
        """Return the quiz running in a channel, if any."""
        return self.quizzes.get(channel_id)

    async def answer_quiz(self, channel_id: int, user_id: int, choice: int) -> AnswerReceipt:
        """Record a member's answer to the open question of the channel's quiz (once per member)."""
        receipt = self.take_quiz_answer(channel_id, user_id, choice)
        await self.save_quiz_answer(channel_id, receipt)
        return receipt

    def take_quiz_answer(self, channel_id: int, user_id: int, choice: int) -> AnswerReceipt:
        """Decide on an answer in memory, at once (so a button can be acknowledged before any I/O)."""
        return self._quiz(channel_id).answer(user_id, choice, self.clock())

    async def save_quiz_answer(self, channel_id: int, receipt: AnswerReceipt) -> None:
        """Store an accepted answer; on a database fault keep it for a retry when the quiz ends."""
        quiz = self._quiz(channel_id)
        record = receipt.record
        if receipt.accepted and record is not None:
            row = AnswerRow(
                record.user_id,
                record.question_id,
                record.fact_id,
                self._section_of(record.fact_id),
                record.choice,
                record.correct,
                record.points,
                record.at,
                round(record.elapsed * 1000),
            )
            guild_id = self._quiz_guilds.get(quiz.quiz_id, 0)
            try:
                await self.store.record_quiz_answer(quiz.quiz_id, guild_id, row)
            except Exception:
                log.exception("Could not store a quiz answer; it will be retried when the quiz ends")
                self._unsaved.append((quiz.quiz_id, guild_id, row))

    async def close_question(self, channel_id: int) -> Reveal:
        """Close the open question (time is up) and queue wrong answers for review."""
        quiz = self._quiz(channel_id)
        reveal = quiz.close(self.clock())
        for user_id, fact_id in reveal.wrong:
            await self._queue_review(user_id, fact_id)
        return reveal

    async def advance_quiz(self, channel_id: int) -> Question | FinalResult:
        """Open the next question, or finish the quiz."""
        quiz = self._quiz(channel_id)
        step = quiz.advance(self.clock())
        if isinstance(step, FinalResult):
            await self._finish(quiz, step)
        return step

    async def stop_quiz(self, channel_id: int, user_id: int, is_admin: bool) -> FinalResult:
        """Stop the channel's quiz (the host or an admin only) and record it."""
        quiz = self._quiz(channel_id)
        result = quiz.stop(user_id, is_admin, self.clock())
        await self._finish(quiz, result)
        return result

    async def stop_all_quizzes(self) -> list[FinalResult]:
        """Close and record every running quiz (at shutdown)."""
        results = []
        for quiz in list(self.quizzes.running()):
            result = quiz.stop(quiz.host_id, True, self.clock())
            await self._finish(quiz, result)
            results.append(result)
        return results

    async def _finish(self, quiz: GroupQuiz, result: FinalResult) -> None:
        self.quizzes.end(quiz.channel_id)
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

    def _quiz(self, channel_id: int) -> GroupQuiz:
        quiz = self.quizzes.get(channel_id)
        if quiz is None:
            raise StudyError("There is no quiz running in this channel. Start one with /quiz start.")
        return quiz

    # ------------------------------------------------------------------ guild settings
    async def guild_config(self, guild_id: int) -> GuildConfig:
        """Return a guild's settings."""
        return await self.store.guild_config(guild_id, self.default_timezone)

    async def configure_daily(
        self, guild_id: int, channel_id: int, at: str, timezone: str | None = None, questions: int = 3
    ) -> GuildConfig:
        """Switch the daily quiz on in a channel at a local time (HH:MM)."""
        daily_rules.parse_time(at)
        zone = timezone or (await self.guild_config(guild_id)).timezone
        daily_rules.parse_timezone(zone)
        daily_rules.check_question_count(questions)
        return await self.store.update_guild(
            guild_id,
            self.default_timezone,
            self.clock(),
            daily_enabled=True,
            daily_channel_id=channel_id,
            daily_time=daily_rules.parse_time(at).strftime("%H:%M"),
            timezone=zone,
            daily_questions=questions,
        )

    async def disable_daily(self, guild_id: int) -> GuildConfig:
        """Switch the daily quiz off."""
        return await self.store.update_guild(guild_id, self.default_timezone, self.clock(), daily_enabled=False)

    async def set_scoring(self, guild_id: int, speed_scoring: bool, streak_bonus: bool) -> GuildConfig:
        """Choose how group quizzes score by default."""
        return await self.store.update_guild(
            guild_id, self.default_timezone, self.clock(), speed_scoring=speed_scoring, streak_bonus=streak_bonus
        )

    async def ask_channels(self, guild_id: int) -> frozenset[int]:
        """Return the guild's ask-channels."""
        return await self.store.ask_channels(guild_id)

    async def set_ask_channel(self, guild_id: int, channel_id: int, enabled: bool) -> bool:
        """Add or remove an ask-channel."""
        return await self.store.set_ask_channel(guild_id, channel_id, enabled)

    # ------------------------------------------------------------------ daily quiz
    async def due_daily_guilds(self) -> list[GuildConfig]:
        """Return the guilds whose daily quiz is due now and not yet posted (or whose post failed) today."""
        now = self.clock()
        due = []
        for config in await self.store.daily_guilds():
            if not daily_rules.is_due(now, config.daily_time, config.timezone):
                continue
            day = daily_rules.local_day(now, config.timezone)
            post = await self.store.daily_post(config.guild_id, day)
            if post is None or post.message_id is None:
                due.append(config)
        return due

    async def retry_unsent_daily(self, guild_id: int) -> DailyQuiz | None:
        """Take over today's daily quiz if it was claimed but never sent (after RETRY_DAILY_AFTER)."""
        config = await self.guild_config(guild_id)
        day = daily_rules.local_day(self.clock(), config.timezone)
        post = await self.store.lease_unsent_daily(guild_id, day, self.clock(), RETRY_DAILY_AFTER)
        return await self.daily_quiz(post.id) if post else None

    async def post_daily(self, guild_id: int, channel_id: int | None = None) -> DailyQuiz | None:
        """Create today's daily quiz for a guild; None if it was already posted today (exactly once)."""
        config = await self.guild_config(guild_id)
        now = self.clock()
        day = daily_rules.local_day(now, config.timezone)
        history = await self.store.daily_question_history(guild_id)
        bank = self.bank
        used_facts = [bank.get(qid).fact_id for qid in history if _known(bank, qid)]
        chosen = daily_rules.select_daily(
            bank.choice_questions(),
            guild_id,
            day,
            config.daily_questions,
            used_facts,
            await self.store.fact_records(guild_id),
        )
        post = await self.store.claim_daily(
            guild_id, day, [q.id for q in chosen], channel_id or config.daily_channel_id, now
        )
        if post is None:
            return None
        return DailyQuiz(post, tuple(chosen))

    async def daily_quiz(self, post_id: int) -> DailyQuiz | None:
        """Return a stored daily quiz with its questions (for buttons that outlive a restart)."""
        post = await self.store.daily_post_by_id(post_id)
        if post is None:
            return None
        bank = self.bank
        questions = tuple(bank.get(qid) for qid in post.question_ids if _known(bank, qid))
        return DailyQuiz(post, questions)

    async def todays_daily(self, guild_id: int) -> DailyQuiz | None:
        """Return the guild's daily quiz of today, if posted."""
        config = await self.guild_config(guild_id)
        post = await self.store.daily_post(guild_id, daily_rules.local_day(self.clock(), config.timezone))
        return await self.daily_quiz(post.id) if post else None

    async def mark_daily_posted(self, post_id: int, channel_id: int, message_id: int) -> None:
        """Remember the message that carries a daily quiz."""
        await self.store.set_daily_message(post_id, channel_id, message_id)

    async def answer_daily(self, post_id: int, question_index: int, user_id: int, choice: int) -> DailyAnswer:
        """Record a member's answer to one question of a daily quiz (first answer counts)."""
        post = await self.store.daily_post_by_id(post_id)
        if post is None or not 0 <= question_index < len(post.question_ids):
            raise StudyError("That daily quiz is no longer available.")
        config = await self.guild_config(post.guild_id)
        today = daily_rules.local_day(self.clock(), config.timezone)
        if post.day != today:
            raise StudyError("That daily quiz has closed; try today's one.")
        # The button carries the question's position; the post keeps which question was there.
        question_id = post.question_ids[question_index]
        if not _known(self.bank, question_id):
            raise StudyError("That question was removed from the knowledge base since it was posted.")
        question = self.bank.get(question_id)
        if not 0 <= choice < len(question.choices):
            raise StudyError("That is not one of the options.")
        correct = question.is_correct(choice)
        row = AnswerRow(
            user_id,
            question.id,
            question.fact_id,
            self._section_of(question.fact_id),
            choice,
            correct,
            DAILY_POINTS if correct else 0,
            self.clock(),
        )
        recorded = await self.store.record_daily_answer(post, row)
        if recorded and not correct:
            await self._queue_review(user_id, question.fact_id)
        return DailyAnswer(recorded, correct, question)

    async def previous_daily_results(self, guild_id: int) -> tuple[DailyPostRecord, list[Tally]] | None:
        """Return the results of the guild's previous daily quiz, to post with today's."""
        config = await self.guild_config(guild_id)
        today = daily_rules.local_day(self.clock(), config.timezone)
        post = await self.store.latest_daily_before(guild_id, today)
        if post is None:
            return None
        results = rank_tallies(await self.store.daily_results(post.id), RankBy.POINTS)
        return post, [r.tally for r in results]

    # ------------------------------------------------------------------ progress
    async def leaderboard(
        self,
        guild_id: int,
        period: Period = Period.ALL_TIME,
        by: RankBy = RankBy.POINTS,
        page: int = 1,
        user_id: int | None = None,
    ) -> LeaderboardPage:
        """Return one page of a guild's leaderboard and the member's own rank."""
        config = await self.guild_config(guild_id)
        since = None
        if period is Period.WEEKLY:
            since = week_start(self.clock(), daily_rules.parse_timezone(config.timezone))
        ranked = rank_tallies(await self.store.tallies(guild_id, since), by)
        return paginate(ranked, period, by, page, user_id)

    async def stats(self, guild_id: int, user_id: int) -> MemberStats:
        """Return a member's answers, accuracy, points, streaks and weakest sections."""
        config = await self.guild_config(guild_id)
        tallies = await self.store.tallies(guild_id, user_id=user_id)
        tally = tallies[0] if tallies else Tally(user_id, 0, 0, 0)
        today = daily_rules.local_day(self.clock(), config.timezone)
        days = await self.store.daily_days(guild_id, user_id)
        titles = {section.id: section.title for _source, section in self.knowledge.base.sections}
        scores = [
            SectionScore(section_id, titles.get(section_id, section_id), answered, correct)
            for section_id, (answered, correct) in (await self.store.section_results(guild_id, user_id)).items()
        ]
        weakest = tuple(sorted(scores, key=lambda s: (s.accuracy, -s.answered))[:3])
        due = len(await self._due(user_id))
        return MemberStats(user_id, tally, streaks(days, today), weakest, due)

    # ------------------------------------------------------------------ review
    async def _queue_review(self, user_id: int, fact_id: str) -> None:
        card = CardState.new(self.clock())
        try:
            await self.store.add_card_if_missing(user_id, _to_row(fact_id, card), self.clock())
        except Exception:
            log.exception("Could not queue fact %s for review by user %s", fact_id, user_id)

    async def add_to_review(self, user_id: int, fact_id: str) -> None:
        """Put a fact in a member's review deck ("quiz me on this")."""
        if not self.knowledge.base.has_fact(fact_id):
            raise StudyError("That fact is no longer in the knowledge base.")
        await self._queue_review(user_id, fact_id)

    async def _due(self, user_id: int) -> list[tuple[str, CardState]]:
        now = self.clock()
        cards = [(row.fact_id, _from_row(row)) for row in await self.store.cards(user_id)]
        cards = [(fact_id, card) for fact_id, card in cards if self.knowledge.base.has_fact(fact_id)]
        day_start = now - dt.timedelta(hours=24)
        reviewed, new = await self.store.reviews_since(user_id, day_start)
        # The scheduler caps review-card answers and new cards separately.
        keys = due_cards(cards, now, reviewed - new, new, self._scheduler)
        by_id = dict(cards)
        return [(fact_id, by_id[fact_id]) for fact_id in keys]

    async def next_review(self, user_id: int) -> ReviewItem | None:
        """Return the member's next due card as a question, or None when nothing is due."""
        due = await self._due(user_id)
        if not due:
            return None
        fact_id, card = due[0]
        questions = self.bank.for_fact(fact_id)
        choice = [q for q in questions if q.kind.value == "choice"] or list(questions)
        return ReviewItem(choice[0], card, len(due))

    async def grade_review(self, user_id: int, fact_id: str, grade: Grade) -> CardState:
        """Grade a review (again, hard, good, easy) and schedule the card's next showing."""
        cards = {row.fact_id: row for row in await self.store.cards(user_id)}
        if fact_id not in cards:
            raise StudyError("That card is not in your review deck.")
        before = _from_row(cards[fact_id])
        after = schedule(before, grade, self.clock(), self._scheduler)
        await self.store.save_card(
            user_id, _to_row(fact_id, after), grade.value, before.phase is CardPhase.NEW, self.clock()
        )
        return after

    # ------------------------------------------------------------------ admin and privacy
    async def gaps(self, guild_id: int | None = None) -> list[Gap]:
        """Cluster the questions the bot could not answer, most frequent first."""
        return cluster_gaps(await self.store.unanswered(guild_id), self.knowledge.matcher)

    async def forget_me(self, user_id: int) -> dict[str, int]:
        """Delete everything stored about a member."""
        self._unsaved = [item for item in self._unsaved if item[2].user_id != user_id]
        return await self.store.forget_user(user_id)


def _log_kind(outcome: Outcome) -> tuple[str, str | None, float] | None:
    if isinstance(outcome, Decline):
        if outcome.reason in {DeclineReason.SMALL_TALK, DeclineReason.EMPTY}:
            return None
        return ("declined", None, 0.0)
    if isinstance(outcome, Suggestions):
        best = outcome.options[0]
        return ("suggested", best.fact.fact.id, best.score)
    if isinstance(outcome, Answer) and outcome.confidence < LOW_CONFIDENCE_SCORE:
        return ("low_confidence", outcome.best.fact.fact.id, outcome.confidence)
    return None


def _pick_distinct_facts(pool: list[Question], count: int, seed: str) -> list[Question]:
    """Pick up to ``count`` questions about different facts, in a shuffled but reproducible order."""
    import random

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


def _known(bank: QuestionBank, question_id: str) -> bool:
    try:
        bank.get(question_id)
    except KeyError:
        return False
    return True


def _to_row(fact_id: str, card: CardState) -> CardRow:
    return CardRow(
        fact_id,
        card.phase.value,
        card.step,
        card.ease,
        card.interval_days,
        card.due,
        card.reps,
        card.lapses,
        card.leech,
    )


def _from_row(row: CardRow) -> CardState:
    return CardState(
        phase=CardPhase(row.phase),
        step=row.step,
        ease=row.ease,
        interval_days=row.interval_days,
        due=row.due,
        reps=row.reps,
        lapses=row.lapses,
        leech=row.leech,
    )
