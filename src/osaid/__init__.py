"""osaid: is this AI release Open Source AI under OSI's Open Source AI Definition 1.0?

>>> from osaid import loads_manifest, evaluate
>>> report = evaluate(loads_manifest('''
... manifest-version: 1
... system: {name: Example}
... license: Apache-2.0
... components:
...   model-parameters: {license: llama3.1}
... '''))
>>> report.verdict.value, report.elements["parameters"].verdict.value
('not-open', 'not-open')
"""

from typing import TYPE_CHECKING

from osaid._version import __version__

if TYPE_CHECKING:
    from osaid._evaluate import evaluate
    from osaid.components import (
        COMPONENTS,
        ComponentSpec,
        DataClass,
        Element,
        Freedom,
        Status,
        Topic,
    )
    from osaid.errors import LicenseExpressionError, ManifestError, OsaidError, Problem
    from osaid.findings import Finding, Severity
    from osaid.licenses import LicenseAssessment, assess_license, spdx_list_version
    from osaid.loader import SourceMap, load_manifest, load_manifest_located, loads_manifest
    from osaid.manifest import (
        Access,
        AISystem,
        ClaimEntry,
        ComponentEntry,
        DataInformation,
        SystemInfo,
        TrainingDataSet,
    )
    from osaid.policy import MOF_1_0, OSAID_1_0, POLICIES, Policy
    from osaid.report import (
        Blocker,
        ClaimResult,
        ComponentResult,
        ElementResult,
        MofResult,
        Permission,
        Profile,
        Report,
    )
    from osaid.verdict import Verdict

__all__ = [
    "COMPONENTS",
    "MOF_1_0",
    "OSAID_1_0",
    "POLICIES",
    "AISystem",
    "Access",
    "Blocker",
    "ClaimEntry",
    "ClaimResult",
    "ComponentEntry",
    "ComponentResult",
    "ComponentSpec",
    "DataClass",
    "DataInformation",
    "Element",
    "ElementResult",
    "Finding",
    "Freedom",
    "LicenseAssessment",
    "LicenseExpressionError",
    "ManifestError",
    "MofResult",
    "OsaidError",
    "Permission",
    "Policy",
    "Problem",
    "Profile",
    "Report",
    "Severity",
    "SourceMap",
    "Status",
    "SystemInfo",
    "Topic",
    "TrainingDataSet",
    "Verdict",
    "__version__",
    "assess_license",
    "evaluate",
    "load_manifest",
    "load_manifest_located",
    "loads_manifest",
    "spdx_list_version",
]

# Where each public name is defined. ``import osaid`` imports none of these modules: the first
# use of a name imports its module (PEP 562), so that ``python -m osaid --version`` reads no
# licence table and builds no model, and the command line can ready its process first.
_HOMES = {
    "COMPONENTS": "osaid.components",
    "ComponentSpec": "osaid.components",
    "DataClass": "osaid.components",
    "Element": "osaid.components",
    "Freedom": "osaid.components",
    "Status": "osaid.components",
    "Topic": "osaid.components",
    "LicenseExpressionError": "osaid.errors",
    "ManifestError": "osaid.errors",
    "OsaidError": "osaid.errors",
    "Problem": "osaid.errors",
    "evaluate": "osaid._evaluate",
    "Finding": "osaid.findings",
    "Severity": "osaid.findings",
    "LicenseAssessment": "osaid.licenses",
    "assess_license": "osaid.licenses",
    "spdx_list_version": "osaid.licenses",
    "SourceMap": "osaid.loader",
    "load_manifest": "osaid.loader",
    "load_manifest_located": "osaid.loader",
    "loads_manifest": "osaid.loader",
    "AISystem": "osaid.manifest",
    "Access": "osaid.manifest",
    "ClaimEntry": "osaid.manifest",
    "ComponentEntry": "osaid.manifest",
    "DataInformation": "osaid.manifest",
    "SystemInfo": "osaid.manifest",
    "TrainingDataSet": "osaid.manifest",
    "MOF_1_0": "osaid.policy",
    "OSAID_1_0": "osaid.policy",
    "POLICIES": "osaid.policy",
    "Policy": "osaid.policy",
    "Blocker": "osaid.report",
    "ClaimResult": "osaid.report",
    "ComponentResult": "osaid.report",
    "ElementResult": "osaid.report",
    "MofResult": "osaid.report",
    "Permission": "osaid.report",
    "Profile": "osaid.report",
    "Report": "osaid.report",
    "Verdict": "osaid.verdict",
}


def __getattr__(name: str) -> object:
    """The public ``name``, imported from its module on first use."""
    home = _HOMES.get(name)
    if home is None:
        msg = f"module 'osaid' has no attribute {name!r}"
        raise AttributeError(msg)
    import importlib

    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, imported yet or not."""
    return sorted(__all__)
