"""What a release lets its user do: each licence fact against its table row, and combining."""

from __future__ import annotations

from pathlib import Path

import pytest

from osaid import evaluate, load_manifest
from osaid.licenses._facts import LICENSE_FACTS, LicenseFacts
from osaid.permissions import (
    QUESTIONS,
    license_permissions,
    permissions_data,
    rank,
    release_permissions,
)

ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize("row", LICENSE_FACTS, ids=lambda r: r.ids[0])
def test_each_licence_answers_as_its_table_row(row: LicenseFacts) -> None:
    for lic_id in row.ids:
        answers = license_permissions(lic_id)
        for question in QUESTIONS:
            assert answers[question].answer == getattr(row, question.replace("-", "_"))
            assert answers[question].source == row.source


def test_cc_by_nc_forbids_commercial_use_and_says_why() -> None:
    answer = license_permissions("CC-BY-NC-4.0")["commercial-use"]
    assert (answer.answer, answer.decided_by) == ("no", ("CC-BY-NC-4.0",))
    assert answer.asks.endswith("?")
    assert answer.source is not None


def test_a_licence_the_table_does_not_know_is_unknown_on_every_question() -> None:
    answers = license_permissions("LicenseRef-house-terms")
    assert {a.answer for a in answers.values()} == {"unknown"}


def test_or_gives_the_more_permissive_and_and_the_more_restrictive_answer() -> None:
    assert license_permissions("MIT OR CC-BY-NC-4.0")["commercial-use"].answer == "yes"
    both = license_permissions("MIT AND CC-BY-NC-4.0")["commercial-use"]
    assert (both.answer, both.decided_by) == ("no", ("CC-BY-NC-4.0",))
    assert license_permissions("GPL-3.0-only AND MIT")["share-alike"].answer == "yes"
    assert license_permissions("GPL-3.0-only OR MIT")["share-alike"].answer == "no"


def test_none_answers_restrictively_everywhere() -> None:
    for question, answer in license_permissions("NONE").items():
        assert rank(question, answer.answer) == 0


def test_every_report_says_what_its_reader_may_do() -> None:
    report = evaluate(load_manifest(ROOT / "examples/starcoder2.osaid.yaml"))
    answers = {p.question: p for p in report.permissions}
    assert list(answers) == list(QUESTIONS)
    assert answers["no-use-restrictions"].answer == "no"
    assert answers["no-use-restrictions"].set_by == ("model-parameters",)
    assert answers["no-use-restrictions"].licenses == ("LicenseRef-bigcode-openrail-m",)
    assert answers["commercial-use"].answer == "yes"


def test_withheld_components_set_no_answer() -> None:
    report = evaluate(load_manifest(ROOT / "examples/phi-2.osaid.yaml"))
    for permission in report.permissions:
        assert "training-code" not in permission.set_by


def test_with_no_licence_every_answer_is_unknown_and_set_by_nothing() -> None:
    answers = release_permissions(())
    assert [p.answer for p in answers] == ["unknown"] * len(answers)
    assert all(p.set_by == () and p.licenses == () for p in answers)


@pytest.mark.parametrize(
    "expression",
    ["MIT", "NONE", "LicenseRef-house-terms", "MIT AND CC-BY-NC-4.0", "GPL-3.0-only OR MIT"],
)
def test_a_report_answers_as_the_licence_does(expression: str) -> None:
    # reports read the compact answers, ``osaid explain`` the full ones: they must agree
    given = permissions_data((("training-code", expression),))
    full = license_permissions(expression)
    assert [p["answer"] for p in given] == [full[q].answer for q in QUESTIONS]


def test_the_answers_kept_for_reports_stay_within_their_bound() -> None:
    from osaid import permissions

    bound = permissions._answers.cache_info().maxsize
    assert bound is not None
    permissions._permissions.cache_clear()
    for i in range(bound + 50):  # more distinct licences than the bound
        answers = permissions_data((("training-code", f"LicenseRef-own-{i}"),))
        assert {p["answer"] for p in answers} == {"unknown"}
    assert permissions._answers.cache_info().currsize <= bound
    # reports never build the full answers, which take kilobytes per licence
    assert permissions._permissions.cache_info().currsize == 0
