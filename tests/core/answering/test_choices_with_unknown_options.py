"""A choice among options is answered by the option the material gives, whatever the others are (session 37).

Red team (session 36): "SCRI partner: US, Australia or France?" and "Which grouping do they use for UNSC reforms, G4
or BRICS?" were declined ("The study material doesn't mention France"): an option the material never names was read
as a name the question asks about. "Chandrayaan 5 is with: Japan, Russia or the US?" got "did you mean": a list of
options after a colon was read as options only after a which-word, and "the US" was no single option.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Decline, Partial, Suggestions
from bot.core.answering.shapes import options_as_alternatives
from bot.core.language.lexicon import LEXICON
from bot.core.services.knowledge import KnowledgeService


def _no_name(words: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("SCRI partner: US, Australia or France?", "SCRI partner: US or Australia or France"),
        ("Chandrayaan 5 is with: Japan, Russia or the US?", "Chandrayaan 5 is with: Japan or Russia or US"),
    ],
)
def test_a_list_ending_in_or_after_a_colon_offers_options(question: str, read: str) -> None:
    assert options_as_alternatives(question, LEXICON, most_options=6, most_words=5, one_thing=_no_name) == read


@pytest.mark.parametrize(
    "question",
    [
        "CEPA covers: goods, services and IPR?",  # "and": the items are each claimed, not offered
        "CEPA: did india or japan sign it?",  # one clause, no list
    ],
)
def test_a_colon_without_a_list_of_options_is_read_as_written(question: str) -> None:
    assert options_as_alternatives(question, LEXICON, most_options=6, most_words=5, one_thing=_no_name) == question


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("SCRI partner: US, Australia or France?", "scri"),
        ("Is SCRI with Australia or France?", "scri"),
        ("Which grouping do they use for UNSC reforms, G4 or BRICS?", "g4_unsc_reform"),
        ("Chandrayaan 5 is with: Japan, Russia or the US?", "chandrayaan_5"),
        # A side offered among options is asked, not claimed: the first option is no target (review, session 37).
        ("Japan restricts nuclear tech to: China, India or Pakistan?", "npt_concern"),
        ("Shizuoka is paired with: Kerala, Gujarat or Bihar?", "gujarat_shizuoka"),
    ],
)
def test_the_option_the_material_gives_answers(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "Is SCRI with France or Germany?",
        "SCRI partner: US, France or Germany?",
        "Chandrayaan 5 is with Russia or the US?",
        "Do India and Japan work on UNSC reform through BRICS or SCO?",
    ],
)
def test_options_the_material_gives_none_of_are_not_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, (Correction, Decline, Partial, Suggestions)), outcome
