"""The asking capability: answer a member's question, rate limits, the log admins read, and feedback."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

from bot.core.answering.context import Turn
from bot.core.answering.outcomes import (
    Answer,
    Clarify,
    Correction,
    Decline,
    DeclineReason,
    Match,
    Outcome,
    Partial,
    Suggestions,
)
from bot.core.answering.ports import QuestionLog
from bot.core.answering.sections import summary_fact_of
from bot.core.clock import Clock, utc_now
from bot.core.errors import RateLimitedError
from bot.core.ratelimit import Cooldown, RateLimiter
from bot.core.services.knowledge import KnowledgeService

log = logging.getLogger(__name__)

#: Answers that scored below this are logged for admins as low-confidence.
LOW_CONFIDENCE_SCORE = 0.75
#: The longest question read at all (Discord's own limit for a message); longer text is refused before any work.
MAX_QUESTION_CHARS = 4000
#: How long a member's previous question stays the subject of a follow-up.
FOLLOW_UP_WINDOW = dt.timedelta(minutes=5)
#: Conversations kept at most (the least recently used are forgotten first).
MAX_CONVERSATIONS = 10_000
#: Threads that answer questions off the event loop. Answering holds the GIL, so more threads answer no faster; they
#: only take turns with the event loop, which then sends replies later. Two, so one slow question blocks no queue.
ANSWER_THREADS = 2
#: How long a question held back for acknowledgements (``answer_off_loop(after_acknowledgements=True)``) waits at
#: most, so a steady stream of acknowledgements never starves the answers.
ACKNOWLEDGEMENT_HOLD_SECONDS = 1.0


@dataclass
class Conversation:
    """One member's recent questions in one place: what a follow-up may lean on, and when it was asked."""

    turn: Turn | None = None
    at: dt.datetime | None = None


class AskingService:
    """Answer questions from the knowledge in use and keep the log of what it could not answer."""

    def __init__(
        self,
        knowledge: KnowledgeService,
        question_log: QuestionLog | None = None,
        clock: Clock = utc_now,
        rate_limiter: RateLimiter | None = None,
        repeat_cooldown: Cooldown | None = None,
    ) -> None:
        self.knowledge = knowledge
        self._log = question_log
        self.clock = clock
        self._rate_limiter = rate_limiter
        self._repeat_cooldown = repeat_cooldown
        self._conversations: OrderedDict[Hashable, Conversation] = OrderedDict()
        self._answering: ThreadPoolExecutor | None = None
        #: Acknowledgements being sent (changed on the event loop only); set while there are none.
        self._acknowledging = 0
        self._no_acknowledgements = threading.Event()
        self._no_acknowledgements.set()

    def answer(self, question: str, conversation: Conversation | None = None) -> Outcome:
        """Answer a question (a follow-up within a conversation), or say honestly why not; no I/O."""
        if len(question) > MAX_QUESTION_CHARS:
            return Decline(DeclineReason.TOO_LONG, f"more than {MAX_QUESTION_CHARS} characters")
        if conversation is None:
            return self.knowledge.matcher.ask(question)
        now = self.clock()
        fresh = conversation.at is not None and now - conversation.at <= FOLLOW_UP_WINDOW
        reply = self.knowledge.matcher.respond(question, conversation.turn if fresh else None)
        conversation.turn, conversation.at = reply.turn, now
        return reply.outcome

    async def answer_off_loop(
        self, question: str, conversation: Conversation | None = None, after_acknowledgements: bool = False
    ) -> Outcome:
        """Answer a question in the answering threads, so the event loop stays free (a burst never stalls it).

        Questions are answered in the order asked; the loop sends each reply as soon as its answer is ready. With
        ``after_acknowledgements``, the question waits while acknowledgements are being sent (see ``acknowledging``).
        """
        if self._answering is None:
            self._answering = ThreadPoolExecutor(ANSWER_THREADS, thread_name_prefix="answering")
        loop = asyncio.get_running_loop()
        if after_acknowledgements:
            return await loop.run_in_executor(
                self._answering, self._answer_after_acknowledgements, question, conversation
            )
        return await loop.run_in_executor(self._answering, self.answer, question, conversation)

    def _answer_after_acknowledgements(self, question: str, conversation: Conversation | None) -> Outcome:
        # Answering holds the GIL, and the event loop takes turns with the answering threads for it: acknowledgements
        # that must reach Discord within 3 s would otherwise wait behind answers that may come later.
        self._no_acknowledgements.wait(ACKNOWLEDGEMENT_HOLD_SECONDS)
        return self.answer(question, conversation)

    @contextmanager
    def acknowledging(self) -> Iterator[None]:
        """Hold back questions asked ``after_acknowledgements`` while this acknowledgement is sent (event loop only)."""
        self._acknowledging += 1
        self._no_acknowledgements.clear()
        try:
            yield
        finally:
            self._acknowledging -= 1
            if self._acknowledging == 0:
                self._no_acknowledgements.set()

    def close(self) -> None:
        """Let the answering threads end (questions already handed to them are still answered)."""
        answering, self._answering = self._answering, None
        if answering is not None:
            answering.shutdown(wait=False)

    def new_conversation(self) -> Conversation:
        """Start a conversation of one member (the terminal session, an evaluation tool)."""
        return Conversation()

    def conversation(self, key: Hashable) -> Conversation:
        """Return the conversation of a member in a place (guild, channel, member), kept for follow-ups."""
        found = self._conversations.pop(key, None) or Conversation()
        self._conversations[key] = found
        while len(self._conversations) > MAX_CONVERSATIONS:
            self._conversations.popitem(last=False)
        return found

    async def ask(
        self,
        question: str,
        guild_id: int | None = None,
        user_id: int | None = None,
        conversation: Conversation | None = None,
    ) -> Outcome:
        """Answer a question (off the event loop) and log it for admins when the bot declined or was unsure."""
        # Most questions take a millisecond, but long or unusual ones on a large base take far longer.
        outcome = await self.answer_off_loop(question[: MAX_QUESTION_CHARS + 1], conversation)
        await self.log_outcome(question, outcome, guild_id, user_id)
        return outcome

    async def log_outcome(self, question: str, outcome: Outcome, guild_id: int | None, user_id: int | None) -> None:
        """Log a declined or unsure answer for admins (after the member already has the reply)."""
        logged = _log_kind(outcome)
        if logged is None or self._log is None:
            return
        kind, fact_id, score = logged
        try:
            await self._log.log_unanswered(guild_id, user_id, question, kind, fact_id, score, self.clock())
        except Exception:
            # The answer does not depend on the log: members still get it while the database is down.
            log.exception("Could not log an unanswered question (guild %s)", guild_id)

    def check_rate(self, guild_id: int | None, user_id: int) -> None:
        """Raise RateLimitedError when the member has asked too often in the window."""
        wait = self.rate_wait(guild_id, user_id)
        if wait:
            raise RateLimitedError(wait)

    def rate_wait(self, guild_id: int | None, user_id: int) -> float:
        """Count one question of a member; return 0 when allowed, else the seconds to wait."""
        return self._rate_limiter.hit((guild_id, user_id)) if self._rate_limiter is not None else 0.0

    def fresh(self, key: Hashable) -> bool:
        """Tell whether an answer may be repeated (e.g. per channel and fact), starting its cooldown if so."""
        return self._repeat_cooldown.ready(key) if self._repeat_cooldown is not None else True

    def chosen(self, fact_id: str | None) -> Answer | None:
        """Return the answer of a suggestion the member picked, or None if the fact is gone."""
        base = self.knowledge.base
        if fact_id is None:
            return None
        # "Which article?" after "summarize the pillars section": each option is a section's summary, not a fact.
        summary = summary_fact_of(base.sections, fact_id)
        if summary is not None:
            return Answer((Match(summary, 1.0, 1.0, "chosen from suggestions"),))
        if not base.has_fact(fact_id):
            return None
        return Answer((Match(base.fact(fact_id), 1.0, 1.0, "chosen from suggestions"),))

    async def feedback(
        self,
        guild_id: int | None,
        user_id: int,
        question: str,
        fact_id: str,
        helpful: bool,
        asker_id: int | None = None,
    ) -> None:
        """Store a member's verdict on the answer to someone's question (``asker_id``, when known)."""
        if self._log is not None:
            await self._log.record_feedback(
                guild_id, user_id, question, fact_id, helpful, self.clock(), asker_id=asker_id
            )

    def forget(self, user_id: int) -> None:
        """Drop a member's conversations (their recent questions) and their rate-limit history."""
        for key in [k for k in self._conversations if isinstance(k, tuple) and user_id in k[-1:]]:
            del self._conversations[key]
        if self._rate_limiter is not None:
            self._rate_limiter.forget(lambda key: isinstance(key, tuple) and key[-1:] == (user_id,))


def _log_kind(outcome: Outcome) -> tuple[str, str | None, float] | None:
    if isinstance(outcome, Partial | Correction):
        kind = "partial" if isinstance(outcome, Partial) else "correction"
        return (kind, outcome.related[0].fact.fact.id if outcome.related else None, 0.0)
    if isinstance(outcome, Clarify):
        return None
    if isinstance(outcome, Decline):
        if outcome.reason in {
            DeclineReason.SMALL_TALK,
            DeclineReason.EMPTY,
            DeclineReason.NOTHING_MORE,
            DeclineReason.TASK,
        }:
            return None
        return ("declined", None, 0.0)
    if isinstance(outcome, Suggestions):
        best = outcome.options[0]
        return ("suggested", best.fact.fact.id, best.score)
    if isinstance(outcome, Answer) and outcome.confidence < LOW_CONFIDENCE_SCORE:
        return ("low_confidence", outcome.best.fact.fact.id, outcome.confidence)
    return None
