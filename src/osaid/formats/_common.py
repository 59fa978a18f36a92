"""What every importer shares: reading trees with positions, licence text, building systems.

Importers never invent facts (SPEC §7): each one builds a plain mapping in the manifest's
shape from what its source says, and every step that loses or normalises something leaves a
finding, located in the source where the position is known.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from osaid.errors import ManifestError, Problem
from osaid.findings import Finding, Severity, finding
from osaid.manifest import AISystem

__all__ = [
    "Collector",
    "LicenseReading",
    "Tree",
    "and_of",
    "build_system",
    "canonical",
    "exact_license_id",
    "load_tree",
    "read_license",
    "slug_ref",
    "text_of",
]

Path_ = tuple[str | int, ...]


@dataclass
class Tree:
    """A parsed document and where each of its nodes is."""

    name: str
    data: dict[str, Any]
    where_map: Any
    line_offset: int = 0
    """Lines before the parsed text in the file (a card's opening ``---``)."""

    def at(self, *path: str | int) -> tuple[int, int]:
        """The 1-based (line, column) of the node at ``path``, else of its nearest parent."""
        line, col = self.where_map.locate(tuple(path), key=False)
        return line + self.line_offset, col

    def where(self, *path: str | int) -> str:
        """``name:line:column`` of the node at ``path`` (or of its nearest parent)."""
        line, col = self.at(*path)
        return f"{self.name}:{line}:{col}"

    def fail(self, path: tuple[str | int, ...], message: str) -> ManifestError:
        """A ``ManifestError`` located at ``path``."""
        dotted = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
        line, col = self.at(*path)
        return ManifestError([Problem(self.name, line, col, dotted, message)])


class _Anything(BaseModel):
    """A mapping of anything: the loader's guards, none of the manifest's rules."""

    model_config = ConfigDict(extra="allow", frozen=True)


def load_tree(
    text: str, kind: Literal["yaml", "json"], name: str, noun: str, needs: str, line_offset: int = 0
) -> Tree:
    """Parse a YAML or JSON mapping with osaid's guarded loader.

    The loader refuses alias bombs, deep nesting, duplicate keys and YAML tags, and locates
    every node.

    Raises:
        ManifestError: for text that cannot be parsed or whose top level is not a mapping,
            located.
    """
    from osaid.loader import DocumentKind, loads_document

    try:
        raw, where = loads_document(
            text,
            _Anything,
            DocumentKind(noun, needs, needs.split(maxsplit=1)[0], 1),
            kind,
            path=name,
        )
    except ManifestError as exc:
        if not line_offset:
            raise
        raise ManifestError(
            [
                Problem(p.path, p.line + line_offset, p.column, p.field, p.message)
                for p in exc.problems
            ]
        ) from None
    return Tree(name, dict(raw.__pydantic_extra__ or {}), where, line_offset)


@dataclass
class Collector:
    """The findings an import leaves, each coded ``<format>-<what>``."""

    fmt: str
    findings: list[Finding] = field(default_factory=list)

    def add(
        self,
        what: str,
        severity: Severity,
        message: str,
        *,
        component: str | None = None,
        where: str | None = None,
        interpretation: bool = False,
    ) -> None:
        """Record a finding coded ``<format>-<what>``."""
        self.findings.append(
            finding(
                f"{self.fmt}-{what}",
                severity,
                message,
                component=component,
                source=where,
                interpretation=interpretation,
            )
        )


# --- licence text -----------------------------------------------------------------------------


def exact_license_id(text: str) -> str | None:
    """The one licence ``text`` names by its id, title or a known alias (no fuzzy matching).

    The reading is osaid's licence-name recogniser (``osaid.licenses.recognize_license``):
    blind to case, punctuation, "the", "version", "v" before a number, "licence"/"license",
    "agreement" and a trailing ".0" in a version. Prose that joins several licences is not
    one licence, so it gives ``None`` here.

    >>> exact_license_id("Apache 2.0"), exact_license_id("MIT license")
    ('Apache-2.0', 'MIT')
    >>> exact_license_id("Apache License, Version 2.0")
    'Apache-2.0'
    >>> exact_license_id("Llama 3 Community License"), exact_license_id("Apache")
    ('LicenseRef-llama3', None)
    """
    from osaid.licenses import knowledge, recognize_license

    reading = recognize_license(text)
    info = knowledge().lookup(reading.expression) if reading.recognized else None
    if info is None or info.kind not in ("spdx", "ai"):
        return None  # nothing, several licences, or a family of licences
    return info.id


def slug_ref(text: str) -> str:
    """An opaque ``LicenseRef-`` made from free text.

    >>> slug_ref("Llama 3 Community License")
    'LicenseRef-llama-3-community-license'
    """
    from osaid.licenses._names import slug_ref as make

    return make(text)


_MOT_NOT_INCLUDED = re.compile(r"^(component\s+)*not\s+included$")
_NOASSERTION_WORDS = frozenset({"license not specified", "pending evaluation", "undisclosed"})


@dataclass(frozen=True)
class LicenseReading:
    """What a licence string says, after normalising."""

    expression: str | None
    """A licence expression osaid accepts, or ``None`` when the text names none."""
    not_released: bool = False
    """The MOT's ``Component not included``: the string says the component is withheld."""


def read_license(
    value: Any,
    out: Collector,
    *,
    component: str | None,
    where: str,
    mot_words: bool = False,
    label: str | None = None,
) -> LicenseReading:
    """Normalise one licence string, recording a finding for every step.

    The text is read by osaid's licence-name recogniser (``osaid.licenses.recognize_license``):
    SPDX expressions (and Hugging Face ids) are parsed; names, titles, aliases, licence
    addresses and Creative Commons names become their ids; prose joining licences becomes
    their AND; anything else becomes an opaque ``LicenseRef-`` (its terms are then unknown).
    Each reading leaves a finding. With ``mot_words``, the Model Openness Tool's own words are
    read too.
    """
    label = f"{label or component}: " if (label or component) else ""
    if value is None:
        return LicenseReading(None)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        out.add(
            "license-invalid",
            Severity.WARNING,
            f"{label}a licence must be text, not {type(value).__name__}: ignored",
            component=component,
            where=where,
        )
        return LicenseReading(None)
    text = " ".join(str(value).split())
    if not text:
        return LicenseReading(None)
    folded = text.casefold()
    if mot_words:
        if folded == "unlicensed":
            out.add(
                "license-unlicensed",
                Severity.WARNING,
                f"{label}'unlicensed': no licence is granted, read as NONE",
                component=component,
                where=where,
            )
            return LicenseReading("NONE")
        if _MOT_NOT_INCLUDED.match(folded):
            out.add(
                "component-not-included",
                Severity.INFO,
                f"{label}{text!r}: the component is not released",
                component=component,
                where=where,
            )
            return LicenseReading(None, not_released=True)
        if folded in _NOASSERTION_WORDS:
            out.add(
                "license-noassertion",
                Severity.WARNING,
                f"{label}{text!r}: nothing is known about the licence, read as NOASSERTION",
                component=component,
                where=where,
            )
            return LicenseReading("NOASSERTION")
        if folded == "proprietary":
            out.add(
                "license-proprietary",
                Severity.ERROR,
                f"{label}'Proprietary': a licence that grants none of the four freedoms, "
                "read as LicenseRef-proprietary",
                component=component,
                where=where,
            )
            return LicenseReading("LicenseRef-proprietary")
    from osaid.licenses import recognize_license

    mot = (
        " (the MOT compares licence strings exactly: it would not count this one as open)"
        if mot_words
        else ""
    )
    reading = recognize_license(text)
    if not reading.recognized:
        out.add(
            "license-unrecognized",
            Severity.WARNING,
            f"{label}{reading.steps[-1].message}",
            component=component,
            where=where,
        )
        return LicenseReading(reading.expression)
    if reading.expression != text:
        out.add(
            "license-normalized",
            Severity.INFO,
            f"{label}{text!r} is read as {reading.expression!r}{mot}",
            component=component,
            where=where,
        )
    for step in reading.steps:
        # The recogniser's readings of the text are interpretations, each under its own
        # registered code; a part of prose it could not read is reported as unrecognised.
        if step.interpretation:
            out.findings.append(
                finding(
                    step.code,
                    Severity.INFO,
                    f"{label}{step.message}",
                    component=component,
                    source=where,
                    interpretation=True,
                )
            )
        elif step.code == "license-unrecognized":
            out.add(
                "license-unrecognized",
                Severity.WARNING,
                f"{label}{step.message}",
                component=component,
                where=where,
            )
    return LicenseReading(reading.expression)


def and_of(expressions: list[str]) -> str:
    """The AND of licence expressions, each parenthesised where it needs to be.

    SPDX's NONE and NOASSERTION stand only alone: in a conjunction, NONE makes the whole NONE
    (part of it is under no licence) and NOASSERTION becomes ``LicenseRef-noassertion``, a
    licence whose terms are unknown, so that the conjunction keeps its verdict.

    >>> and_of(["MIT", "Apache-2.0 OR MIT", "MIT"])
    'MIT AND (Apache-2.0 OR MIT)'
    """
    unique = list(dict.fromkeys(expressions))
    if len(unique) == 1:
        return unique[0]
    if "NONE" in unique:
        return "NONE"
    unique = ["LicenseRef-noassertion" if e == "NOASSERTION" else e for e in unique]
    return " AND ".join(f"({e})" if " OR " in e or " AND " in e else e for e in unique)


# --- building ---------------------------------------------------------------------------------


def build_system(data: dict[str, Any], name: str) -> AISystem:
    """Validate what an importer built; a failure is osaid's bug, reported as a problem."""
    try:
        return AISystem.model_validate(data)
    except ValidationError as exc:
        problems = [
            Problem(name, 1, 1, ".".join(str(p) for p in err["loc"]), err["msg"])
            for err in exc.errors(include_url=False)
        ]
        raise ManifestError(problems) from None


def text_of(value: Any) -> str | None:
    """A scalar as text; empty text, ``None`` and containers give ``None``."""
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def canonical(expression: str) -> str:
    """The canonical spelling of a licence expression an ``AISystem`` accepted.

    >>> canonical("apache-2.0 or mit")
    'Apache-2.0 OR MIT'
    """
    from osaid.licenses import parse

    return parse(expression).normalized


@functools.cache
def yaml_dumper() -> type[Any]:
    import yaml

    class Dumper(yaml.SafeDumper):
        """Double-quotes text that is not printable ASCII: PyYAML may write it single-quoted,
        where a NEL or a Unicode line separator reads back as a line break folded into a
        space; double quotes escape them."""

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        plain = all(" " <= ch <= "~" for ch in value)
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=None if plain else '"')

    Dumper.add_representer(str, text)
    return Dumper


def dump_yaml(data: Any) -> str:
    """YAML that reads back to exactly ``data``, whatever characters its text holds."""
    import yaml

    dumped: str = yaml.dump(
        data, Dumper=yaml_dumper(), sort_keys=False, allow_unicode=True, width=100
    )
    return dumped
