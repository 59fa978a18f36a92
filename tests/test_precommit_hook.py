"""The pre-commit hook (``.pre-commit-hooks.yaml``), as pre-commit itself runs it.

``pre-commit try-repo`` installs the hook from this work tree into its own environment, as a
user's ``pre-commit`` would from the repository, and runs it on the files of a scratch git
repository.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from osaid._files import Finder

ROOT = Path(__file__).parent.parent
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
HOOK = next(h for h in HOOKS if h["id"] == "osaid-check")
SYNTAXES = ("yaml", "yml", "json", "toml")

MATCHES = {
    "osaid.yaml": True,
    "osaid.yml": True,
    "osaid.json": True,
    "osaid.toml": True,
    "models/osaid.yaml": True,
    "pythia.osaid.yaml": True,
    "a/b/olmo.osaid.json": True,
    "llama-2.osaid.toml": True,
    "x.osaid.yml": True,
    "pythia.osaid.cdx.json": True,  # a directory walk reads it too (*.osaid.*)
    "osaid.yaml.bak": False,
    "notosaid.yaml": False,
    "osaid.cdx.json": False,
    "osaid.txt": False,
    "x.osaid.md": False,
    "pyproject.toml": False,
    "mkdocs.yml": False,
    "osaid.yaml/readme.md": False,
    "README.md": False,
}


@pytest.mark.parametrize(("name", "matches"), MATCHES.items())
def test_the_hook_matches_every_manifest_spelling(name: str, matches: bool) -> None:
    assert bool(re.search(HOOK["files"], name)) is matches


def test_the_hook_picks_what_a_directory_walk_reads(tmp_path: Path) -> None:
    """In the four syntaxes, the hook checks the files ``osaid check DIR`` reads."""
    for name in MATCHES:
        if not name.startswith("osaid.yaml/"):
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_text("")
    walked = {
        Path(p).relative_to(tmp_path).as_posix() for p in Finder((), ()).expand([str(tmp_path)])
    }
    in_syntaxes = {n for n in walked if n.rsplit(".", 1)[-1] in SYNTAXES}
    hooked = {n for n in MATCHES if not n.startswith("osaid.yaml/") and re.search(HOOK["files"], n)}
    assert in_syntaxes == hooked


def test_the_hook_runs_the_quiet_check() -> None:
    assert HOOK["entry"] == "osaid check --only-failing"
    assert HOOK["language"] == "python"
    assert HOOK["pass_filenames"] is True


# --- through pre-commit itself ----------------------------------------------------------------


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git repository holding two manifests that pass, one that fails, one that is invalid."""
    repo = tmp_path_factory.mktemp("repo")
    _git(repo, "init", "-q")
    (repo / "osaid.yaml").write_text((ROOT / "examples/pythia.osaid.yaml").read_text("utf-8"))
    (repo / "models").mkdir()
    (repo / "models/olmo.osaid.json").write_text(
        (ROOT / "examples/olmo.osaid.json").read_text("utf-8")
    )
    (repo / "models/phi-2.osaid.yaml").write_text(
        (ROOT / "examples/phi-2.osaid.yaml").read_text("utf-8")
    )
    (repo / "models/typos.osaid.yaml").write_text(
        (ROOT / "examples/invalid/typos.osaid.yaml").read_text("utf-8")
    )
    (repo / "notes.yaml").write_text("not: a manifest\n")
    _git(repo, "add", ".")
    return repo


def _try_repo(repo: Path, *files: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1"}
    env["PRE_COMMIT_HOME"] = str(repo.parent / "pre-commit-home")  # the hook's own install
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "osaid-check",
         "--files", *files],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=600,
    )  # fmt: skip


_NEEDS_GIT = pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(),
    reason="pre-commit try-repo needs git, and osaid's source as a git repository (not an sdist)",
)


@_NEEDS_GIT
def test_pre_commit_passes_open_releases_quietly(scratch: Path) -> None:
    result = _try_repo(scratch, "osaid.yaml", "models/olmo.osaid.json", "notes.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    hook_line = next(line for line in result.stdout.splitlines() if line.startswith("osaid"))
    assert hook_line.endswith("Passed")
    assert "OPEN SOURCE AI" not in result.stdout  # nothing is printed for a passing file


@_NEEDS_GIT
def test_pre_commit_prints_only_what_fails(scratch: Path) -> None:
    result = _try_repo(
        scratch,
        "osaid.yaml",
        "models/olmo.osaid.json",
        "models/phi-2.osaid.yaml",
        "models/typos.osaid.yaml",
    )
    assert result.returncode == 1
    out = result.stdout
    hook_line = next(line for line in out.splitlines() if line.startswith("osaid"))
    assert hook_line.endswith("Failed")
    assert "- exit code: 2" in out
    assert "models/phi-2.osaid.yaml: NOT OPEN SOURCE AI" in out
    assert "models/typos.osaid.yaml:5:10: license: unknown licence 'Apache2'" in out
    # the two files that pass are not mentioned at all
    assert not any(line.startswith(("osaid.yaml", "models/olmo")) for line in out.splitlines())
    assert "OLMo" not in out
    assert "Pythia" not in out
