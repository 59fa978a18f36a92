"""Bulk screening: directories, JSON Lines, evaluate_many on an executor, the summary."""

from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from osaid import AISystem, ManifestError, Problem, Report, evaluate, load_manifest
from osaid.bulk import Summary, evaluate_many
from osaid.cli import main

ROOT = Path(__file__).parent.parent
PYTHIA = ROOT / "examples/pythia.osaid.yaml"
STARCODER = ROOT / "examples/starcoder2.osaid.yaml"


def json_text(path: Path) -> str:
    return load_manifest(path).model_dump_json(exclude_none=True)


def test_evaluate_many_keeps_order_and_reports_bad_items() -> None:
    items = [json_text(PYTHIA), "{not json", load_manifest(STARCODER)]
    outcomes = list(evaluate_many(items))
    assert isinstance(outcomes[0], Report)
    assert outcomes[0].verdict.value == "open"
    assert isinstance(outcomes[1], ManifestError)
    assert isinstance(outcomes[2], Report)
    assert outcomes[2].outcome == "would-pass-with-other-licenses"


def test_evaluate_many_on_a_process_pool_gives_what_one_core_gives() -> None:
    texts = [json_text(PYTHIA), json_text(STARCODER)] * 20
    serial = [r.model_dump(mode="json") for r in evaluate_many(texts) if isinstance(r, Report)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        pooled = [
            r.model_dump(mode="json")
            for r in evaluate_many(texts, executor=pool, chunksize=3)
            if isinstance(r, Report)
        ]
    assert pooled == serial
    assert len(pooled) == 40


def test_evaluate_many_consumes_its_input_lazily() -> None:
    def endless() -> object:
        text = json_text(PYTHIA)
        while True:
            yield text

    outcomes = evaluate_many(endless())  # type: ignore[arg-type]
    assert [next(outcomes).verdict.value for _ in range(3)] == ["open"] * 3  # type: ignore[union-attr]


def test_chunksize_must_be_positive() -> None:
    with pytest.raises(ValueError, match="chunksize"):
        list(evaluate_many([], executor=ProcessPoolExecutor(1), chunksize=0))


def test_the_summary_counts_verdicts_blockers_and_licences() -> None:
    summary = Summary()
    for path in (PYTHIA, STARCODER, STARCODER):
        summary.add(evaluate(load_manifest(path)))
    summary.add(ManifestError([Problem("bad.yaml", 1, 1, "", "invalid")]))
    assert summary.total == 4
    text = summary.render()
    assert text.startswith("4 inputs: 2 not-open, 1 open, 1 invalid")
    assert "model-parameters [license]: 2" in text


def test_check_reads_every_document_under_a_directory(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    code = main(["check", "examples/cards", "--format", "json"])
    docs = json.loads(capsys.readouterr().out)
    assert [d["source"] for d in docs] == [
        "examples/cards/acme-8b-instruct/README.md",
        "examples/cards/bare/README.md",
        "examples/cards/open-tiny/README.md",
    ]
    assert code == 1


def test_check_jsonl_streams_one_report_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    card = (ROOT / "examples/cards/acme-8b-instruct/README.md").read_text("utf-8")
    lines = [json_text(PYTHIA), json.dumps(card), "", "{broken", json_text(STARCODER)]
    source = tmp_path / "corpus.jsonl"
    source.write_text("\n".join(lines) + "\n", "utf-8")
    code = main(["check", "--jsonl", str(source)])
    captured = capsys.readouterr()
    docs = [json.loads(line) for line in captured.out.splitlines()]
    assert [d["verdict"] for d in docs] == ["open", "not-open", None, "not-open"]
    assert docs[0]["source"] == f"{source}:1"
    assert docs[2]["errors"][0]["line"] == 4
    assert any(c["claim"] == "open-source-ai" for c in docs[1]["claims"])
    assert captured.err.startswith("4 inputs: 2 not-open, 1 open, 1 invalid")
    assert code == 2


def test_check_jsonl_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(json_text(PYTHIA) + "\n"))
    assert main(["check", "--jsonl", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "<stdin>:1"


def test_a_jsonl_line_that_is_a_manifest_validates_as_one() -> None:
    text = json_text(PYTHIA)
    assert AISystem.model_validate_json(text) == load_manifest(PYTHIA)
