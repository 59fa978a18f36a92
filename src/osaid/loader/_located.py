"""Where things are in a document: field paths, positions, and what a reader hands on."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import field
from typing import Any

from osaid._value import frozen_dataclass

FieldPath = tuple[str | int, ...]
"""A path to a key or list item: ``("training-data", 0, "license")``."""

At = tuple[int, int]
"""A 1-based (line, column)."""

Raw = tuple[int, int, FieldPath, str]
"""A problem before it is given a file name: line, column, field path, message."""


class Positions:
    """1-based (line, column) of every key and value, by field path."""

    __slots__ = ("duplicates", "keys", "values")

    def __init__(self) -> None:
        self.keys: dict[FieldPath, At] = {}
        self.values: dict[FieldPath, At] = {}
        self.duplicates: list[tuple[FieldPath, At]] = []

    # equal by content, and so unhashable, as the dataclass it replaces was (a class
    # statement costs less at start-up than a dataclass)
    __hash__ = None  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Positions):
            return NotImplemented
        mine = (self.keys, self.values, self.duplicates)
        return mine == (other.keys, other.values, other.duplicates)

    def of(self, path: FieldPath, *, key: bool) -> At:
        """Where ``path`` is, else its nearest parent that is known, else (1, 1)."""
        tables = (self.keys, self.values) if key else (self.values, self.keys)
        probe = path
        while True:
            for table in tables:
                if probe in table:
                    return table[probe]
            if not probe:
                return (1, 1)
            probe = probe[:-1]


@frozen_dataclass
class SourceMap:
    """Where each key and value of a document is, by field path.

    >>> from osaid.loader import loads_manifest_located
    >>> _, where = loads_manifest_located("manifest-version: 1\\nsystem:\\n  name: Tiny\\n")
    >>> where.locate("system.name"), where.locate("components.model-parameters")
    ((3, 3), (1, 1))
    """

    path: str
    _positions: Positions = field(repr=False)
    """Private: the tables it answers from, which no caller should change."""

    def locate(self, where: str | FieldPath, *, key: bool = True) -> tuple[int, int]:
        """The 1-based (line, column) of ``where``, else of its nearest parent that exists.

        Args:
            where: a field path, or its dotted form (``"training-data[0].license"``).
            key: the position of the key (the default) rather than of its value.
        """
        path = parse_field_path(where) if isinstance(where, str) else where
        return self._positions.of(path, key=key)


def parse_field_path(dotted: str) -> FieldPath:
    """``"training-data[0].license"`` → ``("training-data", 0, "license")``.

    >>> parse_field_path("data-information.provenance[1]")
    ('data-information', 'provenance', 1)
    """
    out: list[str | int] = []
    for part in dotted.split("."):
        name, *indexes = part.split("[")
        if name.isdigit():
            out.append(int(name))  # "rules.1.license", as validators write it
        elif name:
            out.append(name)
        out.extend(int(i.rstrip("]")) for i in indexes if i.rstrip("]").isdigit())
    return tuple(out)


def dotted(path: FieldPath) -> str:
    """``("training-data", 0, "license")`` → ``"training-data[0].license"``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def offset_at(text: str, offset: int) -> At:
    """The (line, column) of a character offset, for a one-off question."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class Lines:
    """Offsets → 1-based (line, column), for many questions about one text."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        self.starts.extend(m.end() for m in re.finditer("\n", text))

    def at(self, offset: int) -> At:
        """The (line, column) of ``offset``."""
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def lazy(make: Callable[[], Positions]) -> Callable[[], Positions]:
    """``make``, called once on first use: most documents never need their positions."""
    cache: list[Positions] = []

    def get() -> Positions:
        if not cache:
            cache.append(make())
        return cache[0]

    return get


class FatalError(Exception):
    """Problems that stop reading before the data can be validated."""

    def __init__(self, problems: list[Raw]) -> None:
        super().__init__(problems)
        self.problems = problems


def fatal(at: At, message: str, path: FieldPath = ()) -> FatalError:
    """One problem that stops reading, at ``at``."""
    return FatalError([(at[0], at[1], path, message)])


class Read:
    """What a format reader found: the data, where it is, and the problems it saw.

    A plain class, as the YAML reader's frames: nothing compares or prints these records, and
    the methods a dataclass would generate for that cost more to create, at every start, than
    the class.
    """

    __slots__ = ("data", "empty", "positions", "problems", "tainted")

    def __init__(
        self,
        data: Any,
        positions: Callable[[], Positions],
        problems: list[Raw] | None = None,
        tainted: tuple[FieldPath, ...] = (),
        empty: bool = False,
    ) -> None:
        self.data = data
        self.positions = positions
        self.problems: list[Raw] = [] if problems is None else problems
        self.tainted = tainted
        """Paths whose value was already reported (a refused tag): no second message there."""
        self.empty = empty
        """A YAML stream with no document, or a document with nothing in it."""
