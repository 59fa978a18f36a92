"""The exceptions osaid raises: one base class, and subclasses that are also ``ValueError``."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LicenseExpressionError", "ManifestError", "OsaidError", "Problem"]


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


@dataclass(frozen=True)
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
