"""Hugging Face model cards: ``README.md`` with YAML front matter between ``---`` lines.

The card's ``license`` covers the repository, so it is the licence of the model parameters
and of the model card; everything else stays undeclared. ``base_model`` becomes
``system.base-model``; ``datasets``, arXiv tags and the gating fields become findings, not
facts (SPEC §7).
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any

from osaid.errors import ManifestError, Problem
from osaid.findings import Finding, Severity
from osaid.formats._common import (
    Collector,
    Tree,
    build_system,
    combine,
    load_tree,
    read_license,
)
from osaid.formats._common import text_of as _text
from osaid.manifest import AISystem

__all__ = [
    "card_manifest",
    "front_matter",
    "one_license",
    "parse_card",
    "read_hf",
    "repository_license",
]

_FENCE = re.compile(r"^---[ \t]*$")
_HEADING = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_GATING = re.compile(r"^(gated|extra_gated_.*)$")


def front_matter(text: str) -> tuple[str, str, int] | None:
    """``(yaml, body, lines before the yaml)`` of a card, or ``None`` without front matter.

    >>> front_matter("---\\nlicense: mit\\n---\\n# Tiny\\n")
    ('license: mit\\n', '# Tiny\\n', 1)
    """
    text = text.removeprefix("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or not _FENCE.match(lines[0].rstrip("\r\n")):
        return None
    for i in range(1, len(lines)):
        if _FENCE.match(lines[i].rstrip("\r\n")):
            return "".join(lines[1:i]), "".join(lines[i + 1 :]), 1
    return "", text, -1


def _items(value: Any) -> list[str]:
    if isinstance(value, list):
        return [t for v in value if (t := _text(v)) is not None]
    t = _text(value)
    return [t] if t is not None else []


def _name(
    meta: dict[str, Any], body: str, name: str, out: Collector, known: str | None = None
) -> str:
    """The model's name: as the card's metadata gives it, else as its source names it
    (``known``), else as its title or file says.

    A heading is a name only as the template's "Model Card for X", or as the card's title
    (its first line) when that is not a section's name ("Introduction", "Model Details").
    """
    model_name = _text(meta.get("model_name"))
    if model_name:
        return model_name
    index = meta.get("model-index")
    if isinstance(index, list) and index and isinstance(index[0], dict):
        from_index = _text(index[0].get("name"))
        if from_index:
            return from_index
    if known:
        return known
    title = _title(body)
    if title is not None and (named := _MODEL_CARD_FOR.match(title)):
        return named.group(1).strip()
    # a title that reads as a name (short, no sentence in it) names the model; a sentence
    # ("Meet Solar: Elevating …") yields to the card's file or folder, the Hub's model id
    name_like = title if title is not None and _NAME_LIKE.fullmatch(title) else None
    guesses = ((name_like, "the card's title"), (_file_name(name), "its file"))
    for guess, how in (*guesses, (title, "the card's title")):
        if guess:
            out.add(
                "name-guessed",
                Severity.INFO,
                f"the card's metadata names no model (model_name, model-index): it is called "
                f"{guess!r} after {how}",
            )
            return guess
    return "unnamed model card"


_NAME_LIKE = re.compile(r"[^:!?]{1,60}")
_MODEL_CARD_FOR = re.compile(r"model\s+card\s+(?:for|of)\s+(.+)", re.IGNORECASE)
_SECTIONS = frozenset(
    {
        "about", "citation", "description", "details", "evaluation", "introduction",
        "license", "limitations", "model", "model card", "model description",
        "model details", "model summary", "overview", "summary", "table of contents",
        "training", "usage", "uses",
    }
)  # fmt: skip


def _title(body: str) -> str | None:
    """The card's title: a top-level heading on its first line of text, emphasis removed,
    unless it names a section."""
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    match = _HEADING.match(first)
    if match is None:
        return None
    title = match.group(1).strip().strip("*_` ").strip()
    if not title or title.casefold().rstrip(":") in _SECTIONS:
        return None
    return title


def _file_name(name: str) -> str | None:
    """The model's name as a card's path gives it: its folder for a README, else its stem."""
    path = PurePath(name)
    guess = path.parent.name if path.stem.casefold() == "readme" else path.stem
    if not guess or guess.startswith("<") or guess in (".", ".."):
        return None
    return guess


def _license(tree: Tree, meta: dict[str, Any], out: Collector) -> str | None:
    raw = meta.get("license")
    if raw is None:
        return None
    values = raw if isinstance(raw, list) else [raw]
    license_name = _text(meta.get("license_name"))
    expressions: list[str] = []
    for i, value in enumerate(values):
        path = ("license", i) if isinstance(raw, list) else ("license",)
        expression = one_license(tree, value, path, license_name, out)
        if expression is not None:
            expressions.append(expression)
    _license_side_fields(tree, values, license_name, meta, out)
    return combine(
        expressions,
        out,
        component="model-parameters",
        label=f"license lists {len(values)} licences",
        where=tree.where("license"),
        interpretation=True,
        what="license-list-and",
    )


def one_license(
    tree: Tree,
    value: Any,
    path: tuple[str | int, ...],
    license_name: str | None,
    out: Collector,
) -> str | None:
    """One entry of ``license``: a Hub id, ``unknown``, or ``other`` (named by license_name)."""
    where = tree.where(*path)
    text = _text(value)
    folded = text.casefold() if text is not None else None
    if folded == "unknown":
        out.add(
            "license-unknown",
            Severity.WARNING,
            "license: unknown: no licence is known, read as NOASSERTION",
            component="model-parameters",
            where=where,
        )
        return "NOASSERTION"
    if folded == "other":
        if license_name is None:
            out.add(
                "license-other-unnamed",
                Severity.WARNING,
                "license: other without license_name: the licence is another one, not "
                "named; its terms are unknown",
                component="model-parameters",
                where=where,
            )
            return "other"
        out.add(
            "license-other",
            Severity.INFO,
            f"license: other names its licence in license_name: {license_name!r}",
            component="model-parameters",
            where=tree.where("license_name"),
        )
        value, where = license_name, tree.where("license_name")
    return read_license(value, out, component="model-parameters", where=where).expression


def _license_side_fields(
    tree: Tree, values: list[Any], license_name: str | None, meta: dict[str, Any], out: Collector
) -> None:
    link = _text(meta.get("license_link"))
    if link is not None:
        out.add(
            "license-link",
            Severity.INFO,
            f"license_link: the licence text is at {link} (osaid does not fetch it)",
            component="model-parameters",
            where=tree.where("license_link"),
        )
    if license_name is not None and not any(str(_text(v)).casefold() == "other" for v in values):
        out.add(
            "license-name-ignored",
            Severity.INFO,
            f"license_name ({license_name!r}) counts only with license: other: ignored",
            where=tree.where("license_name"),
        )


def read_hf(text: str, name: str = "<string>") -> tuple[AISystem, tuple[Finding, ...]]:
    """Read a Hugging Face model card (``README.md``).

    A card without front matter is valid, with everything undeclared.

    Raises:
        ManifestError: for front matter that is not closed, not YAML, or not a mapping,
            located in the card.
    """
    out = Collector("hf")
    tree, body, body_line = parse_card(text, name, out)
    manifest = card_manifest(tree, body, body_line, name, out)
    return build_system(manifest, name), tuple(out.findings)


def parse_card(text: str, name: str, out: Collector) -> tuple[Tree | None, str, int]:
    """A card's front matter as a located tree (``None`` without any), its body, and the
    line its body starts on.

    Raises:
        ManifestError: for front matter that is not closed, not YAML, or not a mapping.
    """
    split = front_matter(text)
    if split is not None and split[2] < 0:
        raise ManifestError(
            [Problem(name, 1, 1, "", "the front matter opened by '---' is never closed")]
        )
    body = text
    tree: Tree | None = None
    if split is None or not split[0].strip():
        out.add(
            "no-front-matter",
            Severity.WARNING,
            "the card has no metadata (YAML front matter): nothing is declared",
            where=f"{name}:1:1",
        )
        if split is not None:
            body = split[1]
    else:
        yaml_text, body, offset = split
        tree = load_tree(yaml_text, "yaml", name, "card's front matter", "license", offset)
    body_line = text[: len(text) - len(body)].count("\n") + 1
    return tree, body, body_line


def card_manifest(
    tree: Tree | None,
    body: str,
    body_line: int,
    name: str,
    out: Collector,
    *,
    known_name: str | None = None,
    gating_known: bool = False,
) -> dict[str, Any]:
    """The manifest (as plain data) that a card's metadata and text give.

    Args:
        tree: the card's metadata, located; ``None`` for a card without any.
        body: the card's text after its metadata (claims are read from it).
        body_line: the line ``body`` starts on.
        name: where the card is, for locations and for a name guessed from its file.
        out: where the findings go.
        known_name: the model's name when its source gives one (a Hub id): it is taken
            when the metadata names no model, rather than a guess from the title.
        gating_known: the gate's state is known from elsewhere (the Hub's ``gated``), so
            the card's gating fields say nothing more.
    """
    meta: dict[str, Any] = tree.data if tree is not None else {}
    system: dict[str, Any] = {"name": _name(meta, body, name, out, known_name)}
    components: dict[str, Any] = {}
    manifest: dict[str, Any] = {"manifest-version": 1, "system": system}
    if tree is not None:
        _facts_and_findings(tree, meta, out, components, system, gating_known=gating_known)
        gated = any(_GATING.match(k) and meta[k] not in (False, None, "") for k in meta)
        if gated and not gating_known:
            # the Hub's gate needs a signed-in account and the acceptance of its conditions
            manifest["access"] = {"gated": True, "registration": True}
    claims = _claims(meta, tree, body, body_line, name)
    if claims:
        manifest["claims"] = claims
        for claim in claims:
            out.add(
                "claim",
                Severity.INFO,
                f"the card claims {claim['claim']!r}: osaid checks the claim against the evidence",
                component="claims",
                where=claim["where"],
            )
    manifest["components"] = components
    return manifest


def repository_license(
    license_expr: str, where: str, out: Collector, components: dict[str, Any]
) -> None:
    """The licence of a Hub repository, read as that of its parameters and its card."""
    components["model-parameters"] = {"license": license_expr}
    components["model-card"] = {"license": license_expr}
    out.add(
        "license-scope",
        Severity.INFO,
        f"the card's licence ({license_expr}) covers the repository: it is read as the "
        "licence of model-parameters and model-card; nothing else is declared",
        where=where,
        interpretation=True,
    )


def _base_model(tree: Tree, meta: dict[str, Any], out: Collector, system: dict[str, Any]) -> None:
    """``base_model`` (a Hub id, or a list for merges) becomes ``system.base-model``.

    The manifest names one base model; a merge's others are named in the finding.
    """
    bases = _items(meta.get("base_model"))
    if not bases:
        return
    system["base-model"] = bases[0]
    relation = _text(meta.get("base_model_relation"))
    how = f" ({relation})" if relation else ""
    others = f"; the others ({', '.join(bases[1:])}) are not carried" if bases[1:] else ""
    out.add(
        "base-model",
        Severity.INFO,
        f"derived{how} from {', '.join(bases)}: {bases[0]} is kept as system.base-model{others}",
        where=tree.where("base_model"),
    )


def _facts_and_findings(
    tree: Tree,
    meta: dict[str, Any],
    out: Collector,
    components: dict[str, Any],
    system: dict[str, Any],
    *,
    gating_known: bool = False,
) -> None:
    license_expr = _license(tree, meta, out)
    if license_expr is not None:
        repository_license(license_expr, tree.where("license"), out, components)
    datasets = _items(meta.get("datasets"))
    if datasets:
        out.add(
            "datasets-unclassified",
            Severity.INFO,
            "datasets: " + ", ".join(datasets) + ": the card does not say whether they are "
            "the training data (they may be fine-tuning data only) nor their class, so no "
            "training data is listed",
            component="training-data",
            where=tree.where("datasets"),
        )
    _base_model(tree, meta, out, system)
    gating = sorted(k for k in meta if _GATING.match(k) and meta[k] not in (False, None, ""))
    if gating and not gating_known:
        out.add(
            "gated",
            Severity.WARNING,
            f"downloads are gated ({', '.join(gating)}): access needs accepting conditions "
            "or sharing contact details; read the conditions — a gate is not a licence",
            component="model-parameters",
            where=tree.where(gating[0]),
        )
    papers = [t.removeprefix("arxiv:") for t in _items(meta.get("tags")) if t.startswith("arxiv:")]
    if papers:
        out.add(
            "arxiv-paper",
            Severity.INFO,
            f"the card links arXiv paper(s) {', '.join(papers)}: osaid does not take them "
            "for the research paper, whose licence the card does not give",
            component="research-paper",
            where=tree.where("tags"),
        )


# A card's claims of openness: its tags, and phrases in its text (``docs/claims.md``).
_CLAIM_TAGS = {
    "open-source": "open-source-ai",
    "opensource": "open-source-ai",
    "open source": "open-source-ai",
    "fully-open": "open-source-ai",
    "open-source-model": "open-source-model",
    "open-weights": "open-weights",
    "open-weight": "open-weights",
    "open-data": "open-data",
}
_CLAIM_PHRASES = (
    (
        re.compile(r"\bopen[- ]source (?:language |foundation |ai )?models?\b", re.I),
        "open-source-model",
    ),
    (re.compile(r"\bopen[- ]weights?\b", re.I), "open-weights"),
    (re.compile(r"\bfully[- ]open\b", re.I), "open-source-ai"),
    (re.compile(r"\bopen[- ]source\b", re.I), "open-source-ai"),
)
_NEGATION = re.compile(r"\b(?:not|isn't|is not|non|never)\W*(?:\w+\W+)?$", re.I)


def _claims(
    meta: dict[str, Any], tree: Tree | None, body: str, body_line: int, name: str
) -> list[dict[str, str]]:
    """Each claim the card makes, once, where it is first made."""
    found: dict[str, str] = {}
    if tree is not None:
        for i, tag in enumerate(_items(meta.get("tags"))):
            claim = _CLAIM_TAGS.get(tag.strip().casefold())
            if claim is not None:
                found.setdefault(claim, tree.where("tags", i))
    for number, line in enumerate(body.splitlines(), start=body_line):
        taken: list[tuple[int, int]] = []
        for pattern, claim in _CLAIM_PHRASES:
            for match in pattern.finditer(line):
                if any(a <= match.start() < b for a, b in taken):
                    continue  # "open-source model" is not also a bare "open source"
                taken.append(match.span())
                if _NEGATION.search(line[: match.start()]):
                    continue
                found.setdefault(claim, f"{name}:{number}:{match.start() + 1}")
    return [{"claim": claim, "where": where} for claim, where in found.items()]
