"""Names of the world (countries, states, prefectures, places, organisations) a question may mention.

A question that names a country, state or organisation is answered only by a fact that names it too: a fact
about Andhra Pradesh does not answer a question about Kerala, however much else the two share.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry
import yaml

from bot.core.answering.frozen import quick_init
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS
from bot.core.language.text import tokenize

DATA_FILE = Path(__file__).resolve().parent / "data" / "entities.yaml"
#: Subdivisions of these countries are names members use (states of India, prefectures of Japan).
SUBDIVISION_COUNTRIES = ("IN", "JP")
#: What each country's first-level divisions are called (Indian states, Japanese prefectures).
SUBDIVISION_KINDS = {"IN": "state", "JP": "prefecture"}


def _plain(name: str) -> str:
    """Drop accents and macrons ("Gujarāt" -> "Gujarat") so names match how members type them."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@quick_init
@dataclass(frozen=True)
class Mention:
    """A name found in a text: where it is and what it names."""

    start: int
    end: int
    canonical: str
    #: Written as an adjective ("Japanese", "Indian") rather than as the name itself.
    demonym: bool = False
    #: "country", "state", "prefecture", "place" (a city), "region" (a continent, sea or region) or "organisation".
    kind: str = "place"


class Gazetteer:
    """Token sequences of names, each with the canonical name it stands for."""

    def __init__(
        self,
        names: Iterable[tuple[str, str, str]],
        demonyms: Iterable[str] = (),
        joined_letters: int = DEFAULT_THRESHOLDS.joined_name_letters,
    ) -> None:
        self._demonyms = {tuple(tokenize(d)) for d in demonyms}
        self._names: dict[tuple[str, ...], str] = {}
        self._kinds: dict[str, str] = {}
        self._lengths: dict[str, list[int]] = {}
        for surface, canonical, kind in names:
            tokens = tuple(tokenize(_plain(surface)))
            if not tokens:
                continue
            self._kinds.setdefault(_plain(canonical), kind)
            spellings = [tokens]
            joined = "".join(tokens)
            if len(tokens) > 1 and joined.isalpha() and len(joined) >= joined_letters:
                spellings.append((joined,))  # "tamilnadu", "uttarpradesh": a name of several words typed as one
            for spelling in spellings:
                self._names.setdefault(spelling, _plain(canonical))
                lengths = self._lengths.setdefault(spelling[0], [])
                if len(spelling) not in lengths:
                    lengths.append(len(spelling))
                    lengths.sort(reverse=True)

    def one_word_names(self) -> frozenset[str]:
        """Return the names written as one word ("japan", "tamilnadu")."""
        return frozenset(spelling[0] for spelling in self._names if len(spelling) == 1)

    def kind_of(self, canonical: str) -> str | None:
        """Return the kind of a name ("country", "state", ...), or None for a name it does not hold."""
        return self._kinds.get(_plain(canonical))

    def __contains__(self, tokens: tuple[str, ...]) -> bool:
        return tokens in self._names

    def canonical(self, tokens: Sequence[str]) -> str | None:
        """Return the canonical name of a token sequence, if it is a name."""
        return self._names.get(tuple(tokens))

    def find(self, tokens: Sequence[str]) -> list[Mention]:
        """Return the names in a token list, longest first at each position, without overlaps."""
        found: list[Mention] = []
        i = 0
        while i < len(tokens):
            for length in self._lengths.get(tokens[i], ()):
                if i + length > len(tokens):
                    continue  # (a shorter name of the same first word may still end the text: "... andhra")
                span = tuple(tokens[i : i + length])
                canonical = self._names.get(span)
                if canonical is not None:
                    kind = self._kinds.get(canonical, "place")
                    found.append(Mention(i, i + length, canonical, span in self._demonyms, kind))
                    i += length
                    break
            else:
                i += 1
        return found


def _iso_entries(filename: str, key: str) -> list[dict[str, str]]:
    """Return the entries of one of pycountry's ISO 3166 files, as the plain JSON they are stored as."""
    # pycountry would make an object and index entries for each of the world's 5,000 subdivisions: a tenth of a
    # second at every start, for the few fields of the countries and two countries' subdivisions we read.
    entries: list[dict[str, str]] = json.loads((Path(pycountry.DATABASE_DIR) / filename).read_bytes())[key]
    return entries


def country_names() -> list[tuple[str, str, str]]:
    """Return (name, canonical name, kind) of every country and of the subdivisions of SUBDIVISION_COUNTRIES."""
    names: list[tuple[str, str, str]] = []
    for country in _iso_entries("iso3166-1.json", "3166-1"):
        common = country.get("common_name") or country["name"]
        for attribute in ("name", "common_name", "official_name"):
            value = country.get(attribute)
            if value:
                names.append((value, common, "country"))
    for subdivision in _iso_entries("iso3166-2.json", "3166-2"):
        country_code = subdivision["code"].split("-")[0]
        if country_code in SUBDIVISION_COUNTRIES:
            kind = SUBDIVISION_KINDS.get(country_code, "state")
            names.append((subdivision["name"], subdivision["name"], kind))
    return names


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """Return the gazetteer of countries, Indian states, Japanese prefectures, places and organisations."""
    # libyaml's loader when present: the same document as safe_load, read ten times faster.
    data = yaml.load(DATA_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    names = country_names()
    names.extend((alias, canonical, "country") for alias, canonical in data["aliases"].items())
    kinds = {canonical: kind for _name, canonical, kind in names if kind != "country"}
    names.extend((alias, canonical, kinds[canonical]) for alias, canonical in data["subdivision_aliases"].items())
    names.extend((place, place, "place") for place in data["places"])
    names.extend((region, region, "region") for region in data.get("regions") or [])
    names.extend((organisation, organisation, "organisation") for organisation in data["organisations"])
    # Last: a name's kind is its own entry's (a name's first kind wins), so "African" leaves Africa a region.
    names.extend((demonym, canonical, "country") for demonym, canonical in data["demonyms"].items())
    return Gazetteer(names, data["demonyms"])
