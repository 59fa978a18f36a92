"""The manifest model: SPEC §3's field rules, through the Python API."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from osaid import AISystem, Status


def manifest(**extra: Any) -> dict[str, Any]:
    return {"manifest-version": 1, "system": {"name": "Tiny"}, **extra}


def test_minimal_manifest_declares_nothing() -> None:
    system = AISystem.model_validate(manifest())
    assert system.system.name == "Tiny"
    assert len(system.components) == 0
    assert system.components.get("model-parameters") is None
    assert "model-parameters" not in system.components
    assert system.training_data is None
    assert system.data_information is None


def test_keys_are_kebab_case_and_attributes_snake_case() -> None:
    system = AISystem.model_validate(
        manifest(
            **{
                "components": {"model-parameters": {"license": "MIT"}},
                "data-information": {"scope-and-characteristics": ["model-parameters"]},
            }
        )
    )
    assert system.components.model_parameters is not None  # type: ignore[attr-defined]
    assert system.data_information is not None
    assert system.data_information.scope_and_characteristics == ("model-parameters",)
    dumped = system.model_dump(mode="json", exclude_none=True)
    assert "data-information" in dumped
    assert "scope-and-characteristics" in dumped["data-information"]


def test_models_are_frozen() -> None:
    system = AISystem.model_validate(manifest())
    with pytest.raises(ValidationError, match="frozen"):
        system.license = "MIT"  # type: ignore[misc]


def test_a_numeric_version_is_taken_as_text() -> None:
    assert (
        AISystem.model_validate(manifest(system={"name": "X", "version": 12})).system.version
        == "12"
    )


def test_a_single_location_becomes_a_list() -> None:
    system = AISystem.model_validate(
        manifest(components={"inference-code": {"location": "https://example.org/c"}})
    )
    assert system.components["inference-code"].location == ("https://example.org/c",)


def test_component_status_defaults_to_released() -> None:
    system = AISystem.model_validate(manifest(components={"training-code": {}}))
    assert system.components["training-code"].status is Status.RELEASED


@pytest.mark.parametrize(
    ("data", "loc", "fragment"),
    [
        (manifest(**{"manifest-version": 2}), ("manifest-version",), "1"),
        (manifest(system={}), ("system", "name"), "required"),
        (manifest(colour="red"), ("colour",), "Extra inputs"),
        (manifest(components={"labeling-code": {}}), ("components", "labeling-code"), "Extra"),
        (manifest(license="Apache2"), ("license",), "did you mean 'Apache-2.0'"),
        (manifest(license="MIT AND"), ("license",), "missing an operand"),
        (
            manifest(components={"model-parameters": {"status": "not-applicable", "reason": "x"}}),
            ("components", "model-parameters", "status"),
            "released",
        ),
        (
            manifest(components={"evaluation-code": {"status": "not-applicable"}}),
            ("components", "evaluation-code"),
            "needs a reason",
        ),
        (manifest(**{"training-data": []}), ("training-data",), "at least 1"),
        (
            manifest(**{"training-data": [{"name": "X", "class": "secret"}]}),
            ("training-data", "tuple[TrainingDataSet, ...]", 0, "class"),
            "open",
        ),
        (
            manifest(**{"data-information": {"provenance": ["somewhere"]}}),
            (
                "data-information",
                "provenance",
                "tuple[function-after[_check_reference(), str], ...]",
                0,
            ),
            "neither a component id nor an http(s) URL",
        ),
    ],
)
def test_schema_errors_name_their_field(
    data: dict[str, Any], loc: tuple[Any, ...], fragment: str
) -> None:
    with pytest.raises(ValidationError) as info:
        AISystem.model_validate(data)
    errors = info.value.errors()
    matching = [e for e in errors if tuple(e["loc"])[: len(loc)] == loc]
    assert matching, errors
    assert any(fragment in e["msg"] for e in matching), matching


def test_supporting_libraries_and_optional_components_may_be_not_applicable() -> None:
    system = AISystem.model_validate(
        manifest(
            components={
                "supporting-libraries": {"status": "not-applicable", "reason": "none used"},
                "sample-outputs": {"status": "not-applicable", "reason": "a classifier"},
            }
        )
    )
    assert system.components["supporting-libraries"].status is Status.NOT_APPLICABLE


def test_labeling_alone_may_be_not_applicable() -> None:
    AISystem.model_validate(manifest(**{"data-information": {"labeling": "not-applicable"}}))
    with pytest.raises(ValidationError):
        AISystem.model_validate(manifest(**{"data-information": {"selection": "not-applicable"}}))


def test_a_topic_may_not_cite_a_not_applicable_component() -> None:
    with pytest.raises(ValidationError, match="not-applicable"):
        AISystem.model_validate(
            manifest(
                components={"model-card": {"status": "not-applicable", "reason": "none"}},
                **{"data-information": {"provenance": ["model-card"]}},
            )
        )


def test_hugging_face_ids_are_accepted_as_written() -> None:
    system = AISystem.model_validate(manifest(license="apache-2.0"))
    assert system.license == "apache-2.0"
