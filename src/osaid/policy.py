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

import os
from collections.abc import Callable, Mapping
from dataclasses import field
from types import MappingProxyType
from typing import Literal

from osaid._value import frozen_dataclass
from osaid.components import Framework
from osaid.verdict import Verdict

__all__ = [
    "LICENSE_SETS",
    "MOF_1_0",
    "OSAID_1_0",
    "POLICIES",
    "LicenseRule",
    "LicenseSet",
    "Policy",
    "resolve_policy",
]

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


@frozen_dataclass
class LicenseRule:
    """One row of a policy that decides a licence's verdict, overriding the sets."""

    license: str
    verdict: Verdict
    reason: str
    frameworks: tuple[Framework, ...] = (Framework.OSI_LICENSE, Framework.OPEN_TERMS)
    source: str | None = None


@frozen_dataclass
class Policy:
    """What counts as open: a frozen value, so assessments can be memoised per policy."""

    # Every field takes part in equality; only the name and the source in the hash, which
    # keys every memoised assessment and so is taken often (enum members hash in Python).
    name: str
    description: str = field(hash=False)
    sets: tuple[tuple[Framework, tuple[LicenseSet, ...]], ...] = field(hash=False)
    unknown: Verdict = field(hash=False)
    """The verdict on a licence the knowledge base does not know (and on NOASSERTION)."""
    not_listed: Verdict = field(default=Verdict.NOT_OPEN, hash=False)
    """The verdict on a known licence that is in no open set for the framework."""
    rules: tuple[LicenseRule, ...] = field(default=(), hash=False)
    source: str | None = None
    """The policy file it came from; ``None`` for a built-in policy."""
    framework_warnings: bool = field(default=False, hash=False)
    """Whether a licence open only for another framework is a warning rather than a verdict."""

    def open_sets(self, framework: Framework) -> tuple[LicenseSet, ...]:
        """The licence sets that are open under ``framework``."""
        for fw, names in self.sets:
            if fw is framework:
                return names
        return ()

    def rule_for(self, license_id: str, framework: Framework) -> LicenseRule | None:
        """The override row for ``license_id`` under ``framework``, if the policy has one
        (the last row wins; SPDX ids are matched without regard to case)."""
        key = license_id.casefold()
        found = None
        for rule in self.rules:
            if framework in rule.frameworks and rule.license.casefold() == key:
                found = rule
        return found


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


def resolve_policy(
    policy: Policy | str | os.PathLike[str] | None,
    *,
    files: Callable[[str], Policy] | None = None,
) -> Policy:
    """The policy ``policy`` names: the one resolver for policy names and policy files.

    Args:
        policy: a ``Policy``; the name of a built-in one; ``None`` for ``osaid-1.0``; or, with
            ``files``, the path of a policy file.
        files: how to read a policy file (``osaid.policy_file.load_policy``), for a value that
            names no built-in policy but looks like a file; without it (as in the evaluator,
            which does no I/O) such a value is an error.

    Raises:
        ValueError: for a name that is neither a built-in policy nor, with ``files``, a file.
        ManifestError: from ``files``, for a policy file that cannot be read or is not valid.

    >>> resolve_policy("mof-1.0").name
    'mof-1.0'
    >>> resolve_policy(None) is OSAID_1_0
    True
    """
    if policy is None:
        return OSAID_1_0
    if isinstance(policy, Policy):
        return policy
    if isinstance(policy, str) and policy in POLICIES:
        return POLICIES[policy]
    path = os.fspath(policy)
    if files is not None and (os.path.exists(path) or path.lower().endswith(_POLICY_SUFFIXES)):
        return files(path)
    import difflib  # only a mistake needs it

    close = difflib.get_close_matches(path, list(POLICIES), n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    other = ", or the path of a policy file" if files is not None else ", or a Policy"
    msg = f"unknown policy {path!r}{hint} (use {' or '.join(POLICIES)}{other})"
    raise ValueError(msg)


_POLICY_SUFFIXES = (".yaml", ".yml", ".json", ".toml")
