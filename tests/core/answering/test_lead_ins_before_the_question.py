"""Words that only announce a question or ask to confirm one are not part of it (red team, session 49).

"Can you confirm: CEPA came into effect in 2011?", "pls confirm - CEPA in force since 2012?", "bhai ek baat batao, cepa
kab aaya?" and "कृपया बताएं, सीईपीए कब लागू हुआ?" were declined or given as partial answers, though the same questions
without the lead-in are answered: the lead-in's words ("confirm", "baat", "kripya") were read as things asked about.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Can you confirm: CEPA came into effect in 2011?", Answer),
        ("pls confirm - CEPA in force since 2012?", Correction),
        ("cepa 2014 me aaya tha, confirm karo", Correction),
        ("bhai ek baat batao, cepa kab aaya?", Answer),
        ("ek doubt, AAGC kab bana?", Answer),
        ("कृपया बताएं, सीईपीए कब लागू हुआ?", Answer),
    ],
)
def test_a_lead_in_does_not_change_the_reply(shipped: KnowledgeService, question: str, kind: type) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, kind), outcome
    related = outcome.matches if isinstance(outcome, Answer) else outcome.related
    assert related[0].fact.fact.id in {"cepa_year", "aagc_year"}
