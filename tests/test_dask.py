"""The docs' recipe for a Dask cluster, run as written on a real local cluster."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from osaid.bulk import compact, evaluate_many
from osaid.formats.hub import iter_hub_records

pytest.importorskip("dask.distributed")

ROOT = Path(__file__).parent.parent
RECIPE_HEADING = "## Screening a Hub listing on a Dask cluster"


def _recipe() -> str:
    page = (ROOT / "docs" / "recipes.md").read_text("utf-8")
    section = page[page.index(RECIPE_HEADING) :]
    match = re.search(r"^```python\n(.*?)^```", section, re.DOTALL | re.MULTILINE)
    assert match is not None
    return match.group(1)


def test_the_recipes_records_are_the_fixtures() -> None:
    fixtures = sorted((ROOT / "tests" / "fixtures" / "hub" / "models").rglob("*.json"))
    lines = (ROOT / "examples" / "hub" / "records.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [json.loads(p.read_text()) for p in fixtures]


def test_the_dask_recipe_gives_what_evaluating_here_gives(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, Any] = {"__name__": "__main__"}
    exec(compile(_recipe(), "docs/recipes.md", "exec"), namespace)  # noqa: S102 - our own docs
    here = list(evaluate_many(iter_hub_records(namespace["RECORDS"]), transform=compact))
    assert namespace["screened"] == here
    assert [json.loads(line)["verdict"] for line in here] == [
        "undetermined", "not-open", "undetermined", "not-open"
    ]  # fmt: skip
    assert namespace["checked"] == list(evaluate_many(namespace["MANIFESTS"], transform=compact))
    assert capsys.readouterr().out.splitlines() == here
