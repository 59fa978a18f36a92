"""The component vocabulary, declared once as data.

One closed vocabulary serves the OSAID evaluation, the MOF classes and every importer
(SPEC §2). Each row says which element of the definition's *preferred form* the component
belongs to, whether the definition requires it, the legal framework its terms are judged
under, its Model Openness Framework class and its MOF content type.

>>> COMPONENTS["model-parameters"].framework
<Framework.OPEN_TERMS: 'open-terms'>
>>> [c.id for c in components_of(Element.PARAMETERS) if c.required is Requirement.REQUIRED]
['model-parameters']
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from osaid._value import frozen_dataclass

__all__ = [
    "COMPONENTS",
    "ComponentSpec",
    "ContentType",
    "DataClass",
    "Element",
    "Framework",
    "Freedom",
    "Requirement",
    "Status",
    "Topic",
    "components_of",
]


class Element(str, enum.Enum):
    """The three elements of the preferred form to make modifications (OSAID 1.0)."""

    DATA_INFORMATION = "data-information"
    CODE = "code"
    PARAMETERS = "parameters"

    def __str__(self) -> str:
        return self.value


class Framework(str, enum.Enum):
    """The legal framework a component's terms are judged under.

    Code needs an OSI-approved *licence*; parameters and data information need *terms*
    that grant the four freedoms (OSAID 1.0, "Preferred form to make modifications").
    """

    OSI_LICENSE = "osi-approved-license"
    OPEN_TERMS = "open-terms"

    def __str__(self) -> str:
        return self.value


class ContentType(str, enum.Enum):
    """The MOF content type, which decides licence inheritance in MOT files."""

    CODE = "code"
    DATA = "data"
    DOCUMENT = "document"


class Requirement(str, enum.Enum):
    """How the definition treats a component."""

    REQUIRED = "required"
    """Required: it decides its element's verdict."""
    IF_USED = "if-used"
    """Required where used ("supporting libraries"): may be declared ``not-applicable``."""
    DATA_INFORMATION = "data-information"
    """Counts toward Data Information as the checklist describes (SPEC §4.3)."""
    OPTIONAL = "optional"
    """Not required: a verdict and findings, never a blocker."""


class Status(str, enum.Enum):
    """What a manifest says of a component; ``UNDECLARED`` is what it says by silence."""

    RELEASED = "released"
    PARTIALLY_RELEASED = "partially-released"
    """Released, but not the complete artefact: not open (the definition asks for it whole)."""
    NOT_RELEASED = "not-released"
    NOT_APPLICABLE = "not-applicable"
    UNDECLARED = "undeclared"


class Freedom(str, enum.Enum):
    """The four freedoms of OSAID 1.0."""

    USE = "use"
    STUDY = "study"
    MODIFY = "modify"
    SHARE = "share"


class DataClass(str, enum.Enum):
    """The four kinds of training data of the OSAID FAQ, all allowed in Open Source AI."""

    OPEN = "open"
    """Can be copied, preserved, modified and reshared: must be shared under open terms."""
    PUBLIC = "public"
    """Others can inspect it while it stays available: disclose where to obtain it."""
    OBTAINABLE = "obtainable"
    """Can be obtained, including for a fee: disclose where to obtain it."""
    UNSHAREABLE = "unshareable"
    """Cannot be shared for explainable reasons: describe it in detail."""


class Topic(str, enum.Enum):
    """The five topics of Data Information item (1)."""

    PROVENANCE = "provenance"
    SCOPE_AND_CHARACTERISTICS = "scope-and-characteristics"
    SELECTION = "selection"
    LABELING = "labeling"
    PROCESSING_AND_FILTERING = "processing-and-filtering"


@frozen_dataclass
class ComponentSpec:
    """One row of the component vocabulary."""

    id: str
    mof_name: str
    element: Element | None
    required: Requirement
    framework: Framework
    """For optional components without a framework in the checklist, the one their content
    type implies (code: a licence; data and documents: terms) — an interpretation."""
    framework_from_checklist: bool
    mof_class: str
    mof_optional: bool
    content_type: ContentType
    not_applicable_allowed: bool
    description: str


_C, _D, _DOC = ContentType.CODE, ContentType.DATA, ContentType.DOCUMENT
_LIC, _TERMS = Framework.OSI_LICENSE, Framework.OPEN_TERMS
_REQ, _IFU, _DI, _OPT = (
    Requirement.REQUIRED,
    Requirement.IF_USED,
    Requirement.DATA_INFORMATION,
    Requirement.OPTIONAL,
)
_E = Element

# fmt: off
# id, MOF name, element, requirement, framework, framework from checklist, MOF class,
# MOF optional, content type, not-applicable allowed, description
_ROWS: tuple[
    tuple[
        str, str, Element | None, Requirement, Framework, bool, str, bool, ContentType, bool, str
    ],
    ...,
] = (
    ("model-architecture", "Model architecture", _E.CODE, _REQ, _LIC, True, "III", False, _C,
     False, "Source code of the model's architecture"),
    ("model-parameters", "Model parameters (Final)", _E.PARAMETERS, _REQ, _TERMS, True, "III",
     False, _D, False, "The trained weights and other configuration settings"),
    ("evaluation-results", "Evaluation results", None, _OPT, _TERMS, False, "III", False, _DOC,
     True, "Results of evaluating the model"),
    ("model-card", "Model card", None, _OPT, _TERMS, False, "III", False, _DOC, True,
     "Model details: performance, intended use, limitations"),
    ("data-card", "Data card", _E.DATA_INFORMATION, _DI, _TERMS, True, "III", False, _DOC, False,
     "Documentation of the data sets: sources, characteristics, processing"),
    ("technical-report", "Technical report", _E.DATA_INFORMATION, _DI, _TERMS, True, "III", False,
     _DOC, False, "Technical report on the model and its training"),
    ("sample-outputs", "Sample model outputs", None, _OPT, _TERMS, False, "III", True, _DOC, True,
     "Examples of the model's outputs"),
    ("training-code", "Training code", _E.CODE, _REQ, _LIC, True, "II", False, _C, False,
     "Code for training, validation and testing, with arguments and settings"),
    ("inference-code", "Inference code", _E.CODE, _REQ, _LIC, True, "II", False, _C, False,
     "Code for running the model"),
    ("evaluation-code", "Evaluation code", None, _OPT, _LIC, False, "II", False, _C, True,
     "Code used to evaluate the model (benchmark inference code)"),
    ("evaluation-data", "Evaluation data", None, _OPT, _TERMS, False, "II", False, _D, True,
     "Data used to evaluate the model"),
    ("supporting-libraries", "Supporting libraries and tools", _E.CODE, _IFU, _LIC, True, "II",
     True, _C, True, "Libraries and tools such as tokenizers and hyper-parameter search"),
    ("datasets", "Datasets", _E.DATA_INFORMATION, _DI, _TERMS, True, "I", False, _D, False,
     "The training data sets themselves"),
    ("data-preprocessing-code", "Data preprocessing code", _E.CODE, _REQ, _LIC, True, "I", False,
     _C, False, "Code for data processing and filtering"),
    ("intermediate-parameters", "Model parameters (Intermediate)", _E.PARAMETERS, _OPT, _TERMS,
     True, "I", False, _D, True, "Intermediate checkpoints and optimizer state"),
    ("research-paper", "Research paper", _E.DATA_INFORMATION, _DI, _TERMS, True, "I", False, _DOC,
     False, "Research paper on the model's development"),
    ("model-metadata", "Model metadata", None, _OPT, _TERMS, False, "I", True, _D, True,
     "Training configuration and other metadata"),
)

# fmt: on

COMPONENTS: Mapping[str, ComponentSpec] = MappingProxyType(
    {row[0]: ComponentSpec(*row) for row in _ROWS}
)
"""Every component osaid knows, by id, in the order of the MOF's table."""


def components_of(element: Element) -> Iterator[ComponentSpec]:
    """The components that belong to ``element``, in vocabulary order."""
    return (c for c in COMPONENTS.values() if c.element is element)
