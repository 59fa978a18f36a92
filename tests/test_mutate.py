"""scripts/mutate.py's machinery: which mutants it makes, how it applies them, what it skips.

The mutation run itself is a command (minutes long), not part of the test suite; these tests
only generate mutants from small sources.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def mutate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mutate", ROOT / "scripts" / "mutate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["mutate"] = module  # dataclasses resolve their annotations through it
    spec.loader.exec_module(module)
    return module


SOURCE = '''\
"""A module docstring: 'left-alone'."""
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from x import Y

__all__ = ["rule", "TABLE"]

Kind = Literal["code", "data"]
TABLE = {"MIT": "open", "NONE": "unlicensed", "proprietary": "not-open"}


def rule(a: int, kind: str, v: Verdict) -> Verdict:
    """Docstring."""
    if a <= 2 and kind in ("code", "data"):
        return Verdict.OPEN
    v &= Verdict.UNDETERMINED
    message = f"{kind} is not open"
    return v if a else Verdict.NOT_OPEN
'''


def _descriptions(module: ModuleType, source: str = SOURCE) -> set[str]:
    return {f"{m.line}:{m.operator}:{m.description}" for m in module.mutants(source, "m.py")}


def test_each_operator_makes_its_mutants(mutate: ModuleType) -> None:
    found = _descriptions(mutate)
    for expected in (
        "15:compare:<= -> <",
        "15:compare:<= -> >",
        "15:compare:in -> not in",
        "15:boolean:and -> or",
        '15:negate:condition `a <= 2 and kind in ("code", "data")` negated',
        "15:constant:2 -> 3",
        "15:constant:'code' -> 'data'",
        "16:enum:Verdict.OPEN -> Verdict.UNDETERMINED",
        "17:kleene:&= -> |=",
        "17:delete:`v &= Verdict.UNDETERMINED` deleted",
        '10:table:entry "NONE" removed from the table',
        "10:constant:'open' -> 'unlicensed'",
        "19:negate:condition `a` negated",
        "19:return:return v if a else Verdict.NOT_OPEN -> None",
        '15:table:element "data" removed from the table',
    ):
        assert expected in found


def test_docstrings_messages_annotations_and_exports_are_left_alone(mutate: ModuleType) -> None:
    touched = {m.line for m in mutate.mutants(SOURCE, "m.py")}
    # docstrings (1, 14), TYPE_CHECKING (4-5), __all__ (7), the Literal alias (9), the f-string
    # (18) and the signature's annotations (13)
    assert touched.isdisjoint({1, 4, 5, 7, 9, 13, 14, 18})


def test_every_mutant_compiles_and_changes_only_its_span(mutate: ModuleType) -> None:
    lines = SOURCE.splitlines()
    for m in mutate.mutants(SOURCE, "m.py"):
        mutated = mutate.apply(SOURCE, m)
        compile(mutated, "m.py", "exec")
        assert mutated != SOURCE
        after = mutated.splitlines()
        # what precedes the span and what follows it are untouched
        assert after[: m.line - 1] == lines[: m.line - 1]
        tail = len(lines) - m.end_line
        if tail:
            assert after[-tail:] == lines[-tail:]


def test_apply_counts_columns_in_utf8_bytes(mutate: ModuleType) -> None:
    source = 'x = ("é", 1 < 2)\n'
    (m,) = [m for m in mutate.mutants(source, "m.py") if m.description == "< -> <="]
    assert mutate.apply(source, m) == 'x = ("é", (1 <= 2))\n'


def test_equivalent_marks_leave_mutants_out_of_the_score(mutate: ModuleType) -> None:
    source = (
        "def f(a, b):\n"
        "    return a if a <= b else b  # mutation: equivalent — equal ranks: a is b\n"
        "def g(a):\n"
        "    return a > 1  # mutation: equivalent(constant) - only the constant\n"
    )
    marked = mutate.equivalents(source)
    assert marked[2] == (None, "equal ranks: a is b")
    assert marked[4] == (frozenset({"constant"}), "only the constant")
    found = mutate.mutants(source, "m.py")
    equivalent = {(m.line, m.operator) for m in found if mutate.is_equivalent(m, marked)}
    assert (2, "compare") in equivalent
    assert (4, "constant") in equivalent
    assert (4, "compare") not in equivalent


def test_the_default_modules_and_their_tests_exist(mutate: ModuleType) -> None:
    for module in mutate.MODULES:
        assert (ROOT / module).is_file()
        for test in mutate.default_tests(module):
            assert (ROOT / test).exists()
