"""What the loader refuses for its size or shape, checked before the costly step it guards.

Each check is cheap next to the work it prevents: a character scan before a parser that would
take minutes (a TOML key of 20,000 dotted parts), a walk that stops at the cap before
validation that would build an error for every node (960,000 unknown keys).
"""

from __future__ import annotations

import re
from typing import Any

from osaid.loader._located import At, Lines, fatal, offset_at

MAX_BYTES = 10 * 1024 * 1024
"""Inputs larger than this (10 MiB) are refused; no more than one byte past it is read."""
MAX_DEPTH = 64
"""Mappings and lists nested deeper than this are refused: no manifest needs it."""
MAX_NODES = 100_000
"""More nodes than this reached through YAML aliases are refused (an alias bomb)."""
MAX_ENTRIES = 250_000
"""Documents with more keys and values than this, in all, are refused before validation.

A manifest listing 10,000 training data sets has about 110,000; validating a document costs
an error record for each bad entry, so this bounds the time and memory of the worst one.
"""
MAX_PROBLEMS = 100
"""At most this many problems are listed for one input; a last line counts the rest."""
MAX_DIGITS = 4300
"""Integers longer than this are refused: Python's own cap on converting digits."""


def deeper_than() -> str:
    """The message for nesting beyond ``MAX_DEPTH``."""
    return (
        f"nested deeper than {MAX_DEPTH} levels: a manifest needs only a few; look for an "
        "unclosed bracket or runaway indentation"
    )


def more_entries_than() -> str:
    """The message for a document with more than ``MAX_ENTRIES`` keys and values."""
    return (
        f"more than {MAX_ENTRIES:,} keys and values in all: refused before validation; no "
        "manifest needs that many (look for generated or repeated content)"
    )


def too_long_integer(digits: int | None = None) -> str:
    """The message for an integer of more than ``MAX_DIGITS`` digits."""
    size = f"{digits:,} digits" if digits else f"more than {MAX_DIGITS:,} digits"
    return f"an integer of {size}: refused; no manifest needs one (quote it to make it text)"


JSON_BRACKETS = r'"(?:[^"\\]|\\.)*"|[\[{\]}]'
FLOW_BRACKETS = TOML_BRACKETS = r'"(?:[^"\\]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[{\]}]'


def bracket_depth_at(text: str, brackets: str) -> At | None:
    """Where brackets first nest deeper than ``MAX_DEPTH`` (strings and comments skipped)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    depth = 0
    for match in re.finditer(brackets, text):
        tok = match.group()
        if tok in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                return offset_at(text, match.start())
        elif tok in ("]", "}"):
            depth -= 1
    return None


def shape_problem(data: Any) -> str | None:
    """Why ``data`` is refused for its shape (too deep, too many entries), or ``None``.

    The walk stops as soon as either cap is passed, so it costs at most ``MAX_ENTRIES`` steps.
    """
    entries = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return deeper_than()
        if isinstance(item, dict):
            entries += 2 * len(item)
            children: Any = item.values()
        elif isinstance(item, list):
            entries += len(item)
            children = item
        else:
            continue
        if entries > MAX_ENTRIES:
            return more_entries_than()
        stack.extend((v, depth + 1) for v in children if isinstance(v, dict | list))
    return None


# A TOML key part: bare, "basic" or 'literal'.
_PART = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\')'
# A dotted key or table header of more parts than MAX_DEPTH; then what to skip whole, so that
# nothing inside a string or a comment is taken for a key, and each word is tried once.
_TOML_CHAINS = (
    rf"(?P<chain>{_PART}(?:[ \t]*\.[ \t]*{_PART}){{{MAX_DEPTH},}})"
    r'|"""(?:[^\\]|\\[\s\S])*?"""|\'\'\'[\s\S]*?\'\'\''
    rf"|#[^\n]*|{_PART}"
)


def toml_chain_at(text: str) -> At | None:
    """Where a dotted TOML key or header has more parts than ``MAX_DEPTH``, or ``None``.

    ``tomllib`` spends time quadratic in the parts of one key (47 s on 20,000), so such a
    key is refused before it is parsed; no manifest key has more than a few parts. The
    position is that of the part that goes one level too deep.
    """
    if text.count(".") < MAX_DEPTH:
        return None
    for match in re.finditer(_TOML_CHAINS, text):
        if match.group("chain") is not None:
            parts = re.finditer(_PART, text[match.start() : match.end()])
            for n, part in enumerate(parts, start=1):
                if n == MAX_DEPTH:
                    return Lines(text).at(match.start() + part.start())
    return None


# What makes an entry in TOML (a key's '=', an item's ',', a table's '[' or '{'), with the
# strings and comments skipped whole so that nothing inside them counts.
_TOML_ENTRIES = (
    r'"""(?:[^\\]|\\[\s\S])*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\''
    r"|#[^\n]*|(?P<entry>[=,\[{])"
)


def toml_entries_at(text: str) -> At | None:
    """Where a TOML text passes ``MAX_ENTRIES`` keys, items and tables, or ``None``.

    ``tomllib`` takes about 3 µs a byte on such input (12 s for a 10 MiB array), so the text
    is counted first; the count stops at the cap.
    """
    rough = 2 * text.count("=") + text.count(",") + text.count("[") + text.count("{")
    if rough <= MAX_ENTRIES:
        return None
    count = 0
    for match in re.finditer(_TOML_ENTRIES, text):
        entry = match.group("entry")
        if entry is not None:
            count += 2 if entry == "=" else 1  # a key and its value
            if count > MAX_ENTRIES:
                return offset_at(text, match.start())
    return None


_LONG_INTEGER = rf"(?<![\d_])\d(?:_?\d){{{MAX_DIGITS},}}"


def long_integer_at(text: str) -> At | None:
    """Where the first run of more than ``MAX_DIGITS`` digits starts, or ``None``.

    Each run is tried from its first digit only, so the scan is linear however the text is
    made.
    """
    match = re.search(_LONG_INTEGER, text)
    return None if match is None else offset_at(text, match.start())


def refuse_long_integer(text: str) -> None:
    """Raise the located problem of an over-long integer, if ``text`` has one."""
    at = long_integer_at(text)
    if at is not None:
        raise fatal(at, too_long_integer())


def surrogate_at(text: str) -> At | None:
    """Where ``text`` holds a lone surrogate (a ``str`` that no UTF-8 file can hold)."""
    # UTF-8 encodes every code point but the surrogates, so the encoder stops at the first
    # one; it costs less than compiling a pattern, which every start of a check would do
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return offset_at(text, exc.start)
    return None
