"""SPDX licence expressions → osaid's own small, typed, hashable tree.

The parsing itself is license-expression's (AboutCode); this module guards every call to it
(it can raise ``IndexError`` and friends on broken input), resolves every symbol against
osaid's knowledge base, and normalises what is unambiguous: case, Hugging Face ids, deprecated
GNU ids. Each normalising step is recorded as a note for the findings.
"""

from __future__ import annotations

import functools
import re
import string
import threading
from typing import TYPE_CHECKING, Any, NamedTuple, NewType, TypeAlias

from osaid._value import Value
from osaid.errors import LicenseExpressionError
from osaid.licenses._knowledge import REF_PREFIXES, SPECIAL, knowledge

if TYPE_CHECKING:
    from license_expression import Licensing

__all__ = [
    "And",
    "Lic",
    "Node",
    "NormalizedLicenseExpression",
    "Or",
    "ParsedExpression",
    "With",
    "parse",
    "render",
]

NormalizedLicenseExpression = NewType("NormalizedLicenseExpression", str)
"""A licence expression in canonical spelling: SPDX ids, ``LicenseRef-``s, ``AND``/``OR``."""


class Lic(Value):
    """A single licence, by its canonical id; ``or_later`` for SPDX's ``+`` operator."""

    __slots__ = __match_args__ = ("id", "or_later")
    id: str
    or_later: bool

    def __init__(self, id: str, or_later: bool = False) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "or_later", or_later)


class With(Value):
    """``license WITH exception``."""

    __slots__ = __match_args__ = ("license", "exception", "known_exception")
    license: Lic
    exception: str
    known_exception: bool

    def __init__(self, license: Lic, exception: str, known_exception: bool) -> None:
        object.__setattr__(self, "license", license)
        object.__setattr__(self, "exception", exception)
        object.__setattr__(self, "known_exception", known_exception)


class And(Value):
    """All of ``args`` apply."""

    __slots__ = __match_args__ = ("args",)
    args: tuple[Node, ...]

    def __init__(self, args: tuple[Node, ...]) -> None:
        object.__setattr__(self, "args", args)


class Or(Value):
    """The recipient may choose any of ``args``."""

    __slots__ = __match_args__ = ("args",)
    args: tuple[Node, ...]

    def __init__(self, args: tuple[Node, ...]) -> None:
        object.__setattr__(self, "args", args)


Node: TypeAlias = "Lic | With | And | Or"


class ParsedExpression(NamedTuple):
    """A parsed expression, its canonical text and what normalising it took."""

    original: str
    tree: Node
    normalized: NormalizedLicenseExpression
    notes: tuple[tuple[str, str], ...]
    """(code, message) pairs: ``license-normalized``, ``license-deprecated-id``, …"""


_LICENSING_LOCK = threading.Lock()


@functools.cache
def _licensing() -> Licensing:
    """license-expression's parser over osaid's ids, fully built before anyone can use it.

    A ``Licensing`` builds its tokenizer on first use and publishes it on the object before
    filling it, so two threads parsing their first expression at once could see a tokenizer
    that knows no licence yet. Building it here, under a lock, before the object is returned
    (and cached) means no thread ever sees a half-built one.
    """
    from license_expression import LicenseSymbol, Licensing

    with _LICENSING_LOCK:
        kb = knowledge()
        symbols = [LicenseSymbol(key) for key in kb.licenses]
        symbols += [LicenseSymbol(key, is_exception=True) for key in kb.exceptions]
        licensing = Licensing(symbols)
        licensing.get_advanced_tokenizer()
        return licensing


_MAX_LENGTH = 4096
_MAX_DEPTH = 32
"""Parentheses nested deeper than this are refused before parsing: no real licence needs it,
and every walk over the tree (rendering, judging, permissions) then stays far from Python's
recursion limit."""
_WORD = r"[A-Za-z0-9][A-Za-z0-9.\-+]*"  # compiled by ``re`` when a syntax error needs it
_ID_CHARACTERS = string.ascii_letters + string.digits + ".-"
"""What SPDX's idstring is made of: a ``LicenseRef-`` id is its prefix and one of them."""


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.casefold())


def suggest(key: str) -> str | None:
    """The known licence id that ``key`` was most probably meant to be."""
    kb = knowledge()
    squashed = _squash(key)
    for candidate in kb.licenses:
        if _squash(candidate) == squashed:
            return candidate
    for suffix in ("license", "licence"):
        if squashed.endswith(suffix):
            base = squashed[: -len(suffix)]
            for candidate in kb.licenses:
                if _squash(candidate) == base:
                    return candidate
    import difflib  # only a mistake needs it

    folded = {k.casefold(): k for k in kb.licenses}
    close = difflib.get_close_matches(key.casefold(), list(folded), n=1, cutoff=0.75)
    return folded[close[0]] if close else None


def _unknown(key: str, expression: str) -> LicenseExpressionError:
    hint = suggest(key)
    message = f"unknown licence {key!r}"
    if hint:
        message += f"; did you mean {hint!r}?"
    else:
        message += " (not on the SPDX licence list; write a LicenseRef- id for a custom licence)"
    return LicenseExpressionError(message, expression, hint)


def _symbol(key: str, expression: str, notes: list[tuple[str, str]]) -> Lic | With:
    kb = knowledge()
    replaced = _deprecated_with().get(key.casefold())
    if replaced is not None:
        notes.append(
            (
                "license-deprecated-id",
                f"{key} is a deprecated SPDX id; SPDX replaced it by {replaced}",
            )
        )
        tree = parse(replaced).tree
        assert isinstance(tree, With)
        return tree
    or_later = False
    info = kb.lookup(key)
    if info is None and key.endswith("+"):
        info = kb.lookup(key[:-1])
        or_later = info is not None
    if info is None:
        if key.startswith(REF_PREFIXES):
            return Lic(key)
        raise _unknown(key, expression)
    lic_id = info.id
    if info.deprecated and not info.successor:
        notes.append(
            (
                "license-deprecated",
                f"{key} is deprecated on the SPDX licence list; its facts are kept as listed",
            )
        )
    if info.successor and not or_later:
        notes.append(
            (
                "license-deprecated-id",
                f"{key} is a deprecated SPDX id; SPDX names it '{info.name}', so osaid reads it "
                f"as {info.successor}",
            )
        )
        lic_id = info.successor
    elif info.successor and or_later:
        later = f"{info.successor.removesuffix('-only')}-or-later"
        if kb.lookup(later) is not None:
            notes.append(
                (
                    "license-deprecated-id",
                    f"{key} uses a deprecated SPDX id with '+'; osaid reads it as {later}",
                )
            )
            lic_id, or_later = later, False
    return Lic(lic_id, or_later)


@functools.cache
def _deprecated_with() -> dict[str, str]:
    from osaid.licenses._tables import DEPRECATED_WITH

    return {row.spdx_id.casefold(): row.expression for row in DEPRECATED_WITH}


def _convert(node: Any, expression: str, notes: list[tuple[str, str]]) -> Node:
    from license_expression import AND, OR, LicenseSymbol, LicenseWithExceptionSymbol

    if isinstance(node, LicenseWithExceptionSymbol):
        base = _convert(node.license_symbol, expression, notes)
        if not isinstance(base, Lic):  # a deprecated "-with-…-exception" id cannot take another
            msg = "WITH must follow a single licence"
            raise LicenseExpressionError(msg, expression)
        exc_key: str = node.exception_symbol.key
        kb = knowledge()
        canonical = kb.exceptions_by_folded.get(exc_key.casefold())
        if canonical is not None:
            return With(base, canonical, known_exception=True)
        if exc_key.startswith(REF_PREFIXES):
            return With(base, exc_key, known_exception=False)
        import difflib

        hint = difflib.get_close_matches(exc_key, list(kb.exceptions), n=1, cutoff=0.75)
        message = f"unknown licence exception {exc_key!r}"
        if kb.lookup(exc_key) is not None:
            message = f"{exc_key!r} is a licence, not an exception: it cannot follow WITH"
        elif hint:
            message += f"; did you mean {hint[0]!r}?"
        raise LicenseExpressionError(message, expression, hint[0] if hint else None)
    if isinstance(node, LicenseSymbol):
        key: str = node.key
        if getattr(node, "is_exception", False):
            msg = f"{key!r} is a licence exception: it can only follow WITH"
            raise LicenseExpressionError(msg, expression)
        return _symbol(key, expression, notes)
    if isinstance(node, AND | OR):
        args = tuple(_convert(arg, expression, notes) for arg in node.args)
        return And(args) if isinstance(node, AND) else Or(args)
    msg = f"cannot read {expression!r} as a licence expression"  # pragma: no cover
    raise LicenseExpressionError(msg, expression)  # pragma: no cover


def render(node: Node, *, top: bool = True) -> str:
    """The canonical text of ``node``, with parentheses only where they are needed."""
    if isinstance(node, Lic):
        return node.id + ("+" if node.or_later else "")
    if isinstance(node, With):
        return f"{render(node.license)} WITH {node.exception}"
    op = " AND " if isinstance(node, And) else " OR "
    text = op.join(render(arg, top=False) for arg in node.args)
    return text if top else f"({text})"


def _check_specials(tree: Node, expression: str) -> None:
    if isinstance(tree, Lic):
        return
    stack: list[Node] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Lic) and node.id in SPECIAL:
            msg = f"{node.id} stands only alone, never inside a compound expression"
            raise LicenseExpressionError(msg, expression)
        if isinstance(node, With) and node.license.id in SPECIAL:
            msg = f"{node.license.id} cannot take an exception"
            raise LicenseExpressionError(msg, expression)
        if isinstance(node, And | Or):
            stack.extend(node.args)


@functools.lru_cache(maxsize=1024)
def parse(expression: str) -> ParsedExpression:
    """Parse and resolve an SPDX licence expression.

    Raises:
        LicenseExpressionError: on bad syntax, an unknown licence id (with a suggestion), a
            licence where an exception belongs or the reverse, or NONE/NOASSERTION inside a
            compound expression.

    >>> parse("mit OR apache-2.0").normalized
    'MIT OR Apache-2.0'
    """
    if not isinstance(expression, str):
        msg = f"a licence expression is a string, not {type(expression).__name__}"
        raise LicenseExpressionError(msg, repr(expression))
    text = " ".join(expression.split())
    if not text:
        msg = "empty licence expression"
        raise LicenseExpressionError(msg, expression)
    if len(text) > _MAX_LENGTH:
        msg = f"licence expression longer than {_MAX_LENGTH} characters"
        raise LicenseExpressionError(msg, expression[:80] + "…")
    _check_depth(text, expression)
    notes: list[tuple[str, str]] = []
    # A known id as written, or a LicenseRef- id: what the full parser would make of it (that
    # id's symbol), without building it. A release's own licence is new to the process nearly
    # every time, so its parse is seldom in the cache. (Equivalent mutants: any that sends
    # fewer texts this way, as the full parser reads them the same, only slower.)
    if text in knowledge().licenses or _is_license_ref(text):  # mutation: equivalent(boolean)
        tree: Node = _symbol(text, expression, notes)
    else:
        tree = _parse_expression(text, expression, notes)
    _check_specials(tree, expression)
    normalized = NormalizedLicenseExpression(render(tree))
    if normalized != text:
        notes.append(("license-normalized", f"{expression!r} is read as {normalized!r}"))
    return ParsedExpression(expression, tree, normalized, tuple(notes))


def _is_license_ref(text: str) -> bool:
    """Whether ``text`` is one ``LicenseRef-`` id and nothing else."""
    own = text.removeprefix("LicenseRef-")  # mutation: equivalent(constant) — as above
    if own in (text, ""):  # mutation: equivalent — the full parser reads any id alike
        return False  # mutation: equivalent — None is as false
    return own.strip(_ID_CHARACTERS) == ""  # mutation: equivalent(return) — None: as above


def _check_depth(text: str, expression: str) -> None:
    """Refuse parentheses nested deeper than ``_MAX_DEPTH``, before any parser sees them."""
    if text.count("(") <= _MAX_DEPTH:  # no deeper than there are parentheses: no walk needed
        return
    depth = deepest = 0
    for char in text:
        if char == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif char == ")":
            depth -= 1
    if deepest > _MAX_DEPTH:
        msg = (
            f"licence expression nested {deepest} levels deep: osaid reads at most "
            f"{_MAX_DEPTH} levels of parentheses"
        )
        raise LicenseExpressionError(msg, expression[:80] + ("…" if len(expression) > 80 else ""))


def _parse_expression(text: str, expression: str, notes: list[tuple[str, str]]) -> Node:
    """The tree of ``text`` (``expression`` with its spaces normalised), by license-expression.

    :func:`parse` reads a single licence id, spelt as the knowledge base spells it, without
    this: building license-expression's ``Licensing`` over the 900 known ids is the costliest
    step of a first parse, and for such an id it yields that id's symbol and nothing more.
    """
    from license_expression import ExpressionError

    try:
        raw = _licensing().parse(text, validate=False, strict=False)
    except ExpressionError as exc:
        raise LicenseExpressionError(_syntax_message(text, exc), expression) from None
    except Exception:
        # license-expression checks some syntax with ``assert`` (``(AND MIT)``), which
        # ``python -O`` removes, and fails on other broken input with whatever its code hits;
        # any of them means the text is not an expression it can read.
        msg = f"invalid licence expression {text!r}: check its parentheses and operators"
        raise LicenseExpressionError(msg, expression) from None
    if raw is None:
        msg = f"invalid licence expression {text!r}"
        raise LicenseExpressionError(msg, expression)
    return _convert(raw, expression, notes)


def _syntax_message(text: str, exc: Exception) -> str:
    detail = str(exc)
    if "valid characters" in detail:
        bad = [w for w in re.split(r"\s+|[()]", text) if w and not re.fullmatch(_WORD, w)]
        where = f" in {bad[0]!r}" if bad else ""
        return (
            f"invalid character{where}: licence ids use letters, digits, '.', '-' and '+'; "
            "combine licences with AND, OR and WITH"
        )
    if "symbols sequence" in detail:
        hint = suggest(text)
        if hint:
            return f"unknown licence {text!r}; did you mean {hint!r}?"
        return (
            f"invalid licence expression {text!r}: licence ids must be joined by AND, OR or "
            "WITH (write a LicenseRef- id for a custom licence)"
        )
    if "nesting" in detail:  # ``(AND MIT)`` under ``python -O``, where no assert stops it
        return f"invalid licence expression {text!r}: check its parentheses and operators"
    if "requires two or more" in detail or "operator" in detail.casefold():
        return f"invalid licence expression {text!r}: an operator is missing an operand"
    return f"invalid licence expression {text!r}: {detail.rstrip('.')}"
