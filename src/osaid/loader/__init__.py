"""Reading manifests from YAML, JSON and TOML, keeping the position of every key and value.

This is the only package that knows about file formats and source positions. Every problem
of a file becomes a ``Problem`` (``path:line:column: field: message``) and all of them are
raised together as one ``ManifestError``; no parser's own exception, no ``RecursionError``
and no pydantic ``ValidationError`` escapes (``guarded`` is the boundary).

One module per step: ``_read`` (bytes, bounded by what is actually read), ``_limits`` (what
is refused for its size or shape, before the costly step), ``_yaml``, ``_json`` and
``_toml`` (one per syntax), ``_translate`` (pydantic's errors → located problems) and
``_document`` (the steps in order, and the public entry points).

What it refuses, and why:

- inputs over 10 MiB, counted as they are read (a FIFO, ``/dev/zero`` or a growing file
  is not read past the cap), directories, missing files and bytes that are not UTF-8;
- YAML tags that would construct anything but plain data (``!!python/object`` and friends);
- YAML alias bombs: the nodes reached through aliases are counted as the events stream by,
  before anything is expanded, and more than ``MAX_NODES`` of them are refused;
- nesting deeper than ``MAX_DEPTH`` (a manifest needs five levels), TOML keys of more dotted
  parts than that (before ``tomllib`` spends minutes on them), more than ``MAX_ENTRIES``
  keys and values in all, and integers of more than 4,300 digits;
- duplicate keys, which YAML and JSON parsers silently resolve to the last one.

At most ``MAX_PROBLEMS`` problems are listed for one input, then a line counts the rest.
"""

from __future__ import annotations

from osaid.loader._document import (
    Format,
    detect_format,
    guarded,
    load_document,
    load_guarded,
    load_manifest,
    load_manifest_located,
    loads_document,
    loads_manifest,
    loads_manifest_located,
)
from osaid.loader._kind import MANIFEST, DocumentKind
from osaid.loader._limits import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_ENTRIES,
    MAX_NODES,
    MAX_PROBLEMS,
)
from osaid.loader._located import FieldPath, SourceMap, parse_field_path
from osaid.loader._read import (
    BoundedLine,
    decode,
    iter_bounded_lines,
    read_bounded,
    read_text,
)

__all__ = [
    "MANIFEST",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_ENTRIES",
    "MAX_NODES",
    "MAX_PROBLEMS",
    "BoundedLine",
    "DocumentKind",
    "FieldPath",
    "Format",
    "SourceMap",
    "decode",
    "detect_format",
    "guarded",
    "iter_bounded_lines",
    "load_document",
    "load_guarded",
    "load_manifest",
    "load_manifest_located",
    "loads_document",
    "loads_manifest",
    "loads_manifest_located",
    "parse_field_path",
    "read_bounded",
    "read_text",
]


def __getattr__(name: str) -> object:
    # the TOML scanner, for tests, without importing the TOML module before a TOML document
    if name == "_TomlScanner":
        from osaid.loader._toml import TomlScanner

        return TomlScanner
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
