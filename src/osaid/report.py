"""The report ``evaluate`` returns: pydantic models that serialise to the JSON report."""

# Annotations are evaluated here, not postponed (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation from its text when
# the class is created, which happens at every start of the command line.

from typing import Literal

from pydantic import Field

from osaid._model import Frozen, construct
from osaid.components import Element, Status
from osaid.findings import Finding
from osaid.licenses import BlockerKind
from osaid.verdict import Verdict

__all__ = [
    "REPORT_VERSION",
    "Blocker",
    "ClaimResult",
    "ComponentResult",
    "ElementResult",
    "MofGap",
    "MofResult",
    "Outcome",
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
    "licenses-not-open",
    "undetermined",
]
"""OSI's three validation outcomes, and osaid's own two: not open for its licences while other
parts are unknown, and what cannot be told."""

MofClassName = Literal["I", "II", "III"]


class Blocker(Frozen):
    """A required input that is not open, and what kind of problem it is."""

    kind: BlockerKind
    component: str
    element: Element
    message: str
    remedy: str | None = None


class ComponentResult(Frozen):
    """The verdict on one component."""

    id: str
    element: Element | None
    required: bool
    status: Status
    license: str | None
    license_from: Literal["component", "default"] | None
    verdict: Verdict
    findings: tuple[Finding, ...]


class ElementResult(Frozen):
    """The verdict on one element of the preferred form."""

    verdict: Verdict
    findings: tuple[Finding, ...] = ()


class MofGap(Frozen):
    """A component a MOF class still lacks, and why."""

    component: str
    reason: Literal["missing", "unlicensed", "not-open"]


class MofResult(Frozen):
    """The Model Openness Framework class and, per class, what it still lacks."""

    class_: MofClassName | None = Field(alias="class")
    lacks: dict[MofClassName, tuple[MofGap, ...]]
    findings: tuple[Finding, ...] = ()


class ClaimResult(Frozen):
    """A claim the release makes, and whether the evidence backs it."""

    claim: str
    where: str | None
    backed: Verdict
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


class Report(Frozen):
    """Whether a system is Open Source AI, element by element and component by component.

    ``report.model_dump(mode="json")`` is the JSON report, with kebab-case keys.
    """

    report_version: str
    osaid_version: str
    source: str | None = None
    subject: Subject
    verdict: Verdict
    outcome: Outcome
    elements: dict[Element, ElementResult]
    components: tuple[ComponentResult, ...]
    blockers: tuple[Blocker, ...]
    findings: tuple[Finding, ...]
    mof: MofResult
    claims: tuple[ClaimResult, ...] = ()
    permissions: tuple[Permission, ...] = ()
    profile: Profile | None = None
    policy: PolicyInfo

    def with_source(self, source: str) -> "Report":
        """The same report, naming the file it was made from."""
        return construct(Report, **{**self.__dict__, "source": source})

    def with_findings(self, findings: tuple[Finding, ...]) -> "Report":
        """The same report, with ``findings`` about its source document (an importer's) first."""
        return construct(Report, **{**self.__dict__, "findings": findings + self.findings})
