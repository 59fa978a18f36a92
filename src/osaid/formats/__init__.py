"""The formats osaid reads and writes besides its own manifest (SPEC §7).

Every reader returns an :class:`Imported`: the :class:`~osaid.AISystem` the document
describes, and a finding for every step that lost or normalised something, located in the
source where the position is known. Readers never invent facts: what a document does not say
stays undeclared (``docs/formats.md`` says what each format maps and drops).

>>> imported = read("---\\nlicense: llama3.1\\n---\\n# Tiny\\n", name="README.md")
>>> imported.system.components["model-parameters"].license
'LicenseRef-llama3.1'
>>> detect('{"bomFormat": "CycloneDX", "specVersion": "1.6"}')
'cyclonedx'
"""

from __future__ import annotations

import json
import re
from pathlib import PurePath
from typing import Literal, NamedTuple

from osaid.formats._imported import Imported
from osaid.manifest import AISystem

__all__ = [
    "FORMATS",
    "WRITABLE",
    "FormatName",
    "Imported",
    "Written",
    "convert",
    "detect",
    "read",
    "sbom_gaps",
    "write",
]

FormatName = Literal["osaid", "mot", "hf", "hf-api", "spdx", "cyclonedx"]
FORMATS: tuple[FormatName, ...] = ("osaid", "mot", "hf", "hf-api", "spdx", "cyclonedx")
"""Every format ``read`` knows (``hf-api``, a Hugging Face Hub model record, only when named:
``detect`` never guesses it)."""
WRITABLE: tuple[FormatName, ...] = ("osaid", "mot", "spdx", "cyclonedx")
"""Every format ``write`` knows (a model card is prose: osaid does not write one)."""


class Written(NamedTuple):
    """A document written for a system, and what only osaid can read back from it."""

    text: str
    losses: tuple[str, ...]
    """One line for each fact the format has no field for. Each is kept in the format's
    extension mechanism (a MOT release key, an SPDX annotation, a CycloneDX property), which
    osaid reads back but other tools do not."""
    gaps: tuple[str, ...] = ()
    """One line for each minimum element of an SBOM (NTIA, 2021) the manifest does not give,
    which osaid will not invent: the document is valid, but not conformant until it is given."""


def sbom_gaps(system: AISystem) -> tuple[str, ...]:
    """The NTIA minimum elements an SBOM of ``system`` lacks because the manifest lacks them.

    >>> from osaid import loads_manifest
    >>> sbom_gaps(loads_manifest("manifest-version: 1\\nsystem: {name: Tiny}\\n"))[0]
    'no supplier: the manifest names no producer (system.producer)'
    """
    about = system.system
    gaps = []
    if not about.producer:
        gaps.append("no supplier: the manifest names no producer (system.producer)")
    if not about.version:
        gaps.append("no component version: the manifest names no version (system.version)")
    return tuple(gaps)


# Patterns, compiled (and cached by ``re``) when a document's kind is first detected: importing
# the package, as every check does, compiles none.
_MOT_FRAMEWORK = r"(?m)^framework\s*:"
_MOT_RELEASE = r"(?m)^release\s*:"
_FENCE = r"---[ \t]*\r?\n"


def _json_kind(text: str) -> FormatName | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    if "bomFormat" in data:
        return "cyclonedx"
    context = data.get("@context")
    contexts = context if isinstance(context, list) else [context]
    if "@graph" in data and any(isinstance(c, str) and "spdx" in c for c in contexts):
        return "spdx"
    return None


def detect(text: str, name: str = "") -> FormatName:
    """The format of a document, from its content (and its file name as a hint).

    A MOT file is YAML with ``framework`` and ``release``; a Hugging Face card is Markdown
    with ``---`` front matter (or a ``README.md`` / ``.md`` file without it); SPDX 3 JSON-LD
    has an SPDX ``@context`` and an ``@graph``; CycloneDX has ``bomFormat``; anything else
    is an osaid manifest.

    >>> detect("framework:\\n  name: Model Openness Framework\\nrelease:\\n  name: X\\n")
    'mot'
    >>> detect("# A model card without metadata\\n", "README.md")
    'hf'
    >>> detect("manifest-version: 1\\nsystem: {name: X}\\n")
    'osaid'
    """
    stripped = text.removeprefix("\ufeff").lstrip()
    suffixes = [s.casefold() for s in PurePath(name).suffixes]
    if stripped.startswith("{"):
        kind = _json_kind(stripped)
        if kind is not None:
            return kind
    elif re.match(_FENCE, text.removeprefix("\ufeff")):
        return "hf"
    elif re.search(_MOT_FRAMEWORK, text) and re.search(_MOT_RELEASE, text):
        return "mot"
    if suffixes[-1:] == [".md"] or PurePath(name).name.casefold() == "readme":
        return "hf"
    if suffixes[-2:] == [".spdx3", ".json"] or suffixes[-2:] == [".spdx", ".json"]:
        return "spdx"
    if suffixes[-2:] == [".cdx", ".json"]:
        return "cyclonedx"
    return "osaid"


def read(
    text: str, format: FormatName | Literal["auto"] = "auto", *, name: str = "<string>"
) -> Imported:
    """Read a document of any format osaid knows into an ``AISystem``.

    Args:
        text: the document.
        format: one of ``FORMATS``, or ``auto`` to :func:`detect` it.
        name: the file name, used as a hint for ``auto`` and in every location.

    Raises:
        ManifestError: when the document cannot be read at all, with located problems.
        ValueError: for a format osaid does not know.
    """
    fmt = detect(text, name) if format == "auto" else format
    if fmt == "osaid":
        from osaid.loader import detect_format, loads_manifest

        return Imported(loads_manifest(text, detect_format(name, text), path=name), ())
    if fmt == "mot":
        from osaid.formats.mot import read_mot as reader
    elif fmt == "hf":
        from osaid.formats.hf import read_hf as reader
    elif fmt == "hf-api":
        from osaid.formats.hub import read_hub_text

        return read_hub_text(text, name)
    elif fmt == "spdx":
        from osaid.formats.spdx import read_spdx as reader
    elif fmt == "cyclonedx":
        from osaid.formats.cyclonedx import read_cyclonedx as reader
    else:
        msg = f"unknown format {format!r}: use auto or one of {', '.join(FORMATS)}"
        raise ValueError(msg)
    return Imported(*reader(text, name))


def write(system: AISystem, format: Literal["osaid", "mot", "spdx", "cyclonedx"]) -> str:
    """The document of ``format`` that describes ``system``.

    ``osaid`` writes a YAML manifest that loads back to an equal ``AISystem``; the other
    formats keep what they have no field for in their extension mechanism, so ``read`` gives
    the same system back (:func:`convert` also says what that is).

    Raises:
        ValueError: for a format osaid cannot write.

    >>> from osaid import loads_manifest
    >>> system = loads_manifest("manifest-version: 1\\nsystem: {name: Tiny}\\nlicense: MIT\\n")
    >>> print(write(system, "osaid"), end="")
    manifest-version: 1
    system:
      name: Tiny
    license: MIT
    """
    return convert(system, format).text


def convert(system: AISystem, format: Literal["osaid", "mot", "spdx", "cyclonedx"]) -> Written:
    """The document of ``format`` for ``system``, and each fact only osaid reads back from it.

    >>> from osaid import loads_manifest
    >>> system = loads_manifest(
    ...     "manifest-version: 1\\nsystem: {name: Tiny}\\ntraining-data: undisclosed\\n"
    ... )
    >>> written = convert(system, "cyclonedx")
    >>> [loss.partition(":")[0] for loss in written.losses]
    ['training-data']
    >>> read(written.text).system.training_data
    'undisclosed'

    Raises:
        ValueError: for a format osaid cannot write.
    """
    from osaid.formats._common import losses

    if format == "osaid":
        from osaid.formats._common import dump_yaml, manifest_data

        return Written(dump_yaml(manifest_data(system)), ())
    if format == "mot":
        from osaid.formats.mot import written_mot as writer

        label, mechanism = "a MOT file", "the release key osaid-manifest-patch"
    elif format == "spdx":
        from osaid.formats.spdx import written_spdx as writer

        label, mechanism = "SPDX", "osaid's annotation on the model"
    elif format == "cyclonedx":
        from osaid.formats.cyclonedx import written_cyclonedx as writer

        label, mechanism = "CycloneDX", "osaid's property osaid:osaid-manifest-patch"
    else:
        msg = f"osaid cannot write {format!r}: use one of {', '.join(WRITABLE)}"
        raise ValueError(msg)
    text, patch = writer(system)
    gaps = sbom_gaps(system) if format in ("spdx", "cyclonedx") else ()
    return Written(text, losses(patch, label, mechanism), gaps)
