"""``osaid check --format summary``: a run's counts as one JSON document on standard output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from osaid.cli import main

ROOT = Path(__file__).parent.parent
PYTHIA = str(ROOT / "examples" / "pythia.osaid.yaml")
OLMO = str(ROOT / "examples" / "olmo.osaid.json")
STARCODER = str(ROOT / "examples" / "starcoder2.osaid.yaml")
BROKEN = str(ROOT / "tests" / "broken" / "nan.json")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _warned_pythia(tmp_path: Path) -> str:
    """Pythia, still open, with a component that names no location (a --strict warning)."""
    text = Path(PYTHIA).read_text("utf-8")
    text = text.replace(
        "  model-parameters:\n    location: https://huggingface.co/EleutherAI/pythia-12b\n",
        "  model-parameters: {}\n",
    )
    path = tmp_path / "pythia.osaid.yaml"
    path.write_text(text, "utf-8")
    return str(path)


def test_the_summary_replaces_the_reports(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", PYTHIA, STARCODER, BROKEN, "--format", "summary")
    doc = json.loads(out)
    assert code == 2  # what the run gives in any format: an input could not be read
    assert (doc["inputs"], doc["passed"], doc["invalid"]) == (3, 1, 1)
    assert doc["verdicts"] == {"open": 1, "not-open": 1, "undetermined": 0}
    assert doc["outcomes"]["would-pass-with-other-licenses"] == 1
    assert doc["blockers"] == [{"component": "model-parameters", "kind": "license", "count": 1}]
    assert doc["policy"]["name"] == "osaid-1.0"
    # standard error has the unreadable input's problem, and no text summary
    assert err == f"{BROKEN}:1:22: invalid JSON: NaN is not a JSON value; write a number " + (
        "or quote it\n"
    )


def test_strict_failures_are_counted_and_not_passed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    warned = _warned_pythia(tmp_path)
    code, out, err = run(capsys, "check", warned, OLMO, "--format", "summary", "--strict")
    doc = json.loads(out)
    assert code == 1
    assert (doc["verdicts"]["open"], doc["strict-failed"], doc["passed"]) == (2, 1, 1)
    assert err.startswith(f"{warned}: --strict: model-parameters:")
    code, out, _ = run(capsys, "check", warned, OLMO, "--format", "summary")
    assert code == 0
    assert (json.loads(out)["strict-failed"], json.loads(out)["passed"]) == (0, 2)


def test_jsonl_summary_counts_lines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from osaid import load_manifest

    lines = [load_manifest(p).model_dump_json(exclude_none=True) for p in (PYTHIA, STARCODER)]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([*lines, "{not json"]) + "\n", "utf-8")
    code, out, err = run(capsys, "check", "--jsonl", str(source), "--format", "summary")
    doc = json.loads(out)
    assert code == 2
    assert (doc["inputs"], doc["passed"], doc["invalid"]) == (3, 1, 1)
    assert err.startswith(f"{source}:3:2: invalid JSON")
    assert "3 inputs" not in err  # the counts are the output, not repeated as text


def test_the_summary_goes_to_the_output_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "summary.json"
    code, out, _ = run(capsys, "check", str(ROOT / "examples"), "--format", "summary",
                       "-o", str(target))  # fmt: skip
    assert out == ""
    doc = json.loads(target.read_text("utf-8"))
    assert doc["inputs"] == len(list((ROOT / "examples").rglob("*.osaid.*")))
    assert code == 2  # examples/invalid holds a manifest with typos


def test_quiet_writes_no_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", PYTHIA, "--format", "summary", "-q") == (0, "", "")


def test_an_empty_jsonl_input_has_a_summary_of_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "empty.jsonl"
    source.write_text("", "utf-8")
    code, out, _ = run(capsys, "check", "--jsonl", str(source), "--format", "summary")
    doc = json.loads(out)
    assert code == 0
    assert doc["inputs"] == doc["passed"] == 0
    assert doc["blockers"] == doc["licenses"] == []
    assert set(doc["mof-classes"]) == {"I", "II", "III", "none"}
