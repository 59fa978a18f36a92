"""The ``osaid`` command line: parse arguments, call the library, print, exit 0 / 1 / 2.

Every command imports what it needs inside its own function, so that ``osaid --help`` and a
single ``osaid check`` start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from osaid.policy import Policy
    from osaid.report import Report

__all__ = ["main"]

EXIT_OPEN, EXIT_NOT_OPEN, EXIT_INVALID = 0, 1, 2
_STDIN = "<stdin>"
_ELEMENTS = ("code", "parameters", "data-information")
_VERDICTS = ("open", "not-open", "undetermined")
_SCHEMA_ID = (
    "https://raw.githubusercontent.com/osaid-project/osaid/main/schemas/manifest-1.schema.json"
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        _write(sys.stderr, f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_INVALID)


def _parser() -> argparse.ArgumentParser:
    from osaid._version import __version__

    parser = _Parser(
        prog="osaid",
        description="Decide whether an AI release is Open Source AI under OSAID 1.0, and why.",
        epilog="Exit codes: 0 open, 1 not open or undetermined, 2 invalid input or usage.",
    )
    parser.add_argument("--version", action="version", version=f"osaid {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = sub.add_parser(
        "check",
        help="check manifests (exit 0: all open, 1: some not, 2: invalid input)",
        description="Check manifests: is each release Open Source AI, and if not, why not.",
    )
    check.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="manifest files (YAML, JSON or TOML; - reads standard input); default ./osaid.yaml",
    )
    check.add_argument(
        "--format",
        choices=("text", "json", "markdown", "sarif"),
        default="text",
        help="text (default), json (the JSON report), markdown, or sarif (SARIF 2.1.0 for "
        "code scanning)",
    )
    _policy_option(check)
    _from_option(check)
    check.add_argument(
        "--jsonl",
        metavar="FILE|-",
        help="read one document per line (a JSON manifest, SBOM or MOT file, or a JSON string "
        "holding a model card) and write one JSON report per line, streaming; counts go to "
        "standard error at the end",
    )
    check.add_argument(
        "--strict",
        action="store_true",
        help="also fail (exit 1) an open release whose report has warnings: an optional "
        "component under terms that are not open, an unknown licence, a released component "
        "with no location",
    )
    check.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print no report, only set the exit code (problems that make a file unreadable "
        "still go to standard error)",
    )

    explain = sub.add_parser(
        "explain",
        help="explain the verdict on a licence expression",
        description="Explain the verdict on an SPDX licence expression for each element: "
        "which OR branch decides it, the reasons and their sources.",
    )
    explain.add_argument("expression", metavar="EXPRESSION", help='e.g. "MIT OR llama3.1"')
    explain.add_argument(
        "--as",
        dest="element",
        choices=_ELEMENTS,
        help="the element to judge it for (default: all three)",
    )
    _policy_option(explain)
    explain.add_argument("--format", choices=("text", "json"), default="text")

    sub.add_parser(
        "schema",
        help="print the manifest's JSON Schema",
        description="Print the JSON Schema of the osaid manifest (format version 1), for "
        "editors and other validators.",
    )

    init = sub.add_parser(
        "init",
        help="write a commented template manifest",
        description="Write a commented template manifest that validates as it is.",
    )
    init.add_argument(
        "path",
        nargs="?",
        default="osaid.yaml",
        metavar="PATH",
        help="where to write it (default ./osaid.yaml; - prints it)",
    )
    init.add_argument("--force", action="store_true", help="overwrite an existing file")

    licenses = sub.add_parser(
        "licenses",
        help="list the licences osaid knows, with their verdict per element",
        description="List the licences osaid knows with their verdict for each element. "
        "Exit 1 when nothing matches the filters.",
    )
    licenses.add_argument(
        "--element", choices=_ELEMENTS, help="show only the verdict for this element"
    )
    licenses.add_argument(
        "--verdict",
        choices=_VERDICTS,
        help="keep the licences with this verdict (for --element, else for any element)",
    )
    licenses.add_argument(
        "--search", metavar="TEXT", help="keep the licences whose id, name or alias contains TEXT"
    )
    _policy_option(licenses)
    licenses.add_argument("--format", choices=("text", "json"), default="text")

    convert = sub.add_parser(
        "convert",
        help="convert a release description between formats (osaid, MOT, SPDX 3.0.1, "
        "CycloneDX 1.6)",
        description="Read a manifest, MOT file, Hugging Face card, SPDX 3.0.1 or CycloneDX 1.6 "
        "document and write it in another format on standard output; what the conversion "
        "drops or normalises goes to standard error.",
    )
    convert.add_argument("path", metavar="PATH", help="the document to convert (- for stdin)")
    convert.add_argument("--to", required=True, choices=_WRITABLE, help="the format to write")
    _from_option(convert)
    return parser


_SOURCES = ("auto", "osaid", "mot", "hf", "spdx", "cyclonedx")
_WRITABLE = ("osaid", "mot", "spdx", "cyclonedx")


def _from_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="source_format",
        choices=_SOURCES,
        default="auto",
        help="the input format: auto (default: recognised from the content), osaid "
        "(manifest), mot (Model Openness Tool YAML), hf (Hugging Face model card), spdx "
        "(SPDX 3.0.1 JSON-LD), cyclonedx (CycloneDX 1.6)",
    )


def _policy_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--policy",
        default="osaid-1.0",
        metavar="NAME|FILE",
        help="osaid-1.0 (default), mof-1.0, or a policy file (docs/policies.md)",
    )


# --- output -------------------------------------------------------------------------------------


def _write(stream: IO[str], text: str) -> None:
    """Write ``text`` whatever the stream's encoding can hold (the rest is escaped)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
    except LookupError:  # pragma: no cover - a stream with an encoding Python does not know
        stream.write(text.encode("ascii", "backslashreplace").decode("ascii"))


def _colour() -> bool:
    """Colour only on a terminal, never when ``NO_COLOR`` is set (no-color.org) or TERM=dumb."""
    return (
        sys.stdout.isatty()
        and not os.environ.get("NO_COLOR")
        and os.environ.get("TERM", "") != "dumb"
    )


def _fail(message: str) -> int:
    _write(sys.stderr, f"osaid: error: {message}\n")
    return EXIT_INVALID


def _policy(name: str) -> Policy | int:
    """The policy, or the exit code after saying why there is none."""
    from osaid.errors import ManifestError
    from osaid.policy_file import resolve_policy

    try:
        return resolve_policy(name)
    except ManifestError as exc:
        _write(sys.stderr, f"{exc}\n")
        return EXIT_INVALID
    except ValueError as exc:
        return _fail(str(exc))


# --- osaid check --------------------------------------------------------------------------------


def _load(path: str, located: bool, source_format: str = "auto") -> Any:
    """(system, source map or None, import findings) for one input."""
    from osaid import loader

    name = _STDIN if path == "-" else path
    if path == "-":
        raw = sys.stdin.buffer.read(loader.MAX_BYTES + 1)
        text = loader.decode(raw, _STDIN)
    else:
        text = loader.read_text(path)
    if source_format == "auto":
        from osaid.formats import detect

        source_format = detect(text, name)
    if source_format != "osaid":
        from osaid.formats import read

        imported = read(text, source_format, name=name)  # type: ignore[arg-type]
        return imported.system, None, imported.findings
    fmt = loader.detect_format(name, text)
    if located:
        system, where = loader.loads_manifest_located(text, fmt, path=name)
        return system, where, ()
    return loader.loads_manifest(text, fmt, path=name), None, ()


def _strict_problems(report: Report) -> list[str]:
    """What ``--strict`` fails an open report for: every warning or error left in it."""
    from osaid.findings import Severity

    out = []
    findings = [f for c in report.components for f in c.findings]
    findings += [f for e in report.elements.values() for f in e.findings]
    for f in findings:
        if f.severity in (Severity.ERROR, Severity.WARNING) or (
            f.code == "component-location-missing"
        ):
            where = f"{f.component}: " if f.component else ""
            fix = f" (fix: {f.remedy})" if f.remedy else ""
            out.append(f"{where}{f.message}{fix}")
    return list(dict.fromkeys(out))


def _check(args: argparse.Namespace) -> int:
    from osaid.errors import ManifestError, Problem
    from osaid.evaluate import evaluate
    from osaid.loader import SourceMap

    policy = _policy(args.policy)
    if isinstance(policy, int):
        return policy
    if args.jsonl is not None:
        return _check_jsonl(args, policy)
    paths: list[str] = list(_expand(args.paths)) or ["osaid.yaml"]
    if paths.count("-") > 1:
        return _fail("- (standard input) can be given only once")
    located = args.format == "sarif"
    no_manifest = Problem(
        "osaid.yaml",
        1,
        1,
        "",
        "no such file: osaid check reads ./osaid.yaml when given no path; "
        "write one with osaid init, or name the manifest",
    )
    items: list[tuple[Report | ManifestError, SourceMap | None]] = []
    for path in paths:
        try:
            system, where, notes = _load(path, located, args.source_format)
        except ManifestError as exc:
            if not args.paths and exc.problems[0].message.startswith("no such file"):
                exc = ManifestError([no_manifest])
            items.append((exc, None))
            continue
        source = _STDIN if path == "-" else path
        report = evaluate(system, policy).with_source(source)
        items.append((report.with_findings(notes) if notes else report, where))

    for item, _ in items:
        if isinstance(item, ManifestError):
            _write(sys.stderr, f"{item}\n")
    reports = [item for item, _ in items if not isinstance(item, ManifestError)]
    strict = [
        (r.source, _strict_problems(r))
        for r in reports
        if args.strict and r.verdict.value == "open"
    ]
    if not args.quiet:
        _write(sys.stdout, _render_check(args.format, items))
        for shown, problems in strict:
            for problem in problems:
                _write(sys.stderr, f"{shown}: --strict: {problem}\n")
    if len(reports) < len(items):
        return EXIT_INVALID
    if any(r.verdict.value != "open" for r in reports) or any(p for _, p in strict):
        return EXIT_NOT_OPEN
    return EXIT_OPEN


_RECOGNISED = (".yaml", ".yml", ".json", ".toml")


def _expand(paths: Sequence[str]) -> Iterator[str]:
    """The paths, with each directory replaced by the files under it that osaid can read:
    manifests, MOT files, SBOMs (by suffix) and model cards (README.md), in sorted order."""
    from pathlib import Path

    for path in paths:
        folder = Path(path)
        if path == "-" or not folder.is_dir():
            yield path
            continue
        found = sorted(
            str(f)
            for f in folder.rglob("*")
            if f.is_file()
            and not any(part.startswith(".") for part in f.relative_to(folder).parts)
            and (f.suffix.lower() in _RECOGNISED or f.name.lower() == "readme.md")
        )
        yield from found or [path]  # an empty folder is reported as what it is


def _check_jsonl(args: argparse.Namespace, policy: Any) -> int:
    """``--jsonl``: one document per input line, one JSON report per output line, streaming."""
    import json

    from osaid.bulk import Summary
    from osaid.errors import ManifestError, Problem
    from osaid.evaluate import evaluate
    from osaid.formats import read
    from osaid.render import error_json

    name = _STDIN if args.jsonl == "-" else args.jsonl
    try:
        stream = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        return _fail(f"{name}: cannot read: {exc.strerror}")
    summary = Summary()
    progress = sys.stderr.isatty() and not args.quiet
    with stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ManifestError(
                        [Problem(name, number, exc.colno, "", f"invalid JSON: {exc.msg}")]
                    ) from None
                text = value if isinstance(value, str) else line
                imported = read(text, args.source_format, name=where)
                report = evaluate(imported.system, policy).with_source(where)
                if imported.findings:
                    report = report.with_findings(imported.findings)
                outcome: Report | ManifestError = report
                doc = report.model_dump(mode="json")
            except ManifestError as exc:
                outcome, doc = exc, error_json(exc)
            except (ValueError, UnicodeError) as exc:
                problem = Problem(name, number, 1, "", str(exc))
                outcome = ManifestError([problem])
                doc = error_json(outcome)
            summary.add(outcome)
            if not args.quiet:
                _write(sys.stdout, json.dumps(doc, ensure_ascii=False) + "\n")
            if progress and summary.total % 1000 == 0:
                _write(sys.stderr, f"\r{summary.total} checked")
    if progress:
        _write(sys.stderr, "\r")
    _write(sys.stderr, summary.render())
    if summary.invalid:
        return EXIT_INVALID
    if set(summary.verdicts) - {"open"}:
        return EXIT_NOT_OPEN
    return EXIT_OPEN


def _render_check(fmt: str, items: Sequence[tuple[Any, Any]]) -> str:
    from osaid.errors import ManifestError
    from osaid.render import render_json, render_markdown, render_sarif, render_text

    if fmt == "json":
        return render_json([item for item, _ in items])
    if fmt == "markdown":
        return render_markdown([item for item, _ in items])
    if fmt == "sarif":
        return render_sarif(items)
    colour = _colour()
    texts = [
        render_text(item, colour=colour) for item, _ in items if not isinstance(item, ManifestError)
    ]
    return "\n".join(texts)


# --- osaid explain ------------------------------------------------------------------------------


def _explain(args: argparse.Namespace) -> int:
    from osaid.components import Element
    from osaid.errors import LicenseExpressionError
    from osaid.licenses import parse, spdx_list_version
    from osaid.permissions import license_permissions
    from osaid.render import render_explanation, render_explanation_json

    policy = _policy(args.policy)
    if isinstance(policy, int):
        return policy
    try:
        parsed = parse(args.expression)
    except LicenseExpressionError as exc:
        shown = args.expression if len(args.expression) <= 80 else args.expression[:60] + "…"
        where = "" if shown in exc.message else f" (in {shown!r})"
        return _fail(f"{exc.message}{where}")
    elements = [Element(args.element)] if args.element else [Element(e) for e in _ELEMENTS]
    branches = {element: _branch(parsed.tree, element, policy) for element in elements}
    notes = [message for code, message in parsed.notes if code != "license-normalized"]
    permissions = tuple(license_permissions(parsed.normalized).values())
    if args.format == "json":
        text = render_explanation_json(
            args.expression,
            parsed.normalized,
            branches,
            notes=notes,
            policy=policy.name,
            spdx_version=spdx_list_version(),
            permissions=permissions,
        )
    else:
        text = render_explanation(
            args.expression,
            parsed.normalized,
            branches,
            notes=notes,
            policy=policy.name + (f" ({policy.source})" if policy.source else ""),
            spdx_version=spdx_list_version(),
            colour=_colour(),
            permissions=permissions,
        )
    _write(sys.stdout, text)
    if all(b.assessment.verdict.value == "open" for b in branches.values()):
        return EXIT_OPEN
    return EXIT_NOT_OPEN


def _branch(node: Any, element: Any, policy: Policy) -> Any:
    """The explanation of ``node`` for ``element``: its assessment and its branches'."""
    from osaid.licenses import assess_license
    from osaid.licenses._parse import And, Lic, Or, With, render
    from osaid.render import Branch

    text = render(node)
    assessment = assess_license(text, element, policy)
    if isinstance(node, Or | And):
        children = tuple(_branch(arg, element, policy) for arg in node.args)
        return Branch(text, "OR" if isinstance(node, Or) else "AND", assessment, children)
    if isinstance(node, With):
        child = _branch(node.license, element, policy)
        return Branch(text, "WITH", assessment, (child,), _exception_facts(node))
    assert isinstance(node, Lic)
    return Branch(text, None, assessment, facts=_facts(node.id))


def _exception_facts(node: Any) -> str | None:
    from osaid.licenses import knowledge

    name = knowledge().exceptions.get(node.exception)
    if name:
        return f"{node.exception} ({name}) is on the SPDX exceptions list: it adds permissions"
    return None  # an unknown exception has its own finding


def _facts(license_id: str) -> str | None:
    """What the knowledge base records of a licence, whatever the policy makes of it."""
    from osaid.licenses import knowledge

    info = knowledge().licenses.get(license_id)
    if info is None or info.kind in ("special", "ai"):
        return None  # an AI licence's row speaks for itself in its finding
    facts = [info.name]
    if info.osi_approved:
        facts.append(f"OSI-approved ({info.osi_source})")
    elif info.kind == "spdx":
        facts.append("not OSI-approved")
    if info.fsf_libre:
        facts.append("FSF libre")
    if info.open_terms is not None:
        facts.append("on osaid's open-terms list")
    if info.deprecated:
        facts.append("a deprecated SPDX id")
    return "; ".join(facts)


# --- osaid schema -------------------------------------------------------------------------------


def manifest_schema() -> dict[str, Any]:
    """The JSON Schema of the manifest, as ``osaid schema`` prints it."""
    from osaid.manifest import AISystem

    generated = AISystem.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _SCHEMA_ID,
        "title": "osaid manifest, format version 1",
        "description": (
            "What an AI release consists of and under which terms, for osaid to decide "
            "whether it is Open Source AI (OSAID 1.0). Licence expressions and references "
            "are checked by osaid itself: `osaid check` is the full validation."
        ),
        **{k: v for k, v in generated.items() if k not in ("title", "description")},
    }


def _schema(_: argparse.Namespace) -> int:
    import json

    _write(sys.stdout, json.dumps(manifest_schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OPEN


# --- osaid init ---------------------------------------------------------------------------------


def _init(args: argparse.Namespace) -> int:
    from pathlib import Path

    from osaid._init_template import TEMPLATE

    if args.path == "-":
        _write(sys.stdout, TEMPLATE)
        return EXIT_OPEN
    path = Path(args.path)
    if path.is_dir():
        path = path / "osaid.yaml"
    if path.suffix.lower() not in (".yaml", ".yml"):
        return _fail(f"{path}: osaid init writes YAML; name the file *.yaml or *.yml")
    try:
        with path.open("w" if args.force else "x", encoding="utf-8", newline="\n") as out:
            out.write(TEMPLATE)
    except FileExistsError:
        return _fail(f"{path} exists: osaid init does not overwrite it (use --force to)")
    except OSError as exc:
        return _fail(f"{path}: cannot write: {exc.strerror or exc}")
    _write(sys.stdout, f"wrote {path}: fill it in, then run: osaid check {path}\n")
    return EXIT_OPEN


# --- osaid licenses -----------------------------------------------------------------------------


def _licenses(args: argparse.Namespace) -> int:
    from osaid.licenses import assess_license, knowledge, spdx_list_version
    from osaid.render import LicenseRow, render_licenses, render_licenses_json
    from osaid.verdict import Verdict

    policy = _policy(args.policy)
    if isinstance(policy, int):
        return policy
    kb = knowledge()
    aliases: dict[str, list[str]] = {}
    for key, info in kb.by_folded.items():
        if key != info.id.casefold() and info.id in kb.licenses:
            aliases.setdefault(info.id, []).append(key)
    entries: list[tuple[str, str, str, bool]] = [
        (info.id, info.name, info.kind, info.deprecated) for info in kb.licenses.values()
    ]
    entries += [
        (rule.license, f"policy rule: {rule.reason}", "policy", False)
        for rule in policy.rules
        if kb.lookup(rule.license) is None
    ]
    elements = [args.element] if args.element else list(_ELEMENTS)
    needle = (args.search or "").casefold()
    rows = []
    for license_id, name, kind, deprecated in dict.fromkeys(entries):
        found = aliases.get(license_id, [])
        if needle and not any(needle in text.casefold() for text in (license_id, name, *found)):
            continue
        verdicts = {e: assess_license(license_id, e, policy).verdict for e in elements}
        if args.verdict and Verdict(args.verdict) not in verdicts.values():
            continue
        rows.append(LicenseRow(license_id, name, kind, verdicts, tuple(found), deprecated))
    rows.sort(key=lambda r: r.id.casefold())
    if args.format == "json":
        _write(
            sys.stdout,
            render_licenses_json(rows, policy=policy.name, spdx_version=spdx_list_version()),
        )
    elif rows:
        _write(sys.stdout, render_licenses(rows, elements))
    if not rows:
        _write(sys.stderr, "osaid: no licence matches\n")
        return EXIT_NOT_OPEN
    return EXIT_OPEN


def _convert(args: argparse.Namespace) -> int:
    from osaid.errors import ManifestError
    from osaid.formats import write

    try:
        system, _where, notes = _load(args.path, located=False, source_format=args.source_format)
    except ManifestError as exc:
        _write(sys.stderr, f"{exc}\n")
        return EXIT_INVALID
    for note in notes:
        where = note.source or (_STDIN if args.path == "-" else args.path)
        _write(sys.stderr, f"{where}: {note.severity.value}: {note.message}\n")
    _write(sys.stdout, write(system, args.to))
    return EXIT_OPEN


_COMMANDS = {
    "check": _check,
    "convert": _convert,
    "explain": _explain,
    "schema": _schema,
    "init": _init,
    "licenses": _licenses,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 open, 1 not open, 2 invalid)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_INVALID
    return _COMMANDS[args.command](args)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
