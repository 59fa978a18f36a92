"""Why a licence expression is open or not, branch by branch, and the licences osaid knows.

What ``osaid explain`` and ``osaid licenses`` print, as values a program can use: the command
line only renders them (``osaid.render.render_explanation``, ``render_licenses``).

>>> explanation = explain_license("MIT OR llama3.1", "parameters")
>>> explanation.verdict.value
'open'
>>> [(b.expression, b.assessment.verdict.value) for b in explanation.branches[0].children]
[('MIT', 'open'), ('LicenseRef-llama3.1', 'not-open')]
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from osaid.components import Element
from osaid.verdict import Verdict

if TYPE_CHECKING:
    from osaid.licenses import LicenseAssessment
    from osaid.licenses._parse import Node
    from osaid.permissions import LicensePermission
    from osaid.policy import Policy

__all__ = ["ELEMENTS", "Branch", "Explanation", "LicenseRow", "explain_license", "list_licenses"]

ELEMENTS: tuple[Element, ...] = (Element.CODE, Element.PARAMETERS, Element.DATA_INFORMATION)
"""The three elements of the preferred form, in the order osaid shows them."""

_QUIET_NOTES = frozenset({"license-normalized"})
"""Parse notes the explanation does not repeat: the normalised text is shown beside it."""


@dataclass(frozen=True)
class Branch:
    """One node of a licence expression, judged for one element.

    ``operator`` is ``OR`` (the recipient chooses: the best branch decides), ``AND`` (all
    apply: the weakest decides), ``WITH`` (a licence with an exception) or ``None`` for a
    single licence, whose ``facts`` say what the knowledge base records of it.
    """

    expression: str
    operator: Literal["OR", "AND", "WITH"] | None
    assessment: LicenseAssessment
    children: tuple[Branch, ...] = ()
    facts: str | None = None

    def deciders(self) -> frozenset[int]:
        """The indexes of the children that decide this node's verdict.

        An OR is decided by its best branch (the first, when several are as good); an AND by
        all of its weakest. A single licence or a ``WITH`` has no deciding child.
        """
        if len(self.children) < 2:
            return frozenset()
        ranks = [c.assessment.verdict.rank for c in self.children]
        if self.operator == "OR":
            return frozenset({ranks.index(max(ranks))})
        worst = min(ranks)
        return frozenset(i for i, r in enumerate(ranks) if r == worst)


@dataclass(frozen=True)
class Explanation:
    """A licence expression judged for one or more elements under one policy."""

    expression: str
    """The expression as given."""
    normalized: str
    """Its canonical spelling, as reports write it."""
    elements: tuple[Element, ...]
    branches: tuple[Branch, ...]
    """The tree for each of ``elements``, in the same order."""
    notes: tuple[str, ...]
    """What reading the expression took (a deprecated id replaced, an alias resolved)."""
    policy: Policy
    spdx_version: str
    permissions: tuple[LicensePermission, ...]
    """What the expression lets a user do, question by question."""

    @property
    def by_element(self) -> Mapping[Element, Branch]:
        """The trees by element (a read-only mapping)."""
        return MappingProxyType(dict(zip(self.elements, self.branches, strict=True)))

    @property
    def verdict(self) -> Verdict:
        """The weakest verdict over the elements: ``open`` only when every one is open."""
        return min((b.assessment.verdict for b in self.branches), key=lambda v: v.rank)


def _resolve(policy: Policy | str | None) -> Policy:
    from osaid.policy import resolve_policy

    return resolve_policy(policy)


def explain_license(
    expression: str,
    element: Element | str | None = None,
    policy: Policy | str | None = None,
) -> Explanation:
    """Judge ``expression`` for ``element`` (default: all three), and say which part decides.

    Args:
        expression: an SPDX licence expression, aliases and deprecated ids allowed.
        element: ``code``, ``parameters`` or ``data-information``; ``None`` for all three.
        policy: a ``Policy``, a built-in policy's name, or ``None`` for ``osaid-1.0``.

    Raises:
        LicenseExpressionError: if ``expression`` cannot be read.
        ValueError: for an element or policy name osaid does not know.

    >>> e = explain_license("Apache-2.0 AND CC-BY-NC-4.0", "data-information")
    >>> e.verdict.value, sorted(e.branches[0].deciders())
    ('not-open', [1])
    """
    from osaid.licenses import parse, spdx_list_version
    from osaid.permissions import license_permissions

    pol = _resolve(policy)
    parsed = parse(expression)
    elements = ELEMENTS if element is None else (Element(element),)
    return Explanation(
        expression=expression,
        normalized=parsed.normalized,
        elements=elements,
        branches=tuple(_branch(parsed.tree, e, pol) for e in elements),
        notes=tuple(message for code, message in parsed.notes if code not in _QUIET_NOTES),
        policy=pol,
        spdx_version=spdx_list_version(),
        permissions=tuple(license_permissions(parsed.normalized).values()),
    )


def _branch(node: Node, element: Element, policy: Policy) -> Branch:
    """The explanation of ``node`` for ``element``: its assessment and its branches'."""
    from osaid.licenses import assess_license
    from osaid.licenses._parse import And, Or, With, render

    text = render(node)
    assessment = assess_license(text, element, policy)
    if isinstance(node, Or | And):
        children = tuple(_branch(arg, element, policy) for arg in node.args)
        return Branch(text, "OR" if isinstance(node, Or) else "AND", assessment, children)
    if isinstance(node, With):
        child = _branch(node.license, element, policy)
        return Branch(text, "WITH", assessment, (child,), _exception_facts(node.exception))
    return Branch(text, None, assessment, facts=license_facts(node.id))


def _exception_facts(exception: str) -> str | None:
    from osaid.licenses import knowledge

    name = knowledge().exceptions.get(exception)
    if name:
        return f"{exception} ({name}) is on the SPDX exceptions list: it adds permissions"
    return None  # an unknown exception has its own finding


def license_facts(license_id: str) -> str | None:
    """What the knowledge base records of a licence, whatever a policy makes of it.

    ``None`` for a licence osaid does not know, and for special values and AI licences,
    whose assessment says all there is.

    >>> license_facts("MIT")  # doctest: +ELLIPSIS
    'MIT License; OSI-approved (SPDX License List ...); FSF libre'
    """
    from osaid.licenses import knowledge

    info = knowledge().licenses.get(license_id)
    if info is None or info.kind in ("special", "ai"):
        return None
    facts = [info.name]
    if info.osi_approved:
        facts.append(f"OSI-approved ({info.osi_source})")
    elif info.kind == "spdx":
        facts.append("not OSI-approved")
    if info.fsf_libre:
        facts.append("FSF libre")
    if info.open_terms is not None:
        facts.append("on osaid's open-terms list")
    if info.deprecated:
        facts.append("a deprecated SPDX id")
    return "; ".join(facts)


# --- the licences osaid knows -------------------------------------------------------------------


@dataclass(frozen=True)
class LicenseRow:
    """One licence osaid knows, with its verdict per element under a policy."""

    id: str
    name: str
    kind: str
    """``spdx``, ``ai``, ``special``, … as the knowledge base files it; ``policy`` for a
    licence that only a policy file's rule names."""
    verdicts: Mapping[Element, Verdict]
    aliases: tuple[str, ...] = ()
    deprecated: bool = False


def _aliases() -> dict[str, list[str]]:
    """Every other spelling osaid reads as a known licence, by the licence's id."""
    from osaid.licenses import knowledge

    kb = knowledge()
    aliases: dict[str, list[str]] = {}
    for key, info in kb.by_folded.items():
        if key != info.id.casefold() and info.id in kb.licenses:
            aliases.setdefault(info.id, []).append(key)
    return aliases


def _entries(policy: Policy) -> dict[tuple[str, str, str, bool], None]:
    """(id, name, kind, deprecated) of every known licence, then of each policy rule's own."""
    from osaid.licenses import knowledge

    kb = knowledge()
    entries: list[tuple[str, str, str, bool]] = [
        (info.id, info.name, info.kind, info.deprecated) for info in kb.licenses.values()
    ]
    entries += [
        (rule.license, f"policy rule: {rule.reason}", "policy", False)
        for rule in policy.rules
        if kb.lookup(rule.license) is None
    ]
    return dict.fromkeys(entries)


def list_licenses(
    *,
    element: Element | str | None = None,
    verdict: Verdict | str | None = None,
    search: str | None = None,
    policy: Policy | str | None = None,
) -> tuple[LicenseRow, ...]:
    """The licences osaid knows, with their verdicts under ``policy``, sorted by id.

    Args:
        element: judge only for this element (default: all three).
        verdict: keep the licences with this verdict (for ``element``, else for any).
        search: keep the licences whose id, name or alias contains this text (any case).
        policy: a ``Policy``, a built-in policy's name, or ``None`` for ``osaid-1.0``; the
            licences a policy file's rules name are listed too.

    Raises:
        ValueError: for an element, verdict or policy name osaid does not know.

    >>> rows = list_licenses(element="code", search="apache-2")
    >>> [(r.id, r.verdicts[Element.CODE].value) for r in rows]
    [('Apache-2.0', 'open')]
    """
    from osaid.licenses import assess_license

    pol = _resolve(policy)
    elements = ELEMENTS if element is None else (Element(element),)
    wanted = None if verdict is None else Verdict(verdict)
    needle = (search or "").casefold()
    aliases = _aliases()
    rows = []
    for license_id, name, kind, deprecated in _entries(pol):
        found = aliases.get(license_id, [])
        if needle and not any(needle in text.casefold() for text in (license_id, name, *found)):
            continue
        verdicts = {e: assess_license(license_id, e, pol).verdict for e in elements}
        if wanted is not None and wanted not in verdicts.values():
            continue
        rows.append(
            LicenseRow(license_id, name, kind, MappingProxyType(verdicts), tuple(found), deprecated)
        )
    rows.sort(key=lambda r: r.id.casefold())
    return tuple(rows)
