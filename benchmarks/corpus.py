"""Realistic osaid manifests in quantity, for the benchmarks (deterministic for a seed).

The mix follows what a registry holds: most releases say little beyond their weights and a
model card (as Hugging Face cards do), some publish inference code too, a few publish
everything — with the licences such releases actually use.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from typing import Any

WEIGHT_LICENSES = [
    "apache-2.0", "mit", "llama3.1", "llama3", "llama2", "gemma", "cc-by-nc-4.0", "openrail",
    "bigscience-openrail-m", "creativeml-openrail-m", "cc-by-4.0", "cc-by-sa-4.0", "Apache-2.0",
    "MIT", "bsd-3-clause", "gpl-3.0", "LicenseRef-custom-model-licence", "openrail++",
    "cc-by-nc-sa-4.0", "afl-3.0", "llama3.2", "qwen", "other",
]  # fmt: skip
CODE_LICENSES = ["Apache-2.0", "MIT", "BSD-3-Clause", "Apache-2.0 OR MIT", "GPL-3.0-or-later"]
DOC_LICENSES = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "Apache-2.0"]
DATA_LICENSES = ["ODC-By-1.0", "CC-BY-4.0", "CC0-1.0", "ODbL-1.0", "CDLA-Permissive-2.0"]
PRODUCERS = ["EleutherAI", "AI2", "BigScience", "LLM360", "Acme Labs", "Example University"]
CODE = ["model-architecture", "training-code", "inference-code", "data-preprocessing-code",
        "supporting-libraries"]  # fmt: skip
TOPICS = ["provenance", "scope-and-characteristics", "selection", "labeling",
          "processing-and-filtering"]  # fmt: skip


def _url(rng: random.Random, kind: str) -> str:
    return f"https://example.org/{kind}/{rng.randrange(10**6)}"


def _weights_license(rng: random.Random) -> str:
    license_ = rng.choice(WEIGHT_LICENSES)
    return "LicenseRef-qwen" if license_ in ("qwen", "other") else license_


def manifest(rng: random.Random, i: int) -> dict[str, Any]:
    """One manifest: card-like (60 %), partial (30 %) or full (10 %) release."""
    kind = rng.random()
    data: dict[str, Any] = {
        "manifest-version": 1,
        "system": {
            "name": f"model-{i}",
            "version": f"{rng.choice([1, 3, 7, 13, 70])}B",
            "producer": rng.choice(PRODUCERS),
            "url": _url(rng, "model"),
        },
    }
    components: dict[str, Any] = {
        "model-parameters": {"license": _weights_license(rng), "location": _url(rng, "w")},
        "model-card": {"location": _url(rng, "card")},
    }
    if kind >= 0.6:
        code = rng.choice(CODE_LICENSES)
        components["inference-code"] = {"license": code, "location": _url(rng, "code")}
        components["model-architecture"] = {"license": code, "location": _url(rng, "code")}
        components["training-code"] = {"status": rng.choice(["not-released", "released"])}
        if components["training-code"]["status"] == "released":
            components["training-code"] = {"license": code, "location": _url(rng, "code")}
        data["training-data"] = (
            "undisclosed"
            if rng.random() < 0.7
            else [{"name": "Web crawl", "class": "public", "location": _url(rng, "data")}]
        )
    if kind >= 0.9:
        data["license"] = rng.choice(CODE_LICENSES)
        for cid in CODE:
            components[cid] = {"location": _url(rng, "code")}
        components["datasets"] = {"license": rng.choice(DATA_LICENSES), "location": _url(rng, "d")}
        components["data-card"] = {"license": rng.choice(DOC_LICENSES), "location": _url(rng, "dc")}
        components["research-paper"] = {"license": rng.choice(DOC_LICENSES),
                                        "location": _url(rng, "paper")}  # fmt: skip
        components["evaluation-code"] = {"location": _url(rng, "eval")}
        data["data-information"] = {
            topic: ["data-card", "research-paper"] if topic != "labeling" else "not-applicable"
            for topic in TOPICS
        }
        data["training-data"] = [
            {"name": f"corpus-{n}", "class": rng.choice(["open", "public"]),
             "location": _url(rng, "data"), "license": rng.choice(DATA_LICENSES)}
            for n in range(rng.randint(1, 4))
        ]  # fmt: skip
    data["components"] = components
    return data


def texts(count: int, seed: int = 2024) -> Iterator[str]:
    """``count`` manifests as JSON text, generated lazily."""
    rng = random.Random(seed)
    for i in range(count):
        yield json.dumps(manifest(rng, i))
