"""The shared steps of reading any document: check the text, parse, validate, translate.

Every entry point goes through ``guarded``, the one error boundary per input: whatever a
parser or validator raises (``AssertionError``, ``RecursionError``, ``ValueError``,
``UnicodeError``, ``OSError``, ``MemoryError``) leaves as a located ``ManifestError``.
"""

from __future__ import annotations

import contextlib
import importlib
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from osaid.errors import ManifestError, OsaidError, Problem
from osaid.loader._kind import MANIFEST, DocumentKind
from osaid.loader._limits import MAX_BYTES, deeper_than, surrogate_at
from osaid.loader._located import FatalError, Read, SourceMap, dotted
from osaid.loader._read import decode, read_text
from osaid.manifest import AISystem

if TYPE_CHECKING:
    from osaid.loader._translate import Hidden

Format = Literal["yaml", "json", "toml"]
M = TypeVar("M", bound=BaseModel)

_SUFFIXES: Mapping[str, Format] = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".toml": "toml",
}
# Each syntax's module is imported when a document of it is first read.
_READERS: Mapping[str, tuple[str, str]] = {
    "yaml": ("osaid.loader._yaml", "read_yaml"),
    "json": ("osaid.loader._json", "read_json"),
    "toml": ("osaid.loader._toml", "read_toml"),
}


def _fail(path: str, message: str, line: int = 1, column: int = 1) -> ManifestError:
    return ManifestError([Problem(path, line, column, "", message)])


def _boundary_message(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return deeper_than()
    if isinstance(exc, MemoryError):
        return "ran out of memory reading this input: it is too large or too deeply nested"
    if isinstance(exc, UnicodeError):
        return f"not valid Unicode text ({exc}): save it as UTF-8"
    detail = " ".join(str(exc).split())
    detail = detail if len(detail) <= 160 else detail[:150] + "…"
    return f"cannot be read ({type(exc).__name__}{': ' + detail if detail else ''})"


@contextlib.contextmanager
def guarded(path: str) -> Iterator[None]:
    """The error boundary of one input: anything a parser raises becomes a ``ManifestError``.

    A ``ManifestError`` passes through unchanged; any other ``OsaidError`` (an invalid licence
    expression met while importing) and the exceptions parsers are known to raise
    (``AssertionError``, ``RecursionError``, ``ValueError``, ``UnicodeError``, ``OSError``,
    ``MemoryError``) become a ``ManifestError`` at ``path:1:1``. Use one per input, so that a
    stream goes on after a bad item.

    >>> with guarded("item 3"):
    ...     raise AssertionError("Bad arguments")
    Traceback (most recent call last):
    ...
    osaid.errors.ManifestError: item 3:1:1: cannot be read (AssertionError: Bad arguments)
    """
    try:
        yield
    except ManifestError:
        raise
    except OsaidError as exc:
        raise _fail(path, str(exc)) from None
    except (
        AssertionError,
        RecursionError,
        ValueError,
        UnicodeError,
        OSError,
        MemoryError,
    ) as exc:
        raise _fail(path, _boundary_message(exc)) from None


def _reader(format: str) -> Callable[[str], Read]:
    if format not in _READERS:
        msg = f"unknown format {format!r}: use yaml, json or toml"
        raise ValueError(msg)
    module, name = _READERS[format]
    reader: Callable[[str], Read] = getattr(importlib.import_module(module), name)
    return reader


def _check_text(text: str, path: str, kind: DocumentKind) -> str:
    """``text`` without its byte-order mark, if it can be a document at all."""
    if len(text) > MAX_BYTES:  # each character is at least one byte of UTF-8
        message = f"more than {MAX_BYTES // (1024 * 1024)} MiB: no {kind.noun} is that large"
        raise _fail(path, message)
    text = text.removeprefix("\ufeff")
    surrogate = surrogate_at(text)
    if surrogate is not None:
        message = (
            "a lone surrogate (a half of a UTF-16 pair) is not text and no UTF-8 file can "
            "hold it: remove it"
        )
        raise _fail(path, message, *surrogate)
    if not text.strip():
        raise _fail(path, f"the file is empty: a {kind.noun} needs at least {kind.needs}")
    return text


def _parse(reader: Callable[[str], Read], text: str, path: str, kind: DocumentKind) -> Read:
    try:
        read = reader(text)
    except FatalError as fail:
        from osaid.loader._translate import capped

        raise ManifestError(
            capped([Problem(path, ln, col, dotted(at), msg) for ln, col, at, msg in fail.problems])
        ) from None
    if read.empty:
        raise _fail(path, f"the file is empty: a {kind.noun} needs at least {kind.needs}")
    if not isinstance(read.data, dict):
        from osaid.loader._translate import kind_of

        line, col = read.positions().of((), key=False)
        message = (
            f"the top level must be a mapping of keys to values ({kind.version_key}: "
            f"{kind.version}, …), not {kind_of(read.data)}"
        )
        raise _fail(path, message, line, col)
    return read


def _checked(read: Read, path: str, kind: DocumentKind) -> list[Problem]:
    """The problems the reader saw and those of the kind's own checks of the raw data."""
    problems = [Problem(path, ln, col, dotted(at), msg) for ln, col, at, msg in read.problems]
    for check in kind.checks:
        for at, message in check(read.data):
            line, col = read.positions().of(at, key=False)
            problems.append(Problem(path, line, col, dotted(at), message))
    return problems


def _validate(
    text: str, format: str, path: str, model: type[M], kind: DocumentKind
) -> tuple[M, Read]:
    reader = _reader(format)
    with guarded(path):
        read = _parse(reader, _check_text(text, path, kind), path, kind)
        problems = _checked(read, path, kind)
        hidden: Hidden | None = None
        try:
            result = model.model_validate(read.data)
        except ValidationError as exc:
            # the translation of errors is imported by the documents that have some
            from osaid.loader._translate import problems_of

            worded, hidden = problems_of(exc, read, path, kind, model)
            problems.extend(worded)
        if problems or (hidden is not None and hidden.count):
            from osaid.loader._translate import capped

            raise ManifestError(capped(_unique(problems), hidden))
        return result, read


def _unique(problems: list[Problem]) -> list[Problem]:
    """``problems`` without repeats (a raw check and a validator may say the same thing)."""
    return list(dict.fromkeys(problems))


def loads_document(
    text: str,
    model: type[M],
    kind: DocumentKind,
    format: Format = "yaml",
    *,
    path: str = "<string>",
) -> tuple[M, SourceMap]:
    """Validate a document of any kind osaid reads (manifest, policy file) with positions.

    Raises:
        ManifestError: carrying every problem of the text, each located.
    """
    result, read = _validate(text, format, path, model, kind)
    return result, SourceMap(path, read.positions())


def load_document(
    path: str | Path, model: type[M], kind: DocumentKind, format: Format | None = None
) -> tuple[M, SourceMap]:
    """Read and validate a file of any kind osaid reads, with positions.

    Raises:
        ManifestError: carrying every problem of the file, each located.
    """
    text = read_text(path)
    fmt = format or detect_format(str(path), text)
    return loads_document(text, model, kind, fmt, path=str(path))


def detect_format(name: str, text: str) -> Format:
    """The format of a manifest, from its file name, else from its first character.

    >>> detect_format("osaid.toml", ""), detect_format("-", '{"a": 1}')
    ('toml', 'json')
    """
    suffix = Path(name).suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    stripped = text[:4096].lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")) and not re.match(r"\[\[?[A-Za-z\"']", stripped):
        return "json"
    if re.match(r"\[\[?[A-Za-z\"']", stripped) or re.match(r"[\w\-\"]+\s*=", stripped):
        return "toml"
    return "yaml"


def loads_manifest(text: str, format: Format = "yaml", *, path: str = "<string>") -> AISystem:
    """Read a manifest from text.

    Args:
        text: the manifest.
        format: ``yaml``, ``json`` or ``toml``.
        path: the name problems are reported under.

    Raises:
        ManifestError: carrying every problem of the text, each located.

    >>> loads_manifest("manifest-version: 1\\nsystem: {name: Tiny}\\n").system.name
    'Tiny'
    """
    return _validate(text, format, path, AISystem, MANIFEST)[0]


def loads_manifest_located(
    text: str, format: Format = "yaml", *, path: str = "<string>"
) -> tuple[AISystem, SourceMap]:
    """Read a manifest from text, with where each of its keys and values is.

    Raises:
        ManifestError: carrying every problem of the text, each located.
    """
    return loads_document(text, AISystem, MANIFEST, format, path=path)


def load_manifest(path: str | Path, format: Format | None = None) -> AISystem:
    """Read a manifest file (format from its name or content unless given).

    Raises:
        ManifestError: carrying every problem of the file, each located.
    """
    text = read_text(path)
    fmt = format or detect_format(str(path), text)
    return _validate(text, fmt, str(path), AISystem, MANIFEST)[0]


def load_manifest_located(
    path: str | Path, format: Format | None = None
) -> tuple[AISystem, SourceMap]:
    """Read a manifest file, with where each of its keys and values is (for SARIF).

    Raises:
        ManifestError: carrying every problem of the file, each located.
    """
    return load_document(path, AISystem, MANIFEST, format)


def load_guarded(item: str | bytes, format: Format = "json", *, path: str) -> AISystem:
    """One manifest, as text or bytes, behind one error boundary: a bulk run's step.

    Bytes are decoded as UTF-8 (over 10 MiB refused); then the text is read as by
    ``loads_manifest``. Whatever goes wrong, only a ``ManifestError`` located at ``path``
    leaves, so the caller can record it and go on to the next item.

    Raises:
        ManifestError: carrying every problem of the item, each located.

    >>> load_guarded(b'{"manifest-version": 1, "system": {"name": "A"}}', path="<0>").system.name
    'A'
    >>> try:
    ...     load_guarded("[" * 100_000, path="<item 1>")
    ... except ManifestError as exc:
    ...     print(exc.problems[0].path, exc.line, exc.column)
    <item 1> 1 65
    """
    with guarded(path):
        text = decode(item, path) if isinstance(item, bytes) else item
        return _validate(text, format, path, AISystem, MANIFEST)[0]
