"""The ``osaid`` command line: parse arguments, call the library, print, exit 0 / 1 / 2.

Every command imports what it needs inside its own function, so that ``osaid --help`` and a
single ``osaid check`` start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, BinaryIO, NoReturn, cast

if TYPE_CHECKING:
    from osaid.policy import Policy

__all__ = ["main"]

EXIT_OPEN, EXIT_NOT_OPEN, EXIT_INVALID = 0, 1, 2
EXIT_OUTPUT = 74
"""The output could not be written (a full disk, a closed standard output): sysexits' EX_IOERR."""
EXIT_PIPE = 141
"""The reader of standard output went away (``| head -1``): 128 + SIGPIPE, what a shell reports
for a program that the broken pipe ended, the Unix way."""
_EXIT_OUTPUT_CODES = (
    f"{EXIT_OUTPUT} the output cannot be written (e.g. a full disk); "
    f"{EXIT_PIPE} standard output was closed early (| head), quietly"
)
_EXIT_CODES = (
    "exit codes: 0 open (with --strict: and no warnings); 1 not open or undetermined; "
    "2 invalid input or usage (also a closed standard input); " + _EXIT_OUTPUT_CODES
)
_EXIT_CODES_EXPLAIN = (
    "exit codes: 0 open for every element shown; 1 not open or undetermined for some; "
    "2 not a valid licence expression, or a usage error; " + _EXIT_OUTPUT_CODES
)
_EXIT_CODES_LICENSES = (
    "exit codes: 0 some licence matched; 1 none matched; 2 usage error; " + _EXIT_OUTPUT_CODES
)
_EXIT_CODES_DONE = "exit codes: 0 done; 2 invalid input or usage; " + _EXIT_OUTPUT_CODES
_STDIN = "<stdin>"
_ELEMENTS = ("code", "parameters", "data-information")
_VERDICTS = ("open", "not-open", "undetermined")


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


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; given ``command``, with only that subcommand's options.

    Every parser argparse makes asks ``gettext`` for its own strings (about 90 µs each, a
    search of the locale folders): a run of one command builds that command's parser
    alone. Its usage still names every command, so any message it prints is the same.
    """
    from osaid._version import __version__

    parser = _Parser(
        prog="osaid",
        description="Decide whether an AI release is Open Source AI under OSAID 1.0, and why.",
        epilog=_EXIT_CODES,
    )
    parser.add_argument("-V", "--version", action="version", version=f"osaid {__version__}")
    sub = parser.add_subparsers(
        dest="command",
        required=True,
        parser_class=_Parser,
        metavar=None if command is None else "{" + ",".join(_SUBCOMMANDS) + "}",
    )
    for name, add in _SUBCOMMANDS.items():
        if command is None or name == command:
            add(sub)
    return parser


def _command_named(argv: Sequence[str] | None) -> str | None:
    """The subcommand ``argv`` runs, when its first word names one; else ``None``."""
    words = sys.argv[1:] if argv is None else argv
    return words[0] if words and words[0] in _SUBCOMMANDS else None


def _check_parser(sub: Any) -> None:
    check = sub.add_parser(
        "check",
        help="check manifests (exit 0: all open, 1: some not, 2: invalid input)",
        description="Check manifests: is each release Open Source AI, and if not, why not.",
        epilog=_EXIT_CODES,
    )
    check.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="manifest files (YAML, JSON or TOML; - reads standard input), directories "
        "(searched for osaid.yaml|yml|json|toml and *.osaid.*, honouring .gitignore in a git "
        "work tree) or models on the Hugging Face Hub (hf:ORG/NAME[@REVISION], with "
        "osaid[hub]); default: every ./osaid.{yaml,yml,json,toml} that exists",
    )
    check.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="GLOB",
        help="in directories, also read files whose name or relative path matches GLOB "
        "(repeatable), e.g. '*.cdx.json' or 'README.md'",
    )
    check.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="in directories, skip files and folders whose name or relative path matches GLOB "
        "(repeatable); paths given explicitly are always read",
    )
    check.add_argument(
        "--syntax",
        choices=("yaml", "json", "toml"),
        help="the syntax of every manifest, whatever its name (for standard input and "
        "unusual names); default: told by the name, then by the content",
    )
    check.add_argument(
        "--format",
        choices=("text", "json", "markdown", "html", "sarif", "compact", "summary"),
        default=None,
        help="text (default), json (the JSON report), markdown, html (one self-contained "
        "page: several inputs get an overview and a section each; -o DIR/ writes a page "
        "per input and index.html), sarif (SARIF 2.1.0 for "
        "code scanning), compact (one short JSON line per release: verdict, outcome, MOF "
        "class, blockers), or summary (no reports: one JSON document counting the run's "
        "verdicts, outcomes, MOF classes, blockers and licences); with --jsonl: json "
        "(default, one whole report a line), compact or summary",
    )
    _policy_option(check)
    _from_option(check)
    check.add_argument(
        "--jsonl",
        metavar="FILE|-",
        help="read one document per line (a JSON manifest, SBOM or MOT file, or a JSON string "
        "holding a model card) and write one JSON report (or, with --format compact, one "
        "compact line) per line, streaming; counts and unreadable lines go to standard error "
        "at the end",
    )
    check.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="check on N worker processes (0: one per core; never more than the cores); "
        "output keeps the input order",
    )
    check.add_argument(
        "--strict",
        action="store_true",
        help="also fail (exit 1) an open release whose report has warnings: an optional "
        "component under terms that are not open, an unknown licence, a released component "
        "with no location",
    )
    check.add_argument(
        "--only-failing",
        action="store_true",
        help="print nothing for an input that passes the check: only the reports of those "
        "that fail it (and problems, on standard error), as linters and pre-commit hooks do",
    )
    check.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print no report, only set the exit code (problems that make a file unreadable "
        "still go to standard error)",
    )
    check.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also say on standard error which files in directories were skipped and why, "
        "and print the summary for any number of inputs",
    )
    _colour_option(check)
    _output_option(check)


def _explain_parser(sub: Any) -> None:
    explain = sub.add_parser(
        "explain",
        help="explain the verdict on a licence expression",
        description="Explain the verdict on an SPDX licence expression for each element: "
        "which OR branch decides it, the reasons and their sources.",
        epilog=_EXIT_CODES_EXPLAIN,
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
    _colour_option(explain)
    _output_option(explain)


def _schema_parser(sub: Any) -> None:
    schema = sub.add_parser(
        "schema",
        help="print the manifest's JSON Schema",
        description="Print the JSON Schema of the osaid manifest (format version 1), for "
        "editors and other validators.",
        epilog=_EXIT_CODES_DONE,
    )
    _output_option(schema)


def _init_parser(sub: Any) -> None:
    init = sub.add_parser(
        "init",
        help="write a commented template manifest",
        description="Write a commented template manifest that validates as it is.",
        epilog=_EXIT_CODES_DONE,
    )
    init.add_argument(
        "path",
        nargs="?",
        default="osaid.yaml",
        metavar="PATH",
        help="where to write it (default ./osaid.yaml; - prints it)",
    )
    init.add_argument("--force", action="store_true", help="overwrite an existing file")


def _licenses_parser(sub: Any) -> None:
    licenses = sub.add_parser(
        "licenses",
        help="list the licences osaid knows, with their verdict per element",
        description="List the licences osaid knows with their verdict for each element. "
        "Exit 1 when nothing matches the filters.",
        epilog=_EXIT_CODES_LICENSES,
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
    _output_option(licenses)


def _convert_parser(sub: Any) -> None:
    convert = sub.add_parser(
        "convert",
        help="convert a release description between formats (osaid, MOT, SPDX 3.0.1, "
        "CycloneDX 1.6)",
        description="Read a manifest, MOT file, Hugging Face card, SPDX 3.0.1 or CycloneDX 1.6 "
        "document and write it in another format on standard output; what the conversion "
        "drops or normalises goes to standard error.",
        epilog=_EXIT_CODES_DONE,
    )
    convert.add_argument(
        "path",
        metavar="PATH",
        help="the document to convert (- for stdin), or a model on the Hugging Face Hub "
        "(hf:ORG/NAME[@REVISION])",
    )
    convert.add_argument("--to", required=True, choices=_WRITABLE, help="the format to write")
    _from_option(convert)
    _output_option(convert)


def _completion_parser(sub: Any) -> None:
    completion = sub.add_parser(
        "completion",
        help="print a shell completion script (bash, zsh or fish)",
        description="Print a completion script for the shell, generated from this command's "
        'own options. bash: eval "$(osaid completion bash)" in ~/.bashrc; zsh: eval '
        '"$(osaid completion zsh)" in ~/.zshrc; fish: osaid completion fish > '
        "~/.config/fish/completions/osaid.fish",
        epilog=_EXIT_CODES_DONE,
    )
    completion.add_argument("shell", choices=("bash", "zsh", "fish"), help="the shell")
    _output_option(completion)


def _badge_parser(sub: Any) -> None:
    badge = sub.add_parser(
        "badge",
        help="write a README badge (SVG) for one release, and the Markdown to show it",
        description="Check one release and write its badge: a shields-style SVG reading "
        "OSAID | open (or not open, undetermined), with the MOF class when there is one. "
        "With -o the SVG goes to FILE and the Markdown snippet to standard output; without, "
        "the SVG goes to standard output and the snippet to standard error.",
        epilog="exit codes: 0 open; 1 not open or undetermined (the badge is written); "
        "2 invalid input or usage (no badge is written); " + _EXIT_OUTPUT_CODES,
    )
    badge.add_argument(
        "path",
        metavar="PATH",
        help="the release: a manifest or other document (- for stdin), or a model on the "
        "Hugging Face Hub (hf:ORG/NAME[@REVISION])",
    )
    badge.add_argument(
        "-o",
        "--output",
        dest="svg_output",
        metavar="FILE",
        help="write the SVG to FILE (replaced only once the badge is made) and print the "
        "Markdown snippet on standard output",
    )
    badge.add_argument(
        "--link",
        metavar="URL",
        help="make the badge in the Markdown snippet a link to URL (for an hf: input, "
        "default: the model's page on the Hub)",
    )
    _policy_option(badge)
    _from_option(badge)


_SUBCOMMANDS: dict[str, Callable[[Any], None]] = {
    "check": _check_parser,
    "explain": _explain_parser,
    "schema": _schema_parser,
    "init": _init_parser,
    "licenses": _licenses_parser,
    "convert": _convert_parser,
    "badge": _badge_parser,
    "completion": _completion_parser,
}
"""Each subcommand and what adds its parser, in the order the help lists them."""


_SOURCES = ("auto", "osaid", "mot", "hf", "hf-api", "spdx", "cyclonedx")
_WRITABLE = ("osaid", "mot", "spdx", "cyclonedx")


def _from_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="source_format",
        choices=_SOURCES,
        default="auto",
        help="the input format: auto (default: recognised from the content), osaid "
        "(manifest), mot (Model Openness Tool YAML), hf (Hugging Face model card), hf-api "
        "(Hugging Face Hub model records, as list_models(full=True, cardData=True) gives "
        "them: osaid check reads them as JSON Lines, one record a line), spdx "
        "(SPDX 3.0.1 JSON-LD), cyclonedx (CycloneDX 1.6)",
    )


def _colour_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--color",
        "--colour",
        dest="colour",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text: auto (the default: on a terminal, unless NO_COLOR is set or "
        "TERM=dumb), always, or never",
    )


def _output_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the output to FILE instead of standard output (messages still go to "
        "standard error)",
    )


def _policy_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--policy",
        default="osaid-1.0",
        metavar="NAME|FILE",
        help="osaid-1.0 (default), mof-1.0, or a policy file (docs/policies.md)",
    )


# --- output -------------------------------------------------------------------------------------


class _OutputError(Exception):
    """Standard output could not be written: the command stops with ``EXIT_OUTPUT``."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))
        self.error = error


def _write(stream: IO[str] | None, text: str) -> None:
    """Write ``text`` whatever the stream's encoding can hold (the rest is escaped).

    Raises:
        BrokenPipeError: when the reader has gone (the command then exits quietly).
        _OutputError: when standard output cannot take the text (a full disk).
    """
    if stream is None:  # the stream was closed before the command started (>&-)
        if text:
            raise _OutputError(OSError(9, "standard output is closed"))
        return
    try:
        try:
            stream.write(text)  # the common case: text the stream's encoding holds
        except UnicodeEncodeError:
            encoding = getattr(stream, "encoding", None) or "utf-8"
            try:
                stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
            except LookupError:  # pragma: no cover - an encoding Python does not know
                stream.write(text.encode("ascii", "backslashreplace").decode("ascii"))
    except BrokenPipeError:
        raise
    except OSError as exc:
        if stream is sys.stderr:
            return  # nowhere left to say anything
        raise _OutputError(exc) from None


def _colour(choice: str = "auto") -> bool:
    """Colour when asked to (``--color always``); by default only on a terminal, never when
    ``NO_COLOR`` is set (no-color.org) or TERM=dumb."""
    if choice != "auto":
        return choice == "always"
    return (
        sys.stdout is not None
        and sys.stdout.isatty()
        and not os.environ.get("NO_COLOR")
        and os.environ.get("TERM", "") != "dumb"
    )


def _fail(message: str) -> int:
    from osaid.render import escape

    _write(sys.stderr, f"osaid: error: {escape(message)}\n")
    return EXIT_INVALID


def _load_policy(path: str) -> Policy:
    # the policy-file machinery is imported only when a policy file is named
    from osaid.policy_file import load_policy

    return load_policy(path)


def _policy(name: str) -> Policy | int:
    """The policy, or the exit code after saying why there is none."""
    from osaid.errors import ManifestError
    from osaid.policy import resolve_policy

    try:
        return resolve_policy(name, files=_load_policy)
    except ManifestError as exc:
        from osaid.render import error_text

        _write(sys.stderr, error_text(exc))
        return EXIT_INVALID
    except ValueError as exc:
        return _fail(str(exc))
    except (AssertionError, RecursionError, OSError, MemoryError) as exc:
        return _fail(f"{name}: cannot read the policy: {exc or type(exc).__name__}")


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
    cores = os.cpu_count() or 1
    return min(jobs, cores) if jobs else cores  # more processes than cores only add overhead


def _pool(jobs: int) -> Any:
    """A process pool of ``jobs`` workers, or a context holding ``None`` for one job."""
    import contextlib

    if jobs <= 1:
        return contextlib.nullcontext(None)
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(jobs)


def _check(args: argparse.Namespace) -> int:
    from osaid import _check as c

    policy = _policy(args.policy)
    if isinstance(policy, int):
        return policy
    if args.jsonl is not None or args.source_format == "hf-api":
        return _check_jsonl(args, policy)
    paths: list[str] = list(args.paths) or _default_paths()
    if paths.count("-") > 1:
        return _fail("- (standard input) can be given only once")
    fmt = args.format or "text"
    folder = _pages_folder(args)
    if folder is not None:
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as exc:
            return _fail(f"{folder}: cannot make the folder: {exc.strerror or exc}")
    options = c.Options(
        policy=policy,
        source_format=args.source_format,
        fmt=fmt,
        strict=args.strict,
        colour=fmt == "text" and _colour(args.colour),
        quiet=args.quiet,
        default_path=not args.paths,
        syntax=args.syntax,
        only_failing=args.only_failing,
    )
    try:
        stdin = c.read_stdin() if "-" in paths else None
    except c.StdinClosedError:
        return _fail("standard input is closed: give a path instead of -")
    from osaid._files import FORMAT_PATTERNS, Finder

    include = (*args.include, *FORMAT_PATTERNS.get(args.source_format, ()))
    finder = Finder(include, args.exclude)
    bulk = c.has_directory(paths)
    progress = None
    if bulk and not args.quiet and c.stderr_is_terminal() and not c.stdout_is_terminal():
        progress = c.Progress(sys.stderr, c.count_files(paths, include, args.exclude))
    inputs = ((path, stdin if path == "-" else None) for path in finder.expand(paths))
    summary, strict_failed = _run_checks(
        c.check_path, inputs, options, args.jobs, progress, folder=folder
    )
    if args.verbose:
        _write(sys.stderr, "".join(f"{_escape(p)}: skipped: {why}\n" for p, why in finder.skipped))
    _write_summary(args, summary, policy, bulk or args.verbose)
    return _exit_code(summary, strict_failed)


def _pages_folder(args: argparse.Namespace) -> str | None:
    """``--format html -o DIR``: the folder that gets one page per input, when ``-o`` names
    a folder (one that exists, or a path ending in a slash); else ``None``."""
    output = getattr(args, "output", None)
    if args.command != "check" or args.format != "html" or output in (None, "-"):
        return None
    if output.endswith(("/", os.sep)) or os.path.isdir(output):
        return str(output)
    return None


def _write_summary(args: argparse.Namespace, summary: Any, policy: Any, on_stderr: bool) -> None:
    """The run's summary: as JSON on standard output for ``--format summary``, else as text
    on standard error (for bulk runs and ``--verbose``); nothing with ``--quiet``."""
    if args.quiet:
        return
    if args.format == "summary":
        _write(sys.stdout, summary.json(policy))
    elif on_stderr:
        _write(sys.stderr, summary.render())


def _default_paths() -> list[str]:
    """Every spelling of ``./osaid.*`` that exists, else ``osaid.yaml`` (for its message)."""
    from osaid._files import DEFAULT_NAMES

    return [name for name in DEFAULT_NAMES if os.path.isfile(name)] or [DEFAULT_NAMES[0]]


def _escape(text: str) -> str:
    from osaid.render import escape

    return escape(text)


def _run_checks(
    check: Any,
    inputs: Iterable[Any],
    options: Any,
    jobs: int,
    progress: Any,
    *,
    chunksize: int = 16,
    done: Callable[[], int] | None = None,
    folder: str | None = None,
) -> tuple[Any, bool]:
    """Check every input (on ``jobs`` processes), writing each one's output as it comes, in
    input order; returns the run's ``Summary`` and whether ``--strict`` failed an input.
    ``done`` tells the progress bar how much of the input is read."""
    import functools

    from osaid import _check as c
    from osaid.bulk import Summary, ordered_map

    summary = Summary()
    strict_failed = False
    output = c.Output(
        options.fmt,
        functools.partial(_write, sys.stdout),
        array=options.only_failing,
        folder=folder,
    )
    with _pool(jobs) as pool:
        checked_all = ordered_map(
            functools.partial(check, options=options), inputs, executor=pool, chunksize=chunksize
        )
        for checked in checked_all:
            if checked.err:
                if progress:
                    progress.clear()
                _write(sys.stderr, checked.err)
            output.add(checked)
            summary.add(checked.tally)
            summary.strict_failed += checked.strict_failed
            strict_failed = strict_failed or checked.strict_failed
            if progress:
                progress.advance(summary.total, done() if done else None)
    if progress:
        progress.clear()
    output.close(options.quiet)
    return summary, strict_failed


def _exit_code(summary: Any, strict_failed: bool) -> int:
    if summary.invalid:
        return EXIT_INVALID
    if set(summary.verdicts) - {"open"} or strict_failed:
        return EXIT_NOT_OPEN
    return EXIT_OPEN


class _Lines:
    """The numbered, non-blank lines of JSON Lines inputs, one after the other, and how many
    bytes were read."""

    def __init__(self, streams: list[tuple[IO[Any], str]]) -> None:
        self.streams = streams
        self.name = streams[0][1]
        """The input being read."""
        self.done = 0

    def __iter__(self) -> Iterator[tuple[str, int, Any]]:
        from osaid.loader import iter_bounded_lines

        for stream, name in self.streams:
            self.name = name
            binary = cast("BinaryIO", stream)  # opened in binary, or standard input's buffer
            for number, line, size in iter_bounded_lines(binary, name=name):
                self.done += size
                if not isinstance(line, bytes) or line.strip():
                    yield name, number, line


def _close(streams: list[tuple[IO[Any], str]]) -> None:
    for stream, name in streams:
        if name != _STDIN:
            stream.close()


def _check_jsonl(args: argparse.Namespace, policy: Any) -> int:
    """``--jsonl``: one document per input line, one JSON line per output line, streaming."""
    import contextlib

    from osaid import _check as c

    option = "--jsonl" if args.jsonl is not None else "--from hf-api"
    if args.jsonl is not None and args.paths:
        return _fail("--jsonl reads its own input: give no other path")
    fmt = args.format or "json"
    if fmt not in ("json", "compact", "summary"):
        return _fail(f"{option} writes JSON: use --format json, compact or summary, not {fmt}")
    # --from hf-api reads its paths as JSON Lines of records, each file after the other
    paths = [args.jsonl] if args.jsonl is not None else list(args.paths)
    if not paths:
        return _fail("--from hf-api reads JSON Lines of Hub model records: give the file (or -)")
    if paths.count("-") > 1:
        return _fail("- (standard input) can be given only once")
    streams: list[tuple[IO[Any], str]] = []
    size: int | None = 0
    try:
        for path in paths:
            if path == "-":
                if sys.stdin is None:
                    raise c.StdinClosedError
                streams.append((getattr(sys.stdin, "buffer", sys.stdin), _STDIN))
                size = None
            else:
                file = open(path, "rb")  # noqa: SIM115 - closed by the with below
                streams.append((file, path))
                size = None if size is None else size + os.fstat(file.fileno()).st_size
    except c.StdinClosedError:
        _close(streams)
        return _fail(f"standard input is closed: give {option} a file")
    except OSError as exc:
        _close(streams)
        return _fail(f"{path}: cannot read: {exc.strerror}")
    options = c.Options(
        policy=policy,
        source_format=args.source_format,
        fmt="jsonl" if fmt == "json" else fmt,
        strict=args.strict,
        quiet=args.quiet,
        only_failing=args.only_failing,
    )
    progress = None
    if not args.quiet and c.stderr_is_terminal() and not c.stdout_is_terminal():
        progress = c.Progress(sys.stderr, size or None)
    lines = _Lines(streams)
    try:
        with contextlib.ExitStack() as stack:
            for opened, _name in streams:
                stack.enter_context(opened)
            summary, strict_failed = _run_checks(
                c.check_line,
                lines,
                options,
                args.jobs,
                progress,
                chunksize=256,
                done=lambda: lines.done,
            )
    except _OutputError:
        raise
    except OSError as exc:  # reading the stream itself failed (EIO, EBADF on a closed stdin)
        if isinstance(exc, BrokenPipeError):
            raise
        return _fail(f"{lines.name}: cannot read: {exc.strerror or exc}")
    _write_summary(args, summary, policy, on_stderr=True)
    return _exit_code(summary, strict_failed)


# --- osaid explain ------------------------------------------------------------------------------


def _explain(args: argparse.Namespace) -> int:
    from osaid.errors import LicenseExpressionError
    from osaid.explain import explain_license
    from osaid.render import render_explanation, render_explanation_json

    policy = _policy(args.policy)
    if isinstance(policy, int):
        return policy
    try:
        explanation = explain_license(args.expression, args.element, policy)
    except LicenseExpressionError as exc:
        shown = args.expression if len(args.expression) <= 80 else args.expression[:60] + "…"
        where = "" if shown in exc.message else f" (in {shown!r})"
        return _fail(f"{exc.message}{where}")
    except (AssertionError, RecursionError, ValueError) as exc:
        return _fail(f"cannot read the expression: {exc or type(exc).__name__}")
    if args.format == "json":
        _write(sys.stdout, render_explanation_json(explanation))
    else:
        _write(sys.stdout, render_explanation(explanation, colour=_colour(args.colour)))
    return EXIT_OPEN if explanation.verdict.value == "open" else EXIT_NOT_OPEN


# --- osaid schema -------------------------------------------------------------------------------


def _schema(_: argparse.Namespace) -> int:
    import json

    from osaid.schema import manifest_schema

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
    from osaid.explain import ELEMENTS, list_licenses
    from osaid.licenses import spdx_list_version
    from osaid.render import render_licenses, render_licenses_json

    policy = _policy(args.policy)
    if isinstance(policy, int):
        return policy
    rows = list_licenses(
        element=args.element, verdict=args.verdict, search=args.search, policy=policy
    )
    if args.format == "json":
        _write(
            sys.stdout,
            render_licenses_json(rows, policy=policy.name, spdx_version=spdx_list_version()),
        )
    elif rows:
        elements = [e for e in ELEMENTS if args.element in (None, e.value)]
        _write(sys.stdout, render_licenses(rows, elements))
    if not rows:
        _write(sys.stderr, "osaid: no licence matches\n")
        return EXIT_NOT_OPEN
    return EXIT_OPEN


def _load_one(args: argparse.Namespace) -> tuple[Any, tuple[Any, ...], str] | int:
    """The one input of ``convert`` and ``badge``: (system, import findings, its name), or
    the exit code after saying on standard error why it cannot be read."""
    from osaid._check import STDIN, StdinClosedError, load
    from osaid.bulk import FAILURES, failure
    from osaid.errors import ManifestError
    from osaid.render import error_text

    name = STDIN if args.path == "-" else args.path
    try:
        system, _where, notes = load(args.path, located=False, source_format=args.source_format)
    except StdinClosedError:
        return _fail("standard input is closed: give a path instead of -")
    except ManifestError as exc:
        _write(sys.stderr, error_text(exc))
        return EXIT_INVALID
    except FAILURES as exc:
        _write(sys.stderr, error_text(failure(exc, name)))
        return EXIT_INVALID
    return system, tuple(notes), name


def _convert(args: argparse.Namespace) -> int:
    from osaid.formats import convert
    from osaid.render import escape

    loaded = _load_one(args)
    if isinstance(loaded, int):
        return loaded
    system, notes, name = loaded
    for note in notes:
        where = note.source or name
        _write(sys.stderr, escape(f"{where}: {note.severity.value}: {note.message}") + "\n")
    written = convert(system, args.to)
    for loss in written.losses:
        _write(sys.stderr, escape(f"osaid: {loss}") + "\n")
    for gap in written.gaps:
        _write(sys.stderr, escape(f"osaid: not an NTIA-conformant SBOM: {gap}") + "\n")
    _write(sys.stdout, written.text)
    return EXIT_OPEN


def _badge(args: argparse.Namespace) -> int:
    from osaid._evaluate import evaluate
    from osaid.badge import badge_markdown, badge_svg
    from osaid.render import escape

    policy = _policy(args.policy)
    if isinstance(policy, int):
        return policy
    loaded = _load_one(args)
    if isinstance(loaded, int):
        return loaded
    system, notes, name = loaded
    report = evaluate(system, policy).with_source(name)
    report = report.with_findings(notes) if notes else report
    svg = badge_svg(report)
    link = args.link or _hub_page(args.path)
    if args.svg_output is None or args.svg_output == "-":
        _write(sys.stdout, svg)
        _write(sys.stderr, escape(badge_markdown(report, "badge.svg", link)) + "\n")
    else:
        try:
            _replace(args.svg_output, svg)
        except OSError as exc:
            return _fail(f"{args.svg_output}: cannot write: {exc.strerror or exc}")
        _write(sys.stdout, escape(badge_markdown(report, args.svg_output, link)) + "\n")
    return EXIT_OPEN if report.verdict.value == "open" else EXIT_NOT_OPEN


def _hub_page(path: str) -> str | None:
    """The Hub page of an ``hf:ORG/NAME[@REVISION]`` input, where its badge links by default
    (the input was read, so it names a model)."""
    from osaid._files import is_hub_ref

    if not is_hub_ref(path):
        return None
    from osaid.hub import parse_hub_ref

    return parse_hub_ref(path).url


def _replace(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file beside it, so that a badge that
    cannot be written whole leaves the old one in place."""
    import contextlib
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    fd, temporary = tempfile.mkstemp(prefix=".osaid-badge-", suffix=".svg", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        mask = os.umask(0)  # mkstemp makes the file private: give it the usual mode
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _completion(args: argparse.Namespace) -> int:
    from osaid._completion import completion_script

    _write(sys.stdout, completion_script(_parser(), args.shell))
    return EXIT_OPEN


_COMMANDS = {
    "badge": _badge,
    "check": _check,
    "completion": _completion,
    "convert": _convert,
    "explain": _explain,
    "schema": _schema,
    "init": _init,
    "licenses": _licenses,
}


def _skip_plugin_discovery() -> None:
    """Spare the command's process pydantic's search for plugins, unless the user chose.

    The first model that validates makes pydantic look for plugins in every installed
    distribution's entry points, which costs several hundredths of a second; osaid's models
    need no plugin, so the command sets ``PYDANTIC_DISABLE_PLUGINS`` (pydantic's own switch)
    when the user has not set it.
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


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
    """Parse, run the command and flush its output; a broken pipe or an output that cannot
    be written ends it with its own exit code, never a traceback."""
    try:
        try:
            args = _parser(_command_named(argv)).parse_args(argv)
        except SystemExit as exc:  # --help, --version, and usage errors
            code = exc.code if isinstance(exc.code, int) else EXIT_INVALID
        else:
            code = _command(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a full disk shows here, while the command can still say so
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_PIPE
    except (_OutputError, OSError) as exc:
        error = exc.error if isinstance(exc, _OutputError) else exc
        if isinstance(error, BrokenPipeError):
            _discard_stdout()
            return EXIT_PIPE
        _discard_stdout()
        _write(sys.stderr, f"osaid: error: cannot write the output: {error.strerror or error}\n")
        return EXIT_OUTPUT
    return code


def _command(args: argparse.Namespace) -> int:
    """Run the command, its output going to ``--output``'s file when one is given."""
    output = getattr(args, "output", None)
    if output is None or output == "-" or _pages_folder(args) is not None:
        return _COMMANDS[args.command](args)
    import contextlib

    try:
        file = open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
    except OSError as exc:
        return _fail(f"{output}: cannot write: {exc.strerror or exc}")
    try:
        with contextlib.redirect_stdout(file):
            code = _COMMANDS[args.command](args)
    finally:
        try:
            file.close()  # a full disk shows here at the latest
        except OSError as exc:
            raise _OutputError(exc) from None
    return code


def _discard_stdout() -> None:
    """Point standard output at ``/dev/null``, so that the interpreter's own flush at exit
    finds nothing to fail on, and says nothing (the command has said what it had to)."""
    stream = sys.stdout
    if stream is None:
        return
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (a test's capture): nothing is flushed at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


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
