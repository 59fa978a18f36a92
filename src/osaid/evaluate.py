"""The evaluator: a pure function from an ``AISystem`` to a ``Report``.

It walks the definition's checklist as data (the component vocabulary, SPEC §2) with
three-valued verdicts (SPEC §4). No I/O and no observable state: the memoised helpers below
cache pure functions, keyed by everything their result depends on, so that a bulk run shares
one frozen result among every component with the same status, licence and policy.
"""

from __future__ import annotations

import functools
import operator
from typing import Literal, NamedTuple

from osaid._model import build, construct
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
from osaid.manifest import AISystem, Claim
from osaid.mof import MofKey, mof_from, mof_key
from osaid.permissions import QUESTIONS, Answer, Question, asks, license_permissions, rank
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


_Comp = tuple[Status, str | None, bool]
"""What a manifest says of one component that its verdict depends on: (status, own licence,
whether a location is given)."""


class _DataSet(NamedTuple):
    """What a training data set's verdict depends on (its location only as: is there one)."""

    name: str
    class_: DataClass
    located: bool
    license: str | None
    described: bool


class _Facts(NamedTuple):
    """Everything about a system that its verdict depends on: hashable, so it can be memoised.

    Locations enter only as whether there is one, so releases that differ only in where they
    are published share one memoised result."""

    components: tuple[_Comp, ...]
    """Per component, in vocabulary order."""
    license: str | None
    data_information: _TopicValues | None
    """Each topic's value (references, ``undisclosed``, ``not-applicable`` or None), in
    ``Topic`` order."""
    training_data: tuple[_DataSet, ...] | Literal["undisclosed"] | None
    claims: tuple[tuple[Claim, str | None], ...] = ()
    """(claim, where) per claim."""
    access: _Access | None = None
    """(gated, registration, fee)."""


_INDEX = {cid: i for i, cid in enumerate(COMPONENTS)}
_TOPICS = tuple(Topic)
_UNDECLARED: _Comp = (Status.UNDECLARED, None, False)
_ATTRS = tuple(cid.replace("-", "_") for cid in COMPONENTS)
_ATTR_INDEX = {attr: i for i, attr in enumerate(_ATTRS)}
_ALL_UNDECLARED = (_UNDECLARED,) * len(_ATTRS)
_TOPIC_VALUES = operator.itemgetter(*(topic.value.replace("-", "_") for topic in _TOPICS))
_ACCESS = operator.itemgetter("gated", "registration", "fee")


_TopicValues = tuple[tuple[str, ...] | str | None, ...]
_Access = tuple[bool | None, bool | None, bool | None]
_Key = tuple[
    tuple[tuple[str, Status, str | None, bool], ...],
    str | None,
    _TopicValues | None,
    tuple[tuple[str, DataClass, bool, str | None, bool], ...] | Literal["undisclosed"] | None,
    tuple[tuple[Claim, str | None], ...],
    _Access | None,
]
"""What ``_key`` makes of a system: its facts, sparse and in plain tuples (each declared
component as its attribute name, status, licence and whether its location is absent)."""


def _key(system: AISystem) -> _Key:
    """The facts of ``system`` as cheaply as they can be read: only the declared components,
    locations and descriptions only as whether they are absent, and plain tuples throughout
    (the memo compares keys, and tuples compare in C)."""
    listed = system.training_data
    declared = system.data_information
    access = system.access
    claims = system.claims
    return (
        tuple(
            [
                (attr, e.status, e.license, not e.location)
                for attr, e in system.components.__dict__.items()
                if e is not None
            ]
        ),
        system.license,
        None if declared is None else _TOPIC_VALUES(declared.__dict__),
        listed
        if not isinstance(listed, tuple)
        else tuple(
            [(d.name, d.class_, not d.location, d.license, not d.description) for d in listed]
        ),
        tuple([(c.claim, c.where) for c in claims]) if claims else (),
        None if access is None else _ACCESS(access.__dict__),
    )


def _facts(key: _Key) -> _Facts:
    """The facts a key stands for, with every component in vocabulary order."""
    declared, license_, data_information, listed, claims, access = key
    components = list(_ALL_UNDECLARED)
    for attr, status, own, unlocated in declared:
        components[_ATTR_INDEX[attr]] = (status, own, not unlocated)
    return _Facts(
        tuple(components),
        license_,
        data_information,
        listed
        if not isinstance(listed, tuple)
        else tuple(
            _DataSet(name, class_, not unlocated, own, not undescribed)
            for name, class_, unlocated, own, undescribed in listed
        ),
        claims,
        access,
    )


def _judged(
    cid: str, comp: _Comp, license: str | None, policy: Policy, as_element: Element | None = None
) -> _Judged:
    status, own, located = comp
    default = None if status is Status.UNDECLARED else license
    return _judge(cid, status, own, default, located, as_element or _JUDGED_AS[cid], policy)


def _component(
    facts: _Facts, cid: str, policy: Policy, as_element: Element | None = None
) -> _Judged:
    return _judged(cid, facts.components[_INDEX[cid]], facts.license, policy, as_element)


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
_FrozenSection = tuple[Verdict, tuple[Blocker, ...], tuple[Finding, ...]]
"""A memoised ``_Section``: shared, so immutable."""


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
    for topic, value in zip(_TOPICS, declared, strict=True):
        where = f"data-information.{topic.value}"
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


@functools.lru_cache(maxsize=4096)
def _data_set(ds: _DataSet, i: int, policy: Policy) -> _FrozenSection:
    where = f"training-data[{i}]"
    label = f"training data set {ds.name!r} ({ds.class_.value})"
    blockers: list[Blocker] = []
    findings: list[Finding] = []
    verdict = Verdict.OPEN
    clause = {
        DataClass.PUBLIC: Clause.DATA_INFORMATION_PUBLIC,
        DataClass.OBTAINABLE: Clause.DATA_INFORMATION_OBTAINABLE,
    }.get(ds.class_, Clause.DATA_CLASSES)
    if ds.class_ in (DataClass.OPEN, DataClass.PUBLIC, DataClass.OBTAINABLE) and not ds.located:
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
    if ds.class_ is DataClass.UNSHAREABLE and not ds.described:
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
    return verdict, tuple(blockers), tuple(findings)


@functools.lru_cache(maxsize=1024)
def _training_data(
    listed: tuple[_DataSet, ...] | Literal["undisclosed"] | None,
    datasets: _Comp,
    license: str | None,
    policy: Policy,
) -> _FrozenSection:
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
        return Verdict.NOT_OPEN, (_blocker("missing", "training-data", _DI, message, remedy),), (f,)
    if listed is None:
        judged = _judged("datasets", datasets, license, policy, _DI)[0]
        if judged.status is Status.RELEASED and judged.verdict is Verdict.OPEN:
            return (
                Verdict.OPEN,
                (),
                (interpretation("training-data-from-datasets", component="training-data"),),
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
            (_blocker("unknown", "training-data", _DI, message, remedy),),
            (f,),
        )
    sections = [_data_set(ds, i, policy) for i, ds in enumerate(listed)]
    return (
        all_of(v for v, _b, _f in sections),
        tuple(b for _v, found, _f in sections for b in found),
        tuple(f for _v, _b, found in sections for f in found),
    )


@functools.lru_cache(maxsize=2048)
def _documentation(
    data_information: _TopicValues | None,
    cited: tuple[tuple[int, _Comp], ...],
    license: str | None,
    policy: Policy,
) -> _FrozenSection:
    """Data Information item (1): topic by topic, or from the data components; ``cited`` is
    (index, facts) of each component it rests on, so that its memo is shared by every system
    that agrees on them."""
    components = list(_ALL_UNDECLARED)
    for i, comp in cited:
        components[i] = comp
    facts = _Facts(tuple(components), license, data_information, None)
    if data_information is not None:
        verdict, blockers, findings = _topics(facts, policy)
    else:
        verdict, blockers, findings = _fallback(facts, policy)
    return verdict, tuple(blockers), tuple(findings)


def _outcome(verdict: Verdict, blockers: tuple[Blocker, ...]) -> Outcome:
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
    values = _report_values(_key(system), pol).copy()
    about = system.system.__dict__
    # assembled from values osaid built or validated: nothing to validate again
    values["subject"] = build(
        Subject,
        {
            "name": about["name"],
            "version": about["version"],
            "producer": about["producer"],
            "url": about["url"],
        },
    )
    return build(Report, values)


@functools.lru_cache(maxsize=4096)
def _report_values(key: _Key, policy: Policy) -> dict[str, object]:
    """A report's fields but its subject, for every system whose facts are ``key``."""
    return _core(_facts(key), policy)


@functools.lru_cache(maxsize=64)
def _policy_info(policy: Policy) -> PolicyInfo:
    return construct(
        PolicyInfo,
        name=policy.name,
        spdx_license_list_version=spdx_list_version(),
        source=policy.source,
    )


_MEMBERS = {
    element: tuple(
        i
        for i, spec in enumerate(COMPONENTS.values())
        if spec.element is element and spec.required in _REQUIRED
    )
    for element in (Element.CODE, Element.PARAMETERS)
}
_FALLBACK_INPUTS = tuple(
    sorted(_INDEX[cid] for cid in ("datasets", "data-card", "research-paper", "technical-report"))
)
_DATASETS = _INDEX["datasets"]


def _data_information_inputs(facts: _Facts) -> tuple[int, ...]:
    """The components Data Information item (1) rests on, in vocabulary order."""
    declared = facts.data_information
    if declared is None:
        return _FALLBACK_INPUTS
    cited = {
        _INDEX[ref] for refs in declared if isinstance(refs, tuple) for ref in refs if ref in _INDEX
    }
    cited.add(_DATASETS)
    return tuple(sorted(cited))


_Part = tuple[ElementResult, tuple[Blocker, ...]]


class _Record(NamedTuple):
    """What one component contributes to every part of a report."""

    judged: _Judged
    mof: MofKey
    """What its judgement under ``mof-1.0`` means for the MOF class."""
    relevant: str | None
    """The licence the permissions read (released, licensed, not optional), if any."""
    licensing: str | None
    """The licence the profile lists (released, licensed, required), if any."""


@functools.lru_cache(maxsize=8192)
def _record(cid: str, comp: _Comp, license: str | None, policy: Policy) -> _Record:
    judged = _judged(cid, comp, license, policy)
    result = judged[0]
    counted = result.status is Status.RELEASED and result.license is not None
    return _Record(
        judged=judged,
        mof=mof_key(*_mof_judgement(cid, comp[0], comp[1] or license)),
        relevant=result.license
        if counted and COMPONENTS[cid].required is not Requirement.OPTIONAL
        else None,
        licensing=result.license if counted and result.required else None,
    )


class _ByComponents(NamedTuple):
    """Every part of a report that depends on the components and the default licence alone."""

    results: tuple[ComponentResult, ...]
    code: _Part
    parameters: _Part
    mof: MofResult
    permissions: tuple[Permission, ...]
    licensing: str


@functools.lru_cache(maxsize=2048)
def _by_components(
    components: tuple[_Comp, ...], license: str | None, policy: Policy
) -> _ByComponents:
    records = [
        _record(cid, comp, license, policy) for cid, comp in zip(_CIDS, components, strict=True)
    ]
    parts: dict[Element, _Part] = {}
    for element in (Element.CODE, Element.PARAMETERS):
        verdict = Verdict.OPEN
        found: list[Blocker] = []
        for i in _MEMBERS[element]:
            judged = records[i].judged
            verdict &= judged[0].verdict
            if (b := _component_blocker(judged, element)) is not None:
                found.append(b)
        parts[element] = construct(ElementResult, verdict=verdict, findings=()), tuple(found)
    licences = sorted({r.licensing for r in records if r.licensing})
    return _ByComponents(
        results=tuple([r.judged[0] for r in records]),
        code=parts[Element.CODE],
        parameters=parts[Element.PARAMETERS],
        mof=mof_from(tuple([r.mof for r in records])),
        permissions=_permissions_of(
            tuple([(cid, r.relevant) for cid, r in zip(_CIDS, records, strict=True) if r.relevant])
        ),
        licensing=", ".join(licences)
        if licences
        else "no licence declared for required components",
    )


_CIDS = tuple(COMPONENTS)


def _core(facts: _Facts, policy: Policy) -> dict[str, object]:
    """A report's fields but its subject, for every system with the same facts.

    Assembled from memoised parts (what depends on the components alone, Data Information's
    documentation, its training data), so that a release whose facts are new but whose parts
    were seen before costs little more than one that was seen whole."""
    by = _by_components(facts.components, facts.license, policy)
    documented = _documentation(
        facts.data_information,
        tuple([(i, facts.components[i]) for i in _data_information_inputs(facts)]),
        facts.license,
        policy,
    )
    trained = _training_data(
        facts.training_data, facts.components[_DATASETS], facts.license, policy
    )
    data_information = construct(
        ElementResult, verdict=documented[0] & trained[0], findings=documented[2] + trained[2]
    )
    code, parameters = by.code[0], by.parameters[0]
    elements = {_DI: data_information, Element.CODE: code, Element.PARAMETERS: parameters}
    blockers = documented[1] + trained[1] + by.code[1] + by.parameters[1]
    verdict = data_information.verdict & code.verdict & parameters.verdict
    claims, findings = (
        _claims(facts.claims, elements, by.results, blockers) if facts.claims else ((), ())
    )
    topics = facts.data_information
    return {
        "report_version": REPORT_VERSION,
        "osaid_version": __version__,
        "source": None,
        "subject": None,
        "verdict": verdict,
        "outcome": _outcome(verdict, blockers),
        "elements": elements,
        "components": by.results,
        "blockers": blockers,
        "findings": findings,
        "mof": by.mof,
        "claims": claims,
        "permissions": by.permissions,
        "profile": _profile(
            facts.access,
            code.verdict,
            parameters.verdict,
            by.permissions[_MODIFICATION].answer,
            data_information.verdict,
            None
            if topics is None
            else sum(
                1 for value in topics if isinstance(value, tuple) or value == "not-applicable"
            ),
            by.licensing,
        ),
        "policy": _policy_info(policy),
    }


# --- claims, permissions, profile -------------------------------------------------------------


_KIND_ORDER = {"license": 0, "missing": 1, "unknown": 2}


def _claims(
    entries: tuple[tuple[Claim, str | None], ...],
    elements: dict[Element, ElementResult],
    components: tuple[ComponentResult, ...],
    blockers: tuple[Blocker, ...],
) -> tuple[tuple[ClaimResult, ...], tuple[Finding, ...]]:
    results: list[ClaimResult] = []
    findings: list[Finding] = []
    by_id = {c.id: c for c in components}
    for i, (claim, claimed_at) in enumerate(entries):
        spec = CLAIMS[claim]
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
        where = f" ({claimed_at})" if claimed_at else ""
        if backed is Verdict.OPEN:
            message = f"the claim {claim!r}{where} is backed: {spec.meaning}"
        else:
            shown = "; ".join(gaps) or "what it rests on is not shown to be open"
            message = (
                f"the release claims {claim!r}{where}, meaning {spec.meaning}, but "
                f"the evidence is {backed.value}: {shown}"
            )
            findings.append(
                finding(
                    "openwashing",
                    Severity.ERROR if backed is Verdict.NOT_OPEN else Severity.WARNING,
                    message,
                    component=f"claims[{i}]",
                    clause=Clause.FREEDOMS,
                    remedy=f"withdraw the claim {claim!r}, or release what it rests on "
                    f"under open terms ({spec.basis})",
                    interpretation=True,
                )
            )
        results.append(
            construct(ClaimResult, claim=claim, where=claimed_at, backed=backed, message=message)
        )
    return tuple(results), tuple(findings)


@functools.lru_cache(maxsize=1024)
def _ranked(license: str) -> tuple[tuple[int, Answer], ...]:
    """Per question, in ``QUESTIONS`` order: how permissive ``license``'s answer is, and it."""
    answers = license_permissions(license)
    return tuple((rank(q, answers[q].answer), answers[q].answer) for q in QUESTIONS)


@functools.lru_cache(maxsize=4096)
def _worst(licenses: frozenset[str]) -> tuple[tuple[Answer, frozenset[str]], ...]:
    """Per question: the most restrictive answer among ``licenses`` and the licences that
    give it (a set of licences recurs far more often than any one order of them)."""
    ordered = tuple(licenses)
    out: list[tuple[Answer, frozenset[str]]] = []
    for answers in zip(*[_ranked(license_) for license_ in ordered], strict=True):
        # one question: (rank, answer) per licence; the rank decides the answer
        worst = min(answers)
        given = frozenset([lic for lic, a in zip(ordered, answers, strict=True) if a == worst])
        out.append((worst[1], given))
    return tuple(out)


@functools.lru_cache(maxsize=2048)
def _permission(
    question: Question, answer: Answer, set_by: tuple[str, ...], licenses: tuple[str, ...]
) -> Permission:
    return build(
        Permission,
        {
            "question": question,
            "asks": asks(question),
            "answer": answer,
            "set_by": set_by,
            "licenses": licenses,
        },
    )


_NO_ANSWERS: tuple[tuple[Answer, frozenset[str]], ...] = (("unknown", frozenset()),) * len(
    QUESTIONS
)


@functools.lru_cache(maxsize=1024)
def _permissions_of(relevant: tuple[tuple[str, str], ...]) -> tuple[Permission, ...]:
    # for each question the most restrictive answer holds, and the components whose licences
    # give it set it; shared by every release whose relevant components carry the same licences
    groups: dict[str, list[str]] = {}  # licence -> its components, both in vocabulary order
    for cid, lic in relevant:
        groups.setdefault(lic, []).append(cid)
    worst = _worst(frozenset(groups)) if relevant else _NO_ANSWERS
    shown: dict[frozenset[str], tuple[tuple[str, ...], tuple[str, ...]]] = {}
    out: list[Permission] = []
    for question, (answer, giving) in zip(QUESTIONS, worst, strict=True):
        found = shown.get(giving)
        if found is None:  # (components, licences) giving this answer, in vocabulary order
            if len(giving) == len(groups):
                found = (tuple([cid for cid, _lic in relevant]), tuple(groups))
            elif len(giving) == 1:
                (lic,) = giving
                found = (tuple(groups[lic]), (lic,))
            else:
                found = (
                    tuple([cid for cid, lic in relevant if lic in giving]),
                    tuple([lic for lic in groups if lic in giving]),
                )
            shown[giving] = found
        out.append(_permission(question, answer, *found))
    return tuple(out)


_MODIFICATION = QUESTIONS.index("modification")


@functools.lru_cache(maxsize=4096)
def _profile(
    access: _Access | None,
    code: Verdict,
    parameters: Verdict,
    modify: Answer,
    data_information: Verdict,
    documented: int | None,
    licensing: str,
) -> Profile:
    """The release profile; ``documented`` is how many topics the data information maps
    (``None``: it has no topic map)."""
    if access is None:
        accessibility = "not declared"
    else:
        hurdles = [
            name
            for name, flag in zip(("gated download", "registration", "fee"), access, strict=True)
            if flag
        ]
        unknown = [
            name
            for name, flag in zip(("gated", "registration", "fee"), access, strict=True)
            if flag is None
        ]
        accessibility = ", ".join(hurdles) if hurdles else "open download"
        if unknown and not hurdles:
            accessibility += f" (not declared: {', '.join(unknown)})"
    if documented is None:
        transparency = (
            f"data information {data_information.value} (judged from the data components: "
            "no topic map)"
        )
    else:
        transparency = (
            f"data information {data_information.value}: {documented} of 5 topics documented"
        )
    return construct(
        Profile,
        accessibility=accessibility,
        modification=f"code {code.value}, parameters {parameters.value}; the licences allow "
        f"modification: {modify}",
        transparency=transparency,
        licensing=licensing,
    )


def _forget() -> None:
    """Empty every memo the evaluator keeps, so that the next report is computed afresh (the
    laws compare memoised reports with fresh ones)."""
    from osaid import mof

    for memo in (
        _judge, _blocker, _data_set, _training_data, _documentation, _mof_judgement,
        _report_values, _policy_info, _record, _by_components, _ranked, _worst, _permission,
        _permissions_of, _profile, mof.mof_key, mof.mof_from,
    ):  # fmt: skip
        memo.cache_clear()
