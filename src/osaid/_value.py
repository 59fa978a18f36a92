"""osaid's immutable values, cheaper to declare than frozen dataclasses.

A frozen dataclass compiles six methods from source text when its class is created: about a
millisecond each class, at every start of the command line. Two cheaper ways, with a frozen
dataclass's behaviour (equal only to a value of the same class with equal fields, hashed by
its fields, a repr that names each field, no assignment after ``__init__``, pickled):

- a subclass of :class:`Value` declares its fields, in order, as ``__slots__ =
  __match_args__ = (...)`` and writes its own ``__init__`` (setting each field with
  ``object.__setattr__``); for osaid's internal types;
- :func:`frozen_dataclass` makes a real dataclass whose methods are shared functions; for
  the public types, which users handle with ``dataclasses``.
"""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import FrozenInstanceError
from operator import attrgetter
from typing import Any, TypeVar

from typing_extensions import dataclass_transform


class Value:
    """An immutable value: its fields are its ``__match_args__`` (also its ``__slots__``)."""

    __slots__ = ()
    __match_args__: tuple[str, ...] = ()

    def _fields(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self.__match_args__])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Value)
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{self.__class__.__qualname__}({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type[Value], tuple[Any, ...]]:
        # the default would restore the slots by assignment, which __setattr__ refuses
        return (self.__class__, self._fields())


_T = TypeVar("_T")


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def frozen_dataclass(cls: type[_T]) -> type[_T]:
    """``@dataclass(frozen=True)`` for osaid's public value types, without compiling methods.

    The class is a dataclass like any other (``dataclasses.fields``, ``replace``, ``asdict``,
    ``__match_args__``; its ``__dataclass_params__`` say init, repr, eq and frozen), and its
    instances compare, hash, print and refuse assignment as a frozen dataclass's do. The
    methods are shared functions reading the fields, not code compiled for each class: that
    takes a frozen dataclass about 0.6 ms of its 0.9 ms to create, at every start of a check.
    ``__post_init__`` is called as a dataclass calls it. Every field must be an ``__init__``
    argument, positional or by keyword, with at most a plain default (no osaid type needs
    more).
    """
    made: Any = dataclasses.dataclass(init=False, repr=False, eq=False)(cls)  # compiles nothing
    fields = dataclasses.fields(made)
    for f in fields:
        if not f.init or f.kw_only is True or f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{made.__qualname__}.{f.name}: a plain init field is needed")
    for method in _methods(made, fields):
        method.__name__ = f"__{method.__name__.strip('_')}__"
        method.__qualname__ = f"{made.__qualname__}.{method.__name__}"
        setattr(made, method.__name__, method)
    # help() and inspect show the arguments, as a dataclass's own __init__ would
    empty, positional = inspect.Parameter.empty, inspect.Parameter.POSITIONAL_OR_KEYWORD
    arguments = [inspect.Parameter("self", positional)] + [
        inspect.Parameter(
            f.name,
            positional,
            default=empty if f.default is dataclasses.MISSING else f.default,
            annotation=f.type,
        )
        for f in fields
    ]
    made.__init__.__signature__ = inspect.Signature(arguments, return_annotation=None)
    params = made.__dataclass_params__
    params.init = params.repr = params.eq = params.frozen = True
    result: type[_T] = made
    return result


def _methods(made: Any, fields: tuple[dataclasses.Field[Any], ...]) -> list[Any]:
    """A frozen dataclass's methods for ``made``, as functions of its fields."""
    names = tuple(f.name for f in fields)
    defaults = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
    # each getter ends with the class, so that it always gives a tuple, compared as a
    # dataclass compares its fields' tuples
    compared = attrgetter(*[f.name for f in fields if f.compare], "__class__")
    hashed = attrgetter(
        *[f.name for f in fields if (f.compare if f.hash is None else f.hash)], "__class__"
    )
    shown = tuple(f.name for f in fields if f.repr)
    post_init = hasattr(made, "__post_init__")

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(names):
            raise TypeError(f"{made.__qualname__}() takes {len(names)} arguments, not {len(args)}")
        values = dict(zip(names, args, strict=False))
        for name, value in kwargs.items():
            if name not in names or name in values:
                raise TypeError(f"{made.__qualname__}() got an unexpected argument {name!r}")
            values[name] = value
        for name in names:
            value = values.get(name, defaults.get(name, dataclasses.MISSING))
            if value is dataclasses.MISSING:
                raise TypeError(f"{made.__qualname__}() missing an argument: {name!r}")
            object.__setattr__(self, name, value)
        if post_init:
            self.__post_init__()

    def repr_(self: Any) -> str:
        shown_fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({shown_fields})"

    def eq(self: Any, other: object) -> Any:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return compared(self) == compared(other)

    def hash_(self: Any) -> int:
        return hash(hashed(self)[:-1])

    def setattr_(self: Any, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def delattr_(self: Any, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    return [init, repr_, eq, hash_, setattr_, delattr_]
