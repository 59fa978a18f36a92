"""The pydantic configuration every osaid model shares."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict


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
