"""The GitHub Action's check step (``action.yml``): run ``osaid check`` once, then report.

One run writes the SARIF log; the job summary (Markdown) is made from that log, whose
artifacts list every input with its verdict and whose results are the blockers and problems,
so nothing is evaluated twice. The step's outputs (``$GITHUB_OUTPUT``) are ``exit-code``
and, only when a SARIF log was written, ``sarif-file``: the Action uploads SARIF only then.

Inputs come from the environment, as ``action.yml`` passes them: ``OSAID_PATHS`` (paths
separated by blanks, shell-quoted where needed), ``OSAID_POLICY``, ``OSAID_STRICT``
(``true``/``false``), ``OSAID_ARGS`` (more ``osaid check`` options), ``OSAID_SARIF`` (where
to write the log). The step itself always succeeds when osaid ran: whether the job fails is
the Action's next step, by ``exit-code``.

Run by hand: ``OSAID_PATHS=examples python scripts/action_run.py``.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

_MEANING = {
    0: "every release is Open Source AI",
    1: "some release is not Open Source AI, or cannot be decided",
    2: "some input could not be read, or osaid was called wrongly",
}
_MARK = {"open": "✅", "not-open": "❌", "undetermined": "❔", None: "⚠️"}


def command(env: dict[str, str]) -> list[str]:
    """The ``osaid check`` command line the inputs ask for."""
    argv = [sys.executable, "-m", "osaid", "check", *shlex.split(env.get("OSAID_PATHS", ""))]
    argv += ["--policy", env.get("OSAID_POLICY") or "osaid-1.0"]
    if env.get("OSAID_STRICT", "false").lower() == "true":
        argv.append("--strict")
    argv += shlex.split(env.get("OSAID_ARGS", ""))
    return [*argv, "--format", "sarif", "--output", env.get("OSAID_SARIF") or "osaid.sarif"]


def read_log(path: Path) -> dict[str, Any] | None:
    """The SARIF log osaid wrote, or ``None`` when there is none (osaid stopped before it)."""
    try:
        log = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return log if isinstance(log, dict) and log.get("runs") else None


def _cell(text: object) -> str:
    """Text safe in a Markdown table cell."""
    value = "" if text is None else str(text)
    for bad, good in (("\\", "\\\\"), ("|", "\\|"), ("<", "&lt;"), ("\r", " "), ("\n", " ")):
        value = value.replace(bad, good)
    return value


def summary(log: dict[str, Any] | None, code: int, policy: str) -> str:
    """The job summary in Markdown: a line for the run, a row per input, a row per problem."""
    lines = ["## osaid: Open Source AI Definition 1.0", ""]
    meaning = _MEANING.get(code, "the output could not be written")
    if log is None:
        lines.append(f"osaid exited {code} ({meaning}) before writing its SARIF log; the log")
        lines.append("of this step says why.")
        return "\n".join(lines) + "\n"
    run = log["runs"][0]
    artifacts = run.get("artifacts", [])
    verdicts = [a.get("properties", {}).get("verdict") for a in artifacts]
    counts = {v: verdicts.count(v) for v in ("open", "not-open", "undetermined", None)}
    said = [f"{counts['open']} of {len(artifacts)} releases are Open Source AI"]
    said += [f"{counts['not-open']} are not"] if counts["not-open"] else []
    said += [f"{counts['undetermined']} cannot be decided"] if counts["undetermined"] else []
    said += [f"{counts[None]} could not be read"] if counts[None] else []
    lines.append(f"**{'; '.join(said)}** (policy `{_cell(policy)}`). Exit code {code}: {meaning}.")
    if artifacts:
        lines += ["", "| file | release | verdict | outcome | MOF class |"]
        lines.append("| --- | --- | --- | --- | --- |")
        for artifact in artifacts:
            props = artifact.get("properties", {})
            verdict = props.get("verdict")
            uri = artifact.get("location", {}).get("uri", "")
            shown = f"{_MARK.get(verdict, '')} {verdict or 'unreadable'}"
            outcome = props.get("outcome") or f"{props.get('errors', 0)} errors"
            mof = "" if verdict is None else props.get("mof-class") or "none"
            cells = (f"`{_cell(uri)}`", _cell(props.get("name")), shown, _cell(outcome), mof)
            lines.append("| " + " | ".join(cells) + " |")
    results = run.get("results", [])
    if results:
        lines += ["", f"### Problems ({len(results)})", "", "| where | kind | problem |"]
        lines.append("| --- | --- | --- |")
        for result in results:
            place = result["locations"][0]["physicalLocation"]
            where = f"{place['artifactLocation']['uri']}:{place['region']['startLine']}"
            lines.append(
                f"| `{_cell(where)}` | {_cell(result['ruleId'])} "
                f"| {_cell(result['message']['text'])} |"
            )
    return "\n".join(lines) + "\n"


def _append(name: str, text: str, env: dict[str, str]) -> None:
    target = env.get(name)
    if target:
        with open(target, "a", encoding="utf-8") as file:
            file.write(text)


def main(env: dict[str, str] | None = None) -> int:
    """Run the check, write the step's outputs and summary; the exit code is 0 once osaid ran."""
    env = dict(os.environ if env is None else env)
    argv = command(env)
    sarif = Path(argv[-1])
    sarif.unlink(missing_ok=True)  # a log left by an earlier step must not pass for this one's
    print("$ osaid " + shlex.join(argv[3:]), flush=True)
    code = subprocess.run(argv, check=False).returncode
    log = read_log(sarif)
    outputs = f"exit-code={code}\n" + (f"sarif-file={sarif}\n" if log is not None else "")
    _append("GITHUB_OUTPUT", outputs, env)
    text = summary(log, code, env.get("OSAID_POLICY") or "osaid-1.0")
    _append("GITHUB_STEP_SUMMARY", text, env)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
