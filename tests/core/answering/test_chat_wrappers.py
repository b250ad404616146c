"""What members wrap a question in is not what they ask (red team, session 38).

"INDIA JAPAN TRADE KITNA HAI BHAI JALDI BATAO EXAM HAI KAL", "answer in one word: cepa year", "pls reply fast - which
prefecture with tamil nadu" were declined or answered "doesn't give anything on reply fast": urgency, the exam
tomorrow and how short the answer should be name nothing (language data). "c.e.p.a year" read "cep a"; "top 3
imports" asked for the figure 3; a lowercase "up" after "and" named nothing, nor "us" after "the" (it did only by a
slip of the gazetteer, which read "u.s.a" as "us a").
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.language.text import tokenize
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("INDIA JAPAN TRADE KITNA HAI BHAI JALDI BATAO EXAM HAI KAL", "22.85"),
        ("bhai aagc ka saal bata do jaldi", "2017"),
        ("@here @everyone pls reply fast - which prefecture with tamil nadu", "Ehime"),
        ("answer in one word: cepa year", "2011"),
        ("c.e.p.a year", "2011"),
        ("india ke top 3 imports japan se", "copper"),
        ("top three exports of india to japan", "organic chemicals"),
    ],
)
def test_the_wrapped_question_is_answered(shipped: KnowledgeService, question: str, key: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert key in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("c.e.p.a year", ["cepa", "year"]),
        ("C.E.P.A. kab", ["cepa", "kab"]),
        ("u.s.a", ["usa"]),
        ("i.e. chandrayaan", ["ie", "chandrayaan"]),
    ],
)
def test_dotted_initials_are_one_word(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("what does india do with the us", True),
        ("scri is between india japan and us", True),
        ("can you help us", False),
        ("tell us about cepa", False),
    ],
)
def test_a_lowercase_us_is_the_us_only_where_a_name_stands(
    shipped: KnowledgeService, question: str, named: bool
) -> None:
    assert ("United States" in shipped.matcher.read(question).entities) is named


@pytest.mark.parametrize("follow_up", ["and up?", "up wala?"])
def test_a_lowercase_state_alone_in_a_follow_up_is_the_state(shipped: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(shipped, "gujarat prefecture", follow_up)
    assert isinstance(outcome, Answer), outcome
    assert "Yamanashi" in outcome.best.fact.fact.answer


@pytest.mark.parametrize("greeting", ["what's up", "what up"])
def test_a_greeting_names_no_state(shipped: KnowledgeService, greeting: str) -> None:
    assert "Uttar Pradesh" not in shipped.matcher.read(greeting).entities
    assert not any(u.named for u in shipped.matcher.read(greeting).units)


def test_up_after_a_verb_is_no_state(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("when was the aagc set up")
    assert isinstance(outcome, Answer), outcome
    assert "2017" in outcome.best.fact.fact.answer
