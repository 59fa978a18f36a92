"""Reading manifests from YAML, JSON and TOML, keeping the position of every key and value.

This is the only module that knows about file formats and source positions. Every problem
of a file becomes a ``Problem`` (``path:line:column: field: message``) and all of them are
raised together as one ``ManifestError``; no parser's own exception, no ``RecursionError``
and no pydantic ``ValidationError`` escapes.

What it refuses, and why:

- files over 10 MiB, directories, missing files and bytes that are not UTF-8;
- YAML tags that would construct anything but plain data (``!!python/object`` and friends);
- YAML alias bombs: the nodes reached through aliases are counted as the events stream by,
  before anything is expanded, and more than ``MAX_NODES`` of them are refused;
- nesting deeper than ``MAX_DEPTH`` (a manifest needs five levels);
- duplicate keys, which YAML and JSON parsers silently resolve to the last one.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from osaid.errors import ManifestError, Problem
from osaid.manifest import AISystem

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_NODES",
    "DocumentKind",
    "FieldPath",
    "Format",
    "SourceMap",
    "decode",
    "detect_format",
    "load_document",
    "load_manifest",
    "load_manifest_located",
    "loads_document",
    "loads_manifest",
    "loads_manifest_located",
    "parse_field_path",
    "read_text",
]

Format = Literal["yaml", "json", "toml"]
MAX_BYTES = 10 * 1024 * 1024
"""Files larger than this (10 MiB) are refused unread."""
MAX_DEPTH = 64
"""Mappings and lists nested deeper than this are refused: no manifest needs it."""
MAX_NODES = 100_000
"""More nodes than this reached through YAML aliases are refused (an alias bomb)."""

_SUFFIXES: Mapping[str, Format] = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".toml": "toml",
}

FieldPath = tuple[str | int, ...]
"""A path to a key or list item: ``("training-data", 0, "license")``."""

_At = tuple[int, int]
_Raw = tuple[int, int, FieldPath, str]
"""A problem before it is given a file name: line, column, field path, message."""

M = TypeVar("M", bound=BaseModel)


# --- where things are -------------------------------------------------------------------------


@dataclass
class _Positions:
    """1-based (line, column) of every key and value, by field path."""

    keys: dict[FieldPath, _At] = field(default_factory=dict)
    values: dict[FieldPath, _At] = field(default_factory=dict)
    duplicates: list[tuple[FieldPath, _At]] = field(default_factory=list)

    def of(self, path: FieldPath, *, key: bool) -> _At:
        tables = (self.keys, self.values) if key else (self.values, self.keys)
        probe = path
        while True:
            for table in tables:
                if probe in table:
                    return table[probe]
            if not probe:
                return (1, 1)
            probe = probe[:-1]


@dataclass(frozen=True)
class SourceMap:
    """Where each key and value of a document is, by field path.

    >>> _, where = loads_manifest_located("manifest-version: 1\\nsystem:\\n  name: Tiny\\n")
    >>> where.locate("system.name"), where.locate("components.model-parameters")
    ((3, 3), (1, 1))
    """

    path: str
    positions: _Positions = field(repr=False)

    def locate(self, where: str | FieldPath, *, key: bool = True) -> tuple[int, int]:
        """The 1-based (line, column) of ``where``, else of its nearest parent that exists.

        Args:
            where: a field path, or its dotted form (``"training-data[0].license"``).
            key: the position of the key (the default) rather than of its value.
        """
        path = parse_field_path(where) if isinstance(where, str) else where
        return self.positions.of(path, key=key)


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


def _dotted(path: FieldPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _FatalError(Exception):
    """Problems that stop reading before the data can be validated."""

    def __init__(self, problems: list[_Raw]) -> None:
        super().__init__(problems)
        self.problems = problems


class _Read:
    """What a format reader found: the data, where it is, and the problems it saw.

    A plain class, as ``_Frame``: nothing compares or prints these records, and the methods a
    dataclass would generate for that cost more to create, at every start, than the class.
    """

    __slots__ = ("data", "empty", "positions", "problems", "tainted")

    def __init__(
        self,
        data: Any,
        positions: Callable[[], _Positions],
        problems: list[_Raw] | None = None,
        tainted: tuple[FieldPath, ...] = (),
        empty: bool = False,
    ) -> None:
        self.data = data
        self.positions = positions
        self.problems: list[_Raw] = [] if problems is None else problems
        self.tainted = tainted
        """Paths whose value was already reported (a refused tag): no second message there."""
        self.empty = empty
        """A YAML stream with no document, or a document with nothing in it."""


def _deeper_than() -> str:
    return (
        f"nested deeper than {MAX_DEPTH} levels: a manifest needs only a few; look for an "
        "unclosed bracket or runaway indentation"
    )


# --- YAML ---------------------------------------------------------------------------------------

_YAML = "tag:yaml.org,2002:"
_PLAIN_TAGS = frozenset(f"{_YAML}{t}" for t in ("str", "int", "float", "bool", "null"))
_YAML_HINTS = (
    ("mapping values are not allowed", ": a value that contains ': ' needs quotes"),
    ("did not find expected key", ": check the indentation of this line"),
    ("expected <block end>", ": check the indentation of this line"),
    ("did not find expected ',' or ']'", ": a [ is not closed, or a comma is missing"),
    ("did not find expected ',' or '}'", ": a { is not closed, or a comma is missing"),
    ("expected ',' or ']'", ": a [ is not closed, or a comma is missing"),
    ("expected ',' or '}'", ": a { is not closed, or a comma is missing"),
    ("did not find expected '-' indicator", ": check the indentation of this list"),
    ("found character that cannot start any token", ": tabs cannot indent YAML; use spaces"),
    ("found undefined alias", ": define the anchor (&name) before its alias (*name)"),
)


def _yaml_message(problem: str, context: str | None) -> str:
    text = f"invalid YAML: {problem}"
    if context and context not in problem:
        text += f" ({context})"
    for needle, hint in _YAML_HINTS:
        if needle in problem:
            return text + hint
    return text


def _show_tag(tag: str) -> str:
    return "!!" + tag[len(_YAML) :] if tag.startswith(_YAML) else tag


def _yaml(text: str) -> _Read:
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = None
    try:
        loader = loader_class(text)
        return _YamlReader(loader).read()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = _yaml_message(exc.problem or "", exc.context)
        if "nesting depth" in (exc.problem or ""):  # libyaml's own cap on [ and {
            line, col = _bracket_depth_at(text, _FLOW_BRACKETS) or (line, col)
            message = _deeper_than()
        raise _FatalError([(line, col, (), message)]) from None
    except yaml.reader.ReaderError as exc:
        line, col = _offset_at(text, exc.position)
        character = f"U+{exc.character:04X}" if isinstance(exc.character, int) else "a byte"
        message = f"invalid YAML: the character {character} is not allowed; remove it"
        raise _FatalError([(line, col, (), message)]) from None
    except yaml.YAMLError as exc:
        raise _FatalError([(1, 1, (), f"invalid YAML: {exc}")]) from None
    finally:
        if loader is not None:
            loader.dispose()


def _offset_at(text: str, offset: int) -> _At:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class _Frame:
    """A mapping or list being built from YAML events."""

    __slots__ = ("anchor", "expect_key", "key", "nodes_before", "path", "value")

    def __init__(
        self,
        value: dict[str, Any] | list[Any],
        path: FieldPath,
        anchor: str | None,
        nodes_before: int,
    ) -> None:
        self.value = value
        self.path = path
        self.anchor = anchor
        self.nodes_before = nodes_before
        self.expect_key = True
        self.key: str | None = None


class _YamlReader:
    """Builds plain data from the YAML event stream, without recursion.

    PyYAML's composer recurses once per level and its constructor can build objects; this
    reader does neither. It counts every node, the ones reached through aliases at their
    full expanded size, before building anything larger.
    """

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.positions = _Positions()
        self.problems: list[_Raw] = []
        self.tainted: list[FieldPath] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.nodes = 0
        self.through_aliases = 0
        self.stack: list[_Frame] = []
        self.root: Any = None

    def read(self) -> _Read:
        import yaml

        get = self.loader.get_event
        get()  # stream start
        event = get()
        if isinstance(event, yaml.StreamEndEvent):
            return _Read(None, lambda: self.positions, empty=True)
        while True:
            event = get()
            if isinstance(event, yaml.DocumentEndEvent):
                break
            self._event(event)
        event = get()
        if not isinstance(event, yaml.StreamEndEvent):
            line, col = _mark(event)
            message = "a manifest is one YAML document, but a second one starts here: remove it"
            raise _FatalError([(line, col, (), message)])
        positions = self.positions
        return _Read(
            self.root, lambda: positions, self.problems, tuple(self.tainted), self.root is None
        )

    def _event(self, event: Any) -> None:
        import yaml

        if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            frame = self.stack.pop()
            if frame.anchor is not None:
                self.anchors[frame.anchor] = (frame.value, self.nodes - frame.nodes_before)
            self._attach(frame.value)
            return
        top = self.stack[-1] if self.stack else None
        if top is not None and top.expect_key and isinstance(top.value, dict):
            if isinstance(event, yaml.ScalarEvent):
                self._key(top, event)
                return
            self._problem(event, top.path, "a key must be plain text, not a mapping or a list")
            top.key = None
        path = self._path(top)
        self.nodes += 1
        self.positions.values.setdefault(path, _mark(event))
        if isinstance(event, yaml.AliasEvent):
            self._alias(event, path)
        elif isinstance(event, yaml.ScalarEvent):
            value = self._scalar(event, path)
            if event.anchor is not None:
                self.anchors[event.anchor] = (value, 1)
            self._attach(value)
        else:
            self._start(event, path)

    def _path(self, top: _Frame | None) -> FieldPath:
        if top is None:
            return ()
        if isinstance(top.value, list):
            return (*top.path, len(top.value))
        if top.expect_key or top.key is None:
            return top.path
        return (*top.path, top.key)

    def _start(self, event: Any, path: FieldPath) -> None:
        import yaml

        is_map = isinstance(event, yaml.MappingStartEvent)
        if len(self.stack) >= MAX_DEPTH:
            line, col = _mark(event)
            raise _FatalError([(line, col, (), _deeper_than())])
        expected = f"{_YAML}map" if is_map else f"{_YAML}seq"
        if event.tag not in (None, "!", expected):
            self._refuse_tag(event, path)
        value: dict[str, Any] | list[Any] = {} if is_map else []
        self.stack.append(_Frame(value, path, event.anchor, self.nodes - 1))

    def _alias(self, event: Any, path: FieldPath) -> None:
        found = self.anchors.get(event.anchor)
        if found is None:
            line, col = _mark(event)
            message = (
                f"the alias *{event.anchor} names no anchor defined before it: define "
                f"&{event.anchor} first (an alias cannot point into its own anchor)"
            )
            raise _FatalError([(line, col, path, message)])
        value, size = found
        self.nodes += size - 1
        self.through_aliases += size
        if self.through_aliases > MAX_NODES:
            line, col = _mark(event)
            message = (
                f"aliases here expand to more than {MAX_NODES} nodes (a YAML alias bomb?): "
                "refused; write the data out instead of repeating it through aliases"
            )
            raise _FatalError([(line, col, path, message)])
        self._attach(value)

    def _scalar(self, event: Any, path: FieldPath) -> Any:
        import yaml

        explicit = event.tag not in (None, "!")
        tag = event.tag
        if not explicit:
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag in _PLAIN_TAGS:
            node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
            try:
                return self.loader.yaml_constructors[tag](self.loader, node)
            except (yaml.YAMLError, ValueError, OverflowError):
                return event.value
        if explicit:
            self._refuse_tag(event, path)
        # implicitly typed scalars osaid has no use for (dates, ``=``) stay text
        return event.value

    def _key(self, top: _Frame, event: Any) -> None:
        top.expect_key = False
        top.key = None
        at = _mark(event)
        if event.tag not in (None, "!", f"{_YAML}str"):
            self._refuse_tag(event, top.path)
            return
        if event.tag is None and event.value == "<<" and event.implicit[0]:
            self._problem(event, top.path, "merge keys (<<) are not supported: write the keys out")
            return
        key: str = event.value
        assert isinstance(top.value, dict)
        key_path = (*top.path, key)
        if key in top.value:
            first = self.positions.keys[key_path][0]
            self._problem(
                event,
                key_path,
                f"duplicate key {key!r} (first at line {first}): YAML keeps only one; "
                "remove or rename one of them",
            )
            return
        self.nodes += 1
        self.positions.keys[key_path] = at
        top.key = key

    def _attach(self, value: Any) -> None:
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        if isinstance(top.value, list):
            top.value.append(value)
        elif top.expect_key:
            top.expect_key, top.key = False, None  # a key that was not text: dropped
        else:
            if top.key is not None:
                top.value[top.key] = value
            top.expect_key = True

    def _refuse_tag(self, event: Any, path: FieldPath) -> None:
        self._problem(
            event,
            path,
            f"the YAML tag {_show_tag(event.tag)} is not allowed: osaid reads plain data "
            "only; remove the tag",
        )
        self.tainted.append(path)

    def _problem(self, event: Any, path: FieldPath, message: str) -> None:
        self.problems.append((*_mark(event), path, message))


def _mark(event: Any) -> _At:
    return event.start_mark.line + 1, event.start_mark.column + 1


# --- JSON ---------------------------------------------------------------------------------------

# The patterns below stay text until a document needs them (to locate an error, or to read
# TOML positions): ``re`` compiles each on first use and keeps it. Most runs need none.
_JSON_LEXEMES = (
    r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?'
    r'|true|false|null|\S+?(?=[\s{}\[\]:,"]|$)'
)


def _json(text: str) -> _Read:
    duplicated = [False]

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)
        if len(out) != len(items):
            duplicated[0] = True
        return out

    def constant(name: str) -> Any:
        raise _ConstantError(name)

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except json.JSONDecodeError as exc:
        message = f"invalid JSON: {exc.msg}{_json_hint(exc.msg)}"
        raise _FatalError([(exc.lineno, exc.colno, (), message)]) from None
    except _ConstantError as exc:
        at = _json_token_at(text, exc.name)
        message = f"invalid JSON: {exc.name} is not a JSON value; write a number or quote it"
        raise _FatalError([(*at, (), message)]) from None
    except RecursionError:
        raise _FatalError(
            [(*(_bracket_depth_at(text, _JSON_BRACKETS) or (1, 1)), (), _deeper_than())]
        ) from None
    if _too_deep(data, text):
        raise _FatalError(
            [(*(_bracket_depth_at(text, _JSON_BRACKETS) or (1, 1)), (), _deeper_than())]
        )
    read = _Read(data, _lazy(lambda: _json_positions(text)))
    if duplicated[0]:
        positions = read.positions()
        for path, (line, col) in positions.duplicates:
            first = positions.keys.get(path, (0, 0))[0]
            read.problems.append(
                (
                    line,
                    col,
                    path,
                    f"duplicate key {path[-1]!r} (first at line {first}): JSON keeps only "
                    "the last; remove or rename one of them",
                )
            )
    return read


class _ConstantError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _json_hint(msg: str) -> str:
    if msg.startswith("Expecting property name"):
        return ": keys need double quotes, and a trailing comma before } is not allowed"
    if msg == "Expecting value":
        return ": a value is missing, or a trailing comma precedes ] or }"
    if msg.startswith("Invalid control character"):
        return ": write a line break inside a string as \\n"
    return ""


def _json_token_at(text: str, token: str) -> _At:
    for match in re.finditer(_JSON_LEXEMES, text):
        if match.group() == token:
            return _offset_at(text, match.start())
    return (1, 1)


_JSON_BRACKETS = r'"(?:[^"\\]|\\.)*"|[\[{\]}]'
_FLOW_BRACKETS = _TOML_BRACKETS = r'"(?:[^"\\]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[{\]}]'


def _bracket_depth_at(text: str, brackets: str) -> _At | None:
    """Where brackets first nest deeper than ``MAX_DEPTH`` (strings and comments skipped)."""
    depth = 0
    for match in re.finditer(brackets, text):
        tok = match.group()
        if tok in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                return _offset_at(text, match.start())
        elif tok in ("]", "}"):
            depth -= 1
    return None


def _too_deep(data: Any, text: str) -> bool:
    """Whether ``data`` nests more than ``MAX_DEPTH`` mappings and lists."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return False
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item if isinstance(v, dict | list))
    return False


def _lazy(make: Callable[[], _Positions]) -> Callable[[], _Positions]:
    cache: list[_Positions] = []

    def get() -> _Positions:
        if not cache:
            cache.append(make())
        return cache[0]

    return get


class _Lines:
    """Offsets → 1-based (line, column)."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        self.starts.extend(m.end() for m in re.finditer("\n", text))

    def at(self, offset: int) -> _At:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def _json_positions(text: str) -> _Positions:
    """Positions of every key and value of a JSON text that ``json.loads`` accepted."""
    positions = _Positions()
    lines = _Lines(text)
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
            key = json.loads(tok)
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


# --- TOML ---------------------------------------------------------------------------------------

_TOML_AT = r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)"
_TOML_HINTS = (
    ("Cannot overwrite a value", ": this key is already set above; remove one of them"),
    ("Cannot declare", ": this table is already declared above; merge the two"),
    ("Invalid statement", ": write key = value, or a [table] header"),
    ("Invalid value", ": quote text values"),
)


def _toml(text: str) -> _Read:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        detail = str(exc)
        found = re.search(_TOML_AT, detail)
        if found and found.group(1):
            line, col = int(found.group(1)), int(found.group(2))
        else:
            line, col = _offset_at(text, len(text))
        detail = re.sub(_TOML_AT, "", detail).strip()
        hint = next((h for needle, h in _TOML_HINTS if detail.startswith(needle)), "")
        if detail.startswith(("Cannot overwrite", "Cannot declare")):
            # tomllib reports where the statement ends; the key it is about starts the line
            lines = text.splitlines()
            if 0 < line <= len(lines):
                col = len(lines[line - 1]) - len(lines[line - 1].lstrip()) + 1
        raise _FatalError([(line, col, (), f"invalid TOML: {detail}{hint}")]) from None
    except RecursionError:
        deepest = _bracket_depth_at(text, _TOML_BRACKETS) or (1, 1)
        raise _FatalError([(*deepest, (), _deeper_than())]) from None
    if _toml_too_deep(data):
        where = _bracket_depth_at(text, _TOML_BRACKETS)
        if where is None:  # nested through [a.b.c…] headers or dotted keys, not brackets
            keys = _TomlScanner(text).scan().keys
            where = min((at for path, at in keys.items() if len(path) >= MAX_DEPTH), default=None)
        raise _FatalError([(*(where or (1, 1)), (), _deeper_than())])
    return _Read(data, _lazy(lambda: _TomlScanner(text).scan()))


def _toml_too_deep(data: Any) -> bool:
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        values = item.values() if isinstance(item, dict) else item
        stack.extend((v, depth + 1) for v in values if isinstance(v, dict | list))
    return False


def _toml_basic_string(quoted: str) -> str:
    """The text of a TOML basic string (``"a\\tb"``), escapes and all."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    value: str = tomllib.loads(f"k = {quoted}")["k"]
    return value


_TOML_BARE = r"[A-Za-z0-9_-]+"
_TOML_SCALAR_END = r"[,\]}#\n]|$"


class _TomlScanner:
    """Positions of the keys, tables and values of a TOML text that ``tomllib`` accepted.

    ``tomllib`` keeps no positions, so this scanner reads the text a second time, knowing it
    is valid: headers (``[table]``, ``[[array of tables]]``), dotted and quoted keys, inline
    tables and arrays, and the four kinds of string.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.lines = _Lines(text)
        self.positions = _Positions()
        self.aot: dict[FieldPath, int] = {}

    def scan(self) -> _Positions:
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


# --- validation -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentKind:
    """What kind of document a model validates, for the messages about it."""

    noun: str
    """``manifest``, ``policy file``."""
    needs: str
    """What an empty document lacks: ``manifest-version and system``."""
    version_key: str
    version: int


MANIFEST = DocumentKind("manifest", "manifest-version and system", "manifest-version", 1)


def _model_at(root: type[BaseModel], path: FieldPath) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``path``, following field aliases."""
    current: Any = root
    for part in path:
        model = _as_model(current)
        if model is None:
            current = _item_type(current)  # inside a dict or a list: step into its items
            continue
        fields = {f.alias or name: f for name, f in model.model_fields.items()}
        if part not in fields:
            return None
        current = fields[part].annotation
    return _as_model(current)


def _as_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType) or origin is typing.Annotated:
        for arg in typing.get_args(annotation):
            found = _as_model(arg)
            if found is not None:
                return found
    return None


def _item_type(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _item_type(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            inner = _item_type(arg)
            if inner is not None:
                return inner
        return None
    if origin is dict:
        return typing.get_args(annotation)[1]
    if origin in (tuple, list):
        return typing.get_args(annotation)[0]
    return None


_TAGS = frozenset({"[key]", "str", "int", "float", "bool", "none"})


def _is_tag(part: str | int) -> bool:
    """Whether ``part`` is one of pydantic's union-member or validator tags."""
    return isinstance(part, str) and (part in _TAGS or ("[" in part and part.endswith("]")))


def _has(data: Any, part: str | int) -> bool:
    if isinstance(data, dict):
        return part in data
    return isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)


def _clean_loc(loc: tuple[str | int, ...], data: Any) -> FieldPath:
    """Drop pydantic's union-member and function tags from an error location.

    A part that names a key or an item of the data is kept whatever it looks like (a key may
    well be called ``str``); only the parts the data does not have can be tags.
    """
    cleaned: list[str | int] = []
    current = data
    for part in loc:
        if _has(current, part):
            current = current[part]
        elif _is_tag(part):
            continue
        else:
            current = None
        cleaned.append(part)
    return tuple(cleaned)


def _get(data: Any, path: FieldPath) -> Any:
    for part in path:
        if isinstance(data, dict):
            if part not in data:
                return None
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data


def _kind(value: Any) -> str:
    return {
        dict: "a mapping",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "nothing",
    }.get(type(value), f"a {type(value).__name__}")


def _union_depth(raw_loc: tuple[str | int, ...], data: Any) -> int:
    for i, part in enumerate(raw_loc):
        if isinstance(part, str) and part.startswith(("tuple[", "literal[")):
            return len(_clean_loc(raw_loc[:i], data))
    return len(raw_loc)


def _skip(err: Any, loc: FieldPath, data: Any) -> bool:
    """Whether an error is noise from the branch of a union that the input did not choose."""
    raw_loc = tuple(err["loc"])
    value = _get(data, loc)
    union_literal = any(isinstance(p, str) and p.startswith("literal[") for p in raw_loc)
    union_other = any(isinstance(p, str) and p.startswith("tuple[") for p in raw_loc)
    if union_literal and isinstance(value, list | dict):
        return True
    if union_other and isinstance(_get(data, loc[: _union_depth(raw_loc, data)]), str):
        return True
    # "at least one item" after an item failed: the item's own error says more
    return err["type"] in ("too_short", "string_too_short") and value not in ("", [], None)


def _unknown_key(root: type[BaseModel], loc: FieldPath) -> str:
    parent = _model_at(root, loc[:-1])
    names = [f.alias or n for n, f in parent.model_fields.items()] if parent else []
    key = str(loc[-1]) if loc else ""
    if len(key) > 80:
        key = key[:60] + "…"
    import difflib

    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    noun = "component" if loc[:-1] == ("components",) else "key"
    if close:
        return f"unknown {noun} {key!r}; did you mean {close[0]!r}?"
    where = f" (allowed: {', '.join(names)})" if names else ""
    return f"unknown {noun} {key!r}{where}"


_TYPE_ERRORS = frozenset(
    {
        "string_type",
        "tuple_type",
        "list_type",
        "int_type",
        "bool_type",
        "enum",
        "literal_error",
        "too_short",
        "string_too_short",
    }
)


def _message(err: Any, loc: FieldPath, value: Any, kind: DocumentKind, root: Any) -> str:
    etype = err["type"]
    if etype == "extra_forbidden":
        return _unknown_key(root, loc)
    if etype == "missing" and loc == (kind.version_key,):
        return (
            f"missing required key {kind.version_key!r}: start the file with "
            f"{kind.version_key}: {kind.version}"
        )
    if etype == "missing":
        return f"missing required key {str(loc[-1])!r}"
    if etype == "tuple_type" and loc[-1:] == ("location",):
        return f"expected a URL or a list of URLs, got {_kind(value)}"
    if etype == "too_short" and loc == ("training-data",):
        return "must not be empty: list the training data sets, or write undisclosed"
    if etype == "literal_error" and value == "not-applicable":
        if loc[:1] == ("data-information",):
            return (
                "not-applicable is allowed for labeling only: list what documents this topic, "
                "or write undisclosed"
            )
        if loc[-1:] == ("status",):
            return (
                f"not-applicable is not allowed for {loc[-2]}: the definition requires it; "
                "write not-released if it is withheld"
            )
    if etype == "literal_error" and loc == (kind.version_key,):
        return (
            f"unsupported {kind.version_key} {value!r}: this osaid reads version "
            f"{kind.version}; write {kind.version_key}: {kind.version}"
        )
    if etype in {"model_type", "dict_type", "model_attributes_type"}:
        return f"expected a mapping of keys to values, got {_kind(value)}"
    if etype in _TYPE_ERRORS:
        return _type_message(etype, err["msg"], value)
    message: str = err["msg"]
    return message.removeprefix("Value error, ")


_WORDS = (
    ("a valid string", "text"),
    ("a valid integer", "a whole number"),
    ("a valid boolean", "true or false"),
    ("a valid list", "a list"),
    ("a valid tuple", "a list"),
)


def _type_message(etype: str, msg: str, value: Any) -> str:
    if etype in ("too_short", "string_too_short"):
        return "must not be empty" if value in ("", [], None) else msg
    if etype == "tuple_type":
        return f"expected a list, got {_kind(value)}"
    if etype in {"enum", "literal_error"}:
        return msg.replace("Input should be", f"got {value!r}; expected")
    expected = msg.replace("Input should be", "expected")
    for pydantic_word, ours in _WORDS:
        expected = expected.replace(pydantic_word, ours)
    text = f"{expected}, got {_kind(value)}"
    if etype == "string_type" and not isinstance(value, dict | list | type(None)):
        text += "; put it in quotes"
    return text


def _problems(
    exc: ValidationError, read: _Read, path: str, kind: DocumentKind, root: type[BaseModel]
) -> list[Problem]:
    out: list[Problem] = []
    seen: set[tuple[FieldPath, str]] = set()
    positions = read.positions()
    for err in exc.errors(include_url=False):
        loc = _clean_loc(tuple(err["loc"]), read.data)
        if _skip(err, loc, read.data):
            continue
        message = _message(err, loc, _get(read.data, loc), kind, root)
        ctx = err.get("ctx") or {}
        targets = [loc]
        if "at" in ctx:
            base = () if ctx.get("absolute") else loc
            targets = [(*base, *parse_field_path(at)) for at in ctx["at"]]
        on_key = err["type"] in ("extra_forbidden", "missing")
        for target in targets:
            if any(target[: len(t)] == t for t in read.tainted):
                continue
            if (target, message) not in seen:
                seen.add((target, message))
                line, col = positions.of(target, key=on_key)
                out.append(Problem(path, line, col, _dotted(target), message))
    return out


_READERS: Mapping[str, Callable[[str], _Read]] = {"yaml": _yaml, "json": _json, "toml": _toml}


def _validate(
    text: str, format: str, path: str, model: type[M], kind: DocumentKind
) -> tuple[M, _Read]:
    if format not in _READERS:
        msg = f"unknown format {format!r}: use yaml, json or toml"
        raise ValueError(msg)
    empty = f"the file is empty: a {kind.noun} needs at least {kind.needs}"
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ManifestError([Problem(path, 1, 1, "", empty)])
    try:
        read = _READERS[format](text)
    except _FatalError as fail:
        raise ManifestError(
            [Problem(path, ln, col, _dotted(at), msg) for ln, col, at, msg in fail.problems]
        ) from None
    if read.empty:
        raise ManifestError([Problem(path, 1, 1, "", empty)])
    if not isinstance(read.data, dict):
        line, col = read.positions().of((), key=False)
        message = (
            f"the top level must be a mapping of keys to values ({kind.version_key}: "
            f"{kind.version}, …), not {_kind(read.data)}"
        )
        raise ManifestError([Problem(path, line, col, "", message)])
    problems = [Problem(path, ln, col, _dotted(at), msg) for ln, col, at, msg in read.problems]
    result: M | None = None
    try:
        result = model.model_validate(read.data)
    except ValidationError as exc:
        problems.extend(_problems(exc, read, path, kind, model))
    except RecursionError:  # pragma: no cover - the depth cap comes first
        problems.append(Problem(path, 1, 1, "", _deeper_than()))
    if problems or result is None:
        problems.sort(key=lambda p: (p.line, p.column))
        raise ManifestError(problems)
    return result, read


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
    stripped = text.lstrip("\ufeff \t\r\n")
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


def read_text(path: str | Path) -> str:
    """The text of a manifest file, refusing what no manifest can be.

    Raises:
        ManifestError: for a missing file, a directory, a file over 10 MiB or one that is
            not UTF-8.
    """
    p = Path(path)
    name = str(path)

    def fail(message: str, line: int = 1, col: int = 1) -> ManifestError:
        return ManifestError([Problem(name, line, col, "", message)])

    try:
        if p.is_dir():
            raise fail("is a directory, not a file: give the path of the manifest inside it")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise fail(
                f"the file is {size} bytes; files over {MAX_BYTES // (1024 * 1024)} MiB "
                "are refused: no manifest is that large"
            )
        raw = p.read_bytes()
    except FileNotFoundError:
        raise fail("no such file: check the path") from None
    except PermissionError:
        raise fail("permission denied: the file cannot be read") from None
    except OSError as exc:
        raise fail(f"cannot read the file: {exc.strerror or exc}") from None
    return decode(raw, name)


def decode(raw: bytes, name: str) -> str:
    """``raw`` as UTF-8 text (a byte-order mark is dropped).

    Raises:
        ManifestError: if the bytes are not UTF-8 or the text is over 10 MiB.
    """
    if len(raw) > MAX_BYTES:
        message = f"more than {MAX_BYTES // (1024 * 1024)} MiB: no manifest is that large"
        raise ManifestError([Problem(name, 1, 1, "", message)])
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        start = raw.rfind(b"\n", 0, exc.start) + 1
        col = len(raw[start : exc.start].decode("utf-8", "replace")) + 1
        message = f"not UTF-8 text (byte 0x{raw[exc.start]:02x}): save the file as UTF-8"
        raise ManifestError([Problem(name, line, col, "", message)]) from None


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
