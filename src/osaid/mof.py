"""Model Openness Framework classes, computed with the ``mof-1.0`` policy (SPEC §6).

Classes are cumulative: Class II needs everything Class III needs, Class I everything Class II
needs. Optional components (sample outputs, supporting libraries, model metadata) never
count. A released open research paper stands in for a missing technical report. Where osaid
deliberately differs from the Model Openness Tool, ``docs/mof.md`` says so.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from osaid._model import construct
from osaid.components import COMPONENTS, Status
from osaid.findings import Finding, Severity, finding
from osaid.report import MofClassName, MofGap, MofResult
from osaid.verdict import Verdict

if TYPE_CHECKING:
    from osaid.manifest import AISystem

__all__ = [
    "CLASS_ORDER",
    "MOF_CLASSES",
    "STAND_INS",
    "GapReason",
    "Judge",
    "MofKey",
    "StandIn",
    "mof_class",
    "mof_from",
    "mof_key",
    "mof_of",
]

CLASS_ORDER: tuple[MofClassName, ...] = ("III", "II", "I")
"""From the least open class to the most."""

MOF_CLASSES: Mapping[MofClassName, tuple[str, ...]] = MappingProxyType(
    {
        name: tuple(
            c.id
            for c in COMPONENTS.values()
            if not c.mof_optional and CLASS_ORDER.index(c.mof_class) <= CLASS_ORDER.index(name)
        )
        for name in CLASS_ORDER
    }
)
"""The components each class needs, derived from the vocabulary (cumulative)."""

StandIn = tuple[str, str]
STAND_INS: tuple[StandIn, ...] = (("technical-report", "research-paper"),)
"""(needed, stand-in): a released open research paper replaces a missing technical report."""

Judge = Callable[[str], tuple[Status, "bool | str | None", Verdict]]
"""component id → (status, its effective licence — or just whether it has one —, the verdict
of that licence under mof-1.0).

Given the licence itself, SPDX's ``NONE`` (the MOT's ``unlicensed``) counts as unlicensed,
and a compound expression that is open gets a finding: the MOT compares licence strings
exactly and would not count it."""


GapReason = Literal["missing", "unlicensed", "not-open"]
MofKey = tuple[GapReason | None, str | None]
"""What a component's judgement means for its MOF class: the reason it leaves a gap, if it
does, and the licence a finding must name (``NONE``, or an open compound expression)."""


@functools.lru_cache(maxsize=4096)
def mof_key(status: Status, license: bool | str | None, verdict: Verdict) -> MofKey:
    """The part of a judgement that the MOF class depends on."""
    if status is not Status.RELEASED:
        return "missing", None
    named = license if isinstance(license, str) else None
    if not license or license == "NONE":
        return "unlicensed", named
    if verdict is not Verdict.OPEN:
        return "not-open", None
    return None, named if named is not None and (" AND " in named or " OR " in named) else None


def mof_class(judge: Judge) -> MofResult:
    """The highest MOF class whose components are all released under open licences.

    Reproduces the Model Openness Tool's rules (``docs/mof.md``): cumulative classes,
    optional components never counting, a released open research paper standing in for the
    technical report (and, where the report is missing and the paper is released but not
    open, the paper's gap is what the class lacks).
    """
    return mof_from(tuple(mof_key(*judge(cid)) for cid in COMPONENTS))


@functools.lru_cache(maxsize=4096)
def mof_from(keys: tuple[MofKey, ...]) -> MofResult:
    """``mof_class`` from every component's ``mof_key``, in vocabulary order (memoised: most
    releases leave one of a few patterns of gaps)."""
    judged = dict(zip(COMPONENTS, keys, strict=True))
    gaps = {
        cid: None if reason is None else construct(MofGap, component=cid, reason=reason)
        for cid, (reason, _named) in judged.items()
    }
    findings: list[Finding] = []
    for needed, stand_in in STAND_INS:
        need, instead = gaps[needed], gaps[stand_in]
        if need is None:
            continue
        if instead is None:
            gaps[needed] = None
            findings.append(
                finding(
                    "mof-stand-in",
                    Severity.INFO,
                    f"the {stand_in} is released under an open licence: it stands in for the "
                    f"{needed} (MOF 1.0, as the Model Openness Tool applies it)",
                    component=needed,
                )
            )
        elif need.reason == "missing" and instead.reason != "missing":
            gaps[needed] = instead
    for cid, (_reason, license) in judged.items():
        if license is None:
            continue
        if license == "NONE":
            findings.append(
                finding(
                    "mof-unlicensed",
                    Severity.WARNING,
                    f"{cid} is released with no licence (NONE, the MOT's 'unlicensed')",
                    component=cid,
                    remedy=f"release {cid} under an open licence",
                )
            )
        else:
            findings.append(
                finding(
                    "mof-license-expression",
                    Severity.INFO,
                    f"{cid}: osaid reads the SPDX expression {license!r} as open; the Model "
                    "Openness Tool compares licence strings exactly and would not",
                    component=cid,
                    interpretation=True,
                )
            )
    lacks = {
        name: tuple(g for cid in MOF_CLASSES[name] if (g := gaps[cid]) is not None)
        for name in CLASS_ORDER
    }
    achieved: MofClassName | None = None
    for name in CLASS_ORDER:
        if lacks[name]:
            break
        achieved = name
    return construct(MofResult, class_=achieved, lacks=lacks, findings=tuple(findings))


def mof_of(system: AISystem) -> MofResult:
    """The MOF class of ``system``, judged with the ``mof-1.0`` policy.

    The same result as ``evaluate(system).mof`` (which shares the evaluator's memoised
    component judgements):

    >>> from osaid import AISystem
    >>> mof_of(AISystem.model_validate({
    ...     "manifest-version": 1, "system": {"name": "Tiny"},
    ...     "components": {"model-parameters": {"license": "NONE"}},
    ... })).lacks["III"][1]
    MofGap(component='model-parameters', reason='unlicensed')
    """
    from osaid.evaluate import evaluate

    return evaluate(system).mof
