"""Licence expressions: parsing, normalisation, and the verdict for each kind of table row."""

from __future__ import annotations

import re

import pytest

from osaid import LicenseExpressionError, Verdict, assess_license, spdx_list_version
from osaid.components import Element, Framework, Freedom
from osaid.findings import Clause
from osaid.licenses import knowledge, parse, suggest
from osaid.licenses._assess import LicenseAssessment
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


# --- what a blocker is, and how loud: outcomes and --strict rest on it ------------------------


def severities(a: object) -> dict[str, str]:
    return {f.code: f.severity.value for f in a.findings}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("expression", "element", "policy", "verdict", "kind"),
    [
        # NONE grants nothing: known terms, so another licence would fix it
        ("NONE", "code", None, N, "license"),
        ("NONE", "parameters", "mof-1.0", N, "license"),
        # nothing known: the facts are missing, whatever the policy makes of them
        ("NOASSERTION", "code", None, U, "unknown"),
        ("NOASSERTION", "code", "mof-1.0", N, "unknown"),
        ("LicenseRef-x", "parameters", "mof-1.0", N, "unknown"),
        ("bsd", "code", "mof-1.0", N, "unknown"),
        ("other", "parameters", None, U, "unknown"),
        # an unknown exception cannot open terms that are closed without it
        ("CC-BY-NC-4.0 WITH LicenseRef-x", "parameters", None, N, "license"),
        ("MIT WITH LicenseRef-x", "code", None, U, "unknown"),
        ("llama3.1 OR LicenseRef-x", "parameters", None, U, "unknown"),
        ("llama3.1 AND CC-BY-NC-4.0", "parameters", None, N, "license"),
    ],
)
def test_the_blocker_kind_says_whether_the_terms_or_the_facts_are_the_problem(
    expression: str, element: str, policy: str | None, verdict: Verdict, kind: str
) -> None:
    a = assess_license(expression, element, policy)
    assert (a.verdict, a.blocker_kind) == (verdict, kind)


def test_an_unknown_licence_warns_where_undetermined_and_errs_where_not_open() -> None:
    assert severities(assess_license("LicenseRef-x", "code")) == {"license-unknown": "warning"}
    assert severities(assess_license("LicenseRef-x", "code", "mof-1.0")) == {
        "license-unknown": "error"
    }
    assert severities(assess_license("NOASSERTION", "code")) == {"license-noassertion": "warning"}


def test_mof_policy_counts_fsf_libre_licences_for_code() -> None:
    # BSD-4-Clause is FSF-libre but neither OSI-approved nor an open data licence
    assert assess_license("BSD-4-Clause", "code").verdict is N
    a = assess_license("BSD-4-Clause", "code", "mof-1.0")
    assert (a.verdict, a.blocker_kind, a.findings) == (O, None, ())


def test_only_a_data_licence_used_for_code_is_type_inappropriate() -> None:
    assert severities(assess_license("GFDL-1.3-only", "code", "mof-1.0")) == {
        "license-type-inappropriate": "warning"
    }
    # software licences for code, and data licences for data, are fine under mof-1.0
    for expression, element in (
        ("MIT", "code"),
        ("BSD-4-Clause", "code"),
        ("CC-BY-4.0", "parameters"),
        ("ODbL-1.0", "data-information"),
    ):
        assert assess_license(expression, element, "mof-1.0").findings == ()
    # osaid-1.0 does not let a data licence open code: a verdict, not a warning
    assert "license-type-inappropriate" not in codes("CC-BY-4.0", "code")


def test_open_terms_for_parameters_raise_no_warning() -> None:
    a = assess_license("OpenMDW-1.0", "parameters")
    assert (a.verdict, a.blocker_kind) == (O, None)
    assert severities(a) == {"license-open-terms": "info"}
    assert assess_license("OpenMDW-1.0", "code").verdict is N


def _with_rule(rule: LicenseRule, not_listed: Verdict = N) -> Policy:
    return Policy(
        name="house",
        description="test",
        sets=OSAID_1_0.sets,
        unknown=Verdict.UNDETERMINED,
        not_listed=not_listed,
        rules=(rule,),
    )


def test_an_open_policy_rule_is_information_and_a_closed_one_a_licence_blocker() -> None:
    allowed = _with_rule(LicenseRule("LicenseRef-house", O, "reviewed by legal"))
    a = assess_license("LicenseRef-house", "parameters", allowed)
    assert (a.verdict, a.blocker_kind, severities(a)) == (O, None, {"policy-rule": "info"})
    assert "reviewed by legal (policy house)" in a.findings[0].message
    # a rule makes an unknown licence's terms known: closed terms are a licence blocker
    banned = _with_rule(LicenseRule("LicenseRef-house", N, "not for us"))
    a = assess_license("LicenseRef-house", "parameters", banned)
    assert (a.verdict, a.blocker_kind, severities(a)) == (N, "license", {"policy-rule": "error"})


def test_a_policy_rule_applies_only_under_its_frameworks() -> None:
    rule = LicenseRule("CC-BY-4.0", N, "not for weights", frameworks=(Framework.OPEN_TERMS,))
    house = _with_rule(rule)
    assert assess_license("CC-BY-4.0", "parameters", house).verdict is N
    assert codes("CC-BY-4.0", "code") == codes_under("CC-BY-4.0", "code", house)


def codes_under(expression: str, element: str, policy: Policy) -> list[str]:
    return [f.code for f in assess_license(expression, element, policy).findings]


def test_a_policy_names_itself_where_a_known_licence_is_not_listed() -> None:
    house = _with_rule(LicenseRule("LicenseRef-house", O, "ok"), not_listed=U)
    a = assess_license("CC-BY-NC-4.0", "parameters", house)
    assert (a.verdict, a.blocker_kind) == (U, "unknown")
    assert a.findings[0].message.endswith("(policy house)")
    assert not assess_license("CC-BY-NC-4.0", "parameters").findings[0].message.endswith(")")


def test_or_later_lets_the_recipient_take_a_later_open_version() -> None:
    for own, written, decider, later in (
        ("GPL-1.0-only", "GPL-1.0-or-later", "GPL-1.0-or-later", "GPL-2.0-only"),
        ("Apache-1.0", "Apache-1.0+", "Apache-1.0", "Apache-1.1"),
    ):
        assert assess_license(own, "code").verdict is N
        a = assess_license(written, "code")
        assert (a.verdict, a.blocker_kind, a.decided_by) == (O, None, (decider,))
        assert severities(a) == {"license-or-later-upgrade": "info"}
        assert a.findings[0].interpretation
        assert a.findings[0].message.startswith(f"{written} lets the recipient")
        assert f"{later} decides (open)" in a.findings[0].message
    # a policy row for the licence itself decides: no upgrade past it
    house = _with_rule(LicenseRule("GPL-1.0-or-later", N, "not for us"))
    assert assess_license("GPL-1.0-or-later", "code", house).verdict is N
    # no later version is open for code: the licence's own verdict stands
    assert codes("GFDL-1.1-or-later") == ["code-license-not-osi-approved"]


@pytest.mark.parametrize(
    ("element", "clause"),
    [
        ("code", Clause.CODE),
        ("parameters", Clause.PARAMETERS),
        ("data-information", Clause.DATA_INFORMATION),
    ],
)
def test_each_finding_cites_the_clause_of_the_element_it_judges(
    element: str, clause: Clause
) -> None:
    for expression in ("CC-BY-NC-4.0", "LicenseRef-x", "MIT WITH LicenseRef-x", "Apache-1.0+"):
        cited = {f.clause for f in assess_license(expression, element).findings}
        assert cited == {clause}, expression


def test_none_takes_away_all_four_freedoms() -> None:
    (f,) = assess_license("NONE", "parameters").findings
    assert (f.code, f.severity.value) == ("license-none", "error")
    assert (f.clause, f.freedoms) == (Clause.FREEDOMS, tuple(Freedom))
    assert f.remedy is not None
    assert f.remedy.startswith("release the parameters under")


@pytest.mark.parametrize(
    ("open_set", "opened"),
    [
        ("osi-approved", {"MIT"}),
        ("fsf-libre", {"MIT", "BSD-4-Clause"}),
        ("open-terms", {"CC-BY-1.0", "CC-PDDC"}),
        ("mof-open-data", {"CC-BY-1.0"}),
        ("ai-table", {"LicenseRef-openmdw-1.1"}),
    ],
)
def test_a_policy_opens_exactly_the_licence_sets_it_names(open_set: str, opened: set[str]) -> None:
    only = Policy(
        name=f"only-{open_set}",
        description="test",
        sets=((Framework.OSI_LICENSE, (open_set,)), (Framework.OPEN_TERMS, (open_set,))),  # type: ignore[arg-type]
        unknown=U,
    )
    candidates = ("MIT", "BSD-4-Clause", "CC-BY-1.0", "CC-PDDC", "LicenseRef-openmdw-1.1")
    verdicts = {lic: assess_license(lic, "parameters", only).verdict for lic in candidates}
    assert {lic for lic, v in verdicts.items() if v is O} == opened
    # membership of another set is never mistaken for an open-terms reading
    notes = {f.code for lic in opened for f in assess_license(lic, "parameters", only).findings}
    assert ("license-open-terms" in notes) == (open_set == "open-terms")


def test_findings_are_as_loud_as_the_problem() -> None:
    assert severities(assess_license("CC-BY-NC-4.0", "parameters")) == {
        "parameters-terms-not-open": "error"
    }
    assert severities(assess_license("MIT WITH LicenseRef-x", "code")) == {
        "license-exception-unknown": "warning"
    }
    (note,) = assess_license("GFDL-1.3-only", "code", "mof-1.0").findings
    assert (note.clause, note.remedy) == (
        Clause.CHECKLIST,
        "license code under an OSI-approved licence",
    )
    spelled = assess_license("mit", "code").findings
    assert [(f.code, f.severity.value, f.clause) for f in spelled] == [
        ("license-normalized", "info", Clause.SPDX)
    ]


def test_an_open_terms_reading_names_its_source() -> None:
    (note,) = assess_license("CC-BY-4.0", "parameters").findings
    row = next(r for r in OPEN_TERMS if r.spdx_id == "CC-BY-4.0")
    assert (note.code, note.source) == ("license-open-terms", row.source)
    assert note.source


def test_the_hugging_face_unknown_id_is_read_as_an_unknown_licence() -> None:
    (f,) = assess_license("unknown", "parameters").findings
    assert (f.code, f.message) == ("license-unknown", "the licence is not known ('unknown')")
    (f,) = assess_license("LicenseRef-x", "parameters").findings
    assert f.message == "LicenseRef-x is not in osaid's knowledge base: its terms are not known"


def test_an_ai_licence_row_explains_each_verdict_with_its_source() -> None:
    row = next(r for r in AI_LICENSES if r.ref == "LicenseRef-openmdw-1.1")
    opened = assess_license(row.ref, "parameters")
    assert [(f.code, f.severity.value, f.clause, f.source) for f in opened.findings] == [
        ("license-open", "info", Clause.PARAMETERS, row.source)
    ]
    assert opened.findings[0].message.startswith(f"{row.ref} ({row.name}): ")
    # not open for code, with no restriction to name: the code framework's own finding
    closed = assess_license(row.ref, "code")
    assert (closed.verdict, closed.blocker_kind) == (N, "license")
    assert [(f.code, f.severity.value, f.clause) for f in closed.findings] == [
        ("code-license-not-osi-approved", "error", Clause.FREEDOMS)
    ]
    unreviewed = next(r for r in AI_LICENSES if r.parameters == "undetermined")
    a = assess_license(unreviewed.ref, "parameters")
    assert (a.verdict, a.blocker_kind) == (U, "unknown")
    assert [(f.code, f.severity.value, f.source) for f in a.findings] == [
        ("license-terms-unreviewed", "warning", unreviewed.source)
    ]
    assert a.findings[0].remedy is not None


def test_an_unknown_licence_with_an_unknown_exception_stays_unknown_under_mof() -> None:
    a = assess_license("LicenseRef-y WITH LicenseRef-x", "code", "mof-1.0")
    assert (a.verdict, a.blocker_kind) == (N, "unknown")


def test_code_is_the_default_element() -> None:
    assert assess_license("CC-BY-4.0").verdict is N
    assert assess_license("CC-BY-4.0").element.value == "code"


def test_an_expression_that_is_not_a_string_is_refused_whatever_its_type() -> None:
    for value in (["MIT"], {"id": "MIT"}, None):
        with pytest.raises(LicenseExpressionError, match="is a string"):
            assess_license(value, "code")  # type: ignore[arg-type]


def test_only_later_versions_are_offered_to_the_recipient() -> None:
    assert assess_license("GPL-1.0-only+", "code").verdict is O
    # any later version, "-or-later" ones included: the first that is open decides
    no_v2_only = _with_rule(LicenseRule("GPL-2.0-only", N, "not for us"))
    a = assess_license("GPL-1.0-or-later", "code", no_v2_only)
    assert a.verdict is O
    assert "GPL-2.0-or-later decides (open)" in a.findings[0].message
    # the same version is not a later one, whatever a policy says of it
    own_version = _with_rule(LicenseRule("GPL-1.0-only", O, "fine"))
    a = assess_license("GPL-1.0-or-later", "code", own_version)
    assert "GPL-2.0-only decides (open)" in a.findings[0].message
    # a licence a policy leaves undetermined is still upgraded
    undecided = _with_rule(LicenseRule("LicenseRef-house", O, "ok"), not_listed=U)
    assert assess_license("GPL-1.0-or-later", "code", undecided).verdict is O


def test_the_memo_of_an_element_under_a_policy_gives_what_assess_license_gives():
    from osaid.licenses import _assess as module
    from osaid.policy import MOF_1_0

    memo = module.assessments(Element.PARAMETERS, OSAID_1_0)
    assert memo["CC-BY-4.0"] == assess_license("CC-BY-4.0", "parameters", "osaid-1.0")
    assert memo["CC-BY-4.0"] is memo["CC-BY-4.0"]
    assert module.assessments(Element.PARAMETERS, OSAID_1_0) is memo
    assert module.assessments(Element.CODE, OSAID_1_0) is not memo
    assert module.assessments(Element.PARAMETERS, MOF_1_0) is not memo
    assert module.assessments(Element.PARAMETERS, OSAID_1_0) is memo  # kept while others came
    assert module.assessments(Element.CODE, OSAID_1_0)["CC-BY-4.0"].verdict is Verdict.NOT_OPEN


def test_the_licence_memos_are_bounded(monkeypatch: pytest.MonkeyPatch):
    from osaid.licenses import _assess as module

    monkeypatch.setattr(module, "_MEMO_SIZE", 2)
    monkeypatch.setattr(module, "_MEMOS_KEPT", 2)
    monkeypatch.setattr(module, "_memos", {})
    made: list[str] = []
    assessed = module._assessed

    def counted(expression: str, element: Element, policy: Policy) -> LicenseAssessment:
        made.append(expression)
        return assessed(expression, element, policy)

    monkeypatch.setattr(module, "_assessed", counted)
    memo = module.assessments(Element.CODE, OSAID_1_0)
    for expression in ("MIT", "Apache-2.0", "BSD-3-Clause", "MIT"):
        assert memo[expression].verdict is Verdict.OPEN
        assert len(memo) <= 2
    # a new generation at the third; MIT came back from the previous one, not made again
    assert set(memo) == {"BSD-3-Clause", "MIT"}
    assert set(memo.previous) == {"MIT", "Apache-2.0"}
    assert made == ["MIT", "Apache-2.0", "BSD-3-Clause"]
    for i in range(50):  # many more distinct expressions than the bound
        assert memo[f"LicenseRef-own-{i}"].verdict is not Verdict.OPEN
        assert len(memo) <= 2
        assert len(memo.previous) <= 2
    assert "MIT" not in memo  # unused for two generations
    assert "MIT" not in memo.previous
    for element in Element:
        module.assessments(element, OSAID_1_0)
        assert len(module._memos) <= 2
    # the memos are kept by policy, three to a policy: a third policy empties them first
    others = [_with_rule(LicenseRule(f"LicenseRef-{n}", O, "ok")) for n in ("a", "b")]
    assert module.terms(others[0]) is module.terms(others[0])
    assert len(module._memos) == 2
    third = module.terms(others[1])
    assert len(module._memos) == 1
    assert [memo.element for memo in third] == list(Element)
    assert {memo.policy for memo in third} == {others[1]}


@pytest.mark.parametrize(
    ("expression", "element", "verdict", "codes"),
    [
        ("MIT AND CC-BY-NC-4.0", Element.CODE, Verdict.NOT_OPEN, ["code-license-not-osi-approved"]),
        (
            "Apache-2.0 AND LicenseRef-own",
            Element.PARAMETERS,
            Verdict.UNDETERMINED,
            ["license-unknown"],
        ),
    ],
)
def test_an_and_explains_itself_by_the_findings_of_its_licences(
    expression: str, element: Element, verdict: Verdict, codes: list[str]
) -> None:
    # under AND both licences apply: the weaker decides, and what is said of each licence is
    # what the assessment says (findings, never the licence ids)
    a = assess_license(expression, element)
    assert a.verdict is verdict
    assert [f.code for f in a.findings] == codes
    assert all(f.component is None and f.message for f in a.findings)
