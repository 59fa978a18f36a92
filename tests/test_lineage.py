"""A release evaluated with the base models its manifest names."""

from __future__ import annotations

from pathlib import Path

import pytest

from osaid import ManifestError, Verdict
from osaid.lineage import MAX_LINEAGE, evaluate_lineage

OPEN_BASE = """\
manifest-version: 1
system: {name: Base}
license: Apache-2.0
components:
  model-architecture: {location: https://example.org/a}
  model-parameters: {location: https://example.org/w}
  training-code: {location: https://example.org/t}
  inference-code: {location: https://example.org/i}
  data-preprocessing-code: {location: https://example.org/p}
  supporting-libraries: {status: not-applicable, reason: none used}
  datasets: {location: https://example.org/d}
"""


def _tuned(base: str | None) -> str:
    reference = f"{{name: Base, manifest: {base}}}" if base else "Base"
    return OPEN_BASE.replace("{name: Base}", f"{{name: Tuned, base-model: {reference}}}")


def test_an_open_base_model_keeps_an_open_release_open(tmp_path: Path) -> None:
    (tmp_path / "base.yaml").write_text(OPEN_BASE)
    (tmp_path / "tuned.yaml").write_text(_tuned("base.yaml"))
    assert evaluate_lineage(tmp_path / "tuned.yaml").verdict is Verdict.OPEN


def test_a_base_model_without_a_manifest_leaves_the_release_undetermined(tmp_path: Path) -> None:
    (tmp_path / "tuned.yaml").write_text(_tuned(None))
    report = evaluate_lineage(tmp_path / "tuned.yaml")
    assert report.verdict is Verdict.UNDETERMINED
    assert [b.component for b in report.blockers] == ["system.base-model"]


def test_a_closed_base_model_closes_the_release_two_levels_down(tmp_path: Path) -> None:
    (tmp_path / "root.yaml").write_text(
        OPEN_BASE.replace("datasets:", "x-datasets:").replace(
            "  x-datasets: {location: https://example.org/d}\n", ""
        )
        + "training-data: undisclosed\n"
    )
    (tmp_path / "base.yaml").write_text(_tuned("root.yaml").replace("name: Tuned", "name: Base"))
    (tmp_path / "tuned.yaml").write_text(_tuned("base.yaml"))
    report = evaluate_lineage(tmp_path / "tuned.yaml")
    assert report.verdict is Verdict.NOT_OPEN
    assert "base-model:base-model:training-data" in [b.component for b in report.blockers]


def test_a_cycle_of_base_models_is_a_located_error(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(_tuned("b.yaml"))
    (tmp_path / "b.yaml").write_text(_tuned("a.yaml"))
    with pytest.raises(ManifestError, match="cycle"):
        evaluate_lineage(tmp_path / "a.yaml")
    assert MAX_LINEAGE >= 2
