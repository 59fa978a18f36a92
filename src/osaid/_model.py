"""The pydantic configuration every osaid model shares."""

from __future__ import annotations

import operator
from functools import cached_property
from typing import Any, TypeVar, overload

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler
from pydantic_core import core_schema


def to_kebab(name: str) -> str:
    """``data_information`` → ``data-information``: the manifest's and report's key style.

    Every model field goes through this when its class is created, at import: a name of
    lower-case letters and underscores, which is every osaid field's, needs none of
    ``to_snake``'s regular expressions.
    """
    if name.islower() and name.replace("_", "").isalpha():
        return name.replace("_", "-")
    from pydantic.alias_generators import to_snake

    return to_snake(name).replace("_", "-")


class _AsValue:
    """Annotation: write an enum member as its value without Python's ``Enum.value``.

    pydantic's serializer reads ``member.value`` through ``enum``'s descriptor, a Python call
    per member: a report holds about a hundred. Reading the member's ``_value_`` attribute
    instead is done in C; the JSON and its schema are the same.
    """

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        schema: dict[str, Any] = dict(handler(source))
        schema["serialization"] = core_schema.plain_serializer_function_ser_schema(
            operator.attrgetter("_value_"),
            return_schema=core_schema.literal_schema([member.value for member in source]),
            when_used="json",
        )
        return schema  # the same schema, with a serializer


AS_VALUE = _AsValue()
"""``Annotated[SomeEnum, AS_VALUE]``: a field whose enum members JSON writes quickly."""

_T = TypeVar("_T")


class kept(cached_property[_T]):  # noqa: N801 - a decorator, named as functools' is
    """``functools.cached_property`` without the lock Python 3.11 takes at each read before
    the value is kept (removed in 3.12): a report's parts are read once each in every bulk
    line. Like it, the value is computed on first read and kept in the instance's
    ``__dict__``, where later reads find it without calling this; pydantic's
    ``computed_field`` takes it as a cached property.
    """

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> kept[_T]: ...
    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> _T: ...
    def __get__(self, instance: object | None, owner: type[Any] | None = None) -> Any:
        if instance is None:
            return self
        name: str = self.attrname  # type: ignore[assignment]  # set when the class is made
        value = instance.__dict__[name] = self.func(instance)
        return value


class Frozen(BaseModel):
    """Base of osaid's models: frozen, kebab-case keys, unknown keys forbidden."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        alias_generator=to_kebab,
        populate_by_name=True,
        serialize_by_alias=True,
        use_enum_values=False,
        defer_build=True,
        ignored_types=(kept,),
    )


_M = TypeVar("_M", bound=BaseModel)


def construct(cls: type[_M], **values: Any) -> _M:
    """An instance of ``cls`` from values osaid itself produced, without validating them again.

    ``model_construct`` costs about as much as a small validation; the report is assembled
    from dozens of such objects, so this sets the instance's state directly. Every field must
    be given: there are no defaults to fill in.
    """
    return build(cls, values)


def build(
    cls: type[_M],
    values: dict[str, Any],
    _new: Any = object.__new__,
    _set: Any = object.__setattr__,
) -> _M:
    """``construct`` for a dict of every field's value, which becomes the instance's own."""
    obj: _M = _new(cls)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", set(values))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj
