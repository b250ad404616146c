"""A pure group-quiz state machine: timed questions, speed points, streaks, reveals and standings."""

# Nothing here talks to Discord, a database or the clock: every event carries its own time (``at``). The Discord
# layer shows questions, feeds clicks to GroupQuiz.answer, calls close on time-up (or when everyone answered),
# moves on with advance, and puts Reveal.wrong into the members' review decks.

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from typing import Literal

from bot.core.errors import QuizAlreadyRunningError, QuizError, QuizPermissionError, QuizSettingsError
from bot.core.study.question import Question

#: The most questions one quiz may ask.
MAX_QUESTIONS = 20
#: The shortest timer per question, in seconds.
MIN_SECONDS = 10
#: The longest timer per question, in seconds.
MAX_SECONDS = 60
#: Points for a right answer given at once (speed scoring) or at any time (flat scoring).
FULL_POINTS = 1000
#: Points for a right answer given at the buzzer with speed scoring on.
BUZZER_POINTS = 500
#: Extra points per right answer in a row after the first.
STREAK_STEP = 100
#: The most extra points a streak can add to one answer.
STREAK_CAP = 500
#: How many places the podium shows (more when members tie for the last place).
PODIUM_SIZE = 5
#: The quiz stops itself after this many questions in a row that nobody answered.
SILENT_LIMIT = 2

FinishReason = Literal["completed", "stopped", "inactive"]


@dataclass(frozen=True)
class QuizSettings:
    """How a host set up a quiz: question count, timer, scoring switches and an optional section."""

    question_count: int = 5
    seconds: int = 20
    speed_scoring: bool = True
    streak_bonus: bool = True
    section_id: str | None = None

    def __post_init__(self) -> None:
        """Refuse counts and timers outside the allowed ranges."""
        if not 1 <= self.question_count <= MAX_QUESTIONS:
            raise QuizSettingsError(f"A quiz has 1 to {MAX_QUESTIONS} questions; {self.question_count} is not allowed.")
        if not MIN_SECONDS <= self.seconds <= MAX_SECONDS:
            raise QuizSettingsError(
                f"The timer is {MIN_SECONDS} to {MAX_SECONDS} seconds per question; {self.seconds} is not allowed."
            )


def points_for(
    correct: bool, elapsed: float, limit: float, speed_scoring: bool, streak: int, streak_bonus: bool
) -> int:
    """Return the points for one answer: 0 if wrong, else speed or flat points plus any streak bonus."""
    # Speed scoring runs from 1000 at once down to 500 at the buzzer. ``streak`` counts right answers in a row
    # including this one; with the bonus on, each one after the first adds STREAK_STEP, up to STREAK_CAP.
    if not correct:
        return 0
    if speed_scoring and limit > 0:
        raw = round(FULL_POINTS * (1 - max(elapsed, 0.0) / limit / 2))
        base = min(FULL_POINTS, max(BUZZER_POINTS, raw))
    else:
        base = FULL_POINTS
    bonus = min(STREAK_STEP * max(streak - 1, 0), STREAK_CAP) if streak_bonus else 0
    return base + bonus


class QuizPhase(Enum):
    """Where the quiz stands."""

    ASKING = "asking"  # a question is open for answers
    REVEALED = "revealed"  # the current question is closed and its answer shown
    FINISHED = "finished"  # the quiz is over


class AnswerStatus(Enum):
    """What became of a click."""

    ACCEPTED = "accepted"  # recorded; the member's first answer to the open question
    DUPLICATE = "duplicate"  # the member answered already; their first choice stands
    LATE = "late"  # arrived after the deadline
    CLOSED = "closed"  # no question is open
    INVALID_CHOICE = "invalid_choice"  # not one of the question's options


@dataclass(frozen=True)
class AnswerRecord:
    """One accepted answer."""

    user_id: int
    question_id: str
    fact_id: str
    choice: int
    correct: bool
    elapsed: float
    points: int
    at: datetime
    streak: int = 0  # right answers in a row including this one; 0 when wrong


@dataclass(frozen=True)
class AnswerReceipt:
    """The outcome of a click; ``record`` is the new answer when accepted, the standing one when a duplicate."""

    status: AnswerStatus
    record: AnswerRecord | None = None

    @property
    def accepted(self) -> bool:
        """Tell whether the click was recorded."""
        return self.status is AnswerStatus.ACCEPTED


@dataclass(frozen=True)
class Reveal:
    """A closed question: the right option, how the answers spread, and who goes to the review deck."""

    question: Question
    index: int
    correct_index: int
    distribution: tuple[int, ...]
    records: tuple[AnswerRecord, ...]
    wrong: tuple[tuple[int, str], ...]
    no_answers: bool
    closed_at: datetime

    @property
    def explanation(self) -> str:
        """Return the explanation shown with the answer."""
        return self.question.explanation


@dataclass(frozen=True)
class Standing:
    """One member's place in the standings."""

    user_id: int
    points: int
    correct: int
    answered: int
    best_streak: int
    rank: int


@dataclass(frozen=True)
class FinalResult:
    """How a quiz ended and who came where."""

    quiz_id: str
    reason: FinishReason
    standings: tuple[Standing, ...]
    questions_asked: int = 0
    finished_at: datetime | None = None

    @property
    def podium(self) -> tuple[Standing, ...]:
        """Return the top ``PODIUM_SIZE`` places, plus anyone tied with the last of them."""
        return tuple(s for s in self.standings if s.rank <= PODIUM_SIZE)


@dataclass
class _Tally:
    """A member's running totals (mutable, private to the engine)."""

    points: int = 0
    correct: int = 0
    answered: int = 0
    streak: int = 0
    best_streak: int = 0
    last_correct_at: datetime | None = None


@dataclass
class _Slot:
    """The answers to one question and, once closed, its reveal."""

    opened_at: datetime
    records: list[AnswerRecord] = field(default_factory=list)
    by_user: dict[int, AnswerRecord] = field(default_factory=dict)
    reveal: Reveal | None = None


class GroupQuiz:
    """One quiz in one channel, driven by events that each carry their own time."""

    def __init__(
        self,
        quiz_id: str,
        channel_id: int,
        host_id: int | None,
        questions: Sequence[Question],
        settings: QuizSettings,
        started_at: datetime,
    ) -> None:
        """Set up the quiz and open its first question at ``started_at``."""
        chosen = tuple(questions[: settings.question_count])
        if not chosen:
            raise QuizError("A quiz needs at least one question.")
        for question in chosen:
            if not 0 <= question.answer_index < len(question.choices):
                raise QuizError(f"Question {question.id!r} has no option at its answer index.")
        self.quiz_id = quiz_id
        self.channel_id = channel_id
        self.host_id = host_id
        self.settings = settings
        self.started_at = started_at
        self.questions: tuple[Question, ...] = chosen
        self._index = 0
        self._phase = QuizPhase.ASKING
        self._slots: list[_Slot] = [_Slot(opened_at=started_at)]
        self._tallies: dict[int, _Tally] = {}
        self._records: list[AnswerRecord] = []
        self._silent_run = 0
        self._result: FinalResult | None = None

    # -- state -------------------------------------------------------------------------------------------------

    @property
    def phase(self) -> QuizPhase:
        """Return the current phase."""
        return self._phase

    @property
    def index(self) -> int:
        """Return the 0-based index of the open (or last revealed) question."""
        return self._index

    @property
    def total(self) -> int:
        """Return how many questions this quiz asks at most."""
        return len(self.questions)

    @property
    def is_last(self) -> bool:
        """Tell whether the current question is the last one."""
        return self._index == len(self.questions) - 1

    @property
    def current(self) -> Question:
        """Return the open question, or the last revealed one."""
        return self.questions[self._index]

    @property
    def question_opened_at(self) -> datetime:
        """Return when the current question opened."""
        return self._slots[self._index].opened_at

    @property
    def deadline(self) -> datetime:
        """Return when the current question stops taking answers."""
        return self.question_opened_at + timedelta(seconds=self.settings.seconds)

    @property
    def answer_count(self) -> int:
        """Return how many members answered the current question."""
        return len(self._slots[self._index].records)

    @property
    def records(self) -> tuple[AnswerRecord, ...]:
        """Return every accepted answer so far, in arrival order."""
        return tuple(self._records)

    @property
    def reveals(self) -> tuple[Reveal, ...]:
        """Return the reveal of every closed question, in the order asked."""
        return tuple(slot.reveal for slot in self._slots if slot.reveal is not None)

    @property
    def silent_questions(self) -> int:
        """Return how many closed questions in a row nobody answered."""
        return self._silent_run

    @property
    def result(self) -> FinalResult | None:
        """Return the final result once the quiz is over."""
        return self._result

    def has_answered(self, user_id: int) -> bool:
        """Tell whether a member answered the current question."""
        return user_id in self._slots[self._index].by_user

    def time_left(self, at: datetime) -> float:
        """Return the seconds left on the current question's timer (0 when up or closed)."""
        if self._phase is not QuizPhase.ASKING:
            return 0.0
        return max((self.deadline - at).total_seconds(), 0.0)

    # -- events ------------------------------------------------------------------------------------------------

    def answer(self, user_id: int, choice: int, at: datetime) -> AnswerReceipt:
        """Record a member's first answer to the open question, or say why it is refused."""
        if self._phase is not QuizPhase.ASKING:
            return AnswerReceipt(AnswerStatus.CLOSED)
        question = self.current
        if not 0 <= choice < len(question.choices):
            return AnswerReceipt(AnswerStatus.INVALID_CHOICE)
        slot = self._slots[self._index]
        earlier = slot.by_user.get(user_id)
        if earlier is not None:
            return AnswerReceipt(AnswerStatus.DUPLICATE, earlier)
        if at > self.deadline:
            return AnswerReceipt(AnswerStatus.LATE)
        tally = self._tallies.setdefault(user_id, _Tally())
        correct = question.is_correct(choice)
        streak = tally.streak + 1 if correct else 0
        elapsed = max((at - slot.opened_at).total_seconds(), 0.0)
        points = points_for(
            correct,
            elapsed,
            float(self.settings.seconds),
            self.settings.speed_scoring,
            streak,
            self.settings.streak_bonus,
        )
        record = AnswerRecord(
            user_id=user_id,
            question_id=question.id,
            fact_id=question.fact_id,
            choice=choice,
            correct=correct,
            elapsed=elapsed,
            points=points,
            at=at,
            streak=streak,
        )
        slot.records.append(record)
        slot.by_user[user_id] = record
        self._records.append(record)
        tally.points += points
        tally.answered += 1
        tally.streak = streak
        if correct:
            tally.correct += 1
            tally.best_streak = max(tally.best_streak, streak)
            tally.last_correct_at = at
        return AnswerReceipt(AnswerStatus.ACCEPTED, record)

    def close(self, at: datetime) -> Reveal:
        """Close the current question and return its reveal; closing again returns the same reveal."""
        slot = self._slots[self._index]
        if slot.reveal is not None:
            return slot.reveal
        question = self.current
        distribution = [0] * len(question.choices)
        for record in slot.records:
            distribution[record.choice] += 1
        for user_id, tally in self._tallies.items():
            if user_id not in slot.by_user:
                tally.streak = 0
        no_answers = not slot.records
        self._silent_run = self._silent_run + 1 if no_answers else 0
        slot.reveal = Reveal(
            question=question,
            index=self._index,
            correct_index=question.answer_index,
            distribution=tuple(distribution),
            records=tuple(slot.records),
            wrong=tuple((r.user_id, r.fact_id) for r in slot.records if not r.correct),
            no_answers=no_answers,
            closed_at=at,
        )
        if self._phase is QuizPhase.ASKING:
            self._phase = QuizPhase.REVEALED
        return slot.reveal

    def advance(self, at: datetime) -> Question | FinalResult:
        """Open the next question at ``at``, or finish when none is left or nobody answered twice in a row."""
        if self._result is not None:
            return self._result
        if self._phase is QuizPhase.ASKING:
            self.close(at)
        if self.is_last:
            return self._finish("completed", at)
        if self._silent_run >= SILENT_LIMIT:
            return self._finish("inactive", at)
        self._index += 1
        self._slots.append(_Slot(opened_at=at))
        self._phase = QuizPhase.ASKING
        return self.current

    def stop(self, by_user: int | None, is_admin: bool, at: datetime) -> FinalResult:
        """Stop the quiz for the host or an admin; answers to an open question still count."""
        if by_user != self.host_id and not is_admin:
            raise QuizPermissionError("Only the member who started the quiz or an admin can stop it.")
        if self._result is not None:
            return self._result
        if self._phase is QuizPhase.ASKING:
            self.close(at)
        return self._finish("stopped", at)

    def forget(self, user_id: int) -> None:
        """Drop everything the quiz holds about a member (forget-me): answers, totals, and being its host."""
        self._tallies.pop(user_id, None)
        self._records = [r for r in self._records if r.user_id != user_id]
        for slot in self._slots:
            if slot.by_user.pop(user_id, None) is not None:
                slot.records = [r for r in slot.records if r.user_id != user_id]
        if self.host_id == user_id:
            # Nobody hosts it now: admins can still stop it, and it ends by itself when time runs out.
            self.host_id = None

    # -- results -----------------------------------------------------------------------------------------------

    def standings(self) -> tuple[Standing, ...]:
        """Return everyone who answered, best first; equal points and right answers share a rank."""

        def order(item: tuple[int, _Tally]) -> tuple[int, int, bool, datetime, int]:
            user_id, tally = item
            last = tally.last_correct_at
            return (-tally.points, -tally.correct, last is None, last or self.started_at, user_id)

        ranked: list[Standing] = []
        previous: Standing | None = None
        for position, (user_id, tally) in enumerate(sorted(self._tallies.items(), key=order), start=1):
            tied = previous is not None and (previous.points, previous.correct) == (tally.points, tally.correct)
            rank = previous.rank if tied and previous is not None else position
            standing = Standing(user_id, tally.points, tally.correct, tally.answered, tally.best_streak, rank)
            ranked.append(standing)
            previous = standing
        return tuple(ranked)

    def _finish(self, reason: FinishReason, at: datetime) -> FinalResult:
        """End the quiz and freeze its result."""
        self._phase = QuizPhase.FINISHED
        self._result = FinalResult(
            quiz_id=self.quiz_id,
            reason=reason,
            standings=self.standings(),
            questions_asked=self._index + 1,
            finished_at=at,
        )
        return self._result


class QuizRegistry:
    """The running quizzes, at most one per channel."""

    def __init__(self) -> None:
        """Start with no quizzes."""
        self._by_channel: dict[int, GroupQuiz] = {}

    def start(self, quiz: GroupQuiz) -> None:
        """Register a quiz; refuse it if its channel already has one that is not finished."""
        existing = self._by_channel.get(quiz.channel_id)
        if existing is not None and existing.phase is not QuizPhase.FINISHED:
            raise QuizAlreadyRunningError("A quiz is already running in this channel; wait for it to end or stop it.")
        self._by_channel[quiz.channel_id] = quiz

    def get(self, channel_id: int) -> GroupQuiz | None:
        """Return the channel's quiz, if any."""
        return self._by_channel.get(channel_id)

    def end(self, channel_id: int) -> GroupQuiz | None:
        """Forget the channel's quiz and return it, if any."""
        return self._by_channel.pop(channel_id, None)

    def running(self) -> tuple[GroupQuiz, ...]:
        """Return the quizzes that are not finished, in the order they started."""
        return tuple(q for q in self._by_channel.values() if q.phase is not QuizPhase.FINISHED)
