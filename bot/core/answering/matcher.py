"""Match a chat question to one fact of the knowledge base, or decline honestly.

The pipeline: normalise and tokenise; read the question's intent (a time, an amount); drop function
words and chat filler; correct typos against the base's vocabulary; expand glossary terms to shared
concept tokens; score every fact by the weighted share of the question it covers (rare words weigh
more); then re-rank the best few by how closely one of their phrasings reads like the question, and
check that the winner really covers the question's content, intent and figures before answering.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

from bot.core.knowledge.base import KnowledgeBase, SourcedFact
from bot.core.language.lexicon import (
    CLAUSE_JOINERS,
    EITHER_OR,
    GREETINGS,
    IDENTITY_VERBS,
    IGNORED_WORDS,
    INTENT_CUE_WORDS,
    INTENT_CUES,
    MONTHS,
    NUMBER_WORDS,
    PARTNER_DETERMINERS,
    PARTNER_NOUNS,
    PERSON_ROLES,
    PLACE_CUES,
    PLACE_PREPOSITIONS,
    QUESTION_STARTERS,
    Intent,
)
from bot.core.language.text import content_stems, is_number, normalize, stem, tokenize


@dataclass(frozen=True)
class Thresholds:
    """Every tunable number of the matcher, in one place."""

    #: Share of the question's (weighted) content a fact must cover to be given as the answer.
    answer_coverage: float = 0.6
    #: An uncovered word at least this heavy (a rare, specific word) means the fact does not answer.
    max_uncovered_weight: float = 0.55
    #: When the best two answers' scores differ by less than this, offer both instead of guessing.
    tie_margin: float = 0.02
    #: Coverage at or above this counts as the whole question; near-ties are then answered, not asked back.
    full_coverage: float = 0.98
    #: Facts covering at least this share are close enough to offer as "did you mean".
    suggest_coverage: float = 0.4
    #: Weight of similarity to a stored phrasing in the final score (the rest is coverage).
    phrasing_weight: float = 0.25
    #: How many of the best-covering facts are re-ranked in detail.
    candidates: int = 24
    #: Typo correction: minimum rapidfuzz ratio by word length (<=4, 5-6, >=7 letters).
    typo_ratio_short: float = 85.0
    typo_ratio_medium: float = 80.0
    typo_ratio_long: float = 76.0
    #: Words this common in English (Zipf scale) are real words, never typos of base vocabulary.
    typo_max_zipf: float = 3.0
    #: Longest question (in content words) the bot tries to match; longer text is declined.
    max_content_words: int = 40


DEFAULT_THRESHOLDS = Thresholds()

# Field credits: how much a word found in each part of a fact counts towards covering the question.
PHRASING_CREDIT = 1.0
KEYWORD_CREDIT = 1.0
ANSWER_CREDIT = 0.8
CONTEXT_CREDIT = 0.4
EXPANSION_FACTOR = 0.9
#: Weight of the question's intent (time, amount) in coverage, and the floor weight of any word.
INTENT_WEIGHT = 0.35
#: How much of its base weight a very common English word keeps (rare words keep all of it).
COMMON_WORD_FLOOR = 0.2
MIN_WORD_WEIGHT = 0.05
#: When a fact matches only the thing asked about, other words this heavy (together) are the real question.
ONLY_TOPIC_UNCOVERED_WEIGHT = 0.28
#: A message with more questions than this gets answers to the first ones only (one embed must hold them).
MAX_PARTS = 3
#: Typo correction considers base words at most this many letters longer or shorter.
TYPO_LENGTH_SLACK = 2

_YEAR = re.compile(r"\b(1[89]|20)\d{2}\b")
_DIGIT = re.compile(r"\d")
_CONCEPT_PREFIX = "~"


class DeclineReason(Enum):
    """Why the bot gives no answer."""

    EMPTY = "empty"
    SMALL_TALK = "small_talk"
    TOO_LONG = "too_long"
    NOT_COVERED = "not_covered"


@dataclass(frozen=True)
class Match:
    """One fact considered for a question, with its scores and why it matched."""

    fact: SourcedFact
    score: float
    coverage: float
    reason: str
    #: Labels of the question's parts this fact covers.
    covered: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Answer:
    """A confident answer: one fact, or one per part of a multi-part question."""

    matches: tuple[Match, ...]
    related: tuple[Match, ...] = ()

    @property
    def best(self) -> Match:
        """Return the first (or only) match."""
        return self.matches[0]

    @property
    def confidence(self) -> float:
        """Return the lowest score among the parts."""
        return min(m.score for m in self.matches)


@dataclass(frozen=True)
class Suggestions:
    """No confident answer, but up to three facts that are close ("did you mean")."""

    options: tuple[Match, ...]
    near_tie: bool


@dataclass(frozen=True)
class Decline:
    """The material does not answer the question."""

    reason: DeclineReason
    detail: str = ""


Outcome = Answer | Suggestions | Decline


@dataclass(frozen=True)
class _Unit:
    """One piece of the question's meaning: a word, or a glossary term with its concept token."""

    label: str
    #: Each alternative is a set of tokens that must all be present (a concept token, or a phrase's words).
    alternatives: tuple[tuple[str, ...], ...]
    weight: float
    #: A lone word ("speed") that a fact's multi-word name ("high speed rail") does not answer.
    lone: bool = False


@dataclass(frozen=True)
class _Query:
    units: tuple[_Unit, ...]
    intents: frozenset[Intent]
    numbers: frozenset[str]
    similarity_text: str
    corrections: tuple[tuple[str, str], ...]
    small_talk: bool
    content_words: int
    #: Every word of the question, lowercased, to tell a name in an answer from one the member typed.
    words: frozenset[str] = frozenset()


@dataclass
class _FactProfile:
    credits: dict[str, float]
    numbers: frozenset[str]
    has_year: bool
    has_number: bool
    has_count: bool
    phrasings: tuple[str, ...]
    #: Capitalised words right after a person's title in the answer ("Minister Jane Doe"): names.
    named_after_role: frozenset[str] = frozenset()
    #: Capitalised words after a place preposition in the answer ("in Africa"): places.
    places: frozenset[str] = frozenset()
    #: Words the fact uses only inside multi-word names ("speed" in "High Speed Rail").
    name_only: frozenset[str] = frozenset()


@dataclass
class _Glossary:
    """Glossary variants as stemmed token sequences, found by their first token and length."""

    concepts: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    #: For each first token, the phrase lengths that start with it, longest first.
    lengths: dict[str, list[int]] = field(default_factory=dict)
    bags: dict[str, frozenset[str]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    single_words: set[str] = field(default_factory=set)
    #: Adjacent word pairs of multi-word variants: "security initiative" still refers to the name.
    pairs: set[tuple[str, str]] = field(default_factory=set)
    #: Multi-word variants written as proper names ("High Speed Rail"), whose words are not topics of their own.
    names: set[tuple[str, ...]] = field(default_factory=set)

    def add(self, phrase: tuple[str, ...], concept: str) -> None:
        """Register one variant of a concept (and its adjacent word pairs, to spot partial mentions)."""
        self.pairs.update(itertools.pairwise(phrase))
        bucket = self.concepts.setdefault(phrase, [])
        if concept not in bucket:
            bucket.append(concept)
        lengths = self.lengths.setdefault(phrase[0], [])
        if len(phrase) not in lengths:
            lengths.append(len(phrase))
            lengths.sort(reverse=True)

    def _at(self, stems: Sequence[str], i: int) -> list[tuple[int, str]]:
        found = []
        for length in self.lengths.get(stems[i], ()):
            for concept in self.concepts.get(tuple(stems[i : i + length]), ()):
                found.append((i + length, concept))
        return found

    def find_all(self, stems: Sequence[str]) -> list[tuple[int, int, str]]:
        """Return every (start, end, concept) span, overlapping ones included ("India-Japan" and "India")."""
        return [(i, end, concept) for i in range(len(stems)) for end, concept in self._at(stems, i)]

    def find(self, stems: Sequence[str]) -> list[tuple[int, int, str]]:
        """Return (start, end, concept) spans, longest first at each position, without overlaps."""
        spans: list[tuple[int, int, str]] = []
        i = 0
        while i < len(stems):
            found = self._at(stems, i)
            if not found:
                i += 1
                continue
            end, concept = found[0]
            spans.append((i, end, concept))
            i = end
        return spans


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    forms = {word}
    for suffix in ("s", "es", "ed", "ing", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.add(word[: -len(suffix)])
    return max(zipf_frequency(form, "en", wordlist="small") for form in forms)


def _rarity(word: str) -> float:
    """Return 1.0 for a word rare in general English, falling to 0 for the most common words."""
    return min(1.0, max(0.0, (6.5 - _zipf(word)) / 4.0))


def _unknown_weight(word: str) -> float:
    """Weigh a word the base has never seen: a rare word (a name) weighs most."""
    if is_number(word):
        return 1.0
    return min(1.0, max(0.15, 1.0 - (_zipf(word) - 2.5) * 0.28))


class Matcher:
    """An index over one knowledge base that answers questions."""

    def __init__(self, base: KnowledgeBase, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> None:
        self.base = base
        self.thresholds = thresholds
        self._glossary = self._build_glossary(base)
        self._facts = base.facts
        self._surface: set[str] = set()
        self._profiles = [self._profile(sf, self._surface) for sf in base.facts]
        self._build_postings()

    # ------------------------------------------------------------------ index
    @staticmethod
    def _build_glossary(base: KnowledgeBase) -> _Glossary:
        glossary = _Glossary()
        for index, entry in enumerate(base.glossary):
            concept = f"{_CONCEPT_PREFIX}{index}"
            glossary.labels[concept] = entry.term
            bag: set[str] = set()
            for variant in entry.variants:
                stems = tuple(content_stems(variant)) or tuple(stem(t) for t in tokenize(variant))
                if len(stems) == 1 and variant.isupper():
                    # An all-capitals abbreviation that is also a function word ("UP", "US").
                    stems = (stem(variant.casefold()),)
                if not stems:
                    continue
                bag.update(stems)
                if len(stems) == 1:
                    glossary.single_words.add(stems[0])
                elif _is_proper_name(variant):
                    glossary.names.add(stems)
                glossary.add(stems, concept)
            glossary.bags[concept] = frozenset(bag)
        return glossary

    def _credit_stems(
        self, stems: Sequence[str], credit: float, credits: dict[str, float], named: set[str], free: set[str]
    ) -> None:
        spans = self._glossary.find_all(stems)
        names = self._glossary.names
        inside = {i for start, end, _c in spans if tuple(stems[start:end]) in names for i in range(start, end)}
        for position, token in enumerate(stems):
            (named if position in inside else free).add(token)
            if credits.get(token, 0.0) < credit:
                credits[token] = credit
        for _start, _end, concept in spans:
            if credits.get(concept, 0.0) < credit:
                credits[concept] = credit
            expanded = credit * EXPANSION_FACTOR
            for token in self._glossary.bags[concept]:
                if credits.get(token, 0.0) < expanded:
                    credits[token] = expanded

    def _profile(self, sf: SourcedFact, surface: set[str]) -> _FactProfile:
        fact = sf.fact
        credits: dict[str, float] = {}
        # Only the section and article titles: tags and publisher are article-wide and would make every fact
        # look like it covers them (the article's own details are facts of their own).
        fields = [
            (" ".join((sf.section.title, sf.source.title)), CONTEXT_CREDIT, "context"),
            (fact.answer, ANSWER_CREDIT, "answer"),
            *((keyword, KEYWORD_CREDIT, "keyword") for keyword in fact.keywords),
            *((phrasing, PHRASING_CREDIT, "phrasing") for phrasing in fact.phrasings),
        ]
        numbers: set[str] = set()
        named: set[str] = set()
        free: set[str] = set()
        answer_words: set[str] = set()
        phrasings: list[str] = []
        # Each text is tokenised once: index building is dominated by tokenisation on large bases.
        for text, credit, kind in fields:
            tokens = tokenize(text)
            surface.update(t for t in tokens if t.isalpha() and len(t) > 2)
            stems = [stem(t) for t in tokens if t not in IGNORED_WORDS]
            self._credit_stems(stems, credit, credits, named, free)
            if kind == "context":
                continue
            numbers.update(t for t in tokens if is_number(t))
            if kind == "phrasing":
                phrasings.append(" ".join(stems))
            else:
                answer_words.update(tokens)
        has_number = bool(_DIGIT.search(fact.answer))
        return _FactProfile(
            credits=credits,
            numbers=frozenset(numbers),
            has_year=bool(_YEAR.search(fact.answer)) or bool(answer_words & MONTHS),
            has_number=has_number,
            has_count=has_number or bool(answer_words & NUMBER_WORDS),
            phrasings=tuple(phrasings),
            named_after_role=_capitalised_after(fact.answer, PERSON_ROLES),
            name_only=frozenset(named - free),
            places=_capitalised_after(fact.answer, PLACE_PREPOSITIONS),
        )

    def _build_postings(self) -> None:
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for index, profile in enumerate(self._profiles):
            for token, credit in profile.credits.items():
                ids, credits = postings.setdefault(token, ([], []))
                ids.append(index)
                credits.append(credit)
        n = len(self._profiles)
        self._size = n
        idf_max = math.log((n + 1) / 0.5)
        self._postings: dict[str, tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]] = {}
        self._weights: dict[str, float] = {}
        for token, (ids, credits) in postings.items():
            self._postings[token] = (np.asarray(ids, dtype=np.int32), np.asarray(credits, dtype=np.float32))
            idf = math.log((n + 1) / (len(ids) + 0.5)) / idf_max
            rarity = 1.0 if token.startswith(_CONCEPT_PREFIX) or not token.isalpha() else _rarity(token)
            # In a small base a common English word ("use", "known") can look rare; English usage tempers it.
            self._weights[token] = max(MIN_WORD_WEIGHT, idf * (COMMON_WORD_FLOOR + (1 - COMMON_WORD_FLOOR) * rarity))
        # Surface words for typo correction: every word of the base and its glossary.
        surface = self._surface
        for entry in self.base.glossary:
            for variant in entry.variants:
                surface.update(t for t in tokenize(variant) if t.isalpha() and len(t) > 2)
        # Typo candidates are grouped by length: a typo rarely changes a word's length by more than two letters,
        # and scanning compact per-length lists is several times faster than one scattered list.
        self._by_length: dict[int, list[str]] = {}
        for word in sorted(surface):
            self._by_length.setdefault(len(word), []).append(word)
        self._by_length = {n: "\n".join(words).split("\n") for n, words in self._by_length.items()}
        self._known_surface = frozenset(surface)

    # ------------------------------------------------------------------ query
    def _correct(self, word: str) -> str | None:
        """Return the base word ``word`` is most likely a typo of, or None."""
        t = self.thresholds
        if len(word) < 4 or not word.isalpha() or _zipf(word) >= t.typo_max_zipf:
            return None
        cutoff = t.typo_ratio_short if len(word) <= 4 else t.typo_ratio_medium if len(word) <= 6 else t.typo_ratio_long
        best: tuple[str, float] | None = None
        for length in range(len(word) - TYPO_LENGTH_SLACK, len(word) + TYPO_LENGTH_SLACK + 1):
            words = self._by_length.get(length)
            found = process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=cutoff) if words else None
            if found is not None and (best is None or found[1] > best[1]):
                best = (str(found[0]), float(found[1]))
        return best[0] if best else None

    def _analyse(self, question: str) -> _Query:
        tokens = _drop_partner_references(tokenize(question))
        intents: set[Intent] = set()
        # "UP" and "US" typed in capitals are glossary terms (Uttar Pradesh, United States), not "up" and "us".
        glossary_caps = {w.casefold() for w in _CAPITALS.findall(question)} & self._glossary.single_words
        kept: list[str] = []
        either_or: list[tuple[int, int]] = []
        i = 0
        while i < len(tokens):
            if tokens[i] in EITHER_OR and kept:
                # "toyama goes with andhra or tamil nadu": either option may be the one the fact names.
                either_or.append((len(kept) - 1, len(kept)))
            pair = tuple(tokens[i : i + 2])
            if len(pair) == 2 and pair in INTENT_CUES:
                intents.add(INTENT_CUES[pair])
                i += 2
                continue
            single = (tokens[i],)
            # "10 year vision" names a span of time; it does not ask for a date.
            after_number = i > 0 and is_number(tokens[i - 1])
            if single in INTENT_CUES and not after_number:
                intents.add(INTENT_CUES[single])
            elif (tokens[i] not in IGNORED_WORDS or tokens[i] in glossary_caps) and (
                after_number or tokens[i] not in INTENT_CUE_WORDS
            ):
                kept.append(tokens[i])
            i += 1
        intents.update(_person_or_place_intents(tokens))
        small_talk = not kept and not intents and any(t in GREETINGS for t in tokens)
        corrections: list[tuple[str, str]] = []
        stems: list[str] = []
        for word in kept:
            token = stem(word)
            if token not in self._weights and word not in self._known_surface:
                fixed = self._correct(word)
                if fixed is not None:
                    corrections.append((word, fixed))
                    token = stem(fixed)
            stems.append(token)
        units: list[_Unit] = []
        unit_of: dict[int, int] = {}
        for start, end, concept in self._glossary.find(stems):
            alternatives: tuple[tuple[str, ...], ...] = ((concept,), tuple(stems[start:end]))
            weight = max(self._weight(concept), *(self._weight(t) for t in stems[start:end]))
            for position in range(start, end):
                unit_of[position] = len(units)
            units.append(_Unit(self._glossary.labels[concept], alternatives, weight))
        for position, token in enumerate(stems):
            if position in unit_of:
                continue
            unit_of[position] = len(units)
            weight = self._weights[token] if token in self._weights else _unknown_weight(kept[position])
            neighbours = {(stems[position - 1], token)} if position else set()
            if position + 1 < len(stems):
                neighbours.add((token, stems[position + 1]))
            lone = token.isalpha() and not (neighbours & self._glossary.pairs)
            units.append(_Unit(token, ((token,),), weight, lone))
        units = _merge_alternatives(
            units, [(unit_of[a], unit_of[b]) for a, b in either_or if a in unit_of and b in unit_of]
        )
        numbers = frozenset(t for t in tokens if is_number(t))
        return _Query(
            units=tuple(units),
            intents=frozenset(intents),
            numbers=numbers,
            similarity_text=" ".join(stems),
            corrections=tuple(corrections),
            small_talk=small_talk,
            content_words=len(kept),
            words=frozenset(tokens),
        )

    def _weight(self, token: str) -> float:
        return self._weights.get(token, 1.0)

    # ------------------------------------------------------------------ scoring
    def _dense(self, token: str) -> npt.NDArray[np.float32]:
        credits = np.zeros(self._size, dtype=np.float32)
        posting = self._postings.get(token)
        if posting is not None:
            credits[posting[0]] = posting[1]
        return credits

    def _coverage_scores(self, query: _Query) -> npt.NDArray[np.float32]:
        total = np.zeros(self._size, dtype=np.float32)
        for unit in query.units:
            best = np.zeros(self._size, dtype=np.float32)
            for alternative in unit.alternatives:
                if any(token not in self._postings for token in alternative):
                    continue
                credit = self._dense(alternative[0])
                for token in alternative[1:]:
                    np.minimum(credit, self._dense(token), out=credit)
                np.maximum(best, credit, out=best)
            total += np.float32(unit.weight) * best
        return total

    @staticmethod
    def _unit_covered(unit: _Unit, profile: _FactProfile) -> bool:
        return any(all(profile.credits.get(t, 0.0) > 0 for t in alternative) for alternative in unit.alternatives)

    @staticmethod
    def _unmet_intents(query: _Query, profile: _FactProfile) -> list[Intent]:
        satisfied = {
            Intent.WHEN: profile.has_year,
            Intent.QUANTITY: profile.has_number,
            Intent.COUNT: profile.has_count,
            Intent.PERSON: bool(profile.named_after_role - query.words),
            Intent.PLACE: bool(profile.places - query.words),
        }
        return [intent for intent in query.intents if not satisfied.get(intent, True)]

    def _evaluate(self, query: _Query, index: int, raw: float) -> tuple[Match, bool]:
        t = self.thresholds
        profile = self._profiles[index]
        unmet = self._unmet_intents(query, profile)
        intent_ok = not unmet
        unit_weight = sum(u.weight for u in query.units)
        intent_weight = INTENT_WEIGHT if query.intents else 0.0
        # A lone word the fact only has inside a name ("top speed" against "High Speed Rail") is not covered.
        name_bound = [u for u in query.units if u.lone and u.alternatives[0][0] in profile.name_only]
        for unit in name_bound:
            raw -= unit.weight * profile.credits.get(unit.alternatives[0][0], 0.0)
        coverage = round((raw + (intent_weight if intent_ok else 0.0)) / max(unit_weight + intent_weight, 1e-9), 4)
        uncovered = [u for u in query.units if not self._unit_covered(u, profile) or u in name_bound]
        heaviest = max((u.weight for u in uncovered), default=0.0)
        missing_numbers = query.numbers - profile.numbers
        similarity = 0.0
        if query.similarity_text:
            similarity = (
                max(
                    (
                        max(fuzz.ratio(query.similarity_text, p), fuzz.token_sort_ratio(query.similarity_text, p))
                        for p in profile.phrasings
                    ),
                    default=0.0,
                )
                / 100.0
            )
        score = (1 - t.phrasing_weight) * coverage + t.phrasing_weight * similarity
        # "cost of MAHSR": when a fact matches only the thing asked about, any other content word is the
        # real question, and the fact does not answer it.
        covers_only_topic = (
            len(query.units) - len(uncovered) == 1 and sum(u.weight for u in uncovered) >= ONLY_TOPIC_UNCOVERED_WEIGHT
        )
        ok = (
            coverage >= t.answer_coverage
            and heaviest < t.max_uncovered_weight
            and intent_ok
            and not missing_numbers
            and not covers_only_topic
        )
        matched = [u.label for u in query.units if u not in uncovered]
        parts = [f"matched {', '.join(matched) or 'nothing'}"]
        if uncovered:
            parts.append(f"not covered: {', '.join(u.label for u in uncovered)}")
        if not intent_ok:
            parts.append(f"asks for a {' and '.join(sorted(i.value for i in unmet))} the fact does not give")
        if missing_numbers:
            parts.append(f"figures not in the fact: {', '.join(sorted(missing_numbers))}")
        if query.corrections:
            parts.append("read " + ", ".join(f"{a!r} as {b!r}" for a, b in query.corrections))
        reason = "; ".join(parts) + f" (coverage {coverage:.2f}, phrasing {similarity:.2f})"
        covered = frozenset(matched)
        return Match(self._facts[index], round(float(score), 4), round(float(coverage), 4), reason, covered), ok

    def _rank(self, query: _Query) -> list[tuple[Match, bool]]:
        raw = self._coverage_scores(query)
        k = min(self.thresholds.candidates, self._size)
        if k == 0:
            return []
        top = np.argpartition(-raw, k - 1)[:k] if k < self._size else np.arange(self._size)
        ranked = [self._evaluate(query, int(i), float(raw[i])) for i in top if raw[i] > 0]
        ranked.sort(key=lambda pair: (-pair[0].score, pair[0].fact.fact.id))
        return ranked

    # ------------------------------------------------------------------ decisions
    def _decide(self, question: str) -> Outcome:
        t = self.thresholds
        query = self._analyse(question)
        if query.small_talk:
            return Decline(DeclineReason.SMALL_TALK, "greeting or thanks")
        if not query.units:
            return Decline(DeclineReason.EMPTY, "no question found in the message")
        if query.content_words > t.max_content_words:
            return Decline(DeclineReason.TOO_LONG, f"more than {t.max_content_words} content words")
        ranked = self._rank(query)
        passing = [m for m, ok in ranked if ok]
        if passing:
            best = passing[0]
            close = tuple(m for m in passing[1:3] if best.score - m.score < t.tie_margin)
            # Ask back only when close facts read the question differently (cover different parts of it).
            disagree = any(m.covered != best.covered for m in close)
            if close and disagree and best.coverage < t.full_coverage:
                return Suggestions((best, *close), near_tie=True)
            # A fact that covers the whole question answers it; close runners-up are offered as related.
            return Answer((best,), related=close)
        near = [m for m, _ok in ranked if m.coverage >= t.suggest_coverage][:3]
        if near:
            return Suggestions(tuple(near), near_tie=False)
        return Decline(DeclineReason.NOT_COVERED, ranked[0][0].reason if ranked else "no fact shares its words")

    def ask(self, question: str) -> Outcome:
        """Answer ``question`` from the base, suggest close facts, or decline."""
        whole = self._decide(question)
        if isinstance(whole, Answer) and whole.best.coverage >= 0.999:
            return whole
        parts = split_clauses(question)
        if len(parts) < 2:
            return whole
        answers: list[Match] = []
        for part in parts[:MAX_PARTS]:
            outcome = self._decide(part)
            if isinstance(outcome, Answer) and all(m.fact.fact.id != outcome.best.fact.fact.id for m in answers):
                answers.append(outcome.best)
        if len(answers) >= 2:
            return Answer(tuple(answers))
        return whole

    def rank(self, question: str, limit: int = 5) -> list[Match]:
        """Return the best-scoring facts for ``question`` whether or not they answer it."""
        return [m for m, _ok in self._rank(self._analyse(question))][:limit]

    @property
    def vocabulary_size(self) -> int:
        """Return how many distinct index tokens the base has."""
        return len(self._postings)


_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _capitalised_after(text: str, cues: frozenset[str]) -> frozenset[str]:
    """Return the lowercased capitalised words that directly follow one of ``cues`` in ``text``."""
    words = _WORD.findall(text)
    found = set()
    for previous, word in itertools.pairwise(words):
        if previous.casefold() in cues and word[0].isupper():
            found.add(normalize(word).split("-")[0].removesuffix("'s"))
    return frozenset(found)


def _person_or_place_intents(tokens: Sequence[str]) -> set[Intent]:
    """Read "who is <title>" as asking for a person's name and "where ..." as asking for a place."""
    intents = set()
    if any(t in PLACE_CUES for t in tokens):
        intents.add(Intent.PLACE)
    # Hinglish "kaun sa/se/si" means "which", not "who".
    kaun = any(
        t in {"kaun", "kon", "koun"} and (nxt not in {"sa", "se", "si"})
        for t, nxt in zip(tokens, [*tokens[1:], ""], strict=False)
    )
    asks_who = ("who" in tokens or kaun) and any(t in IDENTITY_VERBS or t == "hai" for t in tokens)
    if asks_who and any(t in PERSON_ROLES for t in tokens):
        intents.add(Intent.PERSON)
    return intents


def _is_proper_name(text: str) -> bool:
    """Tell whether every word of a phrase is capitalised ("Mumbai-Ahmedabad High Speed Rail")."""
    words = [w for w in _WORD.findall(text) if w.casefold() not in IGNORED_WORDS]
    return len(words) > 1 and all(w[0].isupper() for w in words)


def _drop_partner_references(tokens: list[str]) -> list[str]:
    """Drop "the two countries" / "both nations": they refer to the article's own partners."""
    result: list[str] = []
    skip = False
    for index, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        if token in PARTNER_DETERMINERS and index + 1 < len(tokens) and tokens[index + 1] in PARTNER_NOUNS:
            skip = True
            continue
        result.append(token)
    return result


def _merge_alternatives(units: list[_Unit], joins: list[tuple[int, int]]) -> list[_Unit]:
    """Merge units joined by "or" into one unit covered by either side; drop repeated units."""
    group = list(range(len(units)))

    def root(index: int) -> int:
        while group[index] != index:
            index = group[index]
        return index

    for a, b in joins:
        group[root(b)] = root(a)
    merged: dict[int, _Unit] = {}
    for index, unit in enumerate(units):
        key = root(index)
        if key not in merged:
            merged[key] = unit
            continue
        first = merged[key]
        merged[key] = _Unit(
            f"{first.label} or {unit.label}",
            tuple(dict.fromkeys(first.alternatives + unit.alternatives)),
            max(first.weight, unit.weight),
        )
    seen: set[tuple[tuple[str, ...], ...]] = set()
    result = []
    for unit in merged.values():
        if unit.alternatives not in seen:
            seen.add(unit.alternatives)
            result.append(unit)
    return result


def split_clauses(question: str) -> list[str]:
    """Split a message that asks several things ("X, and what is Y?") into its questions."""
    text = normalize(question)
    pieces = [p.strip() for p in re.split(r"[?;]+", text) if p.strip()]
    clauses: list[str] = []
    for piece in pieces:
        words = piece.replace(",", " , ").split()
        current: list[str] = []
        for index, word in enumerate(words):
            nxt = words[index + 1] if index + 1 < len(words) else ""
            if word in CLAUSE_JOINERS and (nxt in QUESTION_STARTERS or not word.isalpha()) and current:
                clauses.append(" ".join(w for w in current if w != ","))
                current = []
                continue
            current.append(word)
        if current:
            clauses.append(" ".join(w for w in current if w != ","))
    return [c for c in clauses if c.strip()]
