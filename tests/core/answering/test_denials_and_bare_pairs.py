"""Denials the fact contradicts, and questions that name nothing but the pair (red team, session 37).

- "japan doesn't restrict nuclear tech transfers to india, right?" was answered with "Japan restricts nuclear technology
  transfers to India because India has not signed the NPT": the fact's "not" (of India's signing) was taken for the
  claim's. The word a claim denies is now looked for in the fact: stated plainly, the claim is corrected.
- "how much from japan to india?", "india japan kitna?" were answered with "The Joint Vision is a 10-year plan": a
  question naming nothing but the two partners and asking an amount or a date says nothing of what it asks that of.
- "who exports more, japan to india or india to japan": each side ("japan to india") takes the framing's relation.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Suggestions
from bot.core.answering.shapes import read_comparison
from bot.core.language.lexicon import LEXICON
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "claim",
    [
        "japan doesn't restrict nuclear tech transfers to india, right?",
        "Japan hasn't restricted nuclear technology transfers to India, right?",
        "Japan never restricts nuclear transfers to India, right?",
    ],
)
def test_a_denial_of_what_the_fact_states_is_corrected(shipped: KnowledgeService, claim: str) -> None:
    outcome = shipped.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "npt_concern"


@pytest.mark.parametrize(
    "claim",
    [
        "India has not signed the NPT, right?",  # the fact's own "not"
        "Japan doesn't transfer nuclear tech to India, right?",  # the fact restricts the transfers
        "CEPA did not come into effect in 2014, right?",  # the year is what is denied
    ],
)
def test_a_denial_the_fact_bears_out_is_not_corrected(shipped: KnowledgeService, claim: str) -> None:
    assert not isinstance(shipped.matcher.ask(claim), Correction)


@pytest.mark.parametrize(
    "question",
    ["india japan kitna?", "how much from japan to india?", "how much between india and japan", "india japan kab?"],
)
def test_an_amount_or_date_of_nothing_but_the_pair_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Suggestions)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("india japan trade kitna hai", "bilateral_trade_total"),  # names what the amount is of
        ("how much does japan export to india", "japan_exports_to_india"),  # a relation between the two
        ("india japan?", "article_summary_gist"),  # asks nothing of them: the article's gist
    ],
)
def test_the_pair_with_what_is_asked_of_it_is_answered(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


def test_a_side_naming_only_a_direction_takes_the_framing_s_relation() -> None:
    comparison = read_comparison("who exports more, japan to india or india to japan", "more", LEXICON)
    assert comparison is not None
    assert comparison.second == "india to japan exports"
    # A side that is a thing of its own keeps its words.
    other = read_comparison("which is bigger, total bilateral trade or japan's exports to india", "more", LEXICON)
    assert other is not None
    assert "exports" not in other.first


def test_a_comparison_of_directions_the_material_gives_one_figure_of_is_worked_out(shipped: KnowledgeService) -> None:
    # The other direction is the rest of the two-way total the fact gives (22.85 less 17.69), said to be worked out.
    outcome = shipped.matcher.ask("who exports more, japan to india or india to japan")
    assert isinstance(outcome, Answer), outcome
    assert "Worked out from its figures" in outcome.note
