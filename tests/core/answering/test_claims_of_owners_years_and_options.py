"""Claims read as the member means them (red team and review, session 36).

- A name said to be an owner's ("is Act East Policy Japan's policy?", "Act East Policy is Japan's, right?") is
  checked against whose the material says it is, as "Japan's Act East Policy" was; so is a quoted name the material
  gives an owner (Japan's "Vision of a Free and Open Indo-Pacific"). A name the glossary holds is matched whole: "is
  the act east forum japan's?" is not the Act East Policy.
- A year set against a fact dating a thing's start is no contradiction of a later event: "was CEPA reviewed in
  2023?" is not "corrected" with the year it came into effect; a year is corrected only by a fact showing its own.
- Figures listed before "or" are alternatives: "IJICP launched in 2019, 2020 or 2021?" is answered with 2021.
- The start of what ties were raised to is the year of the upgrade: "when did the SSGP start" is answered with 2014.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.answering.shapes import figures_as_alternatives
from bot.core.language.lexicon import LEXICON
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "claim",
    [
        "Is Act East Policy Japan's policy?",
        "Act East Policy is Japan's, right?",
        "Is 'Free and Open Indo-Pacific' India's policy?",
        # Already corrected before the change (guards of the same outcome):
        "is FOIP india's vision?",
        "2+2 includes finance ministers?",
    ],
)
def test_a_name_said_to_be_the_other_partners_is_corrected(shipped: KnowledgeService, claim: str) -> None:
    outcome = shipped.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome


@pytest.mark.parametrize(
    "question",
    [
        "is the act east forum japan's?",
        "Is Act East Policy India's policy?",
        "what is japan's policy",
        "act east forum japan ke northern regions develop karne ke liye hai ya india ke?",
    ],
)
def test_a_true_claim_or_a_question_about_owners_is_answered(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Answer)


def test_a_year_of_a_later_event_is_not_corrected_by_the_start(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("Was CEPA reviewed in 2023?"), Correction)


@pytest.mark.parametrize(
    ("claim", "year"),
    [
        ("CEPA came into effect in 2012?", "2011"),
        ("the CEPA signed in 2021 covers what all?", "2011"),
        ("was AAGC signed in 2016?", "2017"),
    ],
)
def test_a_start_or_signing_in_another_year_is_corrected_by_a_fact_showing_the_year(
    shipped: KnowledgeService, claim: str, year: str
) -> None:
    corrected = shipped.matcher.ask(claim)
    assert isinstance(corrected, Correction), corrected
    assert year in corrected.related[0].fact.fact.answer


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("IJICP launched in 2019, 2020 or 2021?", "IJICP launched in 2019 or 2020 or 2021?"),
        ("IJICP launched in 2019, 2020 or 2021.", "IJICP launched in 2019 or 2020 or 2021."),
        ("trade was 20.5, 22.85, or 25 billion?", "trade was 20.5 or 22.85 or 25 billion?"),
        ("22,850, 23,000 or 25,000?", "22,850 or 23,000 or 25,000?"),
        ("1, 2 or 3, 4 or 5", "1 or 2 or 3 or 4 or 5"),
        ("trade in 2023, 2024", "trade in 2023, 2024"),
        ("exports 17.69, imports 5.16 or not?", "exports 17.69, imports 5.16 or not?"),
        ("1," * 50, "1," * 50),
    ],
)
def test_figures_listed_before_or_are_joined_as_alternatives(question: str, read: str) -> None:
    assert figures_as_alternatives(question, LEXICON) == read


@pytest.mark.parametrize("question", ["IJICP launched in 2019, 2020 or 2021?", "IJICP launched in 2019, 2020 or 2021."])
def test_a_year_among_the_figures_offered_is_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert "2021" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "question",
    [
        "when did the ssgp start",
        "when was ssgp launched",
        "ssgp start",
        "when did the special strategic and global partnership begin",
    ],
)
def test_the_start_of_what_ties_were_raised_to_is_the_year_of_the_upgrade(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "ssgp_2014"


def test_the_start_of_the_ties_themselves_is_not_the_upgrade(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("when was the india japan relationship established"), Answer)


def test_a_year_for_a_thing_named_only_by_some_words_of_what_ties_were_raised_to_is_not_corrected(
    shipped: KnowledgeService,
) -> None:
    # The review's replay: the material never dates a "Global Partnership" of its own.
    outcome = shipped.matcher.ask("Global Partnership between India and Japan started in 2000?")
    assert not isinstance(outcome, Correction)
