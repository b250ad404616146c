"""The typo finder scores only words sharing enough letters, and must pick what scoring every word picks."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process
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
    best: tuple[str, float] | None = None
    for length in range(len(word) - t.typo_length_slack, len(word) + t.typo_length_slack + 1):
        words = typos.by_length.get(length)
        found = process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=cutoff) if words else None
        if found is not None and (best is None or found[1] > best[1]):
            best = (str(found[0]), float(found[1]))
    return best[0] if best else None


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
