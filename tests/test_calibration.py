"""OSI's 2024 validation, read from the real MOT catalogue files (docs/calibration.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from osaid import Report, evaluate
from osaid.formats import read

MOT = Path(__file__).parent / "data" / "real" / "mot" / "models"

AGREES = {
    "Pythia-12B.yml": "passes",
    "Llama-2-7B.yml": "lacks-components",
    "Grok-1.yml": "lacks-components",
    "Phi-2.yml": "lacks-components",
    "Mixtral-8x7B-v0.1.yml": "lacks-components",
}

# file: (OSI's outcome, osaid's outcome, the blockers (component, kind) that make the
# difference, and words each of their messages carries to name the reading)
DIFFERS = {
    "Amber.yml": (
        "passes",
        "undetermined",
        {("training-data", "unknown")},
        "the datasets component gives no location",
    ),
    "OLMo-7B.yml": (
        "passes",
        "undetermined",
        {("training-data", "unknown"), ("supporting-libraries", "unknown")},
        "",
    ),
    "CrystalCoder.yml": (
        "passes",
        "lacks-components",
        {("data-card", "license"), ("datasets", "missing")},
        "",
    ),
    "T5.yml": (
        "passes",
        "lacks-components",
        {("model-architecture", "missing"), ("model-parameters", "missing")},
        "not listed in the MOT file",
    ),
    "BLOOM.yml": (
        "would-pass-with-other-licenses",
        "lacks-components",
        {("datasets", "missing"), ("data-preprocessing-code", "missing")},
        "",
    ),
    "Falcon-180B.yml": (
        "would-pass-with-other-licenses",
        "lacks-components",
        {("training-code", "missing"), ("data-preprocessing-code", "missing")},
        "not listed in the MOT file",
    ),
}


def _report(name: str) -> Report:
    path = MOT / name
    imported = read(path.read_text("utf-8"), "mot", name=str(path))
    return evaluate(imported.system)


@pytest.mark.parametrize(("name", "outcome"), AGREES.items())
def test_osaid_agrees_with_osi_on_the_catalogue_file(name: str, outcome: str) -> None:
    assert _report(name).outcome == outcome


@pytest.mark.parametrize(("name", "expected"), DIFFERS.items())
def test_where_osaid_differs_its_blockers_name_the_reading(
    name: str, expected: tuple[str, str, set[tuple[str, str]], str]
) -> None:
    osi, outcome, causes, words = expected
    report = _report(name)
    assert report.outcome == outcome != osi
    found = {(b.component, b.kind): b.message for b in report.blockers}
    assert causes <= set(found)
    for cause in causes:
        assert words in found[cause]
    # the difference never comes from a licence osaid does not know
    unknown = [b for b in report.blockers if b.kind == "unknown"]
    assert all("LicenseRef-" not in b.message for b in unknown)


def test_the_false_open_of_fairseq_dense_is_gone() -> None:
    # its only data evidence is a Datasets row with no location, inheriting MIT
    report = _report("FairSeq-Dense.yml")
    assert report.verdict.value != "open"
    assert ("datasets", "missing") in {(b.component, b.kind) for b in report.blockers}
