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
        ContentType,
        DataClass,
        Element,
        Framework,
        Freedom,
        Requirement,
        Status,
        Topic,
    )
    from osaid.errors import LicenseExpressionError, ManifestError, OsaidError, Problem
    from osaid.findings import Clause, Finding, Severity
    from osaid.hub import HubError, HubRef, load_hub
    from osaid.licenses import LicenseAssessment, assess_license, spdx_list_version
    from osaid.lineage import evaluate_lineage
    from osaid.loader import SourceMap, load_manifest, load_manifest_located, loads_manifest
    from osaid.manifest import (
        Access,
        AISystem,
        BaseModelRef,
        ClaimEntry,
        ComponentEntry,
        Components,
        DataInformation,
        RequiredComponentEntry,
        SystemInfo,
        TrainingDataSet,
    )
    from osaid.policy import MOF_1_0, OSAID_1_0, POLICIES, LicenseRule, Policy, resolve_policy
    from osaid.report import (
        Blocker,
        ClaimResult,
        ComponentResult,
        ElementResult,
        Elements,
        MofGap,
        MofLacks,
        MofResult,
        Permission,
        PolicyInfo,
        Profile,
        Report,
        Subject,
    )
    from osaid.verdict import Verdict

__all__ = [
    "COMPONENTS",
    "MOF_1_0",
    "OSAID_1_0",
    "POLICIES",
    "AISystem",
    "Access",
    "BaseModelRef",
    "Blocker",
    "ClaimEntry",
    "ClaimResult",
    "Clause",
    "ComponentEntry",
    "ComponentResult",
    "ComponentSpec",
    "Components",
    "ContentType",
    "DataClass",
    "DataInformation",
    "Element",
    "ElementResult",
    "Elements",
    "Finding",
    "Framework",
    "Freedom",
    "HubError",
    "HubRef",
    "LicenseAssessment",
    "LicenseExpressionError",
    "LicenseRule",
    "ManifestError",
    "MofGap",
    "MofLacks",
    "MofResult",
    "OsaidError",
    "Permission",
    "Policy",
    "PolicyInfo",
    "Problem",
    "Profile",
    "Report",
    "RequiredComponentEntry",
    "Requirement",
    "Severity",
    "SourceMap",
    "Status",
    "Subject",
    "SystemInfo",
    "Topic",
    "TrainingDataSet",
    "Verdict",
    "__version__",
    "assess_license",
    "evaluate",
    "evaluate_lineage",
    "load_hub",
    "load_manifest",
    "load_manifest_located",
    "loads_manifest",
    "resolve_policy",
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
    "HubError": "osaid.hub",
    "HubRef": "osaid.hub",
    "load_hub": "osaid.hub",
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
    "ContentType": "osaid.components",
    "Framework": "osaid.components",
    "Requirement": "osaid.components",
    "Clause": "osaid.findings",
    "BaseModelRef": "osaid.manifest",
    "Components": "osaid.manifest",
    "RequiredComponentEntry": "osaid.manifest",
    "MofGap": "osaid.report",
    "MofLacks": "osaid.report",
    "Elements": "osaid.report",
    "PolicyInfo": "osaid.report",
    "Subject": "osaid.report",
    "LicenseRule": "osaid.policy",
    "evaluate_lineage": "osaid.lineage",
    "resolve_policy": "osaid.policy",
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
