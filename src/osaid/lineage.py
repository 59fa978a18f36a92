"""Releases derived from other releases: evaluating a release together with its base model.

A fine-tune's Data Information includes its base model's (OSAID 1.0: Data Information is about
all data used for training). When a manifest names the base model's own manifest
(``system.base-model.manifest``, relative to the manifest's folder), :func:`evaluate_lineage`
reads and evaluates the base model first, then the release with it.
"""

from __future__ import annotations

import os
from pathlib import Path

from osaid._evaluate import evaluate
from osaid.errors import ManifestError, Problem
from osaid.policy import Policy
from osaid.report import Report

__all__ = ["MAX_LINEAGE", "evaluate_lineage"]

MAX_LINEAGE = 16
"""How many base models deep a lineage may go: a longer chain is reported as a problem."""


def evaluate_lineage(path: str | os.PathLike[str], policy: Policy | str | None = None) -> Report:
    """Evaluate the manifest at ``path`` with the base models its lineage names.

    Args:
        path: an osaid manifest.
        policy: as for :func:`osaid.evaluate`.

    Returns:
        The release's report; its Data Information includes each base model's.

    Raises:
        ManifestError: for a manifest in the lineage that cannot be read, a base-model
            manifest that names itself or an earlier one (a cycle), or a chain longer than
            ``MAX_LINEAGE``.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "base.yaml").write_text(
    ...     "manifest-version: 1\\nsystem: {name: Base}\\ntraining-data: undisclosed\\n")
    >>> _ = (folder / "tuned.yaml").write_text(
    ...     "manifest-version: 1\\nsystem: {name: Tuned, base-model: {name: Base, "
    ...     "manifest: base.yaml}}\\n")
    >>> report = evaluate_lineage(folder / "tuned.yaml")
    >>> "base-model:training-data" in [b.component for b in report.blockers]
    True
    """
    return _evaluate(Path(path), policy, ())


def _evaluate(path: Path, policy: Policy | str | None, seen: tuple[Path, ...]) -> Report:
    from osaid.loader import load_manifest

    resolved = path.resolve()
    if resolved in seen:
        chain = " -> ".join(str(p) for p in (*seen, resolved))
        raise _problem(path, f"the base-model manifests form a cycle: {chain}")
    if len(seen) >= MAX_LINEAGE:
        raise _problem(path, f"the lineage is more than {MAX_LINEAGE} base models deep")
    system = load_manifest(path)
    declared = system.system.base_model
    base = None
    if declared is not None and declared.manifest is not None:
        base = _evaluate(path.parent / declared.manifest, policy, (*seen, resolved))
    return evaluate(system, policy, base_model=base)


def _problem(path: Path, message: str) -> ManifestError:
    return ManifestError([Problem(str(path), 0, 0, "system.base-model.manifest", message)])
