"""The words the matcher reads questions with, loaded from one data file per language (``data/*.yaml``).

These describe how members write (English, Hinglish, ...), not what an article says: article terms and
synonyms belong in the knowledge files' glossary. A new language is a new data file, not new code.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


class Intent(Enum):
    """What kind of answer a question asks for, when its wording makes that clear."""

    WHEN = "when"
    QUANTITY = "quantity"
    COUNT = "count"
    PERSON = "person"
    PLACE = "place"


#: The word list of a name no language defines.
_NO_WORDS: frozenset[str] = frozenset()


class _WordLists(dict[str, frozenset[str]]):
    """Word lists by name; a list no language defines is the empty set (not stored: any name may be asked)."""

    def __missing__(self, name: str) -> frozenset[str]:
        return _NO_WORDS


class LexiconError(ValueError):
    """A language data file that cannot be used; the message names the file and the key."""


#: The keys a relation of the language data may have: its words each way, the weak ones and their context, whether
#: its sides can be swapped, and the verbs of going that say its journey.
_RELATION_KEYS = frozenset({"forward", "reverse", "symmetric", "weak", "context", "journey"})

#: Every list a language file may hold; each is merged across languages.
WORD_LISTS = (
    "amount_words",
    "balance_leanings",
    "bare_percent_cues",
    "bare_names_cues",
    "listing_requests",
    "future_verbs",
    "more_requests",
    "past_verbs",
    "perfect_auxiliaries",
    "leaning_balance_cues",
    "polar_blockers",
    "opening_verbs",
    "currency_words",
    "fraction_words",
    "section_words",
    "speech_verbs",
    "support_verbs",
    "containment_cues",
    "agent_markers",
    "count_before_things",
    "span_words",
    "count_modifiers",
    "count_questions",
    "whose_not_owned_after",
    "list_joiners",
    "exclusion_phrases",
    "exclusion_after",
    "bounds_above",
    "bounds_below",
    "bounds_at_least",
    "bounds_at_most",
    "bounds_by_year",
    "bounds_by_year_after",
    "bounds_above_after",
    "bounds_below_after",
    "function_words",
    "filler",
    "greetings",
    "who_words",
    "who_means_which_after",
    "who_copulas",
    "both_joiners",
    "balance_cues",
    "side_words",
    "identity_verbs",
    "place_cues",
    "place_verb_cues",
    "place_verb_parties",
    "container_words",
    "part_of_words",
    "exam_relevance",
    "exam_relevance_marks",
    "why_words",
    "place_prepositions",
    "person_roles",
    "either_or",
    "clause_joiners",
    "question_starters",
    "partner_determiners",
    "partner_nouns",
    "number_words",
    "months",
    "derivation_suffixes",
    "relation_targets",
    "relation_sources",
    "possessives",
    "owner_prepositions",
    "owned_things",
    "field_heads",
    "request_openers",
    "target_prepositions",
    "pair_prepositions",
    "domain_words",
    "agent_prepositions",
    "comitative_prepositions",
    "office_free_relations",
    "person_name_cues",
    "asked_head_enders",
    "version_qualifiers",
    "pair_frames",
    "sample_count_words",
    "detail_asks",
    "year_limits",
    "purpose_enders",
    "holding_verbs",
    "currency_names",
    "joint_action_words",
    "options_about_the_others",
    "statement_pointers",
    "office_titles_pm",
    "office_titles_minister",
    "opposite_pairs",
    "anaphors",
    "ellipsis_starters",
    "reversal_phrases",
    "comparison_earlier",
    "comparison_later",
    "before_words",
    "after_words",
    "ordering_words",
    "confirm_tags",
    "ranked_count_words",
    "challenge_cues",
    "locative_postpositions",
    "stating_verbs",
    "challenge_sources",
    "challenge_claim_openers",
    "challenge_openers",
    "certainty_degrees",
    "home_country",
    "first_person_plural",
    "first_person_plural_possessives",
    "denial_contrasts",
    "thing_anaphors",
    "age_closers",
    "age_year_postpositions",
    "tag_subjects",
    "negating_prefixes",
    "dangling_verbs",
    "answer_length_phrases",
    "means_openers",
    "means_verbs",
    "means_final_verbs",
    "task_verbs",
    "article_gist_questions",
    "article_date_questions",
    "full_form_questions",
    "article_about_words",
    "events_of_people",
    "partitive_words",
    "difference_openers",
    "difference_joiners",
    "different_from",
    "summary_cues",
    "name_owner_words",
    "order_claim_openers",
    "polar_tags",
    "copula_tags",
    "kind_claim_links",
    "gap_openers",
    "gap_closers",
    "gap_units",
    "part_words",
    "summary_request_words",
    "summary_asking_words",
    "summary_length_words",
    "summary_of_earlier",
    "period_bounds",
    "period_units",
    "period_after_words",
    "difference_closers",
    "comparison_openers",
    "comparison_joiners",
    "side_questions",
    "frame_words",
    "statement_lead_words",
    "clause_breaks",
    "change_verbs",
    "sameness_words",
    "change_nouns",
    "restricting_words",
    "comparison_more",
    "comparison_less",
    "comparison_denials",
    "exclusive_pair_words",
    "postposed_before",
    "postposed_after",
    "negations",
    "premise_starters",
    "dummy_it_verbs",
    "definition_cues",
    "symmetric_targets",
    "demonstrative_anaphors",
    "near_demonstratives",
    "options_lead_words",
    "discourse_phrases",
    "return_phrases",
    "substitute_nouns",
    "name_words",
    "other_words",
    "why_words",
    "measure_words",
    "premise_tags",
    "section_pointers",
    "first_one_phrases",
    "second_one_phrases",
    "which_words",
    "open_question_words",
    "trailing_prepositions",
    "exclusive_words",
    "year_prepositions",
    "additive_words",
    "asking_tags",
    "document_words",
    "document_cues",
    "membership_phrases",
    "name_neighbours",
    "object_prepositions",
    "claim_phrases",
    "exam_words",
    "name_heads",
    "aspect_nouns",
    "place_measures",
    "exam_artefacts",
    "scope_words",
    "scope_cover_words",
    "year_units",
    "years_asked_cues",
    "claim_starters",
    "expansion_claims",
    "pair_words",
    "versus_joiners",
    "gap_verbs",
    "offset_units",
    "offset_after",
    "offset_before",
    "offset_fillers",
    "offset_questions",
    "time_gap_followups",
    "generic_modifiers",
    "common_verbs",
    "name_joining_words",
    "written_name_heads",
    "coverage_verbs",
    "naming_verbs",
    "containing_verbs",
    "relation_qualifiers",
    "relative_pronouns",
    "yes_no_starters",
    "future_auxiliaries",
    "future_adverbs",
    "pairing_nouns",
    "open_relation_words",
    "object_anaphors",
    "passive_auxiliaries",
    "pair_partner_nouns",
    "pair_claim_links",
    "pair_relation_words",
    "inflection_suffixes",
    "age_openers",
    "age_references",
    "whole_cues",
    "two_way_wholes",
    "false_derivations",
    "example_cues",
    "determiners",
    "polar_openers",
    "polar_closers",
    "person_anaphors",
    "trade_balance_words",
    "world_totals",
    "superlative_order_words",
    "sameness_glue",
    "explain_cues",
    "goods_relations",
    "what_words",
    "list_references",
    "option_lead_ins",
    "option_pointers",
    "rest_pointers",
    "attribution_verbs",
    "general_roles",
    "that_words",
    "approximation_words",
    "whole_markers",
    "self_introductions",
    "weak_ellipsis_starters",
    "first_person_possessives",
    "self_introduction_endings",
    "kind_holders",
    "receiving_verbs",
    "later_events",
    "whose_words",
    "restrictive_words",
    "absence_words",
    "negative_openers",
    "heading_words",
    "document_heading_words",
    "thing_words",
    "placement_words",
    "heading_fillers",
    "noun_markers",
    "object_verbs",
    "agent_light_verbs",
    "task_objects",
    "task_giving_verbs",
    "task_object_modifiers",
    "task_object_pointers",
    "how_words",
    "remainder_words",
    "other_one_phrases",
    "plural_anaphors",
    "reciprocal_phrases",
    "relative_words",
    "time_prepositions",
    "passive_auxiliaries",
    "answer_length_words",
    "statement_checks",
    "possessive_anaphors",
    "is_contractions",
    "is_followers",
    "count_totals",
    "lead_in_words",
    "both_ways_words",
    "with_words",
    "grouping_names",
    "party_alone_words",
    "indefinite_words",
    "reversal_words",
    "yes_no_openers",
    "place_anaphors",
)


#: Every key of a language file that is not a plain word list.
MAPPINGS = (
    "language",
    "name",
    "intent_cues",
    "shorthand",
    "idioms",
    "irregular_forms",
    "figure_shorthand",
    "digit_words",
    "magnitude_powers",
    "attribute_cues",
    "attribute_final_cues",
    "relations",
    "translations",
    "asked_types",
    "event_kinds",
    "contrast_sets",
    "contrast_heads",
    "number_values",
    "letter_names",
    "ordinals",
    "measure_units",
)


def _comparable(word: str) -> str:
    """Return a word as the tokeniser reads it (NFKC, no format characters, casefolded)."""
    word = unicodedata.normalize("NFKC", word)
    return "".join(ch for ch in word if unicodedata.category(ch) != "Cf").casefold()


@dataclass(frozen=True)
class Lexicon:
    """The merged word lists of every language, ready for matching."""

    languages: tuple[str, ...]
    lists: Mapping[str, frozenset[str]]
    #: Normalised token sequences that ask for a kind of answer ("how much" -> quantity).
    intent_cues: Mapping[tuple[str, ...], Intent]
    shorthand: Mapping[str, str] = field(default_factory=dict)
    #: Fixed phrases whose words mean something else together, and their plain wording (("in", "force") ->
    #: ("in", "effect")): "CEPA is in force" says nothing of armed forces.
    idioms: Mapping[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    #: The first word of every idiom, to pass over a text holding none at one lookup per word.
    idiom_starts: frozenset[str] = frozenset()
    #: Irregular word forms matched as their base form ("became" -> "become"), which no stemmer reaches.
    irregular_forms: Mapping[str, str] = field(default_factory=dict)
    #: Short magnitudes read as the word only right after a figure ("21.85 bn"; Hinglish "mn" is "mein" elsewhere).
    figure_shorthand: Mapping[str, str] = field(default_factory=dict)
    #: Digits typed for small words ("exports 2 india"), read so only before a name, after a relation's word or in
    #: "from X 2 Y".
    digit_words: Mapping[str, str] = field(default_factory=dict)
    #: The power of ten of each magnitude word ("billion": 9): "22850 million" is the material's "22.85 billion".
    magnitude_powers: Mapping[str, int] = field(default_factory=dict)
    #: Phrases (as written) that ask for an attribute of the thing asked about ("budget" -> cost).
    attribute_cues: Mapping[str, str] = field(default_factory=dict)
    #: Words that, ending a question, ask for an attribute ("what will it do" -> purpose).
    attribute_final_cues: Mapping[str, str] = field(default_factory=dict)
    #: Relations whose two sides can be swapped ("A is paired with B" is "B is paired with A").
    symmetric_relations: frozenset[str] = frozenset()
    #: Relation words: word -> (relation, reversed?) ("imports" -> ("export", True)).
    relation_words: Mapping[str, tuple[str, bool]] = field(default_factory=dict)
    #: Verbs of going that say a relation's journey ("came to India", "india aaye"): word -> relation.
    journey_words: Mapping[str, str] = field(default_factory=dict)
    #: Words of other scripts and their English equivalents ("व्यापार" -> "trade").
    translations: Mapping[str, str] = field(default_factory=dict)
    #: The words that carry no content: function words and chat filler of every language.
    ignored: frozenset[str] = frozenset()
    #: Every word that is part of an intent cue.
    intent_cue_words: frozenset[str] = frozenset()
    #: Words that name a kind of name asked for after "which" ("prefecture" -> prefecture, "rajya" -> state).
    asked_types: Mapping[str, str] = field(default_factory=dict)
    #: Words of a set of mutually exclusive categories ("bilateral" -> "exercise_scope"), by their set's name.
    contrast_groups: Mapping[str, str] = field(default_factory=dict)
    #: Sets of ``contrast_groups`` that exclude each other only beside one of these words ("finance ministers").
    contrast_heads: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Number words and the figures they write ("eight" -> "8").
    number_values: Mapping[str, str] = field(default_factory=dict)
    #: Measure words and the unit they name ("years" -> year, "saal" -> year): a bound and a fact's figure meet on it.
    measure_units: Mapping[str, str] = field(default_factory=dict)
    #: Ordinal words and the place they name in a list ("third" -> 3, "last" -> -1).
    ordinals: Mapping[str, int] = field(default_factory=dict)
    #: Names of Latin letters in other scripts ("जी" -> "g"): an acronym spelled out in them ("एएजीसी" -> "aagc").
    letter_names: Mapping[str, str] = field(default_factory=dict)
    #: Word sequences naming an event a date belongs to ("was signed" -> signing).
    event_phrases: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    #: Relation words of several senses ("ship", "get", "twin"): each with the words of which one must be in the
    #: question for it to name the relation ("what goods does Japan ship", not "which ship took part").
    relation_contexts: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Words and the word saying the opposite ("oppose" <-> "support"), both ways (from ``opposite_pairs``).
    opposites: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # ``words`` is asked some hundred and fifty times a question: each instance answers it with a look-up made in
        # C (its lists' dict, the empty set for a list no language defines) in place of this class's method.
        object.__setattr__(self, "words", _WordLists(self.lists).__getitem__)

    def words(self, name: str) -> frozenset[str]:
        """Return one merged word list (empty when no language defines it)."""
        # (What each instance does in C, see __post_init__: no empty set made for a default that is seldom wanted.)
        found = self.lists.get(name)
        return _NO_WORDS if found is None else found

    def first_word(self, name: str) -> str:
        """Return the first word of a list in sorted order: the one a phrase of the language data is built with
        ("summarize the article" asks the gist), "" when no language defines it."""
        return min(self.words(name), default="")

    @classmethod
    def from_documents(cls, documents: Iterable[tuple[str, Mapping[str, Any]]]) -> Lexicon:
        """Merge language documents (name, parsed YAML) into one lexicon."""
        languages: list[str] = []
        lists: dict[str, set[str]] = {name: set() for name in WORD_LISTS}
        cues: dict[tuple[str, ...], Intent] = {}
        shorthand: dict[str, str] = {}
        idioms: dict[tuple[str, ...], tuple[str, ...]] = {}
        irregular: dict[str, str] = {}
        figure_shorthand: dict[str, str] = {}
        digit_words: dict[str, str] = {}
        powers: dict[str, int] = {}
        attributes: dict[str, str] = {}
        relations: dict[str, tuple[str, bool]] = {}
        journeys: dict[str, str] = {}
        translations: dict[str, str] = {}
        finals: dict[str, str] = {}
        asked_types: dict[str, str] = {}
        events: dict[tuple[str, ...], str] = {}
        contrasts: dict[str, str] = {}
        contrast_heads: dict[str, frozenset[str]] = {}
        numbers: dict[str, str] = {}
        ordinals: dict[str, int] = {}
        units: dict[str, str] = {}
        letters: dict[str, str] = {}
        symmetric: set[str] = set()
        weak: dict[str, set[str]] = {}
        contexts: dict[str, set[str]] = {}
        for source, doc in documents:
            unknown = set(doc) - {*WORD_LISTS, *MAPPINGS}
            if unknown:
                raise LexiconError(f"{source}: unknown keys {sorted(unknown)}")
            languages.append(str(doc.get("language", source)))
            for name in WORD_LISTS:
                values = doc.get(name) or []
                if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                    raise LexiconError(f"{source}: {name} must be a list of words")
                lists[name].update(v.casefold() for v in values)
            for intent_name, phrases in (doc.get("intent_cues") or {}).items():
                try:
                    intent = Intent(intent_name)
                except ValueError as exc:
                    raise LexiconError(f"{source}: unknown intent {intent_name!r} in intent_cues") from exc
                for phrase in phrases:
                    cues[tuple(str(phrase).casefold().split())] = intent
            shorthand.update({str(k).casefold(): str(v) for k, v in (doc.get("shorthand") or {}).items()})
            for phrase, meaning in (doc.get("idioms") or {}).items():
                fixed, plain = tuple(str(phrase).casefold().split()), tuple(str(meaning).casefold().split())
                if len(fixed) < 2 or not plain:
                    raise LexiconError(f"{source}: idiom {phrase!r} needs two words or more and a plain wording")
                idioms[fixed] = plain
            irregular.update(
                {str(k).casefold(): str(v).casefold() for k, v in (doc.get("irregular_forms") or {}).items()}
            )
            figure_shorthand.update({str(k).casefold(): str(v) for k, v in (doc.get("figure_shorthand") or {}).items()})
            digit_words.update({str(k): str(v).casefold() for k, v in (doc.get("digit_words") or {}).items()})
            for word, power in (doc.get("magnitude_powers") or {}).items():
                if not isinstance(power, int) or isinstance(power, bool):
                    raise LexiconError(f"{source}: magnitude_powers: {word!r} needs a whole power of ten")
                powers[str(word).casefold()] = power
            found = doc.get("translations") or {}
            # YAML reads a bare on/off/yes/no as true/false: "पर: on" would translate to "true".
            wrong = [str(k) for k, v in found.items() if not isinstance(k, str) or not isinstance(v, str)]
            if wrong:
                raise LexiconError(f"{source}: translations must map words to words (quote them): {wrong[:5]}")
            translations.update(found)
            for attribute, phrases in (doc.get("attribute_cues") or {}).items():
                attributes.update({str(phrase).casefold(): str(attribute) for phrase in phrases})
            for kind, words in (doc.get("asked_types") or {}).items():
                asked_types.update({str(word).casefold(): str(kind) for word in words})
            for group, words in (doc.get("contrast_sets") or {}).items():
                contrasts.update({str(w).casefold(): str(group) for w in words})
            for group, words in (doc.get("contrast_heads") or {}).items():
                contrast_heads[str(group)] = contrast_heads.get(str(group), frozenset()) | {
                    str(w).casefold() for w in words
                }
            numbers.update({str(k).casefold(): str(v) for k, v in (doc.get("number_values") or {}).items()})
            ordinals.update({str(k).casefold(): int(v) for k, v in (doc.get("ordinals") or {}).items()})
            for unit, forms in (doc.get("measure_units") or {}).items():
                units.update({str(form).casefold(): str(unit) for form in forms})
            found_letters = (doc.get("letter_names") or {}).items()
            # As text is read (NFKC, no joiners): "ज़" is one character or two, as typed.
            letters.update({_comparable(str(k)): str(v).casefold() for k, v in found_letters})
            for kind, phrases in (doc.get("event_kinds") or {}).items():
                events.update({tuple(str(p).casefold().split()): str(kind) for p in phrases})
            for attribute, words in (doc.get("attribute_final_cues") or {}).items():
                finals.update({str(word).casefold(): str(attribute) for word in words})
            for relation, forms in (doc.get("relations") or {}).items():
                if not isinstance(forms, dict) or set(forms) - _RELATION_KEYS:
                    raise LexiconError(f"{source}: relation {relation!r} needs 'forward' and 'reverse' word lists")
                if forms.get("symmetric"):
                    symmetric.add(str(relation))
                weak.setdefault(str(relation), set()).update(str(w).casefold() for w in forms.get("weak") or [])
                contexts.setdefault(str(relation), set()).update(str(w).casefold() for w in forms.get("context") or [])
                journeys.update({str(w).casefold(): str(relation) for w in forms.get("journey") or []})
                for direction in ("forward", "reverse"):
                    relations.update(
                        {str(w).casefold(): (str(relation), direction == "reverse") for w in forms.get(direction) or []}
                    )
        strong = {w for w, (relation, _reverse) in relations.items() if w not in weak.get(relation, set())}
        relation_contexts: dict[str, frozenset[str]] = {}
        for relation, words in weak.items():
            unknown_words = words - set(relations)
            if unknown_words:
                raise LexiconError(f"relation {relation!r}: weak words {sorted(unknown_words)} are not its words")
            # Any word that surely names the relation ("exports") is context enough for the others.
            same = {w for w in strong if relations[w][0] == relation}
            relation_contexts.update({w: frozenset(contexts.get(relation, set()) | same) for w in words})
        return cls(
            languages=tuple(languages),
            lists=MappingProxyType({name: frozenset(words) for name, words in lists.items()}),
            intent_cues=MappingProxyType(cues),
            shorthand=MappingProxyType(shorthand),
            idioms=MappingProxyType(idioms),
            idiom_starts=frozenset(fixed[0] for fixed in idioms),
            irregular_forms=MappingProxyType(irregular),
            figure_shorthand=MappingProxyType(figure_shorthand),
            digit_words=MappingProxyType(digit_words),
            magnitude_powers=MappingProxyType(powers),
            attribute_cues=MappingProxyType(attributes),
            relation_words=MappingProxyType(relations),
            journey_words=MappingProxyType(journeys),
            translations=MappingProxyType(translations),
            attribute_final_cues=MappingProxyType(finals),
            symmetric_relations=frozenset(symmetric),
            # A word that points back ("it", "uska", "usme") names nothing itself: read as a marker, never as content.
            ignored=frozenset(lists["function_words"] | lists["filler"] | lists["anaphors"] | lists["plural_anaphors"]),
            intent_cue_words=frozenset(word for cue in cues for word in cue),
            asked_types=MappingProxyType(asked_types),
            event_phrases=MappingProxyType(events),
            contrast_groups=MappingProxyType(contrasts),
            contrast_heads=MappingProxyType(contrast_heads),
            number_values=MappingProxyType(numbers),
            ordinals=MappingProxyType(ordinals),
            measure_units=MappingProxyType(units),
            letter_names=MappingProxyType(letters),
            relation_contexts=MappingProxyType(relation_contexts),
            opposites=MappingProxyType(_opposites(lists["opposite_pairs"])),
        )

    @classmethod
    def load(cls, directory: Path = DATA_DIR) -> Lexicon:
        """Load every ``*.yaml`` language file of a folder, in name order."""
        documents = []
        for path in sorted(directory.glob("*.yaml")):
            # libyaml's loader when present: the documents safe_load gives, read ten times faster (at import).
            doc = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            if not isinstance(doc, dict):
                raise LexiconError(f"{path.name}: a language file is a mapping of word lists")
            documents.append((path.name, doc))
        return cls.from_documents(documents)


def _opposites(pairs: Iterable[str]) -> dict[str, str]:
    """Return each word of "a b" pairs with its opposite, both ways (a LexiconError for anything but two words)."""
    found: dict[str, str] = {}
    for pair in sorted(pairs):
        words = pair.split()
        if len(words) != 2:
            raise LexiconError(f"opposite_pairs: {pair!r} is not two words")
        found[words[0]], found[words[1]] = words[1], words[0]
    return found


#: The lexicon of the shipped languages, loaded once.
LEXICON = Lexicon.load()
