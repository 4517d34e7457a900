"""The memo behind the reader's and the importer's caches: bounded, and never remembering errors."""

from __future__ import annotations

import dataclasses

import pytest

from workshop_data.memo import ByIdentity, Memo, Recent, made, replaced
from workshop_data.model import Author


def test_a_result_is_made_once_and_the_oldest_goes_first() -> None:
    made: list[str] = []
    memo: Memo[str, str] = Memo(2)

    def get(key: str) -> str:
        return memo.get(key, lambda: made.append(key) or key.upper())

    assert [get("a"), get("a"), get("b"), get("c"), get("b"), get("a")] == ["A", "A", "B", "C", "B", "A"]
    assert made == ["a", "b", "c", "a"]  # "a" was dropped when "c" came (two at most)


def test_the_budget_bounds_what_is_kept_and_a_result_over_it_is_not_kept() -> None:
    memo: Memo[str, str] = Memo(100, budget=10)
    memo.get("a", lambda: "A", weight=6)
    memo.get("b", lambda: "B", weight=6)  # 12 > 10: "a" goes
    assert list(memo.results) == ["b"] and memo.weight == 6
    memo.get("huge", lambda: "H", weight=11)
    assert list(memo.results) == ["b"]


def test_an_error_is_not_remembered() -> None:
    memo: Memo[str, int] = Memo(4)
    calls: list[int] = []

    def fail() -> int:
        calls.append(1)
        raise ValueError("broken")

    for _ in range(2):
        with pytest.raises(ValueError, match="broken"):
            memo.get("x", fail)
    assert len(calls) == 2 and not memo.results


def test_made_shares_a_record_of_equal_values_and_never_one_of_other_types() -> None:
    first = made(Author, "p", 1, "jane-doe", "Jane Doe", False)
    assert made(Author, "p", 1, "jane-doe", "Jane Doe", False) is first
    assert first == Author("p", 1, "jane-doe", "Jane Doe", False)
    other = made(Author, "p", True, "jane-doe", "Jane Doe", 0)  # equal values of other types
    assert other is not first
    assert other.position is True and other.equal_contribution == 0 and other.equal_contribution is not False


def test_replaced_is_dataclasses_replace_made_once() -> None:
    author = Author("p", 1, "jane-doe", "Jane Doe", False)
    renamed = replaced(author, person_id="jane-roe")
    assert renamed == dataclasses.replace(author, person_id="jane-roe")
    assert replaced(author, person_id="jane-roe") is renamed
    with pytest.raises(TypeError, match="room"):
        replaced(author, room="A")


def test_results_kept_at_once_are_bounded_as_one_by_one() -> None:
    memo: Memo[str, str] = Memo(3, budget=100)
    memo.keep_all([("a", "A"), ("b", "B"), ("a", "A2")], weight=10)  # a key twice: kept once, the last
    assert memo.results == {"a": ("A2", 10), "b": ("B", 10)} and memo.weight == 20
    memo.keep_all([("b", "B2"), ("c", "C"), ("d", "D")], weight=10)  # "b" is kept already; "a" goes
    assert list(memo.results) == ["b", "c", "d"] and memo.results["b"] == ("B", 10) and memo.weight == 30
    memo.keep_all([("e", "E")], weight=95)  # over the budget with the rest: the oldest go first
    assert list(memo.results) == ["e"] and memo.weight == 95


def test_recent_results_are_found_by_an_equal_key_the_oldest_going_first_and_errors_never_kept() -> None:
    made: list[str] = []
    recent: Recent[str, str] = Recent(2)

    def get(key: str) -> str:
        return recent.get(key, lambda: made.append(key) or key.upper())

    page = "x" * 1000
    found = [get(page), get("".join(["x"] * 1000)), get("b"), get("c"), get(page)]
    assert found == [page.upper(), page.upper(), "B", "C", page.upper()]
    assert made == [page, "b", "c", page]  # an equal copy is found; the page went when "c" came

    def fail() -> str:
        raise ValueError("broken")

    for _ in range(2):
        with pytest.raises(ValueError, match="broken"):
            recent.get("z", fail)
    assert [key for key, _ in recent.results] == ["c", page]


def test_results_by_identity_are_found_for_the_same_object_only_and_errors_never_kept() -> None:
    memo: ByIdentity[int] = ByIdentity(2)
    calls: list[str] = []

    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    a, b = "x" * 1000, "".join(["x"] * 1000)  # equal texts, other objects
    assert memo.get(a, lambda: length(a)) == 1000 and memo.get(a, lambda: length(a)) == 1000
    assert memo.get(b, lambda: length(b)) == 1000 and len(calls) == 2  # an equal object is a miss

    def fail() -> int:
        raise ValueError("x")

    c = "y"
    with pytest.raises(ValueError):
        memo.get(c, fail)
    assert memo.get(c, lambda: length(c)) == 1 and len(calls) == 3
    assert memo.get(a, lambda: length(a)) == 1000 and len(calls) == 4  # the oldest went (size 2)
