"""Hugging Face model cards: the licence covers the repository; the rest are findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from osaid import ManifestError, evaluate
from osaid.formats import read
from osaid.licenses._tables import HF_LICENSES

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def _card(name: str) -> tuple[object, ...]:
    imported = read((FIXTURES / name).read_text("utf-8"), name=name)
    return imported.system, {f.code: f for f in imported.findings}


def test_a_gated_llama_derivative_is_not_open() -> None:
    system, found = _card("hf-llama-finetune.md")
    c = system.components  # type: ignore[attr-defined]
    assert system.system.name == "Example Llama fine-tune"  # type: ignore[attr-defined]
    assert c["model-parameters"].license == "LicenseRef-llama3.1"
    assert c["model-card"].license == "LicenseRef-llama3.1"
    assert len(c) == 2
    assert system.training_data is None  # type: ignore[attr-defined]
    assert {"hf-gated", "hf-base-model", "hf-datasets-unclassified", "hf-arxiv-paper"} <= set(found)
    assert found["hf-gated"].source == "hf-llama-finetune.md:13:3"
    assert "finetune" in found["hf-base-model"].message
    report = evaluate(system)  # type: ignore[arg-type]
    assert report.verdict.value == "not-open"
    assert report.elements["parameters"].verdict.value == "not-open"


def test_license_other_takes_its_name_and_keeps_its_link() -> None:
    system, found = _card("hf-other.md")
    assert system.system.name == "Example-TTS"  # type: ignore[attr-defined]
    lic = system.components["model-parameters"].license  # type: ignore[attr-defined]
    assert lic == "LicenseRef-example-public-model-license"
    assert "https://example.org/epml" in found["hf-license-link"].message
    assert evaluate(system).verdict.value == "undetermined"  # type: ignore[arg-type]


def test_a_list_of_licences_is_their_and() -> None:
    system, found = _card("hf-list.md")
    lic = system.components["model-parameters"].license  # type: ignore[attr-defined]
    assert lic == "Apache-2.0 AND CC-BY-4.0"
    assert system.system.name == "Example-Vision"  # type: ignore[attr-defined]
    assert "hf-license-list-and" in found


def test_a_card_without_front_matter_declares_nothing() -> None:
    system, found = _card("hf-bare.md")
    assert system.system.name == "Example-Bare"  # type: ignore[attr-defined]
    assert len(system.components) == 0  # type: ignore[attr-defined]
    assert "hf-no-front-matter" in found
    assert evaluate(system).verdict.value == "undetermined"  # type: ignore[arg-type]


def test_malformed_front_matter_is_located() -> None:
    with pytest.raises(ManifestError) as caught:
        read((FIXTURES / "hf-broken.md").read_text("utf-8"), name="README.md")
    assert caught.value.line >= 3  # the opening '---' counts
    with pytest.raises(ManifestError, match="never closed"):
        read("---\nlicense: mit\n", "hf", name="README.md")
    with pytest.raises(ManifestError, match="mapping"):
        read("---\n- mit\n---\n", "hf", name="README.md")


@pytest.mark.parametrize("row", HF_LICENSES, ids=lambda r: r.hf_id)
def test_every_hub_licence_id_is_read(row: object) -> None:
    hf_id = row.hf_id  # type: ignore[attr-defined]
    system = read(f"---\nlicense: {hf_id}\n---\n", "hf", name="README.md").system
    entry = system.components.get("model-parameters")
    assert entry is not None
    if hf_id == "unknown":
        assert entry.license == "NOASSERTION"
    evaluate(system)


@pytest.mark.parametrize(
    "never_open",
    ["llama2", "llama3.3", "gemma", "cc-by-nc-4.0", "openrail", "bigscience-openrail-m"],
)
def test_weights_licences_that_can_never_be_open(never_open: str) -> None:
    system = read(f"---\nlicense: {never_open}\n---\n", "hf", name="README.md").system
    assert evaluate(system).verdict.value == "not-open"


def test_unknown_and_odd_values() -> None:
    system = read("---\nlicense: [mit, unknown]\nlicense_name: x\n---\n", name="README.md")
    lic = system.system.components["model-parameters"].license
    assert lic == "MIT AND LicenseRef-noassertion"
    assert "hf-license-name-ignored" in {f.code for f in system.findings}
    odd = read("---\nlicense: {a: 1}\n---\n", name="README.md")
    assert len(odd.system.components) == 0
    assert "hf-license-invalid" in {f.code for f in odd.findings}


@pytest.mark.parametrize(
    ("body", "path", "expected"),
    [
        ("# Model Card for Tiny-1B\n\nText.\n", "README.md", "Tiny-1B"),
        ("# **Introduction**\n\nText.\n", "cards/tiny-1b/README.md", "tiny-1b"),
        ("Some words first.\n\n# Tiny 1.5B\n", "cards/tiny-1b/README.md", "tiny-1b"),
        ("# Meet Tiny: the smallest model!\n", "cards/tiny-1b/README.md", "tiny-1b"),
        ("# Tiny 1.5B\n", "cards/other/README.md", "Tiny 1.5B"),
        ("## Usage\n", "<stdin>", "unnamed model card"),
    ],
)
def test_a_name_comes_from_a_title_or_the_file_never_a_section(
    body: str, path: str, expected: str
) -> None:
    imported = read(f"---\nlicense: mit\n---\n{body}", "hf", name=path)
    assert imported.system.system.name == expected
