"""The matcher's fast paths give what the plain ways give: profile records, the typo scan, tokens and stems."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
import random
import re
from collections.abc import Mapping
from typing import Any

import orjson
import pytest

from bot.core.answering.checks import Scorer, _unit_covered
from bot.core.answering.frozen import quick_init
from bot.core.answering.index import (
    ColumnPlan,
    ConceptPlan,
    FactProfile,
    Glossary,
    Typos,
    _FrozenLists,
    _plan_columns,
    _plan_read,
    decode_profile,
    encode_profile,
    glossary_plan,
    single_members,
)
from bot.core.answering.matcher import Matcher
from bot.core.answering.query import Query, Unit
from bot.core.answering.roles import RoleReading
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS
from bot.core.answering.wording import counts_in_text, event_kinds
from bot.core.knowledge.cache import CacheFormatError, FolderCache
from bot.core.knowledge.validation import load_knowledge
from bot.core.language import text as text_module
from bot.core.language.lexicon import LEXICON
from bot.core.language.text import _plain_idioms, is_number, normalize, stem, tokenize
from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR
from tests.core.answering.test_typos import scan_every_word


def _profile() -> FactProfile:
    return FactProfile(
        credits={"~a:0": 1.0, "trade": 0.5},
        numbers=frozenset({"2014", "25"}),
        has_year=True,
        has_number=True,
        has_count=False,
        phrasings=("when was the aagc set up", "aagc launch year"),
        named_after_role=frozenset(),
        places=frozenset({"tokyo"}),
        named_kinds=frozenset({("Japan", "country"), ("Ehime", "prefecture")}),
        entities=frozenset({"Japan", "India"}),
        roles=(RoleReading("export", "Japan", "India"), RoleReading("support", None, "India")),
        gives=frozenset({"purpose"}),
        names_only=True,
        listed=frozenset(),
        dates=(("~a:0", "2014"), ("~a:1", "2017")),
        negative=True,
        negated=frozenset({"sign"}),
    )


def test_a_profile_record_decodes_to_the_profile_it_was_made_from() -> None:
    profile = _profile()
    decoded = decode_profile(dict(profile.credits), encode_profile(profile))
    assert decoded == profile
    # Every kind of value comes back with its own type: sets of text, sets of pairs, tuples, role readings.
    assert isinstance(decoded.numbers, frozenset)
    assert isinstance(decoded.phrasings, tuple)
    assert decoded.named_kinds == frozenset({("Japan", "country"), ("Ehime", "prefecture")})
    assert decoded.roles[0] == RoleReading("export", "Japan", "India")
    assert isinstance(decoded.dates[0], tuple)
    assert decoded.named_after_role == frozenset()
    assert decoded.listed_words == frozenset()


def test_a_profile_whose_text_orjson_refuses_still_decodes() -> None:
    # A lone surrogate (written "\ud800" in a YAML string) is valid in a Python string and in json, not in orjson.
    profile = dataclasses.replace(_profile(), phrasings=("india japan \ud800 pact",))
    assert decode_profile(dict(profile.credits), encode_profile(profile)) == profile


def test_a_profile_record_of_the_wrong_shape_is_refused() -> None:
    # A record is the fields read of every candidate, a newline, and the rest: each part is refused when it is decoded.
    hot, rest = (orjson.loads(part) for part in encode_profile(_profile()).split(b"\n"))
    with pytest.raises(CacheFormatError):
        decode_profile({}, orjson.dumps(hot))
    with pytest.raises(CacheFormatError):
        decode_profile({}, orjson.dumps(hot[:-1]) + b"\n" + orjson.dumps(rest))
    with pytest.raises(CacheFormatError):
        decode_profile({}, orjson.dumps([{"?": []}, *hot[1:]]) + b"\n" + orjson.dumps(rest))
    decoded = decode_profile({}, orjson.dumps(hot) + b"\n" + orjson.dumps(rest[:-1]))
    with pytest.raises(CacheFormatError):
        _ = decoded.gives


def test_a_decoded_profile_reads_the_rest_of_its_fields_when_one_is_first_read() -> None:
    profile = _profile()
    decoded = decode_profile(dict(profile.credits), encode_profile(profile))
    assert "gives" not in vars(decoded)  # only what a question reads of every candidate is decoded at first
    assert decoded.phrasings == profile.phrasings
    assert decoded.gives == profile.gives
    assert vars(decoded)["named_kinds"] == profile.named_kinds  # ... and the rest all at once
    # It is a profile as any other: equal to the one it was made from, read, copied and pickled alike.
    fresh = decode_profile(dict(profile.credits), encode_profile(profile))
    assert fresh == profile
    assert profile == fresh
    # (Its repr is a FactProfile's: that of the profile made of its own fields, whose sets iterate as its own do.)
    shown = decode_profile(dict(profile.credits), encode_profile(profile))
    assert repr(shown) == repr(FactProfile(**{f.name: getattr(shown, f.name) for f in dataclasses.fields(FactProfile)}))
    changed = dataclasses.replace(fresh, gives=frozenset({"cost"}))
    assert changed.gives == frozenset({"cost"})
    assert changed.named_kinds == profile.named_kinds
    assert changed == dataclasses.replace(profile, gives=frozenset({"cost"}))
    assert pickle.loads(pickle.dumps(decode_profile(dict(profile.credits), encode_profile(profile)))) == profile


def test_the_typo_scan_over_nearby_lengths_picks_the_best_word_of_any_of_them() -> None:
    # The words of every length near the typo's are scanned at once: the best word wins whatever its length (no
    # two lengths can tie above the cutoffs, since a ratio is twice the common letters over both lengths).
    by_length = {7: ["zorvath"], 8: ["qelmorin"], 9: ["zorvathai"]}
    typos = Typos(by_length, DEFAULT_THRESHOLDS)
    assert typos.correct("zorvatha") == scan_every_word(typos, "zorvatha") == "zorvathai"  # 94 against 93
    assert typos.correct("zorvathx") == scan_every_word(typos, "zorvathx") == "zorvath"  # 93 against 82
    assert typos.correct("qelmorinxx") == scan_every_word(typos, "qelmorinxx") == "qelmorin"
    assert typos.correct("plughxyzzy") is None


def test_tokens_are_a_new_list_each_time() -> None:
    # Tokens are remembered per text: a caller changing its list must not change what the next caller gets.
    first = tokenize("When was the AAGC set up in 2017?")
    expected = list(first)
    first.append("changed")
    first[0] = "changed"
    assert tokenize("When was the AAGC set up in 2017?") == expected


def test_stems_are_the_snowball_reference_stems() -> None:
    # snowballstemmer hands stemming to PyStemmer (C, a hundred times faster) when it is installed; the compiled
    # index and every question must read the same stems either way.
    from snowballstemmer.english_stemmer import EnglishStemmer

    reference = EnglishStemmer()
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(DEFAULT_KNOWLEDGE_DIR.glob("*.yaml")))
    words = sorted({w for w in re.findall(r"[^\W\d_]+", text.casefold()) if len(w) > 3})
    assert len(words) > 500
    # Irregular forms ("became") are first read as their base form ("become"), whichever stemmer runs.
    base = LEXICON.irregular_forms
    assert [stem(w) for w in words] == [reference.stemWord(base.get(w, w)) for w in words]


def _event_kinds_by_every_length(tokens: list[str], phrases: Mapping[tuple[str, ...], str]) -> frozenset[str]:
    """The plain reading: at each word, the longest phrase of any length that starts there."""
    longest = max(len(p) for p in phrases)
    found = set()
    for i in range(len(tokens)):
        for n in range(min(longest, len(tokens) - i), 0, -1):
            kind = phrases.get(tuple(tokens[i : i + n]))
            if kind is not None:
                found.add(kind)
                break
    return frozenset(found)


def test_event_kinds_tried_by_first_word_are_those_of_every_length() -> None:
    # Only the lengths of the phrases starting with a word are tried there; the longest still wins, and a phrase
    # running past the last word is never matched by its shorter prefix.
    phrases = {("came", "into", "effect"): "start", ("came",): "arrival", ("was", "signed"): "signing"}
    lexicon = dataclasses.replace(LEXICON, event_phrases=phrases)
    texts = [
        "the pact came into effect in 2017",
        "the pact came into",
        "he came",
        "it was signed and came into effect",
        "was",
        "",
        "signed was",
    ]
    for text in texts:
        tokens = text.split()
        assert event_kinds(tokens, lexicon) == _event_kinds_by_every_length(tokens, phrases), text
    # The shipped lexicon, over every answer of the shipped base.
    answers = [sf.fact.answer for sf in load_knowledge(DEFAULT_KNOWLEDGE_DIR).facts]
    real = LEXICON.event_phrases
    assert any(event_kinds(tokenize(a)) for a in answers)
    assert all(event_kinds(tokenize(a)) == _event_kinds_by_every_length(tokenize(a), real) for a in answers)


def _same_event_units_read_in_full(matcher: Matcher, query: Query, position: int) -> tuple[Unit, ...]:
    """The plain reading: every uncovered unit whose words name an event the fact's answer dates."""
    given = event_kinds(matcher.scorer.answer_tokens(position), matcher.lexicon) & query.events
    if not given:
        return ()
    profile = matcher.index.profiles[position]
    return tuple(
        u
        for u in query.units
        if not _unit_covered(u, profile) and event_kinds(u.label.casefold().split(), matcher.lexicon) & given
    )


def _read_from_the_answer(
    matcher: Matcher, position: int
) -> tuple[frozenset[str], bool, bool, dict[str, frozenset[str]]]:
    """The plain reading of a fact's events, figures, document-ness and counts, from its question and answer."""
    sourced, words = matcher.index.facts[position], matcher.lexicon.words
    answer, question = tokenize(sourced.fact.answer), set(tokenize(sourced.fact.question))
    spans = matcher.index.glossary_spans(answer, sourced.source.id)
    named = {i for start, end, c in spans if c in matcher.index.glossary.named for i in range(start, end)}
    numbers = [
        t for i, t in enumerate(answer) if is_number(t) and (i not in named or re.match(r"\b(1[89]|20)\d{2}\b", t))
    ]
    figures = bool(re.search(r"\d+\.\d|\d{3,}", sourced.fact.answer) or numbers) or bool(
        set(answer) & words("number_words")
    )
    document = bool(question & words("document_words")) and bool((question | set(answer)) & words("document_cues"))
    return event_kinds(answer, matcher.lexicon), figures, document, counts_in_text(sourced.fact.answer, matcher.lexicon)


def _shipped_matcher(compiled: bool, tmp_path: Any) -> Matcher:
    """Return a matcher over the shipped base, built from its files or read back from a compiled cache."""
    cache = FolderCache(tmp_path) if compiled else None
    base = load_knowledge(DEFAULT_KNOWLEDGE_DIR, cache)
    if compiled:
        Matcher(base, cache=cache)  # compile it, then read it back from the cache
        base = load_knowledge(DEFAULT_KNOWLEDGE_DIR, cache)
    return Matcher(base, cache=cache)


@pytest.mark.parametrize("compiled", [False, True])
def test_what_a_profile_keeps_of_its_answer_is_what_the_answer_says(compiled: bool, tmp_path: Any) -> None:
    # Read once when the index is compiled (and kept in the cache), not from each candidate's answer per question.
    matcher = _shipped_matcher(compiled, tmp_path)
    seen = [0, 0, 0, 0]
    for position in range(len(matcher.index.profiles)):
        profile = matcher.index.profiles[position]
        kept = (profile.events, profile.gives_figures, profile.about_document, dict(profile.counts))
        assert kept == _read_from_the_answer(matcher, position), matcher.index.facts[position].fact.id
        seen = [n + bool(v) for n, v in zip(seen, kept, strict=True)]
    assert all(seen)  # some answers name an event, give a figure, are about the document, count something


def test_the_event_a_fact_dates_is_read_only_when_an_uncovered_unit_names_one(shipped: KnowledgeService) -> None:
    # The fact's answer is read for its events only when it leaves out a unit naming an asked event; the units it
    # credits are the ones the plain reading gives, for a fact that covers the event word and one that does not.
    matcher = shipped.matcher
    questions = [
        "when was the AAGC launched",
        "when did the high speed rail project start",
        "when was the special strategic partnership signed",
        "when did CEPA come into effect",
        "when was the india japan act east forum set up",
    ]
    seen = 0
    for question in questions:
        query = matcher.read(question)
        assert query.events, question
        for position in range(len(matcher.index.profiles)):
            profile = matcher.index.profiles[position]
            found = matcher.scorer._same_event_units(query, position, profile)
            assert found == _same_event_units_read_in_full(matcher, query, position), (question, position)
            seen += bool(found)
    assert seen  # some fact's own event answers a question's event word it does not cover


def test_a_fact_id_read_by_position_is_the_facts_own_even_without_the_ids_kept(shipped: KnowledgeService) -> None:
    # Candidates are ranked by id without reading their facts; a base that keeps no ids reads the fact instead.
    base = shipped.matcher.base
    expected = [sf.fact.id for sf in base.facts]
    assert [base.fact_id_at(i) for i in range(len(expected))] == expected
    bare = dataclasses.replace(base, _facts_by_id={})
    assert [bare.fact_id_at(i) for i in range(len(expected))] == expected
    backwards = dataclasses.replace(base, _facts_by_id=dict(reversed(list(base._facts_by_id.items()))))
    assert [backwards.fact_id_at(i) for i in range(len(expected))] == expected
    with pytest.raises(IndexError):
        bare.fact_id_at(len(expected))


@pytest.mark.parametrize("compiled", [False, True])
def test_every_glossary_term_an_answer_names_earns_its_fact_credit(compiled: bool, tmp_path: Any) -> None:
    # Scorer.answer_may_name: a fact credited for none of a question's terms is not read for where its answer names
    # them (their dates, whether it gives them as examples), so every term its answer names must be credited.
    matcher = _shipped_matcher(compiled, tmp_path)
    scorer, named = matcher.scorer, 0
    for position in range(len(matcher.index.profiles)):
        profile = matcher.index.profiles[position]
        terms = {concept for _start, _end, concept in scorer.answer_spans(position)}
        assert all(profile.credits.get(term, 0.0) > 0 for term in terms), matcher.index.facts[position].fact.id
        assert all(scorer.answer_may_name(profile, {term}) for term in terms)
        assert not scorer.answer_may_name(profile, {"~no such term"})
        named += bool(terms)
    assert named  # most answers name some term
    # With no credit for an answer's words, a term only its answer names earns none: the answer is read then.
    uncredited = Scorer(matcher.index)
    uncredited.thresholds = dataclasses.replace(DEFAULT_THRESHOLDS, answer_credit=0.0)
    assert uncredited.answer_may_name(matcher.index.profiles[0], {"~no such term"})


def test_a_facts_article_read_by_position_is_the_one_its_fact_has(shipped: KnowledgeService) -> None:
    # A candidate's article is told from where its fact stands in the base, without reading the fact.
    base = shipped.matcher.base
    assert [base.article_at(i) for i in range(len(base.facts))] == [sf.source.id for sf in base.facts]
    held = dataclasses.replace(base, facts=tuple(base.facts))  # facts that are no FactList are read for it
    assert [held.article_at(i) for i in range(len(base.facts))] == [sf.source.id for sf in base.facts]
    with pytest.raises(IndexError):
        base.article_at(len(base.facts))


def _normalize_every_step(text: str) -> str:
    """The plain reading of ``normalize`` for ASCII text: every step, whatever the text holds."""
    text = text.translate(text_module._ASCII_CONTROLS)
    if "<" in text or "]" in text or "http" in text or "@" in text:
        text = text_module._MARKUP.sub(" ", text)
    text = text.translate(text_module._APOSTROPHES).casefold()
    return text_module.collapse_whitespace(text_module._POSSESSIVE.sub("", text))


def test_ascii_text_is_normalised_and_tokenised_as_by_every_step() -> None:
    # ASCII text skips the steps for characters it does not hold, and its tokens are read with an ASCII pattern:
    # both must give what the full steps and the Unicode pattern give, controls, quotes and markup included.
    rng = random.Random(7)
    alphabet = "aZq09 \t\n\r\x0b\x0c\x1c\x1f\x00\x7f+-.%_'`$/,;:!?()[]<>@#&*~\\\"" + "abcdexyz" * 3 + "0123456789" * 2
    texts = [sf.fact.answer for sf in load_knowledge(DEFAULT_KNOWLEDGE_DIR).facts]
    texts += ["India's 2023-24 trade: US$ 22.85 bn (`AAGC`) <@123> http://x.y [a](b) 2+2 10% 5G", "  ", ""]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(20000)]
    for text in texts:
        if not text.isascii():
            continue
        assert normalize(text) == _normalize_every_step(text), repr(text)
        folded = normalize(text)
        assert text_module._ASCII_TOKEN.findall(folded) == text_module._TOKEN.findall(folded), repr(text)
        assert text_module._ASCII_TOKEN.findall(text) == text_module._TOKEN.findall(text), repr(text)


def _glossary_one_spelling_at_a_time(plan: list[ConceptPlan]) -> Glossary:
    """Build a glossary as registering each spelling in turn does (``Glossary.add``)."""
    glossary = Glossary()
    for concept, label, scope, named, variants in plan:
        glossary.labels[concept] = label
        glossary.label_words[concept] = tuple(tokenize(label))
        glossary.scope[concept] = scope
        if named:
            glossary.named.add(concept)
        bag: set[str] = set()
        for stems, proper in variants:
            glossary.add(stems, concept)
            bag.update(stems)
            if len(stems) == 1:
                glossary.single_words.add(stems[0])
            elif proper:
                glossary.names.add(stems)
        glossary.bags[concept] = frozenset(bag)
    return glossary


def test_a_glossary_made_from_a_plan_in_one_pass_is_the_one_each_spelling_makes(shipped: KnowledgeService) -> None:
    index = shipped.matcher.index
    plan = glossary_plan(index.base.glossary, index.base.glossary_scopes, None, index.senses, index.lexicon)
    # Spellings shared by two entries, phrases of several lengths from one first word, one entry of many spellings.
    plan += [
        ("~x:0", "Airship Works", "x", True, ((("airship", "work"), True), (("airship",), False))),
        ("~x:1", "Airship", "x", False, ((("airship",), False), (("airship", "work", "yard"), False))),
        ("~x:2", "AW", None, True, ((("aw",), False),)),
    ]
    made, each = Glossary.from_plan(plan), _glossary_one_spelling_at_a_time(plan)
    assert dataclasses.asdict(made) == dataclasses.asdict(each)
    assert list(made.lengths) == list(each.lengths)


def test_the_single_members_of_lists_read_back_are_those_of_their_sets() -> None:
    lists = {"~a:0": ["2021"], "~a:1": ["2011", "2017"], "~a:2": [], "~a:3": ["2025", "2025"], "~a:4": ["1999"]}
    sets = {key: frozenset(listed) for key, listed in lists.items()}
    assert (
        single_members(_FrozenLists(lists)) == single_members(sets) == {"~a:0": "2021", "~a:3": "2025", "~a:4": "1999"}
    )
    assert list(single_members(_FrozenLists(lists))) == list(single_members(sets))


def _through_json(plan: list[ConceptPlan], label_words: list[list[str]]) -> tuple[Any, list[list[str]]]:
    """Keep a plan as the merged index does and read it back."""
    kept = orjson.loads(orjson.dumps(_plan_columns(plan, label_words)))
    return _plan_read(kept)


def test_a_plan_kept_as_columns_reads_back_as_the_plan_and_makes_the_same_glossary(shipped: KnowledgeService) -> None:
    index = shipped.matcher.index
    plan = glossary_plan(index.base.glossary, index.base.glossary_scopes, None, index.senses, index.lexicon)
    plan += [("~x:0", "Empty", "x", False, ()), ("~x:1", "Airship Works", None, True, ((("airship", "work"), True),))]
    label_words = [tokenize(label) for _concept, label, *_rest in plan]
    read, words = _through_json(plan, label_words)
    assert isinstance(read, ColumnPlan)
    assert list(read) == plan
    assert read[3:7] == plan[3:7]
    assert read[-1] == plan[-1]
    assert words == label_words
    made = Glossary.from_plan(read, words)
    assert dataclasses.asdict(made) == dataclasses.asdict(Glossary.from_plan(plan, label_words))
    assert list(made.lengths) == list(Glossary.from_plan(plan, label_words).lengths)
    # What cannot be a part of a line is kept as JSON arrays, and reads back all the same.
    for odd_plan, odd_words in (
        ([("~x:0", "A B", "x", False, ((("a b",), False),))], [["a"]]),
        ([("~x:0", "A", "x", False, ((("a",), False),))], [["a b"]]),
        ([("~x:0", "A", "x", False, ((("",), False),))], [[""]]),
    ):
        again, again_words = _through_json(odd_plan, odd_words)
        assert not isinstance(again, ColumnPlan)
        assert (list(again), again_words) == (odd_plan, odd_words)


def test_a_quick_init_dataclass_is_made_as_its_own_init_makes_it() -> None:
    @dataclasses.dataclass(frozen=True)
    class Plain:
        a: int
        b: str = "b"
        c: tuple[int, ...] = dataclasses.field(default_factory=tuple)
        d: list[int] = dataclasses.field(default_factory=list, compare=False)

    @quick_init
    @dataclasses.dataclass(frozen=True)
    class Quick:
        a: int
        b: str = "b"
        c: tuple[int, ...] = dataclasses.field(default_factory=tuple)
        d: list[int] = dataclasses.field(default_factory=list, compare=False)

    for args, kwargs in (((1,), {}), ((1, "x"), {"d": [2]}), ((), {"a": 3, "c": (4,)})):
        plain, quick = Plain(*args, **kwargs), Quick(*args, **kwargs)  # type: ignore[arg-type]
        assert vars(plain) == vars(quick)
        assert list(vars(plain)) == list(vars(quick))  # the fields in their order
    assert str(inspect.signature(Plain.__init__)) == str(inspect.signature(Quick.__init__))
    assert Quick(1).d is not Quick(1).d  # a new list for each, as the factory makes
    with pytest.raises(dataclasses.FrozenInstanceError):
        Quick(1).a = 2  # type: ignore[misc]
    assert dataclasses.replace(Quick(1), b="c") == Quick(1, "c")
    with pytest.raises(TypeError):
        Quick()  # type: ignore[call-arg]


def test_quick_init_refuses_what_it_cannot_make_alike() -> None:
    @dataclasses.dataclass(frozen=True)
    class Later:
        a: int

        def __post_init__(self) -> None: ...

    @dataclasses.dataclass(frozen=True)
    class Passed:
        a: int
        b: dataclasses.InitVar[int] = 0

    @dataclasses.dataclass(frozen=True)
    class Keyword:
        a: int = dataclasses.field(kw_only=True)

    @dataclasses.dataclass
    class Thawed:
        a: int

    for cls in (Later, Passed, Keyword, Thawed):
        with pytest.raises(TypeError):
            quick_init(cls)


def test_idioms_found_by_their_first_word_read_as_trying_every_idiom_at_each_word() -> None:
    def every_idiom(tokens: tuple[str, ...]) -> tuple[str, ...]:
        out: list[str] = []
        at = 0
        while at < len(tokens):
            for words, plain in LEXICON.idioms.items():
                if tokens[at : at + len(words)] == words:
                    out.extend(plain)
                    at += len(words)
                    break
            else:
                out.append(tokens[at])
                at += 1
        return tuple(out)

    words = sorted({w for idiom in LEXICON.idioms for w in idiom} | {"the", "pact", "2011", "now"})
    rng = random.Random(7)
    for _ in range(2000):
        tokens = tuple(rng.choice(words) for _ in range(rng.randint(0, 10)))
        assert _plain_idioms(tokens) == every_idiom(tokens)
    assert _plain_idioms(("came", "into", "force", "in", "force")) == ("came", "into", "effect", "in", "effect")


#: The list pattern as written (``index._LIST`` is the same tried only where a stretch between punctuation starts).
_LIST_AS_WRITTEN = re.compile(r"\w[^,;.]*,\s*\w[^,;.]*(?:,|\band\b)\s*\w")


def _gives_as_written(answer: str) -> frozenset[str]:
    """``gives`` as the patterns read: every pattern searched case-insensitively where written so, on the text."""
    from bot.core.answering import index

    found = set()
    figures = re.search(r"\d", answer) is not None
    for table, wanted in ((index._FIGURE_GIVES, figures), (index._WORDING_GIVES, True)):
        found.update(attribute for attribute, pattern, *_rest in table if wanted and pattern.search(answer))
    if _LIST_AS_WRITTEN.search(answer):
        found.update(("names", "goods"))
    # A name's word looks nowhere ahead ("Next-Generation"): the same step after either reading.
    if "future" in found and not any(index.said_as_a_word(answer, m.start()) for m in index._FUTURE.finditer(answer)):
        found.discard("future")
    if "duration" in found and not any(
        index.said_as_a_word(answer, m.start()) for m in index._DURATION.finditer(answer)
    ):
        found.discard("duration")
    return frozenset(found)


def test_gives_reads_ascii_answers_as_the_patterns_do() -> None:
    """The quick reading of ASCII answers (lowercased once, a pattern tried only on text holding a word it needs,
    the list pattern from each stretch's start) finds what the patterns find, in any case and any wording."""
    from bot.core.answering.index import _FIGURE_GIVES, _WORDING_GIVES, gives

    base = load_knowledge(DEFAULT_KNOWLEDGE_DIR)
    texts = [sf.fact.answer for sf in base.facts] + [p for sf in base.facts for p in sf.fact.phrasings]
    # The words of the patterns themselves (not the words the quick reading looks for), alone and as written.
    sources = [pattern.pattern for table in (_FIGURE_GIVES, _WORDING_GIVES) for _a, pattern, *_rest in table]
    written = [re.sub(r"\\[bdsSw]", " ", source) for source in sources]
    phrases = {phrase.strip() for source in written for phrase in re.findall(r"[A-Za-z$%:/ ]{2,}", source)}
    pieces = sorted(phrases | {word for phrase in phrases for word in phrase.split()} - {""})
    pieces += "a the to its in order so that is 12 2025 10-year per cent km/h US$ Rs. ₹ K ſ ı".split()
    pieces += [",", ", ", " and ", ";", ".", ":", "-", " ", "\n", "%", "$"]
    rnd = random.Random(7)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", " 5 ", ", "]) for _ in range(rnd.randint(1, 8)))
        texts.append(rnd.choice([text, text.upper(), text.title(), text.swapcase()]))
    assert any(gives(text) for text in texts)
    assert [gives(text) for text in texts] == [_gives_as_written(text) for text in texts]
