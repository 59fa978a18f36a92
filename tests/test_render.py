"""The renderers: pure functions from reports (and problems) to text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from osaid import ManifestError, Problem, evaluate, load_manifest, loads_manifest
from osaid.loader import load_manifest_located
from osaid.render import (
    blocker_field,
    render_json,
    render_markdown,
    render_sarif,
    render_text,
    sarif_results,
)
from osaid.report import Report

EXAMPLES = Path(__file__).parent.parent / "examples"


def report_of(name: str) -> Report:
    path = EXAMPLES / name
    return evaluate(load_manifest(path)).with_source(str(path))


def test_text_puts_the_verdict_first() -> None:
    text = render_text(report_of("phi-2.osaid.yaml"))
    lines = text.splitlines()
    assert lines[0].endswith(
        ": NOT OPEN SOURCE AI — Phi-2 2.7B (Microsoft) lacks required components"
    )
    assert lines[1:4] == [
        "  ✗ data-information  not-open",
        "  ✗ code              not-open",
        "  ✓ parameters        open",
    ]
    assert "Blockers (7):" in lines
    assert lines[-1].startswith("Policy osaid-1.0; SPDX licence list ")


def test_text_colour() -> None:
    report = report_of("pythia.osaid.yaml")
    assert "\033[" not in render_text(report)
    coloured = render_text(report, colour=True)
    assert "\033[32m✓\033[0m data-information" in coloured


def test_json_of_a_problem() -> None:
    error = ManifestError([Problem("m.yaml", 3, 5, "license", "unknown licence 'x'")])
    assert json.loads(render_json([error])) == {
        "source": "m.yaml",
        "verdict": None,
        "errors": [{"line": 3, "column": 5, "field": "license", "message": "unknown licence 'x'"}],
    }


def test_markdown_escapes_table_cells() -> None:
    system = loads_manifest(
        "manifest-version: 1\nsystem: {name: 'A|B <script>'}\n"
        "components:\n  model-parameters: {status: not-released}\n"
    )
    text = render_markdown([evaluate(system).with_source("a|b.yaml")])
    assert text.startswith("## ❌ A\\|B &lt;script>: NOT OPEN SOURCE AI\n")
    assert "`a\\|b.yaml`: lacks required components." in text
    assert "| `model-parameters` | missing | model-parameters is not released |" in text


def test_markdown_of_several_inputs_and_a_problem() -> None:
    error = ManifestError([Problem("bad.yaml", 2, 1, "", "invalid YAML: x")])
    text = render_markdown([report_of("pythia.osaid.yaml"), error])
    assert "## ✅ Pythia 12B (EleutherAI): OPEN SOURCE AI" in text
    assert text.endswith("## ⚠️ `bad.yaml`: cannot be read\n\n- line 2, column 1: invalid YAML: x\n")


@pytest.mark.parametrize(
    ("component", "field"),
    [
        ("model-parameters", "components.model-parameters"),
        ("data-information.provenance", "data-information.provenance"),
        ("training-data[2]", "training-data[2]"),
        ("training-data", "training-data"),
    ],
)
def test_blocker_field(component: str, field: str) -> None:
    assert blocker_field(component) == field


def test_sarif() -> None:
    path = EXAMPLES / "phi-2.osaid.yaml"
    system, where = load_manifest_located(path)
    report = evaluate(system).with_source("examples/phi-2.osaid.yaml")
    error = ManifestError([Problem("dir with space/m.yaml", 4, 2, "system", "bad")])
    sarif = json.loads(render_sarif([(report, where), (error, None)]))
    assert sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    run = sarif["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == ["license", "missing", "unknown", "access", "invalid-manifest"]
    results = run["results"]
    assert len(results) == len(report.blockers) + 1
    for r in results:
        assert rules[r["ruleIndex"]] == r["ruleId"]
        assert r["level"] in ("error", "warning")
    first = results[0]
    assert first["message"]["text"] == (
        "data-information.provenance: provenance of the training data is not disclosed "
        "(fix: document the provenance of the training data)"
    )
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "examples/phi-2.osaid.yaml"},
        "region": {"startLine": 28, "startColumn": 3},
    }
    training_code = next(r for r in results if r["properties"]["component"] == "training-code")
    assert training_code["locations"][0]["physicalLocation"]["region"]["startLine"] == 22
    last = results[-1]
    assert last["ruleId"] == "invalid-manifest"
    assert last["message"]["text"] == "system: bad"
    assert last["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "dir%20with%20space/m.yaml"},
        "region": {"startLine": 4, "startColumn": 2},
    }


def test_sarif_without_positions_points_at_line_1() -> None:
    report = report_of("starcoder2.osaid.yaml")
    sarif = json.loads(render_sarif([(report, None)]))
    region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1, "startColumn": 1}


def test_sarif_uris() -> None:
    error = ManifestError([Problem("/abs/dir/m.yaml", 1, 1, "", "bad")])
    sarif = json.loads(render_sarif([(error, None)]))
    location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "file:///abs/dir/m.yaml"


def test_a_model_on_the_hub_that_cannot_be_read_has_no_position_in_markdown() -> None:
    from osaid.hub import HubError

    error = HubError("hf:nobody/nothing", "no such model on the Hub (the Hub answered 404)")
    text = render_markdown([error])
    assert "- no such model on the Hub (the Hub answered 404)" in text
    assert "line 0" not in text


@pytest.mark.parametrize(
    ("ref", "uri"),
    [
        ("hf:EleutherAI/pythia-1b", "https://huggingface.co/EleutherAI/pythia-1b"),
        ("hf:org/name@v1.0", "https://huggingface.co/org/name/tree/v1.0"),
    ],
)
def test_sarif_locates_a_model_on_the_hub_at_its_page(ref: str, uri: str) -> None:
    from osaid.hub import HubError

    (result,) = sarif_results(HubError(ref, "gated model"), None)
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == uri
    assert location["region"] == {"startLine": 1, "startColumn": 1}
