"""Compare words by how they sound: an English loanword written in Devanagari and transliterated back to Latin
letters ("नेक्स्ट जेनरेशन" -> "nekst jenareshan") keeps its consonants, not its spelling."""

from __future__ import annotations

import re
from functools import lru_cache

#: Spellings that sound alike, rewritten to one form (order matters: "tion" before "t").
_SAME_SOUNDS = (
    ("tion", "shn"),
    ("sion", "shn"),
    ("ph", "f"),
    ("x", "ks"),
    ("ck", "k"),
    ("q", "k"),
    ("w", "v"),
    ("y", "i"),
)
#: "initiative", "partial": a "ti" before a vowel sounds "sh".
_TI = re.compile(r"ti(?=[aeiou])")
_SOFT_C = re.compile(r"c(?=[ei])")
_SOFT_G = re.compile(r"g(?=[ei])")
_VOWELS = re.compile(r"[aeiou]")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=8192)
def sound_key(word: str) -> str:
    """Return a word's consonant skeleton: "generation" and "jenareshan" both give "jnrshn"."""
    w = word.casefold()
    for spelled, sound in _SAME_SOUNDS:
        w = w.replace(spelled, sound)
    w = _TI.sub("sh", w)
    w = _SOFT_C.sub("s", w).replace("c", "k")
    w = _SOFT_G.sub("j", w).replace("z", "j")
    if not w:
        return ""
    first = "a" if w[0] in "aeiou" else w[0]
    return _DOUBLES.sub(r"\1", first + _VOWELS.sub("", w[1:]))
