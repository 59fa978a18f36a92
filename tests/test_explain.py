"""The explanation tree and the licence listing, as library values (``osaid.explain``)."""

from __future__ import annotations

import doctest

import pytest

import osaid.bulk
import osaid.explain
import osaid.render
import osaid.schema
from osaid.components import Element
from osaid.errors import LicenseExpressionError
from osaid.explain import explain_license, license_facts, list_licenses
from osaid.policy import MOF_1_0
from osaid.verdict import Verdict


@pytest.mark.parametrize("module", [osaid.explain, osaid.schema, osaid.bulk, osaid.render])
def test_the_module_examples_run(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted > 0
    assert result.failed == 0


def test_an_or_is_decided_by_its_best_branch() -> None:
    e = explain_license("llama3.1 OR MIT", "parameters")
    tree = e.branches[0]
    assert tree.operator == "OR"
    assert [c.assessment.verdict for c in tree.children] == [Verdict.NOT_OPEN, Verdict.OPEN]
    assert tree.deciders() == {1}
    assert e.verdict is Verdict.OPEN


def test_an_and_is_decided_by_all_of_its_weakest() -> None:
    e = explain_license("CC-BY-NC-4.0 AND MIT AND LicenseRef-x", "data-information")
    tree = e.branches[0]
    ranks = [c.assessment.verdict for c in tree.children]
    worst = min(v.rank for v in ranks)
    assert tree.deciders() == {i for i, v in enumerate(ranks) if v.rank == worst}
    assert e.verdict is not Verdict.OPEN


def test_with_carries_the_exception_facts() -> None:
    e = explain_license("GPL-2.0-only WITH Classpath-exception-2.0", "code")
    tree = e.branches[0]
    assert tree.operator == "WITH"
    assert tree.facts is not None
    assert "Classpath-exception-2.0" in tree.facts
    assert tree.children[0].facts is not None


def test_all_three_elements_by_default_in_their_order() -> None:
    e = explain_license("Apache-2.0")
    assert e.elements == (Element.CODE, Element.PARAMETERS, Element.DATA_INFORMATION)
    assert set(e.by_element) == set(e.elements)
    assert e.permissions


def test_the_policy_is_honoured() -> None:
    assert explain_license("BSD-4-Clause", "code", MOF_1_0).policy is MOF_1_0
    assert explain_license("BSD-4-Clause", "code", "mof-1.0").policy.name == "mof-1.0"


def test_a_bad_expression_raises_the_library_error() -> None:
    with pytest.raises(LicenseExpressionError):
        explain_license("MIT AND")


def test_facts_of_an_unknown_licence_are_none() -> None:
    assert license_facts("LicenseRef-nobody-knows") is None
    assert license_facts("Apache-2.0") is not None


def test_list_licenses_filters_and_sorts() -> None:
    rows = list_licenses(element="code", verdict="open")
    assert rows
    assert all(r.verdicts[Element.CODE] is Verdict.OPEN for r in rows)
    assert [r.id.casefold() for r in rows] == sorted(r.id.casefold() for r in rows)
    assert list_licenses(search="no licence is called this") == ()
    mit = list_licenses(search="mit license")
    assert any(r.id == "MIT" for r in mit)
    assert set(mit[0].verdicts) == set(Element)


def test_list_licenses_refuses_an_unknown_verdict() -> None:
    with pytest.raises(ValueError, match="maybe"):
        list_licenses(verdict="maybe")
