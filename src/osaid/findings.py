"""Findings: every conclusion osaid draws, with the clause of the definition behind it."""

# Annotations are evaluated here, not postponed (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation from its text when
# the class is created, which happens at every start of the command line.

import enum
from typing import Annotated, Protocol

from pydantic_core import to_json

from osaid._model import AS_VALUE, Frozen
from osaid.components import Freedom

__all__ = [
    "Clause",
    "Finding",
    "Severity",
    "finding",
    "finding_data",
    "finding_json",
    "finding_text",
    "finding_text_around",
    "first_remedy",
    "worst_message",
]


class Severity(str, enum.Enum):
    """How much a finding matters to the verdict."""

    ERROR = "error"
    """It makes something not open."""
    WARNING = "warning"
    """It leaves something undetermined, or is worth fixing."""
    INFO = "info"
    """It explains a step osaid took."""


class Clause(str, enum.Enum):
    """The parts of OSAID 1.0 (and of its FAQ and checklist) that findings rest on.

    Source: https://opensource.org/ai/open-source-ai-definition (1.0, 2024-10-28), the FAQ
    at https://opensource.org/ai/faq and the checklist at
    https://hackmd.io/@opensourceinitiative/checklist-mof.
    """

    FREEDOMS = "OSAID 1.0, What is Open Source AI: the freedoms to use, study, modify and share"
    PREFERRED_FORM = "OSAID 1.0, Preferred form to make modifications to machine-learning systems"
    DATA_INFORMATION = "OSAID 1.0, Preferred form: Data Information"
    DATA_INFORMATION_DESCRIPTION = (
        "OSAID 1.0, Data Information (1): a complete description of all data used for training"
    )
    DATA_INFORMATION_PUBLIC = (
        "OSAID 1.0, Data Information (2): a listing of all publicly available training data "
        "and where to obtain it"
    )
    DATA_INFORMATION_OBTAINABLE = (
        "OSAID 1.0, Data Information (3): a listing of all training data obtainable from third "
        "parties and where to obtain it"
    )
    DATA_CLASSES = "OSAID FAQ: open, public, obtainable and unshareable training data"
    CODE = "OSAID 1.0, Preferred form: Code, under OSI-approved licenses"
    PARAMETERS = "OSAID 1.0, Preferred form: Parameters, under OSI-approved terms"
    CHECKLIST = "OSAID 1.0 checklist (October 2024): required components and legal frameworks"
    CHECKLIST_OPTIONAL = "OSAID 1.0 checklist (October 2024): optional components"
    SPDX = "SPDX License Expressions (SPDX 3.0.1, Annex D)"

    def __str__(self) -> str:
        return self.value


class Finding(Frozen):
    """One conclusion, with what it rests on and what to do about it.

    ``code`` is stable: tools may match on it. ``interpretation`` is true where osaid
    interprets the definition rather than applying its letter (``docs/interpretations.md``).
    """

    code: str
    severity: Annotated[Severity, AS_VALUE]
    message: str
    component: str | None = None
    clause: Annotated[Clause, AS_VALUE] | None = None
    freedoms: tuple[Annotated[Freedom, AS_VALUE], ...] = ()
    remedy: str | None = None
    interpretation: bool = False
    source: str | None = None


def finding(
    code: str,
    severity: Severity,
    message: str,
    *,
    component: str | None = None,
    clause: Clause | None = None,
    freedoms: tuple[Freedom, ...] = (),
    remedy: str | None = None,
    interpretation: bool = False,
    source: str | None = None,
) -> Finding:
    """A ``Finding``: positional code, severity and message, the rest by keyword."""
    return Finding(
        code=code,
        severity=severity,
        message=message,
        component=component,
        clause=clause,
        freedoms=freedoms,
        remedy=remedy,
        interpretation=interpretation,
        source=source,
    )


def finding_data(
    code: str,
    severity: Severity,
    message: str,
    *,
    component: str | None = None,
    clause: Clause | None = None,
    freedoms: tuple[Freedom, ...] = (),
    remedy: str | None = None,
    interpretation: bool = False,
    source: str | None = None,
) -> dict[str, object]:
    """The JSON form of ``finding(...)``: what its model is validated from, and what a report
    written without building its models holds (the keys in the model's order).

    >>> finding_data("x", Severity.INFO, "m")["severity"]
    'info'
    """
    # _value_ rather than .value: the enum descriptor is a Python call, and a report has many
    return {
        "code": code,
        "severity": severity._value_,
        "message": message,
        "component": component,
        "clause": None if clause is None else clause._value_,
        "freedoms": [f._value_ for f in freedoms],
        "remedy": remedy,
        "interpretation": interpretation,
        "source": source,
    }


def finding_json(f: Finding) -> dict[str, object]:
    """``f`` in its JSON form (``finding_data``), without pydantic's serializer."""
    return finding_data(
        f.code, f.severity, f.message, component=f.component, clause=f.clause,
        freedoms=f.freedoms, remedy=f.remedy, interpretation=f.interpretation, source=f.source,
    )  # fmt: skip


class _FindingLike(Protocol):
    """What ``finding_text`` reads: a ``Finding``, or the evaluator's lighter note."""

    @property
    def code(self) -> str: ...
    @property
    def severity(self) -> Severity: ...
    @property
    def message(self) -> str: ...
    @property
    def component(self) -> str | None: ...
    @property
    def clause(self) -> Clause | None: ...
    @property
    def freedoms(self) -> tuple[Freedom, ...]: ...
    @property
    def remedy(self) -> str | None: ...
    @property
    def interpretation(self) -> bool: ...
    @property
    def source(self) -> str | None: ...


def finding_text(f: _FindingLike, component: str | None = None) -> str:
    """Finding ``f`` as compact JSON text, as pydantic's serializer writes it (a law in the
    tests); about ``component`` (itself JSON text, such as ``'"datasets"'``) if given.

    >>> finding_text(finding("x", Severity.INFO, "m"))[:44]
    '{"code":"x","severity":"info","message":"m",'
    """
    before, after = finding_text_around(f)
    if component is None:
        component = "null" if f.component is None else to_json(f.component).decode()
    return before + component + after


def finding_text_around(f: _FindingLike) -> tuple[str, str]:
    """``finding_text(f)`` before and after the component's value: a finding written about
    many components is written once."""
    remedy, source = f.remedy, f.source
    return (
        f'{{"code":{to_json(f.code).decode()},"severity":"{f.severity._value_}",'
        f'"message":{to_json(f.message).decode()},"component":',
        f',"clause":{_CLAUSE_TEXT[f.clause]},'
        f'"freedoms":{to_json([x._value_ for x in f.freedoms]).decode() if f.freedoms else "[]"},'
        f'"remedy":{"null" if remedy is None else to_json(remedy).decode()},'
        f'"interpretation":{"true" if f.interpretation else "false"},'
        f'"source":{"null" if source is None else to_json(source).decode()}}}',
    )


_CLAUSE_TEXT: dict[Clause | None, str] = {
    None: "null",
    **{c: to_json(c._value_).decode() for c in Clause},
}


def worst_message(findings: tuple[Finding, ...]) -> str | None:
    """The message of the most severe of ``findings`` (the first of its severity), if any.

    >>> worst_message((finding("a", Severity.INFO, "i"), finding("b", Severity.ERROR, "e")))
    'e'
    """
    for severity in _SEVERITY_ORDER:
        for f in findings:
            if f.severity is severity:
                return f.message
    return None


def first_remedy(findings: tuple[Finding, ...]) -> str | None:
    """The first remedy ``findings`` give, if any gives one.

    >>> advised = finding("b", Severity.INFO, "j", remedy="x")
    >>> first_remedy((finding("a", Severity.INFO, "i"), advised))
    'x'
    """
    return next((f.remedy for f in findings if f.remedy), None)


# Equivalent mutants: dropping INFO, or reading it as WARNING, changes nothing, as a licence
# verdict that is not open always has a warning or an error to explain it.
_SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
