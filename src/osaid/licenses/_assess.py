"""Judging a licence expression for one element of the definition, under a policy."""

# Annotations are evaluated here, not postponed (no ``from __future__ import annotations``):
# pydantic would otherwise compile and evaluate each field's annotation from its text when
# the class is created, which happens at every start of the command line.

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from pydantic_core import to_json

from osaid._model import Frozen, construct, kept
from osaid.components import Element, Framework, Freedom
from osaid.definition import ELEMENTS
from osaid.errors import LicenseExpressionError
from osaid.findings import (
    Clause,
    Finding,
    Severity,
    finding,
    finding_text_around,
    first_remedy,
    worst_message,
)
from osaid.licenses._knowledge import NOASSERTION, NONE, LicenseInfo, knowledge
from osaid.licenses._parse import Lic, Node, Or, With, parse
from osaid.policy import OSAID_1_0, Policy, resolve_policy
from osaid.verdict import Verdict

__all__ = ["FRAMEWORK_OF", "BlockerKind", "LicenseAssessment", "assess_license"]

BlockerKind = Literal["license", "missing", "unknown", "access"]

FRAMEWORK_OF: Mapping[Element, Framework] = MappingProxyType(
    {element: rule.framework for element, rule in ELEMENTS.items()}
)
"""The legal framework each element is judged under, from ``osaid.definition.ELEMENTS``."""


def _clause(element: Element) -> Clause:
    return ELEMENTS[element].clause


def _remedy(element: Element) -> str:
    return ELEMENTS[element].remedy


_ALL_FREEDOMS = (Freedom.USE, Freedom.STUDY, Freedom.MODIFY, Freedom.SHARE)


class LicenseAssessment(Frozen):
    """The verdict on one licence expression for one element, and why.

    ``decided_by`` lists the licences that decided the verdict: the branch a recipient would
    choose of an OR, the weakest licences of an AND. ``blocker_kind`` says, for a verdict that
    is not open, whether the terms are the problem (``license``) or unknown (``unknown``).
    """

    expression: str
    normalized: str
    element: Element
    framework: Framework
    policy: str
    verdict: Verdict
    decided_by: tuple[str, ...]
    blocker_kind: BlockerKind | None
    findings: tuple[Finding, ...]

    @kept
    def _findings_text(self) -> tuple[tuple[str, str], ...]:
        """Each finding as JSON text before and after its component (``finding_text_around``):
        the report writer's, made once for an assessment, which the memo hands out again."""
        return tuple([finding_text_around(f) for f in self.findings])

    @kept
    def _headline_text(self) -> str | None:
        """The message of its most severe finding as JSON text, for the report writer: what a
        component judged by it is told first."""
        message = worst_message(self.findings)
        return to_json(message).decode() if message else None

    @kept
    def _remedy_text(self) -> str | None:
        """The first remedy among its findings as JSON text, for the report writer."""
        how = first_remedy(self.findings)
        return None if how is None else to_json(how).decode()

    @kept
    def _normalized_text(self) -> str:
        """``normalized`` as JSON text, for the report writer."""
        return to_json(self.normalized).decode()


_Result = tuple[Verdict, tuple[str, ...], tuple[Finding, ...], bool]
"""verdict, deciding licences, findings, whether an unknown licence is among the causes."""


def _set_member(info: LicenseInfo, name: str) -> str | None:
    """Why ``info`` belongs to the named licence set, or ``None`` when it does not."""
    if name == "osi-approved" and info.osi_approved:
        return f"{info.id} is OSI-approved ({info.osi_source})"
    if name == "fsf-libre" and info.fsf_libre:
        return f"{info.id} is free/libre according to the FSF (SPDX licence list)"
    if name == "open-terms" and info.open_terms is not None:
        return f"{info.id} grants open terms: {info.open_terms.reason}"
    if name == "mof-open-data" and info.mof_open_data:
        return f"{info.id} is on the Model Openness Tool's list of open data licences"
    return None


def _single(lic: Lic, element: Element, policy: Policy) -> _Result:
    framework = FRAMEWORK_OF[element]
    clause = _clause(element)
    remedy = _remedy(element)
    lic_id = lic.id
    # NONE and NOASSERTION keep SPDX's meaning whatever a policy's rows say
    rule = None if lic_id in (NONE, NOASSERTION) else policy.rule_for(lic_id, framework)
    if rule is not None:
        sev = Severity.INFO if rule.verdict is Verdict.OPEN else Severity.ERROR
        f = finding(
            "policy-rule",
            sev,
            f"{lic_id}: {rule.reason} (policy {policy.name})",
            clause=clause,
            source=rule.source,
        )
        return rule.verdict, (lic_id,), (f,), False
    if lic_id == NONE:
        f = finding(
            "license-none",
            Severity.ERROR,
            "NONE: no licence is granted, so none of the four freedoms is",
            clause=Clause.FREEDOMS,
            freedoms=_ALL_FREEDOMS,
            remedy=remedy,
        )
        return Verdict.NOT_OPEN, (lic_id,), (f,), False
    info = knowledge().lookup(lic_id)
    if lic_id == NOASSERTION or info is None or info.kind.startswith("hf-"):
        return _unknown(lic_id, info, element, policy)
    if info.kind == "ai" and info.ai is not None and "ai-table" in policy.open_sets(framework):
        return _ai_row(info, element)
    for name in policy.open_sets(framework):
        why = _set_member(info, name)
        if why is None:
            continue
        findings: tuple[Finding, ...] = ()
        if name == "open-terms":
            findings = (
                finding(
                    "license-open-terms",
                    Severity.INFO,
                    f"{why}; osaid counts it as OSI-approved terms for {element.value}",
                    clause=clause,
                    interpretation=True,
                    source=info.open_terms.source if info.open_terms else None,
                ),
            )
        if (
            policy.framework_warnings
            and framework is Framework.OSI_LICENSE
            and not info.osi_approved
            and (info.open_terms is not None or info.mof_open_data)
        ):
            findings = (
                finding(
                    "license-type-inappropriate",
                    Severity.WARNING,
                    f"{lic_id} is an open data or content licence, not a software licence: the MOF "
                    "counts it as open, but it does not suit code",
                    clause=Clause.CHECKLIST,
                    remedy="license code under an OSI-approved licence",
                ),
            )
        return (
            Verdict.OPEN,
            (lic_id,),
            findings,
            False,  # mutation: equivalent — the flag of an open result is never read
        )
    if framework is Framework.OSI_LICENSE:
        code = "code-license-not-osi-approved"
        message = f"{lic_id} ({info.name}) is not an OSI-approved licence"
    else:
        code = f"{element.value}-terms-not-open"
        message = (
            f"{lic_id} ({info.name}) is neither OSI-approved nor on osaid's list of open terms"
        )
    if policy.name != OSAID_1_0.name:
        message += f" (policy {policy.name})"
    f = finding(code, Severity.ERROR, message, clause=clause, remedy=remedy)
    return policy.not_listed, (lic_id,), (f,), False


def _unknown(lic_id: str, info: LicenseInfo | None, element: Element, policy: Policy) -> _Result:
    if lic_id == NOASSERTION:
        code, message = "license-noassertion", "NOASSERTION: nothing is known about the licence"
    elif info is not None and info.kind == "hf-family":
        code = "license-family"
        message = (
            f"{lic_id!r} names a family of licences ({info.name}), not one licence: "
            "the verdict depends on which member"
        )
    elif info is not None and info.kind == "hf-other":
        code = "license-other"
        message = f"{lic_id!r} says the licence is another one: read its name and text"
    elif info is not None and info.kind == "hf-unknown":
        code, message = "license-unknown", "the licence is not known ('unknown')"
    else:
        code = "license-unknown"
        message = f"{lic_id} is not in osaid's knowledge base: its terms are not known"
    severity = Severity.WARNING if policy.unknown is Verdict.UNDETERMINED else Severity.ERROR
    f = finding(
        code,
        severity,
        message,
        clause=_clause(element),
        remedy="name the licence with its SPDX id, or add a row for it to a policy file",
        interpretation=code == "license-family",
    )
    return policy.unknown, (lic_id,), (f,), True


def _ai_row(info: LicenseInfo, element: Element) -> _Result:
    row = info.ai
    assert row is not None
    verdict = Verdict(
        {
            Element.CODE: row.code,
            Element.PARAMETERS: row.parameters,
            Element.DATA_INFORMATION: row.data_information,
        }[element]
    )
    freedoms = tuple(Freedom(f) for f in row.freedoms)
    if verdict is Verdict.OPEN:
        f = finding(
            "license-open",
            Severity.INFO,
            f"{info.id} ({row.name}): {row.reason}",
            clause=_clause(element),
            source=row.source,
        )
        return (
            verdict,
            (info.id,),
            (f,),
            False,  # mutation: equivalent — the flag of an open result is never read
        )
    if verdict is Verdict.UNDETERMINED:
        f = finding(
            "license-terms-unreviewed",
            Severity.WARNING,
            f"{info.id} ({row.name}): {row.reason}",
            clause=_clause(element),
            source=row.source,
            remedy=_remedy(element),
        )
        return (
            verdict,
            (info.id,),
            (f,),
            True,  # mutation: equivalent — an undetermined verdict is an unknown blocker anyway
        )
    if row.restrictions:
        code = f"{element.value}-{row.restrictions[0]}"
        also = ", ".join(row.restrictions)
        message = f"{info.id} ({row.name}) restricts the release ({also}): {row.reason}"
    else:
        code = (
            "code-license-not-osi-approved"
            if element is Element.CODE
            else (f"{element.value}-terms-not-open")
        )
        message = f"{info.id} ({row.name}): {row.reason}"
    f = finding(
        code,
        Severity.ERROR,
        message,
        clause=Clause.FREEDOMS,
        freedoms=freedoms,
        remedy=_remedy(element),
        source=row.source,
    )
    return verdict, (info.id,), (f,), False


# compiled (and cached by ``re``) on first use, not at import
_VERSIONED = r"(?P<family>[A-Za-z][A-Za-z0-9.-]*?)-(?P<version>\d+(?:\.\d+)*)"


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@functools.cache
def _later_versions(lic_id: str) -> tuple[str, ...]:
    """The SPDX ids of the later versions a recipient may take under ``lic_id`` "or later".

    ``GPL-1.0-or-later`` (or ``GPL-1.0+``) lets the recipient follow the terms of any later
    version the steward published: ``GPL-2.0-only``, ``GPL-2.0-or-later``, ``GPL-3.0-only``,
    ``GPL-3.0-or-later``. Only ids spelt ``<family>-<version>[-only|-or-later]`` take part, so
    a variant such as ``GFDL-1.1-invariants-or-later`` is never upgraded to another variant.
    """
    versioned = re.compile(_VERSIONED)
    match = versioned.fullmatch(lic_id.removesuffix("-or-later").removesuffix("-only"))
    if match is None:
        return ()
    family, version = match["family"], _version_key(match["version"])
    later: list[tuple[tuple[int, ...], str]] = []
    for info in knowledge().licenses.values():
        if info.kind != "spdx" or info.deprecated:
            continue
        other = versioned.fullmatch(info.id.removesuffix("-or-later").removesuffix("-only"))
        if other is not None and other["family"] == family:
            other_version = _version_key(other["version"])
            if other_version > version:
                later.append((other_version, info.id))
    return tuple(lic for _v, lic in sorted(later))


def _or_later(lic: Lic, element: Element, policy: Policy) -> _Result:
    """A licence "or later": the best of its own terms and of every later version's."""
    own = _single(lic, element, policy)
    upgradable = lic.or_later or lic.id.endswith("-or-later")
    if (
        own[0] is Verdict.OPEN  # mutation: equivalent(constant) — nothing ranks above open
        or not upgradable
        or policy.rule_for(lic.id, FRAMEWORK_OF[element])
    ):
        return own
    best = own
    for later in _later_versions(lic.id):
        result = _single(Lic(later), element, policy)
        if result[0].rank > best[0].rank:
            best = result
    if best is own:
        return own
    written = lic.id + ("+" if lic.or_later else "")
    f = finding(
        "license-or-later-upgrade",
        Severity.INFO,
        f"{written} lets the recipient take a later version of the licence: {best[1][0]} "
        f"decides ({best[0].value})",
        clause=_clause(element),
        interpretation=True,
    )
    # Equivalent mutant: best[3] -> best[2] (findings for the flag), as an upgrade is open or
    # undetermined and the flag of neither is ever read.
    return best[0], (lic.id,), (f, *best[2]), best[3]


def _judge(node: Node, element: Element, policy: Policy) -> _Result:
    if isinstance(node, Lic):
        return _or_later(node, element, policy)
    if isinstance(node, With):
        verdict, ids, findings, unknown = _judge(node.license, element, policy)
        if node.known_exception:
            return verdict, ids, findings, unknown
        f = finding(
            "license-exception-unknown",
            Severity.WARNING,
            f"{node.exception} is not on the SPDX exceptions list: what it adds or removes "
            "is not known",
            clause=_clause(element),
        )
        return (
            verdict & Verdict.UNDETERMINED,
            ids,
            (*findings, f),
            unknown or (verdict is not Verdict.NOT_OPEN),
        )
    results = [_judge(arg, element, policy) for arg in node.args]
    if isinstance(node, Or):
        return max(results, key=lambda r: r[0].rank)
    worst_rank = min(r[0].rank for r in results)
    weakest = [r for r in results if r[0].rank == worst_rank]
    ids = tuple(dict.fromkeys(i for r in weakest for i in r[1]))
    all_findings = tuple(f for r in results for f in r[2])
    verdict = next(iter(weakest))[0]  # the weakest share one verdict
    return verdict, ids, all_findings, any(r[3] for r in weakest)


_INTERPRETED_NOTES = frozenset({"license-deprecated-id", "license-or-chosen"})


def _note_finding(code: str, message: str) -> Finding:
    return finding(
        code, Severity.INFO, message, clause=Clause.SPDX, interpretation=code in _INTERPRETED_NOTES
    )


class Assessments(dict[str, LicenseAssessment]):
    """The assessments for one element under one policy, by expression, each made when
    first asked for: ``memo[expression]`` is ``assess_license(expression, element, policy)``.

    A hit is a plain lookup, with no call: the evaluator asks it for every component of
    every release. Assessments are frozen values, so the memo hands them out as they are.

    The memo is bounded in two generations: once it holds ``_MEMO_SIZE`` assessments, they
    become the previous generation and the memo starts afresh; a miss first looks in the
    previous generation, and takes back what it finds there. So the expressions a catalogue
    keeps using (a few dozen) survive every renewal, the one-offs (a release's own
    ``LicenseRef-``) are dropped within two, and at most ``2 * _MEMO_SIZE`` are kept.
    """

    __slots__ = ("element", "policy", "previous")

    def __init__(self, element: Element, policy: Policy) -> None:
        # the dict is made empty by dict.__new__: nothing to pass on to dict.__init__
        self.element = element
        self.policy = policy
        self.previous: dict[str, LicenseAssessment] = {}

    def __missing__(self, expression: str) -> LicenseAssessment:
        assessment = self.previous.get(expression)
        if assessment is None:
            assessment = _assessed(expression, self.element, self.policy)
        if len(self) >= _MEMO_SIZE:
            self.previous = dict(self)
            self.clear()
        self[expression] = assessment
        return assessment


_MEMO_SIZE = 64  # mutation: equivalent(constant) — any bound will do
"""The most assessments of one generation for one element under one policy (see
``Assessments``). An assessment with its findings takes about 2.5 kB; the command keeps six
memos (three elements under its policy and under ``mof-1.0``), so at most 768 assessments,
under 2 MB, whatever the input: reached within the first few thousand lines of a catalogue
that brings a new licence every dozen releases, after which memory stays flat."""
_MEMOS_KEPT = 16  # mutation: equivalent(constant) — any bound will do
"""The most policies whose memos are kept (three each, one per element), so that policies made
afresh for each release cannot pile up memos."""
_memos: dict[int, tuple[Assessments, ...]] = {}
"""The memos under each policy, one per element in ``Element``'s order, by the policy's
identity (hashing a policy, a dataclass, costs more than a hit): each memo holds its policy, so
no other policy can take that identity while the memos are kept."""
_ELEMENTS = tuple(Element)
_AT = {element: i for i, element in enumerate(_ELEMENTS)}


def terms(policy: Policy) -> tuple[Assessments, ...]:
    """The memo of the assessments for each element under ``policy``, in ``Element``'s order
    (for the evaluator, which asks for all three with every release)."""
    memos = _memos.get(id(policy))
    if memos is None:
        if len(_memos) >= _MEMOS_KEPT:
            _memos.clear()
        memos = _memos[id(policy)] = tuple([Assessments(e, policy) for e in _ELEMENTS])
    return memos


def assessments(element: Element, policy: Policy) -> Assessments:
    """The memo of the assessments for ``element`` under ``policy``."""
    return terms(policy)[_AT[element]]


def _assess(expression: str, element: Element, policy: Policy) -> LicenseAssessment:
    """``assess_license`` without checking its arguments, memoised."""
    return assessments(element, policy)[expression]


def _assessed(expression: str, element: Element, policy: Policy) -> LicenseAssessment:
    parsed = parse(expression)
    verdict, ids, findings, unknown = _judge(parsed.tree, element, policy)
    notes = tuple(_note_finding(code, message) for code, message in parsed.notes)
    if isinstance(parsed.tree, Or) and verdict is not Verdict.NOT_OPEN:
        notes += (
            _note_finding(
                "license-or-chosen",
                f"{parsed.normalized}: a recipient may choose, so the best branch decides "
                f"({', '.join(ids)})",
            ),
        )
    kind: BlockerKind | None = None
    if verdict is not Verdict.OPEN:
        kind = "unknown" if unknown or verdict is Verdict.UNDETERMINED else "license"
    # osaid's own values, made without validating them again: a release's own licence is new
    # to the process nearly every time, so its assessment is made for the release
    return construct(
        LicenseAssessment,
        expression=expression,
        normalized=parsed.normalized,
        element=element,
        framework=FRAMEWORK_OF[element],
        policy=policy.name,
        verdict=verdict,
        decided_by=ids,
        blocker_kind=kind,
        findings=notes + findings,
    )


def assess_license(
    expression: str,
    element: Element | str = Element.CODE,
    policy: Policy | str | None = None,
) -> LicenseAssessment:
    """Judge a licence expression for one element of the definition.

    Args:
        expression: an SPDX licence expression; Hugging Face ids are accepted and normalised.
        element: ``code`` (needs an OSI-approved licence), ``parameters`` or
            ``data-information`` (need open terms).
        policy: a ``Policy``, the name of a built-in one, or ``None`` for ``osaid-1.0``.

    Returns:
        The verdict, the licences that decided it, and the findings that explain it.

    Raises:
        LicenseExpressionError: if ``expression`` is not a valid licence expression.
        ValueError: if ``element`` or ``policy`` is not known.

    >>> assess_license("MIT OR llama3.1", "parameters").verdict
    <Verdict.OPEN: 'open'>
    >>> assess_license("CC-BY-4.0", "code").verdict
    <Verdict.NOT_OPEN: 'not-open'>
    >>> assess_license("CC-BY-4.0", "parameters").verdict
    <Verdict.OPEN: 'open'>
    """
    try:
        el = Element(element)
    except ValueError:
        msg = f"unknown element {element!r}: use code, parameters or data-information"
        raise ValueError(msg) from None
    pol = resolve_policy(policy)
    if not isinstance(expression, str):
        msg = f"a licence expression is a string, not {type(expression).__name__}"
        raise LicenseExpressionError(msg, repr(expression))
    return _assess(expression, el, pol)
