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
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from osaid.bulk import Tally, tally
from osaid.errors import ManifestError, Problem

if TYPE_CHECKING:
    from osaid.loader import SourceMap
    from osaid.policy import Policy
    from osaid.report import Report

STDIN = "<stdin>"
RECOGNISED = (".yaml", ".yml", ".json", ".toml")
"""The suffixes a directory is searched for (besides model cards, ``README.md``)."""


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


class Checked(NamedTuple):
    """What one input adds to the run's output."""

    out: str | None
    """Its part of standard output (``None``: nothing, as for an unreadable file as text)."""
    err: str
    """What it writes to standard error: why it could not be read, ``--strict`` problems."""
    sarif: tuple[Any, ...]
    tally: Tally
    strict_failed: bool = False


_NO_MANIFEST = (
    "no such file: osaid check reads ./osaid.yaml when given no path; "
    "write one with osaid init, or name the manifest"
)


def read_stdin() -> bytes:
    """Standard input's bytes, up to one more than a manifest may hold (the loader says so)."""
    from osaid import loader

    return sys.stdin.buffer.read(loader.MAX_BYTES + 1)


def load(path: str, located: bool, source_format: str = "auto", raw: bytes | None = None) -> Any:
    """(system, source map or None, import findings) for one input; ``raw`` is its content
    when the caller has read it already (standard input, read once by the main process)."""
    from osaid import loader

    name = STDIN if path == "-" else path
    if raw is None and path == "-":
        raw = read_stdin()
    text = loader.read_text(path) if raw is None else loader.decode(raw, name)
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


def strict_problems(report: Report) -> list[str]:
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


def check_path(item: tuple[str, bytes | None], options: Options) -> Checked:
    """Check one file (``item`` is its path, and its bytes when already read)."""
    from osaid._evaluate import evaluate

    path, raw = item
    try:
        system, where, notes = load(path, options.fmt == "sarif", options.source_format, raw)
    except ManifestError as exc:
        if options.default_path and exc.problems[0].message.startswith("no such file"):
            exc = ManifestError([Problem("osaid.yaml", 1, 1, "", _NO_MANIFEST)])
        return _unreadable(exc, options)
    report = evaluate(system, options.policy).with_source(STDIN if path == "-" else path)
    return _readable(report.with_findings(notes) if notes else report, where, options)


def check_line(item: tuple[str, int, str | bytes], options: Options) -> Checked:
    """Check one line of a JSON Lines input (``item``: the input's name, line number, line)."""
    from osaid._evaluate import evaluate
    from osaid.formats import read

    name, number, raw = item
    where = f"{name}:{number}"
    try:
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            raise ManifestError(
                [Problem(name, number, exc.start + 1, "", "not UTF-8 text")]
            ) from None
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ManifestError(
                [Problem(name, number, exc.colno, "", f"invalid JSON: {exc.msg}")]
            ) from None
        text = value if isinstance(value, str) else line
        imported = read(text, options.source_format, name=where)  # type: ignore[arg-type]
        report = evaluate(imported.system, options.policy).with_source(where)
        if imported.findings:
            report = report.with_findings(imported.findings)
    except ManifestError as exc:
        return _line(exc, options)
    except (ValueError, UnicodeError) as exc:
        return _line(ManifestError([Problem(name, number, 1, "", str(exc))]), options)
    return _line(report, options)


def _line(outcome: Report | ManifestError, options: Options) -> Checked:
    from osaid.render import json_doc

    out = None if options.quiet else json.dumps(json_doc(outcome), ensure_ascii=False) + "\n"
    return Checked(out, "", (), tally(outcome))


def _readable(report: Report, where: SourceMap | None, options: Options) -> Checked:
    from osaid import render

    problems = strict_problems(report) if options.strict and report.verdict.value == "open" else []
    out: str | None = None
    if not options.quiet:
        if options.fmt == "text":
            out = render.render_text(report, colour=options.colour)
        elif options.fmt == "json":
            out = render.json_text(report)
        elif options.fmt == "markdown":
            out = render.markdown_part(report)
    err = "" if options.quiet else "".join(f"{report.source}: --strict: {p}\n" for p in problems)
    sarif = tuple(render.sarif_results(report, where)) if options.fmt == "sarif" else ()
    return Checked(out, err, sarif, tally(report), bool(problems))


def _unreadable(error: ManifestError, options: Options) -> Checked:
    from osaid import render

    out: str | None = None
    if not options.quiet:
        if options.fmt == "json":
            out = render.json_text(error)
        elif options.fmt == "markdown":
            out = render.markdown_part(error)
    sarif = tuple(render.sarif_results(error, None)) if options.fmt == "sarif" else ()
    return Checked(out, f"{error}\n", sarif, tally(error))


# --- inputs -----------------------------------------------------------------------------------


def expand(paths: list[str]) -> Iterator[str]:
    """The paths, each directory replaced by the files under it that osaid can read
    (manifests, MOT files and SBOMs by suffix, model cards as ``README.md``), directory by
    directory in name order, lazily: a directory of any size is never listed whole."""
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path
            continue
        found = False
        for file in _walk(path):
            found = True
            yield file
        if not found:
            yield path  # an empty folder is reported as what it is


def _walk(folder: str) -> Iterator[str]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry.path)
        elif entry.is_file() and (
            os.path.splitext(entry.name)[1].lower() in RECOGNISED
            or entry.name.lower() == "readme.md"
        ):
            yield entry.path


def has_directory(paths: list[str]) -> bool:
    """Whether any path is a directory: the run is then a bulk one, with a summary."""
    return any(path != "-" and os.path.isdir(path) for path in paths)


# --- output -----------------------------------------------------------------------------------


class Output:
    """Writes each input's part of standard output as it comes, in the run's format.

    Text reports are separated by a blank line; JSON is one object for one input and an
    array for several (held back until the second input shows which); Markdown parts are
    separated by a blank line; SARIF results are collected into one log at the end.
    """

    def __init__(self, fmt: str, write: Any) -> None:
        self.fmt = fmt
        self.write = write
        self.count = 0
        self.first: str | None = None
        self.sarif: list[Any] = []

    def add(self, checked: Checked) -> None:
        """Write (or keep) what ``checked`` adds."""
        self.sarif.extend(checked.sarif)
        if checked.out is None:
            return
        if self.fmt == "json":
            from osaid.render import json_element

            if self.count == 0:
                self.first = checked.out
            elif self.count == 1:
                assert self.first is not None
                self.write(f"[\n{json_element(self.first)},\n{json_element(checked.out)}")
            else:
                self.write(f",\n{json_element(checked.out)}")
        elif self.fmt == "markdown":
            self.write(("\n\n" if self.count else "") + checked.out)
        else:
            self.write(("\n" if self.count else "") + checked.out)
        self.count += 1

    def close(self, quiet: bool) -> None:
        """Finish the output: close the JSON array, end the Markdown, write the SARIF log."""
        if quiet:
            return
        if self.fmt == "json":
            if self.count == 1:
                self.write(f"{self.first}\n")
            elif self.count > 1:
                self.write("\n]\n")
        elif self.fmt == "markdown" and self.count:
            self.write("\n")
        elif self.fmt == "sarif":
            from osaid.render import sarif_document

            self.write(sarif_document(self.sarif))


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


def count_files(paths: list[str]) -> int:
    """How many inputs ``expand`` will yield (for the progress bar's total)."""
    return sum(1 for _ in expand(paths))


def stderr_is_terminal() -> bool:
    """Progress is drawn only on a terminal, never into a file or a pipe."""
    return sys.stderr.isatty()
