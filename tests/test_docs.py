"""Every code block in README.md, CONTRIBUTING.md and docs/ runs or parses as what it shows.

- ``console`` blocks: ``$ osaid …`` and the exact output (stdout, then stderr) it prints;
  ``python scripts/refresh_docs_output.py`` refreshes them;
- ``python`` blocks: run, top to bottom, each page's blocks in one namespace;
- ``yaml``, ``json`` blocks: parse; a manifest (``manifest-version``) must load as a manifest
  and a policy (``policy-version``) as a policy;
- ``sh`` blocks: install and test commands, which ``.ci/run`` itself performs; checked with
  ``bash -n`` for syntax.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from osaid import loads_manifest

ROOT = Path(__file__).parent.parent
PAGES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^( *)```(\w*)\n(.*?)^\1```", re.DOTALL | re.MULTILINE)


def _blocks(language: str) -> list[Any]:
    out = []
    for page in PAGES:
        for indent, lang, body in FENCE.findall(page.read_text("utf-8")):
            if lang == language:
                lines = [line[len(indent) :] for line in body.splitlines(keepends=True)]
                text = "".join(lines)
                out.append(pytest.param(page, text, id=f"{page.name}-{len(out)}"))
    return out


def _refresher() -> Any:
    spec = importlib.util.spec_from_file_location(
        "refresh_docs_output", ROOT / "scripts" / "refresh_docs_output.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("page", "block"), _blocks("console"))
def test_console_blocks_show_real_output(
    page: Path, block: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    command, _, expected = block.partition("\n")
    assert command.startswith("$ "), page.name
    if not command.startswith("$ osaid "):  # a shell command the reader types, shown alone
        assert not expected, page.name
        _assert_bash_syntax(command.removeprefix("$ "))
        return
    assert _refresher().run(command) == expected, f"{page.name}: {command}"


def test_python_blocks_run_page_by_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    ran = 0
    for page in PAGES:
        namespace: dict[str, Any] = {"__name__": f"docs_{page.stem}"}
        for _indent, lang, body in FENCE.findall(page.read_text("utf-8")):
            if lang == "python":
                exec(compile(body, str(page), "exec"), namespace)  # noqa: S102 - our own docs
                ran += 1
    assert ran >= 3


@pytest.mark.parametrize(("page", "block"), _blocks("yaml"))
def test_yaml_blocks_parse_as_what_they_show(page: Path, block: str) -> None:
    data = yaml.safe_load(block.replace("…", ""))
    if isinstance(data, dict) and {"manifest-version", "system"} <= data.keys():
        loads_manifest(block, "yaml", path=page.name)
    elif isinstance(data, dict) and "policy-version" in data:
        from osaid.policy_file import loads_policy

        loads_policy(block, path=page.name)


@pytest.mark.parametrize(("page", "block"), _blocks("json"))
def test_json_blocks_parse(page: Path, block: str) -> None:
    assert isinstance(json.loads(block), dict | list)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize(("page", "block"), _blocks("sh"))
def test_shell_blocks_are_valid_bash(page: Path, block: str) -> None:
    _assert_bash_syntax(block)


def _assert_bash_syntax(block: str) -> None:
    result = subprocess.run(
        ["bash", "-n"], input=block, text=True, capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_the_readme_opens_with_the_two_commands_a_newcomer_runs() -> None:
    first_block = (ROOT / "README.md").read_text("utf-8").split("```sh\n", 1)[1].split("```")[0]
    install, test = first_block.strip().splitlines()
    assert "pip install" in install
    assert (ROOT / install.rsplit(" ", 1)[-1]).is_file()
    assert test.endswith("python -m pytest")


def test_the_docs_show_the_fallback_rule_the_evaluator_walks() -> None:
    from osaid.definition import DATA_INFORMATION_FALLBACK, render_rule

    text = (Path(__file__).parent.parent / "docs" / "concepts.md").read_text("utf-8")
    assert f"    {render_rule(DATA_INFORMATION_FALLBACK)}\n" in text
