"""Policy files: a built-in policy, extended or overridden row by row, each row with a reason.

A policy file is YAML (JSON and TOML work too) and is read like a manifest: every problem is
reported at once, located (``path:line:column: field: message``).

.. code-block:: yaml

    policy-version: 1
    name: acme-2025
    extends: osaid-1.0
    rules:
      - license: LicenseRef-acme-model-license
        verdict: not-open
        reason: "our lawyers read it: a field-of-use restriction"
        frameworks: [open-terms]
        source: https://acme.example/license

>>> policy = loads_policy('''
... policy-version: 1
... name: acme-2025
... extends: osaid-1.0
... rules:
...   - {license: LicenseRef-acme, verdict: open, reason: reviewed by legal}
... ''')
>>> policy.name, policy.rules[0].license, policy.rules[0].verdict.value
('acme-2025', 'LicenseRef-acme', 'open')
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from osaid._model import Frozen
from osaid.components import Framework
from osaid.errors import LicenseExpressionError
from osaid.loader import DocumentKind, FieldPath, Format, load_document, loads_document
from osaid.policy import POLICIES, LicenseRule, Policy
from osaid.verdict import Verdict

if TYPE_CHECKING:
    from osaid.licenses import ParsedExpression

__all__ = [
    "POLICY_FILE_VERSION",
    "PolicyFile",
    "PolicyRule",
    "load_policy",
    "loads_policy",
]

POLICY_FILE_VERSION = 1

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_BOTH = (Framework.OSI_LICENSE, Framework.OPEN_TERMS)
_SPECIAL = {
    "NONE": "no licence is granted, so it is not open",
    "NOASSERTION": "nothing is known of the terms, so they are undetermined",
}
_REPEATED = "this licence already has a rule for the same framework above: keep one"


@functools.lru_cache(maxsize=1024)
def _parsed(value: str) -> ParsedExpression | str:
    """``value`` parsed, or why it cannot be: once per distinct text (a typo repeated in many
    rows would otherwise look for its suggestion once per row)."""
    from osaid.licenses import parse

    try:
        return parse(value)
    except LicenseExpressionError as exc:
        return exc.message


def _one_license(value: str) -> str:
    """The canonical id of the single licence ``value`` names."""
    from osaid.licenses._parse import Lic

    parsed = _parsed(value)
    if isinstance(parsed, str):
        raise PydanticCustomError("license", "{message}", {"message": parsed})
    tree = parsed.tree
    if not isinstance(tree, Lic):
        raise PydanticCustomError(
            "license_expression",
            "a rule names one licence, not an expression: write one rule per licence",
        )
    if tree.id in _SPECIAL:
        raise PydanticCustomError(
            "license_special",
            "{id} keeps its SPDX meaning under every policy ({meaning}): no rule can change it",
            {"id": tree.id, "meaning": _SPECIAL[tree.id]},
        )
    if tree.or_later:
        raise PydanticCustomError(
            "license_or_later",
            "a rule names one licence: write {id} without '+' (and another rule for each "
            "later version)",
            {"id": tree.id},
        )
    return tree.id


def _policy_name(value: str) -> str:
    if not _NAME.fullmatch(value):
        raise PydanticCustomError(
            "policy_name",
            "a policy name is letters, digits, '.', '_' and '-', starting with a letter or "
            "digit: the report shows it",
        )
    if value in POLICIES:
        raise PydanticCustomError(
            "policy_name",
            "'{value}' is a built-in policy: give this policy its own name, e.g. '{value}-acme'",
            {"value": value},
        )
    return value


Text = Annotated[str, Field(min_length=1)]


class PolicyRule(Frozen):
    """One row: the verdict on one licence, overriding what the base policy would say."""

    license: Annotated[str, AfterValidator(_one_license)]
    verdict: Verdict
    reason: Text
    frameworks: Annotated[tuple[Framework, ...], Field(min_length=1)] = _BOTH
    source: Text | None = None


class PolicyFile(Frozen):
    """A policy file (format version 1), as written."""

    policy_version: Literal[1]
    name: Annotated[str, AfterValidator(_policy_name)]
    extends: Literal["osaid-1.0", "mof-1.0"]
    description: Text | None = None
    unknown: Literal["undetermined", "not-open"] | None = None
    rules: tuple[PolicyRule, ...] = ()

    @model_validator(mode="after")
    def _rules_once(self) -> PolicyFile:
        first: dict[tuple[str, Framework], int] = {}
        again: list[str] = []
        for i, rule in enumerate(self.rules):
            for framework in rule.frameworks:
                key = (rule.license.casefold(), framework)
                if key in first and f"rules.{i}.license" not in again:
                    again.append(f"rules.{i}.license")
                first.setdefault(key, i)
        if again:
            raise PydanticCustomError("rule_repeated", _REPEATED, {"at": again, "absolute": True})
        return self


def _row_key(row: dict[str, Any]) -> tuple[str, tuple[str, ...]] | None:
    """(licence, frameworks) of a row as written, canonical where the licence parses."""
    license_ = row.get("license")
    frameworks = row.get("frameworks", [f.value for f in _BOTH])
    if not isinstance(license_, str) or not isinstance(frameworks, list):
        return None
    parsed = _parsed(license_)
    if not isinstance(parsed, str):
        license_ = parsed.normalized
    return license_.casefold(), tuple(f for f in frameworks if isinstance(f, str))


def _repeated_rows(data: Any) -> list[tuple[FieldPath, str]]:
    """Rows that repeat a (licence, framework) of a row above, found in the data as written.

    The model validator says the same, but only once every field is valid; this check runs
    on the raw rows, so that one run lists the repeats together with the field errors.
    """
    rules = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(rules, list):
        return []
    seen: set[tuple[str, str]] = set()
    out: list[tuple[FieldPath, str]] = []
    for i, row in enumerate(rules):
        key = _row_key(row) if isinstance(row, dict) else None
        if key is None:
            continue
        pairs = {(key[0], framework) for framework in key[1]}
        if pairs & seen:
            out.append((("rules", i, "license"), _REPEATED))
        seen |= pairs
    return out


_KIND = DocumentKind(
    "policy file",
    "policy-version, name and extends",
    "policy-version",
    1,
    checks=(_repeated_rows,),
)


def _to_policy(document: PolicyFile, source: str) -> Policy:
    base = POLICIES[document.extends]
    rules: dict[tuple[str, Framework], LicenseRule] = {}
    for rule in base.rules:
        for framework in rule.frameworks:
            rules[(rule.license.casefold(), framework)] = LicenseRule(
                rule.license, rule.verdict, rule.reason, (framework,), rule.source
            )
    for row in document.rules:
        for framework in row.frameworks:
            rules[(row.license.casefold(), framework)] = LicenseRule(
                row.license, row.verdict, row.reason, (framework,), row.source
            )
    description = document.description or (
        f"{base.name} with {len(document.rules)} rule(s) of its own: {base.description}"
    )
    return Policy(
        name=document.name,
        description=description,
        sets=base.sets,
        unknown=Verdict(document.unknown) if document.unknown else base.unknown,
        not_listed=base.not_listed,
        rules=tuple(rules.values()),
        source=source,
        framework_warnings=base.framework_warnings,
    )


def loads_policy(text: str, format: Format = "yaml", *, path: str = "<string>") -> Policy:
    """A policy from the text of a policy file.

    Raises:
        ManifestError: carrying every problem of the text, each located.
    """
    document, _ = loads_document(text, PolicyFile, _KIND, format, path=path)
    return _to_policy(document, path)


def load_policy(path: str | Path) -> Policy:
    """A policy from a policy file; the report names the file as the policy's source.

    Raises:
        ManifestError: carrying every problem of the file, each located.
    """
    document, _ = load_document(path, PolicyFile, _KIND)
    return _to_policy(document, str(path))
