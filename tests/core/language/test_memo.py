"""A bounded memo: each key computed once while remembered, at most ``size`` kept, no reference to its owner."""

from __future__ import annotations

import gc
import weakref

from bot.core.language.memo import BoundedMemo


def test_a_key_is_computed_once_while_remembered_and_the_memo_never_grows_past_its_size() -> None:
    calls: list[int] = []

    def square(n: int) -> int:
        calls.append(n)
        return n * n

    memo: BoundedMemo[int, int] = BoundedMemo(3)
    assert [memo(n, square) for n in (1, 2, 1, 3, 2)] == [1, 4, 1, 9, 4]
    assert calls == [1, 2, 3]
    assert memo(4, square) == 16  # full: forgets everything, then remembers 4
    assert len(memo) == 1
    assert memo(1, square) == 1
    assert calls == [1, 2, 3, 4, 1]


def test_a_none_result_is_remembered_too() -> None:
    calls: list[str] = []

    def nothing(word: str) -> None:
        calls.append(word)

    memo: BoundedMemo[str, None] = BoundedMemo(8)
    assert memo("x", nothing) is None
    assert memo("x", nothing) is None
    assert calls == ["x"]


class _Owner:
    def __init__(self) -> None:
        self.memo: BoundedMemo[str, str] = BoundedMemo(8)

    def shout(self, word: str) -> str:
        return self.memo(word, self._shout)

    def _shout(self, word: str) -> str:
        return word.upper()


def test_an_owner_that_memoises_its_own_method_is_freed_without_the_collector() -> None:
    owner = _Owner()
    assert owner.shout("cepa") == "CEPA"
    gone = weakref.ref(owner)
    gc.disable()
    try:
        del owner
        assert gone() is None
    finally:
        gc.enable()
