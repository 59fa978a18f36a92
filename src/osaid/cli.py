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

__all__ = ["main"]

EXIT_OPEN, EXIT_NOT_OPEN, EXIT_INVALID = 0, 1, 2
_STDIN = "<stdin>"
_ELEMENTS = ("code", "parameters", "data-information")
_VERDICTS = ("open", "not-open", "undetermined")
_SCHEMA_ID = (
    "https://raw.githubusercontent.com/osaid-project/osaid/main/schemas/manifest-1.schema.json"
)


def _columns() -> int:
    """The terminal's width, as ``shutil.get_terminal_size().columns`` tells it.

    argparse asks ``shutil`` for it, once per argument; importing ``shutil`` (and the
    compression modules it probes for) costs more than building the whole parser.
    """
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's own help layout, given the terminal's width instead of asking ``shutil``."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
        **options: Any,
    ) -> None:
        width = _columns() - 2 if width is None else width  # argparse keeps 2 columns free
        super().__init__(prog, indent_increment, max_help_position, width, **options)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

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
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="check on N worker processes (0: one per core); output keeps the input order",
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
    from osaid.policy import resolve_policy

    try:
        return resolve_policy(name, files=True)
    except ManifestError as exc:
        _write(sys.stderr, f"{exc}\n")
        return EXIT_INVALID
    except ValueError as exc:
        return _fail(str(exc))


# --- osaid check --------------------------------------------------------------------------------


def _jobs(value: str) -> int:
    """``--jobs``: a number of worker processes; 0 is one per core."""
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        msg = f"invalid number of jobs: {value!r} (give 1 or more, or 0 for one per core)"
        raise argparse.ArgumentTypeError(msg)
    return jobs or os.cpu_count() or 1


def _pool(jobs: int) -> Any:
    """A process pool of ``jobs`` workers, or a context holding ``None`` for one job."""
    import contextlib

    if jobs <= 1:
        return contextlib.nullcontext(None)
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(jobs)


def _check(args: argparse.Namespace) -> int:
    import functools

    from osaid import _check as c
    from osaid.bulk import Summary, ordered_map

    policy = _policy(args.policy)
    if isinstance(policy, int):
        return policy
    if args.jsonl is not None:
        return _check_jsonl(args, policy)
    paths: list[str] = list(args.paths) or ["osaid.yaml"]
    if paths.count("-") > 1:
        return _fail("- (standard input) can be given only once")
    options = c.Options(
        policy=policy,
        source_format=args.source_format,
        fmt=args.format,
        strict=args.strict,
        colour=args.format == "text" and _colour(),
        quiet=args.quiet,
        default_path=not args.paths,
    )
    stdin = c.read_stdin() if "-" in paths else None
    bulk = c.has_directory(paths)
    progress = None
    if bulk and not args.quiet and c.stderr_is_terminal():
        progress = c.Progress(sys.stderr, c.count_files(paths))
    inputs = ((path, stdin if path == "-" else None) for path in c.expand(paths))
    summary = Summary()
    output = c.Output(args.format, functools.partial(_write, sys.stdout))
    strict_failed = False
    with _pool(args.jobs) as pool:
        checked_all = ordered_map(
            functools.partial(c.check_path, options=options),
            inputs,
            executor=pool,
            chunksize=16,
        )
        for n, checked in enumerate(checked_all, start=1):
            if checked.err:
                if progress:
                    progress.clear()
                _write(sys.stderr, checked.err)
            output.add(checked)
            summary.add(checked.tally)
            strict_failed = strict_failed or checked.strict_failed
            if progress:
                progress.advance(n)
    if progress:
        progress.clear()
    output.close(args.quiet)
    if bulk and not args.quiet:
        _write(sys.stderr, summary.render())
    return _exit_code(summary, strict_failed)


def _exit_code(summary: Any, strict_failed: bool = False) -> int:
    if summary.invalid:
        return EXIT_INVALID
    if set(summary.verdicts) - {"open"} or strict_failed:
        return EXIT_NOT_OPEN
    return EXIT_OPEN


def _check_jsonl(args: argparse.Namespace, policy: Any) -> int:
    """``--jsonl``: one document per input line, one JSON report per output line, streaming."""
    import functools

    from osaid import _check as c
    from osaid.bulk import Summary, ordered_map

    name = _STDIN if args.jsonl == "-" else args.jsonl
    try:
        if args.jsonl == "-":
            stream: IO[Any] = getattr(sys.stdin, "buffer", sys.stdin)
            size = None
        else:
            stream = open(args.jsonl, "rb")  # noqa: SIM115
            size = os.fstat(stream.fileno()).st_size
    except OSError as exc:
        return _fail(f"{name}: cannot read: {exc.strerror}")
    options = c.Options(
        policy=policy, source_format=args.source_format, fmt="jsonl", quiet=args.quiet
    )
    progress = None
    if not args.quiet and c.stderr_is_terminal():
        progress = c.Progress(sys.stderr, size)
    read = [0]

    def lines() -> Iterator[tuple[str, int, Any]]:
        for number, line in enumerate(stream, start=1):
            read[0] += len(line)
            if line.strip():
                yield name, number, line

    summary = Summary()
    with stream, _pool(args.jobs) as pool:
        checked_all = ordered_map(
            functools.partial(c.check_line, options=options),
            lines(),
            executor=pool,
            chunksize=256,
        )
        for checked in checked_all:
            if checked.out is not None:
                _write(sys.stdout, checked.out)
            summary.add(checked.tally)
            if progress:
                progress.advance(summary.total, read[0])
    if progress:
        progress.clear()
    if not args.quiet:
        _write(sys.stderr, summary.render())
    return _exit_code(summary)


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
    from osaid._check import load
    from osaid.errors import ManifestError
    from osaid.formats import convert

    try:
        system, _where, notes = load(args.path, located=False, source_format=args.source_format)
    except ManifestError as exc:
        _write(sys.stderr, f"{exc}\n")
        return EXIT_INVALID
    for note in notes:
        where = note.source or (_STDIN if args.path == "-" else args.path)
        _write(sys.stderr, f"{where}: {note.severity.value}: {note.message}\n")
    written = convert(system, args.to)
    for loss in written.losses:
        _write(sys.stderr, f"osaid: {loss}\n")
    _write(sys.stdout, written.text)
    return EXIT_OPEN


_COMMANDS = {
    "check": _check,
    "convert": _convert,
    "explain": _explain,
    "schema": _schema,
    "init": _init,
    "licenses": _licenses,
}


_PLUGINS_OFF = ("__all__", "1", "true")  # the values that make pydantic load no plugin at all


def _skip_plugin_discovery() -> None:
    """Spare the command's process pydantic's search for plugins, unless the user chose.

    The first model that validates makes pydantic look for plugins in every installed
    distribution's entry points; that search, and importing ``importlib.metadata`` for it,
    cost about a tenth of a ``check``. osaid's models need no plugin, so the
    command sets ``PYDANTIC_DISABLE_PLUGINS`` when the user has not set it, and then imports
    pydantic's plugin loader against a stand-in whose ``entry_points`` imports the real
    ``importlib.metadata`` only if it is ever called (it is not: plugins are off).
    """
    if os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__") not in _PLUGINS_OFF:
        return  # the user named plugins to skip: pydantic searches for the others
    if "pydantic.plugin._loader" in sys.modules or "importlib.metadata" in sys.modules:
        return
    import types

    def entry_points(**params: Any) -> Any:
        from importlib.metadata import entry_points as real

        return real(**params)

    stand_in = types.ModuleType("importlib.metadata")
    stand_in.__dict__["entry_points"] = entry_points
    sys.modules["importlib.metadata"] = stand_in
    try:
        import pydantic.plugin._loader  # noqa: F401
    except ImportError:  # pragma: no cover - a pydantic whose loader needs more than that
        pass  # it will import importlib.metadata itself, as usual, when a model is built
    finally:
        if sys.modules.get("importlib.metadata") is stand_in:
            del sys.modules["importlib.metadata"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 open, 1 not open, 2 invalid).

    Called without ``argv``, as the ``osaid`` command and ``python -m osaid`` call it, the
    process is osaid's own: it then skips pydantic's plugin discovery (see
    :func:`_skip_plugin_discovery`), collects garbage less often (:func:`_collect_less`) and
    spares the interpreter's last garbage collection (:func:`_before_exit`). Called with
    ``argv``, from another program, it leaves that program's environment and memory alone.
    """
    if argv is None:
        _skip_plugin_discovery()
        _collect_less()
        try:
            return _run(argv)
        finally:
            _before_exit()
    return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_INVALID
    return _COMMANDS[args.command](args)


_YOUNG = 20_000
"""Allocations between two collections of young objects in the command's process (Python: 700)."""


def _collect_less() -> None:
    """Collect young garbage after ``_YOUNG`` allocations rather than Python's 700.

    Starting a command creates tens of thousands of objects (classes, functions, schemas) that
    live until it ends; at Python's pace the collector would go over them dozens of times while
    they are made, for nothing. Memory stays bounded in a long run (``--jsonl``, directories):
    young objects are still collected, in larger batches.
    """
    import gc

    _young, *older = gc.get_threshold()
    gc.set_threshold(_YOUNG, *older)


def _before_exit() -> None:
    """Leave what the command built out of the garbage collection the interpreter runs at exit.

    That collection visits every object still alive: after one ``osaid check`` these are the
    tens of thousands of classes, functions and schemas of pydantic and osaid, and visiting
    them costs milliseconds. Frozen objects are not visited, and still freed with
    the interpreter; the command has written and flushed its output, closed its files and
    shut its workers down, so nothing is left that needs a collection to run.
    """
    import gc

    gc.freeze()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
