"""Ready to publish: one version, a release workflow by trusted publishing, clean dists.

Building the distributions takes a while, so ``test_the_distributions_build_and_pass_twine``
runs only when asked: ``OSAID_TEST_BUILD=1 python -m pytest tests/test_packaging.py``.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
import yaml

from osaid._version import __version__
from osaid.cli import main

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def test_the_version_is_written_in_one_place() -> None:
    project = PYPROJECT["project"]
    assert "version" not in project
    assert project["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "src/osaid/_version.py"
    # the build reads it with hatch's default pattern: one plain assignment
    text = (ROOT / "src/osaid/_version.py").read_text("utf-8")
    assert re.findall(r'^__version__ = "([^"]+)"$', text, re.MULTILINE) == [__version__]


def test_the_installed_metadata_and_the_command_say_the_same_version(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert importlib.metadata.version("osaid") == __version__
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"osaid {__version__}\n"


def test_the_version_is_a_valid_python_version() -> None:
    from packaging.version import Version

    assert str(Version(__version__)) == __version__


def test_the_docs_promise_no_release_that_does_not_exist() -> None:
    """No ``pip install osaid`` from PyPI and no tag, until a release exists."""
    pages = [ROOT / "README.md", ROOT / "action.yml", ROOT / ".pre-commit-hooks.yaml",
             *(ROOT / "docs").glob("*.md")]  # fmt: skip
    for page in pages:
        text = page.read_text("utf-8")
        # from PyPI: `pip install osaid`, `'osaid[testing]'`; from source (`osaid @ git+…`) is fine
        from_pypi = r"pip install ['\"]?osaid(\[[^\]]*\])?(?!\s*@)(['\"\s]|$)"
        assert not re.search(from_pypi, text, re.MULTILINE), page
        assert not re.search(r"osaid@v\d|rev: v\d", text), page  # no tag of osaid exists


def test_the_release_workflow_publishes_by_trusted_publishing_on_a_tag() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    trigger = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert trigger == {"push": {"tags": ["v*"]}}
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    publish = jobs["publish"]
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"]["name"] == "pypi"
    uses = [step.get("uses", "") for step in publish["steps"]]
    assert "pypa/gh-action-pypi-publish@release/v1" in uses
    assert "secrets." not in WORKFLOW.read_text("utf-8")  # no token: trusted publishing
    assert publish["needs"] == "build"
    assert jobs["build"]["needs"] == "test"
    build = "\n".join(step.get("run", "") for step in jobs["build"]["steps"])
    assert "python -m build" in build
    assert "twine check --strict dist/*" in build
    assert "src/osaid/_version.py" in build  # the tag must name the version


@pytest.mark.skipif(
    os.environ.get("OSAID_TEST_BUILD") != "1",
    reason="builds the sdist and wheel (slow): set OSAID_TEST_BUILD=1 to run it",
)
def test_the_distributions_build_and_pass_twine(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    dists = sorted(tmp_path.iterdir())
    assert [d.name for d in dists] == [
        f"osaid-{__version__}-py3-none-any.whl",
        f"osaid-{__version__}.tar.gz",
    ]
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, dists)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    wheel = zipfile.ZipFile(dists[0]).namelist()
    assert "osaid/py.typed" in wheel
    assert any(n.startswith("osaid/licenses/_data/") for n in wheel)
    metadata = zipfile.ZipFile(dists[0]).read(f"osaid-{__version__}.dist-info/METADATA")
    assert f"Version: {__version__}\n" in metadata.decode()
    with tarfile.open(dists[1]) as sdist_file:
        sdist = sdist_file.getnames()
    assert f"osaid-{__version__}/schemas/report-1.schema.json" in sdist
