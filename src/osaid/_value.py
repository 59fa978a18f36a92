"""A base for osaid's small immutable values, cheaper to declare than a frozen dataclass.

A frozen dataclass compiles six methods from source text when its class is created: about a
millisecond each class, at every start of the command line. A subclass of :class:`Value`
declares its fields, in order, as ``__slots__ = __match_args__ = (...)`` and writes its own
``__init__`` (setting each field with ``object.__setattr__``); the rest is shared here, with
a frozen dataclass's behaviour: equal only to a value of the same class with equal fields,
hashed by its fields, a repr that names each field, no assignment after ``__init__``, and
pickled by its fields.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from typing import Any


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
