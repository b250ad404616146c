"""Summaries asked in chat ("summarize the pillars section", "key points of QUAD"): a section named gets its summary,
a thing named gets what the material says of it, the article gets its gist."""

from __future__ import annotations

import pytest

from bot.core.answering.context import Turn
from bot.core.answering.outcomes import Answer, Clarify
from bot.core.answering.sections import SECTION_FACT_PREFIX, SectionTitles
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS
from bot.core.language.lexicon import LEXICON
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "section_id"),
    [
        ("summarize the pillars section", "pillars"),
        ("give me a summary of the pillars section", "pillars"),
        ("what are the key points of the pillars section", "pillars"),
        ("piller section summary", "pillars"),  # a typo of a title word
        ("pillars section ka summary do", "pillars"),  # Hinglish
        ("स्तंभ खंड का सारांश", "pillars"),  # Hindi
        ("summarise the role in global and regional order section", "global_role"),
        ("key points of why in news", "why_in_news"),
        ("conclusion section summary", "conclusion"),
        ("summarise the conclusion", "conclusion"),
        ("highlights of the visit", "key_outcomes"),
    ],
)
def test_a_section_named_gets_its_summary(shipped: KnowledgeService, question: str, section_id: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    (match,) = outcome.matches
    assert match.fact.fact.id == f"{SECTION_FACT_PREFIX}india-japan-partnership:{section_id}"
    assert match.fact.section.id == section_id
    assert match.fact.fact.answer == match.fact.section.summary
    assert "summary of the section" in match.reason
    # A section's summary is never taken for a fact of the base (review decks, feedback look facts up by id).
    assert not shipped.base.has_fact(match.fact.fact.id)


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("summarize QUAD", "QUAD"),
        ("summarize the economic cooperation part", "economic cooperation"),
        ("overview of the economic ties", "economic ties"),
        ("what is the gist of ijicp", "ijicp"),
        ("quad ka saransh batao", "quad"),
    ],
)
def test_a_thing_that_is_no_section_is_asked_as_itself(shipped: KnowledgeService, question: str, same_as: str) -> None:
    asked, itself = shipped.matcher.ask(question), shipped.matcher.ask(same_as)
    assert isinstance(asked, Answer)
    assert isinstance(itself, Answer)
    assert [m.fact.fact.id for m in asked.matches] == [m.fact.fact.id for m in itself.matches]
    assert not asked.best.fact.fact.id.startswith(SECTION_FACT_PREFIX)


@pytest.mark.parametrize(
    "question",
    ["summarize the article", "sum up the article in a line", "summary of india japan partnership", "tldr?"],
)
def test_the_article_as_a_whole_gets_its_gist(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert [m.fact.fact.id for m in outcome.matches] == ["article_summary_gist"]


def test_a_summary_of_something_pointed_back_at_is_of_the_earlier_subject(shipped: KnowledgeService) -> None:
    first = shipped.matcher.respond("what is quad")
    followed = shipped.matcher.respond("summarize it", first.turn)
    assert isinstance(followed.outcome, Answer)
    assert followed.outcome.best.fact.fact.id == "quad"
    assert isinstance(shipped.matcher.ask("summarize it"), Clarify)  # nothing before it to point at


def test_a_section_summary_is_a_subject_for_follow_ups(shipped: KnowledgeService) -> None:
    first = shipped.matcher.respond("summarize the pillars section")
    assert isinstance(first.turn, Turn)
    assert first.turn.fact_ids == (f"{SECTION_FACT_PREFIX}india-japan-partnership:pillars",)
    then = shipped.matcher.respond("when did cepa come into effect", first.turn)
    assert isinstance(then.outcome, Answer)
    assert "2011" in then.outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "question",
    ["what is cepa", "which section mentions QUAD", "who briefed the press"],
)
def test_a_message_asking_no_summary_is_read_as_ever(shipped: KnowledgeService, question: str) -> None:
    assert shipped.matcher.reader.summary_request(question) is None


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("summary of 2014", "ssgp_2014"),
        ("summarize 2021", "ijicp_year"),
        ("give me 3 key points", "article_summary_gist"),
    ],
)
def test_a_year_is_a_topic_and_a_count_of_points_is_not(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


@pytest.mark.parametrize(
    "question",
    ["summarize section 3", "summarize point 2", "is the article summary about Africa?", "Was the visit brief?"],
)
def test_what_no_section_or_thing_answers_gets_no_summary(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not (isinstance(outcome, Answer) and outcome.best.fact.fact.id.startswith(SECTION_FACT_PREFIX))
    assert not (isinstance(outcome, Answer) and outcome.best.fact.fact.id == "article_summary_gist")


def test_a_question_word_of_the_sections_title_still_names_it(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("give me a quick summary of why in news")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id.endswith(":why_in_news")


def test_a_summary_word_in_a_question_of_its_own_is_no_request(shipped: KnowledgeService) -> None:
    request = shipped.matcher.reader.summary_request("does the summary mention africa")
    assert request is not None
    assert request.asked_by == ("does",)
    outcome = shipped.matcher.ask("does the summary mention africa")
    assert not (isinstance(outcome, Answer) and outcome.best.fact.fact.id.startswith(SECTION_FACT_PREFIX))


def test_the_request_keeps_the_topic_and_drops_its_own_words(shipped: KnowledgeService) -> None:
    request = shipped.matcher.reader.summary_request("Please give me a quick summary of the pillars section")
    assert request is not None
    assert request.topic == ("pillars",)
    assert request.asked_by == ()


# ---------------------------------------------------------------- sections found by their titles
def _titles(service: KnowledgeService) -> SectionTitles:
    return SectionTitles(service.base.sections, LEXICON.ignored, DEFAULT_THRESHOLDS.section_title_similarity)


def test_words_of_two_articles_sections_alike_name_one_of_each(two_articles: KnowledgeService) -> None:
    titles = _titles(two_articles)
    assert {section.id for _source, section in titles.named_by(["pillars"])} == {"pillars", "de_pillars"}
    assert [section.id for _source, section in titles.named_by(["pillars", "japan", "relations"])] == ["pillars"]
    assert [section.id for _source, section in titles.named_by(["pillars", "germany"])] == ["de_pillars"]


def test_words_of_the_article_title_alone_name_no_section(shipped: KnowledgeService) -> None:
    titles = _titles(shipped)
    assert titles.named_by(["india", "japan"]) == ()
    assert titles.names_an_article(["india", "japan", "partnership"])
    assert not titles.names_an_article(["pillars"])
    assert titles.named_by([]) == ()
    assert titles.named_by(["budget"]) == ()


def test_a_section_two_articles_have_is_asked_back_with_each_summary(two_articles: KnowledgeService) -> None:
    reply = two_articles.matcher.respond("summarize the pillars section")
    assert isinstance(reply.outcome, Clarify)
    assert {m.fact.source.id for m in reply.outcome.options} == {s.id for s in two_articles.base.sources}
    assert all(m.fact.fact.id.startswith(SECTION_FACT_PREFIX) for m in reply.outcome.options)
    assert reply.turn is not None
    assert reply.turn.pending
    named = two_articles.matcher.ask("summarize the pillars of india germany relations")
    assert isinstance(named, Answer)
    assert named.best.fact.fact.id.endswith(":de_pillars")


def test_a_section_summary_picked_among_options_is_answered(two_articles: KnowledgeService) -> None:
    from bot.core.services.asking import AskingService

    asking = AskingService(two_articles)
    options = two_articles.matcher.respond("summarize the pillars section").outcome
    assert isinstance(options, Clarify)
    picked = asking.chosen(options.options[0].fact.fact.id)
    assert picked is not None
    assert picked.best.fact.fact.answer == picked.best.fact.section.summary
    assert asking.chosen("section:no-such-article:pillars") is None
