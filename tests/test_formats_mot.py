"""The Model Openness Tool's model YAML: reading, inheritance, the MOT's words, writing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from osaid import ManifestError, Status, evaluate
from osaid.components import COMPONENTS
from osaid.formats import read, write
from osaid.formats.mot import MOT_DESCRIPTIONS, MOT_ORDER

FIXTURES = Path(__file__).parent / "fixtures" / "formats"

# Fixtures written for the project in the shapes of real MOT files, with the class the MOT's
# own rules give each: inheritance from the distribution and content-type licences, the
# research paper standing in for the technical report, "Component not included".
FIXTURE_CLASSES = {
    "mot-open-science.yml": "I",
    "mot-code-model.yml": "III",
    "mot-community-licence.yml": None,
    "mot-messy.yml": None,
}


def _read(name: str) -> tuple[object, ...]:
    imported = read((FIXTURES / name).read_text("utf-8"), "mot", name=name)
    return imported.system, {f.code for f in imported.findings}, imported.findings


def test_inheritance_resolves_to_explicit_licences() -> None:
    system, codes, _ = _read("mot-open-science.yml")
    c = system.components  # type: ignore[attr-defined]
    assert c["model-architecture"].license == "Apache-2.0"  # distribution
    assert c["model-card"].license == "CC-BY-4.0"  # the document default wins
    assert c["evaluation-data"].license == "Apache-2.0"  # no data default: distribution
    assert c["datasets"].license == "CC0-1.0"  # its own
    assert c["data-preprocessing-code"].license == "MIT"  # 'MIT License', normalised
    assert c["intermediate-parameters"].notes == "Checkpoints every 1,000 steps"
    assert c["model-parameters"].notes is None  # the MOT's boilerplate is not a fact
    assert "supporting-libraries" not in c  # unlisted: undeclared
    assert system.license is None  # type: ignore[attr-defined]
    assert {"mot-license-inherited", "mot-license-normalized", "mot-components-unlisted"} <= codes
    assert evaluate(system).mof.class_ == "I"  # type: ignore[arg-type]


def test_the_mots_own_words() -> None:
    system, codes, findings = _read("mot-messy.yml")
    c = system.components  # type: ignore[attr-defined]
    assert c["model-architecture"].license == "Apache-2.0"
    assert c["model-parameters"].license == "LicenseRef-example-community-license-v2"
    assert c["training-code"].status is Status.NOT_RELEASED
    assert c["inference-code"].license == "NOASSERTION"
    assert c["model-card"].license == "NONE"
    assert c["data-card"].license == "LicenseRef-proprietary"
    assert c["technical-report"].status is Status.RELEASED
    assert c["technical-report"].license is None
    assert {
        "mot-component-name-normalized",
        "mot-license-unrecognized",
        "mot-component-not-included",
        "mot-license-noassertion",
        "mot-license-unlicensed",
        "mot-license-proprietary",
        "mot-component-unknown",
    } <= codes
    located = {f.code: f.source for f in findings}
    assert located["mot-license-unlicensed"] == "mot-messy.yml:37:16"
    normalized = next(f for f in findings if f.code == "mot-license-normalized")
    assert "the MOT compares licence strings exactly" in normalized.message
    report = evaluate(system)  # type: ignore[arg-type]
    assert report.mof.class_ is None
    assert report.verdict.value == "not-open"


def test_a_single_licence_for_everything_becomes_the_default() -> None:
    text = (
        "framework: {name: Model Openness Framework, version: '1.0', date: '2024-12-15'}\n"
        "release:\n  name: X\n  license: {distribution: {name: MIT}}\n"
        "  components:\n    - {name: Model architecture}\n    - {name: Training code}\n"
    )
    system = read(text, name="x.yml").system
    assert system.license == "MIT"
    assert system.components["training-code"].license == "MIT"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("framework: {}\n", "release must be a mapping"),
        ("release: {version: 1}\n", "release.name is required"),
        ("release: {name: X, components: {a: 1}}\n", "must be a list"),
        ("release: {name: X}\nrelease: {name: Y}\n", "duplicate"),
    ],
)
def test_documents_that_cannot_be_read(text: str, message: str) -> None:
    with pytest.raises(ManifestError, match=message):
        read(text, "mot", name="x.yml")


def test_write_lists_components_in_the_mots_order_and_words() -> None:
    system, _, _ = _read("mot-messy.yml")
    written = yaml.safe_load(write(system, "mot"))  # type: ignore[arg-type]
    assert written["framework"]["name"] == "Model Openness Framework"
    names = [c["name"] for c in written["release"]["components"]]
    assert names == sorted(names, key=lambda n: MOT_ORDER.index(_id(n)))
    descriptions = {c["name"]: c["description"] for c in written["release"]["components"]}
    assert descriptions["Training code"] == MOT_DESCRIPTIONS["training-code"]
    by_name = {c["name"]: c.get("license") for c in written["release"]["components"]}
    assert by_name["Training code"] == "Component not included"
    assert by_name["Model card"] == "unlicensed"
    assert by_name["Inference code"] == "License not specified"
    assert by_name["Data card"] == "Proprietary"


def _id(name: str) -> str:
    from osaid import COMPONENTS

    return next(cid for cid, spec in COMPONENTS.items() if spec.mof_name == name)


@pytest.mark.parametrize(("name", "expected"), sorted(FIXTURE_CLASSES.items()))
def test_mot_files_get_the_class_the_mot_rules_give(name: str, expected: str | None) -> None:
    imported = read((FIXTURES / name).read_text("utf-8"), name=name)
    assert evaluate(imported.system).mof.class_ == expected
    # and writing it back as a MOT file keeps every fact
    assert read(write(imported.system, "mot"), name="again.yml").system == imported.system


_HEAD = "framework: {name: Model Openness Framework, version: '1.0', date: '2024-12-15'}\n"


@pytest.mark.parametrize(
    "text",
    [
        "Component not included",
        "Component not include",
        "Component Not Include",
        "Component not include.",
        "Component not included but listed sources",
        "Component Component not included",
        "component   component  NOT  INCLUDED!",
        "Not included",
    ],
)
def test_every_spelling_of_not_included_is_not_released(text: str) -> None:
    mot = (
        _HEAD
        + f"release:\n  name: X\n  components:\n    - {{name: Training code, license: '{text}'}}\n"
    )
    imported = read(mot, "mot")
    entry = imported.system.components["training-code"]
    assert entry.status is Status.NOT_RELEASED
    assert entry.license is None
    # words beyond the phrase are kept, not dropped
    assert (entry.notes is not None) == ("but" in text)


@pytest.mark.parametrize(
    ("text", "expected", "code"),
    [
        ("unlicensed", "NONE", "mot-license-unlicensed"),
        ("Unlicensed", "NONE", "mot-license-unlicensed"),
        ("License not specified", "NOASSERTION", "mot-license-noassertion"),
        ("Licence not specified", "NOASSERTION", "mot-license-noassertion"),
        ("Pending evaluation", "NOASSERTION", "mot-license-noassertion"),
        ("Undisclosed", "NOASSERTION", "mot-license-noassertion"),
        ("Proprietary", "LicenseRef-proprietary", "mot-license-proprietary"),
        ("Proprietary license", "LicenseRef-proprietary", "mot-license-proprietary"),
    ],
)
def test_the_mots_licence_words(text: str, expected: str, code: str) -> None:
    mot = (
        _HEAD + f"release:\n  name: X\n  components:\n    - {{name: Model card, license: {text}}}\n"
    )
    imported = read(mot, "mot")
    assert imported.system.components["model-card"].license == expected
    found = [f for f in imported.findings if f.code == code]
    assert found
    assert found[0].interpretation == (code == "mot-license-unlicensed")


def test_unlisted_required_components_are_withheld_and_optional_ones_undeclared() -> None:
    imported = read(_HEAD + "release:\n  name: X\n  components: []\n", "mot")
    components = imported.system.components
    for cid, spec in COMPONENTS.items():
        if spec.mof_optional:
            assert cid not in components
        else:
            assert components[cid].status is Status.NOT_RELEASED
    finding = next(f for f in imported.findings if f.code == "mot-unlisted-not-released")
    assert finding.interpretation
    assert finding.clause is not None
    report = evaluate(imported.system)
    assert report.verdict.value == "not-open"


def test_the_description_may_say_partially_released_or_not_applicable() -> None:
    mot = _HEAD + (
        "release:\n  name: X\n  license: {distribution: {name: MIT}}\n  components:\n"
        "    - {name: Training code, description: 'Partially released. Only the launcher'}\n"
        "    - {name: Evaluation code, description: 'Not applicable: no evaluation was run'}\n"
        "    - {name: Inference code, description: 'Code used for running the model to make "
        "predictions'}\n"
    )
    components = read(mot, "mot").system.components
    assert components["training-code"].status is Status.PARTIALLY_RELEASED
    assert components["training-code"].notes == "Only the launcher"
    assert components["training-code"].license == "MIT"
    assert components["evaluation-code"].status is Status.NOT_APPLICABLE
    assert components["evaluation-code"].reason == "no evaluation was run"
    assert components["inference-code"].status is Status.RELEASED


def test_a_required_component_cannot_be_stated_not_applicable() -> None:
    mot = _HEAD + (
        "release:\n  name: X\n  components:\n"
        "    - {name: Training code, description: 'Not applicable: we say so'}\n"
    )
    entry = read(mot, "mot").system.components["training-code"]
    assert entry.status is Status.RELEASED
    assert entry.notes == "Not applicable: we say so"


def test_origin_is_the_base_model_unless_it_names_the_release() -> None:
    def base(name: str, origin: str) -> str | None:
        mot = _HEAD + f"release:\n  name: '{name}'\n  origin: '{origin}'\n"
        found = read(mot, "mot").system.system.base_model
        return found.name if found else None

    assert base("Arctic-Instruct", "Arctic-Base") == "Arctic-Base"
    assert base("Llama-2-7B", "llama-2-7b") is None
    assert base("OLMo-7B", "OLMo") is None
    assert base("CrystalChat", "Crystal") == "Crystal"
    assert base("Meta-Llama-3-8B-Instruct", "Meta-Llama-3-8B") == "Meta-Llama-3-8B"


def test_an_undeclared_required_component_is_written_as_pending_evaluation() -> None:
    from osaid import loads_manifest

    system = loads_manifest("manifest-version: 1\nsystem: {name: X}\n")
    written = yaml.safe_load(write(system, "mot"))["release"]["components"]
    pending = {c["name"] for c in written if c.get("license") == "Pending evaluation"}
    required = {s.mof_name for s in COMPONENTS.values() if not s.mof_optional}
    assert pending == required
    # a tool that reads only the MOT's own fields sees them released under NOASSERTION, which
    # osaid judges as it judges undeclared ones: nothing is known
    document = yaml.safe_load(write(system, "mot"))
    patch = document["release"].pop("osaid-manifest-patch")
    native = read(yaml.safe_dump(document), "mot").system
    assert native.components["training-code"].license == "NOASSERTION"
    assert evaluate(native).verdict == evaluate(system).verdict
    # osaid's extension restores them as undeclared
    assert patch["components"]["training-code"] is None
    assert read(write(system, "mot"), "mot").system == system
