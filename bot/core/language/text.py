"""Normalise and tokenise chat text the same way for questions and for the knowledge base."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

import snowballstemmer

from bot.core.language.lexicon import LEXICON

_STEMMER = snowballstemmer.stemmer("english")

_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'"})
_DASHES = re.compile(r"[\u2010-\u2015\u2212\u2e3a\u2e3b]")
# "X's" and "Xs'": each alternative opens with the apostrophe and looks back from there, so the pattern is searched
# for as a literal ("(?<=\w)'s\b|(?<=s)'(?=\s|$)" as written, but that tries both lookbehinds at every character).
_POSSESSIVE = re.compile(r"'(?:(?<=\w')s\b|(?<=s')(?=\s|$))")
# Tokens: "2+2", financial years "2023-24", decimals "22.85", and words/numbers.
_LETTER = r"(?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963])"
_TOKEN = re.compile(rf"\d+\+\d+|\d{{4}}-\d{{2,4}}|\d+(?:\.\d+)?%?|{_LETTER}+\d*|\d+{_LETTER}+", re.UNICODE)
# The same tokens in ASCII text, where a letter is a-z or A-Z: a class is read in one step where the alternation
# of _LETTER is tried letter by letter (most texts are ASCII, and tokenising an answer is read while a member waits).
_ASCII_TOKEN = re.compile(r"\d+\+\d+|\d{4}-\d{2,4}|\d+(?:\.\d+)?%?|[A-Za-z]+\d*|\d+[A-Za-z]+")
# A year opening a word ("\b19..", told by looking back from its first two digits: a pattern that opens with a
# lookbehind or a boundary is tried at every character), a slash or a space, and the next year.
_SPLIT_YEAR = re.compile(r"((?:19|20)(?<!\w\d\d)\d{2})\s*[/ ]\s*(\d{2}|(?:19|20)\d{2})\b")
_FY_LONG = re.compile(r"^(\d{2})(\d{2})-(\d{2})?(\d{2})$")
# "23-24" in chat is a financial year when the second year follows the first.
# (What stands before the first two digits is looked back at from after them, as in ``_SPLIT_YEAR``.)
_SHORT_FY = re.compile(r"(\d{2})(?<![\d.+-]\d\d)\s*[-/]\s*(\d{2})(?![\d.+-])")
_WHITESPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
# "us" opening a word, told by looking back from its "u" (as in ``_SPLIT_YEAR``).
_US_DOLLARS = re.compile(r"u(?<!\wu)s\s?\$")
#: Initials written with dots ("u.p.", "u.s.a."): one word, not single letters ("u" would read as "you").
_DOTTED_INITIALS = re.compile(r"\b(?:[a-z]\.){2,}(?:[a-z]\b)?")
#: What every run of dotted initials holds: a text without it (most answers: their only dots are a decimal point and
#: the full stop) is not searched for them.
_DOTTED_PAIR = re.compile(r"\.[a-z]\.")
_ASCII_CONTROLS = {code: " " for code in [*range(32), 127] if chr(code) not in "\n\t"}
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Discord mentions and custom emoji (<@123>, <@&123>, <#123>, <:name:123>), links, and markdown link targets.
_MARKUP = re.compile(r"<a?:\w+:\d+>|<[@#][!&]?\d+>|\]\([^)\s\](]*\)|https?://\S+|@(?:everyone|here)\b")


# Whole escape sequences first (CSI, OSC/DCS/PM/APC strings, two-character escapes), so no residue is shown.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
# C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def collapse_whitespace(text: str) -> str:
    """Collapse runs of whitespace to one space and trim."""
    return _WHITESPACE.sub(" ", text).strip()


def printable(text: str, *, one_line: bool = False) -> str:
    """Return text fit for a terminal or a YAML file: no escape sequences, control or bidi-override characters.

    Knowledge files and members' questions are not trusted: an escape sequence could recolour a terminal, move
    the cursor, retitle the window or hide text, and a bidi override can make text read differently than it is.
    Zero-width joiners stay (Devanagari needs them). With ``one_line``, tabs and newlines become spaces too.
    """
    if _UNSAFE.search(text):
        text = _UNSAFE.sub("", _ESCAPE_SEQUENCE.sub("", text))
    if one_line:
        text = text.replace("\n", " ").replace("\t", " ")
    return text


_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


def normalize(text: str) -> str:
    """Return text in a comparable form: NFKC, no invisible characters, casefolded, plain quotes and dashes."""
    if text.isascii():
        return _normalize_ascii(text)
    text = unicodedata.normalize("NFKC", text)
    # Format characters (zero-width joiners, bidi marks) are invisible and only break matching.
    text = "".join(ch for ch in text if unicodedata.category(ch) not in {"Cf", "Cc"} or ch in "\n\t")
    # Each pattern is only run on text holding a character it needs (most texts hold none): a base of 100,000
    # facts normalises half a million texts when it is first compiled.
    if "<" in text or "]" in text or "http" in text or "@" in text:
        text = _MARKUP.sub(" ", text)
    # ("२०१४": Devanagari digits are the same figures.)
    text = text.translate(_APOSTROPHES).translate(_DEVANAGARI_DIGITS)
    if not text.isascii():
        text = _DASHES.sub("-", text)
    text = text.casefold()
    if "'" in text:
        text = _POSSESSIVE.sub("", text)
    return collapse_whitespace(text)


def _normalize_ascii(text: str) -> str:
    """Return ASCII text as ``normalize`` does, skipping the steps for characters it does not hold.

    Translating a text character by character costs more than looking for the few characters that change: ASCII
    holds no quote or dash but the backtick to replace, and controls are rare.
    """
    if _ASCII_CONTROL.search(text):
        text = text.translate(_ASCII_CONTROLS)
    if "<" in text or "]" in text or "http" in text or "@" in text:
        text = _MARKUP.sub(" ", text)
    if "`" in text:
        text = text.translate(_APOSTROPHES)
    text = text.casefold()
    if "'" in text:
        text = _POSSESSIVE.sub("", text)
    # str.split and the pattern's \s both split at what str.isspace calls whitespace.
    return " ".join(text.split())


def _canonical_number(token: str) -> str:
    if "-" not in token:
        return token  # only a financial year ("2023-2024") has another form; most tokens are words
    match = _FY_LONG.match(token)
    if match:
        # "2023-2024" and "2023-24" are the same financial year.
        return f"{match.group(1)}{match.group(2)}-{match.group(4)}"
    return token


def _join_financial_year(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    # "2023 24" and "2023/24" are written-out financial years only when the second year follows the first.
    if int(second[-2:]) == (int(first) + 1) % 100:
        return f"{first}-{second[-2:]}"
    return match.group(0)


def _expand_short_year(match: re.Match[str]) -> str:
    first, second = int(match.group(1)), int(match.group(2))
    return f"20{first:02d}-{second:02d}" if second == (first + 1) % 100 else match.group(0)


#: "X's Y", "X ka Y": an owner and the word it owns, which may open a quoted title (Japan's "Vision of ...").
#: Question words whose "'s" is "is" or "has" ("what's India's trade"), never an owner's. ("it's", "that's" stay as they
#: were read: reading them so cost held-out answers.)
_CONTRACTED = ("what", "who", "where", "how", "when", "why")
_OWNED = re.compile(
    rf"\b(?!(?:{'|'.join(_CONTRACTED)})'s\b)([^\W\d_][\w-]*)(?:'s|\s+(?:ka|ki|ke))\s+[\"'\u201c\u2018]?([^\W\d_][\w-]*)",
    re.IGNORECASE,
)


def possessive_pairs(text: str) -> list[tuple[str, str, int]]:
    """Return (owner, owned word, where the owned word ends) for each "X's Y" or "X ka Y" of a text, as written."""
    return [(m.group(1), m.group(2), m.end()) for m in _OWNED.finditer(text.translate(_APOSTROPHES))]


def tokenize(text: str) -> list[str]:
    """Split normalised text into word and number tokens."""
    return list(_tokens(text))


# A question is tokenised by each reading of it (its clauses, "the other one", the query), and a fact's answer by
# each check that reads it: half the calls repeat a recent text.
@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    text = normalize(text)
    if "." in text and _DOTTED_PAIR.search(text):
        text = _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", "") + " ", text)
    if "$" in text:
        # "US$ 22.85 billion" is a sum in dollars, not a mention of the United States.
        text = _US_DOLLARS.sub("usd ", text)
    if _DIGIT.search(text):  # both patterns need figures
        text = _SPLIT_YEAR.sub(_join_financial_year, text)
        text = _SHORT_FY.sub(_expand_short_year, text)
    words = (_ASCII_TOKEN if text.isascii() else _TOKEN).findall(text)
    # Two passes in comprehensions, no call per word: only a word with a dash can be a financial year written long.
    canonical = [_canonical_number(t) if "-" in t else t for t in words]
    if "0" in text:
        # A figure typed with a leading zero is the same figure ("posted on 04 Oct" is "posted on 4 Oct"): only two
        # digits, as days and months are written; "007" or "0.5" are left as they are.
        canonical = [t[1] if len(t) == 2 and t[0] == "0" and t[1].isdigit() else t for t in canonical]
    shorthand = LEXICON.shorthand.get
    tokens = tuple([shorthand(t, t) for t in canonical])
    figure_shorthand = LEXICON.figure_shorthand
    if not figure_shorthand.keys().isdisjoint(tokens):
        tokens = tuple(
            figure_shorthand[t] if t in figure_shorthand and i and is_number(tokens[i - 1]) else t
            for i, t in enumerate(tokens)
        )
    return _plain_idioms(tokens) if not LEXICON.idiom_starts.isdisjoint(tokens) else tokens


def _by_first_word(
    idioms: Mapping[tuple[str, ...], tuple[str, ...]],
) -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """Return the idioms (words, plain wording) grouped by their first word, each group in the idioms' order."""
    grouped: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for words, plain in idioms.items():
        grouped.setdefault(words[0], []).append((words, plain))
    return {first: tuple(found) for first, found in grouped.items()}


#: The lexicon's idioms by their first word: at each word of a text only the idioms it can open are tried (an idiom
#: has two words or more), in the order the lexicon gives them, so the first that fits is the one trying all finds.
_IDIOMS_BY_START = _by_first_word(LEXICON.idioms)


def _plain_idioms(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Return tokens with each idiom in its plain wording ("in force" -> "in effect")."""
    out: list[str] = []
    at = 0
    opening = _IDIOMS_BY_START.get
    while at < len(tokens):
        for words, plain in opening(tokens[at], ()):
            if tokens[at : at + len(words)] == words:
                out.extend(plain)
                at += len(words)
                break
        else:
            out.append(tokens[at])
            at += 1
    return tuple(out)


# A base of 100,000 facts uses a few hundred thousand words: a smaller cache would forget them while indexing.
@lru_cache(maxsize=1 << 19)
def stem(token: str) -> str:
    """Reduce a word to its stem; numbers and short tokens are kept as they are."""
    if len(token) <= 3 or not token.isalpha():
        return token
    return str(_STEMMER.stemWord(LEXICON.irregular_forms.get(token, token)))


def is_number(token: str) -> bool:
    """Tell whether a token is a figure (year, amount, financial year), not a word."""
    return bool(token) and token[0].isdigit() and "+" not in token


def content_stems(text: str) -> list[str]:
    """Return the stems of the words in ``text`` that carry content (no filler or function words)."""
    return [stem(t) for t in tokenize(text) if t not in LEXICON.ignored]


def comparable_question(text: str) -> str:
    """Return a question reduced to its content stems, as the matcher reads it, for near-duplicate checks."""
    return " ".join(content_stems(text)) or " ".join(stem(t) for t in tokenize(text))
