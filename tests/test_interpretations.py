"""Every interpretation osaid makes is named, documented, and flagged in its findings."""

from __future__ import annotations

import ast
from pathlib import Path

from osaid import ManifestError, Report, assess_license, evaluate, load_manifest
from osaid.formats import read
from osaid.interpretations import INTERPRETATIONS
from osaid.licenses import knowledge

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


# --- every interpretation a finding can carry is registered ------------------------------------

SRC = ROOT / "src" / "osaid"
FORMAT_MODULES = {"mot", "hf", "hub", "spdx", "cyclonedx"}


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _interpreting_calls(path: Path) -> list[tuple[int, str]]:
    """(line, code) of every call in ``path`` that makes a finding rest on an interpretation
    and names its code as a literal (a format's ``Collector.add`` prefixes its format)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        code = _literal(node.args[0])
        flagged = any(
            k.arg == "interpretation"
            and isinstance(k.value, ast.Constant)
            and k.value.value is True
            for k in node.keywords
        )
        if code is None or not (flagged or name in ("interpretation", "_interpreted")):
            continue
        if name == "add" and path.stem in FORMAT_MODULES:
            code = f"{path.stem}-{code}"
        found.append((node.lineno, code))
    return found


def test_every_interpretation_the_code_names_is_registered() -> None:
    named = [
        (f"{path.relative_to(SRC)}:{line}", code)
        for path in sorted(SRC.rglob("*.py"))
        for line, code in _interpreting_calls(path)
    ]
    assert len(named) >= 15  # the walk finds the calls it is meant to
    assert [(where, code) for where, code in named if code not in INTERPRETATIONS] == []


def _interpreted_codes(report: Report) -> set[str]:
    findings = [*report.findings, *report.mof.findings]
    findings += [f for c in report.components for f in c.findings]
    findings += [f for e in report.elements.values() for f in e.findings]
    return {f.code for f in findings if f.interpretation}


def test_every_interpretation_real_releases_meet_is_registered() -> None:
    seen: set[str] = set()
    for path in sorted((ROOT / "tests" / "data" / "real").rglob("*")):
        if path.suffix not in (".yml", ".yaml", ".json", ".md") or path.name == "SOURCE.md":
            continue
        try:
            imported = read(path.read_text("utf-8"), name=str(path))
        except ManifestError:
            continue
        for policy in ("osaid-1.0", "mof-1.0"):
            report = evaluate(imported.system, policy).with_findings(imported.findings)
            seen |= _interpreted_codes(report)
    for lic in knowledge().licenses:
        for element in ("code", "parameters", "data-information"):
            found = assess_license(lic, element).findings
            seen |= {f.code for f in found if f.interpretation}
    assert seen - set(INTERPRETATIONS) == set()
    assert len(seen) >= 15
