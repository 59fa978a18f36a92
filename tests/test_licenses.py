"""Licence expressions: parsing, normalisation, and the verdict for each kind of table row."""

from __future__ import annotations

import re

import pytest

from osaid import LicenseExpressionError, Verdict, assess_license, spdx_list_version
from osaid.licenses import knowledge, parse, suggest
from osaid.licenses._tables import AI_LICENSES, DEPRECATED_WITH, HF_LICENSES, OPEN_TERMS
from osaid.policy import OSAID_1_0, LicenseRule, Policy

O, U, N = Verdict.OPEN, Verdict.UNDETERMINED, Verdict.NOT_OPEN


def codes(expression: str, element: str = "code", policy: str | None = None) -> list[str]:
    return [f.code for f in assess_license(expression, element, policy).findings]


# --- parsing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("MIT", "MIT"),
        ("mit or apache-2.0", "MIT OR Apache-2.0"),
        ("  MIT   AND\n(Apache-2.0 OR BSD-3-Clause) ", "MIT AND (Apache-2.0 OR BSD-3-Clause)"),
        (
            "GPL-2.0-or-later WITH Classpath-exception-2.0",
            "GPL-2.0-or-later WITH Classpath-exception-2.0",
        ),
        ("llama3.1", "LicenseRef-llama3.1"),
        ("odc-by", "ODC-By-1.0"),
        ("c-uda", "C-UDA-1.0"),
        ("gpl-3.0", "GPL-3.0-only"),
        ("AGPL-3.0", "AGPL-3.0-only"),
        ("GPL-2.0+", "GPL-2.0-or-later"),
        ("LicenseRef-acme-1 OR MIT", "LicenseRef-acme-1 OR MIT"),
        ("NONE", "NONE"),
        ("NOASSERTION", "NOASSERTION"),
    ],
)
def test_parse_normalises_unambiguous_spellings(text: str, normalized: str) -> None:
    assert parse(text).normalized == normalized


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty licence expression"),
        ("   ", "empty licence expression"),
        ("MIT AND", "an operator is missing an operand"),
        ("MIT/X11", "invalid character in 'MIT/X11'"),
        ("(Apache-2.0) AND ()", "check its parentheses and operators"),
        ("Apache 2.0", "unknown licence 'Apache 2.0'; did you mean 'Apache-2.0'?"),
        ("Apache2", "did you mean 'Apache-2.0'?"),
        ("MIT license", "did you mean 'MIT'?"),
        ("MIT WITH MIT", "'MIT' is a licence, not an exception"),
        ("Classpath-exception-2.0", "is a licence exception: it can only follow WITH"),
        ("MIT WITH Clspath-exception-2.0", "did you mean 'Classpath-exception-2.0'?"),
        ("MIT OR NONE", "NONE stands only alone"),
        ("NOASSERTION AND MIT", "NOASSERTION stands only alone"),
        ("MIT AND " * 1000 + "MIT", "longer than 4096 characters"),
    ],
)
def test_bad_expressions_raise_a_clear_value_error(text: str, message: str) -> None:
    with pytest.raises(LicenseExpressionError, match=re.escape(message)) as info:
        parse(text)
    assert isinstance(info.value, ValueError)


def test_a_non_string_is_a_licence_expression_error() -> None:
    with pytest.raises(LicenseExpressionError, match="is a string"):
        assess_license(42, "code")  # type: ignore[arg-type]


def test_suggest_finds_the_id_a_person_meant() -> None:
    assert suggest("apache 2") is None or suggest("apache 2") == "Apache-2.0"
    assert suggest("BSD 3 Clause") == "BSD-3-Clause"
    assert suggest("Creative Commons") is None


def test_parsing_is_cached_per_expression() -> None:
    assert parse("MIT OR Apache-2.0") is parse("MIT OR Apache-2.0")


def test_every_deprecated_with_row_is_a_deprecated_id_that_becomes_a_with() -> None:
    kb = knowledge()
    for row in DEPRECATED_WITH:
        assert kb.licenses[row.spdx_id].deprecated
        assert parse(row.spdx_id).normalized == row.expression
        assert assess_license(row.spdx_id, "code").verdict is O


# --- one test per kind of row -----------------------------------------------------------------


def test_spdx_osi_approved_licence_is_open_for_every_element() -> None:
    for element in ("code", "parameters", "data-information"):
        assert assess_license("Apache-2.0", element).verdict is O


def test_spdx_licence_not_osi_approved_is_not_open_for_code() -> None:
    a = assess_license("CC-BY-4.0", "code")
    assert (a.verdict, a.blocker_kind) == (N, "license")
    assert "code-license-not-osi-approved" in codes("CC-BY-4.0")


@pytest.mark.parametrize("row", OPEN_TERMS, ids=lambda r: r.spdx_id)
def test_open_terms_row_is_open_for_parameters_and_data_but_not_code(row: object) -> None:
    spdx_id = row.spdx_id  # type: ignore[attr-defined]
    a = assess_license(spdx_id, "parameters")
    assert a.verdict is O
    assert any(f.code == "license-open-terms" and f.interpretation for f in a.findings)
    assert assess_license(spdx_id, "data-information").verdict is O
    assert assess_license(spdx_id, "code").verdict is N


def test_non_commercial_and_no_derivatives_licences_are_not_open_terms() -> None:
    for spdx_id in ("CC-BY-NC-4.0", "CC-BY-ND-4.0", "CC-BY-NC-SA-4.0"):
        a = assess_license(spdx_id, "parameters")
        assert a.verdict is N
        assert "parameters-terms-not-open" in [f.code for f in a.findings]


@pytest.mark.parametrize("row", AI_LICENSES, ids=lambda r: r.ref)
def test_ai_licence_row_decides_its_own_verdict_per_element(row: object) -> None:
    for element, expected in (
        ("code", row.code),  # type: ignore[attr-defined]
        ("parameters", row.parameters),  # type: ignore[attr-defined]
        ("data-information", row.data_information),  # type: ignore[attr-defined]
    ):
        a = assess_license(row.ref, element)  # type: ignore[attr-defined]
        assert a.verdict.value == expected
        if a.verdict is N:
            blocking = [f for f in a.findings if f.severity.value == "error"]
            assert blocking
            assert blocking[0].source == row.source  # type: ignore[attr-defined]


def test_llama_weights_are_not_open_with_the_freedoms_they_take_away() -> None:
    a = assess_license("llama3.1", "parameters")
    assert (a.verdict, a.blocker_kind, a.decided_by) == (N, "license", ("LicenseRef-llama3.1",))
    restriction = next(f for f in a.findings if f.code.startswith("parameters-"))
    assert restriction.freedoms
    assert restriction.remedy is not None


def test_openrail_weights_carry_a_use_restriction_finding() -> None:
    assert "parameters-use-restriction" in codes("bigscience-openrail-m", "parameters")


@pytest.mark.parametrize("row", HF_LICENSES, ids=lambda r: r.hf_id)
def test_every_hugging_face_id_is_read(row: object) -> None:
    a = assess_license(row.hf_id, "parameters")  # type: ignore[attr-defined]
    if row.kind in ("family", "unknown", "other"):  # type: ignore[attr-defined]
        assert a.verdict is U
        assert a.blocker_kind == "unknown"
    else:
        target = row.target  # type: ignore[attr-defined]
        assert a.normalized == target
        assert a.verdict is assess_license(target, "parameters").verdict


def test_hugging_face_family_ids_are_undetermined_by_interpretation() -> None:
    a = assess_license("bsd", "code")
    assert a.verdict is U
    assert [(f.code, f.interpretation) for f in a.findings] == [("license-family", True)]
    assert codes("other") == ["license-other"]


def test_deprecated_gnu_id_is_read_as_only_with_an_interpretation_finding() -> None:
    a = assess_license("gpl-3.0", "code")
    assert a.normalized == "GPL-3.0-only"
    assert any(f.code == "license-deprecated-id" and f.interpretation for f in a.findings)


def test_osi_override_rows_make_the_licence_osi_approved() -> None:
    assert knowledge().licenses["CDDL-1.1"].osi_source.startswith("https://opensource.org")  # type: ignore[union-attr]
    assert assess_license("CDDL-1.1", "code").verdict is O


def test_none_is_not_open_and_noassertion_undetermined() -> None:
    assert (assess_license("NONE", "code").verdict, codes("NONE")) == (N, ["license-none"])
    assert assess_license("NOASSERTION", "code").verdict is U


def test_an_unknown_licence_is_never_guessed_from_its_name() -> None:
    for text in ("LicenseRef-MIT", "LicenseRef-Apache-2.0-compatible", "LicenseRef-open-source"):
        a = assess_license(text, "code")
        assert (a.verdict, a.blocker_kind) == (U, "unknown")
        assert assess_license(text, "code", "mof-1.0").verdict is N


def test_exceptions_from_the_spdx_list_keep_the_licence_verdict() -> None:
    assert assess_license("GPL-2.0-only WITH Classpath-exception-2.0", "code").verdict is O
    a = assess_license("MIT WITH AdditionRef-custom", "code")
    assert a.verdict is U
    assert "license-exception-unknown" in [f.code for f in a.findings]
    assert assess_license("CC-BY-NC-4.0 WITH AdditionRef-x", "parameters").verdict is N


# --- combining --------------------------------------------------------------------------------


def test_or_takes_the_branch_a_recipient_would_choose() -> None:
    a = assess_license("llama3.1 OR MIT", "parameters")
    assert (a.verdict, a.decided_by) == (O, ("MIT",))
    assert any(f.code == "license-or-chosen" and f.interpretation for f in a.findings)


def test_and_is_decided_by_its_weakest_licences() -> None:
    a = assess_license("MIT AND llama3.1 AND CC-BY-NC-4.0", "parameters")
    assert (a.verdict, a.decided_by) == (N, ("LicenseRef-llama3.1", "CC-BY-NC-4.0"))
    assert assess_license("MIT AND LicenseRef-x", "code").blocker_kind == "unknown"
    assert assess_license("llama3.1 AND LicenseRef-x", "code").blocker_kind == "license"


# --- policies ---------------------------------------------------------------------------------


def test_mof_policy_counts_fsf_libre_and_open_data_licences_for_code() -> None:
    assert assess_license("CC-BY-4.0", "code", "mof-1.0").verdict is O
    assert "license-type-inappropriate" in codes("CC-BY-4.0", "code", "mof-1.0")
    assert assess_license("ODbL-1.0", "code", "mof-1.0").verdict is O
    assert assess_license("llama3.1", "parameters", "mof-1.0").verdict is N


def test_a_policy_rule_overrides_the_licence_sets() -> None:
    strict = Policy(
        name="no-gpl",
        description="test",
        sets=OSAID_1_0.sets,
        unknown=Verdict.UNDETERMINED,
        rules=(LicenseRule("GPL-3.0-only", Verdict.NOT_OPEN, "copyleft is not allowed here"),),
    )
    a = assess_license("GPL-3.0-only", "code", strict)
    assert a.verdict is N
    assert a.findings[-1].code == "policy-rule"
    assert a.policy == "no-gpl"


def test_unknown_element_or_policy_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown element"):
        assess_license("MIT", "weights")
    with pytest.raises(ValueError, match="unknown policy"):
        assess_license("MIT", "code", "osaid-9")


def test_the_vendored_list_version_is_reported() -> None:
    assert spdx_list_version() == knowledge().list_version
    major, minor, _ = spdx_list_version().split(".")
    assert (int(major), int(minor)) >= (3, 29)
