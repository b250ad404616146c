"""Follow-up questions: what a member's previous question was about, and how a follow-up leans on it.

"when did that start?", "and gujarat?", "uska amount kitna tha?" only make sense with the member's previous
question. A follow-up takes its subject from that question; a complete new question never does; and a
follow-up with nothing to follow is asked back instead of answered.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from bot.core.answering.frozen import quick_init
from bot.core.answering.index import ENTITY_PREFIX, RELATION_PREFIX
from bot.core.answering.outcomes import Answer, Correction, Match, Outcome, Partial
from bot.core.answering.query import ASSERTED_EVENTS, Query, Unit, is_action, is_verb_form
from bot.core.answering.roles import RoleReading
from bot.core.answering.wording import event_kinds, is_year
from bot.core.knowledge.schema import Fact
from bot.core.language.lexicon import Intent
from bot.core.language.text import is_number, stem, tokenize


@quick_init
@dataclass(frozen=True)
class Turn:
    """The part of an answered question a follow-up may lean on."""

    query: Query
    #: The units that carried the subject (those the answering fact covered, or all of them).
    topic: tuple[Unit, ...]
    fact_ids: tuple[str, ...] = ()
    #: For each relation asked about, whether it was asked with a reverse word ("imports" rather than "exports").
    reverse_words: tuple[tuple[str, bool], ...] = ()
    #: The bot asked what the question referred to; the next message may name it ("I meant the AAGC").
    pending: bool = False
    #: The articles the answer came from: a follow-up is answered within the article when there was one.
    articles: tuple[str, ...] = ()
    #: What "the other one" means next: the option of a choice ("which came first, X or Y") that was not the answer.
    others: tuple[str, ...] = ()
    #: The two things a comparison compared, in the order asked: "the first one" and "the second one" next.
    compared: tuple[str, ...] = ()
    #: The comparison was of dates: "gap between them?" next asks the years between the two.
    compared_by_time: bool = False
    #: The two compared were dated one after the other ("aagc year", "and ijicp?"): "difference?" next asks the years.
    dated_in_turn: bool = False
    #: The items of a list the answer gave, in order ("economic cooperation", "security cooperation", ...):
    #: "third?" or "the last one" next.
    listed: tuple[str, ...] = ()
    #: The last answered turn, kept while the bot declines questions after it: "back to it" goes back there.
    earlier: Turn | None = None
    #: The question asked where the article puts a thing ("which pillar is MAHSR under?"): "and IJICP?" asks it too.
    placed: bool = False
    #: The turn whose list an item reply named ("the second one?" after India's imports): a follow-up turning that
    #: list's relation round ("and the exports?") leans on the list's question, not on the item.
    list_turn: Turn | None = None
    #: The question claimed a year the material gives otherwise ("SSGP 2015 mein bana?"): a follow-up naming only
    #: another thing ("aur IJICP?") asks when that one was.
    dated_claim: bool = False
    #: The list was shown in a partial answer ("what are the other outcomes": their names only): a place in it
    #: ("2nd item?") points into it, but a name of it asks what the material does not give.
    listed_in_part: bool = False
    #: What the question asked was not given ("when did QUAD start?"): a bare name next ("aur SCRI?") asks the same
    #: of it, where after an answer it may be a new subject.
    unanswered: bool = False

    @classmethod
    def after(cls, query: Query, outcome: Outcome, reverse_words: tuple[tuple[str, bool], ...] = ()) -> Turn:
        """Remember what a question was about once it has been answered (or not)."""
        matches: tuple[Match, ...] = ()
        dated = False
        if isinstance(outcome, Answer):
            matches = outcome.matches
        elif isinstance(outcome, Partial | Correction):
            matches = outcome.related
        covered = {label for m in matches for label in m.covered}
        topic = tuple(u for u in query.units if u.label in covered) or query.units
        if isinstance(outcome, Correction):
            # "was it set up in 2015?", corrected to 2017: the figure the material gives otherwise is not asked again.
            stated = {t for m in matches for t in tokenize(m.fact.fact.answer)}
            kept = query.numbers & stated
            # "SSGP 2015 mein bana?", corrected to 2014: the claim was about when, and "aur IJICP?" asks when too.
            # ("so SSGP came in 2011?": the year the claim ties to the thing it names says as much.)
            dated = any(_YEAR.fullmatch(n) for n in query.numbers - kept) and (
                bool(query.events) or any(year not in kept for _concept, year in query.dates)
            )
            query = replace(query, numbers=kept, dates=tuple(d for d in query.dates if d[1] in kept))
            topic = tuple(u for u in topic if u.kind != "figure" or u.label in kept)
            # "is UP paired with Toyama?", corrected: the side the material gives otherwise is not asked again
            # ("then which one?" asks UP's own).
            sides = [{r.agent, r.target} for m in matches for r in m.fact.fact.roles]
            stated = {side for pair in sides for side in pair if side}
            # The claimed partner is the side dropped, unless the material pairs only it ("is Kerala paired with
            # Toyama?": Kerala is in no pair, and "then which one?" asks Toyama's).
            wrong = {
                (r.target if r.agent in stated else r.agent)
                for r in query.roles
                if r.agent and r.target and sides and not any({r.agent, r.target} <= s for s in sides)
            }
            if wrong:
                roles = tuple(
                    RoleReading(r.relation, r.target, None)
                    if r.agent in wrong
                    else (RoleReading(r.relation, r.agent, None) if r.target in wrong else r)
                    for r in query.roles
                )
                entities = tuple(e for e in query.entities if e not in wrong)
                query = replace(query, roles=roles, entities=entities)
                topic = tuple(u for u in topic if not any(_names(u, e) for e in wrong))
        articles = tuple(dict.fromkeys(m.fact.source.id for m in matches))
        # Of an answer from several facts, the one list among them ("what are the lines of effort": the names, and
        # how many there are); two lists leave "the third one" unclear.
        # Two names after an opener are a list too ("exercises such as JIMEX and Dharma Guardian": the second one).
        # (A partial answer shows its list too: "2nd item?" after the other outcomes, shown as what the material says.)
        # ("which countries take part in MALABAR", a partial answer showing the exercises, asked for no list of them.)
        shown = isinstance(outcome, Answer) or (
            isinstance(outcome, Partial) and len(matches) == 1 and query.attributes <= {"definition"}
        )
        lists = [i for m in matches if (i := items_of(m.fact.fact, fewest=2))] if shown else []
        listed = lists[0] if len(lists) == 1 else ()
        return cls(
            query,
            topic,
            tuple(m.fact.fact.id for m in matches),
            reverse_words,
            articles=articles,
            listed=listed,
            listed_in_part=bool(listed) and not isinstance(outcome, Answer),
            dated_claim=dated,
            unanswered=not isinstance(outcome, Answer | Correction),
        )


#: Where the items of a list part ("a, b and c", "plus d").
_ITEMS = re.compile(r",|;|\band\b|\bplus\b")
#: Where a list opens: a colon, or "include(s)", "such as", "namely".
_OPENS_LIST = re.compile(r":\s|\bincludes?\s|\bsuch as\s|\bnamely\s")
#: What each of ``_OPENS_LIST``'s openers holds.
_LIST_CUES = (":", "include", "such as", "namely")
#: A year a follow-up gives ("was it set up in 2015?").
_YEAR = re.compile(r"(?:19|20)\d\d")
#: An article, a possessive or a verb opening an item ("a Sustainable fuel initiative", "... includes are
#: semiconductors"): the item is what follows it.
_LEADING = re.compile(r"^(?:a|an|the|its|their|are|is)\s+", re.IGNORECASE)
#: The last join of a serial list: a comma, then "and" or "plus".
_SERIAL_JOIN = re.compile(r",\s*(?:and|plus)\b")
#: What ends an item besides "and": a comma or a semicolon.
_ENDS_ITEM = re.compile(r"[,;]")
#: The open end of a list ("and similar sectors", "and other areas"), which names no item.
_OPEN_END = re.compile(r"^(?:similar|other|such|more|related|allied)\b", re.IGNORECASE)
#: The join of the last two items of a list ("copper and electrical machinery").
_LAST_JOIN = re.compile(r"\band\b|\bplus\b", re.IGNORECASE)


def items_of(fact: Fact, fewest: int = 3) -> tuple[str, ...]:
    """Return the items of the list a fact gives: those its file lists (``items``), else those its answer's wording
    shows (``list_items``); () for fewer than ``fewest``."""
    if fact.items:
        return fact.items if len(fact.items) >= fewest else ()
    return list_items(fact.answer, fewest=fewest)


def list_items(answer: str, most_words: int = 6, fewest: int = 3) -> tuple[str, ...]:
    """Return the items of the list an answer gives, in order, or () if it gives none of ``fewest`` or more.

    "... three pillars: economic cooperation, security cooperation and development cooperation." gives the three.
    """
    # (Every opener holds one of these: an answer with none is not searched, character by character, for one.)
    if not any(cue in answer for cue in _LIST_CUES):
        return ()
    opener = _OPENS_LIST.search(answer)
    if opener is None:
        return ()
    text = answer[opener.end() :].split(". ", 1)[0].rstrip(". ")
    serial = _SERIAL_JOIN.search(text)
    if serial is not None:
        # "telecom, and new and emerging technologies": after a comma, "and" opens the last item, whose own "and"
        # joins words of one item.
        last = _ENDS_ITEM.split(text[serial.end() :], 1)[0]
        parts = [*_ENDS_ITEM.split(text[: serial.start()]), last]
    else:
        # The list ends with its item after "and"/"plus": ", with its focus on ..." after it is no item.
        joins = [m for m in _ITEMS.finditer(text) if m.group(0) in {"and", "plus"}]
        if joins:
            rest = _ITEMS.search(text, joins[-1].end())
            text = text[: rest.start()] if rest else text
        # "trade in goods and services, movement of natural persons, investments and IPR": before the last comma,
        # "and" joins words of one item; only the last piece holds the join of two items.
        pieces = _ENDS_ITEM.split(text)
        parts = [*pieces[:-1], *_LAST_JOIN.split(pieces[-1])]
    items = [_LEADING.sub("", part.strip()) for part in parts]
    items = [item for item in items if item]  # ", and" leaves nothing between its marks
    if items and _OPEN_END.match(items[-1]):
        # "railways, aviation, roads and similar sectors": the list's open end, no item of it.
        items.pop()
    # Every item short, as list items are ("... include nuclear reactors, copper and electrical machinery").
    if len(items) < fewest or any(len(item.split()) > most_words for item in items):
        return ()
    return tuple(items)


def leans_on_previous(
    query: Query,
    has_previous: bool,
    pending: bool = False,
    object_anaphors: frozenset[str] = frozenset(),
    passive_auxiliaries: frozenset[str] = frozenset(),
    what_words: frozenset[str] = frozenset(),
) -> bool:
    """Tell whether a question only makes sense with an earlier one."""
    markers = query.markers
    if pending and not query.asks:
        return True
    if markers.reversal:
        return True
    if query.set_aside and not query.units:
        return True  # "apart from telecom?": the earlier question, without telecom
    if markers.elliptical and query.content_words <= 3:
        return True
    if has_previous and markers.demonstrative and not query.has_subject:
        return True  # "when were these partnerships set up?" after the pairs
    if (
        has_previous
        and markers.anaphor is not None
        and markers.anaphor not in STANDALONE_REFERENCES
        and (query.yes_no or query.claims)
        and not markers.negation  # ("it's india's, not japan's" sets two things side by side, each its own)
    ):
        return True  # "is it true that it counters china?" after QUAD: a claim about what "it" is
    if has_previous and markers.object_reference:
        return True  # "which country is india working with on it?" after Chandrayaan 5
    if (
        has_previous
        and query.yes_no
        and "members" in query.attributes
        and all(u.label in query.entities for u in query.units)
    ):
        return True  # "is China also a member?" after SCRI's partner: a member of the group spoken of
    if has_previous and markers.dangling and not query.names_more_than_partners:
        return True  # "on what areas?" after QUAD
    if markers.anaphor is not None and not query.has_subject:
        # With nothing before them, "they" means the article's two partners and "this" the article itself; but not
        # as what an act is done to ("who launched them?", "when were they set up?"): those are things.
        done_to = query.only_actions and (
            markers.anaphor in object_anaphors or not passive_auxiliaries.isdisjoint(query.words)
        )
        return has_previous or markers.anaphor not in STANDALONE_REFERENCES or done_to
    if not has_previous:
        # "kab shuru hua?", "who launched?": an action with nothing named that does it can only continue a question.
        return query.asks and query.only_actions and not query.has_subject
    if not query.units and query.asks:
        return True  # "when?", "kitna?"
    if not query.asks and query.units and all(u.named for u in query.units):
        return True  # "the SME forum?" after "what's the sustainable fuel initiative?"
    if (
        not (query.yes_no or query.claims or query.intents)
        and not what_words.isdisjoint(query.words)
        and any(u.kind == "figure" and is_year(u.label) for u in query.units)
        and all(u.kind == "figure" or is_action(u) for u in query.units)
    ):
        return False  # "what was launched in 2021?" after SSGP asks what a year saw: a question of its own
    # "focus on?": a word or two, naming nothing, can only continue the previous question.
    # "what does India import?" (a relation between the partners) stands alone; "under which japanese vision?" not.
    return not query.names_more_than_partners and not query.roles and query.content_words <= 2


#: Words that, with no earlier question, refer to the article's partners ("when did they sign CEPA").
STANDALONE_REFERENCES = frozenset({"they", "them", "their", "both"})


def claims_a_total(query: Query, totals: frozenset[str]) -> bool:
    """Tell whether a message claims a total and nothing else ("toh total 22.85 tha na?", "and the total 20?"):
    one of ``totals`` (the language's words for a total) and figures only."""
    labels = {u.label.casefold() for u in query.units}
    return (
        bool(labels & totals)
        and any(is_number(label) for label in labels)
        and all(label in totals or is_number(label) for label in labels)
    )


def _in_domain(unit: Unit, domains: frozenset[str]) -> bool:
    """Tell whether a unit names a field of ties ("economic", "security"): stems of the language's domain words."""
    return any(len(alternative) == 1 and alternative[0] in domains for alternative in unit.alternatives)


#: Attributes that ask for the items of what was asked before ("name a few" after "how many lines of effort").
LISTING_ATTRIBUTES = frozenset({"names", "members", "contents", "goods"})


def _head_stem(label: str) -> str:
    """Return the stem of a name's last word, the kind of thing it is ("initiative" of "Economic Security
    Initiative"), or ""."""
    words = tokenize(label)
    return stem(words[-1]) if words else ""


def merge(
    previous: Turn,
    query: Query,
    flip: bool,
    partners: frozenset[str] = frozenset(),
    plural_anaphors: frozenset[str] = frozenset(),
    targets: frozenset[str] = frozenset(),
    open_relations: frozenset[str] = frozenset(),
    domains: frozenset[str] = frozenset(),
    attribute_words: Mapping[str, str] = MappingProxyType({}),
    adds: bool = False,
    what_words: frozenset[str] = frozenset(),
    demonstratives: frozenset[str] = frozenset(),
    ellipsis_words: frozenset[str] = frozenset(),
    event_words: frozenset[str] = frozenset(),
    name_heads: frozenset[str] = frozenset(),
    setting_relations: frozenset[str] = frozenset(),
    relation_words: frozenset[str] = frozenset(),
    relation_qualifiers: frozenset[str] = frozenset(),
    party_words: frozenset[str] = frozenset(),
    variants: Callable[[str], tuple[tuple[str, ...], ...]] = lambda _concept: (),
    both_ways: frozenset[str] = frozenset(),
    two_way: frozenset[str] = frozenset(),
    totals: frozenset[str] = frozenset(),
    dated_claim: bool = False,
    rivals: Mapping[str, str] = MappingProxyType({}),
    indefinites: frozenset[str] = frozenset(),
    which_words: frozenset[str] = frozenset(),
    year_limits: frozenset[str] = frozenset(),
    auxiliaries: frozenset[str] = frozenset(),
) -> Query:
    """Read a follow-up against the previous question: its subject, with the follow-up's changes.

    ``partners`` are the article's own partners (casefolded): naming one ("and india's?") replaces the partner
    asked about before, never the earlier subject ("the Act East Forum"). ``variants`` gives a glossary term's
    spellings as stems ("scri", "suppli chain resili initi"). ``dated_claim``: the follow-up only says an act of the
    earlier subject happened in a year ("set up in 2015?"), a claim of its date.
    """

    # "kisne?", "kiske beech?": who did the earlier act, or is in the earlier thing.
    bare_who = "agent" in query.attributes and not query.units

    def kind(unit: Unit) -> str:
        if unit.label.casefold() in partners:
            return "entity"
        return "named" if unit.named else unit.kind

    # A name replaces a name (a state given as a glossary term or as a place alike); a relation a relation.
    # A year replaces a year ("2015 me kya pacts hue?", then "aur 2014 me?").
    kinds = {kind(u) for u in query.units if u.named or u.kind in {"relation", "entity", "figure"}}
    # "and gujarat?" replaces the state asked about; "what about exports?" replaces the relation; but "is it
    # part of CEPA?" keeps "it" (the earlier subject) and adds CEPA.
    # ``adds``: "and the US?" after SCRI asks of the US with SCRI, replacing nothing.
    replaces = not adds and (query.markers.elliptical or query.markers.reversal or query.markers.anaphor is None)
    kept = tuple(u for u in previous.topic if not (replaces and kind(u) in kinds))
    if query.bounds:
        # "is that more than 20 bn?" after "trade 22.85 bn": the bound is what is claimed now; the figure said before
        # is no second figure claimed of the same thing.
        kept = tuple(u for u in kept if u.kind != "figure")
    if _year_asked_about(previous, query, what_words, demonstratives, ellipsis_words, indefinites, year_limits):
        # "aur 2017 me kya hua?" after "cepa kab aaya": a year, after the year of a thing was asked, is what is asked
        # about now (what happened then), not a year claimed of that thing ("was it in 2015?" keeps it). The event
        # asked of the year before stays when none is said ("what was signed in 2015", then "and what in 2025?").
        acts = tuple(u for u in kept if is_action(u) and not u.named)
        # ("what happened in this year 2015" says its own event, a plain one.)
        own_verbs = {stem(t) for t in tokenize(query.text)} & {stem(w) for w in event_words}
        kept = () if any(is_action(u) for u in query.units) or own_verbs else acts
    # "multilateral too?" after "is JIMEX bilateral?": a rival kind of the same set takes the earlier one's place.
    rival_sets = {rivals[u.label.casefold()] for u in query.units if u.label.casefold() in rivals}
    if rival_sets:
        kept = tuple(u for u in kept if rivals.get(u.label.casefold()) not in rival_sets)
    if replaces and any(_in_domain(u, domains) for u in query.units):
        # "what about development cooperation?" after the security pillar: one field of ties replaces the other.
        kept = tuple(u for u in kept if not _in_domain(u, domains))
    if replaces and any(not u.named and u.label in name_heads for u in query.units):
        # "and the forum?" after "act east policy kya hai": the Act East Forum, one kind of thing in the other's place.
        kept = tuple(u for u in kept if u.named or u.label not in name_heads)
    # "kitne ka trade hai total?" after India's exports asks of trade both ways: the one way asked before goes.
    # ("bilateral total?" after India's exports too: a word of both sides with nothing but a total beside it.)
    labels = {u.label.casefold() for u in query.units}
    both_sides = bool(labels & two_way) and labels <= two_way | totals
    # "toh total 22.85 tha na?" after India's exports: a total claimed, with nothing but its figure, is the trade's,
    # both ways (the relation stays the subject, without the side it was asked of).
    totalled = claims_a_total(query, totals)
    whole_trade = (both_sides or any(u.label.casefold() in both_ways for u in query.units)) and not any(
        _is_relation(u) for u in query.units
    )
    if whole_trade:
        kept = tuple(u for u in kept if not _is_relation(u))
    if flip and query.units:
        # "and exports?" after "India's primary imports from Japan": the word that ranked the relation turned round
        # ("primary") was said of that one, not of this; "machinery imports" still asks of machinery.
        said = tokenize(previous.query.text)
        qualifiers = {
            stem(said[i - 1])
            for i, word in enumerate(said)
            if i and word in relation_words and said[i - 1] in relation_qualifiers
        }
        kept = tuple(u for u in kept if u.named or u.kind != "word" or u.token not in qualifiers)
    # "aur kya export karta hai?" after India's imports turns the relation round with a word of its own: the earlier
    # word is no longer asked (kept, it read as both ways, and the next "aur kya import karta hai?" turned nothing).
    turned = (
        {w for w in previous.query.words if w in relation_words} - query.words
        if flip and not query.words.isdisjoint(relation_words)
        else set()
    )
    if turned:
        kept = tuple(u for u in kept if u.named or not set(tokenize(u.label.casefold())) & turned)
    replaced: tuple[Unit, ...] = ()
    heads: set[str] = set()
    if query.markers.other:
        # "any other africa initiative?" after "when was the AAGC set up": another thing, not the old verb.
        kept = tuple(u for u in kept if not is_action(u))
        # "and the other initiative on supply chains?" after the Economic Security Initiative: another thing of
        # its kind in its place, not more of it.
        heads = {stem(u.label.casefold()) for u in query.units if not u.named} & name_heads
        replaced = tuple(
            u
            for u in kept
            if u.named and (_head_stem(u.label) in heads or any(v[-1:] and v[-1] in heads for v in variants(u.token)))
        )
        kept = tuple(u for u in kept if u not in replaced)
    elif query.asks and any(u.named for u in kept):
        # "kis liye?" after "when was the AAGC set up": a new question about the same subject, not the old verb;
        # "name them" after "how many lines of effort" keeps the lines.
        # "uska aim?" (its aim) points at the one named thing; "name them", "when?" may mean the rest as well.
        singular = query.markers.anaphor is not None and query.markers.anaphor not in plural_anaphors
        # "aim?" after "who is SCRI's third partner": an attribute of the named thing, not of its partner.
        singular = singular or (bool(query.attributes - LISTING_ATTRIBUTES) and query.markers.anaphor is None)
        # "kisne?" after "AAGC kab bana" asks who did that act: the act stays.
        kept = tuple(
            u
            for u in kept
            if u.named
            or u.kind in {"entity", "relation"}
            or (bare_who and is_action(u))
            or not (singular or is_action(u))
        )
    if (
        query.yes_no
        and query.markers.anaphor is not None
        and query.markers.anaphor not in plural_anaphors
        and any(kind(u) == "named" or (u.kind in {"word", "concept"} and not is_action(u)) for u in query.units)
        # ("was it the AAGC?" after "what was launched in 2021?": "it" is what was launched then.)
        and any(u.named for u in kept)
    ):
        # "does it cover IPR?", "does it include services?" after "when did CEPA come into effect ...": "it" is CEPA,
        # and IPR is what is claimed of it now; that it came into effect is no part of the claim.
        kept = tuple(u for u in kept if u.named or not is_action(u))
    if query.asks:
        # "year" after "ijicp", "aim": the earlier attribute word was what was asked then, not the subject now.
        kept = tuple(
            u for u in kept if u.named or attribute_words.get(u.label.casefold(), "") in ("", *query.attributes)
        )
    dropped_years: set[str] = set()
    asks_when_again = Intent.WHEN in previous.query.intents and query.intents <= {Intent.WHEN}
    if asks_when_again and any(is_action(u) for u in query.units) and query.words.isdisjoint(what_words):
        # "and updated?" after "when was this article published?": the act asked now takes the earlier one's place
        # (a word the earlier question wrote as a verb, "published", is read as its stem, "publish"). ("where did he
        # sign?" after "who visited Japan?" asks of something done on the visit: the visit stays.)
        verbs = {stem(w) for w in tokenize(previous.query.text) if is_verb_form(w)}
        earlier_acts = [
            u for u in kept if u not in query.units and (is_action(u) or (not u.named and u.label in verbs))
        ]
        if earlier_acts and any(u.named for u in query.units):
            # "और CEPA कब लागू हुआ?" after "2014 में संबंध किस स्तर तक उन्नत हुए?": the year dated the earlier act.
            dated = [u for u in kept if u.kind == "figure" and _YEAR.fullmatch(u.label) and u not in query.units]
            earlier_acts += dated
            dropped_years.update(u.label for u in dated)
            dropped_years.update(n for n in previous.query.numbers if _YEAR.fullmatch(n) and n not in query.numbers)
        kept = tuple(u for u in kept if u not in earlier_acts)
    counted_anew = any(u.kind != "figure" and u.label.casefold() not in totals for u in query.units)
    if Intent.COUNT in query.intents and not query.words.isdisjoint(totals) and counted_anew:
        # "how many pairs in total?" after "and Gujarat with?": all of them counted, not Gujarat's one.
        kept = tuple(u for u in kept if not (u.named or u.kind == "entity"))
    claims_a_year = (
        (query.yes_no or query.claims)
        and bool(query.units)
        and all(u.kind == "figure" and _YEAR.fullmatch(u.label) for u in query.units)
    )
    if claims_a_year and any(u.named for u in kept):
        # "so it was 2014 right?" after "what does CEPA cover?": the year is claimed of CEPA, not of what it covers.
        kept = tuple(u for u in kept if u.named)
    own = tuple(u for u in query.units if u not in kept)
    if "definition" in query.attributes and kept:
        # "uska matlab?" after the IJICP: the word asking what it means is what is asked of the IJICP, no word to find.
        own = tuple(u for u in own if u.named or attribute_words.get(u.label.casefold(), "") != "definition")
    if query.attributes & {"reason", "purpose"} and any(u.named for u in kept):
        # "kiske liye bana tha?" after "AAGC kab bana": its aim, which need not repeat how it began.
        own = tuple(u for u in own if not ("start" in event_kinds(u.label.casefold().split()) and is_action(u)))
    units = kept + own
    # A follow-up naming its own places ("and gujarat?") replaces the earlier ones, in its relations too.
    # A name the earlier answer did not take up ("SCRI with the US?", corrected to Australia) is no longer asked.
    earlier = tuple(
        e
        for e in previous.query.entities
        if e.casefold() in partners
        or any(_names(u, e) for u in previous.topic)
        or not any(_names(u, e) for u in previous.query.units)
    )
    entities = query.entities if "named" in kinds and not adds else earlier + query.entities
    if bare_who:
        # "kisne?" after "japan exports to india?": who does it is asked, so the partners named before are not given
        # by the question; the fact naming them gives them.
        entities = tuple(e for e in entities if e.casefold() not in partners)
    new_partners = tuple(e for e in query.entities if e.casefold() in partners)
    contrast: tuple[str, ...] = ()
    # ("so india hasn't signed?" says what India does with a verb of its own: it sets India against nothing.)
    own_verb = any(is_action(u) for u in query.units)
    if (
        replaces
        and not own_verb
        and any(e.casefold() in partners and e not in new_partners for e in previous.query.entities)
    ):
        contrast = new_partners
    elif (
        replaces
        and len(new_partners) == 1
        and not any(e.casefold() in partners for e in previous.query.entities)
        # ("aur ye India ki competitiveness ke liye hai?" after the IJICP's year says something of "ye", the IJICP, in
        # which India owns a thing: no partner set against an earlier one.)
        and query.markers.anaphor is None
        and not query.markers.demonstrative
    ):
        # "what is the bilateral trade?", then "what about Japan?": Japan's own share of what was asked.
        contrast = new_partners
    # (A journey the earlier question only set itself in, "on his visit to India", is not asked again: "kaun gaya tha
    # phir?" after it asks who went, which the material says the other way round.)
    earlier_roles = tuple(r for r in previous.query.roles if not r.setting)
    roles = query.roles or _substitute(earlier_roles, previous.query.entities, query.entities)
    if not query.roles and any(is_action(u) for u in query.units):
        # "what did he sign?" after "who visited Japan?": another action, not the visit's sides.
        roles = ()
    named_relations = {
        alternative[0].removeprefix(RELATION_PREFIX)
        for u in query.units
        for alternative in u.alternatives
        if alternative[0].startswith(RELATION_PREFIX)
    }
    if not query.roles and query.words & party_words and any(r.relation in named_relations for r in roles):
        # "then whose exports are 17.69?" after "India's exports 17.69?": who does it is what is asked now, so the
        # earlier question's sides are not carried over (nor turned round). ("who did he meet there" after the
        # visit names no relation of its own: the visit's sides stay its setting.)
        roles = ()
    if not query.roles and query.words & what_words and not query.markers.elliptical and query.units:
        # "what were the outcomes?" after "did the PM visit Japan?": a thing of its own asked, the visit its setting
        # (the items of an export asked next are still that export's).
        roles = tuple(r for r in roles if r.relation not in setting_relations)
    if not query.roles and len(query.entities) == 2 and query.words & targets:
        # "and japan to india?" after "what does india export to japan": the same relation, in the order now given.
        first, second = query.entities
        roles = tuple(r.reversed() if (r.agent, r.target) == (second, first) else r for r in roles)
    if flip and not query.roles:
        # "does India restrict anything the other way?" already says who does what: only what it takes over turns.
        roles = tuple(r.reversed() for r in roles)
    if not query.roles:
        roles = tuple(r for r in roles if r.relation not in open_relations)
    if (whole_trade or totalled) and not query.roles:
        roles = ()
    # "any other africa initiative?" asks for another such thing, not the earlier question's date or aim of it;
    # "bilateral or multilateral?" after "what is Dharma Guardian" asks to choose, not for the description again.
    # "is it bilateral?" after "what is JIMEX" asks whether it is so, not the description asked before.
    # ("which Indian policy is it under?", "under which Indian policy?" after "what does the forum do?" ask a policy
    # by name, not its aim.)
    asks_which = not query.words.isdisjoint(which_words) and any(
        not u.named and u.kind in {"word", "concept"} for u in query.units
    )
    inherit = (
        not query.asks
        and not query.markers.other
        and not any(u.options for u in query.units)
        and not query.yes_no
        and not query.asked_head
        and not asks_which
    )
    # "what did he sign?" after "when?" asks what was done, not when: the earlier question word is not its own.
    asks_what_was_done = bool(query.words & what_words) and any(is_action(u) for u in query.units)
    # "countering what?" after "who are its members?" asks a thing of its own words, not the members again.
    # ("what about the mars mission?" asks the same again of something else).
    plain_words = [u for u in query.units if not u.named and u.kind in {"word", "concept"}]
    asks_its_own = (
        bool(query.words & what_words)
        and bool(plain_words)
        and (
            not query.markers.elliptical or _asks_after_and(query, plain_words, what_words, ellipsis_words, auxiliaries)
        )
    )
    # "it is india japan and the US right?" after "what is SCRI?" claims its members; it asks for no description.
    described = query.claims and bool(previous.query.attributes & {"definition"})
    attributes = previous.query.attributes if inherit and not asks_its_own and not described else query.attributes
    if inherit and any(not u.named and u.kind in {"word", "concept"} and not is_action(u) for u in query.units):
        # "japan side policy?" after "which region": the kind of name asked before is not asked of the policy.
        attributes = frozenset(a for a in attributes if not a.startswith("kind:"))
    # "17.69 billion na?", then "total?": a figure said before is not claimed again by a question asking something.
    # A year that tells the earlier subject apart stays ("what happened in 2017?", "what are the 2015 pacts?": no name
    # but the year's; after "what was set up in 2017?", "its aim?" keeps it too: "set up" alone finds any start).
    told_apart = not any(u.named for u in previous.topic if u.kind != "figure")
    unclaimed = not (query.yes_no or query.claims or query.numbers)

    def stays(figure: str) -> bool:
        if figure in dropped_years:
            return False
        return not unclaimed or (told_apart and bool(_YEAR.fullmatch(figure)))

    units = tuple(u for u in units if u.kind != "figure" or u in query.units or stays(u.label))
    dates = query.dates
    named = [u for u in kept if u.named and u.kind == "concept"]
    years = [n for n in query.numbers if _YEAR.fullmatch(n)]
    # ("kya ye 2011 me tha?" says it of "ye", this, as "was it in 2011?" does of "it".)
    pointing = query.markers.anaphor is not None or dated_claim or (query.markers.demonstrative and query.yes_no)
    # ("2011 tha kya?": a year alone claimed, of the earlier subject; "kya 2017 me kuch hua?" asks of the year.)
    pointing = pointing or _claims_a_year(query, indefinites, year_limits)
    if not dates and pointing and len(named) == 1 and len(years) == 1:
        # "was it set up in 2015?" (or "set up in 2015?") after "what is the AAGC": the year is what the claim says
        # of the AAGC.
        dates = ((named[0].token, years[0]),)
    # (Only of a bare "who" of the follow-up's own: "and ehime?" after "who pairs with toyama" asks the same anew.)
    acted = query.acted_events
    if bare_who and not acted:
        # "kisne?" after "IJICP kab launch hua": who did the earlier act, which a fact must state to say who.
        acted = frozenset().union(*(event_kinds(u.label.casefold().split()) for u in units if is_action(u)))
        acted -= ASSERTED_EVENTS
    agent_action = query.agent_action
    if bare_who and not agent_action:
        agent_action = next((stem(u.label.casefold()) for u in units if is_action(u) and " " not in u.label), "")
    return replace(
        query,
        units=units,
        dates=dates,
        acted_events=acted,
        agent_action=agent_action,
        other_than=frozenset(u.token for u in replaced),
        other_kind=frozenset(heads) if replaced else frozenset(),
        intents=(
            previous.query.intents | _when_of(previous, query, what_words)
            if inherit and not (asks_what_was_done or asks_its_own)
            else query.intents
        ),
        attributes=attributes,
        numbers=query.numbers
        if replaces and "figure" in kinds
        else query.numbers | {n for n in previous.query.numbers if stays(n)},
        roles=roles,
        entities=tuple(dict.fromkeys(entities)),
        contrast=contrast,
        # An action ("why was it set up") need not be the fact's own words; what the follow-up names must be.
        # ("and japan's?" after "india's share?" went unanswered: what that follow-up asked is still asked.)
        own_units=frozenset(u.label for u in query.units if u not in kept and not is_action(u))
        | (frozenset() if previous.fact_ids else previous.query.own_units & {u.label for u in units}),
        # (Less the rival kind's word it replaced: "multilateral too?" no longer offers "bilateral" as well.)
        words=query.words | {w for w in previous.query.words if rivals.get(w) not in rival_sets and w not in turned},
        similarity_text=" ".join(" ".join(u.alternatives[-1]) for u in units),
        content_words=len(units),
        # "ye partnerships ..." after the state-prefecture pairs: the kind word now has its thing.
        # ("what does that declaration say?" after it was named: "that" points at it.)
        bare_kind=query.bare_kind if len(units) <= 1 and not query.markers.demonstrative else "",
        # "what approach does India follow?", then "and Japan?": Japan is now the one whose approach is asked.
        subject_partner=(
            contrast[0]
            if len(contrast) == 1 and previous.query.subject_partner not in (None, contrast[0])
            else query.subject_partner or (None if contrast else previous.query.subject_partner)
        ),
    )


def _when_of(previous: Turn, query: Query, what_words: frozenset[str]) -> frozenset[Intent]:
    """Return "when" for a follow-up that names only another thing after a year claim was corrected ("aur IJICP?"
    after "SSGP 2015 mein bana?"); a follow-up asking something of its own ("and what is IJICP?") asks that."""
    if not previous.dated_claim or query.attributes or query.words & what_words:
        return frozenset()
    return frozenset({Intent.WHEN})


def _claims_a_year(query: Query, indefinites: frozenset[str], year_limits: frozenset[str]) -> bool:
    """Tell whether a message claims a bare year ("2015 tha kya?", "toh 2011 mein hua tha na?"); "2015 tak na?" (by
    2015) and "2025 se pehle tha na?" claim no date, and "2017 ka bhi batao na" asks of another year."""
    if not _a_bare_year(query, indefinites) or query.markers.negation:
        return False  # ("2020 me launch nahi hua tha na?" denies that year, which a later date agrees with)
    return (query.yes_no or query.claims) and year_limits.isdisjoint(tokenize(query.text))


def _a_bare_year(query: Query, indefinites: frozenset[str]) -> bool:
    """Tell whether a message gives only figures and asks nothing of "anything" ("2011 tha kya?", not "kya 2017 me
    kuch hua?")."""
    # ("2014 me aaya tha na?" after "CEPA kab aaya?": the verb of the act is the one asked of before.)
    only_figures = any(u.kind == "figure" for u in query.units) and all(
        u.kind == "figure" or is_action(u) for u in query.units
    )
    return only_figures and indefinites.isdisjoint(tokenize(query.text))


def _asks_after_and(
    query: Query,
    plain: Sequence[Unit],
    what_words: frozenset[str],
    ellipsis_words: frozenset[str],
    auxiliaries: frozenset[str],
) -> bool:
    """Tell whether a follow-up opening on "and" goes on to ask a thing of its own words ("and what does it
    counter?", "aur kya kya cover karta hai"), unlike "aur exports ka kya?" (what about the exports?)."""
    said = tokenize(query.text)
    if not said or said[0] not in ellipsis_words:
        return False
    asking = next((i for i, w in enumerate(said) if w in what_words), None)
    if asking is None:
        return False
    # A clause of its own after the question word ("what does it counter", "kya cover karta hai"); "and what areas?"
    # after the forum still asks the same of it.
    if auxiliaries.isdisjoint(said[asking + 1 :]) and query.markers.anaphor is None:
        return False
    after = {stem(w) for w in said[asking + 1 :]}
    return any(not after.isdisjoint(alternative) for u in plain for alternative in u.alternatives)


def _year_asked_about(
    previous: Turn,
    query: Query,
    what_words: frozenset[str] = frozenset(),
    demonstratives: frozenset[str] = frozenset(),
    ellipsis_words: frozenset[str] = frozenset(),
    indefinites: frozenset[str] = frozenset(),
    year_limits: frozenset[str] = frozenset(),
) -> bool:
    """Tell whether a follow-up names only a year after a question asking when a thing was, or asks what of another
    year after a question about a year's thing ("... upgraded in 2014", then "and what was upgraded in 2011")."""
    # (Only after a question that asked for the thing of a year itself, naming none: "did cepa come into effect in
    # 2011?", then "what about 2012?" asks of CEPA.)
    before = previous.query
    dated = any(_YEAR.fullmatch(n) for n in before.numbers) and not any(u.named for u in previous.topic)
    asks_what = (
        dated and not what_words.isdisjoint(tokenize(before.text)) and not what_words.isdisjoint(tokenize(query.text))
    )
    if not (Intent.WHEN in before.intents or asks_what) or query.markers.anaphor is not None:
        return False
    said = [t for t in tokenize(query.text) if t not in ellipsis_words]
    if query.markers.demonstrative and said and said[0] in demonstratives:
        return False  # "ye 2011 me hua na?": "this" happened then, the thing before
    if query.markers.demonstrative and query.yes_no:
        return False  # "kya ye 2011 me tha?", "क्या यह 2011 में था?": whether this was then
    if Intent.WHEN in query.intents or _claims_a_year(query, indefinites, year_limits):
        # "kab hua tha, 2015?", "2015 tha kya?", "toh 2011 mein hua tha na?": a guess at the date asked before, or a
        # claim of it
        return False
    years = [u for u in query.units if u.kind == "figure" and _YEAR.fullmatch(u.label)]
    return bool(years) and not any(u.named for u in query.units)


def _is_relation(unit: Unit) -> bool:
    """Tell whether a unit names a relation ("export", read as "@export" too)."""
    return any(alternative[0].startswith(RELATION_PREFIX) for alternative in unit.alternatives if alternative)


def _names(unit: Unit, entity: str) -> bool:
    """Tell whether a unit of a question is the name of this place or body."""
    return unit.label.casefold() == entity.casefold() or (ENTITY_PREFIX + entity,) in unit.alternatives


def _substitute(roles: tuple[RoleReading, ...], old: tuple[str, ...], new: tuple[str, ...]) -> tuple[RoleReading, ...]:
    """Put a follow-up's one new name in place of the one it replaces; drop relations that cannot be mended."""
    if not new:
        return roles
    replaced = [e for e in old if e not in new]
    mended = []
    for role in roles:
        names = {role.agent, role.target} - {None}
        if not names & set(replaced):
            mended.append(role)
        elif len(new) == 1 and new[0] in names and len(names) == 2:
            # "India's exports to Japan", then "what about Japan's side?": the same relation, the other way.
            mended.append(role.reversed())
        elif len(new) == 1 and len(names & set(replaced)) == 1:
            swap = {e: new[0] for e in replaced}
            mended.append(
                RoleReading(
                    role.relation, swap.get(role.agent or "", role.agent), swap.get(role.target or "", role.target)
                )
            )
    return tuple(mended)
