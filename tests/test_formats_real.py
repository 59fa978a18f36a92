"""Published documents, read as they are: the MOT's catalogue, model cards, SPDX and CycloneDX.

The files under ``tests/data/real/`` are copies of real documents, unchanged, with their source
and commit in a ``SOURCE.md`` beside them. The facts checked here are computed from each raw
document independently of osaid's readers, so a reader that drifts from what the documents say
fails here.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from osaid import ManifestError, Status, evaluate
from osaid.components import COMPONENTS
from osaid.formats import read
from osaid.formats.mot import mot_word, names_itself

REAL = Path(__file__).parent / "data" / "real"
MOT = sorted((REAL / "mot" / "models").glob("*.yml"))
CARDS = sorted(p for p in (REAL / "hf").glob("*.md") if p.name != "SOURCE.md")
_BY_NAME = {" ".join(s.mof_name.casefold().split()): cid for cid, s in COMPONENTS.items()}


def _raw(path: Path) -> dict[str, Any]:
    release: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))["release"]
    return release


def _listed(release: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Listed components by id, straight from the YAML (the first of a duplicate counts)."""
    found: dict[str, dict[str, Any]] = {}
    for item in release.get("components") or []:
        cid = _BY_NAME.get(" ".join(str(item.get("name", "")).casefold().split()))
        if cid is not None:
            found.setdefault(cid, item)
    return found


def test_the_catalogue_is_all_there() -> None:
    assert len(MOT) == 273
    assert (REAL / "mot" / "LICENSE").read_text("utf-8").count(
        "Permission is hereby granted, free of charge"
    ) == 1
    assert "8b5d30e" in (REAL / "mot" / "SOURCE.md").read_text("utf-8")


@pytest.mark.parametrize("path", MOT, ids=[p.stem for p in MOT])
def test_every_mot_file_reads_and_keeps_the_mots_conventions(path: Path) -> None:
    release = _raw(path)
    system = read(path.read_text("utf-8"), "mot", name=path.name).system
    listed = _listed(release)
    for cid, spec in COMPONENTS.items():
        entry = system.components.get(cid)
        if cid in listed:
            assert entry is not None, cid
            continue
        if spec.mof_optional:  # silence says nothing about the MOF's optional components
            assert entry is None, cid
        else:  # the MOT counts an unlisted component as missing
            assert entry is not None, cid
            assert entry.status is Status.NOT_RELEASED, cid
    for cid, item in listed.items():
        text = str(item.get("license") or "")
        word = mot_word(text) if text else None
        entry = system.components[cid]
        if word == "not-included":
            assert entry.status is Status.NOT_RELEASED, (cid, text)
        elif word is not None:
            expected = {"unlicensed": "NONE", "noassertion": "NOASSERTION"}
            assert entry.license == expected.get(word, "LicenseRef-proprietary"), (cid, text)
    origin = str(release.get("origin") or "").strip()
    if origin and not names_itself(origin, str(release["name"])):
        assert system.system.base_model is not None
        assert system.system.base_model.name == origin
    else:
        assert system.system.base_model is None


def test_every_spelling_of_not_included_in_the_catalogue_is_recognised() -> None:
    spellings = Counter(
        str(item.get("license"))
        for path in MOT
        for item in _raw(path).get("components") or []
        if re.search(r"not\s+includ", str(item.get("license") or ""), re.IGNORECASE)
    )
    assert len(spellings) >= 5  # the catalogue's own variety, as published
    assert all(mot_word(text) == "not-included" for text in spellings)


def test_facts_of_named_releases() -> None:
    def system(stem: str) -> Any:
        path = REAL / "mot" / "models" / f"{stem}.yml"
        return read(path.read_text("utf-8"), "mot", name=path.name)

    arctic = system("Arctic-Instruct")
    assert arctic.system.system.base_model.name == "Arctic-Base"
    amber = system("Amber")  # origin: Amber, the release itself: a pre-trained model
    assert amber.system.system.base_model is None
    assert "mot-origin-self" in {f.code for f in amber.findings}
    phi = system("Phi-2")
    unlisted = [f for f in phi.findings if f.code == "mot-unlisted-not-released"]
    assert unlisted
    assert unlisted[0].interpretation


def test_at_most_15_percent_of_the_catalogue_is_undetermined() -> None:
    verdicts = Counter(
        evaluate(read(p.read_text("utf-8"), "mot", name=p.name).system).verdict.value for p in MOT
    )
    assert verdicts["undetermined"] <= 0.15 * len(MOT), verdicts


# --- Hugging Face cards --------------------------------------------------------------------


@pytest.mark.parametrize("path", CARDS, ids=[p.stem for p in CARDS])
def test_every_card_reads(path: Path) -> None:
    front = path.read_text("utf-8").split("---\n")[1]
    meta = yaml.safe_load(front)
    system = read(path.read_text("utf-8"), "hf", name="README.md").system
    bases = meta.get("base_model")
    bases = [bases] if isinstance(bases, str) else [b for b in bases or [] if b]
    if bases:
        assert system.system.base_model is not None
        assert system.system.base_model.name == bases[0]
    else:
        assert system.system.base_model is None
    assert (system.access is not None) == any(
        k == "gated" or k.startswith("extra_gated_") for k in meta
    )
    if meta.get("license") not in (None, "other"):
        assert system.components["model-parameters"].license is not None


def _card(name: str) -> Any:
    return read((REAL / "hf" / name).read_text("utf-8"), "hf", name="README.md")


def test_a_merge_keeps_its_first_base_model_and_names_the_others() -> None:
    imported = _card("mistral-ft-optimized-1227.md")
    assert imported.system.system.base_model.name == "teknium/OpenHermes-2.5-Mistral-7B"
    base = next(f for f in imported.findings if f.code == "hf-base-model")
    assert "openchat/openchat-3.5-1210" in base.message
    assert "not carried" in base.message


def test_a_named_other_licence_is_kept_opaque() -> None:
    imported = _card("Bagel-Hermes-2x34b.md")
    assert imported.system.components["model-parameters"].license.startswith("LicenseRef-")
    assert {"hf-license-other", "hf-license-link"} <= {f.code for f in imported.findings}


def test_pythia_cards_licence_is_the_weights_licence() -> None:
    imported = _card("EleutherAI-pythia-12b.md")
    assert imported.system.components["model-parameters"].license == "Apache-2.0"
    assert imported.system.system.base_model is None


# --- SPDX and CycloneDX examples -----------------------------------------------------------


def test_spdx_examples_read() -> None:
    simplehtr = read((REAL / "spdx" / "ai-example01-simplehtr.spdx3.json").read_text("utf-8"))
    assert simplehtr.system.system.name == "word-model"
    assert simplehtr.system.components["model-parameters"].license == "MIT"
    assert "spdx-ai-package-ignored" in {f.code for f in simplehtr.findings}  # line-model
    demo = read((REAL / "spdx" / "ai-example02-sentimentdemo.spdx3.json").read_text("utf-8"))
    assert demo.system.components["model-parameters"].license == "CC0-1.0"


def test_an_spdx_document_without_a_model_is_a_located_error() -> None:
    path = REAL / "spdx" / "dataset-example01.spdx3.json"
    with pytest.raises(ManifestError) as caught:
        read(path.read_text("utf-8"), "spdx", name=path.name)
    assert "no ai_AIPackage" in str(caught.value)
    assert str(caught.value).startswith(f"{path.name}:")


def test_cyclonedx_examples_read() -> None:
    bom = (REAL / "cyclonedx" / "valid-machine-learning-1.6.json").read_text("utf-8")
    imported = read(bom)
    assert imported.system.system.name == "stable-diffusion"
    url = json.loads(bom)["components"][0]["modelCard"]["modelParameters"]["datasets"][0]
    assert imported.system.components["datasets"].location == (url["contents"]["url"],)
    env = read(
        (REAL / "cyclonedx" / "valid-machine-learning-considerations-env-1.6.json").read_text(
            "utf-8"
        )
    )
    assert env.system.system.name == "Llama-2-7b"
