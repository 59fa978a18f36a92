"""What osaid knows about licences: the vendored SPDX list and the curated tables.

Everything here is built on first use and kept for the life of the process: importing osaid
reads no file.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, NamedTuple

from osaid._value import frozen_dataclass

if TYPE_CHECKING:
    from osaid.licenses import _tables

LicenseKind = Literal["spdx", "ai", "hf-family", "hf-unknown", "hf-other", "special"]

NONE = "NONE"
NOASSERTION = "NOASSERTION"
SPECIAL = (NONE, NOASSERTION)
REF_PREFIXES = ("LicenseRef-", "DocumentRef-", "AdditionRef-")


@frozen_dataclass
class LicenseInfo:
    """One licence osaid knows, with the facts the policies use."""

    id: str
    name: str
    kind: LicenseKind
    deprecated: bool = False
    osi_approved: bool = False
    osi_source: str | None = None
    fsf_libre: bool = False
    open_terms: _tables.OpenTermsRow | None = None
    mof_open_data: bool = False
    ai: _tables.AILicense | None = None
    successor: str | None = None
    """For a deprecated GNU id (``GPL-3.0``), the modern id it means (``GPL-3.0-only``)."""
    note: str = ""


class Knowledge(NamedTuple):
    """The licence knowledge base, indexed for look-up."""

    list_version: str
    licenses: Mapping[str, LicenseInfo]
    """By canonical id."""
    by_folded: Mapping[str, LicenseInfo]
    """By case-folded id and by every alias (Hugging Face ids)."""
    exceptions: Mapping[str, str]
    """Exception id → name."""
    exceptions_by_folded: Mapping[str, str]
    """Case-folded exception id → canonical id."""
    deprecated_exceptions: frozenset[str]

    def lookup(self, key: str) -> LicenseInfo | None:
        """The licence ``key`` names (an SPDX id in any case, a ``LicenseRef-`` or a Hub id)."""
        return self.by_folded.get(key.casefold())


_SPECIAL_INFO = (
    LicenseInfo(NONE, "No licence is granted (SPDX NONE)", "special"),
    LicenseInfo(NOASSERTION, "Nothing is asserted about the licence (SPDX NOASSERTION)", "special"),
)


def _spdx_info(fields: dict[str, object]) -> LicenseInfo:
    """The ``LicenseInfo`` of these fields (every one of them), made without its ``__init__``.

    The knowledge base makes one for each of the ~700 SPDX licences on first use; the frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``, which is most of
    the cost of building the whole base. Equality, hashing and ``repr`` read the same fields.
    """
    info = object.__new__(LicenseInfo)
    object.__setattr__(info, "__dict__", fields)
    return info


def _spdx_json() -> bytes:
    """The vendored SPDX list, read by the loader that imported the package.

    That is what ``importlib.resources`` does too, but importing it (with ``tempfile``,
    ``zipfile`` and their own imports) costs more than building the whole knowledge base.
    """
    from osaid.licenses import _data

    get_data = getattr(_data.__loader__, "get_data", None)
    if get_data is None:  # pragma: no cover - a loader that cannot read data files
        from importlib import resources

        return resources.files(_data).joinpath("spdx.json").read_bytes()
    data: bytes = get_data(os.path.join(os.path.dirname(_data.__file__), "spdx.json"))
    return data


@functools.cache
def knowledge() -> Knowledge:
    """Build the knowledge base (once per process)."""
    from osaid.licenses import _tables

    raw = json.loads(_spdx_json())
    overrides = {row.spdx_id: row for row in _tables.OSI_OVERRIDES}
    open_terms = {row.spdx_id: row for row in _tables.OPEN_TERMS}
    mof_open = {row.spdx_id for row in _tables.MOF_OPEN_DATA}
    spdx_ids = {key.casefold(): key for key in raw["licenses"]}

    listed = f"SPDX License List {raw['license-list-version']}"
    licenses: dict[str, LicenseInfo] = {}
    for lic_id, (name, deprecated, osi, fsf) in raw["licenses"].items():
        override = overrides.get(lic_id)
        successor = None
        if deprecated:
            modern = f"{lic_id[:-1]}-or-later" if lic_id.endswith("+") else f"{lic_id}-only"
            successor = spdx_ids.get(modern.casefold())
        licenses[lic_id] = _spdx_info(
            {
                "id": lic_id,
                "name": name,
                "kind": "spdx",
                "deprecated": deprecated,
                "osi_approved": override.osi_approved if override else osi,
                "osi_source": override.source if override else (listed if osi else None),
                "fsf_libre": fsf,
                "open_terms": open_terms.get(lic_id),
                "mof_open_data": lic_id in mof_open,
                "ai": None,
                "successor": successor,
                "note": "",
            }
        )
    for row in _tables.AI_LICENSES:
        licenses[row.ref] = LicenseInfo(id=row.ref, name=row.name, kind="ai", ai=row)
    for info in _SPECIAL_INFO:
        licenses[info.id] = info

    by_folded = {key.casefold(): info for key, info in licenses.items()}
    for hf in _tables.HF_LICENSES:
        folded = hf.hf_id.casefold()
        if hf.kind in ("spdx", "deprecated-spdx", "ai"):
            assert hf.target is not None  # guaranteed by the table's own tests
            by_folded.setdefault(folded, licenses[hf.target])
        else:
            kind: LicenseKind = (
                "hf-family"
                if hf.kind == "family"
                else "hf-unknown"
                if hf.kind == "unknown"
                else "hf-other"
            )
            by_folded[folded] = LicenseInfo(id=hf.hf_id, name=hf.name, kind=kind, note=hf.note)

    for legacy in _tables.LEGACY_REFS:
        by_folded.setdefault(legacy.ref.casefold(), licenses[legacy.spdx_id])

    exceptions = {key: name for key, (name, _deprecated) in raw["exceptions"].items()}
    return Knowledge(
        list_version=raw["license-list-version"],
        licenses=MappingProxyType(licenses),
        by_folded=MappingProxyType(by_folded),
        exceptions=MappingProxyType(exceptions),
        exceptions_by_folded=MappingProxyType({k.casefold(): k for k in exceptions}),
        deprecated_exceptions=frozenset(k for k, (_n, dep) in raw["exceptions"].items() if dep),
    )


def spdx_list_version() -> str:
    """The version of the vendored SPDX licence list, e.g. ``"3.29.0"``."""
    return knowledge().list_version
