"""The command line, in-process: what each command prints and the exit codes it gives."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osaid.cli import main
from osaid.schema import manifest_schema

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"
PYTHIA = str(EXAMPLES / "pythia.osaid.yaml")
OLMO = str(EXAMPLES / "olmo.osaid.json")
STARCODER = str(EXAMPLES / "starcoder2.osaid.yaml")
LLAMA = str(EXAMPLES / "llama-2.osaid.toml")
BROKEN = ROOT / "tests" / "broken"

ACME = """\
policy-version: 1
name: acme-2025
extends: osaid-1.0
rules:
  - license: bigcode-openrail-m
    verdict: open
    reason: our lawyers accept its use restrictions for this screening
    frameworks: [open-terms]
    source: https://acme.example/legal/openrail
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- osaid check --------------------------------------------------------------------------------


def test_check_open(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", PYTHIA)
    assert code == 0
    assert out.startswith(
        f"{PYTHIA}: OPEN SOURCE AI — Pythia 12B (EleutherAI) qualifies as Open Source AI\n"
    )
    assert "\033[" not in out  # not a terminal: no colour
    assert err == ""


def test_check_several_paths_exit_1_if_any_is_not_open(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "check", PYTHIA, STARCODER, LLAMA)
    assert code == 1
    headlines = [line for line in out.splitlines() if line.startswith(str(EXAMPLES))]
    assert [h.split(": ")[1].split(" — ")[0] for h in headlines] == [
        "OPEN SOURCE AI",
        "NOT OPEN SOURCE AI",
        "NOT OPEN SOURCE AI",
    ]


def test_check_reads_osaid_yaml_by_default(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "check")
    assert (code, out) == (2, "")
    assert err == (
        "osaid.yaml:1:1: no such file: osaid check reads ./osaid.yaml when given no path; "
        "write one with osaid init, or name the manifest\n"
    )
    (tmp_path / "osaid.yaml").write_text(Path(PYTHIA).read_text())
    assert run(capsys, "check")[0] == 0


def test_check_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(Path(OLMO).read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "check", "-", "--format", "json")
    assert code == 0
    assert json.loads(out)["source"] == "<stdin>"


def test_unreadable_input_wins_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    broken = str(BROKEN / "unknown-key.yaml")
    code, out, err = run(capsys, "check", STARCODER, broken)
    assert code == 2
    assert "NOT OPEN SOURCE AI" in out
    assert err.splitlines()[0] == (
        f"{broken}:4:3: system.vesion: unknown key 'vesion'; did you mean 'version'?"
    )
    assert len(err.splitlines()) == 4


def test_json_one_object_for_one_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", PYTHIA, "--format", "json")
    doc = json.loads(out)
    assert code == 0
    assert doc["verdict"] == "open"
    assert doc["source"] == PYTHIA
    assert doc["policy"]["name"] == "osaid-1.0"


def test_json_an_array_for_several_with_errors_in_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = str(BROKEN / "nope.yaml")
    code, out, err = run(capsys, "check", PYTHIA, missing, STARCODER, "--format", "json")
    docs = json.loads(out)
    assert code == 2
    assert [d["verdict"] for d in docs] == ["open", None, "not-open"]
    assert docs[1] == {
        "source": missing,
        "verdict": None,
        "errors": [
            {"line": 1, "column": 1, "field": "", "message": "no such file: check the path"}
        ],
    }
    assert err == f"{missing}:1:1: no such file: check the path\n"


def test_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", STARCODER, "--format", "markdown")
    assert code == 1
    assert out.startswith("## ❌ StarCoder2 15B (BigCode): NOT OPEN SOURCE AI\n")
    assert "| `model-parameters` | license |" in out


def test_sarif_points_at_the_component_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    starcoder, llama = "examples/starcoder2.osaid.yaml", "examples/llama-2.osaid.toml"
    broken = "tests/broken/wrong-types.yaml"
    code, out, _ = run(capsys, "check", starcoder, llama, broken, "--format", "sarif")
    assert code == 2
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    by_uri: dict[str, list[tuple[str, int, int]]] = {}
    for r in results:
        loc = r["locations"][0]["physicalLocation"]
        by_uri.setdefault(loc["artifactLocation"]["uri"], []).append(
            (r["ruleId"], loc["region"]["startLine"], loc["region"]["startColumn"])
        )
    # starcoder2: the weights' own licence, line 18
    assert by_uri[starcoder] == [("license", 18, 5)]
    llama_at = {(rule, line): col for rule, line, col in by_uri[llama]}
    assert llama_at[("missing", 38)] == 1  # provenance = "undisclosed"
    assert llama_at[("missing", 24)] == 13  # [components.training-code], not-released
    assert llama_at[("license", 18)] == 13  # [components.model-parameters], default licence
    assert llama_at[("unknown", 15)] == 2  # supporting-libraries: undeclared: [components…]
    assert llama_at[("unknown", 1)] == 1  # training-data: undeclared, so the top of the file
    assert [rule for rule, _, _ in by_uri[broken]] == ["invalid-manifest"] * 6
    assert by_uri[broken][0][1:] == (3, 9)


def test_policy_by_name_and_by_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "check", PYTHIA, "--policy", "mof-1.0")[0] == 0
    policy = tmp_path / "acme.yaml"
    policy.write_text(ACME)
    code, out, _ = run(capsys, "check", STARCODER, "--policy", str(policy))
    assert code == 0
    assert f"Policy acme-2025 ({policy}); SPDX licence list" in out


def test_unknown_policy(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", PYTHIA, "--policy", "osaid")
    assert (code, out) == (2, "")
    assert err == (
        "osaid: error: unknown policy 'osaid'; did you mean 'osaid-1.0'? (use osaid-1.0 or "
        "mof-1.0, or the path of a policy file)\n"
    )


def test_broken_policy_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text(ACME.replace("verdict: open", "verdict: opne"))
    code, _, err = run(capsys, "check", PYTHIA, "--policy", str(policy))
    assert code == 2
    assert err == (
        f"{policy}:6:14: rules[0].verdict: got 'opne'; expected 'not-open', 'undetermined' "
        "or 'open'\n"
    )


def test_strict_fails_an_open_report_with_warnings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = (
        Path(PYTHIA)
        .read_text()
        .replace(
            "  evaluation-code:\n    license: MIT\n",
            "  evaluation-code:\n    license: CC-BY-NC-4.0\n",
        )
    )
    text = text.replace(
        "  model-parameters:\n    location: https://huggingface.co/EleutherAI/pythia-12b\n",
        "  model-parameters: {}\n",
    )
    path = tmp_path / "pythia.yaml"
    path.write_text(text)
    assert run(capsys, "check", str(path))[0] == 0
    code, _, err = run(capsys, "check", str(path), "--strict")
    assert code == 1
    assert err.splitlines() == [
        f"{path}: --strict: model-parameters: model-parameters is released, but the manifest "
        "does not say where it can be had (fix: add the location of model-parameters)",
        f"{path}: --strict: evaluation-code: CC-BY-NC-4.0 (Creative Commons "
        "Attribution Non Commercial 4.0 International) is not an OSI-approved licence "
        "(fix: relicense it under an OSI-approved licence such as Apache-2.0 or MIT)",
    ]
    assert run(capsys, "check", PYTHIA, OLMO, "--strict")[0] == 0


def test_quiet_prints_nothing_but_problems(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", PYTHIA, "-q") == (0, "", "")
    assert run(capsys, "check", STARCODER, "--quiet", "--format", "json") == (1, "", "")
    missing = str(BROKEN / "nope.yaml")
    assert run(capsys, "check", missing, "-q") == (
        2,
        "",
        f"{missing}:1:1: no such file: check the path\n",
    )


def test_colour_only_on_a_terminal_and_never_with_no_color(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert f"\033[32m{PYTHIA}: OPEN SOURCE AI\033[0m" in run(capsys, "check", PYTHIA)[1]
    monkeypatch.setenv("NO_COLOR", "")  # empty: not set, as no-color.org says
    assert "\033[32m" in run(capsys, "check", PYTHIA)[1]
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\033[" not in run(capsys, "check", PYTHIA)[1]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", PYTHIA, "--format", "xml")
    assert code == 2
    assert "argument --format: invalid choice: 'xml'" in err
    assert run(capsys)[0] == 2
    assert run(capsys, "--help")[0] == 0
    code, out, _ = run(capsys, "--version")
    assert (code, out.startswith("osaid ")) == (0, True)


# --- osaid explain -----------------------------------------------------------------------------


def test_explain_names_the_deciding_branch(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "MIT OR llama3.1", "--as", "parameters")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "MIT OR llama3.1  (read as MIT OR LicenseRef-llama3.1)"
    assert lines[2] == "parameters (needs open terms): OPEN"
    assert lines[3] == (
        "  ✓ MIT OR LicenseRef-llama3.1: open (a recipient may choose: the best branch decides)"
    )
    assert lines[4] == "    ✓ MIT: open  ← decides"
    assert lines[6] == "    ✗ LicenseRef-llama3.1: not-open"
    assert "source: https://www.llama.com/llama3_1/license/" in out
    assert lines[-1] == "Policy osaid-1.0; SPDX licence list 3.29.0"


def test_explain_every_element_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "CC-BY-4.0")
    assert code == 1
    assert "code (needs an OSI-approved licence): NOT-OPEN" in out
    assert "parameters (needs open terms): OPEN" in out
    assert "data-information (needs open terms): OPEN" in out


def test_explain_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "Apache-2.0 AND LicenseRef-x", "--format", "json")
    doc = json.loads(out)
    assert code == 1
    assert doc["normalized"] == "Apache-2.0 AND LicenseRef-x"
    code_doc = doc["elements"]["code"]
    assert (code_doc["verdict"], code_doc["operator"], code_doc["decided-by"]) == (
        "undetermined",
        "AND",
        ["LicenseRef-x"],
    )
    assert [b["verdict"] for b in code_doc["branches"]] == ["open", "undetermined"]


def test_explain_with_a_policy_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    policy = tmp_path / "acme.yaml"
    policy.write_text(ACME)
    code, out, _ = run(
        capsys, "explain", "bigcode-openrail-m", "--as", "parameters", "--policy", str(policy)
    )
    assert code == 0
    assert "our lawyers accept its use restrictions for this screening (policy acme-2025)" in out
    assert out.splitlines()[-1] == f"Policy acme-2025 ({policy}); SPDX licence list 3.29.0"


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("MIT AND", "invalid licence expression 'MIT AND': an operator is missing an operand"),
        ("Apache2", "unknown licence 'Apache2'; did you mean 'Apache-2.0'?"),
        ("", "empty licence expression"),
        (
            "MIT/X11",
            "invalid character in 'MIT/X11': licence ids use letters, digits, '.', "
            "'-' and '+'; combine licences with AND, OR and WITH",
        ),
    ],
)
def test_explain_a_bad_expression(
    capsys: pytest.CaptureFixture[str], expression: str, message: str
) -> None:
    assert run(capsys, "explain", expression) == (2, "", f"osaid: error: {message}\n")


# --- osaid schema, init, licenses --------------------------------------------------------------


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out) == manifest_schema()


def test_init_writes_a_template_that_validates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "init") == (
        0,
        "wrote osaid.yaml: fill it in, then run: osaid check osaid.yaml\n",
        "",
    )
    assert run(capsys, "check")[0] == 1  # undetermined: nothing is declared yet
    assert run(capsys, "init") == (
        2,
        "",
        "osaid: error: osaid.yaml exists: osaid init does not overwrite it (use --force to)\n",
    )
    (tmp_path / "osaid.yaml").write_text("changed")
    assert run(capsys, "init", "--force")[0] == 0
    assert (tmp_path / "osaid.yaml").read_text().startswith("## osaid manifest")


def test_init_paths(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from osaid._init_template import TEMPLATE

    assert run(capsys, "init", "-") == (0, TEMPLATE, "")
    assert run(capsys, "init", str(tmp_path))[0] == 0
    assert (tmp_path / "osaid.yaml").exists()
    code, _, err = run(capsys, "init", str(tmp_path / "m.json"))
    assert code == 2
    assert err.endswith("m.json: osaid init writes YAML; name the file *.yaml or *.yml\n")
    code, _, err = run(capsys, "init", str(tmp_path / "no" / "such" / "m.yaml"))
    assert code == 2
    assert "cannot write: No such file or directory" in err


def test_the_template_uncommented_is_open_source_ai() -> None:
    from osaid import evaluate, loads_manifest
    from osaid._init_template import TEMPLATE

    assert loads_manifest(TEMPLATE).system.name == "my-model"
    full = re.sub(r"(?m)^# ", "", TEMPLATE)
    assert evaluate(loads_manifest(full)).verdict.value == "open"


def test_licenses_search(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "licenses", "--search", "llama3.1", "--element", "parameters")
    assert code == 0
    assert out.splitlines() == [
        "ID                   PARAMETERS        NAME",
        "LicenseRef-llama3.1  not-open          Llama 3.1 Community License Agreement "
        "(also: llama3.1)",
    ]


def test_licenses_filter_by_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "licenses", "--search", "CC-BY-4", "--verdict", "open", "--format", "json"
    )
    doc = json.loads(out)
    assert code == 0
    assert [(r["id"], r["verdicts"]) for r in doc["licenses"]] == [
        ("CC-BY-4.0", {"code": "not-open", "parameters": "open", "data-information": "open"})
    ]
    assert run(
        capsys, "licenses", "--search", "CC-BY-4.0", "--element", "code", "--verdict", "open"
    ) == (
        1,
        "",
        "osaid: no licence matches\n",
    )


def test_licenses_lists_everything_known(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "licenses", "--format", "json")
    ids = {row["id"] for row in json.loads(out)["licenses"]}
    assert code == 0
    assert {"MIT", "CC0-1.0", "LicenseRef-llama3.1", "NONE", "NOASSERTION"} <= ids
    assert len(ids) > 700


def test_licenses_show_a_policy_files_own_rows(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text(ACME.replace("bigcode-openrail-m", "LicenseRef-acme"))
    code, out, _ = run(capsys, "licenses", "--search", "acme", "--policy", str(policy))
    assert code == 0
    assert out.splitlines()[1].split() == [
        "LicenseRef-acme",
        "undetermined",
        "open",
        "open",
        "policy",
        "rule:",
        "our",
        "lawyers",
        "accept",
        "its",
        "use",
        "restrictions",
        "for",
        "this",
        "screening",
    ]


# --- fuzz: whatever the bytes, a report or exit 2 with located messages ------------------------

_SEEDS = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.*"))]
_LOCATED = re.compile(r"^[^\n]+:\d+:\d+: \S")


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    suffix=st.sampled_from([".yaml", ".json", ".toml", ""]),
    data=st.one_of(
        st.binary(max_size=300),
        st.tuples(
            st.sampled_from(_SEEDS),
            st.integers(0, 3000),
            st.integers(0, 40),
            st.binary(max_size=12),
        ).map(lambda t: t[0][: t[1]] + t[3] + t[0][t[1] + t[2] :]),
    ),
    fmt=st.sampled_from(["text", "json", "sarif"]),
)
def test_fuzz_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str, data: bytes, fmt: str
) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    code, out, err = run(capsys, "check", str(path), "--format", fmt)
    if code == 2:
        assert err
        for line in err.splitlines():
            assert line.startswith(f"{path}:"), line
            assert _LOCATED.match(line), line
    else:
        assert code in (0, 1)
        assert err == ""
        if fmt != "text":
            json.loads(out)


def test_explain_says_what_a_licence_lets_you_do_and_why(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _err = run(capsys, "explain", "CC-BY-NC-4.0", "--as", "parameters")
    assert code == 1
    assert "✗ May I use it commercially? no (CC-BY-NC-4.0)" in out
    assert "CC-BY-NC-4.0: Non-commercial" in out
    code, out, _err = run(capsys, "explain", "CC-BY-NC-4.0", "--format", "json")
    doc = json.loads(out)
    commercial = next(p for p in doc["permissions"] if p["question"] == "commercial-use")
    assert (commercial["answer"], commercial["decided-by"]) == ("no", ["CC-BY-NC-4.0"])


# --- failing well: pipes, full disks, closed streams, hostile input -----------------------------

_JSONL_LINE = json.dumps(json.loads((EXAMPLES / "olmo.osaid.json").read_text("utf-8")))


def _osaid(*argv: str) -> list[str]:
    import sys

    return [sys.executable, "-m", "osaid", *argv]


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path: Path) -> None:
    import subprocess

    source = tmp_path / "many.jsonl"
    source.write_text((_JSONL_LINE + "\n") * 400, "utf-8")  # megabytes of reports
    proc = subprocess.Popen(
        _osaid("check", "--jsonl", str(source)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    with proc:
        proc.stdout.read(10)
        proc.stdout.close()
        err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141
    assert b"Traceback" not in err
    assert b"BrokenPipe" not in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_line_and_exit_74() -> None:
    import subprocess

    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            _osaid("check", PYTHIA, "--format", "json"),
            stdout=full,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert proc.returncode == 74
    assert proc.stderr.decode().splitlines() == [
        "osaid: error: cannot write the output: No space left on device"
    ]


@pytest.mark.parametrize(
    "argv", [["check", "-"], ["check", "--jsonl", "-"], ["convert", "-", "--to", "mot"]]
)
def test_a_closed_standard_input_is_a_usage_error(argv: list[str]) -> None:
    import shlex
    import subprocess

    command = shlex.join(_osaid(*argv)) + " <&-"
    proc = subprocess.run(["sh", "-c", command], capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert "standard input is closed" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_exit_codes_are_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--help")
    assert code == 0
    flat = " ".join(out.split())
    for listed in ("0 open", "1 not open", "2 invalid", "74 the output", "141 standard output"):
        assert listed in flat


def test_every_hostile_line_fails_alone_and_the_stream_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = [
        "[" * 50_000 + "]" * 50_000,  # deeper than any parser's recursion
        '{"a":' * 5_000 + "1" + "}" * 5_000,
        '{"manifest-version": 1, "system": {"name": "A", "version": ' + "9" * 5000 + "}}",
        '{"manifest-version": 1, "system": {"name": "A"}, "license": "(AND MIT)"}',
        '{"manifest-version": 1, "system": {"name": "A"}, "license": "'
        + "(" * 330
        + "MIT"
        + ")" * 330
        + '"}',
        '{"manifest-version": 1, "system": {"name": "A"}, "system": {"name": "B"}}',
        '{"manifest-version": NaN}',
    ]
    source = tmp_path / "hostile.jsonl"
    source.write_text("\n".join([_JSONL_LINE, *hostile, _JSONL_LINE]) + "\n", "utf-8")
    code, out, err = run(capsys, "check", "--jsonl", str(source), "--format", "compact")
    docs = [json.loads(line) for line in out.splitlines()]
    assert len(docs) == len(hostile) + 2
    assert docs[0]["verdict"] == docs[-1]["verdict"] == "open"
    assert code == 2
    assert "Traceback" not in err
    for doc in docs[1:-1]:
        if doc["verdict"] is None:
            assert doc["errors"][0]["message"]


def test_a_symlink_loop_reads_each_file_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    inner = tmp_path / "tree" / "inner"
    inner.mkdir(parents=True)
    (inner / "osaid.yaml").write_text(Path(PYTHIA).read_text("utf-8"), "utf-8")
    os.symlink("..", inner / "up")  # a loop
    os.symlink("inner", tmp_path / "tree" / "again")  # the same directory twice
    os.symlink("osaid.yaml", inner / "alias.yaml")  # the same file twice
    os.symlink("self", tmp_path / "tree" / "self.yaml")  # a link to itself
    _code, out, err = run(capsys, "check", str(tmp_path / "tree"), "--format", "compact")
    sources = [json.loads(line)["source"] for line in out.splitlines()]
    assert len([s for s in sources if "osaid.yaml" in s or "alias" in s]) == 1
    assert "Traceback" not in err


# --- escaping -----------------------------------------------------------------------------------

_FORGED = "Evil\x1b[2J\x1b[1A\rexamples/x.yaml: OPEN SOURCE AI\u202e"


def test_control_characters_are_escaped_in_text_and_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "evil.yaml"
    manifest.write_text(
        json.dumps({"manifest-version": 1, "system": {"name": _FORGED, "producer": "a\nb"}}),
        "utf-8",
    )
    for fmt in ("text", "markdown"):
        _, out, _ = run(capsys, "check", str(manifest), "--format", fmt)
        assert "\x1b" not in out
        assert "\r" not in out
        assert "\u202e" not in out
        assert "\\x1b[2J" in out
        assert not any(line.startswith("examples/x.yaml") for line in out.splitlines())
    _, out, _ = run(capsys, "check", str(manifest), "--format", "json")
    assert json.loads(out)["subject"]["name"] == _FORGED  # JSON keeps the data as it is


def test_a_policy_reason_is_escaped_in_the_listing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text(
        ACME.replace("bigcode-openrail-m", "LicenseRef-evil")
        .replace("our lawyers", "\\e[2Jour lawyers")
        .replace("reason: ", 'reason: "', 1)
        .replace("screening\n", 'screening"\n', 1),
        "utf-8",
    )
    code, out, err = run(capsys, "licenses", "--policy", str(policy), "--search", "evil")
    assert code == 0, err
    assert "\x1b" not in out
    assert "\\x1b[2J" in out


def test_the_headline_names_a_policy_that_is_not_the_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = tmp_path / "acme.yaml"
    policy.write_text(ACME, "utf-8")
    _, out, _ = run(capsys, "check", STARCODER, "--policy", str(policy))
    assert out.splitlines()[0].endswith("qualifies as Open Source AI under policy acme-2025")
    _, out, _ = run(capsys, "check", PYTHIA)
    assert out.splitlines()[0].endswith("qualifies as Open Source AI")


# --- JSON Lines and the compact line ------------------------------------------------------------


def test_jsonl_lines_hold_the_json_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from osaid import evaluate, load_manifest

    source = tmp_path / "one.jsonl"
    source.write_text(_JSONL_LINE + "\n", "utf-8")
    _, out, _ = run(capsys, "check", "--jsonl", str(source))
    expected = evaluate(load_manifest(EXAMPLES / "olmo.osaid.json")).with_source(f"{source}:1")
    assert json.loads(out) == expected.model_dump(mode="json")
    assert out == expected.model_dump_json() + "\n"


def test_each_jsonl_line_is_parsed_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    real = json.loads

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    source = tmp_path / "three.jsonl"
    source.write_text((_JSONL_LINE + "\n") * 3, "utf-8")
    monkeypatch.setattr(json, "loads", counting)
    assert main(["check", "--jsonl", str(source)]) == 0
    assert len(calls) == 3


def test_compact_is_the_same_for_files_lines_and_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from osaid.bulk import compact, evaluate_many

    _, from_file, _ = run(capsys, "check", OLMO, "--format", "compact")
    doc = json.loads(from_file)
    assert list(doc) == ["source", "name", "verdict", "outcome", "mof-class", "blockers"]
    assert doc["source"] == OLMO
    assert doc["verdict"] == "open"
    source = tmp_path / "one.jsonl"
    source.write_text(_JSONL_LINE + "\n", "utf-8")
    _, from_line, _ = run(capsys, "check", "--jsonl", str(source), "--format", "compact")
    library = next(evaluate_many([_JSONL_LINE], transform=compact))
    line_doc, library_doc = json.loads(from_line), json.loads(library)
    line_doc.pop("source"), library_doc.pop("source"), doc.pop("source")
    assert line_doc == library_doc == doc


def test_compact_blockers_by_component_and_kind(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", STARCODER, "--format", "compact")
    doc = json.loads(out)
    assert code == 1
    assert doc["verdict"] == "not-open"
    assert {"component": "model-parameters", "kind": "license"} in doc["blockers"]
    assert len(doc["blockers"]) == len({(b["component"], b["kind"]) for b in doc["blockers"]})


def test_strict_applies_to_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = json.dumps({"manifest-version": 1, "system": {"name": "A"}})
    source = tmp_path / "x.jsonl"
    source.write_text(_JSONL_LINE + "\n", "utf-8")
    strict_file = main(["check", OLMO, "--strict", "-q"])
    strict_line = main(["check", "--jsonl", str(source), "--strict", "-q"])
    assert strict_file == strict_line
    source.write_text(line + "\n", "utf-8")
    assert main(["check", "--jsonl", str(source), "-q"]) == 1
    capsys.readouterr()


@pytest.mark.parametrize("fmt", ["text", "markdown", "sarif"])
def test_jsonl_refuses_a_format_it_cannot_write(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "x.jsonl"
    source.write_text(_JSONL_LINE + "\n", "utf-8")
    code, out, err = run(capsys, "check", "--jsonl", str(source), "--format", fmt)
    assert code == 2
    assert out == ""
    assert "--format json, compact or summary" in err


# --- files and folders, as linters find them ----------------------------------------------------

_TINY = "manifest-version: 1\nsystem: {name: Tiny}\nlicense: MIT\n"


def _tree(root: Path) -> None:
    for name in (
        "osaid.yaml",
        "sub/model.osaid.yaml",
        "sub/osaid.json",
        "pyproject.toml",
        "mkdocs.yml",
        "schemas/report.json",
        "build/osaid.yaml",
        "notes/README.md",
    ):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"manifest-version": 1, "system": {"name": "Tiny"}})
        path.write_text(text if name.endswith(".json") else _TINY, "utf-8")
    (root / ".gitignore").write_text("# build output\n/build/\n*.tmp\n", "utf-8")


def _sources(out: str, root: Path) -> list[str]:
    return [
        Path(json.loads(line)["source"]).relative_to(root).as_posix() for line in out.splitlines()
    ]


@pytest.mark.parametrize("git", [True, False])
def test_a_folder_yields_its_manifests_by_name_and_honours_gitignore(
    git: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import subprocess

    if git and shutil.which("git") is None:
        pytest.skip("needs git")
    _tree(tmp_path)
    if git:
        subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    else:
        (tmp_path / ".git").mkdir()  # a work tree, read without git
        monkeypatch.setattr("osaid._files._git", lambda: None)
    _, out, _ = run(capsys, "check", str(tmp_path), "--format", "compact")
    assert _sources(out, tmp_path) == ["osaid.yaml", "sub/model.osaid.yaml", "sub/osaid.json"]
    _, out, _ = run(
        capsys, "check", str(tmp_path), "--format", "compact", "--include", "README.md",
        "--exclude", "sub",
    )  # fmt: skip
    assert _sources(out, tmp_path) == ["notes/README.md", "osaid.yaml"]
    _, out, _ = run(capsys, "check", str(tmp_path / "build" / "osaid.yaml"), "--format", "compact")
    assert _sources(out, tmp_path) == ["build/osaid.yaml"]  # explicit paths are always read


def test_the_gitignore_reader_knows_the_common_patterns(tmp_path: Path) -> None:
    from osaid._files import IgnoreFile

    (tmp_path / ".gitignore").write_text(
        "*.log\n!keep.log\n/top.yaml\ndocs/**/draft.yaml\ncache/\n\\#hash\n", "utf-8"
    )
    ignore = IgnoreFile(str(tmp_path))

    def ignored(relative: str, is_dir: bool = False) -> bool:
        return ignore.ignored(str(tmp_path / relative), is_dir)

    assert ignored("a/b.log")
    assert not ignored("a/keep.log")
    assert ignored("top.yaml")
    assert not ignored("sub/top.yaml")
    assert ignored("docs/x/y/draft.yaml")
    assert ignored("docs/draft.yaml")
    assert ignored("cache", is_dir=True)
    assert not ignored("cache")  # a file named like an ignored folder
    assert ignored("#hash")


def test_an_empty_folder_says_what_it_looks_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\n", "utf-8")
    code, _, err = run(capsys, "check", str(tmp_path))
    assert code == 2
    assert "no manifest in this folder" in err
    assert "*.osaid.*" in err
    assert "--include" in err


@pytest.mark.parametrize("name", ["osaid.yml", "osaid.json", "osaid.toml"])
def test_the_default_path_finds_every_spelling(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = {
        "osaid.yml": _TINY,
        "osaid.json": json.dumps({"manifest-version": 1, "system": {"name": "Tiny"}}),
        "osaid.toml": 'manifest-version = 1\n[system]\nname = "Tiny"\n',
    }[name]
    (tmp_path / name).write_text(text, "utf-8")
    code, out, _ = run(capsys, "check", "--format", "compact")
    assert json.loads(out)["source"] == name
    assert code == 1  # undetermined, but read


def test_syntax_reads_toml_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    toml = b'manifest-version = 1\n[system]\nname = "Tiny"\n'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(toml)))
    code, out, err = run(capsys, "check", "-", "--syntax", "toml", "--format", "compact")
    assert json.loads(out)["name"] == "Tiny", err
    assert code == 1


def test_jobs_are_capped_at_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    from osaid.cli import _jobs

    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert _jobs("64") == 2
    assert _jobs("0") == 2
    assert _jobs("1") == 1


def test_output_goes_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.json"
    code, out, _ = run(capsys, "check", PYTHIA, "--format", "json", "-o", str(target))
    assert code == 0
    assert out == ""
    assert json.loads(target.read_text("utf-8"))["verdict"] == "open"
    code, _, err = run(capsys, "check", PYTHIA, "-o", str(tmp_path / "no" / "such" / "dir"))
    assert code == 2
    assert "cannot write" in err


def test_version_short_flag(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "-V")
    assert code == 0
    assert out.startswith("osaid ")


def test_color_always_and_never(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", PYTHIA, "--color", "always")
    assert "\033[32m" in out
    _, out, _ = run(capsys, "check", PYTHIA, "--color", "never")
    assert "\033[" not in out


def test_verbose_says_what_was_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _tree(tmp_path)
    _, _, err = run(capsys, "check", str(tmp_path), "-v", "-q", "--exclude", "sub")
    assert f"{tmp_path / 'sub'}: skipped: excluded" in err


def test_a_device_or_fifo_is_read_only_up_to_the_cap(capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("needs /dev/zero")
    code, _, err = run(capsys, "check", "/dev/zero")
    assert code == 2
    assert "/dev/zero:1:1: more than 10 MiB" in err


def test_a_folder_read_with_from_yields_that_formats_documents(tmp_path: Path) -> None:
    real = Path(__file__).parent / "data" / "real" / "mot" / "models"
    for name in ("Pythia-12B.yml", "Phi-2.yml"):
        (tmp_path / name).write_text((real / name).read_text("utf-8"), "utf-8")
    (tmp_path / "notes.txt").write_text("not a release", "utf-8")
    command = ["check", "--from", "mot", "--format", "compact", str(tmp_path)]
    out = subprocess.run(
        [sys.executable, "-m", "osaid", *command], capture_output=True, text=True, check=False
    )
    names = sorted(json.loads(line)["name"] for line in out.stdout.splitlines())
    assert names == ["Phi-2", "Pythia-12B"]


@pytest.mark.parametrize("fmt", ["json", "sarif", "compact", "markdown", "html", "text"])
def test_a_file_name_that_is_not_utf8_is_shown_escaped_in_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    folder = os.fsdecode(bytes(tmp_path) + b"/names")
    os.mkdir(folder)
    good = os.path.join(folder, os.fsdecode(b"a\xff.osaid.yaml"))
    bad = os.path.join(folder, os.fsdecode(b"b\xfe.osaid.yaml"))
    with open(good, "w", encoding="utf-8") as out:
        out.write("manifest-version: 1\nsystem: {name: A}\nlicense: MIT\n")
    with open(bad, "w", encoding="utf-8") as out:
        out.write("manifest-version: 1\nbogus: 1\n")
    code = main(["check", folder, "--format", fmt])
    captured = capsys.readouterr()
    assert code == 2  # the bad manifest, not the names
    assert "Error serializing" not in captured.out + captured.err
    shown = captured.out + captured.err
    assert ("a%FF.osaid.yaml" if fmt == "sarif" else "a\\xff.osaid.yaml") in shown.replace(
        "\\\\", "\\"
    )
