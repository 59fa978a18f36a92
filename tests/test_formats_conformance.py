"""Every SBOM osaid writes, judged by the standards' own tools.

- SPDX 3.0.1: SPDX's NTIA minimum-elements checker (``ntia-conformance-checker``), the SPDX
  3.0.1 JSON schema, and the SHACL shapes of the SPDX 3.0.1 model (``pyshacl``).
- CycloneDX 1.6: CycloneDX's own strict JSON validator (``cyclonedx-python-lib``) and the
  1.6 JSON schema.

They judge the examples osaid ships, generated manifests, and SPDX's and CycloneDX's own
published documents converted and written again. The vendored schemas and shapes are in
tests/schemas (SOURCE.md says where each comes from).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import uuid
import warnings
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from osaid import AISystem, load_manifest
from osaid.formats import convert, read
from osaid.strategies import manifests

ntia = pytest.importorskip("ntia_conformance_checker")
cyclonedx_validation = pytest.importorskip("cyclonedx.validation.json")
cyclonedx_schema = pytest.importorskip("cyclonedx.schema")
jsonschema = pytest.importorskip("jsonschema")
referencing = pytest.importorskip("referencing")

SCHEMAS = Path(__file__).parent / "schemas"
EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.osaid.*"))
REAL = Path(__file__).parent / "data" / "real"
REAL_BOMS = sorted((REAL / "spdx").glob("ai-*.json")) + sorted((REAL / "cyclonedx").glob("*.json"))

_NTIA_ROWS = {
    "supplier": "All component suppliers provided?",
    "version": "All component versions provided?",
}


# --- the judges ---------------------------------------------------------------------------


def ntia_check(text: str, tmp_path: Path) -> Any:
    """SPDX's NTIA minimum-elements checker on an SPDX 3 document."""
    path = tmp_path / "sbom.spdx3.json"
    path.write_text(text, "utf-8")
    return ntia.SbomChecker(str(path), compliance="ntia", sbom_spec="spdx3")


def failing_rows(checker: Any) -> set[str]:
    return {row for row, ok in checker.table_elements if not ok}


@cache
def spdx_schema() -> Any:
    schema = json.loads((SCHEMAS / "spdx-3.0.1.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


@cache
def cdx_schema() -> Any:
    def load(name: str) -> Any:
        return json.loads((SCHEMAS / name).read_text("utf-8"))

    registry = referencing.Registry().with_resources(
        (f"http://cyclonedx.org/schema/{name}", referencing.Resource.from_contents(load(name)))
        for name in ("spdx.schema.json", "jsf-0.82.schema.json")
    )
    return jsonschema.Draft7Validator(load("bom-1.6.schema.json"), registry=registry)


@cache
def cdx_strict() -> Any:
    version = cyclonedx_schema.SchemaVersion.V1_6
    return cyclonedx_validation.JsonStrictValidator(version)


@cache
def _shapes() -> Any:
    rdflib = pytest.importorskip("rdflib")
    return rdflib.Graph().parse(SCHEMAS / "spdx-3.0.1-model.ttl", format="turtle")


def shacl_errors(text: str) -> str | None:
    """The SHACL report of an SPDX 3 document against the SPDX 3.0.1 model, or None."""
    rdflib = pytest.importorskip("rdflib")
    pyshacl = pytest.importorskip("pyshacl")
    context = json.loads((SCHEMAS / "spdx-3.0.1-context.jsonld").read_text("utf-8"))
    document = json.loads(text)
    # the published context, vendored: nothing is fetched while testing
    document["@context"] = context["@context"]
    with warnings.catch_warnings():
        # rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph: not our warning
        warnings.simplefilter("ignore", DeprecationWarning)
        data = rdflib.Graph().parse(data=json.dumps(document), format="json-ld")
        conforms, _graph, report = pyshacl.validate(
            data, shacl_graph=_shapes(), ont_graph=_shapes(), inference="none"
        )
    return None if conforms else str(report)


def assert_valid_cyclonedx(text: str) -> dict[str, Any]:
    error = cdx_strict().validate_str(text)
    assert error is None, error
    bom: dict[str, Any] = json.loads(text)
    cdx_schema().validate(bom)
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", bom["serialNumber"])
    assert uuid.UUID(bom["serialNumber"][9:]).version == 5
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", bom["metadata"]["timestamp"])
    assert [t["name"] for t in bom["metadata"]["tools"]["components"]] == ["osaid"]
    refs = {c["bom-ref"] for c in bom["components"]} | {bom["metadata"]["component"]["bom-ref"]}
    graph = bom["dependencies"]
    assert graph[0]["ref"] == bom["metadata"]["component"]["bom-ref"]
    for entry in graph:  # every reference in the graph names a component of the BOM
        assert {entry["ref"], *entry.get("dependsOn", [])} <= refs
    return bom


def assert_conformant_spdx(text: str, system: AISystem, tmp_path: Path) -> Any:
    """NTIA-conformant when the release names its producer and version, and otherwise
    failing on exactly what it lacks; nothing floats but inputs of the model."""
    checker = ntia_check(text, tmp_path)
    assert not checker.parsing_errors
    assert not checker.validation_messages
    assert not checker.conformance_messages  # the root is an Sbom
    assert not checker.has_unknown_pointers
    missing = {
        _NTIA_ROWS[key]
        for key, value in (("supplier", system.system.producer), ("version", system.system.version))
        if not value
    }
    assert failing_rows(checker) == missing
    assert checker.compliant is not missing
    # only the model's inputs (training data sets, the base model) are outside its tree
    for floating in checker.floating_component_ids:
        assert re.search(r"/(training-data/\d+|base-model)$", floating), floating
    return checker


# --- osaid's examples -----------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_is_a_conformant_spdx_sbom(path: Path, tmp_path: Path) -> None:
    system = load_manifest(path)
    text = convert(system, "spdx").text
    checker = assert_conformant_spdx(text, system, tmp_path)
    assert checker.compliant  # every example names its producer and version
    spdx_schema().validate(json.loads(text))
    assert shacl_errors(text) is None


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_is_a_valid_cyclonedx_bom(path: Path) -> None:
    system = load_manifest(path)
    bom = assert_valid_cyclonedx(convert(system, "cyclonedx").text)
    model = bom["metadata"]["component"]
    assert model["supplier"]["name"] == model["manufacturer"]["name"] == system.system.producer
    assert model["version"] == system.system.version


@pytest.mark.parametrize("path", sorted(Path(__file__).parent.parent.glob("examples/*.spdx3.json")))
def test_the_shipped_spdx_examples_are_conformant(path: Path, tmp_path: Path) -> None:
    text = path.read_text("utf-8")
    assert_conformant_spdx(text, read(text).system, tmp_path)
    spdx_schema().validate(json.loads(text))
    assert shacl_errors(text) is None


@pytest.mark.parametrize("path", sorted(Path(__file__).parent.parent.glob("examples/*.cdx.json")))
def test_the_shipped_cyclonedx_examples_are_valid(path: Path) -> None:
    assert_valid_cyclonedx(path.read_text("utf-8"))


# --- generated releases ---------------------------------------------------------------------


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(system=manifests())
def test_generated_releases_are_conformant_sboms(system: AISystem, tmp_path: Path) -> None:
    assert_conformant_spdx(convert(system, "spdx").text, system, tmp_path)
    assert_valid_cyclonedx(convert(system, "cyclonedx").text)


# The SPDX JSON schema takes seconds a document (jsonschema, deeply nested anyOf), and the
# SHACL shapes as long: a few generated releases besides every example.
@settings(max_examples=3, deadline=None)
@given(manifests())
def test_generated_releases_meet_the_spdx_schema_and_shapes(system: AISystem) -> None:
    text = convert(system, "spdx").text
    spdx_schema().validate(json.loads(text))
    assert shacl_errors(text) is None


# --- published documents, converted and written again ---------------------------------------


@pytest.mark.parametrize("path", REAL_BOMS, ids=lambda p: p.name)
def test_published_documents_rewritten_are_conformant(path: Path, tmp_path: Path) -> None:
    system = read(path.read_text("utf-8"), name=path.name).system
    spdx = convert(system, "spdx").text
    assert_conformant_spdx(spdx, system, tmp_path)
    spdx_schema().validate(json.loads(spdx))
    assert shacl_errors(spdx) is None
    assert read(spdx).system == system
    cdx = convert(system, "cyclonedx").text
    assert_valid_cyclonedx(cdx)
    assert read(cdx).system == system


# --- the judges judge -----------------------------------------------------------------------


def test_the_judges_reject_what_is_not_conformant(tmp_path: Path) -> None:
    system = load_manifest(EXAMPLES[0])
    spdx = json.loads(convert(system, "spdx").text)
    # the old shape: the model as the document's root, parts linked by "other"
    sbom = next(e for e in spdx["@graph"] if e["type"] == "software_Sbom")
    document = next(e for e in spdx["@graph"] if e["type"] == "SpdxDocument")
    document["rootElement"] = sbom["rootElement"]
    for element in spdx["@graph"]:
        if element.get("relationshipType") in ("contains", "dependsOn"):
            element["relationshipType"] = "other"
    checker = ntia_check(json.dumps(spdx), tmp_path)
    assert not checker.compliant
    assert "Dependency relationships provided?" in failing_rows(checker)
    assert checker.conformance_messages  # the root is not an Sbom
    bad = json.loads(convert(system, "spdx").text)
    bad["@graph"][0]["created"] = "yesterday"
    assert shacl_errors(json.dumps(bad)) is not None
    bom = json.loads(convert(system, "cyclonedx").text)
    bom["serialNumber"] = "not-a-uuid"
    assert cdx_strict().validate_str(json.dumps(bom)) is not None


# --- reproducible output ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["spdx", "cyclonedx"])
def test_source_date_epoch_makes_output_reproducible(
    fmt: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = load_manifest(EXAMPLES[0])
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = convert(system, fmt).text
    assert first == convert(system, fmt).text
    assert "2023-11-14T22:13:20Z" in first
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000001")
    later = convert(system, fmt).text
    ids = (
        (lambda t: json.loads(t)["serialNumber"])
        if fmt == "cyclonedx"
        else (lambda t: json.loads(t)["@graph"][-1]["spdxId"])
    )
    assert ids(first) != ids(later)  # another generation is another document


def test_an_sbom_short_of_the_minimum_elements_says_so_on_standard_error(tmp_path: Path) -> None:
    manifest = tmp_path / "bare.osaid.yaml"
    manifest.write_text("manifest-version: 1\nsystem: {name: Bare}\nlicense: MIT\n", "utf-8")
    for fmt in ("spdx", "cyclonedx"):
        out = subprocess.run(
            [sys.executable, "-m", "osaid", "convert", "--to", fmt, str(manifest)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert out.returncode == 0
        assert "not an NTIA-conformant SBOM: no supplier" in out.stderr
        assert "not an NTIA-conformant SBOM: no component version" in out.stderr
