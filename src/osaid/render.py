"""Renderers: pure functions from reports to text (plain, JSON, Markdown, SARIF 2.1.0)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from pydantic_core import to_json

from osaid.errors import ManifestError
from osaid.permissions import LicensePermission, rank
from osaid.report import Blocker, Report
from osaid.verdict import Verdict

if TYPE_CHECKING:
    from osaid._documents import CompactErrorLine, CompactReportLine, ErrorDocument
    from osaid.components import Element
    from osaid.explain import Branch, Explanation, LicenseRow
    from osaid.loader import SourceMap

__all__ = [
    "SARIF_SCHEMA",
    "blocker_field",
    "compact_doc",
    "compact_line",
    "error_json",
    "error_text",
    "escape",
    "json_doc",
    "json_element",
    "json_line",
    "json_text",
    "markdown_part",
    "render_explanation",
    "render_explanation_json",
    "render_json",
    "render_licenses",
    "render_licenses_json",
    "render_markdown",
    "render_sarif",
    "render_text",
    "sarif_artifact",
    "sarif_document",
    "sarif_results",
]

_OUTCOME = {
    "passes": "qualifies as Open Source AI",
    "would-pass-with-other-licenses": "would qualify if it changed its licences",
    "lacks-components": "lacks required components",
    "gated": "asks permission to use: its downloads need the publisher's approval",
    "licenses-not-open": "is held back by its licences, and more is undeclared",
    "undetermined": "cannot be decided from what is declared",
}
_DEFAULT_POLICY = "osaid-1.0"


def _outcome(report: Report) -> str:
    """The outcome in words; under another policy than OSAID 1.0's own, it names the policy,
    whose verdict it is."""
    said = _OUTCOME[report.outcome]
    if report.policy.name == _DEFAULT_POLICY:
        return said
    return f"{said} under policy {escape(report.policy.name)}"


_HEADLINE = {
    Verdict.OPEN: "OPEN SOURCE AI",
    Verdict.NOT_OPEN: "NOT OPEN SOURCE AI",
    Verdict.UNDETERMINED: "UNDETERMINED",
}
_MARK = {Verdict.OPEN: "✓", Verdict.NOT_OPEN: "✗", Verdict.UNDETERMINED: "?"}
_COLOUR = {Verdict.OPEN: "32", Verdict.NOT_OPEN: "31", Verdict.UNDETERMINED: "33"}


def _paint(text: str, verdict: Verdict, colour: bool) -> str:
    return f"\033[{_COLOUR[verdict]}m{text}\033[0m" if colour else text


def _escapes() -> dict[int, str]:
    """Every character that could move the cursor, change the terminal or reorder a line."""
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    controls = [*range(0x20), *range(0x7F, 0xA0)]  # C0, DEL and C1 (CSI is U+009B)
    table = {c: named.get(chr(c), f"\\x{c:02x}") for c in controls}
    # line and paragraph separators, and the bidirectional controls of "Trojan Source"
    for c in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029):
        table[c] = f"\\u{c:04x}"
    return table


_ESCAPES = _escapes()


def escape(text: object) -> str:
    """``text`` safe to print on a terminal or in Markdown: control characters, line breaks
    and bidirectional controls are written as Python escapes, so that a manifest, a policy
    file or a path cannot clear the screen, recolour it or forge a line of output.

    >>> escape("Tiny\\x1b[2J\\nOPEN SOURCE AI")
    'Tiny\\\\x1b[2J\\\\nOPEN SOURCE AI'
    """
    return str(text).translate(_ESCAPES)


def _title(report: Report) -> str:
    s = report.subject
    title = s.name + (f" {s.version}" if s.version else "")
    return escape(title + (f" ({s.producer})" if s.producer else ""))


def _mof_line(report: Report) -> str:
    mof = report.mof
    if mof.class_ is None:
        gaps = ", ".join(f"{g.component} ({g.reason})" for g in mof.lacks["III"])
        return escape(f"none (Class III lacks {gaps})")
    nxt = {"III": "II", "II": "I"}.get(mof.class_)
    if nxt is None:
        return "I"
    gaps = ", ".join(f"{g.component} ({g.reason})" for g in mof.lacks[nxt])  # type: ignore[index]
    return escape(f"{mof.class_}; Class {nxt} lacks {gaps}")


def _interpretations(report: Report) -> list[str]:
    return sorted(
        {f.code for c in report.components for f in c.findings if f.interpretation}
        | {f.code for e in report.elements.values() for f in e.findings if f.interpretation}
    )


def _policy_line(report: Report) -> str:
    policy = report.policy
    return escape(
        f"Policy {policy.name}"
        + (f" ({policy.source})" if policy.source else "")
        + f"; SPDX licence list {policy.spdx_license_list_version}; osaid {report.osaid_version}"
    )


_ANSWER_MARK = {2: "✓", 1: "?", 0: "✗"}


def _permission_lines(report: Report) -> list[tuple[str, str, str]]:
    """(mark, question, answer with what sets it) for each question a reader asks."""
    rows = []
    for p in report.permissions:
        score = rank(p.question, p.answer)  # type: ignore[arg-type]
        detail: str = p.answer
        if score < 2 and p.set_by:
            who = ", ".join(p.set_by) if len(p.set_by) <= 3 else f"{len(p.set_by)} components"
            detail += f" — set by {who} ({', '.join(p.licenses)})"
        mark = _ANSWER_MARK[score]
        if score == 0 and p.answer == "yes":
            mark = "!"  # an obligation ("Must I …? yes"), not a refusal
        rows.append((mark, p.asks, escape(detail)))
    return rows


def _notes(report: Report) -> list[str]:
    """What the report says about the document as a whole: claims, then import notes."""
    lines = []
    for claim in report.claims:
        lines.append(f"{_MARK[claim.backed]} claim {escape(claim.message)}")
    for f in report.findings:
        if f.code != "openwashing" and f.severity.value in ("error", "warning"):
            where = f" ({f.source})" if f.source else ""
            lines.append(escape(f"! {f.message}{where}"))
    return lines


def _profile_rows(report: Report) -> list[tuple[str, str]]:
    p = report.profile
    if p is None:
        return []
    return [
        ("accessibility", escape(p.accessibility)),
        ("modification", escape(p.modification)),
        ("transparency", escape(p.transparency)),
        ("licensing", escape(p.licensing)),
    ]


def render_text(report: Report, *, colour: bool = False) -> str:
    """A report as a person reads it in a terminal: the verdict first, then each blocker."""
    lines = []
    where = f"{escape(report.source)}: " if report.source else ""
    lines.append(
        _paint(f"{where}{_HEADLINE[report.verdict]}", report.verdict, colour)
        + f" — {_title(report)} {_outcome(report)}"
    )
    for element, result in report.elements.items():
        mark = _paint(_MARK[result.verdict], result.verdict, colour)
        lines.append(f"  {mark} {element.value:<17} {result.verdict.value}")
    if report.blockers:
        lines.append("")
        lines.append(f"Blockers ({len(report.blockers)}):")
        for b in report.blockers:
            lines.append(f"  - {escape(b.component)} [{b.kind}]: {escape(b.message)}")
            if b.remedy:
                lines.append(f"      fix: {escape(b.remedy)}")
    notes = _notes(report)
    if notes:
        lines.append("")
        lines.extend(notes)
    permissions = _permission_lines(report)
    if permissions:
        lines.append("")
        lines.append("What you may do with this release:")
        lines.extend(f"  {mark} {asks} {answer}" for mark, asks, answer in permissions)
    profile = _profile_rows(report)
    if profile:
        lines.append("")
        lines.append("Profile:")
        lines.extend(f"  {name:<14} {value}" for name, value in profile)
    lines.append("")
    lines.append(f"MOF class: {_mof_line(report)}")
    interpretations = _interpretations(report)
    if interpretations:
        lines.append(f"Interpretations applied: {', '.join(interpretations)}")
    lines.append(_policy_line(report))
    return "\n".join(lines) + "\n"


# --- JSON ---------------------------------------------------------------------------------------


def error_json(error: ManifestError) -> ErrorDocument:
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
    texts = [json_text(item) for item in items]
    if len(texts) == 1:
        return texts[0] + "\n"
    if not texts:
        return "[]\n"
    return "[\n" + ",\n".join(map(json_element, texts)) + "\n]\n"


def json_element(text: str) -> str:
    """A ``json_text`` indented as an element of an array (``json.dumps(..., indent=2)`` of
    a list), so that an array can be written one element at a time."""
    return "  " + text.replace("\n", "\n  ")


def json_text(item: Report | ManifestError) -> str:
    """One input's JSON document as text, indented by two spaces, non-ASCII kept.

    The text ``json.dumps(json_doc(item), indent=2, ensure_ascii=False)`` gives (a law in
    the tests), written by pydantic's serialiser: ``json.dumps`` with an indent runs in
    Python and costs several times what the evaluation does.
    """
    if isinstance(item, ManifestError):
        return json.dumps(error_json(item), indent=2, ensure_ascii=False)
    return item.model_dump_json(indent=2)


def json_doc(item: Report | ManifestError) -> dict[str, Any]:
    """One input's JSON document: its report, or the stand-in for input that could not be read."""
    if isinstance(item, ManifestError):
        return dict(error_json(item))
    return item.model_dump(mode="json")


def _line(doc: Any) -> str:
    """``doc`` as one line of JSON, spaced as pydantic writes (no blank after ``,`` or ``:``)."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def json_line(item: Report | ManifestError) -> str:
    """One input's JSON document on one line, for JSON Lines (no newline at the end).

    A report is written by pydantic's serializer straight from the model: the same document
    as ``json_text``, without indentation or blanks.

    >>> from osaid import evaluate, loads_manifest
    >>> report = evaluate(loads_manifest("manifest-version: 1\\nsystem: {name: Tiny}\\n"))
    >>> json_line(report)[:38]
    '{"report-version":"1","osaid-version":'
    """
    if isinstance(item, ManifestError):
        return _line(error_json(item))
    return item.model_dump_json()


def compact_doc(item: Report | ManifestError) -> CompactReportLine | CompactErrorLine:
    """The few facts to screen many releases by: source, name, verdict, outcome, MOF class
    and the blockers by component and kind (``errors`` too, for input that cannot be read).

    >>> from osaid import evaluate, loads_manifest
    >>> report = evaluate(loads_manifest("manifest-version: 1\\nsystem: {name: Tiny}\\n"))
    >>> doc = compact_doc(report)
    >>> doc["verdict"], doc["outcome"], doc["mof-class"], doc["blockers"][0]
    ('undetermined', 'undetermined', None, {'component': 'datasets', 'kind': 'unknown'})
    """
    if isinstance(item, ManifestError):
        return {
            "source": item.path,
            "name": None,
            "verdict": None,
            "outcome": None,
            "mof-class": None,
            "blockers": [],
            "errors": error_json(item)["errors"],
        }
    return {
        "source": item.source,
        "name": item.subject.name,
        "verdict": item.verdict.value,
        "outcome": item.outcome,
        "mof-class": item.mof_class,
        "blockers": [{"component": c, "kind": k} for c, k in item.blocked],
    }


def compact_line(item: Report | ManifestError) -> str:
    """``compact_doc`` as one line of JSON (no newline at the end): ``--format compact``.

    A report's line is written by pydantic's serializer: the same text as ``_line`` writes (a
    law in the tests), in a fraction of the time.
    """
    if isinstance(item, ManifestError):
        return _line(compact_doc(item))
    return to_json(compact_doc(item)).decode()


def error_text(error: ManifestError) -> str:
    """Why an input cannot be read, one located problem a line (``path:line:column: …``),
    with control characters escaped, as the command writes it to standard error."""
    return "".join(escape(str(p)) + "\n" for p in error.problems)


# --- Markdown -----------------------------------------------------------------------------------

_EMOJI = {Verdict.OPEN: "✅", Verdict.NOT_OPEN: "❌", Verdict.UNDETERMINED: "❔"}


def _cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return escape(
        str(text)
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("\r", " ")
        .replace("\n", " ")
        .replace("<", "&lt;")
    )


def _markdown_extras(report: Report) -> list[str]:
    """Claims and notes, what the reader may do, and the release profile."""
    lines = []
    notes = _notes(report)
    if notes:
        lines.append("")
        lines.extend(f"- {_cell(n)}" for n in notes)
    permissions = _permission_lines(report)
    if permissions:
        lines += ["", "### What you may do with this release", "", "| question | answer |",
                  "| --- | --- |"]  # fmt: skip
        lines.extend(f"| {_cell(q)} | {mark} {_cell(a)} |" for mark, q, a in permissions)
    profile = _profile_rows(report)
    if profile:
        lines += ["", "### Profile", "", "| dimension | |", "| --- | --- |"]
        lines.extend(f"| {name} | {_cell(value)} |" for name, value in profile)
    return lines


def _markdown_report(report: Report) -> list[str]:
    lines = [f"## {_EMOJI[report.verdict]} {_cell(_title(report))}: {_HEADLINE[report.verdict]}"]
    lines.append("")
    where = f"`{_cell(report.source)}`: " if report.source else ""
    lines.append(f"{where}{_outcome(report)}.")
    lines.append("")
    lines.append("| element | verdict |")
    lines.append("| --- | --- |")
    for element, result in report.elements.items():
        lines.append(f"| {element.value} | {_EMOJI[result.verdict]} {result.verdict.value} |")
    if report.blockers:
        lines.append("")
        lines.append(f"### Blockers ({len(report.blockers)})")
        lines.append("")
        lines.append("| component | kind | problem | fix |")
        lines.append("| --- | --- | --- | --- |")
        for b in report.blockers:
            lines.append(
                f"| `{_cell(b.component)}` | {b.kind} | {_cell(b.message)} | "
                f"{_cell(b.remedy or '')} |"
            )
    lines.extend(_markdown_extras(report))
    lines.append("")
    lines.append("<details><summary>Components</summary>")
    lines.append("")
    lines.append("| component | element | status | licence | verdict |")
    lines.append("| --- | --- | --- | --- | --- |")
    for c in report.components:
        role = c.element.value if c.element else "optional"
        licence = f"`{_cell(c.license)}`" if c.license else ""
        lines.append(
            f"| {_cell(c.id)} | {role} | {c.status.value} | {licence} | "
            f"{_EMOJI[c.verdict]} {c.verdict.value} |"
        )
    lines.append("")
    lines.append("</details>")
    lines.append("")
    lines.append(f"**MOF class:** {_cell(_mof_line(report))}")
    interpretations = _interpretations(report)
    if interpretations:
        lines.append("")
        lines.append(f"**Interpretations applied:** {', '.join(interpretations)}")
    lines.append("")
    lines.append(f"<sub>{_cell(_policy_line(report))}</sub>")
    return lines


def _markdown_error(error: ManifestError) -> list[str]:
    lines = [f"## ⚠️ `{_cell(error.path)}`: cannot be read", ""]
    lines.extend(
        "- "
        + (f"line {p.line}, column {p.column}: " if p.line else "")  # line 0: no position
        + (f"`{_cell(p.field)}`: " if p.field else "")
        + _cell(p.message)
        for p in error.problems
    )
    return lines


def render_markdown(items: Sequence[Report | ManifestError]) -> str:
    """Reports as Markdown, e.g. for a pull-request comment or a CI job summary."""
    return "\n\n".join(markdown_part(item) for item in items) + "\n"


def markdown_part(item: Report | ManifestError) -> str:
    """One input's part of ``render_markdown`` (parts are joined by a blank line)."""
    return "\n".join(
        _markdown_error(item) if isinstance(item, ManifestError) else _markdown_report(item)
    )


# --- SARIF --------------------------------------------------------------------------------------

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

_RULES: tuple[tuple[str, str, str, str], ...] = (
    # id, name, level, description
    (
        "license",
        "TermsNotOpen",
        "error",
        "A required component is released under terms that are not open for its element.",
    ),
    (
        "missing",
        "RequiredInputMissing",
        "error",
        "A required component is not released, a Data Information topic is undisclosed, or "
        "a required fact (such as where a data set can be obtained) is absent.",
    ),
    (
        "unknown",
        "TermsUnknown",
        "warning",
        "Nothing is declared about a required input, or its licence is not known: the "
        "verdict is undetermined.",
    ),
    (
        "access",
        "UseNeedsPermission",
        "error",
        "The release's downloads need the publisher's manual approval of each request: it "
        "cannot be used without having to ask for permission.",
    ),
    (
        "invalid-manifest",
        "InvalidManifest",
        "error",
        "The manifest cannot be read: a syntax error, an unknown key, a wrong type.",
    ),
)
_RULE_INDEX = {rule[0]: i for i, rule in enumerate(_RULES)}


def blocker_field(component: str) -> str:
    """The manifest field a blocker's component names: ``model-parameters`` →
    ``components.model-parameters``; ``training-data[0]`` and
    ``data-information.provenance`` are fields already.

    >>> blocker_field("model-parameters"), blocker_field("training-data[0]")
    ('components.model-parameters', 'training-data[0]')
    """
    from osaid.components import COMPONENTS

    return f"components.{component}" if component in COMPONENTS else component


_SHOWN_BYTE = re.compile(r"\\x([0-9a-f]{2})")


def _uri(path: str) -> str:
    """A relative path as a relative URI reference; an absolute one as a ``file:`` URI; a
    model on the Hub (``hf:ORG/NAME``) as its page on the Hub.

    >>> _uri("models/a b.yaml"), _uri("hf:EleutherAI/pythia-1b")
    ('models/a%20b.yaml', 'https://huggingface.co/EleutherAI/pythia-1b')
    """
    from pathlib import Path

    from osaid._files import is_hub_ref

    if is_hub_ref(path):
        from osaid.hub import HubError, parse_hub_ref

        try:
            return parse_hub_ref(path).url
        except HubError:  # not a model id: still located at what was given
            return quote(path, safe="/@-._~:")
    if Path(path).is_absolute() and not _SHOWN_BYTE.search(path):
        return Path(path).as_uri()
    # a byte shown as \xNN (``errors.shown_path``) is that byte, percent-encoded; any other
    # backslash is a Windows separator
    pieces = _SHOWN_BYTE.split(path)
    quoted = "".join(
        f"%{piece.upper()}" if i % 2 else quote(piece.replace("\\", "/"), safe="/@-._~")
        for i, piece in enumerate(pieces)
    )
    return f"file://{quoted}" if Path(path).is_absolute() else quoted


def _result(rule: str, message: str, uri: str, line: int, column: int, **props: Any) -> Any:
    return {
        "ruleId": rule,
        "ruleIndex": _RULE_INDEX[rule],
        "level": _RULES[_RULE_INDEX[rule]][2],
        "message": {"text": message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": {"startLine": max(line, 1), "startColumn": max(column, 1)},
                }
            }
        ],
        "properties": props,
    }


def _blocker_result(report: Report, blocker: Blocker, where: SourceMap | None) -> Any:
    field = blocker_field(blocker.component)
    if blocker.kind == "license" and field.startswith("components."):
        field += ".license"  # the component's own licence, else the component itself
    line, column = where.locate(field) if where else (1, 1)
    message = f"{blocker.component}: {blocker.message}"
    if blocker.remedy:
        message += f" (fix: {blocker.remedy})"
    return _result(
        blocker.kind,
        message,
        _uri(report.source or "osaid.yaml"),
        line,
        column,
        component=blocker.component,
        element=blocker.element.value,
        verdict=report.verdict.value,
        outcome=report.outcome,
    )


def render_sarif(items: Sequence[tuple[Report | ManifestError, SourceMap | None]]) -> str:
    """SARIF 2.1.0 for code-scanning tools: one result per blocker, at its manifest line.

    Each item is a report with the ``SourceMap`` of its manifest (``None`` puts every result
    on line 1), or a ``ManifestError``, whose problems become ``invalid-manifest`` results.
    Every input is also listed as an artifact (``sarif_artifact``).
    """
    return sarif_document(
        [r for item, where in items for r in sarif_results(item, where)],
        [sarif_artifact(item) for item, _ in items],
    )


def sarif_artifact(item: Report | ManifestError) -> dict[str, Any]:
    """One input as a SARIF artifact: its file, and in its property bag what osaid found —
    ``name``, ``verdict``, ``outcome``, ``mof-class`` and the number of ``blockers``, or, for
    input that could not be read, ``verdict`` null and the number of ``errors``. A release
    that passes has no result, so this is where a reader of the log (a CI job summary) sees it.

    >>> from osaid import evaluate, loads_manifest
    >>> report = evaluate(loads_manifest("manifest-version: 1\\nsystem: {name: Tiny}\\n"))
    >>> sarif_artifact(report.with_source("models/osaid.yaml"))["properties"]["verdict"]
    'undetermined'
    """
    if isinstance(item, ManifestError):
        properties: dict[str, Any] = {"verdict": None, "errors": len(item.problems)}
        return {"location": {"uri": _uri(item.path)}, "properties": properties}
    properties = {
        "name": _title(item),
        "verdict": item.verdict.value,
        "outcome": item.outcome,
        "mof-class": item.mof.class_,
        "blockers": len(item.blockers),
    }
    return {"location": {"uri": _uri(item.source or "osaid.yaml")}, "properties": properties}


def sarif_results(item: Report | ManifestError, where: SourceMap | None) -> list[Any]:
    """One input's SARIF results: a result per blocker, or per problem of a ``ManifestError``."""
    if isinstance(item, ManifestError):
        return [
            _result(
                "invalid-manifest",
                f"{p.field}: {p.message}" if p.field else p.message,
                _uri(p.path),
                p.line,
                p.column,
                field=p.field,
            )
            for p in item.problems
        ]
    return [_blocker_result(item, b, where) for b in item.blockers]


def sarif_document(results: Sequence[Any], artifacts: Sequence[Any] = ()) -> str:
    """The SARIF 2.1.0 log holding ``results`` (from ``sarif_results``) and, when given, the
    ``artifacts`` checked (from ``sarif_artifact``)."""
    from osaid._version import __version__

    rules = [
        {
            "id": rule_id,
            "name": name,
            "shortDescription": {"text": text},
            "defaultConfiguration": {"level": level},
            "helpUri": "https://opensource.org/ai/open-source-ai-definition",
        }
        for rule_id, name, level, text in _RULES
    ]
    sarif = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "osaid",
                        "version": __version__,
                        "informationUri": "https://github.com/osaid-project/osaid",
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                **({"artifacts": list(artifacts)} if artifacts else {}),
                "results": list(results),
            }
        ],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"


# --- osaid explain ------------------------------------------------------------------------------

_QUIET_NOTES = frozenset({"license-normalized", "license-or-chosen"})
_HOW = {
    "OR": " (a recipient may choose: the best branch decides)",
    "AND": " (all apply: the weakest decides)",
}


def _explain_lines(branch: Branch, depth: int, decides: bool, colour: bool) -> list[str]:
    pad = "  " * depth
    a = branch.assessment
    mark = _paint(_MARK[a.verdict], a.verdict, colour)
    arrow = "  ← decides" if decides else ""
    how = _HOW.get(branch.operator or "", "")
    lines = [f"{pad}{mark} {escape(branch.expression)}: {a.verdict.value}{arrow}{how}"]
    if branch.facts:
        lines.append(f"{pad}    {escape(branch.facts)}")
    if branch.operator not in ("OR", "AND"):
        for f in a.findings:
            if f.code in _QUIET_NOTES:
                continue
            lines.append(f"{pad}    {escape(f.message)}")
            if f.source:
                lines.append(f"{pad}      source: {escape(f.source)}")
    deciders = branch.deciders()
    for i, child in enumerate(branch.children):
        lines.extend(_explain_lines(child, depth + 1, i in deciders, colour))
    return lines


def _permission_explained(permissions: Sequence[LicensePermission]) -> list[str]:
    lines = ["", "What it lets you do:"]
    about: dict[str, tuple[str | None, str | None]] = {}
    for p in permissions:
        score = rank(p.question, p.answer)
        mark = "!" if score == 0 and p.answer == "yes" else _ANSWER_MARK[score]
        deciders = escape(", ".join(p.decided_by))
        lines.append(f"  {mark} {p.asks} {p.answer} ({deciders})")
        if score < 2 and (p.note or p.source):
            about.setdefault(deciders, (p.note, p.source))
    for deciders, (note, source) in about.items():
        lines.append(
            f"  {deciders}: {escape(note or '')}" + (f" ({escape(source)})" if source else "")
        )
    return lines


def _policy_named(explanation: Explanation) -> str:
    policy = explanation.policy
    return policy.name + (f" ({policy.source})" if policy.source else "")


def render_explanation(explanation: Explanation, *, colour: bool = False) -> str:
    """``osaid explain``: the verdict per element, which part of the expression decides, and
    what the licence lets a user do.

    >>> from osaid.explain import explain_license
    >>> print(render_explanation(explain_license("MIT", "code")))  # doctest: +ELLIPSIS
    MIT
    <BLANKLINE>
    code (needs an OSI-approved licence): OPEN
      ✓ MIT: open
          MIT License; OSI-approved (SPDX License List ...); FSF libre
    <BLANKLINE>
    What it lets you do:
      ✓ May I use it commercially? yes (MIT)
    ...
    """
    e = explanation
    lines = [escape(e.expression)]
    if e.normalized != e.expression:
        lines[0] += f"  (read as {escape(e.normalized)})"
    lines.extend(f"  note: {escape(note)}" for note in e.notes)
    for element, branch in zip(e.elements, e.branches, strict=True):
        verdict = branch.assessment.verdict
        lines.append("")
        lines.append(
            f"{element.value} (needs {_needs(element)}): "
            + _paint(verdict.value.upper(), verdict, colour)
        )
        lines.extend(_explain_lines(branch, 1, False, colour))
    if e.permissions:
        lines.extend(_permission_explained(e.permissions))
    lines.append("")
    lines.append(f"Policy {escape(_policy_named(e))}; SPDX licence list {e.spdx_version}")
    return "\n".join(lines) + "\n"


def _branch_json(branch: Branch) -> dict[str, Any]:
    a = branch.assessment
    doc: dict[str, Any] = {
        "expression": branch.expression,
        "operator": branch.operator,
        "verdict": a.verdict.value,
        "decided-by": list(a.decided_by),
        "blocker-kind": a.blocker_kind,
        "findings": [f.model_dump(mode="json") for f in a.findings],
    }
    if branch.facts:
        doc["facts"] = branch.facts
    if branch.children:
        doc["branches"] = [_branch_json(c) for c in branch.children]
    return doc


def render_explanation_json(explanation: Explanation) -> str:
    """``osaid explain --format json``: the same explanation, for tools."""
    e = explanation
    doc = {
        "permissions": [p.model_dump(mode="json") for p in e.permissions],
        "expression": e.expression,
        "normalized": e.normalized,
        "notes": list(e.notes),
        "policy": {"name": e.policy.name, "spdx-license-list-version": e.spdx_version},
        "elements": {
            element.value: {"framework": b.assessment.framework.value, **_branch_json(b)}
            for element, b in zip(e.elements, e.branches, strict=True)
        },
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


# --- osaid licenses -----------------------------------------------------------------------------


def render_licenses(rows: Sequence[LicenseRow], elements: Sequence[Element]) -> str:
    """``osaid licenses``: a table, one licence a line.

    >>> from osaid.explain import list_licenses
    >>> from osaid.components import Element
    >>> print(render_licenses(list_licenses(element="code", search="0BSD"), [Element.CODE]))
    ID    CODE              NAME
    0BSD  open              BSD Zero Clause License
    <BLANKLINE>
    """
    ids = [escape(r.id) for r in rows]
    width = max([len("ID"), *map(len, ids)])
    head = f"{'ID':<{width}}  " + "  ".join(f"{e.value.upper():<16}" for e in elements)
    lines = [(head + "  NAME").rstrip()]
    for shown, r in zip(ids, rows, strict=True):
        verdicts = "  ".join(f"{r.verdicts[e].value:<16}" for e in elements)
        name = r.name
        if r.aliases:
            name += f" (also: {', '.join(r.aliases)})"
        if r.deprecated:
            name += " [deprecated id]"
        lines.append(f"{shown:<{width}}  {verdicts}  {escape(name)}")
    return "\n".join(lines) + "\n"


def render_licenses_json(rows: Sequence[LicenseRow], *, policy: str, spdx_version: str) -> str:
    """``osaid licenses --format json``."""
    doc = {
        "policy": {"name": policy, "spdx-license-list-version": spdx_version},
        "licenses": [
            {
                "id": r.id,
                "name": r.name,
                "kind": r.kind,
                "deprecated": r.deprecated,
                "aliases": list(r.aliases),
                "verdicts": {e.value: v.value for e, v in r.verdicts.items()},
            }
            for r in rows
        ],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _needs(element: Element) -> str:
    from osaid.definition import ELEMENTS, FRAMEWORK_NEEDS

    return FRAMEWORK_NEEDS[ELEMENTS[element].framework]
