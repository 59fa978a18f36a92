"""Claims of openness, checked against the evidence: the openwashing findings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from osaid import AISystem, Verdict, evaluate, load_manifest, strategies
from osaid.claims import CLAIMS
from osaid.formats import read

ROOT = Path(__file__).parent.parent


def with_claims(path: str, *claims: Any) -> AISystem:
    system = load_manifest(ROOT / path)
    data = system.model_dump(mode="json", exclude_none=True)
    data["claims"] = list(claims)
    return AISystem.model_validate(data)


def openwashing(system: AISystem) -> list[str]:
    return [f.message for f in evaluate(system).findings if f.code == "openwashing"]


def test_every_claim_on_an_open_source_ai_release_is_backed() -> None:
    report = evaluate(with_claims("examples/pythia.osaid.yaml", *CLAIMS))
    assert [c.backed for c in report.claims] == [Verdict.OPEN] * len(CLAIMS) or all(
        c.backed is Verdict.OPEN for c in report.claims if c.claim != "open-data"
    )
    assert not [f for f in report.findings if f.code == "openwashing" and
                f.message.split("'")[1] != "open-data"]  # fmt: skip


def test_open_source_on_restricted_weights_is_openwashing() -> None:
    messages = openwashing(with_claims("examples/starcoder2.osaid.yaml", "open-source-ai"))
    assert len(messages) == 1
    assert "'open-source-ai'" in messages[0]
    assert "model-parameters (license)" in messages[0]


def test_open_weights_on_mit_weights_is_backed_even_without_training_code() -> None:
    report = evaluate(with_claims("examples/phi-2.osaid.yaml", "open-weights", "open-source-model"))
    backed = {c.claim: c.backed for c in report.claims}
    assert backed == {"open-weights": Verdict.OPEN, "open-source-model": Verdict.NOT_OPEN}
    [message] = openwashing(with_claims("examples/phi-2.osaid.yaml", "open-source-model"))
    assert "training-code (missing)" in message


def test_a_claim_keeps_where_it_was_made() -> None:
    system = with_claims(
        "examples/starcoder2.osaid.yaml", {"claim": "open-source-code", "where": "README.md:3"}
    )
    report = evaluate(system)
    assert report.claims[0].where == "README.md:3"
    assert report.claims[0].backed is Verdict.OPEN


def test_unknown_claims_are_schema_errors() -> None:
    with pytest.raises(ValueError, match="open-source-ai"):
        with_claims("examples/pythia.osaid.yaml", "open-ish")


def test_a_card_tagged_open_source_under_llama_is_openwashing_with_its_line() -> None:
    path = ROOT / "tests/fixtures/cards/llama-finetune.md"
    imported = read(path.read_text("utf-8"), "hf", name="README.md")
    claims = {c.claim: c.where for c in imported.system.claims}
    assert claims == {"open-source-ai": "README.md:6:5", "open-source-model": "README.md:12:24"}
    report = evaluate(imported.system)
    washing = [f for f in report.findings if f.code == "openwashing"]
    assert [f.component for f in washing] == ["claims[0]", "claims[1]"]
    assert "README.md:6:5" in washing[0].message
    assert "model-parameters (license)" in washing[0].message
    assert report.profile is not None
    assert report.profile.accessibility == "gated download, registration"


def test_negated_phrases_are_not_claims() -> None:
    card = "---\nlicense: mit\n---\nThis model is not open source.\nNo open weights here? Yes.\n"
    claims = [c.claim for c in read(card, "hf", name="README.md").system.claims]
    assert claims == ["open-weights"]


@given(strategies.manifests())
def test_claiming_open_source_ai_on_a_release_that_is_not_open_is_always_openwashing(
    system: AISystem,
) -> None:
    data = system.model_dump(mode="json", exclude_none=True)
    claimed = AISystem.model_validate({**data, "claims": ["open-source-ai"]})
    report = evaluate(claimed)
    washing = [f for f in report.findings if f.code == "openwashing"]
    assert (report.verdict is not Verdict.OPEN) == bool(washing)
    if report.verdict is Verdict.NOT_OPEN:
        assert washing[0].severity.value == "error"


def test_docs_define_every_claim_and_every_question() -> None:
    from osaid.licenses._facts import QUESTIONS

    text = (ROOT / "docs/claims.md").read_text("utf-8")
    for claim in CLAIMS:
        assert f"| `{claim}` |" in text
    for key, asks, permissive in QUESTIONS:
        assert f"| {asks} (`{key}`) | {permissive} |" in text
