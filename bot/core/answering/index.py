"""The matcher's index over one knowledge base: glossary concepts, fact profiles, postings and word weights.

The index is compiled per knowledge file (each fact's profile: the credit of each token, its figures, the
kinds of answer it gives) and then merged (the word senses and glossary of the whole base, the postings from
tokens to facts, the word weights). Both are kept in the compiled cache (``bot.core.knowledge.cache``): a
start with unchanged files loads the merged index; after a change, only the files whose profiles could differ
are compiled again. A file's profiles depend on the rest of the base only through the senses of the words it
uses and the glossary entries that apply to it; both are recorded with it and compared before it is reused.
When one file's profiles changed, the last merged index of files of these names is merged again with that file
alone (``Compiler._merge_from_last``), which gives what merging every file gives.

Postings and weights are kept compact (token ids, float32 credits, float64 weights in numpy arrays, memory-
mapped when loaded), and a fact's profile is decoded from its compiled form only when a question needs it.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import itertools
import json
import logging
import math
import operator
import re
import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from sys import intern
from typing import Any, Protocol, TypeVar, overload

import numpy as np
import numpy.typing as npt
import orjson
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.core.answering.entities import Gazetteer, default_gazetteer
from bot.core.answering.roles import RoleReading, read_roles
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS, Thresholds
from bot.core.answering.wording import counts_in_text, event_kinds
from bot.core.knowledge.base import FilePart, KnowledgeBase, PackedTokens, SourcedFact
from bot.core.knowledge.cache import (
    CacheEntry,
    CacheFormatError,
    CompiledCache,
    NoCache,
    digest_of,
    entry_bytes,
    release_pages,
)
from bot.core.knowledge.collector import without_collection
from bot.core.knowledge.schema import GlossaryEntry, Section, Source
from bot.core.knowledge.workers import LARGE_COMPILE_FACTS, map_forked, worth_forking
from bot.core.language.lexicon import LEXICON, Lexicon
from bot.core.language.memo import BoundedMemo
from bot.core.language.senses import (
    LEMMA_LANGUAGE,
    Senses,
    SortedDictionary,
    SplitStems,
    dictionary_word,
    keep_lemma_dictionary,
    lemma,
    lemma_dictionary_in_full,
    lemmas_by_stem,
    word_of,
)
from bot.core.language.sounds import sound_key
from bot.core.language.text import is_number, normalize, stem, tokenize

log = logging.getLogger(__name__)

#: Glossary concepts are index tokens of their own, told apart from words by this prefix.
CONCEPT_PREFIX = "~"
#: Relations ("export", with all its words: ships, sells, imports...) are index tokens of their own too.
RELATION_PREFIX = "@"
#: So are names of the world, whatever their spelling ("US", "USA", "America" -> "$United States").
ENTITY_PREFIX = "$"
#: Index tokens of the kinds of names a fact names ("^prefecture" for a fact naming Ehime), so the word
#: "prefecture" in a question is covered by a fact that names one without using the word.
KIND_PREFIX_TOKEN = "^"
#: The kind of name each gazetteer kind answers (a named place answers "which city").
GAZETTEER_KINDS = {
    "prefecture": "prefecture",
    "state": "state",
    "country": "country",
    "place": "city",
    "region": "region",
}

_YEAR = re.compile(r"\b(1[89]|20)\d{2}\b")
#: A decimal, or a figure of three digits or more: a year or a sum, never part of a name ("Chandrayaan 5").
_BIG_FIGURE = re.compile(r"\d+\.\d|\d{3,}")
#: A figure that is a quantity: not part of a name ("2+2", "G4", "Chandrayaan 5") and not a year.
_QUANTITY = re.compile(r"(?<![\w+-])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?(?![\w+-])")
#: A currency written before a sum ("US$", "₹", "Rs."), as a pattern.
CURRENCY = r"(?:US\$|\$|₹|\bRs\.?|\bINR\b|\bUSD\b|€|¥)"
_MONEY = re.compile(
    CURRENCY + r"\s?\d|\d[\d.,]*\s?(?:billion|million|crore|lakh|trillion)?\s?"
    r"(?:dollars?|rupees?|yen|euros?)\b",
    re.IGNORECASE,
)
_LENGTH = re.compile(r"\d[\d.,]*\s?(?:km|kms|kilomet(?:re|er)s?|miles?|metres?|meters?)\b", re.IGNORECASE)
#: An area: "7,777 sq km", "300 hectares".
_AREA = re.compile(r"\d[\d.,]*\s?(?:sq\.?\s?(?:km|kms|miles?)|square\s\w+|hectares?|acres?)\b", re.IGNORECASE)
#: How long something lasts: "a 10-year plan", "runs for 10 years", "the next decade".
_DURATION = re.compile(
    r"\b\d+[- ](?:year|month|week|day|hour|minute|min)s?\b|\bdecades?\b"
    r"|\b(?:runs?|lasts?|spans?) (?:for|till|until)\b",
    re.IGNORECASE,
)
#: A day or a month: "04 Oct 2025", "in October 2025", "on 1 April" (a bare "may" is a verb, so not alone).
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t|tember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH = re.compile(
    rf"\b{_MONTHS}\.?\s+\d{{1,4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS}|may)\b|\bmay\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_SPEED = re.compile(r"\d[\d.,]*\s?(?:km/h|kmph|km per hour|mph)\b", re.IGNORECASE)
_PERCENT = re.compile(r"\d\s?(?:%|per ?cent)", re.IGNORECASE)
#: A quoted title in an answer ('Japan's "Vision of a Free and Open Indo-Pacific"'): the names inside are its words.
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{1,200})[\"\u201d]")
_PURPOSE = re.compile(
    r"\b(?:aims?|aimed|purpose|objectives?|goals?|intended|meant to|meant for|in order to|so as to|so that)\b"
    r"|\bto (?!the\b|a\b|an\b|its\b|their\b)[a-z]{3,}"
    # "To aid African development, India and Japan ...": a sentence opening with its purpose.
    r"|(?:^|[.;:]\s+)To [a-z]{3,}"
)
#: ("since" before a year is a time, not a cause: "in force since 2011".)
_REASON = re.compile(
    r"\b(?:because|due to|owing to|on account of|as a result|in response to|since(?!\s+\d)|given that|amid)\b",
    re.IGNORECASE,
)
_HEADQUARTERS = re.compile(r"\bheadquarter\w*|\bbased (?:in|at)\b|\bseat of\b", re.IGNORECASE)
_CONTENTS = re.compile(
    r"\b(?:includ(?:es?|ed|ing)|cover(?:s|ed|ing)?|compris(?:es?|ed)|consists? of|contain(?:s|ed)?|such as|namely|"
    # "Security ties rest on the 2025 declaration, the 2015 pacts, ...": what they are made of; "is illustrated by
    # the MAHSR project, alongside the Act East Forum": what it is made of, by its examples.
    r"rests? on|built on|illustrated by|exemplified by|for example|for instance)\b|:"
)
#: Where a list splits into its items.
_LIST_ITEMS = re.compile(r"[,;:]|\band\b|\bplus\b")
#: A list of three or more items ("a, b and c"): ``\w[^,;.]*,\s*\w[^,;.]*(?:,|\band\b)\s*\w``, tried only at the start
#: of each stretch between commas, semicolons and full stops. Where that pattern starts at any word of a stretch, it
#: starts at the stretch's first word too (what follows depends only on the comma ending it), so both find a list in
#: the same answers; tried at every word, it read each stretch again from every word (a tenth of ``gives``).
_LIST = re.compile(r"(?:^|(?<=[,;.]))[^\w,;.]*\w[^,;.]*+,\s*\w[^,;.]*(?:,|\band\b)\s*\w")
#: An answer that says what was before something ("until 2014 the ties were ...", "previously called ...").
_EARLIER = re.compile(r"\b(?:before|prior to|previously|formerly|earlier|until|till)\b", re.IGNORECASE)
#: An answer that says how much something changed ("trade rose by 10%", "doubled", "an increase of ...").
_CHANGE = re.compile(
    r"\b(?:increase[sd]?|increasing|rose|risen|rises|grew|grown|growth|jump(?:ed|s)?|boost(?:ed|s)?|doubled|"
    r"tripled|halved|declin(?:e|ed|es|ing)|fell|fallen|drop(?:ped|s)?|up by|down by)\b",
    re.IGNORECASE,
)
#: An answer that says how something is done ("through the forum", "by building ...", "via ...").
_MEANS = re.compile(
    r"\b(?:through|via|by means of|by \w+ing|using|with the help of|uses? (?:\S+ ){1,3}to)\b", re.IGNORECASE
)
#: An answer that says what a thing brings ("benefits", "helps", "gains").
_BENEFIT = re.compile(r"\b(?:benefit\w*|advantage\w*|help(?:s|ed|ing)?|gain(?:s|ed)?)\b", re.IGNORECASE)
#: An answer that gives a view or advice ("argues", "calls for", "should").
_OPINION = re.compile(
    r"\b(?:argues?|argued|believes?|view(?:s|ed)? (?:it|this|that|as)|sees? it|regards?|calls? for|urges?|should)\b",
    re.IGNORECASE,
)
#: An answer that looks ahead: a plan, a target, what comes next or will be ("a 10-year plan", "the next decade").
#: Not a name's word: "Next-Generation Mobility" is of today, Japan's "Vision of a Free and Open Indo-Pacific" a policy.
_FUTURE = re.compile(
    r"\b(?:will|shall|next(?![-\u2010\u2011])|future|upcoming|forthcoming|plan(?:s|ned)?|decade|roadmap|"
    r"target(?:s|ed)?|going to|set to|expected to|due to be|to be completed|vision)\b",
    re.IGNORECASE,
)
#: Every pattern of ``gives`` but the purpose, headquarters, contents and earlier ones needs a figure: one of these.
_DIGIT = re.compile(r"\d")
_RANK = re.compile(
    r"\b(?:largest|biggest|smallest|highest|lowest|greatest|most|least|top|leading|flagship|primary|main|chief|"
    r"principal|foremost|first)\b",
    re.IGNORECASE,
)
_CAPITAL = re.compile(r"\bcapital\b", re.IGNORECASE)
#: An armed service named: "the German Air Force", "a naval exercise", "the Indian Army".
_SERVICE = re.compile(r"\b(?:navy|navies|naval|army|armies|air ?forces?|coast guard)\b", re.IGNORECASE)
#: What a thing is famous for: "known for its ...", "famous for", "renowned for".
_REPUTATION = re.compile(r"\b(?:known|famous|famed|renowned|noted|popular) for\b", re.IGNORECASE)
#: How often something happens: "twice a year", "every month", "annually", "each year".
_FREQUENCY = re.compile(
    r"\b(?:once|twice|\w+ times)\s+(?:a|an|per|each|every)\b|\b(?:every|each)\s+(?:\w+\s+)?"
    r"(?:day|week|month|year|quarter|decade)s?\b|\b(?:daily|weekly|monthly|yearly|annually|annual|biennial|"
    r"biennially|regularly|periodically)\b",
    re.IGNORECASE,
)
_POPULATION = re.compile(r"\bpopulation\b.*\d|\d.*\bpopulation\b", re.IGNORECASE)
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
    #: (name, kind) of every name of the world the fact mentions ("Ehime", "prefecture").
    named_kinds: frozenset[tuple[str, str]] = frozenset()
    #: Kinds of names the fact calls by their kind word ("the German state of ..." -> state).
    type_words: frozenset[str] = frozenset()
    #: Canonical names of the world the fact mentions (its article's partners included).
    entities: frozenset[str] = frozenset()
    #: The names in the article's title ("India", "Japan" for "India-Japan Partnership").
    partners: frozenset[str] = frozenset()
    #: The countries and organisations the fact names (members of a grouping can only be these).
    members: frozenset[str] = frozenset()
    #: Directed relations the fact states (declared in the file, or read from the answer).
    roles: tuple[RoleReading, ...] = ()
    #: Attributes the answer gives ("cost", "purpose", "percent"...).
    gives: frozenset[str] = frozenset()
    #: Attributes the knowledge file declares the fact gives, whatever its wording.
    declared: frozenset[str] = frozenset()
    #: Glossary concepts whose expansion the answer spells out (it gives their full form).
    expansions: frozenset[str] = frozenset()
    #: The fact only names its subject; it does not describe it.
    names_only: bool = False
    #: Named things the fact only lists among others ("... an AI initiative, a Sustainable Fuel Initiative and
    #: an SMEs Forum"): it names them without describing any.
    listed: frozenset[str] = frozenset()
    #: Every word of the names the fact only lists ("ai", "initiative" ...), for names asked in other words.
    listed_words: frozenset[str] = frozenset()
    #: Years the fact ties to a named thing ("the 2025 Joint Declaration", "CEPA ... in 2011").
    dates: tuple[tuple[str, str], ...] = ()
    #: The answer says something is not so ("India has not signed the NPT").
    negative: bool = False
    #: The words the answer negates ("sign" in "has not signed"): a question asserting them is corrected.
    negated: frozenset[str] = frozenset()
    #: The kinds of event the answer names ("came into effect": start), read when compiled: a "when" question
    #: weighs them for every candidate, which would otherwise read each candidate's answer from the cache.
    events: frozenset[str] = frozenset()
    #: What each figure of the answer counts ("eight lines of effort": ("8", {"line"})), in the answer's order.
    counts: tuple[tuple[str, frozenset[str]], ...] = ()
    #: The answer gives a figure or a number word that is not part of a name (the 5 of "Chandrayaan 5" is).
    gives_figures: bool = False
    #: The fact is about its article as a document: its question names the article and what it says is the
    #: document's (posted, updated, tags), unlike "what is the article's gist?".
    about_document: bool = False


#: Read a text with every article's glossary (a member's question may be about any article).
ANY_ARTICLE = "*"


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
    #: Concepts whose term is a name ("CEPA", "Tamil Nadu", "2+2"), as opposed to general synonyms ("set up").
    named: set[str] = field(default_factory=set)
    #: The article a concept belongs to (None: shared by all). A fact is read with its own article's concepts
    #: and the shared ones only, so another article's glossary never changes how it is indexed.
    scope: dict[str, str | None] = field(default_factory=dict)
    #: Each concept's label (its term) tokenised, read once when the index is compiled.
    label_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Each concept's variants, gathered from ``concepts`` when first asked for (see ``variants``).
    _variants: dict[str, tuple[tuple[str, ...], ...]] | None = field(default=None, repr=False, compare=False)
    #: The named concepts by the first word of their label, gathered when first asked for.
    _by_first_word: dict[str, tuple[str, ...]] | None = field(default=None, repr=False, compare=False)
    #: The word stems of each named concept's spellings together, gathered when first asked for.
    _name_bags: tuple[tuple[frozenset[str], ...], dict[str, list[int]]] | None = field(
        default=None, repr=False, compare=False
    )
    #: The named concepts in the order of ``_name_bags`` (its positions), gathered with it.
    _bagged_names: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def variants(self, concept: str) -> tuple[tuple[str, ...], ...]:
        """Return a concept's variants as stemmed token sequences."""
        if self._variants is None:
            # Few questions need it, so it is gathered once, on first use, rather than kept by every compile.
            found: dict[str, list[tuple[str, ...]]] = {}
            for phrase, owners in self.concepts.items():
                for owner in owners:
                    found.setdefault(owner, []).append(phrase)
            self._variants = {owner: tuple(phrases) for owner, phrases in found.items()}
        return self._variants.get(concept, ())

    def named_by_first_word(self, word: str) -> tuple[str, ...]:
        """Return the named concepts whose label starts with a word (gathered once, on first use)."""
        if self._by_first_word is None:
            found: dict[str, list[str]] = {}
            for concept in self.named:
                words = self.label_words.get(concept, ())
                if words:
                    found.setdefault(words[0], []).append(concept)
            self._by_first_word = {first: tuple(concepts) for first, concepts in found.items()}
        return self._by_first_word.get(word, ())

    def word_keys(self, word: str) -> frozenset[str]:
        """Return a word's stem with the one-word concepts it spells ("defenc" and "defens" share one)."""
        return frozenset((word, *self.concepts.get((word,), ())))

    def knows_name(self, keys: Sequence[frozenset[str]]) -> bool:
        """Tell whether one named concept's spellings hold every word of a name, each word given by its keys
        (``word_keys``): "Security Dialogue" is in QUAD's "Quadrilateral Security Dialogue"."""
        bags, holding = self._name_bags_by_key()
        if not keys:
            return False
        # Only the names holding the rarest word are read (a large base has thousands of names).
        rarest = min(keys, key=lambda k: sum(len(holding.get(key, ())) for key in k))
        first = {i for k in rarest for i in holding.get(k, ())}
        return any(all(k & bags[i] for k in keys) for i in first)

    def knows_written(
        self, keys: Sequence[frozenset[str]], ends_in_kind: bool, kinds: frozenset[str] = frozenset()
    ) -> bool:
        """Tell whether a written name is one of the base's: all its words one name's, or, when it ends in a kind of
        thing ("the MAHSR Project"), all the words before the kind, one word only if it is a name by itself
        ("Maritime Dialogue" is no name), and not a name that has its own kind there ("the Economic Security
        Council" puts a council where the Economic Security Initiative has its initiative; ``kinds``: the kind
        words' stems)."""
        if self.knows_name(keys):
            return True
        before = keys[:-1] if ends_in_kind else []
        if len(before) > 1:
            return self.knows_name(before) and not self._kind_replaced(before, kinds)
        return bool(before) and not self.named.isdisjoint(before[0])

    def _kind_replaced(self, before: Sequence[frozenset[str]], kinds: frozenset[str]) -> bool:
        """Tell whether the words before a written kind run on, in every name spelling them in a row, into another
        kind word of that name (and in none ends there or goes on with no kind)."""
        size = len(before)
        replaced = False
        # Only the names holding the rarest word are read, as ``knows_name`` reads them (a large base has thousands).
        holding = self._name_bags_by_key()[1]
        rarest = min(before, key=lambda k: sum(len(holding.get(key, ())) for key in k))
        for position in sorted({i for k in rarest for i in holding.get(k, ())}):
            for variant in self.variants(self._bagged_names[position]):
                for i in range(len(variant) - size + 1):
                    if not all(variant[i + j] in before[j] for j in range(size)):
                        continue
                    after = variant[i + size] if i + size < len(variant) else ""
                    if after and after in kinds:
                        replaced = True
                    else:
                        return False
        return replaced

    def in_some_name(self, word: str) -> bool:
        """Tell whether a word stem is one of a named concept's words ("secur" of the Economic Security Initiative)."""
        holding = self._name_bags_by_key()[1]
        return any(k in holding for k in self.word_keys(word))

    def _name_bags_by_key(self) -> tuple[tuple[frozenset[str], ...], dict[str, list[int]]]:
        """Return each named concept's word keys together, and for each key the concepts (by position) holding it."""
        # (Both are gathered together: a glossary kept from before the order was kept gathers them again.)
        if self._name_bags is None or len(self._bagged_names) != len(self._name_bags[0]):
            # A stem may carry its sense ("resili#resilience"); a written name's words are plain stems.
            self._bagged_names = tuple(concept for concept in sorted(self.named) if concept in self.bags)
            bags = tuple(
                frozenset().union(*(self.word_keys(s.partition("#")[0]) for s in self.bags[concept]))
                for concept in self._bagged_names
            )
            holding: dict[str, list[int]] = {}
            for i, bag in enumerate(bags):
                for key in bag:
                    holding.setdefault(key, []).append(i)
            self._name_bags = (bags, holding)
        return self._name_bags

    def add(self, phrase: tuple[str, ...], concept: str) -> None:
        """Register one variant of a concept (and its adjacent word pairs, to spot partial mentions)."""
        self._variants = None
        self._by_first_word = None
        self._name_bags = None
        self.pairs.update(itertools.pairwise(phrase))
        bucket = self.concepts.setdefault(phrase, [])
        if concept not in bucket:
            bucket.append(concept)
        lengths = self.lengths.setdefault(phrase[0], [])
        if len(phrase) not in lengths:
            lengths.append(len(phrase))
            lengths.sort(reverse=True)

    def _at(self, stems: Sequence[str], i: int, article: str | None = ANY_ARTICLE) -> list[tuple[int, str]]:
        found = []
        for length in self.lengths.get(stems[i], ()):
            if i + length > len(stems):
                continue
            for concept in self.concepts.get(tuple(stems[i : i + length]), ()):
                if article == ANY_ARTICLE or self.scope.get(concept) in (None, article):
                    found.append((i + length, concept))
        return found

    def find_all(self, stems: Sequence[str], article: str | None = ANY_ARTICLE) -> list[tuple[int, int, str]]:
        """Return every (start, end, concept) span, overlapping ones included ("India-Japan" and "India")."""
        starts = self.lengths
        return [
            (i, end, concept)
            for i in range(len(stems))
            if stems[i] in starts
            for end, concept in self._at(stems, i, article)
        ]

    def find(self, stems: Sequence[str], article: str | None = ANY_ARTICLE) -> list[tuple[int, int, str]]:
        """Return (start, end, concept) spans, longest first at each position, without overlaps."""
        spans: list[tuple[int, int, str]] = []
        # Most words start no term: they are skipped without a call (every fact's answer is read this way).
        starts = self.lengths
        i = 0
        while i < len(stems):
            if stems[i] not in starts:
                i += 1
                continue
            found = self._at(stems, i, article)
            if not found:
                i += 1
                continue
            end, concept = found[0]
            spans.append((i, end, concept))
            i = end
        return spans

    @classmethod
    def build(cls, base: KnowledgeBase, senses: Senses, lexicon: Lexicon) -> Glossary:
        """Index every glossary entry of a base as one concept with all its spellings."""
        plan = glossary_plan(base.glossary, base.glossary_scopes, None, senses, lexicon)
        return cls.from_plan(plan, [tuple(tokenize(entry.term)) for entry in base.glossary])

    @classmethod
    def from_plan(cls, plan: Sequence[ConceptPlan], label_words: Sequence[Sequence[str]] = ()) -> Glossary:
        """Index the concepts of a plan (``glossary_plan``), in order (``label_words``: each label tokenised)."""
        columns = plan if isinstance(plan, ColumnPlan) else ColumnPlan.of(plan)
        glossary = cls()
        # What ``add`` does for each spelling, with its length lists made once at the end (a base can hold tens of
        # thousands of entries; this runs at every start). The per-concept mappings are made in one pass each (in
        # plan order, as assigning them one by one would), the spellings in one loop over the plan's columns.
        known_words = len(label_words)
        names_of, labels = columns.concepts, columns.labels
        glossary.labels = dict(zip(names_of, labels, strict=True))
        glossary.label_words = dict(
            zip(
                names_of,
                [
                    tuple(label_words[position]) if position < known_words else tuple(tokenize(labels[position]))
                    for position in range(len(names_of))
                ],
                strict=True,
            )
        )
        glossary.scope = dict(zip(names_of, columns.scopes, strict=True))
        glossary.named = {concept for concept, named in zip(names_of, columns.named, strict=True) if named}
        concepts, bags = glossary.concepts, glossary.bags
        single_words, names = glossary.single_words, glossary.names
        spellings, proper = columns.spellings(), columns.proper
        phrases: list[tuple[str, ...]] = []
        at = 0
        for concept, count in zip(names_of, columns.counts, strict=True):
            # Most entries have one spelling: its stems are the bag.
            bag: set[str] | tuple[str, ...] = spellings[at] if count == 1 else set()
            for k in range(at, at + count):
                stems = spellings[k]
                if isinstance(bag, set):
                    bag.update(stems)
                if len(stems) == 1:
                    single_words.add(stems[0])
                else:
                    if proper[k]:
                        names.add(stems)
                    phrases.append(stems)
                bucket = concepts.get(stems)
                if bucket is None:
                    concepts[stems] = [concept]
                elif concept not in bucket:
                    bucket.append(concept)
            at += count
            bags[concept] = frozenset(bag)
        glossary.pairs.update(itertools.chain.from_iterable(map(itertools.pairwise, phrases)))
        # Each first token's phrase lengths, longest first: from the distinct phrases, in the order they first came.
        lengths = glossary.lengths
        for stems in concepts:
            found = lengths.get(stems[0])
            if found is None:
                lengths[stems[0]] = [len(stems)]
            elif len(stems) not in found:
                found.append(len(stems))
                found.sort(reverse=True)
        return glossary


#: One glossary entry as the index reads it: its concept token, label (the term), article (None: shared),
#: whether its term is a name, and each spelling's stems with whether the spelling is a proper name.
ConceptPlan = tuple[str, str, str | None, bool, tuple[tuple[tuple[str, ...], bool], ...]]


class ColumnPlan(Sequence[ConceptPlan]):
    """A glossary plan as columns (each entry's concept, label, article, whether it is a name, its spellings' count;
    each spelling's stems and whether it is a proper name), an entry made as a ``ConceptPlan`` when asked.

    The merged index keeps its plan so (``MergedIndex.entry``): a start that reads it from the cache makes the
    glossary from the columns, and asks for few entries themselves (a changed file's, the shared glossary's).
    """

    def __init__(
        self,
        concepts: list[str],
        labels: list[str],
        scopes: list[str | None],
        named: list[bool],
        counts: list[int],
        stems: list[str] | list[tuple[str, ...]],
        proper: list[bool],
    ) -> None:
        size = len(concepts)
        if not (len(labels) == len(scopes) == len(named) == len(counts) == size) or any(n < 0 for n in counts):
            raise ValueError("the plan's columns do not match")
        if not sum(counts) == len(stems) == len(proper):
            raise ValueError("the plan's spellings do not match")
        self.concepts, self.labels, self.scopes, self.named, self.counts = concepts, labels, scopes, named, counts
        self.proper = proper
        #: Each spelling's stems: as tuples, or as lines of stems joined by spaces made tuples when first needed.
        self._spellings: list[tuple[str, ...]] | None = None
        self._lines: list[str] | None = None
        if stems and isinstance(stems[0], str):
            self._lines = [line for line in stems if isinstance(line, str)]
        else:
            self._spellings = [spelling for spelling in stems if isinstance(spelling, tuple)]
        if len(self._lines if self._lines is not None else self._spellings or []) != len(stems):
            raise ValueError("the plan's spellings are not all of one kind")
        self._starts: list[int] | None = None

    @classmethod
    def of(cls, plan: Sequence[ConceptPlan]) -> ColumnPlan:
        """Return a plan of entries as columns."""
        variants = [spelling for *_entry, spellings in plan for spelling in spellings]
        return cls(
            [entry[0] for entry in plan],
            [entry[1] for entry in plan],
            [entry[2] for entry in plan],
            [entry[3] for entry in plan],
            [len(entry[4]) for entry in plan],
            [stems for stems, _proper in variants],
            [proper for _stems, proper in variants],
        )

    def spellings(self) -> list[tuple[str, ...]]:
        """Return each spelling's stems, in plan order."""
        if self._spellings is None:
            self._spellings = [tuple(line.split(" ")) for line in self._lines or ()]
        return self._spellings

    def stem_lines(self) -> list[str] | None:
        """Return each spelling's stems joined by spaces (None if a stem is empty or holds a space or a line break)."""
        if self._lines is not None:
            return self._lines
        spellings = self.spellings()
        if not all(
            spelling and all(stem and " " not in stem and "\n" not in stem for stem in spelling)
            for spelling in spellings
        ):
            return None
        return [" ".join(spelling) for spelling in spellings]

    def _entry(self, position: int) -> ConceptPlan:
        starts = self._starts
        if starts is None:
            starts = self._starts = [0, *itertools.accumulate(self.counts)]
        spellings, proper = self.spellings(), self.proper
        first, last = starts[position], starts[position + 1]
        variants = tuple((spellings[k], proper[k]) for k in range(first, last))
        return (self.concepts[position], self.labels[position], self.scopes[position], self.named[position], variants)

    def __len__(self) -> int:
        return len(self.concepts)

    @overload
    def __getitem__(self, position: int) -> ConceptPlan: ...

    @overload
    def __getitem__(self, position: slice) -> list[ConceptPlan]: ...

    def __getitem__(self, position: int | slice) -> ConceptPlan | list[ConceptPlan]:
        if isinstance(position, slice):
            return [self._entry(k) for k in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError("plan position out of range")
        return self._entry(position)

    def __iter__(self) -> Iterator[ConceptPlan]:
        return (self._entry(k) for k in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]


def concept_token(scope: str | None, number: int) -> str:
    """Return the token of an article's (or the shared glossary's) ``number``-th entry.

    Concepts are numbered within their article, so that one article's glossary never renames another's
    concepts: a file's compiled profiles stay valid whatever the other files hold.
    """
    return f"{CONCEPT_PREFIX}{scope or ''}:{number}"


#: A glossary entry as the index reads it, before its concept token is known (see ``ConceptPlan``).
EntryPlan = tuple[str, str | None, bool, tuple[tuple[tuple[str, ...], bool], ...]]


def entry_plans(
    entries: Sequence[GlossaryEntry],
    scopes: Sequence[str | None],
    tokens: Sequence[Sequence[Sequence[str]]] | None,
    token: Callable[[str], str],
    lexicon: Lexicon,
) -> list[EntryPlan]:
    """Read glossary entries: their label, article, whether the term is a name, and each spelling's stems."""
    plans: list[EntryPlan] = []
    for index, (entry, scope) in enumerate(zip(entries, scopes, strict=True)):
        known = tokens[index] if tokens is not None else None
        variants: list[tuple[tuple[str, ...], bool]] = []
        for position, variant in enumerate(entry.variants):
            words = known[position] if known is not None else tokenize(variant)
            stems = tuple(token(w) for w in words if w not in lexicon.ignored)
            stems = stems or tuple(token(w) for w in words)
            if len(stems) == 1 and variant.isupper():
                # An all-capitals abbreviation that is also a function word ("UP", "US").
                stems = (token(variant.casefold()),)
            if not stems:
                continue
            variants.append((stems, len(stems) > 1 and is_proper_name(variant)))
        named = entry.term[:1].isupper() or any(ch.isdigit() for ch in entry.term)
        plans.append((entry.term, scope, named, tuple(variants)))
    return plans


def named_plan(plans: Iterable[EntryPlan]) -> list[ConceptPlan]:
    """Give each entry its concept token: its article and its number among that article's entries."""
    numbers: dict[str | None, int] = {}
    named: list[ConceptPlan] = []
    for label, scope, is_name, variants in plans:
        number = numbers[scope] = numbers.get(scope, -1) + 1
        named.append((concept_token(scope, number), label, scope, is_name, variants))
    return named


def glossary_plan(
    entries: Sequence[GlossaryEntry],
    scopes: Sequence[str | None],
    tokens: Sequence[Sequence[Sequence[str]]] | None,
    senses: Senses | Callable[[str], str],
    lexicon: Lexicon,
) -> list[ConceptPlan]:
    """Read every glossary entry: its concept token and its spellings' stems (``tokens``: each spelling's, if known)."""
    token = senses.token if isinstance(senses, Senses) else senses
    return named_plan(entry_plans(entries, scopes, tokens, token, lexicon))


def zipf_frequency(word: str, lang: str, wordlist: str = "best") -> float:
    """Return wordfreq's frequency of a word on the Zipf scale (wordfreq is imported when first needed)."""
    # Importing wordfreq takes a tenth of a second, and most questions of a `studybot ask` never need it.
    from wordfreq import zipf_frequency as frequency

    return float(frequency(word, lang, wordlist=wordlist))


def load_word_lists() -> None:
    """Load wordfreq's lists now, not at the first typo a member makes.

    Loading them takes a tenth of a second of C code that holds the GIL, which would stall the event loop.
    """
    for wordlist in ("small", "large"):
        zipf_frequency("the", "en", wordlist=wordlist)


def load_word_data() -> None:
    """Load wordfreq's lists and the lemmatiser's dictionary now, not at the first question that needs them.

    Each takes a fraction of a second of code holding the GIL: the bot calls this off the event loop as it starts,
    so a member's first typo or new word does not stall the loop. `studybot ask` leaves them to the first word
    needing them (most questions need neither when the index comes from the cache).
    """
    load_word_lists()
    lemma_dictionary_in_full()


@lru_cache(maxsize=1 << 18)
def zipf(word: str) -> float:
    """Return how common a word (or its plain form) is in English, on the Zipf scale."""
    forms = {word}
    for suffix, shortest in (("s", 3), ("es", 3), ("ed", 3), ("ing", 3), ("ly", 4)):
        # "quickly" is "quick" + "ly", but "suply" (a typo of "supply") is no "sup" + "ly".
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
            forms.add(word[: -len(suffix)])
    return max(map(small_zipf, forms))


class WordFrequencyStore(Protocol):
    """Where wordfreq's small English list, as the Zipf value of each of its plain words, is kept between processes.

    Importing wordfreq and reading its list take a tenth of a second; a start that compiles a file with a few new
    words needs nothing else of it.
    """

    def load(self) -> dict[str, float] | None:
        """Return the list kept before, or None (then wordfreq answers, and the list is kept for the next process)."""

    def store(self) -> None:
        """Keep the list for the next process (made from wordfreq when it is written)."""


_frequency_store: WordFrequencyStore | None = None


def keep_word_frequencies(store: WordFrequencyStore | None) -> None:
    """Read wordfreq's small English list from ``store`` when a word's frequency is first needed.

    The values are the same either way: the list kept is wordfreq's own answers (``small_frequencies``).
    """
    global _frequency_store
    _frequency_store = store
    _small_list.cache_clear()


@lru_cache(maxsize=1)
def _small_list() -> dict[str, float] | None:
    store = _frequency_store
    if store is None:
        return None
    found = store.load()
    if found is None:
        store.store()
    return found


def _plain_word(word: str) -> bool:
    """Tell whether wordfreq reads a word as itself, one token (lowercase ASCII letters only)."""
    return word.isascii() and word.isalpha() and word.islower()


def small_zipf(word: str) -> float:
    """Return ``zipf_frequency(word, "en", wordlist="small")``: from the list kept when it is there.

    wordfreq reads a word of lowercase ASCII letters as one token, itself, and gives a token its list does not
    hold a frequency of 0 on the Zipf scale: for such a word, the list's value, or 0.
    """
    if _plain_word(word):
        listed = _small_list()
        if listed is not None:
            return listed.get(word, 0.0)
    return zipf_frequency(word, "en", wordlist="small")


def small_frequencies() -> dict[str, float]:
    """Return wordfreq's Zipf value of every plain word of its small English list (``small_zipf``)."""
    from wordfreq import get_frequency_dict

    listed = get_frequency_dict("en", "small")
    return {word: zipf_frequency(word, "en", "small") for word in listed if _plain_word(word)}


#: Cache entry kinds: one file's compiled profiles, and the merged index of a whole base.
PART_KIND = "ixpart"
BASE_KIND = "ixbase"
#: The cache entry kind naming, for the names of a base's files, the key of the last index merged for them: when
#: one file changed, the index is merged again from that one (``Compiler._merge_from_last``).
LAST_KIND = "ixlast"
#: The cache entry kind naming, per file name, the key of the last compiled form of a file of that name: when
#: a file changes, its unchanged facts' profiles are taken from its previous version instead of being compiled.
NAME_KIND = "ixname"

#: The cache entry kind keeping the lemmatiser's dictionary decoded (keyed by its language; the cache's code
#: version covers the lemmatiser's).
LEMMA_KIND = "lemmas"

#: The cache entry kind keeping wordfreq's small English list (``CachedWordFrequencies``), and its key (the cache's
#: code version covers wordfreq's).
FREQUENCY_KIND = "zipf"
FREQUENCY_LIST = "en-small"

Fields = list[tuple[list[str], float, str]]


class CachedWordFrequencies:
    """wordfreq's small English list kept in the compiled cache (``keep_word_frequencies``)."""

    def __init__(self, cache: CompiledCache) -> None:
        self._cache = cache

    def load(self) -> dict[str, float] | None:
        """Return the list kept, or None if it is not there or does not hold together."""
        entry = self._cache.load(FREQUENCY_KIND, FREQUENCY_LIST)
        if entry is None:
            return None
        count = entry.meta.get("count")
        try:
            words = _unlines(entry.arrays["words"].tobytes().decode("utf-8"))
            values = entry.arrays["values"].astype(np.float64, copy=False).tolist()
        except (KeyError, UnicodeDecodeError):
            words, values = [], []
        found = dict(zip(words, values, strict=False))
        if count != len(found) or len(words) != count or len(values) != count or not all(map(_plain_word, found)):
            log.warning("Ignoring wordfreq's list in the cache (it does not hold together)")
            return None
        return found

    def store(self) -> None:
        """Keep the list (made from wordfreq in the cache's own time)."""
        self._cache.store(FREQUENCY_KIND, FREQUENCY_LIST, lambda: word_frequencies_entry(small_frequencies()))


def word_frequencies_entry(frequencies: Mapping[str, float]) -> CacheEntry:
    """Return the cache entry of a list of plain words (``small_frequencies``): the words as lines, their values."""
    return CacheEntry(
        {"count": len(frequencies)},
        {
            "words": np.frombuffer(_lines(list(frequencies)).encode("utf-8"), dtype=np.uint8),
            "values": np.asarray(list(frequencies.values()), dtype=np.float64),
        },
    )


class CachedLemmaDictionary:
    """The lemmatiser's dictionary kept decoded in the compiled cache (``keep_lemma_dictionary``)."""

    def __init__(self, cache: CompiledCache) -> None:
        self._cache = cache

    def load(self) -> SortedDictionary | None:
        """Return the dictionary kept, or None if it is not there or does not hold together."""
        entry = self._cache.load(LEMMA_KIND, LEMMA_LANGUAGE)
        if entry is None:
            return None
        count = entry.meta.get("count")
        try:
            keys = entry.arrays["keys"].tobytes().split(b"\n") if count else []
            values = entry.arrays["values"].tobytes().split(b"\n") if count else []
        except KeyError:
            keys = values = []
        # Written in ascending order of the keys (``lemma_dictionary_entry``): strictly so, so no key is there twice.
        if (
            not isinstance(count, int)
            or len(keys) != count
            or len(values) != count
            or not all(map(operator.lt, keys, itertools.islice(keys, 1, None)))
        ):
            log.warning("Ignoring the lemmatiser's dictionary in the cache (it does not hold together)")
            return None
        return SortedDictionary(keys, values)

    def store(self, dictionary: dict[bytes, bytes]) -> None:
        """Keep the dictionary (written in the cache's own time)."""
        self._cache.store(LEMMA_KIND, LEMMA_LANGUAGE, lambda: lemma_dictionary_entry(dictionary))


def lemma_dictionary_entry(dictionary: Mapping[bytes, bytes]) -> CacheEntry:
    """Return the cache entry of a decoded dictionary: its keys (in ascending order) and values as lines.

    ValueError if a key or a value holds a line break.
    """
    ordered = sorted(dictionary.items())
    keys, values = b"\n".join(key for key, _value in ordered), b"\n".join(value for _key, value in ordered)
    if keys.count(b"\n") + values.count(b"\n") != 2 * max(len(dictionary) - 1, 0):
        raise ValueError("a word of the dictionary holds a line break")
    return CacheEntry(
        {"count": len(dictionary)},
        {"keys": np.frombuffer(keys, dtype=np.uint8), "values": np.frombuffer(values, dtype=np.uint8)},
    )


def numbers_beyond_names(
    tokens: Sequence[str], spans: Iterable[tuple[int, int, str]], named: Container[str]
) -> frozenset[str]:
    """Return the figures among an answer's words that are not part of a name (``spans``: its glossary terms).

    The 5 of "Chandrayaan 5" is part of a name, not a figure the fact gives; a year inside a name ("FY 2023-24")
    still dates it.
    """
    inside = {i for start, end, concept in spans if concept in named for i in range(start, end)}
    return frozenset(t for i, t in enumerate(tokens) if is_number(t) and (i not in inside or _YEAR.match(t)))


class FactIndex:
    """Postings from tokens to facts with credits, word weights, and the vocabulary for typo correction."""

    @without_collection
    def __init__(
        self,
        base: KnowledgeBase,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
        lexicon: Lexicon = LEXICON,
        gazetteer: Gazetteer | None = None,
        cache: CompiledCache | None = None,
    ) -> None:
        self.base = base
        self.thresholds = thresholds
        self.lexicon = lexicon
        self.gazetteer = gazetteer or default_gazetteer()
        #: The stems of the words for kinds of named things ("initiative", "dialogue").
        self.name_head_stems = frozenset(
            stem(w) for w in lexicon.words("name_heads") | lexicon.words("written_name_heads")
        )
        self.facts = base.facts
        self.size = len(base.facts)
        #: For each article id, a mask of its facts (a follow-up is answered within its question's article).
        self.article_masks: Mapping[str, npt.NDArray[np.bool_]] = ArticleMasks(base.parts, self.size)
        # Only the default language data and gazetteer are what the cache's code version describes.
        usable = cache is not None and lexicon is LEXICON and gazetteer is None and all(p.digest for p in base.parts)
        self._cache: CompiledCache = cache if cache is not None and usable else NoCache()
        self._settings = digest_of(repr(thresholds))
        self._token: Callable[[str], str] = str
        self._partners: dict[str, frozenset[str]] = {}
        #: Glossary expansions as written, and normalised per article (only compiling reads them).
        #: The glossary's plan, entry by entry as in ``base.glossary`` (only compiling reads it).
        self._plan: Sequence[ConceptPlan] = ()
        self._expansions: dict[str | None, dict[str, list[tuple[str, str]]]] = {}
        self._normalised: dict[str, str] = {}
        self._short_expansions: dict[str | None, list[tuple[str, str]]] = {}
        if not isinstance(self._cache, NoCache):
            # The lemmatiser's dictionary, when a word needs it, is read from the cache where it is kept decoded.
            keep_lemma_dictionary(CachedLemmaDictionary(self._cache))
            # So is wordfreq's list, when a new word's rarity needs it.
            keep_word_frequencies(CachedWordFrequencies(self._cache))
        if not self._load():
            Compiler(self).run()
        self._token = self.senses.token

    # ------------------------------------------------------------------ compiled form
    def part_key(self, part: FilePart) -> str:
        """Return the cache key of a file's compiled profiles (its content under these thresholds)."""
        return digest_of(part.digest, self._settings)

    def base_key(self) -> str:
        """Return the cache key of the merged index of this base."""
        return digest_of(self._settings, [(self.part_key(p), p.article) for p in self.base.parts])

    def _load(self) -> bool:
        """Adopt the merged index from the cache; False if it is not there (or cannot be used)."""
        if isinstance(self._cache, NoCache):
            return False
        entry = self._cache.load(BASE_KIND, self.base_key())
        if entry is None:
            return False
        try:
            merged = MergedIndex.from_entry(entry, len(self.base.parts), self.size)
            parts = []
            for part, made in zip(self.base.parts, merged.made, strict=True):
                found = self._cache.load(PART_KIND, self.part_key(part))
                if found is None:
                    return False
                compiled = CompiledPart.from_entry(found, len(part.facts))
                if compiled.made != made:
                    # The file was compiled again since, in another base (its words' senses differ there): its
                    # profiles no longer fit this merged index. Merging checks what still holds here.
                    log.info("The compiled profiles of %s were made in another base; merging again", part.name)
                    return False
                parts.append(compiled)
        except (CacheFormatError, KeyError, TypeError, ValueError) as exc:
            log.warning("Ignoring the compiled index in the cache (%s); building it again", exc)
            return False
        self.adopt(merged, parts)
        return True

    def adopt(
        self,
        merged: MergedIndex,
        parts: Sequence[CompiledPart],
        senses: Senses | None = None,
        glossary: Glossary | None = None,
    ) -> None:
        """Use a merged index and its files' compiled profiles (and the senses and glossary, if already made)."""
        self.senses = senses or Senses.from_stems(merged.by_stem, self.lexicon)
        self.glossary = glossary or Glossary.from_plan(merged.plan, merged.label_words)
        self.phrase_relations: dict[tuple[str, ...], str] = merged.phrase_relations
        #: The names in the articles' titles: what every fact is about, so never a subject of its own.
        self.partners = merged.partners
        #: The figures facts give about each named thing ("IJICP" -> {"2021"}): a question may name one to say
        #: which thing it means ("the IJICP launched in 2021") without asking for it.
        self.concept_numbers: Mapping[str, frozenset[str]] = merged.concept_numbers
        #: The years facts tie to each named thing (from their profiles' dates), gathered once.
        self.concept_years: Mapping[str, frozenset[str]] = merged.concept_years
        vocabulary = merged.vocabulary
        self.postings: Mapping[str, tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]] = Postings(
            vocabulary, merged.posting_offsets, merged.posting_facts, merged.posting_credits
        )
        self.weights: Mapping[str, float] = Weights(vocabulary, merged.weights)
        starts = [part.facts.start for part in self.base.parts]
        profiles = Profiles(list(zip(starts, parts, merged.remaps, strict=True)), merged.tokens, self.size)
        # Decoded now, while the bot starts, not while members wait (and frozen with the rest of what is alive then,
        # kept out of the garbage collector's passes: ``HeapFreezer``).
        profiles.warm(self.thresholds.warm_profiles)
        self.profiles: Sequence[FactProfile] = profiles
        # Surface words for typo correction: every word of the base and its glossary.
        # Typo candidates are grouped by length: a typo rarely changes a word's length by more than two letters,
        # and scanning compact per-length lists is several times faster than one scattered list.
        by_length: dict[int, list[str]] = {}
        for word in merged.surface:
            by_length.setdefault(len(word), []).append(word)
        self._by_length = {n: "\n".join(words).split("\n") for n, words in by_length.items()}
        self.known_surface = frozenset(merged.surface)
        self.senses.know(self.known_surface)
        self._sounds: dict[str, list[str]] | None = None
        self._name_sounds: dict[str, list[str]] | None = None
        self._part_starts = starts
        self._stated_ways: dict[tuple[int, str], frozenset[RoleReading]] = {}

    def stated_in_file(self, position: int, relation: str) -> frozenset[RoleReading]:
        """Return the ways the facts of a fact's file state a relation ("visit: India -> Japan"), read once per file
        and relation: an event the file tells of once (a visit) is the one its other facts speak of."""
        number = _segment(self._part_starts, position)
        key = (number, relation)
        found = self._stated_ways.get(key)
        if found is None:
            facts = self.base.parts[number].facts
            found = frozenset(r for i in facts for r in self.profiles[i].roles if r.relation == relation)
            self._stated_ways[key] = found
        return found

    # ------------------------------------------------------------------ building
    def _partners_of(self, title: str) -> frozenset[str]:
        found = self._partners.get(title)
        if found is None:
            found = self._partners[title] = frozenset(m.canonical for m in self.gazetteer.find(tokenize(title)))
        return found

    def _read_with(self, plan: Sequence[ConceptPlan]) -> None:
        """Read the base's texts with the glossary of this plan from now on (what ``_expansions_in`` finds)."""
        if len(plan) != len(self.base.glossary):
            raise ValueError("a plan of another glossary")
        self._plan = plan
        self._expansions = {}
        self._normalised = {}
        self._short_expansions = {}

    def _expansions_in(self, folded: str, article: str | None) -> frozenset[str]:
        """Return the concepts (of an article's glossary or the shared one) whose expansion a folded text holds."""
        by_start = self._expansions.get(article)
        if by_start is None:
            # Expansions by their first three characters: only those starting somewhere in the text can be in it.
            by_start = self._expansions[article] = {}
            glossary, plan = self.base.glossary, self._plan
            # The entries of the shared glossary's files and of the article's own: no other can apply to it.
            positions = (i for part in self.base.parts if part.article in (None, article) for i in part.glossary)
            for concept, written in ((plan[i][0], glossary[i].expansion) for i in positions):
                if written and self.glossary.scope.get(concept) in (None, article):
                    # Normalised here, for the articles compiled only (a changed file's, not the whole base's).
                    expansion = self._normalised.get(concept)
                    if expansion is None:
                        expansion = self._normalised[concept] = normalize(written)
                    by_start.setdefault(expansion[:3], []).append((concept, expansion))
            # Expansions shorter than three characters may start anywhere: gathered once, not at every fact.
            self._short_expansions[article] = [p for key, pairs in by_start.items() if 0 < len(key) < 3 for p in pairs]
        starts = {folded[i : i + 3] for i in range(len(folded))} | {""}
        if len(starts) > len(by_start):
            candidates = [pair for key, pairs in by_start.items() if key in starts or len(key) < 3 for pair in pairs]
        else:
            candidates = [pair for key in starts for pair in by_start.get(key, ())]
            candidates += self._short_expansions[article]
        return frozenset(concept for concept, expansion in candidates if expansion in folded)

    def _credit_stems(
        self,
        stems: Sequence[str],
        credit: float,
        credits: dict[str, float],
        named: set[str],
        free: set[str],
        article: str | None = ANY_ARTICLE,
        written_out: bool = False,
    ) -> None:
        spans = self.glossary.find_all(stems, article)
        names = self.glossary.names
        # A name's last word, when it is a kind of named thing, says what the thing is: the Asia-Africa Growth Corridor
        # is a corridor ("which corridor is for Africa?"), where "growth" inside it says nothing of the fact. Only a
        # name the answer writes out says so: a phrasing spelling out what the answer abbreviates ("quadrilateral
        # security dialogue") does not make the fact one about a dialogue.
        heads = self.name_head_stems if written_out else frozenset()
        inside = {
            i
            for start, end, _c in spans
            if tuple(stems[start:end]) in names
            for i in range(start, end)
            if not (i == end - 1 and stems[i] in heads)
        }
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

    def _fields(
        self,
        sf: SourcedFact,
        tokens: Callable[[str], list[str]] = tokenize,
        phrasings: Sequence[list[str] | None] | None = None,
    ) -> Fields:
        """Return a fact's texts tokenised, with their credit and kind (``phrasings``: their tokens, where known)."""
        t = self.thresholds
        fact = sf.fact
        # Only the section and article titles: tags and publisher are article-wide and would make every fact
        # look like it covers them (the article's own details are facts of their own).
        fields = [
            (" ".join((sf.section.title, sf.source.title)), t.context_credit, "context"),
            (fact.answer, t.answer_credit, "answer"),
            *((keyword, t.keyword_credit, "keyword") for keyword in fact.keywords),
        ]
        read = [(tokens(text), credit, kind) for text, credit, kind in fields]
        if phrasings is None or len(phrasings) != len(fact.phrasings):
            phrasings = [None] * len(fact.phrasings)
        read.extend(
            (words if words is not None else tokens(text), t.phrasing_credit, "phrasing")
            for words, text in zip(phrasings, fact.phrasings, strict=True)
        )
        return read

    def _profile(self, sf: SourcedFact, fields: Fields) -> FactProfile:
        fact = sf.fact
        credits: dict[str, float] = {}
        ignored = self.lexicon.ignored
        numbers: set[str] = set()
        named: set[str] = set()
        free: set[str] = set()
        answer_words: set[str] = set()
        phrasings: list[str] = []
        relation_words = self.lexicon.relation_words
        for tokens, credit, kind in fields:
            stems = [self._token(w) for w in tokens if w not in ignored]
            for word in tokens:
                if word in relation_words:
                    token = RELATION_PREFIX + relation_words[word][0]
                    credits[token] = max(credits.get(token, 0.0), credit * self.thresholds.expansion_factor)
            self._credit_stems(stems, credit, credits, named, free, sf.source.id, written_out=kind == "answer")
            if kind == "context":
                continue
            numbers.update(w for w in tokens if is_number(w))
            if kind == "phrasing":
                phrasings.append(" ".join(stems))
            else:
                answer_words.update(tokens)
        has_number = bool(_QUANTITY.search(fact.answer.replace("2+2", "")))
        words = self.lexicon.words
        entities: set[str] = set()
        members: set[str] = set()
        named_kinds: set[tuple[str, str]] = set()
        type_words = {self.lexicon.asked_types[w] for w in answer_words if w in self.lexicon.asked_types}
        # A place named only inside a quoted title ("Vision of a Free and Open Indo-Pacific") is a word of the title:
        # the fact gives no place of that kind ("act east forum focuses on which region" is not the Indo-Pacific).
        titled = {m.canonical for quoted in _QUOTED.findall(fact.answer) for m in self.gazetteer.find(tokenize(quoted))}
        if titled:
            bare = _QUOTED.sub(" ", fact.answer)
            titled -= {m.canonical for m in self.gazetteer.find(tokenize(bare))}
        for tokens, credit, _kind in fields:
            for mention in self.gazetteer.find(tokens):
                entities.add(mention.canonical)
                if mention.canonical not in titled:
                    named_kinds.add((mention.canonical, mention.kind))
                    if mention.kind in GAZETTEER_KINDS:
                        kind_token = KIND_PREFIX_TOKEN + GAZETTEER_KINDS[mention.kind]
                        credits[kind_token] = max(credits.get(kind_token, 0.0), credit)
                if mention.kind in {"country", "organisation"}:
                    members.add(mention.canonical)
                token = ENTITY_PREFIX + mention.canonical
                credits[token] = max(credits.get(token, 0.0), credit)
        answer_tokens = fields[1][0]
        if fact.roles:
            roles = tuple(RoleReading(r.relation.casefold(), r.agent, r.target) for r in fact.roles)
        else:
            readings = read_roles(
                answer_tokens, self.gazetteer.find(answer_tokens), self.lexicon, self.thresholds.role_reach
            )
            # Only an answer that states one relation is read for it; a mixed sentence needs declared roles.
            roles = tuple(readings) if len({r.relation for r in readings}) == 1 and len(readings) == 1 else ()
        folded = normalize(fact.answer)
        # The fact's own question, as a member would be told it is about (its first phrasing, read above).
        question = set(next(tokens for tokens, _credit, kind in fields if kind == "phrasing"))
        return FactProfile(
            credits=credits,
            numbers=frozenset(numbers),
            has_year=bool(_YEAR.search(fact.answer)) or bool(answer_words & words("months")),
            has_number=has_number,
            has_count=has_number or _counts_more_than_the_partners(answer_tokens, words),
            phrasings=tuple(phrasings),
            named_after_role=capitalised_after(fact.answer, words("person_roles")),
            name_only=frozenset(named - free),
            places=capitalised_after(fact.answer, words("place_prepositions")),
            entities=frozenset(entities),
            named_kinds=frozenset(named_kinds),
            type_words=frozenset(type_words),
            members=frozenset(members),
            partners=self._partners_of(sf.source.title),
            roles=roles,
            # A section titled as a "why" question ("Why in the News?") gives the reason for what its facts say.
            gives=frozenset(fact.gives) | gives(fact.answer) | self._section_reason(sf),
            declared=frozenset(fact.gives),
            expansions=self._expansions_in(folded, sf.source.id),
            names_only=fact.names_only,
            listed=(listed := self._listed(fact.answer, sf.source.id)),
            listed_words=frozenset(w for concept in listed for w in self.glossary.bags[concept]),
            dates=self.dates_in(fields[1][0], sf.source.id),
            negative=self._negative(fields[1][0]),
            negated=self._negated(fields[1][0]),
            events=event_kinds(answer_tokens, self.lexicon),
            counts=tuple(counts_in_text(fact.answer, self.lexicon).items()),
            gives_figures=self._gives_figures(fact.answer, answer_tokens, sf.source.id),
            about_document=bool(question & words("document_words"))
            and bool((question | set(answer_tokens)) & words("document_cues")),
        )

    def _gives_figures(self, answer: str, tokens: list[str], article: str) -> bool:
        """Tell whether an answer gives a figure or a number word that is not part of a name."""
        if _BIG_FIGURE.search(answer):
            return True  # a year, a decimal or a sum is never part of a name; no need to read the answer's names
        if any(is_number(t) for t in tokens) and numbers_beyond_names(
            tokens, self.glossary_spans(tokens, article), self.glossary.named
        ):
            return True
        words = self.lexicon.words("number_words")
        return any(t in words for t in tokens)

    def _section_reason(self, sf: SourcedFact) -> frozenset[str]:
        """Return {"reason"} for a fact whose section's title asks why ("Why in the News?")."""
        why = self.lexicon.words("why_words")
        return frozenset({"reason"}) if why & set(tokenize(sf.section.title)) else frozenset()

    def _listed(self, answer: str, article: str | None = ANY_ARTICLE) -> frozenset[str]:
        """Return the named things an answer only lists: three or more list items that are each just a name."""
        items: set[str] = set()
        count = 0
        for segment in _LIST_ITEMS.split(answer):
            tokens = tokenize(segment)
            named = [(a, b, c) for a, b, c in self.glossary_spans(tokens, article) if c in self.glossary.named]
            if len(named) == 1 and len(tokens) <= named[0][1] - named[0][0] + self.thresholds.list_item_slack:
                items.add(named[0][2])
                count += 1
        return frozenset(items) if count >= self.thresholds.list_min_items else frozenset()

    def _negative(self, tokens: Sequence[str]) -> bool:
        """Tell whether an answer says something is not so; "the rest are not listed" only says what the article
        leaves out, which tells nothing of what is not so ("name a state that has no partnership")."""
        said, coverage = self.lexicon.words("negations"), self.lexicon.words("coverage_verbs")
        return any(t in said and coverage.isdisjoint(tokens[i + 1 : i + 3]) for i, t in enumerate(tokens))

    def _negated(self, tokens: Sequence[str]) -> frozenset[str]:
        """Return the content words an answer negates: the next content word after "not" / "never"."""
        negations, ignored = self.lexicon.words("negations"), self.lexicon.ignored
        found = set()
        for i, token in enumerate(tokens):
            if token in negations:
                following = [w for w in tokens[i + 1 : i + 4] if w not in ignored]
                if following:
                    found.add(self._token(following[0]))
        return frozenset(found)

    def glossary_spans(self, tokens: Sequence[str], article: str | None = ANY_ARTICLE) -> list[tuple[int, int, str]]:
        """Return the glossary terms in a token list as (start, end, concept), in the list's own positions."""
        ignored, token = self.lexicon.ignored, self._token
        content = [(i, token(w)) for i, w in enumerate(tokens) if w not in ignored]
        spans = self.glossary.find([token for _i, token in content], article)
        return [(content[start][0], content[end - 1][0] + 1, concept) for start, end, concept in spans]

    def dates_in(self, tokens: Sequence[str], article: str | None = ANY_ARTICLE) -> tuple[tuple[str, str], ...]:
        """Return (concept, year) pairs: a year within a few words of a named thing."""
        reach = self.thresholds.date_reach
        # Reach is counted in words that carry content: "the AAGC was set up in 2019" ties 2019 to the AAGC.
        ignored = self.lexicon.ignored
        content = [i for i, w in enumerate(tokens) if w not in ignored]
        pairs = []
        for start, end, concept in self.glossary_spans(tokens, article):
            if concept not in self.glossary.named:
                continue
            before = [i for i in content if i < start][-reach:]
            after = [i for i in content if i >= end][:reach]
            low, high = (before[0] if before else start), (after[-1] + 1 if after else end)
            near = [w for w in tokens[low:high] if _YEAR.fullmatch(w)]
            if len(set(near)) == 1:
                pairs.append((concept, near[0]))
        return tuple(pairs)

    # ------------------------------------------------------------------ weights
    def rarity(self, word: str) -> float:
        """Return 1.0 for a word rare in general English, falling to 0 for the most common words."""
        t = self.thresholds
        return min(1.0, max(0.0, (t.rare_zipf - zipf(word)) / t.rarity_span))

    def unknown_weight(self, word: str) -> float:
        """Weigh a word the base has never seen: a rare word (a name) weighs most."""
        t = self.thresholds
        # "3+3", "g7": a figure in a word the base lacks is a name as specific as a figure (wordfreq reads "3+3" as
        # two common threes).
        if is_number(word) or any(ch.isdigit() for ch in word):
            return 1.0
        weight = min(1.0, max(t.unknown_floor, 1.0 - (zipf(word) - t.unknown_zipf) * t.unknown_slope))
        if weight < t.unknown_name_weight and not dictionary_word(word):
            # A name common on the web ("sony", "eu") is no common word: the question names what the base lacks.
            return t.unknown_name_weight
        return weight

    def weight(self, token: str) -> float:
        """Return a known token's weight (1.0 for a token the base never saw)."""
        return self.weights.get(token, 1.0)

    def knows(self, token: str, word: str) -> bool:
        """Tell whether the base has a stemmed token or its surface word."""
        return token in self.weights or word in self.known_surface

    # ------------------------------------------------------------------ typo correction
    def correct(self, word: str) -> str | None:
        """Return the base word ``word`` is most likely a typo of, or None."""
        typos = self.__dict__.get("_typos")
        if typos is None or typos.by_length is not self._by_length:
            typos = self._typos = Typos(self._by_length, self.thresholds)
        return typos.correct(word)

    def sounds_like(self, word: str) -> str | None:
        """Return the base word a transliterated loanword sounds like ("jenareshan" -> "generation"), or None."""
        if len(word) < self.thresholds.sound_min_length:
            return None
        key = sound_key(word)
        if self._sounds is None:
            sounds: dict[str, list[str]] = {}
            for surface in self.known_surface:
                if len(surface) >= self.thresholds.sound_min_length and surface.isalpha():
                    sounds.setdefault(sound_key(surface), []).append(surface)
            self._sounds = sounds
        found = self._sounds.get(key)
        if not found:
            return None
        # Words that sound the same ("lines", "leans"): the one spelled most like what was typed, then the commoner.
        best = max(sorted(found), key=lambda candidate: (fuzz.ratio(word, candidate), zipf(candidate)))
        # A sound key keeps only a word's skeleton: "asiyan" (ASEAN) shares one with "ocean" but hardly its spelling.
        return best if fuzz.ratio(word, best) >= self.thresholds.sound_min_ratio else None

    def name_sounding_like(self, word: str) -> str | None:
        """Return the one-word name of the world a transliterated word sounds like ("keral" -> "kerala", "haidarabad"
        -> "hyderabad"), or None: the base's own words may not hold the name a question gives."""
        if len(word) < self.thresholds.sound_min_length:
            return None
        if self._name_sounds is None:
            sounds: dict[str, list[str]] = {}
            for name in self.gazetteer.one_word_names():
                if len(name) >= self.thresholds.sound_min_length and name.isalpha():
                    sounds.setdefault(sound_key(name), []).append(name)
            self._name_sounds = sounds
        found = self._name_sounds.get(sound_key(word), [])
        close = [name for name in found if fuzz.ratio(word, name) >= self.thresholds.name_sound_min_ratio]
        return close[0] if len(close) == 1 else None

    # ------------------------------------------------------------------ retrieval
    def dense(self, token: str) -> npt.NDArray[np.float32]:
        """Return every fact's credit for one token, as a dense array."""
        credits = np.zeros(self.size, dtype=np.float32)
        posting = self.postings.get(token)
        if posting is not None:
            credits[posting[0]] = posting[1]
        return credits


_VOWELS = "aeiou"


@lru_cache(maxsize=1)
def english_skeletons(count: int) -> dict[str, str]:
    """Return the commonest English word for each skeleton of the ``count`` commonest words.

    A word typed without vowels stands for the commonest word so spelt more often than for a rare word of the base
    that happens to share the skeleton; read once, as the list is large.
    """
    from wordfreq import top_n_list

    skeletons: dict[str, str] = {}
    for word in top_n_list("en", count):
        if word.isalpha():
            skeletons.setdefault(skeleton(word), word)
    return skeletons


def skeleton(word: str) -> str:
    """Return a word's first letter and its other letters without vowels ("established": "estblshd")."""
    return word[:1] + "".join(c for c in word[1:] if c not in _VOWELS)


#: Typo corrections remembered per index (members repeat their typos; each new one scans the vocabulary).
TYPO_MEMO = 1 << 14
#: Letter counts are kept per letter a-z, and one count for every other character.
_OTHER_LETTER = ord("z") - ord("a") + 1


class Typos:
    """The base's words by length, with each word's letter counts, to find the word a typo was meant to be.

    A word can only score ``fuzz.ratio`` >= cutoff against a typo if they share enough letters (their longest
    common subsequence is at most the letters they have in common), so only the words sharing that many are
    scored: the same best word as scoring every word of the lengths near the typo's, many times faster.
    """

    def __init__(self, by_length: Mapping[int, list[str]], thresholds: Thresholds) -> None:
        self.by_length = by_length
        self.thresholds = thresholds
        #: Every word with its letters, shortest words first (made at the first typo looked up).
        self._letters: _Letters | None = None
        self._lock = threading.Lock()
        #: The words of each length looked up by a swap of letters, as sets (made at the first such typo).
        self._same_length: dict[int, frozenset[str]] = {}
        #: The words by their letters without vowels after the first (made at the first word typed without them).
        self._skeletons: dict[str, set[str]] | None = None
        self._memo: BoundedMemo[str, str | None] = BoundedMemo(TYPO_MEMO)

    def correct(self, word: str) -> str | None:
        """Return the base word ``word`` is most likely a typo of, or None (remembered per word)."""
        return self._memo(word, self._correct)

    def _correct(self, word: str) -> str | None:
        t = self.thresholds
        if len(word) < 4 or not word.isalpha() or zipf(word) >= t.typo_max_zipf:
            return None
        cutoff = t.typo_ratio_short if len(word) <= 4 else t.typo_ratio_medium if len(word) <= 6 else t.typo_ratio_long
        lengths = range(len(word) - t.typo_length_slack, len(word) + t.typo_length_slack + 1)
        words = self._sharing(word, lengths, cutoff)
        # One scan of the words of every length near the typo's, shortest first: its first best word is the one
        # a scan length by length keeps (a longer word replaces a shorter one only when it scores higher).
        found = process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=cutoff) if words else None
        if (
            found is not None
            and str(found[0])[:1] != word[:1]
            and found[1] < t.typo_ratio_other_first
            and OSA.distance(word, str(found[0])) > t.typo_other_first_edits
        ):
            # Slips of the fingers seldom fall on a word's first letter, and one that does is one slip ("sepa",
            # "hsizuoka"): a word two edits away there ("drishti", a name, and "rishte") is no typo of it.
            same = [w for w in words if w[:1] == word[:1]]
            found = process.extractOne(word, same, scorer=fuzz.ratio, score_cutoff=cutoff) if same else None
        corrected = str(found[0]) if found is not None else self._swapped(word) or self._unvowelled(word)
        # A real word of English that is merely rare ("polity", "prelims") is not a typo of a base word. Looked up
        # only for a word that would be corrected: a name the base lacks is like no base word, and the large word
        # list is slow to ask about a word it has never seen.
        if corrected is not None and zipf_frequency(word, "en", wordlist="large") >= t.typo_real_word_zipf:
            return None
        return corrected

    def _unvowelled(self, word: str) -> str | None:
        """Return the one base word ``word`` is with its vowels left out, as chat shorthand has it ("estblshd":
        "established", "cntry": "country"), or None.

        Only a word typed with at most one vowel after its first letter is read so: "trade" and "tried" share a
        skeleton, but nobody types "trd" for a word of their own.
        """
        rest = word[1:]
        if sum(rest.count(v) for v in _VOWELS) > 1 or len(word) < self.thresholds.unvowelled_min_length:
            return None
        if self._skeletons is None:
            with self._lock:
                if self._skeletons is None:
                    skeletons: dict[str, set[str]] = {}
                    for words in self.by_length.values():
                        for known in words:
                            if known.isalpha():
                                skeletons.setdefault(skeleton(known), set()).add(known)
                    self._skeletons = skeletons
        key = skeleton(word)
        found = self._skeletons.get(key)
        if found is None or len(found) != 1:
            return None
        meant = next(iter(found))
        # Nor may a far commoner English word be typed so: "cntrs" is "countries" before it is "counters", while
        # "grdn" may be "guardian" as well as "garden".
        common = english_skeletons(self.thresholds.english_skeleton_words).get(key)
        if common in {None, meant}:
            return meant
        margin = zipf_frequency(common, "en") - zipf_frequency(meant, "en")
        return meant if margin < self.thresholds.skeleton_zipf_margin else None

    def _swapped(self, word: str) -> str | None:
        """Return the one base word ``word`` becomes by swapping two neighbouring letters ("sspg": "ssgp").

        A swap is one slip of the fingers, but ``fuzz.ratio`` counts it as two edits: a short word would never
        reach the cutoff. Two base words one swap away ("form", "from") leave the typo unread.
        """
        same = self._same_length.get(len(word))
        if same is None:
            same = self._same_length[len(word)] = frozenset(self.by_length.get(len(word)) or ())
        found = {
            swapped
            for i in range(len(word) - 1)
            if word[i] != word[i + 1] and (swapped := word[:i] + word[i + 1] + word[i] + word[i + 2 :]) in same
        }
        return found.pop() if len(found) == 1 else None

    def _sharing(self, word: str, lengths: range, cutoff: float) -> list[str]:
        """Return the words of ``lengths`` (shortest first, each length in order) that share enough letters with
        ``word`` to score ``cutoff``; every word of those lengths when the counts cannot tell."""
        if len(word) > 255 or lengths.stop > 256:
            return [w for length in lengths for w in self.by_length.get(length) or ()]  # (counts are bytes)
        if self._letters is None:
            # Every length at once, at the first typo: one question waits for it, not one per length.
            with self._lock:
                if self._letters is None:
                    self._letters = _Letters(self.by_length)
        letters = self._letters
        first, last = letters.span(lengths.start, lengths.stop - 1)
        if first == last:
            return []
        wanted: dict[int, int] = {}
        for letter in word:
            key = _letter_row(letter)
            wanted[key] = wanted.get(key, 0) + 1
        # A letter the typo has once is shared by every word that has it at all: one bit count for all of them.
        once = 0
        for row, count in wanted.items():
            if count == 1:
                once |= 1 << row
        shared = np.bitwise_count(letters.present[first:last] & np.uint32(once))
        for row, count in wanted.items():
            if count > 1:
                shared += np.minimum(letters.counts[row, first:last], np.uint8(count))
        keep = shared >= letters.needed(len(word), lengths, cutoff)
        chosen: list[str] = letters.words[first:last][keep].tolist()
        return chosen


class _Letters:
    """Every word, shortest first, with the letters each has (bits) and how often (27 x words counts)."""

    def __init__(self, by_length: Mapping[int, list[str]]) -> None:
        lengths = sorted(n for n, found in by_length.items() if found)
        #: Where the words of each length start in the arrays, and the end of the last (lengths in order).
        self.lengths = lengths
        self.starts = list(itertools.accumulate((len(by_length[n]) for n in lengths), initial=0))
        self.words = np.array([w for n in lengths for w in by_length[n]], dtype=object)
        size = len(self.words)
        counts = np.zeros((_OTHER_LETTER + 1, size), dtype=np.uint8)
        for n, start, end in zip(lengths, self.starts, self.starts[1:], strict=False):
            found = by_length[n]
            codes = np.array(found, dtype=f"<U{n}").view(np.uint32).reshape(len(found), n).astype(np.int64)
            rows = codes - ord("a")
            rows[(rows < 0) | (rows >= _OTHER_LETTER)] = _OTHER_LETTER
            flat = rows * len(found) + np.arange(len(found), dtype=np.int64)[:, None]
            made = np.bincount(flat.ravel(), minlength=(_OTHER_LETTER + 1) * len(found))
            counts[:, start:end] = made.reshape(_OTHER_LETTER + 1, len(found)).astype(np.uint8)
        self.counts = counts
        bits = np.left_shift(np.uint32(1), np.arange(_OTHER_LETTER + 1, dtype=np.uint32))
        self.present = np.bitwise_or.reduce(np.where(self.counts > 0, bits[:, None], np.uint32(0)), axis=0)
        #: ``needed`` by typo length, lengths and cutoff (shared by threads: equal arrays if two make one at once).
        self._needed: dict[tuple[int, int, int, float], npt.NDArray[np.uint8]] = {}

    def needed(self, size: int, lengths: range, cutoff: float) -> npt.NDArray[np.uint8]:
        """Return the letters each word of ``lengths`` must share with a typo of ``size`` letters to score
        ``cutoff`` (0: every word), in the arrays' order from the first of those lengths."""
        key = (size, lengths.start, lengths.stop, cutoff)
        found = self._needed.get(key)
        if found is None:
            # Made once per typo length and cutoff (a few dozen in all): a typo compares once instead of per length.
            first, last = self.span(lengths.start, lengths.stop - 1)
            found = np.zeros(last - first, dtype=np.uint8)
            for length in lengths:
                start, end = self.span(length, length)
                needed = math.floor(cutoff * (size + length) / 200 - 1e-6)
                if start < end and needed > 0:
                    found[start - first : end - first] = min(needed, np.iinfo(np.uint8).max)
            found = self._needed.setdefault(key, found)
        return found

    def span(self, shortest: int, longest: int) -> tuple[int, int]:
        """Return where the words of lengths ``shortest`` to ``longest`` lie in the arrays (start, end)."""
        return (
            self.starts[bisect.bisect_left(self.lengths, shortest)],
            self.starts[bisect.bisect_right(self.lengths, longest)],
        )


def _letter_row(letter: str) -> int:
    row = ord(letter) - ord("a")
    return row if 0 <= row < _OTHER_LETTER else _OTHER_LETTER


# ---------------------------------------------------------------------------------------------------- compiling
@dataclass
class _Texts:
    """A file's facts tokenised (what its profiles are compiled from) and the words it brings to the base."""

    #: None for texts a worker process read: they hold the words only. A fact's fields are None when its
    #: previous version's compiled form held it (``kept``): its words are read from there.
    fields: list[Fields | None] | None
    surface: set[str]
    glossary_tokens: list[list[list[str]]]
    _stem_lines: str | None = None
    #: The fields packed into one string (``_pack``): a fraction of their memory as lists, and several times
    #: quicker to read back than the texts are to tokenise again (None when they could not be packed).
    packed: tuple[str, dict[str, float]] | None = None
    #: Lemmas of words the file's previous version held (``lemmas_by_stem``'s ``known``).
    known_lemmas: Mapping[str, str] | None = None
    #: Each fact's key (``_FactKeys.of``), when read to compare with a previous version.
    keys: list[bytes] | None = None
    #: The previous version whose compiled form holds the facts whose fields are None, and their positions there.
    earlier: _Earlier | None = None
    kept: list[int | None] | None = None

    def words(self) -> _Texts:
        """Return these texts with their tokenised fields packed (what a worker sends back, made ready to merge)."""
        packed = _pack(self.fields) if self.fields is not None else self.packed
        return _Texts(None, self.surface, self.glossary_tokens, self.stem_lines(), packed)

    def unpacked(self) -> _Texts | None:
        """Return these texts with their fields read back from ``packed`` (None if they were not packed)."""
        if self.packed is None:
            return None
        fields: list[Fields | None] = [*_unpack(*self.packed)]
        # The words, as ``Compiler._texts`` gathers them (texts made ready to merge no longer hold them).
        surface = {w for tokens in fields if tokens is not None for words, _credit, _kind in tokens for w in words}
        surface.update(w for variants in self.glossary_tokens for words in variants for w in words)
        return _Texts(fields, surface, self.glossary_tokens)

    def stem_lines(self) -> str:
        """Return the file's stems and their lemmas as lines (made once: both the merge and the cache need them)."""
        if self._stem_lines is None:
            by_stem = lemmas_by_stem(self.surface, self.known_lemmas)
            # In the stems' order: the same lines however the words were gathered.
            self._stem_lines = _stem_lines({k: sorted(by_stem[k]) for k in sorted(by_stem)})
        return self._stem_lines

    def lemma_lines(self, words: Sequence[str]) -> str:
        """Return the lemma of each word as lines (kept with the compiled file, for its next version)."""
        known = self.known_lemmas or {}
        try:
            return _lines([known.get(word) or lemma(word) for word in words])
        except ValueError:
            return ""  # a lemma that cannot be a line: the next version reads its words' lemmas again


@dataclass(frozen=True)
class _Earlier:
    """A file's previous version as compiled: its profiles and what they were compiled with (``context``)."""

    part: CompiledPart
    context: Mapping[str, Any]

    @cached_property
    def words(self) -> list[str]:
        """Return the version's words, in order (what its facts' word positions refer to)."""
        return _unlines(self.context.get("surface", ""))

    @cached_property
    def lemmas(self) -> dict[str, str] | None:
        """Return the lemma of every word the version held (None if it kept none that fit)."""
        lemmas = _unlines(self.context.get("lemmas", ""))
        return dict(zip(self.words, lemmas, strict=True)) if self.words and len(self.words) == len(lemmas) else None

    @cached_property
    def positions(self) -> dict[bytes, int]:
        """Return each fact's key (``_FactKeys.of``) with its position."""
        return _FactKeys.positions(self.part)

    def words_of(self, kept: Sequence[int]) -> npt.NDArray[np.int32] | None:
        """Return the positions in ``words`` of every word of these facts (None if they do not hold together)."""
        offsets, ids = self.part.fact_word_offsets, self.part.fact_words
        if len(ids) and int(ids.max()) >= len(self.words):
            return None
        chosen = np.zeros(max(len(offsets) - 1, 0), dtype=np.bool_)
        chosen[np.asarray(kept, dtype=np.int64)] = True
        return np.unique(ids[np.repeat(chosen, np.diff(offsets))])


#: Separators of packed fields: between facts, between a fact's fields, and between a field's kind and words.
_FACT_SEP, _FIELD_SEP, _WORD_SEP = "\x1d", "\x1e", "\x1f"


def _pack(fields: list[Fields | None]) -> tuple[str, dict[str, float]] | None:
    """Pack tokenised fields into one string and each kind's credit (None if a word holds a separator)."""
    credits: dict[str, float] = {}
    facts = []
    for fact in fields:
        if fact is None:
            return None  # read from a previous version: not packed
        parts = []
        for words, credit, kind in fact:
            if credits.setdefault(kind, credit) != credit:
                return None  # a kind with two credits cannot be packed by kind
            parts.append(_WORD_SEP.join([kind, *words]))
        facts.append(_FIELD_SEP.join(parts))
    packed = _FACT_SEP.join(facts)
    # Every separator must be one of ours (a word never holds control characters, but that is checked, not assumed).
    expected = sum(len(fact) - 1 for fact in fields if fact) + max(len(fields) - 1, 0)
    expected += sum(len(words) for fact in fields if fact for words, _credit, _kind in fact)
    found = packed.count(_FACT_SEP) + packed.count(_FIELD_SEP) + packed.count(_WORD_SEP)
    if found != expected or any(not fact for fact in fields):
        return None
    return packed, credits


def _unpack(packed: str, credits: Mapping[str, float]) -> list[Fields]:
    """Read fields packed by ``_pack`` back (words interned, as tokenising them makes them)."""
    fields: list[Fields] = []
    for fact in packed.split(_FACT_SEP) if packed else []:
        read: Fields = []
        for field_text in fact.split(_FIELD_SEP):
            kind, *words = field_text.split(_WORD_SEP)
            read.append(([intern(w) for w in words], credits[kind], kind))
        fields.append(read)
    return fields


class Compiler:
    """Compile what the cache lacks (or cannot vouch for) and merge the base's index; keep both in the cache."""

    def __init__(self, index: FactIndex) -> None:
        self.index = index
        self.base = index.base
        self.cache = index._cache

    def run(self) -> None:
        """Build the index: reuse every file's compiled profiles that still hold, compile the rest, merge."""
        texts: dict[int, _Texts] = {}
        if not self._run_one_changed(texts):
            self._run_all(texts)

    def _run_all(self, texts: dict[int, _Texts]) -> None:
        """Build the index from every file (``texts``: files' texts already read, by position)."""
        index, base = self.index, self.base
        parts = base.parts
        loaded = [self._cached(part) for part in parts]
        compiled: list[CompiledPart | None] = [found[0] if found is not None else None for found in loaded]
        contexts: dict[int, dict[str, Any]] = {}
        # Each file's stems and lemmas as lines ("stem<tab>lemma..."): most stems have the same line in every file
        # that uses them, so the distinct lines are gathered first (a set of strings) and only then read.
        stem_lines: set[str] = set()
        surface: set[str] = set()
        missing = [i for i, found in enumerate(compiled) if found is None]
        # Many files to compile (a first start): their texts are read by worker processes, which send back the
        # words and the tokenised texts packed in one string (unpacked by the workers that compile them).
        large = sum(len(parts[i].facts) for i in missing) >= LARGE_COMPILE_FACTS
        parallel = worth_forking(len(missing), sum(len(parts[i].facts) for i in missing))
        # A file compiled before under its name (a changed file) lends its words' lemmas to its new version.
        earlier: dict[int, CompiledPart | None] = {} if parallel else {i: self._previous(parts[i]) for i in missing}
        if parallel:
            _before_forking()
            words = map_forked(lambda k: self._texts(parts[missing[k]]).words(), len(missing))
            texts.update(zip(missing, words, strict=True))
        for i, part in enumerate(parts):
            cached = loaded[i]
            if cached is not None:
                contexts[i] = cached[1]
                # The file's words are read into the base's here, and not kept per file (a file holds thousands).
                stem_lines.update(_unlines(contexts[i].pop("by_stem")))
                surface.update(_unlines(contexts[i].pop("surface")))
                contexts[i].pop("lemmas", None)
            else:
                if i not in texts:
                    found = earlier.get(i)
                    # A large base's texts are kept packed: every fact is read then (the lemmas are still taken).
                    texts[i] = self._texts(part, _Earlier(found, found.context) if found else None, not large)
                    if large:
                        # A large base's tokenised texts would fill memory as lists: they are kept packed.
                        texts[i] = texts[i].words()
                stem_lines.update(_unlines(texts[i].stem_lines()))
                surface.update(texts[i].surface)
                if texts[i].fields is None:
                    # A worker's: only its glossary's tokens are read from now on (compiling unpacks its texts).
                    texts[i] = _Texts(None, set(), texts[i].glossary_tokens, "", texts[i].packed)
        stems = _union_stem_lines(stem_lines)
        del stem_lines, loaded
        senses = index.senses = Senses.from_stems(stems, index.lexicon)
        # The senses were made from these very words' lemmas: a word among them whose stem has one family is of
        # that family, so reading the files' words needs no lemma (``Senses.know``; the index knows fewer later).
        senses.know(frozenset(surface))
        recorders: dict[int, _Recorder] = {}
        plans: list[EntryPlan] = []
        current = _recorded_stems(stems) if contexts else set()
        # A changed file's previous version whose words keep their senses here tells their tokens at once.
        holding = {
            i: found
            for i, found in earlier.items()
            if found is not None and _depends_hold(found.context, stems, senses, current)
        }
        label_words: list[list[str]] = []
        for i, part in enumerate(parts):
            context = contexts.get(i)
            # A file whose words (its glossary's too) all keep their senses keeps its compiled form.
            if context is not None and _depends_hold(context, stems, senses, current):
                plans.extend(_entry_plans_from(context["glossary"]))
                label_words.extend(context["labels"])
                continue
            label_words.extend(
                tokenize(entry.term) for entry in base.glossary[part.glossary.start : part.glossary.stop]
            )
            if context is not None:
                log.info("The compiled profiles of %s depend on words that changed; compiling it again", part.name)
                compiled[i] = None
                texts[i] = self._texts(part)
            recorders[i] = _Recorder(senses, _recorded_tokens(holding[i].context) if i in holding else None)
            plans.extend(self._entry_plans(part, texts[i].glossary_tokens, recorders[i]))
        plan = named_plan(plans)
        glossary = index.glossary = Glossary.from_plan(plan, label_words)
        index._read_with(plan)
        signatures = _ScopeSignatures(plan, glossary, base)
        for i, part in enumerate(parts):
            held = contexts.pop(i, None)
            if compiled[i] is not None and held is not None and held["scope"] != signatures.of(part):
                log.info("The glossary that applies to %s changed; compiling it again", part.name)
                compiled[i] = None
                texts[i] = self._texts(part)
                recorders[i] = _Recorder(senses)
                # Read again only to record what the file's glossary relies on (its stems are the cached ones).
                self._entry_plans(part, texts[i].glossary_tokens, recorders[i])
        missing = [i for i, found in enumerate(compiled) if found is None]
        # A changed file is mostly as it was: the profiles of its previous version still hold for the facts it
        # kept, if that version's words keep their senses here and the same glossary applies to it.
        previous: dict[int, CompiledPart] = {}
        for i in missing:
            found = earlier[i] if i in earlier else self._previous(parts[i])
            if found is not None:
                held = found.context
                holds = i in holding if i in earlier else _depends_hold(held, stems, senses, current)
                if held["scope"] == signatures.of(parts[i]) and holds:
                    recorders[i].tokens.update(_recorded_tokens(held))
                    previous[i] = found

        def compile_part(k: int) -> CompiledPart:
            i = missing[k]
            part, held = parts[i], texts.pop(i)  # (in a worker, its own copy is emptied)
            # Texts made ready to merge hold their tokenised texts packed: unpacked here (read again if not packed).
            read = held if held.fields is not None else held.unpacked() or self._texts(part)
            return self._compile(part, read, recorders.pop(i), stems, plan, signatures.of(part), previous.get(i))

        parallel = worth_forking(len(missing), sum(len(parts[i].facts) for i in missing))
        if parallel:
            _before_forking()
        made_parts = map_forked(compile_part, len(missing), parallel)
        texts.clear()
        recorders.clear()
        for i in missing:
            tokens = parts[i].tokens
            if tokens:
                tokens.clear()  # validation's tokens, used by the workers only
        for i, made in zip(missing, made_parts, strict=True):
            part = parts[i]
            compiled[i] = made
            if part.digest is not None:
                self.cache.store(PART_KIND, index.part_key(part), made.entry())
                self.cache.store(NAME_KIND, self._name_key(part), CacheEntry({"part": index.part_key(part)}))
        del made_parts
        previous.clear()
        ready = [c for c in compiled if c is not None]
        typo_words = sorted(filter(_typo_word, surface))
        keys = [index.part_key(part) for part in parts] if parts and all(p.digest for p in parts) else []
        merged = (self._merge_from_last(ready, keys, stems, plan, typo_words) if keys else None) or self._merge(
            ready, stems, plan, typo_words
        )
        merged.keys = keys
        # Each label's words, in plan order: the lists the glossary was made from (one per entry, as its mapping
        # holds them when every concept is its own), not copied again from the glossary's tuples.
        merged.label_words = (
            label_words
            if len(label_words) == len(plan) == len(glossary.label_words)
            else [list(glossary.label_words[concept]) for concept, *_rest in plan]
        )
        if keys:
            # Made when written (in the background, after the start has answered, with the app's cache).
            self.cache.store(BASE_KIND, index.base_key(), merged.entry)
            self.cache.store(LAST_KIND, self._last_key(), CacheEntry({"base": index.base_key()}))
        index.adopt(merged, ready, senses, glossary)

    def _run_one_changed(self, texts: dict[int, _Texts]) -> bool:
        """Build the index from the last one merged when one file changed and its change is local; else False.

        What ``_run_all`` reads from every file (their words and their stems' lemmas, their glossaries as read,
        what each relies on) is what the last merged index holds, for every file but the changed one as it was
        before. When the changed file's words only add to that (no stem of the base gains a lemma, no word or
        lemma of its previous version is gone, each new stem has one sense) and its glossary reads as before,
        every other file's profiles still hold and the base's senses, glossary and words are the last ones with
        the new words added: only the changed file is read and compiled, and the last index merged again with
        it. The result is what ``_run_all`` makes (``tests/core/knowledge/test_merge_again.py`` compares them).
        False (nothing done): ``_run_all`` builds the index, with the changed file's texts left in ``texts``.
        """
        index, base = self.index, self.base
        parts = base.parts
        if not parts or not all(part.digest for part in parts):
            return False
        keys = [index.part_key(part) for part in parts]
        pointer = self.cache.load(LAST_KIND, self._last_key())
        found = pointer.meta.get("base") if pointer is not None else None
        entry = self.cache.load(BASE_KIND, found) if isinstance(found, str) else None
        if entry is None:
            return False
        try:
            last = MergedIndex.from_entry(entry, len(parts), None)
            changed = [i for i, key in enumerate(keys) if key != last.keys[i]]
            if len(changed) != 1:
                return False
            k = changed[0]
            part = parts[k]
            if part.article is None or len(part.facts) >= LARGE_COMPILE_FACTS or len(last.plan) != len(base.glossary):
                return False  # the shared glossary applies to every file; a large file is read packed
            if self._previous_key(part) != last.keys[k] or self.cache.load(PART_KIND, keys[k]) is not None:
                return False  # the previous version is not the one merged last, or this content was compiled
            held = self.cache.load(PART_KIND, last.keys[k])
            previous = CompiledPart.from_entry(held, None) if held is not None else None
            if previous is None or previous.made != last.made[k]:
                return False
            ready: list[CompiledPart] = []
            for i, other in enumerate(parts):
                if i == k:
                    ready.append(previous)  # replaced once compiled
                    continue
                held = self.cache.load(PART_KIND, keys[i])
                if held is None:
                    return False
                compiled = CompiledPart.from_entry(held, len(other.facts))
                if compiled.made != last.made[i]:
                    return False
                ready.append(compiled)
            context = previous.context
        except (CacheFormatError, KeyError, TypeError, ValueError, UnicodeDecodeError) as exc:
            log.warning("Ignoring the last merged index in the cache (%s); reading every file", exc)
            return False
        read = texts[k] = self._texts(part, _Earlier(previous, context))
        grown = _stems_added(last.by_stem, _unlines(context["by_stem"]), _unlines(read.stem_lines()))
        typo_words = _words_added(last.surface, _unlines(context["surface"]), read.surface)
        if grown is None or typo_words is None:
            return False
        stems, added = grown
        senses = Senses.from_stems(stems, index.lexicon)
        # A new stem of several senses could read another file's words (numbers, say) another way: all are read.
        if any(len(senses.families[key]) != 1 for key in added) or not _depends_hold(context, stems, senses):
            return False
        senses.know(frozenset(read.surface))  # only the changed file's words are read with these senses
        recorded = _recorded_tokens(context)
        recorder = _Recorder(senses, recorded)
        span = slice(part.glossary.start, part.glossary.stop)
        own = self._entry_plans(part, read.glossary_tokens, recorder)
        if (
            own != [plan[1:] for plan in last.plan[span]]
            or [tokenize(entry.term) for entry in base.glossary[span]] != last.label_words[span]
        ):
            return False
        index.senses = senses
        plan, label_words = last.plan, last.label_words
        glossary = index.glossary = Glossary.from_plan(plan, label_words)
        index._read_with(plan)
        # The other files' glossaries (the shared one among them) and the plan are as they were: so are the
        # signatures they were compiled with. The changed file's own expansions may differ.
        scope = _ScopeSignatures(plan, glossary, base).of(part)
        reused = previous if context["scope"] == scope else None
        if reused is not None:
            recorder.tokens.update(recorded)
        del texts[k]
        made = self._compile(part, read, recorder, stems, plan, scope, reused)
        if part.tokens:
            part.tokens.clear()  # validation's tokens are not needed again
        self.cache.store(PART_KIND, keys[k], made.entry())
        self.cache.store(NAME_KIND, self._name_key(part), CacheEntry({"part": keys[k]}))
        ready[k] = made
        merged = self._merge_changed(last, k, previous, ready, stems, plan, typo_words) or self._merge(
            ready, stems, plan, typo_words
        )
        merged.keys = keys
        merged.label_words = (
            label_words
            if len(label_words) == len(plan) == len(glossary.label_words)
            else [list(glossary.label_words[concept]) for concept, *_rest in plan]
        )
        self.cache.store(BASE_KIND, index.base_key(), merged.entry)
        self.cache.store(LAST_KIND, self._last_key(), CacheEntry({"base": index.base_key()}))
        log.info("Read %s alone into the last merged index", part.name)
        index.adopt(merged, ready, senses, glossary)
        return True

    def _entry_plans(self, part: FilePart, tokens: list[list[list[str]]], recorder: _Recorder) -> list[EntryPlan]:
        """Read a file's own glossary entries with the base's senses, recording the stems they rely on."""
        span = slice(part.glossary.start, part.glossary.stop)
        base = self.base
        return entry_plans(base.glossary[span], base.glossary_scopes[span], tokens, recorder.token, self.index.lexicon)

    def _name_key(self, part: FilePart) -> str:
        return digest_of(part.name, self.index._settings)

    def _last_key(self) -> str:
        """Return the key of the pointer to the last index merged for files of these names."""
        return digest_of([part.name for part in self.base.parts], self.index._settings)

    def _previous_key(self, part: FilePart) -> str | None:
        """Return the key of the last compiled form of a file of this name, if it is another content's."""
        if part.digest is None:
            return None
        pointer = self.cache.load(NAME_KIND, self._name_key(part))
        key = pointer.meta.get("part") if pointer is not None else None
        return key if isinstance(key, str) and key != self.index.part_key(part) else None

    def _previous(self, part: FilePart) -> CompiledPart | None:
        """Return the compiled form of the previous version of a file (by its name), if the cache has one."""
        key = self._previous_key(part)
        if key is None:
            return None
        entry = self.cache.load(PART_KIND, key)
        if entry is None:
            return None
        try:
            found = CompiledPart.from_entry(entry, None)
            found.context  # noqa: B018 (decoded now, so that a damaged one is caught here)
        except (CacheFormatError, ValueError, UnicodeDecodeError) as exc:
            log.warning("Ignoring the previous compiled profiles of %s (%s)", part.name, exc)
            return None
        return found

    def _cached(self, part: FilePart) -> tuple[CompiledPart, dict[str, Any]] | None:
        """Return a file's compiled profiles from the cache, with their context decoded (a damaged one is caught)."""
        if part.digest is None:
            return None
        entry = self.cache.load(PART_KIND, self.index.part_key(part))
        if entry is None:
            return None
        try:
            found = CompiledPart.from_entry(entry, len(part.facts))
            context = found.context
        except (CacheFormatError, ValueError, UnicodeDecodeError) as exc:
            log.warning("Ignoring the compiled profiles of %s (%s); compiling it again", part.name, exc)
            return None
        return found, context

    def _texts(self, part: FilePart, earlier: _Earlier | None = None, facts: bool = True) -> _Texts:
        """Tokenise a file's texts, reusing the questions' tokens validation made.

        With ``earlier`` (the file's previous version, compiled), its words' lemmas are taken from there, and (with
        ``facts``) a fact it holds unchanged is not read again: its words are that version's record of them.
        """
        index = self.index
        # Validation's tokens of the questions: as lists, or packed by the worker process that validated the file.
        known = part.tokens.unpacked() if isinstance(part.tokens, PackedTokens) else part.tokens or []
        memo: dict[str, list[str]] = {}

        def tokens_of(text: str) -> list[str]:
            found = memo.get(text)
            if found is None:
                found = memo[text] = [intern(w) for w in tokenize(text)]
            return found

        held = earlier.positions if earlier is not None and facts else None
        fact_keys = _FactKeys()
        keys: list[bytes] = []
        kept: list[int | None] = []
        fields: list[Fields | None] = []
        taken = 0
        for position in part.facts:
            sf = index.facts[position]
            count = len(sf.fact.phrasings)
            phrasings = known[taken : taken + count] if taken + count <= len(known) else None
            taken += count
            if held is not None:
                keys.append(fact_keys.of(sf))
                kept.append(held.get(keys[-1]))
                if kept[-1] is not None:
                    fields.append(None)
                    continue
            fields.append(index._fields(sf, tokens_of, phrasings))
        surface = {w for tokens in fields if tokens is not None for words, _credit, _kind in tokens for w in words}
        held_words = [j for j in kept if j is not None]
        if earlier is not None and held_words:
            positions = earlier.words_of(held_words)
            if positions is None:
                log.warning("Ignoring the previous words of %s (they do not hold together)", part.name)
                return self._texts(part, earlier, False)
            words = earlier.words
            surface.update(words[k] for k in positions.tolist())
        glossary_tokens = []
        for entry in self.base.glossary[part.glossary.start : part.glossary.stop]:
            variants = [tokenize(variant) for variant in entry.variants]
            glossary_tokens.append(variants)
            surface.update(w for words in variants for w in words)
        if part.tokens is not None:
            part.tokens.clear()  # validation's tokens are not needed again; let them go
        return _Texts(
            fields,
            surface,
            glossary_tokens,
            known_lemmas=earlier.lemmas if earlier is not None else None,
            keys=keys if held is not None else None,
            earlier=earlier if held_words else None,
            kept=kept if held_words else None,
        )

    def _compile(
        self,
        part: FilePart,
        texts: _Texts,
        recorder: _Recorder,
        stems: Mapping[str, list[str]],
        plan: Sequence[ConceptPlan],
        scope: str,
        previous: CompiledPart | None = None,
    ) -> CompiledPart:
        """Compile one file's profiles (recording the senses of the words they rely on).

        With ``previous`` (the compiled form of an earlier version of the file, still valid in this base), a fact
        it holds unchanged keeps its profile from there.
        """
        index = self.index
        senses = index.senses
        token = recorder.token
        index._token = token
        vocabulary: dict[str, int] = {}
        credit_offsets = [0]
        credit_tokens: list[int] = []
        credit_values: list[float] = []
        records: list[bytes] = []
        partners: set[str] = set()
        numbers: dict[str, set[str]] = {}
        years: dict[str, set[str]] = {}
        relations: list[list[Any]] = []
        named = index.glossary.named
        assert texts.fields is not None, "compiled from tokenised texts"
        keys = _FactKeys()
        known_keys = texts.keys if texts.keys is not None and len(texts.keys) == len(part.facts) else None
        fact_keys: list[bytes] = []
        kept: Mapping[bytes, int] = {}
        rarities: dict[str, float] = {}
        if previous is not None:
            earlier = texts.earlier
            same_part = earlier is not None and earlier.part is previous
            kept = earlier.positions if earlier is not None and same_part else _FactKeys.positions(previous)
            previous_tokens = _unlines(previous.merge["tokens"])
            rarities = dict(zip(previous_tokens, previous.merge["rarity"], strict=True))
            same = np.arange(len(previous_tokens), dtype=np.int32)
        # Each fact's words, by their place among the file's words: read from its fields, or for a fact whose fields
        # were not read (``_Texts.kept``) from the previous version's record, in this version's places.
        words = sorted(texts.surface)
        place = {word: k for k, word in enumerate(words)}
        fact_words: list[int] = []
        word_offsets = [0]
        held_words, held_offsets = _held_words(texts, place)
        facts: list[SourcedFact] = []
        held: list[int | None] = []
        #: The fields of the facts compiled here (not held by the previous version), by their place in the file.
        compiled: dict[int, Fields] = {}
        relation_words = {r for r, _reverse in index.lexicon.relation_words.values()}
        for number, (position, fields) in enumerate(zip(part.facts, texts.fields, strict=True)):
            sf = index.facts[position]
            facts.append(sf)
            key = known_keys[number] if known_keys is not None else keys.of(sf)
            fact_keys.append(key)
            j = kept.get(key) if previous is not None else None
            held.append(j)
            if fields is None and texts.kept is not None:
                earlier_place = texts.kept[number]
                assert earlier_place is not None, "a fact without fields is held by the previous version"
                fact_words.extend(held_words[held_offsets[earlier_place] : held_offsets[earlier_place + 1]])
            else:
                fields = fields if fields is not None else index._fields(sf)
                fact_words.extend(sorted({place[w] for tokens, _credit, _kind in fields for w in tokens}))
            word_offsets.append(len(fact_words))
            if j is None:
                compiled[number] = fields if fields is not None else index._fields(sf)
            for role in sf.fact.roles:
                if role.relation.casefold() not in relation_words:
                    relations.append([tokenize(role.relation), role.relation.casefold()])
        tokens: list[str]
        if previous is not None and _holds_every_fact(previous, held):
            # Every fact of the previous version is held: its credits and records are taken as they are (renumbered
            # in the order this version first credits each token, as the loop below numbers them), and its figures,
            # years and partners as that version gathered them. Only the new facts' profiles are made.
            gathered = previous.merge
            partners.update(gathered["partners"])
            numbers.update((concept, set(listed)) for concept, listed in gathered["concept_numbers"].items())
            years.update((concept, set(listed)) for concept, listed in gathered["concept_years"].items())
            profiles = {number: index._profile(facts[number], fields) for number, fields in compiled.items()}
            tokens, ids, values, counts = _held_credits(previous, previous_tokens, held, profiles, records)
            for profile in profiles.values():
                partners.update(profile.partners)
                for concept in named & set(profile.credits):
                    numbers.setdefault(concept, set()).update(profile.numbers)
                for concept, year in profile.dates:
                    years.setdefault(concept, set()).add(year)
        else:
            for number, sf in enumerate(facts):
                j = held[number]
                if j is None or previous is None:
                    profile = index._profile(sf, compiled[number])
                    record = encode_profile(profile)
                else:
                    profile = previous.profile(j, previous_tokens, same)
                    first, last = previous.record_offsets[j : j + 2].tolist()
                    record = previous.records[first:last].tobytes()
                for name, credit in profile.credits.items():
                    credit_tokens.append(vocabulary.setdefault(name, len(vocabulary)))
                    credit_values.append(credit)
                credit_offsets.append(len(credit_tokens))
                records.append(record)
                partners.update(profile.partners)
                for concept in named & set(profile.credits):
                    numbers.setdefault(concept, set()).update(profile.numbers)
                for concept, year in profile.dates:
                    years.setdefault(concept, set()).add(year)
            tokens = list(vocabulary)
            ids = np.asarray(credit_tokens, dtype=np.int32)
            values = np.asarray(credit_values, dtype=np.float64)
            counts = np.asarray(credit_offsets, dtype=np.int64)
        index._token = senses.token
        if previous is not None:
            reused = sum(1 for key in fact_keys if key in kept)
            log.info(
                "Compiled %s: %d of its %d facts kept from its previous version", part.name, reused, len(fact_keys)
            )
        own = plan[part.glossary.start : part.glossary.stop]
        context = {
            # Large lists of words are kept as lines of text: far quicker to read back than JSON lists.
            "by_stem": texts.stem_lines(),
            "surface": _lines(words),
            "lemmas": texts.lemma_lines(words),
            "glossary": [
                [label, scope_of, is_name, [[list(s), p] for s, p in v]] for _c, label, scope_of, is_name, v in own
            ],
            **recorder.depends(stems),
            "scope": scope,
            "labels": [list(index.glossary.label_words[c]) for c, *_rest in own],
        }
        merge = {
            "tokens": _lines(tokens),
            "rarity": [rarities[t] if t in rarities else _rarity_factor(index, t) for t in tokens],
            "partners": sorted(partners),
            "concept_numbers": {k: sorted(v) for k, v in numbers.items()},
            "concept_years": {k: sorted(v) for k, v in years.items()},
            "phrase_relations": relations,
        }
        blob, record_offsets = entry_bytes(records)
        context_blob = _json_bytes(context)
        return CompiledPart(
            counts,
            ids,
            values,
            blob,
            record_offsets,
            context_blob,
            _json_bytes(merge),
            np.frombuffer(b"".join(fact_keys), dtype=np.uint8),
            np.asarray(fact_words, dtype=np.int32),
            np.asarray(word_offsets, dtype=np.int64),
            # The context (every word's token, the glossary as read) is what the profiles depend on beyond the
            # file itself: its digest tells a merged index whether these are the profiles it was merged from.
            hashlib.sha256(context_blob.data).hexdigest()[:40],
        )

    def _merge_from_last(
        self,
        parts: Sequence[CompiledPart],
        keys: list[str],
        stems: Mapping[str, list[str]],
        plan: Sequence[ConceptPlan],
        surface: list[str],
    ) -> MergedIndex | None:
        """Return the last index merged for files of these names with the one file that changed merged again.

        Used only if every other file's profiles are the ones that index was merged from and the changed file's
        previous profiles are still in the cache; the result is what ``_merge`` makes (``_merge_changed``).
        None: everything is merged (there is no such index, more than one file changed, or it cannot be used).
        """
        pointer = self.cache.load(LAST_KIND, self._last_key())
        found = pointer.meta.get("base") if pointer is not None else None
        if not isinstance(found, str):
            return None
        entry = self.cache.load(BASE_KIND, found)
        if entry is None:
            return None
        try:
            last = MergedIndex.from_entry(entry, len(parts), None, words=False)
            changed = [
                i
                for i, (key, compiled) in enumerate(zip(keys, parts, strict=True))
                if key != last.keys[i] or compiled.made != last.made[i]
            ]
            if len(changed) != 1:
                return None
            k = changed[0]
            kept = self.cache.load(PART_KIND, last.keys[k])
            if kept is None:
                return None
            previous = CompiledPart.from_entry(kept, None)
            if previous.made != last.made[k]:
                return None  # compiled again since for another base: not what the last index was merged from
            return self._merge_changed(last, k, previous, parts, stems, plan, surface)
        except (CacheFormatError, IndexError, KeyError, TypeError, ValueError) as exc:
            log.warning("Ignoring the last merged index in the cache (%s); merging every file", exc)
            return None

    def _merge_changed(
        self,
        last: MergedIndex,
        k: int,
        previous: CompiledPart,
        parts: Sequence[CompiledPart],
        stems: Mapping[str, list[str]],
        plan: Sequence[ConceptPlan],
        surface: list[str],
    ) -> MergedIndex | None:
        """Merge again with one file changed: take out its previous profiles, put in its new ones.

        The result is the one merging every file makes (``_merge``): tokens are numbered in the order files first
        use them, so the tokens files before the changed one use keep their numbers, the changed file's new ones
        follow, then those of the files after it in their order. Postings are rebuilt token by token from the
        last ones (its facts in order: the files before, the changed one, the files after). None (merge every
        file) where the last index cannot tell the result: a token only the previous version introduced that a
        later file uses, or figures, relations or partners the new version no longer gives.
        """
        index = self.index
        span = self.base.parts[k].facts
        before, now = previous.merge, parts[k].merge
        old_tokens, new_tokens = _unlines(before["tokens"]), _unlines(now["tokens"])
        factors = now["rarity"]
        if len(set(new_tokens)) != len(new_tokens) or len(factors) != len(new_tokens):
            return None
        old_ids = last.remaps[k]
        if len(old_ids) != len(old_tokens) or list(map(last.tokens.__getitem__, old_ids.tolist())) != old_tokens:
            raise CacheFormatError("the changed file's previous tokens are not the merged index's")
        if before["phrase_relations"] != now["phrase_relations"]:
            return None
        if not set(before["partners"]) <= set(now["partners"]):
            return None
        gathered: dict[str, dict[str, list[str]]] = {}
        for name, held in (("concept_numbers", last.concept_numbers), ("concept_years", last.concept_years)):
            old, new = before[name], now[name]
            if any(not set(listed) <= set(new.get(concept, ())) for concept, listed in old.items()):
                return None
            assert isinstance(held, _FrozenLists)
            lists = dict(held._lists)
            for concept, listed in new.items():
                found = lists.get(concept)
                lists[concept] = listed if found is None else sorted({*found, *listed})
            gathered[name] = lists
        # Tokens files before the changed one use are numbered below ``first``; its previous version's new ones
        # from there up to ``after``; the later files' new ones from there on.
        first = max((int(remap.max()) + 1 for remap in last.remaps[:k] if len(remap)), default=0)
        after = max(first, int(old_ids.max()) + 1 if len(old_ids) else 0)
        renumber = np.full(len(last.tokens), -1, dtype=np.int32)
        renumber[:first] = np.arange(first, dtype=np.int32)
        fresh: list[str] = []
        fresh_factors: list[float] = []
        local: list[int] = []
        vocabulary = last.vocabulary
        for name, factor in zip(new_tokens, factors, strict=True):
            number = vocabulary.get(name)
            if number is not None and number < first:
                local.append(number)
                continue
            local.append(first + len(fresh))
            if number is not None:
                renumber[number] = first + len(fresh)
            fresh.append(name)
            fresh_factors.append(float(factor))
        gone = np.zeros(len(last.tokens), dtype=np.bool_)
        gone[first:after] = renumber[first:after] < 0
        if any(bool(gone[remap].any()) for remap in last.remaps[k + 1 :]):
            return None
        rest = np.arange(after, len(last.tokens), dtype=np.int64)
        rest = rest[renumber[rest] < 0]
        renumber[rest] = np.arange(first + len(fresh), first + len(fresh) + len(rest), dtype=np.int32)
        size = first + len(fresh) + len(rest)
        tokens = [*last.tokens[:first], *fresh, *map(last.tokens.__getitem__, rest.tolist())]
        rarity = np.concatenate([last.rarity[:first], np.asarray(fresh_factors, dtype=np.float64), last.rarity[rest]])
        remaps = [
            *last.remaps[:k],
            np.asarray(local, dtype=np.int32),
            *(renumber[remap] for remap in last.remaps[k + 1 :]),
        ]
        added = parts[k]
        counts = np.diff(added.credit_offsets)
        postings = _postings_replaced(
            last,
            renumber,
            size,
            range(span.start, span.start + len(previous.credit_offsets) - 1),
            len(span) - (len(previous.credit_offsets) - 1),
            remaps[k][added.credit_tokens],
            np.repeat(np.arange(span.start, span.stop, dtype=np.int32), counts),
            added.credit_values.astype(np.float32),
        )
        # The last index's pages were read once: they need not stay counted in this process's memory.
        release_pages(last.posting_facts)
        if postings is None:
            return None
        offsets, facts, credits = postings
        log.info("Merged the index again with %s changed", self.base.parts[k].name)
        return MergedIndex(
            by_stem=stems,
            plan=plan,
            tokens=tokens,
            surface=surface,
            phrase_relations=last.phrase_relations,
            partners=last.partners | frozenset(now["partners"]),
            concept_numbers=_FrozenLists(gathered["concept_numbers"]),
            concept_years=_FrozenLists(gathered["concept_years"]),
            posting_offsets=offsets,
            posting_facts=facts,
            posting_credits=credits,
            weights=_weights(np.diff(offsets), rarity, index.size, index.thresholds),
            remaps=remaps,
            made=[compiled.made for compiled in parts],
            rarity=rarity,
        )

    def _merge(
        self,
        parts: Sequence[CompiledPart],
        stems: Mapping[str, list[str]],
        plan: Sequence[ConceptPlan],
        surface: list[str],
    ) -> MergedIndex:
        """Merge the files' compiled profiles into the base's vocabulary, postings and weights."""
        index, t = self.index, self.index.thresholds
        vocabulary: dict[str, int] = {}
        rarity: list[float] = []
        remaps: list[npt.NDArray[np.int32]] = []
        # Every file's credits are written into the base's arrays in place: lists of per-file arrays joined
        # afterwards would hold each credit twice at the start's memory peak.
        total = sum(len(compiled.credit_tokens) for compiled in parts)
        all_tokens = np.empty(total, dtype=np.int32)
        positions = np.empty(total, dtype=np.int32)
        values = np.empty(total, dtype=np.float32)
        filled = 0
        phrase_relations: dict[tuple[str, ...], str] = {}
        partners: set[str] = set()
        numbers: dict[str, list[str]] = {}
        years: dict[str, list[str]] = {}
        for part, compiled in zip(self.base.parts, parts, strict=True):
            merge = compiled.merge
            part_tokens = _unlines(merge["tokens"])
            factors = merge["rarity"]
            if len(factors) != len(part_tokens):
                raise ValueError("a file's tokens and their rarity do not match")
            if len(set(part_tokens)) == len(part_tokens):
                # A file's tokens are distinct: those new to the base get the next numbers, in the file's order.
                fresh = [local for local, name in enumerate(part_tokens) if name not in vocabulary]
                first = len(vocabulary)
                vocabulary.update(zip([part_tokens[k] for k in fresh], range(first, first + len(fresh)), strict=True))
                rarity.extend(float(factors[k]) for k in fresh)
            else:  # never written so, but read one by one all the same
                for name, factor in zip(part_tokens, factors, strict=True):
                    if name not in vocabulary:
                        vocabulary[name] = len(vocabulary)
                        rarity.append(float(factor))
            remap = np.fromiter(map(vocabulary.__getitem__, part_tokens), dtype=np.int32, count=len(part_tokens))
            remaps.append(remap)
            counts = np.diff(compiled.credit_offsets)
            end = filled + len(compiled.credit_tokens)
            positions[filled:end] = np.repeat(np.arange(part.facts.start, part.facts.stop, dtype=np.int32), counts)
            all_tokens[filled:end] = remap[compiled.credit_tokens]
            # Credits are kept as float32: narrowed file by file, the temporaries of a large base stay small.
            values[filled:end] = compiled.credit_values
            filled = end
            release_pages(compiled.credit_tokens)
            for words, relation in merge["phrase_relations"]:
                phrase_relations[tuple(words)] = str(relation)
            partners.update(merge["partners"])
            # Gathered as lists (decoded for this merge alone, so extended in place) and made sets once at the
            # end: most concepts belong to one file, and tens of thousands of set unions would cost far more.
            for gathered, found in ((numbers, merge["concept_numbers"]), (years, merge["concept_years"])):
                for concept, listed in found.items():
                    held = gathered.get(concept)
                    if held is None:
                        gathered[concept] = listed
                    else:
                        held.extend(listed)
        # Stable: within a token, facts stay in base order (as if each fact's credits were appended in turn).
        order = stable_order(all_tokens, len(vocabulary))
        counts = np.bincount(all_tokens, minlength=len(vocabulary))
        del all_tokens
        facts = positions[order]
        del positions
        credits = values[order]
        del values, order
        offsets = np.zeros(len(vocabulary) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        factors = np.asarray(rarity, dtype=np.float64)
        return MergedIndex(
            by_stem=stems,
            plan=plan,
            tokens=list(vocabulary),
            surface=surface,
            phrase_relations=phrase_relations,
            partners=frozenset(partners),
            concept_numbers={concept: frozenset(listed) for concept, listed in numbers.items()},
            concept_years={concept: frozenset(listed) for concept, listed in years.items()},
            posting_offsets=offsets,
            posting_facts=facts,
            posting_credits=credits,
            weights=_weights(counts, factors, index.size, t),
            remaps=remaps,
            vocabulary=vocabulary,
            made=[compiled.made for compiled in parts],
            rarity=factors,
        )


class _Recorder:
    """A memo of one file's word senses that records what they were read from (what the file depends on).

    ``known``: tokens the senses are known to give (a previous version's words, whose senses still hold), taken
    instead of asking the senses (which may need a word's lemma), and recorded only when read.
    """

    def __init__(self, senses: Senses, known: Mapping[str, str] | None = None) -> None:
        self._senses = senses
        self._known = known or {}
        self.tokens: dict[str, str] = {}

    def token(self, word: str) -> str:
        """Return a word's index token, noting it."""
        found = self.tokens.get(word)
        if found is None:
            found = self._known.get(word)
            if found is None:
                found = self._senses.token(word)
            self.tokens[word] = found
        return found

    def depends(self, stems: Mapping[str, list[str]]) -> dict[str, str]:
        """Write what the file relied on: per stem, its lemmas in this base, and each word's token.

        A later base where a stem has other lemmas ("works" beside "work") usually reads the words the same
        way; only when a word's token changes must the file be compiled again (``_depends_hold``). The stems
        and the words go as two aligned texts of lines: a base where every stem has its lemmas as recorded
        checks a file's stems in one call.
        """
        by_stem: dict[str, list[str]] = {}
        for word in self.tokens:
            by_stem.setdefault(stem(word), []).append(word)
        recorded, words = [], []
        for key in sorted(by_stem):
            recorded.append("\t".join([key, *stems.get(key, [])]))
            words.append("\t".join(f"{word}\t{self.tokens[word]}" for word in sorted(by_stem[key])))
        return {"depends_stems": _lines(recorded), "depends_words": _lines(words)}


def _depends_hold(
    context: Mapping[str, Any], stems: Mapping[str, list[str]], senses: Senses, current: set[str] | None = None
) -> bool:
    """Tell whether every word a file's compiled form relied on reads as the same token in this base.

    ``current`` (``_recorded_stems(stems)``) lets a stem whose lemmas are as they were be passed over at once.
    """
    stem_lines = _unlines(context["depends_stems"])
    # The stems whose lemmas are not as they were, found at once (a set's difference); a stem recorded without
    # lemmas (a number's) is as it was while the base still has none for it.
    changed = set(stem_lines).difference(current) if current is not None else set(stem_lines)
    changed = {line for line in changed if "\t" in line or line in stems}
    if not changed:
        return True  # every stem's lemmas are as they were: so are its words' tokens
    word_lines = _unlines(context["depends_words"])
    if len(word_lines) != len(stem_lines):
        return False  # not as ``_Recorder.depends`` writes it: compiled again
    for recorded, pairs in zip(stem_lines, word_lines, strict=True):
        if recorded not in changed:
            continue  # the stem's lemmas are as they were: so are its words' tokens
        key, *lemmas = recorded.split("\t")
        if stems.get(key, []) == lemmas:
            continue  # the stem's lemmas are as they were: so are its words' tokens
        words = pairs.split("\t")
        if any(senses.token(word) != token for word, token in zip(words[::2], words[1::2], strict=True)):
            return False
    return True


def _before_forking() -> None:
    """Read the lemmatiser's dictionary and wordfreq's list before worker processes are forked.

    The workers share them instead of each reading them again; and wordfreq's list, when the cache does not keep
    it yet, is kept by this process (a worker's writes to the cache would be lost with it).
    """
    lemma_dictionary_in_full()
    small_zipf("indexes")


def _holds_every_fact(previous: CompiledPart, held: Sequence[int | None]) -> bool:
    """Tell whether a file's facts hold every fact of its previous version (each once)."""
    positions = [j for j in held if j is not None]
    return len(positions) == len(previous.credit_offsets) - 1 and len(set(positions)) == len(positions)


def _held_credits(
    previous: CompiledPart,
    previous_tokens: Sequence[str],
    held: Sequence[int | None],
    profiles: Mapping[int, FactProfile],
    records: list[bytes],
) -> tuple[list[str], npt.NDArray[np.int32], npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    """Return a file's tokens, credits (token ids, values) and their offsets per fact, and append its records.

    ``held``: for each fact, its position in the previous version (whose credits and record it keeps), or None
    for a fact compiled now (``profiles``, by position). Tokens are numbered in the order the facts first credit
    them, as compiling every fact numbers them; runs of facts held in a row are taken as one slice.
    """
    offsets, record_offsets = previous.credit_offsets.tolist(), previous.record_offsets.tolist()
    known = {name: k for k, name in enumerate(previous_tokens)}
    added: dict[str, int] = {}
    ids: list[npt.NDArray[np.int32]] = []
    values: list[npt.NDArray[np.float64]] = []
    counts: list[int] = []
    run: list[int] = []  # the previous positions of a run of held facts, in a row

    def take_run() -> None:
        if run:
            first, last = offsets[run[0]], offsets[run[-1] + 1]
            ids.append(previous.credit_tokens[first:last])
            values.append(previous.credit_values[first:last])
            run.clear()

    for number, j in enumerate(held):
        if j is not None:
            if run and j != run[-1] + 1:
                take_run()
            run.append(j)
            counts.append(offsets[j + 1] - offsets[j])
            records.append(previous.records[record_offsets[j] : record_offsets[j + 1]].tobytes())
            continue
        take_run()
        profile = profiles[number]
        names = list(profile.credits)
        ids.append(
            np.asarray(
                [known[n] if n in known else added.setdefault(n, len(known) + len(added)) for n in names],
                dtype=np.int32,
            )
        )
        values.append(np.asarray(list(profile.credits.values()), dtype=np.float64))
        counts.append(len(names))
        records.append(encode_profile(profile))
    take_run()
    sequence = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int32)
    every = [*previous_tokens, *added]
    distinct, first = np.unique(sequence, return_index=True)
    order = distinct[np.argsort(first, kind="stable")]
    renumber = np.zeros(len(every), dtype=np.int32)
    renumber[order] = np.arange(len(order), dtype=np.int32)
    credit_offsets = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=credit_offsets[1:])
    return (
        [every[k] for k in order.tolist()],
        renumber[sequence],
        np.concatenate(values) if values else np.zeros(0, dtype=np.float64),
        credit_offsets,
    )


def _held_words(texts: _Texts, place: Mapping[str, int]) -> tuple[list[int], list[int]]:
    """Return the words of the previous version's facts (``_Texts.kept``) in this version's places, and offsets."""
    earlier = texts.earlier
    if earlier is None or texts.kept is None:
        return [], [0]
    # Both versions' words are sorted: a word's place moves, but the order of a fact's words stays as it was.
    moved = np.fromiter((place.get(word, -1) for word in earlier.words), dtype=np.int32, count=len(earlier.words))
    return moved[earlier.part.fact_words].tolist(), earlier.part.fact_word_offsets.tolist()


def _stems_added(
    last: Mapping[str, list[str]], before: Sequence[str], now: Sequence[str]
) -> tuple[SplitStems, list[str]] | None:
    """Return a base's stems with one file's new version in place of its previous one, and the stems new to it.

    ``last``: the base's stems with the previous version (each stem's lemmas, the union over its files);
    ``before`` and ``now``: the file's stems and lemmas as lines (``_stem_lines``), then and now. None when that
    cannot be told without the other files (a lemma of the previous version is gone: another file may still
    have it) or when a stem of the base gains a lemma (its words may read otherwise in every file).
    What ``_union_stem_lines`` gives over every file's lines; ``last`` is changed in place.
    """
    fresh = _stems_from_lines(now)
    for key, lemmas in _stems_from_lines(before).items():
        if not set(lemmas) <= set(fresh.get(key, ())):
            return None
    split = SplitStems.of(last)
    added = []
    for key, lemmas in fresh.items():
        if key in split:
            if not set(lemmas) <= set(split[key]):
                return None
            continue
        added.append(key)
        if len(lemmas) == 1:
            split.single[key] = lemmas[0]
        else:
            split.several[key] = lemmas
    return split, added


def _words_added(last: list[str], before: Sequence[str], now: set[str]) -> list[str] | None:
    """Return a base's words for typo correction with one file's new version in place of its previous one.

    ``last``: the words (sorted) with the previous version; ``before`` and ``now``: the file's words then and now.
    None when a word of the previous version is gone (another file may still use it). What ``_run_all`` sorts.
    """
    held = set(before)
    if any(word not in now and _typo_word(word) for word in held):
        return None
    new = set()
    for word in now:
        if word not in held and _typo_word(word):
            at = bisect.bisect_left(last, word)
            if at == len(last) or last[at] != word:
                new.add(word)
    return sorted([*last, *new]) if new else last


def _typo_word(word: str) -> bool:
    """Tell whether a word of the base is offered as a typo correction (words of letters, longer than two)."""
    return word.isalpha() and len(word) > 2


def _recorded_tokens(context: Mapping[str, Any]) -> dict[str, str]:
    """Return every word a file's compiled form relied on with its token (``_Recorder.lines``)."""
    found: dict[str, str] = {}
    for line in _unlines(context["depends_words"]):
        words = line.split("\t")
        found.update(zip(words[::2], words[1::2], strict=True))
    return found


class _FactKeys:
    """A digest of everything a fact's profile is compiled from: the fact, its section and its article."""

    SIZE = 16

    def __init__(self) -> None:
        self._written: dict[int, tuple[object, bytes]] = {}

    def _json(self, model: Section | Source) -> bytes:
        # A file's facts share a few sections and one article: each is written once.
        found = self._written.get(id(model))
        if found is None or found[0] is not model:
            found = self._written[id(model)] = (model, model.model_dump_json().encode("utf-8"))
        return found[1]

    @staticmethod
    def positions(part: CompiledPart) -> dict[bytes, int]:
        """Return each fact's key in a compiled file with its position."""
        return {key: j for j, key in enumerate(part.keys())}

    def of(self, sf: SourcedFact) -> bytes:
        """Return the fact's key."""
        digest = hashlib.blake2b(sf.fact.model_dump_json().encode("utf-8"), digest_size=self.SIZE)
        digest.update(b"\0" + self._json(sf.section) + b"\0" + self._json(sf.source))
        return digest.digest()


def _recorded_stems(stems: Mapping[str, list[str]]) -> set[str]:
    """Return every stem with its lemmas as ``_Recorder.lines`` records them ("stem<tab>lemma<tab>lemma")."""
    if isinstance(stems, SplitStems):
        found = {key + "\t" + lemma for key, lemma in stems.single.items()}
        found.update("\t".join([key, *lemmas]) for key, lemmas in stems.several.items())
        return found
    return {"\t".join([key, *lemmas]) for key, lemmas in stems.items()}


def _entry_plans_from(stored: Iterable[Any]) -> list[EntryPlan]:
    return [
        (str(label), scope, bool(is_name), tuple((tuple(stems), bool(proper)) for stems, proper in variants))
        for label, scope, is_name, variants in stored
    ]


def _lines(texts: Sequence[str]) -> str:
    """Join texts that hold no line break (tokens, words) into one string: far quicker to read back than JSON."""
    joined = "\n".join(texts)
    if joined.count("\n") != max(len(texts) - 1, 0) or "" in texts:
        raise ValueError("an empty text, or one with a line break, cannot be kept as a line")
    return joined


def _stem_lines(by_stem: Mapping[str, Sequence[str]]) -> str:
    """Write stems and their lemmas as lines ("stem<tab>lemma<tab>lemma")."""
    return _lines([key + "\t" + "\t".join(lemmas) for key, lemmas in by_stem.items()])


def _union_stem_lines(lines: Iterable[str]) -> SplitStems:
    """Return each stem's lemmas (sorted) from lines of several files; a stem on several lines gets them all.

    Stems with one lemma are set apart as they are read (``SplitStems``): senses are made from them without
    another pass over a large base's hundred thousand stems.
    """
    single: dict[str, str] = {}
    several: dict[str, list[str]] = {}
    union: dict[str, set[str]] = {}
    for line in lines:
        fields = line.split("\t")
        key = fields[0]
        held = union.get(key)
        if held is not None:
            held.update(fields[1:])
        elif key in single:
            union[key] = {single.pop(key), *fields[1:]}
        elif key in several:
            union[key] = {*several.pop(key), *fields[1:]}
        elif len(fields) == 2:
            single[key] = fields[1]
        else:
            several[key] = fields[1:]
    for key, lemmas in union.items():
        ordered = sorted(lemmas)
        if len(ordered) == 1:
            single[key] = ordered[0]
        else:
            several[key] = ordered
    return SplitStems(single, several)


def _stems_from_lines(lines: Iterable[str]) -> dict[str, list[str]]:
    by_stem: dict[str, list[str]] = {}
    for line in lines:
        fields = line.split("\t")
        by_stem[fields[0]] = fields[1:]
    return by_stem


def _unlines(joined: str) -> list[str]:
    return joined.split("\n") if joined else []


def _json_bytes(value: object) -> npt.NDArray[np.uint8]:
    return np.frombuffer(json.dumps(value, separators=(",", ":")).encode("utf-8"), dtype=np.uint8)


def _json_object(blob: npt.NDArray[np.uint8], what: str) -> dict[str, Any]:
    try:
        value = _json_loads(blob.tobytes())
    except (UnicodeDecodeError, ValueError) as exc:
        raise CacheFormatError(f"unreadable {what}") from exc
    if not isinstance(value, dict):
        raise CacheFormatError(f"{what} is not an object")
    return value


def _json_loads(raw: bytes) -> Any:
    """Parse JSON with orjson (several times quicker for a large base's compiled files), else with json.

    orjson refuses what json reads back (a lone surrogate escaped in a text, NaN): those are read by json, so the
    values are always json's.
    """
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw.decode("utf-8"))


def _postings_replaced(
    last: MergedIndex,
    renumber: npt.NDArray[np.int32],
    size: int,
    span: range,
    shift: int,
    tokens: npt.NDArray[np.int32],
    facts: npt.NDArray[np.int32],
    credits: npt.NDArray[np.float32],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int32], npt.NDArray[np.float32]] | None:
    """Return the last postings with the facts of ``span`` (one file's, in the last base) replaced.

    ``renumber``: each last token's number now (-1: gone); ``size``: the number of tokens now; ``shift``: how
    many facts the file gained (the later files' facts move by as many); ``tokens``, ``facts`` and ``credits``:
    the file's new credits in fact order (its facts numbered in the new base, which starts where ``span``
    starts). Each token's facts stay in base order, as merging sorts them. None if a token that is gone still
    credits a fact outside ``span``.
    """
    offsets, last_facts, last_credits = last.posting_offsets, last.posting_facts, last.posting_credits
    counts = np.diff(offsets)
    inside = (last_facts >= span.start) & (last_facts < span.stop)
    kept_counts = counts - _segment_sums(inside, offsets)
    earlier_last = _segment_sums(last_facts < span.start, offsets)
    if bool((kept_counts[renumber < 0] > 0).any()):
        return None
    live = np.flatnonzero(renumber >= 0)
    kept = np.zeros(size, dtype=np.int64)
    kept[renumber[live]] = kept_counts[live]
    earlier = np.zeros(size, dtype=np.int64)
    earlier[renumber[live]] = earlier_last[live]
    np.logical_not(inside, out=inside)
    kept_facts, kept_credits = last_facts[inside], last_credits[inside]
    del inside
    if shift:
        kept_facts[kept_facts >= span.stop] += np.int32(shift)
    # The kept credits, token by token in the new numbering: as they were when the numbering keeps the tokens'
    # order (as a rule), else each token's run moved to its new place.
    holding = live[kept_counts[live] > 0]
    numbers = renumber[holding]
    if len(numbers) > 1 and not bool((numbers[1:] > numbers[:-1]).all()):
        moved = np.argsort(numbers, kind="stable")
        lengths = kept_counts[holding]
        sources = np.cumsum(lengths) - lengths
        places = np.cumsum(lengths[moved]) - lengths[moved]
        gather = np.repeat(sources[moved] - places, lengths[moved]) + np.arange(len(kept_facts), dtype=np.int64)
        kept_facts, kept_credits = kept_facts[gather], kept_credits[gather]
        del gather
    kept_offsets = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(kept, out=kept_offsets[1:])
    # The file's credits, by token (in fact order within one), go after the token's credits of earlier files.
    order = np.argsort(tokens, kind="stable")
    ordered = tokens[order]
    at = kept_offsets[ordered] + earlier[ordered]
    new_offsets = kept_offsets + np.concatenate(([0], np.cumsum(np.bincount(tokens, minlength=size))))
    return new_offsets, np.insert(kept_facts, at, facts[order]), np.insert(kept_credits, at, credits[order])


def _segment_sums(flags: npt.NDArray[np.bool_], offsets: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Return how many flags are set in each run ``offsets[i]:offsets[i + 1]``."""
    # One pass that sums each run (a running count over millions of postings would take several); reduceat
    # gives an empty run the flag at its start, so empty runs are set to 0, and a flag past the end is unset.
    sums = np.add.reduceat(np.append(flags, False), offsets[:-1], dtype=np.int64)
    sums[offsets[1:] == offsets[:-1]] = 0
    return np.asarray(sums, dtype=np.int64)


def _weights(counts: npt.NDArray[np.int64], factors: npt.NDArray[np.float64], n: int, t: Thresholds) -> array[float]:
    """Return each token's weight from the number of facts it credits and its rarity factor, in a base of ``n``."""
    idf_max = math.log((n + 1) / 0.5)
    floor = t.common_word_floor
    least, log = t.min_word_weight, math.log
    # A token's idf depends on its count only, and counts take few values: each one's logarithm is taken once
    # (by math.log, as always), the rest is exact float arithmetic over all tokens at once.
    distinct, which = np.unique(counts, return_inverse=True)
    logs = np.asarray([log((n + 1) / (count + 0.5)) for count in distinct.tolist()], dtype=np.float64)
    idf = logs[which.reshape(-1)] / idf_max
    # In a small base a common English word ("use", "known") can look rare; English usage tempers it.
    return array("d", np.maximum(least, idf * (floor + (1 - floor) * factors)).tobytes())


def stable_order(ids: npt.NDArray[np.int32], bound: int) -> npt.NDArray[np.intp]:
    """Return ``np.argsort(ids, kind="stable")`` for ids in ``range(bound)``, sorted 16 bits at a time.

    numpy sorts 8- and 16-bit integers stably by radix, in linear time, but wider ones by merging: for the
    millions of credits of a large base, two radix passes (low 16 bits, then the rest) take half the time.
    """
    if bound <= 1 << 16:
        return np.argsort(ids.astype(np.uint16), kind="stable")
    order = np.argsort((ids & 0xFFFF).astype(np.uint16), kind="stable")
    high = (ids[order] >> 16).astype(np.uint8 if bound <= 1 << 24 else np.uint16)
    return order[np.argsort(high, kind="stable")]


def _rarity_factor(index: FactIndex, token: str) -> float:
    """Return how rare a token's word is in English (1.0 for concepts, relations, names and non-words)."""
    word = word_of(token)
    special = token[0] in CONCEPT_PREFIX + RELATION_PREFIX + ENTITY_PREFIX
    return 1.0 if special or not word.isalpha() else index.rarity(word)


class _ScopeSignatures:
    """A digest, per article, of the glossary entries that apply to it, as the index reads them."""

    def __init__(self, plan: Sequence[ConceptPlan], glossary: Glossary, base: KnowledgeBase) -> None:
        self._plan = plan
        self._names = glossary.names
        self._glossary = base.glossary
        # The shared entries are those of the files without an article (every entry's scope in the plan is its
        # file's): found from the files, not by reading every entry of a large base.
        self._shared = [i for part in base.parts if part.article is None for i in part.glossary]
        self._shared_digest = _fast_digest(self._read([plan[i] for i in self._shared], self._shared))
        self._made: dict[tuple[int, int], str] = {}

    def _read(self, entries: Sequence[ConceptPlan], positions: Iterable[int]) -> list[Any]:
        """Return entries as the index reads them: as planned, whether each spelling is a name, their expansions.

        The entries go as they are (orjson writes tuples as arrays) and the flags in one list: a large base's
        glossary is not copied into a list per spelling.
        """
        names = self._names
        flags = [stems in names for *_entry, variants in entries for stems, _proper in variants]
        return [entries, flags, [self._glossary[i].expansion for i in positions]]

    def of(self, part: FilePart) -> str:
        """Return the signature for a file: shared entries, its own, and where its own sit among the shared."""
        key = (part.glossary.start, part.glossary.stop)
        found = self._made.get(key)
        if found is None:
            before = bisect.bisect_left(self._shared, part.glossary.start)
            span = part.glossary
            own = self._read(self._plan[span.start : span.stop], span) if part.article is not None else []
            found = self._made[key] = _fast_digest([self._shared_digest, before, own, part.article])
        return found


def _fast_digest(value: list[Any]) -> str:
    """Return a digest of JSON-able lists, strings, numbers and booleans (orjson's encoding: several times quicker
    than ``digest_of``'s for a whole base's glossary; a text orjson refuses is encoded by ``digest_of``)."""
    try:
        encoded = orjson.dumps(value)
    except orjson.JSONEncodeError:
        return digest_of(value)
    return hashlib.sha256(encoded).hexdigest()[:40]


# ---------------------------------------------------------------------------------------------------- compiled parts
@dataclass
class CompiledPart:
    """One file's compiled profiles: credits as token ids and values per fact, the rest as JSON per fact.

    ``context`` holds what a new base needs to know whether these profiles still hold there (the file's words
    and their senses, its glossary as read); ``merge`` what merging needs (its tokens, gathered figures...).
    Both are decoded only when a base has to be merged again.
    """

    credit_offsets: npt.NDArray[np.int64]
    credit_tokens: npt.NDArray[np.int32]
    credit_values: npt.NDArray[np.float64]
    records: npt.NDArray[np.uint8]
    record_offsets: npt.NDArray[np.int64]
    context_blob: npt.NDArray[np.uint8]
    merge_blob: npt.NDArray[np.uint8]
    #: Each fact's ``_FactKeys.of`` (what its profile is compiled from), one after the other.
    fact_keys: npt.NDArray[np.uint8]
    #: Each fact's words (their places in the context's sorted ``surface``), fact after fact: a next version of the
    #: file that holds the fact unchanged takes them from here instead of reading the fact again.
    fact_words: npt.NDArray[np.int32]
    fact_word_offsets: npt.NDArray[np.int64]
    #: The digest of ``context``: which base's senses and glossary these profiles were compiled with.
    made: str

    @property
    def context(self) -> dict[str, Any]:
        """Return what tells whether these profiles hold in a base (decoded each time: it is read once)."""
        return _json_object(self.context_blob, "context")

    @property
    def merge(self) -> dict[str, Any]:
        """Return what merging needs (decoded each time: it is read once per merge)."""
        return _json_object(self.merge_blob, "merge data")

    def entry(self) -> CacheEntry:
        """Return the cache entry of this file's profiles."""
        return CacheEntry(
            {"made": self.made},
            {
                "credit_offsets": self.credit_offsets,
                "credit_tokens": self.credit_tokens,
                "credit_values": self.credit_values,
                "records": self.records,
                "record_offsets": self.record_offsets,
                "context": self.context_blob,
                "merge": self.merge_blob,
                "fact_keys": self.fact_keys,
                "fact_words": self.fact_words,
                "fact_word_offsets": self.fact_word_offsets,
            },
        )

    @classmethod
    def from_entry(cls, entry: CacheEntry, facts: int | None) -> CompiledPart:
        """Read a file's profiles back; raise CacheFormatError unless the arrays hold together.

        ``facts``: how many facts the file has (None: as many as the entry holds).
        """
        a = entry.arrays
        made = entry.meta.get("made")
        if not isinstance(made, str) or not made:
            raise CacheFormatError("no record of the base the profiles were compiled in")
        try:
            part = cls(
                a["credit_offsets"].astype(np.int64, copy=False),
                a["credit_tokens"].astype(np.int32, copy=False),
                a["credit_values"].astype(np.float64, copy=False),
                a["records"].astype(np.uint8, copy=False),
                a["record_offsets"].astype(np.int64, copy=False),
                a["context"].astype(np.uint8, copy=False),
                a["merge"].astype(np.uint8, copy=False),
                a["fact_keys"].astype(np.uint8, copy=False),
                a["fact_words"].astype(np.int32, copy=False),
                a["fact_word_offsets"].astype(np.int64, copy=False),
                made,
            )
        except KeyError as exc:
            raise CacheFormatError(f"missing array {exc}") from exc
        if facts is None:
            facts = len(part.credit_offsets) - 1
        if not (
            len(part.credit_offsets) == len(part.record_offsets) == facts + 1
            and len(part.fact_keys) == facts * _FactKeys.SIZE
            and int(part.credit_offsets[-1]) == len(part.credit_tokens) == len(part.credit_values)
            and int(part.record_offsets[-1]) == len(part.records)
            and len(part.fact_word_offsets) == facts + 1
            and int(part.fact_word_offsets[0]) == 0
            and int(part.fact_word_offsets[-1]) == len(part.fact_words)
            and not bool(np.any(np.diff(part.fact_word_offsets) < 0))
            and (not len(part.fact_words) or int(part.fact_words.min()) >= 0)
        ):
            raise CacheFormatError("profile arrays do not match the file")
        return part

    def keys(self) -> list[bytes]:
        """Return each fact's ``_FactKeys.of``, in file order."""
        raw, size = self.fact_keys.tobytes(), _FactKeys.SIZE
        return [raw[k : k + size] for k in range(0, len(raw), size)]

    def profile(self, position: int, tokens: Sequence[str], remap: npt.NDArray[np.int32]) -> FactProfile:
        """Decode the profile of the file's ``position``-th fact (``remap``: this file's token ids to the base's)."""
        start, end = self.credit_offsets[position : position + 2].tolist()
        ids = remap[self.credit_tokens[start:end]].tolist()
        credits = dict(zip(map(tokens.__getitem__, ids), self.credit_values[start:end].tolist(), strict=True))
        first, last = self.record_offsets[position : position + 2].tolist()
        return decode_profile(credits, self.records[first:last].tobytes())

    def named_profile(self, position: int, names: Sequence[str]) -> FactProfile:
        """Decode the profile of the file's ``position``-th fact (``names``: the text of each of this file's token
        ids, ``tokens[remap]`` of ``profile``)."""
        offsets, tokens, values, record_offsets = self._views
        start, end = offsets[position], offsets[position + 1]
        # Read through memory views and a list of the names: a dozen profiles are decoded while a member waits, and
        # each of numpy's slicing, indexing and ``tolist`` calls costs a microsecond on arrays of some twenty items.
        # (The two slices are of one length: no check of it while the member waits.)
        credits: dict[str, float] = dict(
            zip(map(names.__getitem__, tokens[start:end].tolist()), values[start:end].tolist(), strict=False)
        )
        # A view, not a copy: orjson reads it as it is.
        return decode_profile(credits, self.records.data[record_offsets[position] : record_offsets[position + 1]])

    @cached_property
    def _views(self) -> tuple[memoryview, memoryview, memoryview, memoryview]:
        """Return memory views of the credits' offsets, tokens and values and of the records' offsets."""
        return (
            self.credit_offsets.data,
            self.credit_tokens.data,
            self.credit_values.data,
            self.record_offsets.data,
        )


# ---------------------------------------------------------------------------------------------------- profile codec
_PROFILE_FIELDS = tuple(f.name for f in dataclasses.fields(FactProfile) if f.name != "credits")

#: The fields a question reads of its candidates: every candidate's detailed scoring (``checks.Scorer.score``: the
#: phrasings it is compared with, the words it has only inside names, the names of the world it mentions, the kinds
#: of answer and the events it gives), and the checks the decision runs on the best of them (figures, dates,
#: relations, negations, the article as a document). A record keeps them apart from the rest, which a question reads
#: of few candidates (about one in twenty): up to 16 candidates are decoded while a member waits.
_HOT_FIELDS = (
    "phrasings",
    "name_only",
    "entities",
    "partners",
    "places",
    "named_after_role",
    "events",
    "numbers",
    "dates",
    "roles",
    "negated",
    "has_year",
    "has_number",
    "has_count",
    "gives_figures",
    "about_document",
)
_COLD_FIELDS = tuple(name for name in _PROFILE_FIELDS if name not in _HOT_FIELDS)
#: What parts the two in a record: JSON never writes it raw (a newline in a text is escaped).
_RECORD_SPLIT = b"\n"


def encode_profile(profile: FactProfile) -> bytes:
    """Return a profile's fields but its credits as JSON (sets sorted, so equal profiles give equal bytes): the
    fields read of every candidate (``_HOT_FIELDS``) as one array, then a newline and the rest as another.

    A field whose type is a set or a tuple of text (most of a profile) is written as a plain list of its texts, read
    back by the field's type (``_RecordPart``); any other value is written with tags (``_plain``).
    """
    return _RECORD_SPLIT.join(
        json.dumps([_field_value(name, getattr(profile, name)) for name in names], separators=(",", ":")).encode()
        for names in (_HOT_FIELDS, _COLD_FIELDS)
    )


#: The fields written as plain lists, by their type: a set of text ("S"), a tuple of text ("T"), a tuple of pairs of
#: text ("P", each pair a list) and a tuple of role readings ("R", each a list of its three parts); "" for the rest.
_PROFILE_TAGS = {
    f.name: {
        "frozenset[str]": "S",
        "tuple[str, ...]": "T",
        "tuple[tuple[str, str], ...]": "P",
        "tuple[RoleReading, ...]": "R",
    }.get(str(f.type), "")
    for f in dataclasses.fields(FactProfile)
}


def _field_value(name: str, value: object) -> object:
    """Return a profile field's value as JSON values: a plain list for a field of a kind ``_PROFILE_TAGS`` names."""
    tag = _PROFILE_TAGS[name]
    if not tag:
        return _plain(value)
    if tag == "R":
        if not isinstance(value, tuple) or not all(type(r) is RoleReading for r in value):
            raise TypeError(f"a profile's {name} must be a tuple of role readings")
        return [[r.relation, r.agent, r.target] for r in value]
    if tag == "P":
        if not isinstance(value, tuple) or not all(
            type(pair) is tuple and len(pair) == 2 and all(type(v) is str for v in pair) for pair in value
        ):
            raise TypeError(f"a profile's {name} must be a tuple of pairs of text")
        return [list(pair) for pair in value]
    if not isinstance(value, frozenset | set | tuple) or not all(type(v) is str for v in value):
        raise TypeError(f"a profile's {name} must be a set or a tuple of text")
    return sorted(value) if tag == "S" else list(value)


class _RecordPart:
    """Where the fields of each kind stand in one part of a record (``encode_profile``): sets of text, tuples of
    text (plain lists), and the rest (tagged values, flags, numbers). Records are decoded while a member waits: each
    field is read by its kind, and only the fields that need it are touched."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        tags = [_PROFILE_TAGS[name] for name in names]
        self.sets = tuple(i for i, tag in enumerate(tags) if tag == "S")
        self.tuples = tuple(i for i, tag in enumerate(tags) if tag == "T")
        self.pairs = tuple(i for i, tag in enumerate(tags) if tag == "P")
        self.roles = tuple(i for i, tag in enumerate(tags) if tag == "R")
        self.tagged = tuple(i for i, tag in enumerate(tags) if not tag)

    def read(self, record: bytes) -> list[Any]:
        """Return the values of the part's fields in a record part, in ``names`` order."""
        values = _parse_record(record)
        if type(values) is not list or len(values) != len(self.names):
            raise CacheFormatError("a profile record of the wrong shape")
        # The list is turned into the profile's values in place (flags and numbers stay as they are).
        try:
            for i in self.sets:
                texts = values[i]
                if type(texts) is not list:
                    raise CacheFormatError("a profile record of the wrong shape")
                values[i] = frozenset(texts) if texts else _NO_TEXTS
            for i in self.tuples:
                texts = values[i]
                if type(texts) is not list:
                    raise CacheFormatError("a profile record of the wrong shape")
                values[i] = tuple(texts)
            for i in self.pairs:
                pairs = values[i]
                if type(pairs) is not list:
                    raise CacheFormatError("a profile record of the wrong shape")
                values[i] = tuple([(first, second) for first, second in pairs]) if pairs else ()
            for i in self.roles:
                roles = values[i]
                if type(roles) is not list:
                    raise CacheFormatError("a profile record of the wrong shape")
                values[i] = tuple([RoleReading(*role) for role in roles]) if roles else ()
            for i in self.tagged:
                if type(values[i]) is dict:
                    values[i] = _typed(values[i])
        except (TypeError, ValueError) as exc:
            raise CacheFormatError("a profile record of the wrong shape") from exc
        return values


_HOT = _RecordPart(_HOT_FIELDS)
_COLD = _RecordPart(_COLD_FIELDS)


#: The one empty set every decoded profile shares: most of a profile's sets are empty, and a new empty set per
#: field made each profile kept in memory a score of objects for the garbage collector to walk again and again.
_NO_TEXTS: frozenset[str] = frozenset()


def _parse_record(record: bytes) -> Any:
    """Return the JSON values of a profile record part."""
    # orjson parses a record in half json's time: up to 16 profiles are decoded while a member waits.
    try:
        return orjson.loads(record)
    except orjson.JSONDecodeError:
        # What orjson refuses and json reads back (a lone surrogate escaped in a text).
        return json.loads(record)


def decode_profile(credits: dict[str, float], record: bytes | memoryview) -> FactProfile:
    """Return the profile a record (``encode_profile``) and its credits describe.

    The fields read of every candidate are decoded now, the rest when one of them is first read (``_DecodedProfile``).
    """
    raw = bytes(record)
    split = raw.find(_RECORD_SPLIT)
    if split < 0:
        raise CacheFormatError("a profile record of the wrong shape")
    profile = _DecodedProfile.__new__(_DecodedProfile)
    fields = profile.__dict__
    fields["credits"] = credits
    fields.update(zip(_HOT_FIELDS, _HOT.read(raw[:split]), strict=True))
    fields[_DecodedProfile.REST] = raw[split + 1 :]
    return profile


class _DecodedProfile(FactProfile):
    """A profile decoded from its compiled record: the fields read of every candidate at once, each of the rest
    (``_Rest``) with all the others the first time one of them is read (for few candidates).

    Made by ``decode_profile``; one made by ``dataclasses.replace`` is given every field, as a ``FactProfile`` is.
    """

    #: Where the record part of the fields not yet read is kept, in the instance's ``__dict__``.
    REST = "_rest"

    def read_rest(self) -> None:
        """Decode the fields not yet read into the instance (two threads may both: they set equal values)."""
        fields = self.__dict__
        if _COLD_FIELDS[0] not in fields:
            # Set at once: another thread reading meanwhile finds either none of them or all of them.
            fields.update(dict(zip(_COLD_FIELDS, _COLD.read(fields[self.REST]), strict=True)))

    def __eq__(self, other: object) -> bool:
        # A decoded profile equals the profile it was compiled from, whatever the type each was made as.
        if not isinstance(other, FactProfile):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in ("credits", *_PROFILE_FIELDS))

    def __repr__(self) -> str:
        return repr(FactProfile(**self.__getstate__()))

    def __getstate__(self) -> dict[str, Any]:
        # Every field, the record part kept for the ones not yet read left out.
        return {name: getattr(self, name) for name in ("credits", *_PROFILE_FIELDS)}


class _Rest:
    """A field of a ``_DecodedProfile`` not decoded with the profile: read with the others of its part on first use.

    A non-data descriptor, like ``functools.cached_property``: once decoded, the value in the instance's
    ``__dict__`` is what every later read finds (and what ``dataclasses.replace`` and ``__init__`` set).
    """

    def __init__(self, name: str) -> None:
        self._name = name

    def __get__(self, instance: _DecodedProfile | None, owner: type[Any] | None = None) -> Any:
        if instance is None:
            return self
        instance.read_rest()
        return instance.__dict__[self._name]


for _name in _COLD_FIELDS:
    setattr(_DecodedProfile, _name, _Rest(_name))


def _plain(value: object) -> object:
    """Return a profile value as JSON values, tagging what JSON lacks: sets, tuples and role readings.

    Sets and tuples of text (most of a profile) get tags of their own ("S", "T"), read back without looking at
    each item: profiles are decoded while a member waits for an answer.
    """
    if isinstance(value, frozenset | set):
        if all(type(v) is str for v in value):
            return {"S": sorted(value)}
        items = [_plain(v) for v in value]
        try:
            items.sort()  # lists of text: equal sets give equal bytes
        except TypeError:
            items.sort(key=repr)
        return {"s": items}
    if isinstance(value, tuple):
        if all(type(v) is str for v in value):
            return {"T": list(value)}
        return {"t": [_plain(v) for v in value]}
    if isinstance(value, RoleReading):
        return {"r": [value.relation, value.agent, value.target]}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"a profile value the compiled index cannot keep: {type(value).__name__}")


def _typed(value: Any) -> Any:
    if type(value) is dict:
        if len(value) == 1:  # every record the codec writes: one tag; sets and tuples of text the most common
            ((tag, inner),) = value.items()
            if tag == "S":
                return frozenset(inner) if inner else _NO_TEXTS
            if tag == "T":
                return tuple(inner)
        if "S" in value:
            return frozenset(value["S"])
        if "T" in value:
            return tuple(value["T"])
        if "s" in value:
            return frozenset(_typed(v) for v in value["s"])
        if "t" in value:
            return tuple(_typed(v) for v in value["t"])
        if "r" in value:
            relation, agent, target = value["r"]
            return RoleReading(relation, agent, target)
        raise CacheFormatError("an unknown tag in a profile record")
    return value


class Profiles(Sequence[FactProfile]):
    """Every fact's profile, decoded from its file's compiled form when first needed (a bounded number kept)."""

    def __init__(
        self,
        parts: list[tuple[int, CompiledPart, npt.NDArray[np.int32]]],
        tokens: Sequence[str],
        size: int,
        keep: int = 8192,
    ) -> None:
        #: Decoded profiles kept in memory (a question scores a few dozen; the rest stay compiled).
        self._keep = keep
        self._parts = parts
        self._starts = [start for start, _part, _remap in parts]
        self._tokens = tokens
        self._size = size
        self._kept: OrderedDict[int, FactProfile] = OrderedDict()
        self._lock = threading.Lock()
        #: Every token's text, and each file's token ids as text (``_decode``), made when first needed.
        self._texts: npt.NDArray[np.object_] | None = None
        self._names: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, position: int) -> FactProfile: ...

    @overload
    def __getitem__(self, position: slice) -> list[FactProfile]: ...

    def __getitem__(self, position: int | slice) -> FactProfile | list[FactProfile]:
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(self._size))]
        if position < 0:
            position += self._size
        if not 0 <= position < self._size:
            raise IndexError("profile position out of range")
        with self._lock:
            found = self._kept.get(position)
            if found is not None:
                self._kept.move_to_end(position)
                return found
        found = self._decode(position)
        with self._lock:
            self._kept[position] = found
            if len(self._kept) > self._keep:
                self._kept.popitem(last=False)
        return found

    def warm(self, count: int) -> None:
        """Decode the first ``count`` profiles (no more than are kept decoded) ahead of the questions."""
        for position in range(min(count, self._keep, self._size)):
            self[position]

    def __iter__(self) -> Iterator[FactProfile]:
        # Reading every profile (rare) decodes each once without pushing the questions' ones out of memory.
        for position in range(self._size):
            with self._lock:
                found = self._kept.get(position)
            yield found if found is not None else self._decode(position)

    def _decode(self, position: int) -> FactProfile:
        index = _segment(self._starts, position)
        start, part, remap = self._parts[index]
        names = self._names.get(index)
        if names is None:
            # Each file's token ids as text at its first profile: a profile's words are then one look-up, not two.
            # (Two threads may make it at once; both make equal arrays.)
            if self._texts is None:
                self._texts = np.array(self._tokens, dtype=object)
            # A list, not an array: a profile's words are looked up one by one in it.
            names = self._names[index] = self._texts[remap].tolist()
        return part.named_profile(position - start, names)


def _counts_more_than_the_partners(tokens: Sequence[str], words: Callable[[str], frozenset[str]]) -> bool:
    """Tell whether an answer has a number word that counts something ("eight lines"), not the partners themselves
    ("the two sides also produced ...": no count of what the fact is about)."""
    numbers, partners = words("number_words"), words("partner_nouns")
    return any(t in numbers and (i + 1 == len(tokens) or tokens[i + 1] not in partners) for i, t in enumerate(tokens))


def _segment(starts: Sequence[int], position: int) -> int:
    """Return the index of the last start at or before ``position`` (files without facts share a start)."""
    return max(0, bisect.bisect_right(starts, position) - 1)


# ---------------------------------------------------------------------------------------------------- mappings
#: The value a mapping over the vocabulary gives for each token.
_V = TypeVar("_V")


class _OverVocabulary(Mapping[str, _V]):
    """A mapping from each token of the vocabulary to a value kept in arrays (what the subclass reads)."""

    _vocabulary: Mapping[str, int]

    def __contains__(self, token: object) -> bool:
        return token in self._vocabulary

    def __iter__(self) -> Iterator[str]:
        return iter(self._vocabulary)

    def __len__(self) -> int:
        return len(self._vocabulary)


class Postings(_OverVocabulary[tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]]):
    """Token -> (fact positions, credits): views into one array of positions and one of credits."""

    def __init__(
        self,
        vocabulary: Mapping[str, int],
        offsets: npt.NDArray[np.int64],
        facts: npt.NDArray[np.int32],
        credits: npt.NDArray[np.float32],
    ) -> None:
        self._vocabulary = vocabulary
        self._offsets = offsets
        self._facts = facts
        self._credits = credits

    def __getitem__(self, token: str) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]:
        index = self._vocabulary[token]
        start, end = int(self._offsets[index]), int(self._offsets[index + 1])
        return self._facts[start:end], self._credits[start:end]

    def get(self, token: str, default: Any = None) -> Any:
        """Return a token's posting, or ``default``."""
        index = self._vocabulary.get(token)
        if index is None:
            return default
        start, end = int(self._offsets[index]), int(self._offsets[index + 1])
        return self._facts[start:end], self._credits[start:end]


class Weights(_OverVocabulary[float]):
    """Token -> weight, over one array of numbers."""

    def __init__(self, vocabulary: Mapping[str, int], weights: array[float]) -> None:
        self._vocabulary = vocabulary
        self._weights = weights

    def __getitem__(self, token: str) -> float:
        return self._weights[self._vocabulary[token]]

    def get(self, token: str, default: Any = None) -> Any:
        """Return a token's weight, or ``default``."""
        index = self._vocabulary.get(token)
        return default if index is None else self._weights[index]


class _FrozenLists(Mapping[str, frozenset[str]]):
    """Lists of texts by key, each made a set when first read (tens of thousands are read back at every start;
    a question reads a few)."""

    def __init__(self, lists: dict[str, list[str]]) -> None:
        self._lists = lists
        self._sets: dict[str, frozenset[str]] = {}

    def __getitem__(self, key: str) -> frozenset[str]:
        found = self._sets.get(key)
        if found is None:
            found = self._sets[key] = frozenset(self._lists[key])
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._lists

    def __iter__(self) -> Iterator[str]:
        return iter(self._lists)

    def __len__(self) -> int:
        return len(self._lists)

    def singles(self) -> dict[str, str]:
        """Return the only member of each key's set that has one (``single_members``), without making the sets."""
        found: dict[str, str] = {}
        for key, listed in self._lists.items():
            if len(listed) == 1 or (listed and len(set(listed)) == 1):
                found[key] = listed[0]
        return found


def single_members(sets: Mapping[str, frozenset[str]]) -> dict[str, str]:
    """Return, for each key whose set has exactly one member, that member (in the mapping's order)."""
    if isinstance(sets, _FrozenLists):
        return sets.singles()
    return {key: next(iter(members)) for key, members in sets.items() if len(members) == 1}


class ArticleMasks(Mapping[str, npt.NDArray[np.bool_]]):
    """Article id -> a mask of its facts, made when first asked (one per article, of one byte per fact)."""

    def __init__(self, parts: Sequence[FilePart], size: int) -> None:
        self._ranges: dict[str, list[range]] = {}
        for part in parts:
            if part.article is not None:
                self._ranges.setdefault(part.article, []).append(part.facts)
        self._size = size
        self._made: dict[str, npt.NDArray[np.bool_]] = {}

    def __getitem__(self, article: str) -> npt.NDArray[np.bool_]:
        found = self._made.get(article)
        if found is None:
            if article not in self._ranges:
                raise KeyError(article)
            found = np.zeros(self._size, dtype=np.bool_)
            for span in self._ranges[article]:
                found[span.start : span.stop] = True
            found.flags.writeable = False
            self._made[article] = found
        return found

    def __contains__(self, article: object) -> bool:
        return article in self._ranges

    def __iter__(self) -> Iterator[str]:
        return iter(self._ranges)

    def __len__(self) -> int:
        return len(self._ranges)


# ---------------------------------------------------------------------------------------------------- merged index
@dataclass
class MergedIndex:
    """What the whole base shares: senses, glossary, vocabulary, postings, weights and a few gathered facts."""

    by_stem: Mapping[str, list[str]]
    plan: Sequence[ConceptPlan]
    tokens: list[str]
    surface: list[str]
    phrase_relations: dict[tuple[str, ...], str]
    partners: frozenset[str]
    concept_numbers: Mapping[str, frozenset[str]]
    concept_years: Mapping[str, frozenset[str]]
    posting_offsets: npt.NDArray[np.int64]
    posting_facts: npt.NDArray[np.int32]
    posting_credits: npt.NDArray[np.float32]
    weights: array[float]
    remaps: list[npt.NDArray[np.int32]]
    vocabulary: dict[str, int] = field(default_factory=dict)
    label_words: list[list[str]] = field(default_factory=list)
    #: Each file's ``CompiledPart.made``: the profiles this index was merged from (a file's entry is shared by
    #: every base holding the file, and rewritten when compiled for another one).
    made: list[str] = field(default_factory=list)
    #: Each token's rarity factor (``_rarity_factor``), and each file's ``FactIndex.part_key``: what merging
    #: again after one file changed reads (``Compiler._merge_from_last``).
    rarity: npt.NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    keys: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.vocabulary:
            self.vocabulary = dict(zip(self.tokens, range(len(self.tokens)), strict=True))

    def entry(self) -> CacheEntry:
        """Return the cache entry of the merged index."""
        split = SplitStems.of(self.by_stem)
        shared = {
            # Stems with one lemma as two lists of lines (read back into a mapping at once), the others as lines.
            "single_stems": _lines(list(split.single)),
            "single_lemmas": _lines(list(split.single.values())),
            "several_stems": _stem_lines(split.several),
            "surface": _lines(self.surface),
            **_plan_columns(self.plan, self.label_words),
        }
        # What merging again reads is kept apart from the words and the plan, which it does not read.
        gathered = {
            "tokens": _lines(self.tokens),
            "phrase_relations": list(self.phrase_relations.items()),
            "partners": sorted(self.partners),
            "concept_numbers": {k: sorted(v) for k, v in self.concept_numbers.items()},
            "concept_years": {k: sorted(v) for k, v in self.concept_years.items()},
        }
        arrays: dict[str, npt.NDArray[Any]] = {}
        for name, value in (("shared", shared), ("gathered", gathered)):
            # Encoded straight into the array (no joined copy): this is written after a start has answered, and a
            # large base's shared part is tens of megabytes.
            text = json.dumps(value, separators=(",", ":"))
            arrays[name] = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
            del text
        del shared, gathered
        arrays.update(
            {
                "posting_offsets": self.posting_offsets,
                "posting_facts": self.posting_facts,
                "posting_credits": self.posting_credits,
                "weights": np.frombuffer(self.weights, dtype=np.float64) if len(self.weights) else np.zeros(0),
                "rarity": np.asarray(self.rarity, dtype=np.float64),
            }
        )
        for i, remap in enumerate(self.remaps):
            arrays[f"remap_{i}"] = remap
        return CacheEntry({"parts": len(self.remaps), "made": self.made, "keys": self.keys}, arrays)

    @classmethod
    def from_entry(cls, entry: CacheEntry, parts: int, size: int | None, *, words: bool = True) -> MergedIndex:
        """Read the merged index back; raise CacheFormatError (or KeyError, ValueError) if it does not hold.

        ``size``: the base's number of facts (None: not checked here). Without ``words``, the senses' stems, the
        plan, the surface words and the labels are not read (left empty): merging again does not need them.
        """
        a = entry.arrays
        if entry.meta.get("parts") != parts:
            raise CacheFormatError("made for another number of files")
        made, keys = _texts_of(entry.meta.get("made"), parts), _texts_of(entry.meta.get("keys"), parts)
        # The entry's digest was checked: its values are taken as written (lists of text), not copied one by one.
        gathered = _json_loads(a["gathered"].tobytes())
        tokens = _unlines(gathered["tokens"])
        offsets = a["posting_offsets"].astype(np.int64, copy=False)
        weights = array("d", a["weights"].astype(np.float64, copy=False).tobytes())
        rarity = a["rarity"].astype(np.float64, copy=False)
        if len(offsets) != len(tokens) + 1 or len(weights) != len(tokens) or len(rarity) != len(tokens):
            raise CacheFormatError("postings do not match the vocabulary")
        facts = a["posting_facts"].astype(np.int32, copy=False)
        credits = a["posting_credits"].astype(np.float32, copy=False)
        if int(offsets[-1]) != len(facts) or len(credits) != len(facts):
            raise CacheFormatError("postings do not hold together")
        remaps = [a[f"remap_{i}"].astype(np.int32, copy=False) for i in range(parts)]
        if any(len(remap) and int(remap.max()) >= len(tokens) for remap in remaps) or (
            size is not None and len(facts) and int(facts.max()) >= size
        ):
            raise CacheFormatError("token or fact numbers out of range")
        if not isinstance(gathered["concept_numbers"], dict) or not isinstance(gathered["concept_years"], dict):
            raise CacheFormatError("no figures or years by concept")
        by_stem: Mapping[str, list[str]] = {}
        plan: Sequence[ConceptPlan] = []
        surface: list[str] = []
        label_words: list[list[str]] = []
        if words:
            shared = _json_loads(a["shared"].tobytes())
            single_stems, single_lemmas = _unlines(shared["single_stems"]), _unlines(shared["single_lemmas"])
            if len(single_stems) != len(single_lemmas):
                raise CacheFormatError("stems and their lemmas do not match")
            by_stem = SplitStems(
                dict(zip(single_stems, single_lemmas, strict=True)),
                _stems_from_lines(_unlines(shared["several_stems"])),
            )
            plan, label_words = _plan_read(shared)
            surface = _unlines(shared["surface"])
        return cls(
            by_stem=by_stem,
            plan=plan,
            tokens=tokens,
            surface=surface,
            phrase_relations={tuple(k): str(v) for k, v in gathered["phrase_relations"]},
            partners=frozenset(gathered["partners"]),
            concept_numbers=_FrozenLists(gathered["concept_numbers"]),
            concept_years=_FrozenLists(gathered["concept_years"]),
            posting_offsets=offsets,
            posting_facts=facts,
            posting_credits=credits,
            weights=weights,
            remaps=remaps,
            label_words=label_words,
            made=made,
            rarity=rarity,
            keys=keys,
        )


def _plan_columns(plan: Sequence[ConceptPlan], label_words: Sequence[Sequence[str]]) -> dict[str, Any]:
    """Return a glossary plan and its labels' words as the merged index keeps them: as columns of lines, quick to
    read back (``_plan_read``); as JSON arrays if a stem or a word cannot be a part of a line (empty, or holding a
    space or a line break)."""
    columns = plan if isinstance(plan, ColumnPlan) else ColumnPlan.of(plan)
    stems = columns.stem_lines()
    words = [" ".join(label) for label in label_words]
    plain_words = all(word and " " not in word and "\n" not in word for label in label_words for word in label)
    if stems is None or not plain_words or any("\n" in concept for concept in columns.concepts):
        return {"plan": list(plan), "label_words": [list(label) for label in label_words]}
    return {
        "plan_concepts": _lines(columns.concepts) if columns.concepts else "",
        "plan_labels": columns.labels,
        "plan_scopes": columns.scopes,
        "plan_named": "".join("1" if named else "0" for named in columns.named),
        "plan_counts": columns.counts,
        "plan_stems": "\n".join(stems),
        "plan_proper": "".join("1" if proper else "0" for proper in columns.proper),
        "label_lines": "\n".join(words),
        "labels": len(words),
    }


def _plan_read(shared: Mapping[str, Any]) -> tuple[Sequence[ConceptPlan], list[list[str]]]:
    """Return the glossary plan and its labels' words kept by ``_plan_columns`` (ValueError, KeyError or TypeError
    if they do not hold together)."""
    if "plan" in shared:
        listed: list[ConceptPlan] = [
            (c, label, scope, named, tuple((tuple(s), p) for s, p in variants))
            for c, label, scope, named, variants in shared["plan"]
        ]
        return listed, shared["label_words"]
    named, proper = shared["plan_named"], shared["plan_proper"]
    if not isinstance(named, str) or not isinstance(proper, str) or not set(named + proper) <= {"0", "1"}:
        raise ValueError("the plan's flags are not flags")
    counts = shared["plan_counts"]
    labels, scopes = shared["plan_labels"], shared["plan_scopes"]
    if not all(isinstance(n, int) for n in counts) or not all(isinstance(label, str) for label in labels):
        raise TypeError("the plan's columns are not of their kind")
    if not all(scope is None or isinstance(scope, str) for scope in scopes):
        raise TypeError("the plan's articles are not texts")
    plan = ColumnPlan(
        _unlines(shared["plan_concepts"]),
        labels,
        scopes,
        [flag == "1" for flag in named],
        counts,
        _unlines(shared["plan_stems"]),
        [flag == "1" for flag in proper],
    )
    lines = shared["label_lines"].split("\n")
    label_words = [line.split(" ") if line else [] for line in lines] if shared["labels"] else []
    if len(label_words) != shared["labels"]:
        raise ValueError("the labels' words do not match")
    return plan, label_words


def _texts_of(listed: object, count: int) -> list[str]:
    """Return a list of ``count`` texts read from an entry's metadata; raise CacheFormatError if it is not one."""
    if not isinstance(listed, list) or len(listed) != count or not all(isinstance(text, str) for text in listed):
        raise CacheFormatError("no record of the files' profiles it was merged from")
    return listed


def contents_start(answer: str) -> int | None:
    """Return where an answer starts saying what something contains ("... rest on A, B and C"), or None."""
    found = _CONTENTS.search(answer)
    return found.start() if found else None


def _ascii_folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return a case-insensitive pattern as a case-sensitive one that finds the same in lowercased ASCII text.

    On ASCII text a case-insensitive letter matches exactly the letters that lowercase to it, and every class these
    patterns use (``\\d``, ``\\s``, ``\\w``, ``\\b``, sets of digits and punctuation) holds a letter in either case or
    in neither: the pattern with its letters lowercased (escapes kept) matches the lowercased text where the
    original matches the text. Searched case-sensitively it is about twice as quick, and ``gives`` reads every
    answer of a base when it is compiled. A case-sensitive pattern is returned as it is (it reads the text as
    written).
    """
    if not pattern.flags & re.IGNORECASE:
        return pattern
    source = re.sub(r"\\.|[A-Z]", lambda m: m.group(0) if len(m.group(0)) > 1 else m.group(0).lower(), pattern.pattern)
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def _gives_table(
    patterns: Sequence[tuple[str, re.Pattern[str], tuple[str, ...]]],
) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str], bool, tuple[str, ...]], ...]:
    """Return each attribute with its pattern, the pattern for lowercased ASCII text, whether that one reads the
    lowercased text (a case-sensitive pattern reads the text as written), and the words one of which it needs."""
    return tuple((a, p, f, f is not p, needs) for a, p, needs in patterns for f in (_ascii_folded(p),))


# The patterns of ``gives`` that need a figure in the answer, and those that do not, each with words one of which
# every text it matches holds (as read: lowercased, or as written): on ASCII text the pattern is tried only when
# one is there. Looking for a few words costs a tenth of a search that fails, and most patterns fail on most answers.
_FIGURE_GIVES = _gives_table(
    (
        ("cost", _MONEY, ("$", "rs", "inr", "usd", "dollar", "rupee", "yen", "euro")),
        (
            "change",
            _CHANGE,
            (
                "increas",
                "rose",
                "risen",
                "rises",
                "grew",
                "grow",
                "jump",
                "boost",
                "doubled",
                "tripled",
                "halved",
                "declin",
                "fell",
                "fallen",
                "drop",
                "up by",
                "down by",
            ),
        ),
        ("length", _LENGTH, ("km", "kilomet", "mile", "metre", "meter")),
        ("area", _AREA, ("sq", "square", "hectare", "acre")),
        ("speed", _SPEED, ("km", "mph")),
        ("percent", _PERCENT, ("%", "per")),
        ("population", _POPULATION, ("population",)),
        ("month", _MONTH, ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")),
    )
)
_WORDING_GIVES = _gives_table(
    (
        ("purpose", _PURPOSE, ()),
        (
            "reason",
            _REASON,
            (
                "because",
                "due to",
                "owing to",
                "on account of",
                "as a result",
                "in response to",
                "since",
                "given that",
                "amid",
            ),
        ),
        (
            "rank",
            _RANK,
            (
                "largest",
                "biggest",
                "smallest",
                "highest",
                "lowest",
                "greatest",
                "most",
                "least",
                "top",
                "leading",
                "flagship",
                "primary",
                "main",
                "chief",
                "principal",
                "foremost",
                "first",
            ),
        ),
        ("capital", _CAPITAL, ("capital",)),
        ("service", _SERVICE, ("nav", "arm", "force", "guard")),
        ("reputation", _REPUTATION, (" for",)),
        ("headquarters", _HEADQUARTERS, ("headquarter", "based ", "seat of")),
        (
            "contents",
            _CONTENTS,
            (
                "includ",
                "cover",
                "compris",
                "consist",
                "contain",
                "such as",
                "namely",
                "rest",
                "built on",
                "illustrated by",
                "exemplified by",
                "for example",
                "for instance",
                ":",
            ),
        ),
        ("earlier", _EARLIER, ("before", "prior to", "previously", "formerly", "earlier", "until", "till")),
        ("means", _MEANS, ("through", "via", "by ", "using", "with the help of", "use")),
        ("benefit", _BENEFIT, ("benefit", "advantage", "help", "gain")),
        ("opinion", _OPINION, ("argue", "believe", "view", "see", "regard", "call", "urge", "should")),
        (
            "future",
            _FUTURE,
            (
                "will",
                "shall",
                "next",
                "future",
                "upcoming",
                "forthcoming",
                "plan",
                "decade",
                "roadmap",
                "target",
                "going to",
                "set to",
                "expected to",
                "due to be",
                "to be completed",
                "vision",
            ),
        ),
        (
            "frequency",
            _FREQUENCY,
            (
                "once",
                "twice",
                " times",
                "every",
                "each",
                "daily",
                "weekly",
                "monthly",
                "yearly",
                "annual",
                "biennial",
                "regularly",
                "periodically",
            ),
        ),
        ("duration", _DURATION, ("year", "month", "week", "day", "hour", "min", "decade", "run", "last", "span")),
    )
)


def gives(answer: str) -> frozenset[str]:
    """Return the attributes an answer's wording gives: an amount of money, a length, a purpose..."""
    found = set()
    # Patterns that need a figure are not tried on an answer without one, the list pattern (slow to fail) not on
    # one without a comma, and it is tried once for both attributes it gives: every fact is read so at compile.
    figures = _DIGIT.search(answer) is not None
    # An ASCII answer (nearly all) is lowercased once and read by the case-sensitive forms of the patterns (another
    # is read as written: a case-insensitive letter may match a letter beyond ASCII, "ı" for "i").
    ascii_text = answer.isascii()
    lowered = answer.lower() if ascii_text else answer
    for table, wanted in ((_FIGURE_GIVES, figures), (_WORDING_GIVES, True)):
        if not wanted:
            continue
        for attribute, pattern, folded, on_lowered, needs in table:
            if ascii_text:
                text = lowered if on_lowered else answer
                hit = (not needs or any(word in text for word in needs)) and folded.search(text) is not None
            else:
                hit = pattern.search(answer) is not None
            if hit:
                found.add(attribute)
    if "," in answer and _LIST.search(answer):
        found.update(("names", "goods"))
    if "future" in found and not any(said_as_a_word(answer, m.start()) for m in _FUTURE.finditer(answer)):
        found.discard("future")
    # "the Joint Vision for the Next Decade" names a vision; it says nothing of how long anything lasts.
    if "duration" in found and not any(said_as_a_word(answer, m.start()) for m in _DURATION.finditer(answer)):
        found.discard("duration")
    return frozenset(found)


def said_as_a_word(text: str, start: int) -> bool:
    """Tell whether the word at ``start`` is a plain word, not part of a name: capitalised only to open a sentence."""
    return not text[start].isupper() or not text[:start].strip() or text[:start].rstrip()[-1] in ".!?:;\n"


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
