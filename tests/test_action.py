"""The GitHub Action (``action.yml``) and its check step (``scripts/action_run.py``).

The step runs as GitHub runs it: a process with ``GITHUB_OUTPUT`` and ``GITHUB_STEP_SUMMARY``
pointing at files, here files of the test's own.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))
STEPS = ACTION["runs"]["steps"]
SCRIPT = ROOT / "scripts" / "action_run.py"
PYTHIA = "examples/pythia.osaid.yaml"
OLMO = "examples/olmo.osaid.json"
STARCODER = "examples/starcoder2.osaid.yaml"


def _module() -> Any:
    spec = importlib.util.spec_from_file_location("action_run", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _step(name: str) -> dict[str, Any]:
    return next(s for s in STEPS if s.get("id") == name or s.get("name") == name)


# --- action.yml -----------------------------------------------------------------------------


def test_the_action_sets_up_its_own_python() -> None:
    assert ACTION["runs"]["using"] == "composite"
    first = STEPS[0]
    assert first["uses"].startswith("actions/setup-python@")
    assert first["with"]["python-version"] == "${{ inputs.python-version }}"
    install = _step("install")
    assert "${{ steps.python.outputs.python-path }}" in install["env"].values()
    assert '"$GITHUB_ACTION_PATH"' in install["run"]  # osaid from the Action's own checkout


def test_the_action_runs_osaid_once_through_its_script() -> None:
    runs = [s for s in STEPS if "run" in s]
    assert sum("osaid check" in s["run"] or "action_run.py" in s["run"] for s in runs) == 1
    check = _step("check")
    assert "$GITHUB_ACTION_PATH/scripts/action_run.py" in check["run"]
    assert set(check["env"]) == {
        "OSAID_PATHS", "OSAID_POLICY", "OSAID_STRICT", "OSAID_ARGS", "OSAID_SARIF"
    }  # fmt: skip
    assert all(f"inputs.{n}" in str(check["env"]) for n in ("paths", "policy", "strict", "args"))


def test_sarif_is_uploaded_only_when_it_was_written() -> None:
    upload = _step("Upload SARIF")
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert "always()" in upload["if"]
    assert "steps.check.outputs.sarif-file != ''" in upload["if"]
    assert upload["with"]["sarif_file"] == "${{ steps.check.outputs.sarif-file }}"


def test_the_job_fails_by_the_exit_code() -> None:
    fail = _step("Fail when not Open Source AI")
    assert "steps.check.outputs.exit-code != '0'" in fail["if"]
    assert ACTION["outputs"]["exit-code"]["value"] == "${{ steps.check.outputs.exit-code }}"


# --- the check step, run as GitHub runs it --------------------------------------------------


def _run_step(
    tmp_path: Path, **inputs: str
) -> tuple[subprocess.CompletedProcess[str], dict[str, str], str]:
    output, step_summary = tmp_path / "output", tmp_path / "summary.md"
    env = {
        "PATH": "",
        "GITHUB_OUTPUT": str(output),
        "GITHUB_STEP_SUMMARY": str(step_summary),
        "OSAID_SARIF": str(tmp_path / "osaid.sarif"),
        "NO_COLOR": "1",
        **inputs,
    }
    result = subprocess.run(
        [sys.executable, str(SCRIPT)], cwd=ROOT, env=env, capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    outputs = dict(
        line.split("=", 1) for line in output.read_text("utf-8").splitlines() if "=" in line
    )
    return result, outputs, step_summary.read_text("utf-8")


def test_the_step_writes_the_exit_code_the_sarif_and_a_summary(tmp_path: Path) -> None:
    result, outputs, text = _run_step(tmp_path, OSAID_PATHS=f"{PYTHIA} {STARCODER}")
    assert result.returncode == 0  # the step ran; failing the job is the next step's
    assert outputs == {"exit-code": "1", "sarif-file": str(tmp_path / "osaid.sarif")}
    assert result.stdout.count("$ osaid check") == 1
    log = json.loads((tmp_path / "osaid.sarif").read_text("utf-8"))
    assert [a["location"]["uri"] for a in log["runs"][0]["artifacts"]] == [PYTHIA, STARCODER]
    assert "**1 of 2 releases are Open Source AI; 1 are not** (policy `osaid-1.0`)" in text
    assert f"| `{PYTHIA}` | Pythia 12B (EleutherAI) | ✅ open | passes | none |" in text
    assert "would-pass-with-other-licenses" in text
    assert "### Problems (1)" in text
    assert f"| `{STARCODER}:18` | license | model-parameters: LicenseRef-bigcode" in text


def test_open_releases_give_exit_code_0(tmp_path: Path) -> None:
    _, outputs, text = _run_step(tmp_path, OSAID_PATHS=f"{PYTHIA} {OLMO}", OSAID_STRICT="true")
    assert outputs["exit-code"] == "0"
    assert "**2 of 2 releases are Open Source AI**" in text
    assert "Problems" not in text


def test_unreadable_input_is_in_the_summary(tmp_path: Path) -> None:
    _, outputs, text = _run_step(
        tmp_path, OSAID_PATHS=f"{PYTHIA} examples/invalid/typos.osaid.yaml"
    )
    assert outputs["exit-code"] == "2"
    assert "1 could not be read" in text
    assert "| `examples/invalid/typos.osaid.yaml` |  | ⚠️ unreadable | 2 errors |  |" in text
    assert "invalid-manifest | license: unknown licence 'Apache2'" in text


def test_no_sarif_no_upload(tmp_path: Path) -> None:
    """A usage error stops osaid before it writes SARIF: no ``sarif-file`` output, so the
    Action uploads nothing, and the summary says why."""
    stale = tmp_path / "osaid.sarif"
    stale.write_text('{"runs": [{"results": []}]}', "utf-8")  # an earlier step's log
    result, outputs, text = _run_step(tmp_path, OSAID_PATHS=PYTHIA, OSAID_POLICY="no-such")
    assert outputs == {"exit-code": "2"}
    assert "before writing its SARIF log" in text
    assert "no-such" in result.stderr


def test_the_inputs_make_one_command_line() -> None:
    module = _module()
    argv = module.command(
        {
            "OSAID_PATHS": "models 'with blank.osaid.yaml'",
            "OSAID_POLICY": "mof-1.0",
            "OSAID_STRICT": "true",
            "OSAID_ARGS": "--from mot --include '*.yml'",
            "OSAID_SARIF": "out.sarif",
        }
    )
    assert argv[1:] == [
        "-m", "osaid", "check", "models", "with blank.osaid.yaml", "--policy", "mof-1.0",
        "--strict", "--from", "mot", "--include", "*.yml", "--format", "sarif",
        "--output", "out.sarif",
    ]  # fmt: skip


def test_the_summary_escapes_what_manifests_say() -> None:
    log = {
        "runs": [
            {
                "artifacts": [
                    {
                        "location": {"uri": "a|b.osaid.yaml"},
                        "properties": {"name": "X | <b>Y</b>\nZ", "verdict": "undetermined",
                                       "outcome": "undetermined", "mof-class": None},
                    }
                ],
                "results": [],
            }
        ]
    }  # fmt: skip
    text = _module().summary(log, 1, "osaid-1.0")
    row = next(line for line in text.splitlines() if line.startswith("| `a"))
    assert (
        row
        == "| `a\\|b.osaid.yaml` | X \\| &lt;b>Y&lt;/b> Z | ❔ undetermined | undetermined | none |"
    )
    assert "1 cannot be decided" in text


def test_every_exit_code_is_explained() -> None:
    module = _module()
    said = {code: module.summary(None, code, "osaid-1.0") for code in (0, 1, 2, 74)}
    assert all(f"osaid exited {code} (" in text for code, text in said.items())
    assert len(set(said.values())) == 4
