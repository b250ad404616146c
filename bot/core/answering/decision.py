"""Decide from the judged candidates: answer, answer in part, correct the premise, suggest, or decline."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.core.answering.checks import (
    ASKED_HEAD_PREFIX,
    ASKED_WORDS,
    Candidate,
    Check,
    Judged,
    asked_words,
    claims_of_one_partner,
    meets_bound,
    names_one_of,
    swapped_partner,
    unknown_phrase,
    unmet_attributes,
)
from bot.core.answering.index import ENTITY_PREFIX
from bot.core.answering.outcomes import (
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
from bot.core.answering.query import Query, Unit, asks_amount, asserts_premise, doer_words, is_action
from bot.core.answering.shapes import first_sum, part_of_whole, scaled
from bot.core.answering.thresholds import Thresholds
from bot.core.answering.wording import event_kinds, is_year
from bot.core.language.lexicon import Intent, Lexicon
from bot.core.language.text import possessive_pairs, stem, tokenize

#: Checks a fact may fail and still be shown as what the material says about the subject (a partial answer).
PARTIAL_FAILURES = frozenset(
    {"coverage", "asked kind", "attribute", "figures", "polarity", "follow-up", "event", "bound", "doer"}
)
#: Checks a fact may fail and still be shown as the correction of a reversed premise.
CORRECTION_FAILURES = frozenset(
    {
        "coverage",
        "direction",
        "asked kind",
        "attribute",
        "date",
        "bound",
        "figures",
        "polarity",
        "owner",
        "figure owner",
        "category",
        "membership",
        # "X is Y, right?" is a yes/no question: the fact that contradicts it cannot cover all of it.
        "yes/no",
    }
)
#: What a fact shown as partial may fail: a reversed relation is said as such (``_partial``).
_PARTIAL_OR_DIRECTION = PARTIAL_FAILURES | {"direction"}
#: What a fact that gives another figure after the same word may fail and still be shown (``_renumbered``).
_RENUMBERED_FAILURES = frozenset({"figures", "yes/no", "coverage", "rare word"})
#: What a fact giving a thing's own name fails for a question writing it with another place ("Make in Japan").
_SWAPPED_FAILURES = frozenset({"written name", "yes/no", "coverage", "rare word"})
#: What a fact giving the thing asked, but not the attribute asked of it, fails ("India's export target").
_ATTRIBUTE_ONLY = frozenset({"attribute"})
#: The one check a fact may fail and still say what the material says of all but an unknown thing.
_UNKNOWN_THING = frozenset({"unknown thing"})
#: A fact about another country or the reverse relation is no "did you mean" (``_may_suggest``).
_NO_SUGGESTION_FAILURES = frozenset({"names", "direction"})


def answer_features(query: Query, chosen: Judged, judged: Sequence[Judged]) -> tuple[float, ...]:
    """Return what the confidence of an answer is calibrated on: its scores, its margin, what it leaves out."""
    c = chosen.candidate
    others = [j.candidate.score for j in judged if j.candidate.fact_id != c.fact_id]
    margin = c.score - max(others, default=0.0)
    unknown = sum(1 for u in query.units if u in c.uncovered)
    uncovered_weight = sum(u.weight for u in c.uncovered)
    return (
        c.score,
        c.coverage,
        c.similarity,
        c.topic_coverage,
        margin,
        float(unknown),
        uncovered_weight,
        float(bool(query.corrections)),
        float(min(query.content_words, 10)),
    )


def calibrated(features: tuple[float, ...], weights: tuple[float, ...]) -> float:
    """Return the probability a logistic model with ``weights`` (intercept last) gives to features."""
    if len(weights) != len(features) + 1:
        return features[0]
    z = weights[-1] + sum(w * f for w, f in zip(weights, features, strict=False))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def decide(query: Query, judged: Sequence[Judged], thresholds: Thresholds, premise: bool = False) -> Outcome:
    """Answer with the best candidate that passes every check, unless close ones read the question differently."""
    t = thresholds
    passing_judged: list[Judged] = []
    for j in judged:
        # Candidates come best first: once one passes, only those within the tie margin can still matter.
        if passing_judged and passing_judged[0].candidate.score - j.candidate.score >= t.tie_margin:
            break
        if j.ok:
            passing_judged.append(j)
    passing = []
    for j in passing_judged:
        features = answer_features(query, j, judged)
        confidence = calibrated(features, t.calibration)
        passing.append(replace(j.match, confidence=round(confidence, 4), features=features))
    balance = _worked_balance(query, judged, t) or _worked_figure(query, judged, t)
    if balance is not None:
        return balance
    misexpanded = _misexpanded(query, judged, t)
    if misexpanded is not None:
        return misexpanded
    denial = _confirmed_denial(judged, t)
    if denial is not None:
        features = answer_features(query, denial, judged)
        confirmed = replace(denial.match, confidence=round(calibrated(features, t.calibration), 4), features=features)
        return Answer((confirmed,), note=_denial_note(denial.candidate))
    if passing and _only_named(judged, passing_judged[0], t):
        # "explain the action plan": the fact about it says the material only names it; a weaker fact that also
        # lists it does not describe it either.
        named_only = _partial(query, judged[:1], t)
        if named_only is not None:
            return named_only
    above = [j for j in judged if passing and j.candidate.score > passing_judged[0].candidate.score]
    if passing and above and (premise or query.yes_no or query.claims) and any(_fails(j, "polarity") for j in above):
        # "why did India sign the NPT?": a better fact saying it is not so corrects the premise before a weaker fact
        # that merely passes (one that never says whether India signed) answers it.
        corrected = _correction(above, t, premise)
        if corrected is not None:
            return corrected
    if passing and above and _figure_of_another_thing(passing_judged[0], above):
        # "10 lines of effort in joint vision?": the fact that counts the lines gives 8, so the one matching "10" as
        # the plan's years (and not the lines) only shares the figure.
        corrected = _correction(above, t, premise)
        if corrected is not None:
            return corrected
    if passing and passing[0].confidence < t.answer_confidence:
        # "joint vision has 10 lines of effort?": a better fact that contradicts the question's figure corrects it
        # before a weak one that merely passes is offered.
        corrected = _correction(above, t, premise) if above else None
        if corrected is not None:
            return corrected
        # "which train technology is used in MAHSR": a better fact on the subject that lacks what is asked says so
        # before weaker ones are offered.
        head = ASKED_HEAD_PREFIX + query.asked_head
        lacking = [j for j in above if query.asked_head and head in j.candidate.unmet_attributes]
        partial = _partial(query, lacking, t) if lacking else None
        if partial is not None:
            return partial
        # Not sure enough to state it as the answer: offer it (and the close ones) as "did you mean".
        return Suggestions(tuple(passing[: t.max_suggestions]), near_tie=False)
    if passing:
        best = passing[0]
        general = _more_general(query, passing_judged[0], judged, t)
        if general is not None:
            # "which prefecture is paired?": the question names no pair, so the fact giving all of them answers.
            features = answer_features(query, general, judged)
            best = replace(general.match, confidence=round(calibrated(features, t.calibration), 4), features=features)
            passing = [best]
        side = _partners_own_side(query, best, judged, t)
        if side is not None:
            features = answer_features(query, side, judged)
            best = replace(side.match, confidence=round(calibrated(features, t.calibration), 4), features=features)
            passing = [best]
        if query.yes_no or query.claims:
            owned = _owner_stated_elsewhere(passing_judged[0], judged, t)
            if owned is not None:
                # "IJICP is for Japan's industry?": the year it started says nothing of whose industry; its aim does.
                return owned
        across = _other_articles(best, judged, t)
        if across:
            return _by_article((best, *across), t)
        close = tuple(m for m in passing[1 : t.max_suggestions] if best.score - m.score < t.tie_margin)
        # Ask back only when close facts read the question differently (cover different parts of it).
        disagree = any(m.covered != best.covered for m in close)
        if close and disagree and best.coverage < t.full_coverage:
            return Suggestions((best, *close), near_tie=True)
        if query.either_way:
            both = _both_ways(best, judged, t)
            if len(both) > 1:
                return Answer(both, note="The material gives it both ways:")
        if query.plural_kind:
            gathered = _gathered(best, judged, t)
            if len(gathered) > 1:
                return Answer(gathered)
        # A fact that covers the whole question answers it; close runners-up are offered as related.
        return Answer((best,), related=close)
    worked = _worked_out(query, judged, t)
    if worked is not None:
        return worked
    honest = _correction(judged, t, premise) or _partial(query, judged, t) or _unknown_thing(judged, t)
    if honest is not None:
        return honest
    unknown = _unknown_names(query, judged)
    if unknown:
        beside = _about_the_rest(query, judged, t, unknown)
        if beside is not None:
            # "is SCRI with France?": the material never names France, but it does say whom SCRI is with.
            return Partial(f"anything on {', '.join(unknown)}", (beside.match,), beside.reason)
        return Decline(DeclineReason.NOT_MENTIONED, ", ".join(unknown))
    renumbered = _renumbered(judged, t)
    if renumbered is not None and (query.yes_no or query.claims or premise) and _only_renumbered(renumbered):
        # "Chandrayaan 7 Japan ke saath hai na?", "why did Japan join Chandrayaan 4?": the claim names the thing by
        # another number than the material's own (Chandrayaan 5), which is what it says instead.
        return Correction((renumbered.match,), renumbered.reason, reversed=False)
    swapped = _swapped_name(query, judged, t) if query.yes_no or query.claims or premise else None
    if swapped is not None:
        # "is the Act East Forum for North East Japan?": the material's own name has another place (India's
        # Northeast), which is what it says instead.
        return Correction((swapped.match,), swapped.reason, reversed=False)
    if renumbered is not None:
        # "what is Chandrayaan 4?": the material has Chandrayaan 5, which may be what is meant, or may not.
        word, asked, _stated = renumbered.candidate.renumbered[0]
        return Partial(f"anything on {word[:1].upper()}{word[1:]} {asked}", (renumbered.match,), renumbered.reason)
    if query.yes_no or query.claims:
        beside = _about_the_rest(query, judged, t, ())
        if beside is not None:
            # "is Chandrayaan 5 with Russia?": the material knows Russia, but not with Chandrayaan 5; what it says
            # of Chandrayaan 5 is worth showing, as what it says, not as a yes or a no.
            names = " and ".join(u.label for u in beside.candidate.uncovered)
            thing = _own_thing(beside.candidate, ())
            return Partial(f"anything that links {names} to {thing}", (beside.match,), beside.reason)
    # Only the first few are offered: every check of a candidate is judged to tell whether it may be one, so the
    # search stops there rather than judging all 16.
    near: list[Match] = []
    for j in judged:
        if len(near) >= max(t.max_suggestions, 1):
            break
        if j.candidate.coverage >= t.suggest_coverage and _may_suggest(j):
            near.append(j.match)
    if near:
        return Suggestions(tuple(near[: t.max_suggestions]), near_tie=False)
    return Decline(DeclineReason.NOT_COVERED, judged[0].reason if judged else "no fact shares its words")


def _gathered(best: Match, judged: Sequence[Judged], t: Thresholds) -> tuple[Match, ...]:
    """Return the best fact and those close behind it that pass every check: "what agreements did they sign?"
    asks for all of them, which the material gives one fact at a time."""
    found = [best]
    seen = {best.fact.fact.answer.strip()}
    for j in judged:
        if len(found) >= t.plural_facts or best.score - j.candidate.score >= t.plural_margin:
            break
        answer = j.candidate.fact.fact.answer.strip()
        if answer in seen or not j.ok:
            continue
        seen.add(answer)
        found.append(replace(j.match, confidence=best.confidence))
    return tuple(found)


def _both_ways(best: Match, judged: Sequence[Judged], t: Thresholds) -> tuple[Match, ...]:
    """Return the best fact and one that covers the question as fully in the other direction: "is it imported or
    exported?" is answered "both" when the material lists the thing each way."""
    first = next((j for j in judged if j.match.fact.fact.id == best.fact.fact.id), None)
    if first is None or not first.candidate.profile.roles:
        return (best,)
    ways = {(r.relation, r.agent, r.target) for r in first.candidate.profile.roles}
    for j in judged:
        # "imports and exports": each fact leaves out the other way's word, as much as the first one does.
        if (
            not j.ok
            or j.candidate.coverage < min(t.full_coverage, first.candidate.coverage) - t.tie_margin
            or j is first
        ):
            continue
        if any((r.relation, r.target, r.agent) in ways for r in j.candidate.profile.roles):
            return (best, replace(j.match, confidence=best.confidence))
    return (best,)


def _other_articles(best: Match, judged: Sequence[Judged], thresholds: Thresholds) -> tuple[Match, ...]:
    """Return the best passing fact of each other article that answers the question about as well as ``best``."""
    seen = {best.fact.source.id}
    found: list[Match] = []
    for j in judged:
        # The margin first: reading a candidate's fact, or judging its every check, far below the best is wasted.
        if best.score - j.candidate.score >= thresholds.article_tie_margin:
            continue
        article = j.candidate.article
        if article in seen or not j.ok:
            continue
        if j.candidate.fact.fact.answer.strip() == best.fact.fact.answer.strip():
            continue
        seen.add(article)
        found.append(replace(j.match, confidence=best.confidence))
    return tuple(found[: thresholds.max_suggestions - 1])


def _by_article(options: tuple[Match, ...], thresholds: Thresholds) -> Answer | Clarify:
    """Answer for each article, labelled, when the answers are short; otherwise ask which article is meant."""
    if all(len(m.fact.fact.answer) <= thresholds.per_article_answer_chars for m in options):
        return Answer(options, note="The articles answer this differently:", by_article=True)
    titles = " or ".join(m.fact.source.title for m in options)
    return Clarify("which article", f"{titles}?", options=options)


def _more_general(query: Query, best: Judged, judged: Sequence[Judged], t: Thresholds) -> Judged | None:
    """Return a fact as good as the best one that names every thing the best one is about among its siblings', when
    the question names none of them: the question fits one member of a list as well as the others ("which prefecture
    is paired?" fits each pair alike), so the fact giving the whole list answers it."""
    # Cheap conditions first: a whole list and a sibling need two other facts this close (judging them costs).
    near = [j for j in judged if j is not best and best.candidate.score - j.candidate.score < t.plural_margin]
    if len(near) < 2:
        return None
    scorer = best.candidate.scorer
    things = scorer.answer_things(best.candidate.index)
    # What the best fact is about and names in its answer ("Andhra Pradesh"), not the thing its question asks of it.
    own = scorer.subjects(best.candidate.index) & things
    asked = {u.token for u in query.units} | {ENTITY_PREFIX + e for e in query.entities}
    if not own or things & asked:
        return None
    close = [j for j in near if j.ok]
    for general in close:
        named = scorer.answer_things(general.candidate.index)
        if general.candidate.coverage < best.candidate.coverage or not own <= named:
            continue
        # A sibling: another close fact about another thing of the same list.
        siblings = [
            j
            for j in close
            if j is not general
            and (other := scorer.subjects(j.candidate.index) & scorer.answer_things(j.candidate.index))
            and not other & own
            and other <= named
        ]
        if siblings:
            return general
    return None


def _partners_own_side(query: Query, best: Match, judged: Sequence[Judged], t: Thresholds) -> Judged | None:
    """Return a fact about as good as the best one that gives a thing as the partner's own, when the question asks a
    partner's side ("Japan's side?" after the Act East Forum: Japan's "Vision of a Free and Open Indo-Pacific") and the
    best fact gives nothing as that partner's; None otherwise (the best fact then says what the material has)."""
    owner = query.owner_partner
    if owner is None or not judged:
        return None
    scorer = judged[0].candidate.scorer
    sides = scorer.index.lexicon.words("side_words")
    if not any(owned.casefold() in sides for _owner, owned, _end in possessive_pairs(query.text)):
        return None

    def owns(j: Judged) -> bool:
        return any(o == owner for _thing, o in scorer.answer_owners(j.candidate.index))

    first = next((j for j in judged if j.candidate.fact_id == best.fact.fact.id), None)
    if first is None or owns(first):
        return None
    return next(
        (
            j
            for j in judged
            if j is not first
            and first.candidate.score - j.candidate.score < t.plural_margin
            and j.candidate.coverage >= first.candidate.coverage
            and j.ok
            and owns(j)
        ),
        None,
    )


def _owner_stated_elsewhere(best: Judged, judged: Sequence[Judged], t: Thresholds) -> Correction | None:
    """Return the correction a fact about the same thing makes of a claim's owner ("Japan's industry" against "India's
    industrial competitiveness"), when the best fact says nothing of whose that thing is."""
    scorer, candidate = best.candidate.scorer, best.candidate
    asked = scorer.question_owners(candidate.query.text)
    if not asked or candidate.misowned:
        return None
    heads = {head for head, _owner in asked}
    if any(head in heads for head, _owner in scorer.answer_owners(candidate.index)):
        return None  # the best fact says whose it is, and agrees
    owners = {owner for _head, owner in asked}
    relation_words = scorer.index.lexicon.relation_words
    relations = {relation_words[w][0] for w in tokenize(candidate.query.text) if w in relation_words}
    if any(
        role.relation in relations and (role.agent in owners or role.target in owners)
        for role in candidate.profile.roles
    ):
        # "is organic chemicals India's export?": the goods India exports to Japan are India's. (A relation the
        # question does not name, the visit of "japan ke PM india aaye the na?", is no owner's.)
        return None
    about = scorer.subject_things(candidate.index)
    # "did Japan's PM visit India?" against "The visit delivered ...": a fact that never names the thing owned (the
    # PM) says nothing of whose it is; a fact as close that names its owner ("India's Prime Minister visited") does.
    said = scorer.answer_stems(candidate.index) | {c for _s, _e, c in scorer.answer_spans(candidate.index)}
    unsaid = not heads & said
    for j in judged:
        if j is best or not j.candidate.misowned:
            continue
        close = unsaid and candidate.score - j.candidate.score < t.tie_margin
        # ("japan ke PM india aaye the na?": the best fact never names the PM; one naming every thing the claim names
        # but its verb says whose PM travelled.)
        whole = unsaid and all(u.kind == "word" and not u.named for u in j.candidate.uncovered)
        if not (close or whole or (about and scorer.subject_things(j.candidate.index) & about)):
            continue
        return Correction((j.match,), j.reason, reversed=False)
    return None


def _only_named(judged: Sequence[Judged], chosen: Judged, thresholds: Thresholds) -> bool:
    """Tell whether the best fact, clearly ahead of the chosen one, fails only because it just names the subject,
    and the chosen one is not about that subject itself ("what is ESI": the fact on the Economic Security
    Initiative describes it, whatever the list of the visit's outcomes does)."""
    if not judged or judged[0].ok:
        return False
    top = judged[0]
    if not (
        _failed(top) == {"attribute"}
        and "definition" in top.candidate.unmet_attributes
        and top.candidate.score - chosen.candidate.score >= thresholds.tie_margin
    ):
        return False
    asked = {u.token for u in chosen.candidate.query.units if u.named and u.kind == "concept"}
    about = chosen.candidate.scorer.subject_things(chosen.candidate.index)
    return not (asked and asked <= about)


def _failed(judged: Judged) -> frozenset[str]:
    return frozenset(v.check for v in judged.verdicts if not v.ok)


def _fails(judged: Judged, check_name: str) -> bool:
    """Tell whether one check fails, running only that check when the others have not been judged yet (and not
    again when it has been: the checks judged so far are kept in order)."""
    if "verdicts" in judged.__dict__:
        return any(v.check == check_name and not v.ok for v in judged.verdicts)
    candidate = judged.candidate
    made = judged.judged_so_far
    for place, check in _named(judged.checks, check_name):
        verdict = made[place] if place < len(made) else check(candidate.query, candidate, judged.thresholds)
        if not verdict.ok:
            return True
    return False


@functools.lru_cache(maxsize=64)
def _named(checks: tuple[Check, ...], name: str) -> tuple[tuple[int, Check], ...]:
    """Return the checks of a list with a name, in order, each with its place in the list: a candidate is asked about
    one check several times a question, and the list has some thirty to look through."""
    return tuple((place, check) for place, check in enumerate(checks) if check.name == name)


def _opposite_stems(judged: Judged) -> frozenset[str]:
    """Return the stems of the words the language files pair with an opposite ("oppose", "support")."""
    return frozenset(stem(word) for word in judged.candidate.scorer.index.lexicon.opposites)


def _only_opposites_uncovered(judged: Judged) -> bool:
    """Tell whether every word of the question a fact leaves out is one it says the opposite of."""
    opposites = _opposite_stems(judged)
    # ("multilater#multilateralism": a word the base reads in one sense is the word's stem and that sense.)
    return all(u.token.partition("#")[0] in opposites for u in judged.candidate.uncovered)


def _misdated_beside_unknowns(candidate: Candidate) -> bool:
    """Tell whether a claim dates a thing otherwise than the fact and leaves out of it only that year and words the
    material never uses ("... in 2013 under manmohan singh"); not in a comparison, whose year may be another thing's
    ("did CEPA come before the 2015 defence pacts?")."""
    query = candidate.query
    if not candidate.misdated or query.markers.comparison or not (query.yes_no or asserts_premise(query)):
        return False
    # The claim names the thing it dates ("cepa ... in 2013"): "india and japan signed the acsa in 2020" dates a
    # thing the material never names, which the unknown word is, not noise beside a known one.
    named = {u.token for u in query.units if u.named} - candidate.scorer.partner_concepts
    if not any(concept in named for concept, _year, _stated in candidate.misdated):
        return False
    index = candidate.scorer.index
    years = {year for _concept, year, _stated in candidate.misdated}
    return all(
        u.label in years or (u.kind in {"word", "entity"} and not index.knows(u.token, u.label.casefold()))
        for u in candidate.uncovered
    )


def _on_topic(
    judged: Judged,
    thresholds: Thresholds,
    opposed: bool = False,
    substituted: bool = False,
    periods: bool = False,
    other_way: bool = False,
) -> bool:
    candidate = judged.candidate
    coverage = candidate.topic_coverage
    if other_way:
        # "India's primary imports from Japan include organic chemicals?": the fact running the other way leaves out
        # only how the material words the asked way ("primary"), which is no topic of its own.
        coverage += sum(u.weight for u in candidate.uncovered) / max(candidate.query.unit_weight, 1e-9)
    if periods:
        # "22.85 billion in FY 2022-23?": the period the fact gives another of is answered by it, not missing.
        weight = sum(u.weight for u in candidate.uncovered if _PERIOD.fullmatch(u.label))
        coverage += weight / max(candidate.query.unit_weight, 1e-9)
    if substituted:
        # "is Ehime paired with Kerala?": the name the fact has another in place of is answered by it, not missing.
        asked = {name.casefold() for name, _stated in candidate.substituted}
        weight = sum(u.weight for u in candidate.uncovered if _names_one_of(u, asked) or _acts_together(u, candidate))
        coverage += weight / max(candidate.query.unit_weight, 1e-9)
    # Of all a fact leaves unasked (``Candidate.missing``), only the event it dates instead is read here: the kinds
    # and attributes never carry the "event:" mark, and working them out reads the answer of every candidate.
    asked_events = {candidate.other_event} if candidate.other_event else set()
    if asked_events:
        # "when was IJICP signed?": the signing is what is asked (and missing), not what the question is about.
        lexicon = candidate.scorer.index.lexicon
        weight = sum(u.weight for u in candidate.uncovered if event_kinds((u.label,), lexicon) & asked_events)
        coverage += weight / max(candidate.query.unit_weight, 1e-9)
    head = candidate.query.asked_head
    if head and ASKED_HEAD_PREFIX + head in candidate.unmet_attributes:
        # "which train technology is used in MAHSR": the technology is what is asked (and missing), not the topic.
        weight = sum(u.weight for u in candidate.uncovered if stem(head) in {u.token, stem(u.label.casefold())})
        coverage += weight / max(candidate.query.unit_weight, 1e-9)
    if _misdated_beside_unknowns(candidate):
        # "cepa came into effect in 2013 under manmohan singh": the year the fact gives another of is answered by it,
        # and words the material never uses say nothing it could be about instead.
        coverage += sum(u.weight for u in candidate.uncovered) / max(candidate.query.unit_weight, 1e-9)
    if candidate.misfigured:
        # "it has six lines of effort": the figure the fact gives another of is answered by it, not missing.
        values = candidate.scorer.index.lexicon.number_values
        asked = {figure for figure, _ours in candidate.misfigured}
        weight = sum(u.weight for u in candidate.uncovered if values.get(u.label, u.label) in asked)
        coverage += weight / max(candidate.query.unit_weight, 1e-9)
    if candidate.renumbered:
        # "Chandrayaan 4 ...?": the figure the fact gives another of is answered by it, not missing.
        asked = {figure for _word, figure, _stated in candidate.renumbered}
        weight = sum(u.weight for u in candidate.uncovered if u.label in asked)
        coverage += weight / max(candidate.query.unit_weight, 1e-9)
    if candidate.miscategorised and not candidate.query.markers.negation:
        # "JIMEX is a multilateral naval exercise?": filed under another kind, the thing is not that kind, whatever
        # else the claim says of it ("naval").
        weight = sum(u.weight for u in candidate.uncovered if u.kind == "word" and not u.named)
        coverage += weight / max(candidate.query.unit_weight, 1e-9)
    if candidate.off_category and (candidate.query.yes_no or asserts_premise(candidate.query)):
        # "the 2+2 is between finance and commerce ministers?": the other category's words are what is corrected.
        off = _off_tokens(candidate)
        weight = sum(u.weight for u in candidate.uncovered if _mentions(u, off))
        coverage += weight / max(candidate.query.unit_weight, 1e-9)
    if opposed:
        # The word the fact says the opposite of ("oppose" against "support") is answered by it, not missing.
        opposites = _opposite_stems(judged)
        weight = sum(u.weight for u in candidate.uncovered if u.token.partition("#")[0] in opposites)
        coverage += weight / max(candidate.query.unit_weight, 1e-9)
    return coverage >= thresholds.partial_topic_coverage


#: What a fact giving another year, figure, owner or category than the one a claim denies fails, and still confirms
#: the claim.
_DENIAL_FAILURES = frozenset(
    {"polarity", "date", "figures", "figure owner", "yes/no", "coverage", "topic only", "owner", "category"}
)


def _denied(candidate: Candidate) -> list[tuple[str, str]]:
    """Return (what a claim says, what the fact gives instead) for each year, figure, owner and category a claim
    gives otherwise than the fact ("2014" and "2011"; "Japan's" and "India's"; "bilateral" and "multilateral")."""
    pairs = [(year, stated) for _concept, year, stated in candidate.misdated]
    pairs += list(candidate.misfigured)
    pairs += [(f"{asked}'s", f"{stated}'s") for _head, asked, stated in candidate.misowned]
    pairs += [(asked, stated) for _thing, asked, stated in candidate.miscategorised]
    # "SCRI with South Africa nahi hai na?": the name the fact gives in the denied one's place.
    pairs += [pair for pair in dict.fromkeys(candidate.substituted) if pair not in pairs]
    if candidate.off_category:
        # "the Act East Forum is not for south India, right?": the word of the same kind the fact gives ("Northeast").
        groups = candidate.scorer.index.lexicon.contrast_groups
        tokens = candidate.scorer.answer_tokens(candidate.index)
        for word in candidate.off_category:
            stated = next((t for t in tokens if t in groups and groups[t] == groups.get(word)), None)
            if stated is not None and (word, stated) not in pairs:
                pairs.append((word, stated))
    return pairs


def _figure_of_another_thing(best: Judged, above: Sequence[Judged]) -> bool:
    """Tell whether a better fact gives another figure for what the question counts, which the best passing one
    leaves out (it has the question's figure only for something else)."""
    uncovered = set(best.candidate.uncovered)
    shares_a_figure = any(u.kind == "figure" for u in best.candidate.covered)
    return (
        shares_a_figure
        and bool(uncovered)
        and any(j.candidate.misfigured and uncovered <= set(j.candidate.covered) for j in above)
    )


def _confirmed_denial(judged: Sequence[Judged], thresholds: Thresholds) -> Judged | None:
    """Return a fact that confirms what a claim denies: "CEPA did not come into effect in 2014, right?" against
    "... came into effect in 2011" (the other year is just what the claim says), "IJICP isn't about Japan's
    competitiveness, right?" against India's, "MALABAR isn't bilateral, right?" against a multilateral exercise; or
    None."""
    if not judged:
        return None
    query = judged[0].candidate.query
    # A claim, asked to be checked or stated ("SSGP wasn't in 2015"); "why was it not signed in 2014?" asks a reason,
    # while "CEPA was not signed in 2014, so when?" asks for the year the claim denies (only a year is then denied).
    asks_instead = query.intents == {Intent.WHEN} and not query.attributes
    if not (query.markers.negation and (query.yes_no or query.claims or not query.asks or asks_instead)):
        return None
    lexicon = judged[0].candidate.scorer.index.lexicon
    if not query.words.isdisjoint(lexicon.words("which_words") | lexicon.words("whose_words")):
        return None  # "gujarat aur kerala me se kiski partnership nahi hai" asks which; it denies nothing itself
    negations = lexicon.words("negations")
    contrasts = lexicon.words("denial_contrasts")
    for item in judged[: thresholds.max_suggestions]:
        candidate = item.candidate
        pairs = _denied(candidate)
        if not pairs or candidate.direction in {"reversed", "other"} or not _fails(item, "polarity"):
            continue
        if asks_instead and not query.yes_no and len(pairs) != len(candidate.misdated) + len(candidate.misfigured):
            continue  # only a date or a figure denied is what "so when?" asks instead
        failed = _failed(item)
        if candidate.substituted:
            # "the AAGC isn't about Africa but South America": a claim naming a thing of the fact's besides the one it
            # is about denies what the fact says of it, whatever name it puts beside it.
            if not _names_one_thing(candidate) or not contrasts.isdisjoint(query.words):
                continue  # ("IJICP was not launched with japan but with the US": it claims the US instead.)
            # "Act East Forum northeast ke liye nahi hai na?": a fact as close on the same thing that gives the
            # denied name says what the denial denies, whatever name another fact gives in its place. (A fact on
            # another thing naming it, Japan's approach to China against "SCRI me china nahi hai na?", does not.)
            asked = {name.casefold() for name, _stated in candidate.substituted}
            own = candidate.scorer.partner_concepts
            subject = {u.label for u in candidate.covered if u.named and u.token not in own}
            if any(
                _gives_the_name(j, asked) and subject <= {u.label for u in j.candidate.covered}
                for j in judged[: thresholds.max_suggestions]
                if j is not item
            ):
                continue
            # The denied name is what the fact leaves out (checked below: all it leaves out is what is denied).
            failed -= {"names", "rare word", "unknown name"}
        if failed - _DENIAL_FAILURES:
            continue
        # What the material gives instead is in this fact's own answer ("the IJICP's aim" dates nothing): the member
        # reads it there.
        answer = candidate.fact.fact.answer
        # Compared as read, not as written: the claim's "4" is the material's "04 Oct" once tokenized.
        words = set(tokenize(answer))
        if not all(
            stated.casefold() in words or re.search(rf"(?<!\w){re.escape(stated)}(?!\w)", answer, re.IGNORECASE)
            for _d, stated in pairs
        ):
            continue
        denied = {word.casefold().removesuffix("'s") for word, _stated in pairs}
        # All it leaves out is the denied figure and the word denying it: the fact is about what the claim is about.
        if all(_names_one_of(u, denied) or u.label.casefold() in negations for u in candidate.uncovered):
            return item
    return None


def _names_one_thing(candidate: Candidate) -> bool:
    """Tell whether a question names at most one thing of the fact's besides the partners ("SCRI", not "the AAGC"
    and "Africa")."""
    own = candidate.scorer.partner_concepts
    return len({u.label for u in candidate.covered if u.named and u.token not in own}) <= 1


def _gives_the_name(item: Judged, names: set[str]) -> bool:
    """Tell whether a fact covers a name of these (casefolded) as the question gives it, all its words."""
    candidate = item.candidate
    return any(_names_one_of(u, names) for u in candidate.covered) and not any(
        _names_one_of(u, names) for u in candidate.uncovered
    )


def _denial_note(candidate: Candidate) -> str:
    """Say that a denial is right, and what the material gives instead ("Right, not 2014: the material gives
    2011.")."""
    pairs = _denied(candidate)
    denied = sorted({word for word, _stated in pairs})
    stated = sorted({word for _denied_word, word in pairs})
    return f"Right, not {' or '.join(denied)}: the material gives {', '.join(stated)}."


def _correction(judged: Sequence[Judged], thresholds: Thresholds, premise: bool) -> Correction | None:
    """A question whose relation runs the other way from the material's, asked as a premise ("why does X...")."""
    for item in _stating_the_year_first(judged):
        if "opinion" in item.candidate.query.attributes:
            # "should India sign the NPT?" asks for advice: what the material states contradicts no claim.
            return None
        # What makes a correction first: every check of a candidate is judged only when it may be one.
        candidate = item.candidate
        if not {"future", "date_ahead"}.isdisjoint(set(candidate.query.attributes) & set(candidate.unmet_attributes)):
            # "will trade cross 30 billion?", "will India sign the NPT?": what is so today contradicts nothing of what
            # will be.
            continue
        # "what is the NPT signatory count" states nothing that "India has not signed" could contradict; "when did
        # India sign the NPT?" says an event happened.
        query = candidate.query
        states = premise or query.yes_no or query.claims or query.markers.negation or bool(query.events)
        # (The check is run only for a question that states something: it is the costlier of the two.)
        polarity = states and _fails(item, "polarity")
        turned = candidate.direction in {"reversed", "other"}
        # "trade was 22.85 million?" asserts another magnitude than the material's billion.
        asserts = premise or candidate.query.yes_no
        asserted_off = asserts and bool(candidate.off_category)
        # "what was India's export figure" asks for the figure of the thing it names, so "Japan's exports were ..."
        # corrects nothing; "how does IJICP boost Japan's competitiveness" takes the owner as given; and an
        # owner given a figure the fact lacks may be right ("India's exports were 5.16 billion?").
        # "who is Japan's PM?" asks a person the fact does not give: India's PM in it is another person, not a
        # premise turned round.
        misowned = (
            bool(candidate.misowned)
            and (
                asserts
                or (not asks_amount(candidate.query, candidate.scorer.index.lexicon) and not candidate.unmet_kinds)
            )
            # "what is India's export target": India's own exports are in the material (without a target), so
            # Japan's are no owner turned round; Peru's plan, which nothing gives, is.
            and not _owned_as_asked(judged, item, thresholds)
            and not candidate.missing_figures
        )
        # "is trade more than 30 billion?": the fact's own figure (22.85) says otherwise.
        # ("was jimex before 2015?" against a fact whose 2015 is the pacts': a year bound is set against the year the
        # fact gives the thing named, not any year it gives.)
        beyond = asserts and any(
            value is not None and (not is_year(value) or _dates_the_named(candidate, value))
            for _b, _s, value in candidate.off_bounds
        )
        # "is Chandrayaan 5 part of the initiative?" against a list naming both: they are separate items.
        beyond = beyond or (asserts and _fails(item, "membership"))
        # A figure set against a fact about the other direction ("India exported 5.16 billion?" against Japan's
        # 17.69) is no figure of the same thing: only the direction can be wrong there.
        misfigured = not turned and bool(candidate.misfigured)
        # "SCRI with South Africa?": the fact on SCRI names Australia in its place.
        substituted = asserts and bool(candidate.substituted) and _only_names_substituted(item)
        # "JIMEX isn't multilateral, is it?": another kind than the one the claim denies is no contradiction.
        miscategorised = not candidate.query.markers.negation and bool(candidate.miscategorised or candidate.miskinded)
        # "was CEPA reviewed in 2023?" against "came into effect in 2011": a fact dating a thing's start says nothing
        # of when it was later reviewed or ended; its year contradicts no year of those.
        # And a fact whose own answer gives no year ("the AAGC is meant to ...") shows the member none: the fact that
        # states the year is the one to correct with, if any.
        later = candidate.scorer.index.lexicon.words("later_events")
        misdated = (
            bool(candidate.misdated)
            and candidate.other_event not in later
            and {stated for _c, _y, stated in candidate.misdated} <= candidate.scorer.answer_numbers(candidate.index)
        )
        wrong = misdated or bool(misowned or miscategorised) or misfigured or asserted_off or beyond
        # "India follows the US-led alliance system, right?": the fact says that of Japan, and India's own approach.
        # (Only a claim about one partner can have the partners swapped: the subject check is run only for one.)
        swapped = (
            claims_of_one_partner(query) and _fails(item, "subject") and swapped_partner(candidate.query, candidate)
        )
        wrong = wrong or substituted or swapped
        # "trade was 22.85 billion in FY 2022-23, right?": the fact gives the figure for another period.
        misperiod = asserts and not turned and _another_period(item)
        wrong = wrong or misperiod
        lexicon = candidate.scorer.index.lexicon
        if wrong and _denies(query, lexicon) and (query.yes_no or query.claims):
            # "Gujarat ka partner Ehime nahi hai right?", "CEPA 2015 me nahi aaya na?": the fact giving another name,
            # year or owner in the claim's place is just what a denial says; it contradicts nothing.
            wrong = False
        if not (turned or wrong or polarity):
            continue
        if (
            turned
            and candidate.reversed_by_its_file
            and any(j.candidate.direction == "reversed" and not j.candidate.reversed_by_its_file for j in judged)
        ):
            # "did Japan's PM visit India?": the fact stating the visit corrects it, not one that only speaks of it.
            continue
        # "japan's primary imports from india include nuclear reactors": "primary" is how the material words the
        # other way (India's imports), so the owner it gives that word is no more wrong than the direction.
        owner_only = bool(misowned) and not (
            misdated or miscategorised or misfigured or asserted_off or beyond or substituted or swapped or misperiod
        )
        if turned and (owner_only or not (wrong or polarity)) and _runs_as_asked(item, judged, thresholds):
            # "ratio of Japan's exports to India's exports": a fact as close that runs the asked way (Japan's exports
            # to India) shows the question turns nothing round; it asks what that fact does not give.
            continue
        negated = candidate.query.markers.negation and (candidate.query.yes_no or candidate.query.claims)
        asks_only = not (premise or query.yes_no or query.claims or query.events or query.numbers)
        if polarity and asks_only and not (turned or wrong):
            # "name a state that has no partnership" asks for what is not so, and claims nothing a fact could
            # contradict.
            continue
        if (
            polarity
            and not (turned or wrong or query.yes_no or query.claims)
            and _fails(item, "figures")
            and candidate.coverage < thresholds.suggest_coverage
        ):
            # "what did India and Japan sign in 2013?" against "India has not signed the NPT": a fact sharing little
            # more than the verb, and not the question's figure, says nothing of what was signed then; its "not"
            # contradicts nothing asked ("India signed the NPT in 2010?" claims what it denies, whatever the year).
            continue
        if polarity and negated and substituted and _names_one_thing(candidate) and _denies(query, lexicon):
            # "SCRI me china nahi hai na?" against "with Australia in the SCRI": a fact naming another in the denied
            # name's place contradicts nothing the denial says.
            continue
        if polarity and negated and candidate.off_category and _denies(query, lexicon):
            # "the Act East Forum is not for south India, right?" against "India's Northeast": the fact is about
            # another kind than the one denied, which is just what the claim says; nothing is contradicted.
            continue
        if polarity and negated and candidate.miscategorised:
            # "MALABAR is not a bilateral exercise, right?" against "multilateral exercises (MILAN, MALABAR)": the
            # fact files it under another kind, which is just what the claim says; nothing is contradicted.
            continue
        if turned and polarity and not wrong:
            # "India doesn't export nuclear reactors to Japan, right?" against Japan's exports to India: a fact about
            # the other direction says nothing either way of what one side does not do.
            continue
        if not (wrong or polarity) and candidate.missing_figures:
            # "so India exported 5.16 billion?": a figure the fact lacks may be the material's own sum worked out
            # (22.85 - 17.69); the fact about the other direction cannot say it is otherwise.
            continue
        failed = _failed(item)
        if candidate.misdated:
            # "SSGP 2011 me hua tha na?": the fact dating the thing otherwise covers the thing alone, and so it should.
            failed -= {"topic only"}
            if misdated and _misdated_beside_unknowns(candidate):
                # "cepa came into effect in 2013 under manmohan singh": the year the claim gives the thing is wrong
                # whatever else it says that the material never names.
                failed -= {"rare word", "unknown name", "unknown thing", "names"}
            years = {year for _concept, year, _stated in candidate.misdated}
            if all(u.label in years for u in candidate.uncovered if u.label in candidate.query.own_units):
                # "was it set up in 2015?" after the AAGC: the year the follow-up asks about is what is corrected.
                failed -= {"follow-up"}
        if misfigured and candidate.counts_the_same_thing:
            # "8 state prefecture pairs hai na?": the fact counting the thing otherwise covers the thing alone, and so
            # it should ("7 partnerships" names no such thing: "partnerships" may be any).
            failed -= {"topic only"}
        if swapped:
            failed -= {"subject"}
        off = _off_tokens(candidate) if asserted_off else set()
        if off and all(_mentions(u, off) for u in candidate.uncovered if u.kind == "word"):
            # "Chandrayaan 5 is a Mars mission, na?": the word of another category is what is corrected, not missing.
            failed -= {"unknown name", "rare word"}
        if off and candidate.uncovered and all(_mentions(u, off) for u in candidate.uncovered):
            # "does it include commerce ministers?" after the 2+2: the follow-up's word of another category is what
            # is corrected, not something it asks that the fact leaves out.
            failed -= {"follow-up"}
        if substituted:
            # The name put in place of the material's is what the fact lacks, and what is corrected ("it is India,
            # Japan and the US, right?" after SCRI: the US is what the follow-up claims, and what is wrong).
            failed -= {"names", "rare word", "unknown name", "topic only", "follow-up"}
        worded = turned and not wrong and _worded_as_the_other_way(item, judged)
        # ("India's main import is organic chemicals and copper?": copper, which the asked way gives, is no wording.)
        one_word = len(candidate.uncovered) == 1 and candidate.uncovered[0].kind == "word"
        other_way = worded and one_word and not candidate.uncovered[0].named
        if worded:
            # "India's primary imports from Japan include organic chemicals?": "primary" is how the material words
            # India's imports, which the fact on India's exports need not say.
            failed -= {"rare word"}
        if polarity and _only_opposites_uncovered(item):
            # "does Japan oppose India's bid?": the word the fact says the opposite of is not in it, and need not be.
            failed -= {"rare word"}
        if failed <= CORRECTION_FAILURES and _on_topic(
            item, thresholds, opposed=polarity, substituted=substituted, periods=misperiod, other_way=other_way
        ):
            if candidate.direction == "other":
                # "india follows the US-led alliance system like japan": the fact that also says what India does
                # instead corrects the claim better than the one on Japan alone.
                item = _agent_s_own(item, judged, thresholds)
            if premise:
                return Correction((item.match,), item.reason, reversed=item.candidate.direction == "reversed")
            if wrong or polarity:
                return Correction((item.match,), item.reason, reversed=False)
            return None
    return None


def _agent_s_own(turned: Judged, judged: Sequence[Judged], thresholds: Thresholds) -> Judged:
    """Return the fact to correct a claim with when the closest one states the relation of another doer only.

    "india follows the US-led alliance system like japan": the fact on Japan's approach says nothing of India, while
    one about as close says what India does instead (its strategic autonomy), which is the correction the member
    needs. Without such a fact, the closest one is returned.
    """
    agents = {r.agent for r in turned.candidate.query.roles if r.agent}
    if len(agents) != 1 or any(r.agent in agents for r in turned.candidate.profile.roles):
        return turned
    for j in judged[: thresholds.max_suggestions]:
        candidate = j.candidate
        if (
            j is not turned
            and candidate.direction == "other"
            and turned.candidate.score - candidate.score < thresholds.plural_margin
            and any(r.agent in agents for r in candidate.profile.roles)
            and _failed(j) <= CORRECTION_FAILURES
        ):
            return j
    return turned


def _runs_as_asked(turned: Judged, judged: Sequence[Judged], thresholds: Thresholds) -> bool:
    """Tell whether a fact about as close as one running the other way states the relation the way it is asked."""
    floor = turned.candidate.score - thresholds.tie_margin

    def runs_so(j: Judged) -> bool:
        """Tell whether one fact states the relation the way the question asks it, as close as the turned one."""
        if j.candidate.direction != "same":
            return False
        # "india's primary export to japan is nuclear reactors only": the fact on India's exports names the reactors
        # too; it lacks only "primary", which is how the material words the other way (India's imports).
        if _lacks_only_the_other_way_s_word(j, turned) and _failed(j) <= {"rare word"}:
            return True
        close = j.candidate.score >= floor and j.candidate.coverage >= turned.candidate.coverage
        # "india exports to japan 2023-24": the fact running the asked way lacks only the period, which the reversed
        # fact has from its own figure; the relation as asked is the material's too.
        return (close or _lacks_only_figures(j, turned)) and _on_topic(j, thresholds)

    return any(runs_so(j) for j in judged if j is not turned)


def _lacks_only_the_other_way_s_word(item: Judged, turned: Judged) -> bool:
    """Tell whether a fact leaves out of a question one plain word only, which the fact running the other way has."""
    uncovered = item.candidate.uncovered
    if len(uncovered) != 1 or uncovered[0].kind != "word" or uncovered[0].named:
        return False
    return uncovered[0] in turned.candidate.covered


def _worded_as_the_other_way(turned: Judged, judged: Sequence[Judged]) -> bool:
    """Tell whether all a fact running the other way leaves out is covered by a fact running the asked way."""
    uncovered = {u.label for u in turned.candidate.uncovered}
    return bool(uncovered) and any(
        j.candidate.direction == "same" and uncovered <= {u.label for u in j.candidate.covered}
        for j in judged
        if j is not turned
    )


def _another_period(item: Judged) -> bool:
    """Tell whether all a fact leaves out of a claim is periods ("FY 2022-23"), and it gives another period itself."""
    candidate = item.candidate
    uncovered = candidate.uncovered
    if not uncovered or not all(_PERIOD.fullmatch(u.label) for u in uncovered):
        return False
    stated = {t for t in candidate.scorer.answer_tokens(candidate.index) if _PERIOD.fullmatch(t)}
    stated -= candidate.query.numbers | {u.label for u in uncovered}
    if not stated:
        return False
    # "FY 2011-12" holds 2011, "FY 2024" is FY 2023-24: a period the fact's may be is not another one.
    fiscal = "fy" in candidate.query.words
    claimed = [_period_of(u.label, fiscal) for u in uncovered]
    return not any(_may_be(a, _period_of(b, False)) for a in claimed for b in stated)


def _period_of(label: str, fiscal: bool) -> tuple[int, bool]:
    """Return a period's first year and whether it is a financial year ("2023-24", or "2024" after "FY": 2023)."""
    digits = re.findall(r"\d+", label)
    first = int(digits[0]) if digits else 0
    if len(digits) > 1:
        return first, True
    return (first - 1, True) if fiscal else (first, False)


def _may_be(one: tuple[int, bool], other: tuple[int, bool]) -> bool:
    """Tell whether two periods may be the same: two financial years only if they start alike, a year if it is in
    the other's span."""
    (a, a_fiscal), (b, b_fiscal) = one, other
    if a_fiscal and b_fiscal:
        return a == b
    if a_fiscal:
        return b in (a, a + 1)
    if b_fiscal:
        return a in (b, b + 1)
    return a == b


def _lacks_only_figures(item: Judged, turned: Judged) -> bool:
    """Tell whether all a fact leaves out of a question is periods (a year, "FY 2023-24") another fact covers; an
    amount the other fact gives ("India exported 17.69?") is what a claim turns round, no period."""
    uncovered = item.candidate.uncovered
    covered = {u.label for u in turned.candidate.covered}
    return bool(uncovered) and all(_PERIOD.fullmatch(u.label) and u.label in covered for u in uncovered)


#: A year or a financial year ("2011", "2023-24", "FY 2023-24").
_PERIOD = re.compile(r"(?:FY\s*)?\d{4}(?:-\d{2}(?:\d{2})?)?", re.IGNORECASE)


def _denies(query: Query, lexicon: Lexicon) -> bool:
    """Tell whether a claim denies what it says ("Gujarat ka partner Ehime nahi hai"), not just opens on a "no" to
    what came before ("nahi, toyama telangana ke saath hai na?", "arey nahi, ...")."""
    if not query.markers.negation:
        return False
    negations = lexicon.words("negations") | lexicon.words("comparison_denials")
    lead, comma, rest = query.text.partition(",")
    said = tokenize(lead)
    opening = bool(comma) and len(said) <= 2 and not negations.isdisjoint(said)
    return not opening or not negations.isdisjoint(tokenize(rest))


def _dates_the_named(candidate: Candidate, year: str) -> bool:
    """Tell whether a fact ties a year to a named thing the question names (CEPA's 2011), or the question names no
    thing (then the year the fact gives is the one it asks about: "were the defence pacts signed before 2010?")."""
    named = {u.token for u in candidate.covered if u.named} - candidate.scorer.partner_concepts
    return not named or any(concept in named and stated == year for concept, stated in candidate.profile.dates)


def _only_names_substituted(item: Judged) -> bool:
    """Tell whether all a fact leaves out of a question is the names it gives others in place of, and it gives what
    is asked ("is SCRI opposed by China?" asserts an opposing the fact never states)."""
    candidate = item.candidate
    asked = {name.casefold() for name, _stated in candidate.substituted}
    asked |= {year for _concept, year, _stated in candidate.misdated}  # "set up in 2015 by India and China?"
    if not all(_names_one_of(u, asked) or _acts_together(u, candidate) for u in candidate.uncovered):
        return False
    # "the AAGC was set up by India and China?" names who set it up: the fact naming others in their place is
    # what answers it, though it names no founder as such.
    if not _fails(item, "attribute"):
        return True
    return len(candidate.query.entities) > 1 and set(unmet_attributes(candidate.query, candidate.profile)) <= {
        "founder"
    }


def _acts_together(unit: Unit, candidate: Candidate) -> bool:
    """Tell whether a word of a claim only says the sides act together ("collaborate with Indonesia in SCRI?"): the
    fact naming another side in its place words that act its own way ("team up with Australia")."""
    return unit.label.casefold() in candidate.scorer.index.lexicon.words("joint_action_words")


def _off_tokens(candidate: Candidate) -> set[str]:
    """Return the index tokens of the category words a question gives that the fact gives another of."""
    token = candidate.scorer.index.senses.token
    return {token(w) for w in candidate.off_category}


def _mentions(unit: Unit, tokens: set[str]) -> bool:
    """Tell whether a unit of the question is, or is read from, one of these index tokens ("commerce", read as the
    glossary's "trade")."""
    return any(t in tokens for alternative in unit.alternatives for t in alternative)


def _names_one_of(unit: Unit, names: set[str]) -> bool:
    """Tell whether a unit of the question is one of these names (casefolded), or a word of one ("southeast" of
    "Southeast Asia")."""
    if unit.label.casefold() in names:
        return True
    entities = {a[0][1:].casefold() for a in unit.alternatives if len(a) == 1 and a[0].startswith(ENTITY_PREFIX)}
    return bool(entities & names)


def _stating_the_year_first(judged: Sequence[Judged]) -> list[Judged]:
    """Put first, among close candidates that misdate the thing asked about, those whose answer gives its year.

    "IJICP launched 2011 na?" is corrected by "IJICP was launched in 2021", not by a fact about its aim that the
    rest of the base dates 2021.
    """
    if not judged or not judged[0].candidate.query.dates:
        return list(judged)

    def states_it(item: Judged) -> bool:
        candidate = item.candidate
        years = {stated for _concept, _asked, stated in candidate.misdated}
        return bool(years) and years <= candidate.scorer.answer_numbers(candidate.index)

    return sorted(judged, key=lambda item: not states_it(item))


def _worked_out(query: Query, judged: Sequence[Judged], thresholds: Thresholds) -> Partial | None:
    """Work out a sum asked of one way of a two-way total from a fact giving the other way's part of it ("how much
    does India export to Japan" against "Japan's exports to India were worth US$ 17.69 billion, out of total
    bilateral trade of US$ 22.85 billion"): a partial answer, since the material does not state it, with the figure
    its own figures give and how."""
    lexicon = judged[0].candidate.scorer.index.lexicon if judged else None
    partners = judged[0].candidate.scorer.index.partners if judged else frozenset()
    # "and India's exports?" after Japan's: one of two partners doing it does it to the other; "japan imports how
    # much": one of two taking it in takes it from the other.
    pair = len(partners) == 2
    roles = [
        r if r.target else replace(r, target=next(iter(partners - {r.agent})))
        for r in query.roles
        if r.agent and (r.target or (pair and r.agent in partners))
    ]
    roles += [
        replace(r, agent=next(iter(partners - {r.target})))
        for r in query.roles
        if not r.agent and pair and r.target in partners
    ]
    # "india's exports to japan fy24": a bare flow of one year asks its sum, as "how much" would.
    bare_period = not (query.intents or query.attributes) and any(_PERIOD.fullmatch(u.label) for u in query.units)
    # "is india's export to japan more than 5 billion?": the worked sum is set against the bound, as said.
    sums = [(figure, side) for figure, side, unit in query.bounds if not unit and not is_year(figure)]
    bounded = (query.yes_no or query.claims) and len(sums) == 1 and len(query.bounds) == 1
    # "India Japan ko 5.16 billion export karta hai na?": the worked sum is set against the figure claimed.
    figures = [] if query.bounds else [n for n in query.numbers if not is_year(n) and _amount(n) is not None]
    claimed = (query.yes_no or query.claims) and len(figures) == 1 and not bounded
    # ("india's exports in 2024-25 were 6 billion?": the material's sums are of their own year, which may not be it.)
    claimed = claimed and not any(is_year(n) or _PERIOD.fullmatch(n) for n in query.numbers)
    asks = lexicon is not None and (asks_amount(query, lexicon) or bare_period)
    if lexicon is None or not roles or not (bounded or claimed or (asks and not (query.yes_no or query.claims))):
        return None
    for item in judged:
        if not _on_topic(item, thresholds):
            continue
        # The way asked may have a fact of its own without a sum ("the goods India exports"): one further down
        # giving the other way's part of the total still says what the rest is.
        # ("India's exports": whose they are turns round with the direction.)
        # ("and India's?" after Japan's exports: the fact names Japan where the follow-up puts India, which is the
        # other way round, not another thing.)
        contrasted = bool(query.contrast) and set(query.contrast) <= partners
        allowed = {"direction", "owner", "names"} if contrasted else {"direction", "owner"}
        if bounded:
            allowed |= {"bound"}  # (the fact's own figure, the other way's, is not what the bound is set against)
        if claimed:
            # (The worked sum is the figure the fact lacks, and gives for no other thing.)
            allowed |= {"figures", "figure owner", "yes/no", "coverage"}
        if item.candidate.direction != "reversed" or not {"direction"} <= _failed(item) <= allowed:
            continue
        if claimed and "figures" not in _failed(item):
            continue  # ("india exported 17.69 billion?": the other way's own figure, turned round, is corrected)
        whole = part_of_whole(item.candidate.fact.fact.answer, lexicon)
        if whole is None or not set(whole.label.casefold().split()) & lexicon.words("two_way_wholes"):
            continue
        role = roles[0]
        worked = (
            f"Worked out from its figures: {whole.written(whole.whole)} ({whole.label}) less "
            f"{whole.written(whole.part)} the other way = {whole.rest()}."
        )
        missing = f"a figure for {_plural(role.relation)} from {role.agent} to {role.target} itself"
        rest = float(whole.rest_figure())
        if bounded:
            figure, side = sums[0]
            words = {"above": "more than", "below": "less than", "at_least": "at least", "at_most": "at most"}
            holds = meets_bound(rest, side, float(figure.replace(",", "")))
            said = f"{words.get(side, side)} {figure}"
            worked = f"{worked[:-1]}, which is {said}." if holds else f"{worked[:-1]}, which is not {said}."
        elif claimed:
            said = figures[0]
            holds = abs(rest - (_amount(said) or 0.0)) <= thresholds.worked_sum_tolerance
            worked = f"{worked[:-1]}, as said." if holds else f"{worked[:-1]}, not {said}."
        return Partial(missing, (item.match,), item.reason, worked=worked, worked_sum=rest)
    return None


#: Figures a question may ask to be worked out of the material's own (see ``ASKED_WORDS``).
WORKED_ATTRIBUTES = frozenset({"half", "double", "times", "gap", "percent"})


def _worked_figure(query: Query, judged: Sequence[Judged], thresholds: Thresholds) -> Partial | None:
    """Work out a figure asked of the material's own ("half of bilateral trade", "how many times Japan's exports are
    India's", "what % of trade is Japan's exports"): a partial answer, since the material does not state it, with the
    figure its own figures give and how. Only the one fact that passes all else but the asked figure is used."""
    asked = query.attributes & WORKED_ATTRIBUTES
    if len(asked) != 1 or query.yes_no or not judged:
        return None
    operation = next(iter(asked))
    lexicon = judged[0].candidate.scorer.index.lexicon
    two_ways = lexicon.words("two_way_wholes")
    for item in judged:
        candidate = item.candidate
        if not _on_topic(item, thresholds) or candidate.unmet_attributes != (operation,):
            continue
        failed = _failed(item)
        if not failed <= {"attribute", "direction", "owner"}:
            continue
        turned = candidate.direction == "reversed"
        answer = candidate.fact.fact.answer
        whole = part_of_whole(answer, lexicon)
        roles = candidate.profile.roles
        two_way = whole is not None and len(roles) == 1 and bool(set(whole.label.casefold().split()) & two_ways)
        if operation == "half" and query.markers.comparison in {"more", "less"}:
            # "japan's exports are more than half of bilateral trade?": the part set against half of its whole, not
            # half of the part.
            if whole is None or not set(tokenize(whole.label)) & query.words:
                return None
            own = whole.rest_figure() if turned else whole.part
            share = float(own.replace(",", "")) / float(whole.whole.replace(",", "")) * 100
            way = "more" if share > 50 else "less" if share < 50 else "neither more nor"
            worked = f"Worked out from its figures: {whole.written(own)} is {share:.1f}% of "
            worked += f"{whole.written(whole.whole)} ({whole.label}), {way} than half of it."
            return Partial(ASKED_WORDS[operation], (item.match,), item.reason, worked=worked)
        if operation in {"half", "double"}:
            # The fact's own first sum, of the thing asked the way it is asked; or, asked the other way, the rest of
            # a two-way total ("half of India's exports to Japan": 22.85 less 17.69, halved).
            figure = first_sum(answer)
            if turned and two_way and whole is not None:
                writer, base = whole, whole.rest_figure()
                shown = f"({whole.written(whole.whole)} less {whole.written(whole.part)})"
            elif figure is not None and failed == {"attribute"}:
                writer, base, shown = figure, figure.part, figure.written(figure.part)
            else:
                continue
            factor, word = (0.5, "half of") if operation == "half" else (2.0, "twice")
            worked = f"Worked out from its figures: {word} {shown} is {writer.written(scaled(base, factor))}."
            return Partial(ASKED_WORDS[operation], (item.match,), item.reason, worked=worked)
        if not two_way or whole is None:
            continue
        if operation != "gap" and candidate.direction not in {"same", "reversed"}:
            return None  # "India's share of trade": which way's share is not said
        if operation == "percent" and not (set(tokenize(whole.label)) & query.words or _bare_total(query, lexicon)):
            return None  # "Japan's share in India's total imports": a total the material does not give
        role = roles[0]
        part, rest = whole.part.replace(",", ""), whole.rest_figure()
        mine, other = (rest, part) if turned else (part, rest)
        way = f"{role.agent}'s {_plural(role.relation)} to {role.target} were {whole.written(part)} of "
        way += f"{whole.written(whole.whole)} ({whole.label}), so the other way was {whole.written(rest)}"
        if operation == "gap":
            worked = f"Worked out from its figures: {way}; the gap is {whole.lead()}."
        elif operation == "times":
            worked = f"Worked out from its figures: {way}; {whole.written(mine)} is {float(mine) / float(other):.2f} "
            worked += f"times {whole.written(other)}."
        else:
            share = float(mine) / float(whole.whole.replace(",", "")) * 100
            worked = f"Worked out from its figures: {way}; {whole.written(mine)} is {share:.1f}% of "
            worked += f"{whole.written(whole.whole)}."
        return Partial(ASKED_WORDS[operation], (item.match,), item.reason, worked=worked)
    return None


def _owned_as_asked(judged: Sequence[Judged], item: Judged, thresholds: Thresholds) -> bool:
    """Tell whether another fact on the topic gives the thing as the question's owner's ("India's exports"), all
    the question asks but an attribute it does not state."""
    if not item.candidate.query.owned:
        return False
    return any(
        other is not item
        and not other.candidate.misowned
        and other.candidate.unmet_attributes
        and other.failed_within(_ATTRIBUTE_ONLY) is not None
        and _on_topic(other, thresholds)
        for other in judged[: thresholds.max_suggestions]
    )


def _bare_total(query: Query, lexicon: Lexicon) -> bool:
    """Tell whether a question ends on a total of nothing said ("what percent of total?"): the whole the fact gives."""
    said = tokenize(query.text)
    function_words = lexicon.words("function_words")
    while said and said[-1] in function_words:
        said.pop()  # "kitna percent hai total ka?", "what % of total is it?"
    # ("what percent of the world total?" asks a total the material does not give.)
    return bool(said) and said[-1] in lexicon.words("world_totals") and lexicon.words("scope_words").isdisjoint(said)


def _trade_balance_of_the_pair(query: Query, lexicon: Lexicon) -> bool:
    """Tell whether a balance asked with one partner named is of their trade ("trade deficit with Japan"): not a
    fiscal deficit, nor a partner's total with the world ("India's total trade deficit")."""
    words = query.words
    return not words.isdisjoint(lexicon.words("trade_balance_words")) and words.isdisjoint(
        lexicon.words("world_totals")
    )


#: The checks a claimed expansion of a name the material expands otherwise fails: the name written out is no name of
#: the material's ("CEPA stands for Comprehensive Economic Partnership Act?"), and so not all of the claim is covered.
_EXPANSION_FAILURES = frozenset({"written name", "unknown name", "rare word", "yes/no", "coverage"})


def _misexpanded(query: Query, judged: Sequence[Judged], thresholds: Thresholds) -> Correction | None:
    """Correct a claim that a name the material expands stands for another name ("AAGC stands for Asia-Africa Green
    Corridor?", "IJICP means India-Japan Industrial Cooperation Partnership, right?") with the fact that expands it."""
    if not judged:
        return None
    lexicon = judged[0].candidate.scorer.index.lexicon
    asks_form = "full_form" in query.attributes or not query.words.isdisjoint(lexicon.words("expansion_claims"))
    if not asks_form or not (query.yes_no or query.claims or "full_form" in query.attributes):
        return None
    named = frozenset(u.token for u in query.units if u.kind == "concept" and u.named)
    for item in judged[:3]:
        candidate = item.candidate
        failed = _failed(item)
        if "written name" not in failed or not failed <= _EXPANSION_FAILURES:
            continue
        if named & candidate.profile.expansions and _on_topic(item, thresholds):
            return Correction((item.match,), item.reason, reversed=False)
    return None


def _worked_balance(query: Query, judged: Sequence[Judged], thresholds: Thresholds) -> Partial | None:
    """Work out the gap between the two ways of a two-way total ("India's trade deficit with Japan") from a fact
    giving one way's part of it: a partial answer, since the material states no balance, with the figure and how."""
    if not judged:
        return None
    lexicon = judged[0].candidate.scorer.index.lexicon
    cues = lexicon.words("balance_cues")
    # (The words as read: a Hindi question's are its English translation.)
    # "the deficit as % of total deficit" asks another thing of the balance, which the worked gap does not give.
    leanings = lexicon.words("balance_leanings")
    if not query.words.isdisjoint(leanings) or not query.words.isdisjoint(lexicon.words("trade_balance_words")):
        # "trade balance kiske favour me hai?": whose side it leans to is what the worked gap says; "and the balance?"
        # after Japan's exports is of that trade (a balance among relations is of neither).
        cues = cues | lexicon.words("leaning_balance_cues")
    if query.attributes or not any(set(cue.split()) <= query.words for cue in cues):
        return None
    cue_stems = {stem(w) for cue in cues | leanings for w in cue.split()}
    for item in judged:
        candidate = item.candidate
        # Only the partners named (one may be left to be understood: "trade deficit with Japan"), and all else but
        # the balance word covered: "India's trade deficit with China", "in 2022" or "overall" ask another balance
        # than the one the material's figures give.
        # (None named is the article's own pair: "who has the trade surplus?", if asked of trade.)
        if not set(query.entities) <= candidate.profile.partners:
            continue
        if len(set(query.entities)) < len(candidate.profile.partners) and not _trade_balance_of_the_pair(
            query, lexicon
        ):
            continue
        if any(u.token not in cue_stems and stem(u.label.casefold()) not in cue_stems for u in candidate.uncovered):
            continue
        roles = candidate.profile.roles
        whole = part_of_whole(candidate.fact.fact.answer, lexicon)
        if whole is None or len(roles) != 1 or not roles[0].agent or not roles[0].target:
            continue
        if not set(whole.label.casefold().split()) & lexicon.words("two_way_wholes"):
            continue
        role = roles[0]
        worked = (
            f"Worked out from its figures: {role.agent}'s {_plural(role.relation)} to {role.target} were "
            f"{whole.written(whole.part)} of {whole.written(whole.whole)} ({whole.label}), so the other way was "
            f"{whole.rest()}; the gap is {whole.lead()}, a surplus for {role.agent} and a deficit for {role.target}."
        )
        return Partial("a trade balance as such", (item.match,), item.reason, worked=worked)
    return None


def _partial(query: Query, judged: Sequence[Judged], thresholds: Thresholds) -> Partial | None:
    """The subject is clear but the material does not give what is asked of it: say so, show what it says."""
    for item in judged:
        candidate = item.candidate
        # "was SCRI set up in 2020?", "SCRI 2020 me bana tha na?": a fact that leaves out only the year claimed does
        # not confirm it, and is what the material says of the thing.
        allowed = _PARTIAL_OR_DIRECTION | {"yes/no"} if _leaves_out_only_years(candidate) else _PARTIAL_OR_DIRECTION
        # A check already judged failing that no partial answer allows rules the fact out before its topic is weighed.
        if item.failed_outside(allowed) or not _on_topic(item, thresholds):
            continue
        failed = item.failed_within(allowed)
        if failed is None:
            continue
        if "direction" in failed:
            if candidate.direction == "unstated" or _runs_as_asked(item, judged, thresholds):
                continue
            roles = [r for r in query.roles if r.agent or r.target]
            if not roles:
                continue
            role = roles[0]
            missing = f"that for {_plural(role.relation)} from {role.agent or 'anyone'} to {role.target or 'anyone'}"
            return Partial(missing, (item.match,), item.reason)
        if "doer" in failed:
            # "which policy did China follow?": what the material says of the thing, of others than China.
            return Partial(f"what {doer_words(query.named_doer)} does or did", (item.match,), item.reason)
        closer = _leaving_out_less(item, judged, allowed, thresholds)
        if closer is not None:
            # "the name of the Indian PM who went to Japan": the fact saying who went, not the outcomes scored as
            # high, which leave out the visitor too.
            item, candidate = closer, closer.candidate
        asked = list(candidate.missing)
        figures = sorted(candidate.missing_figures)
        if "month" in asked:
            # "set up on 15 may 2017": the day is part of the date the fact does not give, said once as such.
            figures = [f for f in figures if not (f.isdigit() and 0 < int(f) <= 31)]
        if not asked and not figures:
            continue
        words = [asked_words(a) for a in asked]
        if figures:
            words.append(f"figures for {', '.join(figures)}")
        return Partial(" or ".join(words), (item.match,), item.reason)
    return None


def _leaving_out_less(
    item: Judged, judged: Sequence[Judged], allowed: frozenset[str], thresholds: Thresholds
) -> Judged | None:
    """Return a fact scored as high as a partial answer's (within the tie margin) that leaves out fewer of the
    things asked, failing nothing else, or None."""
    missing = len(item.candidate.missing) + len(item.candidate.missing_figures)
    for other in judged:
        if other is item or item.candidate.score - other.candidate.score > thresholds.tie_margin:
            continue
        if other.failed_outside(allowed) or not _on_topic(other, thresholds):
            continue
        failed = other.failed_within(allowed)
        if failed is None or "direction" in failed or not other.candidate.missing:
            continue
        if len(other.candidate.missing) + len(other.candidate.missing_figures) < missing:
            return other
    return None


def _amount(figure: str) -> float | None:
    """Return a figure as a number ("5.16", "1,200"), or None for what is no plain amount ("2024-25")."""
    try:
        return float(figure.replace(",", ""))
    except ValueError:
        return None


def _leaves_out_only_years(candidate: Candidate) -> bool:
    """Tell whether all a fact leaves out of a question is years (and the act they date: "2017 me bana")."""
    uncovered = candidate.uncovered
    years = [u for u in uncovered if u.kind == "figure" and is_year(u.label)]
    return bool(years) and all(u in years or is_action(u) for u in uncovered)


def _unknown_thing(judged: Sequence[Judged], thresholds: Thresholds) -> Partial | None:
    """Return what a fact says of all a question asks but a thing the material never names ("language teachers
    under the HR exchange"): the thing is not in the material, what it says of the rest is."""
    for item in judged[: thresholds.max_suggestions]:
        if item.failed_within(_UNKNOWN_THING) == _UNKNOWN_THING:
            phrase = unknown_phrase(item.candidate.query, item.candidate, thresholds)
            return Partial(f"anything on {phrase}", (item.match,), item.reason)
    return None


def partial_of(query: Query, judged: Sequence[Judged], thresholds: Thresholds) -> Partial | None:
    """Return what the first of these facts on the question's subject says, when it does not give what is asked."""
    return _partial(query, judged, thresholds)


def _plural(noun: str) -> str:
    """Return a relation's noun in the plural ("exports", "approaches")."""
    return f"{noun}es" if noun.endswith(("ch", "sh", "s", "x", "z")) else f"{noun}s"


def _unknown_names(query: Query, judged: Sequence[Judged]) -> list[str]:
    """Return the names the question mentions that no candidate fact mentions."""
    if not query.entities or not judged:
        # (With no fact found at all nothing says which names the base lacks: "कुल कितने जोड़े?" after Ehime.)
        return []
    # Only a name no fact of the base mentions: the few candidates judged may all be about something else.
    known = judged[0].candidate.scorer.index.weights
    return [
        e
        for e in query.entities
        if all(e in j.candidate.missing_entities for j in judged) and ENTITY_PREFIX + e not in known
    ]


def _about_the_rest(
    query: Query, judged: Sequence[Judged], thresholds: Thresholds, unknown: Sequence[str]
) -> Judged | None:
    """Return the best fact that covers all of a question but the names the material never mentions, when the rest
    names one of the material's own things (SCRI, the G4): what the material says of that thing is worth showing."""
    found: list[Judged] = []
    claim = query.yes_no or query.claims
    named = set(query.entities)
    for item in judged[: thresholds.max_suggestions]:
        candidate = item.candidate
        if not candidate.uncovered or any(u.kind != "entity" and u.label not in named for u in candidate.uncovered):
            continue
        # "which prefecture is kerala paired with?": the fact pairing the four states the material names says Kerala
        # is not among them.
        listed = _lists_their_kind(candidate, unknown)
        if not (claim or candidate.substituted or listed):
            # "when did the CEPA with Korea come into effect?": India's CEPA is no answer about Korea's, even in part.
            continue
        if candidate.coverage < thresholds.suggest_coverage:
            continue
        if listed or _own_thing(candidate, unknown):
            found.append(item)
    if not found and unknown:
        # The list may stand below facts naming one thing of the kind each ("Gujarat is paired with Shizuoka").
        found = [
            item
            for item in judged
            if item.candidate.coverage >= thresholds.suggest_coverage
            and all(u.kind == "entity" or u.label in named for u in item.candidate.uncovered)
            and _lists_their_kind(item.candidate, unknown)
        ][:1]
    # "is SCRI with France?": the fact naming another country in its place (Australia) says most.
    return next((item for item in found if item.candidate.substituted), found[0] if found else None)


def _lists_their_kind(candidate: Candidate, unknown: Sequence[str]) -> bool:
    """Tell whether a fact names several things of the kind every unknown name is (four states, against Kerala), the
    partners aside: the list the material gives of that kind."""
    index = candidate.scorer.index
    kinds = {index.gazetteer.kind_of(name) for name in unknown}
    if len(kinds) != 1 or None in kinds:
        return False
    kind = kinds.pop()
    partners = index.partners
    return sum(1 for name, k in candidate.profile.named_kinds if k == kind and name not in partners) >= 2


def _renumbered(judged: Sequence[Judged], thresholds: Thresholds) -> Judged | None:
    """Return the best fact that would answer a question but for a figure it gives another of after the same word
    ("Chandrayaan 4" against "Chandrayaan 5"), when that is all it lacks."""
    for item in judged[: thresholds.max_suggestions]:
        # The figure first: every check of a candidate is judged only for one that gives another figure.
        if (
            item.candidate.renumbered
            and item.failed_within(_RENUMBERED_FAILURES) is not None
            and _on_topic(item, thresholds)
        ):
            return item
    return None


def _swapped_name(query: Query, judged: Sequence[Judged], thresholds: Thresholds) -> Judged | None:
    """Return the best fact holding the base's own name of a thing the question writes with another place ("Make in
    Japan" for Make-in-India), when every name the material does not know is such a one and that is all it lacks."""
    if not query.swapped_names or not judged:
        return None
    swapped = {name for name, _base in query.swapped_names}
    if any(name not in swapped for name, _keys in judged[0].candidate.scorer.unknown_names(query)):
        return None
    for item in judged[: thresholds.max_suggestions]:
        failed = item.failed_within(_SWAPPED_FAILURES)
        if (
            failed is not None
            and "written name" in failed
            and all(names_one_of(item.candidate, concepts) for _name, concepts in query.swapped_names)
            and _on_topic(item, thresholds)
        ):
            return item
    return None


def _only_renumbered(item: Judged) -> bool:
    """Tell whether all a fact leaves out of a claim is the number it gives the thing otherwise ("Chandrayaan 7 is
    with Japan?"), not what the claim says of it ("Chandrayaan 3 landed on the moon": of another mission)."""
    asked = {figure for _word, figure, _stated in item.candidate.renumbered}
    return all(u.label in asked for u in item.candidate.uncovered)


def _own_thing(candidate: Candidate, unknown: Sequence[str]) -> str:
    """Return the first of the material's own things (SCRI, the G4) a fact covers of a question, or ""."""
    inside = " ".join(unknown).casefold()
    partners = {p.casefold() for p in candidate.scorer.index.partners}
    # "India-Japan" is the partners themselves, no thing of the material's own; a thing only inside an unknown name
    # ("Indo-Pacific" of the Indo-Pacific Economic Framework) is not one either.
    return next(
        (
            u.label
            for u in candidate.covered
            if u.named
            and u.kind == "concept"
            and set(re.split(r"[-\s]+", u.label.casefold())) - partners
            and u.label.casefold() not in inside
        ),
        "",
    )


def _may_suggest(judged: Judged) -> bool:
    return not judged.fails_any(_NO_SUGGESTION_FAILURES)
