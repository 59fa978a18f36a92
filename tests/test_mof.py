"""MOF classes: the Model Openness Tool's rules, and where osaid deliberately differs."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osaid import AISystem, evaluate
from osaid.components import COMPONENTS, Status
from osaid.mof import MOF_CLASSES, GapReason, MofJudgement, mof_class, mof_result
from osaid.report import MofResult
from osaid.verdict import Verdict

_CLASS_III = MOF_CLASSES["III"]
_CLASS_I = MOF_CLASSES["I"]


def _system(components: dict[str, Any], license: str | None = "Apache-2.0") -> AISystem:
    data: dict[str, Any] = {"manifest-version": 1, "system": {"name": "T"}}
    if license:
        data["license"] = license
    data["components"] = components
    return AISystem.model_validate(data)


def _released(ids: tuple[str, ...] | list[str], **extra: dict[str, Any]) -> dict[str, Any]:
    return {cid: extra.get(cid.replace("-", "_"), {}) for cid in ids}


def test_classes_are_cumulative_and_derived_from_the_vocabulary() -> None:
    assert set(_CLASS_III) < set(MOF_CLASSES["II"]) < set(_CLASS_I)
    optional = {c.id for c in COMPONENTS.values() if c.mof_optional}
    assert optional == {"sample-outputs", "supporting-libraries", "model-metadata"}
    assert not optional & set(_CLASS_I)


def test_everything_open_is_class_i_and_optional_components_never_count() -> None:
    system = _system(_released(list(_CLASS_I)) | {"model-metadata": {"license": "NONE"}})
    result = _mof(system)
    assert result.class_ == "I"
    assert evaluate(system).mof.class_ == "I"


def test_a_research_paper_stands_in_for_the_technical_report() -> None:
    ids = [c for c in _CLASS_III if c != "technical-report"] + ["research-paper"]
    result = _mof(_system(_released(ids)))
    assert result.class_ == "III"
    assert [f.code for f in result.findings] == ["mof-stand-in"]
    # a paper that is not open does not stand in; the class lacks the paper, as in the MOT
    closed = _system(_released(ids, research_paper={"license": "CC-BY-NC-4.0"}))
    result = _mof(closed)
    assert result.class_ is None
    assert [(g.component, g.reason) for g in result.lacks["III"]] == [
        ("research-paper", "not-open")
    ]


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ({"license": "NONE"}, "unlicensed"),
        ({"status": "not-released"}, "missing"),
        ({"license": "LicenseRef-proprietary"}, "not-open"),
        ({"license": "NOASSERTION"}, "not-open"),
        ({"license": "llama3"}, "not-open"),
    ],
)
def test_gap_reasons(entry: dict[str, Any], reason: str) -> None:
    system = _system(_released(_CLASS_III) | {"model-parameters": entry})
    assert [(g.component, g.reason) for g in _mof(system).lacks["III"]] == [
        ("model-parameters", reason)
    ]


def test_no_licence_at_all_is_unlicensed() -> None:
    system = _system(_released(_CLASS_III), license=None)
    assert {g.reason for g in _mof(system).lacks["III"]} == {"unlicensed"}
    assert evaluate(system).mof.class_ is None


def test_an_undeclared_component_is_missing() -> None:
    system = _system(_released([c for c in _CLASS_III if c != "model-card"]))
    assert [(g.component, g.reason) for g in _mof(system).lacks["III"]] == [
        ("model-card", "missing")
    ]


def test_osaid_parses_expressions_where_the_mot_compares_strings() -> None:
    system = _system(
        _released(_CLASS_III) | {"model-architecture": {"license": "MIT OR GPL-3.0-only"}}
    )
    result = _mof(system)
    assert result.class_ == "III"
    assert "mof-license-expression" in {f.code for f in result.findings}


def _mof(system: AISystem) -> MofResult:
    return evaluate(system).mof


def _notes(result: MofResult) -> dict[str, tuple[str | None, str, bool]]:
    return {f.code: (f.component, f.severity.value, f.interpretation) for f in result.findings}


def test_a_component_released_under_none_is_an_unlicensed_warning() -> None:
    system = _system(_released(_CLASS_III) | {"model-parameters": {"license": "NONE"}})
    result = _mof(system)
    assert _notes(result) == {"mof-unlicensed": ("model-parameters", "warning", False)}
    assert result.findings[0].remedy == "release model-parameters under an open licence"
    # withheld, or released under an open licence: nothing to note
    assert _mof(_system(_released(_CLASS_III))).findings == ()
    withheld = _system(_released(_CLASS_III) | {"model-parameters": {"status": "not-released"}})
    assert _mof(withheld).findings == ()


def test_only_an_open_compound_expression_is_noted_as_read_where_the_mot_would_not() -> None:
    for expression in ("MIT OR GPL-3.0-only", "MIT AND Apache-2.0"):
        system = _system(_released(_CLASS_III) | {"model-card": {"license": expression}})
        assert _notes(_mof(system)) == {"mof-license-expression": ("model-card", "info", True)}
    for expression in ("MIT", "CC-BY-NC-4.0 OR LicenseRef-x", "CC-BY-NC-4.0 AND MIT"):
        system = _system(_released(_CLASS_III) | {"model-card": {"license": expression}})
        assert _mof(system).findings == ()


def test_a_report_and_a_paper_both_not_open_leave_the_report_s_own_gap() -> None:
    closed = {"license": "CC-BY-NC-4.0"}
    system = _system(_released(_CLASS_I, technical_report=closed, research_paper=closed))
    result = _mof(system)
    assert result.class_ is None
    assert [(g.component, g.reason) for g in result.lacks["III"]] == [
        ("technical-report", "not-open")
    ]
    assert ("research-paper", "not-open") in [(g.component, g.reason) for g in result.lacks["I"]]
    assert result.findings == ()


def test_a_missing_report_takes_the_gap_of_a_paper_that_is_not_open() -> None:
    ids = [c for c in _CLASS_I if c != "technical-report"]
    result = _mof(_system(_released(ids, research_paper={"license": "NONE"})))
    assert [(g.component, g.reason) for g in result.lacks["III"]] == [
        ("research-paper", "unlicensed")
    ]
    # with neither, the report is what the class lacks
    gone = [c for c in ids if c != "research-paper"]
    result = _mof(_system(_released(gone)))
    assert [(g.component, g.reason) for g in result.lacks["III"]] == [
        ("technical-report", "missing")
    ]
    assert ("research-paper", "missing") in [(g.component, g.reason) for g in result.lacks["I"]]


def test_each_class_is_reached_exactly_when_its_components_are_open() -> None:
    for name, below in (("III", None), ("II", "III"), ("I", "II")):
        result = _mof(_system(_released(MOF_CLASSES[name])))
        assert result.class_ == name
        assert result.lacks[name] == ()
        if below is not None:
            assert result.lacks[below] == ()
    assert _mof(_system(_released(_CLASS_III[1:]))).class_ is None


def test_the_mof_class_uses_mof_1_0_whatever_the_report_s_policy() -> None:
    # BSD-4-Clause is FSF-libre: open for the MOF, not OSI-approved for osaid's code
    system = _system(_released(_CLASS_III) | {"model-architecture": {"license": "BSD-4-Clause"}})
    report = evaluate(system)
    assert report.elements["code"].verdict.value == "not-open"  # type: ignore[index]
    assert report.mof.class_ == "III"
    unknown = _system(_released(_CLASS_III) | {"model-architecture": {"license": "LicenseRef-x"}})
    assert [(g.component, g.reason) for g in _mof(unknown).lacks["III"]] == [
        ("model-architecture", "not-open")
    ]


def test_only_released_components_are_noted_as_unlicensed() -> None:
    withheld = {"model-parameters": {"status": "not-released"}}
    result = _mof(_system(_released(_CLASS_III) | withheld, license="NONE"))
    unlicensed = [f.component for f in result.findings if f.code == "mof-unlicensed"]
    assert unlicensed == [c for c in _CLASS_III if c != "model-parameters"]
    assert ("model-parameters", "missing") in [(g.component, g.reason) for g in result.lacks["III"]]


def test_a_stand_in_is_information() -> None:
    ids = [c for c in _CLASS_III if c != "technical-report"] + ["research-paper"]
    (note,) = _mof(_system(_released(ids))).findings
    assert (note.code, note.component, note.severity.value) == (
        "mof-stand-in",
        "technical-report",
        "info",
    )


def test_each_class_lists_what_it_lacks_beyond_the_class_below() -> None:
    result = _mof(_system(_released(_CLASS_III)))
    assert result.class_ == "III"
    assert result.lacks["III"] == ()
    lacks_ii = [g.component for g in result.lacks["II"]]
    assert lacks_ii == [c for c in MOF_CLASSES["II"] if c not in _CLASS_III]
    lacks_i = [g.component for g in result.lacks["I"]]
    assert lacks_i == [c for c in _CLASS_I if c not in _CLASS_III]


def test_mof_result_counts_a_component_it_is_not_told_about_as_missing() -> None:
    judged = tuple(
        MofJudgement(cid, Status.RELEASED, "MIT", Verdict.OPEN)
        for cid in _CLASS_III
        if cid != "data-card"
    )
    result = mof_result(judged)
    assert result.class_ is None
    assert [(g.component, g.reason) for g in result.lacks["III"]] == [("data-card", "missing")]
    whole = (*judged, MofJudgement("data-card", Status.RELEASED, "MIT", Verdict.OPEN))
    assert mof_result(whole).class_ == "III"


_STATES = (
    (Status.RELEASED, "MIT", Verdict.OPEN),
    (Status.RELEASED, "MIT", Verdict.OPEN),
    (Status.RELEASED, "MIT", Verdict.OPEN),
    (Status.RELEASED, "NONE", Verdict.NOT_OPEN),
    (Status.RELEASED, "LicenseRef-x", Verdict.NOT_OPEN),
    (Status.RELEASED, None, Verdict.NOT_OPEN),
    (Status.NOT_RELEASED, None, Verdict.NOT_OPEN),
    (Status.UNDECLARED, None, Verdict.NOT_OPEN),
)


@given(st.lists(st.sampled_from(_STATES), min_size=len(COMPONENTS), max_size=len(COMPONENTS)))
def test_the_class_alone_is_the_class_of_the_whole_result(states: list[Any]) -> None:
    judged = tuple(
        MofJudgement(cid, status, lic, verdict)
        for cid, (status, lic, verdict) in zip(COMPONENTS, states, strict=True)
    )
    by_id = {j.component: j for j in judged}
    asked: list[str] = []

    def gap_of(cid: str) -> GapReason | None:
        asked.append(cid)
        return by_id[cid].gap

    assert mof_class(gap_of) == mof_result(judged).class_
    # it asks no further than the least open class's first gap that nothing stands in for
    if mof_result(judged).lacks["III"]:
        assert set(asked) <= set(_CLASS_III) | {"research-paper"}


@pytest.mark.parametrize("state", _STATES[3:])
@pytest.mark.parametrize("paper", [_STATES[0], *_STATES[3:]])
@pytest.mark.parametrize("cid", list(COMPONENTS))
def test_the_class_alone_with_one_gap_and_any_paper(cid: str, state: Any, paper: Any) -> None:
    judged = tuple(
        MofJudgement(c, *(state if c == cid else paper if c == "research-paper" else _STATES[0]))
        for c in COMPONENTS
    )
    by_id = {j.component: j for j in judged}
    assert mof_class(lambda c: by_id[c].gap) == mof_result(judged).class_
