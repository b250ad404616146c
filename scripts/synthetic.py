"""Generate a deterministic synthetic knowledge base, and chat-style questions about it, for benchmarks.

The base imitates current-affairs notes on bilateral relations: fake countries with states, cities and
ports; schemes, agreements, exercises, corridors and forums named from syllables and real policy words,
each with an abbreviation in its article's glossary. Every fact has a canonical question, 4-6 chat
phrasings (lowercase, keyword-only, Hinglish), an answer with years, amounts or names, and keywords.

Run ``python -m scripts.synthetic --facts 1000 --out /tmp/kb`` to write it as YAML knowledge files
(then ``studybot validate /tmp/kb``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.schema import (
    MAX_ANSWER_CHARS,
    MAX_BULLET_CHARS,
    MAX_EXPLANATION_CHARS,
    MAX_KEYWORD_CHARS,
    MAX_QUESTION_CHARS,
    MAX_SUMMARY_BULLETS,
    Fact,
    GlossaryEntry,
    KnowledgeFile,
    QuizItem,
    Section,
    Source,
)
from bot.core.knowledge.validation import near_duplicate_facts
from bot.core.language.lexicon import LEXICON
from bot.core.language.text import stem

FACTS_PER_ARTICLE = 100
QUIZ_ITEMS_PER_ARTICLE = 5
GLOSSARY_FILE_NAME = "glossary.yaml"

# ---------------------------------------------------------------------------------------------- vocabulary
#: Real policy words: topics of schemes, agreements and forums, and the body of answers.
POLICY_TOPICS: tuple[str, ...] = tuple(
    """
    trade defence investment semiconductor port corridor treaty tariff customs logistics shipping maritime naval
    cyber space satellite nuclear uranium hydrogen ammonia solar wind hydropower geothermal biofuel ethanol battery
    lithium cobalt nickel copper graphite minerals mining steel aluminium cement textiles apparel pharmaceuticals
    vaccines healthcare telemedicine biotechnology genomics agriculture fisheries dairy horticulture irrigation
    fertiliser water sanitation housing railways metro highways aviation airports tourism education skills
    universities scholarships research innovation startups fintech payments banking insurance taxation currency
    remittances migration visas diaspora culture heritage sports media broadcasting telecom broadband privacy
    quantum robotics drones electronics software cloud resilience connectivity infrastructure grid transmission
    electricity energy climate emissions carbon forestry biodiversity wildlife oceans coastal disaster humanitarian
    peacekeeping counterterrorism intelligence border security army submarine frigate missile radar ammunition
    shipbuilding dockyard procurement standards regulation competition labour employment pensions welfare nutrition
    rural tribal cooperative microfinance credit bonds equity governance elections judiciary parliament diplomacy
    embassy consulate multilateralism sanctions nonproliferation disarmament arbitration patents ecommerce identity
    manufacturing automobiles freight containers warehousing spices tea coffee rice wheat pulses sugar cotton jute
    rubber timber gems jewellery petroleum refinery pipeline gas coal fertilisers chemicals plastics recycling
    circularity wastewater desalination monsoon drought floods cyclone earthquake seismology meteorology
    oceanography hydrography navigation surveillance reconnaissance interoperability deterrence mobility
    urbanisation incubation accelerators grants livelihoods literacy vocational apprenticeship nursing caregiving
    pharmacology diagnostics pandemic preparedness antimicrobial ayurveda yoga wellness handicrafts handloom films
    animation gaming semiconductors fabrication packaging assembly chipsets microcontrollers photonics lasers optics
    materials composites titanium alloys propulsion launchers rockets orbit lunar planetary astronomy telescopes
    geospatial mapping cadastral census statistics audit ports harbours dredging lighthouses canals waterways
    ferries cruise bridges tunnels expressways
    """.split()
)

#: Two-word topics, for names that read like real programmes.
POLICY_PHRASES: tuple[str, ...] = (
    "clean energy",
    "supply chain",
    "green hydrogen",
    "critical minerals",
    "digital payments",
    "rare earths",
    "food security",
    "public health",
    "skill development",
    "blue economy",
    "electric vehicles",
    "space situational awareness",
    "maritime domain awareness",
    "disaster resilience",
    "artificial intelligence",
    "digital public infrastructure",
    "cold chain",
    "edible oils",
    "liquefied natural gas",
    "crude oil",
    "high speed rail",
    "industrial parks",
    "special economic zones",
    "venture capital",
    "development finance",
    "export controls",
    "intellectual property",
    "geographical indications",
    "counter terrorism",
    "coast guard",
    "air defence",
    "undersea cables",
    "data centres",
    "quantum computing",
    "solar modules",
    "wind turbines",
    "battery storage",
    "carbon markets",
    "climate finance",
    "sustainable fuel",
)

GOODS: tuple[str, ...] = (
    "machinery",
    "electronics",
    "pharmaceuticals",
    "organic chemicals",
    "iron and steel",
    "vehicles and parts",
    "marine products",
    "cotton yarn",
    "gems and jewellery",
    "petroleum products",
    "rice",
    "spices",
    "tea",
    "coffee",
    "aluminium",
    "copper",
    "plastics",
    "fertilisers",
    "textiles",
    "medical devices",
    "semiconductors",
    "telecom equipment",
    "aircraft parts",
    "ships and boats",
    "rubber goods",
    "leather goods",
    "processed food",
    "coal",
    "liquefied natural gas",
    "rare earth magnets",
)

GOALS: tuple[str, ...] = (
    "cut import dependence",
    "train skilled workers",
    "attract foreign investment",
    "build domestic manufacturing",
    "secure supply chains",
    "create jobs in small towns",
    "lower logistics costs",
    "raise exports",
    "fund joint research",
    "expand rural access",
    "modernise regulation",
    "speed up approvals",
    "build testing facilities",
    "support startups",
    "reduce emissions",
)

PUBLISHERS = (
    "Civils Daily Digest",
    "Policy Monitor",
    "Current Affairs Weekly",
    "Mains Ready Notes",
    "The Prelims Brief",
    "Global Affairs Review",
)
PARTNERSHIP_LEVELS = (
    "Strategic Partnership",
    "Comprehensive Strategic Partnership",
    "Special Strategic and Global Partnership",
    "Enhanced Strategic Partnership",
    "Global Strategic Partnership",
)
SCHEME_KINDS = ("Mission", "Scheme", "Initiative", "Programme", "Fund")
AGREEMENT_KINDS = ("Agreement", "Pact", "Accord", "Treaty", "Memorandum")
AGREEMENT_QUALIFIERS = ("", "Comprehensive ", "Framework ", "Mutual ", "Reciprocal ", "Strategic ", "Enhanced ")
FORUM_KINDS = ("Forum", "Council", "Dialogue", "Task Force", "Working Group", "Commission")
CORRIDOR_KINDS = ("Economic Corridor", "Industrial Corridor", "Green Corridor", "Maritime Corridor", "Digital Corridor")
EXERCISE_KINDS = ("naval", "army", "air force", "coast guard", "special forces", "humanitarian relief")
MINISTRIES = ("Commerce", "External Affairs", "Defence", "Finance", "Science", "Energy", "Health", "Ports")

_ONSETS = ("b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "th", "kh", "br", "dr", "tr", "st")
_VOWELS = ("a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ia", "ou")
_CODAS = ("", "", "", "", "", "n", "r", "l", "s", "m", "k", "sh")
_COUNTRY_ENDINGS = ("ia", "land", "stan", "ora", "esh", "ova", "ar", "ana")
_CITY_ENDINGS = ("pur", "abad", "grad", "ton", "haven", "nagar", "burg", "ville", "kot")
_PORT_ENDINGS = ("port", "bandar", "pattinam", "harbour")
#: Onsets that never start a generated base name, so unanswerable questions built from them name nothing in the base.
_UNKNOWN_ONSETS = ("qu", "x", "j", "w", "f", "c", "h", "y", "zw", "pf")
_ABBREVIATION_STOP = frozenset({"of", "and", "the", "for", "on", "in", "to"})


# ---------------------------------------------------------------------------------------------- helpers
def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;") + "."


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


class _Spread:
    """Accept only words at least ``distance`` single-letter insertions or deletions from every accepted word."""

    # Names or abbreviations a letter or two apart make questions on different facts read alike (the validator's
    # near-duplicate check flags them). A deletion-neighbourhood index of up to ``reach`` deletions finds them: the
    # defaults rule out a changed, extra or missing letter and two extra letters ("RNDC" and "RORNDC"). Words are
    # compared as written and as the matcher reads them (stemmed).

    def __init__(self, reach: int = 2, distance: int = 3) -> None:
        self._reach = reach
        self._distance = distance
        self._variants: dict[str, int] = {}

    def _neighbours(self, word: str) -> dict[str, int]:
        found = {word: 0}
        layer = {word}
        for count in range(1, self._reach + 1):
            layer = {w[:i] + w[i + 1 :] for w in layer for i in range(len(w))}
            for variant in layer:
                found.setdefault(variant, count)
        return found

    def _far(self, key: str) -> bool:
        variants = self._variants
        # A variant shared at ``count`` and ``seen`` deletions puts the words at most count + seen edits apart.
        if variants.get(key, 9) < self._distance:
            return False
        layer = {key}
        for count in range(1, self._reach + 1):
            layer = {w[:i] + w[i + 1 :] for w in layer for i in range(len(w))}
            if any(variants.get(variant, 9) + count < self._distance for variant in layer):
                return False
        return True

    def is_far(self, word: str) -> bool:
        """Tell whether ``word``, as written and as stemmed, is far enough from every accepted word."""
        key = word.casefold()
        # The cheap check on the written form rejects most candidates before the (slow) stemmer runs.
        return self._far(key) and self._far(stem(key))

    def add(self, word: str) -> None:
        """Accept ``word`` (both its written and its stemmed form)."""
        variants = self._variants
        key = word.casefold()
        for form in {key, stem(key)}:
            for variant, count in self._neighbours(form).items():
                if count < variants.get(variant, 9):
                    variants[variant] = count

    def accept(self, word: str) -> bool:
        """Accept ``word`` and return True if it is far from every accepted word; otherwise return False."""
        if not self.is_far(word):
            return False
        self.add(word)
        return True


class _Names:
    """Make pronounceable names from syllables, each far from every earlier one."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._spread = _Spread()

    def _syllables(self, count: int) -> str:
        rng = self._rng
        return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(count))

    def word(self, syllables: int, ending: str = "") -> str:
        """Return a new capitalised word of ``syllables`` syllables (more if the short ones run out)."""
        for attempt in range(2000):
            name = (self._syllables(syllables) + ending).capitalize()
            if len(name) >= 5 and self._spread.accept(name):
                return name
            if attempt % 50 == 49:
                syllables += 1
        raise RuntimeError("syllable space exhausted")

    def person(self) -> str:
        """Return a person's name (given name and family name); people need not be unique."""
        return f"{self._syllables(2).capitalize()} {self._syllables(self._rng.choice((2, 3))).capitalize()}"


@dataclass
class _Country:
    name: str
    demonym: str
    capital: str
    states: list[str]
    cities: list[str]
    ports: list[str]
    free_states: list[str] = field(default_factory=list)


@dataclass
class _FactDraft:
    """A fact before it gets its id: its section, texts, and optionally a quiz item about it."""

    section: str
    kind: str
    question: str
    alternatives: list[str]
    answer: str
    keywords: list[str]
    #: For a quiz item: the correct choice, the explanation, and three wrong choices.
    quiz: tuple[str, str, tuple[str, ...]] | None = None


SECTIONS: dict[str, tuple[str, str]] = {
    "why_in_news": ("Why in the News?", "The visit and the upgrade that put the partnership in the news."),
    "economic_ties": ("Economic and Trade Ties", "Trade, investment and the agreements between the two."),
    "defence": ("Defence and Security Cooperation", "Exercises, security pacts and dialogues between the forces."),
    "technology": ("Technology and Innovation", "Joint schemes on research, manufacturing and new technologies."),
    "development": ("Development Partnership", "Infrastructure, corridors and state-level partnerships."),
    "global_role": ("Role in the Global Order", "Summits, forums and cooperation in multilateral bodies."),
}


class _Generator:
    """Hold the shared state of one synthetic base: countries, names and claimed glossary terms."""

    def __init__(self, seed: int, n_articles: int) -> None:
        self.rng = random.Random(seed)
        self.names = _Names(self.rng)
        self.abbreviations = _Spread()
        self.claimed: set[str] = set()
        # Every article pairs two countries that no other article pairs.
        n_countries = max(12, int((4 * n_articles) ** 0.5) + 10)
        self.countries: list[_Country] = []
        for _ in range(n_countries):
            self.countries.append(self._country())
        self.pairs_used: set[frozenset[str]] = set()
        self._article_used: set[str] = set()

    # ------------------------------------------------------------------ names
    def _country(self) -> _Country:
        rng = self.rng
        while True:
            name = self.names.word(rng.choice((1, 2)), rng.choice(_COUNTRY_ENDINGS))
            # Country names fill most article-level questions, so they are kept further apart than other names.
            if any(fuzz.ratio(name.casefold(), c.name.casefold()) > 50 for c in self.countries):
                continue
            demonym = name.removesuffix("ia").removesuffix("a") + rng.choice(("ian", "ese", "i", "ish"))
            if self._claim(name) and self._claim(demonym):
                break
        states = [self.names.word(rng.choice((2, 3))) for _ in range(12)]
        cities = [self.names.word(2, rng.choice(_CITY_ENDINGS)) for _ in range(8)]
        ports = [self.names.word(2, rng.choice(_PORT_ENDINGS)) for _ in range(4)]
        capital = self.names.word(2, rng.choice(_CITY_ENDINGS))
        return _Country(name, demonym, capital, states, cities, ports, free_states=list(states))

    def _claim(self, variant: str) -> bool:
        """Reserve a glossary spelling; return False if another entry already uses it (case-insensitive)."""
        key = " ".join(variant.casefold().split())
        if key in self.claimed:
            return False
        self.claimed.add(key)
        return True

    def _usable_abbreviation(self, abbr: str) -> bool:
        low = abbr.casefold()
        if len(abbr) < 3 or low in self.claimed or low in LEXICON.ignored or low in LEXICON.intent_cue_words:
            return False
        if not self.abbreviations.is_far(low) or zipf_frequency(low, "en", wordlist="small") > 2.0:
            return False
        self.abbreviations.add(low)
        return self._claim(abbr)

    def _abbreviation(self, full: str, preferred: Sequence[str] = ()) -> str:
        """Return a new abbreviation of ``full``: its initials when free, else a longer or varied form."""
        words = [w for w in re.split(r"[\s-]+", full) if w and w.casefold() not in _ABBREVIATION_STOP]
        initials = "".join(w[0] for w in words).upper()
        candidates = [*preferred, initials]
        for i, word in enumerate(words):
            candidates.append(initials[:i] + word[:2].upper() + initials[i + 1 :])
        for i, word in enumerate(words):
            candidates.append(initials[:i] + word[:3].upper() + initials[i + 1 :])
        for candidate in candidates:
            if self._usable_abbreviation(candidate):
                return candidate
        letters = "ABCDEFGHIJKLMNOPRSTUVWZ"
        for attempt in range(500):
            extra = "".join(self.rng.choice(letters) for _ in range(1 + attempt // 100))
            position = self.rng.randrange(1, len(initials) + 1)
            candidate = initials[:position] + extra + initials[position:]
            if self._usable_abbreviation(candidate):
                return candidate
        raise RuntimeError(f"no free abbreviation for {full!r}")

    def _named(self, make: Callable[[], str]) -> str:
        """Return a new full name from ``make`` that no glossary entry uses yet."""
        for _attempt in range(200):
            full = make()
            if self._claim(full):
                return full
        raise RuntimeError("could not find a free name")

    def _entry(self, glossary: list[GlossaryEntry], full: str, preferred: Sequence[str] = ()) -> str:
        abbr = self._abbreviation(full, preferred)
        glossary.append(GlossaryEntry(term=abbr, expansion=full))
        return abbr

    def _topic(self) -> str:
        rng = self.rng
        return rng.choice(POLICY_PHRASES) if rng.random() < 0.3 else rng.choice(POLICY_TOPICS)

    def _fresh(self, pick: Callable[[], str]) -> str:
        """Return a pick the current article has not used yet (names that differ in one word read alike)."""
        for _attempt in range(50):
            value = pick()
            if value not in self._article_used:
                break
        self._article_used.add(value)
        return value

    def _year(self, low: int = 1990, high: int = 2025) -> int:
        return self.rng.randint(low, high)

    def _amount(self, low: float = 0.2, high: float = 95.0) -> str:
        value = self.rng.uniform(low, high)
        if value < 1:
            return f"US$ {value * 1000:.0f} million"
        return f"US$ {value:.2f} billion"

    # ------------------------------------------------------------------ article
    def article(self, number: int, n_facts: int) -> KnowledgeFile:
        """Return one article file with ``n_facts`` facts, its glossary and a few quiz items."""
        rng = self.rng
        while True:
            home, partner = rng.sample(self.countries, 2)
            pair = frozenset((home.name, partner.name))
            if pair not in self.pairs_used:
                self.pairs_used.add(pair)
                break
        glossary: list[GlossaryEntry] = []
        self._article_used.clear()
        drafts = list(self._drafts(home, partner, n_facts, glossary))
        published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3980))
        updated = published + dt.timedelta(days=rng.randrange(1, 30)) if rng.random() < 0.5 else None
        theme = rng.choice(("Partnership", "Relations", "Ties", "Strategic Partnership", "Cooperation"))
        source_id = f"a{number:05d}-{_slug(home.name)}-{_slug(partner.name)}"[:64]
        section_ids = sorted({d.section for d in drafts}, key=list(SECTIONS).index)
        sections = tuple(
            Section(
                id=sid,
                title=SECTIONS[sid][0],
                summary=f"{SECTIONS[sid][1]} This part of the note covers {home.name} and {partner.name}.",
            )
            for sid in section_ids
        )
        facts: list[Fact] = []
        quiz: list[QuizItem] = []
        for index, draft in enumerate(drafts):
            fact_id = f"a{number:05d}-f{index:03d}-{draft.kind}"
            facts.append(
                Fact(
                    id=fact_id,
                    section=draft.section,
                    question=_clip(draft.question, MAX_QUESTION_CHARS),
                    alternatives=tuple(_clip(a, MAX_QUESTION_CHARS) for a in draft.alternatives),
                    answer=_clip(draft.answer, MAX_ANSWER_CHARS),
                    keywords=tuple(k[:MAX_KEYWORD_CHARS] for k in draft.keywords),
                )
            )
            if draft.quiz is not None and len(quiz) < QUIZ_ITEMS_PER_ARTICLE:
                correct, explanation, wrong = draft.quiz
                choices = [correct, *wrong]
                rng.shuffle(choices)
                quiz.append(
                    QuizItem(
                        id=f"a{number:05d}-q{len(quiz) + 1}",
                        fact=fact_id,
                        question=_clip(draft.question, MAX_QUESTION_CHARS),
                        choices=tuple(choices),
                        answer=correct,
                        explanation=_clip(explanation, MAX_EXPLANATION_CHARS),
                    )
                )
        n_bullets = min(len(drafts), rng.randint(3, MAX_SUMMARY_BULLETS - 1))
        bullets = [_clip(d.answer, MAX_BULLET_CHARS) for d in rng.sample(drafts, n_bullets)]
        source = Source(
            id=source_id,
            title=f"{home.name}-{partner.name} {theme}",
            publisher=rng.choice(PUBLISHERS),
            url=f"https://example.org/notes/{source_id}",
            published=published,
            updated=updated,
            reading_time_minutes=rng.randint(3, 15),
            tags=tuple((entry.expansion or entry.term)[:MAX_KEYWORD_CHARS] for entry in glossary[:3]),
            summary=(f"{home.name} and {partner.name} deepened their {theme.casefold()}.", *bullets),
        )
        return KnowledgeFile(
            source=source, sections=sections, facts=tuple(facts), glossary=tuple(glossary), quiz=tuple(quiz)
        )

    def _drafts(self, a: _Country, b: _Country, n_facts: int, glossary: list[GlossaryEntry]) -> Iterator[_FactDraft]:
        rng = self.rng
        fixed = list(self._article_level(a, b))
        rng.shuffle(fixed)
        produced = 0
        for draft in fixed[: max(1, n_facts // 6)]:
            yield draft
            produced += 1
        makers = (self._scheme, self._agreement, self._exercise, self._corridor, self._forum)
        while produced < n_facts:
            for draft in rng.choice(makers)(a, b, glossary):
                if produced >= n_facts:
                    return
                yield draft
                produced += 1

    # ------------------------------------------------------------------ article-level facts
    def _article_level(self, a: _Country, b: _Country) -> Iterator[_FactDraft]:
        yield from self._trade(a, b)
        yield from self._goods(a, b)
        rng = self.rng
        an, bn, al, bl = a.name, b.name, a.name.casefold(), b.name.casefold()
        rank = rng.randint(2, 12)
        yield _FactDraft(
            "economic_ties",
            "fdi",
            f"Where does {bn} rank among investors in {an}?",
            [
                f"{bl} fdi rank in {al}",
                f"{bl} investment in {al}",
                f"how big an investor is {bl} in {al}",
                f"{bl} ka {al} mein investment kitna hai",
                f"cumulative {bl} fdi {al}",
            ],
            f"{bn} is the {_ordinal(rank)}-largest source of FDI in {an}, with cumulative investment of "
            f"{self._amount(5, 60)} since {self._year(1995, 2010)}.",
            [f"{bl} fdi", "foreign direct investment", "investor rank"],
        )
        level, level_year = rng.choice(PARTNERSHIP_LEVELS), self._year(2000, 2024)
        yield _FactDraft(
            "why_in_news",
            "level",
            f"When were {an}-{bn} ties upgraded?",
            [
                f"{al} {bl} partnership upgrade year",
                f"when did {al} and {bl} upgrade ties",
                f"{al} {bl} relationship upgrade",
                f"{al} {bl} ties kab upgrade hue",
                f"level of {al} {bl} relations",
            ],
            f"{an} and {bn} raised their ties to a {level} in {level_year}, after a visit by {an}'s head of "
            f"government to {b.capital}.",
            [f"{al} {bl} ties", level.casefold(), "upgrade"],
        )
        for n, year in zip(rng.sample(range(3, 25), 3), rng.sample(range(2000, 2026), 3), strict=True):
            city = rng.choice([*b.cities, *a.cities, a.capital, b.capital])
            yield _FactDraft(
                "global_role",
                "summit",
                f"Where was the {_ordinal(n)} {an}-{bn} annual summit held?",
                [
                    f"{_ordinal(n)} {al} {bl} summit venue",
                    f"{al} {bl} summit {year} location",
                    f"{_ordinal(n)} annual summit {bl} {al} held where",
                    f"venue of the {_ordinal(n)} summit of {al} and {bl}",
                ],
                f"The {_ordinal(n)} {an}-{bn} annual summit was held in {city} in {year}.",
                [f"{_ordinal(n)} summit", f"{al} {bl} summit", city.casefold()],
            )
        provinces = rng.sample(b.states, 4)
        for province in provinces:
            if not a.free_states:
                break
            state = a.free_states.pop(rng.randrange(len(a.free_states)))
            sl, pl = state.casefold(), province.casefold()
            yield _FactDraft(
                "development",
                "pair",
                f"Which {bn} province is paired with {state}?",
                [
                    f"{sl} partner province",
                    f"{sl} paired with which {bl} province",
                    f"{pl} in {bl} goes with which state of {al}",
                    f"{sl} {bl} pairing",
                    f"{sl} ka partner kaun hai",
                ],
                f"{state} in {an} is paired with {province} in {bn} under a state-province partnership signed "
                f"in {self._year(2005, 2025)}.",
                [f"{sl} pairing", pl, "state-province partnership"],
            )

    def _trade(self, a: _Country, b: _Country) -> Iterator[_FactDraft]:
        rng = self.rng
        an, bn, al, bl = a.name, b.name, a.name.casefold(), b.name.casefold()
        for start in rng.sample(range(2005, 2025), 4):
            fy = f"{start}-{(start + 1) % 100:02d}"
            total = rng.uniform(2, 140)
            exports = total * rng.uniform(0.2, 0.8)
            yield _FactDraft(
                "economic_ties",
                "trade",
                f"What was {an}-{bn} bilateral trade in FY {fy}?",
                [
                    f"{al} {bl} trade value {fy}",
                    f"{al} {bl} bilateral trade {fy}",
                    f"how much trade between {al} and {bl} in {fy}",
                    f"{al} {bl} trade {fy} kitna tha",
                    f"total {bl} {al} trade fy {fy}",
                    f"trade figure for {fy} between {al} and {bl}",
                ],
                f"Bilateral trade between {an} and {bn} reached US$ {total:.2f} billion in FY {fy}, of which "
                f"{an}'s exports to {bn} were US$ {exports:.2f} billion.",
                [f"{al} {bl} trade", f"fy {fy}", "bilateral trade"],
                quiz=(
                    f"US$ {total:.2f} billion",
                    f"Bilateral trade in FY {fy} was US$ {total:.2f} billion.",
                    tuple(f"US$ {total * f:.2f} billion" for f in (0.6, 1.3, 1.7)),
                ),
            )

    def _goods(self, a: _Country, b: _Country) -> Iterator[_FactDraft]:
        al, bl = a.name.casefold(), b.name.casefold()
        for direction, seller, buyer in (("exports", a, b), ("imports", b, a)):
            goods = self.rng.sample(GOODS, 4)
            preposition = "to" if direction == "exports" else "from"
            yield _FactDraft(
                "economic_ties",
                direction,
                f"What are {a.name}'s main {direction} {preposition} {b.name}?",
                [
                    f"{al} {direction} {bl}",
                    f"what does {al} {'sell to' if direction == 'exports' else 'buy from'} {bl}",
                    f"main {direction} of {al} {preposition} {bl}",
                    f"{al} {bl} {'export list' if direction == 'exports' else 'import basket'}",
                ],
                f"{seller.name} mainly sells {_join(goods)} to {buyer.name}; {goods[0]} alone make up about "
                f"{self.rng.randint(12, 40)}% of the total.",
                [f"{al} {direction}", goods[0], goods[1]],
            )

    # ------------------------------------------------------------------ named things
    def _scheme(self, a: _Country, b: _Country, glossary: list[GlossaryEntry]) -> Iterator[_FactDraft]:
        rng = self.rng
        owner = rng.choice((a.name, b.name, f"{a.name} and {b.name}"))
        topic, kind = self._topic(), rng.choice(SCHEME_KINDS)
        full = self._named(lambda: f"{self.names.word(2)} {topic.title()} {kind}")
        abbr = self._entry(glossary, full)
        al, fl, tl = abbr.casefold(), full.casefold(), topic.casefold()
        year = self._year()
        goals = rng.sample(GOALS, 2)
        yield _FactDraft(
            "technology",
            "launch",
            f"When was the {full} launched?",
            [
                f"{al} launch year",
                f"when did {al} start",
                f"{al} launched in which year",
                f"{fl} start date",
                f"{al} kab launch hua",
                f"year {al} began",
            ][: rng.randint(4, 6)],
            f"{owner} launched the {full} ({abbr}) in {year} to build {tl} capacity and {goals[0]}.",
            [abbr, "launch", tl],
            quiz=(str(year), f"The {abbr} was launched in {year}.", tuple(str(year + d) for d in (-3, 2, 5))),
        )
        yield _FactDraft(
            "technology",
            "aim",
            f"What is the aim of the {abbr}?",
            [
                f"{al} objective",
                f"purpose of {al}",
                f"why was the {fl} set up",
                f"{al} goal",
                f"{al} ka uddeshya kya hai",
                f"what does {al} try to achieve",
            ][: rng.randint(4, 6)],
            f"The {abbr} aims to {goals[0]} and {goals[1]} in {tl}, with a focus on {self._topic()} and "
            f"{self._topic()}.",
            [abbr, "aim", tl],
        )
        if rng.random() < 0.7:
            yield _FactDraft(
                "technology",
                "outlay",
                f"How much funding does the {abbr} have?",
                [
                    f"{al} budget",
                    f"{al} outlay",
                    f"total outlay of the {fl}",
                    f"how much money for {al}",
                    f"{al} kitna fund hai",
                    f"{al} financial allocation",
                ][: rng.randint(4, 6)],
                f"The {abbr} has an outlay of {self._amount(0.1, 12)} over {rng.randint(3, 10)} years, shared "
                f"between {a.name} and {b.name}.",
                [abbr, "outlay", "funding"],
            )
        if rng.random() < 0.5:
            ministry = rng.choice(MINISTRIES)
            yield _FactDraft(
                "technology",
                "agency",
                f"Which ministry runs the {abbr}?",
                [f"{al} nodal ministry", f"{al} implementing ministry", f"{al} run by which ministry", f"{al} agency"],
                f"The {abbr} is run by the {ministry} Ministry of {owner.split(' and ')[0]}, with a joint steering "
                f"committee that meets twice a year.",
                [abbr, "nodal ministry", ministry.casefold()],
            )

    def _agreement(self, a: _Country, b: _Country, glossary: list[GlossaryEntry]) -> Iterator[_FactDraft]:
        rng = self.rng
        form = self._fresh(lambda: f"{rng.choice(AGREEMENT_QUALIFIERS)}|{rng.choice(AGREEMENT_KINDS)}")
        qualifier, kind = form.split("|")
        topics: list[str] = []

        def make() -> str:
            topics.append(self._fresh(self._topic))
            return f"{a.name}-{b.name} {qualifier}{topics[-1].title()} {kind}"

        full = self._named(make)
        abbr = self._entry(glossary, full)
        short = full.split(" ", 1)[1]
        al, sl = abbr.casefold(), short.casefold()
        signed = self._year(1990, 2023)
        areas = rng.sample(POLICY_TOPICS, 4)
        yield _FactDraft(
            "economic_ties" if rng.random() < 0.6 else "defence",
            "signed",
            f"When did {a.name} and {b.name} sign the {short}?",
            [
                f"{al} signing year",
                f"{al} signed when",
                f"year of the {a.name.casefold()} {b.name.casefold()} {sl}",
                f"{al} kab sign hua",
                f"when was {al} signed",
                f"since when is the {al} in force",
            ][: rng.randint(4, 6)],
            f"{a.name} and {b.name} signed the {full} ({abbr}) in {signed}; it entered into force in {signed + 1}.",
            [abbr, "signed", topics[-1]],
            quiz=(str(signed), f"The {abbr} was signed in {signed}.", tuple(str(signed + d) for d in (-4, 3, 6))),
        )
        yield _FactDraft(
            "economic_ties",
            "scope",
            f"What does the {abbr} cover?",
            [f"scope of {al}", f"{al} covers which areas", f"areas under the {al}", f"{al} provisions"],
            f"The {abbr} covers {_join(areas[:3])}, and sets up a joint committee on {areas[3]}.",
            [abbr, "scope", areas[0]],
        )
        if rng.random() < 0.6:
            review = self._year(signed + 1, 2025)
            yield _FactDraft(
                "economic_ties",
                "review",
                f"When was the {abbr} last reviewed?",
                [f"{al} review year", f"{al} last review", f"was {al} upgraded", f"{al} review kab hua"],
                f"The {abbr} was last reviewed in {review} at the {_ordinal(rng.randint(2, 15))} joint committee "
                f"meeting, which agreed to widen its {areas[1]} chapter.",
                [abbr, "review", areas[1]],
            )

    def _exercise(self, a: _Country, b: _Country, glossary: list[GlossaryEntry]) -> Iterator[_FactDraft]:
        rng = self.rng
        kind = rng.choice(EXERCISE_KINDS)
        word = self.names.word(rng.choice((2, 3)))
        if rng.random() < 0.5:
            # Named like JIMEX: an abbreviation with an expansion in the glossary.
            full = self._named(lambda: f"{a.name}-{b.name} {word} {kind.title()} Exercise")
            name = self._entry(glossary, full, preferred=(word[:3].upper() + "EX", word[:4].upper() + "EX"))
        else:
            # Named like MALABAR: one capitalised word, kept apart from the abbreviations.
            while not self.abbreviations.is_far(word) or word.casefold() in self.claimed:
                word = self.names.word(rng.choice((2, 3)))
            self.abbreviations.add(word)
            name = word.upper()
            self._claim(name)
        nl = name.casefold()
        first = self._year(1992, 2018)
        latest = self._year(first + 1, 2025)
        edition = min(latest - first + 1, rng.randint(3, 20))
        city = rng.choice([*a.ports, *b.ports, *a.cities, *b.cities])
        yield _FactDraft(
            "defence",
            "exercise",
            f"What is {name}?",
            [
                f"{nl} exercise",
                f"{nl} is between which countries",
                f"which forces take part in {nl}",
                f"{nl} kya hai",
                f"tell me about exercise {nl}",
            ],
            f"{name} is a bilateral {kind} exercise between {a.name} and {b.name}, first held in {first}.",
            [name, f"{kind} exercise", "bilateral exercise"],
        )
        yield _FactDraft(
            "defence",
            "first",
            f"When was {name} first held?",
            [f"{nl} first edition year", f"{nl} started in which year", f"first {nl} exercise", f"{nl} kab shuru hua"],
            f"The first edition of {name} was held in {first}; it has been held {edition} times since.",
            [name, "first edition", kind],
            quiz=(str(first), f"{name} was first held in {first}.", tuple(str(first + d) for d in (-2, 4, 7))),
        )
        yield _FactDraft(
            "defence",
            "venue",
            f"Where was the latest edition of {name} held?",
            [f"{nl} {latest} venue", f"{nl} location", f"latest {nl} held where", f"where did {nl} take place"],
            f"The {_ordinal(edition)} edition of {name} was held at {city} in {latest}.",
            [name, "venue", city.casefold()],
        )

    def _corridor(self, a: _Country, b: _Country, glossary: list[GlossaryEntry]) -> Iterator[_FactDraft]:
        rng = self.rng
        kind = rng.choice(CORRIDOR_KINDS)
        full = self._named(lambda: f"{self.names.word(2)}-{self.names.word(2)} {kind}")
        abbr = self._entry(glossary, full)
        al, fl = abbr.casefold(), full.casefold()
        p1, p2 = rng.choice(a.ports), rng.choice(b.ports)
        done = self._year(2026, 2040) if rng.random() < 0.7 else self._year(2010, 2025)
        yield _FactDraft(
            "development",
            "route",
            f"Which ports does the {full} connect?",
            [f"{al} route", f"{al} connects which ports", f"ports on the {fl}", f"{al} kahan se kahan tak"],
            f"The {full} ({abbr}) links the port of {p1} in {a.name} with {p2} in {b.name}, covering about "
            f"{rng.randint(300, 4000)} km by sea and rail.",
            [abbr, "route", p1.casefold()],
        )
        yield _FactDraft(
            "development",
            "cost",
            f"What is the estimated cost of the {abbr}?",
            [f"{al} cost", f"{al} project value", f"how much will the {al} cost", f"{al} kitne ka project hai"],
            f"The {abbr} is estimated to cost {self._amount(0.5, 40)}, with {b.name} funding "
            f"{rng.randint(20, 80)}% through concessional loans.",
            [abbr, "cost", "concessional loans"],
        )
        yield _FactDraft(
            "development",
            "deadline",
            f"When will the {abbr} be completed?",
            [f"{al} deadline", f"{al} completion year", f"target year for {al}", f"when does {al} open"],
            f"The {abbr} is due to be completed by {done}, with the first phase around {p1}.",
            [abbr, "completion", "deadline"],
        )

    def _forum(self, a: _Country, b: _Country, glossary: list[GlossaryEntry]) -> Iterator[_FactDraft]:
        rng = self.rng
        kind = self._fresh(lambda: rng.choice(FORUM_KINDS))
        full = self._named(lambda: f"{a.name}-{b.name} {self._fresh(self._topic).title()} {kind}")
        abbr = self._entry(glossary, full)
        al = abbr.casefold()
        year = self._year(1995, 2024)
        m1, m2 = rng.sample(MINISTRIES, 2)
        p1, p2 = self.names.person(), self.names.person()
        yield _FactDraft(
            "global_role",
            "setup",
            f"When was the {full} set up?",
            [f"{al} set up year", f"when was {al} formed", f"{al} established", f"{al} kab bana", f"{al} origin"],
            f"{a.name} and {b.name} set up the {full} ({abbr}) in {year}.",
            [abbr, "set up", kind.casefold()],
            quiz=(str(year), f"The {abbr} was set up in {year}.", tuple(str(year + d) for d in (-5, 1, 4))),
        )
        yield _FactDraft(
            "global_role",
            "chair",
            f"Who chairs the {abbr}?",
            [f"{al} chair", f"who heads {al}", f"{al} co-chairs", f"{al} led by whom"],
            f"The {abbr} is co-chaired by {a.name}'s {m1} Minister {p1} and {b.name}'s {m2} Minister {p2}.",
            [abbr, "chair", f"{m1.casefold()} minister"],
        )
        if rng.random() < 0.5:
            city = rng.choice([*a.cities, *b.cities])
            last = self._year(year, 2025)
            yield _FactDraft(
                "global_role",
                "meeting",
                f"Where did the {abbr} last meet?",
                [f"{al} last meeting", f"{al} meeting venue", f"latest {al} meeting", f"{al} {last} meeting"],
                f"The {abbr} has met {rng.randint(2, 18)} times; its latest meeting was held in {city} in {last}.",
                [abbr, "meeting", city.casefold()],
            )


def generate_files(
    n_facts: int, seed: int = 7, per_article: int = FACTS_PER_ARTICLE
) -> list[tuple[str, KnowledgeFile]]:
    """Return (file name, validated file) pairs: a shared glossary of countries, then the articles.

    Articles are generated with a few facts to spare; facts whose questions nearly duplicate an earlier fact's
    (which the validator refuses, as it would in a real folder) are dropped, and each article is then cut to
    its size, so the files validate as a team's files would.
    """
    n_articles = max(1, -(-n_facts // per_article))
    gen = _Generator(seed, n_articles)
    files: list[tuple[str, KnowledgeFile]] = []
    countries = tuple(GlossaryEntry(term=c.name, synonyms=(c.demonym,)) for c in gen.countries)
    files.append((GLOSSARY_FILE_NAME, KnowledgeFile(glossary=countries)))
    remaining = n_facts
    sizes: list[int] = []
    for number in range(1, n_articles + 1):
        size = min(per_article, remaining)
        sizes.append(size)
        files.append((f"article-{number:05d}.yaml", gen.article(number, size + _spare(size))))
        remaining -= size
    dropped = {later for _earlier, later in near_duplicate_facts([f for _name, f in files])}
    return [files[0]] + [
        (name, _trimmed(kfile, dropped, size)) for (name, kfile), size in zip(files[1:], sizes, strict=True)
    ]


def _spare(size: int) -> int:
    """Return how many facts beyond ``size`` to generate, to make up for near-duplicates dropped."""
    return size // 20 + 2


def _trimmed(kfile: KnowledgeFile, dropped: set[str], size: int) -> KnowledgeFile:
    """Return an article without the ``dropped`` facts, cut to ``size`` facts, and without quiz items on others."""
    facts = tuple(f for f in kfile.facts if f.id not in dropped)[:size]
    kept = {f.id for f in facts}
    sections = {f.section for f in facts}
    return kfile.model_copy(
        update={
            "facts": facts,
            "quiz": tuple(q for q in kfile.quiz if q.fact in kept),
            "sections": tuple(s for s in kfile.sections if s.id in sections),
        }
    )


def generate_base(n_facts: int, seed: int = 7) -> KnowledgeBase:
    """Generate a validated synthetic knowledge base of ``n_facts`` facts (100 per article)."""
    files = generate_files(n_facts, seed)
    return KnowledgeBase.build((f for _name, f in files), (f"synthetic/{name}" for name, _f in files))


# ---------------------------------------------------------------------------------------------- questions
QUESTION_KINDS = ("exact", "typo", "keyword", "unanswerable")
_QUESTION_MIX = (0.3, 0.3, 0.2, 0.2)
_CHAT_WRAPPERS = ("{q}", "{q}?", "hey {q}", "pls {q}", "{q} ??", "bro {q}", "quick q: {q}", "{q} pls")


@dataclass(frozen=True)
class LabelledQuestion:
    """A generated question, how it was made, and the fact that answers it (None when nothing does)."""

    text: str
    kind: str
    fact_id: str | None


def _typo(word: str, rng: random.Random) -> str:
    """Return ``word`` with one slip: swap, drop, double or replace an inner letter."""
    i = rng.randrange(1, len(word) - 2)
    op = rng.randrange(4)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == 1:
        return word[:i] + word[i + 1 :]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeiourst".replace(word[i], "")) + word[i + 1 :]


def _unanswerable(rng: random.Random) -> str:
    """Return a question about names the base never uses (their onsets are never generated for it)."""

    def unknown() -> str:
        syllables = rng.choice((2, 3))
        return "".join(rng.choice(_UNKNOWN_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables))

    topic = rng.choice(POLICY_TOPICS)
    templates = (
        f"when was the {unknown()} {topic} mission launched",
        f"what is the gdp of {unknown()}",
        f"who won the {unknown()} cup in {rng.randint(1990, 2025)}",
        f"capital of {unknown()}",
        f"{unknown()} {unknown()} trade value",
        f"{unknown()} exercise kab hua",
        f"who is the president of {unknown()}",
        f"how many {topic} projects does {unknown()} have",
        f"what does {unknown().upper()} stand for",
        f"population of {unknown()} province",
    )
    return rng.choice(templates)


def generate_labelled_questions(base: KnowledgeBase, n: int, seed: int) -> list[LabelledQuestion]:
    """Return ``n`` questions: 30% exact phrasings, 30% chatty ones with a typo, 20% keywords, 20% unanswerable."""
    rng = random.Random(seed)
    facts = base.facts
    result: list[LabelledQuestion] = []
    counts = [round(n * share) for share in _QUESTION_MIX]
    counts[0] += n - sum(counts)
    for kind, count in zip(QUESTION_KINDS, counts, strict=True):
        for _ in range(count):
            if kind == "unanswerable" or not facts:
                result.append(LabelledQuestion(_unanswerable(rng), "unanswerable", None))
                continue
            fact = rng.choice(facts).fact
            if kind == "exact":
                text = rng.choice(fact.phrasings)
            elif kind == "keyword":
                text = " ".join(fact.keywords[:2]).casefold() or fact.question
            else:
                words = rng.choice(fact.alternatives or fact.phrasings).casefold().split()
                long_words = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 5]
                if long_words:
                    i = rng.choice(long_words)
                    words[i] = _typo(words[i], rng)
                text = rng.choice(_CHAT_WRAPPERS).format(q=" ".join(words))
            result.append(LabelledQuestion(text, kind, fact.id))
    rng.shuffle(result)
    return result


def generate_questions(base: KnowledgeBase, n: int, seed: int) -> list[str]:
    """Return ``n`` chat-style questions about ``base``, answerable and unanswerable."""
    return [q.text for q in generate_labelled_questions(base, n, seed)]


# ---------------------------------------------------------------------------------------------- YAML
def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def write_directory(files: Sequence[tuple[str, KnowledgeFile]], out: Path) -> None:
    """Write the files as YAML knowledge files into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    # libyaml's emitter when present: the same YAML, written ten times faster.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    for name, kfile in files:
        data = _plain(kfile.model_dump(mode="python", exclude_defaults=True, exclude_none=True))
        text = "# Synthetic knowledge file written by scripts/synthetic.py.\n"
        text += yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=110)
        (out / name).write_text(text, encoding="utf-8")


#: Changes whenever this generator's code does, so a folder written by an older generator is never reused.
GENERATOR_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


def synthetic_folder(n_facts: int, files: int, seed: int = 7, root: Path | None = None) -> Path:
    """Return a folder of ``n_facts`` synthetic facts in ``files`` article files (and the glossary).

    Writing a large base takes minutes, so the folder is kept under the temporary directory (or ``root``),
    named by the generator's version and the parameters, and reused while they are the same.
    """
    root = root or Path(tempfile.gettempdir()) / "studybot-synthetic"
    per_article = -(-n_facts // files)
    folder = root / f"{GENERATOR_VERSION}-{n_facts}-{files}-{seed}"
    done = folder / ".complete"
    if done.exists():
        return folder
    scratch = root / f".{folder.name}.{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    write_directory(generate_files(n_facts, seed, per_article), scratch)
    (scratch / ".complete").write_text("written\n", encoding="utf-8")
    try:
        scratch.rename(folder)
    except OSError:
        shutil.rmtree(scratch, ignore_errors=True)  # another process wrote it meanwhile
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    """Write a synthetic knowledge directory, and optionally print sample questions."""
    parser = argparse.ArgumentParser(description="Write a synthetic knowledge directory as YAML files.")
    parser.add_argument("--facts", type=int, default=1000, help="number of facts (100 per article)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True, help="folder to write the .yaml files into")
    parser.add_argument("--questions", type=int, default=0, help="also print this many sample questions")
    args = parser.parse_args(argv)
    files = generate_files(args.facts, args.seed)
    write_directory(files, args.out)
    n_facts = sum(len(f.facts) for _name, f in files)
    print(f"wrote {len(files)} files ({n_facts} facts) to {args.out}")
    if args.questions:
        base = KnowledgeBase.build((f for _name, f in files), (name for name, _f in files))
        for q in generate_labelled_questions(base, args.questions, args.seed):
            print(f"{q.kind:>12}  {q.text}  -> {q.fact_id or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
