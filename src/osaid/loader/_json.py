"""JSON: the standard library's parser, with duplicate keys, constants, depth and size caught.

``json`` keeps no positions, so a second pass over the text finds them, only when a problem
needs one.
"""

from __future__ import annotations

import json
import re
from typing import Any

from osaid.loader._limits import (
    JSON_BRACKETS,
    MAX_DEPTH,
    MAX_ENTRIES,
    bracket_depth_at,
    deeper_than,
    refuse_long_integer,
    shape_problem,
)
from osaid.loader._located import At, FieldPath, Lines, Positions, Read, fatal, lazy, offset_at

# The patterns below stay text until a document needs them (to locate an error): ``re``
# compiles each on first use and keeps it. Most runs need none.
_JSON_LEXEMES = (
    r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?'
    r'|true|false|null|\S+?(?=[\s{}\[\]:,"]|$)'
)


class _ConstantError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _constant(name: str) -> Any:
    raise _ConstantError(name)


class NeedsLocatingError(Exception):
    """JSON that ``quick_json`` leaves to ``read_json``, which locates what is wrong with it:
    a key given twice, or a constant (NaN, Infinity) that JSON does not have."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise NeedsLocatingError
    return out


def _no_constant(_name: str) -> Any:
    raise NeedsLocatingError


def quick_json(text: str) -> Any:
    """``text``'s JSON value, parsed once in C and without positions, for the common case of
    valid JSON (a JSON Lines line, a Hub record).

    Raises:
        NeedsLocatingError: for a duplicate key or a constant, which ``read_json`` locates.
        json.JSONDecodeError: for text that is not JSON (as ``json.loads``); ``RecursionError``
            and ``ValueError`` likewise.

    >>> quick_json('{"a": [1, 2]}')
    {'a': [1, 2]}
    >>> quick_json('{"a": 1, "a": 2}')
    Traceback (most recent call last):
    ...
    osaid.loader._json.NeedsLocatingError
    """
    return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)


def read_json(text: str) -> Read:
    """Plain data from JSON text, with positions; ``FatalError`` for what stops reading."""
    duplicated = [False]

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)
        if len(out) != len(items):
            duplicated[0] = True
        return out

    data = _parse(text, pairs)
    refused = shape_problem(data) if _may_be_refused(text) else None
    if refused is not None:
        at = bracket_depth_at(text, JSON_BRACKETS) if refused == deeper_than() else None
        raise fatal(at or (1, 1), refused)
    read = Read(data, lazy(lambda: _json_positions(text)))
    if duplicated[0]:
        read.problems.extend(_duplicates(read.positions()))
    return read


def _may_be_refused(text: str) -> bool:
    """Whether ``text`` has brackets enough to nest too deep, or separators enough for too
    many entries: counted in C, this spares the walk over the data of almost every document."""
    brackets = text.count("[") + text.count("{")
    entries = 2 * text.count(":") + text.count(",") + brackets
    return brackets > MAX_DEPTH or entries > MAX_ENTRIES


def _parse(text: str, pairs: Any) -> Any:
    try:
        return json.loads(text, object_pairs_hook=pairs, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        message = f"invalid JSON: {exc.msg}{_json_hint(exc.msg)}"
        raise fatal((exc.lineno, exc.colno), message) from None
    except _ConstantError as exc:
        message = f"invalid JSON: {exc.name} is not a JSON value; write a number or quote it"
        raise fatal(_json_token_at(text, exc.name), message) from None
    except RecursionError:
        raise fatal(bracket_depth_at(text, JSON_BRACKETS) or (1, 1), deeper_than()) from None
    except ValueError:  # an integer past Python's digit cap (json gives no position)
        refuse_long_integer(text)
        raise


def _duplicates(positions: Positions) -> list[tuple[int, int, FieldPath, str]]:
    out = []
    for path, (line, col) in positions.duplicates:
        first = positions.keys.get(path, (0, 0))[0]
        message = (
            f"duplicate key {path[-1]!r} (first at line {first}): JSON keeps only the last; "
            "remove or rename one of them"
        )
        out.append((line, col, path, message))
    return out


def _json_hint(msg: str) -> str:
    if msg.startswith("Expecting property name"):
        return ": keys need double quotes, and a trailing comma before } is not allowed"
    if msg == "Expecting value":
        return ": a value is missing, or a trailing comma precedes ] or }"
    if msg.startswith("Invalid control character"):
        return ": write a line break inside a string as \\n"
    return ""


def _json_token_at(text: str, token: str) -> At:
    for match in re.finditer(_JSON_LEXEMES, text):
        if match.group() == token:
            return offset_at(text, match.start())
    return (1, 1)


def _json_positions(text: str) -> Positions:
    """Positions of every key and value of a JSON text that ``json.loads`` accepted."""
    positions = Positions()
    lines = Lines(text)
    # one frame per open container: [kind, path, next list index, pending key, keys seen]
    stack: list[list[Any]] = []
    expect_key = False
    for match in re.finditer(_JSON_LEXEMES, text):
        tok = match.group()
        if tok in (":", ","):
            if tok == "," and stack and stack[-1][0] == "{":
                expect_key = True
            continue
        if tok in ("}", "]"):
            stack.pop()
            continue
        at = lines.at(match.start())
        top = stack[-1] if stack else None
        if top is not None and top[0] == "{" and expect_key:
            key = json.loads(tok) if "\\" in tok else tok[1:-1]
            key_path: FieldPath = (*top[1], key)
            if key in top[4]:
                positions.duplicates.append((key_path, at))
            else:
                positions.keys[key_path] = at
            top[4].add(key)
            top[3] = key
            expect_key = False
            continue
        if top is None:
            path: FieldPath = ()
        elif top[0] == "{":
            path = (*top[1], top[3])
        else:
            path = (*top[1], top[2])
            top[2] += 1
        positions.values.setdefault(path, at)
        if tok in ("{", "["):
            stack.append([tok, path, 0, "", set()])
            expect_key = tok == "{"
    return positions
