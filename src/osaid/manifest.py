"""The osaid manifest (``osaid.yaml``, format version 1) as frozen pydantic models.

Keys are kebab-case in files and snake_case in Python. Unknown keys, unknown components,
licence ids nobody knows and ``not-applicable`` where the definition does not allow it are
schema errors, each reported with its field path (and, through :mod:`osaid.loader`, its line
and column).

>>> system = AISystem.model_validate({
...     "manifest-version": 1,
...     "system": {"name": "Tiny"},
...     "license": "Apache-2.0",
...     "components": {"model-parameters": {"location": "https://example.org/w"}},
... })
>>> system.components["model-parameters"].location
('https://example.org/w',)
"""

# Annotations are evaluated here, not postponed (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation from its text when
# the class is created, which happens at every start of the command line.

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    Field,
    GetCoreSchemaHandler,
    create_model,
    model_validator,
)
from pydantic_core import PydanticCustomError, core_schema

from osaid._model import Frozen
from osaid.components import COMPONENTS, DataClass, Status, Topic
from osaid.errors import LicenseExpressionError

__all__ = [
    "MANIFEST_VERSION",
    "AISystem",
    "Access",
    "BaseModelRef",
    "Claim",
    "ClaimEntry",
    "ComponentEntry",
    "Components",
    "DataInformation",
    "LicenseExpression",
    "RequiredComponentEntry",
    "SystemInfo",
    "TrainingDataSet",
]

MANIFEST_VERSION = 1
_TOPICS = tuple(Topic)

_URL = r"(?i)https?://[^\s/$.?#][^\s]*"  # compiled by ``re`` when a reference needs it


class _CheckedText:
    """Annotation: a string (of at least ``min_length`` characters), then ``check``.

    The core schema is the one ``Field(min_length=...)`` and ``AfterValidator(check)`` make,
    with the same errors and JSON Schema, but it is written out here: pydantic would read
    the annotations and inspect ``check``'s signature again for every field that uses them,
    about a third of building the manifest's schema, which each start of a check does.
    """

    def __init__(self, check: Callable[[str], str], min_length: int | None = None) -> None:
        self.check = check
        self.min_length = min_length

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(
            self.check, core_schema.str_schema(min_length=self.min_length)
        )


@functools.cache
def _parser() -> Callable[[str], object]:
    # imported on first use: the licence machinery is not needed to import the models
    from osaid.licenses import parse

    return parse


@functools.lru_cache(maxsize=1024)
def _license_problem(value: str) -> str | None:
    # parse() caches what it accepts, not what it refuses: a typo repeated 20,000 times
    # would look for its suggestion 20,000 times
    try:
        _parser()(value)
    except LicenseExpressionError as exc:
        return exc.message
    return None


def _check_license(value: str) -> str:
    problem = _license_problem(value)
    if problem is not None:
        raise PydanticCustomError("license", "{message}", {"message": problem})
    return value


LicenseExpression = Annotated[str, _CheckedText(_check_license)]
"""An SPDX licence expression (Hugging Face ids and ``LicenseRef-``s accepted)."""


def _did_you_mean(value: str, choices: list[str]) -> str:
    import difflib  # only a manifest with a mistake needs it

    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _to_text(value: Any) -> Any:
    """A YAML/TOML number where text is expected (``version: 12``) is taken as its text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


def _exact_integer(value: Any) -> Any:
    """A version number is an integer: ``true`` and ``1.0`` are not ``1``."""
    if isinstance(value, bool | float):
        raise PydanticCustomError(
            "integer",
            "a version number is an integer, such as 1, not {value}",
            {"value": str(value).lower() if isinstance(value, bool) else value},  # not "1"
        )
    return value


def _to_tuple(value: Any) -> Any:
    return (value,) if isinstance(value, str) else value


def _not_blank(value: str) -> str:
    if value and not value.strip():
        raise PydanticCustomError("blank", "text is blank: give the value, or leave the key out")
    return value


Text = Annotated[str, _CheckedText(_not_blank, min_length=1)]
"""Text that is not blank: whitespace alone says nothing, so it is a schema error."""


def _base_model_entry(value: Any) -> Any:
    return {"name": value} if isinstance(value, str) else value


class BaseModelRef(Frozen):
    """The model a release was fine-tuned or derived from, and where its own manifest is."""

    name: Text
    manifest: Text | None = None
    """The path of the base model's own manifest, relative to this manifest's folder."""


class SystemInfo(Frozen):
    """What the system is: ``name`` is required."""

    name: Text
    version: Annotated[
        Text | None, BeforeValidator(_to_text, json_schema_input_type=Text | float | None)
    ] = None
    producer: Text | None = None
    url: Text | None = None
    base_model: Annotated[
        BaseModelRef | None,
        BeforeValidator(_base_model_entry, json_schema_input_type=Text | BaseModelRef | None),
    ] = None


class ComponentEntry(Frozen):
    """What the manifest says of one component."""

    license: LicenseExpression | None = None
    location: Annotated[
        tuple[Text, ...] | None,
        BeforeValidator(_to_tuple, json_schema_input_type=Text | list[Text] | None),
    ] = None
    status: Literal[
        Status.RELEASED, Status.PARTIALLY_RELEASED, Status.NOT_RELEASED, Status.NOT_APPLICABLE
    ] = Status.RELEASED
    reason: Text | None = None
    notes: str | None = None

    @model_validator(mode="after")
    def _reason_for_not_applicable(self) -> "ComponentEntry":
        if self.status is Status.NOT_APPLICABLE and not self.reason:
            raise PydanticCustomError(
                "reason_required", "not-applicable needs a reason: say why it does not apply"
            )
        return self


class RequiredComponentEntry(ComponentEntry):
    """A component the definition requires: it cannot be ``not-applicable``."""

    status: Literal[Status.RELEASED, Status.PARTIALLY_RELEASED, Status.NOT_RELEASED] = (
        Status.RELEASED
    )


class _ComponentsBase(Frozen):
    """The components a manifest declares, by id; an id that is absent is undeclared.

    Reads like a mapping: ``components["model-parameters"]``, ``components.get(id)``,
    ``id in components``, ``components.items()`` (declared components only).
    """

    def get(self, cid: str) -> ComponentEntry | None:
        """The entry for ``cid``, or ``None`` when it is undeclared."""
        spec = COMPONENTS.get(cid)
        if spec is None:
            return None
        entry: ComponentEntry | None = getattr(self, _attr(cid))
        return entry

    def __getitem__(self, cid: str) -> ComponentEntry:
        entry = self.get(cid)
        if entry is None:
            raise KeyError(cid)
        return entry

    def __contains__(self, cid: object) -> bool:
        return isinstance(cid, str) and self.get(cid) is not None

    def items(self) -> list[tuple[str, ComponentEntry]]:
        """The declared components, in vocabulary order."""
        return [(cid, e) for cid in COMPONENTS if (e := self.get(cid)) is not None]

    def __len__(self) -> int:
        return len(self.items())


def _attr(cid: str) -> str:
    return cid.replace("-", "_")


if TYPE_CHECKING:
    Components = _ComponentsBase
else:
    Components = create_model(
        "Components",
        __base__=_ComponentsBase,
        __doc__=_ComponentsBase.__doc__,
        **{
            _attr(spec.id): (
                ComponentEntry if spec.not_applicable_allowed else RequiredComponentEntry,
                Field(default=None, description=f"{spec.mof_name}: {spec.description}"),
            )
            for spec in COMPONENTS.values()
        },
    )


class TrainingDataSet(Frozen):
    """One training data set (OSAID Data Information items 2 and 3)."""

    name: Text
    class_: DataClass = Field(alias="class")
    location: Text | None = None
    license: LicenseExpression | None = None
    description: Text | None = None


def _check_reference(value: str) -> str:
    if value in COMPONENTS or re.fullmatch(_URL, value):
        return value
    raise PydanticCustomError(
        "reference",
        "'{value}' is neither a component id nor an http(s) URL{hint}",
        {"value": value, "hint": _did_you_mean(value, list(COMPONENTS))},
    )


Reference = Annotated[str, _CheckedText(_check_reference)]
TopicValue = Annotated[tuple[Reference, ...], Field(min_length=1)] | Literal["undisclosed"]


class DataInformation(Frozen):
    """Where each topic of Data Information item (1) is documented.

    A topic is a non-empty list of component ids or URLs, ``undisclosed`` (known not to be
    documented) or, for ``labeling`` only, ``not-applicable``. An omitted topic is undeclared.
    """

    provenance: TopicValue | None = None
    scope_and_characteristics: TopicValue | None = None
    selection: TopicValue | None = None
    labeling: TopicValue | Literal["not-applicable"] | None = None
    processing_and_filtering: TopicValue | None = None

    def topic(self, topic: Topic) -> tuple[str, ...] | str | None:
        """The value of ``topic``: references, ``undisclosed``, ``not-applicable`` or None."""
        value: tuple[str, ...] | str | None = getattr(self, topic.value.replace("-", "_"))
        return value


Claim = Literal[
    "open-source-ai", "open-source-model", "open-weights", "open-data", "open-source-code"
]
"""What a release may claim to be (``docs/claims.md`` defines each with its basis)."""


def _claim_entry(value: Any) -> Any:
    return {"claim": value} if isinstance(value, str) else value


class ClaimEntry(Frozen):
    """A claim the release makes, and where it makes it (``README.md:12``), if known."""

    claim: Claim
    where: Text | None = None


class Access(Frozen):
    """How the release can be had: what stands between a user and a download."""

    gated: bool | None = None
    """Downloads need the publisher's approval or the acceptance of terms."""
    approval: Literal["manual", "automatic"] | None = None
    """How a gated download is granted: ``manual``, the publisher approves each request;
    ``automatic``, accepting the conditions (and sharing contact details) grants it."""
    registration: bool | None = None
    """Downloads need an account or registration."""
    fee: bool | None = None
    """Downloads cost money."""

    @model_validator(mode="after")
    def _approval_of_a_gate(self) -> "Access":
        if self.approval is not None and self.gated is False:
            raise PydanticCustomError(
                "approval_without_gate",
                "approval says how a gated download is granted, but gated is false: remove "
                "approval, or set gated: true",
            )
        return self


class AISystem(Frozen):
    """An AI system as released: the manifest's model.

    ``components`` maps component ids (SPEC §2) to what the manifest says of them; an id that
    is absent is *undeclared*. ``license`` is the default for every component that names none.
    """

    manifest_version: Annotated[
        Literal[1], BeforeValidator(_exact_integer, json_schema_input_type=Literal[1])
    ]
    system: SystemInfo
    license: LicenseExpression | None = None
    components: Components = Field(default_factory=Components)
    data_information: DataInformation | None = None
    training_data: (
        Annotated[tuple[TrainingDataSet, ...], Field(min_length=1)] | Literal["undisclosed"] | None
    ) = None
    claims: tuple[
        Annotated[
            ClaimEntry, BeforeValidator(_claim_entry, json_schema_input_type=Claim | ClaimEntry)
        ],
        ...,
    ] = ()
    access: Access | None = None

    @model_validator(mode="after")
    def _references_not_applicable(self) -> "AISystem":
        if self.data_information is None:
            return self
        not_applicable = {
            attr.replace("_", "-")
            for attr, entry in self.components.__dict__.items()
            if entry is not None and entry.status is Status.NOT_APPLICABLE
        }
        if not not_applicable:
            return self
        bad: list[str] = []
        for topic in _TOPICS:
            refs = self.data_information.topic(topic)
            if not isinstance(refs, tuple):
                continue
            for i, ref in enumerate(refs):
                if ref in not_applicable:
                    bad.append(f"data-information.{topic.value}.{i}")
        if bad:
            raise PydanticCustomError(
                "reference_not_applicable",
                "a data-information topic cites a component marked not-applicable; cite what "
                "documents the topic",
                {"at": bad, "absolute": True},
            )
        return self
