"""The exceptions osaid raises: one base class, and subclasses that are also ``ValueError``."""

from __future__ import annotations

from osaid._value import frozen_dataclass

__all__ = [
    "FAILURES",
    "LicenseExpressionError",
    "ManifestError",
    "OsaidError",
    "Problem",
    "failure",
    "shown_path",
]


def shown_path(path: str) -> str:
    r"""``path`` as text every output can hold: a file name's bytes that are not UTF-8 (which
    Python keeps as lone surrogates) are shown as ``\xNN``.

    >>> print(shown_path("models/a\udcff.yaml"), shown_path("models/ä.yaml"))
    models/a\xff.yaml models/ä.yaml
    """
    if path.isascii():
        return path
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return path


class OsaidError(Exception):
    """Base class of every error osaid raises on purpose."""


class LicenseExpressionError(OsaidError, ValueError):
    """A licence expression that is not valid SPDX, or names a licence nobody knows.

    Attributes:
        expression: the text as given.
        suggestion: a licence id the text was probably meant to be, or ``None``.
    """

    def __init__(self, message: str, expression: str, suggestion: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.expression = expression
        self.suggestion = suggestion


@frozen_dataclass
class Problem:
    """One located problem in a manifest: ``path:line:column: message``.

    ``line`` and ``column`` are 1-based; 0 means the position is not known (the problem
    concerns the whole document). ``field`` is the dotted path of the offending key.
    """

    path: str
    line: int
    column: int
    field: str
    message: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", shown_path(self.path))

    def __str__(self) -> str:
        where = f" {self.field}:" if self.field else ""
        if self.line == 0:  # no position: ``path: message``
            return f"{self.path}:{where} {self.message}"
        return f"{self.path}:{self.line}:{self.column}:{where} {self.message}"


class ManifestError(OsaidError, ValueError):
    """A manifest that cannot be read: every problem of the file, each with its location."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            msg = "ManifestError needs at least one problem"
            raise ValueError(msg)
        super().__init__("\n".join(str(p) for p in problems))
        self.problems: tuple[Problem, ...] = tuple(problems)

    def __reduce__(self) -> tuple[type[ManifestError], tuple[list[Problem]]]:
        # pickled by its problems (from a worker process, a cluster): an exception pickles
        # by its message by default, which this constructor does not take
        return type(self), (list(self.problems),)

    @property
    def path(self) -> str:
        """The file the problems are in."""
        return self.problems[0].path

    @property
    def line(self) -> int:
        """The line of the first problem."""
        return self.problems[0].line

    @property
    def column(self) -> int:
        """The column of the first problem."""
        return self.problems[0].column


FAILURES = (AssertionError, RecursionError, ValueError, UnicodeError, OSError, MemoryError)
"""What a parser or reader may raise on hostile input besides ``ManifestError``: each one
fails that input alone, with a located error, and the run goes on."""


def failure(exc: BaseException, name: str, line: int = 1) -> ManifestError:
    """``exc``, raised while reading or checking input ``name``, as that input's error.

    >>> print(failure(RecursionError(), "deep.json"))
    deep.json:1:1: nested too deeply to be read
    """
    if isinstance(exc, RecursionError):
        message = "nested too deeply to be read"
    elif isinstance(exc, MemoryError):
        message = "too large to be read in the memory available"
    elif isinstance(exc, OSError):
        message = f"cannot read: {exc.strerror or exc}"
    elif isinstance(exc, AssertionError):
        message = "a parser failed on this input" + (f": {exc}" if str(exc) else "")
    else:
        message = str(exc) or type(exc).__name__
    return ManifestError([Problem(name, line, 1, "", message)])
