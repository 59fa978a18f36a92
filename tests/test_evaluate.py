"""The evaluator: SPEC §4's semantics, OSI's published outcomes, and the report's shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from osaid import AISystem, Report, Verdict, evaluate, load_manifest
from osaid.bulk import strict_problems
from osaid.components import COMPONENTS
from osaid.findings import Clause, Severity, finding
from osaid.policy import OSAID_1_0, LicenseRule, Policy

ROOT = Path(__file__).parent.parent
O, U, N = Verdict.OPEN, Verdict.UNDETERMINED, Verdict.NOT_OPEN

CODE = ["model-architecture", "training-code", "inference-code", "data-preprocessing-code",
        "supporting-libraries"]  # fmt: skip
OPEN_DATA_INFO: dict[str, Any] = {
    "data-information": {
        "provenance": ["data-card"],
        "scope-and-characteristics": ["data-card"],
        "selection": ["data-card"],
        "labeling": "not-applicable",
        "processing-and-filtering": ["data-card"],
    },
    "training-data": [{"name": "Web", "class": "public", "location": "https://example.org/d"}],
}


def system(components: dict[str, Any] | None = None, **extra: Any) -> AISystem:
    """An open system, with ``components`` and ``extra`` replacing its parts."""
    parts: dict[str, Any] = {c: {"location": f"https://example.org/{c}"} for c in CODE}
    parts["model-parameters"] = {"location": "https://example.org/w"}
    parts["data-card"] = {"license": "CC-BY-4.0", "location": "https://example.org/card"}
    for key, value in (components or {}).items():
        if value is None:
            parts.pop(key, None)
        else:
            parts[key] = value
    data = {"manifest-version": 1, "system": {"name": "Test"}, "license": "Apache-2.0",
            "components": parts, **OPEN_DATA_INFO}  # fmt: skip
    data.update(extra)
    return AISystem.model_validate({k: v for k, v in data.items() if v is not None})


def blockers(report: Report) -> set[tuple[str, str]]:
    return {(b.component, b.kind) for b in report.blockers}


def component(report: Report, cid: str) -> Any:
    return next(c for c in report.components if c.id == cid)


def test_a_fully_open_system_is_open_source_ai() -> None:
    report = evaluate(system())
    assert report.verdict is O
    assert report.outcome == "passes"
    assert report.blockers == ()
    assert {e.value: r.verdict for e, r in report.elements.items()} == {
        "data-information": O, "code": O, "parameters": O,
    }  # fmt: skip


def test_an_undeclared_required_component_leaves_its_element_undetermined() -> None:
    report = evaluate(system({"training-code": None}))
    assert report.verdict is U
    assert report.outcome == "undetermined"
    assert blockers(report) == {("training-code", "unknown")}
    assert "component-undeclared" in [f.code for f in component(report, "training-code").findings]


def test_a_withheld_required_component_is_a_missing_blocker() -> None:
    report = evaluate(system({"training-code": {"status": "not-released"}}))
    assert report.elements["code"].verdict is N  # type: ignore[index]
    assert report.outcome == "lacks-components"
    assert blockers(report) == {("training-code", "missing")}


def test_optional_components_never_block() -> None:
    report = evaluate(
        system(
            {
                "evaluation-code": {"status": "not-released"},
                "model-card": {"license": "CC-BY-NC-4.0"},
                "intermediate-parameters": {"license": "llama3.1"},
            }
        )
    )
    assert report.verdict is O
    assert component(report, "model-card").verdict is N
    assert component(report, "intermediate-parameters").verdict is N


def test_supporting_libraries_may_be_declared_not_applicable() -> None:
    report = evaluate(
        system({"supporting-libraries": {"status": "not-applicable", "reason": "none"}})
    )
    assert report.verdict is O
    undeclared = evaluate(system({"supporting-libraries": None}))
    assert undeclared.verdict is U
    codes = [f.code for f in component(undeclared, "supporting-libraries").findings]
    assert "supporting-libraries-if-used" in codes


def test_a_licence_is_inherited_from_the_default_and_reported_as_such() -> None:
    report = evaluate(system())
    assert component(report, "training-code").license == "Apache-2.0"
    assert component(report, "training-code").license_from == "default"
    assert component(report, "data-card").license_from == "component"


def test_a_released_component_with_no_licence_anywhere_is_undetermined() -> None:
    report = evaluate(system(license=None))
    assert report.verdict is U
    assert ("training-code", "unknown") in blockers(report)
    assert "license-absent" in [f.code for f in component(report, "training-code").findings]


def test_weights_under_a_restrictive_licence_would_pass_with_other_licences() -> None:
    report = evaluate(system({"model-parameters": {"license": "llama3.1"}}))
    assert report.verdict is N
    assert report.outcome == "would-pass-with-other-licenses"
    assert blockers(report) == {("model-parameters", "license")}
    blocker = report.blockers[0]
    assert blocker.remedy is not None
    assert "OSI-approved" in blocker.remedy


def test_code_needs_an_osi_approved_licence_where_data_needs_open_terms() -> None:
    report = evaluate(system({"training-code": {"license": "CC-BY-4.0"}}))
    assert blockers(report) == {("training-code", "license")}
    assert evaluate(system({"model-parameters": {"license": "CC-BY-4.0"}})).verdict is O


# --- Data Information -------------------------------------------------------------------------


def test_an_undisclosed_topic_is_missing_and_an_undeclared_one_unknown() -> None:
    info = dict(OPEN_DATA_INFO["data-information"])
    info["selection"] = "undisclosed"
    del info["provenance"]
    report = evaluate(system(**{"data-information": info}))
    assert report.elements["data-information"].verdict is N  # type: ignore[index]
    assert blockers(report) == {
        ("data-information.selection", "missing"),
        ("data-information.provenance", "unknown"),
    }


def test_a_topic_is_open_when_any_of_its_documents_is() -> None:
    info = dict(OPEN_DATA_INFO["data-information"], provenance=["technical-report", "data-card"])
    report = evaluate(
        system({"technical-report": {"status": "not-released"}}, **{"data-information": info})
    )
    assert report.verdict is O


def test_a_topic_documented_only_under_closed_terms_is_a_licence_blocker() -> None:
    report = evaluate(system({"data-card": {"license": "CC-BY-NC-4.0"}}))
    assert report.outcome == "would-pass-with-other-licenses"
    assert ("data-information.provenance", "license") in blockers(report)


def test_a_url_counts_under_the_default_licence() -> None:
    info = dict(OPEN_DATA_INFO["data-information"], provenance=["https://example.org/paper"])
    report = evaluate(system(**{"data-information": info}))
    assert report.verdict is O
    notes = report.elements["data-information"].findings  # type: ignore[index]
    assert any(f.code == "url-documentation-license" and f.interpretation for f in notes)
    no_default = evaluate(system(license=None, **{"data-information": info}))
    assert ("data-information.provenance", "unknown") in blockers(no_default)


def test_code_cited_as_documentation_is_judged_as_documentation() -> None:
    info = dict(
        OPEN_DATA_INFO["data-information"],
        **{"processing-and-filtering": ["data-preprocessing-code"]},
    )
    report = evaluate(
        system({"data-preprocessing-code": {"license": "CC-BY-4.0"}}, **{"data-information": info})
    )
    assert ("data-preprocessing-code", "license") in blockers(report)
    assert ("data-information.processing-and-filtering", "license") not in blockers(report)


@pytest.mark.parametrize(
    ("parts", "verdict"),
    [
        ({"datasets": {"license": "CC0-1.0", "location": "https://x.org/d"}}, O),
        ({"datasets": {"license": "CC0-1.0"}}, U),
        ({"datasets": {"license": "CC0-1.0", "notes": "patient records: what, how, whom"}}, O),
        ({"data-card": {"license": "CC-BY-4.0"}, "research-paper": {"license": "CC-BY-4.0"}}, O),
        ({"data-card": {"license": "CC-BY-4.0"}, "technical-report": {"license": "CC0-1.0"}}, O),
        ({"data-card": {"license": "CC-BY-4.0"}}, U),
        (
            {
                "data-card": {"license": "CC-BY-4.0"},
                "research-paper": {"status": "not-released"},
                "technical-report": {"status": "not-released"},
                "datasets": {"status": "not-released"},
            },
            N,
        ),
        ({"datasets": {"license": "CC-BY-NC-4.0"}, "data-card": {"status": "not-released"}}, N),
    ],
)
def test_without_a_topic_map_the_checklist_fallback_applies(
    parts: dict[str, Any], verdict: Verdict
) -> None:
    components = {"data-card": None, **parts}
    report = evaluate(system(components, **{"data-information": None}))
    assert report.elements["data-information"].verdict is verdict  # type: ignore[index]
    notes = report.elements["data-information"].findings  # type: ignore[index]
    assert notes[0].code == "data-information-checklist-fallback"
    assert notes[0].interpretation


@pytest.mark.parametrize(
    ("data_set", "blocker"),
    [
        ({"name": "A", "class": "public"}, ("training-data[0]", "missing")),
        ({"name": "A", "class": "obtainable"}, ("training-data[0]", "missing")),
        (
            {"name": "A", "class": "open", "location": "https://x.org"},
            ("training-data[0]", "unknown"),
        ),
        (
            {"name": "A", "class": "open", "location": "https://x.org", "license": "CC-BY-NC-4.0"},
            ("training-data[0]", "license"),
        ),
        ({"name": "A", "class": "unshareable"}, ("training-data[0]", "missing")),
        ({"name": "A", "class": "open", "license": "CC0-1.0"}, ("training-data[0]", "missing")),
        (
            {"name": "A", "class": "open", "location": "https://x.org", "license": "LicenseRef-x"},
            ("training-data[0]", "unknown"),
        ),
    ],
)
def test_each_class_of_training_data_has_its_obligation(
    data_set: dict[str, Any], blocker: tuple[str, str]
) -> None:
    report = evaluate(system(**{"training-data": [data_set]}))
    assert blockers(report) == {blocker}
    # what is unknown leaves Data Information undetermined; what is missing or closed, not open
    expected = U if blocker[1] == "unknown" else N
    assert report.elements["data-information"].verdict is expected  # type: ignore[index]


@pytest.mark.parametrize(
    "data_set",
    [
        {"name": "A", "class": "public", "location": "https://x.org"},
        {"name": "A", "class": "obtainable", "location": "https://x.org"},
        {"name": "A", "class": "open", "location": "https://x.org", "license": "ODbL-1.0"},
        {"name": "A", "class": "unshareable", "description": "patient records, described"},
    ],
)
def test_every_class_of_training_data_is_allowed(data_set: dict[str, Any]) -> None:
    assert evaluate(system(**{"training-data": [data_set]})).verdict is O


def test_training_data_undisclosed_is_missing_and_absent_is_unknown() -> None:
    assert blockers(evaluate(system(**{"training-data": "undisclosed"}))) == {
        ("training-data", "missing")
    }
    assert blockers(evaluate(system(**{"training-data": None}))) == {("training-data", "unknown")}
    located = {"license": "CC0-1.0", "location": "https://x.org/d"}
    released = evaluate(system({"datasets": located}, **{"training-data": None}))
    assert released.verdict is O
    notes = released.elements["data-information"].findings  # type: ignore[index]
    assert any(f.code == "training-data-from-datasets" for f in notes)


def test_a_datasets_component_that_cannot_be_followed_is_no_evidence() -> None:
    # an open licence on data nobody can find says nothing about what the system learnt from
    unlocated = {"datasets": {"license": "CC0-1.0"}, "data-card": {"status": "not-released"}}
    report = evaluate(system(unlocated, **{"training-data": None, "data-information": None}))
    assert report.verdict is N
    assert ("datasets", "missing") in blockers(report)
    assert ("training-data", "unknown") in blockers(report)
    assert component(report, "datasets").verdict is O  # as a component its licence is open


# --- policies, MOF, purity, shape -------------------------------------------------------------


def test_the_mof_policy_has_no_undetermined() -> None:
    report = evaluate(system({"model-parameters": {"license": "LicenseRef-custom"}}), "mof-1.0")
    assert report.policy.name == "mof-1.0"
    assert component(report, "model-parameters").verdict is N


def test_mof_class_is_computed_for_every_report() -> None:
    every = {cid: {"location": f"https://example.org/{cid}"} for cid in COMPONENTS}
    report = evaluate(system(every))
    assert report.mof.class_ == "I"
    assert all(gaps == () for gaps in report.mof.lacks.values())
    missing_results = evaluate(system({**every, "evaluation-results": None}))
    assert missing_results.mof.class_ is None
    assert [g.component for g in missing_results.mof.lacks["III"]] == ["evaluation-results"]


def test_evaluate_is_pure_and_deterministic() -> None:
    s = system({"model-parameters": {"license": "llama3.1"}})
    before = s.model_dump()
    first, second = evaluate(s), evaluate(s)
    assert first == second
    assert first.model_dump(mode="json") == second.model_dump(mode="json")
    assert s.model_dump() == before


def test_the_json_report_has_the_stable_keys() -> None:
    doc = evaluate(system({"model-parameters": {"license": "llama3.1"}})).model_dump(mode="json")
    assert {"report-version", "osaid-version", "subject", "verdict", "elements", "components",
            "blockers", "mof", "policy"} <= doc.keys()  # fmt: skip
    assert doc["verdict"] == "not-open"
    assert set(doc["elements"]) == {"data-information", "code", "parameters"}
    assert {"id", "element", "status", "license", "verdict", "findings"} <= doc["components"][
        0
    ].keys()
    assert doc["blockers"][0].keys() >= {"kind", "component", "message"}
    assert doc["mof"].keys() >= {"class", "lacks"}
    assert doc["policy"]["spdx-license-list-version"] >= "3.29.0"
    finding = doc["components"][1]["findings"][-1]
    assert finding.keys() >= {"code", "message", "clause", "freedoms", "remedy", "interpretation"}


def test_unknown_policy_name_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown policy"):
        evaluate(system(), "osaid-2.0")


# --- real systems -----------------------------------------------------------------------------

OSI_OUTCOMES = {
    # passed OSI's validation phase
    "examples/pythia.osaid.yaml": "passes",
    "examples/olmo.osaid.json": "passes",
    "tests/fixtures/osi/amber.yaml": "passes",
    "tests/fixtures/osi/crystalcoder.yaml": "passes",
    "tests/fixtures/osi/t5.yaml": "passes",
    # would probably pass if they changed their licences
    "examples/starcoder2.osaid.yaml": "would-pass-with-other-licenses",
    "tests/fixtures/osi/bloom.yaml": "would-pass-with-other-licenses",
    "tests/fixtures/osi/falcon-180b.yaml": "would-pass-with-other-licenses",
    # lack required components and/or have incompatible terms
    "examples/llama-2.osaid.toml": "lacks-components",
    "examples/phi-2.osaid.yaml": "lacks-components",
    "tests/fixtures/osi/grok-1.yaml": "lacks-components",
    "tests/fixtures/osi/mixtral.yaml": "lacks-components",
}


@pytest.mark.parametrize(("path", "outcome"), OSI_OUTCOMES.items())
def test_osi_validation_outcomes_are_reproduced(path: str, outcome: str) -> None:
    report = evaluate(load_manifest(ROOT / path))
    assert report.outcome == outcome
    assert (report.verdict is O) == (outcome == "passes")


def test_every_example_is_checked() -> None:
    examples = {f"examples/{p.name}" for p in (ROOT / "examples").glob("*.osaid.*")}
    assert examples <= OSI_OUTCOMES.keys()


def test_starcoder2_is_blocked_only_by_its_weights_licence() -> None:
    report = evaluate(load_manifest(ROOT / "examples/starcoder2.osaid.yaml"))
    assert blockers(report) == {("model-parameters", "license")}
    assert report.blockers[0].message.startswith("LicenseRef-bigcode-openrail-m")


def test_phi_2_lacks_its_training_code_and_data_information() -> None:
    report = evaluate(load_manifest(ROOT / "examples/phi-2.osaid.yaml"))
    assert report.elements["parameters"].verdict is O  # type: ignore[index]
    assert {("training-code", "missing"), ("data-preprocessing-code", "missing"),
            ("training-data", "missing"), ("data-information.provenance", "missing")} <= blockers(
        report)  # fmt: skip
    assert all(b.kind == "missing" for b in report.blockers)


# --- partial releases and lineage -------------------------------------------------------------


def test_a_partially_released_component_is_missing() -> None:
    report = evaluate(system({"training-code": {"status": "partially-released", "notes": "no RL"}}))
    assert report.verdict is N
    assert ("training-code", "missing") in blockers(report)
    assert report.outcome == "lacks-components"
    found = component(report, "training-code").findings
    assert [f.code for f in found] == ["component-partially-released"]


def test_a_base_model_whose_openness_is_unknown_leaves_data_information_undetermined() -> None:
    tuned = system(system={"name": "Tuned", "base-model": "Base-7B"})
    report = evaluate(tuned)
    assert report.elements["data-information"].verdict is U  # type: ignore[index]
    assert ("system.base-model", "unknown") in blockers(report)
    notes = report.elements["data-information"].findings  # type: ignore[index]
    assert any(f.code == "base-model-data-information" and f.interpretation for f in notes)


def test_a_base_model_report_joins_its_data_information() -> None:
    tuned = system(system={"name": "Tuned", "base-model": {"name": "Base", "manifest": "b.yaml"}})
    open_base = evaluate(system(system={"name": "Base"}))
    assert evaluate(tuned, base_model=open_base).verdict is O
    closed_base = evaluate(system(system={"name": "Base"}, **{"training-data": "undisclosed"}))
    report = evaluate(tuned, base_model=closed_base)
    assert report.elements["data-information"].verdict is N  # type: ignore[index]
    assert ("base-model:training-data", "missing") in blockers(report)
    assert report.outcome == "lacks-components"


def test_a_reports_licences_are_those_its_components_show() -> None:
    for path in (ROOT / "examples").glob("*.osaid.*"):
        report = evaluate(load_manifest(path))
        shown = tuple(c.license for c in report.components if c.license and c.element)
        assert report.licenses == shown


# --- outcomes, blocker kinds and severities: what a user acts on ------------------------------


@pytest.mark.parametrize(
    ("parts", "policy", "outcome", "found"),
    [
        # closed terms on one component, unknown terms on another: no licence swap is enough
        (
            {"model-parameters": {"license": "llama3.1"}, "training-code": {"license": "LR-x"}},
            None,
            "licenses-not-open",
            {("model-parameters", "license"), ("training-code", "unknown")},
        ),
        # NONE grants nothing: a licence would fix it
        (
            {"model-parameters": {"license": "NONE"}},
            None,
            "would-pass-with-other-licenses",
            {("model-parameters", "license")},
        ),
        # mof-1.0 counts what is not known as not open, but it stays unknown
        (
            {"model-parameters": {"license": "NOASSERTION"}},
            "mof-1.0",
            "licenses-not-open",
            {("model-parameters", "unknown")},
        ),
        (
            {"model-parameters": {"license": "LR-x"}},
            "mof-1.0",
            "licenses-not-open",
            {("model-parameters", "unknown")},
        ),
        (
            {"model-parameters": {"license": "LR-x"}},
            None,
            "undetermined",
            {("model-parameters", "unknown")},
        ),
        # an unknown exception does not make closed terms unknown
        (
            {"model-parameters": {"license": "CC-BY-NC-4.0 WITH LR-x"}},
            None,
            "would-pass-with-other-licenses",
            {("model-parameters", "license")},
        ),
    ],
)
def test_the_outcome_follows_the_verdict_and_the_kinds_of_blocker(
    parts: dict[str, Any], policy: str | None, outcome: str, found: set[tuple[str, str]]
) -> None:
    for entry in parts.values():
        entry["license"] = entry["license"].replace("LR-x", "LicenseRef-x")
    report = evaluate(system(parts), policy)
    assert (report.outcome, blockers(report)) == (outcome, found)
    assert report.verdict is (U if outcome == "undetermined" else N)


def test_the_documented_example_has_licences_that_are_not_open() -> None:
    report = evaluate(
        AISystem.model_validate(
            {
                "manifest-version": 1,
                "system": {"name": "Tiny"},
                "components": {"model-parameters": {"license": "llama3.1"}},
            }
        )
    )
    assert (report.verdict, report.outcome) == (N, "licenses-not-open")
    assert ("model-parameters", "license") in blockers(report)
    assert {kind for _, kind in blockers(report)} == {"license", "unknown"}


def test_a_policy_rule_decides_the_outcome() -> None:
    banned = Policy(
        name="no-mit",
        description="test",
        sets=OSAID_1_0.sets,
        unknown=U,
        rules=(LicenseRule("MIT", N, "not here"),),
    )
    report = evaluate(system({"model-parameters": {"license": "MIT"}}), banned)
    assert report.outcome == "would-pass-with-other-licenses"
    assert blockers(report) == {("model-parameters", "license")}
    allowed = Policy(
        name="house",
        description="test",
        sets=OSAID_1_0.sets,
        unknown=U,
        rules=(LicenseRule("LicenseRef-house", O, "reviewed"),),
    )
    house = {"license": "LicenseRef-house", "location": "https://example.org/w"}
    report = evaluate(system({"model-parameters": house}), allowed)
    assert report.outcome == "passes"
    assert strict_problems(report) == ()


def test_a_not_applicable_component_is_open_whatever_the_default_licence() -> None:
    own = {"license": "Apache-2.0", "location": "https://example.org/c"}
    parts: dict[str, Any] = dict.fromkeys(CODE, own) | {"model-parameters": own}
    parts["supporting-libraries"] = {"status": "not-applicable", "reason": "none used"}
    report = evaluate(system(parts, license="CC-BY-NC-4.0"))
    assert report.elements["code"].verdict is O  # type: ignore[index]
    libraries = component(report, "supporting-libraries")
    assert libraries.verdict is O
    assert [(f.code, f.severity.value, f.message) for f in libraries.findings] == [
        ("component-not-applicable", "info", "supporting-libraries does not apply to this system")
    ]
    assert report.verdict is O


def test_optional_components_withheld_or_unlocated_raise_no_warning() -> None:
    report = evaluate(
        system(
            {
                "evaluation-code": {"status": "not-released"},
                "sample-outputs": {"status": "partially-released"},
                "model-card": {"license": "CC-BY-4.0"},
            }
        )
    )
    assert report.outcome == "passes"
    severities = {
        cid: [(f.code, f.severity.value) for f in component(report, cid).findings]
        for cid in ("evaluation-code", "sample-outputs", "model-card", "evaluation-results")
    }
    assert severities == {
        "evaluation-code": [("component-not-released", "info")],
        "sample-outputs": [("component-partially-released", "info")],
        "model-card": [
            ("license-open-terms", "info"),
            ("component-location-missing", "info"),
            ("optional-component-framework", "info"),
        ],
        "evaluation-results": [("component-undeclared", "info")],
    }
    # only the missing location is left for --strict to fail on
    assert strict_problems(report) == (
        "model-card: model-card is released, but the manifest does not say where it can be "
        "had (fix: add the location of model-card)",
    )


def test_required_components_withheld_or_unlicensed_are_errors_and_warnings() -> None:
    report = evaluate(
        system({"training-code": {"status": "not-released"}, "inference-code": {}}, license=None)
    )
    found = {
        cid: [(f.code, f.severity.value) for f in component(report, cid).findings]
        for cid in ("training-code", "inference-code")
    }
    assert found["training-code"] == [("component-not-released", "error")]
    assert found["inference-code"] == [("license-absent", "warning")]


def test_open_parameters_under_open_terms_leave_nothing_for_strict() -> None:
    report = evaluate(system({"model-parameters": {"license": "OpenMDW-1.0", "location": "x"}}))
    assert report.outcome == "passes"
    assert [(f.code, f.severity.value) for f in component(report, "model-parameters").findings] == [
        ("license-open-terms", "info")
    ]
    assert strict_problems(report) == ()


def test_each_blocker_says_what_is_wrong_and_what_to_do() -> None:
    report = evaluate(
        system(
            {
                "training-code": {"status": "not-released", "notes": "kept in-house"},
                "inference-code": {"status": "partially-released", "notes": "no server"},
                "data-preprocessing-code": {"status": "not-released"},
                "supporting-libraries": None,
                "model-architecture": {"license": "llama3.1"},
                "model-parameters": {"license": "MIT WITH LicenseRef-x"},
            }
        )
    )
    said = {b.component: (b.message, b.remedy) for b in report.blockers}
    assert said == {
        "training-code": ("training-code is not released (kept in-house)", "release training-code"),
        "inference-code": (
            "inference-code is only partly released: the definition asks for it complete "
            "(no server)",
            "release all of inference-code",
        ),
        "data-preprocessing-code": (
            "data-preprocessing-code is not released",
            "release data-preprocessing-code",
        ),
        "supporting-libraries": (
            "nothing is declared about supporting-libraries: it is required if used; declare "
            "it not-applicable if none is",
            "declare supporting-libraries: released (with its licence and location) or "
            "not-released",
        ),
        # the most severe finding explains a licence, and the first remedy offered fixes it
        "model-architecture": (
            component(report, "model-architecture").findings[1].message,
            "model-architecture: relicense it under an OSI-approved licence such as "
            "Apache-2.0 or MIT",
        ),
        "model-parameters": (
            "LicenseRef-x is not on the SPDX exceptions list: what it adds or removes is not known",
            None,
        ),
    }
    assert [f.severity.value for f in component(report, "model-architecture").findings][:2] == [
        "info",
        "error",
    ]
    unlicensed = evaluate(system({"training-code": None, "inference-code": {}}, license=None))
    said = {b.component: (b.message, b.remedy) for b in unlicensed.blockers}
    assert said["training-code"] == (
        "nothing is declared about training-code",
        "declare training-code: released (with its licence and location) or not-released",
    )
    assert said["inference-code"] == (
        "inference-code is released, but no licence is declared for it",
        "give inference-code a licence, or the manifest a default licence",
    )


def test_data_information_findings_name_their_place_severity_clause_and_fix() -> None:
    info = {
        "scope-and-characteristics": "undisclosed",
        "selection": ["data-preprocessing-code"],
        "labeling": ["https://example.org/labels"],
        "processing-and-filtering": ["datasets", "technical-report"],
    }
    sets = [
        {"name": "A", "class": "public"},
        {"name": "B", "class": "unshareable"},
        {"name": "C", "class": "open", "location": "https://x.org/c"},
        {"name": "D", "class": "open", "location": "https://x.org/d", "license": "CC-BY-NC-4.0"},
        {"name": "E", "class": "obtainable", "location": "https://x.org/e"},
    ]
    parts = {"datasets": {"license": "CC0-1.0"}, "technical-report": {"license": "CC-BY-NC-4.0"}}
    report = evaluate(system(parts, **{"data-information": info, "training-data": sets}))
    di = report.elements["data-information"]  # type: ignore[index]
    assert di.verdict is N
    assert [
        (f.code, f.severity.value, f.component, f.clause.name if f.clause else None,
         tuple(x.value for x in f.freedoms), f.interpretation)
        for f in di.findings
    ] == [
        ("data-information-topic-undocumented", "warning", "data-information.provenance",
         "DATA_INFORMATION_DESCRIPTION", (), False),
        ("data-information-topic-undisclosed", "error",
         "data-information.scope-and-characteristics", "DATA_INFORMATION_DESCRIPTION",
         ("study", "modify"), False),
        ("code-cited-as-documentation", "info", "data-preprocessing-code", "DATA_INFORMATION",
         (), True),
        ("url-documentation-license", "info", "data-information.labeling", "DATA_INFORMATION",
         (), True),
        ("evidence-followable", "info", "datasets", "DATA_INFORMATION_PUBLIC", (), True),
        ("training-data-location-missing", "error", "training-data[0]",
         "DATA_INFORMATION_PUBLIC", (), False),
        ("training-data-description-missing", "error", "training-data[1]", "DATA_CLASSES", (),
         False),
        ("training-data-license-absent", "warning", "training-data[2]", "DATA_CLASSES", (),
         False),
        ("data-information-terms-not-open", "error", "training-data[3]", "DATA_INFORMATION", (),
         False),
    ]  # fmt: skip
    assert di.findings[3].message == (
        "https://example.org/labels counts under the manifest's default licence (Apache-2.0)"
    )
    assert [(b.kind, b.component, b.message, b.remedy) for b in report.blockers] == [
        ("unknown", "data-information.provenance",
         "the manifest does not say where provenance is documented",
         "list what documents provenance under data-information"),
        ("missing", "data-information.scope-and-characteristics",
         "scope-and-characteristics of the training data is not disclosed",
         "document the scope-and-characteristics of the training data"),
        ("missing", "data-information.processing-and-filtering",
         "processing-and-filtering is documented only by what is not open: datasets is released "
         "without a location: data that cannot be found is no evidence of what the system was "
         "trained on",
         "add the location of the datasets (or, for data that cannot be shared, notes that "
         "describe it)"),
        ("missing", "training-data[0]",
         "training data set 'A' (public) has no location: the definition asks where to obtain it",
         "add the location of A"),
        ("missing", "training-data[1]",
         "training data set 'B' (unshareable) has no description: unshareable data must be "
         "described in detail",
         "describe B: what it is, how it was collected, its characteristics"),
        ("unknown", "training-data[2]",
         "training data set 'C' (open) is said to be open, but no licence is given",
         "give the licence of C, or class it as public or obtainable"),
        ("license", "training-data[3]",
         "training data set 'D' (open) is under CC-BY-NC-4.0, which is not-open",
         "share D under open terms, or class it as public or obtainable"),
    ]  # fmt: skip


def said(report: Report) -> list[tuple[str, str, str, str | None]]:
    return [(b.kind, b.component, b.message, b.remedy) for b in report.blockers]


def test_a_url_under_a_closed_default_licence_documents_nothing() -> None:
    info = dict(OPEN_DATA_INFO["data-information"], provenance=["https://example.org/paper"])
    report = evaluate(system(license="CC-BY-NC-4.0", **{"data-information": info}))
    assert said(report)[0] == (
        "license",
        "data-information.provenance",
        "provenance is documented only by what is not open: https://example.org/paper is under "
        "CC-BY-NC-4.0, which is not-open for documentation",
        "publish the documentation under open terms such as CC-BY-4.0",
    )
    unknown = evaluate(system(license="LicenseRef-x", **{"data-information": info}))
    assert unknown.elements["data-information"].verdict is U  # type: ignore[index]
    assert said(unknown)[0] == (
        "unknown",
        "data-information.provenance",
        "provenance is documented only by what is not open: https://example.org/paper is under "
        "LicenseRef-x, which is undetermined for documentation",
        "publish the documentation under open terms such as CC-BY-4.0",
    )
    no_default = evaluate(system(license=None, **{"data-information": info}))
    assert no_default.elements["data-information"].verdict is U  # type: ignore[index]
    assert said(no_default)[0] == (
        "unknown",
        "data-information.provenance",
        "provenance is documented only by what is not open: https://example.org/paper carries "
        "no licence and the manifest has no default",
        "give the manifest a default licence that covers the documentation",
    )


def test_the_fallback_names_each_component_it_lacks() -> None:
    parts = {"datasets": {"license": "CC0-1.0"}, "data-card": None}
    report = evaluate(system(parts, **{"training-data": None, "data-information": None}))
    di = report.elements["data-information"]  # type: ignore[index]
    assert di.verdict is U
    assert [(f.code, f.severity.value, f.component, f.interpretation) for f in di.findings] == [
        ("data-information-checklist-fallback", "info", "data-information", True),
        ("evidence-followable", "info", "datasets", True),
        ("training-data-undeclared", "warning", "training-data", False),
    ]
    assert di.findings[0].message == (
        "data-information is not mapped topic by topic: item (1) is judged as datasets OR "
        "(data-card AND (research-paper OR technical-report)), under open terms"
    )
    assert [(kind, where) for kind, where, _, _ in said(report)] == [
        ("missing", "datasets"),
        ("unknown", "data-card"),
        ("unknown", "research-paper"),
        ("unknown", "technical-report"),
        ("unknown", "training-data"),
    ]
    assert said(report)[-1][2:] == (
        "the manifest does not list the training data sets, and the datasets component gives "
        "no location to obtain them",
        "list every training data set under training-data (or write: undisclosed)",
    )
    # documented after all: the fallback is satisfied and blocks nothing
    located = {"datasets": {"license": "CC0-1.0", "location": "https://x.org/d"}}
    report = evaluate(system(located, **{"data-information": None}))
    assert (report.verdict, report.blockers) == (O, ())


def test_a_base_model_s_blockers_are_named_as_its_own() -> None:
    tuned = system(system={"name": "Tuned", "base-model": {"name": "Base", "manifest": "b.yaml"}})
    closed = evaluate(
        system(
            {"training-code": {"status": "not-released"}},
            system={"name": "Base"},
            **{"training-data": "undisclosed"},
        )
    )
    report = evaluate(tuned, base_model=closed)
    # only the base model's Data Information is this release's; its code is its own business
    assert said(report) == [
        (
            "missing",
            "base-model:training-data",
            "base model Base: the training data sets are not listed",
            "list every training data set with its class and where to obtain it",
        )
    ]
    (note,) = report.elements["data-information"].findings  # type: ignore[index]
    assert (note.code, note.component) == ("base-model-data-information", "system.base-model")
    assert note.message == (
        "the base model Base's Data Information is part of this release's: it is not-open"
    )
    unknown = evaluate(system(system={"name": "Tuned", "base-model": "Base-7B"}))
    (note,) = unknown.elements["data-information"].findings  # type: ignore[index]
    assert (note.code, note.component, note.interpretation) == (
        "base-model-data-information",
        "system.base-model",
        True,
    )
    assert said(unknown) == [
        (
            "unknown",
            "system.base-model",
            "the base model Base-7B is declared, but its openness is not established: its "
            "training data is part of this release's",
            "give the base model's own manifest (system.base-model.manifest)",
        )
    ]


@pytest.mark.parametrize(
    ("access", "accessibility"),
    [
        (None, "not declared"),
        ({"gated": False, "registration": False, "fee": False}, "open download"),
        ({"gated": False}, "open download (not declared: registration, fee)"),
        ({"gated": True, "fee": None}, "gated download"),
        ({"gated": False, "registration": True, "fee": True}, "registration, fee"),
        ({"gated": True, "approval": "manual"}, "gated download (manual approval)"),
        (
            {"approval": "automatic", "registration": True},
            "gated download (automatic approval), registration",
        ),
    ],
)
def test_the_profile_says_how_the_release_can_be_had(
    access: dict[str, Any] | None, accessibility: str
) -> None:
    assert evaluate(system(access=access)).profile.accessibility == accessibility


def test_the_profile_sums_up_modification_transparency_and_licensing() -> None:
    info = dict(OPEN_DATA_INFO["data-information"], selection="undisclosed")
    del info["provenance"]
    parts = {
        "model-parameters": {"license": "llama3.1"},
        "model-card": {"license": "CC-BY-4.0"},  # optional: not part of the licensing
        "training-code": {"status": "not-released", "license": "MIT"},
    }
    profile = evaluate(system(parts, **{"data-information": info})).profile
    assert profile.modification == (
        "code not-open, parameters not-open; the licences allow modification: yes"
    )
    # labeling is not-applicable: documented; selection undisclosed and provenance silent: not
    assert profile.transparency == "data information not-open: 3 of 5 topics documented"
    assert profile.licensing == "Apache-2.0, LicenseRef-llama3.1"
    fallback = evaluate(system(license=None, **{"data-information": None})).profile
    assert fallback.transparency == (
        "data information undetermined (judged from the data components: no topic map)"
    )
    assert fallback.licensing == "no licence declared for required components"


def test_an_unbacked_claim_lists_its_gaps_licences_first() -> None:
    parts = {
        "model-parameters": {"license": "llama3.1"},
        "training-code": {"status": "not-released"},
        "inference-code": None,
        "datasets": {"status": "not-released"},
    }
    claims = ["open-source-ai", {"claim": "open-data", "where": "README.md:3"}, "open-weights"]
    report = evaluate(system(parts, claims=claims))
    assert [(c.claim, c.where, c.backed) for c in report.claims] == [
        ("open-source-ai", None, N),
        ("open-data", "README.md:3", N),
        ("open-weights", None, N),
    ]
    washing = [f for f in report.findings if f.code == "openwashing"]
    assert [(f.component, f.severity.value, f.clause.name, f.interpretation) for f in washing] == [  # type: ignore[union-attr]
        ("claims[0]", "error", "FREEDOMS", True),
        ("claims[1]", "error", "FREEDOMS", True),
        ("claims[2]", "error", "FREEDOMS", True),
    ]
    assert washing[0].message == (
        "the release claims 'open-source-ai', meaning the system is Open Source AI, but the "
        "evidence is not-open: model-parameters (license); training-code (missing); "
        "inference-code (unknown)"
    )
    # a component a claim rests on, with no blocker of its own, is named with its verdict
    assert washing[1].message.startswith("the release claims 'open-data' (README.md:3), ")
    assert washing[1].message.endswith(": datasets (not-open)")
    assert washing[2].message.endswith("evidence is not-open: model-parameters (license)")
    assert washing[2].remedy is not None
    assert washing[2].remedy.startswith("withdraw the claim 'open-weights', or release")


def test_a_claim_the_evidence_leaves_undetermined_is_a_warning() -> None:
    report = evaluate(system(claims=["open-data", "open-source-ai"]))
    assert [(c.claim, c.backed) for c in report.claims] == [
        ("open-data", U),
        ("open-source-ai", O),
    ]
    assert report.claims[1].message == (
        "the claim 'open-source-ai' is backed: the system is Open Source AI"
    )
    (washing,) = [f for f in report.findings if f.code == "openwashing"]
    assert (washing.component, washing.severity.value) == ("claims[0]", "warning")
    assert washing.message.endswith("evidence is undetermined: datasets (undetermined)")
    assert evaluate(system()).claims == ()


def test_each_component_result_says_where_its_licence_comes_from() -> None:
    parts = {
        "training-code": {"license": "mit"},
        "inference-code": {"status": "not-released", "license": "gpl-3.0"},
        "evaluation-code": {"license": "MIT"},
    }
    report = evaluate(system(parts, license=None))
    rows = {
        c.id: (c.element, c.required, c.status.value, c.license, c.license_from, c.verdict)
        for c in report.components
    }
    assert rows["training-code"] == ("code", True, "released", "MIT", "component", O)
    # a withheld component keeps the licence as written: it is not assessed
    assert rows["inference-code"] == ("code", True, "not-released", "gpl-3.0", "component", N)
    assert rows["evaluation-code"] == (None, False, "released", "MIT", "component", O)
    assert rows["model-architecture"] == ("code", True, "released", None, None, U)
    assert rows["supporting-libraries"][1] is True  # required if used
    assert rows["data-card"][1] is False  # Data Information decides, not the component list
    assert [c.id for c in report.components] == list(COMPONENTS)


def test_permissions_come_from_the_licences_of_released_required_components() -> None:
    def modification(parts: dict[str, Any]) -> str:
        report = evaluate(system(parts))
        answer = next(p.answer for p in report.permissions if p.question == "modification")
        assert report.profile.modification.endswith(f"allow modification: {answer}")
        return answer

    no_derivatives = {"license": "CC-BY-ND-4.0"}
    assert modification({}) == "yes"
    assert modification({"training-code": no_derivatives}) == "no"
    # an optional component, or one that is withheld, grants nothing to the release
    assert modification({"model-card": no_derivatives}) == "yes"
    assert modification({"training-code": {"status": "not-released", **no_derivatives}}) == "yes"


def test_withheld_data_sets_are_missing_not_unfollowable() -> None:
    for entry, message in (
        ({"status": "not-released"}, "datasets is not released"),
        (
            {"status": "partially-released", "notes": "half"},
            "datasets is only partly released: the definition asks for it complete (half)",
        ),
    ):
        parts = {"datasets": entry, "data-card": None}
        report = evaluate(system(parts, **{"training-data": None, "data-information": None}))
        assert said(report)[0][:3] == ("missing", "datasets", message)
        assert said(report)[-1][2] == "the manifest does not list the training data sets"
        notes = report.elements["data-information"].findings  # type: ignore[index]
        assert "evidence-followable" not in {f.code for f in notes}


def test_the_report_names_its_subject() -> None:
    about = {"name": "T", "version": "1.0", "producer": "Acme", "url": "https://acme.example/t"}
    subject = evaluate(system(system=about)).subject
    assert (subject.name, subject.version, subject.producer, subject.url) == tuple(about.values())


def test_findings_about_the_source_document_come_first() -> None:
    report = evaluate(system(claims=["open-data"]))
    note = finding("hf-card-note", Severity.INFO, "read from a model card")
    noted = report.with_findings((note,))
    assert noted.findings == (note, *report.findings)
    assert (noted.verdict, noted.blockers) == (report.verdict, report.blockers)
    assert report.findings[0].code == "openwashing"


def test_a_topic_nobody_documented_leaves_data_information_undetermined() -> None:
    info = dict(OPEN_DATA_INFO["data-information"])
    del info["selection"]
    report = evaluate(system(**{"data-information": info}))
    assert report.elements["data-information"].verdict is U  # type: ignore[index]
    assert (report.verdict, report.outcome) == (U, "undetermined")
    assert blockers(report) == {("data-information.selection", "unknown")}


def test_training_data_findings_say_what_the_listing_lacks() -> None:
    def notes(**extra: Any) -> list[tuple[Any, ...]]:
        report = evaluate(system(**extra))
        return [
            (f.code, f.severity.value, f.component, f.clause.name,
             tuple(x.value for x in f.freedoms), f.interpretation)
            for f in report.elements["data-information"].findings  # type: ignore[index]
        ]  # fmt: skip

    assert notes(**{"training-data": "undisclosed"}) == [
        ("training-data-undisclosed", "error", "training-data", "DATA_INFORMATION_PUBLIC",
         ("study", "modify"), False),
    ]  # fmt: skip
    assert notes(**{"training-data": None}) == [
        ("training-data-undeclared", "warning", "training-data", "DATA_INFORMATION_PUBLIC", (),
         False),
    ]  # fmt: skip
    located = {"license": "CC0-1.0", "location": "https://x.org/d"}
    report = evaluate(system({"datasets": located}, **{"training-data": None}))
    assert [
        (f.code, f.severity.value, f.component, f.interpretation)
        for f in report.elements["data-information"].findings  # type: ignore[index]
    ] == [("training-data-from-datasets", "info", "training-data", True)]


@pytest.mark.parametrize(
    ("data_class", "clause"),
    [
        ("public", Clause.DATA_INFORMATION_PUBLIC),
        ("obtainable", Clause.DATA_INFORMATION_OBTAINABLE),
        ("open", Clause.DATA_CLASSES),
    ],
)
def test_a_data_set_without_a_location_cites_the_clause_of_its_class(
    data_class: str, clause: Clause
) -> None:
    data_set = {"name": "A", "class": data_class, "license": "CC0-1.0"}
    report = evaluate(system(**{"training-data": [data_set]}))
    f = report.elements["data-information"].findings[0]  # type: ignore[index]
    assert (f.code, f.severity.value, f.clause) == (
        "training-data-location-missing",
        "error",
        clause,
    )
    assert f.message == (
        f"training data set 'A' ({data_class}) has no location: the definition asks where to "
        "obtain it"
    )


def test_a_claim_names_each_gap_once_missing_before_unknown() -> None:
    info = dict(OPEN_DATA_INFO["data-information"])
    del info["selection"]
    report = evaluate(
        system(
            {"training-code": {"status": "not-released"}},
            claims=["open-source-model"],
            **{"data-information": info},
        )
    )
    (washing,) = [f for f in report.findings if f.code == "openwashing"]
    assert washing.message.endswith(
        "the evidence is not-open: training-code (missing); data-information.selection (unknown)"
    )


def test_a_component_s_findings_are_about_that_component() -> None:
    report = evaluate(system({"model-parameters": {"license": "llama3.1"}}))
    found = component(report, "model-parameters").findings
    assert [f.code for f in found] == [
        "license-normalized",
        "parameters-acceptable-use-policy",
        "component-location-missing",
    ]
    assert {f.component for f in found} == {"model-parameters"}
    withheld = evaluate(system({"training-code": {"status": "not-released"}}))
    (f,) = component(withheld, "training-code").findings
    assert (f.component, [x.value for x in f.freedoms]) == ("training-code", ["study", "modify"])


# --- gated downloads (definition.GATES) --------------------------------------------------------


def test_a_manual_approval_gate_makes_an_open_system_not_open() -> None:
    report = evaluate(system(access={"gated": True, "approval": "manual"}))
    assert report.verdict is N
    assert report.outcome == "gated"
    assert {e.value: r.verdict for e, r in report.elements.items()} == {
        "data-information": O, "code": O, "parameters": N,
    }  # fmt: skip
    assert [(b.component, b.kind, b.element.value) for b in report.blockers] == [
        ("access.approval", "access", "parameters")
    ]
    (blocker,) = report.blockers
    assert blocker.message.startswith("downloads need the publisher's manual approval")
    assert blocker.remedy == (
        "remove the manual approval gate (an automatic gate, or none, asks no permission)"
    )
    (note,) = report.elements["parameters"].findings
    assert (note.code, note.severity, note.component) == (
        "gated-manual-approval", Severity.ERROR, "access.approval",
    )  # fmt: skip
    assert note.interpretation
    assert note.clause is Clause.FREEDOMS
    assert [f.value for f in note.freedoms] == ["use"]
    assert note.remedy == blocker.remedy
    assert component(report, "model-parameters").verdict is O  # the licence is open
    assert strict_problems(report)  # --strict names it too


def test_a_manual_gate_adds_its_blocker_to_the_parameters_own() -> None:
    report = evaluate(
        system({"model-parameters": {"license": "llama3.1"}}, access={"approval": "manual"})
    )
    assert report.elements["parameters"].verdict is N
    assert {("model-parameters", "license"), ("access.approval", "access")} <= blockers(report)
    assert report.outcome == "gated"  # the gate, whatever the licences: asking is the first step


@pytest.mark.parametrize(
    "access", [None, {"gated": True}, {"gated": False}, {"gated": True, "approval": "automatic"}]
)
def test_no_other_gate_blocks(access: dict[str, Any] | None) -> None:
    report = evaluate(system(access=access))
    assert report.verdict is O
    assert report.blockers == ()
    notes = [(f.code, f.severity) for f in report.elements["parameters"].findings]
    automatic = access is not None and access.get("approval") == "automatic"
    assert notes == ([("gated-automatic", Severity.WARNING)] if automatic else [])


@pytest.mark.parametrize(
    ("license_", "kind", "remedy"),
    [
        # an exception osaid does not know: undetermined, and nothing to advise
        ("MIT WITH LicenseRef-unknown-exception", "unknown", None),
        ("CC-BY-NC-4.0", "license", "training-code: "),
    ],
)
def test_a_licence_blocker_is_written_with_the_remedy_its_licence_gives(
    license_: str, kind: str, remedy: str | None
) -> None:
    # the JSON report writes a licence's blocker from the assessment's own text: the remedy is
    # null where no finding of the licence gives one, and the bytes are pydantic's
    system = AISystem.model_validate(
        {
            "manifest-version": 1,
            "system": {"name": "x"},
            "components": {"training-code": {"license": license_, "location": "https://x"}},
        }
    )
    report = evaluate(system)
    written = json.loads(report.model_dump_json())
    (blocker,) = [b for b in written["blockers"] if b["component"] == "training-code"]
    assert blocker["kind"] == kind
    if remedy is None:
        assert blocker["remedy"] is None
    else:
        assert blocker["remedy"].startswith(remedy)
    assert report.model_dump_json() == BaseModel.model_dump_json(evaluate(system))
