"""A side of a comparison that is a pronoun is the thing asked about before (red team, session 39).

"which came first, this or AAGC?" after the SSGP's year answered "came (2011) came before AAGC (2017)" with CEPA's
fact: the side "this" was read as the word "came", and "came" found CEPA, which "came into effect". A pronoun side is
now the thing the question before named, and with nothing named before, the bot asks what "this" is.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("first", "compared", "note"),
    [
        ("when was the SSGP upgrade", "which came first, this or AAGC?", "SSGP (2014) came before AAGC (2017)."),
        ("what is ijicp", "which is older, this or cepa?", "CEPA (2011) came before IJICP (2021)."),
        ("cepa year", "which is older, it or the aagc?", "CEPA (2011) came before AAGC (2017)."),
        ("ssgp kab bana", "ye pehle bana ya cepa?", "CEPA (2011) came before SSGP (2014)."),
    ],
)
def test_the_pronoun_is_the_thing_before(shipped: KnowledgeService, first: str, compared: str, note: str) -> None:
    outcome = last_reply(shipped, first, compared)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == note


def test_with_nothing_before_the_pronoun_is_asked_back(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("which came first, this or AAGC?").outcome
    assert isinstance(outcome, Clarify), outcome
    assert outcome.reference == "this"
