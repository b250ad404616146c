"""The typo finder scores only words sharing enough letters, and must pick what scoring every word picks."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from bot.core.answering.index import Typos, zipf
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS

# Made-up names (rare in English, so typos of them are looked up), near-ties, and letters beyond a-z.
VOCABULARY = [
    "trirziasharbour",
    "lasnenana",
    "lasnenena",
    "drekmeshstan",
    "kegaiana",
    "kegaiena",
    "shizuoka",
    "toyama",
    "ehime",
    "zorvathi",
    "zorvath",
    "qelmorin",
    "qelmorim",
    "crèvecoeur",
    "münsterland",
    "gujarat",
]


def scan_every_word(typos: Typos, word: str) -> str | None:
    """Return the best word by scoring every word of the lengths near ``word`` (what ``Typos`` must match)."""
    t = DEFAULT_THRESHOLDS
    if len(word) < 4 or not word.isalpha() or zipf(word) >= t.typo_max_zipf:
        return None
    if zipf_frequency(word, "en", wordlist="large") >= t.typo_real_word_zipf:
        return None
    cutoff = t.typo_ratio_short if len(word) <= 4 else t.typo_ratio_medium if len(word) <= 6 else t.typo_ratio_long
    lengths = range(len(word) - t.typo_length_slack, len(word) + t.typo_length_slack + 1)
    best = _best_by_length(word, [typos.by_length.get(n) or [] for n in lengths], cutoff)
    other_first = best is not None and best[0][0] != word[0] and best[1] < t.typo_ratio_other_first
    if best is not None and other_first and OSA.distance(word, best[0]) > 1:
        # A typo keeps its first letter unless it is one slip away.
        same = [[w for w in typos.by_length.get(n) or [] if w[0] == word[0]] for n in lengths]
        best = _best_by_length(word, same, cutoff)
    return best[0] if best else None


def _best_by_length(word: str, groups: list[list[str]], cutoff: float) -> tuple[str, float] | None:
    best: tuple[str, float] | None = None
    for words in groups:
        found = process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=cutoff) if words else None
        if found is not None and (best is None or found[1] > best[1]):
            best = (str(found[0]), float(found[1]))
    return best


def _typos() -> Typos:
    by_length: dict[int, list[str]] = {}
    for word in VOCABULARY:
        by_length.setdefault(len(word), []).append(word)
    return Typos(by_length, DEFAULT_THRESHOLDS)


def test_typos_of_base_words_are_corrected() -> None:
    typos = _typos()
    assert typos.correct("trirziashrbour") == "trirziasharbour"
    assert typos.correct("drekmeshtan") == "drekmeshstan"
    assert typos.correct("crevecoeur") == "crèvecoeur"
    assert typos.correct("xyzzyplugh") is None


def test_a_typo_keeps_its_first_letter_unless_it_is_one_slip_away() -> None:
    typos = _typos()
    assert typos.correct("oyama") == "toyama"  # the first letter dropped: one slip
    assert typos.correct("buharat") is None  # "gujarat" three edits away, from the first letter on
    assert typos.correct("rshizuoka") == "shizuoka"
    assert typos.correct("hrekmeshstan") == "drekmeshstan"  # one replaced letter
    assert typos.correct("agujarot") is None  # an extra first letter and another slip
    assert typos.correct("hsizuoka") == "shizuoka"  # the first two letters swapped: one slip


def test_the_letter_filter_picks_what_scoring_every_word_picks() -> None:
    typos = _typos()
    rng = random.Random(5)
    letters = "abcdeghiklmnorstuvzè"
    words = []
    for _ in range(400):
        word = list(rng.choice(VOCABULARY))
        for _edit in range(rng.randint(1, 3)):
            i = rng.randrange(len(word))
            action = rng.choice(("drop", "swap", "replace", "insert"))
            if action == "drop" and len(word) > 4:
                del word[i]
            elif action == "swap" and i + 1 < len(word):
                word[i], word[i + 1] = word[i + 1], word[i]
            elif action == "replace":
                word[i] = rng.choice(letters)
            else:
                word.insert(i, rng.choice(letters))
        words.append("".join(word))
    corrected = 0
    for word in words:
        expected = scan_every_word(typos, word)
        assert typos.correct(word) == expected, word
        corrected += expected is not None
    assert corrected > 100  # the comparison is about words that do get corrected, not only about declines
