"""What every importer shares: reading trees with positions, licence text, building systems.

Importers never invent facts (SPEC §7): each one builds a plain mapping in the manifest's
shape from what its source says, and every step that loses or normalises something leaves a
finding, located in the source where the position is known.
"""

from __future__ import annotations

import functools
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from osaid.errors import LicenseExpressionError, ManifestError, Problem
from osaid.findings import Finding, Severity, finding
from osaid.manifest import AISystem

__all__ = [
    "EXTENSION",
    "Collector",
    "LicenseReading",
    "Patch",
    "Tree",
    "and_of",
    "apply_patch",
    "build_system",
    "canonical",
    "carry",
    "combine",
    "creation_time",
    "document_uuid",
    "exact_license_id",
    "fits",
    "is_uri",
    "load_tree",
    "losses",
    "manifest_data",
    "patch_between",
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
        """Record a finding coded ``<format>-<what>``.

        An interpretation registered in ``osaid.interpretations`` carries its clause.
        """
        code = f"{self.fmt}-{what}"
        clause = None
        if interpretation:
            from osaid.interpretations import INTERPRETATIONS

            entry = INTERPRETATIONS.get(code)
            clause = entry.clause if entry is not None else None
        self.findings.append(
            finding(
                code,
                severity,
                message,
                component=component,
                clause=clause,
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


def combine(
    expressions: list[str],
    out: Collector,
    *,
    component: str | None,
    label: str,
    where: str | None = None,
    interpretation: bool = False,
    what: str = "license-and",
) -> str | None:
    """The AND of the licences that all apply to one thing, never a rejection.

    Several licences become their AND (:func:`and_of`), with a finding. Where the AND is
    longer than a licence expression may be, it is not refused: the thing's licence becomes
    ``NONE`` if one of them is ``NONE``, else ``NOASSERTION``, with a finding that names how
    many licences there were (each is still in the findings that read it).
    """
    unique = list(dict.fromkeys(expressions))
    if not unique:
        return None
    combined = and_of(unique)
    if len(unique) > 1:
        out.add(
            what,
            Severity.INFO,
            f"{label}: {len(unique)} licences apply, each of them: read as their AND"
            + (f", {combined!r}" if len(combined) <= 200 else ""),
            component=component,
            where=where,
            interpretation=interpretation,
        )
    if fits(combined):
        return combined
    degraded = "NONE" if "NONE" in unique else "NOASSERTION"
    out.add(
        "license-too-many",
        Severity.WARNING,
        f"{label}: the AND of its {len(unique)} licences is longer than a licence expression "
        f"may be ({len(combined)} characters): read as {degraded}; each licence is named in "
        "the finding that read it",
        component=component,
        where=where,
    )
    return degraded


def fits(expression: str) -> bool:
    """Whether ``expression`` is short and shallow enough to be a licence expression."""
    from osaid.licenses import parse

    try:
        parse(expression)
    except LicenseExpressionError:
        return False
    return True


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


# --- what every written SBOM carries ---------------------------------------------------------

_OSAID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/osaid-project/osaid")
"""The namespace of the name-based UUIDs osaid gives the documents it writes."""


_URI = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+"
)


def is_uri(text: str) -> bool:
    """Whether ``text`` is an RFC 3986 URI, which an SBOM's location fields must hold.

    A manifest's location may be any text; one that is not a URI is kept in osaid's
    extension instead, so that the written document stays valid.

    >>> is_uri("https://example.org/a%20b"), is_uri("example.org"), is_uri("https://a b")
    (True, False, False)
    """
    return _URI.fullmatch(text) is not None


def creation_time() -> str:
    """The time a written document says it was created: ``SOURCE_DATE_EPOCH`` when that is
    set (https://reproducible-builds.org/specs/source-date-epoch/), else now; UTC, to the
    second.

    >>> len(creation_time())  # e.g. 2023-11-14T22:13:20Z
    20
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = (
        datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        if epoch.isdigit()
        else datetime.now(tz=timezone.utc)
    )
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def document_uuid(system: AISystem, created: str) -> uuid.UUID:
    """A name-based (version 5) UUID for the document written for ``system`` at ``created``.

    The same release written at the same time gets the same UUID, so output under
    ``SOURCE_DATE_EPOCH`` is reproducible; another release, or the same one written at
    another time, gets another (CycloneDX asks every generated BOM for a unique serial
    number).
    """
    return uuid.uuid5(_OSAID_NAMESPACE, f"{created}\n{system.model_dump_json(by_alias=True)}")


# --- facts a format has no field for ----------------------------------------------------------

EXTENSION = "osaid-manifest-patch"
"""The name under which a written document carries, in its format's own extension mechanism,
the facts the format has no field for: a patch over what the document says natively."""


def manifest_data(system: AISystem) -> dict[str, Any]:
    """The manifest of ``system`` as plain data (what ``write(system, "osaid")`` writes)."""
    data: dict[str, Any] = system.model_dump(
        mode="json", by_alias=True, exclude_none=True, exclude_defaults=True
    )
    return data


def _canonical_licences(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with every licence in canonical spelling, so spelling alone is no difference."""
    out = dict(data)
    if "license" in out:
        out["license"] = canonical(out["license"])
    out["components"] = {
        cid: {**e, "license": canonical(e["license"])} if "license" in e else e
        for cid, e in (data.get("components") or {}).items()
    }
    if isinstance(out.get("training-data"), list):
        out["training-data"] = [
            {**d, "license": canonical(d["license"])} if "license" in d else d
            for d in out["training-data"]
        ]
    return out


@dataclass(frozen=True)
class Patch:
    """What a document read back natively lacks of the system it was written from."""

    data: dict[str, Any]
    """Top-level keys (``None`` removes) and ``components`` entries (``None``: undeclared)."""
    paths: tuple[str, ...]
    """Each fact that differs, as a dotted path (``system.base-model``, ``data-information``)."""


def patch_between(system: AISystem, native: AISystem) -> Patch:
    """The patch that turns ``native`` (a document read back) into ``system``."""
    want = _canonical_licences(manifest_data(system))
    got = _canonical_licences(manifest_data(native))
    patch: dict[str, Any] = {}
    paths: list[str] = []
    for key in sorted(want.keys() | got.keys()):
        if key == "components" or want.get(key) == got.get(key):
            continue
        patch[key] = want.get(key)
        paths += _differing(key, want.get(key), got.get(key))
    wanted, found = want["components"], got["components"]
    components = {
        cid: wanted.get(cid)
        for cid in sorted(wanted.keys() | found.keys())
        if wanted.get(cid) != found.get(cid)
    }
    if components:
        patch["components"] = components
        for cid in components:
            paths += _differing(f"components.{cid}", wanted.get(cid), found.get(cid))
    return Patch(patch, tuple(paths))


def _differing(path: str, want: Any, got: Any) -> list[str]:
    if isinstance(want, dict) and isinstance(got, dict):
        return [
            f"{path}.{k}" for k in sorted(want.keys() | got.keys()) if want.get(k) != got.get(k)
        ]
    return [path]


def apply_patch(
    manifest: dict[str, Any], patch: Any, out: Collector, name: str, where: str | None
) -> AISystem:
    """Build the system a reader read, restored by osaid's extension where the document has
    one; an extension that does not apply is ignored with a warning, never a rejection."""
    if patch is None:
        return build_system(manifest, name)
    if isinstance(patch, str):
        import json

        try:
            patch = json.loads(patch)
        except ValueError:
            patch = None
    if not isinstance(patch, dict) or not all(isinstance(k, str) for k in patch):
        out.add(
            "extension-invalid",
            Severity.WARNING,
            f"{EXTENSION} is not a mapping of manifest keys: ignored",
            where=where,
        )
        return build_system(manifest, name)
    patched = _patched(manifest, patch)
    try:
        system = build_system(patched, name)
    except ManifestError as exc:
        out.add(
            "extension-invalid",
            Severity.WARNING,
            f"{EXTENSION} does not apply ({exc.problems[0].message}): ignored",
            where=where,
        )
        return build_system(manifest, name)
    out.add(
        "extension",
        Severity.INFO,
        f"{EXTENSION}: osaid wrote facts this format has no field for, restored: "
        + ", ".join(sorted(patch)),
        where=where,
    )
    return system


def _patched(manifest: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    patched = dict(manifest)
    for key, value in patch.items():
        if key == "components" and isinstance(value, dict):
            components = dict(patched.get("components") or {})
            for cid, entry in value.items():
                if entry is None:
                    components.pop(cid, None)
                else:
                    components[cid] = entry
            patched["components"] = components
        elif value is None:
            patched.pop(key, None)
        else:
            patched[key] = value
    return patched


def losses(patch: Patch, fmt: str, mechanism: str) -> tuple[str, ...]:
    """One line for each fact that only osaid's extension carries."""
    return tuple(
        f"{path}: {fmt} has no field for it; kept in {mechanism}, which only osaid reads"
        for path in patch.paths
    )


def carry(
    system: AISystem,
    write_native: Callable[[AISystem, dict[str, Any] | None], str],
    read_native: Callable[[str], AISystem],
) -> tuple[str, Patch]:
    """Write ``system``, then read the document back; what it lost goes into the extension.

    A document that cannot be read back at all (which would be osaid's bug) carries the whole
    manifest in its extension.
    """
    text = write_native(system, None)
    try:
        patch = patch_between(system, read_native(text))
    except ManifestError:
        data = manifest_data(system)
        patch = Patch(data, tuple(sorted(data)))
    if not patch.data:
        return text, patch
    return write_native(system, patch.data), patch
