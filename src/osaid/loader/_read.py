"""Reading bytes with a bound on what is actually read, not on what ``stat()`` promises.

A FIFO, ``/dev/zero``, standard input and a file that grows while it is read all report a
size that says nothing; so every read here stops one byte past its limit, whatever the
source, and refuses the input with a located message.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from osaid.errors import ManifestError, Problem
from osaid.loader._limits import MAX_BYTES

_CHUNK = 1024 * 1024
SKIP_LIMIT = 1024 * 1024 * 1024
"""How far ``iter_bounded_lines`` reads to find the end of an over-long line (1 GiB)."""


def _size(limit: int) -> str:
    mib, rest = divmod(limit, 1024 * 1024)
    return f"{mib} MiB" if mib and not rest else f"{limit:,} bytes"


def _fail(name: str, message: str, line: int = 1, column: int = 1) -> ManifestError:
    return ManifestError([Problem(name, line, column, "", message)])


def _too_large(name: str, limit: int) -> ManifestError:
    return _fail(
        name,
        f"more than {_size(limit)}: refused, and not read past that; no manifest is that large",
    )


def read_bounded(
    source: str | os.PathLike[str] | BinaryIO, limit: int = MAX_BYTES, *, name: str | None = None
) -> bytes:
    """The bytes of a file or binary stream, reading at most ``limit + 1`` of them.

    Args:
        source: a path (a file, a FIFO, a device) or an open binary stream (standard input's
            ``sys.stdin.buffer``); a text stream's ``buffer`` is used when it has one.
        limit: the most bytes accepted (10 MiB by default).
        name: the name problems are reported under (the path, or the stream's ``name``).

    Raises:
        ManifestError: located at ``name:1:1``, for more than ``limit`` bytes (a regular
            file whose size says so is refused unread), a missing file, a directory, or a
            read that fails.

    >>> import io
    >>> read_bounded(io.BytesIO(b"manifest-version: 1\\n"))
    b'manifest-version: 1\\n'
    >>> try:
    ...     read_bounded(io.BytesIO(b"x" * 11), limit=10, name="<stdin>")
    ... except ManifestError as exc:
    ...     print(str(exc)[:40])
    <stdin>:1:1: more than 10 bytes: refused
    """
    if isinstance(source, str | os.PathLike):
        return _read_path(Path(source), limit, str(source) if name is None else name)
    label = name if name is not None else str(getattr(source, "name", "<stream>"))
    stream = getattr(source, "buffer", source)
    try:
        return _read_stream(stream, limit, label)
    except OSError as exc:
        raise _fail(label, f"cannot read: {exc.strerror or exc}") from None


def _read_path(path: Path, limit: int, name: str) -> bytes:
    try:
        with path.open("rb") as stream:
            info = os.fstat(stream.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise _fail(
                    name,
                    f"the file is {info.st_size} bytes; files over {_size(limit)} are refused: "
                    "no manifest is that large",
                )
            return _read_stream(stream, limit, name)
    except FileNotFoundError:
        raise _fail(name, "no such file: check the path") from None
    except IsADirectoryError:
        raise _fail(
            name, "is a directory, not a file: give the path of the manifest inside it"
        ) from None
    except PermissionError:
        raise _fail(name, "permission denied: the file cannot be read") from None
    except OSError as exc:
        raise _fail(name, f"cannot read the file: {exc.strerror or exc}") from None


def _read_stream(stream: BinaryIO, limit: int, name: str) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = stream.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        if not isinstance(chunk, bytes):
            msg = f"{name}: read_bounded needs a binary stream, got text"
            raise TypeError(msg)
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise _too_large(name, limit)
    return b"".join(chunks)


class BoundedLine(NamedTuple):
    """One line of a stream read by ``iter_bounded_lines``."""

    number: int
    """1-based."""
    content: bytes | ManifestError
    """The line's bytes (with its line end), or the located refusal of an over-long line."""
    size: int
    """How many bytes of the stream the line took, read or skipped (for progress)."""


def iter_bounded_lines(
    stream: BinaryIO,
    line_limit: int = MAX_BYTES,
    *,
    name: str = "<stdin>",
    skip_limit: int = SKIP_LIMIT,
) -> Iterator[BoundedLine]:
    """The lines of a binary stream, none holding more than ``line_limit`` bytes in memory.

    A line over ``line_limit`` bytes (its line end not counted) comes as a ``ManifestError``
    located at its line, and the stream goes on after it: the rest of that line is skipped
    in pieces, never held whole. A line still not ended after ``skip_limit`` bytes (such as
    ``/dev/zero``) ends the stream with one more ``ManifestError``, so that the read stops.

    Args:
        stream: an open binary stream (a text stream's ``buffer`` is used when it has one).
        line_limit: the most bytes one line may hold (10 MiB by default).
        name: the name problems are reported under.
        skip_limit: how far to read to find the end of an over-long line (1 GiB).

    >>> import io
    >>> [(n, c) for n, c, _ in iter_bounded_lines(io.BytesIO(b'{"a": 1}\\n\\n[2]'))]
    [(1, b'{"a": 1}\\n'), (2, b'\\n'), (3, b'[2]')]
    >>> print(list(iter_bounded_lines(io.BytesIO(b"abc\\nxy\\n"), 2, name="in"))[0].content)
    in:1:1: line longer than 2 bytes: refused, and skipped without being held in memory
    """
    raw = getattr(stream, "buffer", stream)
    number = 0
    while True:
        line = raw.readline(line_limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= line_limit or line.endswith(b"\n"):
            yield BoundedLine(number, line, len(line))
            continue
        message = (
            f"line longer than {_size(line_limit)}: refused, and skipped without being held "
            "in memory"
        )
        skipped, ended = _skip_line(raw, skip_limit)
        yield BoundedLine(number, _fail(name, message, number), len(line) + skipped)
        if not ended:
            yield BoundedLine(
                number,
                _fail(
                    name,
                    f"no line end within {_size(skip_limit)} after this line started: the "
                    "rest of the input is not read",
                    number,
                ),
                0,
            )
            return


def _skip_line(raw: BinaryIO, skip_limit: int) -> tuple[int, bool]:
    """Read to the end of the current line; (bytes read, whether the line ended)."""
    skipped = 0
    while skipped < skip_limit:
        piece = raw.readline(min(_CHUNK, skip_limit - skipped))
        skipped += len(piece)
        if not piece:
            return skipped, True  # the input ended inside the line: that ends the line too
        if piece.endswith(b"\n"):
            return skipped, True
    return skipped, False


def decode(raw: bytes, name: str) -> str:
    """``raw`` as UTF-8 text (a byte-order mark is dropped).

    Raises:
        ManifestError: if the bytes are not UTF-8 or the text is over 10 MiB.

    >>> decode(b"\\xef\\xbb\\xbfname: x", "m.yaml")
    'name: x'
    """
    if len(raw) > MAX_BYTES:
        raise _too_large(name, MAX_BYTES)
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        start = raw.rfind(b"\n", 0, exc.start) + 1
        col = len(raw[start : exc.start].decode("utf-8", "replace")) + 1
        message = f"not UTF-8 text (byte 0x{raw[exc.start]:02x}): save the file as UTF-8"
        raise _fail(name, message, line, col) from None


def read_text(path: str | Path) -> str:
    """The text of a manifest file, refusing what no manifest can be.

    Raises:
        ManifestError: for a missing file, a directory, more than 10 MiB (read no further
            than one byte past it, whatever the file is) or bytes that are not UTF-8.
    """
    return decode(read_bounded(path), str(path))
