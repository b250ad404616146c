"""The group-quiz state machine: settings, scoring, answers, reveals, stopping, standings and the registry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.core.study.question import Question
from bot.core.study.quiz import (
    MAX_QUESTIONS,
    PODIUM_SIZE,
    STREAK_CAP,
    AnswerStatus,
    FinalResult,
    GroupQuiz,
    QuizAlreadyRunningError,
    QuizPermissionError,
    QuizPhase,
    QuizRegistry,
    QuizSettings,
    QuizSettingsError,
    points_for,
)

T0 = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
HOST = 100
CHANNEL = 555


def at(seconds: float) -> datetime:
    """Return the fixed start time plus some seconds."""
    return T0 + timedelta(seconds=seconds)


def make_question(n: int, answer_index: int = 1) -> Question:
    """Build a four-option question whose right answer is option ``answer_index``."""
    return Question(
        id=f"q{n}",
        fact_id=f"fact{n}",
        prompt=f"Question {n}?",
        choices=("A", "B", "C", "D"),
        answer_index=answer_index,
        explanation=f"Because of fact {n}.",
    )


def make_quiz(
    count: int = 5,
    seconds: int = 20,
    speed_scoring: bool = True,
    streak_bonus: bool = True,
    channel_id: int = CHANNEL,
    quiz_id: str = "quiz1",
) -> GroupQuiz:
    """Build a quiz that opens its first question at T0."""
    settings = QuizSettings(
        question_count=count, seconds=seconds, speed_scoring=speed_scoring, streak_bonus=streak_bonus
    )
    questions = [make_question(n) for n in range(count)]
    return GroupQuiz(quiz_id, channel_id, HOST, questions, settings, started_at=T0)


# -- settings ----------------------------------------------------------------------------------------------------


def test_default_settings() -> None:
    settings = QuizSettings()
    assert (settings.question_count, settings.seconds, settings.speed_scoring, settings.streak_bonus) == (
        5,
        20,
        True,
        True,
    )
    assert settings.section_id is None


@pytest.mark.parametrize(("count", "ok"), [(0, False), (1, True), (5, True), (20, True), (21, False)])
def test_question_count_limits(count: int, ok: bool) -> None:
    if ok:
        assert QuizSettings(question_count=count).question_count == count
    else:
        with pytest.raises(QuizSettingsError, match=f"1 to {MAX_QUESTIONS} questions"):
            QuizSettings(question_count=count)


@pytest.mark.parametrize(("seconds", "ok"), [(9, False), (10, True), (20, True), (60, True), (61, False)])
def test_timer_limits(seconds: int, ok: bool) -> None:
    if ok:
        assert QuizSettings(seconds=seconds).seconds == seconds
    else:
        with pytest.raises(QuizSettingsError, match="10 to 60 seconds"):
            QuizSettings(seconds=seconds)


def test_settings_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="61 is not allowed"):
        QuizSettings(seconds=61)


# -- points ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("elapsed", "limit", "expected"),
    [
        (0.0, 20.0, 1000),
        (5.0, 20.0, 875),
        (10.0, 20.0, 750),
        (20.0, 20.0, 500),
        (25.0, 20.0, 500),
        (-1.0, 20.0, 1000),
        (5.0, 10.0, 750),
        (30.0, 60.0, 750),
    ],
)
def test_speed_points(elapsed: float, limit: float, expected: int) -> None:
    assert points_for(True, elapsed, limit, speed_scoring=True, streak=1, streak_bonus=True) == expected


@pytest.mark.parametrize("elapsed", [0.0, 10.0, 19.9, 20.0])
def test_flat_points(elapsed: float) -> None:
    assert points_for(True, elapsed, 20.0, speed_scoring=False, streak=1, streak_bonus=False) == 1000


@pytest.mark.parametrize("speed_scoring", [True, False])
def test_wrong_answer_scores_nothing(speed_scoring: bool) -> None:
    assert points_for(False, 0.0, 20.0, speed_scoring=speed_scoring, streak=5, streak_bonus=True) == 0


@pytest.mark.parametrize(
    ("streak", "bonus"), [(1, 0), (2, 100), (3, 200), (5, 400), (6, 500), (7, 500), (20, STREAK_CAP)]
)
def test_streak_bonus_grows_and_caps(streak: int, bonus: int) -> None:
    assert points_for(True, 0.0, 20.0, speed_scoring=True, streak=streak, streak_bonus=True) == 1000 + bonus
    assert points_for(True, 20.0, 20.0, speed_scoring=True, streak=streak, streak_bonus=True) == 500 + bonus


@pytest.mark.parametrize("streak", [1, 2, 6, 20])
def test_streak_bonus_off(streak: int) -> None:
    assert points_for(True, 0.0, 20.0, speed_scoring=True, streak=streak, streak_bonus=False) == 1000


# -- answering ---------------------------------------------------------------------------------------------------


def test_first_question_opens_at_start() -> None:
    quiz = make_quiz()
    assert quiz.phase is QuizPhase.ASKING
    assert quiz.index == 0
    assert quiz.current.id == "q0"
    assert quiz.question_opened_at == T0
    assert quiz.deadline == at(20)
    assert quiz.time_left(at(5)) == 15.0
    assert quiz.answer_count == 0


def test_only_the_chosen_number_of_questions_is_asked() -> None:
    settings = QuizSettings(question_count=2)
    quiz = GroupQuiz("q", CHANNEL, HOST, [make_question(n) for n in range(6)], settings, started_at=T0)
    assert quiz.total == 2


def test_accepted_answer_is_recorded() -> None:
    quiz = make_quiz()
    receipt = quiz.answer(7, 1, at(10))
    assert receipt.status is AnswerStatus.ACCEPTED
    assert receipt.accepted
    record = receipt.record
    assert record is not None
    assert (record.user_id, record.question_id, record.fact_id, record.choice) == (7, "q0", "fact0", 1)
    assert record.correct
    assert record.elapsed == 10.0
    assert record.points == 750
    assert record.at == at(10)
    assert quiz.records == (record,)
    assert quiz.answer_count == 1
    assert quiz.has_answered(7)


def test_double_click_counts_once_and_first_choice_stands() -> None:
    quiz = make_quiz()
    first = quiz.answer(7, 2, at(3))
    second = quiz.answer(7, 1, at(4))
    third = quiz.answer(7, 2, at(4))
    assert first.status is AnswerStatus.ACCEPTED
    assert second.status is AnswerStatus.DUPLICATE
    assert third.status is AnswerStatus.DUPLICATE
    assert second.record == first.record
    assert not second.accepted
    assert quiz.answer_count == 1
    assert [r.choice for r in quiz.records] == [2]
    assert quiz.close(at(20)).distribution == (0, 0, 1, 0)


def test_answer_at_the_buzzer_counts_and_after_it_is_late() -> None:
    quiz = make_quiz()
    on_time = quiz.answer(1, 1, at(20))
    late = quiz.answer(2, 1, at(20) + timedelta(microseconds=1))
    assert on_time.status is AnswerStatus.ACCEPTED
    assert on_time.record is not None
    assert on_time.record.points == 500
    assert late.status is AnswerStatus.LATE
    assert late.record is None
    assert quiz.answer_count == 1


@pytest.mark.parametrize("choice", [-1, 4, 99])
def test_invalid_choice_is_refused(choice: int) -> None:
    quiz = make_quiz()
    assert quiz.answer(1, choice, at(1)).status is AnswerStatus.INVALID_CHOICE
    assert quiz.answer_count == 0
    assert quiz.answer(1, 0, at(2)).status is AnswerStatus.ACCEPTED


def test_answer_after_close_is_refused() -> None:
    quiz = make_quiz()
    quiz.close(at(5))
    assert quiz.answer(1, 1, at(6)).status is AnswerStatus.CLOSED
    assert quiz.records == ()


def test_fifty_members_in_the_same_second_are_each_recorded_once() -> None:
    quiz = make_quiz()
    same_second = at(7)
    users = list(range(1000, 1050))
    receipts = [quiz.answer(user, user % 4, same_second) for user in users]
    repeats = [quiz.answer(user, (user + 1) % 4, same_second) for user in users]
    assert all(r.status is AnswerStatus.ACCEPTED for r in receipts)
    assert all(r.status is AnswerStatus.DUPLICATE for r in repeats)
    assert [r.user_id for r in quiz.records] == users
    assert quiz.answer_count == 50
    reveal = quiz.close(at(20))
    assert reveal.distribution == (13, 13, 12, 12)
    assert sum(reveal.distribution) == 50


# -- reveals -----------------------------------------------------------------------------------------------------


def test_reveal_distribution_and_review_deck() -> None:
    quiz = make_quiz()
    for user, choice in [(1, 0), (2, 1), (3, 1), (4, 2), (5, 1), (6, 3)]:
        quiz.answer(user, choice, at(user))
    reveal = quiz.close(at(20))
    assert quiz.phase is QuizPhase.REVEALED
    assert reveal.question.id == "q0"
    assert reveal.index == 0
    assert reveal.correct_index == 1
    assert reveal.explanation == "Because of fact 0."
    assert reveal.distribution == (1, 3, 1, 1)
    assert [r.user_id for r in reveal.records] == [1, 2, 3, 4, 5, 6]
    assert reveal.wrong == ((1, "fact0"), (4, "fact0"), (6, "fact0"))
    assert not reveal.no_answers
    assert reveal.closed_at == at(20)


def test_close_is_idempotent() -> None:
    quiz = make_quiz()
    quiz.answer(1, 1, at(2))
    first = quiz.close(at(20))
    second = quiz.close(at(25))
    assert second is first
    assert quiz.phase is QuizPhase.REVEALED
    assert quiz.silent_questions == 0


def test_silent_question_closed_twice_counts_once() -> None:
    quiz = make_quiz()
    assert quiz.close(at(20)).no_answers
    quiz.close(at(21))
    assert quiz.silent_questions == 1


def test_early_close_when_everyone_answered() -> None:
    quiz = make_quiz()
    quiz.answer(1, 1, at(1))
    quiz.answer(2, 0, at(2))
    reveal = quiz.close(at(2))
    assert reveal.closed_at == at(2)
    assert reveal.distribution == (1, 1, 0, 0)


# -- advancing, streaks and auto-stop ----------------------------------------------------------------------------


def test_advance_opens_the_next_question_with_a_new_deadline() -> None:
    quiz = make_quiz()
    quiz.answer(1, 1, at(3))
    quiz.close(at(20))
    nxt = quiz.advance(at(25))
    assert isinstance(nxt, Question)
    assert nxt.id == "q1"
    assert quiz.index == 1
    assert quiz.phase is QuizPhase.ASKING
    assert quiz.question_opened_at == at(25)
    assert quiz.deadline == at(45)
    assert quiz.answer_count == 0
    assert quiz.answer(1, 1, at(26)).status is AnswerStatus.ACCEPTED


def test_advance_closes_an_open_question_first() -> None:
    quiz = make_quiz()
    quiz.answer(1, 2, at(3))
    quiz.advance(at(20))
    assert quiz.index == 1
    assert quiz.silent_questions == 0
    assert [r.question_id for r in quiz.records] == ["q0"]


def run_quiz(quiz: GroupQuiz, answers: list[dict[int, tuple[int, float]]]) -> FinalResult:
    """Play the quiz: per question, user -> (choice, seconds after it opened); each question lasts 30 s."""
    result: Question | FinalResult = quiz.current
    for n, per_user in enumerate(answers):
        opened = at(30 * n)
        assert quiz.question_opened_at == opened
        for user, (choice, after) in per_user.items():
            assert quiz.answer(user, choice, opened + timedelta(seconds=after)).accepted
        quiz.close(opened + timedelta(seconds=quiz.settings.seconds))
        result = quiz.advance(at(30 * (n + 1)))
    assert isinstance(result, FinalResult)
    return result


def test_streak_bonus_through_a_quiz() -> None:
    quiz = make_quiz(count=5)
    result = run_quiz(quiz, [{1: (1, 0)}, {1: (1, 0)}, {1: (1, 0)}, {1: (0, 0)}, {1: (1, 0)}])
    assert [r.points for r in quiz.records] == [1000, 1100, 1200, 0, 1000]
    assert [r.streak for r in quiz.records] == [1, 2, 3, 0, 1]
    assert result.reason == "completed"
    assert result.standings[0].points == 4300
    assert result.standings[0].best_streak == 3
    assert (result.standings[0].correct, result.standings[0].answered) == (4, 5)


def test_missing_a_question_breaks_the_streak() -> None:
    quiz = make_quiz(count=3)
    run_quiz(quiz, [{1: (1, 0), 2: (1, 0)}, {2: (1, 0)}, {1: (1, 0), 2: (1, 0)}])
    points = {(r.user_id, r.question_id): r.points for r in quiz.records}
    assert points == {(1, "q0"): 1000, (2, "q0"): 1000, (2, "q1"): 1100, (1, "q2"): 1000, (2, "q2"): 1200}


def test_streak_bonus_switched_off_and_flat_scoring() -> None:
    quiz = make_quiz(count=3, speed_scoring=False, streak_bonus=False)
    run_quiz(quiz, [{1: (1, 19)}, {1: (1, 5)}, {1: (1, 0)}])
    assert [r.points for r in quiz.records] == [1000, 1000, 1000]


def test_quiz_stops_itself_after_two_silent_questions() -> None:
    quiz = make_quiz(count=5)
    quiz.answer(1, 1, at(1))
    quiz.close(at(20))
    assert isinstance(quiz.advance(at(30)), Question)
    assert quiz.close(at(50)).no_answers
    assert isinstance(quiz.advance(at(60)), Question)
    assert quiz.close(at(80)).no_answers
    result = quiz.advance(at(90))
    assert isinstance(result, FinalResult)
    assert result.reason == "inactive"
    assert result.questions_asked == 3
    assert result.finished_at == at(90)
    assert quiz.phase is QuizPhase.FINISHED
    assert quiz.result is result
    assert [s.user_id for s in result.standings] == [1]
    assert quiz.answer(1, 1, at(91)).status is AnswerStatus.CLOSED
    assert quiz.advance(at(95)) is result


def test_one_silent_question_does_not_stop_the_quiz() -> None:
    quiz = make_quiz(count=4)
    result = run_quiz(quiz, [{}, {1: (1, 1)}, {}, {1: (1, 1)}])
    assert result.reason == "completed"
    assert result.questions_asked == 4


def test_last_question_finishes_as_completed() -> None:
    quiz = make_quiz(count=2)
    result = run_quiz(quiz, [{1: (1, 1)}, {2: (0, 1)}])
    assert result.reason == "completed"
    assert result.questions_asked == 2
    assert quiz.phase is QuizPhase.FINISHED
    assert quiz.current.id == "q1"


# -- stopping ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("user", "is_admin"), [(HOST, False), (HOST, True), (42, True)])
def test_host_or_admin_can_stop(user: int, is_admin: bool) -> None:
    quiz = make_quiz()
    quiz.answer(1, 1, at(2))
    result = quiz.stop(user, is_admin=is_admin, at=at(5))
    assert result.reason == "stopped"
    assert quiz.phase is QuizPhase.FINISHED
    assert result.standings[0].user_id == 1
    assert result.standings[0].points == 950
    assert quiz.close(at(6)).records == quiz.records
    assert quiz.stop(HOST, is_admin=False, at=at(7)) is result


def test_others_cannot_stop() -> None:
    quiz = make_quiz()
    with pytest.raises(QuizPermissionError):
        quiz.stop(42, is_admin=False, at=at(5))
    assert quiz.phase is QuizPhase.ASKING
    assert quiz.answer(42, 1, at(6)).accepted


def test_stop_after_a_reveal() -> None:
    quiz = make_quiz()
    quiz.answer(1, 0, at(2))
    reveal = quiz.close(at(20))
    result = quiz.stop(HOST, is_admin=False, at=at(22))
    assert result.reason == "stopped"
    assert result.questions_asked == 1
    assert quiz.close(at(23)) is reveal


# -- standings ---------------------------------------------------------------------------------------------------


def test_final_standings_order_shared_ranks_and_podium() -> None:
    quiz = make_quiz(count=2, speed_scoring=False, streak_bonus=False)
    result = run_quiz(
        quiz,
        [
            {1: (1, 1), 2: (1, 2), 3: (1, 3), 4: (0, 4), 5: (0, 5), 6: (2, 6)},
            {2: (1, 1), 1: (1, 2), 4: (1, 3), 3: (0, 4), 5: (3, 5)},
        ],
    )
    table = [(s.user_id, s.points, s.correct, s.answered, s.rank) for s in result.standings]
    assert table == [
        (2, 2000, 2, 2, 1),  # same as user 1, but their last right answer came first
        (1, 2000, 2, 2, 1),
        (3, 1000, 1, 2, 3),  # last right answer in question 1, before user 4's in question 2
        (4, 1000, 1, 2, 3),
        (5, 0, 0, 2, 5),  # no right answers: user id breaks the tie
        (6, 0, 0, 1, 5),
    ]
    assert [s.user_id for s in result.podium] == [2, 1, 3, 4, 5, 6]


def test_more_right_answers_win_at_equal_points() -> None:
    quiz = make_quiz(count=2, streak_bonus=False)
    result = run_quiz(quiz, [{1: (1, 20), 2: (0, 0)}, {1: (1, 20), 2: (1, 0)}])
    table = [(s.user_id, s.points, s.correct, s.rank) for s in result.standings]
    assert table == [(1, 1000, 2, 1), (2, 1000, 1, 2)]


def test_podium_holds_the_top_five() -> None:
    quiz = make_quiz(count=1)
    for user in range(1, 8):
        quiz.answer(user, 1, at(user))
    result = quiz.advance(at(20))
    assert isinstance(result, FinalResult)
    assert [s.rank for s in result.standings] == [1, 2, 3, 4, 5, 6, 7]
    assert len(result.podium) == PODIUM_SIZE
    assert [s.user_id for s in result.podium] == [1, 2, 3, 4, 5]


def test_standings_at_any_time() -> None:
    quiz = make_quiz()
    assert quiz.standings() == ()
    quiz.answer(2, 1, at(0))
    quiz.answer(1, 0, at(1))
    assert [(s.user_id, s.points, s.rank, s.best_streak) for s in quiz.standings()] == [(2, 1000, 1, 1), (1, 0, 2, 0)]


# -- registry ----------------------------------------------------------------------------------------------------


def test_registry_refuses_a_second_quiz_in_a_channel() -> None:
    registry = QuizRegistry()
    first = make_quiz(quiz_id="a")
    registry.start(first)
    with pytest.raises(QuizAlreadyRunningError):
        registry.start(make_quiz(quiz_id="b"))
    assert registry.get(CHANNEL) is first


def test_registry_keeps_channels_apart() -> None:
    registry = QuizRegistry()
    one = make_quiz(quiz_id="a", channel_id=1)
    two = make_quiz(quiz_id="b", channel_id=2)
    registry.start(one)
    registry.start(two)
    assert registry.get(1) is one
    assert registry.get(2) is two
    assert registry.get(3) is None
    assert registry.running() == (one, two)
    one.answer(9, 1, at(1))
    assert two.answer_count == 0
    assert registry.end(1) is one
    assert registry.get(1) is None
    assert registry.end(1) is None
    assert registry.running() == (two,)


def test_registry_accepts_a_new_quiz_after_the_old_one_ends() -> None:
    registry = QuizRegistry()
    old = make_quiz(quiz_id="a")
    registry.start(old)
    old.stop(HOST, is_admin=False, at=at(1))
    assert registry.running() == ()
    new = make_quiz(quiz_id="b")
    registry.start(new)
    assert registry.get(CHANNEL) is new
