"""Match a chat question to the facts of the knowledge base, or decline honestly.

The pipeline: read the question once into a structured query (``query``); take candidates from the index
(``index``: every fact scored by the weighted share of the question it covers, the best few re-scored in
detail with the phrasing they read like); run every check on them (``checks``); and decide (``decision``).
Around it: follow-ups lean on the member's previous question (``context``), a message with several
questions gets one answer per part, and comparisons and "which is not" lists are answered from two facts
or one list (``shapes``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from bot.core.answering.checks import (
    ASKED_WORDS,
    DEFAULT_CHECKS,
    KIND_PREFIX,
    Candidate,
    Check,
    Judged,
    Scorer,
    asked_contrasts,
    judge,
    looks_ahead,
    names_asked,
)
from bot.core.answering.context import (
    LISTING_ATTRIBUTES,
    STANDALONE_REFERENCES,
    Turn,
    claims_a_total,
    items_of,
    leans_on_previous,
    merge,
)
from bot.core.answering.decision import answer_features, calibrated, decide, partial_of
from bot.core.answering.index import ENTITY_PREFIX, FactIndex
from bot.core.answering.outcomes import (
    CHOICE_DETAIL,
    CLAIM_DETAIL,
    Answer,
    Clarify,
    Correction,
    Decline,
    DeclineReason,
    Match,
    Outcome,
    Partial,
    Suggestions,
)
from bot.core.answering.query import (
    ASIDE_WORD,
    Query,
    QueryReader,
    Unit,
    asks_amount,
    asks_who_alone,
    asserts_premise,
    is_action,
    only_a_tag,
    phrase_spans,
    split_clauses,
)
from bot.core.answering.roles import RoleReading
from bot.core.answering.sections import SectionTitles, section_summary_fact
from bot.core.answering.shapes import (
    GAP,
    Challenge,
    Choices,
    Comparison,
    OddOneOut,
    Ordering,
    Statements,
    absent_options,
    asks_a_container,
    asks_time_gap,
    bare_year,
    first_amount,
    first_sum,
    first_year,
    is_complete_list,
    named_list,
    odd_one_of,
    options_named,
    part_of_whole,
    pronouns,
    read_age,
    read_challenge,
    read_choices,
    read_comparison,
    read_difference,
    read_gap_side,
    read_heading_question,
    read_odd_one_out,
    read_offset,
    read_ordering,
    read_statements,
    read_time_gap,
    read_year_choice,
    statement_option,
)
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS, Thresholds
from bot.core.answering.wording import event_kinds, is_year
from bot.core.knowledge.base import KnowledgeBase, SourcedFact
from bot.core.knowledge.cache import CompiledCache
from bot.core.knowledge.schema import Fact
from bot.core.language.lexicon import LEXICON, Intent, Lexicon
from bot.core.language.text import content_stems, is_number, normalize, stem, tokenize

#: The note above an answer given again when a member doubts it ("are you sure?").
STANDS_NOTE = "I'm going by the study material, which says:"
#: A bare value the member offers, with no doubt said ("17.69 hai na?"), that the answer just given gives.
AGREES_NOTE = "Yes, that is what the study material says:"
#: The note above the one fact that bears out a yes/no question in full ("is MALABAR multilateral?").
CONFIRMS_NOTE = "Yes. The study material says:"


@dataclass(frozen=True)
class Reply:
    """What the matcher says to a question, and what a follow-up to it may lean on."""

    outcome: Outcome
    turn: Turn | None


def _and_list(names: Sequence[str]) -> str:
    """Return names as a list is written ("A, B and C"; "A" alone)."""
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]


#: What a fact listing the names a "how many ... are named" counts may fail: it need not give a number.
_COUNT_ONLY = frozenset({"asked kind"})


class Matcher:
    """An index over one knowledge base that answers questions."""

    def __init__(
        self,
        base: KnowledgeBase,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
        lexicon: Lexicon = LEXICON,
        checks: tuple[Check, ...] = DEFAULT_CHECKS,
        cache: CompiledCache | None = None,
    ) -> None:
        self.base = base
        self.thresholds = thresholds
        # With a cache, the index of unchanged knowledge files is loaded rather than built (see ``index``).
        self.index = FactIndex(base, thresholds, lexicon, cache=cache)
        self.reader = QueryReader(self.index)
        self.sections = SectionTitles(base.sections, self.lexicon.ignored, thresholds.section_title_similarity)
        self._partner_names = frozenset(p.casefold() for p in self.index.partners)
        #: Words opening a numbered statement that point at what the lead names ("Both are ...").
        self._statement_pointers = self.lexicon.words("statement_pointers")
        #: The words of the articles' publishers' names ("vision", "ias"): never an exam's name.
        self._publisher_words = frozenset(w for source in self.base.sources for w in tokenize(str(source.publisher)))
        self._either_or = self.lexicon.words("either_or")
        #: Words that make a message ask something of its own ("what", "kya", "called"), whatever else it names.
        self._asking_words = frozenset().union(
            *(
                self.lexicon.words(k)
                for k in ("question_starters", "what_words", "which_words", "who_words", "name_words")
            )
        )
        self._relation_word_set = frozenset(self.lexicon.relation_words)
        self._additive_phrases = frozenset(
            tuple(tokenize(p)) for p in self.lexicon.words("additive_words") if tokenize(p)
        )
        # Words setting a year as a bound ("before 2025", "2025 se pehle", "2030 tak"), as read.
        bound_lists: tuple[str, ...] = ("bounds_above", "bounds_below", "bounds_at_least", "bounds_at_most")
        bound_lists += ("bounds_by_year", "bounds_above_after", "bounds_below_after", "bounds_by_year_after")
        bound_lists += ("before_words", "after_words")
        bounds = {p for name in bound_lists for p in self.lexicon.words(name)}
        self._year_bounds = frozenset(f" {' '.join(tokenize(p))} " for p in bounds if tokenize(p))
        # The kinds of programme a name ends on ("policy", "forum"), as a question's plain words are labelled.
        self._name_head_stems = frozenset(stem(w) for w in self.lexicon.words("name_heads"))
        self._attribute_words = {p: a for p, a in self.lexicon.attribute_cues.items() if " " not in p}
        self._domains = frozenset(stem(w) for w in self.lexicon.words("domain_words"))
        self.scorer = Scorer(self.index)
        self.checks = checks
        # A message is read again as it is split into parts, compared or completed: read each text once.
        self._read = lru_cache(maxsize=thresholds.read_cache_size)(self.reader.read)

    @property
    def lexicon(self) -> Lexicon:
        """Return the words the questions are read with."""
        return self.index.lexicon

    def read(self, question: str) -> Query:
        """Read a question into its structured query."""
        return self._read(question)

    def candidates(self, query: Query, article: str | None = None) -> list[Candidate]:
        """Return the best-covering facts (of one article, when given) scored in detail, best first."""
        raw = self.scorer.raw_coverage(query)
        if article is not None:
            mask = self.index.article_masks.get(article)
            raw = np.where(mask, raw, 0.0).astype(np.float32) if mask is not None else np.zeros_like(raw)
        size = self.index.size
        k = min(self.thresholds.candidates, size)
        if k == 0:
            return []
        # (The array's own method: what ``np.argpartition`` calls, without its dispatch.)
        top = (-raw).argpartition(k - 1)[:k] if k < size else np.arange(size)
        # Positions and coverages as Python numbers at once: indexing the arrays one item at a time costs more.
        score = self.scorer.score
        scored = [score(query, i, value) for i, value in zip(top.tolist(), raw[top].tolist(), strict=True) if value > 0]
        scored.sort(key=lambda c: (-c.score, c.fact_id))
        return scored

    def judge(self, query: Query, article: str | None = None) -> list[Judged]:
        """Return the candidates (of one article, when given) with every check's verdict, best first."""
        candidates = self.candidates(query, article)
        if query.excluded:
            candidates = [c for c in candidates if c.fact_id not in query.excluded]
        if query.other_than:
            subjects = self.scorer.subjects
            candidates = [
                c
                for c in candidates
                if query.other_than.isdisjoint(subjects(c.index)) and self._names_another_of(c.index, query)
            ]
        return [judge(query, candidate, self.checks, self.thresholds) for candidate in candidates]

    # ------------------------------------------------------------------ one question
    def _trivial(self, query: Query, previous: Turn | None = None) -> Decline | None:
        t = self.thresholds
        if query.small_talk:
            return Decline(DeclineReason.SMALL_TALK, "greeting or thanks")
        if query.sets_task:
            return Decline(DeclineReason.TASK, "a task for the quiz command (MCQs)")
        # "the other way round?" names nothing and asks nothing, but turns the previous question round.
        # "apart from telecom?" sets a thing aside from the previous question: it asks that question again.
        # "then which one?" asks which of the things the previous question spoke of.
        which_one = previous is not None and query.markers.anaphor in self.lexicon.words("substitute_nouns")
        # "tell me more", "aur batao" after an answer ask for more of it.
        more = previous is not None and bool(previous.fact_ids) and self._asks_for_more(query)
        if (
            not query.units
            and not query.asks
            and not query.markers.reversal
            and not query.set_aside
            and not which_one
            and not more
        ):
            return Decline(DeclineReason.EMPTY, "no question found in the message")
        if previous is not None and not previous.fact_ids and self._bare_who(query):
            # "kisne?" after a question the material did not answer: who did what it does not say either.
            return Decline(DeclineReason.NOT_COVERED, "a bare 'who' after an unanswered question")
        if query.content_words > t.max_content_words:
            return Decline(DeclineReason.TOO_LONG, f"more than {t.max_content_words} content words")
        if self._asks_of_the_exam(query):
            # "upsc prelims 2026 kab hai?": the exam is what it asks about, which no study article covers; not a
            # follow-up asking the same of the thing before.
            return Decline(DeclineReason.NOT_COVERED, "a question about the exam itself")
        return None

    def _asks_of_the_exam(self, query: Query) -> bool:
        """Tell whether a message asks something of the exam itself and names nothing of the material's but the
        partners ("when is prelims?", "prelims 2024 ka cut off kya tha", "UPSC mains me Japan pe question aaya?")."""
        if query.markers.anaphor is not None or query.markers.continues:
            return False
        words = tokenize(query.text)
        exams = self.lexicon.words("exam_words") - self._publisher_words
        if query.yes_no and self._relevance_to_an_exam(words, exams):
            # "is india japan important for prelims 2026?", "is CEPA important for mains?" ask what the exam will
            # hold, which no article says.
            return True
        if query.names_more_than_partners:
            return False
        # ("mcq: which exercise is bilateral?" asks of the material's own terms, for the exam.)
        partners = self.scorer.partner_concepts
        if query.roles or any(u.kind == "concept" and u.token not in partners for u in query.units):
            return False  # ("for upsc: what does india export to japan" asks of the partners' trade.)
        # ("give me the answer key for prelims 2025": a thing of the exam, asked for however it is asked.)
        artefacts = any(set(a.split()) <= set(words) for a in self.lexicon.words("exam_artefacts"))
        if not (query.asks or query.yes_no or query.claims or artefacts or not self._asking_words.isdisjoint(words)):
            return False
        # ("who published this, vision ias?": a publisher's name is no exam.)
        if exams.isdisjoint(words) or not self.lexicon.words("document_words").isdisjoint(words):
            return False  # ("upsc: when was the article posted?" asks of the article.)
        # ("prelims ke liye kab aaya?" asks when something came, for the exam: an act of the thing before.)
        return not query.only_actions

    def _a_fact_s_own_question(self, outcome: Outcome) -> bool:
        """Tell whether a question decided on its own is wholly one fact's own question (covered, at the top score)."""
        return (
            isinstance(outcome, Answer)
            and outcome.best.coverage >= 1.0
            and outcome.best.score >= self.thresholds.standalone_score
        )

    def _relevance_to_an_exam(self, words: Sequence[str], exams: frozenset[str]) -> bool:
        """Tell whether a word of relevance stands beside an exam's name ("important for prelims", "prelims ke liye
        important"): "for mains, is it important for the Indo-Pacific?" asks of the Indo-Pacific."""
        reach = self.thresholds.exam_relevance_reach
        relevant, marks = self.lexicon.words("exam_relevance"), self.lexicon.words("exam_relevance_marks")
        # ("come in the 2026 mains": the year beside an exam is its sitting, no word between the two.)
        words = [w for w in words if not w.isdigit()]
        for i, word in enumerate(words):
            if word not in relevant:
                continue
            if not exams.isdisjoint(words[i + 1 : i + reach + 1]):
                return True  # "important for prelims", "likely to come in prelims"
            before = words[max(0, i - reach - 1) : i]
            # "prelims 2026 ke liye important": the exam before the word, marked as what it is for.
            if not exams.isdisjoint(before) and not marks.isdisjoint(before):
                return True
        return False

    def _decide(self, query: Query, article: str | None = None, claims: bool = True) -> Outcome:
        # ``claims``: False for a follow-up that brings nothing of its own ("why?"): what it leans on is the bot's
        # own earlier answer, no premise of the member's to correct.
        if not query.units:
            return Decline(DeclineReason.EMPTY, "no subject in the question")
        judged = self.judge(query, article)
        if not judged:
            # No fact shares a word: a name the base never mentions is said so; one it does ("Ehime" carried from
            # the question before) is not.
            unknown = [e for e in query.entities if ENTITY_PREFIX + e not in self.index.weights]
            if unknown:
                return Decline(DeclineReason.NOT_MENTIONED, ", ".join(unknown))
        if query.counts_names and query.counted and not (query.set_aside or query.numbers or query.excluded):
            named = self._names_counted(query, judged)
            if named is not None:
                return named
        outcome = decide(query, judged, self.thresholds, premise=claims and asserts_premise(query))
        if isinstance(outcome, Correction) and not claims:
            # "why does japan do that" after Japan's approach leans on the bot's own answer: there is no premise of
            # the member's to correct, only what the material does and does not say of it.
            corrected = {m.fact.fact.id for m in outcome.related}
            shown = [j for j in judged if j.candidate.fact_id in corrected]
            return partial_of(query, shown, self.thresholds) or Suggestions(outcome.related, near_tie=False)
        if isinstance(outcome, Answer) and "date_ahead" in query.attributes and self._dated_before(outcome, judged):
            # "when will CEPA come into effect?" against "came into effect in 2011": it has already happened.
            return Correction(outcome.matches, detail="asks when it will happen; the material dates it", reversed=False)
        if isinstance(outcome, Answer) and claims:
            narrowed = self._narrowed_list(query, outcome) or self._party_alone(query, outcome)
            if narrowed is not None:
                return narrowed
        if (
            isinstance(outcome, Partial)
            and Intent.COUNT in query.intents
            and query.counted
            and not (query.set_aside or query.excluded)
        ):
            # ("how many exercises besides MILAN": what a list names is not what is left of it; "how many pacts were
            # signed in 2015" counts only a list its year is given with.)
            return self._count_named(query, judged) or outcome
        if isinstance(outcome, Partial) and "names" in query.attributes and query.counts:
            return self._fewer_named(query, judged) or outcome
        return outcome

    @staticmethod
    def _dated_before(outcome: Answer, judged: Sequence[Judged]) -> bool:
        """Tell whether the fact answering "when will ..." dates the event, saying nothing of what lies ahead."""
        best = outcome.best.fact.fact.id
        profile = next((j.candidate.profile for j in judged if j.candidate.fact_id == best), None)
        return profile is not None and profile.has_year and not looks_ahead(profile)

    def _fewer_named(self, query: Query, judged: Sequence[Judged]) -> Partial | None:
        """Show the names a fact lists when more are asked for ("what are the eight lines of effort?" against the
        five the article names), with the fact giving how many there are in all."""
        close = [j for j in judged[: self.thresholds.max_suggestions] if j.candidate.unmet_attributes == ("names",)]
        # (Each candidate's list and the number asked of what it lists, read once.)
        lists = (
            (j, len(items_of(j.candidate.fact.fact, fewest=2)), names_asked(query, j.candidate.fact.fact.answer))
            for j in close
        )
        found = next(((j, named, asked) for j, named, asked in lists if 2 <= named < asked), None)
        if found is None:
            return None
        listing, named, asked = found
        # The fact giving the number asked for of the same things, when one does: "eight lines of effort (8 in all)"
        # (not "a 4 min read" for "the 4 QUAD focus areas").
        counted = query.counts.get(str(asked), frozenset())
        total = [
            j.match
            for j in close
            if j is not listing
            and any(figure == str(asked) and nouns & counted for figure, nouns in j.candidate.profile.counts)
        ]
        return Partial(f"all {asked} names (it names {named})", (listing.match, *total[:1]))

    def _bare_who(self, query: Query) -> bool:
        """Tell whether a message is only a "who" ("kisne?", "by whom?", "kiske beech?"): it asks the doer of what was
        asked before, naming nothing."""
        return not query.units and query.attributes == {"agent"} and asks_who_alone(tokenize(query.text), self.lexicon)

    def _asks_anew(self, query: Query) -> bool:
        """Tell whether a follow-up is a whole question of its own ("what are the pillars?"): it opens on what or
        which, points at nothing, claims nothing and asks of things, not of an attribute, an act or a name."""
        tokens = [t for t in tokenize(query.text) if t not in self.lexicon.words("filler")]
        markers = query.markers
        if not tokens or tokens[0] not in self.lexicon.words("what_words") | self.lexicon.words("which_words"):
            return False
        if markers.anaphor is not None or markers.demonstrative or markers.elliptical or markers.other:
            return False
        if query.asks or query.claims or query.yes_no or not query.units:
            return False
        return all(not u.named and u.kind in {"word", "concept"} and not is_action(u) for u in query.units)

    @staticmethod
    def _reads_of(answer: str, units: tuple[Unit, ...]) -> bool:
        """Tell whether an answer's own words say each of the units ("what was the total?" of "... out of total
        bilateral trade ..."), not only its section or phrasings."""
        said = {stem(t) for t in tokenize(answer)}
        return all(any(alternative[-1] in said for alternative in u.alternatives) for u in units)

    def _party_alone(self, query: Query, outcome: Answer) -> Correction | None:
        """Correct a claim that one party did a thing alone ("did only japan set up the AAGC?", "by japan alone?")
        when the fact answering it names the other partner doing it too ("India and Japan jointly established ...")."""
        if not (query.yes_no or query.claims) or query.markers.negation:
            return None
        tokens = tokenize(query.text)
        alone = self.lexicon.words("party_alone_words")
        said = {t for i, t in enumerate(tokens) if any(w in alone for w in tokens[max(0, i - 1) : i + 2])}
        parties = {e for e in query.entities if any(w in said for w in tokenize(e))}
        # ("only india and japan ..." names both: it claims no one of them alone.)
        if len(parties) != 1 or self._partner_names <= {e.casefold() for e in query.entities}:
            return None
        party = next(iter(parties)).casefold()
        if party not in self._partner_names:
            return None
        # Only the two partners named together as its doers ("India and Japan jointly ..."), not the other partner as
        # what it is done to ("Japan restricts nuclear technology transfers to India").
        answer = tokenize(outcome.best.fact.fact.answer)
        joiners = self.lexicon.words("both_joiners")
        together = any(
            {a, c} == self._partner_names and b in joiners
            for a, b, c in zip(answer, answer[1:], answer[2:], strict=False)
        )
        if not together:
            return None
        return Correction(outcome.matches, detail=f"{party} was not alone", reversed=False)

    def _narrowed_list(self, query: Query, outcome: Answer) -> Correction | None:
        """Correct a claim that a list holds only one of its items ("CEPA covers only trade in goods", "the mobility
        partnership only covers railways?"): the fact answering it lists that item among others."""
        words = self.lexicon.words
        tokens = tokenize(query.text)
        at = next((i for i, t in enumerate(tokens) if t in words("restrictive_words")), None)
        if at is None or not words("question_starters").isdisjoint(tokens):
            return None  # "which sector does it only cover?", "if it covers only goods, what else?" ask
        skipped = words("containing_verbs") | self.lexicon.ignored | words("premise_tags")
        said = [t for t in tokens[at + 1 :] if t not in skipped]
        if not said:
            return None
        claimed = {stem(t) for t in said}
        items = items_of(outcome.best.fact.fact, fewest=2)
        holding = [item for item in items if claimed <= {stem(w) for w in tokenize(item)}]
        if len(holding) != 1:
            return None  # (a list holds two items or more: one holding the claim leaves others beside it)
        return Correction((outcome.best,), f"lists {len(items)} items, not only {holding[0]}", reversed=False)

    def _names_counted(self, query: Query, judged: Sequence[Judged]) -> Answer | None:
        """Count the names a fact about the counted thing lists, for "how many lines of effort are named?" (five),
        when a fact states another number in all (eight): the names, not the total, are asked."""
        t, head = self.thresholds, query.counted[-1]
        # Facts on the question but for the count some of them lack ("the lines the article names include ...").
        close = [j for j in judged[: t.max_suggestions] if {v.check for v in j.verdicts if not v.ok} <= _COUNT_ONLY]
        listing: Judged | None = None
        items: tuple[str, ...] = ()
        for j in close:
            answer = j.candidate.fact.fact.answer
            if head not in {stem(w) for w in tokenize(answer)}:
                continue
            items = named_list(answer, query.counted, self.index.senses.token) or items_of(j.candidate.fact.fact)
            if len(items) >= 2:
                listing = j
                break
        if listing is None:
            return None
        matches = [listing.match]
        total = ""
        for j in close:
            stated = next((figure for figure, nouns in j.candidate.profile.counts if head in nouns), "")
            # Only more in all than it names: a total at most the names is no count of others left unnamed.
            if stated.isdigit() and int(stated) > len(items):
                total = stated
                if j is not listing:
                    matches.append(j.match)
                break
        if not total:
            return None  # no total to tell the names from: the count of what is listed is read as any other
        note = (
            f"The material names {len(items)}: {_and_list(items)}. It gives {total} in all; the others are not named."
        )
        confidence = calibrated(answer_features(query, listing, judged), t.calibration)
        return Answer(tuple(replace(m, confidence=round(confidence, 4)) for m in matches), note=note)

    def _count_named(self, query: Query, judged: Sequence[Judged]) -> Answer | None:
        """Count the names the material lists for a "how many" it gives no number for ("how many exercises are
        mentioned": JIMEX, Dharma Guardian, MILAN, MALABAR), from every fact that fails only for want of a number.
        """
        t, token_of = self.thresholds, self.index.senses.token
        found: list[Match] = []
        first: Judged | None = None
        names: dict[str, str] = {}
        for j in judged:
            if (found and found[0].score - j.candidate.score >= t.plural_margin) or len(found) >= t.plural_facts:
                break
            if {v.check for v in j.verdicts if not v.ok} != {"asked kind"} or j.candidate.missing != ("count",):
                continue
            answer = j.candidate.fact.fact.answer
            if query.numbers and not self._figures_of_the_counted(answer, query.numbers, query.counted[-1:]):
                continue
            listed = named_list(answer, query.counted, token_of) or self._listed_after(
                j.candidate.fact.fact, query.counted[-1:], bool(query.numbers)
            )
            if listed:
                first = first or j
                found.append(j.match)
                names.update((name.casefold(), name) for name in listed)
        if first is None:
            return None
        shown = list(names.values())
        listing = _and_list(shown)
        # "exercises such as MILAN and MALABAR" gives examples: the count is of the names, not of all there are.
        examples = any(not is_complete_list(m.fact.fact.answer) for m in found)
        aside = " (as examples; there may be more)" if examples else ""
        note = f"The material names {len(shown)}{aside}: {listing}."
        confidence = calibrated(answer_features(query, first, judged), t.calibration)
        return Answer(tuple(replace(m, confidence=round(confidence, 4)) for m in found), note=note)

    def _listed_after(self, fact: Fact, counted: tuple[str, ...], dated: bool) -> tuple[str, ...]:
        """Return the items of a whole list a fact gives right after the noun counted ("pacts on defense equipment
        transfer and on protection of classified information": two pacts), or ().

        The noun in other words ("समझौते", agreements, for the pacts) counts only a list the question ties down with
        its figure (``dated``: "2015 में कितने समझौते"): "how many agreements did they sign" asks of more than pacts.
        """
        items = items_of(fact, fewest=2)
        if not counted or not items or not is_complete_list(fact.answer):
            return ()
        keys, reach = self.index.glossary.word_keys, self.thresholds.listed_noun_reach
        words = tokenize(fact.answer)
        first = tokenize(items[0])
        starts = [i for i in range(len(words)) if words[i : i + len(first)] == first]
        if not starts:
            return ()
        noun = stem(counted[0])
        before = [stem(w) for w in words[max(0, starts[0] - reach) : starts[0]]]
        if noun in before:
            return items
        return items if dated and any(keys(noun) & keys(w) for w in before) else ()

    def _figures_of_the_counted(self, answer: str, figures: frozenset[str], counted: tuple[str, ...]) -> bool:
        """Tell whether each figure a "how many" question gives stands near the counted noun in an answer ("In 2015
        ... concluded pacts on ...": the pacts are of 2015; "the 2015 pacts ...; exercises (JIMEX ...)" dates no
        exercise)."""
        if not counted:
            return False
        keys, reach = self.index.glossary.word_keys, self.thresholds.listed_figure_reach
        asked = keys(stem(counted[0]))
        words = tokenize(answer)
        return all(
            any(
                any(asked & keys(stem(w)) for w in words[max(0, i - reach) : i + reach + 1])
                for i, word in enumerate(words)
                if word == figure
            )
            for figure in figures
        )

    def _without_lead_in(self, query: Query) -> Query:
        """Return a question read without the words that open it as a continuation ("and", "what about")."""
        tokens = tokenize(query.text)
        starters = self.reader.ellipsis_positions(tokens)
        lead = 0
        while lead in starters:
            lead += 1
        if not lead or lead == len(tokens):
            return query
        # The rest as written: its question mark and capitals are part of how it reads ("MALABAR is bilateral?").
        text, at = query.text, 0
        folded = text.casefold()
        for token in tokens[:lead]:
            found = folded.find(token, at)
            if found < 0:
                return self.read(" ".join(tokens[lead:]))
            at = found + len(token)
        return self.read(text[at:].lstrip(" ,.;:!-"))

    def _in_context(self, query: Query, previous: Turn | None) -> tuple[Outcome, Query]:
        """Decide a question on its own, or as a follow-up to the previous one when it leans on it."""
        t = self.thresholds
        if query.markers.returns and previous is not None and previous.earlier is not None:
            previous = previous.earlier
        if previous is not None and previous.fact_ids and not previous.unanswered and self._asks_for_more(query):
            # "tell me more", "aur batao", "और बताओ" after an answer: what else the material says of the same thing.
            # (Whatever of it was asked before: "what is the AAGC?", then "tell me more" may get when it was set up;
            # but "what else?" after "what does CEPA cover?" asks what else it covers.)
            wider = replace(
                previous.query,
                attributes=previous.query.attributes & LISTING_ATTRIBUTES,
                intents=frozenset(),
                asked_head="",
                excluded=previous.query.excluded | frozenset(previous.fact_ids),
            )
            more = self._decide(wider)
            if isinstance(more, Answer):
                return more, wider
            return Decline(DeclineReason.NOTHING_MORE, "nothing more on it"), wider
        if query.markers.other and previous is not None and previous.fact_ids:
            # "any other africa initiative?": not the one just given.
            query = replace(query, excluded=frozenset(previous.fact_ids))
        if previous is not None and self._member_of_no_group(query, previous):
            # "is Russia (also) a member?" after India's approach: a member of nothing spoken of.
            return self._decide(query), query
        if previous is not None:
            query = self._sides_of_the_earlier_relation(query, previous)
        pending = previous is not None and previous.pending
        if (
            previous is None
            and query.attribute_only
            and query.markers.anaphor is None
            and not (query.words & self.lexicon.words("document_words") or "author" in query.attributes)
        ):
            # "aim?", "how long?" with nothing before them: of what?
            return Clarify(query.opening), query
        if previous is None and not query.units and "names" in query.attributes:
            # "names?", "what are their names?" with nothing before them: the names of what?
            return Clarify(query.markers.anaphor or query.opening), query
        if (
            previous is None
            and query.content_words == 1
            and not any(u.named for u in query.units)
            and any(a.startswith(KIND_PREFIX) for a in query.attributes)
        ):
            # "region?" with nothing before it: the region of what?
            return Clarify(query.opening), query
        if previous is None and self._totals_alone(query):
            # "total?" with nothing before it: the total of what? (The reply naming it asks how many: "state
            # prefecture pairs" after it is counted.)
            return Clarify(query.opening), replace(query, units=(), intents=frozenset({Intent.COUNT}))
        if previous is None and self._years_alone(query):
            # "how many years?", "uska year?" with nothing before it: of what? (What is asked stays the question's.)
            return Clarify(query.markers.anaphor or query.opening), query
        if previous is None and self._claims_of_it_alone(query):
            # "is it part of QUAD?", "kya ye QUAD ka part hai?" with nothing before: what "it" is, the claim is of.
            return Clarify(query.markers.anaphor or query.opening), query
        claimed_alone = self._bare_claim_alone(query) if previous is None else ""
        if claimed_alone:
            # "so it's Shizuoka right?", "toh 22.85 tha na?" with nothing before: a name or figure claimed of what?
            if query.markers.anaphor is not None:
                return Clarify(query.markers.anaphor), query
            return Clarify(claimed_alone, detail=CLAIM_DETAIL), query
        if (
            previous is None
            and query.markers.dangling
            and query.content_words <= 1
            and not query.names_more_than_partners
            and not query.words.isdisjoint(self.lexicon.words("who_words"))
        ):
            # "against whom?", "kiske against?" with nothing before: against whom is what, or who, of what?
            return Clarify(query.markers.anaphor or query.opening), query
        if previous is None and self._bare_choice(query):
            # "bilateral or multilateral?" with nothing before it: a choice about what?
            typed = _CHOICE_TYPED.search(query.text)
            return Clarify(typed.group(0) if typed else query.units[0].label, detail=CHOICE_DETAIL), query
        if previous is None and self._asks_an_act_of_partners_alone(query):
            # "did india sign?" with nothing before it: signed what?
            return Clarify(query.opening), query
        words = self.lexicon.words
        if (
            not leans_on_previous(
                query,
                previous is not None,
                pending,
                words("object_anaphors"),
                words("passive_auxiliaries"),
                words("what_words") | words("which_words"),
            )
            and not self._fills_open_side(query, previous)
            and not self._asks_the_same_of(query, previous)
        ):
            return self._decide(query), query
        if previous is None:
            # "aur UP ka?" with nothing before it: what it asks of UP is the earlier question's, which is missing.
            # ("and what does india import?" reads a relation with its side named: a question of its own.)
            dangling = query.markers.continues and not query.asks and query.content_words <= 2 and not query.roles
            dangling = dangling and not (query.claims or query.yes_no)  # ("and MALABAR is multilateral?")
            # ("so cepa 2011 na?", "toh japan 17.69 na?": a tag closing it says it is a claim, of what it names.)
            # (Read from the last word, not ``query.tagged``: "so UP na?" states nothing but a name of function-word
            # spelling, and still claims it.)
            said = tokenize(query.text)
            dangling = dangling and not (said and said[-1] in self.lexicon.words("premise_tags"))
            # So is "does china?": the verb an auxiliary stands for; and "china too?": too, beside what?
            # ("JIMEX bhi quad me aata?" says what it asks of JIMEX.)
            added = query.markers.elliptical and query.content_words == 1 and self._adds_to_before(query)
            dangling = dangling or query.auxiliary_only or added
            # "was that in 2015?" with nothing before: "that" is nothing yet, and a year alone names no thing.
            pointless = (
                query.markers.demonstrative
                and query.markers.anaphor in self.lexicon.words("demonstrative_anaphors")
                and (query.yes_no or query.claims)
                and all(u.kind == "figure" for u in query.units)
            )
            if pointless:
                return Clarify(query.markers.anaphor or query.opening), query
            if query.has_subject and not (dangling and not query.markers.reversal):
                if query.markers.continues:
                    # "and what does japan export?" with nothing before it is read as the question after the "and".
                    query = self._without_lead_in(query)
                return self._decide(query), query
            # With nothing before it, "when was it updated?" can only be about the article itself.
            if query.markers.anaphor is not None and not query.markers.elliptical:
                alone = self._decide(query)
                # "why is this in the news?": "this", with something it is asked of, is the article's own topic;
                # "when was this set up?" asks only an action of it, so it stays a question to ask back.
                this = query.markers.anaphor in self.lexicon.words("demonstrative_anaphors")
                topical = this and bool(query.units) and not query.only_actions
                if (
                    isinstance(alone, Answer)
                    and (self._about_the_article(alone) or topical)
                    and alone.best.coverage >= t.document_coverage
                ):
                    return alone, query
            return Clarify(query.markers.anaphor or query.opening), query
        if self._bare_who(query) and not previous.query.words.isdisjoint(self.lexicon.words("who_words")):
            # "who?" after "who is japan's prime minister?" asks the same again: what was said of it then.
            return self._decide(previous.query), previous.query
        if query.markers.anaphor is not None and not query.has_subject and self._answered_of_the_article(previous):
            # "who wrote it?" after the article's dates: "it" is the article, not the date just asked.
            anaphor = query.markers.anaphor
            spelled = ["this article" if word == anaphor else word for word in tokenize(query.text)]
            return self._decide(self.read(" ".join(spelled))), query
        if self._totals_alone(query) and not self._gave_a_sum(previous) and not self._names_a_relation(previous.query):
            # "total?" after a list: how many in all, as "total kitne?" asks ("total?" after a sum, or after the goods
            # of trade, asks a sum); the one fact just given says it, or says no number.
            query = replace(query, units=(), intents=frozenset({Intent.QUANTITY}))
            counted = self._count_of_the_answer(previous)
            if counted is not None:
                return counted, query
        if not query.units and query.intents == {Intent.COUNT} and len(previous.fact_ids) > 1:
            # "how many?" after the pairs given one fact each: a fact that counts them all, if one does.
            several = self._count_of_several(previous)
            if several is not None:
                return several, query
        owned = self._owner_claimed_of_it(query, previous) or self._partner_s_side(query, previous)
        if owned is not None:
            return owned
        if query.set_aside and not query.units and not self._in_answer(query.set_aside, previous):
            # "apart from telecom?" after CEPA's year: nothing of the earlier answer is set aside; which list is meant?
            return Clarify(query.opening), query
        if not previous.topic and not query.has_subject and query.markers.anaphor is not None:
            # The earlier message named nothing either ("aur UP ka?" asked back): "uska aim?" still has no "us".
            return Clarify(query.markers.anaphor), query
        # A follow-up that names its own subject and is answered on its own is not bent to the old topic.
        # ... unless it points back ("which country is india working with on it?"): "it" is the earlier subject.
        pointing = query.markers.anaphor is not None or self._claims_countries_of_this(query)
        # "usa bhi hai na?" after SCRI's partner: the US too, in SCRI; not whatever names the US.
        pointing = pointing or (self._adds_to_before(query) and self._joins_the_subject(query, previous))
        # The question decided on its own, when some step below needs it (decided once).
        on_its_own: Outcome | None = None
        if query.names_more_than_partners and not (
            query.markers.elliptical or query.markers.reversal or pending or pointing
        ):
            on_its_own = self._decide(query)
            if isinstance(on_its_own, Answer):
                return on_its_own, query
        # "what were the key outcomes?" after why the ties are in the news: a fact's own question, whole, answered on
        # its own. ("what were the outcomes?" after the visit is of the visit: a word alone matches many a fact's own
        # question, and is taken only when the question read as a follow-up finds no answer, below.)
        stands_alone = (
            on_its_own is None
            and bool(query.units)
            and not (query.markers.elliptical or query.markers.reversal or query.markers.continues)
            and not (pending or pointing or query.attribute_only or query.yes_no or query.claims)
        )
        if stands_alone and query.content_words >= 2:
            on_its_own = self._decide(query)
            if self._a_fact_s_own_question(on_its_own):
                return on_its_own, query
        if any(r.agent and r.target and r.relation in self.lexicon.symmetric_relations for r in query.roles):
            # "aur UP ka shizuoka hai na?" after other pairs: a pair named whole is a claim of its own, however it
            # opens; corrected or confirmed as it stands.
            on_its_own = on_its_own if on_its_own is not None else self._decide(query)
            if isinstance(on_its_own, Answer | Correction):
                return on_its_own, query
        what = self.lexicon.words("what_words")
        # ("what is 22.85 billion?": a sum is its figure with the measure it is counted in.)
        only_figures = any(u.kind == "figure" for u in query.units) and all(
            u.kind == "figure" or self.reader.a_measure(u) for u in query.units
        )
        # ("kya ye 2011 me tha?": "kya" opening a statement asks whether it is so, not what the year is.)
        if only_figures and not what.isdisjoint(query.words) and query.markers.anaphor is None and not query.yes_no:
            # "then what is 22.85?" after Japan's exports: what the figure is, wherever the material gives it.
            alone = self._decide(self._without_lead_in(query))
            if isinstance(alone, Answer):
                return alone, query
        # ("does china?" claims nothing of its own: the verb is the earlier question's.)
        whole_claim = (query.claims or query.yes_no) and not self._adds_to_before(query) and not query.auxiliary_only
        # ("with the US right?" after SCRI names a country and no thing of its own: it claims something of SCRI.)
        # ("ye india japan US ka hai na?": the partners together are no thing of its own either.)
        whole_claim = whole_claim and any(
            u.named and u.label not in query.entities and u.token not in self.scorer.partner_concepts
            for u in query.units
        )
        if whole_claim and query.names_more_than_partners and not pointing and not pending:
            # "and MALABAR is multilateral?" after "is JIMEX bilateral?": a claim naming its own subject is checked as
            # it stands; read with the question before it, it claimed JIMEX multilateral too.
            bare = self._without_lead_in(query)
            alone = self._decide(bare)
            whole = isinstance(alone, Answer) and all(u.label in alone.best.covered for u in bare.units)
            if whole or isinstance(alone, Correction):
                return alone, bare
        partners = self.scorer.partner_concepts
        if any(u.token not in partners for u in previous.topic):
            # "India and Japan" are what every fact of the article is about: the earlier subject is the rest.
            previous = replace(previous, topic=tuple(u for u in previous.topic if u.token not in partners))
        flip = self._flips(previous, query)
        if (
            flip
            and not previous.query.roles
            and len(previous.fact_ids) == 1
            and self.base.has_fact(previous.fact_ids[0])
        ):
            # "imports?", then "exports?": no parties were named, so the relation the answer stated is turned round.
            stated = self.index.profiles[self.base.position_of(previous.fact_ids[0])].roles
            asked = {relation for relation, _reverse in previous.reverse_words}
            turned = tuple(r for r in stated if r.relation in asked)
            if turned:
                previous = replace(previous, query=replace(previous.query, roles=turned))
        joins = self._joins_the_subject(query, previous)
        dated_claim = self._dated_claim(query, previous)
        merged = merge(
            previous,
            query,
            adds=joins,
            flip=flip,
            partners=self._partner_names,
            plural_anaphors=self.lexicon.words("plural_anaphors"),
            targets=self.lexicon.words("relation_targets"),
            # "export or import?" asks which way: the earlier question's direction is not carried over.
            open_relations=frozenset(r for r, ways in _relation_ways(query, self.lexicon).items() if len(ways) == 2),
            domains=self._domains,
            attribute_words=self._attribute_words,
            what_words=self.lexicon.words("what_words"),
            demonstratives=self.lexicon.words("demonstrative_anaphors"),
            ellipsis_words=self.lexicon.words("ellipsis_starters"),
            event_words=self.lexicon.words("common_verbs"),
            name_heads=self._name_head_stems,
            setting_relations=self.lexicon.words("events_of_people"),
            relation_words=self._relation_word_set,
            relation_qualifiers=self.lexicon.words("relation_qualifiers"),
            party_words=self.lexicon.words("whose_words") | self.lexicon.words("who_words"),
            variants=self.index.glossary.variants,
            both_ways=self.lexicon.words("both_ways_words"),
            two_way=self.lexicon.words("two_way_wholes"),
            totals=self.lexicon.words("count_totals"),
            dated_claim=dated_claim,
            rivals=self.lexicon.contrast_groups,
            indefinites=self.lexicon.words("indefinite_words"),
            year_limits=self.lexicon.words("year_limits"),
            auxiliaries=self.lexicon.words("yes_no_starters") | self.lexicon.words("asked_head_enders"),
            which_words=self.lexicon.words("which_words"),
        )
        # "home ministers bhi?" after the 2+2's ministers claims the earlier subject has them too: a claim to check.
        # ("and multilateral too?" after "which exercises are bilateral" asks the same "which" of another kind of its
        # set; "MALABAR bhi?" after it still claims MALABAR is bilateral.)
        asked_which = not self.lexicon.words("which_words").isdisjoint(tokenize(previous.query.text))
        adds = (
            self._adds_to_before(query) and not query.asks and not (asked_which and self._rival_kind(query, previous))
        )
        if adds:
            merged = replace(merged, claims=True, additive=True)
            named = [e for e in query.entities if e.casefold() in self._partner_names]
            if named:
                # "India bhi usme hai na?" after Japan's alliance system claims it of India, as it is of Japan: the
                # claim is India's alone.
                kept = tuple(e for e in merged.entities if e.casefold() not in self._partner_names or e in named)
                merged = replace(merged, entities=kept, subject_partner=named[0] if len(named) == 1 else None)
                others = sorted(set(self.index.partners) - set(named))
                marked = not self.lexicon.words("relation_targets").isdisjoint(tokenize(query.text))
                if len(named) == 1 and len(others) == 1 and not marked and not query.roles:
                    # "India ne bhi?" after "Japan ne India ko nuclear reactors export kiye?": India does it too, to
                    # the other partner (a side marked "ko", "to" is the one done to).
                    pair = set(self.index.partners)
                    turned = tuple(
                        RoleReading(r.relation, named[0], others[0]) if {r.agent, r.target} - {None} <= pair else r
                        for r in merged.roles
                    )
                    merged = replace(merged, roles=turned)
        # (What the follow-up itself asks: "how much" inherited from the question before asks nothing new.)
        asks_nothing = not (query.intents or query.attributes)
        # ("aur India ka Japan ko?" after Japan's exports to India: the same relation, turned round by name; "and what
        # does India export to Japan?" asks what, not how much.)
        # ("and India to Japan?" after "Japan se export kitna?", whose receiver went unsaid: Japan is no doer now.)
        turned_round = not (query.words & self.lexicon.words("what_words")) and any(
            p.relation == r.relation and p.agent != r.agent and r.target is not None and p.agent == r.target
            for r in merged.roles
            if r.agent and r.target
            for p in previous.query.roles
        )
        sum_again = (merged.contrast or turned_round) and merged.roles and asks_nothing and self._gave_a_sum(previous)
        if sum_again:
            # "and India's export?" after Japan's exports were answered with their worth: the worth is asked again.
            merged = replace(merged, intents=frozenset({Intent.QUANTITY}), claims=merged.claims and not turned_round)
        # A follow-up stays within the article of the question it follows, unless only another one answers it;
        # after "which article do you mean?", the reply names one.
        article = previous.articles[0] if len(previous.articles) == 1 else self._named_article(query, previous)
        # (The sum asked again of the other side is a question, not a claim its names make: "and India to Japan?")
        claims = (bool(merged.own_units) and not sum_again) or bool(query.numbers) or query.yes_no or query.claims
        outcome = self._decide(merged, article, claims)
        if article is not None and isinstance(outcome, Decline):
            outcome = self._decide(merged, claims=claims)
        if stands_alone and query.content_words < 2 and isinstance(outcome, Suggestions | Decline):
            on_its_own = on_its_own if on_its_own is not None else self._decide(query)
            if self._a_fact_s_own_question(on_its_own):
                return on_its_own, query
        if query.bounds and not query.has_subject and isinstance(outcome, Answer | Correction):
            outcome = self._bound_against_the_answer(merged, previous, outcome, article) or outcome
        if (
            isinstance(outcome, Answer)
            and outcome.best.fact.fact.id in previous.fact_ids
            and self._asks_anew(query)
            and not self._reads_of(outcome.best.fact.fact.answer, query.units)
            and self._reads_of(outcome.best.fact.section.title, query.units)
        ):
            # "ok what are the pillars" after the partnership's status: a question of its own, which the answer just
            # given met only through its section's title ("Pillars of ..."; its words say none) and does not answer
            # again. ("what areas?" after QUAD: the areas are what its answer lists, in other words.)
            alone = self._decide(query)
            if (
                isinstance(alone, Answer)
                and alone.best.fact.fact.id not in previous.fact_ids
                and all(u.label in alone.best.covered for u in query.units)
            ):
                return alone, query
        # "when will it be completed?" points back and names no subject of its own, but its words are more than the
        # attribute's cue: without them only the honest partial answer is taken, never an answer they ruled out.
        asks_of_it = query.attributes and not query.has_subject and query.markers.anaphor is not None
        if (
            isinstance(outcome, Suggestions | Decline)
            and (query.attribute_only or asks_of_it)
            and any(u.named for u in merged.units if u not in query.units)
        ):
            # "how long is it?" after MAHSR: its words only ask the attribute, which is asked of MAHSR; left as words
            # to cover, they hid the honest partial answer.
            bare = replace(merged, units=tuple(u for u in merged.units if u not in query.units))
            retried = self._decide(bare, article, claims)
            if isinstance(retried, Partial) or (isinstance(retried, Answer) and query.attribute_only):
                outcome, merged = retried, bare
        if isinstance(outcome, Answer) and (query.only_actions or query.attribute_only) and not query.has_subject:
            outcome = self._kept_to_the_earlier_fact(merged, previous, outcome, article)
        if isinstance(outcome, Suggestions | Decline) and previous.unanswered and previous.query.additive:
            # "focus kis pe hai?" after "shipping bhi?", unanswered, after the mobility partnership: shipping was not
            # borne out, and what is asked is of the partnership.
            unborne = previous.query.own_units
            bare = replace(merged, units=tuple(u for u in merged.units if u.label not in unborne or u in query.units))
            if bare.units != merged.units and bare.units:
                retried = self._decide(bare, article, claims)
                if isinstance(retried, Answer):
                    outcome, merged = retried, bare
        # "and with the US?" after "which chandrayaan is with japan?": the earlier question asked of the US.
        in_place = self._in_a_countrys_place(query, previous)
        # A partner alone after a yes/no question ("and japan?" after "has India signed the NPT?") asks the same of
        # the other side: the verb is what is asked.
        swaps_partner = previous.query.yes_no and not query.names_more_than_partners
        # ("India?" after Japan's approach to China names only the other partner: as "and India?" does.)
        partner_turned = bool(merged.contrast) and not query.names_more_than_partners and query.content_words <= 1
        if (
            not isinstance(outcome, Answer)
            and (query.markers.continues or partner_turned)
            and query.has_subject
            and not joins
            and not swaps_partner
            # ("and with the US?" after "which chandrayaan is with japan?": Chandrayaan is still what is asked.)
            and not in_place
        ):
            # "and CEPA?" after "when was the SSGP formed": what is asked carries over, the old subject's verb
            # ("formed") need not, since another thing's fact words it its own way ("came into effect"). A partner
            # left alone ("what about India?" after the bilateral trade) is no subject: every fact names it.
            lighter = replace(merged, units=tuple(u for u in merged.units if u.named or u in query.units))
            if lighter.units != merged.units and any(u.token not in partners for u in lighter.units):
                retried = self._decide(lighter, article)
                # ("aur SCRI?" after "when did QUAD start?": when SCRI started, which the material does not say; not
                # what it says of SCRI as if that were asked.)
                asking = self._asking_words
                own = query.asks or query.intents or query.attributes or query.claims or query.yes_no
                own = own or query.markers.anaphor is not None or not asking.isdisjoint(tokenize(query.text))
                asked_again = query.markers.elliptical and not own and bool(merged.intents or merged.attributes)
                asked_again = asked_again and previous.unanswered  # ("aur chandrayaan 5?" after trade's sum: anew)
                if isinstance(retried, Answer) or (asked_again and isinstance(retried, Partial)):
                    return retried, lighter
        if dated_claim and isinstance(outcome, Partial):
            # "matlab 2017 me upgrade hua?" after the upgrade's 2014: the year just given is what the claim is checked
            # against, before what the material says of the upgrade without the claimed year.
            checked = self._date_claimed_of_the_answer(query, previous)
            if checked is not None:
                return checked, merged
        # "that agreement" points back as surely as "it" does: what did not fit the earlier subject is not answered
        # about something else.
        if (
            isinstance(outcome, Answer | Partial | Correction)
            or query.markers.anaphor
            or query.markers.demonstrative
            or pending
        ):
            if not merged.roles and previous.query.roles and claims_a_total(query, self.lexicon.words("count_totals")):
                # "toh total 22.85 tha na?" after Japan's exports is judged as the trade both ways, but "and India's?"
                # next still asks of the side spoken of before it.
                merged = replace(merged, roles=previous.query.roles)
            return outcome, merged
        # A short question that did not fit the previous one may still be a question of its own, if it names
        # something: "kab shuru hua?" after a question left unanswered is not about whatever else started.
        if query.only_actions and not query.has_subject:
            return outcome, merged
        if dated_claim:
            # "established in 2017?" after the Act East Forum says when it began, naming nothing else: not whatever
            # else the material says began that year. ("2017 me upgrade hua?" after the answer gave the upgrade's
            # year: that answer is what the claim is checked against.)
            return self._date_claimed_of_the_answer(query, previous) or outcome, merged
        if query.markers.dangling and not query.names_more_than_partners:
            # "which services participate?" after Dharma Guardian: in it, not in whatever has "services".
            return outcome, merged
        names_nothing = not query.names_more_than_partners and not any(u.kind == "figure" for u in query.units)
        asks_who = bool(self.lexicon.words("who_words") & query.words)
        if names_nothing and (query.attributes or query.markers.other or asks_who):
            # "which country is partner?" or "who is the partner?" after Chandrayaan 5 names nothing of its own: it
            # is about Chandrayaan 5, not about whichever fact has a partner.
            return outcome, merged
        partner_only = any(e.casefold() in self._partner_names for e in query.entities)
        if (query.markers.elliptical or merged.contrast) and partner_only and not query.names_more_than_partners:
            # "and india?" after Japan's approach: India alone is every fact's partner, no question of its own.
            return outcome, merged
        if joins:
            # "and the US?" after "SCRI is with which country?": the US in SCRI, not whatever else names the US.
            return outcome, merged
        if query.auxiliary_only:
            # "does china?" after "does japan support india's seat?": the earlier question asked of China, which
            # the material does not answer; not whatever it says of China.
            return outcome, merged
        if in_place:
            # The earlier question asked of the US, which the material does not answer; not whatever it says of the
            # US.
            return outcome, merged
        if query.markers.elliptical and not query.asks and previous.query.asks:
            # "and the partnership upgrade?" after "when did cepa come into effect" asks the same of a thing of its
            # own: when it was, and the next "and AAGC?" asks when too.
            with_asked = replace(query, intents=previous.query.intents, attributes=previous.query.attributes)
            alone = self._decide(with_asked)
            if isinstance(alone, Answer):
                return alone, with_asked
        alone = self._decide(query)
        # ("aur Defence?" after "is Mobility a line of effort?" asks the same yes/no of Defence: not whatever fact has
        # "defence".)
        # ("aur IJICP?" after "CEPA 2011 me aaya?" names a thing of its own, asked the same of: its own fact answers.)
        asked_again = query.markers.continues and previous.query.yes_no and not (query.asks or query.yes_no)
        asked_again = asked_again and not any(u.named for u in query.units)
        if isinstance(alone, Answer) and (adds or asked_again) and not self._shares_the_subject(alone, previous):
            # "shipping too?" after "does the mobility partnership include aviation": shipping as well as aviation
            # in that partnership, not whatever fact says "ship" (India's exports).
            return outcome, merged
        return (alone, query) if isinstance(alone, Answer) else (outcome, merged)

    def _owner_claimed_of_it(self, query: Query, previous: Turn) -> tuple[Outcome, Query] | None:
        """Check "ye japan ka hai na?" / "is it Japanese?" after a question about a thing as a claim that the thing is
        that owner's: the earlier question's words for its subject (in its order, the partners left out) are put in
        the pointing word's place, and the claim is checked as one about it ("act east policy japan ka hai na?");
        None for any other message."""
        words = tokenize(query.text)
        pointing = self.lexicon.words("anaphors") | self.lexicon.words("demonstrative_anaphors")
        at = [i for i, word in enumerate(words) if word in pointing]
        if len(at) != 1 or self.scorer.predicated_owners(query.text):
            return None  # (a claim naming its own thing is read as it stands)
        if previous.query.roles or self._names_a_relation(previous.query):
            return None  # "ye india ka hai na?" after Japan's exports: whose side of trade, which the roles judge
        # The earlier question's own words for its subject, in its order: plain words and the words of its terms
        # ("exports"), not the partners every fact names.
        partners = self.scorer.partner_concepts
        topic = {u.token for u in previous.topic if u.kind == "word"}
        topic |= {stem(w) for u in previous.topic if u.token not in partners for w in tokenize(u.label)}
        subject = [w for w in tokenize(previous.query.text) if stem(w) in topic and w.casefold() not in pointing]
        if not subject:
            return None
        spelled = " ".join(" ".join(subject) if i == at[0] else word for i, word in enumerate(words))
        claimed = self.scorer.predicated_owners(spelled)
        if not claimed:
            return None
        respelled = self.read(spelled)
        outcome = self._decide(respelled)
        if not isinstance(outcome, Answer | Correction):
            return None
        # Agreed with or put right only by a fact that says whose the thing is ("India's Act East Policy").
        shown = outcome.best if isinstance(outcome, Answer) else outcome.related[0]
        if not self.base.has_fact(shown.fact.fact.id):
            return None
        stated = self.scorer.answer_owners(self.base.position_of(shown.fact.fact.id))
        heads = {head for head, _owner in claimed}
        if isinstance(outcome, Answer):
            return (outcome, respelled) if claimed & stated else None
        return (outcome, respelled) if any(h in heads for h, o in stated if (h, o) not in claimed) else None

    def _count_of_the_answer(self, previous: Turn) -> Outcome | None:
        """Answer "total?" with the one fact just given when it counts what it lists ("Four state-prefecture
        partnerships"), or say it gives no number ("railways, aviation, roads and similar sectors"); None when the
        answer before was not one fact. (After an item of a list, "2nd?", the list is what is counted.)"""
        previous = previous.list_turn or previous
        if len(previous.fact_ids) != 1 or not self.base.has_fact(previous.fact_ids[0]):
            return None
        position = self.base.position_of(previous.fact_ids[0])
        match = Match(self.index.facts[position], 1.0, 1.0, "the answer just given", confidence=1.0)
        if self.scorer.counts(position):
            return Answer((match,))
        # "total kitne?" after the lines of effort the article names: another fact about them, as close to the
        # question before, counts them all (8).
        about = self.scorer.subject_things(position)
        asked = self.read(f"{self.lexicon.first_word('count_questions')} {previous.query.text}")
        for j in self.judge(asked)[: self.thresholds.max_suggestions]:
            counting = j.candidate.index
            named = all(u in j.candidate.covered for u in asked.units if u.named)
            if named and self.scorer.counts(counting) and about & self.scorer.subject_things(counting):
                return Answer(
                    (Match(self.index.facts[counting], 1.0, 1.0, "counts the list just given", confidence=1.0),)
                )
        return Partial(ASKED_WORDS["count"], (match,))

    def _count_of_several(self, previous: Turn) -> Answer | None:
        """Answer "how many?" after an answer of several facts with a fact that counts what they are about ("Four
        state-prefecture partnerships" after the four pairs), or None."""
        positions = [self.base.position_of(f) for f in previous.fact_ids if self.base.has_fact(f)]
        # What the facts have in common is what was asked of them all ("state-prefecture partnerships").
        shared = " ".join(u.label for u in previous.topic if not u.named and u.kind == "concept")
        if not shared or not positions:
            return None
        asked = self.read(f"{self.lexicon.first_word('count_questions')} {shared}")
        asked_words = {t for u in asked.units for alternative in u.alternatives for t in alternative}
        for j in self.judge(asked)[: self.thresholds.max_suggestions]:
            counting = j.candidate.index
            counted = frozenset().union(*self.scorer.counts(counting).values())
            if counting not in positions and counted & asked_words:
                return Answer(
                    (Match(self.index.facts[counting], 1.0, 1.0, "counts the facts just given", confidence=1.0),)
                )
        return None

    def _names_a_relation(self, query: Query) -> bool:
        """Tell whether a question says a word of a relation ("imports", "exports"), whoever it names."""
        return not query.words.isdisjoint(self.lexicon.relation_words.keys())

    def _asks_for_more(self, query: Query) -> bool:
        """Tell whether a message only asks for more of what was just said ("tell me more", "anything else?", "aur
        batao", "और बताओ"): it names nothing and asks nothing else."""
        if query.units or query.attributes or query.intents or query.yes_no or query.claims:
            return False
        words = tokenize(self.reader.in_latin_letters(query.text))
        return _only_phrases(words, self.lexicon.words("more_requests"), self.lexicon.ignored)

    def _totals_alone(self, query: Query) -> bool:
        """Tell whether a message is nothing but a word of all of something ("total?", "overall?", "in all?",
        "total kitne?")."""
        words = tokenize(query.text)
        # ("in total?", "all together?": a phrase of all of it.)
        asking = self.lexicon.words("amount_words") | self.lexicon.ignored
        return _only_phrases(words, self.lexicon.words("count_totals"), asking)

    def _claims_of_it_alone(self, query: Query) -> bool:
        """Tell whether a yes/no question claims something of "it" / "ye" ("is it part of QUAD?"), its subject: with
        nothing before, no thing it names can be what "it" is ("is it true that ..." claims what follows)."""
        anaphor = query.markers.anaphor
        if anaphor is None or anaphor in STANDALONE_REFERENCES or not (query.yes_no or query.claims):
            return False
        words = tokenize(query.text)
        if anaphor in self.lexicon.words("near_demonstratives"):
            return False  # ("is this from vision ias?": with nothing before, "this" is the article; "that" is not)
        if not (self._publisher_words | self.lexicon.words("document_words")).isdisjoint(words):
            return False  # ("is that from vision ias?": the material itself, by its publisher's name)
        if words and words[0] in self.lexicon.words("claim_starters"):
            words = words[1:]  # "toh kya ye 2011 me hua tha?" goes on from what came before, and there is nothing
        openers = self.lexicon.words("yes_no_starters") | self.lexicon.words("polar_openers")
        tags = self.lexicon.words("confirm_tags") | self.lexicon.words("premise_tags")
        return len(words) > 2 and words[0] in openers and words[1] == anaphor and words[2] not in tags

    def _asks_the_same_of(self, query: Query, previous: Turn | None) -> bool:
        """Tell whether "and <a thing>?" asks when of it, as the question before did ("and the upgrade to Special
        Strategic and Global Partnership?" after when CEPA and the AAGC came): however long its name, it asks nothing
        itself."""
        if previous is None or not previous.fact_ids or previous.unanswered or not query.markers.elliptical:
            return False
        if query.asks or query.yes_no or query.claims or query.roles or query.numbers:
            return False
        if Intent.WHEN not in previous.query.intents:
            return False
        # Only when the material dates it: else what it says of the thing answers better than "no date given".
        return isinstance(self._decide(replace(query, intents=query.intents | {Intent.WHEN})), Answer)

    def _bare_claim_alone(self, query: Query) -> str:
        """Return the names of the world or figures a message claims of something it leaves unsaid ("so it's Shizuoka
        right?", "toh 22.85 tha na?"), or "": it goes on from ("so", "toh") or points at ("it") what came before."""
        if not (query.yes_no or query.claims or query.tagged):
            return ""
        words = tokenize(query.text)
        words_of = self.lexicon.words
        started = bool(words) and words[0] in words_of("claim_starters")
        rest = words[1:] if started else words
        anaphor = query.markers.anaphor
        pointed = anaphor is not None and anaphor not in STANDALONE_REFERENCES and bool(rest)
        pointed = pointed and rest[0] in {anaphor, f"{anaphor}s"}
        if not (started or pointed):
            return ""
        if pointed:
            rest = rest[1:]
        skipped = (
            self.lexicon.ignored | words_of("identity_verbs") | words_of("premise_tags") | words_of("polar_blockers")
        )
        claimed = [w for w in rest if w not in skipped]
        if not claimed:
            return ""
        names = [w for w in claimed if not is_number(w)]
        if names and not self._all_names(names):
            return ""
        found = {m.start: m.canonical for m in self.index.gazetteer.find(claimed)}
        said = [found.get(i, w) for i, w in enumerate(claimed) if is_number(w) or i in found]
        # One name or figure only: two ("so it's Gujarat ka Shizuoka right?", "toh Japan 17.69 na?", "so UP Yamanashi
        # right?", "UP" a name though "up" is a function word) say of each other what they claim: a claim of its own.
        named = len(set(query.entities)) + len(query.numbers)
        return said[0] if len(said) == 1 and named <= 1 else ""

    def _opener_and_names(self, text: str) -> bool:
        """Tell whether a text is a yes/no opener and names only ("is Russia", "kya China")."""
        words = tokenize(text)
        openers = self.lexicon.words("yes_no_starters") | self.lexicon.words("polar_openers")
        rest = [w for w in words[1:] if w not in self.lexicon.ignored]
        return bool(words) and words[0] in openers and bool(rest) and self._all_names(rest)

    def _years_alone(self, query: Query) -> bool:
        """Tell whether a message asks nothing but years ("how many years?", "kitne saal?"): of nothing named."""
        words = tokenize(query.text)
        units = self.lexicon.words("year_units")
        skipped = (
            self.lexicon.ignored | units | self.lexicon.words("gap_units") | self.lexicon.words("question_starters")
        )
        return any(w in units for w in words) and all(w in skipped for w in words)

    def _partner_s_side(self, query: Query, previous: Turn) -> tuple[Outcome, Query] | None:
        """Read "india ke?" / "japan's?" after "imports" (a relation asked of no one) as that partner's side of it
        ("india ke imports"); None for any other message."""
        words = tokenize(query.text)
        said = query.text.rstrip("?!. ")
        # ("japan's?", "indias?", "india ke baare me?": the owner's "s", with or without its apostrophe, or a Hinglish
        # possessive.)
        apostrophe = "'s" in said or "\u2019s" in said
        bare = any(w.endswith("s") and w[:-1] in self._partner_names for w in words)
        owned = not self.lexicon.words("possessives").isdisjoint(words) or apostrophe or bare
        partners = [e for e in query.entities if e.casefold() in self._partner_names]
        if not owned or len(partners) != 1 or query.names_more_than_partners or query.roles:
            return None
        if previous.query.roles or any(e.casefold() in self._partner_names for e in previous.query.entities):
            return None
        relations = [w for w in tokenize(previous.query.text) if w in self.lexicon.relation_words]
        if not relations:
            return None
        spelled = self.read(f"{query.text.rstrip('?!. ')} {' '.join(relations)}")
        outcome = self._decide(spelled)
        return (outcome, spelled) if isinstance(outcome, Answer | Partial | Correction) else None

    def _shares_the_subject(self, answer: Answer, previous: Turn) -> bool:
        """Tell whether an answer's fact names one of the named things the question before was about (or, after an
        item of a list, the list's: "shipping bhi?" after "aviation bhi?" in the mobility partnership's list)."""
        topic = (*previous.topic, *(previous.list_turn.topic if previous.list_turn is not None else ()))
        named = {u.token for u in topic if u.named}
        if not named and len(previous.fact_ids) == 1 and self.base.has_fact(previous.fact_ids[0]):
            # ("shipping bhi?" after "next gen mobility me kya kya?": the question named it in its own short words;
            # the one fact answering it is about the partnership.)
            named = set(self.scorer.subject_things(self.base.position_of(previous.fact_ids[0])))
        if not named:
            return True
        return bool(named & self.scorer.answer_things(self.base.position_of(answer.best.fact.fact.id)))

    def _bound_against_the_answer(
        self, merged: Query, previous: Turn, outcome: Answer | Correction, article: str | None
    ) -> Outcome | None:
        """Check a bound a follow-up naming nothing claims ("was it less than 20 billion?" after the bilateral trade)
        against the one fact the earlier answer gave, not another fact whose figure happens to lie within it (Japan's
        exports); None when the earlier answer gave no one fact, or that fact neither confirms nor corrects it."""
        if len(previous.fact_ids) != 1 or not self.base.has_fact(previous.fact_ids[0]):
            return None
        earlier_id = previous.fact_ids[0]
        best = outcome.best if isinstance(outcome, Answer) else outcome.related[0]
        if best.fact.fact.id == earlier_id:
            return None
        earlier = [j for j in self.judge(merged, article) if j.candidate.fact_id == earlier_id]
        kept = decide(merged, earlier, self.thresholds, premise=asserts_premise(merged)) if earlier else None
        return kept if isinstance(kept, Answer | Correction) else None

    def _kept_to_the_earlier_fact(self, merged: Query, previous: Turn, outcome: Answer, article: str | None) -> Outcome:
        """Keep a follow-up that names nothing ("kab launch hua?") to the one fact the earlier answer gave: another fact
        about other named things is about something else, so the earlier fact's partial answers instead."""
        if len(previous.fact_ids) != 1 or not self.base.has_fact(previous.fact_ids[0]):
            return outcome
        earlier_id = previous.fact_ids[0]
        if outcome.best.fact.fact.id == earlier_id or not self.base.has_fact(outcome.best.fact.fact.id):
            return outcome
        things, position = self.scorer.subject_things, self.base.position_of
        about = things(position(earlier_id))
        if not about or about & things(position(outcome.best.fact.fact.id)):
            return outcome  # the same thing ("its aim" after the AAGC's year), or no telling
        profiles = self.index.profiles
        if set(profiles[position(earlier_id)].roles) & set(profiles[position(outcome.best.fact.fact.id)].roles):
            return outcome  # the same flow ("which goods?" after Japan's exports to India: India's imports from Japan)
        earlier = next((j for j in self.judge(merged, article) if j.candidate.fact_id == earlier_id), None)
        kept = partial_of(merged, [earlier], self.thresholds) if earlier is not None else None
        return kept if kept is not None else outcome

    def _joins_the_subject(self, query: Query, previous: Turn) -> bool:
        """Tell whether a follow-up naming only countries or bodies ("and the US?") asks about them with the
        earlier subject, a named thing that is no place (SCRI), rather than in its place ("and Tamil Nadu?" after
        Gujarat's prefecture, "toyama?" after UP's, take the earlier name's place)."""
        # ("usa bhi hai na?" after SCRI's partner: the US too, in SCRI.)
        # ("is the US a member?" after QUAD: a member of the group spoken of.)
        membership = query.yes_no and "members" in query.attributes
        beside = (
            query.markers.elliptical
            or membership
            or self._claims_countries_of_this(query)
            or self._adds_to_before(query)
        )
        if not beside or not query.entities:
            return False
        partner_concepts = self.scorer.partner_concepts
        if not all(u.kind == "entity" or u.label in query.entities or u.token in partner_concepts for u in query.units):
            return False
        kind_of = self.index.gazetteer.kind_of
        if not all(kind_of(e) in {"country", "organisation"} for e in query.entities):
            return False
        partners = self._partner_names
        named = {e.casefold() for e in query.entities}
        if named & partners and any(e.casefold() in partners - named for e in previous.query.entities):
            # "and japan?" after "has India signed the NPT?": one partner in the other's place, not beside it.
            return False
        if any(u.named and kind_of(u.label) in (None, "organisation") for u in previous.topic):
            # (A member is one of a group: "is Russia a member?" after India's approach names none.)
            return True
        if membership:
            return False
        # "and with Russia?" after the exercises India and Japan hold: another side beside the earlier subject. (After
        # "do they cooperate with African countries?" it takes the place of the side named with "with" before.)
        return bool(previous.topic) and self._says_with(query) and not self._says_with(previous.query)

    def _member_of_no_group(self, query: Query, previous: Turn) -> bool:
        """Tell whether a question asks if names are members ("is China also a member?") after a question about no
        group (an organisation, or a thing of the material's that is no place)."""
        if not (query.yes_no and "members" in query.attributes and all(u.label in query.entities for u in query.units)):
            return False
        kind_of = self.index.gazetteer.kind_of
        # ("what is the US-led alliance system?": a thing of the material's own, named or not, is a group.)
        return not any(
            (u.named or u.kind == "concept")
            and kind_of(u.label) in (None, "organisation")
            and u.token not in self.scorer.partner_concepts
            for u in previous.topic
        )

    def _says_with(self, query: Query) -> bool:
        """Tell whether a question says "with" ("and with Russia?", "aur China ke saath?")."""
        return not self.lexicon.words("symmetric_targets").isdisjoint(tokenize(query.text))

    def _in_a_countrys_place(self, query: Query, previous: Turn) -> bool:
        """Tell whether a follow-up naming only countries that are no partner of the pair ("and with the US?") puts
        them in the place of a country the answered question before named (Japan), or says "with" after one naming
        no country ("aur China ke saath?" after the trade): the same question of them."""
        if not (query.markers.elliptical and query.entities and previous.fact_ids) or query.asks:
            return False
        kind_of, partners = self.index.gazetteer.kind_of, self._partner_names
        if any(kind_of(e) != "country" or e.casefold() in partners for e in query.entities):
            return False
        concepts = self.scorer.partner_concepts
        if not all(u.kind == "entity" or u.label in query.entities or u.token in concepts for u in query.units):
            return False
        earlier = [e for e in previous.query.entities if kind_of(e) == "country" and e not in query.entities]
        if partners <= {e.casefold() for e in previous.query.entities} and not previous.query.roles:
            # "India-Japan trilateral cooperation with african countries?", then "and with australia?": the pair is
            # what the question was about; a country added is beside it, in no partner's place. ("and to china?"
            # after "what does india export to japan?" takes Japan's place as the side exported to.)
            earlier = [e for e in earlier if e.casefold() not in partners]
        if not previous.query.entities:
            # "trade kitna hai?", then "aur China ke saath?": the pair's trade, asked with China in Japan's place.
            return self._says_with(query)
        return bool(earlier)

    def _rival_kind(self, query: Query, previous: Turn) -> bool:
        """Tell whether a follow-up names a kind of the set a word of the question before is of ("multilateral"
        after "bilateral", "home" after "defence")."""
        groups = self.lexicon.contrast_groups
        before = {groups[t] for t in tokenize(previous.query.text) if t in groups}
        return any(groups.get(t) in before for t in tokenize(query.text) if t in groups)

    def _dated_claim(self, query: Query, previous: Turn | None = None) -> bool:
        """Tell whether a message only says an act happened in a year ("established in 2017?", "2021 me launch
        hua?"), or guesses the year asked ("kab hua tha, 2015?"), naming nothing and asking nothing else ("what was set
        up in 2017?" asks what)."""
        words, said = self.lexicon.words, tokenize(query.text)
        # ("2017 me upgrade hua?": a word of an event, "upgrade", is an act as "launch" is.)
        events = {stem(t) for t in said if event_kinds((t,), self.lexicon)}

        def act(u: Unit) -> bool:
            return is_action(u) or (u.kind == "word" and not u.named and u.label in events)

        years = [u for u in query.units if u.kind == "figure" and _A_YEAR.fullmatch(u.label)]
        if Intent.WHEN in query.intents and not query.has_subject and len(years) == len(query.units) == 1:
            # "kab hua tha, 2015?" after "when was it upgraded?": a guess at the date asked; after "timeline batao"
            # nothing one was asked, and the year asks what happened then.
            return previous is not None and any(u.named for u in previous.topic)
        if query.has_subject or not any(act(u) for u in query.units):
            return False
        if not all(act(u) or (u.kind == "figure" and _A_YEAR.fullmatch(u.label)) for u in query.units):
            return False
        if said and said[0] in words("yes_no_starters") | words("yes_no_openers"):
            said = said[1:]  # "kya 2015 me set up hua?" asks whether; "2021 me kya launch hua?" asks what
        asking = words("what_words") | words("which_words") | words("who_words") | words("question_starters")
        asking |= words("open_question_words") | words("indefinite_words")
        return asking.isdisjoint(said)

    def _date_claimed_of_the_answer(self, query: Query, previous: Turn) -> Outcome | None:
        """Check a year a follow-up claims for an event ("2017 me upgrade hua?") against the one fact just given, when
        it states that kind of event with one year ("ties were upgraded ... in 2014"); None otherwise."""
        years = [n for n in query.numbers if _A_YEAR.fullmatch(n)]
        if len(years) != 1 or len(previous.fact_ids) != 1 or not self.base.has_fact(previous.fact_ids[0]):
            return None
        if query.markers.negation or self._bounds_a_year(query.text):
            return None  # "2020 me launch nahi hua na?", "2025 se pehle?": no claim of that year
        sourced = self.index.facts[self.base.position_of(previous.fact_ids[0])]
        said = tokenize(sourced.fact.answer)
        stated = {t for t in said if _A_YEAR.fullmatch(t)}
        claimed = event_kinds(tokenize(query.text), self.lexicon)
        if len(stated) != 1 or not claimed or not claimed & event_kinds(said, self.lexicon):
            return None
        year = next(iter(stated))
        match = Match(sourced, 1.0, 1.0, f"the answer just given dates it {year}", confidence=1.0)
        return Answer((match,)) if year == years[0] else Correction((match,), match.reason, reversed=False)

    def _bounds_a_year(self, text: str) -> bool:
        """Tell whether a message sets a year as a bound ("before 2025", "2025 se pehle", "2030 tak", "by 2022")."""
        said = f" {' '.join(tokenize(text))} "
        return any(phrase in said for phrase in self._year_bounds)

    def _claims_countries_of_this(self, query: Query) -> bool:
        """Tell whether a claim points back with "this" or "ye" and names only countries ("to ye india japan US ka
        hai na?" after SCRI): the countries are what it claims of the earlier subject, not a question of their own."""
        if not query.markers.demonstrative or not (query.claims or query.yes_no) or not query.entities:
            return False
        partner_concepts = self.scorer.partner_concepts
        return all(u.label in query.entities or u.token in partner_concepts for u in query.units)

    def _in_answer(self, aside: frozenset[str], previous: Turn) -> bool:
        """Tell whether a thing set aside (a concept, a place, or plain words) is in the earlier answer's facts."""
        scorer, base = self.scorer, self.base
        for fact_id in previous.fact_ids:
            if not base.has_fact(fact_id):
                continue
            position = base.position_of(fact_id)
            things = scorer.answer_things(position) | {c for _a, _b, c in scorer.answer_spans(position)}
            stems = scorer.answer_stems(position)
            for token in aside:
                if token in things or (token.startswith(ASIDE_WORD) and token[len(ASIDE_WORD) :] in stems):
                    return True
        return False

    def _named_article(self, query: Query, previous: Turn) -> str | None:
        """Return the one article among the previous turn's that a reply names (by its title's words), if any."""
        words = set(tokenize(query.text)) - self.lexicon.ignored
        overlap = {
            article: len(words & (set(tokenize(self.base.source(article).title)) - self.lexicon.ignored))
            for article in previous.articles
        }
        best = max(overlap.values(), default=0)
        named = [article for article, count in overlap.items() if count == best]
        return named[0] if best and len(named) == 1 else None

    def _adds_to_before(self, query: Query) -> bool:
        """Tell whether a message carries over what was said of another thing ("is MILAN too?", "kya JIMEX bhi?")."""
        words = tokenize(query.text)
        return any(
            tuple(words[i : i + len(phrase)]) == phrase for phrase in self._additive_phrases for i in range(len(words))
        )

    def _asked_before(self, item: str, previous: Turn) -> bool:
        """Tell whether the previous question named a list item ("Dharma Guardian kis type ki exercise hai?")."""
        asked = {u.label.casefold() for u in previous.query.units}
        return item.casefold() in asked or set(tokenize(item)) <= set(tokenize(previous.query.text))

    def _answered_of_the_article(self, previous: Turn) -> bool:
        """Tell whether the previous turn was answered with facts about the article itself (its dates, publisher)."""
        base, profiles = self.base, self.index.profiles
        words, reach = self.lexicon.words("document_words"), self.thresholds.article_subject_words
        # A fact asked about the article, or, after a question naming it ("summarize the article"), one whose answer
        # opens on it ("The article's gist: ..."); one that says "the article gives no more detail" later on, or that
        # answers "what are the pillars?" with "The article covers ...", is about its own thing.
        asked_of_it = not words.isdisjoint(tokenize(previous.query.text))
        return bool(previous.fact_ids) and all(
            base.has_fact(fact_id)
            and (
                profiles[base.position_of(fact_id)].about_document
                or (asked_of_it and not words.isdisjoint(self.scorer.answer_tokens(base.position_of(fact_id))[:reach]))
            )
            for fact_id in previous.fact_ids
        )

    def _about_the_article(self, answer: Answer) -> bool:
        words = self.lexicon.words("document_words")
        return all(words & set(tokenize(m.fact.fact.answer)) for m in answer.matches)

    def _names_another_of(self, position: int, query: Query) -> bool:
        """Tell whether a fact names a thing of the kind asked for another of ("the other corridor"), not the one set
        aside: a fact naming only an initiative answers no question about another corridor."""
        variants = self.index.glossary.variants
        return any(
            concept not in query.other_than and any(v[-1:] and v[-1] in query.other_kind for v in variants(concept))
            for concept in self.scorer.answer_things(position)
        )

    def _challenged(self, question: str, previous: Turn) -> Reply | None:
        """Stand by the answer just given when a member doubts it ("are you sure? my notes say 2012"): a claim
        the message makes instead is checked against the material as a claim about the same thing, and the answer
        is given again, as a correction when the claim says otherwise; None when the message doubts nothing."""
        # ("पक्का? मेरे नोट्स में 20 बिलियन है": a doubt in Devanagari is read in the words the language data gives it.)
        challenge = read_challenge(
            self.reader.in_latin_letters(question), self.lexicon, self.thresholds.max_challenge_words
        )
        given = tuple(
            Match(self.index.facts[self.base.position_of(fact_id)], 1.0, 1.0, "the answer just given", confidence=1.0)
            for fact_id in previous.fact_ids
            if self.base.has_fact(fact_id)
        )
        if not given:
            return None
        if challenge is None:
            figure = self._bare_figure_claim(question, previous) or self._bare_name_claim(question, previous, given)
            if figure is None:
                return None
            challenge = Challenge(figure, doubts=False)
        claim = challenge.claim
        gazetteer = self.index.gazetteer
        before = previous.query.entities
        asked_kinds = {gazetteer.kind_of(name) for name in before}
        if any(gazetteer.kind_of(name) in asked_kinds for name in self.read(question).entities if name not in before):
            # "sure bro, UP?" after Tamil Nadu's prefecture names another state, a new subject: the doubt of a
            # value is one of the kind the answer gave ("no it's yamanashi").
            return None
        if not claim:
            return Reply(Answer(given, note=STANDS_NOTE), previous)
        answer_words = [t for m in given for t in tokenize(m.fact.fact.answer)]
        # ("so it was 6 right?" after "six more outcomes": the figure as the answer spells it.)
        values = self.lexicon.number_values
        said = {stem(t) for t in answer_words} | {values[t] for t in answer_words if t in values}
        negations = self.lexicon.words("negations")
        claimed = [t for t in tokenize(claim) if t not in self.lexicon.ignored and t not in negations]
        unsaid = any(stem(t) not in said for t in claimed)
        if unsaid and self._all_names(claimed):
            # ("so its Northeast right?" after "North East India": the name the answer gives, however written.)
            answered = {m.canonical for m in gazetteer.find(answer_words)}
            unsaid = not {m.canonical for m in gazetteer.find(claimed)} <= answered
        # A bare value ("2016", "20 bn", "US$ 22.85 billion", "toyama") is one the member puts in the answer's place.
        magnitudes, currency = self.lexicon.magnitude_powers, self.lexicon.words("currency_words")
        bare = all(is_number(t) or t in magnitudes or t in currency or gazetteer.find([t]) for t in claimed)
        bare = bare or self._all_names(claimed)  # ("kya ye tamil nadu hai?": a name of two words)
        # "so its Asia right?" after the AAGC's aim: the answer says Asia only inside a name of its own.
        names = [m.canonical for m in gazetteer.find(claimed)] if bare and not unsaid else []
        in_a_name = bool(names) and set(names) <= self._only_inside_names(given)
        unsaid = unsaid or in_a_name
        if challenge.closing and not bare:
            return None  # "china ka rawaiya galat hai" says what is wrong of something else: a message of its own
        if (
            not challenge.doubts
            and not any(is_number(t) for t in claimed)
            and not self._names_in_its_place(claimed, given, previous)
        ):
            return None  # "i read about QUAD": where it was read, no doubt of the answer
        if not bare and self._names_another_thing(claim, given):
            # "i thought quad had 4 members" after CEPA's year: a claim about another thing, a message of its own.
            return None
        # Read as a claim about the thing just answered: "2016" after the AAGC's year is "is it 2016?".
        opener = self.lexicon.first_word("challenge_claim_openers")
        checked = self._respond_to(f"{opener} {claim}?", previous).outcome
        same = {m.fact.fact.id for m in given}
        if isinstance(checked, Correction) and checked.related[0].fact.fact.id in same:
            return Reply(checked, previous)
        if previous.unanswered and not challenge.doubts:
            # "so it was 5.16 right?" after the worked 5.16, "so it was 4?" after "doesn't give a number": no answer
            # was given to stand by, and the claim is not set against it; only a year it never gives is said so.
            if bare and unsaid and self._undated(given, claimed):
                return Reply(Partial("a year for it", given), previous)
            return None
        if isinstance(checked, Answer) and checked.best.fact.fact.id in same:
            if bare and (
                self._the_whole_of_the_part(claimed, given, previous)
                or self._another_figure_of_the_answer(claimed, given, previous)
                or in_a_name
            ):
                # "kya ye 22.85 tha?" after Japan's exports: the answer gives 22.85 as the total they are part of;
                # "so it was 2025 right?" after the 2015 pacts: 2025 is the answer's year of another thing.
                return Reply(
                    Correction(given, detail="the figure claimed is another thing's", reversed=False), previous
                )
            return Reply(Answer(given, note=STANDS_NOTE if challenge.doubts else AGREES_NOTE), previous)
        # Only a bare value the answer does not give is put right by giving the answer again: a claim with words of
        # its own may say something the answer does not speak to ("the trade figure of 22.85 bn"). Where it was read
        # is doubt enough ("wait i read 18.5 somewhere"): a source is read only with a figure after it.
        if bare and isinstance(checked, Correction | Answer) and self._figures_what_was_given(checked, given, claimed):
            # "are you sure? my notes say 2012" after what CEPA covers: the answer gave no year to stand by; the fact
            # giving the year of the same thing is what says otherwise (or, for "2011", what agrees).
            agreed = Answer(checked.matches, note=AGREES_NOTE) if isinstance(checked, Answer) else checked
            return Reply(agreed, previous)
        if bare and unsaid and self._unquantified(given, claimed):
            # "so 17.69 right?" after India's imports from Japan (the goods): the answer gave no sum to stand by; what
            # the material says of the sum, asked with it, is the reply (Japan's exports to India, 17.69).
            if isinstance(checked, Answer):
                return Reply(Answer(checked.matches, note=AGREES_NOTE), previous)
            if isinstance(checked, Correction | Partial):
                return Reply(checked, previous)
            return Reply(Partial("a figure for it", given), previous)
        if bare and unsaid and not isinstance(checked, Correction) and self._undated(given, claimed):
            # "are you sure? my notes say 2015" after what the 2+2 is: the answer gave no year, and nothing about the
            # 2+2 does; "says otherwise" would claim the material contradicts a year it never gives.
            return Reply(Partial("a year for it", given), previous)
        if bare and unsaid:
            # "wrong, it is toyama" after Gujarat's Shizuoka: the material's answer is what it says instead.
            return Reply(Correction(given, detail="the answer just given stands", reversed=False), previous)
        if unsaid:
            return None
        return Reply(Answer(given, note=STANDS_NOTE if challenge.doubts else AGREES_NOTE), previous)

    def _another_figure_of_the_answer(self, claimed: list[str], given: tuple[Match, ...], previous: Turn) -> bool:
        """Tell whether a bare figure claimed of the answer just given is one the answer gives another thing: the
        words around it meet none of the question's, and those around another of its figures of its kind meet some
        ("so it was 2025 right?" after "In 2015 India and Japan concluded pacts ...; with the 2025 Joint
        Declaration ...", asked of the pacts)."""
        numbers = [t for t in claimed if is_number(t)]
        if len(given) != 1 or len(numbers) != 1:
            return False
        tokens = self.scorer.answer_tokens(self.base.position_of(given[0].fact.fact.id))

        def kind(figure: str) -> str:
            return "year" if is_year(figure) else "period" if "-" in figure else "sum"

        # Only figures of the claimed one's kind: "2023-24" is no year of the pacts, nor 22.85 one of a period.
        figures = [(i, t) for i, t in enumerate(tokens) if is_number(t) and kind(t) == kind(numbers[0])]
        if numbers[0] not in {t for _i, t in figures} or len({t for _i, t in figures}) < 2:
            return False
        ignored, reach = self.lexicon.ignored, self.thresholds.figure_reach
        # What the follow-up itself named ("and IJICP?", then "so it was 2021?"), else the question's words.
        own_words = {w for label in previous.query.own_units for w in tokenize(label)}
        asked = {stem(w) for w in (own_words or previous.query.words)} - ignored

        def met(i: int) -> int:
            # The words just before the figure (not past another) and after it up to the next figure ("In 2015
            # India and Japan concluded pacts on defense equipment transfer ... with the 2025 Joint Declaration").
            before = reversed(
                list(itertools.takewhile(lambda w: not is_number(w), reversed(tokens[max(0, i - reach) : i])))
            )
            after = itertools.takewhile(lambda w: not is_number(w), tokens[i + 1 : i + 1 + 2 * reach])
            near = {stem(w) for w in (*before, *after) if w not in ignored}
            return len(near & asked)

        # Only when the words around the claimed figure meet none of the question's: a tie or a narrow lead is no
        # proof that the figure is another thing's.
        own = max(met(i) for i, t in figures if t == numbers[0])
        return own == 0 and any(met(i) > 0 for i, t in figures if t != numbers[0])

    def _the_whole_of_the_part(self, claimed: list[str], given: tuple[Match, ...], previous: Turn) -> bool:
        """Tell whether a bare sum claimed of the answer just given is the total the answer gives its sum as a part
        of ("22.85" after "US$ 17.69 billion ..., out of total bilateral trade of US$ 22.85 billion"), when the
        question asked the part, not the total (its words meet none of the total's)."""
        if len(given) != 1:
            return False
        whole = part_of_whole(given[0].fact.fact.answer, self.lexicon)
        if whole is None or whole.whole.replace(",", "") not in claimed:
            return False
        total = {stem(w) for w in tokenize(whole.label)} | {stem(w) for w in self.lexicon.words("world_totals")}
        return total.isdisjoint(stem(w) for w in previous.query.words)

    def _unquantified(self, given: tuple[Match, ...], claimed: list[str]) -> bool:
        """Tell whether a claim is a bare figure other than a year and the answer it is about gives no figure, in
        digits or in words ("Four state-prefecture partnerships" counts them)."""
        position, values = self.base.position_of, self.lexicon.number_values
        return any(is_number(t) and not _A_YEAR.fullmatch(t) for t in claimed) and not any(
            self.scorer.answer_numbers(position(m.fact.fact.id))
            or any(t in values for t in self.scorer.answer_tokens(position(m.fact.fact.id)))
            for m in given
        )

    def _undated(self, given: tuple[Match, ...], claimed: list[str]) -> bool:
        """Tell whether a claim is a bare year and the answer it doubts gives no figure at all."""
        position = self.base.position_of
        return any(_A_YEAR.fullmatch(t) for t in claimed) and not any(
            self.scorer.answer_numbers(position(m.fact.fact.id)) for m in given
        )

    def _figures_what_was_given(
        self, checked: Correction | Answer, given: tuple[Match, ...], claimed: list[str]
    ) -> bool:
        """Tell whether the reply to a bare figure comes from a fact about the thing just answered, when the answer
        gave no figure at all to weigh the claim against."""
        things, position = self.scorer.subject_things, self.base.position_of
        if not any(is_number(t) for t in claimed) or any(
            self.scorer.answer_numbers(position(m.fact.fact.id)) for m in given
        ):
            return False
        about = set().union(*(things(position(m.fact.fact.id)) for m in given))
        fact_id = (checked.related if isinstance(checked, Correction) else checked.matches)[0].fact.fact.id
        if not self.base.has_fact(fact_id):
            return False
        if isinstance(checked, Correction) and self.scorer.answer_numbers(position(fact_id)):
            # "my notes say 2024" after the Joint Declaration's outcome: "is it 2024?", read with the answer before,
            # is put right by the fact dating it (2025), whatever the base files that fact under.
            return True
        return bool(about) and bool(about & things(position(fact_id)))

    def _names_in_its_place(
        self, claimed: list[str], given: tuple[Match, ...], previous: Turn, doubted: bool = True
    ) -> bool:
        """Tell whether a claim is only names of the kind the answer gave that the question did not ask of ("my notes
        say indonesia" after SCRI's partner, Australia): names put in the answer's place.

        ``doubted``: the member doubts the answer ("but i read it was with NASA"); a bare claim ("so its JAXA
        right?" after Chandrayaan 5) puts a name in the place only of one the answer gives besides the partners.
        """
        gazetteer = self.index.gazetteer
        found = [m for t in claimed for m in gazetteer.find([t])]
        if not claimed or len(found) < len(claimed):
            if not self._all_names(claimed):
                return False
            found = gazetteer.find(claimed)
        answers = " ".join(m.fact.fact.answer for m in given)
        named = {m.canonical for m in gazetteer.find(tokenize(answers))} - set(previous.query.entities)
        if not doubted:
            # Not a name the question itself asked of ("so its Toyama right?" after "which state is paired with
            # Toyama"), nor one inside a name of the material ("Asia" of the Asia-Africa Growth Corridor).
            # A name only inside a name of the material ("Mumbai" of the Mumbai-Ahmedabad High Speed Rail) gives no
            # place of its kind for a claim to put another in ("so its Mumbai right?" after the flagship project).
            asked = {u.label.casefold() for u in previous.query.units}
            named = {n for n in named if n.casefold() not in asked} - self._only_inside_names(given)
            if any(m.canonical.casefold() in asked for m in found):
                return False
        kinds = {gazetteer.kind_of(name) for name in named - self.index.partners}
        # ("so its USA right?" after "which country restricts nuclear tech transfer?": a country asked for, and the
        # answer's, Japan, one of the partners.)
        asked_a_party = doubted or self._asks_a_party(previous.query)
        if not kinds and named & self.index.partners and asked_a_party:
            # "but i read it was with NASA" after Chandrayaan 5's partner: the answer's party is a partner, and a
            # country or body claimed instead is another party in its place.
            kinds = {"country", "organisation"}
        return any(m.kind in kinds for m in found if m.canonical not in self.index.partners)

    def _asks_a_party(self, query: Query) -> bool:
        """Tell whether a question asked who or which country or body ("who restricts ...", "which country ...")."""
        asked = query.attributes
        return bool(asked & {"agent", "members", "founder", "leader", "host"}) or any(
            a in {"kind:country", "kind:organisation"} for a in asked
        )

    def _only_inside_names(self, given: tuple[Match, ...]) -> frozenset[str]:
        """Return the names of the world the answers say only inside a name of the material ("Asia" in the Asia-Africa
        Growth Corridor, "Mumbai" in the Mumbai-Ahmedabad High Speed Rail)."""
        spans_of, find = self.index.glossary_spans, self.index.gazetteer.find
        named = self.index.glossary.named
        inside: set[str] = set()
        outside: set[str] = set()
        for match in given:
            tokens = tokenize(match.fact.fact.answer)
            spans = [(a, b) for a, b, concept in spans_of(tokens) if concept in named]
            for mention in find(tokens):
                width = mention.end - mention.start
                within = any(a <= mention.start and mention.end <= b and b - a > width for a, b in spans)
                (inside if within else outside).add(mention.canonical)
        return frozenset(inside - outside)

    def _all_names(self, words: list[str]) -> bool:
        """Tell whether words are names of the world and nothing else ("tamil nadu", "ehime")."""
        found = self.index.gazetteer.find(words)
        return bool(words) and sum(m.end - m.start for m in found) == len(words)

    def _bare_name_claim(self, question: str, previous: Turn, given: tuple[Match, ...]) -> str | None:
        """Return the names a message puts in the answer's place and nothing else, said as a claim ("so it's Ehime
        right?", "kya ye Tamil Nadu hai?" after a pair), or None. A bare name ("tamil nadu?") may ask of it anew."""
        words_of = self.lexicon.words
        tags = words_of("premise_tags") | words_of("confirm_tags")
        pointers = words_of("demonstrative_anaphors") | words_of("anaphors")
        # ("then Ehime?" asks of Ehime anew; "so its Ehime right?" claims it.)
        openers = words_of("yes_no_starters") | words_of("polar_openers") | words_of("claim_starters")
        copulas = words_of("who_copulas") | words_of("identity_verbs")
        words = tokenize(self.reader.in_latin_letters(question))
        if not words or len(words) > self.thresholds.max_challenge_words:
            return None
        marked = words[0] in openers or words[-1] in tags or not pointers.isdisjoint(words)
        said = question.rstrip(" ?!.").casefold()
        if said.endswith(("'s", "\u2019s")) or words[-1] in words_of("possessives"):
            return None  # "then andhra's?", "aur andhra ka?": what is Andhra's, a question of its own
        names = [t for t in words if t not in tags | pointers | openers | copulas]
        if not marked or not self._all_names(names):
            return None
        return " ".join(names) if self._names_in_its_place(names, given, previous, doubted=False) else None

    def _names_another_thing(self, claim: str, given: tuple[Match, ...]) -> bool:
        """Tell whether a claim names a thing of the material's own, or a name of the world, that the facts just
        given are not about ("quad" after CEPA's year)."""
        query = self.read(claim)
        positions = [self.base.position_of(m.fact.fact.id) for m in given]
        about = frozenset().union(*(self.scorer.subjects(p) | self.scorer.answer_things(p) for p in positions))
        answers = " ".join(m.fact.fact.answer for m in given).casefold()
        return any(
            (u.named and u.kind == "concept" and u.token not in about)
            or (u.kind == "entity" and u.label.casefold() not in answers)
            for u in query.units
        )

    def _bare_figure_claim(self, question: str, previous: Turn) -> str | None:
        """Return the figure a message gives and nothing else after a question asking a date or an amount ("2012?"
        after "when did CEPA come into effect"), or None."""
        asked = previous.query
        asked_a_figure = asked.intents & {Intent.WHEN, Intent.QUANTITY, Intent.COUNT} or asks_amount(
            asked, self.lexicon
        )
        # "22.5 na?" after "2023-24 trade?": the answer gave a sum, though the question named none.
        measures = self.lexicon.magnitude_powers.keys() | self.lexicon.words("currency_words")
        gave_a_sum = any(
            not measures.isdisjoint(self.scorer.answer_tokens(self.base.position_of(fact_id)))
            for fact_id in previous.fact_ids
            if self.base.has_fact(fact_id)
        )
        if not (asked_a_figure or gave_a_sum):
            return None
        # ("5 hai na?", "ye 2024 tha na?": the tag, the copula and "this" say nothing more; "aur 2017 me?" asks
        # what happened then.)
        words_of = self.lexicon.words
        tags = words_of("premise_tags") | words_of("confirm_tags")
        said = tags | words_of("who_copulas") | words_of("demonstrative_anaphors") | words_of("anaphors")
        said |= words_of("identity_verbs")  # ("so it was 17.69 billion right?")
        words = tokenize(self.reader.in_latin_letters(question))
        if words and words[0] in words_of("weak_ellipsis_starters"):
            words = words[1:]  # "so it was 17.69 billion right?": going on from the answer
        openers = words_of("yes_no_starters") | words_of("polar_openers")
        if words and words[0] in openers:
            # ("is it 20 billion?", "kya ye 20 arab hai?": the opener asks whether; "22.85 kya hai" asks what; read
            # from Devanagari, "क्या यह 20 अरब है" ends on its copula too.)
            words = words[1:-1] if words[-1] in words_of("yes_no_starters") else words[1:]
        words = [t for t in words if t not in said]
        dating = words_of("year_prepositions")
        if len(words) == 2 and any(_A_YEAR.fullmatch(w) for w in words) and not dating.isdisjoint(words):
            words = [w for w in words if w not in dating]  # "in 2015 right?", "2025 se na?": the year, said as a date
        # "ye 20 billion tha na?": a sum is its figure with its magnitude and currency.
        sized = [w for w in words if w not in self.lexicon.magnitude_powers and w not in words_of("currency_words")]
        if len(sized) != 1 or not is_number(sized[0]):
            return None
        if not asked_a_figure and _A_YEAR.fullmatch(sized[0]):
            return None  # "2017?" after "2023-24 trade?": a year is no sum put in the answer's place
        if not asked_a_figure:
            given = {self.base.position_of(f) for f in previous.fact_ids if self.base.has_fact(f)}
            given_numbers = {n for at in given for n in self.index.profiles[at].numbers}
            # "17.69 na?" after the economic ties' overview (which gives 22.85) names the material's own other figure.
            # (The facts are looked through only for a bare figure after an answer that gave a sum unasked.)
            if sized[0] not in given_numbers and any(sized[0] in p.numbers for p in self.index.profiles):
                return None
        if _A_YEAR.fullmatch(sized[0]) and Intent.WHEN not in asked.intents:
            return None  # "2025?" after "how many other outcomes": a year is no count or sum put in the answer's place
        return " ".join(words)

    def _listing(self, previous: Turn) -> SourcedFact | None:
        """Return the fact whose list the previous answer gave, if it is still in the base."""
        return next(
            (
                self.index.facts[self.base.position_of(fact_id)]
                for fact_id in previous.fact_ids
                if self.base.has_fact(fact_id)
                and items_of(self.index.facts[self.base.position_of(fact_id)].fact, fewest=2) == previous.listed
            ),
            None,
        )

    def _list_item_reply(
        self, reply: Reply, item: str, number: int, previous: Turn, asks_more: bool = False, elsewhere: bool = False
    ) -> Reply:
        """Say which item of the list just given a place names ("Item 3 of 5 in that list is Mobility."), with what
        the material says of it (``elsewhere``: in another part of the article); when it says nothing more, the
        list's own fact is the answer."""
        # After an item of the list ("the third one?", then "and the second?"), the list is the earlier turn's.
        listing = self._listing(previous.list_turn or previous)
        # "among others" leaves the list open: the place is said, not how many there are.
        whole = listing is not None and is_complete_list(listing.fact.answer)
        said = _item_said(number, previous.listed, whole, item)
        # "the last one?" next still points into the same list, not into what was said of this item.
        turn = (
            replace(reply.turn, listed=previous.listed, list_turn=previous.list_turn or previous)
            if reply.turn is not None
            else previous
        )
        if isinstance(reply.outcome, Answer):
            # (The fact names the item's words; it is not said to be the item itself.)
            told = f"{said} Elsewhere the material says:" if elsewhere else said
            note = f"{told} {reply.outcome.note}" if reply.outcome.note else told
            return Reply(replace(reply.outcome, note=note), turn)
        if listing is None or asks_more:
            # What the question asks of the item, when the material does not give it, is not answered by the list.
            return Reply(reply.outcome, turn)
        match = Match(listing, 1.0, 1.0, "names it in the list just given", confidence=1.0)
        return Reply(Answer((match,), note=said), self._about_the_item(turn, item or previous.listed[number - 1]))

    def _about_the_item(self, turn: Turn | None, item: str) -> Turn | None:
        """Return a turn that named an item of a list as one about that item: "what does it include?" after "the
        third pillar?" asks of development cooperation, not of the pillars."""
        named = self.read(item).units
        return replace(turn, topic=named) if turn is not None and named else turn

    def _nth_of_a_list(self, question: str, previous: Turn | None) -> Reply | None:
        """Answer "what is the third line of effort": the item in that place of the list the rest of the question
        finds ("Item 3 in that list is Mobility."), or a partial answer when the list has fewer; None when the
        question names no place or the answer to the rest gives no list."""
        found = self.reader.nth_of_a_kind(question)
        if found is None:
            return None
        tokens, span, place = found
        reply = self._respond_to(" ".join(t for i, t in enumerate(tokens) if i not in span), previous)
        outcome = reply.outcome
        if not isinstance(outcome, Answer):
            return None
        best = outcome.best
        items = items_of(best.fact.fact, fewest=2)
        if not items:
            return None
        whole = is_complete_list(best.fact.fact.answer)
        other = not {tokens[i] for i in span}.isdisjoint(self.lexicon.words("other_words"))
        if (
            other
            and previous is not None
            and len(items) == 2
            and self._asked_before(items[place - 1], previous)
            and not self._asked_before(items[2 - place], previous)
        ):
            # "aur dusra bilateral exercise?" after Dharma Guardian: "dusra" is "the other" as well as "the second",
            # and the second of two is the one just asked about.
            place = 3 - place
        turn = replace(reply.turn, listed=items) if reply.turn is not None else previous
        if place > len(items):
            named = f"{len(items)}" if whole else f"only {len(items)}"
            return Reply(Partial(f"item {place} of the list (it names {named})", (best,)), turn)
        return Reply(
            Answer((best,), note=_item_said(place, items, whole)), self._about_the_item(turn, items[place - 1])
        )

    def _where_the_item_is(self, outcome: Outcome, asked: str, listing: SourcedFact | None) -> str | None:
        """Return where an answer's fact on the item of a list a question names sits: "here" under the list's own
        heading (or, with none, in its section), "elsewhere" in another part; None for a fact that does not hold the
        question's words (and "here" for a reply that is no answer)."""
        if not isinstance(outcome, Answer):
            return "here"
        fact = outcome.best.fact
        token, ignored = self.index.senses.token, self.lexicon.ignored | self.lexicon.intent_cue_words
        wanted = {token(w) for w in tokenize(asked.replace("-", " ")) if w not in ignored}
        if not wanted <= {token(w) for w in tokenize(fact.fact.answer.replace("-", " "))}:
            return None
        if listing is None:
            return "here"
        if listing.fact.heading or fact.fact.heading:
            return "here" if listing.fact.heading == fact.fact.heading else "elsewhere"
        return "here" if listing.section.id == fact.section.id else "elsewhere"

    def _fills_open_side(self, query: Query, previous: Turn | None) -> bool:
        """Tell whether "it" stands for the side a relation leaves open and an earlier subject that is no partner
        fills it: "what does it export to India?" after "which country is in SCRI?" asks of SCRI's country, not of
        whichever partner trades with India."""
        if previous is None or query.markers.anaphor is None or query.names_more_than_partners:
            return False
        if not any(not (r.agent and r.target) for r in query.roles):
            return False
        partners = self.scorer.partner_concepts
        return any(u.named and u.token not in partners for u in previous.topic)

    def _flips(self, previous: Turn, query: Query) -> bool:
        """Tell whether a follow-up turns the previous relation round ("what about exports?" after imports)."""
        if query.markers.reversal:
            return True
        asked = dict(_relation_words(query, self.lexicon))
        return any(relation in asked and asked[relation] != reverse for relation, reverse in previous.reverse_words)

    # ------------------------------------------------------------------ a message
    def respond(self, question: str, previous: Turn | None = None) -> Reply:
        """Answer a message (one question, several, a comparison, a follow-up) and say what it was about."""
        if len(question) > self.thresholds.max_question_chars:
            return Reply(Decline(DeclineReason.TOO_LONG, "too many characters"), previous)
        if (
            previous is not None
            and previous.list_turn is not None
            and self._flips(previous.list_turn, self.read(question))
        ):
            # "and the exports?" after "the second one?" of India's imports: the list's relation turned round.
            previous = previous.list_turn
        if previous is not None and previous.fact_ids:
            challenged = self._challenged(question, previous)
            if challenged is not None:
                return challenged
        # ("निम्नलिखित कथनों पर विचार कीजिए: 1. ... 2. ...": statements and options are read in Latin letters.)
        shaped = self.reader.in_latin_keeping_marks(question)
        statements = read_statements(shaped)
        if statements is not None:
            # "Consider the following statements: 1. ... 2. ... Which are correct?": each is judged on its own.
            return Reply(self._judge_statements(statements), previous)
        choices = read_choices(shaped)
        if choices is not None:
            odd = odd_one_of(choices, self.read(choices.stem).markers.negation, self.lexicon)
            if odd is not None:
                # "which is NOT an outcome: (a) ... (d) ...": the odd one out among the lettered options.
                outcome, odd_option = self._odd_one_out(odd, question)
                return Reply(_choose_odd(choices, outcome, odd_option), previous)
            # An exam-style question: answer its stem, then say which lettered option the material gives.
            reply = self.respond(choices.stem, previous)
            return Reply(_choose(choices, reply.outcome), reply.turn)
        summarized = self._summary(question, previous)
        if summarized is not None:
            return summarized
        if previous is not None and len(previous.compared) == 2 and previous.compared_by_time:
            ordered = self._ordered_pair(question, previous)
            if ordered is not None:
                # "which came first?" after "what's the IJICP", "what's CEPA": the two just answered.
                return ordered
        if previous is not None and len(previous.compared) == 2:
            chosen = self._which_of_the_two(question, previous)
            if chosen is not None:
                return chosen
        tokens, other_one = self.reader.other_one(question)
        compared: tuple[str, ...] = ()
        if (
            other_one
            and previous is not None
            and len(previous.others) != 1
            and previous.listed
            and self.reader.ordinal_one(question)[1]
            # ("which is bilateral, JIMEX or MALABAR?", then "dusra wala?": the other option, asked back.)
            and previous.query.words.isdisjoint(self._either_or)
        ):
            # "dusra wala?" after a list with no choice before it: the second item of the list, below ("the other
            # one?" names no place in it).
            other_one = set()
        if other_one:
            # "and the other one, when?": the option of the previous choice that was not the answer.
            if previous is None or len(previous.others) != 1:
                return Reply(Clarify(" ".join(tokens[i] for i in sorted(other_one))), previous)
            question, compared = _put_in(tokens, other_one, previous.others[0]), previous.compared
        elif (
            previous is not None
            and len(previous.compared) == 2
            and previous.compared_by_time
            and (
                asks_time_gap(latin := self.reader.in_latin_letters(question), self.lexicon)
                or (previous.dated_in_turn and self._asks_gap_again(latin))
            )
        ):
            # ("दोनों में कितने साल का अंतर है?" is read as its Hinglish twin.)
            # "gap between them?" after "which came first, CEPA or AAGC?": the two just compared.
            gapped = self._compare(Comparison(GAP, previous.compared[0], previous.compared[1]))
            if gapped is not None:
                return Reply(gapped[0], previous)
        elif previous is not None and len(previous.compared) == 2 and self.reader.ordinal_one(question)[1]:
            # "first one ka full form" after "which is older, AAGC or IJICP?": the options in the order asked (a list
            # in a fact compared is not what "the first one" points at; "the third one" may point into it).
            tokens, place, which = self.reader.ordinal_one(question)
            if place:
                question, compared = _put_in(tokens, place, previous.compared[which]), previous.compared
        elif (
            previous is not None
            and previous.listed
            # "and JIMEX?" after "what is Dharma Guardian?": the same asked of another item, not a place in a list
            # the member asked for.
            and not (
                _names_an_item(previous.query.text, previous.listed)
                and self.reader.names_a_list_item(question, previous.listed)
            )
        ):
            # "third?" after "what are the three pillars?": the third item of the list just given, asked on its own
            # (the list itself is what was just read).
            # ("और तीसरा?" is read as "and third".)
            tokens, place, item, number = self.reader.list_ordinal(
                self.reader.in_latin_letters(question), previous.listed
            )
            if place:
                # "and the first?": the item is asked on its own, so the "and" that continued the turns goes too.
                place |= {i for i in self.reader.ellipsis_positions(tokens) if i < min(place)}
                reply = self._respond_to(_put_in(tokens, place, item), None, excluded=frozenset(previous.fact_ids))
                # "how much of the second one is imported?" asks more of the item than which it is.
                asks_more = any(t not in self.lexicon.ignored for i, t in enumerate(tokens) if i not in place)
                return self._list_item_reply(reply, item, number, previous, asks_more=asks_more)
            tokens, beyond = self.reader.points_into_a_list(question)
            listing = self._listing(previous.list_turn or previous)
            number = self.reader.list_place_number(tokens)
            if beyond and listing is not None and number > len(previous.listed):
                # "5th item?" after CEPA's four areas: the list just given has no such place.
                count = (
                    f"{len(previous.listed)}"
                    if is_complete_list(listing.fact.answer)
                    else f"only {len(previous.listed)}"
                )
                match = Match(listing, 1.0, 1.0, "the list just given", confidence=1.0)
                return Reply(Partial(f"item {number} of the list (it names {count})", (match,)), previous)
            named = None if previous.listed_in_part else self.reader.names_a_list_item(question, previous.listed)
            if named is not None:
                # "state prefecture me kya hua" after the lines of effort: the item the list just named, asked on its
                # own (the list is what was just read); not the list again, bent towards the item's words.
                item, number = named
                tokens = tokenize(question)
                continuing = self.reader.ellipsis_positions(tokens)
                # ("the economic one?", "AI wala?": the item's own words, "one"/"wala" standing for it.)
                substitutes = self.lexicon.words("substitute_nouns")
                alone = " ".join(t for i, t in enumerate(tokens) if i not in continuing and t not in substitutes)
                reply = self._respond_to(alone, None, excluded=frozenset(previous.fact_ids))
                listing = self._listing(previous.list_turn or previous)
                where = self._where_the_item_is(reply.outcome, alone, listing)
                if where is None:
                    # A fact that does not hold the question's words is no fact on the item: the list says which it is.
                    reply = Reply(Decline(DeclineReason.NOT_COVERED, "no fact on the item"), reply.turn)
                # "security?" after the three pillars: the Joint Declaration on Security Cooperation sits elsewhere in
                # the article, and is shown as what the material says elsewhere, not as the pillar itself.
                return self._list_item_reply(reply, item, number, previous, elsewhere=where == "elsewhere")
        if not compared and self._gap_of_nothing(question, previous):
            # "dono ke beech kitne saal" with no two things just answered: between which two?
            return Reply(Clarify(" ".join(question.split()[:4])), previous)
        if not compared:
            tokens, place = self.reader.points_into_a_list(question)
            if place:
                # "the third one?" with no list just given (or one too short) points at nothing the bot can name.
                return Reply(Clarify(" ".join(tokens[i] for i in sorted(place))), previous)
            rest = self.reader.only_the_rest(question)
            if rest:
                # "and the remaining ones?" after Gujarat's prefecture: the rest of what is not said; a fact that
                # happens to say "the rest" or "other outcomes" is no answer, so the bot asks back. After a list
                # just given, the rest of it is what that list's fact says: no more is listed.
                listing = self._listing(previous) if previous is not None and previous.listed else None
                if listing is None:
                    return Reply(Clarify(rest), previous)
                match = Match(listing, 1.0, 1.0, "the list just given", confidence=1.0)
                return Reply(Answer((match,), note="The material lists no more than these."), previous)
        ordered = self._ordered_against_earlier(question, previous) if not compared else None
        if ordered is not None:
            return ordered
        counted = self._counted_from_earlier(question, previous) if not compared else None
        if counted is not None:
            return counted
        completed = self._completed(question, previous) if not compared else None
        if completed is not None:
            return completed
        named_as = self._name_of_it(question, previous) if not compared else None
        if named_as is not None:
            return named_as
        nth = self._nth_of_a_list(question, previous) if not compared else None
        if nth is not None:
            return nth
        if not compared and self._about_the_ties(question, previous):
            # "tell me about india japan relations", "india japan ka rishta": the article's subject as a whole.
            return self._respond_to(self.lexicon.first_word("article_gist_questions"), previous)
        reply = self._respond_to(question, previous)
        titled = (
            self.sections.named_in_full(tokenize(question), self.thresholds.title_extra_words)
            if not isinstance(reply.outcome, Answer)
            else None
        )
        if titled is not None:
            # "role of india-japan in global and regional order", which no one fact answers: the section by its whole
            # title, summed up.
            match = Match(section_summary_fact(*titled), 1.0, 1.0, "names the section by its title", confidence=1.0)
            titled_answer = Answer((match,))
            return Reply(titled_answer, Turn.after(self.read(titled[1].title), titled_answer))
        if compared and reply.turn is not None and reply.turn is not previous:
            # The options stay what "the first one" means for the next follow-up too.
            return Reply(reply.outcome, replace(reply.turn, compared=compared))
        return self._dated_in_turn(reply, previous)

    def _dated_in_turn(self, reply: Reply, previous: Turn | None) -> Reply:
        """Keep the two things just answered one after the other ("what's the IJICP", then "what's CEPA"): "which
        came first?" or "how many years apart are they?" next is asked of the two; when both were asked when ("aagc
        year", "and ijicp?"), "difference between them?" asks the years between them too."""
        turn = reply.turn
        if (
            previous is None
            or turn is None
            or turn is previous
            or turn.compared
            or not isinstance(reply.outcome, Answer)
            or not all(len(t.fact_ids) == 1 for t in (previous, turn))
        ):
            return reply
        # ("India Japan CEPA kab lagu hua?": the partners every fact is about are not the thing answered.)
        partners = self.scorer.partner_concepts
        # ("India-Japan", the partners' own pair, is no thing of theirs either.)
        by_name = [
            [u.label for u in t.topic if u.named and u.token not in partners and not self._partners_only(u.label)]
            for t in (previous, turn)
        ]
        named = by_name
        if not all(len(n) == 1 for n in named):
            # "what were the 2015 pacts", then "and 2025?": things told apart by their years; "2015 pacts?", then
            # "SSGP upgrade?": one by its year, one by its name, if the year is of a thing the glossary names
            # ("pacts"), not of a verb ("what happened in 2017?").
            by_year = [_by_its_year(t.topic) for t in (previous, turn)]
            named = [n if len(n) == 1 else d for n, d in zip(by_name, by_year, strict=True)]
            mixed = any(len(n) == 1 for n in by_name)
            if mixed and not all(
                any(u.kind == "concept" and not is_action(u, self.lexicon) for u in t.topic) for t in (previous, turn)
            ):
                return reply
        if not all(len(n) == 1 for n in named) or named[0] == named[1]:
            return reply
        pair = (named[0][0], named[1][0])
        dated = all(Intent.WHEN in t.query.intents for t in (previous, turn))
        return Reply(reply.outcome, replace(turn, compared=pair, compared_by_time=True, dated_in_turn=dated))

    def _asks_years(self, question: str) -> bool:
        """Tell whether a question asks how many years ("how many years older", "how much older", "kitne saal")."""
        words = tokenize(question)
        return any(set(cue.split()) <= set(words) for cue in self.lexicon.words("years_asked_cues"))

    def _asks_gap_again(self, question: str) -> bool:
        """Tell whether a message is only "difference?" / "dono me kitna fark": after two dates, the years between."""
        words = self.lexicon.words
        skipped = self.lexicon.ignored | words("ellipsis_starters") | words("gap_units")
        tokens = tokenize(question)
        said = [w for w in tokens if w not in skipped]
        if not said and not words("year_units").isdisjoint(tokens):
            return True  # "by how many years?", "kitne saal?": the years between the two
        return bool(said) and any(
            said == [w for w in phrase.split() if w not in skipped] for phrase in words("time_gap_followups")
        )

    def _ordered_pair(self, question: str, previous: Turn) -> Reply | None:
        """Answer "which came first?" naming nothing, after two things answered in turn, of those two; else None."""
        query = self.read(question)
        kind = query.markers.comparison
        # ("pehle kaun aaya": "kaun", who, asks which of the two as "which" does.)
        asked = query.attributes - {"agent"}
        if kind not in {"earlier", "later"} or asked or self.reader.ordinal_one(question)[1]:
            return None  # "the first one?", "the aim of the earlier one": one of the two is asked about, not an order
        if not self.lexicon.words("superlative_order_words").isdisjoint(tokenize(question)):
            return None  # "which is the oldest?" orders more things than the two last answered
        # Nothing but the order and a verb ("which one came first?"): "the most recent agreement?" asks of its own.
        order = self.lexicon.words("comparison_earlier") | self.lexicon.words("comparison_later")
        plain = order | self.lexicon.words("substitute_nouns")
        plain = plain | {stem(w) for w in plain}
        if not all(is_action(u) or u.label.casefold() in plain for u in query.units):
            return None
        if query.markers.anaphor is not None and query.markers.anaphor not in self.lexicon.words("plural_anaphors"):
            return None
        compared = self._compare(Comparison(kind, previous.compared[0], previous.compared[1]))
        return None if compared is None else Reply(compared[0], previous)

    def _name_of_it(self, question: str, previous: Turn | None) -> Reply | None:
        """Answer "what is it called?" / "its full name?" after an answer about one named thing with its full form;
        None for any other message."""
        if previous is None or not previous.fact_ids:
            return None
        words = self.lexicon.words
        tokens = tokenize(question)
        # One thing pointed at ("it", "its", "this"): "name them" asks to list things, not what one is called.
        pointing = (words("anaphors") | words("demonstrative_anaphors")) - words("plural_anaphors")
        pointing -= words("object_anaphors") | {"they", "their", "these", "those"}
        naming = words("name_words")
        if not tokens or tokens[0] in naming:
            return None
        asking = words("what_words") | words("identity_verbs") | pointing
        # ("name" is a function word elsewhere: here it is what is asked.)
        said = [t for t in tokens if t not in asking and (t in naming or t not in self.lexicon.ignored)]
        if not said or set(said).isdisjoint(naming):
            return None
        if not set(said) <= naming:
            # "what is the mission called?" after the space agreement: the thing the answer named, by a word of its
            # name.
            return self._name_of_the_thing_said(tokens, [t for t in said if t not in naming], previous)
        if pointing.isdisjoint(tokens):
            return None
        # (The partners' joint name, "India-Japan", is every fact's: "what's it called?" after "what's the India-Japan
        # space agreement?" asks the agreement's name.)
        partners = self.scorer.partner_concepts
        named = [u.label for u in previous.topic if u.named and u.kind == "concept" and u.token not in partners]
        if not named and len(previous.fact_ids) == 1 and self.base.has_fact(previous.fact_ids[0]):
            # "what was launched in 2021", then "its full name?": the thing the answer was about.
            glossary = self.index.glossary
            things = self.scorer.subjects(self.base.position_of(previous.fact_ids[0])) - self.scorer.partner_concepts
            named = [glossary.labels[c] for c in things if c in glossary.named]
            if not named:
                # ("uska naam?" after "what's the India-Japan space agreement?": the fact's question names only the
                # partners; the thing its answer names, Chandrayaan 5, is what was asked about.)
                position = self.base.position_of(previous.fact_ids[0])
                things = self.scorer.answer_things(position) - self.scorer.partner_concepts
                named = [glossary.labels[c] for c in things if c in glossary.named]
        if len(named) != 1:
            return None
        # "what is it called?" after "which year did japan and india launch a growth corridor": the thing's full form.
        asked = f"{self.lexicon.first_word('full_form_questions')} {named[0]}"
        return self._respond_to(asked, previous)

    def _is_a_name(self, text: str) -> bool:
        """Tell whether a text is the name of a named thing of the glossary ("Economic Security Initiative")."""
        tokens = tokenize(text)
        spans = self.index.glossary_spans(tokens)
        return any(b - a >= len(tokens) - 1 and concept in self.index.glossary.named for a, b, concept in spans)

    def _name_of_the_thing_said(self, tokens: Sequence[str], described: Sequence[str], previous: Turn) -> Reply | None:
        """Answer "what is the mission called?" with the one named thing of the answer just given whose name holds
        the words ("Joint Lunar Polar Exploration Mission"); None when there is not exactly one, or the message is more
        than "the <words> called"."""
        if len(previous.fact_ids) != 1 or not self.base.has_fact(previous.fact_ids[0]) or len(described) > 2:
            return None
        # Only "the mission", "this mission": a word of the thing pointed at, not a question of its own.
        if (self.lexicon.words("demonstrative_anaphors") | self.lexicon.words("determiners")).isdisjoint(tokens):
            return None
        glossary = self.index.glossary
        position = self.base.position_of(previous.fact_ids[0])
        things = self.scorer.answer_things(position) - self.scorer.partner_concepts
        wanted = {stem(w) for w in described}
        # ("Chandrayaan 5" is also written "Joint Lunar Polar Exploration Mission": any way of writing it may hold it.)
        named = [
            glossary.labels[c]
            for c in things
            if c in glossary.named and any(wanted <= set(variant) for variant in glossary.variants(c))
        ]
        if len(named) != 1:
            return None
        reply = self._respond_to(f"{self.lexicon.first_word('full_form_questions')} {named[0]}", previous)
        if isinstance(reply.outcome, Answer):
            # (What comes next leans on the thing spoken of, not on a question of its full form.)
            return Reply(reply.outcome, previous)
        # ("what is the mission called?": the answer just given names it, "Joint Lunar Polar Exploration Mission,
        # i.e. Chandrayaan 5", though no full form of it is given.)
        match = Match(self.index.facts[position], 1.0, 1.0, "names the thing just spoken of", confidence=1.0)
        return Reply(Answer((match,)), previous)

    def _which_of_the_two(self, question: str, previous: Turn) -> Reply | None:
        """Answer "which one counters unilateralism?" after two things answered in turn (QUAD, then SCRI): the one
        of the two a fact says it of, when the material says it of exactly one; else None."""
        words = self.lexicon.words
        tokens = tokenize(question)
        if len(tokens) < 3 or tokens[0] not in words("which_words") or tokens[1] not in words("substitute_nouns"):
            return None
        rest = " ".join(tokens[2:])
        chosen = []
        for side in previous.compared:
            outcome = self._decide(self.read(f"{side} {rest}"))
            # (The side's own name found the fact: "SCRI" in a fact spelling out the Supply Chain Resilience ...)
            if isinstance(outcome, Answer) and side in outcome.best.covered:
                chosen.append((side, outcome))
        if len(chosen) != 1:
            return None
        side, outcome = chosen[0]
        return Reply(replace(outcome, note=f"Of the two, {side}:"), previous)

    def _counted_from_earlier(self, question: str, previous: Turn | None) -> Reply | None:
        """Count years from the thing answered before: "how many yrs after that was SSGP?" after CEPA is asked as
        "how many yrs after CEPA was SSGP", "and 10 years later?" after the 2015 pacts as "what came 10 years after
        2015"; None when the message asks no such thing or nothing dated was answered before."""
        earlier = self._earlier_dated(previous) if previous is not None else None
        if earlier is None:
            return None
        words = self.lexicon.words
        tokens = tokenize(question)
        pointing = [i for i, t in enumerate(tokens) if t in words("anaphors") or t in words("demonstrative_anaphors")]
        if len(pointing) == 1:
            asked = _put_in(tokens, {pointing[0]}, earlier)
        elif (side := read_gap_side(question, self.lexicon)) is not None:
            # "how many years after CEPA?" after the IJICP: the years between the two.
            return self._gap_reply((side, earlier), self.read(question))
        elif not pointing:
            # "and 10 years later?": years counted, and nothing named to count them from.
            said = [t for t in tokens if t not in words("ellipsis_starters")]
            if len(said) != 3 or not words("offset_units") & {said[1]}:
                return None
            asked = " ".join((self.lexicon.first_word("offset_questions"), *said, earlier))
        else:
            return None
        query = self.read(asked)
        gap = read_time_gap(asked, self.lexicon)
        if gap is not None:
            return self._gap_reply(gap, query)
        offset = read_offset(asked, self.lexicon)
        return self._offset_reply(offset, query) if offset is not None else None

    def _earlier_dated(self, previous: Turn) -> str | None:
        """Return what a follow-up's "that" counts from: the one thing named before, else the year of the one fact
        answered ("2015 pacts" -> "2015"), else None."""
        named = [u.label for u in previous.topic if u.named]
        if len(named) == 1:
            return named[0]
        ids = previous.fact_ids
        if len(ids) != 1 or not self.base.has_fact(ids[0]):
            return None
        answer = self.index.facts[self.base.position_of(ids[0])].fact.answer
        # A sum's year ("US$ 22.85 billion in FY 2023-24") is when it was counted, not a thing that happened then.
        year = first_year(answer) if first_amount(answer) is None else None
        return None if year is None else str(year)

    def _gap_reply(self, gap: tuple[str, str], query: Query) -> Reply | None:
        """Answer the years between two dated things, or None when the material does not date both."""
        gapped = self._compare(Comparison(GAP, gap[0], gap[1]))
        if gapped is None:
            return None
        outcome = gapped[0]
        return Reply(outcome, replace(Turn.after(query, outcome), compared=gap, compared_by_time=True))

    def _offset_reply(self, offset: tuple[int, int, str], query: Query) -> Reply | None:
        """Answer what came some years from a dated thing, or None when the side names no dated thing."""
        counted = self._years_from(*offset)
        if counted is None:
            return None
        # "how many years before IJICP was that?" next means what was answered (the SSGP), not CEPA counted from.
        return Reply(counted, replace(Turn.after(query, counted), topic=()))

    def _about_the_ties(self, question: str, previous: Turn | None) -> bool:
        """Tell whether a message names nothing but the partners and their ties ("tell me about india japan
        relations"), asking nothing in particular of them: it asks what the article as a whole says."""
        query = self.read(question)
        markers = query.markers
        if (
            not query.units
            # "bilateral bhi?" after "is MALABAR multilateral?" says the earlier thing is bilateral too (a word alone;
            # "india japan relations bhi batao" still asks of the ties).
            or (previous is not None and query.content_words <= 1 and self._adds_to_before(query))
            or query.attributes
            or query.intents
            or query.yes_no
            or query.roles
            or markers.anaphor is not None
            or markers.demonstrative
            or markers.continues
            or markers.elliptical
            or markers.dangling
            or markers.comparison
            # "bilateral kaunse?" asks which things are bilateral, not about the ties.
            or not query.words.isdisjoint(self.lexicon.words("which_words"))
        ):
            return False
        ties = self.lexicon.words("pair_relation_words") | self.lexicon.words("pairing_nouns")
        partners = self.scorer.partner_concepts
        kinds = [u.token in partners or u.label.casefold() in ties for u in query.units]
        return all(kinds) and any(u.label.casefold() in ties for u in query.units)

    def _sides_of_the_earlier_relation(self, query: Query, previous: Turn) -> Query:
        """Read the sides a follow-up marks with postpositions, and no word of a relation, against the earlier
        question's relation ("aur japan india se?" after "india japan se kya kya kharidta hai?": what Japan buys from
        India)."""
        if query.roles or not previous.query.roles or not query.entities or query.asks:
            return query
        # Only sides, nothing of its own: "what does the act east forum do for india?" asks anew.
        countries = {e.casefold() for e in query.entities}
        # ("aur India Japan ko 22.85?" after Japan's exports: the sides and a figure claimed of them.)
        partners = self.scorer.partner_concepts
        if not all(u.label.casefold() in countries or u.token in partners or u.kind == "figure" for u in query.units):
            return query
        said = tokenize(query.text)
        markers = self.lexicon.words("relation_targets") | self.lexicon.words("relation_sources")
        at = next((i for i, t in enumerate(said) if t in markers and i and said[i - 1] not in markers), None)
        relations = self.lexicon.relation_words
        word = next((t for t in tokenize(previous.query.text) if t in relations), None)
        if at is None or word is None:
            return query
        # The verb closes a Hindi phrase whose last side is marked after it ("japan india se kharidta"), and stands
        # before an English side's preposition ("japan buy from india").
        readings = [[*said, word]] if said[-1] in markers else []
        readings.append([*said[:at], word, *said[at:]])
        for words in readings:
            # Read as said with the verb, so a next follow-up ("and india from japan?") finds it in this one.
            reread = self.read(" ".join(words))
            if reread.roles:
                return reread
        return query

    def _asks_an_act_of_partners_alone(self, query: Query) -> bool:
        """Tell whether a yes/no question asks only whether the partners did what needs an object ("did india
        sign?", "has japan joined?"): all it names besides the verb ending it is partners."""
        if not (query.yes_no and query.markers.dangling) or query.names_more_than_partners:
            return False
        partners, verbs = self.scorer.partner_concepts, self.lexicon.words("dangling_verbs")
        return all(u.token in partners or not verbs.isdisjoint(tokenize(u.label)) for u in query.units)

    def _completed(self, question: str, previous: Turn | None) -> Reply | None:
        """Answer "with whom?" or "to what" after a question as the end of that question ("relations were upgraded in
        2014 ... to what"), or None when the message names something or the whole asks nothing answered."""
        if previous is None or not previous.fact_ids:
            return None
        query = self.read(question)
        if query.units or not query.markers.dangling:
            return None
        reply = self._respond_to(f"{previous.query.text} {question}", previous)
        # It asks more of the fact just given ("to what" of "ties were upgraded to the SSGP"), not of another one.
        answered = isinstance(reply.outcome, Answer) and reply.outcome.best.fact.fact.id in previous.fact_ids
        return reply if answered else None

    def _ordered_against_earlier(self, question: str, previous: Turn | None) -> Reply | None:
        """Put the earlier subject in order with a thing named ("was it before CEPA?" after the IJICP), or None."""
        if previous is None:
            return None
        query = self.read(question)
        anaphor, kind = query.markers.anaphor, query.markers.comparison
        named = [u.label for u in previous.topic if u.named]
        tokens = tokenize(question)
        if kind not in {"earlier", "later"} or len(named) != 1 or not tokens:
            return None
        order_words = self.lexicon.words(f"comparison_{kind}")
        # "is that before IJICP?": a demonstrative right before the order word stands for the earlier subject.
        pointing = [
            i
            for i, t in enumerate(tokens[:-1])
            if t in self.lexicon.words("demonstrative_anaphors") and tokens[i + 1] in order_words
        ]
        if anaphor is not None and anaphor in tokens:
            # ("so it happened after CEPA?": the question mark says the statement is asked.)
            mark = "?" if question.rstrip().endswith("?") else ""
            asked = _put_in(tokens, {tokens.index(anaphor)}, named[0]) + mark
        elif anaphor is None and query.markers.demonstrative and pointing:
            asked = _put_in(tokens, {pointing[0]}, named[0])
        elif anaphor is None and tokens[0] in order_words:
            # "before CEPA?" after the AAGC is asked as "was the AAGC before CEPA?".
            opener = self.lexicon.first_word("order_claim_openers")
            asked = f"{opener} {named[0]} {' '.join(tokens)}"
        else:
            return None
        t = self.thresholds
        if read_ordering(asked, kind, self.lexicon, t.max_ordered_items, t.max_ordered_words) is None:
            return None
        reply = self._respond_to(asked, previous)
        return reply if isinstance(reply.outcome, Answer | Correction) else None

    def _summary(self, question: str, previous: Turn | None) -> Reply | None:
        """Answer a request for a summary: of a section, with the section's summary; of a thing, with what the material
        says of it ("key points of QUAD" is asked as "QUAD"); None for any other message."""
        request = self.reader.summary_request(question)
        if request is None:
            return None
        if request.asked_by and not any(
            self.sections.title_holds(section, request.asked_by)
            for _source, section in self.sections.named_by(request.topic)
        ):
            return None  # "does the summary mention Africa?", "was the visit brief?": a question of its own
        if not request.topic and set(self.read(question).entities) - self.index.partners:
            return None  # "summarize the US": a name the reading keeps, though its word ("us") names nothing
        if not request.topic or self.sections.names_an_article(request.topic):
            pointing = self.lexicon.words("anaphors") | self.lexicon.words("plural_anaphors")
            if pointing.isdisjoint(request.rest):
                # "sum up the article in a line", "tldr?", "summary of the India-Japan partnership": the article's gist.
                gist = self.lexicon.first_word("article_gist_questions")
                return self._respond_to(gist, previous)
            # "summarize it": what the earlier answer was about, explained.
            asked = self.lexicon.first_word("summary_of_earlier")
            return self._respond_to(" ".join((asked, *request.rest)), previous)
        named = self.sections.named_by(request.topic)
        if named:
            summaries = tuple(
                Match(
                    section_summary_fact(*found),
                    1.0,
                    1.0,
                    f"asks for the summary of the section \u201c{found[1].title}\u201d",
                    confidence=1.0,
                )
                for found in named
            )
            # The section is what a follow-up leans on ("now security" after the pillars), not "summarize".
            topic = self.read(" ".join(request.topic))
            if len(summaries) == 1:
                outcome: Outcome = Answer(summaries)
                return Reply(outcome, Turn.after(topic, outcome))
            # "summarize the pillars section" with two articles that have one: which article is meant.
            titles = " or ".join(m.fact.source.title for m in summaries[: self.thresholds.max_suggestions])
            outcome = Clarify("which article", f"{titles}?", options=summaries[: self.thresholds.max_suggestions])
            articles = tuple(m.fact.source.id for m in summaries)
            return Reply(outcome, Turn(topic, topic.units, pending=True, articles=articles))
        rest = list(request.rest)
        while rest and rest[0] in self.lexicon.ignored:
            rest.pop(0)  # "brief on development cooperation": what it is on is the question
        return self._respond_to(" ".join(rest), previous)

    def _respond_to(self, question: str, previous: Turn | None, excluded: frozenset[str] = frozenset()) -> Reply:
        query = self.read(question)
        if excluded:
            query = replace(query, excluded=query.excluded | excluded)
        trivial = self._trivial(query, previous)
        if trivial is not None:
            return Reply(trivial, previous)
        said = tokenize(question)
        # ("why not?" after "Japan restricts ...": why it is not so, no "which is not".)
        why_not = (
            previous is not None
            and all(t in self.lexicon.words("premise_starters") | self.lexicon.words("negations") for t in said)
            and len(previous.fact_ids) == 1
            and self.base.has_fact(previous.fact_ids[0])
            and "reason" in self.index.profiles[self.base.position_of(previous.fact_ids[0])].gives
        )
        # ("कौन सा अभ्यास द्विपक्षीय नहीं है: JIMEX, ..." is read in Latin letters, its marks kept.)
        latin_marked = self.reader.in_latin_keeping_marks(question)
        odd = None if why_not else read_odd_one_out(latin_marked, query.markers.negation, self.lexicon)
        if odd is not None and (odd.options or not query.yes_no or not query.words.isdisjoint(self._either_or)):
            # ("kya india ne NPT sign nahi kiya hai?": "kya" opening a negated statement asks whether it is so.)
            return Reply(self._odd_one_out(odd, question)[0], previous)
        # ("राज्य-प्रीफेक्चर जुड़ाव किस दस्तावेज़ का हिस्सा है?" is read in Latin letters: "which document ka part".)
        thing = read_heading_question(latin_marked, self.lexicon)
        placed_after = previous
        if thing is None and previous is not None and previous.placed and query.markers.elliptical and query.units:
            # "and IJICP?" after "which pillar is MAHSR under?": where the article puts this one, named on its own.
            starters = self.lexicon.words("ellipsis_starters")
            thing = " ".join(itertools.dropwhile(lambda t: t in starters, tokenize(question)))
            placed_after = None
        if thing is not None:
            placed = self._placed(thing, placed_after, asks_a_container(latin_marked, self.lexicon))
            if placed is not None:
                # "which pillar is MAHSR under?": the heading the article puts the thing's fact under.
                return placed
        t = self.thresholds
        kind = query.markers.comparison
        # ("पहले क्या आया, CEPA या IJICP?", "CEPA कब लागू हुआ और इसमें क्या शामिल है?": the shapes of a message are read
        # in Latin letters, "या" as "or" and "और" as "and"; a message in Latin letters is read as it is.)
        latin = latin_marked
        choice = read_year_choice(latin, self.lexicon) if query.markers.anaphor is None else None
        if choice is not None:
            # "was CEPA before or after 2015?" asks which, and claims neither: how its year stands to that year.
            placed_in_time = self._years_to(*choice)
            if placed_in_time is not None:
                return Reply(placed_in_time[0], Turn.after(query, placed_in_time[0]))
            dated = self._decide(self.read(choice[0]))
            if isinstance(dated, Answer):
                # "was jimex before or after 2015?": the material names it and dates it nowhere.
                undated = Partial("a date for it", (dated.best,))
                return Reply(undated, Turn.after(query, undated))
        ordering = read_ordering(latin, kind, self.lexicon, t.max_ordered_items, t.max_ordered_words)
        ordering = ordering or self._postposed_ordering(latin)
        if ordering is not None and query.markers.anaphor is None:
            ordered = self._order(ordering, question)
            if ordered is not None:
                turn = Turn.after(query, ordered)
                if len(ordering.items) == 2 and isinstance(ordered, Answer):
                    # "how many years before?" next asks the time between the two just put in order.
                    turn = replace(turn, compared=ordering.items, compared_by_time=True)
                return Reply(ordered, turn)
        comparison = read_comparison(latin, query.markers.comparison, self.lexicon)
        if comparison is not None and comparison.kind in {"earlier", "later"} and self._asks_years(question):
            # "how many years older is CEPA than IJICP?": the years between them, not only which came first (the
            # words asking how many are no side's).
            asking = self.lexicon.words("gap_units") | self.lexicon.words("year_units") | self.lexicon.ignored
            asking -= pronouns(self.lexicon)  # ("how many years older is it": "it", the thing before)

            def side(text: str) -> str:
                kept = [w for w in text.split() if w.casefold() not in asking]
                return " ".join(kept) if kept else text

            comparison = replace(comparison, kind=GAP, first=side(comparison.first), second=side(comparison.second))
        if comparison is not None:
            resolved = self._pronoun_side_named(comparison, previous)
            if resolved is None:
                # "which came first, this or AAGC?" with no one thing asked about before: what is "this"?
                words = pronouns(self.lexicon)
                return Reply(Clarify(next(s for s in (comparison.first, comparison.second) if s in words)), previous)
            comparison = resolved
        if comparison is not None:
            # ("india exports no more than japan" claims the opposite of what its words compare: no verdict.)
            denied = not self.lexicon.words("comparison_denials").isdisjoint(tokenize(latin))
            claimed = comparison.claims_first and (query.yes_no or query.claims) and not denied
            compared = self._compare(comparison, claimed=claimed)
            if compared is not None:
                outcome, others = compared
                sides = (comparison.first, comparison.second)
                turn = replace(Turn.after(query, outcome), others=others, compared=sides)
                # ("which came first, X or Y" dated both: "gap?" next asks the years between them.)
                by_time = comparison.by_time
                return Reply(outcome, replace(turn, compared_by_time=by_time, dated_in_turn=by_time))
        gap = (read_time_gap(latin, self.lexicon) or read_age(latin, self.lexicon)) if comparison is None else None
        if gap is not None and query.markers.anaphor is None:
            # "how many years between CEPA and AAGC": both dated, and the years between them worked out.
            gapped = self._gap_reply(gap, query)
            if gapped is not None:
                return gapped
        offset = read_offset(latin, self.lexicon) if comparison is None and gap is None else None
        if offset is not None and query.markers.anaphor is None:
            counted = self._offset_reply(offset, query)
            if counted is not None:
                return counted
        difference = read_difference(latin, self.lexicon) if comparison is None and gap is None else None
        if difference is not None and not self.lexicon.words("versus_joiners").isdisjoint(tokenize(latin)):
            difference = self._versus_sides(difference, query)
        if difference is not None and query.markers.anaphor is None:
            set_side_by_side = self._side_by_side(difference)
            if set_side_by_side is not None:
                turn = replace(Turn.after(query, set_side_by_side), compared=difference, compared_by_time=True)
                return Reply(set_side_by_side, turn)
        # "X, and what is Y?": two questions joined by a question word are answered part by part first.
        clauses = split_clauses(latin, self.lexicon)
        # What the parts give, once worked out: asked again below with the same message, clauses and turn, they give
        # the same, and working them out decides each part afresh.
        by_parts: tuple[Outcome | None] | None = None
        if len(clauses) >= 2:
            parts = self._parts(latin, previous, clauses)
            if isinstance(parts, Answer):
                return Reply(parts, self._answered_pair(parts, Turn.after(query, parts)))
            by_parts = (parts,)
        outcome, used = self._in_context(query, previous)
        if not (isinstance(outcome, Answer) and outcome.best.coverage >= self.thresholds.whole_message_coverage):
            parts = by_parts[0] if by_parts is not None else self._parts(latin, previous, clauses)
            if parts is not None:
                outcome = parts
        if isinstance(outcome, Clarify):
            # Keep what was asked, so "I meant the AAGC" (or "germany", for an article) can complete it.
            articles = tuple(m.fact.source.id for m in outcome.options)
            return Reply(outcome, Turn(used, used.units if outcome.options else (), pending=True, articles=articles))
        if used is query:
            # (A follow-up read with the question before it asks of the earlier subject: no bare "Yes" to it.)
            outcome = self._confirmed(outcome, used, previous)
        turn = Turn.after(used, outcome, _relation_words(used, self.lexicon))
        about = self.lexicon.words("article_about_words")
        if turn.topic and all(u.label.casefold() in about for u in turn.topic):
            # "summarize the article", then "why in news?": the article as a whole is no subject to ask more of.
            turn = replace(turn, topic=())
        named = self._answered_name(used, outcome)
        if named:
            # "and the initiative with Australia is called?": the name answered is what "that one" means next, and
            # the names that found it (Australia) are not asked about again.
            partners = self.index.partners
            entities = tuple(e for e in turn.query.entities if e in partners)
            turn = replace(turn, topic=named, query=replace(turn.query, entities=entities, roles=()))
        if isinstance(outcome, Decline) and previous is not None:
            # "who won the IPL?" declined: "back to it" then means what was asked before it.
            turn = replace(turn, earlier=previous if previous.fact_ids else previous.earlier)
        return Reply(outcome, self._answered_pair(outcome, turn))

    def _confirmed(self, outcome: Outcome, query: Query, previous: Turn | None) -> Outcome:
        """Say yes to a yes/no question one fact bears out in full ("is MALABAR multilateral?"): the fact alone
        leaves the member to work out the yes.

        Words the fact holds need not stand in the relation the question asks ("is MAHSR in the northeast?" against
        a fact naming MAHSR and, of the Act East Forum, the Northeast), so only two shapes of claim are borne out:
        an item of a list the fact gives, of the thing or kind the list is of ("does CEPA cover IPR?", "is MALABAR
        multilateral?"), and a thing the fact names asked to exist ("was there an AI initiative?").
        """
        if not (isinstance(outcome, Answer) and query.yes_no and not outcome.note and len(outcome.matches) == 1):
            return outcome
        if query.markers.negation or not query.units or "_" in query.text:
            return outcome  # ("isn't JIMEX naval?": a bare yes to it reads either way)
        if query.numbers or query.roles or query.claims:
            # A figure, a direction or a statement put as a question is borne out only by the checks that correct
            # it ("joint declaration bhi 2015 ka hai?" against the fact on the 2015 pacts, which names it too).
            return outcome
        words = tokenize(query.text)
        lexicon = self.lexicon
        markers = query.markers
        if previous is not None and (markers.elliptical or markers.continues or markers.anaphor is not None):
            return outcome  # a follow-up asks of what was said before, which the fact need not be about
        refused = lexicon.words("open_question_words") | lexicon.words("exclusive_words")
        refused |= lexicon.words("additive_words") | lexicon.relation_words.keys()
        if not refused.isdisjoint(words) or (words and words[-1] in lexicon.words("trailing_prepositions")):
            # "2+2 dialogue kiske beech hota hai?" asks between whom; "is SCRI only india and japan?", "is MILAN
            # too?" and "is copper an export?" say more than the words the fact holds.
            return outcome
        fact = outcome.best.fact.fact
        if not lexicon.words("negations").isdisjoint(tokenize(fact.answer)):
            return outcome  # "... a permanent seat ...; neither is said to hold one"
        # (The partners stay: "is MAHSR in japan?" asks where, which "Mumbai-Ahmedabad" answers otherwise.)
        units = list(query.units)
        position = self.base.position_of(fact.id)
        if units and (self._an_item_of_its_list(units, fact) or self._named_to_exist(units, position)):
            return replace(outcome, note=CONFIRMS_NOTE)
        return outcome

    def _tokens_of(self, text: str) -> set[str]:
        """Return a text's word tokens and the glossary concepts it names, as a question's units hold them."""
        words = tokenize(text)
        token = self.index.senses.token
        return {token(w) for w in words} | {concept for _s, _e, concept in self.index.glossary_spans(words)}

    def _an_item_of_its_list(self, units: Sequence[Unit], fact: Fact) -> bool:
        """Tell whether a question names an item of the list a fact gives and, in the words before the list, what
        the list is of; every other thing it names is another item ("does CEPA include IPR and movement of natural
        persons?")."""
        items = items_of(fact, fewest=2)
        if not items:
            return False
        at = fact.answer.casefold().find(items[0].casefold())
        if at <= 0:
            return False
        head = self._tokens_of(fact.answer[:at])
        listed = [self._tokens_of(item) for item in items]

        def within(unit: Unit, tokens: set[str]) -> bool:
            return any(set(alternative) <= tokens for alternative in unit.alternatives)

        in_head = [u for u in units if within(u, head)]
        in_items = [u for u in units if u not in in_head and any(within(u, item) for item in listed)]
        if not in_items or any(u not in in_head and u not in in_items for u in units):
            return False
        # What the list is of is more than a kind of name ("was there a clean energy initiative?" against "the
        # strategic sectors the Economic Security Initiative includes": "initiative" is no such initiative).
        heads = self._name_head_stems
        if not in_head or all(not u.named and stem(u.label.split()[-1].casefold()) in heads for u in in_head):
            return False
        # Things claimed together are one item ("does gujarat have a partnership with yamanashi?": Gujarat's item
        # pairs it with Shizuoka).
        return any(all(within(u, item) for u in in_items) for item in listed)

    def _named_to_exist(self, units: Sequence[Unit], position: int) -> bool:
        """Tell whether every thing a question names is inside one name the fact gives ("was there an AI
        initiative?" against "an India-Japan AI initiative"): asked to exist, it does."""
        words = self.scorer.answer_tokens(position)
        token = self.index.senses.token
        for start, end, concept in self.scorer.answer_spans(position):
            if end - start < 2:
                continue
            name = {token(w) for w in words[start:end]} | {concept}
            if all(any(set(a) <= name for a in u.alternatives) for u in units):
                return True
        return False

    def _gap_of_nothing(self, question: str, previous: Turn | None) -> bool:
        """Tell whether a message asks the time between two things it does not name ("gap between them?", "dono ke
        beech kitne saal") when no two things were just answered."""
        if previous is not None and len(previous.compared) == 2:
            return False
        if not asks_time_gap(question, self.lexicon) or read_time_gap(question, self.lexicon) is not None:
            return False
        return not any(u.named or u.kind == "entity" for u in self.read(question).units)

    def _answered_pair(self, outcome: Outcome, turn: Turn) -> Turn:
        """Keep two named things answered in one message, each with a year ("cepa and ssgp years"), as what "gap
        between them?" or "which came first?" next asks of."""
        if not isinstance(outcome, Answer) or len(outcome.matches) != 2 or turn.compared:
            return turn
        partners = self.scorer.partner_concepts
        named = list(dict.fromkeys(u.label for u in turn.query.units if u.named and u.token not in partners))
        if len(named) != 2 or not all(first_year(m.fact.fact.answer) for m in outcome.matches):
            return turn
        return replace(turn, compared=(named[0], named[1]), compared_by_time=True)

    def _bare_choice(self, query: Query) -> bool:
        """Tell whether a question only offers a choice of words or figures that name nothing ("bilateral or
        multilateral?", "2011 or 2014?"): a choice between named things ("CEPA or IJICP?") is about them."""
        named, known = self.index.glossary.named, self.index.postings
        # "tea or coffee?" names nothing of the material either: no question about it to ask back.
        return (
            bool(query.units)
            and not query.entities
            and all(
                u.options
                and not any(t in named for a in u.alternatives for t in a)
                and all(t in known or is_number(t) for a in u.alternatives for t in a)
                for u in query.units
            )
        )

    def _answered_name(self, query: Query, outcome: Outcome) -> tuple[Unit, ...]:
        """Return the unit of the one named thing an answer gives to a question asking for a name ("which initiative
        ...", "... is called?"), when the question did not name it itself; else ()."""
        if not isinstance(outcome, Answer) or len(outcome.matches) != 1 or not query.units:
            return ()
        words = self.lexicon.words
        tokens = tokenize(query.text)
        # "which initiative ...", "... is called?"; not "which one is Japan's, X or Y?" (a choice between names).
        which_thing = any(
            t in words("which_words") and i + 1 < len(tokens) and tokens[i + 1] not in words("substitute_nouns")
            for i, t in enumerate(tokens)
        )
        if not (query.words & words("name_words") or which_thing) or any(u.options for u in query.units):
            return ()
        fact_id = outcome.best.fact.fact.id
        if not self.base.has_fact(fact_id):
            return ()
        asked = {u.token for u in query.units}
        things = self.scorer.subjects(self.base.position_of(fact_id)) - self.scorer.partner_concepts - asked
        concepts = [t for t in things if t in self.index.glossary.named]
        if len(concepts) != 1:
            return ()
        label = self.index.glossary.labels[concepts[0]]
        return tuple(u for u in self.read(label).units if u.token == concepts[0])

    def ask(self, question: str, previous: Turn | None = None) -> Outcome:
        """Answer ``question`` from the base (after ``previous``, for follow-ups), or decline honestly."""
        return self.respond(question, previous).outcome

    def _parts(self, question: str, previous: Turn | None, clauses: list[str] | None = None) -> Outcome | None:
        """Answer a message that asks several things part by part; a part without a subject leans on the one before."""
        parts = self._split(question, clauses)
        if len(parts) < 2:
            return None
        outcomes: list[Outcome] = []
        turn = previous
        # "dharma guardian and milan are bilateral exercises" states a claim of each name: a part that asks nothing
        # ("milan are bilateral exercises") is that claim, read as a statement even where its words alone are not.
        whole = self.read(question)
        # ("cepa 2011, aagc 2015 right?": the tag asks to confirm each.)
        claimed = whole.claims or (whole.yes_no and not whole.asks)
        for part in parts[: self.thresholds.max_parts]:
            query = self.read(part)
            if claimed and not query.claims and not query.asks:
                query = replace(query, claims=True)
            if self._trivial(query) is not None:
                continue
            outcome, used = self._in_context(query, turn)
            outcomes.append(outcome)
            turn = Turn.after(used, outcome, _relation_words(used, self.lexicon))
        corrected = next((o for o in outcomes if isinstance(o, Correction)), None)
        if corrected is not None:
            # "JIMEX aur MALABAR dono bilateral hai na?": a premise false in one part is false as a whole.
            return corrected
        answered: list[Match] = []
        for outcome in outcomes:
            if isinstance(outcome, Answer) and all(m.fact.fact.id != outcome.best.fact.fact.id for m in answered):
                answered.append(outcome.best)
        # Parts past the most read are parts not answered ("match: AP-? TN-? UP-? Gujarat-?" asks four).
        every = all(isinstance(o, Answer) for o in outcomes) and len(parts) <= self.thresholds.max_parts
        if len(answered) >= 2 and every:
            return Answer(tuple(answered))
        if answered and len(outcomes) >= 2 and not every:
            return Partial("an answer to every part of the question", tuple(answered))
        return None

    def _split(self, question: str, clauses: list[str] | None = None, depth: int = 0) -> list[str]:
        """Split a message into the questions it asks, or return it whole.

        ``clauses``: the message's clauses, when already split (``respond`` does so first); ``depth``: how many halves
        before this one were split off (a message is read in at most ``max_parts`` parts).
        """
        parts = clauses if clauses is not None else split_clauses(question, self.lexicon)
        if len(parts) >= 2:
            return parts
        # "cepa year and ijicp year?", "aagc kab bana aur kis liye": split where the second half asks something.
        words = normalize(question).replace(",", " , ").split()
        per_name = self._per_name(words)
        if per_name:
            return per_name
        joiners = self.lexicon.words("clause_joiners") | {","}
        whole: set[str] | None = None
        pairs: list[tuple[str, str]] = []
        for i, word in enumerate(words):
            if word not in joiners or i == 0 or i == len(words) - 1:
                continue
            left, right = " ".join(words[:i]).strip(" ,"), " ".join(words[i + 1 :]).strip(" ,")
            if only_a_tag(right, self.lexicon):
                continue  # "JIMEX is bilateral, isn't it?" asks once
            if word in self.lexicon.words("additive_words") and self._opener_and_names(left):
                continue  # "is Russia also a member?": "also" says the claim adds to one before, joining nothing
            # The half after the joiner first: most joiners join names ("India and Japan"), and a half that asks
            # nothing splits nothing, so the half before it is not read for nothing (each reading is a question's).
            right_query = self.read(right)
            # "cepa 2011, aagc 2015 right?": a claim after a claim, each to check.
            only_claims = not (right_query.asks or right_query.markers.anaphor)
            if only_claims and not (right_query.yes_no and any(u.kind == "figure" for u in right_query.units)):
                continue
            left_query = self.read(left)
            if not left_query.units:
                continue
            if left_query.markers.negation and {u.label for u in right_query.units} <= {
                u.label for u in left_query.units
            }:
                # "aagc wasn't set up in 2015, when then?", "... wasn't posted on 8 oct, when was it posted?": what
                # the denial leaves open is asked of the same thing, one question.
                continue
            if only_claims:
                # ... when the half before is one too ("cepa 2011"), of another named thing.
                if not any(u.kind == "figure" for u in left_query.units):
                    continue
                left_named = {u.token for u in left_query.units if u.named}
                if not left_named or left_named & {u.token for u in right_query.units if u.named}:
                    continue
            # "a special strategic and global partnership": a joiner inside a name the base knows joins no clauses.
            if whole is None:
                whole_query = self.read(question)
                whole = _concepts(whole_query)
                symmetric = self.lexicon.symmetric_relations
                pairs = [
                    (r.agent, r.target) for r in whole_query.roles if r.relation in symmetric and r.agent and r.target
                ]
            # "gujarat and yamanashi partnership details": a pair said of each other is no two questions.
            sides = set(left_query.entities), set(right_query.entities)
            if any(
                {a, b} <= sides[0] | sides[1] and not {a, b} <= sides[0] and not {a, b} <= sides[1] for a, b in pairs
            ):
                continue
            if whole <= _concepts(left_query) | _concepts(right_query):
                # "cepa kab aaya, trade kitna hai aur aagc kab bana?": the half after may ask two things itself.
                rest = self._split(right, depth=depth + 1) if depth + 2 < self.thresholds.max_parts else []
                return [left, *(rest if len(rest) > 1 else [right])]
        return parts

    def _pairs_its_two_names(self, query: Query) -> bool:
        """Tell whether a question says its names of each other, pair by pair ("are Tamil Nadu and Toyama partners?",
        "is TN paired with Ehime and Gujarat with Shizuoka?")."""
        symmetric = self.lexicon.symmetric_relations
        pairs = [r for r in query.roles if r.relation in symmetric and r.agent and r.target]
        return bool(pairs) and (len(query.entities) == 2 or len(pairs) == len(query.entities) // 2)

    def _per_name(self, words: list[str]) -> list[str]:
        """Ask a question about a list of two names once per name ("toyama and ehime - which states are they paired
        with?"): each name is kept with the rest of the question and the other name left out."""
        joiners = self.lexicon.words("list_joiners") | {","}
        if joiners.isdisjoint(words[1:-1]):
            # No joiner between two words: no pair of names to split, whatever the message reads as. Its words are
            # the message normalised, which reads as a text of its own ("When was X held?" lower-cased): a whole
            # reading of the question again, for a message that most often names no list.
            return []
        whole = self.read(" ".join(words))
        if whole.set_aside or whole.markers.comparison:
            # "apart from JIMEX and Dharma Guardian": one list set aside; "which came first, CEPA and IJICP": one
            # comparison. Neither is two questions.
            return []
        if sum(u.named for u in whole.units) < 2:
            return []  # two names or none: most messages are read no further
        symmetric = self.lexicon.symmetric_relations
        relations = self.lexicon.relation_words
        says_pairs = any(relations[w][0] in symmetric for w in words if w in relations)
        if self._pairs_its_two_names(whole) or (says_pairs and len(whole.entities) >= 3):
            # "are Tamil Nadu and Toyama partners?", "is TN paired with Ehime and Gujarat with Shizuoka?", "are AP and
            # TN paired with Toyama and Ehime?": the names are said of each other, pair by pair.
            return []
        pairing = self.lexicon.words("pair_prepositions")
        longest = self.thresholds.listed_name_words
        tried = 0
        for i, word in enumerate(words):
            if word not in joiners or i == 0 or i == len(words) - 1:
                continue
            tried += 1
            if tried > self.thresholds.max_parts:
                break  # a long list is no pair of names; each try reads a few windows
            before = next((k for k in range(min(longest, i), 0, -1) if self._one_name(words[i - k : i])), 0)
            if not before or (i > before and words[i - before - 1] in pairing):
                continue  # "between CEPA and IJICP": the two are asked about together
            room = min(longest, len(words) - i - 1)
            after = next((k for k in range(room, 0, -1) if self._one_name(words[i + 1 : i + 1 + k])), 0)
            if not after or words[i - before : i] == words[i + 1 : i + 1 + after]:
                continue
            if pairing & set(words[i + 1 + after : i + 3 + after]):
                continue  # "CEPA aur AAGC ke beech": the pair word may come after the two
            first = " ".join(words[:i] + words[i + 1 + after :])
            second = " ".join(words[: i - before] + words[i + 1 :])
            return [first, second]
        return []

    def _one_name(self, words: list[str]) -> bool:
        """Tell whether words are one name of the base that is not a partner ("ehime", "the aagc"), and only that."""
        determiners = self.lexicon.words("determiners")
        if words[0] in determiners:
            words = words[1:]
        if not words or any(w in self.lexicon.ignored or not any(c.isalnum() for c in w) for w in words):
            return False
        query = self.read(" ".join(words))
        if len(query.units) != 1 or query.attributes or query.asks or set(query.entities) & self.index.partners:
            return False
        unit = query.units[0]
        return unit.named and unit.kind != "figure" and unit.label.casefold() not in self._partner_names

    # ------------------------------------------------------------------ special shapes
    def _pronoun_side_named(self, comparison: Comparison, previous: Turn | None) -> Comparison | None:
        """Put the thing asked about before in place of a side that is a pronoun ("which came first, this or
        AAGC?" after the SSGP); None when there is no one such thing to put in."""
        words = pronouns(self.lexicon)
        sides = [comparison.first, comparison.second]
        if not any(side in words for side in sides):
            return comparison
        if all(side in words for side in sides):
            # "which came first, this or that" after two things answered in turn: those two, in turn.
            pair = previous.compared if previous is not None else ()
            return replace(comparison, first=pair[0], second=pair[1]) if len(pair) == 2 else None
        named = [u.label for u in previous.topic if u.named] if previous is not None else []
        if len(named) != 1:
            return None
        first, second = (named[0] if side in words else side for side in sides)
        return replace(comparison, first=first, second=second)

    def _compare(self, comparison: Comparison, claimed: bool = False) -> tuple[Outcome, tuple[str, ...]] | None:
        """Answer "which came first" / "which is larger" from the two facts, stating the comparison (with "Yes" or
        "No" first when ``claimed``: "so India exports more than Japan?").

        Also return what "the other one" then means: the thing compared that was not the answer (none on a tie).
        """
        years = [bare_year(text) for text in (comparison.first, comparison.second)]
        if comparison.kind == GAP and sum(year is not None for year in years) == 1:
            # "how many years between CEPA and 2025", "how old is CEPA as of 2025": one dated thing and a year.
            year = next(y for y in years if y is not None)
            return self._years_to(comparison.second if years[0] is not None else comparison.first, year)
        if any(all(is_number(w) for w in content_stems(text)) for text in (comparison.first, comparison.second)):
            return None  # "was CEPA signed before or after 2014?" sets it against a year, not a second thing
        cue = " year" if comparison.by_time else " how much"
        gap: tuple[float, int | None] | None = None
        if not comparison.by_time:
            sums = [self._sum_in(side) for side in (comparison.first, comparison.second)]
            if any(sums):
                # "does japan export 5 bn more than india?" claims a gap: the flows compared, the gap checked; any
                # other comparison with a sum in it is a figure to check as it stands.
                at = 0 if sums[0] else 1
                given = sums[at]
                if not claimed or comparison.kind not in {"more", "less"} or given is None or all(sums):
                    return None
                figure, power, rest = given
                gap = (figure, power)
                comparison = replace(comparison, first=rest) if at == 0 else replace(comparison, second=rest)
            comparison = self._partner_side_flows(comparison)
        sides = []
        for text in (comparison.first, comparison.second):
            query = self.read(text + cue)
            if comparison.kind == GAP and not self._dated_thing_named(query):
                return None  # "years between the start and the end": of what? No two things to date.
            outcome = self._decide(query)
            sides.append((text, query, outcome))
        answers = [(text, query, o) for text, query, o in sides if isinstance(o, Answer)]
        worked = (
            self._worked_comparison(comparison, sides, claimed, gap) if comparison.kind in {"more", "less"} else None
        )
        if worked is not None or gap is not None:
            return worked
        if not answers:
            shown = tuple(dict.fromkeys(m for _t, _q, o in sides if isinstance(o, Partial) for m in o.related[:1]))
            if not comparison.by_time and shown:
                # "who exports more, japan to india or india to japan": what the material says of each side, which
                # gives no figure of both, is no answer to which is more.
                return Partial("figures for both things compared", shown), ()
            if not comparison.by_time or comparison.kind == GAP:
                return None
            # "which came first, the SME forum or the AI initiative?": the material names both and dates neither; the
            # fact naming them both is no answer to which came first.
            about = [self._decide(self.read(text)) for text in (comparison.first, comparison.second)]
            found = [o.best for o in about if isinstance(o, Answer)]
            if len(found) < 2:
                return None
            # One fact may name both ("bilateral exercises such as JIMEX and Dharma Guardian"): shown once.
            named: dict[str, Match] = {}
            for match in found:
                named.setdefault(match.fact.fact.id, match)
            return Partial("dates for both things compared", tuple(named.values())), ()
        if len(answers) < 2:
            what = "dates" if comparison.by_time else "figures"
            return Partial(f"{what} for both things compared", tuple(o.best for _t, _q, o in answers)), ()
        if answers[0][2].best.fact.fact.id == answers[1][2].best.fact.fact.id:
            # "is it more import or export for India": one fact for both sides compares nothing with anything.
            what = "dates" if comparison.by_time else "figures"
            return Partial(f"{what} for both things compared", (answers[0][2].best,)), ()
        measure = first_year if comparison.by_time else first_amount
        values = [measure(o.best.fact.fact.answer) for _t, _q, o in answers]
        if comparison.kind == GAP and (
            any(first_amount(o.best.fact.fact.answer) is not None for _t, _q, o in answers) or values[0] == values[1]
        ):
            # "gap between bilateral trade and Japan's exports" is a gap of sums; "between the posting and the update"
            # is days within one year: no gap of years to work out.
            return None
        if None in values:
            what = "a date" if comparison.by_time else "a figure"
            return Partial(f"{what} for both things compared", tuple(o.best for _t, _q, o in answers)), ()
        (text_a, query_a, a), (text_b, query_b, b) = answers
        value_a, value_b = values
        assert value_a is not None
        assert value_b is not None
        name_a, name_b = (
            self._side_name(text_a, query_a, a, comparison),
            self._side_name(text_b, query_b, b, comparison),
        )
        note = _comparison_note(comparison.kind, name_a, value_a, name_b, value_b)
        if claimed and value_a != value_b and not comparison.by_time:
            # "is bilateral trade larger than Japan's exports?" claims the first is.
            holds = (value_a > value_b) == (comparison.kind == "more")
            note = f"{'Yes' if holds else 'No'}: {note}"
        others: tuple[str, ...] = ()
        if value_a != value_b:
            a_wins = (value_a < value_b) == (comparison.kind in {"earlier", "less"})
            others = (text_b if a_wins else text_a,)
        return Answer((a.best, b.best), note=note), others

    def _sum_in(self, text: str) -> tuple[float, int | None, str] | None:
        """Return the sum a text gives ("5 bn", "10 billion dollars"; not a year or a period) as its figure and the
        power of ten it is counted in, with the text left without it; None when it gives none."""
        words = tokenize(text)
        powers = self.lexicon.magnitude_powers
        money = powers.keys() | self.lexicon.words("currency_words")
        for i, (word, after) in enumerate(itertools.pairwise(words)):
            if is_number(word) and after in money:
                end = i + 1
                while end < len(words) and words[end] in money:
                    end += 1
                power = next((powers[w] for w in words[i + 1 : end] if w in powers), None)
                return float(word.replace(",", "")), power, " ".join(words[:i] + words[end:])
        return None

    def _partner_side_flows(self, comparison: Comparison) -> Comparison:
        """Give a side that is one partner alone the relation the other side names ("India exports more than Japan":
        Japan's exports), since that is what it is set against."""
        relations = self.lexicon.relation_words
        sides = [comparison.first, comparison.second]
        words = [[w for w in tokenize(side) if w not in self.lexicon.ignored] for side in sides]
        for at, other in ((0, 1), (1, 0)):
            named = [w for w in words[other] if w in relations]
            if len(words[at]) == 1 and words[at][0] in self._partner_names and len(named) == 1:
                sides[at] = f"{sides[at]} {named[0]}"
            elif len(words[at]) >= 2 and words[at][0] in relations and words[at][1] in self._partner_names:
                # "who exports more, india or japan", "..., japan to india or ...": the framing's relation put before
                # the first side is that side's doing ("india exports"), not something done to it.
                tokens = tokenize(sides[at])
                sides[at] = " ".join([*(t for t in tokens if t != words[at][0]), words[at][0]])
        return replace(comparison, first=sides[0], second=sides[1])

    def _worked_comparison(
        self,
        comparison: Comparison,
        sides: list[tuple[str, Query, Outcome]],
        claimed: bool,
        gap: tuple[float, int | None] | None = None,
    ) -> tuple[Outcome, tuple[str, ...]] | None:
        """Compare a sum the material states with one worked out of its figures ("does India export more than
        Japan?": Japan's 17.69 against 22.85 less 17.69), saying the second is worked out; None unless the sides are
        one of each. ``gap``: the figure the claim says the first is more by, and the power of ten it is in."""
        stated = [(t, q, o) for t, q, o in sides if isinstance(o, Answer) and first_amount(o.best.fact.fact.answer)]
        worked = [(t, q, o) for t, q, o in sides if isinstance(o, Partial) and o.worked_sum is not None]
        if len(stated) != 1 or len(worked) != 1 or not all(self._names_only_a_flow(q) for _t, q, _o in sides):
            return None
        answer, partial = stated[0][2], worked[0][2]
        assert isinstance(answer, Answer)
        assert isinstance(partial, Partial)
        value_s, value_w = first_amount(answer.best.fact.fact.answer), partial.worked_sum
        assert value_s is not None
        assert value_w is not None
        # Named by the flow the fact gives and the other way of it: the worked side is the rest of the fact's
        # two-way total, whatever words the member used for it ("who imports more, india or japan").
        flow = self._flow_of(answer.best)
        if flow is None:
            return None
        name_s, name_w = self._flow_name(flow), self._flow_name(flow.reversed())
        first_stated = sides[0][2] is answer
        value_a, value_b = (value_s, value_w) if first_stated else (value_w, value_s)
        (big, big_value), (small, small_value) = sorted(((name_s, value_s), (name_w, value_w)), key=lambda x: -x[1])
        if value_s == value_w:
            note = f"{name_s} and {name_w} are equal ({big_value:g})."
        else:
            by = _difference(big_value, small_value)
            note = f"{big} ({big_value:g}) are larger than {small} ({small_value:g}) by {by}."
        if claimed and value_a != value_b:
            holds = (value_a > value_b) == (comparison.kind == "more")
            if gap is not None:
                figure, power = gap
                # ("12.5 bn more" holds of a 12.53 gap: the figure as closely as the claim writes it.)
                places = len(f"{figure:g}".partition(".")[2])
                stated_power = self._power_of_sums(answer.best)
                same_scale = power is None or stated_power is None or power == stated_power
                holds = holds and same_scale and round(abs(value_a - value_b), places) == figure
            note = f"{'Yes' if holds else 'No'}: {note}"
        note = f"{note} {partial.worked}"
        others: tuple[str, ...] = ()
        if value_a != value_b:
            a_wins = (value_a < value_b) == (comparison.kind == "less")
            others = (comparison.second if a_wins else comparison.first,)
        # (The worked side's fact is most often the stated side's own: shown once.)
        shown = {m.fact.fact.id: m for m in reversed((answer.best, *partial.related[:1]))}
        return Answer(tuple(reversed(shown.values())), note=note), others

    def _side_name(self, text: str, query: Query, answer: Answer, comparison: Comparison) -> str:
        """Name a side compared: a sum by the flow its fact gives ("Japan's exports to India"), else by its name."""
        flow = None if comparison.by_time else self._flow_of(answer.best)
        if flow is not None:
            return self._flow_name(flow)
        if not comparison.by_time and not any(u.named for u in query.units):
            # "bilateral trade": the words that name a sum, not its weightiest word alone ("bilateral").
            return " ".join(w for w in tokenize(text) if w not in self.lexicon.ignored) or self._name(text, query)
        return self._name(text, query)

    def _power_of_sums(self, match: Match) -> int | None:
        """Return the power of ten a fact counts its first sum in ("US$ 17.69 billion": 9), if it says one."""
        found = self._sum_in(match.fact.fact.answer)
        return found[1] if found is not None else None

    def _names_only_a_flow(self, query: Query) -> bool:
        """Tell whether a side of a comparison names nothing but a flow between the partners ("japan's exports to
        india"): "Japan's technology exports" or "exports to the world" are sums the material does not give."""
        relations = self.lexicon.relation_words
        for unit in query.units:
            words = set(tokenize(unit.label))
            if unit.kind == "figure" or not (words <= self._partner_names or words & relations.keys()):
                return False
        return bool(query.roles)

    def _flow_of(self, match: Match) -> RoleReading | None:
        """Return the one flow from one partner to another a fact gives ("Japan's exports to India"), if any."""
        roles = self.index.profiles[self.base.position_of(match.fact.fact.id)].roles
        if len(roles) != 1 or not roles[0].agent or not roles[0].target:
            return None
        return roles[0]

    @staticmethod
    def _flow_name(flow: RoleReading) -> str:
        """Name a flow as a sum of it ("Japan's exports to India")."""
        noun = flow.relation if flow.relation.endswith("s") else f"{flow.relation}s"
        return f"{flow.agent}'s {noun} to {flow.target}"

    def _years_to(self, text: str, year: int) -> tuple[Outcome, tuple[str, ...]] | None:
        """Answer the years from a dated thing to a year ("CEPA (2011) came 14 years before 2025"), or None when the
        side names no thing the material dates (then the question is read as any other)."""
        found = self._dated_answer(text)
        if found is None:
            return None
        query, outcome = found
        dated = first_year(outcome.best.fact.fact.answer)
        if dated is None or first_amount(outcome.best.fact.fact.answer) is not None:
            return Partial("a date for it", (outcome.best,)), ()
        return Answer((outcome.best,), note=_year_gap_note(self._name(text, query), dated, year)), ()

    def _dated_answer(self, text: str) -> tuple[Query, Answer] | None:
        """Return the answer to when a thing was ("CEPA" -> its year's fact), or None when the text names no thing the
        material could date or nothing answers."""
        query = self.read(text + " year")
        if not self._dated_thing_named(query):
            return None
        outcome = self._decide(query)
        return (query, outcome) if isinstance(outcome, Answer) else None

    def _years_from(self, years: int, sign: int, text: str) -> Outcome | None:
        """Answer "what came 3 years after CEPA" with the facts the material dates to that year, saying how the year
        is counted; None when the side names no dated thing (the question is then read as any other)."""
        start = bare_year(text)
        shown = text
        related: tuple[Match, ...] = ()
        if start is None:
            found = self._dated_answer(text)
            if found is None or first_amount(found[1].best.fact.fact.answer) is not None:
                return None
            query, outcome = found
            start = first_year(outcome.best.fact.fact.answer)
            if start is None:
                return None
            shown, related = f"{self._name(text, query)} ({start})", (outcome.best,)
        year = start + sign * years
        way = "after" if sign > 0 else "before"
        counted = f"{years} year{'s' if years != 1 else ''} {way} {shown} is {year}"
        dated = self._dated_in(year)
        if not dated:
            if not related:
                return Decline(DeclineReason.NOT_COVERED, f"{counted}; the material dates nothing to {year}.")
            return Partial(f"anything dated {year}", related, worked=f"Worked out: {counted}.")
        return Answer(dated, note=f"{counted}; the material dates this to {year}:")

    def _dated_in(self, year: int) -> tuple[Match, ...]:
        """Return the facts whose answer dates something to a year, each as a match."""
        posting = self.index.postings.get(str(year))
        if posting is None:
            return ()
        found = []
        for position in posting[0][: self.thresholds.dated_facts_read]:
            sourced = self.index.facts[int(position)]
            # The article's own posting is no event of that year ("what came 10 years after 2015").
            dated = first_year(sourced.fact.answer) == year and first_amount(sourced.fact.answer) is None
            if dated and not self.index.profiles[int(position)].about_document:
                found.append(Match(sourced, 1.0, 1.0, f"the material dates it to {year}", confidence=1.0))
        return tuple(found[: self.thresholds.max_suggestions])

    def _gave_a_sum(self, previous: Turn) -> bool:
        """Tell whether the answer before was one fact giving a sum of money ("US$ 17.69 billion")."""
        ids = previous.fact_ids
        if len(ids) != 1 or not self.base.has_fact(ids[0]):
            return False
        return first_sum(self.index.facts[self.base.position_of(ids[0])].fact.answer) is not None

    def _versus_sides(self, sides: tuple[str, str], query: Query) -> tuple[str, str] | None:
        """Return the two things "A vs B" sets side by side, or None when it is better read as one question.

        A word alone before "vs" has the other side's noun ("India vs Japan approach to China"). Relations are
        read whole ("India's imports vs exports from Japan": whose exports turns on the first side), and a fact
        covering all the question answers it ("Japan's exports to India vs total bilateral trade").
        """
        if query.attributes:
            return None  # "QUAD vs SCRI - members of each?": what is asked of each is not read side by side
        first, second = sides
        words = second.split()
        # A word alone before "vs" has what is asked of the other ("CEPA vs AAGC year", "India vs Japan approach");
        # not when the other is one name ("AAGC vs Act East Forum").
        units = self.read(second).units
        one_name = len(units) == 1 and units[0].named
        if len(first.split()) == 1 and len(words) > 1 and not one_name:
            first = " ".join((first, *words[1:]))
        moving = self.lexicon.words("goods_relations")
        if any(r.relation in moving or r.target for side in (first, second) for r in self.read(side).roles):
            return None
        outcome = self._decide(query)
        if isinstance(outcome, Answer) and outcome.best.coverage >= self.thresholds.whole_message_coverage:
            return None
        return first, second

    def _side_by_side(self, sides: tuple[str, str]) -> Outcome | None:
        """Answer "difference between A and B" with what the material says of each; None when it says of neither."""
        partners = self._partner_names
        plains = [self.read(text) for text in sides]
        if any(all(u.label.casefold() in partners for u in plain.units) for plain in plains):
            return None  # "the differences between India and Japan": the partners themselves, which every fact names
        if all(plain.roles for plain in plains):
            # "difference between japan's exports to india and india's exports to japan": two flows of one total,
            # one of them worked out from it; the gap between them is what the material's figures give.
            worked = self._compare(Comparison("more", *sides))
            if worked is not None and isinstance(worked[0], Answer) and worked[0].note:
                return worked[0]
        # Each side asked as what it is, else by its name alone (a name some facts only mention is asked as such).
        opener = self.lexicon.first_word("side_questions")
        outcomes = []
        for text, plain in zip(sides, plains, strict=True):
            if plain.roles:
                # "Japan's exports to India": a relation, asked as it is, not as what a thing is.
                outcomes.append(self._decide(plain))
                continue
            outcome = self._decide(self.read(f"{opener} {text}"))
            outcomes.append(outcome if isinstance(outcome, Answer) else self._decide(plain))
        answered = {o.best.fact.fact.id: o.best for o in outcomes if isinstance(o, Answer)}
        if not answered:
            return None
        if len(answered) == 2:
            return Answer(tuple(answered.values()), note=_note_on_each(tuple(answered.values())))
        missing = [text for text, o in zip(sides, outcomes, strict=True) if not isinstance(o, Answer)]
        if not missing:
            # "India's and Japan's approach": one fact sets the two side by side itself.
            return Answer(tuple(answered.values()))
        return Partial(f"anything on {missing[0]}", tuple(answered.values()))

    def _order(self, ordering: Ordering, question: str) -> Outcome | None:
        """Put named things in order of the years the material dates them by, or say which dates it lacks.

        None when a side names nothing of the material's ("was it launched before ...", "signing agreements") or
        the material dates none of them: the question is then read as any other.
        """
        joined = " ".join(normalize(question).split())
        read: list[tuple[str, Query, Outcome]] = []
        for text in dict.fromkeys(ordering.items):  # "latest among CEPA, AAGC, CEPA": CEPA once
            query = self.read(text + " year")
            outcome = self._decide(query)
            previous = read[-1] if read else None
            if (
                previous is not None
                and isinstance(outcome, Answer)
                and isinstance(previous[2], Answer)
                and previous[2].best.fact == outcome.best.fact
                and f"{previous[0]} and {text}" in joined
            ):
                # "CEPA or the Special Strategic and Global Partnership": two pieces of one name found one fact.
                text = f"{previous[0]} and {text}"
                read[-1] = (text, self.read(text + " year"), previous[2])
                continue
            read.append((text, query, outcome))
        if len(read) < 2 or (len(read) == 2 and ordering.kind in {"earlier", "later"}):
            return None  # one thing is no order; two are compared as any "which came first, X or Y?"
        if not all(
            self._names_a_thing(query) or _dated_thing(text) or self._started_name(text) for text, query, _o in read
        ):
            return None
        dated: list[tuple[str, int, Match]] = []
        shown: list[Match] = []
        for text, query, outcome in read:
            if not isinstance(outcome, Answer):
                continue
            best = outcome.best
            if best.fact.fact.id not in {m.fact.fact.id for m in shown}:
                shown.append(best)
            year = self._year_of(text, query, best)
            if year is not None:
                dated.append((self._name(text, query), year, best))
        if not shown:
            return None
        if len(dated) < len(read) or len({m.fact.fact.id for _n, _y, m in dated}) < len(dated):
            # A thing without a date of its own, or two dated by one fact, cannot be put in order from the material.
            return Partial("a date for each of the things to put in order", tuple(shown))
        ordered = sorted(dated, key=lambda d: d[1])
        if ordering.stated and len(dated) == 2:
            (_a, year_a, _ma), (_b, year_b, _mb) = dated
            if year_a == year_b or (year_a < year_b) != (ordering.kind == "before"):
                # "SSGP happened before CEPA?": a claim of an order the material's years say otherwise of.
                return Correction(tuple(m for _n, _y, m in ordered), _ordering_note(ordering.kind, dated, ordered))
        return Answer(tuple(m for _n, _y, m in ordered), note=_ordering_note(ordering.kind, dated, ordered))

    def _postposed_ordering(self, question: str) -> Ordering | None:
        """Read "AAGC IJICP ke baad bana?" / "CEPA SSGP se pehle aaya na" as a claim that the first thing came after
        or before the second: Hindi says "before"/"after" behind the two things, which stand side by side."""
        words = tokenize(question)
        for kind in ("before", "after"):
            for start, _end in phrase_spans(words, self.lexicon.words(f"postposed_{kind}")):
                lead = 0
                while lead < start and (words[lead] in self.lexicon.ignored or words[lead] in self._asking_words):
                    lead += 1
                region = words[lead:start]
                # (Only a few words: two names side by side, each found by a reading of its own.)
                if not 2 <= len(region) <= 2 * self.thresholds.listed_name_words:
                    continue
                for cut in range(1, len(region)):
                    first, second = region[:cut], region[cut:]
                    if self._one_thing(first) and self._one_thing(second):
                        return Ordering(kind, (" ".join(first), " ".join(second)), stated=True)
        return None

    def _one_thing(self, words: list[str]) -> bool:
        """Tell whether words name one thing to put in time: a name of the material, or one with its year."""
        return self._one_name(words) or _dated_thing(" ".join(words))

    def _names_a_thing(self, query: Query) -> bool:
        """Tell whether a thing to put in order names one of the material's own things (not a partner, a figure
        or a verb alone)."""
        return any(u.named and u.kind != "figure" and not self._partners_only(u.label) for u in query.units)

    def _partners_only(self, label: str) -> bool:
        """Tell whether a name is made of the partners' names alone ("India-Japan", "Japan")."""
        return set(re.split(r"[-\s]+", label.casefold())) <= self._partner_names

    def _dated_thing_named(self, query: Query) -> bool:
        """Tell whether a side of a time gap names a thing: one of the material's own ("CEPA"), or one its year
        tells apart ("the 2015 pacts"); not an action alone ("the start") or a plain word ("imports")."""
        if self._names_a_thing(query):
            return True
        dated = any(u.kind == "figure" for u in query.units)
        return dated and any(u.kind != "figure" and not is_action(u, self.lexicon) for u in query.units)

    def _started_name(self, text: str) -> str:
        """Return the one name of the material a thing to put in order is the start of, in two words or more
        ("joint declaration on security" of the Joint Declaration on Security Cooperation), or ""."""
        words = tuple(tokenize(text))
        if len(words) < 2:
            return ""
        glossary = self.index.glossary
        started = [c for c in glossary.named_by_first_word(words[0]) if glossary.label_words[c][: len(words)] == words]
        return started[0] if len(started) == 1 else ""

    def _year_of(self, text: str, query: Query, match: Match) -> int | None:
        """Return the year a thing to put in order has: its own ("the 2015 pacts"), or the one its fact ties to it
        (not any year the fact happens to give: "FY 2023-24" dates no "bilateral trade")."""
        own = first_year(text)
        if own is not None:
            return own
        named = {u.token for u in query.units if u.named} | {self._started_name(text)}
        if not self.base.has_fact(match.fact.fact.id):
            return None
        profile = self.index.profiles[self.base.position_of(match.fact.fact.id)]
        years = {int(year) for concept, year in profile.dates if concept in named and year.isdigit()}
        return years.pop() if len(years) == 1 else None

    def _judge_statements(self, statements: Statements) -> Outcome:
        """Say which numbered statements the material confirms and which it contradicts, with the option if any."""
        shown: list[Match] = []
        correct: set[int] = set()
        unknown: list[int] = []
        previous: Turn | None = None
        verbs = self.lexicon.words("identity_verbs") | self.lexicon.relation_words.keys()
        subject = self._lead_subject(statements.lead)
        # What the lead names besides the partners themselves ("MILAN and MALABAR"; "India-Japan relations" names none).
        partners = self.scorer.partner_concepts
        lead_named = (
            {u.token for u in self.read(subject).units if u.named and u.token not in partners} if subject else set()
        )
        pairs = self._of_pairs(statements)
        asked_of_each = "" if pairs else self._asked_of_each(statements.lead)
        for number, statement in enumerate(statements.statements, start=1):
            if pairs:
                # "1. Uttar Pradesh and Shizuoka": the two sides of a pair, however joined, are one side by the other.
                statement = _PAIR_JOINER.sub(" - ", statement, count=1)
            elif asked_of_each and not verbs & set(tokenize(statement)):
                # "Which of these does India export to Japan? 1. organic chemicals ... 3. copper": each item is asked
                # the lead's question ("does India export to Japan copper"), not judged as a claim of its own (copper
                # is named by a fact, on India's imports).
                statement = asked_of_each.replace("{}", statement)
            read = self.read(statement)
            bare = all(u.named for u in read.units) and not verbs & set(tokenize(statement))
            paired = any(r.agent and r.target and r.relation in self.lexicon.symmetric_relations for r in read.roles)
            if bare and not (pairs and len(read.units) == 2 and paired):
                # "2. TN-Yamanashi": names with nothing said of them; how they stand is not read from a pairing
                # unless the question says they are pairs to match and the two are of a kind the material pairs
                # (a state and a prefecture): "India - NPT" or "MILAN - MALABAR" says nothing of how they stand.
                unknown.append(number)
                previous = None
                continue
            said = tokenize(statement)
            pointing = bool(said) and said[0] in self._statement_pointers
            if pointing and lead_named and lead_named.isdisjoint(u.token for u in read.units):
                # "With reference to MILAN and MALABAR: 2. Both are bilateral exercises of India and Japan": a statement
                # opening on a word pointing at what the lead names, and naming none of it, says it of that (alone it
                # read as "some bilateral exercises exist": "correct").
                statement = f"{subject} {statement}"
                read = self.read(statement)
            elif read.markers.anaphor is not None and subject:
                # "statements about the Joint Vision: 1. It is ...": "it" is what the lead names (not whatever the
                # statement before was corrected with).
                previous = self.respond(subject, None).turn
            # "1. Chandrayaan 5 is a lunar mission. 2. It is with Japan.": "it" is the statement before's subject.
            reply = self.respond(f"true or false: {statement}", previous)
            outcome, previous = reply.outcome, reply.turn
            if isinstance(outcome, Answer):
                correct.add(number)
                shown.append(outcome.best)
            elif isinstance(outcome, Correction) and outcome.related:
                shown.append(outcome.related[0])
            else:
                unknown.append(number)
        unique = tuple({m.fact.fact.id: m for m in shown}.values())
        if unknown or not unique:
            numbers = ", ".join(str(n) for n in unknown)
            asked = f"pair {numbers} is correctly matched" if pairs else f"statement {numbers} is correct"
            return (
                Partial(f"whether {asked}", unique)
                if unique
                else Decline(DeclineReason.NOT_COVERED, "statements the material does not judge")
            )
        if pairs:
            parts = [
                f"Pair {n} is {'correctly matched' if n in correct else 'not correctly matched'}."
                for n in range(1, len(statements.statements) + 1)
            ]
        else:
            parts = [
                f"Statement {n} is {'correct' if n in correct else 'not correct'}."
                for n in range(1, len(statements.statements) + 1)
            ]
        counted = bool(statements.ask) and Intent.COUNT in self.read(statements.ask).intents
        if counted:
            parts.append(
                f"{len(correct)} of {len(statements.statements)} {'are' if len(correct) != 1 else 'is'} right."
            )
        letter = statement_option(
            statements.options,
            frozenset(correct),
            len(statements.statements),
            counted=counted,
            number_values=self.lexicon.number_values,
        )
        if letter is not None:
            option = dict(statements.options)[letter]
            parts.append(f"Answer: ({letter}) {option}.")
        return Answer(unique, note=" ".join(parts) + " The material says:")

    def _asked_of_each(self, lead: str) -> str:
        """Return the claim a lead makes of each listed item, "{}" standing for the item ("Which of these does India
        export to Japan?" -> "does India export to Japan {}"; "which of the following outcomes came from the visit?"
        -> "{} came from the visit"), or "" for a lead that asks none ("Consider the following statements")."""
        words = self.lexicon.words
        tokens = tokenize(lead)
        if len(tokens) < 4 or tokens[0] not in words("which_words"):
            return ""
        skipped = words("partitive_words") | words("determiners") | words("options_lead_words")
        at = 1
        while at < len(tokens) and tokens[at] in skipped:
            at += 1
        if at == 1 or at >= len(tokens) - 1:
            return ""
        if tokens[at] in words("yes_no_starters"):
            return " ".join(tokens[at:]) + " {}"
        # A kind word or two ("outcomes"), then the verb the items are the subject of.
        verbs = words("common_verbs") | self.lexicon.relation_words.keys()
        for verb in range(at + 1, min(at + 3, len(tokens) - 1)):
            if tokens[verb] in verbs:
                return "{} " + " ".join(tokens[verb:])
        return ""

    def _of_pairs(self, statements: Statements) -> bool:
        """Tell whether numbered lines are pairs to match: the words before or after them say so."""
        words = self.lexicon.words("pair_words")
        said = f"{statements.lead} {statements.ask}"
        return bool(phrase_spans(tokenize(said), words))

    def _lead_subject(self, lead: str) -> str:
        """Return what the words before numbered statements are about ("... statements about the Joint Vision")."""
        tokens = tokenize(lead)
        spans = phrase_spans(tokens, self.lexicon.words("statement_lead_words"))
        if spans and spans[-1][1] == len(tokens) and spans[-1][0] > 0:
            # "मिलन और मालाबार के संबंध में" ("MILAN and MALABAR regarding"): Hindi puts the word after what it is about.
            return " ".join(tokens[: spans[-1][0]])
        return " ".join(tokens[spans[-1][1] :]) if spans else ""

    def _name(self, text: str, query: Query) -> str:
        concepts = [u for u in query.units if u.kind == "concept"]
        if concepts and (any(u.named for u in concepts) or len(query.units) == len(concepts)):
            # "relations became a SSGP": the named thing, not the generic word beside it, is what is compared; but
            # "the 2015 pacts" are more than "agreement".
            return max(concepts, key=lambda u: (u.named, u.weight)).label
        started = self._started_name(text)
        if started:
            return self.index.glossary.labels.get(started, text)  # "joint declaration on security": its full name
        return " ".join(w for w in tokenize(text) if w not in self.lexicon.ignored) or text

    def _odd_one_out(self, odd: OddOneOut, question: str = "") -> tuple[Outcome, str | None]:
        """Answer "which of these is not ..." from the one list it is about, or say it cannot.

        Also return the option found to be the odd one out, if one was.
        """

        def as_typed(option: str) -> str:
            found = re.search(re.escape(option).replace(r"\ ", r"\s+"), question, re.IGNORECASE)
            return found.group(0) if found else option

        query = self.read(odd.stem)
        outcome = self._decide(query)
        if not isinstance(outcome, Answer):
            return Decline(DeclineReason.NOT_COVERED, "a 'which is not' question about a list the material lacks"), None
        if not odd.options:
            other = self._other_category(odd.stem, query, question)
            if other is not None:
                return other, None
        best = outcome.best
        fact = best.fact.fact
        if odd.options:
            # An option any fact on the same subject names is on the list, even if this one leaves it out.
            related = [j.candidate.fact.fact for j in self.judge(query) if j.ok]
            # A fact that is itself about what the stem asks ("multilateral exercises such as MALABAR", for "which
            # is not an exercise they take part in") puts an option on the list, not elsewhere.
            on_topic = {f.id for f in related}
            texts = " ".join(" ".join((f.answer, *f.keywords)) for f in [fact, *related])
            absent = self._absent_options(odd.options, texts, as_typed)
            left_out = self._absent_options(odd.options, " ".join((fact.answer, *fact.keywords)), as_typed)
            placed = []
            open_list = not is_complete_list(fact.answer)
            if open_list:
                # The material's list is open ("such as ..."): its silence proves little, but a fact that puts an
                # option elsewhere ("multilateral exercises such as MALABAR") answers, before an option it never
                # mentions does ("Shinyuu Maitri").
                for option in left_out:
                    elsewhere = self._decide(self.read(option))
                    if isinstance(elsewhere, Answer) and elsewhere.best.fact.fact.id not in on_topic | {fact.id}:
                        placed.append((option, elsewhere))
                if len(placed) == 1:
                    option, elsewhere = placed[0]
                    named = as_typed(option)
                    note = f"\u201c{named}\u201d is the one its list leaves out; the material names it elsewhere:"
                    return Answer((best, elsewhere.best), note=note), option
            # One option left out of an open list and placed nowhere else: its silence proves nothing.
            single_silence = open_list and len(left_out) == 1
            if not single_silence and len(absent) == 1:
                # Where the material does mention the odd one out ("UNSC reforms": under the G4) helps the member.
                elsewhere = self._decide(self.read(absent[0]))
                if isinstance(elsewhere, Answer) and elsewhere.best.fact.fact.id != fact.id:
                    odd_one = as_typed(absent[0])
                    note = f"\u201c{odd_one}\u201d is not one of them; the material mentions it elsewhere. It says:"
                    return Answer((best, elsewhere.best), note=note), absent[0]
                note = f"\u201c{as_typed(absent[0])}\u201d is not one of them. The material says:"
                return Answer((best,), note=note), absent[0]
        return Partial("which one is not (the material only lists what is)", (best,)), None

    def _other_category(self, stem: str, query: Query, question: str) -> Answer | None:
        """Answer "which is not a bilateral exercise" with the things the material files under the one other category
        of the set ("multilateral exercises such as MILAN and MALABAR"), or None when not exactly one answers."""
        asked = asked_contrasts(query, self.lexicon)
        if len(asked) != 1:
            return None
        ((word, group),) = asked.items()
        # The category is what is denied: right after the "not" ("not a bilateral exercise"), not a word the denial
        # leaves standing ("which bilateral exercise is not naval").
        written = [t for t in tokenize(question) if t not in self.lexicon.words("determiners")]
        negations = self.lexicon.words("negations")
        if not any(t in negations and word in written[i + 1 : i + 2] for i, t in enumerate(written)):
            return None
        tokens = tokenize(stem)
        found = []
        for other in sorted(w for w, g in self.lexicon.contrast_groups.items() if g == group and w != word):
            swapped = self._decide(self.read(" ".join(other if t == word else t for t in tokens)))
            if isinstance(swapped, Answer) and other in tokenize(swapped.best.fact.fact.answer):
                found.append((other, swapped))
        if len(found) != 1:
            return None
        other, swapped = found[0]
        return Answer(swapped.matches[:1], note=f"The material names these as {other}, not {word}:")

    def _placed(self, thing: str, previous: Turn | None, container: bool = False) -> Reply | None:
        """Answer which heading of the article a thing comes under, with the fact about it; None when no one fact (or
        several under one heading) answers what the thing is.

        ``container``: the question asks which plan or document the thing is part of, which only a heading naming
        one ("India-Japan Joint Vision for the Next Decade", not "Other outcomes") answers.
        """
        if not thing and previous is None:
            return None  # "kis pillar mein?" with nothing before: read as it stands
        # ("kis pillar mein?" names nothing: it is asked of what came before, as "which pillar is it in?" is.)
        pointing = sorted(self.lexicon.words("thing_anaphors"))
        if not thing and not pointing:
            return None
        query = self.read(thing or pointing[0])
        if not query.units and query.markers.anaphor is None:
            return None
        if query.units and all(u.kind == "entity" for u in query.units):
            # "which initiative does Australia belong to?": a country is a member of a thing, put under no heading.
            return None
        if not query.units and previous is None:
            # "which pillar is it under?" with nothing asked before: what "it" is must be asked back.
            return Reply(Clarify(str(query.markers.anaphor)), previous)
        outcome, used = self._in_context(query, previous)
        if not isinstance(outcome, Answer) or outcome.by_article:
            return None
        places = {(m.fact.fact.heading, m.fact.section.title) for m in outcome.matches}
        if len(places) != 1:
            return None
        heading, section = places.pop()
        if container and not (heading and self._is_a_name(heading)):
            return None
        inside = (
            f"\u201c{heading}\u201d in the section \u201c{section}\u201d"
            if heading
            else f"the section \u201c{section}\u201d"
        )
        placed = replace(outcome, note=f"The article puts this under {inside}:", related=())
        return Reply(placed, replace(Turn.after(used, placed), placed=True))

    def _absent_options(self, options: tuple[str, ...], text: str, as_typed: Callable[[str], str]) -> list[str]:
        """Return the options a text does not name, by their words or by the glossary ("AP" is Andhra Pradesh).

        ``as_typed`` gives an option as the member wrote it: "UP" is Uttar Pradesh where "up" is only a word.
        """
        absent = absent_options(options, text)
        if not absent:
            return absent
        named = {concept for _s, _e, concept in self.index.glossary_spans(tokenize(text))}
        kept = []
        for option in absent:
            concepts = {u.token for u in self.read(as_typed(option)).units if u.kind == "concept" and u.named}
            if not concepts or not concepts <= named:
                kept.append(option)
        return kept

    def rank(self, question: str, limit: int = 5) -> list[Match]:
        """Return the best-scoring facts for ``question`` whether or not they answer it."""
        return [j.match for j in self.judge(self.read(question))][:limit]

    @property
    def vocabulary_size(self) -> int:
        """Return how many distinct index tokens the base has."""
        return len(self.index.postings)


def _choose(choices: Choices, outcome: Outcome) -> Outcome:
    """Name the one option an answer gives; with none or several, show the material without picking one."""
    if not isinstance(outcome, Answer):
        return outcome
    text = " ".join(m.fact.fact.answer for m in outcome.matches)
    named = options_named(choices.options, text)
    if len(named) == 1:
        letter, option = named[0]
        return replace(outcome, note=f"Answer: ({letter}) {option}. {outcome.note or 'The material says:'}")
    return Partial("which of the options is right", outcome.matches)


def _choose_odd(choices: Choices, outcome: Outcome, odd: str | None) -> Outcome:
    """Name the lettered option an odd-one-out answer found ("Answer: (d) defence tech fund.")."""
    if not isinstance(outcome, Answer) or odd is None:
        return outcome
    for letter, option in choices.options:
        if option == odd:
            return replace(outcome, note=f"Answer: ({letter}) {option}. {outcome.note or ''}".rstrip())
    return outcome


def _relation_words(query: Query, lexicon: Lexicon) -> tuple[tuple[str, bool], ...]:
    """Return each relation asked one way only, and whether with a reverse word ("imports" rather than "exports")."""
    return tuple((relation, ways[0]) for relation, ways in _relation_ways(query, lexicon).items() if len(ways) == 1)


def _relation_ways(query: Query, lexicon: Lexicon) -> dict[str, tuple[bool, ...]]:
    """Return, for each relation the question names, the ways it is named (a forward word, a reverse word)."""
    words = lexicon.relation_words
    ways: dict[str, set[bool]] = {}
    # In word order of no set: the same question must read the same in every process.
    for word in sorted(query.words & words.keys()):
        relation, reverse = words[word]
        ways.setdefault(relation, set()).add(reverse)
    return {relation: tuple(sorted(found)) for relation, found in sorted(ways.items())}


def _ordering_note(kind: str, asked: list[tuple[str, int, Match]], ordered: list[tuple[str, int, Match]]) -> str:
    """Say how things asked about stand in time: all in order, the first or last, or whether a claim holds."""
    listing = ", ".join(f"{name} ({year})" for name, year, _m in ordered)
    if kind in {"before", "after"} or (kind == "order" and len(asked) == 2):
        (name_a, year_a, _a), (name_b, year_b, _b) = asked
        if kind == "order":
            # "SSGP before or after CEPA?": the first thing asked, placed against the second.
            if year_a == year_b:
                return f"{name_a} and {name_b} both date from {year_a}."
            return f"{name_a} ({year_a}) came {'before' if year_a < year_b else 'after'} {name_b} ({year_b})."
        if year_a == year_b:
            return f"No: {name_a} and {name_b} both date from {year_a}."
        holds = (year_a < year_b) == (kind == "before")
        way = "before" if year_a < year_b else "after"
        return f"{'Yes' if holds else 'No'}: {name_a} ({year_a}) came {way} {name_b} ({year_b})."
    if kind in {"earlier", "later"}:
        end = ordered[0] if kind == "earlier" else ordered[-1]
        tied = [name for name, year, _m in ordered if year == end[1]]
        if len(tied) > 1:
            return f"{' and '.join(tied)} both date from {end[1]}; in order: {listing}."
        which = "earliest" if kind == "earlier" else "latest"
        return f"{end[0]} ({end[1]}) is the {which}; in order: {listing}."
    return f"In order of time: {listing}."


def _dated_thing(text: str) -> bool:
    """Tell whether a thing to put in order carries its own year beside a word ("the 2015 pacts", not "2015")."""
    return first_year(text) is not None and any(not is_number(w) for w in content_stems(text))


#: What joins the two sides of a pair to match ("Gujarat and Shizuoka", "Gujarat & Shizuoka", "Gujarat with ...").
_PAIR_JOINER = re.compile(r"\s+(?:and|&|with|/)\s+", re.IGNORECASE)

#: A choice as the member typed it, a word either side of "or" ("bilateral or multilateral").
_CHOICE_TYPED = re.compile(r"[\w+-]+\s+(?:or|ya|vs\.?|versus)\s+[\w+-]+", re.IGNORECASE)


def _comparison_note(kind: str, name_a: str, value_a: float, name_b: str, value_b: float) -> str:
    def show(value: float) -> str:
        return str(int(value)) if value == int(value) else f"{value:g}"

    if value_a == value_b:
        return (
            f"{name_a} and {name_b} both date from {show(value_a)}."
            if kind in {"earlier", "later", GAP}
            else (f"{name_a} and {name_b} are equal ({show(value_a)}).")
        )
    if kind in {"earlier", "later", GAP}:
        first, second = (
            ((name_a, value_a), (name_b, value_b)) if value_a < value_b else ((name_b, value_b), (name_a, value_a))
        )
        if kind == GAP:
            years = int(second[1] - first[1])
            span = f"{years} year{'s' if years != 1 else ''}"
            return f"{first[0]} ({show(first[1])}) came {span} before {second[0]} ({show(second[1])})."
        return f"{first[0]} ({show(first[1])}) came before {second[0]} ({show(second[1])})."
    big, small = ((name_a, value_a), (name_b, value_b)) if value_a > value_b else ((name_b, value_b), (name_a, value_a))
    return f"{big[0]} ({show(big[1])}) is larger than {small[0]} ({show(small[1])}) by {_difference(big[1], small[1])}."


def _difference(big: float, small: float) -> str:
    """Return how much one figure is more than another, to as many places as the two are written with."""
    places = max(len(f"{value:g}".partition(".")[2]) for value in (big, small))
    return f"{big - small:.{places}f}"


def _year_gap_note(name: str, dated: int, year: int) -> str:
    """Say how many years lie between a dated thing and a year."""
    years = abs(year - dated)
    span = f"{years} year{'s' if years != 1 else ''}"
    if dated == year:
        return f"{name} dates from {year} itself."
    if dated < year:
        return f"{name} ({dated}) came {span} before {year}."
    return f"{name} ({dated}) came {span} after {year}."


def _concepts(query: Query) -> set[str]:
    return {u.label for u in query.units if u.kind == "concept"}


def _note_on_each(matches: tuple[Match, ...]) -> str:
    """Say what follows is the material on each side; two sums of money in one currency and scale are worked out
    ("difference between total trade and Japan's exports": the gap between 22.85 and 17.69 is 5.16)."""
    first, second = (first_sum(m.fact.fact.answer) for m in matches) if len(matches) == 2 else (None, None)
    if (
        first is None
        or second is None
        or (first.currency, first.scale) != (second.currency, second.scale)
        or first.part == second.part
    ):
        return "The material on each:"
    small, large = sorted((first.part, second.part), key=lambda f: float(f.replace(",", "")))
    gap = replace(first, part=small, whole=large)
    return (
        f"The material on each (worked out: the gap between {gap.written(large)} and {gap.written(small)} "
        f"is {gap.rest()}):"
    )


def _by_its_year(topic: tuple[Unit, ...]) -> list[str]:
    """Name a thing asked about by its one year and its words ("2015 agreement"), or nothing without one year."""
    years = [u.label for u in topic if u.kind == "figure" and _A_YEAR.fullmatch(u.label)]
    if len(years) != 1 or any(u.kind == "figure" and u.label != years[0] for u in topic):
        return []
    return [" ".join((years[0], *(u.label for u in topic if u.kind != "figure")))]


_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _put_in(tokens: list[str], positions: set[int], words: str) -> str:
    """Write ``words`` where a reference ("the other one") stood."""
    first = min(positions)
    kept = [t for i, t in enumerate(tokens) if i not in positions]
    return " ".join([*kept[:first], words, *kept[first:]])


def _item_said(number: int, items: Sequence[str], whole: bool, item: str | None = None) -> str:
    """Say which item of a list a place names ("Item 3 of 5 in that list is Mobility."): how many there are only for a
    list that does not go on."""
    return f"Item {number} {f'of {len(items)} ' if whole else ''}in that list is {item or items[number - 1]}."


def _names_an_item(question: str, items: Sequence[str]) -> bool:
    """Tell whether a question names one of the items of a list by all its words ("what is Dharma Guardian?")."""
    words = set(tokenize(question.replace("-", " ")))
    return any(set(tokenize(item.replace("-", " "))) <= words for item in items)


def _only_phrases(words: Sequence[str], phrases: frozenset[str], also: frozenset[str]) -> bool:
    """Tell whether a message holds one of ``phrases`` and nothing but them and words of ``also``."""
    spans = phrase_spans(words, phrases)
    covered = {i for start, end in spans for i in range(start, end)}
    return bool(spans) and all(i in covered or w in also for i, w in enumerate(words))
