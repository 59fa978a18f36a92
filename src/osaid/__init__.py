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

from osaid._version import __version__
from osaid.components import COMPONENTS, ComponentSpec, DataClass, Element, Freedom, Status, Topic
from osaid.errors import LicenseExpressionError, ManifestError, OsaidError, Problem
from osaid.evaluate import evaluate
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
