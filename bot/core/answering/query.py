"""Read a member's question once into a structured query: what it asks for and the units of its meaning.

The steps, each a method of ``QueryReader``: translate words of other scripts (Hindi) through the language
data; note the markers of follow-ups, comparisons and negation; drop references to the article's own
partners; find the attributes asked for ("budget", "full form"); find the names of the world it mentions
(countries, states, organisations) and the directed relations between them ("Japan's exports to India");
find intent cues and "or" alternatives; correct typos; and group what is left into weighted units.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from bot.core.answering.entities import Gazetteer, Mention, default_gazetteer
from bot.core.answering.frozen import quick_init
from bot.core.answering.index import (
    ENTITY_PREFIX,
    KIND_PREFIX_TOKEN,
    RELATION_PREFIX,
    FactIndex,
    Typos,
    skeleton,
    zipf,
)
from bot.core.answering.roles import RoleReading, read_phrase_roles, read_roles
from bot.core.answering.shapes import figures_as_alternatives, options_as_alternatives
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS
from bot.core.answering.wording import counts_in, event_kinds, event_starts, is_year
from bot.core.language.lexicon import LEXICON, Intent, Lexicon
from bot.core.language.senses import word_of
from bot.core.language.sounds import sound_key
from bot.core.language.text import is_number, normalize, possessive_pairs, stem, tokenize

_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
#: Marks a plain word set aside ("apart from the 2025 declaration") among the named things set aside.
ASIDE_WORD = "="
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
#: Devanagari words one after another, spaces between them and nothing else (a number or a mark ends the run).
_DEVANAGARI_RUN = re.compile(r"[\u0900-\u097f]+(?:(?:\s+|-)[\u0900-\u097f]+)*")


@quick_init
@dataclass(frozen=True)
class Unit:
    """One piece of the question's meaning: a word, or a glossary term with its concept token."""

    label: str
    #: Each alternative is a set of tokens that must all be present (a concept token, or a phrase's words).
    alternatives: tuple[tuple[str, ...], ...]
    weight: float
    #: A lone word ("speed") that a fact's multi-word name ("high speed rail") does not answer.
    lone: bool = False
    #: What the unit is: a glossary "concept", a named "entity", a "relation" word, or a plain "word".
    kind: str = "word"
    #: Options joined by "or" ("andhra or tamil nadu"): the question asks to choose among them.
    options: bool = False
    #: A name of what the question is about (a named glossary term, or a place that is not a partner).
    named: bool = False

    @property
    def token(self) -> str:
        """Return the unit's first token (the word itself for a plain word)."""
        return self.alternatives[0][0]


@quick_init
@dataclass(frozen=True)
class Markers:
    """Signs that a question leans on an earlier one, compares two things, or asks what is not so."""

    anaphor: str | None = None
    #: A "this"/"that"/"these" of any kind: after an earlier question it may point back to its subject.
    demonstrative: bool = False
    elliptical: bool = False
    reversal: bool = False
    comparison: str | None = None
    negation: bool = False
    #: Opens like a follow-up ("and ...", "what about ...", "aur ..."), unlike a bare name, which may stand alone.
    continues: bool = False
    #: Goes back to what was asked before a question the bot could not answer ("back to it - when did it start").
    returns: bool = False
    #: Asks for something besides what was just answered ("any other africa initiative?", "who else").
    other: bool = False
    #: The reference is the object of a preposition ("which country works with India on it?"): whatever else
    #: the question names, "it" is the earlier subject.
    object_reference: bool = False
    #: Leaves out what it is about: opens with a preposition and a question word ("on what areas?") or ends with a
    #: verb whose object is missing ("which services participate?", "was the US involved?").
    dangling: bool = False


@dataclass(frozen=True)
class SummaryRequest:
    """A message asking for a summary ("summarize the pillars section", "key points of QUAD")."""

    #: The words naming what is to be summarised, in order ("role", "global", "regional", "order"); () for none.
    topic: tuple[str, ...]
    #: The message's words without the summary's own ("summarize", "give me", "section"): the thing asked about.
    rest: tuple[str, ...]
    #: The question words or yes/no opener left ("does the summary mention Africa?"): a question of its own,
    #: unless they are words of the section asked for ("key points of why in news").
    asked_by: tuple[str, ...] = ()


@quick_init
@dataclass(frozen=True)
class Query:
    """A question as the matcher reads it."""

    units: tuple[Unit, ...]
    intents: frozenset[Intent]
    numbers: frozenset[str]
    similarity_text: str
    corrections: tuple[tuple[str, str], ...]
    small_talk: bool
    content_words: int
    #: Every word of the question, lowercased, to tell a name in an answer from one the member typed.
    words: frozenset[str] = frozenset()
    #: Sets the bot a task it does not do in chat ("make 5 MCQs", "5 sawal bana do"), not a question.
    sets_task: bool = False
    #: Attributes asked for beyond the intents ("cost", "purpose", "full_form"...).
    attributes: frozenset[str] = frozenset()
    #: Canonical names of the world the question mentions ("Kerala", "South Korea", "Japan").
    entities: tuple[str, ...] = ()
    #: Years the question ties to a named thing ("the AAGC, set up in 2014"): (concept, year).
    dates: tuple[tuple[str, str], ...] = ()
    #: A yes/no question ("is Japan leaving the alliance?"): it asserts something rather than asks for it.
    yes_no: bool = False
    #: What "is X a Y ..." says is a Y: X's stems ("is health a line of effort": health). A fact that lacks them
    #: cannot confirm or deny it.
    asserted_subject: tuple[str, ...] = ()
    #: Stems of the words asked for as "other" ("what other concern": concern).
    asked_other: frozenset[str] = frozenset()
    #: Names offered as the answer's options ("who restricts transfers, India or Japan?"): the answer may be one.
    offered: frozenset[str] = frozenset()
    #: Labels (casefolded) of the units that are words for a kind of thing ("prefecture", "states").
    kind_words: frozenset[str] = frozenset()
    #: The question asks an attribute and names nothing else ("aim?", "how long?"): of what, a previous question says.
    attribute_only: bool = False
    roles: tuple[RoleReading, ...] = ()
    #: The one partner the question is about as the doer ("how does India deal with ..."), if it says so.
    subject_partner: str | None = None
    #: The one partner the question makes the owner of what it asks ("Japan's vision", "japan ka vision"), unless it
    #: asks about something the two share ("India's bilateral trade").
    owner_partner: str | None = None
    #: Who, other than the partners, the question makes the doer of its action ("which policy did China follow?",
    #: "china ne kya sign kiya?": China): a fact must name that one where it may act.
    named_doer: str = ""
    #: The words a named place or body owns in the question ("India's trade with Australia": "trade"), as stems.
    owned: frozenset[str] = frozenset()
    #: Two of the material's named things said to be one ("is IJICP the same as CEPA?", "IJICP is CEPA, right?").
    equates: tuple[str, ...] = ()
    #: The thing whose name is asked ("what is the name of the Japanese space agency": "agency"), as written.
    name_of: str = ""
    #: The thing a "which X is ..." question asks to be named ("which Japanese train technology is used in MAHSR":
    #: "technology"), as written: a fact must say it, name another thing, or (for things) list some.
    asked_head: str = ""
    #: Kinds the question says named places are ("is Toyama an Indian state?": Toyama, state), as (name, kind).
    claimed_kinds: tuple[tuple[str, str], ...] = ()
    markers: Markers = field(default_factory=Markers)
    text: str = ""
    #: Whether the question names what it is about: a named glossary term, or a place or body that is not one
    #: of the article's own partners. "when was it set up?" does not; "when was the AAGC set up?" does.
    has_subject: bool = False
    #: Whether it names a subject besides the article's own partners ("the AAGC", not just "japanese").
    names_more_than_partners: bool = False
    #: Whether every word the question is about is an action ("kab shuru hua", "who launched"): it names no thing.
    only_actions: bool = False
    #: The events a "when" question dates ("signed": signing), by the lexicon's event kinds.
    events: frozenset[str] = frozenset()
    #: The words after "how many", as stems ("how many prefectures": "prefectur"); the last is what is counted.
    counted: tuple[str, ...] = ()
    #: A "how many" asking how many the material names ("how many lines of effort are named?"), not how many in all.
    counts_names: bool = False
    #: What each figure of the question counts ("ten lines of effort": {"10": {"line"}}), read by ``counts_in``.
    counts: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: A kind word, a word before it that says which one ("green partnership", "look east policy": "look" and
    #: "east"), unless that word says none, and the label of the kind word's unit ("deal": "agreement").
    qualified_kinds: tuple[tuple[str, str, str], ...] = ()
    #: Those a yes/no question says of a named thing ("is JIMEX a multilateral naval exercise?"): they describe it
    #: and name no other thing when the fact files it under another kind (the claim is then false whatever they say).
    described_kinds: tuple[tuple[str, str, str], ...] = ()
    #: The events any question says happened ("why did India leave QUAD": an ending); a fact must say so too.
    asserted_events: frozenset[str] = frozenset()
    #: The words of the events a question dates, asserts a year of, or asks the doer of ("when was it set up",
    #: "the AAGC was made in 2015?", "who signed CEPA"), as written and as stems, with their kinds: a fact that
    #: states an event of the same kind covers them however it is worded ("made" / "established").
    event_words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: The events a "who" question asks the doer of ("who signed CEPA": signing); a fact must state one.
    acted_events: frozenset[str] = frozenset()
    #: The stem of the action a "who" question asks the doer of ("who visited Japan": "visit").
    agent_action: str = ""
    #: Figures the question gives as bounds, with their side: "more than 20 billion" is ("20", "above"), "before
    #: 2015" ("2015", "below"). They are not figures a fact must give; its own figure must lie beyond them.
    bounds: tuple[tuple[str, str, str], ...] = ()
    #: Who the question says spoke ("what did Japanese trade unions say ..."): the stems of their words.
    speakers: frozenset[str] = frozenset()
    #: The stems of the capitalised words of a name the question writes out ("the Human Rights Exchange"): a fact
    #: that leaves one of them out is about another name.
    name_words: frozenset[str] = frozenset()
    #: The names written out that end in a kind of named thing ("the Supply Chain Security Initiative"), each as
    #: its words in order: the material must know such a name, not only each of its words.
    written_names: tuple[tuple[str, ...], ...] = ()
    #: Names written as one of the base's with its place swapped for another ("Make in Japan"): the question's
    #: words, and the concepts the base's name spells (Make-in-India's).
    swapped_names: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    #: The question is an auxiliary and one name ("does china?"): it asks an earlier question's verb of the name.
    auxiliary_only: bool = False
    #: The kind word a question asks for in the plural ("what agreements did they sign?"): all of that kind.
    plural_kind: str = ""
    #: The question offers a relation both ways ("is it imported or exported?"): each way the material states
    #: is part of the answer.
    either_way: bool = False
    #: The kind word a question names alone ("what is the partnership about?", "who is the partner?"): it says
    #: what kind of thing, not which one.
    bare_kind: str = ""
    #: The named things of the base of that kind ("partnership": the IJICP, the SSGP, ...).
    bare_things: frozenset[str] = frozenset()
    #: "is A part of B?": what is asked to be inside (A) and what holds it (B), as glossary concepts or stems.
    membership: tuple[frozenset[str], frozenset[str]] | None = None
    #: Named things the question sets aside ("apart from CEPA, what other agreements ..."), as glossary concepts
    #: and entity tokens: they are not asked about, and a fact about one of them alone does not answer.
    set_aside: frozenset[str] = frozenset()
    #: Partners a follow-up puts in place of the other ("Japan's approach?", then "and India?"): every fact is
    #: about both, so the answer itself must name the one now asked about.
    contrast: tuple[str, ...] = ()
    #: In a follow-up read against the question before, the labels of the units the follow-up itself brought.
    own_units: frozenset[str] = frozenset()
    #: Points at a part of the article ("acc to the conclusion", "summary me"): its title's words are a place.
    section_pointer: bool = False
    #: The question passes on a claim to check ("my friend says ...", "... please verify"): a premise.
    claims: bool = False
    #: The question ends on a tag asking to confirm what it says ("... ke liye banaya na?", "..., right?").
    tagged: bool = False
    #: A follow-up adding a thing to the earlier subject ("with australia bhi?"): beside what was named, in no one's
    #: place.
    additive: bool = False
    #: Facts that cannot answer it: those that answered the question before "what other outcomes ...?".
    excluded: frozenset[str] = frozenset()
    #: The things it asks for another of ("the other initiative" after the Economic Security Initiative), as glossary
    #: concepts: a fact about one of them cannot answer it.
    other_than: frozenset[str] = frozenset()
    #: The kind of thing asked for another of, as stems of its word ("corridor"): the answer must name one.
    other_kind: frozenset[str] = frozenset()
    #: Plain words a named thing qualifies in a question asking what they are ("architecture" of "what is the
    #: Indo-Pacific architecture"): a fact about something else that only uses the phrase does not say.
    described_heads: frozenset[str] = frozenset()

    #: The message as the member wrote it, where ``text`` reads it in other words (a message in Devanagari).
    written: str = ""

    @property
    def opening(self) -> str:
        """Return the first words of the message as written, to name what a reply asks back about."""
        return " ".join((self.written or self.text).split()[:4])

    @cached_property
    def unit_weight(self) -> float:
        """Return the summed weight of the question's units."""
        return sum(u.weight for u in self.units)

    @property
    def asks(self) -> bool:
        """Tell whether the question asks for something besides its topic (an intent or an attribute)."""
        return bool(self.intents or self.attributes)


@quick_init
@dataclass(frozen=True)
class _Cues:
    """What the cue step found: the kinds of answer asked for, the content words, and "or" pairs."""

    intents: frozenset[Intent]
    kept: tuple[str, ...]
    either_or: tuple[tuple[int, int], ...]
    #: For each kept word, the canonical entity it is part of (if any).
    entity_of: tuple[str | None, ...] = ()
    #: For each kept word, whether it is a relation word.
    relation: tuple[bool, ...] = ()
    #: Positions (in kept) of the thing a "how many" question counts ("how many workers"): it must be covered.
    counted: frozenset[int] = frozenset()
    #: Positions (in kept) of the words right after "how many", up to the first other word ("how many
    #: state-prefecture partnerships are there": its last is what is counted).
    count_phrase: tuple[int, ...] = ()


#: The kind of name the article's partners are ("with which country" may be answered by a partner).
PARTNER_KIND = "country"


def _phrases(words: frozenset[str]) -> PhraseTable:
    return PhraseTable({tuple(tokenize(w)): w for w in words if tokenize(w)})


#: The empty set every query's empty sets share (see ``QueryReader._read``).
_NOTHING: frozenset[Any] = frozenset()


class QueryReader:
    """Read questions against one index, step by step: words, cues, typos, glossary terms, units."""

    def __init__(self, index: FactIndex, gazetteer: Gazetteer | None = None) -> None:
        self.index = index
        self.lexicon: Lexicon = index.lexicon
        self.gazetteer = gazetteer or default_gazetteer()
        lexicon = self.lexicon
        # "which * countries": a star stands for any one word.
        self._attribute_phrases = {
            tuple(w if w == "*" else " ".join(tokenize(w)) for w in phrase.split()): attribute
            for phrase, attribute in lexicon.attribute_cues.items()
            if tokenize(phrase)
        }
        self._attribute_lengths = sorted({len(p) for p in self._attribute_phrases}, reverse=True)
        #: The first words of the attribute phrases: a window starting with any other word is none of them.
        self._attribute_firsts = frozenset(p[0] for p in self._attribute_phrases if p)
        self._single_word_cues = frozenset(p[0] for p in self._attribute_phrases if len(p) == 1)
        self._asking_tags = tuple(
            sorted({tuple(tokenize(t)) for t in lexicon.words("asking_tags") if tokenize(t)}, key=len, reverse=True)
        )
        by_length: dict[int, list[str]] = {}
        for cue in sorted(self._single_word_cues):
            by_length.setdefault(len(cue), []).append(cue)
        #: The cues' own spellings, for a misspelt cue the base never uses ("budgt": no fact says "budget").
        self._cue_spellings = Typos(by_length, index.thresholds)
        self._ellipsis = _phrases(lexicon.words("ellipsis_starters"))
        self._reversal = _phrases(lexicon.words("reversal_phrases"))
        self._other_one = _phrases(lexicon.words("other_one_phrases"))
        self._reciprocal = _phrases(lexicon.words("reciprocal_phrases"))
        self._statement_checks = _phrases(lexicon.words("statement_checks"))
        #: Words of the language files: a member's word that is one of them ("dusra") is no typo of a base word.
        #: The words of their phrases too: "lamba" of "kitna lamba" is a word of Hinglish, not a typo of "tamba".
        self._language_words = frozenset(
            w for words in lexicon.lists.values() for phrase in words for w in phrase.split() if w != "*"
        ) | frozenset(w for phrase in lexicon.attribute_cues for w in phrase.split() if w != "*")
        self._negations = _phrases(lexicon.words("negations"))
        self._translations = {k: tuple(tokenize(v)) for k, v in lexicon.translations.items()}
        #: Words said twice on purpose: Hinglish and Hindi double a question word for "which all" ("kaun kaun",
        #: "कौन कौन"); other words said again are said once.
        self._doubled = lexicon.ignored | frozenset(
            k for k, v in self._translations.items() if " " not in k and v and set(v) <= lexicon.ignored
        )
        self._inflections = lexicon.words("inflection_suffixes")
        #: The names of the glossary each word is in, read when first needed (``_inside_a_name``).
        self._names_by_word: dict[str, set[str]] | None = None
        # Romanised words have translations too ("juda" -> "paired"): a message in Latin letters is looked up as well.
        self._translation_starts = frozenset(k.split()[0] for k in self._translations if k)
        #: The most words a translated phrase has ("दोनों में कितने साल का अंतर"): phrases are looked up longest first.
        self._longest_translation = max((len(k.split()) for k in self._translations), default=1)
        #: The words opening a yes/no question in other scripts ("क्या"), read as a yes/no opener.
        self._polar_openers = frozenset(w for w in lexicon.words("polar_openers") if not w.isascii())
        self._definition_cues = list(_phrases(lexicon.words("definition_cues")))
        self._measure_stems = frozenset(
            stem(w) for w in lexicon.words("amount_words") | lexicon.words("currency_words")
        )
        self._time_span_stems = frozenset(stem(w) for w in lexicon.words("span_words"))
        self._explain_cues = list(_phrases(lexicon.words("explain_cues")))
        self._discourse = _phrases(lexicon.words("discourse_phrases"))
        self._membership = _phrases(lexicon.words("membership_phrases"))
        self._claims = _phrases(lexicon.words("claim_phrases"))
        self._introductions = _phrases(lexicon.words("self_introductions"))
        self._introduction_endings = _phrases(lexicon.words("self_introduction_endings"))
        self._support = _phrases(lexicon.words("support_verbs"))
        self._requests = _phrases(lexicon.words("request_openers"))
        self._rest_pointers = _phrases(lexicon.words("rest_pointers"))
        self._ellipsis_starters = _phrases(lexicon.words("ellipsis_starters"))
        self._answer_lengths = _phrases(lexicon.words("answer_length_phrases"))
        self._means_verbs = _phrases(lexicon.words("means_verbs"))
        self._spelled = {figure: word for word, figure in lexicon.number_values.items() if figure != "1"}
        self._returns = _phrases(lexicon.words("return_phrases"))
        #: Names of two or three words by the sound of the words written as one (built on first use).
        self._joined_names: dict[str, tuple[str, ...]] | None = None
        self._section_pointers = _phrases(lexicon.words("section_pointers"))
        self._first_one = _phrases(lexicon.words("first_one_phrases"))
        #: The words of the article's parts ("conclusion", "pillars"): a part of it saying something is the material.
        self._section_words = frozenset(
            stem(w) for _source, section in index.base.sections for w in tokenize(section.title)
        ) | frozenset(stem(w) for w in lexicon.words("section_words"))
        self._exclusion_before = _phrases(lexicon.words("exclusion_phrases"))
        self._exclusion_after = _phrases(lexicon.words("exclusion_after"))
        sides = ("above", "below", "at_least", "at_most")
        self._bounds_before = {side: _phrases(lexicon.words(f"bounds_{side}")) for side in sides}
        self._bounds_after = {side: _phrases(lexicon.words(f"bounds_{side}_after")) for side in sides}
        #: "by 2022": a bound only before a year ("grew by 20%" is no bound).
        self._bounds_by_year = _phrases(lexicon.words("bounds_by_year"))
        self._second_one = _phrases(lexicon.words("second_one_phrases"))
        #: The words of each kind of comparison, in the order a question's comparison is looked for.
        self._comparison_words = tuple(
            (kind, lexicon.words(f"comparison_{kind}")) for kind in ("earlier", "later", "more", "less")
        )
        self._unions: dict[tuple[str, ...], frozenset[str]] = {}
        self._kinds: dict[str, frozenset[str]] = {}
        self._kind_stems = frozenset(stem(w) for w in lexicon.words("name_heads") | lexicon.words("partner_nouns"))
        #: The stems of the words for kinds of named things, as written names end in them ("... Initiative").
        self._name_head_stems = index.name_head_stems
        self._plural_heads = lexicon.words("name_heads") | frozenset(lexicon.asked_types)
        self._generic_words = lexicon.words("generic_modifiers") | lexicon.words("substitute_nouns") | lexicon.ignored
        self._partner_words = frozenset(p.casefold() for p in index.partners)
        contracting = "|".join(re.escape(w) for w in lexicon.words("is_contractions"))
        self._is_contraction = re.compile(rf"\b({contracting})['\u2019]s\b", re.IGNORECASE)
        self._is_followers = lexicon.words("is_followers") | self._partner_words
        self._count_totals = _phrases(lexicon.words("count_totals"))
        self._challenge_sources = _phrases(lexicon.words("challenge_sources"))
        self._example_cues = _phrases(lexicon.words("example_cues"))
        self._goods_words = frozenset(
            phrase for phrase, attribute in lexicon.attribute_cues.items() if attribute == "goods" and " " not in phrase
        )
        self._with_words = (
            lexicon.words("symmetric_targets") | lexicon.words("pair_partner_nouns") | lexicon.words("with_words")
        )
        self._aspect_stems = frozenset(stem(w) for w in lexicon.words("name_heads") | lexicon.words("aspect_nouns"))
        # Longest first, so a cue of several words ("in brief") is taken whole before a shorter one inside it.
        self._summary_cues = tuple(
            sorted((" ".join(tokenize(c)) for c in lexicon.words("summary_cues")), key=len, reverse=True)
        )
        self._summary_cue_starts = frozenset(cue.split()[0] for cue in self._summary_cues)
        self._polar_tags = tuple(tuple(tokenize(tag)) for tag in lexicon.words("polar_tags"))
        self._copula_tags = tuple(tuple(tokenize(tag)) for tag in lexicon.words("copula_tags"))
        #: "tell me about the first one": the words asking to be told, which ask nothing of their own.
        self._explain_words = frozenset(w for phrase in lexicon.words("explain_cues") for w in tokenize(phrase))

    def _union(self, *names: str) -> frozenset[str]:
        """Return the union of some word lists, made once per reader (every question reads the same ones)."""
        found = self._unions.get(names)
        if found is None:
            found = self._unions[names] = frozenset().union(*(self.lexicon.words(name) for name in names))
        return found

    def _bounds(self, tokens: Sequence[str]) -> tuple[list[tuple[str, str, str]], set[int]]:
        """Find figures given as bounds ("more than 20 billion", "longer than 5 years", "2015 se pehle", "by 2022");
        return them as (figure, side, unit) and the positions of their words.

        The unit is the measure word right after the figure ("years", "percent"; "" for none): a bound on a span
        of time is set against the fact's figure of that unit, not against any figure it gives.
        """
        bounds: list[tuple[str, str, str]] = []
        positions: set[int] = set()
        measures = self.lexicon.words("measure_words")
        currencies = self.lexicon.words("currency_words")

        def bound(figure: int, side: str, words: range) -> None:
            token = tokens[figure]
            if not is_number(token):
                return
            unit = tokens[figure + 1] if figure + 1 < len(tokens) and tokens[figure + 1] in measures else ""
            if token.endswith("%"):
                token, unit = token[:-1], "percent"
            elif tuple(tokens[figure + 1 : figure + 3]) == ("per", "cent"):
                unit = "percent"
            bounds.append((token, side, self.lexicon.measure_units.get(unit, unit)))
            positions.update({figure, *words})

        for side, phrases in self._bounds_before.items():
            for start, end in _spans_of(tokens, phrases):
                # "more than US$ 20 billion": a currency may stand between the bound and its figure.
                after = end + (end < len(tokens) and tokens[end] in currencies)
                if after < len(tokens) and not self._period(tokens, start, after):
                    bound(after, side, range(start, after))
        for start, end in _spans_of(tokens, self._bounds_by_year):
            if end < len(tokens) and _YEAR_TOKEN.fullmatch(tokens[end]):
                bound(end, "at_most", range(start, end))
        for side, phrases in self._bounds_after.items():
            for start, end in _spans_of(tokens, phrases):
                # "20 billion se zyada", "5 saal se zyada": a word may stand between the figure and the bound; a
                # magnitude and a currency both ("20 arab dollar se zyada").
                before = next((f for f in (start - 1, start - 2) if f >= 0 and is_number(tokens[f])), None)
                between = self.lexicon.magnitude_powers.keys() | self.lexicon.words("currency_names")
                if before is None and start >= 3 and {tokens[start - 1], tokens[start - 2]} <= between:
                    before = start - 3 if is_number(tokens[start - 3]) else None
                if before is not None:
                    bound(before, side, range(start, end))
        return sorted(set(bounds)), positions

    def _a_sum_follows(self, tokens: Sequence[str], at: int) -> bool:
        """Tell whether a magnitude or a currency follows a "how many" ("how many billion dollars", "kitne arab")."""
        words = self.lexicon.magnitude_powers.keys() | self.lexicon.words("currency_words")
        return at < len(tokens) and tokens[at] in words | self.lexicon.words("currency_names")

    def _period(self, tokens: Sequence[str], start: int, figure: int) -> bool:
        """Tell whether a bound word says over which period ("eight lines over 10 years"), not more than it."""
        words = self.lexicon.words
        if " ".join(tokens[start:figure]) not in words("period_bounds") or figure + 1 >= len(tokens):
            return False
        unit = tokens[figure + 1]
        following = tokens[figure + 2] if figure + 2 < len(tokens) else ""
        # Only after a count it is the period of ("eight lines of effort over 10 years"): "is the plan over 5 years",
        # "reading time over 3 minutes" set bounds.
        counted = any(is_number(t) or t in self.lexicon.number_values for t in tokens[:start])
        return (
            counted
            and self.lexicon.measure_units.get(unit, unit) in words("period_units")
            and following not in words("period_after_words")
        )

    def _set_aside(self, tokens: Sequence[str]) -> tuple[frozenset[str], set[int]]:
        """Find the named things set aside ("apart from CEPA", "AAGC ke alawa"); return them and their words.

        Only a glossary term or a known place or body counts: "apart from that, what else" sets nothing aside, and
        the partners' own names set aside nothing that every fact does not name. The cue words are never content.
        """
        stops = self._union("question_starters", "which_words", "what_words", "yes_no_starters")
        # Each span with whether its cue stands before the thing ("apart from X") or after it ("X ke alawa").
        spans: list[tuple[int, int, bool]] = []
        for start, end in _spans_of(tokens, self._exclusion_before):
            stop = next((i for i in range(end, len(tokens)) if tokens[i] in stops), len(tokens))
            spans.append((start, stop, True))
        for start, end in _spans_of(tokens, self._exclusion_after):
            # The clause before the words: back to the last question word, or the start.
            begin = max((i + 1 for i in range(start) if tokens[i] in stops), default=0)
            spans.append((begin, end, False))
        if not spans:
            return frozenset(), set()
        glossary, partners = self.index.glossary, self.index.partners
        partner_words = self._partner_words
        concepts = [
            c for c in self.index.glossary_spans(tokens) if not set(tokenize(glossary.labels[c[2]])) <= partner_words
        ]
        found = self.gazetteer.find(tokens)
        mentions = [m for m in found if m.canonical not in partners]
        partner_ends = {m.start: m.end for m in found if m.canonical in partners}
        cue_words = _positions_of(tokens, self._exclusion_before) | _positions_of(tokens, self._exclusion_after)
        cue_tokens = {tokens[i] for i in cue_words}
        joiners = self.lexicon.words("list_joiners")

        things: set[str] = set()
        words: set[int] = set(cue_words)
        for start, stop, cue_first in spans:
            # A glossary span may run over a question word it skips ("Dharma Guardian [which] exercises"): it is
            # cut at the question word.
            names = sorted(
                [(a, min(b, stop), c) for a, b, c in concepts if start <= a < stop]
                + [
                    (m.start, m.end, ENTITY_PREFIX + m.canonical)
                    for m in mentions
                    if start <= m.start and m.end <= stop
                ]
            )
            inside = set()
            after = _after_cue(start, tokens, cue_words, self.lexicon.words("determiners")) if cue_first else -1
            if after in partner_ends:
                # "India's partner besides Japan in the SCRI": a partner is set aside (so nothing is), and the words
                # after it are still asked.
                stop = partner_ends[after]
                while stop + 1 in partner_ends and tokens[stop] in joiners:
                    stop = partner_ends[stop + 1]
                names = []
            if (
                names
                and cue_first
                and _after_cue(start, tokens, cue_words, self.lexicon.words("determiners")) == names[0][0]
            ):
                # "other than CEPA came into effect in 2011": the name is set aside, the rest is still asked;
                # "apart from JIMEX and Dharma Guardian": each name of a list right after the cue is.
                first = names[0]
                inside = {thing for a, b, thing in names if (a, b) == first[:2]}
                stop = first[1]
                for a, b, thing in names[1:]:
                    # Only a name continues the list: "apart from JIMEX bilateral exercises" asks for exercises.
                    named = thing.startswith(ENTITY_PREFIX) or thing in glossary.named
                    if named and (a == stop or (a == stop + 1 and tokens[stop] in joiners)):
                        inside.add(thing)
                        stop = max(stop, b)
                    elif a >= stop:
                        break
            elif names and not cue_first:
                # "G4 mein India Japan ke alawa": what stands right before the words is set aside.
                last = names[-1]
                inside = {thing for a, b, thing in names if (a, b) == last[:2]}
                start = last[0]
            words.update(range(start, stop))
            if inside:
                things |= inside
            else:
                # "apart from the 2025 declaration": no known name, so its words stand for it (see SetAsideCheck).
                plain = {
                    stem(t)
                    for t in tokens[start:stop]
                    if t not in self.lexicon.ignored and t not in cue_tokens and t not in partner_words
                }
                things |= {ASIDE_WORD + w for w in plain if w}
        return frozenset(things), words

    def _membership_sides(self, tokens: Sequence[str], start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
        """Return what "is A part of B" asks to be inside (before the phrase) and what holds it (after it)."""
        spans = self.index.glossary_spans(tokens)
        ignored = self.lexicon.ignored

        def side(low: int, high: int) -> frozenset[str]:
            inside = [(a, b, c) for a, b, c in spans if low <= a and b <= high]
            named = {i for a, b, _c in inside for i in range(a, b)}
            words = {stem(t) for i, t in enumerate(tokens[low:high], low) if i not in named and t not in ignored}
            return frozenset({c for _a, _b, c in inside} | {w for w in words if w.isalpha()})

        return side(1, start), side(end, len(tokens))

    def _speakers(self, tokens: Sequence[str]) -> frozenset[str]:
        """Return the stems of who a question says spoke: the words between "did"/"do"/"does" and a verb of saying
        ("what did Japanese trade unions say"); none for the material itself ("what does the article say")."""
        words = self.lexicon.words
        speech, auxiliaries = words("speech_verbs"), words("yes_no_starters")
        document = words("document_words")
        for i, token in enumerate(tokens):
            if token not in speech:
                continue
            start = next((j for j in range(i - 1, -1, -1) if tokens[j] in auxiliaries), None)
            if start is None:
                return frozenset()
            between = [t for t in tokens[start + 1 : i] if t not in self.lexicon.ignored]
            # "what does the conclusion say": a part of the article is the material itself speaking.
            if not between or set(between) & document or {stem(t) for t in between} & self._section_words:
                return frozenset()
            return frozenset(stem(t) for t in between if t not in self._partner_words and t.isalpha())
        return frozenset()

    def _plural_kind(self, tokens: Sequence[str]) -> str:
        """Return the kind of thing a question asks for in the plural ("what agreements did they sign", "list all
        the initiatives", "which prefectures are mentioned"), or "" (a yes/no question asks for none)."""
        words = self.lexicon.words
        heads = self._plural_heads
        content = [t for t in tokens if t not in self.lexicon.ignored and t not in self._partner_words]
        if len(content) == 1 and content[0].endswith("s") and content[0][:-1] in heads:
            return content[0]  # "exercises?", "india japan exercises": the plural alone asks for all of them
        asking = self._union("what_words", "which_words") | {"list", "name", "all"}
        if not tokens or tokens[0] in words("yes_no_starters") or not asking & set(tokens):
            return ""
        for word in tokens:
            single = word[:-3] + "y" if word.endswith("ies") else word[:-1]
            if word.endswith("s") and single in heads:
                return word
        # "what are the lines of effort?": whatever the things, "what are the ..." asks for all of them.
        for first, verb, article, word in zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False):
            if first in asking and verb in {"are", "were", "r"} and article == "the" and word.endswith("s"):
                # "what are the exports of India" asks one relation's goods, not every fact's; "what are the details
                # of X" asks what X is (a cue of an attribute, no kind of thing).
                plain = word not in self.lexicon.relation_words and word not in self.lexicon.attribute_cues
                return word if len(word) > 3 and word.isalpha() and plain else ""
        return ""

    def things_of_kind(self, kind: str) -> frozenset[str]:
        """Return the named things of the base with the kind word in their name ("... Partnership"), once per kind.

        Its words with its expansion and synonyms count: "IJICP" is a partnership by its full name.
        """
        found = self._kinds.get(kind)
        if found is None:
            root, glossary = stem(kind), self.index.glossary
            found = frozenset(c for c in glossary.named if any(w.startswith(root) for w in glossary.bags.get(c, ())))
            if len(self._kinds) >= 256:
                self._kinds.clear()  # kind words are few; a bound keeps odd ones from piling up
            self._kinds[kind] = found
        return found

    def _bare_kind(self, tokens: Sequence[str], units: Sequence[Unit], mentions: Sequence[Mention]) -> str:
        """Return the kind word a question names alone ("the partnership"), or "" (see ``Query.bare_kind``).

        Only "the" and one of the kind say "that one": "which exercises ..." asks for all of them.
        """
        if len(units) != 1 or mentions:
            return ""
        unit = units[0]
        kinds = self._kind_stems
        label = unit.label.casefold()
        if unit.named or unit.kind not in {"word", "concept"} or stem(label) not in kinds:
            return ""
        # ("that exercise", "this partnership", "wo wala exercise": one of them, pointed at; "this vision IAS article"
        # points at the article.)
        pointing = {"the"}
        if self.lexicon.words("document_words").isdisjoint(tokens):
            pointing |= self.lexicon.words("demonstrative_anaphors")
        substitutes = self.lexicon.words("substitute_nouns")
        ignored = self.lexicon.ignored
        definite = any(
            (
                before == "the"
                or (before in pointing and (i + 1 >= len(tokens) or tokens[i + 1] in ignored))
                or (before in substitutes and i > 1 and tokens[i - 2] in pointing)
            )
            and word.isalpha()
            and not word.endswith("s")
            and stem(word) == stem(label)
            for i, (before, word) in enumerate(itertools.pairwise(tokens), 1)
        )
        # "corridor?" typed alone says no more than "the corridor", nor "partner kaun hai?" (Hinglish has no "the").
        asking = self._question_words
        alone = [t for t in tokens if t not in ignored and t not in asking] == [unit.label.casefold()]
        short = len(tokens) <= 2 or (len(tokens) == 3 and not asking.isdisjoint(tokens))
        return label if definite or (alone and short) else ""

    def _names_a_thing(self, tokens: Sequence[str]) -> bool:
        """Tell whether a question names a thing of the material besides the partners (a named glossary term)."""
        glossary = self.index.glossary
        partners = {p.casefold() for p in self.index.partners}
        return any(
            concept in glossary.named and not set(tokenize(glossary.labels[concept])) <= partners
            for _a, _b, concept in self.index.glossary_spans(tokens)
        )

    def _names_a_kind(self, tokens: Sequence[str]) -> bool:
        """Tell whether a question names a kind of named thing ("agreements before 2015" bounds the agreements)."""
        heads = self.lexicon.words("name_heads")
        return any(t in heads or (t.endswith("s") and t[:-1] in heads) for t in tokens)

    def _dates_or_doer(self, tokens: Sequence[str], cues: _Cues, attributes: set[str]) -> bool:
        """Tell whether a question dates an event, gives it a year, or asks who did it: its event words count."""
        return Intent.WHEN in cues.intents or "agent" in attributes or any(_YEAR_TOKEN.fullmatch(t) for t in tokens)

    def _reversal_word(self, tokens: Sequence[str]) -> int | None:
        """Return where a short message turns the previous question round with one word ("reverse?", "and
        reversed?"), or None; "write a function to reverse a string" reverses nothing asked before."""
        content = [i for i, t in enumerate(tokens) if t not in self.lexicon.ignored]
        if len(content) != 1 or tokens[content[0]] not in self.lexicon.words("reversal_words"):
            return None
        return content[0]

    def other_one(self, question: str) -> tuple[list[str], set[int]]:
        """Return a question's words and where it says "the other one" (not "the other way"), if it does."""
        tokens = tokenize(question)
        if _contains_any(tokens, self._reversal):
            return tokens, set()
        found = _positions_of(tokens, self._other_one)
        after = tokens[max(found) + 1] if len(found) == 1 and max(found) + 1 < len(tokens) else ""
        # Only a bare "dusra"/"other" is read so ("the other one year?" still means the other one).
        noun = after not in self.lexicon.ignored and after not in self.lexicon.intent_cue_words
        if after and ((noun and after not in self.lexicon.attribute_cues) or after in self.lexicon.words("name_words")):
            # "chandrayaan 5 ka dusra naam": "other" before a noun is that thing's other one, not "the other one".
            return tokens, set()
        return tokens, found

    def summary_request(self, question: str) -> SummaryRequest | None:
        """Return what a message asks a summary of ("summary of the pillars section"), or None if it asks none."""
        tokens, _romanised = self._translate(tokenize(question))
        if self._summary_cue_starts.isdisjoint(tokens) or not self.lexicon.words("task_objects").isdisjoint(tokens):
            return None  # ("make 5 MCQs from this article" asks for questions, not a summary of it)
        tokens = drop_answer_lengths(tokens, self.lexicon)  # "a summary in 150 words": how long, not what
        tokens = drop_partner_references(tokens, self.lexicon)  # "summarize both countries": the article's two
        words = self.lexicon.words
        # "3 key points", "a 3 line summary": how many, not what of ("summary of 2014" keeps its year).
        lengths = words("summary_length_words")
        tokens = [
            t
            for i, t in enumerate(tokens)
            if not (
                is_number(t)
                and i + 1 < len(tokens)
                and (tokens[i + 1] in lengths or tokens[i + 1] in self._summary_cue_starts)
            )
        ]
        text = f" {' '.join(tokens)} "
        found = False
        for cue in self._summary_cues:
            while f" {cue} " in text:
                text, found = text.replace(f" {cue} ", " ", 1), True
        if not found:
            return None
        left = text.split()
        # "sum up the article in a line": how long, not what.
        lengthy = _positions_of(left, self._answer_lengths)
        left = [t for i, t in enumerate(left) if i not in lengthy]
        parts = words("part_words") | lengths
        if any(a in parts and is_number(b) for a, b in itertools.pairwise(left)):
            return None  # "summarize section 3", "point 2": a part by its number, which the sections do not carry
        framing = words("part_words") | words("summary_request_words") | lengths
        rest = tuple(t for t in left if t not in framing)
        # "what is the gist of IJICP" asks only for the summary; "does the summary mention Africa", "is the gist
        # about trade?" ask a question of their own.
        starters = words("question_starters") - words("summary_asking_words")
        asked_by = tuple(t for t in rest if t in starters)
        if rest and rest[0] in words("yes_no_starters"):
            asked_by = (rest[0], *asked_by)
        return SummaryRequest(
            topic=tuple(t for t in rest if t not in self.lexicon.ignored), rest=rest, asked_by=asked_by
        )

    def ordinal_one(self, question: str) -> tuple[list[str], set[int], int]:
        """Return a question's words, where it says "the first one" or "the second one", and which (0 or 1)."""
        tokens = tokenize(question)
        for which, phrases in enumerate((self._first_one, self._second_one)):
            found = _positions_of(tokens, phrases)
            if found:
                return tokens, found, which
        return tokens, set(), 0

    def nth_of_a_kind(self, question: str) -> tuple[list[str], set[int], int] | None:
        """Return a question's words, where it names a place among things of a kind ("the third line of effort", "8th
        outcome of the visit") and which place, or None.

        The first and the last are left alone: "the first agreement" most often asks which came first, "his last
        visit" the latest, not the first or last listed (and a list that goes on has no last item given).
        """
        tokens = tokenize(question)
        ordinals, lexicon = self.lexicon.ordinals, self.lexicon
        ranks = lexicon.words("comparison_more") | lexicon.words("superlative_order_words")
        found = None
        for i, token in enumerate(tokens):
            suffixed = token + tokens[i + 1] if token.isdigit() and i + 1 < len(tokens) else ""
            place, width = (ordinals[suffixed], 2) if suffixed in ordinals else (ordinals.get(token), 1)
            if place is None:
                continue
            if found is not None or place in {1, -1}:
                return None  # two places, or the first or the last: no place in one list
            following = tokens[i + width] if i + width < len(tokens) else ""
            if not following or following in lexicon.ignored or following in ranks:
                return None  # "the second one" is the list just given's; "the second largest" ranks
            span = set(range(i, i + width))
            if following in lexicon.words("substitute_nouns"):
                # "4th item?" is the list just given's; "3rd item of the joint vision lines of effort" names its list.
                if not [t for t in tokens[i + width + 1 :] if t not in lexicon.ignored]:
                    return None
                span.add(i + width)
            if i and tokens[i - 1] in lexicon.words("determiners"):
                span.add(i - 1)
            found = (span, place)
        if found is None:
            return None
        return tokens, found[0], found[1]

    def list_ordinal(self, question: str, items: Sequence[str]) -> tuple[list[str], set[int], str, int]:
        """Return a short follow-up's words, where it names a place in a list ("third?", "the last one", "teesra
        wala"), the item in that place and its number (from 1); no place for a longer question or a place the list
        does not have."""
        tokens = tokenize(question)
        found = self._list_place(tokens, len(items))
        if found is None:
            return tokens, set(), "", 0
        span, place = found
        number = place if place > 0 else len(items) + 1 + place
        return tokens, span, items[number - 1], number

    def names_a_list_item(self, question: str, items: Sequence[str]) -> tuple[str, int] | None:
        """Return the one item of a list (and its number, from 1) whose words hold every word a short question names
        ("state prefecture me kya hua" of "... Mobility, Ecological Sustainability and State-Prefecture Engagements"),
        or None."""
        words = tokenize(question.replace("-", " "))
        # ("IPR as well?": the phrase adding to the question before names nothing of the item.)
        continuing = self.ellipsis_positions(words) | _positions_of(words, self._discourse)
        words = [t for i, t in enumerate(words) if i not in continuing]
        lexicon = self.lexicon
        # "kaun se sectors" asks for a kind as "which sectors" does (a who-word before "se" is "which").
        which = (
            words[:1]
            and words[0] in lexicon.words("who_words")
            and words[1:2]
            and words[1] in lexicon.words("who_means_which_after")
        )
        if words and (words[0] in lexicon.words("which_words") | lexicon.words("what_words") or which):
            return None  # "which sectors?" asks for a kind of thing, not about the item whose name holds "sectors"
        # "india japan?" names the article's partners, which many an item's name holds ("India-Japan Joint Vision").
        # ("the development one?": "one" stands for the item named by the word before it.)
        substitutes = lexicon.words("substitute_nouns")
        tokens = [
            t for t in words if t not in self.lexicon.ignored and t not in self._partner_words and t not in substitutes
        ]
        tokens = [t for t in tokens if t not in self.lexicon.intent_cue_words and t not in self._explain_words]
        if not tokens or len(tokens) > self.index.thresholds.max_item_words:
            return None
        read = self._read(question)
        if read.intents or read.attributes:
            return None  # "trade kitna" after CEPA's scope asks an amount, not about the item "trade in goods ..."
        token = self.index.senses.token
        asked = {token(t) for t in tokens}
        holding = [
            (item, n)
            for n, item in enumerate(items, 1)
            if asked <= {token(w) for w in tokenize(item.replace("-", " ")) if w not in self.lexicon.ignored}
        ]
        return holding[0] if len(holding) == 1 else None

    def _asks_of_home(self, tokens: Sequence[str]) -> bool:
        """Tell whether a message asks about the place the member is from: "my state", "hamara rajya" (a word of
        their own before a kind of place), or "we" paired ("which prefecture did we get paired with")."""
        own = self.lexicon.words("first_person_possessives")
        kinds = self.lexicon.asked_types
        if any(t in own and nxt in kinds for t, nxt in itertools.pairwise(tokens)):
            return True
        symmetric = self.lexicon.symmetric_relations
        relations = self.lexicon.relation_words
        pairs = any(t in relations and relations[t][0] in symmetric for t in tokens)
        return pairs and not own.isdisjoint(tokens)

    def _attribution(self, tokens: Sequence[str]) -> set[int]:
        """Return where a message opens by saying who makes its claim ("coaching notes say", "testbook says that"):
        a few words and a verb of saying, before a claim of its own."""
        verbs = self.lexicon.words("attribution_verbs")
        reach = self.index.thresholds.attribution_reach
        at = next((i for i, t in enumerate(tokens[: reach + 1]) if t in verbs), None)
        if at is None or at == 0:
            return set()
        rest = [t for t in tokens[at + 1 :] if t not in self.lexicon.ignored]
        # "what does the article say" asks; "the article says ..." before a claim attributes it.
        asking = self.lexicon.words("question_starters") | self.lexicon.words("what_words")
        if len(rest) < 2 or not asking.isdisjoint(tokens[:at]):
            return set()
        if tokens[0] in self.lexicon.words("yes_no_starters"):
            return set()  # "is QUAD mentioned for maritime security?" asks of QUAD; no one is quoted
        # "indian states paired with japan": a name of the world before the verb is what the message is about.
        if self.gazetteer.find(tokens[:at]):
            return set()
        end = at + 1 if at + 1 < len(tokens) and tokens[at + 1] not in self.lexicon.words("that_words") else at + 2
        return set(range(end))

    def ellipsis_positions(self, tokens: Sequence[str]) -> set[int]:
        """Return where words that continue an earlier question stand ("and", "what about")."""
        return _positions_of(tokens, self._ellipsis_starters)

    def only_the_rest(self, question: str) -> str:
        """Return the words of a message that asks for nothing but "the rest" ("and the remaining ones?", "baaki?"),
        or "" for any other message."""
        tokens = tokenize(question)
        rest = _positions_of(tokens, self._rest_pointers)
        if not rest:
            return ""
        skipped = rest | _positions_of(tokens, self._ellipsis_starters)
        plain = self.lexicon.ignored | self.lexicon.words("substitute_nouns")
        if any(i not in skipped and t not in plain for i, t in enumerate(tokens)):
            return ""
        return " ".join(tokens[i] for i in sorted(rest))

    def points_into_a_list(self, question: str) -> tuple[list[str], set[int]]:
        """Return a message's words and where it names a place in some list ("the third one?"), if it does: with
        no list just given, it points at nothing; read in Latin letters ("तीसरा?" as "third")."""
        tokens = tokenize(self.in_latin_letters(question))
        found = self._list_place(tokens, None)
        return tokens, found[0] if found else set()

    def list_place_number(self, tokens: Sequence[str]) -> int:
        """Return the place a short message names in some list ("5th item?": 5), 0 for none or the last."""
        found = self._list_place(tokens, None)
        return found[1] if found is not None and found[1] > 0 else 0

    def _list_place(self, tokens: Sequence[str], length: int | None) -> tuple[set[int], int] | None:
        """Return where a short message names a place in a list and which place (1-based; -1 the last), or None; a
        place beyond ``length`` (when given) is none."""
        ordinals = self.lexicon.ordinals
        # "2nd" is read as "2" and "nd": the two are one ordinal, the place of the figure.
        joined = [i for i in range(len(tokens) - 1) if tokens[i].isdigit() and tokens[i] + tokens[i + 1] in ordinals]
        if joined:
            found = self._list_place(
                [tokens[i] + tokens[i + 1] if i in joined else t for i, t in enumerate(tokens) if i - 1 not in joined],
                length,
            )
            if found is None:
                return None
            span, number = found
            # Back to the words as read: each joined ordinal stands for two.
            kept = [i for i in range(len(tokens)) if i - 1 not in joined]
            read: set[int] = set()
            for at in span:
                read.add(kept[at])
                if kept[at] in joined:
                    read.add(kept[at] + 1)
            return read, number
        content = [t for t in tokens if t not in self.lexicon.ignored]
        stands_in = self.lexicon.words("substitute_nouns")
        asking = self._explain_words
        for i, token in enumerate(tokens):
            place = ordinals.get(token)
            if place is None:
                continue
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            # "when did the second one start?": an ordinal with a word standing in for a noun points into a list
            # whatever else the question asks of the item; "which agreement was the first one?" asks which came first.
            pointer = following in stands_in and i > 0 and tokens[i - 1] in self.lexicon.words("determiners")
            pointer = pointer and self.lexicon.words("which_words").isdisjoint(tokens)
            if len(content) > (self.index.thresholds.max_pointing_words if pointer else 4):
                continue
            if length is not None and not -length <= (place - 1 if place > 0 else place) < length:
                continue
            # "which came first?" asks something of its own; only "third?", "the first one", "tell me about the
            # second one" point into the list.
            if not pointer and any(t not in stands_in and t not in asking for t in content if t != token):
                continue
            # "the first 2+2 dialogue" says which dialogue; only "the first one", "third?" point into the list.
            if following and following not in stands_in and following not in self.lexicon.ignored:
                continue
            span = {i}
            if following in stands_in:
                span.add(i + 1)
            if i and tokens[i - 1] == "the":
                span.add(i - 1)
            return span, place
        return None

    def read(self, question: str) -> Query:
        """Return the structured query of a question."""
        query = self._read(question)
        if query.yes_no or query.claims:
            # "joint vision is for ten years right?": a count claimed in words is checked as the figure it is.
            counted = self._counts_in_digits(question)
            if counted != question:
                query = replace(self._read(counted), text=question)
        if (
            not query.units
            and not query.small_talk
            and not query.sets_task
            and query.markers.anaphor is None
            and self._asks_about_the_article(tokenize(question))
        ):
            # "what is this article about?", "explain the article": its gist, though "article" names nothing.
            gist = self._read(self.lexicon.first_word("article_gist_questions"))
            return replace(gist, text=question)
        if (
            not query.units
            and query.intents == {Intent.WHEN}
            and not query.small_talk
            and query.markers.anaphor is None
            and not self.lexicon.words("document_words").isdisjoint(tokenize(question))
        ):
            # "what is the date of the article", "article date?": when it was posted (and updated).
            dated = self._read(self.lexicon.first_word("article_date_questions"))
            return replace(dated, text=question)
        return query

    def _asks_about_the_article(self, tokens: Sequence[str]) -> bool:
        """Tell whether a message asks what the article itself is about or says ("explain this article")."""
        words = self.lexicon.words
        if not words("document_words") & set(tokens):
            return False
        return bool(self._explain_words & set(tokens) or words("article_about_words") & set(tokens))

    def _read(self, question: str) -> Query:
        """Return the structured query of a question, read on its own words."""
        # "wasn't the AAGC set up in 2017?" is read, and checked, as "was the AAGC set up in 2017?".
        question = self._positive_opener(question)
        thresholds = self.index.thresholds
        question = options_as_alternatives(
            question, self.lexicon, thresholds.max_listed_options, thresholds.max_option_words, self._one_name
        )
        question = figures_as_alternatives(question, self.lexicon)
        tokens, romanised = self._translate(drop_repeats(tokenize(self._contracted_is(question)), self._doubled))
        tokens = self._apostrophes_dropped(tokens)
        spoken = tuple(tokens)
        # "true or false: SSGP was in 2014", "is it true that ...": a statement to confirm, whatever its words (the
        # "it" of "is it true" points at nothing).
        checked = _positions_of(tokens, self._statement_checks)
        checks_statement = any(i < 4 or i >= len(tokens) - 4 for i in checked)
        if checks_statement:
            tokens = [t for i, t in enumerate(tokens) if i not in checked]
        tokens = self._tag_as_confirmation(tokens, asked="?" in question)
        markers = self._markers(tokens)
        if self._dangling(tokens):
            markers = replace(markers, dangling=True)
        if markers.anaphor in self.lexicon.words("possessive_anaphors") and self._asks_which_of(
            tokens, markers.anaphor
        ):
            # "which partnership has 'global' in its name": "its" is the partnership asked for, not an earlier one.
            markers = replace(markers, anaphor=None)
        tokens = drop_partner_references(tokens, self.lexicon)
        tokens = drop_exam_years(tokens, self.lexicon)
        tokens = drop_answer_lengths(tokens, self.lexicon)
        tokens = drop_ranked_counts(tokens, self.lexicon)
        # Words inside a glossary name ("speed" in "high speed rail") are the name's, not cues or places.
        glossary_spans = self.index.glossary_spans(tokens)
        spans = [(a, b) for a, b, _concept in glossary_spans]
        named = {i for start, end in spans if end - start > 1 for i in range(start, end)}
        # "need for prelims tmrw" says why the member asks: it asks for no purpose.
        said = _positions_of(tokens, self._discourse)
        # "iska matlab?", "CEPA ka matlab": a word owned is a noun (its meaning), no filler ("matlab cepa kab aaya").
        owners = self._union("anaphors", "possessive_anaphors", "possessives")
        asking = self.lexicon.attribute_cues
        # ("iska matlab 8 lines hain?": "that means", a claim follows; the filler it is.)
        said = {
            i
            for i in said
            if not (
                i
                and tokens[i - 1] in owners
                and tokens[i] in asking
                and all(t in self._question_words or t in self.lexicon.ignored for t in tokens[i + 1 :])
            )
        }
        attributes, cue_positions = self._attributes(self._cue_typos(tokens), question, named | said)
        if "goods" in attributes and tokens[0] in self.lexicon.words("yes_no_starters"):
            contained = [i for i, t in enumerate(tokens) if t in self.lexicon.words("containing_verbs")]
            # ("does cepa cover items like IPR": the items are what follows "like", and "items" asks nothing.)
            examples = {i - 1 for i in _positions_of(tokens, self._example_cues)}
            goods = {
                i
                for i in cue_positions
                if i < len(tokens)
                and tokens[i] in self._goods_words
                and contained
                and i > contained[0]
                and i not in examples
            }
            if goods:
                # "does cepa cover trade in goods": what it is said to cover is a word to find, not goods asked for.
                attributes.discard("goods")
                cue_positions -= goods
        # "the other way round" says how the question relates to the one before; it names nothing to look for.
        discourse = said | _positions_of(tokens, self._reversal)
        if (alone := self._reversal_word(tokens)) is not None:
            discourse.add(alone)
        discourse |= self._stand_ins(tokens)
        # "sum up the article in a line": how long the answer should be names nothing ("line" is no line of effort).
        discourse |= _positions_of(tokens, self._answer_lengths)
        # "my friend says ...", "... please verify": who makes the claim is not what it is about.
        claimed = _positions_of(tokens, self._claims) | self._attribution(tokens)
        discourse |= claimed
        # "SSGP status 2016 me mila tha", "kab mila": a verb of getting says no more than when; without a date it may
        # say who got what from whom ("japan se india ko kitna mila"), and stays.
        receiving = [i for i, t in enumerate(tokens) if t in self.lexicon.words("receiving_verbs")]
        if receiving and any(
            _YEAR_TOKEN.fullmatch(t) or self.lexicon.intent_cues.get((t,)) is Intent.WHEN for t in tokens
        ):
            discourse.update(receiving)
        # "chennai wala hoon", "i'm from bihar": where the member is from is no part of the question.
        introduced = _positions_of(tokens, self._introductions) | _positions_of(tokens, self._introduction_endings)
        discourse |= introduced
        support = self._support_verbs(tokens)
        if support and any(t not in self.lexicon.ignored for i, t in enumerate(tokens) if i not in support):
            # "what approach does India follow": the verb carries "approach"; the fact may say it "takes" one.
            discourse |= support
        elif (
            support
            and attributes
            and all(i in support or i in cue_positions or t in self.lexicon.ignored for i, t in enumerate(tokens))
        ):
            # "who takes part?" asks only who, of the thing asked about before ("the 2+2 dialogue") or, with nothing
            # before it, of a thing to ask back for; not of a fact with "part" in it.
            discourse |= support
            starters = self.lexicon.words("question_starters")
            cue_positions |= support | {i for i, t in enumerate(tokens) if t in starters}
        # "toyama is paired with AP, correct?": the tag asks to confirm what comes before; it names nothing.
        tags, ignored = self.lexicon.words("premise_tags"), self.lexicon.ignored
        # ("UP - Shizuoka sahi hai?", "sahi hai kya?", "correct hai yaar?": words after the tag ask the same.)
        last = len(tokens) - 1
        while (
            last > len(tokens) - 3
            and last > 0
            and tokens[last] in ignored
            and tokens[last] not in tags
            and tokens[last] not in self._question_words
            and tokens[last] not in self.lexicon.intent_cue_words
        ):
            last -= 1
        last = last if tokens and tokens[last] in tags else len(tokens) - 1
        # ("kya ye sahi hai?", "which of these is true then?" claim nothing before the tag: the answer is asked.)
        stated = any(t not in ignored for t in tokens[:last]) and self.lexicon.words("which_words").isdisjoint(
            tokens[:last]
        )
        tagged = len(tokens) > 2 and tokens[last] in tags and stated
        if tagged:
            discourse.update(range(last, len(tokens)))
            # ("gujarat shizuoka correct na?", "IJICP 2021 me launch hua, sahi hai na?": a run of tags is one tag.)
            at = last - 1
            while at > 1 and (tokens[at] in tags or (tokens[at] in ignored and tokens[at - 1] in tags)):
                discourse.add(at)
                at -= 1
        membership: tuple[frozenset[str], frozenset[str]] | None = None
        if tokens and tokens[0] in self.lexicon.words("yes_no_starters") and markers.anaphor is None:
            # "is telecom part of the initiative?" asks whether a list holds it: "part of" names nothing to find.
            # ("is it part of CEPA?" keeps it: without it, "is it CEPA?" would name CEPA in place of "it".)
            member = _positions_of(tokens, self._membership)
            # Only with a thing asked about before it: "is the us part of quad" names none that counts here.
            # ("is the US part of the SCRI?": "us" is an ignored word, and a place.)
            asked_of = tokens[1 : min(member)] if member else []
            if member and (any(t not in self.lexicon.ignored for t in asked_of) or self.gazetteer.find(asked_of)):
                discourse |= member
                membership = self._membership_sides(tokens, min(member), max(member) + 1)
        containing = [i for i, t in enumerate(tokens) if t in self.lexicon.words("containing_verbs")]
        if containing and self.gazetteer.find(tokens[containing[0] + 1 :]) and not self._question_words & set(tokens):
            # "SCRI includes India, Japan and France, right?", "does SCRI include France?": whether the places named
            # are in it; the verb names nothing to find.
            discourse.add(containing[0])
        bounds, bounded = self._bounds(tokens)
        if "founder" in attributes and any(b[1] == "at_most" for b in bounds):
            # "was it set up by 2021?": "by" before a year bounds when, not who.
            attributes.discard("founder")
        if any(_YEAR_TOKEN.fullmatch(figure) for figure, _side, _unit in bounds) and not (
            self._names_a_thing(tokens) or self._names_a_kind(tokens)
        ):
            # "what did India and Japan do before 2015" names nothing a year could bound: the year is asked.
            if any(side == "below" and _YEAR_TOKEN.fullmatch(figure) for figure, side, _unit in bounds):
                # ... and "the status before 2014" asks what came before it, which the fact dated 2014 is not.
                attributes.add("earlier")
            bounds, bounded = [], set()
        set_aside, aside = self._set_aside(tokens)
        if markers.negation and aside and not _positions_of(tokens, self._negations) - aside:
            # "except for MILAN, which exercises ...": the only "except" sets a thing aside; it asks what is.
            markers = replace(markers, negation=False)
        # "ek dusre ko support": the words of "each other" say how, never what ("dusre" is no typo of "daure").
        reciprocal = _positions_of(tokens, self._reciprocal)
        consumed = cue_positions | discourse | bounded | aside | reciprocal
        # "explain in 2 lines": how long the answer should be gives no figure either.
        not_figures = bounded | aside | _positions_of(tokens, self._answer_lengths)
        # "2 plus 2 dialogue": figures that spell a name of the glossary ("2+2") are part of the name, not figures
        # the fact must give; a name holding its figure as written ("FY 2023-24") keeps it.
        labels, values = self.index.glossary.labels, self.lexicon.number_values
        spelled = {
            i
            for a, b, concept in glossary_spans
            for i in range(a, b)
            if (is_number(tokens[i]) or tokens[i] in values) and tokens[i] not in tokenize(labels[concept])
        }
        not_figures |= spelled
        # "the remaining 3 lines of effort", "baaki 3": how many of a list are left, which claims no count of it (a
        # figure the fact must still give).
        remainder = self.lexicon.words("remainder_words")
        left = {b for a, b in itertools.pairwise(tokens) if a in remainder and (is_number(b) or b in values)}
        # "chandrayaan 5 partner country": the figure of a name counts nothing ("5 partners").
        named_figures = self._figures_of_names(tokens, glossary_spans)
        bound_figures = {figure for figure, _side, _unit in bounds}
        other_words = self.lexicon.words("other_words")
        if markers.other and all(i in cue_positions for i, t in enumerate(tokens) if t in other_words):
            # "who are the other members?": the members besides the partners, an attribute, not another fact.
            markers = replace(markers, other=False)
        # Read once: who typed which words in capitals tells names ("UP", "US") from function words everywhere below.
        capitals = self._capitals(question)
        mentions = self._entities(tokens, capitals, spans, romanised)
        mentions = self._glossary_mentions(tokens, question, capitals, glossary_spans, mentions)
        if introduced and not self._asks_of_home(tokens):
            # The place a member says they are from ("i'm from bihar", "chennai wala hoon") is not asked about,
            # unless the question asks of it ("... which prefecture is my state paired with?", "i'm from gujarat,
            # gujarat paired with toyama?").
            after = {end for _s, end in _spans_of(tokens, self._introductions)}
            before = {start for start, _e in _spans_of(tokens, self._introduction_endings)}
            # (Counted as written: a word said twice in a row is read once.)
            as_written = tokenize(question)
            home = [
                m for m in mentions if (m.start in after or m.end in before) and as_written.count(tokens[m.start]) == 1
            ]
            mentions = [m for m in mentions if m not in home]
            consumed |= {i for m in home for i in range(m.start, m.end)}
        if self._asks_a_place_s_area(tokens, mentions):
            attributes.add("size")
        reach = self.index.thresholds.role_reach
        other_senses = self._other_senses(tokens, mentions, attributes)
        # A relation word read in another sense ("which ship", "twin goals") relates nothing.
        either_way = self._either_way(tokens)
        # "jpn exprts 2 ind": a digit typed for "to" before a name is no figure.
        spelt = self._relation_typos(list(tokens))
        digits = self._digit_words(spelt, mentions)
        consumed |= digits.keys()
        not_figures |= digits.keys()
        role_tokens = [digits.get(i) or ("" if i in other_senses | either_way else t) for i, t in enumerate(spelt)]
        roles = read_roles(role_tokens, self._with_home(tokens, mentions), self.lexicon, reach, bounded)
        roles += read_phrase_roles(
            tokens, mentions, self.index.phrase_relations, reach, asked=self.lexicon.words("whose_words")
        )
        roles += self._compound_pairs(tokens, mentions)
        if not roles:
            journeys, went = self._journeys_to(tokens, mentions)
            roles += journeys
            if went:
                # "did India's PM go to Japan" asks of the visit the fact names, as "... visit Japan" does.
                tokens = [went.get(i, t) for i, t in enumerate(tokens)]
                who = self.lexicon.words("who_words")
                if any(i and tokens[i - 1] in who for i in went):
                    attributes.add("agent")  # "japan kaun gaya": who made the journey
        # "AP with Ehime?" says no relation, yet claims a pair: it is checked as "is AP paired with Ehime?" is.
        paired_with = (
            [] if roles or self.lexicon.relation_words.keys() & set(tokens) else self._paired_with(tokens, mentions)
        )
        symmetric = self.lexicon.symmetric_relations
        # ("which of these is a correct pair: Gujarat-Ehime, TN-Ehime" asks which; it claims none of them.)
        asks_which = not self.lexicon.words("which_words").isdisjoint(tokens)
        if roles and not asks_which and all(r.relation in symmetric and not (r.agent and r.target) for r in roles):
            # "gujarat-toyama are partners right": "are partners" names the relation of one side only ("Toyama
            # pairs"); the two places side by side say which pair is claimed.
            whole = [r for r in self._paired_with(tokens, mentions) if r.agent and r.target]
            if whole:
                roles = []
                paired_with = whole
        elif roles and not asks_which and all(r.relation in symmetric and r.agent and r.target for r in roles):
            # "UP is paired with Yamanashi and Gujarat is Toyama?": the second pair leaves out the verb of the first.
            sides = {frozenset((r.agent, r.target)) for r in roles}
            paired_with = [
                r for r in self._paired_with(tokens, mentions) if frozenset((r.agent, r.target)) not in sides
            ]
        roles += paired_with
        if reciprocal:
            # "do India and Japan support each other": both ways at once, so no direction to check.
            roles = [r for r in roles if r.relation in self.lexicon.symmetric_relations]
        cues = self._cues(tokens, capitals, consumed, mentions, other_senses)
        if cues.intents & {Intent.COUNT, Intent.QUANTITY} and cues.kept:
            totals = _positions_of(tokens, self._count_totals)
            if totals:
                # "total kitne?" asks how many in all of what it follows: "total" names no thing to count; nor does
                # "overall" in "overall trade kitna hai" (the sum asked is the whole one).
                consumed |= totals
                discourse |= totals
                cues = self._cues(tokens, capitals, consumed, mentions, other_senses)
        # ("their names?", "names?": names are asked of a thing named before; the word "names" is no thing to find.)
        attribute_only = not cues.kept and bool(cue_positions) and attributes != {"names"}
        if attribute_only:
            # "what was on the agenda": the attribute asked about is also all the question is about.
            cues = self._cues(tokens, capitals, discourse, mentions, other_senses)
        small_talk = (
            not cues.kept
            and not cues.intents
            and not attributes
            and not self.lexicon.words("greetings").isdisjoint(tokens)
        ) or (bool(introduced) and not cues.kept and not cues.intents and not attributes)
        stems, corrections = self._correct(cues.kept, romanised)
        # Only "with which country", "partner country": who a thing is done with, which may be the partner itself.
        # (Not of a grouping: "QUAD is with which country" asks its other members, which a fact naming the partners
        # does not give.)
        with_whom = not self._with_words.isdisjoint(tokens) and self.lexicon.words("grouping_names").isdisjoint(tokens)
        units = self._units(stems, cues, with_whom=with_whom)
        sets_task = self._sets_a_task(tokens, spoken)
        if units and sets_task and all(u.token in self._task_tokens for u in units):
            # "make notes", "create mcqs", "is article se 5 MCQ bana do": a task set for the bot, with nothing named
            # to look for.
            units = []
        # "create mcqs on quad", "quad pe 5 sawal bana do": practice questions, which the quiz command gives, whatever
        # they are about.
        # (Read on the words as typed: "5 MCQs" is also read as how long an answer should be, and set aside.)
        objects = self.lexicon.words("task_objects")
        sets_task = sets_task and not (objects.isdisjoint(tokens) and objects.isdisjoint(tokenize(question)))
        if (
            not attributes
            and not cues.intents
            and not markers.continues
            and not bounds
            and self._asks_goods(tokens, roles)
        ):
            # "what does Japan sell to India", "japan india ko kya bechta hai": the goods, not their worth.
            attributes.add("goods")
        if (
            not attributes
            and not cues.intents
            and self.lexicon.words("question_starters").isdisjoint(tokens)
            and self._start_of_a_name_alone(tokens)
        ):
            # "ijicp launch?", "aagc set up": when it started, as "launch date?" asks (not why, nor what for).
            cues = replace(cues, intents=frozenset({Intent.WHEN}))
        if "service" in attributes and self._joins_two_questions(tokens):
            # "... malabar dono bilateral hain kya aur dharma guardian army ka hai kya": the armed service is one part
            # of a longer question; what the material says of the other parts is still checked.
            attributes.discard("service")
        if "contents" in attributes and self._asks_if_held(tokens):
            # "is IPR covered?": whether a list holds it, not what it holds.
            attributes.discard("contents")
        # "what about the IJICP?" asks what the question before it asked ("what's" opens both).
        continues = markers.continues and not attributes and not cues.intents
        described_heads: frozenset[str] = _NOTHING
        if not attributes and not cues.intents and not continues and self._asks_definition(tokens, units):
            # ("what is the AAGC for?": what a named thing serves, not what it is.)
            serves = tokens[-1] in self.lexicon.words("purpose_enders") and any(u.named for u in units)
            attributes.add("purpose" if serves else "definition")
        elif (
            not attributes
            and not cues.intents
            and not continues
            and (
                heads := self._named_heads(tokens, units, frozenset(i for m in mentions for i in range(m.start, m.end)))
            )
        ):
            # "what is the indo pacific architecture": what the thing a name qualifies is.
            attributes.add("definition")
            described_heads = heads
        elif (
            not units
            and not attributes
            and not cues.intents
            and markers.anaphor in self.lexicon.words("person_anaphors")
            and not self.lexicon.words("name_words").isdisjoint(tokens)
        ):
            # "what is his name?" after "who visited Japan": the name of the person answered, not what he is.
            cues = replace(cues, intents=frozenset({Intent.PERSON}))
        elif not units and not attributes and not cues.intents and markers.anaphor and self._asks_what_it_is(tokens):
            # "what is it exactly?", "explain it": what the earlier question was about, described.
            attributes.add("definition")
        elif not units and not attributes and not cues.intents and self._only_asks(tokens, "why_words"):
            # A bare "why?" / "aur kyu" after a question asks what the thing it was about is for, or why it is so
            # ("why?" after "what does Japan restrict for India": because India has not signed the NPT).
            attributes.add("reason")
        elif not units and not attributes and not cues.intents and self._only_asks(tokens, "how_words"):
            # A bare "how?" / "kaise?" after a question asks how the thing it was about is done: the way, which a fact
            # stating only what it is may not give ("I couldn't find a question" before).
            attributes.add("means")
        elif units and not attributes and not cues.intents and self.lexicon.words("why_words") & set(tokens):
            # "why was the IJICP started" asks a reason or an aim, which the year it started does not give; its
            # start is the event asked about, not words the reason must repeat (below).
            attributes.add("reason")
        if attributes & {"reason", "purpose"}:
            # "AAGC kiske liye bana" asks its aim as "why was the AAGC set up" does.
            begun = [
                u for u in units if not u.named and "start" in event_kinds(u.label.casefold().split(), self.lexicon)
            ]
            # "why was the AAGC established in 2014" asserts when it began: its start stays to be checked.
            if len(begun) < len(units) and not any(u.kind == "figure" for u in units):
                units = [u for u in units if u not in begun]
        auxiliary_only = self._auxiliary_names(tokens, units) and not (attributes or cues.intents)
        if (not attributes and not cues.intents and self._bare_names(tokens, units)) or auxiliary_only:
            # "the SME forum?": a bare name asks nothing of its own; after an earlier question it asks the same
            # of this name, like "and the SME forum?". So does "does china?": its verb is the earlier question's.
            markers = replace(markers, elliptical=True)
        events = event_words(tokens, self.lexicon) if self._dates_or_doer(tokens, cues, attributes) else {}
        # "prefctures list plz": the plural is read as the typo's correction.
        fixed = dict(corrections)
        # "10 linez of effort", "chandryaan 5 partner": counts are read of the words as corrected, and the figure of
        # a misspelt name ("chandrayaan 5") is the name's.
        counted = [fixed.get(t, t) for t in tokens]
        if fixed:
            named_figures |= self._figures_of_names(counted, self.index.glossary_spans(counted))
        plural_kind = self._plural_kind([fixed.get(t, t) for t in tokens] if fixed else tokens)
        if plural_kind:
            # "what are all the agreements?" asks which ones, not what each is.
            attributes.discard("definition")
        devanagari = _DEVANAGARI.search(question) is not None
        bare_kind = self._bare_kind(tokens, units, mentions)
        things = self.things_of_kind(bare_kind) if bare_kind else frozenset()
        pointed = "the" not in tokens and not self.lexicon.words("demonstrative_anaphors").isdisjoint(tokens)
        if len(things) == 1 and pointed:
            # ("that declaration" of the one the material names: "that" points back at it, or at nothing yet.)
            bare_kind, things = "", frozenset()
        if len(things) == 1:
            # "the corridor" where the material names one (the Asia-Africa Growth Corridor): that one is meant.
            units = [replace(units[0], alternatives=(*units[0].alternatives, (next(iter(things)),)), lone=False)]
        qualified = self._qualified_kinds(self._tag_as_confirmation(tokenize(question), asked="?" in question))
        written = self._written_names(question)
        swapped = self._swapped_place_names(tokens)
        # Empty sets are the one shared empty set: a question's query is kept (read again as it is split or followed
        # up), and a dozen new empty sets per query were a dozen more objects for the garbage collector to walk.
        offered = self._offered(tokens, mentions) or _NOTHING
        if offered:
            # "Japan restricts nuclear tech to: China, India or Pakistan?": a side offered among options is the one
            # asked, not claimed (the first option is no target of the relation).
            roles = [
                RoleReading(
                    r.relation, None if r.agent in offered else r.agent, None if r.target in offered else r.target
                )
                for r in roles
            ]
        query = Query(
            units=tuple(units),
            intents=cues.intents or _NOTHING,
            numbers=frozenset(t for i, t in enumerate(tokens) if is_number(t) and i not in not_figures) or _NOTHING,
            similarity_text=" ".join(stems),
            corrections=tuple(corrections),
            small_talk=small_talk,
            sets_task=sets_task,
            content_words=len(cues.kept),
            words=frozenset(tokens),
            # "what is in the conclusion about the US": what a part of the article says, which its facts give.
            # So is "what does the article say about Russia": what the material says of it, wherever it says it.
            attributes=frozenset(
                attributes - {"definition", "contents"}
                if not self.lexicon.words("section_words").isdisjoint(tokens)
                or (self._material_says(tokens) and markers.anaphor is None)
                else attributes
            )
            or _NOTHING,
            entities=tuple(dict.fromkeys(m.canonical for m in mentions)),
            roles=tuple(roles),
            markers=markers,
            # (A message in another script is read on its words as the language data gives them: the checks that
            # read the question's own words, "kya" opening a claim, read those.)
            text=self.in_latin_letters(question) if devanagari else question,
            written=question if devanagari else "",
            has_subject=self._has_subject(units, mentions),
            names_more_than_partners=self._has_subject(units, mentions, partners_count=False),
            only_actions=self._only_actions(tokens, units),
            # A bound ("before 2020") is no year the question gives the thing.
            dates=self.index.dates_in(
                [("" if i in bounded else t) for i, t in enumerate(tokens)] if bounded else tokens
            ),
            bounds=tuple(bounds),
            set_aside=set_aside or _NOTHING,
            membership=membership,
            bare_kind=bare_kind,
            bare_things=things or _NOTHING,
            plural_kind=plural_kind,
            either_way=bool(either_way),
            speakers=self._speakers(tokens) or _NOTHING,
            name_words=frozenset(stem(t) for name in written for t in name) if written else _NOTHING,
            auxiliary_only=auxiliary_only,
            written_names=tuple(
                name
                for name in [*written, *self._spelt_names(question, written)]
                if len(name) > 1 and not self._name_head_stems.isdisjoint(map(stem, name))
            )
            + tuple(name for name, _base in swapped),
            swapped_names=tuple(swapped),
            events=(frozenset().union(*events.values()) if Intent.WHEN in cues.intents else None) or _NOTHING,
            asserted_events=event_kinds(tokens, self.lexicon) & ASSERTED_EVENTS or _NOTHING,
            event_words=events,
            agent_action=agent_action(tokens, self.lexicon) if "agent" in attributes else "",
            offered=offered,
            asked_other=frozenset(
                self.index.senses.token(w)
                for before, w in itertools.pairwise(tokens)
                if before in self.lexicon.words("other_words")
            )
            or _NOTHING,
            acted_events=(
                frozenset(event_kinds(tokens, self.lexicon) - ASSERTED_EVENTS) if "agent" in attributes else None
            )
            or _NOTHING,
            subject_partner=subject_partner(tokens, mentions, self.index.partners, self.lexicon),
            owner_partner=owner_partner(question, tokens, mentions, self.index.partners, self.lexicon),
            named_doer=named_doer(
                question,
                tokens,
                [m for m in mentions if not inside_a_longer_name(m, spans)],
                self.index.partners,
                self.lexicon,
            ),
            owned=owned_words(question, tokens, mentions, self.lexicon) or _NOTHING,
            equates=self._equates(tokens, glossary_spans),
            claimed_kinds=self._claimed_kinds(tokens, mentions),
            name_of=self._name_of(tokens),
            asked_head=self._asked_head(tokens, glossary_spans, mentions),
            counted=tuple(stems[p] for p in cues.count_phrase if p < len(stems)),
            counts_names=Intent.COUNT in cues.intents and not self.lexicon.words("naming_verbs").isdisjoint(tokens),
            counts={
                k: v
                for k, v in counts_in(
                    drop_ranked_counts(
                        [t for i, t in enumerate(counted) if i not in spelled | named_figures | digits.keys()]
                        if spelled or named_figures or digits or fixed
                        # (A question in Devanagari counts in the words it is read as: "10 कार्य रेखाएँ", 10 lines.)
                        else (tokenize(question) if question.isascii() else list(tokens)),
                        self.lexicon,
                    ),
                    self.lexicon,
                ).items()
                if k not in bound_figures and k not in left
            },
            qualified_kinds=tuple(k[:3] for k in qualified if not k[3]),
            described_kinds=tuple(k[:3] for k in qualified if k[3]),
            section_pointer=_contains_any(tokens, self._section_pointers),
            described_heads=described_heads,
            # "true or false: ..." is a claim to check; so is a plain statement ("the initiative focuses on X").
            claims=bool(claimed)
            or checks_statement
            or self._states(question, tokens)
            or (bool(paired_with) and not self._asks_something(tokens)),
            tagged=tagged,
            yes_no=(
                yes_no := checks_statement
                or self._yes_no(
                    # ("dharma guardian is a naval exercise?" claims the service it asks to confirm.)
                    tokens,
                    question,
                    cues.intents,
                    attributes - {"service"},
                    leans=markers.anaphor is not None,
                )
            ),
            asserted_subject=self._asserted_subject(tokens) if yes_no else (),
            # "how long?", "aim?": a question phrase or a bare cue ("what was on the agenda" names the agenda).
            attribute_only=attribute_only
            and not mentions
            and (
                len(tokens) <= 2
                or not self.lexicon.words("question_starters").isdisjoint(
                    t for i, t in enumerate(tokens) if i in cue_positions
                )
            ),
            kind_words=frozenset(u.label.casefold() for u in units if u.label.casefold() in self.lexicon.asked_types)
            or _NOTHING,
        )
        if (
            events
            and not query.events
            and any(_YEAR_TOKEN.fullmatch(t) and i not in bounded for i, t in enumerate(tokens))
        ):
            # "was CEPA signed in 2011?", "what was signed in 2015": the year is that event's; a fact dating
            # another event (CEPA "came into effect in 2011") cannot confirm it or say what it was.
            query = replace(query, events=frozenset().union(*events.values()))
        return query

    def _other_senses(self, tokens: Sequence[str], mentions: Sequence[Mention], attributes: set[str]) -> set[int]:
        """Return the positions of relation words used in another sense: no word of their relation is near.

        "what goods does Japan ship to India" is trade; "which ship joined MALABAR", "did Japan send troops" and
        "what does India get from the partnership" are not. The kinds of the names mentioned count as words
        ("is Gujarat linked with Shizuoka": two states).
        """
        contexts = self.lexicon.relation_contexts
        if not any(t in contexts for t in tokens):
            return set()
        present = set(tokens) | {m.kind for m in mentions} | attributes
        # "during the visit", "PM ki visit": after a determiner the word names a thing, whatever else is said.
        determiners = self.lexicon.words("determiners") | self.lexicon.words("noun_markers")
        # "visit India": a name right after the word is what it acts on, so it is the verb.
        objects, named_after = self.lexicon.words("object_verbs"), {m.start - 1 for m in mentions}
        return {
            i
            for i, t in enumerate(tokens)
            if t in contexts
            and (
                (i not in named_after if t in objects else not contexts[t] & (present - {t}))
                or (i > 0 and tokens[i - 1] in determiners)
            )
        }

    def _compound_pairs(self, tokens: Sequence[str], mentions: Sequence[Mention]) -> list[RoleReading]:
        """Read "the Gujarat-Toyama partnership": two names side by side before a pairing word pair them."""
        lexicon = self.lexicon
        pairing = lexicon.words("pairing_nouns")
        readings = []
        for first, second in itertools.pairwise(mentions):
            if second.start != first.end or second.end >= len(tokens) or tokens[second.end] not in pairing:
                continue
            if {first.canonical, second.canonical} & self.index.partners:
                continue  # "the India-Japan partnership" is the article's own subject
            for relation in lexicon.symmetric_relations:
                readings.append(RoleReading(relation, first.canonical, second.canonical))
        return readings

    def _journeys_to(
        self, tokens: Sequence[str], mentions: Sequence[Mention]
    ) -> tuple[list[RoleReading], dict[int, str]]:
        """Read "Japan ki India visit", "the Japanese PM's India visit": a place right before a word of a relation
        said as a noun ("visit") is where it goes, and a name just before that place, whose the journey is; also
        return where a verb of going ("came to India") said it."""
        relations, objects = self.lexicon.relation_words, self.lexicon.words("object_verbs")
        journeys = self.lexicon.journey_words
        # Between the two names only a possessive or a word that is no function word ("Japanese PM's"): "India and
        # Japan visit" or "from India to Japan visit" say no owner.
        ignored, possessives = self.lexicon.ignored, self.lexicon.words("possessives")
        reach = self.index.thresholds.role_reach
        targets = self.lexicon.words("relation_targets")
        readings: list[RoleReading] = []
        went: dict[int, str] = {}
        asking, open_words = self.lexicon.words("who_words"), self.lexicon.words("open_question_words")
        for i, token in enumerate(tokens):
            journey = journeys.get(token)
            if journey is None and (token not in objects or token not in relations):
                continue
            after = None
            if i + 1 < len(tokens) and tokens[i + 1] in targets:
                # "his visit to India": the place after the noun and a word of where it goes.
                after = next((m for m in mentions if m.start == i + 2 and not m.demonym), None)
            # ("japan kaun gaya", "india kyun aaye": who went there, or why or when, stands between the place and the
            # verb of going.)
            gap = 1 if journey is not None and i and tokens[i - 1] in open_words else 0
            before = next((m for m in mentions if m.end == i - gap and not m.demonym), None)
            marked = None
            if journey is None and before is None and i >= 2 and tokens[i - 1] in possessives:
                # "japan ke pm ne india ki yatra ki", "भारत की यात्रा": a place marked as the journey's is where it goes,
                # whose journey it is only an office holder before it says.
                marked = next((m for m in mentions if m.end == i - 1 and not m.demonym), None)
                before = marked
            # A verb of going ("Japan's PM came to India", "japan ke pm india aaye") always sets the question: a
            # fact need not say it; a noun's place before it ("Japan ki India visit") is what is asked.
            place = (after or before) if journey else (before or after)
            if journey is not None and place is not None and place.kind == "organisation":
                continue  # one goes to a place, not to a body ("came to the UN" is no visit of the UN)
            setting = journey is not None or place is not before
            if place is None:
                continue
            owner = next((m for m in reversed(mentions) if m.end <= min(i, place.start)), None)
            between = tokens[owner.end : min(i, place.start)] if owner is not None else []
            if (
                owner is None
                or marked is not None
                # ("India-Japan come in the mains", "india japan visit": two names side by side are a pair, not the
                # journey's owner and its place.)
                or owner.end == place.start
                or owner.canonical == place.canonical
                or place.start - owner.end > reach
                or any(t in ignored and t not in possessives for t in between)
            ):
                # "the Japanese PM ... his visit to India", "japani PM ne india visit me": the office holder named
                # before the journey makes it theirs.
                owner = self._office_holder(tokens, mentions, min(i, place.start))
                setting = True
            if owner is None and journey is not None and not asking.isdisjoint(tokens):
                went[i] = journey  # "who went to Japan", "japan kaun gaya": the visit is asked of, its doer asked
            if owner is None or owner.canonical == place.canonical:
                continue
            readings.append(RoleReading(journey or relations[token][0], owner.canonical, place.canonical, setting))
            if journey is not None:
                went[i] = journey
        return readings, went

    def _office_holder(self, tokens: Sequence[str], mentions: Sequence[Mention], before: int) -> Mention | None:
        """Return the one name before ``before`` written with an office after it ("Japanese PM", "japan ke pm",
        "Japan's Prime Minister"), if there is exactly one."""
        words = self.lexicon.words
        offices = words("person_roles")
        titles = phrase_spans(tokens, words("office_titles_pm"))
        skipped = words("possessives")
        holders = []
        for mention in mentions:
            if mention.end >= before:
                continue
            at = mention.end
            while at < before and tokens[at] in skipped:
                at += 1
            if at < before and (tokens[at] in offices or any(start == at for start, _end in titles)):
                holders.append(mention)
        return holders[0] if len({h.canonical for h in holders}) == 1 else None

    def _paired_with(self, tokens: Sequence[str], mentions: Sequence[Mention]) -> list[RoleReading]:
        """Read "AP with Ehime?", "Gujarat and Yamanashi partnership", "Ehime's partner is AP": a place put with a
        place of another kind, no relation said, claims they pair."""
        words = self.lexicon.words
        links, partner = words("pair_claim_links"), words("pair_partner_nouns")
        pairing, reach = partner | words("pairing_nouns"), self.index.thresholds.pair_claim_reach
        with_words = words("symmetric_targets")
        # "correct?", "hai na?": a tag asking to confirm the pair says nothing besides it.
        tags = words("premise_tags") | words("confirm_tags")
        either = words("either_or")
        places: dict[str, set[str]] = {}
        for mention in mentions:
            places.setdefault(mention.kind, set()).add(mention.canonical)
        readings = []
        # "gujarat ka bhi toyama hai?": "bhi" adds the pair to what was said, and links nothing; "i think UP-Ehime
        # hai, check kar": who claims it and the request to check it say nothing of the pair.
        additive = words("additive_words")
        claimed = _positions_of(tokens, self._claims) | _positions_of(tokens, self._challenge_sources)
        joiners = words("clause_joiners") | words("list_joiners")
        symmetric = self.lexicon.symmetric_relations
        # Where the message last said a pair ("UP is paired with Yamanashi", "UP ka partner Yamanashi").
        said = [
            i
            for i, t in enumerate(tokens)
            if t in pairing or (self.lexicon.relation_words.get(t, ("",))[0] in symmetric)
        ]
        said_before = -1  # where the last pair read ends
        listed_pairs = self._pairs_in_a_run(tokens, mentions, joiners)
        for first, second in itertools.pairwise(mentions):
            between = [t for t in tokens[first.end : second.start] if t not in additive]
            kinds = {first.kind, second.kind}
            # "UP ka partner Yamanashi hai aur Gujarat ka Toyama", "UP is paired with Yamanashi and Gujarat is
            # Toyama": a clause joined after a pair said leaves out the word of the pair it repeats.
            since = max(said_before, max((i + 1 for i in said if i < first.start), default=-1))
            # "UP-Yamanashi aur Gujarat-Toyama sahi?": pairs side by side, each standing as an item of its own.
            alone = (
                not between
                and (first.start == 0 or tokens[first.start - 1] in joiners)
                and (second.end == len(tokens) or tokens[second.end] in joiners | tags)
            )
            # "TN-Ehime, UP-Yamanashi and Gujarat-Toyama are the pairings, right?": a run of names of two kinds in
            # turn, the commas gone, is read two by two from its start.
            alone = alone or (first.start, second.start) in listed_pairs
            gapped = alone or (
                0 <= since <= first.start
                and not joiners.isdisjoint(tokens[since : first.start])
                and set(between) <= links
            )
            if second.end < len(tokens) and tokens[second.end] in either:
                continue  # "does gujarat partner with toyama or shizuoka?" offers a choice; it claims no pair
            # "tamil nadu and gujarat partner with ehime and shizuoka": with two places of a kind, only a pair said
            # as one ("TN with Ehime", "Gujarat and Shizuoka partnership") is read, not the neighbours of a list.
            several = any(len(places.get(kind, ())) > 1 for kind in kinds)
            # "Gujarat's partner prefecture is Toyama", "AP partner with Yamanashi": a word for either side's kind.
            kind_words = {w for w, kind in self.lexicon.asked_types.items() if kind in kinds}
            if not (len(between) == 1 and between[0] in with_words) and not gapped:
                # Only words that link the two, and a word for a pair or a partner between them or right after
                # ("tamil nadu ka partner ehime", "ehime tamil nadu ka partner hai"), or before ("pair of ...").
                near = {
                    *between,
                    *tokens[second.end : second.end + reach],
                    *tokens[max(0, first.start - reach) : first.start],
                }
                # Or the two names are all the message says besides words of pairs, of their kinds and a tag
                # ("gujarat yamanashi", "tamil nadu - toyama, correct?", "UP is with Shizuoka", "gujarat - toyama
                # state prefecture partnership?"): the pair is what it asks about.
                # ("kerala and kyoto" may ask of each: only names side by side, or linked, ask of the pair.)
                others = [
                    t
                    for i, t in enumerate(tokens)
                    if t not in self.lexicon.ignored
                    and t not in additive
                    and i not in claimed
                    and not first.start <= i < second.end
                ]
                joined = bool(between) and set(between) <= words("list_joiners")
                bare = (
                    not several
                    and all(t in pairing or t in kind_words or t in tags for t in others)
                    and (not joined or not pairing.isdisjoint(others))
                )
                linking = links | partner if several else links | partner | pairing | with_words | kind_words
                if not set(between) <= linking or (near.isdisjoint(pairing) and not bare):
                    continue
                # A region is no side of a twinning: "the Northeast and Africa partnerships" are two fields.
                if "region" in kinds:
                    continue
            # Only two places of two kinds: "India with Japan" is the article's own subject, and "Gujarat with
            # Japan" pairs a state with its prefecture's country, which says nothing of any pair.
            if len(kinds) != 2 or "country" in kinds or "" in kinds or first.demonym or second.demonym:
                continue
            if {first.canonical, second.canonical} & self.index.partners:
                continue
            for relation in self.lexicon.symmetric_relations:
                readings.append(RoleReading(relation, first.canonical, second.canonical))
            said_before = second.end
        return readings

    def _pairs_in_a_run(
        self, tokens: Sequence[str], mentions: Sequence[Mention], joiners: frozenset[str]
    ) -> frozenset[tuple[int, int]]:
        """Return (start, start) of each pair in a run of four or more names of two kinds in turn, nothing but joiners
        between them, standing alone in the message: read two by two from the run's start ("TN Ehime UP Yamanashi")."""
        pairs: set[tuple[int, int]] = set()
        run: list[Mention] = []

        def close() -> None:
            starts_alone = bool(run) and (run[0].start == 0 or tokens[run[0].start - 1] in joiners)
            if len(run) >= 4 and len(run) % 2 == 0 and starts_alone:
                kinds = [m.kind for m in run]
                if len(set(kinds)) == 2 and all(a != b for a, b in itertools.pairwise(kinds)):
                    pairs.update((run[i].start, run[i + 1].start) for i in range(0, len(run), 2))

        for mention in mentions:
            if run and all(t in joiners for t in tokens[run[-1].end : mention.start]):
                run.append(mention)
                continue
            close()
            run = [mention]
        close()
        return frozenset(pairs)

    def _named_heads(
        self, tokens: Sequence[str], units: Sequence[Unit], named_at: frozenset[int] = frozenset()
    ) -> frozenset[str]:
        """Return the plain words a named thing qualifies in "what is the Indo-Pacific architecture", else nothing.

        Words naming a kind of programme ("the MAHSR project") only say what the name is: they are not returned.
        """
        if self.lexicon.words("name_words") & set(tokens) or self.lexicon.words("substitute_nouns") & set(tokens):
            return _NOTHING
        cue = next((c for c in self._definition_cues if len(c) > 1 and tuple(tokens[: len(c)]) == c), None)
        if cue is None:
            return _NOTHING
        # The partners, as names or as a glossary term ("India-Japan"), are every fact's setting.
        subject = [u for u in units if not set(tokenize(u.label)) <= self._partner_words]
        named = [u for u in subject if u.named and u.kind == "concept"]
        plain = [u for u in subject if u.kind in {"word", "concept"} and not u.named]
        if len(named) != 1 or not plain or len(named) + len(plain) != len(subject):
            return _NOTHING
        if len(subject) > self.index.thresholds.defined_phrase_words:
            return _NOTHING
        # Only a name put before the words it qualifies ("the Indo-Pacific architecture"): "the time horizon of the
        # Joint Vision" asks a thing's attribute, and words joined by "of" or "in" are read elsewhere.
        words = self.lexicon.words
        # (A name that is also a function word, "the us-led alliance", is the name there.)
        rest = [
            (i, t)
            for i, t in enumerate(tokens[len(cue) :], start=len(cue))
            if t not in self._partner_words and t not in words("determiners")
        ]
        if (
            not rest
            or any(t in self.lexicon.ignored and i not in named_at for i, t in rest)
            or stem(rest[-1][1]) not in {u.label for u in plain}
        ):
            return _NOTHING
        kept = self._aspect_stems
        return frozenset(u.label for u in plain if not {stem(w) for w in u.alternatives[-1]} & kept) or _NOTHING

    def _asks_definition(self, tokens: Sequence[str], units: Sequence[Unit]) -> bool:
        """Tell whether a question asks what one named thing is ("what is the AI initiative", "SCRI kya hai")."""
        if self.lexicon.words("name_words") & set(tokens):
            return False  # "what is the name of the relationship" asks its name, not what it is
        cues = self._definition_cues
        opens = any(tuple(tokens[: len(c)]) == c for c in cues)
        closes = any(len(tokens) > len(c) and tuple(tokens[-len(c) :]) == c for c in cues)
        # ("what is the nippon foundation", "what is the japan plus": a partner, by any of its names, qualifies the
        # thing asked; it is not the thing.)
        partners = {ENTITY_PREFIX + p for p in self.index.partners}
        subject = [
            u
            for u in units
            if not (u.kind == "entity" and u.label in self._partner_words)
            and not (len(units) > 1 and any(a[-1] in partners for a in u.alternatives))
        ]
        if (opens or closes) and len(subject) == 1 and subject[0].named:
            return True
        opens_fully = any(len(c) > 1 and tuple(tokens[: len(c)]) == c for c in cues)
        # "prefecture kya hota hai": a closing cue of three words or more asks what the thing is, as "what is" does.
        opens_fully = opens_fully or any(
            len(c) > 2 and len(tokens) > len(c) and tuple(tokens[-len(c) :]) == c for c in cues
        )
        plain = all(u.kind in {"word", "concept"} and not u.named for u in subject)
        if opens_fully and len(subject) == 1 and plain:
            # "what is a semiconductor", "what is maritime security": a thing named in plain words, which a fact
            # describes only when it is what the fact is about (see checks._describes). Only a cue of its own
            # ("what is"), not a bare "what" ("what concern is mentioned") or a closing one ("countering what?").
            return True
        # "global south kya hai", not "human resource exchange ke liye kya hai" (what there is for it).
        closes_fully = any(
            len(c) > 1 and len(tokens) == len(c) + len(subject) and tuple(tokens[-len(c) :]) == c for c in cues
        )
        if (
            (opens_fully or closes_fully)
            and plain
            and 1 < len(subject) <= self.index.thresholds.defined_phrase_words
            and not self.lexicon.words("substitute_nouns") & set(tokens)
            and not self._inside_a_name(subject)
        ):
            # "what is global south": a phrase of plain words, all the question names besides its cue ("what are the
            # multilateral ones" asks which, after a question naming the kind).
            return True
        # "explain the action plan for human resource exchange": a thing named in plain words, asked to be explained
        # ("human resource exchange ke liye kya hai" asks what there is for it, not what it is).
        explains = any(tuple(tokens[: len(c)]) == c or tuple(tokens[-len(c) :]) == c for c in self._explain_cues)
        return explains and bool(subject) and not any(u.named or u.kind == "figure" for u in subject)

    def _yes_no(
        self, tokens: Sequence[str], question: str, intents: frozenset[Intent], attributes: set[str], leans: bool
    ) -> bool:
        """Tell whether a question asks to confirm something ("is JIMEX bilateral?", "dharma guardian is naval?").

        ``leans``: the question points back ("it came into force in 2012, right?") to an earlier subject.
        """
        if not tokens or intents:
            return False
        words = self.lexicon.words
        if 0 in _positions_of(tokens[:5], self._requests):
            return False  # "can someone tell me the bilateral exercises": a request, not a yes/no question
        openers = words("yes_no_starters") | words("polar_openers")
        if len(tokens) > 2 and tokens[0] in words("claim_starters") and tokens[1] in openers:
            tokens = tokens[1:]  # "toh kya ye 2011 me hua tha?", "so is JIMEX bilateral?": the opener comes next
        if tokens[0] in words("yes_no_starters"):
            # "is MALABAR bilateral or multilateral?" asks to choose, not to confirm ("... or not?" still confirms).
            negations = words("negations")
            return not any(
                t in words("either_or") and i + 1 < len(tokens) and tokens[i + 1] not in negations
                for i, t in enumerate(tokens)
            )
        # A statement with a question mark and no question word: "dharma guardian is a naval exercise?".
        asking = self._question_words
        # "kya China bhi member hai?": a name after "kya" is what the statement is of; "member" is what it says of
        # the name, not members asked for.
        of_a_name = attributes <= {"members"} and any(m.start == 1 for m in self.gazetteer.find(tokens[:4]))
        if (
            len(tokens) > 2
            and (not attributes or of_a_name)
            and tokens[0] in words("polar_openers")
            # ("kya ye 2011 me tha?": "ye", it, is what the statement is of.)
            and (tokens[1] not in self.lexicon.ignored or tokens[1] in words("demonstrative_anaphors"))
            and tokens[-1] in words("polar_closers")
            and not any(t in asking for t in tokens[1:])
        ):
            # "kya india ne npt sign kiya hai": Hindi's "kya" opening a statement asks whether it is so ("kya hai
            # cepa", what CEPA is, opens on the verb).
            return True
        polar = words("polar_openers")
        closers = words("polar_closers")
        # ("jimex bilateral hain kya aur dharma guardian army ka hai kya": each "kya" after a verb asks the same.)
        tagged = {i for i, t in enumerate(tokens) if t in polar and i and tokens[i - 1] in closers}
        if (
            # ("2011 tha kya?": a figure, its verb and "kya" claim the figure.)
            (len(tokens) > 3 or is_number(tokens[0]))
            and not attributes
            and len(tokens) - 1 in tagged
            and not any(t in asking for i, t in enumerate(tokens[:-1]) if i not in tagged)
        ):
            # "malabar bilateral hai kya": the same "kya" after the statement's verb.
            return True
        # "... is called?", "... also known as?" ask a name; "... hai ya india ke?" asks to choose.
        asking |= words("name_words") | words("either_or")
        if len(tokens) > 2 and tokens[-1] in words("confirm_tags") and not attributes and not leans:
            # (A statement pointing back is read with the earlier question, which says what it is about.)
            # "india has signed the NPT right?": a tag asks to confirm the statement before it, whatever its verb.
            return not any(t in asking for t in tokens[:-1])
        # ... that says something is so ("is", "was"): a bare name ("JIMEX?") asks what it is.
        verbs = [i for i, t in enumerate(tokens) if t in words("identity_verbs")]
        if (
            not verbs
            and len(tokens) >= 2
            and tokens[-1] in self.lexicon.contrast_groups
            and self._one_name(" ".join(tokens[:-1]))
        ):
            # "Dharma Guardian multilateral?": a name and a kind of its set, the verb left out, say it is that kind.
            verbs = [len(tokens) - 1]
        if not verbs and len(tokens) > 2 and tokens[-1] in closers:
            # "2017 me upgrade hua?": a Hindi statement ending on its verb, "kya" left out. (Read as yes/no, it asks
            # every word covered: "australia ne scri join kiya?" is "did you mean" now; limited to statements with a
            # figure, the held-out sets lost a right answer.)
            verbs = [len(tokens) - 1]
        # "Japan's vision that the forum is aligned with?": a thing named before a relative clause is asked for.
        relative = any(t in words("relative_words") for t in tokens[1 : verbs[0]]) if verbs else False
        return (
            question.rstrip().endswith("?")
            and not attributes
            and bool(verbs)
            and not relative
            and not any(t in asking for t in tokens)
        )

    def _either_way(self, tokens: Sequence[str]) -> set[int]:
        """Return where a relation is offered both ways ("imported or exported") or asked both ways ("imports and
        exports"): neither word sets a direction for the fact to match, and each way the material states answers."""
        relation_words = self.lexicon.relation_words
        either = self.lexicon.words("either_or") | self.lexicon.words("both_joiners")
        both: set[int] = set()
        for i, token in enumerate(tokens):
            first = relation_words.get(token)
            if first is None:
                continue
            # "import hai ya export", "imported, or exported", "import bhi karta hai aur export bhi": words that name
            # nothing may stand around the "or".
            j = i + 1
            while j < len(tokens) and tokens[j] not in either and tokens[j] in self.lexicon.ignored and j - i <= 4:
                j += 1
            if j >= len(tokens) - 1 or tokens[j] not in either:
                continue
            # ("an import or an export": an article may stand after the "or" too.)
            k = j + 1
            while k < len(tokens) - 1 and tokens[k] in self.lexicon.ignored and k - j <= 2:
                k += 1
            second = relation_words.get(tokens[k])
            if second and first[0] == second[0] and first[1] != second[1]:
                both.update((i, k))
        return both

    @cached_property
    def _base_names(self) -> tuple[str, ...]:
        """Return the one-word names of the world the base itself uses ("japan", "gujarat")."""
        return tuple(sorted(self.gazetteer.one_word_names() & self.index.known_surface))

    @cached_property
    def _name_typo_ratio(self) -> float:
        """Return the lowest spelling likeness at which a word may be read as a typo of another."""
        t = self.index.thresholds
        return min(t.typo_ratio_short, t.typo_ratio_medium, t.typo_ratio_long)

    def _counts_in_digits(self, question: str) -> str:
        """Return a question with each number word that counts the word after it in digits ("ten years": "10
        years"), or the question itself when it has none."""
        values, ignored = self.lexicon.number_values, self.lexicon.ignored
        words = question.split()
        changed = False
        for i, word in enumerate(words[:-1]):
            value = values.get(word.casefold())
            after = words[i + 1].casefold().strip(string.punctuation)
            if value is not None and value != "1" and after not in ignored and after not in values:
                words[i], changed = value, True
        return " ".join(words) if changed else question

    def _sets_a_task(self, tokens: Sequence[str], spoken: Sequence[str]) -> bool:
        """Tell whether a message opens with a verb setting the bot a task ("make 5 MCQs") or, as Hindi has it,
        ends with one ("5 MCQ bana do"), or asks for a number of practice questions or for some to be given (read on
        ``spoken``, the words before counts and lengths are set aside)."""
        words = self.lexicon.words
        verbs = words("task_verbs")
        content = [t for t in tokens if t not in self.lexicon.ignored]
        if bool(tokens) and (tokens[0] in verbs or (bool(content) and content[-1] in verbs)):
            return True
        # "give me 3 mains questions on QUAD", "india japan pe 3 mains questions do": a number of practice questions
        # asked for, or practice questions asked to be given, set the same task.
        objects, givers = words("task_objects"), words("task_giving_verbs")
        kinds = words("exam_words") | words("task_object_modifiers")
        numbers = self.lexicon.number_values
        # ("give me the answer to this question": one question pointed at, no task.)
        pointers = words("task_object_pointers")
        for i, token in enumerate(spoken):
            if token not in objects or (i and spoken[i - 1] in pointers):
                continue
            if spoken[0] in givers or spoken[-1] in givers:
                return True
            j = i - 1
            while j >= 0 and spoken[j] in kinds:
                j -= 1
            if j >= 0 and (spoken[j].isdigit() or spoken[j] in numbers):
                return True
        return False

    @cached_property
    def _task_tokens(self) -> frozenset[str]:
        """Return the index tokens of the verbs that set the bot a task ("make", "create")."""
        token = self.index.senses.token
        return frozenset(token(w) for w in self.lexicon.words("task_verbs"))

    @staticmethod
    def _ends_with(tokens: Sequence[str], phrases: frozenset[str]) -> bool:
        """Tell whether the tokens end with one of these words or phrases."""
        return any(" ".join(tokens[-n:]) in phrases for n in (1, 2, 3) if len(tokens) > n)

    def _offered(self, tokens: Sequence[str], mentions: Sequence[Mention]) -> frozenset[str]:
        """Return the names a question offers as options: two names joined by "or" ("India or Japan")."""
        either = self.lexicon.words("either_or")
        offered: set[str] = set()
        for first, second in itertools.pairwise(sorted(mentions, key=lambda m: m.start)):
            if second.start == first.end + 1 and tokens[first.end] in either:
                offered.update((first.canonical, second.canonical))
        return frozenset(offered)

    def _asserted_subject(self, tokens: Sequence[str]) -> tuple[str, ...]:
        """Return the stems of what "is X a Y" says is a Y, when X stands between the verb and "a"/"an"/"the"."""
        if len(tokens) < 4 or tokens[0] not in self.lexicon.words("identity_verbs"):
            return ()
        determiners = self.lexicon.words("determiners")
        end = next((i for i, t in enumerate(tokens[1:], 1) if t in determiners), 0)
        # "is aviation part of the partnership": "part of" says what kind of claim it is, not what it is about.
        end = min([end, *_positions_of(tokens[:end], self._membership)])
        subject = [t for t in tokens[1:end] if t not in self.lexicon.ignored]
        if not subject or end == len(tokens) - 1:
            return ()
        return tuple(self.index.senses.token(t) for t in subject)

    def _asks_which_of(self, tokens: Sequence[str], anaphor: str) -> bool:
        """Tell whether "which X" opens the question before the anaphor, X being a thing and no time or amount."""
        words = self.lexicon
        if len(tokens) < 3 or tokens[0] not in words.words("which_words") or anaphor not in tokens[2:]:
            return False
        noun, at = tokens[1], tokens.index(anaphor, 2)
        # "... in its name" owns a part of X; "which country is its partner" asks about another thing's partner.
        owned = tokens[at - 1] in words.words("object_prepositions")
        return owned and noun not in words.ignored and noun not in words.intent_cue_words and noun.isalpha()

    def _only_asks(self, tokens: Sequence[str], asking: str) -> bool:
        """Tell whether a message asks nothing but one of a word list's bare question words (``asking``: "why_words"
        for "why?", "aur kyu", "but why"; "how_words" for "how?", "kaise?")."""
        words = self.lexicon.words(asking)
        ignored = self.lexicon.ignored | self.lexicon.words("clause_joiners")
        rest = [t for t in tokens if t in words or t not in ignored]
        return bool(rest) and all(t in words for t in rest)

    def _asks_what_it_is(self, tokens: Sequence[str]) -> bool:
        """Tell whether a message with no subject of its own asks what something is ("what is it", "explain that")."""
        filler = self.lexicon.words("filler")
        # "what is it exactly": trailing chat words aside; "explain it": the cue may itself be a filler word.
        kept = [t for i, t in enumerate(tokens) if t not in filler or i == 0]
        cues = [*self._definition_cues, *self._explain_cues]
        return any(tuple(kept[: len(c)]) == c for c in cues) or any(
            len(kept) > len(c) and tuple(kept[-len(c) :]) == c for c in cues
        )

    def _bare_names(self, tokens: Sequence[str], units: Sequence[Unit]) -> bool:
        """Tell whether a message is only names, with no question word or verb ("the SME forum?")."""
        if not units or not all(u.named for u in units):
            return False
        words = self.lexicon.words
        asking = words("question_starters") | words("yes_no_starters") | words("identity_verbs") | words("common_verbs")
        return not any(t in asking for t in tokens)

    def _auxiliary_names(self, tokens: Sequence[str], units: Sequence[Unit]) -> bool:
        """Tell whether a message is an auxiliary and names only ("does china?", "is UP too?"): the verb it stands
        for is an earlier question's."""
        words = self.lexicon.words
        if len(tokens) < 2 or tokens[0] not in words("yes_no_starters"):
            return False
        # "is it JIMEX?" points back: it asks whether the earlier thing is this one.
        pointers = words("anaphors") | words("demonstrative_anaphors") | words("place_anaphors")
        # ("is there an AI initiative?" asks whether one exists.)
        if not pointers.isdisjoint(tokens):
            return False
        if any(not kind_words.isdisjoint(tokens) for _kind, kind_words in self._comparison_words):
            return False  # "was cepa before 2015?" sets it against a year: a question of its own
        # One name: "is UP with Osaka?" says what it asks of both.
        return len(units) == 1 and units[0].named and self._bare_names(tokens[1:], units)

    def _claimed_of_it(self, tokens: Sequence[str], at: int) -> bool:
        """Tell whether a demonstrative at ``at`` is the subject of a short claim, not a word of a noun phrase: a year
        or figure right after it with nothing named after that ("ye 2011 me hua tha?": this happened in 2011, not "this
        2025 declaration"), or one word closing a yes/no question it opens ("is that bilateral?")."""
        words = self.lexicon.words
        rest = tokens[at + 1 :]
        # (Verbs in Hindi order close the claim: "ye 2017 me aaya tha?")
        verbs = words("function_words") | words("common_verbs") | words("polar_closers")
        if rest and is_number(rest[0]) and all(t in verbs or is_verb_form(t) for t in rest[1:]):
            return True
        if at != 1 or tokens[0] not in words("yes_no_starters") | words("polar_openers"):
            return False
        # ("kya wo bilateral hai?", "क्या वो द्विपक्षीय है?": one word and the copula closing it, in Hindi order; not
        # "kya ye sahi hai?", which asks whether what was said is right.)
        if len(rest) == 2 and rest[0] in words("premise_tags") | words("confirm_tags"):
            return False
        return len(rest) == 1 or (len(rest) == 2 and rest[1] in words("who_copulas") | words("identity_verbs"))

    def _said_of_it(self, tokens: Sequence[str], at: int) -> bool:
        """Tell whether a demonstrative at ``at`` is what the statement after it, closing on a copula, is said of:
        "kya ye QUAD ka part hai?" (QUAD's part), "kya ye Andhra hai?" (a name alone); "kya ye MALABAR multilateral
        hai?" is "this MALABAR", and "ye partnership kya hai?" asks what this partnership is."""
        lexicon = self.lexicon
        between = tokens[at + 1 : -1]
        if not between or tokens[-1] not in lexicon.words("who_copulas"):
            return False
        if any(t in self._question_words for t in between):
            return False
        if any(t in lexicon.words("possessives") for t in tokens[at + 2 : at + 5]):
            return True
        return sum(m.end - m.start for m in self.gazetteer.find(between)) == len(between)

    def _asks_a_place_s_area(self, tokens: Sequence[str], mentions: Sequence[Mention]) -> bool:
        """Tell whether a question asks the area of a place ("area of Shizuoka", "Shizuoka ka area"): its size, not
        an area of cooperation ("areas of QUAD")."""
        measures = self.lexicon.words("place_measures")
        if measures.isdisjoint(tokens):
            return False
        words = self.lexicon.words
        owners, possessives = words("owner_prepositions"), words("possessives")
        places = {"state", "prefecture", "place", "country", "region"}
        starts = {m.start for m in mentions if m.kind in places}
        ends = {m.end for m in mentions if m.kind in places}
        for i, token in enumerate(tokens):
            if token not in measures:
                continue
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if after in owners and (i + 2 in starts or (i + 3 in starts and tokens[i + 2] == "the")):
                return True
            if i >= 2 and tokens[i - 1] in possessives and i - 1 in ends:
                return True
        return False

    def _asks_goods(self, tokens: Sequence[str], roles: Sequence[RoleReading]) -> bool:
        words = self.lexicon.words
        trades = words("goods_relations")
        asking = tokens
        if tokens and tokens[0] in words("polar_openers") and any(is_number(t) and not is_year(t) for t in tokens[1:]):
            # "kya japan ka export 20 billion tha?": "kya" opening a statement of a sum asks whether, not what.
            asking = tokens[1:]
        if not words("count_totals").isdisjoint(tokens):
            return False  # "what are Japan's total exports to India?": a sum, not the goods
        return any(r.relation in trades for r in roles) and any(t in words("what_words") for t in asking)

    def _only_actions(self, tokens: Sequence[str], units: Sequence[Unit]) -> bool:
        if not self.lexicon.words("document_words").isdisjoint(tokens):
            return False  # "when was the article updated" is about the article
        return bool(units) and all(is_action(u, self.lexicon) for u in units)

    def _has_subject(self, units: Sequence[Unit], mentions: Sequence[Mention], partners_count: bool = True) -> bool:
        # The article's own partners ("Japan", "India-Japan") are what every fact is about: a subject for "its"
        # to point back to, but not one that makes a short follow-up ("under which japanese vision?") stand alone.
        partners = set() if partners_count else {p.casefold() for p in self.index.partners}
        named = any(u.named and u.label.casefold() not in partners and not self.a_measure(u) for u in units)
        return named or any(m.canonical not in self.index.partners for m in mentions)

    def a_measure(self, unit: Unit) -> bool:
        """Tell whether a named unit is a measure ("dollars" for the US dollar): what a sum is counted in, no subject
        ("how much in dollars?" after India's exports asks their worth)."""
        if unit.kind != "concept":
            return False
        measures = self._measure_stems
        return any(variant and set(variant) <= measures for variant in self.index.glossary.variants(unit.token))

    # ------------------------------------------------------------------ steps
    def _name_of(self, tokens: Sequence[str]) -> str:
        """Return the thing whose name a question asks ("the name of the Japanese space agency", "agency ka naam"):
        the last word after "name of", or the word before "ka naam"; "" if it asks no name of a thing."""
        words = self.lexicon.words
        names, owners, ignored = words("name_words"), words("name_owner_words"), self.lexicon.ignored
        for i, token in enumerate(tokens):
            if token not in names:
                continue
            if i + 1 < len(tokens) and tokens[i + 1] in owners:
                after = [t for t in tokens[i + 2 :] if t not in ignored]
                return after[-1] if after else ""
            if i >= 2 and tokens[i - 1] in owners:
                return tokens[i - 2] if tokens[i - 2] not in ignored else ""
        return ""

    def _asked_head(
        self, tokens: Sequence[str], glossary_spans: Sequence[tuple[int, int, str]], mentions: Sequence[Mention]
    ) -> str:
        """Return the word a "which X <auxiliary> ..." question asks to be named ("which train technology is used",
        "what sectors will they cooperate on"), or "": a kind of place (read as an asked kind), a name of the
        material, "one" or a question word with no words before its verb ask no such thing."""
        words, ignored = self.lexicon.words, self.lexicon.ignored
        opening = words("which_words") | words("what_words")
        start = next((i for i, t in enumerate(tokens) if t in opening), None)
        if start is None:
            return ""
        end = start + 1
        while (
            end < len(tokens) and end - start <= self.index.thresholds.asked_head_reach and tokens[end] not in ignored
        ):
            end += 1
        # Only a noun phrase up to the question's auxiliary: "which item shows up ..." may end in a verb.
        # (Hinglish puts its copula after the head: "kaunse projects hai".)
        enders = words("yes_no_starters") | words("asked_head_enders")
        if end == start + 1 or end >= len(tokens) or tokens[end] not in enders:
            return ""
        head = end - 1
        named = self.index.glossary.named
        inside = {i for a, b, concept in glossary_spans if concept in named for i in range(a, b)}
        inside |= {i for m in mentions for i in range(m.start, m.end)}
        word = tokens[head]
        if (
            head in inside
            or word in self.lexicon.asked_types
            or word in words("substitute_nouns")
            or not word.isalpha()
        ):
            return ""
        return word

    def _claimed_kinds(self, tokens: Sequence[str], mentions: Sequence[Mention]) -> tuple[tuple[str, str], ...]:
        """Return the kinds a question says named places are: "is Toyama an Indian state?", "Gujarat ek prefecture
        hai?" (a kind word after the name, past linking words and the country it is said to be of)."""
        links, types = self.lexicon.words("kind_claim_links"), self.lexicon.asked_types
        starts = {m.start: m for m in mentions}
        opens_yes_no = bool(tokens) and tokens[0] in self.lexicon.words("yes_no_starters")
        partner_words = self.lexicon.words("pair_partner_nouns") | self.lexicon.words("pairing_nouns")
        claimed = []
        for mention in mentions:
            j = mention.end
            linked = False
            while j < len(tokens):
                if tokens[j] in links:
                    j += 1
                    linked = True
                elif j in starts and starts[j].kind == "country":
                    j = starts[j].end  # "Japan's", "Indian": whose it is said to be, not what
                else:
                    break
            # A linking word says what the name is ("Toyama is an Indian state", "is AP Japan's prefecture?");
            # without one the kind word is of another thing the name has ("TN's Japanese prefecture partner").
            # ... or the auxiliary opening the question, right before the name ("is AP Japan's prefecture?").
            linked = linked or (mention.start == 1 and opens_yes_no)
            # A kind word before "partner" names the partner's kind ("is TN's Japanese prefecture partner Ehime?").
            of_partner = tokens[j + 1 : j + 2] and tokens[j + 1] in partner_words
            if linked and mention.end < j < len(tokens) and tokens[j] in types and not of_partner:
                claimed.append((mention.canonical, types[tokens[j]]))
        return tuple(claimed)

    def _equates(self, tokens: Sequence[str], glossary_spans: Sequence[tuple[int, int, str]]) -> tuple[str, ...]:
        """Return two named things of the material a question says are one ("is IJICP the same as CEPA?"): a verb of
        being, or "same as", between them and nothing else but determiners."""
        words = self.lexicon.words
        linking = words("identity_verbs") | words("determiners") | words("sameness_words")
        if not linking & set(tokens):
            return ()
        glossary = self.index.glossary
        partners = self._partner_words
        spans = [
            (a, b, c)
            for a, b, c in glossary_spans
            if c in glossary.named and not set(glossary.label_words.get(c, ())) <= partners
        ]
        glue = words("sameness_glue")
        sameness = words("sameness_words") - glue
        for (_a, end, first), (start, _b, second) in itertools.pairwise(spans):
            between = set(tokens[end:start])
            if not (first != second and between and between <= linking):
                continue
            if between & glue and not between & sameness:
                continue  # "the forum is for the Northeast": what it serves, not another name of it
            if between & (words("identity_verbs") | sameness):
                return (glossary.labels.get(first, first), glossary.labels.get(second, second))
        return ()

    @cached_property
    def _question_words(self) -> frozenset[str]:
        """Return the words that ask ("when", "which", "kya", "kaun", "kiske")."""
        words = self.lexicon.words
        asking = words("question_starters") | words("which_words") | words("what_words") | words("who_words")
        return asking | words("whose_words")

    def _asks_something(self, tokens: Sequence[str]) -> bool:
        """Tell whether a message has a question word ("which", "kaun") or opens as a question."""
        asking = self._question_words
        return bool(tokens) and (tokens[0] in self.lexicon.words("yes_no_starters") or not asking.isdisjoint(tokens))

    def _states(self, question: str, tokens: Sequence[str]) -> bool:
        """Tell whether a message states something rather than asks ("the initiative focuses on agriculture", or
        with a question mark, "the AAGC was set up by India and China?"): no question word, a verb, and enough
        words to say something."""
        words = self.lexicon.words
        # "2+2 includes finance ministers?": a short one says something too when a verb of containing joins a name
        # to what it is said to hold.
        short_claim = (
            len(tokens) >= 3 and question.rstrip().endswith("?") and bool(words("containment_cues") & set(tokens[1:-1]))
        )
        if len(tokens) < 5 and not short_claim:
            return False
        asking = self._question_words | words("yes_no_starters") | words("name_words")
        if tokens[0] in asking or not (asking - words("yes_no_starters")).isdisjoint(tokens):
            return False
        if _positions_of(tokens[:5], self._requests):
            return False
        stating = words("identity_verbs") | words("common_verbs") | words("containing_verbs") | words("stating_verbs")
        if short_claim or not stating.isdisjoint(tokens[1:]):
            return True
        # "2+2 me foreign ministers nahi hote", "MILAN me japan nahi jata na": a Hindi statement ends on its verb (or
        # the verb and a tag asking to confirm it).
        closers = words("polar_closers")
        ending = tokens[-2] if tokens[-1] in words("premise_tags") else tokens[-1]
        if ending in closers and ending != tokens[0]:
            return True
        # "india and japan signed npt", "the pm visited china and signed agreements": a verb of an event says one
        # happened.
        if any(self._event_verb(t) for t in tokens[1:]):
            return True
        # A relation word right after a name is its verb ("India exports copper"), unless the name owns it as a
        # noun ("Estonia's export value").
        owners = {owner.casefold() for owner, _owned, _end in possessive_pairs(question)}
        # So is a word of a stance that has an opposite ("India opposes Japan's UNSC candidacy").
        verbs = self.lexicon.relation_words | self.lexicon.opposites.keys()
        return any(
            t in verbs and tokens[i] in self._partner_words and tokens[i] not in owners
            for i, t in enumerate(tokens[1:])
        )

    def _event_verb(self, token: str) -> bool:
        """Tell whether a word is the past form of an event's verb ("signed", "visited"), not its noun ("visit")."""
        return token.endswith("ed") and bool(event_kinds((token,), self.lexicon))

    def _dangling(self, tokens: Sequence[str]) -> bool:
        """Tell whether a question leaves out what it is about ("on what areas?", "which services participate?")."""
        words = self.lexicon.words
        asking = words("what_words") | words("which_words") | words("who_words")
        # Only a short one: "in which year were the ties upgraded?" says what it is about.
        short = len(tokens) <= self.index.thresholds.dangling_words
        if short and len(tokens) >= 2 and tokens[0] in words("object_prepositions") and tokens[1] in asking:
            return True
        return len(tokens) >= 2 and tokens[-1] in words("dangling_verbs")

    def _one_name(self, text: str) -> bool:
        """Tell whether words are one name of the base, all of them one glossary term ("the Dock Pact")."""
        tokens = [t for t in tokenize(text) if t not in self.lexicon.ignored]
        spans = self.index.glossary_spans(tokens)
        return len(spans) == 1 and spans[0][:2] == (0, len(tokens))

    def _asks_if_held(self, tokens: Sequence[str]) -> bool:
        """Tell whether a yes/no question asks if a thing is held in something ("is IPR covered?", "is telecom
        included in it?", "does it cover movement of people?"): a containing verb in the passive after the thing, or
        one with the thing after it."""
        words = self.lexicon.words
        if not tokens or tokens[0] not in words("yes_no_starters"):
            return False
        containing = words("containing_verbs")
        # (The last word that is not a function word, found once: a verb before it has the thing after it.)
        last = max((i for i, w in enumerate(tokens) if w not in self.lexicon.ignored), default=-1)
        return any(t in containing and (t.endswith("ed") or i < last) for i, t in enumerate(tokens[2:], 2))

    def _material_says(self, tokens: Sequence[str]) -> bool:
        """Tell whether a question asks what the material itself says ("what does the article say about Russia")."""
        words = self.lexicon.words
        return not words("document_words").isdisjoint(tokens) and not words("speech_verbs").isdisjoint(tokens)

    def _contracted_is(self, question: str) -> str:
        """Spell out the "is" of "it's" ("so it's india japan usa right"), and of "its" where no thing it could own
        follows ("its with the US?"): left out, the statement said nothing and its names were a new question."""
        contracted = self._is_contraction.sub(r"\1 is", question)
        if "its" not in contracted.casefold():
            return contracted
        tokens = tokenize(contracted)
        if "its" not in tokens:
            return contracted
        followers = self._is_followers
        # "its india japan usa right": names and nothing they could own after them ("its china policy?" owns one).
        mentions = self.gazetteer.find(tokens)
        named = {i for m in mentions for i in range(m.start, m.end)}
        saying = self.lexicon.ignored | self.lexicon.words("confirm_tags") | self.lexicon.words("premise_tags")

        def names_only(start: int) -> bool:
            return start in named and all(i in named or tokens[i] in saying for i in range(start, len(tokens)))

        stated = {
            i
            for i, token in enumerate(tokens[:-1])
            if token == "its" and (tokens[i + 1] in followers or names_only(i + 1))
        }
        if not stated:
            return contracted
        return " ".join(w for i, t in enumerate(tokens) for w in (("it", "is") if i in stated else (t,)))

    def _apostrophes_dropped(self, tokens: list[str]) -> list[str]:
        """Read a word the base does not know that is a word it knows plus "s" as that word ("PMs japan visit":
        the PM's): chat drops the apostrophe of a possessive, and a short name's plural the stemmer leaves whole."""
        index, language = self.index, self._language_words
        fixed: list[str] | None = None
        for i, token in enumerate(tokens):
            if len(token) < 3 or not token.endswith("s") or not token.isalpha() or token in language:
                continue
            shorter = token[:-1]
            if index.knows(index.senses.token(token), token) or not index.knows(index.senses.token(shorter), shorter):
                continue
            fixed = fixed if fixed is not None else list(tokens)
            fixed[i] = shorter
        return fixed if fixed is not None else tokens

    def _cue_typos(self, tokens: list[str]) -> list[str]:
        """Read a misspelt one-word attribute cue as the cue ("objctive?" after the AAGC asks its aim): read as a
        plain word it asked nothing, and the follow-up was answered with whichever fact has "objective"."""
        cues, ignored, language = self._single_word_cues, self.lexicon.ignored, self._language_words
        fixed: list[str] | None = None
        for i, token in enumerate(tokens):
            if len(token) < self.index.thresholds.cue_typo_min_letters or token in cues or token in ignored:
                continue
            if token in language:
                continue  # "lamba" of "kitna lamba" is a word of Hinglish, not a typo of "lambda"
            if not token.isalpha() or self.index.knows(self.index.senses.token(token), token):
                continue
            corrected = self.index.correct(token)
            if corrected is None:
                # (A typo of a word of the base is that word: "malabr" is MALABAR, no "matlab".)
                corrected = self._cue_spellings.correct(token)
            # A typo drops or swaps letters of the word meant, and keeps its first ("purpse", "budgt"): "funda" is
            # no "fund", nor "isliye" a "kisliye".
            if corrected is not None and (len(corrected) < len(token) or corrected[0] != token[0]):
                corrected = None
            if corrected is not None and corrected in cues:
                fixed = fixed if fixed is not None else list(tokens)
                fixed[i] = corrected
        return fixed if fixed is not None else tokens

    def _with_home(self, tokens: Sequence[str], mentions: list[Mention]) -> list[Mention]:
        """Return the mentions with the members' own country where they speak of it as theirs ("hum kitna bhejte
        hai?": India), for reading who does what to whom."""
        words, relations = self.lexicon.words, self.lexicon.relation_words
        subjects, possessives = words("first_person_plural"), words("first_person_plural_possessives")
        ours = {
            i
            for i, t in enumerate(tokens)
            if t in subjects or (t in possessives and i + 1 < len(tokens) and tokens[i + 1] in relations)
        }
        # ("we are from gujarat, which prefecture are we paired with?": "we" are the state's people.)
        if not ours or any(m.kind in {"state", "prefecture", "place"} for m in mentions):
            return mentions
        # (The word lists are lowercased: the name is the gazetteer's, "India".)
        home = [m for name in sorted(self.lexicon.words("home_country")) for m in self.gazetteer.find(tokenize(name))]
        if not home:
            return mentions
        taken = {i for m in mentions for i in range(m.start, m.end)}
        country = home[0].canonical
        added = [Mention(i, i + 1, country, kind="country") for i in sorted(ours - taken)]
        return sorted([*mentions, *added], key=lambda m: m.start)

    def _relation_typos(self, tokens: list[str]) -> list[str]:
        """Read a misspelt word of a relation as the word ("japan exprts to india"): its direction is what the
        question asks, and a question read without it is answered with either direction's fact."""
        fixed = list(tokens)
        for i, token in enumerate(tokens):
            corrected = self._relation_typo(token)
            if corrected is not None:
                fixed[i] = corrected
        return fixed

    def _relation_typo(self, token: str) -> str | None:
        """Return the word of a relation a misspelt word is ("exprts": "exports"), or None."""
        relations = self.lexicon.relation_words
        if not token or token in relations or token in self.lexicon.ignored or not token.isalpha():
            return None
        if self.index.knows(self.index.senses.token(token), token):
            return None
        corrected = self.index.correct(token)
        # (A word of a relation only in some senses, "linked", is read as one only as written.)
        if corrected is not None and corrected in relations and corrected not in self.lexicon.relation_contexts:
            return corrected
        return None

    def _relation_of(self, token: str) -> str:
        """Return the relation a word names, as written or misspelt ("exprts": export)."""
        relations = self.lexicon.relation_words
        return relations[token if token in relations else self._relation_typo(token) or token][0]

    def _digit_words(self, tokens: Sequence[str], mentions: Sequence[Mention]) -> dict[int, str]:
        """Return the digits typed for small words, by position: right before a name, after a word of a relation
        ("japan exports 2 india": "to") or in "from X 2 Y"; elsewhere ("there are 4 pillars") a digit is a figure."""
        words = self.lexicon.digit_words
        if words.keys().isdisjoint(tokens):
            return {}
        starts = {m.start for m in mentions}
        ends = {m.end for m in mentions}
        relations = self.lexicon.relation_words
        return {
            i: words[t]
            for i, t in enumerate(tokens)
            if t in words
            and i + 1 in starts
            and i
            and (tokens[i - 1] in relations or (i in ends and i >= 2 and "from" in tokens[max(0, i - 4) : i]))
        }

    def _support_verbs(self, tokens: Sequence[str]) -> set[int]:
        """Return where a verb stands that only carries the noun beside it ("how does India deal with China").

        After a determiner, or as the object of another verb ("did Japan sign a nuclear deal with India", "the
        practice of"), it is a noun: what the question is about, not a verb to drop ("which countries participate"
        keeps its verb).
        """
        spans = _spans_of(tokens, self._support)
        if not spans:
            return set()
        determiners = self.lexicon.words("determiners")
        named = {i for m in self.gazetteer.find(tokens) for i in range(m.start, m.end)}
        auxiliaries = self.lexicon.words("yes_no_starters")

        def as_verb(start: int) -> bool:
            if start == 0:
                return True
            before = tokens[start - 1]
            if before in determiners:
                return False
            if before in self.lexicon.ignored or before in auxiliaries or start - 1 in named:
                return True
            return not event_kinds(tokens[: start - 1], self.lexicon)

        return {i for start, end in spans if as_verb(start) for i in range(start, end)}

    def _positive_opener(self, question: str) -> str:
        """Read a negated opener as its positive: "wasn't the AAGC set up in 2017?" asks to confirm it was (so does
        "but wasn't it launched in 2014?": a lead-in word or two before it say nothing)."""
        words = question.lstrip().split(maxsplit=3)
        for at, word in enumerate(words[:3]):
            if word.casefold().replace("\u2019", "'") in self.lexicon.words("negative_openers"):
                rest = " ".join(words[at + 1 :])
                if at and ("," in rest or not self._a_subject(tokenize(rest)[:1])):
                    # ("ok don't tell me the answer, what year was it": an instruction, no question, follows.)
                    return question
                return f"{' '.join(words[:at])} {re.sub(r'n.?t$', '', word, flags=re.IGNORECASE)} {rest}".lstrip()
            # ("why doesn't India sign?" asks why not, "the article wasn't posted on 8 oct" denies: only a word that
            # says nothing of its own leads in.)
            if word.casefold().strip(",") not in self.lexicon.words("lead_in_words"):
                break
        return question

    def _a_subject(self, tokens: Sequence[str]) -> bool:
        """Tell whether a word can open what a negated question asks about ("it", "they", "CEPA", "india"), not a
        verb of an instruction ("tell", "confuse")."""
        if not tokens:
            return False
        words = self.lexicon.words
        subjects = words("anaphors") | words("demonstrative_anaphors") | words("determiners") | words("tag_subjects")
        return (
            tokens[0] in subjects
            or tokens[0] in self._partner_words
            or bool(self.index.glossary_spans(tokens))
            or bool(self.gazetteer.find(tokens))
        )

    def _tag_as_confirmation(self, tokens: list[str], asked: bool = True) -> list[str]:
        """Read a negated tag at the end ("..., isn't it?", "didn't they") as the confirmation it asks for; ``asked``:
        the message has a question mark."""
        for tag in self._polar_tags:
            # "is CEPA in force or not?", "lagu hai ya nahi": both answers offered, no "not" claimed.
            if len(tokens) > len(tag) + 1 and tuple(tokens[-len(tag) :]) == tag:
                return tokens[: -len(tag)]
        for tag in self._copula_tags if asked else ():
            # "SCRI south africa ke saath hai nahi?": the copula stays, its "nahi" asks to confirm. (Without a question
            # mark, "India NPT ka signatory hai nahi" says it is not.)
            if len(tokens) > len(tag) + 1 and tuple(tokens[-len(tag) :]) == tag:
                return [*tokens[:-1], min(self.lexicon.words("confirm_tags"))]
        start = negated_tag(tokens, self.lexicon)
        if start is None:
            # "SSGP happened in 2015 is it?": a plain tag after a statement of three words or more.
            start = next(
                (len(tokens) - len(tag) for tag in self._asking_tags if tuple(tokens[-len(tag) :]) == tag), None
            )
            start = start if start is not None and start >= 3 else None
        if start is None or start < 2:
            return tokens
        # Any confirm tag reads the same: the statement before it is to be confirmed.
        return [*tokens[:start], min(self.lexicon.words("confirm_tags"))]

    def in_latin_letters(self, question: str) -> str:
        """Return a message with its words of other scripts read as the language data gives them (or transliterated);
        a message in Latin letters is returned as it is."""
        if question.isascii():
            return question
        tokens = tokenize(question)
        translated, _romanised = self._translate(tokens)
        return question if translated == tokens else " ".join(translated)

    def in_latin_keeping_marks(self, text: str) -> str:
        """Return a message with each run of Devanagari words (spaces or a hyphen between them) read as the language
        data gives it, its numbers, marks and Latin words left where they are: numbered statements and lettered
        options stay numbered and lettered."""
        if text.isascii():
            return text
        # (The danda ends a sentence as a full stop does: "... 2014। कौन से युग्म सही हैं?")
        text = text.replace("\u0965", ". ").replace("\u0964", ". ")
        return _DEVANAGARI_RUN.sub(lambda run: " ".join(self._translate(tokenize(run.group(0)))[0]), text)

    def _translate(self, tokens: list[str]) -> tuple[list[str], frozenset[str]]:
        """Replace words of other scripts by their English equivalents (language data), else transliterate.

        Also return the words transliterated from Devanagari: they are matched to the base by their sound.
        """
        # (A word in ASCII has no Devanagari to look for: most questions are all ASCII.)
        starts = self._translation_starts
        if not any(t in starts or (not t.isascii() and _DEVANAGARI.search(t)) for t in tokens):
            return tokens, frozenset()
        out: list[str] = []
        romanised: set[str] = set()
        i = 0
        if self._opens_a_claim(tokens):
            # "क्या CEPA 2014 में आया?": "kya" opening a statement asks whether it is so ("क्या है CEPA?" asks what).
            out.append(self.lexicon.first_word("yes_no_starters"))
            i = 1
        while i < len(tokens):
            for length in range(min(self._longest_translation, len(tokens) - i), 0, -1):
                key = " ".join(tokens[i : i + length])
                if key in self._translations:
                    out.extend(self._translations[key])
                    i += length
                    break
            else:
                token = tokens[i]
                acronym = self._spelled_acronym(token) if _DEVANAGARI.search(token) else None
                if acronym is not None:
                    out.append(acronym)
                    i += 1
                    continue
                if _DEVANAGARI.search(token):
                    token = transliterate(token)
                    # "तमिलनाडु" is one word in Hindi and two in the base ("Tamil Nadu").
                    name = self._joined_name(token)
                    if name is not None:
                        out.extend(name)
                        i += 1
                        continue
                    # "टोयामा" reads "toyam": a name of the world that sounds so is that name, its roles read as
                    # the Latin spelling's ("गुजरात का साझेदार टोयामा है ना" claims the Gujarat-Toyama pair).
                    # ("चेन्नई" reads "chennai", a name of its own: it is not put right to another, "china".)
                    # ("केरल" reads "keral": a place the base never names, Kerala.)
                    sounded = (
                        None
                        if self.gazetteer.find([token])
                        else self.index.sounds_like(token) or self.index.name_sounding_like(token)
                    )
                    if sounded is not None and [(m.start, m.end) for m in self.gazetteer.find([sounded])] == [(0, 1)]:
                        out.append(sounded)
                        i += 1
                        continue
                    romanised.add(token)
                out.append(token)
                i += 1
        return out, frozenset(romanised)

    def _opens_a_claim(self, tokens: Sequence[str]) -> bool:
        """Tell whether a message in another script opens on its "kya" before a statement ("क्या CEPA 2014 में
        आया?"): no verb right after it ("क्या होता है QUAD?" asks what) and no other question word in it."""
        blockers = self.lexicon.words("polar_blockers")
        if len(tokens) <= 2 or tokens[0] not in self._polar_openers or tokens[1] in blockers:
            return False
        asking = self._question_words
        return not any(w in asking for t in tokens[1:] for w in self._translations.get(t, (t,)))

    def _spelled_acronym(self, word: str) -> str | None:
        """Return the acronym a word spells in letter names ("एएजीसी" -> "aagc"), if it is two or more of them, or one
        and a figure ("जी4" -> "g4")."""
        names = self.lexicon.letter_names
        if not names:
            return None
        figure = word[len(word.rstrip("0123456789")) :]
        word = word[: len(word) - len(figure)]
        longest = max(len(n) for n in names)
        letters: list[str] = []
        i = 0
        while i < len(word):
            for size in range(min(longest, len(word) - i), 0, -1):
                letter = names.get(word[i : i + size])
                if letter is not None:
                    letters.append(letter)
                    i += size
                    break
            else:
                return None
        return "".join(letters) + figure if len(letters) >= 2 or (letters and figure) else None

    def _joined_name(self, word: str) -> tuple[str, ...] | None:
        """Return the words of a name of the base that, written as one word, sound like ``word``."""
        if len(word) < self.index.thresholds.sound_min_length or self.index.knows(word, word):
            return None
        if self._joined_names is None:
            joined: dict[str, tuple[str, ...]] = {}
            for words in self.index.glossary.label_words.values():
                if 2 <= len(words) <= 3 and all(w.isalpha() for w in words):
                    joined.setdefault(sound_key("".join(words)), tuple(words))
            self._joined_names = joined
        return self._joined_names.get(sound_key(word))

    def _stand_ins(self, tokens: Sequence[str]) -> set[int]:
        """Return where a word stands in for a noun after "that"/"this" ("that one"): it names nothing itself."""
        pointers = self.lexicon.words("demonstrative_anaphors")
        stand_ins = self.lexicon.words("substitute_nouns")
        found = {i for i, t in enumerate(tokens) if t in stand_ins and i > 0 and tokens[i - 1] in pointers}
        which_one = self._bare_which_one(tokens)
        if which_one is not None:
            found.add(which_one + 1)
        return found

    def _bare_which_one(self, tokens: Sequence[str]) -> int | None:
        """Return where "which" stands in "then which one?", a message saying nothing else: of the things just
        spoken of ("which one is bilateral?" asks its own question)."""
        which, stand_ins = self.lexicon.words("which_words"), self.lexicon.words("substitute_nouns")
        ignored = self.lexicon.ignored
        for i, (token, following) in enumerate(itertools.pairwise(tokens)):
            if (
                token in which
                and following in stand_ins
                and all(t in ignored for k, t in enumerate(tokens) if k not in (i, i + 1))
            ):
                return i
        return None

    def _markers(self, tokens: Sequence[str]) -> Markers:
        """Note follow-up, comparison and negation markers ("this"/"that" count only after an earlier question)."""
        lexicon = self.lexicon
        anaphors, dummy = lexicon.words("anaphors"), lexicon.words("dummy_it_verbs")
        demonstratives = lexicon.words("demonstrative_anaphors")
        anaphor = None
        object_reference = False
        objects = lexicon.words("object_prepositions")
        places = lexicon.words("place_anaphors")
        # "import from there" names the partner a relation runs from (the roles say which); "how many lines are
        # there?" only says something exists.
        not_places = self._union("relation_sources", "relation_targets", "passive_auxiliaries")
        # The word lists looked up for every word, taken once per question.
        function_words, common_verbs = lexicon.words("function_words"), lexicon.words("common_verbs")
        substitutes = lexicon.words("substitute_nouns")
        relatives = lexicon.words("relative_pronouns")
        plural = lexicon.words("plural_anaphors")
        # "which year did they sign it": "they" may be the article's two partners, "it" only a thing said before.
        fallback: tuple[str, bool] | None = None
        for i, token in enumerate(tokens):
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if token in anaphors and following not in dummy:
                if token in plural and fallback is None:
                    fallback = (token, bool(i) and tokens[i - 1] in objects)
                    continue
                anaphor = token
                object_reference = bool(i) and tokens[i - 1] in objects
                break
            if fallback is not None:
                continue  # after "they", only another pronoun ("it") is read: "their aim there" is theirs
            # "that" and "this" refer back when no noun follows them ("when was that signed", "why is that").
            verb = is_verb_form(following) or following in common_verbs
            # "that one's year?", "woh wala": a word standing in for a noun refers back as "that" alone does.
            stand_in = following in substitutes
            # "name an exercise that is not bilateral": "that" right after a noun starts a clause about the noun.
            relative = (
                token in relatives
                and i > 0
                and tokens[i - 1] not in function_words
                and tokens[i - 1] not in common_verbs
                and tokens[i - 1] not in lexicon.words("greetings")
                and not is_verb_form(tokens[i - 1])
            )
            if (
                token in demonstratives
                and not relative
                and (
                    not following
                    or following in function_words
                    or verb
                    or stand_in
                    or self._said_of_it(tokens, i)
                    or self._claimed_of_it(tokens, i)
                )
            ):
                anaphor = token
                break
            if stand_in and self._bare_which_one(tokens) == i:
                # "then which one?" after "is UP paired with Toyama?": which of the things just spoken of.
                anaphor = following
                break
            # "what do India and Japan do there?": a place pointed back to, at the end of the question.
            if token in places and i == len(tokens) - 1 and i and tokens[i - 1] not in not_places:
                anaphor = token
                object_reference = True
                break
        if anaphor is None and fallback is not None:
            anaphor, object_reference = fallback
        if (
            anaphor is None
            and len(tokens) > 2
            and tokens[-1] in substitutes
            and tokens[-2] not in lexicon.words("determiners")
            and tokens[0] in lexicon.words("yes_no_starters")
        ):
            # "is economic security one?" after the lines of effort: one of those.
            anaphor, object_reference = tokens[-1], True
        elliptical = any(tuple(tokens[: len(p)]) == p for p in self._ellipsis)
        if not elliptical and len(tokens) > 1 and tokens[0] in lexicon.words("weak_ellipsis_starters"):
            # "so india's exports to japan would be?" goes on with the question before; "so what is CEPA" asks anew,
            # and "so india has signed the NPT?" says something of its own.
            asking = self._question_words | lexicon.words("yes_no_starters") | lexicon.words("what_words")
            verbs = lexicon.words("common_verbs") | lexicon.words("stating_verbs") | lexicon.words("containing_verbs")
            verbs = verbs | lexicon.words("identity_verbs")  # "so copper is india's export?" claims
            said = any(t in verbs or self._event_verb(t) for t in tokens[1:])
            elliptical = tokens[1] not in asking and not said
        reversal = _contains_any(tokens, self._reversal) or self._reversal_word(tokens) is not None
        negation = _contains_any(tokens, self._negations)
        comparison = None
        for kind, kind_words in self._comparison_words:
            if not kind_words.isdisjoint(tokens):
                comparison = kind
                break
        demonstrative = any(t in demonstratives for t in tokens)
        returns = _contains_any(tokens, self._returns)
        # "the other one" and "the other way round" are references of their own.
        taken = _positions_of(tokens, self._other_one) | _positions_of(tokens, self._reversal)
        other_words = lexicon.words("other_words")
        other = any(t in other_words and i not in taken for i, t in enumerate(tokens))
        return Markers(
            anaphor,
            demonstrative,
            elliptical,
            reversal,
            comparison,
            negation,
            continues=elliptical,
            returns=returns,
            other=other,
            object_reference=object_reference,
        )

    def _attributes(self, tokens: Sequence[str], question: str, named: set[int]) -> tuple[set[str], set[int]]:
        """Find the attributes asked for; return them and the positions of their cue words."""
        found: set[str] = set()
        consumed: set[int] = set()
        lengths, firsts = self._attribute_lengths, self._attribute_firsts
        i = 0
        while i < len(tokens):
            if tokens[i] not in firsts:
                # No phrase starts here (each length's window would be looked up in vain).
                i += 1
                continue
            for length in lengths:
                window = tuple(tokens[i : i + length])
                attribute = self._attribute_phrases.get(window)
                if attribute is None and length == 3 and len(window) == 3:
                    # "which * countries": one word of any kind between the two cue words.
                    attribute = self._attribute_phrases.get((window[0], "*", window[2]))
                if attribute is not None and not named & set(range(i, i + length)):
                    found.add(attribute)
                    consumed.update(range(i, i + length))
                    i += length
                    break
            else:
                i += 1
        # "who will visit Japan next": what lies ahead; "what came next" looks back.
        ahead = [i for i, t in enumerate(tokens) if t in self.lexicon.words("future_adverbs") and i not in named]
        auxiliaries = self.lexicon.words("future_auxiliaries")
        if ahead and not auxiliaries.isdisjoint(tokens):
            found.add("future")
            consumed.update(ahead)
        elif tokens and tokens[0] in auxiliaries and len(tokens) > 2:
            # "will India sign the NPT?" asks whether it will be: what the material says is so today tells nothing.
            found.add("future")
        elif len(tokens) > 2 and "future" not in found and self._asks_when_it_will_be(tokens):
            # "when will India sign the NPT?", "india NPT kab sign karega": a date ahead, which no fact of what is
            # so today gives (a date the material gives answers it: "when will CEPA come into effect?"; a span
            # "kab tak lagega?").
            found.add("date_ahead")
            if tokens[-1] in self.lexicon.words("future_verbs"):
                consumed.add(len(tokens) - 1)
        # "came into effect in august 2011?": a month before its year ("may 2017", "1 aug 2011") dates the thing finer
        # than a year, which a fact giving the year alone does not bear out ("set up in 2017, may i know more" asks
        # no month).
        months = self.lexicon.words("months")
        dated = [
            i
            for i, t in enumerate(tokens)
            if t in months and i not in named and any(_YEAR_TOKEN.fullmatch(n) for n in tokens[i + 1 : i + 3] if n != t)
        ]
        if dated:
            # The month stays a word to cover: a fact giving another ("posted 04 Oct 2025") does not bear it out.
            found.add("month")
        # "what are the eight lines of effort?": a number of things asked for by "what are" asks for them by name.
        values = self.lexicon.number_values
        # "what are some of the eight lines of effort?": words that take a part of the things come first.
        partitive = self.lexicon.words("partitive_words")
        rest = list(itertools.dropwhile(lambda t: t in partitive, tokens[2:]))

        def a_few(at: int) -> bool:
            value = values.get(tokens[at], tokens[at])
            # ("10 year vision ki lines of effort batao": a span of time, no number of names.)
            spans = at + 1 < len(tokens) and stem(tokens[at + 1]) in self._time_span_stems
            return at not in named and value.isdigit() and 1 < int(value) < 100 and not spans

        if (
            len(tokens) > 3
            and tokens[0] in self.lexicon.words("what_words") | {"what", "which"}
            and tokens[1] in {"are", "were"}
        ):
            counted = [i for i in [2, 3, len(tokens) - len(rest)] if i < len(tokens) and a_few(i)]
        elif not self.lexicon.words("listing_requests").isdisjoint(tokens) and self._question_words.isdisjoint(tokens):
            # "Joint Vision ke 8 lines of effort batao", "tell me the eight lines of effort": them, by name.
            counted = [i for i in range(len(tokens) - 1) if a_few(i) and tokens[i + 1] not in self.lexicon.ignored]
        else:
            counted = []
        if counted:
            # (The number stays a figure: "tell me the 10 lines of effort" claims ten, which the material corrects.)
            found.add("names")
        # "what will the initiative do": a question ending in such a word asks for an attribute.
        finals = self.lexicon.attribute_final_cues
        # "what did the joint vision set out": a phrasal verb at the end is one cue.
        final_length = next((n for n in (2, 1) if len(tokens) > n and " ".join(tokens[-n:]) in finals), 0)
        final = finals[" ".join(tokens[-final_length:])] if final_length else None
        # "which exercises do India and Japan do", "what exercises do they do": the last "do" is the question's verb;
        # "which" (or "what" before a noun) asks the thing.
        after_what = list(itertools.dropwhile(lambda t: t in partitive, tokens[1:]))  # "what all exercises"
        which_thing = (bool(tokens) and tokens[0] in self.lexicon.words("which_words")) or (
            bool(after_what)
            and tokens[0] in self.lexicon.words("what_words")
            and after_what[0] not in self.lexicon.ignored
            and after_what[0] not in self.lexicon.words("yes_no_starters")
        )
        # ("india japan dono participate karte" states what they do, asking nothing: a question word asks it.)
        asking = self._question_words | self.lexicon.words("what_words") | self.lexicon.words("which_words")
        asking = asking | self.lexicon.words("open_question_words")  # "kaise address karta?"
        asks_it = not asking.isdisjoint(tokens)
        # ("NPT kab sign karega": "kab" asks when; "karega" is the verb of the act, not "what will it do".)
        # ("joint vision kab bana aur kya karega?" asks what it will do too.)
        asks_when = any(self.lexicon.intent_cues.get((t,)) is Intent.WHEN for t in tokens) and self.lexicon.words(
            "what_words"
        ).isdisjoint(tokens)
        # ("india japan se kya import karta": the verb after a word of a relation is that relation's, not "do".)
        light = final_length == 1 and len(tokens) > 1 and tokens[-2] in self.lexicon.relation_words
        # ("strategic autonomy kaun follow karta": "kaun" asks who does it; "karta" is the verb of the act.)
        light = light or (final == "purpose" and not self.lexicon.words("who_words").isdisjoint(tokens))
        if final is not None and len(tokens) > 2 and not which_thing and asks_it and not asks_when and not light:
            found.add(final)
            consumed.update(range(len(tokens) - final_length, len(tokens)))
        if (
            "contents" in found
            and len(tokens) > 2
            and tokens[0] in self.lexicon.words("which_words")
            and tokens[1] not in self.lexicon.ignored
            and self.lexicon.attribute_cues.get(tokens[1]) != "contents"
            and 2 in consumed
        ):
            # "which agreement covers IPR" asks for the thing that holds IPR, not what the agreement holds.
            found.discard("contents")
        # "how much did trade increase after CEPA?": a change, not the amount.
        if set(tokens) & self.lexicon.words("change_verbs") and Intent.QUANTITY in {
            self.lexicon.intent_cues.get(tuple(tokens[i : i + 2])) for i in range(len(tokens))
        }:
            found.add("change")
        owners = self.lexicon.words("owner_prepositions") | self.lexicon.words("time_prepositions")
        change_nouns = self.lexicon.words("change_nouns")
        if (
            tokens
            and tokens[0] not in self.lexicon.words("which_words")
            and any(a in change_nouns and b in owners for a, b in itertools.pairwise(tokens))
        ):
            found.add("change")  # "what was the growth in bilateral trade?"
        # "how will it do that?", "how does the initiative achieve resilience?": the way it is done, not its aim.
        how = self.lexicon.words("means_openers")
        verb_next = len(tokens) > 2 and tokens[1] in self.lexicon.words("yes_no_starters")
        if verb_next and tokens[0] in how and _positions_of(tokens[2:], self._means_verbs):
            found.discard("purpose")
            found.add("means")
        # "how exactly will the initiative work?": how it works, which what it is for does not say.
        verb_soon = not self.lexicon.words("yes_no_starters").isdisjoint(tokens[1:3])
        if verb_soon and tokens[0] in how and self._ends_with(tokens, self.lexicon.words("means_final_verbs")):
            found.discard("purpose")
            found.add("means")
        # "which prefecture": a fact must name one (the kind check); the word itself stays a content word.
        found.update(asked_kind_positions(tokens, self.lexicon).values())
        found.update(keyword_kind(tokens, self.lexicon, named))
        if not found and len(tokens) == 1 and tokens[0] in self.lexicon.words("bare_percent_cues"):
            # "share?" after Japan's exports: its share of the total, not "shared values".
            found.add("percent")
            consumed.add(0)
        elif (
            not found
            and 0 < len(tokens) <= 2
            and tokens[-1] in self.lexicon.words("bare_names_cues")
            and all(
                t in self.lexicon.words("possessive_anaphors") | self.lexicon.words("anaphors") for t in tokens[:-1]
            )
        ):
            # "names?", "unke naam?" after a count: the names of what was counted, not a thing called "names".
            found.add("names")
            consumed.add(len(tokens) - 1)
        if asks_agent(tokens, self.lexicon):
            found.add("agent")
        elif not found and asks_who_alone(tokens, self.lexicon):
            # "kisne?", "kaun kaun?", "who all?": who did or is in the thing before. ("kiske liye?" asks a purpose,
            # its own cue.)
            found.add("agent")
        # "what % of ..." : the sign is not a token of its own.
        if "%" in question and re.search(r"(?<![\d\s])\s*%|(?<!\d)%", question):
            found.add("percent")
        return found, consumed

    def _written_names(self, question: str) -> list[tuple[str, ...]]:
        """Return the names written out in capitals ("Forum for Small Arms"), as their capitalised words (tokens) in
        order, for runs of two capitalised words or more; none in a message that capitalises its function words
        ("What Is The Aim")."""
        ignored, joining = self.lexicon.ignored, self.lexicon.words("name_joining_words")
        values = self.lexicon.number_values
        raw = question.split()
        words = [w.strip(string.punctuation + "\u2019\u2018\u201c\u201d") for w in raw]
        # A sentence's first word is capitalised as such ("Consider the State-Prefecture partnerships").
        openers = {0} | {i + 1 for i, w in enumerate(raw) if w[-1] in ".?!:"}
        if any(w and w[0].isupper() and not w.isupper() and w.casefold() in ignored for w in words[1:]):
            return []
        found: list[tuple[str, ...]] = []
        run: list[str] = []
        for i, word in enumerate([*words, ""]):
            if word and i not in openers and (word[0].isupper() or (run and word in joining)):
                run.append(word)
                continue
            while run and run[-1] in joining:
                run.pop()
            named = [w for w in run if w not in joining]
            if len(named) > 1:
                # Names of the world are the entity checks' ("set up by India and China" may be corrected), and
                # figures are no word of a name ("the Eight Lines of Effort" are the lines, whatever their number).
                tokens = [t for w in named for t in tokenize(w) if t not in ignored and t not in values]
                kept = tuple(t for t in tokens if not is_number(t) and not self.gazetteer.find([t]))
                if kept:
                    found.append(kept)
            run = []
        return found

    @cached_property
    def _names_with_places(self) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]]:
        """Return the spellings of the base's names that hold a country ("Make-in-India"), as their words' stems with
        each country's canonical name (empty for other words) and the concepts they spell, filed under each of their
        other words."""
        found: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {}
        kinds = self.index.thresholds.swappable_place_kinds
        glossary = self.index.glossary
        partner_words = {w for partner in self.index.partners for w in tokenize(partner)}
        # (Each word looked up once: a large base's names share most of their words.)
        place_of: dict[str, str] = {}

        def place_in(word: str) -> str:
            if word not in place_of:
                mentions = self.gazetteer.find([word])
                is_place = mentions and mentions[0].kind in kinds and not mentions[0].demonym
                place_of[word] = mentions[0].canonical if is_place else ""
            return place_of[word]

        for phrase, concepts in glossary.concepts.items():
            words = tuple(word_of(t) for t in phrase)
            places = [place_in(word) for word in words]
            if not any(places) or all(places):
                continue  # a name of no place, or of places only ("India-Japan"): no thing's name to swap into
            labels = [glossary.label_words.get(c) or tuple(tokenize(glossary.labels.get(c, ""))) for c in concepts]
            if all(partner_words.issuperset(label) for label in labels):
                continue  # ("Indo-Japan" is the partners, no thing of theirs: "Indo-US" names no thing swapped)
            for word, place in zip(words, places, strict=True):
                if not place:
                    found.setdefault(word, []).append((words, tuple(places), tuple(concepts)))
        return found

    def _swapped_place_names(self, tokens: Sequence[str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """Return the names a question writes as one of the base's with its country swapped for another ("the Make
        in Japan initiative" where the base has Make-in-India), as the question's words: no name the base knows,
        though every word of it is the base's; each with the concepts the base's name spells."""
        kinds = self.index.thresholds.swappable_place_kinds
        mentions = [m for m in self.gazetteer.find(list(tokens)) if m.kind in kinds and not m.demonym]
        if not mentions:
            return []
        named = {m.canonical for m in mentions}
        ignored = self.lexicon.ignored
        # One slot a word's stem or a place (its canonical name), function words left out ("make in india").
        slots: list[tuple[str, str, int, int]] = []
        by_start = {m.start: m for m in mentions}
        i = 0
        while i < len(tokens):
            if (m := by_start.get(i)) is not None:
                slots.append(("", m.canonical, m.start, m.end))
                i = m.end
                continue
            if tokens[i] not in ignored:
                slots.append((stem(tokens[i]), "", i, i + 1))
            i += 1
        found: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        patterns = self._names_with_places
        seen: set[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = set()
        for word, _place, _start, _end in slots:
            for pattern in patterns.get(word, ()):
                if pattern in seen:
                    continue
                seen.add(pattern)
                words, places, concepts = pattern
                size = len(words)
                for at in range(len(slots) - size + 1):
                    window = slots[at : at + size]
                    if not all(
                        (w == words[j]) if not places[j] else bool(p) for j, (w, p, _s, _e) in enumerate(window)
                    ):
                        continue
                    # A place of the question's in one of the name's: swapped only for a place the name has nowhere,
                    # the name's own place named nowhere in the question ("Japan-India AI initiative" is its own
                    # places, reordered).
                    swaps = [(places[j], p) for j, (_w, p, _s, _e) in enumerate(window) if places[j] and p != places[j]]
                    if swaps and all(p not in places and own not in named for own, p in swaps):
                        found.append((tuple(tokens[window[0][2] : window[-1][3]]), concepts))
        return found

    def _spelt_names(self, question: str, written: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
        """Return the names typed in lowercase as a kind of thing after two words or more of the base's names ("the
        supply chain security initiative"), as their words in order. Function words, words of no name ("the main
        partnership"), figures and names of the world are none of them; words after the kind are not read, as in
        lowercase "the joint vision for economic cooperation" says what the vision is for, not its name."""
        heads = self._name_head_stems
        capitalised = {stem(t) for name in written for t in name}
        tokens = tokenize(question)
        found: list[tuple[str, ...]] = []
        for end, token in enumerate(tokens):
            if (head := stem(token)) not in heads or head in capitalised:
                continue
            before = self._name_words_along(reversed(tokens[:end]))
            if len(before) > 1:
                found.append((*reversed(before), token))
        return found

    def _name_words_along(self, tokens: Iterable[str]) -> list[str]:
        """Return the words of the base's names met along ``tokens`` up to the first word of none (countries and
        joining words passed over): "how does peru help the economic security" gives "security", "economic"."""
        # "the" opens a name: past it the walk would reach the verb ("help the economic security initiative").
        joining = self.lexicon.words("name_joining_words") - self.lexicon.words("determiners")
        ignored, values, glossary = self.lexicon.ignored, self.lexicon.number_values, self.index.glossary
        words: list[str] = []
        for token in tokens:
            if (token in joining and words) or self.gazetteer.find([token]):
                continue
            # A word no name of the base has ends it ("how does japan help the economic security initiative", "the
            # new mobility partnership"); "joint" or "next" may be one ("the joint vision", "next generation").
            if token in ignored or token in values or is_number(token) or stem(token) in self._name_head_stems:
                break
            if not glossary.in_some_name(stem(token)):
                break
            words.append(token)
        return words

    def _capitals(self, question: str) -> set[str]:
        """Return the words typed in capitals, save a function word stressed after a verb ("SET UP")."""
        found = {w.casefold() for w in _CAPITALS.findall(question)}
        ignored = self.lexicon.ignored
        if not found & ignored:
            return found
        # "what did they SET UP for SMEs" stresses a verb's particle, as "set up" is never a name in lowercase, while
        # "is UP paired with Shizuoka" names Uttar Pradesh and "did US say" the United States.
        verbs = self.lexicon.words("common_verbs") - self.lexicon.words("yes_no_starters")
        words = question.split()
        stressed: set[str] = set()
        named: set[str] = set()
        for i, word in enumerate(words):
            after_verb = i > 0 and words[i - 1].strip(string.punctuation).casefold() in verbs
            (stressed if after_verb else named).update(w.casefold() for w in _CAPITALS.findall(word))
        return found - ((stressed - named) & ignored)

    def _glossary_mentions(
        self,
        tokens: Sequence[str],
        question: str,
        capitals: set[str],
        glossary_spans: Sequence[tuple[int, int, str]],
        mentions: list[Mention],
    ) -> list[Mention]:
        """Add the places named by a glossary short form ("UP" for Uttar Pradesh), so roles read them as sides."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        glossary, ignored = self.index.glossary, self.lexicon.ignored
        labels = glossary.labels
        # "UP" typed in capitals is the glossary's Uttar Pradesh, though "up" alone is a function word ("WHEN WAS THE
        # AAGC SET UP" is shouted, every word in capitals).
        shouted = sum(w.isupper() for w in question.split()) * 2 > len(question.split())
        capitalised = [
            (i, i + 1, concept)
            for i, t in enumerate(tokens)
            if t in capitals and t in ignored and not shouted
            for _a, _b, concept in glossary.find([self.index.senses.token(t)])
        ]
        added = []
        for start, end, concept in [*glossary_spans, *capitalised]:
            if taken & set(range(start, end)):
                continue
            if end - start == 1 and tokens[start] in ignored and tokens[start] not in capitals:
                continue
            label = tokenize(labels[concept])
            named = self.gazetteer.find(label)
            if len(named) == 1 and (named[0].start, named[0].end) == (0, len(label)) and not named[0].demonym:
                added.append(Mention(start, end, named[0].canonical, kind=named[0].kind))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _names_spelled_out(self, tokens: Sequence[str], romanised: frozenset[str] = frozenset()) -> Sequence[str]:
        """Return the tokens with a misspelt name of the world put right ("japn exports to inda"), so that the roles
        of its names are read as they would be spelt right; a word the base knows is never a misspelt name, nor is
        a word transliterated from Devanagari, spelled as it sounds ("asiyan" is ASEAN, not "asia")."""
        fixed: list[str] | None = None
        for i, word in enumerate(tokens):
            if word in self.lexicon.ignored or word in self._language_words or is_number(word) or word in romanised:
                continue
            if self.index.knows(self.index.senses.token(word), word) or self.gazetteer.find([word]):
                continue
            # Putting a word right against the whole base is costly at scale: only a word near a name the base
            # itself uses is put right at all.
            if not self._base_names or not process.extractOne(
                word, self._base_names, scorer=fuzz.ratio, score_cutoff=self._name_typo_ratio
            ):
                continue
            name = self.index.correct(word)
            # "japani" is the name with an ending ("Japanese"), a word of its own, not the name misspelt.
            if name is None or word.startswith(name):
                continue
            if [(m.start, m.end) for m in self.gazetteer.find([name])] == [(0, 1)]:
                fixed = fixed or list(tokens)
                fixed[i] = name
        return fixed or tokens

    def _entities(
        self,
        tokens: Sequence[str],
        capitals: set[str],
        spans: Sequence[tuple[int, int]],
        romanised: frozenset[str] = frozenset(),
    ) -> list[Mention]:
        """Find names of the world; a name that is also a function word ("us") counts only in ``capitals``."""
        ignored = self.lexicon.ignored
        found = self.gazetteer.find(self._names_spelled_out(tokens, romanised))
        # "india japan us trilateral": a name typed in lowercase that is also a function word is a name right after
        # another name ("us japan yatra" opens with the Hinglish "that").
        ends = {m.end for m in found if tokens[m.start] not in ignored}
        beside = {m.start for m in found if m.start in ends}
        # ... and after "the" ("what does india do with the us"), or after "and" ending a list of names ("between
        # india japan and us"): a pronoun stands in neither place.
        joiners, determiners = self.lexicon.words("list_joiners"), self.lexicon.words("determiners")
        beside |= {
            m.start
            for m in found
            if m.start
            and (tokens[m.start - 1] in determiners or (tokens[m.start - 1] in joiners and m.start - 1 in ends))
        }
        # A name inside a glossary term ("United Nations" in "United Nations Security Council") is the term's.
        return [
            m
            for m in found
            if not (
                m.end - m.start == 1
                and tokens[m.start] in ignored
                and tokens[m.start] not in capitals
                and m.start not in beside
            )
            and not any(a <= m.start and m.end <= b and b - a > m.end - m.start > 1 for a, b in spans)
        ]

    def _cues(
        self,
        tokens: Sequence[str],
        capitals: set[str],
        consumed: set[int],
        mentions: Sequence[Mention],
        other_senses: frozenset[int] | set[int] = frozenset(),
    ) -> _Cues:
        """Find intent cues and "or" alternatives; keep the content words."""
        lexicon = self.lexicon
        cues = lexicon.intent_cues
        cue_words = lexicon.intent_cue_words
        ignored = lexicon.ignored
        either = lexicon.words("either_or")
        relation_words = lexicon.relation_words
        entity_at = {i: m.canonical for m in mentions for i in range(m.start, m.end)}
        # "UP" and "US" typed in capitals are glossary terms (Uttar Pradesh, United States), not "up" and "us".
        glossary_caps = capitals & self.index.glossary.single_words
        glossary_caps |= self._lowercase_names(tokens)
        # A function word kept as a name beside another name ("india us ties") is the glossary's term too.
        glossary_caps |= {
            tokens[m.start] for m in mentions if m.end - m.start == 1 and tokens[m.start] in ignored
        } & self.index.glossary.single_words
        intents: set[Intent] = set()
        kept: list[str] = []
        entity_of: list[str | None] = []
        relation: list[bool] = []
        either_or: list[tuple[int, int]] = []
        #: Where the last "how many" / "how much" cue ended: "how many years" asks for a count, not a date.
        amount_cue_end = -1
        count_cue_end = -1
        counted: set[int] = set()
        count_phrase: list[int] = []
        phrase_next = -1
        i = 0
        while i < len(tokens):
            if i in consumed:
                i += 1
                continue
            if tokens[i] in either and kept:
                # "toyama goes with andhra or tamil nadu": either option may be the one the fact names.
                # ("an army exercise or a navy exercise", "army ka exercise hai ya navy ka": the words set against
                # each other are the ones before a shared head, or before the same possessive.)
                first = len(kept) - 2 if len(kept) > 1 and _parallel_options(tokens, i, kept[-2], lexicon) else -1
                either_or.append((first if first >= 0 else len(kept) - 1, len(kept)))
            pair = tuple(tokens[i : i + 2])
            if len(pair) == 2 and pair in cues and i + 1 not in consumed:
                intent = cues[pair]
                if intent is Intent.COUNT and self._a_sum_follows(tokens, i + 2):
                    intent = Intent.QUANTITY  # "how many billion dollars": a sum, not a count of things
                intents.add(intent)
                if intent in {Intent.COUNT, Intent.QUANTITY}:
                    amount_cue_end = i + 2
                if intent is Intent.COUNT:
                    count_cue_end = i + 2
                i += 2
                continue
            single = (tokens[i],)
            # "10 year vision" names a span of time; it does not ask for a date; nor does "how many years".
            after_number = i > 0 and (is_number(tokens[i - 1]) or i == amount_cue_end)
            # ("chandrayaan 5 kab launch hoga?": a question word after a number still asks.)
            if single in cues and not (after_number and tokens[i] not in self.lexicon.words("question_starters")):
                counts = self._counts_a_thing(tokens, i)
                intent = Intent.COUNT if counts else cues[single]
                if intent is Intent.COUNT and self._a_sum_follows(tokens, i + 1):
                    intent, counts = Intent.QUANTITY, ""  # "kitne arab dollar": a sum
                intents.add(intent)
                previous = i - 1
                while previous > 0 and previous in consumed:
                    previous -= 1  # ("exercises total kitne?": "total" is no thing counted)
                if counts == "before" and kept and kept[-1] == tokens[previous]:
                    # "permanent members kitne": the plural just before is what is counted.
                    counted.add(len(kept) - 1)
                    count_phrase.append(len(kept) - 1)
                if intent in {Intent.COUNT, Intent.QUANTITY}:
                    amount_cue_end = i + 1
                if intent is Intent.COUNT:
                    count_cue_end = i + 1
            elif (tokens[i] not in ignored or tokens[i] in glossary_caps or i in entity_at) and (
                after_number or tokens[i] not in cue_words
            ):
                people = False
                if i == count_cue_end:
                    following = tokens[i + 1] if i + 1 < len(tokens) else ""
                    if i in entity_at and following and following not in ignored:
                        count_cue_end += 1  # "how many Indian workers": the count is of workers
                    else:
                        counted.add(len(kept))
                        people = i in entity_at  # "how many Indians will go": the count is of Indians
                # ("kitne state prefecture partnership bani": the count is of the partnerships, not of "formed".)
                acted = bool(event_kinds((tokens[i],), lexicon)) or is_verb_form(tokens[i])
                if i in {count_cue_end, phrase_next} and (i not in entity_at or people) and not acted:
                    count_phrase.append(len(kept))
                    phrase_next = i + 1
                kept.append(tokens[i])
                entity_of.append(entity_at.get(i))
                # ("india exprts copper": the misspelt word names the relation, as "imports" words it too.)
                named = tokens[i] in relation_words or self._relation_typo(tokens[i]) is not None
                relation.append(named and i not in other_senses)
            i += 1
        intents.update(person_or_place_intents(tokens, lexicon, frozenset(entity_at)))
        asking_thing = lexicon.words("what_words") | lexicon.words("which_words") | lexicon.words("who_words")
        # "act east policy launched in?": a start or a signing left open at the end asks when.
        if (
            len(tokens) > 2
            and tokens[-1] in lexicon.words("time_prepositions")
            and not intents
            and tokens[0] not in asking_thing
            and event_kinds(tokens[-2:-1], lexicon) & {"start", "signing"}
        ):
            intents.add(Intent.WHEN)
        return _Cues(
            frozenset(intents),
            tuple(kept),
            tuple(either_or),
            tuple(entity_of),
            tuple(relation),
            frozenset(counted),
            tuple(count_phrase),
        )

    def _counts_a_thing(self, tokens: Sequence[str], at: int) -> str:
        """Tell whether a "how much" word asks "how many" of the thing after it ("kitne agreements", not "kitne ka
        trade", "kitna export" or "kitne billion"): "after", or "before" for a plural before it ("pillars kitne
        hai?"), or ""."""
        if tokens[at] not in self.lexicon.words("count_before_things"):
            return ""

        def a_thing(word: str) -> bool:
            # ("kitne decades", "kitne named hai": a span of time or a verb is no thing counted.)
            relation = self.lexicon.relation_words.get(word)
            # ("kitne pairs": the pairs of a relation both sides hold alike are things counted.)
            return not (
                word in self.lexicon.ignored
                or is_number(word)
                or (relation is not None and relation[0] not in self.lexicon.symmetric_relations)
                or stem(word) in self._measure_stems
                or word in self.lexicon.words("measure_words")
                or stem(word) in self._time_span_stems
                or is_verb_form(word)
            )

        if at + 1 < len(tokens) and a_thing(tokens[at + 1]):
            return "after"
        # "pillars kitne hai?": a plural before it, and nothing after it but "to be" ("exercises total kitne?": a word
        # of all of them between).
        # (The words of each phrase of all of it: "exercises in total kitne?".)
        totals = {w for phrase in self.lexicon.words("count_totals") for w in phrase.split()}
        back = at - 1
        while back > 0 and tokens[back] in totals:
            back -= 1
        before = tokens[back] if back >= 0 else ""
        rest = tokens[at + 1 :]
        plural = before.endswith("s") and not before.endswith("ss") and len(before) > 3
        counted = plural and a_thing(before) and all(t in self.lexicon.words("identity_verbs") for t in rest)
        if counted:
            return "before"
        # "total kitne?", "total kitne hain?" after the pairs one by one: how many in all of what came before.
        in_all = at > 0 and tokens[at - 1] in totals and all(t in self.lexicon.ignored for t in rest)
        return "total" if in_all and (before in totals or before in self.lexicon.ignored) else ""

    def _asks_when_it_will_be(self, tokens: Sequence[str]) -> bool:
        """Tell whether a "when" question asks of a time ahead: "when will ...", or a Hindi verb of the future ending
        it ("kab sign karega", "kab complete hoga")."""
        when = [i for i, t in enumerate(tokens) if self.lexicon.intent_cues.get((t,)) is Intent.WHEN]
        if not when:
            return False
        auxiliaries = self.lexicon.words("future_auxiliaries")
        # ("भारत एनपीटी पर कब हस्ताक्षर करेगा" reads "when signed will do": the auxiliary comes after.)
        # ("... aur kya karega?": the verb closes a question of what it will do.)
        closing = tokens[-1] in self.lexicon.words("future_verbs") and self.lexicon.words("what_words").isdisjoint(
            tokens
        )
        ahead = [i for i in range(when[0] + 1, len(tokens)) if tokens[i] in auxiliaries]
        at = ahead[0] if ahead else (len(tokens) - 1 if closing else None)
        if at is None:
            return False
        # ("CEPA kab lagu hua hoga?", "AAGC कब बना होगा?": when it would have happened, a past act.)
        past = self.lexicon.words("passive_auxiliaries") | self.lexicon.words("past_verbs")
        # ("AAGC कब बना होगा?" reads "when established will be": a participle before "will be"; "कब हस्ताक्षर करेगा"
        # reads "when signed will do", an act ahead.)
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        perfect = is_verb_form(tokens[at - 1]) and following in self.lexicon.words("perfect_auxiliaries")
        return not (tokens[at - 1] in past or perfect)

    def _joins_two_questions(self, tokens: Sequence[str]) -> bool:
        """Tell whether a joining word stands between two questions ("... hain kya aur ...", "... and is ...")."""
        words = self.lexicon.words
        closing = words("premise_tags") | words("polar_openers") | words("confirm_tags")
        opening = words("yes_no_starters") | words("polar_openers")
        joiners = words("clause_joiners")
        return any(
            t in joiners and 0 < i < len(tokens) - 1 and (tokens[i - 1] in closing or tokens[i + 1] in opening)
            for i, t in enumerate(tokens)
        )

    def _start_of_a_name_alone(self, tokens: Sequence[str]) -> bool:
        """Tell whether a message is a named thing and the word of its start or signing alone ("ijicp launch?")."""
        phrases = self.lexicon.event_phrases
        starts = event_starts(phrases)
        event: set[int] = set()
        for i, token in enumerate(tokens):
            for n in starts.get(token, ()):
                if phrases.get(tuple(tokens[i : i + n])) in {"start", "signing"}:
                    event.update(range(i, i + n))
                    break
        if not event:
            return False
        named_terms = self.index.glossary.named
        spans = [
            (a, b)
            for a, b, concept in self.index.glossary_spans(tokens)
            if concept in named_terms and not set(tokens[a:b]) <= self._partner_words
        ]
        # "China launched IJICP?" says who launched it: a claim, not a question of when.
        if len(spans) != 1 or any(m.canonical not in self.index.partners for m in self.gazetteer.find(tokens)):
            return False
        named = set(range(*spans[0]))
        # "india has signed the NPT, right?", "was it launched?": an auxiliary or a tag makes it a statement or a
        # yes/no question.
        stating = self.lexicon.words("yes_no_starters") | self.lexicon.words("premise_tags")
        return all(
            i in named or i in event or (t in self.lexicon.ignored and t not in stating) for i, t in enumerate(tokens)
        )

    def _qualified_kinds(self, tokens: Sequence[str]) -> tuple[tuple[str, str, str, bool], ...]:
        """Return each kind word with the words before it that say which one ("green partnership", "look east
        policy"), and the label of the kind word's unit (a glossary term's, or its stem)."""
        words = self.lexicon.words
        heads = words("name_heads") | words("field_heads")
        # "fuel wala initiative": a word standing in for a noun says no more than "the fuel one".
        generic = self._generic_words
        partners = self._partner_words
        labels = self.index.glossary.labels
        spans = self.index.glossary_spans(tokens)
        concept_at = {start: labels[c] for start, end, c in spans if end - start == 1}
        # "non proliferation treaty" is a name the base knows (the NPT): its words say which one already.
        known = {i for a, b, c in spans if b - a > 1 and c in self.index.glossary.named for i in range(a, b)}
        asking = words("which_words") | words("what_words")
        described = _predicate_start(tokens, spans, self.index.glossary.named, self.lexicon)
        found = []
        for i, head in enumerate(tokens):
            if head not in heads or i in known or asking & set(tokens[max(0, i - 3) : i]):
                continue  # "which Indian initiative" asks for one: its words say what kind, not which one
            label = concept_at.get(i, stem(head))
            # Up to two words before it ("free trade agreement"); the partners' names say which pair, not which one.
            for j in range(i - 1, max(-1, i - 3), -1):
                before = tokens[j]
                # A word of another name ("... Development in Africa fund") says which that one is, not this.
                if before in generic or not before.isalpha() or j in known:
                    break
                if before not in partners:
                    found.append((before, head, label, i >= described))
        return tuple(found)

    def _lowercase_names(self, tokens: Sequence[str]) -> set[str]:
        """Return short names typed in lowercase that are also function words ("up ka partner", "paired with up").

        Such a word is a name only where a name stands: before a word that takes one ("paired", "ka") or last
        after "with"; never after a verb ("set up").
        """
        words = self.lexicon.words
        neighbours, verbs = words("name_neighbours"), words("common_verbs")
        found = set()
        for i, token in enumerate(tokens):
            if token not in self.index.glossary.single_words or token not in self.lexicon.ignored:
                continue
            if i and tokens[i - 1] in verbs:
                continue
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            # "up is paired with?": a name opening the question may stand before a verb of being.
            if not i and after in self.lexicon.words("identity_verbs") and i + 2 < len(tokens):
                after = tokens[i + 2]
            if after in neighbours or (not after and i and tokens[i - 1] == "with"):
                found.add(token)
            elif not after and i and tuple(tokens[:i]) in self._ellipsis:
                # "and up?", "what about up": a follow-up naming nothing else names it ("what's up" does not).
                found.add(token)
        return found

    def _figures_of_names(self, tokens: Sequence[str], spans: Sequence[tuple[int, int, str]]) -> set[int]:
        """Return where a figure is part of a name of the glossary ("chandrayaan 5", "2 plus 2"), not a count."""
        labels, values, named = self.index.glossary.labels, self.lexicon.number_values, self.index.glossary.named
        return {
            i
            for a, b, concept in spans
            for i in range(a, b)
            if (is_number(tokens[i]) and concept in named)
            or ((is_number(tokens[i]) or tokens[i] in values) and tokens[i] not in tokenize(labels[concept]))
        }

    def _correct(
        self, kept: Sequence[str], romanised: frozenset[str] = frozenset()
    ) -> tuple[list[str], list[tuple[str, str]]]:
        """Stem the content words, correcting typos of words the base does not know.

        A word transliterated from Devanagari ("mobiliti") is first matched by its sound to a word of the base.
        """
        corrections: list[tuple[str, str]] = []
        stems: list[str] = []
        senses = self.index.senses
        for word in kept:
            token = senses.token(word)
            if not self.index.knows(token, word) and word not in self._language_words:
                fixed = self.index.sounds_like(word) if word in romanised else None
                if fixed is None:
                    fixed = self.index.correct(word)
                    if word in romanised and not self._inflected(word, fixed) and self._english(fixed):
                        # A word transliterated from Devanagari is spelled as it sounds: it may be another spelling
                        # or form of a Hindi word of the base ("samajhauton", "samjhauta"; "khabaron", "khabar"), not
                        # an English word or name near it in spelling ("asiyan" is not "asia").
                        fixed = None
                if fixed is not None:
                    corrections.append((word, fixed))
                    token = senses.token(fixed)
            stems.append(token)
        return stems, corrections

    def _inflected(self, word: str, base: str | None) -> bool:
        """Tell whether ``word`` is ``base`` with a Hindi inflection ("khabaron": "khabar" + "on"; "samjhauton":
        "samjhauta" with its last vowel turned to "on")."""
        if base is None:
            return False
        if word.startswith(base) and word[len(base) :] in self._inflections:
            return True
        stem_of = base[:-1]
        return base[-1:] in "aeiou" and word.startswith(stem_of) and word[len(stem_of) :] in self._inflections

    def _english(self, word: str | None) -> bool:
        """Tell whether a word is one of English (or an English name: "asia"), not a Hindi word written in Latin."""
        return word is not None and zipf(word) >= self.index.thresholds.unknown_zipf

    def _inside_a_name(self, units: Sequence[Unit]) -> bool:
        """Tell whether plain words are all words of one name the base knows ("industrial competitiveness" of the
        IJICP, "lunar polar mission" of Chandrayaan 5): asked what they are, they ask what that thing is."""
        names = self._names_by_word
        if names is None:
            # Read once per base, as which names each word is in: a base of thousands of names is not read again
            # at every such question.
            glossary = self.index.glossary
            names = self._names_by_word = {}
            for concept in glossary.named:
                for token in glossary.bags.get(concept, ()):
                    names.setdefault(word_of(token), set()).add(concept)
        common: set[str] | None = None
        for unit in units:
            # The names that hold every word of one of the unit's spellings.
            holding: set[str] = set()
            for alternative in unit.alternatives:
                sets = [names.get(word_of(t), set()) for t in alternative]
                holding |= set.intersection(*sets) if sets else set()
            common = holding if common is None else common & holding
            if not common:
                return False
        return bool(common)

    @staticmethod
    def _inside_longer_name(start: int, end: int, cues: _Cues) -> bool:
        """Tell whether a glossary term's words lie inside a longer name of the world ("america" in "latin
        america")."""
        if not cues.entity_of or cues.entity_of[start] is None:
            return False
        canonical = cues.entity_of[start]
        low, high = start, end
        while low > 0 and cues.entity_of[low - 1] == canonical:
            low -= 1
        while high < len(cues.entity_of) and cues.entity_of[high] == canonical:
            high += 1
        return high - low > end - start

    def _units(self, stems: Sequence[str], cues: _Cues, with_whom: bool = False) -> list[Unit]:
        """Group the stems into units: glossary terms as concepts, other words on their own."""
        index = self.index
        glossary = index.glossary
        units: list[Unit] = []
        unit_of: dict[int, int] = {}
        names_a_partner = bool(cues.entity_of) and any(name in index.partners for name in cues.entity_of if name)
        for start, end, concept in glossary.find(stems):
            if self._inside_longer_name(start, end, cues):
                continue  # "Latin America": the region, not the United States its last word stands for alone
            alternatives: tuple[tuple[str, ...], ...] = ((concept,), tuple(stems[start:end]))
            if end - start == 1 and cues.relation and cues.relation[start]:
                # "export" as a term of the base still names the export relation, which "imports" words too.
                relation = RELATION_PREFIX + self._relation_of(cues.kept[start])
                alternatives = (*alternatives, (relation,))
            canonical = cues.entity_of[start] if cues.entity_of else None
            if canonical is not None and all(cues.entity_of[i] == canonical for i in range(start, end)):
                # "the US": a term of the base that is also a place a fact may name in a way the glossary does not
                # read ("the US, Russia and the Global South", where "us" is a function word).
                alternatives = (*alternatives, (ENTITY_PREFIX + str(canonical),))
            kind = self.lexicon.asked_types.get(cues.kept[start]) if end - start == 1 else None
            # (Only a country: the partners are countries, and a state or prefecture asked is never one of them.)
            if kind == PARTNER_KIND and with_whom and not names_a_partner:
                # "chandrayaan 5 is with which country": a kind word that is a term of the base too is covered by a
                # fact naming a thing of that kind (Japan), as a plain kind word is. (Not beside a partner: "which
                # country is india's partner in QUAD" asks for another than the two every fact names.)
                alternatives = (*alternatives, (KIND_PREFIX_TOKEN + kind,))
            weight = max(index.weight(concept), *(index.weight(t) for t in stems[start:end]))
            for position in range(start, end):
                unit_of[position] = len(units)
            named = concept in glossary.named
            units.append(Unit(glossary.labels[concept], alternatives, weight, kind="concept", named=named))
        for position, token in enumerate(stems):
            if position in unit_of:
                continue
            unit_of[position] = len(units)
            weight = index.weights[token] if token in index.weights else index.unknown_weight(cues.kept[position])
            if position in cues.counted:
                weight = max(weight, index.thresholds.counted_word_weight)
            neighbours = {(stems[position - 1], token)} if position else set()
            if position + 1 < len(stems):
                neighbours.add((token, stems[position + 1]))
            lone = token.isalpha() and not (neighbours & glossary.pairs)
            kind = "figure" if is_number(token) else "word"
            named = False
            alternatives = ((token,),)
            spelled = self._spelled.get(token)
            if spelled is not None:
                # "4 state-prefecture pairs" is covered by "Four state-prefecture partnerships".
                alternatives = ((token,), (spelled,))
            if cues.entity_of and cues.entity_of[position] is not None:
                kind = "entity"
                canonical = cues.entity_of[position]
                named = canonical not in index.partners
                alternatives = ((token,), (ENTITY_PREFIX + str(canonical),))
            elif cues.kept[position] in self.lexicon.asked_types:
                # "prefecture" is covered by the word, or by a fact that names a prefecture (Ehime).
                alternatives = ((token,), (KIND_PREFIX_TOKEN + self.lexicon.asked_types[cues.kept[position]],))
            elif cues.relation and cues.relation[position]:
                # "ship", "sell" and "export" all name the export relation (its direction is read apart).
                kind = "relation"
                relation = RELATION_PREFIX + self._relation_of(cues.kept[position])
                alternatives = ((token,), (relation,))
            units.append(Unit(token, alternatives, weight, lone, kind, named=named))
        joins = [(unit_of[a], unit_of[b]) for a, b in cues.either_or if a in unit_of and b in unit_of]
        return merge_alternatives(units, joins)


def _parallel_options(tokens: Sequence[str], at: int, before_last: str, lexicon: Lexicon) -> bool:
    """Tell whether the option after "or" at ``at`` answers the word before the last kept one: "army exercise or
    navy exercise" (the head after the second option is the one before "or") or "army ka exercise hai ya navy ka"
    (the same possessive after both)."""
    ignored = lexicon.ignored
    after = next((j for j in range(at + 1, len(tokens)) if tokens[j] not in ignored), None)
    if after is None or after + 1 >= len(tokens) or at < 2:
        return False
    following = tokens[after + 1]
    if following == tokens[at - 1] and tokens[at - 2] == before_last:
        return True
    possessives = lexicon.words("possessives")
    if following not in possessives:
        return False
    return any(tokens[k] == following and tokens[k - 1] == before_last for k in range(max(1, at - 4), at))


class PhraseTable(dict[tuple[str, ...], str]):
    """Phrases as token tuples, with the lengths of those starting with each word, for linear-time lookups."""

    def __init__(self, phrases: dict[tuple[str, ...], str]) -> None:
        super().__init__(phrases)
        lengths: dict[str, set[int]] = {}
        for phrase in phrases:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        self.firsts = {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}


def phrase_spans(tokens: Sequence[str], words: frozenset[str]) -> list[tuple[int, int]]:
    """Return where a word list's phrases stand in the tokens, as (start, end), the longest at each word."""
    return _spans_of(tokens, _phrase_table(words))


@lru_cache(maxsize=32)
def _phrase_table(words: frozenset[str]) -> PhraseTable:
    """Return a word list's phrase table, made once per list (checks look phrases up for every candidate)."""
    return _phrases(words)


def _positions_of(tokens: Sequence[str], phrases: PhraseTable) -> set[int]:
    # The longest phrase at each word covers the shorter ones starting there.
    spans = _spans_of(tokens, phrases)
    return {i for start, end in spans for i in range(start, end)} if spans else set()


def subject_partner(
    tokens: Sequence[str], mentions: Sequence[Mention], partners: frozenset[str], lexicon: Lexicon
) -> str | None:
    """Return the partner a question makes its doer: "how does India deal ...", "does Japan follow ...", "what is
    India's ..."; None when it names both partners or puts neither in that place."""
    named = [m for m in mentions if m.canonical in partners]
    if len({m.canonical for m in named}) != 1:
        return None
    openers = lexicon.words("question_starters") | lexicon.words("what_words")
    auxiliaries = lexicon.words("yes_no_starters")
    mention = named[0]
    before = tokens[: mention.start]
    polar = lexicon.words("polar_openers")
    if mention.end < len(tokens) and tokens[mention.end] in lexicon.words("agent_markers") and set(before) <= polar:
        # "japan ne NPT sign kiya?", "kya india ne ...": the marked doer.
        return mention.canonical
    after = tokens[mention.end] if mention.end < len(tokens) else ""
    # (A postposition after the name marks it owner, place or target: "ka", "par", "ko", "me".)
    named_next = any(m.start == mention.end for m in mentions)  # ("kya india US-led ...": "us" names the US)
    marked = not named_next and (
        after in lexicon.ignored or after in lexicon.words("possessives") | lexicon.words("relation_targets")
    )
    if before and set(before) <= polar and tokens[-1] in lexicon.words("polar_closers") and after and not marked:
        # "kya japan NPT signatory hai?": a Hindi statement names its subject first, right after "kya" ("kya japan ka
        # concern hai?", "kya india par ... hai?" own or aim at the partner instead).
        return mention.canonical
    if not before and after and not marked and any(t in lexicon.words("polar_closers") for t in tokens[mention.end :]):
        # "japan NPT signatory nahi hai, sahi hai?": a Hindi statement opening on the partner, its verb at the end.
        return mention.canonical
    if not before and mention.end < len(tokens):
        # A claim opening with the partner and its verb: "Japan is a non-signatory ...", "Japan follows ...".
        verbs = auxiliaries | lexicon.words("identity_verbs") | lexicon.words("common_verbs")
        verbs |= lexicon.words("negations") | lexicon.relation_words.keys() | lexicon.words("support_verbs")
        after = tokens[mention.end]
        return mention.canonical if after in verbs or (after.endswith("s") and after[:-1] in verbs) else None
    # "does India follow ...", "how does India deal ...", "what approach does India follow ...".
    if not before or before[-1] not in auxiliaries:
        return None
    if len(before) == 1 or before[-2] in openers or (len(before) == 3 and before[0] in openers):
        return mention.canonical
    return None


#: The kinds of name that act: a country or an organisation signs, follows, imports; a state or a place does not.
DOER_KINDS = frozenset({"country", "organisation", "region"})


def named_doer(
    question: str, tokens: Sequence[str], mentions: Sequence[Mention], partners: frozenset[str], lexicon: Lexicon
) -> str:
    """Return the name, other than a partner's, a question makes the doer of its action: "which policy did China
    follow?", "does China follow ...", "china ne kya sign kiya?"; "role:" and the title of an office made the doer of
    a relation no office holds ("what did the PM import?": a country's trade); "" when it names none in that place.

    An office doing anything else ("what did the PM sign?") is not read: the material's visit outcomes are the Prime
    Minister's without naming the office in each fact."""
    # ("is China assertive?" says what China is, of which "Chinese assertiveness" speaks.)
    auxiliaries = lexicon.words("yes_no_starters") - lexicon.words("identity_verbs")
    markers = lexicon.words("agent_markers")
    possessives = lexicon.words("possessives")
    owners = {normalize(owner) for owner, _, _ in possessive_pairs(question)}
    named = {m.start: m for m in mentions}

    def office(j: int) -> str:
        end = _title_end(tokens, j, named, lexicon)
        if end is None:
            return ""
        # "did the PM import ...", "pm ne japan se kya import kiya": a relation no office holds.
        verb = end + (end < len(tokens) and tokens[end] in markers)
        office_free = lexicon.words("office_free_relations")
        following = tokens[verb : verb + DEFAULT_THRESHOLDS.role_reach]
        # (Only a word that surely names the relation: "what did the PM get from the visit?" trades nothing.)
        weak = lexicon.relation_contexts.keys()
        if any(
            t in lexicon.relation_words and t not in weak and lexicon.relation_words[t][0] in office_free
            for t in following
        ):
            return "role:" + " ".join(tokens[j:end])
        return ""

    for i, token in enumerate(tokens[:-1]):
        if token not in auxiliaries:
            continue
        j = i + 1 + (tokens[i + 1] == "the")
        mention = named.get(j)
        if _title_end(tokens, j, named, lexicon) is not None:
            return office(j)
        if mention is None:
            continue
        after = tokens[mention.end] if mention.end < len(tokens) else ""
        if mention.canonical in partners or mention.demonym or mention.kind not in DOER_KINDS:
            return ""
        # A verb follows the doer; "did China's ..." owns, "does China India trade ..." and "do Peru and Estonia
        # ..." name two.
        owned = tokens[mention.end - 1] in owners or after in possessives
        joined = after in lexicon.words("list_joiners") | lexicon.words("both_joiners")
        holds = after in lexicon.words("holding_verbs")
        if after.isalpha() and not (owned or joined or holds) and mention.end not in named:
            return mention.canonical
        return ""
    holding = lexicon.words("holding_verbs")
    for mention in mentions:
        marked = mention.end < len(tokens) and tokens[mention.end] in markers
        if marked and not mention.demonym and mention.kind in DOER_KINDS and mention.canonical not in partners:
            # "china ne kya sign kiya?": the marked doer ("africa ne kya paaya?" got, did nothing).
            return "" if holding & set(tokens[mention.end :]) else mention.canonical
    starts = [j for j, t in enumerate(tokens) if t in markers]
    return next((found for j in starts for found in [office(_title_start(tokens, j, lexicon))] if found), "")


def _title_end(tokens: Sequence[str], j: int, named: Mapping[int, Mention], lexicon: Lexicon) -> int | None:
    """Return where a title starting at ``j`` ends ("the Indian PM", "prime minister"), or None for no title."""
    roles = lexicon.words("person_roles")
    mention = named.get(j)
    if mention is not None:
        j = mention.end  # "the Indian PM", "Japan's defence minister": whose office
    if j < len(tokens) and tokens[j] in roles:
        return j + 1
    if j + 1 < len(tokens) and tokens[j].isalpha() and tokens[j] not in lexicon.ignored and tokens[j + 1] in roles:
        return j + 2  # "prime minister", "defence minister"
    return None


def _title_start(tokens: Sequence[str], marker: int, lexicon: Lexicon) -> int:
    """Return where the title right before a doer's marker starts ("prime minister ne": 0), or the marker."""
    if marker < 1 or tokens[marker - 1] not in lexicon.words("person_roles"):
        return marker
    other = lexicon.ignored | lexicon.words("question_starters") | lexicon.words("polar_openers")
    before = tokens[marker - 2] if marker >= 2 else ""
    return marker - 2 if before.isalpha() and before not in other else marker - 1


def inside_a_longer_name(mention: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    """Tell whether a name stands inside a longer name ("Pacific" in "Indo-Pacific")."""
    return any(a <= mention.start and mention.end <= b and b - a > mention.end - mention.start for a, b in spans)


def doer_words(doer: str) -> str:
    """Return how a doer read by ``named_doer`` is written: "China", "the PM", "the Indian PM"."""
    if not doer.startswith("role:"):
        return doer
    # ("pm": a title's two letters are its capitals.)
    return " ".join(["the", *(w.upper() if len(w) == 2 else w.capitalize() for w in doer[5:].split())])


def owner_partner(
    question: str, tokens: Sequence[str], mentions: Sequence[Mention], partners: frozenset[str], lexicon: Lexicon
) -> str | None:
    """Return the partner a question names as the owner of what it asks: "Japan's vision", "japan ka vision", "the
    vision of Japan"; None when it names both partners, or owns a thing a partner does not hold as its own view or
    plan ("India's bilateral trade", "India ka kaunsa state": the language files' ``owned_things``)."""
    named = [m for m in mentions if m.canonical in partners]
    if len({m.canonical for m in named}) != 1:
        return None
    # "Japan's vision", "japan ka vision": the word each owner owns, as written.
    owned_by = {owner.casefold(): owned.casefold() for owner, owned, _end in possessive_pairs(question)}
    owned_things = {stem(w) for w in lexicon.words("owned_things")}
    for mention in named:
        if mention.end > len(tokens):
            # A name read from a word written as one ("indian" as a part of a longer name) may reach past the words.
            continue
        owned = owned_by.get(tokens[mention.end - 1], "")
        if not owned and mention.start >= 2 and tokens[mention.start - 1] in lexicon.words("owner_prepositions"):
            owned = tokens[mention.start - 2]  # "the vision of Japan"
        if owned and stem(owned) in owned_things:
            return mention.canonical
    return None


def owned_words(question: str, tokens: Sequence[str], mentions: Sequence[Mention], lexicon: Lexicon) -> frozenset[str]:
    """Return the thing a named place or body owns in a question ("India's trade with Australia", "India's top
    exports to Japan": the last of the words after it, up to two), as stems."""
    owners = {owner.casefold() for owner, _owned, _end in possessive_pairs(question)}
    if not owners or not mentions:
        return frozenset()
    # Only "X's": Hinglish "ka"/"ke" also joins a verb's object ("japan ke northern regions develop karne").
    written = question.casefold().replace("\u2019", "'")
    skipped = lexicon.ignored | lexicon.intent_cue_words
    found = set()
    for mention in mentions:
        owner = tokens[mention.end - 1] if mention.end <= len(tokens) else ""
        if owner not in owners or f"{owner}'s" not in written:
            continue
        head = ""
        for word in tokens[mention.end : mention.end + 2]:
            if word in skipped or not word.isalpha():
                break
            head = word
        if head:
            found.add(stem(head))
    return frozenset(found)


#: Event kinds a question asserts by naming them, whatever it asks: a fact that names none of them cannot answer it.
ASSERTED_EVENTS = frozenset({"ending"})


def event_words(tokens: Sequence[str], lexicon: Lexicon = LEXICON) -> dict[str, frozenset[str]]:
    """Return the words of the event phrases in a question, as written and as stems, with the kinds they name."""
    phrases = lexicon.event_phrases
    starts = event_starts(phrases) if phrases else {}
    found: dict[str, set[str]] = {}
    # The first words of two-word phrases ("was made"): a passive's helper, which may stand before the name.
    helpers = {phrase[0] for phrase in phrases if len(phrase) == 2}
    seen: list[str] = []
    i = 0
    while i < len(tokens):
        for n in starts.get(tokens[i], ()):
            kind = phrases.get(tuple(tokens[i : i + n])) if n <= len(tokens) - i else None
            if kind is not None:
                for word in tokens[i : i + n]:
                    if word not in lexicon.ignored:
                        found.setdefault(word, set()).add(kind)
                        found.setdefault(stem(word), set()).add(kind)
                i += n - 1
                break
        else:
            # "when was the AAGC made": a passive's helper may stand before the name ("was made" read apart).
            helper = next((t for t in reversed(seen) if (t, tokens[i]) in phrases), None)
            if helper is not None and tokens[i] not in lexicon.ignored:
                kind = phrases[(helper, tokens[i])]
                found.setdefault(tokens[i], set()).add(kind)
                found.setdefault(stem(tokens[i]), set()).add(kind)
        if tokens[i] in helpers:
            seen.append(tokens[i])
        i += 1
    return {word: frozenset(kinds) for word, kinds in found.items()}


def is_action(unit: Unit, lexicon: Lexicon = LEXICON) -> bool:
    """Tell whether a unit names an action ("set up", "came into effect"), not a thing ("lines of effort")."""
    verbs = lexicon.words("common_verbs")
    words = unit.label.casefold().split()
    return not unit.named and bool(words) and (words[0] in verbs or is_verb_form(words[0]))


def is_verb_form(word: str) -> bool:
    """Tell whether a word is written as a verb's past or -ing form ("published", "signing")."""
    return len(word) > 4 and word.endswith(("ed", "ing"))


def _after_cue(start: int, tokens: Sequence[str], cues: set[int], determiners: frozenset[str]) -> int:
    """Return where the words after a cue begin, past the cue and determiners ("apart from the AAGC": the AAGC)."""
    i = start
    while i < len(tokens) and (i in cues or tokens[i] in determiners):
        i += 1
    return i


def _spans_of(tokens: Sequence[str], phrases: PhraseTable) -> list[tuple[int, int]]:
    """Return where the phrases stand, as (start, end), the longest at each word."""
    firsts = phrases.firsts
    # A question is read for some thirty phrase lists, and most of them start at none of its words: those are
    # told in one pass in C, without a look-up per word in Python.
    if firsts.keys().isdisjoint(tokens):
        return []
    found = []
    for i, token in enumerate(tokens):
        for n in firsts.get(token, ()):
            # A longer phrase cut short by the end of the question is not there ("dusra?" is not "dusra wala").
            if i + n <= len(tokens) and tuple(tokens[i : i + n]) in phrases:
                found.append((i, i + n))
                break
    return found


def _contains_any(tokens: Sequence[str], phrases: PhraseTable) -> bool:
    return bool(_spans_of(tokens, phrases))  # (a phrase spans a word at least)


@lru_cache(maxsize=4096)
def transliterate(word: str) -> str:
    """Write a Devanagari word in plain Latin letters the way chat does ("गुजरात" -> "gujarat")."""
    # Imported at the first Devanagari word: the transliterator takes a tenth of a second to import, and most
    # questions (and every `studybot ask` in Latin letters) never need it.
    from indic_transliteration import sanscript

    text = sanscript.transliterate(word, sanscript.DEVANAGARI, sanscript.ITRANS)
    text = text.replace("M", "n").replace(".N", "n").replace("~N", "n").replace(".n", "n").replace("ॉ", "o")
    text = text.casefold().replace("aa", "a").replace("ii", "i").replace("uu", "u").replace("ee", "i")
    text = re.sub(r"[^a-z0-9]", "", text)
    # Hindi drops the final inherent vowel: "gujarata" is said and typed "gujarat".
    if len(text) > 3 and text.endswith("a") and text[-2] not in "aeiou":
        text = text[:-1]
    return text


def asserts_premise(query: Query) -> bool:
    """Tell whether a question takes something as given ("why does X ...", "did X ..."), not only asks."""
    words = tokenize(query.text)
    # "..., right?", "... na?": a statement with a tag asking to confirm it; "my notes say ..., please verify".
    # ("kya india US-led alliance follow karta hai?": "kya" opening a statement asks whether, as "does" does.)
    polar = query.yes_no and bool(words) and words[0] in LEXICON.words("polar_openers") and bool(query.subject_partner)
    # "india signed npt but why does japan restrict", "india ne npt sign kiya fir bhi japan restriction kyu": a
    # statement asked "why" of, wherever the "why" stands, is taken as given.
    why_later = len(words) > 3 and not LEXICON.words("why_words").isdisjoint(words[2:])
    return (
        query.claims
        or polar
        or why_later
        or (bool(words) and (words[0] in query_premise_starters() or words[-1] in LEXICON.words("premise_tags")))
    )


def asks_amount(query: Query, lexicon: Lexicon = LEXICON) -> bool:
    """Tell whether a question asks for a figure: how much, how many, a share, or a sum in money."""
    if query.intents & {Intent.QUANTITY, Intent.COUNT} or query.attributes & {"percent", "cost", "goods"}:
        return True
    return bool(query.words & lexicon.words("amount_words"))


@lru_cache(maxsize=1)
def query_premise_starters() -> frozenset[str]:
    """Return the words that open a question resting on a premise."""
    return LEXICON.words("premise_starters")


def _held_between_parties(tokens: Sequence[str], lexicon: Lexicon) -> bool:
    """Tell whether a "which"/"what" question says a thing is held between or by its parties ("which exercises are
    held between India and Japan?"): who holds it, not where."""
    asking = lexicon.words("which_words") | lexicon.words("what_words")
    verbs, parties = lexicon.words("place_verb_cues"), lexicon.words("place_verb_parties")
    return not asking.isdisjoint(tokens) and any(
        t in verbs and i + 1 < len(tokens) and tokens[i + 1] in parties for i, t in enumerate(tokens)
    )


def person_or_place_intents(
    tokens: Sequence[str], lexicon: Lexicon, named: frozenset[int] = frozenset()
) -> set[Intent]:
    """Read "who is <title>" as asking for a person's name and "where ..." as asking for a place (``named``: where
    the question names a country or place)."""
    intents = set()
    if not lexicon.words("place_cues").isdisjoint(tokens):
        intents.add(Intent.PLACE)
    elif not lexicon.words("place_verb_cues").isdisjoint(tokens) and not _held_between_parties(tokens, lexicon):
        # "where was it held" asks a place, and so do "which exercises has Japan hosted?" and "which state is it
        # located in?"; "which exercises are held between India and Japan?" asks which exercises.
        intents.add(Intent.PLACE)
    who_words = lexicon.words("who_words")
    which_after = lexicon.words("who_means_which_after")
    # Hinglish "kaun sa/se/si" means "which", not "who".
    asks_who = any(t in who_words and nxt not in which_after for t, nxt in zip(tokens, [*tokens[1:], ""], strict=False))
    identity = not lexicon.words("identity_verbs").isdisjoint(tokens)
    copulas = lexicon.words("who_copulas")
    identity = identity or any(t in who_words and nxt in copulas for t, nxt in itertools.pairwise(tokens))
    roles = lexicon.words("person_roles")
    if asks_who and identity and any(t in roles for t in tokens):
        intents.add(Intent.PERSON)
    # "which prime minister ...", "kaunsa minister": the question asks which person.
    which = lexicon.words("which_words")
    if any(t in which and any(w in roles for w in tokens[i + 1 : i + 4]) for i, t in enumerate(tokens)):
        intents.add(Intent.PERSON)
    # "what was the PM's name", "name of the prime minister", "PM ka naam": a person's name, not a list of things.
    names = lexicon.words("name_words")
    if any(t in names and any(w in roles for w in tokens[max(0, i - 3) : i + 6]) for i, t in enumerate(tokens)):
        intents.add(Intent.PERSON)
    # "japan pm?", "japan ka pm?": an office and whose it is, nothing else, asks who holds it.
    said = [i for i, t in enumerate(tokens) if t not in lexicon.ignored]
    if len(said) == 2 and said[0] in named and tokens[said[1]] in roles:
        intents.add(Intent.PERSON)
    return intents


def asks_agent(tokens: Sequence[str], lexicon: Lexicon) -> bool:
    """Read "who set it up", "who restricts ...": "who" before an action asks who does it, not what is done."""
    who = lexicon.words("who_words")
    # The word after "who" is looked up list by list: merging the lists (hundreds of words) cost more than a read.
    not_actions = [
        lexicon.words(name) for name in ("who_means_which_after", "identity_verbs", "function_words", "filler")
    ]
    by = lexicon.words("agent_prepositions")
    doing = lexicon.words("agent_light_verbs")
    for i, token in enumerate(tokens[:-1]):
        following = tokens[i + 1]
        if token in by and following in who:
            return True  # "signed by whom": the passive asks the doer too
        if token in who and following in doing and all(t in lexicon.ignored for t in tokens[i + 2 :]):
            return True  # "japan ki yatra kisne ki?": "did" closing the question asks who did the thing before it
        if token in who and not any(following in words for words in not_actions) and not is_number(following):
            return True
    return False


def asks_who_alone(tokens: Sequence[str], lexicon: Lexicon) -> bool:
    """Read "who?", "kisne?", "kiske beech?", "by whom?" as asking who does or holds the thing asked before.

    Only a message of question and function words: "who launched it?" is read by ``asks_agent``.
    """
    who = lexicon.words("who_words") | lexicon.words("whose_words")
    # ("whom else?" asks for others beside those named: members, not who did it.)
    if who.isdisjoint(tokens) or not lexicon.words("other_words").isdisjoint(tokens):
        return False
    around = lexicon.words("agent_prepositions") | lexicon.words("pair_prepositions")
    return all(t in who or t in around or t in lexicon.ignored for t in tokens)


def agent_action(tokens: Sequence[str], lexicon: Lexicon) -> str:
    """Return the stem of the action "who" asks the doer of ("who visited Japan": "visit"), or ""."""
    who = lexicon.words("who_words")
    verbs = lexicon.words("common_verbs")
    by = lexicon.words("agent_prepositions")
    for before, token, following in zip(tokens, tokens[1:], tokens[2:], strict=False):
        # "signed by whom": the action stands before "by".
        passive = token in by and following in who and before.isalpha() and before not in lexicon.ignored
        if passive and (before.endswith("ed") or before in lexicon.irregular_forms or before in verbs):
            return stem(lexicon.irregular_forms.get(before, before))
    for token, following in itertools.pairwise(tokens):
        if token not in who or not following.isalpha() or following in lexicon.ignored:
            continue
        # Only a word that reads as a past action ("visited", "made"): "kaun ministers" names who, it does nothing.
        if following.endswith("ed") or following in lexicon.irregular_forms or following in verbs:
            return stem(lexicon.irregular_forms.get(following, following))
    return ""


def asked_kinds(tokens: Sequence[str], lexicon: Lexicon) -> set[str]:
    """Read "which prefecture", "what Indian state", "kaun sa rajya" as asking for a name of that kind."""
    return set(asked_kind_positions(tokens, lexicon).values())


def asked_kind_positions(tokens: Sequence[str], lexicon: Lexicon) -> dict[int, str]:
    """Return the position of each kind word asked for ("which prefecture" -> {1: "kind:prefecture"})."""
    which = lexicon.words("which_words") | {"what"}
    who, which_after = lexicon.words("who_words"), lexicon.words("who_means_which_after")
    kinds: dict[int, str] = {}
    for i, token in enumerate(tokens):
        opens = token in which or (token in who and i + 1 < len(tokens) and tokens[i + 1] in which_after)
        if not opens:
            continue
        start = i + 2 if token in who else i + 1
        # The kind word comes next, or after describing words ("which Japanese prefecture", "which Japanese space
        # agency"); a function word ends the search ("what is the state of trade" asks no kind).
        for offset, word in enumerate(tokens[start : start + 3]):
            if word in lexicon.asked_types:
                kinds[start + offset] = f"kind:{lexicon.asked_types[word]}"
                break
            if word in lexicon.ignored:
                break
    return kinds


def keyword_kind(tokens: Sequence[str], lexicon: Lexicon, named: set[int] | frozenset[int]) -> set[str]:
    """Read a keyword question ending in a kind word ("act east forum focus region?") as asking for that kind.

    Only with no question word at all (those are read by ``asked_kind_positions``), and not when the kind word
    ends a name ("Ehime prefecture", "Gujarat state"), which names the thing rather than asking for one.
    """
    if len(tokens) == 1 and tokens[0] in lexicon.asked_types:
        # "region?" after the Act East Forum asks its region, as "which region?" does.
        return {f"kind:{lexicon.asked_types[tokens[0]]}"}
    if len(tokens) < 2:
        return set()
    asking = lexicon.words("question_starters") | lexicon.words("which_words") | lexicon.words("who_words")
    if asking & set(tokens):
        return set()
    if tokens[-1] in lexicon.asked_types and len(tokens) - 2 not in named:
        return {f"kind:{lexicon.asked_types[tokens[-1]]}"}
    # "countries in scri" (or "cntrs in scri", typed without vowels): a kind in the plural first, then what holds the
    # things asked for ("status of ssgp" is no "states": a word typed with its vowels is read as typed).
    if len(tokens) > 2 and tokens[1] in lexicon.words("kind_holders"):
        plural = {w for w, kind in lexicon.asked_types.items() if w != kind}
        word = tokens[0] if tokens[0] in plural else ""
        if not word and tokens[0] == skeleton(tokens[0]):
            word = {skeleton(w): w for w in plural}.get(tokens[0], "")
        if word:
            return {f"kind:{lexicon.asked_types[word]}"}
    return set()


def drop_exam_years(tokens: list[str], lexicon: Lexicon) -> list[str]:
    """Drop the year beside an exam's name ("preparing for UPSC 2026"): when the member sits it, not a question."""
    exams = lexicon.words("exam_words")
    if not exams & set(tokens):
        return tokens
    beside = {j for i, t in enumerate(tokens) if t in exams for j in (i - 1, i + 1)}
    return [t for i, t in enumerate(tokens) if not (i in beside and _YEAR_TOKEN.fullmatch(t))]


def drop_repeats(tokens: list[str], kept: frozenset[str] = frozenset()) -> list[str]:
    """Drop a word said again right after itself: "japan japan japan" names Japan once, as "japan" does.

    Words in ``kept`` stay doubled: Hinglish doubles a question word to mean "which all" ("kaun kaun se desh").
    """
    if all(a != b for a, b in itertools.pairwise(tokens)):
        return tokens
    return [t for i, t in enumerate(tokens) if not i or t != tokens[i - 1] or t in kept]


def drop_answer_lengths(tokens: list[str], lexicon: Lexicon) -> list[str]:
    """Drop how long an answer should be ("discuss ... (150 words)", "10 marks"): the exam's, not a figure asked."""
    lengths = lexicon.words("answer_length_words")
    if not lengths & set(tokens):
        return tokens
    # A length, not a year ("what did 2014 mark"): a number of at most three digits before the word.
    drop = {
        j
        for i, t in enumerate(tokens)
        if t in lengths and i and tokens[i - 1].isdigit() and len(tokens[i - 1]) <= 3
        for j in (i - 1, i)
    }
    return [t for i, t in enumerate(tokens) if i not in drop]


def drop_ranked_counts(tokens: list[str], lexicon: Lexicon) -> list[str]:
    """Drop how many of the top ones, or of any, are asked for ("india ke top 3 imports", "name any three lines of
    effort"): a count of what to list, not a figure claimed. A yes/no question claims the count it names ("does the
    article name any 10 lines of effort?"), a unit after the number makes it a measure ("any 10 year plan?"), and a
    message of nothing else ("name any 2" after the lines of effort) keeps it."""
    words = lexicon.words
    asking = bool(tokens) and tokens[0] not in words("yes_no_starters") | words("polar_openers")
    rankers = words("ranked_count_words") | (words("sample_count_words") if asking else frozenset())
    if rankers.isdisjoint(tokens):
        return tokens
    values = lexicon.number_values
    measures = words("year_units") | words("currency_words") | lexicon.magnitude_powers.keys()
    # A count, not a year or a name's figure: one or two digits (or a number word) right after the word.
    drop = {
        i
        for i, t in enumerate(tokens)
        if i
        and tokens[i - 1] in rankers
        and ((t.isdigit() and len(t) <= 2) or values.get(t, "").isdigit())
        and not (i + 1 < len(tokens) and tokens[i + 1] in measures)
    }
    kept = [t for i, t in enumerate(tokens) if i not in drop]
    if all(t in rankers or t in lexicon.ignored for t in kept):
        return tokens
    return kept


def drop_partner_references(tokens: list[str], lexicon: Lexicon) -> list[str]:
    """Drop "the two countries" / "both nations": they refer to the article's own partners."""
    determiners, nouns = lexicon.words("partner_determiners"), lexicon.words("partner_nouns")
    result: list[str] = []
    skip = False
    for index, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        if token in determiners and index + 1 < len(tokens) and tokens[index + 1] in nouns:
            skip = True
            continue
        result.append(token)
    return result


def merge_alternatives(units: list[Unit], joins: list[tuple[int, int]]) -> list[Unit]:
    """Merge units joined by "or" into one unit covered by either side; drop repeated units."""
    group = list(range(len(units)))

    def root(index: int) -> int:
        while group[index] != index:
            index = group[index]
        return index

    for a, b in joins:
        group[root(b)] = root(a)
    merged: dict[int, Unit] = {}
    for index, unit in enumerate(units):
        key = root(index)
        if key not in merged:
            merged[key] = unit
            continue
        first = merged[key]
        merged[key] = Unit(
            f"{first.label} or {unit.label}",
            tuple(dict.fromkeys(first.alternatives + unit.alternatives)),
            max(first.weight, unit.weight),
            kind=first.kind if first.kind == unit.kind else "word",
            options=True,
            named=first.named or unit.named,
        )
    seen: set[tuple[tuple[str, ...], ...]] = set()
    result = []
    for unit in merged.values():
        if unit.alternatives not in seen:
            seen.add(unit.alternatives)
            result.append(unit)
    return result


def _predicate_start(
    tokens: Sequence[str], spans: Sequence[tuple[int, int, str]], named: Collection[str], lexicon: Lexicon
) -> int:
    """Return where what a question says of a named thing begins ("JIMEX is a [naval exercise]", "is JIMEX a
    [naval exercise]"): after a verb of being, the name and a determiner, in either order of the first two.

    Only a yes/no question says it of the name: it is then judged whole ("chandrayaan 5 is a mars mission na"
    is a statement, whose "mars mission" must be the material's).
    """
    verbs, determiners = lexicon.words("identity_verbs"), lexicon.words("determiners")
    name = min(((start, end) for start, end, concept in spans if concept in named), default=None)
    asks = bool(tokens) and (tokens[0] in verbs or tokens[-1] in lexicon.words("confirm_tags"))
    if name is None or not asks:
        return len(tokens)
    verb = next((i for i, t in enumerate(tokens) if t in verbs and not name[0] <= i < name[1]), len(tokens))
    for i in range(max(name[1], verb + 1), len(tokens)):
        if tokens[i] in determiners:
            return i + 1
        if tokens[i] not in verbs:
            break
    return len(tokens)


def negated_tag(tokens: Sequence[str], lexicon: Lexicon = LEXICON) -> int | None:
    """Return where a negated tag ends a message ("..., isn't it", "didn't they"), or None."""
    if not tokens or tokens[-1] not in lexicon.words("tag_subjects"):
        return None
    # "isn't" is read as "not" and a stray "t".
    start = len(tokens) - 3 if len(tokens) > 2 and tokens[-2] == "t" else len(tokens) - 2
    return start if start >= 0 and tokens[start] == "not" else None


def only_a_tag(clause: str, lexicon: Lexicon) -> bool:
    """Tell whether a clause is only a tag asking to confirm the one before ("isn't it", "right")."""
    tokens = tokenize(clause)
    return negated_tag(tokens, lexicon) == 0 or (len(tokens) == 1 and tokens[0] in lexicon.words("premise_tags"))


@lru_cache(maxsize=64)
def _split_phrases(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """Return phrases as their words (a word list's phrases are split once, not for every question)."""
    return tuple(tuple(phrase.split()) for phrase in phrases)


def split_clauses(question: str, lexicon: Lexicon = LEXICON) -> list[str]:
    """Split a message that asks several things ("X, and what is Y?") into its questions."""
    joiners, starters = lexicon.words("clause_joiners"), lexicon.words("question_starters")
    text = normalize(question)
    pieces = [p.strip() for p in re.split(r"[?;]+", text) if p.strip()]
    clauses: list[str] = []
    for piece in pieces:
        words = piece.replace(",", " , ").split()
        if joiners.isdisjoint(words):
            # No joining word: the piece is one clause (as the loop below would make it, word by word).
            if words:
                clauses.append(" ".join(w for w in words if w != ","))
            continue
        current: list[str] = []
        for index, word in enumerate(words):
            nxt = words[index + 1] if index + 1 < len(words) else ""
            if word in joiners and (nxt in starters or not word.isalpha()) and current:
                clauses.append(" ".join(w for w in current if w != ","))
                current = []
                continue
            current.append(word)
        if current:
            clauses.append(" ".join(w for w in current if w != ","))
    either = lexicon.words("either_or")
    aside = _split_phrases(lexicon.words("exclusion_phrases"))
    joined: list[str] = []
    carried = ""
    for clause in (c for c in clauses if c.strip()):
        words = clause.split()
        if joined and only_a_tag(clause, lexicon):
            # "JIMEX is bilateral, isn't it?": the tag asks to confirm the clause before it.
            joined[-1] = f"{joined[-1]} {clause}"
        elif joined and len(words) <= 5 and either & set(words[1:-1]) and not starters & set(words):
            # "and copper? export or import?": the choices of the question before, not a question of their own.
            joined[-1] = f"{joined[-1]} {clause}"
        elif any(tuple(words[: len(a)]) == a for a in aside) and not starters & set(words):
            # "apart from MAHSR, what other projects ...": what is set aside belongs to the question after it.
            carried = f"{carried} {clause}".strip()
        else:
            joined.append(f"{carried} {clause}".strip())
            carried = ""
    if carried:
        joined.append(carried)
    return joined
