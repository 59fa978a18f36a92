"""Three-valued verdicts and their Kleene logic."""

from __future__ import annotations

import enum
from collections.abc import Iterable

__all__ = ["Verdict", "all_of", "any_of"]


class Verdict(str, enum.Enum):
    """The verdict on a licence, a component, an element or a whole system.

    The values are ordered ``NOT_OPEN < UNDETERMINED < OPEN``: AND is the minimum (strong
    Kleene conjunction), OR the maximum.

    >>> Verdict.OPEN & Verdict.UNDETERMINED
    <Verdict.UNDETERMINED: 'undetermined'>
    >>> Verdict.NOT_OPEN | Verdict.UNDETERMINED
    <Verdict.UNDETERMINED: 'undetermined'>
    """

    NOT_OPEN = "not-open"
    UNDETERMINED = "undetermined"
    OPEN = "open"

    @property
    def rank(self) -> int:
        """0 for not-open, 1 for undetermined, 2 for open."""
        return _RANK[self]

    def __and__(self, other: Verdict) -> Verdict:
        return _AND[self, other]

    def __or__(self, other: Verdict) -> Verdict:
        return _OR[self, other]

    def __str__(self) -> str:
        return self.value


_RANK = {Verdict.NOT_OPEN: 0, Verdict.UNDETERMINED: 1, Verdict.OPEN: 2}
# the truth tables of Kleene's AND (the less open) and OR (the more open), looked up whole:
# evaluation combines verdicts often enough for the lookup to matter
# Equivalent mutants: `<=` -> `<` and `>=` -> `>`, as two ranks tie only when a is b.
_AND = {
    (a, b): a if _RANK[a] <= _RANK[b] else b  # mutation: equivalent(compare) — above
    for a in Verdict
    for b in Verdict
}
_OR = {
    (a, b): a if _RANK[a] >= _RANK[b] else b  # mutation: equivalent(compare) — above
    for a in Verdict
    for b in Verdict
}


def all_of(verdicts: Iterable[Verdict]) -> Verdict:
    """Kleene AND of any number of verdicts; the empty conjunction is open."""
    result = Verdict.OPEN
    for v in verdicts:
        result &= v
    return result


def any_of(verdicts: Iterable[Verdict]) -> Verdict:
    """Kleene OR of any number of verdicts; the empty disjunction is not-open."""
    result = Verdict.NOT_OPEN
    for v in verdicts:
        result |= v
    return result
