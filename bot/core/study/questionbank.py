"""Build the question bank: curated quiz items plus choice and typed questions generated from every fact."""

# A generated question finds the fact's key term in its answer (a date, a financial year, an amount, a year, a
# number, or a term of one of the knowledge ``kinds``) and asks for it against three distractors of the same kind;
# facts without such a term fall back to a fill-in-the-blank on one of their keywords. A distractor never occurs in
# the fact's answer (so it cannot also be true), choices are distinct and short enough for a Discord button, and the
# whole bank is deterministic for a given seed.

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from bot.core.knowledge.base import KnowledgeBase, SourcedFact
from bot.core.knowledge.schema import MAX_CHOICE_CHARS, QUIZ_CHOICES
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
    padded = match is not None and len(match.group(1)) == 2
    long_month = match is not None and len(match.group(2).rstrip(".")) > 4
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


def _trim_around_blank(text: str, limit: int) -> str:
    """Shorten a cloze to the sentence holding the blank, then to a window of words around it."""
    if len(text) <= limit:
        return text
    sentences = re.split(r"(?<=[.;!?])\s+", text)
    sentence = next((s for s in sentences if BLANK in s), text)
    if len(sentence) <= limit:
        return sentence
    words = sentence.split()
    centre = next(i for i, w in enumerate(words) if BLANK in w)
    low, high = centre, centre + 1
    while True:
        grew = False
        for candidate in ((low - 1, high), (low, high + 1)):
            lo, hi = candidate
            if lo < 0 or hi > len(words):
                continue
            if len(" ".join(words[lo:hi])) + 4 <= limit:
                low, high = lo, hi
                grew = True
        if not grew:
            break
    return ("… " if low > 0 else "") + " ".join(words[low:high]) + (" …" if high < len(words) else "")


_ABBREVIATION_AFTER_BLANK = re.compile(rf"{BLANK}\s*\([A-Za-z0-9&.+-]{{1,10}}\)")
_YES_NO = re.compile(r"^(?:yes|no)\b[.,!]?\s+", re.IGNORECASE)


def _cloze(answer: str, key: _Key, variants: Sequence[str]) -> str | None:
    """Blank every occurrence of the key in the answer; None when the key still shows through."""
    text, count = _strict_pattern(key.text).subn(BLANK, answer)
    if not count:
        text, count = _loose_pattern(key.text).subn(BLANK, answer)
    if not count:
        return None
    # "_____ (MAHSR)" would give the answer away: drop the abbreviation of the blanked term.
    text = _ABBREVIATION_AFTER_BLANK.sub(BLANK, text)
    # "Yes. The visit also produced ..." reads as a statement once the question is gone.
    text = _YES_NO.sub("", text)
    text = text[:1].upper() + text[1:]
    if any(_appears(v, text) for v in (key.text, *variants)):
        return None
    if key.family in {"number", "amount"}:
        _prefix, number, _suffix = _split_number(key.text)
        if number and _number_value(number) in _numbers_in(text):
            return None
    return CLOZE_PREFIX + _trim_around_blank(text, MAX_PROMPT_CHARS - len(CLOZE_PREFIX))


def _asks_for(question: str, key: _Key) -> bool:
    """Tell whether a question, on its own, asks for a key of this family or kind."""
    text = normalize(question)
    if key.family == "term":
        cues = (key.kind, f"{key.kind}s", key.kind.replace("_", " "), *_KIND_CUES.get(key.kind, ()))
        return any(_loose_pattern(cue).search(text) for cue in cues)
    pattern = _ASKS.get(key.family)
    return pattern is not None and pattern.search(text) is not None


def _shape(text: str) -> int:
    """Classify how a term is written: 0 all capitals, 1 capitalised, 2 lower case."""
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return 0
    return 1 if text[:1].isupper() else 2


def _content_words(text: str) -> set[str]:
    """Return the content words of a term."""
    return {t for t in tokenize(text) if t not in LEXICON.ignored}


# ---------------------------------------------------------------- the bank


@dataclass(frozen=True)
class _Term:
    """A keyword or word of a fact, offered as a distractor for other facts."""

    fact_id: str
    section: str
    text: str
    in_answers: bool  # written in some answer (not just a search tag such as "why in news")


@dataclass(frozen=True)
class _Pools:
    """Everything in the base that distractors are drawn from."""

    by_family: Mapping[str, tuple[str, ...]]  # numeric keys of every answer, by family
    keywords: tuple[_Term, ...]  # every fact's keywords, as written in an answer where one has them
    words: tuple[_Term, ...]  # longer words of every answer, the last resort
    kinds: Mapping[str, tuple[str, ...]]


class QuestionBank:
    """All quiz questions of a knowledge base: curated items first, then questions generated from every fact."""

    def __init__(self, base: KnowledgeBase, seed: int = 0) -> None:
        """Build every question of ``base``; the same base and seed always give the same bank."""
        self._base = base
        self._seed = seed
        self._variants = _glossary_variants(base)
        self._keys = {
            sf.fact.id: _find_keys(sf.fact.answer, base.kinds_for(sf.source.id), sf.source.title) for sf in base.facts
        }
        # Distractors come from the question's own article only: another article's true figure or name would be
        # a "wrong" option that is right somewhere else.
        self._pools_of = {source.id: self._build_pools(source.id) for source in base.sources}
        self._fallbacks: list[str] = []
        curated = tuple(_curated(base))
        generated: list[Question] = []
        typed: list[Question] = []
        for sourced in base.facts:
            self._pools = self._pools_of[sourced.source.id]
            choice, typed_one = self._generate(sourced)
            generated.extend(choice)
            typed.extend(typed_one)
        self._all = (*curated, *generated, *typed)
        self._by_id = {q.id: q for q in self._all}
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
        """Return the questions about one fact (empty for an unknown fact)."""
        return tuple(q for q in self._all if q.fact_id == fact_id)

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
        """Return the facts without a typed key, whose questions are blanks on a keyword or word."""
        return tuple(self._fallbacks)

    # ------------------------------------------------------------ building

    def _build_pools(self, article_id: str) -> _Pools:
        """Collect the figures, keywords and words of one article that its distractors are drawn from."""
        facts = self._base.facts_of(article_id)
        by_family: dict[str, list[str]] = {}
        for keys in (self._keys[sf.fact.id] for sf in facts):
            for key in keys:
                if key.family != "term":
                    bucket = by_family.setdefault(key.family, [])
                    if key.text not in bucket:
                        bucket.append(key.text)
        answers = [sf.fact.answer for sf in facts]
        keywords: list[_Term] = []
        words: list[_Term] = []
        for sourced in facts:
            fact, section = sourced.fact, sourced.section.id
            for keyword in fact.keywords:
                written = _as_written(keyword, [fact.answer, *answers])
                keywords.append(_Term(fact.id, section, written or keyword, written is not None))
            for match in re.finditer(r"[^\W\d_][^\W\d_'-]{4,}", fact.answer):
                if match.group(0).casefold() not in LEXICON.ignored:
                    words.append(_Term(fact.id, section, match.group(0), True))
        return _Pools(
            by_family={family: tuple(texts) for family, texts in by_family.items()},
            keywords=tuple(keywords),
            words=tuple(words),
            kinds=self._base.kinds_for(article_id),
        )

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
        """Tell whether the fact's own question asks for this key, unambiguously and without giving it away."""
        question = sourced.fact.question
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
        prompt = fact.question if direct else _cloze(fact.answer, key, self._variants_of(key.text))
        if prompt is None:
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
        loose = key.family in {"keyword", "word"}
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
            seen.add(_fold(text))
            chosen.append(text)
            if len(chosen) >= DISTRACTOR_POOL:
                break
        if len(chosen) < _DISTRACTORS:
            return None
        return rng.sample(chosen, _DISTRACTORS)

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
        pool = self._pools.keywords if key.family == "keyword" else self._pools.words
        return _similar_terms(key.text, pool, sourced, [*sourced.fact.keywords])

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
        from_base = [t for t in self._pools.by_family.get("fy", ()) if _fy_start(t) != start]
        nearby = [_render_fy(start + d, key.text) for d in (-1, 1, -2, 2, -3, 3, -4)]
        return [*from_base, *nearby]

    def _date_candidates(self, key: _Key) -> list[str]:
        parts = _date_parts(key.text)
        if parts is None:
            return []
        day, month, year = parts
        from_base = [t for t in self._pools.by_family.get("date", ()) if _date_parts(t) not in {None, parts}]
        nearby: list[str] = []
        for delta in (4, -2, 7, -5, 11, -9, 1, -1):
            if 1 <= day + delta <= 28:
                nearby.append(_render_date(day + delta, month, year, key.text))
        for shift in (1, -1):
            other = (month - 1 + shift) % 12 + 1
            nearby.append(_render_date(min(day, 28), other, year, key.text))
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
                same_format.append((abs(_number_value(n) - value), text))
        from_base = [text for _distance, text in sorted(same_format)]
        scaled = [prefix + _format_like(value * f, number) + suffix for f in (0.8, 1.25, 0.6, 1.5, 0.45, 1.8, 2.2)]
        return [*from_base, *(s for s in scaled if _number_value(_split_number(s)[1]) > 0)]

    def _number_candidates(self, key: _Key) -> list[str]:
        prefix, number, suffix = _split_number(key.text)
        if not number:
            return []
        value = _number_value(number)
        others: set[float] = set()
        for text in self._pools.by_family.get("number", ()):
            _p, n, _s = _split_number(text)
            if n and _number_value(n) != value:
                others.add(_number_value(n))
        from_base = sorted(others, key=lambda v: (abs(v - value), v))
        if "." in number:
            nearby = [value * f for f in (0.8, 1.25, 0.6, 1.5, 0.45, 1.8)]
        else:
            nearby = [value + d for d in (1, -1, 2, -2, 4, -4)] + [value * 2, value * 3]
        values = [v for v in (*from_base, *nearby) if v > 0 and v != value]
        return [prefix + _format_like(v, number) + suffix for v in values]

    def _fallback(self, sourced: SourcedFact) -> Question | None:
        """Make a blank on one of the fact's keywords, or on one of its longer words as the last resort."""
        fact = sourced.fact
        keyword_keys: list[_Key] = []
        for keyword in fact.keywords:
            match = _loose_pattern(keyword).search(fact.answer)
            if match is not None and _fold(match.group(0)) not in {_fold(k.text) for k in keyword_keys}:
                keyword_keys.append(_Key("keyword", match.group(0)))
        # Keywords the question does not mention make better blanks.
        keyword_keys.sort(key=lambda k: _appears(k.text, fact.question))
        word_keys = [_Key("word", t.text) for t in self._pools.words if t.fact_id == fact.id]
        word_keys.sort(key=lambda k: (_appears(k.text, fact.question), -len(k.text)))
        for key in (*keyword_keys, *word_keys):
            question = self._choice(sourced, key, 0, direct=False)
            if question is not None:
                return question
        return None


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


def _as_written(term: str, texts: Iterable[str]) -> str | None:
    """Return a term as the first text that contains it writes it (so 'vision ias' becomes 'Vision IAS')."""
    for text in texts:
        match = _loose_pattern(term).search(text)
        if match is not None:
            return match.group(0)
    return None


def _has_figure(text: str) -> bool:
    """Tell whether a term is or holds a figure, in digits or in words."""
    return any(c.isdigit() for c in text) or any(t in _NUMBER_WORDS for t in tokenize(text))


def _similar_terms(key: str, pool: Sequence[_Term], sourced: SourcedFact, own: Sequence[str]) -> list[str]:
    """Order other facts' terms as distractors for ``key``, the safest and most plausible first."""
    # Terms of other sections come first (a section tells one story, so its terms are the likeliest to be also
    # true), then terms some answer uses, in the key's writing style, sharing no word with it, of a similar length.
    own_folded = {_fold(k) for k in own} | {_fold(key)}
    key_words = _content_words(key)
    key_has_digit = _has_figure(key)
    ranked: list[tuple[tuple[int, int, int, int, int, int], str]] = []
    seen: set[str] = set()
    for term in pool:
        folded = _fold(term.text)
        if term.fact_id == sourced.fact.id or folded in own_folded or folded in seen:
            continue
        if _has_figure(term.text) != key_has_digit:
            continue
        if folded in _fold(key) or _fold(key) in folded:
            continue
        seen.add(folded)
        rank = (
            int(term.section == sourced.section.id),
            int(not term.in_answers),
            int(_shape(term.text) != _shape(key)),
            int(bool(key_words & _content_words(term.text))),
            abs(len(term.text) - len(key)),
            _stable_hash(f"{key}|{term.text}") % 1000,
        )
        ranked.append((rank, term.text))
    return [text for _rank, text in sorted(ranked)]


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
