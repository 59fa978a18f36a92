"""Policies: what counts as open, declared as data.

A policy names, for each legal framework, the licence sets whose members are open; what a
licence outside every set is; what a licence nobody knows is; and row-by-row overrides. The
built-in policies are ``osaid-1.0`` (the default: the Open Source AI Definition 1.0) and
``mof-1.0`` (the intent of the Model Openness Tool).

>>> POLICIES["osaid-1.0"].open_sets(Framework.OPEN_TERMS)
('osi-approved', 'open-terms', 'ai-table')
>>> POLICIES["mof-1.0"].unknown
<Verdict.NOT_OPEN: 'not-open'>
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from osaid.components import Framework
from osaid.verdict import Verdict

__all__ = ["LICENSE_SETS", "MOF_1_0", "OSAID_1_0", "POLICIES", "LicenseRule", "Policy"]

LicenseSet = Literal["osi-approved", "fsf-libre", "open-terms", "mof-open-data", "ai-table"]

LICENSE_SETS: Mapping[LicenseSet, str] = MappingProxyType(
    {
        "osi-approved": "approved by the OSI (SPDX licence list flag, plus osaid's reviewed "
        "overrides where SPDX lags)",
        "fsf-libre": "free/libre according to the FSF (SPDX licence list flag)",
        "open-terms": "on osaid's allow-list of open content and data licences",
        "mof-open-data": "on the Model Openness Tool's list of open data licences",
        "ai-table": "an AI model licence in osaid's curated table, judged by its row "
        "for the element",
    }
)
"""The named licence sets a policy can declare open, with what membership means."""


@dataclass(frozen=True)
class LicenseRule:
    """One row of a policy that decides a licence's verdict, overriding the sets."""

    license: str
    verdict: Verdict
    reason: str
    frameworks: tuple[Framework, ...] = (Framework.OSI_LICENSE, Framework.OPEN_TERMS)
    source: str | None = None


@dataclass(frozen=True)
class Policy:
    """What counts as open. Frozen and hashable, so assessments can be memoised per policy."""

    name: str
    description: str
    sets: tuple[tuple[Framework, tuple[LicenseSet, ...]], ...]
    unknown: Verdict
    """The verdict on a licence the knowledge base does not know (and on NOASSERTION)."""
    not_listed: Verdict = Verdict.NOT_OPEN
    """The verdict on a known licence that is in no open set for the framework."""
    rules: tuple[LicenseRule, ...] = ()
    source: str | None = None
    """The policy file it came from; ``None`` for a built-in policy."""
    framework_warnings: bool = False
    """Whether a licence open only for another framework is a warning rather than a verdict."""
    _rule_index: Mapping[tuple[str, Framework], LicenseRule] = field(
        init=False, repr=False, compare=False, hash=False
    )
    _hash: int = field(init=False, repr=False, compare=False, hash=False)

    def __hash__(self) -> int:
        # computed once: policies key every memoised assessment
        return self._hash

    def __post_init__(self) -> None:
        object.__setattr__(
            self,
            "_hash",
            hash(
                (
                    self.name,
                    self.sets,
                    self.unknown,
                    self.not_listed,
                    self.rules,
                    self.source,
                    self.framework_warnings,
                )
            ),
        )
        index = {
            (rule.license.casefold(), fw): rule for rule in self.rules for fw in rule.frameworks
        }
        object.__setattr__(self, "_rule_index", MappingProxyType(index))

    def __reduce__(self) -> tuple[type[Policy], tuple[object, ...]]:
        # the derived index is a mapping proxy, which cannot be pickled: rebuild it instead
        return (
            Policy,
            (
                self.name,
                self.description,
                self.sets,
                self.unknown,
                self.not_listed,
                self.rules,
                self.source,
                self.framework_warnings,
            ),
        )

    def open_sets(self, framework: Framework) -> tuple[LicenseSet, ...]:
        """The licence sets that are open under ``framework``."""
        for fw, names in self.sets:
            if fw is framework:
                return names
        return ()

    def rule_for(self, license_id: str, framework: Framework) -> LicenseRule | None:
        """The override row for ``license_id`` under ``framework``, if the policy has one."""
        return self._rule_index.get((license_id.casefold(), framework))


OSAID_1_0 = Policy(
    name="osaid-1.0",
    description=(
        "Open Source AI Definition 1.0: code under OSI-approved licences; parameters and data "
        "information under OSI-approved licences or open terms; unknown licences undetermined."
    ),
    sets=(
        (Framework.OSI_LICENSE, ("osi-approved", "ai-table")),
        (Framework.OPEN_TERMS, ("osi-approved", "open-terms", "ai-table")),
    ),
    unknown=Verdict.UNDETERMINED,
)

MOF_1_0 = Policy(
    name="mof-1.0",
    description=(
        "Model Openness Framework 1.0 as the Model Openness Tool means it: open is OSI-approved, "
        "FSF-libre or on the MOT's open-data list, whatever the component; anything else, "
        "unknown licences included, is not open."
    ),
    sets=(
        (Framework.OSI_LICENSE, ("osi-approved", "fsf-libre", "mof-open-data")),
        (Framework.OPEN_TERMS, ("osi-approved", "fsf-libre", "mof-open-data")),
    ),
    unknown=Verdict.NOT_OPEN,
    framework_warnings=True,
)

POLICIES: Mapping[str, Policy] = MappingProxyType({p.name: p for p in (OSAID_1_0, MOF_1_0)})
"""The built-in policies by name."""
