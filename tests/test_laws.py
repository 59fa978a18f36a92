"""The laws osaid obeys, as property tests over ``osaid.strategies``.

Each test states one law of SPEC sections 4, 5, 6 and 8 for every input the strategies can draw. A
failure is a bug in osaid (or in a strategy), never a reason to weaken the law. For a long
search: ``HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_laws.py``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError
from pydantic_core import to_json

from osaid import (
    COMPONENTS,
    AISystem,
    Element,
    Report,
    Verdict,
    assess_license,
    evaluate,
    loads_manifest,
)
from osaid.components import Freedom, Requirement, Status, Topic
from osaid.findings import Clause, Finding, Severity, finding, finding_text
from osaid.licenses import knowledge
from osaid.mof import MofJudgement, mof_data, mof_json, mof_result
from osaid.permissions import permissions_data, permissions_json
from osaid.render import compact_doc, compact_line, json_text
from osaid.strategies import (
    license_expressions,
    licenses,
    manifest_texts,
    manifests,
    unknown_license_refs,
)

O, U, N = Verdict.OPEN, Verdict.UNDETERMINED, Verdict.NOT_OPEN
ELEMENTS = st.sampled_from(tuple(Element))
POLICIES = st.sampled_from(("osaid-1.0", "mof-1.0"))
FORMATS = ("yaml", "json", "toml")


def verdict(expression: str, element: Element, policy: str) -> Verdict:
    return assess_license(expression, element, policy).verdict


def dump(system: AISystem) -> dict[str, Any]:
    """The manifest as data, the way SPEC §8 writes it back."""
    return system.model_dump(mode="json", by_alias=True, exclude_none=True)


def report_of(system: AISystem, policy: str) -> dict[str, Any]:
    return evaluate(system, policy).model_dump(mode="json")


@st.composite
def operands(draw: st.DrawFn, count: int) -> tuple[Element, str, tuple[str, ...]]:
    """An element, a policy and ``count`` expressions that can be combined."""
    element = draw(ELEMENTS)
    policy = draw(POLICIES)
    strategy = license_expressions(element, policy=policy, special_values=False)
    return element, policy, tuple(draw(strategy) for _ in range(count))


# --- licence expressions: Kleene logic (SPEC §4.1) --------------------------------------------


@given(operands(2))
def test_or_and_and_commute(case: tuple[Element, str, tuple[str, ...]]) -> None:
    element, policy, (a, b) = case
    for op in ("OR", "AND"):
        assert verdict(f"({a}) {op} ({b})", element, policy) is verdict(
            f"({b}) {op} ({a})", element, policy
        )


@given(operands(3))
def test_or_and_and_associate(case: tuple[Element, str, tuple[str, ...]]) -> None:
    element, policy, (a, b, c) = case
    for op in ("OR", "AND"):
        left = verdict(f"(({a}) {op} ({b})) {op} ({c})", element, policy)
        right = verdict(f"({a}) {op} (({b}) {op} ({c}))", element, policy)
        assert left is right


@given(operands(2))
def test_or_is_never_worse_and_and_never_better_than_either_side(
    case: tuple[Element, str, tuple[str, ...]],
) -> None:
    element, policy, (a, b) = case
    va, vb = verdict(a, element, policy), verdict(b, element, policy)
    either = verdict(f"({a}) OR ({b})", element, policy)
    both = verdict(f"({a}) AND ({b})", element, policy)
    assert either.rank >= max(va.rank, vb.rank)
    assert both.rank <= min(va.rank, vb.rank)
    # and exactly Kleene's: OR is the best, AND the worst
    assert either is va | vb
    assert both is va & vb


def _takes_an_exception(key: str) -> bool:
    """Not a deprecated ``…-with-…-exception`` id, which stands for an expression already."""
    return " WITH " not in assess_license(key).normalized


@given(
    licenses(special_values=False).filter(_takes_an_exception),
    st.sampled_from(sorted(knowledge().exceptions)),
    unknown_license_refs().map(lambda ref: ref.replace("LicenseRef-", "AdditionRef-")),
    ELEMENTS,
    POLICIES,
)
def test_an_spdx_exception_keeps_the_verdict_and_an_unknown_one_caps_it(
    key: str, exception: str, addition: str, element: Element, policy: str
) -> None:
    alone = verdict(key, element, policy)
    assert verdict(f"{key} WITH {exception}", element, policy) is alone
    assert verdict(f"{key} WITH {addition}", element, policy) is alone & U


@example(ref="LicenseRef-MIT", element=Element.CODE)
@example(ref="LicenseRef-Apache-2.0", element=Element.PARAMETERS)
@example(ref="LicenseRef-open-source", element=Element.DATA_INFORMATION)
@given(unknown_license_refs(), ELEMENTS)
def test_an_unknown_licence_ref_alone_is_undetermined_and_never_open(
    ref: str, element: Element
) -> None:
    assert verdict(ref, element, "osaid-1.0") is U
    assert verdict(ref, element, "mof-1.0") is N


@st.composite
def unknown_only(draw: st.DrawFn) -> str:
    """An expression whose every licence is a ``LicenseRef-`` nobody knows."""
    refs = draw(st.lists(unknown_license_refs(), min_size=1, max_size=4))
    parts = []
    for ref in refs:
        how = draw(st.sampled_from(("alone", "spdx-exception", "unknown-addition")))
        if how == "spdx-exception":
            parts.append(f"{ref} WITH {draw(st.sampled_from(sorted(knowledge().exceptions)))}")
        elif how == "unknown-addition":
            addition = draw(unknown_license_refs()).replace("LicenseRef-", "AdditionRef-")
            parts.append(f"{ref} WITH {addition}")
        else:
            parts.append(ref)
    text = parts[0]
    for part in parts[1:]:
        text = f"({text}) {draw(st.sampled_from(('OR', 'AND')))} {part}"
    return text


@given(unknown_only(), ELEMENTS)
def test_unknown_licences_never_make_each_other_open(expression: str, element: Element) -> None:
    assert verdict(expression, element, "osaid-1.0") is U
    assert verdict(expression, element, "mof-1.0") is N


@given(operands(1), unknown_license_refs())
def test_an_unknown_licence_is_never_open_in_a_conjunction(
    case: tuple[Element, str, tuple[str, ...]], ref: str
) -> None:
    element, policy, (a,) = case
    combined = verdict(f"({a}) AND {ref}", element, policy)
    assert combined is not O
    assert combined.rank <= verdict(a, element, policy).rank


# --- evaluation: pure and deterministic (SPEC §8) ---------------------------------------------


@given(manifests(), POLICIES)
def test_evaluation_is_deterministic(system: AISystem, policy: str) -> None:
    first = report_of(system, policy)
    for cid in ("model-parameters", "datasets", "supporting-libraries"):
        # other work in between: releases that differ from this one in a component
        for other_policy in ("osaid-1.0", "mof-1.0"):
            evaluate(withheld(system, cid), other_policy)
    assert report_of(system, policy) == first
    assert report_of(AISystem.model_validate(dump(system)), policy) == first


def _reachable(value: object) -> list[object]:
    """Every value reachable from ``value`` through model fields and tuples."""
    seen: list[object] = []
    todo = [value]
    while todo:
        item = todo.pop()
        seen.append(item)
        if isinstance(item, BaseModel):
            fields = [*type(item).model_fields, *type(item).model_computed_fields]
            todo.extend(getattr(item, name) for name in fields)
        elif isinstance(item, tuple):
            todo.extend(item)
    return seen


@given(manifests(), POLICIES)
def test_no_caller_can_change_a_report(system: AISystem, policy: str) -> None:
    # a report holds frozen models and tuples only: nothing reachable from it can be changed,
    # so no report can change another (reports of equal releases may share parts)
    report = evaluate(system, policy)
    mutable = [
        type(v).__name__ for v in _reachable(report) if isinstance(v, list | dict | set | bytearray)
    ]
    assert mutable == []
    with pytest.raises(AttributeError):
        report.verdict = Verdict.OPEN  # type: ignore[misc]
    with pytest.raises(ValidationError):
        report.source = "elsewhere"  # type: ignore[misc]
    assert report_of(system, policy) == report.model_dump(mode="json")


@given(manifests(), POLICIES, st.data())
def test_removing_a_location_never_makes_a_release_more_open(
    system: AISystem, policy: str, data: st.DataObject
) -> None:
    unlocated = dump(system)
    places = [
        entry
        for entry in [*unlocated["components"].values(), *_data_sets(unlocated)]
        if entry.get("location")
    ]
    assume(places)
    data.draw(st.sampled_from(places), label="where the location goes").pop("location")
    before, after = evaluate(system, policy), evaluate(AISystem.model_validate(unlocated), policy)
    assert after.verdict.rank <= before.verdict.rank
    for element in Element:
        assert after.elements[element].verdict.rank <= before.elements[element].verdict.rank


def _data_sets(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    listed = manifest.get("training-data")
    return listed if isinstance(listed, list) else []


@given(manifests(), POLICIES, st.data())
def test_where_a_release_is_published_does_not_change_its_report(
    system: AISystem, policy: str, data: st.DataObject
) -> None:
    moved = dump(system)
    places = st.text(alphabet="abcdefghij", min_size=1, max_size=8).map(
        lambda name: f"https://elsewhere.example/{name}"
    )
    for entry in moved["components"].values():
        if entry.get("location"):
            entry["location"] = data.draw(places, label="component location")
    if isinstance(moved.get("training-data"), list):
        for entry in moved["training-data"]:
            if entry.get("location"):
                entry["location"] = data.draw(places, label="data set location")
    assert report_of(AISystem.model_validate(moved), policy) == report_of(system, policy)


@given(manifests(), POLICIES, st.data())
def test_evaluation_ignores_the_order_of_components(
    system: AISystem, policy: str, data: st.DataObject
) -> None:
    shuffled = dump(system)
    order = data.draw(st.permutations(list(shuffled["components"])), label="order")
    shuffled["components"] = {cid: shuffled["components"][cid] for cid in order}
    assert report_of(AISystem.model_validate(shuffled), policy) == report_of(system, policy)


@given(manifests(), POLICIES, st.data())
def test_yaml_json_and_toml_of_one_manifest_give_one_report(
    system: AISystem, policy: str, data: st.DataObject
) -> None:
    expected = report_of(system, policy)
    for fmt in FORMATS:
        text = data.draw(manifest_texts(fmt, systems=st.just(system)), label=fmt)
        assert report_of(loads_manifest(text, fmt), policy) == expected, fmt


@given(manifests(), st.data())
def test_load_dump_load_is_the_identity(system: AISystem, data: st.DataObject) -> None:
    dumped = dump(system)
    assert AISystem.model_validate(dumped) == system
    assert AISystem.model_validate_json(json.dumps(dumped)) == system
    for fmt in FORMATS:
        text = data.draw(manifest_texts(fmt, systems=st.just(system)), label=fmt)
        loaded = loads_manifest(text, fmt)
        assert loaded == system, fmt
        assert dump(loaded) == dumped, fmt


# --- the verdict and its blockers (SPEC §4.2 to §4.4) --------------------------------------------


@given(manifests(), POLICIES)
def test_a_verdict_is_open_exactly_when_nothing_blocks_it(system: AISystem, policy: str) -> None:
    report = evaluate(system, policy)
    assert (report.verdict is O) == (not report.blockers)
    for element, result in report.elements.items():
        blocked = any(b.element is element for b in report.blockers)
        assert (result.verdict is O) == (not blocked), element


def withheld(system: AISystem, cid: str) -> AISystem:
    data = dump(system)
    entry = data["components"].get(cid, {})
    data["components"][cid] = {**entry, "status": Status.NOT_RELEASED.value}
    return AISystem.model_validate(data)


def _ranks(report: Report) -> list[int]:
    return [report.verdict.rank, *(r.verdict.rank for r in report.elements.values())]


@given(manifests(), st.sampled_from(tuple(COMPONENTS)), POLICIES)
def test_withholding_a_component_never_improves_a_verdict(
    system: AISystem, cid: str, policy: str
) -> None:
    """Marking any component ``not-released`` (required or not) improves no verdict."""
    before = _ranks(evaluate(system, policy))
    after = _ranks(evaluate(withheld(system, cid), policy))
    assert all(a <= b for a, b in zip(after, before, strict=True))


RELICENSABLE = tuple(
    spec.id
    for spec in COMPONENTS.values()
    if spec.element in (Element.CODE, Element.PARAMETERS)
    and spec.required in (Requirement.REQUIRED, Requirement.IF_USED)
)
"""The required code components and the model parameters."""

OSI_APPROVED = ("MIT", *sorted(k for k, i in knowledge().licenses.items() if i.osi_approved))


def cited(system: AISystem) -> set[str]:
    """The components a data-information topic cites as documentation."""
    if system.data_information is None:
        return set()
    refs: set[str] = set()
    for topic in Topic:
        value = system.data_information.topic(topic)
        if isinstance(value, tuple):
            refs.update(value)
    return refs


@st.composite
def blocked_releases(draw: st.DrawFn) -> tuple[AISystem, str, str]:
    """A manifest, a policy, and a released code component or the model parameters under
    terms the policy does not find open, or with no licence of its own."""
    system = draw(manifests())
    policy = draw(POLICIES)
    cid = draw(st.sampled_from(RELICENSABLE))
    element = COMPONENTS[cid].element
    assert element is not None
    data = dump(system)
    entry = {**data["components"].get(cid, {}), "status": Status.RELEASED.value}
    entry.pop("license", None)
    if draw(st.booleans()):
        closed = draw(st.sampled_from((N, U)))
        entry["license"] = draw(license_expressions(element, closed, policy=policy))
    data["components"][cid] = entry
    return AISystem.model_validate(data), policy, cid


def relicensed(system: AISystem, cid: str, license_id: str) -> AISystem:
    data = dump(system)
    data["components"][cid] = {**data["components"][cid], "license": license_id}
    return AISystem.model_validate(data)


@given(blocked_releases(), st.sampled_from(OSI_APPROVED))
def test_relicensing_a_blocked_component_removes_exactly_its_blocker(
    case: tuple[AISystem, str, str], license_id: str
) -> None:
    """For a released code component or the model parameters, not cited as documentation
    (a cited one is also judged as data information), blocked for any reason: relicensing
    it under an OSI-approved licence removes its blocker and no other."""
    system, policy, cid = case
    before = evaluate(system, policy)
    blocked = {b.component for b in before.blockers}
    assume(cid in blocked and cid not in cited(system))
    after = evaluate(relicensed(system, cid, license_id), policy)
    assert after.blockers == tuple(b for b in before.blockers if b.component != cid)
    assert after.verdict.rank >= before.verdict.rank
    if blocked == {cid}:
        assert after.verdict is O


# --- the Model Openness Framework (SPEC §6) ----------------------------------------------------


@given(manifests())
def test_mof_classes_are_cumulative(system: AISystem) -> None:
    mof = evaluate(system).mof
    lacks = {name: set(gaps) for name, gaps in mof.lacks.items()}
    assert lacks["III"] <= lacks["II"] <= lacks["I"]
    achieved = None
    for name in ("III", "II", "I"):
        if lacks[name]:
            break
        achieved = name
    assert mof.class_ == achieved
    if mof.class_ == "I":
        assert not lacks["II"]
        assert not lacks["III"]


@given(manifests())
def test_the_mof_class_does_not_depend_on_the_policy(system: AISystem) -> None:
    assert evaluate(system, "osaid-1.0").mof == evaluate(system, "mof-1.0").mof


@given(manifests(), POLICIES)
def test_the_json_report_is_what_json_dumps_writes(system: AISystem, policy: str) -> None:
    # the command line writes reports with pydantic's serialiser, for speed: byte for byte
    # what the standard library writes of the report's data
    report = evaluate(system, policy).with_source("släpp\u0085\x1f/osaid.yaml")
    assert json_text(report) == json.dumps(
        report.model_dump(mode="json"), indent=2, ensure_ascii=False
    )


@given(manifests(), POLICIES, st.booleans())
def test_a_report_writes_the_json_its_models_write(
    system: AISystem, policy: str, imported: bool
) -> None:
    # Report.model_dump_json writes the parts' JSON form without building their models:
    # byte for byte what pydantic's serializer writes of the models themselves
    def made() -> Report:
        report = evaluate(system, policy).with_source("släpp\u0085\x1f/osaid.yaml")
        if imported:
            note = finding("imported", Severity.WARNING, "read from a card", component="x")
            report = report.with_findings((note,))
        return report

    for indent in (None, 2):
        assert made().model_dump_json(indent=indent) == BaseModel.model_dump_json(
            made(), indent=indent
        )
    report = made()
    assert report.blocked == tuple(dict.fromkeys((b.component, b.kind) for b in report.blockers))
    assert report.mof_class == report.mof.class_


@given(
    st.lists(
        st.builds(
            MofJudgement,
            st.sampled_from([*COMPONENTS, "not-a-component"]),
            st.sampled_from(Status),
            st.sampled_from([None, "", "NONE", "MIT", "MIT AND Apache-2.0", "MIT OR X", 'é"']),
            st.sampled_from(Verdict),
        ),
        max_size=30,
    ).map(tuple)
)
def test_the_mof_result_written_as_text_is_its_json(judgements: tuple[MofJudgement, ...]) -> None:
    # the report writes the MOF result from text made once per gap: the same bytes as
    # pydantic's serializer writes of its JSON form, and of its model
    text = mof_json(judgements)
    assert text == to_json(mof_data(judgements)).decode()
    assert text == mof_result(judgements).model_dump_json(by_alias=True)


@given(
    st.builds(
        finding,
        st.text(max_size=12),
        st.sampled_from(Severity),
        st.text(max_size=40),
        component=st.none() | st.text(max_size=12),
        clause=st.none() | st.sampled_from(Clause),
        freedoms=st.lists(st.sampled_from(Freedom), max_size=4, unique=True).map(tuple),
        remedy=st.none() | st.text(max_size=20),
        interpretation=st.booleans(),
        source=st.none() | st.text(max_size=20),
    ),
    st.none() | st.text(max_size=12),
)
def test_a_finding_written_as_text_is_its_json(f: Finding, about: str | None) -> None:
    # findings are written as text, about the component they are given if any: the bytes
    # pydantic's serializer writes of the finding (moved to that component)
    moved = f if about is None else f.model_copy(update={"component": about})
    component = None if about is None else to_json(about).decode()
    assert finding_text(f, component) == moved.model_dump_json()


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["training-code", "inference-code", "model-parameters", "datasets"]),
            st.sampled_from(["MIT", "NONE", "CC-BY-NC-4.0", "LicenseRef-x", "MIT OR GPL-3.0-only"]),
        ),
        max_size=6,
    ).map(tuple)
)
def test_permissions_written_as_text_are_their_json(relevant: tuple[tuple[str, str], ...]) -> None:
    # the report writes the permissions as text: the bytes pydantic's serializer writes of
    # their JSON form, and the modification answer the profile shows is theirs
    data = permissions_data(relevant)
    text, modify = permissions_json(relevant)
    assert text == to_json(data).decode()
    assert modify == next(p["answer"] for p in data if p["question"] == "modification")


@given(manifests(), POLICIES)
def test_a_compact_line_is_its_document_as_json(system: AISystem, policy: str) -> None:
    # the compact line is written by pydantic's serializer: the text json.dumps writes of the
    # compact document, spaced as the other lines are
    report = evaluate(system, policy).with_source("släpp\u0085\x1f\u2028/osaid.jsonl:3")
    line = compact_line(report)
    assert line == json.dumps(compact_doc(report), ensure_ascii=False, separators=(",", ":"))
