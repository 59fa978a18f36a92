"""The report ``evaluate`` returns: pydantic models that serialise to the JSON report."""

# Annotations are evaluated here, not postponed (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation from its text when
# the class is created, which happens at every start of the command line.

from typing import Annotated, Any, Literal, Protocol

from pydantic import Field, PrivateAttr, computed_field
from pydantic_core import to_json

from osaid._model import AS_VALUE, Frozen, build, kept
from osaid._version import __version__
from osaid.components import Element, Status
from osaid.findings import Finding
from osaid.licenses import BlockerKind
from osaid.verdict import Verdict

__all__ = [
    "MOF_CLASS_ORDER",
    "REPORT_VERSION",
    "Blocker",
    "ClaimResult",
    "ComponentResult",
    "ElementResult",
    "Elements",
    "MofGap",
    "MofLacks",
    "MofResult",
    "Outcome",
    "Parts",
    "Permission",
    "PolicyInfo",
    "Profile",
    "Report",
    "Subject",
]

REPORT_VERSION = "1"
"""The JSON report's own version: raised when a key is removed or changes meaning."""

Outcome = Literal[
    "passes",
    "would-pass-with-other-licenses",
    "lacks-components",
    "gated",
    "licenses-not-open",
    "undetermined",
]
"""OSI's three validation outcomes, and osaid's own three: use that needs the publisher's
approval (a manually gated download), not open for its licences while other parts are unknown,
and what cannot be told."""

MofClassName = Literal["I", "II", "III"]
"""A Model Openness Framework class: III (open model), II (open tooling), I (open science)."""


class Blocker(Frozen):
    """A required input that is not open, and what kind of problem it is."""

    kind: BlockerKind
    component: str
    element: Annotated[Element, AS_VALUE]
    message: str
    remedy: str | None = None


class ComponentResult(Frozen):
    """The verdict on one component."""

    id: str
    element: Annotated[Element, AS_VALUE] | None
    required: bool
    status: Annotated[Status, AS_VALUE]
    license: str | None
    license_from: Literal["component", "default"] | None
    verdict: Annotated[Verdict, AS_VALUE]
    findings: tuple[Finding, ...]


class ElementResult(Frozen):
    """The verdict on one element of the preferred form."""

    verdict: Annotated[Verdict, AS_VALUE]
    findings: tuple[Finding, ...] = ()


class Elements(Frozen):
    """The verdict on each element; read like a mapping: ``elements["parameters"]``."""

    data_information: ElementResult
    code: ElementResult
    parameters: ElementResult

    def __getitem__(self, element: Element | str) -> ElementResult:
        try:
            key = Element(element)
        except ValueError:
            raise KeyError(element) from None
        result: ElementResult = getattr(self, _ELEMENT_FIELDS[key])
        return result

    def keys(self) -> tuple[Element, ...]:
        """The elements, in the order of the definition."""
        return tuple(_ELEMENT_FIELDS)

    def values(self) -> tuple[ElementResult, ...]:
        """Each element's result, in the order of the definition."""
        return tuple(self[element] for element in _ELEMENT_FIELDS)

    def items(self) -> tuple[tuple[Element, ElementResult], ...]:
        """(element, result), in the order of the definition."""
        return tuple((element, self[element]) for element in _ELEMENT_FIELDS)


_ELEMENT_FIELDS = {
    Element.DATA_INFORMATION: "data_information",
    Element.CODE: "code",
    Element.PARAMETERS: "parameters",
}


class MofGap(Frozen):
    """A component a MOF class still lacks, and why."""

    component: str
    reason: Literal["missing", "unlicensed", "not-open"]


class MofLacks(Frozen):
    """What each MOF class still lacks; read like a mapping: ``lacks["III"]``."""

    class_iii: tuple[MofGap, ...] = Field(alias="III")
    class_ii: tuple[MofGap, ...] = Field(alias="II")
    class_i: tuple[MofGap, ...] = Field(alias="I")

    def __getitem__(self, name: MofClassName) -> tuple[MofGap, ...]:
        try:
            gaps: tuple[MofGap, ...] = getattr(self, _MOF_FIELDS[name])
        except KeyError:
            raise KeyError(name) from None
        return gaps

    def keys(self) -> tuple[MofClassName, ...]:
        """The classes, from the least open to the most."""
        return MOF_CLASS_ORDER

    def values(self) -> tuple[tuple[MofGap, ...], ...]:
        """What each class lacks, from the least open class to the most."""
        return tuple(self[name] for name in MOF_CLASS_ORDER)

    def items(self) -> tuple[tuple[MofClassName, tuple[MofGap, ...]], ...]:
        """(class, what it lacks), from the least open class to the most."""
        return tuple((name, self[name]) for name in MOF_CLASS_ORDER)


MOF_CLASS_ORDER: tuple[MofClassName, ...] = ("III", "II", "I")
"""The MOF classes, from the least open to the most."""
_MOF_FIELDS = {"III": "class_iii", "II": "class_ii", "I": "class_i"}


class MofResult(Frozen):
    """The Model Openness Framework class and, per class, what it still lacks."""

    class_: MofClassName | None = Field(alias="class")
    lacks: MofLacks
    findings: tuple[Finding, ...] = ()


class ClaimResult(Frozen):
    """A claim the release makes, and whether the evidence backs it."""

    claim: str
    where: str | None
    backed: Annotated[Verdict, AS_VALUE]
    """open: the evidence backs it; not-open: it is openwashing; undetermined: not shown."""
    message: str


class Permission(Frozen):
    """What the release lets a user do, for one question, and what sets the answer."""

    question: str
    asks: str
    answer: Literal["yes", "no", "unknown"]
    set_by: tuple[str, ...]
    """The required components whose licences give this (most restrictive) answer."""
    licenses: tuple[str, ...]


class Profile(Frozen):
    """The dimensions people compare open and closed AI on, one line each."""

    accessibility: str
    modification: str
    transparency: str
    licensing: str


class PolicyInfo(Frozen):
    """The policy a report was made under."""

    name: str
    spdx_license_list_version: str
    source: str | None = None


class Subject(Frozen):
    """The system a report is about."""

    name: str
    version: str | None = None
    producer: str | None = None
    url: str | None = None


class Parts(Protocol):
    """What a report is made of: the evaluator's results, each built when first read."""

    def subject(self) -> Subject: ...
    def verdict(self) -> Verdict: ...
    def outcome(self) -> Outcome: ...
    def elements(self) -> Elements: ...
    def components(self) -> tuple[ComponentResult, ...]: ...
    def blockers(self) -> tuple[Blocker, ...]: ...
    def findings(self) -> tuple[Finding, ...]: ...
    def mof(self) -> MofResult: ...
    def claims(self) -> tuple[ClaimResult, ...]: ...
    def permissions(self) -> tuple[Permission, ...]: ...
    def profile(self) -> Profile | None: ...
    def policy(self) -> PolicyInfo: ...
    def with_findings(self, findings: tuple[Finding, ...]) -> "Parts": ...
    def licenses(self) -> tuple[str, ...]: ...
    def blocked(self) -> tuple[tuple[str, BlockerKind], ...]: ...
    def mof_class(self) -> MofClassName | None: ...
    def document(self) -> dict[str, object]:
        """Every computed part, in order, in its JSON form (keys and enum values as written)."""
        ...

    def document_json(self) -> str:
        """``document()`` as compact JSON text without its braces (pydantic's serializer's)."""
        ...


class Report(Frozen):
    """Whether a system is Open Source AI, element by element and component by component.

    ``report.model_dump(mode="json")`` is the JSON report, with kebab-case keys. A report is
    deeply immutable: frozen models and tuples all the way down. ``evaluate`` decides the
    verdict; each part of the explanation is built the first time it is read (or written),
    and then kept.
    """

    report_version: str
    osaid_version: str
    source: str | None = None
    _parts: Parts = PrivateAttr()

    @classmethod
    def of(cls, parts: Parts, source: str | None = None) -> "Report":
        """The report made of ``parts`` (for the evaluator: users call ``evaluate``).

        Its three fields are osaid's own values, so it is made without validating them:
        validation would first build the report's whole schema (every part's model, through
        the computed fields), which a check that writes text or JSON never needs. The schema
        is built when something asks for it (``model_dump``, ``model_validate``).
        """
        values = {"report_version": REPORT_VERSION, "osaid_version": __version__, "source": source}
        report = build(cls, values)
        object.__setattr__(report, "__pydantic_private__", {"_parts": parts})
        return report

    @computed_field
    @kept
    def subject(self) -> Subject:
        """The system the report is about."""
        return _parts_of(self).subject()

    @computed_field(return_type=Annotated[Verdict, AS_VALUE])
    @kept
    def verdict(self) -> Verdict:
        """Open Source AI (open), not (not-open), or not known (undetermined)."""
        return _parts_of(self).verdict()

    @computed_field
    @kept
    def outcome(self) -> Outcome:
        """Which of OSI's validation outcomes the release reaches."""
        return _parts_of(self).outcome()

    @computed_field
    @kept
    def elements(self) -> Elements:
        """The verdict on each element of the preferred form."""
        return _parts_of(self).elements()

    @computed_field
    @kept
    def components(self) -> tuple[ComponentResult, ...]:
        """The verdict on every component of the vocabulary, in its order."""
        return _parts_of(self).components()

    @computed_field
    @kept
    def blockers(self) -> tuple[Blocker, ...]:
        """Every required input that is not open, and what kind of problem it is."""
        return _parts_of(self).blockers()

    @computed_field
    @kept
    def findings(self) -> tuple[Finding, ...]:
        """Findings about the release as a whole (and the document it was read from)."""
        return _parts_of(self).findings()

    @computed_field
    @kept
    def mof(self) -> MofResult:
        """The Model Openness Framework class, under the ``mof-1.0`` policy."""
        return _parts_of(self).mof()

    @computed_field
    @kept
    def claims(self) -> tuple[ClaimResult, ...]:
        """Each claim the release makes, and whether the evidence backs it."""
        return _parts_of(self).claims()

    @computed_field
    @kept
    def permissions(self) -> tuple[Permission, ...]:
        """What the release lets a user do, question by question."""
        return _parts_of(self).permissions()

    @computed_field
    @kept
    def profile(self) -> Profile | None:
        """The release on the dimensions people compare open and closed AI on."""
        return _parts_of(self).profile()

    @computed_field
    @kept
    def policy(self) -> PolicyInfo:
        """The policy the report was made under."""
        return _parts_of(self).policy()

    @property
    def licenses(self) -> tuple[str, ...]:
        """The licence of each component of an element that shows one, in vocabulary order:
        ``tuple(c.license for c in components if c.license and c.element)``, without
        building the component results (for counting licences over many releases)."""
        return _parts_of(self).licenses()

    @kept
    def blocked(self) -> tuple[tuple[str, BlockerKind], ...]:
        """(component, kind) of each blocker, once each, in order: ``dict.fromkeys((b.component,
        b.kind) for b in blockers)``, without writing the blockers' messages (for screening
        many releases)."""
        return _parts_of(self).blocked()

    @kept
    def mof_class(self) -> MofClassName | None:
        """``mof.class_``, without building the MOF result (nor asking more of the components
        than the class depends on)."""
        return _parts_of(self).mof_class()

    def model_dump_json(self, *, indent: int | None = None, **options: Any) -> str:
        """The JSON report; with no option but ``indent``, written by pydantic's serializer from
        the parts' JSON form, without building their models: the same text (a law in the
        tests), several times faster. Any other option goes to pydantic's ``model_dump_json``.
        """
        if options:
            return super().model_dump_json(indent=indent, **options)
        parts = _parts_of(self)
        head = {
            "report-version": self.report_version,
            "osaid-version": self.osaid_version,
            "source": self.source,
        }
        if indent is None:
            return f"{to_json(head).decode()[:-1]},{parts.document_json()}}}"
        return to_json({**head, **parts.document()}, indent=indent).decode()

    def __setattr__(self, name: str, value: object) -> None:
        if name in _PARTS:
            msg = f"{name} cannot be set: a report never changes"
            raise AttributeError(msg)
        super().__setattr__(name, value)

    def __delattr__(self, name: str) -> None:
        msg = f"{name} cannot be deleted: a report never changes"
        raise AttributeError(msg)

    def with_source(self, source: str) -> "Report":
        """The same report, naming the file it was made from."""
        return self.model_copy(update={"source": source})

    def with_findings(self, findings: tuple[Finding, ...]) -> "Report":
        """The same report, with ``findings`` about its source document (an importer's) first."""
        return Report.of(_parts_of(self).with_findings(findings), self.source)


def _parts_of(report: Report) -> Parts:
    """The report's parts, read from its private values directly: ``report._parts`` goes through
    pydantic's ``__getattr__``, which costs more than most parts once built."""
    parts: Parts = report.__pydantic_private__["_parts"]  # type: ignore[index]
    return parts


_PARTS = frozenset(Report.model_computed_fields)
"""The report's computed parts, which nothing may set (looked up once: pydantic builds the
mapping afresh at each read)."""
