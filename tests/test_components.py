"""The component vocabulary: one table, as SPEC §2 gives it."""

from __future__ import annotations

from osaid.components import COMPONENTS, Element, Framework, Requirement, components_of


def test_vocabulary_has_the_seventeen_mof_components_in_order() -> None:
    assert list(COMPONENTS) == [
        "model-architecture", "model-parameters", "evaluation-results", "model-card",
        "data-card", "technical-report", "sample-outputs", "training-code", "inference-code",
        "evaluation-code", "evaluation-data", "supporting-libraries", "datasets",
        "data-preprocessing-code", "intermediate-parameters", "research-paper", "model-metadata",
    ]  # fmt: skip


def test_required_code_components_need_an_osi_approved_licence() -> None:
    code = {c.id for c in components_of(Element.CODE)}
    assert code == {
        "model-architecture", "training-code", "inference-code", "supporting-libraries",
        "data-preprocessing-code",
    }  # fmt: skip
    assert all(COMPONENTS[c].framework is Framework.OSI_LICENSE for c in code)


def test_parameters_and_data_information_need_open_terms() -> None:
    for element in (Element.PARAMETERS, Element.DATA_INFORMATION):
        assert all(c.framework is Framework.OPEN_TERMS for c in components_of(element))


def test_not_applicable_only_where_the_definition_allows_it() -> None:
    allowed = {c.id for c in COMPONENTS.values() if c.not_applicable_allowed}
    optional = {c.id for c in COMPONENTS.values() if c.required is Requirement.OPTIONAL}
    assert allowed == optional | {"supporting-libraries"}


def test_mof_names_are_the_mot_display_names() -> None:
    assert COMPONENTS["model-parameters"].mof_name == "Model parameters (Final)"
    assert COMPONENTS["intermediate-parameters"].mof_name == "Model parameters (Intermediate)"
    assert {c.mof_class for c in COMPONENTS.values()} == {"I", "II", "III"}
    optional = {c.id for c in COMPONENTS.values() if c.mof_optional}
    assert optional == {"sample-outputs", "supporting-libraries", "model-metadata"}
