"""Every tunable number of the matcher, in one place, so tests can probe each at its edges."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Thresholds:
    """Every tunable number of the matcher."""

    # ---------------------------------------------------------------- decision
    #: Share of the question's (weighted) content a fact must cover to be given as the answer.
    answer_coverage: float = 0.6
    #: An uncovered word at least this heavy (a rare, specific word) means the fact does not answer.
    max_uncovered_weight: float = 0.55
    #: When the best two answers' scores differ by less than this, offer both instead of guessing.
    tie_margin: float = 0.02
    #: "what agreements did they sign?": facts this close to the best, each naming another one, answer together.
    plural_margin: float = 0.08
    #: How many words before a list may stand the noun it counts ("pacts on defense equipment transfer and on ...").
    listed_noun_reach: int = 2
    #: How many words from a figure a "how many" question gives may stand the noun it counts ("In 2015 India and Japan
    #: concluded pacts": the pacts are of 2015).
    listed_figure_reach: int = 6
    #: At most this many facts answer such a question together.
    plural_facts: int = 4
    #: Coverage at or above this counts as the whole question; near-ties are then answered, not asked back.
    full_coverage: float = 0.98
    #: Facts covering at least this share are close enough to offer as "did you mean".
    suggest_coverage: float = 0.4
    #: A fact covering this share of what the question is about may be shown as a partial answer or correction.
    partial_topic_coverage: float = 0.75
    #: A name of several words typed as one word ("tamilnadu") is read as the name when it has this many letters.
    joined_name_letters: int = 7
    #: With no earlier question, "when was it updated?" is answered about the article when covered this well.
    document_coverage: float = 0.9
    #: A follow-up whose words alone match a fact this well ("what were the key outcomes?", one of the fact's own
    #: questions) is a question of its own, not bent towards the one before.
    standalone_score: float = 0.98
    #: A word of relevance this many words or fewer from an exam's name ("important for prelims") asks of the exam.
    exam_relevance_reach: int = 3
    #: Kinds of places a name of the base may hold whose swap for another makes no name of the base ("Make in
    #: Japan" where the base has Make-in-India). (A tuple: the thresholds' repr keys the compiled cache, and a set's
    #: order changes from one process to the next.)
    swappable_place_kinds: tuple[str, ...] = ("country", "prefecture", "state")
    #: A yes/no question ("is Japan planning to leave the alliance?") is answered only when covered this well.
    yes_no_coverage: float = 0.85
    #: At most this many "did you mean" options.
    max_suggestions: int = 3
    #: "What came 3 years after CEPA": how many facts naming the counted year are read for whether they date
    #: something to it (a year many facts name is read no further on a large base).
    dated_facts_read: int = 12
    #: Facts of other articles that pass every check within this score of the best one answer the question too:
    #: the articles are named and each answered (or the member is asked which article they mean).
    article_tie_margin: float = 0.12
    #: Articles answering differently are each answered, labelled, when every answer is this short and there are
    #: at most ``max_suggestions`` of them; otherwise the member is asked which article they mean.
    per_article_answer_chars: int = 260
    #: When a fact matches only the thing asked about, other words this heavy (together) are the real question.
    only_topic_uncovered_weight: float = 0.28
    #: A whole message covered at least this well is answered as one question, not split into parts.
    whole_message_coverage: float = 0.999
    #: A message with more questions than this gets answers to the first ones only (one embed must hold them).
    max_parts: int = 3
    #: A restricting word ("restricts") bears on this many content words after it ("nuclear technology transfers").
    restriction_reach: int = 3
    #: At most this many things are put in order of time ("arrange chronologically: CEPA, SSGP, AAGC, IJICP").
    max_ordered_items: int = 6
    #: The most words one thing put in order may have (longer is a clause, not a name).
    max_ordered_words: int = 6
    #: A which-question lists at most this many options of at most ``max_option_words`` words each ("which was
    #: launched in 2021: AAGC, IJICP, CEPA"); longer pieces are clauses, not options.
    max_listed_options: int = 6
    max_option_words: int = 5
    #: A name a question says is an owner's ("is Act East Policy Japan's policy?") has at most this many words.
    max_owned_name_words: int = 6
    #: A claimed sum this close to a sum or difference of a fact's figures may be the material's worked out
    #: (22.85 - 17.69 = 5.16, "India's exports were 5.16 billion?"): not contradicted.
    worked_sum_tolerance: float = 0.015
    #: A name written out that the glossary does not know is a fact's when one text of the fact holds all of its
    #: words with at most this many other content words among them ("Vision of a Free and Open Indo-Pacific" for
    #: "the Free and Open Indo-Pacific Vision"; not "Security Initiative is meant to promote supply chain ...").
    written_name_slack: int = 1
    #: The most words one name of a list may have when a question about the list is asked once per name.
    listed_name_words: int = 4
    #: A word of a summary request this similar (0-100) to one word of a section's title is that word ("piller").
    section_title_similarity: float = 80.0
    #: Longest message (in characters) the matcher reads at all; longer text is declined before any work.
    max_question_chars: int = 4000
    #: Longest question (in content words) the bot tries to match; longer text is declined.
    max_content_words: int = 40

    #: An answer whose calibrated confidence is below this is offered as "did you mean" instead.
    answer_confidence: float = 0.6
    #: Logistic weights over ``decision.answer_features`` (intercept last), fitted by ``scripts/calibrate.py``
    #: on labelled questions; empty means the raw score is shown as the confidence.
    calibration: tuple[float, ...] = (1.6151, -1.0823, 2.5811, -2.0703, 3.3428, -0.4853, -1.35, -0.4301, 0.0296, 2.104)

    # ---------------------------------------------------------------- scoring
    #: Weight of similarity to a stored phrasing in the final score (the rest is coverage).
    phrasing_weight: float = 0.25
    #: How many of the best-covering facts are re-ranked in detail.
    candidates: int = 16
    #: How much a word found in each part of a fact counts towards covering the question.
    phrasing_credit: float = 1.0
    keyword_credit: float = 1.0
    answer_credit: float = 0.8
    context_credit: float = 0.4
    #: A glossary term's words count this much of the term's own credit.
    expansion_factor: float = 0.9
    #: A question opening with a preposition and a question word leaves out its subject only up to this many words
    #: ("on what areas?"; not "in which year were the ties upgraded?").
    dangling_words: int = 4
    #: Words that may stand inside a kind a claim gives a thing ("lunar ... mission" in "Lunar Polar Exploration
    #: Mission").
    phrase_gap_words: int = 2
    #: Weight of the question's intent (time, amount) in coverage.
    intent_weight: float = 0.35

    #: The least weight of the thing a "how many" question counts ("how many workers"): it must be covered.
    counted_word_weight: float = 0.6
    #: An answer listing at least this many bare names (each item a name and at most ``list_item_slack`` more
    #: words) only names them: it does not describe any.
    list_min_items: int = 3
    list_item_slack: int = 3
    #: How far (in words) a year may stand from a named thing to be its date ("the 2025 Joint Declaration").
    date_reach: int = 4
    #: How many words before a name the category word that files it may stand ("multilateral exercises such as
    #: MILAN and MALABAR").
    category_reach: int = 8
    #: A transliterated word shorter than this is not matched to a base word by its sound (too many sound alike).
    sound_min_length: int = 4
    #: A transliterated word is read as a base word sounding like it only if spelled this much alike (0-100).
    sound_min_ratio: float = 45.0
    #: ... and as a name of the world the base never uses only if spelled this much alike: a Hindi word may share
    #: a skeleton with a far-off place ("sahyog", "Shiga").
    name_sound_min_ratio: float = 70.0
    #: How many recently read texts the matcher keeps read (a message's parts are read more than once).
    read_cache_size: int = 2048
    #: How many facts' compiled profiles are decoded when the index loads (at most as many as are kept decoded):
    #: decoded at the first question instead, a dozen new ones cost a question in the slowest twentieth about a
    #: tenth of its time. They take the memory a running bot gives them anyway (some 3 KB each); 0 decodes none.
    warm_profiles: int = 8192
    #: The words just before a figure that say what it is of ("total bilateral trade of US$ 22.85").
    figure_reach: int = 5
    #: A named thing within this many words of an answer's start is what the fact is about.
    subject_reach: int = 6
    #: A named thing starting within this many words after "such as" / "like" is given as an example.
    example_reach: int = 6
    #: How far (in words) a relation word ("exports") looks for the names it relates ("Japan", "India").
    role_reach: int = 6
    #: Two places a fact names this many words apart or fewer are named together ("India's ties with the US").
    pair_reach: int = 20
    #: A word held by at most this share of the base's facts is specific enough to say which item of a list a
    #: question asks about ("manpower" of the human resource plan; not "sign" or "visit").
    item_word_share: float = 0.05
    #: "the nuclear concern": a word this many words or fewer from a word the question sets aside is said of it.
    aside_reach: int = 2

    # ---------------------------------------------------------------- word weights
    #: How much of its base weight a very common English word keeps (rare words keep all of it).
    common_word_floor: float = 0.2
    #: The least weight any word has.
    min_word_weight: float = 0.05
    #: Rarity in English: 1.0 at or below ``rare_zipf - rarity_span`` on the Zipf scale, 0 at ``rare_zipf``.
    rare_zipf: float = 6.5
    rarity_span: float = 4.0
    #: A word the base has never seen weighs 1.0 up to ``unknown_zipf``, less by ``unknown_slope`` per Zipf step.
    unknown_zipf: float = 2.5
    unknown_slope: float = 0.28
    unknown_floor: float = 0.15
    #: "what is global south": a question asks what a phrase of plain words is up to this many of them.
    defined_phrase_words: int = 4
    #: A word the base has never seen that no English dictionary has (a name in lower case) weighs at least this.
    unknown_name_weight: float = 0.6

    # ---------------------------------------------------------------- typo correction
    #: Minimum rapidfuzz ratio by word length (<=4, 5-6, >=7 letters).
    typo_ratio_short: float = 85.0
    typo_ratio_medium: float = 80.0
    typo_ratio_long: float = 76.0
    #: A typo keeps its first letter: a word that starts with another is its correction only one edit away or this
    #: similar (0-100) ("drishti" is no typo of "rishte"; "sepa" is one of "cepa", "xsecurity" of "security").
    typo_ratio_other_first: float = 90.0
    #: ... or this many edits away (a swap of two letters counts as one).
    typo_other_first_edits: int = 1
    #: A negation bears on the words this close after it ("has not signed": signed).
    negation_reach: int = 3
    #: A word of a pair or a partner this close after or before two places claims they pair ("X and Y partnership").
    pair_claim_reach: int = 2
    #: "when did the second one start?": a question of at most this many content words around "the Nth one" still
    #: points into the list just given.
    max_pointing_words: int = 8
    #: The most words a message doubting the answer just given may have ("are you sure? i read 2012 in my notes");
    #: a longer one is a question of its own.
    max_challenge_words: int = 16
    #: "state prefecture me kya hua" after a list: a question of at most this many content words, all of one item's
    #: name, asks about that item.
    max_item_words: int = 3
    #: "coaching notes say ...": a verb of saying within the first ``attribution_reach`` + 1 words says who claims.
    attribution_reach: int = 3
    #: "which X ... is": the words before the auxiliary read as the thing asked for, at most this many.
    asked_head_reach: int = 3
    #: An answer naming the article within its first this many words is about the article ("The article's gist: ...",
    #: "The India-Japan Partnership article comes from ..."): "it" in the next question is the article.
    article_subject_words: int = 6
    #: A misspelt attribute cue ("objctive") is read as the cue from this many letters on; shorter words are too
    #: close to too many others.
    cue_typo_min_letters: int = 5
    #: Words this common in English (Zipf scale) are real words, never typos of base vocabulary.
    typo_max_zipf: float = 3.0
    #: Words at least this common in a large English word list (Zipf) are real words, however rare in chat.
    typo_real_word_zipf: float = 2.5
    #: Typo correction considers base words at most this many letters longer or shorter.
    typo_length_slack: int = 2
    #: The fewest letters of a word read as a base word with its vowels left out ("cntry": "country").
    unvowelled_min_length: int = 4
    #: How many of the commonest English words say which word a skeleton stands for first ("cntrs": "countries").
    english_skeleton_words: int = 50_000
    #: How much commoner (Zipf) an English word typed the same way may be before a skeleton is not read as the base's.
    skeleton_zipf_margin: float = 1.5
    #: A question giving a section's whole title asks for that section with at most this many words of its own.
    title_extra_words: int = 1


DEFAULT_THRESHOLDS = Thresholds()
