"""Derive benchmarks/corpus.py's parameters from a checkout of the Model Openness Tool.

    git -C MOT archive HEAD models | tar -x -C /tmp/mot
    python benchmarks/derive_corpus.py /tmp/mot/models

Reads every MOT model file with osaid's own MOT reader and prints the parameters that
``corpus.py`` holds as literals (the benchmark never reads the catalogue itself), then the
catalogue's own figures for the distribution that ``corpus.describe`` measures on a generated
corpus: distinct facts, distinct MOF patterns, releases with a ``NONE`` licence, declared
components per release.
"""

from __future__ import annotations

import argparse
import json
import pprint
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

from osaid.formats import read

SPECIAL = ("NONE", "NOASSERTION")


def _main_license(components: dict[str, Any]) -> str | None:
    """The licence most of a release's components carry (ties: the first in file order)."""
    counts = Counter(c["license"] for c in components.values() if "license" in c)
    return counts.most_common(1)[0][0] if counts else None


def derive(releases: list[dict[str, Any]]) -> dict[str, Any]:
    """The generator's parameters from releases dumped as manifests (JSON mode, by alias)."""
    n = len(releases)
    sizes = Counter(len(r["components"]) for r in releases)
    declared = Counter(cid for r in releases for cid in r["components"])
    mains = Counter(_main_license(r["components"]) for r in releases)
    seconds: Counter[str] = Counter()
    kinds: dict[str, Counter[str]] = {}
    located: Counter[str] = Counter()
    withheld = 0
    for r in releases:
        main = _main_license(r["components"])
        others = set()
        for cid, entry in r["components"].items():
            lic = entry.get("license")
            if entry.get("status", "released") != "released":
                withheld += 1
                kind = "withheld"
            elif lic is None:
                kind = "absent"
            elif lic == main:
                kind = "main"
            elif lic in SPECIAL:
                kind = lic
            else:
                kind = "other"
                others.add(lic)
            kinds.setdefault(cid, Counter())[kind] += 1
            located[cid] += "location" in entry
        seconds.update(others)

    # a licence that only one release in the catalogue uses stands for "a licence of the
    # release's own": the generator draws a new one each time with that share (Good-Turing)
    def pool(counts: Counter[Any]) -> tuple[list[tuple[Any, int]], float]:
        total = sum(counts.values())
        once = sum(v for v in counts.values() if v == 1)
        return sorted(((k, v) for k, v in counts.items() if v > 1), key=lambda kv: -kv[1]), (
            once / total if total else 0.0
        )

    main_pool, main_novel = pool(mains)
    second_pool, second_novel = pool(seconds)
    families = Counter(Counter(corpus.fact_key(r) for r in releases).values())
    components = sum(sizes[k] * k for k in sizes)
    return {
        "RELEASES": n,
        "SIZES": dict(sorted(sizes.items())),
        "DECLARED": dict(declared.most_common()),
        "LICENSE_KINDS": {
            cid: dict(kinds[cid].most_common()) for cid in sorted(kinds, key=lambda c: -declared[c])
        },
        "LOCATED": {cid: round(located[cid] / declared[cid], 3) for cid in declared},
        "WITHHELD": round(withheld / components, 4),
        "MAIN_LICENSES": main_pool,
        "MAIN_NOVEL": round(main_novel, 3),
        "SECOND_LICENSES": second_pool,
        "SECOND_NOVEL": round(second_novel, 3),
        "DEFAULT_LICENSE": round(sum("license" in r for r in releases) / n, 3),
        "DEFAULT_IS_MAIN": round(
            sum(
                r.get("license") == _main_license(r["components"])
                for r in releases
                if "license" in r
            )
            / max(1, sum("license" in r for r in releases)),
            3,
        ),
        "URL": round(sum("url" in r["system"] for r in releases) / n, 3),
        "FAMILIES": dict(sorted(families.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", type=Path, help="the MOT repository's models/ folder")
    args = parser.parse_args()
    systems = [
        read(path.read_text("utf-8"), format="mot", name=str(path)).system
        for path in sorted(args.models.glob("*.yml"))
    ]
    releases = [s.model_dump(mode="json", by_alias=True, exclude_none=True) for s in systems]
    pprint.pprint(derive(releases), width=100, sort_dicts=False)
    print(json.dumps(corpus.describe(systems), indent=2))


if __name__ == "__main__":
    main()
