"""``osaid check --only-failing``: nothing for what passes, the reports of what fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from osaid import load_manifest
from osaid.cli import main

ROOT = Path(__file__).parent.parent
PYTHIA = str(ROOT / "examples" / "pythia.osaid.yaml")
OLMO = str(ROOT / "examples" / "olmo.osaid.json")
PHI = str(ROOT / "examples" / "phi-2.osaid.yaml")
TYPOS = str(ROOT / "examples" / "invalid" / "typos.osaid.yaml")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_passing_inputs_print_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", PYTHIA, OLMO, "--only-failing") == (0, "", "")


def test_failing_inputs_print_their_reports(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", PYTHIA, PHI, TYPOS, "--only-failing")
    assert code == 2
    assert out.startswith(f"{PHI}: NOT OPEN SOURCE AI")
    assert PYTHIA not in out
    assert err.startswith(f"{TYPOS}:5:10: license: unknown licence 'Apache2'")


@pytest.mark.parametrize(
    ("paths", "sources"),
    [((PYTHIA, OLMO), []), ((PYTHIA, PHI), [PHI]), ((PHI,), [PHI]), ((PHI, TYPOS), [PHI, TYPOS])],
)
def test_json_is_always_an_array(
    paths: tuple[str, ...], sources: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "check", *paths, "--only-failing", "--format", "json")
    assert [d["source"] for d in json.loads(out)] == sources


def test_strict_warnings_fail_an_open_release(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = (
        Path(PYTHIA)
        .read_text("utf-8")
        .replace(
            "  model-parameters:\n    location: https://huggingface.co/EleutherAI/pythia-12b\n",
            "  model-parameters: {}\n",
        )
    )
    warned = tmp_path / "warned.osaid.yaml"
    warned.write_text(text, "utf-8")
    assert run(capsys, "check", str(warned), "--only-failing")[1] == ""
    code, out, err = run(capsys, "check", str(warned), "--only-failing", "--strict")
    assert code == 1
    assert out.startswith(f"{warned}: OPEN SOURCE AI")
    assert "--strict: model-parameters" in err


def test_jsonl_writes_only_the_failing_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    lines = [load_manifest(p).model_dump_json(exclude_none=True) for p in (PYTHIA, PHI, OLMO)]
    source.write_text("\n".join(lines) + "\n", "utf-8")
    for fmt in ("json", "compact"):
        code, out, _ = run(capsys, "check", "--jsonl", str(source), "--only-failing",
                           "--format", fmt)  # fmt: skip
        assert code == 1
        assert [json.loads(line)["source"] for line in out.splitlines()] == [f"{source}:2"]
