"""Acme's release gate: may this model ship inside Acme's commercial product?

A licence checker of the kind a third party writes on top of osaid. Acme's lawyers keep a
short allow-list of licences they have cleared for commercial deployment; the gate reads a
release's osaid manifest and says whether the weights and the inference code are under
terms Acme may ship. It does its own SPDX logic (an expression is deployable when Acme may
pick a branch of every OR whose licences are all cleared) and leans on osaid only to spell
licence ids the one canonical way.

Its tests (``test_acme_gate.py``) check it against osaid with ``osaid.strategies``.
"""

from __future__ import annotations

import re

from osaid import AISystem, assess_license

__all__ = ["CLEARED_EXCEPTIONS", "CLEARED_LICENSES", "deployable", "release_deployable"]

CLEARED_LICENSES = frozenset(
    {"MIT", "MIT-0", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "Zlib", "Unlicense"}
)
"""Permissive licences Acme's lawyers have cleared: all OSI-approved."""

CLEARED_EXCEPTIONS = frozenset({"LLVM-exception"})
"""Licence exceptions Acme's lawyers have read; an unread one blocks."""

SHIPPED = ("model-parameters", "inference-code")
"""What Acme puts in its product."""

_TOKEN = re.compile(r"\(|\)|[^\s()]+")


class _Parser:
    """A recursive-descent reader of canonical SPDX text that evaluates as it reads.

    or-expr := and-expr ("OR" and-expr)*;  and-expr := term ("AND" term)*;
    term := "(" or-expr ")" | id ["WITH" exception-id]
    """

    def __init__(self, text: str) -> None:
        self.tokens = _TOKEN.findall(text)
        self.at = 0

    def _next(self) -> str:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def _peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def or_expr(self) -> bool:
        result = self.and_expr()
        while self._peek() == "OR":
            self._next()
            result = self.and_expr() or result
        return result

    def and_expr(self) -> bool:
        result = self.term()
        while self._peek() == "AND":
            self._next()
            result = self.term() and result
        return result

    def term(self) -> bool:
        word = self._next()
        if word == "(":
            result = self.or_expr()
            self._next()  # ")"
            return result
        # "Apache-2.0+" is "Apache-2.0 or any later version": Acme may pick 2.0 itself
        cleared = word.removesuffix("+") in CLEARED_LICENSES
        if self._peek() == "WITH":
            self._next()
            cleared = self._next() in CLEARED_EXCEPTIONS and cleared
        return cleared


def deployable(expression: str) -> bool:
    """Whether Acme may ship something under ``expression`` (an SPDX expression).

    Raises:
        osaid.LicenseExpressionError: if ``expression`` is not a licence expression.

    >>> deployable("MIT OR GPL-3.0-only"), deployable("apache-2.0 AND llama3.1")
    (True, False)
    """
    return _Parser(assess_license(expression).normalized).or_expr()


def release_deployable(system: AISystem) -> bool:
    """Whether Acme may ship a release: its weights and inference code, as its manifest says."""
    for cid in SHIPPED:
        entry = system.components.get(cid)
        if entry is None or entry.status.value != "released":
            return False
        terms = entry.license or system.license
        if terms is None or not deployable(terms):
            return False
    return True
