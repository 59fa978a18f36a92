"""Licence knowledge: the SPDX list, osaid's curated tables, and expression assessment."""

from typing import TYPE_CHECKING

from osaid.licenses._assess import FRAMEWORK_OF, BlockerKind, LicenseAssessment, assess_license
from osaid.licenses._knowledge import LicenseInfo, knowledge, spdx_list_version
from osaid.licenses._parse import NormalizedLicenseExpression, ParsedExpression, parse, suggest

if TYPE_CHECKING:
    from osaid.licenses._names import Recognition, Step, recognize_license

__all__ = [
    "FRAMEWORK_OF",
    "BlockerKind",
    "LicenseAssessment",
    "LicenseInfo",
    "NormalizedLicenseExpression",
    "ParsedExpression",
    "Recognition",
    "Step",
    "assess_license",
    "knowledge",
    "parse",
    "recognize_license",
    "spdx_list_version",
    "suggest",
]


def __getattr__(name: str) -> object:
    """The name recogniser's names, imported on first use: checking a manifest needs no
    recogniser (only importers do), and its index is the largest thing osaid builds."""
    if name in ("Recognition", "Step", "recognize_license"):
        from osaid.licenses import _names

        value = getattr(_names, name)
        globals()[name] = value
        return value
    msg = f"module 'osaid.licenses' has no attribute {name!r}"
    raise AttributeError(msg)
