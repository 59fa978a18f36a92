"""Model Openness Framework classes, computed with the ``mof-1.0`` policy (SPEC §6).

Classes are cumulative: Class II needs everything Class III needs, Class I everything Class II
needs. Optional components (sample outputs, supporting libraries, model metadata) never
count. A released open research paper stands in for a missing technical report. Where osaid
deliberately differs from the Model Openness Tool, ``docs/mof.md`` says so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Literal, NamedTuple

from pydantic_core import to_json

from osaid.components import COMPONENTS, Status
from osaid.findings import Severity, finding_data
from osaid.report import MOF_CLASS_ORDER, MofClassName, MofResult
from osaid.verdict import Verdict

__all__ = [
    "CLASS_ORDER",
    "MOF_CLASSES",
    "STAND_INS",
    "GapReason",
    "MofJudgement",
    "StandIn",
    "mof_class",
    "mof_data",
    "mof_json",
    "mof_result",
]

CLASS_ORDER: tuple[MofClassName, ...] = MOF_CLASS_ORDER
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

GapReason = Literal["missing", "unlicensed", "not-open"]


class MofJudgement(NamedTuple):
    """What the MOF class needs to know of one component."""

    component: str
    status: Status
    license: str | None
    """Its effective licence: its own, else the release's default."""
    verdict: Verdict
    """The verdict on that licence under ``mof-1.0``."""

    @property
    def gap(self) -> GapReason | None:
        """Why it leaves its class a gap, if it does.

        SPDX's ``NONE`` (the MOT's ``unlicensed``) counts as unlicensed.
        """
        if self.status is not Status.RELEASED:
            return "missing"
        if not self.license or self.license == "NONE":
            return "unlicensed"
        if self.verdict is not Verdict.OPEN:
            return "not-open"
        return None


def mof_result(judgements: tuple[MofJudgement, ...]) -> MofResult:
    """The highest MOF class whose components are all released under open licences.

    Reproduces the Model Openness Tool's rules (``docs/mof.md``): cumulative classes,
    optional components never counting, a released open research paper standing in for the
    technical report (and, where the report is missing and the paper is released but not
    open, the paper's gap is what the class lacks).

    Args:
        judgements: one per component of the vocabulary (any order; missing ones are gaps).

    >>> from osaid.components import Status
    >>> from osaid.verdict import Verdict
    >>> result = mof_result((
    ...     MofJudgement("model-parameters", Status.RELEASED, "NONE", Verdict.NOT_OPEN),
    ... ))
    >>> result.class_, result.lacks["III"][1]
    (None, MofGap(component='model-parameters', reason='unlicensed'))
    """
    return MofResult.model_validate(mof_data(judgements))


def mof_data(judgements: tuple[MofJudgement, ...]) -> dict[str, object]:
    """``mof_result(judgements)`` in its JSON form: what the result is validated from, and what
    a report written without building its models holds.

    >>> mof_data(())["class"], mof_data(())["lacks"]["III"][0]
    (None, {'component': 'model-architecture', 'reason': 'missing'})
    """
    gaps, findings = _gaps(judgements)
    lacks = {
        name: [{"component": g[0], "reason": g[1]} for cid in MOF_CLASSES[name] if (g := gaps[cid])]
        for name in CLASS_ORDER
    }
    return {"class": _achieved(gaps), "lacks": lacks, "findings": findings}


def mof_json(judgements: tuple[MofJudgement, ...]) -> str:
    """``mof_data(judgements)`` as compact JSON text, as pydantic's serializer writes it (a
    law in the tests), each gap's text made once."""
    gaps, findings = _gaps(judgements)
    lacks = ",".join(
        [
            f'"{name}":[{",".join([_GAP_JSON[g] for c in MOF_CLASSES[name] if (g := gaps[c])])}]'
            for name in CLASS_ORDER
        ]
    )
    achieved = _achieved(gaps)
    shown = "null" if achieved is None else f'"{achieved}"'
    return f'{{"class":{shown},"lacks":{{{lacks}}},"findings":{to_json(findings).decode()}}}'


def _gaps(judgements: tuple[MofJudgement, ...]) -> tuple[dict[str, _Gap | None], _Data]:
    """The gap each needed component leaves (a stand-in's own, where it fills in), and the
    findings about them."""
    gaps = dict(_ALL_MISSING)
    for j in judgements:
        if j.component in gaps:
            reason = j.gap
            gaps[j.component] = None if reason is None else (j.component, reason)
    return gaps, _stand_ins(gaps) + _license_notes(judgements)


def _achieved(gaps: dict[str, _Gap | None]) -> MofClassName | None:
    achieved: MofClassName | None = None
    for name in CLASS_ORDER:
        if any(gaps[cid] for cid in _ADDED[name]):
            break
        achieved = name
    return achieved


def mof_class(gap_of: Callable[[str], GapReason | None]) -> MofClassName | None:
    """``mof_result(...).class_``, asking ``gap_of`` for a component's gap only while the
    answer depends on it: the least open class first, and no further than its first gap that
    no stand-in fills (for screening many releases, most of which reach no class).

    >>> mof_class(lambda cid: "missing"), mof_class(lambda cid: None)
    (None, 'I')
    """
    achieved: MofClassName | None = None
    for name in CLASS_ORDER:
        for cid in _ADDED[name]:
            if gap_of(cid) is not None and not _stood_in(cid, gap_of):
                return achieved
        achieved = name
    return achieved


def _stood_in(cid: str, gap_of: Callable[[str], GapReason | None]) -> bool:
    return any(needed == cid and gap_of(instead) is None for needed, instead in STAND_INS)


def _added() -> dict[MofClassName, tuple[str, ...]]:
    """The components each class needs beyond the less open class before it."""
    added: dict[MofClassName, tuple[str, ...]] = {}
    before: tuple[str, ...] = ()
    for name in CLASS_ORDER:
        added[name] = tuple(cid for cid in MOF_CLASSES[name] if cid not in before)
        before = MOF_CLASSES[name]
    return added


_ADDED = _added()
# Equivalent mutant: `in` -> `not in` in the stand-in clause, as today's stand-ins are both
# needed by class I; the clause keeps a stand-in that no class needs readable.
_NEEDED = tuple(
    cid
    for cid in COMPONENTS
    if cid in MOF_CLASSES["I"]
    or any(cid in pair for pair in STAND_INS)  # mutation: equivalent(compare) — above
)
"""The components a class needs or a stand-in stands for: the only gaps ``mof_data`` reads."""


_Gap = tuple[str, GapReason]
"""A gap: the component that leaves it (a stand-in's, where it fills in) and why."""
_Data = list[dict[str, object]]
_ALL_MISSING: dict[str, _Gap | None] = {cid: (cid, "missing") for cid in _NEEDED}
_GAP_JSON = {
    (cid, reason): f'{{"component":{to_json(cid).decode()},"reason":"{reason}"}}'
    for cid in _NEEDED
    for reason in ("missing", "unlicensed", "not-open")
}


def _stand_ins(gaps: dict[str, _Gap | None]) -> _Data:
    findings: _Data = []
    for needed, stand_in in STAND_INS:
        need, instead = gaps[needed], gaps[stand_in]
        if need is None:
            continue
        if instead is None:
            gaps[needed] = None
            findings.append(
                finding_data(
                    "mof-stand-in",
                    Severity.INFO,
                    f"the {stand_in} is released under an open licence: it stands in for the "
                    f"{needed} (MOF 1.0, as the Model Openness Tool applies it)",
                    component=needed,
                )
            )
        elif need[1] == "missing" and instead[1] != "missing":
            gaps[needed] = instead
    return findings


def _license_notes(judgements: tuple[MofJudgement, ...]) -> _Data:
    findings: _Data = []
    for j in judgements:
        if j.status is not Status.RELEASED or not j.license:
            continue
        if j.license == "NONE":
            findings.append(
                finding_data(
                    "mof-unlicensed",
                    Severity.WARNING,
                    f"{j.component} is released with no licence (NONE, the MOT's 'unlicensed')",
                    component=j.component,
                    remedy=f"release {j.component} under an open licence",
                )
            )
        elif j.verdict is Verdict.OPEN and (" AND " in j.license or " OR " in j.license):
            findings.append(
                finding_data(
                    "mof-license-expression",
                    Severity.INFO,
                    f"{j.component}: osaid reads the SPDX expression {j.license!r} as open; "
                    "the Model Openness Tool compares licence strings exactly and would not",
                    component=j.component,
                    interpretation=True,
                )
            )
    return findings
