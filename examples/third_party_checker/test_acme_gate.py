"""Property tests of Acme's release gate, written with osaid's hypothesis strategies.

Run with ``python -m pytest examples/third_party_checker``; osaid's own suite runs them too.
"""

from __future__ import annotations

from acme_gate import deployable, release_deployable
from hypothesis import given
from hypothesis import strategies as st

from osaid import AISystem, Verdict, evaluate
from osaid.strategies import license_expressions, manifests

combinable = license_expressions(special_values=False)


@given(combinable, combinable)
def test_or_is_a_choice_and_and_a_sum(a: str, b: str) -> None:
    assert deployable(f"({a}) OR ({b})") == (deployable(a) or deployable(b))
    assert deployable(f"({a}) AND ({b})") == (deployable(a) and deployable(b))


@given(
    st.sampled_from(["not-open", "undetermined"]).flatmap(
        lambda verdict: license_expressions("code", verdict)
    )
)
def test_never_ships_what_is_not_open_source(expression: str) -> None:
    # Acme clears OSI-approved licences only: what osaid does not find open is never cleared
    assert not deployable(expression)


@given(manifests())
def test_a_deployable_release_ships_open_weights_and_code(system: AISystem) -> None:
    if release_deployable(system):
        verdicts = {c.id: c.verdict for c in evaluate(system).components}
        assert verdicts["model-parameters"] is Verdict.OPEN
        assert verdicts["inference-code"] is Verdict.OPEN
