"""Policy files: built-in policies extended row by row, validated like manifests."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from osaid import ManifestError, assess_license, evaluate, load_manifest
from osaid.components import Framework
from osaid.policy import MOF_1_0, OSAID_1_0, LicenseRule, resolve_policy
from osaid.policy_file import load_policy, loads_policy
from osaid.verdict import Verdict

EXAMPLES = Path(__file__).parent.parent / "examples"

ACME = """\
policy-version: 1
name: acme-2025
extends: osaid-1.0
rules:
  - license: bigcode-openrail-m
    verdict: open
    reason: our lawyers accept its use restrictions for this screening
    frameworks: [open-terms]
    source: https://acme.example/legal/openrail
  - license: LicenseRef-acme-model-license
    verdict: not-open
    reason: "a field-of-use restriction"
"""


def test_a_policy_file_becomes_a_policy() -> None:
    policy = loads_policy(ACME, path="acme.yaml")
    assert policy.name == "acme-2025"
    assert policy.source == "acme.yaml"
    assert policy.sets == OSAID_1_0.sets
    assert policy.unknown is Verdict.UNDETERMINED
    assert [(r.license, r.verdict, r.frameworks) for r in policy.rules] == [
        ("LicenseRef-bigcode-openrail-m", Verdict.OPEN, (Framework.OPEN_TERMS,)),
        ("LicenseRef-acme-model-license", Verdict.NOT_OPEN, (Framework.OSI_LICENSE,)),
        ("LicenseRef-acme-model-license", Verdict.NOT_OPEN, (Framework.OPEN_TERMS,)),
    ]
    assert policy.rules[0].source == "https://acme.example/legal/openrail"
    assert "osaid-1.0 with 2 rule(s) of its own" in policy.description


def test_the_report_names_the_policy_and_its_file(tmp_path: Path) -> None:
    path = tmp_path / "acme.yaml"
    path.write_text(ACME)
    policy = load_policy(path)
    report = evaluate(load_manifest(EXAMPLES / "starcoder2.osaid.yaml"), policy)
    assert report.verdict is Verdict.OPEN
    assert (report.policy.name, report.policy.source) == ("acme-2025", str(path))
    weights = next(c for c in report.components if c.id == "model-parameters")
    assert weights.findings[-1].code == "policy-rule"
    assert weights.findings[-1].source == "https://acme.example/legal/openrail"


def test_a_rule_applies_only_to_its_frameworks() -> None:
    policy = loads_policy(ACME)
    assert assess_license("bigcode-openrail-m", "parameters", policy).verdict is Verdict.OPEN
    assert assess_license("bigcode-openrail-m", "code", policy).verdict is Verdict.NOT_OPEN
    assert assess_license("LicenseRef-acme-model-license", "code", policy).verdict is (
        Verdict.NOT_OPEN
    )


def test_extending_mof_and_overriding_what_unknown_means() -> None:
    mof = loads_policy("policy-version: 1\nname: strict-mof\nextends: mof-1.0\n")
    assert (mof.sets, mof.unknown, mof.framework_warnings) == (
        MOF_1_0.sets,
        Verdict.NOT_OPEN,
        True,
    )
    assert mof.rules == ()
    strict = loads_policy(
        "policy-version: 1\nname: strict\nextends: osaid-1.0\nunknown: not-open\n"
    )
    assert assess_license("LicenseRef-x", "code", strict).verdict is Verdict.NOT_OPEN
    assert assess_license("LicenseRef-x", "code").verdict is Verdict.UNDETERMINED


def test_a_file_row_overrides_a_base_row_for_its_framework_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = dataclasses.replace(
        OSAID_1_0,
        rules=(LicenseRule("MIT", Verdict.NOT_OPEN, "base says no", source="base"),),
    )
    monkeypatch.setattr("osaid.policy_file.POLICIES", {"osaid-1.0": base})
    policy = loads_policy(
        "policy-version: 1\nname: p\nextends: osaid-1.0\nrules:\n"
        "  - {license: mit, verdict: open, reason: file says yes, frameworks: [open-terms]}\n"
    )
    assert policy.rule_for("MIT", Framework.OSI_LICENSE) == LicenseRule(
        "MIT", Verdict.NOT_OPEN, "base says no", (Framework.OSI_LICENSE,), "base"
    )
    rule = policy.rule_for("MIT", Framework.OPEN_TERMS)
    assert rule is not None
    assert (rule.verdict, rule.reason) == (Verdict.OPEN, "file says yes")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "",
            [
                "1:1: the file is empty: a policy file needs at least policy-version, name and "
                "extends"
            ],
        ),
        (
            "name: p\nextends: osaid-1.0\n",
            [
                "1:1: policy-version: missing required key 'policy-version': start the file with "
                "policy-version: 1"
            ],
        ),
        (
            "policy-version: 2\nname: p\nextends: osaid-1.0\n",
            [
                "1:17: policy-version: unsupported policy-version 2: this osaid reads version 1; "
                "write policy-version: 1"
            ],
        ),
        (
            "policy-version: 1\nname: osaid-1.0\nextends: osaid-1.1\nunknown: open\n",
            [
                "2:7: name: 'osaid-1.0' is a built-in policy: give this policy its own name, "
                "e.g. 'osaid-1.0-acme'",
                "3:10: extends: got 'osaid-1.1'; expected 'osaid-1.0' or 'mof-1.0'",
                "4:10: unknown: got 'open'; expected 'undetermined' or 'not-open'",
            ],
        ),
        (
            "policy-version: 1\nname: our policy\nextends: mof-1.0\nrulez: []\n",
            [
                "2:7: name: a policy name is letters, digits, '.', '_' and '-', starting with "
                "a letter or digit: the report shows it",
                "4:1: rulez: unknown key 'rulez'; did you mean 'rules'?",
            ],
        ),
        (
            "policy-version: 1\nname: p\nextends: osaid-1.0\nrules:\n"
            "  - {license: MIT OR Apache-2.0, verdict: open, reason: r}\n"
            "  - {license: MIT+, verdict: open, reason: r}\n"
            "  - {license: Apache2, verdict: opne, reason: r, frameworks: [code]}\n"
            "  - {licence: MIT, verdict: open, reason: r}\n",
            [
                "5:15: rules[0].license: a rule names one licence, not an expression: write "
                "one rule per licence",
                "6:15: rules[1].license: a rule names one licence: write MIT without '+' (and "
                "another rule for each later version)",
                "7:15: rules[2].license: unknown licence 'Apache2'; did you mean 'Apache-2.0'?",
                "7:33: rules[2].verdict: got 'opne'; expected 'not-open', 'undetermined' or 'open'",
                "7:63: rules[2].frameworks[0]: got 'code'; expected 'osi-approved-license' or "
                "'open-terms'",
                "8:5: rules[3].license: missing required key 'license'",
                "8:6: rules[3].licence: unknown key 'licence'; did you mean 'license'?",
            ],
        ),
        (
            "policy-version: 1\nname: p\nextends: osaid-1.0\nrules:\n"
            "  - {license: MIT, verdict: open, reason: r, frameworks: [open-terms]}\n"
            "  - {license: mit, verdict: not-open, reason: s}\n",
            [
                "6:15: rules[1].license: this licence already has a rule for the same "
                "framework above: keep one"
            ],
        ),
    ],
)
def test_policy_file_problems_are_located(text: str, expected: list[str]) -> None:
    with pytest.raises(ManifestError) as info:
        loads_policy(text, path="p.yaml")
    assert [str(p).removeprefix("p.yaml:") for p in info.value.problems] == expected


def test_resolve_policy(tmp_path: Path) -> None:
    assert resolve_policy("mof-1.0") is MOF_1_0
    path = tmp_path / "acme.yaml"
    path.write_text(ACME)
    assert resolve_policy(str(path), files=load_policy).name == "acme-2025"
    with pytest.raises(ValueError, match=r"unknown policy 'mof'; did you mean 'mof-1.0'\?"):
        resolve_policy("mof")
    with pytest.raises(ManifestError, match="no such file"):
        resolve_policy(str(tmp_path / "missing.yaml"), files=load_policy)


@pytest.mark.parametrize("special", ["NONE", "NOASSERTION"])
def test_no_policy_can_make_none_or_noassertion_open(special: str) -> None:
    text = (
        "policy-version: 1\nname: evil\nextends: osaid-1.0\n"
        f"rules:\n  - {{license: {special}, verdict: open, reason: trust me}}\n"
    )
    with pytest.raises(ManifestError, match=f"{special} keeps its SPDX meaning"):
        loads_policy(text)
    built = dataclasses.replace(
        OSAID_1_0, name="built", rules=(LicenseRule(special, Verdict.OPEN, "trust me"),)
    )
    assert assess_license(special, "parameters", built).verdict is not Verdict.OPEN
