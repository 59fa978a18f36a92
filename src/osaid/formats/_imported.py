"""What every reader returns: a module of its own, so that a reader can build it without
importing the package that dispatches to the readers."""

from __future__ import annotations

from typing import NamedTuple

from osaid.findings import Finding
from osaid.manifest import AISystem

__all__ = ["Imported"]


class Imported(NamedTuple):
    """A system read from a document, and what reading it lost or normalised."""

    system: AISystem
    findings: tuple[Finding, ...]
    """Every lossy or normalising step, with its location in the source where known."""


Imported.__module__ = "osaid.formats"  # where users import it from, and how it is documented
