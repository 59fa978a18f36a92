"""The pydantic configuration every osaid model shares."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_snake


def to_kebab(name: str) -> str:
    """``data_information`` → ``data-information``: the manifest's and report's key style."""
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
    )
