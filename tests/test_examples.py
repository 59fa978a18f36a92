"""Every file in examples/ is checked: it reads, and it says what its comments claim."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from osaid import Verdict, evaluate
from osaid.formats import detect, read
from osaid.policy_file import load_policy

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"


@pytest.mark.parametrize(
    ("name", "kind", "verdict"),
    [("olmo.spdx3.json", "spdx", Verdict.OPEN), ("pythia.cdx.json", "cyclonedx", Verdict.OPEN)],
)
def test_the_sbom_examples_are_recognised_and_read_back_in_full(
    name: str, kind: str, verdict: Verdict
) -> None:
    text = (EXAMPLES / name).read_text("utf-8")
    assert detect(text, name) == kind
    report = evaluate(read(text, "auto", name=name).system)
    assert report.verdict is verdict
    assert report.outcome == "passes"


def test_the_policy_example_loads_and_overrides_its_base() -> None:
    policy = load_policy(EXAMPLES / "acme-policy.yaml")
    assert policy.name == "acme-2025"
    assert policy.source == str(EXAMPLES / "acme-policy.yaml")
    assert {rule.license for rule in policy.rules} == {
        "LicenseRef-bigcode-openrail-m",
        "LicenseRef-acme-model-license",
    }


def test_the_card_screening_script_screens_the_example_cards() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "screen_cards.py"), str(EXAMPLES / "cards")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.splitlines() == [
        "acme-8b-instruct: not-open (weights: LicenseRef-llama3.1, not-open); "
        "claims not backed: open-source-ai, open-source-model",
        "bare: undetermined (weights: no licence, undetermined)",
        "open-tiny: undetermined (weights: Apache-2.0, open)",
        "1 not-open, 2 undetermined",
    ]


def test_every_example_file_is_covered_by_a_test() -> None:
    tested = {
        # manifests: tests/test_evaluate.py (OSI outcomes) and tests/test_docs.py
        *(p.name for p in EXAMPLES.glob("*.osaid.*")),
        "olmo.spdx3.json", "pythia.cdx.json", "acme-policy.yaml", "screen_cards.py",
    }  # fmt: skip
    present = {p.name for p in EXAMPLES.iterdir() if p.is_file()}
    assert present <= tested
