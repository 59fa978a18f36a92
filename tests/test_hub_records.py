"""Hub model records as evidence: osaid.formats.hub."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from osaid import ManifestError
from osaid.formats.hub import is_weights, iter_hub_records, read_hub_line, read_hub_record

MODELS = Path(__file__).parent / "fixtures" / "hub" / "models"


def record(model_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((MODELS / f"{model_id}.json").read_text("utf-8"))
    return data


def card(model_id: str) -> str:
    return (MODELS / f"{model_id}.README.md").read_text("utf-8")


def codes(imported: Any) -> list[str]:
    return [f.code for f in imported.findings]


def finding(imported: Any, code: str) -> Any:
    return next(f for f in imported.findings if f.code == code)


# --- what a record adds to its card ----------------------------------------------------------


def test_an_open_record_gives_licence_weights_and_metadata_pinned_to_its_commit() -> None:
    data = record("EleutherAI/pythia-1b")
    imported = read_hub_record(data)
    system = imported.system
    params = system.components["model-parameters"]
    tree = f"https://huggingface.co/EleutherAI/pythia-1b/tree/{data['sha']}"
    assert params.license == "Apache-2.0"
    assert params.location == (tree,)
    assert system.components["model-metadata"].location == (
        f"https://huggingface.co/EleutherAI/pythia-1b/blob/{data['sha']}/config.json",
    )
    assert "model-architecture" not in system.components  # config.json is not its code
    assert system.system.name == "EleutherAI/pythia-1b"
    assert system.access is not None
    assert (system.access.gated, system.access.approval) == (False, None)
    weights = finding(imported, "hub-weights")
    assert "model.safetensors" in weights.message
    assert "pytorch_model.bin" in weights.message
    assert "tokenizer.json" not in weights.message
    assert "gpt_neox" in finding(imported, "hub-config").message


def test_without_a_commit_the_location_is_the_repository() -> None:
    data = record("EleutherAI/pythia-1b")
    del data["sha"]
    imported = read_hub_record(data, endpoint="http://127.0.0.1:1234/")
    params = imported.system.components["model-parameters"]
    assert params.location == ("http://127.0.0.1:1234/EleutherAI/pythia-1b",)


@pytest.mark.parametrize(
    ("name", "weights"),
    [
        ("model-00001-of-00004.safetensors", True),
        ("model.safetensors.index.json", True),
        ("pytorch_model.bin.index.json", True),
        ("original/consolidated.00.pth", True),
        ("ggml-model-Q4_K_M.gguf", True),
        ("tf_model.h5", True),
        ("flax_model.msgpack", True),
        ("onnx/decoder_model.onnx", True),
        ("sd_xl_base_1.0.ckpt", True),
        ("checkpoint-500/optimizer.pt", False),
        ("training_args.bin", False),
        ("rng_state_0.pth", False),
        ("config.json", False),
        ("tokenizer.model", False),
        ("model.safetensors.md", False),
    ],
)
def test_weights_files(name: str, weights: bool) -> None:
    assert is_weights(name) is weights


def test_a_repository_without_weights_says_so_and_declares_no_parameters_location() -> None:
    data = record("EleutherAI/pythia-1b")
    data["siblings"] = [{"rfilename": "README.md"}, {"rfilename": "tokenizer.json"}]
    imported = read_hub_record(data)
    assert imported.system.components["model-parameters"].location is None
    assert "hub-no-weights" in codes(imported)
    assert "model-metadata" not in imported.system.components


def test_the_licence_comes_from_license_tags_when_the_card_names_none() -> None:
    data = record("EleutherAI/pythia-1b")
    del data["cardData"]["license"]
    imported = read_hub_record(data)
    assert imported.system.components["model-parameters"].license == "Apache-2.0"
    assert "hub-license-from-tags" in codes(imported)
    assert "hf-license-scope" in codes(imported)


def test_the_cards_licence_wins_over_the_tags() -> None:
    data = record("EleutherAI/pythia-1b")
    data["tags"].append("license:llama3.2")
    imported = read_hub_record(data)
    assert imported.system.components["model-parameters"].license == "Apache-2.0"
    assert "hub-license-from-tags" not in codes(imported)


def test_several_license_tags_are_all_in_force() -> None:
    data = {"id": "a/b", "tags": ["license:mit", "license:cc-by-4.0"]}
    imported = read_hub_record(data)
    assert imported.system.components["model-parameters"].license == "MIT AND CC-BY-4.0"
    tagged = finding(imported, "hub-license-tags-and")
    assert tagged.interpretation


def test_base_model_tags_give_the_base_model_and_the_card_wins() -> None:
    data = {
        "id": "someone/tuned",
        "tags": [
            "base_model:finetune:meta-llama/Llama-3.2-3B",
            "base_model:meta-llama/Llama-3.2-3B",
        ],
    }
    imported = read_hub_record(data)
    base = imported.system.system.base_model
    assert base is not None
    assert base.name == "meta-llama/Llama-3.2-3B"
    assert "hub-base-model-from-tags" in codes(imported)
    data["cardData"] = {"base_model": "other/base"}
    imported = read_hub_record(data)
    base = imported.system.system.base_model
    assert base is not None
    assert base.name == "other/base"
    assert "hub-base-model-from-tags" not in codes(imported)


@pytest.mark.parametrize(
    ("gated", "approval"), [("manual", "manual"), ("auto", "automatic"), (True, None)]
)
def test_the_gate_is_a_fact(gated: Any, approval: str | None) -> None:
    data = record("EleutherAI/pythia-1b")
    data["gated"] = gated
    access = read_hub_record(data).system.access
    assert access is not None
    assert (access.gated, access.approval, access.registration) == (True, approval, True)


def test_the_apis_gate_replaces_the_cards_gating_fields() -> None:
    data = record("meta-llama/Llama-3.2-3B-Instruct")
    imported = read_hub_record(data)
    assert "hf-gated" not in codes(imported)  # the card's fields said less than the API does
    assert "hub-gated-manual" in codes(imported)
    del data["gated"]  # as a card alone: a gate, but not which kind
    imported = read_hub_record(data)
    assert "hf-gated" in codes(imported)
    access = imported.system.access
    assert access is not None
    assert (access.gated, access.approval) == (True, None)


@pytest.mark.parametrize("key", ["private", "disabled"])
def test_a_private_or_disabled_repository_is_not_released(key: str) -> None:
    data = record("EleutherAI/pythia-1b")
    data[key] = True
    imported = read_hub_record(data)
    params = imported.system.components["model-parameters"]
    assert params.status.value == "not-released"
    assert params.location is None
    assert key in (params.notes or "")
    assert f"hub-{key}" in codes(imported)
    assert "hub-weights-withheld" in codes(imported)
    assert "model-metadata" not in imported.system.components


def test_the_card_when_fetched_is_read_in_place_of_card_data() -> None:
    data = record("EleutherAI/pythia-1b")
    data["cardData"] = {"license": "mit"}  # a record out of step with its card: the card wins
    imported = read_hub_record(data, card=card("EleutherAI/pythia-1b"))
    assert imported.system.components["model-parameters"].license == "Apache-2.0"
    scope = finding(imported, "hf-license-scope")
    assert scope.source == "hf:EleutherAI/pythia-1b/README.md:8:10"


def test_the_name_prefixes_every_location() -> None:
    imported = read_hub_record(record("EleutherAI/pythia-1b"), name="hf:EleutherAI/pythia-1b@v1")
    assert {f.source.split(":1:1")[0] for f in imported.findings if f.source} == {
        "hf:EleutherAI/pythia-1b@v1"
    }


# --- camelCase from the API, snake_case from dataclasses.asdict(ModelInfo) ---------------------

_SNAKE = {"cardData": "card_data", "lastModified": "last_modified", "createdAt": "created_at"}


def snake_case(data: dict[str, Any]) -> dict[str, Any]:
    """The record as ``dataclasses.asdict(huggingface_hub.ModelInfo)`` spells it: snake_case
    keys, no ``modelId``, every field present (``None`` where the API said nothing), and
    siblings with all of ``RepoSibling``'s fields."""
    out = {
        _SNAKE.get(k, k): v for k, v in copy.deepcopy(data).items() if k not in ("modelId", "_id")
    }
    for field in ("base_models", "downloads", "likes", "gguf", "safetensors", "spaces"):
        out.setdefault(field, None)
    out["siblings"] = [
        {"rfilename": s["rfilename"], "size": None, "blob_id": None, "lfs": None}
        for s in data["siblings"]
    ]
    return out


@pytest.mark.parametrize(
    "model",
    [
        "EleutherAI/pythia-1b",
        "meta-llama/Llama-3.2-3B-Instruct",
        "black-forest-labs/FLUX.1-schnell",
        "bigscience/bloom-560m",
    ],
)
def test_snake_case_and_camel_case_records_give_the_same_system(model: str) -> None:
    camel = read_hub_record(record(model))
    snake = read_hub_record(snake_case(record(model)))
    assert snake.system == camel.system
    assert codes(snake) == codes(camel)


# --- hostile records -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"gated": "sometimes"}, "gated", 'gated must be false, "auto" or "manual"'),
        ({"gated": 1}, "gated", "gated must be"),
        ({"tags": "license:mit"}, "tags", "tags must be a list of text, not text"),
        ({"tags": ["ok", 7]}, "tags[1]", "a tag must be text, not a number"),
        ({"siblings": {"rfilename": "x"}}, "siblings", "siblings must be a list of files"),
        ({"siblings": [{"rfilename": "a"}, "b"]}, "siblings[1]", 'with its "rfilename"'),
        ({"private": "no"}, "private", "private must be true or false, not text"),
        ({"cardData": ["license", "mit"]}, "cardData", "cardData must be an object, not a list"),
        ({"sha": 12}, "sha", "sha must be text, not a number"),
        ({"id": None, "modelId": None}, "", "needs its id"),
    ],
)
def test_a_record_of_the_wrong_shape_is_a_located_error(
    change: dict[str, Any], field: str, words: str
) -> None:
    data = {**record("EleutherAI/pythia-1b"), **change}
    with pytest.raises(ManifestError) as caught:
        read_hub_record(data)
    problem = caught.value.problems[0]
    assert problem.path == "hf:EleutherAI/pythia-1b" or field == ""
    assert problem.field == field
    assert words in problem.message


def test_a_record_that_is_not_an_object_is_an_error() -> None:
    with pytest.raises(ManifestError, match="a Hub model record is a JSON object, not list"):
        read_hub_record([1, 2], name="x.jsonl:3")  # type: ignore[arg-type]


def test_a_huge_tag_list_is_read_with_bounded_messages() -> None:
    tags = [f"tag{i}" for i in range(100_000)]
    tags += [f"base_model:org/base{i}" for i in range(1000)]
    imported = read_hub_record({"id": "a/b", "tags": tags, "cardData": {"license": "mit"}})
    base = finding(imported, "hub-base-model-from-tags")
    assert "and 994 more" in base.message
    assert len(base.message) < 400


# --- JSON Lines ------------------------------------------------------------------------------


def test_a_line_locates_its_findings_and_errors_in_the_file() -> None:
    line = json.dumps(record("meta-llama/Llama-3.2-3B-Instruct"))
    imported = read_hub_line(line, "hub.jsonl", 7)
    gate = finding(imported, "hub-gated-manual")
    column = line.index('"manual"') + 1
    assert gate.source == f"hub.jsonl:7:{column}"
    # a node below the top is located at its top-level field: cardData's
    scope = finding(imported, "hf-license-scope")
    card_data = line.index("{", line.index('"cardData"')) + 1
    assert scope.source == f"hub.jsonl:7:{card_data}"
    bad = json.dumps({"id": "a/b", "tags": ["x", None]})
    with pytest.raises(ManifestError) as caught:
        read_hub_line(bad, "hub.jsonl", 9)
    problem = caught.value.problems[0]
    assert (problem.line, problem.column) == (9, bad.index("null") + 1)


def test_records_stream_one_outcome_per_line_and_go_on_after_a_bad_one(tmp_path: Path) -> None:
    lines = [
        json.dumps(record("EleutherAI/pythia-1b")),
        "",
        "[1, 2]",
        "{not json",
        json.dumps({"id": "a/b", "gated": "sometimes"}),
        json.dumps(record("bigscience/bloom-560m")),
    ]
    path = tmp_path / "hub.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    for source in (path, str(path), lines):
        outcomes = list(iter_hub_records(source))  # type: ignore[arg-type]
        kinds = [type(o).__name__ for o in outcomes]
        assert kinds == ["Imported", "ManifestError", "ManifestError", "ManifestError", "Imported"]
        errors = [o.problems[0] for o in outcomes if isinstance(o, ManifestError)]
        assert [(p.line, p.column) for p in errors] == [(3, 1), (4, 2), (5, 24)]
    hostile = [
        '{"id": "a/b", "id": "c/d"}',  # a key twice: JSON keeps the last, osaid refuses it
        "[" * 100_000 + "]" * 100_000,
        '{"id": "a/b", "downloads": NaN}',
        json.dumps({"id": "a/b", "tags": [f"t{i}" for i in range(300_000)]}),  # over the cap
        json.dumps({"id": "a/b", "tags": [f"t{i}" for i in range(90_000)]}),
    ]
    outcomes = list(iter_hub_records(hostile, name="hostile.jsonl"))
    assert [type(o).__name__ for o in outcomes] == [*["ManifestError"] * 4, "Imported"]
    assert [str(o).split(": ", 1)[0] for o in outcomes[:4]] == [
        "hostile.jsonl:1:15",
        "hostile.jsonl:2:65",
        "hostile.jsonl:3:28",
        "hostile.jsonl:4:1",
    ]
    missing = list(iter_hub_records(tmp_path / "absent.jsonl"))
    assert isinstance(missing[0], ManifestError)
    assert "cannot read" in str(missing[0])


def test_the_records_huggingface_hub_exports_read_as_the_apis() -> None:
    """``dataclasses.asdict`` of the client's own ``ModelInfo``, as people export listings."""
    import dataclasses

    hub = pytest.importorskip("huggingface_hub")
    for model in ("EleutherAI/pythia-1b", "meta-llama/Llama-3.2-3B-Instruct"):
        info = hub.ModelInfo(**record(model))
        exported = {**dataclasses.asdict(info), "card_data": info.card_data.to_dict()}
        line = json.dumps(exported, default=str)
        assert read_hub_line(line, "x.jsonl", 1).system == read_hub_record(record(model)).system
        # asdict alone loses the card data: the licence then comes from the tags
        bare = json.loads(json.dumps(dataclasses.asdict(info), default=str))
        assert not bare["card_data"]
        imported = read_hub_record(bare)
        assert "hub-license-from-tags" in codes(imported)
        expected = read_hub_record(record(model)).system.components["model-parameters"]
        assert imported.system.components["model-parameters"].license == expected.license


def test_one_record_is_read_and_json_lines_of_several_say_where_the_second_starts() -> None:
    from osaid.formats import read

    one = {"id": "a/b", "gated": False}
    assert read(json.dumps(one, indent=2), "hf-api").system.system.name == "a/b"
    two = json.dumps(one) + "\n\n" + json.dumps({"id": "c/d"}) + "\n"
    with pytest.raises(ManifestError) as caught:
        read(two, "hf-api", name="many.jsonl")
    (problem,) = caught.value.problems
    assert (problem.path, problem.line, problem.column) == ("many.jsonl", 3, 1)
    assert "osaid check --from hf-api" in problem.message
