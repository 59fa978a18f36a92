"""Evaluating many manifests: streaming, in order, on one core or on any executor.

``evaluate_many`` works with any ``concurrent.futures.Executor``: a ``ProcessPoolExecutor`` on
one machine, or the executor of a cluster framework (Dask's ``Client.get_executor()``, Ray's)
to spread a corpus across machines. It keeps a bounded number of chunks in flight, so memory
stays flat however long the input is.
"""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field

from osaid.errors import ManifestError, Problem
from osaid.evaluate import evaluate, resolve_policy
from osaid.manifest import AISystem
from osaid.policy import Policy
from osaid.report import Report

__all__ = ["Summary", "evaluate_many"]

Item = AISystem | str | bytes
"""A validated manifest, or the text of a JSON manifest."""
Outcome = Report | ManifestError


def _one(item: Item, policy: Policy, name: str) -> Outcome:
    if isinstance(item, AISystem):
        return evaluate(item, policy)
    from osaid.loader import loads_manifest

    try:
        text = item.decode("utf-8") if isinstance(item, bytes) else item
    except UnicodeDecodeError as exc:
        return ManifestError([Problem(name, 1, exc.start + 1, "", "not UTF-8 text")])
    try:
        return evaluate(loads_manifest(text, "json", path=name), policy)
    except ManifestError as exc:
        return exc


def _chunk(items: list[tuple[int, Item]], policy: Policy) -> list[Outcome]:
    return [_one(item, policy, f"<item {i}>") for i, item in items]


def evaluate_many(
    items: Iterable[Item],
    policy: Policy | str | None = None,
    *,
    executor: Executor | None = None,
    chunksize: int = 256,
    in_flight: int | None = None,
) -> Iterator[Outcome]:
    """Evaluate every item, yielding a ``Report`` (or the ``ManifestError``) for each, in order.

    Args:
        items: validated ``AISystem`` objects, or JSON manifest texts (``str`` or ``bytes``);
            any iterable, consumed lazily.
        policy: as for ``evaluate``.
        executor: where to run the chunks; ``None`` runs them here, one by one.
        chunksize: how many items travel to a worker together.
        in_flight: how many chunks may be pending at once (default: 4, or twice the
            executor's worker count when it has one).

    >>> from osaid import AISystem
    >>> texts = ['{"manifest-version": 1, "system": {"name": "A"}}', '{"manifest-version": 1}']
    >>> [type(r).__name__ for r in evaluate_many(texts)]
    ['Report', 'ManifestError']
    """
    pol = resolve_policy(policy)
    if chunksize < 1:
        msg = "chunksize must be at least 1"
        raise ValueError(msg)
    if executor is None:
        for i, item in enumerate(items):
            yield _one(item, pol, f"<item {i}>")
        return
    workers = getattr(executor, "_max_workers", None)
    limit = in_flight or (2 * workers if isinstance(workers, int) else 4)
    pending: collections.deque[Future[list[Outcome]]] = collections.deque()
    batch: list[tuple[int, Item]] = []
    for numbered in enumerate(items):
        batch.append(numbered)
        if len(batch) == chunksize:
            pending.append(executor.submit(_chunk, batch, pol))
            batch = []
            while len(pending) >= limit:
                yield from pending.popleft().result()
    if batch:
        pending.append(executor.submit(_chunk, batch, pol))
    while pending:
        yield from pending.popleft().result()


@dataclass
class Summary:
    """Counts over a bulk run: verdicts, the most common blockers and licences."""

    verdicts: collections.Counter[str] = field(default_factory=collections.Counter)
    blockers: collections.Counter[str] = field(default_factory=collections.Counter)
    licenses: collections.Counter[str] = field(default_factory=collections.Counter)
    invalid: int = 0

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        if isinstance(outcome, ManifestError):
            self.invalid += 1
            return
        self.verdicts[outcome.verdict.value] += 1
        for b in outcome.blockers:
            self.blockers[f"{b.component} [{b.kind}]"] += 1
        for c in outcome.components:
            if c.license and c.element is not None:
                self.licenses[c.license] += 1

    @property
    def total(self) -> int:
        """How many inputs were counted."""
        return sum(self.verdicts.values()) + self.invalid

    def render(self, top: int = 5) -> str:
        """A few lines for the end of a long run."""
        lines = [
            f"{self.total} inputs: "
            + ", ".join(f"{n} {v}" for v, n in sorted(self.verdicts.items()))
            + (f", {self.invalid} invalid" if self.invalid else "")
        ]
        if self.blockers:
            lines.append(
                "most common blockers: "
                + "; ".join(f"{k}: {n}" for k, n in self.blockers.most_common(top))
            )
        if self.licenses:
            lines.append(
                "most common licences: "
                + "; ".join(f"{k}: {n}" for k, n in self.licenses.most_common(top))
            )
        return "\n".join(lines) + "\n"
