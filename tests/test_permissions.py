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


# Licences whose answers the table fixes: CC-BY-NC-4.0 and CC-BY-NC-SA-4.0 forbid commercial
# use, MIT and Apache-2.0 allow it, and a LicenseRef- of the release's own is unknown.
_MIXED = (
    ("training-code", "MIT"),
    ("model-parameters", "CC-BY-NC-4.0"),
    ("inference-code", "Apache-2.0"),
    ("datasets", "CC-BY-NC-SA-4.0"),
    ("model-architecture", "MIT"),
)


def _answer(relevant: tuple[tuple[str, str], ...], question: str) -> dict[str, object]:
    return next(p for p in permissions_data(relevant) if p["question"] == question)


def test_the_most_restrictive_answer_holds_and_names_every_licence_that_gives_it() -> None:
    # two of four licences forbid commercial use: both are named, with their components in
    # the release's order; the two that allow it set nothing
    commercial = _answer(_MIXED, "commercial-use")
    assert commercial["answer"] == "no"
    assert commercial["licenses"] == ["CC-BY-NC-4.0", "CC-BY-NC-SA-4.0"]
    assert commercial["set-by"] == ["model-parameters", "datasets"]


def test_an_answer_every_licence_gives_is_set_by_every_component() -> None:
    redistribution = _answer(_MIXED, "redistribution")
    assert redistribution["answer"] == "yes"
    assert redistribution["licenses"] == ["MIT", "CC-BY-NC-4.0", "Apache-2.0", "CC-BY-NC-SA-4.0"]
    assert redistribution["set-by"] == [cid for cid, _lic in _MIXED]


def test_a_restrictive_answer_outweighs_an_unknown_one() -> None:
    # a licence osaid knows nothing of answers unknown; a known "no" is still the answer
    relevant = (("training-code", "LicenseRef-own"), ("model-parameters", "CC-BY-NC-4.0"))
    commercial = _answer(relevant, "commercial-use")
    assert (commercial["answer"], commercial["set-by"]) == ("no", ["model-parameters"])
    relevant = (("training-code", "LicenseRef-own"), ("model-parameters", "MIT"))
    commercial = _answer(relevant, "commercial-use")
    assert (commercial["answer"], commercial["set-by"]) == ("unknown", ["training-code"])


def test_one_licence_answers_for_every_component_as_it_does_alone() -> None:
    relevant = (("training-code", "CC-BY-NC-4.0"), ("model-parameters", "CC-BY-NC-4.0"))
    alone = license_permissions("CC-BY-NC-4.0")
    for p in permissions_data(relevant):
        assert p["answer"] == alone[p["question"]].answer  # type: ignore[index]
        assert p["set-by"] == ["training-code", "model-parameters"]
        assert p["licenses"] == ["CC-BY-NC-4.0"]
