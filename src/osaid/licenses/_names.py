"""Licence names written as text → licence expressions osaid can judge.

Catalogues and model cards name licences the way people write them: ``Meta Llama 3
Community License``, ``GNU General Public License v3.0``, ``Attribution-NonCommercial 4.0
International``, ``Apache-2.0 and CC-BY-NC-4.0 and additional terms``. The recogniser reads
such text in this order, and every step it takes is recorded:

1. an SPDX expression (Hugging Face ids included) is parsed as such;
2. a URL is read when it is the address of a licence osaid knows (its source, an SPDX,
   OSI, choosealicense.com, GNU or Creative Commons page, a file named after a licence id);
3. a name is looked up by a spelling-blind key in one index over every SPDX id and full
   name, every AI-licence id, title and alias, and every Hugging Face id and display name;
4. a Creative Commons name is read by the licence's own grammar (elements BY, NC, ND, SA,
   a version, a port); without a version it reads as the family when every version shares
   the decisive clause (``CC-BY-ND`` is not open, whatever the version);
5. prose that joins licences (``X and Y``, ``X + acceptable use policy``, ``X; Y``) is read
   as their AND, each part by the steps above; a part that names no licence stays opaque.

What is not recognised stays an opaque ``LicenseRef-`` made from the text: its terms are
unknown, never guessed. Keys never collide silently: a key two licences share (after the
normalisation below) names neither, and a test checks that every title and alias osaid
knows comes back to its own row.

The key ignores case, punctuation, the words *the*, *license*/*licence*, *agreement*,
*version*, *clause* and *terms of use*, a ``v`` before a version, and trailing ``.0`` in a
version (``Apache 2`` is ``Apache-2.0``), but keeps ``+`` (``openrail++`` is not
``openrail``) and the dots inside a version (``3.1`` is not ``31``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from osaid.errors import LicenseExpressionError
from osaid.licenses._knowledge import knowledge

__all__ = ["Recognition", "Step", "name_key", "recognize_license", "slug_ref"]

_MAX_TEXT = 1000
"""Longer text is not read as licence names (it is kept as one opaque reference)."""
_MAX_PARTS = 16


@dataclass(frozen=True)
class Step:
    """One step the recogniser took: a stable code, what it did, whether it interprets."""

    code: str
    message: str
    interpretation: bool


@dataclass(frozen=True)
class Recognition:
    """What a licence text names.

    ``expression`` is always an expression osaid accepts: the licences recognised, or an
    opaque ``LicenseRef-`` made from the text when nothing is (``recognized`` is then false).
    """

    text: str
    expression: str
    recognized: bool
    steps: tuple[Step, ...]


# --- the key ------------------------------------------------------------------------------

_PHRASES = re.compile(r"\bterms\s+of\s+use\b|\bterms\s+and\s+conditions\b")
_TOKEN = re.compile(r"\d+(?:\.\d+)*\+*|[^\W\d_]+\+*|\++")
_DROPPED = frozenset({"the", "license", "licenses", "agreement", "version", "ver", "v", "clause"})


def _version(token: str) -> str:
    plus = len(token) - len(token.rstrip("+"))
    number = token.rstrip("+")
    while number.endswith(".0"):
        number = number[:-2]
    return number + "+" * plus


def name_key(text: str) -> str:
    """The spelling-blind key of a licence name.

    >>> name_key("Apache License, Version 2.0"), name_key("apache-2")
    ('apache2', 'apache2')
    >>> name_key("CreativeML Open RAIL++-M License"), name_key("OpenRAIL")
    ('creativemlopenrail++m', 'openrail')
    """
    folded = text.casefold().replace("licence", "license")
    folded = _PHRASES.sub(" ", folded)
    parts: list[str] = []
    for token in _TOKEN.findall(folded):
        if token[0].isdigit():
            parts.append(_version(token))
        elif token not in _DROPPED:
            parts.append(token)
    return "".join(parts)


def slug_ref(text: str) -> str:
    """An opaque ``LicenseRef-`` made from free text.

    >>> slug_ref("Some Lab's Model Licence")
    'LicenseRef-some-lab-s-model-licence'
    """
    slug = re.sub(r"[^a-z0-9.]+", "-", text.casefold()).strip("-.")[:64].strip("-.")
    return f"LicenseRef-{slug or 'unnamed'}"


# --- the index ----------------------------------------------------------------------------

_FAMILY = "creative-commons-family"
"""The ``family`` of the rows that stand for an unversioned Creative Commons family."""

_Entry = tuple[str, str]
"""(licence id, how the key names it)."""


@functools.cache
def _index() -> Mapping[str, _Entry | None]:
    """Key → (id, how); ``None`` where two licences share a key at the same rank."""
    from osaid.licenses import _tables

    kb = knowledge()
    ranked: dict[str, tuple[int, _Entry | None]] = {}

    def put(text: str, lic_id: str, how: str, rank: int) -> None:
        key = name_key(text)
        if not key:
            return
        held = ranked.get(key)
        if held is None or rank < held[0]:
            ranked[key] = (rank, (lic_id, how))
        elif rank == held[0] and held[1] is not None and held[1][0] != lic_id:
            ranked[key] = (rank, None)

    for info in kb.licenses.values():
        if info.kind == "spdx" and not info.deprecated:
            put(info.id, info.id, "its SPDX id", 0)
            put(info.name, info.id, f"its SPDX name {info.name!r}", 0)
    for row in _tables.AI_LICENSES:
        put(row.ref.removeprefix("LicenseRef-"), row.ref, "its osaid id", 0)
        put(row.name, row.ref, f"its title {row.name!r}", 0)
        for alias in row.aliases:
            put(alias, row.ref, f"a name used for {row.name!r}", 0)
    for hf in _tables.HF_LICENSES:
        if hf.target is not None:
            note = f" ({hf.note})" if hf.kind == "deprecated-spdx" else ""
            put(hf.hf_id, hf.target, f"the Hugging Face id {hf.hf_id!r}{note}", 1)
            put(hf.name, hf.target, f"the Hugging Face name {hf.name!r}{note}", 1)
    for info in kb.licenses.values():
        if info.kind == "spdx" and info.deprecated:
            target = info.successor or info.id
            put(info.id, target, f"the deprecated SPDX id {info.id}", 2)
            put(info.name, target, f"the SPDX name {info.name!r} of deprecated {info.id}", 2)
    return MappingProxyType({key: entry for key, (_rank, entry) in ranked.items()})


@functools.cache
def _sources() -> Mapping[str, str]:
    """The address of each AI licence's text (normalised) → its ``LicenseRef-``."""
    from osaid.licenses import _tables

    # A family row cites one member's text; that address names the member, not the family.
    rows = (row for row in _tables.AI_LICENSES if row.family != _FAMILY)
    return MappingProxyType({_url_key(row.source): row.ref for row in rows})


def _url_key(url: str) -> str:
    bare = re.sub(r"^[a-z]+://(www\.)?", "", url.casefold())
    return re.split(r"[?#]", bare, maxsplit=1)[0].rstrip("/")


# --- Creative Commons ---------------------------------------------------------------------

_CC_ELEMENTS = {
    "by": "BY",
    "attribution": "BY",
    "nc": "NC",
    "noncommercial": "NC",
    "nd": "ND",
    "noderivatives": "ND",
    "noderivs": "ND",
    "sa": "SA",
    "sharealike": "SA",
}
_CC_PAIRS = {("non", "commercial"): "NC", ("no", "derivatives"): "ND", ("no", "derivs"): "ND"}
_CC_PAIRS |= {("share", "alike"): "SA"}
_CC_ORDER = ("BY", "NC", "ND", "SA")
_CC_IGNORED = frozenset(
    {"international", "unported", "generic", "license", "licence", "legal", "code", "deed"}
)
_CC_PORTS = {
    "germany": "DE",
    "austria": "AT",
    "australia": "AU",
    "netherlands": "NL",
    "france": "FR",
    "japan": "JP",
    "igo": "IGO",
    "us": "US",
    "uk": "UK",
}


def _cc_tokens(text: str) -> list[str] | None:
    """The words of a Creative Commons name without its "Creative Commons"/"CC" prefix."""
    words = re.findall(r"\d+(?:\.\d+)?|[a-z]+", text.casefold())
    if words[:2] == ["creative", "commons"]:
        return words[2:]
    if words[:1] == ["cc"] or words[:1] == ["attribution"]:
        return words[1:] if words[0] == "cc" else words
    return None


def _read_cc(text: str) -> tuple[str, str] | None:
    """(id, what was read) for a Creative Commons name, or ``None``."""
    words = _cc_tokens(text)
    if words is None:
        return None
    kb = knowledge()
    if words[:1] in (["zero"], ["0"]) and all(w in ("1", "1.0", "universal") for w in words[1:]):
        return "CC0-1.0", "Creative Commons Zero"
    elements: list[str] = []
    version: str | None = None
    port: str | None = None
    i = 0
    while i < len(words):
        word = words[i]
        pair = _CC_PAIRS.get((word, words[i + 1])) if i + 1 < len(words) else None
        if pair is not None:
            elements.append(pair)
            i += 2
            continue
        if word in _CC_ELEMENTS:
            elements.append(_CC_ELEMENTS[word])
        elif word[0].isdigit() and version is None:
            version = word if "." in word else f"{word}.0"
        elif version is not None and port is None and (word in _CC_PORTS or len(word) == 2):
            port = _CC_PORTS.get(word, word.upper())
        elif word not in _CC_IGNORED:
            return None
        i += 1
    kinds = set(elements)
    if "BY" not in kinds or len(kinds) != len(elements) or {"ND", "SA"} <= kinds:
        return None
    family = "-".join(e for e in _CC_ORDER if e in kinds)
    if version is None:
        ref = f"LicenseRef-cc-{family.lower()}"
        return (ref, f"CC {family} with no version") if ref in kb.licenses else None
    lic_id = f"CC-{family}-{version}" + (f"-{port}" if port else "")
    info = kb.licenses.get(lic_id)
    if info is None or info.deprecated:
        return None
    return lic_id, f"CC {family} {version}" + (f" {port}" if port else "")


# --- single names -------------------------------------------------------------------------

_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb`()[]{}<>"
"""Quotation marks and brackets around a name, straight and typographic."""


def _as_expression(text: str) -> tuple[str, tuple[Step, ...]] | None:
    from osaid.licenses._parse import parse

    named = re.fullmatch(r"LicenseRef-(.+)", text, flags=re.IGNORECASE)
    if named is not None and knowledge().lookup(text) is None:
        # A reference another tool made from a licence's name (osaid's own opaque
        # references included): the name inside it may be one osaid knows.
        entry = _index().get(name_key(named[1]))
        if entry is not None:
            message = (
                f"{text!r} is not a licence osaid knows, but the name inside it names "
                f"{entry[0]} by {entry[1]}"
            )
            return entry[0], (Step("license-name-recognized", message, True),)
    try:
        parsed = parse(text)
    except LicenseExpressionError:
        return None
    steps: tuple[Step, ...] = ()
    if parsed.normalized != text:
        steps = (Step("license-normalized", f"{text!r} is read as {parsed.normalized!r}", False),)
    return parsed.normalized, steps


def _from_url(text: str) -> tuple[str, str] | None:
    """(id, why) for the address of a licence osaid knows."""
    if not re.match(r"^[a-z]+://", text, flags=re.IGNORECASE):
        return None
    key = _url_key(text)
    kb = knowledge()
    cc = re.match(
        r"creativecommons\.org/(?:licenses|licences)/([a-z-]+)/(\d\.\d)(?:/([a-z]+))?", key
    )
    if cc:
        parts = "cc " + cc[1].replace("-", " ") + f" {cc[2]}" + (f" {cc[3]}" if cc[3] else "")
        read = _read_cc(parts)
        return (read[0], "it is that licence's Creative Commons page") if read else None
    if re.match(r"creativecommons\.org/publicdomain/zero/1\.0", key):
        return "CC0-1.0", "it is that licence's Creative Commons page"
    ref = _sources().get(key)
    if ref is not None:
        return ref, "it is the address of that licence's text"
    segment = re.sub(r"\.(html?|md|txt|json|php)$", "", key.rsplit("/", 1)[-1])
    info = kb.lookup(segment)
    if info is not None and info.kind in ("spdx", "ai"):
        lic_id = info.successor or info.id
        return lic_id, f"the address ends with the licence id {segment!r}"
    return None


def _single(text: str) -> tuple[str, tuple[Step, ...]] | None:
    """The licence one name or address names, with the steps that read it."""
    text = text.strip()
    if not text.startswith("(") and (restated := _restated(text)) is not None:
        return restated
    text = text.strip(_QUOTES).strip()
    if not text:
        return None
    parsed = _as_expression(text)
    if parsed is not None:
        return parsed
    url = _from_url(text)
    if url is not None:
        message = f"{text!r} is read as {url[0]}: {url[1]}"
        return url[0], (Step("license-url-recognized", message, True),)
    entry = _index().get(name_key(text))
    if entry is not None:
        message = f"{text!r} is not an SPDX expression; it names {entry[0]} by {entry[1]}"
        named = Step("license-name-recognized", message, True)
        return entry[0], (named, *_family_steps(text, entry[0]))
    cc = _read_cc(text)
    if cc is not None:
        lic_id, read = cc
        cc_step = Step(
            "license-cc-name",
            f"{text!r} is a Creative Commons name ({read}), read as {lic_id}",
            True,
        )
        return lic_id, (cc_step, *_family_steps(text, lic_id))
    return _gnu(text) or _only_version(text)


_GNU = re.compile(
    r"(?:gnu\W*)?(?P<kind>a|l)?gpl\W*v?\W*(?P<version>[123](?:\.[01])?)"
    r"(?P<later>\+|\W*or\W*(?:any\W*)?later(?:\W*version)?)?",
    re.IGNORECASE,
)


def _gnu(text: str) -> tuple[str, tuple[Step, ...]] | None:
    """A GNU licence by its abbreviation: ``GPLv3``, ``GNU GPL v2``, ``LGPL 2.1+``."""
    match = _GNU.fullmatch(text.strip())
    if match is None:
        return None
    version = match["version"] if "." in match["version"] else match["version"] + ".0"
    kind = (match["kind"] or "").upper()
    suffix = "or-later" if match["later"] else "only"
    lic_id = f"{kind}GPL-{version}-{suffix}"
    if lic_id not in knowledge().licenses:
        return None
    how = "with 'or later'" if match["later"] else "without 'or later', so the version alone"
    message = f"{text!r} abbreviates a GNU licence {how}: read as {lic_id}"
    return lic_id, (Step("license-name-recognized", message, True),)


_PARENTHESIS = re.compile(r"(?P<name>.+?)\s*\((?P<inner>[^()]+)\)")


def _restated(text: str) -> tuple[str, tuple[Step, ...]] | None:
    """A name that restates its licence in parentheses: ``The MIT License (MIT)``."""
    match = _PARENTHESIS.fullmatch(text)
    if match is None:
        return None
    name, inner = _single(match["name"]), _single(match["inner"])
    if name is None or inner is None or name[0] != inner[0]:
        return None
    return name


@functools.cache
def _unversioned() -> Mapping[str, str | None]:
    """Key of an SPDX name without its version → the one id it can name (``None`` where
    the list has several versions of that name)."""
    found: dict[str, str | None] = {}
    for info in knowledge().licenses.values():
        if info.kind != "spdx" or info.deprecated:
            continue
        bare = _VERSION.sub(" ", info.name)
        if bare == info.name:
            continue  # a name with no version is in the main index already
        key = name_key(bare)
        if key:
            found[key] = info.id if key not in found else None
    return MappingProxyType(found)


_VERSION = re.compile(r"\b(?:v(?:ersion)?\s*)?\d+(?:\.\d+)*\b", re.IGNORECASE)


def _only_version(text: str) -> tuple[str, tuple[Step, ...]] | None:
    """A name given without a version, of a licence the SPDX list has in one version only."""
    lic_id = _unversioned().get(name_key(text))
    if lic_id is None:
        return None
    message = (
        f"{text!r} gives no version; the SPDX list has {lic_id} alone under that name, so "
        f"osaid reads it as {lic_id}"
    )
    return lic_id, (Step("license-single-version", message, True),)


def _family_steps(text: str, lic_id: str) -> tuple[Step, ...]:
    """The family reading, when ``lic_id`` stands for a family given without a version."""
    info = knowledge().licenses.get(lic_id)
    if info is None or info.ai is None or info.ai.family != _FAMILY:
        return ()
    message = (
        f"{text!r} gives no version; every version of the family shares the clause that "
        f"decides its verdict, so osaid reads it as {lic_id}"
    )
    return (Step("license-family-reading", message, True),)


# --- prose --------------------------------------------------------------------------------

_SEPARATOR = re.compile(r"\s*(?:;|,|\+|&|\band\b|\bplus\b|\bwith\b)\s*", re.IGNORECASE)


def _parenthesised(expression: str) -> str:
    return f"({expression})" if " OR " in expression else expression


def _prose(text: str) -> tuple[str, tuple[Step, ...]] | None:
    """The AND of the licences a sentence joins, when it names at least one."""
    pieces = _SEPARATOR.split(text)
    seps = _SEPARATOR.findall(text)
    if len(pieces) < 2 or len(pieces) > _MAX_PARTS:
        return None
    starts: list[int] = []
    position = 0
    for i, piece in enumerate(pieces):
        starts.append(position)
        position += len(piece) + (len(seps[i]) if i < len(seps) else 0)
    parts: list[str] = []
    steps: list[Step] = []
    known = 0
    i = 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):
            span = text[starts[i] : starts[j - 1] + len(pieces[j - 1])]
            if j - i == len(pieces):
                continue  # the whole text was already tried
            read = _single(span)
            if read is not None:
                parts.append(read[0])
                steps.extend(read[1])
                known += 1
                i = j
                break
        else:
            piece = pieces[i].strip().strip(_QUOTES).strip()
            if piece:
                ref = slug_ref(piece)
                parts.append(ref)
                steps.append(
                    Step(
                        "license-unrecognized",
                        f"{piece!r} names no licence osaid knows: kept as {ref}, whose terms "
                        "are unknown",
                        False,
                    )
                )
            i += 1
    if not known:
        return None
    unique = list(dict.fromkeys(parts))
    expression = " AND ".join(_parenthesised(p) for p in unique)
    head = Step(
        "license-prose-and",
        f"{text!r} joins several licences in prose: all of them apply, read as {expression}",
        True,
    )
    return expression, (head, *steps)


@functools.lru_cache(maxsize=1024)
def recognize_license(text: str) -> Recognition:
    """Read a licence written as text: an expression, a name, an address or prose.

    >>> recognize_license("Meta Llama 3 Community License").expression
    'LicenseRef-llama3'
    >>> recognize_license("Attribution-NonCommercial 4.0 International").expression
    'CC-BY-NC-4.0'
    >>> recognize_license("Apache-2.0 and CC-BY-NC-4.0 and additional terms").expression
    'Apache-2.0 AND CC-BY-NC-4.0 AND LicenseRef-additional-terms'
    >>> recognize_license("Some Lab's Model Licence").recognized
    False
    """
    clean = " ".join(str(text).split())
    if clean and len(clean) <= _MAX_TEXT:
        read = _single(clean) or _prose(clean)
        if read is not None:
            from osaid.licenses._parse import parse

            try:
                expression = parse(read[0]).normalized
            except LicenseExpressionError:
                pass  # e.g. NONE inside a conjunction: the text stays opaque
            else:
                return Recognition(clean, expression, True, read[1])
    ref = slug_ref(clean)
    step = Step(
        "license-unrecognized",
        f"{clean!r} is neither an SPDX expression nor the name of a licence osaid knows: "
        f"kept as {ref}, whose terms are unknown",
        False,
    )
    return Recognition(clean, ref, False, (step,))
