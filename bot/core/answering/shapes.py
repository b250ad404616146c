"""Questions of special shapes: comparisons of two things, "which of these is not ..." lists, and exam-style
multiple-choice questions ("... established in: (a) 2011 (b) 2014 (c) 2017 (d) 2021")."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from bot.core.language.lexicon import Lexicon
from bot.core.language.text import content_stems, is_number, normalize, tokenize

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: A year alone: "2025".
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_AMOUNT = re.compile(r"(?:US\$|\$|₹|Rs\.?)\s?(\d[\d,]*(?:\.\d+)?)")
#: Separators between the two things compared ("cepa or ijicp", "pacts vs cepa"); a dash only when no word does.
_SEPARATORS = re.compile(r"\s(?:or|vs\.?|versus|ya)\s")
_DASH = re.compile(r"\s[-\u2013\u2014]\s")
_THAN = re.compile(r"\sthan\s")
#: Marks that are no part of a side's words: all but hyphens and a decimal point between digits.
_PUNCTUATION = re.compile(r"(?<!\d)\.|\.(?!\d)|[^\w\s.-]")
#: Where a list of options starts ("which of these is not X: a, b, c").
_LIST_START = re.compile(r"[:\u2014\u2013]|\s-\s")
_LIST_SPLIT = re.compile(r",|\s(?:or|and|ya|aur)\s")


#: ``Comparison.kind`` of "how many years between A and B": the time between two dates.
GAP = "gap"


@dataclass(frozen=True)
class Comparison:
    """A question comparing two things by time ("which came first") or size ("which is larger")."""

    kind: str
    first: str
    second: str
    #: Whether the first is claimed against the second ("A more than B?"), not a choice between them ("A or B?").
    claims_first: bool = False

    @property
    def by_time(self) -> bool:
        """Tell whether the comparison is of dates."""
        return self.kind in {"earlier", "later", GAP}


@functools.lru_cache(maxsize=256)
def _words_of(question: str) -> str:
    """Return a question's words and the marks names keep ("&", "'", "/", "+"), one space apart (as written: "ESI"
    in capitals is a name). The readers of differences, time gaps and ages each read every question so."""
    return " ".join(re.sub(r"[^\w\s'&./+-]", " ", question).split())


def read_comparison(question: str, kind: str | None, lexicon: Lexicon) -> Comparison | None:
    """Split a comparison question into the two things it compares, or None if it is not one."""
    if kind is None:
        return None
    text = normalize(question)
    parts = [p for p in _SEPARATORS.split(text) if p.strip()]
    if len(parts) == 2:
        # "which happened first - the upgrade or the aagc": the framing before a dash is not a side.
        parts = [_DASH.split(parts[0])[-1], _DASH.split(parts[1])[0]]
    else:
        parts = [p for p in _DASH.split(text) if p.strip()]
    claims_first = False
    if len(parts) != 2:
        # "between CEPA and IJICP, which came first?", "CEPA aur IJICP me se kaun pehle aaya?"
        parts = _joined_before_which(text, lexicon) or parts
    if len(parts) != 2:
        # "did Japan export more to India than India to Japan": two things, unless a figure is the second
        # ("more than 20 billion" is a bound, read as such).
        parts = [p for p in _THAN.split(text) if p.strip()]
        claims_first = True
        second = [w for w in tokenize(parts[-1]) if w not in lexicon.words("currency_words")]
        if len(parts) != 2 or not second or is_number(second[0]) or second[0] in lexicon.words("fraction_words"):
            return None  # "more than half of the trade" is a share, not a second thing
    framing = _comparison_framing(lexicon)
    # (A figure's decimal point stays: "12.53 bn more than India" claims 12.53.)
    cleaned = [" ".join(w for w in _PUNCTUATION.sub(" ", part).split() if w not in framing) for part in parts]
    sides = [_side(cleaned[0], lexicon), _side(cleaned[1], lexicon)]
    # ("this" names the thing before: the matcher puts it in.)
    if not all(content_stems(c) or side in pronouns(lexicon) for c, side in zip(cleaned, sides, strict=True)):
        return None
    # "who exports more, japan to india or india to japan": the relation asked is the framing's; each side ("japan to
    # india") names only who sends to whom, read as "japan to india exports".
    framing_relations = [w for w in tokenize(text) if w in lexicon.relation_words]
    if framing_relations:
        sides = [_with_relation(side, framing_relations[0], lexicon) for side in sides]
    return Comparison(kind, sides[0], sides[1], claims_first)


def _comparison_framing(lexicon: Lexicon) -> frozenset[str]:
    """Return the words that say which way two things are compared ("first", "earlier", "more"): no side's words."""
    return frozenset().union(*(lexicon.words(f"comparison_{k}") for k in ("earlier", "later", "more", "less")))


def _joined_before_which(text: str, lexicon: Lexicon) -> list[str] | None:
    """Return the two things joined by "and" before the question word of "between A and B, which came first?" or
    "A aur B me se kaun pehle?", or None: the words that frame the pair ("between", "me se") are no side's."""
    tokens = [_PUNCTUATION.sub("", w) for w in text.split()]
    asking = lexicon.words("which_words") | lexicon.words("who_words") | lexicon.words("what_words")
    at = next((i for i, w in enumerate(tokens) if w in asking), None)
    if at is None:
        return None
    # ("India and Japan, which agreement came first?" compares agreements: a noun after the question word says what.)
    after = next((w for w in tokens[at + 1 :] if w and w not in lexicon.ignored), "")
    framing = _comparison_framing(lexicon)
    if after and after not in framing and after not in lexicon.words("common_verbs") | lexicon.words("pair_frames"):
        return None
    before = [w for w in tokens[:at] if w]
    joins = [i for i, w in enumerate(before) if w in lexicon.words("both_joiners")]
    if len(joins) != 1:
        return None
    frames = lexicon.words("pair_frames")
    first = list(itertools.dropwhile(lambda w: w in frames, before[: joins[0]]))
    second = list(reversed(list(itertools.dropwhile(lambda w: w in frames, reversed(before[joins[0] + 1 :])))))
    if not first or not second:
        return None
    return [" ".join(first), " ".join(second)]


def read_difference(question: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """Split "difference between A and B", "compare A with B", "how is A different from B" or "A aur B me kya fark
    hai" into the two things set side by side, or None if the question asks no such thing."""
    # Case is kept: "ESI" in capitals is a name, "esi" may not be.
    text = _words_of(question)
    folded = text.casefold()
    words = lexicon.words
    joiners = words("difference_joiners")
    opener, body = _after_opener(text, folded, words("difference_openers") | words("comparison_openers"))
    if opener in words("comparison_openers"):
        joiners = joiners | words("comparison_joiners")  # "compare A with B"
    for phrase in words("different_from"):
        at = f" {folded} ".find(f" {phrase} ")
        if not body and at != -1:
            before, after = text[: at - 1], text[at + len(phrase) :]
            body = f"{_drop_frame(before, lexicon)} and {after}"
    closers = words("difference_closers")
    if not body and folded.endswith(_endings(closers)):
        body = _before_closer(text, folded, closers)
    tokens = folded.split()
    # "JIMEX vs MALABAR - which one is bilateral" asks to choose one, not what each is.
    versus = not body and len([w for w in tokens if w in words("versus_joiners")]) == 1
    versus = versus and words("which_words").isdisjoint(tokens)
    if versus:
        # "japan approach vs india approach", "cepa vs ijicp": "vs" alone sets the two side by side ("- compare"
        # after them says so again).
        kept = text.split()
        while kept and (kept[-1].casefold() in words("comparison_openers") or not re.search(r"\w", kept[-1])):
            kept.pop()
        body, joiners = " ".join(kept), words("versus_joiners")
    cut = _cut_once(body, joiners)
    if cut is None:
        return None
    first, second = cut
    # "India's and Japan's approach", "bilateral and multilateral exercises", "how is India's approach different
    # from Japan's": a side named by its owner or its kind alone has the other side's noun.
    if len(first) == 1 and len(second) > 1 and _borrows(first[0], lexicon):
        first = [*first, *second[1:]]
    elif len(second) == 1 and len(first) > 1 and _borrows(second[0], lexicon):
        second = [*second, *first[1:]]
    sides = " ".join(first), " ".join(second)
    if not all(content_stems(side) for side in sides):
        return None
    if any(bare_year(side) is not None for side in sides):
        return None  # "AAGC aur 2025 ka difference": a year is no thing to set beside another
    return sides


def read_time_gap(question: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """Split "how many years between A and B", "gap between A and B" or "A aur B ke beech kitne saal" into the two
    things whose dates are set apart, or None if the question asks no such thing."""
    # Chat spellings read as the words they stand for ("how many yrs after ...").
    text = " ".join(lexicon.shorthand.get(w.casefold(), w) for w in _words_of(question).split())
    folded = text.casefold()
    words = lexicon.words
    _opener, body = _after_opener(text, folded, words("gap_openers"))
    closers = words("gap_closers")
    if not body and folded.endswith(_endings(closers)):
        # (Only a question ending with a closer has them sorted and tried in turn.)
        body = _before_closer(text, folded, sorted(closers, key=len, reverse=True))
    cut = _cut_once(body, words("difference_joiners"))
    if cut is None and body:
        # "how many years after the 2015 pacts was the Joint Declaration signed": its verb sets the second apart.
        tokens = body.split()
        at = next(
            (i for i, t in enumerate(tokens) if 0 < i < len(tokens) - 1 and t.casefold() in words("gap_verbs")), 0
        )
        cut = (tokens[:at], tokens[at + 1 :]) if at else None
    if cut is None:
        return None
    sides = " ".join(cut[0]), " ".join(cut[1])
    last = tokenize(sides[1])[-2:]
    bare = [all(is_number(w) for w in tokenize(side)) for side in sides]
    if (all(bare) or (any(bare) and not any(bare_year(side) for side in sides))) or (
        len(last) == 2 and is_number(last[0]) and last[1] in words("gap_units")
    ):
        # "is the gap between CEPA and AAGC 6 years?" claims a gap; "gap between 2011 and 2017" is sums. One side a
        # year ("between CEPA and 2025") is the time from a dated thing to that year.
        return None
    return sides if all(content_stems(side) for side in sides) else None


def read_gap_side(question: str, lexicon: Lexicon) -> str | None:
    """Return the one thing "how many years after CEPA?" sets apart from a thing named before, or None when the
    question asks no time gap or names both sides ("how many years after CEPA was the AAGC")."""
    if read_time_gap(question, lexicon) is not None:
        return None
    text = " ".join(lexicon.shorthand.get(w.casefold(), w) for w in _words_of(question).split())
    _opener, body = _after_opener(text, text.casefold(), lexicon.words("gap_openers"))
    words = [w for w in body.split() if w.casefold() not in lexicon.words("gap_verbs")]
    if not words or _cut_once(" ".join(words), lexicon.words("difference_joiners")) is not None:
        return None
    side = " ".join(words)
    return side if content_stems(side) and bare_year(side) is None else None


def read_offset(question: str, lexicon: Lexicon) -> tuple[int, int, str] | None:
    """Split "what came 3 years after CEPA" or "what happened 10 years before 2025" into the years, their sign (1
    after, -1 before) and the thing or year they count from, or None if the question asks no such thing."""
    text = " ".join(lexicon.shorthand.get(w.casefold(), w) for w in _words_of(question).split())
    tokens = text.split()
    folded = [t.casefold() for t in tokens]
    words = lexicon.words
    if (words("what_words") | words("which_words")).isdisjoint(folded):
        return None
    for at in range(len(tokens) - 3):
        count, unit, way = folded[at : at + 3]
        # A count of years, not a year ("what came 2014 years after ..." is no offset).
        if not (count.isdigit() and len(count) <= 2) or unit not in words("offset_units"):
            continue
        sign = 1 if way in words("offset_after") else -1 if way in words("offset_before") else 0
        # ("cepa came 3 years after what" asks what it came after, which is no thing to count from.)
        asking = words("what_words") | words("which_words")
        rest = [t for t in tokens[at + 3 :] if t.casefold() not in words("offset_fillers") | asking]
        if sign and rest and int(count):
            return int(count), sign, " ".join(rest)
    return None


def read_heading_question(question: str, lexicon: Lexicon) -> str | None:
    """Return the thing whose heading a question asks ("which pillar is MAHSR under?", "AAGC kis category me aata
    hai", "ye partnerships kis cheez ke under aati hain"), "" when it names none ("kis pillar mein?"), or None if it
    asks no heading."""
    tokens = _words_of(question).split()
    folded = [t.casefold().strip(".") for t in tokens]
    words = lexicon.words
    asking = words("which_words") | words("what_words")
    headings, things, placing = words("heading_words"), words("thing_words"), words("placement_words")
    asked = next(
        (at for at in range(len(folded) - 1) if folded[at] in asking and _names_heading(folded, at, lexicon)), None
    )
    if asked is None:
        return None
    dropped = asking | headings | things | placing | words("heading_fillers") | words("document_words")
    dropped |= words("document_heading_words") | words("container_words") | words("part_of_words")
    rest = [t for t, f in zip(tokens, folded, strict=True) if f not in dropped]
    pointing = words("anaphors") | words("demonstrative_anaphors")
    if any(t.casefold() not in lexicon.ignored or t.casefold() in pointing for t in rest):
        return " ".join(rest)
    # "kis pillar mein?" after MAHSR names nothing: it asks where the thing just spoken of is ("" is that thing);
    # "which pillars does the article cover" asks of the article, and "which pillars?" for the pillars themselves.
    plural = asked is not None and folded[asked + 1] in words("heading_words") and folded[asked + 1].endswith("s")
    return None if plural or not words("document_words").isdisjoint(folded) else ""


def asks_a_container(question: str, lexicon: Lexicon) -> bool:
    """Tell whether a heading question asks which plan or document a thing is part of ("part of which initiative?")."""
    folded = [t.casefold().strip(".") for t in _words_of(question).split()]
    asking = lexicon.words("which_words") | lexicon.words("what_words")
    containers = lexicon.words("container_words")
    return any(t in asking and folded[i + 1] in containers for i, t in enumerate(folded[:-1]))


def _names_heading(folded: list[str], at: int, lexicon: Lexicon) -> bool:
    """Tell whether the which-word at ``at`` asks for a heading ("which pillar", "kis cheez ke under")."""
    word, after = folded[at + 1], folded[at + 2 : at + 3]
    in_the_article = not lexicon.words("document_words").isdisjoint(folded)
    if word in lexicon.words("document_heading_words") and in_the_article:
        # "kis category me aata hai article me": a heading of the article, not a kind ("bilateral or multilateral?").
        return lexicon.words("either_or").isdisjoint(folded)
    if word in lexicon.words("heading_words"):
        # "which category of exercise is MILAN?" asks a kind, not where the article puts it ("which section of the
        # article" does).
        of_what = [f for f in folded[at + 3 : at + 5] if f != "the"][:1]
        return after != ["of"] or not lexicon.words("document_words").isdisjoint(of_what)
    if word in lexicon.words("container_words"):
        # "state prefecture engagement is part of which initiative?", "kis document ka hissa hai": the thing is filed
        # under the plan or document it is part of (the heading the fact sits under).
        return not lexicon.words("part_of_words").isdisjoint(folded)
    # "kis cheez ke under": a bare "thing" asks a heading only when something is said to be under it.
    return word in lexicon.words("thing_words") and not lexicon.words("placement_words").isdisjoint(folded[at + 2 :])


def _age_before_closer(text: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """Split "SSGP ko 2025 tak kitne saal hue" into the thing and the year, or None."""
    tokens = text.split()
    folded = [t.casefold() for t in tokens]
    for closer in sorted(lexicon.words("age_closers"), key=len, reverse=True):
        words = closer.split()
        if len(folded) < len(words) + 3 or folded[-len(words) :] != words:
            continue
        year, after = tokens[-len(words) - 2], folded[-len(words) - 1]
        if after not in lexicon.words("age_year_postpositions") or bare_year(year) is None:
            return None
        # Only the postposition marking the thing ("SSGP ko", "CEPA ka") goes; "pacts on defence" keeps its "on".
        thing = tokens[: -len(words) - 2]
        marks = lexicon.words("possessives") | lexicon.words("relation_targets")
        while thing and thing[-1].casefold() in marks:
            thing = thing[:-1]
        return (" ".join(thing), year) if content_stems(" ".join(thing)) else None
    return None


def read_age(question: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """Split "how old is CEPA as of 2025" into the thing and the year its age is asked at, or None."""
    text = _words_of(question)
    closed = _age_before_closer(text, lexicon)
    if closed is not None:
        return closed
    _opener, body = _after_opener(text, text.casefold(), lexicon.words("age_openers"))
    tokens = body.split()
    for at in range(len(tokens) - 1, 0, -1):
        for reference in lexicon.words("age_references"):
            words = reference.split()
            after = tokens[at + len(words) :]
            if (
                [t.casefold() for t in tokens[at : at + len(words)]] == words
                and len(after) == 1
                and bare_year(after[0])
            ):
                thing = " ".join(tokens[:at])
                return (thing, after[0]) if content_stems(thing) else None
    return None


@dataclass(frozen=True)
class Challenge:
    """A message doubting the answer just given: what it claims instead ("2016", or "" for "are you sure?"), and
    whether it says the answer is wrong ("no you're wrong") or only where it read otherwise ("my notes say 2012")."""

    claim: str
    doubts: bool
    #: The doubt closes the message ("no it's yamanashi i'm sure"): only a bare value before it is a claim.
    closing: bool = False


def read_challenge(question: str, lexicon: Lexicon, max_words: int) -> Challenge | None:
    """Return what a message doubting the answer just given claims instead, or None when it doubts nothing.

    The doubt opens the message ("are you sure? my notes say 2012": "2012"; "bhai galat hai, 2016 tha": "2016"), after
    at most its opening words ("no", "bhai"), or closes it ("no it's yamanashi i'm sure", ``closing``: only a bare
    value is then a claim); "is it wrong to say ..." or "china ka rawaiya galat hai" doubt nothing
    said before. A message asking something of its own ("you sure? when did the AAGC start then?") is a question.
    """
    tokens = tokenize(question)
    if not tokens or len(tokens) > max_words:
        return None
    cues, sources, openers = _challenge_phrases(
        lexicon.words("challenge_cues"), lexicon.words("challenge_sources"), lexicon.words("challenge_openers")
    )
    # "are you 100% sure?", "ekdum pakka?": how sure is asked says nothing of its own, and claims no figure.
    tokens = _without(tokens, _starters(lexicon.words("certainty_degrees")), cues)
    start = 0
    while start < len(tokens) and (tokens[start],) in openers:
        start += 1
    opening = tuple(tokens[start:])
    # (A cue may open with words that are openers elsewhere: "is it true?" is no "true?".)
    whole = tuple(tokens)
    doubts = any(opening[: len(cue)] == cue or whole[: len(cue)] == cue for cue in cues)
    closing = False
    attributed = 0 if doubts else _attributed(opening, lexicon)
    if attributed:
        # "but vision ias said 2015 na?": who said it goes with the verb; a figure after it is the claim.
        tokens, start = list(opening[attributed:]), 0
    elif not doubts and not any(opening[: len(source)] == source for source in sources):
        end = len(tokens)
        while end > start and (tokens[end - 1],) in openers:
            end -= 1
        ending = tuple(tokens[start:end])
        negations = lexicon.words("negations")
        # "2012 tha, check again", "no it's yamanashi i'm sure": a doubt after what it claims instead ("i'm not
        # sure" doubts nothing said).
        closing = any(
            len(ending) > len(cue) and ending[-len(cue) :] == cue and ending[-len(cue) - 1] not in negations
            for cue in cues
        )
        if not closing:
            return None
        doubts = True
    # The doubt and who says otherwise go; what is left is the claim ("it's 2016": "2016").
    text = f" {' '.join(tokens)} "
    for phrase in sorted(cues | sources | openers, key=len, reverse=True):
        spaced = f" {' '.join(phrase)} "
        while spaced in text:
            text = text.replace(spaced, " ")
    rest = text.split()
    asking = lexicon.words("question_starters") | lexicon.words("which_words") | lexicon.words("what_words")
    if not asking.isdisjoint(rest):
        return None
    continues = any(tuple(rest[: len(s)]) == s for s in _starters(lexicon.words("ellipsis_starters")))
    if continues and not any(is_number(t) for t in rest):
        return None  # "sure, and gujarat?": a follow-up after an acknowledgement; "are you sure and not 2012?" doubts
    negations = lexicon.words("negations")
    claim = [t for t in rest if t not in lexicon.ignored or is_number(t) or t in negations]
    # ("i read about QUAD": where it was read, no doubt of the answer; "my notes say indonesia" after SCRI's partner
    # may be, a name the matcher weighs against the answer's.)
    return Challenge(" ".join(claim), doubts, closing)


def _attributed(opening: tuple[str, ...], lexicon: Lexicon, most_source_words: int = 3) -> int:
    """Return where the claim starts after a source and its verb opening a message ("vision ias said 2015": 3), or 0
    when none does: a doubt only with a figure right after the verb ("the article says CEPA covers IPR" is no
    doubt of an answer)."""
    verbs = lexicon.words("attribution_verbs")
    asking = lexicon.words("question_starters") | lexicon.words("which_words") | lexicon.words("what_words")
    for at, token in enumerate(opening[: most_source_words + 1]):
        if token in asking:
            return 0
        if at and token in verbs:
            after = [t for t in opening[at + 1 :] if t not in lexicon.words("that_words")]
            return at + 1 if after and is_number(after[0]) else 0
    return 0


@functools.lru_cache(maxsize=16)
def _starters(phrases: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """Return phrases as token tuples (read once per lexicon, not per message)."""
    return frozenset(t for t in (tuple(tokenize(p)) for p in phrases) if t)


def _without(tokens: list[str], phrases: frozenset[tuple[str, ...]], before: frozenset[tuple[str, ...]]) -> list[str]:
    """Return the words of a message without any of these phrases right before one of ``before`` ("100% sure":
    "sure"; "isn't it 100 percent?" keeps its figure)."""
    kept, i = [], 0
    while i < len(tokens):
        found = next(
            (
                p
                for p in phrases
                if tuple(tokens[i : i + len(p)]) == p
                and any(tuple(tokens[i + len(p) : i + len(p) + len(b)]) == b for b in before)
            ),
            None,
        )
        if found is None:
            kept.append(tokens[i])
            i += 1
        else:
            i += len(found)
    return kept


def _challenge_phrases(
    cues: frozenset[str], sources: frozenset[str], openers: frozenset[str]
) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """Return the doubt, source and opener phrases as token tuples."""
    return _starters(cues), _starters(sources), _starters(openers)


def bare_year(text: str) -> int | None:
    """Return the year a text is, when it is nothing but a year ("2025"), else None."""
    words = tokenize(text)
    return int(words[0]) if len(words) == 1 and _BARE_YEAR.fullmatch(words[0]) else None


def _after_opener(text: str, folded: str, openers: frozenset[str]) -> tuple[str, str]:
    """Return the first opener (longest first) a question has as words of its own, and the text after it."""
    if not _followed_by_space(openers).search(folded):
        return "", ""  # most questions hold none: the openers are not sorted and looked for one by one
    for opener in sorted(openers, key=len, reverse=True):
        at = folded.find(opener + " ")
        if at != -1 and (at == 0 or not folded[at - 1].isalnum()):
            return opener, text[at + len(opener) + 1 :]
    return "", ""


@functools.lru_cache(maxsize=64)
def _followed_by_space(phrases: frozenset[str]) -> re.Pattern[str]:
    """Return a pattern finding any of the phrases followed by a space (what ``_after_opener`` looks for first)."""
    return re.compile("|".join(re.escape(f"{phrase} ") for phrase in phrases) or r"(?!)")


@functools.lru_cache(maxsize=64)
def _endings(closers: frozenset[str]) -> tuple[str, ...]:
    """Return the endings ``_before_closer`` looks for, for one test of a question's end against all of them."""
    return tuple(f" {closer}" for closer in closers)


def _before_closer(text: str, folded: str, closers: Iterable[str]) -> str:
    """Return the text before the first of these closers a question ends with ("... me kya fark hai"), or ""."""
    for closer in closers:
        if folded.endswith(" " + closer):
            return text[: -len(closer) - 1]
    return ""


def _cut_once(body: str, joiners: frozenset[str]) -> tuple[list[str], list[str]] | None:
    """Split a text at its one joining word ("A and B") into the words on each side, or None if it has not one."""
    tokens = body.split()
    cuts = [i for i, t in enumerate(tokens) if t.casefold() in joiners and 0 < i < len(tokens) - 1]
    if len(cuts) != 1:
        return None
    return tokens[: cuts[0]], tokens[cuts[0] + 1 :]


def asks_time_gap(question: str, lexicon: Lexicon) -> bool:
    """Tell whether a question asks only the time between two things it does not name ("gap between them?")."""
    words = re.sub(r"[^\w\s'&./+-]", " ", question).casefold().split()
    folded = f" {' '.join(words)} "
    for phrase in sorted(lexicon.words("gap_openers") | lexicon.words("gap_closers"), key=len, reverse=True):
        if f" {phrase} " in folded:
            rest = folded.replace(f" {phrase} ", " ", 1).split()
            # "gap between them in terms of aims" asks another gap than the time between them.
            units = lexicon.words("gap_units")
            return all(w in lexicon.ignored or w in units for w in rest)
    return False


def _borrows(word: str, lexicon: Lexicon) -> bool:
    """Tell whether a side of one word names only whose or which kind ("India's", "bilateral")."""
    return word.casefold().endswith("'s") or word.casefold() in lexicon.contrast_groups


def _drop_frame(text: str, lexicon: Lexicon) -> str:
    """Drop the words that frame a question ("how is", "in what way are") before the thing it is about."""
    framing = lexicon.words("question_starters") | lexicon.words("yes_no_starters") | lexicon.words("frame_words")
    kept = list(text.split())
    while kept and kept[0] in framing:
        kept.pop(0)
    return " ".join(kept)


def _with_relation(side: str, relation: str, lexicon: Lexicon) -> str:
    """Return a side that names only who sends to whom ("japan to india") with the framing's relation after it."""
    words = tokenize(side)
    if any(w in lexicon.relation_words for w in words):
        return side
    ways = lexicon.words("relation_targets") | lexicon.words("relation_sources")
    # "total bilateral trade" is a thing of its own; "japan to india" is a direction, of the relation asked.
    if ways.isdisjoint(words) or len([w for w in words if w not in lexicon.ignored]) > 3:
        return side
    return f"{side} {relation}"


def _side(text: str, lexicon: Lexicon) -> str:
    """Keep what names a side ("was the aagc set up" -> "the aagc up"): its date or figure is what is compared.

    The question words and the event's verbs ("became", "happened") would each be a word the side's fact must cover.
    """
    verbs = lexicon.words("common_verbs")
    asking = verbs.union(*(lexicon.words(k) for k in ("question_starters", "which_words", "yes_no_starters")))
    kept = [w for w in text.split() if w not in asking and not (w.endswith("ed") and {w[:-1], w[:-2]} & verbs)]
    if kept and all(w in pronouns(lexicon) for w in kept):
        return kept[-1]  # "which came first, this or AAGC": the thing before, which the matcher puts in
    amounts = lexicon.words("gap_units") | lexicon.words("year_units")
    if kept and kept[-1] in pronouns(lexicon) and all(w in amounts for w in kept[:-1]):
        return kept[-1]  # "how much older is it than IJICP": how much is asked of "it", the thing before
    return " ".join(kept) if content_stems(" ".join(kept)) else text


def pronouns(lexicon: Lexicon) -> frozenset[str]:
    """Return the words that stand for a thing named before ("it", "this", "ye")."""
    return lexicon.words("anaphors") | lexicon.words("demonstrative_anaphors")


@dataclass(frozen=True)
class Ordering:
    """A question putting things in order of time: "latest among CEPA, IJICP, AAGC", "arrange chronologically: ...",
    "was IJICP launched before the AAGC?" or "SSGP before or after CEPA?".

    ``kind`` is "earlier" or "later" (which one is first or last), "order" (all of them in order), or "before" /
    "after" (a yes/no claim that the first item came before or after the second).
    """

    kind: str
    items: tuple[str, ...]
    #: Said as a statement with a question mark ("SSGP happened after CEPA?"): a claim that, if false, is corrected.
    stated: bool = False


#: "before or after": both ways asked, so the two sides are simply put in order.
_EITHER_WAY = re.compile(r"\b(?:before|after)\s+(?:or|ya)\s+(?:before|after)\b")
#: Where a list of things to order starts when no colon or dash does: "latest among ...", "the oldest of ...".
_AMONG = re.compile(r"\b(?:among|amongst|between|out of|of)\s+")


def read_ordering(question: str, kind: str | None, lexicon: Lexicon, max_items: int, max_words: int) -> Ordering | None:
    """Read a question that puts named things in order of time, or None if it is not one."""
    text = normalize(question)
    words = [w.strip("?.,!;:") for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return None
    either = _EITHER_WAY.search(text)
    if either:
        sides = (_side(_framed(text[: either.start()], lexicon), lexicon), _side(text[either.end() :], lexicon))
        if any(is_number(w) for w in tokenize(sides[1])) or not _nameable(sides, max_items, max_words):
            return None  # "before or after 2014?" sets a thing against a year: a bound, not a second thing
        return Ordering("order", sides)
    before, after = lexicon.words("before_words"), lexicon.words("after_words")
    sequence = [i for i, w in enumerate(words) if w in before or w in after]
    # ("so was it after IJICP?", "so SSGP happened after CEPA?": the words continuing the talk open no claim.)
    lead = 0
    while lead < len(words) - 1 and words[lead] in lexicon.words("weak_ellipsis_starters"):
        lead += 1
    asked = words[lead] in lexicon.words("yes_no_starters")
    # "SSGP happened after CEPA?": a statement put as a question claims the order as well.
    stated = not asked and question.rstrip().endswith("?") and bool(sequence) and sequence[0] > lead
    if len(sequence) == 1 and (asked or stated):
        # "was IJICP launched before the AAGC?": a claim about two things' order, if the second is no date.
        at = sequence[0]
        first = lead + 1 if asked else lead
        sides = (_side(" ".join(words[first:at]), lexicon), _side(" ".join(words[at + 1 :]), lexicon))
        if any(is_number(w) for w in tokenize(sides[1])) or not _nameable(sides, max_items, max_words):
            return None
        return Ordering("before" if words[at] in before else "after", sides, stated=stated)
    ordering = bool(set(words) & lexicon.words("ordering_words"))
    if not ordering and kind not in {"earlier", "later"}:
        return None
    chunks = []
    pieces = _LIST_START.split(text, maxsplit=1)
    if len(pieces) == 2:
        chunks += [pieces[1], pieces[0]]
    chunks += [text[m.end() :] for m in _AMONG.finditer(text)]
    for chunk in chunks:
        items = tuple(_side(_framed(i, lexicon), lexicon) for i in _LIST_SPLIT.split(chunk) if i.strip(" ?.!"))
        if (len(items) >= 3 or (ordering and len(items) == 2)) and _nameable(items, max_items, max_words):
            return Ordering("order" if ordering else str(kind), items)
    return None


def read_year_choice(question: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """Read "was CEPA before or after 2015?" as the thing and the year it is set against, or None."""
    text = normalize(question)
    either = _EITHER_WAY.search(text)
    if not either:
        return None
    year = bare_year(_side(text[either.end() :], lexicon))
    thing = _side(_framed(text[: either.start()], lexicon), lexicon)
    return (thing, year) if year is not None and content_stems(thing) else None


def _framed(text: str, lexicon: Lexicon) -> str:
    """Drop the words that frame an ordering ("which is the latest", "arrange chronologically") from a part."""
    framing = lexicon.words("ordering_words").union(
        *(lexicon.words(k) for k in ("comparison_earlier", "comparison_later", "which_words", "list_references"))
    )
    return " ".join(w for w in re.sub(r"[^\w\s+-]", " ", text).split() if w not in framing)


def _nameable(items: tuple[str, ...], max_items: int, max_words: int) -> bool:
    """Tell whether every item names something in a few words, and there are not too many of them."""
    return 2 <= len(items) <= max_items and all(content_stems(i) and len(i.split()) <= max_words for i in items)


#: One name of a list as the material writes it: capitalised words ("Dharma Guardian", "MILAN", "2+2").
_LISTED_NAME = r"[A-Z0-9][\w+-]*(?:\s+(?:(?:of|in|for|on|the|de)\s+)?[A-Z0-9][\w+-]*)*(?:\s*\([^()]{1,80}\))?"
#: A noun followed by the names it stands for: "exercises such as JIMEX and Dharma Guardian", "exercises (MILAN,
#: MALABAR)", "partners: A, B and C".
_NAMED_LIST = re.compile(
    rf"([\w-]+(?:\s+[\w-]+){{0,3}}?)\s*(?:,?\s*\b(?:such as|like|including|namely)\s+|:\s*|\(\s*)"
    rf"({_LISTED_NAME}(?:\s*,\s*{_LISTED_NAME})*(?:\s*,?\s+and\s+{_LISTED_NAME})?)"
)
_LIST_ITEMS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def named_list(text: str, counted: tuple[str, ...], token_of: Callable[[str], str]) -> tuple[str, ...]:
    """Return the names a text lists after the noun a "how many" question counts, or () if it lists none.

    ``counted`` is the counted noun's words as the question's tokens (the noun last: ("multilateral", "exercise")),
    and ``token_of`` reads a word of the text as such a token. Every word before the noun must be there too:
    "bilateral exercises (JIMEX, Dharma Guardian)" lists no multilateral exercise.
    """
    found: dict[str, str] = {}
    for match in _NAMED_LIST.finditer(text) if counted else ():
        words = [token_of(w) for w in tokenize(match.group(1))]
        if len(words) < len(counted) or tuple(words[-len(counted) :]) != counted:
            continue
        # "JIMEX (Japan-India Maritime Exercise)": what follows a name in brackets is that name's, not another.
        items = [_BRACKETED.sub("", item).strip() for item in _LIST_ITEMS.split(match.group(2))]
        items = [item for item in items if item and not _YEARS.fullmatch(item)]
        if len(items) >= 2:  # "the Agreement (CEPA)" is a name and its short form, no list
            found.update((item.casefold(), item) for item in items)
    return tuple(found.values())


_BRACKETED = re.compile(r"\s*\([^()]*\)")
_YEARS = re.compile(r"\d[\d\s,-]*")


def first_year(text: str) -> int | None:
    """Return the first year a text names."""
    match = _YEAR.search(text)
    return int(match.group(1)) if match else None


def first_amount(text: str) -> float | None:
    """Return the first sum of money a text names."""
    match = _AMOUNT.search(text)
    return float(match.group(1).replace(",", "")) if match else None


@dataclass(frozen=True)
class PartOfWhole:
    """A sum a text gives as part of a total ("US$ 17.69 billion ..., out of total bilateral trade of US$ 22.85
    billion"), each as written (currency, figure, scale)."""

    currency: str
    part: str
    whole: str
    scale: str
    #: What the total is of, as written between the cue and its sum ("bilateral trade").
    label: str = ""

    def rest(self) -> str:
        """Return the rest of the total, written as the text writes its sums ("US$ 5.16 billion")."""
        places = max(_decimals(self.part), _decimals(self.whole))
        value = float(self.whole.replace(",", "")) - float(self.part.replace(",", ""))
        return self.written(f"{value:.{places}f}")

    def lead(self) -> str:
        """Return how much the part exceeds the rest of the total (a trade surplus), written as the text writes sums."""
        places = max(_decimals(self.part), _decimals(self.whole))
        part = float(self.part.replace(",", ""))
        value = part - (float(self.whole.replace(",", "")) - part)
        return self.written(f"{value:.{places}f}")

    def written(self, figure: str) -> str:
        """Write a figure as the text writes its sums."""
        return f"{self.currency} {figure}{' ' + self.scale if self.scale else ''}"

    def rest_figure(self) -> str:
        """Return the rest of the total as a bare figure ("5.16")."""
        places = max(_decimals(self.part), _decimals(self.whole))
        return f"{float(self.whole.replace(',', '')) - float(self.part.replace(',', '')):.{places}f}"


def scaled(figure: str, factor: float) -> str:
    """Return a figure multiplied by a factor, with as many decimals as it is written with (halves rounded up)."""
    places = _decimals(figure)
    value = Decimal(figure.replace(",", "")) * Decimal(str(factor))
    return str(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def first_sum(text: str) -> PartOfWhole | None:
    """Return the first sum of money a text names with its currency and scale, as a part of nothing yet."""
    found = _AMOUNT_SCALED.search(text)
    if found is None:
        return None
    return PartOfWhole(found.group(1), found.group(2), found.group(2), found.group(3) or "")


def _decimals(figure: str) -> int:
    return len(figure.split(".", 1)[1]) if "." in figure else 0


def part_of_whole(text: str, lexicon: Lexicon) -> PartOfWhole | None:
    """Return the sum a text gives as part of a total, with the total, or None (one of ``whole_cues`` between)."""
    found = _AMOUNT_SCALED.search(text)
    if found is None:
        return None
    rest = text[found.end() :]
    folded = rest.casefold()
    cues = sorted((folded.find(cue), -len(cue)) for cue in lexicon.words("whole_cues") if cue in folded)
    if not cues or "." in rest[: cues[0][0]]:
        return None  # no total, or one of another sentence
    at = cues[0][0] - cues[0][1]  # after the longest cue where the first one starts
    whole = _AMOUNT_SCALED.search(rest, at)
    if whole is None or whole.group(1) != found.group(1) or whole.group(3) != found.group(3):
        return None  # a total in another currency or scale is no total of this sum
    label = " ".join(w for w in rest[at : whole.start()].split() if w.casefold() not in lexicon.ignored)
    return PartOfWhole(found.group(1), found.group(2), whole.group(2), found.group(3) or "", label)


#: A sum with its currency and scale: "US$ 17.69 billion".
_AMOUNT_SCALED = re.compile(r"(US\$|\$|₹|Rs\.?)\s?(\d[\d,]*(?:\.\d+)?)(?:\s(billion|million|crore|lakh|trillion))?")


#: An option's letter as exam papers write it: "(a)", "a)", "A.", at the start or after a space.
_CHOICE = re.compile(r"(?:^|(?<=\s))\(?([a-dA-D])(?:\)\s*|\.\s+)")


@dataclass(frozen=True)
class Choices:
    """A multiple-choice question: the stem that asks, and the lettered options."""

    stem: str
    options: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Statements:
    """Numbered statements to judge ("Consider the following statements: 1. ... 2. ... Which are correct?")."""

    statements: tuple[str, ...]
    #: The lettered options that follow, if any ("(a) 1 only (b) 2 only ...").
    options: tuple[tuple[str, str], ...] = ()
    #: What comes before statement 1 ("Consider the following statements about the Joint Vision").
    lead: str = ""
    #: The question asked about them ("Which of the statements given above is/are correct?"), options left out.
    ask: str = ""


#: "1." / "1)" / "(1)" opening a statement: at most five are read, so at most five are judged.
_NUMBERED = re.compile(r"(?:^|(?<=[\s:.;]))\(?([1-5])[\).]\s+")
#: Where the list of statements ends: the question asked about them.
_STATEMENTS_END = re.compile(
    r"(?:^|[\s.;?])(?:(?:which|select|choose|how many|what|kaun|kaunsa|kaunse|kaunsi|kitne|kitni)\b[^.]*?"
    r"\b(?:above|statements?|these|following|correct|correctly|true|sahi|pairs?|jodi|jodiyan|jodiyon)\b"
    # "1. ... 2. ... correct?": the bare word closing the message asks the same.
    r"|(?:correct|true|sahi)(?:\s+statements?)?\s*\??\s*$)",
    re.IGNORECASE,
)


def read_statements(question: str) -> Statements | None:
    """Read numbered statements 1, 2 (and 3 ...) and the question asked about them, with its lettered options."""
    run: list[re.Match[str]] = []
    for mark in _NUMBERED.finditer(question):
        if int(mark.group(1)) == len(run) + 1:
            run.append(mark)
    if len(run) < 2:
        return None
    lead = question[: run[0].start()]
    ending = _STATEMENTS_END.search(question, run[-1].end())
    # "Which of the following pairs is correctly matched? 1. ... 2. ...": the question may come first.
    end = ending.start() if ending is not None else len(question)
    if ending is None and _STATEMENTS_END.search(lead) is None:
        return None  # numbered lines with no question about them are no statements to judge
    statements = []
    for i, mark in enumerate(run):
        stop = run[i + 1].start() if i + 1 < len(run) else end
        text = question[mark.end() : stop].strip(" ,;.?")
        if not text:
            return None
        statements.append(text)
    rest = question[end:]
    choices = read_choices(rest)
    ask = choices.stem if choices else rest
    return Statements(tuple(statements), choices.options if choices else (), lead.strip(" :"), ask.strip(" :"))


def statement_option(
    options: tuple[tuple[str, str], ...],
    correct: frozenset[int],
    count: int,
    counted: bool = False,
    number_values: Mapping[str, str] | None = None,
) -> str | None:
    """Return the letter of the option naming exactly the correct statements ("1 only", "both", "neither").

    When the question asks how many are correct (``counted``), an option names a count ("Only two", "All three",
    "None"), written in digits or in the words ``number_values`` gives.
    """
    values = number_values or {}
    for letter, text in options:
        folded = text.casefold()
        none = re.search(r"\b(?:neither|none)\b", folded) is not None
        every = re.search(r"\b(?:both|all)\b", folded) is not None
        if counted:
            counts = {int(v) for w in re.findall(r"\w+", folded) if (v := values.get(w, w)).isdigit()}
            if none:
                counts = {0}
            elif every and not counts:
                counts = {count}
            if counts and counts == {len(correct)}:
                return letter
            continue
        numbers = {int(n) for n in re.findall(r"[1-5]", folded)}
        if none:
            numbers = set()
        elif every and not numbers:
            numbers = set(range(1, count + 1))
        elif not numbers:
            continue  # an option naming no statement ("Only one", to a question not asking how many) names none
        if numbers == set(correct):
            return letter
    return None


def read_choices(question: str) -> Choices | None:
    """Read "stem (a) X (b) Y (c) Z" into the stem and its options, when three or more letters run a, b, c..."""
    marks = list(_CHOICE.finditer(question))
    letters = [m.group(1).casefold() for m in marks]
    start = next((i for i, letter in enumerate(letters) if letter == "a"), None)
    if start is None:
        return None
    marks, letters = marks[start:], letters[start:]
    run = 0
    while run < len(letters) and letters[run] == "abcd"[run]:
        run += 1
    if run < 3:
        return None
    marks = marks[:run]
    options = []
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(question)
        text = question[mark.end() : end].strip(" ,;?")
        if not text:
            return None
        options.append((mark.group(1).casefold(), text))
    stem = question[: marks[0].start()].strip(" :-\u2013\u2014")
    return Choices(stem, tuple(options)) if stem else None


def options_named(options: tuple[tuple[str, str], ...], text: str) -> list[tuple[str, str]]:
    """Return the options a text names (all of an option's content words are in it)."""
    present = set(content_stems(text))
    return [
        (letter, option) for letter, option in options if (words := set(content_stems(option))) <= present and words
    ]


@dataclass(frozen=True)
class OddOneOut:
    """A "which of these is not ..." question: what the list is about, and the options."""

    stem: str
    options: tuple[str, ...]


def read_odd_one_out(question: str, negated: bool, lexicon: Lexicon) -> OddOneOut | None:
    """Read "which of these is not an import: copper, vehicles, machinery" into its stem and options.

    An option about the others ("none of these", "all of the above") is no thing the material could list.
    """
    odd = _read_odd_one_out(question, negated, lexicon)
    if odd is None or not odd.options:
        return odd
    about_the_others = lexicon.words("options_about_the_others")
    options = tuple(o for o in odd.options if " ".join(tokenize(o)) not in about_the_others)
    return OddOneOut(odd.stem, options if len(options) >= 2 else ())


def _read_odd_one_out(question: str, negated: bool, lexicon: Lexicon) -> OddOneOut | None:
    if not negated:
        return None
    text = normalize(question)
    words = tokenize(text)
    starters = lexicon.words("question_starters")
    asking = starters | lexicon.words("which_words")
    pieces = _LIST_START.split(text, maxsplit=1)
    if len(pieces) == 2 and (not words or words[0] not in starters):
        # "JIMEX, MILAN, MALABAR - which is not multilateral?": the options come first.
        options = _options_in(pieces[0])
        asked = tokenize(pieces[1])
        if len(options) >= 2 and not asking.isdisjoint(asked):
            return OddOneOut(_without_negation(pieces[1], lexicon), options)
        later = _options_in(pieces[1])
        if len(later) >= 2 and not lexicon.words("which_words").isdisjoint(tokenize(pieces[0])):
            # "ESI me kaunsa sector nahi hai - semiconductors, clean energy, aviation?": the question word is inside
            # the first part, so the list after the dash holds the options.
            return OddOneOut(_without_negation(pieces[0], lexicon), later)
        return None
    if len(pieces) != 2 and words and words[0] not in starters:
        return _options_led_in(text, lexicon)
    if not words or words[0] not in starters:
        return None
    if len(pieces) != 2:
        return OddOneOut(_without_negation(text, lexicon), ())
    options = _options_in(pieces[1])
    return OddOneOut(_without_negation(pieces[0], lexicon), options if len(options) >= 2 else ())


def options_as_alternatives(
    question: str, lexicon: Lexicon, most_options: int, most_words: int, one_thing: Callable[[str], bool]
) -> str:
    """Write the options a which-question lists as alternatives joined by "or", the pointer at them dropped.

    "which was launched in 2021: AAGC, IJICP, CEPA" reads as "which was launched in 2021: AAGC or IJICP or CEPA" and
    "which happened in 2014, CEPA, SSGP or AAGC" as "which happened in 2014: CEPA or SSGP or AAGC": the year is asked
    of one of them, not claimed of each. A question that lists nothing is returned as it is, and so is one with an
    option of several words that is not ``one_thing`` (a name the material knows): "or" joins single words, so
    "electrical machinery" would come apart.
    """
    if "," not in question:
        return question  # two options joined by "or" are read as such already
    if not (lexicon.words("negations") | lexicon.words("absence_words")).isdisjoint(tokenize(question)):
        return question  # "which of these has no partner: ..." is the odd one out, read as such
    which = lexicon.words("which_words")
    asking = which | lexicon.words("what_words") | lexicon.words("question_starters")
    pieces = _LIST_START.split(question, maxsplit=1)
    stem_first = True
    if len(pieces) == 2 and not which.isdisjoint(tokenize(pieces[0])):
        stem, listed = pieces  # "which came in 2014: CEPA, SSGP"
    elif len(pieces) == 2 and not which.isdisjoint(tokenize(pieces[1])):
        listed, stem = pieces  # "CEPA, SSGP or AAGC - which came in 2014?"
        stem_first = False
    elif len(pieces) == 2 and "," in pieces[1] and _ends_in_or(pieces[1], lexicon):
        # "SCRI partner: US, Australia or France?": a list after the mark that ends in "X or Y" offers a choice as
        # a which-question does, the asking word left out.
        stem, listed = pieces
    else:
        # "which happened in 2014, CEPA, SSGP or AAGC": a run of commas ending in "X or Y", after the asking part.
        parts = question.rstrip(" ?.!").split(",")
        if len(parts) < 3 or which.isdisjoint(tokenize(parts[0])) or not _ends_in_or(parts[-1], lexicon):
            return question
        run = 1
        while run < len(parts) - 1 and asking.isdisjoint(tokenize(parts[-run - 1])):
            run += 1
        stem, listed = ",".join(parts[:-run]), ",".join(parts[-run:])
    either = lexicon.words("either_or")
    # Only commas and "or" part options: "and" joins words of one name ("Free and Open Indo-Pacific").
    options = tuple(o.strip(" ?.!") for o in re.split(rf",|\s(?:{'|'.join(map(re.escape, sorted(either)))})\s", listed))
    # "Japan, Russia or the US": an option's determiner is no word of it.
    determiners = lexicon.words("determiners")
    options = tuple(" ".join(_without_first(o.split(), determiners)) for o in options)
    options = tuple(o for o in options if o)
    words_of = {option: tokenize(option) for option in options}
    if not 2 <= len(options) <= most_options or any(
        not 0 < len(words) <= most_words or not asking.isdisjoint(words) or (len(words) > 1 and not one_thing(option))
        for option, words in words_of.items()
    ):
        return question
    for pointer in sorted(lexicon.words("option_pointers"), key=len, reverse=True):
        stem = re.sub(rf"\b{re.escape(pointer)}\b", " ", stem, flags=re.IGNORECASE)
    joined = f" {lexicon.first_word('either_or')} ".join(options)
    # The mark between the asking part and the options stays: "which one is Japan's: ..." owns none of them.
    return f"{' '.join(stem.split())}: {joined}" if stem_first else f"{joined} - {' '.join(stem.split())}"


#: The pieces of a message, read once from left to right: a figure standing alone (thousands may be written with
#: commas, "22,850"; a full stop may end it), a comma, or any other run of characters.
_PIECES = re.compile(r"(?P<figure>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?=[\s,?!;:]|\.(?!\d)|$))|(?P<comma>,)|[^\s,]+")


def figures_as_alternatives(question: str, lexicon: Lexicon) -> str:
    """Join a run of figures listed before "or" with "or" throughout: they are alternatives offered, not each claimed.

    "IJICP launched in 2019, 2020 or 2021?" reads as "IJICP launched in 2019 or 2020 or 2021?", as a choice of two
    already reads: the year the material gives is one of them, and nothing is contradicted. The message is read in
    one pass, and each run back from an "or" once (a message of thousands of figures costs no more than its length).
    """
    if "," not in question:
        return question
    either = lexicon.words("either_or")
    pieces = list(_PIECES.finditer(question))
    commas: list[re.Match[str]] = []
    for at, piece in enumerate(pieces):
        if piece.group().casefold() not in either or at + 1 >= len(pieces) or not pieces[at + 1].group("figure"):
            continue
        back = at - 1
        if back >= 0 and pieces[back].group("comma"):
            back -= 1  # "2019, 2020, or 2021"
        run: list[re.Match[str]] = []
        figures = 0
        while back >= 0 and pieces[back].group("figure"):
            figures += 1
            if back - 1 < 0 or not pieces[back - 1].group("comma"):
                break
            run.append(pieces[back - 1])
            back -= 2
        if figures >= 2 and run:
            commas.extend(run)
            if at - 1 >= 0 and pieces[at - 1].group("comma"):
                commas.append(pieces[at - 1])
    if not commas:
        return question
    joiner, said = f" {lexicon.first_word('either_or')} ", question
    # From the end, so the places of the commas still to replace stay where they were.
    for comma in sorted(commas, key=lambda m: m.start(), reverse=True):
        after = said[comma.end() :].lstrip()
        before = said[: comma.start()].rstrip()
        # The comma before the "or" itself goes ("2020, or 2021"): the "or" joins those two.
        following = after.split(maxsplit=1)[0].casefold() if after else ""
        said = f"{before} {after}" if following in either else f"{before}{joiner}{after}"
    return said


def _without_first(words: list[str], dropped: frozenset[str]) -> list[str]:
    """Return words without their first one when it is one of ``dropped`` (and others follow it)."""
    return words[1:] if len(words) > 1 and words[0].casefold() in dropped else words


def _ends_in_or(text: str, lexicon: Lexicon) -> bool:
    """Tell whether a piece of a list is its last two options joined by "or" ("SSGP or AAGC")."""
    words = tokenize(text)
    return len(words) >= 3 and any(w in lexicon.words("either_or") for w in words[1:-1])


def _options_in(text: str) -> tuple[str, ...]:
    return tuple(o.strip(" ?.") for o in _LIST_SPLIT.split(text) if o.strip(" ?."))


def _options_led_in(text: str, lexicon: Lexicon) -> OddOneOut | None:
    """Read "out of MILAN, MALABAR and JIMEX, which one isn't multilateral?": a lead-in, the options, then the
    question, with no colon or dash between them."""
    lead = next((w for w in lexicon.words("option_lead_ins") if text.casefold().startswith(w + " ")), None)
    if lead is None:
        return None
    asking = lexicon.words("which_words") | lexicon.words("what_words")
    found = next((m for m in re.finditer(r"[\w']+", text) if m.group(0).casefold() in asking), None)
    if found is None:
        return None
    options = _options_in(text[len(lead) : found.start()].strip(" ,"))
    return OddOneOut(_without_negation(text[found.start() :], lexicon), options) if len(options) >= 2 else None


def odd_one_of(choices: Choices, negated: bool, lexicon: Lexicon) -> OddOneOut | None:
    """Read "which is NOT ...: (a) X (b) Y (c) Z" as a "which of these is not" question over the options."""
    if not negated:
        return None
    # "(d) none of these" / "all of the above" is no thing the material could list.
    options = tuple(o for _letter, o in choices.options if not _NO_OPTION.fullmatch(o.strip(" .").casefold()))
    return OddOneOut(_without_negation(normalize(choices.stem), lexicon), options) if len(options) >= 2 else None


_NO_OPTION = re.compile(r"(?:none|all|both|neither)(?: of (?:these|the above|them))?(?: above)?")


def _without_negation(text: str, lexicon: Lexicon) -> str:
    negations = lexicon.words("negations")
    these = lexicon.words("list_references")
    # "inme se" points at the list; "japan se import" says where from, which the stem must keep.
    sources = lexicon.words("relation_sources")
    words = text.split()
    kept = " ".join(
        w
        for i, w in enumerate(words)
        if w.strip("?,.") not in negations and not (w in these and (w not in sources or (i and words[i - 1] in these)))
    )
    # "which of these states": with "these" gone, "which of states" would ask something else than "which states".
    return _WHICH_OF.sub(r"\1 ", kept)


_WHICH_OF = re.compile(r"\b(which|what)\s+of\s+(?:the\s+)?(?=\w)")


#: Words that say a list is not complete ("such as", "include", "among others").
_OPEN_LIST = re.compile(r"\b(?:such as|includes?|including|among others|etc|e\.g|like|for example|and more)\b", re.I)


def is_complete_list(text: str) -> bool:
    """Tell whether a text gives a whole list (so what it leaves out is truly not on it)."""
    return not _OPEN_LIST.search(text)


def absent_options(options: tuple[str, ...], text: str) -> list[str]:
    """Return the options a text does not name (most of an option's content words must be there)."""
    present = set(content_stems(text))
    absent = []
    for option in options:
        words = set(content_stems(option))
        if not words or 2 * len(words & present) < len(words):
            absent.append(option)
    return absent
