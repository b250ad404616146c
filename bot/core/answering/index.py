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

from bot.core.answering.entities import Gazetteer, default_gazetteer
from bot.core.answering.roles import RoleReading, read_roles
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS, Thresholds
from bot.core.knowledge.base import KnowledgeBase, SourcedFact
from bot.core.language.lexicon import LEXICON, Lexicon
from bot.core.language.senses import SENSE_MARK, Senses
from bot.core.language.text import is_number, normalize, tokenize

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
GAZETTEER_KINDS = {"prefecture": "prefecture", "state": "state", "country": "country", "place": "city"}

_YEAR = re.compile(r"\b(1[89]|20)\d{2}\b")
#: A figure that is a quantity: not part of a name ("2+2", "G4", "Chandrayaan 5") and not a year.
_QUANTITY = re.compile(r"(?<![\w+-])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?(?![\w+-])")
_MONEY = re.compile(
    r"(?:US\$|\$|₹|\bRs\.?|\bINR\b|\bUSD\b|€|¥)\s?\d|\d[\d.,]*\s?(?:billion|million|crore|lakh|trillion)?\s?"
    r"(?:dollars?|rupees?|yen|euros?)\b",
    re.IGNORECASE,
)
_LENGTH = re.compile(r"\d[\d.,]*\s?(?:km|kms|kilomet(?:re|er)s?|miles?|metres?|meters?)\b", re.IGNORECASE)
_SPEED = re.compile(r"\d[\d.,]*\s?(?:km/h|kmph|km per hour|mph)\b", re.IGNORECASE)
_PERCENT = re.compile(r"\d\s?(?:%|per ?cent)", re.IGNORECASE)
_PURPOSE = re.compile(
    r"\b(?:aims?|aimed|purpose|objectives?|goals?|intended|meant to|meant for|in order to|so as to|so that)\b"
    r"|\bto (?!the\b|a\b|an\b|its\b|their\b)[a-z]{3,}"
)
_HEADQUARTERS = re.compile(r"\bheadquarter\w*|\bbased (?:in|at)\b|\bseat of\b", re.IGNORECASE)
_CONTENTS = re.compile(
    r"\b(?:includ(?:es?|ed|ing)|cover(?:s|ed|ing)?|compris(?:es?|ed)|consists? of|contain(?:s|ed)?|such as|namely)\b|:"
)
#: Where a list splits into its items.
_LIST_ITEMS = re.compile(r"[,;:]|\band\b|\bplus\b")
#: A list of three or more items ("a, b and c").
_LIST = re.compile(r"\w[^,;.]*,\s*\w[^,;.]*(?:,|\band\b)\s*\w")
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
        return [(i, end, concept) for i in range(len(stems)) for end, concept in self._at(stems, i, article)]

    def find(self, stems: Sequence[str], article: str | None = ANY_ARTICLE) -> list[tuple[int, int, str]]:
        """Return (start, end, concept) spans, longest first at each position, without overlaps."""
        spans: list[tuple[int, int, str]] = []
        i = 0
        while i < len(stems):
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
        glossary = cls()
        for index, (entry, scope) in enumerate(zip(base.glossary, base.glossary_scopes, strict=True)):
            concept = f"{CONCEPT_PREFIX}{index}"
            glossary.labels[concept] = entry.term
            glossary.scope[concept] = scope
            if entry.term[:1].isupper() or any(ch.isdigit() for ch in entry.term):
                glossary.named.add(concept)
            bag: set[str] = set()
            for variant in entry.variants:
                words = tokenize(variant)
                stems = tuple(senses.token(w) for w in words if w not in lexicon.ignored)
                stems = stems or tuple(senses.token(w) for w in words)
                if len(stems) == 1 and variant.isupper():
                    # An all-capitals abbreviation that is also a function word ("UP", "US").
                    stems = (senses.token(variant.casefold()),)
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


def load_word_lists() -> None:
    """Load wordfreq's lists now (while the index is built off the loop), not at the first typo a member makes.

    Loading them takes a tenth of a second of C code that holds the GIL, which would stall the event loop.
    """
    for wordlist in ("small", "large"):
        zipf_frequency("the", "en", wordlist=wordlist)


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
        self,
        base: KnowledgeBase,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
        lexicon: Lexicon = LEXICON,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.base = base
        self.thresholds = thresholds
        self.lexicon = lexicon
        self.gazetteer = gazetteer or default_gazetteer()
        load_word_lists()
        #: Relations facts declare as phrases ("us led alliance"), so questions can be read for them too.
        self.phrase_relations: dict[tuple[str, ...], str] = {
            tuple(tokenize(role.relation)): role.relation.casefold()
            for sf in base.facts
            for role in sf.fact.roles
            if role.relation.casefold() not in {r for r, _reverse in lexicon.relation_words.values()}
        }
        self.facts = base.facts
        #: For each article id, a mask of its facts (a follow-up is answered within its question's article).
        self.article_masks: dict[str, npt.NDArray[np.bool_]] = {}
        for position, sf in enumerate(base.facts):
            mask = self.article_masks.setdefault(sf.source.id, np.zeros(len(base.facts), dtype=np.bool_))
            mask[position] = True
        # Each text is tokenised once: index building is dominated by tokenisation on large bases.
        texts = [self._fields(sf) for sf in base.facts]
        surface = {w for fields in texts for tokens, _credit, _kind in fields for w in tokens}
        for entry in base.glossary:
            for variant in entry.variants:
                surface.update(tokenize(variant))
        self.senses = Senses(surface, lexicon)
        self.glossary = Glossary.build(base, self.senses, lexicon)
        self._expansions = [
            (f"{CONCEPT_PREFIX}{i}", normalize(entry.expansion))
            for i, entry in enumerate(base.glossary)
            if entry.expansion
        ]
        self.profiles = [self._profile(sf, fields) for sf, fields in zip(base.facts, texts, strict=True)]
        #: The names in the articles' titles: what every fact is about, so never a subject of its own.
        self.partners = frozenset(name for profile in self.profiles for name in profile.partners)
        #: The figures facts give about each named thing ("IJICP" -> {"2021"}): a question may name one to say
        #: which thing it means ("the IJICP launched in 2021") without asking for it.
        self.concept_numbers: dict[str, frozenset[str]] = {}
        for profile in self.profiles:
            for concept in self.glossary.named & set(profile.credits):
                self.concept_numbers[concept] = self.concept_numbers.get(concept, frozenset()) | profile.numbers
        self._build_postings({w for w in surface if w.isalpha() and len(w) > 2})

    # ------------------------------------------------------------------ building
    def _credit_stems(
        self,
        stems: Sequence[str],
        credit: float,
        credits: dict[str, float],
        named: set[str],
        free: set[str],
        article: str | None = ANY_ARTICLE,
    ) -> None:
        spans = self.glossary.find_all(stems, article)
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

    def _fields(self, sf: SourcedFact) -> list[tuple[list[str], float, str]]:
        t = self.thresholds
        fact = sf.fact
        # Only the section and article titles: tags and publisher are article-wide and would make every fact
        # look like it covers them (the article's own details are facts of their own).
        fields = [
            (" ".join((sf.section.title, sf.source.title)), t.context_credit, "context"),
            (fact.answer, t.answer_credit, "answer"),
            *((keyword, t.keyword_credit, "keyword") for keyword in fact.keywords),
            *((phrasing, t.phrasing_credit, "phrasing") for phrasing in fact.phrasings),
        ]
        return [(tokenize(text), credit, kind) for text, credit, kind in fields]

    def _profile(self, sf: SourcedFact, fields: list[tuple[list[str], float, str]]) -> FactProfile:
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
            stems = [self.senses.token(w) for w in tokens if w not in ignored]
            for word in tokens:
                if word in relation_words:
                    token = RELATION_PREFIX + relation_words[word][0]
                    credits[token] = max(credits.get(token, 0.0), credit * self.thresholds.expansion_factor)
            self._credit_stems(stems, credit, credits, named, free, sf.source.id)
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
        for tokens, credit, _kind in fields:
            for mention in self.gazetteer.find(tokens):
                entities.add(mention.canonical)
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
            entities=frozenset(entities),
            named_kinds=frozenset(named_kinds),
            type_words=frozenset(type_words),
            members=frozenset(members),
            partners=frozenset(m.canonical for m in self.gazetteer.find(tokenize(sf.source.title))),
            roles=roles,
            gives=frozenset(fact.gives) | gives(fact.answer),
            declared=frozenset(fact.gives),
            expansions=frozenset(
                concept
                for concept, expansion in self._expansions
                if expansion in folded and self.glossary.scope.get(concept) in (None, sf.source.id)
            ),
            names_only=fact.names_only,
            listed=(listed := self._listed(fact.answer, sf.source.id)),
            listed_words=frozenset(w for concept in listed for w in self.glossary.bags[concept]),
            dates=self.dates_in(fields[1][0], sf.source.id),
            negative=bool(negations := self._negated(fields[1][0])) or self._says_no(fields[1][0]),
            negated=negations,
        )

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

    def _says_no(self, tokens: Sequence[str]) -> bool:
        negations = self.lexicon.words("negations")
        return any(t in negations for t in tokens)

    def _negated(self, tokens: Sequence[str]) -> frozenset[str]:
        """Return the content words an answer negates: the next content word after "not" / "never"."""
        negations, ignored = self.lexicon.words("negations"), self.lexicon.ignored
        found = set()
        for i, token in enumerate(tokens):
            if token in negations:
                following = [w for w in tokens[i + 1 : i + 4] if w not in ignored]
                if following:
                    found.add(self.senses.token(following[0]))
        return frozenset(found)

    def glossary_spans(self, tokens: Sequence[str], article: str | None = ANY_ARTICLE) -> list[tuple[int, int, str]]:
        """Return the glossary terms in a token list as (start, end, concept), in the list's own positions."""
        content = [(i, self.senses.token(w)) for i, w in enumerate(tokens) if w not in self.lexicon.ignored]
        spans = self.glossary.find([token for _i, token in content], article)
        return [(content[start][0], content[end - 1][0] + 1, concept) for start, end, concept in spans]

    def dates_in(self, tokens: Sequence[str], article: str | None = ANY_ARTICLE) -> tuple[tuple[str, str], ...]:
        """Return (concept, year) pairs: a year within a few words of a named thing."""
        reach = self.thresholds.date_reach
        pairs = []
        for start, end, concept in self.glossary_spans(tokens, article):
            if concept not in self.glossary.named:
                continue
            near = [w for w in tokens[max(0, start - reach) : end + reach] if _YEAR.fullmatch(w)]
            if len(set(near)) == 1:
                pairs.append((concept, near[0]))
        return tuple(pairs)

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
            word = token.split(SENSE_MARK)[0]
            special = token[0] in CONCEPT_PREFIX + RELATION_PREFIX + ENTITY_PREFIX
            rarity = 1.0 if special or not word.isalpha() else self.rarity(word)
            # In a small base a common English word ("use", "known") can look rare; English usage tempers it.
            floor = t.common_word_floor
            self.weights[token] = max(t.min_word_weight, idf * (floor + (1 - floor) * rarity))
        # Surface words for typo correction: every word of the base and its glossary.
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
        # A real word of English that is merely rare ("polity", "prelims") is not a typo of a base word.
        if zipf_frequency(word, "en", wordlist="large") >= t.typo_real_word_zipf:
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


def gives(answer: str) -> frozenset[str]:
    """Return the attributes an answer's wording gives: an amount of money, a length, a purpose..."""
    found = set()
    for attribute, pattern in (
        ("cost", _MONEY),
        ("length", _LENGTH),
        ("speed", _SPEED),
        ("percent", _PERCENT),
        ("purpose", _PURPOSE),
        ("population", _POPULATION),
        ("headquarters", _HEADQUARTERS),
        ("contents", _CONTENTS),
        ("names", _LIST),
        ("goods", _LIST),
    ):
        if pattern.search(answer):
            found.add(attribute)
    return frozenset(found)


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
