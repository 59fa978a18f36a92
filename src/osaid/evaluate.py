"""The evaluator: a pure function from an ``AISystem`` to a ``Report``.

It walks the definition's checklist as data (the component vocabulary, SPEC §2) with
three-valued verdicts (SPEC §4). No I/O and no observable state: the memoised helpers below
cache pure functions, keyed by everything their result depends on, so that a bulk run shares
one frozen result among every component with the same status, licence and policy.
"""

from __future__ import annotations

import functools
from typing import Literal, NamedTuple

from osaid._model import construct
from osaid._version import __version__
from osaid.claims import CLAIMS
from osaid.components import (
    COMPONENTS,
    ComponentSpec,
    DataClass,
    Element,
    Framework,
    Freedom,
    Requirement,
    Status,
    Topic,
)
from osaid.findings import Clause, Finding, Severity, finding, with_component
from osaid.interpretations import interpretation
from osaid.licenses import BlockerKind, assess_license, spdx_list_version
from osaid.manifest import Access, AISystem, ClaimEntry, DataInformation, TrainingDataSet
from osaid.mof import mof_class
from osaid.permissions import QUESTIONS, asks, license_permissions, rank
from osaid.policy import MOF_1_0, OSAID_1_0, POLICIES, Policy
from osaid.report import (
    REPORT_VERSION,
    Blocker,
    ClaimResult,
    ComponentResult,
    ElementResult,
    MofResult,
    Outcome,
    Permission,
    PolicyInfo,
    Profile,
    Report,
    Subject,
)
from osaid.verdict import Verdict, all_of

__all__ = ["evaluate", "judged_as", "resolve_policy"]

_CLAUSE = {
    Element.CODE: Clause.CODE,
    Element.PARAMETERS: Clause.PARAMETERS,
    Element.DATA_INFORMATION: Clause.DATA_INFORMATION,
}
_DI = Element.DATA_INFORMATION
_REQUIRED = (Requirement.REQUIRED, Requirement.IF_USED)


def resolve_policy(policy: Policy | str | None) -> Policy:
    """The policy ``policy`` names; ``None`` is ``osaid-1.0``.

    Raises:
        ValueError: for a name that is not a built-in policy.
    """
    if policy is None:
        return OSAID_1_0
    if isinstance(policy, Policy):
        return policy
    try:
        return POLICIES[policy]
    except KeyError:
        msg = f"unknown policy {policy!r}: use one of {', '.join(POLICIES)} or a policy file"
        raise ValueError(msg) from None


def judged_as(spec: ComponentSpec) -> Element:
    """The element whose terms a component is judged under: its own, else its framework's."""
    if spec.element is not None:
        return spec.element
    return Element.CODE if spec.framework is Framework.OSI_LICENSE else _DI


_JUDGED_AS = {cid: judged_as(spec) for cid, spec in COMPONENTS.items()}


# --- components -------------------------------------------------------------------------------

_Judged = tuple[ComponentResult, BlockerKind | None, str | None]
"""A component's result, the kind of blocker it makes where it is required, and the remedy."""


@functools.lru_cache(maxsize=8192)
def _judge(
    cid: str,
    status: Status,
    own_license: str | None,
    default_license: str | None,
    has_location: bool,
    as_element: Element,
    policy: Policy,
) -> _Judged:
    spec = COMPONENTS[cid]
    required = spec.required in _REQUIRED
    blocking = Severity.ERROR if required else Severity.INFO
    findings: list[Finding] = []
    license_expr = own_license or default_license
    license_from: Literal["component", "default"] | None = (
        "component" if own_license else ("default" if default_license else None)
    )
    clause = _CLAUSE.get(as_element, Clause.CHECKLIST)
    kind: BlockerKind | None = None
    remedy: str | None = None
    shown_license = license_expr
    if status is Status.UNDECLARED:
        verdict, kind = Verdict.UNDETERMINED, "unknown"
        remedy = f"declare {cid}: released (with its licence and location) or not-released"
        findings.append(
            finding(
                "component-undeclared",
                Severity.WARNING if required else Severity.INFO,
                f"nothing is declared about {cid}",
                component=cid,
                clause=clause,
                remedy=remedy,
            )
        )
        if spec.required is Requirement.IF_USED:
            findings.append(interpretation("supporting-libraries-if-used", component=cid))
    elif status is Status.NOT_RELEASED:
        verdict, kind = Verdict.NOT_OPEN, "missing"
        remedy = f"release {cid}"
        findings.append(
            finding(
                "component-not-released",
                blocking,
                f"{cid} is not released",
                component=cid,
                clause=clause,
                freedoms=(Freedom.STUDY, Freedom.MODIFY),
                remedy=remedy,
            )
        )
    elif status is Status.NOT_APPLICABLE:
        verdict = Verdict.OPEN
        findings.append(
            finding(
                "component-not-applicable",
                Severity.INFO,
                f"{cid} does not apply to this system",
                component=cid,
                clause=clause,
            )
        )
    elif license_expr is None:
        verdict, kind = Verdict.UNDETERMINED, "unknown"
        remedy = f"give {cid} a licence, or the manifest a default licence"
        findings.append(
            finding(
                "license-absent",
                Severity.WARNING if required else Severity.INFO,
                f"{cid} is released, but no licence is declared for it",
                component=cid,
                clause=clause,
                remedy=remedy,
            )
        )
    else:
        assessment = assess_license(license_expr, as_element, policy)
        verdict, kind = assessment.verdict, assessment.blocker_kind
        shown_license = assessment.normalized
        findings.extend(with_component(f, cid) for f in assessment.findings)
        how = next((f.remedy for f in assessment.findings if f.remedy), None)
        remedy = f"{cid}: {how}" if how else None
        if not has_location:
            findings.append(
                finding(
                    "component-location-missing",
                    Severity.INFO,
                    f"{cid} is released, but the manifest does not say where it can be had",
                    component=cid,
                    remedy=f"add the location of {cid}",
                )
            )
        if spec.element is None:
            findings.append(
                interpretation(
                    "optional-component-framework",
                    component=cid,
                    message=f"{cid} is optional: osaid judges its terms as {as_element.value} "
                    "and never lets it block",
                )
            )
    result = construct(
        ComponentResult,
        id=cid,
        element=spec.element,
        required=required,
        status=status,
        license=shown_license,
        license_from=license_from,
        verdict=verdict,
        findings=tuple(findings),
    )
    return result, (None if verdict is Verdict.OPEN else kind), remedy


class _Facts(NamedTuple):
    """Everything about a system that its verdict depends on: hashable, so it can be memoised."""

    components: tuple[tuple[Status, str | None, bool], ...]
    """(status, own licence, has a location) per component, in vocabulary order."""
    license: str | None
    data_information: DataInformation | None
    training_data: tuple[TrainingDataSet, ...] | Literal["undisclosed"] | None
    claims: tuple[ClaimEntry, ...] = ()
    access: Access | None = None


_INDEX = {cid: i for i, cid in enumerate(COMPONENTS)}
_TOPICS = tuple(Topic)
_UNDECLARED = (Status.UNDECLARED, None, False)


def _facts(system: AISystem) -> _Facts:
    declared = system.components.__dict__
    return _Facts(
        components=tuple(
            _UNDECLARED
            if (e := declared[attr]) is None
            else (e.status, e.license, bool(e.location))
            for attr in _ATTRS
        ),
        license=system.license,
        data_information=system.data_information,
        training_data=system.training_data,
        claims=system.claims,
        access=system.access,
    )


_ATTRS = tuple(cid.replace("-", "_") for cid in COMPONENTS)


def _component(
    facts: _Facts, cid: str, policy: Policy, as_element: Element | None = None
) -> _Judged:
    status, own, located = facts.components[_INDEX[cid]]
    element = as_element or _JUDGED_AS[cid]
    default = None if status is Status.UNDECLARED else facts.license
    return _judge(cid, status, own, default, located, element, policy)


def _headline(result: ComponentResult) -> str:
    """The message of the finding that best explains a component's verdict."""
    for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        for f in result.findings:
            if f.severity is severity:
                return f.message
    return f"{result.id} is {result.verdict.value}"  # pragma: no cover - every result explains


@functools.lru_cache(maxsize=4096)
def _blocker(
    kind: BlockerKind, component: str, element: Element, message: str, remedy: str | None
) -> Blocker:
    return construct(
        Blocker, kind=kind, component=component, element=element, message=message, remedy=remedy
    )


def _component_blocker(judged: _Judged, element: Element) -> Blocker | None:
    result, kind, remedy = judged
    if kind is None:
        return None
    return _blocker(kind, result.id, element, _headline(result), remedy)


# --- data information -------------------------------------------------------------------------

_Operand = tuple[Verdict, Blocker | None]
_Section = tuple[Verdict, list[Blocker], list[Finding]]
"""The verdict on part of Data Information, its blockers and its findings."""


def _reference(
    facts: _Facts, ref: str, where: str, policy: Policy
) -> tuple[_Operand, list[Finding]]:
    notes: list[Finding] = []
    if ref in COMPONENTS:
        judged = _component(facts, ref, policy, _DI)
        if COMPONENTS[ref].element is Element.CODE:
            notes.append(interpretation("code-cited-as-documentation", component=ref))
        return (judged[0].verdict, _component_blocker(judged, _DI)), notes
    notes.append(
        interpretation(
            "url-documentation-license",
            component=where,
            message=f"{ref} counts under the manifest's default licence "
            f"({facts.license or 'none: its terms are unknown'})",
        )
    )
    if facts.license is None:
        blocker = _blocker(
            "unknown",
            where,
            _DI,
            f"{ref} carries no licence and the manifest has no default",
            "give the manifest a default licence that covers the documentation",
        )
        return (Verdict.UNDETERMINED, blocker), notes
    assessment = assess_license(facts.license, _DI, policy)
    if assessment.verdict is Verdict.OPEN or assessment.blocker_kind is None:
        return (assessment.verdict, None), notes
    blocker = _blocker(
        assessment.blocker_kind,
        where,
        _DI,
        f"{ref} is under {assessment.normalized}, which is {assessment.verdict.value} for "
        "documentation",
        "publish the documentation under open terms such as CC-BY-4.0",
    )
    return (assessment.verdict, blocker), notes


def _topics(facts: _Facts, policy: Policy) -> _Section:
    declared = facts.data_information
    assert declared is not None
    verdicts: list[Verdict] = []
    blockers: list[Blocker] = []
    findings: list[Finding] = []
    for topic in _TOPICS:
        where = f"data-information.{topic.value}"
        value = declared.topic(topic)
        if value is None:
            verdicts.append(Verdict.UNDETERMINED)
            message = f"the manifest does not say where {topic.value} is documented"
            remedy = f"list what documents {topic.value} under data-information"
            findings.append(
                finding(
                    "data-information-topic-undocumented",
                    Severity.WARNING,
                    message,
                    component=where,
                    clause=Clause.DATA_INFORMATION_DESCRIPTION,
                    remedy=remedy,
                )
            )
            blockers.append(_blocker("unknown", where, _DI, message, remedy))
        elif value == "undisclosed":
            verdicts.append(Verdict.NOT_OPEN)
            message = f"{topic.value} of the training data is not disclosed"
            remedy = f"document the {topic.value} of the training data"
            findings.append(
                finding(
                    "data-information-topic-undisclosed",
                    Severity.ERROR,
                    message,
                    component=where,
                    clause=Clause.DATA_INFORMATION_DESCRIPTION,
                    freedoms=(Freedom.STUDY, Freedom.MODIFY),
                    remedy=remedy,
                )
            )
            blockers.append(_blocker("missing", where, _DI, message, remedy))
        elif value == "not-applicable":
            verdicts.append(Verdict.OPEN)
        else:
            operands: list[_Operand] = []
            for ref in value:
                operand, notes = _reference(facts, ref, where, policy)
                operands.append(operand)
                findings.extend(notes)
            best = max(operands, key=lambda o: o[0].rank)
            verdicts.append(best[0])
            if best[0] is not Verdict.OPEN and best[1] is not None:
                found = best[1]
                blockers.append(
                    _blocker(
                        found.kind,
                        where,
                        _DI,
                        f"{topic.value} is documented only by what is not open: {found.message}",
                        found.remedy,
                    )
                )
    return all_of(verdicts), blockers, findings


def _fallback(facts: _Facts, policy: Policy) -> _Section:
    judged = {
        cid: _component(facts, cid, policy, _DI)
        for cid in ("datasets", "data-card", "research-paper", "technical-report")
    }
    v = {cid: j[0].verdict for cid, j in judged.items()}
    verdict = v["datasets"] | (v["data-card"] & (v["research-paper"] | v["technical-report"]))
    blockers: list[Blocker] = []
    if verdict is not Verdict.OPEN:
        blockers = [b for j in judged.values() if (b := _component_blocker(j, _DI)) is not None]
    note = interpretation(
        "data-information-checklist-fallback",
        component="data-information",
        message="data-information is not mapped topic by topic: item (1) is judged as "
        "datasets OR (data-card AND (research-paper OR technical-report)), under open terms",
    )
    return verdict, blockers, [note]


def _data_set(ds: TrainingDataSet, i: int, policy: Policy) -> _Section:
    where = f"training-data[{i}]"
    label = f"training data set {ds.name!r} ({ds.class_.value})"
    blockers: list[Blocker] = []
    findings: list[Finding] = []
    verdict = Verdict.OPEN
    clause = {
        DataClass.PUBLIC: Clause.DATA_INFORMATION_PUBLIC,
        DataClass.OBTAINABLE: Clause.DATA_INFORMATION_OBTAINABLE,
    }.get(ds.class_, Clause.DATA_CLASSES)
    if ds.class_ in (DataClass.OPEN, DataClass.PUBLIC, DataClass.OBTAINABLE) and not ds.location:
        message = f"{label} has no location: the definition asks where to obtain it"
        remedy = f"add the location of {ds.name}"
        findings.append(
            finding(
                "training-data-location-missing",
                Severity.ERROR,
                message,
                component=where,
                clause=clause,
                remedy=remedy,
            )
        )
        blockers.append(_blocker("missing", where, _DI, message, remedy))
        verdict = Verdict.NOT_OPEN
    if ds.class_ is DataClass.OPEN:
        if ds.license is None:
            message = f"{label} is said to be open, but no licence is given"
            remedy = f"give the licence of {ds.name}, or class it as public or obtainable"
            findings.append(
                finding(
                    "training-data-license-absent",
                    Severity.WARNING,
                    message,
                    component=where,
                    clause=clause,
                    remedy=remedy,
                )
            )
            blockers.append(_blocker("unknown", where, _DI, message, remedy))
            verdict &= Verdict.UNDETERMINED
        else:
            a = assess_license(ds.license, _DI, policy)
            findings.extend(with_component(f, where) for f in a.findings)
            if a.verdict is not Verdict.OPEN and a.blocker_kind is not None:
                message = f"{label} is under {a.normalized}, which is {a.verdict.value}"
                remedy = f"share {ds.name} under open terms, or class it as public or obtainable"
                blockers.append(_blocker(a.blocker_kind, where, _DI, message, remedy))
            verdict &= a.verdict
    if ds.class_ is DataClass.UNSHAREABLE and not ds.description:
        message = f"{label} has no description: unshareable data must be described in detail"
        remedy = f"describe {ds.name}: what it is, how it was collected, its characteristics"
        findings.append(
            finding(
                "training-data-description-missing",
                Severity.ERROR,
                message,
                component=where,
                clause=Clause.DATA_CLASSES,
                remedy=remedy,
            )
        )
        blockers.append(_blocker("missing", where, _DI, message, remedy))
        verdict = Verdict.NOT_OPEN
    return verdict, blockers, findings


def _training_data(facts: _Facts, policy: Policy) -> _Section:
    listed = facts.training_data
    if listed == "undisclosed":
        message = "the training data sets are not listed"
        remedy = "list every training data set with its class and where to obtain it"
        f = finding(
            "training-data-undisclosed",
            Severity.ERROR,
            message,
            component="training-data",
            clause=Clause.DATA_INFORMATION_PUBLIC,
            freedoms=(Freedom.STUDY, Freedom.MODIFY),
            remedy=remedy,
        )
        return Verdict.NOT_OPEN, [_blocker("missing", "training-data", _DI, message, remedy)], [f]
    if listed is None:
        datasets = _component(facts, "datasets", policy, _DI)[0]
        if datasets.status is Status.RELEASED and datasets.verdict is Verdict.OPEN:
            return (
                Verdict.OPEN,
                [],
                [interpretation("training-data-from-datasets", component="training-data")],
            )
        message = "the manifest does not list the training data sets"
        remedy = "list every training data set under training-data (or write: undisclosed)"
        f = finding(
            "training-data-undeclared",
            Severity.WARNING,
            message,
            component="training-data",
            clause=Clause.DATA_INFORMATION_PUBLIC,
            remedy=remedy,
        )
        return (
            Verdict.UNDETERMINED,
            [_blocker("unknown", "training-data", _DI, message, remedy)],
            [f],
        )
    verdicts: list[Verdict] = []
    blockers: list[Blocker] = []
    findings: list[Finding] = []
    for i, ds in enumerate(listed):
        v, found_blockers, found = _data_set(ds, i, policy)
        verdicts.append(v)
        blockers.extend(found_blockers)
        findings.extend(found)
    return all_of(verdicts), blockers, findings


def _data_information(facts: _Facts, policy: Policy) -> _Section:
    if facts.data_information is not None:
        v1, b1, f1 = _topics(facts, policy)
    else:
        v1, b1, f1 = _fallback(facts, policy)
    v2, b2, f2 = _training_data(facts, policy)
    return v1 & v2, b1 + b2, f1 + f2


# --- the system -------------------------------------------------------------------------------


def _outcome(verdict: Verdict, blockers: list[Blocker]) -> Outcome:
    if verdict is Verdict.OPEN:
        return "passes"
    kinds = {b.kind for b in blockers}
    if "missing" in kinds:
        return "lacks-components"
    if kinds == {"license"}:
        return "would-pass-with-other-licenses"
    if verdict is Verdict.NOT_OPEN:
        return "licenses-not-open"
    return "undetermined"


def _mof(facts: _Facts) -> MofResult:
    def judge(cid: str) -> tuple[Status, str | None, Verdict]:
        status, own, _located = facts.components[_INDEX[cid]]
        return _mof_judgement(cid, status, own or facts.license)

    return mof_class(judge)


@functools.lru_cache(maxsize=4096)
def _mof_judgement(
    cid: str, status: Status, effective: str | None
) -> tuple[Status, str | None, Verdict]:
    if status is not Status.RELEASED or effective is None:
        return status, effective, Verdict.NOT_OPEN
    return status, effective, assess_license(effective, _JUDGED_AS[cid], MOF_1_0).verdict


def evaluate(system: AISystem, policy: Policy | str | None = None) -> Report:
    """Decide whether ``system`` is Open Source AI under ``policy`` (default ``osaid-1.0``).

    Pure: no I/O, and the same input always gives the same report.

    Args:
        system: the release, as a validated manifest.
        policy: a ``Policy``, the name of a built-in one, or ``None`` for ``osaid-1.0``.

    Returns:
        The verdict for the system, each element and each component; the blockers; the MOF
        class; the findings behind each conclusion.

    Raises:
        ValueError: for an unknown policy name.

    >>> from osaid import AISystem
    >>> report = evaluate(AISystem.model_validate({
    ...     "manifest-version": 1, "system": {"name": "Tiny"},
    ...     "components": {"model-parameters": {"license": "llama3.1"}},
    ... }))
    >>> report.verdict, report.elements["parameters"].verdict
    (<Verdict.NOT_OPEN: 'not-open'>, <Verdict.NOT_OPEN: 'not-open'>)
    """
    pol = resolve_policy(policy)
    core = _core(_facts(system), pol)
    subject = system.system
    return construct(
        Report,
        report_version=REPORT_VERSION,
        osaid_version=__version__,
        source=None,
        subject=construct(
            Subject,
            name=subject.name,
            version=subject.version,
            producer=subject.producer,
            url=subject.url,
        ),
        verdict=core.verdict,
        outcome=core.outcome,
        elements=core.elements,
        components=core.components,
        blockers=core.blockers,
        findings=core.findings,
        mof=core.mof,
        claims=core.claims,
        permissions=core.permissions,
        profile=core.profile,
        policy=_policy_info(pol),
    )


@functools.lru_cache(maxsize=64)
def _policy_info(policy: Policy) -> PolicyInfo:
    return construct(
        PolicyInfo,
        name=policy.name,
        spdx_license_list_version=spdx_list_version(),
        source=policy.source,
    )


class _Core(NamedTuple):
    """Everything in a report but its subject and source."""

    verdict: Verdict
    outcome: Outcome
    elements: dict[Element, ElementResult]
    components: tuple[ComponentResult, ...]
    blockers: tuple[Blocker, ...]
    mof: MofResult
    findings: tuple[Finding, ...]
    claims: tuple[ClaimResult, ...]
    permissions: tuple[Permission, ...]
    profile: Profile


def _reduced(facts: _Facts, keep: frozenset[int], *, data: bool) -> _Facts:
    """``facts`` with only what one part of the report depends on, so that the part's memo is
    shared by every system that agrees on it."""
    return _Facts(
        components=tuple(f if i in keep else _UNDECLARED for i, f in enumerate(facts.components)),
        license=facts.license,
        data_information=facts.data_information if data else None,
        training_data=facts.training_data if data else None,
    )


_MEMBERS = {
    element: frozenset(
        i
        for i, spec in enumerate(COMPONENTS.values())
        if spec.element is element and spec.required in _REQUIRED
    )
    for element in (Element.CODE, Element.PARAMETERS)
}
_FALLBACK_INPUTS = frozenset(
    _INDEX[cid] for cid in ("datasets", "data-card", "research-paper", "technical-report")
)


def _data_information_inputs(facts: _Facts) -> frozenset[int]:
    declared = facts.data_information
    if declared is None:
        return _FALLBACK_INPUTS
    cited = {
        _INDEX[ref]
        for topic in _TOPICS
        if isinstance(refs := declared.topic(topic), tuple)
        for ref in refs
        if ref in _INDEX
    }
    return frozenset(cited) | {_INDEX["datasets"]}


_Part = tuple[ElementResult, tuple[Blocker, ...]]


@functools.lru_cache(maxsize=2048)
def _element_part(facts: _Facts, element: Element, policy: Policy) -> _Part:
    if element is _DI:
        verdict, blockers, findings = _data_information(facts, policy)
        return construct(ElementResult, verdict=verdict, findings=tuple(findings)), tuple(blockers)
    verdict = Verdict.OPEN
    found: list[Blocker] = []
    for i in sorted(_MEMBERS[element]):
        judged = _component(facts, _CIDS[i], policy)
        verdict &= judged[0].verdict
        if (b := _component_blocker(judged, element)) is not None:
            found.append(b)
    return construct(ElementResult, verdict=verdict, findings=()), tuple(found)


_CIDS = tuple(COMPONENTS)


@functools.lru_cache(maxsize=16384)
def _core(facts: _Facts, policy: Policy) -> _Core:
    """Everything in a report but its subject: shared by every system with the same facts."""
    parts = {
        _DI: _element_part(
            _reduced(facts, _data_information_inputs(facts), data=True), _DI, policy
        ),
        Element.CODE: _element_part(
            _reduced(facts, _MEMBERS[Element.CODE], data=False), Element.CODE, policy
        ),
        Element.PARAMETERS: _element_part(
            _reduced(facts, _MEMBERS[Element.PARAMETERS], data=False), Element.PARAMETERS, policy
        ),
    }
    elements = {element: part[0] for element, part in parts.items()}
    blockers = tuple(b for part in parts.values() for b in part[1])
    verdict = all_of(e.verdict for e in elements.values())
    components = tuple(_component(facts, cid, policy)[0] for cid in COMPONENTS)
    claims, findings = _claims(facts.claims, elements, components, blockers)
    permissions = _permissions(components)
    return _Core(
        verdict=verdict,
        outcome=_outcome(verdict, list(blockers)),
        elements=elements,
        components=components,
        blockers=blockers,
        mof=_mof(facts),
        findings=findings,
        claims=claims,
        permissions=permissions,
        profile=_profile(facts, elements, permissions, components),
    )


# --- claims, permissions, profile -------------------------------------------------------------


_KIND_ORDER = {"license": 0, "missing": 1, "unknown": 2}


def _claims(
    entries: tuple[ClaimEntry, ...],
    elements: dict[Element, ElementResult],
    components: tuple[ComponentResult, ...],
    blockers: tuple[Blocker, ...],
) -> tuple[tuple[ClaimResult, ...], tuple[Finding, ...]]:
    results: list[ClaimResult] = []
    findings: list[Finding] = []
    by_id = {c.id: c for c in components}
    for i, entry in enumerate(entries):
        spec = CLAIMS[entry.claim]
        verdicts = [elements[e].verdict for e in spec.elements]
        verdicts += [by_id[cid].verdict for cid in spec.components]
        backed = all_of(verdicts)
        gaps = [
            f"{b.component} ({b.kind})"
            for b in sorted(blockers, key=lambda b: _KIND_ORDER[b.kind])
            if b.element in spec.elements or b.component in spec.components
        ]
        gaps += [
            f"{cid} ({by_id[cid].verdict.value})"
            for cid in spec.components
            if by_id[cid].verdict is not Verdict.OPEN and all(b.component != cid for b in blockers)
        ]
        where = f" ({entry.where})" if entry.where else ""
        if backed is Verdict.OPEN:
            message = f"the claim {entry.claim!r}{where} is backed: {spec.meaning}"
        else:
            shown = "; ".join(gaps) or "what it rests on is not shown to be open"
            message = (
                f"the release claims {entry.claim!r}{where}, meaning {spec.meaning}, but "
                f"the evidence is {backed.value}: {shown}"
            )
            findings.append(
                finding(
                    "openwashing",
                    Severity.ERROR if backed is Verdict.NOT_OPEN else Severity.WARNING,
                    message,
                    component=f"claims[{i}]",
                    clause=Clause.FREEDOMS,
                    remedy=f"withdraw the claim {entry.claim!r}, or release what it rests on "
                    f"under open terms ({spec.basis})",
                    interpretation=True,
                )
            )
        results.append(
            construct(
                ClaimResult, claim=entry.claim, where=entry.where, backed=backed, message=message
            )
        )
    return tuple(results), tuple(findings)


def _permissions(components: tuple[ComponentResult, ...]) -> tuple[Permission, ...]:
    return _permissions_of(
        tuple(
            (c.id, c.license)
            for c in components
            if c.status is Status.RELEASED
            and c.license is not None
            and COMPONENTS[c.id].required is not Requirement.OPTIONAL
        )
    )


@functools.lru_cache(maxsize=1024)
def _permissions_of(relevant: tuple[tuple[str, str], ...]) -> tuple[Permission, ...]:
    # shared by every release whose required components carry the same licences
    out: list[Permission] = []
    answers = {license_: license_permissions(license_) for _cid, license_ in relevant}
    for question in QUESTIONS:
        worst: tuple[int, str] | None = None
        set_by: list[str] = []
        licenses: list[str] = []
        for cid, license_ in relevant:
            answer = answers[license_][question]
            key = (rank(question, answer.answer), answer.answer)
            if worst is None or key[0] < worst[0]:
                worst, set_by, licenses = key, [cid], [license_]
            elif key[0] == worst[0]:
                set_by.append(cid)
                if license_ not in licenses:
                    licenses.append(license_)
        out.append(
            construct(
                Permission,
                question=question,
                asks=asks(question),
                answer=worst[1] if worst else "unknown",
                set_by=tuple(set_by),
                licenses=tuple(licenses),
            )
        )
    return tuple(out)


def _profile(
    facts: _Facts,
    elements: dict[Element, ElementResult],
    permissions: tuple[Permission, ...],
    components: tuple[ComponentResult, ...],
) -> Profile:
    access = facts.access
    if access is None:
        accessibility = "not declared"
    else:
        hurdles = [
            name
            for name, flag in (
                ("gated download", access.gated),
                ("registration", access.registration),
                ("fee", access.fee),
            )
            if flag
        ]
        unknown = [
            name
            for name, flag in (
                ("gated", access.gated),
                ("registration", access.registration),
                ("fee", access.fee),
            )
            if flag is None
        ]
        accessibility = ", ".join(hurdles) if hurdles else "open download"
        if unknown and not hurdles:
            accessibility += f" (not declared: {', '.join(unknown)})"
    modify = next(p.answer for p in permissions if p.question == "modification")
    modification = (
        f"code {elements[Element.CODE].verdict.value}, parameters "
        f"{elements[Element.PARAMETERS].verdict.value}; the licences allow modification: {modify}"
    )
    declared = facts.data_information
    if declared is None:
        transparency = (
            f"data information {elements[_DI].verdict.value} (judged from the data components: "
            "no topic map)"
        )
    else:
        documented = sum(
            1
            for t in _TOPICS
            if isinstance(declared.topic(t), tuple) or declared.topic(t) == "not-applicable"
        )
        transparency = (
            f"data information {elements[_DI].verdict.value}: {documented} of 5 topics documented"
        )
    licences = sorted(
        {c.license for c in components if c.license and c.status is Status.RELEASED and c.required}
    )
    licensing = ", ".join(licences) if licences else "no licence declared for required components"
    return _profile_of(accessibility, modification, transparency, licensing)


@functools.lru_cache(maxsize=4096)
def _profile_of(
    accessibility: str, modification: str, transparency: str, licensing: str
) -> Profile:
    return construct(
        Profile,
        accessibility=accessibility,
        modification=modification,
        transparency=transparency,
        licensing=licensing,
    )
