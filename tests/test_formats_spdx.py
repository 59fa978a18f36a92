"""SPDX 3.0.1 JSON-LD: the AI and Dataset profiles, read and written (schema-valid)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from osaid import ManifestError, evaluate, load_manifest
from osaid.formats import read, write

jsonschema = pytest.importorskip("jsonschema")

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
SCHEMAS = Path(__file__).parent / "schemas"
EXAMPLES = Path(__file__).parent.parent / "examples"


def _validator() -> Any:
    schema = json.loads((SCHEMAS / "spdx-3.0.1.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_the_ai_bom_shape() -> None:
    imported = read((FIXTURES / "spdx-ai-bom.spdx3.json").read_text("utf-8"), name="bom.json")
    system = imported.system
    assert (system.system.name, system.system.version) == ("Example Sentiment", "2.1")
    assert system.system.producer == "Example Lab"
    params = system.components["model-parameters"]
    assert params.license == "MIT OR Apache-2.0"
    assert params.location == ("https://example.org/sentiment/weights.bin",)
    # trainedOn: the bare https://spdx.org/licenses/CC0-1.0 IRI resolves without an element
    assert system.components["datasets"].license == "CC0-1.0"
    assert system.components["evaluation-data"].license is None
    assert system.training_data is None  # SPDX does not say which OSAID class a set is in
    codes = [f.code for f in imported.findings]
    assert codes.count("spdx-dataset") == 2
    assert "spdx-property-not-carried" in codes
    assert evaluate(system).elements["parameters"].verdict.value == "open"


def test_concluded_wins_over_declared_and_none_is_read() -> None:
    doc = json.loads((FIXTURES / "spdx-ai-bom.spdx3.json").read_text("utf-8"))
    doc["@graph"].append(
        {
            "type": "Relationship",
            "creationInfo": "_:creationinfo",
            "spdxId": "https://example.org/spdx/Relationship/9",
            "from": "https://example.org/spdx/AIPackage/sentiment",
            "relationshipType": "hasConcludedLicense",
            "to": ["expandedlicensing_NoneLicense"],
        }
    )
    imported = read(json.dumps(doc), name="bom.json")
    assert imported.system.components["model-parameters"].license == "NONE"
    assert "spdx-license-declared-differs" in {f.code for f in imported.findings}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"}, "@graph"),
        (
            {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": []},
            "no ai_AIPackage",
        ),
    ],
)
def test_documents_without_a_model(doc: dict[str, Any], message: str) -> None:
    with pytest.raises(ManifestError, match=message):
        read(json.dumps(doc), "spdx", name="x.json")


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.osaid.*")), ids=lambda p: p.name)
def test_written_documents_read_back(path: Path) -> None:
    # their validity (schema, SHACL, NTIA) is in test_formats_conformance
    system = load_manifest(path)
    text = write(system, "spdx")
    again = read(text, name="again.spdx3.json").system
    assert again.system == system.system
    for cid, entry in system.components.items():
        if entry.status.value == "released":
            assert again.components[cid].location == entry.location


def test_the_schema_rejects_what_is_not_spdx() -> None:
    bad = {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [{"type": "x"}]}
    assert not _validator().is_valid(bad)


def test_source_date_epoch_makes_the_output_reproducible(monkeypatch: pytest.MonkeyPatch) -> None:
    system = load_manifest(EXAMPLES / "pythia.osaid.yaml")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert write(system, "spdx") == write(system, "spdx")
    assert '"created": "2023-11-14T22:13:20Z"' in write(system, "spdx")


REAL = Path(__file__).parent / "data" / "real" / "spdx"


def test_a_code_package_of_the_ai_system_is_named_with_its_licence() -> None:
    imported = read((REAL / "ai-example01-simplehtr.spdx3.json").read_text("utf-8"), name="x")
    found = [f for f in imported.findings if f.code == "spdx-package-not-mapped"]
    assert len(found) == 1
    assert "code package 'SimpleHTR'" in found[0].message
    assert "licence MIT" in found[0].message
    # the model names only a supplier: read as its producer, with a finding
    assert imported.system.system.producer == "Harald Scheidl"
    assert "spdx-producer-from-supplier" in {f.code for f in imported.findings}


def _written(**system: str) -> dict[str, Any]:
    manifest = {"manifest-version": 1, "system": {"name": "M", **system}, "license": "MIT"}
    return json.loads(write(load_manifest_text(json.dumps(manifest)), "spdx"))


def load_manifest_text(text: str) -> Any:
    from osaid import loads_manifest

    return loads_manifest(text, "json")


def test_the_originator_is_the_producer_not_the_supplier() -> None:
    doc = _written(producer="Maker")
    graph = doc["@graph"]
    graph.append({"type": "Agent", "spdxId": "urn:hub", "creationInfo": "_:creationinfo",
                  "name": "A Hub"})  # fmt: skip
    model = next(e for e in graph if e["type"] == "ai_AIPackage")
    model["suppliedBy"] = "urn:hub"
    imported = read(json.dumps(doc), "spdx")
    assert imported.system.system.producer == "Maker"


def test_another_spdx_version_is_a_finding() -> None:
    doc = _written()
    doc["@graph"][0]["specVersion"] = "3.1"
    imported = read(json.dumps(doc), "spdx")
    assert "spdx-version-unexpected" in {f.code for f in imported.findings}


def test_every_package_has_a_declared_and_a_concluded_licence() -> None:
    doc = _written(producer="P", version="1")
    graph = doc["@graph"]
    packages = {e["spdxId"] for e in graph if e["type"].endswith("Package")}
    for kind in ("hasDeclaredLicense", "hasConcludedLicense"):
        assert {e["from"] for e in graph if e.get("relationshipType") == kind} == packages
    roots = next(e for e in graph if e["type"] == "SpdxDocument")["rootElement"]
    assert [e["type"] for e in graph if e["spdxId" if "spdxId" in e else "@id"] in roots] == [
        "software_Sbom"
    ]


def test_a_concluded_noassertion_leaves_the_declared_licence() -> None:
    doc = _written()
    imported = read(json.dumps(doc), "spdx")
    assert imported.system.license == "MIT"
    assert "spdx-license-declared-differs" not in {f.code for f in imported.findings}
