"""A Hub gate judged as the interpretation docs say, and ``osaid check --from hf-api``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from osaid import ManifestError, evaluate, loads_manifest
from osaid.bulk import evaluate_many, verdict_of
from osaid.cli import main
from osaid.components import Freedom
from osaid.findings import Clause, Severity
from osaid.formats import read
from osaid.formats.hub import iter_hub_records, read_hub_record
from osaid.interpretations import INTERPRETATIONS

MODELS = Path(__file__).parent / "fixtures" / "hub" / "models"


def record(model_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((MODELS / f"{model_id}.json").read_text("utf-8"))
    return data


def parameters_findings(report: Any) -> dict[str, Any]:
    return {f.code: f for f in report.elements["parameters"].findings}


# --- the gate, judged ------------------------------------------------------------------------


def test_a_manual_approval_gate_withholds_the_freedom_to_use() -> None:
    data = record("EleutherAI/pythia-1b")
    open_report = evaluate(read_hub_record(data).system)
    assert open_report.elements["parameters"].verdict.value == "open"
    data["gated"] = "manual"
    report = evaluate(read_hub_record(data).system)
    assert report.elements["parameters"].verdict.value == "not-open"
    assert report.verdict.value == "not-open"
    # the licence is still open: the gate alone makes the parameters not open
    params = next(c for c in report.components if c.id == "model-parameters")
    assert params.verdict.value == "open"
    blocker = next(b for b in report.blockers if b.component == "access.approval")
    assert (blocker.kind, blocker.element.value) == ("access", "parameters")
    assert blocker.remedy is not None
    assert "remove the manual approval gate" in blocker.remedy
    named = parameters_findings(report)["gated-manual-approval"]
    assert named.interpretation
    assert named.severity is Severity.ERROR
    assert named.clause is Clause.FREEDOMS
    assert named.freedoms == (Freedom.USE,)
    assert "gated-manual-approval" in INTERPRETATIONS


def test_an_automatic_gate_is_a_warning_and_no_blocker() -> None:
    report = evaluate(read_hub_record(record("black-forest-labs/FLUX.1-schnell")).system)
    assert report.elements["parameters"].verdict.value == "open"
    assert all(b.component != "access.approval" for b in report.blockers)
    named = parameters_findings(report)["gated-automatic"]
    assert named.interpretation
    assert named.severity is Severity.WARNING
    assert named.clause is Clause.FREEDOMS


@pytest.mark.parametrize("gated", [True, False])
def test_a_gate_of_unknown_kind_or_none_changes_nothing(gated: bool) -> None:
    data = record("EleutherAI/pythia-1b")
    data["gated"] = gated
    report = evaluate(read_hub_record(data).system)
    assert report.elements["parameters"].verdict.value == "open"
    assert not parameters_findings(report)


def test_a_card_alone_does_not_tell_manual_from_automatic() -> None:
    card = (MODELS / "meta-llama" / "Llama-3.2-3B-Instruct.README.md").read_text("utf-8")
    imported = read(card, "hf", name="README.md")
    access = imported.system.access
    assert access is not None
    assert (access.gated, access.approval) == (True, None)
    report = evaluate(imported.system)
    assert all(b.component != "access.approval" for b in report.blockers)
    assert "hf-gated" in {f.code for f in imported.findings}


def test_the_manifest_says_how_a_gate_grants_access() -> None:
    manual = loads_manifest(
        "manifest-version: 1\nsystem: {name: X}\nlicense: MIT\n"
        "access: {gated: true, approval: manual}\n"
    )
    report = evaluate(manual)
    assert report.elements["parameters"].verdict.value == "not-open"
    with pytest.raises(ManifestError) as caught:
        loads_manifest(
            "manifest-version: 1\nsystem: {name: X}\naccess: {gated: false, approval: manual}\n",
            path="m.yaml",
        )
    assert (caught.value.line, caught.value.column) == (3, 9)
    assert "gated is false" in str(caught.value)


# --- the library iterator with evaluate_many ---------------------------------------------------


def test_evaluate_many_takes_the_records_as_they_stream(tmp_path: Path) -> None:
    path = tmp_path / "hub.jsonl"
    path.write_text(json.dumps(record("EleutherAI/pythia-1b")) + "\n[]\n", "utf-8")
    outcomes = list(evaluate_many(iter_hub_records(path)))
    report, error = outcomes
    assert isinstance(error, ManifestError)
    assert (error.path, error.line) == (str(path), 2)
    assert "hub-weights" in {f.code for f in report.findings}
    assert list(evaluate_many(iter_hub_records(path), transform=verdict_of)) == [
        "undetermined",
        None,
    ]


# --- osaid check --from hf-api ------------------------------------------------------------------


@pytest.fixture
def records(tmp_path: Path) -> Path:
    lines = [
        json.dumps(record("EleutherAI/pythia-1b")),
        json.dumps(record("meta-llama/Llama-3.2-3B-Instruct")),
        '{"id": "x/y", "gated": 3}',
        "",
        "not json",
        json.dumps(record("black-forest-labs/FLUX.1-schnell")),
    ]
    path = tmp_path / "hub.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_from_hf_api_streams_one_line_per_record(
    records: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "check", "--from", "hf-api", str(records), "--format", "compact")
    assert code == 2  # two lines could not be read
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["name"] for line in lines] == [
        "EleutherAI/pythia-1b",
        "meta-llama/Llama-3.2-3B-Instruct",
        None,
        None,
        "black-forest-labs/FLUX.1-schnell",
    ]
    assert lines[0]["source"] == f"{records}:1"
    assert {"component": "access.approval", "kind": "access"} in lines[1]["blockers"]
    assert f"{records}:3:24: gated: gated must be false" in err
    assert f"{records}:5:1: invalid JSON" in err
    assert "5 inputs: 1 not-open, 2 undetermined, 2 invalid" in err


def test_check_from_hf_api_is_the_same_with_jobs_jsonl_and_standard_input(
    records: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ("check", "--format", "compact")
    _, serial, _ = run(capsys, *argv, "--from", "hf-api", str(records))
    _, parallel, _ = run(capsys, *argv, "--from", "hf-api", str(records), "--jobs", "2")
    _, jsonl, _ = run(capsys, *argv, "--from", "hf-api", "--jsonl", str(records))
    assert serial == parallel == jsonl
    result = subprocess.run(
        [sys.executable, "-m", "osaid", *argv, "--from", "hf-api", "-"],
        input=records.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout.decode().replace("<stdin>", str(records)) == serial


def test_check_from_hf_api_summarises_and_reads_several_files(
    records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "more.jsonl"
    other.write_text(json.dumps(record("bigscience/bloom-560m")) + "\n", "utf-8")
    code, out, _ = run(
        capsys, "check", "--from", "hf-api", str(records), str(other), "--format", "summary"
    )
    assert code == 2
    summary = json.loads(out)
    assert (summary["inputs"], summary["invalid"]) == (6, 2)
    assert summary["verdicts"] == {"open": 0, "not-open": 2, "undetermined": 2}


def test_check_from_hf_api_needs_a_file_and_json_output(
    records: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "check", "--from", "hf-api")
    assert code == 2
    assert "give the file" in err
    code, _, err = run(capsys, "check", "--from", "hf-api", str(records), "--format", "text")
    assert code == 2
    assert "--from hf-api writes JSON" in err
    code, _, err = run(capsys, "check", "--from", "hf-api", str(records) + ".absent")
    assert code == 2
    assert "cannot read" in err


def test_convert_from_hf_api_reads_one_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "record.json"
    path.write_text(json.dumps(record("meta-llama/Llama-3.2-3B-Instruct"), indent=2), "utf-8")
    code, out, err = run(capsys, "convert", "--from", "hf-api", str(path), "--to", "osaid")
    assert code == 0
    manifest = loads_manifest(out)
    assert manifest.access is not None
    assert manifest.access.approval == "manual"
    assert f"{path}:" in err  # each reading, located in the record
