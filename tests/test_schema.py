"""The manifest's JSON Schema and its reference page: both follow the model, and cannot drift."""

from __future__ import annotations

import json
import re
import sys
import types
import typing
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from pydantic import BaseModel

from osaid.manifest import AISystem
from osaid.schema import manifest_schema

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).parent.parent
SCHEMA_FILE = ROOT / "schemas" / "manifest-1.schema.json"
EXAMPLES = sorted((ROOT / "examples").glob("*.osaid.*"))
BROKEN = ROOT / "tests" / "broken"

# The broken manifests whose problem the JSON Schema can see (the others are syntax, licence
# expressions, references or duplicate keys, which only osaid itself checks).
SCHEMA_ERRORS = [
    "manifest-version-missing.toml",
    "manifest-version.yaml",
    "merge-key.yaml",
    "not-applicable-required.yaml",
    "not-applicable-topic.yaml",
    "top-level-list.yaml",
    "top-level-text.json",
    "training-data.toml",
    "unknown-key.yaml",
    "wrong-types.yaml",
]


def data_of(path: Path) -> Any:
    text = path.read_text("utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    if path.suffix == ".toml":
        return tomllib.loads(text)
    return yaml.safe_load(text)


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_the_committed_schema_is_what_osaid_schema_prints() -> None:
    committed = json.loads(SCHEMA_FILE.read_text("utf-8"))
    assert committed == manifest_schema(), "regenerate it: osaid schema > " + str(
        SCHEMA_FILE.relative_to(ROOT)
    )
    assert (
        SCHEMA_FILE.read_text("utf-8")
        == json.dumps(manifest_schema(), indent=2, ensure_ascii=False) + "\n"
    )


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_the_schema_accepts_every_example(validator: Draft202012Validator, path: Path) -> None:
    assert [e.message for e in validator.iter_errors(data_of(path))] == []


def test_the_schema_accepts_the_init_template(validator: Draft202012Validator) -> None:
    from osaid._init_template import TEMPLATE

    assert list(validator.iter_errors(yaml.safe_load(TEMPLATE))) == []
    full = yaml.safe_load(re.sub(r"(?m)^# ", "", TEMPLATE))
    assert list(validator.iter_errors(full)) == []


@pytest.mark.parametrize("name", SCHEMA_ERRORS)
def test_the_schema_rejects_broken_manifests(validator: Draft202012Validator, name: str) -> None:
    assert not validator.is_valid(data_of(BROKEN / name))


def test_every_schema_error_file_exists() -> None:
    assert all((BROKEN / name).is_file() for name in SCHEMA_ERRORS)


# --- docs/manifest.md documents exactly the model's keys ---------------------------------------


def _models(annotation: Any, through_list: bool = False) -> list[tuple[type[BaseModel], bool]]:
    """The models an annotation holds, and whether a list stands between."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [(annotation, through_list)]
    origin = typing.get_origin(annotation)
    found: list[tuple[type[BaseModel], bool]] = []
    for arg in typing.get_args(annotation):
        if arg is Ellipsis:
            continue
        found += _models(arg, through_list or origin in (tuple, list))
    if origin in (typing.Union, types.UnionType, typing.Annotated) or found:
        return found
    return []


def model_keys() -> set[str]:
    keys: set[str] = set()

    def walk(model: type[BaseModel], prefix: str) -> None:
        is_components = prefix == "components."
        for name, field in model.model_fields.items():
            key = prefix + (field.alias or name)
            keys.add(key)
            for inner, in_list in _models(field.annotation):
                if is_components:
                    walk(inner, "components.<id>.")
                else:
                    walk(inner, key + ("[]." if in_list else "."))

    walk(AISystem, "")
    return keys


def documented_keys() -> set[str]:
    text = (ROOT / "docs" / "manifest.md").read_text("utf-8")
    return set(re.findall(r"^\| `([^`]+)` \|", text, flags=re.MULTILINE))


def test_the_manifest_reference_documents_every_key_of_the_model() -> None:
    keys = model_keys()
    assert {"system.name", "components.<id>.license", "training-data[].class"} <= keys
    assert "components.model-parameters" in keys
    assert sorted(keys - documented_keys()) == [], "document these in docs/manifest.md"


def test_every_key_the_manifest_reference_documents_exists() -> None:
    assert sorted(documented_keys() - model_keys()) == [], "not in the model"
