"""A member doubting the answer just given gets it again, corrected against their claim (red team, session 38).

"are you sure? i read 2012 in my notes" after CEPA's 2011, "no you're wrong, it's 2016" after the AAGC's 2017,
"pakka?" and "2012?" were declined or offered as "did you mean", leaving the member to believe the wrong year. The
doubt (``challenge_cues``) and where the member read otherwise (``challenge_sources``) now make what else the message
says a claim about the thing just answered: corrected when the material says otherwise, and the answer given again,
with its source, when the message only doubts it. In session 39 the red team found Hinglish doubts ("sure? 2012 hai
mere notes me", "nahi yaar sir ne bhi 2012 bola tha"), doubts that close the message ("no it's yamanashi i'm sure"),
"isn't it 28 bn?" and a bare figure only read somewhere ("wait i read 18.5 somewhere") declined: more doubt phrases
are language data, a closing doubt makes only a bare value a claim, and where it was read is doubt enough.
"""

from __future__ import annotations

import pytest

from bot.core.answering.matcher import STANDS_NOTE
from bot.core.answering.outcomes import Answer, Correction
from bot.core.answering.shapes import Challenge, read_challenge
from bot.core.language.lexicon import LEXICON
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("first", "doubt", "fact_id"),
    [
        ("cepa kab aaya", "are you sure? i read 2012 in my notes", "cepa_year"),
        ("cepa kab aaya", "2012?", "cepa_year"),
        ("cepa kab aaya", "maine padha 2012 tha", "cepa_year"),
        ("aagc year", "no you're wrong, it's 2016", "aagc_year"),
        ("aagc year", "bhai galat hai, 2016 tha", "aagc_year"),
        ("aagc year", "but my notes say 2016", "aagc_year"),
        ("india japan trade kitna hai", "are you sure it is not 20 bn?", "bilateral_trade_total"),
        # Red team, session 39: doubts in Hinglish, after "sure?", with the doubt last, or only where it was read.
        ("cepa year", "sure? 2012 hai mere notes me", "cepa_year"),
        ("cepa year", "nahi yaar sir ne bhi 2012 bola tha", "cepa_year"),
        ("ijicp launch", "bro 2022 hai, galat bata raha hai tu", "ijicp_year"),
        ("aagc year", "no i'm pretty sure it was 2012, check again", "aagc_year"),
        ("trade fy24", "isn't it 28 bn?", "bilateral_trade_total"),
        ("japan ka export?", "wait i read 18.5 somewhere", "japan_exports_to_india"),
        ("joint vision me kitne lines of effort", "bhai mere notes me 10 likha hai", "joint_vision_lines_count"),
        # Red team, session 39 (conversations): "i think" before a value, and a bare value with "this", a copula and
        # a tag, after a count or a sum.
        ("what year CEPA came in force", "hmm i think 2010", "cepa_year"),
        ("state prefecture partnerships kitne hai", "5 hai na?", "state_prefecture_overview"),
        ("when was the security declaration", "2024 tha na?", "security_declaration_2025"),
        ("what is the trade figure", "ye 20 billion tha na?", "bilateral_trade_total"),
    ],
)
def test_a_doubt_with_another_figure_is_corrected(
    shipped: KnowledgeService, first: str, doubt: str, fact_id: str
) -> None:
    outcome = last_reply(shipped, first, doubt)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == fact_id


def test_a_doubt_naming_another_place_is_corrected(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "which prefecture is paired with gujarat", "wrong, it is toyama")
    assert isinstance(outcome, Correction), outcome
    assert "Shizuoka" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize("doubt", ["are you sure?", "pakka?", "r u sure", "are you sure? i read 2017 too"])
def test_a_bare_doubt_gets_the_answer_again(shipped: KnowledgeService, doubt: str) -> None:
    outcome = last_reply(shipped, "aagc year", doubt)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == STANDS_NOTE
    assert outcome.best.fact.fact.id == "aagc_year"


@pytest.mark.parametrize(
    ("first", "doubt"),
    [
        ("cepa year?", "are you sure? my notes say 2011 too, just double checking"),
        ("gujarat's prefecture", "you sure? notes me shizuoka hi hai, bas confirm"),
        ("cepa year", "really?"),
        ("jimex?", "i'm sure it's bilateral"),
    ],
)
def test_a_doubt_agreeing_with_the_answer_gets_it_again(shipped: KnowledgeService, first: str, doubt: str) -> None:
    before = shipped.matcher.respond(first).outcome
    assert isinstance(before, Answer)
    outcome = last_reply(shipped, first, doubt)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == STANDS_NOTE
    assert outcome.best.fact.fact.id == before.best.fact.fact.id


@pytest.mark.parametrize(
    ("first", "doubt", "stated"),
    [
        # Red team, session 39: a name read somewhere in the place of the one the answer gave.
        ("SCRI?", "my notes say india-japan-indonesia", "Australia"),
        ("scri kiske saath hai", "mere notes me indonesia likha hai", "Australia"),
        ("gujarat partner?", "my notes say toyama", "Shizuoka"),
    ],
)
def test_a_name_read_elsewhere_is_corrected(shipped: KnowledgeService, first: str, doubt: str, stated: str) -> None:
    outcome = last_reply(shipped, first, doubt)
    assert isinstance(outcome, Correction), outcome
    assert stated in outcome.related[0].fact.fact.answer


def test_where_a_topic_was_read_is_no_doubt(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "cepa year", "i read about quad yesterday")
    assert not isinstance(outcome, Correction), outcome
    assert not (isinstance(outcome, Answer) and outcome.note == STANDS_NOTE), outcome


def test_a_doubt_after_a_place_names_the_place_instead(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "gujarat partner?", "no it's yamanashi i'm sure")
    assert isinstance(outcome, Correction), outcome
    assert "Shizuoka" in outcome.related[0].fact.fact.answer


def test_a_claim_of_its_own_is_not_a_doubt_of_the_answer(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "cepa kab aaya", "i read that the aagc came in 2017")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "aagc_year"


@pytest.mark.parametrize(
    ("message", "challenge"),
    [
        ("are you sure? i read 2012 in my notes", Challenge("2012", doubts=True)),
        ("but my notes say 2016", Challenge("2016", doubts=False)),
        ("pakka?", Challenge("", doubts=True)),
        # Where it was read, with no figure: the matcher weighs its names against the answer's (below).
        ("i read about quad yesterday", Challenge("quad yesterday", doubts=False)),
        ("which statement is wrong", None),
        ("you sure? when did the aagc start then?", None),  # a question of its own
        ("cepa kab aaya", None),
    ],
)
def test_a_doubt_is_read_with_its_claim(message: str, challenge: Challenge | None) -> None:
    assert read_challenge(message, LEXICON, 16) == challenge


def test_with_nothing_answered_before_a_doubt_is_no_doubt(shipped: KnowledgeService) -> None:
    assert not isinstance(last_reply(shipped, "are you sure? i read 2012 in my notes"), Correction)


@pytest.mark.parametrize(
    ("first", "message"),
    [
        # Found by the review (session 38): each was "corrected" with the answer before it.
        ("when did cepa come into effect", "is it wrong to say ssgp came in 2014"),
        ("when did cepa come into effect", "i thought quad had 4 members"),
        ("when did cepa come into effect", "my notes say quad has 4 members"),
        ("when did cepa come into effect", "i remember the 2+2 dialogue started in 2019"),
        ("when did cepa come into effect", "are you sure about the trade figure of 22.85 bn"),
        ("when did cepa come into effect", "recheck quad members"),
        ("when did cepa come into effect", "incorrect statements about quad"),
        ("aagc year", "are you sure? the joint vision is for 10 years"),
        ("cepa kab aaya", "galat, ssgp 2014 me aaya"),
        ("cepa kab aaya", "japan india ka pakka dost hai?"),
        ("cepa kab aaya", "china ka rawaiya galat hai"),
        ("cepa kab aaya", "quad ke 4 members hai, i'm sure"),
        ("cepa year", "sure, and what about aagc?"),
        # Review, session 39: an acknowledgement before a follow-up, "not sure", or another state after a state's
        # prefecture is no doubt of the answer.
        ("which prefecture is tamil nadu paired with", "sure, and gujarat?"),
        ("which prefecture is tamil nadu paired with", "and gujarat? i'm not sure"),
        ("which prefecture is tamil nadu paired with", "sure bro, UP?"),
        ("which prefecture is tamil nadu paired with", "bhai UP bhi bata, pakka"),
        ("how much did japan export to india", "sure, and bilateral trade?"),
        ("cepa kab aaya", "aur 2017 me?"),
    ],
)
def test_a_message_about_another_thing_is_not_corrected_with_the_answer_before(
    shipped: KnowledgeService, first: str, message: str
) -> None:
    before = shipped.matcher.respond(first).outcome
    assert isinstance(before, Answer)
    outcome = last_reply(shipped, first, message)
    assert not (isinstance(outcome, Correction) and outcome.related[0].fact.fact.id == before.best.fact.fact.id), (
        outcome
    )
    # Nor is the answer before given again as if doubted.
    assert not (isinstance(outcome, Answer) and outcome.note == STANDS_NOTE), outcome
