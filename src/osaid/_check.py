"""``osaid check`` over many inputs: read, evaluate and render each one where it is checked
(here, or in a worker process with ``--jobs``), and stream the results out in input order.

Each input becomes a ``Checked``: the text it adds to standard output and to standard error,
its SARIF results and its ``Tally`` for the summary. Only that small record travels back from
a worker, never the report itself, so memory stays flat and a process pool pays.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from osaid.bulk import FAILURES, Tally, failure, tally
from osaid.errors import ManifestError, Problem, shown_path

if TYPE_CHECKING:
    from osaid.loader import SourceMap
    from osaid.policy import Policy
    from osaid.report import Report

STDIN = "<stdin>"


class Options(NamedTuple):
    """How every input of one run is checked and shown (it travels to the workers)."""

    policy: Policy
    source_format: str
    fmt: str
    strict: bool = False
    colour: bool = False
    quiet: bool = False
    default_path: bool = False
    """No path was given: the input is ``./osaid.yaml`` by default."""
    syntax: str | None = None
    """``yaml``, ``json`` or ``toml`` for every manifest, whatever its name (``--syntax``)."""
    only_failing: bool = False
    """Write nothing for an input that passes the check (``--only-failing``)."""


class Checked(NamedTuple):
    """What one input adds to the run's output."""

    out: str | None
    """Its part of standard output (``None``: nothing, as for an unreadable file as text)."""
    err: str
    """What it writes to standard error: why it could not be read, ``--strict`` problems."""
    sarif: tuple[Any, ...]
    tally: Tally
    strict_failed: bool = False
    artifact: Any = None
    """What the run's overview says of it: its SARIF artifact (``--format sarif``: the file,
    and what osaid found in it), or its ``HtmlEntry`` (``--format html``)."""


_NO_MANIFEST = (
    "no such file: osaid check reads ./osaid.yaml when given no path; "
    "write one with osaid init, or name the manifest"
)

# --- reading: every read of an input is here, so that a bounded reader is one change away ----


class StdinClosedError(Exception):
    """Standard input is closed (``<&-``): a usage error, not an unreadable input."""


def read_stdin() -> bytes:
    """Standard input's bytes, up to one more than a manifest may hold (the loader says so).

    Raises:
        StdinClosedError: when the process has no standard input.
    """
    from osaid import loader

    if sys.stdin is None:
        raise StdinClosedError
    try:
        return sys.stdin.buffer.read(loader.MAX_BYTES + 1)
    except (OSError, ValueError) as exc:  # a closed descriptor: EBADF, or a closed file
        raise StdinClosedError from exc


def read_input(path: str, raw: bytes | None) -> str:
    """The text of one input: ``raw`` when the caller read it already (standard input),
    else the file's, through the loader (which refuses what no manifest can be)."""
    from osaid import loader

    name = STDIN if path == "-" else path
    if raw is None and path == "-":
        raw = read_stdin()
    # the loader reads a file no further than one byte past the cap, whatever it is
    return loader.read_text(path) if raw is None else loader.decode(raw, name)


def load(
    path: str,
    located: bool,
    source_format: str = "auto",
    raw: bytes | None = None,
    syntax: str | None = None,
) -> Any:
    """(system, source map or None, import findings) for one input; ``raw`` is its content
    when the caller has read it already (standard input, read once by the main process);
    ``syntax`` forces a manifest's syntax (else told by its name, then its content).

    An input ``hf:ORG/NAME[@REVISION]`` is a model on the Hugging Face Hub: its record and
    card are read through ``huggingface_hub`` (``source_format`` concerns files only)."""
    from osaid import loader
    from osaid._files import is_hub_ref

    if is_hub_ref(path):
        from osaid.hub import load_hub

        imported = load_hub(path)
        return imported.system, None, imported.findings
    name = STDIN if path == "-" else path
    text = read_input(path, raw)
    if source_format == "auto":
        from osaid.formats import detect

        source_format = detect(text, name)
    if source_format != "osaid":
        from osaid.formats import read

        imported = read(text, source_format, name=name)  # type: ignore[arg-type]
        return imported.system, None, imported.findings
    fmt: Any = syntax or loader.detect_format(name, text)
    if located:
        system, where = loader.loads_manifest_located(text, fmt, path=name)
        return system, where, ()
    return loader.loads_manifest(text, fmt, path=name), None, ()


# --- the error boundary around each input -----------------------------------------------------


def check_path(item: tuple[str, bytes | None], options: Options) -> Checked:
    """Check one file (``item`` is its path, and its bytes when already read)."""
    path, raw = item
    name = STDIN if path == "-" else path
    try:
        return _check_path(path, raw, options)
    except FAILURES as exc:
        return _unreadable(failure(exc, name), options)


_EMPTY_FOLDER = (
    "no manifest in this folder: osaid check looks for files named {names} "
    "(add other names with --include GLOB, or give the file's path)"
)


def _check_path(path: str, raw: bytes | None, options: Options) -> Checked:
    from osaid._evaluate import evaluate_source
    from osaid._files import MANIFEST_PATTERNS, is_hub_ref

    if path != "-" and not is_hub_ref(path) and os.path.isdir(path):
        names = ", ".join(MANIFEST_PATTERNS)
        message = _EMPTY_FOLDER.format(names=names)
        return _unreadable(ManifestError([Problem(path, 1, 1, "", message)]), options)
    try:
        system, where, notes = load(
            path, options.fmt == "sarif", options.source_format, raw, options.syntax
        )
    except ManifestError as exc:
        if options.default_path and exc.problems[0].message.startswith("no such file"):
            exc = ManifestError([Problem("osaid.yaml", 1, 1, "", _NO_MANIFEST)])
        return _unreadable(exc, options)
    report = evaluate_source(system, options.policy, STDIN if path == "-" else shown_path(path))
    return _readable(report.with_findings(notes) if notes else report, where, options)


def _system(line: str, value: Any, source_format: str, where: str) -> Any:
    """The ``Imported`` of one line, from ``value``, its JSON parsed once.

    A manifest that validates needs nothing more; anything else (a string holding a card, an
    SBOM, an invalid manifest) goes the way ``formats.read`` goes, which locates every
    problem.
    """
    from osaid.formats import Imported, read

    # An SBOM is told by these keys (formats.detect); a manifest has neither.
    if isinstance(value, dict) and (
        source_format == "osaid"
        or (source_format == "auto" and "bomFormat" not in value and "@graph" not in value)
    ):
        from pydantic import ValidationError

        from osaid.manifest import AISystem

        try:
            return Imported(AISystem.model_validate(value), ())
        except ValidationError:
            pass  # the loader reads it again, to locate each problem
    text = value if isinstance(value, str) else line
    return read(text, source_format, name=where)  # type: ignore[arg-type]


def _parse_line(line: str, name: str, number: int) -> Any:
    """The line's JSON value, parsed once; ``None`` when it holds what the loader must
    locate (a duplicate key, NaN), for it to parse again."""
    from osaid.loader._json import NeedsLocatingError, quick_json

    try:
        return quick_json(line)
    except NeedsLocatingError:
        return None
    except json.JSONDecodeError as exc:
        raise ManifestError(
            [Problem(name, number, exc.colno, "", f"invalid JSON: {exc.msg}")]
        ) from None


def check_line(item: tuple[str, int, bytes | str | ManifestError], options: Options) -> Checked:
    """Check one line of a JSON Lines input (``item``: the input's name, line number, line)."""
    name, number, raw = item
    try:
        return _check_line(name, number, raw, options)
    except ManifestError as exc:
        return _line(exc, options)
    except FAILURES as exc:
        return _line(failure(exc, name, number), options)


def _check_line(
    name: str, number: int, raw: bytes | str | ManifestError, options: Options
) -> Checked:
    from osaid._evaluate import evaluate_source

    where = f"{name}:{number}"
    if isinstance(raw, ManifestError):  # a line too long to read, located by the reader
        raise raw
    try:
        line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        raise ManifestError([Problem(name, number, exc.start + 1, "", "not UTF-8 text")]) from None
    if options.source_format == "hf-api":
        from osaid.formats.hub import read_hub_line

        imported = read_hub_line(line, name, number)
    else:
        imported = _system(line, _parse_line(line, name, number), options.source_format, where)
    report = evaluate_source(imported.system, options.policy, where)
    if imported.findings:
        report = report.with_findings(imported.findings)
    return _line(report, options)


def _line(outcome: Report | ManifestError, options: Options) -> Checked:
    from osaid import render

    strict_failed = False
    if options.strict and not isinstance(outcome, ManifestError):
        from osaid.bulk import passes

        strict_failed = outcome.verdict.value == "open" and not passes(outcome, strict=True)
    out = None
    passed = (
        options.only_failing
        and not isinstance(outcome, ManifestError)
        and outcome.verdict.value == "open"
        and not strict_failed
    )
    if not options.quiet and options.fmt != "summary" and not passed:
        line = render.compact_line if options.fmt == "compact" else render.json_line
        out = line(outcome) + "\n"
    # an unreadable line is said on standard error too, as an unreadable file is
    err = render.error_text(outcome) if isinstance(outcome, ManifestError) else ""
    return Checked(out, err, (), tally(outcome), strict_failed)


def _readable(report: Report, where: SourceMap | None, options: Options) -> Checked:
    from osaid import render
    from osaid.bulk import strict_problems

    problems: tuple[str, ...] = ()
    if options.strict and report.verdict.value == "open":
        problems = strict_problems(report)
    out: str | None = None
    passed = options.only_failing and report.verdict.value == "open" and not problems
    if not options.quiet and not passed:
        if options.fmt == "text":
            out = render.render_text(report, colour=options.colour)
        elif options.fmt == "json":
            out = render.json_text(report)
        elif options.fmt == "markdown":
            out = render.markdown_part(report)
        elif options.fmt == "compact":
            out = render.compact_line(report) + "\n"
        elif options.fmt == "html":
            from osaid.render_html import html_section

            out = html_section(report)
    err = ""
    if not options.quiet:
        source = render.escape(report.source)
        err = "".join(f"{source}: --strict: {render.escape(p)}\n" for p in problems)
    sarif, artifact = (), _html_entry(report, options)
    if options.fmt == "sarif":
        sarif, artifact = tuple(render.sarif_results(report, where)), render.sarif_artifact(report)
    return Checked(out, err, sarif, tally(report), bool(problems), artifact)


def _html_entry(item: Report | ManifestError, options: Options) -> Any:
    """What the HTML page's overview says of the input (``--format html``), else ``None``."""
    if options.fmt != "html":
        return None
    from osaid.render_html import html_entry

    return html_entry(item)


def _unreadable(error: ManifestError, options: Options) -> Checked:
    from osaid import render

    out: str | None = None
    if not options.quiet:
        if options.fmt == "json":
            out = render.json_text(error)
        elif options.fmt == "markdown":
            out = render.markdown_part(error)
        elif options.fmt == "compact":
            out = render.compact_line(error) + "\n"
        elif options.fmt == "html":
            from osaid.render_html import html_section

            out = html_section(error)
    sarif, artifact = (), _html_entry(error, options)
    if options.fmt == "sarif":
        sarif, artifact = tuple(render.sarif_results(error, None)), render.sarif_artifact(error)
    return Checked(out, render.error_text(error), sarif, tally(error), artifact=artifact)


# --- inputs -----------------------------------------------------------------------------------


def has_directory(paths: list[str]) -> bool:
    """Whether any path is a directory: the run is then a bulk one, with a summary."""
    return any(path != "-" and os.path.isdir(path) for path in paths)


# --- output -----------------------------------------------------------------------------------


class Output:
    """Writes each input's part of standard output as it comes, in the run's format.

    Text reports are separated by a blank line; JSON is one object for one input and an
    array for several (held back until the second input shows which); Markdown parts are
    separated by a blank line; SARIF results are collected into one log at the end, and
    HTML sections into one page (its overview, at the top, needs every input's verdict).
    """

    def __init__(
        self, fmt: str, write: Any, *, array: bool = False, folder: str | None = None
    ) -> None:
        self.fmt = fmt
        self.write = write
        self.count = 0
        self.first: str | None = None
        self.sarif: list[Any] = []
        self.artifacts: list[Any] = []
        self.sections: list[tuple[str, Any]] = []
        """HTML: each input's section and overview entry, for the page made at the end."""
        self.folder = folder
        """HTML: the folder that gets a page per input, as it comes, and ``index.html``."""
        self.pages: list[tuple[str, Any]] = []
        self.taken: set[str] = set()
        self.array = array
        """JSON: an array whatever the count (with ``--only-failing``, which may leave one
        report of many, or none)."""

    def add(self, checked: Checked) -> None:
        """Write (or keep) what ``checked`` adds."""
        if self.fmt == "html":
            if checked.out is not None and self.folder is None:
                self.sections.append((checked.out, checked.artifact))
            elif checked.out is not None:
                self._page(checked.out, checked.artifact)
            return
        self.sarif.extend(checked.sarif)
        if checked.artifact is not None:
            self.artifacts.append(checked.artifact)
        if checked.out is None:
            return
        if self.fmt == "json":
            from osaid.render import json_element

            if self.count == 0 and self.array:
                self.write(f"[\n{json_element(checked.out)}")
            elif self.count == 0:
                self.first = checked.out
            elif self.count == 1 and not self.array:
                assert self.first is not None
                self.write(f"[\n{json_element(self.first)},\n{json_element(checked.out)}")
            else:
                self.write(f",\n{json_element(checked.out)}")
        elif self.fmt == "markdown":
            self.write(("\n\n" if self.count else "") + checked.out)
        elif self.fmt in ("compact", "jsonl"):
            self.write(checked.out)
        else:
            self.write(("\n" if self.count else "") + checked.out)
        self.count += 1

    def close(self, quiet: bool) -> None:
        """Finish the output: close the JSON array, end the Markdown, write the SARIF log."""
        if quiet:
            return
        if self.fmt == "json":
            if self.array and self.count == 0:
                self.write("[]\n")
            elif self.count == 1 and not self.array:
                self.write(f"{self.first}\n")
            elif self.count:
                self.write("\n]\n")
        elif self.fmt == "markdown" and self.count:
            self.write("\n")
        elif self.fmt == "sarif":
            from osaid.render import sarif_document

            self.write(sarif_document(self.sarif, self.artifacts))
        elif self.fmt == "html" and self.folder is not None:
            from osaid.render_html import html_index

            _write_file(os.path.join(self.folder, "index.html"), html_index(self.pages))
        elif self.fmt == "html":
            from osaid.render_html import html_page

            self.write(html_page(self.sections))

    def _page(self, section: str, entry: Any) -> None:
        """Write one input's page into the folder, named after its source."""
        from osaid.render_html import html_page, page_name

        name = page_name(entry.source or entry.name, self.taken)
        page = html_page([(section, entry)], index="index.html")
        _write_file(os.path.join(self.folder or ".", name), page)
        self.pages.append((name, entry))


def _write_file(path: str, text: str) -> None:
    """Write ``text`` to ``path`` (an ``OSError`` ends the run: the output cannot be written)."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(text)


def now() -> float:
    """The clock progress is drawn by (a test can stop it)."""
    return time.monotonic()


class Progress:
    """A progress line on standard error, redrawn at most ten times a second: a bar when the
    size of the input is known, a count otherwise. Used only when standard error is a
    terminal, never when it goes to a file or a pipe."""

    def __init__(self, stream: IO[str], total: int | None) -> None:
        self.stream = stream
        self.total = total
        self.start = self.shown = now()
        self.drawn = False

    def advance(self, checked: int, done: int | None = None) -> None:
        """``checked`` inputs are finished, ``done`` of ``total`` (default: ``checked``)."""
        moment = now()
        if moment - self.shown < 0.1:
            return
        self.shown = moment
        rate = checked / max(moment - self.start, 1e-9)
        line = f"{checked:,} checked, {rate:,.0f}/s"
        if self.total:
            share = min((checked if done is None else done) / self.total, 1.0)
            line = f"[{'#' * int(share * 30):<30}] {share:4.0%} {line}"
        self.stream.write(f"\r{line} ")
        self.stream.flush()
        self.drawn = True

    def clear(self) -> None:
        """Take the progress line away (before other text, and at the end)."""
        if self.drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.drawn = False


def count_files(paths: list[str], include: Sequence[str], exclude: Sequence[str]) -> int:
    """How many inputs a ``Finder`` will yield (for the progress bar's total)."""
    from osaid._files import Finder

    return sum(1 for _ in Finder(include, exclude).expand(paths))


def stderr_is_terminal() -> bool:
    """Progress is drawn only on a terminal, never into a file or a pipe."""
    return sys.stderr is not None and sys.stderr.isatty()


def stdout_is_terminal() -> bool:
    """Whether reports go to the terminal too: progress would then tear through them."""
    return sys.stdout is not None and sys.stdout.isatty()
