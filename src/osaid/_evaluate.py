"""The evaluator: a pure function from an ``AISystem`` to a ``Report``.

A plain walk of the definition's rules (``osaid.definition``) over the components of a
release, in three-valued logic (SPEC §4). ``evaluate`` decides every verdict and blocker;
the explanation (each component's result, the permissions, the MOF class, the profile) is
built from the same walk the first time the report is read, and kept. Nothing is shared
between two reports but frozen values, and no report is memoised: a memo of whole reports
was measured (docs/performance.md) and paid nothing on real-like releases, which seldom
repeat whole, while it held megabytes in a long stream. Only the licence assessments are
memoised, where they are made (``osaid.licenses.assess_license``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import product
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Literal, NamedTuple, get_args

from pydantic import ConfigDict, TypeAdapter
from pydantic_core import to_json

from osaid.claims import CLAIMS
from osaid.components import (
    COMPONENTS,
    ComponentSpec,
    DataClass,
    Element,
    Freedom,
    Requirement,
    Status,
    Topic,
)
from osaid.definition import (
    DATA_INFORMATION_FALLBACK,
    ELEMENTS,
    GATES,
    judged_as,
    render_rule,
    required_members,
    rule_components,
    walk_rule,
)
from osaid.findings import (
    Clause,
    Finding,
    Severity,
    finding_data,
    finding_json,
    finding_text,
    first_remedy,
    worst_message,
)
from osaid.interpretations import INTERPRETATIONS
from osaid.licenses import BlockerKind, LicenseAssessment, assess_license, spdx_list_version
from osaid.licenses._assess import Assessments, assessments, terms
from osaid.mof import GapReason, MofJudgement, mof_class, mof_data, mof_json
from osaid.permissions import permissions_data, permissions_json, release_permissions
from osaid.policy import MOF_1_0, OSAID_1_0, Policy, resolve_policy
from osaid.report import (
    Blocker,
    ClaimResult,
    ComponentResult,
    Elements,
    MofClassName,
    MofResult,
    Outcome,
    Permission,
    PolicyInfo,
    Profile,
    Report,
    Subject,
)
from osaid.verdict import Verdict, all_of

if TYPE_CHECKING:
    from osaid.manifest import AISystem, ComponentEntry, Components, TrainingDataSet

__all__ = ["evaluate"]

_DI = Element.DATA_INFORMATION
_CODE = Element.CODE
_PARAMETERS = Element.PARAMETERS
# The enum members the walk reads for every release, as module globals: on Python 3.11 a member
# read from its class (``Verdict.OPEN``) goes through the enum type's attribute lookup, about
# ten times the cost of reading a global, and a release reads dozens of them.
OPEN = Verdict.OPEN
NOT_OPEN = Verdict.NOT_OPEN
UNDETERMINED = Verdict.UNDETERMINED
RELEASED = Status.RELEASED
_CIDS = tuple(COMPONENTS)
_ATTRS = tuple(cid.replace("-", "_") for cid in _CIDS)
_REQUIRED = (Requirement.REQUIRED, Requirement.IF_USED)
_MEMBERS = {element: required_members(element) for element in (Element.CODE, Element.PARAMETERS)}
_new = tuple.__new__
"""Makes one of the walk's named tuples from all its fields, in order. Calling the class runs
the ``__new__`` that ``NamedTuple`` writes in Python, from C: about three times the cost, for
the twenty or so tuples of every release."""


def evaluate(
    system: AISystem, policy: Policy | str | None = None, *, base_model: Report | None = None
) -> Report:
    """Decide whether ``system`` is Open Source AI under ``policy`` (default ``osaid-1.0``).

    Pure: no I/O, and the same input always gives an equal report, which no caller can change.

    Args:
        system: the release, as a validated manifest.
        policy: a ``Policy``, the name of a built-in one, or ``None`` for ``osaid-1.0``.
        base_model: the report on the model this release was derived from, when
            ``system.base-model`` names one; its Data Information is part of this one's.

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
    >>> report.outcome
    'licenses-not-open'
    """
    under = OSAID_1_0 if policy is None else resolve_policy(policy)
    return Report.of(_walk(system, under, base_model))


def evaluate_source(system: AISystem, policy: Policy, source: str) -> Report:
    """``evaluate(system, policy).with_source(source)``, without the copy (``osaid check``)."""
    return Report.of(_walk(system, policy, None), source)


# --- components -------------------------------------------------------------------------------


_Why = Literal[
    "undeclared",
    "not-released",
    "partial",
    "not-applicable",
    "no-licence",
    "licence",
    "unfollowable",
]
"""Which rule decided a component's verdict: its explanation follows from it."""


class _Judged(NamedTuple):
    """What the walk concluded about one component, for the terms of one element."""

    spec: ComponentSpec
    entry: ComponentEntry | None
    default: str | None
    """The manifest's default licence, where it applies (not to an undeclared component)."""
    assessment: LicenseAssessment | None
    verdict: Verdict
    kind: BlockerKind | None
    """The kind of blocker it makes where it is required (None when open)."""
    why: _Why

    @property
    def status(self) -> Status:
        return Status.UNDECLARED if self.entry is None else self.entry.status

    @property
    def own(self) -> str | None:
        return None if self.entry is None else self.entry.license

    @property
    def effective(self) -> str | None:
        """The licence that applies: the component's own, else the manifest's default."""
        return self.own or self.default

    @property
    def headline(self) -> str:
        """The message of the finding that best explains the verdict."""
        cid = self.spec.id
        if self.assessment is not None and self.why == "licence":
            worst = worst_message(self.assessment.findings)
            return worst or f"{cid} is {self.verdict.value}"
        headline = _HEADLINES[self.why].format(cid=cid)
        notes = self.entry.notes if self.entry is not None else None
        if notes and self.why in ("not-released", "partial"):
            return f"{headline} ({notes})"
        if self.why == "undeclared" and self.spec.required is Requirement.IF_USED:
            return f"{headline}: it is required if used; declare it not-applicable if none is"
        return headline

    @property
    def remedy(self) -> str | None:
        """What to do about it, where something can be done."""
        cid = self.spec.id
        if self.assessment is not None and self.why == "licence":
            how = first_remedy(self.assessment.findings)
            return f"{cid}: {how}" if how else None
        remedy = _REMEDIES[self.why]
        return None if remedy is None else remedy.format(cid=cid)


_HEADLINES: dict[_Why, str] = {
    "undeclared": "nothing is declared about {cid}",
    "not-released": "{cid} is not released",
    "partial": "{cid} is only partly released: the definition asks for it complete",
    "not-applicable": "{cid} does not apply to this system",
    "no-licence": "{cid} is released, but no licence is declared for it",
    "unfollowable": "{cid} is released without a location: data that cannot be found is no "
    "evidence of what the system was trained on",
}
# Equivalent mutant: dropping the not-applicable entry changes nothing, as a component that
# does not apply is open and so never asked for a remedy.
_REMEDIES: dict[_Why, str | None] = {
    "undeclared": "declare {cid}: released (with its licence and location) or not-released",
    "not-released": "release {cid}",
    "partial": "release all of {cid}",
    "not-applicable": None,
    "no-licence": "give {cid} a licence, or the manifest a default licence",
    "unfollowable": "add the location of the {cid} (or, for data that cannot be shared, notes "
    "that describe it)",
}
_BY_STATUS: dict[Status, tuple[Verdict, BlockerKind | None, _Why]] = {
    Status.NOT_RELEASED: (Verdict.NOT_OPEN, "missing", "not-released"),
    Status.PARTIALLY_RELEASED: (Verdict.NOT_OPEN, "missing", "partial"),
    Status.NOT_APPLICABLE: (Verdict.OPEN, None, "not-applicable"),
}


def _judge(
    spec: ComponentSpec, entry: ComponentEntry, default: str | None, terms: Assessments
) -> _Judged:
    """Component ``spec`` as ``entry`` declares it, its licence judged by ``terms``."""
    status = entry.status
    if status is not RELEASED:
        return _new(_Judged, (spec, entry, default, None, *_BY_STATUS[status]))
    effective = entry.license or default
    if effective is None:
        return _new(_Judged, (spec, entry, default, None, UNDETERMINED, "unknown", "no-licence"))
    a = terms[effective]
    verdict = a.verdict
    kind = None if verdict is OPEN else a.blocker_kind
    return _new(_Judged, (spec, entry, default, a, verdict, kind, "licence"))


def _evidence(judged: _Judged) -> _Judged:
    """``judged`` as Data Information evidence: released data sets count only if they can be
    followed (a location, or notes describing data that cannot be shared)."""
    entry = judged.entry
    if judged.spec.id != "datasets" or entry is None or entry.status is not RELEASED:
        return judged
    if entry.location or entry.notes:
        return judged
    spec, default, assessment = judged.spec, judged.default, judged.assessment
    return _new(_Judged, (spec, entry, default, assessment, NOT_OPEN, "missing", "unfollowable"))


class _Record(NamedTuple):
    """A blocker; its words come from the component it rests on, if any, when first read."""

    kind: BlockerKind
    component: str
    element: Element
    text: str
    """The message, or what comes before the component's own explanation."""
    advice: str | None = None
    judged: _Judged | None = None

    @property
    def message(self) -> str:
        return self.text if self.judged is None else self.text + self.judged.headline

    @property
    def remedy(self) -> str | None:
        return self.advice if self.judged is None else self.judged.remedy


# --- the walk ---------------------------------------------------------------------------------


class _Note(NamedTuple):
    """A finding of the walk, made a ``Finding`` only when the report is read."""

    code: str
    severity: Severity
    message: str
    component: str | None = None
    clause: Clause | None = None
    freedoms: tuple[Freedom, ...] = ()
    remedy: str | None = None
    interpretation: bool = False
    source: str | None = None

    @classmethod
    def moved(cls, f: Finding, component: str) -> _Note:
        """Finding ``f``, about ``component``."""
        return cls(
            f.code, f.severity, f.message, component, f.clause, f.freedoms, f.remedy,
            f.interpretation, f.source,
        )  # fmt: skip

    def data(self) -> dict[str, object]:
        """The finding in its JSON form."""
        return finding_data(
            self.code, self.severity, self.message, component=self.component,
            clause=self.clause, freedoms=self.freedoms, remedy=self.remedy,
            interpretation=self.interpretation, source=self.source,
        )  # fmt: skip


def _interpreted(code: str, *, component: str, message: str | None = None) -> _Note:
    """A note that rests on interpretation ``code`` (``osaid.interpretations``)."""
    entry = INTERPRETATIONS[code]
    return _Note(
        code, Severity.INFO, message or entry.reading, component, entry.clause,
        interpretation=True,
    )  # fmt: skip


class _Section(NamedTuple):
    """The verdict on part of an element, its blockers and its findings."""

    verdict: Verdict
    blockers: tuple[_Record, ...] = ()
    findings: tuple[_Note, ...] = ()


class _Walk(NamedTuple):
    """One release judged under one policy: the report's parts, each built when first read."""

    system: AISystem
    under: Policy
    """The policy the release is judged under."""
    judged: tuple[_Judged, ...]
    """Every component of the vocabulary, in its order, under its own element's terms."""
    data_information: _Section
    code: _Section
    parameters: _Section
    prefix: tuple[Finding, ...] = ()
    """Findings about the document the release was read from."""

    # the report's parts: each is made as its JSON form, which its model is validated from
    # and which ``document`` writes whole without building a model

    def document(self) -> dict[str, object]:
        permissions = self._permissions()
        claims, claimed = _claims(self)
        return {
            "subject": self._subject(),
            "verdict": self.verdict()._value_,
            "outcome": self.outcome(),
            "elements": self._elements(),
            "components": [_component_data(j) for j in self.judged],
            "blockers": self._blockers(),
            "findings": [finding_json(f) for f in self.prefix] + claimed,
            "mof": self._mof(),
            "claims": claims,
            "permissions": permissions,
            "profile": _profile(self, _modification(permissions)),
            "policy": self._policy(),
        }

    def document_json(self) -> str:
        """``document()`` as compact JSON, without its braces: ``to_json(self.document())``
        less its first and last byte (a law in the tests).

        Written part by part, so that what every report shares (each component a manifest
        does not mention, its blocker, and the JSON of the enum values) is text made once at
        import rather than data serialized again in every report: most of a report is that.
        """
        permissions, modify = permissions_json(self._relevant())
        claims, claimed = _claims(self)
        components = ",".join(
            [
                _UNDECLARED_JSON[j.spec.id] if j.entry is None else _result_json(j)
                for j in self.judged
            ]
        )
        records = self._records()
        verdict = self.verdict()
        blockers = ",".join([_blocker_json(r) for r in records])
        return (
            f'"subject":{_json(self._subject())},'
            f'"verdict":"{verdict._value_}",'
            f'"outcome":"{_outcome(verdict, {r.kind for r in records})}",'
            f'"elements":{{"data-information":{_element_json(self.data_information)},'
            f'"code":{_element_json(self.code)},"parameters":{_element_json(self.parameters)}}},'
            f'"components":[{components}],'
            f'"blockers":[{blockers}],'
            f'"findings":{_json([finding_json(f) for f in self.prefix] + claimed)},'
            f'"mof":{mof_json(self._mof_judgements())},'
            f'"claims":{_json(claims)},'
            f'"permissions":{permissions},'
            f'"profile":{_json(_profile(self, modify))},'
            f'"policy":{_json(self._policy())}'
        )

    def _subject(self) -> dict[str, object]:
        about = self.system.system
        return {
            "name": about.name,
            "version": about.version,
            "producer": about.producer,
            "url": about.url,
        }

    def subject(self) -> Subject:
        return Subject.model_validate(self._subject())

    def verdict(self) -> Verdict:
        return self.data_information.verdict & self.code.verdict & self.parameters.verdict

    def _records(self) -> tuple[_Record, ...]:
        return self.data_information.blockers + self.code.blockers + self.parameters.blockers

    def outcome(self) -> Outcome:
        return _outcome(self.verdict(), {r.kind for r in self._records()})

    def _elements(self) -> dict[str, object]:
        return {
            "data-information": _element_data(self.data_information),
            "code": _element_data(self.code),
            "parameters": _element_data(self.parameters),
        }

    def elements(self) -> Elements:
        return Elements.model_validate(self._elements())

    def components(self) -> tuple[ComponentResult, ...]:
        # one validation builds them all: much cheaper than a model at a time
        return _COMPONENT_RESULTS.validate_python([_component_data(j) for j in self.judged])

    def _blockers(self) -> list[dict[str, object]]:
        return [_blocker_data(r) for r in self._records()]

    def blockers(self) -> tuple[Blocker, ...]:
        return _BLOCKERS.validate_python(self._blockers())

    def blocked(self) -> tuple[tuple[str, BlockerKind], ...]:
        return tuple(dict.fromkeys([(r.component, r.kind) for r in self._records()]))

    def findings(self) -> tuple[Finding, ...]:
        return self.prefix + _FINDINGS.validate_python(_claims(self)[1])

    def claims(self) -> tuple[ClaimResult, ...]:
        return _CLAIM_RESULTS.validate_python(_claims(self)[0])

    def _mof(self) -> dict[str, object]:
        return mof_data(self._mof_judgements())

    def _mof_judgements(self) -> tuple[MofJudgement, ...]:
        # a component the manifest does not mention is missing: the MOF says so of any
        # component it is given no judgement for
        default = self.system.license
        memos = terms(MOF_1_0)
        return tuple(
            [_mof_judgement(j, j.own or default, memos) for j in self.judged if j.entry is not None]
        )

    def mof(self) -> MofResult:
        return MofResult.model_validate(self._mof())

    def mof_class(self) -> MofClassName | None:
        judged, default = self.judged, self.system.license
        memos: Sequence[Assessments] = ()  # mof-1.0's, found when a released component asks

        def gap_of(cid: str) -> GapReason | None:
            j = judged[_INDEX[cid]]
            if j.entry is None:
                # Equivalent mutant: another reason, as the class asks only whether there is a gap.
                return "missing"  # mutation: equivalent(constant) — above
            nonlocal memos
            if not memos:
                memos = terms(MOF_1_0)
            return _mof_judgement(j, j.own or default, memos).gap

        return mof_class(gap_of)

    def _relevant(self) -> tuple[tuple[str, str], ...]:
        """(component, licence) of each component whose licence sets what users may do."""
        return tuple(
            (j.spec.id, j.assessment.normalized)
            for j in self.judged
            if j.assessment is not None
            and j.status is Status.RELEASED
            and j.spec.required is not Requirement.OPTIONAL
        )

    def _permissions(self) -> list[dict[str, object]]:
        return permissions_data(self._relevant())

    def permissions(self) -> tuple[Permission, ...]:
        return release_permissions(self._relevant())

    def profile(self) -> Profile:
        return Profile.model_validate(_profile(self, _modification(self._permissions())))

    def _policy(self) -> dict[str, object]:
        return {
            "name": self.under.name,
            "spdx-license-list-version": spdx_list_version(),
            "source": self.under.source,
        }

    def policy(self) -> PolicyInfo:
        return PolicyInfo.model_validate(self._policy())

    def licenses(self) -> tuple[str, ...]:
        # a component the manifest does not mention shows none (nor the default licence)
        shown = [
            j.assessment.normalized if j.assessment is not None else j.effective
            for j in self.judged
            if j.entry is not None and j.spec.element is not None
        ]
        return tuple([lic for lic in shown if lic])

    def with_findings(self, findings: tuple[Finding, ...]) -> _Walk:
        return self._replace(prefix=findings + self.prefix)


def _blocker_data(r: _Record) -> dict[str, object]:
    """A blocker in its JSON form."""
    return {
        "kind": r.kind,
        "component": r.component,
        "element": r.element._value_,
        "message": r.message,
        "remedy": r.remedy,
    }


def _blocker_json(r: _Record) -> str:
    """A blocker as JSON text: made once for a component a manifest does not mention, and
    from its assessment's own text for a component blocked by its licence."""
    judged = r.judged
    if judged is not None and not r.text:
        if judged.entry is None:
            # a component the manifest does not mention: the same words in every report
            text = _UNDECLARED_BLOCKER_JSON.get((r.kind, r.component, r.element))
            if text is not None:
                return text
        # Equivalent mutants (== -> !=, is not -> is): the general way below writes the same
        # text, only slower; a judgement made by its licence always has its assessment.
        elif (
            judged.why == "licence"  # mutation: equivalent(compare) — above
            and judged.assessment is not None  # mutation: equivalent(compare) — above
        ):
            return _licence_blocker_json(r, judged)
    remedy = r.remedy
    return (
        f'{{"kind":"{r.kind}","component":{_json(r.component)},"element":"{r.element._value_}",'
        f'"message":{_json(r.message)},"remedy":{"null" if remedy is None else _json(remedy)}}}'
    )


def _licence_blocker_json(r: _Record, judged: _Judged) -> str:
    """``_blocker_json(r)`` for a component blocked by its licence: its words are
    ``judged.headline`` and ``remedy``, read from the text its assessment keeps."""
    a = judged.assessment
    assert a is not None  # judged by its licence
    cid = r.component  # a component's id: JSON text as it is
    # Equivalent mutant: `or` -> `and`, as the headline written afresh is the same text.
    message = a._headline_text or _json(judged.headline)  # mutation: equivalent(boolean) — above
    how = a._remedy_text
    remedy = "null" if how is None else f'"{cid}: {how[1:]}'
    return (
        f'{{"kind":"{r.kind}","component":"{cid}","element":"{r.element._value_}",'
        f'"message":{message},"remedy":{remedy}}}'
    )


def _json(value: object) -> str:
    """``value`` as compact JSON text, written by pydantic's serializer."""
    return to_json(value).decode()


def _element_json(section: _Section) -> str:
    """``_json(_element_data(section))``."""
    findings = ",".join([_NOTE_TEXT.get(n) or finding_text(n) for n in section.findings])
    return f'{{"verdict":"{section.verdict._value_}","findings":[{findings}]}}'


def _element_data(section: _Section) -> dict[str, object]:
    """An element's result in its JSON form."""
    return {"verdict": section.verdict._value_, "findings": [n.data() for n in section.findings]}


def _walk(system: AISystem, policy: Policy, base: Report | None) -> _Walk:
    judged = _judged(system.components, system.license, terms(policy))
    code = _element(_CODE, _CODE_MEMBERS(judged))
    parameters = _gated(system, _element(_PARAMETERS, _PARAMETER_MEMBERS(judged)))
    # the data sets as evidence: the fallback and the training-data rule both ask for them
    datasets = _evidence(judged[_DATASETS])
    if system.data_information is None:
        documented = _fallback(judged, datasets)
    else:
        documented = _topics(_Evidence(system, policy, judged, {}))
    trained = _training_data(system, policy, datasets)
    lineage = _lineage(system, base)
    data_information = _new(
        _Section,
        (
            _least([documented.verdict, trained.verdict, lineage.verdict]),
            documented.blockers + trained.blockers + lineage.blockers,
            documented.findings + trained.findings + lineage.findings,
        ),
    )
    return _new(_Walk, (system, policy, judged, data_information, code, parameters, ()))


_UNDECLARED = {
    cid: _Judged(spec, None, None, None, UNDETERMINED, "unknown", "undeclared")
    for cid, spec in COMPONENTS.items()
}
"""What the walk concludes about each component a manifest does not mention."""
_UNDECLARED_IN = {
    element: {
        cid: _new(_Record, (undeclared.kind, cid, element, "", None, undeclared))
        for cid, undeclared in _UNDECLARED.items()
    }
    for element in Element
}
"""The blocker each component a manifest does not mention makes in each element: the same in
every report."""
_TERMS_ORDER = tuple(Element)
"""The elements whose terms judge components, in the order of their memos (``terms``)."""
_DECLARABLE = {
    _ATTRS[i]: (i, spec, _TERMS_ORDER.index(judged_as(spec.id)))
    for i, spec in enumerate(COMPONENTS.values())
}
"""For each field of the manifest's components: the component's place in the vocabulary, its
spec, and where the memo of its terms sits (``terms``)."""
_ALL_UNDECLARED = [_UNDECLARED[cid] for cid in _CIDS]
"""The walk's judgements of a release that mentions no component."""


def _judged(
    components: Components, default: str | None, memos: tuple[Assessments, ...]
) -> tuple[_Judged, ...]:
    """Every component of the vocabulary, in its order, under its own element's terms."""
    judged = _ALL_UNDECLARED.copy()
    # only the fields the manifest sets: a release mentions about 7 of the 17 components
    for attr in components.model_fields_set:
        entry = getattr(components, attr)
        if entry is not None:  # a component given as null is undeclared
            i, spec, at = _DECLARABLE[attr]
            judged[i] = _judge(spec, entry, default, memos[at])
    return tuple(judged)


_INDEX = {cid: i for i, cid in enumerate(_CIDS)}
"""Each component's place in the vocabulary, where the walk keeps its judgement."""


_DATASETS = _INDEX["datasets"]


def _members(cids: Iterable[str]) -> Callable[[Sequence[_Judged]], tuple[_Judged, ...]]:
    """Picks the judgements of ``cids`` out of the walk's, in one call."""
    at = [_INDEX[cid] for cid in cids]
    if len(at) == 1:  # itemgetter of one index gives the item, not a tuple of it
        return lambda judged: (judged[at[0]],)  # mutation: equivalent(constant) — one index
    return itemgetter(*at)


_CODE_MEMBERS = _members(_MEMBERS[_CODE])
_PARAMETER_MEMBERS = _members(_MEMBERS[_PARAMETERS])


_OPEN = _Section(OPEN)
"""An open part of an element: nothing blocks and nothing is to be said."""


def _least(verdicts: list[Verdict]) -> Verdict:
    """Kleene AND of ``verdicts`` (``all_of``), told by membership: no verdict is combined."""
    if NOT_OPEN in verdicts:
        return NOT_OPEN
    return UNDETERMINED if UNDETERMINED in verdicts else OPEN


def _element(element: Element, members: tuple[_Judged, ...]) -> _Section:
    verdict = _least(list(map(_VERDICT, members)))
    if verdict is OPEN:  # mutation: equivalent(delete) — no open member blocks
        return _OPEN
    return _new(_Section, (verdict, _blockers(members, element), ()))


_VERDICT = attrgetter("verdict")


def _blockers(members: tuple[_Judged, ...], element: Element) -> tuple[_Record, ...]:
    """The blocker that each of ``members`` that is not open makes in ``element``: for a
    component the manifest does not mention, the same in every report."""
    undeclared = _UNDECLARED_IN[element]
    return tuple(
        [
            undeclared[j.spec.id]
            if j.entry is None
            else _new(_Record, (j.kind, j.spec.id, element, "", None, j))
            for j in members
            # a judged component has a blocker kind exactly when it is not open
            if j.kind is not None
        ]
    )


def _gated(system: AISystem, parameters: _Section) -> _Section:
    """Parameters behind the release's gate, judged by its rule (``definition.GATES``)."""
    access = system.access
    rule = GATES.get(access.approval) if access is not None and access.approval else None
    if rule is None:
        return parameters
    entry = INTERPRETATIONS[rule.interpretation]
    note = _Note(
        rule.interpretation, rule.severity, rule.message, "access.approval", entry.clause,
        rule.freedoms, rule.remedy, interpretation=True,
    )  # fmt: skip
    blockers = parameters.blockers
    if rule.kind is not None:
        where = "access.approval"
        blockers += (_Record(rule.kind, where, Element.PARAMETERS, rule.message, rule.remedy),)
    return _Section(parameters.verdict & rule.verdict, blockers, (*parameters.findings, note))


_OTHER_TERMS = frozenset(cid for cid in COMPONENTS if judged_as(cid) is not _DI)
"""The components whose own terms are not those of documentation."""
_UNFOLLOWABLE = _interpreted("evidence-followable", component="datasets")


class _Evidence(NamedTuple):
    """What Data Information rests on: the release, its policy and its judged components."""

    system: AISystem
    policy: Policy
    judged: tuple[_Judged, ...]
    """Every component of the vocabulary, in its order, under its own element's terms."""
    seen: dict[str, _Judged]
    """The components judged as documentation so far (topics may cite one more than once)."""

    def component(self, cid: str) -> _Judged:
        """Component ``cid`` as documentation: under open terms, and only if followable."""
        judged = self.judged[_INDEX[cid]]
        if judged.entry is None:
            return judged
        seen = self.seen.get(cid)
        if seen is not None:  # mutation: equivalent(delete) — judged anew, equal: only slower
            return seen
        if cid in _OTHER_TERMS:
            terms = assessments(_DI, self.policy)
            judged = _judge(judged.spec, judged.entry, self.system.license, terms)
        if cid == "datasets":
            judged = _evidence(judged)
        self.seen[cid] = judged  # mutation: equivalent(delete) — only slower
        return judged


# --- data information -------------------------------------------------------------------------


def _fallback(judged: tuple[_Judged, ...], datasets: _Judged) -> _Section:
    """Data Information item (1) by the rule ``definition.DATA_INFORMATION_FALLBACK``, with
    ``datasets`` the data sets as evidence (``_evidence``)."""
    members = _FALLBACK_MEMBERS(judged)
    notes: tuple[_Note, ...] = _FALLBACK_NOTES
    if datasets is not judged[_DATASETS]:  # unfollowable: it counts as missing evidence
        as_evidence = list(judged)
        as_evidence[_DATASETS] = datasets
        members = _FALLBACK_MEMBERS(as_evidence)
        notes += _followable_notes(members)
    verdict = _FALLBACK_VERDICTS[tuple(map(_VERDICT, members))]
    if verdict is OPEN:
        return _new(_Section, (verdict, (), notes))
    return _new(_Section, (verdict, _blockers(members, _DI), notes))


def _followable_notes(judged: Iterable[_Judged]) -> tuple[_Note, ...]:
    """The interpretation behind each component that counts as missing evidence."""
    # only the released data sets are ever judged unfollowable (_evidence)
    return tuple([_UNFOLLOWABLE for j in judged if j.why == "unfollowable"])


_FALLBACK_COMPONENTS = rule_components(DATA_INFORMATION_FALLBACK)
_FALLBACK_MEMBERS = _members(_FALLBACK_COMPONENTS)
_FALLBACK_VERDICTS = {
    verdicts: walk_rule(
        DATA_INFORMATION_FALLBACK,
        dict(
            zip(
                _FALLBACK_COMPONENTS,
                verdicts,
                strict=True,  # mutation: equivalent(constant) — as many of each, by construction
            ),
        ).__getitem__,
    )
    for verdicts in product(Verdict, repeat=len(_FALLBACK_COMPONENTS))
}
"""The rule's verdict for each verdict of its components, in their order: walked here, once
for every case, so that a release only looks its case up."""
_FALLBACK_NOTE = _interpreted(
    "data-information-checklist-fallback",
    component="data-information",
    message="data-information is not mapped topic by topic: item (1) is judged as "
    f"{render_rule(DATA_INFORMATION_FALLBACK)}, under open terms",
)
_FALLBACK_NOTES = (_FALLBACK_NOTE,)


def _topics(evidence: _Evidence) -> _Section:
    declared = evidence.system.data_information
    assert declared is not None
    verdicts: list[Verdict] = []
    blockers: list[_Record] = []
    findings: list[_Note] = []
    for topic in Topic:
        section = _topic(evidence, topic, declared.topic(topic))
        verdicts.append(section.verdict)
        blockers += section.blockers
        findings += section.findings
    return _Section(all_of(verdicts), tuple(blockers), tuple(findings))


def _topic(evidence: _Evidence, topic: Topic, value: tuple[str, ...] | str | None) -> _Section:
    where = f"data-information.{topic.value}"
    if value is None:
        message = f"the manifest does not say where {topic.value} is documented"
        remedy = f"list what documents {topic.value} under data-information"
        return _Section(
            Verdict.UNDETERMINED,
            (_Record("unknown", where, _DI, message, remedy),),
            (
                _Note(
                    "data-information-topic-undocumented", Severity.WARNING, message,
                    component=where, clause=Clause.DATA_INFORMATION_DESCRIPTION, remedy=remedy,
                ),
            ),
        )  # fmt: skip
    if value == "undisclosed":
        message = f"{topic.value} of the training data is not disclosed"
        remedy = f"document the {topic.value} of the training data"
        return _Section(
            Verdict.NOT_OPEN,
            (_Record("missing", where, _DI, message, remedy),),
            (
                _Note(
                    "data-information-topic-undisclosed", Severity.ERROR, message,
                    component=where, clause=Clause.DATA_INFORMATION_DESCRIPTION,
                    freedoms=(Freedom.STUDY, Freedom.MODIFY), remedy=remedy,
                ),
            ),
        )  # fmt: skip
    if value == "not-applicable":
        return _Section(Verdict.OPEN)
    operands = [_reference(evidence, ref, where) for ref in value]
    best = max(operands, key=lambda o: o.verdict.rank)
    blockers: tuple[_Record, ...] = ()
    # Equivalent mutants: `and` -> `or`, as an operand has a blocker exactly when it is not
    # open; best.blockers[-1], as it has one at most.
    if best.verdict is not Verdict.OPEN and best.blockers:
        found = best.blockers[0]
        blockers = (
            _Record(
                found.kind,
                where,
                _DI,
                f"{topic.value} is documented only by what is not open: {found.text}",
                found.advice,
                found.judged,
            ),
        )
    return _Section(best.verdict, blockers, tuple(f for o in operands for f in o.findings))


def _reference(evidence: _Evidence, ref: str, where: str) -> _Section:
    if ref in COMPONENTS:
        judged = evidence.component(ref)
        notes = _followable_notes((judged,))
        if judged.spec.element is Element.CODE:
            notes += (_interpreted("code-cited-as-documentation", component=ref),)
        return _Section(judged.verdict, _blockers((judged,), _DI), notes)
    default = evidence.system.license
    note = _interpreted(
        "url-documentation-license",
        component=where,
        message=f"{ref} counts under the manifest's default licence "
        f"({default or 'none: its terms are unknown'})",
    )
    if default is None:
        message = f"{ref} carries no licence and the manifest has no default"
        remedy = "give the manifest a default licence that covers the documentation"
        return _Section(
            Verdict.UNDETERMINED, (_Record("unknown", where, _DI, message, remedy),), (note,)
        )
    a = assess_license(default, _DI, evidence.policy)
    # Equivalent mutants: deleting this return, or `or` -> `and`: an assessment has no blocker
    # kind exactly when it is open, and an open operand's blockers are never read (_topic).
    if a.verdict is Verdict.OPEN or a.blocker_kind is None:
        return _Section(a.verdict, (), (note,))
    message = f"{ref} is under {a.normalized}, which is {a.verdict.value} for documentation"
    remedy = "publish the documentation under open terms such as CC-BY-4.0"
    return _Section(a.verdict, (_Record(a.blocker_kind, where, _DI, message, remedy),), (note,))


def _training_data(system: AISystem, policy: Policy, datasets: _Judged) -> _Section:
    """The training data sets, as listed, or as the data sets (as evidence) stand for them."""
    listed = system.training_data
    if listed == "undisclosed":
        message = "the training data sets are not listed"
        remedy = "list every training data set with its class and where to obtain it"
        f = _Note(
            "training-data-undisclosed", Severity.ERROR, message, component="training-data",
            clause=Clause.DATA_INFORMATION_PUBLIC, freedoms=(Freedom.STUDY, Freedom.MODIFY),
            remedy=remedy,
        )  # fmt: skip
        return _Section(
            Verdict.NOT_OPEN, (_Record("missing", "training-data", _DI, message, remedy),), (f,)
        )
    if listed is None:
        entry = datasets.entry  # read, not the status property: once per release
        if entry is not None and entry.status is RELEASED and datasets.verdict is OPEN:
            return _FROM_DATASETS
        return _UNLISTED[datasets.why == "unfollowable"]
    sections = [_data_set(ds, i, policy) for i, ds in enumerate(listed)]
    return _Section(
        all_of(s.verdict for s in sections),
        tuple(b for s in sections for b in s.blockers),
        tuple(f for s in sections for f in s.findings),
    )


def _unlisted(unfollowable: bool) -> _Section:
    """Training data sets the manifest does not list, and the datasets component does not
    stand for (the same in every report: made once)."""
    message = "the manifest does not list the training data sets"
    if unfollowable:
        message += ", and the datasets component gives no location to obtain them"
    remedy = "list every training data set under training-data (or write: undisclosed)"
    f = _Note(
        "training-data-undeclared", Severity.WARNING, message, component="training-data",
        clause=Clause.DATA_INFORMATION_PUBLIC, remedy=remedy,
    )  # fmt: skip
    return _Section(
        Verdict.UNDETERMINED, (_Record("unknown", "training-data", _DI, message, remedy),), (f,)
    )


_UNLISTED = (_unlisted(False), _unlisted(True))
_FROM_DATASETS = _Section(
    Verdict.OPEN, (), (_interpreted("training-data-from-datasets", component="training-data"),)
)


_DATA_CLAUSE = {
    DataClass.PUBLIC: Clause.DATA_INFORMATION_PUBLIC,
    DataClass.OBTAINABLE: Clause.DATA_INFORMATION_OBTAINABLE,
}
_LOCATED = (DataClass.OPEN, DataClass.PUBLIC, DataClass.OBTAINABLE)


def _data_set(ds: TrainingDataSet, i: int, policy: Policy) -> _Section:
    where = f"training-data[{i}]"
    label = f"training data set {ds.name!r} ({ds.class_.value})"
    blockers: list[_Record] = []
    findings: list[_Note] = []
    verdict = Verdict.OPEN
    clause = _DATA_CLAUSE.get(ds.class_, Clause.DATA_CLASSES)
    if ds.class_ in _LOCATED and not ds.location:
        message = f"{label} has no location: the definition asks where to obtain it"
        remedy = f"add the location of {ds.name}"
        findings.append(
            _Note(
                "training-data-location-missing", Severity.ERROR, message, component=where,
                clause=clause, remedy=remedy,
            )
        )  # fmt: skip
        blockers.append(_Record("missing", where, _DI, message, remedy))
        verdict = Verdict.NOT_OPEN
    if ds.class_ is DataClass.OPEN:
        section = _open_data_set(ds, label, where, clause, policy)
        verdict &= section.verdict
        blockers += section.blockers
        findings += section.findings
    if ds.class_ is DataClass.UNSHAREABLE and not ds.description:
        message = f"{label} has no description: unshareable data must be described in detail"
        remedy = f"describe {ds.name}: what it is, how it was collected, its characteristics"
        findings.append(
            _Note(
                "training-data-description-missing", Severity.ERROR, message, component=where,
                clause=Clause.DATA_CLASSES, remedy=remedy,
            )
        )  # fmt: skip
        blockers.append(_Record("missing", where, _DI, message, remedy))
        verdict = Verdict.NOT_OPEN
    return _Section(verdict, tuple(blockers), tuple(findings))


def _open_data_set(
    ds: TrainingDataSet, label: str, where: str, clause: Clause, policy: Policy
) -> _Section:
    if ds.license is None:
        message = f"{label} is said to be open, but no licence is given"
        remedy = f"give the licence of {ds.name}, or class it as public or obtainable"
        f = _Note(
            "training-data-license-absent", Severity.WARNING, message, component=where,
            clause=clause, remedy=remedy,
        )  # fmt: skip
        return _Section(
            Verdict.UNDETERMINED, (_Record("unknown", where, _DI, message, remedy),), (f,)
        )
    a = assess_license(ds.license, _DI, policy)
    findings = tuple(_Note.moved(f, where) for f in a.findings)
    # Equivalent mutant: `or` -> `and`, as an assessment has no blocker kind exactly when it
    # is open.
    if a.verdict is Verdict.OPEN or a.blocker_kind is None:
        return _Section(a.verdict, (), findings)
    message = f"{label} is under {a.normalized}, which is {a.verdict.value}"
    remedy = f"share {ds.name} under open terms, or class it as public or obtainable"
    return _Section(a.verdict, (_Record(a.blocker_kind, where, _DI, message, remedy),), findings)


def _lineage(system: AISystem, base: Report | None) -> _Section:
    """The base model's share of Data Information: its training data is this release's too."""
    declared = system.system.base_model
    if declared is None:
        return _OPEN
    name = declared.name
    if base is None:
        message = (
            f"the base model {name} is declared, but its openness is not established: its "
            "training data is part of this release's"
        )
        remedy = "give the base model's own manifest (system.base-model.manifest)"
        note = _interpreted(
            "base-model-data-information", component="system.base-model", message=message
        )
        return _Section(
            Verdict.UNDETERMINED,
            (_Record("unknown", "system.base-model", _DI, message, remedy),),
            (note,),
        )
    own = base.elements[_DI]
    note = _interpreted(
        "base-model-data-information",
        component="system.base-model",
        message=f"the base model {name}'s Data Information is part of this release's: it is "
        f"{own.verdict.value}",
    )
    blockers = tuple(
        _Record(b.kind, f"base-model:{b.component}", _DI, f"base model {name}: {b.message}",
                b.remedy)
        for b in base.blockers
        if b.element is _DI
    )  # fmt: skip
    return _Section(own.verdict, blockers, (note,))


def _outcome(verdict: Verdict, kinds: set[BlockerKind]) -> Outcome:
    if verdict is Verdict.OPEN:
        return "passes"
    if "missing" in kinds:
        return "lacks-components"
    if "access" in kinds:
        return "gated"
    if kinds == {"license"}:
        return "would-pass-with-other-licenses"
    if verdict is Verdict.NOT_OPEN:
        return "licenses-not-open"
    return "undetermined"


# --- the explanation, built when first read ---------------------------------------------------


_DEFERRED = ConfigDict(defer_build=True)  # mutation: equivalent(constant) — only build time
_COMPONENT_RESULTS = TypeAdapter(tuple[ComponentResult, ...], config=_DEFERRED)
_BLOCKERS = TypeAdapter(tuple[Blocker, ...], config=_DEFERRED)
_FINDINGS = TypeAdapter(tuple[Finding, ...], config=_DEFERRED)
_CLAIM_RESULTS = TypeAdapter(tuple[ClaimResult, ...], config=_DEFERRED)


def _component_data(j: _Judged) -> dict[str, object]:
    """A component's result in its JSON form, which its model is validated from."""
    if j.entry is None:
        return _UNDECLARED_DATA[j.spec.id]
    return _result_data(j)


def _result_data(j: _Judged) -> dict[str, object]:
    spec = j.spec
    return {
        "id": spec.id,
        "element": None if spec.element is None else spec.element._value_,
        "required": spec.required in _REQUIRED,
        "status": j.status._value_,
        "license": j.assessment.normalized if j.assessment is not None else j.effective,
        "license-from": "component" if j.own else ("default" if j.default else None),
        "verdict": j.verdict._value_,
        "findings": [
            f.data() if isinstance(f, _Note) else finding_json(f) for f in _component_findings(j)
        ],
    }


def _result_json(j: _Judged) -> str:
    """``_json(_result_data(j))``, written from text made once for each component (a law in
    the tests)."""
    a, cid = j.assessment, j.spec.id
    # Equivalent mutants: a component judged by its licence taken the general way writes the
    # same text, only slower, and one with an assessment is always judged by its licence;
    # the general way has one finding to write (a status, or a missing licence), so any
    # separator joins it alike.
    if a is None or j.why != "licence":  # mutation: equivalent(boolean,compare,constant) — above
        findings = ",".join(  # mutation: equivalent(constant) — above
            [finding_text(f) for f in _component_findings(j)]
        )
    else:  # each finding of its licence, about it, then what the component itself lacks
        cid_json = _CID_JSON[cid]
        texts = [before + cid_json + after for before, after in a._findings_text]
        if not j.entry.location:  # type: ignore[union-attr]  # released: declared
            texts.append(_LOCATION_NOTE_JSON[cid])
        if j.spec.element is None:
            texts.append(_OPTIONAL_NOTE_JSON[cid])
        findings = ",".join(texts)
    if a is not None:
        shown = a._normalized_text
    else:
        effective = j.effective
        shown = "null" if effective is None else _json(effective)
    return (
        f'{_RESULT_HEAD_JSON[cid]}"status":"{j.status._value_}",'
        f'"license":{shown},'
        f'"license-from":{_FROM_JSON[bool(j.own), bool(j.default)]},'
        f'"verdict":"{j.verdict._value_}","findings":[{findings}]}}'
    )


def _component_findings(j: _Judged) -> tuple[_Note | Finding, ...]:
    spec, entry, cid = j.spec, j.entry, j.spec.id
    as_element = _TERMS[cid]
    clause = ELEMENTS[as_element].clause
    required = spec.required in _REQUIRED
    blocking = Severity.ERROR if required else Severity.INFO
    worth_a_warning = Severity.WARNING if required else Severity.INFO
    status = j.status
    if status is Status.UNDECLARED:
        undeclared = _Note(
            "component-undeclared", worth_a_warning, j.headline, component=cid, clause=clause,
            remedy=j.remedy,
        )  # fmt: skip
        if spec.required is Requirement.IF_USED:
            return (undeclared, _interpreted("supporting-libraries-if-used", component=cid))
        return (undeclared,)
    if status in (Status.NOT_RELEASED, Status.PARTIALLY_RELEASED):
        code = (
            "component-not-released"
            if status is Status.NOT_RELEASED
            else "component-partially-released"
        )
        return (
            _Note(
                code, blocking, j.headline, component=cid, clause=clause,
                freedoms=(Freedom.STUDY, Freedom.MODIFY), remedy=j.remedy,
            ),
        )  # fmt: skip
    if status is Status.NOT_APPLICABLE:
        return (
            _Note(
                "component-not-applicable", Severity.INFO, j.headline, component=cid,
                clause=clause,
            ),
        )  # fmt: skip
    if j.assessment is None:
        return (
            _Note(
                "license-absent", worth_a_warning, j.headline, component=cid, clause=clause,
                remedy=j.remedy,
            ),
        )  # fmt: skip
    found: list[_Note | Finding] = [
        f if f.component == cid else _Note.moved(f, cid) for f in j.assessment.findings
    ]
    if entry is not None and not entry.location:
        found.append(_LOCATION_NOTE[cid])
    if spec.element is None:
        found.append(_OPTIONAL_NOTE[cid])
    return tuple(found)


_LOCATION_NOTE = {
    cid: _Note(
        "component-location-missing",
        Severity.INFO,
        f"{cid} is released, but the manifest does not say where it can be had",
        component=cid,
        remedy=f"add the location of {cid}",
    )
    for cid in COMPONENTS
}
"""What each component released without a location is told."""
_OPTIONAL_NOTE = {
    cid: _interpreted(
        "optional-component-framework",
        component=cid,
        message=f"{cid} is optional: osaid judges its terms as {judged_as(cid).value} "
        "and never lets it block",
    )
    for cid, spec in COMPONENTS.items()
    if spec.element is None
}
"""What each optional component is told of the terms it is judged by."""


def _mof_judgement(j: _Judged, effective: str | None, memos: Sequence[Assessments]) -> MofJudgement:
    """What the MOF needs of one component: under ``mof-1.0``, whatever the report's policy
    (``memos``: its assessments for each element, in the order of ``_TERMS_ORDER``)."""
    cid, entry = j.spec.id, j.entry
    status = Status.UNDECLARED if entry is None else entry.status
    if status is not Status.RELEASED or effective is None:
        # Equivalent mutant: Verdict.OPEN here, as the MOF reads no verdict of a component that
        # is withheld (missing) or has no licence (unlicensed).
        return MofJudgement(cid, status, effective, Verdict.NOT_OPEN)
    verdict = memos[_TERMS_INDEX[cid]][effective].verdict
    return MofJudgement(cid, status, effective, verdict)


_TERMS = {cid: judged_as(cid) for cid in COMPONENTS}
"""The element whose terms judge each component's licence."""
_TERMS_INDEX = {cid: _TERMS_ORDER.index(element) for cid, element in _TERMS.items()}
"""Where the memo of each component's terms sits in a list made in ``_TERMS_ORDER``."""


# Equivalent mutants: license 0 -> -1 and unknown 2 -> 3, as only the order of the ranks counts.
_KIND_ORDER = {"license": 0, "missing": 1, "unknown": 2}


_Data = list[dict[str, object]]


def _claims(walk: _Walk) -> tuple[_Data, _Data]:
    """Each claim's result and the openwashing findings, in their JSON form."""
    entries = walk.system.claims
    if not entries:  # mutation: equivalent(delete) — no claims: the loop below adds nothing
        return [], []
    element_verdicts = {
        _DI: walk.data_information.verdict,
        Element.CODE: walk.code.verdict,
        Element.PARAMETERS: walk.parameters.verdict,
    }
    by_id = {j.spec.id: j for j in walk.judged}
    records = sorted(walk._records(), key=lambda r: _KIND_ORDER[r.kind])
    results: _Data = []
    findings: _Data = []
    for i, entry in enumerate(entries):
        claim, claimed_at = entry.claim, entry.where
        spec = CLAIMS[claim]
        backed = all_of(
            [element_verdicts[e] for e in spec.elements]
            + [by_id[cid].verdict for cid in spec.components]
        )
        gaps = [
            f"{r.component} ({r.kind})"
            for r in records
            if r.element in spec.elements or r.component in spec.components
        ]
        gaps += [
            f"{cid} ({by_id[cid].verdict.value})"
            for cid in spec.components
            if by_id[cid].verdict is not Verdict.OPEN and all(r.component != cid for r in records)
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
                finding_data(
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
            {"claim": claim, "where": claimed_at, "backed": backed._value_, "message": message}
        )
    return results, findings


_HURDLES = (("gated", "gated download"), ("registration", "registration"), ("fee", "fee"))


def _modification(permissions: _Data) -> object:
    """The answer to ``modification`` among ``permissions`` (in their JSON form)."""
    return next(p["answer"] for p in permissions if p["question"] == "modification")


def _profile(walk: _Walk, modify: object) -> dict[str, object]:
    """The profile in its JSON form, given whether the licences allow modification."""
    access = walk.system.access
    if access is None:
        accessibility = "not declared"
    else:
        flags = [(name, shown, getattr(access, name)) for name, shown in _HURDLES]
        hurdles = [shown for _name, shown, flag in flags if flag]
        if access.approval is not None:  # a gate that says how it grants access
            gate = f"gated download ({access.approval} approval)"
            hurdles = [gate, *(h for h in hurdles if h != "gated download")]
        unknown = [name for name, _shown, flag in flags if flag is None]
        accessibility = ", ".join(hurdles) if hurdles else "open download"
        if unknown and not hurdles:
            accessibility += f" (not declared: {', '.join(unknown)})"
    di = walk.data_information.verdict
    topics = walk.system.data_information
    if topics is None:
        transparency = (
            f"data information {di.value} (judged from the data components: no topic map)"
        )
    else:
        documented = sum(
            1
            for topic in Topic
            if isinstance(value := topics.topic(topic), tuple) or value == "not-applicable"
        )
        transparency = f"data information {di.value}: {documented} of 5 topics documented"
    licences = sorted(
        {
            j.assessment.normalized
            for j in walk.judged
            if j.assessment is not None
            and j.status is Status.RELEASED
            and j.spec.required in _REQUIRED
        }
    )
    return {
        "accessibility": accessibility,
        "modification": f"code {walk.code.verdict.value}, parameters "
        f"{walk.parameters.verdict.value}; the licences allow modification: {modify}",
        "transparency": transparency,
        "licensing": ", ".join(licences)
        if licences
        else "no licence declared for required components",
    }


_UNDECLARED_DATA = {cid: _result_data(j) for cid, j in _UNDECLARED.items()}
"""The result of each component a manifest does not mention: the same in every report (it is
only ever read: serialized, or validated into new models)."""
_UNDECLARED_JSON = {cid: _json(data) for cid, data in _UNDECLARED_DATA.items()}
"""``_UNDECLARED_DATA`` as JSON text: what most of a report is, written once."""
_UNDECLARED_BLOCKER_JSON = {
    (kind, cid, element): _json(_blocker_data(_Record(kind, cid, element, "", None, judged)))
    for cid, judged in _UNDECLARED.items()
    for element in Element
    for kind in get_args(BlockerKind)
}
"""The blocker a component the manifest does not mention makes, as JSON text, by its kind,
component and element."""
_RESULT_HEAD_JSON = {
    cid: _json(
        {
            "id": cid,
            "element": None if spec.element is None else spec.element._value_,
            "required": spec.required in _REQUIRED,
        }
    )[:-1]
    + ","
    for cid, spec in COMPONENTS.items()
}
"""The start of each component's result as JSON text: what does not depend on the release."""
_FROM_JSON = {
    (True, True): '"component"', (True, False): '"component"',
    (False, True): '"default"', (False, False): "null",
}  # fmt: skip
"""``license-from`` as JSON text, by whether the component has its own licence and whether
the manifest has a default."""
_CID_JSON = {cid: _json(cid) for cid in COMPONENTS}
"""Each component's id as JSON text."""
_LOCATION_NOTE_JSON = {cid: finding_text(note) for cid, note in _LOCATION_NOTE.items()}
_OPTIONAL_NOTE_JSON = {cid: finding_text(note) for cid, note in _OPTIONAL_NOTE.items()}
_NOTE_TEXT = {
    note: finding_text(note)
    for note in (
        _FALLBACK_NOTE,
        _UNFOLLOWABLE,
        *(f for section in (*_UNLISTED, _FROM_DATASETS) for f in section.findings),
    )
}
"""The notes an element's findings share with every report, as JSON text, by the note."""
