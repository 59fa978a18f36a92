"""osaid.formats: detection, dispatch, and write → read round trips for every format."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from osaid import AISystem, ManifestError, evaluate, loads_manifest
from osaid.components import COMPONENTS, DataClass, Status
from osaid.formats import FORMATS, WRITABLE, Imported, convert, detect, read, write
from osaid.formats._common import canonical, exact_license_id, slug_ref
from osaid.formats.mot import MOT_ORDER, names_itself
from osaid.strategies import manifests

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("mot-open-science.yml", "mot"),
        ("mot-messy.yml", "mot"),
        ("hf-llama-finetune.md", "hf"),
        ("hf-bare.md", "hf"),
        ("spdx-ai-bom.spdx3.json", "spdx"),
        ("cyclonedx-ml-bom.cdx.json", "cyclonedx"),
    ],
)
def test_detect_reads_the_content(fixture: str, expected: str) -> None:
    text = (FIXTURES / fixture).read_text("utf-8")
    assert detect(text, fixture) == expected
    # the content decides, whatever the file is called (a card needs its front matter)
    if fixture != "hf-bare.md":
        assert detect(text, "upload.bin") == expected


def test_detect_falls_back_to_the_osaid_manifest() -> None:
    for path in EXAMPLES.glob("*.osaid.*"):
        assert detect(path.read_text("utf-8"), path.name) == "osaid"
    assert detect('{"manifest-version": 1}') == "osaid"
    assert detect("[system]\nname = 'x'\n", "osaid.toml") == "osaid"
    assert detect("not json {", "x.cdx.json") == "cyclonedx"


def test_read_dispatches_and_reports_located_errors() -> None:
    imported = read((EXAMPLES / "pythia.osaid.yaml").read_text("utf-8"), name="pythia.yaml")
    assert isinstance(imported, Imported)
    assert imported.system.system.name == "Pythia"
    assert imported.findings == ()
    with pytest.raises(ManifestError) as caught:
        read("framework: {}\nrelease: [1, 2\n", name="bad.yml")
    assert caught.value.path == "bad.yml"
    assert caught.value.line >= 2
    with pytest.raises(ValueError, match="unknown format"):
        read("x", format="rdf")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="cannot write"):
        write(imported.system, "hf")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["mot", "spdx", "cyclonedx"])
@pytest.mark.parametrize("text", ["", "   \n", "[1, 2]", "- a\n- b\n", "{}"])
def test_unreadable_documents_are_manifest_errors(fmt: Any, text: str) -> None:
    with pytest.raises(ManifestError):
        read(text, fmt, name="x")


def test_exact_license_names_only() -> None:
    assert exact_license_id("Apache License Version 2.0") == "Apache-2.0"
    assert exact_license_id("the MIT licence") == "MIT"
    assert exact_license_id("Apache2") == "Apache-2.0"  # a trailing ".0" does not count
    assert exact_license_id("Apach 2.0") is None  # no fuzzy matching
    assert exact_license_id("GPL") is None
    assert slug_ref("  !!  ") == "LicenseRef-unnamed"


# --- round trips ------------------------------------------------------------------------------

_LICENSES = [
    "Apache-2.0",
    "MIT OR Apache-2.0",
    "CC-BY-4.0",
    "apache-2.0",
    "llama3.1",
    "LicenseRef-custom-terms",
    "LicenseRef-proprietary",
    "NONE",
    "NOASSERTION",
    "GPL-2.0-only WITH Classpath-exception-2.0",
    "BSD-3-Clause AND (MIT OR CC0-1.0)",
    "OpenMDW-1.0",
    "atc-game",
    "other",
]
_TEXT = st.text(alphabet="abcdefghij XYZ-_.0123456789", min_size=1, max_size=12).map(
    lambda t: " ".join(t.split()) or "x"
)
_URL = st.builds(lambda p: f"https://example.org/{p}", st.text("abcxyz/", min_size=1, max_size=6))


@st.composite
def _systems(draw: st.DrawFn) -> AISystem:
    components: dict[str, Any] = {}
    for cid in draw(st.sets(st.sampled_from(list(COMPONENTS)))):
        statuses = ["released", "partially-released", "not-released"]
        if COMPONENTS[cid].not_applicable_allowed:
            statuses.append("not-applicable")
        entry: dict[str, Any] = {"status": draw(st.sampled_from(statuses))}
        if entry["status"] == "not-applicable":
            entry["reason"] = draw(_TEXT)
        if draw(st.booleans()):
            entry["license"] = draw(st.sampled_from(_LICENSES))
        if draw(st.booleans()):
            entry["location"] = draw(st.lists(_URL, min_size=1, max_size=3))
        if draw(st.booleans()):
            entry["notes"] = draw(_TEXT)
        components[cid] = entry
    system: dict[str, Any] = {"name": draw(_TEXT)}
    for key in ("version", "producer"):
        if draw(st.booleans()):
            system[key] = draw(_TEXT)
    if draw(st.booleans()):
        system["url"] = draw(_URL)
    if draw(st.booleans()):
        system["base-model"] = {"name": draw(_TEXT)}
        if draw(st.booleans()):
            system["base-model"]["manifest"] = draw(_TEXT)
    data: dict[str, Any] = {"manifest-version": 1, "system": system, "components": components}
    if draw(st.booleans()):
        data["license"] = draw(st.sampled_from(_LICENSES))
    if draw(st.booleans()):
        data["training-data"] = [
            {
                "name": draw(_TEXT),
                "class": draw(st.sampled_from([c.value for c in DataClass])),
                **({"location": draw(_URL)} if draw(st.booleans()) else {}),
                **(
                    {"license": draw(st.sampled_from(_LICENSES[:6]))} if draw(st.booleans()) else {}
                ),
                **({"description": draw(_TEXT)} if draw(st.booleans()) else {}),
            }
            for _ in range(draw(st.integers(1, 3)))
        ]
    return AISystem.model_validate(data)


def _effective(system: AISystem, cid: str) -> str | None:
    entry = system.components[cid]
    lic = entry.license or system.license
    return canonical(lic) if lic else None


def _info(system: AISystem) -> tuple[Any, ...]:
    s = system.system
    return (s.name, s.version, s.producer, s.url)


def _base(system: AISystem) -> tuple[str | None, str | None]:
    base = system.system.base_model
    return (base.name, base.manifest) if base is not None else (None, None)


def _mot_facts(system: AISystem) -> dict[str, Any]:
    base = system.system.base_model
    kept = base is not None and not names_itself(base.name, system.system.name)
    out: dict[str, Any] = {"system": _info(system), "base": base.name if kept else None}
    for cid in MOT_ORDER:
        entry = system.components.get(cid)
        if entry is None:
            # an undeclared required component is written as 'Pending evaluation': nothing
            # is known of its licence, which is what undeclared says too
            if not COMPONENTS[cid].mof_optional:
                out[cid] = (Status.RELEASED, "NOASSERTION", None, None)
            continue
        if entry.status is Status.NOT_APPLICABLE:
            continue
        released = entry.status in (Status.RELEASED, Status.PARTIALLY_RELEASED)
        out[cid] = (
            entry.status,
            _effective(system, cid) if released else None,
            entry.location[0] if entry.location else None,
            entry.notes,
        )
    return out


def _bom_facts(system: AISystem) -> dict[str, Any]:
    out: dict[str, Any] = {"system": _info(system), "base": _base(system)}
    for cid, entry in system.components.items():
        if entry.status is Status.RELEASED:
            out[cid] = (_effective(system, cid), entry.location)
    if isinstance(system.training_data, tuple):
        out["training-data"] = [
            (
                d.name,
                d.class_,
                d.location,
                canonical(d.license) if d.license else None,
                d.description,
            )
            for d in system.training_data
        ]
    return out


@settings(max_examples=60, deadline=None)
@given(_systems())
def test_osaid_round_trip_is_exact(system: AISystem) -> None:
    assert loads_manifest(write(system, "osaid")) == system
    assert read(write(system, "osaid")).system == system


@settings(max_examples=60, deadline=None)
@given(_systems())
def test_mot_round_trip_keeps_what_a_mot_file_carries(system: AISystem) -> None:
    again = read(write(system, "mot"), "mot").system
    assert _mot_facts(again) == _mot_facts(system)
    # and a system read from a MOT file is a fixed point
    assert read(write(again, "mot"), "mot").system == again


@settings(max_examples=60, deadline=None)
@given(_systems(), st.sampled_from(["spdx", "cyclonedx"]))
def test_bom_round_trip_keeps_what_a_bom_carries(system: AISystem, fmt: Any) -> None:
    again = read(write(system, fmt), "auto").system
    assert _bom_facts(again) == _bom_facts(system)


def test_every_format_is_listed() -> None:
    assert set(WRITABLE) < set(FORMATS)


_DOCS = Path(__file__).parent.parent / "docs"


@pytest.mark.parametrize(
    "code",
    [
        block
        for doc in ("formats.md", "mof.md")
        for block in re.findall(r"```python\n(.*?)```", (_DOCS / doc).read_text("utf-8"), re.S)
    ],
)
def test_doc_examples_run(code: str) -> None:
    exec(compile(code, "docs", "exec"), {})  # noqa: S102 - the docs' own examples


def test_written_manifests_keep_every_character_of_their_text() -> None:
    from osaid import AISystem, loads_manifest

    system = AISystem.model_validate(
        {"manifest-version": 1, "system": {"name": "n\x85m", "version": "a\u2028b\x85c"}}
    )
    assert loads_manifest(write(system, "osaid")) == system
    again = read(write(system, "mot"), "mot", name="again.yml").system
    assert (again.system.name, again.system.version) == ("n\x85m", "a\u2028b\x85c")


# --- many licences: degraded with a finding, never refused (issue 14) ----------------------


def _spdx_trained_on(licences: list[str]) -> str:
    graph: list[dict[str, Any]] = [
        {"type": "ai_AIPackage", "spdxId": "urn:model", "name": "Many-Data"},
    ]
    for n, lic in enumerate(licences):
        graph += [
            {
                "type": "dataset_DatasetPackage",
                "spdxId": f"urn:data/{n}",
                "name": f"set {n}",
                "software_downloadLocation": f"https://example.org/data/{n}",
            },
            {
                "type": "simplelicensing_LicenseExpression",
                "spdxId": f"urn:lic/{n}",
                "simplelicensing_licenseExpression": lic,
            },
            {
                "type": "Relationship",
                "from": f"urn:data/{n}",
                "relationshipType": "hasConcludedLicense",
                "to": [f"urn:lic/{n}"],
            },
            {
                "type": "Relationship",
                "from": "urn:model",
                "relationshipType": "trainedOn",
                "to": [f"urn:data/{n}"],
            },
        ]
    return json.dumps(
        {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": graph}
    )


def _cyclonedx_trained_on(licences: list[str]) -> str:
    data = [
        {
            "type": "data",
            "bom-ref": f"d{n}",
            "name": f"set {n}",
            "licenses": [{"expression": lic}],
            "externalReferences": [{"type": "distribution", "url": f"https://example.org/{n}"}],
        }
        for n, lic in enumerate(licences)
    ]
    model = {
        "type": "machine-learning-model",
        "name": "Many-Data",
        "modelCard": {"modelParameters": {"datasets": [{"ref": d["bom-ref"]} for d in data]}},
    }
    return json.dumps(
        {
            "bomFormat": "CycloneDX",
            "specVersion": "1.6",
            "metadata": {"component": model},
            "components": data,
        }
    )


_WRITERS = {"spdx": _spdx_trained_on, "cyclonedx": _cyclonedx_trained_on}


@pytest.mark.parametrize("fmt", sorted(_WRITERS))
def test_an_sbom_with_300_data_sets_under_different_licences_is_read(fmt: str) -> None:
    licences = [f"LicenseRef-data-licence-number-{n}" for n in range(300)]
    imported = read(_WRITERS[fmt](licences), fmt)
    datasets = imported.system.components["datasets"]
    assert datasets.license == "NOASSERTION"  # too long to AND: nothing is asserted
    assert len(datasets.location or ()) == 300
    too_many = [f for f in imported.findings if f.code == f"{fmt}-license-too-many"]
    assert len(too_many) == 1
    assert "300 licences" in too_many[0].message
    # each data set's own licence is still named, once, in its own finding
    named = [f for f in imported.findings if f.code == f"{fmt}-dataset"]
    assert len(named) == 300
    assert all(f"number-{n}" in named[n].message for n in range(300))


@pytest.mark.parametrize("fmt", sorted(_WRITERS))
def test_one_withheld_licence_among_many_keeps_the_whole_unlicensed(fmt: str) -> None:
    licences = [*(f"LicenseRef-data-licence-number-{n}" for n in range(299)), "NONE"]
    imported = read(_WRITERS[fmt](licences), fmt)
    assert imported.system.components["datasets"].license == "NONE"


@pytest.mark.parametrize("fmt", sorted(_WRITERS))
def test_a_few_licences_are_their_and(fmt: str) -> None:
    imported = read(_WRITERS[fmt](["MIT", "CC-BY-4.0", "MIT"]), fmt)
    assert imported.system.components["datasets"].license == "MIT AND CC-BY-4.0"
    assert f"{fmt}-license-too-many" not in {f.code for f in imported.findings}


# --- lineage: every writer writes the base model, every reader restores it ------------------


@pytest.mark.parametrize("fmt", ["osaid", "mot", "spdx", "cyclonedx"])
def test_the_base_model_survives_every_format(fmt: Any) -> None:
    system = loads_manifest(
        "manifest-version: 1\n"
        "system:\n  name: Tuned-7B-Instruct\n"
        "  base-model: {name: example/Base-7B, manifest: ../base/osaid.yaml}\n"
    )
    again = read(write(system, fmt), fmt).system
    assert again.system.base_model is not None
    assert again.system.base_model.name == "example/Base-7B"
    if fmt != "mot":  # a MOT file has no place for the base model's manifest
        assert again.system.base_model.manifest == "../base/osaid.yaml"


def test_spdx_reads_either_direction_of_descent() -> None:
    graph = [
        {"type": "ai_AIPackage", "spdxId": "urn:tuned", "name": "Tuned"},
        {"type": "ai_AIPackage", "spdxId": "urn:base", "name": "Base"},
        {
            "type": "Relationship",
            "from": "urn:base",
            "relationshipType": "ancestorOf",
            "to": ["urn:tuned"],
        },
        {"type": "SpdxDocument", "rootElement": ["urn:tuned"]},
    ]
    text = json.dumps(
        {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": graph}
    )
    imported = read(text, "spdx")
    assert imported.system.system.base_model.name == "Base"  # type: ignore[union-attr]
    assert "spdx-ai-package-ignored" not in {f.code for f in imported.findings}


def test_cyclonedx_reads_a_base_model_property() -> None:
    model = {
        "type": "machine-learning-model",
        "name": "Tuned",
        "properties": [{"name": "huggingface:base_model", "value": "org/Base"}],
    }
    text = json.dumps({"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [model]})
    assert read(text).system.system.base_model.name == "org/Base"  # type: ignore[union-attr]


# --- conversions keep every fact or say so (issue 14) ----------------------------------------


def _same_facts(a: AISystem, b: AISystem) -> bool:
    from osaid.formats._common import patch_between

    return not patch_between(a, b).data


@settings(max_examples=150, deadline=None)
@given(manifests(), st.sampled_from(["mot", "spdx", "cyclonedx"]))
def test_a_conversion_reads_back_as_the_same_release(system: AISystem, fmt: Any) -> None:
    written = convert(system, fmt)
    again = read(written.text, fmt).system
    assert _same_facts(again, system)  # every fact, licences in canonical spelling
    assert evaluate(again).verdict == evaluate(system).verdict
    assert evaluate(again).mof.class_ == evaluate(system).mof.class_


@settings(max_examples=150, deadline=None)
@given(manifests(), st.sampled_from(["mot", "spdx", "cyclonedx"]))
def test_what_only_the_extension_carries_is_reported(system: AISystem, fmt: Any) -> None:
    """Without osaid's extension a document says less; each such fact is a reported loss,
    and a release whose native document reads back differently has at least one."""
    from osaid.formats._common import EXTENSION, patch_between

    written = convert(system, fmt)
    native = read(_without_extension(written.text, fmt, EXTENSION), fmt).system
    differs = patch_between(system, native).paths
    assert len(written.losses) == len(differs)
    assert all(
        loss.startswith(f"{path}:") for loss, path in zip(written.losses, differs, strict=True)
    )


def _without_extension(text: str, fmt: str, extension: str) -> str:
    if fmt == "mot":
        document = yaml.safe_load(text)
        document["release"].pop(extension, None)
        return yaml.safe_dump(document)
    document = json.loads(text)
    if fmt == "spdx":
        document["@graph"] = [e for e in document["@graph"] if e.get("type") != "Annotation"]
    else:
        model = document["metadata"]["component"]
        model["properties"] = [
            p for p in model.get("properties", []) if p["name"] != f"osaid:{extension}"
        ]
    return json.dumps(document)


def test_an_undisclosed_topic_never_reads_back_as_more_open() -> None:
    system = loads_manifest(
        "manifest-version: 1\nsystem: {name: X}\nlicense: Apache-2.0\n"
        "components:\n  datasets: {location: https://example.org/d}\n"
        "data-information: {provenance: undisclosed}\ntraining-data: undisclosed\n"
    )
    for fmt in ("mot", "spdx", "cyclonedx"):
        written = convert(system, fmt)  # type: ignore[arg-type]
        again = read(written.text, fmt).system  # type: ignore[arg-type]
        assert again.data_information == system.data_information
        assert again.training_data == "undisclosed"
        assert evaluate(again).verdict == evaluate(system).verdict
        assert {loss.partition(":")[0] for loss in written.losses} >= {
            "data-information",
            "training-data",
        }


def test_the_convert_command_lists_each_loss_on_standard_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from osaid.cli import main

    manifest = tmp_path / "osaid.yaml"
    manifest.write_text(
        "manifest-version: 1\nsystem: {name: X}\ntraining-data: undisclosed\n"
        "components:\n  training-code: {status: not-released}\n",
        "utf-8",
    )
    assert main(["convert", "--to", "spdx", str(manifest)]) == 0
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert "osaid: training-data: SPDX has no field for it" in err
    assert any(line.startswith("osaid: components.training-code:") for line in lines)
    assert read(out, "spdx").system == loads_manifest(manifest.read_text("utf-8"))
