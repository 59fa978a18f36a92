"""The JSON documents ``osaid check`` writes besides the report itself, as types.

The report is ``osaid.report.Report``. Beside it the command writes the error document (an
input that could not be read), the compact line (``--format compact``) and the run's summary
(``--format summary``). Their shapes are declared here once: the renderers are typed by them,
and ``scripts/generate_report_schema.py`` publishes them in ``schemas/report-1.schema.json``.
Nothing imports this module on the way to a report: the renderers name these types only for
the type checker, and the summary's models are built when a summary is written.
"""

# Annotations are evaluated here, not postponed, as in ``osaid.report``: pydantic reads them
# when the summary's models are built.

from typing import Literal

from typing_extensions import TypedDict  # pydantic reads TypedDicts from here before 3.12

from osaid._model import Frozen
from osaid.licenses import BlockerKind
from osaid.report import MofClassName, Outcome, PolicyInfo

__all__ = [
    "BlockerCount",
    "CompactBlocker",
    "CompactErrorLine",
    "CompactReportLine",
    "ErrorDocument",
    "ErrorEntry",
    "LicenseCount",
    "SummaryDocument",
    "VerdictName",
]

VerdictName = Literal["open", "not-open", "undetermined"]
"""A verdict as JSON writes it."""


class ErrorEntry(TypedDict):
    """One located problem of an input that could not be read."""

    line: int
    """1-based; 0 when the problem concerns the whole document."""
    column: int
    field: str
    """The dotted path of the offending key; empty when there is none."""
    message: str


class ErrorDocument(TypedDict):
    """What stands for an input that could not be read, in the JSON output and ``--jsonl``."""

    source: str
    verdict: None
    """Always ``null``: what tells an error document from a report."""
    errors: list[ErrorEntry]


class CompactBlocker(TypedDict):
    """A blocker on the compact line: the component and the kind, once each."""

    component: str
    kind: BlockerKind


CompactReportLine = TypedDict(
    "CompactReportLine",
    {
        "source": str | None,
        "name": str,
        "verdict": VerdictName,
        "outcome": Outcome,
        "mof-class": MofClassName | None,
        "blockers": list[CompactBlocker],
    },
)
"""``--format compact``: one release on one line."""

CompactErrorLine = TypedDict(
    "CompactErrorLine",
    {
        "source": str,
        "name": None,
        "verdict": None,
        "outcome": None,
        "mof-class": None,
        "blockers": list[CompactBlocker],
        "errors": list[ErrorEntry],
    },
)
"""``--format compact``: an input that could not be read, on one line."""


class BlockerCount(Frozen):
    """How many inputs one blocker (a component, and its kind) holds back."""

    component: str
    kind: BlockerKind
    count: int


class LicenseCount(Frozen):
    """How many components of the inputs carry one licence expression."""

    license: str
    count: int


class SummaryDocument(Frozen):
    """A run's summary as JSON: what ``osaid check --format summary`` writes.

    Every count is over the inputs of one run. ``verdicts``, ``outcomes`` and ``mof-classes``
    always hold every key, zero counts included, so that a reader can index them directly.
    """

    report_version: str
    osaid_version: str
    policy: PolicyInfo
    inputs: int
    """Every input the run read."""
    passed: int
    """The inputs that pass the check (exit 0 for them): open and, with ``--strict``, free of
    warnings."""
    invalid: int
    """The inputs that could not be read (each one's problems went to standard error)."""
    strict_failed: int
    """The open inputs that ``--strict`` failed for their warnings (0 without ``--strict``)."""
    verdicts: dict[VerdictName, int]
    outcomes: dict[Outcome, int]
    mof_classes: dict[Literal["I", "II", "III", "none"], int]
    """How many inputs reach each Model Openness Framework class (``none``: no class)."""
    blockers: tuple[BlockerCount, ...]
    """Every blocker met, the most common first (ties in the order first met)."""
    licenses: tuple[LicenseCount, ...]
    """Every effective licence expression of an element's component, the most common first."""
