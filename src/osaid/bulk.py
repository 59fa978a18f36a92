"""Evaluating many manifests: streaming, in order, on one core or on any executor.

``evaluate_many`` works with any ``concurrent.futures.Executor``: a ``ProcessPoolExecutor`` on
one machine, or the executor of a cluster framework (Dask's ``Client.get_executor()``, Ray's)
to spread a corpus across machines. It keeps a bounded number of chunks in flight, so memory
stays flat however long the input is.
"""

from __future__ import annotations

import collections
import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, get_args, overload

from osaid._evaluate import evaluate
from osaid.errors import FAILURES, ManifestError, Problem, failure
from osaid.formats._imported import Imported
from osaid.manifest import AISystem
from osaid.policy import Policy, resolve_policy
from osaid.report import Outcome as ReportOutcome
from osaid.report import Report

if TYPE_CHECKING:  # concurrent.futures imports logging: not worth it for annotations
    from concurrent.futures import Executor, Future

    from osaid._documents import SummaryDocument

__all__ = [
    "FAILURES",
    "Summary",
    "Tally",
    "compact",
    "evaluate_many",
    "failure",
    "json_line",
    "ordered_map",
    "passes",
    "strict_problems",
    "tally",
    "verdict_of",
]

Item = AISystem | str | bytes | Imported | ManifestError
"""A validated manifest, the text of a JSON manifest, or what a reader gave (an ``Imported``,
or the ``ManifestError`` of a document it could not read, such as the items of
``osaid.formats.hub.iter_hub_records``)."""
ItemResult = Report | ManifestError
"""What one item of a bulk run gives: its report, or why it could not be read (not to be
confused with a report's ``outcome``, OSI's validation outcome)."""


def _one(item: Item, policy: Policy, name: str) -> ItemResult:
    """One item's outcome; whatever a parser raises on it is its error, not the stream's."""
    try:
        return _evaluate_one(item, policy, name)
    except ManifestError as exc:
        return exc
    except FAILURES as exc:
        return failure(exc, name)


def _evaluate_one(item: Item, policy: Policy, name: str) -> Report:
    if isinstance(item, AISystem):
        return evaluate(item, policy)
    if isinstance(item, ManifestError):
        raise item
    if isinstance(item, Imported):
        report = evaluate(item.system, policy)
        return report.with_findings(item.findings) if item.findings else report
    from osaid.loader import loads_manifest

    try:
        text = item.decode("utf-8") if isinstance(item, bytes) else item
    except UnicodeDecodeError as exc:
        raise ManifestError([Problem(name, 1, exc.start + 1, "", "not UTF-8 text")]) from None
    return evaluate(loads_manifest(text, "json", path=name), policy)


_T = TypeVar("_T")
_R = TypeVar("_R")


def _apply(function: Callable[[_T], _R], chunk: list[_T]) -> list[_R]:
    return [function(item) for item in chunk]


def ordered_map(
    function: Callable[[_T], _R],
    items: Iterable[_T],
    *,
    executor: Executor | None = None,
    chunksize: int = 256,
    in_flight: int | None = None,
) -> Iterator[_R]:
    """``function`` over ``items``, yielded in input order, in chunks on ``executor``.

    At most ``in_flight`` chunks are pending at once (default: twice the executor's workers,
    or 4), so memory stays flat however long ``items`` is. ``function`` and the items must
    pickle when the executor runs them in other processes.
    """
    if chunksize < 1:
        msg = "chunksize must be at least 1"
        raise ValueError(msg)
    if executor is None:
        yield from map(function, items)
        return
    workers = getattr(executor, "_max_workers", None)
    limit = in_flight or (2 * workers if isinstance(workers, int) else 4)
    pending: collections.deque[Future[list[_R]]] = collections.deque()
    batch: list[_T] = []
    for item in items:
        batch.append(item)
        if len(batch) == chunksize:
            pending.append(executor.submit(_apply, function, batch))
            batch = []
            while len(pending) >= limit:
                yield from pending.popleft().result()
    if batch:
        pending.append(executor.submit(_apply, function, batch))
    while pending:
        yield from pending.popleft().result()


def _evaluate_numbered(
    numbered: tuple[int, Item], policy: Policy, transform: Callable[[ItemResult], Any] | None
) -> Any:
    i, item = numbered
    outcome = _one(item, policy, f"<item {i}>")
    return outcome if transform is None else transform(outcome)


@overload
def evaluate_many(
    items: Iterable[Item],
    policy: Policy | str | None = None,
    *,
    executor: Executor | None = None,
    chunksize: int = 256,
    in_flight: int | None = None,
    transform: None = None,
) -> Iterator[ItemResult]: ...


@overload
def evaluate_many(
    items: Iterable[Item],
    policy: Policy | str | None = None,
    *,
    executor: Executor | None = None,
    chunksize: int = 256,
    in_flight: int | None = None,
    transform: Callable[[ItemResult], _R],
) -> Iterator[_R]: ...


def evaluate_many(
    items: Iterable[Item],
    policy: Policy | str | None = None,
    *,
    executor: Executor | None = None,
    chunksize: int = 256,
    in_flight: int | None = None,
    transform: Callable[[ItemResult], Any] | None = None,
) -> Iterator[Any]:
    """Evaluate every item, yielding a ``Report`` (or the ``ManifestError``) for each, in order.

    Args:
        items: validated ``AISystem`` objects, JSON manifest texts (``str`` or ``bytes``),
            or what a reader gave (``Imported``, or a ``ManifestError``, which is that item's
            outcome); any iterable, consumed lazily.
        policy: as for ``evaluate``.
        executor: where to run the chunks; ``None`` runs them here, one by one.
        chunksize: how many items travel to a worker together.
        in_flight: how many chunks may be pending at once (default: 4, or twice the
            executor's worker count when it has one).
        transform: applied to each outcome where it was evaluated, so that only its result
            travels back (a verdict, a JSON line, a row): on a process pool this is what
            makes parallel evaluation pay, since a whole report costs about as much to send
            back as to compute. It must pickle (a module-level function, or a
            ``functools.partial`` of one).

    >>> from osaid import AISystem
    >>> texts = ['{"manifest-version": 1, "system": {"name": "A"}}', '{"manifest-version": 1}']
    >>> [type(r).__name__ for r in evaluate_many(texts)]
    ['Report', 'ManifestError']
    >>> list(evaluate_many(texts, transform=verdict_of))
    ['undetermined', None]
    """
    pol = resolve_policy(policy)
    return ordered_map(
        functools.partial(_evaluate_numbered, policy=pol, transform=transform),
        enumerate(items),
        executor=executor,
        chunksize=chunksize,
        in_flight=in_flight,
    )


def compact(outcome: ItemResult) -> str:
    """A release on one line of JSON for screening at scale (no newline at the end): its
    ``source``, ``name``, ``verdict``, ``outcome``, ``mof-class`` and ``blockers`` by
    component and kind; for input that cannot be read, ``verdict`` is null and ``errors``
    says why. A ``transform`` for ``evaluate_many``, and ``osaid check --format compact``.

    >>> texts = ['{"manifest-version": 1, "system": {"name": "A"}, "license": "MIT"}']
    >>> print(next(evaluate_many(texts, transform=compact))[:72])
    {"source":null,"name":"A","verdict":"undetermined","outcome":"undetermin
    """
    from osaid.render import compact_line

    return compact_line(outcome)


def json_line(outcome: ItemResult) -> str:
    """The whole JSON report (or error document) on one line, as ``osaid check --jsonl``
    writes it (no newline at the end): a ``transform`` for ``evaluate_many``.

    >>> texts = ['{"manifest-version": 1}']
    >>> print(next(evaluate_many(texts, transform=json_line))[:60])
    {"source":"<item 0>","verdict":null,"errors":[{"line":1,"col
    """
    from osaid.render import json_line as line

    return line(outcome)


def strict_problems(report: Report) -> tuple[str, ...]:
    """What ``--strict`` fails an open report for: each warning or error left in it (and a
    released component with no location), with its fix, once each.

    >>> from osaid import evaluate, loads_manifest
    >>> report = evaluate(loads_manifest("manifest-version: 1\\nsystem: {name: A}\\n"))
    >>> strict_problems(report)[0]
    'model-architecture: nothing is declared about model-architecture (fix: declare model-architecture: released (with its licence and location) or not-released)'
    """  # noqa: E501 - a doctest's expected line cannot be wrapped
    from osaid.findings import Severity

    out = []
    findings = [f for c in report.components for f in c.findings]
    findings += [f for e in report.elements.values() for f in e.findings]
    for f in findings:
        if f.severity in (Severity.ERROR, Severity.WARNING) or (
            f.code == "component-location-missing"
        ):
            where = f"{f.component}: " if f.component else ""
            fix = f" (fix: {f.remedy})" if f.remedy else ""
            out.append(f"{where}{f.message}{fix}")
    return tuple(dict.fromkeys(out))


def passes(outcome: ItemResult, *, strict: bool = False) -> bool:
    """Whether a release passes a check: it is open and, under ``strict``, its report has no
    ``strict_problems`` left. Input that cannot be read never passes.

    This is the rule ``osaid check`` exits 0 by (``--strict`` for ``strict``).

    >>> texts = ['{"manifest-version": 1, "system": {"name": "A"}, "license": "MIT"}']
    >>> [passes(r) for r in evaluate_many(texts)]
    [False]
    """
    if isinstance(outcome, ManifestError) or outcome.verdict.value != "open":
        return False
    return not (strict and strict_problems(outcome))


def verdict_of(outcome: ItemResult) -> str | None:
    """The verdict of a report (``"open"``, ``"not-open"``, ``"undetermined"``), or ``None``
    for input that could not be read: a ``transform`` for ``evaluate_many``."""
    return None if isinstance(outcome, ManifestError) else outcome.verdict.value


class Tally(NamedTuple):
    """What ``Summary`` counts of one outcome: small, so it travels back from a worker."""

    verdict: str | None
    """``None`` for input that could not be read."""
    blockers: tuple[tuple[str, str], ...] = ()
    """(component, kind) of each blocker, once each."""
    licenses: tuple[str, ...] = ()
    outcome: str | None = None
    mof_class: str | None = None


def tally(outcome: ItemResult) -> Tally:
    """The ``Tally`` of a report or of a ``ManifestError`` (a ``transform`` too)."""
    if isinstance(outcome, ManifestError):
        return Tally(None)
    return Tally(
        outcome.verdict.value,
        outcome.blocked,
        outcome.licenses,
        outcome.outcome,
        outcome.mof_class,
    )


_VERDICTS = ("open", "not-open", "undetermined")
_MOF_CLASSES = ("I", "II", "III", "none")


MAX_COUNTED_LICENSES = 1024
"""How many distinct licences a summary counts one by one; the rest count as one.

A licence among the first ``MAX_COUNTED_LICENSES`` seen is counted at every occurrence, so
each count a summary lists is exact; a licence first seen later counts under
``OTHER_LICENSES``. Most licences past the first thousand of a catalogue are one release's
own (``LicenseRef-``), and the summary prints the five most common: 1,024 keep a long run's
memory flat (about 0.15 MB) at no loss to what it shows."""
OTHER_LICENSES = "(other licences)"


@dataclass
class Summary:
    """Counts over a bulk run: verdicts, outcomes, MOF classes, blockers and licences."""

    verdicts: collections.Counter[str] = field(default_factory=collections.Counter)
    blockers: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    licenses: collections.Counter[str] = field(default_factory=collections.Counter)
    outcomes: collections.Counter[str] = field(default_factory=collections.Counter)
    mof_classes: collections.Counter[str] = field(default_factory=collections.Counter)
    invalid: int = 0
    strict_failed: int = 0
    """Open inputs that ``--strict`` failed (the caller counts them: see ``passes``)."""

    def add(self, outcome: ItemResult | Tally) -> None:
        """Count one outcome, or its ``Tally``."""
        counted = outcome if isinstance(outcome, Tally) else tally(outcome)
        if counted.verdict is None:
            self.invalid += 1
            return
        self.verdicts[counted.verdict] += 1
        self.blockers.update(counted.blockers)
        for lic in counted.licenses:
            # memory stays flat however many releases stream by: past so many distinct
            # licences (most of them one release's own LicenseRef-), new ones count together
            known = lic in self.licenses or len(self.licenses) < MAX_COUNTED_LICENSES
            self.licenses[lic if known else OTHER_LICENSES] += 1
        if counted.outcome is not None:
            self.outcomes[counted.outcome] += 1
        self.mof_classes[counted.mof_class or "none"] += 1

    @property
    def total(self) -> int:
        """How many inputs were counted."""
        return sum(self.verdicts.values()) + self.invalid

    def render(self, top: int = 5) -> str:
        """A few lines for the end of a long run."""
        counts = [f"{n} {v}" for v, n in sorted(self.verdicts.items())]
        counts += [f"{self.invalid} invalid"] if self.invalid else []
        noun = "input" if self.total == 1 else "inputs"
        lines = [f"{self.total} {noun}: " + (", ".join(counts) or "none")]
        if self.blockers:
            lines.append(
                "most common blockers: "
                + "; ".join(f"{c} [{k}]: {n}" for (c, k), n in self.blockers.most_common(top))
            )
        if self.licenses:
            lines.append(
                "most common licences: "
                + "; ".join(f"{k}: {n}" for k, n in self.licenses.most_common(top))
            )
        return "\n".join(lines) + "\n"

    def document(self, policy: Policy) -> SummaryDocument:
        """The summary as the JSON document ``osaid check --format summary`` writes.

        >>> texts = ['{"manifest-version": 1, "system": {"name": "A"}}', '{"manifest-version": 1}']
        >>> summary = Summary()
        >>> for outcome in evaluate_many(texts):
        ...     summary.add(outcome)
        >>> doc = summary.document(resolve_policy(None)).model_dump(mode="json")
        >>> doc["inputs"], doc["invalid"], doc["verdicts"]
        (2, 1, {'open': 0, 'not-open': 0, 'undetermined': 1})
        """
        from osaid._documents import BlockerCount, LicenseCount, SummaryDocument
        from osaid._version import __version__
        from osaid.licenses import spdx_list_version
        from osaid.report import REPORT_VERSION, PolicyInfo

        return SummaryDocument(
            report_version=REPORT_VERSION,
            osaid_version=__version__,
            policy=PolicyInfo(
                name=policy.name,
                spdx_license_list_version=spdx_list_version(),
                source=policy.source,
            ),
            inputs=self.total,
            passed=self.verdicts["open"] - self.strict_failed,
            invalid=self.invalid,
            strict_failed=self.strict_failed,
            verdicts={v: self.verdicts[v] for v in _VERDICTS},
            outcomes={o: self.outcomes[o] for o in get_args(ReportOutcome)},
            mof_classes={m: self.mof_classes[m] for m in _MOF_CLASSES},
            blockers=tuple(
                BlockerCount(component=c, kind=k, count=n)
                for (c, k), n in self.blockers.most_common()
            ),
            licenses=tuple(
                LicenseCount(license=lic, count=n) for lic, n in self.licenses.most_common()
            ),
        )

    def json(self, policy: Policy) -> str:
        """``document`` as indented JSON text, ending with a newline."""
        return self.document(policy).model_dump_json(indent=2) + "\n"
