"""Hypothesis strategies for osaid's inputs: licence expressions, components and manifests.

For property tests of your own licence logic, and osaid's own: every strategy draws only
valid input (``osaid.loads_manifest`` and ``osaid.assess_license`` accept all of it) and
shrinks to a small, readable counterexample: ``MIT`` before long ids, a single licence before
a compound expression, few components before many.

Hypothesis is an optional dependency: ``pip install 'osaid[testing]'``.

A property test with them (``docs/strategies.md`` has more)::

    from hypothesis import given
    from osaid import Verdict, assess_license
    from osaid.strategies import license_expressions

    @given(license_expressions("code", verdict="open"))
    def test_open_code_licences(expression):
        assert assess_license(expression, "code").verdict is Verdict.OPEN
"""

from __future__ import annotations

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as exc:  # pragma: no cover - exercised by a test that hides hypothesis
    _MESSAGE = (
        "osaid.strategies needs hypothesis, which is an optional dependency of osaid: "
        "pip install 'osaid[testing]'"
    )
    raise ImportError(_MESSAGE, name=exc.name) from exc

import functools
import json
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias

from osaid.components import COMPONENTS, DataClass, Element, Status, Topic
from osaid.definition import judged_as
from osaid.formats._common import yaml_dumper
from osaid.licenses import FRAMEWORK_OF, assess_license, knowledge, parse
from osaid.licenses._parse import Lic
from osaid.licenses._tables import HF_LICENSES
from osaid.loader import Format
from osaid.manifest import AISystem, Claim, ComponentEntry, RequiredComponentEntry
from osaid.policy import Policy, resolve_policy
from osaid.verdict import Verdict

__all__ = [
    "components",
    "license_expressions",
    "licenses",
    "manifest_texts",
    "manifests",
    "unknown_license_refs",
]

SearchStrategy = st.SearchStrategy

_O, _U, _N = Verdict.OPEN, Verdict.UNDETERMINED, Verdict.NOT_OPEN
_VERDICTS = (_O, _N, _U)
"""In the order a shrinking search prefers them: an open licence is the simplest."""

_FAVOURITES = (
    "MIT",
    "Apache-2.0",
    "BSD-3-Clause",
    "GPL-3.0-only",
    "CC-BY-4.0",
    "CC0-1.0",
    "CC-BY-SA-4.0",
    "CC-BY-NC-4.0",
    "llama3.1",
    "gemma",
    "openrail",
    "unknown",
    "NOASSERTION",
    "NONE",
)
"""Ids a counterexample should shrink to first: short and familiar."""

_FAVOURITE_EXCEPTIONS = ("Classpath-exception-2.0", "LLVM-exception", "GCC-exception-3.1")

_SPECIAL = ("NONE", "NOASSERTION")
"""SPDX's special values: they stand only alone, never inside a compound expression."""

_IDSTRING = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-."
"""The characters of an SPDX idstring (what follows ``LicenseRef-``)."""

_MAX_DEPTH = 3
"""How deep a drawn expression may nest: deep enough for every combination of operators."""


# --- arguments --------------------------------------------------------------------------------


def _element(element: Element | str | None) -> Element | None:
    if element is None:
        return None
    try:
        return Element(element)
    except ValueError:
        msg = f"unknown element {element!r}: use code, parameters or data-information"
        raise InvalidArgument(msg) from None


def _verdict(verdict: Verdict | str | None) -> Verdict | None:
    if verdict is None:
        return None
    try:
        return Verdict(verdict)
    except ValueError:
        msg = f"unknown verdict {verdict!r}: use open, not-open or undetermined"
        raise InvalidArgument(msg) from None


def _policy(policy: Policy | str | None) -> Policy:
    try:
        return resolve_policy(policy)
    except ValueError as exc:
        raise InvalidArgument(str(exc)) from None


# --- what osaid knows, sorted by verdict ----------------------------------------------------


def _simplest_first(ids: list[str], favourites: tuple[str, ...]) -> tuple[str, ...]:
    rank = {key: i for i, key in enumerate(favourites)}
    return tuple(sorted(ids, key=lambda k: (rank.get(k, len(rank)), len(k), k.casefold(), k)))


@functools.cache
def _candidate_ids() -> tuple[str, ...]:
    """Every single licence id osaid accepts, apart from NONE and NOASSERTION.

    The SPDX list, osaid's AI licence table (as ``LicenseRef-``s) and the Hugging Face ids.
    """
    kb = knowledge()
    ids = [key for key in kb.licenses if key not in _SPECIAL]
    seen = set(ids)
    ids += [row.hf_id for row in HF_LICENSES if row.hf_id not in seen]
    return _simplest_first(ids, _FAVOURITES)


@functools.cache
def _exception_ids() -> tuple[str, ...]:
    return _simplest_first(list(knowledge().exceptions), _FAVOURITE_EXCEPTIONS)


@dataclass(frozen=True)
class _Pools:
    """The single licences of each verdict, for one element under one policy."""

    ids: Mapping[Verdict, tuple[str, ...]]
    bases: Mapping[Verdict, tuple[str, ...]]
    """The ids that can take a ``WITH`` exception: not the deprecated ``…-with-…`` ids, which
    stand for an expression with an exception already."""
    special: Mapping[Verdict, tuple[str, ...]]
    or_later: frozenset[str]
    """The ids whose ``+`` form (SPDX's "or later") has the same verdict."""
    unknown: Verdict
    """The verdict on a ``LicenseRef-`` nobody knows."""
    with_exception: Mapping[Verdict, Verdict]
    """The verdict of a licence → the verdict of it ``WITH`` an exception on the SPDX list."""
    with_addition: Mapping[Verdict, Verdict]
    """The verdict of a licence → the verdict of it ``WITH`` an addition nobody knows."""
    element: Element
    policy: Policy

    def base(self, verdict: Verdict) -> bool:
        """Whether a single licence (one that can take an exception) can have ``verdict``."""
        return bool(self.bases[verdict]) or self.unknown is verdict

    def with_bases(self, verdict: Verdict, *, known: bool) -> tuple[Verdict, ...]:
        """The verdicts ``v`` of a licence such that ``v WITH <an exception>`` is ``verdict``:
        an exception on the SPDX list (``known``) or an addition nobody knows."""
        table = self.with_exception if known else self.with_addition
        return tuple(v for v, result in table.items() if result is verdict)

    def reachable(self, verdict: Verdict, *, top: bool) -> bool:
        """Whether some expression has ``verdict`` (``top``: it may be NONE or NOASSERTION)."""
        return (
            self.base(verdict)
            or bool(self.with_bases(verdict, known=True))
            or bool(self.with_bases(verdict, known=False))
            or (top and bool(self.special[verdict]))
        )


_PROBE_REF = "LicenseRef-osaid-strategies-unknown-probe"
_PROBE_ADDITION = "AdditionRef-osaid-strategies-unknown-probe"


@functools.cache
def _pools(element: Element, policy: Policy) -> _Pools:
    """Every licence osaid knows, sorted by its verdict for ``element`` under ``policy``.

    Each verdict is ``assess_license``'s own, so the pools follow the knowledge base and any
    policy, built-in or from a file, without a rule of their own.
    """
    by_verdict: dict[Verdict, list[str]] = {v: [] for v in _VERDICTS}
    bases: dict[Verdict, list[str]] = {v: [] for v in _VERDICTS}
    or_later: set[str] = set()
    kb = knowledge()
    for key in _candidate_ids():
        verdict = assess_license(key, element, policy).verdict
        by_verdict[verdict].append(key)
        if isinstance(parse(key).tree, Lic):
            bases[verdict].append(key)
        info = kb.licenses.get(key)
        if (
            info is not None
            and info.kind == "spdx"
            and assess_license(f"{key}+", element, policy).verdict is verdict
            and isinstance(parse(f"{key}+").tree, Lic)
        ):
            or_later.add(key)
    special: dict[Verdict, list[str]] = {v: [] for v in _VERDICTS}
    for key in _SPECIAL:
        special[assess_license(key, element, policy).verdict].append(key)
    unknown = assess_license(_PROBE_REF, element, policy).verdict
    # what an exception does to a licence depends on the licence's verdict alone (SPEC §4.1);
    # ask osaid, with one licence of each verdict
    with_exception: dict[Verdict, Verdict] = {}
    with_addition: dict[Verdict, Verdict] = {}
    for v in _VERDICTS:
        probe = bases[v][0] if bases[v] else (_PROBE_REF if unknown is v else None)
        if probe is not None:
            exception = f"{probe} WITH {_exception_ids()[0]}"
            with_exception[v] = assess_license(exception, element, policy).verdict
            addition = f"{probe} WITH {_PROBE_ADDITION}"
            with_addition[v] = assess_license(addition, element, policy).verdict
    return _Pools(
        ids={v: tuple(by_verdict[v]) for v in _VERDICTS},
        bases={v: tuple(bases[v]) for v in _VERDICTS},
        special={v: tuple(special[v]) for v in _VERDICTS},
        or_later=frozenset(or_later),
        unknown=unknown,
        with_exception=with_exception,
        with_addition=with_addition,
        element=element,
        policy=policy,
    )


# --- single licences --------------------------------------------------------------------------


def _is_unknown(ref: str, policy: Policy | None) -> bool:
    if knowledge().lookup(ref) is not None:
        return False
    return policy is None or all(
        policy.rule_for(ref, framework) is None for framework in set(FRAMEWORK_OF.values())
    )


@functools.cache
def _refs(prefix: str, policy: Policy | None) -> SearchStrategy[str]:
    return (
        st.text(alphabet=_IDSTRING, min_size=1, max_size=8)
        .map(lambda s: prefix + s)
        .filter(lambda ref: _is_unknown(ref, policy))
    )


def unknown_license_refs(*, policy: Policy | str | None = None) -> SearchStrategy[str]:
    """``LicenseRef-`` ids that osaid does not know (and ``policy`` has no rule for).

    Their verdict is the policy's verdict on an unknown licence: undetermined under
    ``osaid-1.0``, not-open under ``mof-1.0``.

    Args:
        policy: a ``Policy``, the name of a built-in one, or ``None`` for ``osaid-1.0``.

    >>> from hypothesis import Phase, find, settings
    >>> quiet = settings(database=None, derandomize=True, phases=[Phase.generate, Phase.shrink])
    >>> find(unknown_license_refs(), lambda _: True, settings=quiet)
    'LicenseRef-0'
    """
    return _refs("LicenseRef-", _policy(policy))


@functools.cache
def _sampled(values: tuple[str, ...]) -> SearchStrategy[str]:
    return st.sampled_from(values)


_PERCENT = st.integers(0, 99)


def _chance(draw: st.DrawFn, percent: int) -> bool:
    """True about ``percent`` times in a hundred; shrinks to False."""
    return draw(_PERCENT) >= 100 - percent


@functools.cache
def _below(count: int) -> SearchStrategy[int]:
    return st.integers(0, count - 1)


def _pick(draw: st.DrawFn, count: int) -> int:
    """An index below ``count``; shrinks to 0, so list the simplest option first."""
    return draw(_below(count)) if count > 1 else 0


def _pick_steadily(draw: st.DrawFn, count: int, most: int) -> int:
    """An index below ``count`` (at most ``most``), always drawn the same way.

    Where the number of options depends on an earlier choice, one choice of a fixed range
    keeps every alternative equally costly to the shrinker, which then prefers by value
    (``MIT`` before ``CC-BY-4.0``) rather than by how few choices an example took.
    """
    return draw(_below(most)) % count


_BOOLEANS = st.booleans()


# Drawing helpers: plain functions that take hypothesis' ``draw``, so that no strategy object
# is built for every node of every expression.


def _draw_single(draw: st.DrawFn, pools: _Pools, verdict: Verdict, *, base: bool) -> str:
    """One id of ``verdict`` (``base``: one that can take an exception), sometimes with ``+``."""
    key = draw(_sampled((pools.bases if base else pools.ids)[verdict]))
    # drawn whatever the key, so that every single id costs the shrinker the same
    plus = _chance(draw, 10)
    return f"{key}+" if plus and key in pools.or_later else key


def _draw_base(draw: st.DrawFn, pools: _Pools, verdict: Verdict) -> str:
    """A single licence of ``verdict`` that can take a ``WITH`` exception."""
    if pools.bases[verdict] and (pools.unknown is not verdict or not _chance(draw, 30)):
        return _draw_single(draw, pools, verdict, base=True)
    return draw(_refs("LicenseRef-", pools.policy))


def _draw_leaf(draw: st.DrawFn, pools: _Pools, verdict: Verdict, *, top: bool) -> str:
    """A single licence, a licence WITH an exception, or (alone) NONE / NOASSERTION.

    A single id, an unknown ``LicenseRef-`` and a special value each take the same number
    of choices (the ``+`` is drawn for all of them, used or not), so that the shrinker
    prefers among them by value: ``MIT``, not whichever took fewest choices.
    """
    options: list[str] = []
    if pools.ids[verdict]:
        options.append("single")
    if pools.unknown is verdict:
        options.append("unknown")
    exception_bases = pools.with_bases(verdict, known=True)
    if exception_bases:
        options.append("with")
    addition_bases = pools.with_bases(verdict, known=False)
    if addition_bases:
        options.append("with-addition")
    if top and pools.special[verdict]:
        options.append("special")
    prefer_single = not _chance(draw, 50)
    index = _pick_steadily(draw, len(options), 5)
    option = "single" if options[0] == "single" and prefer_single else options[index]
    if option == "single":
        return _draw_single(draw, pools, verdict, base=False)
    if option == "with":
        # an exception on the SPDX list only adds permissions: the verdict is the licence's
        base = _draw_base(draw, pools, exception_bases[_pick(draw, len(exception_bases))])
        return f"{base} WITH {draw(_sampled(_exception_ids()))}"
    if option == "with-addition":
        # an addition nobody knows: the worse of the licence and undetermined
        base = _draw_base(draw, pools, addition_bases[_pick(draw, len(addition_bases))])
        prefix = ("AdditionRef-", "LicenseRef-")[_pick(draw, 2)]
        return f"{base} WITH {draw(_refs(prefix, pools.policy))}"
    if option == "unknown":
        value = draw(_refs("LicenseRef-", pools.policy))
    else:
        specials = pools.special[verdict]
        value = specials[_pick_steadily(draw, len(specials), 2)]
    _chance(draw, 10)  # the "+" that these cannot take
    return value


_Tree: TypeAlias = "str | tuple[str, tuple[_Tree, ...]]"


@st.composite
def _trees(draw: st.DrawFn, pools: _Pools, verdict: Verdict, depth: int, top: bool) -> _Tree:
    """An expression tree whose verdict is ``verdict`` by Kleene logic, built top-down.

    ``A OR B`` is the best of its operands, ``A AND B`` the worst: so an OR of ``verdict``
    takes one operand of ``verdict`` and the others no better; an AND, the others no worse.
    A strategy rather than a helper, so that the shrinker can replace a node by one of its
    operands.
    """
    if depth >= _MAX_DEPTH or not pools.reachable(verdict, top=False) or not _chance(draw, 35):
        return _draw_leaf(draw, pools, verdict, top=top)
    op = ("OR", "AND")[_pick(draw, 2)]
    count = 2 + _pick(draw, 2)
    witness = _pick(draw, count)
    others = tuple(
        v
        for v in _VERDICTS
        if pools.reachable(v, top=False)
        and (v.rank <= verdict.rank if op == "OR" else v.rank >= verdict.rank)
    )
    args = []
    for i in range(count):
        operand = verdict if i == witness else others[_pick_steadily(draw, len(others), 3)]
        args.append(draw(_trees(pools, operand, depth + 1, False)))
    return (op, tuple(args))


def _render(tree: _Tree, *, all_parentheses: bool) -> str:
    """SPDX text: parentheses where precedence needs them (AND binds tighter than OR)."""
    if isinstance(tree, str):
        return tree
    op, args = tree
    parts = []
    for arg in args:
        text = _render(arg, all_parentheses=all_parentheses)
        needed = not isinstance(arg, str) and (all_parentheses or (op == "AND" and arg[0] == "OR"))
        parts.append(f"({text})" if needed else text)
    return f" {op} ".join(parts)


@st.composite
def _expressions(
    draw: st.DrawFn, pools: _Pools, verdicts: tuple[Verdict, ...], special_values: bool
) -> str:
    verdict = verdicts[_pick(draw, len(verdicts))]
    tree = draw(_trees(pools, verdict, 0, special_values))
    return _render(tree, all_parentheses=draw(_BOOLEANS))


def license_expressions(
    element: Element | str | None = None,
    verdict: Verdict | str | None = None,
    *,
    policy: Policy | str | None = None,
    special_values: bool = True,
) -> SearchStrategy[str]:
    """Valid SPDX licence expressions over the licences osaid knows.

    Single ids (the vendored SPDX list, osaid's AI licence table as ``LicenseRef-``s, Hugging
    Face ids), unknown ``LicenseRef-``s, ``+``, ``WITH`` an SPDX exception or an unknown
    ``AdditionRef-``, ``AND`` and ``OR`` nested with parentheses.

    With ``verdict``, every expression drawn has
    ``assess_license(expression, element, policy).verdict == verdict``: the expression is
    built for it (leaves from the licences of each verdict, combined by Kleene logic), so no
    example is thrown away.

    Args:
        element: the element the verdict is for; with ``verdict`` and no ``element``, code
            (``assess_license``'s default).
        verdict: ``open``, ``not-open`` or ``undetermined``; ``None`` for any.
        policy: a ``Policy``, the name of a built-in one, or ``None`` for ``osaid-1.0``.
        special_values: whether ``NONE`` and ``NOASSERTION`` may be drawn. They stand only
            alone, so leave them out to combine the expressions drawn into larger ones.

    Raises:
        InvalidArgument: for an unknown element, verdict or policy, or a verdict no
            expression has for this element under this policy.

    The simplest expressions, as a failing test shrinks to them:

    >>> from hypothesis import Phase, find, settings
    >>> quiet = settings(database=None, derandomize=True, phases=[Phase.generate, Phase.shrink])
    >>> find(license_expressions("code", "not-open"), lambda _: True, settings=quiet)
    'CC-BY-4.0'
    >>> find(license_expressions(), lambda e: " AND " in e, settings=quiet)
    'MIT AND MIT'
    """
    return _expression_strategy(
        _element(element) or Element.CODE, _verdict(verdict), _policy(policy), special_values
    )


@functools.cache
def _expression_strategy(
    element: Element, wanted: Verdict | None, policy: Policy, special_values: bool
) -> SearchStrategy[str]:
    pools = _pools(element, policy)
    possible = tuple(v for v in _VERDICTS if pools.reachable(v, top=special_values))
    if wanted is not None and wanted not in possible:
        msg = f"no licence expression is {wanted.value} for {element.value} under {policy.name}"
        raise InvalidArgument(msg)
    return _expressions(pools, (wanted,) if wanted is not None else possible, special_values)


def licenses(
    element: Element | str | None = None,
    verdict: Verdict | str | None = None,
    *,
    policy: Policy | str | None = None,
    special_values: bool = True,
) -> SearchStrategy[str]:
    """Single licence ids osaid accepts: SPDX ids, ``LicenseRef-``s (unknown ones too),
    Hugging Face ids, ``NONE`` and ``NOASSERTION``.

    Args:
        element: the element the verdict is for; with ``verdict`` and no ``element``, code.
        verdict: only ids whose ``assess_license(id, element, policy).verdict`` is this.
        policy: a ``Policy``, the name of a built-in one, or ``None`` for ``osaid-1.0``.
        special_values: whether ``NONE`` and ``NOASSERTION`` may be drawn.

    Raises:
        InvalidArgument: for an unknown element, verdict or policy, or a verdict no single
            licence has.

    >>> from hypothesis import Phase, find, settings
    >>> quiet = settings(database=None, derandomize=True, phases=[Phase.generate, Phase.shrink])
    >>> find(licenses("parameters", "open"), lambda _: True, settings=quiet)
    'MIT'
    """
    el = _element(element) or Element.CODE
    wanted = _verdict(verdict)
    pools = _pools(el, _policy(policy))
    options: list[SearchStrategy[str]] = []
    for v in _VERDICTS if wanted is None else (wanted,):
        ids = pools.ids[v] + (pools.special[v] if special_values else ())
        if ids:
            options.append(_sampled(ids))
        if pools.unknown is v:
            options.append(_refs("LicenseRef-", pools.policy))
    if not options:
        msg = f"no single licence is {wanted} for {el.value} under {pools.policy.name}"
        raise InvalidArgument(msg)
    return st.one_of(options)


# --- components -------------------------------------------------------------------------------


@functools.cache
def _texts() -> SearchStrategy[str]:
    """Non-empty text: readable words first, then anything Unicode allows."""
    readable = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 -.", min_size=1, max_size=6)
    return st.one_of(readable, st.text(min_size=1, max_size=8)).filter(str.strip)


@functools.cache
def _urls() -> SearchStrategy[str]:
    return st.builds(
        "https://{}/{}".format,
        st.sampled_from(("example.org", "huggingface.co", "github.com", "arxiv.org")),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-/", max_size=6),
    )


@functools.cache
def _entry_fields(license_source: SearchStrategy[str]) -> Mapping[str, SearchStrategy[Any]]:
    """The optional fields of a component entry, and where their values come from."""
    return {
        "license": license_source,
        "location": st.lists(_urls() | _texts(), max_size=2),
        "reason": _texts(),
        "notes": st.text(max_size=12),
    }


def _optional(draw: st.DrawFn, strategy: SearchStrategy[Any]) -> Any:
    """``None`` or a value of ``strategy``; shrinks to ``None``."""
    return draw(strategy) if draw(_BOOLEANS) else None


@st.composite
def _entry_data(
    draw: st.DrawFn, component: str | None, license_source: SearchStrategy[str] | None
) -> dict[str, Any]:
    """A component entry as manifest data (what ``components`` validates)."""
    spec = COMPONENTS[component] if component is not None else None
    statuses = [Status.RELEASED, Status.NOT_RELEASED]
    if spec is None or spec.not_applicable_allowed:
        statuses.append(Status.NOT_APPLICABLE)
    status = statuses[_pick(draw, len(statuses))]
    if license_source is None:
        license_source = license_expressions(judged_as(spec.id) if spec else None)
    data: dict[str, Any] = {"status": status.value}
    for key, strategy in _entry_fields(license_source).items():
        value = draw(strategy) if key == "reason" and status is Status.NOT_APPLICABLE else None
        if value is None:
            value = _optional(draw, strategy)
        if value is not None:
            data[key] = value
    return data


@functools.cache
def _entries(component: str) -> SearchStrategy[dict[str, Any]]:
    return _entry_data(component, None)


def components(
    component: str | None = None, *, licenses: SearchStrategy[str] | None = None
) -> SearchStrategy[ComponentEntry]:
    """What a manifest may say of a component: ``ComponentEntry`` objects.

    Every status is drawn (``released``, ``not-released``, and ``not-applicable`` with a
    reason where it is allowed), with or without a licence, locations and notes. For a
    component the definition requires (``model-parameters``, ``training-code``, …) the entry
    is a ``RequiredComponentEntry``, which cannot be ``not-applicable``.

    Args:
        component: a component id (``osaid.COMPONENTS``); ``None`` for an entry that may
            describe any component that allows ``not-applicable``.
        licenses: where the licences come from; by default ``license_expressions`` for the
            element the component is judged under.

    Raises:
        InvalidArgument: for an id that is not in the component vocabulary.

    >>> from hypothesis import Phase, find, settings
    >>> quiet = settings(database=None, derandomize=True, phases=[Phase.generate, Phase.shrink])
    >>> find(components("data-card"), lambda e: e.license is not None, settings=quiet).license
    'MIT'
    """
    if component is not None and component not in COMPONENTS:
        msg = f"unknown component {component!r}: use one of {', '.join(COMPONENTS)}"
        raise InvalidArgument(msg)
    model: type[ComponentEntry] = ComponentEntry
    if component is not None and not COMPONENTS[component].not_applicable_allowed:
        model = RequiredComponentEntry
    return _entry_data(component, licenses).map(model.model_validate)


# --- manifests --------------------------------------------------------------------------------

_IDS = tuple(COMPONENTS)
_DOCUMENTS = ("technical-report", "data-card", "research-paper", "datasets")
"""Components that document the training data and can never be ``not-applicable``."""
_TOPICS = tuple(t.value for t in Topic)
_CLAIMS: tuple[str, ...] = typing.get_args(Claim)


@st.composite
def _system_info(draw: st.DrawFn) -> dict[str, str]:
    info = {"name": draw(_texts())}
    for key, strategy in (("version", _texts()), ("producer", _texts()), ("url", _urls())):
        value = _optional(draw, strategy)
        if value is not None:
            info[key] = value
    return info


@st.composite
def _data_set(draw: st.DrawFn, *, good: bool) -> dict[str, str]:
    """A training data set; ``good`` ones meet what the definition asks of their class."""
    classes = tuple(DataClass)
    data_class = classes[_pick(draw, len(classes))]
    data = {"name": draw(_texts()), "class": data_class.value}
    optional: dict[str, SearchStrategy[str]] = {
        "location": _urls(),
        "license": license_expressions(Element.DATA_INFORMATION, _O if good else None),
        "description": _texts(),
    }
    for key, strategy in optional.items():
        needed = good and (
            (key == "location" and data_class is not DataClass.UNSHAREABLE)
            or (key == "license" and data_class is DataClass.OPEN)
            or (key == "description" and data_class is DataClass.UNSHAREABLE)
        )
        value = draw(strategy) if needed else _optional(draw, strategy)
        if value is not None:
            data[key] = value
    return data


def _draw_topic(draw: st.DrawFn, topic: str, citable: tuple[str, ...], *, good: bool) -> Any:
    """A value for a data-information topic, citing only ``citable`` components.

    ``good`` values cite the documents of a complete release, or URLs.
    """
    labeling = topic == Topic.LABELING.value
    if good:
        if labeling and draw(_BOOLEANS):
            return "not-applicable"
        return draw(_references(_DOCUMENTS, 2))
    choice = _pick(draw, 3 if labeling else 2)
    if choice == 1:
        return "undisclosed"
    if choice == 2:
        return "not-applicable"
    return draw(_references(citable, 3))


@functools.cache
def _references(citable: tuple[str, ...], most: int) -> SearchStrategy[list[str]]:
    return st.lists(_sampled(citable) | _urls(), min_size=1, max_size=most)


@functools.cache
def _data_sets(*, good: bool) -> SearchStrategy[list[dict[str, str]]]:
    return st.lists(_data_set(good=good), min_size=1, max_size=2 if good else 3)


@functools.cache
def _claim_lists() -> SearchStrategy[list[str]]:
    return st.lists(_sampled(_CLAIMS), unique=True, max_size=3)


_SPARSE_UNDECLARED = 65
"""In a sparse manifest, a component is undeclared for a choice below this (of 100)."""
_COMPLETE_UNDECLARED, _COMPLETE_ODD, _COMPLETE_CLOSED = 2, 5, 8
"""In a complete one: undeclared below 2, anything below 5, closed terms below 8, else sound."""


def _sound(draw: st.DrawFn) -> bool:
    """Whether a part of a complete release is as it should be: almost always; shrinks to no.

    Each part of a complete release is drawn this way, so that shrinking takes away the
    parts a counterexample does not need, one by one.
    """
    return _chance(draw, 97)


@st.composite
def _manifest_data(draw: st.DrawFn) -> dict[str, Any]:
    """A manifest as data: sparse (few components, anything goes), or complete.

    A complete manifest is a release that is Open Source AI and MOF Class I but for a few
    defects, so that every verdict, blocker and MOF class turns up often.
    """
    complete = draw(_BOOLEANS)
    data: dict[str, Any] = {"manifest-version": 1, "system": draw(_system_info())}
    entries: dict[str, dict[str, Any]] = {}
    for cid in _IDS:
        # one choice per component, which shrinks to 0: undeclared, in either kind of manifest
        n = draw(_PERCENT)
        if not complete:
            if n >= _SPARSE_UNDECLARED:
                entries[cid] = draw(_entries(cid))
        elif n >= _COMPLETE_CLOSED:
            entries[cid] = {"location": [f"https://example.org/{cid}"]}
        elif n >= _COMPLETE_ODD:
            # what OSI calls "would pass if it changed its licences"
            closed = license_expressions(judged_as(cid), _N)
            entries[cid] = {"license": draw(closed), "location": [f"https://example.org/{cid}"]}
        elif n >= _COMPLETE_UNDECLARED:
            entries[cid] = draw(_entries(cid))
    data["components"] = entries
    citable = tuple(
        cid for cid in _IDS if entries.get(cid, {}).get("status") != Status.NOT_APPLICABLE.value
    )

    n = draw(_PERCENT) if complete else 0
    if n >= _COMPLETE_CLOSED:
        data["license"] = draw(license_expressions(Element.CODE, _O))
    elif n >= _COMPLETE_ODD:
        # one licence for the whole release, and not an open one: Llama 2's case
        data["license"] = draw(license_expressions(Element.CODE, _N))
    else:
        default = _optional(draw, license_expressions())
        if default is not None:
            data["license"] = default

    if complete and _sound(draw):
        information = {}
        for topic in _TOPICS:
            if _sound(draw):
                information[topic] = _draw_topic(draw, topic, citable, good=True)
            elif draw(_BOOLEANS):
                information[topic] = _draw_topic(draw, topic, citable, good=False)
        data["data-information"] = information
    elif draw(_BOOLEANS):
        data["data-information"] = {
            topic: _draw_topic(draw, topic, citable, good=False)
            for topic in _TOPICS
            if draw(_BOOLEANS)
        }

    if complete and _sound(draw):
        data["training-data"] = draw(_data_sets(good=True))
    else:
        choice = _pick(draw, 3)
        if choice == 1:
            data["training-data"] = "undisclosed"
        elif choice == 2:
            data["training-data"] = draw(_data_sets(good=False))

    claims = draw(_claim_lists())
    if claims:
        data["claims"] = [
            {"claim": claim, **({"where": where} if (where := _optional(draw, _texts())) else {})}
            for claim in claims
        ]
    if draw(_BOOLEANS):
        data["access"] = {
            key: value
            for key in ("gated", "registration", "fee")
            if (value := _optional(draw, _BOOLEANS)) is not None
        }
    return data


def manifests() -> SearchStrategy[AISystem]:
    """Valid manifests: ``AISystem`` objects.

    Components of every status and undeclared ones; a default licence or none; data
    information topic by topic (references to components and URLs, ``undisclosed``, labeling
    ``not-applicable``) or absent (the checklist's fallback); training data listed,
    ``undisclosed`` or absent; claims and access conditions, or none. References cite
    declared or undeclared components, never a ``not-applicable`` one. About half are
    complete releases with a few defects, so open systems, releases that would pass with
    other licences and every MOF class are common. Shrinks towards a manifest with no
    components, and keeps of a complete release only the components a counterexample needs.

    >>> from hypothesis import Phase, find, settings
    >>> from osaid import evaluate
    >>> quiet = settings(database=None, derandomize=True, phases=[Phase.generate, Phase.shrink])
    >>> find(manifests(), lambda _: True, settings=quiet).components.items()
    []
    >>> system = find(manifests(), lambda s: "training-code" in s.components, settings=quiet)
    >>> [cid for cid, entry in system.components.items()]
    ['training-code']
    """
    return _manifest_data().map(AISystem.model_validate)


# --- manifest texts ---------------------------------------------------------------------------


def _toml_string(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch in _TOML_ESCAPES:
            out.append(_TOML_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


_TOML_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + "}"
    msg = f"cannot write {type(value).__name__} as TOML"  # pragma: no cover
    raise TypeError(msg)  # pragma: no cover


def _toml(data: Mapping[str, Any], *, inline: bool) -> str:
    """TOML for a manifest's data (keys are bare: manifests use kebab-case words only)."""
    head: list[str] = []
    tables: list[str] = []
    for key, value in data.items():
        if key == "components":
            if inline:
                tables.append("\n[components]")
                tables.extend(f"{cid} = {_toml_value(entry)}" for cid, entry in value.items())
            else:
                tables.append("\n[components]")
                for cid, entry in value.items():
                    tables.append(f"\n[components.{cid}]")
                    tables.extend(f"{k} = {_toml_value(v)}" for k, v in entry.items())
        elif isinstance(value, dict):
            tables.append(f"\n[{key}]")
            tables.extend(f"{k} = {_toml_value(v)}" for k, v in value.items())
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for item in value:
                tables.append(f"\n[[{key}]]")
                tables.extend(f"{k} = {_toml_value(v)}" for k, v in item.items())
        else:
            head.append(f"{key} = {_toml_value(value)}")
    return "\n".join(head + tables) + "\n"


def _write(data: Mapping[str, Any], format: Format, style: int, *, flag: bool) -> str:
    if format == "json":
        return json.dumps(data, indent=2 if style else None, ensure_ascii=flag) + "\n"
    if format == "toml":
        return _toml(data, inline=flag)
    import yaml

    flow: bool | None = (False, None, True)[style]
    text: str = yaml.dump(
        data,
        Dumper=yaml_dumper(),
        sort_keys=False,
        default_flow_style=flow,
        allow_unicode=flag,
        width=1_000_000,
    )
    return text


@st.composite
def _texts_of(draw: st.DrawFn, source: SearchStrategy[AISystem], format: Format) -> str:
    system = draw(source)
    data: dict[str, Any] = system.model_dump(mode="json", by_alias=True, exclude_none=True)
    order = draw(st.permutations(list(data["components"])))
    scalar_locations = draw(_BOOLEANS)
    entries = {}
    for cid in order:
        entry = dict(data["components"][cid])
        location = entry.get("location")
        if scalar_locations and isinstance(location, list) and len(location) == 1:
            entry["location"] = location[0]
        entries[cid] = entry
    data["components"] = entries
    if draw(_BOOLEANS) and "claims" in data:
        # a claim that says nothing of where it is made may be written as the claim alone
        data["claims"] = [c["claim"] if c.keys() == {"claim"} else c for c in data["claims"]]
    return _write(data, format, _pick(draw, 3), flag=draw(_BOOLEANS))


def manifest_texts(
    format: Format = "yaml", *, systems: SearchStrategy[AISystem] | None = None
) -> SearchStrategy[str]:
    """Manifest files as text, which ``osaid.loads_manifest(text, format)`` reads back.

    The text says exactly what the drawn manifest says, written the ways a person might:
    components in any order, a single location as a string or a list, block or flow YAML,
    indented or compact JSON, TOML tables or inline tables.

    Args:
        format: ``yaml``, ``json`` or ``toml``.
        systems: the manifests to write; by default ``manifests()``. Pass
            ``st.just(system)`` to write one manifest in several formats.

    Raises:
        InvalidArgument: for an unknown format.

    >>> from hypothesis import Phase, find, settings
    >>> from osaid import loads_manifest
    >>> quiet = settings(database=None, derandomize=True, phases=[Phase.generate, Phase.shrink])
    >>> text = find(manifest_texts("toml"), lambda _: True, settings=quiet)
    >>> print(text.splitlines()[0])
    manifest-version = 1
    >>> loads_manifest(text, "toml").system.name
    '0'
    """
    if format not in ("yaml", "json", "toml"):
        msg = f"unknown manifest format {format!r}: use yaml, json or toml"
        raise InvalidArgument(msg)
    return _texts_of(manifests() if systems is None else systems, format)
