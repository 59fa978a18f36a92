"""Manifests in quantity for the benchmarks, drawn like real releases (deterministic per seed).

The parameters below describe the Model Openness Tool's catalogue of 273 real releases
(github.com/lfai/model_openness_tool, ``models/``, as of 2026-11), read with osaid's own MOT
reader and measured by ``benchmarks/derive_corpus.py``; the benchmark never reads the
catalogue itself. A release is drawn as the catalogue's releases look:

- how many components it declares (about seven on average) and which ones;
- its *main* licence (the one most of its components carry: ``NONE`` for a fifth of the
  releases), then for each component whether it carries the main licence, ``NONE``,
  ``NOASSERTION``, no licence, or a second licence of the release's own, with each
  component's own odds (papers and cards are mostly ``NONE``, code and weights mostly the
  main licence);
- licences that only one release in the catalogue uses stand for "a licence of its own":
  the generator invents a new ``LicenseRef-`` with that share, so that the corpus keeps
  meeting licences it has not seen, however large it grows;
- whether it says where a component is (rarely), and whether it names a default licence.

Releases come in *families* that share every fact but their name and version (a model in
several sizes), with the catalogue's family sizes: 149 families for 273 releases, so about
55 % of releases carry facts that no other release has. Families never repeat each other's
facts. :func:`real_like` shuffles the releases in blocks of 1,000, so that a family's
members are near each other (as they are in a catalogue) but not always adjacent;
:func:`distinct` draws releases whose facts are all different (families of one).

The MOT has no Data Information topics or training data sets (its files cannot say them):
neither corpus exercises those rules, which the test suite covers.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterable, Iterator
from typing import Any

# --- parameters, from `python benchmarks/derive_corpus.py` on the MOT catalogue -------------
RELEASES = 273
SIZES: dict[int, int] = {
    1: 20,
    2: 24,
    3: 39,
    4: 15,
    5: 21,
    6: 22,
    7: 22,
    8: 24,
    9: 29,
    10: 13,
    11: 5,
    12: 6,
    13: 12,
    15: 12,
    16: 1,
    17: 8,
}
DECLARED: dict[str, int] = {
    "research-paper": 252,
    "model-architecture": 210,
    "model-parameters": 190,
    "model-card": 172,
    "evaluation-results": 141,
    "technical-report": 129,
    "datasets": 123,
    "inference-code": 106,
    "data-card": 83,
    "supporting-libraries": 81,
    "model-metadata": 77,
    "evaluation-data": 68,
    "evaluation-code": 51,
    "intermediate-parameters": 44,
    "training-code": 42,
    "data-preprocessing-code": 35,
    "sample-outputs": 30,
}
LICENSE_KINDS: dict[str, dict[str, int]] = {
    "research-paper": {"main": 147, "NONE": 54, "other": 51},
    "model-architecture": {"main": 132, "other": 78},
    "model-parameters": {"main": 136, "other": 49, "withheld": 4, "absent": 1},
    "model-card": {"main": 145, "NONE": 15, "other": 12},
    "evaluation-results": {"main": 125, "NONE": 11, "other": 5},
    "technical-report": {"main": 102, "NONE": 22, "other": 5},
    "datasets": {"main": 94, "other": 18, "NONE": 7, "withheld": 4},
    "inference-code": {"main": 61, "other": 45},
    "data-card": {"main": 82, "other": 1},
    "supporting-libraries": {"main": 74, "other": 7},
    "model-metadata": {"main": 68, "other": 9},
    "evaluation-data": {"main": 46, "NONE": 21, "other": 1},
    "evaluation-code": {"main": 31, "other": 20},
    "intermediate-parameters": {"main": 34, "other": 10},
    "training-code": {"main": 26, "other": 16},
    "data-preprocessing-code": {"main": 21, "other": 14},
    "sample-outputs": {"main": 26, "other": 4},
}
LOCATED: dict[str, float] = {
    "model-architecture": 0.005,
    "model-parameters": 0.011,
    "evaluation-results": 0.043,
    "model-card": 0.023,
    "data-card": 0.012,
    "technical-report": 0.062,
    "sample-outputs": 0.0,
    "training-code": 0.024,
    "inference-code": 0.019,
    "evaluation-code": 0.196,
    "evaluation-data": 0.015,
    "supporting-libraries": 0.025,
    "datasets": 0.089,
    "data-preprocessing-code": 0.257,
    "intermediate-parameters": 0.023,
    "research-paper": 0.123,
    "model-metadata": 0.0,
}
WITHHELD = 0.0044
MAIN_LICENSES: list[tuple[str | None, int]] = [
    ("NONE", 153),
    ("Apache-2.0", 67),
    ("MIT", 9),
    ("LicenseRef-apple-ascl", 8),
    ("LicenseRef-llama2", 6),
    ("NOASSERTION", 4),
    ("LicenseRef-meta-llama-3-community-license-agreement", 3),
    ("LicenseRef-llama3", 3),
    ("LicenseRef-llama3.1", 3),
    ("LicenseRef-tongyi-qianwen", 3),
    ("LicenseRef-llama3.2", 2),
]
MAIN_NOVEL = 0.044
SECOND_LICENSES: list[tuple[str, int]] = [
    ("Apache-2.0", 42),
    ("MIT", 23),
    ("CC-BY-4.0", 22),
    ("LicenseRef-arxiv.org-perpetual-non-exclusive-license-1.0", 18),
    ("LicenseRef-gemma", 10),
    ("CC-BY-SA-4.0", 10),
    ("LicenseRef-bsd-3", 7),
    ("LicenseRef-openrail", 7),
    ("LicenseRef-datasets-with-mit-apache-2-bsd-3-clause-bsd-2-clause-cc0-1.0-unl", 5),
    ("LicenseRef-component-not-include", 4),
    ("LicenseRef-deepseek-license-agreement", 3),
    ("LicenseRef-proprietary", 3),
    ("LicenseRef-tongyi-qianwen-research", 3),
    ("CC-BY-NC-4.0", 2),
    ("LicenseRef-arxiv.org-non-exclusive-license", 2),
    ("LicenseRef-creative-commons-attribution-non-commercial-4.0", 2),
    ("LicenseRef-commercial-use-restrcitions-apache-2.0-telechat", 2),
    ("LicenseRef-databricks-open-model-license", 2),
]
SECOND_NOVEL = 0.135
DEFAULT_LICENSE = 0.249
DEFAULT_IS_MAIN = 1.0
URL = 0.678
FAMILIES: dict[int, int] = {1: 111, 2: 13, 3: 12, 4: 4, 5: 1, 6: 2, 8: 2, 10: 1, 11: 2, 19: 1}
# --------------------------------------------------------------------------------------------

PRODUCERS = ["EleutherAI", "AI2", "BigScience", "LLM360", "Acme Labs", "Example University"]
SIZES_B = ["0.5B", "1B", "3B", "7B", "8B", "13B", "34B", "70B", "405B"]


def fact_key(release: dict[str, Any]) -> str:
    """A release's facts as one string: the manifest without its ``system`` block, each
    component's location reduced to its presence (what the evaluator judges)."""
    facts = {k: v for k, v in release.items() if k != "system"}
    facts["components"] = {
        cid: {k: (True if k == "location" else v) for k, v in entry.items()}
        for cid, entry in release.get("components", {}).items()
    }
    return json.dumps(facts, sort_keys=True, default=str)


class _Draw:
    """Weighted draws from the parameters, with the generator's random state."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.novel = 0
        self._sizes = (list(SIZES), list(SIZES.values()))
        self._families = (list(FAMILIES), list(FAMILIES.values()))

    def pick(self, table: tuple[list[Any], list[int]] | dict[Any, int]) -> Any:
        keys, weights = (list(table), list(table.values())) if isinstance(table, dict) else table
        return self.rng.choices(keys, weights)[0]

    def license(self, pool: list[tuple[Any, int]], novel_share: float, kind: str) -> Any:
        if self.rng.random() < novel_share:
            self.novel += 1
            return f"LicenseRef-{kind}-{self.novel}"
        return self.rng.choices([k for k, _ in pool], [w for _, w in pool])[0]

    def components(self, count: int) -> list[str]:
        """``count`` distinct component ids, each as likely as the catalogue declares it."""
        ids, weights = list(DECLARED), list(DECLARED.values())
        chosen: list[str] = []
        for _ in range(min(count, len(ids))):
            i = self.rng.choices(range(len(ids)), weights)[0]
            chosen.append(ids.pop(i))
            weights.pop(i)
        return chosen

    def size(self) -> int:
        return int(self.rng.choices(*self._sizes)[0])

    def family(self) -> int:
        return int(self.rng.choices(*self._families)[0])


def _facts(draw: _Draw) -> dict[str, Any]:
    """One release's facts: its components (locations as ``True``) and default licence."""
    rng = draw.rng
    main = draw.license(MAIN_LICENSES, MAIN_NOVEL, "own")
    second: str | None = None
    components: dict[str, Any] = {}
    for cid in draw.components(draw.size()):
        kind = draw.pick(LICENSE_KINDS[cid])
        if kind == "withheld":
            components[cid] = {"status": "not-released"}
            continue
        entry: dict[str, Any] = {}
        if kind == "main" and main is not None:
            entry["license"] = main
        elif kind in ("NONE", "NOASSERTION"):
            entry["license"] = kind
        elif kind == "other":
            if second is None:
                second = draw.license(SECOND_LICENSES, SECOND_NOVEL, "terms")
            entry["license"] = second
        if rng.random() < LOCATED.get(cid, 0.0):
            entry["location"] = True
        components[cid] = entry
    facts: dict[str, Any] = {"components": components}
    if main is not None and rng.random() < DEFAULT_LICENSE:
        facts["license"] = main
    return facts


def _release(draw: _Draw, facts: dict[str, Any], family: int, member: int) -> dict[str, Any]:
    rng = draw.rng
    system: dict[str, Any] = {
        "name": f"model-{family}",
        "version": f"{SIZES_B[member % len(SIZES_B)]}-{member}",
        "producer": PRODUCERS[family % len(PRODUCERS)],
    }
    if rng.random() < URL:
        system["url"] = f"https://example.org/{family}"
    components = {
        cid: {
            k: (f"https://example.org/{family}/{member}/{cid}" if k == "location" else v)
            for k, v in entry.items()
        }
        for cid, entry in facts["components"].items()
    }
    return {"manifest-version": 1, "system": system, **facts, "components": components}


def _families(seed: int, singletons: bool) -> Iterator[list[dict[str, Any]]]:
    """Families of releases, each with facts no earlier family had."""
    draw = _Draw(seed)
    seen: set[bytes] = set()
    family = 0
    while True:
        facts = _facts(draw)
        digest = hashlib.blake2b(json.dumps(facts, sort_keys=True).encode(), digest_size=16)
        if digest.digest() in seen:
            continue
        seen.add(digest.digest())
        size = 1 if singletons else draw.family()
        yield [_release(draw, facts, family, member) for member in range(size)]
        family += 1


def _take(families: Iterator[list[dict[str, Any]]], count: int, seed: int) -> Iterator[str]:
    shuffle = random.Random(seed + 1).shuffle
    block: list[dict[str, Any]] = []
    left = count
    for members in families:
        block.extend(members[:left])
        left -= len(members[:left])
        if len(block) >= 1000 or left == 0:
            shuffle(block)
            yield from (json.dumps(release) for release in block)
            block = []
        if left == 0:
            return


def real_like(count: int, seed: int = 2024) -> Iterator[str]:
    """``count`` manifests as JSON text, distributed as the MOT catalogue's releases."""
    if count <= 0:
        return iter(())
    return _take(_families(seed, singletons=False), count, seed)


def distinct(count: int, seed: int = 2025) -> Iterator[str]:
    """``count`` manifests as JSON text whose facts all differ (releases never seen before)."""
    if count <= 0:
        return iter(())
    return _take(_families(seed, singletons=True), count, seed)


class Tally:
    """The distribution a corpus achieved, measured on the validated releases and reports.

    A release's facts are its manifest without the ``system`` block, locations reduced to
    their presence; its MOF pattern is its report's whole ``mof`` result (class, what each
    class lacks, the findings).
    """

    def __init__(self) -> None:
        self.count = 0
        self.components = 0
        self.with_none = 0
        self.none_licenses = 0
        self.licenses = 0
        self._facts: set[bytes] = set()
        self._mof: set[bytes] = set()

    def add(self, release: dict[str, Any], mof_json: str | None) -> None:
        """Count one release (a manifest dumped in JSON mode, by alias) and its MOF result."""
        self.count += 1
        entries = release.get("components", {}).values()
        self.components += len(entries)
        licenses = [e["license"] for e in entries if e.get("license") is not None]
        self.licenses += len(licenses)
        nones = licenses.count("NONE")
        self.none_licenses += nones
        self.with_none += bool(nones) or release.get("license") == "NONE"
        self._facts.add(hashlib.blake2b(fact_key(release).encode(), digest_size=16).digest())
        if mof_json is not None:
            self._mof.add(hashlib.blake2b(mof_json.encode(), digest_size=16).digest())

    def result(self) -> dict[str, float]:
        """Shares of the releases counted (0 to 1) and the mean number of components."""
        n = max(1, self.count)
        return {
            "releases": self.count,
            "distinct_facts": len(self._facts) / n,
            "distinct_mof_patterns": len(self._mof) / n,
            "releases_with_none": self.with_none / n,
            "none_share_of_licences": self.none_licenses / max(1, self.licenses),
            "components_per_release": self.components / n,
        }


def describe(systems: Iterable[Any]) -> dict[str, float]:
    """The distribution of validated systems (:class:`osaid.AISystem`), evaluating each."""
    from osaid import evaluate

    tally = Tally()
    for system in systems:
        tally.add(
            system.model_dump(mode="json", by_alias=True, exclude_none=True),
            evaluate(system).mof.model_dump_json(by_alias=True),
        )
    return tally.result()
