"""The matcher's index over one knowledge base: glossary concepts, fact profiles, postings and word weights."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

from bot.core.answering.thresholds import DEFAULT_THRESHOLDS, Thresholds
from bot.core.knowledge.base import KnowledgeBase, SourcedFact
from bot.core.language.lexicon import LEXICON, Lexicon
from bot.core.language.text import content_stems, is_number, normalize, stem, tokenize

#: Glossary concepts are index tokens of their own, told apart from words by this prefix.
CONCEPT_PREFIX = "~"

_YEAR = re.compile(r"\b(1[89]|20)\d{2}\b")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_][\w'-]*")


@dataclass
class FactProfile:
    """What the index knows of one fact: the credit of each token, its figures and the kinds of answer it gives."""

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
class Glossary:
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

    @classmethod
    def build(cls, base: KnowledgeBase) -> Glossary:
        """Index every glossary entry of a base as one concept with all its spellings."""
        glossary = cls()
        for index, entry in enumerate(base.glossary):
            concept = f"{CONCEPT_PREFIX}{index}"
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
                elif is_proper_name(variant):
                    glossary.names.add(stems)
                glossary.add(stems, concept)
            glossary.bags[concept] = frozenset(bag)
        return glossary


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Return how common a word (or its plain form) is in English, on the Zipf scale."""
    forms = {word}
    for suffix in ("s", "es", "ed", "ing", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.add(word[: -len(suffix)])
    return max(zipf_frequency(form, "en", wordlist="small") for form in forms)


class FactIndex:
    """Postings from tokens to facts with credits, word weights, and the vocabulary for typo correction."""

    def __init__(
        self, base: KnowledgeBase, thresholds: Thresholds = DEFAULT_THRESHOLDS, lexicon: Lexicon = LEXICON
    ) -> None:
        self.base = base
        self.thresholds = thresholds
        self.lexicon = lexicon
        self.glossary = Glossary.build(base)
        self.facts = base.facts
        surface: set[str] = set()
        self.profiles = [self._profile(sf, surface) for sf in base.facts]
        self._build_postings(surface)

    # ------------------------------------------------------------------ building
    def _credit_stems(
        self, stems: Sequence[str], credit: float, credits: dict[str, float], named: set[str], free: set[str]
    ) -> None:
        spans = self.glossary.find_all(stems)
        names = self.glossary.names
        inside = {i for start, end, _c in spans if tuple(stems[start:end]) in names for i in range(start, end)}
        for position, token in enumerate(stems):
            (named if position in inside else free).add(token)
            if credits.get(token, 0.0) < credit:
                credits[token] = credit
        for _start, _end, concept in spans:
            if credits.get(concept, 0.0) < credit:
                credits[concept] = credit
            expanded = credit * self.thresholds.expansion_factor
            for token in self.glossary.bags[concept]:
                if credits.get(token, 0.0) < expanded:
                    credits[token] = expanded

    def _profile(self, sf: SourcedFact, surface: set[str]) -> FactProfile:
        t = self.thresholds
        fact = sf.fact
        credits: dict[str, float] = {}
        # Only the section and article titles: tags and publisher are article-wide and would make every fact
        # look like it covers them (the article's own details are facts of their own).
        fields = [
            (" ".join((sf.section.title, sf.source.title)), t.context_credit, "context"),
            (fact.answer, t.answer_credit, "answer"),
            *((keyword, t.keyword_credit, "keyword") for keyword in fact.keywords),
            *((phrasing, t.phrasing_credit, "phrasing") for phrasing in fact.phrasings),
        ]
        ignored = self.lexicon.ignored
        numbers: set[str] = set()
        named: set[str] = set()
        free: set[str] = set()
        answer_words: set[str] = set()
        phrasings: list[str] = []
        # Each text is tokenised once: index building is dominated by tokenisation on large bases.
        for text, credit, kind in fields:
            tokens = tokenize(text)
            surface.update(w for w in tokens if w.isalpha() and len(w) > 2)
            stems = [stem(w) for w in tokens if w not in ignored]
            self._credit_stems(stems, credit, credits, named, free)
            if kind == "context":
                continue
            numbers.update(w for w in tokens if is_number(w))
            if kind == "phrasing":
                phrasings.append(" ".join(stems))
            else:
                answer_words.update(tokens)
        has_number = bool(_DIGIT.search(fact.answer))
        words = self.lexicon.words
        return FactProfile(
            credits=credits,
            numbers=frozenset(numbers),
            has_year=bool(_YEAR.search(fact.answer)) or bool(answer_words & words("months")),
            has_number=has_number,
            has_count=has_number or bool(answer_words & words("number_words")),
            phrasings=tuple(phrasings),
            named_after_role=capitalised_after(fact.answer, words("person_roles")),
            name_only=frozenset(named - free),
            places=capitalised_after(fact.answer, words("place_prepositions")),
        )

    def _build_postings(self, surface: set[str]) -> None:
        t = self.thresholds
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for index, profile in enumerate(self.profiles):
            for token, credit in profile.credits.items():
                ids, credits = postings.setdefault(token, ([], []))
                ids.append(index)
                credits.append(credit)
        n = len(self.profiles)
        self.size = n
        idf_max = math.log((n + 1) / 0.5)
        self.postings: dict[str, tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]] = {}
        self.weights: dict[str, float] = {}
        for token, (ids, credits) in postings.items():
            self.postings[token] = (np.asarray(ids, dtype=np.int32), np.asarray(credits, dtype=np.float32))
            idf = math.log((n + 1) / (len(ids) + 0.5)) / idf_max
            rarity = 1.0 if token.startswith(CONCEPT_PREFIX) or not token.isalpha() else self.rarity(token)
            # In a small base a common English word ("use", "known") can look rare; English usage tempers it.
            floor = t.common_word_floor
            self.weights[token] = max(t.min_word_weight, idf * (floor + (1 - floor) * rarity))
        # Surface words for typo correction: every word of the base and its glossary.
        for entry in self.base.glossary:
            for variant in entry.variants:
                surface.update(w for w in tokenize(variant) if w.isalpha() and len(w) > 2)
        # Typo candidates are grouped by length: a typo rarely changes a word's length by more than two letters,
        # and scanning compact per-length lists is several times faster than one scattered list.
        by_length: dict[int, list[str]] = {}
        for word in sorted(surface):
            by_length.setdefault(len(word), []).append(word)
        self._by_length = {n: "\n".join(words).split("\n") for n, words in by_length.items()}
        self.known_surface = frozenset(surface)

    # ------------------------------------------------------------------ weights
    def rarity(self, word: str) -> float:
        """Return 1.0 for a word rare in general English, falling to 0 for the most common words."""
        t = self.thresholds
        return min(1.0, max(0.0, (t.rare_zipf - zipf(word)) / t.rarity_span))

    def unknown_weight(self, word: str) -> float:
        """Weigh a word the base has never seen: a rare word (a name) weighs most."""
        t = self.thresholds
        if is_number(word):
            return 1.0
        return min(1.0, max(t.unknown_floor, 1.0 - (zipf(word) - t.unknown_zipf) * t.unknown_slope))

    def weight(self, token: str) -> float:
        """Return a known token's weight (1.0 for a token the base never saw)."""
        return self.weights.get(token, 1.0)

    def knows(self, token: str, word: str) -> bool:
        """Tell whether the base has a stemmed token or its surface word."""
        return token in self.weights or word in self.known_surface

    # ------------------------------------------------------------------ typo correction
    def correct(self, word: str) -> str | None:
        """Return the base word ``word`` is most likely a typo of, or None."""
        t = self.thresholds
        if len(word) < 4 or not word.isalpha() or zipf(word) >= t.typo_max_zipf:
            return None
        cutoff = t.typo_ratio_short if len(word) <= 4 else t.typo_ratio_medium if len(word) <= 6 else t.typo_ratio_long
        best: tuple[str, float] | None = None
        for length in range(len(word) - t.typo_length_slack, len(word) + t.typo_length_slack + 1):
            words = self._by_length.get(length)
            found = process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=cutoff) if words else None
            if found is not None and (best is None or found[1] > best[1]):
                best = (str(found[0]), float(found[1]))
        return best[0] if best else None

    # ------------------------------------------------------------------ retrieval
    def dense(self, token: str) -> npt.NDArray[np.float32]:
        """Return every fact's credit for one token, as a dense array."""
        credits = np.zeros(self.size, dtype=np.float32)
        posting = self.postings.get(token)
        if posting is not None:
            credits[posting[0]] = posting[1]
        return credits


def capitalised_after(text: str, cues: frozenset[str]) -> frozenset[str]:
    """Return the lowercased capitalised words that directly follow one of ``cues`` in ``text``."""
    words = _WORD.findall(text)
    found = set()
    for previous, word in itertools.pairwise(words):
        if previous.casefold() in cues and word[0].isupper():
            found.add(normalize(word).split("-")[0].removesuffix("'s"))
    return frozenset(found)


def is_proper_name(text: str, lexicon: Lexicon = LEXICON) -> bool:
    """Tell whether every word of a phrase is capitalised ("Mumbai-Ahmedabad High Speed Rail")."""
    words = [w for w in _WORD.findall(text) if w.casefold() not in lexicon.ignored]
    return len(words) > 1 and all(w[0].isupper() for w in words)
