"""The daily-quiz capability: due at each guild's local time, posted exactly once, answered once per member."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.core.clock import Clock, utc_now
from bot.core.errors import StudyError
from bot.core.services.guilds import GuildSettingsService
from bot.core.services.questions import QuestionSource
from bot.core.services.reviews import ReviewService
from bot.core.study import daily as daily_rules
from bot.core.study.ports import AnswerRow, DailyPostRecord, DailyStore, GuildConfig
from bot.core.study.progress import RankBy, Tally, rank_tallies
from bot.core.study.question import Question, QuestionKind

#: A daily quiz claimed but not sent this long ago (the post failed, the process died) is sent again.
RETRY_DAILY_AFTER = dt.timedelta(seconds=60)
#: Points for a right daily-quiz answer (no timer, so no speed weighting).
DAILY_POINTS = 100


@dataclass(frozen=True)
class DailyQuiz:
    """A guild's daily quiz of one day."""

    post: DailyPostRecord
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class DailyProblem:
    """Why a guild's daily quiz could not be posted, kept for admins (``/daily status``)."""

    text: str
    at: dt.datetime
    #: The guild's local day it happened on.
    day: dt.date
    #: True when Discord itself refused the message: the loop waits for the next day (or a fix) to try again.
    hold: bool


@dataclass(frozen=True)
class DailyAnswer:
    """The outcome of answering one daily question."""

    recorded: bool  # False: this member had already answered it
    correct: bool
    question: Question


class DailyService:
    """Decide when each guild's daily quiz is due, claim it once, and record its answers."""

    def __init__(
        self,
        questions: QuestionSource,
        store: DailyStore,
        guilds: GuildSettingsService,
        reviews: ReviewService,
        clock: Clock = utc_now,
    ) -> None:
        self.questions = questions
        self.store = store
        self.guilds = guilds
        self.reviews = reviews
        self.clock = clock
        #: The last problem per guild (in memory: a guild's daily quiz is posted by the process that has it).
        self._problems: dict[int, DailyProblem] = {}

    async def due_guilds(self) -> list[GuildConfig]:
        """Return the guilds whose daily quiz is due now and not yet posted (or whose post failed) today.

        A guild whose post Discord refused today is left out until its next day, or until the problem is cleared.
        """
        now = self.clock()
        due = []
        for config in await self.guilds.daily_guilds():
            if not daily_rules.is_due(now, config.daily_time, config.timezone):
                continue
            day = daily_rules.local_day(now, config.timezone)
            problem = self._problems.get(config.guild_id)
            if problem is not None and problem.hold and problem.day == day:
                continue
            post = await self.store.daily_post(config.guild_id, day)
            if post is None or post.message_id is None:
                due.append(config)
        return due

    async def report_problem(self, guild_id: int, text: str, hold: bool = False) -> bool:
        """Remember why a guild's daily quiz could not be posted; return True if it is news (to log it once).

        The same problem on the same local day is not news; ``hold`` keeps the loop from retrying that day.
        """
        day = await self._today(guild_id)
        old = self._problems.get(guild_id)
        if old is not None and old.day == day and old.text == text:
            if hold and not old.hold:
                self._problems[guild_id] = DailyProblem(old.text, old.at, old.day, hold=True)
            return False
        self._problems[guild_id] = DailyProblem(text, self.clock(), day, hold)
        return True

    def problem(self, guild_id: int) -> DailyProblem | None:
        """Return the last unresolved problem of a guild's daily quiz, if any."""
        return self._problems.get(guild_id)

    def clear_problem(self, guild_id: int) -> None:
        """Forget a guild's problem (after a successful post, or after an admin changed the settings)."""
        self._problems.pop(guild_id, None)

    async def _today(self, guild_id: int) -> dt.date:
        config = await self.guilds.config(guild_id)
        return daily_rules.local_day(self.clock(), config.timezone)

    async def retry_unsent(self, guild_id: int) -> DailyQuiz | None:
        """Take over today's daily quiz if it was claimed but never sent (after RETRY_DAILY_AFTER)."""
        day = await self._today(guild_id)
        post = await self.store.lease_unsent_daily(guild_id, day, self.clock(), RETRY_DAILY_AFTER)
        return await self.by_id(post.id) if post else None

    async def post(self, guild_id: int, channel_id: int | None = None) -> DailyQuiz | None:
        """Create today's daily quiz for a guild; None if it was already posted today (exactly once)."""
        config = await self.guilds.config(guild_id)
        now = self.clock()
        day = daily_rules.local_day(now, config.timezone)
        history = await self.store.daily_question_history(guild_id)
        bank = self.questions.bank
        used_facts = [q.fact_id for q in map(self.questions.get, history) if q is not None]
        # Only the articles the server chose (all when none are chosen, or when none of them exists any more).
        known = {source.id for source in self.questions.knowledge.base.sources}
        articles = [a for a in config.daily_articles if a in known]
        pool = bank.in_articles(articles) if articles else bank.choice_questions()
        chosen = daily_rules.select_daily(
            tuple(q for q in pool if q.kind is QuestionKind.CHOICE),
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

    async def by_id(self, post_id: int) -> DailyQuiz | None:
        """Return a stored daily quiz with its questions (for buttons that outlive a restart)."""
        post = await self.store.daily_post_by_id(post_id)
        if post is None:
            return None
        questions = tuple(q for q in map(self.questions.get, post.question_ids) if q is not None)
        return DailyQuiz(post, questions)

    async def today(self, guild_id: int) -> DailyQuiz | None:
        """Return the guild's daily quiz of today, if posted."""
        post = await self.store.daily_post(guild_id, await self._today(guild_id))
        return await self.by_id(post.id) if post else None

    async def mark_posted(self, post_id: int, channel_id: int, message_id: int) -> None:
        """Remember the message that carries a daily quiz."""
        await self.store.set_daily_message(post_id, channel_id, message_id)

    async def answer(self, post_id: int, question_index: int, user_id: int, choice: int) -> DailyAnswer:
        """Record a member's answer to one question of a daily quiz (first answer counts)."""
        post = await self.store.daily_post_by_id(post_id)
        if post is None or not 0 <= question_index < len(post.question_ids):
            raise StudyError("That daily quiz is no longer available.")
        if post.day != await self._today(post.guild_id):
            raise StudyError("That daily quiz has closed; try today's one.")
        # The button carries the question's position; the post keeps which question was there.
        question = self.questions.get(post.question_ids[question_index])
        if question is None:
            raise StudyError("That question was removed from the knowledge base since it was posted.")
        if not 0 <= choice < len(question.choices):
            raise StudyError("That is not one of the options.")
        correct = question.is_correct(choice)
        row = AnswerRow(
            user_id,
            question.id,
            question.fact_id,
            self.questions.section_of(question.fact_id),
            choice,
            correct,
            DAILY_POINTS if correct else 0,
            self.clock(),
        )
        recorded = await self.store.record_daily_answer(post, row)
        if recorded and not correct:
            await self.reviews.queue(user_id, question.fact_id)
        return DailyAnswer(recorded, correct, question)

    async def previous_results(self, guild_id: int) -> tuple[DailyPostRecord, list[Tally]] | None:
        """Return the results of the guild's previous daily quiz, to post with today's."""
        post = await self.store.latest_daily_before(guild_id, await self._today(guild_id))
        if post is None:
            return None
        results = rank_tallies(await self.store.daily_results(post.id), RankBy.POINTS)
        return post, [r.tally for r in results]
