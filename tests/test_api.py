"""The public API is closed: every type a public model exposes can be imported from osaid."""

from __future__ import annotations

import dataclasses
import enum
import typing

from pydantic import BaseModel

import osaid


def _types_in(annotation: object) -> list[type]:
    found = [t for arg in typing.get_args(annotation) for t in _types_in(arg)]
    if isinstance(annotation, type):
        found.append(annotation)
    return found


def _exposed(cls: type) -> list[type]:
    if issubclass(cls, BaseModel):
        annotations = [f.annotation for f in cls.model_fields.values()]
        annotations += [f.return_type for f in cls.model_computed_fields.values()]
    elif dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls)
        annotations = [hints[f.name] for f in dataclasses.fields(cls)]
    else:
        return []
    return [t for a in annotations for t in _types_in(a)]


def test_every_type_a_public_type_exposes_is_exported() -> None:
    todo = [v for n in osaid.__all__ if isinstance(v := getattr(osaid, n), type)]
    seen: set[type] = set()
    missing: set[str] = set()
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        if cls.__module__.startswith("osaid") and cls.__name__ not in osaid.__all__:
            missing.add(f"{cls.__module__}.{cls.__name__}")
        todo += [
            t
            for t in _exposed(cls)
            if issubclass(t, BaseModel | enum.Enum) or dataclasses.is_dataclass(t)
        ]
    assert sorted(missing) == []


def test_dir_shows_exactly_the_public_names() -> None:
    assert dir(osaid) == sorted(osaid.__all__)
    for name in osaid.__all__:
        assert getattr(osaid, name) is not None
