"""osaid.strategies: what each strategy draws, how it shrinks, and its documentation.

Also runs every code block of ``docs/strategies.md`` and the third-party example in
``examples/third_party_checker/`` (its module's doctests and its property tests).
"""

from __future__ import annotations

import dataclasses
import doctest
import importlib
import importlib.util
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import osaid.strategies
from osaid import (
    COMPONENTS,
    AISystem,
    ComponentEntry,
    DataClass,
    Element,
    Status,
    Topic,
    Verdict,
    assess_license,
    evaluate,
    loads_manifest,
)
from osaid.components import Framework
from osaid.licenses import parse
from osaid.manifest import RequiredComponentEntry
from osaid.policy import OSAID_1_0, LicenseRule
from osaid.report import Report
from osaid.strategies import (
    components,
    license_expressions,
    licenses,
    manifest_texts,
    manifests,
    unknown_license_refs,
)

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "strategies.md"
EXAMPLE = ROOT / "examples" / "third_party_checker"

_QUIET = settings(
    database=None, derandomize=True, max_examples=1000, phases=[Phase.generate, Phase.shrink]
)
"""For ``find``: the same search every time, without the explain phase (it costs seconds)."""

ELEMENTS = st.sampled_from(tuple(Element))
VERDICTS = st.sampled_from(tuple(Verdict))
POLICIES = st.sampled_from(("osaid-1.0", "mof-1.0"))


# --- the optional dependency ------------------------------------------------------------------


def test_without_hypothesis_the_import_error_names_the_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in list(sys.modules):
        if name == "hypothesis" or name.startswith("hypothesis."):
            monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.delitem(sys.modules, "osaid.strategies")
    with pytest.raises(ImportError, match=re.escape("pip install 'osaid[testing]'")):
        importlib.import_module("osaid.strategies")


# --- licence expressions ----------------------------------------------------------------------


@given(st.data(), ELEMENTS, VERDICTS, POLICIES)
def test_expressions_have_the_verdict_asked_for(
    data: st.DataObject, element: Element, verdict: Verdict, policy: str
) -> None:
    expression = data.draw(license_expressions(element, verdict, policy=policy))
    assert assess_license(expression, element, policy).verdict is verdict


@given(license_expressions(), ELEMENTS, POLICIES)
def test_every_expression_is_valid_for_every_element_and_policy(
    expression: str, element: Element, policy: str
) -> None:
    assess_license(expression, element, policy)


@given(license_expressions(special_values=False))
def test_combinable_expressions_hold_no_special_value(expression: str) -> None:
    assert not {"NONE", "NOASSERTION"} & set(re.split(r"[\s()]+", expression))
    assess_license(f"({expression}) AND MIT")


@given(st.data(), VERDICTS, POLICIES)
def test_a_verdict_without_an_element_is_for_code(
    data: st.DataObject, verdict: Verdict, policy: str
) -> None:
    expression = data.draw(license_expressions(verdict=verdict, policy=policy))
    assert assess_license(expression, Element.CODE, policy).verdict is verdict


@given(st.data(), ELEMENTS, POLICIES)
def test_single_licences_have_the_verdict_asked_for(
    data: st.DataObject, element: Element, policy: str
) -> None:
    verdict = Verdict.UNDETERMINED if policy == "osaid-1.0" else Verdict.NOT_OPEN
    verdict = data.draw(st.sampled_from((Verdict.OPEN, verdict)))
    license_id = data.draw(licenses(element, verdict, policy=policy))
    assert " AND " not in license_id
    assert " OR " not in license_id
    assert assess_license(license_id, element, policy).verdict is verdict


ACME = dataclasses.replace(
    OSAID_1_0,
    name="acme",
    rules=(
        LicenseRule(
            "LicenseRef-bigcode-openrail-m", Verdict.OPEN, "reviewed", (Framework.OPEN_TERMS,)
        ),
        LicenseRule("LicenseRef-acme", Verdict.NOT_OPEN, "our own licence"),
    ),
)
"""A policy of one's own: a reviewed AI licence open for weights, a licence of its own."""


@given(st.data(), ELEMENTS, VERDICTS)
def test_expressions_follow_a_policy_of_ones_own(
    data: st.DataObject, element: Element, verdict: Verdict
) -> None:
    expression = data.draw(license_expressions(element, verdict, policy=ACME))
    assert assess_license(expression, element, ACME).verdict is verdict


def test_a_policy_rule_moves_a_licence_to_its_verdict() -> None:
    # the policy's rule makes BigCode's OpenRAIL-M open for weights, whichever way it is spelt
    found = find(
        licenses("parameters", "open", policy=ACME), lambda e: "openrail" in e, settings=_QUIET
    )
    assert found in ("LicenseRef-bigcode-openrail-m", "bigcode-openrail-m")
    assert assess_license(found, "parameters", ACME).verdict is Verdict.OPEN
    assert assess_license(found, "parameters").verdict is Verdict.NOT_OPEN


def test_a_licence_ref_with_a_policy_rule_is_not_unknown() -> None:
    zero = dataclasses.replace(
        OSAID_1_0,
        name="zero",
        rules=(LicenseRule("LicenseRef-0", Verdict.OPEN, "the simplest ref, reviewed"),),
    )
    assert find(unknown_license_refs(), lambda _: True, settings=_QUIET) == "LicenseRef-0"
    simplest = find(unknown_license_refs(policy=zero), lambda _: True, settings=_QUIET)
    assert simplest != "LicenseRef-0"
    assert assess_license(simplest, "code", zero).verdict is Verdict.UNDETERMINED


@given(unknown_license_refs())
def test_unknown_refs_are_unknown(ref: str) -> None:
    assert ref.startswith("LicenseRef-")
    assessment = assess_license(ref, "parameters")
    assert assessment.verdict is Verdict.UNDETERMINED
    assert assessment.blocker_kind == "unknown"


@pytest.mark.parametrize(
    "make",
    [
        lambda: license_expressions("weights"),
        lambda: license_expressions("code", "closed"),
        lambda: license_expressions(policy="osaid-2.0"),
        lambda: licenses("code", "undetermined", policy="mof-1.0"),
        lambda: components("labeling-code"),
        lambda: manifest_texts("xml"),  # type: ignore[arg-type]
    ],
    ids=["element", "verdict", "policy", "unreachable", "component", "format"],
)
def test_bad_arguments_are_refused(make: Callable[[], Any]) -> None:
    with pytest.raises(InvalidArgument):
        make()


@pytest.mark.parametrize(
    ("strategy", "condition", "simplest"),
    [
        (license_expressions(), None, "MIT"),
        (license_expressions("code", "not-open"), None, "CC-BY-4.0"),
        (license_expressions("code", "undetermined"), None, "unknown"),
        (license_expressions(), lambda e: " AND " in e, "MIT AND MIT"),
        (license_expressions(), lambda e: " OR " in e, "MIT OR MIT"),
        (license_expressions(), lambda e: " WITH " in e, "MIT WITH Classpath-exception-2.0"),
        (licenses("parameters", "not-open"), None, "CC-BY-NC-4.0"),
        (unknown_license_refs(), None, "LicenseRef-0"),
    ],
)
def test_expressions_shrink_to_short_familiar_ones(
    strategy: st.SearchStrategy[str], condition: Callable[[str], bool] | None, simplest: str
) -> None:
    assert find(strategy, condition or (lambda _: True), settings=_QUIET) == simplest


# --- components -------------------------------------------------------------------------------


@pytest.mark.parametrize("cid", list(COMPONENTS))
def test_component_entries_fit_their_component(cid: str) -> None:
    allowed = COMPONENTS[cid].not_applicable_allowed

    @settings(max_examples=20)
    @given(components(cid))
    def check(entry: ComponentEntry) -> None:
        assert isinstance(entry, ComponentEntry)
        assert isinstance(entry, RequiredComponentEntry) is not allowed
        if entry.status is Status.NOT_APPLICABLE:
            assert allowed
            assert entry.reason
        AISystem.model_validate(
            {"manifest-version": 1, "system": {"name": "x"}, "components": {cid: entry}}
        )

    check()


def test_component_licences_come_from_the_strategy_given() -> None:
    @given(components("training-code", licenses=st.just("MIT")))
    def check(entry: ComponentEntry) -> None:
        assert entry.license in (None, "MIT")

    check()


def test_every_status_is_drawn() -> None:
    for status in (Status.RELEASED, Status.NOT_RELEASED, Status.NOT_APPLICABLE):
        find(components(), lambda e, s=status: e.status is s, settings=_QUIET)


# --- manifests --------------------------------------------------------------------------------


def _cited(system: AISystem) -> list[str]:
    if system.data_information is None:
        return []
    refs: list[str] = []
    for topic in Topic:
        value = system.data_information.topic(topic)
        if isinstance(value, tuple):
            refs.extend(r for r in value if r in COMPONENTS)
    return refs


def _topics(system: AISystem) -> list[Any]:
    if system.data_information is None:
        return []
    return [system.data_information.topic(t) for t in Topic]


_FEATURES: dict[str, Callable[[AISystem, Report], bool]] = {
    "open": lambda s, r: r.verdict is Verdict.OPEN,
    "not-open": lambda s, r: r.verdict is Verdict.NOT_OPEN,
    "undetermined": lambda s, r: r.verdict is Verdict.UNDETERMINED,
    "would-pass-with-other-licenses": lambda s, r: r.outcome == "would-pass-with-other-licenses",
    "lacks-components": lambda s, r: r.outcome == "lacks-components",
    "mof-I": lambda s, r: r.mof.class_ == "I",
    "mof-II": lambda s, r: r.mof.class_ == "II",
    "mof-III": lambda s, r: r.mof.class_ == "III",
    "no-default-license": lambda s, r: s.license is None,
    "not-released": lambda s, r: any(
        e.status is Status.NOT_RELEASED for _, e in s.components.items()
    ),
    "not-applicable": lambda s, r: any(
        e.status is Status.NOT_APPLICABLE for _, e in s.components.items()
    ),
    "cites-an-undeclared-component": lambda s, r: any(c not in s.components for c in _cited(s)),
    "cites-a-url": lambda s, r: any(
        isinstance(v, tuple) and any(ref.startswith("http") for ref in v) for v in _topics(s)
    ),
    "topic-undisclosed": lambda s, r: "undisclosed" in _topics(s),
    "labeling-not-applicable": lambda s, r: "not-applicable" in _topics(s),
    "topic-undeclared": lambda s, r: s.data_information is not None and None in _topics(s),
    "no-data-information": lambda s, r: s.data_information is None,
    "training-data-undisclosed": lambda s, r: s.training_data == "undisclosed",
    "training-data-absent": lambda s, r: s.training_data is None,
    **{
        f"training-data-{c.value}": lambda s, r, c=c: (
            isinstance(s.training_data, tuple) and any(d.class_ is c for d in s.training_data)
        )
        for c in DataClass
    },
    "claims": lambda s, r: bool(s.claims),
    "access": lambda s, r: s.access is not None,
}
"""What ``manifests()`` must draw, in any run: (system, its report) → whether it has it."""


def test_manifests_are_valid_and_draw_every_feature() -> None:
    """One fixed run of 200 manifests (the same in every profile, so it cannot be unlucky)
    must draw them all; ``find`` looks further for any it missed."""
    seen: set[str] = set()

    @settings(max_examples=200, derandomize=True, database=None, phases=[Phase.generate])
    @given(manifests())
    def check(system: AISystem) -> None:
        for cid in _cited(system):
            entry = system.components.get(cid)
            assert entry is None or entry.status is not Status.NOT_APPLICABLE
        report = evaluate(system)
        seen.update(name for name, has in _FEATURES.items() if has(system, report))

    check()
    for feature in set(_FEATURES) - seen:
        has = _FEATURES[feature]
        find(
            manifests(),
            lambda system, has=has: has(system, evaluate(system)),
            settings=settings(database=None, max_examples=1000, phases=[Phase.generate]),
        )


def test_manifests_shrink_to_a_bare_one() -> None:
    system = find(manifests(), lambda _: True, settings=_QUIET)
    assert system == AISystem.model_validate({"manifest-version": 1, "system": {"name": "0"}})


@pytest.mark.parametrize("fmt", ["yaml", "json", "toml"])
def test_manifest_texts_are_read_back(fmt: str) -> None:
    @settings(max_examples=25)
    @given(manifest_texts(fmt))  # type: ignore[arg-type]
    def check(text: str) -> None:
        loads_manifest(text, fmt)  # type: ignore[arg-type]

    check()


def _briefly(test: Callable[[], None]) -> Callable[[], None]:
    """A property test of the docs or the example, run on fewer examples: the laws and the
    strategies are searched by the other tests; these show that the examples work."""
    if hasattr(test, "hypothesis"):
        return settings(settings.default, max_examples=25)(test)
    return test


# --- docs/strategies.md -----------------------------------------------------------------------

_BLOCKS = re.findall(r"^```python\n(.*?)^```", DOC.read_text("utf-8"), re.DOTALL | re.MULTILINE)


def test_the_docs_have_examples() -> None:
    assert len(_BLOCKS) >= 5


@pytest.mark.parametrize("block", _BLOCKS, ids=[f"block-{i + 1}" for i in range(len(_BLOCKS))])
def test_docs_example_runs(block: str) -> None:
    namespace: dict[str, Any] = {"__name__": "docs_strategies_example"}
    exec(compile(block, str(DOC), "exec"), namespace)  # noqa: S102 - the docs' own examples
    for name, value in namespace.items():
        if name.startswith("test_") and callable(value):
            _briefly(value)()


# --- examples/third_party_checker -------------------------------------------------------------


def _load(name: str, module_name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(module_name, EXAMPLE / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


# the example's tests import their checker as a top-level module, as its own suite does
_GATE = _load("acme_gate", "acme_gate")
_GATE_TESTS = _load("test_acme_gate", "_osaid_example_test_acme_gate")
_GATE_TEST_NAMES = sorted(n for n in vars(_GATE_TESTS) if n.startswith("test_"))


def test_the_example_checker_doctests_pass() -> None:
    result = doctest.testmod(_GATE)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize("name", _GATE_TEST_NAMES)
def test_the_example_checker_tests_pass(name: str) -> None:
    _briefly(getattr(_GATE_TESTS, name))()


def test_the_strategies_doctests_pass() -> None:
    result = doctest.testmod(osaid.strategies)
    assert result.attempted > 0
    assert result.failed == 0


def test_the_example_checker_reads_expressions_as_spdx_does() -> None:
    deployable = _GATE.deployable
    assert deployable("MIT OR GPL-3.0-only")
    assert deployable("(Apache-2.0 WITH LLVM-exception) AND isc")
    assert not deployable("MIT AND GPL-3.0-only")
    assert not deployable("Apache-2.0 WITH Classpath-exception-2.0")
    assert parse("MIT OR GPL-3.0-only").normalized == "MIT OR GPL-3.0-only"
