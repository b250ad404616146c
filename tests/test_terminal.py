"""The offline terminal mode, driven with scripted input."""

from __future__ import annotations

import io
import random

from bot.core.service import KnowledgeService
from bot.terminal import TerminalSession


def run_session(service: KnowledgeService, lines: list[str], seed: int = 1) -> str:
    out = io.StringIO()
    session = TerminalSession(service, io.StringIO("\n".join(lines) + "\n"), out, rng=random.Random(seed))
    assert session.run() == 0
    return out.getvalue()


def test_questions_summaries_and_help(shipped: KnowledgeService) -> None:
    output = run_session(
        shipped, ["which state is paired with ehime", "/summary conclusion", "/help", "/nope", "/quit"]
    )
    assert "Tamil Nadu" in output
    assert "Conclusion" in output
    assert "/quiz [n]" in output
    assert "Unknown command /nope" in output
    assert output.rstrip().endswith("Bye!")


def test_solo_quiz_scores_answers(mini: KnowledgeService) -> None:
    item = mini.quiz_items()[0]
    right = "abcd"[item.answer_index]
    output = run_session(mini, ["/quiz 1", "x", right, "/quit"])
    assert "Please answer a, b, c or d" in output
    assert "Correct!" in output
    assert "You scored 1/1." in output


def test_wrong_quiz_answer_shows_the_right_one_and_its_source(mini: KnowledgeService) -> None:
    item = mini.quiz_items()[0]
    wrong = "abcd"[(item.answer_index + 1) % 4]
    output = run_session(mini, ["/quiz", wrong])
    assert f"the answer is {'abcd'[item.answer_index]}) {item.answer}" in output
    assert "Source: River Cities Compact (Practice Press)" in output
    assert "You scored 0/1." in output


def test_end_of_input_leaves_cleanly(mini: KnowledgeService) -> None:
    assert run_session(mini, []).rstrip().endswith("Bye!")
