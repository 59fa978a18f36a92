"""Model Openness Framework classes, computed with the ``mof-1.0`` policy (SPEC §6).

Classes are cumulative: Class II needs everything Class III needs, Class I everything Class II
needs. Optional components (sample outputs, supporting libraries, model metadata) never
count. A released open research paper stands in for a missing technical report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from osaid._model import construct
from osaid.components import COMPONENTS, Status
from osaid.report import MofClassName, MofGap, MofResult
from osaid.verdict import Verdict

__all__ = ["CLASS_ORDER", "MOF_CLASSES", "StandIn", "mof_class"]

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

Judge = Callable[[str], tuple[Status, bool, Verdict]]
"""component id → (status, has a licence, verdict of that licence under mof-1.0)."""


def _gap(cid: str, judge: Judge) -> MofGap | None:
    status, licensed, verdict = judge(cid)
    if status is not Status.RELEASED:
        return construct(MofGap, component=cid, reason="missing")
    if not licensed:
        return construct(MofGap, component=cid, reason="unlicensed")
    if verdict is not Verdict.OPEN:
        return construct(MofGap, component=cid, reason="not-open")
    return None


def mof_class(judge: Judge) -> MofResult:
    """The highest MOF class whose components are all released under open licences."""
    gaps = {cid: _gap(cid, judge) for cid in COMPONENTS}
    for needed, stand_in in STAND_INS:
        if gaps[needed] is not None and gaps[stand_in] is None:
            gaps[needed] = None
    lacks = {
        name: tuple(g for cid in MOF_CLASSES[name] if (g := gaps[cid]) is not None)
        for name in CLASS_ORDER
    }
    achieved: MofClassName | None = None
    for name in CLASS_ORDER:
        if lacks[name]:
            break
        achieved = name
    return construct(MofResult, class_=achieved, lacks=lacks, findings=())
