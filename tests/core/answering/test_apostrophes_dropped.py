"""A possessive typed without its apostrophe reads as the word ("PMs japan visit": the PM's) (session 40).

"what were the other outcomes of PMs japan visit?" was declined: "pms" is no word of the base, and the stemmer leaves
a short word with an "s" whole. A word the base does not know that is one it knows plus "s" is read as that word.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService


def test_the_possessive_is_read_as_the_word(shipped: KnowledgeService) -> None:
    with_apostrophe = shipped.matcher.ask("what were the outcomes of PM's japan visit?")
    without = shipped.matcher.ask("what were the outcomes of PMs japan visit?")
    assert isinstance(without, Answer), without
    assert isinstance(with_apostrophe, Answer)
    assert without.best.fact.fact.id == with_apostrophe.best.fact.fact.id


@pytest.mark.parametrize(("typed", "meant"), [("PMs visit", "PM visit"), ("AIs initiative", "AI initiative")])
def test_the_word_plus_s_reads_as_the_word(shipped: KnowledgeService, typed: str, meant: str) -> None:
    read = shipped.matcher.read
    assert [u.label for u in read(typed).units] == [u.label for u in read(meant).units]
