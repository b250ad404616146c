"""Generated quiz questions are fair on every shipped article: distractors of the answer's kind, no questions about
the article itself, one item per blank, no option that repeats the answer. Each check runs over every article
file of the shipped knowledge, the team's second article and the practice articles, and is written without the
generator's own helpers, so it judges the output rather than restating the code."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import yaml

from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.validation import load_knowledge
from bot.core.study.question import Question, QuestionKind, QuestionOrigin
from bot.core.study.questionbank import BLANK, CLOZE_PREFIX, QuestionBank, is_about_the_article, is_quiz_material
from bot.paths import DEFAULT_KNOWLEDGE_DIR
from tests.conftest import DATA, MINI_DIR, WriteKnowledge

FOLDERS = (DEFAULT_KNOWLEDGE_DIR, DATA / "second_article", MINI_DIR, DATA / "mini_second")


def _article_files() -> list[tuple[Path, str]]:
    """List (folder, article id) for every article file in the folders, read without the loader."""
    found = []
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            if isinstance(data.get("source"), dict):
                found.append((folder, str(data["source"]["id"])))
    return found


ARTICLES = _article_files()
IDS = [article for _folder, article in ARTICLES]


@cache
def _bank(folder: Path) -> tuple[KnowledgeBase, QuestionBank]:
    base = load_knowledge(folder)
    return base, QuestionBank(base)


def _generated(folder: Path, article: str) -> list[Question]:
    _base, bank = _bank(folder)
    return [
        q for q in bank.in_articles([article]) if q.origin is QuestionOrigin.GENERATED and q.kind is QuestionKind.CHOICE
    ]


def test_every_article_is_checked() -> None:
    assert {"india-japan-partnership", "india-germany-partnership", "river-compact", "harbour-accord"} <= set(IDS)


# ---------------------------------------------------------------- the kind of a choice, judged from its text

_MONTHS = "January February March April May June July August September October November December".split()
_DATE = re.compile(r"(\d{1,2}) ([A-Z][a-z]+)\.? (\d{4})")
_NUMBER = re.compile(r"(?P<prefix>\D*?)\s?(?P<figure>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>.*)")


def _kind(text: str, kinds: Mapping[str, tuple[str, ...]]) -> str:
    """Say what kind of thing a choice is, from its text and the article's kinds only."""
    for name, terms in kinds.items():
        if text in terms:
            return f"kind {name}"
    if re.fullmatch(r"(?:19|20)\d{2}", text):
        return "year"
    if re.fullmatch(r"(?:19|20)\d{2}-\d{2}(?:\d{2})?", text):
        return "financial year"
    if _DATE.fullmatch(text):
        return "date"
    number = _NUMBER.fullmatch(text)
    if number is not None:
        unit = number["unit"].casefold().removesuffix("s")
        return f"figure {number['prefix'].strip()}|{unit}"
    letters = [c for c in text if c.isalpha()]
    if " " not in text and len(letters) >= 2 and all(c.isupper() for c in letters):
        return "acronym"
    if not any(c.isupper() for c in letters):
        return "lower-case phrase"
    words = [w for w in re.split(r"[\s-]+", text) if w.casefold() not in {"of", "on", "for", "and", "the", "a", "in"}]
    return "name" if all(w[:1].isupper() or w[:1].isdigit() for w in words) else "mixed"


def _date_style(text: str) -> tuple[bool | None, bool | None]:
    """Return (day padded with a zero, month written in full), None where the text does not tell."""
    match = _DATE.fullmatch(text)
    assert match is not None
    day, month = match.group(1), match.group(2)
    padded = True if day.startswith("0") else (False if len(day) == 1 else None)
    full = None if month in {"May"} else month in _MONTHS
    return padded, full


@pytest.mark.parametrize(("folder", "article"), ARTICLES, ids=IDS)
def test_distractors_are_of_the_answers_kind(folder: Path, article: str) -> None:
    base = _bank(folder)[0]
    kinds = base.kinds_for(article)
    for question in _generated(folder, article):
        answer_kind = _kind(question.answer, kinds)
        assert answer_kind != "mixed", (question.id, question.answer)
        for choice in question.choices:
            assert _kind(choice, kinds) == answer_kind, (question.id, question.answer, choice)
        if answer_kind == "date":
            styles = {_date_style(c) for c in question.choices}
            assert len({p for p, _f in styles if p is not None}) <= 1, (question.id, question.choices)
            assert len({f for _p, f in styles if f is not None}) <= 1, (question.id, question.choices)
        if answer_kind.startswith("figure"):
            values = [float(_NUMBER.fullmatch(c)["figure"].replace(",", "")) for c in question.choices]  # type: ignore[index]
            # Same unit and the same scale: no "20000 years" next to "2 years".
            assert max(values) <= 10 * min(values), (question.id, question.choices)


# ---------------------------------------------------------------- no questions about the article itself

_ABOUT = ("publisher", "posted_date", "updated_date", "article_title", "reading_time", "article_tags")
ABOUT_THE_ARTICLE = {
    "india-japan-partnership": _ABOUT,
    "india-germany-partnership": tuple(f"de_{fact_id}" for fact_id in _ABOUT),
}


def _written_dates(day: dt.date) -> set[str]:
    return {f"{day.day} {day:%b %Y}", f"{day:%d %b %Y}", f"{day.day} {day:%B %Y}", f"{day:%d %B %Y}", day.isoformat()}


@pytest.mark.parametrize(("folder", "article"), ARTICLES, ids=IDS)
def test_no_question_is_about_the_article_itself(folder: Path, article: str) -> None:
    base, bank = _bank(folder)
    source = base.source(article)
    details = {source.publisher}
    for day in (source.published, source.updated):
        if day is not None:
            details |= _written_dates(day)
    if source.reading_time_minutes:
        details.add(f"{source.reading_time_minutes} min")
    for question in bank.in_articles([article]):  # curated and generated, choice and typed
        shown = " | ".join((question.prompt, *question.choices))
        assert not any(detail.casefold() in shown.casefold() for detail in details), (question.id, shown)
    about = ABOUT_THE_ARTICLE.get(article, ())
    for fact_id in about:
        assert bank.for_fact(fact_id) == (), fact_id
        assert not is_quiz_material(base.fact(fact_id))
    assert set(bank.excluded_fact_ids) & {sf.fact.id for sf in base.facts_of(article)} == set(about)


def test_content_that_mentions_the_article_is_still_quiz_material(shipped_base: KnowledgeBase) -> None:
    # "The article's gist: ..." and "It concludes that ..." talk about the article but state none of its details.
    for fact_id in ("article_summary_gist", "conclusion_overview", "pillars_overview"):
        assert not is_about_the_article(shipped_base.fact(fact_id)), fact_id


@pytest.fixture(scope="module")
def shipped_base() -> KnowledgeBase:
    return _bank(DEFAULT_KNOWLEDGE_DIR)[0]


MARKED = """\
source:
  id: towns
  title: Two Towns Pact
  publisher: Practice Press
  published: 2024-01-02
  reading_time_minutes: 3
  summary: [Two towns signed a pact.]
sections:
  - {id: main, title: Main, summary: The pact.}
facts:
  - id: posted
    section: main
    question: When was the Two Towns Pact article posted?
    answer: The Two Towns Pact article was posted on 2 Jan 2024.
    quiz: {posted}
  - id: publisher
    section: main
    question: Who published the Two Towns Pact article?
    answer: The article comes from Practice Press.
  - id: signed
    section: main
    question: When was the pact signed?
    answer: The two towns signed the pact in 2019.
    quiz: {signed}
  - id: renewed
    section: main
    question: When was the pact renewed?
    answer: The pact was renewed in 2023.
quiz:
  - id: quiz_posted
    fact: posted
    question: On which date was the article posted?
    choices: [1 Jan 2024, 2 Jan 2024, 3 Jan 2024, 4 Jan 2024]
    answer: 2 Jan 2024
    explanation: It was posted on 2 Jan 2024.
  - id: quiz_publisher
    fact: publisher
    question: Who published the article?
    choices: [Practice Press, Other Press, Third Press, Fourth Press]
    answer: Practice Press
    explanation: Practice Press published it.
"""


def _marked(posted: str, signed: str) -> str:
    return MARKED.replace("{posted}", posted).replace("{signed}", signed)


@pytest.mark.parametrize(("posted", "signed"), [("true", "false"), ("false", "true")])
def test_the_quiz_field_decides_whether_a_fact_is_quiz_material(
    write_knowledge: WriteKnowledge, posted: str, signed: str
) -> None:
    base = load_knowledge(write_knowledge({"towns.yaml": _marked(posted, signed)}))
    bank = QuestionBank(base)
    asked = {q.fact_id for q in bank.all()}
    assert ("posted" in asked) is (posted == "true")  # an admin may make the posting date quiz material
    assert "publisher" not in asked  # left unmarked, a fact about the article is not
    assert ("c:quiz_publisher" in {q.id for q in bank.all()}) is False
    assert ("signed" in asked) is (signed == "true")  # and may take any fact out of quizzes
    assert "renewed" in asked


def test_the_quiz_field_must_be_a_boolean(write_knowledge: WriteKnowledge) -> None:
    from bot.core.knowledge.validation import validate_directory

    _base, problems = validate_directory(write_knowledge({"towns.yaml": _marked("often", "true")}))
    assert [p for p in problems if "quiz" in str(p)], problems


# ---------------------------------------------------------------- one item per blank, no repeated answer


def _is_name(text: str, kinds: Mapping[str, tuple[str, ...]]) -> bool:
    return _kind(text, kinds) in {"name", "acronym"} or _kind(text, kinds).startswith("kind ")


@pytest.mark.parametrize(("folder", "article"), ARTICLES, ids=IDS)
def test_a_blank_removes_exactly_one_item(folder: Path, article: str) -> None:
    base = _bank(folder)[0]
    kinds = base.kinds_for(article)
    for question in _generated(folder, article):
        if BLANK not in question.prompt:
            continue
        assert question.prompt.count(BLANK) == 1, question.id
        if not _is_name(question.answer, kinds) and not _kind(question.answer, kinds).startswith("figure"):
            # "trust and transparency" is two items; a name such as "Green and Sustainable ... Partnership" is one.
            assert not re.search(r",| and | or |&|/", question.answer), (question.id, question.answer)
        # The article before a blank never tells the answer's first letter ("an _____").
        assert not re.search(rf"\ban? {BLANK}", question.prompt, re.IGNORECASE), question.id


def _normal(text: str) -> str:
    """Write a choice one way: case, punctuation, leading "the", and figures (04 = 4, 20,000 = 20000) ignored."""
    words = re.findall(r"[^\W_]+(?:[.,]\d+)*", text.casefold())
    words = [w.replace(",", "") for w in words]
    words = [str(float(w)) if re.fullmatch(r"\d+(?:\.\d+)?", w) else w for w in words]
    return " ".join(words[1:] if words[:1] == ["the"] else words)


@pytest.mark.parametrize(("folder", "article"), ARTICLES, ids=IDS)
def test_no_choice_repeats_the_answer_after_normalisation(folder: Path, article: str) -> None:
    base, bank = _bank(folder)
    spelling_of: dict[str, str] = {}
    for entry in base.glossary_of(article):
        for variant in entry.variants:
            spelling_of.setdefault(_normal(variant), _normal(entry.term))
    for question in bank.in_articles([article]):
        if question.kind is not QuestionKind.CHOICE:
            continue
        written = [spelling_of.get(_normal(c), _normal(c)) for c in question.choices]
        assert len(set(written)) == len(written), (question.id, question.choices)


def test_the_reported_fill_in_the_blank_offers_no_verbs(shipped_base: KnowledgeBase) -> None:
    # Reported: "built on _____ and transparency" offered "roads / visit / posted".
    bank = QuestionBank(shipped_base)
    for question in bank.for_fact("trust_transparency"):
        wrong = [c for i, c in enumerate(question.choices) if i != question.answer_index]
        assert not {"roads", "visit", "posted"} & set(wrong), question.choices
        assert not any(c.endswith("ed") for c in wrong), question.choices


def test_a_question_that_asks_two_things_is_not_asked_with_one_option() -> None:
    base, bank = _bank(DATA / "second_article")
    # "How much money has Germany committed under the GSDP, and until when?" cannot be answered by "2030" alone.
    for fact_id in ("de_gsdp_commitment", "de_seventh_igc", "de_mmpa"):
        question = base.fact(fact_id).fact.question
        assert all(q.prompt != question for q in bank.for_fact(fact_id)), fact_id


# ---------------------------------------------------------------- determinism and the rating sample


def test_the_generator_is_deterministic_with_its_injected_seed(shipped_base: KnowledgeBase) -> None:
    first, again, other = (
        QuestionBank(shipped_base, seed=7),
        QuestionBank(shipped_base, seed=7),
        QuestionBank(shipped_base, seed=8),
    )
    assert first.all() == again.all()
    assert [(q.id, q.prompt, q.answer) for q in first.all()] == [(q.id, q.prompt, q.answer) for q in other.all()]


def test_the_rating_sample_is_stable_and_its_keys_ignore_the_order_of_choices() -> None:
    from dataclasses import replace

    from scripts.question_sample import SAMPLE_SIZE, Article, question_key, sample

    base = _bank(DEFAULT_KNOWLEDGE_DIR)[0]
    questions = _generated_of(QuestionBank(base))
    assert [question_key(q) for q in questions] == [question_key(q) for q in _generated_of(QuestionBank(base))]
    first = questions[0]
    shuffled = replace(first, choices=first.choices[::-1], answer_index=len(first.choices) - 1 - first.answer_index)
    assert question_key(shuffled) == question_key(first)
    assert question_key(replace(first, prompt=first.prompt + "?")) != question_key(first)
    article = Article("india-japan-partnership", "India-Japan Partnership", tuple(questions))
    picked = sample(article)
    assert picked == sample(article)
    assert len(picked) == min(SAMPLE_SIZE, len(article.questions))
    # Questions that leave the bank do not reshuffle the sample: the picked ones still made stay picked.
    twenty = sample(article, 20)
    unpicked = [q for q in article.questions if q not in twenty]
    fewer = Article(article.id, article.title, tuple(q for q in article.questions if q not in unpicked[:10]))
    assert sample(fewer, 20) == twenty
    gone = twenty[:5]
    fewer = Article(article.id, article.title, tuple(q for q in article.questions if q not in gone))
    assert set(twenty[5:]) <= set(sample(fewer, 20))


def _generated_of(bank: QuestionBank) -> list[Question]:
    return [q for q in bank.choice_questions() if q.origin is QuestionOrigin.GENERATED]


def test_refreshing_the_sample_keeps_ratings_and_the_bench_counts_them(tmp_path: Path) -> None:
    from scripts.bench_questions import fairness
    from scripts.question_sample import Article, read_ratings, write_sample

    questions = tuple(_generated(DEFAULT_KNOWLEDGE_DIR, "india-japan-partnership"))
    article = Article("india-japan-partnership", "India-Japan Partnership", questions)
    path = write_sample(article, tmp_path, size=10)
    text = path.read_text(encoding="utf-8")
    assert text.count("  fair:\n") == 10  # empty for the rater
    assert fairness(article, tmp_path, 10).unrated == 10
    keys = list(read_ratings(path))
    data = yaml.safe_load(text)
    data["questions"][0]["fair"] = True
    data["questions"][1]["fair"] = False
    data["questions"][1]["note"] = "two options are true"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    row = fairness(article, tmp_path, 10)
    assert (row.rated, row.fair, row.unrated, row.share) == (2, 1, 8, 0.5)
    # The generator stops making the first rated question: it leaves the sample but keeps its rating.
    fewer = Article(article.id, article.title, tuple(q for q in questions if q is not _by_key(questions, keys[0])))
    write_sample(fewer, tmp_path, size=10)
    again = read_ratings(path)
    assert again[keys[0]]["fair"] is True
    assert again[keys[1]]["fair"] is False
    assert again[keys[1]]["note"] == "two options are true"
    row = fairness(fewer, tmp_path, 10)
    assert (row.rated, row.fair) == (1, 0)  # only ratings of questions still made count


def _by_key(questions: tuple[Question, ...], key: str) -> Question:
    from scripts.question_sample import question_key

    return next(q for q in questions if question_key(q) == key)


# ---------------------------------------------------------------- what the round-1 rater found unfair, by mechanism
# Each check judges a question from what a member sees (prompt, choices) plus the article (its date, answers and
# glossary), never with the generator's helpers. Every check runs over every article, and the last test shows
# that each check does flag the round-1 questions the blind rater judged unfair for its reason.

_NUMBER_WORDS = "one two three four five six seven eight nine ten".split()
_PRONOUN = re.compile(r"(?:It|Its|They|Their|These|This|Those|He|She)\b")
_LEAD_IN = re.compile(
    rf"(?:(?:{'|'.join(_NUMBER_WORDS)})\b[^:.]{{0,30}}|in short|in brief|the article\b[^:.]*):\s", re.IGNORECASE
)
_META = re.compile(r"\b(?:the|this) (?:article|piece)\b|\barticle's\b", re.IGNORECASE)
_YEAR_IN = re.compile(r"(?<![\d.,-])((?:19|20)\d{2})(?![\d-])")
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"


@dataclass(frozen=True)
class Shown:
    """What a member sees of a question, and the fact behind it when known."""

    prompt: str
    choices: tuple[str, ...]
    answer: str
    fact_question: str = ""
    explanation: str = ""


@dataclass(frozen=True)
class ArticleView:
    """What the checks know of an article: its kinds, date, answers and glossary spellings."""

    kinds: Mapping[str, tuple[str, ...]]
    posted: dt.date | None
    answers: tuple[str, ...]
    glossary: tuple[tuple[str, ...], ...]


def _view(base: KnowledgeBase, article: str) -> ArticleView:
    source = base.source(article)
    return ArticleView(
        base.kinds_for(article),
        source.published or source.updated,
        tuple(sf.fact.answer for sf in base.facts_of(article) if is_quiz_material(sf)),
        tuple(entry.variants for entry in base.glossary),
    )


def _shown(base: KnowledgeBase, question: Question) -> Shown:
    fact = base.fact(question.fact_id).fact
    return Shown(question.prompt, question.choices, question.answer, fact.question, fact.answer)


def _words_in(term: str, text: str) -> bool:
    return re.search(rf"(?<![^\W_]){re.escape(term)}(?![^\W_])", text, re.IGNORECASE) is not None


def _parse_date(text: str) -> dt.date | None:
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    month = [m[:3] for m in _MONTHS].index(match.group(2)[:3]) + 1
    return dt.date(int(match.group(3)), month, int(match.group(1)))


def _figure(text: str) -> tuple[str, float, str] | None:
    match = _NUMBER.fullmatch(text)
    if match is None or re.fullmatch(r"(?:19|20)\d{2}", text):
        return None
    return match["prefix"].strip(), float(match["figure"].replace(",", "")), match["unit"].strip()


def check_stands_alone(shown: Shown, _view: ArticleView) -> str | None:
    """A blank's statement needs nothing said before it, and never talks about the article."""
    if BLANK not in shown.prompt:
        return None
    if _META.search(shown.prompt):
        return "talks about the article"
    stem = shown.prompt.removeprefix(CLOZE_PREFIX)
    with_question = bool(shown.fact_question) and stem.startswith(shown.fact_question + " ")
    if with_question:
        stem = stem[len(shown.fact_question) + 1 :]
    if stem.startswith("…"):
        return "a fragment cut at its start"
    if _LEAD_IN.match(stem):
        return "opens with a lead-in"
    first = re.split(r"(?<=[.!?])\s+", stem)[0]
    if len(first.split()) <= 3 and BLANK not in first and first != stem:
        return "opens with a bare answer"
    if _PRONOUN.match(stem) and not with_question:
        return "a pronoun whose subject is not shown"
    if shown.prompt[: shown.prompt.index(BLANK)].count('"') % 2:
        return "a blank inside a quoted title"
    return None


def check_no_future_option(shown: Shown, view: ArticleView) -> str | None:
    """An event the article reports lies before its date: no option after that date."""
    if view.posted is None:
        return None
    past_year = re.fullmatch(r"(?:19|20)\d{2}", shown.answer) is not None and int(shown.answer) <= view.posted.year
    if past_year and any(int(c) > view.posted.year for c in shown.choices):
        return "a year after the article"
    answered = _parse_date(shown.answer)
    past_date = answered is not None and answered <= view.posted
    if past_date and any((_parse_date(c) or view.posted) > view.posted for c in shown.choices):
        return "a date after the article"
    return None


def check_not_deducible(shown: Shown, _view: ArticleView) -> str | None:
    """Neither the answer nor any option follows or falls from arithmetic and order on the prompt's figures."""
    visible = shown.prompt.replace(BLANK, " ")
    years = [int(y) for y in _YEAR_IN.findall(visible)]
    if re.fullmatch(r"(?:19|20)\d{2}", shown.answer):
        answer = int(shown.answer)
        spans = [int(n) for n in re.findall(r"(?<![\d.,])(\d{1,3})(?![\d.,])", visible) if 0 < int(n) < 200]
        if any(y + d == answer or y - d == answer for y in years for d in spans):
            return "the year follows from another year and a span"
        for year in years:
            if any((int(c) > year) != (answer > year) for c in shown.choices):
                return "an option on the wrong side of a year of the prompt"
        return None
    figure = _figure(shown.answer)
    if figure is None:
        return None
    prefix, value, unit = figure
    span = not prefix and unit.casefold().rstrip("s") in {"", "year"}
    if span and any(b - a == value for a in years for b in years):
        return "the span follows from two years"
    if prefix or unit:
        pattern = rf"{re.escape(prefix)}\s?(\d[\d,]*(?:\.\d+)?)\s?{re.escape(unit)}" if prefix else None
        others = [float(f.replace(",", "")) for f in re.findall(pattern, visible)] if pattern else []
        for other in others:
            for choice in shown.choices:
                parsed = _figure(choice)
                if parsed is not None and (parsed[1] > other) != (value > other):
                    return "an option on the wrong side of a figure of the prompt"
    return None


def check_not_trivia(shown: Shown, _view: ArticleView) -> str | None:
    """No question asks only for a financial-year label or a day of the month."""
    if re.fullmatch(r"(?:19|20)\d{2}-\d{2}(?:\d{2})?", shown.answer):
        return "only a financial year"
    if re.fullmatch(r"\d{1,2}", shown.answer):
        source = shown.explanation or shown.prompt.replace(BLANK, shown.answer)
        day = re.escape(shown.answer)
        if re.search(rf"(?<![\w.]){day}\s+{_MONTH_WORD}\b|\b{_MONTH_WORD}\s+{day}(?![\w.])", source):
            return "only a day of the month"
    dates = [_parse_date(c) for c in shown.choices]
    if all(d is not None for d in dates) and len({(d.month, d.year) for d in dates if d}) < len(dates):
        return "dates that differ only by the day"
    return None


def _head(phrase: str) -> str:
    word = phrase.split()[-1].casefold()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def check_same_kind(shown: Shown, view: ArticleView) -> str | None:
    """A lower-case phrase stands only against phrases with its head noun; a term the article writes as a part
    of something ("India's Northeast") never beside terms it does not."""
    if _kind(shown.answer, view.kinds) == "lower-case phrase" and len({_head(c) for c in shown.choices}) > 1:
        return "lower-case options with other head nouns"
    if _kind(shown.answer, view.kinds).startswith("kind "):

        def owned(term: str) -> bool:
            found = [
                re.search(r"\w['’]s\s+$", answer[: m.start()]) is not None
                for answer in view.answers
                for m in re.finditer(rf"(?<![\w$-]){re.escape(term)}(?![\w$-])", answer)
            ]
            return bool(found) and all(found)

        if len({owned(c) for c in shown.choices}) > 1:
            return "a part of a country beside regions of the world"
    return None


def check_no_abbreviation_gives_it_away(shown: Shown, view: ArticleView) -> str | None:
    """No abbreviation in the prompt stands for words that hold the answer ("the AAGC" for "Africa")."""
    for spellings in view.glossary:
        shown_acronyms = [s for s in spellings if s.isupper() and " " not in s and _words_in(s, shown.prompt)]
        if shown_acronyms and any(_words_in(shown.answer, s) for s in spellings):
            return f"{shown_acronyms[0]} spells out the answer"
    return None


CHECKS = {
    "stands_alone": check_stands_alone,
    "no_future_option": check_no_future_option,
    "not_deducible": check_not_deducible,
    "not_trivia": check_not_trivia,
    "same_kind": check_same_kind,
    "no_abbreviation": check_no_abbreviation_gives_it_away,
}


@pytest.mark.parametrize("check", list(CHECKS), ids=list(CHECKS))
@pytest.mark.parametrize(("folder", "article"), ARTICLES, ids=IDS)
def test_generated_questions_pass_each_fairness_check(folder: Path, article: str, check: str) -> None:
    base = _bank(folder)[0]
    view = _view(base, article)
    problems = [
        (q.id, q.prompt, q.choices, problem)
        for q in _generated(folder, article)
        if (problem := CHECKS[check](_shown(base, q), view)) is not None
    ]
    assert not problems, problems


#: Round-1 questions the blind rater judged unfair, by the check that names the rater's reason.
ROUND_1_UNFAIR = {
    "stands_alone": [
        "92720ddfb3ddda45",
        "ff3105e1660fa54d",
        "1bfe407914529cf4",
        "e7e3e00dc8034c6e",
        "0e7ef84cb106a9b7",
    ],
    "no_future_option": ["87fda06271c8a67b", "c52de50cd10f8f1c", "86be69dfc2f8a077"],
    "not_deducible": ["945e1486600a8663", "5efc2484db50e147", "76f783fe70c0cb08", "6b7a340e13417e1c"],
    "not_trivia": ["841904e30d4369e5", "5ef0ebc0695310cf", "08c5fca9befb7ec5", "f58a5e998a705d74"],
    "same_kind": ["5638fd13a7eb0e87", "24bdd0196d898a53", "471e55bf34bca123", "347a58947e83d0f9"],
    "no_abbreviation": ["0aa33ea21f560de2"],
}


def test_each_check_flags_the_round_1_questions_rated_unfair_for_its_reason() -> None:
    from scripts.question_sample import RATINGS_DIR, read_ratings

    entries: dict[str, tuple[dict[str, object], ArticleView]] = {}
    for folder, article in ARTICLES:
        base = _bank(folder)[0]
        for key, item in read_ratings(RATINGS_DIR / f"{article}.yaml").items():
            entries[key] = (item, _view(base, article))
    for check, keys in ROUND_1_UNFAIR.items():
        for key in keys:
            item, view = entries[key]
            assert item["fair"] is False, key
            shown = Shown(str(item["prompt"]), tuple(map(str, item["choices"])), str(item["answer"]))  # type: ignore[call-overload]
            assert CHECKS[check](shown, view) is not None, (check, key, item["prompt"])


def test_a_stem_whose_subject_is_in_the_question_is_preceded_by_it() -> None:
    # "It was created through ... adopted in 2000." names its subject only in "Through which document was the
    # India-Germany Strategic Partnership created?"; "Two are named: ..." lists what its question asks for.
    base, bank = _bank(DATA / "second_article")
    for fact_id in ("de_agenda_21st_century", "de_subnational_links"):
        fact = base.fact(fact_id).fact
        blanks = [q for q in bank.for_fact(fact_id) if BLANK in q.prompt]
        assert blanks, fact_id
        for question in blanks:
            assert question.prompt.startswith(f"{CLOZE_PREFIX}{fact.question} "), question.prompt
            assert "Two are named" not in question.prompt


def test_round_two_draws_afresh_from_the_questions_round_one_did_not_rate(tmp_path: Path) -> None:
    from scripts.bench_questions import fairness
    from scripts.question_sample import (
        Article,
        question_key,
        rated_before,
        ratings_dir,
        read_ratings,
        sample,
        write_sample,
    )

    questions = tuple(_generated(DEFAULT_KNOWLEDGE_DIR, "india-japan-partnership"))
    article = Article("india-japan-partnership", "India-Japan Partnership", questions)
    first = write_sample(article, ratings_dir(1, tmp_path), size=10)
    data = yaml.safe_load(first.read_text(encoding="utf-8"))
    for item, verdict in zip(data["questions"][:3], (True, False, True), strict=True):
        item["fair"] = verdict
    first.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    rated = {str(item["key"]) for item in data["questions"][:3]}
    assert rated_before(article.id, 2, tmp_path) == rated
    assert rated_before(article.id, 1, tmp_path) == frozenset()

    second = write_sample(article, ratings_dir(2, tmp_path), 10, 2, rated_before(article.id, 2, tmp_path))
    assert second == tmp_path / "round2" / "india-japan-partnership.yaml"
    drawn = read_ratings(second)
    assert len(drawn) == 10
    assert not set(drawn) & rated
    assert yaml.safe_load(second.read_text(encoding="utf-8"))["round"] == 2
    # Another seed: round 2 is not round 1's order with the rated ones left out.
    assert [question_key(q) for q in sample(article, 10, 2)] != [question_key(q) for q in sample(article, 10)]
    # All that remain when fewer than the size are left.
    assert len(sample(article, 500, 2, frozenset(rated))) == len(questions) - 3

    one, two = fairness(article, tmp_path, 10, 1), fairness(article, tmp_path / "round2", 10, 2)
    assert (one.rated, one.fair) == (3, 2)
    assert (two.rated, two.sampled, two.unrated) == (0, 10, 10)
    # The generator stops making a rated question: round 1 counts it as dropped, not in the share.
    gone = next(q for q in questions if question_key(q) in rated and drawn.get(question_key(q)) is None)
    fewer = Article(article.id, article.title, tuple(q for q in questions if q is not gone))
    row = fairness(fewer, tmp_path, 10, 1)
    assert row.rated + row.dropped == 3
    assert row.dropped == 1
