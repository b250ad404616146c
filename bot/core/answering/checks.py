"""Scoring a candidate fact against a query, and the checks that decide whether it answers the question.

Every check looks at one property (coverage, an uncovered rare word, the kind of answer asked for, figures,
...) and returns a verdict with its reason, shown by ``studybot ask --explain``. A new check is one class
added to ``DEFAULT_CHECKS``; the decision only reads the verdicts.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Protocol, TypeVar

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from bot.core.answering.context import items_of, list_items
from bot.core.answering.entities import Mention
from bot.core.answering.frozen import quick_init
from bot.core.answering.index import (
    CONCEPT_PREFIX,
    CURRENCY,
    ENTITY_PREFIX,
    FactIndex,
    FactProfile,
    contents_start,
    numbers_beyond_names,
    said_as_a_word,
    single_members,
)
from bot.core.answering.lazy import cached_property
from bot.core.answering.outcomes import Match
from bot.core.answering.query import (
    ASIDE_WORD,
    Query,
    Unit,
    asks_amount,
    asserts_premise,
    doer_words,
    inside_a_longer_name,
    is_action,
    phrase_spans,
)
from bot.core.answering.roles import RoleReading
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS, Thresholds
from bot.core.answering.wording import event_kinds, is_year
from bot.core.knowledge.base import SourcedFact
from bot.core.language.lexicon import LEXICON, Intent, Lexicon
from bot.core.language.memo import BoundedMemo
from bot.core.language.senses import word_of
from bot.core.language.text import content_stems, is_number, possessive_pairs, stem, tokenize

#: How a fact gives each kind of answer. An intent missing here is never satisfied (fail closed).
INTENT_SATISFIERS: Mapping[Intent, Callable[[Query, FactProfile], bool]] = MappingProxyType(
    {
        Intent.WHEN: lambda _query, profile: profile.has_year,
        # "partnerships kitne hai": "kitne" asks how much and how many alike, and "Four partnerships" counts them.
        Intent.QUANTITY: lambda query, profile: profile.has_number or _counts_what_is_asked(query, profile),
        Intent.COUNT: lambda _query, profile: profile.has_count,
        # A name the member typed is not an answer to "who is ...".
        Intent.PERSON: lambda query, profile: bool(profile.named_after_role - query.words),
        Intent.PLACE: lambda query, profile: bool(profile.places - query.words - _folded(profile.partners)),
    }
)


def _counts_what_is_asked(query: Query, profile: FactProfile) -> bool:
    """Tell whether the fact counts a thing the question names ("Four state-prefecture partnerships")."""
    if not profile.counts:
        return False
    asked = {t for u in query.units for alternative in u.alternatives for t in alternative}
    return any(counted & asked for _figure, counted in profile.counts)


#: The intents a figure answers, and none: scoring a candidate builds neither for each one.
_FIGURE_INTENTS = frozenset({Intent.COUNT, Intent.QUANTITY})
_NO_INTENTS: frozenset[Intent] = frozenset()
#: No check names: the first failure of any check is one whose name is not among them (``Judged.ok``).
_NO_NAMES: frozenset[str] = frozenset()


def _describes(query: Query, profile: FactProfile) -> bool:
    """Tell whether a fact says more about the question's named subject than its name."""
    if profile.names_only:
        return False
    subjects = [u for u in query.units if u.named and u.kind == "concept"]
    # "what does that declaration say?" after the visit's security outcome: what the follow-up itself names may be
    # only a name in the fact's list too, whatever the visit it carries over.
    own = [u for u in query.units if u.label in query.own_units]
    # "and the AI one?": a subject named in other words is still only a name in the fact's list.
    # "what all does india japan security cooperation include": the partners' words inside a listed name (JIMEX,
    # the "Japan-India Maritime Exercise") do not make the partners a name the fact only lists.
    partners = {p.casefold() for p in profile.partners}
    return not any(
        group
        and all(
            u.token in profile.listed
            or (set(u.alternatives[-1]) <= profile.listed_words and not set(u.alternatives[-1]) <= partners)
            for u in group
        )
        for group in (subjects, own)
    )


def _framed_by(words: Sequence[str], cues: Sequence[Sequence[str]]) -> bool:
    """Tell whether words open or end with one of the cues ("what is X", "X kya hai")."""
    return any(words[: len(c)] == c or words[-len(c) :] == c for c in cues)


def _own_question_words(profile: FactProfile) -> set[str]:
    """Return the words of the fact's own question (its first phrasing): what a member is told it is about."""
    return {w for phrasing in profile.phrasings[:1] for w in phrasing.split()}


def _phrase_is_about(plain: Sequence[Unit], profile: FactProfile) -> bool:
    """Tell whether a fact is about a thing the question names in plain words of its own ("global south").

    A phrase is the subject of a fact whose own question names any of it, not of one that gives it as one item of
    a list ("its relations with the US, Russia and the Global South"): such a fact neither describes it nor lists
    what it holds."""
    about = _own_question_words(profile)
    return any(any(set(words) <= about for words in u.alternatives) for u in plain)


def _plain_phrase(query: Query) -> list[Unit]:
    """Return the units of a thing the question names in plain words of two or more ("global south"), else []."""
    plain = [u for u in query.units if u.kind in {"word", "concept"} and not u.named]
    named = any(u.named and u.kind == "concept" for u in query.units) or query.markers.anaphor is not None
    return plain if len(plain) > 1 and not named else []


def _of_trade(query: Query) -> bool:
    """Tell whether a question asks of trade or its flows ("size of india japan trade", "exports ka size")."""
    return not query.words.isdisjoint(LEXICON.words("trade_balance_words"))


def _gives_members(query: Query, profile: FactProfile) -> bool:
    """Tell whether a fact names members of what the question asks about, beyond the partners and names typed."""
    named = set(query.entities)
    if query.yes_no and all(u.label in named for u in query.units):
        return False  # "is China a member?" names no group: a member of nothing the fact can be about
    claimed = query.yes_no and bool(named - profile.partners) and named - profile.partners <= profile.members
    # ("is Australia a member of SCRI?": the member claimed is one the fact names beside the group.)
    if not claimed and not (profile.members - profile.partners - named) and not _pairs_a_kind(query, profile):
        return False
    # "which countries are in the global south": the US and Russia, listed beside it, are not its members.
    phrase = _plain_phrase(query)
    return not phrase or _phrase_is_about(phrase, profile)


def _defines(query: Query, profile: FactProfile) -> bool:
    """Tell whether a fact says what the question's subject is: more than its name, and about that subject."""
    if not _describes(query, profile):
        return False
    if query.described_heads and query.markers.anaphor is None:
        # "what is the indo pacific architecture" against "the partnership is a pillar of the Indo-Pacific
        # architecture": a fact about the thing the name qualifies names it in its own question.
        return _phrase_is_about([u for u in query.units if u.label in query.described_heads], profile)
    if any(u.named and u.kind == "concept" for u in query.units) or query.markers.anaphor is not None:
        return True
    # A thing named in plain words is described by a fact about it: its own question names it, not only its
    # answer or the wordings that find it ("what is a semiconductor" is not answered by the list of sectors).
    plain = [u for u in query.units if u.kind in {"word", "concept"} and not u.named]
    if not plain:
        return True
    about = _own_question_words(profile)
    if len(plain) > 1:
        return _phrase_is_about(plain, profile)
    if plain[0].label.casefold() in query.kind_words:
        # "what is a prefecture": a fact about one prefecture ("which prefecture is UP paired with") names one; a
        # definition is a fact whose own question is about nothing but the word.
        return any(about and about <= set(words) for words in plain[0].alternatives)
    return any(set(words) <= about for words in plain[0].alternatives)


#: Attributes a figure gives, with what the fact's profile records of them: a figure the words before it give to
#: another thing gives none of them for the thing asked about.
FIGURE_ATTRIBUTES: Mapping[str, frozenset[str]] = MappingProxyType(
    {"cost": frozenset({"cost"}), "span": frozenset({"length", "duration"}), "length": frozenset({"length"})}
)
#: Attributes that ask for a description of the thing named: a fact that only lists its name does not give one.
DESCRIBING_ATTRIBUTES = frozenset({"definition", "purpose", "contents"})
#: A figure no name holds: a year, a decimal, or a number of three digits or more.
#: The words of an answer as written (capitals kept), to tell a name from a common word.
_ANSWER_WORDS = re.compile(r"[^\W\d_][\w'-]*")
#: The marks that open or close a quoted name.
_QUOTES = frozenset("\"\u201c\u201d'")
#: "(is) <name> (is) Japan's [policy]", "<name> japan ka/ki/ke [hai/tha/thi/the] [policy] [hai] [na]" ending the
#: clause: a name said to be an owner's.
_PREDICATED_OWNER = re.compile(
    r"^(?P<before>[^,;:?]+?)\s+(?P<owner>[^\W\d_][\w-]*)(?P<mark>['\u2019]s|\s+k[aie]\b)"
    r"(?P<copula>\s+(?:hai|hain|tha|thi|the)\b)?(?:\s+(?P<head>[^\W\d_]+))?"
    r"(?P<copula_after>\s+(?:hai|hain|tha|thi|the)\b)?(?:\s+(?P<tag>[^\W\d_]+))?\s*(?:[,?.!]|$)"
)
#: "is the Act East Policy Japanese?": a people's adjective ends the question, with no possessive mark.
_PREDICATED_DEMONYM = re.compile(r"^(?P<before>[^,;:?]+?)\s+(?P<owner>[^\W\d_][\w-]*)\s*(?:[,?.!]|$)")
#: "Japan's northeast", "japan ka northeast": an owner and the word it owns.
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w-]*)")
#: An answer that says who leads something ("chaired by", "the forum's head").
_LEADER = re.compile(
    r"\b(?:led|headed|chaired|run|presided over) by\b|\b(?:chair(?:man|person|ed)?|head|leader|chief|director)\b"
    r"|\w-led\b",
    re.IGNORECASE,
)
#: A year as an answer writes it.
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
#: A year or a financial year ("2023-24"): a date, which the date check judges, not a figure of something.
_DATE = re.compile(r"(?:1[89]|20)\d{2}(?:-\d{2,4})?")
#: A figure that reads as one number ("22.85", "20%"): what a bound is compared with.
_NUMERIC = re.compile(r"\d+(?:\.\d+)?%?")
#: A name an answer quotes ("Act East Policy").
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201d]{2,80})[\"\u201d]")
#: Where one item of an answer's list ends and the next starts.
LIST_ITEMS = re.compile(r"[,;:]|\band\b|\bplus\b")


def _folded(names: frozenset[str]) -> frozenset[str]:
    return frozenset(n.casefold() for n in names)


def _gives(attribute: str) -> Callable[[Query, FactProfile], bool]:
    return lambda _query, profile: attribute in profile.gives


def _concepts(query: Query) -> frozenset[str]:
    return frozenset(u.token for u in query.units if u.kind == "concept")


#: How a fact gives each attribute a question may ask for. An attribute missing here is never given.
ATTRIBUTE_SATISFIERS: Mapping[str, Callable[[Query, FactProfile], bool]] = MappingProxyType(
    {
        "cost": _gives("cost"),
        "service": _gives("service"),
        # "size of the trade" is its sum; "size of the forum" or of a prefecture is no description of it, nor is the
        # trade's sum the size of CEPA.
        "size": lambda query, profile: "area" in profile.gives or ("cost" in profile.gives and _of_trade(query)),
        "length": _gives("length"),
        # "how long": a length or a span of time, whichever the thing has ("how long is the joint vision").
        "span": lambda _query, profile: bool({"length", "duration"} & profile.gives),
        "month": _gives("month"),
        "frequency": _gives("frequency"),
        "speed": _gives("speed"),
        "percent": _gives("percent"),
        "change": _gives("change"),
        "means": _gives("means"),
        "benefit": _gives("benefit"),
        "opinion": _gives("opinion"),
        "population": _gives("population"),
        "rank": _gives("rank"),
        "capital": _gives("capital"),
        "reputation": _gives("reputation"),
        "host": _gives("host"),
        "future": _gives("future"),
        # "when will CEPA come into effect?": the date the material gives of the very event asked of answers it (2011:
        # it already has), as what it says lies ahead or how long a thing lasts does.
        "date_ahead": lambda query, profile: (
            looks_ahead(profile) or (profile.has_year and bool(query.events) and query.events <= profile.events)
        ),
        "purpose": lambda query, profile: "purpose" in profile.gives and _describes(query, profile),
        # Members beyond the article's own partners and the names the member typed.
        "members": _gives_members,
        "headquarters": _gives("headquarters"),
        "contents": lambda query, profile: "contents" in profile.gives and _describes(query, profile),
        "names": _gives("names"),
        "goods": _gives("goods"),
        "earlier": _gives("earlier"),
        "definition": lambda query, profile: _defines(query, profile),
        "author": lambda query, profile: bool(profile.named_after_role - query.words),
        "founder": lambda query, profile: bool(profile.named_after_role - query.words),
        # "who set it up": a country, body or person other than those the question names does it.
        "agent": lambda query, profile: (
            bool(profile.members - (set(query.entities) - query.offered))
            or bool(profile.named_after_role - query.words)
            or "person" in profile.type_words
            # ("kiske beech?" after Gujarat's prefecture: the sides of the pair the fact states.)
            or bool({side for r in profile.roles for side in (r.agent, r.target) if side} - set(query.entities))
        ),
        "full_form": lambda query, profile: bool(_concepts(query) & profile.expansions),
        # "who leads the forum": a leader's title or name in what the member reads, not the partners themselves.
        "leader": lambda query, profile: "leader" in profile.gives or bool(profile.named_after_role - query.words),
        # "why ...": a reason ("because", "due to") or an aim gives one.
        "reason": lambda _query, profile: bool({"reason", "purpose"} & profile.gives),
    }
)

#: How the bot words an attribute or intent it could not find ("doesn't give ...").
ASKED_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "cost": "a cost, budget or sum of money",
        "length": "a length",
        "size": "its size",
        "span": "how long it is or lasts",
        "month": "the day or month",
        "frequency": "how often it happens",
        "speed": "a speed",
        "percent": "a percentage",
        "half": "half of the figure worked out",
        "double": "twice the figure worked out",
        "times": "how many times one figure is the other",
        "gap": "the gap between the figures",
        "sum": "a sum of the figures",
        "change": "how much it changed",
        "means": "how it is done",
        "benefit": "what it brings or its benefits",
        "opinion": "a view or advice on it",
        "population": "a population",
        "rank": "a ranking",
        "capital": "a capital city",
        "service": "which armed service takes part",
        "reputation": "what it is known for",
        "purpose": "its aim or purpose",
        "reason": "a reason",
        "members": "its members",
        "headquarters": "a headquarters",
        "founder": "who founded it",
        "full_form": "its full form",
        "contents": "what it contains",
        "names": "the full list of names",
        "goods": "a list of goods",
        "earlier": "what came before it",
        "definition": "a description beyond its name",
        "author": "who wrote it",
        "leader": "who leads it",
        "host": "who hosts it",
        "future": "what comes next or is planned",
        "date_ahead": "when it will happen",
        "kind:organisation": "an agency or ministry",
        "agent": "who does it",
        "agent:signing": "who signed it",
        "agent:start": "who set it up or began it",
        "agent:visit": "who made the visit",
        "agent:ending": "who ended it",
        "agent:expiry": "who let it run out",
        "agent:negotiation": "who negotiated it",
        "agent:review": "who reviewed, amended or renewed it",
        "agent:upgrade": "who upgraded it",
        "when": "a date or year",
        "event:signing": "when it was signed",
        "event:start": "when it began",
        "event:ending": "when it ended",
        "event:negotiation": "when it was negotiated",
        "event:visit": "when the visit was",
        "event:upgrade": "when it was upgraded",
        "event:review": "when it was reviewed, amended or renewed",
        "event:expiry": "when it runs out",
        "asserted:ending": "that it ended, or that anyone left, stopped or cancelled it",
        "bound": "a figure to set against yours",
        "quantity": "an amount",
        "count": "a number",
        "person": "a name",
        "place": "a place",
        "kind:prefecture": "a prefecture",
        "kind:state": "a state",
        "kind:country": "a country",
        "kind:city": "a city",
        "kind:company": "a company",
        "kind:university": "a university",
        "kind:bank": "a bank",
        "kind:port": "a port",
        "kind:region": "a region",
    }
)

#: Attributes that ask for a name of a kind ("kind:prefecture" for "which prefecture ...").
KIND_PREFIX = "kind:"
#: What a "which X is ..." question asks that a fact leaves out ("which:technology").
ASKED_HEAD_PREFIX = "which:"
#: The gazetteer kinds that answer "which <kind>" (a city is one of the named places).
ASKED_KIND_ENTITIES: Mapping[str, frozenset[str]] = MappingProxyType(
    {"prefecture": frozenset({"prefecture"}), "state": frozenset({"state"}), "country": frozenset({"country"})}
    | {"organisation": frozenset({"organisation"})}
    | {"city": frozenset({"place"}), "region": frozenset({"region"})}
)


def names_a_kind(query: Query, profile: FactProfile, kind: str) -> bool:
    """Tell whether a fact names a thing of the kind asked for ("which prefecture") beyond those the question names."""
    if kind in profile.type_words:
        return True
    wanted = ASKED_KIND_ENTITIES.get(kind, frozenset())
    return any(k in wanted and name not in query.entities for name, k in profile.named_kinds)


def _pairs_a_kind(query: Query, profile: FactProfile) -> bool:
    """Tell whether a fact names a thing of the kind the question asks for, other than the things the question
    names ("which states are Toyama and Ehime paired with": Andhra Pradesh; "which states are paired with a
    prefecture": any state); the partners are no such answer."""
    kinds = {k for a in query.attributes if a.startswith(KIND_PREFIX) for k in ASKED_KIND_ENTITIES.get(a[5:], ())}
    named = set(query.entities)
    return any(
        kind in kinds and name not in named and name not in profile.partners for name, kind in profile.named_kinds
    )


def asked_words(asked: str) -> str:
    """Return how the bot words a thing asked that a fact does not give ("which:sectors": "which sectors")."""
    if asked.startswith(ASKED_HEAD_PREFIX):
        return "which " + asked.removeprefix(ASKED_HEAD_PREFIX)
    return ASKED_WORDS.get(asked, asked)


def looks_ahead(profile: FactProfile) -> bool:
    """Tell whether a fact says what lies ahead or how long a thing lasts (not only what was done, and when)."""
    return bool({"future", "duration"} & profile.gives)


def names_asked(query: Query, answer: str) -> int:
    """Return how many names a question asks for of what an answer lists ("the 8 lines of effort": 8), 0 if none: a
    number counting a thing the answer does not name ("the 3 pillars and 8 lines" against the pillars) is another
    list's."""
    said = {stem(w) for w in tokenize(answer)}
    asked = [
        int(figure)
        for figure, nouns in query.counts.items()
        if figure.isdigit() and 1 < int(figure) < 100 and (not nouns or not nouns.isdisjoint(said))
    ]
    return max(asked, default=0)


def unmet_attributes(query: Query, profile: FactProfile) -> tuple[str, ...]:
    """Return the attributes the question asks for that the fact does not give."""
    unmet = []
    for attribute in sorted(query.attributes):
        if attribute.startswith(KIND_PREFIX):
            if not names_a_kind(query, profile, attribute.removeprefix(KIND_PREFIX)):
                unmet.append(attribute)
            continue
        satisfied = ATTRIBUTE_SATISFIERS.get(attribute)
        if attribute not in profile.declared and (satisfied is None or not satisfied(query, profile)):
            unmet.append(attribute)
    return tuple(unmet)


def direction(
    query: Query, profile: FactProfile, symmetric: frozenset[str] = frozenset(), open_: frozenset[str] = frozenset()
) -> str:
    """Compare the question's relations with the fact's: "same", "reversed", "other", "unstated" or "none".

    "none" means the question asks no directed relation; "unstated" that the fact states none of its kind, or, for
    a relation many may hold at once (``open_``: "support"), none by a side the question names and the fact
    never does ("does China support India's bid?" against India and Japan backing each other).
    """
    result = "none"
    for asked in query.roles:
        stated = [r for r in profile.roles if r.relation == asked.relation]
        if not stated:
            # A fact that does not say who does what to whom cannot confirm the question's direction.
            return "unstated"
        if asked.relation in symmetric:
            named = {e for e in (asked.agent, asked.target) if e}
            if any(named <= {r.agent, r.target} for r in stated):
                result = "same"
                continue
            return "other"
        if any(_compatible(asked, r) for r in stated):
            result = "same"
        elif asked.relation in open_ and {asked.agent, asked.target} - {None} - profile.entities:
            # (A side the fact names, though not in a relation read from it, is no third party.)
            return "unstated"
        elif any(_compatible(asked.reversed(), r) for r in stated):
            if any(o.relation == asked.relation and any(_compatible(o, r) for r in stated) for o in query.roles):
                # "is India's export to Japan less than Japan's to India?" names both ways: it compares them,
                # and the fact gives one of the two.
                continue
            return "reversed"
        else:
            return "other"
    return result


def _compatible(asked: RoleReading, stated: RoleReading) -> bool:
    agent_ok = asked.agent is None or asked.agent == stated.agent
    target_ok = asked.target is None or asked.target == stated.target
    return agent_ok and target_ok


def unmet_intents(query: Query, profile: FactProfile) -> tuple[Intent, ...]:
    """Return the kinds of answer the question asks for that the fact does not give."""
    never: Callable[[Query, FactProfile], bool] = lambda _q, _p: False  # noqa: E731
    return tuple(
        i for i in sorted(query.intents, key=lambda i: i.value) if not INTENT_SATISFIERS.get(i, never)(query, profile)
    )


@quick_init
@dataclass(frozen=True)
class Candidate:
    """A fact scored against a query: how much of the question it covers and how it reads.

    What only the checks and the decision need is worked out on first use, so the many candidates that are
    never judged in full cost no more than their scores.
    """

    index: int
    #: The fact's id (its answer and phrasings are read, as ``fact``, only by what needs them).
    fact_id: str
    profile: FactProfile
    coverage: float
    similarity: float
    score: float
    covered: tuple[Unit, ...]
    uncovered: tuple[Unit, ...]
    unmet_intents: tuple[Intent, ...]
    query: Query = field(repr=False, compare=False, default=None)  # type: ignore[assignment]
    scorer: Scorer = field(repr=False, compare=False, default=None)  # type: ignore[assignment]
    raw: float = field(repr=False, compare=False, default=0.0)

    @cached_property
    def fact(self) -> SourcedFact:
        """Return the fact (read from the compiled cache on first use: most candidates are only ranked)."""
        return self.scorer.index.facts[self.index]

    @property
    def article(self) -> str:
        """Return the id of the fact's article (the fact is not read for it)."""
        return self.scorer.index.base.article_at(self.index)

    @property
    def missing(self) -> tuple[str, ...]:
        """Return what the question asks that the fact does not give (intents, attributes, the event dated)."""
        event = (f"event:{self.other_event}",) if self.other_event else ()
        asserted = (f"asserted:{self.unsupported_event}",) if self.unsupported_event else ()
        bound = ("bound",) if self.query.bounds and any(v is None for _b, _s, v in self.off_bounds) else ()
        return tuple(i.value for i in self.unmet_kinds) + self.unmet_attributes + event + asserted + bound

    @cached_property
    def unsupported_event(self) -> str | None:
        """Return an event the question says happened ("why did India leave QUAD") that the fact does not state."""
        asked = self.query.asserted_events
        if not asked or self.other_event in asked:
            return None
        missing = asked - self.profile.events
        return min(missing) if missing else None

    @cached_property
    def other_event(self) -> str | None:
        """Return the event a "when" question dates when the fact dates only others ("signed" vs "came into effect").

        A fact naming no event ("the AAGC dates from 2017") dates the thing itself, which answers any of them.
        """
        asked = self.query.events
        if not asked or Intent.WHEN in self.unmet_kinds:
            return None
        if "negotiation" in asked:
            # "when were the negotiations started": the start of the talks, not of what they agreed.
            asked = frozenset({"negotiation"})
        given = self.profile.events
        # (Only a question asking when: "which partnership was launched in 2021" gives the year and asks which.)
        if "start" in asked and Intent.WHEN in self.query.intents and self._ties_begin_undated():
            # "when was the India-Japan relationship established": CEPA's and IJICP's starts are no start of the ties.
            return "start"
        if given & asked:
            return None
        if "start" in asked and "upgrade" in given and self._raised_to_asked():
            # "when did the SSGP begin" against "ties were upgraded to a SSGP in 2014": what ties are raised to
            # begins then; the ties themselves ("when was the relationship formed") do not.
            return None
        if not given:
            # "When was the AAGC set up?" against "the AAGC dates from 2017": a fact naming no event dates the thing
            # itself, its start or signing. A visit is no event of a thing: "when did the PM visit Japan?" is not
            # answered by the year of a declaration the fact names.
            if Intent.WHEN not in self.query.intents or not asked & self.scorer.index.lexicon.words("events_of_people"):
                return None
            if not any(unit in self.uncovered for unit, _kinds in self.scorer.event_units(self.query)):
                return None  # the fact has the event's word ("the visit"), though it names no event of its own
        return min(asked)

    def _ties_begin_undated(self) -> bool:
        """Tell whether the question asks when the partners' ties began (naming no other thing) and the fact dates
        none of the words for those ties."""
        lexicon = self.scorer.index.lexicon
        ties_words = lexicon.words("pair_relation_words") | lexicon.words("pairing_nouns")
        partners = self.scorer.partner_concepts
        ties: list[Unit] = []
        others: list[Unit] = []
        for u in self.query.units:
            # "start their partnership on industrial competitiveness": the plain words name another thing.
            if u.kind not in {"concept", "word"} or u.token in partners:
                continue
            if event_kinds(u.label.casefold().split(), lexicon):
                continue
            (ties if u.kind == "concept" and u.label.casefold() in ties_words else others).append(u)
        if not ties or others:
            return False
        dated = {concept for concept, _year in self.profile.dates}
        return not any(u.token in dated for u in ties)

    def _raised_to_asked(self) -> bool:
        """Tell whether a named thing the question asks about is what the fact's answer says something was raised to
        (a glossary term within a few words after "upgraded to")."""
        return self.scorer.raised_to_asked(self.query, self.index)

    @cached_property
    def unmet_kinds(self) -> tuple[Intent, ...]:
        """Return the kinds of answer asked for that the fact does not give, a year it gives another thing aside."""
        if self.unbound_when:
            return tuple(sorted({*self.unmet_intents, Intent.WHEN}, key=lambda i: i.value))
        return self.unmet_intents

    @cached_property
    def unbound_when(self) -> bool:
        """Tell whether "when" is asked of a named thing the fact mentions while its every year dates something else.

        "when did the 2+2 dialogue start" against "the 2015 pacts on ..., plus 2+2 Ministerial Dialogues": a year
        written inside another thing's name ("the 2015 pacts") dates that thing, not the one asked about.
        """
        query = self.query
        if Intent.WHEN not in query.intents or Intent.WHEN in self.unmet_intents:
            return False
        partners = self.scorer.partner_concepts
        subjects = {u.token for u in query.units if u.named and u.kind == "concept" and u.token not in partners}
        if not subjects or not self.scorer.answer_may_name(self.profile, subjects):
            return False
        years, spans = self.scorer.dated(self.index)
        starts = {start for start, concept in spans if concept in subjects}
        if not starts or not years:
            return False
        # Every year is written inside another thing's name ("the 2015 pacts"): none is this thing's.
        return all(attributive and i + 1 not in starts for i, attributive in years)

    @cached_property
    def topic_coverage(self) -> float:
        """Return the share of what the question is about (its words, not its figures) the fact covers."""
        figures = [u for u in self.query.units if u.kind == "figure"]
        uncovered_figures = sum(u.weight for u in figures if not _unit_covered(u, self.profile))
        weight = self.query.unit_weight - uncovered_figures
        return round(float(self.raw / max(weight, 1e-9)), 4)

    @cached_property
    def unmet_attributes(self) -> tuple[str, ...]:
        """Return the attributes asked for that the fact does not give."""
        profile = self.profile
        if any(a.startswith(KIND_PREFIX) for a in self.query.attributes):
            # "which country joins ...": the answer must name one. "dependence on any one country" uses the word
            # but names none, and a country named only in the fact's phrasings is not in what the member reads.
            profile = replace(
                profile,
                type_words=profile.type_words & self.scorer.kinds_called(self.index),
                named_kinds=profile.named_kinds & self.scorer.answer_names(self.index),
            )
        if "leader" in self.query.attributes and _LEADER.search(self.fact.fact.answer):
            profile = replace(profile, gives=profile.gives | {"leader"})
        if "agent" in self.query.attributes:
            # Who does it must be in what the member reads: a name in the fact's phrasings is not an answer.
            names = self.scorer.answer_names(self.index)
            roles = self.scorer.index.lexicon.words("person_roles")
            says_role = bool(roles & set(tokenize(self.fact.fact.answer)))
            doers = not self.query.agent_action or self.scorer.names_a_doer(self.index, self.query.agent_action)
            profile = replace(
                profile,
                members=frozenset(n for n, kind in names if kind in {"country", "organisation"} and doers),
                type_words=profile.type_words | ({"person"} if says_role and doers else set()),
                named_after_role=profile.named_after_role if doers else frozenset(),
            )
        if self.query.attributes & DESCRIBING_ATTRIBUTES:
            # "what is JIMEX for" against "exercises such as JIMEX and Dharma Guardian": an example is only named
            # (what it is, its kind says).
            named = {u.token for u in self.query.units if u.named and u.kind == "concept"}
            # (The fact's examples are read only when the question names something they could be.)
            if named:
                # (A fact whose answer names none of them gives none as an example: its answer is not read then.)
                may = self.scorer.answer_may_name(profile, named)
                aside = self.scorer.aside_of(self.index, named) if may else frozenset()
                if may and "definition" in self.query.attributes and self._asks_only_what(named):
                    # "what is UNSC" asks what it is: a fact whose own question names it only beside what it is
                    # about (a permanent UNSC seat) does not say.
                    aside |= named - self.scorer.described_names(self.index) - self.scorer.partner_concepts
                if self._asks_what_an_example_is(named):
                    # "what is Dharma Guardian" against "bilateral exercises such as JIMEX and Dharma Guardian", a
                    # fact whose own phrasings ask what it is: what it is, its kind says. So for "and JIMEX?" after
                    # it: the same asked of a thing the same kind is said of.
                    examples = self.scorer.example_names(self.index)
                    aside -= examples if self.query.own_units else examples & self.scorer.described_names(self.index)
                named = named & aside
            if named:
                profile = replace(profile, listed=profile.listed | named)
        if self.query.attributes & DESCRIBING_ATTRIBUTES:
            # "what is the SME forum" against "... a Sustainable fuel initiative and an India-Japan SMEs Forum":
            # a name the fact only lists (the partners' names around it aside) is not described.
            listed = self.scorer.listed_names(self.index)
            if not listed <= profile.listed:
                bags = self.scorer.index.glossary.bags
                profile = replace(
                    profile,
                    listed=profile.listed | listed,
                    listed_words=profile.listed_words | {w for concept in listed for w in bags[concept]},
                )
        if "definition" in self.query.attributes and not profile.names_only and (self._only_listed() or self._quoted()):
            # "what is the mobility line of effort" against "the lines of effort include Economic Partnership, ...,
            # Mobility, ...": the thing asked is one item of the fact's list, named there and not described; "what
            # is the Act East Policy" against 'the forum works under India's "Act East Policy"': a name it cites.
            profile = replace(profile, names_only=True)
        if "contents" in self.query.attributes and "contents" in profile.gives and self._contents_of_another():
            profile = replace(profile, gives=profile.gives - {"contents"})
        measured = self.query.attributes & FIGURE_ATTRIBUTES.keys()
        if measured and self._figures_of_another():
            # "how much money is involved in the IJICP" against "... bilateral trade of US$ 22.85 billion ... and the
            # IJICP": the sum is the trade's; "duration of the Chandrayaan 5 mission" against "... the Joint Vision,
            # a 10-year plan, ... Chandrayaan 5": the ten years are the vision's.
            profile = replace(profile, gives=profile.gives - {g for a in measured for g in FIGURE_ATTRIBUTES[a]})
        if "names" in self.query.attributes:
            asked, items = names_asked(self.query, self.fact.fact.answer), items_of(self.fact.fact, fewest=2)
            if "names" not in profile.gives and len(items) >= 2 and asked == len(items):
                # "tell me the 2 tags" against "two tags: X and Y": a short list of as many names as asked gives them.
                profile = replace(profile, gives=profile.gives | {"names"})
            elif "names" in profile.gives and items and len(items) < asked:
                # "name all 8 lines of effort" against the five the article names: not the full list asked for.
                profile = replace(profile, gives=profile.gives - {"names"})
        unmet = unmet_attributes(self.query, profile)
        head = self.query.asked_head
        # ("What top speed ...": a speed, already asked, is not asked again as "which speed".)
        if head and stem(head) not in {stem(a) for a in unmet} and self._leaves_head_unsaid(profile):
            unmet = (*unmet, ASKED_HEAD_PREFIX + head)
        acted = self.query.acted_events
        # "who signed CEPA" against "CEPA came into effect in 2011": the partners it names did not sign it there;
        # "who went to Japan" against "the visit delivered ...": a visit named is no visitor said.
        if (acted and not acted & self.profile.events) or self._doer_of_a_journey_unsaid(acted):
            unmet = (*(a for a in unmet if a != "agent"), f"agent:{min(acted)}")
        return unmet

    def _doer_of_a_journey_unsaid(self, acted: frozenset[str]) -> bool:
        """Tell whether a question asks who made a journey (a visit) that the fact names but states no doer of."""
        people = acted & self.scorer.index.lexicon.words("events_of_people")
        return bool(people) and not any(r.relation in people and r.agent for r in self.profile.roles)

    def _leaves_head_unsaid(self, profile: FactProfile) -> bool:
        """Tell whether a fact leaves out the thing a "which X is ..." question asks for: it does not say X, names
        nothing the question does not (a name answers "which grouping"), and lists nothing ("what areas ...")."""
        head = stem(self.query.asked_head)
        if not any(head in {u.token, stem(u.label.casefold())} for u in self.uncovered) and not self._head_in_name():
            return False
        # Only of a fact about the thing the question names ("... in MAHSR"): "what corridor did they set up" names
        # none, and a fact sharing only its verbs is no subject to say it of.
        partners = self.scorer.partner_concepts
        if not any(u.named and u.token not in partners for u in self.query.units if u not in self.uncovered):
            return False
        # A list of things answers "what areas ..."; "pairing A with B, C with D" lists places, no areas (what a file
        # lists as ``items`` may be either: only a list the wording shows is read here).
        if list_items(self.fact.fact.answer) and not self._asks_within_an_item():
            return False
        return not self.scorer.names_beyond(self.index, self.query)

    def _asks_what_an_example_is(self, named: set[str]) -> bool:
        """Tell whether the question asks only what a thing is ("what is Dharma Guardian?", "and MILAN?" after
        another exercise), not more of it ("what is JIMEX exactly?")."""
        if "definition" not in self.query.attributes:
            return False
        if not (self._asks_only_what(named) or self.query.own_units):
            return False
        return self.scorer.index.lexicon.words("detail_asks").isdisjoint(self.query.words)

    def _head_in_name(self) -> bool:
        """Tell whether the fact says the asked kind only within the name of a thing the question names ("which
        industries are under the IJICP?" against "the India-Japan Industrial Competitiveness Partnership was launched
        in 2021"): the name is no answer to which of that kind."""
        named = frozenset(u.token for u in self.query.units if u.kind == "concept" and u.named)
        head = stem(self.query.asked_head)
        # ("which initiative is SCRI?": the kind its name ends in is what it is; its name answers.)
        glossary = self.scorer.index.glossary
        named = frozenset(c for c in named if not any(v[-1:] == (head,) for v in glossary.variants(c)))
        return bool(named) and self.scorer.said_only_within(self.index, head, named)

    def _asks_within_an_item(self) -> bool:
        """Tell whether the question names an item of the fact's list and asks a thing of it ("what clean energy
        projects are there under the ESI?" against its sectors "semiconductors, clean energy, telecom ..."): the list
        names the item, and gives nothing within it."""
        items = self.scorer.list_item_stems(self.index)
        partners = self.scorer.partner_concepts
        head = stem(self.query.asked_head)
        # (The whole item: "technology" of "new and emerging technologies" is a kind of what is listed, no item.)
        return any(
            item <= set(u.alternatives[-1])
            for u in self.query.units
            if u.kind in {"word", "concept"} and u.token not in partners and u.token != head
            for item in items
        )

    def _asks_only_what(self, named: set[str]) -> bool:
        """Tell whether the question asks what one named thing is and names nothing else ("what is UNSC"), unlike a
        follow-up or "bilateral trade details in FY24"."""
        partners = self.scorer.partner_concepts
        others = [u for u in self.query.units if u.token not in named and u.token not in partners]
        if len(named) != 1 or others or self.query.markers.anaphor is not None:
            return False
        # Asked with "what is", "explain", "kya hai": "what does the article say about the UNSC" asks what it says.
        words = tokenize(self.query.text)
        return _framed_by(words, self.scorer.definition_cues)

    def _only_listed(self) -> bool:
        """Tell whether what the question asks about, beyond the words of the fact's own question and the partners,
        is all said within one item of the list the fact's answer gives."""
        items = self.scorer.list_item_stems(self.index)
        if not items:
            return False
        own = set(self.profile.phrasings[0].split()) if self.profile.phrasings else set()
        partners = self.scorer.partner_concepts
        asked = [
            u
            for u in self.query.units
            if u.kind in {"word", "concept"} and u.token not in partners and not set(u.alternatives[-1]) <= own
        ]
        return bool(asked) and any(all(set(u.alternatives[-1]) <= item for u in asked) for item in items)

    def _quoted(self) -> bool:
        """Tell whether all the question asks what it is, beyond the partners, is said within one name the fact's
        answer quotes after its subject."""
        quoted = self.scorer.quoted_stems(self.index)
        if not quoted:
            return False
        partners = self.scorer.partner_concepts
        asked = [u for u in self.query.units if u.kind in {"word", "concept"} and u.token not in partners]
        return bool(asked) and any(all(set(u.alternatives[-1]) <= name for u in asked) for name in quoted)

    def _figures_of_another(self) -> bool:
        """Tell whether a sum or a length is asked of a named thing the fact mentions while the words around each
        of its figures (``figure_owners``) name something else ("bilateral trade of US$ 22.85 billion" is no sum of
        the IJICP's)."""
        partners = self.scorer.partner_concepts
        subjects = [u for u in self.query.units if u.named and u.kind == "concept" and u.token not in partners]
        if not subjects or not self.scorer.answer_may_name(self.profile, {u.token for u in subjects}):
            return False
        contexts = self.scorer.figure_owners(self.index)
        words = {w for u in subjects for alternative in u.alternatives for w in alternative}
        return bool(contexts) and all(context.isdisjoint(words) for context in contexts)

    def _contents_of_another(self) -> bool:
        """Tell whether what the question asks the contents of is only among the contents the fact gives of another
        thing ("the terms of the 2015 pact" against "security ties rest on ... the 2015 pacts ...")."""
        head = self.scorer.contents_head(self.index)
        if head is None:
            return False
        partners = self.scorer.partner_concepts
        asked = [u for u in self.query.units if u.kind in {"word", "concept"} and u.token not in partners]
        return bool(asked) and not any(
            word_of(t) in head for u in asked for alternative in u.alternatives for t in alternative
        )

    @cached_property
    def reversed_by_its_file(self) -> bool:
        """Tell whether the fact runs the other way only by what its file tells of the event elsewhere (the visit)."""
        return self.direction == "reversed" and not any(
            r.relation == asked.relation for asked in self.query.roles for r in self.profile.roles
        )

    @cached_property
    def direction(self) -> str:
        """Return "same", "reversed", "other", "unstated" or "none": the question's relations against the fact's."""
        lexicon = self.scorer.index.lexicon
        # "does China support India's bid?": a relation said with a word many may do at once.
        closed = lexicon.words("open_relation_words").isdisjoint(self.query.words)
        open_ = frozenset() if closed else frozenset(r.relation for r in self.query.roles)
        way = direction(self.query, self.profile, lexicon.symmetric_relations, open_)
        if way != "unstated":
            return way
        # "what did the Japanese PM sign on his visit to India?" against "the visit delivered ...": the one visit its
        # file tells of (India's PM to Japan) is the visit the fact speaks of.
        events = lexicon.words("events_of_people")
        stated = {r.relation for r in self.profile.roles}
        unstated = [r for r in self.query.roles if r.relation not in stated]
        relations = {r.relation for r in unstated}
        if not relations <= events:
            return way
        index = self.scorer.index
        told = tuple(r for relation in sorted(relations) for r in index.stated_in_file(self.index, relation))
        if (
            {r.relation for r in told} >= relations
            and relations <= self.profile.credits.keys()
            and direction(
                self.query, replace(self.profile, roles=self.profile.roles + told), lexicon.symmetric_relations, open_
            )
            == "reversed"
        ):
            return "reversed"
        if all(r.setting for r in unstated):
            # "what did the Indian PM sign on his visit to Japan?" asks what was signed; the visit only sets it.
            rest = replace(self.query, roles=tuple(r for r in self.query.roles if not r.setting))
            return direction(rest, self.profile, lexicon.symmetric_relations, open_)
        return way

    @cached_property
    def missing_entities(self) -> tuple[str, ...]:
        """Return the names the question mentions that the fact does not (a contrasted partner: in its answer)."""
        missing = tuple(e for e in self.query.entities if e not in self.profile.entities)
        if missing:
            # "SCRI partner: US, Australia or France?", "for UNSC reforms, G4 or BRICS?": the fact gives one of the
            # options; the others offered beside it are no names the question asks about.
            options = [a for u in self.covered if u.options for a in u.alternatives]
            offered = {a[0].removeprefix(ENTITY_PREFIX) for a in options if _named(a)}
            if not self.query.offered.isdisjoint(self.profile.entities):
                offered |= self.query.offered
            missing = tuple(e for e in missing if e not in offered)
        if self.query.contrast:
            named = self.scorer.solo_partners(self.index)
            # "what about India?" after the trade: "Japan's exports to India" names India as Japan's receiver.
            agents = {r.agent for r in self.profile.roles if r.agent}
            if agents:
                named = frozenset(n for n in named if n in agents or n not in self.scorer.index.partners)
            missing += tuple(e for e in self.query.contrast if e not in named and e not in missing)
        return missing

    @cached_property
    def missing_figures(self) -> frozenset[str]:
        """Return the figures the question names that neither the fact nor what it is about gives."""
        return self.scorer.missing_figures(self.query, self.profile)

    @cached_property
    def renumbered(self) -> tuple[tuple[str, str, str], ...]:
        """Return (word, asked, stated) for each figure the question gives right after a word that the fact follows
        with another figure ("Chandrayaan 4" against the fact's "Chandrayaan 5")."""
        missing = self.query.numbers - self.profile.numbers
        if not missing:
            return ()
        ignored = self.scorer.index.lexicon.ignored
        # "signed in 2016", "FY 2022-23": a year is no number of a name, and "in" no name.
        named = [
            (before, figure)
            for before, figure in itertools.pairwise(tokenize(self.query.text))
            if figure in missing and not before.isdigit() and before not in ignored and not _YEAR_NUMBER.search(figure)
        ]
        if not named:
            return ()  # the fact's answer is read only for a figure the question gives after a word
        stated = self.scorer.answer_tokens(self.index)
        found = []
        for before, figure in named:
            found += [
                (before, figure, after)
                for word, after in itertools.pairwise(stated)
                if word == before and is_number(after) and after != figure
            ]
        return tuple(found)

    @cached_property
    def substituted(self) -> tuple[tuple[str, str], ...]:
        """Return (asked, stated) for each name the question gives that the fact gives another of the same kind in
        place of, on the named thing it is about ("SCRI with South Africa?" against "with Australia in the SCRI")."""
        scorer = self.scorer
        opened = scorer.index.lexicon.words("open_relation_words")
        if self.query.roles and not opened.isdisjoint(self.query.words):
            return ()  # "does China support India's bid?": others backing it does not put China in anyone's place
        own = scorer.partner_concepts
        # A word of the name put in place ("asia" of "Southeast Asia", met in "Asia-Africa") says nothing of it.
        asked_names = {ENTITY_PREFIX + name for name in self.missing_entities}
        named = [
            u
            for u in self.covered
            if u.named and u.token not in own and not any(a[-1] in asked_names for a in u.alternatives)
        ]
        pair_asked = bool(scorer.index.partners & set(self.query.entities))
        # ("with australia bhi?" after India and Japan's 2+2 adds Australia beside the partners, in neither's place.)
        pair_asked = pair_asked and not self.query.additive
        # "QUAD coordinates on UNSC reforms": a term of the material's own that the fact leaves out, where the fact
        # names another of the same kind (the G4), is put in that one's place.
        terms = []
        for unit in self.uncovered:
            if unit.named and unit.kind == "concept" and unit.token not in own:
                listed = self._listed_in_its_place(unit.label, frozenset() if pair_asked else scorer.index.partners)
                if listed is not None:
                    terms.append((unit.label, listed))
        if not named:
            return tuple(terms)
        if all(u.kind == "concept" for u in named):
            # The fact must be about the named thing ("alongside the AAGC, ..." is about another initiative). Read
            # only when a named thing decides: what a fact is about is read from all its phrasings, and most of the
            # candidates a question's correction looks at cover no name at all.
            about = scorer.subjects(self.index) | scorer.question_concepts(self.index)
            # A fact its phrasings ask about by name alone is about that name, whatever its own question says.
            about |= {concept for concept, _words in scorer.defined_spans(self.index)}
            if not any(u.token in about for u in named):
                # A fact asked for each of several names ("jimex", "dharma guardian") is about each as one of a list,
                # when it says the list is the pair's alone ("bilateral"): a partner it names for them is the one put
                # in place of another ("Dharma Guardian is an India-US exercise"). Others may join a multilateral one.
                alone = scorer.names_asked_alone(self.index)
                exclusive = scorer.index.lexicon.words("exclusive_pair_words")
                if exclusive.isdisjoint(scorer.answer_tokens(self.index)) or not any(u.token in alone for u in named):
                    return ()
        gazetteer = scorer.index.gazetteer
        stated = scorer.answer_names(self.index)
        partners = scorer.index.partners
        # A partner stands in for a name only beside the other partner ("did Japan and Russia launch the AAGC?"):
        # "is Australia part of QUAD?" against "India and Japan use QUAD" names no member in Australia's place.
        pairs = []
        for asked in self.missing_entities:
            kind = gazetteer.kind_of(asked)
            others = sorted(
                n for n, k in stated if k == kind and n not in self.query.entities and (pair_asked or n not in partners)
            )
            if kind is not None and others:
                pairs.append((asked, others[0]))
            else:
                # "cooperate in BRICS on UNSC reforms?": the article's own list of groupings puts G4, which the fact
                # names, beside BRICS.
                listed = self._listed_in_its_place(asked, frozenset() if pair_asked else partners)
                if listed is not None:
                    pairs.append((asked, listed))
        return (*pairs, *terms)

    def _listed_in_its_place(self, asked: str, partners: frozenset[str]) -> str | None:
        """Return a term the fact names from a list of terms of one kind (``kinds`` of the knowledge file) that
        holds ``asked`` too, if the question does not name it (nor is it one of ``partners``)."""
        scorer = self.scorer
        sourced = scorer.index.facts[self.index]
        tokens = scorer.answer_tokens(self.index)
        text = f" {' '.join(tokens)} "
        asked_words = " ".join(tokenize(asked))
        question = f" {' '.join(tokenize(self.query.text))} "
        for terms in scorer.index.base.kinds_for(sourced.source.id).values():
            words = [" ".join(tokenize(term)) for term in terms]
            if asked_words not in words:
                continue
            # ("G20 bhi?" after "are India and Japan in the G4?": the G4, asked before, is beside G20, not replaced.)
            asked_before = {u.label.casefold() for u in self.covered}
            for term, written in zip(words, terms, strict=True):
                if written in partners or not term or term == asked_words or written.casefold() in asked_before:
                    continue
                if f" {term} " in text and f" {term} " not in question:
                    return written
        return None

    @cached_property
    def misowned(self) -> tuple[tuple[str, str, str], ...]:
        """Return (thing, asked owner, stated owner) where the question gives a thing another owner than the fact.

        "develop Japan's northeast" against "the development of India's Northeast": the fact says it is India's.
        """
        asked = self.scorer.question_owners(self.query.text)
        if not asked:
            return ()
        stated = self.scorer.answer_owners(self.index)
        wrong = []
        # In order, so the reason names them alike in every process (a frozenset's order changes with the hash seed).
        for head, owner in sorted(asked):
            owners = {o for h, o in stated if h == head}
            # "India's exports against Japan's": a thing asked of two owners compares them; one is the fact's.
            if owners and owner not in owners and not owners & {o for h, o in asked if h == head}:
                wrong.append((head, owner, sorted(owners)[0]))
        return tuple(wrong)

    @cached_property
    def off_category(self) -> tuple[str, ...]:
        """Return the categories asked about ("which bilateral exercises") of which the fact names only another.

        "Which bilateral exercises ..." is not answered by "multilateral exercises such as MILAN and MALABAR".
        """
        lexicon = self.scorer.index.lexicon
        groups = lexicon.contrast_groups
        asked = asked_contrasts(self.query, lexicon)
        if len(asked) != len(set(asked.values())) and self.query.words & lexicon.words("either_or"):
            return ()  # "is MALABAR bilateral or multilateral?" offers both
        if not asked:
            return ()
        if any(u.options for u in self.query.units if u not in self.uncovered):
            return ()  # "is the polar mission on the moon or mars?" offers the one the fact covers: a choice, no claim
        tokens = self.scorer.answer_tokens(self.index)
        said = set(tokens) & groups.keys()
        # "22850 million" is the fact's "22.85 billion": a magnitude word of a sum the fact gives is not another kind.
        same = _same_sums(tokenize(self.query.text), tokens, groups, lexicon.magnitude_powers)
        asked = {w: g for w, g in asked.items() if w not in same}
        if self.query.yes_no or asserts_premise(self.query):
            # "2+2 is between defence and home ministers": a claim says each of its words; "home" is off though
            # "defence" is said.
            return tuple(sorted(w for w, g in asked.items() if w not in said and any(groups[s] == g for s in said)))
        # "between finance and commerce ministers": a group none of whose asked words the fact says, though it says
        # another of the group ("defence"); "bilateral and multilateral" against "multilateral" is not off.
        met = {g for w, g in asked.items() if w in said}
        return tuple(sorted(w for w, g in asked.items() if g not in met and any(groups[s] == g for s in said)))

    @cached_property
    def miscategorised(self) -> tuple[tuple[str, str, str], ...]:
        """Return (thing, asked category, stated category) where the question files a named thing elsewhere.

        "MALABAR is bilateral, na?" against "multilateral exercises such as MILAN and MALABAR": the category word
        nearest before the name in the fact's answer is "multilateral".
        """
        query = self.query
        asked = list(asked_contrasts(query, self.scorer.index.lexicon).items())
        names = [u for u in query.units if u.named and u.kind == "concept"]
        if not asked or not names:
            return ()
        if not (query.yes_no or asserts_premise(query)):
            return ()  # "which one is bilateral" asks; only a statement files a thing somewhere
        offered = {word for word, _group in asked}
        stated = self.scorer.answer_categories(self.index)
        wrong = []
        for unit in names:
            for word, group in asked:
                found = stated.get((unit.token, group))
                # "is MALABAR bilateral or multilateral?" offers the right one too: a question, not a premise.
                if found is not None and found not in offered:
                    wrong.append((unit.label, word, found))
        return tuple(wrong)

    @cached_property
    def miskinded(self) -> tuple[tuple[str, str, str], ...]:
        """Return (name, asked kind, stated kind) where the question says a named place is another kind of place
        than the fact names ("is Toyama an Indian state?" against "Japan's Toyama prefecture")."""
        wrong = []
        for name, kind in self.query.claimed_kinds:
            stated = {k for n, k in self.profile.named_kinds if n == name}
            wanted = ASKED_KIND_ENTITIES.get(kind)
            if wanted is not None and stated and not stated & wanted:
                wrong.append((name, kind, sorted(stated)[0]))
        return tuple(wrong)

    @cached_property
    def misfigured(self) -> tuple[tuple[str, str], ...]:
        """Return (asserted figure, the fact's figure for it) where the question gives a figure another thing's.

        "Japan's exports to India were 22.85 billion, na?" against "Japan's exports to India were worth US$ 17.69
        billion ..., out of total bilateral trade of US$ 22.85 billion": the fact says 22.85 is the total.
        """
        miscounted = self._miscounted()
        if miscounted:
            return miscounted
        asserted = {u.label for u in self.query.units if u.kind == "figure" and not _DATE.fullmatch(u.label)}
        if not asserted:
            return ()
        contexts = self.scorer.figure_contexts(self.index)
        if len(contexts) < 2:
            return self._misvalued()
        ignored = self.scorer.index.lexicon.ignored
        whole = {stem(w) for w in self.query.words} - ignored
        written = tokenize(self.query.text)
        if self.query.own_units:
            # "and Japan's exports were 17.69?" after bilateral trade: a follow-up naming what its figure is of claims
            # it of that, not of the earlier question's thing ("was it 17.69?", "so 17.69 true?", "so US$ 17.69 bn
            # right?" name nothing, and claim it of that). What it names: a word a figure is given with in the fact.
            owners = self.scorer.figure_spans(self.index)
            stated = {w for _value, words in owners for w in words}
            said = {
                stem(w)
                for u in self.query.units
                if u.label in self.query.own_units and u.kind != "figure"
                for w in tokenize(u.label)
                if stem(w) in stated and stem(w) not in self.scorer.measure_stems
            } - ignored
            if said:
                whole, contexts = said, owners
        wholes = phrase_spans(written, self.scorer.index.lexicon.words("whole_markers"))
        wrong = []
        for figure in asserted:
            asked = whole
            if len(asserted) > 1 and figure in written:
                # Two figures claimed ("bilateral trade 22.85 bn and Japan's exports 17.69 bn"): each with the words
                # since the one before it.
                at = written.index(figure)
                since = max((i for i in range(at) if written[i] in asserted), default=-1)
                asked = {stem(w) for w in written[since + 1 : at]} - ignored
            elif wholes and figure in written:
                # The whole the figure is a part of ("17.69 bn out of total trade") is another figure's, not this one.
                at = written.index(figure)
                start = min((s for s, _e in wholes if s > at), default=len(written))
                asked = {stem(w) for w in written[:start]} - ignored
            own = [len(words & asked) for value, words in contexts if value == figure]
            if not own:
                continue
            # Another figure's words meeting more of the claim's than its own ("bilateral trade between India and
            # Japan was 17.69 bn": 17.69 is after "India were worth", 22.85 after "total bilateral trade").
            others = [(len(words & asked), value) for value, words in contexts if value != figure]
            best = max(others, default=(0, ""), key=lambda pair: pair[0])
            if best[0] > max(own):
                wrong.append((figure, best[1]))
        return tuple(wrong) or self._misvalued()

    def _misvalued(self) -> tuple[tuple[str, str], ...]:
        """Return (claimed sum, the fact's) where a claim gives a sum of a magnitude ("25 billion") that the fact gives
        otherwise for what the claim names ("bilateral trade ... US$ 22.85 billion").

        A sum the fact's own figures make (22.85 - 17.69 = 5.16, India's exports) may be the material's worked out,
        and a figure of another magnitude, or with no magnitude said, is left to other checks.
        """
        query, lexicon = self.query, self.scorer.index.lexicon
        if not (query.yes_no or query.claims) or query.markers.negation:
            return ()
        written = tokenize(query.text)
        if not lexicon.words("approximation_words").isdisjoint(written):
            return ()  # "nearly 23 billion" rounds the material's figure; it does not contradict it
        groups = lexicon.contrast_groups
        claimed = {figure: magnitude for _i, figure, magnitude in _sums(written, groups)}
        if not claimed:
            return ()
        tokens = self.scorer.answer_tokens(self.index)
        stated = _sums(tokens, groups)
        if not stated:
            return ()
        # The claim says nothing else the fact leaves out ("the trade gap is 12.5 billion", "the trade target",
        # "in 2022-23"): what it gives a figure is then what the fact gives one.
        if any(u.label not in claimed for u in self.uncovered) or self.unmet_attributes:
            return ()
        values = [float(value) for _i, value, _m in stated]
        worked = [a - b for a in values for b in values] + [a + b for a in values for b in values]
        asked = {stem(w) for w in query.words} - lexicon.ignored
        thresholds = self.scorer.thresholds
        reach, ignored, within = thresholds.figure_reach, lexicon.ignored, thresholds.worked_sum_tolerance
        currency = lexicon.words("currency_words")

        def before(i: int) -> set[str]:
            # (The words before the sum's currency: "Japan's exports to India were worth US$ 17.69 billion".)
            while i and tokens[i - 1] in currency:
                i -= 1
            return {stem(w) for w in tokens[max(0, i - reach) : i] if w not in ignored}

        wrong = []
        for figure, magnitude in claimed.items():
            if any(value == figure for _i, value, _m in stated) or any(
                abs(float(figure) - sum_) <= within for sum_ in worked
            ):
                continue
            # The fact's sum of that magnitude whose words before it share most with the claim's.
            scored = [(len(before(i) & asked), value) for i, value, m in stated if m == magnitude]
            best = max(scored, default=(0, ""), key=lambda pair: pair[0])
            if best[0] > 0:
                wrong.append((figure, best[1]))
        return tuple(wrong)

    def _miscounted(self) -> tuple[tuple[str, str], ...]:
        """Return (asserted figure, the fact's figure) where the question counts a thing the fact counts otherwise.

        "the Joint Vision has ten lines of effort?" against "eight lines of effort": 10, not 8.
        """
        asserted = self.query.counts
        if not asserted:
            return ()
        stated = self.scorer.counts(self.index)
        wrong = []
        for figure, nouns in asserted.items():
            if nouns & stated.get(figure, frozenset()):
                continue
            ours = sorted(value for value, counted in stated.items() if value != figure and nouns & counted)
            if not ours:
                # "8 state prefecture pairs" against "Four state-prefecture partnerships": one thing of the glossary
                # counted, in other words.
                asked = self.scorer.things_counted_in(self.query, self.fact.source.id).get(figure, frozenset())
                given = self.scorer.things_counted(self.index)
                if asked and not asked & given.get(figure, frozenset()):
                    ours = sorted(value for value, counted in given.items() if value != figure and asked & counted)
            if ours:
                wrong.append((figure, ours[0]))
        return tuple(wrong)

    @cached_property
    def counts_the_same_thing(self) -> bool:
        """Tell whether a figure of the question counts a glossary thing the fact counts too ("6 state prefecture
        partnerships" against "Four state-prefecture partnerships"): not just a word of it ("7 partnerships")."""
        asked = self.scorer.things_counted_in(self.query, self.fact.source.id)
        if not asked:
            return False
        given = frozenset().union(*self.scorer.things_counted(self.index).values())
        return any(things & given for things in asked.values())

    @cached_property
    def off_bounds(self) -> tuple[tuple[str, str, str | None], ...]:
        """Return (bound, side, the fact's figure or None) for each bound of the question the fact does not meet.

        "trade more than 20 billion?" is met by "US$ 22.85 billion"; "before 2010" is not by "in 2011"; "longer
        than 5 years" is met by "a 10-year plan". A fact giving no figure of the kind (None) cannot say either way.
        """
        off = []
        for bound, side, unit in self.query.bounds:
            values = self._bounded_values(bound, unit)
            try:
                limit = float(bound.replace(",", ""))
            except ValueError:
                continue
            met = [v for v in values if meets_bound(float(v.replace(",", "")), side, limit)]
            if not met:
                off.append((bound, side, values[0] if values else None))
        return tuple(off)

    def _bounded_values(self, bound: str, unit: str) -> list[str]:
        """Return the fact's figures a bound may be compared with: of its unit, its years for a year, its amounts."""
        tokens = self.scorer.answer_tokens(self.index)
        if unit:
            # "a 10-year plan", "20%", "20 per cent": the figures the fact gives in that unit.
            found = []
            for i, token in enumerate(tokens):
                if unit == "percent" and token.endswith("%") and _NUMERIC.fullmatch(token):
                    found.append(token[:-1])
                elif is_number(token) and _NUMERIC.fullmatch(token):
                    after = tokens[i + 1] if i + 1 < len(tokens) else ""
                    measured = self.scorer.index.lexicon.measure_units.get(after, after.rstrip("s"))
                    if measured == unit or (unit == "percent" and after in {"percent", "per"}):
                        found.append(token)
            return found
        if _DATE.fullmatch(bound):
            named = {u.token for u in self.query.units if u.named and u.kind == "concept"}
            own = [year for concept, year in self.profile.dates if concept in named]
            years = sorted(n for n in self.scorer.answer_numbers(self.index) if _YEAR.fullmatch(n))
            return own or years
        lexicon = self.scorer.index.lexicon
        plain = lexicon.ignored | lexicon.words("amount_words")
        measures = lexicon.words("measure_words")
        # Each figure with the words since the figure before it: "Japan's exports to India were worth US$ 17.69
        # billion ..., out of total bilateral trade of US$ 22.85 billion" gives 17.69 the exports, 22.85 the trade.
        contexts, since = [], 0
        for i, token in enumerate(tokens):
            if is_number(token) and not _DATE.fullmatch(token):
                after = tokens[i + 1] if i + 1 < len(tokens) else ""
                if _NUMERIC.fullmatch(token) and not token.endswith("%") and after not in measures:
                    contexts.append((token, {stem(w) for w in tokens[since:i] if w not in plain and not is_number(w)}))
                since = i + 1
        asked = {stem(w) for w in self.query.words if w not in plain}
        shared = [len(words & asked) for _v, words in contexts]
        best = max(shared, default=0)
        return [v for (v, _w), n in zip(contexts, shared, strict=True) if n == best]

    @cached_property
    def misdated(self) -> tuple[tuple[str, str, str], ...]:
        """Return the named things the question dates differently: (concept, asked year, stated year); the concept is
        "" for a thing the question names by plain words ("the pact on defence equipment transfer")."""
        query = self.query
        misdated = _misdated(query, self.profile, self.scorer.concept_years)
        if misdated and self._another_version(tuple(concept for concept, _asked, _stated in misdated)):
            # "the first joint declaration ... signed, 2008?" against "the 2025 Joint Declaration": the fact's
            # thing is not said to be the first, so its year says nothing against the first one's.
            return ()
        if not (query.yes_no or query.claims):
            # ("what did India and Japan establish in 2025?": asked, not claimed, the partners' year is no thing's
            # year to correct; "India and Japan concluded defence pacts in 2025?" claims the pacts' year, named by
            # plain words, which the partners' year stands for.)
            partners = self.scorer.partner_concepts
            misdated = tuple(w for w in misdated if w[0] not in partners)
        return misdated or self._dated_by_another()

    def _another_version(self, concepts: tuple[str, ...]) -> bool:
        """Tell whether the question picks a version of a thing it dates ("the first joint declaration", "the original
        CEPA") that the fact does not say its thing is: a word of ``version_qualifiers`` right before the thing's name
        (past the partners' names), not one said of the verb ("was CEPA first in force from 2012?")."""
        lexicon = self.scorer.index.lexicon
        versions = lexicon.words("version_qualifiers")
        if not any(not versions.isdisjoint(u.alternatives[-1]) for u in self.uncovered):
            return False
        tokens = tokenize(self.query.text)
        if "" in concepts:
            # A thing named by plain words ("the first defence pact"): a version word after a determiner says which.
            determiners = lexicon.words("determiners")
            if any(stem(w) in versions and i and tokens[i - 1] in determiners for i, w in enumerate(tokens)):
                return True
        partners = self.scorer.partner_stems
        starts = {start for start, _end, concept in self.scorer.index.glossary_spans(tokens) if concept in concepts}
        for start in starts:
            j = start - 1
            while j >= 0 and (tokens[j] in lexicon.ignored or stem(tokens[j]) in partners):
                j -= 1
            if j >= 0 and stem(tokens[j]) in versions:
                return True
        return False

    def _dated_by_another(self) -> tuple[tuple[str, str, str], ...]:
        """Return ("", asked year, stated year) when the question's one year is, in the fact, another thing's ("the
        2025 Joint Declaration", a name it does not ask about) and the fact gives the thing asked another year.

        "the pact on defence equipment transfer was signed in 2025" against "In 2015 India and Japan concluded pacts
        on defense equipment transfer ...; with the 2025 Joint Declaration ...": 2025 is the declaration's.
        """
        query = self.query
        asked = [n for n in query.numbers if _YEAR_NUMBER.fullmatch(n)]
        # (A follow-up's year may move the question to the other thing: "and in 2025?" after the 2015 pacts.)
        if len(asked) != 1 or query.dates or query.own_units or asked[0] not in self.profile.numbers:
            return ()
        year = asked[0]
        if year not in tokenize(query.text):
            return ()  # the year of an earlier question ("what's in it?" after "what is the 2025 declaration")
        if not any(
            DatedThingCheck.topic(u, self.scorer, words_too=True) for u in query.units if u not in self.uncovered
        ):
            return ()  # "what happened in 2025": nothing of the question's own a year could belong to
        asked_concepts = {t for u in query.units for alternative in u.alternatives for t in alternative}
        plain = {t for t in asked_concepts if not t.startswith("~") and not is_number(t)}

        def elsewhere(concept: str, words: frozenset[str]) -> bool:
            # Another thing: a name the question neither names nor shares a word with ("the 2025 joint declaration"
            # is the Joint Declaration on Security Cooperation by a shorter name), or shares one word with while
            # naming its own thing by more ("security pacts on defence equipment transfer": only "security").
            shared = words & asked_concepts
            return (
                bool(concept)
                and concept not in asked_concepts
                and (not shared or (len(shared) == 1 and len(plain - words) >= 3))
            )

        held = self.scorer.years_and_holders(self.index)
        mine = [(concept, words) for stated, concept, words in held if stated == year]
        if not mine or not all(elsewhere(concept, words) for concept, words in mine):
            return ()
        others = {stated for stated, concept, words in held if stated != year and not elsewhere(concept, words)}
        return (("", year, next(iter(others))),) if len(others) == 1 else ()


@quick_init
@dataclass(frozen=True)
class Verdict:
    """One check's judgement of a candidate."""

    check: str
    ok: bool
    reason: str = ""


#: Each check's passing verdict, made once: a question judges a dozen candidates by some thirty checks each, and
#: most checks pass (a verdict says nothing more than its check's name when it does).
_PASSED: dict[str, Verdict] = {}


def _passed(check: str) -> Verdict:
    """Return the verdict of a check that passed."""
    found = _PASSED.get(check)
    if found is None:
        found = _PASSED[check] = Verdict(check, True)
    return found


class Check(Protocol):
    """A rule a candidate must pass to be given as the answer."""

    name: str

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""


_R = TypeVar("_R")


def things_counted(tokens: Sequence[str], index: FactIndex, article: str) -> Mapping[str, frozenset[str]]:
    """Return the glossary things each figure of a text counts: a term starting right after it ("4 state-prefecture
    partnerships", "8 state prefecture pairs"), or after one word of more ("two more pacts")."""
    lexicon = index.lexicon
    spans = index.glossary_spans(tokens, article)
    if not spans:
        return {}
    values = lexicon.number_values
    modifiers = lexicon.words("count_modifiers")
    # "23 billion dollars": a sum, not a count of things ("5 saal" against "a 10-year plan" is a span counted).
    measures = lexicon.magnitude_powers.keys() | lexicon.words("currency_words")
    starting: dict[int, set[str]] = {}
    for begin, _end, concept in spans:
        starting.setdefault(begin, set()).add(concept)
    found: dict[str, set[str]] = {}
    for i, token in enumerate(tokens):
        value = values.get(token, token)
        if not is_number(value) or is_year(value) or (i + 1 < len(tokens) and tokens[i + 1] in measures):
            continue  # "the 2015 pacts": a year names them, it counts nothing
        start = i + 2 if i + 1 < len(tokens) and tokens[i + 1] in modifiers else i + 1
        found.setdefault(value, set()).update(starting.get(start, ()))
    return {value: frozenset(concepts) for value, concepts in found.items() if concepts}


def per_fact(read: Callable[[Scorer, int], _R]) -> Callable[[Scorer, int], _R]:
    """Read something of one fact (its answer's words, names, figures ...) once per scorer: a base never changes."""
    name = read.__name__

    @functools.wraps(read)
    def once(scorer: Scorer, position: int) -> _R:
        memo = scorer._read.setdefault(name, {})
        if position not in memo:
            memo[position] = read(scorer, position)
        found: _R = memo[position]
        return found

    return once


@dataclass(frozen=True)
class ScoringPlan:
    """What scoring reads of a question for every candidate (``Scorer.plan``)."""

    query: Query
    #: What it was made with (``INTENT_SATISFIERS``, the scorer's thresholds).
    satisfiers: Mapping[Intent, Callable[[Query, FactProfile], bool]]
    thresholds: Thresholds
    #: The kinds of answer asked (in order of their value), each with how a fact gives it.
    intents: tuple[tuple[Intent, Callable[[Query, FactProfile], bool]], ...]
    #: The kinds asked that a figure answers.
    figures: frozenset[Intent]
    #: Whether a "how many" question names what it counts.
    counts: bool
    #: What the kind of answer asked weighs, and the whole the coverage is a share of.
    intent_weight: float
    whole: float
    #: The units that are lone words, and the units that are glossary terms with where they stand among the units.
    lone: tuple[Unit, ...]
    concepts: tuple[tuple[int, Unit], ...]


class Scorer:
    """Score candidates: weighted coverage of the question's units, the asked kind, and phrasing similarity."""

    def __init__(self, index: FactIndex) -> None:
        self.index = index
        self.thresholds = index.thresholds
        #: What has been read of each fact's answer, by reading (``per_fact``) and fact position.
        self._read: dict[str, dict[int, Any]] = {}
        self._example_cues = [tuple(p.split()) for p in index.lexicon.words("example_cues")]
        #: The last word of each example cue: a cue can only end at one of them ("such as", "including"), so the
        #: other words of an answer are passed over without a slice per cue (None: a cue of no words ends anywhere).
        self._example_cue_lasts: frozenset[str] | None = (
            frozenset(c[-1] for c in self._example_cues) if all(self._example_cues) else None
        )
        #: "what is", "explain", "kya hai": the openings and endings of a question asking what a thing is.
        self.definition_cues = [p.split() for p in index.lexicon.words("definition_cues")]
        self._last_event_units: tuple[Query, tuple[tuple[Unit, frozenset[str]], ...]] | None = None
        self._last_plan: ScoringPlan | None = None
        self._last_unknown_names: (
            tuple[Query, tuple[tuple[tuple[str, ...], tuple[frozenset[str], ...]], ...]] | None
        ) = None
        self._pairing_stems = frozenset(stem(w) for w in index.lexicon.words("pairing_nouns"))
        self._last_things_counted: tuple[Query, str, Mapping[str, frozenset[str]]] | None = None
        #: The stems of the words a figure measures a span or a size in ("year", "month", "km").
        self.measure_stems = frozenset(stem(w) for w in index.lexicon.words("measure_words"))
        #: The stem of each word of a cue of several words, with the attribute it asks ("doubl": double).
        self.cue_stems = {
            stem(word): attribute
            for phrase, attribute in index.lexicon.attribute_cues.items()
            if " " in phrase
            for word in phrase.split()
            if word not in index.lexicon.ignored and word != "*"
        }
        #: The owners a question gives things: read once per question, not once per candidate it is set against.
        self._owners_read: BoundedMemo[str, frozenset[tuple[str, str]]] = BoundedMemo(self.thresholds.read_cache_size)

    @per_fact
    def answer_tokens(self, position: int) -> list[str]:
        """Return the words of a fact's answer, as the member reads it."""
        return tokenize(self.index.facts[position].fact.answer)

    def said_only_within(self, position: int, word: str, concepts: frozenset[str]) -> bool:
        """Tell whether a fact's answer has a word (a stem) and has it only within the names of these glossary
        terms."""
        tokens = self.answer_tokens(position)
        found = [i for i, t in enumerate(tokens) if stem(t) == word]
        if not found:
            return False
        inside = [(start, end) for start, end, concept in self.answer_spans(position) if concept in concepts]
        return all(any(start <= i < end for start, end in inside) for i in found)

    @per_fact
    def thing_name_stems(self, position: int) -> frozenset[str]:
        """Return the stems of the words a fact's answer capitalises inside a sentence, but for names of places and
        bodies of the world: the words of the things it names (a programme, a grouping, a project)."""
        answer = self.index.facts[position].fact.answer
        found: set[str] = set()
        for match in _ANSWER_WORDS.finditer(answer):
            if not said_as_a_word(answer, match.start()):
                found.update(stem(part) for part in tokenize(match.group(0)))
        if not found:
            return frozenset()
        tokens = self.answer_tokens(position)
        places = {stem(t) for m in self.index.gazetteer.find(tokens) for t in tokens[m.start : m.end]}
        return frozenset(found - places)

    def names_beyond(self, position: int, query: Query) -> bool:
        """Tell whether a fact's answer names a thing the question does not (the partners are named by all; a place
        or a body answers an asked kind, not "which technology")."""
        bags = self.index.glossary.bags
        known = {stem(w) for w in query.words} | self.partner_stems
        for unit in query.units:
            if unit.kind == "concept":
                # A bag's words may carry their sense ("industri#industrial"): the word is what a text has.
                known |= {w.split("#", 1)[0] for w in bags.get(unit.token, frozenset())}
        return not self.thing_name_stems(position) <= known

    @per_fact
    def kinds_called(self, position: int) -> frozenset[str]:
        """Return the kinds a fact's answer calls a name by ("the state of Gujarat", "Ehime Prefecture").

        A kind word counts only beside a capitalised word: "any one country" names no country.
        """
        words = _ANSWER_WORDS.findall(self.index.facts[position].fact.answer)
        types = self.index.lexicon.asked_types
        kinds = set()
        for i, word in enumerate(words):
            kind = types.get(word.casefold())
            if kind is None:
                continue
            near = words[max(0, i - 1) : i] + words[i + 1 : i + 3]
            if any(w[0].isupper() and w.casefold() not in types for w in near):
                kinds.add(kind)
        return frozenset(kinds)

    @per_fact
    def answer_names(self, position: int) -> frozenset[tuple[str, str]]:
        """Return (name, kind) of every name of the world a fact's answer mentions."""
        mentions = self.index.gazetteer.find(self.answer_tokens(position))
        return frozenset((m.canonical, m.kind) for m in mentions)

    def mention_starts(self, position: int, name: str) -> tuple[int, ...]:
        """Return where a fact's answer names a place of the world (by its canonical name)."""
        return tuple(start for canonical, start in self.answer_mentions(position) if canonical == name)

    @per_fact
    def contents_head(self, position: int) -> frozenset[str] | None:
        """Return the stems and glossary terms of what a fact's answer gives the contents of: its words before it
        says what something contains ("Security ties" in "Security ties rest on ..."); None without such words."""
        sourced = self.index.facts[position]
        start = contents_start(sourced.fact.answer)
        if start is None:
            return None
        tokens = tokenize(sourced.fact.answer[:start])
        spans = self.index.glossary_spans(tokens, sourced.source.id)
        return frozenset(stem(t) for t in tokens) | {concept for _s, _e, concept in spans}

    @per_fact
    def answer_mentions(self, position: int) -> tuple[tuple[str, int], ...]:
        """Return (canonical name, first token) of every name of the world in a fact's answer, in order."""
        return tuple((m.canonical, m.start) for m in self.index.gazetteer.find(self.answer_tokens(position)))

    @per_fact
    def answer_spans(self, position: int) -> list[tuple[int, int, str]]:
        """Return the glossary terms of a fact's answer as (start, end, concept)."""
        return self.index.glossary_spans(self.answer_tokens(position), self.index.facts[position].source.id)

    def lists_beside(self, position: int, inner: frozenset[str], outer: frozenset[str]) -> bool:
        """Tell whether a fact's answer names ``outer`` and, further on, ``inner`` as two items of one list.

        "delivered the Joint Vision, an Economic Security Initiative and a space agreement on Chandrayaan 5":
        Chandrayaan 5 stands beside the initiative. "the initiative includes semiconductors, ... telecom": inside.
        """
        tokens = self.answer_tokens(position)
        spans = self.answer_spans(position)
        stems = [stem(t) for t in tokens]

        words = self.index.glossary.label_words

        def places(things: frozenset[str]) -> list[tuple[int, int]]:
            # A name inside a longer one counts ("AI" in "an AI initiative").
            wanted = [set(words[t]) for t in things if t in words]
            found = [(a, b) for a, b, c in spans if c in things or any(w <= set(words.get(c, ())) for w in wanted)]
            return found + [(i, i + 1) for i, w in enumerate(stems) if w in things]

        lexicon = self.index.lexicon
        cues, joiners = lexicon.words("containment_cues"), lexicon.words("list_joiners")
        named = self.index.glossary.named
        for _a, outer_end in places(outer):
            for inner_start, _b in places(inner):
                if inner_start < outer_end:
                    continue
                between = tokens[outer_end:inner_start]
                cue = next((i for i, t in enumerate(between) if t in cues), len(between))
                # "the Comprehensive Economic Partnership Agreement (CEPA) includes ...": the outer thing named again
                # is no other item beside it.
                others = [
                    a
                    for a, b, c in spans
                    if c in named and outer_end <= a and b <= inner_start and c not in inner and c not in outer
                ]
                joined = next((i for i, t in enumerate(between) if t in joiners), len(between))
                if min(joined, min((a - outer_end for a in others), default=len(between))) < cue:
                    return True
        return False

    def names_a_doer(self, position: int, action: str) -> bool:
        """Tell whether a fact's answer says who does an action it names: a name or a title shortly before it.

        "India's Prime Minister visited Japan" says who visited; "The visit delivered the India-Japan Joint
        Vision ..." names the visit but no visitor. An answer not naming the action is not judged here.
        """
        tokens = self.answer_tokens(position)
        at = [i for i, token in enumerate(tokens) if token.isalpha() and stem(token) == action]
        if not at:
            return True
        lexicon = self.index.lexicon
        roles = lexicon.words("person_roles")
        # A name inside a thing's name ("the India-Japan Industrial Competitiveness Partnership") does nothing.
        partners, named = self.partner_concepts, self.index.glossary.named
        inside = {i for a, b, c in self.answer_spans(position) if c in named and c not in partners for i in range(a, b)}
        mentions = self.index.gazetteer.find(tokens)
        ends = {m.end for m in mentions if m.kind in {"country", "organisation", "person"} and m.start not in inside}
        reach = self.thresholds.role_reach
        passive, agents = lexicon.words("passive_auxiliaries"), lexicon.words("agent_prepositions")
        starts = {m.start for m in mentions if m.start not in inside}
        for i in at:
            # "ties were upgraded" is passive; "Japan is developing it" is not.
            if i and tokens[i - 1] in passive and not tokens[i].endswith("ing"):
                # "India-Japan ties were upgraded" names what was upgraded; only "... by X" names who did it.
                by = next((j for j in range(i + 1, min(len(tokens), i + 1 + reach)) if tokens[j] in agents), None)
                if by is not None and (
                    any(t in roles for t in tokens[by + 1 : by + 1 + reach])
                    or any(by < start <= by + reach for start in starts)
                ):
                    return True
                continue
            if any(t in roles for t in tokens[max(0, i - reach) : i]) or any(i - reach <= end <= i for end in ends):
                return True
        return False

    @per_fact
    def years_and_holders(self, position: int) -> tuple[tuple[str, str, frozenset[str]], ...]:
        """Return each year a fact's answer writes with the named thing right after it that holds it ("the 2025 Joint
        Declaration ..."): (year, concept, the name's stems); the concept is "" when no name follows."""
        tokens = self.answer_tokens(position)
        index = self.index
        names = {
            start: (end, concept)
            for start, end, concept in index.glossary_spans(tokens)
            if concept in index.glossary.named and concept not in self.partner_concepts
        }
        found = []
        for i, token in enumerate(tokens):
            if _YEAR_NUMBER.fullmatch(token):
                end, concept = names.get(i + 1, (i + 1, ""))
                found.append((token, concept, frozenset(stem(w) for w in tokens[i + 1 : end])))
        return tuple(found)

    @per_fact
    def answer_stems(self, position: int) -> frozenset[str]:
        """Return the stems of a fact's answer's words."""
        return frozenset(stem(t) for t in self.answer_tokens(position))

    @per_fact
    def answer_subject(self, position: int) -> frozenset[str]:
        """Return the stems of what a fact's answer opens on: its words before the first verb of being or having."""
        verbs = self.index.lexicon.words("opening_verbs")
        tokens = self.answer_tokens(position)
        end = next((i for i, t in enumerate(tokens) if t in verbs), min(len(tokens), 12))
        return frozenset(stem(t) for t in tokens[:end])

    def acts_in(self, position: int, doer: str) -> bool:
        """Tell whether a fact's answer names a doer where it may act: an office ("role:pm") by its title, a name
        written as itself, not only as a describing word ("Chinese assertiveness") or after a preposition ("to
        counter China")."""
        tokens = self.answer_tokens(position)
        lexicon = self.index.lexicon
        if doer.startswith("role:"):
            # The office's own title ("the PM": "Prime Minister"), not any ("ministers" of the 2+2).
            title = doer.removeprefix("role:").split()[-1]
            return bool(phrase_spans(tokens, frozenset({title}) | lexicon.words("office_titles_" + title)))
        # A name inside a longer name of a thing ("the Asia-Africa Growth Corridor") does nothing; the name's own
        # entry ("Australia") is the name itself.
        partners, named = self.partner_concepts, self.index.glossary.named
        spans = [(a, b) for a, b, c in self.answer_spans(position) if c in named and c not in partners]
        mentions = [m for m in self.index.gazetteer.find(tokens) if not inside_a_longer_name(m, spans)]
        ends = {m.end: m.start for m in mentions}
        # ("by" names the doer of a passive; "with" one who acts along: "India and Japan team up with Australia".)
        objects = lexicon.words("object_prepositions") | lexicon.words("trailing_prepositions")
        objects -= lexicon.words("agent_prepositions") | lexicon.words("comitative_prepositions")
        listing = lexicon.words("list_joiners") | {",", "the"}
        for m in mentions:
            if m.canonical != doer or m.demonym:
                continue
            i = m.start - 1
            # Back over the list the name stands in to what governs it.
            while i >= 0 and (tokens[i] in listing or i + 1 in ends):
                i = ends[i + 1] - 1 if i + 1 in ends else i - 1
            # ("team up with Australia" acts along; "relations with the US" names the other side of ties.)
            ties = i > 0 and tokens[i] in lexicon.words("comitative_prepositions")
            if ties and tokens[i - 1] in lexicon.words("pair_relation_words"):
                continue
            if i < 0 or tokens[i] not in objects:
                return True
        return False

    @per_fact
    def solo_partners(self, position: int) -> frozenset[str]:
        """Return the names a fact's answer gives on their own: not a partner written as one with the other
        ("India-Japan bilateral trade"), which names the pair's thing, not either one's part."""
        tokens = self.answer_tokens(position)
        mentions = self.index.gazetteer.find(tokens)
        partners = self.index.partners
        solo = set()
        for m in mentions:
            others = [o for o in mentions if o.canonical in partners and o.canonical != m.canonical]
            # Written as one ("India-Japan"), or "between India and Japan": the pair's thing. "India and Japan are
            # committed ..." says each is.
            paired = any(o.start == m.end or m.start == o.end for o in others)
            paired = paired or any(self._between(tokens, *sorted((m, o), key=lambda x: x.start)) for o in others)
            if not (m.canonical in partners and paired):
                solo.add(m.canonical)
        return frozenset(solo)

    def _between(self, tokens: Sequence[str], first: Mention, second: Mention) -> bool:
        """Tell whether two names are written as a pair: "between India and Japan"."""
        lexicon = self.index.lexicon
        return (
            second.start == first.end + 1
            and tokens[first.end] in lexicon.words("list_joiners")
            and first.start > 0
            and tokens[first.start - 1] in lexicon.words("pair_prepositions")
        )

    @per_fact
    def own_words(self, position: int) -> frozenset[str]:
        """Return the stems and glossary labels of a fact's own texts: answer, question, phrasings and keywords."""
        index, sourced = self.index, self.index.facts[position]
        fact = sourced.fact
        found: set[str] = set()
        for text in (fact.answer, fact.question, *fact.phrasings, *fact.keywords):
            tokens = tokenize(text)
            found.update(stem(t) for t in tokens)
            found.update(index.glossary.labels[c] for _a, _b, c in index.glossary_spans(tokens, sourced.source.id))
        return frozenset(found)

    def subject_things(self, position: int) -> frozenset[str]:
        """Return the glossary's named things a fact is about ("IJICP"), without places and the partners: those are
        many facts' setting, not what one fact is about."""
        partners = self.partner_concepts
        return frozenset(c for c in self.subjects(position) if not c.startswith(ENTITY_PREFIX) and c not in partners)

    @per_fact
    def subjects(self, position: int) -> frozenset[str]:
        """Return the named things a fact is about: the glossary names and places its own question names.

        (Its keywords may list every name of a list it gives, which the fact is not about one by one.)
        """
        index, sourced = self.index, self.index.facts[position]
        found = {c for c in self.question_concepts(position) if c in index.glossary.named}
        found.update(ENTITY_PREFIX + m.canonical for m in index.gazetteer.find(tokenize(sourced.fact.question)))
        return frozenset(found)

    @per_fact
    def names_asked_alone(self, position: int) -> frozenset[str]:
        """Return the named things a fact's phrasings ask about alone, one or several ("jimex", "dharma guardian")."""
        return frozenset(concept for concept, _words in self._asked_alone(position))

    @per_fact
    def defined_spans(self, position: int) -> tuple[tuple[str, frozenset[str]], ...]:
        """Return the named things a fact defines, with their stems: those a phrasing asks about alone ("g4",
        "what is G4", "chandrayaan 5").

        A fact that answers a name asked on its own is about that name, whatever else its answer says.
        """
        found = self._asked_alone(position)
        # A fact asked for each of several names ("jimex", "dharma guardian") lists them: it is about none alone.
        return found if len({concept for concept, _words in found}) == 1 else ()

    def _asked_alone(self, position: int) -> tuple[tuple[str, frozenset[str]], ...]:
        """Return each named thing a phrasing of a fact asks about on its own, with its stems."""
        index, sourced = self.index, self.index.facts[position]
        ignored = index.lexicon.ignored
        found: dict[tuple[str, frozenset[str]], None] = {}
        for phrasing in sourced.fact.alternatives:
            words = tokenize(phrasing)
            for cue in self.definition_cues:
                if words[: len(cue)] == cue:
                    words = words[len(cue) :]
                elif len(words) > len(cue) and words[-len(cue) :] == cue:
                    words = words[: -len(cue)]
            content = [i for i, w in enumerate(words) if w not in ignored]
            spans = index.glossary_spans(words, sourced.source.id)
            if len(spans) != 1 or not content:
                continue
            start, end, concept = spans[0]
            if start <= content[0] and end > content[-1] and concept in index.glossary.named:
                found[concept, frozenset(stem(w) for w in words[start:end])] = None
        return tuple(found)

    @per_fact
    def question_concepts(self, position: int) -> frozenset[str]:
        """Return the glossary concepts a fact's own question names (named or not: "space cooperation")."""
        sourced = self.index.facts[position]
        return frozenset(
            c for _a, _b, c in self.index.glossary_spans(tokenize(sourced.fact.question), sourced.source.id)
        )

    @per_fact
    def answer_things(self, position: int) -> frozenset[str]:
        """Return the named things a fact's answer names: glossary names and places, not the partners'."""
        named, partners = self.index.glossary.named, self.partner_concepts
        found = {c for _a, _b, c in self.answer_spans(position) if c in named and c not in partners}
        found.update(ENTITY_PREFIX + n for n, _kind in self.answer_names(position) if n not in self.index.partners)
        return frozenset(found)

    @per_fact
    def mentioned_aside(self, position: int) -> frozenset[str]:
        """Return the named things a fact gives only as examples ("such as JIMEX and Dharma Guardian").

        A name given as an example of a kind is named, not described: "what is JIMEX" is not answered by it.
        """
        return self.aside_of(position, {c for _s, _e, c in self.answer_spans(position)})

    def aside_of(self, position: int, concepts: set[str]) -> frozenset[str]:
        """Return which of ``concepts`` a fact names only aside (see ``mentioned_aside``), with the fact read only as
        far as these need (what its phrasings describe is read only for a name it gives as no example
        and its own question does not name)."""
        named, partner = self.index.glossary.named, self.partner_concepts
        present = {c for _s, _e, c in self.answer_spans(position) if c in concepts and c in named and c not in partner}
        if not present:
            return frozenset()
        examples = self.example_names(position)
        found = {c for c in present if c in examples}
        rest = present - found - self.question_concepts(position)
        if rest:
            found |= rest - self.described_names(position)
        return frozenset(found)

    @per_fact
    def example_names(self, position: int) -> frozenset[str]:
        """Return the glossary terms a fact's answer gives as examples: right after a cue ("such as", "including")."""
        tokens = self.answer_tokens(position)
        lasts = self._example_cue_lasts
        cues = [
            end
            for end in range(1, len(tokens) + 1)
            if (lasts is None or tokens[end - 1] in lasts) and self._example_cue_ends(tokens, end)
        ]
        reach = self.thresholds.example_reach
        return frozenset(
            c for start, _e, c in self.answer_spans(position) if any(0 <= start - cue < reach for cue in cues)
        )

    @per_fact
    def described_names(self, position: int) -> frozenset[str]:
        """Return the named things a fact says what they are: those its phrasings ask about alone or as "what is
        X", and those its answer opens on.

        Its own question may name a thing only to qualify another: "UNSC" in "do India and Japan back each other's
        bid for a permanent UNSC seat?" is not what that fact describes ("what is UNSC" is not answered by it).
        """
        index, sourced = self.index, self.index.facts[position]
        about = {c for c, _w in self.defined_spans(position)}
        about |= {c for start, _e, c in self.answer_spans(position) if start < self.thresholds.subject_reach}
        for phrasing in sourced.fact.alternatives:
            words = tokenize(phrasing)
            if _framed_by(words, self.definition_cues):
                about |= {c for _s, _e, c in index.glossary_spans(words, sourced.source.id)}
        return frozenset(about)

    @per_fact
    def list_item_stems(self, position: int) -> tuple[frozenset[str], ...]:
        """Return the stems of each item of the list a fact's answer gives ("... include A, B and C"), or ()."""
        index = self.index
        items = items_of(index.facts[position].fact)
        # (A hyphenated name, "State-Prefecture Engagements", holds each of its words.)
        return tuple(frozenset(index.senses.token(w) for w in tokenize(item.replace("-", " "))) for item in items)

    @per_fact
    def quoted_stems(self, position: int) -> tuple[frozenset[str], ...]:
        """Return the stems of each name a fact's answer quotes after its subject ('works under India's "Act East
        Policy"'): a name cited, not the thing the fact describes."""
        index = self.index
        answer = index.facts[position].fact.answer
        found = []
        for quoted in _QUOTED.finditer(answer):
            if len(tokenize(answer[: quoted.start()])) >= self.thresholds.subject_reach:
                found.append(frozenset(index.senses.token(w) for w in tokenize(quoted.group(1).replace("-", " "))))
        return tuple(found)

    def _example_cue_ends(self, tokens: Sequence[str], end: int) -> bool:
        return any(tuple(tokens[max(0, end - len(c)) : end]) == c for c in self._example_cues)

    @per_fact
    def spelled_numbers(self, position: int) -> frozenset[str]:
        """Return the figures a fact's answer writes in words ("Four partnerships": 4)."""
        values = self.index.lexicon.number_values
        return frozenset(values[t] for t in self.answer_tokens(position) if t in values)

    @per_fact
    def counts(self, position: int) -> Mapping[str, frozenset[str]]:
        """Return what each figure of a fact's answer counts: {"8": {"line"}} for "eight lines of effort"."""
        # Read when the index was compiled: a question giving a count weighs it for every candidate.
        return MappingProxyType(dict(self.index.profiles[position].counts))

    def things_counted_in(self, query: Query, article: str) -> Mapping[str, frozenset[str]]:
        """Return the glossary things each figure of a question counts, worked out once per query and article."""
        last = self._last_things_counted
        if last is not None and last[0] is query and last[1] == article:
            return last[2]
        found = things_counted(tokenize(query.text), self.index, article) if query.counts else {}
        self._last_things_counted = (query, article, found)
        return found

    @per_fact
    def things_counted(self, position: int) -> Mapping[str, frozenset[str]]:
        """Return the glossary things each figure of a fact's answer counts ("Four state-prefecture partnerships")."""
        sourced = self.index.facts[position]
        return things_counted(tokenize(sourced.fact.answer), self.index, sourced.source.id)

    @per_fact
    def counted_nouns(self, position: int) -> frozenset[str]:
        """Return the stems a fact's numbers count: the last word each qualifies, or a unit right after it.

        "Four state-prefecture partnerships were set up": partnerships (not prefectures); "a 10-year plan": year.
        """
        return frozenset().union(*self.counts(position).values())

    @per_fact
    def answer_numbers(self, position: int) -> frozenset[str]:
        """Return the figures a fact's answer writes (what the member reads, not its phrasings), names aside.

        The 5 of "Chandrayaan 5" is part of a name, not a figure the fact gives.
        """
        return numbers_beyond_names(
            self.answer_tokens(position), self.answer_spans(position), self.index.glossary.named
        )

    @per_fact
    def dated(self, position: int) -> tuple[tuple[tuple[int, bool], ...], tuple[tuple[int, str], ...]]:
        """Return where a fact's answer writes years (and whether each opens a name: "the 2015 pacts"), and
        where its glossary terms start; read once per fact."""
        tokens = self.answer_tokens(position)
        determiners = self.index.lexicon.words("determiners")
        years = tuple(
            (i, 0 < i < len(tokens) - 1 and tokens[i - 1] in determiners)
            for i, token in enumerate(tokens)
            if _YEAR.fullmatch(token)
        )
        spans = tuple((start, concept) for start, _end, concept in self.answer_spans(position)) if years else ()
        return years, spans

    @per_fact
    def figure_contexts(self, position: int) -> tuple[tuple[str, frozenset[str]], ...]:
        """Return each figure a fact's answer gives with the stems of the words just before it ("total trade of")."""
        return self._figure_windows(position, self.thresholds.figure_reach, to_the_figure_before=False)

    @per_fact
    def figure_spans(self, position: int) -> tuple[tuple[str, frozenset[str]], ...]:
        """Return each figure a fact's answer gives with the stems of the words before it back to the figure before,
        within twice ``figure_reach`` words: "Japan's exports to India were worth US$ 17.69" owns 17.69 to Japan's
        exports, further back than the words just before it."""
        return self._figure_windows(position, 2 * self.thresholds.figure_reach, to_the_figure_before=True)

    def _figure_windows(
        self, position: int, reach: int, to_the_figure_before: bool
    ) -> tuple[tuple[str, frozenset[str]], ...]:
        """Return each figure of a fact's answer (not a date) with the stems of up to ``reach`` words before it, not
        past the figure before when ``to_the_figure_before``."""
        tokens, ignored = self.answer_tokens(position), self.index.lexicon.ignored
        found = []
        last = -1
        for i, token in enumerate(tokens):
            if not is_number(token) or _DATE.fullmatch(token):
                continue
            start = max(last + 1 if to_the_figure_before else 0, i - reach)
            found.append((token, frozenset(stem(w) for w in tokens[start:i] if w not in ignored and not is_number(w))))
            last = i
        return tuple(found)

    def unknown_names(self, query: Query) -> tuple[tuple[tuple[str, ...], tuple[frozenset[str], ...]], ...]:
        """Return the names the question writes out that no name of the base holds, each with its words' keys.

        Worked out once per query, not once per candidate: the last query's are kept.
        """
        last = self._last_unknown_names
        if last is not None and last[0] is query:
            return last[1]
        glossary, heads = self.index.glossary, self.index.name_head_stems
        found = []
        for name in query.written_names:
            keys = tuple(glossary.word_keys(stem(t)) for t in name)
            if not glossary.knows_written(keys, stem(name[-1]) in heads, heads - {stem(name[-1])}):
                found.append((name, keys))
        self._last_unknown_names = (query, tuple(found))
        return self._last_unknown_names[1]

    @per_fact
    def text_keys(self, position: int) -> tuple[tuple[frozenset[str], ...], ...]:
        """Return the word keys (``Glossary.word_keys``) of each text of a fact, its function words left out."""
        fact, ignored, glossary = self.index.facts[position].fact, self.index.lexicon.ignored, self.index.glossary
        texts = (fact.answer, fact.question, fact.heading or "", *fact.alternatives, *fact.keywords)
        return tuple(tuple(glossary.word_keys(stem(t)) for t in tokenize(text) if t not in ignored) for text in texts)

    @per_fact
    def figure_owners(self, position: int) -> tuple[frozenset[str], ...]:
        """Return, for each figure a fact's answer gives, the stems of the words it may belong to: those just before
        it ("bilateral trade of US$ 22.85 billion") and those after it up to the clause's end ("a 10-year Harbour
        Plan and ...")."""
        tokens = self.answer_tokens(position)
        lexicon = self.index.lexicon
        ignored, joiners, reach = lexicon.ignored, lexicon.words("clause_joiners"), self.thresholds.figure_reach
        owners = []
        for i, token in enumerate(tokens):
            if not is_number(token) or _DATE.fullmatch(token):
                continue
            # (The reach counts every word: counted in content words it reached names a clause away.)
            after = list(itertools.takewhile(lambda w: w not in joiners, tokens[i + 1 : i + 1 + reach]))
            near = [*tokens[max(0, i - reach) : i], *after]
            owners.append(frozenset(stem(w) for w in near if w not in ignored and not is_number(w)))
        return tuple(owners)

    @per_fact
    def answer_categories(self, position: int) -> Mapping[tuple[str, str], str]:
        """Return, for each named thing of a fact's answer, the category word nearest before it, by set.

        "bilateral exercises such as JIMEX, and multilateral ones such as MALABAR": JIMEX is bilateral, MALABAR
        multilateral.
        """
        groups = self.index.lexicon.contrast_groups
        tokens = self.answer_tokens(position)
        if not groups or not any(t in groups for t in tokens):
            return MappingProxyType({})
        reach = self.thresholds.category_reach
        found: dict[tuple[str, str], str] = {}
        for start, _end, concept in self.answer_spans(position):
            for i in range(start - 1, max(-1, start - 1 - reach), -1):
                group = groups.get(tokens[i])
                if group is not None:
                    found.setdefault((concept, group), tokens[i])
                    break
        return MappingProxyType(found)

    @per_fact
    def answer_owners(self, position: int) -> frozenset[tuple[str, str]]:
        """Return the owners a fact's answer gives things ("India's Northeast", "India's industrial competitiveness":
        both words of a two-word thing)."""
        return self.owners(self.index.facts[position].fact.answer, two_words=True)

    def question_owners(self, text: str) -> frozenset[tuple[str, str]]:
        """Return the owners a question's text gives things (read once per question)."""
        return self._owners_read(text, self._owners_asked)

    def _owners_asked(self, text: str) -> frozenset[tuple[str, str]]:
        """Return the owners a question gives things, said before them or of them."""
        return self.owners(text) | self.predicated_owners(text)

    def predicated_owners(self, text: str) -> frozenset[tuple[str, str]]:
        """Return (owned thing, owner) for a name a question says is an owner's ("is Act East Policy Japan's policy?",
        "Act East Policy is Japan's, right?"), as "Japan's Act East Policy" gives it: the first word of the name and
        the glossary term it starts."""
        lexicon = self.index.lexicon
        verbs = lexicon.words("identity_verbs")
        found = _PREDICATED_OWNER.search(text.strip()) or _PREDICATED_DEMONYM.search(text.strip())
        if found is None:
            return frozenset()
        parts = found.groupdict()
        mark, copula = parts.get("mark") or "", parts.get("copula") or parts.get("copula_after") or ""
        before, owner, head = found.group("before"), found.group("owner"), (parts.get("head") or "").casefold()
        tag = (parts.get("tag") or "").casefold()
        tags = lexicon.words("confirm_tags") | lexicon.words("premise_tags")
        if head and head not in lexicon.words("name_heads") and head not in tags:
            return frozenset()
        if tag and tag not in tags:
            return frozenset()  # "... is Japan's policy right?" without its comma, but not "... Japan's policy too
        words = tokenize(before)
        asking = lexicon.words("question_starters") | lexicon.words("what_words") | lexicon.words("which_words")
        # ("kya act east policy japan ki hai?": "kya" opening a statement asks whether it is so.)
        asking -= lexicon.words("polar_openers") | lexicon.words("yes_no_starters")
        if not asking.isdisjoint(words) or not lexicon.words("amount_words").isdisjoint(words):
            return frozenset()  # "kitne exports hai india ke": a question, not a claim of whose they are
        negations = lexicon.words("negations")
        # "Act East Policy isn't Japan's, right?" (read "act east policy not t") says of the name whose it is not: the
        # owner is read all the same, the denial being the copula's.
        denied = False
        if len(words) > 2 and words[-1] == "t" and words[-2] in negations:
            words = words[:-1]  # the "t" of a contraction
        while len(words) > 1 and words[-1] in negations:
            words, denied = words[:-1], True
        if denied and words[-1] not in verbs:
            words = [*words, min(verbs)]
        if words and words[0] in verbs:
            thing = words[1:]  # "is Act East Policy Japan's ..."
        elif len(words) > 1 and words[-1] in verbs:
            thing = words[:-1]  # "Act East Policy is Japan's ..."
        elif copula and mark.strip():
            thing = words  # "act east policy japan ka hai na?": the copula comes last
        else:
            return frozenset()
        # The name as written from its first word that is not an article ("the vision of a free and open ...").
        thing = list(itertools.dropwhile(lambda w: w in lexicon.ignored, thing))
        content = [w for w in thing if w not in lexicon.ignored]
        mentions = self.index.gazetteer.find(tokenize(owner))
        if not mark and not (
            # "is the act east policy japanese?": an owner without a possessive mark only as a people's adjective.
            len(mentions) == 1 and mentions[0].demonym
        ):
            return frozenset()
        if (
            not content
            or len(content) > self.thresholds.max_owned_name_words
            or len(mentions) != 1
            or verbs & set(thing)
        ):
            return frozenset()
        canonical = mentions[0].canonical
        # The name's own term when the glossary has one ("the act east forum" is not the Act East Policy, though
        # both start with "act"); its first word only for a name the glossary does not hold.
        terms = {concept for start, _end, concept in self.index.glossary_spans(thing) if start == 0}
        return frozenset((owned, canonical) for owned in terms or {stem(thing[0])})

    def owners(self, text: str, two_words: bool = False) -> frozenset[tuple[str, str]]:
        """Return (owned word's stem, owner) for each "X's Y" in a text whose owner is a name of the world."""
        found = set()
        ignored = self.index.lexicon.ignored
        locatives = self.index.lexicon.words("locative_postpositions")
        for owner, owned, end in possessive_pairs(text):
            mentions = self.index.gazetteer.find(tokenize(owner))
            if len(mentions) != 1:
                continue
            following = tokenize(text[end:])[:2]
            if len(following) == 2 and following[1] in locatives and self.index.gazetteer.find(following[:1]):
                # "japan ka northeast india me kya role": the word names a part of a place ("northeast India") the
                # question is in, and the "ka" owns what comes later ("role").
                continue
            found.add((stem(owned.casefold()), mentions[0].canonical))
            # "Japan's PM" and "India's Prime Minister" own one thing: the glossary term the owned words start.
            found.update(
                (concept, mentions[0].canonical)
                for start, _end, concept in self.index.glossary_spans(tokenize(text[end - len(owned) :]))
                if start == 0
            )
            opening = end - len(owned) - 1
            if opening >= 0 and text[opening] in _QUOTES:
                # Japan's "Vision of a Free and Open Indo-Pacific": every term of a quoted name is the owner's.
                closing = min((i for q in _QUOTES if (i := text.find(q, end)) >= 0), default=-1)
                if closing > 0:
                    found.update(
                        (concept, mentions[0].canonical)
                        for _start, _end, concept in self.index.glossary_spans(tokenize(text[opening + 1 : closing]))
                    )
            after = _NEXT_WORD.match(text, end) if two_words else None
            if after is not None and after.group(1).casefold() not in ignored:
                found.add((stem(after.group(1).casefold()), mentions[0].canonical))
        # "Chinese assertiveness", "Russian assertiveness": a country's adjective owns the word after it too.
        tokens = tokenize(text)
        for mention in self.index.gazetteer.find(tokens):
            if mention.demonym and mention.end < len(tokens) and tokens[mention.end] not in ignored:
                found.add((stem(tokens[mention.end]), mention.canonical))
        return frozenset(found)

    def _asks_offices(self, query: Query) -> bool:
        """Tell whether a question asks about titles in the plural ("which ministers"): offices, not one person."""
        roles = self.index.lexicon.words("person_roles")
        return any(w.endswith("s") and w in roles and w[:-1] in roles for w in query.words)

    def _offices_answer(self, query: Query, position: int) -> bool:
        """Tell whether the offices a fact names answer a question about people in office: they do when the question
        names no office of them ("which ministers take part in the 2+2?"), not when it names one already ("who are the
        defence ministers?") or asks for the holders by name ("who are the ministers by name?")."""
        if not self.role_qualifiers(position) - query.words:
            return False
        # ("which ministers other than defence take part?", "who meets the defence ministers?", "foreign ministers ke
        # saath aur kaun?" name one office beside the others asked.)
        lexicon = self.index.lexicon
        beside = (
            lexicon.words("comitative_prepositions") | lexicon.words("other_words") | lexicon.words("symmetric_targets")
        )
        if self.office_words(position) & query.words and not query.set_aside and beside.isdisjoint(query.words):
            return False
        return not phrase_spans(tokenize(query.text), lexicon.words("person_name_cues"))

    def _asks_any_office(self, query: Query) -> bool:
        """Tell whether a question asks for a person by a word for any office ("which leader", "kaun neta")."""
        return not self.index.lexicon.words("general_roles").isdisjoint(query.words)

    @per_fact
    def answer_roles(self, position: int) -> frozenset[str]:
        """Return the words for offices a fact's answer names ("minister" of "India's Prime Minister")."""
        return frozenset(self.answer_tokens(position)) & self.index.lexicon.words("person_roles")

    @per_fact
    def role_qualifiers(self, position: int) -> frozenset[str]:
        """Return the words that qualify a person's title in a fact's answer ("defence" in "defence ministers")."""
        lexicon = self.index.lexicon
        roles, plain = lexicon.words("person_roles"), lexicon.ignored
        pairs = itertools.pairwise(self.answer_tokens(position))
        return frozenset(before for before, token in pairs if token in roles and before not in plain)

    @per_fact
    def office_words(self, position: int) -> frozenset[str]:
        """Return the words naming the offices in a fact's answer ("defence", "foreign", "affairs" of "the defence and
        foreign affairs ministers"): the words before a title, through "and", up to a word of no content."""
        lexicon = self.index.lexicon
        roles, plain, joining = lexicon.words("person_roles"), lexicon.ignored, lexicon.words("both_joiners")
        tokens = self.answer_tokens(position)
        found: set[str] = set()
        for i, token in enumerate(tokens):
            if token not in roles:
                continue
            j = i - 1
            while j >= 0 and tokens[j] not in roles and (tokens[j] not in plain or tokens[j] in joining):
                if tokens[j] not in plain:
                    found.add(tokens[j])
                j -= 1
        return frozenset(found)

    @per_fact
    def listed_names(self, position: int) -> frozenset[str]:
        """Return the named things a fact only lists: three or more list items that are each just a name.

        The partners' own names inside an item ("an India-Japan SMEs Forum") do not make it more than a name.
        """
        index, t = self.index, self.thresholds
        sourced = index.facts[position]
        named, partner = index.glossary.named, self.partner_concepts
        items: set[str] = set()
        count = 0
        for segment in LIST_ITEMS.split(sourced.fact.answer):
            tokens = tokenize(segment)
            spans = [s for s in index.glossary_spans(tokens, sourced.source.id) if s[2] in named]
            own = [s for s in spans if s[2] not in partner]
            extra = sum(end - start for start, end, _c in spans if _c in partner)
            if len(own) == 1 and len(tokens) - extra <= own[0][1] - own[0][0] + t.list_item_slack:
                items.add(own[0][2])
                count += 1
        return frozenset(items) if count >= t.list_min_items else frozenset()

    @functools.cached_property
    def credited_prefixes(self) -> frozenset[str] | None:
        """Return the tokens a fact is credited for when its answer has a negating prefix ("non"), or None when a
        prefix may be in an answer without its fact credited for it (then every answer is read for them)."""
        lexicon, token = self.index.lexicon, self.index.senses.token
        prefixes = lexicon.words("negating_prefixes")
        if self.thresholds.answer_credit > 0 and not prefixes & lexicon.ignored:
            return frozenset(token(prefix) for prefix in prefixes)
        return None

    def answer_may_name(self, profile: FactProfile, concepts: Iterable[str]) -> bool:
        """Tell whether a fact's answer may name any of these glossary terms, without reading it: a term its answer
        names earns the fact credit (``index``: every glossary term of every field), so a fact credited for none of
        them names none. (Read answers otherwise: with no credit for an answer's words, its terms earn none.)"""
        return self.thresholds.answer_credit <= 0 or not profile.credits.keys().isdisjoint(concepts)

    @functools.cached_property  # shared by every thread: computed once, under its lock
    def partner_stems(self) -> frozenset[str]:
        """Return the stems of the words of the article's partners' names ("india", "japan")."""
        return frozenset(stem(w) for partner in self.index.partners for w in tokenize(partner))

    @functools.cached_property  # shared by every thread: computed once, under its lock
    def scope_stems(self) -> tuple[frozenset[str], frozenset[str]]:
        """Return the stems of the words of a scope beyond the article's pair ("world"), and of those a fact says such
        a scope with ("world", "global")."""
        words = self.index.lexicon.words
        return (
            frozenset(stem(w) for w in words("scope_words")),
            frozenset(stem(w) for w in words("scope_cover_words")),
        )

    @functools.cached_property  # shared by every thread: computed once, under its lock
    def partner_concepts(self) -> frozenset[str]:
        """Return the glossary terms that only name the article's partners ("India-Japan")."""
        index = self.index
        partner_words = {w for partner in index.partners for w in tokenize(partner)}
        # Each label's words were read when the index was compiled (tokenising 30,000 labels here is slow).
        words_of = index.glossary.label_words
        return frozenset(
            concept
            for concept, label in index.glossary.labels.items()
            if (words := words_of.get(concept) or tuple(tokenize(label))) and partner_words.issuperset(words)
        )

    @functools.cached_property
    def concept_years(self) -> Mapping[str, str]:
        """Return the one year the whole base ties to each named thing ("the 2025 Joint Declaration").

        A fact that names a thing without its year ("Security ties rest on the Joint Declaration and the 2015
        pacts") still cannot confirm "the Joint Declaration of 2015" when another fact dates it 2025. Names of
        the article's own partners ("India-Japan") are no dated thing, and a thing dated two ways is left out.
        """
        # Gathered from every profile's dates when the index was compiled (reading 100,000 profiles here is slow);
        # only the things of one year are looked at (tens of thousands of sets are not made to count them).
        partners = self.partner_concepts
        return MappingProxyType(
            {
                concept: year
                for concept, year in single_members(self.index.concept_years).items()
                if concept not in partners
            }
        )

    def raw_coverage(self, query: Query) -> npt.NDArray[np.float32]:
        """Return every fact's weighted coverage of the query's units (before the detailed scoring)."""
        index = self.index
        total = np.zeros(index.size, dtype=np.float32)
        for unit in query.units:
            known = [a for a in unit.alternatives if all(token in index.postings for token in a)]
            if not known:
                continue  # a word the base never uses adds nothing anywhere (no array made to add its zeros)
            if len(known) == 1 and len(known[0]) == 1:
                # One word: its credits added where it has any are the same sums as every fact's (zero elsewhere)
                # added, without two arrays the size of the base made for it.
                facts, credits = index.postings[known[0][0]]
                total[facts] += np.float32(unit.weight) * credits
                continue
            best = np.zeros(index.size, dtype=np.float32)
            for alternative in known:
                credit = index.dense(alternative[0])
                for token in alternative[1:]:
                    np.minimum(credit, index.dense(token), out=credit)
                np.maximum(best, credit, out=best)
            total += np.float32(unit.weight) * best
        return total

    def score(self, query: Query, position: int, raw: float) -> Candidate:
        """Score one fact in detail."""
        t = self.thresholds
        profile = self.index.profiles[position]
        plan = self.plan(query)
        # Most questions ask no kind of answer: nothing to judge for each of their 16 candidates.
        unmet = tuple(i for i, satisfied in plan.intents if not satisfied(query, profile)) if plan.intents else ()
        if Intent.PERSON in unmet and self._asks_offices(query) and self._offices_answer(query, position):
            # "kaun kaun se ministers" against "the defence and foreign affairs ministers": the offices are the answer.
            unmet = tuple(i for i in unmet if i is not Intent.PERSON)
        elif Intent.PERSON in unmet and self._asks_any_office(query) and self.answer_roles(position) - query.words:
            # "which leader from india visited japan" against "India's Prime Minister visited Japan": asked by a word
            # for any office, the office the fact names is the answer.
            unmet = tuple(i for i in unmet if i is not Intent.PERSON)
        figures = plan.figures
        if figures and figures - set(unmet) and not profile.gives_figures:
            # "how many indians work in japan" is not answered by the 5 of "Chandrayaan 5": a name, not a figure.
            unmet = tuple(sorted({*unmet, *figures}, key=lambda i: i.value))
        elif plan.counts and Intent.COUNT not in unmet:
            # "how many prefectures does Japan have" is not answered by "four state-prefecture partnerships":
            # what a number counts is the word right after it or the last of the words it qualifies.
            counted, head, pairs = self.counted_nouns(position), query.counted[-1], self._pairing_stems
            # "how many state-prefecture pairs" counts the partnerships: the pairing words name one thing; and
            # "how many prefectures are paired" counts the pairs' prefectures ("four state-prefecture partnerships").
            if head not in counted and not (
                counted & pairs
                and (head in pairs or (head in self.answer_stems(position) and pairs & {stem(w) for w in query.words}))
            ):
                unmet = tuple(sorted({*unmet, Intent.COUNT}, key=lambda i: i.value))
        units, name_only = query.units, profile.name_only
        # A lone word the fact only has inside a name ("top speed" against "High Speed Rail") is not covered. (Most
        # facts have no such word: the units are not looked at for them.)
        # ("andhra" is the state the fact names as Andhra Pradesh: a short form of the name, not a word inside it;
        # "Asia" in "Asia-Africa Growth Corridor" is a word inside it.)
        name_bound = (
            [
                u
                for u in plan.lone
                if u.token in name_only
                and not any(
                    a[0][:1] == ENTITY_PREFIX and a[0] in profile.credits and a[0][1:].casefold() != u.label.casefold()
                    for a in u.alternatives[1:]
                )
            ]
            if name_only
            else []
        )
        for unit in name_bound:
            raw -= unit.weight * profile.credits.get(unit.token, 0.0)
        if query.section_pointer:
            raw += self._section_credit(query, position, profile)
        # Whether the fact covers each unit, looked up once (``_unit_covered``, inline: this runs for every unit of
        # every candidate of every question), and the units split by it.
        credits = profile.credits
        covers: list[bool] = []
        covered_units: list[Unit] = []
        uncovered_units: list[Unit] = []
        for unit in units:
            covered = False
            for alternative in unit.alternatives:
                for token in alternative:
                    if not credits.get(token, 0.0) > 0:
                        break
                else:
                    covered = True
                    break
            covers.append(covered)
            (covered_units if covered else uncovered_units).append(unit)
        same_event = self._same_event_units(query, position, profile)
        entities = profile.entities
        if entities and plan.concepts:
            # "US-led" in a fact is the United States, though its "us" is not read as a word there.
            same_event += tuple(u for i, u in plan.concepts if not covers[i] and u.label in entities)
        if same_event:
            raw += sum(u.weight for u in same_event)
        earned = plan.intent_weight if not unmet else 0.0
        coverage = round((raw + earned) / plan.whole, 4)
        # Equal units are covered alike, so this splits them as membership tests would; the tests are made only for
        # the few candidates with a unit bound to a name or standing for an event.
        if name_bound or same_event:
            covered_units, uncovered_units = [], []
            for u, c in zip(units, covers, strict=True):
                missed = (not c or u in name_bound) and u not in same_event
                (uncovered_units if missed else covered_units).append(u)
        similarity = 0.0
        if query.similarity_text and profile.phrasings:
            text = query.similarity_text
            # One call into rapidfuzz per scorer, not one per phrasing: this runs for every candidate.
            ratio = process.extractOne(text, profile.phrasings, scorer=fuzz.ratio)
            sort_ratio = process.extractOne(text, profile.phrasings, scorer=fuzz.token_sort_ratio)
            similarity = max(ratio[1] if ratio else 0.0, sort_ratio[1] if sort_ratio else 0.0) / 100.0
        score = (1 - t.phrasing_weight) * coverage + t.phrasing_weight * similarity
        return Candidate(
            position,
            self.index.base.fact_id_at(position),
            profile,
            coverage,  # (already rounded to four places: rounding it again gives it back)
            similarity,
            round(score, 4),
            tuple(covered_units),
            tuple(uncovered_units),
            unmet,
            query,  # (the query, the scorer and the raw coverage, given in the fields' order)
            self,
            raw,
        )

    def plan(self, query: Query) -> ScoringPlan:
        """Return what scoring reads of a question for each of its candidates, worked out once per question: the
        last question's is kept (its candidates are scored one after the other), while the intents' satisfiers and
        the thresholds it was made with are still the ones in use."""
        last, satisfiers, t = self._last_plan, INTENT_SATISFIERS, self.thresholds
        if last is not None and last.query is query and last.satisfiers is satisfiers and last.thresholds is t:
            return last
        never: Callable[[Query, FactProfile], bool] = lambda _q, _p: False  # noqa: E731
        intent_weight = self.thresholds.intent_weight if query.intents else 0.0
        made = ScoringPlan(
            query,
            satisfiers,
            self.thresholds,
            tuple((i, satisfiers.get(i, never)) for i in sorted(query.intents, key=lambda i: i.value)),
            _FIGURE_INTENTS & query.intents if query.intents else _NO_INTENTS,
            Intent.COUNT in query.intents and bool(query.counted),
            intent_weight,
            max(query.unit_weight + intent_weight, 1e-9),
            tuple(u for u in query.units if u.lone),
            tuple((i, u) for i, u in enumerate(query.units) if u.kind == "concept"),
        )
        self._last_plan = made
        return made

    def _section_credit(self, query: Query, position: int, profile: FactProfile) -> float:
        """Return the weight a question pointing at a part of the article ("acc to the conclusion") earns from a
        fact of that part beyond what its section title already gave (titles are only context otherwise)."""
        title = self.section_tokens(position)
        extra = 0.0
        for unit in query.units:
            if not any(alternative and set(alternative) <= title for alternative in unit.alternatives):
                continue
            credit = max((min(profile.credits.get(t, 0.0) for t in a) for a in unit.alternatives if a), default=0.0)
            extra += unit.weight * max(0.0, 1.0 - credit)
        return extra

    @per_fact
    def section_tokens(self, position: int) -> frozenset[str]:
        """Return the stems and glossary terms of a fact's section title."""
        sourced = self.index.facts[position]
        tokens = tokenize(sourced.section.title)
        concepts = {concept for _s, _e, concept in self.index.glossary_spans(tokens, sourced.source.id)}
        return frozenset(content_stems(sourced.section.title)) | concepts

    def _same_event_units(self, query: Query, position: int, profile: FactProfile) -> tuple[Unit, ...]:
        """Return the event words of a question that the fact's own event answers ("set up" / "launched").

        The date or the doer of a start is that of a start however it is worded ("was made", "established");
        another kind of event is not (see ``Candidate.other_event``). Read for questions that date an event,
        give it a year or ask who did it.
        """
        if not query.event_words:
            return ()
        # Only a unit the fact leaves uncovered whose words name an event can be one: the fact's answer is read for
        # its events (tokenised, on a fact's first question) only when the fact leaves such a unit out.
        open_units = [(u, kinds) for u, kinds in self.event_units(query) if not _unit_covered(u, profile)]
        if not open_units:
            return ()
        given = profile.events
        if not given:
            return ()
        # "when did the SSGP start" against "ties were upgraded to a SSGP in 2014": what ties are raised to begins
        # then (as ``Candidate.other_event`` reads it).
        raised = "upgrade" in given and any("start" in kinds for _u, kinds in open_units)
        if raised and self.raised_to_asked(query, position, named_only=True):
            given = given | {"start"}
        return tuple(u for u, kinds in open_units if kinds & given)

    def raised_to_asked(self, query: Query, position: int, named_only: bool = False) -> bool:
        """Tell whether a named thing the question asks about is what the fact's answer says something was raised to
        (a glossary term within a few words after "upgraded to"); with ``named_only``, only when the question names
        it, not when its words are some of the term's ("Global Partnership" of the "... and Global Partnership")."""
        partners = self.partner_concepts
        lexicon = self.index.lexicon
        # What the question asks about: its things, not the partners or the event ("strategic partnership start").
        things = [
            u
            for u in query.units
            if u.kind in {"concept", "word"}
            and u.token not in partners
            and not event_kinds(u.label.casefold().split(), lexicon)
        ]
        if not things:
            return False
        tokens = self.answer_tokens(position)
        raised = [i for i, t in enumerate(tokens) if event_kinds((t,), lexicon) == {"upgrade"}]
        reach = self.index.thresholds.date_reach
        bags = self.index.glossary.bags
        for start, _end, concept in self.answer_spans(position):
            if not any(0 < start - i <= reach for i in raised):
                continue
            # The thing raised to, named ("the SSGP") or in its own words alone ("the strategic partnership").
            if any(u.token == concept and u.named for u in things):
                return True
            if named_only:
                continue
            words = {word_of(t) for t in bags.get(concept, ())}
            if all(any(all(word_of(t) in words for t in alt) for alt in u.alternatives) for u in things):
                return True
        return False

    def event_units(self, query: Query) -> tuple[tuple[Unit, frozenset[str]], ...]:
        """Return the query's units whose words belong to its event phrases, with the kinds they name (in order).

        A "when" question's events are those it dates. Worked out once per query, not once per candidate: the last
        query's are kept (its candidates are scored one after the other).
        """
        last = self._last_event_units
        if last is not None and last[0] is query:
            return last[1]
        words = query.event_words
        named = frozenset().union(*words.values())
        lexicon = self.index.lexicon
        found = []
        for unit in query.units:
            if unit.named or unit.kind == "figure":
                continue
            label = unit.label.casefold()
            # A phrase read as one word ("set up": "established") names its event itself.
            kinds = words.get(label) or words.get(stem(label)) or event_kinds(label.split(), lexicon) & named
            if query.events:
                kinds &= query.events
            if kinds:
                found.append((unit, kinds))
        self._last_event_units = (query, tuple(found))
        return self._last_event_units[1]

    def missing_figures(self, query: Query, profile: FactProfile) -> frozenset[str]:
        """Return the figures a question names that neither the fact nor what it is about gives."""
        missing = query.numbers - profile.numbers
        if not missing:
            return frozenset()
        missing -= offered_figures(query, profile.numbers)
        # "the IJICP launched in 2021": a figure another fact gives about the same named thing identifies it.
        named = {u.token for u in query.units if u.named and u.kind == "concept" and u.token in profile.credits}
        known = frozenset().union(*(self.index.concept_numbers.get(c, frozenset()) for c in named))
        return frozenset(missing - known)


def meets_bound(value: float, side: str, limit: float) -> bool:
    """Tell whether a figure lies on the asked side of a bound ("at_most 2022": 2021 and 2022 do)."""
    if side == "above":
        return value > limit
    if side == "below":
        return value < limit
    if side == "at_least":
        return value >= limit
    return value <= limit


def _misdated(
    query: Query, profile: FactProfile, base_years: Mapping[str, str] = MappingProxyType({})
) -> tuple[tuple[str, str, str], ...]:
    """Return (concept, asked year, stated year) for each named thing the question dates otherwise than the fact.

    A fact that names the thing without a year of its own is judged by the year the rest of the base gives it.
    """
    stated = dict(profile.dates)
    wrong = []
    for concept, year in query.dates:
        known = stated.get(concept) or (base_years.get(concept) if profile.credits.get(concept, 0.0) > 0 else None)
        if known is not None and known != year:
            wrong.append((concept, year, known))
    return tuple(wrong)


def _unit_covered(unit: Unit, profile: FactProfile) -> bool:
    # Loops, not any(all(...)): this runs for every unit of every candidate, and generators cost more than the lookups.
    credits = profile.credits
    for alternative in unit.alternatives:
        for token in alternative:
            if not credits.get(token, 0.0) > 0:
                break
        else:
            return True
    return False


# ---------------------------------------------------------------------------------------------------- the checks
class CoverageCheck:
    """The fact covers enough of the question's weighted content."""

    name = "coverage"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        ok = candidate.coverage >= thresholds.answer_coverage
        return Verdict(self.name, ok, "" if ok else f"covers {candidate.coverage:.2f} of the question")


class RareWordCheck:
    """No rare, specific word of the question is left uncovered."""

    name = "rare word"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        # Figures are the figures check's: "the AAGC, set up in 2014" may be a premise to correct.
        # A scope beyond the pair ("Japan's imports from the world") is left out however common its word.
        uncovered = candidate.uncovered
        scope, met_by = candidate.scorer.scope_stems
        # ("the world order" is met by a fact on the global order: a word of the same scope.)
        if not scope.isdisjoint(u.token for u in uncovered) and not met_by.isdisjoint(
            stem(w) for w in candidate.scorer.answer_tokens(candidate.index)
        ):
            scope = frozenset()
        heavy = [
            u
            for u in uncovered
            if (u.weight >= thresholds.max_uncovered_weight or u.token in scope) and u.kind != "figure"
        ]
        return Verdict(self.name, not heavy, f"leaves out {', '.join(u.label for u in heavy)}" if heavy else "")


class WrittenNameCheck:
    """A name the question writes out in capitals ("the Forum for Small Arms") is the fact's only when the fact
    covers every capitalised word of it: "Small" and "Forum" alone make the SME Forum another name."""

    name = "written name"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        if not query.name_words and not query.written_names:
            return _passed(self.name)
        written = query.name_words
        left = [
            u
            for u in candidate.uncovered
            # Figures and names of the world are the figure and entity checks' (they may be premises to correct).
            if u.kind not in {"figure", "entity"} and (u.token in written or stem(u.label.casefold()) in written)
        ]
        if left:
            return Verdict(
                self.name, False, f"is about another name than the one written ({', '.join(u.label for u in left)})"
            )
        # Each word may be the fact's and the name still none the material knows: "the Supply Chain Security
        # Initiative" has the words of the Economic Security Initiative's fact, not its name.
        scorer = candidate.scorer
        for name, keys in scorer.unknown_names(query):
            if not _written_together(scorer.text_keys(candidate.index), keys, thresholds):
                return Verdict(self.name, False, f"names a {' '.join(name)} the material does not know")
        return _passed(self.name)


#: A figure written plainly ("22850", "22.85"), as a sum before its magnitude is.
_PLAIN_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _named(alternative: tuple[str, ...]) -> bool:
    """Tell whether a unit's alternative is a name of the world (an entity key)."""
    return len(alternative) == 1 and alternative[0].startswith(ENTITY_PREFIX)


def names_one_of(candidate: Candidate, concepts: Collection[str]) -> bool:
    """Tell whether a candidate's fact names one of these glossary concepts, in its answer or its own question."""
    scorer, position = candidate.scorer, candidate.index
    named = {c for _a, _b, c in scorer.answer_spans(position)} | scorer.question_concepts(position)
    return not named.isdisjoint(concepts)


def _written_together(texts: Sequence[Sequence[frozenset[str]]], keys: Sequence[frozenset[str]], t: Thresholds) -> bool:
    """Tell whether one text of a fact holds all of a name's words close together, in any order (its function
    words aside: "the Vision of a Free and Open Indo-Pacific" holds "Free and Open Indo-Pacific Vision")."""
    width = len(keys) + t.written_name_slack
    return any(
        all(any(k & w for w in words[i : i + width]) for k in keys) for words in texts for i in range(len(words))
    )


class NamedHeadCheck:
    """The thing whose name is asked ("the name of the Japanese space agency") is what the fact covers."""

    name = "name of"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        if not query.name_of:
            return _passed(self.name)
        head = stem(query.name_of)
        left = [u for u in candidate.uncovered if head in {u.token, stem(u.label.casefold())}]
        return Verdict(self.name, not left, f"does not name the {query.name_of} asked for" if left else "")


class AskedKindCheck:
    """The fact gives the kind of answer the question asks for (a time, an amount, a name...)."""

    name = "asked kind"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        unmet = candidate.unmet_kinds
        reason = f"asks for a {' and '.join(i.value for i in unmet)} the fact does not give" if unmet else ""
        if candidate.unbound_when:
            reason += " (its years are other things')"
        if candidate.other_event:
            asked = ASKED_WORDS.get("event:" + candidate.other_event, "when it happened")
            reason = f"asks {asked}; the fact dates another event"
        return Verdict(self.name, not unmet and not candidate.other_event, reason)


def offered_figures(query: Query, given: frozenset[str] | set[str]) -> set[str]:
    """Return the figures of each choice the question offers ("in 2011 or 2014?") one of which is ``given``: one
    figure offered is all a fact can give."""
    found: set[str] = set()
    for unit in query.units:
        if unit.options:
            offered = {t for alternative in unit.alternatives for t in alternative if is_number(t)}
            if offered & given:
                found |= offered | {unit.label}
    return found


class FiguresCheck:
    """Every figure the question names (a year, an amount) is in the fact."""

    name = "figures"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        # A figure the question asserts must be in what the member reads: "is it a 5 year or 10 year plan" among
        # a fact's phrasings does not make "a 5-year plan" true.
        missing = query.numbers - candidate.profile.numbers
        figures = {u.label for u in query.units if u.kind == "figure"}
        if figures:  # the answer's figures are read (once per fact, but for most candidates) only when asked
            missing |= figures - candidate.scorer.answer_numbers(candidate.index)
        if missing:
            # "4 state-prefecture pairs" against "Four state-prefecture partnerships": the same figure in words.
            missing -= candidate.scorer.spelled_numbers(candidate.index)
        if missing and any(u.options for u in query.units):
            missing -= offered_figures(query, candidate.scorer.answer_numbers(candidate.index))
        if query.counts and not query.intents:
            # "the Joint Vision has ten lines of effort?" asserts a count in words: the fact must state it too.
            lexicon = candidate.scorer.index.lexicon
            asking = lexicon.words("question_starters") | lexicon.words("which_words") | lexicon.words("what_words")
            spelled = set() if query.words & asking else set(query.counts) - figures - {"1"}
            if spelled:
                stated = set(candidate.scorer.counts(candidate.index)) | candidate.scorer.answer_numbers(
                    candidate.index
                )
                missing |= spelled - stated
        if query.counts:
            missing |= _measured_otherwise(query, candidate)
        return Verdict(
            self.name, not missing, f"figures not in the fact: {', '.join(sorted(missing))}" if missing else ""
        )


class TopicOnlyCheck:
    """A fact that matches only the thing asked about does not answer what is asked of it ("cost of MAHSR")."""

    name = "topic only"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        uncovered_weight = sum(u.weight for u in candidate.uncovered)
        only_topic = len(candidate.covered) == 1 and uncovered_weight >= thresholds.only_topic_uncovered_weight
        reason = f"covers only {candidate.covered[0].label}" if only_topic else ""
        return Verdict(self.name, not only_topic, reason)


class PairOnlyCheck:
    """A question that names nothing but the article's own two partners and asks an amount, a date, a count, a
    person or a place ("india japan kitna?", "how much from japan to india?") does not say what it asks that of: the
    pair's every fact is about them, and one that happens to give a figure (the Joint Vision's 10 years) is no answer.
    It is offered as "did you mean"."""

    name = "pair only"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        if not query.intents or query.roles or not query.units:
            return _passed(self.name)
        partners = candidate.scorer.partner_concepts
        # (A partner written as a place of the world is an entity unit that is no name of its own.)
        if any(u.token not in partners and (u.kind != "entity" or u.named) for u in query.units):
            return _passed(self.name)
        asked = ", ".join(sorted(i.value for i in query.intents))
        return Verdict(self.name, False, f"asks for a {asked} of nothing but the two partners")


class FollowUpCheck:
    """A follow-up's own words are what it asks now: the earlier subject's words cannot cover for them.

    "what about the reverse - japan joining india's mars mission?" after Chandrayaan 5: the space agreement
    covers the earlier words, not "joining" or "mars".
    """

    name = "follow-up"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        # "what is its goal?": the word that asks for an attribute is judged by the attribute check, not covered.
        cues = candidate.scorer.index.lexicon.attribute_cues
        asked = {u.label for u in query.units if cues.get(u.label) in query.attributes}
        # ("double it": a word of a cue of more words that asked the attribute is the attribute check's too.)
        asked |= {u.label for u in query.units if candidate.scorer.cue_stems.get(u.label, "") in query.attributes}
        own = [u for u in query.units if u.label in query.own_units and u.label not in asked]
        total = sum(u.weight for u in own)
        if total <= 0:
            return _passed(self.name)
        left = [u for u in candidate.uncovered if u.label in query.own_units and u.label not in asked]
        share = 1 - sum(u.weight for u in left) / total
        ok = share >= thresholds.answer_coverage
        reason = "" if ok else f"leaves out what the follow-up asks: {', '.join(u.label for u in left)}"
        return Verdict(self.name, ok, reason)


class ListItemCheck:
    """A fact that only names one thing ("the visit also produced a Joint Declaration on Security Cooperation") does
    not answer "what did the PM sign?" unless the question names that thing or a word of its name: it is one item
    of what was asked for, shown as if it were all of it."""

    name = "list item"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        profile, scorer = candidate.profile, candidate.scorer
        lexicon = scorer.index.lexicon
        asks_what = bool(query.words & (lexicon.words("what_words") | lexicon.words("which_words")))
        if not profile.names_only or not asks_what or query.yes_no or query.intents:
            return _passed(self.name)
        glossary = scorer.index.glossary
        named = {
            c
            for _s, _e, c in scorer.answer_spans(candidate.index)
            if c in glossary.named and c not in scorer.partner_concepts
        }
        if not named:
            return _passed(self.name)
        asked = {t for u in query.units for a in u.alternatives for t in a}
        if named & asked:
            return _passed(self.name)
        if query.plural_kind:
            # "what initiatives were announced?" asks for all of them.
            return Verdict(self.name, False, "the fact names one thing, and the question asks for all of its kind")
        # "what declaration was signed?": a word of its name says which item.
        name_words = {stem(w) for c in named for w in tokenize(glossary.labels[c])}
        if (name_words - lexicon.ignored) & {stem(w) for w in query.words}:
            return _passed(self.name)
        if query.numbers & set(scorer.answer_tokens(candidate.index)):
            return _passed(self.name)  # "2025 mein kya hua": the year the fact dates its one thing by
        # "what was agreed on manpower?": a word few facts hold ("manpower", a phrasing of this one) says which.
        postings, most = scorer.index.postings, max(1, int(thresholds.item_word_share * scorer.index.size))
        for unit in candidate.covered:
            if is_action(unit):
                continue  # "what was launched?": a verb says what was done with the items, not which one
            if any(len(postings[t][0]) <= most for a in unit.alternatives for t in a if t in postings):
                return _passed(self.name)
        return Verdict(self.name, False, "the fact names one thing, and the question names none of it")


class AttributeCheck:
    """The fact gives the attribute the question asks about (a cost, a purpose, a full form, members...)."""

    name = "attribute"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        unmet = candidate.unmet_attributes
        reason = f"asks for {', '.join(asked_words(a) for a in unmet)}, which the fact does not give"
        return Verdict(self.name, not unmet, reason if unmet else "")


class AssertedEventCheck:
    """An event the question says happened ("why did India leave QUAD?") is one the fact states too."""

    name = "event"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        event = candidate.unsupported_event
        reason = f"says something happened ({event}) that the fact does not state" if event else ""
        return Verdict(self.name, event is None, reason)


class BareKindCheck:
    """A kind of thing named alone ("what is the partnership about?") is not one thing when the material names
    several of that kind: it is asked back as "did you mean ...", not answered with one of them."""

    name = "bare kind"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        if not query.bare_kind:
            return _passed(self.name)
        things = query.bare_things
        if not things:
            return _passed(self.name)
        if len(things) == 1:
            # "the corridor": the one corridor of the material (the AAGC), so a fact about that one (its subject, or
            # what its own phrasings ask about: "the mission" of "what is chandrayaan 5").
            scorer = candidate.scorer
            ok = bool(things & (scorer.subjects(candidate.index) | scorer.described_names(candidate.index)))
            return Verdict(self.name, ok, "" if ok else "is not about the one thing of that kind")
        return Verdict(self.name, False, f"names only a kind of thing; the material names {len(things)} of that kind")


class MembershipCheck:
    """ "Is A part of B?" is not confirmed by a fact listing A beside B ("B and A"), only by one putting A inside B
    ("B includes ... A")."""

    name = "membership"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        if query.membership is None:
            return _passed(self.name)
        inner, outer = query.membership
        # Only a named thing can stand in a list beside another: "part of the visit outcomes" names the list itself;
        # and the partners are no list ("is Africa part of the India-Japan story?").
        partners = candidate.scorer.partner_concepts
        outer = frozenset(t for t in outer if t in candidate.scorer.index.glossary.named and t not in partners)
        if outer and candidate.scorer.lists_beside(candidate.index, inner, outer):
            return Verdict(self.name, False, "lists them side by side, neither part of the other")
        return _passed(self.name)


class SpeakerCheck:
    """ "What did Japanese trade unions say ..." is answered only by a fact that names those speakers."""

    name = "speaker"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        if not query.speakers:
            return _passed(self.name)
        missing = query.speakers - candidate.scorer.own_words(candidate.index)
        reason = f"names no {' '.join(sorted(missing))} saying anything" if missing else ""
        return Verdict(self.name, not missing, reason)


def _only_as_aside(query: Query, candidate: Candidate, aside: frozenset[str]) -> bool:
    """Tell whether a fact names what is asked only as the thing set aside ("apart from nuclear, what other concern"
    against "despite the nuclear concern")."""
    scorer, position = candidate.scorer, candidate.index
    spans = scorer.answer_spans(position)
    ends = {end for _start, end, concept in spans if concept in aside}
    if not ends:
        return False
    # Only the thing asked for as "other": "apart from nuclear, what other concern".
    asked_other = query.asked_other
    if not asked_other:
        return False
    token = scorer.index.senses.token
    stems = [token(word) for word in scorer.answer_tokens(position)]
    for unit in query.units:
        if unit.token not in asked_other and unit.alternatives[-1][-1] not in asked_other:
            continue
        # Where the fact names the unit: as a word, or as a term of the glossary.
        asked = {t for alternative in unit.alternatives if len(alternative) == 1 for t in alternative}
        hits = [i for i, t in enumerate(stems) if t in asked] + [start for start, _e, c in spans if c in asked]
        if hits and all(i in ends for i in hits):
            return True
    return False


class SetAsideCheck:
    """A thing the question sets aside ("apart from CEPA, what other agreements ...") is not the answer: a fact
    about it, or naming nothing else, does not answer."""

    name = "set aside"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        aside = query.set_aside
        if not aside:
            return _passed(self.name)
        if query.only_actions or not query.units:
            # "apart from the AI initiative, what else was launched": nothing is left that says what is asked.
            return Verdict(self.name, False, "asks what else there is, naming no kind of thing")
        scorer, position = candidate.scorer, candidate.index
        plain = {t[len(ASIDE_WORD) :] for t in aside if t.startswith(ASIDE_WORD)}
        defined = scorer.defined_spans(position)
        if plain and (plain <= scorer.answer_subject(position) or any(plain <= words for _c, words in defined)):
            # "apart from the 2025 declaration": the fact whose answer opens on those words is about that thing.
            return Verdict(self.name, False, f"is about {' '.join(sorted(plain))}, which the question sets aside")
        # Words set aside, and glossary terms that are no names ("nuclear"): a name set aside ("apart from JIMEX")
        # is judged below, and its long form's words ("Exercise") are no kind of thing set aside.
        bags, names = scorer.index.glossary.bags, scorer.index.glossary.named
        set_words = plain | {w for t in aside if t in bags and t not in names for w in bags[t]}
        held = self._held_by_aside(query, candidate, set_words, thresholds.aside_reach) if set_words else ""
        if held:
            # "concerns other than nuclear" against "despite the nuclear concern, ...": its one concern is the
            # nuclear one.
            return Verdict(self.name, False, f"gives {held} only beside what the question sets aside")
        aside = frozenset(t for t in aside if not t.startswith(ASIDE_WORD))
        about = aside & (scorer.subjects(position) | scorer.question_concepts(position) | {c for c, _w in defined})
        named = scorer.answer_things(position)
        # What else the answer names: not the thing set aside or a name inside it ("SMEs" in "SMEs Forum").
        words = scorer.index.glossary.label_words
        inside = {c for c in named if any(set(words.get(c, (c,))) <= set(words.get(a, (a,))) for a in aside)}
        only = aside & named and not named - aside - inside
        # "apart from Toyama, which prefecture is Andhra Pradesh paired with": the one name of the kind asked for is
        # the one set aside.
        kinds = {k for a in query.attributes if a.startswith(KIND_PREFIX) for k in ASKED_KIND_ENTITIES.get(a[5:], ())}
        if query.words & scorer.index.lexicon.words("who_words"):
            kinds |= {"country", "organisation"}  # "apart from Australia, who else is in SCRI?"
        partners = scorer.index.partners
        of_kind = {
            ENTITY_PREFIX + n for n, kind in scorer.answer_names(position) if kind in kinds and n not in partners
        }
        only = only or (bool(of_kind) and of_kind <= aside) or _only_as_aside(query, candidate, aside)
        if about or only:
            labels = scorer.index.glossary.labels
            things = sorted({labels.get(t, t.removeprefix(ENTITY_PREFIX)) for t in (about or aside & named)})
            return Verdict(self.name, False, f"is about {', '.join(things)}, which the question sets aside")
        return _passed(self.name)

    @staticmethod
    def _held_by_aside(query: Query, candidate: Candidate, plain: set[str], reach: int) -> str:
        """Return a word the question asks of that the fact says only beside a word set aside, or ""."""
        partners = candidate.scorer.partner_concepts
        stems = [stem(w) for w in candidate.scorer.answer_tokens(candidate.index)]
        # "imports other than nuclear reactors": the words after the cue are what is set aside, not what is asked.
        lexicon = candidate.scorer.index.lexicon
        asked = tokenize(query.text)
        cues = [tuple(p.split()) for p in lexicon.words("exclusion_phrases")]
        starts = [i for i in range(len(asked)) for cue in cues if tuple(asked[i : i + len(cue)]) == cue]
        asking = lexicon.words("what_words") | lexicon.words("which_words") | lexicon.words("who_words")
        # Up to a question word: "apart from the nuclear one, what concerns?" asks the concerns.
        aside_words = itertools.takewhile(lambda w: w not in asking, asked[min(starts) :]) if starts else ()
        after = {stem(w) for w in aside_words}
        for unit in query.units:
            # A name ("what else does CEPA cover") is what the question is about, not the kind of thing it asks.
            if unit.kind not in {"word", "concept"} or unit.named or unit.token in partners:
                continue
            words = {word_of(t) for alternative in unit.alternatives for t in alternative} - plain
            if words & after:
                continue
            where = [i for i, s in enumerate(stems) if s in words]
            if where and all(any(s in plain for s in stems[max(0, i - reach) : i + reach + 1]) for i in where):
                return unit.label
        return ""


def _clause_owner(query: Query, candidate: Candidate) -> str | None:
    """Return the one partner whose clauses of a fact hold what a claim says (its words other than names), or None:
    "Where Japan answers ..., India takes a non-aligned, strategic autonomy approach" says "non-aligned" of India.
    A clause naming no partner ("(its non-signatory status)") is the one before it's."""
    scorer = candidate.scorer
    partner_concepts = scorer.partner_concepts
    claimed = {
        word
        for u in candidate.covered
        if u.kind not in {"entity", "figure"} and u.token not in partner_concepts
        for alternative in u.alternatives
        for word in alternative
        if not word.startswith(CONCEPT_PREFIX)
    }
    if not claimed:
        return None
    partners, gazetteer, token = scorer.index.partners, scorer.index.gazetteer, scorer.index.senses.token
    breaks = scorer.index.lexicon.words("clause_breaks")
    owners: set[str] = set()
    owner: str | None = None
    for clause in _clause_split(breaks).split(candidate.fact.fact.answer):
        words = tokenize(clause)
        if words and words[0] in breaks:
            words = words[1:]
        named = {m.canonical for m in gazetteer.find(words) if m.canonical in partners and not m.demonym}
        if named:
            # "India and Japan jointly established ...": a clause of both is said of either.
            owner = next(iter(named)) if len(named) == 1 else ""
        if any(token(w) in claimed for w in words):
            if not owner:
                return None  # a claimed word before any partner is named, or in a clause of both: not one's alone
            owners.add(owner)
    return owners.pop() if len(owners) == 1 else None


def asked_contrasts(query: Query, lexicon: Lexicon) -> dict[str, str]:
    """Return the question's words of sets of categories that exclude each other, with their sets; a set that needs a
    head word ("ministers") counts only beside one."""
    groups, heads = lexicon.contrast_groups, lexicon.contrast_heads
    asked = [word for word in query.words if word in groups]
    if not asked:
        return {}  # (most questions: nothing more to read, for each candidate it is asked of)
    # A word of a name ("south" of the Global South or South Africa) is the name's, not a category the question gives.
    named = {w for name in query.entities for w in tokenize(name)}
    named |= {w for u in query.units if u.named and " " in u.label for w in tokenize(u.label)}
    return {
        word: groups[word]
        for word in asked
        if word not in named and (groups[word] not in heads or query.words & heads[groups[word]])
    }


def claims_of_one_partner(query: Query) -> bool:
    """Tell whether a question claims something of one partner: only such a claim can have the partners swapped
    (``swapped_partner``)."""
    # "Japan doesn't follow strategic autonomy, right?" denies of Japan what the fact says of India: no contradiction.
    return query.subject_partner is not None and (query.yes_no or query.claims) and not query.markers.negation


def swapped_partner(query: Query, candidate: Candidate) -> bool:
    """Tell whether a claim says of one partner what the fact says of the other, while the fact says what the first
    does instead: "Japan follows non-alignment, right?" against "Where Japan answers ... through the US-led alliance
    system, India takes a non-aligned ... approach" has turned the contrast round."""
    subject = query.subject_partner
    if subject is None or not claims_of_one_partner(query):
        return False
    owner = _clause_owner(query, candidate)
    if owner is None or owner == subject:
        return False
    return any(r.agent == subject for r in candidate.profile.roles) and any(
        r.agent == owner for r in candidate.profile.roles
    )


@functools.lru_cache(maxsize=8)
def _clause_split(breaks: frozenset[str]) -> re.Pattern[str]:
    """Return where a fact's clauses part: punctuation, or one of the words opening another clause."""
    words = "|".join(re.escape(w) for w in sorted(breaks))
    return re.compile(rf"[,;:()]|\s(?=(?:{words})\b)", re.IGNORECASE) if words else re.compile(r"[,;:()]")


class SubjectCheck:
    """A question about what one partner does ("how does India deal with ...") is not answered by a fact whose
    declared doers and receivers are only the other partner."""

    name = "subject"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        subject, roles = query.subject_partner, candidate.profile.roles
        other = negated_doer(query, candidate, {u.token for u in candidate.covered} & negated_words(candidate))
        if other is not None:
            # "has Japan signed the NPT": "India has not signed it" says nothing of Japan, and contradicts nothing.
            return Verdict(self.name, False, f"the fact says what {other} does not do")
        if subject is not None and (query.yes_no or query.claims):
            # "Japan follows non-alignment, right?" against "... India takes a non-aligned ... approach": what the
            # claim says sits in what the fact says of the other partner.
            owner = _clause_owner(query, candidate)
            if owner is not None and owner != subject:
                return Verdict(self.name, False, f"the fact says it of {owner}")
        if subject is None or query.roles or not roles:
            return _passed(self.name)
        # "what approach does Japan follow": the fact's own "approach" says whose it is, whatever else it names.
        asked = [r for r in roles if r.relation in query.words or stem(r.relation) in {u.token for u in query.units}]
        involved = {name for r in (asked or roles) for name in (r.agent, r.target) if name}
        partners = candidate.scorer.index.partners
        ok = subject in involved or not (involved & partners)
        return Verdict(self.name, ok, "" if ok else f"the fact says what {', '.join(sorted(involved & partners))} does")


class PartnerOwnerCheck:
    """What a question asks as one partner's own ("Japan's vision") is not answered by a fact that names that partner
    only as one of the pair ("the India-Japan Joint Vision"), or not at all."""

    name = "partner's own"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        owner = query.owner_partner
        # A fact giving the thing as the other partner's ("India's industrial competitiveness") is the owner
        # check's to correct.
        if owner is None or candidate.misowned:
            return _passed(self.name)
        if owner in candidate.scorer.solo_partners(candidate.index):
            return _passed(self.name)
        return Verdict(self.name, False, f"does not give it as {owner}'s own")


def _partners_joined(query: Query, partners: frozenset[str], lexicon: Lexicon) -> bool:
    """Tell whether a question names the partners as two doers joined by "and" ("India and Japan", "japan aur
    india"), not as one name of their pair ("India-Japan", "the India-Germany partnership")."""
    words = tokenize(query.text)
    names = {p.casefold() for p in partners}
    joiners = lexicon.words("both_joiners")
    return any(
        a in names and b in names and a != b and joiner in joiners
        for a, joiner, b in zip(words, words[1:], words[2:], strict=False)
    )


class DoerCheck:
    """What a question asks a doer other than the partners did ("which policy did China follow?") is not answered by
    a fact that names that doer only as a describing word ("Chinese assertiveness"), after a preposition ("to counter
    China"), or not at all: it says what others do."""

    name = "doer"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        doer = query.named_doer
        if not doer or any(r.agent == doer for r in candidate.profile.roles):
            return _passed(self.name)
        lexicon = candidate.scorer.index.lexicon
        asking = lexicon.words("what_words") | lexicon.words("which_words") | lexicon.words("open_question_words")
        if (query.yes_no or query.claims) and asking.isdisjoint(query.words):
            # "did China sign CEPA?": that India and Japan did corrects it (the names check has its say). ("can you
            # confirm: which policy did China follow?" still asks which.)
            return _passed(self.name)
        if candidate.scorer.acts_in(candidate.index, doer):
            return _passed(self.name)
        return Verdict(self.name, False, f"does not say what {doer_words(doer)} does")


class JointSubjectCheck:
    """What a question asks of both partners ("how do India and Japan counter unilateralism") is not answered by a
    fact saying it of one of them alone ("To counter ... unilateralism, Japan leans on the US-led alliance")."""

    name = "joint subject"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        partners = candidate.scorer.index.partners
        if len(partners) < 2 or not partners <= set(query.entities) or query.roles or query.owner_partner:
            return _passed(self.name)
        if query.contrast or query.subject_partner:
            return _passed(self.name)  # "and Japan?" after India's approach: one partner is what is asked now
        if not query.words.isdisjoint(candidate.scorer.index.lexicon.words("either_or")):
            return _passed(self.name)  # "who does it, India or Japan?": one of the two is asked for
        # (The fact's names, read once per fact, before the question's words are read again for every candidate.)
        named = {name for name, _kind in candidate.scorer.answer_names(candidate.index)} & partners
        if len(named) != 1 or not _partners_joined(query, partners, candidate.scorer.index.lexicon):
            return _passed(self.name)  # "the India-Germany Strategic Partnership" names the pair's thing
        return Verdict(self.name, False, f"says it of {next(iter(named))} alone")


class ScatteredNameCheck:
    """A name of several words ("Make in India") is named by a fact only as that name: its words scattered over the
    fact ("made", "Indian states") do not name it."""

    name = "scattered name"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        credits = candidate.profile.credits
        for unit in query.units:
            if not unit.named or unit.kind != "concept" or len(unit.alternatives) < 2:
                continue
            concept, words = unit.alternatives[0], unit.alternatives[1]
            if len(concept) != 1 or len(words) < 2 or credits.get(concept[0], 0.0) > 0:
                continue
            owner = concept[0].partition(":")[0].removeprefix(CONCEPT_PREFIX)
            if owner and owner != candidate.fact.source.id:
                continue  # another article's term ("FY 2023-24" of India-Japan) is not looked for in this one
            if all(credits.get(w, 0.0) > 0 for w in words):
                return Verdict(self.name, False, f"has the words of {unit.label} only apart")
        return _passed(self.name)


class LongNameCheck:
    """A word a fact has only inside the long name of a term it mentions ("weapons" of the NPT, the Treaty on the
    Non-Proliferation of Nuclear Weapons) is not what the fact says: the claim "does Japan have nuclear weapons?"
    is not confirmed by the fact on India and the NPT. The name's kind word ("treaty") still says which one."""

    name = "long name"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        if not (query.yes_no or query.claims):
            return _passed(self.name)  # "what kind of world order ...?" may ask for the rest of a name
        credits = candidate.profile.credits
        index = candidate.scorer.index
        # ("ten lines of effort right?": "ten" is a figure claimed, which the figure checks judge, not a word of the
        # Joint Vision's name "... for the Next Decade".)
        values = index.lexicon.number_values
        weak = [
            u
            for u in candidate.covered
            if u.kind == "word" and credits.get(u.token, 0.0) < 1.0 and u.label.casefold() not in values
        ]
        if not weak:
            return _passed(self.name)
        glossary = index.glossary
        heads = {stem(w) for w in index.lexicon.words("name_heads")}
        asked = {t for u in query.units for alternative in u.alternatives for t in alternative}
        asked |= {stem(w) for w in query.words}
        concepts = [c for c in credits if c.startswith(CONCEPT_PREFIX) and c not in asked]
        for unit in weak:
            if unit.token in glossary.single_words or unit.token in heads:
                continue
            for concept in concepts:
                if unit.token not in glossary.bags.get(concept, frozenset()):
                    continue
                # "which financial year" names all of "Financial Year 2023-24" but its figure; "nuclear weapons" is
                # only a part of "Treaty on the Non-Proliferation of Nuclear Weapons".
                if not any(
                    unit.token in variant and {t for t in variant if not is_number(t)} <= asked
                    for variant in glossary.variants(concept)
                ):
                    label = glossary.labels.get(concept, concept)
                    return Verdict(self.name, False, f"has {unit.label} only inside the name {label}")
        return _passed(self.name)


def _phrase_in(candidate: Candidate, stems: tuple[str, ...]) -> bool:
    """Tell whether a fact's answer holds two words in a row, read as the base's words (a few may stand between)."""
    token = candidate.scorer.index.senses.token
    words = [token(w) for w in candidate.scorer.answer_tokens(candidate.index)]
    first, last = token(stems[0]), token(stems[-1])
    reach = candidate.scorer.thresholds.phrase_gap_words + 2
    if any(w == first and last in words[i + 1 : i + reach] for i, w in enumerate(words)):
        return True
    # ("the flagship project of India-Japan development cooperation" calls it a development cooperation project.)
    owners = candidate.scorer.index.lexicon.words("owner_prepositions")
    return any(
        w == last and words[i + 1 : i + 2] and words[i + 1] in owners and first in words[i + 2 : i + 2 + reach]
        for i, w in enumerate(words)
    )


class UnknownNameCheck:
    """A name of a kind of thing the material never mentions ("the India-Japan Green Partnership") is not answered
    by a fact about another thing of that kind: the word that says which one ("green") is not in the fact."""

    name = "unknown name"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        kinds = query.qualified_kinds
        if query.described_kinds and not candidate.miscategorised:
            # "is IJICP a trade agreement?": unless the fact files IJICP under another kind, "trade agreement" is
            # a kind the fact must give it.
            kinds = (*kinds, *query.described_kinds)
        if not kinds:
            return _passed(self.name)
        missing = {u.token for u in candidate.uncovered if u.kind == "word"}
        absent = {u.label for u in candidate.uncovered}
        credits, titles = candidate.profile.credits, thresholds.context_credit
        fields = candidate.scorer.index.lexicon.words("field_heads")
        described = set(query.described_kinds) if kinds != query.qualified_kinds else set()
        for before, head, label in kinds:
            if (before, head, label) in described and not _phrase_in(candidate, (before, head)):
                # "is IJICP a trade agreement?": the fact must call something a trade agreement, not merely hold
                # "trade" and CEPA's "Agreement".
                return Verdict(self.name, False, f"never calls anything a {before} {head}")
            if head in fields:
                # "health cooperation": the field must be in the fact; "semiconductor cooperation" is answered by a
                # fact on semiconductors that never says "cooperation".
                # ("security" is a term of the glossary, not a plain word: "security cooperation with Australia".)
                if stem(before) in missing or before in {u.label.casefold() for u in candidate.uncovered}:
                    return Verdict(self.name, False, f"names {before} {head}, which the fact does not")
                continue
            # "look east policy" against the Act East Policy: "look" says which one, and the fact lacks it; "the
            # nuclear deal" against a fact naming no deal or agreement at all: no such thing is in it (its
            # section's or article's title, "India-Japan Partnership", names none either: titles earn less).
            heads = [u for u in query.units if u.label == label]
            own = any(
                all(credits.get(t, 0.0) > titles for t in alternative) for u in heads for alternative in u.alternatives
            )
            if (
                stem(before) in missing
                # "nuclear deal", "atomic deal": a glossary term (by any of its names) says which deal as a plain
                # word would.
                or self._term_left_out(before, candidate)
                or label in absent
                or (heads and not own)
                or not self._own_word(before, head, candidate)
            ):
                return Verdict(self.name, False, f"names a {before} {head}, which the fact does not")
        return _passed(self.name)

    @staticmethod
    def _term_left_out(word: str, candidate: Candidate) -> bool:
        """Tell whether a word names a term of the glossary the fact leaves out of the question."""
        terms = {concept for _start, _end, concept in candidate.scorer.index.glossary_spans([word])}
        return bool(terms) and any(u.token in terms for u in candidate.uncovered)

    @staticmethod
    def _own_word(word: str, head: str, candidate: Candidate) -> bool:
        """Tell whether a word the fact covers is its own (its answer's or its phrasings'), not one of a glossary
        name's long form it only holds by an abbreviation ("maritime" of JIMEX, the Japan-India Maritime Exercise,
        asked in "maritime dialogue"); with its head word in that one name ("maritime exercise"), it names that thing.

        A word the fact does not cover at all is the other tests' to judge.
        """
        senses = candidate.scorer.index.senses
        token = senses.token(word)
        if not any(u.token == token for u in candidate.covered):
            return True
        bags = candidate.scorer.index.glossary.bags
        both = {stem(word), stem(head)}
        for _start, _end, concept in candidate.scorer.answer_spans(candidate.index):
            if both <= {word_of(t) for t in bags.get(concept, ())}:
                return True
        if token in {senses.token(w) for w in candidate.scorer.answer_tokens(candidate.index)}:
            return True
        return any(token in phrasing.split() for phrasing in candidate.profile.phrasings)


class UnknownThingCheck:
    """Two words side by side that the material never uses ("language teachers") name a thing it does not know: a
    fact covering the rest of the question ("under the HR exchange") says nothing of that thing."""

    name = "unknown thing"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        phrase = unknown_phrase(query, candidate, thresholds)
        return Verdict(self.name, not phrase, f"says nothing of {phrase}" if phrase else "")


def unknown_phrase(query: Query, candidate: Candidate, thresholds: Thresholds) -> str:
    """Return the words side by side of the question the base never uses and the fact leaves out, weighing
    together at least a rare word, or ""."""
    index = candidate.scorer.index
    unknown = {
        word_of(u.token): u.weight
        for u in candidate.uncovered
        if u.kind == "word" and not u.named and not index.knows(u.token, u.label)
    }
    if len(unknown) < 2:
        return ""
    words = tokenize(query.text)
    stems = [stem(w) for w in words]
    for start in range(len(words) - 1):
        pair = stems[start : start + 2]
        if all(w in unknown for w in pair) and sum(unknown[w] for w in pair) >= thresholds.max_uncovered_weight:
            return " ".join(words[start : start + 2])
    return ""


class DocumentCheck:
    """A fact about the article as a document answers only a question about the document ("when was it posted")."""

    name = "document"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        if not candidate.profile.about_document:
            return _passed(self.name)
        words = candidate.scorer.index.lexicon.words
        publisher = set(tokenize(candidate.fact.source.publisher)) - candidate.scorer.index.lexicon.ignored
        # "who is first" or "what happened in 2025" share a word with "first posted on 04 Oct 2025" by chance.
        cues = words("document_words") | words("document_cues")
        # The question's words as typed and as read (a typo corrected: "updatd").
        read = query.words | {w for u in query.units for alternative in u.alternatives for w in alternative}
        ok = bool(read & (cues | {stem(w) for w in cues})) or (bool(publisher) and publisher <= query.words)
        return Verdict(self.name, ok, "" if ok else "the fact is about the article itself; the question is not")


class EntityCheck:
    """Every country, state or organisation the question names is named by the fact."""

    name = "names"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        missing = candidate.missing_entities
        return Verdict(self.name, not missing, f"does not mention {', '.join(missing)}" if missing else "")


class DirectionCheck:
    """The question's directed relation (who exports to whom) matches the fact's, not its reverse."""

    name = "direction"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        way = candidate.direction
        if way in {"same", "none"}:
            return _passed(self.name)
        if way == "unstated":
            return Verdict(self.name, False, "the fact does not say who does what to whom")
        if candidate.reversed_by_its_file:
            return Verdict(self.name, False, f"{way}: its file tells of the event the other way round")
        stated = ", ".join(f"{r.relation}: {r.agent} -> {r.target}" for r in candidate.profile.roles)
        return Verdict(self.name, False, f"{way}: the fact states {stated}")


class PairCheck:
    """Ties between two countries ("japan russia relations") are answered only by a fact naming them together.

    A fact about India's ties with Russia that also names Japan in another clause says nothing of Japan and Russia.
    The article's own pair (India and Japan) is what every fact is about, so it asks nothing of this kind.
    """

    name = "pair"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        scorer, position = candidate.scorer, candidate.index
        index = scorer.index
        pair = query.entities
        if (
            len(pair) != 2
            or set(pair) <= index.partners
            or any(index.gazetteer.kind_of(name) != "country" for name in pair)
            or index.lexicon.words("pair_relation_words").isdisjoint(query.words)
        ):
            # "gujarat's tie-up prefecture in japan" names a state of one country, not ties between two.
            return _passed(self.name)
        if any({r.agent, r.target} == set(pair) for r in candidate.profile.roles):
            return _passed(self.name)
        first, second = scorer.mention_starts(position, pair[0]), scorer.mention_starts(position, pair[1])
        # A third country named between the two is what one of them deals with ("Where Japan answers Chinese
        # assertiveness through the US-led alliance system, India takes ..." says nothing of India and China); the
        # article's own partners between them are the pair's company ("India and Japan work with Australia").
        between = [
            start
            for canonical, start in scorer.answer_mentions(position)
            if canonical not in pair
            and canonical not in index.partners
            and index.gazetteer.kind_of(canonical) == "country"
        ]
        tokens, ignored = scorer.answer_tokens(position), index.lexicon.ignored
        if any(
            abs(a - b) <= thresholds.pair_reach
            # (One listed beside the later of the two, "with the US, Russia and ...", is the same list's.)
            and not any(
                min(a, b) < o < max(a, b) and not all(t in ignored for t in tokens[o + 1 : max(a, b)]) for o in between
            )
            for a in first
            for b in second
        ):
            return _passed(self.name)
        return Verdict(self.name, False, f"does not name {pair[0]} and {pair[1]} together")


class EquatedThingsCheck:
    """Two of the material's named things said to be one ("is IJICP the same as CEPA?") are not confirmed by a fact
    naming both: the material keeps them apart, unless one is the other's name."""

    name = "equated"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        if len(query.equates) != 2:
            return _passed(self.name)
        first, second = query.equates
        return Verdict(self.name, False, f"names {first} and {second} as two things")


class OwnedThingCheck:
    """What the question asks as a named place's or body's own ("India's trade with Australia") is in the fact: a
    fact on India and Australia that never mentions trade does not give it."""

    name = "owned thing"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        if not query.owned:
            return _passed(self.name)
        owned = query.owned
        missing = sorted(u.label for u in candidate.uncovered if any(owned & set(a) for a in u.alternatives))
        return Verdict(self.name, not missing, f"does not give {', '.join(missing)}" if missing else "")


class WhoseCheck:
    """ "Whose industrial competitiveness does IJICP boost?" asks an owner: a fact that says of no one whose anything
    is, has no parties to its relations and names no partner as a doer ("IJICP was launched in 2021") does not
    answer it."""

    name = "whose"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        lexicon = candidate.scorer.index.lexicon
        words, whose = tokenize(query.text), lexicon.words("whose_words")
        # Only before the thing owned: "kiske beech", "kiske liye" ask between or for whom.
        other = lexicon.ignored | lexicon.words("whose_not_owned_after")
        owned = any(w in whose and nxt not in other for w, nxt in itertools.pairwise(words))
        if query.owner_partner is not None or not owned:
            return _passed(self.name)
        scorer = candidate.scorer
        # Whose a thing is, a party to its relations, or a partner named as a doer ("India and Japan jointly
        # established the AAGC"; not "the India-Japan ... Partnership", a name).
        if scorer.answer_owners(candidate.index) or candidate.profile.roles or scorer.solo_partners(candidate.index):
            return _passed(self.name)
        return Verdict(self.name, False, "says of no one whose it is")


class OwnerCheck:
    """A thing the question gives an owner ("Japan's northeast") has that owner in the fact, not another."""

    name = "owner"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        wrong = candidate.misowned
        reason = "; ".join(f"the fact says {head} is {stated}'s, not {asked}'s" for head, asked, stated in wrong)
        return Verdict(self.name, not wrong, reason)


class CategoryCheck:
    """A named thing the question puts in one category ("bilateral") is not in another in the fact."""

    name = "category"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        wrong = candidate.miscategorised + candidate.miskinded
        reason = "; ".join(f"the fact files {thing} as {stated}, not {asked}" for thing, asked, stated in wrong)
        other = candidate.off_category
        if other:
            reason = "; ".join(filter(None, (reason, f"the fact is about another kind than {', '.join(other)}")))
        return Verdict(self.name, not wrong and not other, reason)


def _measured_otherwise(query: Query, candidate: Candidate) -> set[str]:
    """Return the figures a question counts things by that the fact gives only as a measure of something else:
    "other outcomes me 10 items" against "a 10-year plan" (10 years, not 10 items); or a measure by that the fact
    gives only as a count of things ("8 years" against "eight lines of effort")."""
    measures = candidate.scorer.measure_stems
    given = candidate.scorer.counts(candidate.index)
    found = set()
    for figure, nouns in query.counts.items():
        stated = given.get(figure, frozenset())
        if stated & measures and not nouns & (stated | measures):
            found.add(figure)
        # ("joint vision is for 8 years right?" against "eight lines of effort": 8 items, not 8 years.)
        if nouns & measures and stated and not stated & (nouns | measures):
            found.add(figure)
    return found


class FigureOwnerCheck:
    """A figure the question asserts about something is the fact's figure for that thing, not for another."""

    name = "figure owner"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        wrong = candidate.misfigured
        reason = "; ".join(f"the fact gives {figure} for something else ({ours} for this)" for figure, ours in wrong)
        return Verdict(self.name, not wrong, reason)


class AmountYearCheck:
    """A sum asked for a year ("trade value in 2011") is a sum the fact gives for that year: "US$ 22.85 billion in
    FY 2023-24" is no figure for 2011, though the same fact dates CEPA 2011."""

    name = "amount year"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        asked = {int(n) for n in query.numbers if _YEAR_NUMBER.fullmatch(n)}
        if not asked:
            return _passed(self.name)
        answer = candidate.fact.fact.answer
        dated = [(int(m.group(1)), m.group(2)) for m in _AMOUNT_YEAR.finditer(answer)]
        if not dated:
            return _passed(self.name)  # no sum tied to any year: nothing to set against the question's
        # A sum is asked ("how much", "value"), or the sum is what the fact and the question share ("what was
        # bilateral trade in 2021?" against "... trade of US$ 22.85 billion in FY 2023-24 and IJICP, launched 2021").
        if not asks_amount(query, candidate.scorer.index.lexicon) and not _sum_words_asked(query, answer):
            return _passed(self.name)
        # "FY 2023-24" runs into 2024.
        years = {y for start, end in dated for y in (start, start + 1 if end else start)}
        ok = bool(asked & years)
        shown = ", ".join(str(y) for y in sorted(asked))
        return Verdict(self.name, ok, "" if ok else f"gives its sums for other years than {shown}")


class DatedThingCheck:
    """A year the question gives to one thing ("india japan trade in 2011") is not answered by a fact whose answer
    gives that year to something else and never names the thing (CEPA came into effect in 2011)."""

    name = "dated thing"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        asked = {n for n in query.numbers if _YEAR_NUMBER.fullmatch(n)}
        if not asked or not any(year in asked for _concept, year in candidate.profile.dates):
            return _passed(self.name)
        scorer, position = candidate.scorer, candidate.index
        topics = [u for u in query.units if self.topic(u, scorer)]
        # "which agreement came in 2011", "what did india and japan do in 2014": nothing but a kind, an event or
        # the partners is dated, which the fact's dated thing may be.
        if not topics:
            return _passed(self.name)
        said = scorer.answer_stems(position) | {c for _s, _e, c in scorer.answer_spans(position)}
        for unit in topics:
            if any(all(word_of(t) in said or t in said for t in alt) for alt in unit.alternatives):
                return _passed(self.name)
            # "pact" read as the glossary's "agreement", inside the answer's longer name ("... Partnership Agreement").
            if {stem(w) for w in tokenize(unit.label)} <= said:
                return _passed(self.name)
        missing = ", ".join(u.label for u in topics)
        return Verdict(self.name, False, f"dates {', '.join(sorted(asked))} but says nothing of {missing}")

    @staticmethod
    def topic(unit: Unit, scorer: Scorer, words_too: bool = False) -> bool:
        """Tell whether a unit names a thing a year could belong to: a term of the glossary (not a plain word, which
        may be a verb: "was called", unless ``words_too``), and not a kind, an event or a partner."""
        if (
            unit.kind not in ({"concept", "word"} if words_too else {"concept"})
            or unit.token in scorer.partner_concepts
        ):
            return False
        if words_too and is_action(unit, scorer.index.lexicon):
            return False
        lexicon = scorer.index.lexicon
        label = unit.label.casefold()
        # "india japan ties in 2014": the partners' ties are the article's subject, which every year of it dates.
        # "which initiative was launched in 2021": the kind of thing asked for, not a thing the year belongs to.
        ties = lexicon.words("pair_relation_words") | lexicon.words("pairing_nouns") | lexicon.words("name_heads")
        # "how many years before the 2014 upgrade": a unit of time is no thing a year belongs to.
        spans = lexicon.words("gap_units") | lexicon.words("period_units")
        return (
            label not in lexicon.asked_types
            and label not in ties | spans
            and stem(label) not in {stem(w) for w in spans}
            and not event_kinds(label.split(), lexicon)
        )


def _sum_words_asked(query: Query, answer: str) -> bool:
    """Tell whether a question names what a fact gives a sum of: the word just before the sum ("trade of US$ ...")."""
    words = {stem(w) for m in _SUM_OF.finditer(answer) for w in tokenize(m.group(1))}
    return bool(words & {t for u in query.units for alternative in u.alternatives for t in alternative})


#: The word a sum is of, just before it ("bilateral trade of US$ 22.85 billion", "exports were worth US$ ...").
_SUM_OF = re.compile(r"(\w+)\s+(?:of|were|was|at|worth|totalled|totaling|totalling)?\s*(?:worth\s+)?" + CURRENCY)


#: A four-digit year: a question's number, or inside a figure ("2022-23").
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
#: A sum of money and the year (or financial year) it is given for, close after it ("US$ 22.85 billion in FY 2023-24").
_AMOUNT_YEAR = re.compile(
    CURRENCY + r"\s?\d[\d.,]*\s?(?:billion|million|crore|lakh|trillion)?"
    r"[^.;]{0,24}?\b(?:FY\s?)?((?:19|20)\d\d)(-\d\d)?\b",
    re.IGNORECASE,
)


class DateCheck:
    """A year the question ties to a named thing matches the year the fact gives it ("AAGC in 2014" vs 2017)."""

    name = "date"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        wrong = candidate.misdated
        reason = "; ".join(f"the fact dates it {stated}, not {asked}" for _c, asked, stated in wrong)
        return Verdict(self.name, not wrong, reason)


class BoundCheck:
    """A figure the question gives as a bound ("more than 20 billion", "before 2015") is met by the fact's own."""

    name = "bound"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        if not query.bounds:
            return _passed(self.name)
        off = candidate.off_bounds
        words = {"above": "above", "below": "below", "at_least": "at least", "at_most": "at most"}
        reason = "; ".join(
            f"the fact gives {value}, not {words[side]} {bound}" if value else f"gives no figure to set against {bound}"
            for bound, side, value in off
        )
        return Verdict(self.name, not off, reason)


def negated_words(candidate: Candidate) -> frozenset[str]:
    """Return the words a fact negates: after "not" ("has not signed"), as read when compiled, and after a negating
    prefix ("its non-signatory status")."""
    negated, scorer = candidate.profile.negated, candidate.scorer
    # Every word of an answer (but the ignored ones) earns its fact credit: a fact credited for no prefix has none,
    # and its answer is not read. Most facts have none, and reading a fresh fact's answer is what judging it costs.
    credited = scorer.credited_prefixes
    if credited is not None and credited.isdisjoint(candidate.profile.credits):
        return negated
    prefixes = scorer.index.lexicon.words("negating_prefixes")
    tokens = scorer.answer_tokens(candidate.index)
    if not prefixes & set(tokens):
        return negated
    return negated | _after_prefixes(tokens, prefixes, scorer.index.senses.token)


def _after_prefixes(tokens: Sequence[str], prefixes: frozenset[str], token: Callable[[str], str]) -> set[str]:
    """Return the words right after a negating prefix ("non" of "non-signatory"), as the base's words."""
    return {token(after) for before, after in itertools.pairwise(tokens) if before in prefixes}


def negated_partners(candidate: Candidate, asserted: set[str]) -> list[str]:
    """Return, for each "not" of the fact's answer bearing on a word the question asserts, the partner named last
    before it ("India has not signed the NPT": India)."""
    scorer, position = candidate.scorer, candidate.index
    tokens = scorer.answer_tokens(position)
    lexicon = scorer.index.lexicon
    negations = lexicon.words("negations") | lexicon.words("negating_prefixes")
    partners, reach = scorer.index.partners, scorer.thresholds.negation_reach
    mentions = [m for m in scorer.index.gazetteer.find(tokens) if m.canonical in partners and not m.demonym]
    token = scorer.index.senses.token
    found = []
    for i, word in enumerate(tokens):
        if word not in negations or not any(token(w) in asserted for w in tokens[i + 1 : i + 1 + reach]):
            continue
        before = [m for m in mentions if m.end <= i]
        if before:
            found.append(before[-1].canonical)
    return found


def negated_doer(query: Query, candidate: Candidate, asserted: set[str]) -> str | None:
    """Return the partner a fact says does not do what the question asks, when the question asks it of the other
    partner ("has Japan signed the NPT" against "India has not signed the NPT"); None otherwise."""
    subject = query.subject_partner
    if subject is None or not asserted:
        return None
    return next((partner for partner in negated_partners(candidate, asserted) if partner != subject), None)


class PolarityCheck:
    """A "which is not ..." question is not answered by a fact saying what is; nor is "when did India sign the
    NPT" by a fact saying India has not signed it."""

    name = "polarity"

    @staticmethod
    def _denied_by_prefix(query: Query, candidate: Candidate) -> str:
        """Return a word the question negates with a prefix ("a non permanent seat") that the fact states plainly
        ("a permanent seat"), or ""."""
        index = candidate.scorer.index
        prefixes = index.lexicon.words("negating_prefixes")
        asked = tokenize(query.text)
        if prefixes.isdisjoint(asked):
            return ""
        token = index.senses.token
        denied = _after_prefixes(asked, prefixes, token)
        answer = candidate.scorer.answer_tokens(candidate.index)
        stated = {token(w) for w in answer} - _after_prefixes(answer, prefixes, token)
        found = sorted(denied & stated)
        return found[0] if found else ""

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        profile = candidate.profile
        if query.markers.negation and not profile.negative:
            return Verdict(self.name, False, "asks what is not so; the fact says what is")
        if query.markers.negation and (query.yes_no or query.claims):
            stated = self._denied_but_stated(query, candidate)
            if stated:
                return Verdict(self.name, False, f"the claim says it is not so; the fact says it is ({stated})")
        asserted = {u.token for u in candidate.covered}
        if asserted:  # (a fact covering nothing of the question asserts none of it)
            asserted &= negated_words(candidate)
        if asserted:
            # "India is a non-signatory to the NPT, right?" negates it as the fact does.
            index = candidate.scorer.index
            asserted -= _after_prefixes(
                tokenize(query.text), index.lexicon.words("negating_prefixes"), index.senses.token
            )
        if (
            asserted
            and Intent.WHEN in query.intents
            and not query.entities
            and query.markers.anaphor is None  # ("when did they sign it?" asks it of the partners)
            and bool(negated_partners(candidate, asserted))
        ):
            # "when was the NPT signed" names no signer: "India has not signed it" contradicts nothing it says (the
            # date it asks is what the fact lacks).
            asserted = set()
        if asserted and not query.markers.negation and negated_doer(query, candidate, asserted) is None:
            return Verdict(self.name, False, f"the fact says it is not so ({', '.join(sorted(asserted))})")
        denied = self._denied_by_prefix(query, candidate)
        if denied:
            return Verdict(self.name, False, f"asks about non-{denied}; the fact says {denied}")
        restricted = self._restricted(query, candidate)
        if restricted:
            return Verdict(self.name, False, f"the fact says it is restricted ({restricted})")
        opposites = candidate.scorer.index.lexicon.opposites
        if opposites and query.words & opposites.keys():
            # "does Japan oppose India's bid?" against "support each other's candidacy": the fact says the opposite.
            said = candidate.scorer.answer_stems(candidate.index)
            for word in sorted(query.words & opposites.keys()):
                if opposites[word] in query.words:
                    continue  # "support or oppose?" asks which
                if stem(opposites[word]) in said and stem(word) not in said:
                    return Verdict(self.name, False, f"the fact says {opposites[word]}, not {word}")
        return _passed(self.name)

    @staticmethod
    def _denied_but_stated(query: Query, candidate: Candidate) -> str:
        """Return a word a claim denies that a fact with a "not" of its own states plainly, or "".

        "Japan doesn't restrict nuclear tech transfers to India, right?" against "Japan restricts nuclear technology
        transfers to India because India has not signed the NPT": the fact's "not" is of India's signing, and the
        restriction the claim denies is what it states. A word the fact negates too, or puts under a restriction
        ("Japan doesn't transfer nuclear tech": it restricts transfers), is not stated plainly; and a claim with
        anything the fact lacks ("CEPA didn't come into effect in 2014") may deny just that.
        """
        scorer = candidate.scorer
        lexicon, token = scorer.index.lexicon, scorer.index.senses.token
        negations = lexicon.words("negations")
        # (A "never" is a word of the claim the fact need not hold: it is the denial itself.)
        if any(u.label not in negations for u in candidate.uncovered):
            return ""
        if candidate.missing_figures or candidate.missing_entities:
            return ""
        asked = [t for t in tokenize(query.text) if t not in lexicon.ignored or t in negations]
        # The word a "not" denies is the one right after it ("doesn't restrict"; "has not signed the NPT" denies the
        # signing, not the NPT).
        denied = {token(asked[i + 1]) for i, t in enumerate(asked[:-1]) if t in negations}
        partners = scorer.partner_concepts
        covered = {t for u in candidate.covered if u.token not in partners for a in u.alternatives for t in a}
        denied = (denied - negations) & covered
        if not denied:
            return ""
        tokens = scorer.answer_tokens(candidate.index)
        # What the fact's own "not" bears on ("has not signed the NPT": signing, the NPT) is not stated plainly.
        reach = scorer.thresholds.negation_reach
        negated = {token(w) for i, t in enumerate(tokens) if t in negations for w in tokens[i + 1 : i + 1 + reach]}
        answer = [w for w in tokens if w not in lexicon.ignored]
        restricting = lexicon.words("restricting_words")
        under = {
            token(w)
            for i, word in enumerate(answer)
            if word in restricting
            for w in answer[i + 1 : i + 1 + scorer.thresholds.restriction_reach]
        }
        plain = denied - negated_words(candidate) - negated - under
        return ", ".join(sorted(plain & {token(w) for w in answer}))

    @staticmethod
    def _restricted(query: Query, candidate: Candidate) -> str:
        """Return what a fact says is restricted of what a claim says simply happens, or "".

        "Japan transfers nuclear tech to India, true?" against "Japan restricts nuclear technology transfers to
        India": the claim leaves out the restriction the fact puts on it.
        """
        lexicon = candidate.scorer.index.lexicon
        restricting = lexicon.words("restricting_words")
        if not (query.yes_no or query.claims) or query.markers.negation or query.words & restricting:
            return ""
        tokens = candidate.scorer.answer_tokens(candidate.index)
        if not restricting & set(tokens):
            return ""
        token, reach = candidate.scorer.index.senses.token, candidate.scorer.thresholds.restriction_reach
        partners = candidate.scorer.partner_concepts
        claimed = [
            {t for alternative in u.alternatives for t in alternative}
            for u in candidate.covered
            if u.kind != "entity" and u.token not in partners
        ]
        content = [w for w in tokens if w not in lexicon.ignored]
        for n, word in enumerate(content):
            if word not in restricting:
                continue
            phrase = {token(w): w for w in content[n + 1 : n + 1 + reach]}
            # Every word of the claim is of what is restricted: "nuclear technology transfers are a concern,
            # right?" is about the concern, and "does Japan have nuclear weapons?" about weapons (words only of the
            # NPT's long name), neither of which the restriction denies.
            if claimed and all(words & phrase.keys() for words in claimed):
                hit = sorted(phrase[t] for words in claimed for t in words & phrase.keys())
                return f"{word} {hit[-1]}"
        return ""


class YesNoCheck:
    """A yes/no question asserts something; only a fact covering all of it can confirm it."""

    name = "yes/no"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        # ("AAGC ... Asia ke development ke liye banaya na?": a statement tagged to be confirmed asserts as much.)
        if not (query.yes_no or (query.claims and query.tagged)) or candidate.coverage >= thresholds.yes_no_coverage:
            return _passed(self.name)
        return Verdict(self.name, False, "a yes/no question the fact does not wholly cover")


class AssertedSubjectCheck:
    """ "Is X a Y?" is confirmed or denied only by a fact that names X ("is health a line of effort" is not answered
    by the count of the lines)."""

    name = "asserted subject"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        credits = candidate.profile.credits
        missing = [t for t in query.asserted_subject if not credits.get(t, 0.0) > 0]
        covered = {w for u in candidate.covered for alternative in u.alternatives for w in alternative}
        missing = [t for t in missing if t not in covered]
        return Verdict(self.name, not missing, f"does not name {' '.join(missing)}" if missing else "")


class OptionsCheck:
    """A question that asks to choose between options ("army or navy") is answered only by a fact naming one."""

    name = "options"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        """Judge one candidate."""
        missed = [u.label for u in candidate.uncovered if u.options]
        return Verdict(self.name, not missed, f"names none of {missed[0]}" if missed else "")


DEFAULT_CHECKS: tuple[Check, ...] = (
    CoverageCheck(),
    AssertedSubjectCheck(),
    RareWordCheck(),
    WrittenNameCheck(),
    NamedHeadCheck(),
    AskedKindCheck(),
    FiguresCheck(),
    TopicOnlyCheck(),
    PairOnlyCheck(),
    FollowUpCheck(),
    ListItemCheck(),
    AttributeCheck(),
    AssertedEventCheck(),
    SetAsideCheck(),
    SpeakerCheck(),
    MembershipCheck(),
    BareKindCheck(),
    SubjectCheck(),
    PartnerOwnerCheck(),
    DoerCheck(),
    JointSubjectCheck(),
    ScatteredNameCheck(),
    LongNameCheck(),
    UnknownNameCheck(),
    UnknownThingCheck(),
    DocumentCheck(),
    EntityCheck(),
    DirectionCheck(),
    PairCheck(),
    OptionsCheck(),
    DateCheck(),
    AmountYearCheck(),
    DatedThingCheck(),
    BoundCheck(),
    OwnerCheck(),
    WhoseCheck(),
    OwnedThingCheck(),
    EquatedThingsCheck(),
    CategoryCheck(),
    FigureOwnerCheck(),
    YesNoCheck(),
    PolarityCheck(),
)


@quick_init
@dataclass(frozen=True)
class Judged:
    """A candidate with every check's verdict (the checks run on first use)."""

    candidate: Candidate
    checks: tuple[Check, ...] = field(repr=False, default=())
    thresholds: Thresholds = field(repr=False, default=DEFAULT_THRESHOLDS)

    @cached_property
    def verdicts(self) -> tuple[Verdict, ...]:
        """Return every check's verdict."""
        made = self._judged_so_far()
        if len(made) < len(self.checks):
            # The checks judged already (up to the first that failed, say) are not judged again.
            candidate, thresholds = self.candidate, self.thresholds
            query = candidate.query
            made.extend(check(query, candidate, thresholds) for check in self.checks[len(made) :])
        return tuple(made)

    @property
    def corrections(self) -> tuple[tuple[str, str], ...]:
        """Return the typo corrections made in reading the question."""
        return self.candidate.query.corrections

    @cached_property
    def ok(self) -> bool:
        """Tell whether every check passed (judging in turn, and only up to the first that fails)."""
        if "verdicts" in self.__dict__:
            return all(v.ok for v in self.verdicts)
        # Most candidates fail an early check: the costlier ones are then judged only if a reason is wanted.
        return self._first_failure(_NO_NAMES, among=False) is None

    def failed_within(self, allowed: frozenset[str]) -> frozenset[str] | None:
        """Return the names of the checks that fail when they are all ``allowed``, else None.

        The decision asks this of candidates that fail (``ok`` is False): judging stops at the first failing check
        not allowed, so a candidate that failed an early check is not judged by the thirty others for nothing.
        """
        if "verdicts" not in self.__dict__ and self._first_failure(allowed, among=False) is not None:
            return None
        failed = frozenset(v.check for v in self.verdicts if not v.ok)
        return failed if failed <= allowed else None

    def failed_outside(self, allowed: frozenset[str]) -> bool:
        """Tell whether a check judged so far failed that is not ``allowed`` (judging nothing more): ``failed_within``
        of the same names is then None."""
        return any(not v.ok and v.check not in allowed for v in self._judged_so_far())

    @property
    def judged_so_far(self) -> Sequence[Verdict]:
        """Return the verdicts judged so far, in the checks' order (the first of ``checks``)."""
        return self._judged_so_far()

    def fails_any(self, names: frozenset[str]) -> bool:
        """Tell whether any check of these names fails, judging in turn only up to the first such failure."""
        if "verdicts" not in self.__dict__:
            return self._first_failure(names, among=True) is not None
        return any(not v.ok and v.check in names for v in self.verdicts)

    def _judged_so_far(self) -> list[Verdict]:
        """Return the verdicts judged so far, in the checks' order (kept on the instance as they are judged)."""
        made: list[Verdict] | None = self.__dict__.get("_made")
        if made is None:
            made = self.__dict__["_made"] = []
        return made

    def _first_failure(self, names: frozenset[str], among: bool) -> Verdict | None:
        """Return the first failing verdict whose check is (``among``) or is not among ``names``, judging the checks
        not judged yet in turn; None when there is none (every verdict is then known)."""
        made = self._judged_so_far()
        for verdict in made:
            if not verdict.ok and (verdict.check in names) is among:
                return verdict
        candidate, thresholds = self.candidate, self.thresholds
        query = candidate.query
        for check in self.checks[len(made) :]:
            verdict = check(query, candidate, thresholds)
            made.append(verdict)
            if not verdict.ok and (verdict.check in names) is among:
                return verdict
        self.__dict__["verdicts"] = tuple(made)
        return None

    @property
    def reason(self) -> str:
        """Explain the judgement: what matched, what did not, which checks failed."""
        c = self.candidate
        parts = [f"matched {', '.join(u.label for u in c.covered) or 'nothing'}"]
        if c.uncovered:
            parts.append(f"not covered: {', '.join(u.label for u in c.uncovered)}")
        parts.extend(f"[{v.check}] {v.reason}" for v in self.verdicts if not v.ok)
        if self.corrections:
            parts.append("read " + ", ".join(f"{a!r} as {b!r}" for a, b in self.corrections))
        return "; ".join(parts) + f" (coverage {c.coverage:.2f}, phrasing {c.similarity:.2f})"

    @property
    def match(self) -> Match:
        """Return the candidate as an outcome's match."""
        c = self.candidate
        return Match(c.fact, c.score, c.coverage, self.reason, frozenset(u.label for u in c.covered))


def judge(query: Query, candidate: Candidate, checks: tuple[Check, ...], thresholds: Thresholds) -> Judged:
    """Prepare every check of one candidate (they run when the decision first needs a verdict)."""
    return Judged(candidate, checks, thresholds)


def _same_sums(
    asked: Sequence[str], stated: Sequence[str], groups: Mapping[str, str], powers: Mapping[str, int]
) -> set[str]:
    """Return the magnitude words of the sums a question writes that equal a sum the fact writes in another
    magnitude ("22850 million" and "22.85 billion")."""
    if not powers.keys() & set(asked):
        return set()

    def sums(tokens: Sequence[str]) -> list[tuple[Decimal, str]]:
        return [
            (Decimal(figure).scaleb(powers[magnitude]), magnitude)
            for _i, figure, magnitude in _sums(tokens, groups)
            if magnitude in powers and _PLAIN_FIGURE.fullmatch(figure)
        ]

    given = {value for value, _word in sums(stated)}
    return {word for value, word in sums(asked) if value in given}


def _sums(tokens: Sequence[str], groups: Mapping[str, str]) -> list[tuple[int, str, str]]:
    """Return (where, figure, magnitude) for each figure written with a magnitude after it ("25 billion")."""
    return [
        (i, tokens[i], tokens[i + 1])
        for i in range(len(tokens) - 1)
        if is_number(tokens[i]) and not _DATE.fullmatch(tokens[i]) and groups.get(tokens[i + 1]) == "magnitude"
    ]
