"""TOML: ``tomllib``, guarded against the inputs it handles badly, and a scanner for positions.

Keys with thousands of dotted parts are refused before ``tomllib`` sees them (it spends time
quadratic in the parts of one key); integers past Python's digit cap and nesting past
``MAX_DEPTH`` come back located.
"""

from __future__ import annotations

import contextlib
import re
import sys
from types import ModuleType

from osaid.loader._limits import (
    MAX_DEPTH,
    TOML_BRACKETS,
    bracket_depth_at,
    deeper_than,
    more_entries_than,
    refuse_long_integer,
    shape_problem,
    toml_chain_at,
    toml_entries_at,
)
from osaid.loader._located import At, FieldPath, Lines, Positions, Read, fatal, lazy, offset_at

_TOML_AT = r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)"
_TOML_HINTS = (
    ("Cannot overwrite a value", ": this key is already set above; remove one of them"),
    ("Cannot declare", ": this table is already declared above; merge the two"),
    ("Invalid statement", ": write key = value, or a [table] header"),
    ("Invalid value", ": quote text values"),
)


def _tomllib() -> ModuleType:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    module: ModuleType = tomllib
    return module


def read_toml(text: str) -> Read:
    """Plain data from TOML text, with positions; ``FatalError`` for what stops reading."""
    chain = toml_chain_at(text)
    if chain is not None:
        raise fatal(chain, deeper_than())
    crowded = toml_entries_at(text)
    if crowded is not None:
        raise fatal(crowded, more_entries_than())
    tomllib = _tomllib()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise fatal(*_decode_error(text, str(exc))) from None
    except RecursionError:
        raise fatal(bracket_depth_at(text, TOML_BRACKETS) or (1, 1), deeper_than()) from None
    except ValueError:  # an integer past Python's digit cap, converted by tomllib
        refuse_long_integer(text)
        raise
    refused = shape_problem(data)
    if refused is not None:
        raise fatal(_deepest(text) if refused == deeper_than() else (1, 1), refused)
    return Read(data, lazy(lambda: TomlScanner(text).scan()))


def _decode_error(text: str, detail: str) -> tuple[At, str]:
    found = re.search(_TOML_AT, detail)
    if found and found.group(1):
        line, col = int(found.group(1)), int(found.group(2))
    else:
        line, col = offset_at(text, len(text))
    detail = re.sub(_TOML_AT, "", detail).strip()
    hint = next((h for needle, h in _TOML_HINTS if detail.startswith(needle)), "")
    if detail.startswith(("Cannot overwrite", "Cannot declare")):
        # tomllib reports where the statement ends; the key it is about starts the line
        lines = text.splitlines()
        if 0 < line <= len(lines):
            col = len(lines[line - 1]) - len(lines[line - 1].lstrip()) + 1
    return (line, col), f"invalid TOML: {detail}{hint}"


def _deepest(text: str) -> At:
    where = bracket_depth_at(text, TOML_BRACKETS)
    if where is None:  # nested through [a.b.c…] headers or dotted keys, not brackets
        keys = TomlScanner(text).scan().keys
        where = min((at for path, at in keys.items() if len(path) >= MAX_DEPTH), default=None)
    return where or (1, 1)


def _toml_basic_string(quoted: str) -> str:
    """The text of a TOML basic string (``"a\\tb"``), escapes and all."""
    value: str = _tomllib().loads(f"k = {quoted}")["k"]
    return value


_TOML_BARE = r"[A-Za-z0-9_-]+"
_TOML_SCALAR_END = r"[,\]}#\n]|$"


class TomlScanner:
    """Positions of the keys, tables and values of a TOML text that ``tomllib`` accepted.

    ``tomllib`` keeps no positions, so this scanner reads the text a second time, knowing it
    is valid: headers (``[table]``, ``[[array of tables]]``), dotted and quoted keys, inline
    tables and arrays, and the four kinds of string.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.lines = Lines(text)
        self.positions = Positions()
        self.aot: dict[FieldPath, int] = {}

    def scan(self) -> Positions:
        # tomllib accepted the text, so this cannot fail; were it to, the positions found so
        # far still point right, and positions are never worth a traceback
        with contextlib.suppress(IndexError, ValueError):
            self._document()
        return self.positions

    def _document(self) -> None:
        table: FieldPath = ()
        text = self.text
        while True:
            self._skip(newlines=True)
            if self.i >= len(text):
                return
            if text[self.i] == "[":
                table = self._header()
            else:
                self._pair(table)

    def _header(self) -> FieldPath:
        at = self.lines.at(self.i)
        double = self.text.startswith("[[", self.i)
        self.i += 2 if double else 1
        parts = self._key()
        self._skip()
        self.i += 2 if double else 1
        path: FieldPath = ()
        for n, (name, offset) in enumerate(parts):
            path = (*path, name)
            self.positions.keys.setdefault(path, self.lines.at(offset))
            last = n == len(parts) - 1
            if last and double:
                index = self.aot.get(path, -1) + 1
                self.aot[path] = index
                self.positions.values.setdefault(path, at)
                path = (*path, index)
                self.positions.keys[path] = at
            elif path in self.aot:
                path = (*path, self.aot[path])
        self.positions.values.setdefault(path, at)
        return path

    def _pair(self, base: FieldPath) -> None:
        parts = self._key()
        path = base
        for name, offset in parts:
            path = (*path, name)
            self.positions.keys.setdefault(path, self.lines.at(offset))
        self._skip()
        self.i += 1  # '='
        self._skip()
        self._value(path)

    def _key(self) -> list[tuple[str, int]]:
        parts: list[tuple[str, int]] = []
        text = self.text
        while True:
            self._skip()
            start = self.i
            if text[start] == '"':
                end = self._basic_string_end(start)
                parts.append((_toml_basic_string(text[start:end]), start))
            elif text[start] == "'":
                end = text.index("'", start + 1) + 1
                parts.append((text[start + 1 : end - 1], start))
            else:
                match = re.compile(_TOML_BARE).match(text, start)
                end = match.end() if match else start + 1
                parts.append((text[start:end], start))
            self.i = end
            self._skip()
            if self.i < len(text) and text[self.i] == ".":
                self.i += 1
                continue
            return parts

    def _value(self, path: FieldPath) -> None:
        text = self.text
        self.positions.values.setdefault(path, self.lines.at(self.i))
        char = text[self.i]
        if text.startswith('"""', self.i):
            self.i = self._multiline_end(self.i, '"""')
        elif text.startswith("'''", self.i):
            self.i = self._multiline_end(self.i, "'''")
        elif char == '"':
            self.i = self._basic_string_end(self.i)
        elif char == "'":
            self.i = text.index("'", self.i + 1) + 1
        elif char == "[":
            self.i += 1
            index = 0
            while True:
                self._skip(newlines=True)
                if text[self.i] == "]":
                    self.i += 1
                    return
                self._value((*path, index))
                index += 1
                self._skip(newlines=True)
                if text[self.i] == ",":
                    self.i += 1
        elif char == "{":
            self.i += 1
            while True:
                self._skip(newlines=True)
                if text[self.i] == "}":
                    self.i += 1
                    return
                self._pair(path)
                self._skip(newlines=True)
                if text[self.i] == ",":
                    self.i += 1
        else:
            match = re.compile(_TOML_SCALAR_END).search(text, self.i)
            self.i = match.start() if match else len(text)

    def _basic_string_end(self, start: int) -> int:
        text, i = self.text, start + 1
        while text[i] != '"':
            i += 2 if text[i] == "\\" else 1
        return i + 1

    def _multiline_end(self, start: int, quote: str) -> int:
        text, i = self.text, start + 3
        while not text.startswith(quote, i):
            i += 2 if quote == '"""' and text[i] == "\\" else 1
        i += 3
        while i < len(text) and text[i] == quote[0]:  # up to two quotes end the content
            i += 1
        return i

    def _skip(self, *, newlines: bool = False) -> None:
        text, i = self.text, self.i
        while i < len(text):
            char = text[i]
            if char in " \t\r" or (newlines and char == "\n"):
                i += 1
            elif char == "#":
                end = text.find("\n", i)
                i = len(text) if end < 0 else end
            else:
                break
        self.i = i
