"""Reading manifests from YAML, JSON and TOML, keeping the position of every node.

This is the only module that knows about file formats and source positions. Every problem
of a file becomes a ``Problem`` (``path:line:column: field: message``) and all of them are
raised together as one ``ManifestError``; nothing here lets a parser's own exception, a
``RecursionError`` or a pydantic ``ValidationError`` escape.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from osaid.errors import ManifestError, Problem
from osaid.manifest import MANIFEST_VERSION, AISystem

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_NODES", "Format", "load_manifest", "loads_manifest"]

Format = Literal["yaml", "json", "toml"]
MAX_BYTES = 10 * 1024 * 1024
"""Manifests larger than this (10 MiB) are refused unread."""
MAX_DEPTH = 64
"""Deeper nesting than this is refused: no manifest needs it."""
MAX_NODES = 100_000
"""More nodes than this, counting every expansion of a YAML alias, are refused."""

_SUFFIXES: Mapping[str, Format] = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".toml": "toml",
}

Path_ = tuple[str | int, ...]


@dataclass
class _Positions:
    """1-based (line, column) of every key and value, by field path."""

    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def of(self, path: Path_, *, key: bool) -> tuple[int, int]:
        table = (self.keys, self.values) if key else (self.values, self.keys)
        probe = path
        while True:
            for t in table:
                if probe in t:
                    return t[probe]
            if not probe:
                return (1, 1)
            probe = probe[:-1]


class _FatalError(Exception):
    """Problems found before the data could be validated."""

    def __init__(self, problems: list[tuple[int, int, str, str]]) -> None:
        super().__init__(problems)
        self.problems = problems


# --- formats ----------------------------------------------------------------------------------


_Found = list[tuple[int, int, str, str]]
"""Problems found while reading that do not stop validation: (line, column, field, message)."""


def _yaml(text: str) -> tuple[Any, _Positions, _Found]:
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        raise _FatalError([(line, col, "", f"invalid YAML: {problem}")]) from None
    except yaml.YAMLError as exc:
        raise _FatalError([(1, 1, "", f"invalid YAML: {exc}")]) from None
    except RecursionError:
        raise _FatalError([(1, 1, "", f"nesting deeper than {MAX_DEPTH} levels")]) from None
    finally:
        loader.dispose()
    if node is None:
        raise _FatalError(
            [(1, 1, "", "the file is empty: a manifest needs at least manifest-version and system")]
        )
    positions = _Positions()
    problems: list[tuple[int, int, str, str]] = []
    counter = [0]
    data = _yaml_value(loader, node, (), positions, problems, counter)
    return data, positions, problems


def _at(node: Any) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


_YAML_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}


def _yaml_value(
    loader: Any,
    node: Any,
    path: Path_,
    positions: _Positions,
    problems: list[tuple[int, int, str, str]],
    counter: list[int],
) -> Any:
    import yaml

    counter[0] += 1
    if counter[0] > MAX_NODES:
        line, col = _at(node)
        msg = f"more than {MAX_NODES} nodes (a YAML alias bomb?): refused"
        raise _FatalError([(line, col, _dotted(path), msg)])
    if len(path) > MAX_DEPTH:
        line, col = _at(node)
        raise _FatalError([(line, col, _dotted(path), f"nesting deeper than {MAX_DEPTH} levels")])
    positions.values.setdefault(path, _at(node))
    if isinstance(node, yaml.MappingNode):
        if node.tag != "tag:yaml.org,2002:map":
            problems.append((*_at(node), _dotted(path), f"YAML tag {node.tag!r} is not allowed"))
            return None
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if (
                not isinstance(key_node, yaml.ScalarNode)
                or key_node.tag == "tag:yaml.org,2002:merge"
            ):
                problems.append(
                    (
                        *_at(key_node),
                        _dotted(path),
                        "keys must be plain text (no merge keys, lists or mappings)",
                    )
                )
                continue
            key = key_node.value
            if key in result:
                first = positions.keys.get((*path, key), (0, 0))
                problems.append(
                    (
                        *_at(key_node),
                        _dotted((*path, key)),
                        f"duplicate key {key!r} (first at line {first[0]})",
                    )
                )
                continue
            key_path = (*path, key)
            positions.keys[key_path] = _at(key_node)
            result[key] = _yaml_value(
                loader, value_node, (*path, key), positions, problems, counter
            )
        return result
    if isinstance(node, yaml.SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            problems.append((*_at(node), _dotted(path), f"YAML tag {node.tag!r} is not allowed"))
            return None
        return [
            _yaml_value(loader, item, (*path, i), positions, problems, counter)
            for i, item in enumerate(node.value)
        ]
    if node.tag not in _YAML_TAGS:
        problems.append((*_at(node), _dotted(path), f"YAML tag {node.tag!r} is not allowed"))
        return None
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError):
        return node.value


def _json(text: str) -> tuple[Any, _Positions, _Found]:
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in items:
            if k in out:
                duplicates.append(k)
            out[k] = v
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise _FatalError([(exc.lineno, exc.colno, "", f"invalid JSON: {exc.msg}")]) from None
    except ValueError as exc:
        raise _FatalError([(1, 1, "", f"invalid JSON: {exc}")]) from None
    except RecursionError:
        raise _FatalError([(1, 1, "", f"nesting deeper than {MAX_DEPTH} levels")]) from None
    if _depth(data) > MAX_DEPTH:
        raise _FatalError([(1, 1, "", f"nesting deeper than {MAX_DEPTH} levels")])
    positions = _json_positions(text)
    problems: _Found = []
    for key in duplicates:
        line, col = positions.duplicate.get(key, (1, 1))
        problems.append((line, col, key, f"duplicate key {key!r}"))
    return data, positions, problems


def _no_constant(name: str) -> Any:
    msg = f"{name} is not valid JSON"
    raise ValueError(msg)


def _depth(data: Any) -> int:
    deepest, stack = 0, [(data, 1)]
    while stack:
        item, d = stack.pop()
        deepest = max(deepest, d)
        if d > MAX_DEPTH:
            return d
        if isinstance(item, dict):
            stack.extend((v, d + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, d + 1) for v in item)
    return deepest


@dataclass
class _JsonPositions(_Positions):
    duplicate: dict[str, tuple[int, int]] = field(default_factory=dict)


_JSON_TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|\S',
)


def _json_positions(text: str) -> _JsonPositions:
    """Positions of every key and value of a JSON text that ``json.loads`` accepted."""
    positions = _JsonPositions()
    line_starts = [0]
    line_starts.extend(m.end() for m in re.finditer("\n", text))

    def where(offset: int) -> tuple[int, int]:
        lo, hi = 0, len(line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if line_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1, offset - line_starts[lo] + 1

    # a stack of (container kind, path, next index or pending key, keys seen)
    stack: list[list[Any]] = []
    expect_key = False
    pending_key: str | None = None
    for match in _JSON_TOKEN.finditer(text):
        tok = match.group()
        pos = where(match.start())
        if tok in ":,":
            if tok == "," and stack and stack[-1][0] == "{":
                expect_key = True
            continue
        if tok in "}]":
            stack.pop()
            continue
        if stack and stack[-1][0] == "{" and expect_key:
            key = json.loads(tok)
            if key in stack[-1][3]:
                positions.duplicate.setdefault(key, pos)
            stack[-1][3].add(key)
            key_path = (*stack[-1][1], key)
            positions.keys[key_path] = pos
            pending_key = key
            expect_key = False
            continue
        if stack and stack[-1][0] == "{":
            value_path: Path_ = (*stack[-1][1], pending_key if pending_key is not None else "")
        elif stack:
            value_path = (*stack[-1][1], stack[-1][2])
            stack[-1][2] += 1
        else:
            value_path = ()
        positions.values.setdefault(value_path, pos)
        if tok in "{[":
            stack.append([tok, value_path, 0, set()])
            expect_key = tok == "{"
    return positions


_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def _toml(text: str) -> tuple[Any, _Positions, _Found]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_AT.search(message)
        line, col = (int(found.group(1)), int(found.group(2))) if found else (1, 1)
        message = _TOML_AT.sub("", message).strip()
        raise _FatalError([(line, col, "", f"invalid TOML: {message}")]) from None
    except RecursionError:
        raise _FatalError([(1, 1, "", f"nesting deeper than {MAX_DEPTH} levels")]) from None
    return data, _toml_positions(text), []


_TOML_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_TOML_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.\-"' ]+?)\s*=""")


def _toml_parts(dotted: str) -> tuple[str, ...]:
    parts = re.findall(r'"([^"]*)"|\'([^\']*)\'|([^.\s]+)', dotted)
    return tuple(a or b or c for a, b, c in parts)


def _toml_positions(text: str) -> _Positions:
    """Positions of keys and tables, read line by line (good enough to point at a line)."""
    positions = _Positions()
    table: Path_ = ()
    counts: dict[Path_, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        header = _TOML_HEADER.match(line)
        if header:
            parts: Path_ = _toml_parts(header.group(1))
            if line.lstrip().startswith("[["):
                index = counts.get(parts, 0)
                counts[parts] = index + 1
                positions.keys.setdefault(parts, (number, 1))
                parts = (*parts, index)
            table = parts
            positions.keys.setdefault(table, (number, line.index("[") + 1))
            continue
        key = _TOML_KEY.match(line)
        if key:
            full = (*table, *_toml_parts(key.group(1)))
            positions.keys.setdefault(full, (number, line.index(key.group(1)[0]) + 1))
            positions.values.setdefault(full, (number, line.index("=") + 2))
    return positions


# --- validation -------------------------------------------------------------------------------


def _dotted(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _model_at(path: Path_) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``path``, following field aliases."""
    current: Any = AISystem
    for part in path:
        model = _as_model(current)
        if model is None:
            # inside a dict or a list: step into its item type
            current = _item_type(current)
            continue
        fields = {f.alias or name: f for name, f in model.model_fields.items()}
        if part not in fields:
            return None
        current = fields[part].annotation
    return _as_model(current)


def _as_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _as_model(arg)
        if found is not None and (
            typing.get_origin(annotation) in (typing.Union, types.UnionType)
            or typing.get_origin(annotation) is typing.Annotated
        ):
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


def _clean_loc(loc: tuple[str | int, ...]) -> Path_:
    """Drop pydantic's union-member and function tags from an error location."""
    cleaned: list[str | int] = []
    for part in loc:
        if isinstance(part, str) and (
            part.startswith(("tuple[", "literal[", "function-", "str", "dict[", "list["))
            or part in ("[key]", "int", "float", "bool", "none")
        ):
            continue
        cleaned.append(part)
    return tuple(cleaned)


def _get(data: Any, path: Path_) -> Any:
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
        type(None): "empty",
    }.get(type(value), type(value).__name__)


def _skip(err: Any, loc: Path_, data: Any) -> bool:
    """Whether an error is noise from the branch of a union that the input did not choose."""
    raw_loc = tuple(err["loc"])
    value = _get(data, loc)
    union_literal = any(isinstance(p, str) and p.startswith("literal[") for p in raw_loc)
    union_other = any(isinstance(p, str) and p.startswith("tuple[") for p in raw_loc)
    if union_literal and isinstance(value, list | dict):
        return True
    if union_other and isinstance(_get(data, loc[: _union_depth(raw_loc)]), str):
        return True
    # "at least one item" after an item failed: the item's own error says more
    return err["type"] in ("too_short", "string_too_short") and value not in ("", [], None)


def _unknown_key(loc: Path_) -> str:
    parent = _model_at(loc[:-1])
    names = [f.alias or n for n, f in parent.model_fields.items()] if parent else []
    key = str(loc[-1])
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    noun = "component" if loc[:-1] == ("components",) else "key"
    if close:
        return f"unknown {noun} {key!r}; did you mean {close[0]!r}?"
    return f"unknown {noun} {key!r}" + (f" (allowed: {', '.join(names)})" if names else "")


_TYPE_ERRORS = frozenset(
    {
        "string_type",
        "tuple_type",
        "list_type",
        "int_type",
        "enum",
        "literal_error",
        "too_short",
        "string_too_short",
    }
)


def _message(err: Any, loc: Path_, value: Any) -> str:
    etype = err["type"]
    if etype == "extra_forbidden":
        return _unknown_key(loc)
    if etype == "missing":
        return f"missing required key {str(loc[-1])!r}"
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
    if etype == "literal_error" and loc == ("manifest-version",):
        return (
            f"unsupported manifest-version {value!r}: this osaid reads version {MANIFEST_VERSION}"
        )
    if etype in {"model_type", "dict_type"}:
        return f"expected a mapping, got {_kind(value)}"
    if etype in _TYPE_ERRORS:
        return _type_message(etype, err["msg"], value)
    message: str = err["msg"]
    return message.removeprefix("Value error, ")


def _problems(exc: ValidationError, data: Any, positions: _Positions, path: str) -> list[Problem]:
    out: list[Problem] = []
    seen: set[tuple[Path_, str]] = set()
    for err in exc.errors(include_url=False):
        loc = _clean_loc(tuple(err["loc"]))
        if _skip(err, loc, data):
            continue
        message = _message(err, loc, _get(data, loc))
        ctx = err.get("ctx") or {}
        targets = [loc]
        if "at" in ctx:
            base = () if ctx.get("absolute") else loc
            targets = [(*base, *_split(at)) for at in ctx["at"]]
        on_key = err["type"] in ("extra_forbidden", "missing")
        for target in targets:
            if (target, message) not in seen:
                seen.add((target, message))
                line, col = positions.of(target, key=on_key)
                out.append(Problem(path, line, col, _dotted(target), message))
    out.sort(key=lambda p: (p.line, p.column))
    return out


def _union_depth(raw_loc: tuple[str | int, ...]) -> int:
    for i, part in enumerate(raw_loc):
        if isinstance(part, str) and part.startswith(("tuple[", "literal[")):
            return len(_clean_loc(raw_loc[:i]))
    return len(raw_loc)


def _split(at: str) -> Path_:
    return tuple(int(p) if p.isdigit() else p for p in at.split("."))


def _type_message(etype: str, msg: str, value: Any) -> str:
    if etype in ("too_short", "string_too_short"):
        return "must not be empty" if value in ("", [], None) else msg
    if etype == "tuple_type":
        return f"expected a list, got {_kind(value)}"
    if etype in {"enum", "literal_error"}:
        return msg.replace("Input should be", f"got {value!r}; expected")
    return f"{msg.replace('Input should be', 'expected')}, got {_kind(value)}"


# --- public -----------------------------------------------------------------------------------


def detect_format(name: str, text: str) -> Format:
    """The format of a manifest, from its file name, else from its first character."""
    suffix = Path(name).suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        return "json"
    if re.match(r"\[[A-Za-z\"]", stripped) or re.match(r"^[\w\-\"]+\s*=", stripped):
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
    readers = {"yaml": _yaml, "json": _json, "toml": _toml}
    if format not in readers:
        msg = f"unknown manifest format {format!r}: use yaml, json or toml"
        raise ValueError(msg)
    if not text.strip():
        raise ManifestError(
            [
                Problem(
                    path,
                    1,
                    1,
                    "",
                    "the file is empty: a manifest needs at least manifest-version and system",
                )
            ]
        )
    try:
        data, positions, found = readers[format](text)
    except _FatalError as fail:
        raise ManifestError(
            [Problem(path, ln, col, fld, msg) for ln, col, fld, msg in fail.problems]
        ) from None
    problems = [Problem(path, ln, col, fld, msg) for ln, col, fld, msg in found]
    if not isinstance(data, dict):
        raise ManifestError(
            [
                Problem(
                    path,
                    1,
                    1,
                    "",
                    f"the top level must be a mapping of keys to values, not {_kind(data)}",
                )
            ]
        )
    try:
        system = AISystem.model_validate(data)
    except ValidationError as exc:
        problems.extend(_problems(exc, data, positions, path))
    except RecursionError:
        problems.append(Problem(path, 1, 1, "", "nesting too deep"))
    if problems:
        problems.sort(key=lambda p: (p.line, p.column))
        raise ManifestError(problems)
    return system


def read_text(path: str | Path) -> str:
    """The text of a manifest file, refusing what no manifest can be.

    Raises:
        ManifestError: for a missing file, a directory, a file over 10 MiB or one that is
            not UTF-8.
    """
    p = Path(path)
    name = str(path)
    try:
        if p.is_dir():
            raise ManifestError([Problem(name, 1, 1, "", "is a directory, not a manifest file")])
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ManifestError(
                [
                    Problem(
                        name,
                        1,
                        1,
                        "",
                        f"file is {size} bytes: manifests over "
                        f"{MAX_BYTES // (1024 * 1024)} MiB are refused",
                    )
                ]
            )
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ManifestError([Problem(name, 1, 1, "", "no such file")]) from None
    except PermissionError:
        raise ManifestError([Problem(name, 1, 1, "", "permission denied")]) from None
    except OSError as exc:
        raise ManifestError([Problem(name, 1, 1, "", f"cannot read: {exc.strerror}")]) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ManifestError(
            [Problem(name, line, col, "", f"not UTF-8 text (byte 0x{raw[exc.start]:02x})")]
        ) from None


def load_manifest(path: str | Path, format: Format | None = None) -> AISystem:
    """Read a manifest file (format from its name or content unless given).

    Raises:
        ManifestError: carrying every problem of the file, each located.
    """
    text = read_text(path)
    return loads_manifest(text, format or detect_format(str(path), text), path=str(path))
