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
    code = main(["check", "examples/cards", "--include", "README.md", "--format", "json"])
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
    assert captured.err.startswith(f"{source}:4:2: invalid JSON: ")  # the unreadable line
    assert "\n4 inputs: 2 not-open, 1 open, 1 invalid\n" in captured.err
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


def _corpus(folder: Path, count: int) -> None:
    """``count`` manifests in nested folders, with a file osaid ignores and a broken one."""
    texts = [PYTHIA.read_text("utf-8"), STARCODER.read_text("utf-8")]
    for i in range(count):
        sub = folder / f"group-{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"m{i:03}.osaid.yaml").write_text(texts[i % 2], "utf-8")
    (folder / "notes.txt").write_text("not a manifest", "utf-8")
    (folder / "group-0" / "broken.osaid.yaml").write_text("manifest-version: [", "utf-8")


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "sarif"])
def test_check_on_worker_processes_writes_what_one_process_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    _corpus(tmp_path, 24)
    serial_code = main(["check", str(tmp_path), "--format", fmt])
    serial = capsys.readouterr()
    pooled_code = main(["check", str(tmp_path), "--format", fmt, "--jobs", "2"])
    pooled = capsys.readouterr()
    assert pooled.out == serial.out
    assert pooled.err == serial.err
    assert pooled_code == serial_code == 2  # the broken file
    assert "25 inputs: 12 not-open, 12 open, 1 invalid" in serial.err


def test_a_directory_streams_in_name_order_with_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path, 6)
    main(["check", str(tmp_path), "--format", "json"])
    captured = capsys.readouterr()
    sources = [Path(d["source"]).relative_to(tmp_path).as_posix() for d in json.loads(captured.out)]
    assert sources == [
        "group-0/broken.osaid.yaml",
        "group-0/m000.osaid.yaml",
        "group-0/m003.osaid.yaml",
        "group-1/m001.osaid.yaml",
        "group-1/m004.osaid.yaml",
        "group-2/m002.osaid.yaml",
        "group-2/m005.osaid.yaml",
    ]
    assert "group-0/broken.osaid.yaml:2:1: invalid YAML" in captured.err
    assert "most common blockers: model-parameters [license]: 3" in captured.err


def test_progress_is_drawn_on_a_terminal_and_cleared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from osaid import _check

    _corpus(tmp_path, 9)
    monkeypatch.setattr(_check, "stderr_is_terminal", lambda: True)
    clock = iter(range(10_000))
    monkeypatch.setattr(_check, "now", lambda: next(clock) * 0.25)
    main(["check", str(tmp_path), "--quiet"])
    quiet = capsys.readouterr().err
    assert "checked" not in quiet  # --quiet: no progress, and no summary
    assert "inputs:" not in quiet
    assert "broken.osaid.yaml:2:1" in quiet  # but what cannot be read is still said
    main(["check", str(tmp_path)])
    err = capsys.readouterr().err
    drawn = [part for part in err.split("\r") if "checked" in part]
    assert drawn
    assert drawn[0].startswith("[###")  # a bar: the total was counted first
    assert " checked, " in drawn[-1]
    progress_end = err.rindex("\r\033[K")  # the line is cleared before the summary
    assert err.index("10 inputs: 4 not-open, 5 open, 1 invalid") > progress_end


def test_progress_is_never_drawn_into_a_pipe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path, 3)
    main(["check", str(tmp_path)])
    assert "\r" not in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["-1", "two"])
def test_jobs_must_be_a_count(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(PYTHIA), "--jobs", jobs]) == 2
    assert "invalid number of jobs" in capsys.readouterr().err


def test_check_jsonl_on_worker_processes_keeps_the_line_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [json_text(PYTHIA), json_text(STARCODER), "{broken"] * 200
    source = tmp_path / "corpus.jsonl"
    source.write_text("\n".join(lines) + "\n", "utf-8")
    assert main(["check", "--jsonl", str(source)]) == 2
    serial = capsys.readouterr()
    assert main(["check", "--jsonl", str(source), "-j", "2"]) == 2
    pooled = capsys.readouterr()
    assert pooled.out == serial.out
    assert pooled.err == serial.err
    assert "\n600 inputs: 200 not-open, 200 open, 200 invalid\n" in serial.err
    assert serial.err.count(": invalid JSON: ") == 200  # each unreadable line, on stderr


def test_a_jsonl_line_that_is_not_utf8_is_a_located_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "corpus.jsonl"
    source.write_bytes(json_text(PYTHIA).encode() + b"\n" + b'{"system": "caf\xe9"}\n')
    assert main(["check", "--jsonl", str(source)]) == 2
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert docs[1]["verdict"] is None
    assert docs[1]["errors"][0]["line"] == 2
    assert docs[1]["errors"][0]["column"] == 16  # the byte that is not UTF-8
    assert "not UTF-8" in docs[1]["errors"][0]["message"]


def test_evaluate_many_applies_a_transform_where_it_evaluates() -> None:
    from osaid.bulk import Tally, tally, verdict_of

    texts = [json_text(PYTHIA), "{broken", json_text(STARCODER)] * 10
    assert list(evaluate_many(texts, transform=verdict_of)) == ["open", None, "not-open"] * 10
    with ProcessPoolExecutor(max_workers=2) as pool:
        tallies = list(evaluate_many(texts, executor=pool, chunksize=4, transform=tally))
    assert tallies == [tally(o) for o in evaluate_many(texts)]
    assert tallies[1] == Tally(None)
    summary = Summary()
    for t in tallies:
        summary.add(t)
    assert summary.render().startswith("30 inputs: 10 not-open, 10 open, 10 invalid")


def test_the_summary_reads_well_for_one_input_and_for_none() -> None:
    summary = Summary()
    assert summary.render() == "0 inputs: none\n"
    summary.add(ManifestError([Problem("bad.yaml", 1, 1, "", "invalid")]))
    assert summary.render() == "1 input: 1 invalid\n"


def test_evaluate_many_fails_a_hostile_item_alone() -> None:
    from osaid.bulk import compact, evaluate_many

    good = '{"manifest-version": 1, "system": {"name": "A"}}'
    hostile = [
        '{"manifest-version": 1, "system": {"name": "A", "version": ' + "9" * 5000 + "}}",
        "[" * 100_000 + "]" * 100_000,
        b"\xff\xfe",
    ]
    outcomes = [
        json.loads(line) for line in evaluate_many([good, *hostile, good], transform=compact)
    ]
    assert [o["verdict"] for o in outcomes] == ["undetermined", None, None, None, "undetermined"]
    assert all(o["errors"][0]["message"] for o in outcomes[1:-1])


@pytest.mark.parametrize(
    "line",
    [
        '{"manifest-version": 1, "system": {"name": "A"}, "license": "MIT"}',
        '{"manifest-version": 1, "system": {"name": "A"}, "system": {"name": "B"}}',
        '{"manifest-version": NaN}',
        '{"manifest-version": 1, "system": {"name": 3}}',
        '{"manifest-version": 1, "system": {"name": "A"}, "bomFormat": "x"}',
        '{"bomFormat": "CycloneDX", "specVersion": "1.6"}',
        '"---\\nlicense: mit\\n---\\n# Card\\n"',
        "[1, 2]",
    ],
)
def test_a_jsonl_line_parsed_once_reads_as_the_whole_reader_reads_it(line: str) -> None:
    from osaid import _check
    from osaid._evaluate import evaluate
    from osaid.errors import ManifestError
    from osaid.formats import read
    from osaid.policy import OSAID_1_0
    from osaid.render import json_line

    options = _check.Options(policy=OSAID_1_0, source_format="auto", fmt="jsonl")
    checked = _check.check_line(("x.jsonl", 1, line.encode()), options)
    value = json.loads(line)
    try:
        imported = read(value if isinstance(value, str) else line, "auto", name="x.jsonl:1")
        outcome: object = evaluate(imported.system, OSAID_1_0).with_source("x.jsonl:1")
        if imported.findings:
            outcome = outcome.with_findings(imported.findings)  # type: ignore[attr-defined]
    except ManifestError as exc:
        outcome = exc
    assert checked.out == json_line(outcome) + "\n"  # type: ignore[arg-type]


def test_a_summary_counts_a_bounded_number_of_licences_one_by_one() -> None:
    from osaid.bulk import MAX_COUNTED_LICENSES, OTHER_LICENSES, Summary, Tally

    summary = Summary()
    extra = 10
    for i in range(MAX_COUNTED_LICENSES + extra):
        summary.add(Tally("not-open", (), (f"LicenseRef-own-{i}", "MIT")))
    assert len(summary.licenses) == MAX_COUNTED_LICENSES + 1
    assert summary.licenses[OTHER_LICENSES] == extra + 1  # MIT holds one of the places
    assert sum(summary.licenses.values()) == 2 * (MAX_COUNTED_LICENSES + extra)
    # what it lists is counted exactly: a licence once counted is counted every time after
    assert summary.licenses["MIT"] == MAX_COUNTED_LICENSES + extra
    assert summary.licenses.most_common(1) == [("MIT", MAX_COUNTED_LICENSES + extra)]
    assert f"MIT: {MAX_COUNTED_LICENSES + extra}" in summary.render()
