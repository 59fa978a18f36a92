"""The Open Source AI Definition's rules, declared once as data for the evaluator to walk.

Each fact lives here and nowhere else: the clause and the legal framework of each element,
the element whose terms judge each component, and the checklist's fallback for Data
Information. The evaluator walks these tables; ``docs/concepts.md`` shows the fallback as
:func:`render_rule` writes it, and a test keeps the two in step.

>>> render_rule(DATA_INFORMATION_FALLBACK)
'datasets OR (data-card AND (research-paper OR technical-report))'
>>> ELEMENTS[Element.CODE].framework
<Framework.OSI_LICENSE: 'osi-approved-license'>
>>> judged_as("evaluation-code")
<Element.CODE: 'code'>
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from osaid._value import Value
from osaid.components import COMPONENTS, Element, Framework, Freedom, Requirement
from osaid.findings import Clause, Severity
from osaid.verdict import Verdict

if TYPE_CHECKING:  # osaid.licenses reads this module's tables: no import cycle at run time
    from osaid.licenses import BlockerKind

__all__ = [
    "DATA_INFORMATION_FALLBACK",
    "ELEMENTS",
    "FRAMEWORK_NEEDS",
    "GATES",
    "AllOf",
    "AnyOf",
    "ElementRule",
    "GateRule",
    "Rule",
    "judged_as",
    "render_rule",
    "required_members",
    "rule_components",
    "walk_rule",
]


class ElementRule(NamedTuple):
    """What the definition asks of one element of the preferred form."""

    element: Element
    clause: Clause
    """The clause of OSAID 1.0 that asks for it."""
    framework: Framework
    """The legal framework its terms are judged under ("OSI-approved licenses" for code,
    "OSI-approved terms" for parameters and data information)."""
    remedy: str
    """How to release it under terms that qualify."""


ELEMENTS: Mapping[Element, ElementRule] = MappingProxyType(
    {
        rule.element: rule
        for rule in (
            ElementRule(
                Element.DATA_INFORMATION,
                Clause.DATA_INFORMATION,
                Framework.OPEN_TERMS,
                "publish it under an OSI-approved licence or open terms such as CC-BY-4.0 or "
                "CC0-1.0",
            ),
            ElementRule(
                Element.CODE,
                Clause.CODE,
                Framework.OSI_LICENSE,
                "relicense it under an OSI-approved licence such as Apache-2.0 or MIT",
            ),
            ElementRule(
                Element.PARAMETERS,
                Clause.PARAMETERS,
                Framework.OPEN_TERMS,
                "release the parameters under an OSI-approved licence such as Apache-2.0, or "
                "under open terms such as CC-BY-4.0",
            ),
        )
    }
)
"""The three elements, in the order reports list them."""

FRAMEWORK_NEEDS: Mapping[Framework, str] = MappingProxyType(
    {Framework.OSI_LICENSE: "an OSI-approved licence", Framework.OPEN_TERMS: "open terms"}
)
"""What each legal framework asks of a licence, as a user reads it."""

_ELEMENT_OF_FRAMEWORK = MappingProxyType(
    {Framework.OSI_LICENSE: Element.CODE, Framework.OPEN_TERMS: Element.DATA_INFORMATION}
)
"""For a component of no element: whose terms its framework's licences are judged as."""


def judged_as(cid: str) -> Element:
    """The element whose terms judge component ``cid``: its own, else its framework's.

    An optional component has no element; its framework (code: a licence; data and
    documents: terms) says which element's terms apply.
    """
    spec = COMPONENTS[cid]
    if spec.element is not None:
        return spec.element
    return _ELEMENT_OF_FRAMEWORK[spec.framework]


def required_members(element: Element) -> tuple[str, ...]:
    """The components that decide ``element`` by themselves: required, or required if used.

    Data Information's components count through its own rules (topics, or the fallback),
    so it has none here.
    """
    return tuple(
        spec.id
        for spec in COMPONENTS.values()
        if spec.element is element and spec.required in (Requirement.REQUIRED, Requirement.IF_USED)
    )


# --- gates on the release's downloads ---------------------------------------------------------


class GateRule(NamedTuple):
    """What a gate on the downloads (the manifest's ``access.approval``) does to Parameters."""

    interpretation: str
    """The code of the interpretation the judgement rests on (``osaid.interpretations``)."""
    verdict: Verdict
    """The best verdict Parameters can have behind this gate."""
    kind: BlockerKind | None
    """The kind of blocker it makes, or ``None`` when it does not block."""
    severity: Severity
    freedoms: tuple[Freedom, ...]
    """The freedoms it withholds."""
    message: str
    remedy: str | None


GATES: Mapping[str, GateRule] = MappingProxyType(
    {
        "manual": GateRule(
            "gated-manual-approval",
            Verdict.NOT_OPEN,
            "access",
            Severity.ERROR,
            (Freedom.USE,),
            "downloads need the publisher's manual approval of each request: the parameters "
            "are not made available to use without having to ask for permission",
            "remove the manual approval gate (an automatic gate, or none, asks no permission)",
        ),
        "automatic": GateRule(
            "gated-automatic",
            Verdict.OPEN,
            None,
            Severity.WARNING,
            (),
            "downloads are gated: access is granted to whoever accepts the conditions and "
            "shares contact details; read the conditions, as they may restrict use",
            None,
        ),
    }
)
"""Each way a gated download is granted (``access.approval``), and what it does: manual
approval withholds the freedom to use; an automatic gate asks no permission."""


# --- rules over components --------------------------------------------------------------------


class AnyOf(Value):
    """Kleene OR: open when one operand is open."""

    __slots__ = __match_args__ = ("operands",)
    operands: tuple[Rule, ...]

    def __init__(self, operands: tuple[Rule, ...]) -> None:
        object.__setattr__(self, "operands", operands)


class AllOf(Value):
    """Kleene AND: open when every operand is open."""

    __slots__ = __match_args__ = ("operands",)
    operands: tuple[Rule, ...]

    def __init__(self, operands: tuple[Rule, ...]) -> None:
        object.__setattr__(self, "operands", operands)


Rule = str | AnyOf | AllOf
"""A component id, or a combination of rules."""

DATA_INFORMATION_FALLBACK: Rule = AnyOf(
    ("datasets", AllOf(("data-card", AnyOf(("research-paper", "technical-report"))))),
)
"""Data Information item (1) when a manifest does not map its five topics: the checklist's
Data components, each under open terms (OSAID 1.0 checklist, October 2024)."""


def walk_rule(rule: Rule, verdict_of: Callable[[str], Verdict]) -> Verdict:
    """The verdict of ``rule`` in Kleene logic, given each component's verdict."""
    if isinstance(rule, str):
        return verdict_of(rule)
    # an operand that settles the rule ends the walk: open for OR, not open for AND
    any_of = isinstance(rule, AnyOf)
    settles = Verdict.OPEN if any_of else Verdict.NOT_OPEN
    result = Verdict.NOT_OPEN if any_of else Verdict.OPEN
    for operand in rule.operands:
        verdict = (
            verdict_of(operand) if isinstance(operand, str) else walk_rule(operand, verdict_of)
        )
        if verdict is settles:
            return verdict
        if verdict is Verdict.UNDETERMINED:
            result = verdict
    return result


def rule_components(rule: Rule) -> tuple[str, ...]:
    """The components ``rule`` rests on, in the order it names them."""
    if isinstance(rule, str):
        return (rule,)
    return tuple(cid for operand in rule.operands for cid in rule_components(operand))


def render_rule(rule: Rule, *, top: bool = True) -> str:
    """``rule`` as people write it: ``datasets OR (data-card AND …)``."""
    if isinstance(rule, str):
        return rule
    word = " OR " if isinstance(rule, AnyOf) else " AND "
    text = word.join(render_rule(operand, top=False) for operand in rule.operands)
    return text if top else f"({text})"
