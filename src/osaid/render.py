"""Renderers: pure functions from reports to text."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from osaid.errors import ManifestError
from osaid.report import Report
from osaid.verdict import Verdict

__all__ = ["error_json", "render_json", "render_text"]

_OUTCOME = {
    "passes": "qualifies as Open Source AI",
    "would-pass-with-other-licenses": "would qualify if it changed its licences",
    "lacks-components": "lacks required components",
    "undetermined": "cannot be decided from what is declared",
}
_HEADLINE = {
    Verdict.OPEN: "OPEN SOURCE AI",
    Verdict.NOT_OPEN: "NOT OPEN SOURCE AI",
    Verdict.UNDETERMINED: "UNDETERMINED",
}
_MARK = {Verdict.OPEN: "✓", Verdict.NOT_OPEN: "✗", Verdict.UNDETERMINED: "?"}
_COLOUR = {Verdict.OPEN: "32", Verdict.NOT_OPEN: "31", Verdict.UNDETERMINED: "33"}


def _paint(text: str, verdict: Verdict, colour: bool) -> str:
    return f"\033[{_COLOUR[verdict]}m{text}\033[0m" if colour else text


def render_text(report: Report, *, colour: bool = False) -> str:
    """A report as a person reads it in a terminal: the verdict first, then each blocker."""
    s = report.subject
    title = s.name + (f" {s.version}" if s.version else "")
    title += f" ({s.producer})" if s.producer else ""
    lines = []
    where = f"{report.source}: " if report.source else ""
    lines.append(
        _paint(f"{where}{_HEADLINE[report.verdict]}", report.verdict, colour)
        + f" — {title} {_OUTCOME[report.outcome]}"
    )
    for element, result in report.elements.items():
        mark = _paint(_MARK[result.verdict], result.verdict, colour)
        lines.append(f"  {mark} {element.value:<17} {result.verdict.value}")
    if report.blockers:
        lines.append("")
        lines.append(f"Blockers ({len(report.blockers)}):")
        for b in report.blockers:
            lines.append(f"  - {b.component} [{b.kind}]: {b.message}")
            if b.remedy:
                lines.append(f"      fix: {b.remedy}")
    lines.append("")
    mof = report.mof
    if mof.class_ is None:
        gaps = ", ".join(f"{g.component} ({g.reason})" for g in mof.lacks["III"])
        lines.append(f"MOF class: none (Class III lacks {gaps})")
    else:
        nxt = {"III": "II", "II": "I"}.get(mof.class_)
        extra = ""
        if nxt:
            gaps = ", ".join(f"{g.component} ({g.reason})" for g in mof.lacks[nxt])  # type: ignore[index]
            extra = f"; Class {nxt} lacks {gaps}"
        lines.append(f"MOF class: {mof.class_}{extra}")
    interpretations = sorted(
        {f.code for c in report.components for f in c.findings if f.interpretation}
        | {f.code for e in report.elements.values() for f in e.findings if f.interpretation}
    )
    if interpretations:
        lines.append(f"Interpretations applied: {', '.join(interpretations)}")
    lines.append(
        f"Policy {report.policy.name}"
        + (f" ({report.policy.source})" if report.policy.source else "")
        + f"; SPDX licence list {report.policy.spdx_license_list_version}; osaid "
        f"{report.osaid_version}"
    )
    return "\n".join(lines) + "\n"


def error_json(error: ManifestError) -> dict[str, Any]:
    """The JSON stand-in for an input that could not be read (SPEC §8)."""
    return {
        "source": error.path,
        "verdict": None,
        "errors": [
            {"line": p.line, "column": p.column, "field": p.field, "message": p.message}
            for p in error.problems
        ],
    }


def render_json(items: Sequence[Report | ManifestError]) -> str:
    """One JSON object for one input, an array for several, in input order."""
    docs = [
        error_json(item) if isinstance(item, ManifestError) else item.model_dump(mode="json")
        for item in items
    ]
    payload: Any = docs[0] if len(docs) == 1 else docs
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
