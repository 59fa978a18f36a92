"""Licence knowledge: the SPDX list, osaid's curated tables, and expression assessment."""

from osaid.licenses._assess import FRAMEWORK_OF, BlockerKind, LicenseAssessment, assess_license
from osaid.licenses._knowledge import LicenseInfo, knowledge, spdx_list_version
from osaid.licenses._names import Recognition, Step, recognize_license
from osaid.licenses._parse import NormalizedLicenseExpression, ParsedExpression, parse, suggest

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
