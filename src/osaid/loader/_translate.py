"""Error translation: pydantic's ``ValidationError`` → located, specific ``Problem`` lines.

Only the problems that will be shown get a message: for a document with thousands of errors
the first ``MAX_PROBLEMS`` by position are worded and the rest counted, and the suggestion
for an unknown key is computed once per distinct key.
"""

from __future__ import annotations

import functools
import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from osaid.errors import Problem
from osaid.loader._kind import DocumentKind
from osaid.loader._limits import MAX_PROBLEMS
from osaid.loader._located import At, FieldPath, Read, dotted, parse_field_path


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
    if not any(_is_tag(part) for part in loc):
        return loc  # most errors: nothing to drop, no need to walk the data
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


def kind_of(value: Any) -> str:
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


def _union_marks(raw_loc: tuple[str | int, ...]) -> tuple[bool, bool]:
    """Whether ``raw_loc`` passes a ``literal[…]`` and a ``tuple[…]`` union member."""
    literal = other = False
    for part in raw_loc:
        if isinstance(part, str) and part.endswith("]"):
            literal = literal or part.startswith("literal[")
            other = other or part.startswith("tuple[")
    return literal, other


def _skip(err: Any, loc: FieldPath, data: Any) -> bool:
    """Whether an error is noise from the branch of a union that the input did not choose."""
    raw_loc = tuple(err["loc"])
    union_literal, union_other = _union_marks(raw_loc)
    too_short = err["type"] in ("too_short", "string_too_short")
    if not (union_literal or union_other or too_short):
        return False
    value = _get(data, loc)
    if union_literal and isinstance(value, list | dict):
        return True
    if union_other and isinstance(_get(data, loc[: _union_depth(raw_loc, data)]), str):
        return True
    # "at least one item" after an item failed: the item's own error says more
    return too_short and value not in ("", [], None)


def _unknown_key(root: type[BaseModel], loc: FieldPath) -> str:
    parent = _model_at(root, loc[:-1])
    names = tuple(f.alias or n for n, f in parent.model_fields.items()) if parent else ()
    key = str(loc[-1]) if loc else ""
    if len(key) > 80:
        key = key[:60] + "…"
    close = _closest(key, names)
    noun = "component" if loc[:-1] == ("components",) else "key"
    if close:
        return f"unknown {noun} {key!r}; did you mean {close!r}?"
    where = f" (allowed: {', '.join(names)})" if names else ""
    return f"unknown {noun} {key!r}{where}"


@functools.lru_cache(maxsize=1024)
def _closest(key: str, names: tuple[str, ...]) -> str | None:
    """The allowed name ``key`` was probably meant to be: once per distinct key."""
    import difflib

    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    return close[0] if close else None


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
        return f"expected a URL or a list of URLs, got {kind_of(value)}"
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
            f"unsupported {kind.version_key} {_shown(value)}: this osaid reads version "
            f"{kind.version}; write {kind.version_key}: {kind.version}"
        )
    if etype in {"model_type", "dict_type", "model_attributes_type"}:
        return f"expected a mapping of keys to values, got {kind_of(value)}"
    if etype in _TYPE_ERRORS:
        return _type_message(etype, err["msg"], value)
    message: str = err["msg"]
    return message.removeprefix("Value error, ")


def _shown(value: Any) -> str:
    """``repr(value)``, cut short: a message quotes a value, not 5,000 digits of one."""
    text = repr(value)
    return text if len(text) <= 80 else text[:60] + "…"


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
        return f"expected a list, got {kind_of(value)}"
    if etype in {"enum", "literal_error"}:
        return msg.replace("Input should be", f"got {_shown(value)}; expected")
    expected = msg.replace("Input should be", "expected")
    for pydantic_word, ours in _WORDS:
        expected = expected.replace(pydantic_word, ours)
    text = f"{expected}, got {kind_of(value)}"
    if etype == "string_type" and not isinstance(value, dict | list | type(None)):
        text += "; put it in quotes"
    return text


@dataclass(frozen=True)
class _Found:
    """One validation error, located, before it is worded."""

    at: At
    target: FieldPath
    loc: FieldPath
    error: Any


def _located_errors(exc: ValidationError, read: Read) -> list[_Found]:
    """Every error of ``exc`` at each place it concerns, deduplicated, in document order."""
    found: dict[tuple[FieldPath, str, str], _Found] = {}
    positions = read.positions()
    tainted = read.tainted
    for err in exc.errors(include_url=False, include_input=False):
        loc = _clean_loc(tuple(err["loc"]), read.data)
        if _skip(err, loc, read.data):
            continue
        on_key = err["type"] in ("extra_forbidden", "missing")
        for target in _targets(err, loc):
            if tainted and any(target[: len(t)] == t for t in tainted):
                continue
            key = (target, err["type"], err["msg"])
            if key not in found:
                found[key] = _Found(positions.of(target, key=on_key), target, loc, err)
    return sorted(found.values(), key=lambda f: f.at)


def _targets(err: Any, loc: FieldPath) -> list[FieldPath]:
    ctx = err.get("ctx") or {}
    if "at" not in ctx:
        return [loc]
    base = () if ctx.get("absolute") else loc
    return [(*base, *parse_field_path(at)) for at in ctx["at"]]


@dataclass(frozen=True)
class Hidden:
    """Problems not listed: how many, and where the first of them is."""

    count: int = 0
    first: Problem | None = None


def problems_of(
    exc: ValidationError, read: Read, path: str, kind: DocumentKind, root: type[BaseModel]
) -> tuple[list[Problem], Hidden]:
    """The first ``MAX_PROBLEMS`` problems of ``exc``, worded, and those left unworded."""
    worded: list[Problem] = []
    seen: set[tuple[FieldPath, str]] = set()
    located = _located_errors(exc, read)
    for n, found in enumerate(located):
        if len(worded) == MAX_PROBLEMS:
            first = Problem(path, *found.at, dotted(found.target), "")
            return worded, Hidden(len(located) - n, first)
        message = _message(found.error, found.loc, _get(read.data, found.loc), kind, root)
        if (found.target, message) not in seen:
            seen.add((found.target, message))
            worded.append(Problem(path, *found.at, dotted(found.target), message))
    return worded, Hidden()


def capped(problems: list[Problem], hidden: Hidden | None = None) -> list[Problem]:
    """``problems`` in document order, at most ``MAX_PROBLEMS`` of them, then one line that
    counts the others and those ``hidden``, located at the first of them."""
    problems = sorted(problems, key=lambda p: (p.line, p.column))
    over = problems[MAX_PROBLEMS:]
    count = len(over) + (hidden.count if hidden else 0)
    if not count:
        return problems
    candidates = over[:1] + ([hidden.first] if hidden and hidden.first else [])
    first = min(candidates, key=lambda p: (p.line, p.column))
    noun = "problem" if count == 1 else "problems"
    message = f"and {count:,} more {noun}, the first of them here: fix these and run again"
    return [*problems[:MAX_PROBLEMS], Problem(first.path, first.line, first.column, "", message)]
