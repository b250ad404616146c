"""Draft a knowledge file from an article's plain text, for an admin to review: no network, no language model.

The text is read line by line: the header (title, publisher, posted and updated dates, reading time), headings,
bullets (nested by indentation) and paragraphs; page furniture ("Table of Content", "Download", share links) is
left out. Each self-contained statement becomes a fact whose question and alternatives follow what it states (a
date, an amount, a count, a person, a full form), with a verbatim quote and keywords; abbreviations the text
defines become glossary entries; figures and names become quiz items whose wrong choices are other figures of the
same kind in the same article. The same text always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from pydantic import ValidationError
from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from bot.core.errors import UserFacingError
from bot.core.knowledge.folder import MAX_ARTICLE_BYTES, RefusedPathError, article_path, list_folder
from bot.core.knowledge.problems import Problem
from bot.core.knowledge.schema import (
    MAX_ANSWER_CHARS,
    MAX_BULLET_CHARS,
    MAX_CHOICE_CHARS,
    MAX_EXPLANATION_CHARS,
    MAX_KEYWORD_CHARS,
    MAX_QUESTION_CHARS,
    MAX_SUMMARY_BULLETS,
    MAX_SUMMARY_CHARS,
    MAX_TITLE_CHARS,
    QUIZ_CHOICES,
    KnowledgeFile,
)
from bot.core.knowledge.validation import NEAR_DUPLICATE_QUESTION_SCORE, validate_directory
from bot.core.knowledge.yamlsafe import MAX_FILE_BYTES, YamlReadError, parse_yaml, read_text
from bot.core.language.lexicon import LEXICON
from bot.core.language.text import collapse_whitespace, comparable_question, is_number, printable

# ==================================================================================================== language data
# Words the drafter reads articles with. They describe how articles and members write, never one article.

#: Whole lines of page furniture (casefolded, without surrounding punctuation): a heading among them is left out
#: together with everything under it, up to the next heading.
FURNITURE_LINES: frozenset[str] = frozenset(
    {
        "table of content", "table of contents", "contents", "on this page", "in this article", "jump to",
        "download", "download pdf", "download article", "download current article", "download now",
        "subscribe", "subscribe now", "subscribe for premium features", "newsletter", "sign up", "log in",
        "login", "register", "related", "related articles", "related posts", "related news", "related topics",
        "related content", "read more", "also read", "see also", "recommended", "recommended articles",
        "copyright", "all rights reserved", "privacy policy", "terms of use", "terms and conditions",
        "disclaimer", "share", "share this", "share this article", "share this post", "print", "print this",
        "print this page", "print article", "email", "email this", "quick start", "get started",
        "monthly magazine logo", "logo", "advertisement", "sponsored", "comments", "leave a comment",
        "previous", "next", "previous article", "next article", "back to top", "home", "menu", "follow us",
        "bookmark", "save", "listen", "listen to this article",
    }
)  # fmt: skip
#: Lines starting with one of these are furniture too ("Share on WhatsApp", "Copyright 2025 ...").
FURNITURE_PREFIXES: tuple[str, ...] = (
    "copyright", "©", "share on ", "share via ", "download ", "subscribe ", "follow us", "print this",
    "all rights reserved", "sign up ", "log in ", "use our quick start", "click here",
)  # fmt: skip
#: A line or bullet that introduces the article's tags ("Tags :").
TAG_CUES: frozenset[str] = frozenset({"tags", "tag", "tagged", "tagged under", "topics"})
#: Header lines: the words before a date that mean "posted" and "updated", and before a publisher's name.
POSTED_CUES: tuple[str, ...] = ("first published", "published on", "posted on", "published", "posted", "dated", "date")
UPDATED_CUES: tuple[str, ...] = (
    "last updated on",
    "last updated",
    "updated on",
    "updated",
    "last modified",
    "modified",
)
PUBLISHER_CUES: tuple[str, ...] = ("publisher", "published by", "source", "by")
#: A sentence opening with one of these leans on what came before ("This also ...", "They ...").
CONTEXT_OPENERS: frozenset[str] = frozenset(
    {
        "this", "these", "that", "those", "it", "its", "they", "their", "them", "such", "he", "she", "his",
        "her", "also", "further", "furthermore", "moreover", "however", "thus", "hence", "therefore", "here",
        "there", "both", "similarly", "additionally", "besides", "meanwhile", "again", "likewise", "otherwise",
    }
)  # fmt: skip
#: Words that make a clause a statement rather than a bare name in a list.
FINITE_VERBS: frozenset[str] = frozenset(
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
        "must", "shall", "should", "be", "been", "being", "does", "do", "did", "became", "become", "becomes",
        "stood", "stands", "took", "takes", "held", "holds", "began", "begins", "made", "makes", "gave",
        "gives", "led", "leads", "won", "wins", "met", "meets", "went", "goes", "includes", "include",
        "covers", "offers", "provides", "aims", "remains", "marks", "identify", "identifies", "set",
        "seeks", "helps", "supports", "means", "lies", "runs", "rose", "fell", "grew", "came", "comes",
        "built", "sent", "signed", "launched", "seen", "known",
    }
)  # fmt: skip
#: Past forms that do not end in -ed, with their plain form ("became" -> "become").
IRREGULAR_PAST: dict[str, str] = {
    "became": "become", "began": "begin", "took": "take", "held": "hold", "made": "make", "gave": "give",
    "led": "lead", "won": "win", "met": "meet", "went": "go", "saw": "see", "stood": "stand", "built": "build",
    "sent": "send", "rose": "rise", "fell": "fall", "grew": "grow", "brought": "bring", "bought": "buy",
    "sold": "sell", "paid": "pay", "laid": "lay", "set": "set", "put": "put", "cut": "cut", "ran": "run",
    "came": "come", "drew": "draw", "wrote": "write", "spoke": "speak", "chose": "choose", "struck": "strike",
    "left": "leave", "lost": "lose", "kept": "keep", "found": "find", "sought": "seek", "won't": "will",
}  # fmt: skip
#: Past participles that do not end in -ed ("was held", "was set up").
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset(
    {"held", "made", "built", "begun", "given", "taken", "won", "set", "sent", "sold", "paid", "laid", "put",
     "cut", "run", "drawn", "written", "spoken", "chosen", "struck", "left", "lost", "kept", "found", "known",
     "seen", "led", "brought", "bought", "grown", "undertaken", "shown", "done"}
)  # fmt: skip
#: Other ways members say an event verb (by plain form), in English and in Hinglish chat; added as keywords.
EVENT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "establish": ("set up", "founded", "formed", "created", "started", "bana", "bani", "banaya"),
    "found": ("set up", "established", "formed", "bana", "bani"),
    "create": ("set up", "established", "launched", "formed"),
    "form": ("set up", "established", "created", "bana", "bani"),
    "launch": ("started", "began", "initiated", "introduced", "shuru"),
    "relaunch": ("restarted", "resumed", "negotiations resumed", "revived"),
    "begin": ("started", "launched", "commenced", "shuru"),
    "start": ("began", "launched", "commenced", "shuru"),
    "sign": ("inked", "concluded", "agreed", "sign hua"),
    "enter": ("came into force", "came into effect", "took effect", "in force", "implemented", "lagu"),
    "hold": ("hosted", "took place", "organised", "venue"),
    "host": ("held", "organised", "venue"),
    "take": ("joined", "participated", "participation"),
    "participate": ("joined", "took part", "participation"),
    "join": ("took part", "participated", "became a member"),
    "rejoin": ("joined again", "returned", "came back"),
    "terminate": ("ended", "scrapped", "cancelled", "withdrew", "khatam"),
    "end": ("terminated", "stopped", "scrapped"),
    "elevate": ("upgraded", "raised", "upgrade"),
    "upgrade": ("elevated", "raised"),
    "adopt": ("approved", "released", "unveiled", "accepted"),
    "announce": ("declared", "unveiled"),
    "raise": ("increase", "increased", "hike", "hiked", "more"),
    "increase": ("raise", "raised", "hike", "hiked"),
    "commit": ("commitment", "pledged", "promised", "funding"),
    "hurt": ("affect", "impact", "harm", "hit"),
    "affect": ("impact", "hurt", "hit"),
    "visit": ("visited", "trip", "tour", "daura"),
    "co-chair": ("chaired", "led", "headed"),
    "chair": ("led", "headed"),
    "stand": ("total", "totalled", "amounted", "worth", "value"),
    "total": ("stood at", "amounted", "worth", "value"),
    "rise": ("increased", "grew", "growth"),
    "grow": ("increased", "rose", "growth"),
    "open": ("set up", "established", "opened"),
    "call": ("visited", "docked", "port call"),
    "shortlist": ("selected", "chosen", "picked"),
    "stall": ("stopped", "halted", "paused", "stuck"),
    "complete": ("marked", "celebrated", "finished"),
    "mark": ("completed", "celebrated"),
    "identify": ("named", "called", "recognised"),
    "offer": ("provides", "gives"),
    "provide": ("offers", "gives"),
    "stop": ("ended", "ceased", "no longer"),
    "support": ("backs", "backing"),
    "elect": ("chosen", "voted"),
    "appoint": ("named", "chosen"),
    "cover": ("includes", "covers"),
    "include": ("covers", "contains"),
    "ban": ("prohibited", "barred"),
    "approve": ("cleared", "passed", "adopted"),
    "pass": ("approved", "cleared"),
}
#: Verbs that raise a thing to a new status: what it was before is its "pre-" status.
UPGRADE_VERBS: frozenset[str] = frozenset({"elevate", "upgrade", "raise", "promote"})
#: Other ways members say a phrase of the statement; added as keywords.
PHRASE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "a year": ("per year", "every year", "annually", "annual", "har saal"),
    "per year": ("a year", "every year", "annually", "annual", "har saal"),
    "each year": ("every year", "annually", "annual", "har saal"),
    "every year": ("per year", "annually", "annual", "har saal"),
    "annually": ("every year", "per year", "annual", "har saal"),
    "entered into force": ("came into force", "came into effect", "took effect", "in force", "implemented", "lagu"),
    "came into force": ("came into effect", "took effect", "entered into force", "in force", "lagu"),
    "came into effect": ("came into force", "took effect", "entered into force", "in force", "lagu"),
    "took part": ("joined", "participated", "participation", "join"),
    "set up": ("established", "founded", "formed", "bana", "bani"),
    "key outcomes": ("results", "agreements", "signed", "deliverables", "achievements"),
    "outcomes": ("results", "deliverables", "achievements"),
}
#: Other ways members name a thing (by a word of the statement); added as keywords.
NOUN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "formally": ("formal name", "official name", "officially"),
    "officially": ("official name", "formally", "formal name"),
    "deficit": ("trade gap", "imbalance"),
    "imbalance": ("deficit", "trade gap"),
    "number": ("quota", "count"),
    "biennial": ("every two years",),
    "annual": ("yearly", "every year", "har saal"),
    "exports": ("export", "niryat"),
    "imports": ("import", "aayat"),
    "negotiations": ("talks", "negotiation"),
    "talks": ("negotiations", "negotiation"),
}
#: Words in a name that make it a company: its fact is about a company or firm too.
COMPANY_WORDS: frozenset[str] = frozenset(
    {"limited", "ltd", "systems", "inc", "corporation", "corp", "company", "industries", "group", "technologies",
     "shipbuilders", "enterprises", "holdings", "motors", "airlines", "plc", "gmbh", "ag"}
)  # fmt: skip
#: Abbreviations a sentence does not end at ("S. Rao", "Dr.", "e.g.").
SENTENCE_ABBREVIATIONS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "viz", "e.g", "i.e", "eg", "ie", "approx", "rs",
     "govt", "gen", "lt", "col", "capt", "sr", "jr", "inc", "ltd", "co", "art", "sec", "fig", "vol", "u.s",
     "u.k", "u.n", "hon", "sh", "smt", "shri"}
)  # fmt: skip
#: Counted numbers written as words, with their value.
NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
    "dozen": 12,
}  # fmt: skip
#: Month names and their numbers.
MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
#: Short month forms members type ("sept 2025"), by month number.
_MONTH_SHORT: dict[int, tuple[str, ...]] = {9: ("Sept", "Sep")} | {
    i + 1: (name[:3],) for i, name in enumerate(_MONTH_NAMES) if i != 8
}
#: Connecting words allowed inside a multi-word name ("Memorandum of Understanding", "Frankfurt am Main").
NAME_CONNECTORS: frozenset[str] = frozenset({"of", "for", "the", "on", "am", "de", "da", "von", "van", "la", "al"})
#: Words that never start a name on their own, even capitalised mid-sentence.
NOT_NAMES: frozenset[str] = frozenset(
    {"The", "A", "An", "In", "On", "At", "Of", "For", "And", "But", "Or", "With", "By", "From", "To", "As", "It",
     "Its", "This", "That", "These", "Those", "Both", "Under", "During", "Since", "Over", "Through", "While",
     "After", "Before", "Despite", "Also", "However", "Key", "Other", "Current", "Article", "Summary"}
)  # fmt: skip
#: Words a question names the thing it asks about with; the drafter leaves them out of short phrasings.
_STOP = LEXICON.ignored | {
    "about", "around", "nearly", "some", "least", "almost", "roughly", "approximately", "during", "through", "across",
    "towards", "within", "among", "against", "upon", "including", "like", "such", "via", "etc",
}  # fmt: skip

# ==================================================================================================== limits
#: An article larger than the validator reads is refused before reading (it could never be quoted from).
MAX_INPUT_BYTES = MAX_ARTICLE_BYTES
#: At most this many facts and quiz items: a draft is for reviewing, and a knowledge file holds at most 2 MiB.
MAX_FACTS = 400
MAX_QUIZ = 150
MAX_SECTIONS = 60
MAX_GLOSSARY = 200
#: Alternatives per fact, and keywords per fact.
MAX_ALTERNATIVES = 10
MAX_KEYWORDS = 30
#: The first line of every draft; a file starting with it may be overwritten by a new draft.
DRAFT_MARKER = "# DRAFT knowledge file written by `studybot draft`"
_QUOTE_CHARS = 160
_WRAP = 96

# ==================================================================================================== errors


class DraftError(UserFacingError):
    """An article the drafter cannot use, or an output it may not write; the message says why."""


# ==================================================================================================== reading


@dataclass(frozen=True)
class Header:
    """What the article says about itself."""

    title: str
    publisher: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    reading_minutes: int | None = None


@dataclass
class Block:
    """A paragraph or a bullet of a section, as written (``text`` is a slice of its line)."""

    kind: str
    text: str
    level: int
    quotable: bool
    parent: int | None = None


@dataclass
class RawSection:
    """A heading and what follows it."""

    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass(frozen=True)
class Article:
    """An article read into its header, sections and tags."""

    header: Header
    sections: tuple[RawSection, ...]
    tags: tuple[str, ...]


_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?:[•◦▪▫●○■□‣⁃∙·*+\-–—]|\d{1,3}[.)]|\(?[a-z]\)|\([ivx]{1,4}\))[ \t]+(?=\S)")
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_BOLD = re.compile(r"^\*\*(.+)\*\*$|^__(.+)__$")
_READING = re.compile(
    r"^(?:(?:estimated\s+)?reading\s+time\s*:?\s*)?(?P<n>\d{1,3})\s*(?:min|mins|minutes?)\.?(?:\s+read)?$", re.I
)
_LABEL = re.compile(r"^(?P<label>[^:]{2,90}?)\s*:\s*(?P<rest>.*)$")
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept(?:ember)?|Sep|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE_DMY = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I
)
_DATE_MDY = re.compile(
    rf"\b(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I
)
_DATE_ISO = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_DATE_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>(?:19|20)\d{2})\b")


def parse_date(text: str) -> dt.date | None:
    """Return the first calendar date written in ``text`` (12 Oct 2025, October 12, 2025, 2025-10-12, 12/10/2025)."""
    best: tuple[int, dt.date] | None = None
    for pattern in (_DATE_DMY, _DATE_MDY, _DATE_ISO, _DATE_NUMERIC):
        for match in pattern.finditer(text):
            month_text = match.group("m")
            month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.casefold().rstrip("."), 0)
            try:
                found = dt.date(int(match.group("y")), month, int(match.group("d")))
            except ValueError:
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), found)
            break
    return best[1] if best else None


def _furniture_key(line: str) -> str:
    """Return a line as the furniture lists spell it: casefolded, without surrounding punctuation."""
    return collapse_whitespace(line.strip(" \t:|-–—•*#>")).casefold()


def is_furniture(line: str) -> bool:
    """Tell whether a line is page furniture (navigation, download, share, copyright ...), not article text."""
    key = _furniture_key(line)
    return key in FURNITURE_LINES or key.startswith(FURNITURE_PREFIXES)


def _cue_value(line: str, cues: Sequence[str]) -> str | None:
    """Return what follows one of ``cues`` at the start of a line ("Posted 12 Oct 2025" -> "12 Oct 2025")."""
    folded = line.casefold()
    for cue in cues:
        if folded.startswith(cue) and (len(folded) == len(cue) or not folded[len(cue)].isalnum()):
            return line[len(cue) :].strip(" \t:-–—")
    return None


def _looks_like_heading(text: str) -> bool:
    """Tell whether a line reads like a heading: short, capitalised, not ending a sentence."""
    words = text.split()
    if not 1 <= len(words) <= 14 or len(text) > 120:
        return False
    if text.endswith((".", ",", ";", "!", "…")) or not (text[0].isupper() or text[0].isdigit()):
        return False
    return any(ch.isalpha() for ch in text)


def _tag_cue(text: str) -> bool:
    """Tell whether a line introduces the article's tags ("Tags :")."""
    return _furniture_key(text) in TAG_CUES


def parse_article(text: str, fallback_title: str) -> Article:
    """Read an article's header, sections (headings, bullets, paragraphs) and tags, leaving out page furniture."""
    lines = text.splitlines()
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    reading: int | None = None
    consumed: set[int] = set()
    nonempty = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    # The header: a "Title | Category | Publisher" first line, and date and reading-time lines near the top.
    if nonempty:
        first_index, first = nonempty[0]
        parts = [p.strip() for p in first.split("|") if p.strip()]
        if len(parts) >= 2 and not _BULLET.match(lines[first_index]):
            title, publisher = parts[0], parts[-1]
            consumed.add(first_index)
    for index, line in nonempty[:60]:
        if index in consumed or _BULLET.match(lines[index]):
            continue
        plain = _MARKDOWN_HEADING.sub("", line).strip("*_ ")
        value = _cue_value(plain, UPDATED_CUES)
        if value is not None and updated is None and (date := parse_date(value)) is not None:
            updated = date
            consumed.add(index)
            continue
        value = _cue_value(plain, POSTED_CUES)
        if value is not None and published is None and (date := parse_date(value)) is not None:
            published = date
            consumed.add(index)
            continue
        match = _READING.match(plain)
        if match and reading is None:
            reading = int(match.group("n"))
            consumed.add(index)
            continue
        value = _cue_value(plain, PUBLISHER_CUES)
        if value and publisher is None and len(value.split()) <= 8 and not value.endswith("."):
            publisher = value
            consumed.add(index)
    if title is None:
        for index, line in nonempty:
            plain = _MARKDOWN_HEADING.sub("", line).strip("*_ ")
            if index in consumed or is_furniture(plain) or _BULLET.match(lines[index]):
                continue
            if _looks_like_heading(plain) or _MARKDOWN_HEADING.match(line):
                title = plain
                consumed.add(index)
            break
    if not title:
        title = fallback_title
    title = _clip(collapse_whitespace(printable(title, one_line=True)), MAX_TITLE_CHARS)
    header = Header(title, _clean_name(publisher), published, updated, reading if reading and reading <= 240 else None)
    sections, tags = _read_body(lines, consumed, title)
    return Article(header, tuple(sections), tuple(tags))


def _clean_name(name: str | None) -> str | None:
    """Return a publisher's or title's name fit for the source block, or None."""
    if name is None:
        return None
    cleaned = _clip(collapse_whitespace(printable(name, one_line=True)).strip(" .,;"), MAX_TITLE_CHARS)
    return cleaned or None


def _read_body(lines: Sequence[str], consumed: set[int], title: str) -> tuple[list[RawSection], list[str]]:
    """Split the lines into sections of blocks; gather the tags; skip furniture and the repeated title."""
    sections: list[RawSection] = []
    tags: list[str] = []
    current: RawSection | None = None
    skipping = False
    in_tags = False
    indents: set[int] = set()
    raw_blocks: list[tuple[RawSection, Block, int]] = []
    folded_title = title.casefold()
    for index, raw in enumerate(lines):
        if index in consumed or not raw.strip():
            continue
        clean = printable(raw, one_line=True)
        quotable = clean == raw
        stripped = clean.strip()
        bullet = _BULLET.match(clean)
        if bullet:
            body = clean[bullet.end() :].strip()
            if in_tags or _tag_cue(body):
                if not _tag_cue(body):
                    tags.append(body)
                in_tags = True
                continue
            if skipping or is_furniture(body):
                continue
            if current is None:
                current = RawSection("Overview")
                sections.append(current)
            indent = len(bullet.group("indent").expandtabs(4))
            indents.add(indent)
            block = Block("bullet", _trim_slice(clean, bullet.end()), 0, quotable)
            current.blocks.append(block)
            raw_blocks.append((current, block, indent))
            continue
        in_tags = False
        plain = _MARKDOWN_HEADING.sub("", stripped)
        bold = _BOLD.match(plain)
        plain = (bold.group(1) or bold.group(2)) if bold else plain
        label_only = _LABEL.match(plain)
        if _tag_cue(plain) or (label_only and _tag_cue(label_only.group("label")) and label_only.group("rest")):
            rest = label_only.group("rest") if label_only else ""
            tags.extend(t.strip() for t in re.split(r"[,;]", rest) if t.strip())
            in_tags = not rest
            continue
        if is_furniture(plain):
            # A furniture heading takes what is under it along; a furniture line is only itself.
            skipping = skipping or _looks_like_heading(plain)
            continue
        if plain.casefold() == folded_title:
            continue
        heading = bool(_MARKDOWN_HEADING.match(stripped) or bold) or _looks_like_heading(plain)
        if heading:
            skipping = False
            heading_text = plain.rstrip(":").strip()
            if current is not None and current.title.casefold() == heading_text.casefold() and not current.blocks:
                continue  # the same heading twice in a row ("Article Summary" / "Article Summary")
            current = RawSection(_clip(heading_text, MAX_TITLE_CHARS))
            sections.append(current)
            continue
        if skipping:
            continue
        if current is None:
            current = RawSection("Overview")
            sections.append(current)
        current.blocks.append(Block("paragraph", _trim_slice(clean, 0), 0, quotable))
    # Nesting: the rank of a bullet's indentation among all the article's bullet indentations.
    levels = {indent: rank for rank, indent in enumerate(sorted(indents))}
    for _section, block, indent in raw_blocks:
        block.level = levels[indent]
    for section in sections:
        stack: list[int] = []
        for position, block in enumerate(section.blocks):
            if block.kind != "bullet":
                stack = []
                continue
            while stack and section.blocks[stack[-1]].level >= block.level:
                stack.pop()
            block.parent = stack[-1] if stack else None
            stack.append(position)
    tags = [_clip(collapse_whitespace(t), MAX_KEYWORD_CHARS) for t in tags if t.strip(" :")]
    return [s for s in sections if s.blocks], list(dict.fromkeys(tags))


def _trim_slice(line: str, start: int) -> str:
    """Return a line from ``start`` on, without surrounding whitespace."""
    return line[start:].strip()


def _clip(text: str, limit: int) -> str:
    """Cut text to at most ``limit`` characters at a word boundary, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-–(")
    return (cut or text[: limit - 1]) + "…"


# ==================================================================================================== statements


@dataclass(frozen=True)
class Statement:
    """One self-contained thing the article says, with what it leans on to be read alone."""

    section: int
    text: str
    context: str
    quotable: bool
    items: tuple[str, ...] = ()

    @property
    def answer(self) -> str:
        """Return the statement as an answer: its context first when it has one."""
        if self.items:
            body = "; ".join(i.rstrip(".;") for i in self.items) + "."
            return f"{self.context}: {body}" if self.context else body
        text = self.text if self.text.endswith((".", "!", "?", '"', "”", ")")) else self.text + "."
        return f"{self.context}: {text}" if self.context else text


_SPLIT_POINT = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w,.%-]*", re.UNICODE)


def split_sentences(text: str) -> list[str]:
    """Split text into sentences at '.', '!' or '?' before a capital, not after initials or abbreviations."""
    sentences: list[str] = []
    start = 0
    for match in _SPLIT_POINT.finditer(text):
        end = match.start() + 1
        # Only the word before the full stop decides (looked up without copying the sentence so far).
        word_start = max(text.rfind(" ", start, end - 1), start - 1) + 1
        last = text[word_start:end].rstrip(".").casefold().strip("(\"'")
        if (len(last) == 1 and last.isalpha()) or last in SENTENCE_ABBREVIATIONS:
            continue
        piece = text[start:end].strip()
        if piece:
            sentences.append(piece)
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def _clauses(sentence: str) -> list[str]:
    """Split a long sentence at semicolons into clauses that each still make a statement."""
    if len(sentence) < 200 or "; " not in sentence:
        return [sentence]
    parts = [p.strip() for p in sentence.split("; ")]
    if all(len(p.split()) >= 5 for p in parts):
        return parts
    return [sentence]


def _has_verb(text: str) -> bool:
    """Tell whether a text has a finite verb, so it states something rather than names it."""
    for word in re.findall(r"[A-Za-z][A-Za-z'-]*", text):
        lower = word.casefold()
        if lower in FINITE_VERBS or (word.islower() and len(word) >= 5 and word.endswith("ed") and "-" not in word):
            return True
    return False


def _split_label(text: str) -> tuple[str, str]:
    """Return (label, rest) of a "Label: rest" bullet; ("", text) when it has no label."""
    match = _LABEL.match(text)
    if not match:
        return "", text
    label = match.group("label").strip()
    words = label.split()
    if not label[:1].isupper() or len(words) > 10 or ". " in label or label.endswith((",", ";")):
        return "", text
    if re.search(r"\d$", label) and match.group("rest")[:1].isdigit():
        return "", text  # a time or a ratio ("10:30"), not a label
    return label, match.group("rest").strip()


def _leans_on_context(sentence: str) -> bool:
    """Tell whether a sentence opens with a word that points back ("This", "They", "Also")."""
    first = re.match(r"[\"“‘(]*([A-Za-z']+)", sentence)
    return bool(first) and first is not None and first.group(1).casefold() in CONTEXT_OPENERS


def _item_like(block: Block, label: str) -> bool:
    """Tell whether a bullet is a bare name in a list ("Joint Declaration on Security Cooperation")."""
    text = block.text.rstrip(".;")
    return not label and len(text.split()) <= 16 and not _has_verb(text) and len(split_sentences(text)) == 1


def extract_statements(article: Article) -> list[Statement]:
    """Return every self-contained statement of the article, section by section, in article order."""
    statements: list[Statement] = []
    for number, section in enumerate(article.sections):
        labels = [_split_label(b.text) if b.kind == "bullet" else ("", b.text) for b in section.blocks]
        grouped: dict[int | None, list[int]] = {}
        for position, block in enumerate(section.blocks):
            if block.kind == "bullet" and _item_like(block, labels[position][0]):
                grouped.setdefault(block.parent, []).append(position)
        lists = {key: members for key, members in grouped.items() if len(members) >= 2}
        listed = {p for members in lists.values() for p in members}
        emitted_lists: set[int | None] = set()
        for position, block in enumerate(section.blocks):
            if position in listed:
                key = block.parent
                if key in emitted_lists:
                    continue
                emitted_lists.add(key)
                members = lists[key]
                context = _list_context(section, labels, key)
                items = tuple(collapse_whitespace(section.blocks[p].text) for p in members)
                first = section.blocks[members[0]]
                statements.append(Statement(number, first.text, context, first.quotable, items))
                continue
            label, rest = labels[position]
            if block.kind == "bullet" and not label and _leans_on_context(rest):
                label_context = _ancestor_context(section, labels, block.parent)
            else:
                label_context = ""
            if not rest:
                continue
            for sentence in split_sentences(rest):
                for clause in _clauses(sentence):
                    if len(clause.split()) < 4 or not any(ch.isalpha() for ch in clause) or len(clause) > 1000:
                        continue  # too short to state anything, or too long to be one statement
                    context = label or label_context
                    if not context and _leans_on_context(clause) and block.kind == "paragraph":
                        continue  # "This also ..." with nothing to lean on: not self-contained
                    if not context and block.kind == "bullet" and _leans_on_context(clause):
                        context = _ancestor_context(section, labels, block.parent) or section.title
                    statements.append(Statement(number, clause, context, block.quotable))
    return statements


def _list_context(section: RawSection, labels: Sequence[tuple[str, str]], parent: int | None) -> str:
    """Return what a list of bare names is a list of: its parent bullet's label, or the heading."""
    if parent is None:
        return section.title
    label, rest = labels[parent]
    return label or _clip(rest.rstrip(".:"), 80) or section.title


def _ancestor_context(section: RawSection, labels: Sequence[tuple[str, str]], parent: int | None) -> str:
    """Return the label of the nearest labelled bullet above, or ""."""
    while parent is not None:
        label, _rest = labels[parent]
        if label:
            return label
        parent = section.blocks[parent].parent
    return ""


# ==================================================================================================== analysis


@dataclass(frozen=True)
class Figure:
    """A figure or name a statement gives: a year, a date, an amount, a count, a percentage or a person."""

    kind: str
    text: str
    start: int
    end: int
    value: float
    #: For a count, the noun it counts; for a person, the title before the name.
    noun: str = ""


_FY = re.compile(r"\bFY\s?(?:19|20)\d{2}\s?[-–/]\s?\d{2,4}\b")
_DATE_RANGE_DMY = re.compile(
    rf"\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:st|nd|rd|th)?\s+{_MONTH_RE}\.?,?\s+(?:19|20)\d{{2}}\b"
)
_DATE_MDY_FULL = re.compile(rf"\b{_MONTH_RE}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+(?:19|20)\d{{2}}\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH_RE}\.?,?\s+(?:19|20)\d{{2}}\b")
_MONEY = re.compile(
    r"(?:US\$|A\$|C\$|S\$|NZ\$|HK\$|\$|€|£|¥|₹|Rs\.?|INR|USD|EUR)\s?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?(?:billion|million|trillion|crore|lakh|bn|mn|cr)\b)?"
    r"|\b\d[\d,]*(?:\.\d+)?\s?(?:billion|million|trillion|crore|lakh)\s(?:dollars|euros|rupees|yen|pounds)\b"
)
_PERCENT = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:%|per ?cent\b)")
_YEAR = re.compile(r"(?<![\w$€£¥₹.,/+-])(?:1[89]|20)\d{2}(?![\w%/+]|[.,]\d|-\d)")
_COUNT = re.compile(r"(?<![\w$€£¥₹.,:/+-])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w%:/+]|[.,]\d|-\d)")
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I)
_NOUN_AFTER = re.compile(r"\s+((?:[a-zA-Z][\w-]*\s+){0,2}?[a-zA-Z][\w-]*)")


def _person_roles() -> re.Pattern[str]:
    """Return the pattern of a person's title followed by their name ("President Jane Doe")."""
    roles = sorted({w for w in LEXICON.words("person_roles") if w.isalpha()}, key=len, reverse=True)
    alternation = "|".join([*(r.capitalize() for r in roles), *(r.upper() for r in roles if len(r) <= 3)])
    name_word = r"(?:[A-Z]\.\s?)*[A-Z][\w-]*[a-zà-ÿ](?=['’]s\b|[^\w'’]|$)"
    return re.compile(rf"\b(?P<role>{alternation})\s+(?P<name>{name_word}(?:\s+{name_word}){{0,3}})(?:'s|’s)?")


_PERSON = _person_roles()


def _value(text: str) -> float:
    """Return an amount or count as a number, units applied ("US$ 26.1 billion" -> 26.1e9)."""
    digits = re.findall(r"\d[\d,]*(?:\.\d+)?", text)
    if not digits:
        word = text.casefold().split()[0] if text.split() else ""
        return float(NUMBER_WORDS.get(word, 0))
    number = float(digits[0].replace(",", ""))
    lowered = text.casefold()
    for unit, factor in (("trillion", 1e12), ("billion", 1e9), ("crore", 1e7), ("million", 1e6), ("lakh", 1e5)):
        if unit in lowered:
            return number * factor
    return number


def _date_value(text: str) -> float:
    """Return a date or month as a day number, for ordering quiz choices."""
    date = parse_date(text)
    if date is not None:
        return float(date.toordinal())
    month = re.search(_MONTH_RE, text, re.I)
    year = re.search(r"(?:19|20)\d{2}", text)
    if month and year:
        return float(dt.date(int(year.group()), MONTHS[month.group().casefold().rstrip(".")], 1).toordinal())
    return 0.0


def find_figures(text: str) -> list[Figure]:
    """Return the figures a statement gives, in order, each only once (a year inside a date is the date's)."""
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        """Tell whether a span overlaps no figure found before."""
        return all(end <= a or start >= b for a, b in taken)

    def add(kind: str, match: re.Match[str], value: float, noun: str = "") -> None:
        if free(match.start(), match.end()):
            found.append(Figure(kind, match.group().strip(), match.start(), match.end(), value, noun))
            taken.append((match.start(), match.end()))

    for match in _FY.finditer(text):
        add("fy", match, 0.0)
    for pattern in (_DATE_RANGE_DMY, _DATE_MDY_FULL):
        for match in pattern.finditer(text):
            add("date", match, _date_value(match.group()))
    for match in _MONTH_YEAR.finditer(text):
        if match.group()[:1].isupper():
            add("month", match, _date_value(match.group()))
    for match in _MONEY.finditer(text):
        add("money", match, _value(match.group()))
    for match in _PERCENT.finditer(text):
        add("percent", match, _value(match.group()))
    for match in _YEAR.finditer(text):
        add("year", match, float(match.group()))
    for pattern in (_COUNT, _NUMBER_WORD):
        for match in pattern.finditer(text):
            noun = _NOUN_AFTER.match(text, match.end())
            words = noun.group(1).split() if noun else []
            counted = next((w for w in words if w.casefold() not in _STOP), "")
            if pattern is _NUMBER_WORD and not counted:
                continue
            if _value(match.group()) in {0.0, 1.0} or text[match.end() : match.end() + 1] == "-":
                continue  # "10-year" describes; it does not count
            previous = text[: match.start()].split()[-1:] if pattern is _COUNT else []
            if previous and previous[0][:1].isupper() and previous[0].isalpha():
                continue  # "Chandrayaan 5", "Project 75": a number that is part of a name
            add("count", match, _value(match.group()), counted)
    for match in _PERSON.finditer(text):
        name = match.group("name")
        start = match.start("name")
        if free(start, start + len(name)) and name.split()[0] not in NOT_NAMES:
            found.append(Figure("person", name, start, start + len(name), 0.0, _role_phrase(text, match.start())))
            taken.append((start, start + len(name)))
    return sorted(found, key=lambda f: f.start)


def _role_phrase(text: str, role_start: int) -> str:
    """Return a person's title as written ("Japanese Foreign Minister" before "Jane Doe")."""
    before = text[:role_start].split()
    lead: list[str] = []
    for word in reversed(before[-4:]):
        if word[:1].isupper() and word not in NOT_NAMES and not word.endswith((",", ";", ":", ".")):
            lead.insert(0, word)
        else:
            break
    role = re.match(r"\S+", text[role_start:])
    return " ".join([*lead, role.group() if role else ""]).strip()


_NAME_TOKEN = re.compile(r"[A-Z][\w'’&.-]*[\w)]|[A-Z]")


def find_names(text: str) -> list[str]:
    """Return the proper names and abbreviations of a statement ("Jane Doe", "Dharma Guardian", "CEPA")."""
    words = list(re.finditer(r"\S+", text))
    names: list[str] = []
    current: list[str] = []
    for index, match in enumerate(words):
        if match.group().startswith("("):
            _close_name(current, names)
            current = []
        word = match.group().strip("\"“”‘’'(),;:.")
        word = word.removesuffix("'s").removesuffix("’s")
        starts_sentence = index == 0 or words[index - 1].group().endswith((".", ":", "?", "!"))
        capital = bool(word) and word[0].isupper() and any(ch.isalpha() for ch in word)
        abbreviation = bool(word) and sum(ch.isupper() for ch in word) >= 2
        if capital and (not starts_sentence or abbreviation or current) and word not in NOT_NAMES:
            current.append(word)
        elif current and word.casefold() in NAME_CONNECTORS and word.islower():
            current.append(word)
            continue
        else:
            _close_name(current, names)
            current = []
        if match.group().endswith((",", ";", ":", ".", ")")) and not re.fullmatch(r"[A-Z]\.", match.group()):
            _close_name(current, names)
            current = []
    _close_name(current, names)
    return list(dict.fromkeys(names))


def _close_name(current: list[str], names: list[str]) -> None:
    """Add the words gathered so far as one name, without trailing connectors."""
    while current and current[-1].casefold() in NAME_CONNECTORS:
        current.pop()
    if current:
        name = " ".join(current)
        if len(name) >= 2 and len(name) <= MAX_KEYWORD_CHARS:
            names.append(name)


_ABBREVIATION = re.compile(r"\((?P<abbr>[A-Z][A-Za-z&]*[A-Z][a-z]?|[A-Z]{2,}\d*)(?:\s*,[^()]{1,40})?\)")


def find_definitions(text: str) -> list[tuple[str, str, int, int]]:
    """Return (abbreviation, expansion, start, end) for each "Full Name (ABBR)" the text defines."""
    found: list[tuple[str, str, int, int]] = []
    for match in _ABBREVIATION.finditer(text):
        abbr = match.group("abbr")
        if sum(ch.isupper() for ch in abbr) < 2 or len(abbr) > 12:
            continue
        before = text[: match.start()].rstrip()
        window_words = before.split()[-(min(len(abbr) + 5, len(abbr) * 2)) :]
        window = " ".join(window_words)
        expansion = _long_form(abbr, window)
        if expansion is None:
            continue
        start = before.rfind(expansion)
        if start < 0:
            continue
        found.append((abbr, expansion, start, match.end()))
    return found


def _long_form(abbr: str, window: str) -> str | None:
    """Find the shortest end of ``window`` whose letters spell ``abbr`` in order (Schwartz and Hearst, 2003)."""
    short = [ch.casefold() for ch in abbr if ch.isalnum()]
    if short and short[-1] == "s" and abbr[-1].islower():
        short = short[:-1]  # "SMEs": the plural s is not a word's letter
    s = len(short) - 1
    i = len(window) - 1
    while s >= 0:
        c = short[s]
        while i >= 0 and (window[i].casefold() != c or (s == 0 and i > 0 and window[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = i + 1
    # "Broad-based": a match inside a hyphenated word starting with the same letter takes the whole word.
    if start > 0 and window[start - 1] == "-":
        word_start = window.rfind(" ", 0, start) + 1
        if window[word_start].casefold() == short[0]:
            start = word_start
    expansion = window[start:].strip(' ,;:-–"“”')
    words = expansion.split()
    if len(words) < 2 or expansion.casefold() == abbr.casefold() or not expansion[:1].isupper():
        return None
    if any(w[:1].islower() and w not in NAME_CONNECTORS | {"and", "in", "to", "with"} for w in words):
        # An expansion is a name: "a bilateral Defence ..." is not one.
        return None
    return expansion


# ==================================================================================================== questions


@dataclass
class DraftFact:
    """A fact being drafted, with what its quiz item and keywords are made of."""

    id: str
    section: str
    question: str
    alternatives: list[str]
    answer: str
    keywords: list[str]
    quote: str | None
    figures: list[Figure] = field(default_factory=list)
    statement: Statement | None = None
    focus: Figure | None = None
    kind: str = "statement"
    abbreviation: tuple[str, str] | None = None


_WH = {
    "year": "which year",
    "date": "which date",
    "month": "which month and year",
    "money": "how much",
    "count": "how many",
    "percent": "what percentage",
}
_KIND_NOUN = {"year": "year", "date": "date", "month": "date", "money": "amount", "percent": "percentage"}
_AUX = re.compile(r"(?:was|were|is|are|has been|have been|had been)\b")
_LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:Under|During|In|On|At|After|Before|Since|Through|With|Over|For|From|Despite|As|By|Following|Until|"
    r"While|Although|Though|When|Once)\b|[A-Z][a-z]+(?:ed|ing)\b)[^,;]{0,120},\s+"
)
#: Words that make what precedes a verb a clause of its own, not a subject ("No treaty since India ...").
_SUBORDINATORS = frozenset(
    {"since", "because", "although", "though", "while", "when", "whereas", "if", "unless", "until", "that", "which",
     "who", "where", "whose", "whom"}
)  # fmt: skip
#: Prepositions after which a participle is passive ("signed in 2022", "signed by the ministers").
_PASSIVE_FOLLOWERS = frozenset({"in", "on", "at", "by", "during", "under", "with", "since", "from", "for", "between"})
#: A figure after one of these is an end point ("until 2030"), not when something happened.
_DEADLINE_WORDS = frozenset({"until", "till", "by", "before"})
#: A figure after one of these is a target date ("planned for 2026"), not when something happened.
_PLAN_PHRASES = frozenset(
    {"planned for", "scheduled for", "due in", "due by", "expected in", "expected by", "slated for", "targeted for",
     "set for", "aimed for", "proposed for"}
)  # fmt: skip
_INCLUDE_VERBS = frozenset({"include", "includes", "included", "cover", "covers", "covered", "comprise", "comprises"})


@dataclass(frozen=True)
class Reading:
    """How a statement reads: its subject, its auxiliary and verb as written, and where the verb is."""

    subject: str
    aux: str
    verb: str
    verb_start: int
    verb_end: int
    #: Where the auxiliary starts ("was" in "was set up"); the verb's start when there is none.
    aux_start: int = -1
    #: A participle after a comma ("The CEPA, signed in 2011, ..."): passive without an auxiliary.
    reduced: bool = False
    #: Where the main clause starts (after a leading "In October 2024, ").
    body_start: int = 0


@lru_cache(maxsize=8192)
def _participle(word: str) -> bool:
    """Tell whether a word is a past participle ("signed", "held"), not just a word ending in -ed ("infrared")."""
    lower = word.casefold()
    if lower in IRREGULAR_PARTICIPLES:
        return True
    tail = lower.rpartition("-")[2]
    if len(tail) < 5 or not tail.endswith("ed") or not tail.isalpha():
        return False
    return zipf_frequency(_plain_verb(tail), "en") >= 2.0


def _plain_verb(word: str) -> str:
    """Return a past verb's plain form ("became" -> "become", "signed" -> "sign", "adopted" -> "adopt")."""
    lower = word.casefold()
    if lower in IRREGULAR_PAST:
        return IRREGULAR_PAST[lower]
    if "-" in lower:
        head, _sep, tail = lower.rpartition("-")
        return f"{head}-{_plain_verb(tail)}"
    if not lower.endswith("ed") or len(lower) < 4:
        return lower
    if lower.endswith("ied"):
        return lower[:-3] + "y"
    stem = lower[:-2]
    if len(stem) < 3:
        return lower
    candidates = [stem, stem + "e"]
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    # The form English uses most is the plain verb ("complet" is no word, "complete" is).
    return max(candidates, key=lambda c: (zipf_frequency(c, "en"), -len(c)))


@dataclass(frozen=True)
class Vocabulary:
    """How the article writes its words: which it capitalises mid-sentence (names), which it writes in lower case."""

    names: frozenset[str] = frozenset()
    lower: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str) -> Vocabulary:
        """Read the vocabulary of an article's text."""
        names = frozenset(word for name in find_names(text) for word in name.split())
        lower = frozenset(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*", text))
        return cls(names, lower)


def _lower_first(text: str, vocab: Vocabulary) -> str:
    """Lower a first word capitalised only because it starts the sentence ("The 2015 pacts" -> "the 2015 pacts")."""
    first, sep, rest = text.partition(" ")
    bare = first.strip('"“‘(')
    follows_name = rest[:1].isupper()
    if bare in {"The", "A", "An"} or (
        bare[:1].isupper() and bare[1:].islower() and bare.casefold() in vocab.lower and not follows_name
    ):
        return f"{first[:1].lower()}{first[1:]}{sep}{rest}"
    return text


def _read(text: str) -> Reading | None:
    """Find the subject and the verb of a statement ("The AAGC" / "was" / "established")."""
    offset = 0
    lead = _LEADING_ADVERBIAL.match(text)
    if lead:
        offset = lead.end()
    body = text[offset:]
    words = list(re.finditer(r"\S+", body))
    for index, match in enumerate(words[:18]):
        if index == 0:
            continue
        word = match.group().strip(',;:.()"“”')
        lower = word.casefold()
        previous = words[index - 1].group()
        aux = _AUX.match(body, match.start())
        if aux and body[match.start() :].casefold().startswith(aux.group()) and not previous.endswith(","):
            subject = _clean_subject(body[: match.start()])
            if not subject:
                return None
            following = words[index + 1 : index + 3]
            for step, nxt in enumerate(following):
                if nxt.start() < match.start() + len(aux.group()):
                    continue
                candidate = nxt.group().strip(",;:.")
                if _participle(candidate) and candidate.islower():
                    verb, end = candidate, nxt.start() + len(candidate)
                    if verb == "set" and body[end : end + 3] == " up":
                        verb, end = "set up", end + 3
                    start = offset + nxt.start()
                    return Reading(
                        subject, aux.group(), verb, start, offset + end, offset + match.start(), body_start=offset
                    )
                if step == 0 and not candidate.endswith("ly"):
                    break
            start, end = offset + match.start(), offset + match.start() + len(aux.group())
            return Reading(subject, aux.group(), "", start, end, start, body_start=offset)
        after_determiner = previous.casefold() in _DETERMINERS
        past = lower in IRREGULAR_PAST or (_participle(word) and word.islower() and not after_determiner)
        if (lower in FINITE_VERBS and word.islower()) or past or _present_verb(words, index):
            if previous.endswith(",") and _participle(word) and lower not in IRREGULAR_PAST:
                nxt_word = words[index + 1].group().casefold() if index + 1 < len(words) else ""
                if nxt_word in _PASSIVE_FOLLOWERS:
                    subject = _clean_subject(body[: words[index - 1].end() - 1])
                    if not subject:
                        return None
                    start = offset + match.start()
                    return Reading(subject, "", word, start, start + len(word), start, True, offset)
            subject = _clean_subject(re.sub(r"\s+\w+ly\s*$", "", body[: match.start()]))
            if not subject:
                return None
            start = offset + match.start()
            return Reading(subject, "", word, start, start + len(word), start, body_start=offset)
    return None


#: Words after which a participle is an adjective ("an amended agreement"), not a verb.
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "this", "that", "these", "those", "his", "her", "our"})


def _present_verb(words: Sequence[re.Match[str]], index: int) -> bool:
    """Tell whether a word is a present-tense verb after a name ("India imports", "India mainly imports")."""
    word = words[index].group().strip(",;:.")
    if not (word.islower() and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))):
        return False
    before = [w.group().strip(",;:.()") for w in words[:index]]
    while before and before[-1].islower() and before[-1].endswith("ly"):
        before.pop()
    return 0 < len(before) <= 3 and all(w[:1].isupper() or w == "and" for w in before)


def _clean_subject(text: str) -> str:
    """Return a subject without its appositive ("JIMEX, the ... exercise," -> "JIMEX"), or "" if none."""
    subject = re.sub(r"\s*\((?:[^()]*\d[^()]*)\)", "", text).strip().rstrip(",")
    if "," in subject:
        head, _sep, tail = subject.partition(",")
        first = tail.split()[0].casefold() if tail.split() else ""
        if (
            first in {"the", "a", "an", "its", "their", "which", "who"}
            or first.endswith("ing")
            or tail.strip()[:1] == "("
            or len(head.split()) > 2
        ):
            subject = head.strip()
    words = subject.split()
    if not words or len(words) > 14 or subject[-1:] in {"(", "-"}:
        return ""
    if {w.casefold().strip(",") for w in words} & _SUBORDINATORS or words[0].casefold() in CONTEXT_OPENERS:
        return ""
    return subject


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the clause around a span (between commas, semicolons, colons and brackets)."""
    left = max(text.rfind(sep, 0, start) for sep in (", ", "; ", ": ", " ("))
    right_candidates = [i for sep in (", ", "; ", " (", ": ") if (i := text.find(sep, end)) >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return (left + 2 if left >= 0 else 0), right


def _content_words(text: str, limit: int = 8) -> list[str]:
    """Return the words of a text that carry content, in order, at most ``limit``."""
    words = []
    for token in re.findall(r"[\w'’+-]+", text):
        bare = token.strip("'’-")
        if not bare or bare.casefold() in _STOP or bare.isdigit():
            continue
        words.append(bare)
    return words[:limit]


def _shorten(text: str) -> str:
    """Drop bracketed asides and ", partnering with ...," asides from a clause that is too long."""
    text = re.sub(r"\s*\([^()]{1,80}\)", "", text)
    return re.sub(r",\s+(?:\w+ing|which|who|the|a|an)\b[^,]{1,80},", "", text)


def _wh_phrase(figure: Figure, text: str) -> tuple[str, int]:
    """Return the question words that replace a figure, and where the replaced span starts."""
    start = figure.start
    if figure.kind == "person":
        lead = text.rfind(figure.noun, 0, figure.start) if figure.noun else -1
        return (f"which {figure.noun}".strip() if figure.noun else "whom"), (lead if lead >= 0 else start)
    wh = _WH[figure.kind]
    before = text[:start].rstrip().rsplit(" ", 1)[-1].casefold()
    if figure.kind in {"year", "date", "month"} and before in _DEADLINE_WORDS:
        wh = "which year" if figure.kind == "year" else wh
    return wh, start


def _cloze(text: str, figure: Figure) -> str | None:
    """Return the statement as a question: the figure replaced by a question word, cut after its clause."""
    if figure.kind == "fy":
        return None
    wh, start = _wh_phrase(figure, text)
    end = figure.end
    if figure.kind == "person" and text[end : end + 2] in {"'s", "’s"}:
        wh, end = wh + "'s", end + 2
    lead = _LEADING_ADVERBIAL.match(text)
    dated = _dated_name(text, figure)
    _first_left, first_right = _clause_bounds(text, figure.start, figure.end)
    if dated is not None:
        # "Strategic Partnership (2009)", "the 2025 Joint Declaration": the figure dates the name next to it.
        name, since = dated
        if figure.kind == "year":
            plural = name.split()[-1].endswith("s") and not name.endswith("ss")
            question = f"{name}: since which year" if since else f"Which year {'are' if plural else 'is'} {name} from"
        else:
            question = f"When was {name}"
    elif text[:start].count("(") > text[:start].count(")"):
        # "(August 2024, Sulur)": the figure is an aside; ask for it after the clause it qualifies.
        opening = text.rfind("(", 0, start)
        head = text[:opening].rstrip(" ,")
        preposition = "on" if figure.kind == "date" else "in"
        question = f"{head}, {preposition} {wh}" if figure.kind != "person" else ""
    elif (
        not lead
        and figure.start == 0
        and figure.kind == "count"
        and text[first_right : first_right + 2] == ", "
        and _read(text[:first_right]) is None
        and _read(text[first_right + 2 :]) is not None
    ):
        # "Ten years after the pact, ties have grown ...": ask "Ties have grown ... how many years after the pact?"
        main = text[first_right + 2 :]
        _left, right = _clause_bounds(main, 0, min(len(main), 60))
        asked = (text[:start] + wh + text[end:first_right]).strip()
        question = f"{_sentence_case(main[:right].rstrip('.'))} {asked[:1].lower()}{asked[1:]}"
    elif lead and figure.end <= lead.end():
        # "In October 2024, the Cabinet adopted X": ask "The Cabinet adopted X in which month and year?"
        main = text[lead.end() :]
        _left, right = _clause_bounds(main, 0, min(len(main), 60))
        adverbial = text[: lead.end()].rstrip(", ")
        asked = (adverbial[:start] + wh + adverbial[end:]).strip()
        question = f"{_sentence_case(main[:right].rstrip('.'))} {asked[:1].lower()}{asked[1:]}"
    else:
        before = re.sub(r"\b(?:about|around|nearly|approximately|roughly|some|almost|at least)\s+$", "", text[:start])
        _left, right = _clause_bounds(text, figure.start, figure.end)
        question = f"{before}{wh}{text[end:right]}"
        if len(question) > MAX_QUESTION_CHARS - 1:
            question = f"{_shorten(before)}{wh}{text[end:right]}"
    question = question.strip().rstrip(".,;:")
    if not question or len(question) > MAX_QUESTION_CHARS - 1 or len(question.split()) < 3:
        return None
    return _sentence_case(question) + "?"


def _dated_name(text: str, figure: Figure) -> tuple[str, bool] | None:
    """Return the name a year or date belongs to ("Strategic Partnership (2009)"), and whether it reads "since"."""
    if figure.kind not in {"year", "date", "month"}:
        return None
    before = text[: figure.start]
    opening = before.rfind("(")
    if opening >= 0 and before.count("(") > before.count(")"):
        inside = text[opening + 1 : text.find(")", figure.end) if ")" in text[figure.end :] else len(text)]
        found = re.search(r"((?:[A-Z][\w'’-]*|of|and|for|the|on|in)(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the|on|in))*)\s*$",
                          text[:opening].rstrip())  # fmt: skip
        head = re.sub(r"^(?:(?:of|and|for|the|on|in)\s+)+", "", found.group(1)).strip() if found else ""
        while head.split() and head.split()[0] in NOT_NAMES - {"The"}:
            head = head.split(" ", 1)[1] if " " in head else ""
            head = re.sub(r"^(?:(?:of|and|for|the|on|in)\s+)+", "", head)
        if not head[:1].isupper() or len(head.split()) > 10:
            return None
        first = inside.strip()
        if first.casefold().startswith("since"):
            return _the_name(head), True
        if re.match(r"[A-Z]{2,}\s*,", first) or not re.match(r"[a-z]", first):
            return _the_name(head), False  # "Partnership (2009)", "Rim Association (IORA, 1997)"
        return None
    after = re.match(r"\s+((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|on|for|and|the))*)", text[figure.end :])
    previous = before.rstrip().rsplit(" ", 1)[-1].casefold() if before.strip() else ""
    if figure.kind == "year" and after and previous in {"the", "a", "an", "", "include", "includes", "and"}:
        name = re.sub(r"\s+(?:of|on|for|and|the)$", "", after.group(1))
        return f"the {name}", False
    return None


def _the_name(name: str) -> str:
    """Return a name with "the" when it names a thing ("the Annual Summits"), not a place or a person."""
    words = name.split()
    if words[0] in {"The", "the"}:
        return "the " + name.split(" ", 1)[1] if " " in name else name
    if len(words) == 1 or words[0].endswith(("'s", "’s")) or zipf_frequency(words[-1].casefold(), "en") < 3.0:
        return name
    return f"the {name}"


def _sentence_case(text: str) -> str:
    """Return text with its first letter capitalised."""
    return text[:1].upper() + text[1:] if text else text


def _bare_label(label: str) -> str:
    """Return a label without a leading "the"."""
    return label[4:] if label.casefold().startswith("the ") else label


def _the(label: str) -> str:
    """Return a label as a noun phrase ("Strategic Partnership" -> "the Strategic Partnership")."""
    return f"the {_bare_label(label)}"


def _when_question(statement: Statement, figure: Figure, reading: Reading | None, vocab: Vocabulary) -> str | None:
    """Return "When was X signed?" / "When did X become Y?" for a statement dated by ``figure``."""
    text = statement.text
    before_words = text[: figure.start].casefold().split()[-2:]
    before_word = before_words[-1] if before_words else ""
    if " ".join(before_words) in _PLAN_PHRASES:
        return None  # "planned for 2026" is a target: the cloze asks "planned for which year"
    if before_word in _DEADLINE_WORDS or (figure.kind == "year" and _dated_name(text, figure) is not None):
        return None  # "until 2030" is an end point; "X (2009)" dates X, not the verb
    label = statement.context if not statement.items else ""
    if label and _label_is_subject(text, figure, reading):
        # "Label: Established in 2000 ...", "Label: A biennial mechanism launched in 2011": the label is the subject.
        participles = [m for m in re.finditer(r"[A-Za-z-]+", text[: figure.start]) if _participle(m.group())]
        lead = text[: participles[-1].start()].split() if participles else []
        if participles and len(lead) <= 6 and not {w.casefold() for w in lead} & _SUBORDINATORS:
            verb = participles[-1].group().casefold()
            if verb == "set" and text[participles[-1].end() : participles[-1].end() + 3] == " up":
                verb = "set up"
            return f"When was {_the(label)} {verb}?"
    if reading is None or (figure.start < reading.verb_start and figure.start >= reading.body_start):
        return None
    subject = _noun_phrase(reading.subject, vocab)
    if reading.reduced:
        return f"When {_be(reading.subject)} {subject} {reading.verb.casefold()}?"
    if reading.aux and reading.verb:
        aux = reading.aux.split()[0].casefold()
        tense = aux if aux in {"was", "were", "is", "are"} else ("were" if aux == "have" else "was")
        return f"When {tense} {subject} {reading.verb}?"
    if (
        reading.aux
        or not reading.verb
        or (reading.verb.casefold() not in IRREGULAR_PAST and not _participle(reading.verb))
    ):
        return None
    if figure.start < reading.body_start:
        _left, right = _clause_bounds(text, reading.verb_end, reading.verb_end)
        rest = text[reading.verb_end : right]
    else:
        rest = text[reading.verb_end : figure.start]
        rest = re.sub(r"\s+(?:in|on|since|from|during|of|at|around|for|by|till|until|to)\s*$", "", rest)
    rest = rest.strip(" ,(").rstrip(" ,(.;:")
    if len(rest.split()) > 12 or ("(" in rest and ")" not in rest):
        return None
    return f"When did {subject} {_plain_verb(reading.verb)} {rest}".strip() + "?"


def _be(subject: str) -> str:
    """Return "were" for a plural subject ("Negotiations on a ..."), else "was"."""
    head = re.split(r"\s+(?:on|of|for|to|with|between|in|from|and)\s+", subject.strip())[0].split()
    last = head[-1].strip('()"“”,').casefold() if head else ""
    sides = [part.split() for part in subject.split(" and ", 1)] if " and " in subject else []
    joined = bool(sides) and all(1 <= len(side) <= 2 for side in sides)
    plural = (last.endswith("s") and not last.endswith(("ss", "us", "is"))) or joined
    return "were" if plural else "was"


def _noun_phrase(subject: str, vocab: Vocabulary) -> str:
    """Return a subject for the middle of a question: "the Strategic Partnership", "the AAGC", "Japan"."""
    words = subject.split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].casefold() in vocab.lower:
        return f"the {subject}"  # "Strategic Partnership" names a thing: "When was the Strategic Partnership ..."
    return _lower_first(subject, vocab)


def _label_is_subject(text: str, figure: Figure, reading: Reading | None) -> bool:
    """Tell whether a labelled bullet's text is only a description of its label ("A mechanism launched in 2011")."""
    if reading is None or reading.verb_start > figure.start:
        return True
    if reading.aux or reading.reduced or reading.verb.casefold() in IRREGULAR_PAST or not _participle(reading.verb):
        return False
    following = text[reading.verb_end :].split()
    first = reading.subject.split()[0] if reading.subject.split() else ""
    return bool(following) and following[0].casefold() in _PASSIVE_FOLLOWERS and first in {"A", "An"}


def _amount_question(statement: Statement, figure: Figure, qualifier: str, vocab: Vocabulary) -> str | None:
    """Return "How much was X in FY ...?" for an amount stated as "X stood at / at / of ... amount"."""
    text = statement.text
    left, _right = _clause_bounds(text, figure.start, figure.end)
    clause = text[left : figure.start]
    clause = re.sub(r"^(?:with|and|while|leaving|as|but)\s+", "", clause.strip(), flags=re.I)
    match = re.match(
        r"^(?P<np>.+?)\s+(?:stood at|stands at|was|were|is|are|at|of|worth|totalled|totaled|amounted to|reached|"
        r"rising \S+ to|rose \S+ to|rose to|rising to)(?:\s+(?:about|around|nearly|approximately|some|over|roughly))?"
        r"\s*$",
        clause,
    )
    if not match:
        return None
    np = match.group("np").strip()
    if not np or len(np.split()) > 10 or _leans_on_context(np):
        return None
    first, _sep, rest = np.partition(" ")
    if first.casefold() in {"a", "an"} and rest:
        # "Label: ..., with a budget of about ...": the amount belongs to the label.
        label = statement.context
        np = f"the {rest} of {_the(label)}" if label else f"the {rest}"
    head = re.split(r"\s+(?:to|of|from|in|with|for|by|between)\s+", np)[0].split()[-1].casefold()
    verb = "were" if head.endswith("s") and not head.endswith(("ss", "'s", "’s")) else "was"
    where = f" in {qualifier}" if qualifier and qualifier not in np else ""
    return f"How much {verb} {_lower_first(np, vocab)}{where}?"


def _subject_question(statement: Statement, reading: Reading | None, vocab: Vocabulary) -> str | None:
    """Return "What is India's largest partner in Europe?" / "Who took part in X?" when the subject is a name."""
    if reading is None or statement.items or reading.body_start:
        return None
    subject = reading.subject
    words = [w.strip('()"“”,') for w in subject.split()]
    named = all(w[:1].isupper() or w.casefold() in NAME_CONNECTORS | {"and"} for w in words if w)
    if words and words[0] == "The" and len(words) > 1:
        words = words[1:]
    first = words[0] if words else ""
    if first.casefold() in vocab.lower or first.casefold().endswith("ing") or first in NOT_NAMES:
        return None
    named = named and any(w in vocab.names or sum(ch.isupper() for ch in w) >= 2 for w in words)
    if not named or reading.reduced or _leans_on_context(subject):
        return None
    text = statement.text
    ends = [
        i
        for sep in ("; ", ", and ", ", while ", ", but ", ", whereas ")
        if (i := text.find(sep, reading.verb_end)) >= 0
    ]
    predicate = text[reading.aux_start : min(ends) if ends else len(text)].strip().rstrip(".")
    if len(predicate) > 150:
        _left, right = _clause_bounds(text, reading.verb_end, reading.verb_end)
        predicate = text[reading.aux_start : right].strip().rstrip(".")
    if reading.aux and not reading.verb:
        wh = "What"
    elif reading.verb.casefold() in _INCLUDE_VERBS:
        return None
    else:
        following = text[reading.verb_end :].split()[:1]
        transitive = bool(following) and following[0].casefold() not in _PASSIVE_FOLLOWERS | {"to", "into", "off"}
        copula = reading.verb.casefold() in {"became", "becomes", "become", "remains", "remained"}
        wh = "Who" if not reading.aux and transitive and not copula else "What"
    question = f"{wh} {predicate}"
    if len(question) > MAX_QUESTION_CHARS - 1 or len(predicate.split()) < 2:
        return None
    return question + "?"


def _include_question(statement: Statement, reading: Reading | None, vocab: Vocabulary) -> str | None:
    """Return "What did the outcomes include?" for "Outcomes included ..."."""
    if reading is None or reading.verb.casefold() not in _INCLUDE_VERBS or reading.aux:
        return None
    verb = reading.verb.casefold()
    plural = reading.subject.split()[-1].casefold().endswith("s")
    auxiliary = "did" if verb.endswith("ed") else ("do" if plural else "does")
    plain = verb[:-1] if verb.endswith("ed") else verb.removesuffix("s") if not plural else verb
    plain = {"includ": "include", "cover": "cover", "compris": "comprise"}.get(plain, plain)
    return f"What {auxiliary} {_lower_first(reading.subject, vocab)} {plain}?"


def _topic_words(statement: Statement, reading: Reading | None, limit: int = 6) -> list[str]:
    """Return the words a member would name the statement's subject with."""
    source = reading.subject if reading else statement.text
    words = _content_words(_bare_label(statement.context), 4) if statement.context else []
    for word in _content_words(source, limit):
        if word.casefold() not in {w.casefold() for w in words}:
            words.append(word)
    return words[:limit]


def draft_questions(
    statement: Statement, figures: Sequence[Figure], vocab: Vocabulary | None = None
) -> tuple[str, list[str], Figure | None]:
    """Return the question, the alternatives and the figure the question asks for, by what the statement states."""
    text = statement.text
    vocab = vocab or Vocabulary()
    qualifier = next((f.text for f in figures if f.kind == "fy"), "")
    if statement.items:
        what = _bare_label(statement.context) if statement.context else "items listed"
        question = f"What are the {what}?"
        return question, [f"{what} list", f"what did the {what} include", f"name the {what}", f"which {what}"], None
    reading = _read(text)
    topic = [w.casefold() for w in _topic_words(statement, reading)]
    verb = reading.verb.casefold() if reading and reading.verb else ""
    candidates: list[tuple[int, str, Figure | None]] = []
    alternatives: list[str] = []
    for figure in figures:
        if figure.kind == "fy":
            continue
        cloze = _cloze(text, figure)
        left, right = _clause_bounds(text, figure.start, figure.end)
        near = [w.casefold() for w in _content_words(text[left : figure.start] + " " + text[figure.end : right], 6)]
        if figure.kind in {"year", "date", "month"}:
            when = _when_question(statement, figure, reading, vocab)
            if when:
                candidates.append((0, when, figure))
            if cloze:
                candidates.append((4, cloze, figure))
            kind_noun = _KIND_NOUN[figure.kind]
            alternatives += [f"{' '.join(topic)} {kind_noun}", f"when {' '.join(topic)} {verb}".strip()]
            alternatives.append(f"{' '.join(near)} {kind_noun}")
        elif figure.kind == "money":
            amount = _amount_question(statement, figure, qualifier, vocab)
            if amount:
                candidates.append((1, amount, figure))
            if cloze:
                candidates.append((5, cloze, figure))
            alternatives += [f"{' '.join(near)} {qualifier}".strip(), f"how much {' '.join(near)}"]
        elif figure.kind == "count":
            if cloze:
                candidates.append((3, cloze, figure))
            noun = figure.noun.casefold()
            alternatives += [f"how many {noun} {' '.join(topic)}".strip(), f"number of {noun} {' '.join(near)}"]
        elif figure.kind == "percent":
            if cloze:
                candidates.append((3, cloze, figure))
            alternatives += [f"what percentage {' '.join(near)}", f"{' '.join(near)} percent"]
        elif figure.kind == "person":
            if cloze:
                candidates.append((2, cloze, figure))
            role = figure.noun.casefold()
            near = [w for w in near if w not in role.split()]
            alternatives += [f"who is the {role}", f"which {role} {' '.join(near)}".strip()]
    subject_question = _subject_question(statement, reading, vocab)
    include_question = _include_question(statement, reading, vocab)
    if subject_question:
        candidates.append((6, subject_question, None))
    if include_question:
        candidates.append((6, include_question, None))
    if statement.context:
        what = _bare_label(statement.context)
        alternatives += [f"what is the {what}", f"{what} kya hai"]
    if candidates:
        candidates.sort(key=lambda c: c[0])
        _rank, question, focus = candidates[0]
        return question, [c[1] for c in candidates[1:]] + alternatives, focus
    # Nothing to ask for: ask what the article says about the label, or the statement's subject.
    if statement.context:
        label = _lower_first(_bare_label(statement.context), vocab)
        if re.match(r"To\s+[a-z]", text):
            return f"What is the aim of the {label}?", alternatives, None  # "Label: To promote ..."
        return f"What does the article say about the {label}?", alternatives, None
    if reading is not None:
        subject = _lower_first(reading.subject, vocab)
    else:
        names = [n for n in find_names(text) if n.casefold() not in MONTHS]
        lead = re.match(r"^(.+?)(?:,|\s+(?:between|with|for|of|on|in|at|to|by|from)\s)", text)
        subject = names[0] if names else (lead.group(1) if lead else " ".join(_content_words(text, 5)))
    question = f"What does the article say about {subject}?"
    alternatives.append(f"{' '.join(topic)} kya hai")
    return question, alternatives, None


# ==================================================================================================== keywords


def _date_forms(figure: Figure) -> list[str]:
    """Return other ways of writing a date ("September 2025" -> "Sept 2025", "Sep 2025")."""
    month = re.search(_MONTH_RE, figure.text, re.I)
    year = re.search(r"(?:19|20)\d{2}", figure.text)
    if not month or not year:
        return []
    number = MONTHS[month.group().casefold().rstrip(".")]
    forms = [f"{_MONTH_NAMES[number - 1]} {year.group()}", *(f"{s} {year.group()}" for s in _MONTH_SHORT[number])]
    return forms


def _fy_forms(text: str) -> list[str]:
    """Return other ways of writing a financial year ("FY 2023-24" -> "FY24", "2023-24")."""
    match = re.search(r"((?:19|20)\d{2})\s?[-–/]\s?(\d{2,4})", text)
    if not match:
        return []
    first, second = match.group(1), match.group(2)[-2:]
    return [f"FY{second}", f"FY {second}", f"{first}-{second}", f"FY{first}-{second}"]


def draft_keywords(
    statement: Statement, figures: Sequence[Figure], names: Sequence[str], extra: Sequence[str] = ()
) -> list[str]:
    """Return the statement's names, abbreviations and figures, and other words members use for its words."""
    keywords: list[str] = [n for n in names if n.casefold() not in MONTHS]
    keywords.extend(extra)
    for name in names:
        if {w.casefold() for w in name.split()} & COMPANY_WORDS:
            keywords.extend(("company", "firm"))
    text = statement.text
    source = f"{statement.context}: {text}" if statement.context else text
    for _abbr, expansion, _start, _end in find_definitions(source):
        keywords.append(expansion.split()[-1])  # "CEPA agreement", "AAGC corridor"
    for figure in figures:
        keywords.append(figure.text)
        if figure.kind in {"date", "month"}:
            keywords.extend(_date_forms(figure))
        if figure.kind == "fy":
            keywords.extend(_fy_forms(figure.text))
        if figure.kind == "money":
            bare = re.sub(r"^(?:US\$|A\$|C\$|S\$|NZ\$|HK\$|\$|€|£|¥|₹|Rs\.?|INR|USD|EUR)\s?", "", figure.text)
            keywords.append(bare)
        if (
            figure.kind == "year"
            and text[figure.start - 1 : figure.start] == "("
            and len(text[: figure.start].split()) <= 6
        ):
            # "Strategic Partnership (2009)": the year a named thing began.
            keywords.extend(EVENT_SYNONYMS["establish"])
    folded = source.casefold()
    for phrase, synonyms in PHRASE_SYNONYMS.items():
        if re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", folded):
            keywords.extend(synonyms)
    for word in re.findall(r"[A-Za-z][A-Za-z-]*", text):
        lower = word.casefold()
        plain = _plain_verb(lower) if (lower.endswith("ed") or lower in IRREGULAR_PAST) else lower
        if lower.endswith("ing") and len(lower) > 5:
            plain = lower[:-3] if lower[:-3] in EVENT_SYNONYMS else lower[:-3] + "e"
        if plain.endswith("s") and plain[:-1] in EVENT_SYNONYMS:
            plain = plain[:-1]
        keywords.extend(EVENT_SYNONYMS.get(plain, ())[:4])
        keywords.extend(NOUN_SYNONYMS.get(lower, ())[:3])
        if plain in UPGRADE_VERBS:
            # "X was upgraded to a Special Strategic Partnership (SSP)": X is the pre-SSP status.
            after = text[text.casefold().find(lower) :]
            keywords.extend(f"pre-{abbr}" for abbr, *_rest in find_definitions(after)[:1])
    return keywords


# ==================================================================================================== drafting


@dataclass(frozen=True)
class Taken:
    """Names other knowledge files of the output folder already use, which a draft must not reuse."""

    source_ids: frozenset[str] = frozenset()
    fact_ids: frozenset[str] = frozenset()
    quiz_ids: frozenset[str] = frozenset()
    #: Variants of shared glossary entries (files without a source): an article may not redefine them.
    shared_terms: frozenset[str] = frozenset()
    #: Every question and alternative of the other files, read as the validator compares them.
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """A drafted knowledge file: its YAML text, and counts and notes for the admin."""

    text: str
    source_id: str
    title: str
    facts: int
    sections: int
    glossary: int
    quiz: int
    notes: tuple[str, ...] = ()


def slugify(text: str, separator: str = "-", limit: int = 64) -> str:
    """Return an id of lowercase ASCII letters and digits ("India-Japan Partnership" -> "india-japan-partnership")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()
    slug = re.sub(r"[^a-z0-9]+", separator, ascii_text).strip(separator)
    slug = slug[:limit].rstrip(separator)
    return slug if slug and slug[0].isalnum() else ""


def article_prefix(source_id: str) -> str:
    """Return a short prefix for the ids of an article's facts: the initials of its id's words ("ijp")."""
    words = [w for w in re.split(r"[-_]", source_id) if w]
    if len(words) >= 2:
        return "".join(w[0] for w in words[:5])
    return (words[0][:6] if words else "art") or "art"


def _unique(base: str, used: set[str], limit: int = 64) -> str:
    """Return ``base``, numbered if needed so that it is not in ``used``, and claim it."""
    base = base[:limit].rstrip("_-") or "x"
    candidate = base
    number = 2
    while candidate.casefold() in used and number < 10_000:
        suffix = f"_{number}"
        candidate = base[: limit - len(suffix)].rstrip("_-") + suffix
        number += 1
    used.add(candidate.casefold())
    return candidate


def _quote(statement: Statement, focus: Figure | None) -> str | None:
    """Return a short span of the article, verbatim, around what the fact asks for."""
    if not statement.quotable:
        return None
    text = statement.items[0] if statement.items else statement.text
    if len(text) <= _QUOTE_CHARS:
        return text
    if focus is not None:
        left, right = _clause_bounds(text, focus.start, focus.end)
        if right - left <= _QUOTE_CHARS and right - left >= 12:
            return text[left:right]
        start = max(0, focus.start - _QUOTE_CHARS // 2)
        start = text.find(" ", start) + 1 if start > 0 else 0
        span = text[start : start + _QUOTE_CHARS]
        return span.rsplit(" ", 1)[0] if len(span) == _QUOTE_CHARS else span
    span = text[:_QUOTE_CHARS]
    return span.rsplit(" ", 1)[0]


def _clean_phrasing(text: str) -> str:
    """Return a question or alternative on one line, printable, within the schema's limit."""
    text = collapse_whitespace(printable(text, one_line=True)).strip(" ,;:")
    text = re.sub(r"\s+([?,;:])", r"\1", text)
    return text[:MAX_QUESTION_CHARS].strip()


def _answer_text(statement: Statement) -> str:
    """Return a statement as an answer within the schema's limit."""
    return _clip(collapse_whitespace(statement.answer), MAX_ANSWER_CHARS)


def _fact_slug(words: Iterable[str], limit: int = 40) -> str:
    """Return a fact id's readable part from a few words."""
    return slugify(" ".join(words), "_", limit) or "fact"


class _Phrasings:
    """Questions already used, read as the validator compares them, to keep every fact's phrasings apart."""

    def __init__(self, others: Iterable[str]) -> None:
        self._seen: list[tuple[str, frozenset[str], str]] = []
        for text in others:
            self._seen.append((text, _figures(text), ""))

    def clashes(self, phrasing: str, fact_id: str) -> bool:
        """Tell whether a phrasing nearly duplicates one of another fact."""
        text = comparable_question(phrasing)
        figures = _figures(text)
        for seen, seen_figures, owner in self._seen:
            if owner != fact_id and figures == seen_figures and fuzz.ratio(text, seen) >= NEAR_DUPLICATE_QUESTION_SCORE:
                return True
        return False

    def add(self, phrasing: str, fact_id: str) -> None:
        text = comparable_question(phrasing)
        self._seen.append((text, _figures(text), fact_id))


def _figures(text: str) -> frozenset[str]:
    """Return the figures of a question as the validator reads them."""
    return frozenset(t for t in text.split() if is_number(t))


def draft_knowledge(
    text: str,
    article_name: str,
    *,
    fallback_date: dt.date,
    text_file: str | None = None,
    copy_note: bool = False,
    taken: Taken = Taken(),
) -> Draft:
    """Draft a knowledge file (YAML text) from an article's plain text; raise DraftError if nothing can be drafted."""
    if "\0" in text:
        raise DraftError("the article holds NUL bytes: it looks like a binary file, not plain text")
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise DraftError("the article is empty")
    fallback_title = collapse_whitespace(re.sub(r"[_\-]+", " ", PurePosixPath(article_name).stem)).title()
    article = parse_article(text, fallback_title or "Article")
    header = article.header
    notes: list[str] = []
    statements = extract_statements(article)
    if len(statements) > MAX_FACTS:
        notes.append(f"the article holds {len(statements)} statements; only the first {MAX_FACTS} became facts")
        statements = statements[:MAX_FACTS]
    if not statements:
        raise DraftError(
            "found no sentences to draft facts from (a statement is a sentence of at least four words and at "
            "most 1,000 characters); is this the article's plain text?"
        )
    # ------------------------------------------------------------------ source
    source_id = slugify(header.title) or slugify(fallback_title) or "article"
    used_ids = {i.casefold() for i in taken.source_ids}
    extra_comments: dict[tuple[str, ...], list[str]] = {}
    if source_id.casefold() in used_ids:
        taken_id = source_id
        source_id = _unique(f"{source_id[:58]}-draft", used_ids)
        extra_comments[("source", "id")] = [f"another file of this folder already uses the id {taken_id}"]
    prefix = article_prefix(source_id)
    published, date_comment = _published(header, statements, article, fallback_date)
    if date_comment:
        notes.append(date_comment)
    updated = header.updated if header.updated and header.updated >= published else None
    # ------------------------------------------------------------------ sections
    section_ids: list[str] = []
    used_sections: set[str] = set()
    for raw in article.sections:
        section_ids.append(_unique(slugify(raw.title, "_", 40) or "section", used_sections))
    # ------------------------------------------------------------------ glossary
    glossary, definitions = _glossary(statements, article, taken)
    shared = sorted(
        {abbr for s in statements for abbr, *_rest in find_definitions(s.text) if abbr.casefold() in taken.shared_terms}
    )
    if shared:
        note = f"the shared glossary already defines {', '.join(shared)}; the draft uses those entries"
        notes.append(note)
        extra_comments[("glossary",)] = [note]
    # ------------------------------------------------------------------ facts
    fact_ids: set[str] = {i.casefold() for i in taken.fact_ids}
    phrasings = _Phrasings(taken.questions)
    facts: list[DraftFact] = []
    # The article's own details first: their questions are the standard ones, the statements' adapt around them.
    about_section = _unique("about_this_article", used_sections)
    about = _about_facts(header, published, updated, article.tags, prefix, about_section, fact_ids, phrasings)
    vocab = Vocabulary.of("\n".join(s.answer for s in statements))
    partners = _title_partners(header.title)
    linked = _heading_links(article, statements)
    for statement in statements:
        figures = find_figures(statement.text)
        own_names = find_names(statement.text if not statement.items else " ; ".join(statement.items))
        question, alternatives, focus = draft_questions(statement, figures, vocab)
        label_names = _names_in_label(statement.context) if statement.context else []
        extra = [*label_names, *partners, *linked.get(statement.section, [])]
        keywords = draft_keywords(statement, figures, own_names, extra)
        if statement.items and linked.get(statement.section):
            what = _bare_label(statement.context) if statement.context else "items"
            alternatives.append(f"{what} {' '.join(linked[statement.section][:4])}")
        slug_words = _content_words(
            (statement.context + " " if statement.context and not focus else "") + statement.text, 4
        )
        if focus is not None and focus.kind in {"year", "month", "date"}:
            slug_words = [*_content_words(statement.text[: focus.start], 3), *re.findall(r"\d{4}", focus.text)[:1]]
        fact_id = _unique(f"{prefix}_{_fact_slug(slug_words)}", fact_ids)
        fact = DraftFact(
            fact_id,
            section_ids[statement.section],
            question,
            alternatives,
            _answer_text(statement),
            keywords,
            _quote(statement, focus),
            figures,
            statement,
            focus,
        )
        if _settle_phrasings(fact, phrasings, article.sections[statement.section].title):
            facts.append(fact)
    # Full forms the text defines, each a fact of its own: "CEPA full form" finds it first.
    for abbr, expansion, statement, defined in definitions:
        if len(facts) >= MAX_FACTS:
            break
        fact_id = _unique(f"{prefix}_{slugify(abbr, '_', 20)}_full_form", fact_ids)
        quote = defined if statement.quotable else None
        fact = DraftFact(
            fact_id,
            section_ids[statement.section],
            f"What does {abbr} stand for?",
            [
                f"{abbr} full form",
                f"full form of {abbr}",
                f"{abbr} ka full form",
                f"what is the full form of {abbr}",
                f"{abbr} expansion",
                f"expand {abbr}",
                f"what is {abbr}",
            ],
            _clip(f"{abbr} stands for {expansion}.", MAX_ANSWER_CHARS),
            [abbr, expansion, "full form", *_definition_topic(statement, abbr, expansion), *partners],
            quote,
            kind="full_form",
            abbreviation=(abbr, expansion),
            statement=statement,
        )
        if _settle_phrasings(fact, phrasings, ""):
            facts.append(fact)
    facts.extend(about)
    # ------------------------------------------------------------------ quiz
    quiz = _quiz(facts, glossary, taken)
    # ------------------------------------------------------------------ render
    used_section_ids = {f.section for f in facts}
    sections = [
        (section_ids[i], raw.title, _section_summary(i, statements, raw.title))
        for i, raw in enumerate(article.sections)
        if section_ids[i] in used_section_ids
    ]
    if len(sections) > MAX_SECTIONS:
        notes.append(f"the article has {len(sections)} sections; only the first {MAX_SECTIONS} were drafted")
        sections = sections[:MAX_SECTIONS]
    kept_sections = {s[0] for s in sections}
    if about:
        sections.append((about_section, "Article details", _about_summary(header, published, updated)))
        kept_sections.add(about_section)
    facts = [f for f in facts if f.section in kept_sections]
    kept_facts = {f.id for f in facts}
    quiz = [q for q in quiz if q["fact"] in kept_facts]
    summary = _source_summary(statements, article, header)
    if text_file is not None and copy_note:
        notes.append(f"copy the article next to the draft as {text_file}: quotes are checked against it")
    data = _document(
        source_id, header, published, updated, summary, article.tags, text_file, sections, facts, glossary, quiz
    )
    comments = _comments(header, published, date_comment, text_file, copy_note, article_name) | extra_comments
    rendered = render_yaml(data, comments)
    if len(rendered.encode("utf-8")) > MAX_FILE_BYTES:
        raise DraftError(f"the draft would be larger than {MAX_FILE_BYTES:,} bytes, the most a knowledge file may hold")
    return Draft(rendered, source_id, header.title, len(facts), len(sections), len(glossary), len(quiz), tuple(notes))


def _title_partners(title: str) -> list[str]:
    """Return the names a title pairs ("India-Japan Partnership" -> "India-Japan", "India", "Japan")."""
    # Every fact of the article is about them, so each fact names them among its keywords: a question naming them is
    # covered as fully by one fact as by another, and only its other words tell the facts apart.
    found: list[str] = []
    for match in re.finditer(r"\b([A-Z][a-z]+)[-–]([A-Z][a-z]+)\b", title):
        found.extend((match.group(), match.group(1), match.group(2)))
    return list(dict.fromkeys(found))


def _heading_links(article: Article, statements: Sequence[Statement]) -> dict[int, list[str]]:
    """Return, per section, the names and dates of the earlier statement its heading points back to."""
    # "Key Outcomes of the Visit" points back to the statement about the visit ("The minister visited the country
    # on 9-10 October 2025"): its facts are about that visit, so they carry its names and dates as keywords.
    links: dict[int, list[str]] = {}
    folded = [statement.text.casefold() for statement in statements]
    for number, section in enumerate(article.sections[:MAX_SECTIONS]):
        match = re.search(r"\bthe\s+([A-Za-z]{4,})\b", section.title, re.I)
        if not match:
            continue
        stem = match.group(1).casefold()[:5]
        if stem in article.header.title.casefold():
            continue  # "Evolution of the Partnership": the article's own subject, not an earlier event
        pattern = re.compile(rf"\b{re.escape(stem)}")
        for statement, text in zip(statements, folded, strict=True):
            if statement.section >= number:
                break
            if stem not in text or not pattern.search(text):
                continue
            figures = find_figures(statement.text)
            words = [f.text for f in figures if f.kind in {"person", "date", "month", "year"}]
            words += [form for f in figures if f.kind in {"date", "month"} for form in _date_forms(f)]
            words += [n for n in find_names(statement.text) if n.casefold() not in MONTHS][:6]
            links[number] = list(dict.fromkeys(words))
            break
    return links


def _definition_topic(statement: Statement, abbr: str, expansion: str) -> list[str]:
    """Return the words around a definition, so "What is CEPA in the context of trade?" finds its full form."""
    folded = f"{abbr} {expansion}".casefold()
    words = [w for w in _content_words(statement.text, 16) if w.casefold() not in folded and not w[:1].isdigit()]
    return words[:10]


def _names_in_label(label: str) -> list[str]:
    """Return the names and abbreviations of a bullet's label ("Economic Security Initiative (ESI)")."""
    names = find_names(f"x {label}")
    abbreviations = re.findall(r"\(([A-Z][A-Za-z]*[A-Z]s?)\)", label)
    return [*names, *abbreviations]


def _settle_phrasings(fact: DraftFact, phrasings: _Phrasings, section_title: str) -> bool:
    """Keep a fact's phrasings apart from every other fact's: drop clashing alternatives, qualify the question."""
    question = _sentence_case(_clean_phrasing(fact.question))
    if not question.endswith("?"):
        question = question.rstrip(".") + "?"
    if phrasings.clashes(question, fact.id) and fact.statement is not None:
        # "What does the article say about the SMEs Forum?" twice: tell them apart by what each one says.
        label_words = {w.casefold() for w in _content_words(fact.statement.context, 12)}
        own = [w for w in _content_words(fact.statement.text, 12) if w.casefold() not in label_words][:3]
        if own:
            question = _clean_phrasing(f"{question.rstrip('?')} ({' '.join(own)})?")
    if phrasings.clashes(question, fact.id):
        qualified = _clean_phrasing(f"{question.rstrip('?')} ({section_title})?") if section_title else ""
        if not qualified or phrasings.clashes(qualified, fact.id):
            return False
        question = qualified
    fact.question = question
    phrasings.add(question, fact.id)
    kept: list[str] = []
    seen = {question.casefold().rstrip("?")}
    for alternative in fact.alternatives:
        cleaned = _clean_phrasing(alternative if alternative.endswith("?") else _without_repeats(alternative))
        compared = comparable_question(cleaned)
        folded = cleaned.casefold().rstrip("?")
        if (
            len(cleaned) < 3
            or folded in seen
            or not _specific(cleaned, compared)
            or phrasings.clashes(cleaned, fact.id)
        ):
            continue
        seen.add(folded)
        kept.append(cleaned)
        phrasings.add(cleaned, fact.id)
        if len(kept) >= MAX_ALTERNATIVES:
            break
    fact.alternatives = kept
    fact.keywords = _clean_keywords(fact.keywords)
    return True


def _without_repeats(phrasing: str) -> str:
    """Drop a word's repeats from a phrasing ("number of years india mark years" -> "number of years india mark")."""
    seen: set[str] = set()
    kept = []
    for word in phrasing.split():
        key = word.casefold()
        if key in seen and key.isalpha() and key not in _STOP:
            continue
        seen.add(key)
        kept.append(word)
    return " ".join(kept)


def _specific(phrasing: str, compared: str) -> bool:
    """Tell whether a phrasing names something ("CEPA full form", "bilateral trade fy 2023-24"), not only "date"."""
    tokens = compared.split()
    named = bool(re.search(r"\d|[A-Z]{2,}|\b[A-Z][a-z]+\b", phrasing[1:]))
    return len(tokens) >= 3 or (len(tokens) >= 1 and named) or (len(tokens) == 2 and len(phrasing) > 12)


def _clean_keywords(keywords: Iterable[str]) -> list[str]:
    """Return keywords without repeats, blanks or over-long ones, at most MAX_KEYWORDS."""
    seen: set[str] = set()
    kept: list[str] = []
    for keyword in keywords:
        cleaned = collapse_whitespace(printable(keyword, one_line=True)).strip(' ,;:."“”()')
        key = cleaned.casefold()
        if not cleaned or key in seen or len(cleaned) > MAX_KEYWORD_CHARS:
            continue
        seen.add(key)
        kept.append(cleaned)
        if len(kept) >= MAX_KEYWORDS:
            break
    return kept


def _published(
    header: Header, statements: Sequence[Statement], article: Article, fallback: dt.date
) -> tuple[dt.date, str]:
    """Return the posted date, and a comment saying how it was chosen when the header does not give it."""
    if header.published is not None:
        return header.published, ""
    if header.updated is not None:
        return header.updated, "TODO: the article gives no posted date; the updated date is used as 'published'"
    dates = [parse_date(f.text) for s in statements for f in find_figures(s.text) if f.kind == "date"]
    known = [d for d in dates if d is not None]
    if known:
        latest = max(known)
        return latest, (
            "TODO: the article gives no posted date; 'published' is the latest full date its text mentions "
            f"({latest.isoformat()}); correct it"
        )
    return fallback, (
        f"TODO: the article gives no posted date; 'published' is the article file's date ({fallback.isoformat()}); "
        "correct it"
    )


def _glossary(
    statements: Sequence[Statement], article: Article, taken: Taken
) -> tuple[list[dict[str, Any]], list[tuple[str, str, Statement, str]]]:
    """Return glossary entries for the abbreviations the text defines, and where each is defined."""
    entries: list[dict[str, Any]] = []
    definitions: list[tuple[str, str, Statement, str]] = []
    seen: set[str] = set()
    for statement in statements:
        texts = (
            [statement.context, *(statement.items or (statement.text,))]
            if statement.context
            else [*(statement.items or (statement.text,))]
        )
        for text in texts:
            for abbr, expansion, start, end in find_definitions(text):
                if len(entries) >= MAX_GLOSSARY:
                    break
                variants = {abbr.casefold(), collapse_whitespace(expansion).casefold()}
                if variants & seen or variants & taken.shared_terms or len(expansion) > MAX_TITLE_CHARS:
                    continue
                seen |= variants
                entries.append({"term": abbr, "expansion": expansion})
                definitions.append((abbr, expansion, statement, text[start:end]))
    return entries, definitions


def _about_facts(
    header: Header,
    published: dt.date,
    updated: dt.date | None,
    tags: Sequence[str],
    prefix: str,
    section: str,
    fact_ids: set[str],
    phrasings: _Phrasings,
) -> list[DraftFact]:
    """Return facts about the article itself: who published it, when, how long it takes to read, its tags."""
    title = header.title
    facts: list[DraftFact] = []

    def add(slug: str, question: str, alternatives: list[str], answer: str, keywords: list[str]) -> None:
        fact = DraftFact(
            _unique(f"{prefix}_{slug}", fact_ids),
            section,
            question,
            alternatives,
            _clip(answer, MAX_ANSWER_CHARS),
            keywords,
            None,
            kind="about",
        )
        if _settle_phrasings(fact, phrasings, "Article details"):
            facts.append(fact)

    if header.publisher:
        add(
            "publisher",
            f"Who published the {title} article?",
            [
                f"publisher of the {title} article",
                f"source of the {title} notes",
                f"{title} article kisne publish kiya",
            ],
            f"The {title} article is published by {header.publisher}.",
            ["publisher", "source", header.publisher],
        )
    if header.published is not None:
        add(
            "posted_date",
            f"When was the {title} article posted?",
            [
                f"{title} article posted date",
                f"publication date of the {title} article",
                f"{title} article kab post hua",
            ],
            f"The {title} article was posted on {_show_date(published)}.",
            ["posted", "published", "publication date", _show_date(published)],
        )
    if updated is not None:
        add(
            "updated_date",
            f"When was the {title} article last updated?",
            [f"{title} article updated date", f"last update of the {title} article", f"{title} article kab update hua"],
            f"The {title} article was updated on {_show_date(updated)}, after being posted on {_show_date(published)}.",
            ["updated", "revised", "last updated", _show_date(updated)],
        )
    if header.reading_minutes is not None:
        add(
            "reading_time",
            f"How long does the {title} article take to read?",
            [f"{title} article reading time", f"how many minutes to read the {title} article"],
            f"The {title} article is a {header.reading_minutes} min read.",
            ["reading time", f"{header.reading_minutes} min", "minutes"],
        )
    if tags:
        add(
            "tags",
            f"What tags does the {title} article have?",
            [f"{title} article tags", f"which topics is the {title} article tagged under"],
            f"The {title} article is tagged: {'; '.join(tags)}.",
            ["tags", *tags],
        )
    return facts


def _show_date(date: dt.date) -> str:
    """Return a date as the article shows it ("04 Oct 2025")."""
    return f"{date.day:02d} {_MONTH_NAMES[date.month - 1][:3]} {date.year}"


def _about_summary(header: Header, published: dt.date, updated: dt.date | None) -> str:
    """Return the summary of the article-details section."""
    parts = [f"{header.publisher or 'The publisher'} posted this article on {_show_date(published)}"]
    if updated is not None:
        parts.append(f"and updated it on {_show_date(updated)}")
    text = " ".join(parts) + "."
    if header.reading_minutes:
        text += f" It is a {header.reading_minutes} min read."
    return text


def _section_summary(index: int, statements: Sequence[Statement], title: str) -> str:
    """Return a section's summary: its first statements, within the schema's limit."""
    texts = [collapse_whitespace(s.answer) for s in statements if s.section == index]
    summary = ""
    for text in texts[:3]:
        candidate = f"{summary} {text}".strip()
        if len(candidate) > 600 and summary:
            break
        summary = candidate
    return _clip(summary or title, MAX_SUMMARY_CHARS)


def _source_summary(statements: Sequence[Statement], article: Article, header: Header) -> list[str]:
    """Return the source block's summary bullets: each section's first statement."""
    bullets: list[str] = []
    seen_sections: set[int] = set()
    for statement in statements:
        if statement.section in seen_sections:
            continue
        seen_sections.add(statement.section)
        bullets.append(_clip(collapse_whitespace(statement.answer), MAX_BULLET_CHARS))
        if len(bullets) >= MAX_SUMMARY_BULLETS:
            break
    return list(dict.fromkeys(bullets)) or [_clip(header.title, MAX_BULLET_CHARS)]


# ==================================================================================================== quiz


def _quiz(facts: Sequence[DraftFact], glossary: Sequence[dict[str, Any]], taken: Taken) -> list[dict[str, Any]]:
    """Return quiz items on figures and names; wrong choices are other figures of the same kind in the article."""
    pool: dict[str, list[tuple[str, float, int]]] = {}
    for position, fact in enumerate(facts):
        for figure in fact.figures:
            if figure.kind in {"fy"} or len(figure.text) > MAX_CHOICE_CHARS:
                continue
            pool.setdefault(_quiz_kind(figure), []).append((figure.text, figure.value, position))
    expansions = [str(e["expansion"]) for e in glossary if len(str(e["expansion"])) <= MAX_CHOICE_CHARS]
    used: set[str] = {i.casefold() for i in taken.quiz_ids}
    items: list[dict[str, Any]] = []
    for position, fact in enumerate(facts):
        if len(items) >= MAX_QUIZ:
            break
        statement_text = fact.statement.text if fact.statement else ""
        if fact.kind == "full_form" and fact.abbreviation is not None:
            abbr, expansion = fact.abbreviation
            if len(expansion) > MAX_CHOICE_CHARS:
                continue
            others = sorted({e for e in expansions if e.casefold() != expansion.casefold()}, key=str.casefold)
            wrong = _nearest_text(others, expansion, QUIZ_CHOICES - 1)
            if len(wrong) < QUIZ_CHOICES - 1:
                continue
            choices = sorted([expansion, *wrong], key=str.casefold)
            items.append(_quiz_item(fact, f"What does {abbr} stand for?", choices, expansion, used))
            continue
        focus = fact.focus
        if focus is None or focus.kind == "fy" or len(focus.text) > MAX_CHOICE_CHARS:
            continue
        candidates = pool.get(_quiz_kind(focus), [])
        folded_statement = statement_text.casefold()
        distinct: dict[str, tuple[str, float, int]] = {}
        for text, value, owner in candidates:
            key = text.casefold()
            if owner == position or key == focus.text.casefold() or key in folded_statement or key in distinct:
                continue
            if focus.kind != "person" and value == focus.value:
                continue
            distinct[key] = (text, value, owner)
        if len(distinct) < QUIZ_CHOICES - 1:
            continue
        if focus.kind == "person":
            ranked = sorted(distinct.values(), key=lambda c: (abs(c[2] - position), c[0].casefold()))
        else:
            ranked = sorted(distinct.values(), key=lambda c: (abs(c[1] - focus.value), c[0].casefold()))
        wrong_choices = ranked[: QUIZ_CHOICES - 1]
        options = [(focus.text, focus.value), *((t, v) for t, v, _o in wrong_choices)]
        if focus.kind == "person":
            options.sort(key=lambda o: o[0].casefold())
        else:
            options.sort(key=lambda o: (o[1], o[0].casefold()))
        choices = [text for text, _value in options]
        if len({c.casefold() for c in choices}) < QUIZ_CHOICES:
            continue
        items.append(_quiz_item(fact, fact.question, choices, focus.text, used))
    return items


def _quiz_kind(figure: Figure) -> str:
    """Return the kind of figure that may stand in for this one as a wrong choice."""
    if figure.kind == "money":
        currency = re.match(r"\D*", figure.text)
        return f"money:{currency.group().strip() if currency else ''}"
    if figure.kind == "count":
        return f"count:{figure.noun.casefold().removesuffix('s')}"
    return figure.kind


def _nearest_text(options: Sequence[str], target: str, count: int) -> list[str]:
    """Pick ``count`` options around where ``target`` would sort (deterministic, spread across the list)."""
    if len(options) <= count:
        return list(options)
    position = sum(1 for o in options if o.casefold() < target.casefold())
    start = max(0, min(position - count // 2, len(options) - count))
    return list(options[start : start + count])


def _quiz_item(fact: DraftFact, question: str, choices: list[str], answer: str, used: set[str]) -> dict[str, Any]:
    """Return a quiz item on a fact."""
    return {
        "id": _unique(f"quiz_{fact.id}", used),
        "fact": fact.id,
        "question": _clean_phrasing(question),
        "choices": choices,
        "answer": answer,
        "explanation": _clip(fact.answer, MAX_EXPLANATION_CHARS),
    }


# ==================================================================================================== rendering


def _document(
    source_id: str,
    header: Header,
    published: dt.date,
    updated: dt.date | None,
    summary: list[str],
    tags: Sequence[str],
    text_file: str | None,
    sections: Sequence[tuple[str, str, str]],
    facts: Sequence[DraftFact],
    glossary: Sequence[dict[str, Any]],
    quiz: Sequence[dict[str, Any]],
) -> dict[str, Any]:
    """Return the knowledge document in the schema's key order."""
    source: dict[str, Any] = {
        "id": source_id,
        "title": header.title,
        "publisher": header.publisher or "Unknown publisher",
        "published": published,
    }
    if updated is not None:
        source["updated"] = updated
    if header.reading_minutes is not None:
        source["reading_time_minutes"] = header.reading_minutes
    if tags:
        source["tags"] = list(tags)
    source["summary"] = summary
    if text_file is not None:
        source["text_file"] = text_file
    document: dict[str, Any] = {
        "source": source,
        "sections": [{"id": i, "title": t, "summary": s} for i, t, s in sections],
        "facts": [_fact_document(f) for f in facts],
    }
    if glossary:
        document["glossary"] = list(glossary)
    if quiz:
        document["quiz"] = list(quiz)
    return document


def _fact_document(fact: DraftFact) -> dict[str, Any]:
    """Return one fact as the document holds it."""
    document: dict[str, Any] = {"id": fact.id, "section": fact.section, "question": fact.question}
    if fact.alternatives:
        document["alternatives"] = fact.alternatives
    document["answer"] = fact.answer
    if fact.keywords:
        document["keywords"] = fact.keywords
    if fact.quote:
        document["quote"] = collapse_whitespace(fact.quote)
    return document


def _comments(
    header: Header, published: dt.date, date_comment: str, text_file: str | None, copy_note: bool, article_name: str
) -> dict[tuple[str, ...], list[str]]:
    """Return the comments to write above keys, by the key's path."""
    comments: dict[tuple[str, ...], list[str]] = {}
    if header.publisher is None:
        comments[("source", "publisher")] = ["TODO: the article names no publisher; put it here"]
    if date_comment:
        comments[("source", "published")] = [date_comment]
    if text_file is not None and copy_note:
        comments[("source", "text_file")] = [
            f"TODO: copy {article_name} next to this file (the validator reads article texts only inside the",
            "knowledge folder); quotes are checked against it.",
        ]
    return comments


def render_yaml(data: dict[str, Any], comments: dict[tuple[str, ...], list[str]] | None = None) -> str:
    """Write a knowledge document as block-style YAML an admin can edit, with comments above chosen keys."""
    lines = [
        DRAFT_MARKER,
        "# yaml-language-server: $schema=schema.json",
        "# Written by text processing alone (no network, no language model). Review every fact before use:",
        "# check each answer against the article, reword questions and alternatives the way members ask,",
        "# and delete what is wrong or not worth asking. Then run `studybot validate`.",
        "",
    ]
    _emit_mapping(lines, data, 0, (), comments or {})
    return "\n".join(lines) + "\n"


def _emit_mapping(
    lines: list[str],
    data: dict[str, Any],
    indent: int,
    path: tuple[str, ...],
    comments: dict[tuple[str, ...], list[str]],
) -> None:
    """Write a mapping's keys, with their comments, at one indentation."""
    pad = " " * indent
    for key, value in data.items():
        if path == () and lines and lines[-1] != "":
            lines.append("")
        for comment in comments.get((*path, key), []):
            lines.append(f"{pad}# {comment}")
        _emit_value(lines, f"{pad}{key}:", value, indent, (*path, key), comments)


def _emit_value(
    lines: list[str],
    lead: str,
    value: Any,
    indent: int,
    path: tuple[str, ...],
    comments: dict[tuple[str, ...], list[str]],
) -> None:
    """Write one value: a mapping, a list or a scalar."""
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        lines.append(lead)
        _emit_mapping(lines, value, indent + 2, path, comments)
    elif isinstance(value, list):
        lines.append(lead)
        for item in value:
            if isinstance(item, dict):
                first = True
                for key, inner in item.items():
                    head = f"{pad}- {key}:" if first else f"{pad}  {key}:"
                    _emit_value(lines, head, inner, indent + 4, (*path, key), comments)
                    first = False
            else:
                _emit_scalar(lines, f"{pad}-", item, indent + 2)
    else:
        _emit_scalar(lines, lead, value, indent)


def _emit_scalar(lines: list[str], lead: str, value: Any, indent: int) -> None:
    """Write a scalar: dates and numbers as they are, long text folded, other text as YAML spells it."""
    if isinstance(value, dt.date) or (isinstance(value, int) and not isinstance(value, bool)):
        lines.append(f"{lead} {value.isoformat() if isinstance(value, dt.date) else value}")
        return
    text = collapse_whitespace(printable(str(value), one_line=True))
    if len(text) > 80 and _foldable(text):
        lines.append(f"{lead} >-")
        pad = " " * (indent + 2)
        for part in textwrap.wrap(text, width=_WRAP, break_long_words=False, break_on_hyphens=False):
            lines.append(f"{pad}{part}")
        return
    dumped = yaml.safe_dump(text, allow_unicode=True, width=1_000_000, default_flow_style=False)
    dumped = dumped.removesuffix("\n...\n").removesuffix("\n")
    lines.append(f"{lead} {dumped}")


def _foldable(text: str) -> bool:
    """Tell whether folding keeps the text exactly (no leading or trailing space, no doubled spaces)."""
    return text == text.strip() and "  " not in text and text.isprintable()


# ==================================================================================================== files


@dataclass(frozen=True)
class DraftResult:
    """What ``write_draft`` did: where it wrote, the draft, the validator's problems and notes for the admin."""

    output: Path
    draft: Draft
    problems: tuple[Problem, ...]
    notes: tuple[str, ...]


def read_article(path: Path) -> str:
    """Read an article's text (UTF-8, at most the size the validator reads); raise DraftError saying why not."""
    try:
        size = os.stat(path).st_size
    except FileNotFoundError as exc:
        raise DraftError("the file does not exist") from exc
    except OSError as exc:
        raise DraftError(f"cannot read it: {exc.strerror or exc}") from exc
    if size > MAX_INPUT_BYTES:
        raise DraftError(
            f"the file is {size:,} bytes; an article text may hold at most {MAX_INPUT_BYTES:,} bytes "
            "(the validator reads no more)"
        )
    try:
        text = read_text(path, MAX_INPUT_BYTES)
    except YamlReadError as exc:
        where = f" (line {exc.line}, column {exc.col})" if (exc.line, exc.col) != (1, 1) else ""
        raise DraftError(f"{exc.message}{where}") from exc
    except OSError as exc:
        raise DraftError(f"cannot read it: {exc.strerror or exc}") from exc
    if "\0" in text:
        raise DraftError("the file holds NUL bytes: it looks like a binary file, not the article's plain text")
    return text


def _sibling_names(folder: Path, output: Path) -> tuple[Taken, list[tuple[Path, KnowledgeFile]], list[str]]:
    """Read the other knowledge files of the output folder: the names they use, the files, and notes."""
    source_ids: set[str] = set()
    fact_ids: set[str] = set()
    quiz_ids: set[str] = set()
    shared: set[str] = set()
    questions: list[str] = []
    files: list[tuple[Path, KnowledgeFile]] = []
    notes: list[str] = []
    try:
        listing = list_folder(folder)
    except OSError:
        return Taken(), [], []
    for path in listing.files:
        if path.resolve() == output.resolve():
            continue
        try:
            model = KnowledgeFile.model_validate(parse_yaml(read_text(path)).data)
        except (YamlReadError, OSError, ValidationError, TypeError):
            notes.append(f"{path.name} in {folder} is not a valid knowledge file; the draft was checked without it")
            continue
        files.append((path, model))
        if model.source is not None:
            source_ids.add(model.source.id)
        else:
            shared.update(collapse_whitespace(v).casefold() for e in model.glossary for v in e.variants)
        fact_ids.update(f.id for f in model.facts)
        quiz_ids.update(q.id for q in model.quiz)
        questions.extend(comparable_question(p) for f in model.facts for p in f.phrasings)
    taken = Taken(frozenset(source_ids), frozenset(fact_ids), frozenset(quiz_ids), frozenset(shared), tuple(questions))
    return taken, files, notes


def _text_file_for(article: Path, output: Path) -> tuple[str, bool]:
    """Return the article's path relative to the output's folder, and whether it must be copied there first."""
    folder = output.parent.resolve()
    target = article.resolve()
    if target.is_relative_to(folder):
        relative = target.relative_to(folder).as_posix()
        try:
            article_path(folder, relative)
            return relative, False
        except RefusedPathError:
            pass
    return article.name, True


def default_output(article: Path) -> Path:
    """Return where a draft goes when no output is named: next to the article, as ``<name>.yaml``."""
    return article.with_suffix(".yaml")


def write_draft(article: Path, output: Path | None = None, *, today: dt.date | None = None) -> DraftResult:
    """Draft a knowledge file from an article, write it, and validate it with the output folder's other files."""
    # An article or output that cannot be used raises DraftError before anything is written.
    output = output or default_output(article)
    if output.suffix not in {".yaml", ".yml"}:
        raise DraftError(f"the output must be a .yaml file (the validator reads only those), not {output.name}")
    if not article.is_file():
        raise DraftError("it is not a regular file" if article.exists() else "the file does not exist")
    if output.exists() and output.resolve() == article.resolve():
        raise DraftError("the output would overwrite the article itself")
    if not output.parent.is_dir():
        raise DraftError(f"the output folder {output.parent} does not exist")
    if output.exists():
        try:
            with output.open(encoding="utf-8", errors="replace") as handle:
                first = handle.readline().rstrip("\n")
        except OSError as exc:
            raise DraftError(f"cannot read {output}: {exc.strerror or exc}") from exc
        if first != DRAFT_MARKER:
            raise DraftError(f"{output} exists and is not an earlier draft; choose another --output or move it")
    text = read_article(article)
    text_file, copy_needed = _text_file_for(article, output)
    taken, siblings, sibling_notes = _sibling_names(output.parent, output)
    try:
        fallback = dt.datetime.fromtimestamp(os.stat(article).st_mtime, dt.UTC).date()
    except (OSError, OverflowError, ValueError):
        fallback = today or dt.date(2000, 1, 1)
    draft = draft_knowledge(
        text, article.name, fallback_date=fallback, text_file=text_file, copy_note=copy_needed, taken=taken
    )
    _write_atomic(output, draft.text)
    problems = _validate_with_siblings(output, article, text_file, siblings)
    return DraftResult(output, draft, tuple(problems), (*draft.notes, *sibling_notes))


def _write_atomic(path: Path, text: str) -> None:
    """Write a file through a temporary file, so a reader never sees half of it."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _validate_with_siblings(
    output: Path, article: Path, text_file: str, siblings: Sequence[tuple[Path, KnowledgeFile]]
) -> list[Problem]:
    """Validate the draft in a scratch copy of the output folder (its files and their article texts)."""
    # The scratch folder holds copies, so the admin's folder is never changed; problems name the real files.
    folder = output.parent
    with tempfile.TemporaryDirectory(prefix="studybot-draft-") as scratch_name:
        scratch = Path(scratch_name).resolve()
        names: dict[str, str] = {}
        for path, model in siblings:
            copy = scratch / path.name
            shutil.copy2(path, copy)
            names[str(copy)] = str(path)
            if model.source is not None and model.source.text_file:
                _copy_inside(folder, scratch, model.source.text_file)
        copy = scratch / output.name
        shutil.copyfile(output, copy)
        names[str(copy)] = str(output)
        destination = scratch / text_file
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(article, destination)
        _base, problems = validate_directory(scratch)
    mapped = []
    for problem in problems:
        shown = names.get(problem.path, problem.path.replace(str(scratch), str(folder)))
        message = problem.message
        for copied, real in names.items():
            message = message.replace(copied, real)
        mapped.append(Problem(shown, problem.line, problem.col, message.replace(str(scratch), str(folder))))
    return mapped


def _copy_inside(folder: Path, scratch: Path, name: str) -> None:
    """Copy an article text a sibling file names into the scratch folder, if it is inside the folder."""
    try:
        source = article_path(folder.resolve(), name)
    except RefusedPathError:
        return
    if not source.is_file():
        return
    destination = scratch / name
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
    except OSError:
        return


__all__ = [
    "DRAFT_MARKER",
    "Draft",
    "DraftError",
    "DraftResult",
    "Taken",
    "default_output",
    "draft_knowledge",
    "find_definitions",
    "find_figures",
    "find_names",
    "is_furniture",
    "parse_article",
    "parse_date",
    "read_article",
    "render_yaml",
    "split_sentences",
    "write_draft",
]
