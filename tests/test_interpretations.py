"""Every interpretation osaid makes is named, documented, and flagged in its findings."""

from __future__ import annotations

from pathlib import Path

from osaid import evaluate, load_manifest
from osaid.interpretations import INTERPRETATIONS

ROOT = Path(__file__).parent.parent


def test_docs_list_every_interpretation_and_nothing_else() -> None:
    text = (ROOT / "docs" / "interpretations.md").read_text("utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    documented = {row.split("`")[1] for row in rows}
    assert documented == set(INTERPRETATIONS)
    for entry in INTERPRETATIONS.values():
        assert entry.reading in text


def test_every_interpretation_finding_in_the_example_reports_is_documented() -> None:
    seen: set[str] = set()
    paths = [*(ROOT / "examples").glob("*.osaid.*"), *(ROOT / "tests/fixtures/osi").glob("*")]
    for path in paths:
        report = evaluate(load_manifest(path))
        findings = [f for c in report.components for f in c.findings]
        findings += [f for e in report.elements.values() for f in e.findings]
        for f in findings:
            if f.interpretation:
                assert f.code in INTERPRETATIONS, f.code
                seen.add(f.code)
    assert len(seen) >= 5
