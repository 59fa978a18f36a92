"""Screen a folder of Hugging Face model cards: which could be Open Source AI, which cannot.

Usage: python examples/screen_cards.py FOLDER

For each README.md under FOLDER it prints the verdict, the licence of the weights, and any
claim of openness that outruns the evidence (openwashing). A card says little beyond its
licence, so most come out undetermined; a weights licence that can never be open (Llama,
Gemma, OpenRAIL, non-commercial) makes a card not open whatever else is published.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from osaid import ManifestError, evaluate
from osaid.formats import read


def screen(folder: Path) -> list[str]:
    """One line per card, then a summary line."""
    lines = []
    verdicts: Counter[str] = Counter()
    for card in sorted(folder.rglob("README.md")):
        name = str(card.relative_to(folder).parent)
        try:
            imported = read(card.read_text("utf-8"), "hf", name=str(card))
        except ManifestError as exc:
            lines.append(f"{name}: unreadable: {exc.problems[0].message}")
            verdicts["unreadable"] += 1
            continue
        report = evaluate(imported.system)
        weights = next(c for c in report.components if c.id == "model-parameters")
        washing = [c.claim for c in report.claims if c.backed.value != "open"]
        note = f"; claims not backed: {', '.join(washing)}" if washing else ""
        lines.append(
            f"{name}: {report.verdict.value} (weights: {weights.license or 'no licence'}, "
            f"{weights.verdict.value}){note}"
        )
        verdicts[report.verdict.value] += 1
    lines.append(", ".join(f"{n} {v}" for v, n in sorted(verdicts.items())))
    return lines


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print("\n".join(screen(Path(sys.argv[1]))))
