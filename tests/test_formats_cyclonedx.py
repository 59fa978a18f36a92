"""CycloneDX 1.6 ML-BOM: read and written (schema-valid)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from osaid import ManifestError, load_manifest
from osaid.formats import read, write

jsonschema = pytest.importorskip("jsonschema")
referencing = pytest.importorskip("referencing")

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
SCHEMAS = Path(__file__).parent / "schemas"
EXAMPLES = Path(__file__).parent.parent / "examples"


def _validator() -> Any:
    def load(name: str) -> Any:
        return json.loads((SCHEMAS / name).read_text("utf-8"))

    registry = referencing.Registry().with_resources(
        (f"http://cyclonedx.org/schema/{name}", referencing.Resource.from_contents(load(name)))
        for name in ("spdx.schema.json", "jsf-0.82.schema.json")
    )
    return jsonschema.Draft7Validator(load("bom-1.6.schema.json"), registry=registry)


def test_the_ml_bom_shape() -> None:
    text = (FIXTURES / "cyclonedx-ml-bom.cdx.json").read_text("utf-8")
    _validator().validate(json.loads(text))  # the fixture itself is a valid 1.6 BOM
    imported = read(text, name="bom.cdx.json")
    system = imported.system
    assert system.system.name == "example-diffusion"
    assert system.system.producer == "Example Lab"
    assert system.system.url == "https://example.org/diffusion"
    params = system.components["model-parameters"]
    assert params.license == "Apache-2.0"
    assert params.location == ("https://example.org/diffusion/weights",)
    datasets = system.components["datasets"]
    assert datasets.location == ("https://example.org/images", "https://example.org/captions")
    assert datasets.license is None  # the inline set names no licence
    codes = [f.code for f in imported.findings]
    assert codes.count("cyclonedx-dataset") == 2
    # {license: {name}} free text, read as the licence its name names
    assert "license-name-recognized" in codes
    assert "cyclonedx-components-not-mapped" in codes  # torch


def test_licence_forms() -> None:
    bom = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "components": [
            {
                "type": "machine-learning-model",
                "name": "m",
                "licenses": [
                    {"license": {"id": "MIT"}},
                    {"license": {"name": "Apache License 2.0"}},
                ],
            }
        ],
    }
    imported = read(json.dumps(bom), name="x.json")
    assert imported.system.components["model-parameters"].license == "MIT AND Apache-2.0"
    bom["components"][0]["licenses"] = [{"expression": "MIT OR GPL-2.0-only"}]  # type: ignore[index]
    imported = read(json.dumps(bom), name="x.json")
    assert imported.system.components["model-parameters"].license == "MIT OR GPL-2.0-only"


def test_a_bom_without_a_model_cannot_be_read() -> None:
    bom = {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "library"}]}
    with pytest.raises(ManifestError, match="machine-learning-model"):
        read(json.dumps(bom), name="x.json")


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.osaid.*")), ids=lambda p: p.name)
def test_written_boms_are_schema_valid_and_read_back(path: Path) -> None:
    # CycloneDX's own strict validator judges them too: test_formats_conformance
    system = load_manifest(path)
    text = write(system, "cyclonedx")
    _validator().validate(json.loads(text))
    again = read(text, name="again.cdx.json").system
    assert again.system == system.system
    if system.training_data != "undisclosed":
        assert again.training_data == system.training_data


def test_written_boms_of_generated_systems_are_schema_valid() -> None:
    from hypothesis import given, settings

    from test_formats_api import _systems  # type: ignore[import-not-found]

    validator = _validator()

    @settings(max_examples=40, deadline=None)
    @given(_systems())
    def check(system: Any) -> None:
        validator.validate(json.loads(write(system, "cyclonedx")))

    check()


REAL = Path(__file__).parent / "data" / "real" / "cyclonedx"


def test_the_producer_is_the_publisher_not_the_hub() -> None:
    path = REAL / "valid-machine-learning-considerations-env-1.6.json"
    imported = read(path.read_text("utf-8"), name=path.name)
    assert imported.system.system.producer == "meta"  # the supplier is Hugging Face


def test_a_supplier_alone_is_read_as_the_producer_with_a_finding() -> None:
    bom = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "components": [
            {"type": "machine-learning-model", "name": "m", "supplier": {"name": "A Hub"}}
        ],
    }
    imported = read(json.dumps(bom), name="x.json")
    assert imported.system.system.producer == "A Hub"
    assert "cyclonedx-producer-from-supplier" in {f.code for f in imported.findings}


@pytest.mark.parametrize("version", ["1.7", "1.5", None])
def test_another_version_is_read_as_1_6_with_a_finding(version: str | None) -> None:
    bom: dict[str, Any] = {
        "bomFormat": "CycloneDX",
        "components": [{"type": "machine-learning-model", "name": "m"}],
    }
    if version:
        bom["specVersion"] = version
    imported = read(json.dumps(bom), "cyclonedx", name="x.json")
    found = [f for f in imported.findings if f.code == "cyclonedx-version-unexpected"]
    assert len(found) == 1
    assert "read as CycloneDX 1.6" in found[0].message
    bom["specVersion"] = "1.6"
    imported = read(json.dumps(bom), "cyclonedx", name="x.json")
    assert "cyclonedx-version-unexpected" not in {f.code for f in imported.findings}
