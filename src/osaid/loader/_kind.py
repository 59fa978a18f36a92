"""What kind of document a model validates (a manifest, a policy file), for the messages.

It sits apart from :mod:`osaid.loader._translate` so that reading a document that validates
never imports the translation of validation errors: only a document with problems needs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from osaid.loader._located import FieldPath

Check = Callable[[Any], list[tuple[FieldPath, str]]]
"""A check of the raw data that runs whether or not validation passes: (field path, message)."""


class DocumentKind(NamedTuple):
    """What kind of document a model validates, for the messages about it."""

    noun: str
    """``manifest``, ``policy file``."""
    needs: str
    """What an empty document lacks: ``manifest-version and system``."""
    version_key: str
    version: int
    checks: tuple[Check, ...] = ()
    """Checks of the raw data whose problems are listed with the validation errors (a policy
    file's repeated rows), so that one run reports everything."""


MANIFEST = DocumentKind("manifest", "manifest-version and system", "manifest-version", 1)
