"""A date ahead asked with "when will", "kab ... karega", "कब ... करेगा" (red team, session 52).

"when will india sign NPT" was answered as a false premise ("The study material says otherwise: ... India is a
non-signatory"), as were its Hinglish and Hindi twins, with "karega" read as "what will it do". The material says what
is so today; when something will happen it does not say, so the reply is a partial answer with what it does say. A
review found the neighbours: "when will CEPA come into effect?" (the material dates it: it has already happened, and
that is what is said), "article padhne me kab tak lagega?" (how long: 4 min), "... kab bana aur kya karega?" (what it
will do, asked too), "IJICP se kya milega?" (a verb listed as one of the future read the same as before).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Decline, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question",
    [
        "when will india sign NPT",
        "india NPT kab sign karega",
        "भारत एनपीटी पर कब हस्ताक्षर करेगा",
        "when will MAHSR be completed",
        "chandrayaan 5 kab jayega?",
    ],
)
def test_a_date_ahead_is_not_given_by_what_is_so_today(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert {"future", "date_ahead"} & shipped.matcher.read(question).attributes


@pytest.mark.parametrize("question", ["india NPT kab sign karega", "MAHSR kab complete hoga"])
def test_a_verb_of_the_future_is_no_word_to_find(shipped: KnowledgeService, question: str) -> None:
    labels = {u.label for u in shipped.matcher.read(question).units}
    assert not labels & {"karega", "hoga"}


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [("CEPA kab lagu hua", "cepa_year"), ("when was the aagc set up", "aagc_year")],
)
def test_a_date_in_the_past_is_still_answered(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id
    assert "future" not in shipped.matcher.read(question).attributes


def test_what_will_it_do_still_asks_a_purpose(shipped: KnowledgeService) -> None:
    assert "purpose" in shipped.matcher.read("IJICP kya karega?").attributes


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when will CEPA come into effect?", "cepa_year"),
        ("सीईपीए कब लागू होगा?", "cepa_year"),
        ("when will the AAGC be established?", "aagc_year"),
    ],
)
def test_a_date_ahead_of_what_the_material_dates_is_corrected(
    shipped: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == fact_id


def test_how_long_asked_with_kab_tak_is_a_span(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "article padhne me kab tak lagega?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "reading_time"


def test_what_it_will_do_asked_after_when_is_asked_too(shipped: KnowledgeService) -> None:
    assert "purpose" in shipped.matcher.read("joint vision kab bana aur kya karega?").attributes


def test_a_verb_got_is_read_as_before(shipped: KnowledgeService) -> None:
    assert not isinstance(last_reply(shipped, "IJICP se kya milega?"), Decline)


@pytest.mark.parametrize(
    ("question", "fact_id"), [("CEPA कब लागू हुआ होगा?", "cepa_year"), ("AAGC कब बना होगा?", "aagc_year")]
)
def test_when_it_would_have_happened_is_a_past_act(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


@pytest.mark.parametrize("word", ["bane", "lagegi"])
def test_a_verb_listed_for_its_tense_is_still_read_as_its_neighbour(shipped: KnowledgeService, word: str) -> None:
    # A word in a word list is no longer mended into a near one: "bane" must stay "bana" (established), as it was.
    base = {u.label for u in shipped.matcher.read(f"IJICP se {word}").units}
    assert word not in base, base
