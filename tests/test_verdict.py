"""Kleene three-valued logic: the truth tables verdicts combine by."""

from __future__ import annotations

import itertools

import pytest

from osaid.verdict import Verdict, all_of, any_of

O, U, N = Verdict.OPEN, Verdict.UNDETERMINED, Verdict.NOT_OPEN

AND_TABLE = {
    (O, O): O, (O, U): U, (O, N): N,
    (U, O): U, (U, U): U, (U, N): N,
    (N, O): N, (N, U): N, (N, N): N,
}  # fmt: skip
OR_TABLE = {
    (O, O): O, (O, U): O, (O, N): O,
    (U, O): O, (U, U): U, (U, N): U,
    (N, O): O, (N, U): U, (N, N): N,
}  # fmt: skip


@pytest.mark.parametrize(("pair", "expected"), AND_TABLE.items())
def test_and_truth_table(pair: tuple[Verdict, Verdict], expected: Verdict) -> None:
    assert pair[0] & pair[1] is expected
    assert all_of(pair) is expected


@pytest.mark.parametrize(("pair", "expected"), OR_TABLE.items())
def test_or_truth_table(pair: tuple[Verdict, Verdict], expected: Verdict) -> None:
    assert pair[0] | pair[1] is expected
    assert any_of(pair) is expected


def test_empty_conjunction_is_open_and_empty_disjunction_not_open() -> None:
    assert all_of([]) is O
    assert any_of([]) is N


@pytest.mark.parametrize("triple", list(itertools.product([O, U, N], repeat=3)))
def test_de_morgan_style_distribution(triple: tuple[Verdict, Verdict, Verdict]) -> None:
    a, b, c = triple
    assert a & (b | c) is (a & b) | (a & c)
    assert a | (b & c) is (a | b) & (a | c)


def test_values_are_the_report_spelling() -> None:
    assert [v.value for v in Verdict] == ["not-open", "undetermined", "open"]
    assert str(U) == "undetermined"


def test_rank_orders_not_open_undetermined_open_as_documented() -> None:
    assert [v.rank for v in (N, U, O)] == [0, 1, 2]
    assert max([N, O, U], key=lambda v: v.rank) is O


@pytest.mark.parametrize("verdicts", list(itertools.product(Verdict, repeat=3)))
def test_a_rule_of_components_is_walked_in_kleene_logic(verdicts: tuple[Verdict, ...]):
    from osaid.definition import AllOf, AnyOf, walk_rule

    a, b, c = verdicts
    of = {"a": a, "b": b, "c": c}.__getitem__
    assert walk_rule("b", of) is b
    assert walk_rule(AnyOf(("a", AllOf(("b", "c")))), of) is any_of([a, all_of([b, c])])
    assert walk_rule(AllOf(("a", AnyOf(("b", "c")))), of) is all_of([a, any_of([b, c])])
    assert walk_rule(AnyOf(()), of) is Verdict.NOT_OPEN
    assert walk_rule(AllOf(()), of) is Verdict.OPEN
