"""Word sense at the level of form: which words may meet through a shared stem, and which must not.

A stemmer maps "relative" and "relations" to one stem, and "universal" and "university" to another. Two
words that share a stem are treated as one word only when they are inflections of one lemma, or one is the
other plus a meaning-keeping derivational suffix of the language data ("declare" / "declaration"). Every
other pair sharing a stem is a collision: it gets a token of its own, so neither can answer for the other.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from bot.core.language.lexicon import LEXICON, Lexicon
from bot.core.language.text import stem

#: Separates a stem from the lemma that tells colliding words apart in a token ("relat#relative").
SENSE_MARK = "#"
#: How many words' tokens a base's senses remember.
TOKEN_MEMO = 1 << 16


#: The lemmatiser's language (its dictionary is the one kept by a ``LemmaDictionaryStore``).
LEMMA_LANGUAGE = "en"


#: A dictionary read back as sorted lines (``SortedDictionary``) is looked up by bisection this many times at most,
#: then made a mapping: about as many lookups as making the mapping at once costs in time.
LOOKUPS_BEFORE_MAPPING = 50_000


class SortedDictionary(Mapping[bytes, bytes]):
    """A dictionary as its keys, in strictly ascending order, and their values: looked up by bisection at first.

    Making a mapping of the lemmatiser's two hundred thousand words takes a twentieth of a second; a process that
    lemmatises a few new words (a changed file's) needs a few hundred lookups. After ``LOOKUPS_BEFORE_MAPPING``
    lookups (a first start lemmatises every word), or when asked to (``in_full``), it is made a mapping.
    """

    def __init__(self, keys: list[bytes], values: list[bytes]) -> None:
        if len(keys) != len(values):
            raise ValueError("as many keys as values are needed")
        self._keys = keys
        self._values = values
        self._mapping: dict[bytes, bytes] | None = None
        self._asked = 0

    def get(self, key: bytes, default: Any = None) -> Any:
        """Return the value of ``key``, or ``default`` (a miss raises nothing: most lookups of a lemmatiser miss)."""
        mapping = self._mapping
        if mapping is None:
            self._asked += 1
            if self._asked <= LOOKUPS_BEFORE_MAPPING:
                keys = self._keys
                at = bisect.bisect_left(keys, key)
                return self._values[at] if at < len(keys) and keys[at] == key else default
            mapping = self.in_full()
        return mapping.get(key, default)

    def in_full(self) -> dict[bytes, bytes]:
        """Return (and from now on look up in) the dictionary as a mapping."""
        if self._mapping is None:
            self._mapping = dict(zip(self._keys, self._values, strict=True))
        return self._mapping

    def __getitem__(self, key: bytes) -> bytes:
        found = self.get(key, _MISSING)
        if found is _MISSING:
            raise KeyError(key)
        assert isinstance(found, bytes)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, bytes) and self.get(key, _MISSING) is not _MISSING

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


_MISSING = object()


class LemmaDictionaryStore(Protocol):
    """Where the lemmatiser's dictionary, once decoded, is kept between processes (decoding it takes a third of
    a second of Python code; reading it back kept decoded, a few hundredths)."""

    def load(self) -> Mapping[bytes, bytes] | None:
        """Return the decoded dictionary kept before, or None (then it is decoded from the lemmatiser's data)."""

    def store(self, dictionary: dict[bytes, bytes]) -> None:
        """Keep the decoded dictionary for the next process."""


_dictionary_store: LemmaDictionaryStore | None = None
#: The dictionary the lemmatiser reads, once read through the store (``lemma_dictionary_in_full``).
_read_dictionary: Mapping[bytes, bytes] | None = None
#: The dictionary the lemmatiser looks words up in, once it has read it (``dictionary_word``).
_words_looked_up: Mapping[str, Any] | None = None


def keep_lemma_dictionary(store: LemmaDictionaryStore | None) -> None:
    """Read the lemmatiser's dictionary from ``store`` when it is first needed (and keep it there once decoded).

    The lemmas are the same either way: the dictionary kept is the lemmatiser's own, decoded.
    """
    global _dictionary_store
    _dictionary_store = store


def _dictionary(lang: str) -> Mapping[bytes, bytes] | None:
    """Return the decoded dictionary from the store, or decode it (and store it); None: let simplemma read it."""
    from simplemma.strategies.dictionaries import dictionary_factory

    global _read_dictionary
    store = _dictionary_store
    if store is None or lang != LEMMA_LANGUAGE:
        return None
    found = store.load()
    if found is None:
        decoded = dictionary_factory._load_dictionary_from_disk(lang)
        store.store(decoded)
        found = decoded
    _read_dictionary = found
    return found


def lemma_dictionary_in_full() -> None:
    """Read the lemmatiser's dictionary now, in full (before worker processes are forked: they share it)."""
    lemma("indexes")
    if isinstance(_read_dictionary, SortedDictionary):
        _read_dictionary.in_full()


@lru_cache(maxsize=1)
def _lemmatizer() -> Any:
    """Return simplemma's default lemmatiser, reading its dictionary through ``_dictionary`` when it can."""
    import simplemma

    try:
        from simplemma.strategies import DefaultStrategy
        from simplemma.strategies.dictionaries import dictionary_factory
    except ImportError:  # another layout of the library: its own lemmatiser, as it reads its dictionary
        return None

    class Factory(dictionary_factory.DefaultDictionaryFactory):
        def _get_dictionary_uncached(self, lang: str) -> Any:
            global _words_looked_up
            found = _dictionary(lang)
            if found is None:
                words = super()._get_dictionary_uncached(lang)
            elif isinstance(found, dict):
                words = dictionary_factory.MappingStrToByteString(found)
            else:
                words = _decoded(found)
            if lang == LEMMA_LANGUAGE:
                _words_looked_up = words
            return words

    # What ``simplemma.lemmatize(word, lang)`` uses (``_legacy_lemmatizer_for``), with the dictionary read here.
    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(greedy=False, dictionary_factory=Factory()))


def _decoded(found: Mapping[bytes, bytes]) -> Any:
    """Return a dictionary of bytes as the lemmatiser reads one: text to text (as simplemma wraps its own)."""
    from simplemma.strategies.dictionaries import dictionary_factory

    base = getattr(dictionary_factory, "DecodedStrMapping", None)
    if base is None:  # another layout of the library: its own wrapper, over a mapping
        return dictionary_factory.MappingStrToByteString(dict(found.items()))

    class Decoded(base):  # type: ignore[misc, valid-type]
        def _lookup(self, key: str) -> str | None:
            value = found.get(key.encode())
            return value.decode() if value is not None else None

        def __iter__(self) -> Iterator[str]:
            return (key.decode() for key in found)

        def __len__(self) -> int:
            return len(found)

    return Decoded()


@lru_cache(maxsize=1 << 19)
def lemma(word: str) -> str:
    """Return a word's dictionary form ("relations" -> "relation"); non-words are returned as they are."""
    if not word.isalpha() or not word.isascii():
        return word
    # Imported here: importing simplemma and reading its dictionary take half a second, and a question of
    # `studybot ask` whose words are all the base's own needs neither (``Senses.know``).
    lemmatizer = _lemmatizer()
    if lemmatizer is None:
        import simplemma

        return str(simplemma.lemmatize(word, lang=LEMMA_LANGUAGE)).casefold()
    return str(lemmatizer.lemmatize(word, LEMMA_LANGUAGE)).casefold()


def word_of(token: str) -> str:
    """Return a token without the lemma that tells colliding words apart ("relat#relative" -> "relat")."""
    return token.split(SENSE_MARK)[0]


@lru_cache(maxsize=TOKEN_MEMO)
def dictionary_word(word: str) -> bool:
    """Tell whether a lower-case word is in the lemmatiser's English dictionary (names such as "sony" are not).

    Unknown when the lemmatiser cannot be read as this module reads it: then every word counts as a dictionary word.
    """
    if not word.isalpha() or not word.isascii():
        return True
    lemma("indexes")  # the dictionary is read at the first lemma
    words = _words_looked_up
    return words is None or word in words


def derives(parent: str, child: str, suffixes: frozenset[str]) -> bool:
    """Tell whether ``child`` is ``parent`` plus one meaning-keeping suffix ("declare" -> "declaration")."""
    if parent == child:
        return True
    for suffix in suffixes:
        if not child.endswith(suffix) or len(child) <= len(suffix):
            continue
        root = child[: -len(suffix)]
        if root == parent or root + "e" == parent or (parent.endswith("y") and root == parent[:-1] + "i"):
            return True
        # A doubled final consonant: "commit" -> "committed".
        if len(root) > 2 and root[-1] == root[-2] and root[:-1] == parent:
            return True
    return False


def related(a: str, b: str, suffixes: frozenset[str]) -> bool:
    """Tell whether two lemmas are one word for matching purposes."""
    return derives(a, b, suffixes) or derives(b, a, suffixes)


def lemmas_by_stem(words: Iterable[str], known: Mapping[str, str] | None = None) -> dict[str, set[str]]:
    """Return the lemmas of the words (letters only) that share each stem: what a base's senses are made from.

    ``known``: lemmas of words read before (a changed file's previous version), taken as they are: the lemmatiser
    is imported, and its dictionary read, only for a word it has not seen.
    """
    by_stem: dict[str, set[str]] = {}
    for word in words:
        if word.isalpha():
            form = known.get(word) if known is not None else None
            by_stem.setdefault(stem(word), set()).add(form if form is not None else lemma(word))
    return by_stem


@dataclass(frozen=True)
class Family:
    """Words of one stem that mean the same thing, and the index token they share."""

    token: str
    lemmas: frozenset[str]


class SplitStems(Mapping[str, list[str]]):
    """Each stem's lemmas, kept apart: stems with one lemma (nearly all) as a plain mapping, the others as lists.

    What the compiled cache reads back at every start: two lists of lines make the first mapping at once, where
    a mapping of lists would take a list per stem (a large base has a hundred thousand stems).
    """

    def __init__(self, single: dict[str, str], several: dict[str, list[str]]) -> None:
        self.single = single
        self.several = several

    def __getitem__(self, key: str) -> list[str]:
        found = self.single.get(key)
        if found is not None:
            return [found]
        return self.several[key]

    def __contains__(self, key: object) -> bool:
        return key in self.single or key in self.several

    def __iter__(self) -> Iterator[str]:
        yield from self.single
        yield from self.several

    def __len__(self) -> int:
        return len(self.single) + len(self.several)

    @classmethod
    def of(cls, by_stem: Mapping[str, Iterable[str]]) -> SplitStems:
        """Split stems by whether their words have one lemma or several (each list sorted, as lines keep them)."""
        if isinstance(by_stem, SplitStems):
            return by_stem
        single: dict[str, str] = {}
        several: dict[str, list[str]] = {}
        for key, lemmas in by_stem.items():
            distinct = sorted(set(lemmas))
            if len(distinct) == 1:
                single[key] = distinct[0]
            else:
                several[key] = distinct
        return cls(single, several)


class _Families(dict[str, tuple["Family", ...]]):
    """Families by stem, where a stem with a single lemma gets its one family when it is first asked for."""

    def __init__(self, single: dict[str, str]) -> None:
        super().__init__()
        self._single = single

    def get(self, key: str, default: Any = None) -> Any:
        found = dict.get(self, key)
        if found is None:
            only = self._single.get(key)
            if only is None:
                return default
            found = (Family(key, frozenset((only,))),)
            dict.__setitem__(self, key, found)
        return found

    def __getitem__(self, key: str) -> tuple[Family, ...]:
        found: tuple[Family, ...] | None = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in self._single

    def _all(self) -> None:
        for key in self._single:
            self.get(key)

    def __iter__(self) -> Iterator[str]:
        self._all()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._all()
        return dict.__len__(self)

    def keys(self) -> Any:
        self._all()
        return dict.keys(self)

    def values(self) -> Any:
        self._all()
        return dict.values(self)

    def items(self) -> Any:
        self._all()
        return dict.items(self)


class Senses:
    """The index tokens of a base's words: their stem, split where unrelated words would share it."""

    def __init__(self, words: Iterable[str], lexicon: Lexicon = LEXICON) -> None:
        self._build(lemmas_by_stem(words), lexicon)

    @classmethod
    def from_stems(cls, by_stem: Mapping[str, Iterable[str]], lexicon: Lexicon = LEXICON) -> Senses:
        """Return the senses of a base from the lemmas of each stem its words have (``lemmas_by_stem``)."""
        senses = cls.__new__(cls)
        senses._build(by_stem, lexicon)
        return senses

    def _build(self, by_stem: Mapping[str, Iterable[str]], lexicon: Lexicon) -> None:
        #: Tokens of words already read (every question reads its words again; most words recur).
        self._tokens: dict[str, str] = {}
        #: Words of the base itself (``know``).
        self._known: frozenset[str] = frozenset()
        self.suffixes = lexicon.words("derivation_suffixes")
        self.false = lexicon.words("false_derivations")
        # A stem with one lemma (most of them) is one family: it is made when first asked, not for every stem.
        single: dict[str, str] = {}
        several: dict[str, set[str]] = {}
        if isinstance(by_stem, SplitStems):
            # Already split (as the compiled cache keeps them): the single ones are taken as they are.
            single = by_stem.single
            several = {key: set(lemmas) for key, lemmas in by_stem.several.items()}
        else:
            for key, lemmas in by_stem.items():
                distinct = set(lemmas) if not isinstance(lemmas, set) else lemmas
                if len(distinct) == 1:
                    single[key] = next(iter(distinct))
                else:
                    several[key] = distinct
        self.families: dict[str, tuple[Family, ...]] = _Families(single)
        #: Stems the base itself uses for unrelated words ("import" for imports and important).
        self.split_stems: dict[str, tuple[Family, ...]] = {}
        for key, lemmas in several.items():
            groups = self._group(sorted(lemmas))
            if len(groups) == 1:
                self.families[key] = (Family(key, frozenset(groups[0])),)
            else:
                families = tuple(Family(f"{key}{SENSE_MARK}{min(g)}", frozenset(g)) for g in groups)
                self.families[key] = families
                self.split_stems[key] = families

    def _group(self, lemmas: list[str]) -> list[set[str]]:
        groups: list[set[str]] = []
        for item in lemmas:
            joined = [g for g in groups if any(self._related(item, other) for other in g)]
            merged = {item}.union(*joined)
            groups = [g for g in groups if g not in joined] + [merged]
        return groups

    def _related(self, a: str, b: str) -> bool:
        if a != b and (a in self.false or b in self.false):
            return False
        return related(a, b, self.suffixes)

    def know(self, words: frozenset[str]) -> None:
        """Remember words of the base these senses were made from: their lemmas are among their stems' lemmas.

        A known word whose stem has one family is in that family, so its token needs no lemma: the lemmatiser
        is not even imported for a question whose words are all the base's own.
        """
        self._known = words

    def token(self, word: str) -> str:
        """Return the index token of a word: its stem, or its family's token where the stem is shared."""
        found = self._tokens.get(word)
        if found is None:
            found = self._token(word)
            if len(self._tokens) >= TOKEN_MEMO:
                self._tokens.clear()  # bounded: a long-running bot reads ever new words
            self._tokens[word] = found
        return found

    def _token(self, word: str) -> str:
        key = stem(word)
        families = self.families.get(key)
        if families is None:
            return key
        if len(families) == 1 and (not word.isalpha() or word in self._known):
            return families[0].token
        form = lemma(word)
        for family in families:
            if form in family.lemmas:
                return family.token
        if word in self.false or form in self.false:
            return f"{key}{SENSE_MARK}{form}"
        for family in families:
            if any(self._related(form, other) for other in family.lemmas):
                return family.token
        # A word the base never uses that shares a stem with unrelated base words: a sense of its own.
        return f"{key}{SENSE_MARK}{form}"

    def collides(self, word: str) -> bool:
        """Tell whether a word shares its stem with base words but not their meaning."""
        return SENSE_MARK in self.token(word) and stem(word) not in self.split_stems
