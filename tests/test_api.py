"""The public API is closed: every type a public model exposes can be imported from osaid."""

from __future__ import annotations

import dataclasses
import enum
import typing
from pathlib import Path

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
        annotations = [hints[f.name] for f in dataclasses.fields(cls) if not f.name.startswith("_")]
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


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The osaid modules ``path`` imports, at any level (type-checking imports aside)."""
    import ast

    tree = ast.parse(path.read_text("utf-8"))
    skipped = {
        id(n)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for child in node.body
        for n in ast.walk(child)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("osaid"):
            # ``from package import submodule`` depends on the submodule, not on the
            # package's own names
            submodules = {f"{node.module}.{alias.name}" for alias in node.names} & modules
            found.update(submodules or {node.module})
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("osaid"))
    return found


def test_no_module_imports_itself_through_others() -> None:
    package = Path(osaid.__file__).parent
    names = {
        ".".join(p.relative_to(package.parent).with_suffix("").parts).removesuffix(".__init__"): p
        for p in package.rglob("*.py")
    }
    graph = {name: _imports(path, set(names)) & set(names) - {name} for name, path in names.items()}
    graph["osaid"] = set()  # the package's own names are imported lazily, on first use

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            here = todo.pop()
            for there in graph[here]:
                if there == goal:
                    return True
                if there not in seen:
                    seen.add(there)
                    todo.append(there)
        return False

    cycles = sorted(
        f"{a} -> {b}" for a in graph for b in graph[a] if reaches(b, a) and not b.startswith(a)
    )
    assert cycles == []
