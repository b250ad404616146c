"""Build the question bank: curated quiz items plus choice and typed questions generated from every fact."""

# A generated question finds the fact's key term in its answer (a date, a financial year, an amount, a year, a
# number, or a term of one of the knowledge ``kinds``) and asks for it against three distractors of the same kind;
# facts without such a term fall back to a fill-in-the-blank on one of their keywords, offered against keywords of
# the same shape (a name against names with the same kind of head noun, a noun phrase against noun phrases). A
# distractor never occurs in the fact's answer (so it cannot also be true), choices are distinct and short enough
# for a Discord button, a blank removes exactly one item, and a question without three plausible distractors is not
# made at all (precision over count). Facts about the article itself (publisher, dates, reading time, tags, title)
# are no quiz material unless a fact says ``quiz: true``. The whole bank is deterministic for a given seed.
#
# What a blind rater found unfair is ruled out by general rules: a blank's stem stands alone (no lead-in such as
# "Two reasons:" or "A deficit.", no comment on the article, no fragment cut at its start; a stem whose subject is
# a pronoun, or that lists what the fact's question asks for, is preceded by that question); no option may be
# ruled out by the prompt (a year after the article's date for a past event, a year on the wrong side of another
# year of the prompt, a total smaller than its part, or a blank that arithmetic on the prompt's figures gives);
# no question only asks for a financial-year label or a day of the month, nor for a term that an abbreviation in
# the prompt spells out; and a lower-case phrase is offered only against phrases with its own head noun, a name
# only against names of its kind that the article does not write beside a name of the prompt.

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from bot.core.knowledge.base import KnowledgeBase, SourcedFact
from bot.core.knowledge.schema import MAX_CHOICE_CHARS, QUIZ_CHOICES, GlossaryEntry
from bot.core.language.lexicon import LEXICON
from bot.core.language.text import content_stems, is_number, normalize, tokenize
from bot.core.study.question import Question, QuestionKind, QuestionOrigin

#: Discord shows a question in an embed; prompts are kept well inside a field.
MAX_PROMPT_CHARS = 300
#: A typed question is only made when its canonical answer is this short.
MAX_TYPED_ANSWER_CHARS = 40
#: At most this many generated choice questions per fact, so long answers do not crowd the bank.
MAX_GENERATED_PER_FACT = 3
#: Distractors are drawn at random from this many of the best candidates.
DISTRACTOR_POOL = 5
BLANK = "_____"
CLOZE_PREFIX = "Fill in the blank: "

_DISTRACTORS = QUIZ_CHOICES - 1

# ---------------------------------------------------------------- recognising key terms in an answer

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_DATE = re.compile(
    r"(?<![\w.])(\d{1,2})\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+((?:19|20)\d{2})(?![\w+]|\.\d)",
    re.IGNORECASE,
)
_FY = re.compile(r"(?<![\w.+$-])((?:19|20)\d{2})-(\d{2}|(?:19|20)\d{2})(?![\w+-]|\.\d)")
_FIGURE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = r"(?:trillion|billion|million|thousand|crore|lakh|bn|mn)"
_UNIT_STOP = r"(?:in|of|and|to|for|from|by|on|at|with|the|a|an|per|as|or|was|were|is|are|each|every)\b"
_AMOUNT = re.compile(
    rf"(?:(?<![\w$])(?:US\$|USD|INR|Rs\.?|₹|\$|€|£|¥)\s?{_FIGURE}(?:\s?{_SCALE})?"
    rf"|(?<![\w.+$-]){_FIGURE}\s{_SCALE}(?:\s(?!{_UNIT_STOP})(?-i:[a-z]+))?)(?![\w+]|\.\d)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\w.+$-])((?:19|20)\d{2})(?![\w+-]|\.\d)")
_UNITS = r"(?:%|per cent|percent|years?|months?|weeks?|days?|hours?|minutes?|mins?|km|kg|tonnes?)"
_NUMBER = re.compile(rf"(?<![\w.+$-])({_FIGURE})(?:(\s?)({_UNITS}))?(?![\w+]|\.\d)", re.IGNORECASE)
_NUMERIC_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date", _DATE),
    ("fy", _FY),
    ("amount", _AMOUNT),
    ("year", _YEAR),
    ("number", _NUMBER),
)
_NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
)  # fmt: skip

#: Question wordings that ask for a key of each family; a question that asks for it is used as the prompt.
_ASKS: dict[str, re.Pattern[str]] = {
    "date": re.compile(r"\b(?:when|date|which day|what day|on what day)\b"),
    "year": re.compile(r"\b(?:when|year|since when)\b"),
    "fy": re.compile(r"\b(?:when|financial year|fiscal year|which year|what year|fy)\b"),
    "amount": re.compile(r"\b(?:how much|value|worth|amount|total|cost|volume|size)\b"),
    "number": re.compile(r"\b(?:how many|how long|number of|time span|duration|how often|period|count)\b"),
}
#: Words in a question that ask for a term of a kind, besides the kind's own name and plural.
_KIND_CUES: dict[str, tuple[str, ...]] = {
    "country": ("country", "countries", "nation", "nations"),
    "grouping": ("grouping", "groupings", "group", "groups", "forum", "bloc"),
    "exercise": ("exercise", "exercises", "drill", "drills"),
}
#: Keys that compete with each other: a question is ambiguous when its answer holds two of one group.
_GROUPS = {"date": "time", "year": "time", "fy": "time", "amount": "quantity", "number": "quantity"}


@dataclass(frozen=True)
class _Key:
    """A term of an answer that a question can ask for."""

    family: str  # date, fy, amount, year, number, term, keyword or word
    text: str  # as written in the answer
    kind: str = ""  # the knowledge kind of a term

    @property
    def group(self) -> str:
        """Return the group of keys this one competes with in the same answer."""
        return _GROUPS.get(self.family, f"{self.family}:{self.kind}")


def _fold(text: str) -> str:
    """Return text folded for duplicate checks (case and whitespace)."""
    return " ".join(text.casefold().split())


@lru_cache(maxsize=4096)
def _loose_pattern(term: str) -> re.Pattern[str]:
    """Return a pattern finding a term as whole words, ignoring case and spacing."""
    body = r"\s+".join(re.escape(part) for part in term.split())
    return re.compile(rf"(?<![^\W_])(?<!\d\.){body}(?![^\W_])(?!\.\d)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _strict_pattern(term: str) -> re.Pattern[str]:
    """Return a pattern finding a term that stands alone (not inside a hyphenated compound or an amount)."""
    body = r"\s+".join(re.escape(part) for part in term.split())
    return re.compile(rf"(?<![\w$-]){body}(?![\w$-])", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _normalized(text: str) -> str:
    """Return the matcher's normal form of a text, remembered (answers are searched many times)."""
    return normalize(text)


def _appears(term: str, text: str) -> bool:
    """Tell whether a term occurs in a text as whole words, after normalisation."""
    folded = _normalized(term)
    return bool(folded) and _loose_pattern(folded).search(_normalized(text)) is not None


def _stable_hash(text: str) -> int:
    """Return a hash of text that is the same in every run (unlike the salted built-in hash)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def _rng(seed: int, ident: str) -> random.Random:
    """Return a private random generator for one question."""
    return random.Random(seed + _stable_hash(ident))


def _find_keys(answer: str, kinds: Mapping[str, tuple[str, ...]], title: str) -> list[_Key]:
    """List the key terms of an answer in reading order, each text once."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, _Key]] = []

    def add(start: int, end: int, key: _Key) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append((start, key))

    # Terms of the knowledge kinds first: admins name them on purpose. The article's own subject
    # ("Japan" in "India-Japan Partnership") is no quiz-worthy key.
    for kind, terms in kinds.items():
        for term in sorted(terms, key=len, reverse=True):
            if _appears(term, title):
                continue
            for match in _strict_pattern(term).finditer(answer):
                add(match.start(), match.end(), _Key("term", match.group(0), kind))
    for family, pattern in _NUMERIC_FAMILIES:
        for match in pattern.finditer(answer):
            add(match.start(), match.end(), _Key(family, match.group(0).strip()))
    seen: set[str] = set()
    keys: list[_Key] = []
    for _start, key in sorted(found, key=lambda item: item[0]):
        if _fold(key.text) not in seen:
            seen.add(_fold(key.text))
            keys.append(key)
    return keys


# ---------------------------------------------------------------- numeric values and their variations


def _split_number(text: str) -> tuple[str, str, str]:
    """Split '`US$ 22.85 billion`' into prefix, number and suffix."""
    match = re.search(_FIGURE, text)
    if match is None:
        return text, "", ""
    return text[: match.start()], match.group(0), text[match.end() :]


def _number_value(number: str) -> float:
    """Return the value of a written number such as '1,250.5'."""
    return float(number.replace(",", ""))


def _format_like(value: float, like: str) -> str:
    """Write a value with the decimals and thousands separators of another written number."""
    decimals = len(like.split(".", 1)[1]) if "." in like else 0
    if decimals == 0:
        value = round(value)
    text = f"{value:,.{decimals}f}" if "," in like else f"{value:.{decimals}f}"
    return text


def _date_parts(text: str) -> tuple[int, int, int] | None:
    """Return (day, month, year) of a written date."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        return None
    return int(match.group(1)), _MONTHS.index(match.group(2)[:3].casefold()) + 1, int(match.group(3))


def _render_date(day: int, month: int, year: int, like: str) -> str:
    """Write a date in the style of another written date."""
    match = _DATE.fullmatch(like.strip())
    padded = match is not None and match.group(1).startswith("0")
    # "May", "June" and "July" are full names: a style is short only when the month is visibly cut.
    long_month = match is not None and match.group(2).rstrip(".").casefold() in {m.casefold() for m in _MONTH_NAMES}
    name = _MONTH_NAMES[month - 1] if long_month else _MONTH_NAMES[month - 1][:3]
    return f"{day:02d} {name} {year}" if padded else f"{day} {name} {year}"


def _fy_start(text: str) -> int | None:
    """Return the first year of a financial year such as '2023-24'."""
    match = _FY.search(text)
    return int(match.group(1)) if match else None


def _render_fy(start: int, like: str) -> str:
    """Write the financial year starting in ``start`` in the style of another financial year."""
    match = _FY.search(like)
    long_end = match is not None and len(match.group(2)) == 4
    end = start + 1
    return f"{start}-{end}" if long_end else f"{start}-{end % 100:02d}"


def _numbers_in(text: str) -> set[float]:
    """Return every figure written in a text."""
    values: set[float] = set()
    for match in re.finditer(rf"(?<![\w.]){_FIGURE}", text):
        values.add(_number_value(match.group(0)))
    for index, word in enumerate(_NUMBER_WORDS):
        if _appears(word, text):
            values.add(float(index))
    return values


# ---------------------------------------------------------------- prompts


def _trim_around_blank(text: str, limit: int) -> str | None:
    """Shorten a cloze to the sentence holding the blank; None when that sentence cannot stand alone or fit."""
    if len(text) <= limit:
        return text
    sentences = re.split(r"(?<=[.;!?])\s+", text)
    index = next((i for i, s in enumerate(sentences) if BLANK in s), 0)
    sentence = sentences[index]
    # A later sentence that opens with a pronoun ("It was ...", "These will decide ...") leans on the one before.
    if index and _REFERS_BACK.match(sentence):
        return None
    sentence = sentence[:1].upper() + sentence[1:]
    if len(sentence) <= limit:
        return sentence
    words = sentence.split()
    centre = next(i for i, w in enumerate(words) if BLANK in w)
    high = centre + 1
    while high < len(words) and len(" ".join(words[: high + 1])) + 2 <= limit:
        high += 1
    # A window that cuts the sentence's start ("… that, despite ...") leaves a fragment without its subject.
    if len(" ".join(words[:high])) + 2 > limit:
        return None
    return " ".join(words[:high]) + (" …" if high < len(words) else "")


_ABBREVIATION_AFTER_BLANK = re.compile(rf"{BLANK}\s*\([A-Za-z0-9&.+-]{{1,10}}\)")
_YES_NO = re.compile(r"^(?:yes|no)\b[.,!]?\s+", re.IGNORECASE)
_ARTICLE_BEFORE_BLANK = re.compile(rf"\b(an?|An?) {BLANK}")
#: Question words: a question holding two of them ("when and where", "who signed it, and when?") asks two things.
_QUESTION_WORDS = re.compile(r"\b(?:who|whom|whose|when|where|what|which|how|why)\b")
#: Words that open a sentence leaning on something said before it: its subject is in the fact's question.
_REFERS_BACK = re.compile(r"(?:it|its|they|their|them|these|this|those|he|she|his|her|such)\b", re.IGNORECASE)
#: Words that talk about the article as a text ("the article lists ...", "the piece gives no more detail").
_META = re.compile(r"\b(?:the|this|that) (?:article|piece|write-?up)\b|\barticle's\b", re.IGNORECASE)
#: A clause that only comments on the article: "; the article gives no more detail", ", and the article lists ...".
_META_CLAUSE = re.compile(
    r"(?:;\s*|,\s*(?:and|but|which|though)\s+)[^;]*?\b(?:the (?:article|piece)|it gives|it adds)\b[^;.]*(?=[;.]|$)",
    re.IGNORECASE,
)
#: A lead-in this short before a colon ("Two reasons:", "In short:", "The article lists five:") only announces.
_LEAD_IN_WORDS = 6
#: Words of a lead-in that sums up ("In short:", "In brief:", "Overall:"): what follows is a whole statement.
_SUMMING_UP = frozenset({"in", "short", "brief", "sum", "summary", "overall", "briefly", "all", "a", "nutshell"})
#: Words of a lead-in that announces a list without saying what it lists ("Two more are listed:").
_ANNOUNCING = _SUMMING_UP | frozenset(
    {"reason", "reasons", "thing", "things", "point", "points", "way", "ways", "named", "listed", "lists", "list",
     "names", "more", "key", "main", "here", "following", "both", "stated", "given", "cited"}
)  # fmt: skip
#: A first sentence this short ("A deficit.", "Germany.") answers the fact's question, not the quiz's.
_SHORT_ANSWER_WORDS = 3


def _stem(answer: str) -> tuple[str, bool]:
    """Return the answer as a stem that stands alone, and whether it needs the fact's question for context."""
    text = _YES_NO.sub("", answer.strip())
    # Comments on the article ("the article gives no more detail on it") are no content to ask about.
    text = _META_CLAUSE.sub("", text)
    needs_question = False
    first = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)
    head, colon, rest = first[0].partition(":")
    if colon and rest.strip() and (_META.match(head) or _announces(head)):
        # "Two are named: Mumbai and Stuttgart ..." lists what the fact's question asks for: keep the question
        # (a summing-up lead-in such as "In short:" announces a whole statement and needs none).
        text = text[len(head) + 1 :].strip()
        needs_question = not set(tokenize(head)) <= _SUMMING_UP
    elif len(first) == 2 and len(first[0].split()) <= _SHORT_ANSWER_WORDS:
        text = first[1]
    if _REFERS_BACK.match(text):
        needs_question = True  # "It was created through ..." names its subject only in the question
    return text[:1].upper() + text[1:], needs_question


def _announces(head: str) -> bool:
    """Tell whether a lead-in only announces what follows ("Two reasons", "Two are named", "In short")."""
    words = tokenize(head)
    return 0 < len(words) <= _LEAD_IN_WORDS and all(
        w in _ANNOUNCING or w in _NUMBER_WORDS or w in LEXICON.ignored for w in words
    )


def _in_quotes(text: str) -> bool:
    """Tell whether the blank stands inside a quoted title ("Vision of a Free and Open _____")."""
    before = text[: text.index(BLANK)]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _cloze(answer: str, key: _Key, variants: Sequence[str], question: str = "") -> str | None:
    """Blank the key in a stem made of the answer; None when the stem cannot stand alone or gives the key away."""
    stem, needs_question = _stem(answer)
    # A stem that still talks about the article, or needs a question that does, asks about the document.
    asks_about_article = bool(set(tokenize(question)) & LEXICON.words("document_words"))
    if _META.search(stem) or (needs_question and (not question or asks_about_article)):
        return None
    # One blank removes one item: a key written twice would need two blanks (or give itself away).
    text, count = _strict_pattern(key.text).subn(BLANK, stem)
    if not count:
        text, count = _loose_pattern(key.text).subn(BLANK, stem)
    if count != 1 or _in_quotes(text):
        return None
    # "_____ (MAHSR)" would give the answer away: drop the abbreviation of the blanked term.
    text = _ABBREVIATION_AFTER_BLANK.sub(BLANK, text)
    # "an _____" would rule out every option starting with a consonant.
    text = _ARTICLE_BEFORE_BLANK.sub(lambda m: ("A(n) " if m.group(1)[0] == "A" else "a(n) ") + BLANK, text)
    text = text[:1].upper() + text[1:]
    lead = f"{CLOZE_PREFIX}{question.strip()} " if needs_question else CLOZE_PREFIX
    trimmed = _trim_around_blank(text, MAX_PROMPT_CHARS - len(lead))
    if trimmed is None:
        return None
    prompt = lead + trimmed
    if any(_appears(v, prompt) for v in (key.text, *variants)):
        return None
    if key.family in {"number", "amount"}:
        _prefix, number, _suffix = _split_number(key.text)
        if number and _number_value(number) in _numbers_in(prompt):
            return None
    return prompt


def _asks_for(question: str, key: _Key) -> bool:
    """Tell whether a question, on its own, asks for a key of this family or kind."""
    text = normalize(question)
    if key.family == "term":
        cues = (key.kind, f"{key.kind}s", key.kind.replace("_", " "), *_KIND_CUES.get(key.kind, ()))
        return any(_loose_pattern(cue).search(text) for cue in cues)
    pattern = _ASKS.get(key.family)
    return pattern is not None and pattern.search(text) is not None


def _content_words(text: str) -> set[str]:
    """Return the content words of a term."""
    return {t for t in tokenize(text) if t not in LEXICON.ignored}


# ---------------------------------------------------------------- what is quiz material

#: Words that show a fact names the article's title or its tags (a title or tag alone is often also a topic).
_TITLE_WORDS = frozenset({"title", "titled", "called", "named", "heading", "headline"})
_TAG_WORDS = frozenset({"tag", "tags", "tagged", "label", "labels", "labelled", "labeled"})
_READ_WORDS = frozenset({"read", "reading", "min", "mins", "minute", "minutes"})


def _states_date(text: str, day: dt.date) -> bool:
    """Tell whether a text writes a given date (``4 Oct 2025``, ``04 October 2025`` or ``2025-10-04``)."""
    if day.isoformat() in text:
        return True
    return any(_date_parts(match.group(0)) == (day.day, day.month, day.year) for match in _DATE.finditer(text))


def is_about_the_article(sourced: SourcedFact) -> bool:
    """Tell whether a fact is about the article itself: its publisher, posting or update date, reading time, tags."""
    # The fact's question must ask about the article as a document ("when was the article posted?"), and its answer
    # must state one of the article's own details; content that merely mentions "the article" is left alone.
    fact, source = sourced.fact, sourced.source
    if not set(tokenize(fact.question)) & LEXICON.words("document_words"):
        return False
    answer = fact.answer
    words = set(tokenize(f"{fact.question} {answer}"))
    if _appears(source.publisher, answer):
        return True
    if any(day is not None and _states_date(answer, day) for day in (source.published, source.updated)):
        return True
    minutes = source.reading_time_minutes
    if minutes is not None and words & _READ_WORDS and float(minutes) in _numbers_in(answer):
        return True
    if words & _TAG_WORDS and any(_appears(tag, answer) for tag in source.tags):
        return True
    return bool(words & _TITLE_WORDS) and _appears(source.title, answer)


def is_quiz_material(sourced: SourcedFact) -> bool:
    """Tell whether quizzes may ask about a fact: its ``quiz`` field decides, else every fact not about the article."""
    if sourced.fact.quiz is not None:
        return sourced.fact.quiz
    return not is_about_the_article(sourced)


# ---------------------------------------------------------------- the shape of a phrase

#: Minor words a name may hold without breaking its capitalisation ("Joint Declaration on Security Cooperation").
_MINOR_WORDS = frozenset({"a", "an", "the", "of", "on", "for", "in", "and", "or", "to", "with", "between", "at", "am"})
_DETERMINERS = frozenset({"a", "an", "the"})
#: Words after which a blank is a verb or an adjective, not a noun ("is meant to _____", "that is _____").
_VERB_SLOT_BEFORE = frozenset({"to"})
_ADJECTIVE_SLOT_BEFORE = frozenset({"is", "are", "was", "were", "be", "been", "being", "become", "becomes", "remain"})
#: Endings of single words that are adjectives or participles far more often than nouns.
_NON_NOUN_ENDINGS = ("ed", "ing", "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ish", "ly")
#: Head nouns of names, by the kind of thing they name; a name is only offered against names of its kind.
_HEAD_KINDS: dict[str, str] = {
    **dict.fromkeys(
        ("agreement", "treaty", "pact", "accord", "mou", "memorandum", "declaration", "convention", "protocol",
         "deal", "arrangement", "charter"),
        "agreement",
    ),
    **dict.fromkeys(
        ("initiative", "programme", "program", "project", "mission", "scheme", "corridor", "partnership", "exchange",
         "rail", "railway"),
        "programme",
    ),
    # A plan or a roadmap is a document, not a programme: "a(n) _____" that was adopted wants another document.
    **dict.fromkeys(
        ("plan", "roadmap", "vision", "policy", "strategy", "guideline", "framework", "agenda", "paper"), "document"
    ),
    **dict.fromkeys(("mechanism", "levy", "tax", "tariff", "regulation", "rule"), "measure"),
    **dict.fromkeys(
        ("forum", "dialogue", "council", "consultation", "commission", "committee", "centre", "center",
         "organisation", "organization", "institute", "grouping", "alliance", "union", "bank", "board", "authority"),
        "body",
    ),
    **dict.fromkeys(
        ("limited", "ltd", "system", "company", "corporation", "shipbuilder", "shipyard", "engineer", "industry"),
        "company",
    ),
    **dict.fromkeys(("minister", "chancellor", "president", "secretary", "ambassador"), "office"),
    **dict.fromkeys(("exercise", "summit", "conference"), "event"),
}  # fmt: skip
_HEAD_CUT = frozenset({"of", "on", "for", "in", "with", "between", "at", "to"})


@dataclass(frozen=True)
class _Shape:
    """How a phrase is written and what it is, so distractors can be of the same shape."""

    form: str  # acronym, name, common (all lower case) or mixed
    words: int
    plural: bool
    head: str  # the head noun, lower case and singular
    head_kind: str  # the kind of thing a name's head noun names, "" when unknown


def _singular(word: str) -> str:
    """Return a plural English noun in the singular, roughly (enough to compare head nouns)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _is_plural(word: str) -> bool:
    """Tell whether an English noun looks plural."""
    return _singular(word.casefold()) != word.casefold()


def _form(text: str) -> str:
    """Classify the writing of a phrase: an acronym, a name, a common phrase in lower case, or mixed."""
    parts = [p for p in re.split(r"[\s-]+", text) if p]
    letters = [c for c in text if c.isalpha()]
    if len(parts) == 1 and len(letters) >= 2 and all(c.isupper() for c in letters):
        return "acronym"
    content = [p for p in parts if p.casefold() not in _MINOR_WORDS]
    if content and all(p[:1].isupper() or p[:1].isdigit() for p in content):
        return "name"
    if not any(c.isupper() for c in letters):
        return "common"
    return "mixed"


def _shape(text: str, expansions: Sequence[str] = ()) -> _Shape:
    """Describe a phrase; an acronym takes its head noun from its expansion in the glossary."""
    form = _form(text)
    words = text.split()
    named = next((e for e in expansions if _form(e) == "name"), "") if form == "acronym" else text
    head_words = named.split()
    for index, word in enumerate(head_words[1:], 1):
        if word.casefold() in _HEAD_CUT:
            head_words = head_words[:index]
            break
    last = re.split(r"-", head_words[-1])[-1] if head_words else ""
    head = _singular(re.sub(r"[^\w]", "", last).casefold())
    kind = _HEAD_KINDS.get(head, "") if form in {"acronym", "name", "mixed"} else ""
    return _Shape(form, len(words), _is_plural(words[-1]) if words else False, head, kind)


def _is_coordination(text: str) -> bool:
    """Tell whether a phrase joins two items ("goods and services"): a blank on it would remove two."""
    if _form(text) in {"name", "acronym"}:
        return False  # "Green and Sustainable Development Partnership" is one name
    return re.search(r"\s(?:and|or|&)\s|,|/", text) is not None


def _words_around(text: str, start: int, end: int) -> tuple[str, str]:
    """Return the word just before ``start`` and the word or punctuation just after ``end`` (lower case)."""
    before = re.findall(r"[\w'-]+", text[:start])
    after = re.match(r"\s*([\w'-]+|[^\w\s])", text[end:])
    return (before[-1].casefold() if before else ""), (after.group(1).casefold() if after else "")


def _name_fragment(text: str, start: int, end: int) -> bool:
    """Tell whether a name found in a text is only part of a longer name ("Hydrogen Roadmap" in "Green ...")."""
    previous = re.search(r"([\w'-]+)\s+$", text[:start])
    following = re.match(r"\s+([\w'-]+)", text[end:])
    sentence_start = previous is not None and re.search(r"(?:^|[.:;!?]\s+)$", text[: previous.start()]) is not None
    before_is_name = previous is not None and previous.group(1)[:1].isupper() and not sentence_start
    if previous is not None and previous.group(1).casefold() in _DETERMINERS:
        before_is_name = False
    # "Action Plan for India-Japan Human Resource Exchange": a document's name goes on after "for", "of" or "on".
    head = re.sub(r"[^\w]", "", text[start:end].split()[-1]).casefold() if text[start:end].split() else ""
    continued = re.match(r"\s+(?:for|of|on)\s+[A-Z0-9]", text[end:]) is not None and _singular(head) in _HEAD_KINDS
    return before_is_name or continued or (following is not None and following.group(1)[:1].isupper())


def _noun_slot(text: str, start: int, end: int) -> bool:
    """Tell whether the phrase at ``text[start:end]`` stands as a noun phrase of its own."""
    phrase = text[start:end]
    before, after = _words_around(text, start, end)
    if before in _VERB_SLOT_BEFORE:
        return False  # "meant to _____": a verb
    previous = re.search(r"([\w'-]+)\s+$", text[:start])
    if (
        previous is not None
        and previous.start() > 0
        and " " not in phrase.strip()
        and previous.group(1)[:1].isupper()
        and not previous.group(1).endswith("'s")
    ):
        return False  # "the goods India _____ to Japan": a verb after its subject
    if " " not in phrase.strip() and before in _ADJECTIVE_SLOT_BEFORE:
        return False  # "that is _____": an adjective
    if after and after[0].isalpha() and after not in LEXICON.words("function_words"):
        return False  # "a _____ India-Germany mechanism": a modifier of the next word
    words = phrase.split()
    if any(w.casefold() in _DETERMINERS for w in words[1:]):
        return False  # "twice a year" is no noun phrase
    if len(words) > 1 and words[0].casefold().endswith("ing") and before not in _DETERMINERS:
        return False  # "aim at doubling bilateral trade": a verb phrase ("the housing authority" is none)
    last = words[-1].casefold() if words else ""
    return not (len(words) == 1 and last.endswith(_NON_NOUN_ENDINGS))


# ---------------------------------------------------------------- the bank


@dataclass(frozen=True)
class _Term:
    """A keyword or glossary name of an article, as written in one of its answers, offered as a distractor."""

    fact_id: str  # the fact whose answer writes it
    section: str
    text: str
    shape: _Shape
    noun: bool  # stands as a noun phrase of its own where it is written


@dataclass(frozen=True)
class _Pools:
    """Everything in one article that distractors are drawn from."""

    by_family: Mapping[str, tuple[str, ...]]  # numeric keys of every answer, by family
    terms: tuple[_Term, ...]  # keywords and glossary names written in some answer
    kinds: Mapping[str, tuple[str, ...]]
    answers: tuple[str, ...] = ()  # the answers of the article's quiz material, to see how it writes a term


class QuestionBank:
    """All quiz questions of a knowledge base: curated items first, then questions generated from every fact."""

    def __init__(self, base: KnowledgeBase, seed: int = 0) -> None:
        """Build every question of ``base``; the same base and seed always give the same bank."""
        self._base = base
        self._seed = seed
        self._variants = _glossary_variants(base)
        material = [sf for sf in base.facts if is_quiz_material(sf)]
        self._excluded = tuple(sf.fact.id for sf in base.facts if not is_quiz_material(sf))
        self._keys = {
            sf.fact.id: _find_keys(sf.fact.answer, base.kinds_for(sf.source.id), sf.source.title) for sf in material
        }
        # Distractors come from the question's own article only (another article's true figure or name would be
        # a "wrong" option that is right somewhere else), and never from facts about the article itself.
        self._pools_of = {source.id: self._build_pools(source.id) for source in base.sources}
        self._fallbacks: list[str] = []
        excluded = set(self._excluded)
        curated = tuple(q for q in _curated(base) if q.fact_id not in excluded)
        generated: list[Question] = []
        typed: list[Question] = []
        for sourced in material:
            self._pools = self._pools_of[sourced.source.id]
            choice, typed_one = self._generate(sourced)
            generated.extend(choice)
            typed.extend(typed_one)
        self._all = (*curated, *generated, *typed)
        self._by_id = {q.id: q for q in self._all}
        by_fact: dict[str, list[Question]] = {}
        for question in self._all:
            by_fact.setdefault(question.fact_id, []).append(question)
        self._by_fact = {fact_id: tuple(questions) for fact_id, questions in by_fact.items()}
        self._section_of = {sf.fact.id: sf.section.id for sf in base.facts}
        self._article_of = {sf.fact.id: sf.source.id for sf in base.facts}

    # ------------------------------------------------------------ queries

    def all(self) -> tuple[Question, ...]:
        """Return every question: curated items, then generated choice questions, then typed ones."""
        return self._all

    def choice_questions(self) -> tuple[Question, ...]:
        """Return the multiple-choice questions."""
        return tuple(q for q in self._all if q.kind is QuestionKind.CHOICE)

    def typed_questions(self) -> tuple[Question, ...]:
        """Return the typed-answer questions."""
        return tuple(q for q in self._all if q.kind is QuestionKind.TYPED)

    def for_fact(self, fact_id: str) -> tuple[Question, ...]:
        """Return the questions about one fact (empty for an unknown fact, or one that is no quiz material)."""
        return self._by_fact.get(fact_id, ())

    def has_questions(self, fact_id: str) -> bool:
        """Tell whether any question asks about a fact."""
        return fact_id in self._by_fact

    def get(self, question_id: str) -> Question:
        """Return the question with this id (KeyError if there is none)."""
        return self._by_id[question_id]

    def in_section(self, section_id: str, article_id: str | None = None) -> tuple[Question, ...]:
        """Return the questions about facts of one section (of one article: section ids repeat across files)."""
        return tuple(
            q
            for q in self._all
            if self._section_of.get(q.fact_id) == section_id
            and (article_id is None or self._article_of.get(q.fact_id) == article_id)
        )

    def in_articles(self, article_ids: Iterable[str]) -> tuple[Question, ...]:
        """Return the questions about facts of the given articles."""
        wanted = set(article_ids)
        return tuple(q for q in self._all if self._article_of.get(q.fact_id) in wanted)

    def article_of(self, fact_id: str) -> str | None:
        """Return the id of the article a fact belongs to, or None for an unknown fact."""
        return self._article_of.get(fact_id)

    def fact_ids(self) -> tuple[str, ...]:
        """Return the ids of the facts that have questions, in the order of the base."""
        covered = {q.fact_id for q in self._all}
        return tuple(sf.fact.id for sf in self._base.facts if sf.fact.id in covered)

    @property
    def fallback_fact_ids(self) -> tuple[str, ...]:
        """Return the facts without a typed key, whose questions are blanks on a keyword."""
        return tuple(self._fallbacks)

    @property
    def excluded_fact_ids(self) -> tuple[str, ...]:
        """Return the facts that are no quiz material: about the article itself, or marked ``quiz: false``."""
        return self._excluded

    # ------------------------------------------------------------ building

    def _build_pools(self, article_id: str) -> _Pools:
        """Collect the figures and the named and common phrases of one article that distractors are drawn from."""
        facts = [sf for sf in self._base.facts_of(article_id) if sf.fact.id in self._keys]
        by_family: dict[str, list[str]] = {}
        for keys in (self._keys[sf.fact.id] for sf in facts):
            for key in keys:
                if key.family != "term":
                    bucket = by_family.setdefault(key.family, [])
                    if key.text not in bucket:
                        bucket.append(key.text)
        terms: list[_Term] = []
        seen: set[str] = set()

        def add(phrase: str, own: SourcedFact | None) -> None:
            # A term counts only as some answer writes it: its spelling, and whether it stands as a noun there.
            for sourced in ([own] if own is not None else []) + facts:
                match = _loose_pattern(phrase).search(sourced.fact.answer)
                if match is None:
                    continue
                text = match.group(0)
                if _fold(text) in seen or _has_figure(text) or _is_coordination(text):
                    return
                answer = sourced.fact.answer
                shape = _shape(text, self._variants_of(text))
                if shape.form != "common" and _name_fragment(answer, match.start(), match.end()):
                    continue  # "Hydrogen Roadmap" is no name of its own in "Green Hydrogen Roadmap"
                if shape.form == "common" and _appears(text, sourced.fact.question):
                    return  # a topic its own question names ("the gist", "the pillars") is a label, not an item
                seen.add(_fold(text))
                noun = _noun_slot(answer, match.start(), match.end())
                terms.append(_Term(sourced.fact.id, sourced.section.id, text, shape, noun))
                return

        for sourced in facts:
            for keyword in sourced.fact.keywords:
                add(keyword, sourced)
        for entry in self._article_glossary(article_id):
            for spelling in entry.variants:
                add(spelling, None)
        return _Pools(
            by_family={family: tuple(texts) for family, texts in by_family.items()},
            terms=tuple(terms),
            kinds=self._base.kinds_for(article_id),
            answers=tuple(sf.fact.answer for sf in facts),
        )

    def _article_glossary(self, article_id: str) -> tuple[GlossaryEntry, ...]:
        """Return the glossary entries an article's own file defines (the shared glossary holds common words)."""
        base = self._base
        return tuple(e for e, s in zip(base.glossary, base.glossary_scopes, strict=True) if s == article_id)

    def _generate(self, sourced: SourcedFact) -> tuple[list[Question], list[Question]]:
        """Make the choice questions and the typed question of one fact."""
        fact = sourced.fact
        keys = self._keys[fact.id]
        asked = [k for k in keys if self._can_ask_directly(sourced, k, keys)]
        ordered = asked + [k for k in keys if k not in asked]
        # One key per group first (a year, a state, an amount...), then the rest, up to the cap.
        first_pass: list[_Key] = []
        groups: set[str] = set()
        for key in ordered:
            if key.group not in groups:
                groups.add(key.group)
                first_pass.append(key)
        ordered = first_pass + [k for k in ordered if k not in first_pass]
        questions: list[Question] = []
        typed: list[Question] = []
        for key in ordered:
            if len(questions) >= MAX_GENERATED_PER_FACT:
                break
            direct = key in asked
            question = self._choice(sourced, key, len(questions), direct)
            if question is None:
                continue
            questions.append(question)
            if direct and not typed and len(key.text) <= MAX_TYPED_ANSWER_CHARS:
                typed.append(
                    Question(
                        id=f"g:{fact.id}:t0",
                        fact_id=fact.id,
                        prompt=fact.question,
                        choices=(key.text,),
                        answer_index=0,
                        explanation=fact.answer,
                        kind=QuestionKind.TYPED,
                        origin=QuestionOrigin.GENERATED,
                    )
                )
        if not questions:
            fallback = self._fallback(sourced)
            if fallback is not None:
                questions.append(fallback)
                self._fallbacks.append(fact.id)
        return questions, typed

    def _can_ask_directly(self, sourced: SourcedFact, key: _Key, keys: Sequence[_Key]) -> bool:
        """Tell whether the fact's own question asks for this key alone, unambiguously and without giving it away."""
        question = sourced.fact.question
        if len(_QUESTION_WORDS.findall(normalize(question))) > 1:
            return False  # "when and where", "how much, and until when": one option cannot answer both
        if any(k is not key and k.group == key.group for k in keys):
            return False
        if any(_appears(v, question) for v in (key.text, *self._variants_of(key.text))):
            return False
        return _asks_for(question, key)

    def _variants_of(self, text: str) -> tuple[str, ...]:
        """Return the other spellings the glossary gives for a term."""
        return self._variants.get(_fold(text), ())

    def _choice(self, sourced: SourcedFact, key: _Key, index: int, direct: bool) -> Question | None:
        """Make one choice question asking for ``key``, or None when it cannot be asked fairly."""
        fact = sourced.fact
        if len(key.text) > MAX_CHOICE_CHARS:
            return None
        if key.family == "fy" or _day_of_month(fact.answer, key):
            return None  # a financial-year label or a day of the month alone is trivia, not a fact to learn
        prompt = fact.question if direct else _cloze(fact.answer, key, self._variants_of(key.text), fact.question)
        if prompt is None or _deducible(prompt, key) or self._hinted(prompt, key):
            return None
        ident = f"g:{fact.id}:{index}"
        rng = _rng(self._seed, ident)
        distractors = self._distractors(sourced, key, prompt, rng)
        if distractors is None:
            return None
        choices = [key.text, *distractors]
        rng.shuffle(choices)
        return Question(
            id=ident,
            fact_id=fact.id,
            prompt=prompt,
            choices=tuple(choices),
            answer_index=choices.index(key.text),
            explanation=fact.answer,
            kind=QuestionKind.CHOICE,
            origin=QuestionOrigin.GENERATED,
        )

    def _distractors(self, sourced: SourcedFact, key: _Key, prompt: str, rng: random.Random) -> list[str] | None:
        """Pick three wrong choices of the key's kind, none of which the answer or the prompt contains."""
        candidates = self._candidates(sourced, key)
        answer = sourced.fact.answer
        answer_numbers = _numbers_in(answer) if key.family in {"amount", "number", "year"} else set()
        # A keyword that mostly repeats the answer's words ("rules-based global order" for an answer about a
        # "rules-based order") is likely to be true as well.
        loose = key.family == "keyword"
        answer_stems = set(content_stems(_loose_pattern(key.text).sub(" ", answer))) if loose else set()
        chosen: list[str] = []
        seen = {_fold(key.text)}
        for candidate in candidates:
            text = candidate.strip()
            if not text or len(text) > MAX_CHOICE_CHARS or _fold(text) in seen:
                continue
            if any(_appears(v, answer) or _appears(v, prompt) for v in (text, *self._variants_of(text))):
                continue
            if loose and _appears(text, sourced.source.title):
                continue  # the article's own subject is true of nearly every fact
            if answer_numbers:
                _prefix, number, _suffix = _split_number(text)
                if number and _number_value(number) in answer_numbers:
                    continue
            if loose:
                stems = set(content_stems(text))
                if stems and 2 * len(stems & answer_stems) >= len(stems):
                    continue
            if loose and any(_appears(text, c) or _appears(c, text) for c in (key.text, *chosen)):
                continue  # "Industrial Competitiveness Partnership" next to "India-Japan Industrial ..."
            if not self._fits(sourced, key, prompt, text, chosen):
                continue
            seen.add(_fold(text))
            chosen.append(text)
            if len(chosen) >= DISTRACTOR_POOL:
                break
        if len(chosen) < _DISTRACTORS:
            return None
        return rng.sample(chosen, _DISTRACTORS)

    def _fits(self, sourced: SourcedFact, key: _Key, prompt: str, text: str, chosen: Sequence[str]) -> bool:
        """Tell whether a distractor cannot be ruled out by the prompt's logic, the article's date or its writing."""
        if key.family == "year":
            return _fits_year(key.text, text, prompt, _article_date(sourced))
        if key.family == "date":
            return _fits_date(key.text, text, chosen, _article_date(sourced))
        if key.family in {"amount", "number"}:
            return _keeps_ratios(key.text, text, prompt)
        if key.family == "term":
            # "India's Northeast" is a part of a country, "the Indo-Pacific" a region of the world: a term is only
            # offered against terms the article writes the same way (a term it never writes counts as unowned).
            return self._owned(text) == self._owned(key.text)
        return not self._said_with(text, prompt, sourced)

    def _owned(self, term: str) -> bool:
        """Tell whether the article writes a term only after a possessive ("India's Northeast")."""
        found = [_owned_in(answer, term) for answer in self._pools.answers if _strict_pattern(term).search(answer)]
        return bool(found) and all(found)

    def _said_with(self, term: str, prompt: str, sourced: SourcedFact) -> bool:
        """Tell whether the article writes a term in a sentence with a name of the prompt (so it may be true too)."""
        # "The 7th IGC produced a(n) _____": the Green Hydrogen Roadmap, also adopted "at the 7th IGC", is no
        # wrong option. Names of the article's subject ("India", "Germany") say nothing.
        names = [
            t.text
            for t in self._pools.terms
            if t.shape.form in {"name", "acronym"}
            and _appears(t.text, prompt)
            and not _appears(t.text, sourced.source.title)
            and not any(_appears(t.text, c) for c in _title_parts(sourced.source.title))
        ]
        if not names:
            return False
        for answer in self._pools.answers:
            for sentence in re.split(r"(?<=[.;!?])\s+", answer):
                if _appears(term, sentence) and any(_appears(n, sentence) for n in names):
                    return True
        return False

    def _hinted(self, prompt: str, key: _Key) -> bool:
        """Tell whether an abbreviation in the prompt stands for words holding the key ("the AAGC" for "Africa")."""
        for entry in self._base.glossary:
            spellings = entry.variants
            shown = [s for s in spellings if _form(s) == "acronym" and _appears(s, prompt)]
            if shown and any(_appears(key.text, s) for s in spellings):
                return True
        return False

    def _candidates(self, sourced: SourcedFact, key: _Key) -> list[str]:
        """List possible distractors for a key, the most plausible first."""
        makers: dict[str, Callable[[_Key], list[str]]] = {
            "year": self._year_candidates,
            "fy": self._fy_candidates,
            "date": self._date_candidates,
            "amount": self._amount_candidates,
            "number": self._number_candidates,
        }
        if key.family == "term":
            return [t for t in self._pools.kinds.get(key.kind, ()) if _fold(t) != _fold(key.text)]
        if key.family in makers:
            return makers[key.family](key)
        return _similar_terms(key, self._shape_of(key.text), self._pools.terms, sourced)

    def _shape_of(self, text: str) -> _Shape:
        return _shape(text, self._variants_of(text))

    def _year_candidates(self, key: _Key) -> list[str]:
        year = int(key.text)
        others = sorted({int(y) for y in self._pools.by_family.get("year", ()) if int(y) != year})
        from_base = sorted(others, key=lambda y: (abs(y - year), y))
        nearby = sorted((year + d for d in range(-8, 9) if d), key=lambda y: (abs(y - year), y))
        return [str(y) for y in (*from_base, *nearby) if 1900 <= y <= 2099]

    def _fy_candidates(self, key: _Key) -> list[str]:
        start = _fy_start(key.text)
        if start is None:
            return []
        starts = [_fy_start(t) for t in self._pools.by_family.get("fy", ())]
        from_base = [_render_fy(s, key.text) for s in starts if s is not None and s != start]
        nearby = [_render_fy(start + d, key.text) for d in (-1, 1, -2, 2, -3, 3, -4)]
        return [*from_base, *nearby]

    def _date_candidates(self, key: _Key) -> list[str]:
        parts = _date_parts(key.text)
        if parts is None:
            return []
        day, month, year = parts
        # Dates of the article are written in the key's style, so no option stands out by its spelling.
        from_base: list[str] = []
        for text in self._pools.by_family.get("date", ()):
            other = _date_parts(text)
            if other is not None and other != parts:
                from_base.append(_render_date(*other, key.text))
        nearby: list[str] = []
        for delta in (4, -2, 7, -5, 11, -9, 1, -1):
            if 1 <= day + delta <= 28:
                nearby.append(_render_date(day + delta, month, year, key.text))
        for shift in (1, -1):
            other_month = (month - 1 + shift) % 12 + 1
            nearby.append(_render_date(min(day, 28), other_month, year, key.text))
        return [*from_base, *nearby]

    def _amount_candidates(self, key: _Key) -> list[str]:
        prefix, number, suffix = _split_number(key.text)
        if not number:
            return []
        value = _number_value(number)
        same_format: list[tuple[float, str]] = []
        for text in self._pools.by_family.get("amount", ()):
            p, n, s = _split_number(text)
            if n and _fold(p) == _fold(prefix) and _fold(s) == _fold(suffix) and _number_value(n) != value:
                same_format.append((abs(_number_value(n) - value), prefix + _format_like(_number_value(n), number) + s))
        from_base = [text for _distance, text in sorted(same_format)]
        scaled = [prefix + _format_like(value * f, number) + suffix for f in (0.8, 1.25, 0.6, 1.5, 0.45, 1.8, 2.2)]
        return [*from_base, *(s for s in scaled if _number_value(_split_number(s)[1]) > 0)]

    def _number_candidates(self, key: _Key) -> list[str]:
        prefix, number, suffix = _split_number(key.text)
        if not number:
            return []
        value = _number_value(number)
        unit = _unit(suffix)
        # Figures of the article count only with the same unit and on the same scale: "25 years" is no option
        # for "2 years", nor "20,000" (visas) for "6" (submarines).
        others: set[float] = set()
        for text in self._pools.by_family.get("number", ()):
            _p, n, s = _split_number(text)
            if not n or _unit(s) != unit:
                continue
            other = _number_value(n)
            if other != value and value / 5 <= other <= value * 5:
                others.add(other)
        from_base = sorted(others, key=lambda v: (abs(v - value), v))
        if "." in number:
            nearby = [value * f for f in (0.8, 1.25, 0.6, 1.5, 0.45, 1.8)]
        elif value >= 100:
            # Round figures stay round: 20,000 gets 10,000, 15,000, 30,000 and 40,000, never 20,001.
            nearby = [_round_significant(value * f) for f in (0.5, 1.5, 0.75, 2, 0.25, 3)]
        else:
            nearby = [value + d for d in (1, -1, 2, -2, 4, -4)] + [value * 2, value * 3]
        values = [v for v in (*from_base, *nearby) if v > 0 and v != value]
        return [prefix + _format_like(v, number) + suffix for v in values]

    def _fallback(self, sourced: SourcedFact) -> Question | None:
        """Make a blank on one of the fact's keywords that has distractors of its own shape."""
        fact = sourced.fact
        keyword_keys: list[_Key] = []
        for keyword in fact.keywords:
            match = _loose_pattern(keyword).search(fact.answer)
            if match is None or _fold(match.group(0)) in {_fold(k.text) for k in keyword_keys}:
                continue
            text = match.group(0)
            # A blank removes one item ("trust", not "trust and transparency"), and asks for a name of a known
            # kind or a noun phrase, never a verb or an adjective that no option of its shape could replace, nor
            # the topic the fact's own question names (a blank on "the visit" tests nothing).
            shape = self._shape_of(text)
            if _has_figure(text) or _is_coordination(text) or not _askable(shape) or _appears(text, fact.question):
                continue
            if shape.form == "common" and not _noun_slot(fact.answer, match.start(), match.end()):
                continue
            if shape.form != "common" and _name_fragment(fact.answer, match.start(), match.end()):
                continue
            keyword_keys.append(_Key("keyword", text))
        for key in keyword_keys:
            question = self._choice(sourced, key, 0, direct=False)
            if question is not None:
                return question
        return None


# ---------------------------------------------------------------- what a prompt already tells


def _article_date(sourced: SourcedFact) -> dt.date | None:
    """Return the date the article was posted (else updated): the events it reports lie before it."""
    return sourced.source.published or sourced.source.updated


def _title_parts(title: str) -> list[str]:
    """Return the names of an article's title ("India", "Germany" of "India-Germany Strategic Partnership")."""
    return [part for part in re.split(r"[\s-]+", title) if part[:1].isupper()]


def _day_of_month(answer: str, key: _Key) -> bool:
    """Tell whether a number key is only the day of a month ("on 25 October", "October 25")."""
    if key.family != "number":
        return False
    months = "|".join(_MONTH_NAMES + tuple(m[:3] for m in _MONTH_NAMES))
    body = re.escape(key.text)
    return re.search(rf"(?<![\w.]){body}\s+(?:{months})\b|\b(?:{months})\.?\s+{body}(?![\w.])", answer) is not None


def _year_values(text: str) -> list[int]:
    """Return the years written in a text (also inside dates), not the parts of financial years."""
    return [int(m.group(1)) for m in _YEAR.finditer(text)]


def _deducible(prompt: str, key: _Key) -> bool:
    """Tell whether the key follows by arithmetic from figures of the prompt ("25 years" and 2000 give 2025)."""
    shown = prompt.replace(BLANK, " ")
    years = set(_year_values(shown))
    _prefix, number, suffix = _split_number(key.text)
    if not number:
        return False
    value = _number_value(number)
    if key.family == "year":
        spans = {int(v) for v in _numbers_in(shown) if v == int(v) and 0 < v < 200}
        return any(y + d == value or y - d == value for y in years for d in spans)
    if key.family == "number" and _unit(suffix) in {"", "year"} and value == int(value):
        return any(b - a == value for a in years for b in years)
    if key.family == "amount":
        # A total and its parts: "exports of 9.8 and imports of 16.3, trade of _____".
        others = [
            _number_value(n)
            for m in _AMOUNT.finditer(shown)
            for p, n, s in [_split_number(m.group(0))]
            if n and (_fold(p), _fold(s)) == (_fold(_prefix), _fold(suffix))
        ]
        return any(
            abs(a + b - value) <= 0.005 * value or abs(abs(a - b) - value) <= 0.005 * value
            for i, a in enumerate(others)
            for b in others[i + 1 :]
        )
    return False


def _fits_year(key: str, candidate: str, prompt: str, posted: dt.date | None) -> bool:
    """Tell whether a year option survives the prompt: not after the article for a past event, same order."""
    year, other = int(key), int(candidate)
    if posted is not None and year <= posted.year < other:
        return False  # 2030 for an event reported in an October 2025 article
    # "opened in 2007, halted in 2013 and restarted in _____": an option before 2013 is ruled out.
    return all((other > y) == (year > y) and other != y for y in _year_values(prompt.replace(BLANK, " ")))


def _fits_date(key: str, candidate: str, chosen: Sequence[str], posted: dt.date | None) -> bool:
    """Tell whether a date option differs in month or year from the key and the other options, and is not later."""
    parts, other = _date_parts(key), _date_parts(candidate)
    if parts is None or other is None:
        return False
    day, month, year = parts
    if posted is not None and dt.date(year, month, day) <= posted < dt.date(other[2], other[1], other[0]):
        return False
    taken = {(p[1], p[2]) for p in (_date_parts(c) for c in (key, *chosen)) if p is not None}
    return (other[1], other[2]) not in taken  # "20 / 23 / 25 October 2024" only tests the day


def _keeps_ratios(key: str, candidate: str, prompt: str) -> bool:
    """Tell whether an option is on the key's side of every figure of the prompt in its unit, its half and double."""
    # "exports of 9.8 out of a total of _____, so a deficit": a total under 19.6 is ruled out by logic.
    prefix, number, suffix = _split_number(key)
    value = _number_value(number) if number else 0.0
    _p, other_number, _s = _split_number(candidate)
    if not number or not other_number:
        return True
    other = _number_value(other_number)
    if not prefix.strip() and not suffix.strip():
        return True  # a bare count has no unit to compare with other figures
    shown = prompt.replace(BLANK, " ")
    # A stated balance ("so India ran a deficit") also tells on which side of half the total a part lies.
    balance = re.search(r"\b(?:deficit|surplus|imbalance)s?\b", shown, re.IGNORECASE) is not None
    unit = rf"(?<![\w.]){re.escape(prefix.strip())}\s?({_FIGURE})\s?{re.escape(suffix.strip())}"
    for match in re.finditer(unit, shown):
        figure = _number_value(match.group(1))
        for mark in (figure / 2, figure, figure * 2) if balance else (figure,):
            if (value > mark) != (other > mark) or other == mark:
                return False
    return True


def _owned_in(text: str, term: str) -> bool:
    """Tell whether a text writes a term after a possessive ("India's Northeast")."""
    match = _strict_pattern(term).search(text)
    return match is not None and re.search(r"\w['’]s\s+$", text[: match.start()]) is not None


# ---------------------------------------------------------------- helpers of the bank


def _curated(base: KnowledgeBase) -> Iterable[Question]:
    """Turn the curated quiz items into questions, choices in the file's order."""
    for item in base.quiz:
        yield Question(
            id=f"c:{item.id}",
            fact_id=item.fact,
            prompt=item.question,
            choices=tuple(item.choices),
            answer_index=item.answer_index,
            explanation=item.explanation,
            kind=QuestionKind.CHOICE,
            origin=QuestionOrigin.CURATED,
        )


def _glossary_variants(base: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Map every glossary spelling to the other spellings of its entry."""
    variants: dict[str, list[str]] = {}
    for entry in base.glossary:
        spellings = entry.variants
        for spelling in spellings:
            bucket = variants.setdefault(_fold(spelling), [])
            bucket.extend(s for s in spellings if _fold(s) != _fold(spelling) and s not in bucket)
    return {folded: tuple(others) for folded, others in variants.items()}


def _has_figure(text: str) -> bool:
    """Tell whether a term is or holds a figure, in digits or in words."""
    return any(c.isdigit() for c in text) or any(t in _NUMBER_WORDS for t in tokenize(text))


def _askable(shape: _Shape) -> bool:
    """Tell whether a phrase of this shape can be asked for: a name of a known kind, or a common noun phrase."""
    if shape.form in {"acronym", "name"}:
        return bool(shape.head_kind)
    return shape.form == "common"


def _same_shape(key: _Shape, term: _Shape) -> bool:
    """Tell whether a term could stand in a key's place without standing out (same writing, same kind of thing)."""
    if term.form != key.form:
        return False
    if key.form in {"acronym", "name"}:
        return bool(key.head_kind) and term.head_kind == key.head_kind and abs(term.words - key.words) <= 2
    # Common noun phrases: of about the same length and the same number ("_____ include" wants a plural).
    return abs(term.words - key.words) <= 1 and term.plural == key.plural


def _similar_terms(key: _Key, shape: _Shape, pool: Sequence[_Term], sourced: SourcedFact) -> list[str]:
    """Order the article's terms of the key's shape as distractors, the safest and most plausible first."""
    # A common noun phrase is only offered against phrases with the same head noun ("economic cooperation" for
    # "trilateral cooperation"): nothing else says that two lower-case phrases are things of one kind (items of
    # two lists are not: "roads" is no good India imports, "trust" no ministerial portfolio).
    # Terms of other sections come first (a section tells one story, so its terms are the likeliest to be also
    # true), then those with the key's own head noun, sharing no word with it, of a similar length.
    own_folded = {_fold(k) for k in sourced.fact.keywords} | {_fold(key.text)}
    key_words = _content_words(key.text)
    ranked: list[tuple[tuple[int, int, int, int, int], str]] = []
    for term in pool:
        folded = _fold(term.text)
        if term.fact_id == sourced.fact.id or folded in own_folded:
            continue
        if not _same_shape(shape, term.shape):
            continue
        kin = term.shape.head == shape.head
        if shape.form == "common" and not (term.noun and kin):
            continue
        if folded in _fold(key.text) or _fold(key.text) in folded:
            continue
        rank = (
            int(term.section == sourced.section.id),
            int(term.shape.head != shape.head),
            int(bool(key_words & _content_words(term.text))),
            abs(len(term.text) - len(key.text)),
            _stable_hash(f"{key.text}|{term.text}") % 1000,
        )
        ranked.append((rank, term.text))
    return [text for _rank, text in sorted(ranked)]


def _unit(suffix: str) -> str:
    """Return the unit written after a figure in a comparable form ("years" and "year" are one unit)."""
    word = suffix.strip().casefold()
    word = {"%": "percent", "per cent": "percent", "mins": "min", "minutes": "min", "minute": "min"}.get(word, word)
    return _singular(word)


def _round_significant(value: float, digits: int = 2) -> float:
    """Round a value to a number of significant digits (67,500 becomes 68,000)."""
    if value <= 0:
        return value
    magnitude = 10 ** (len(str(int(value))) - digits)
    return float(round(value / magnitude) * magnitude)


# ---------------------------------------------------------------- judging typed answers

_ARTICLES = frozenset({"the", "a", "an"})
_CURRENCY_MARKS = frozenset({"us", "usd", "inr", "rs", "rupees", "dollars", "dollar"})
#: Words that change a figure's meaning: never forgiven as typos.
_EXACT_WORDS = frozenset({"thousand", "lakh", "lakhs", "crore", "crores", "million", "billion", "trillion", "bn", "mn"})
_UNIT_SPELLINGS = {
    "minutes": "min", "minute": "min", "mins": "min",
    "years": "year", "yrs": "year", "yr": "year",
    "months": "month", "days": "day", "hours": "hour", "weeks": "week",
    "percent": "%",
    "bn": "billion", "mn": "million", "lakhs": "lakh", "crores": "crore",
    **{name.casefold(): name[:3].casefold() for name in _MONTH_NAMES},
    "sept": "sep",
}  # fmt: skip


def _canonical_figure(token: str) -> str:
    """Write a figure one way: no leading zeros, no trailing decimal zeros, no thousands separators."""
    if re.fullmatch(_FIGURE, token):
        value = _number_value(token)
        return str(int(value)) if value == int(value) else repr(value)
    return token


def _typed_parts(text: str) -> tuple[list[str], list[str]]:
    """Split a typed answer into its words and its figures, both in a comparable form."""
    tokens = tokenize(text)
    words: list[str] = []
    figures: list[str] = []
    for token in tokens:
        if token in _NUMBER_WORDS:
            figures.append(str(_NUMBER_WORDS.index(token)))
        elif is_number(token):
            figures.append(_canonical_figure(token.rstrip("%")))
            if token.endswith("%"):
                words.append("%")
        else:
            word = _UNIT_SPELLINGS.get(token, token)
            if word:
                words.append(word)
    while words and words[0] in _ARTICLES:
        words.pop(0)
    if figures:
        words = [w for w in words if w not in _CURRENCY_MARKS]
    return words, figures


def _tolerance(word: str) -> int:
    """Return how many typing errors a word of this length forgives."""
    if len(word) <= 4:
        return 0
    return 1 if len(word) <= 8 else 2


def _close(expected: str, given: str) -> bool:
    """Tell whether ``given`` is ``expected`` up to the typos its length forgives."""
    if expected in _EXACT_WORDS or given in _EXACT_WORDS:
        return expected == given
    limit = _tolerance(expected)
    return Levenshtein.distance(expected, given, score_cutoff=limit) <= limit


def judge_typed(question: Question, reply: str) -> bool:
    """Tell whether a typed reply gives the question's answer, forgiving case, punctuation, spacing and small typos."""
    expected_words, expected_figures = _typed_parts(question.answer)
    given_words, given_figures = _typed_parts(reply)
    if not given_words and not given_figures:
        return False
    if sorted(expected_figures) != sorted(given_figures):
        return False
    given_scale = [w for w in given_words if w in _EXACT_WORDS]
    if given_scale and given_scale != [w for w in expected_words if w in _EXACT_WORDS]:
        return False  # "22.85 million" is not "22.85 billion"
    if expected_figures and all(w in expected_words or w in LEXICON.ignored for w in given_words):
        # "4" for "4 min", "in 2011" for "2011", "22.85 billion" for "US$ 22.85 billion": the figure is the answer.
        return True
    if "".join(expected_words) == "".join(given_words):
        return True
    if len(expected_words) == len(given_words):
        return all(_close(e, g) for e, g in zip(expected_words, given_words, strict=True))
    # Words run together or split apart ("tamilnadu"): compare the letters as one word.
    return bool(expected_words) and _close("".join(expected_words), "".join(given_words))
