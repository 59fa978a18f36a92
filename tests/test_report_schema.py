"""The published JSON Schema of the report matches the model and every report the examples give."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from osaid import evaluate, load_manifest
from osaid.report import REPORT_VERSION

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).parent.parent
SCHEMA = ROOT / "schemas" / f"report-{REPORT_VERSION}.schema.json"
MANIFESTS = [*(ROOT / "examples").glob("*.osaid.*"), *(ROOT / "tests/fixtures/osi").glob("*")]


def test_the_committed_schema_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts/generate_report_schema.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.name)
@pytest.mark.parametrize("policy", ["osaid-1.0", "mof-1.0"])
def test_every_report_validates_against_the_schema(path: Path, policy: str) -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    report = evaluate(load_manifest(path), policy).with_source(str(path))
    jsonschema.validate(report.model_dump(mode="json"), schema)


def test_the_schema_rejects_a_report_without_a_verdict() -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    doc = evaluate(load_manifest(MANIFESTS[0])).model_dump(mode="json")
    del doc["verdict"]
    with pytest.raises(jsonschema.ValidationError, match="verdict"):
        jsonschema.validate(doc, schema)
