"""The published JSON Schema holds every JSON document ``osaid check`` writes.

Each output mode is run as the command (``python -m osaid check …``) on the examples, the
broken manifests and the real Model Openness Tool catalogue (``--from mot``), and what it
prints is validated against the schema's definition for that kind of document, and against
the schema's root.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from osaid import evaluate, load_manifest
from osaid.report import REPORT_VERSION

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).parent.parent
SCHEMA = ROOT / "schemas" / f"report-{REPORT_VERSION}.schema.json"
EXAMPLES = sorted(
    str(p.relative_to(ROOT)) for p in (ROOT / "examples").rglob("*") if ".osaid." in p.name
)
OTHER_FORMATS = ["examples/olmo.spdx3.json", "examples/pythia.cdx.json"]
BROKEN = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests/broken").iterdir())
MOT = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests/data/real/mot/models").glob("*.yml"))
FIXTURES = [*(ROOT / "examples").glob("*.osaid.*"), *(ROOT / "tests/fixtures/osi").glob("*")]


@cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


@cache
def _validator(kind: str | None = None) -> Any:
    """A validator for one kind of document (``$defs/<kind>``), or for any (the root)."""
    schema = _schema()
    if kind is not None:
        schema = {**schema, "anyOf": [{"$ref": f"#/$defs/{kind}"}]}
    return jsonschema.Draft202012Validator(schema)


def _assert_valid(doc: Any, kind: str, *, root: bool = True) -> None:
    """``doc`` is a valid ``kind``, and (unless ``root`` is false, to spare the time on
    hundreds of reports) a valid document by the schema's root."""
    for validator in (_validator(kind), _validator()) if root else (_validator(kind),):
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        assert not errors, f"{kind}: {errors[0].message} at {list(errors[0].absolute_path)}"


def _osaid(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "osaid", "check", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def _unplaced(doc: Any) -> Any:
    """``doc`` with every ``source`` (a file, a line, a position in it) left out."""
    if isinstance(doc, dict):
        return {k: _unplaced(v) for k, v in doc.items() if k != "source"}
    if isinstance(doc, list):
        return [_unplaced(v) for v in doc]
    return doc


@cache
def _mot_lines() -> str:
    """The MOT catalogue as JSON Lines, one model a line, as ``--jsonl`` reads it."""
    return "".join(json.dumps(yaml.safe_load((ROOT / p).read_text("utf-8"))) + "\n" for p in MOT)


def test_the_committed_schema_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/generate_report_schema.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_the_inputs_are_there() -> None:
    assert len(EXAMPLES) >= 5
    assert len(BROKEN) >= 20
    assert len(MOT) >= 200


# --- the report and its array ---------------------------------------------------------------


@pytest.mark.parametrize("path", [*EXAMPLES, *OTHER_FORMATS])
def test_one_input_gives_one_report_or_error_document(path: str) -> None:
    result = _osaid(path, "--format", "json")
    doc = json.loads(result.stdout)
    _assert_valid(doc, "ErrorDocument" if result.returncode == 2 else "Report")
    assert ("errors" in doc) == (result.returncode == 2)


@pytest.mark.parametrize("path", BROKEN)
def test_an_unreadable_input_gives_the_error_document(path: str) -> None:
    result = _osaid(path, "--format", "json")
    assert result.returncode == 2
    _assert_valid(json.loads(result.stdout), "ErrorDocument")


def test_several_inputs_give_an_array_of_reports_and_error_documents() -> None:
    result = _osaid(*EXAMPLES, *OTHER_FORMATS, *BROKEN, "--format", "json")
    docs = json.loads(result.stdout)
    assert result.returncode == 2
    assert len(docs) == len(EXAMPLES) + len(OTHER_FORMATS) + len(BROKEN)
    assert {d["verdict"] is None for d in docs} == {True, False}
    _assert_valid(docs, "Reports")


@cache
def _mot_reports(policy: str) -> list[dict[str, Any]]:
    """``osaid check --format json`` of the whole MOT catalogue: validated reports."""
    result = _osaid(*MOT, "--from", "mot", "--format", "json", "--policy", policy)
    docs: list[dict[str, Any]] = json.loads(result.stdout)
    assert len(docs) == len(MOT)
    _assert_valid(docs, "Reports", root=False)
    return docs


def test_the_mot_catalogue_gives_valid_reports() -> None:
    docs = _mot_reports("osaid-1.0")
    assert {d["verdict"] for d in docs} >= {"open", "not-open"}
    assert {d["mof"]["class"] for d in docs} >= {"III", None}


@pytest.mark.parametrize(
    ("policy", "name"), [("mof-1.0", "mof-1.0"), ("examples/acme-policy.yaml", "acme-2025")]
)
def test_other_policies_give_valid_reports(policy: str, name: str) -> None:
    result = _osaid(*EXAMPLES, *OTHER_FORMATS, "--format", "json", "--policy", policy)
    docs = json.loads(result.stdout)
    assert {d["policy"]["name"] for d in docs if d["verdict"]} == {name}
    _assert_valid(docs, "Reports")


# --- JSON Lines -----------------------------------------------------------------------------


def test_every_jsonl_line_is_a_report_or_an_error_document() -> None:
    unreadable = 'not json\n{"manifest-version": 1}\n"a card without front matter"\n'
    result = _osaid("--jsonl", "-", "--from", "mot", stdin=_mot_lines() + unreadable)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(MOT) + 3
    assert result.returncode == 2
    # A line's report is the file's report (validated above) but for the places it names
    # (the line, not the file): equal documents are equally valid, and comparing is cheaper.
    for number, (line, report) in enumerate(
        zip(lines, _mot_reports("osaid-1.0"), strict=False), start=1
    ):
        assert line["source"] == f"<stdin>:{number}"
        assert _unplaced(line) == _unplaced(report)
    for line in lines[len(MOT) :]:
        assert line["verdict"] is None
        _assert_valid(line, "ErrorDocument")


def test_jsonl_under_the_mof_policy_gives_valid_reports() -> None:
    result = _osaid("--jsonl", "-", "--from", "mot", "--policy", "mof-1.0", stdin=_mot_lines())
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(MOT)
    assert {line["verdict"] for line in lines} >= {"open", "not-open"}
    for line in lines:
        _assert_valid(line, "Report", root=False)


def test_jsonl_manifests_give_reports_that_validate() -> None:
    manifests = [load_manifest(ROOT / p) for p in EXAMPLES if "invalid" not in p]
    text = "".join(m.model_dump_json(exclude_none=True) + "\n" for m in manifests)
    result = _osaid("--jsonl", "-", "--strict", stdin=text)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(manifests)
    for line in lines:
        _assert_valid(line, "Report")


# --- the compact line -----------------------------------------------------------------------


@cache
def _mot_compact() -> list[dict[str, Any]]:
    """The compact lines of the MOT catalogue, read as JSON Lines."""
    mot = _osaid("--jsonl", "-", "--from", "mot", "--format", "compact", stdin=_mot_lines())
    return [json.loads(line) for line in mot.stdout.splitlines()]


def test_every_compact_line_validates() -> None:
    files = _osaid(*EXAMPLES, *OTHER_FORMATS, *BROKEN, "--format", "compact")
    lines = [json.loads(line) for line in files.stdout.splitlines()] + _mot_compact()
    assert len(lines) == len(EXAMPLES) + len(OTHER_FORMATS) + len(BROKEN) + len(MOT)
    assert {line["verdict"] is None for line in lines} == {True, False}
    for line in lines:
        _assert_valid(line, "CompactLine")


# --- the summary ----------------------------------------------------------------------------


def test_the_summary_of_files_validates_and_counts_every_input() -> None:
    result = _osaid(*EXAMPLES, *BROKEN, "--format", "summary", "--strict")
    doc = json.loads(result.stdout)
    _assert_valid(doc, "Summary")
    assert doc["inputs"] == len(EXAMPLES) + len(BROKEN)
    invalid = [p for p in [*EXAMPLES, *BROKEN] if "/invalid/" in p or p.startswith("tests/broken")]
    assert doc["invalid"] == len(invalid)
    assert doc["inputs"] == sum(doc["verdicts"].values()) + doc["invalid"]
    assert sum(doc["outcomes"].values()) == sum(doc["mof-classes"].values())
    assert doc["passed"] == doc["verdicts"]["open"] - doc["strict-failed"]
    assert result.returncode == 2
    assert result.stderr  # the unreadable inputs are said there; the summary is on stdout


def test_the_summary_of_the_mot_catalogue_matches_its_compact_lines() -> None:
    summary = json.loads(_osaid("--jsonl", "-", "--from", "mot", "--format", "summary",
                                stdin=_mot_lines()).stdout)  # fmt: skip
    rows = _mot_compact()
    _assert_valid(summary, "Summary")
    assert summary["inputs"] == len(MOT)
    for verdict, count in summary["verdicts"].items():
        assert count == sum(1 for r in rows if r["verdict"] == verdict)
    for mof_class, count in summary["mof-classes"].items():
        assert count == sum(1 for r in rows if (r["mof-class"] or "none") == mof_class)
    for blocker in summary["blockers"]:
        pair = {"component": blocker["component"], "kind": blocker["kind"]}
        assert blocker["count"] == sum(1 for r in rows if pair in r["blockers"])
    counts = [b["count"] for b in summary["blockers"]]
    assert counts == sorted(counts, reverse=True)


# --- the library's reports, and what the schema rejects -------------------------------------


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
@pytest.mark.parametrize("policy", ["osaid-1.0", "mof-1.0"])
def test_every_report_validates_against_the_schema(path: Path, policy: str) -> None:
    report = evaluate(load_manifest(path), policy).with_source(str(path))
    _assert_valid(report.model_dump(mode="json"), "Report")


def _first_report() -> dict[str, Any]:
    return evaluate(load_manifest(FIXTURES[0])).model_dump(mode="json")


@pytest.mark.parametrize(
    ("kind", "doc", "complaint"),
    [
        ("Report", {k: v for k, v in _first_report().items() if k != "verdict"}, "verdict"),
        ("Report", {**_first_report(), "verdict": "maybe"}, "maybe"),
        ("ErrorDocument", {"source": "a.yaml", "verdict": None, "errors": [{"line": 1}]}, "column"),
        ("ErrorDocument", {"source": "a.yaml", "verdict": "open", "errors": []}, "None"),
        (
            "CompactLine",
            {"source": "a", "name": "A", "verdict": "open", "outcome": "passes",
             "mof-class": None, "blockers": [], "extra": 1},
            "",
        ),
        (
            "Summary",
            {**json.loads(json.dumps({"verdicts": {"open": 1}})), "inputs": 1},
            "",
        ),
    ],
)  # fmt: skip
def test_the_schema_rejects_what_osaid_never_writes(kind: str, doc: Any, complaint: str) -> None:
    errors = list(_validator(kind).iter_errors(doc))
    assert errors
    assert any(complaint in str(e) for e in errors)


# --- the docs -------------------------------------------------------------------------------


def _keys(schema: Any) -> set[str]:
    """Every property name anywhere in ``schema``."""
    if isinstance(schema, dict):
        own = set(schema.get("properties", {}))
        return own | {k for value in schema.values() for k in _keys(value)}
    if isinstance(schema, list):
        return {k for value in schema for k in _keys(value)}
    return set()


def test_the_report_page_names_every_key_of_the_schema() -> None:
    page = (ROOT / "docs" / "report.md").read_text("utf-8")
    named = set(re.findall(r"`([^`\s]+)`", page))
    keys = _keys(_schema())
    assert len(keys) > 60
    assert not keys - named, f"docs/report.md does not name: {sorted(keys - named)}"


def test_the_report_page_names_every_kind_of_document() -> None:
    page = (ROOT / "docs" / "report.md").read_text("utf-8")
    for kind in _schema()["$defs"]:
        if kind in ("Report", "ErrorDocument", "Reports", "CompactLine", "Summary"):
            assert f"#/$defs/{kind}" in page, kind
